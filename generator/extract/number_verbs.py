"""What befell a counted noun, for what a number counts: "people killed in the war", "pictures
the exhibition features", "participants who volunteered for HIV tests".

Kept apart from number_what.py, which finds the noun: this module reads the verb around it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.currencies import currency_of
from generator.extract.hits import fired
from generator.extract.lexicon import FALL_WORDS, QUANTITY_VERBS, RISE_WORDS
from generator.extract.names import entity_at
from generator.extract.number_values import INDEX_POINTS, UNIT_WORDS
from generator.extract.sentences import has_the, outside_subtrees, words_text
from generator.lemmas import lemma, past_participle

MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "case", "npadvmod"})
LIGHT = frozenset({"be", "get", "have", "include"})
"""Verbs that say nothing of what a number counts ('profit was', 'had 21.8 million shares', 'got
one vote', 'the total included 1.3 billion dollars in exports')."""
RELATIVES = frozenset({"who", "that", "which"})
AMOUNT_OR_CHANGE = QUANTITY_VERBS | RISE_WORDS | FALL_WORDS
"""Verbs that give an amount or its change ('rising 266,000 vehicles'): nothing befalls it."""
SPEAKING = frozenset({"say", "tell", "add"})
"""'the two firms said': what they said is no part of what the number counts."""
EXPECTING = frozenset({"expect", "set", "schedule", "suppose", "plan", "slate"})
"""Verbs whose subject is to do or undergo what their complement says ('set to be signed')."""


def is_modifier(token: Token, noun: Token) -> bool:
    """TOKEN, before NOUN, makes it specific: a modifier of it, or of one (with 'and' or 'or'
    another: 'the Kelt and Brin indices')."""
    while token.i != noun.i:
        listed = token.dep_ == "conj" and token.head.i < token.i < noun.i
        if token.dep_ == "cc":  # 'and' between two modifiers, not one before the noun's own
            listed = any(c.dep_ == "conj" and token.i < c.i < noun.i for c in token.head.children)
        if token.dep_ not in MODIFIERS and token.dep_ not in {"det", "punct"} and not listed:
            return False
        token = token.head
    return True


def with_verb(phrase: str | None, noun: Token) -> str | None:
    """The counted noun and what happened to it: 'people killed' (in 'people killed in the war'
    and 'people were killed')."""
    if phrase is None:
        return None
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    planned = to_happen(noun)
    if planned:  # 'ten documents are set to be signed': documents to be signed
        fired("numbers: what is to happen to it", phrase, planned)
        return f"{phrase} {planned}"
    if participle is not None:
        done = verb_words(participle)
        phrase = phrase.removesuffix(f" {done}")  # 'dozens of people killed': said once
        return f"{phrase} {done}{where_or_how(participle)}"
    relative = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if relative is not None and relative.tag_ in {"VBD", "VBN"} and lemma(relative) not in LIGHT:
        pronoun = next((c for c in relative.children if c.lower_ in RELATIVES), None)
        if pronoun is not None and pronoun.dep_ in {"nsubj", "nsubjpass"}:
            fired("numbers: a relative clause says what befell it", phrase, relative.text)
        if pronoun is not None and pronoun.dep_ == "nsubjpass":  # 'nine women who had been
            return f"{phrase} {verb_words(relative)}{where_or_how(relative)}"  # killed'
        if pronoun is not None and pronoun.dep_ == "nsubj":  # 'who died under Khmer Rouge rule'
            clause = [pronoun, *(c for c in relative.children if c.dep_ in {"aux", "neg"})]
            said = f"{words_text(clause)} {verb_words(relative)}"
            return f"{phrase} {said}{object_of(relative) or where_or_how(relative)}"
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_amount(noun.head.head):
        fired("numbers: what an amount of it undergoes", phrase, noun.head.head.text)
        noun = noun.head.head  # 'visited a total of nine other sites', 'seized 53.1 kilograms
        # of heroin': what the total or the measure undergoes
    while listed_after(noun):
        noun = noun.head  # 'features 700 pictures, 100 books and 24 diagrams'
    hung_on_aux = passive_hung_on_aux(noun)
    verb = hung_on_aux or noun.head
    told = told_state(verb) if noun.dep_ == "nsubjpass" else None
    if told is not None:  # 'were reported killed', 'are feared dead': the state they are in
        fired("numbers: the state a report tells", phrase, told.text)
        return f"{phrase} {told.text}"
    if is_unit(noun):
        return phrase  # '120 points', '12 rupees': how much, not what
    with_whom = acted_with(noun, verb)
    if with_whom:  # 'Ritter, who arrived with some 50 inspectors': inspectors Ritter arrived with
        fired("numbers: what a named doer acts with", phrase, verb.head.text)
        return f"{phrase} {with_whom}"
    state = next(
        (c for c in verb.children if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"), None
    )
    if noun.dep_ == "nsubj" and lemma(verb) == "be" and state is not None and is_state(state, noun):
        fired("numbers: the state the counted are in", phrase, state.text)
        return f"{phrase} {state.text}{where_or_how(verb)}"
    # 'left 17 people dead', 'had 21.8 million shares outstanding': the state it is left in
    if noun.dep_ == "dobj" and state is not None and state.i > noun.i:
        return f"{phrase} {state.text}"
    after = [c for c in noun.rights if c.dep_ == "amod" and c.pos_ == "ADJ" and not comma_to(c)]
    if noun.dep_ == "dobj" and after:  # the parse's 'left [two people dead (in Varn)]'
        return phrase if phrase.endswith(after[0].text) else f"{phrase} {after[0].text}"
    where = where_or_how(verb) if noun.dep_ == "nsubj" and lemma(verb) == "be" else ""
    if len(where.split()) > 1:  # a phrase with its object: not a bare 'among'
        fired("numbers: where the counted are", phrase, verb.sent.text)
        return phrase + where  # '3,150 prisoners were on death row': prisoners on death row
    if verb.pos_ != "VERB" or lemma(verb) in LIGHT | SPEAKING:
        return phrase
    undergoes = noun.dep_ == "nsubjpass" or hung_on_aux or done_to_it(noun, verb)
    if not undergoes and noun.dep_ == "nsubj" and completed_elsewhere(verb):
        return phrase  # 'two parties looked set to win', 'tried to reach': not 'parties looked'
    done = verb.tag_ in {"VBD", "VBN"} or progressive(verb)  # 'nine others are still missing'
    if undergoes or (noun.dep_ == "nsubj" and done):
        done_to = object_of(verb) if noun.dep_ == "nsubj" else ""
        if done_to:
            fired("numbers: what they did it to", phrase, verb.text + done_to)
        said = participle_words(verb) if noun.dep_ == "dobj" else verb_words(verb)
        return f"{phrase} {said}{done_to or where_or_how(verb)}"  # 'people killed'
    if noun.dep_ == "dobj":
        doer = subject_of(verb)
        if doer:  # 'the exhibition features 700 pictures': pictures the exhibition features
            fired("numbers: what a named doer has or does", phrase, verb.text)
            return f"{phrase} {doer} {verb_words(verb)}"
    return phrase


def completed_elsewhere(verb: Token) -> bool:
    """A verb whose sense its complement carries ('looked set to win', 'tried to reach', 'went
    missing'): the verb alone would read as what befell its subject."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # 'pledged troops': its object completes it
    found = any(
        c.i > verb.i
        and (
            c.dep_ in {"xcomp", "ccomp"}
            or (c.dep_ in {"acomp", "oprd"} and c.pos_ != "ADJ")
            or (c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"} and c.i == verb.i + 1)
        )
        for c in verb.children
    )
    if found:
        fired("numbers: a verb its complement completes", verb.sent.text)
    return found


def passive_hung_on_aux(noun: Token) -> Token | None:
    """'About 690,000 people were counselled': the participle the parse left out when it hung the
    subject on the passive's auxiliary (not 'are expected to grow', whose complement tells)."""
    aux = noun.head
    if aux.dep_ != "auxpass" or noun.dep_ != "nsubj":
        return None
    return None if any(c.dep_ == "xcomp" for c in aux.head.children) else aux.head


def comma_to(word: Token) -> bool:
    """A comma between the word and its head: '250 editions in print, second only to the Bible'
    says nothing of the editions counted."""
    return any(t.is_punct for t in word.doc[word.head.i + 1 : word.i])


def participle_for_those_counted(span: Span) -> str | None:
    """The participle right after a bare number that stands for those counted and says what
    befell them ('left more than 1,500 wounded', 'some 100 wounded by rubber bullets'): the
    parse hangs it on the number, which counts no noun."""
    root = span.root
    if not root.like_num or root.dep_ not in {"dobj", "conj", "nsubj", "nsubjpass"}:
        return None
    for child in root.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == span.end and child.is_lower:
            fired("numbers: a participle for the people counted", span.text, span.sent.text)
            return verb_words(child) + where_or_how(child)
    return None


SUM_PHRASES = frozenset({"from", "on", "for", "in"})
"""'made $60 million from the sale of his shares', 'spent 2 billion on defence'."""


def what_a_sum_is_for(verb: Token, span: Span) -> str:
    """The phrase after a sum a doer makes, spends or gets that says from what or on what, short
    and without numbers or dates: ' from the sale of his shares'."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.i >= span.end and child.lower_ in SUM_PHRASES:
            words = []
            for token in child.subtree:  # up to a date or number: 'between 1985 and 1987'
                if token.like_num or token.ent_type_ in {"DATE", "TIME", "MONEY"}:
                    break
                words.append(token)
            while words and words[-1].dep_ in {"prep", "cc", "punct", "det"}:
                words.pop()
            if 1 < len(words) <= MAX_SUM_PHRASE:
                fired("numbers: what a sum is made from or spent on", span.text, child.text)
                return " " + words_text(words)
            return ""
    return ""


MAX_SUM_PHRASE = 7


def listed_after(noun: Token) -> bool:
    """NOUN follows another in a list, and what befalls the list befalls it: a conjunct, or a
    counted noun the parse made an apposition of a counted noun before it ('killed one hostage,
    two members of the security forces and all 14 hostage-takers'); an apposition that counts
    nothing restates ('one hostage, a Japanese diplomat')."""
    if noun.head.i == noun.i or noun.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.dep_ == "conj":
        return True
    found = noun.dep_ == "appos" and counts(noun) and counts(noun.head)
    if found:
        fired("numbers: a counted apposition is the list's next item", noun.sent.text)
    return found


def counts(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


TELLING_VERBS = frozenset({"report", "believe", "fear", "say", "think", "presume", "confirm"})
"""'51 people were reported killed', '30 miners are feared dead': a passive verb that tells of a
state, which is what befell those counted."""


def told_state(verb: Token) -> Token | None:
    """The participle or adjective a passive telling verb puts its subject in, if any."""
    if lemma(verb) not in TELLING_VERBS:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"xcomp", "oprd", "acomp"} and c.tag_ in {"VBN", "JJ"} and c.i > verb.i
        ),
        None,
    )


def to_happen(noun: Token) -> str:
    """What NOUN is expected, set or supposed to do or undergo, when a verb of expectation it is
    the subject of says ('are set to be signed', 'that are supposed to symbolize evil')."""
    verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass"} else None
    relative = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if relative is not None and any(c.lower_ in RELATIVES for c in relative.children):
        verb = relative
    if verb is None or lemma(verb) not in EXPECTING:
        return ""
    then = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if then is None:
        return ""
    words = [c for c in then.children if c.dep_ in {"aux", "auxpass", "prt"}]
    return words_text(sorted([*words, then], key=lambda t: t.i)) + (object_of(then) or "")


def object_of(verb: Token) -> str:
    """'1.7 million people utilized the free counselling': what they did it to, short."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or any(t.like_num for t in obj.subtree):
        return ""
    words = [t for t in obj.subtree if is_modifier(t, obj) and t.dep_ != "det"]
    while words[-1].is_punct:
        words.pop()  # 'to dominate the race --': the dash is the sentence's
    if len([t for t in words if not t.is_punct]) > MAX_OBJECT_WORDS:
        return ""
    return " " + words_text(words)


def verb_words(verb: Token) -> str:
    """The verb with its particle and the state it leaves its subject in: 'carried out', 'were
    found dead', 'were left homeless', 'were set free'."""
    parts = [c for c in verb.children if c.dep_ == "prt"]
    parts += [c for c in verb.children if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"][:1]
    return words_text(sorted([verb, *(c for c in parts if c.i > verb.i)], key=lambda t: t.i))


def done_to_it(noun: Token, verb: Token) -> bool:
    """The object of a verb in the past ('killed 17 people', 'took 21 balls') or a participle's
    ('killing 108 people', 'murdering four men'): what the verb did to it, said in the
    participle ('people killed', 'balls taken'); not in the present ('the show features 700
    pictures'), nor a verb that only gives the amount ('totalling 500 people') or its change
    ('rising 266,000 vehicles'). An irregular past with a named doer says who did it instead
    ('the seats the NDP won')."""
    if noun.dep_ != "dobj" or verb.tag_ not in {"VBD", "VBN", "VBG"}:
        return False
    if reworded(verb) and verb.tag_ == "VBD" and subject_of(verb):
        return False
    return lemma(verb) not in (AMOUNT_OR_CHANGE if reworded(verb) else QUANTITY_VERBS)


def reworded(verb: Token) -> bool:
    """A verb whose form as written is no past participle: 'killing', 'took'."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VBD" and not verb.lower_.endswith("ed"))


def participle_words(verb: Token) -> str:
    """The verb as a past participle, with its particle: 'killing' -> 'killed', 'took' ->
    'taken', 'carried out' (a regular past as written: 'hanged', not 'hung')."""
    if not reworded(verb):
        return verb_words(verb)
    fired("numbers: a participle says what befell the counted", verb.text, verb.sent.text)
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([past_participle(lemma(verb)), *particles])


def is_amount(noun: Token) -> bool:
    """'a total', '53.1 kilograms', 'thousands': a word that gives an amount of what follows."""
    numbered = noun.like_num or any(c.dep_ == "nummod" for c in noun.children)
    return noun.lower_ in TALLIES | COUNT_WORDS or numbered


def is_unit(noun: Token) -> bool:
    return noun.lower_ in UNIT_NOUNS or currency_of(noun.text) is not None


def subject_of(verb: Token) -> str:
    """The verb's subject as a short phrase ('the exhibition', 'Paribas'), or '' for a pronoun
    or a long one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or verb.tag_ not in {"VBZ", "VBP", "VBD"}:
        return ""
    definite = has_the(subject)
    if not (subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and definite)):
        return ""  # a name or a thing the text has introduced, not 'women make'
    if subject.like_num:
        return ""
    name = entity_at(subject)
    if name is not None and name.label_ in {"PERSON", "ORG", "GPE"}:
        named = [t for t in name if t.dep_ != "det"]  # 'Secretary of State Madeleine Albright':
        if len(named) > MAX_PHRASE_AFTER:  # Madeleine Albright
            return ""
        return ("the " if definite else "") + words_text(named)
    counted = [t for t in subject.lefts if any(x.like_num for x in t.subtree)]
    words = [  # 'the ten-day exhibition': the exhibition
        t
        for t in outside_subtrees(subject.subtree, counted)
        if is_modifier(t, subject) and t.dep_ not in {"punct", "det"}
    ]
    if len(words) > MAX_PHRASE_AFTER:
        return ""
    return ("the " if definite else "") + words_text(words)


TALLIES = frozenset({"total", "number", "maximum", "minimum", "average", "sum", "group"})
"""Nouns that only tally what follows their 'of': 'a total of nine sites'."""
MAX_PHRASE_AFTER = 4
MAX_OBJECT_WORDS = 5
COUNT_WORDS = frozenset({"thousands", "hundreds", "millions", "dozens", "billions", "scores"})
UNIT_NOUNS = UNIT_WORDS | {"percentage", "cents"}


def acted_with(noun: Token, verb: Token) -> str:
    """'Ritter, who arrived with some 50 inspectors': who did what with those counted."""
    if noun.dep_ != "pobj" or verb.dep_ != "prep" or verb.lower_ != "with":
        return ""
    if verb.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.head.children):
        return ""
    doer = subject_of(verb.head)
    return f"{doer} {verb_words(verb.head)} {verb.text}" if doer else ""


STATE_ADVERBS = frozenset({"still", "now", "already", "also", "reportedly", "all"})
"""Words that tell when or how surely a state holds ('still missing'), not how much of it."""


def progressive(verb: Token) -> bool:
    """'are still missing', 'were marching': what those counted were doing when told."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and lemma(c) == "be" and c.i < verb.i for c in verb.children
    )


def is_state(state: Token, noun: Token) -> bool:
    """'nine others are still missing', 'two were alive': an adjective after 'be' that says what
    state those counted are in (not a nationality, nor a comparison: 'two were higher'), alone:
    not one that needs a complement ('were able to vote', 'likely to win') or a degree ('too
    hard', 'particularly important'), which judges rather than tells a state."""
    if state.i < noun.i or state.tag_ != "JJ" or state.ent_type_ == "NORP":
        return False
    return all(c.dep_ == "advmod" and c.lower_ in STATE_ADVERBS for c in state.children)


def where_or_how(verb: Token) -> str:
    """The verb's first short prepositional phrase, without numbers: 'wounded in the air
    strike', 'seized in those cases'."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ not in {"of", "to", "from", "by", "than"}:
            after = list(verb.doc[child.i : child.right_edge.i + 1])
            while after and after[-1].dep_ == "cc":
                after.pop()  # 'killed on the spot and 50 injured': the phrase ends at the spot
            if len(after) <= MAX_PHRASE_AFTER and not any(
                t.like_num or t.is_punct or t.ent_type_ in {"DATE", "TIME"} for t in after
            ):  # 'killed in the war', not 'visited on Friday': the date is the sheet's own
                return " " + words_text(after)
            return ""
    return ""


def states_quantity(verb: Token, span: Span) -> bool:
    """'trade amounted to', 'sales totaled', 'the toll reached'; and in the passive only, 'is
    estimated at', 'a deal valued at' (the active 'they estimated' names who estimates). Not
    what a player does: 'Jackson averaged 12.3 points', 'Razzaq hit five fours'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if span.root.lower_ in INDEX_POINTS or (subject is not None and subject.ent_type_ == "PERSON"):
        return False
    if lemma(verb) in ESTIMATING_VERBS:
        return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    return lemma(verb) in QUANTITY_VERBS


ESTIMATING_VERBS = frozenset({"estimate", "value", "put"})
"""Verbs whose passive states how much its subject is ('is estimated at', 'a deal valued at',
'the toll was put at'); their active names who estimates."""
