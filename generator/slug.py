"""URL-safe, stable slugs for entity ids and page names."""

from __future__ import annotations

import hashlib
import re
import unicodedata

RESERVED = {"index", "con", "nul", "prn", "aux"}
MAX_LENGTH = 60
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
"""What `slugify` and `unique_slug` make: a page name that is never a path and needs no escaping."""


def slugify(text: str) -> str:
    """'Antony Blinken' -> 'antony-blinken'. Never empty, never a path, never 'index'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.replace("'", "").replace("\u2019", "").replace(".", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_LENGTH:
        slug = slug[:MAX_LENGTH].rsplit("-", 1)[0]
    if not slug or slug in RESERVED:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug or 'x'}-{digest}"
    return slug


def unique_slug(text: str, taken: set[str]) -> str:
    """A slug not yet in TAKEN (adds it): '-2', '-3' for repeats, in order of arrival."""
    base = slugify(text)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def is_slug(text: str) -> bool:
    """TEXT is a slug as this module makes them (a file name under docs/, safe in any URL)."""
    return bool(SLUG.fullmatch(text)) and text not in RESERVED
