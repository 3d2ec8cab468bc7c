"""Reading article files: front matter, body, id, title and dateline."""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import generator
from generator.errors import InputError, Problem
from generator.paths import display_path
from generator.records import Article, Dateline
from generator.sheets.yamlio import YAMLSyntaxError, load_yaml

ARTICLE_SUFFIXES = (".md", ".txt")
FRONT_MATTER_KEYS = {"id", "title", "published", "source", "url", "author", "tags"}
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
RESERVED_IDS = {"index"}
"""Ids whose page would be another page of the site (`articles/index.md` is the articles index)."""
MAX_ARTICLE_CHARS = 1_000_000
"""spaCy's own limit (`nlp.max_length`): its parser and NER need about 1 GB per 100,000
characters, and a news article is rarely a twentieth of this."""

MONTHS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# "NAIROBI, Kenya (AP) _", "KUALA LUMPUR, April 1, 1997 (AFP)", "WASHINGTON --".
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\u2019-]*(?:[ ][A-Z][A-Z.'\u2019-]*)*"
    r"(?:,[ ]+[A-Z][A-Za-z.'\u2019-]*(?:[ ][A-Z][A-Za-z.'\u2019-]*)*)?)"
    rf"(?:,?[ ]+(?P<date>(?:{MONTHS})\.?[ ]+\d{{1,2}}(?:,[ ]+\d{{4}})?))?"
    r"(?:[ ]*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,24})\)(?P<sep>[ ]*(?:_+|-{1,2}|\u2014|\u2013|:)?[ ]*)"
    r"|(?P<dash>[ ]*(?:_+|-{1,2}|\u2014|\u2013)[ ]+))"
)

BYLINE = re.compile(r"[ \t]*by[ \t]+[^\n]{1,60}\n[ \t]*\n", re.IGNORECASE)


def article_files(paths: list[Path]) -> list[Path]:
    """Every article file under the given files or folders, sorted for determinism."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file())
        elif path.is_file():
            found.add(path)
        else:
            raise InputError([Problem(display_path(path), None, "", "no such file or folder")])
    return sorted(p for p in found if not p.name.startswith("."))


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one article; raises InputError naming the file (and line) when it is unusable."""
    shown = display_path(path, root)
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError([Problem(shown, None, "", "binary file, not a text article")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            [
                Problem(
                    shown,
                    None,
                    "",
                    f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                )
            ]
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    body = text
    if path.suffix == ".md" and text.startswith("---\n"):
        meta, body = split_front_matter(text, shown)
    if not body.strip():
        raise InputError([Problem(shown, None, "", "empty article: no body text")])
    if len(body) > MAX_ARTICLE_CHARS:
        raise InputError(
            [
                Problem(
                    shown,
                    None,
                    "",
                    f"too long: {len(body):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}; split it into parts",
                )
            ]
        )
    return build_article(path, shown, meta, body)


def split_front_matter(text: str, shown: str) -> tuple[dict[str, Any], str]:
    """Front matter between `---` lines; the body is everything after the closing line."""
    match = re.search(r"^(?:---|\.\.\.)[ \t]*$\n?", text[4:], flags=re.MULTILINE)
    if match is None:
        raise InputError([Problem(shown, 1, "front matter", "no closing '---' line")])
    block = text[4 : 4 + match.start()]
    body = text[4 + match.end() :]
    try:
        meta = load_yaml(block, first_line=2) if block.strip() else {}
    except YAMLSyntaxError as exc:
        raise InputError([Problem(shown, exc.line, "front matter", str(exc))]) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError([Problem(shown, 2, "front matter", "expected a mapping of fields")])
    return meta, body


def build_article(path: Path, shown: str, meta: dict[str, Any], body: str) -> Article:
    fields = FrontMatter(meta, shown)
    for key in sorted(set(meta) - FRONT_MATTER_KEYS, key=str):
        known = ", ".join(sorted(FRONT_MATTER_KEYS))
        fields.problem(str(key), f"unknown front matter field (known: {known})")
    article_id = article_id_of(fields, path)
    published, problem = parse_published(meta.get("published"))
    if problem:
        fields.problem("published", problem)
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int)) for t in tags):
        fields.problem("tags", "expected a list of words")
        tags = []
    url = fields.text("url")
    if url is not None and not re.match(r"^https?://", url, flags=re.IGNORECASE):
        fields.problem("url", f"expected an http(s) address, got {url!r}")
        url = None
    title = fields.text("title")
    author = fields.text("author")
    source = fields.text("source")
    problems = fields.problems
    if problems:
        raise InputError(problems)
    dateline = find_dateline(body, title or "")
    published_from = "front matter" if published else None
    if published is None and dateline and dateline.date_text:
        published = parse_dateline_date(dateline.date_text)
        published_from = "dateline" if published else None
    story = body[dateline.end :] if dateline else body
    if title is not None and is_wire_slug(title):
        title = None  # "=(PICTURE)=", "ATTENTION - ADDS details ///", "by Jane Doe": no headline
    if title is None and dateline and dateline.headline and not is_wire_slug(dateline.headline):
        title = dateline.headline  # the body's own headline, above its byline and dateline
    derived = title is None
    return Article(
        id=article_id,
        path=path,
        body=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        title=title or derive_title(story),
        title_derived=derived,
        published=published,
        published_from=published_from,
        source=source,
        url=url,
        author=author,
        tags=tuple(str(t) for t in tags),
        dateline=dateline,
    )


class FrontMatter:
    """The front matter's fields, read one by one; every problem is kept to be reported at once."""

    def __init__(self, meta: dict[str, Any], shown: str) -> None:
        self.meta, self.shown = meta, shown
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.shown, None, key, message))

    def text(self, key: str) -> str | None:
        value = self.meta.get(key)
        if value is None:
            return None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value).strip() or None
        self.problem(key, f"expected text, got {type(value).__name__}")
        return None


def article_id_of(fields: FrontMatter, path: Path) -> str:
    """The `id:` of the front matter, or one made from the file name; reserved ids are refused
    when written, and renamed when made ("index.md" becomes "index-article")."""
    article_id = fields.text("id")
    if article_id is not None and not ID_PATTERN.match(article_id):
        fields.problem("id", f"{article_id!r} is not a valid id (letters, digits, '.', '_', '-')")
    elif article_id is not None and article_id.lower() in RESERVED_IDS:
        fields.problem("id", f"{article_id!r} is reserved for an index page: choose another id")
    if article_id is None:
        article_id = slug_id(path.stem)
        if article_id.lower() in RESERVED_IDS:
            article_id += "-article"  # a file named index.md keeps its page
    return article_id


WIRE_SLUG = re.compile(
    r"///|\((?:GRAPHIC\+)?PICTURES?\)|^=|^(?:ATTENTION|URGENT|UPDATES?|RECASTS?|CORRECTS?|REPEATS?)\b"
    r"|^[Bb]y\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)+$|\bxxx\b"
    r"|^[a-z]"
)
"""Marks of a wire service's handling in a title field: service notes, picture tags, bylines,
and the tail of a headline the feed broke across lines ('oil-for-food scam', 'in Iraq'): a
headline begins with a capital (233 of the 2,452 silver titles do not)."""


def is_wire_slug(title: str) -> bool:
    """A title field that holds a wire slug, not a headline: a service note, a picture tag or a
    byline. (A short title is left alone: a person may have written it.)"""
    return bool(WIRE_SLUG.search(title.strip()))


def slug_id(stem: str) -> str:
    """An id from a file stem: ASCII letters, digits, '.', '_', '-'."""
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_stem).strip("-.")
    return slug[:120] or "article-" + hashlib.sha256(stem.encode()).hexdigest()[:8]


def parse_published(value: Any) -> tuple[date | datetime | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, (date, datetime)):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text), None
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed.replace(tzinfo=None), None
        except ValueError:
            pass
    return None, f"expected a date like 2024-05-31 or 2024-05-31T14:00, got {value!r}"


def find_dateline(body: str, title: str = "") -> Dateline | None:
    """A wire dateline at the start of the body, or None when the story starts at once. The
    headline (TITLE) and a byline may stand above it; they go with it, out of the story."""
    offset = 0
    headline = re.match(r"[ \t]*([^\n]+)\n[ \t]*\n", body)
    if headline and (
        headline.group(1).strip() == title.strip() or BYLINE.match(body, headline.end())
    ):
        offset = headline.end()  # the wire's headline above the byline
    else:
        headline = None
    byline = BYLINE.match(body, offset)
    offset = byline.end() if byline else offset  # "By Li Xuejun" above "MACAO, Nov. 2 (Xinhua) --"
    match = DATELINE.match(body[offset:])
    if not match:
        return None
    place = match.group("place")
    agency = match.group("agency")
    sep = (match.group("sep") or match.group("dash") or "").strip()
    first_word = place.split(",")[0].strip()
    # An all-caps place is the mark of a dateline; require an agency or a dash too,
    # so that a story opening with an acronym ("NATO said...") is left alone.
    if first_word.upper() != first_word or len(first_word) < 3 or not (agency or sep):
        return None
    return Dateline(
        text=match.group(0).strip(),
        place=normalise_dateline_place(place),
        date_text=match.group("date"),
        agency=agency,
        end=offset + match.end(),
        headline=headline.group(1).strip() if headline else None,
    )


def normalise_dateline_place(place: str) -> str:
    """'THE HAGUE, Netherlands' -> 'The Hague'; the city is the dateline's place."""
    city = place.split(",")[0].strip()
    return " ".join(w.capitalize() if w.isupper() else w for w in city.split())


def parse_dateline_date(text: str) -> date | None:
    match = re.match(r"(\w+)\.?\s+(\d{1,2}),\s+(\d{4})", text)
    if not match:
        return None
    month = month_number(match.group(1))
    try:
        return date(int(match.group(3)), month, int(match.group(2))) if month else None
    except ValueError:
        return None


MONTH_NUMBERS = {abbr.lower(): number for number, abbr in enumerate(calendar.month_abbr) if abbr}


def month_number(name: str) -> int | None:
    return MONTH_NUMBERS.get(name[:3].lower())


def derive_title(story: str, limit: int = 90) -> str:
    """The first sentence, cut at a word boundary: a stand-in title a reader can scan."""
    text = " ".join(story.split())
    ends = re.finditer(r"[.!?][\"'\u201d\u2019]*(?=\s+[\"'\u201c\u2018`(]*[A-Z0-9])", text)
    match = next((m for m in ends if not after_abbreviation(text, m.start())), None)
    sentence = text[: match.end()] if match else text
    sentence = sentence.rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + "\u2026"


def after_abbreviation(text: str, stop: int) -> bool:
    """The full stop at STOP ends an abbreviation ('A.L. Williams Corp. was merged'), not the
    sentence: an initial, or a word spaCy's English tokenizer keeps whole with its stop."""
    word = text[: stop + 1].rsplit(" ", 1)[-1].lstrip("\"'(\u201c\u2018")
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+", word)) or word in english_abbreviations()


@lru_cache(maxsize=1)
def english_abbreviations() -> frozenset[str]:
    from spacy.lang.en import English  # the language data only, no pipeline

    return frozenset(k for k in English.Defaults.tokenizer_exceptions if k.endswith("."))


def article_meta(article: Article) -> dict[str, Any]:
    """The `article:` block of a sheet: what the front matter and body say, and the extractor."""
    meta: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "published": article.published_text(),
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "tags": list(article.tags),
        "path": article.path.as_posix(),
        "sha256": article.sha256,
        "extractor": generator.EXTRACTOR_VERSION,
    }
    if article.title_derived:
        meta["title_derived"] = True
    if article.published_from == "dateline":
        meta["published_from"] = "dateline"
    if article.dateline:
        meta["dateline"] = article.dateline.text
    return meta
