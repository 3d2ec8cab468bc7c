"""Events from the dependency parse: each verbal predicate with its doer, what it acts on, the
time expression and place in its own clause, its negation and modality, and who claims it.

A reported statement ("police said the gunmen fled") is the event it reports, attributed to the
speaker; the saying itself is an event only when it is the news (announced, warned, denied, or
a lead that tells only what someone says: story_events.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.action_words import (
    control_object,
    did_words,
    open_complements,
    planned_with_be,
)
from generator.extract.ages import stated_age
from generator.extract.clause_scope import (
    acted_on_place,
    describes_a_person,
    in_circumstance,
    own_scope,
    place_of,
    saying_scope,
    shared_place,
    when_of,
)
from generator.extract.copula_changes import action_lemma
from generator.extract.event_history import is_background
from generator.extract.event_status import (
    denied,
    does_its_complement,
    feels,
    inside_quotes,
    main_news,
    modality,
    negative_argument,
    speaker_of,
    subjects_of,
    whole_of_part,
    without_negative,
)
from generator.extract.event_what import acted_on
from generator.extract.group_words import (
    collective_phrase,
    counted_nationals,
    is_group_word,
    names_people,
    unnamed_people,
)
from generator.extract.hits import fired
from generator.extract.lexicon import (
    KIN_HEADS,
    REPORTING_VERBS,
    SAYING_VERBS,
    is_head,
)
from generator.extract.names import is_title_word
from generator.extract.owned_bodies import owned_body
from generator.extract.participants import Participants
from generator.extract.possessors import maker_named, owner_at, owner_said_before
from generator.extract.said_in import trailing_sayer
from generator.extract.sentences import (
    is_reported_clause,
    outside_subtrees,
    paired_quotes,
    quotes_in,
    sentence_of,
    verb_subject,
)
from generator.lemmas import lemma
from generator.records import Entity, EventFinding, Participant

OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
SKIPPED_LEMMAS = frozenset({"be", "have", "do", "get", "seem", "become", "remain"})


def is_predicate(token: Token) -> bool:
    if token.pos_ != "VERB" or token.lower_ == "according":
        return False
    if lemma(token) in SKIPPED_LEMMAS and not open_complements(token):
        return False  # 'had to agree' is an event: 'had' alone is not
    if token.dep_ == "pcomp":
        return controller(token) is not None
    if token.dep_ in {"amod", "compound"} and token.tag_ == "VBD" and verb_subject(token):
        fired("events: a verb with its subject the parse took for a modifier", token.sent.text)
        return True  # 'Iraq alleged Ritter was a spy': 'alleged' read as Ritter's adjective
    if token.dep_ == "xcomp" and planned_with_be(token) is not None:
        return True  # 'Hungary is to sign the deal': 'is' tells no event of its own
    if token.dep_ in {"xcomp", "amod", "compound", "aux", "auxpass", "prep"}:
        return False  # ('prep': 'members, including representatives of ...' tells no event)
    if token.dep_ == "acl":
        return any(c.dep_ == "agent" for c in token.children)
    if lemma(token) in REPORTING_VERBS and reports(token):
        return False
    return True


def bare_participle(verb: Token) -> bool:
    """'..., demanding that Hungary lift the ban': a participle clause with no subject of its own."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb_subject(verb) is None


def participle_doer(participle: Token) -> tuple[list[Token], bool]:
    """'A bomb ripped through the market, killing five people': a participle with no subject of
    its own is done by its clause's subject (when that clause is active)."""
    subjects, passive = subjects_of(participle.head)
    if passive or not subjects or lemma(participle.head) in SAYING_VERBS:
        return [], False  # 'Speaking to reporters, Beckett said ...': the statement's setting
    fired("events: a participle's doer is its clause's subject", participle.sent.text)
    return subjects, False


def controller(gerund: Token) -> Token | None:
    """Who does what a gerund after a preposition says: 'praised Fujimori for ending the
    standoff' (the object of praise, blame or accuse), 'X left after meeting Y' (the subject)."""
    prep = gerund.head
    verb = prep.head
    if gerund.tag_ != "VBG" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if prep.lower_ in {"for", "of"}:
        done_to = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if done_to is not None:
            return done_to
    subjects, passive = subjects_of(verb)
    if subjects and not passive or prep.lower_ in {"for", "of"}:
        return subjects[0] if subjects else None
    return None


def reports(token: Token) -> bool:
    """A saying verb with a reported clause, one that closes a quote or ends the sentence it
    reports ('..., added the source.'): not an event itself."""
    if any(c.dep_ == "parataxis" or is_reported_clause(c) for c in token.children):
        return True
    if trailing_sayer(token) is not None:
        return True
    return quotes_in(sentence_of(token)) > 0


def read_event(
    verb: Token, participants: Participants, dates: dict[int, int]
) -> EventFinding | None:
    """The event VERB heads, or None when no actor (or group) takes part. DATES maps each time
    expression's start offset to its end."""
    subjects, passive = subjects_of(verb)
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    objects = objects_of(verb)
    if verb.dep_ == "acl":
        subjects, passive = [verb.head], True
    if verb.dep_ == "pcomp":
        subjects = [controller(verb)]  # type: ignore[list-item]
        fired("events: a gerund's doer", subjects[0].text, verb.text)
    if not subjects and bare_participle(verb) and not passive:
        subjects, passive = participle_doer(verb)
    if passive and not agents and (does_its_complement(verb) or feels(verb)):
        passive = False  # 'he is expected to seek': he acts; nobody acts on him
    news = main_news(verb, subjects)
    if not news and not may_involve_actor(verb, subjects, participants):
        return None
    doers = agents if passive else subjects
    who: list[Participant] = []
    for token in doers:
        who += [p for p in doer_of(token, participants) if p not in who]
    if not who and infinitive_of_noun(verb):
        return None  # 'a project to link Hamburg and Berlin': what it is for, no doer named
    did = did_words(verb)
    own = not passive and all(s.head.i == verb.i for s in doers)  # not a conjunct's, inherited
    owner = owner_as_doer(doers, participants) if own else None
    if owner is not None:  # "Japan's trade surplus surged": Japan, 'trade surplus surged'
        who, did = [owner], f"{thing_words(doers[0])} {did}"
    patients = subjects if passive else objects
    scope = own_scope(verb)
    whom = undergoing(patients, participants)
    # the actors of its own clause (not in its doers' words) and of what it tells of
    involved = outside_subtrees(scope, doers) + told_of(verb, objects)
    if owner is not None:  # "Japan's surplus with the United States": the US takes part
        involved += list(doers[0].subtree)
    for token in involved:
        if counted_nationals(token):
            continue  # 'killed six Israelis': people, not Israel
        actor = taking_part(token, participants)
        if actor is None or actor in who or actor in whom or in_circumstance(token, verb):
            continue
        if describes_a_person(token, actor, participants.actor_at):
            continue
        if owns_a_place(token, participants):
            continue  # 'arrested in northwest China's Xinjiang': where, not who
        whom.append(actor)
    whom = [p for p in whom if p not in who]
    nationals = any(counted_nationals(t) for t in patients)  # 'killed six Israelis'
    if not any(isinstance(p, Entity) for p in who + whom) and not collective(who) and not nationals:
        if not news:
            return None
        fired("events: the main news with no actor", sentence_of(verb).text)
    when = when_of(verb, scope, dates)
    where = place_of(scope, participants) or shared_place(verb, participants)
    what = paired_quotes(acted_on(verb, patients, participants, dates))  # no mark left alone
    what = None if trailing_sayer(verb) is not None else what  # ', reported the agency.': who
    none_take_part = negative_argument(verb)  # 'no one was injured'
    if none_take_part:
        what = without_negative(what)
    return EventFinding(
        predicate=verb,
        did=did,
        lemma=action_lemma(verb),
        who=who,
        whom=whom,
        what=what,
        when=when,
        where=where,
        negated=any(c.dep_ == "neg" for c in verb.children) or denied(verb) or none_take_part,
        modality=modality(verb),
        attributed_to=speaker_of(verb, participants),
        background=is_background(verb),
        quoted=inside_quotes(verb) or participants.in_quote(verb),
        said_at=None if where else place_of(saying_scope(verb), participants),
        by_owner=owner is not None,
        passive=passive and not who and bool(patients),
    )


def doer_of(token: Token, participants: Participants) -> list[Participant]:
    """Who TOKEN names as a doer: 'more than 500 Swedes died' are Swedes, not Sweden."""
    if counted_nationals(token):
        fired("events: people of a nation counted as the doer", token.sent.text)
        return [token.text]
    return participants.resolve(token)


def undergoing(patients: list[Token], participants: Participants) -> list[Participant]:
    """Who the PATIENTS are: actors, groups the text names ('Peruvian troops') and people
    ('three men'); not things."""
    whom: list[Participant] = []
    for token in patients:
        if counted_nationals(token):
            fired("events: people of a nation counted", token.sent.text)
        else:
            resolved = participants.resolve(token)
            whom += [p for p in resolved if isinstance(p, Entity) or collective([p])]
        if token.dep_ in {"attr", "oprd"}:
            continue  # 'became one of the first Asian directors': what someone is
        people = unnamed_people(whole_of_part(token), participants.resolve_one)  # 'most of them'
        whom += [p for p in people if p not in whom]
    return whom


def objects_of(verb: Token) -> list[Token]:
    """What VERB acts on: its objects, those of the verbs it runs on into, and whom it moves to
    act ('called on Israel to respect the ceasefire': Israel)."""
    speaker = trailing_sayer(verb)  # '..., added the source.': the source is no object
    objects = [
        c for c in verb.children if c.dep_ in OBJECT_DEPS and (speaker is None or c.i != speaker.i)
    ]
    for x in open_complements(verb):
        objects += [c for c in x.children if c.dep_ in OBJECT_DEPS]
    control = control_object(verb)
    if control is not None and control[0] not in objects:
        objects.insert(0, control[0])
    return objects


def infinitive_of_noun(verb: Token) -> bool:
    """'a project to link Hamburg and Berlin', 'efforts to resolve the turf war': a noun's
    to-infinitive says what the thing is for or about, nothing that happened."""
    found = verb.dep_ in {"relcl", "acl"} and any(c.tag_ == "TO" for c in verb.children)
    if found:
        fired("events: a noun's infinitive with no doer", verb.text, sentence_of(verb).text)
    return found


def taking_part(token: Token, participants: Participants) -> Entity | None:
    """The actor a word of the event's clause names: by name, by a title, or as a country the
    event acts on."""
    return (
        participants.actor_at.get(token.i)
        or described(token, participants)
        or acted_on_place(token, participants)
    )


def described(token: Token, participants: Participants) -> Entity | None:
    """'the report of the ANC president': the person a title with its article stands for."""
    if token.pos_ != "NOUN" or not is_title_word(token) or token.tag_ == "NNS":
        return None
    found = participants.descriptions.resolve(token)
    if found is not None:
        fired("events: a person described by title takes part", token.text, found.name)
    return found


def owns_a_place(token: Token, participants: Participants) -> bool:
    """The possessor of a named place: 'China's Xinjiang', 'Iraq's Anbar province'."""
    owned = token.head
    while token.dep_ in {"compound", "flat"} and owned.dep_ in {"compound", "poss"}:
        token, owned = owned, owned.head  # 'Xinjiang Uygur Autonomous Region': its head word
    place = owned.ent_type_ in {"GPE", "LOC", "FAC"} or owned.i in participants.place_at
    found = token.dep_ == "poss" and token.pos_ != "PRON" and place
    if found:
        fired("events: the owner of a place is no participant", token.text, owned.text)
    return found


def owner_as_doer(doers: list[Token], participants: Participants) -> Entity | None:
    """ "Japan's trade surplus surged", "Bush's plan failed": what a thing does is its owner's
    news, so a thing that is no actor and whose owner is one makes the owner the doer."""
    if len(doers) != 1:
        return None
    thing = doers[0]
    if (
        thing.pos_ != "NOUN"
        or participants.may_describe(thing)
        or is_group_word(thing)
        or (is_title_word(thing) and thing.tag_ == "NN")
    ):  # 'China's foreign minister', 'Chen's boss': someone; 'Iraq's Shiites': a group
        return None
    if is_head(thing.lower_.split("-")[-1], KIN_HEADS):
        return None  # "Schwarz's great-grandfather founded it": the relative did
    if any(isinstance(p, Entity) for p in participants.resolve(thing)):
        return None
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None:
        return (
            name_before(thing, participants)
            or maker_named(thing, participants)
            or owner_said_before(thing, participants)
        )
    pronoun = owner.pos_ == "PRON" or owner.tag_ == "WP$"  # 'its', 'whose'
    found = owner_at(owner) if pronoun else participants.named(owner)
    if found is not None:
        fired("events: a thing's owner is its doer", owner.text, thing.text)
    return found


def name_before(thing: Token, participants: Participants) -> Entity | None:
    """'Delta Air Lines earnings soared', 'the US economy grew': an actor's name right before a
    thing's noun owns it, as "Delta's earnings" would; not its people ('OPEC members', 'FBI
    agents'), who act themselves."""
    if names_people(thing):
        return None
    name = owning_name(thing)
    found = participants.named(name) if name is not None else None
    if found is None or all(m.span.root.dep_ == "compound" for m in found.mentions):
        return None  # a name only ever before a noun names a kind or a place: 'a Cessna plane'
    fired("events: a name before a thing owns it", found.name, thing.text)
    return found


def owning_name(thing: Token) -> Token | None:
    """The proper name compounded right before THING, unless a possessive names its owner."""
    if any(c.dep_ == "poss" for c in thing.children):
        return None
    return next(
        (
            c
            for c in thing.lefts
            if c.dep_ == "compound" and c.i == thing.i - 1 and c.ent_type_ in OWNER_NAMES
        ),
        None,
    )


OWNER_NAMES = frozenset({"ORG", "PERSON"})
"""Not a place's: 'the Varn mine' is where the mine is."""


def thing_words(thing: Token) -> str:
    """'trade surplus' of "Japan's trade surplus with the US": the noun and its compounds, not a
    measure's ('offensive' of 'Israel's 17-day offensive') nor an owner's name ('earnings' of
    'Delta Air Lines earnings')."""
    name = owning_name(thing)
    compounds = [
        c
        for c in thing.lefts
        if c.dep_ == "compound" and not any(g.like_num for g in c.children) and c != name
    ]
    words = sorted({t for c in compounds for t in c.subtree} | {thing}, key=lambda t: t.i)
    return "".join(t.text_with_ws for t in words).strip()  # 'long-term bonds'


def told_of(verb: Token, objects: list[Token]) -> list[Token]:
    """The words of what a verb tells of, whose actors it involves: its clausal complement and
    its object's words ('announced it would table a motion on China', 'dismissed fears that
    China ...')."""
    words = [t for c in verb.children if is_reported_clause(c) for t in c.subtree]
    return words + [t for o in objects for t in o.subtree] + equated_with(verb)


def equated_with(verb: Token) -> list[Token]:
    """'The inclusion of India was the result of concern raised by Japan': the words of what a
    copula equates with the noun a participle describes (Japan raised concern over India)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # 'the result of concern raised by ...'
    copula = noun.head
    if noun.dep_ != "attr" or lemma(copula) != "be" or names_people(noun):
        return []  # not 'X is a critic of the war launched by Y': X only speaks of the war
    subjects = [c for c in copula.children if c.dep_ == "nsubj"]
    if subjects:
        fired("events: what a copula equates with a participle's noun", verb.sent.text)
    return [t for s in subjects for t in s.subtree]


def may_involve_actor(verb: Token, subjects: list[Token], participants: Participants) -> bool:
    """A quick test before the event is read: an actor is named in the verb's words or its
    subject's, a pronoun or a description may stand for one, or the subject names a group."""
    low = min([verb.left_edge.i] + [s.left_edge.i for s in subjects])
    high = max([verb.right_edge.i] + [s.right_edge.i for s in subjects])
    if participants.actor_between(low, high):
        return True
    for subject in subjects:
        if subject.pos_ == "PRON" or participants.may_describe(subject) or stated_age(subject):
            return True  # 'he', 'the minister', 'the 29-year-old'
        if owned_body(subject, participants.actors) is not None:
            return True  # 'his party'
        if any(is_group_word(token) for token in subject.subtree):
            return True
    return False


def collective(doers: list[Participant]) -> bool:
    """A group the text does not name: 'federal prosecutors', 'Peruvian troops', 'police'."""
    for doer in doers:
        if collective_phrase(doer):
            fired("events: unnamed group as doer", doer)
            return True
    return False
