"""Which actor names across the collection are one entity: spellings of one full name that
differ in the vowels of its given names, a bare surname and the one full name that ends in it,
an acronym and its one expansion, a one-word name and the one organisation it starts ("Xinhua",
"Xinhua News Agency"), a body's name and the one its owner's name extends ("Security Council",
"UN Security Council"), and a 'person' that is a body another story names."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Callable, Protocol

from generator.extract.lexicon import ORG_HEADS
from generator.names import acronym, fold, surname, without_legal_suffix


class SheetView(Protocol):
    """What these rules read of a sheet (index.SheetView has it)."""

    data: dict[str, Any]


def actor_key(item: dict[str, Any]) -> str:
    type_ = item.get("type", "person")
    group = "person" if type_ == "person" else "other"
    name = without_legal_suffix(item["name"])
    return f"{group}:{fold(name)}"


def unique_surnames(sheets: list[SheetView], spelling: dict[str, str]) -> dict[str, str]:
    """Surname -> key of the one full-named person in the collection who bears it (its
    spellings one person)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            if item.get("type") == "person" and len(item["name"].split()) >= 2:
                key = actor_key(item)
                owners[surname(item["name"])].add(spelling.get(key, key))
    return {surname: next(iter(keys)) for surname, keys in owners.items() if len(keys) == 1}


def skeleton(word: str) -> str:
    """A given name's letters as transliterations keep them: its first letter, then its
    consonants ('Mahmoud', 'Mahmud' -> mhmd; 'Mohammed', 'Muhammad' -> mhmmd, another name)."""
    return word[0] + "".join(c for c in word[1:] if c not in "aeiouy")


MIN_SKELETON = 3
"""Consonants a given name must keep for its spellings to be one ('Ali' and 'Ala' are not)."""


def spelling_variants(sheets: list[SheetView]) -> dict[str, str]:
    """Key of a person -> key of the spelling most articles use, for full names that differ only
    in the vowels of their given names ('Mahmoud Abbas', 'Mahmud Abbas'): one person written two
    ways by two agencies."""
    counts: dict[str, int] = defaultdict(int)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            words = fold(item["name"]).split()
            if item.get("type") == "person" and len(words) >= 2:
                counts[actor_key(item)] += 1
    spellings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in counts:
        *given, last = key[7:].split()
        if all(len(skeleton(word)) >= MIN_SKELETON for word in given):
            spellings[(*(skeleton(word) for word in given), last)].append(key)
    variants = {}
    for keys in spellings.values():
        if len(keys) > 1:
            chosen = min(keys, key=lambda k: (-counts[k], k))
            variants |= {key: chosen for key in keys if key != chosen}
    return variants


def collection_keys(sheets: list[SheetView]) -> Callable[[str], str]:
    """The page key an actor key belongs to across the collection: a bare surname its one full
    name's, a one-word 'person' the body of that name's ("told Xinhua"), an acronym its one
    expansion's ("UN" in one article, "United Nations (UN)" in another), a word the one
    organisation it starts ("Xinhua", "Xinhua News Agency")."""
    spelling = spelling_variants(sheets)
    surname_owner = unique_surnames(sheets, spelling)
    # an acronym's expansion ("UN": United Nations) before the one body a word starts ("UN
    # Security Council")
    short_owner = first_word_owners(sheets) | owned_bodies(sheets) | unique_short_forms(sheets)
    body_of = bodies_taken_for_people(sheets, surname_owner, set(short_owner))

    def same_as(key: str) -> str:
        if key in spelling:
            return spelling[key]
        if key.startswith("person:") and " " not in key and key[7:] in surname_owner:
            return surname_owner[key[7:]]
        key = body_of.get(key, key)
        return short_owner.get(key, key)

    return same_as


def bodies_taken_for_people(
    sheets: list[SheetView], surname_owner: dict[str, str], short_forms: set[str]
) -> dict[str, str]:
    """Key of a one-word 'person' -> key of the organisation or country of that name: "told
    Xinhua" reads as a person in one story, and Xinhua is an organisation in another. Only when
    no story gives the 'person' a role and the word is no known person's surname."""
    bodies = set(short_forms)
    with_role: dict[str, bool] = {}
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            key = actor_key(item)
            if item.get("type", "person") != "person":
                bodies.add(key)
            elif " " not in key:
                with_role[key] = with_role.get(key, False) or bool(item.get("role"))
    return {
        key: f"other:{key[7:]}"
        for key, has_role in with_role.items()
        if not has_role and f"other:{key[7:]}" in bodies and key[7:] not in surname_owner
    }


def unique_short_forms(sheets: list[SheetView]) -> dict[str, str]:
    """Key of an acronym -> key of the one fuller-named organisation it stands for across the
    collection: an alias an article gave it ("UN" of "United Nations"), or its initials. An
    acronym two organisations share stays where it is; so does a word ("Congress"); one written
    with a word's plural 's' left off is the same ("United Nation")."""
    names: Counter[str] = Counter()
    owners: dict[str, set[str]] = defaultdict(set)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            if item.get("type", "person") == "person":
                continue
            key = actor_key(item)
            names[key] += 1
            for alias in item.get("aliases") or []:
                short = actor_key({"name": alias, "type": item["type"]})
                if short != key and alias.replace(".", "").isupper():
                    owners[short].add(key)  # an acronym, not a word ("Congress") others share
            words = without_legal_suffix(item["name"]).split()
            letters = acronym(" ".join(words))
            if len(letters) >= 2 and len(words) >= 2 and not any(map(is_acronym, words)):
                owners[actor_key({"name": letters, "type": item["type"]})].add(key)
    unique = {}
    for short, keys in owners.items():
        if len({singular_words(key) for key in keys}) == 1 and short in names:
            owner = min(keys, key=lambda k: (-names[k], k))  # 'United Nation': a slip
            if owner not in owners:
                unique[short] = owner
    return unique


def singular_words(key: str) -> str:
    """A name with each word's plural 's' taken off: 'United Nation' is 'United Nations' misspelt,
    not a second body that 'UN' could stand for."""
    return " ".join(word.removesuffix("s") for word in key.split())


def is_acronym(word: str) -> bool:
    """'US', 'U.S.': a word whose first letter is no initial of the name ('US Navy' is no 'UN')."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


MAX_KIND_WORDS = 2
"""'Xinhua News Agency': the name, then at most two words ending in what kind of body it is."""


def first_word_owners(sheets: list[SheetView]) -> dict[str, str]:
    """Key of a one-word organisation (or role-less 'person', see bodies_taken_for_people) -> key
    of the one organisation whose name is that word and a kind of body: "Xinhua" of "Xinhua News
    Agency", "Likud" of "Likud Party". A word that also names a country (or another actor that is
    no organisation), or starts two such names ("UN Fund", "UN Security Council"), stays where it
    is."""
    other_kinds: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            words = without_legal_suffix(item["name"]).split()
            if len(words) == 1 and item.get("type", "person") not in {"person", "organization"}:
                other_kinds.add(fold(words[0]))
            elif (
                item.get("type") == "organization"
                and 2 <= len(words) <= 1 + MAX_KIND_WORDS
                and words[-1].lower() in ORG_HEADS
            ):
                owners[fold(words[0])].add(actor_key(item))
    return {
        f"other:{word}": next(iter(keys))
        for word, keys in owners.items()
        if len(keys) == 1 and word not in other_kinds
    }


def owned_bodies(sheets: list[SheetView]) -> dict[str, str]:
    """Key of an organisation -> key of the organisation named by its owner and that name:
    "Security Council" -> "UN Security Council", "State Department" -> "US State Department".
    Only when one such owner is named in every article that names the short form: a "Supreme
    Court" in a story about India is not the "US Supreme Court", and the "Russian Security
    Council" is not the Security Council of stories that name the UN."""
    longer: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for sheet in sheets:
        for item in sheet.data.get("actors") or []:
            words = without_legal_suffix(item["name"]).split()
            if item.get("type") == "organization" and len(words) >= 2:
                rest = {"name": " ".join(words[1:]), "type": "organization"}
                longer[actor_key(rest)].add((actor_key(item), fold(words[0])))
    candidates: dict[str, set[tuple[str, str]]] = {}
    for sheet in sheets:
        named: set[str] | None = None  # read only for an article that names a short form
        for item in sheet.data.get("actors") or []:
            key = actor_key(item)
            if item.get("type") == "organization" and key in longer:
                named = names_in(sheet) if named is None else named
                kept = candidates.get(key, longer[key])
                candidates[key] = {(long, owner) for long, owner in kept if owner in named}
    return {short: next(iter(pairs))[0] for short, pairs in candidates.items() if len(pairs) == 1}


def names_in(sheet: SheetView) -> set[str]:
    """Every name an article gives its actors and places, folded, with their acronyms and, for
    countries, the short forms of their names ("US" where the article names the United States)."""
    from generator.extract.gazetteer import COUNTRY_SHORT_FORMS, gazetteer

    names: set[str] = set()
    for section in ("actors", "places"):
        for item in sheet.data.get(section) or []:
            for name in [item["name"], *(item.get("aliases") or [])]:
                names |= {fold(name), fold(acronym(name))}
                country = gazetteer().country(name)
                if country is not None:
                    names |= {fold(short) for short in COUNTRY_SHORT_FORMS.get(country.code, ())}
    return names
