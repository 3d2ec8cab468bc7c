"""Name keys shared by extraction, the site index and the URL registry: one folding rule, one
list of legal suffixes, so that "Foo AG" is the same organisation everywhere; and the crude
word stems both use to tell two wordings of one thing."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LEGAL_SUFFIX = re.compile(
    r"[,\s]+(inc|corp|co|ltd|plc|s\.?a|ag|gmbh|llc|n\.?v|b\.?v)\.?$", re.IGNORECASE
)
"""A company's legal form at the end of its name ("Siemens AG", "Acme Corp."): not part of
what tells two organisations apart."""


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for gazetteer look-ups."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^the\s+", "", text.replace(".", ""))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et)-(?=\w)", re.IGNORECASE)
"""The article of a transliterated Arabic surname ("al-Maliki", "el-Baradei"): a story writes the
surname with it ("Nuri al-Maliki") and without it ("Maliki") for one person."""


GENERATION = re.compile(r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV|VI|VII|VIII))$")
"""A generational or regnal number after a name ('Louis Gerstner Jr.', 'John Paul II'): later
mentions drop it ('Gerstner said', 'Pope John Paul'), so it is no part of the surname."""


def without_generation(name: str) -> str:
    """'Louis Gerstner Jr.' -> 'Louis Gerstner'; a lone 'Jr.' stays."""
    bare = GENERATION.sub("", name)
    return bare if bare.strip() else name


def surname(name: str) -> str:
    """The folded last word of a name, a hyphenated one whole ('Lee Jae-hun' -> 'jaehun'),
    without an Arabic article ('Nuri al-Maliki' -> 'maliki') or a generation ('Jr.', 'II')."""
    words = without_generation(name).split()
    return fold(ARABIC_ARTICLE.sub("", words[-1]).replace("-", "")) if words else ""


def without_legal_suffix(name: str) -> str:
    return LEGAL_SUFFIX.sub("", name)


def acronym(name: str) -> str:
    """'United Nations' -> 'UN', 'Collective Security Treaty Organisation' -> 'CSTO'."""
    words = [
        w
        for w in re.split(r"[\s-]+", name)
        if w and w.lower() not in {"of", "the", "and", "for", "&", "de"}
    ]
    return "".join(w[0] for w in words if w[0].isupper())


def stems(text: str, leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """Crude stems of a text's words of four letters or more (their first five letters), enough
    to see that 'warns' and 'warned' or 'rescue' and 'rescued' are the same word; the words in
    LEAVE_OUT are skipped."""
    return frozenset(w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in leave_out)


def one_within(words: list[str], other: list[str]) -> bool:
    """Whether one name's words run whole inside the other's ('Le Guen' in 'Paul Le Guen',
    'Pichet' in 'Pichet Krungget'; not 'Kong' of 'David Kong' in 'Royal Hong Kong ...')."""
    short, long = sorted((words, other), key=len)
    return any(long[k : k + len(short)] == short for k in range(len(long) - len(short) + 1))
