"""The action of a key fact, turned for negation and modality as a reader says it."""

from __future__ import annotations

import pytest

from generator.site.statements import action_words


@pytest.mark.parametrize(
    ("event", "said"),
    [
        ({"did": "signed", "lemma": "sign", "negated": True}, "did not sign"),
        ({"did": "called on", "lemma": "call", "modality": "will"}, "will call on"),
        ({"did": "join", "lemma": "join", "modality": "may", "negated": True}, "may not join"),
        (  # a thing its doer owns acts: the modal goes before the verb, not the thing
            {"did": "move come", "lemma": "come", "modality": "may", "negated": True},
            "move may not come",
        ),
        ({"did": "trade surplus surged", "lemma": "surge"}, "trade surplus surged"),
        ({"did": "went", "lemma": "go", "negated": True}, "did not go"),
    ],
)
def test_an_action_reads_as_the_text_turns_it(event: dict, said: str) -> None:
    assert action_words(event) == said


@pytest.mark.parametrize(
    ("did", "whom", "what", "parts"),
    [
        ("told", ["**BBC**"], "the unrest is worse", ["told", "**BBC**", "the unrest is worse"]),
        (
            "offered",
            ["**Navimix**"],
            "1,850 francs",
            ["offered", "1,850 francs", "(with **Navimix**)"],
        ),
        ("told", [], "the unrest is worse", ["told", "the unrest is worse"]),
    ],
)
def test_whom_a_saying_addresses_comes_before_what_it_says(
    did: str, whom: list[str], what: str, parts: list[str]
) -> None:
    from generator.site.statements import active_parts

    event = {"did": did, "lemma": {"told": "tell", "offered": "offer"}[did]}
    assert active_parts(event, ["Kofi Annan"], what, whom) == ["**Kofi Annan**", *parts]


def test_a_thing_its_doer_owns_acts_as_the_doer_s() -> None:
    from generator.site.statements import active_parts

    event = {"did": "trade surplus surged", "lemma": "surge"}
    assert active_parts(event, ["Japan"], "", []) == ["**Japan**'s", "trade surplus surged"]


@pytest.mark.parametrize(
    ("did", "lemma"), [("to tour", "tour"), ("had never agreed", "agree"), ("not come", "come")]
)
def test_a_verb_group_s_own_words_are_no_thing_of_the_doer_s(did: str, lemma: str) -> None:
    """'Fujimori arrived to tour the residence' reads '**Alberto Fujimori** to tour', not
    '**Alberto Fujimori**'s to tour'."""
    from generator.site.statements import active_parts

    event = {"did": did, "lemma": lemma}
    assert active_parts(event, ["Alberto Fujimori"], "", [])[0] == "**Alberto Fujimori**"


def test_what_an_undergoer_is_made_comes_after_the_action() -> None:
    from generator.site.statements import passive_parts

    event = {"did": "sworn in", "lemma": "swear", "passive": True}
    assert passive_parts(event, "as prime minister", ["Kumar Gujral"]) == [
        "**Kumar Gujral**",
        "sworn in",
        "as prime minister",
    ]


def test_a_number_s_change_is_said_once() -> None:
    from generator.site.article_page import numbers_section
    from generator.site.index import SheetView, build_index

    numbers = [
        {"value": "13.3 points", "what": "rise in index", "change": "up", "sentence": 0},
        {"value": "4.2 percent", "what": "share of exports", "change": "down", "sentence": 0},
        {"value": "Thousands", "what": "tonnes of ash", "sentence": 0},
    ]
    sheet = SheetView(
        "a", {"article": {"id": "a", "published": "2026-01-05"}, "numbers": numbers}, None
    )
    lines = numbers_section(sheet, build_index([sheet]))
    assert "**13.3 points** rise in index \u00b7 [source](#s-0)" in lines[2]
    assert "**4.2 percent** share of exports \u00b7 a fall" in lines[3]
    assert "**Thousands** of tonnes of ash" in lines[4]  # a number that is a plural noun
