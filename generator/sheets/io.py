"""Fact sheets on disk: read with validation (see validate), written deterministically by libyaml."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError, Problem
from generator.sheets.validate import validate_sheet, with_ids_filled, without_deleted_references
from generator.sheets.yamlio import (
    BOOL,
    INT,
    MAP,
    NULL,
    SEQ,
    STR,
    SafeDumper,
    YAMLSyntaxError,
    load_yaml,
)


class FlowPair(list):  # type: ignore[type-arg]
    """A sequence written on one line, [start, end]: a sentence's offsets."""


IMPLICIT_STARTS = frozenset(SafeDumper.yaml_implicit_resolvers)
"""First characters of the plain scalars YAML reads as something other than a string."""


class SheetDumper(SafeDumper):  # type: ignore[misc,valid-type]
    """libyaml's emitter with the sheet's node tree made directly (see sheet_node)."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        """PyYAML's answer, quicker for the common case: the emitter asks, for every string, which
        tag it would read back as if written plain, and most strings start with a letter no
        implicit tag starts with (a third of the time of writing a sheet went here)."""
        if kind is yaml.ScalarNode and value and value[0] not in IMPLICIT_STARTS:
            return STR
        return str(super().resolve(kind, value, implicit))

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers are registered: nothing to track per node."""

    def ascend_resolver(self) -> None:
        """No path resolvers are registered: nothing to track per node."""


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
        return yaml.SequenceNode(
            SEQ, [sheet_node(v, dumper) for v in data], flow_style=isinstance(data, FlowPair)
        )
    return dumper.represent_data(data)  # anything else (a float, a date) as PyYAML writes it


HEADER = "# Fact sheet written by `factsheet extract`. Edit freely: edits are kept.\n"


def dump_sheet(sheet: dict[str, Any]) -> str:
    """The sheet's YAML: block style, key order kept, unicode as is, folded at 100 columns,
    sentence offsets one pair a line."""
    data = dict(sheet)
    if "sentences" in data:
        data["sentences"] = [FlowPair(pair) for pair in data["sentences"]]
    stream = io.StringIO()
    dumper = SheetDumper(
        stream, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )
    try:
        dumper.open()
        dumper.serialize(sheet_node(data, dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return HEADER + stream.getvalue()


def load_sheet(path: Path, shown: str, base_file: Path | None = None) -> dict[str, Any]:
    """Read and validate one sheet; InputError lists every problem with its line. BASE_FILE, the
    sheet's last machine output, tells which missing items a person deleted."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(shown, None, "", f"not UTF-8 (offset {exc.start})")]) from None
    try:
        data = load_yaml(text)
    except YAMLSyntaxError as exc:
        raise InputError([Problem(shown, exc.line, "", str(exc))]) from None
    problems = validate_sheet(data, text, shown, base_file)
    if problems:
        raise InputError(problems)
    with_ids_filled(data)
    without_deleted_references(data)
    return data
