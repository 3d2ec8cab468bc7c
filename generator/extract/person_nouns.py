"""Nouns that name a person ('trafficker', 'hostage', 'policeman'), from WordNet: which common
nouns of a phrase say it is people, so that 'three men were detained' involves the men.

`person_nouns.txt` beside this module holds the list; `python -m generator.extract.person_nouns
WORDNET_DIR` rebuilds it from a WordNet 3.0 database (Debian's `wordnet-base` installs one in
/usr/share/wordnet). A noun is kept when its senses tagged in WordNet's sense-tagged corpus are
mostly people (noun.person), its most frequent one among them; an untagged noun when all its
senses are people. 'Carrier' (mostly ships and firms) and 'monitor' are not kept.
"""

from __future__ import annotations

import collections
import sys
from functools import cache
from importlib import resources
from pathlib import Path

from generator.sheets.yamlio import write_atomic

PERSON = 18
"""WordNet's lexicographer file noun.person."""
HEADER = "#"
"""Lines of the data file that are its notice, not words."""


@cache
def person_nouns() -> frozenset[str]:
    text = resources.files("generator.extract").joinpath("person_nouns.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith(HEADER))


def from_wordnet(root: Path) -> list[str]:
    """The person nouns of the WordNet database in ROOT, in its index's order."""
    forms: dict[str, list[str]] = {}
    lexicographer_file: dict[str, int] = {}
    for line in (root / "data.noun").read_text("latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        forms[fields[0]] = [fields[4 + 2 * k] for k in range(count)]
        lexicographer_file[fields[0]] = int(fields[1])
    tagged: dict[str, collections.Counter[int]] = collections.defaultdict(collections.Counter)
    for line in (root / "cntlist.rev").read_text("latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        kind, file = sense.split(":")[:2]
        if kind == "1":  # a noun
            tagged[lemma][int(file)] += int(count)
    kept = []
    for line in (root / "index.noun").read_text("latin-1").splitlines():
        fields = line.split()
        if line.startswith("  ") or not fields[0].isalpha() or not fields[0].islower():
            continue
        lemma, senses = fields[0], int(fields[2])
        # the senses where it is a common noun: 'villa', not Pancho Villa
        common = [s for s in fields[-senses:] if lemma in forms[s]]
        if not common:
            continue
        counts = tagged.get(lemma)
        if counts and sum(counts.values()):
            person = lexicographer_file[common[0]] == PERSON
            if person and 2 * counts[PERSON] >= sum(counts.values()):
                kept.append(lemma)
        elif all(lexicographer_file[s] == PERSON for s in common):
            kept.append(lemma)
    return kept


NOTICE = """\
# Nouns that name a person, from WordNet 3.0 (see person_nouns.py, which rebuilt this list).
#
# This software and database is being provided to you, the LICENSEE, by Princeton University
# under the following license.  By obtaining, using and/or copying this software and database,
# you agree that you have read, understood, and will comply with these terms and conditions.:
#
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you
# agree to comply with the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and documentation,
# including modifications that you make for internal use or for distribution.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database.  Title to copyright in this
# software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def main(argv: list[str]) -> None:
    root = Path(argv[0] if argv else "/usr/share/wordnet")
    target = Path(__file__).with_name("person_nouns.txt")
    write_atomic(target, NOTICE + "\n".join(from_wordnet(root)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
