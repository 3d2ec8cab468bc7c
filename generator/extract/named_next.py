"""A source a quote leaves unnamed that the next sentence names: 'A Pentagon spokesman said
Thursday that the troops will remain. "We are going to maintain our forces," said spokesman
Kenneth Bacon.' The spokesman is Bacon, whose role has the description's head word."""

from __future__ import annotations

from dataclasses import replace

from generator.extract.descriptions import role_heads
from generator.extract.hits import fired
from generator.extract.names import is_title
from generator.records import Entity, QuoteFinding


def name_next_sources(quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """Give each quote whose source is a description ('a Vatican spokesman') the person quoted
    in the sentence right after it, when that person's role has the description's head word, a
    title ('spokesman', 'general'; not 'police' or 'ministry')."""
    named = list(quotes)
    for k, (quote, after) in enumerate(zip(quotes, quotes[1:])):
        source, speaker = quote.speaker, after.speaker
        if not isinstance(source, str) or not isinstance(speaker, Entity):
            continue
        head = source.split()[-1] if source.split() else ""
        if speaker.kind != "person" or not head.islower() or not is_title(head):
            continue
        if after.sentence.start != quote.sentence.end:
            continue  # (not further on: someone else may speak for the same office)
        if head not in {h for r in speaker.roles for h in role_heads(r.role)}:
            continue
        fired("quote: a source the next sentence names", source, speaker.name)
        named[k] = replace(quote, speaker=speaker)
    return named
