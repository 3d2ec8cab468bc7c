"""Article text is hostile input: everything from it is escaped before it reaches Markdown or HTML."""

from __future__ import annotations

import html
import re

# Characters Python-Markdown (and its tables and admonition extensions) give meaning to. Not `~`,
# `^` or `=`: nothing enabled reads them, and Python-Markdown would show their backslash.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#!|<>&])")
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def one_line(text: str) -> str:
    """Whitespace folded, bidi and zero-width controls removed (they reorder or hide text)."""
    return " ".join(INVISIBLE.sub("", text).split())


PLAIN = re.compile(r"[^\\`*_{}\[\]()#!|<>&\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")
# Words with nothing to escape, one space between them: what one_line and escaping leave as they are.
PLAIN_WORDS = re.compile(PLAIN.pattern + "(?: " + PLAIN.pattern + ")*")


def md(text: str | None, limit: int | None = None) -> str:
    """Text safe inside a Markdown paragraph, table cell or link text."""
    if text is None:
        return ""
    text = str(text)
    if limit is None and PLAIN_WORDS.fullmatch(text):
        return text  # the common case: nothing to escape, no whitespace to fold
    clean = one_line(text)
    if limit and len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "\u2026"
    escaped = MARKDOWN_SPECIALS.sub(r"\\\1", clean)
    return escaped.replace("\\<", "&lt;").replace("\\>", "&gt;").replace("\\&", "&amp;")


def text_html(text: str | None) -> str:
    """Text safe inside raw HTML (element content or a quoted attribute)."""
    return html.escape(INVISIBLE.sub("", text or ""), quote=True)


def page_title(text: str, search: str | None = None) -> str:
    """Front matter with the page title (MkDocs puts it in <title> and the nav unescaped).

    Angle brackets and ampersands become look-alike characters, so no title can open a
    tag. SEARCH is a Material search setting such as 'boost: 3' or 'exclude: true'.
    """
    import json

    clean = one_line(text).replace("<", "\u2039").replace(">", "\u203a").replace("&", "\uff06")
    extra = f"search:\n  {search}\n" if search else ""
    return "---\ntitle: " + json.dumps(clean, ensure_ascii=False) + "\n" + extra + "---\n\n"


def highlighted(text: str | None, names: list[str], limit: int | None = None) -> str:
    """Escaped text with every occurrence of NAMES wrapped in <mark>."""
    clean = one_line(text or "")
    if limit and len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "\u2026"
    wanted = tuple(sorted({n for n in names if n and len(n) > 1}, key=lambda n: (-len(n), n)))
    if not wanted:
        return md(clean)
    out, last = [], 0
    for start, end in name_spans(clean, wanted):
        out.append(md_keeping_spaces(clean[last:start]))
        out.append("<mark>" + md(clean[start:end]) + "</mark>")
        last = end
    out.append(md_keeping_spaces(clean[last:]))
    return "".join(out)


def name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where NAMES occur as whole words, leftmost first and the longest name at a place.

    Plain string search: a compiled pattern per entity page cost more than all the rest
    of the highlighting on a site of thousands of pages.
    """
    found = []
    for name in names:
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                found.append((start, -end))
            start = text.find(name, start + 1)
    spans, last = [], 0
    for start, negative_end in sorted(found):
        if start >= last:
            spans.append((start, -negative_end))
            last = -negative_end
    return spans


def md_keeping_spaces(text: str) -> str:
    """md() of a piece between highlights: the spaces around a highlighted name stay."""
    if not text.strip():
        return " " if text else ""
    return (" " if text[0].isspace() else "") + md(text) + (" " if text[-1].isspace() else "")
