"""The sheet's events: each finding as an item with stable id and references, and the 3-6 key
events a reader most needs, main news first.

Key events are chosen by where the story tells them (the news comes first in a wire story),
whether a named actor does them, how much the story is about that actor, and whether they are
the story's news or the history it recalls.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Token

from generator.extract.action_words import planned_with_be, purpose
from generator.extract.event_status import charged_act, condition
from generator.extract.event_what import passive_complement, said_clause
from generator.extract.events import bare_participle, collective
from generator.extract.group_words import unnamed_body
from generator.extract.hits import fired
from generator.extract.lexicon import REPORTING_VERBS
from generator.extract.sentences import SentenceIndex
from generator.extract.summary import short_id
from generator.extract.timex.values import Timex
from generator.lemmas import lemma
from generator.names import stems
from generator.records import Entity, EventFinding, EventItem, Participant, Reference
from generator.slug import unique_slug
from generator.timeml import EXPLICIT_VALUE

MAX_KEY = 6
KEY_FLOOR = 0.4
"""Below this score an event is not key, unless it is the story's best."""
MAX_EVENTS = 50
"""A long story's events beyond this many, the lowest scored, are left out: a sheet stays one a
person can read and correct (one silver article in twelve had more than 30)."""
KEYS_PER_SENTENCE = 1
LEAD_KEYS = 2
"""A wire story's first sentence often tells two facts ('X signed ..., and Y claimed ...'), each
in a clause of its own (not 'a motion submitted by Denmark': a noun's modifier)."""
DECAY = 0.25
"""How fast a later sentence's events lose weight (news comes first, but not only first)."""
NAMED = 0.4
GROUP = 0.3
SALIENCE = 0.02
"""Per mention of its doer (up to 8): the story's main actors do its main events."""
TITLE_ACTION, TITLE_ACTOR = 0.3, 0.15
THING_AS_DOER = -0.2
BY_OWNER = 0.3
""""His statement contained no details": a thing acts, its owner only through it."""
PRESENT_SIMPLE = 0.2
"""'Russia and Ukraine share similar cultures': the simple present tells states and habits; news
is told in the past, the perfect or the future."""
QUOTED = 0.5
"""Someone's own words are mostly their view; the story tells its facts in its own voice."""
DATED = 0.15
NEWS_DAY = 0.3
"""A wire story reports what happened in the days up to it: an event dated to one of them is
the news more likely than one undated (on the 22 gold stories, 19 of 36 events dated so were
key, against 63 of 410 undated)."""
MAIN_CLAUSE = 0.15
"""The main clause carries the news; a relative or adverbial clause qualifies it."""


def event_records(
    events: list[EventFinding],
    sentences: SentenceIndex,
    date_ids: dict[int, str],
    story_start: int,
    title: str = "",
    dated: dict[int, str] | None = None,
) -> list[EventItem]:
    """Events in text order, the key ones flagged; at most MAX_EVENTS, the best kept. TITLE, when
    a person wrote it, tells the main news; DATED tells what each date (by its offset) says of
    the events it dates (see date_kinds)."""
    first = sentences.at(story_start) if sentences.spans else 0
    headline = stems(title)
    dated = dated or {}
    for event in events:
        kind = dated.get(event.when) if event.when is not None else None
        if kind == HISTORY and not event.background:
            fired("events: dated long before the story", event.did)
            event.background = True
        event.score = key_score(event, sentences.at(event.predicate.idx) - first, kind)
        event.score += in_title(event, headline)
    kept = sorted(events, key=lambda e: (-e.score, e.predicate.i))[:MAX_EVENTS]
    keys = choose_keys(kept, sentences, first)
    taken: set[str] = set()
    items = []
    for event in sorted(kept, key=lambda e: e.predicate.i):
        sentence = sentences.at(event.predicate.idx)
        text = sentences.sentence_text(sentence)
        item: EventItem = {
            "id": unique_slug(short_id("e", f"{event.did}|{text}"), taken),
            "who": [reference(p) for p in event.who],
            # a passive's phrase joins the action shown, not the id: edits keyed by it stay
            "did": event.did + (passive_complement(event.predicate) if event.passive else ""),
            "lemma": event.lemma,
            "whom": [reference(p) for p in event.whom],
            "what": event.what,
            "when": date_ids.get(event.when) if event.when is not None else None,
            "where": place.id if (place := event.where or event.said_at) is not None else None,
        }
        if event.negated:
            item["negated"] = True
        if event.passive:
            item["passive"] = True
        if event.modality:
            item["modality"] = event.modality  # type: ignore[typeddict-item]
        if event.attributed_to is not None:
            item["attributed_to"] = reference(event.attributed_to)
        item["key"] = id(event) in keys
        item["sentence"] = sentence
        item["evidence"] = text
        items.append(item)
    return items


HISTORY_DAYS = 180
"""A dated event whose time ended this long before the story is history it recalls."""
NEWS_DAYS = 7
"""A day this many days or fewer before the story (or the day after) is one the news happened on."""
HISTORY, NEWS, VAGUE = "history", "news", "vague"


def date_kinds(timexes: list[Timex], anchor: date | None, text: str) -> dict[int, str]:
    """What each date (by its start offset) says of the events it dates:
    - HISTORY: its period ended more than HISTORY_DAYS before ANCHOR (the 1991 of 'seized the
      area in 1991' in a story of 1998), but not where a stretch up to now starts ('the toll
      since September 2000 rose to 4,899');
    - NEWS: a day of the week the story reports on ('seized a car bomb Sunday', 'met Tuesday');
    - VAGUE: 'recently', 'in the past', 'in the future', which date nothing."""
    kinds: dict[int, str] = {}
    for t in timexes:
        if t.value.endswith("_REF"):
            kinds[t.start] = VAGUE
        if t.type != "DATE" or anchor is None or (end := last_day(t.value)) is None:
            continue
        if (anchor - end).days > HISTORY_DAYS and not SINCE.search(
            text, max(0, t.start - 12), t.start
        ):
            kinds[t.start] = HISTORY
        elif is_day(t.value) and -1 <= (anchor - end).days <= NEWS_DAYS:
            kinds[t.start] = NEWS
    return kinds


def is_day(value: str) -> bool:
    found = EXPLICIT_VALUE.match(value)
    return found is not None and found.group(3) is not None


SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+)?$", re.IGNORECASE)


def last_day(value: str) -> date | None:
    """The last day of a year, month or day value ('1991' -> 1991-12-31), else None."""
    found = EXPLICIT_VALUE.match(value)
    if found is None:
        return None
    year, month, day = found.group(1), found.group(2), found.group(3)
    if day:
        return date(int(year), int(month), int(day))
    if month:
        return date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
    return date(int(year), 12, 31)


def reference(participant: Participant) -> Reference:
    if isinstance(participant, Entity):
        return participant.id
    return {"text": participant}


def in_title(event: EventFinding, headline: frozenset[str]) -> float:
    """The headline names the story's main news: its action, its actors."""
    if not headline:
        return 0.0
    score = TITLE_ACTION if stems(event.did) & headline else 0.0
    actors = " ".join(names(event.who + event.whom))
    return score + (TITLE_ACTOR if stems(actors) & headline else 0.0)


def key_score(event: EventFinding, rank: int, dated: str | None = None) -> float:
    """Higher for the story's news: early, done by a named actor (or a group or body the text
    names, such as 'federal prosecutors', 'the high court') that the story is about, dated (on a
    day of the news most), placed. DATED is what the event's date says of it (see date_kinds)."""
    named = [p for p in event.who if isinstance(p, Entity)]
    undergoes = [p for p in event.whom if isinstance(p, Entity)]
    score = 1.0 / (1 + DECAY * max(rank, 0))
    if named:
        score += NAMED + SALIENCE * min(max(len(p.mentions) for p in named), 8)
        if event.by_owner:
            score -= BY_OWNER
    elif collective(event.who) or any(unnamed_body(p) for p in event.who):
        score += GROUP
    elif event.who:
        score += THING_AS_DOER  # 'the warning follows two decisions': no one acts
    elif undergoes and event.predicate.dep_ != "acl":
        score += GROUP + SALIENCE * min(max(len(p.mentions) for p in undergoes), 8)
    else:
        score -= 0.3
    if event.when is not None and dated != VAGUE:
        score += DATED
    if dated == NEWS:
        score += NEWS_DAY
    if event.where is not None:
        score += 0.1
    if event.background:
        score -= 0.4
    if event.modality in {"may", "should"}:
        score -= 0.2
    if event.quoted:
        score -= QUOTED
    if present_simple(event.predicate):
        score -= PRESENT_SIMPLE
    return score + MAIN_CLAUSE * main_clause(event)


def present_simple(verb: Token) -> bool:
    """'Russia and Ukraine share ...', 'Merieux is controlled by Rhone-Poulenc': a verb in the
    simple present, active or passive (not 'is expected to', 'has been', 'is seeking')."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].dep_ == "auxpass"
        and auxiliaries[0].tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def main_clause(event: EventFinding) -> int:
    """1 for the sentence's main event (its root, or what its saying root reports), -1 for one in
    a clause that only qualifies another (relative, adverbial, participle), 0 otherwise."""
    verb = clause_verb(event.predicate)
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"):
        return 1
    return -1 if verb.dep_ in {"relcl", "advcl", "acl"} else 0


def clause_verb(verb: Token) -> Token:
    """The verb that places the event's clause in its sentence: 'is' for 'a bank that is to be
    set up', the verb itself otherwise."""
    return verb.head if planned_with_be(verb) is not None else verb


FRAMING = frozenset({"as", "amid", "after", "ahead", "before", "despite", "following"})
"""What a thing 'came' with: 'the remarks came as ...', 'came a day after ...', 'came amid ...'."""
OCCASION = frozenset({"at", "on"})
"""Where or when a thing 'came' ('his remarks came on the sidelines of', 'the call came at a
meeting'), unlike where it came to ('came into force', 'came to an end')."""


def frames_the_news(event: EventFinding) -> bool:
    """'His remarks came as a convoy arrived', 'The stark analysis came amid ...', 'The call came
    at a meeting': something said or done that 'came' with other news only ties it to that news;
    no one does anything."""
    verb = event.predicate
    if lemma(verb) != "come" or (event.who and not event.by_owner and names_someone(event)):
        return False
    ties = [c for c in verb.children if c.lower_ in FRAMING]
    if not arrives(verb):  # 'came on the sidelines of a meeting', 'came at a time when ...'
        ties += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OCCASION]
    ties += [  # 'came a day after ...', 'came as the talks opened'; not 'come into force Monday'
        t
        for c in verb.children
        if c.dep_ in {"npadvmod", "advcl"}
        for t in c.children
        if t.lower_ in FRAMING
    ]
    if ties:
        fired("events: a thing that came with the news is no key fact", verb.sent.text)
    return bool(ties)


TELLING = frozenset(
    {"comment", "confirm", "disclose", "divulge", "elaborate", "identify", "reveal", "say"}
    | {"speculate", "specify"}
)
"""Verbs whose act is telling something: declined or negated, they tell nothing."""
HANDING = frozenset({"give", "offer", "provide", "release"})
INFORMATION = frozenset(
    {"breakdown", "detail", "details", "explanation", "figure", "figures", "indication"}
    | {"information", "name", "names", "reason", "timeframe", "timetable"}
)
"""What a source hands over when it tells: 'gave no details', 'declined to provide figures'."""
REFUSALS = frozenset({"decline", "refuse"})


def withholds(event: EventFinding) -> bool:
    """'Declined to comment', 'would not say', 'did not specify', 'gave no details': a source
    keeps something back; no one does anything a fact box would list. So does a telling verb
    joined to such a one ('would not confirm or deny', 'declined to comment or to confirm')."""
    verb = event.predicate
    if lemma(verb) in REFUSALS:
        withheld = any(tells(c) for c in verb.children if c.dep_ == "xcomp")
    else:
        first = verb
        while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
            first = first.head
        alternative = first.i != verb.i and any(  # 'would not confirm or deny'
            c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children
        )
        withheld = (tells(verb) or (alternative and tells(first))) and (
            event.negated
            or any(c.dep_ == "neg" for c in first.children)
            or (first.dep_ == "xcomp" and lemma(first.head) in REFUSALS)
            or any(c.lower_ == "no" for o in objects(verb) for c in o.children)
        )
    if withheld:
        fired("events: a source withholds, no key fact", verb.sent.text)
    return withheld


def tells(verb: Token) -> bool:
    """A verb of telling, or of handing over information ('provide details')."""
    if lemma(verb) in TELLING:
        return True
    return lemma(verb) in HANDING and any(o.lower_ in INFORMATION for o in objects(verb))


def objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def arrives(verb: Token) -> bool:
    """'Came into force at midnight', 'came to power on Monday', 'came under fire': it came
    somewhere, which is news of its own; and 'at midnight' or 'on Monday' only dates it."""
    return any(
        (c.dep_ == "prep" and c.lower_ in {"into", "to", "under"})
        or c.dep_ == "prt"
        or (c.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in c.children))
        for c in verb.children
    )


def names_someone(event: EventFinding) -> bool:
    """A doer that is an actor or a group of people, not a thing ('the remarks', 'the call')."""
    return any(isinstance(p, Entity) for p in event.who) or collective(event.who)


def clause_of_its_own(event: EventFinding) -> bool:
    """Not a clause that modifies a noun ('a motion submitted by Denmark', 'the team that ...')."""
    if clause_verb(event.predicate).dep_ in {"acl", "relcl"}:
        fired("events: a noun's modifier is not the lead's second fact", event.did)
        return False
    return True


def head_word(what: str | None) -> str:
    """The last word before a phrase or clause that qualifies it: 'a water treaty in Vienna' and
    'the treaty after two years' -> treaty; 'their resignation', 'my resignation' -> resignation."""
    head = re.split(r"\b(?:which|that|who|of|in|on|for|to|with|at|from|by|after)\b", what or "")[0]
    words = head.lower().split()
    return words[-1] if words else ""


def names(participants: list[Participant]) -> list[str]:
    """Each participant as the text names it: an actor's name, or an unnamed doer's words."""
    return [p.name if isinstance(p, Entity) else p for p in participants]


def choose_keys(events: list[EventFinding], sentences: SentenceIndex, first: int) -> set[int]:
    """The best-scored events, one per sentence, up to MAX_KEY, each fact once (same action,
    same head of what it is done to, same actors, no other place; a clause whose words are a
    speech act's `what` is that speech act's fact)."""
    chosen: set[int] = set()
    per_sentence: dict[int, int] = {}
    said = {  # 'warned he would not let ...': the warning, whose words tell it, is the fact
        clause.i for e in events if e.what for clause in said_clause(e.predicate)
    }
    said |= {  # 'accused Iran of supplying weapons': the accusation is the fact
        act.i for e in events if (act := charged_act(e.predicate)) is not None
    }
    told: list[tuple[tuple[str, ...], str]] = []  # what was told, and where
    for event in sorted(events, key=lambda e: (-e.score, e.predicate.i)):
        if len(chosen) == MAX_KEY or (chosen and event.score < KEY_FLOOR):
            break  # a short story may have fewer key facts than six
        if event.lemma in REPORTING_VERBS and not event.statement:
            continue  # 'reports from Geneva', 'noted the toll': a verb that only conveys
        if event.predicate.i in said:
            fired("events: a fact a speech act's words tell", event.did)
            continue
        if bare_participle(event.predicate):
            continue  # 'walked away from the talks, demanding ...': it adds to the walk-out's fact
        if purpose(event.predicate):
            continue  # 'fired tear gas to disperse the crowd': the firing is the fact
        if condition(event.predicate):
            continue  # 'would resign if he loses the vote': a condition is no fact
        if frames_the_news(event):
            continue  # 'His remarks came as ...': the news is what it came with
        if withholds(event):
            continue  # 'declined to comment', 'gave no details': nothing is told
        place = event.where.name if event.where is not None else ""
        # with no doer, the whole of what it is done to tells the fact: 'two soldiers were
        # killed' is not 'more than 2,850 soldiers have been killed'
        told_of = head_word(event.what) if event.who else (event.what or "")
        fact = (event.lemma, told_of, *sorted(names(event.who + event.whom)))
        if (event.who or any(isinstance(p, Entity) for p in event.whom)) and any(
            f == fact and (not p or not place or p == place) for f, p in told
        ):
            fired("events: a key fact told twice", event.did)
            continue  # told again, in other words or in a quote: one key fact
        sentence = sentences.at(event.predicate.idx)
        limit = LEAD_KEYS if sentence == first and clause_of_its_own(event) else KEYS_PER_SENTENCE
        if per_sentence.get(sentence, 0) >= limit:
            continue
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
        chosen.add(id(event))
        told.append((fact, place))
    return chosen
