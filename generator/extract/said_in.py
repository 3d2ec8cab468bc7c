"""Who says what a saying verb says: its subject or by-agent, the person a source quoted, and
for 'the statement added' whoever 'said in a statement' before."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import SAYING_VERBS, STANCE_VERBS
from generator.extract.names import is_title_word
from generator.extract.quotations import closes
from generator.extract.sentences import doc_text, has_the
from generator.lemmas import lemma
from generator.records import Entity, Participant, QuoteFinding


def issuer(token: Token) -> Token | None:
    """Who issued the document 'the N' (TOKEN) stands for: the subject of the last verb before
    it whose 'in a N' named it ('In a statement, X expressed regret'), or of the verb the noun
    comes from ('X reported ... the report said'). None for anything else."""
    if token.pos_ != "NOUN" or not has_the(token):
        return None
    if any(c.dep_ in {"compound", "poss", "nmod"} for c in token.children):
        return None  # 'the Kremlin statement said': it names its own issuer
    according = (
        token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
    )
    trailing = trailing_sayer(token.head)  # ', added the report'
    subject = token.dep_ == "nsubj" or (trailing is not None and trailing.i == token.i)
    if not according and (not subject or lemma(token.head) not in SAYING_VERBS):
        return None  # 'the statement said', 'according to the statement'
    noun = lemma(token)
    for earlier in reversed(token.doc[: token.i]):
        if earlier.pos_ == "VERB" and lemma(earlier) == noun:
            subjects = [c for c in earlier.children if c.dep_ == "nsubj"]
            if subjects:  # 'the Anatolia news agency reported ... the report said': its report
                fired("participants: the report is its reporter's", token.text, subjects[0].text)
                return subjects[0]
        if earlier.lower_ != token.lower_:
            continue
        named = named_issuer(earlier)
        if named is not None:  # 'a report by the UN ... according to the report': the UN's
            return named
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in earlier.children):
            if earlier.dep_ not in {"dobj", "pobj"}:
                return None  # 'a report said ...': another document, its issuer unnamed
        if earlier.dep_ == "dobj" and lemma(earlier.head) in ISSUING:
            subjects = [c for c in earlier.head.children if c.dep_ == "nsubj"]
            if subjects:  # 'the UN released a report on Monday ... the report said'
                fired("participants: the document a subject issued", token.text, subjects[0].text)
                return subjects[0]
        if earlier.dep_ != "pobj":
            continue
        prep, verb = earlier.head, earlier.head.head
        if prep.lower_ != "in" or verb.pos_ != "VERB":
            continue  # any verb: 'In a joint statement, five UN experts expressed regret'
        if lemma(verb) not in SAYING_VERBS:
            fired("participants: the document whose words a verb gives", token.text, verb.text)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            fired("participants: the document a speaker issued", token.text, subjects[0].text)
            return subjects[0]
    return None


DOCUMENTS = frozenset(
    {"announcement", "communique", "declaration", "document", "letter", "notice", "poll"}
    | {"program", "programme", "report", "statement", "study", "survey", "memorandum"}
    | {"estimate", "statistic", "statistics", "figures"}
)
"""Texts that 'said' something for whoever issued them ('figures' by its plural: 'a senior
figure from the party' is a person)."""
ISSUING = frozenset(
    {"circulate", "compile", "conduct", "draft", "issue", "prepare", "present", "produce"}
    | {"publish", "release", "sign", "submit", "unveil", "write"}
)
"""Verbs of issuing a document: 'issued by', 'released a report'."""


def named_issuer(token: Token) -> Token | None:
    """Who issued the document TOKEN says it: 'a statement from EADS', 'a report by UN
    experts', 'a draft program issued by the Health Ministry', 'the Vatican's statement'."""
    if token.pos_ != "NOUN" or not {lemma(token), token.lower_} & DOCUMENTS:
        return None
    owner = next((c for c in token.children if c.dep_ in {"poss", "compound"}), None)
    opening = owner is not None and owner.is_sent_start and owner.dep_ == "compound"
    opening = opening and not owner.is_upper  # 'UN reports said' opens with a name
    if owner is not None and owner.pos_ == "PROPN" and not opening:
        # 'the Vatican's statement', 'UN reports said'; not 'Unofficial estimates' opening a sentence
        fired("participants: the issuer a document's owner names", token.text, owner.text)
        return owner
    issuing = [  # the parse may hang 'issued by ...' on a word of the document's own phrase
        c for t in token.subtree for c in t.children if c.dep_ == "acl" and lemma(c) in ISSUING
    ]
    for by in [*token.children, *(c for verb in issuing for c in verb.children)]:
        if by.dep_ in {"prep", "agent"} and by.lower_ in {"by", "from"}:
            issued = next((c for c in by.children if c.dep_ == "pobj"), None)
            if issued is not None:
                fired("participants: the issuer a document's words name", token.text, issued.text)
                return issued
    return None


def says_who(words: str, issued: Token) -> bool:
    """Whether an unnamed issuer's WORDS say more than the document did: 'the health ministry',
    'UN experts'; not a lone 'organization' or 'his office'."""
    return len(words.split()) > 1 and not any(c.tag_ == "PRP$" for c in issued.children)


QUOTED = frozenset({"quote", "cite"})  # their passive subject speaks: 'X was quoted as saying'


def sayer(verb: Token, quote: range = range(0)) -> Token | None:
    """The subject of a saying verb, or its by-agent: outside the QUOTE (the parser may make a
    quotation's own noun a second subject: '"... The future of this nation," he said')."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects = [c for c in subjects if c.i not in quote]
    people = [c for c in subjects if c.ent_type_ == "PERSON"]
    if len(subjects) > 1 and people:  # 'Gazprom vice-president Alexander Medvedev told': the
        fired("quote: the person of several subjects", verb.sent.text)
        return people[-1]  # parse made 'vice' and '-' subjects too
    named = [c for c in subjects if c.ent_type_ in {"ORG", "GPE"} and not c.is_punct]
    if len(subjects) > 1 and named and all(c.i < verb.i for c in subjects):
        fired("quote: the name among a saying verb's subjects", verb.sent.text[:100])
        subjects = named[-1:]  # 'rating agency Moody's said': the parse made 'agency' one too
    if subjects and subjects[0].dep_ == "nsubjpass" and lemma(verb) in SAYING_VERBS - QUOTED:
        fired("quote: a passive saying verb's subject says nothing", verb.sent.text[:100])
        subjects = []  # 'new cases were reported', 'the inquiry was told': said or told of
    if subjects and lemma(verb) == "quote" and subjects[0].dep_ == "nsubj":
        quoted = [c for c in verb.children if c.dep_ == "dobj"]
        if quoted:  # 'the newspaper quoted K.P. Sharma Oli as saying': Oli says it
            fired("quote: the one a source quoted", quoted[0].text, verb.sent.text[:100])
            return quoted[0]
    if subjects:
        return titled_name_in(subjects[0]) or subjects[0]
    inverted = inverted_sayer(verb)
    if inverted is not None:
        return inverted
    return agent_of(verb) or lost_sayer(verb) or comma_sayer(verb)


def titled_name_in(subject: Token) -> Token | None:
    """'Governor of the US state of California Arnold Schwarzenegger said', 'Deputy head of the
    Beijing Population Committee Li Yunli said': a bare title whose phrase ends in a person's
    name, which the parse hung on the title's 'of', is that person."""
    if subject.ent_type_ == "PERSON" or not is_title_word(subject):
        return None
    if any(c.dep_ == "det" for c in subject.children):
        return None  # 'the spokesman of Helen Marsh': someone else's title
    name = subject.doc[subject.right_edge.i]
    if name.ent_type_ != "PERSON" or not any(a.lower_ == "of" for a in name.ancestors):
        return None
    fired("quote: the name a title's phrase ends with speaks", subject.sent.text)
    return name


def agent_of(verb: Token) -> Token | None:
    """The object of a passive verb's 'by' ('was accused by Maliki'): who did it."""
    agents = (c for c in verb.children if c.dep_ == "agent")
    return next((t for a in agents for t in a.children if t.dep_ == "pobj"), None)


def inverted_sayer(verb: Token) -> Token | None:
    """'"...," admitted the captain': a saying verb right after a quotation, with the speaker
    after it, which the parse may take for the verb's object."""
    doc = verb.doc
    trailing = trailing_sayer(verb)
    if trailing is not None:
        return trailing
    if verb.i < 2 or doc[verb.i - 1].tag_ != "''" or doc[verb.i - 2].text not in {",", "?", "!"}:
        return None  # not 'should "give up" asking them': a quoted phrase, no attribution
    after = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if after is None or after.left_edge.i != verb.i + 1:
        return named_after(verb)
    fired("quote: the speaker after an inverted saying verb", verb.sent.text)
    return after


FINITE = frozenset({"VBD", "VBZ", "VBP"})
TRAILING_DEPS = frozenset({"conj", "ccomp", "advcl", "parataxis", "ROOT"})


def trailing_sayer(verb: Token) -> Token | None:
    """'..., added the source.', '..., estimated the IEA.', '..., reported the Thai News Agency
    Saturday.': a finite saying verb after a comma that ends the sentence with its speaker,
    which the parse takes for its object (not 'announced here Monday the opening of its
    office': a thing announced, with more after it)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ not in FINITE:
        return None
    if lemma(verb) not in SAYING_VERBS or lemma(verb) in ADDRESSING:
        return None  # '..., Brinkhorst, told the press': whom one tells is no speaker
    if verb.dep_ not in TRAILING_DEPS or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if verb.dep_ == "ROOT" and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    speaker = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != verb.i + 1 or speaker.pos_ not in SPEAKER_POS:
        return None
    if any(c.dep_ == "prep" for c in speaker.children):
        return None  # 'announced the opening of its office': what was announced
    rest = doc[speaker.right_edge.i + 1 : verb.sent.end]
    if any(not (t.is_punct or t.is_space or t.ent_type_ in {"DATE", "TIME"}) for t in rest):
        return None
    fired("quote: the speaker a comma's saying verb ends the sentence with", verb.sent.text)
    return speaker


def closing_sayer(verb: Token) -> Token | None:
    """'..., industry and security officials said on Wednesday.', '..., a Western Saharan source
    said here Friday.': a saying verb with its own subject after a comma that ends the sentence
    and reports no clause of its own tells the sentence's main clause, whatever word of it the
    parse hung the verb on. Returns that subject."""
    doc = verb.doc
    if verb.dep_ not in CLOSING_DEPS or verb.tag_ not in FINITE or lemma(verb) not in SAYING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    if subject.tag_ in {"WDT", "WP"}:
        return None  # ', which suggested a polarisation.': a relative clause says no source
    start = subject.left_edge.i
    if start < 1 or doc[start - 1].text != "," or doc[start - 1].head.i == subject.i:
        return None
    words = [t for t in doc[verb.i : verb.sent.end] if not (t.is_punct or t.is_space)]
    if not words or words[-1].i > verb.right_edge.i:
        return None  # more of the sentence after it: not its close
    fired("quote: a saying verb with its subject closes the sentence", verb.sent.text)
    return subject


CLOSING_DEPS = frozenset({"conj", "relcl", "acl", "advcl", "ccomp"})
"""What the parse may make a closing saying verb of the clause before it (not ROOT: a root with
its subject and the clause it reports is read as any saying verb is)."""


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
ADDRESSING = frozenset({"tell", "ask", "inform", "assure", "brief", "urge", "remind"})
"""Saying verbs whose object is whom they address ('told AFP'), never who speaks."""
SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def named_after(verb: Token) -> Token | None:
    """'"...," said Colts quarterback Peyton Manning, who ...': the parse hung the words after
    the inverted verb elsewhere (it read 'quarterback' as a verb); the person named right after
    it, before any comma, speaks."""
    doc = verb.doc
    words = []
    for token in doc[verb.i + 1 : min(verb.i + 8, verb.sent.end)]:
        if token.is_punct:
            break
        words.append(token)
    people = [t for t in words if t.ent_type_ == "PERSON"]
    if not people:
        return None
    fired("quote: the person named after an inverted saying verb", verb.sent.text)
    return people[-1]


def only_names_speaker(clause: Token, speaker: Token, verb: Token) -> bool:
    """'"...," said Colts quarterback Peyton Manning': the parse made the words that name the
    speaker the saying verb's clause; a clause holding its speaker but not its verb says nothing
    (an aside's clause holds both: 'as Bohl noted, the meeting also means ...')."""
    found = speaker in clause.subtree and verb not in clause.subtree
    if found and clause.i < verb.i and clause.left_edge.i < speaker.left_edge.i:
        return False  # '..., a ministry spokesman said.': the speaker hung at the clause's end
    if found:
        fired("quote: the words naming the speaker are no statement", clause.sent.text)
    return found


NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
"""Parts of speech of the words of a plain noun phrase ('a senior police detective')."""


def lost_sayer(verb: Token) -> Token | None:
    """'"...," a detective, speaking on condition of anonymity, said': the words between the
    quotation and its saying verb are a noun phrase (and an aside between commas) that the parse
    hung elsewhere; the phrase's last noun speaks."""
    doc = verb.doc
    before = reversed(doc[verb.sent.start : verb.i])
    mark = next((t for t in before if t.text == '"' or closes(t)), None)
    if mark is None or mark.i < 2 or doc[mark.i - 1].text not in {",", "?", "!"}:
        return None
    end = mark.i + 1
    while end < verb.i and doc[end].pos_ in NOUN_PHRASE:
        end += 1
    if end == mark.i + 1 or doc[end - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = doc[end - 1]
    while end < verb.i and doc[end].pos_ == "ADV":
        end += 1  # 'a diplomat here asked', 'the official later said'
    if end != verb.i and (doc[end].text != "," or doc[verb.i - 1].text != ","):
        return None
    aside = doc[end + 1 : verb.i - 1]
    if aside and all(t.pos_ == "PROPN" for t in aside):
        noun = doc[aside.end - 1]  # 'another Spanish tourist, Pablo Uriarte Masio, said'
    fired("quote: a speaker the parse lost before its saying verb", verb.sent.text)
    return noun


def comma_sayer(verb: Token) -> Token | None:
    """'..., a foreign ministry spokesman said.', '..., the president's press adviser said
    Monday.': a saying verb with no subject after the clause it reports, whose speaker, the noun
    phrase between the last comma and the verb, the parse hung on the clause's last noun."""
    doc = verb.doc
    if lemma(verb) not in SAYING_VERBS or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    comma = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ","), None)
    if comma is None or comma.i >= verb.i - 1:
        return None
    phrase = doc[comma.i + 1 : verb.i]
    if any(t.pos_ in {"VERB", "AUX", "PRON"} for t in phrase):
        return None  # a clause of its own, or 'he': the parse found the subject it has
    roots = [t for t in phrase if not phrase.start <= t.head.i < phrase.end]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    fired("quote: a speaker the parse hung on the reported clause", verb.sent.text)
    return roots[0]


def hung_speaker(verb: Token) -> Token | None:
    """The speaker the parse hung in VERB's clause, when a saying verb after it reports it."""
    head = verb.head
    return comma_sayer(head) if verb.dep_ == "ccomp" and head.i > verb.i else None


def names_another(speaker: Participant | None, token: Token, clause: Token) -> bool:
    """'Gujral staked claim ..., a leader of the alliance said.': an indefinite source after the
    clause it reports is someone the clause does not name, whatever title they share."""
    return (
        isinstance(speaker, Entity)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        and any(clause.left_edge.i <= m.span.start < token.left_edge.i for m in speaker.mentions)
    )


NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand"})
"""'praised the intervention, calling it a "glorious page"': how the stance names its object."""
DIRECTIVE_VERBS = frozenset({"urge", "demand", "vow", "appeal", "ask", "request", "implore"})
"""'vowed to "aggressively push ..."', 'urged all members to "make further contributions"': a
demand or pledge whose words are quoted is its subject's statement."""
STANCE_OR_NAMING = STANCE_VERBS | NAMING_VERBS | DIRECTIVE_VERBS
MAX_CLIMB = 3


def stance_holder(quote: Span) -> Token | None:
    """'He blamed "the same forces ..."', 'calling it "barbaric"': the quoted words a stance or
    naming verb takes are its subject's (a participle's, its clause's)."""
    verb = next((t.head for t in quote if not quote.start <= t.head.i < quote.end), None)
    for _ in range(MAX_CLIMB):
        if verb is None or verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb is not None and verb.dep_ == "xcomp" and lemma(verb) not in STANCE_OR_NAMING:
        verb = verb.head  # 'calls discounting "a loser's game"': the naming verb above
        fired("quote: a stance verb above the verb the quote completes", verb.sent.text)
    if verb is None or lemma(verb) not in STANCE_OR_NAMING:
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children):  # 'X was accused by Y of "..."': Y's
        found = agent_of(verb)
    else:
        found = sayer(verb, range(quote.start, quote.end))
    if found is None and verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG":
        found = sayer(verb.head)  # 'issued a plea, calling for "wisdom"': the plea's issuer
    if found is not None:
        fired("quote: the quoted words of a stance", found.text, quote.sent.text)
    return found


APPEALS = frozenset({"appeal", "urge", "vow", "plead", "demand", "call", "condemn", "accuse"})
"""Verbs of a plea or charge made aloud ('appealed for calm'): a quotation that follows in the
next sentence is its words."""


def pleading_subject(quote_sentence: Span) -> Token | None:
    """'Abbas also appealed for an end to the violence. "Any bullet shot anywhere is a loss
    ..."': the subject of the sentence before a quotation that names no speaker, when that
    sentence's own verb is a saying or a plea."""
    doc = quote_sentence.doc
    if quote_sentence.start == 0:
        return None
    verb = doc[quote_sentence.start - 1].sent.root
    if lemma(verb) not in SAYING_VERBS | APPEALS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    own = {t.i for t in subject.subtree}
    if any(e.label_ == "PERSON" and e.root.i not in own for e in verb.sent.ents):
        return None  # 'Novak said he would speak with Castel about his conduct': whose words?
    fired("quote: the words of the plea or statement before", verb.text, subject.text)
    return subject


def pleaded(quote: QuoteFinding, speaker_of: Callable[[Token], Participant | None]) -> QuoteFinding:
    """A quotation that opens its sentence and names no speaker: the words of whoever the
    sentence before says, appeals or charges something (pleading_subject)."""
    if quote.speaker is not None or quote.kind != "direct":
        return quote
    if quote.start > quote.sentence.start_char + 1:
        return quote
    after = doc_text(quote.sentence.doc)[quote.end : quote.sentence.end_char]
    if any(c.isalpha() for c in after):
        return quote  # '"...," the 78-year-old said': its own words name the speaker
    subject = pleading_subject(quote.sentence)
    speaker = speaker_of(subject) if subject is not None else None
    return replace(quote, speaker=speaker) if isinstance(speaker, Entity) else quote
