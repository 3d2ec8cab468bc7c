"""Article text is hostile input: everything from it is escaped before it reaches Markdown or HTML."""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (and its tables/attr_list/admonition extensions) give meaning to.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#!|<>&~^=])")
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def one_line(text: str) -> str:
    """Whitespace folded, bidi and zero-width controls removed (they reorder or hide text)."""
    return " ".join(INVISIBLE.sub("", text).split())


def md(text: str | None, limit: int | None = None) -> str:
    """Text safe inside a Markdown paragraph, table cell or link text."""
    if text is None:
        return ""
    clean = one_line(str(text))
    if limit and len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "\u2026"
    escaped = MARKDOWN_SPECIALS.sub(r"\\\1", clean)
    return escaped.replace("\\<", "&lt;").replace("\\>", "&gt;").replace("\\&", "&amp;")


def text_html(text: str | None) -> str:
    """Text safe inside raw HTML (element content or a quoted attribute)."""
    return html.escape(INVISIBLE.sub("", text or ""), quote=True)


def page_title(text: str) -> str:
    """A page title for front matter: MkDocs puts it in <title> and the nav unescaped.

    Angle brackets and ampersands become look-alike characters, so no title can open a tag.
    """
    import json

    clean = one_line(text).replace("<", "\u2039").replace(">", "\u203a").replace("&", "\uff06")
    return "---\ntitle: " + json.dumps(clean, ensure_ascii=False) + "\n---\n\n"
