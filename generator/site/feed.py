"""An Atom feed of the fact sheets, newest first, so readers can follow the site."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

from generator.sheets.yamlio import SafeLoader
from generator.site.index import SiteIndex

FEED_SIZE = 50


class MkDocsConfigLoader(SafeLoader):  # type: ignore[misc,valid-type]
    """Reads mkdocs.yml, whose `!ENV [NAME, default]` tags MkDocs resolves from the environment."""


def _env(loader: yaml.Loader, node: yaml.Node) -> str | None:
    values = (
        loader.construct_sequence(node)
        if isinstance(node, yaml.SequenceNode)
        else [loader.construct_scalar(node)]
    )
    names, default = (values[:-1], values[-1]) if len(values) > 1 else (values, None)
    for name in names:
        if os.environ.get(str(name)):
            return os.environ[str(name)]
    return default


MkDocsConfigLoader.add_constructor("!ENV", _env)
MkDocsConfigLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: None
)


def site_url(mkdocs_yml: Path) -> str:
    """`site_url` as MkDocs will see it (after !ENV), with a trailing slash."""
    try:
        data = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=MkDocsConfigLoader) or {}
    except (OSError, yaml.YAMLError):
        data = {}
    url = str(data.get("site_url") or "http://localhost:8000/")
    return url if url.endswith("/") else url + "/"


def atom_feed(index: SiteIndex, base_url: str, title: str) -> str:
    sheets = sorted(index.sheets, key=lambda s: (s.published, s.id), reverse=True)[:FEED_SIZE]
    updated = max((s.published for s in index.sheets if s.published), default="1970-01-01")
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(title)}</title>",
        f'  <link href="{escape(base_url)}"/>',
        f'  <link rel="self" href="{escape(base_url)}feed.xml"/>',
        f"  <id>{escape(base_url)}</id>",
        f"  <updated>{timestamp(updated)}</updated>",
    ]
    for sheet in sheets:
        url = f"{base_url}articles/{sheet.id}/"
        digest = hashlib.sha256(sheet.meta.get("sha256", sheet.id).encode()).hexdigest()[:12]
        lines += [
            "  <entry>",
            f"    <title>{escape(sheet.title)}</title>",
            f'    <link href="{escape(url)}"/>',
            f"    <id>{escape(url)}#{digest}</id>",
            f"    <updated>{timestamp(sheet.published or updated)}</updated>",
            f"    <summary>{escape(sheet.data.get('summary') or '')}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def timestamp(value: str) -> str:
    if len(value) == 10:
        return value + "T00:00:00Z"
    return value[:19] + "Z"
