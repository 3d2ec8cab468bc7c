"""Cross-article entities: one real entity, one page, whatever one story mistyped it as."""

from __future__ import annotations

import pytest

from generator.site.index import SheetView, build_index


def sheet(sheet_id: str, actors: list[dict], places: list[str] = ()) -> SheetView:
    article = {"id": sheet_id, "title": sheet_id, "published": "2026-01-05"}
    items = [{"id": a["name"].lower(), "mentions": 1, **a} for a in actors]
    where = [{"id": name.lower(), "name": name, "mentions": 1} for name in places]
    return SheetView(sheet_id, {"article": article, "actors": items, "places": where}, None)


def test_a_one_word_person_an_organisation_bears_elsewhere_is_that_organisation() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Danubia", "type": "person", "role": None}]),
            sheet("two", [{"name": "Danubia", "type": "organization", "role": "news agency"}]),
        ]
    )
    assert len(index.actors) == 1
    (page,) = index.actors.values()
    assert page.type == "organization"
    assert len(page.appearances) == 2


def test_a_person_with_a_role_keeps_a_page_of_their_own() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Danubia", "type": "person", "role": "singer"}]),
            sheet("two", [{"name": "Danubia", "type": "organization", "role": "news agency"}]),
        ]
    )
    assert len(index.actors) == 2


def test_a_word_and_the_one_agency_it_starts_are_one_page_of_the_agencys_kind() -> None:
    told = [
        sheet(f"told{i}", [{"name": "Danubia", "type": "person", "role": None}]) for i in range(3)
    ]
    index = build_index(
        told
        + [
            sheet("agency", [{"name": "Danubia News Agency", "type": "organization"}]),
            sheet("word", [{"name": "Danubia", "type": "organization"}]),
        ]
    )
    assert len(index.actors) == 1
    (page,) = index.actors.values()
    assert (page.name, page.type, len(page.appearances)) == (
        "Danubia News Agency",
        "organization",
        5,
    )


def test_a_word_that_starts_two_bodies_names_neither() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Danubia", "type": "organization"}]),
            sheet("two", [{"name": "Danubia Development Bank", "type": "organization"}]),
            sheet("three", [{"name": "Danubia Press Agency", "type": "organization"}]),
        ]
    )
    assert len(index.actors) == 3


def test_a_body_one_story_took_for_a_place_is_the_body_with_one_page() -> None:
    agency = {"name": "Danubia News Agency", "type": "organization"}
    index = build_index(
        [
            sheet("one", [agency]),
            sheet("two", [{"name": "Danubia", "type": "organization"}]),
            sheet("told", [], places=["Danubia", "Linz"]),  # 'told Danubia in Linz'
        ]
    )
    assert [p.name for p in index.places.values()] == ["Linz"]
    (page,) = index.actors.values()
    assert {a.sheet.id for a in page.appearances} == {"one", "two", "told"}
    assert index.place_of[("told", "danubia")] is page


def test_a_place_most_stories_call_a_place_keeps_its_place_page() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Danubia", "type": "organization"}]),
            sheet("two", [], places=["Danubia"]),
            sheet("three", [], places=["Danubia"]),
        ]
    )
    assert [p.name for p in index.places.values()] == ["Danubia"]
    assert len(index.actors) == 1


def test_an_actor_s_affiliations_are_each_one_entity_linked_to_its_page() -> None:
    from generator.site.entity_page import infobox

    marsh = {"name": "Helen Marsh", "type": "person", "role": "spokeswoman"}
    body = {"name": "Danube Commission", "type": "organization", "role": None}
    index = build_index(
        [
            sheet("one", [{**marsh, "affiliation": "Danube Commission"}, body]),
            sheet("two", [{**marsh, "affiliation": "Danube Commission"}, body]),
            sheet("three", [{**marsh, "affiliation": "Linz Rowing Club"}]),
            sheet("four", [{**marsh, "affiliation": "Danube Commission"}]),  # named in passing
        ]
    )
    page = next(p for p in index.actors.values() if p.name == "Helen Marsh")
    commission = next(p for p in index.actors.values() if p.name == "Danube Commission")
    rows = dict(infobox(page, index))
    link = f"[Danube Commission](../actors/{commission.slug}.md)"
    assert rows["Affiliation"] == f"{link}, Linz Rowing Club"


def test_spellings_of_one_name_that_differ_in_vowels_are_one_person() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Mahmud Kovac", "type": "person", "role": "president"}]),
            sheet("two", [{"name": "Mahmud Kovac", "type": "person", "role": "president"}]),
            sheet("three", [{"name": "Mahmoud Kovac", "type": "person", "role": None}]),
            sheet("four", [{"name": "Kovac", "type": "person", "role": None}]),
        ]
    )
    assert len(index.actors) == 1
    (page,) = index.actors.values()
    assert (page.name, len(page.appearances)) == ("Mahmud Kovac", 4)


def test_given_names_with_other_consonants_are_other_people() -> None:
    index = build_index(
        [
            sheet("one", [{"name": "Mahmud Kovac", "type": "person", "role": None}]),
            sheet("two", [{"name": "Mohammad Kovac", "type": "person", "role": None}]),
            sheet("three", [{"name": "Ali Berg", "type": "person", "role": None}]),
            sheet("four", [{"name": "Ala Berg", "type": "person", "role": None}]),
        ]
    )
    assert len(index.actors) == 4


def test_a_body_and_its_owner_s_body_of_that_name_are_one_page_where_the_owner_is_named() -> None:
    un = {"name": "United Nations", "type": "organization"}
    council = {"name": "Security Council", "type": "organization"}
    index = build_index(
        [
            sheet("long", [{"name": "UN Security Council", "type": "organization"}]),
            sheet("other", [{"name": "Orvanian Security Council", "type": "organization"}]),
            sheet("agency", [{"name": "UN Development Programme", "type": "organization"}]),
            sheet("short", [council, un]),
            sheet("again", [council, {"name": "UN", "type": "organization"}]),
        ]
    )
    pages = {p.name: len(p.appearances) for p in index.actors.values()}
    assert pages["UN Security Council"] == 3 and "Security Council" not in pages


def test_a_body_whose_owner_one_article_does_not_name_stays_apart() -> None:
    court = {"name": "Supreme Court", "type": "organization"}
    index = build_index(
        [
            sheet("long", [{"name": "US Supreme Court", "type": "organization"}]),
            sheet("us", [court], places=["United States"]),
            sheet("elsewhere", [court], places=["India"]),
        ]
    )
    assert {p.name for p in index.actors.values()} == {"US Supreme Court", "Supreme Court"}


@pytest.mark.parametrize(
    ("names", "pages"),
    [
        (  # 'US Navy' gives no 'UN': the UN stays the United Nations
            ["US Navy", "United Nations", "UN"],
            {"US Navy": 1, "United Nations": 2},
        ),
        (  # 'United Nation' in one story gives 'UN' no second body
            ["United Nation", "United Nations", "United Nations", "UN"],
            {"United Nation": 1, "United Nations": 3},
        ),
        (  # an acronym two bodies share stays apart
            ["Danube Commission", "Drava Council", "DC"],
            {"Danube Commission": 1, "Drava Council": 1, "DC": 1},
        ),
    ],
)
def test_an_acronym_is_the_one_body_it_stands_for_across_stories(
    names: list[str], pages: dict[str, int]
) -> None:
    index = build_index(
        [sheet(f"s{n}", [{"name": name, "type": "organization"}]) for n, name in enumerate(names)]
    )
    assert {p.name: len(p.appearances) for p in index.actors.values()} == pages
