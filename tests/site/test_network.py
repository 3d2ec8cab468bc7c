"""The main actors' network on the home page: who is named with whom, drawn from the index."""

from __future__ import annotations

from generator.site.index import SheetView, build_index
from generator.site.network import main_actors, network


def sheet(sheet_id: str, names: list[str]) -> SheetView:
    article = {"id": sheet_id, "title": sheet_id, "published": "2026-01-05"}
    actors = [{"id": n.lower(), "name": n, "type": "person", "mentions": 1} for n in names]
    return SheetView(sheet_id, {"article": article, "actors": actors, "places": []}, None)


def test_a_line_joins_actors_named_together_and_says_how_often() -> None:
    index = build_index(
        [
            sheet("one", ["Helen Marsh", "Peter Novak", "Tomas <b>Berg</b>"]),
            sheet("two", ["Helen Marsh", "Peter Novak", "Tomas <b>Berg</b>"]),
            sheet("three", ["Helen Marsh", "Peter Novak", "Anna Lind"]),
        ]
    )
    svg = network(index)
    assert svg is not None
    assert svg.count("<line") == 3  # Anna Lind, named once, is not among the main actors
    assert "Helen Marsh and Peter Novak: named together in 3 articles" in svg
    assert "Helen Marsh: named in 3 articles" in svg
    assert "Tomas &lt;b&gt;Berg&lt;/b&gt;" in svg and "<b>" not in svg


def test_too_few_actors_who_meet_is_no_network() -> None:
    index = build_index(
        [sheet("one", ["Helen Marsh", "Peter Novak"]), sheet("two", ["Helen Marsh"])]
    )
    assert network(index) is None


def test_main_actors_are_those_the_articles_tell_acting_not_only_naming() -> None:
    """A news agency each story cites ('told AFP') is named in every article and takes part in
    none of their events or quotes: the actors who do are the main ones."""
    sheets = []
    for n, doer in enumerate(["helen marsh", "peter novak", "helen marsh"]):
        view = sheet(f"s{n}", ["Helen Marsh", "Peter Novak", "Danube Press"])
        view.data["events"] = [{"id": "e", "who": [doer], "did": "met", "whom": []}]
        sheets.append(view)
    sheets[1].data["quotes"] = [{"id": "q", "text": "We met.", "speaker": "helen marsh"}]
    chosen = main_actors(build_index(sheets), 2)
    assert [page.name for page in chosen] == ["Helen Marsh", "Peter Novak"]
