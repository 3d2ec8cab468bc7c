"""Writing a sheet's YAML in Python, byte for byte as libyaml's emitter writes it, for the plain data
sheets are made of; anything else is left to libyaml (`Unsupported`).

Writing sheets through libyaml's emitter took 7% of extracting a large archive, mostly in building
and walking its event stream. Sheets use a small part of YAML: block mappings and sequences of
strings, integers, booleans and nulls, and two-integer flow sequences. This writer covers that
part and copies libyaml's choices: plain style where the value would read back as the same
string, otherwise single quotes, and long scalars folded at spaces once a line passes the width.
Strings libyaml would double-quote or write with escapes go back to libyaml.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

WIDTH = 100  # libyaml's best_width: a scalar folds at the first single space past this column
INDENT = 2

# Characters libyaml's emitter writes as they are when unicode is allowed (its IS_PRINTABLE),
# less the line breaks (U+2028, U+2029) and tabs, which change the style it chooses.
PRINTABLE = r"\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
# What keeps a string from being written plain in a block context: a character outside the above,
# an indicator at the start, ': ' or ' #' or a final ':', and leading, trailing or doubled spaces
# (libyaml would fold or keep those differently).
NOT_PLAIN = re.compile(f"[^{PRINTABLE}]" r"""|\A(?:[-?:](?: |\Z)|[#,\[\]{}&*!|>'"%@`]|---|\.\.\.)|: |:\Z| #|  |\A | \Z""")
NOT_SIMPLE = re.compile(f"[^{PRINTABLE}]|  ")
KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Unsupported(Exception):
    """Data this writer does not cover; libyaml writes it instead."""


class FlowPair(list):  # type: ignore[type-arg]
    """A sequence written on one line, [start, end]."""


RESOLVER = yaml.resolver.Resolver()  # the implicit tags of SafeLoader and SafeDumper
# First characters some implicit tag (int, bool, null, float, timestamp...) can start with;
# a resolver for any first character (key None) would leave no shortcut.
IMPLICIT_STARTS = frozenset(RESOLVER.yaml_implicit_resolvers)
assert None not in IMPLICIT_STARTS


def reads_back_as_string(value: str) -> bool:
    """Whether VALUE, written plain, reads back as a string (not a number, date, bool or null)."""
    if value[0] not in IMPLICIT_STARTS:
        return True
    known = RESOLVED.get(value)
    if known is None:
        known = RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str"
        if len(value) <= 16 and len(RESOLVED) < 100_000:  # short values recur: 'the', 'organization', '1997-04-09'
            RESOLVED[value] = known
    return known


RESOLVED: dict[str, bool] = {}


# Keys already checked: a sheet repeats a few dozen keys thousands of times.
PLAIN_KEYS: set[str] = set()


def check_key(key: Any) -> None:
    if not (isinstance(key, str) and len(key) <= 128 and KEY.fullmatch(key) and reads_back_as_string(key)):
        raise Unsupported("a key that is not a plain word")
    PLAIN_KEYS.add(key)


def scalar(value: Any) -> str | None:
    """A non-string scalar as libyaml writes it; None for strings and containers."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return str(value)
    if isinstance(value, (str, dict, list)):
        return None
    raise Unsupported(type(value).__name__)


def folded(text: str, column: int, indent: int) -> str:
    """TEXT (one line, single spaces) from COLUMN, broken at the first space past WIDTH on each line."""
    if column + len(text) <= WIDTH:
        return text
    lines = []
    start = 0
    while True:
        # A space at index i stands at column + (i - start): the first one past WIDTH breaks the line.
        space = text.find(" ", max(start, start + WIDTH - column + 1))
        if space == -1:
            break
        lines.append(text[start:space])
        start, column = space + 1, indent
    lines.append(text[start:])
    return ("\n" + " " * indent).join(lines)


def string(value: str, column: int, indent: int) -> str:
    """VALUE written from COLUMN (after the separating space), continuation lines at INDENT."""
    if value and not NOT_PLAIN.search(value) and reads_back_as_string(value):
        return folded(value, column, indent)
    if value == "":
        return "''"
    if NOT_SIMPLE.search(value):
        raise Unsupported("a string libyaml would double-quote or fold differently")
    inner = value.replace("'", "''")
    if column + len(inner) + 2 <= WIDTH:
        return "'" + inner + "'"
    # Single-quoted folding: never at the first or last character.
    lead = " " if inner.startswith(" ") else ""
    tail = " " if inner.endswith(" ") and len(inner) > 1 else ""
    body = inner[len(lead) : len(inner) - len(tail)]
    return "'" + lead + folded(body, column + 1 + len(lead), indent) + tail + "'"


def flow_pair(value: list[Any], column: int) -> str:
    parts = [scalar(v) for v in value]
    if any(p is None for p in parts):
        raise Unsupported("a flow sequence of non-scalars")
    text = "[" + ", ".join(parts) + "]"  # type: ignore[arg-type]
    if column + len(text) > WIDTH:
        raise Unsupported("a flow sequence past the width")
    return text


def mapping(data: dict[str, Any], indent: int, out: list[str], first_prefix: str | None = None) -> None:
    """A block mapping at INDENT; FIRST_PREFIX (a sequence item's '- ') carries its first key."""
    pad = " " * indent
    for key, value in data.items():
        if key not in PLAIN_KEYS:
            check_key(key)
        if first_prefix is None:
            line = pad + key + ":"
        else:
            line, first_prefix = first_prefix + key + ":", None
        if type(value) is str:
            out.append(line + " " + string(value, len(line) + 1, indent + INDENT) + "\n")
        elif isinstance(value, dict) and value:
            out.append(line + "\n")
            mapping(value, indent + INDENT, out)
        elif isinstance(value, list) and value and not isinstance(value, FlowPair):
            out.append(line + "\n")
            sequence(value, indent, out)
        else:
            out.append(line + " " + inline(value, len(line) + 1, indent + INDENT) + "\n")


def sequence(data: list[Any], indent: int, out: list[str]) -> None:
    """A block sequence in a mapping: libyaml writes its dashes at the mapping's own indent."""
    prefix = " " * indent + "- "
    for item in data:
        if isinstance(item, dict) and item:
            mapping(item, indent + INDENT, out, first_prefix=prefix)
        elif isinstance(item, list) and not isinstance(item, FlowPair) and item:
            raise Unsupported("a sequence in a sequence")
        else:
            out.append(prefix + inline(item, len(prefix), indent + INDENT) + "\n")


def inline(value: Any, column: int, indent: int) -> str:
    """A value written on the current line: a scalar, an empty container or a flow pair."""
    if isinstance(value, str):
        return string(value, column, indent)
    if isinstance(value, FlowPair):
        return flow_pair(value, column)
    if isinstance(value, list):
        return "[]"
    if isinstance(value, dict):
        return "{}"
    text = scalar(value)
    assert text is not None
    return text


def dump_block_yaml(data: dict[str, Any]) -> str:
    """DATA as libyaml writes it (block style, width 100, unicode as is); Unsupported otherwise."""
    if not isinstance(data, dict) or not data:
        raise Unsupported("a document that is not a non-empty mapping")
    out: list[str] = []
    mapping(data, 0, out)
    return "".join(out)
