"""The word lists the entity components use, read once from the lexicons.

All of them are data (c4ir_kb/data/entity_lexicons.json and the .txt lexicons);
this module only turns them into the lookup sets the components test against:
unit-key tuples (`words`), match keys, or plain strings, as each rule needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from c4ir_kb.extract.lexicons import Lexicons, lexicons
from c4ir_kb.nlp.normalize import match_key


@dataclass(frozen=True)
class EntityRules:
    lx: Lexicons
    conn: set  # latin_connectors: words inside a Latin-script name (of, and, &)
    stop_lower: set  # lower-case function words that end a name
    non_acr: set  # capitalised words that are no acronym of an organisation
    generic: set  # generic organisation words that alone are no organisation
    event_heads: set
    suffixes: set  # Latin legal-form suffixes (JSC, Ltd)
    envoy: set  # envoy titles that take a country (Đại sứ)
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
    code_nouns: set
    subunit_heads: set
    party_committees: set
    generic_nouns: set
    numbered_heads: set
    board_words: list
    level_committees: dict  # match key of `Tỉnh ủy` -> the place type it belongs to (province)


@lru_cache(maxsize=1)
def rules() -> EntityRules:
    lx = lexicons()
    return EntityRules(
        lx=lx,
        conn=set(lx.wordlist("latin_connectors")),
        stop_lower={k for k in lx.words("lower_stop")},
        non_acr=set(lx.wordlist("non_entity_acronyms")),
        generic={match_key(x) for x in lx.wordlist("generic_orgs")},
        event_heads=lx.words("event_heads"),
        suffixes=set(lx.wordlist("org_suffixes_latin")),
        envoy={x.lower() for x in lx.wordlist("envoy_titles")},
        company_heads=lx.words("company_heads"),
        middle=set(lx.wordlist("middle_names")),
        scope_prefixes=lx.words("org_scope_prefixes"),
        local_prefixes=lx.words("local_org_prefixes"),
        local_scopes=lx.words("local_org_scopes"),
        abroad_heads=lx.words("abroad_heads"),
        lead_words=lx.words("sentence_lead_words"),
        staff={match_key(x) for x in lx.wordlist("staff_bodies")},
        street=lx.words("street_prefixes"),
        sports_cues=lx.words("sports_cues"),
        team_before=lx.words("team_before"),
        team_after=lx.words("team_after"),
        not_entities={match_key(x) for x in lx.wordlist("not_entities")},
        name_verbs={match_key(x) for x in lx.wordlist("org_name_activity_words")},
        code_nouns=lx.words("nouns_before_codes"),
        subunit_heads=set(lx.wordlist("subunit_heads")),
        party_committees={match_key(x) for x in lx.wordlist("party_committees")},
        generic_nouns=lx.words("generic_org_nouns"),
        numbered_heads=lx.words("numbered_unit_heads"),
        board_words=lx.wordlist("company_boards"),
        level_committees={match_key(k): t for k, t in lx.misc.get("level_committees", {}).items()},
    )
