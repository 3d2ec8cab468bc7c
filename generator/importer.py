"""`factsheet import SOURCE ...`: articles from links, saved pages, feeds and WARC files, written
as `content/articles/<slug>.md` with front matter.

The article's text and metadata (title, published date, author, site name) come from
trafilatura, which is made for exactly this; a feed's own title, date and author win where it
gives them. Wire artefacts ("///", "(PICTURE)", "ATTENTION - UPDATES ...", bylines in titles)
are cleaned. An article already imported (same URL, or the same text) is skipped.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.articles import is_wire_slug, slug_id
from generator.config import Config
from generator.sheets.yamlio import write_atomic
from generator.slug import unique_slug
from generator.sources import TIMEOUT, Page, SourceError, pages

BYLINE = re.compile(r"\s+by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$")
WIRE_MARKS = re.compile(r"///|=?\((?:GRAPHIC\+)?PICTURES?\)=?")
WIRE_LINE = re.compile(
    r"^\s*(?:///|=?\((?:GRAPHIC\+)?PICTURES?\)=?|xxx\b.*|.*\bas sent\s*$|"
    r"(?:ATTENTION|URGENT|UPDATES?|RECASTS?|CORRECTS?|REPEATS?)\b.*)\s*$"
)
MIN_WORDS = 40
"""Less text than this is a page without an article (an index, a paywall, an error page)."""
MAX_ID = 60


@dataclass
class ImportReport:
    imported: int = 0
    skipped: int = 0
    failed: int = 0
    lines: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"import: {self.imported} imported, {self.skipped} skipped, {self.failed} failed"


@dataclass
class Seen:
    """The articles already in the folder: their URLs, text fingerprints and ids."""

    urls: dict[str, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)


def import_sources(
    config: Config,
    sources: list[str],
    say: Callable[[str], None] = print,
    timeout: float = TIMEOUT,
) -> ImportReport:
    """Import every article of SOURCES; SAY gets one line per article and per failure."""
    report = ImportReport()
    seen = existing(config.articles)
    for source in sources:
        try:
            for page in pages(source, timeout):
                if isinstance(page, SourceError):
                    report.failed += 1
                    say(f"error: {page}")
                    continue
                import_page(config, page, seen, report, say)
        except SourceError as exc:
            report.failed += 1
            say(f"error: {source}: {exc}")
    return report


def import_page(
    config: Config, page: Page, seen: Seen, report: ImportReport, say: Callable[[str], None]
) -> None:
    article = extracted(page)
    if article is None:
        report.failed += 1
        say(f"error: {page.origin}: no article text found")
        return
    url, body = article.get("url"), article["text"]
    fingerprint = body_fingerprint(body)
    already = seen.urls.get(url or "") or seen.bodies.get(fingerprint)
    if already is not None:
        report.skipped += 1
        reason = "same URL" if url and url in seen.urls else "same text"
        say(f"skipped {page.origin}: already imported as {already} ({reason})")
        return
    article_id = unique_slug(new_id(article), seen.ids)
    path = config.articles / f"{article_id}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, article_text(article_id, article))
    seen.ids.add(article_id)
    seen.bodies[fingerprint] = path.name
    if url:
        seen.urls[url] = path.name
    report.imported += 1
    say(f"imported {page.origin} -> {config.articles.name}/{path.name}")


def extracted(page: Page) -> dict[str, str] | None:
    """The article of PAGE: text and metadata, cleaned; None when it holds too little text."""
    import trafilatura

    found = trafilatura.extract(
        page.html, url=page.url, output_format="json", with_metadata=True, favor_precision=True
    )
    data = json.loads(found) if found else {}
    text = clean_body(data.get("text") or "")
    if len(text.split()) < MIN_WORDS:
        return None
    title = clean_title(page.title or data.get("title") or "")
    return {
        k: v
        for k, v in {
            "title": title,
            "published": page.published or data.get("date"),
            "author": page.author or data.get("author"),
            "source": data.get("source-hostname") or data.get("sitename") or data.get("hostname"),
            "url": page.url or data.get("url"),
            "text": text,
        }.items()
        if v
    }


def clean_title(title: str) -> str | None:
    """A headline without wire marks or a byline; None when what is left is a wire slug."""
    title = BYLINE.sub("", WIRE_MARKS.sub(" ", title))
    title = " ".join(title.split()).strip(" -=")
    if not title or is_wire_slug(title):
        return None
    return title


def clean_body(text: str) -> str:
    """The text without the lines of wire handling ('ATTENTION - ADDS ...', '(PICTURE)')."""
    lines = [line for line in text.splitlines() if not WIRE_LINE.match(line)]
    paragraphs = [" ".join(line.split()) for line in lines if line.strip()]
    return "\n\n".join(paragraphs)


def body_fingerprint(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def new_id(article: dict[str, str]) -> str:
    """From the publication day and the title (or the URL's last part): '2026-03-02-quota-deal'."""
    stem = article.get("title") or (article.get("url") or "article").rstrip("/").rsplit("/", 1)[-1]
    day = (article.get("published") or "")[:10]
    slug = slug_id(f"{day}-{stem}" if day else stem).lower()
    return slug[:MAX_ID].rstrip("-.") or "article"


def article_text(article_id: str, article: dict[str, str]) -> str:
    meta = {"id": article_id}
    meta.update(
        {k: article[k] for k in ("title", "published", "author", "source", "url") if k in article}
    )
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n{article['text']}\n"


def existing(folder: Path) -> Seen:
    """What the articles folder holds already (front matter URLs, text fingerprints, ids)."""
    seen = Seen()
    if not folder.is_dir():
        return seen
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".md", ".txt"}:
            continue
        seen.ids.add(path.stem)
        text = path.read_text(encoding="utf-8", errors="replace")
        meta: dict = {}  # type: ignore[type-arg]
        if text.startswith("---\n") and "\n---\n" in text[4:]:
            head, text = text[4:].split("\n---\n", 1)
            try:
                meta = yaml.safe_load(head) or {}
            except yaml.YAMLError:
                meta = {}
        if isinstance(meta, dict) and isinstance(meta.get("url"), str):
            seen.urls[meta["url"]] = path.name
        if isinstance(meta, dict) and isinstance(meta.get("id"), str):
            seen.ids.add(meta["id"])
        seen.bodies[body_fingerprint(text)] = path.name
    return seen
