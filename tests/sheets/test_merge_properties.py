"""Property: whatever a person does to a sheet, no merge with new machine output loses it."""

from __future__ import annotations

import copy

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.sheets.io import dump_sheet
from generator.sheets.merge import merge_sheet

ROLES = st.sampled_from(["analyst", "minister", "mayor", "spokesman", None])


def machine_sheet(n: int, roles: list[str | None]) -> dict:
    return {
        "article": {"id": "a", "title": "T", "sha256": "0" * 64, "extractor": "1"},
        "summary": "Lead.",
        "actors": [
            {"id": f"p{i}", "name": f"Person {i}", "type": "person", "role": roles[i]}
            for i in range(n)
        ],
        "places": [],
        "dates": [],
        "numbers": [],
        "quotes": [],
        "facts": [],
        "sentences": [[0, 5]],
    }


@st.composite
def scenarios(draw):  # type: ignore[no-untyped-def]
    n = draw(st.integers(0, 6))
    base = machine_sheet(n, [draw(ROLES) for _ in range(n)])
    person_ops = [draw(st.sampled_from(["keep", "role", "delete"])) for _ in range(n)]
    person_roles = [draw(ROLES.filter(lambda r: r is not None)) for _ in range(n)]
    added = draw(
        st.lists(
            st.sampled_from(["Ada Lovelace", "Grace Hopper", "Alan Turing"]),
            unique=True,
            max_size=2,
        )
    )
    machine_ops = [draw(st.sampled_from(["same", "role", "drop"])) for _ in range(n)]
    machine_roles = [draw(ROLES) for _ in range(n)]
    extra = draw(st.integers(0, 2))
    return base, person_ops, person_roles, added, machine_ops, machine_roles, extra


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_no_person_change_is_lost(scenario) -> None:  # type: ignore[no-untyped-def]
    base, person_ops, person_roles, added, machine_ops, machine_roles, extra = scenario
    current = copy.deepcopy(base)
    changed, deleted = {}, set()
    kept_actors = []
    for actor, op, role in zip(current["actors"], person_ops, person_roles):
        if op == "delete":
            deleted.add(actor["id"])
            continue
        if op == "role" and role != actor["role"]:
            actor["role"] = role
            changed[actor["id"]] = role
        kept_actors.append(actor)
    current["actors"] = kept_actors + [{"name": name, "type": "person"} for name in added]
    new = copy.deepcopy(base)
    new_actors = []
    for actor, op, role in zip(new["actors"], machine_ops, machine_roles):
        if op == "drop":
            continue
        if op == "role":
            actor["role"] = role
        new_actors.append(actor)
    new["actors"] = new_actors + [
        {"id": f"m{i}", "name": f"Machine {i}", "type": "person", "role": None}
        for i in range(extra)
    ]

    text = yaml.safe_dump(current, sort_keys=False)
    merged = merge_sheet(text, base, new, "a.yml")
    result = yaml.safe_load(merged.text)
    actors = {a["id"]: a for a in result["actors"]}
    for actor_id, role in changed.items():
        assert actors[actor_id]["role"] == role and actors[actor_id]["by"] == "editor"
    for actor_id in deleted:
        assert actor_id not in actors and actor_id in result["rejected"]["actors"]
    names = {a["name"]: a for a in result["actors"]}
    for name in added:
        assert names[name]["by"] == "editor" and names[name]["id"]
    machine = {a["id"]: a for a in new["actors"]}
    for actor_id, op in zip([f"p{i}" for i in range(len(person_ops))], person_ops):
        if op == "keep" or (op == "role" and actor_id not in changed):
            if actor_id in machine:
                assert {k: v for k, v in actors[actor_id].items() if k != "by"} == machine[actor_id]
            else:
                assert actor_id not in actors
    for i in range(extra):
        assert f"m{i}" in actors
    # A second merge with the same machine output changes nothing.
    again = merge_sheet(merged.text, new, new, "a.yml")
    assert again.text == merged.text


def test_merge_keeps_comments() -> None:
    base = machine_sheet(2, ["analyst", None])
    text = dump_sheet(base).replace("- id: p1\n", "# a note about person 1\n- id: p1\n")
    new = copy.deepcopy(base)
    new["actors"][0]["role"] = "senior analyst"
    merged = merge_sheet(text, base, new, "a.yml")
    assert "# a note about person 1" in merged.text
    assert "senior analyst" in merged.text
