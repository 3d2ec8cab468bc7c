"""The attribute ruler's coarse-POS rules, applied by table instead of by a token Matcher.

spaCy's English pipelines set `pos_` with an attribute ruler: a Matcher over every token
that costs a sixth of the pipeline's time. Its rules are short (one token, or two for
"there is"), test a few attributes, and the later rule wins. Applied directly to the
Doc's attribute arrays, with the rules grouped by tag, they give the same POS at a
fraction of the cost. Lemmas and morphology are left out: the extraction reads neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.symbols import IDS
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4, "TEXT": 4}
ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE, ORTH]


@dataclass(frozen=True)
class Test:
    """One attribute of a token against a set of values (or outside it)."""

    column: int
    codes: numpy.ndarray
    negate: bool

    def mask(self, table: numpy.ndarray) -> numpy.ndarray:
        column = table[:, self.column]
        hit = column == self.codes[0]
        for code in self.codes[1:]:  # a handful at most: cheaper than numpy.isin on short Docs
            hit |= column == code
        return ~hit if self.negate else hit


def predicate(key: str, value: Any, strings: StringStore) -> Test | None:
    """A test of one attribute on the Doc's table of hashes, or None for a form not covered."""
    column = COLUMNS.get(key)
    if column is None:
        return None

    def codes(values: list[Any]) -> numpy.ndarray:
        coded = [int(bool(v)) if key == "IS_SPACE" else strings.add(v) for v in values]
        return numpy.asarray(sorted(set(coded)), dtype=numpy.uint64)

    if isinstance(value, (str, bool)):
        return Test(column, codes([value]), False)
    if isinstance(value, dict) and len(value) == 1:
        ((op, items),) = value.items()
        if op in {"IN", "NOT_IN"} and isinstance(items, list):
            return Test(column, codes(items), op == "NOT_IN")
    return None


@dataclass(frozen=True)
class Rule:
    order: int
    tests: tuple[tuple[Test, ...], ...]
    """One tuple of attribute tests per pattern token."""
    index: int
    pos: int

    def applies(self, table: numpy.ndarray) -> numpy.ndarray:
        """Where the rule matches with its target token at each position."""
        n = len(table)
        hits = numpy.zeros(n, dtype=bool)
        width = len(self.tests)
        if width > n:
            return hits
        window = numpy.ones(n - width + 1, dtype=bool)  # pattern starts
        for k, tests in enumerate(self.tests):
            for test in tests:
                window &= test.mask(table)[k : n - width + 1 + k]
        hits[self.index : self.index + len(window)] = window
        return hits


class PosRules:
    """The rules in two kinds: a tag (and word) look-up for the plain ones, a short ordered list
    for the few that test more (dependency labels, neighbours, spaces), each tested on the
    whole Doc at once."""

    def __init__(self, plain: dict[tuple[int, int], tuple[int, int]], other: list[Rule]) -> None:
        self.plain = plain
        """(tag, word or 0) -> (order, POS) of the last plain rule for it."""
        self.other = sorted(other, key=lambda rule: rule.order)

    @classmethod
    def from_patterns(
        cls, patterns: list[dict[str, Any]], strings: StringStore
    ) -> "PosRules | None":
        plain: dict[tuple[int, int], tuple[int, int]] = {}
        other: list[Rule] = []
        for order, entry in enumerate(patterns):
            pos = entry.get("attrs", {}).get("POS")
            if pos is None:
                continue  # lemmas and morphology only
            if pos not in IDS:
                return None
            index = entry.get("index", 0)
            for pattern in entry["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    return None
                target = index % len(pattern)
                spec = pattern[target]
                if (
                    len(pattern) == 1
                    and isinstance(spec.get("TAG"), str)
                    and set(spec) <= {"TAG", "LOWER"}
                ):
                    words = spec.get("LOWER", [None])
                    words = (
                        [words]
                        if isinstance(words, str)
                        else words["IN"]
                        if isinstance(words, dict) and set(words) == {"IN"}
                        else words
                    )
                    if isinstance(words, list):
                        for word in words:
                            plain[(strings.add(spec["TAG"]), strings.add(word) if word else 0)] = (
                                order,
                                IDS[pos],
                            )
                        continue
                tests = []
                for token_spec in pattern:
                    token_tests = []
                    for key, value in token_spec.items():
                        test = predicate(key, value, strings)
                        if test is None:
                            return None
                        token_tests.append(test)
                    tests.append(tuple(token_tests))
                other.append(Rule(order, tuple(tests), target, IDS[pos]))
        return cls(plain, other)

    def apply(self, doc: Doc) -> None:
        if not len(doc):
            return
        table = doc.to_array(ARRAY_ATTRS)
        plain, none = self.plain, (-1, 0)
        looked_up = [
            max(plain.get((tag, 0), none), plain.get((tag, word), none))
            for tag, word in table[:, :2].tolist()
        ]
        order = numpy.fromiter((o for o, _ in looked_up), dtype=numpy.int64, count=len(looked_up))
        pos = numpy.fromiter((p for _, p in looked_up), dtype=numpy.uint64, count=len(looked_up))
        for rule in self.other:  # ascending: a later rule overrides an earlier one
            wins = rule.applies(table) & (order < rule.order)
            order[wins] = rule.order
            pos[wins] = rule.pos
        if (order < 0).all():
            return
        current = doc.to_array([POS]).astype(numpy.uint64).reshape(-1)
        current[order >= 0] = pos[order >= 0]
        doc.from_array([POS], current.reshape(-1, 1))


class PosRulesComponent:
    """Pipeline component: sets `pos_` from the rules (the last rule that applies wins)."""

    def __init__(self) -> None:
        self.rules = PosRules({}, [])

    def __call__(self, doc: Doc) -> Doc:
        self.rules.apply(doc)
        return doc
