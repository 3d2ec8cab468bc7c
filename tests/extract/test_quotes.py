"""Quotes from invented sentences: direct and reported speech, each with its speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from generator.extract.said_in import closing_sayer, comma_sayer
from tests.extract.test_actors import sheet_for


def quotes_of(nlp, tmp_path: Path, body: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, who said it: the actor's name or the unnamed source's words)."""
    sheet = sheet_for(nlp, tmp_path, body)
    return [(q["kind"], q["text"], q["speaker_name"]) for q in sheet["quotes"]]


def speakers_of(nlp, tmp_path: Path, body: str) -> dict[str, str | None]:
    """Each quote's text with who said it."""
    return {text: speaker for _kind, text, speaker in quotes_of(nlp, tmp_path, body)}


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # the reported clause, without its 'that'
            "Helen Marsh said that the talks would resume in Vienna next week.",
            "the talks would resume in Vienna next week",
            "Helen Marsh",
        ),
        (  # where the report comes from is no part of what was said
            "Helen Marsh said the talks had shown that both sides wanted a deal, according to a "
            "statement issued by the Varn Foreign Ministry.",
            "the talks had shown that both sides wanted a deal",
            "Helen Marsh",
        ),
        (  # the date of the saying opens no statement, however the parse hung it
            "The Freedom Party said on Monday it will withdraw its support for the government.",
            "it will withdraw its support for the government",
            "Freedom Party",
        ),
        (  # ... but a date of the statement's own words stays
            "Helen Marsh said Monday's vote in Vienna had been rigged.",
            "Monday's vote in Vienna had been rigged",
            "Helen Marsh",
        ),
        (  # a participle shares its clause's sayer
            "Peter Novak praised the deal, stressing that the river needs one water authority.",
            "the river needs one water authority",
            "Peter Novak",
        ),
        (  # a pronoun is the last person named
            "Helen Marsh arrived in Vienna on Monday. She said the drought was the worst in decades.",
            "the drought was the worst in decades",
            "Helen Marsh",
        ),
        (  # a pronoun that found its person carries on to the next one
            "Helen Marsh arrived in Vienna. The rain stopped. The river fell."
            " She says the dam held firm in the night. The roads opened."
            " She says the plight of farmers is worse in the east.",
            "the plight of farmers is worse in the east",
            "Helen Marsh",
        ),
        (  # a main clause's subject, not the subject of what it reports
            "Tom Carter admitted that Peter Grant was a liar. He said the report was false.",
            "the report was false",
            "Tom Carter",
        ),
        (  # she is the one the text says is a woman, not the man who spoke of her
            "Prime Minister Tom Carter said Queen Anne was following the talks. She said the"
            " treaty was a fine one.",
            "the treaty was a fine one",
            "Anne",
        ),
        (  # she says it: the man her words are about did not say them
            "Spokeswoman Nora Berg spoke in Oslo. Peter Grant will meet the king, she said.",
            "Peter Grant will meet the king",
            "Nora Berg",
        ),
        (  # he is not the one the text calls Mrs.
            "Mrs. Nora Berg met Peter Grant on Monday. He said the talks went well.",
            "the talks went well",
            "Peter Grant",
        ),
        (  # one statement the parser cut in two at a comma stays one quote
            "Peter Novak said Nordchem's 1989 unconsolidated, or parent-company, profit is"
            " likely to be 4.7 billion francs.",
            "Nordchem's 1989 unconsolidated, or parent-company, profit is likely to be 4.7"
            " billion francs",
            "Peter Novak",
        ),
        (  # an unnamed source keeps the words the text names it by
            "A police spokesman said the bridge would stay closed until Friday.",
            "the bridge would stay closed until Friday",
            "police spokesman",
        ),
        (  # 'according to X': the sentence is X's claim, without the attribution
            "The deal, according to Peter Novak, will save farmers 40 million euros.",
            "The deal will save farmers 40 million euros",
            "Peter Novak",
        ),
        (  # 'as X noted': the same
            "As Helen Marsh noted, the commission has no money for new dams.",
            "the commission has no money for new dams",
            "Helen Marsh",
        ),
        (  # a saying verb set into the clause it reports
            "Helen Marsh spoke in Vienna. If farmers wait, she added, they will lose the harvest.",
            "they will lose the harvest",
            "Helen Marsh",
        ),
        (  # the lead sentence after a dateline
            "VIENNA, March 2 (Test Wire) - Helen Marsh said the river had never been so low.",
            "the river had never been so low",
            "Helen Marsh",
        ),
        (  # a body that goes on speaking is 'it'
            "The Harbor Water Authority said water use fell 12 percent in March."
            " Industrial use was down 8 percent while farms used 20 percent less, it said.",
            "Industrial use was down 8 percent while farms used 20 percent less",
            "Harbor Water Authority",
        ),
        (  # and a group is 'they'
            "Traders said the dam company would float 30 percent of its shares."
            " They said investors from abroad would be given limited access.",
            "investors from abroad would be given limited access",
            "traders",
        ),
        (  # a stance taken on someone: the verb, its object and what it is about
            "Peter Novak accused Nordchem of planning to sell the dam to a foreign fund.",
            "accused Nordchem of planning to sell the dam to a foreign fund",
            "Peter Novak",
        ),
        (  # and how the stance names it
            'The Harbor Council praised the rescue, calling it a "glorious page" in its history.',
            'praised the rescue, calling it a "glorious page" in its history',
            "Harbor Council",
        ),
        (  # a clause that ends in a quotation is one statement
            "Helen Marsh said the dam was built for the town and ``would have saved the harvest.''",
            "the dam was built for the town and ``would have saved the harvest.''",
            "Helen Marsh",
        ),
        (  # a clause hung on a participle that only describes the listener
            "Austria announced to visiting Hungarian Minister Peter Novak that the dam would"
            " open before the end of the year.",
            "the dam would open before the end of the year",
            "Austria",
        ),
        (  # a second saying verb the parse hangs on what the first one said
            "Helen Marsh said the sale won't cover the cost of building the new mill, and added"
            " the company will need more money.",
            "the company will need more money",
            "Helen Marsh",
        ),
        (  # and what the first one said ends before it
            "Helen Marsh said the sale won't cover the cost of building the new mill, and added"
            " the company will need more money.",
            "the sale won't cover the cost of building the new mill",
            "Helen Marsh",
        ),
        (  # one of the newer saying verbs: only with a reported clause
            "Helen Marsh cautioned that the river could rise again within days.",
            "the river could rise again within days",
            "Helen Marsh",
        ),
        (  # a document speaks for whoever its words say issued it
            "A statement from Harlow Energy said the plant would close in March.",
            "the plant would close in March",
            "Harlow Energy",
        ),
        (
            "A draft program for the fair on May 3, issued by the Trade Ministry, suggested that "
            "the state would open two new ports.",
            "the state would open two new ports",
            "Trade Ministry",
        ),
        (  # estimates and figures too, by whom they are made
            "Exports rose 5 percent in March, according to estimates by Harlow Energy, a "
            "research firm.",
            "Exports rose 5 percent in March",
            "Harlow Energy",
        ),
        (
            "Exports rose 5 percent in March, according to figures from the Trade Ministry.",
            "Exports rose 5 percent in March",
            "Trade Ministry",
        ),
        (  # the document someone issued before
            "The Varn Institute released a report on Monday. The report said that the river "
            "had never been so low.",
            "the river had never been so low",
            "Varn Institute",
        ),
        (  # not where reports come from
            "Reports from Vienna said the talks would resume next week.",
            "the talks would resume next week",
            "reports from Vienna",
        ),
        (  # the closing mark the tagger took for an opening one ends the clause
            'Helen Marsh warned that the new dam "would affect the lives of every farmer in the'
            ' valley."\n\nOn Monday, the council voted.',
            'the new dam "would affect the lives of every farmer in the valley."',
            "Helen Marsh",
        ),
        (  # a body named again by its kind
            "The Danube Development Bank approved a loan to Varn on Monday. "
            "The bank said the loan would pay for two bridges.",
            "the loan would pay for two bridges",
            "Danube Development Bank",
        ),
        (  # a body named before the words of its kind
            "Troops shelled two villages near the border, the semi-official Norpress news "
            "agency said on Monday.",
            "Troops shelled two villages near the border",
            "Norpress",
        ),
        (  # a source left unnamed whom the next sentence names with the same title
            "Floods cut the main road to Harlow on Monday.\n\n"
            "A Varnian army spokesman said on Thursday that the troops would remain in the region. "
            '"We are going to keep our forces there," said spokesman Anton Weller.',
            "the troops would remain in the region",
            "Anton Weller",
        ),
        (  # 'the president' names the holder of the office to be
            "Poor nations need funds, Mark Otieno, president-designate of the Harlow climate "
            "conference, has said. The task of the meeting is to find a fair deal for all blocks, "
            "the president said.",
            "The task of the meeting is to find a fair deal for all blocks",
            "Mark Otieno",
        ),
    ],
)
def test_reported_speech_has_its_speaker(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    found = quotes_of(nlp, tmp_path, body)
    assert ("attributed", text, speaker) in found, found


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (
            "Criminal defence lawyers fear that their clients are being denied a fair trial.",
            "their clients are being denied a fair trial",
            "criminal defence lawyers",
        ),
        (
            "Helen Marsh feared that the dam would flood the valley within a decade.",
            "the dam would flood the valley within a decade",
            "Helen Marsh",
        ),
        (
            "The Freedom Party hopes the new government will lower taxes next year.",
            "the new government will lower taxes next year",
            "Freedom Party",
        ),
        (  # a people's name keeps its capital, whatever the model's label
            "Some 1,500 ethnic Albanians marched in Istanbul. "
            "Turks feel they have special ties to the whole region.",
            "they have special ties to the whole region",
            "Turks",
        ),
    ],
)
def test_a_view_with_a_clause_of_its_own_is_reported(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    """'lawyers fear that ...', 'feared that ...', 'hopes the government will ...': what
    someone is reported as thinking, as the gold of reported speech counts it."""
    found = quotes_of(nlp, tmp_path, body)
    assert ("attributed", text, speaker) in found, found


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Police in Harlow have detained the driver of the bus. "
            "They claimed he was not licensed to drive a bus.",
            "police in Harlow",
        ),
        (
            "Criminal defence lawyers in Varn have written to the minister. "
            "They also fear that the new law will be applied too broadly.",
            "criminal defence lawyers in Varn",
        ),
        (  # they are no thing the sentence before was about
            "His overtures to the rebels were snubbed. "
            "They had warned him that the talks would fail.",
            None,
        ),
    ],
)
def test_they_who_say_something_are_the_group_the_sentence_before_named(
    nlp, tmp_path: Path, body: str, speaker: str | None
) -> None:
    assert [q[2] for q in quotes_of(nlp, tmp_path, body)] == ([speaker] if speaker else []), body


@pytest.mark.parametrize(
    "body",
    [
        "Bankers in Varn expect the share to be less than half.",  # no clause of its own
        "The vote is a milestone that officials hope will end the crisis.",  # a noun's description
        "The vote is a milestone officials hope will end the crisis.",
        "Helen Marsh, whom analysts expect will resign in May, left for Vienna.",
        "Helen Marsh hopes to visit Vienna next week.",  # a plan, no statement
    ],
)
def test_a_view_that_describes_a_noun_or_has_no_clause_reports_nothing(
    nlp, tmp_path: Path, body: str
) -> None:
    assert quotes_of(nlp, tmp_path, body) == []


def test_he_who_says_a_quote_is_no_one_it_names(nlp, tmp_path: Path) -> None:
    """'"... when President Fujimori has the time, I want to visit Lima," he was quoted': he is
    the prime minister named before, not the president the quote names."""
    body = (
        "Prime Minister Peter Novak said on Wednesday that he hoped to visit Urgon soon.\n\n"
        '"When President Helen Marsh has the time, I want to visit Urgon and thank her," '
        "he was quoted as saying."
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [speaker for kind, _, speaker in found if kind == "direct"] == ["Peter Novak"]


def test_a_statement_inside_another_of_its_speaker_is_told_once(nlp, tmp_path: Path) -> None:
    """'said he thought X': what he said holds what he thought."""
    body = "Karl Weber said he thought the home side had already won the match."
    assert quotes_of(nlp, tmp_path, body) == [
        ("attributed", "he thought the home side had already won the match", "Karl Weber")
    ]


def test_direct_quote_speaker_is_outside_the_quotation(nlp, tmp_path: Path) -> None:
    body = (
        '"Austria will insist on a fair share of the water," Helen Marsh told reporters in Vienna.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert found[0] == (
        "direct",
        "Austria will insist on a fair share of the water",  # the comma is the writer's
        "Helen Marsh",
    )


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # the parse joins the saying verb to the main clause as a conjunct
            "Militants kidnapped four foreign workers, including one Italian from a supply boat "
            "off the Nigerian coast, industry and security officials said on Friday.",
            "Militants kidnapped four foreign workers, including one Italian from a supply boat "
            "off the Nigerian coast",
            "officials",
        ),
        (  # ... or hangs its speaker on the reported clause's last noun
            "Two soldiers were injured in a land mine explosion on Sunday in central Nepal, a "
            "local police office said Monday.",
            "Two soldiers were injured in a land mine explosion on Sunday in central Nepal",
            "local police office",
        ),
        (  # an unnamed source is no one the clause names, whatever title they share
            "Alliance leader Helen Marsh on Sunday staked her claim to lead the new government, "
            "a leader of the alliance said.",
            "Alliance leader Helen Marsh on Sunday staked her claim to lead the new government",
            "leader of the alliance",
        ),
        (  # ... or hangs it on the main verb as an adverbial clause
            "The envoy will meet the rebel leader in Algeria on May 2, as part of a bid to settle "
            "the dispute over the former French colony, a diplomatic source said here Friday.",
            "The envoy will meet the rebel leader in Algeria on May 2",
            "diplomatic source",
        ),
    ],
)
def test_a_saying_verb_that_closes_the_sentence_reports_its_main_clause(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    assert ("attributed", text, speaker) in quotes_of(nlp, tmp_path, body)


def test_the_speaker_hung_on_the_clause_may_hold_a_hyphen(nlp) -> None:
    # the parse the model gave a wire sentence, rebuilt on invented words: the speaker's phrase
    # after the last comma hangs on the reported clause, and a hyphen inside it is no boundary
    words = ["Two", "men", "died", ",", "officials", "at", "the", "Al", "-", "Noor", "hospital"]
    words += ["said", "."]
    heads = [1, 2, 11, 2, 1, 4, 10, 9, 9, 10, 5, 11, 11]
    deps = ["nummod", "nsubj", "ccomp", "punct", "appos", "prep", "det", "compound", "punct"]
    deps += ["compound", "pobj", "ROOT", "punct"]
    pos = ["NUM", "NOUN", "VERB", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "PROPN"]
    pos += ["NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = comma_sayer(doc[11])
    assert found is not None and found.i == 4


def test_a_title_whose_phrase_ends_in_a_name_is_that_person_speaking(nlp, tmp_path: Path) -> None:
    body = (
        "Deputy head of the Zemblan Water Authority Peter Novak said on Monday that the dam "
        "would hold through the winter."
    )
    quote = ("attributed", "the dam would hold through the winter", "Peter Novak")
    assert quote in quotes_of(nlp, tmp_path, body)


@pytest.mark.parametrize("dep", ["conj", "ccomp", "advcl", "relcl"])
def test_a_saying_verb_closes_its_sentence_whatever_the_parse_hung_it_on(nlp, dep: str) -> None:
    # 'Prices rose sharply, the agency said.' with the saying verb hung on the main verb
    words = ["Prices", "rose", "sharply", ",", "the", "agency", "said", "."]
    heads = [1, 1, 1, 1, 5, 6, 1, 1]
    deps = ["nsubj", "ROOT", "advmod", "punct", "det", "nsubj", dep, "punct"]
    tags = ["NNS", "VBD", "RB", ",", "DT", "NN", "VBD", "."]
    pos = ["NOUN", "VERB", "ADV", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert closing_sayer(doc[6])


def test_a_relative_clause_at_the_close_reports_nothing(nlp, tmp_path: Path) -> None:
    body = (
        "It was the last tournament for Peter Novak, the elder brother of the Zemblan captain "
        "Tomas Novak, who announced his retirement before the championships."
    )
    assert quotes_of(nlp, tmp_path, body) == []


@pytest.mark.parametrize("age", ["78-year-old", "78-year old"])
def test_the_age_a_story_gave_someone_names_them(nlp, tmp_path: Path, age: str) -> None:
    """'"...," the 78-year old said': the one person the story gave that age, however the
    hyphens are written."""
    body = f'Ian Hart, 78, won the prize. "I am stunned but happy about the prize," the {age} said.'
    found = quotes_of(nlp, tmp_path, body)
    assert found == [("direct", "I am stunned but happy about the prize", "Ian Hart")]


@pytest.mark.parametrize("pos", ["PROPN", "NOUN"])
def test_an_untagged_surname_is_the_person_of_the_story_it_names(nlp, pos: str) -> None:
    from generator.extract.participants import Participants
    from generator.extract.quotes import untagged_name
    from generator.records import Entity

    doc = nlp('"Our forces have broken the back of the rebels," Mekonen said.')
    doc.ents = []  # the model missed the name ('Meles' is even read as a plural noun)
    token = next(t for t in doc if t.text == "Mekonen")
    token.pos_ = pos
    person = Entity("person", "Mekonen Zelawi")
    assert untagged_name(token, Participants(doc, [person], [])) is person


def test_an_untagged_name_the_story_names_nowhere_else_still_says_it(nlp) -> None:
    from generator.extract.participants import Participants
    from generator.extract.quotes import untagged_name

    doc = nlp('"Nobody forced me to withdraw my candidacy," Chevenoux said.')
    doc.ents = []
    token = next(t for t in doc if t.text == "Chevenoux")
    token.pos_ = "PROPN"
    assert untagged_name(token, Participants(doc, [], [])) == "Chevenoux"
    token.pos_ = "NOUN"  # a common word says nothing unless it names a person of the story
    assert untagged_name(token, Participants(doc, [], [])) is None


def test_a_quotation_running_on_after_its_attribution_goes_on_with_its_statement(
    nlp, tmp_path: Path
) -> None:
    """One statement, one quote: the attribution left out between its parts is marked '…'."""
    body = (
        '"We cannot wait for another dry season," Helen Marsh said. '
        '"The farmers have waited long enough for this agreement."'
    )
    assert quotes_of(nlp, tmp_path, body) == [
        (
            "direct",
            "We cannot wait for another dry season … The farmers have waited long enough for "
            "this agreement.",
            "Helen Marsh",
        )
    ]


def test_a_quotation_with_an_attribution_of_its_own_is_a_statement_of_its_own(
    nlp, tmp_path: Path
) -> None:
    body = (
        '"We cannot wait for another dry season," Helen Marsh said. '
        '"The farmers have waited long enough," she added.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [(text, speaker) for _kind, text, speaker in found] == [
        ("We cannot wait for another dry season", "Helen Marsh"),
        ("The farmers have waited long enough", "Helen Marsh"),
    ]


def test_a_saying_verb_that_completes_another_says_its_subject_s_words(nlp, tmp_path: Path) -> None:
    """'He went on to add that "..."': the subject of 'went' speaks, not the next speaker."""
    body = (
        'In a message, General Anna Berg told the troops that their goal was to "restore the '
        'border." She went on to add that "by this you give the valley back to its farmers." '
        "Minister Peter Novak said on Monday that the talks would resume."
    )
    said = speakers_of(nlp, tmp_path, body)
    assert said["by this you give the valley back to its farmers."] == "Anna Berg"


def test_a_quotation_of_several_sentences_is_attributed_in_the_one_it_ends_in(
    nlp, tmp_path: Path
) -> None:
    """Each quotation with its own attribution is a statement of its own, wherever it ends."""
    body = (
        '"There is no cause for alarm," Anna Berg told AFP. "Our doctors are working with the '
        'commission. This includes making sure the city is safe," she added.\n\n'
        '"The city is a top destination. We cannot take the athletes to a risky place," she said.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [(text[:20], speaker) for _kind, text, speaker in found] == [
        ("There is no cause fo", "Anna Berg"),
        ("Our doctors are work", "Anna Berg"),
        ("The city is a top de", "Anna Berg"),
    ]


def test_a_subject_the_parse_gave_the_saying_verb_stays_in_what_was_said(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Outgoing Varn coach, Ivo Dragan, said young Varn players, especially those who rarely "
        "start for their clubs, are urgently looking for new teams."
    )
    assert quotes_of(nlp, tmp_path, body)[0][1].startswith("young Varn players")


def test_she_is_never_a_person_the_text_has_called_he(nlp, tmp_path: Path) -> None:
    body = (
        "Peter Novak arrived in Linz with his wife on Monday. "
        '"I am home at last," he told reporters. Novak thanked the government. '
        '"I was really glad to see him safe," she said.'
    )
    said = speakers_of(nlp, tmp_path, body)
    assert said["I am home at last"] == "Peter Novak"
    assert said["I was really glad to see him safe"] != "Peter Novak"


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # a woman the text never names, at the trial of a man it does
            "A young woman gave evidence on Monday at the trial of former governor Tomas "
            "Varga. Arrested when she was 19 by Varga's police, she said she was held for a "
            "year without charge.",
            "she was held for a year without charge",
            "young woman",
        ),
        (  # a spokeswoman speaks after the minister she speaks for
            "Interior Minister Pavel Druzhin will visit Oslo next month, the ministry "
            "spokeswoman said. Druzhin and his Norwegian counterpart last met in March, she "
            "said.",
            "Druzhin and his Norwegian counterpart last met in March",
            "ministry spokeswoman",
        ),
        (  # named after the words for her, she is the named one
            "The woman driver of the lorry said she had slept for an hour. Marta Kiss, a "
            "courier from Gyor, was arrested at the scene. She said she had not seen the sign.",
            "she had not seen the sign",
            "Marta Kiss",
        ),
        (  # ... and so is the one who says it, named first in the sentence of 'she'
            "The woman driver of the lorry said she had slept for an hour. Later Marta Kiss, "
            "a courier from Gyor, said she had not seen the sign.",
            "she had not seen the sign",
            "Marta Kiss",
        ),
        (  # a woman's words about a man she names first in them
            "The ministry spokeswoman confirmed the talks. Foreign Minister Arvo Sepp invited "
            "his Latvian counterpart to Tallinn in May, she said.",
            "Foreign Minister Arvo Sepp invited his Latvian counterpart to Tallinn in May",
            "ministry spokeswoman",
        ),
        (  # a man too, when he says something
            "Foreign Minister Arvo Sepp will visit Riga next week, a ministry spokesman said on "
            "Monday. He said Sepp would sign a fisheries accord.",
            "Sepp would sign a fisheries accord",
            "ministry spokesman",
        ),
        (  # ... or is quoted as saying it
            "Trade Minister Ivo Rand will resign, a ministry spokesman said. Rand had lost the "
            "support of his party, the spokesman was quoted as saying. "
            '"We regret his decision but we respect it," he added.',
            "We regret his decision but we respect it",
            "spokesman",
        ),
        (  # ... not one the story tells of ('the man fled'): men are named far more often
            "Police chief Ivo Rand said a guard stopped a car at the gate. The man fled on "
            "foot. He said the guard was not hurt.",
            "the guard was not hurt",
            "Ivo Rand",
        ),
        (  # ... nor one a name names, nor one said to do something
            "A man named Omar Haidari said a rebel unit carried out the raid. Prince Karel "
            "Varga was asked about a letter that the king was said to bring. He said the talks "
            "would go on.",
            "the talks would go on",
            "Karel Varga",
        ),
        (  # a word for a woman the text named before is her
            "Peter Novak flew home on Monday with his wife Ilse Novak. His wife said the wait had "
            "been hard. She said she had not slept for weeks.",
            "she had not slept for weeks",
            "Ilse Novak",
        ),
        (  # a woman in another's words, or a word for what someone was, is not 'she'
            'Lena Brandt won the final on Sunday. "My daughter is proud," Brandt said. '
            "Brandt, who once worked as a policewoman, said she would defend the title.",
            "she would defend the title",
            "Lena Brandt",
        ),
    ],
)
def test_he_or_she_is_one_the_text_names_only_by_a_word_for_them(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    assert speakers_of(nlp, tmp_path, body)[text] == speaker


def test_a_quotation_after_an_attribution_is_not_the_next_sentence_s_statement(
    nlp, tmp_path: Path
) -> None:
    """The next sentence's speaker says what their own clause reports, not the quotation."""
    body = (
        '"This is a hard day for the family," said a ministry spokesman. "We are doing '
        'all we can to help them." Officials in Linz said privately on Thursday that '
        "Varn had asked them for help."
    )
    found = quotes_of(nlp, tmp_path, body)
    assert found[0] == (
        "direct",
        "This is a hard day for the family … We are doing all we can to help them.",
        "ministry spokesman",
    )


def test_scare_quotes_are_not_quotes(nlp, tmp_path: Path) -> None:
    body = 'The plan offers a "net benefit" to farmers, Helen Marsh wrote in a report.'
    assert all(kind != "direct" for kind, _text, _speaker in quotes_of(nlp, tmp_path, body))


def test_according_to_a_measure_names_no_source(nlp, tmp_path: Path) -> None:
    """Set off by no comma, 'according to' a rule or a measure says how; an indefinite source
    ('an opposition party count') or a named one still says who claims it."""
    body = (
        "The levy will rise next year, with the amount varying according to regional "
        "conditions. Ten people were hurt in the clash according to an opposition party count."
    )
    assert quotes_of(nlp, tmp_path, body) == [
        ("attributed", "Ten people were hurt in the clash", "opposition party count")
    ]


@pytest.mark.parametrize(
    "body",
    [
        'The forum, themed "Rivers, Farms and the Future of the Danube", opened, Helen Marsh said.',
        # a comma set inside the closing mark is the sentence's, not the title's
        'The drill, "Shield of the Danube Valley," began on Monday near Linz.',
        # what follows 'dubbed', 'entitled' or 'known as' is a name or a term
        'The drill, dubbed "the fist that guards the river," began on Monday near Linz.',
        'Helen Marsh wrote a report entitled "Why the dikes failed in the spring."',
    ],
)
def test_a_title_in_quotation_marks_is_no_statement(nlp, tmp_path: Path, body: str) -> None:
    for kind, text, _speaker in quotes_of(nlp, tmp_path, body):
        assert kind != "direct" and not text.startswith(("dubbed", "entitled")), text


def test_a_quotation_attributed_after_a_paragraph_break_has_that_speaker(
    nlp, tmp_path: Path
) -> None:
    body = (
        'Peter Novak arrived. The mayor thanked the crews for ending the flood "with no life'
        ' lost in the town."\n\n'
        '"I pay my respect to every volunteer on the dikes," the mayor, Helen Marsh, said.'
    )
    found = quotes_of(nlp, tmp_path, body)
    told = 'ending the flood "with no life lost in the town."'
    assert ("attributed", told, "Helen Marsh") in found  # the fragment with its clause


@pytest.mark.parametrize(
    "body, speaker",
    [
        (  # the parse hangs 'noting' on what was said; the noting is still Novak's
            "Peter Novak said the strong result was based on higher revenues from the new mills, "
            "noting that demand for steel remains firm into the spring.",
            "Peter Novak",
        ),
        (  # a person in what was said may be the one who goes on: left to them
            "The statement said that Prime Minister Helen Marsh had written to the mayor on "
            "Monday, stressing that the decision cannot be changed.",
            "Helen Marsh",
        ),
    ],
)
def test_a_saying_participle_after_a_comma_goes_on_from_the_first_sayer(
    nlp, tmp_path: Path, body: str, speaker: str
) -> None:
    found = [
        q for q in quotes_of(nlp, tmp_path, body) if q[1].startswith(("demand", "the decision"))
    ]
    assert found and found[0][2] == speaker, quotes_of(nlp, tmp_path, body)


def test_a_coordinated_saying_verb_shares_its_subject(nlp, tmp_path: Path) -> None:
    body = (
        "Peter Novak said the dam held. Helen Marsh thanked the crews, but noted:"
        ' "I regret that the town was not warned before the gates were opened."'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert found[-1][0] == "direct"
    assert found[-1][2] == "Helen Marsh"


def test_a_reported_clause_the_parser_hung_on_the_verbs_phrase(nlp, tmp_path: Path) -> None:
    body = (
        "Harbor Point, for example, has said in official comments so far that it will stay neutral."
    )
    assert ("attributed", "it will stay neutral", "Harbor Point") in quotes_of(nlp, tmp_path, body)


def test_a_clause_a_semicolon_ends_is_no_later_speakers_statement(nlp, tmp_path: Path) -> None:
    """The parse hangs 'Varnia is to send 2,000 soldiers' on 'said' across the semicolon."""
    body = (
        "Varnia is expected to provide 2,000 soldiers; Orvania said Tuesday it was sending"
        " 1,000; Norland has promised up to 700 troops."
    )
    assert quotes_of(nlp, tmp_path, body) == [("attributed", "it was sending 1,000", "Orvania")]


def test_a_new_paragraph_of_narrative_does_not_name_the_last_quote_s_speaker(
    nlp, tmp_path: Path
) -> None:
    body = (
        '"We want to see peace across the whole river basin," Helen Marsh said. "Second, we want'
        ' to make friends with every town on the river."\n\n'
        "Austria, though unsure of the plan, is worried about the dams, officials in Vienna have said."
    )
    found = quotes_of(nlp, tmp_path, body)
    second = next(q for q in found if "Second" in q[1])
    assert second[2] == "Helen Marsh"


def test_a_quotation_with_no_speaker_goes_on_with_the_statement_before_it(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Helen Marsh acknowledged that the vaccination programme remained under-funded.\n\n"
        '"We have 60 to 70 million doses of vaccine for next year. That is about a tenth of what'
        ' we need."\n\nThe ministry gave no other figures.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q for q in found if q[0] == "direct"][0][2] == "Helen Marsh"


def test_a_quotation_after_a_plea_is_the_words_of_whoever_made_it(nlp, tmp_path: Path) -> None:
    body = (
        "Helen Marsh appealed for calm on Monday.\n\n"
        '"Any shot fired anywhere is a loss for all of us."\n\nThe ministry gave no figures.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q for q in found if q[0] == "direct"][0][2] == "Helen Marsh"


def test_a_quotation_that_names_its_speaker_keeps_that_speaker(nlp, tmp_path: Path) -> None:
    body = (
        "Helen Marsh appealed for calm on Monday.\n\n"
        '"Any shot fired anywhere is a loss for all of us," the 40-year-old farmer said.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q for q in found if q[0] == "direct"][0][2] != "Helen Marsh"


def test_a_quotation_goes_on_after_a_quote_of_two_sentences(nlp, tmp_path: Path) -> None:
    """The quote before ends in its second sentence, where its speaker is named: the next
    sentence's quotation with no speaker goes on with that one."""
    body = (
        '"Security must come first. No matter what, we cannot forget it," Helen Marsh said. '
        '"National security is like oxygen. We only notice it when it is gone."'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q[1:] for q in found if q[0] == "direct"] == [
        (
            "Security must come first. No matter what, we cannot forget it … National security "
            "is like oxygen. We only notice it when it is gone.",
            "Helen Marsh",
        )
    ]


def test_a_quotation_after_a_statement_that_names_someone_else_keeps_no_speaker(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Coach Peter Novak said he would speak with Omar Castel about his conduct.\n\n"
        '"When I have a good game and we win because of me, I am the best player in the'
        ' world."\n\nThe club gave no comment.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q for q in found if q[0] == "direct"][0][2] is None


def test_a_quotations_own_noun_is_not_its_speaker(nlp, tmp_path: Path) -> None:
    body = (
        "Peter Novak spoke in Harlow on Monday.\n\n"
        '"This is a struggle for the future of this region. The future of this nation," he said.'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q for q in found if q[0] == "direct"][0][2] == "Peter Novak"


@pytest.mark.parametrize(
    "body, speakers",
    [
        (  # what is reported, not who reports it
            "Orvania has stepped up checks on farms as new cases of the disease were reported"
            " in two counties on Tuesday.",
            [],
        ),
        (
            "Peter Novak, a river engineer, was quoted as saying the dam would hold.",
            ["Peter Novak"],
        ),
    ],
)
def test_a_passive_saying_verb_s_subject_says_nothing_unless_quoted(
    nlp, tmp_path: Path, body: str, speakers: list[str]
) -> None:
    assert [q[2] for q in quotes_of(nlp, tmp_path, body)] == speakers


def test_an_unnamed_source_is_named_without_the_quotation_mark(nlp, tmp_path: Path) -> None:
    body = '"Barley prices rose on fears of a dry spring," analysts at a Linz brokerage said.'
    found = quotes_of(nlp, tmp_path, body)
    assert [q[2] for q in found] == ["analysts"]


@pytest.mark.parametrize(
    "text, quoted",
    [
        (  # straight marks nest: the outermost pair is the quotation
            '"Without a "coup de theatre", I see nothing to block the bid," said Anna Berg.',
            ['Without a "coup de theatre", I see nothing to block the bid,'],
        ),
        (  # a quotation runs on into a paragraph that opens with a mark
            '"We will fight on to the end.\n\n"Nothing stops us," she said.',
            ["We will fight on to the end.", "Nothing stops us,"],
        ),
        (  # a mark left open with no such paragraph after it is no quotation
            'He spoke of "reform and more.\n\nThe river fell.',
            [],
        ),
        (  # wire copy's ``...'' and curly marks
            "``Old style,'' he said. \u201cCurly style,\u201d she said.",
            ["Old style,", "Curly style,"],
        ),
    ],
)
def test_quotation_marks_pair_by_their_shape(text: str, quoted: list[str]) -> None:
    from generator.extract.quotations import quotations

    assert [words for _, _, words in quotations(text)] == quoted


def test_narrative_between_two_quotations_is_no_quotation(nlp, tmp_path: Path) -> None:
    body = (
        '"Without a "coup de theatre", I see nothing that will block the bid," said Anna Berg, '
        "an analyst at Norbank. The shares rose sharply on Monday in busy trading in Vienna.\n\n"
        '"They will all sell in the end, every one of them," said Peter Novak.\n'
    )
    found = quotes_of(nlp, tmp_path, body)
    direct = [(text, speaker) for kind, text, speaker in found if kind == "direct"]
    assert direct == [
        ('Without a "coup de theatre", I see nothing that will block the bid', "Anna Berg"),
        ("They will all sell in the end, every one of them", "Peter Novak"),
    ]


def test_a_quotation_running_on_into_the_next_paragraph_is_its_speakers(
    nlp, tmp_path: Path
) -> None:
    body = (
        "The floods reached Linz on Monday.\n\n"
        '"We have never seen the river this high in fifty years.\n\n'
        '"Nothing will stop it now, nothing at all," said Anna Berg, the mayor.\n'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert (
        "direct",
        "We have never seen the river this high in fifty years.",
        "Anna Berg",
    ) in found


def test_a_quotation_going_on_into_the_next_paragraphs_stays_its_speakers(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Striker Ivo Petrov admitted he likes the cup.\n\n"
        '"Every team has a run like this now and then," Petrov said. "But if I score it is '
        "thanks to the whole side. Marek and Tomas played well.\n\n"
        '"I try hard every week and I think the coach is pleased.\n\n'
        '"A deep squad matters when you play in three cups."\n'
    )
    found = quotes_of(nlp, tmp_path, body)
    said = [(text, speaker) for kind, text, speaker in found if kind == "direct"]
    assert said == [  # one statement; nothing is left out between its paragraphs
        (
            "Every team has a run like this now and then … But if I score it is thanks to the"
            " whole side. Marek and Tomas played well. I try hard every week and I think the"
            " coach is pleased. A deep squad matters when you play in three cups.",
            "Ivo Petrov",
        )
    ]


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # the person of several subjects the parse gave a saying verb
            "Norgas vice-president Peter Novak told France's Le Figaro daily on Friday that this "
            "amounted to blackmail.",
            "this amounted to blackmail",
            "Peter Novak",
        ),
        (  # a title whose person the parse hung inside it is that person
            "Austrian Minister of Trade and Industry Rachid Mohamed Rachid, who signed the deal "
            "with Hungary, said the agreement was the first.",
            "the agreement was the first",
            "Rachid Mohamed Rachid",
        ),
    ],
)
def test_the_speaker_a_parse_error_hides(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    assert quotes_of(nlp, tmp_path, body) == [("attributed", text, speaker)]


def test_a_direct_quote_is_said_by_the_saying_verb_nearest_it(nlp, tmp_path: Path) -> None:
    """'Noting X had told him Y, Gingrich said: "..."': the quotation is Gingrich's, not X's."""
    body = (
        "Noting Orvanian leaders had told him they would not close the dam, Peter Novak said:"
        ' "So we will not have to move the farms."'
    )
    direct = [q for q in quotes_of(nlp, tmp_path, body) if q[0] == "direct"]
    assert [q[2] for q in direct] == ["Peter Novak"]


def test_no_sentence_starts_after_a_bracket_that_ends_none(nlp) -> None:
    """The parser began a sentence after '(ASEAN)' in a wire story, and the police chief's quote
    lost its first half: a closing bracket ends a sentence only after a full stop inside it."""
    from generator.nlp import after_brackets

    doc = nlp(
        "Austria will deploy 2,000 police for the Northern Rivers Commission (NRC) Summit in"
        " Linz, the police chief said. (The summit opens in May.) Talks will follow."
    )
    summit = next(t for t in doc if t.text == "Summit")
    talks = next(t for t in doc if t.text == "Talks")
    assert after_brackets(doc) == [summit.i]
    assert not summit.is_sent_start and talks.is_sent_start


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "The Orvanian Interior Ministry said in a statement that two dams were closed."
            " A third dam will close on Friday, the statement added.",
            "Orvanian Interior Ministry",
        ),
        (  # a document that names its own issuer is that issuer's
            "Helen Marsh said in a statement that the dams were closed."
            " The river is falling, the Danube Commission statement said.",
            "Danube Commission",
        ),
        (
            "Talks on the dam stalled in Linz on Monday."
            " Austria's statement said the talks would resume in May.",
            "Austria",
        ),
        (  # 'according to' the document
            "The Orvanian Interior Ministry said in a statement that two dams were closed."
            " A third dam will close on Friday, according to the statement.",
            "Orvanian Interior Ministry",
        ),
        (  # 'it' goes on speaking for the document, so for its issuer
            "The Orvanian Interior Ministry said in a statement that two dams were closed."
            ' "The third dam will close on Friday and the fourth in May," it said.',
            "Orvanian Interior Ministry",
        ),
        (  # the document last named is the one meant
            "The Orvanian Interior Ministry said in a report that two dams were closed."
            " A report by the Danube Commission said the river was falling."
            " The third dam will close on Friday, according to the report.",
            "Danube Commission",
        ),
        (  # a new document whose issuer is unnamed: nobody's
            "The Orvanian Interior Ministry said in a report that two dams were closed."
            " A new report said the river was falling fast."
            " The third dam will close on Friday, according to the report.",
            "report",
        ),
    ],
)
def test_the_document_a_speaker_issued_speaks_for_them(
    nlp, tmp_path: Path, body: str, speaker: str
) -> None:
    found = quotes_of(nlp, tmp_path, body)
    assert found[-1][2] == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "The Bank of Varn raised its key rate on Monday. The bank said prices rose too fast.",
            "Bank of Varn",
        ),
        (
            "The Ministry of Health reported 20 new cases on Tuesday."
            " The ministry said the outbreak was under control.",
            "Ministry of Health",
        ),
        (  # the newspaper is the outlet last cited
            "The Straits Times reported on Monday that the dams were closed."
            " The newspaper said the river would fall by Friday.",
            "Straits Times",
        ),
        (  # a body that only said something is no outlet
            "The Orvanian Interior Ministry said on Monday that the dams were closed."
            " The newspaper said the river would fall by Friday.",
            "newspaper",
        ),
    ],
)
def test_a_body_named_again_by_a_word_for_it_is_that_body(
    nlp, tmp_path: Path, body: str, speaker: str
) -> None:
    """'The ministry' after 'the Ministry of Health', 'the newspaper' after 'the Straits Times
    reported'."""
    assert quotes_of(nlp, tmp_path, body)[-1][2] == speaker


def test_the_one_a_source_quoted_says_it(nlp, tmp_path: Path) -> None:
    body = (
        '"The dams will hold through the winter," the Danube Herald quoted Peter Novak,'
        " the Slovak environment minister, as saying."
    )
    assert [q[2] for q in quotes_of(nlp, tmp_path, body)] == ["Peter Novak"]


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # the quote's own 'according to' names no source
            '"Everything is going according to plan," ministry spokesman Peter Novak told'
            " reporters.",
            "Everything is going according to plan",
            "Peter Novak",
        ),
        (  # an inverted saying verb the parse read as taking its speaker for an object
            'Helen Marsh led the team. "This was my last match for the club," admitted the'
            " captain.",
            "This was my last match for the club",
            "captain",
        ),
        (  # the person named right after an inverted saying verb the parse read wrongly
            '"We lost the game from start to finish," said Colts quarterback Peter Novak, who'
            " completed 25-of-50 passes.",
            "We lost the game from start to finish",
            "Peter Novak",
        ),
        (  # a description with 'the' is the person quoted just before
            '"We played well in the first half," said Helen Marsh. "But the second half was'
            ' a disaster," added the captain.',
            "But the second half was a disaster",
            "Helen Marsh",
        ),
        (  # a passive stance verb's quoted words are its agent's
            'Peter Novak was accused by Helen Marsh of "wrecking the river for a generation."',
            "wrecking the river for a generation.",
            "Helen Marsh",
        ),
    ],
)
def test_a_direct_quote_has_its_speaker(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    found = quotes_of(nlp, tmp_path, body)
    assert ("direct", text, speaker) in found, found


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (
            "The victims came from the port of Vlore, added the source.",
            "The victims came from the port of Vlore",
            "source",
        ),
        (
            "The driver crossed the line in 50 minutes, reported the Danube News Agency Saturday.",
            "The driver crossed the line in 50 minutes",
            "Danube News Agency",
        ),
        (
            "Fuel prices will rise sharply next year, estimated the Vienna Energy Agency.",
            "Fuel prices will rise sharply next year",
            "Vienna Energy Agency",
        ),
    ],
)
def test_a_saying_verb_after_a_comma_ends_the_sentence_with_its_speaker(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    """The parse takes the speaker after an inverted saying verb for its object."""
    assert quotes_of(nlp, tmp_path, body) == [("attributed", text, speaker)]


@pytest.mark.parametrize(
    "body, text",
    [
        ("Novak said that the talks had failed.", "the talks had failed"),
        (  # a condition the statement opens with stays, or it would read as a fact
            "Novak said if the talks fail, the delegation will leave Vienna.",
            "if the talks fail, the delegation will leave Vienna",
        ),
        (
            "Marsh said although the river is low, the dams will hold.",
            "although the river is low, the dams will hold",
        ),
    ],
)
def test_a_reported_statement_keeps_the_condition_it_opens_with(
    nlp, tmp_path: Path, body: str, text: str
) -> None:
    assert [q[1] for q in quotes_of(nlp, tmp_path, body)] == [text]


@pytest.mark.parametrize(
    "body",
    [
        # whom one tells is no speaker
        "The dams will hold, Slovak Environment Minister Peter Novak, told the press.",
        # a thing announced, with more after it
        "Norgas, a leader in gas pipes, announced here Monday the opening of its Vienna office.",
    ],
)
def test_an_object_after_a_saying_verb_is_no_speaker(nlp, tmp_path: Path, body: str) -> None:
    assert all(q[2] not in {"press", "opening"} for q in quotes_of(nlp, tmp_path, body))


def test_a_speaker_the_parse_lost_between_quotation_and_verb_says_it(nlp, tmp_path: Path) -> None:
    """The parser may hang 'a guard' on the quotation's verb and leave 'said' with no subject."""
    body = (
        "``It looks as though they panicked,'' a guard, speaking on condition of anonymity, said "
        "of the thieves. ``They intended to rob the shop. There were four or five people inside, "
        "and they just started firing.'' The shop was closed."
    )
    found = quotes_of(nlp, tmp_path, body)
    assert [q[2] for q in found] == ["guard"]
    assert "They intended to rob the shop." in found[0][1]


def test_a_lost_speaker_may_have_an_adverb_before_its_verb(nlp, tmp_path: Path) -> None:
    """'a diplomat here asked': the parse hangs the verb on the noun, as a participle."""
    body = (
        "The rebels say they are 200 kilometres from the capital.\n\n"
        '"What difference is there for Varn between the two men," a diplomat here asked Saturday.'
    )
    assert quotes_of(nlp, tmp_path, body)[-1][2] == "diplomat"


def test_an_indefinite_source_after_the_lead_is_no_one_named(nlp, tmp_path: Path) -> None:
    """'A spokesman, speaking on condition of anonymity,' is not the spokesman named before."""
    body = (
        "Helen Marsh, a ministry spokesman, opened the talks in Vienna on Monday. The delegates "
        "met for two hours. A spokesman, speaking on condition of anonymity, said the talks had "
        "stalled."
    )
    assert quotes_of(nlp, tmp_path, body) == [("attributed", "the talks had stalled", "spokesman")]


def test_a_speaker_the_model_took_for_a_work_s_title_is_a_person(nlp, tmp_path: Path) -> None:
    body = '"They have arrived, that is all," Neran Sejamo told reporters.'
    sheet = sheet_for(nlp, tmp_path, body)
    assert [q["speaker_name"] for q in sheet["quotes"]] == ["Neran Sejamo"]
    assert {"name": "Neran Sejamo", "type": "person"}.items() <= sheet["actors"][0].items()


def test_a_quoted_name_opening_the_next_paragraph_does_not_say_the_last_quotation(
    nlp, tmp_path: Path
) -> None:
    body = (
        '"I was hit at the back of my neck," Omar Castel told the "Daily Sport" of Linz. '
        '"They took all I had, my phone, my bag and my money."\n\n'
        '"The Daily Harlow", a Linz-based newspaper, reported the goods were worth a million.'
    )
    said = speakers_of(nlp, tmp_path, body)
    told = "I was hit at the back of my neck … They took all I had, my phone, my bag and my money."
    assert said[told] == "Omar Castel"


def test_he_in_a_quotation_is_not_its_speaker(nlp, tmp_path: Path) -> None:
    body = (
        "Omar Castel won 91 percent of the vote, the board said. "
        "Board head Ana Ruiz read out the results on Monday. "
        '"He won. Congratulations to him," Ruiz said.'
    )
    won = [e for e in sheet_for(nlp, tmp_path, body)["events"] if e["did"] == "won"]
    assert won and all(e["who"] == ["omar-castel"] for e in won), won


def test_a_share_of_those_polled_makes_no_statement(nlp, tmp_path: Path) -> None:
    body = (
        "Asked how they would vote, 41 percent of those polled said they would back the Greens "
        "and 35 percent said they would vote for the Liberals."
    )
    assert quotes_of(nlp, tmp_path, body) == []


@pytest.mark.parametrize(
    "body, text, speaker",
    [
        (  # the quoted words are what the speaker called it
            'Prime Minister Helen Marsh called the pipeline deal "the deal of the century".',
            'called the pipeline deal "the deal of the century"',
            "Helen Marsh",
        ),
        (  # a reported clause that the quotation ends
            'Peter Novak said the river was "a danger to every town along its banks".',
            'the river was "a danger to every town along its banks"',
            "Peter Novak",
        ),
        (  # the quoted words a stance verb takes
            'Peter Novak spoke in Vienna. He blamed "the same old forces that fear change" for'
            " the delay.",
            'blamed "the same old forces that fear change"',
            "Peter Novak",
        ),
        (  # and a naming verb's, said by the subject of the clause it hangs on
            'The Danube Party rejected the ruling, calling it "a clear attack on the farmers."',
            'rejected the ruling, calling it "a clear attack on the farmers."',
            "Danube Party",
        ),
        (  # a naming verb above the verb whose object the quotation is
            "Analyst Tom Berg spoke first. Mr. Berg calls discounting \"a loser's game for"
            ' anyone without a big share," and expects a truce.',
            'calls discounting "a loser\'s game for anyone without a big share,"',
            "Tom Berg",
        ),
        (  # a pledge's words are its subject's, told with the pledge
            'As chair of the commission, Helen Marsh vowed to "push for a single water'
            ' authority on the whole river."',
            'vowed to "push for a single water authority on the whole river."',
            "Helen Marsh",
        ),
        (  # and so are a demand's
            'The Danube Commission urged all members to "make further contributions to the'
            ' flood fund."',
            'urged all members to "make further contributions to the flood fund."',
            "Danube Commission",
        ),
        (  # the phrase naming the source stays out
            "According to Helen Marsh, the summit has"
            ' "water for every town and every farm" as its theme.',
            'the summit has "water for every town and every farm"',
            "Helen Marsh",
        ),
    ],
)
def test_a_quoted_fragment_is_told_with_its_clause(
    nlp, tmp_path: Path, body: str, text: str, speaker: str
) -> None:
    """The quoted words alone ('the deal of the century') do not say what of."""
    found = quotes_of(nlp, tmp_path, body)
    assert found == [("attributed", text, speaker)]


def test_a_quotation_opening_its_clause_stays_direct(nlp, tmp_path: Path) -> None:
    body = 'Helen Marsh told reporters that "no decision has been taken on the dam".'
    found = quotes_of(nlp, tmp_path, body)
    assert found == [("direct", "no decision has been taken on the dam", "Helen Marsh")]


def test_a_stance_keeps_the_closing_mark_of_its_quotation(nlp, tmp_path: Path) -> None:
    body = (
        "The Orvanian parliament praised the rescue, calling it a"
        ' "glorious page of our history" and naming Peter Novak a "hero of the whole nation."'
    )
    found = quotes_of(nlp, tmp_path, body)
    assert len(found) == 1 and found[0][1].endswith('"hero of the whole nation."'), found


def test_we_in_a_quoted_fragment_is_its_speaker(nlp, tmp_path: Path) -> None:
    """The words in the marks are the speaker's own, told with their clause or not."""
    body = 'Helen Marsh said the new dam "shows that we can protect every town on the river."'
    sheet = sheet_for(nlp, tmp_path, body)
    assert [q["kind"] for q in sheet["quotes"]] == ["attributed"]
    protect = next(e for e in sheet["events"] if e["did"] == "protect")
    assert protect["who"] == ["helen-marsh"]


def test_an_unnamed_source_keeps_whom_it_speaks_for_before_an_apposition(
    nlp, tmp_path: Path
) -> None:
    body = (
        '"We will suspend the program," a spokesman for Varn Radio, the largest broadcaster in '
        "the north, told reporters on Monday."
    )
    assert quotes_of(nlp, tmp_path, body)[0][2] == "spokesman for Varn Radio"


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        # where the company is and what it makes: the company the lead is about
        ("The Tulsa oil and gas concern", "Brenmor Energy Inc."),
        ("The Tulsa, Okla., maker", "Brenmor Energy Inc."),
        # another company than the one named
        ("The parent company", "parent company"),
        ("Its rival firm", "rival firm"),
    ],
)
def test_a_company_described_by_its_place_and_trade_is_the_lead_s(
    nlp, tmp_path: Path, description: str, speaker: str | None
) -> None:
    body = (
        "Brenmor Energy Inc. said it arranged a $50 million credit facility with Lone Star "
        f"Bank Corp. {description} said the facility would be used to repay debt."
    )
    found = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    assert found["the facility would be used to repay debt"] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Reporters asked Helen Marsh whether the blockade would apply to food.",
        "Helen Marsh would not say if the talks would resume in Vienna.",
        # the parse cuts the question in two; neither part is a statement
        "The Varn statement did not say whether the men killed and injured were soldiers or "
        "just passers-by, nor said whether the shots were warning ones.",
    ],
)
def test_a_question_put_or_left_open_is_no_statement(nlp, tmp_path: Path, body: str) -> None:
    assert quotes_of(nlp, tmp_path, body) == []


def test_a_condition_inside_a_statement_is_still_said(nlp, tmp_path: Path) -> None:
    body = "Helen Marsh said if the talks fail, the army would leave Varn."
    assert quotes_of(nlp, tmp_path, body) == [
        ("attributed", "if the talks fail, the army would leave Varn", "Helen Marsh")
    ]


def test_the_name_among_a_saying_verbs_subjects_says_it(nlp, tmp_path: Path) -> None:
    """The parse may make a name's description a second subject ('news agency DPA said')."""
    body = (
        "On Monday the Varn grid failed. Meanwhile German news agency DPA said the blackout in "
        "Varn has lasted four days."
    )
    assert quotes_of(nlp, tmp_path, body) == [
        ("attributed", "the blackout in Varn has lasted four days", "DPA")
    ]


@pytest.mark.parametrize(
    "body, speakers",
    [
        (  # whoever gave its words in it, whatever the verb
            "The Varn visit was called off on Friday. In a joint statement, the Varn Human Rights "
            'Council expressed regret over the refusal. "We deeply regret that the government did '
            'not accept the terms of the visit," said the statement.',
            ["Varn Human Rights Council"],
        ),
        (  # the one newspaper named before as a sayer
            "Varn Motors and Zemblan Steel plan to merge, the Varn Daily Times said on Sunday. The "
            "two companies will pick suppliers on the basis of price, the newspaper said.",
            ["Varn Daily Times", "Varn Daily Times"],
        ),
        (  # the report is its reporter's
            "Varn security forces seized 80 kg of heroin on Friday, the semi-official Varn Press "
            "news agency reported. Acting on a tip-off, police stopped a lorry in Van province, "
            "said the report.",
            ["Varn Press", "Varn Press"],
        ),
    ],
)
def test_a_document_or_an_outlet_speaks_for_whoever_issued_it(
    nlp, tmp_path: Path, body: str, speakers: list[str]
) -> None:
    assert [q[2] for q in quotes_of(nlp, tmp_path, body)] == speakers


def test_a_given_name_the_tagger_read_as_a_noun_is_the_one_person_with_it(
    nlp, tmp_path: Path
) -> None:
    """Ethiopian, Malaysian and Thai stories name a person again by the given name ('Meles',
    which the tagger reads as a plural noun): the one person of the story whose name starts so."""
    body = (
        "Prime Minister Meles Zenawi on Tuesday said more than 1,000 people had been killed."
        " Meles, who said he had deployed 4,000 troops, denied the forces planned to take the"
        " capital."
    )
    speakers = {who for _, _, who in quotes_of(nlp, tmp_path, body)}
    assert speakers == {"Meles Zenawi"}


@pytest.mark.parametrize(
    "title, description",
    [
        ("Prime Minister", "the premier"),
        ("Deputy Prime Minister", "the deputy premier"),
        ("Premier", "the prime minister"),
    ],
)
def test_the_other_name_of_an_office_is_its_holder(
    nlp, tmp_path: Path, title: str, description: str
) -> None:
    body = (
        f"Hungarian {title} Tomas Berg met Austrian officials in Vienna on Monday. "
        f'"We have had successes," said {description}, a veteran of the party.'
    )
    found = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    assert found["We have had successes"] == "Tomas Berg"


@pytest.mark.parametrize(
    "speaker_words, speaker",
    [
        ("said the Hungarian native", "Tomas Berg"),  # an epithet is who 'he' would be
        ("the two-time Grand Slam winner said", "Tomas Berg"),
        ("said the veteran", "Tomas Berg"),
    ],
)
def test_a_speakers_epithet_is_the_person_just_named(
    nlp, tmp_path: Path, speaker_words: str, speaker: str | None
) -> None:
    body = (
        "Tomas Berg lost to Karl Weston in Vienna on Monday. Berg blamed a long absence from "
        f'the court. "I could not hit balls for two months," {speaker_words}.'
    )
    found = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    assert found["I could not hit balls for two months"] == speaker


@pytest.mark.parametrize(
    "second, third",
    [
        # a word said before is that unnamed person
        ("A senior diplomat said the talks had gone well.", "said the diplomat"),
        # a phrase that picks someone out is someone new
        ("The talks went well.", "said the negotiator appointed by the Austrian government"),
    ],
)
def test_a_description_that_names_someone_else_is_no_epithet(
    nlp, tmp_path: Path, second: str, third: str
) -> None:
    body = f'Tomas Berg met Karl Weston in Vienna on Monday. {second} "We hope for a deal soon," {third}.'
    found = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    assert found["We hope for a deal soon"] not in {"Tomas Berg", "Karl Weston"}


def test_a_title_s_person_named_at_the_end_of_its_phrase_says_it(nlp, tmp_path: Path) -> None:
    """'Vice President of Northern Europe and Africa of Varnsoft Tomas Brandt, said': the parse
    hangs the name on the portfolio's last word; the title is the person's own, so the person
    speaks."""
    body = (
        "At the opening, Vice President of Northern Europe and Africa of Varnsoft Tomas Brandt, "
        "said that the new office would serve clients in the region."
    )
    assert list(speakers_of(nlp, tmp_path, body).values()) == ["Tomas Brandt"]
