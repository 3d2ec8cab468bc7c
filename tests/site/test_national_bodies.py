"""Which bodies any country has, and whose one is when the sheet names its country."""

from __future__ import annotations

import pytest

from generator.site.national_bodies import body_country, national_body


@pytest.mark.parametrize(
    "name, national",
    [
        ("Supreme Court", True),
        ("the Foreign Ministry", True),
        ("National Assembly", True),
        ("People's Assembly", True),
        ("Parliament", True),
        ("Bangladesh Supreme Court", False),  # its country is in its name
        ("UN Security Council", False),
        ("World Bank", False),
    ],
)
def test_a_body_any_country_has(name: str, national: bool) -> None:
    assert national_body(name) is national


def test_whose_body_it_is() -> None:
    def item(text: str, affiliation: str | None = None) -> dict:
        evidence = [{"sentence": 0, "text": text}]
        return {"name": "Supreme Court", "affiliation": affiliation, "evidence": evidence}

    assert body_country(item("The Supreme Court of the DRC upheld the ban on Friday.")) == (
        "Democratic Republic of the Congo"
    )
    assert body_country(item("A Brazilian Supreme Court judge spoke.")) == "Brazil"
    assert body_country(item("The court met.", affiliation="Peru")) == "Peru"
    assert body_country(item("Supreme Court Justice Anna Berg retired.")) is None
    assert body_country(item("Judges from Peru and Chile met at the Supreme Court.")) is None
