"""A role in the words after a name and a comma, where the parse made no apposition of them:
"Smith, chairman and chief executive officer of Acme, said", "Jeffrey Maurer, 42, who is
executive vice president", and the second of two names the role follows; and the role every
name of a list after a plural shares ("three Soviet astronauts, Valery Kubasov, Leonid Popov
and Valery Riumin")."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.group_words import person_singular
from generator.extract.hits import fired
from generator.extract.names import entity_at, is_title_word
from generator.extract.post_phrases import is_office, name_span_at, office_phrase
from generator.extract.roles import (
    AFFILIATION_PREPOSITIONS,
    singular,
    tells_of_others,
    tokens_text,
)
from generator.extract.sentences import owns_next


def coordinated_comma_role(span: Span) -> tuple[str, Span | None] | None:
    """'Justin Feldman and Jack Arseneault, attorneys for Mr. Antar': the first name shares the role."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != "and":
        return None
    other = entity_at(doc[span.end + 1])
    if other is None or other.label_ != "PERSON":
        return None
    return comma_role(other)


def comma_role(span: Span) -> tuple[str, Span | None] | None:
    """'Smith, chairman and chief executive officer of Acme, said': an apposition the parser missed."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return None
    tokens = []
    for token in doc[span.end + 1 : span.end + 16]:
        if token.text in {",", ".", ";", "(", ")"} or token.is_sent_start:
            break
        tokens.append(token)
    if tokens and tokens[0].like_num:
        # "Jeffrey Maurer, 42, who is executive vice president": an age, then the role
        k = span.end + 1 + len(tokens)
        if k + 1 < len(doc) and doc[k].text == ",":
            tokens = []
            for token in doc[k + 1 : k + 16]:
                if token.text in {",", ".", ";", "(", ")"} or token.is_sent_start:
                    break
                tokens.append(token)
    if (
        len(tokens) > 2
        and tokens[0].lower_ == "who"
        and tokens[1].lower_ in {"is", "was", "has been", "becomes", "became"}
    ):
        tokens = tokens[2:]
        while tokens and tokens[0].tag_ == "RB":
            tokens = tokens[1:]  # 'who is also chairman of the party': the post, not 'also'
    if (
        not tokens
        or tokens[0].is_quote  # '... wounding Hadi," police officer X said': the quote ended
        or tokens[0].lower_ in {"who", "which", "that", "said", "says"}
        or tokens[0].tag_ in {"WP", "WP$", "WDT"}  # 'X, whom President Y brought in'
        or tokens[0].like_num
        or tokens[0].tag_ == "CC"  # '..., and Alex King landed two penalties': no apposition
    ):
        return None
    while tokens and tokens[0].lower_ in {"a", "an", "the", "as"}:
        tokens = tokens[1:]
    titled = [  # not "the pope's guide": a title whose holder owns the role is another's
        n for n, t in enumerate(tokens) if is_title_word(t) and not owns_next(t)
    ]
    if not titled or any(t.pos_ in {"VERB", "AUX"} for t in tokens[: titled[-1]]):
        return None
    if tells_of_others(tokens[titled[0]], span.root):
        return None  # 'As well as Chirac, about 20 heads of state ...': others, not his post
    end = titled[-1] + 1
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.ent_type_ == "PERSON":
        return None  # 'Halutz, Peretz and Prime Minister Ehud Olmert': the title is Olmert's
    last = tokens[titled[-1]]
    if after is not None and last.head == after and after.pos_ == "NOUN":
        fired("comma role: the title word modifies a noun after it", tokens_text(tokens, {}))
        return None  # 'Goma, the chief town of North Kivu': a town, not a chief
    affiliation = None
    replace = {titled[-1]: singular(tokens[titled[-1]].text)}
    of = tokens[end] if end < len(tokens) and tokens[end].lower_ == "of" else None
    offices = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if of is not None and offices and is_office(offices[0]):
        post, affiliation = office_phrase(of, offices[0])
        role = tokens_text(tokens[:end] + post, replace)
        if len(role.split()) <= 8:
            return role, affiliation
    if end < len(tokens) and tokens[end].lower_ in AFFILIATION_PREPOSITIONS:
        rest = tokens[end + 1 :]
        named = [t for t in rest if name_span_at(t) is not None]
        if named:
            affiliation = name_span_at(named[0])
            if affiliation is not None and affiliation.label_ == "PERSON":
                # "attorney for Mr. Antar": the person is part of the role, not an affiliation
                end = min(len(tokens), affiliation.end - tokens[0].i)
                affiliation = None
    role = tokens_text(tokens[:end], replace)
    return (role, affiliation) if len(role.split()) <= 8 else None


def listed_role(span: Span) -> tuple[str, Span | None] | None:
    """'three Soviet astronauts, Valery Kubasov, Leonid Popov and Valery Riumin', 'The Chronicle
    reporters, Mark Fainaru-Wada and Lance Williams': each name of a list apposed to a plural of
    persons is one of them (not 'the victims, Anneli Alderton': one name is no list)."""
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    head = first.head
    if first.dep_ != "appos" or head.i > first.i or head.tag_ != "NNS":
        return None
    if not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in first.children):
        return None
    one = singular(head.text) if is_title_word(head) else person_singular(head.lower_)
    if one is None:
        return None
    words = [t for c in head.lefts if c.dep_ in {"amod", "compound"} for t in c.subtree]
    words = sorted(words, key=lambda t: t.i) + [head]
    fired("role: one of the persons a list names", head.text, span.text)
    role = tokens_text(words, {len(words) - 1: one})
    if words[0].is_sent_start and words[0].pos_ != "PROPN":  # 'Defenders: X, Y': a defender
        role = role[:1].lower() + role[1:]
    return role, None
