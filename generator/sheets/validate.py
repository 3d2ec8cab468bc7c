"""Is a sheet what the schema and its own references say it must be? Every problem, located by line."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

import jsonschema

from generator.errors import Problem
from generator.records import ID_SOURCE, SECTIONS
from generator.sheets.yamlio import YAMLSyntaxError, line_index, load_yaml


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = (
        resources.files("generator")
        .joinpath("schema/sheet.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


@lru_cache(maxsize=1)
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema())


@lru_cache(maxsize=1)
def fast_check():  # type: ignore[no-untyped-def]
    """The schema compiled to Python (fastjsonschema): ~30x faster for the common, valid case.

    jsonschema stays for invalid sheets, where every problem is reported with its line.
    """
    import fastjsonschema

    return fastjsonschema.compile(schema())


def field_name(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_sheet(
    data: Any, text: str, shown: str, base_file: Path | None = None
) -> list[Problem]:
    """Every schema problem of one sheet, located by line. BASE_FILE, the sheet's last machine
    output, tells which missing items a person deleted: references to them are no problem."""
    if not isinstance(data, dict):
        return [Problem(shown, 1, "", "expected a mapping with article, actors, places, ...")]
    import fastjsonschema

    try:
        fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        problems = reference_problems(data, {}, shown, base_file) + value_problems(data, {}, shown)
        if not problems:
            return []
    lines = line_index(text)
    problems = []
    for error in sorted(
        validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    ):
        path = tuple(error.absolute_path)
        line = None
        probe = path
        while line is None and probe is not None:
            line = lines.get(probe)
            probe = probe[:-1] if probe else None
        problems.append(Problem(shown, line, field_name(path) or "(sheet)", describe(error)))
    problems.extend(reference_problems(data, lines, shown, base_file))
    problems.extend(value_problems(data, lines, shown))
    return problems


def value_problems(
    data: dict[str, Any], lines: dict[tuple[Any, ...], int], shown: str
) -> list[Problem]:
    """What the schema cannot say: `published` is a real date, and every sentence an item points
    at is one of the article's sentences."""
    from datetime import datetime

    problems = []
    article = data.get("article")
    published = article.get("published") if isinstance(article, dict) else None
    if isinstance(published, str):
        try:
            datetime.fromisoformat(published)
        except ValueError:
            problems.append(
                Problem(
                    shown,
                    lines.get(("article", "published")),
                    "article.published",
                    f"{published!r} is not a real date",
                )
            )
    sentences = data.get("sentences")
    if not isinstance(sentences, list):
        return problems
    for path, index in sentence_references(data):
        if isinstance(index, int) and index >= len(sentences):
            name = field_name(path)
            problems.append(
                Problem(
                    shown,
                    lines.get(path),
                    name,
                    f"sentence {index} is past the last one ({len(sentences) - 1})",
                )
            )
    return problems


def sentence_references(data: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """(key path, sentence index) of every item's `sentence` and every evidence entry's."""
    for key in SECTIONS:
        for i, item in enumerate(data.get(key) or []):
            if not isinstance(item, dict):
                continue
            if "sentence" in item:
                yield (key, i, "sentence"), item["sentence"]
            evidence = item.get("evidence")
            for j, entry in enumerate(evidence if isinstance(evidence, list) else []):
                if isinstance(entry, dict) and "sentence" in entry:
                    yield (key, i, "evidence", j, "sentence"), entry["sentence"]


def describe(error: jsonschema.ValidationError) -> str:
    if error.validator == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return f"expected one of {options}; got {error.instance!r}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field(s)")
    if error.validator == "type":
        return f"expected {error.validator_value}, got {error.instance!r}"
    if error.validator == "pattern":
        return f"{error.instance!r} is not in the expected form"
    return error.message


Deleted = dict[str, set[str]]
"""Per section, the ids of items a person deleted from a sheet (they are in its base, not in it)."""

REFERENCES = (
    ("events", "who", "actors"),
    ("events", "whom", "actors"),
    ("events", "attributed_to", "actors"),
    ("events", "when", "dates"),
    ("events", "where", "places"),
    ("quotes", "speaker", "actors"),
    ("numbers", "of", "actors"),
)
"""(section, field, section the ids in that field refer to)."""


def references(data: dict[str, Any]) -> Iterator[tuple[str, int, str, int | None, str, str]]:
    """Every reference between items: (section, item index, field, position in a list or None,
    the id, the section it must be in)."""
    for section, key, target in REFERENCES:
        for i, item in enumerate(data.get(section) or []):
            if not isinstance(item, dict):
                continue
            value = item.get(key)
            if isinstance(value, str):
                yield section, i, key, None, value, target
            elif isinstance(value, list):
                for j, ref in enumerate(value):
                    if isinstance(ref, str):
                        yield section, i, key, j, ref, target


def reference_problems(
    data: dict[str, Any],
    lines: dict[tuple[Any, ...], int],
    shown: str,
    base_file: Path | None = None,
) -> list[Problem]:
    """Ids must be unique per list, and events and quotes must point at items that exist (or that a
    person deleted: the next extract drops those references)."""
    problems = []
    known = item_ids(data)
    deleted: Deleted | None = None
    for key in SECTIONS:
        seen: set[str] = set()
        for i, item in enumerate(data.get(key) or []):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                if item["id"] in seen:
                    problems.append(
                        Problem(
                            shown,
                            lines.get((key, i, "id")),
                            f"{key}[{i}].id",
                            f"duplicate id {item['id']!r}",
                        )
                    )
                seen.add(item["id"])
    for section, i, key, j, ref, target in references(data):
        if ref in known[target]:
            continue
        if deleted is None:  # read the base only when a reference points at nothing
            deleted = deleted_ids(data, base_file)
        if ref in deleted.get(target, set()):
            continue
        where = (section, i, key) if j is None else (section, i, key, j)
        name = f"{section}[{i}].{key}" + ("" if j is None else f"[{j}]")
        problems.append(Problem(shown, lines.get(where), name, f"no {target[:-1]} with id {ref!r}"))
    return problems


def item_ids(data: dict[str, Any]) -> Deleted:
    return {
        key: {
            item["id"]
            for item in data.get(key) or []
            if isinstance(item, dict) and isinstance(item.get("id"), str)
        }
        for key in SECTIONS
    }


def deleted_ids(sheet: dict[str, Any], base_file: Path | None) -> Deleted:
    """Ids in the base (the last machine output) that the sheet no longer has, or that it rejects."""
    deleted: Deleted = {
        key: set(ids) for key, ids in (sheet.get("rejected") or {}).items() if isinstance(ids, list)
    }
    if base_file is None or not base_file.is_file():
        return deleted
    try:
        base = load_yaml(base_file.read_text(encoding="utf-8"))
    except (YAMLSyntaxError, UnicodeDecodeError):
        return deleted
    if not isinstance(base, dict):
        return deleted
    present = item_ids(sheet)
    for key, ids in item_ids(base).items():
        deleted.setdefault(key, set()).update(ids - present[key])
    return deleted


def without_deleted_references(data: dict[str, Any]) -> None:
    """References to items no longer in the sheet are dropped (in memory): the page shows what the
    sheet holds, and a person's deletion needs no further edit before the next extract."""
    known = item_ids(data)
    for section, key, target in REFERENCES:
        for item in data.get(section) or []:
            value = item.get(key)
            if isinstance(value, list):
                item[key] = [r for r in value if not isinstance(r, str) or r in known[target]]
            elif isinstance(value, str) and value not in known[target]:
                item[key] = None


def with_ids_filled(data: dict[str, Any]) -> None:
    """Items a person added without an id get one (in memory) as the next extract will: from the
    item's name or text, unique in its section."""
    from generator.slug import unique_slug

    for key, source in ID_SOURCE.items():
        items = [item for item in data.get(key) or [] if isinstance(item, dict)]
        taken = {item["id"] for item in items if isinstance(item.get("id"), str)}
        for item in items:
            if not item.get("id"):
                item["id"] = unique_slug(str(item.get(source) or "item"), taken)
