"""The commitment rules, read from data/commitments.json and compiled once.

Reads: data/commitments.json (trigger phrases and every word list the components use), and the
future markers of data/dates.json (weekday_future_words) through the date grammar's loader.
Claims: nothing. It is shared read-only by every component; the regexes that depend
on one article (`anaphor_res` with the article's own head nouns) are cached here too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from c4ir_kb.extract.amounts import AmountFinder
from c4ir_kb.extract.dates.grammar import lexicon as date_lexicon
from c4ir_kb.nlp.normalize import fold

W = r"(?<!\w)"  # a word starts here
E = r"(?!\w)"  # a word ends here


def alt(words) -> str:
    """A regex alternation of the words, lower-cased, longest first."""
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True))


def lower_same_length(s: str) -> str:
    """Lower-case without changing any offset."""
    low = s.lower()
    # every character lowered to one (none lowers to zero) and no final-sigma context rule: the same
    # as character by character, at the cost of one call
    if len(low) == len(s) and "Σ" not in s:
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in s)


@dataclass
class Trigger:
    id: str  # what a commitment's rule begins with (`pledge:cam kết`)
    phrase: str
    kind: str
    strength: str = "weak"
    needs_action: bool = False
    done_blocks: bool = False
    passive: bool = False
    goal: bool = False  # the complement may be a target state with a figure (`đặt mục tiêu 90% hồ sơ …`)
    signed: bool = False  # an agreement: `đã ký` counts only when the sentence states what will follow
    directive: bool = False  # `yêu cầu`, `chỉ đạo`: the subject directs others; not itself a request gate
    hope_ok: bool = False  # still commits in a hope sentence (`hy vọng … và cam kết …`)
    verb_only: bool = False  # the word right after must be a verb (`xác định phát triển …`, not `xác định nguyên nhân`)
    not_before: tuple = ()  # words that, right after the trigger, make it no undertaking (`thống nhất thông qua` adopts)
    passive_future: bool = False  # `X sẽ được xây dựng`: a thing the plan will have done, the plan of the actor before
    reached: bool = False  # `đã thống nhất triển khai …`: the agreeing is reported done, what is agreed lies ahead
    plan_objects: tuple = ()  # nouns that stand for a verb after a verb_only trigger (`thống nhất phương hướng hợp tác …`)


# What a kind may do beyond its triggers (data: kinds); the note in the data file says what each means.
KIND_PROPERTIES = frozenset(
    {"joint", "names_actor", "generic", "company_speaks", "association_speaks", "addressee", "court_pleas_block", "appointment_blocks", "parties", "keeps_kind", "context_ok", "metric_subject", "meeting_blocks", "no_chain", "place_needs_voice"}
)
# What the way an actor was found implies (data: actor_rules); the note in the data file says what each means.
ACTOR_RULE_PROPERTIES = frozenset({"request_before_actor", "person_speaks", "mention_roles"})


class Lexicon:
    def __init__(self, data: dict):
        self.kinds = {k: v for k, v in data["kinds"].items() if k != "note"}
        for kind, props in self.kinds.items():
            unknown = set(props) - KIND_PROPERTIES
            if unknown:
                raise ValueError(f"data/commitments.json: kind {kind!r} has unknown properties {sorted(unknown)}")
        for t in data["triggers"]:
            if not t.get("id"):
                raise ValueError(f"data/commitments.json: trigger {t.get('phrase')!r} has no id")
        self.triggers = {
            t["phrase"].lower(): Trigger(**{k: (tuple(v) if k in ("not_before", "plan_objects") else v) for k, v in t.items() if k in Trigger.__dataclass_fields__})
            for t in data["triggers"]
        }
        ad = data["agreement_documents"]
        for v in ad["verbs"]:
            for n in ad["nouns"]:
                tid = ad["id"].format(verb=v, noun=n)
                self.triggers.setdefault(f"{v} {n}".lower(), Trigger(id=tid, phrase=f"{v} {n}", kind=ad["kind"], strength="strong", done_blocks=True, signed=True))
        op = data["ongoing_projects"]
        for pre in op["prefixes"]:
            for v in op["verbs"]:
                tid = op["id"].format(prefix=pre, verb=v)
                self.triggers.setdefault(f"{pre} {v}".lower(), Trigger(id=tid, phrase=f"{pre} {v}", kind=op["kind"], strength="weak"))
        self.assign_id = data["assign_cues"]["id"]  # the trigger id of every assigned task
        self.assign_kind = data["assign_cues"]["kind"]
        self.assign_directive_id, self.assign_directive_kind = data["assign_cues"]["directive_id"], data["assign_cues"]["directive_kind"]
        self.list_id = data["list_triggers"]["id"]  # `plan:{verb}`: the trigger id of a listed plan
        self.list_target_id = data["list_triggers"]["target_id"]  # `target:{verb}`: a listed target
        self.list_target_kind = data["list_triggers"]["target_kind"]
        self.list_target_noun = re.compile(rf"{W}(?:{alt(data['list_triggers']['target_nouns'])}){E}")
        self.list_kind = data["list_triggers"]["kind"]
        for t in self.triggers.values():
            if t.kind not in self.kinds:
                raise ValueError(f"data/commitments.json: trigger {t.id!r} has kind {t.kind!r}, not one of kinds")
        self.actor_rules = {r["id"]: r for r in data["actor_rules"]["rules"]}
        for rid, r in self.actor_rules.items():
            unknown = set(r) - ACTOR_RULE_PROPERTIES - {"id", "confidence", "note"}
            if unknown:
                raise ValueError(f"data/commitments.json: actor rule {rid!r} has unknown properties {sorted(unknown)}")
        self.trigger_re = re.compile(rf"{W}(?:{alt(self.triggers)}){E}")
        self.benefactive = re.compile(rf"\s*(?:{alt(data['passive_future_benefactive']['words'])}){E}")
        self.passive_agent_words = int(data["passive_future_agent"]["max_words"])
        osc = data["own_subject_clause"]
        self.own_subject_clause = re.compile(rf",\s*(?P<np>[^\W\d][^,;:()]*?)\s+(?:{alt(osc['triggers'])}){E}")
        self.own_subject_words = int(osc["max_words"])
        self.own_subject_subordinate = re.compile(rf"{W}(?:{alt(osc['subordinators'])}){E}")
        self.fillers_end = re.compile(rf"(?:^|(?<=[\s,]))(?:{alt(data['fillers'])})\s*,?\s*$")
        self.done = {w.lower() for w in data["done_markers"]}
        self.signed_future = re.compile(r"(?<!\w)(?:" + alt(data["signed_future_markers"]) + r")(?!\w)")
        self.ongoing = {w.lower() for w in data["ongoing_markers"]}
        nu = data["not_undertakings"]
        self.title_triggers = tuple(w.lower() for w in nu["title_triggers"])
        self.ahead_of_event = re.compile(rf"(?:{alt(nu['ahead_of_event'])})\s+(?:{alt(nu['event_subjects'])}){E}")
        self.estimate = re.compile(rf"{W}(?:{alt(nu['estimates'])}){E}")
        self.event_described = re.compile(rf"\s*(?:{alt(nu['event_subjects'])}){E}")
        self.ceremony_verb = re.compile(rf"(?:{alt(data['dated_events']['ceremony_verbs'])}){E}")
        # the future markers the date grammar reads a clause's tense by (dates.json weekday_future_words): one list for both
        self.future_marker = re.compile(rf"{W}(?:{alt(date_lexicon()['weekday_future_words'])}){E}")
        self.negation_end = re.compile(rf"(?:^|(?<=\s))(?:{alt(data['negations'])})\s*$")
        self.stative_start = re.compile(rf"^\s*(?:{alt(data['stative_after'])}){E}")
        self.stative_exception = re.compile(rf"^\s*(?:{alt(data['stative_exceptions']['phrases'])}){E}")
        self.opinion = re.compile(rf"{W}(?:{alt(data['opinion_cues'])}){E}")
        oe = data["opinion_exceptions"]
        self.opinion_noun_before = re.compile(rf"{W}(?:{alt(oe['noun_before'])})\s*$")
        self.opinion_noun_after = re.compile(rf"^\s*(?:{alt(oe['noun_after'])}){E}")
        self.hope = re.compile(rf"{W}(?!(?:{alt(data['hope_exceptions']['words'])}){E})(?:{alt(data['hope_cues'])}){E}")
        self.request = re.compile(rf"{W}(?:{alt(data['request_cues'])}){E}")
        self.title_end = re.compile(rf"{W}(?:{alt(data['title_words'])})\s*$")
        self.rep_end = re.compile(rf"{W}(?:{alt(data['representative_words'])})\s*(?:của\s*)?$")
        self.representatives = list(data["representative_words"])
        an = data["anaphors"]
        self.org_anaphors = [w.lower() for w in an["org"]]
        self.city_anaphors = [w.lower() for w in an["city"]]
        self.demonstratives = [w.lower() for w in an["demonstratives"]]
        self.demonstrative_end = re.compile(rf"\s(?:{alt(self.demonstratives)})\s*$")
        # `…, Giám đốc bệnh viện, …`, `…, Chủ tịch công ty này, …`: an apposition ending with an anaphor's head noun
        self.org_anaphor_end = re.compile(rf"(?:^|\s)({alt(self.org_anaphors)})(?:\s+(?:{alt(self.demonstratives)}))?\s*$")
        self.speech_verbs = [w.lower() for w in data["speech_verbs"]["words"]]
        gen = an["generic"]
        self.generic_business = {fold(w) for w in gen["business"]}
        self.business_heads = [fold(w) for w in gen["business_heads"]]
        self.generic_any = {fold(w) for w in gen["any"]}
        self.units = [w.lower() for w in an["units"]["words"]]
        rc = data["role_content"]
        self.association_heads = [w.lower() for w in rc["association_heads"]]
        self.member_cues = re.compile(rf"{W}(?:{alt(rc['member_cues'])}){E}")
        self.connectives = [w.lower() for w in data["connectives"]["words"]]
        self.connectives_folded = {fold(w) for w in self.connectives}
        tf = data["time_frames"]
        tf_preps = [w for w in data["time_prepositions"]["words"] if w not in tf["prepositions_except"]] + tf["prepositions_extra"]
        # `trong năm 2026`, `đến quý III/2026`, `thời gian tới`: a time frame that may stand before a clause's subject
        self.time_frame = rf"(?:(?:{alt(tf_preps)})\s+)?(?:(?:{alt(tf['units'])})\s+(?:[ivx\d][\w/.-]*|{alt(tf['deictics'])})|{alt(tf['phrases'])})"
        self.anaphor_end, self.speech_anaphor_end, self.speech_and_anaphor_end = self.anaphor_res(frozenset())
        self.org_noun_end = re.compile(rf"{W}(?:{alt(an['org'])})\s*$")
        # `doanh nghiệp Hàn Quốc`, `các nhà đầu tư Nhật Bản`: a place after a business noun says whose
        self.business_noun_end = re.compile(rf"{W}(?:{alt(gen['business'] + gen['business_heads'])})\s*$")
        self.anaphor_words = {fold(w) for w in an["org"] + an["city"]}
        self.anaphor_words_raw = [w.lower() for w in an["org"] + an["city"]]
        self.fillers = [w.lower() for w in data["fillers"]]
        self.filler_run = re.compile(rf"(?:(?:{alt(self.fillers)})\s+)*")
        self.speech_fillers = frozenset(self.speech_verbs) & frozenset(self.fillers)  # `nhấn mạnh`, `khẳng định`: series' items of saying
        self.anaphor_word_start = re.compile(rf"(?:{alt(self.anaphor_words_raw)}){E}")
        pr = data["pronouns"]
        self.honorific_end = re.compile(rf"(?:^|(?<=[\s,“\"]))({alt(pr['honorific'])})\s*$")
        self.first_person_end = re.compile(rf"(?:^|(?<=[\s,“\"]))(?:{alt(pr['first_person'])})\s*$")
        self.honorifics = [w.lower() for w in pr["honorific"]]
        self.honorific_word_end = re.compile(rf"{W}({alt(self.honorifics)})\s*$")
        self.honorific_name_end = re.compile(rf"(?:^|(?<=[\s,“\"]))({alt(self.honorifics)})\s+(\w+(?:\s\w+)?)\s*$")
        self.neutral_honorifics = {w.lower() for w in pr["neutral_honorific"]}
        self.assign_re = _assign_re(data)
        ac = data["assign_cues"]
        self.appointing = set(ac["appointing"])  # `chỉ định`: an appointment when a post follows (assigned.py)
        self.appointment_object = re.compile(rf"\s*(?:{alt(data['title_words'] + ac['appointment_objects'])}){E}")
        self.appointment_mark = re.compile(rf"{W}(?:{alt(ac['appointment_marks'])}|làm\s+(?:{alt(data['title_words'])})){E}")
        ct = data["coordinate_triggers"]
        # `bố trí, sắp xếp mặt bằng`: a compound (`sắp xếp` arrange) is a verb of the same list, not `sắp` (soon)
        self.coord_re = re.compile(rf",\s*(?:(?:{alt(data['fillers'])})\s+)*(?!(?:{alt(ct['compounds'])}){E})(?:{alt(ct['phrases'])}){E}")
        self.partner_re = re.compile(rf"^\s*(?:{alt(data['partner_preps'])})\s+")
        self.partner_prep = re.compile(rf"{W}(?:{alt(data['partner_preps'])})\s+")
        self.loc_preps = re.compile(rf"{W}(?:{alt(data['location_preps'])})\s+$")
        lt = data["list_triggers"]
        self.list_re = re.compile(
            rf"{W}({alt(lt['verbs'])})\s+(?:(?:gần|khoảng|hơn|trên|tới|đến|các|những)\s+)?(?:(?:\d+|{alt(data['amount_words']['count_words'])})\s+)?(?:{alt(lt['nouns'])}){E}[^;:]*?(?:,|:)\s*"
            rf"(?:(?:{alt(lt['item_frames'])}){E}\s*:?\s*)?"
        )
        self.item_frame = re.compile(rf"^\s*(?:(?:{alt(lt['item_frames'])}){E}\s*:?\s*)")
        self.context_re = re.compile(rf"{W}(?:{alt(data['context_frames']['nouns'])}){E}.*{W}là\s+(?:việc\s+)?$")
        self.stop = {w.lower() for w in data["stopwords"]}
        self.role_object = re.compile(rf"^\s*(?:{alt(data['role_objects'])}){E}")
        self.amounts = AmountFinder(data["currency"], data["units"], data["date_words"], data["amount_words"])
        co = data["continuations"]["phrases"]
        self.continuation = re.compile(rf"^\s*(?:{alt(co)}){E}(?P<rest>[^,;]*)$")
        self.continuation_start = re.compile(rf"\s*(?:{alt(co)}){E}")
        self.meeting_verb = re.compile(rf"{W}(?:{alt(data['party_anaphors']['meeting_verbs'])}){E}")
        self.party_re = re.compile(rf"(?:^|(?<=[\s,;:“\"]))({alt(data['party_anaphors']['words'])})\s*$")
        ct = data["court"]
        self.court_object = re.compile(rf"^\s*(?:{alt(ct['sentence_objects'])}){E}")
        self.court_party_end = re.compile(rf"{W}(?:{alt(ct['parties'])})\s*$")
        self.meeting_object = re.compile(rf"^\s*(?:{alt(data['meeting_objects']['words'])}){E}")
        self.generic_bodies = {fold(w) for w in data["generic_bodies"]["names"]}
        self.helping_end = re.compile(rf"{W}(?:{alt(data['helping_verbs']['words'])})\s+$")  # `Viettel giúp Gia Lai xây dựng …`
        self.event_verb_start = re.compile(rf"(?:{alt(data['event_verbs']['words'])}){E}")  # `chứng kiến …`: an event, no undertaking
        self.topic_prep = re.compile(rf"{W}(?:{alt(data['topic_lists']['prepositions'])}){E}")
        self.topic_classifiers = set(data["topic_lists"]["classifiers"])
        self.list_open = re.compile(rf"(?:^|[,;:.)\-–“\"]|{W}(?:{alt(data['party_lists']['openers'])}))\s*$")  # where a list of parties opens
        self.organ_heads = tuple(sorted({fold(w) for w in data["organ_heads"]["words"]}, key=len, reverse=True))
        self.non_actors = {fold(w) for w in data["non_actors"]["words"]}
        se = data["series"]
        self.series_stops = {w.lower() for w in se["stops"]}
        self.object_opener = re.compile(rf":|{W}(?:{alt(se['object_openers'])}){E}")  # `…, bao gồm A; B`: the items list the object
        pd = data["passive_directives"]
        self.passive_directives = {p["phrase"].lower(): p for p in pd["phrases"]}
        # `then`: the words that must follow the phrase (`được giao đạt`, not `được giao nhiệm vụ`)
        self.passive_then = {k: re.compile(rf"(?:{alt(p['then'])})(?!\w)") for k, p in self.passive_directives.items() if p.get("then")}
        self.passive_directive = re.compile(rf"{W}(?P<p>{alt(self.passive_directives)})\s+(?P<then>\w+(?:\s+\w+)?)")
        self.directing_lead = re.compile(rf"\s*(?!(?:{alt(pd['lead_skips'])}){E})(?:{alt(pd['leads'])}){E}")
        gn = data["goal_nouns"]
        self.goal_tails = {t["phrase"].lower(): t for t in gn["tails"]}
        self.goal_tail = re.compile(rf",\s*(?P<p>{alt(self.goal_tails)}){E}")
        self.goal_colon_nouns = {t["noun"].lower(): t for t in gn["colon_nouns"]}
        self.goal_colon = re.compile(rf"{W}(?P<noun>{alt(self.goal_colon_nouns)}){E}[^:;.“”\"]{{0,50}}:\s*")
        self.goal_copula_nouns = {t["noun"].lower(): t for t in gn["copula_nouns"]}
        # `Cụ thể, mục tiêu là …`: a subjectless lead may open the statement
        self.goal_copula = re.compile(
            rf"\s*(?:(?:{alt(data['subjectless_leads']['words'])})\s*,\s*)?(?P<noun>{alt(self.goal_copula_nouns)}){E}[^:;.]{{0,60}}?\s+là\s+"
        )
        # `Mục tiêu đến 2030 có A và B`: a goal dated by a time frame, linked by `có`
        self.goal_dated = re.compile(
            rf"\s*(?P<noun>{alt(self.goal_copula_nouns)})\s+(?:{alt(gn['dated_frame'])})\s+\d{{4}}\s+(?:{alt(gn['dated_links'])})\s+"
        )
        # `HLV X khẳng định mục tiêu của đội tuyển Y … là …`: a speaker saying whose goal it is
        self.goal_said = re.compile(
            rf"{W}(?:{alt(data['speech_verbs']['words'])})\s+(?P<noun>{alt(self.goal_copula_nouns)})\s+của\s+[^:;.]{{0,60}}?\s+là\s+"
        )
        sh = data["subjectless_headlines"]
        self.headline_openers = {o["phrase"].lower(): o for o in sh["openers"]}
        self.headline_opener = re.compile(rf"\s*(?P<p>{alt(self.headline_openers)}){E}")
        self.headline_lead_sentences = sh["lead_sentences"]
        cl = data["continued_lists"]
        self.continued_kinds = set(cl["kinds"])
        self.continued_max, self.continued_min_words = cl["max_sentences"], cl["min_words"]
        self.continued_joint = re.compile(rf"\s*(?:{alt(cl['joint_leads'])})\s*,\s*")
        self.continued_stop = re.compile(rf"\s*(?:{alt(cl['stops'])}){E}")
        # `các địa phương …`, `Bộ trưởng các Bộ: …; Chủ tịch UBND các tỉnh …`: the plural bodies a directive addresses,
        # or their heads (a title, at most three words, then a plural marker)
        self.addressee_lead = re.compile(
            rf"\s*(?:(?:{alt(cl['joint_leads'])})\s*,\s*)?(?P<title>(?:{alt(data['title_words'])})\s+(?:[^\s,;:.]+\s+){{0,3}}?)?(?:{alt(cl['addressee_leads'])}){E}"
        )
        self.background_lead = re.compile(rf"{W}(?:{alt(cl['background_leads'])}){E}")
        tp = cl["topics"]
        self.topic_frame = re.compile(rf"\s*(?:{alt(tp['frames'])}){E}[^,;.:]{{1,60}},\s*")
        self.topic_party = re.compile(rf"(?:{alt(tp['party_words'])}){E}")
        self.topic_max, self.topic_id = int(tp["max_sentences"]), tp["id"]
        # `Các địa phương cần rà soát …`, `Đồng thời, các đơn vị cần …`: a sentence whose predicate is an obligation of its subject
        self.obligation_lead = re.compile(
            rf"\s*(?:(?:{alt(cl['joint_leads'])})\s*,\s*)?[^,;.:“\"]{{1,{int(cl['obligation_subject_chars'])}}}?\s(?:{alt(data['directives']['obligations'])})\s"
        )
        co = se["coordination"]
        self.coordination_after = re.compile(rf"\s*,\s*(?:{alt(co['after_comma'])})\s*,?\s+")
        self.coordination_split = re.compile(rf",\s*(?:{alt(co['after_comma'])})\s*,?\s+|\s(?P<and>{alt(co['and'])})\s+")
        self.breakdown_lead = re.compile(rf"\s*(?:{alt(se['breakdown_leads'])})\s*,\s*")
        self.series_heads = {h["noun"].lower(): (h["kind"], h["id"]) for h in se["heads"]}
        self.series_head = re.compile(rf"\s*(?:(?:{alt(data['subjectless_leads']['words'])})\s*,\s*)?(?P<noun>{alt(self.series_heads)}){E}[^:;.]{{0,60}}:\s*")
        po = data["project_owners"]
        self.project_named_end = re.compile(rf"(?:^|[,;:]\s*|^\s*)(?:{alt(po['nouns'])})\s+[^,;:]{{0,40}}$")  # `dự án LNG <place>`
        # `Dự án sẽ …`, `Dự án được triển khai …` (passive_marks: the project undergoes its owner's act)
        self.project_subject_end = re.compile(rf"(?:^|[,;:]\s*|^\s*)({alt(po['nouns'])})(?:\s+(?:này|đó|trên))?(?:\s+(?:{alt(po['passive_marks'])}))?\s*$")
        self.facility_name = re.compile(rf"(?:{alt(po['nouns'])}){E}")  # an entity named as a facility: `Nhà máy Nhiệt điện X`
        self.project_of_end = re.compile(rf"(?:^|[,;:]\s*|^\s*)(?:{alt(po['owned_nouns'])})(?:\s+(?:này|đó|trên))?\s+của\s*$")
        # `chủ đầu tư là X`, `3 nhà đầu tư triển khai gồm X`, `các nhà đầu tư lớn, gồm: X`: up to link_words words between the cue and its link
        self.owner_before = re.compile(
            rf"{W}(?:{alt(po['cues_before_owner'])})(?:(?:\s+[^\W\d]+){{0,{int(po['link_words'])}}}?\s*,?\s+(?:{alt(po['links'])}))?\s*:?\s*"
        )
        self.owner_after = re.compile(rf"^\s*(?:{alt(po['cue_after_owner'])}){E}")
        eo = data["event_owners"]
        self.event_end = re.compile(rf"(?:^|(?<=[\s,]))({alt(eo['words'])})\s*$")
        self.event_owner_after = {w.lower(): re.compile(rf"{W}{re.escape(w.lower())}(?:\s+(?:{alt(eo['between'])}))?\s+") for w in eo["words"]}
        self.event_word_start = re.compile(rf"\s*({alt(self.event_owner_after)}){E}")
        self.goal_state = re.compile(rf"^\s*(?:{alt(data['goal_states']['words'])}){E}")
        self.subjectless_lead = re.compile(rf"\s*(?:{alt(data['subjectless_leads']['words'])})\s*,\s*")
        self.subjectless = re.compile(rf"\s*(?:(?:{alt(data['subjectless_leads']['words'])})\s*,?\s*)?$")
        dv = data["directives"]
        self.directive_noun_before = re.compile(rf"{W}(?:{alt(dv['noun_before'])})\s*$")
        self.noun_governor = re.compile(rf"{W}(?:{alt(dv['noun_governors'])}){E}")
        self.directive_noun_after = re.compile(rf"^\s*(?:{alt(dv['noun_after'])}){E}")
        self.obligations = data["directives"]["obligations"]
        di = data["directives"]["document_issue"]
        self.document_issue_end = re.compile(
            rf"{W}(?P<verb>{alt(di['verbs'])})\s+(?:{alt(di['nouns'])}){E}(?:\s+(?:{alt(di['qualifiers'])}){E})?(?:\s+số)?(?:\s+[\w/.\-]*\d[\w/.\-]*)?(?:\s+ngày\s+[\d/.\-]+)?\s*$"
        )
        self.directive_obligation = re.compile(rf"\s*,\s*[^,;.:]{{1,90}}?\s(?:{alt(self.obligations)})\s")
        self.person_prefix_end = re.compile(rf"{W}(?:{alt(data['person_prefixes']['words'])})\.?\s*$")
        self.org_type_end = re.compile(rf"(?:{alt(data['org_type_nouns']['words'])})\s*$")
        self.admin = rf"(?:{alt(data['admin_words']['words'])})"  # a fragment: `tỉnh`, `thành phố`, `tp.`, …
        self.admin_end = re.compile(rf"{W}{self.admin}\s*$")
        self.admin_word_end = re.compile(rf"\s+{self.admin}\s*$")
        # `A và B`, `A cùng các B`, `A với tỉnh B`: what joins a partner to the name before it
        self.partner_joint_end = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?\s+(?:và|cùng|với)\s+(?:(?:các|những)\s+)?(?:{self.admin}\s+)?$")
        self.place_apposition_end = re.compile(rf",\s*(?:{alt(data['org_qualifiers']['place_appositions'])})\s[^,;]{{0,60}}$")
        self.place_admin_apposition_end = re.compile(rf",\s*{self.admin}\s[^,;]{{0,60}}$")  # `Bệnh viện X, tỉnh Y`
        self.org_qualifier_end = re.compile(rf"\s+(?:{alt(data['org_qualifiers']['words'])})\s+[\w.\-–]+(?:\s*[-–]\s*\w+)?\s*$")
        self.place_occurrence = re.compile(rf"\s*(?:{alt(data['place_occurrences']['words'])}){E}")
        sc = data["schedules"]
        self.schedule_ids = {h["noun"].lower(): h["id"] for h in sc["heads"]}
        self.schedule_head = re.compile(rf"\s*(?P<noun>{alt(self.schedule_ids)}){E}")
        self.schedule_link = re.compile(rf"{W}(?:{alt(sc['links'])}){E}")
        ev = sc["events"]
        self.event_schedule_head = re.compile(rf"\s*(?:(?:{alt(ev['leads'])})\s*,\s*)?(?P<noun>{alt(ev['nouns'])}){E}")
        self.event_schedule_link = re.compile(rf"{W}(?:{alt(ev['links'])}){E}")
        self.event_schedule_id = ev["id"]
        self.event_term = re.compile(rf",\s*(?:{alt(ev['term_words'])})\s+\d{{4}}\s*[-–]\s*\d{{4}}(?!\d)")
        # `Theo chương trình dự kiến, đại hội sẽ xem xét …`: an event named by its noun alone as the subject
        self.event_subject = re.compile(
            rf"\s*(?:(?:{alt(list(ev['leads']) + list(data['subjectless_leads']['words']))})\s*,\s*)?(?:{alt(ev['nouns'])})(?:\s+(?:này|lần này))?(?:\s+(?:{alt(data['fillers'])}))*\s*"
        )
        self.event_organiser = re.compile(rf"\s*(?:{alt(ev['organiser_verbs'])}){E}")
        # `…, dự kiến tổ chức vào ngày 25/4` after a segment naming an event (schedules.py)
        self.event_apposition = re.compile(rf",\s*(?P<link>{alt(ev['apposition_links'])}){E}")
        self.event_apposition_noun = re.compile(rf"{W}(?P<noun>{alt(list(ev['nouns']) + list(ev['apposition_nouns']))}){E}")
        ds = data["document_subjects"]
        self.document_subject = re.compile(
            rf"\s*(?:[^,.;:\n]*,\s*)?(?P<noun>{alt(ds['nouns'])}){E}(?P<mod>[^,.;:\n]{{0,{ds['max_chars']}}}?)\s+(?:(?:{alt(ds['adverbs'])})\s+)*(?P<verb>{alt(ds['verbs'])}){E}"
        )
        self.document_subject_lead_words = ds["lead_words"]
        self.document_copula = re.compile(rf"{W}(?:{alt(ds['copulas'])}){E}")
        self.document_subject_id = ds["id"]
        os_ = data["owned_subjects"]
        self.owned_subject = re.compile(
            rf"\s*(?:[^,;]{{0,80}},\s*)?(?P<np>(?:(?:{alt(os_['determiners'])})\s+)?(?P<noun>{alt(os_['nouns'])}){E}(?:\s+(?:\d+|{alt(os_['modifiers'])}){E})*"
            rf"(?:\s+của\s+[^,;]{{1,40}}?)?)(?:\s+(?:{alt(data['fillers'])}){E})*\s*"
        )
        fr = sc["frames"]
        self.plan_frame = re.compile(rf"\s*(?P<frame>{alt(fr['words'])}){E}")
        self.plan_frame_id = fr["id"]
        self.dated_ahead_id = sc["dated_ahead"]["id"]  # the trigger id of a dated-ahead plan (schedules.emit_dated_ahead)
        self.admin_words = tuple(w.lower() for w in data["admin_words"]["words"])
        mc = data["modifier_cues"]
        self.modifier_preps = {w.lower() for w in mc["prepositions"]}
        self.subject_words = {w.lower() for w in mc["subject_words"]}
        self.time_adjunct_end = re.compile(rf"{W}(?:{alt(mc['time_nouns'])})\s+(?:{alt(mc['time_deictics'])})\s*$")
        self.passive_end = re.compile(rf"(?:^|\s)(?:{alt(data['passive_markers']['words'])})\s*$")
        self.clause_break = re.compile(
            r"[;…?!”]|\.\.\.|\.(?=\s|$)|\"(?=\s*[,.])"
            rf"|,\s*(?:{alt(data['clause_breaks']['after_comma'])})(?!\w)",
            re.IGNORECASE,
        )
        tp = alt(data["time_prepositions"]["words"])
        self.time_prep_end = re.compile(rf"(?:^|(?<=[\s,]))(?:{tp})\s*$")
        self.time_prep_start = re.compile(rf"(?:{tp})\s+")
        self.action_adverb = re.compile(rf"\s*(?:{alt(data['action_adverbs']['words'])})(?!\w)")
        self.non_action_tags = set(data["non_action_tags"]["tags"])
        self.addressee_span = int(data["non_action_tags"]["addressee_span"])
        self.request_noun_after = re.compile(rf"\s+(?:{alt(data['request_exceptions']['noun_after'])}){E}")
        self.partner_after_adverbs = {w.lower() for w in data["action_adverbs"]["partner_after"]}
        self.action_prep_verb = re.compile(rf"\s*(?:{alt(data['action_adverbs']['prep_verbs'])}){E}")
        self.request_exception_end = re.compile(rf"{W}(?:{alt(data['request_exceptions']['words'])})\s+$")
        self.assign_passive_end = re.compile(rf"{W}(?:{alt(data['assign_cues']['not_after'])})\s*$")
        self.continuation_time_words = {w.lower() for w in data["continuations"]["time_words"]}
        self.embedded_verb = re.compile(rf"\s+(?:(?:{alt(data['embedded_actor_adverbs']['words'])})\s+)+\w")
        self.specific_adverb = re.compile(rf"\s*(?:{alt(data['specific_trigger_adverbs']['words'])})\s+")
        ch = data["chains"]
        fill = rf"(?:(?:{alt(data['fillers'])})\s*,?\s*)*"
        self.chain_joint_end = re.compile(rf"(?:[,;]|{W}(?:{alt(ch['joints'])}){E}|{W}(?P<purpose>{alt(ch['purpose_joints'])}){E})\s*{fill}$")
        self.chain_barrier = re.compile(
            rf"{W}(?:{alt(data['speech_verbs']['words'])})\s*[,:“\"]|[,;]\s*(?:{alt(ch['new_subject_words'])})\s"
        )
        self.fillers_start = re.compile(fill)
        self.chain_descriptive_head = re.compile(rf"(?:{alt(ch['descriptive_heads'])})")
        # `…, ông A, Giám đốc X, cho biết.`: a speaker named after what they said, closing the sentence
        self.trailing_attribution = re.compile(rf",(?:[^,]*,){{0,2}}[^,]*?{W}(?:{alt(data['speech_verbs']['words'])})\s*[.!]?\s*$")
        self.speech_end = re.compile(rf"{W}(?:{alt(data['speech_verbs']['words'])}),?\s*$")
        self.speech_re = re.compile(rf"{W}(?:{alt(data['speech_verbs']['words'])}){E}")
        rc = data["reported_clauses"]
        # the speech verbs that report a statement of intent: every speech verb but those that mostly report facts
        not_intent = {w.lower() for w in rc["speech_verbs_not"]}
        self.reported_speech_re = re.compile(rf"{W}(?:{alt(w for w in self.speech_verbs if w not in not_intent)}){E}")
        self.reported_max_words = int(rc["max_words"])
        self.reported_triggers = frozenset(rc["triggers"])
        self.reported_apposition_triggers = frozenset(rc["apposition_triggers"])
        ms = data["metric_subjects"]
        self.metric_subject_re = re.compile(
            rf"\s*(?:(?:{alt(data['subjectless_leads']['words'])})\s*,\s*)?(?:(?:{alt(ms['conjunctions'])})\s+)?"
            rf"(?P<noun>{alt(ms['nouns'] + ms['plan_figures'])}){E}(?P<rest>[^,;:]*?)\s*(?:{alt(data['fillers'])}\s*)*"
        )
        self.metric_change_re = re.compile(rf"\s*(?:sẽ\s+)?(?:{alt(ms['changes'])}){E}")
        self.plan_figures = {w.lower() for w in ms["plan_figures"]}  # figures a company plans: owner from a plan just before
        self.plan_figure_change_re = re.compile(rf"\s*(?:sẽ\s+)?(?:{alt(ms['changes'] + ms['plan_changes'])}){E}")
        self.market_word = re.compile(rf"{W}(?:{alt(ms['market_words'])}){E}")
        self.metric_triggers = frozenset(ms["triggers"])
        self.metric_max_words = int(ms["max_words"])
        self.done_re = re.compile(rf"(?<!\w)(?:{alt(self.done)})(?!\w)")
        # `thống nhất thông qua`: words right after a trigger that make it no undertaking, one regex a trigger
        self.not_before_re = {
            p: re.compile(rf"\s*(?:{alt(t.not_before)})(?!\w)") for p, t in self.triggers.items() if t.not_before
        }
        # `thống nhất phương hướng hợp tác năm 2026`: a plan noun right after a verb_only trigger is what it sets out
        self.plan_object_re = {
            p: re.compile(rf"\s*(?:về\s+)?(?:(?:các|những)\s+)?(?:{alt(t.plan_objects)})(?!\w)") for p, t in self.triggers.items() if t.plan_objects
        }
        self.pronoun_lead_end = re.compile(rf"(?:^|[,“\"]|{alt(pr['after'])})\s*$")

    def kind_has(self, kind: str, prop: str) -> bool:
        """Whether commitments of this kind have the property (data: kinds)."""
        assert prop in KIND_PROPERTIES, prop
        return bool(self.kinds[kind].get(prop, False))

    def actor_rule_has(self, actor_rule: str, prop: str) -> bool:
        """Whether an actor found by this rule has the property (data: actor_rules)."""
        assert prop in ACTOR_RULE_PROPERTIES, prop
        return bool(self.actor_rules[actor_rule].get(prop, False))

    def stative(self, seg: str) -> bool:
        """The text opens with a state (`là`, `tăng 5%`), not an action an actor sets (`tăng cường`, `có phương án`: stative_exceptions)."""
        return self.stative_start.match(seg) is not None and self.stative_exception.match(seg) is None

    def confidence(self, actor_rule: str, variant: str | None = None) -> float:
        """The confidence an actor rule gives (data: actor_rules); some vary by `variant`."""
        c = self.actor_rules[actor_rule]["confidence"]
        return c[variant] if isinstance(c, dict) else c

    @lru_cache(maxsize=256)
    def anaphor_res(self, extra: frozenset) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        """Anaphor at the clause start, and right after a speech verb (`cho biết tập đoàn sẽ …`),
        with the article's own head nouns (`hiệp hội`, `quân khu`) added to the lexicon's."""
        words = alt(self.org_anaphors + self.city_anaphors + sorted(extra))
        demo = rf"(?:\s+(?:{alt(self.demonstratives)}))?\s*$"
        # `lực lượng vũ trang quân khu sẵn sàng …`: a unit of the organisation before the head noun
        unit = rf"(?:(?:{alt(self.units)})\s+(?:của\s+)?)?"
        # `…, theo đó hãng sẽ …`, `Đại diện nhà thầu cam kết …`, `Lãnh đạo tỉnh yêu cầu …`: a connective or a representative before the head noun
        lead = rf"(?:(?:{alt(self.connectives)}),?\s+)?(?:(?:{alt(self.representatives)})\s+)?"
        # `cho biết trong năm 2026 công ty sẽ …`, `thời gian tới, tập đoàn sẽ …`: a time frame before the subject
        when = rf"(?:{self.time_frame},?\s+)?"
        start = re.compile(rf"(?:^|(?<=[,;:(“\".…]\s)|(?<=[,;:(“\"])|(?<=^\s)){lead}{when}{unit}({words}){demo}")
        speech = re.compile(rf"{W}(?:{alt(self.speech_verbs)}),?\s+{when}{unit}({words}){demo}")
        # `cho biết nhà máy sẽ tạo 4.000 việc làm và tập đoàn cam kết …`: a second reported clause
        speech_and = re.compile(rf"{W}(?:{alt(self.speech_verbs)}){E}.*,?\s+và\s+{unit}({words}){demo}")
        return start, speech, speech_and

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=1)
def rules_data() -> dict:
    """data/commitments.json as read, parsed once (the Lexicon and the components that compile their own sections read it)."""
    return json.loads(resources.files("c4ir_kb").joinpath("data/commitments.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(rules_data())


def _assign_re(data: dict) -> re.Pattern:
    """An assigning cue (data assign_cues.words), but not `giao` in its other senses (data assign_senses): one word
    with the next (`giao ban`, `giao lưu`, `giao hàng`), or followed by a count of things that are no task or body
    (`giao hai cần cẩu`: a delivery)."""
    s, aw = data["assign_senses"], data["amount_words"]
    others = [w for w in data["assign_cues"]["words"] if w.lower() != s["word"]]
    num = rf"(?:\d[\d.,]*|{alt(aw['count_words'])}){E}\s+(?:(?:{alt(aw['scales'])}){E}\s+)?"
    word = rf"{re.escape(s['word'])}\s+(?!(?:{alt(s['compounds'])}){E})(?!{num}(?!(?:{alt(s['task_nouns'])}){E}))"
    return re.compile(rf"{W}(?:(?:{alt(others)})\s+|{word})")
