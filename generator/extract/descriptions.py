"""What an organisation is, and roles a story gives before it names the person: descriptors
("the consultancy Meridian", "Meridian, a consultancy") and the lead's descriptions ("a
Hungarian official said ... The official, Gabor Szalai, ...")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.hits import fired
from generator.extract.lexicon import (
    APPOSED_BODIES,
    BODY_BEFORE_NAME,
    BODY_KINDS,
    MEMBER_HEADS,
    ORG_HEADS,
    SAYING_VERBS,
)
from generator.extract.names import entity_at, is_title_word
from generator.extract.post_phrases import name_span_at
from generator.extract.premodifiers import premodifier_descriptor
from generator.extract.roles import (
    COPULAS,
    appositive_role,
    phrase,
    tokens_text,
)
from generator.lemmas import lemma
from generator.names import acronym
from generator.records import Entity, RoleFinding


def organization_role(span: Span) -> RoleFinding | None:
    """'the risk intelligence company Rane' / 'Rane, a risk intelligence company' / 'X military alliance'."""
    doc = span.doc
    sentence_start = span.sent.start_char
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "and" and doc[i - 1].ent_type_ == "ORG":
        # "French banks Credit Lyonnais and Societe Generale": the second shares the first's description
        first = name_span_at(doc[i - 1])
        if first is not None and first.start > 0:
            shared = organization_role(first)
            if shared:
                return RoleFinding(shared.role, None, sentence_start)
    if (
        i >= 0
        and (
            doc[i].lower_ in BODY_BEFORE_NAME
            or (doc[i].lower_.endswith("s") and doc[i].lower_[:-1] in ORG_HEADS)
        )
        and doc[i].is_lower
    ):
        start = i
        while start - 1 >= 0 and (
            (doc[start - 1].is_lower and doc[start - 1].pos_ in {"NOUN", "ADJ", "PROPN"})
            or doc[start - 1].ent_type_ == "NORP"  # "Russian gas giant Gazprom"
            or participle_modifier(doc[start - 1])  # "football's governing body FIFA"
            or capitalised_first_word(doc[start - 1])  # "Telecommunications giant Telstra"
        ):
            start -= 1
        words = list(doc[start : i + 1])
        head = doc[i].text[:-1] if doc[i].lower_ not in BODY_BEFORE_NAME else doc[i].text
        return RoleFinding(descriptor_text(words, head), None, sentence_start)
    result = appositive_role(span)
    if result and acronym(result[0]) == span.text.replace(".", ""):
        result = None  # 'ISAF (International Security Assistance Force)': its name spelled out
    if result and any(
        t in ORG_HEADS or t.rstrip("s") in ORG_HEADS for t in result[0].lower().split()
    ):
        return RoleFinding(result[0], result[1], sentence_start)
    described = (
        comma_descriptor(span)
        or role_first_descriptor(span)
        or premodifier_descriptor(span)
        or apposed_descriptor(span)
        or copular_descriptor(span)
    )
    if described:
        return RoleFinding(described, None, sentence_start)
    j = span.end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "the Tupac Amaru Revolutionary Movement (MRTA) rebels": past its acronym
    coordinated = span.root.dep_ == "conj"
    if j + 1 < len(doc) and doc[j].lower_ == "and":
        other = name_span_at(doc[j + 1])
        if other is not None and other.start == j + 1 and other.label_ != "PERSON":
            j, coordinated = other.end, True  # "the Jiji and Kyodo agencies": the first one too
    end = j
    while end < len(doc) and end - j < 4 and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ"}:
        end += 1
    last = doc[end - 1]
    kind = last.lower_ in MEMBER_HEADS or is_org_head(last)
    if kind and j < end < len(doc) and names_the_next(last):
        fired("org: a kind word that names the next name's kind", span.text, doc[end].text)
        return None  # 'Nike supplier Pou Chen Shoe Factory': the supplier is Pou Chen
    if end > j and last.lower_ in MEMBER_HEADS and not coordinated:
        fired("org: named by its members", last.text, span.text)
        return RoleFinding(phrase(list(doc[j:end])), None, sentence_start)  # "MRTA rebels"
    if end > j and of_the_body(span):
        fired("org: a thing of the body, not the body", span.text, last.text)
        return None  # 'a CAN committee', 'an AU force', 'the anti-AIDS body'
    if end > j and (
        last.lower_ in ORG_HEADS or (is_org_head(last) and coordinated and last.tag_ == "NNS")
    ):
        # "the Jiji and Kyodo news agencies": each is a news agency
        words = [*phrase(list(doc[j : end - 1])).split(), org_head_singular(last.lower_)]
        if end < len(doc) and doc[end].lower_ == "of":
            tail = [t for t in doc[end].subtree if t.i >= end]
            if 0 < len(tail) <= 5:
                words.append(phrase(sorted(tail, key=lambda t: t.i)))
        return RoleFinding(" ".join(words), None, sentence_start)
    return None


def names_the_next(kind: Token) -> bool:
    """The kind word is that of the name right after it ('Nike supplier Pou Chen Shoe Factory',
    'the Afrikaans newspaper Rapport'), not a date's ('the Guardian newspaper Wednesday') nor a
    title's ('a Golkar party MP')."""
    following = kind.doc[kind.i + 1]
    if following.pos_ != "PROPN" or is_title_word(following):
        return False
    named = name_span_at(following)
    if named is not None and named.start == following.i:
        return True
    return kind.dep_ == "compound" and kind.head.i > kind.i and kind.head.pos_ == "PROPN"


def copular_descriptor(span: Span) -> str | None:
    """'ZIPA is a government agency', 'ISI is an intelligence agency of Pakistan': the kind of
    body the text says the name is, with a short 'of' or 'in' phrase."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in COPULAS:
        return None
    kind = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if kind is None or not is_org_head(kind):
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kind.children):
        return None  # 'are the only team to ...', 'the appropriate agency': which, not what
    words = [t for c in kind.lefts if c.dep_ in {"amod", "compound", "nmod"} for t in c.subtree]
    own = next((c for c in kind.rights if c.dep_ == "prep" and c.lower_ in {"of", "in"}), None)
    if own is not None and len(list(own.subtree)) <= 5:
        words += list(own.subtree)  # 'an intelligence agency of Pakistan'
    fired("org: what the text says the body is", span.text, kind.text)
    return phrase(sorted([*words, kind], key=lambda t: t.i))


def org_head_singular(lower: str) -> str:
    for plural, single in (("ies", "y"), ("s", "")):
        if lower.endswith(plural) and lower[: -len(plural)] + single in ORG_HEADS:
            return lower[: -len(plural)] + single
    return lower


def is_org_head(token: Token) -> bool:
    """A common noun that says what kind of body something is ('agency', 'agencies')."""
    return org_head_singular(token.lower_) in ORG_HEADS


def apposed_descriptor(span: Span) -> str | None:
    """'Another major exporter, British Steel, ...': the name stands in apposition to a common noun
    before it, which with its adjectives describes the organisation ("major exporter")."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.pos_ != "NOUN" or not head.is_lower:
        return None
    if span.start - head.i != 2 or span.doc[head.i + 1].text != ",":
        return None
    kind = is_org_head(head) or is_title_word(head)  # a body, or a person the model took for one
    if not kind and not (head.tag_ == "NN" and head.lower_.endswith(AGENT_ENDINGS)):
        return None  # 'the new proposal, Equus', 'a designer drug, Ecstasy': no kind of body
    left = [t for t in head.lefts if t.dep_ in {"amod", "compound"} and t.is_lower]
    tokens = sorted([t for child in left for t in child.subtree] + [head], key=lambda t: t.i)
    described = phrase(tokens)
    fired("org: apposed to a description", described, span.text)
    return described


AGENT_ENDINGS = ("er", "or")
"""Nouns of doers ('exporter', 'distributor'): a body described by what it does."""


def comma_descriptor(span: Span) -> str | None:
    """'Connaught BioSciences Inc., a Toronto-based vaccine manufacturer,', also after the name's
    short form in brackets ('Radio Sveti Jovan (St. John), the station ...') or a dash ('the Iraq
    Study Group -- a bipartisan panel'): the parse may miss it."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == "." and k + 1 < len(doc):  # "Inc." swallowed the period
        k += 1
    close = None  # of the name's short form: 'the International Tennis Federation (ITF), the ...'
    if k < len(doc) and doc[k].text == "(":
        close = next((t.i for t in doc[k + 1 : k + 8] if t.text == ")"), None)
        k = close + 1 if close is not None else k
    if (
        k + 2 >= len(doc)
        or doc[k].text not in {",", "--"}
        or doc[k + 1].lower_ not in {"a", "an", "the", "two", "three"}
    ):
        return None
    tokens = []
    stop = None
    for token in doc[k + 2 : k + 14]:
        if (
            token.text in {",", ".", ";", "(", ")", "--"}
            or (
                token.pos_ in {"VERB", "AUX"}
                and token.dep_ not in {"amod", "compound"}
                and not before_its_noun(token)
            )
            or token.lower_ in {"that", "which", "who"}
        ):
            stop = token
            break  # a verb ends the description, unless it modifies a noun ("a leading bank")
        tokens.append(token)
    if (
        stop is not None and stop.tag_ in {"VBD", "VBZ", "VBP"} and lemma(stop) in SAYING_VERBS
    ):  # (not 'a UN agency specialized in ...', a participle the tagger read as a past)
        fired("org: a subject after the name's comma is no description", span.sent.text)
        return None  # '..., the newspaper reported': a clause of its own
    heads = [  # a common noun: 'the Organization of American States' is another body's name
        n  # ('the movement's armed wing': the wing, not the movement that owns it)
        for n, t in enumerate(tokens)
        if t.is_lower
        and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS")
        and (
            t.lower_ in BODY_KINDS
            or t.lower_.rstrip("s") in ORG_HEADS
            or (doc[k + 1].lower_ in {"a", "an"} and doer_noun(t))  # 'a wholesaler of spirits'
        )
    ]
    if not heads:
        return None
    end = heads[0] + 1
    while tokens[end - 1].dep_ == "compound" and tokens[end - 1].head in tokens[end:]:
        end = tokens.index(tokens[end - 1].head) + 1  # "a brokerage house": the whole compound
    if end < len(tokens) and tokens[end].lower_ in {"of", "in", "based"}:
        end = len(tokens)
    role = tokens_text(tokens[:end])
    if not 0 < len(role.split()) <= 8:
        return None
    if close is not None:
        fired("org: a description after the name's short form", span.text, role)
    if doc[k].text == "--":
        fired("org: a description after a dash", span.text, role)
    if tokens[heads[0]].lower_ in APPOSED_BODIES:
        fired("org: a kind of body said only in apposition", span.text, role)
    return role


def before_its_noun(token: Token) -> bool:
    """'the world governing body': a participle right before a common noun is its adjective,
    however the parse hung it."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "VBG"
        and following is not None
        and following.pos_ == "NOUN"
        and following.is_lower
    )


def doer_noun(token: Token) -> bool:
    """'wholesaler', 'exporter', 'distributor': a body described by what it does, in apposition
    to its name (not 'a number of officials said')."""
    if token.tag_ == "NN" and token.lower_.endswith(AGENT_ENDINGS) and token.dep_ == "appos":
        fired("org: a doer's noun after the name describes it", token.text, token.sent.text)
        return True
    return False


def descriptor_text(words: list[Token], head: str) -> str:
    """The words before a body's name that say what it is, ending in its kind word HEAD; a
    sentence's first word in lower case ('Telecommunications giant Telstra')."""
    written = {len(words) - 1: head}
    if len(words) > 1 and capitalised_first_word(words[0]):
        fired("org: a sentence's first word describes the body", words[0].text, words[0].sent.text)
        written[0] = words[0].lower_
    return tokens_text(words, written)


def capitalised_first_word(token: Token) -> bool:
    """'Telecommunications giant Telstra', 'Oil group Shell': a common noun or adjective that
    opens the sentence, written with a capital only for that (not 'Budget' of a name)."""
    name = entity_at(token)
    return (
        token.is_sent_start
        and token.is_title
        and token.tag_ in {"NN", "NNS", "JJ"}
        and (name is None or (len(name) == 1 and name.label_ == "ORG"))  # not 'German'
    )


def participle_modifier(token: Token) -> bool:
    """'governing' of 'the governing body', 'ruling' of 'the ruling party': a participle that
    describes the noun it modifies."""
    hyphened = token.i > 0 and token.doc[token.i - 1].tag_ == "HYPH"  # 'Paris-based'
    if token.is_lower and token.tag_ in {"VBG", "VBN"} and token.dep_ == "amod" and not hyphened:
        fired("organisation role: a participle modifies its head", token.text, token.head.text)
        return True
    return False


def of_the_body(span: Span) -> bool:
    """The name modifies a noun after it that is one of many ('a CAN committee', 'an AU force') or
    is against or for it ('the anti-AIDS body'): the noun is not the body named."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ in {"a", "an"}:
        return doc[start - 1].head.i >= span.end and doc[start - 1].head.lower_ in ORG_HEADS
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].is_lower


def role_first_descriptor(span: Span) -> str | None:
    """'Northern Ireland's biggest Protestant party, the Ulster Unionists': the description comes first."""
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.tag_ == "POS" or lemma(after) in SAYING_VERBS):
        return None  # 'Steinman, the newsletter publisher, Anheuser's share', '..., members of
        # a rapid reaction force, the New York Times reported': a new clause, no apposition
    if clause_subject(span):  # '... for the Dutch defense ministry, the De Volkskrant daily said'
        return None
    head = doc[k - 1]
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return None  # 'according to the official Tanjug news agency, NATO plans': no apposition
    if listed_after(span):
        return None  # 'of the central government, the State Administration ..., China Bank'
    if not head.is_lower or head.lower_ not in ORG_HEADS or head.pos_ != "NOUN":
        return None
    tokens = sorted(
        (t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "punct"}),
        key=lambda t: t.i,
    )
    role = tokens_text(tokens)
    return role if 0 < len(role.split()) <= 8 else None


def clause_subject(span: Span) -> bool:
    """A name with its own kind word after it that is a later verb's subject ('the De Volkskrant
    daily reported'): what comes before the comma is not that body's description."""
    noun = span.root
    while noun.dep_ == "compound" and noun.head.i >= span.end:
        noun = noun.head
    kind = noun.i >= span.end and noun.is_lower
    return kind and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > noun.i


def listed_after(span: Span) -> bool:
    """SPAN is followed by a comma and another name: one of a list, not an apposition."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    following = doc[span.end + 1]
    if following.lower_ in {"the", "and"} and span.end + 2 < len(doc):
        following = doc[span.end + 2]
    return following.text[:1].isupper() and entity_at(following) is not None


ROLE_PREPOSITIONS = frozenset({"of", "for", "to", "at", "in", "from", "with", "on"})


def role_heads(role: str) -> set[str]:
    """The head word of each title a role joins: 'chairman and chief executive' -> chairman,
    executive; 'Secretary of State' -> secretary; 'Army chief' -> chief, not army; 'Bank of
    Japan governor' (a body's name, then the title) -> governor."""
    heads = set()
    for part in re.split(r",|\band\b", role):
        words = part.split()
        if not words:
            continue
        before = next((i for i, w in enumerate(words) if i and w.lower() in ROLE_PREPOSITIONS), 0)
        named_body = len(words) > 1 and words[-1].islower() and words[-2][:1].isupper()
        head = (words[before - 1] if before and not named_body else words[-1]).lower()
        heads.add(head)
        office, _, status = head.rpartition("-")
        if status in {"elect", "designate"}:  # 'the president' names the president-designate
            heads.add(office)
        former, _, post = head.partition("-")
        if former in FORMER_PREFIXES:  # 'the former dictator' is the ex-dictator
            heads.add(post)
    return heads


FORMER_PREFIXES = frozenset({"ex", "then"})
"""'ex-premier', 'then-President': a post held before, told as 'the former premier'."""


def in_words(word: str, words: set[str]) -> bool:
    """WORD is one of WORDS or one of their hyphenated parts ('based' of 'Kong-based')."""
    return word in words or any(word in w.split("-") for w in words if "-" in w)


WIRE_SERVICE_NAME = re.compile(r"\b(?:news|press) (?:agency|service)$|^(?:the )?associated press$")
"""A body whose own name says it is a news agency ('Yonhap News Agency', 'China News
Service', 'The Associated Press'): wire stories cite one in most reports ('told AFP',
'Xinhua reported'), and a reader wants to know what it is."""


def kind_in_name(organization: Entity) -> RoleFinding | None:
    """The role an organisation's own name gives it, when the text gives none: 'news agency'."""
    for mention in organization.mentions:
        if WIRE_SERVICE_NAME.search(mention.text.lower()):
            fired("org: its name says it is a news agency", mention.text)
            return RoleFinding("news agency", None, mention.span.sent.start_char)
    return None
