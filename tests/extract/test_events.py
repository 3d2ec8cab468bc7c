"""Events from invented sentences: who did what to whom, when and where, negation, modality,
reported speech, pronouns and descriptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.event_history import is_background
from tests.extract.test_actors import sheet_for


def events_of(nlp, tmp_path: Path, body: str, name: str = "a.txt") -> list[dict]:
    sheet = sheet_for(nlp, tmp_path, body, name)
    names = {a["id"]: a["name"] for a in sheet["actors"]}
    dates = {d["id"]: d["text"] for d in sheet["dates"]}
    places = {p["id"]: p["name"] for p in sheet["places"]}

    def named(refs: list) -> list[str]:
        return [names[r] if isinstance(r, str) else r["text"] for r in refs]

    out = []
    for event in sheet["events"]:
        shown = dict(event, who=named(event["who"]), whom=named(event["whom"]))
        shown["when"] = dates.get(event["when"])
        shown["where"] = places.get(event["where"])
        if "attributed_to" in event:
            shown["attributed_to"] = named([event["attributed_to"]])[0]
        out.append(shown)
    return out


def event(events: list[dict], did: str) -> dict:
    found = [e for e in events if e["did"] == did]
    assert found, [e["did"] for e in events]
    return found[0]


@pytest.mark.parametrize(
    "body, did, who, whom, when, where",
    [
        (
            "Maria Lindqvist hosted Peter Novak in Vienna on Monday.",
            "hosted",
            ["Maria Lindqvist"],
            ["Peter Novak"],
            "Monday",
            "Vienna",
        ),
        (  # passive with a by-agent: the agent does it, the subject undergoes it
            "Peter Novak was arrested by Austrian police in Vienna on Friday.",
            "arrested",
            ["Austrian police"],
            ["Peter Novak"],
            "Friday",
            "Vienna",
        ),
        (  # coordinated subjects
            "Austria and Hungary signed a water treaty on Tuesday.",
            "signed",
            ["Austria", "Hungary"],
            [],
            "Tuesday",
            None,
        ),
        (  # a particle the parse calls an adverb is part of the action
            "Austria walked away from the water talks in Vienna on Monday.",
            "walked away",
            ["Austria"],
            [],
            "Monday",
            "Vienna",
        ),
        (  # so is one it calls a preposition before another ('pulled out of')
            "Austria pulled out of the water talks in Vienna on Monday.",
            "pulled out",
            ["Austria"],
            [],
            "Monday",
            "Vienna",
        ),
        (
            "Helen Marsh stepped down as minister on Friday.",
            "stepped down",
            ["Helen Marsh"],
            [],
            "Friday",
            None,
        ),
        (  # a passive it runs on into keeps its 'by' before the actor who acts
            "Varn Steel agreed on Thursday to be bought by Castell Group.",
            "agreed to be bought by",
            ["Varn Steel"],
            ["Castell Group"],
            "Thursday",
            None,
        ),
        (  # the verbs an action runs on into belong to it
            "Slovakia decided not to support the motion.",
            "decided not to support",
            ["Slovakia"],
            [],
            None,
            None,
        ),
        (  # a participle joined to a passive without its auxiliary is passive too
            "Two policemen were killed and three Orvanians wounded by the Danube League in "
            "Vienna on Friday.",
            "wounded",
            ["Danube League"],
            ["Orvanians"],
            "Friday",
            "Vienna",
        ),
        (  # a kind of place or a part of one: the place it is of
            "Austrian police arrested Peter Novak in the eastern town of Hainburg on Friday.",
            "arrested",
            ["Austrian police"],
            ["Peter Novak"],
            "Friday",
            "Hainburg",
        ),
        (  # the town that names it, not a country ('a US patrol': its owner)
            "Austrian police arrested Peter Novak on Friday in a Vienna hotel.",
            "arrested",
            ["Austrian police"],
            ["Peter Novak"],
            "Friday",
            "Vienna",
        ),
        (
            "Police and protesters clashed on Friday in a polarized part of north Vienna.",
            "clashed",
            ["police", "protesters"],  # a sentence's first capital is no name's
            [],
            "Friday",
            "Vienna",
        ),
        (  # he in a clause about someone is that someone, not the main clause's subject before
            "Dan Ross spoke on Monday. He said Tom Willis hit the van he was driving in Vienna.",
            "driving",
            ["Tom Willis"],
            [],
            None,
            "Vienna",
        ),
        (  # an apposition says who someone is, not who or where the event is
            "Peter Novak, a leader of the Danube League in Budapest, was arrested by Austrian "
            "police in Vienna on Friday.",
            "arrested",
            ["Austrian police"],
            ["Peter Novak"],
            "Friday",
            "Vienna",
        ),
    ],
)
def test_who_did_what_to_whom_when_where(
    nlp, tmp_path: Path, body: str, did: str, who: list, whom: list, when, where
) -> None:
    found = event(events_of(nlp, tmp_path, body), did)
    assert found["who"] == who
    assert found["whom"] == whom
    assert found["when"] == when
    assert found["where"] == where


@pytest.mark.parametrize(
    "body, did, what",
    [
        (
            "Dock workers in Linz ended a three-day strike on Tuesday.",
            "ended",
            "a three-day strike",
        ),
        (
            "Austria rejected Hungary's plan for a new dam.",
            "rejected",
            "Hungary's plan for a new dam",
        ),
        (  # a part is told by the whole it is of
            "Peter Novak on Sunday rejected some of the conclusions drawn up by a commission of "
            "inquiry into the abduction of two soldiers on the border in July.",
            "rejected",
            "some of the conclusions",
        ),
        (  # with no object, the actor it acts with (a fact, not 'expect to cooperate Varn')
            "The members of the Northern Rivers Commission expect to cooperate with the Varn "
            "Council in tackling floods, the minister said.",
            "expect to cooperate",
            "with the Varn Council",
        ),
        (  # or in an actor's thing: not 'Omar Castel lives Helen Marsh'
            "Helen Marsh was found dead on Thursday. Omar Castel, who lives in Ms. Marsh's "
            "apartment building, said the lift broke.",
            "lives",
            "in Ms. Marsh's apartment building",
        ),
        (  # what a verb of giving gives, not to whom
            "The World Food Program gave Somalia 5,000 tonnes of food.",
            "gave",
            "5,000 tonnes of food",
        ),
        ("Iran offered the inspectors full access on Monday.", "offered", "full access"),
        (  # a per cent sign is the number's
            "Varnco Holdings owns about 72% of Acme Corp.'s common shares.",
            "owns",
            "about 72% of Acme Corp.'s common shares",
        ),
        (  # the comma after 'that' goes with it
            "Coach Arno Vilks complained that, after the break, his players lost their shape.",
            "complained",
            "after the break, his players lost their shape",
        ),
        (  # ... and after 'whether', but not a clause's own 'as'
            "Officials are checking whether, as rumoured, the club owes taxes.",
            "checking",
            "as rumoured, the club owes taxes",
        ),
        (  # a long object that says how many or what kind keeps what it is of
            "On his three-day trip, Varga raised a host of concerns about the safety of dams in "
            "the north with his Austrian hosts.",
            "raised",
            "host of concerns",
        ),
    ],
)
def test_what_is_written_as_the_text_writes_it(
    nlp, tmp_path: Path, body: str, did: str, what: str | None
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["what"] == what


def test_reported_speech_is_the_reported_event_attributed_to_the_speaker(
    nlp, tmp_path: Path
) -> None:
    body = "Helen Marsh said Peter Novak left Vienna on Monday."
    events = events_of(nlp, tmp_path, body)
    assert [e["did"] for e in events] == ["left"]  # the saying itself is no event
    left = events[0]
    assert left["who"] == ["Peter Novak"]
    assert left["attributed_to"] == "Helen Marsh"


def test_a_saying_verb_the_parse_joins_at_the_close_still_attributes(nlp, tmp_path: Path) -> None:
    body = (
        "Militants kidnapped four foreign workers, including one Italian from a supply boat off "
        "the Nigerian coast, industry and security officials said on Friday."
    )
    kidnapped = event(events_of(nlp, tmp_path, body), "kidnapped")
    assert kidnapped["attributed_to"] == "officials"


def test_a_speaker_the_parse_hung_in_the_clause_claims_it(nlp, tmp_path: Path) -> None:
    body = (
        "Alliance leader Helen Marsh on Sunday staked her claim to lead the new government, "
        "a leader of the alliance said."
    )
    staked = event(events_of(nlp, tmp_path, body), "staked")
    assert staked["attributed_to"] == "leader of the alliance"
    assert staked["what"] == "her claim to lead the new government"  # the speaker is no part


def test_the_speaker_the_parse_hung_in_the_clause_takes_no_part_in_it(nlp) -> None:
    """'..., except his wife, aide Tomas Berg said.': the parse hangs the speaker on a noun of the
    reported clause (as spaCy does with a real sentence); he says it, he is not in it."""
    from spacy.tokens import Doc

    from generator.extract.clause_scope import own_scope

    words = "the doctors decided to ban visits to the ward except his wife , aide Tomas Berg said ."
    heads = [1, 2, 16, 4, 2, 4, 5, 8, 6, 5, 11, 9, 11, 15, 15, 11, 16, 16]
    deps = ["det", "nsubj", "ccomp", "aux", "xcomp", "dobj", "prep", "det", "pobj", "prep"]
    deps += ["poss", "pobj", "punct", "compound", "compound", "appos", "ROOT", "punct"]
    tags = ["DT", "NNS", "VBN", "TO", "VB", "NNS", "IN", "DT", "NN", "IN", "PRP$", "NN", ","]
    tags += ["NN", "NNP", "NNP", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "SCONJ", "PRON"]
    pos += ["NOUN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O"] * 14 + ["B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words.split(), heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    scope = [t.text for t in own_scope(doc[2])]
    assert "wife" in scope
    assert not {"aide", "Tomas", "Berg"} & set(scope)


def test_a_saying_verb_ending_the_sentence_gives_the_claim_to_its_speaker(
    nlp, tmp_path: Path
) -> None:
    """'..., added Helen Marsh.': the parse takes her for the verb's object."""
    body = "Peter Novak left Vienna on Monday, added Helen Marsh."
    events = events_of(nlp, tmp_path, body)
    assert [(e["did"], e["who"], e["attributed_to"]) for e in events] == [
        ("left", ["Peter Novak"], "Helen Marsh")
    ]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (  # a man named after the unnamed spokesman
            "The attack came near the college, a police spokesman said. Gunmen fired at the car "
            "of police officer Ravi Menon. He escaped unhurt.",
            "escaped",
            ["Ravi Menon"],
        ),
        (  # 'he' who does something, not who says it
            "Mayor Tomas Varga will visit Gyor on Friday, a city spokesman said. It will be "
            "Varga's third visit since he took office in May.",
            "took",
            ["Tomas Varga"],
        ),
        (  # 'he' of a man named first in his sentence as its main subject
            "The broadcast was postponed, a network spokesman said. President Ivo Rand said the "
            "matter was closed as he pledged support for the research.",
            "pledged",
            ["Ivo Rand"],
        ),
        (  # 'he' in the spokesman's own words
            "Mario Rossi was admitted to hospital on Friday, a hospital spokesman said. "
            '"Tests have found traces of the poison in his body," the spokesman added. "He is '
            'currently well. He is receiving more tests this week."',
            "receiving",
            ["Mario Rossi"],
        ),
    ],
)
def test_he_who_does_not_speak_is_no_unnamed_spokesman(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_a_clause_a_semicolon_ends_is_nobody_elses_claim(nlp, tmp_path: Path) -> None:
    """'X is to send soldiers; Y said ...': the parse hangs the first clause on 'said'."""
    body = (
        "Varnia is expected to provide 2,000 soldiers; Orvania said Tuesday it was sending"
        " 1,000; Norland has promised up to 700 troops."
    )
    events = events_of(nlp, tmp_path, body)
    claims = [(e["did"], e["attributed_to"]) for e in events if e.get("attributed_to")]
    assert claims == [("sending", "Orvania")]
    assert event(events, "promised")["whom"] == ["troops"]


def test_what_someone_is_accused_of_is_their_accusers_claim(nlp, tmp_path: Path) -> None:
    """'accused Austria of supplying weapons': never the fact 'Austria supplied weapons'."""
    events = events_of(
        nlp, tmp_path, "Peter Novak accused Austria of supplying weapons to the rebels."
    )
    accused, supplying = event(events, "accused"), event(events, "supplying")
    assert accused["what"] == "Austria of supplying weapons to the rebels"
    assert accused["key"] and not supplying["key"]  # one fact: the accusation
    assert supplying["modality"] == "alleged"
    assert supplying["attributed_to"] == "Peter Novak"


def test_a_purpose_is_the_doers_plan_and_not_the_key_fact(nlp, tmp_path: Path) -> None:
    """'fired tear gas to disperse the protesters': the police mean to disperse them (was an
    event with no doer, read as a command); the firing is the fact."""
    body = "The Varn police fired tear gas on Monday to disperse the protesters in Vienna."
    events = events_of(nlp, tmp_path, body)
    fired, disperse = event(events, "fired"), event(events, "to disperse")
    assert disperse["who"] == fired["who"] == ["Varn police"]
    assert fired["key"] and not disperse["key"]


def test_a_conjunct_of_an_infinitive_is_done_by_who_controls_it(nlp, tmp_path: Path) -> None:
    """'refused to confirm or deny': the one who refused denies (not 'called on X to ... and')."""
    body = "Helen Marsh refused to confirm or deny the sale of the Varn dam to Norgas."
    assert event(events_of(nlp, tmp_path, body), "deny")["who"] == ["Helen Marsh"]


def test_an_act_with_no_doer_and_nothing_done_is_no_event(nlp, tmp_path: Path) -> None:
    """'It trounced the Austrian People's Party' with 'it' unresolved would read as a command,
    'Trounced the Austrian People's Party', telling a reader nothing of who did it."""
    body = "It trounced the Austrian People's Party in the January elections."
    assert "trounced" not in [e["did"] for e in events_of(nlp, tmp_path, body)]


def test_whose_thing_acts_for_its_owner(nlp, tmp_path: Path) -> None:
    """'Peter Novak, whose company sued Austria': the company is Novak's; never 'whose company'
    as the doer."""
    body = "The director Peter Novak, whose company sued Austria in 2004, visited Vienna."
    events = events_of(nlp, tmp_path, body)
    assert not any("whose" in str(e["who"]) for e in events)
    assert event(events, "company sued")["who"] == ["Peter Novak"]


def test_a_measure_of_the_owned_thing_is_no_part_of_the_action(nlp, tmp_path: Path) -> None:
    events = events_of(nlp, tmp_path, "Austria's 10-day manoeuvres began on Thursday near Linz.")
    assert [e["did"] for e in events if e["who"] == ["Austria"]] == ["manoeuvres began"]


@pytest.mark.parametrize(
    ("body", "did", "who"),
    [
        (  # the company a company speaks of is itself, not another named before
            "The Danube Trust Corp. closed the bank on Monday. Harlow Energy said the company "
            "would cut 1,100 jobs.",
            "cut",
            ["Harlow Energy"],
        ),
        (
            "The Danube Trust Corp. closed the bank on Monday. Harlow Energy told analysts that "
            "the company will resume shipments of the chips.",
            "resume",
            ["Harlow Energy"],
        ),
        (  # a person who speaks of 'the company' is no company
            "The Danube Trust Corp. closed the bank on Monday. Helen Marsh said the company "
            "would cut 1,100 jobs.",
            "cut",
            ["Danube Trust Corp."],
        ),
    ],
)
def test_the_company_a_company_speaks_of_is_itself(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_a_pronoun_in_a_reported_clause_is_the_speaker(nlp, tmp_path: Path) -> None:
    body = "The Northern Rivers Commission said on Tuesday it would close the Danube port."
    close = event(events_of(nlp, tmp_path, body), "close")
    assert close["who"] == ["Northern Rivers Commission"]
    assert close["modality"] == "will"
    assert close["when"] == "Tuesday"


@pytest.mark.parametrize(
    ("body", "did", "modality"),
    [
        ("Helen Marsh said Varn would close the Danube port.", "close", "will"),
        (
            "Border guards would have arrested the smugglers if the judge had agreed.",
            "arrested",
            "may",
        ),
        ("Helen Marsh said Varn could close the Danube port in May.", "close", "may"),
        # a condition may not happen, or (inverted) did not
        ("The rebels will free Peter Novak if Helen Marsh pays the ransom.", "pays", "may"),
        ("Peter Novak will resign unless Helen Marsh withdraws the bill.", "withdraws", "may"),
        ("Had Peter Novak moved faster, Helen Marsh would have caught them.", "moved", "may"),
        # what a condition's verb goes on into is the condition too
        (
            "Farmers will lose their land if Varn insists on building the Danube dam.",
            "building",
            "may",
        ),
        # 'asked if' asks whether: no condition
        ("Helen Marsh asked if Peter Novak had closed the port.", "closed", None),
    ],
)
def test_what_would_have_happened_did_not_happen(
    nlp, tmp_path: Path, body: str, did: str, modality: str | None
) -> None:
    assert event(events_of(nlp, tmp_path, body), did).get("modality") == modality


def test_a_condition_is_no_key_fact(nlp, tmp_path: Path) -> None:
    body = "Peter Novak told parliament on Monday that he will resign if Helen Marsh wins the vote."
    assert event(events_of(nlp, tmp_path, body), "wins")["key"] is False


@pytest.mark.parametrize(
    "did, key",
    [
        ("remarks came", False),  # it only ties the remarks to other news
        ("appeal came", False),  # 'came at a meeting': only where it was made
        ("licensing laws come", True),  # 'come into force' is news of its own
    ],
)
def test_what_came_with_the_news_is_no_key_fact(nlp, tmp_path: Path, did: str, key: bool) -> None:
    body = (
        "Ivo Marek met the Zemblan president on Saturday. Varn's new licensing laws come into "
        "force at midnight Wednesday. Marek's remarks came as the Varn navy held exercises. "
        "Marek's appeal came at a meeting of the Zemblan council in Harlow."
    )
    assert event(events_of(nlp, tmp_path, body), did)["key"] is key


def test_negation_never_turns_into_the_event(nlp, tmp_path: Path) -> None:
    events = events_of(nlp, tmp_path, "Hungary did not sign the treaty with Austria.")
    sign = event(events, "sign")
    assert sign["negated"] is True
    assert sign["who"] == ["Hungary"]


@pytest.mark.parametrize(
    "body, did, what",
    [
        ("No one was injured in the blast in Vienna on Monday, police said.", "injured", None),
        ("The Danube League claimed no part in the attack on Monday.", "claimed", "part"),
        ("No casualties were reported by the Austrian police.", "reported", "casualties"),
        ("The Austrian police found no evidence of a motive.", "found", "evidence of a motive"),
    ],
)
def test_a_negative_subject_or_object_negates_the_event(
    nlp, tmp_path: Path, body: str, did: str, what: str | None
) -> None:
    found = event(events_of(nlp, tmp_path, body), did)
    assert found["negated"] is True
    assert found["what"] == what or (what and found["what"].startswith(what))


@pytest.mark.parametrize(
    ("body", "did", "passive"),
    [
        ("Nine people were arrested in Urgon on Monday.", "arrested", True),
        ("Police arrested nine people in Urgon on Monday.", "arrested", False),
        ("Ilya Marek was arrested by police in Urgon on Monday.", "arrested", False),  # a doer
        # a participle joined to a passive shares it: Marek is charged, he charges no one
        ("Peter Novak was arrested and charged with fraud on Friday.", "charged with fraud", True),
        (  # after a bare 'be' a past the tagger reads is a participle
            "Peter Novak should be subjected to sanctions and probed for war crimes, police said.",
            "probed for war crimes",
            True,
        ),
        (
            "Peter Novak was questioned over the killing on Friday.",
            "questioned over the killing",
            True,
        ),
    ],
)
def test_a_passive_with_no_doer_says_so(nlp, tmp_path: Path, body: str, did: str, passive: bool):
    """The site reads it patient first ('Nine people arrested'), not as a command."""
    found = event(events_of(nlp, tmp_path, body), did)
    assert found.get("passive", False) is passive
    assert bool(found["who"]) is not passive


@pytest.mark.parametrize(
    ("body", "did", "whom", "what"),
    [
        (
            "The Varn Council urged Helen Marsh to lift the sanctions.",
            "urged",
            ["Helen Marsh"],
            "Helen Marsh to lift the sanctions",
        ),
        (  # a pronoun is named by whom it stands for
            "Helen Marsh arrived in Vienna. The Varn Council urged her to stay.",
            "urged",
            ["Helen Marsh"],
            "Helen Marsh to stay",
        ),
        (  # a country after 'called on' acts: no place
            "Peter Novak called on Austria not to raise the tariffs.",
            "called on",
            ["Austria"],
            "Austria not to raise the tariffs",
        ),
        (
            "A spokesman for the Varn Council urged partygoers to stay away from the harbour.",
            "urged",
            [],
            "partygoers to stay away from the harbour",
        ),
    ],
)
def test_whom_a_verb_moves_to_act_is_named_with_the_act(
    nlp, tmp_path: Path, body: str, did: str, whom: list[str], what: str
) -> None:
    """'urged Marsh to lift the sanctions': the urging is the event, not 'urged to lift'."""
    found = event(events_of(nlp, tmp_path, body), did)
    assert [w for w in found["whom"] if w in whom] == whom
    assert found["what"] == what


def test_a_noun_s_infinitive_is_what_it_is_for_not_an_event(nlp, tmp_path: Path) -> None:
    """'a project to link Harwick and Dunmore': no one links anything yet (and a long what keeps
    an adjective's conjunct while it sheds the clause)."""
    body = (
        "A costly and controversial project to link Harwick and Dunmore with a magnetically-"
        "suspended high-speed train has been put back on the rails under revised plans "
        "presented Friday."
    )
    events = events_of(nlp, tmp_path, body)
    assert "link" not in [e["did"] for e in events]
    assert event(events, "put back on the rails")["what"] == "a costly and controversial project"


@pytest.mark.parametrize(
    ("body", "did", "what"),
    [
        (
            "Helen Marsh presided over the signing ceremony on Friday.",
            "presided",
            "over the signing ceremony",
        ),
        (
            "The Varn opposition called for an immediate ceasefire.",
            "called",
            "for an immediate ceasefire",
        ),
        ("The Varn government reacted to the new demands.", "reacted", "to the new demands"),
        ("The Varn climber died from his injuries.", "died", "from his injuries"),
        ("Dock workers in Varn walked off the job on Sunday.", "walked", "off the job"),
        ("Helen Marsh met with Peter Novak in Vienna.", "met", "with Peter Novak"),  # whom too
        ("Helen Marsh met with three farmers in Vienna.", "met", "with three farmers"),  # people
        (  # what a verb calls the actor it acts on
            "Peter Novak described Varn as a country on the brink of chaos.",
            "described",
            "as a country on the brink of chaos",
        ),
        ("Peter Novak recalled the war with a sigh.", "recalled", "the war"),  # not a thing
        ("Officers spoke to Helen Marsh on Sunday.", "spoke", "to Helen Marsh"),  # and linked
        ("Peter Novak recalled the day with a laugh.", "recalled", "the day"),  # how, not what
        (  # a day's name between the verb and its phrase
            "Opposition leader Peter Novak called Thursday for an immediate ceasefire.",
            "called",
            "for an immediate ceasefire",
        ),
        (  # the that-clause of a verb that is no saying verb
            "The Varn government accepted that the spraying could be considered.",
            "accepted",
            "the spraying could be considered",
        ),
        ("The Varn rebels marched for a long time.", "marched", None),  # how long
        (  # a phrase that says when, between the verb and its phrase
            "Pressure grew on Thursday on Peter Novak to resign.",
            "grew",
            "on Peter Novak",
        ),
        (  # a length is what was asked, not when: no 'for Peter Novak'
            "The prosecutor asked for eight years for Peter Novak.",
            "asked",
            None,
        ),
        (  # an infinitive clause with its own doer
            "Peter Novak expects prices in Orvania to fall next year.",
            "expects",
            "prices in Orvania to fall",
        ),
        (  # a finite clause with its own doer, with no 'that'
            "Peter Novak hoped the two dam operators would build closer links.",
            "hoped",
            "the two dam operators would build closer links",
        ),
        (  # a gerund after the preposition
            "Helen Marsh refrained from buying the dollar on Monday.",
            "refrained",
            "from buying the dollar",
        ),
    ],
)
def test_what_a_verb_acts_on_through_its_phrase(
    nlp, tmp_path: Path, body: str, did: str, what: str | None
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["what"] == what


@pytest.mark.parametrize(
    ("opening", "word", "doer"),
    [
        ("Then", "Varnco", True),  # a name the model left unlabelled
        ("Then", "President", False),  # a title
        ("Then", "Vienna", False),  # a place
        (None, "Parliament", True),  # a sentence's first word, a body's: 'Parliament approved'
        (None, "Violence", False),  # a sentence's first word, no name at all: 'Violence started'
    ],
)
def test_an_unlabelled_one_word_name_is_its_verb_s_doer(
    nlp, opening: str | None, word: str, doer: bool
) -> None:
    from spacy.tokens import Doc

    from generator.extract.phrases import phrase

    lead = [opening] if opening else []
    doc = Doc(
        nlp.vocab,
        words=[*lead, word, "cut", "prices", "."],
        pos=["ADV"] * len(lead) + ["PROPN", "VERB", "NOUN", "PUNCT"],
        heads=[len(lead) + 1] * (len(lead) + 4),
        deps=["advmod"] * len(lead) + ["nsubj", "ROOT", "dobj", "punct"],
        sent_starts=[True] + [False] * (len(lead) + 3),
    )
    assert phrase(doc[len(lead)]) == (word if doer else None)


def test_what_opening_a_sentence_reads_as_mid_sentence(nlp, tmp_path: Path) -> None:
    """'according to police, all the servers ... based': not 'All'; a name keeps its capital."""
    events = events_of(nlp, tmp_path, "All the servers were based in Urgon, police said.")
    assert event(events, "based")["what"] == "all the servers"


def test_a_passive_with_no_doer_keeps_the_phrase_that_says_what_befell(nlp, tmp_path: Path):
    """'Two men charged with fraud', 'Ilya Marek sentenced to death': not a place or a date."""
    events = events_of(nlp, tmp_path, "Two men were charged with fraud in Urgon on Monday.")
    assert event(events, "charged with fraud")["passive"] is True
    events = events_of(nlp, tmp_path, "Helen Marsh was disqualified on Saturday for doping.")
    assert event(events, "disqualified for doping")["passive"] is True


@pytest.mark.parametrize(("comma", "phrase"), [(False, "to"), (True, None)])
def test_a_phrase_past_a_date_is_the_verb_s_unless_a_comma_ends_the_clause(
    nlp, comma: bool, phrase: str | None
) -> None:
    """'jailed on January 31 on charges of ...'; but 'the bank, founded in 1882, to Peter Novak':
    the phrase after the comma is another verb's (the sale's)."""
    from spacy.tokens import Doc

    from generator.extract.event_what import first_phrase

    words = ["founded", "in", "1882", *([","] if comma else []), "to", "Novak"]
    to = words.index("to")
    heads = [0, 0, 1, *([0] if comma else []), 0, to]
    deps = ["ROOT", "prep", "pobj", *(["punct"] if comma else []), "prep", "pobj"]
    ents = ["O", "O", "B-DATE", *(["O"] if comma else []), "O", "B-PERSON"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)
    prep, _ = first_phrase(doc[0], frozenset({"to"}))
    assert (prep.text if prep is not None else None) == phrase


def test_a_denied_claim_is_negated(nlp, tmp_path: Path) -> None:
    body = "Peter Novak denied that Helen Marsh attacked the commission."
    attacked = event(events_of(nlp, tmp_path, body), "attacked")
    assert attacked["negated"] is True
    assert attacked["who"] == ["Helen Marsh"]
    assert attacked["attributed_to"] == "Peter Novak"


def test_he_is_the_last_person_named(nlp, tmp_path: Path) -> None:
    body = "Peter Novak arrived in Vienna on Monday. He met Helen Marsh the next day."
    met = event(events_of(nlp, tmp_path, body), "met")
    assert met["who"] == ["Peter Novak"]
    assert met["whom"] == ["Helen Marsh"]


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "The Varnian Competition Commission opened an inquiry on Monday. "
            "The commission fined Acme Steel on Tuesday.",
            ["Varnian Competition Commission"],
        ),
        (  # a company's name
            "Shares of Brightco Corp. rose on Monday. The company fined Acme Steel on Tuesday.",
            ["Brightco Corp."],
        ),
        (  # a modifier the name lacks is another body of that kind
            "The European Parliament passed the law on Monday. "
            "The Swiss parliament fined Acme Steel on Tuesday.",
            ["Swiss parliament"],
        ),
    ],
)
def test_a_body_named_again_by_its_kind_is_that_body(
    nlp, tmp_path: Path, body: str, who: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), "fined")["who"] == who


@pytest.mark.parametrize(
    ("body", "did", "who"),
    [
        (
            "Norway and Sweden signed a fishing accord in Oslo on Monday. "
            "The two countries also agreed to share weather data.",
            "agreed to share",
            ["Norway", "Sweden"],
        ),
        (  # a pair of bodies named before
            "Norway and the European Union opened talks in Oslo on Monday. "
            "Both sides agreed to meet again in March.",
            "agreed to meet",
            ["Norway", "European Union"],
        ),
        (  # a pair of people
            "Anna Berg and Peter Novak met in Vienna on Monday. "
            "The two leaders agreed to reopen the border.",
            "agreed to reopen",
            ["Anna Berg", "Peter Novak"],
        ),
        (  # the only two people named before, however the text joined them
            "Prime Minister Anna Berg met her Danish counterpart, Peter Novak, in Vienna on "
            "Monday. The two leaders agreed to reopen the border.",
            "agreed to reopen",
            ["Anna Berg", "Peter Novak"],
        ),
        (  # three people named before: no pair to stand for
            "Prime Minister Anna Berg met Peter Novak in Vienna on Monday, spokesman Karl Weber "
            "said. The two leaders agreed to reopen the border.",
            "agreed to reopen",
            ["leaders"],
        ),
        (  # a place is no doer: no pair to stand for
            "Sweden limited work permits for farmers from Norway and Finland. "
            "The two countries protested on Monday.",
            "protested",
            ["countries"],
        ),
        (  # named further back: the only two holding the post the phrase names
            "Presidents Anna Berg of Varnia and Peter Novak of Ostland met in Linz on Monday. "
            "Their talks lasted five hours. Aides called them friendly. "
            "The two presidents on Tuesday signed a trade plan.",
            "signed",
            ["Anna Berg", "Peter Novak"],
        ),
        (  # the one holding it and the one named their counterpart
            "Varnian Prime Minister Anna Berg met her visiting counterpart, Peter Novak, "
            "in Linz on Monday. Their talks lasted five hours. Aides called them friendly. "
            "The two prime ministers signed a trade plan on Tuesday.",
            "signed",
            ["Anna Berg", "Peter Novak"],
        ),
        (  # a vice president holds another post
            "Varnian President Anna Berg and Vice President Karl Weber met Ostlandic President "
            "Peter Novak in Linz on Monday. Their talks lasted five hours. Aides called them "
            "friendly. The two presidents signed a trade plan on Tuesday.",
            "signed",
            ["Anna Berg", "Peter Novak"],
        ),
        (  # three who hold it: no pair to stand for
            "President Anna Berg met President Peter Novak and President Karl Weber in Linz on "
            "Monday. Their talks lasted five hours. Aides called them friendly. "
            "The two presidents signed a trade plan on Tuesday.",
            "signed",
            ["presidents"],
        ),
    ],
)
def test_the_two_countries_are_the_pair_named_before(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_a_description_resolves_to_the_actor_with_that_role(nlp, tmp_path: Path) -> None:
    body = (
        "Austrian Foreign Minister Helen Marsh arrived in Budapest on Monday. "
        "The minister met Peter Novak on Tuesday."
    )
    met = event(events_of(nlp, tmp_path, body), "met")
    assert met["who"] == ["Helen Marsh"]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (
            "United Nations Secretary-General Ama Boateng arrived in Linz on Monday. "
            "The UN chief urged both sides to return to talks.",
            "urged",
            ["Ama Boateng"],
        ),
        (
            "Austrian Prime Minister Omar Castel met Helen Marsh in Linz on Monday. "
            "The Austrian leader praised the talks.",
            "praised",
            ["Omar Castel"],
        ),
        (  # a body's leader is its head, not its defence secretary
            "Austrian Defence Secretary Omar Castel met Helen Marsh in Linz on Monday. "
            "The Austrian leader praised the talks.",
            "praised",
            ["Austrian leader"],
        ),
        (  # two who could lead it: nobody is guessed
            "Austrian President Omar Castel and Austrian Prime Minister Ana Ruiz met in Linz. "
            "The Austrian leader praised the talks.",
            "praised",
            ["Austrian leader"],
        ),
        (  # the former leader is not the one in office
            "Austrian President Omar Castel met Helen Marsh in Linz on Monday. "
            "The former Austrian leader praised the talks.",
            "praised",
            ["former Austrian leader"],
        ),
    ],
)
def test_the_head_of_a_body_is_its_one_titled_leader(
    nlp, tmp_path: Path, body: str, did: str, who: list
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


@pytest.mark.parametrize(
    "body, did, not_who",
    [
        (  # a body is not the person whose title it modifies
            "Army chief Omar Castel vowed to retake Harlow. The army shelled rebel positions.",
            "shelled",
            "Omar Castel",
        ),
        (
            "The police arrested 20 people in Linz. Police chief Ana Ruiz said more would follow.",
            "arrested",
            "Ana Ruiz",
        ),
        (  # ... nor the body a person speaks for
            "Ana Ruiz, a spokeswoman for the Varn health service, said 20 swans died. "
            "The service said the deaths started near Linz.",
            "started",
            "Ana Ruiz",
        ),
    ],
)
def test_a_description_is_the_head_of_a_role_not_a_word_of_it(
    nlp, tmp_path: Path, body: str, did: str, not_who: str
) -> None:
    assert not_who not in event(events_of(nlp, tmp_path, body), did)["who"]


def test_a_title_after_a_body_s_name_is_the_role_s_head(nlp, tmp_path: Path) -> None:
    body = (
        "Bank of Varn governor Omar Castel spoke in Linz on Monday. "
        "The governor said the recovery was firm."
    )
    said = [q for q in sheet_for(nlp, tmp_path, body)["quotes"] if "recovery" in q["text"]]
    assert said and said[0]["speaker"] == "omar-castel", said


def test_a_description_with_a_hyphenated_word_of_the_role_resolves(nlp, tmp_path: Path) -> None:
    body = (
        "The Standard reported the deal on Monday. "
        "The Hong Kong-based Standard newspaper accused Peter Novak of lying on Tuesday."
    )
    accused = event(events_of(nlp, tmp_path, body), "accused")
    assert accused["who"] == ["Standard"]


def test_an_unresolved_pronoun_keeps_no_agent(nlp, tmp_path: Path) -> None:
    body = "The river rose again. It flooded the Austrian town of Hainburg on Monday."
    for found in events_of(nlp, tmp_path, body):
        assert "It" not in found["who"] and "it" not in found["who"]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (  # a group word alone is the group the text said before with whose it is
            "Austrian police arrested Peter Novak in Vienna on Monday. The police released him "
            "on Friday.",
            "released",
            ["Austrian police"],
        ),
        (  # not a group with words of its own ('rebel troops' are not the Austrian troops)
            "Austrian troops crossed the border on Monday. Rebel troops fled on Tuesday.",
            "fled",
            ["rebel troops"],
        ),
        (  # further back than a pronoun reaches, a doer still is the group said first
            "Austrian police arrested Peter Novak in Vienna on Monday. He had fled in May. His "
            "lawyer said he was innocent. The court set a trial date. Novak denied the charges. "
            "The police released him on Friday.",
            "released",
            ["Austrian police"],
        ),
    ],
)
def test_a_group_said_again_is_the_group_said_first(
    nlp, tmp_path: Path, body: str, did: str, who: list
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_troops_a_country_sends_long_after_are_not_the_troops_said_first(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Austrian troops crossed the border on Monday. The mission will last a year. Its cost "
        "is unknown. The talks went on. Norland has promised up to 700 troops."
    )
    assert event(events_of(nlp, tmp_path, body), "promised")["whom"] == ["troops"]


def test_key_events_come_first_in_the_story_and_are_few(nlp, tmp_path: Path) -> None:
    body = "Austria and Hungary signed a water treaty on Tuesday.\n\n" + "\n\n".join(
        f"Peter Novak met Helen Marsh in Vienna on day {n}." for n in range(12)
    )
    events = events_of(nlp, tmp_path, body)
    keys = [e for e in events if e["key"]]
    assert 1 <= len(keys) <= 6
    assert keys[0]["did"] == "signed"


def test_the_leads_second_key_fact_is_a_clause_not_a_nouns_modifier(nlp, tmp_path: Path) -> None:
    body = (
        "Hungary warned on Tuesday that countries backing a motion drafted by Austria would"
        " harm their ties with Budapest.\n\nPeter Novak said the vote would be close."
        "\n\nHelen Marsh met Austrian envoys in Vienna on Monday."
    )
    events = events_of(nlp, tmp_path, body)
    assert event(events, "warned")["key"]
    assert not event(events, "drafted")["key"], [(e["did"], e["key"]) for e in events]


def test_event_ids_are_stable_across_runs(nlp, tmp_path: Path) -> None:
    body = "Maria Lindqvist hosted Peter Novak in Vienna on Monday."
    first = [e["id"] for e in events_of(nlp, tmp_path, body)]
    again = [e["id"] for e in events_of(nlp, tmp_path, "Intro words here.\n\n" + body)]
    assert first and first[0] in again


def test_a_reported_event_is_placed_where_it_was_said(nlp, tmp_path: Path) -> None:
    body = "In Vienna, Helen Marsh said Peter Novak had left the commission."
    left = event(events_of(nlp, tmp_path, body), "left")
    assert left["who"] == ["Peter Novak"]
    assert left["where"] == "Vienna"


def test_a_verb_that_only_conveys_is_no_key_fact(nlp, tmp_path: Path) -> None:
    body = (
        "Helen Marsh reports from Vienna. Austria and Hungary signed a water treaty on Monday."
        " Peter Novak noted the deep scars of the drought."
    )
    events = events_of(nlp, tmp_path, body)
    keys = [e["did"] for e in events if e["key"]]
    assert "signed" in keys
    assert not any(did in keys for did in ("reports", "noted"))


@pytest.mark.parametrize(
    "body, did, who",
    [
        (  # a nationality on 'government' is the country acting
            "The Canadian government rejected the bid by Merton Holdings on Friday.",
            "rejected",
            ["Canada"],
        ),
        (  # two nationalities share one plural head
            "The British and Irish governments invited the Lowland Party to the talks.",
            "invited",
            ["United Kingdom", "Ireland"],
        ),
        (  # 'the government' alone is the one country whose government the text names
            "The South African government set up a health fund in March. "
            "Later the government launched a campaign with the Lowland Party.",
            "launched",
            ["South Africa"],
        ),
        (  # the one country the story names, as an actor, a place or by its capital
            "Kenya will host the regional talks in Nairobi next week. "
            "Officials said the government has put in place all the measures needed.",
            "put",
            ["Kenya"],
        ),
        (  # a leader's administration is their country's, not the leader's own act
            "Kenya hosted the talks. Kenyan President Daniel Moi opened them on Monday. "
            "The Moi administration rejected the plan on Tuesday.",
            "rejected",
            ["Kenya"],
        ),
        (  # two countries: whose government it is stays unsaid
            "Kenya will host the talks with Uganda next week. "
            "Officials said the government has put in place all the measures needed.",
            "put",
            ["government"],
        ),
    ],
)
def test_a_government_is_its_country(nlp, tmp_path: Path, body: str, did: str, who: list) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_i_or_we_in_a_quote_is_its_speaker(nlp, tmp_path: Path) -> None:
    body = (
        '"We hope the fair will change how people see the region," said Helen Marsh, '
        "director of the Northern Rivers Commission."
    )
    hope = event(events_of(nlp, tmp_path, body), "hope")
    assert hope["who"] == ["Helen Marsh"]


def test_a_description_must_agree_with_the_role_it_resolves_to(nlp, tmp_path: Path) -> None:
    body = (
        "The Emirates Trade Bank, a commercial bank, opened a branch in Vienna. "
        "The branch has ten staff. Its doors open at nine. Rents in the street are high. "
        "Bankers said the central bank had approved the plan on Monday."
    )
    for found in events_of(nlp, tmp_path, body):
        if found["did"] == "approved":
            assert "Emirates Trade Bank" not in found["who"]


def test_a_pair_of_backquotes_is_one_quotation_mark(nlp) -> None:
    from generator.extract.sentences import quotes_in, sentences

    doc = nlp("``We covered every question on the list,'' Peter Novak said.")
    assert quotes_in(next(iter(sentences(doc)))) == 2


def test_they_is_the_plural_subject_before(nlp, tmp_path: Path) -> None:
    body = (
        "Austrian police seized a car bomb in Hainburg on Sunday. "
        "They arrested two men near the Danube port."
    )
    arrested = event(events_of(nlp, tmp_path, body), "arrested")
    assert arrested["who"] == ["Austrian police"]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (
            "Austrian police seized a car bomb in Hainburg on Sunday, residents said. "
            "They arrested two men near the Danube port.",
            "arrested",
            ["Austrian police"],
        ),
        (
            "Local investors are racing to buy shares in the new Orvalo bank, dealers said. "
            "Many of them have sold shares in other firms.",
            "sold",
            ["local investors"],
        ),
    ],
)
def test_they_is_not_the_source_that_told_the_sentence_before(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    assert [w if isinstance(w, str) else w["text"] for w in who_of(nlp, tmp_path, body, did)] == who


def who_of(nlp, tmp_path: Path, body: str, did: str) -> list:
    return event(events_of(nlp, tmp_path, body), did)["who"]


def test_the_nationality_alone_is_the_person_he_would_be(nlp, tmp_path: Path) -> None:
    body = (
        "Helen Marsh won the Orvalo Open on Sunday. "
        "The Canadian said she will be under pressure in Varnel. "
        "The French landed in Orvalo on Monday."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    (quote,) = [q for q in sheet["quotes"] if "pressure" in q["text"]]
    assert quote["speaker_name"] == "Helen Marsh"
    landed = event(sheet["events"], "landed")
    assert "helen-marsh" not in landed["who"]


def test_they_is_the_pair_of_actors_its_own_sentence_names(nlp, tmp_path: Path) -> None:
    body = (
        "Thousands fled Harlow on Monday, witnesses and police said. "
        "The election is forcing Colombia and Peru to decide whether they need to make more "
        "concessions."
    )
    assert event(events_of(nlp, tmp_path, body), "need to make")["who"] == ["Colombia", "Peru"]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (
            "Some pro-Danube students threw rocks at the Austrian embassy.",
            "threw",
            "pro-Danube students",
        ),
        (
            "State, county and local law-enforcement officials expressed concern to Helen Marsh.",
            "expressed",
            "law-enforcement officials",
        ),
        ("Union officials in Vienna met Helen Marsh on Friday.", "met", "union officials"),
        (  # a word cut at its hyphens stays whole, the name in it too
            "The EU-led mission secured the roads on Monday.",
            "secured",
            "EU-led mission",
        ),
        (  # a row of titles before a name is that person's, no one else
            "Nordic basketball suffered a loss when leading coach and former national player "
            "Tomas Berg died while coaching his team.",
            "died",
            "Tomas Berg",
        ),
        (  # how old someone is is no part of who they are
            "A 38-year-old French woman pleaded on Wednesday for privacy.",
            "pleaded",
            "French woman",
        ),
        (  # a name a hyphenated word holds is whole
            "The New York-based rights group sued the ministry.",
            "sued",
            "New York-based rights group",
        ),
        (  # of two subjects the parse gives a verb, with no 'and' between, the nearest
            "Waving flags, thousands of protesters marched through Vienna on Sunday.",
            "marched",
            "thousands of protesters",
        ),
        (  # a short name in brackets is how the story names it from then on
            "Norland Federation (NF) investors are racing to buy shares in the new bank.",
            "racing to buy",
            "NF investors",
        ),
        (  # an adjective that says which, not who, is no part of it
            "A new Varn County task force began investigating the killings on Thursday.",
            "began investigating",
            "Varn County task force",
        ),
        (  # a name that starts with such a word keeps it
            "New York's main contract slipped two cents on Monday.",
            "slipped",
            "New York's main contract",
        ),
    ],
)
def test_an_unnamed_group_is_what_it_is(nlp, tmp_path: Path, body: str, did: str, who: str) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == [who]


def test_a_time_is_nobody_who_acts(nlp, tmp_path: Path) -> None:
    body = "This year marks the 40th anniversary of the Danube Convention, which Austria signed."
    for found in events_of(nlp, tmp_path, body):
        assert all("year" not in str(who).lower() for who in found["who"])


def test_a_noun_whose_doer_a_by_phrase_names_is_an_event(nlp, tmp_path: Path) -> None:
    body = "A planned trip by Austrian Defence Minister Helen Marsh to Budapest was postponed."
    trip = event(events_of(nlp, tmp_path, body), "trip to Budapest")
    assert trip["who"] == ["Helen Marsh"]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (  # praised X for doing: X does it
            "Austrian ministers praised Helen Marsh for ending the Danube dispute.",
            "ending",
            ["Helen Marsh"],
        ),
        (  # left after doing: the subject does it
            "Peter Novak left Vienna after meeting Helen Marsh.",
            "meeting",
            ["Peter Novak"],
        ),
    ],
)
def test_a_gerund_after_a_preposition_has_a_doer(
    nlp, tmp_path: Path, body: str, did: str, who: list
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_the_main_news_is_an_event_even_when_no_actor_does_it(nlp, tmp_path: Path) -> None:
    body = "A two-week training class began in Hainburg on Monday."
    began = event(events_of(nlp, tmp_path, body), "began")
    assert began["when"] == "Monday"
    assert began["where"] == "Hainburg"


@pytest.mark.parametrize(
    ("body", "did"),
    [
        ("Floodwaters are spreading across the northern lowlands.", ["spreading"]),
        (
            "Cheap imports were flooding the markets of Harlow on Monday, traders said.",
            ["flooding"],
        ),
        ('"The floodwaters are spreading fast," Anton Weller said.', []),  # a view, not news
    ],
)
def test_what_is_happening_is_the_main_news_even_when_no_actor_does_it(
    nlp, tmp_path: Path, body: str, did: list[str]
) -> None:
    assert [e["did"] for e in events_of(nlp, tmp_path, body)] == did


def test_the_reported_main_news_is_an_event_even_when_no_actor_does_it(nlp, tmp_path: Path) -> None:
    body = "Twelve smugglers were arrested in southwest China's Yunnan province on Monday, police said."
    arrested = event(events_of(nlp, tmp_path, body), "arrested")
    assert arrested["when"] == "Monday"
    assert arrested["whom"] == ["smugglers"]  # not China: the owner of a place is where
    assert arrested["where"] == "Yunnan province"


def test_a_quoted_phrase_in_the_story_is_not_someones_statement(nlp) -> None:
    from generator.extract.event_status import inside_quotes

    doc = nlp('Helen Marsh "strongly condemned" the attack on Monday.')
    assert not inside_quotes(next(t for t in doc if t.text == "condemned"))
    doc = nlp('"We strongly condemned the attack on the port on Monday," Helen Marsh said.')
    assert inside_quotes(next(t for t in doc if t.text == "condemned"))


def test_an_event_involves_the_actors_of_what_it_tells_of(nlp, tmp_path: Path) -> None:
    body = "Austria warned on Tuesday that countries backing the motion by Hungary would pay."
    warned = event(events_of(nlp, tmp_path, body), "warned")
    assert warned["who"] == ["Austria"]
    assert "Hungary" in warned["whom"]


def test_an_event_involves_the_person_its_words_describe_by_title(nlp, tmp_path: Path) -> None:
    body = (
        "Party President Helen Marsh met the delegates on Friday. "
        "The national executive discussed the report of the party president."
    )
    discussed = event(events_of(nlp, tmp_path, body), "discussed")
    assert "Helen Marsh" in discussed["whom"]


def test_a_name_in_a_persons_title_takes_no_part(nlp, tmp_path: Path) -> None:
    body = (
        "The board includes former Supreme Court Justice Helen Marsh, former top Varn Bank aide "
        "Peter Novak and former trade minister Anna Berg."
    )
    includes = event(events_of(nlp, tmp_path, body), "includes")
    assert includes["whom"] == ["Helen Marsh", "Peter Novak", "Anna Berg"]


def test_a_name_in_a_persons_title_takes_no_part_in_an_event_noun(nlp, tmp_path: Path) -> None:
    body = (
        "The strike followed the handover of a report by Varn investigator Anton Weller to "
        "Danube Council chairman Peter Novak on Monday."
    )
    report = event(events_of(nlp, tmp_path, body), "report")
    assert report["who"] == ["Anton Weller"] and report["whom"] == ["Peter Novak"]


def test_a_surname_the_model_labelled_no_name_is_the_one_person_with_it(
    nlp, tmp_path: Path
) -> None:
    from spacy.tokens import Span

    from generator.articles import read_article
    from generator.extract.sheet import analyse, nlp_text

    path = tmp_path / "a.txt"
    path.write_text(
        "Voters praised President Alberto Varga on Monday. "
        "Helen Marsh said she hoped to visit Varga soon.",
        encoding="utf-8",
    )
    article = read_article(path, tmp_path)
    doc = nlp(nlp_text(article))
    last = max(t.i for t in doc if t.text == "Varga")
    kept = [e for e in doc.ents if not e.start <= last < e.end]
    doc.ents = [*kept, Span(doc, last, last + 1, label="PRODUCT")]  # as the model may read it
    sheet = analyse(article, doc).sheet
    varga = next(a["id"] for a in sheet["actors"] if a["name"] == "Alberto Varga")
    visit = next(e for e in sheet["events"] if e["did"] == "hoped to visit")
    assert visit["whom"] == [varga]


def test_a_reported_event_without_a_date_is_dated_by_its_saying(nlp, tmp_path: Path) -> None:
    body = "In Vienna, Helen Marsh said on Wednesday she hoped to visit Peter Novak soon."
    visit = event(events_of(nlp, tmp_path, body), "hoped to visit")
    assert visit["when"] == "Wednesday"
    assert visit["whom"] == ["Peter Novak"]


def test_a_countrys_capital_is_the_city_the_text_names(nlp, tmp_path: Path) -> None:
    body = (
        "An exhibition on the Danube opened in Vienna last year. "
        "Helen Marsh opened a second exhibition in Austria's capital on Friday."
    )
    second = [e for e in events_of(nlp, tmp_path, body) if e["who"] == ["Helen Marsh"]]
    assert second and second[0]["where"] == "Vienna"


def test_what_a_thing_does_is_its_owners_news(nlp, tmp_path: Path) -> None:
    events = events_of(
        nlp,
        tmp_path,
        "Austria's trade surplus with Hungary surged 11 percent in March. "
        "Helen Marsh's grandfather founded the Danube Trust in 1901. "
        "Helen Marsh's boss will cover the Danube Trust's costs, according to Peter Novak.",
    )
    surplus = event(events, "trade surplus surged")
    assert surplus["who"] == ["Austria"]
    assert "Hungary" in surplus["whom"]
    founded = event(events, "founded")
    assert "Helen Marsh" not in founded["who"]  # a relative, not the person named before
    assert all("Helen Marsh" not in e["who"] for e in events)  # her boss covers, not she


def test_a_thing_said_again_is_still_its_owners(nlp, tmp_path: Path) -> None:
    events = events_of(
        nlp,
        tmp_path,
        "Austria's trade surplus rose 4 percent in May, the statistics office said on Monday. "
        "For the fiscal year ended in June, the trade surplus narrowed 2 percent. "
        "The index of farm prices fell 3 percent.",
    )
    narrowed = event(events, "trade surplus narrowed")
    assert narrowed["who"] == ["Austria"]
    assert narrowed["when"] == "June"  # the period is known by the date that ends it
    fell = event(events, "fell")  # an index of its own, no one's named before
    assert fell["who"] != ["Austria"]


def test_a_thing_whose_maker_a_by_phrase_names_is_the_makers(nlp, tmp_path: Path) -> None:
    events = events_of(
        nlp,
        tmp_path,
        "A vaccine developed by Nordpharm triggers a strong immune response, doctors said. "
        "The alliance, led by Helen Marsh, is threatening to quit the coalition. "
        "The deal, announced by the Danube Commission, sets up a fund for farmers.",
    )
    assert event(events, "vaccine triggers")["who"] == ["Nordpharm"]
    threats = [e for e in events if e["did"] != "led"]  # a body she leads acts itself
    assert all("Helen Marsh" not in e["who"] for e in threats)
    told = [e for e in events if e["did"] != "announced"]  # who told of a deal did not do it
    assert all("Danube Commission" not in e["who"] for e in told)


def test_a_name_before_a_thing_owns_it(nlp, tmp_path: Path) -> None:
    events = events_of(
        nlp,
        tmp_path,
        "Nordpharm Holdings Inc. said on Monday that it would cut 300 jobs. "
        "Nordpharm Holdings earnings soared 33% in the quarter. "
        "Nordpharm Holdings engineers visited the plant on Tuesday. "
        "Austria's long-term bond yields fell in May.",
    )
    soared = event(events, "earnings soared")  # the owner's name is not the thing's
    assert soared["who"] == ["Nordpharm Holdings Inc."]
    assert event(events, "long-term bond yields fell")["who"] == ["Austria"]
    visited = event(events, "visited")  # its people act themselves
    assert visited["who"] != ["Nordpharm Holdings Inc."]


def test_what_was_told_as_earlier_is_background(nlp) -> None:
    doc = nlp("Hungary previously said the Danube Trust's bid did not offer enough to farmers.")
    offer = next(t for t in doc if t.lower_ == "offer")
    assert is_background(offer)
    doc = nlp("Hungary said on Monday the Danube Trust's bid did not offer enough to farmers.")
    offer = next(t for t in doc if t.lower_ == "offer")
    assert not is_background(offer)


@pytest.mark.parametrize(
    "text, background",
    [
        ("The Varn Front had seized Harlow before the talks began.", True),
        # reported by a past saying verb, the past perfect is the past the speaker told
        ("Police said on Monday they had arrested two men in Harlow.", False),
        ("Police said on Monday they had arrested and charged two men in Harlow.", False),
        # unless the story tells it as earlier
        ("Police previously said they had arrested two men in Harlow.", True),
    ],
)
def test_a_past_perfect_is_background_unless_a_past_saying_reports_it(
    nlp, text: str, background: bool
) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in {"seized", "arrested"})
    assert is_background(verb) is background


@pytest.mark.parametrize(
    "text, verb, background",
    [
        ("Varn has repeatedly denied any part in the attack.", "denied", True),
        ("Insurgents often kidnap foreigners near Harlow.", "kidnap", True),
        ("Zembla has long called for a larger council.", "called", True),
        ("The Varn army always takes a firm line on the border, Marek said.", "takes", True),
        # 'long' without a perfect is no record: 'talked long into the night'
        ("Marek and Varn talked long into the night on Monday.", "talked", False),
        ("Varn denied on Monday any part in the attack.", "denied", False),
    ],
)
def test_a_habit_or_a_long_record_is_background(
    nlp, text: str, verb: str, background: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert is_background(token) is background


@pytest.mark.parametrize(
    "sentence, did",
    [
        ("Ivo Marek declined to comment on the talks.", "declined to comment"),
        ("The Hungarian ministry refused to give details of the deal.", "refused to give"),
        ("Austria did not specify the cost of the deal.", "specify"),
        ("Ivo Marek gave no figures for the cost of the deal.", "gave"),
        ("Austria would not confirm the cost of the deal.", "confirm"),
        ("Austria would not confirm or deny the cost of the deal.", "deny"),
    ],
)
def test_a_source_withholding_something_is_no_key_fact(
    nlp, tmp_path: Path, sentence: str, did: str
) -> None:
    body = f"Hungary signed a trade deal with Austria on Monday. {sentence}"
    events = events_of(nlp, tmp_path, body)
    assert event(events, "signed")["key"] is True
    assert event(events, did)["key"] is False


@pytest.mark.parametrize(
    "text, verb, state",
    [
        ("Russia and Ukraine share a long border.", "share", True),
        ("The Danube Trust is owned by the Austrian government.", "owned", True),
        ("The Danube Trust was bought by the Austrian government.", "bought", False),
        ("The Danube Trust is expected to sign the deal.", "expected", False),
        ("The Danube Trust has been sold to Austria.", "sold", False),
        ("The Danube Trust is selling its Vienna plant.", "selling", False),
    ],
)
def test_the_simple_present_tells_a_state(nlp, text: str, verb: str, state: bool) -> None:
    from generator.extract.key_events import present_simple

    assert present_simple(next(t for t in nlp(text) if t.text == verb)) is state


@pytest.mark.parametrize(
    "body, did, who",
    [
        ("Hungary is to sign a trade deal with Austria on Monday.", "sign", ["Hungary"]),
        ("Hungary was to meet Austria in Vienna on Monday.", "meet", ["Hungary"]),
        ("The Hungarian government is to sign a deal with Austria.", "sign", ["Hungary"]),
        (
            "Swiss pharmaceutical firm Novartis is to build a plant in Austria.",
            "build",
            ["Novartis"],
        ),
    ],
)
def test_a_plan_told_with_is_to_is_its_subjects_event(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    found = event(events_of(nlp, tmp_path, body), did)
    assert found["who"] == who
    assert found["modality"] == "will"


def test_a_plan_in_a_nouns_clause_is_not_the_leads_second_fact(nlp, tmp_path: Path) -> None:
    body = (
        "Hungary signed a deal with Austria on Monday on a bank that is to be set up by "
        "Slovakia. Austria praised the deal on Tuesday."
    )
    events = events_of(nlp, tmp_path, body)
    assert event(events, "signed")["key"] is True
    assert event(events, "set up")["key"] is False


def test_an_aim_that_is_to_do_something_does_nothing(nlp, tmp_path: Path) -> None:
    for body in (
        "The aim of the talks is to protect Austria.",
        "The task is to find Austria a partner.",
    ):
        events = events_of(nlp, tmp_path, body)
        assert not [e for e in events if e["did"] in {"protect", "find"}]


def test_a_refusal_that_is_news_stays_a_key_fact(nlp, tmp_path: Path) -> None:
    body = "Hungary signed a trade deal with Austria on Monday. Austria refused to give troops."
    assert event(events_of(nlp, tmp_path, body), "refused to give")["key"] is True


def test_a_participle_used_as_a_preposition_is_no_event(nlp, tmp_path: Path) -> None:
    events = events_of(
        nlp,
        tmp_path,
        "Helen Marsh said the board members, including representatives of Danube Trust, "
        "backed the plan on Monday.",
    )
    assert "including" not in [e["did"] for e in events]


@pytest.mark.parametrize(
    "body, did, who",
    [
        (  # a body named before its kind is that body
            "Police in Linz prepared for the return to peace talks by the Sinn Fein party.",
            "return to peace talks",
            ["Sinn Fein"],
        ),
        (  # an event noun that opens the sentence is still the action, not a capital word
            "Attacks against the security zone in Varn, mainly by Hezbollah, rose in April.",
            "attacks",
            ["Hezbollah"],
        ),
        (  # a body's title before a person's name is the person's
            "Arab League (AL) chief Peter Novak on Saturday welcomed a proposal by Hamas to "
            "establish a state.",
            "welcomed",
            ["Peter Novak"],
        ),
        (  # a thing a possessive pronoun owns is its owner's
            "Marc Fournier said his board rejected the bid from Paribas.",
            "board rejected",
            ["Marc Fournier"],
        ),
        (  # 'he' is preferably the last person named who was a subject
            "Carl Weber, who had worked with Peter Hall for years, arrived in Linz on Thursday. "
            "On Friday he resigned.",
            "resigned",
            ["Carl Weber"],
        ),
        (  # who is expected to act is the doer
            "Helen Marsh met Carl Weber. She is expected to seek a new vote in Linz.",
            "expected to seek",
            ["Helen Marsh"],
        ),
        (  # 'the 29-year-old' stands in for a name, as 'he' does
            "Striker Tom Varga scored twice for Pellow on Sunday. "
            "The 29-year-old also signed a new contract with the club.",
            "signed",
            ["Tom Varga"],
        ),
        (  # or for the one person the text gave that age
            "Ann Dunmore, 34, and Tom Varga, 29, met in Linz. The 29-year-old later resigned.",
            "resigned",
            ["Tom Varga"],
        ),
        (  # or set or scheduled to
            "Austria is set to take over the command of the Danube force in 2007.",
            "set to take over",
            ["Austria"],
        ),
        (  # 'the former dictator' is the ex-dictator
            "Ex-dictator Augusto Pardo left Linz in 1990. The former dictator died on Sunday.",
            "died",
            ["Augusto Pardo"],
        ),
        (  # or found or judged to have done it
            "Carl Weber was adjudged to have fouled Tom Varga in the second half.",
            "adjudged to have fouled",
            ["Carl Weber"],
        ),
        (
            "Tom Varga was found to have taken bribes from Linz builders.",
            "found to have taken",
            ["Tom Varga"],
        ),
        (  # or seen doing it
            "Carl Weber was seen shaking hands with Tom Varga in Linz.",
            "seen shaking",
            ["Carl Weber"],
        ),
        (  # but not when someone found them doing it (the parse hangs 'by' on 'seeking')
            "The defector was found seeking asylum in the eastern part of the zone by Varnish "
            "guards.",
            "found seeking",
            [],
        ),
        (  # not when what it is set to is done to it
            "The Danube summit is scheduled to be held in Linz.",
            "scheduled to be held",
            [],
        ),
    ],
)
def test_the_doer_the_text_makes_clear(
    nlp, tmp_path: Path, body: str, did: str, who: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


@pytest.mark.parametrize(
    "body, did, keys",
    [
        (
            "Austria and Hungary signed a water treaty in Vienna on Tuesday. "
            "Helen Marsh praised the deal. "
            "Austria and Hungary signed the treaty after two years of talks, officials said.",
            "signed",
            1,
        ),
        # a passive told again of the same actor
        (
            "Latvian blogger Ilze Berzina was jailed on Monday for mocking the mayor of Riga. "
            "Her lawyer, Peteris Ozols, said the court ignored the evidence. "
            "Berzina was jailed under an old law on slander, Ozols said.",
            "jailed",
            1,
        ),
        # groups a passive tells of in other numbers are other facts
        (
            "Two Dutch soldiers were killed in a blast near Tarin Kot on Friday, the army said. "
            "Since the mission began, more than 40 Dutch soldiers have been killed in the province.",
            "killed",
            2,
        ),
    ],
)
def test_a_fact_told_twice_is_one_key_fact(
    nlp, tmp_path: Path, body: str, did: str, keys: int
) -> None:
    told = [e for e in events_of(nlp, tmp_path, body) if e["key"] and e["did"] == did]
    assert len(told) == keys


def test_a_change_told_with_be_is_an_event(nlp, tmp_path: Path) -> None:
    body = "Kestrel Holdings' net profit in March was down 26.8 percent at 818.3 million dollars."
    down = event(events_of(nlp, tmp_path, body), "profit was down")
    assert down["who"] == ["Kestrel Holdings"]
    assert down["when"] == "March"
    assert down["lemma"] == "be down"


@pytest.mark.parametrize(
    "body",
    [
        "Mira Kolar, 21, the relay champion, is up against Ana Ruiz in the 100m final.",
        "The Croatian Mira Kolar was down 5-0 shortly into the match.",
    ],
)
def test_up_and_down_that_are_no_change(nlp, tmp_path: Path, body: str) -> None:
    events = events_of(nlp, tmp_path, body)
    assert not any(e["lemma"].startswith("be ") for e in events)


def test_a_name_in_a_phrase_is_whole(nlp) -> None:
    from generator.extract.phrases import phrase

    doc = nlp("Traders read the Bank of England's latest inflation report on Monday.")
    report = next(t for t in doc if t.text == "report")
    assert phrase(report) == "Bank of England's latest inflation report"


def test_a_verb_with_its_subject_read_as_a_modifier_is_still_a_verb(nlp) -> None:
    """The parse of 'Iraq alleged Ritter was a spy' once made 'alleged' Ritter's adjective, with
    Iraq its subject: a past-tense verb with a subject of its own tells an event."""
    from spacy.tokens import Doc

    from generator.extract.events import is_predicate

    words = ["Norland", "alleged", "Berg", "was", "a", "spy", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 2, 3, 3, 5, 3, 3],
        deps=["nsubj", "amod", "nsubj", "ROOT", "det", "attr", "punct"],
        tags=["NNP", "VBD", "NNP", "VBD", "DT", "NN", "."],
        pos=["PROPN", "VERB", "PROPN", "AUX", "DET", "NOUN", "PUNCT"],
    )
    assert is_predicate(doc[1])
    doc = Doc(  # an adjective that is a participle: 'the alleged spy'
        nlp.vocab,
        words=["the", "alleged", "spy"],
        heads=[2, 2, 2],
        deps=["det", "amod", "ROOT"],
        tags=["DT", "VBN", "NN"],
        pos=["DET", "VERB", "NOUN"],
    )
    assert not is_predicate(doc[1])


def test_a_participle_is_done_by_its_clauses_subject_and_adds_to_its_fact(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Austria walked away from the talks in May, demanding that Hungary lift the ban on "
        "the dam. Speaking to reporters in Vienna, Helen Marsh said the talks would resume."
    )
    events = events_of(nlp, tmp_path, body)
    demanding = event(events, "demanding")
    assert demanding["who"] == ["Austria"] and demanding["whom"] == ["Hungary"]
    assert not demanding["key"]  # the walk-out is the fact; the demand tells more of it
    assert "Speaking" not in [e["did"] for e in events]  # the statement's setting, no event


def test_a_pronoun_in_a_speakers_own_words_is_not_the_speaker(nlp, tmp_path: Path) -> None:
    body = (
        '"I have invited Peter Novak to the table many times and they have been running away '
        'from it all this time," Helen Marsh said.'
    )
    events = events_of(nlp, tmp_path, body)
    assert all(e["who"] != ["Helen Marsh"] for e in events if e["did"] == "running")


def test_what_a_speech_act_that_is_news_says_is_what_it_is_about(nlp, tmp_path: Path) -> None:
    body = (
        "Hungary warned on Tuesday that countries supporting the dam would pay a price. "
        "Helen Marsh said the talks would resume."
    )
    events = events_of(nlp, tmp_path, body)
    assert event(events, "warned")["what"] == "countries supporting the dam would pay a price"
    assert "said" not in [e["did"] for e in events]  # 'said' only conveys: the talks are the event


def test_a_clause_a_speech_act_tells_is_one_key_fact_with_it(nlp, tmp_path: Path) -> None:
    body = (
        "Helen Marsh said on Wednesday she was ready to meet Peter Novak, but warned she would "
        "not let her town be flooded by the new dam."
    )
    events = events_of(nlp, tmp_path, body)
    warned = event(events, "warned")
    assert warned["key"] and warned["what"].startswith("she would not let her town be flooded")
    assert not event(events, "let")["key"]


@pytest.mark.parametrize(
    ("body", "did", "what"),
    [
        (
            "Varnian veterinary authorities confirmed on Tuesday that some 250 swans had died of "
            "bird flu in the southern region of Urgon in the past week.",
            "confirmed",
            "some 250 swans had died of bird flu in the southern region of Urgon",
        ),
        (  # a second statement joined to the first goes with what closes it
            "The Varn ministry also emphasized that no bird flu cases have been found in Urgon so "
            "far, and the country's veterinary service will continue to monitor the situation.",
            "emphasized",
            "no bird flu cases have been found in Urgon so far",
        ),
        (  # 'asked' keeps what it asked for; what closes the clause goes
            "The Varn media agreed on Saturday that the hosts of the 2006 World Cup could not "
            "have asked for a better draw in the first round of the tournament.",
            "agreed",
            "the hosts of the 2006 World Cup could not have asked for a better draw",
        ),
        (  # an object too long to tell keeps its head and the words before it
            "Omar Castel disclosed that the Varn foreign minister expressed his complete "
            "understanding for Urgon's position of refusing the deployment of peacekeepers in "
            "Harlow, and his keenness to mediate between Urgon and Varn.",
            "disclosed",
            "the Varn foreign minister expressed his complete understanding",
        ),
        (  # but not the phrase that completes the object
            "Omar Castel disclosed that the Varn foreign minister welcomed the chance to end the "
            "long dispute over the border of Urgon and the trade in fish, timber and oil with Varn.",
            "disclosed",
            None,
        ),
        (  # the completing phrase without what its own noun adds
            "The Varnian Agriculture Ministry confirmed that extensive monitoring of the cattle "
            "herd had not found a single case of the disease in the northern provinces of Urgon.",
            "confirmed",
            "extensive monitoring of the cattle herd had not found a single case of the disease",
        ),
        (  # without what the subject's head adds after it
            "A spate of ship hijackings off the coast of Varn is restricting delivery of urgently "
            "needed food aid, the World Food Programme warned on Friday.",
            "warned",
            "a spate of ship hijackings is restricting delivery of urgently needed food aid",
        ),
        (  # up to the comma after which a phrase only adds to it
            "Omar Castel hoped that his visit would be conducive to promoting exchanges and "
            "cooperation between the two nations, in a bid to push forward friendly ties.",
            "hoped",
            "his visit would be conducive to promoting exchanges and cooperation between the two "
            "nations",
        ),
    ],
)
def test_a_long_said_clause_is_its_main_clause_without_what_closes_it(
    nlp, tmp_path: Path, body: str, did: str, what: str | None
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["what"] == what


def test_a_long_object_is_its_own_words(nlp, tmp_path: Path) -> None:
    body = (
        "A Varn Herald survey compared Omar Castel's job approval rating with some other leaders "
        "at about the same point in their second term."
    )
    assert event(events_of(nlp, tmp_path, body), "compared")["what"] == (
        "Omar Castel's job approval rating"
    )


@pytest.mark.parametrize(
    "body, what",
    [
        (
            "Ana Ruiz called Sunday for Prime Minister Omar Castel to resign.",
            "for Prime Minister Omar Castel to resign",
        ),
        ("The students also called for free elections to be held in Varn.", None),
        ("The herders headed south for the winter to escape the cold.", None),
    ],
)
def test_what_a_verb_asks_for_is_the_clause_for_opens(
    nlp, tmp_path: Path, body: str, what: str | None
) -> None:
    found = [e for e in events_of(nlp, tmp_path, body) if e["did"] in {"called", "headed"}]
    if what is None:  # the parse of these varies: never the time, and a clause when there is one
        assert all(not (e["what"] or "").startswith("for the winter") for e in found)
    else:
        assert found[0]["what"] == what


def test_him_is_never_his_own_verb_s_doer(nlp, tmp_path: Path) -> None:
    """'Mobutu ... backing Tshisekedi, and then replaced him': him is Tshisekedi, not Mobutu."""
    body = (
        "President Helen Marsh stopped a march backing Prime Minister Peter Novak on Monday, "
        "and then replaced him with an army general."
    )
    replaced = event(events_of(nlp, tmp_path, body), "replaced")
    assert replaced["who"] == ["Helen Marsh"]
    assert replaced["whom"] == ["Peter Novak"]


def test_a_phrase_the_parse_broke_keeps_its_unbroken_stretch(nlp) -> None:
    """'stormed the residence in an operation that killed one hostage, two members of the
    force': the parse made the members an apposition of the residence, across the clause."""
    from spacy.tokens import Doc

    from generator.extract.event_what import unbroken_subtree

    words = ["stormed", "the", "residence", "in", "raids", "that", "killed", "one", ",", "two"]
    heads = [0, 2, 0, 0, 3, 6, 4, 6, 2, 2]
    deps = ["ROOT", "det", "dobj", "prep", "pobj", "nsubj", "relcl", "dobj", "punct", "appos"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in unbroken_subtree(doc[2])] == ["the", "residence"]
    assert [t.text for t in unbroken_subtree(doc[4])] == ["raids", "that", "killed", "one"]


def test_he_in_a_clause_on_someone_is_that_someone(nlp, tmp_path: Path) -> None:
    """'Carlos Giusti, who died of a heart attack after he was shot': Giusti was shot."""
    body = (
        "President Helen Marsh congratulated the troops on Monday. The Varn parliament named "
        "judge Peter Novak, who died of a heart attack after he was shot, a civil hero."
    )
    assert event(events_of(nlp, tmp_path, body), "shot")["whom"] == ["Peter Novak"]


def test_a_quote_s_words_are_its_speaker_s_claim(nlp, tmp_path: Path) -> None:
    """'"... when President Fujimori has the time, I want to visit Lima," he was quoted': the
    visit is the prime minister's claim, not the president's the quote names."""
    body = (
        "Prime Minister Peter Novak said on Wednesday that he hoped to visit Urgon soon.\n\n"
        '"When President Helen Marsh has the time, I want to visit Urgon and thank her," '
        "he was quoted as saying."
    )
    assert event(events_of(nlp, tmp_path, body), "want to visit")["attributed_to"] == "Peter Novak"


@pytest.mark.parametrize(
    ("body", "did", "whom"),
    [
        (  # a thing tied to a group by a phrase after it is no group
            "Cabinet ministers of the Varn coalition on Monday suspended their participation in "
            "the Varn government.",
            "suspended",
            ["Varn"],
        ),
        (  # a group's members are the group's
            "Police arrested members of the security forces in Harlow on Monday.",
            "arrested",
            ["members of the security forces"],
        ),
        (  # people a common noun names take part, things do not
            "Border guards detained four fishermen and a trawler near Ostrava on Sunday.",
            "detained",
            ["fishermen"],
        ),
        (  # without a doer too
            "Nine passengers were injured when a bus overturned near Tarnow on Friday.",
            "injured",
            ["passengers"],
        ),
        (  # a nationality's plural
            "Police in Harlow freed the Varnians held by the gang.",
            "freed",
            ["Varnians"],
        ),
        (  # counted people of a nation, not the nation
            "Austria closed its border on Monday after a bomb killed six Austrians near Graz.",
            "killed",
            ["Austrians"],
        ),
        (  # a title of a name is the person named, not someone else
            "The council appointed former finance chief Tomas Brandt as its adviser on Monday.",
            "appointed",
            ["Tomas Brandt"],
        ),
        (  # a part of them
            "The blast killed most of the smugglers near Ostrava on Monday.",
            "killed",
            ["smugglers"],
        ),
        (  # WordNet's monitors and servers are mostly things
            "Technicians repaired the monitors and the servers in Harlow on Monday.",
            "repaired",
            [],
        ),
    ],
)
def test_only_groups_and_people_take_part_unnamed(
    nlp, tmp_path: Path, body: str, did: str, whom: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["whom"] == whom


@pytest.mark.parametrize(
    "body, people",
    [
        ("Some 300 Swedes died in the floods near Malmo on Monday.", "Swedes"),  # tagged NNS
        ("More than 500 Austrians died in the floods near Graz on Monday.", "Austrians"),
    ],
)
def test_counted_people_of_a_nation_who_act_are_those_people_not_the_nation(
    nlp, tmp_path: Path, body: str, people: str
) -> None:
    assert event(events_of(nlp, tmp_path, body), "died")["who"] == [people]


def test_an_event_dated_long_before_the_story_is_history_not_a_key_fact(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Varn Front rebels seized the town of Harlow on Monday, the army said.\n"
        "Army chief Omar Castel vowed on Tuesday to retake the town.\n"
        "Ana Ruiz, the mayor of Harlow, fled to Linz on Monday.\n"
        "The United Nations urged both sides to talk.\n"
        "Aid agencies sent food to Linz on Tuesday.\n"
        "Police arrested 20 people in Linz on Tuesday.\n"
        "The Varn Front had held Harlow until 1991.\n"
        "The Varn Front seized Harlow in 1991.\n"
        "Soldiers shelled rebel positions near Harlow on Tuesday.\n"
    )
    events = events_of(nlp, tmp_path, f'---\npublished: "1997-04-02"\n---\n{body}', "a.md")
    keys = [(e["did"], e["when"]) for e in events if e["key"]]
    assert ("seized", "1991") not in keys and ("shelled", "Tuesday") in keys, keys


NEWS_STORY = (
    "Varn Front rebels seized the town of Harlow, the army said.\n"
    "Army chief Omar Castel vowed to retake the town.\n"
    "Ana Ruiz, the mayor of Harlow, fled to Linz.\n"
    "The United Nations urged both sides to talk.\n"
    "Aid agencies sent food to Linz.\n"
    "Doctors treated 20 people in Linz.\n"
    "Soldiers shelled rebel positions near Harlow.\n"
    "Omar Castel met Ana Ruiz in Linz.\n"
    "The Varn Front freed two hostages.\n"
    "Police arrested rebel leader Ivo Marek in Linz {when}.\n"
)


@pytest.mark.parametrize(
    "when, key",
    [
        ("on Tuesday", True),  # a day of the week the story reports on: the news
        ("on March 4", False),  # a month before
        ("recently", False),  # a vague time word dates nothing
    ],
)
def test_an_event_on_a_day_of_the_news_is_a_key_fact(
    nlp, tmp_path: Path, when: str, key: bool
) -> None:
    body = NEWS_STORY.format(when=when)
    events = events_of(nlp, tmp_path, f'---\npublished: "1997-04-02"\n---\n{body}', "a.md")
    assert event(events, "arrested")["key"] is key, [(e["did"], e["key"]) for e in events]


@pytest.mark.parametrize(
    ("body", "did"),
    [
        ("Three Zemblan soldiers pleaded guilty to the charges on Monday.", "pleaded guilty"),
        ("The striker tested positive for a banned stimulant in May.", "tested positive"),
    ],
)
def test_an_adjective_complement_heading_a_phrase_is_part_of_the_action(
    nlp, tmp_path: Path, body: str, did: str
) -> None:
    assert did in [e["did"] for e in events_of(nlp, tmp_path, body)]


def test_a_possessives_body_is_the_one_the_text_names_its_owner_with(nlp, tmp_path: Path) -> None:
    body = "Freedom Party leader Anna Berg said on Monday her party would win the election."
    assert event(events_of(nlp, tmp_path, body), "win")["who"] == ["Freedom Party"]
    other = "Austria coach Peter Novak said it would be hard for him to beat his home country."
    assert event(events_of(nlp, tmp_path, other), "to beat")["whom"] == []


def test_a_passive_of_feeling_is_how_its_subject_feels(nlp, tmp_path: Path) -> None:
    body = "Norway has been concerned over the growing military might of Varn."
    concerned = event(events_of(nlp, tmp_path, body), "concerned")
    assert concerned["who"] == ["Norway"] and "passive" not in concerned
    idiom = '"As far as Anna Berg is concerned, the plan is dead," Peter Novak said.'
    assert not [
        e for e in events_of(nlp, tmp_path, idiom, name="b.txt") if e["who"] == ["Anna Berg"]
    ]


def test_a_countrys_own_troops_act_for_it(nlp, tmp_path: Path) -> None:
    body = "Norway said on Monday its forces had detained two smugglers near the border."
    assert event(events_of(nlp, tmp_path, body), "detained")["who"] == ["Norway"]


def test_a_verb_the_tokenizer_cut_at_its_hyphen_is_one_word(nlp, tmp_path: Path) -> None:
    body = "The resolution, co-sponsored by Austria and Hungary, demands a ceasefire."
    sponsored = event(events_of(nlp, tmp_path, body), "co-sponsored")
    assert sponsored["lemma"] == "sponsor" and sponsored["what"] == "the resolution"
    elected = events_of(nlp, tmp_path, "Anna Berg was re-elected in 2002.", name="b.txt")
    assert [(e["did"], e["lemma"]) for e in elected] == [("re-elected", "elect")]


@pytest.mark.parametrize(
    ("body", "statement"),
    [
        (  # the lead reports a state: the saying is the news, with what it says
            "Varn Energy Minister Helen Marsh said on Monday that gas prices would be lower next "
            "year. Prices rose in May.",
            "gas prices would be lower next year",
        ),
        (  # told to someone: what is said, not to whom
            "The flood was the worst in a century, Helen Marsh told Radio Varn on Monday.",
            "the flood was the worst in a century",
        ),
        ("Helen Marsh said on Monday that Varn would close the mine.", None),  # the closing is
        ("Prices rose in May. Helen Marsh said gas prices would be lower next year.", None),  # lead
    ],
)
def test_a_lead_that_only_reports_a_state_is_a_statement(
    nlp, tmp_path: Path, body: str, statement: str | None
) -> None:
    said = [e for e in events_of(nlp, tmp_path, body) if e["lemma"] in {"say", "tell"}]
    if statement is None:
        assert said == []
    else:
        assert [(e["who"], e["what"], e["key"]) for e in said] == [
            (["Helen Marsh"], statement, True)
        ]
        assert "attributed_to" not in said[0]


def test_they_is_no_one_person_not_even_the_one_who_says_it(nlp, tmp_path: Path) -> None:
    body = (
        "The range of the rifles had been doubled and they could be used against helicopters, "
        "General Anton Weller said."
    )
    events = events_of(nlp, tmp_path, body)
    assert all("Anton Weller" not in e["who"] + e["whom"] for e in events)


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "The Varn mine closed on Monday, according to a report released by the Danube Mining "
            "Authority.",
            "Danube Mining Authority",
        ),
        (
            "The Varn mine closed on Monday, according to the Danube Mining Authority.",
            "Danube Mining Authority",
        ),
    ],
)
def test_a_document_a_claim_is_according_to_speaks_for_its_issuer(
    nlp, tmp_path: Path, body: str, claimant: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    names = {a["id"]: a["name"] for a in sheet["actors"]}
    closed = next(e for e in sheet["events"] if e["did"] == "closed")
    assert names.get(closed["attributed_to"]) == claimant


@pytest.mark.parametrize(
    "body, did, who",
    [
        # a body's fighters act for it, as a country's troops do for the country
        (
            "The Lowland Front said on Monday. Lowland Front rebels attacked a base.",
            "attacked",
            ["Lowland Front"],
        ),
        # a people's are not the people
        (
            "Burundian Hutu rebels killed 30 villagers on Monday.",
            "killed",
            ["Burundian Hutu rebels"],
        ),
    ],
)
def test_a_body_s_fighters_act_for_it(nlp, tmp_path: Path, body: str, did: str, who: list) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


@pytest.mark.parametrize(
    ("doer", "group"),
    [
        ("federal prosecutors", True),  # a person noun in the plural, no list needed
        ("local businessmen", True),
        ("deputies", True),
        ("members of the board", True),
        ("number of inhabitants", False),  # a count of people is no group that acts
        ("share prices", False),
        ("the prosecutor", False),  # one person, not a group
    ],
)
def test_persons_in_the_plural_are_a_group_that_acts(doer: str, group: bool) -> None:
    from generator.extract.group_words import collective_phrase

    assert collective_phrase(doer) is group


@pytest.mark.parametrize(
    ("doer", "body"),
    [
        ("high court", True),  # a body acts as its people do: its rulings are news
        ("the central bank", True),
        ("three-man panel of judges", True),
        ("special task force", True),
        ("wide accessibility of VCT service", False),  # a thing of a body is a thing
        ("exports", False),
        ("the warning", False),
    ],
)
def test_a_body_the_text_does_not_name_acts_as_a_group(doer: str, body: bool) -> None:
    from generator.extract.group_words import unnamed_body

    assert unnamed_body(doer) is body


def test_an_unnamed_group_of_persons_does_an_event(nlp, tmp_path: Path) -> None:
    body = "The Varn Bank opened on Monday. Federal prosecutors appealed the ruling on Tuesday."
    assert event(events_of(nlp, tmp_path, body), "appealed")["who"] == [
        "federal prosecutors"
    ]  # a first capital is no name


@pytest.mark.parametrize(
    "body, did",
    [
        (  # a part of the group acts as the group: 'them' is the group named before
            "Varn investors rushed to buy the bank's shares on Monday. Many of them sold "
            "shares in other banks.",
            "sold",
        ),
        (  # 'they' after persons in the plural the text does not name
            "Federal prosecutors questioned Tom Varn on Monday. They released him on Tuesday.",
            "released",
        ),
    ],
)
def test_a_pronoun_for_an_unnamed_group_is_that_group(
    nlp, tmp_path: Path, body: str, did: str
) -> None:
    first = events_of(nlp, tmp_path, body)[0]["who"]
    assert event(events_of(nlp, tmp_path, body), did)["who"] == first


@pytest.mark.parametrize(("have", "history"), [("had", True), ("has", False)])
def test_the_past_perfect_progressive_is_history(have: str, history: bool) -> None:
    """'Howes had been working for the group when he was abducted': background, like 'had
    worked'; 'has been working' is not."""
    import spacy

    from generator.extract.event_history import is_background

    doc = spacy.tokens.Doc(
        spacy.blank("en").vocab,
        words=["He", have, "been", "working", "there"],
        tags=["PRP", "VBD" if have == "had" else "VBZ", "VBN", "VBG", "RB"],
        heads=[3, 3, 3, 3, 3],
        deps=["nsubj", "aux", "aux", "ROOT", "advmod"],
    )
    assert is_background(doc[3]) is history


@pytest.mark.parametrize(
    "body, did, where",
    [
        (  # the wire's 'here' is the dateline's place
            "VARNA, Nov. 1 (Xinhua) -- Zembla's president Karl Weston arrived here on Monday "
            "for a three-day visit.",
            "arrived",
            "Varna",
        ),
        (  # ... where a saying happened
            "VARNA, Nov. 1 (Xinhua) -- Acme Corp. will build a new port, Karl Weston said here "
            "on Monday.",
            "said",
            "Varna",
        ),
        (  # a place the clause names wins
            "VARNA, Nov. 1 (Xinhua) -- Karl Weston met Anna Berg in Oslo on Monday, he told "
            "reporters here.",
            "met",
            "Oslo",
        ),
        (  # in a speaker's own words 'here' is where the speaker is, which the text may not say
            'VARNA, Nov. 1 (Xinhua) -- "We will build a port here," Karl Weston said by telephone.',
            "build",
            None,
        ),
        (  # no dateline, no place
            "Zembla's president Karl Weston arrived here on Monday for a three-day visit.",
            "arrived",
            None,
        ),
    ],
)
def test_here_is_the_datelines_place(
    nlp, tmp_path: Path, body: str, did: str, where: str | None
) -> None:
    found = {e["did"]: e["where"] for e in events_of(nlp, tmp_path, body)}
    assert did in found, found
    assert found[did] == where


def test_a_passive_with_get_is_the_event_its_participle_tells(nlp, tmp_path: Path) -> None:
    body = (
        "More Varnians are now getting counseled and tested for the virus, the health ministry"
        " said on Tuesday."
    )
    told = event(events_of(nlp, tmp_path, body), "getting counseled")
    assert told["attributed_to"] == "Health Ministry"


@pytest.mark.parametrize(
    "body, doer",
    [
        (  # the speaker's body, not the movement named before
            "The radical Varn Liberation Movement claimed the attack. A spokesman for the"
            " Harlow Resistance Committees, Abu Karim, said that the movement would avenge"
            " the killing.",
            "Harlow Resistance Committees",
        ),
    ],
)
def test_a_body_s_word_in_what_its_speaker_says_is_that_body(
    nlp, tmp_path: Path, body: str, doer: str
) -> None:
    assert event(events_of(nlp, tmp_path, body), "avenge")["who"] == [doer]


def test_a_part_of_a_body_its_speaker_names_is_not_the_body(nlp, tmp_path: Path) -> None:
    body = (
        "Harlow Media Inc. said it would weigh the offer. Ann Kolva, a spokeswoman for Harlow"
        " Media, said the committee had received two further offers."
    )
    assert event(events_of(nlp, tmp_path, body), "received")["who"] != ["Harlow Media Inc."]


def test_the_government_a_minister_speaks_of_is_not_their_office(nlp, tmp_path: Path) -> None:
    body = (
        "Minister of Policy Planning Keth Varo said the government would keep the window open"
        " for talks."
    )
    assert event(events_of(nlp, tmp_path, body), "keep")["who"] != ["Policy Planning"]


@pytest.mark.parametrize(
    ("body", "did", "who"),
    [
        (  # a short name in brackets stands for the name (the case above, as a doer)
            "Nordic Fishing Council (NFC) inspectors seized two trawlers on Monday.",
            "seized",
            ["NFC inspectors"],
        ),
        (  # anything else in brackets goes
            "Harbour workers (about 300 of them) blocked the port on Monday.",
            "blocked",
            ["Harbour workers"],
        ),
    ],
)
def test_a_group_s_words_without_brackets(nlp, tmp_path: Path, body: str, did: str, who: list):
    assert event(events_of(nlp, tmp_path, body), did)["who"] == who


def test_a_possessive_keeps_to_its_word_where_words_before_it_were_left_out(nlp) -> None:
    from spacy.tokens import Doc

    from generator.extract.sentences import words_text

    words = ["the", "Union", "(", "NU", ")", "'s", "envoys"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, False, False, True, False])
    doc[5].tag_ = "POS"
    kept = [doc[0], doc[3], doc[5], doc[6]]
    assert words_text(kept) == "the NU's envoys"


@pytest.mark.parametrize(
    ("body", "did", "whom"),
    [
        # what a copula equates with the noun a participle describes takes part in it
        (
            "Varnco Ltd. is one of three firms hired by the Harl Group for the campaign.",
            "hired",
            ["Varnco Ltd."],
        ),
        # not one who only speaks of it
        (
            "Helen Marsh has been a fierce critic of the offensive launched by the Harl Group.",
            "launched",
            [],
        ),
    ],
)
def test_what_a_copula_equates_with_a_participle_s_noun_takes_part(
    nlp, tmp_path: Path, body: str, did: str, whom: list
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["whom"] == whom


def test_a_count_that_acts_is_told_with_what_it_counts(nlp, tmp_path: Path) -> None:
    body = "Officials said the number of private cars in Harlow had risen by a fifth in a decade."
    assert event(events_of(nlp, tmp_path, body), "risen")["who"] == ["number of private cars"]
