"""Every event of a story's sentences, in text order: each verbal predicate (events.py), the
changes told with "be", the nouns whose doer a by-phrase names, and, where the lead tells no
event but what someone says of a state, that statement."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.clause_scope import describes_a_person, place_of
from generator.extract.copula_changes import copula_changes
from generator.extract.event_status import inside_quotes
from generator.extract.event_what import what_of
from generator.extract.events import collective, is_predicate, read_event, reports
from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.participants import Participants
from generator.extract.sentences import according_to, lowers, sentences, verbs_in, words_text
from generator.lemmas import lemma
from generator.records import Entity, EventFinding, Participant

MAX_NOUN_PHRASE = 4
"""The longest phrase after an event noun that its action keeps ('return to peace talks')."""


def find_events(
    doc: Doc, participants: Participants, dates: list[tuple[int, int]], story_start: int
) -> list[EventFinding]:
    """Every event of the story's sentences, in text order. DATES are the (start, end) offsets of
    the article's time expressions."""
    date_spans = dict(dates)
    found: list[EventFinding] = []
    lead = None  # the story's first sentence with a verb
    for sentence in sentences(doc):
        if sentence.end_char <= story_start:
            continue
        verbs = verbs_in(sentence)
        changes = copula_changes(sentence)
        if not verbs and not changes:
            continue
        lead = sentence if lead is None else lead
        according = according_source(sentence, participants)
        events = [read_event(t, participants, date_spans) for t in verbs if is_predicate(t)]
        events += [read_event(t, participants, date_spans) for t in changes]
        events += nominal_events(sentence, participants, date_spans)
        for event in sorted(filter(None, events), key=lambda e: e.predicate.i):
            if not (event.who or event.passive or event.what):
                fired("events: no doer and nothing done", event.did, sentence.text)
                continue  # 'Sing Sandi Thom': no one the text names does it, to nothing
            if event.attributed_to is None and according:
                event.attributed_to = according[0]
            found.append(event)
        if lead is sentence and not found:
            found += filter(None, [lead_statement(sentence, participants, date_spans)])
    return found


def according_source(sentence: Span, participants: Participants) -> list[Participant]:
    """Whom the sentence's 'according to' names: an actor, or the words of an unnamed source; a
    document speaks for whoever issued it ('according to a statement issued by the Foreign
    Ministry': the ministry)."""
    source = according_to(sentence)
    if source is None:
        return []
    issued = participants.speaker(source)
    if isinstance(issued, Entity) and participants.actor_at.get(source.i) is not issued:
        fired("events: the issuer of a document they are according to", source.text, issued.name)
        return [issued]
    return participants.resolve(source)


def lead_statement(
    sentence: Span, participants: Participants, dates: dict[int, int]
) -> EventFinding | None:
    """A lead whose news is what someone says of a state, with no event of its own ('British
    troops would be significantly lower by thousands, Des Browne said'): the saying is the
    news, with what it says; not their own quoted words, which are their view."""
    root = sentence.root
    if lemma(root) not in SAYING_VERBS or not reports(root):
        return None
    event = read_event(root, participants, dates)
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    named = event is not None and any(isinstance(p, Entity) for p in event.who)
    if event is None or clause is None or not (named or collective(event.who)):
        return None
    if inside_quotes(clause) or participants.in_quote(clause):
        return None  # '"The floodwaters are spreading fast," X said': a view, the quote tells it
    event.what = what_of([clause], participants, root, {})  # what is said, its dates too
    if event.what is None:
        return None
    fired("events: a lead that states, with no event of its own", sentence.text)
    event.statement, event.attributed_to = True, None  # the saying is theirs, not a claim of it
    return event


def nominal_events(
    sentence: Span, participants: Participants, dates: dict[int, int]
) -> list[EventFinding]:
    """'The return to peace talks by Sinn Fein', 'an investigation by the Newark police': a noun
    whose doer a by-phrase names is an event of its own."""
    words = lowers(sentence.doc)
    out = []
    for i in range(sentence.start, sentence.end):
        if words[i] != "by":
            continue
        by = sentence.doc[i]
        noun = by.head
        if by.dep_ != "prep" or noun.pos_ != "NOUN" or noun.dep_ in {"compound", "npadvmod"}:
            continue
        agents = [a for c in by.children if c.dep_ == "pobj" for a in participants.resolve(c)]
        who = [a for a in agents if isinstance(a, Entity)]
        if not who:
            continue
        scope = [t for t in noun.subtree if t.i != noun.i and not by.i <= t.i <= by.right_edge.i]
        whom = [
            e
            for t in scope
            if (e := participants.actor_at.get(t.i))
            and e not in who
            and not describes_a_person(t, e, participants.actor_at)  # 'to UN chief X': not the UN
        ]
        fired("events: a noun with a by-agent", noun.text, sentence.text)
        out.append(
            EventFinding(
                predicate=noun,
                did=noun_action(noun, by),
                lemma=lemma(noun),
                who=who,
                whom=list({id(e): e for e in whom}.values()),
                what=None,
                when=next((t.idx for t in scope if t.idx in dates), None),
                where=place_of(scope, participants),
                quoted=inside_quotes(noun) or participants.in_quote(noun),
            )
        )
    return out


def noun_action(noun: Token, by: Token) -> str:
    """The event noun with a short phrase after it that says where to: 'return to peace talks',
    'visit to Japan' (not the by-phrase, which names the doer)."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.i != by.i:
            after = list(noun.doc[child.i : child.right_edge.i + 1])
            if len(after) <= MAX_NOUN_PHRASE and not any(
                t.is_punct or t.pos_ == "VERB" for t in after
            ):
                return f"{noun.lower_} {words_text(after)}"
            break
    return noun.lower_  # 'Attacks ... by Hezbollah': the action, not the sentence's first word
