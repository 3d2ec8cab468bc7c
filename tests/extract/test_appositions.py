"""An apposition that tells of others is no post of the name before it."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_actors import sheet_for


def test_a_plural_apposition_is_no_one_person_s_post(nlp, tmp_path: Path) -> None:
    body = (
        "Foreign Minister Anton Varga wants to lead the party.\n\n"
        "Besides Varga, two other heavyweights, former premier Boris Kell and Defence Minister "
        "Ivo Lenz, are also vying for the post."
    )
    roles = {a["name"]: a["role"] for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert roles["Anton Varga"] == "Foreign Minister"
