"""The rules and word lists the entity components use, read once from package data.

All of them are data: the mention rules (id -> confidence, type) and the regular
expressions of c4ir_kb/data/entity_rules.json, the word lists of
entity_lexicons.json and the .txt lexicons. This module only turns them into the
lookup tables the components test against: unit-key tuples (`words`), match keys,
or plain strings, as each rule needs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from c4ir_kb.extract.lexicons import DATA, Lexicons, lexicons
from c4ir_kb.nlp.normalize import match_key


@dataclass(frozen=True)
class EntityRules:
    lx: Lexicons
    confidence: dict  # mention rule id -> its confidence
    rule_type: dict  # mention rule id -> the entity type it finds
    patterns: dict  # pattern id -> compiled regular expression
    conn: set  # latin_connectors: words inside a Latin-script name (of, and, &)
    stop_lower: set  # lower-case function words that end a name
    non_acr: set  # capitalised words that are no acronym of an organisation
    generic: set  # generic organisation words that alone are no organisation
    event_heads: set
    kind_nouns: frozenset  # company_heads - kind_nouns_not | kind_nouns_extra
    event_name_heads: frozenset  # event_heads minus event_heads_outside_names
    suffixes: set  # Latin legal-form suffixes (JSC, Ltd)
    envoy: set  # envoy titles that take a country (Đại sứ)
    foreign_heads: set  # heads that take a foreign country before the name (Tổng thống Pháp X)
    company_heads: set
    middle: set  # middle names (Văn, Thị)
    scope_prefixes: set
    local_prefixes: set
    local_scopes: set
    abroad_heads: set
    lead_words: set
    staff: set
    street: set
    sports_cues: set
    team_before: set
    team_after: set
    not_entities: set
    name_verbs: set
    action_words: set  # what a body is told to do (chủ trì): never the end of its name
    code_nouns: set
    subunit_heads: set
    home_country: str  # the country whose news this is (gazetteer name)
    department_nouns: frozenset  # subunit_heads (any case) and `khối`: a unit a title can hold
    party_committees: set
    generic_nouns: set
    numbered_heads: set
    board_words: list
    name_particles: set
    org_name_joiners: set
    team_suffixes: set
    numbered_place_prefixes: set
    former_markers: set
    weekday_markers: set
    level_committees: dict  # match key of `Tỉnh ủy` -> the prefixes written before its home place (tỉnh)


@lru_cache(maxsize=1)
def rules() -> EntityRules:
    lx = lexicons()
    data = json.loads((DATA / "entity_rules.json").read_text(encoding="utf-8"))
    flags = {"": 0, "i": re.IGNORECASE}
    return EntityRules(
        lx=lx,
        confidence={r["id"]: r["confidence"] for r in data["mention_rules"]},
        rule_type={r["id"]: r["type"] for r in data["mention_rules"]},
        patterns={p["id"]: re.compile(p["regex"], flags[p.get("flags", "")]) for p in data["patterns"]},
        conn=set(lx.wordlist("latin_connectors")),
        stop_lower={k for k in lx.words("lower_stop")},
        non_acr=set(lx.wordlist("non_entity_acronyms")),
        generic={match_key(x) for x in lx.wordset("generic_orgs")},
        event_heads=lx.words("event_heads"),
        kind_nouns=(lx.words("company_heads") - lx.words("kind_nouns_not")) | lx.words("kind_nouns_extra"),
        event_name_heads=lx.words("event_heads") - lx.words("event_heads_outside_names"),
        suffixes=set(lx.wordlist("org_suffixes_latin")),
        envoy={x.lower() for x in lx.wordset("envoy_titles")},
        foreign_heads={x.lower() for x in lx.wordset("foreign_head_titles")},
        company_heads=lx.words("company_heads"),
        middle=set(lx.wordlist("middle_names")),
        scope_prefixes=lx.words("org_scope_prefixes"),
        local_prefixes=lx.words("local_org_prefixes"),
        local_scopes=lx.words("local_org_scopes"),
        abroad_heads=lx.words("abroad_heads"),
        lead_words=lx.words("sentence_lead_words"),
        staff={match_key(x) for x in lx.wordset("staff_bodies")},
        street=lx.words("street_prefixes"),
        sports_cues=lx.words("sports_cues"),
        team_before=lx.words("team_before"),
        team_after=lx.words("team_after"),
        not_entities={match_key(x) for x in lx.wordset("not_entities")},
        name_verbs={match_key(x) for x in lx.wordset("org_name_activity_words")},
        action_words={match_key(x) for x in lx.wordset("agency_action_words")},
        code_nouns=lx.words("nouns_before_codes"),
        subunit_heads=set(lx.wordlist("subunit_heads")),
        home_country=lx.misc["home_country"],
        department_nouns=lx.words("subunit_heads") | {(match_key("khối"),)},
        party_committees={match_key(x) for x in lx.wordset("party_committees")},
        generic_nouns=lx.words("generic_org_nouns"),
        numbered_heads=lx.words("numbered_unit_heads"),
        board_words=lx.wordlist("company_boards"),
        name_particles=set(lx.wordlist("name_particles")),
        org_name_joiners=set(lx.wordlist("org_name_joiners")),
        team_suffixes=set(lx.wordlist("team_suffixes")),
        numbered_place_prefixes=set(lx.wordlist("numbered_place_prefixes")),
        former_markers=set(lx.wordlist("former_markers")),
        weekday_markers=set(lx.wordlist("weekday_markers")),
        level_committees={match_key(k): t for k, t in lx.misc.get("level_committees", {}).items()},
    )
