"""Fact sheets on disk: load with schema validation and line numbers, dump deterministically."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from generator.block_yaml import IMPLICIT_STARTS, FlowPair, Unsupported, dump_block_yaml
from generator.errors import InputError, Problem
from generator.yamlio import BOOL, INT, MAP, NULL, SEQ, STR, SafeDumper, YAMLSyntaxError, line_index, load_yaml


class SheetDumper(SafeDumper):  # type: ignore[misc,valid-type]
    """Block style everywhere except sentence offset pairs, which stay on one line each."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        """PyYAML's answer, quicker for the common case: the emitter asks, for every string, which
        tag it would read back as if written plain, and most strings start with a letter no
        implicit tag starts with (a third of the time of writing a sheet went here)."""
        if kind is yaml.ScalarNode and value and value[0] not in IMPLICIT_STARTS and not self.yaml_path_resolvers:
            return STR
        return str(super().resolve(kind, value, implicit))


SheetDumper.add_representer(
    FlowPair, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("generator").joinpath("schema/sheet.schema.json").read_text(encoding="utf-8")
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


def sheet_node(data: Any, dumper: SheetDumper) -> yaml.Node:
    """The node tree PyYAML's representer makes of a sheet, made directly.

    A sheet is plain dicts, lists, strings and numbers: it needs none of the representer's type
    dispatch or alias tracking, which took most of the time of writing a sheet.
    """
    if isinstance(data, str):
        return yaml.ScalarNode(STR, data)
    if data is None:
        return yaml.ScalarNode(NULL, "null")
    if isinstance(data, bool):
        return yaml.ScalarNode(BOOL, "true" if data else "false")
    if type(data) is int:
        return yaml.ScalarNode(INT, str(data))
    if isinstance(data, dict):
        pairs = [(sheet_node(k, dumper), sheet_node(v, dumper)) for k, v in data.items()]
        return yaml.MappingNode(MAP, pairs, flow_style=False)
    if isinstance(data, list):
        return yaml.SequenceNode(SEQ, [sheet_node(v, dumper) for v in data], flow_style=isinstance(data, FlowPair))
    return dumper.represent_data(data)  # anything else (a float, a date) as PyYAML writes it


def dump_sheet(sheet: dict[str, Any]) -> str:
    data = dict(sheet)
    if "sentences" in data:
        data["sentences"] = [FlowPair(pair) for pair in data["sentences"]]
    header = "# Fact sheet written by `factsheet extract`. Edit freely: edits are kept.\n"
    try:
        return header + dump_block_yaml(data)
    except Unsupported:
        return header + dump_with_libyaml(data)


def dump_with_libyaml(data: dict[str, Any]) -> str:
    stream = io.StringIO()
    dumper = SheetDumper(stream, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    try:
        dumper.open()
        dumper.serialize(sheet_node(data, dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def field_name(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate_sheet(data: Any, text: str, shown: str) -> list[Problem]:
    """Every schema problem of one sheet, located by line."""
    if not isinstance(data, dict):
        return [Problem(shown, 1, "", "expected a mapping with article, actors, places, ...")]
    import fastjsonschema

    try:
        fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        problems = reference_problems(data, {}, shown)
        if not problems:
            return []
    lines = line_index(text)
    problems = []
    for error in sorted(validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        path = tuple(error.absolute_path)
        line = None
        probe = path
        while line is None and probe is not None:
            line = lines.get(probe)
            probe = probe[:-1] if probe else None
        problems.append(Problem(shown, line, field_name(path) or "(sheet)", describe(error)))
    problems.extend(reference_problems(data, lines, shown))
    return problems


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


def reference_problems(data: dict[str, Any], lines: dict[tuple[Any, ...], int], shown: str) -> list[Problem]:
    """Ids must be unique per list, and facts/quotes must point at ids that exist."""
    problems = []
    known: dict[str, set[str]] = {}
    for key in ("actors", "places", "dates", "numbers", "quotes", "facts"):
        items = data.get(key)
        if not isinstance(items, list):
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                if item["id"] in seen:
                    problems.append(Problem(shown, lines.get((key, i, "id")), f"{key}[{i}].id", f"duplicate id {item['id']!r}"))
                seen.add(item["id"])
        known[key] = seen
    for i, fact in enumerate(data.get("facts") or []):
        if not isinstance(fact, dict):
            continue
        for key in ("actors", "places", "dates", "numbers"):
            for j, ref in enumerate(fact.get(key) or []):
                if isinstance(ref, str) and ref not in known.get(key, set()):
                    problems.append(Problem(shown, lines.get(("facts", i, key, j)), f"facts[{i}].{key}[{j}]", f"no {key[:-1]} with id {ref!r}"))
    for i, quote in enumerate(data.get("quotes") or []):
        if isinstance(quote, dict) and isinstance(quote.get("speaker"), str) and quote["speaker"] not in known.get("actors", set()):
            problems.append(Problem(shown, lines.get(("quotes", i, "speaker")), f"quotes[{i}].speaker", f"no actor with id {quote['speaker']!r}"))
    return problems


def load_sheet(path: Path, shown: str) -> dict[str, Any]:
    """Read and validate one sheet; InputError lists every problem with its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(shown, None, "", f"not UTF-8 (offset {exc.start})")]) from None
    try:
        data = load_yaml(text)
    except YAMLSyntaxError as exc:
        raise InputError([Problem(shown, exc.line, "", str(exc))]) from None
    problems = validate_sheet(data, text, shown)
    if problems:
        raise InputError(problems)
    return data
