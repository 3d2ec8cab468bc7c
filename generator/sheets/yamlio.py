"""YAML in and out: the C loader/dumper when present, line numbers for errors, atomic writes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml

try:  # The C implementations are several times faster; fall back when libyaml is absent.
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]


class YAMLSyntaxError(ValueError):
    """Invalid YAML, with the 1-based line of the problem."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        super().__init__(message)


TAG = "tag:yaml.org,2002:"
STR, INT, BOOL, NULL, MAP, SEQ = (
    TAG + name for name in ("str", "int", "bool", "null", "map", "seq")
)
PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")


TIMESTAMP = TAG + "timestamp"


def construct(loader: Any, node: yaml.Node) -> Any:
    """The Python value of a node, as SafeLoader builds it, without its per-node machinery for
    the plain strings, integers, lists and string-keyed mappings that make up a sheet (half the
    time of reading one); anything else goes to SafeLoader itself."""
    tag = node.tag
    if tag == STR:
        return node.value
    if tag == INT and PLAIN_INT.match(node.value):
        return int(node.value)
    if tag == SEQ:
        return [construct(loader, item) for item in node.value]
    if tag == MAP and all(key.tag == STR for key, _ in node.value):
        return {key.value: construct(loader, value) for key, value in node.value}
    if tag == NULL:
        return None
    if tag == BOOL:
        return node.value.lower() in {"true", "yes", "on"}
    if tag == TIMESTAMP:
        try:
            return loader.construct_object(node, deep=True)
        except (
            ValueError
        ):  # looks like a date but is none (2024-13-45): the text, for the reader to judge
            return node.value
    return loader.construct_object(node, deep=True)


def refuse_aliases(node: yaml.Node, first_line: int) -> None:
    """An alias (`*name`) repeats a node; nested ones multiply (a few hundred bytes can expand to
    gigabytes), and nothing we write uses them: a node met twice is an error, located."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            line = current.start_mark.line + first_line
            raise YAMLSyntaxError(
                line, "invalid YAML: anchors and aliases (&name, *name) are not supported here"
            )
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                stack += (key, value)
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value


def load_yaml(text: str, first_line: int = 1) -> Any:
    """Parse YAML safely (no tags that build objects); errors carry a line number."""
    try:
        loader = SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if "&" in text:  # no anchor, no alias: the walk is needed only when an anchor may exist
                refuse_aliases(node, first_line)
            return construct(loader, node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        problem = exc.problem or "invalid YAML"
        raise YAMLSyntaxError(line, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YAMLSyntaxError(None, f"invalid YAML: {exc}") from None


def line_index(text: str) -> dict[tuple[Any, ...], int]:
    """Map each key path in a YAML document (('actors', 2, 'type')) to its 1-based line."""
    try:
        root = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[tuple[Any, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[Any, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = path + (key.value,)
                walk(value, child)
                lines[child] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, path + (i,))

    if root is not None:
        walk(root, ())
    return lines


def dump_yaml(data: Any) -> str:
    """Deterministic, human-friendly YAML: key order kept, unicode as is, wide lines."""
    return yaml.dump(
        data,
        Dumper=SafeDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so an interrupted run leaves no half-written file."""
    write_atomic_bytes(path, text.encode("utf-8"))


def write_atomic_bytes(path: Path, data: bytes) -> None:
    # One temp name per process (no two processes share one); the folder is made only when missing.
    tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
    try:
        handle = open(tmp, "wb")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(tmp, "wb")
    try:
        with handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, text: str) -> bool:
    """Rewrite only when the content differs, so MkDocs' caches stay warm."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_atomic(path, text)
    return True
