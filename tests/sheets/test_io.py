from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import InputError
from generator.sheets.io import load_sheet
from tests.conftest import REPO

VALID = """article:
  id: a
  title: T
actors:
- id: helen-marsh
  name: Helen Marsh
  type: person
places: []
dates: []
numbers: []
quotes: []
events: []
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "a.yml"
    path.write_text(text, encoding="utf-8")
    try:
        load_sheet(path, "a.yml")
    except InputError as exc:
        return [str(p) for p in exc.problems]
    return []


def test_valid_sheet_loads(tmp_path: Path) -> None:
    assert problems(tmp_path, VALID) == []


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "type: person",
            "type: persn",
            "a.yml:7: actors[0].type: expected one of person, organization, country, group; got 'persn'",
        ),
        ("  name: Helen Marsh\n", "", "a.yml:5: actors[0]: 'name' is missing"),
        (
            "events: []",
            "events:\n- id: e-1\n  did: met\n  who: [nobody]",
            "a.yml:15: events[0].who[0]: no actor with id 'nobody'",
        ),
        (
            "events: []",
            "events:\n- did: met\n  who: [{text: police}]\n  when: someday",
            "a.yml:15: events[0].when: no date with id 'someday'",
        ),
        (
            "numbers: []",
            "numbers:\n- id: n-1\n  value: '12'\n  of: nobody",
            "a.yml:13: numbers[0].of: no actor with id 'nobody'",
        ),
        (
            "places: []",
            "places: []\ncolour: red",
            "a.yml:1: (sheet): unknown field(s) ('colour' was unexpected)",
        ),
        ("title: T", "title: [T", "a.yml:4: invalid YAML"),
    ],
)
def test_problems_are_located(tmp_path: Path, old: str, new: str, expected: str) -> None:
    found = problems(tmp_path, VALID.replace(old, new))
    assert any(p.startswith(expected) for p in found), found


def test_python_tags_are_refused(tmp_path: Path) -> None:
    found = problems(
        tmp_path, VALID.replace("title: T", "title: !!python/object/apply:os.system ['true']")
    )
    assert found and "invalid YAML" in found[0]


YAML_FORMS = [
    "a: 1\nb: [1, -2, 0]\nc: {d: e}",
    "company: AT&T\nnote: a & b",
    "d: 2026-01-05\nt: 2026-01-05 10:00:00",
    "n: ~\nm: null\no:\nyes: Yes\noff: off",
    "octal: 007\nhex: 0x1F\nsep: 1_000\nplus: +5\nsexagesimal: 1:30",
    "f: 1.5\ninf: .inf",
    "1: a\n2.5: b\n? x\n: c",
    "",
    "s: 'quoted'\nt: \"007\"\nu: |\n  block\n  text\n",
]


@pytest.mark.parametrize(
    "text",
    YAML_FORMS
    + [p.read_text(encoding="utf-8") for p in sorted((REPO / "content" / "facts").glob("*.yml"))],
)
def test_fast_yaml_reading_gives_what_pyyaml_gives(text: str) -> None:
    import yaml

    from generator.sheets.yamlio import SafeLoader, load_yaml

    assert repr(load_yaml(text)) == repr(yaml.load(text, Loader=SafeLoader))


ALIAS_BOMB = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n"
    for i in range(1, 9)
)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("&a [*a]", 1),
        ("x: &m {a: 1}\ny:\n  <<: *m\n  b: 2", 1),
        ("title: &t T\nsource: *t", 1),
        (ALIAS_BOMB, 1),
    ],
    ids=["recursive", "merge-key", "scalar", "nested-bomb"],
)
def test_anchors_and_aliases_are_refused_with_their_line(text: str, line: int) -> None:
    from generator.sheets.yamlio import YAMLSyntaxError, load_yaml

    with pytest.raises(YAMLSyntaxError) as raised:
        load_yaml(text)
    assert raised.value.line == line
    assert (
        str(raised.value)
        == "invalid YAML: anchors and aliases (&name, *name) are not supported here"
    )


def test_a_sheet_with_an_alias_is_a_located_error(tmp_path: Path) -> None:
    text = VALID.replace("  title: T\n", "  title: &t T\n").replace(
        "places: []", "places: []\nsummary: *t"
    )
    assert problems(tmp_path, text) == [
        "a.yml:3: invalid YAML: anchors and aliases (&name, *name) are not supported here"
    ]


@pytest.mark.parametrize("value", ["2026-02-30", "2024-13-45", "2024-05-01T25:61:00+05:00"])
def test_an_impossible_date_is_read_as_text(value: str) -> None:
    from generator.sheets.yamlio import load_yaml

    assert load_yaml(f"published: {value}") == {"published": value}


def test_a_sheet_with_an_impossible_published_date_is_a_located_error(tmp_path: Path) -> None:
    text = VALID.replace("  title: T\n", "  title: T\n  published: 2026-02-30\n")
    assert problems(tmp_path, text) == [
        "a.yml:4: article.published: '2026-02-30' is not a real date"
    ]
