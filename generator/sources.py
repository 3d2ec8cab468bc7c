"""Where imported articles come from: a URL, a saved HTML page, an RSS or Atom feed (a file or a
URL; every item is fetched from its own link) or a WARC file. Each yields web pages (the HTML
and what is known of it before extraction); a source that cannot be read is one `SourceError`.

Fetching is the only network access of the tool: a timeout, a User-Agent, and only what the
user named (a feed's item links included).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from generator import __version__

TIMEOUT = 20.0
"""Seconds to wait for a server (connection and each read)."""
USER_AGENT = f"factsheet/{__version__} (news fact sheets; +https://github.com/)"
MAX_BYTES = 20_000_000
FEED_TYPES = ("rss", "atom", "xml")


class SourceError(Exception):
    """A source (or one item of a feed) that could not be read: the message says why."""


@dataclass(frozen=True)
class Page:
    """A web page to extract an article from, with what its feed said about it."""

    html: str
    url: str | None
    origin: str
    """The source as the user named it (for messages)."""
    title: str | None = None
    published: str | None = None
    author: str | None = None


def pages(source: str, timeout: float = TIMEOUT) -> Iterator[Page | SourceError]:
    """The pages of SOURCE; a feed's items that fail come as SourceErrors among them."""
    if source.startswith(("http://", "https://")):
        body, content_type, url = fetch(source, timeout)
        if is_feed(body, content_type):
            yield from feed_pages(body, source, timeout)
        else:
            yield Page(decoded(body), url, source)
        return
    path = Path(source)
    if not path.is_file():
        raise SourceError("no such file")
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        yield from warc_pages(path)
        return
    body = path.read_bytes()
    if is_feed(body, ""):
        yield from feed_pages(body, source, timeout)
    else:
        yield Page(decoded(body), None, source)


def fetch(url: str, timeout: float) -> tuple[bytes, str, str]:
    """(body, content type, final URL) of URL, or SourceError with the reason in a few words."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(MAX_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise SourceError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise SourceError(f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise SourceError(f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc}") from None
    if len(body) > MAX_BYTES:
        raise SourceError(f"larger than {MAX_BYTES // 1_000_000} MB")
    if content_type and not any(t in content_type for t in ("html", "xml", "text")):
        raise SourceError(f"not a web page or feed ({content_type.split(';')[0]})")
    return body, content_type, final


def is_feed(body: bytes, content_type: str) -> bool:
    if any(
        f"{t}+xml" in content_type or content_type.startswith(f"application/{t}")
        for t in FEED_TYPES
    ):
        return "html" not in content_type
    head = body[:2000].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def feed_pages(body: bytes, origin: str, timeout: float) -> Iterator[Page | SourceError]:
    """Every item of an RSS or Atom feed, fetched from its own link, with its date and author."""
    import feedparser

    feed = feedparser.parse(body)
    if feed.bozo and not feed.entries:
        raise SourceError("not a readable RSS or Atom feed")
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield SourceError(f"{origin}: an item without a link ({entry.get('title', '')!r})")
            continue
        try:
            body, _type, url = fetch(link, timeout)
        except SourceError as exc:
            yield SourceError(f"{link}: {exc}")
            continue
        yield Page(
            decoded(body),
            url,
            link,
            title=entry.get("title"),
            published=feed_date(entry),
            author=entry.get("author"),
        )


def feed_date(entry: dict) -> str | None:  # type: ignore[type-arg]
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def warc_pages(path: Path) -> Iterator[Page | SourceError]:
    """Every HTML response recorded in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield Page(decoded(record.content_stream().read()), url, url or str(path))
    except Exception as exc:  # warcio raises its own and zlib's errors on a damaged file
        raise SourceError(f"not a readable WARC file ({exc})") from None


def decoded(body: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("latin-1")
