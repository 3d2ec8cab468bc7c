"""The project's vocabulary: the records passed between reading, extraction, sheets and the site.

A sheet is plain data (it is YAML on disk, and people edit it), so its shape is given as typed
dictionaries, one per item kind, that match the JSON Schema (`schema/sheet.schema.json`). The
records of extraction (what a rule found in a Doc) are dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Union

from generator.errors import Problem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from generator.extract.gazetteer import Country

# --- the sheet -------------------------------------------------------------------------------

SECTIONS = ("actors", "places", "dates", "numbers", "quotes", "events")
"""The lists of items a sheet holds, each item with a stable `id`, in the order sheets list them."""

ID_SOURCE = {
    "actors": "name",
    "places": "name",
    "dates": "text",
    "numbers": "value",
    "quotes": "text",
    "events": "did",
}
"""The field a person-added item's id is made from, per section."""


class Evidence(TypedDict):
    """A sentence that names the item: its index in `sentences` and its text."""

    sentence: int
    text: str


class ArticleFields(TypedDict, total=False):
    """The `article:` block: what the front matter and body say, and what the sheet was made from."""

    id: str
    title: str
    published: str | None
    source: str | None
    url: str | None
    author: str | None
    tags: list[str]
    path: str
    sha256: str
    """Hash of the body the sheet was extracted from: a new hash means extract again."""
    extractor: str
    title_derived: bool
    published_from: Literal["front matter", "dateline"]
    dateline: str
    reviewed: bool
    """Set by an editor who has checked the whole sheet."""


class Item(TypedDict, total=False):
    id: str
    """Stable within the sheet; the merge of people's edits goes by it."""
    by: Literal["editor"]
    """Set when a person changed or added the item: the extractor never overwrites it."""


class ActorItem(Item, total=False):
    name: str
    type: Literal["person", "organization", "country", "group"]
    role: str | None
    affiliation: str | None
    aliases: list[str]
    mentions: int
    evidence: list[Evidence]


class PlaceItem(Item, total=False):
    name: str
    aliases: list[str]
    mentions: int
    evidence: list[Evidence]
    dateline: bool


class DateItem(Item, total=False):
    text: str
    value: str
    """A TimeML (TIMEX3) value: 1998-08-07, 1998-W33, P3Y, PRESENT_REF..."""
    type: Literal["date", "time", "duration", "set"]
    precision: str
    resolved: bool
    """The value needed the publication date (a relative expression)."""
    event: str | None
    sentence: int
    start: int
    end: int
    tense: str
    """The tense it was read with, so a new publication date re-resolves it without parsing."""


class NumberItem(Item, total=False):
    value: str
    what: str | None
    kind: Literal["count", "money", "percent", "quantity", "duration"]
    amount: int | float
    unit: str
    currency: str
    """ISO 4217 code."""
    approximate: bool
    change: Literal["up", "down"]
    of: str
    """The id of the actor whose it is ('Paribas's stake', 'capital of EISB')."""
    sentence: int
    evidence: str | None


class QuoteItem(Item, total=False):
    text: str
    kind: Literal["direct", "attributed"]
    speaker: str | None
    """The id of the actor who said it."""
    speaker_name: str | None
    sentence: int


Reference = Union[str, dict[str, str]]
"""An actor's id, or `{text: ...}`: the words of a doer the text does not name."""


class EventItem(Item, total=False):
    who: list[Reference]
    did: str
    lemma: str
    whom: list[Reference]
    what: str | None
    when: str | None
    """The id of the date that dates it."""
    where: str | None
    """The id of the place it happened."""
    negated: bool
    passive: bool
    """It happens to its `what` (or `whom`), and the text names no doer."""
    modality: Literal["will", "may", "should", "alleged"]
    attributed_to: Reference
    key: bool
    sentence: int
    evidence: str


class Sheet(TypedDict, total=False):
    """One article's facts: written by `factsheet extract`, corrected by people, read by the site."""

    article: ArticleFields
    conflicts: list[str]
    summary: str
    actors: list[ActorItem]
    places: list[PlaceItem]
    dates: list[DateItem]
    numbers: list[NumberItem]
    quotes: list[QuoteItem]
    events: list[EventItem]
    sentences: list[list[int]]
    """Character offsets [start, end] of each sentence of the body: evidence refers to them."""
    rejected: dict[str, list[str]]
    """Per section, the ids a person deleted: never added again."""


# --- articles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dateline:
    """A wire dateline ("KUALA LUMPUR, April 1, 1997 (AFP) -"): not part of the story text."""

    text: str
    place: str
    date_text: str | None
    agency: str | None
    end: int
    """Offset in the body where the story proper starts."""
    headline: str | None = None
    """The headline the wire wrote above it, when it did."""


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


# --- extraction: what the rules found in a Doc -----------------------------------------------


@dataclass
class NameMention:
    """A cleaned name span with what it was decided to name."""

    span: Span
    text: str
    kind: str
    """person, organization, country, capital, place, group or drop."""
    country: Country | None = None
    agentive: bool = False
    locative: bool = False

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def end_char(self) -> int:
        return self.span.end_char

    @property
    def sent_start(self) -> int:
        return self.span.sent.start


@dataclass(frozen=True)
class RoleFinding:
    role: str
    affiliation_span: Span | None
    """A name inside or after the role that the person belongs to."""
    sentence_start: int


@dataclass
class Entity:
    """An actor or place being assembled from its mentions."""

    kind: str
    name: str
    mentions: list[NameMention] = field(default_factory=list)
    roles: list[RoleFinding] = field(default_factory=list)
    key: str = ""
    id: str = ""
    """Its id in the sheet, given when the sheet is made."""

    @property
    def first_char(self) -> int:
        return min(m.start_char for m in self.mentions)

    def surfaces(self) -> list[str]:
        return [m.text for m in self.mentions]


@dataclass(frozen=True)
class NumberFinding:
    span: Span
    value: str
    what: str | None
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    """amount, unit, currency, approximate, change: those the text gives."""


Participant = Union[Entity, str]
"""An actor of the article, or the words of a doer the text does not name ('human rights groups')."""


@dataclass
class EventFinding:
    """One predicate of the parse with its participants: who did what to whom, when and where."""

    predicate: Token
    did: str
    lemma: str
    who: list[Participant]
    whom: list[Participant]
    what: str | None
    when: int | None
    """The start offset of the time expression that dates it."""
    where: Entity | None
    negated: bool = False
    modality: str | None = None
    attributed_to: Participant | None = None
    background: bool = False
    quoted: bool = False
    """Said inside quotation marks: someone's words, rarely the story's key fact."""
    said_at: Entity | None = None
    """For a reported event without a place of its own: where it was said ('In Tokyo, X said')."""
    by_owner: bool = False
    """Its doer owns the thing the text has do it ("Japan's trade surplus surged")."""
    passive: bool = False
    """Its subject undergoes it and the text names no one who does it ('nine people were
    arrested'): the site reads it patient first."""
    statement: bool = False
    """A saying that is the story's news: a lead that reports a state, not an event ('X said
    troops in Iraq would be significantly lower')."""
    score: float = 0.0


@dataclass(frozen=True)
class QuoteFinding:
    start: int
    end: int
    text: str
    kind: str
    """direct or attributed."""
    speaker: Participant | None
    """The actor who said it, or the words of an unnamed source ('a police spokesman')."""
    sentence: Span
    marked: tuple[int, int] | None = None
    """Where its words in quotation marks start and end, when it tells them with the clause
    they are a fragment of (fragments.py): they are the speaker's own, as a direct quote's."""
    goes_on: bool = False
    """It has no attribution of its own and goes on with the statement just before it ('"...,"
    he said. "..."'): one statement, one quote."""
