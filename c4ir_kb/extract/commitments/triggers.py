"""Triggered commitments: a trigger phrase (`cam kết`, `sẽ`, `phụ trách`, `ký thỏa thuận` …), its actor, its clause.

Reads: one sentence of the view; the lexicon's triggers (phrase, kind, strength, flags) and
cues; the clause, actor and gate components; People (which of a person's organisations
speaks), Canonical (a place acts through its committee), Referents (signings reported as
done still name parties) and the commitments already claimed. `last_actor` holds an actor
of each sentence read so far (for `Một trong những dự án … là việc …`).
Claims: a commitment for each trigger that has an actor and passes the gates, rule
`<trigger id>/<actor rule id>` (`pledge:cam kết/leader`); a hoped-for or requested clause is claimed as blocked.
"""

from __future__ import annotations

import re
from typing import Optional

from c4ir_kb.models import Commitment, Sentence
from c4ir_kb.nlp.normalize import fold

from c4ir_kb.extract.commitments.actor_frames import colon_topic, owned_thing
from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.anaphora import Referents
from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.chain import chain_subject, facility_opening
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.clause import clause_end, clause_lo, np_start, strip_fillers
from c4ir_kb.extract.commitments.embedded import embedded_subject
from c4ir_kb.extract.commitments.figures import comparison_start, sets_figure
from c4ir_kb.extract.commitments.gates import action_follows, agreed_past, headline_ceremony, meeting_presided, opinion, past_dated, past_year, reported_done, requested, verb_next
from c4ir_kb.extract.commitments.lexicon import Lexicon, Trigger
from c4ir_kb.extract.commitments.metrics import metric_owner, metric_subject
from c4ir_kb.extract.commitments.people import People
from c4ir_kb.extract.commitments.reported import reported_speaker
from c4ir_kb.extract.commitments.trigger_use import appointment
from c4ir_kb.extract.commitments.view import DocView


class TriggerFinder:
    def __init__(self, v: DocView, lex: Lexicon, people: People, canon: Canonical, refs: Referents, actors: ActorFinder, claims: Claims):
        self.v = v
        self.lex = lex
        self.people = people
        self.canon = canon
        self.refs = refs
        self.actors = actors
        self.claims = claims
        self.thing_starts: dict[tuple[int, int], int] = {}  # (sentence, trigger offset) -> start of a thing subject

    def include_thing_subjects(self, found: list[Commitment]) -> None:
        """A clause whose subject is a thing standing for its owner (a plant, project or programme: actor rule owner,
        or a programme noun whose owner the sentences before name) starts at that subject: `Trung tâm dữ liệu X sẽ về
        đích sau 5 năm`, not `sẽ về đích sau 5 năm`, which says nothing of what will be done. Applied after the clause
        is split into its undertakings and judged, which read it from the trigger."""
        text = self.v.doc.article.text
        for c in found:
            s = self.thing_starts.get((c.sentence, c.start))
            if s is not None and s < c.start:
                c.start = s
                c.text = text[s : c.end]

    def find(self, sent: Sentence, last_actor: dict[int, Actor], title_end: int) -> None:
        v, lex, claims = self.v, self.lex, self.claims
        for tm in lex.trigger_re.finditer(v.low, sent.start, sent.end):
            pos, tend = tm.start(), tm.end()
            if claims.covered(pos) or v.inside_mention(pos, tend):
                continue
            trig = lex.triggers[tm.group()]
            if v.norm[pos].isupper() and re.search(r",\s*$", v.low[sent.start : pos]):
                continue  # `Tô Văn A, Trợ lý Tổng Bí thư, Phụ trách Văn phòng …`: capitalised after a comma, a title of an apposition
            if trig.not_before and lex.not_before_re[tm.group()].match(v.low[tend : tend + 40]):
                continue  # `thống nhất thông qua Nghị quyết`: adopting, not agreeing to do
            if trig.directive and (lex.directive_noun_before.search(v.low[sent.start : pos]) or (
                lex.directive_noun_after.match(v.low[tend : sent.end]) and not lex.directive_obligation.match(v.low[tend : sent.end])
            )):
                continue  # (`lưu ý, X cần …`: the comma opens what is directed)  # `theo yêu cầu`, `công tác chỉ đạo`, `yêu cầu của …`: the noun, not a directive
            if trig.phrase.startswith("được") and re.match(r"\s*cho(?!\w)", v.low[tend:]):
                continue  # `… được giao cho X phụ trách`: the passive trigger names the actor
            lo = clause_lo(v, sent, pos)
            cend = clause_end(v, lex, tend, sent, joint=lex.kind_has(trig.kind, "joint"), addressee=lex.kind_has(trig.kind, "addressee"))
            actor, fillers, negated = self.actors.find_subject(pos, sent, lo)
            agent_verb = False  # `… sẽ được Bộ X thông báo sau`: the body named after the passive does it, its verb read
            if trig.passive_future:
                # `Hệ thống giáo dục mở sẽ được xây dựng`: a thing the plan of the body named before will have done
                agent = self._passive_agent(sent, lo, pos, tend, cend, actor)
                agent_verb = agent is not None
                actor = agent or self._passive_future(sent, lo, pos, tend, actor, last_actor)
                if actor is None:
                    continue
                start = np_start(v, lex, lo, pos)
            if actor is not None and "và" in fillers and self._object_of_a_verb(sent, lo, actor.start):
                actor = None  # `… chúc mừng Đại sứ được bổ nhiệm làm Tổng thư ký Bộ X và mong muốn …`: Bộ X is an object
            prev = next((c for c in reversed(claims.out) if c.sentence == sent.index and c.end <= pos), None)
            if prev is not None and prev.actor is not None:
                cm = lex.coord_re.match(v.low, prev.end)
                if cm is not None and cm.end() == tend:
                    # shares the subject of the undertaking before the comma
                    actor = Actor(actor=prev.actor, person=prev.person, rule="coordinated", confidence=lex.confidence("coordinated"), start=pos)
            thing = actor is not None and actor.rule == "owner"  # `Nhà máy X sẽ …`: a thing as the subject stands for its owner
            rule = trig.id
            if not trig.passive_future:
                start = tend if trig.phrase.endswith(":") else pos  # `nhất trí: A; B`: the clause is the first item
            passive = False
            if actor is not None and trig.passive:
                # `<object> do X phụ trách`
                pre = v.low[lo : actor.start]
                pre = lex.org_type_end.sub("", pre)
                pm = lex.passive_end.search(pre)
                if pm:
                    passive = True
                    obj_start = np_start(v, lex, lo, lo + pm.start())
                    start = obj_start  # the clause runs on: `do X làm chủ đầu tư, có tổng vốn …`
                    actor.rule = "passive"
                    actor.confidence = lex.confidence("passive")
            if actor is None and trig.directive:
                # `Thủ tướng X ký Công điện số 12 yêu cầu …`: the document's signer directs
                dm = lex.document_issue_end.search(v.low, lo, pos)
                if dm is not None:
                    actor, more, negated = self.actors.find_subject(dm.start("verb"), sent, lo)
                    fillers = fillers + more
            if actor is None and pos < title_end:
                actor = self._headline_topic(sent, pos)  # `TP. Cần Thơ: Phấn đấu trở thành …`
            if actor is None:
                # `X đã lắp …, dự kiến bổ sung …`: a conjunct sharing the sentence's subject, before any earlier sentence's
                actor = None if lex.kind_has(trig.kind, "no_chain") else chain_subject(v, lex, self.actors, sent, pos, directs=trig.directive or lex.kind_has(trig.kind, "addressee"))
                if actor is not None:
                    fillers = fillers + actor.fillers  # `X đã ký …, triển khai …`: the chain's tense
            if actor is None and (fac := facility_opening(v, lex, sent, pos, trig.id)) is not None:
                # `Dự án trung tâm dữ liệu … (TP.HCM) có vốn …, dự kiến khởi công …`: the facility opening the sentence is
                # the plan's subject; its owner (the article's investor, else the body the sentences before name) undertakes it
                owner = self.actors.project_owner()
                actor = Actor(actor=owner, rule="owner", confidence=lex.confidence("owner"), start=fac) if owner else self._context(sent, last_actor, 2)
            if actor is None:
                # `Bộ X cho biết kỳ thi năm sau dự kiến …`: a reported clause naming no body of its own is the speaker's
                actor = reported_speaker(v, lex, self.actors, sent, pos, trig.id)
            metric, figure_at = metric_subject(v, lex, lo, pos, tend, cend) if actor is None and trig.id in lex.metric_triggers else ("", pos)
            if metric:
                # `Vốn điều lệ của X dự kiến tăng lên …`: a figure of the actor's own, changed: its owner's plan
                actor = metric_owner(v, lex, self.actors, lo, pos) or (self._plan_before(sent, pos) if metric == "plan" else self._context(sent, last_actor, 2))
                if metric == "plan":
                    start = figure_at  # `tăng trưởng tín dụng dự kiến đạt 35%`: the figure is what is planned
            if actor is None:
                # next-sentence context: `Một trong những dự án … là việc xây dựng …`
                # a target or plan with no subject of its own (`Theo dự kiến, …`, `Trong đó, … phấn đấu đạt …`)
                lead = v.low[sent.start : pos]
                bare = (lex.kind_has(trig.kind, "context_ok") and lex.subjectless.fullmatch(v.low[lo:pos]) is not None) or (
                    lex.kind_has(trig.kind, "metric_subject") and re.match(r"\s*trong đó\s*,", lead) is not None
                )
                # `Đại hội dự kiến thông qua …`: an event holds no undertaking; whoever holds it, named just before, does
                held = lex.event_subject.fullmatch(v.low[lo:pos]) is not None
                # `Khi đi vào hoạt động, cơ sở 2 … sẽ bảo đảm …`: a programme or facility of the body named just before
                owned = not held and (self._owned_subject(sent, lo, pos) or owned_thing(self.actors, lo, strip_fillers(v, lex, lo, pos)[0]) is not None)
                if bare or held or owned or lex.context_re.search(v.low[sent.start : pos]):
                    actor = self._context(sent, last_actor, 10 if bare else 2)
                    thing = owned
            if actor is None or actor.actor is None:
                continue
            if fold(v.entities[actor.actor].name if actor.actor in v.entities else "") in lex.non_actors:
                continue  # `Lễ ký kết …`: an event read as a name cannot undertake anything
            if negated:
                continue
            if lex.kind_has(trig.kind, "court_pleas_block") and lex.court_object.match(v.low[tend:cend]):
                continue  # `đề nghị mức án …`: a prosecutor's plea in court
            if lex.court_party_end.search(v.low[lo : strip_fillers(v, lex, lo, pos)[0]]):
                continue  # `nhiều bị cáo cam kết …`: defendants' promises in court
            if lex.kind_has(trig.kind, "names_actor") and trig.strength == "strong":
                actor = embedded_subject(self.actors, sent, tend, cend, actor)
            if trig.strength == "weak" and v.entity_type(actor.actor) == "LOC" and pos >= title_end and not self._place_acts(actor, trig.kind, tend, cend):
                continue  # `Đà Nẵng sẽ đón 2 triệu lượt khách`: a place where something will happen, not an actor
            actor.actor = self.canon.acting_body(actor.actor)
            before_sent = v.low[sent.start : pos]
            if lex.hope.search(before_sent) and not trig.hope_ok:
                claims.blocked.append((pos, cend))
                continue
            if requested(v, lex, lo, actor.start if lex.actor_rule_has(actor.rule, "request_before_actor") else pos):
                claims.blocked.append((pos, cend))
                continue
            if trig.strength == "weak" and self._opinion_before(sent, pos):
                continue
            done = reported_done(lex, fillers) and not trig.reached  # `đã thống nhất triển khai …`: agreed, the action ahead
            # `đã ký …` reports a signing, not an undertaking, unless the sentence also states what
            # will follow from it (`…, theo đó hai bên sẽ …`): the issue's rule for done actions
            signed_ahead = trig.signed and bool(lex.signed_future.search(v.low[tend : sent.end]))
            dated_to = comparison_start(v, tend, cend)  # `… tăng 6% so với thực hiện 2024`: a base of comparison dates no action
            if trig.done_blocks and not passive and ((done and not signed_ahead) or self._dated_past(sent, trig, lo, pos, dated_to, signed_ahead, tm.group()) or headline_ceremony(v, pos, tend, title_end)):
                if trig.signed and actor.actor:  # not a commitment, but `hai bên sẽ …` next refers to its parties
                    self.refs.agreements.append((sent.index, pos, actor.actor))
                continue
            if lex.kind_has(trig.kind, "appointment_blocks") and appointment(v, lex, pos, tend, cend):
                continue  # `đảm nhận chức Tổng giám đốc`: an appointment
            if lex.kind_has(trig.kind, "meeting_blocks") and not passive and meeting_presided(v, lex, sent, actor.start, tend, cend):
                continue  # `chủ trì phiên họp`: presiding over a meeting, an event reported
            if thing and not passive and start == pos:
                # `Trung tâm dữ liệu X sẽ về đích sau 5 năm`: the thing that will do it belongs to what is planned (its owner
                # undertakes it); added once the clause is split and judged (include_thing_subjects)
                self.thing_starts[(sent.index, pos)] = np_start(v, lex, lo, pos)
            kind = trig.kind
            tphrase = v.norm[pos:tend]
            obj_from = tend
            # `X định hướng lợi nhuận năm 2026 tăng 30%`: a figure of its own set ahead, no action verb needed
            figure = sets_figure(v, trig.id, tend, cend, actor.actor) if trig.needs_action else 0
            if figure < 0:
                continue  # `X dự kiến lợi nhuận của Công ty Y tăng 20%`: a forecast about another body's figure
            if figure:
                cend = figure
            if trig.needs_action and not passive and not metric and not figure and not agent_verb:
                if not action_follows(v, lex, tend, sent, cend, trig.goal, addressee=lex.kind_has(trig.kind, "addressee")):
                    continue
                if trig.verb_only and not verb_next(v, sent, tend, lex) and not (trig.plan_objects and lex.plan_object_re[tm.group()].match(v.low, tend)):
                    continue  # `xác định nguyên nhân`: identifying, not setting out to do (`thống nhất kế hoạch triển khai …`: a plan agreed)
                # `sẽ đầu tư` / `dự kiến sẽ xây dựng`: the specific trigger names the kind
                k = tend
                m2 = lex.specific_adverb.match(v.low[k:cend])
                if m2:
                    k += m2.end()
                nxt = lex.trigger_re.match(v.low, v.skip_space(k))
                if nxt is not None and not lex.kind_has(trig.kind, "keeps_kind") and not lex.kind_has(lex.triggers[nxt.group()].kind, "generic"):
                    kind = lex.triggers[nxt.group()].kind
            if actor.person and lex.actor_rule_has(actor.rule, "person_speaks"):
                # a person with several roles: the organisation the content fits
                own = actor.start if lex.actor_rule_has(actor.rule, "mention_roles") else None
                actor.actor = self.people.pick_role(actor.person, actor.actor, kind, pos, cend, own)
            claims.emit(sent, kind, tphrase, start, cend, actor, f"{rule}/{actor.rule}", obj_from if not passive else start)
            last_actor[sent.index] = actor

    def _dated_past(self, sent: Sentence, trig: Trigger, lo: int, pos: int, dated_to: int, signed_ahead: bool, phrase: str) -> bool:
        """A date puts the action in the past: a signing that states what follows, only by a year before publication; an
        agreement reached (`Hai bên đã thống nhất thúc đẩy …`), only by a date of its own clause (from lo)."""
        if signed_ahead:
            return past_year(self.v, sent, dated_to)
        if trig.reached:
            return agreed_past(self.v, sent, lo, pos, dated_to, self.lex, phrase)
        return past_dated(self.v, sent, pos, dated_to, self.lex, phrase)

    def _owned_subject(self, sent: Sentence, lo: int, pos: int) -> bool:
        """The subject is a programme or facility noun (data: owned_subjects), with a number, `này`, `mới` or an
        `của …` phrase naming nobody, and fillers: what it will do, its owner (the body named before) undertakes."""
        v, lex = self.v, self.lex
        m = lex.owned_subject.fullmatch(v.low, lo, pos)
        if m is None or any(x.type in ("ORG", "PER", "LOC") for x in v.mentions_in(m.start("np"), pos)):
            return False
        return not any(t.pos.startswith("V") and v.low[t.start : t.end] not in lex.fillers for t in sent.tokens if m.end("noun") <= t.start < pos)

    def _opinion_before(self, sent: Sentence, pos: int) -> bool:
        """An opinion verb before the trigger, outside the clauses of this sentence's commitments already found:
        `X yêu cầu các ngành rà soát, đánh giá …, phấn đấu …` (`đánh giá` is what X directs, not X's opinion)."""
        lo = sent.start
        for c in sorted((c for c in self.claims.out if c.sentence == sent.index and c.end <= pos), key=lambda c: c.start):
            if c.start >= lo and opinion(self.v, self.lex, lo, c.start):
                return True
            lo = max(lo, c.end)
        return opinion(self.v, self.lex, lo, pos)

    def _passive_future(self, sent: Sentence, lo: int, pos: int, tend: int, subject: Optional[Actor], last_actor: dict[int, Actor]) -> Optional[Actor]:
        """`X sẽ được <verb>` whose subject names no body and whose verb is no benefit received: the nearest actor
        of the two sentences before (a named subject undergoes it: `Công ty X sẽ được cấp phép`)."""
        v, lex = self.v, self.lex
        if subject is not None or lex.benefactive.match(v.low, tend) or any(m.type in ("ORG", "PER", "LOC") for m in v.mentions_in(lo, pos)):
            return None
        near = self._context(sent, last_actor, 2)
        return near if near is not None and near.actor is not None else None

    def _passive_agent(self, sent: Sentence, lo: int, pos: int, tend: int, cend: int, subject: Optional[Actor]) -> Optional[Actor]:
        """`<thing> sẽ được <agent> <verb> …` (`địa điểm cụ thể sẽ được ngân hàng thông báo sau`, `… sẽ được hai bên
        nghiên cứu triển khai`): the body named between the passive and its verb does what is planned (actor rule
        passive), found as a subject is (a name, a word standing for one, `hai bên`). Only where the passive's own
        subject phrase names no body (a named subject undergoes it), the words before the verb are the agent alone (no verb among them, at most
        agent_words) and the verb is no state and gives nothing (passive_future_benefactive)."""
        v, lex = self.v, self.lex
        if subject is not None or any(m.type in ("ORG", "PER", "LOC") for m in v.mentions_in(np_start(v, lex, lo, pos), pos)):
            return None
        k = v.skip_space(tend)
        toks = [t for t in sent.tokens if k <= t.start < cend]
        verb = next((i for i, t in enumerate(toks) if t.pos.startswith("V") and not v.inside_mention(t.start, t.end)), None)
        if not verb or verb > lex.passive_agent_words:
            return None
        at = toks[verb].start
        if lex.stative(v.low[at:cend]) or lex.benefactive.match(v.low, at):
            return None
        agent, _, negated = self.actors.find_subject(at, sent, k)
        if agent is None or agent.actor is None or negated or agent.start < k:
            return None
        agent.rule, agent.confidence = "passive", lex.confidence("passive")
        return agent

    def _context(self, sent: Sentence, last_actor: dict[int, Actor], back: int) -> Optional[Actor]:
        """The actor of the nearest of the `back` sentences before that has one, as context."""
        near = next((last_actor[k] for k in range(sent.index - 1, max(-1, sent.index - 1 - back), -1) if k in last_actor), None)
        if near is None:
            return None
        return Actor(actor=near.actor, person=near.person, rule="context", confidence=self.lex.confidence("context"))

    def _plan_before(self, sent: Sentence, pos: int) -> Optional[Actor]:
        """The actor of the plan or target found last before pos, in this sentence or the one before (`VPBank định hướng
        lợi nhuận …, trong khi tăng trưởng tín dụng dự kiến đạt …`): a business figure going on stating that plan."""
        c = next((c for c in reversed(self.claims.out) if (c.sentence == sent.index and c.end <= pos) or c.sentence == sent.index - 1), None)
        if c is None or c.actor is None or c.kind not in ("plan", "target"):
            return None
        return Actor(actor=c.actor, person=c.person, rule="context", confidence=self.lex.confidence("context"))

    def _object_of_a_verb(self, sent: Sentence, lo: int, start: int) -> bool:
        """A verb before the name in its comma segment: the name is that verb's object, not a subject."""
        v = self.v
        seg = max(v.low.rfind(",", lo, start), v.low.rfind(";", lo, start))
        seg_lo = seg + 1 if seg >= 0 else lo
        return any(t.pos.startswith("V") and not v.inside_mention(t.start, t.end) for t in sent.tokens if seg_lo <= t.start < start)

    def _place_acts(self, actor: Actor, kind: str, tend: int, cend: int) -> bool:
        """A city, province or country acts as such (extraction-v1, What counts: `Việt Nam sẽ ưu tiên …`): named
        with its administrative word (`tỉnh Gyeongsang Bắc sẽ …`), found through a word standing for it
        (`Thành phố sẽ dành …`), said by someone speaking for it (`khẳng định Việt Nam và Trung Quốc sẽ …`),
        willing (`Trung Quốc sẵn sàng …`: kinds that are not plan or project), or doing what a place can do
        rather than what happens in it (`Đà Nẵng sẽ đón 2 triệu lượt khách`: place_occurrences)."""
        v, lex = self.v, self.lex
        if lex.admin_end.search(v.low[max(0, actor.start - 15) : actor.start]) or actor.rule not in ("subject", "chain"):
            return True
        if not lex.kind_has(kind, "place_needs_voice"):
            return True
        if lex.speech_end.search(v.low[max(0, actor.start - 40) : actor.start]) is not None:
            return True
        k = tend
        ad = lex.action_adverb.match(v.low[k:cend])
        while ad and ad.end() > 0:
            k += ad.end()
            ad = lex.action_adverb.match(v.low[k:cend])
        return lex.place_occurrence.match(v.low[k:cend]) is None

    def _headline_topic(self, sent: Sentence, pos: int) -> Optional[Actor]:
        """A headline `<name>: <trigger> …` (`TP. Cần Thơ: Phấn đấu trở thành …`): the name before the colon acts."""
        v, lex = self.v, self.lex
        m = colon_topic(v, lex, sent, pos)
        if m is None or m.type not in ("ORG", "PER", "LOC") or v.low[sent.start : m.start].strip(" ") not in ("", *lex.admin_words):
            return None
        act = self.actors.from_mention(m, sent.start)
        act.rule, act.confidence = "headline-topic", lex.confidence("headline-topic")
        return act
