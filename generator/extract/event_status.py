"""Whether an event happened as the text tells it, and whose telling it is: its subjects (and
whether it is passive), negation by a denial, modality, the speaker whose claim it is, whether it
is told in someone's quoted words, whether it is history the story recalls, and whether it is a
sentence's main news (an event even when no actor does it)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.action_words import (
    SUBJECT_DEPS,
    open_complements,
    planned_with_be,
    purpose,
)
from generator.extract.group_words import PARTITIVES
from generator.extract.hits import fired
from generator.extract.lexicon import FEELING_VERBS, RAISING_VERBS, REPORTING_VERBS, SAYING_VERBS
from generator.extract.participants import Participants
from generator.extract.phrases import phrase
from generator.extract.said_in import (
    closing_sayer,
    comma_sayer,
    names_another,
    titled_name_in,
    trailing_sayer,
)
from generator.extract.sentences import (
    first_conjunct,
    is_reported_clause,
    quote_marks,
    quotes_in,
    sentence_of,
)
from generator.lemmas import lemma
from generator.records import Participant

MODALS = {
    "will": "will",
    "shall": "will",
    "'ll": "will",
    "would": "will",
    "may": "may",
    "might": "may",
    "could": "may",
    "should": "should",
    "must": "should",
}
ALLEGED = frozenset({"allegedly", "reportedly", "purportedly"})
DENIALS = frozenset({"deny", "reject", "dismiss"})
NEGATIVE_WORDS = frozenset({"nobody", "nothing", "none", "neither", "noone"})
"""Words that say none of a thing takes part: 'nobody claimed', 'found nothing'."""
QUOTED_PHRASE = 4
"""Words between quotation marks that are a phrase the story quotes, not someone's statement."""


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """The subjects of VERB (a conjunct verb shares its head's) and whether it is passive."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children)
    # ('farmers hit by low water': a by-agent makes it passive, whatever the parse calls 'hit')
    if not passive and gapped_passive(verb):
        fired("events: a passive whose auxiliary the text leaves out", verb.sent.text)
        passive = True
    speaker = trailing_sayer(verb)
    if speaker is not None:  # '..., added the source.': the source adds it
        return [speaker], False
    token, joined = verb, False
    while True:
        subjects = [whole_of_part(c) for c in token.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1 and not listed(subjects):  # 'Waving flags, thousands of
            fired("events: the subject nearest the verb of several", token.sent.text)
            subjects = subjects[-1:]  # protesters marched': the parse made 'flags' one too
        if not subjects and joined and subject_controls(token):
            token = token.head  # 'refused to confirm or deny': the one who refused denies
            fired("events: a conjunct of an infinitive has its controller", verb.sent.text)
            continue
        if not subjects and planned_with_be(token) is not None:
            token = token.head  # 'Hungary is to sign the deal': Hungary signs
            fired("events: the subject of a plan told with 'is to'", verb.sent.text)
            continue
        if not subjects and purpose_of_doer(token):
            token = token.head  # 'the King left Kathmandu to attend the summit': the King
            fired("events: the doer's purpose", verb.text, verb.sent.text)
            continue
        if subjects or token.dep_ != "conj" or token.head.pos_ not in {"VERB", "AUX"}:
            if token.i != verb.i and not passive and shares_passive(verb, token):
                fired("events: a participle joined to a passive shares it", verb.sent.text)
                passive = True
            return subjects, passive
        token, joined = token.head, True


def subject_controls(verb: Token) -> bool:
    """An infinitive complement whose doer is its verb's subject ('refused to confirm'), not its
    object ('urged Israel to respect', 'called on the agency to transfer')."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.pos_ == "VERB"
        and not any(
            c.dep_ == "dobj"
            or (c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"} and c.i < verb.i)
            for c in head.children
        )
    )


def purpose_of_doer(verb: Token) -> bool:
    """'Police fired tear gas to disperse the crowd': a purpose with no subject of its own, on an
    active verb, is what the doer means to do (not 'the summit was held to discuss trade':
    those who hold it discuss)."""
    head = verb.head
    return (
        purpose(verb)
        and head.pos_ == "VERB"
        and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
    )


def shares_passive(verb: Token, head: Token) -> bool:
    """'Demir was arrested and charged over the fire': a bare participle joined to a passive
    verb, with no subject or auxiliary of its own, is passive too; its subject undergoes it."""
    return (
        (verb.tag_ == "VBN" or past_read_for_participle(verb, head))
        and any(c.dep_ == "nsubjpass" for c in head.children)
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "nsubj"} for c in verb.children)
    )


def past_read_for_participle(verb: Token, head: Token) -> bool:
    """'should be subjected to sanctions and probed for war crimes': after a bare 'be' no verb
    joined to the passive can be in the past tense, so a past the tagger read is a participle."""
    if (
        verb.tag_ != "VBD"
        or any(c.dep_ == "ccomp" for c in verb.children)  # 'should be sacked and announced it
        or not any(c.dep_ == "auxpass" and c.lower_ == "be" for c in head.children)  # wanted'
    ):
        return False
    fired("events: a past after 'be' is a participle", verb.text, verb.sent.text)
    return True


def gapped_passive(verb: Token) -> bool:
    """'One militant was killed and nine others wounded': a participle joined to a passive, with
    a subject of its own and no auxiliary, is passive too (the parse calls its subject a doer)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
    )


def listed(subjects: list[Token]) -> bool:
    """'Spellings and Powell headed': subjects joined by 'and' are all the verb's, however the
    parse hung them."""
    doc = subjects[0].doc
    between = doc[subjects[0].i : subjects[-1].i]
    return any(t.lower_ in {"and", "or"} for t in between)


def whole_of_part(subject: Token) -> Token:
    """'Many of them sold shares', 'two of the gunmen fled': the part acts as its whole does."""
    if subject.lower_ not in PARTITIVES and not subject.like_num:
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None:
        return subject
    fired("events: a part of a group acts as the group", subject.text, whole.text)
    return whole


ACCUSING_VERBS = frozenset({"accuse", "blame", "charge", "suspect"})
"""Verbs whose gerund tells what someone is accused of ('accused Iran of supplying weapons',
'charged with helping the rebels'): an allegation, not a fact the story states."""


def accusation(gerund: Token) -> Token | None:
    """The accusing verb whose 'of', 'for' or 'with' phrase GERUND is, or None."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ not in {"of", "for", "with"}:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and lemma(verb) in ACCUSING_VERBS else None


def charged_act(verb: Token) -> Token | None:
    """The gerund that tells what accusing VERB accuses of ('accused Iran of supplying ...')."""
    for prep in verb.children:
        for gerund in prep.children if prep.dep_ == "prep" else ():
            if accusation(gerund) == verb:
                return gerund
    return None


def modality(verb: Token) -> str | None:
    if accusation(verb) is not None:
        fired("events: what someone is accused of is alleged", verb.sent.text)
        return "alleged"
    if condition(verb):
        return "may"
    if planned_with_be(verb) is not None:
        return "will"  # 'is to sign', 'was to meet': a plan, not yet done
    words = [c.lower_ for c in verb.children if c.dep_ in {"aux", "advmod"}]
    if verb.dep_ == "conj":
        words += [c.lower_ for c in verb.head.children if c.dep_ == "aux"]
    for word in words:
        if word in MODALS:
            if word == "would" and "have" in words and verb.tag_ == "VBN":
                fired("events: what would have happened", verb.sent.text)
                return "may"  # 'would have arrested the gang if ...': it did not happen
            return MODALS[word]
        if word in ALLEGED:
            return "alleged"
    return None


CONDITIONS = frozenset({"if", "unless"})
INVERTED = frozenset({"had", "were", "should"})
ASKING = frozenset({"ask", "wonder", "know", "see", "check", "decide", "determine", "doubt"})


def condition(verb: Token) -> bool:
    """'If the talks fail', 'unless Varn pays', 'had the army moved faster': a condition the
    sentence sets, which may not happen (or, as 'had ...', did not)."""
    clause = first_conjunct(verb)
    while clause.dep_ in {"xcomp", "pcomp"}:  # 'if the government succeeds in seizing ...'
        clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
    if clause.dep_ != "advcl" or lemma(clause.head) in ASKING:
        return False  # 'asked if he considered the regime legitimate': whether, no condition
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    subjects = [c.i for c in clause.children if c.dep_ in SUBJECT_DEPS]
    inverted = any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in INVERTED and subjects and c.i < min(subjects)
        for c in clause.children
    )
    if (marks and marks[0] in CONDITIONS) or (not marks and inverted):
        fired("events: a condition is what may happen", verb.sent.text)
        return True
    return False


def denied(verb: Token) -> bool:
    """'X denied that Y attacked': the attack is a claim that it did not happen."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ccomp" and lemma(head.head) in DENIALS


def negative_argument(verb: Token) -> bool:
    """'No one was injured', 'nobody claimed responsibility', 'none of them survived', 'she saw
    nothing': the event did not happen to or by anyone."""
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        if child.lower_ in NEGATIVE_WORDS or any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ):
            fired("events: a negative subject or object", verb.sent.text)
            return True
    return False


def without_negative(what: str | None) -> str | None:
    """'No casualties' of 'no casualties were reported' is the event's negation (`negated`), and
    what is not reported is casualties; 'no one' or 'nothing' is nothing at all."""
    words = (what or "").split()
    if not words or words[0].lower() not in {"no", *NEGATIVE_WORDS}:
        return what
    rest = words[1:] if words[0].lower() == "no" else []
    return " ".join(rest) if rest and rest[0].lower() != "one" else None


def speaker_of(verb: Token, participants: Participants) -> Participant | None:
    """Who claims the event: the subject of the saying verb whose reported clause holds it, or
    the accuser ('the US accused Iran of supplying weapons': the supplying is the US's claim);
    in a direct quote, its speaker as the quote has it ('"... Fujimori ...," he said': not
    Fujimori)."""
    said = claimant(verb, participants)
    quoted = participants.quote_speaker(verb) if said is not None else None
    if quoted is not None and quoted != said:
        fired("events: a quote's words are its speaker's claim", verb.sent.text)
        return quoted
    return said


def claimant(verb: Token, participants: Participants) -> Participant | None:
    accuser = accusation(verb)
    if accuser is not None:
        subjects, passive = subjects_of(accuser)
        agents = [o for c in accuser.children if c.dep_ == "agent" for o in c.children]
        for token in agents if passive else subjects:
            found = participants.resolve(token)
            if found:
                return found[0]
        return None
    head = verb
    while head.dep_ in {"conj", "xcomp"}:
        head = head.head
    trailing = next(
        (t for c in head.children if c.i != verb.i and (t := trailing_sayer(c)) is not None), None
    )
    if head.dep_ == "ROOT" and trailing is None:  # '..., officials said on Wednesday.'
        trailing = closing_subject(head, verb)
    if head.dep_ == "ROOT" and trailing is not None:  # '..., estimated the IEA.'
        found = participants.resolve(trailing)
        return found[0] if found else None
    if head.dep_ == "ccomp" and not is_reported_clause(head):
        return None  # 'Italy is to send soldiers; France said ...'
    if head.dep_ not in {"ccomp", "parataxis"} and not (
        head.dep_ == "ROOT" and quotes_in(sentence_of(verb)) > 0
    ):
        return None
    sayer = head.head if head.dep_ in {"ccomp", "parataxis"} else saying_verb(sentence_of(verb))
    if sayer is None or lemma(sayer) not in SAYING_VERBS:
        return None
    subjects, _ = subjects_of(sayer)
    hung = comma_sayer(sayer) if not subjects else None
    subjects = [titled_name_in(t) or t for t in subjects]  # 'Governor of X Arnold Y said'
    for token in subjects or ([hung] if hung is not None else []):
        found = participants.resolve(token)
        if found and token is hung and names_another(found[0], token, head):
            return phrase(token) or found[0]  # 'Gujral staked claim, a leader ... said'
        if found:
            return found[0]
    return None


def closing_subject(root: Token, verb: Token) -> Token | None:
    """The subject of the saying verb that closes ROOT's sentence, if VERB is no word of it."""
    for token in reversed(list(root.sent)):
        subject = closing_sayer(token) if token.pos_ == "VERB" and token.i > verb.i else None
        if subject is not None:
            return None if verb in token.subtree else subject
    return None


def saying_verb(sentence: Span) -> Token | None:
    for token in sentence:
        if lemma(token) in REPORTING_VERBS and token.pos_ == "VERB":
            return token
    return None


def inside_quotes(verb: Token) -> bool:
    """An odd number of quotation marks before it in its sentence, around more than a phrase
    (Erakat "strongly condemned" the attack: the story's words, quoting two of his)."""
    sentence = sentence_of(verb)
    if quotes_in(sentence, before=verb.i) % 2 == 0:
        return False
    marks = [i for i in quote_marks(verb.doc) if sentence.start <= i < sentence.end]
    opening = max((i for i in marks if i < verb.i), default=sentence.start)
    closing = min((i for i in marks if i > verb.i), default=sentence.end)
    return closing - opening - 1 > QUOTED_PHRASE


def main_news(verb: Token, subjects: list[Token]) -> bool:
    """'A two-week class began in Urumqi on Monday': a sentence's main clause tells what happened
    even when no actor does it, as long as something the text names does."""
    reported = (
        verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and lemma(verb.head) in SAYING_VERBS
    )
    return (
        (verb.dep_ == "ROOT" or reported)  # '... have been arrested, police said'
        and (verb.tag_ in {"VBD", "VBN"} or progressive(verb))
        and any(s.pos_ in {"NOUN", "PROPN"} for s in subjects)
    )


def progressive(verb: Token) -> bool:
    """'Drugs are pouring into the region': what is happening as the story is told."""
    if verb.tag_ != "VBG" or inside_quotes(verb):
        return False  # ('"His condition is improving," the doctor said': a view, not news)
    if not any(c.dep_ == "aux" and lemma(c) == "be" for c in verb.children):
        return False
    fired("events: what is happening is the main news", verb.sent.text)
    return True


def does_its_complement(verb: Token) -> bool:
    """'He is expected to seek', 'Britain is set to take over': the passive's subject does what
    its complement says (not 'the summit is scheduled to be held': it is held; nor 'was found
    seeking asylum ... by border guards': the guards found him)."""
    complements = open_complements(verb)
    agent = any(c.dep_ == "agent" for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "by"
        for x in complements
        if x.tag_ == "VBG"  # the parse hangs the finders on 'seeking'
        for c in x.children
    )
    found = (
        lemma(verb) in RAISING_VERBS
        and bool(complements)
        and not any(c.dep_ == "auxpass" for x in complements for c in x.children)
        and not agent
    )
    if found:
        fired("events: a passive's subject does its complement", verb.text, sentence_of(verb).text)
    return found


def feels(verb: Token) -> bool:
    """'The United States has been concerned over ...', 'officials were pleased with ...': a
    verb of feeling's passive with no by-agent says how its subject feels (not 'as far as I am
    concerned', which says whose view follows)."""
    if lemma(verb) not in FEELING_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.head.lower_ == "far":
        return False
    fired("events: a passive of feeling is its subject's", verb.text, sentence_of(verb).text)
    return True
