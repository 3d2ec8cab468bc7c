"""One exception root for user-facing failures; the CLI turns them into one line."""

from __future__ import annotations

from dataclasses import dataclass


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
