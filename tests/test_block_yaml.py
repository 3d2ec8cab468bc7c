"""The Python sheet writer writes what libyaml writes, byte for byte, or leaves the sheet to libyaml."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.block_yaml import FlowPair, Unsupported, dump_block_yaml
from generator.sheets import dump_sheet, dump_with_libyaml
from generator.yamlio import load_yaml

# Pieces that change libyaml's choices: indicators, things that read back as other types,
# quotes, non-ASCII, characters it escapes, and words long enough to fold.
COMMON = [
    "a", "Minister", "said", " a ", " the ", " ", ": ", ":", " #", "#", "-", "- ", "?", ",", "[", "]", "{", "}", "'", '"', "&", "*",
    "!", "|", ">", "%", "@", "`", "...", "---", "1997-04-09", "12", "3.5", "0x1F", "yes", "No", "null", "~", "true",
    "é", "Ålesund", "\u00a0", "x" * 40, "y" * 95, "<<", "=",
]
ESCAPED = ["\u2028", "\t", "\n", "\x85", "\ufeff", "\U0001f600", "\x07"]
text = st.one_of(
    st.lists(st.sampled_from(COMMON), max_size=30).map("".join),
    st.lists(st.sampled_from(COMMON + ESCAPED), max_size=30).map("".join),
)
leaf = st.one_of(text, st.integers(-5, 10**6), st.none(), st.booleans())
pair = st.lists(st.integers(0, 10**5), min_size=2, max_size=2).map(FlowPair)
keys = st.sampled_from(["id", "name", "text", "type", "evidence", "a_b", "sentence", "mentions", "y", "null"])
value = st.recursive(
    st.one_of(leaf, pair),
    lambda inner: st.one_of(
        st.lists(st.one_of(leaf, pair, st.dictionaries(keys, inner, max_size=4)), max_size=4),
        st.dictionaries(keys, inner, max_size=4),
    ),
    max_leaves=25,
)
document = st.dictionaries(keys, value, min_size=1, max_size=6)


def written(data: dict[str, Any]) -> str | None:
    try:
        return dump_block_yaml(data)
    except Unsupported:
        return None


@settings(max_examples=600, deadline=None)
@given(document)
def test_same_bytes_as_libyaml_whenever_it_writes(data: dict[str, Any]) -> None:
    ours = written(data)
    if ours is not None:
        assert ours == dump_with_libyaml(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(text, min_size=1, max_size=5), st.integers(0, 40))
def test_long_text_folds_like_libyaml_at_every_depth(lines: list[str], depth: int) -> None:
    data: dict[str, Any] = {"text": " ".join(lines)}
    for _ in range(depth % 5):
        data = {"evidence": [data, {"id": "x"}]}
    ours = written(data)
    if ours is not None:
        assert ours == dump_with_libyaml(data)


def test_a_typical_sheet_is_written_by_python_and_reads_back() -> None:
    sheet = {
        "article": {"id": "talks", "title": "Ministers meet: river quotas", "published": "1997-04-09", "url": None, "tags": []},
        "summary": " ".join(["The ministers met in Vienna on Tuesday and agreed on quotas for the river."] * 4),
        "actors": [{"id": "katrin-albrecht", "name": "Katrin Albrecht", "aliases": ["Albrecht"], "mentions": 3, "role": None}],
        "sentences": [[0, 120], [121, 300]],
        "reviewed": False,
    }
    data = dict(sheet, sentences=[FlowPair(p) for p in sheet["sentences"]])
    assert written(data) is not None
    assert load_yaml(dump_sheet(sheet)) == sheet
    assert dump_sheet(sheet).endswith(dump_with_libyaml(data))


def test_strings_libyaml_escapes_go_to_libyaml() -> None:
    for awkward in ["tab\there", "line\nbreak", "emoji \U0001f600", "two  spaces", "bom\ufeff"]:
        assert written({"text": awkward}) is None
        assert load_yaml(dump_sheet({"text": awkward}))["text"] == awkward


words = st.lists(st.sampled_from(["a", "said", "Minister", "x" * 40, "'", "it's", "'quoted'", ":", "#", "é", "1997"]), min_size=1, max_size=60)


@settings(max_examples=400, deadline=None)
@given(words, st.sampled_from(["", "- ", " ", "'", "@", "%", "? ", "12 "]), st.sampled_from(["", " ", ":", "'"]), st.integers(0, 4))
def test_quoted_and_plain_folding_match_libyaml(parts: list[str], head: str, tail: str, depth: int) -> None:
    data: dict[str, Any] = {"text": head + " ".join(parts) + tail, "aliases": [head + " ".join(parts)]}
    for _ in range(depth):
        data = {"evidence": [data]}
    ours = written(data)
    assert ours is not None
    assert ours == dump_with_libyaml(data)
