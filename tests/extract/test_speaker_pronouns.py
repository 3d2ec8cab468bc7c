"""'He said' after what he reports: he is someone the story named before, not a person inside
what he reports, unless no one else is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.test_quotes import quotes_of


@pytest.mark.parametrize(
    "body, quoted, speaker",
    [
        (  # he who says it is no one in what he says
            "Zembla's interior minister Anton Varga spoke to reporters in Harlow on Monday.\n\n"
            "Varga said the government would act against poppy growers.\n\n"
            "Provincial governor Boris Kell had been sacked for failing to fight drugs, he added.",
            "had been sacked",
            "Anton Varga",
        ),
        (  # nor one he names in it, though the story named him before
            "Former premier Anton Varga has left Zembla with the treasury's funds, government "
            "spokesman Boris Kell told reporters on Monday.\n\n"
            "The spokesman said the accounts were empty and that the cabinet believed Varga was "
            "to blame.\n\n"
            "Ministers were weighing a request for the arrest of Varga, he said.",
            "weighing a request",
            "Boris Kell",
        ),
        (  # a quotation over several sentences and its 'he said' are one unit: the person
            # named before the quotation is as near to the pronoun as to its first sentence
            '"It has been a long road back to the top," Karl Brenner, the team\'s manager, told '
            "reporters.\n\n"
            "The squad's bus reached the stadium on Monday evening.\n\n"
            '"We lost our way for a few seasons. We rebuilt the club from the youth teams. Now '
            'we want the title back," he said after the parade.',
            "We lost our way",
            "Karl Brenner",
        ),
    ],
)
def test_he_who_says_it_is_the_one_named_before_it(
    nlp, tmp_path: Path, body: str, quoted: str, speaker: str
) -> None:
    speakers = {text: who for _, text, who in quotes_of(nlp, tmp_path, body)}
    said = next(text for text in speakers if quoted in text)
    assert speakers[said] == speaker


def test_he_who_tells_of_himself_is_himself(nlp, tmp_path: Path) -> None:
    body = "Film-maker Emir Kalnik is to start work on a comedy next month, he said on Friday."
    speakers = [who for _, text, who in quotes_of(nlp, tmp_path, body) if "start work" in text]
    assert len(speakers) == 1 and speakers[0].endswith("Kalnik")
