"""People (with titles and roles), organisations and places: the entity stage.

Rules over the word units of `doc.norm` (capitalisation; lexicons of titles, ranks,
honorifics and organisation heads; gazetteers of places and well-known organisations);
underthesea's POS tags help decide the extent of sentence-case organisation names,
and its CRF NER tags are a weak fallback.

The stage is a pipeline of components in the manner of spaCy's: each takes the
document view (`view.DocView`: units, units already claimed, what earlier components
found), adds its own findings, and leaves claimed units alone. Each component module
says in its opening comment what it reads and what it claims. In order (COMPONENTS):

  byline          the author on the last short line; later components stop before it
  titles_roles    title chains, degree/honorific + name, appositive roles -> PER, ORG, roles
  acronyms_inside a head written out, its acronym in parentheses, its place -> ORG
  organisations   known names, head noun + name, Latin-script names, acronyms -> ORG (LOC venues, parks)
  person_refs     full names of people found earlier, written again -> PER
  short_orgs      the first words of one longer organisation named earlier -> ORG
  places          gazetteer, administrative prefix + name, sports teams -> LOC (ORG)
  bare_people     Vietnamese full names with nothing before them -> PER
  person_refs     again, for the names bare_people found
  paren_roles     titles in parentheses after names (`A, B (t1 và t2 X)`) -> roles
  verb_roles      titles a verb gives after a name (`X giữ chức t`, `chỉ định X làm t`) -> roles
  crf             underthesea CRF spans no rule explained -> PER/ORG/LOC
  non_entities    drops events, holidays, school subjects: never entities; and acronyms
                  written as things with no evidence of a body (acronym_evidence)
  org_terms       a body written with its term (`HĐND tỉnh X khóa XV`): the term joins that form

Then `grouping` joins mentions into article-local entities (linking keys from
`c4ir_kb.extract.linking`, links the components added, `org_links`' article evidence) and `results` builds the
Mention and Role records.

Helpers the components share, none of which records anything except `mentions`:
`lookup` (a place, title, known organisation at a unit), `names` (a person's name),
`org_extent` and `org_name` (an organisation's extent), `title_chain` (stacked
titles) with `title_tails` (one title's extent), `title_holder` (the name after a stack of titles), `acronyms` (an acronym in
parentheses), `mentions` (recording a mention).

Everything a rule matches is data, read by `rules`: every mention and role names
the id of the rule that made it (c4ir_kb/data/entity_rules.json, with its confidence
and the function that applies it); word lists are in entity_lexicons.json and the
.txt lexicons. To add
  a title          titles.txt (`Title|Head` when its last word opens the organisation:
                   `Trưởng Ban|Ban`); a rank: ranks.txt; a degree: degrees.txt
  an organisation  org_heads.txt, a head noun and its kind (local, gov, body, company,
  head             event, venue); a well-known name: known_entities.json
  a place          locations.json (name, type, aliases, canonical; `weak` when it is
                   also a common word); an administrative prefix: admin_prefixes
"""

from __future__ import annotations

from c4ir_kb.extract.entities.acronyms import find_acronyms_inside_names
from c4ir_kb.extract.entities.bare_people import find_bare_people
from c4ir_kb.extract.entities.byline import find_byline
from c4ir_kb.extract.entities.crf import find_crf_spans
from c4ir_kb.extract.entities.grouping import group_mentions
from c4ir_kb.extract.entities.non_entities import drop_non_entities
from c4ir_kb.extract.entities.org_terms import term_forms
from c4ir_kb.extract.entities.organisations import find_organisations
from c4ir_kb.extract.entities.paren_roles import find_paren_roles
from c4ir_kb.extract.entities.person_refs import find_person_refs
from c4ir_kb.extract.entities.places import find_places
from c4ir_kb.extract.entities.results import EntityResult, build_result
from c4ir_kb.extract.entities.short_orgs import find_short_orgs
from c4ir_kb.extract.entities.titles_roles import find_titles_and_roles
from c4ir_kb.extract.entities.verb_roles import find_verb_roles
from c4ir_kb.extract.entities.view import DocView
from c4ir_kb.models import Document

__all__ = ["COMPONENTS", "EntityResult", "extract_entities"]


COMPONENTS = (
    find_byline,
    find_titles_and_roles,
    find_acronyms_inside_names,
    find_organisations,
    find_person_refs,
    find_short_orgs,
    find_places,
    find_bare_people,
    find_person_refs,
    find_paren_roles,
    find_verb_roles,
    find_crf_spans,
    drop_non_entities,
    term_forms,
)


def extract_entities(doc: Document) -> EntityResult:
    v = DocView(doc)
    for component in COMPONENTS:
        component(v)
    entities, m2e = group_mentions(v)
    return build_result(v, entities, m2e)
