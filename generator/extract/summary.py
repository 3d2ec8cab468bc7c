"""The lead (the sheet's summary), and the short content-hash ids of items made from text."""

from __future__ import annotations

import hashlib
import re

from generator.extract.sentences import SentenceIndex


def short_id(prefix: str, text: str) -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def lead(sentences: SentenceIndex, story_start: int) -> str:
    """One to three opening sentences, enough for about 25 words."""
    chosen: list[str] = []
    for i, (start, end) in enumerate(sentences.spans):
        if end <= story_start:
            continue
        text = sentences.sentence_text(i)
        if start < story_start:
            text = " ".join(sentences.text[story_start:end].split())
        chosen.append(text)
        if len(" ".join(chosen).split()) >= 25 or len(chosen) == 3:
            break
    summary = " ".join(chosen)
    return re.sub(r"\s+", " ", summary).strip()
