"""`content/entities.yml`: people's cross-article corrections, applied at render time.

```yaml
actors:
  - name: Bill Clinton              # the name pages show
    same_as: [President Clinton]    # other names of the same actor, in any sheet: one page
    type: person                    # fix the type
    description: 42nd president of the United States
    wikidata: Q1124
places:
  - name: Nagorno-Karabakh
    same_as: [Karabakh]
not_actors: [State]                 # names that are never an actor
not_places: []
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import InputError, Problem
from generator.names import fold
from generator.sheets.yamlio import YAMLSyntaxError, line_index, load_yaml

ACTOR_TYPES = ("person", "organization", "country", "group")
ENTRY_KEYS = {"name", "same_as", "type", "description", "wikidata"}
TOP_KEYS = {"actors", "places", "not_actors", "not_places"}


@dataclass
class Entry:
    section: str
    name: str
    same_as: list[str]
    type: str | None
    description: str | None
    wikidata: str | None
    line: int | None
    used: bool = False

    def keys(self) -> set[str]:
        return {fold(self.name)} | {fold(n) for n in self.same_as}


@dataclass
class Corrections:
    """The parsed file; `match_*` answer what a sheet name becomes."""

    path: str = "content/entities.yml"
    actors: list[Entry] = field(default_factory=list)
    places: list[Entry] = field(default_factory=list)
    not_actors: dict[str, int | None] = field(default_factory=dict)
    not_places: dict[str, int | None] = field(default_factory=dict)
    used_exclusions: set[str] = field(default_factory=set)
    positions: dict[str, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)
    """Per section, each folded name and the position of the first entry that has it."""

    def entry_for(self, section: str, names: list[str]) -> Entry | None:
        """The first entry (in file order) that has one of NAMES; looked up by folded name, as a
        large site asks for every actor and place of every sheet."""
        entries: list[Entry] = getattr(self, section)
        if not entries:
            return None
        if section not in self.positions:
            first: dict[str, int] = {}
            for position, entry in enumerate(entries):
                for key in entry.keys():
                    first.setdefault(key, position)
            self.positions[section] = first
        first = self.positions[section]
        found = [first[key] for key in {fold(n) for n in names} if key in first]
        if not found:
            return None
        entry = entries[min(found)]
        entry.used = True
        return entry

    def excluded(self, section: str, name: str) -> bool:
        table = self.not_actors if section == "actors" else self.not_places
        key = fold(name)
        if key in table:
            self.used_exclusions.add(f"{section}:{key}")
            return True
        return False

    def unused(self) -> list[Problem]:
        """Entries that matched nothing: a typo, or an actor that is gone."""
        problems = []
        for section in ("actors", "places"):
            for entry in getattr(self, section):
                if not entry.used:
                    problems.append(
                        Problem(
                            self.path,
                            entry.line,
                            f"{section}",
                            f"{entry.name!r} matches no {section[:-1]} in any sheet",
                        )
                    )
        for section, table in (("actors", self.not_actors), ("places", self.not_places)):
            for key, line in table.items():
                if f"{section}:{key}" not in self.used_exclusions:
                    problems.append(
                        Problem(
                            self.path,
                            line,
                            f"not_{section}",
                            f"{key!r} matches no {section[:-1]} in any sheet",
                        )
                    )
        return problems


def load_corrections(path: Path, shown: str) -> Corrections:
    """Read and check entities.yml; a missing file means no corrections."""
    corrections = Corrections(path=shown)
    if not path.is_file():
        return corrections
    text = path.read_text(encoding="utf-8")
    try:
        data = load_yaml(text) or {}
    except YAMLSyntaxError as exc:
        raise InputError([Problem(shown, exc.line, "", str(exc))]) from None
    lines = line_index(text)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise InputError(
            [
                Problem(
                    shown, 1, "", "expected a mapping with actors, places, not_actors, not_places"
                )
            ]
        )
    for key in sorted(set(data) - TOP_KEYS, key=str):
        problems.append(
            Problem(
                shown,
                lines.get((key,)),
                str(key),
                f"unknown key (known: {', '.join(sorted(TOP_KEYS))})",
            )
        )
    for section in ("actors", "places"):
        items = data.get(section) or []
        if not isinstance(items, list):
            problems.append(
                Problem(shown, lines.get((section,)), section, "expected a list of entries")
            )
            continue
        for i, item in enumerate(items):
            entry = parse_entry(section, i, item, lines, shown, problems)
            if entry:
                getattr(corrections, section).append(entry)
    for section in ("not_actors", "not_places"):
        names = data.get(section) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(
                Problem(shown, lines.get((section,)), section, "expected a list of names")
            )
            continue
        table = getattr(corrections, section)
        for i, name in enumerate(names):
            table[fold(name)] = lines.get((section, i))
    if problems:
        raise InputError(problems)
    return corrections


def parse_entry(
    section: str, i: int, item: Any, lines: dict, shown: str, problems: list[Problem]
) -> Entry | None:
    where = f"{section}[{i}]"
    line = lines.get((section, i))
    if not isinstance(item, dict):
        problems.append(Problem(shown, line, where, "expected a mapping with at least `name`"))
        return None
    for key in sorted(set(item) - ENTRY_KEYS, key=str):
        problems.append(
            Problem(
                shown,
                lines.get((section, i, key), line),
                f"{where}.{key}",
                f"unknown key (known: {', '.join(sorted(ENTRY_KEYS))})",
            )
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(Problem(shown, line, f"{where}.name", "expected the name to show"))
        return None
    same_as = item.get("same_as") or []
    if isinstance(same_as, str):
        same_as = [same_as]
    if not isinstance(same_as, list) or not all(isinstance(n, str) for n in same_as):
        problems.append(
            Problem(
                shown,
                lines.get((section, i, "same_as"), line),
                f"{where}.same_as",
                "expected a list of names",
            )
        )
        same_as = []
    type_ = item.get("type")
    if type_ is not None and (section != "actors" or type_ not in ACTOR_TYPES):
        problems.append(
            Problem(
                shown,
                lines.get((section, i, "type"), line),
                f"{where}.type",
                f"expected one of {', '.join(ACTOR_TYPES)}; got {type_!r}",
            )
        )
        type_ = None
    wikidata = item.get("wikidata")
    if wikidata is not None and not re.fullmatch(r"Q\d+", str(wikidata)):
        problems.append(
            Problem(
                shown,
                lines.get((section, i, "wikidata"), line),
                f"{where}.wikidata",
                f"expected an id like Q1124, got {wikidata!r}",
            )
        )
        wikidata = None
    description = item.get("description")
    return Entry(
        section,
        name.strip(),
        [s.strip() for s in same_as],
        type_,
        str(description) if description else None,
        wikidata,
        line,
    )
