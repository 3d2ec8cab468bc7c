"""A broadcast reporter's role from the lines that hand over to them and sign them off: 'Lisa
Marek reports.', 'Here's ABC's Ned Potter.', 'Ned Potter, ABC News.', 'Lisa Marek for VOA News,
Geneva.' Transcripts of radio and television news name their reporters only so."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.hits import fired
from generator.extract.post_phrases import name_span_at
from generator.records import RoleFinding

HAND_OVERS = frozenset({"reports", "the latest", "more", "the story", "details", "this report"})
"""What a reporter 'has' or does in the line that hands over to them."""
NEWS_WORDS = frozenset({"news", "headline"})
MAX_PLACE_WORDS = 3


def sign_off_role(span: Span) -> RoleFinding | None:
    """'Ned Potter, ABC News[, Place].' or 'Lisa Marek for VOA News, Geneva.': the reporter of
    that broadcaster; 'Lisa Marek reports.', 'Pierre Novak has the latest.': a reporter."""
    doc, sentence = span.doc, span.sent
    if span.start != sentence.start:
        return None
    after = [
        t
        for t in doc[span.end : sentence.end]
        if not t.is_space and (not t.is_punct or t.text == ",")
    ]
    words = " ".join(t.lower_ for t in after)
    if words.startswith("reports from ") and len(after) <= MAX_PLACE_WORDS + 2:
        words = "reports"  # 'Lisa Marek reports from Geneva.'
    if words in HAND_OVERS or (words.startswith("has ") and words[4:] in HAND_OVERS):
        fired("role: a broadcast's hand-over", span.text, sentence.text)
        return RoleFinding("reporter", None, sentence.start_char)
    while after and after[0].lower_ in {",", "for"}:
        after = after[1:]
    news = next((k for k, t in enumerate(after) if t.lower_ == "news"), len(after))
    cut = next((k for k, t in enumerate(after) if t.text == ","), len(after))
    cut = min(cut, news + 1)  # 'Lisa Marek ABC news Washington': no comma before the place
    broadcaster = after[:cut]
    place = [t for t in after[cut:] if t.text != ","]
    if not broadcaster or not any(t.lower_ == "news" for t in broadcaster):
        return None
    if len(place) > MAX_PLACE_WORDS or any(not t.text[:1].isupper() for t in place):
        return None
    name = [t.text for t in broadcaster if t.lower_ not in NEWS_WORDS]
    if not name or len(name) > MAX_PLACE_WORDS:
        return None
    fired("role: a broadcast's sign-off", span.text, sentence.text)
    return RoleFinding(
        f"{' '.join(name)} reporter", name_span_at(broadcaster[0]), sentence.start_char
    )
