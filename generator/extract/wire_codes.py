"""Codes the wire's desk left in the copy, which are no part of the story: the operators'
initials that close an AP story ('(pvs/vi/ji)') and a pickup note saying where an earlier
version goes on ('The decision, 3rd graf pvs.': from the paragraph that opens 'The decision').
Blanked to spaces like the dateline, so every offset stays."""

from __future__ import annotations

import re

from generator.extract.hits import fired

OPERATORS = re.compile(r"\((?:[a-z]{2,4}/)+[a-z]{2,4}\)(?=\s*$)")
PICKUP = re.compile(
    r"(?:(?<=[.!?'\"]\s)|(?<=^))(?:UR\s+)?[^.!?\n]{0,80}?\b\d+(?:st|nd|rd|th)\s+graf\s+pvs\b\.?",
    re.MULTILINE,
)


def blank_wire_codes(text: str) -> str:
    """TEXT with the desk's codes as spaces."""
    for pattern in (OPERATORS, PICKUP):
        for found in pattern.finditer(text):
            fired("wire: a desk code is no part of the story", found.group())
            text = text[: found.start()] + " " * len(found.group()) + text[found.end() :]
    return text
