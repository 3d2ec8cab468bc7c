"""Currencies as wire copy names them: every current currency's English names and symbols from
the CLDR data Babel ships, the wire's own marks ('US$', 'HK$') and its bare dollars, which are US
dollars unless it says otherwise."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract.hits import fired

WIRE_SYMBOLS = {"us$": "USD", "c$": "CAD", "hk$": "HKD", "a$": "AUD", "nz$": "NZD"}
"""Wire copy's own currency marks (CLDR writes 'CA$', 'HK$')."""
BARE_DOLLARS = ("dollars", "dollar", "dlrs", "$")
"""Wire copy's bare dollars are US dollars unless it says otherwise ('Canadian dollars')."""


def currency_of(text: str) -> str | None:
    """The ISO 4217 code of the first currency the text names: 'Canadian dollars' CAD, 'C$' CAD,
    'yen' JPY (the second of "942 million Canadian dollars (US$801.2 million)" is its equivalent)."""
    lowered = text.lower()
    found = currency_pattern().search(lowered)
    if found is None:
        return None
    name = found.group(1) or found.group(2)
    if name in BARE_DOLLARS:  # 'HK dollars', 'NZ dollars': the dollar of the symbol 'HK$'
        before = lowered[: found.start()].split()
        symbol = f"{before[-1]}$" if before else ""
        marked = WIRE_SYMBOLS.get(symbol) or currency_names().get(symbol)
        if marked is not None:
            fired("numbers: the dollar a wire abbreviation names", text)
            return marked
    return WIRE_SYMBOLS.get(name) or currency_names().get(name) or "USD"


@lru_cache(maxsize=1)
def currency_pattern() -> re.Pattern[str]:
    """Every currency name and symbol in one pattern, the longest first: the leftmost match is
    the currency the text names first ('hong kong dollars' before 'dollars')."""
    words = sorted(
        [n for n in currency_names() if n[0].isalpha()] + [w for w in BARE_DOLLARS if w.isalpha()],
        key=len,
        reverse=True,
    )
    symbols = sorted(
        [n for n in currency_names() if not n[0].isalpha() and n != "$"]
        + list(WIRE_SYMBOLS)
        + ["$"],
        key=len,
        reverse=True,
    )
    named = "|".join(re.escape(w) for w in words)
    marked = "|".join(re.escape(s) for s in symbols)
    return re.compile(rf"(?<![a-z])({named})(?![a-z])|({marked})")


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """Every English name and symbol of a current currency that names one currency only; a
    name's last word too ('yen', 'euros') where it is itself a currency's name or unique."""
    full: dict[str, set[str]] = {}
    for code, names, symbol in english_currencies():
        if symbol and symbol != code and not symbol.isalpha():
            names = names | {symbol}
        if any(re.search(r"\(\d{4}", n) for n in names):
            continue  # a former currency: '(1968-2012)'
        for name in names:
            full.setdefault(name.lower(), set()).add(code)
    found = {name: next(iter(codes)) for name, codes in full.items() if len(codes) == 1}
    last: dict[str, set[str]] = {}
    for name, codes in full.items():
        word = name.split()[-1]
        if " of " in name or word in METALS:
            continue  # 'Ecuadorian unit of constant value', 'Zimbabwean gold': no 'value', 'gold'
        if word != name and word.isalpha() and word not in full:
            last.setdefault(word, set()).update(codes)
    found.update({w: next(iter(codes)) for w, codes in last.items() if len(codes) == 1})
    return found


METALS = frozenset({"gold", "silver", "platinum", "palladium"})
"""The precious metals ISO 4217 codes as XAU, XAG, XPT, XPD: commodities in a story."""


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The last word of every currency's name, one currency's or several's ('pound', 'rupees',
    'kwacha'): a unit of money, whichever country's."""
    words = {n.split()[-1].lower() for _, names, _ in english_currencies() for n in names}
    return frozenset(w for w in words if w.isalpha())


@lru_cache(maxsize=1)
def english_currencies() -> tuple[tuple[str, frozenset[str], str], ...]:
    """Each currency Babel knows: its code, its English names (one and many), its symbol. Not
    ISO 4217's codes for things that are no country's money: X codes without a symbol are
    metals ('gold', counted in 'troy ounces of gold'), units of account ('special drawing
    rights'), funds and tests, and their names are common words."""
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    found = []
    for code in english.currencies:
        symbol = english.currency_symbols.get(code, "")
        if code.startswith("X") and not symbol:
            continue
        names = frozenset({english.currencies[code], get_currency_name(code, count=2, locale="en")})
        found.append((code, names, symbol))
    return tuple(found)


def is_money_unit(word: str) -> bool:
    """'pound' in 'a 10 billion-pound deal', 'U.S.-dollar' in 'an 8.58 million-U.S.-dollar
    project'."""
    return currency_of(word) is not None or word.lower().split("-")[-1] in currency_words()
