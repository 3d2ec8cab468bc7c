"""'He said' after what he reports: he is someone the story named before, not a person inside
what he reports, unless no one else is named."""

from __future__ import annotations

from pathlib import Path

from tests.extract.test_quotes import quotes_of


def test_he_who_says_it_is_no_one_in_what_he_says(nlp, tmp_path: Path) -> None:
    body = (
        "Zembla's interior minister Anton Varga spoke to reporters in Harlow on Monday.\n\n"
        "Varga said the government would act against poppy growers.\n\n"
        "Provincial governor Boris Kell had been sacked for failing to fight drugs, he added."
    )
    speakers = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    sacked = next(text for text in speakers if "had been sacked" in text)
    assert speakers[sacked] == "Anton Varga"


def test_he_who_tells_of_himself_is_himself(nlp, tmp_path: Path) -> None:
    body = "Film-maker Emir Kalnik is to start work on a comedy next month, he said on Friday."
    speakers = [who for _, text, who in quotes_of(nlp, tmp_path, body) if "start work" in text]
    assert len(speakers) == 1 and speakers[0].endswith("Kalnik")


def test_he_who_says_it_does_not_name_himself_in_it(nlp, tmp_path: Path) -> None:
    body = (
        "Former premier Anton Varga has left Zembla with the treasury's funds, government "
        "spokesman Boris Kell told reporters on Monday.\n\n"
        "The spokesman said the accounts were empty and that the cabinet believed Varga was to "
        "blame.\n\n"
        "Ministers were weighing a request for the arrest of Varga, he said."
    )
    speakers = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    weighing = next(text for text in speakers if "weighing a request" in text)
    assert speakers[weighing] == "Boris Kell"


def test_a_quotation_over_several_sentences_reaches_back_from_its_first(
    nlp, tmp_path: Path
) -> None:
    """The quotation and its 'he said' are one unit: the person named before the quotation is
    as near to the pronoun as to its first sentence."""
    body = (
        '"It has been a long road back to the top," Karl Brenner, the team\'s manager, told '
        "reporters.\n\n"
        "The squad's bus reached the stadium on Monday evening.\n\n"
        '"We lost our way for a few seasons. We rebuilt the club from the youth teams. Now we '
        'want the title back," he said after the parade.'
    )
    speakers = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    lost = next(text for text in speakers if text.startswith("We lost our way"))
    assert speakers[lost] == "Karl Brenner"
