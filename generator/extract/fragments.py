"""Quotations that are fragments of the narrative's sentence: 'Kirkilas called the transaction
"the deal of the century"', 'Toure said cotton was "symbolic of inequitable trade"'. The
quoted words alone say little ('the deal of the century' of what?), so the statement is the
clause that holds them, marks and all, told as reported speech."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import OPINION_VERBS
from generator.extract.lexicon import SAYING_VERBS as SAYING
from generator.extract.sentences import words_text
from generator.lemmas import lemma
from generator.records import Participant, QuoteFinding


def fragment_quote(
    quote: Span, sayer: Token | None, speaker: Participant | None
) -> QuoteFinding | None:
    """The QUOTE told with the clause it is a fragment of, or None when it is a statement of its
    own."""
    clause = fragment_clause(quote, sayer)
    if clause is None:
        return None
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
    said = " ".join(words_text(clause).split())
    marked = (quote.start_char, quote.end_char)
    return QuoteFinding(start, end, said, "attributed", speaker, quote.sent, marked)


def told_once(quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """QUOTES without the fragments another quote tells: 'praised X, calling it a "glorious
    page"' is the stance verb's one statement, and of two fragments of one clause ('urged the
    world to calculate not just "the misery of the poor" but "the loss of ..."') one is told,
    the one with a speaker, else the longer."""
    return [
        quote
        for k, quote in enumerate(quotes)
        if quote.marked is None
        or not any(holds(other, quote, j < k) for j, other in enumerate(quotes) if j != k)
    ]


def said_once(quotes: list[QuoteFinding]) -> list[QuoteFinding]:
    """QUOTES without a reported view that a statement of the same speaker holds: 'he thought
    Kingston already had it won' is told, not again 'Kingston already had it won' (what he
    thought); words in quotation marks stay, they are the speaker's own, and so does what a
    saying verb reports ('..., noting that demand remains firm': a second statement)."""
    kept = []
    for quote in quotes:
        inside = (
            quote.kind != "direct"
            and any(
                other is not quote
                and other.start <= quote.start
                and quote.end <= other.end
                and (other.start, other.end) != (quote.start, quote.end)
                and same_speaker(other.speaker, quote.speaker)
                for other in quotes
            )
            and not said_again(quote)  # last: it reads the parse
        )
        if inside:
            fired("quote: a statement inside another of its speaker", quote.text)
        else:
            kept.append(quote)
    return kept


def said_again(quote: QuoteFinding) -> bool:
    """Whether a saying verb reports QUOTE's clause (not a verb of thinking or hoping)."""
    words = quote.sentence.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None:
        return False
    verb = lemma(words.root.head)
    return verb in SAYING and verb not in VIEWS


VIEWS = OPINION_VERBS | {"think", "believe"}
"""Verbs of what someone thinks: 'said he thought X' is one statement."""


def same_speaker(one: Participant | None, other: Participant | None) -> bool:
    return one is other or (isinstance(one, str) and one == other)


def holds(other: QuoteFinding, quote: QuoteFinding, before: bool) -> bool:
    """Whether OTHER tells the words of QUOTE, a fragment: a quote of another kind that spans
    them, or an overlapping fragment with a speaker where QUOTE has none, or longer, or as long
    and BEFORE it."""
    if other.end <= quote.start or quote.end <= other.start:
        return False
    if other.marked is None:
        return other.start <= quote.start and quote.end <= other.end
    return (rank(other), before) > (rank(quote), False)


def rank(quote: QuoteFinding) -> tuple[bool, int]:
    return quote.speaker is not None, quote.end - quote.start


def fragment_clause(quote: Span, sayer: Token | None) -> list[Token] | None:
    """The words of the clause a quotation is a fragment of (without the SAYER's own phrase,
    which the quote's speaker says already), or None when the quotation is a statement of its
    own: it opens its clause ('said that "no decision has been taken"', '"We are ready," he
    said')."""
    doc = quote.doc
    if quote.start and doc[quote.start - 1].text == ":":
        return None  # 'warned: "..."': a statement of its own
    tops = [t for t in quote if not t.is_punct and not quote.start <= t.head.i < quote.end]
    if not tops:
        return None
    # the quotation's own head, not a mark the parse hung on the verb outside
    head = max(tops, key=lambda t: t.right_edge.i - t.left_edge.i)
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    while head.dep_ == "xcomp" and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head  # 'vowed to "push ..."': the verb whose subject acts
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    lead = [t for t in doc[head.left_edge.i : quote.start] if t.is_alpha and t.dep_ != "mark"]
    if not lead:
        return None
    start = head.left_edge.i
    for child in head.children:  # not the words that name the speaker ('X called ...',
        # 'according to X, ...'): the quote's speaker says who
        said_by = sayer is not None and child.left_edge.i <= sayer.i <= child.right_edge.i
        if child.i < quote.start and (said_by or child.lower_ == "according"):
            start = max(start, child.right_edge.i + 1)
    if lemma(head) in SAYING and all(
        t.lower_ == "that" or t.is_punct for t in doc[head.i + 1 : quote.start]
    ):
        return None  # 'adding that "..."': what is said, whole
    left_out = asides(doc[start : quote.start])
    words = [t for t in doc[start : quote.end] if t.i not in left_out]
    while words and (
        words[0].is_punct
        or words[0].dep_ in {"mark", "cc"}
        or (words[0].dep_ == "advmod" and words[0].head.i == head.i < quote.start)
    ):
        words = words[1:]  # 'also vowed to "..."': the vow
    if not words or words[0].i >= quote.start:
        return None
    fired("quote: a fragment is told with its clause", " ".join(t.text for t in words)[:80])
    return words


ASIDES = frozenset({"advcl", "advmod", "npadvmod", "prep", "relcl", "appos", "parataxis"})


def asides(lead: Span) -> set[int]:
    """The tokens of what the LEAD sets off with commas ('With the rapid growth of trade, a
    "fever ..."', 'The operation, which is said to be the first step, was "..."'): the
    statement reads without them."""
    doc = lead.doc
    out: set[int] = set()
    for token in lead:
        first, last = token.left_edge.i, token.right_edge.i
        while last > first and doc[last].text == ",":
            last -= 1  # the comma the parse hung inside it
        if token.dep_ not in ASIDES or first < lead.start or last + 1 >= lead.end:
            continue
        opens = first == lead.start
        if not (opens or doc[first - 1].text == ",") or doc[last + 1].text != ",":
            continue
        if not out & {first, last}:  # with the commas around it
            out.update(range(first if opens else first - 1, last + 2))
    return out
