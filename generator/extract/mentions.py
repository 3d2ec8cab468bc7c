"""What each name mention names (a person, organisation, country, capital, place, or nothing),
from its label, its words, its syntax and the gazetteer."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.action_words import control_object
from generator.extract.body_names import (
    acting_facility,
    as_body,
    as_named_body,
    kind_of_body_apposed,
)
from generator.extract.gazetteer import DEMONYM_NOUNS, Country, gazetteer
from generator.extract.groups import as_people, people_of_a_place
from generator.extract.hits import fired
from generator.extract.lexicon import (
    BODY_BEFORE_NAME,
    GENERIC_NAMES,
    LOCATIVE_PREPOSITIONS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTY_PREPOSITIONS,
    PLACE_HEADS,
    REGIONAL_HEADS,
    SPEECH_VERBS,
)
from generator.extract.name_spans import candidate_spans
from generator.extract.names import (
    DOCUMENT_HEADS,
    STREET_HEADS,
    clean_span,
    document_head,
    entities,
    is_title_word,
    named_like_person,
    names_a_portfolio,
    names_an_event_or_text,
    starts_with_article,
    surface,
    told_or_cited,
)
from generator.extract.no_names import (
    common_word_opening,
    is_doctrine,
    is_time_zone,
    names_a_relation,
)
from generator.extract.person_names import (
    full_name_of_lone_person,
    listed_with_people,
    marked_surname,
    nationality_before_name,
    proper_words,
    titled_name,
    untagged_surnames,
)
from generator.extract.pre_titles import ends_title_phrase, opens_with_title
from generator.extract.sentences import first_conjunct, who_clause
from generator.extract.titles import titled_before
from generator.names import acronym, fold, surname
from generator.records import NameMention

COMPASS_WORD = re.compile(
    r"(north|south|east|west|(north|south)-?(east|west))(ern)?|central|lower|upper|inner|outer"
)
"""Where in a place: a person is never 'northern' or 'lower'."""


def syntactic_role(span: Span) -> tuple[bool, bool]:
    """(agentive, locative) for a name: subject/possessor/party versus object of 'in'."""
    root = span.root
    token = first_conjunct(root)
    dep = token.dep_
    if dep in {"nsubj", "nsubjpass", "poss", "csubj"}:
        return True, False
    if dep == "pobj":
        prep = token.head.lower_
        if prep in LOCATIVE_PREPOSITIONS:
            return False, True
        if prep in {"between", "among"} and token.head.head.tag_ == "VBN":
            fired("divided between: a location", span.text, token.head.head)
            return False, True  # "divided between Brunei, Indonesia and Malaysia"
        if prep in PARTY_PREPOSITIONS or prep == "of":
            return prep != "of", False
        if (control := control_object(token.head.head)) is not None and control[0] == token:
            return True, False  # 'called on Israel to respect the ceasefire': Israel acts
    if dep == "compound" and token.head.lower_ in PLACE_HEADS:
        return False, True
    if dep == "dobj" and token.head.lower_.startswith(
        ("visit", "leav", "left", "reach", "enter", "invad", "tour", "arriv")
    ):
        return False, True
    if dep in {"dobj", "conj"}:
        return True, False
    if dep == "npadvmod" and done_by(token):
        fired("a name before a hyphened participle did it", span.text, span.sent.text)
        return True, False
    if dep in {"appos", "npadvmod"}:
        return False, True
    return False, False


LOCATING_PARTICIPLES = frozenset(
    {"based", "born", "made", "bound", "listed", "registered", "flagged"}
)
"""'Britain-based', 'US-born', 'Beijing-bound': the name before the hyphen says where."""


def done_by(name: Token) -> bool:
    """'a NATO-led airstrike', 'US-backed forces', 'an al-Qaeda-linked group': the name before
    a hyphen and a participle is who did it (led by NATO), not where."""
    participle = name.head
    return (
        participle.i == name.i + 2
        and name.doc[name.i + 1].text == "-"
        and participle.tag_ == "VBN"
        and participle.lower_ not in LOCATING_PARTICIPLES
    )


def classify(
    span: Span, person_surnames: set[str], lone_names: frozenset[str] = frozenset()
) -> NameMention:
    """Decide what a mention names, from its label, its words and the gazetteer. LONE_NAMES are
    the one-word names the model labels PERSON in the text."""
    gaz = gazetteer()
    text = surface(span)
    key = fold(text)
    label = span.label_
    agentive, locative = syntactic_role(span)
    mention = NameMention(span, text, "drop", agentive=agentive, locative=locative)
    if not key or key in GENERIC_NAMES or len(key) < 2 or COMPASS_WORD.fullmatch(key):
        return mention  # 'the Eastern neighbourhoods', 'Northern and Eastern provinces'
    last = key.split()[-1]
    if names_an_event_or_text(text, label) or names_an_index(span) or POOL.fullmatch(text):
        return mention  # 'Group C': a pool of a tournament
    if label == "ORG" and text[:1].islower() and not starts_with_article(text):
        return mention  # a fragment ("less united guerrilla"), not a name
    if label == "PERSON" and len(span) == 1 and text.islower():
        fired("lower-case word labelled PERSON: no name", text)
        return mention  # "70 trillion kwacha": a name is capitalised
    if label == "ORG" and is_portfolio(span):
        fired("portfolio of a title: not an actor", text, span.doc[span.end])
        return mention  # "Defence Minister X": the model took the portfolio for a body
    if (
        label in {"ORG", "PERSON", "GPE"}
        and len(span) <= 2
        and plural_or_demonym(span)
        and not any(gaz.country(t) for t in (text, text.removesuffix("s")))  # 'the two Koreas'
        and not gaz.is_place_name(text)
        and gaz.country_of_demonym(text)
    ):
        fired(f"demonym labelled {label}: not an actor", text)
        return mention  # "Ugandan", "Nepali": a nationality, as the guideline reads NORP
    if label in {"ORG", "FAC", "PERSON"} and last in STREET_HEADS and len(span) > 1:
        fired("street head: a place", text)
        mention.kind = "place"
        if span[0].ent_type_ == "NORP" or fold(span[0].text) in community_words(span.doc):
            mention.span = Span(span.doc, span.start + 1, span.end, label=span.label_)
            mention.text = surface(mention.span)
        return mention
    if label == "PERSON" and len(span) >= 3 and nationality_before_name(span):
        fired("nationality before a person's name: not part of it", text)
        start = span.start + 1  # 'Brazilian Emerson Fittipaldi'
        while start < span.end - 1 and is_title_word(span.doc[start]):
            start += 1  # 'Jordanian King Abdullah II': the title is no part of the name either
        span = Span(span.doc, start, span.end, label=label)
        mention.span, mention.text = span, surface(span)
        text, key = mention.text, fold(mention.text)
    if key in person_surnames and " " not in key:
        mention.kind = "person"
        return mention
    if label in {"ORG", "GPE"} and proper_words(span):
        if (
            fold(span[-1].text) in person_surnames
            and last not in ORG_SUFFIXES
            and not gaz.is_place_name(text)
        ) or full_name_of_lone_person(span, lone_names):
            mention.kind = "person"  # "Homira Atimadi" (ORG), later "Ms. Atimadi" or "Atimadi"
            return mention
        if titled_name(span) or listed_with_people(span):
            fired("a name with a title in apposition: a person", text)
            mention.kind = "person"  # "Ivo Petrov, the league's president," (ORG)
            return mention
    country = gaz.country(text)
    if country:  # also 'Nepal's King Gyanendra', the model's PERSON (a surname went before)
        return as_country(mention, country)
    if label == "NORP" and span.end < len(span.doc) and span.doc[span.end].lower_ in REGIONAL_HEADS:
        fired("nationality + place noun: a place", text, span.doc[span.end])
        mention.span = Span(span.doc, span.start, span.end + 1, label="LOC")
        mention.text, mention.kind = surface(mention.span), "place"
        return mention  # "the Palestinian territories", "the Korean peninsula", "the Arab world"
    if label == "NORP" or people_of_a_place(span):
        return as_people(mention)
    capital = gaz.capital_of(text)
    if capital and label in {"GPE", "PERSON", "ORG"} and len(span) <= 3:
        mention.kind, mention.country = "capital", capital
        return mention
    mention.kind = kind_by_label(span, text, label, locative, agentive)
    return mention


def plural_or_demonym(span: Span) -> bool:
    """A word like a nationality's ('Ugandan', 'Nepali', 'Britons'), not a name like 'Cameron'
    or 'Chin'; a plural is never one person's name ('Croats', the tagger's NNS or NNPS)."""
    singular = span.text.removesuffix("s")
    return (
        singular.endswith(("an", "ese", "i", "ish"))
        or span[-1].tag_ in {"NNPS", "NNS"}
        or (singular != span.text and fold(singular) in DEMONYM_NOUNS)
    )


POOL = re.compile(r"(?:Group|Pool) [A-H]")
"""'Japan qualified second in Group A': one of a tournament's pools, no actor."""
INDEX_WORDS = frozenset({"index", "average", "composite"})
"""Words that make a name a market index's: 'the Hang Seng index', 'the Nikkei Stock Average',
'the Nasdaq composite'."""


def names_an_index(span: Span) -> bool:
    """'the Straits Times Index', 'the Nikkei Stock Average', 'the Nasdaq composite', 'the CAC 40
    rose': a market index's name (the model may cut it before its index word or an acronym's
    number), not an actor's."""
    doc = span.doc
    at = span.end
    numbered = at < len(doc) and doc[at].like_num and doc[at].ent_type_ not in {"DATE", "MONEY"}
    index_next = at + 1 < len(doc) and doc[at + 1].lower_ in INDEX_WORDS
    if numbered and (doc[at].head.i == span.root.i or index_next):
        at += 1  # 'the CAC 40', 'the FTSE 100 index': the number is the index's
    after = doc[at].lower_ if at < len(doc) else ""
    head = span.root
    for _ in range(3):  # 'Hang Seng China-Affiliated Corporations Index': the compound's head
        if head.dep_ != "compound" or head.head.i < head.i or not head.head.text.istitle():
            break  # not 'the UNCTAD price index', the body's own index
        head = head.head
    found = span.label_ in {"ORG", "PERSON"} and (
        after in INDEX_WORDS
        or fold(span[-1].text) in INDEX_WORDS
        or (head.lower_ in INDEX_WORDS and head.i >= span.end)
        or (at > span.end and span.text.isupper())  # 'the CAC 40', not a score: 'Mainz 1'
    )
    if found:
        fired("a name before 'index': not an actor", span.text)
    return found


def community_words(doc: Doc) -> set[str]:
    """Words the text uses on their own for a nationality, religion or group ('Catholic
    communities'): before a street name they describe it ("Catholic Garvaghy Road")."""
    cached = doc.user_data.get("factsheet_community_words")
    if cached is None:
        cached = {fold(e.text) for e in entities(doc) if e.label_ == "NORP" and len(e) == 1}
        doc.user_data["factsheet_community_words"] = cached
    return cached


def speaks(span: Span) -> bool:
    """The name is the subject of a speech verb ("X said", "X reported")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lower_ in SPEECH_VERBS


def is_portfolio(span: Span) -> bool:
    """A government portfolio written before a title word: "Defence" in "Defence Minister",
    "British Defense" in "British Defense Secretary", "External Affairs" (not a body's name,
    "Norsk Hydro Energy Minister")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and is_title_word(following) and names_a_portfolio(span.text)


def person_labelled_place(span: Span, text: str, locative: bool) -> bool:
    """A PERSON-labelled name of more than a word that is a place: one ending in a place's word
    ('Kalahari Desert', 'Tiananmen Square'), or a town's name where things happen ('in the
    northern provinces Khon Kaen and Chiang Mai')."""
    if len(span) < 2:
        return False
    if fold(span[-1].text) in PLACE_HEADS:
        fired("PERSON-labelled name ending in a place's word: a place", text)
        return True
    if locative and gazetteer().is_place_name(text):
        fired("PERSON-labelled town's name where things happen: a place", text)
        return True
    return False


def kind_by_label(span: Span, text: str, label: str, locative: bool, agentive: bool = False) -> str:
    """What a name that is no country or capital names, from the model's label and the words
    around it; "drop" when it names nothing the sheet keeps."""
    gaz = gazetteer()
    next_token = span.doc[span.end] if span.end < len(span.doc) else None
    if names_a_relation(text):
        return "drop"  # 'Vanuatu-China relations', 'the US-Japan alliance', 'South-South'
    if gaz.is_state_abbreviation(text):
        fired("a US state's AP abbreviation: a place", text)
        return "place"  # 'Newark, N.J.', 'Fresno, Calif.'
    if label == "GPE" and (
        speaks(span) and not gaz.is_place_name(text) or told_or_cited(span.root)
    ):
        fired("GPE that reports, says or is told: an organisation", text)
        return "organization"  # "Interfax reported": a news agency the model took for a place
    if label == "GPE" and text.replace(".", "").isupper() and not gaz.is_place_name(text):
        fired("acronym labelled GPE: an organisation", text)
        return "organization"  # "UN", "EU": bodies; a country's acronym ("US") is a country
    placed = label in {"LOC", "GPE"} and not gaz.is_place_name(text)
    if (placed or label == "ORG" and named_like_person(text)) and titled_before(span):
        fired("name apposed to a title: a person", label, text)
        return "person"  # "A spokesman for the Committees, Abu Abir, said" (GPE, ORG too)
    if (
        label in {"LOC", "GPE", "FAC"}
        and not gaz.is_place_name(text)
        and fold(span[-1].text) not in PLACE_HEADS
        and span.root.tag_ != "NNPS"  # 'Hongkongers who ...': a people
        and described_by_who(span)
    ):
        fired("place-labelled name a 'who' clause describes: a person", text)
        return "person"  # 'Phoxay Aphailath who picked up a wushu silver'
    if label in {"LOC", "FAC", "GPE"}:
        facility = label == "FAC" and not gaz.is_place_name(text) and acting_facility(span)
        if facility or (placed and as_named_body(span)):  # 'the relief agency Oxfam International'
            return "organization"
        return "place"
    if next_token is not None and next_token.lower_ in PLACE_HEADS and label != "PERSON":
        return "place"
    if label == "ORG":
        last = fold(span[-1].text)
        # an acronym ("UN") is no place, whatever town shares its letters
        if gaz.is_place_name(text) and last not in ORG_SUFFIXES and not text.isupper():
            if (locative or not agentive) and not as_body(span):
                return "place"
            fired("ORG named like a town, acting or named as a body: an organisation", text)
        if locative and len(span) == 1 and "-" in text and last not in ORG_SUFFIXES:
            return "place"
        return "organization"
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if (
        previous is not None
        and previous.is_lower
        and previous.lower_ in BODY_BEFORE_NAME
        and label == "PERSON"
        and not ends_title_phrase(previous)  # 'the chairman of the board Peter Novak'
        and not opens_with_title(previous)
    ):
        return "organization"
    if label == "PERSON":
        if len(span) == 1 and gaz.is_major_city(text):
            return "place"
        last = fold(span[-1].text)
        if len(span) > 1 and (last in ORG_SUFFIXES or last in ORG_HEADS):
            fired("PERSON-labelled name ending in a body's word: an organisation", text)
            return "organization"  # 'Sam Yang Company', 'Harbor Relief Fund'
        if person_labelled_place(span, text, locative and not agentive):
            return "place"
        if previous is not None and previous.is_lower and COMPASS_WORD.fullmatch(previous.text):
            fired("a compass word before a PERSON-labelled name: a place", text)
            return "place"  # 'the lower Danube', 'southern Binh Duong province'
        if previous is not None and previous.lower_ == "the" and span[-1].tag_ != "NNPS":
            # English puts no article before a person's name: "from the Danube", "the Quartet"
            fired("'the' + a PERSON-labelled name: no person", text)
            return "place" if gaz.is_place_name(text) else "drop"
        if len(span) == 1 and span[0].is_upper and len(text) <= 5:
            return "organization"
        if kind_of_body_apposed(span):
            return "organization"  # 'Vexor, the country's largest carrier,'
        return "person"
    return "drop"


def as_country(mention: NameMention, country: Country) -> NameMention:
    if mention.span.label_ == "PERSON":
        fired("a country's name the model takes for a person", mention.text)
    mention.kind, mention.country = "country", country
    return mention


def described_by_who(span: Span) -> bool:
    """A relative clause that opens with 'who' describes a person, never a place."""
    return who_clause(span.root) is not None


WORD = re.compile(r"[^\W\d_]+(?:['’.&-][^\W\d_]+)*\.?")
"""Letters, with the marks inside a name's word: 'U.S.', 'U.N.', "O'Neal", "Xi'an", 'S&P'."""


def is_word(text: str) -> bool:
    """A word of letters, not a code of digits and signs ('H5N1', 'C-130', 'Nov.3')."""
    return WORD.fullmatch(text) is not None


def find_mentions(doc: Doc, blanked: tuple[int, int] | None = None) -> list[NameMention]:
    """Every name mention in the document, cleaned and typed ('drop' ones removed)."""
    cleaned: list[Span] = []
    for span in candidate_spans(doc, blanked):
        c = clean_span(span)
        if c is not None and any(is_word(t.text) for t in c):
            cleaned.append(c)
    surnames = {
        surname(surface(s))
        for s in cleaned
        if s.label_ == "PERSON" and len(s) >= 2 and not gazetteer().country(surface(s))
    }
    surnames |= {  # 'Makoto Fukuda, head of the ...' (ORG), later 'Fukuda'
        surname(surface(s)) for s in cleaned if s.label_ in {"ORG", "GPE"} and titled_name(s)
    }
    # "Ms. Atimadi", "Police chief General Sutanto": a surname the text marks as a person's
    surnames |= {fold(surface(s)) for s in cleaned if marked_surname(s)}
    # the one-word names the model labels PERSON: "Kim said", "said Amorim"
    lone = frozenset(fold(surface(s)) for s in cleaned if s.label_ == "PERSON" and len(s) == 1)
    untagged = untagged_surnames(doc, cleaned, surnames, lone)
    cleaned = sorted(cleaned + untagged, key=lambda s: s.start)
    mentions = [classify(span, surnames, lone) for span in cleaned]
    texts = {  # 'Doha Development Agenda': its acronym names the same programme, no actor
        acronym(m.text) for m in mentions if document_head(m.text) in DOCUMENT_HEADS
    }
    kept = []
    for m in mentions:
        if m.kind == "drop":
            continue
        if len(m.text) > 2 and m.text.replace(".", "") in texts:
            fired("the acronym of a text's name: not an actor", m.text)
            continue
        if common_word_opening(m.span):
            fired("common word opening a sentence: no name", m.text)
            continue
        if is_time_zone(m.span):
            fired("time zone after a clock time: no name", m.text)
            continue
        if is_doctrine(m.span):
            fired("a faith or a doctrine: no name", m.text, m.span.sent.text)
            continue
        # A fragment of a title ("State" in "Secretary of State") is not an actor.
        start = m.span.start
        if (
            m.kind == "organization"
            and len(m.span) == 1
            and start >= 2
            and doc[start - 1].lower_ == "of"
            and is_title_word(doc[start - 2])
        ):
            continue
        kept.append(m)
    return kept
