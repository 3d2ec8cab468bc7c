"""Which tellings of events across articles are one event, and what they disagree on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from generator.site.event_groups import EventPages, action_key, group_events


@dataclass
class Sheet:
    id: str
    published: str
    data: dict[str, Any] = field(default_factory=dict)


def sheet(
    sheet_id: str,
    published: str,
    did: str,
    lemma: str,
    who: list[Any],
    whom: list[str],
    when: str | None = None,
    what: str | None = None,
    evidence: str = "",
    numbers: list[tuple[str, str]] = (),  # type: ignore[assignment]
    where: str | None = None,
) -> Sheet:
    """A sheet of one event (sentence 0), dated by WHEN, with NUMBERS (value, what) in its
    sentence; actor ids stand for their pages."""
    event = {"did": did, "lemma": lemma, "who": who, "whom": whom, "what": what}
    event |= {"when": "d1" if when else None, "where": where, "sentence": 0, "evidence": evidence}
    return Sheet(
        sheet_id,
        published,
        {
            "events": [event],
            "dates": [{"id": "d1", "value": when}] if when else [],
            "numbers": [{"value": v, "what": w, "sentence": 0} for v, w in numbers],
        },
    )


def pages_of(_sheet: Sheet, event: dict[str, Any]) -> EventPages:
    actors = [[p for p in event[role] if isinstance(p, str)] for role in ("who", "whom")]
    places = frozenset([event["where"]] if event["where"] else [])
    return EventPages(frozenset(actors[0]), frozenset(actors[1]), places)


def tellings(*sheets: Sheet) -> list[int]:
    return sorted(len(g.tellings) for g in group_events(list(sheets), pages_of))


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        (  # the same doer, action and day
            sheet("a", "2026-03-04", "arrested", "arrest", ["police"], ["gang"], "2026-03-02"),
            sheet("b", "2026-03-05", "arrested", "arrest", ["police"], [], "2026-03-02"),
            True,
        ),
        (  # a month holds its day
            sheet("a", "2026-03-04", "arrested", "arrest", ["police"], [], "2026-03"),
            sheet("b", "2026-03-05", "arrested", "arrest", ["police"], [], "2026-03-02"),
            True,
        ),
        (  # a year is too long to be one day's event
            sheet("a", "2026-12-04", "killed", "kill", [], ["rebels"], "2026"),
            sheet("b", "2026-12-05", "killed", "kill", ["army"], ["rebels"], "2026-12-01"),
            False,
        ),
        (  # two doers: two events
            sheet("a", "2026-03-04", "expects", "expect", ["usa"], ["iraq"], "2026-03-02"),
            sheet("b", "2026-03-04", "expect", "expect", ["iraqis"], ["iraq"], "2026-03-02"),
            False,
        ),
        (  # the verb a verb governs is the action
            sheet("a", "2026-03-04", "expected to arrive", "expect", ["lee"], [], "2026-03-02"),
            sheet(
                "b", "2026-03-04", "expected to be cremated", "expect", ["lee"], [], "2026-03-02"
            ),
            False,
        ),
        (  # about different things
            sheet("a", "2026-03-04", "holds", "hold", ["china"], [], "2026-03", "3,000 fairs"),
            sheet("b", "2026-03-04", "hold", "hold", ["china"], [], "2026-03", "a dialogue"),
            False,
        ),
        (  # undated, the same doer and what it is done to, told a day apart
            sheet("a", "2026-03-04", "imposed", "impose", ["russia"], ["georgia"]),
            sheet("b", "2026-03-05", "imposed", "impose", ["russia"], ["georgia"]),
            True,
        ),
        (  # undated, one doer saying two things
            sheet(
                "a",
                "2026-03-04",
                "hopes",
                "hope",
                ["china"],
                [],
                evidence="China hopes a visit will help",
            ),
            sheet(
                "b",
                "2026-03-05",
                "hopes",
                "hope",
                ["china"],
                [],
                evidence="China hopes for more trade",
            ),
            False,
        ),
        (  # undated, the same sentence told again by the next day's story
            sheet(
                "a",
                "2026-03-04",
                "missed",
                "miss",
                ["kallis"],
                [],
                evidence="Kallis has missed a Test match for the first time",
            ),
            sheet(
                "b",
                "2026-03-05",
                "missed",
                "miss",
                ["kallis"],
                [],
                evidence="Kallis missed a Test match for the first time",
            ),
            True,
        ),
        (  # undated, a week apart
            sheet("a", "2026-03-04", "imposed", "impose", ["russia"], ["georgia"]),
            sheet("b", "2026-03-11", "imposed", "impose", ["russia"], ["georgia"]),
            False,
        ),
    ],
)
def test_tellings_are_one_event_only_when_doer_action_and_date_agree(
    first: Sheet, second: Sheet, one: bool
) -> None:
    assert tellings(first, second) == ([2] if one else [1, 1])


@pytest.mark.parametrize(
    ("whats", "doers", "one"),
    [
        (("28 people", "30 people"), ("Austrian police", "police"), True),  # the same thing
        (("28 people", "30 people"), ("police", "police"), True),
        (("a school", "a bridge"), ("", ""), False),  # only the place in common
        (("a school", "a bridge"), ("Vienna council", "the mayor"), False),
    ],
)
def test_in_one_place_tellings_by_unnamed_doers_are_one_event_only_on_the_same_thing(
    whats: tuple[str, str], doers: tuple[str, str], one: bool
) -> None:
    first, second = (
        sheet(
            f"s{n}",
            "2026-03-04",
            "did",
            "do",
            [{"text": d}] if d else [],
            [],
            "2026-03-02",
            w,
            where="vienna",
        )
        for n, (w, d) in enumerate(zip(whats, doers))
    )
    assert tellings(first, second) == ([2] if one else [1, 1])


def test_tellings_differ_on_numbers_that_count_the_same_thing() -> None:
    numbers = (
        [("28", "people arrested"), ("3", "cars seized")],
        [("30", "people arrested"), ("3", "cars seized")],
    )
    sheets = [
        sheet(
            f"s{n}", "2026-03-04", "arrested", "arrest", ["police"], [], "2026-03-02", numbers=found
        )
        for n, found in enumerate(numbers)
    ]
    (group,) = group_events(sheets, pages_of)
    assert [(label, [v for _, v in told]) for label, told in group.differences()] == [
        ("numbers", ["28 people arrested", "30 people arrested"])
    ]


def test_numbers_of_different_things_are_no_disagreement() -> None:
    numbers = [("28", "people killed")], [("40", "people wounded")]
    sheets = [
        sheet(
            f"s{n}", "2026-03-04", "attacked", "attack", ["rebels"], [], "2026-03-02", numbers=found
        )
        for n, found in enumerate(numbers)
    ]
    (group,) = group_events(sheets, pages_of)
    assert group.differences() == []


def test_the_event_s_own_number_is_compared_not_another_one_of_its_sentence() -> None:
    """'Weber will face 13 counts, while Ruiz will face three charges' and 'Ruiz faces three
    charges, Lund faces five counts': Ruiz's three charges agree."""
    numbers = (
        [("13", "counts of murder"), ("three", "murder charges")],
        [("five", "counts of murder"), ("three", "murder charges")],
    )
    sheets = [
        sheet(
            f"s{n}",
            "2026-03-04",
            "faces",
            "face",
            ["ruiz"],
            [],
            what="three murder charges",
            numbers=found,
        )
        for n, found in enumerate(numbers)
    ]
    (group,) = group_events(sheets, pages_of)
    assert group.differences() == []


@pytest.mark.parametrize(
    ("did", "lemma", "key"),
    [
        ("killed", "kill", "kill"),
        ("expected to arrive", "expect", "expect arriv"),
        ("appeared to be based", "appear", "appear based"),
        ("began deploying", "begin", "begin deplo"),
        ("set up", "set", "set up"),
        ("trade surplus narrowed", "narrow", "narrow"),
    ],
)
def test_the_action_of_an_event_for_grouping(did: str, lemma: str, key: str) -> None:
    assert action_key({"did": did, "lemma": lemma}) == key
