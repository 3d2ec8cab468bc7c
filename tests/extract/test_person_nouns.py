"""The person nouns come from WordNet by a rule: a noun whose tagged senses are mostly people,
or whose senses all are; common nouns only."""

from __future__ import annotations

from pathlib import Path

from generator.extract.person_nouns import from_wordnet, person_nouns

DATA = """\
  1 This line is the licence.
00000001 18 n 01 hostage 0 000 | a person held as a pledge
00000002 18 n 01 monitor 0 000 | someone who watches
00000003 06 n 01 monitor 0 000 | a screen
00000004 06 n 01 carrier 0 000 | a ship
00000005 18 n 01 carrier 0 000 | one who carries
00000006 18 n 01 Villa 0 000 | a revolutionary
00000007 06 n 01 villa 0 000 | a country house
00000008 18 n 02 ferryman 0 boatman 0 000 | one who works a ferry
"""
INDEX = """\
  1 This line is the licence.
carrier n 2 0 2 2 00000005 00000004
ferryman n 1 0 1 1 00000008
hostage n 1 0 1 0 00000001
monitor n 2 0 2 0 00000002 00000003
villa n 2 0 2 0 00000006 00000007
"""
COUNTS = """\
carrier%1:06:00:: 2 5
carrier%1:18:00:: 1 2
ferryman%1:18:00:: 1 3
"""


def test_a_person_noun_is_one_whose_senses_are_mostly_people(tmp_path: Path) -> None:
    for name, text in {"data.noun": DATA, "index.noun": INDEX, "cntlist.rev": COUNTS}.items():
        (tmp_path / name).write_text(text, encoding="latin-1")
    # carrier: mostly a ship where tagged; monitor: a screen too; villa: only a name is a person
    assert from_wordnet(tmp_path) == ["ferryman", "hostage"]


def test_the_shipped_list_names_people_and_not_things() -> None:
    nouns = person_nouns()
    assert {"hostage", "trafficker", "policeman", "civilian", "protester"} <= nouns
    assert not {"carrier", "monitor", "server", "villa", "bank", "people"} & nouns
