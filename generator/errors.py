"""One exception root for user-facing failures; the CLI turns them into one line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


class FactsheetError(Exception):
    """A user-facing failure: printed as one line, never as a traceback."""


class ConfigError(FactsheetError):
    """The configuration (pyproject.toml [tool.factsheet]) is wrong."""


class PipelineMissing(FactsheetError):
    """The configured spaCy pipeline is not installed."""


class BuildError(FactsheetError):
    """MkDocs or rendering failed."""


@dataclass(frozen=True, order=True)
class Problem:
    """A located problem in one input file: `path:line: field: message`."""

    path: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class InputError(FactsheetError):
    """One input file is unusable; carries the located problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def display_path(path: Path, root: Path | None = None) -> str:
    """Paths in messages are relative to the project root when they can be."""
    try:
        return str(resolved(path).relative_to(resolved_folder(os.path.abspath(root or Path.cwd()))))
    except ValueError:
        return str(path)


def resolved(path: Path) -> Path:
    """`path.resolve()`, with its folder's resolution remembered: thousands of articles share a few
    folders, and resolving walks every component of the path."""
    if path.is_symlink():
        return path.resolve()
    return resolved_folder(os.path.dirname(os.path.abspath(path))) / path.name


@lru_cache(maxsize=1024)
def resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()
