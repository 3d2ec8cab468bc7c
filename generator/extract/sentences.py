"""A Doc's sentences, worked out once: `doc.sents` rebuilds every Span on each call, and the
extraction reads them three times an article."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

KEY = "factsheet_sentences"


def sentences(doc: "Doc") -> "list[Span]":
    cached = doc.user_data.get(KEY)
    if cached is None:
        cached = doc.user_data[KEY] = list(doc.sents)
    return cached
