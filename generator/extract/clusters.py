"""Mentions of one entity merged within an article: surnames and given names into the full name
(a monarch's given name not into another's surname), acronyms the text defines ("Collective
Security Treaty Organisation (CSTO)") and short company names into the long form."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.gazetteer import gazetteer
from generator.extract.hits import fired
from generator.extract.lexicon import (
    BODY_NOUNS,
    GENERIC_NAMES,
    GIVEN_NAME_TITLES,
    ORG_HEADS,
    ORG_SUFFIXES,
    SUB_BODIES,
)
from generator.extract.names import DOCUMENT_HEADS, THING_HEADS, document_head, entities
from generator.extract.sentences import doc_text
from generator.names import LEGAL_SUFFIX, acronym, fold, surname, without_generation
from generator.records import Entity, NameMention


def org_key(name: str) -> str:
    return fold(LEGAL_SUFFIX.sub("", name))


def defined_acronyms(doc: Doc) -> dict[str, str]:
    """'Collective Security Treaty Organisation (CSTO)' -> {'CSTO': 'Collective Security ...'}."""
    return {short: long_name for short, long_name, _ in acronym_definitions(doc)}


def acronym_definitions(doc: Doc) -> list[tuple[str, str, str]]:
    """(acronym, long name, the long name's label) for each acronym the text defines, found once
    per Doc (the name spans and the clustering both ask)."""
    cached = doc.user_data.get("factsheet_acronyms")
    if cached is not None:
        return cached
    found = []
    text = doc_text(doc)
    for ent in entities(doc):
        if ent.label_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"}:
            continue
        after = text[ent.end_char : ent.end_char + 16]
        match = re.match(r"\s*\(\s?([A-Z][A-Za-z&.]{1,9})\)", after)  # also '( APEC)'
        long_name = re.sub(r"^the\s+", "", " ".join(ent.text.split()), flags=re.I)
        if match and (ent.label_ != "LOC" or match.group(1)[0] == long_name[:1]):
            # not 'Cooperation in Europe (OSCE)', where the model's span is the place alone
            found.append((match.group(1).replace(".", ""), long_name, ent.label_))
    doc.user_data["factsheet_acronyms"] = found
    return found


def acronym_spans(doc: Doc) -> list[Span]:
    """'The IDB said', 'SFOR spokesman Mike Fabbro': an acronym the text defines for a body
    ('Inter-American Development Bank (IDB)') names it wherever it stands, also where the model
    tagged no name; not in the parentheses that define it."""
    bodies = {
        short for short, _, label in acronym_definitions(doc) if label == "ORG" and short.isupper()
    }
    if not bodies:
        return []
    named = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    for token in doc:
        if token.text.replace(".", "") not in bodies or token.i in named:
            continue
        if (
            0 < token.i < len(doc) - 1
            and doc[token.i - 1].text == "("
            and doc[token.i + 1].text == ")"
        ):
            continue
        fired("name: an acronym the text defines, untagged", token.text, token.sent.text)
        spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return spans


def unmoored_acronym(
    mention: NameMention, mentions: list[NameMention], acronyms: dict[str, str]
) -> bool:
    """An acronym found by acronym_spans whose long name names no actor ('the Asia Media Festival
    (AMF) trade events'): like the long name, no actor."""
    long_name = acronyms.get(mention.text.replace(".", ""))
    if long_name is None or mention.span[0].ent_type_:
        return False
    return not any(org_key(m.text) == org_key(long_name) for m in mentions if m is not mention)


TERM_DEFINED = re.compile(r"((?:[a-z][\w-]*\s+){1,8})\(([A-Z]{2,6})s?\)")
LINKING_WORDS = frozenset({"and", "of", "for", "on", "in", "to", "the", "&"})


def term_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms the text defines by common words ('intellectual property rights (IPR)',
    'liquefied natural gas (LNG)'): a term, not a body, whatever the model tags them; not 'the
    national executive committee (NEC)', whose last word names a body."""
    found = set()
    for match in TERM_DEFINED.finditer(doc_text(doc)):
        short = match.group(2)
        words = [w for w in match.group(1).split() if w not in LINKING_WORDS][-len(short) :]
        initials = "".join(w[0] for w in words).upper()
        if initials == short and words[-1].lower() not in ORG_HEADS | BODY_NOUNS | SUB_BODIES:
            found.add(short)
    if found:
        fired("a term's acronym: not an actor", ", ".join(sorted(found)))
    return frozenset(found)


def cluster_people(mentions: list[NameMention]) -> list[Entity]:
    """Full names first; a surname or first name joins the full name it completes."""
    entities: list[Entity] = []
    full = sorted((m for m in mentions if len(m.text.split()) >= 2), key=lambda m: -len(m.text))
    singles = [m for m in mentions if len(m.text.split()) < 2]
    for m in full:
        tokens = fold(without_generation(m.text)).split()
        for entity in entities:
            known = fold(without_generation(entity.name)).split()
            if tokens == known or (tokens[-1] == known[-1] and set(tokens) <= set(known)):
                entity.mentions.append(m)
                break
        else:
            entities.append(Entity("person", m.text, [m]))
    for m in sorted(singles, key=lambda m: m.start_char):
        key = surname(m.text)
        by_surname = [e for e in entities if surname(e.name) == key]
        if by_surname and given_name_titled(m.span):
            fired("person: a king's name is no surname", m.span.sent.text)
            by_surname = []  # 'King Hussein' is not Saddam Hussein; 'Pope Benedict' is Benedict XVI
        by_first = [
            e for e in entities if len(fold(e.name).split()) > 1 and fold(e.name).split()[0] == key
        ]
        candidates = by_surname or by_first
        if candidates:
            # Several people share the surname: the one named most recently before.
            before = [e for e in candidates if e.first_char <= m.start_char] or candidates
            target = max(
                before,
                key=lambda e: (
                    max(x.start_char for x in e.mentions if x.start_char <= m.start_char)
                    if any(x.start_char <= m.start_char for x in e.mentions)
                    else -1
                ),
            )
            target.mentions.append(m)
        else:
            same = [e for e in entities if fold(e.name) == key]
            if same:
                same[0].mentions.append(m)
            else:
                entities.append(Entity("person", m.text, [m]))
    return entities


def given_name_titled(span: Span) -> bool:
    """The name follows a title that names its holder by a given name ('King Hussein')."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in GIVEN_NAME_TITLES


def names_a_text(mention: NameMention, acronyms: dict[str, str]) -> bool:
    """An acronym the text defines for a treaty's or a law's name ('the Non-Proliferation
    Treaty (NPT)') or a thing's ('the Straits Times Index (STI)'): like the name, no actor."""
    long = acronyms.get(mention.text.replace(".", ""))
    found = long is not None and (
        document_head(long) in DOCUMENT_HEADS or fold(long).split()[-1] in THING_HEADS
    )
    if found:
        fired("a treaty's, a law's or a thing's acronym: not an actor", mention.text, long)
    return found


def cluster_organizations(mentions: list[NameMention], acronyms: dict[str, str]) -> list[Entity]:
    """Long forms first; acronyms, legal-suffix variants and short forms join them, the body of
    that very name first ('Orkem' is Orkem S.A.'s, not its unit Orkem Coatings U.K. Ltd.'s)."""
    entities: list[Entity] = []
    ordered = sorted(mentions, key=lambda m: (-len(m.text), m.start_char))
    for m in ordered:
        expanded = acronyms.get(m.text.replace(".", ""))
        keys = {org_key(m.text)} | ({org_key(expanded)} if expanded else set())
        target = next((e for e in entities if org_key(e.name) in keys), None) or next(
            (e for e in entities if also_names(m.text, e.name)), None
        )
        if target:
            target.mentions.append(m)
        else:
            entities.append(Entity("organization", m.text, [m]))
    return entities


def also_names(text: str, name: str) -> bool:
    """TEXT names the body NAME names at more length: its acronym, a short form (not one with
    its own legal form, 'Orkem S.A.', nor a parent's acronym, 'UN' of 'UN Security Council'),
    or a transliteration."""
    key, long_key = org_key(text), org_key(name)
    if text.isupper() and len(text) >= 2 and acronym(name) == text.replace(".", ""):
        return True
    if (
        LEGAL_SUFFIX.search(text) is None
        and len(key.split()) < len(long_key.split())
        and is_short_form(key, long_key, name)
        and not parent_acronym(text, name)
    ):
        return True
    return transliteration_variant(key, long_key)


def parent_acronym(short: str, long: str) -> bool:
    """'UN' before 'UN Security Council', 'EU' before 'EU Commission': the acronym names the body
    the longer one belongs to, not the longer one itself."""
    return short.replace(".", "").isupper() and long.startswith(short + " ")


def transliteration_variant(a: str, b: str) -> bool:
    """'Taleban' and 'Taliban': one long word, spelled with one vowel changed."""
    if a == b or len(a) != len(b) or len(a) < 6 or " " in a or " " in b:
        return False
    different = [(x, y) for x, y in zip(a, b) if x != y]
    return len(different) == 1 and all(c in "aeiouy" for c in different[0])


def names_whose(long_text: str, short: str) -> bool:
    """'UN', 'U.S.', 'Iraqi', 'Malawi's' before a body's name: the words before its last words
    (SHORT, folded) say whose body it is (a country, a people, a place, an acronym), so the last
    words alone name it too; 'Agricultural' of 'Agricultural Bank of China' is part of another
    name."""
    words = long_text.split()
    tail = next(  # counted in the text's words: "People's Union" folds to three
        (n for n in range(1, len(words)) if org_key(" ".join(words[-n:])) == short), len(words)
    )
    owner = " ".join(words[: len(words) - tail])
    owner = re.sub(r"(?:'s|')$", "", owner)
    if not owner:
        return False
    gaz = gazetteer()
    return bool(
        owner.replace(".", "").isupper()
        or gaz.country(owner)
        or gaz.capital_of(owner)
        or gaz.is_place_name(owner)
        or gaz.country_of_demonym(owner)
    )


def is_short_form(short: str, long: str, long_text: str = "") -> bool:
    """'chiron' of 'chiron corp', 'merieux' of 'institut merieux', 'navigation mixte' of 'cie de
    navigation mixte': distinctive words only, unless LONG_TEXT says whose body it is."""
    words = short.split()
    long_words = long.split()
    # "Security Council" of "U.N. Security Council", "Navigation Mixte" of "Cie. de Navigation
    # Mixte": a name's last words, one of them more than a word for a kind of body
    generic = [w in GENERIC_NAMES or w in ORG_SUFFIXES for w in words]
    if len(words) >= 2 and long_words[-len(words) :] == words:
        if not any(generic):
            return True
        if names_whose(long_text, short):
            # 'Security Council' of 'UN Security Council', 'State Department' of 'US State
            # Department': the words before say whose body it is, generic words or not
            fired("organisation: a body's name without whose it is", short, long)
            return True
    if any(generic):
        return False
    if long_words[: len(words)] == words:
        if long_words[-1] in SUB_BODIES:
            fired("organisation: a body within the one a name starts with", short, long)
            return False  # 'united nations' of 'united nations general assembly'
        return True
    return len(words) == 1 and words[0] in long_words[1:] and len(words[0]) > 3
