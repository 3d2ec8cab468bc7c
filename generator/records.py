"""The project's vocabulary: records passed between reading, extraction and rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generator.errors import Problem


@dataclass(frozen=True)
class Dateline:
    """A wire dateline ("KUALA LUMPUR, April 1, 1997 (AFP) -"): not part of the story text."""

    text: str
    place: str
    date_text: str | None
    agency: str | None
    end: int
    """Offset in the body where the story proper starts."""


@dataclass(frozen=True)
class Article:
    """One input article: front matter fields and the body the offsets refer to."""

    id: str
    path: Path
    body: str
    sha256: str
    title: str
    title_derived: bool
    published: date | datetime | None
    published_from: str | None
    """Where `published` came from: 'front matter', 'dateline' or None."""
    source: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    dateline: Dateline | None = None

    @property
    def anchor_date(self) -> date | None:
        """The calendar date relative expressions ("Monday", "last year") resolve against."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    def published_text(self) -> str | None:
        if self.published is None:
            return None
        return self.published.isoformat()


@dataclass(frozen=True)
class Mention:
    """One span found in an article body (`factsheet annotate` prints these)."""

    start: int
    end: int
    text: str
    kind: str
    """actor, place, date, number or quote."""
    type: str
    value: str | None


@dataclass(frozen=True)
class Stamp:
    """What `extract` needs to know of a sheet without reading it all."""

    sha256: str | None
    """The hash of the article body the sheet was made from."""
    extractor: str | None
    article: dict[str, Any] = field(default_factory=dict)
    """The sheet's `article:` block."""
    conflicts: tuple[str, ...] = ()
    """Conflicts the sheet records, not yet resolved by a person."""


@dataclass
class ExtractReport:
    extracted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.extracted)} extracted", f"{len(self.unchanged)} unchanged"]
        if self.refreshed:
            parts.append(f"{len(self.refreshed)} front matter updated")
        if self.merged:
            parts.append(f"{len(self.merged)} merged with edits")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflict(s)")
        if self.problems:
            failed = len({p.path for p in self.problems})
            parts.append(f"{failed} failed")
        return "extract: " + ", ".join(parts)


@dataclass(frozen=True)
class Failed:
    """Why one article could not be analysed (sent back from a worker instead of its sheet)."""

    message: str
