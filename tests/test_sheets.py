from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import InputError
from generator.sheets import load_sheet

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
facts: []
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
        ("type: person", "type: persn", "a.yml:7: actors[0].type: expected one of person, organization, country, group; got 'persn'"),
        ("  name: Helen Marsh\n", "", "a.yml:5: actors[0]: 'name' is missing"),
        ("facts: []", "facts:\n- id: f-1\n  text: x\n  actors: [nobody]", "a.yml:15: facts[0].actors[0]: no actor with id 'nobody'"),
        ("places: []", "places: []\ncolour: red", "a.yml:1: (sheet): unknown field(s) ('colour' was unexpected)"),
        ("title: T", "title: [T", "a.yml:4: invalid YAML"),
    ],
)
def test_problems_are_located(tmp_path: Path, old: str, new: str, expected: str) -> None:
    found = problems(tmp_path, VALID.replace(old, new))
    assert any(p.startswith(expected) for p in found), found


def test_python_tags_are_refused(tmp_path: Path) -> None:
    found = problems(tmp_path, VALID.replace("title: T", "title: !!python/object/apply:os.system ['true']"))
    assert found and "invalid YAML" in found[0]
