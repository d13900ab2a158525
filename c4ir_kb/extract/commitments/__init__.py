"""Commitments: who pledges, plans, builds, is responsible for or proposes what.

A trigger phrase (data/commitments.json) opens a clause that runs to the clause
end (`;`, `…`, sentence end, `, đồng thời`). It becomes a Commitment only when
an actor is found by one of these mechanisms, in order:

* subject: an ORG/PER/LOC mention right before the trigger, with only
  adverbs/modals/speech verbs between (`HDBank cũng cam kết`, `Viettel cho biết
  sẽ đầu tư`); `Đại diện X` -> X; a leader (`Chủ tịch UBND TP.HCM Phan Văn Mãi`)
  -> the institution, the leader kept in `person`;
* passive: `<object> do X phụ trách` -> X, the clause being the object phrase;
* directing: `Theo Công điện … của X, các bộ được yêu cầu …` -> X (else the body of the sentences before);
* anaphor: `trung tâm`, `Thành phố`, `Tập đoàn`, … right before the trigger ->
  the named entity they stand for;
* list: `X đã xác định N hoạt động, trong đó A; B …` -> each action item is X's plan;
* chain: `X đã lắp …, trở thành …, dự kiến bổ sung …` -> the subject of the sentence,
  which a conjunct without a subject of its own shares;
* continued: `X yêu cầu …: A; B.` `C.` -> C is X's directive too (an item of the list going on);
* headline-topic: `TP. Cần Thơ: Phấn đấu …` -> the name before a headline's colon;
* context: `Một trong những dự án … là việc xây dựng …` -> the actor of the
  sentence before.

Rejected: actions reported as done (`đã ký`, `đã xây dựng`), negated triggers,
weak triggers (`sẽ`, `dự kiến`, project verbs) followed by a state rather than
an action (`sẽ là`, `sẽ trở thành`, `sẽ được đặt tại`) or said in an
opinion/hope sentence, anything under a request to someone else
(`yêu cầu C4IR cần đề xuất …`), and a bare place with an action that happens in it
(`Đà Nẵng sẽ đón 2 triệu lượt khách`).

The components, each in its own module (its opening comment says what it reads and claims):

    lexicon           the rules, from data/commitments.json
    view              the document: text, sentences, entities, mentions, dates
    people            which organisation each person speaks for
    canonical         which entity stands for which (short forms, a place's committee)
    speakers          who a clause is attributed to; `Ông`, a bare title, a quote
    anaphora          what `trung tâm`, `Tập đoàn này`, `hai bên` stand for
    clause            clause span, fillers (tense) and negation before a trigger
    actors            the actor of a trigger
    subject_names     what the words before a trigger name (a name written another way, a place that says where, a named unit)
    actor_frames      actors outside the subject slot (`X là một trong các đơn vị cam kết`, `cam kết … của X`)
    parties           what `hai bên`, `ba bên` stand for after a signing, talks or a reception: the first party
    gates             is it an undertaking (an action, not done, not requested)
    arguments         object, amount, quantity, place, partner, target date, period
    claims            the commitments found so far and the spans they claim
    lists             listed plans
    verb_lists        one trigger governing several verb phrases (`thống nhất tăng cường A, duy trì B`)
    assigned          assigned tasks
    passive           passive directives and assigned targets (`được yêu cầu`, `được giao đạt`)
    triggers          triggered commitments
    chain             the sentence's subject a conjunct shares
    reported          the speaker of a reported clause naming no body (`X cho biết kỳ thi … dự kiến …`)
    metrics           a figure of the actor's own, changed by a plan (`vốn điều lệ của X dự kiến tăng …`): its owner
    schedules         a date set ahead without a trigger
    goals             targets stated as nouns (`với mục tiêu …`, `kế hoạch …: A`, `Mục tiêu … là …`)
    plan_documents    what a plan, strategy or resolution sets out (`Kế hoạch đặt ra …`, `Theo kế hoạch, …`): its issuer's
    documents         what a signed document sets out (`Thỏa thuận này đặt trọng tâm vào …`, `Theo thỏa thuận, …`, `đã ký kết …: A; B`): its parties agree
    continued         a directive's or agreement's colon list going on in the sentences after
    headlines         a headline without a subject (`Đặt mục tiêu …`): the article's main actor
    headline_verbs    a headline's bare verb after its actor's name (`EVN tăng tốc …`)
    headline_speakers a quoted-speaker headline's imperative (`Thủ tướng: Hoàn thành …`): the speaker's body
    obligations       a leader's obligation without a directive verb (`Theo <leader>, X cần …`)
    headline_repeats  a headline's signing the body reports dropped (a repeated undertaking is kept)

Per sentence, in order: a list's head, assigned tasks, triggers, the list's items.

Rules are data: a commitment's `rule` is `<trigger id>/<actor rule id>` (`pledge:cam kết/leader`),
both defined in data/commitments.json. A new trigger is an entry in `triggers` (id, phrase, kind,
strength and flags); a new kind is an entry in `kinds` (with what it does beyond its triggers),
in models.CommitmentKind and in SCHEMA.md.
"""

from __future__ import annotations

from c4ir_kb.models import Commitment, DateMention, Document, Entity, Mention
from c4ir_kb.sources.reader import headline

from c4ir_kb.extract.commitments.actors import Actor, ActorFinder
from c4ir_kb.extract.commitments.anaphora import Referents
from c4ir_kb.extract.commitments.assigned import find_assigned
from c4ir_kb.extract.commitments.canonical import Canonical
from c4ir_kb.extract.commitments.claims import Claims
from c4ir_kb.extract.commitments.continued import ContinuedList
from c4ir_kb.extract.commitments.documents import emit_document_content, emit_document_subject, emit_party_cooperation, emit_signed_list
from c4ir_kb.extract.commitments.gates import drop_misaddressed, not_undertaking
from c4ir_kb.extract.commitments.goals import emit_goals
from c4ir_kb.extract.commitments.headlines import emit_subjectless_headline
from c4ir_kb.extract.commitments.headline_verbs import emit_headline_verb
from c4ir_kb.extract.commitments.headline_speakers import emit_speaker_headline
from c4ir_kb.extract.commitments.headline_repeats import drop_headline_repeats
from c4ir_kb.extract.commitments.lexicon import lexicon
from c4ir_kb.extract.commitments.lists import emit_list_items, find_list
from c4ir_kb.extract.commitments.obligations import emit_obligations
from c4ir_kb.extract.commitments.passive import find_passive
from c4ir_kb.extract.commitments.people import People
from c4ir_kb.extract.commitments.plan_documents import emit_document_frames, emit_document_subjects
from c4ir_kb.extract.commitments.schedules import emit_dated_ahead, emit_schedule
from c4ir_kb.extract.commitments.series import emit_headed, emit_series, split_coordinated
from c4ir_kb.extract.commitments.triggers import TriggerFinder
from c4ir_kb.extract.commitments.verb_lists import split_verb_lists
from c4ir_kb.extract.commitments.view import DocView

__all__ = ["extract_commitments"]


def extract_commitments(doc: Document, entities: list[Entity], mentions: list[Mention], dates: list[DateMention]) -> list[Commitment]:
    lex = lexicon()
    v = DocView(doc, entities, mentions, dates)
    people = People(v, lex)
    canon = Canonical(v, lex.organ_heads)
    refs = Referents(v, lex, people, canon)
    actors = ActorFinder(v, lex, people, refs)
    claims = Claims(v, lex, canon, refs)
    triggers = TriggerFinder(v, lex, people, canon, refs, actors, claims)
    title = headline(doc.article.text)
    title_end = len(title) if title else -1
    continued = ContinuedList(v, lex, claims, title_end)
    last_actor: dict[int, Actor] = {}  # sentence index -> an actor of that sentence
    for sent in doc.sentences:
        context = last_actor.get(sent.index - 1) or last_actor.get(sent.index - 2)  # the actor the sentences before named
        listed = find_list(v, lex, actors, sent)  # 1. `X đã xác định N hoạt động, trong đó A; B …`
        if listed.actor is not None and listed.actor.actor is not None:
            last_actor[sent.index] = listed.actor  # `Tỉnh đề ra 32 chỉ tiêu.` names who the next sentence's targets are
        find_assigned(v, lex, actors, claims, sent)  # 2. `UBND tỉnh giao Sở X chủ trì …`
        find_passive(v, lex, actors, claims, sent, context)  # `các bộ được yêu cầu …`
        triggers.find(sent, last_actor, title_end)  # 3. triggers
        emit_obligations(v, lex, actors, claims, sent, title_end)  # `Theo <leader>, X cần …`: a leader's obligation directs X
        emit_list_items(v, lex, claims, sent, listed)  # 4. list items without a trigger of their own
        emit_headed(v, lex, claims, sent, context)  # 5. `Mục tiêu …: A; B`
        emit_schedule(v, lex, claims, sent, context)  # `Thời điểm … là trước ngày …`
        emit_goals(v, lex, actors, claims, sent, context)  # `…, với mục tiêu …`, `kế hoạch …: A, và B`
        emit_dated_ahead(v, lex, actors, claims, sent)  # `Từ tháng 5/2026, X tiếp tục …`: an action dated ahead
        emit_document_subject(v, lex, claims, sent, context, refs.agreements)  # `Thỏa thuận này đặt trọng tâm vào …`: its parties agree
        emit_document_content(v, lex, actors, claims, sent)  # `Theo nội dung thỏa thuận, …`: what the document says will be done
        emit_signed_list(v, lex, claims, sent)  # `X đã ký kết quy chế với các nội dung: A; B`: each item agreed
        emit_party_cooperation(v, lex, actors, claims, sent)  # `Hai bên cũng hợp tác bán chéo …`: the parties together
        emit_document_subjects(v, lex, actors, claims, sent, context, last_actor)  # `Kế hoạch đặt ra những mục tiêu …`: its owner's
        emit_document_frames(v, lex, actors, claims, sent, context, last_actor)  # `Theo kế hoạch, … phải …`: the plan owner's
        split_coordinated(v, lex, claims, sent)  # 6. `A, đồng thời B`, `A và triển khai B`: one per conjunct
        split_verb_lists(v, lex, claims, sent)  # `thống nhất tăng cường A, duy trì B và mở rộng C`: one per verb phrase
        emit_series(v, lex, claims, sent)  # 7. `… A; B; C`: one commitment per item
        continued.read(sent)  # 8. `X yêu cầu …: A; B.` `C.` `D; E.`: the list goes on in the sentences after
        split_verb_lists(v, lex, claims, sent, item_pass=True)  # `…; giải ngân A và giải ngân B`: an item's `và` conjuncts
        mine = [c for c in claims.out if c.sentence == sent.index]
        if mine and sent.index not in last_actor:
            last_actor[sent.index] = Actor(actor=mine[-1].actor, person=mine[-1].person, rule="context")
        if sent.index not in last_actor:
            owner = actors.sentence_owner(sent)  # `Đại hội đã thảo luận …`
            if owner is not None:
                last_actor[sent.index] = owner
        if sent.index not in last_actor:
            # remember the sentence's leading ORG subject for the next sentence's context
            lead = actors.leading_org(sent)
            if lead is not None:
                last_actor[sent.index] = lead
    emit_subjectless_headline(v, lex, claims, title_end)  # `Đặt mục tiêu …`: the article's main actor
    emit_headline_verb(v, lex, actors, canon, claims, title_end)  # `EVN tập trung đảm bảo …`: a bare verb after the name
    emit_speaker_headline(v, lex, actors, canon, claims, title_end)  # `Thủ tướng: Hoàn thành …`: what a speaker asks
    found = [c for c in drop_headline_repeats(v, lex, claims.out, title_end) if not not_undertaking(v, lex, c)]
    found = drop_misaddressed(v, lex, found)  # `…; chỉ đạo …` inside a sentence with its own subject: no earlier actor
    triggers.include_thing_subjects(found)  # `Nhà máy X sẽ …`: the thing standing for its owner opens the clause
    found.sort(key=lambda c: (c.start, c.end))
    return found
