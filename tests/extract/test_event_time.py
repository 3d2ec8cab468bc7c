"""When and where an event happened, who only sets the scene of it, and who a part or a
pronoun stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_events import event, events_of


def test_coordinated_verbs_share_the_date_and_place_after_the_last(nlp, tmp_path: Path) -> None:
    body = "Rebel gunmen killed nine villagers and injured 20 others in Harlow on Sunday."
    events = events_of(nlp, tmp_path, body)
    killed = event(events, "killed")
    assert killed["when"] == "Sunday"
    assert killed["where"] == "Harlow"


@pytest.mark.parametrize(
    "body, did",
    [
        (  # a verb with a place of its own keeps its own time
            "Mira Kolar was born in Harlow and left the country in 1985.",
            "born",
        ),
        (  # a saying verb shares no date
            "Police arrested Omar Castel and said on Friday that he would be charged.",
            "arrested",
        ),
        (  # a date of a noun is not the verb's
            "Ana Ruiz criticised the plan and called for a meeting of ministers next Sunday.",
            "criticised",
        ),
        (  # a date a noun is 'of' dates the noun
            "The organisers of Sunday's race in Harlow refused to comment on the security plan.",
            "refused to comment",
        ),
        (  # a one-word 'recent' or 'current' says only past or present: it dates nothing
            "The Varn probe found failures that led to a recent war with Urgon.",
            "led",
        ),
        (  # the story's present tells no time of its own
            "Now officials in Harlow are investigating whether Omar Castel is linked to the attacks.",
            "investigating",
        ),
        (
            "The Varn navy currently provides most of the ships in the Harlow force.",
            "provides",
        ),
        (  # a time word that is an adjective of the doer says which ones, not when
            "Omar Castel and 15 other current and former officials in the Varn government should "
            "be subjected to sanctions, the group said.",
            "subjected to sanctions",
        ),
        (  # an adjective's own clause tells another event
            "Danube Holdings said it would extend its bid, due to expire last Thursday, to Nov. 6.",
            "extend",
        ),
        (  # the present perfect reaches now: what was so long 'ago' is another event
            "Omar Castel has not played for Varn since the final in Harlow 13 months ago.",
            "played",
        ),
    ],
)
def test_an_event_takes_no_date_that_is_not_its_own(
    nlp, tmp_path: Path, body: str, did: str
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["when"] is None


def test_a_time_word_of_a_circumstance_dates_the_event(nlp, tmp_path: Path) -> None:
    body = "Hamas, which won an upset in a parliamentary vote less than a year ago, slammed it."
    assert event(events_of(nlp, tmp_path, body), "won")["when"] is not None


def test_a_stretch_of_a_date_still_dates_the_event(nlp, tmp_path: Path) -> None:
    body = "Customs officers in Harlow seized 588 kilograms of heroin in the first months of 2005."
    seized = event(events_of(nlp, tmp_path, body), "seized")
    assert seized["when"] is not None


def test_an_actor_in_the_circumstances_takes_no_part(nlp, tmp_path: Path) -> None:
    body = (
        "Police arrested twelve smugglers in Harlow on Monday amid the United Nations' efforts "
        "to stop the drug trade."
    )
    arrested = event(events_of(nlp, tmp_path, body), "arrested")
    assert arrested["whom"] == ["smugglers"]  # not the United Nations


@pytest.mark.parametrize(
    "body, did, whom",
    [  # a country named as a place takes part where the event acts on it
        (
            "Iran protested on Monday. The Security Council imposed new sanctions on Iran.",
            "imposed",
            ["Iran"],
        ),
        ("Iran protested on Monday. Police arrested six men in Iran.", "arrested", ["men"]),
    ],
)
def test_a_country_acted_on_takes_part(
    nlp, tmp_path: Path, body: str, did: str, whom: list[str]
) -> None:
    assert event(events_of(nlp, tmp_path, body), did)["whom"] == whom


def test_a_part_of_a_group_acts_as_the_group(nlp, tmp_path: Path) -> None:
    body = "Many of the rebels fled into the hills on Monday."
    fled = event(events_of(nlp, tmp_path, body), "fled")
    assert fled["who"] == ["rebels"]


def test_an_unnamed_doer_keeps_its_possessive(nlp, tmp_path: Path) -> None:
    body = "Orvania's army attacked the camp on Friday."
    attacked = event(events_of(nlp, tmp_path, body), "attacked")
    assert attacked["who"] == ["Orvania's army"]


def test_it_in_a_quote_is_not_the_person_who_says_it(nlp, tmp_path: Path) -> None:
    body = (
        "Daniel Okafor said the quotas would be tested this summer. "
        '"The hard part is not signing, it is sticking to the numbers in August," Okafor said.'
    )
    events = events_of(nlp, tmp_path, body)
    assert not any("Daniel Okafor" in e["who"] for e in events if e["did"] == "sticking")


def test_a_title_apposed_to_a_name_is_that_person_not_the_one_in_its_compound(nlp) -> None:
    from generator.extract.participants import Participants
    from generator.records import Entity, NameMention

    doc = nlp("The Harlow United coach, Omar Castel, said the team was tired.")
    token = {t.text: t for t in doc}

    def person(name: str, start: int, end: int) -> Entity:
        return Entity("person", name, [NameMention(doc[start:end], name, "person")])

    team = person("Harlow United", token["Harlow"].i, token["United"].i + 1)
    coach = person("Omar Castel", token["Omar"].i, token["Castel"].i + 1)
    participants = Participants(doc, [team, coach], [])
    assert participants.named(token["coach"]) is coach
