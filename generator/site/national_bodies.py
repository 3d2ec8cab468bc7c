"""A country's own institutions named without their country ('the Supreme Court', 'the Foreign
Ministry', 'parliament'): across articles, one page per country, not one page for every
country's court.

The country is the one the sheet gives the body as affiliation, else the one country named in
the sentences that name the body. Without one, the name stays as it is: one page, as before.
"""

from __future__ import annotations

import re
from typing import Any

from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import PORTFOLIOS
from generator.names import fold

NATIONAL_HEADS = frozenset(
    {"army", "assembly", "cabinet", "congress", "court", "ministry", "navy", "parliament"}
    | {"police", "senate"}
)
"""Institutions every country has one of."""
QUALIFIERS = PORTFOLIOS | {
    "appeals", "central", "constitutional", "electoral", "federal", "high", "lower",
    "national", "peoples", "state", "supreme", "upper",
}  # fmt: skip
"""Words that say which of a country's institutions, not whose ('Supreme', 'Foreign')."""


def national_body(name: str) -> bool:
    """NAME is an institution any country has, named without its country ('Supreme Court',
    'Foreign Ministry', 'National Assembly'; not 'Bangladesh Supreme Court', 'UN Security
    Council')."""
    words = fold(name).replace("people s ", "peoples ").split()  # "People's Assembly"
    return bool(words) and words[-1] in NATIONAL_HEADS and all(w in QUALIFIERS for w in words[:-1])


def body_country(item: dict[str, Any]) -> str | None:
    """The country whose institution the actor ITEM is, when its sheet makes it clear: its
    affiliation, or the one country its sentences name ('Brazil's Defense Ministry', 'the
    Supreme Court of the DRC', 'the Brazilian navy'); by its gazetteer name, so that 'DRC' and
    'Democratic Republic of Congo' are one country."""
    affiliation = gazetteer().country(str(item.get("affiliation") or ""))
    if affiliation is not None:
        return affiliation.name
    named = set()
    for evidence in item.get("evidence") or []:
        text = evidence.get("text") if isinstance(evidence, dict) else None
        for run in re.findall(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", str(text or "")):
            words = run.split()
            for size in range(min(len(words), 3), 0, -1):
                for start in range(len(words) - size + 1):
                    country = country_named(" ".join(words[start : start + size]))
                    if country is not None:
                        named.add(country)
    return named.pop() if len(named) == 1 else None


def country_named(words: str) -> str | None:
    """The country WORDS name or whose people they name ('DRC', 'Brazilian')."""
    found = gazetteer().country(words) or gazetteer().country_of_demonym(words)
    return found.name if found is not None else None
