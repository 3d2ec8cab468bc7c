"""Whether a verb's clause is a statement someone is reported as making: a view told with a
clause of its own ('lawyers fear that ...'), not a question, nor words inside another's
statement."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS
from generator.extract.sentences import according_to, is_reported_clause
from generator.extract.subjects import SUBJECTS
from generator.lemmas import lemma


def is_reported(verb: Token) -> bool:
    """Whether VERB stands in a clause someone is reported as saying."""
    return any(a.dep_ == "ccomp" and lemma(a.head) in SAYING_VERBS for a in [verb, *verb.ancestors])


def held_view(verb: Token) -> bool:
    """'lawyers fear that defendants are being deprived': a view told as a clause of its own
    with its own subject and tense; not 'expect it to be less' (no clause to quote), nor a
    question ('fear whether ...'), nor one inside what someone else is reported as saying
    ('told them that they could expect that ...', '..., according to analysts')."""
    own = [c for c in verb.children if is_reported_clause(c)]
    if not own or any(asks(c) for c in own) or is_reported(verb) or verb.dep_ == "relcl":
        return False  # 'a milestone officials hope will undermine ...': a noun's description
    if according_to(verb.sent) is not None:
        return False  # '... are hoping that ..., according to analysts': the analysts' statement
    return all(
        clause.i > verb.i  # not '..., Stanishev said' hung on 'hopes for more investment'
        and any(c.dep_ in SUBJECTS for c in clause.children)  # not 'who observers expect will'
        and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        for clause in own
    )


QUESTION_MARKS = frozenset({"whether", "if"})


def asks(clause: Token) -> bool:
    """'asked whether the interdiction would apply to food', 'did not say if he would resign': a
    question put or left open, which no one is reported as saying."""
    first = clause.left_edge  # the clause's own mark: not 'said if the talks fail, they would'
    if first.lower_ not in QUESTION_MARKS or first.head.i != clause.i:
        return False
    fired("quote: a question is no statement", clause.sent.text)
    return True
