"""The attribute ruler's coarse-POS rules, applied by table instead of by a token Matcher.

spaCy's English pipelines set `pos_` with an attribute ruler: a Matcher over every token
that costs a sixth of the pipeline's time. Its rules are short (one token, or two for
"there is"), test a few attributes, and the later rule wins. Applied directly to the
Doc's attribute arrays, with the rules grouped by tag, they give the same POS at a
fraction of the cost. Lemmas and morphology are left out: the extraction reads neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore
from spacy.symbols import IDS
from spacy.tokens import Doc

COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "ORTH": 4, "TEXT": 4}
ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE, ORTH]
Row = list[int]


def predicate(key: str, value: Any, strings: StringStore) -> Callable[[Row], bool] | None:
    """A test of one attribute on a token's row of hashes, or None for a form not covered."""
    column = COLUMNS.get(key)
    if column is None:
        return None

    def code(v: Any) -> int:
        return int(bool(v)) if key == "IS_SPACE" else strings.add(v)

    if isinstance(value, (str, bool)):
        wanted = code(value)
        return lambda row: row[column] == wanted
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in {"IN", "NOT_IN"} and isinstance(items, list):
            codes = frozenset(code(i) for i in items)
            if op == "IN":
                return lambda row: row[column] in codes
            return lambda row: row[column] not in codes
    return None


@dataclass(frozen=True)
class Rule:
    order: int
    tests: tuple[tuple[Callable[[Row], bool], ...], ...]
    """One tuple of attribute tests per pattern token."""
    index: int
    pos: int

    def applies(self, rows: list[Row], i: int) -> bool:
        start = i - self.index
        if start < 0 or start + len(self.tests) > len(rows):
            return False
        return all(all(test(rows[start + k]) for test in tests) for k, tests in enumerate(self.tests))


class PosRules:
    """The rules in two kinds: a tag (and word) look-up for the plain ones, a short ordered list
    for the few that test more (dependency labels, neighbours, spaces)."""

    def __init__(self, plain: dict[tuple[int, int], tuple[int, int]], other: list[tuple[Rule, frozenset[int] | None]]) -> None:
        self.plain = plain
        """(tag, word or 0) -> (order, POS) of the last plain rule for it."""
        self.other = sorted(other, key=lambda pair: -pair[0].order)

    @classmethod
    def from_patterns(cls, patterns: list[dict[str, Any]], strings: StringStore) -> "PosRules | None":
        plain: dict[tuple[int, int], tuple[int, int]] = {}
        other: list[tuple[Rule, frozenset[int] | None]] = []
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
                if len(pattern) == 1 and isinstance(spec.get("TAG"), str) and set(spec) <= {"TAG", "LOWER"}:
                    words = spec.get("LOWER", [None])
                    words = [words] if isinstance(words, str) else words["IN"] if isinstance(words, dict) and set(words) == {"IN"} else words
                    if isinstance(words, list):
                        for word in words:
                            plain[(strings.add(spec["TAG"]), strings.add(word) if word else 0)] = (order, IDS[pos])
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
                tag = spec.get("TAG")
                tags = frozenset([strings.add(tag)]) if isinstance(tag, str) else frozenset(strings.add(t) for t in tag["IN"]) if isinstance(tag, dict) and set(tag) == {"IN"} else None
                other.append((Rule(order, tuple(tests), target, IDS[pos]), tags))
        return cls(plain, other)

    def apply(self, doc: Doc) -> None:
        if not len(doc):
            return
        rows: list[Row] = doc.to_array(ARRAY_ATTRS).tolist()
        pos = doc.to_array([POS])
        plain, other = self.plain, self.other
        changed = False
        for i, row in enumerate(rows):
            tag = row[0]
            best = max(plain.get((tag, 0), (-1, 0)), plain.get((tag, row[1]), (-1, 0)))
            for rule, tags in other:
                if rule.order <= best[0]:
                    break
                if (tags is None or tag in tags) and rule.applies(rows, i):
                    best = (rule.order, rule.pos)
                    break
            if best[0] >= 0:
                pos[i] = best[1]
                changed = True
        if changed:
            doc.from_array([POS], numpy.asarray(pos, dtype="uint64").reshape(-1, 1))


class PosRulesComponent:
    """Pipeline component: sets `pos_` from the rules (the last rule that applies wins)."""

    def __init__(self) -> None:
        self.rules = PosRules({}, [])

    def __call__(self, doc: Doc) -> Doc:
        self.rules.apply(doc)
        return doc
