"""Closed word classes the extraction rules share: titles, honorifics, org descriptors.

These are grammar, not gazetteers: the small closed sets every English newswire
uses to introduce a person or organisation.
"""

from __future__ import annotations

import tomllib
from importlib import resources

WORDS = tomllib.loads(
    resources.files("generator.extract").joinpath("lexicon.toml").read_text(encoding="utf-8")
)
"""The lists, as data: `lexicon.toml` beside this file says what each is for."""

HONORIFICS = frozenset(WORDS["honorifics"])
RANK_ABBREVIATIONS: dict[str, str] = WORDS["rank_abbreviations"]
BEFALLING_NOUNS: dict[str, str] = WORDS["befalling_nouns"]
TITLE_HEADS = frozenset(WORDS["title_heads"])
TITLE_FILLERS = frozenset(WORDS["title_fillers"])
GIVEN_NAME_TITLES = frozenset(WORDS["given_name_titles"])
ORG_HEADS = frozenset(WORDS["org_heads"])
BODY_BEFORE_NAME = ORG_HEADS | {"side"}
"""Words for a kind of body right before its name: an organisation's heads, and a team's 'side'
('Greek side AEK Athens'), which names no organisation after its name ('the Catalan side', 'the
Israeli side': a place's team, a country)."""
ORG_SUFFIXES = frozenset(WORDS["org_suffixes"])
MEMBER_HEADS = frozenset(WORDS["member_heads"])
GENERIC_NAMES = frozenset(WORDS["generic_names"])
SUB_BODIES = frozenset(WORDS["sub_bodies"])
PLACE_HEADS = frozenset(WORDS["place_heads"])
REGIONAL_HEADS = frozenset(WORDS["regional_heads"])
LOCATIVE_PREPOSITIONS = frozenset(WORDS["locative_prepositions"])
PARTY_PREPOSITIONS = frozenset(WORDS["party_prepositions"])
SPEECH_VERBS = frozenset(WORDS["speech_verbs"])
REPORTING_VERBS = frozenset(WORDS["reporting_verbs"])
CONTROL_VERBS = frozenset(WORDS["control_verbs"])
BODY_NOUNS = frozenset(WORDS["body_nouns"])
SAYING_VERBS = SPEECH_VERBS | REPORTING_VERBS
"""Every verb that can introduce what someone says (forms and lemmas)."""
STANCE_VERBS = frozenset(WORDS["stance_verbs"])
OPINION_VERBS = frozenset(WORDS["opinion_verbs"])
GOVERNING_HEADS = frozenset(WORDS["governing_heads"])
STATE_HEADS = frozenset(WORDS["state_heads"])


def is_head(word: str, heads: frozenset[str]) -> bool:
    """WORD (lower case) is one of HEADS, or one of them in the plural ('governments')."""
    return word in heads or word.removesuffix("s") in heads


COLLECTIVE_HEADS = frozenset(WORDS["collective_heads"])
KIN_HEADS = frozenset(WORDS["kin_heads"])
RAISING_VERBS = frozenset(WORDS["raising_verbs"]) | SAYING_VERBS
FEELING_VERBS = frozenset(WORDS["feeling_verbs"])
PORTFOLIOS = frozenset(WORDS["portfolios"])
QUANTITY_VERBS = frozenset(WORDS["quantity_verbs"])
WHICH_WORDS = frozenset(WORDS["which_words"])
RISE_WORDS = frozenset(WORDS["rise_words"])
FALL_WORDS = frozenset(WORDS["fall_words"])
FAITHS = frozenset(WORDS["faiths"])
OUTLET_KINDS = frozenset(WORDS["outlet_kinds"])
APPOSED_BODIES = frozenset(WORDS["apposed_bodies"])
BODY_KINDS = ORG_HEADS | APPOSED_BODIES
"""Every noun that says what kind of body a name is, in a description beside it."""
