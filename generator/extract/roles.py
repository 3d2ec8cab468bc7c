"""Roles, titles and affiliations from the words around a name.

Heuristics, in order of reliability: a title before the name ("US Secretary of
State Antony Blinken"), an apposition after it ("Ryan Bohl, an analyst at ...
Rane"), a copula ("Smith is the chairman of ..."), and for organisations a
descriptor before or after the name ("the risk intelligence company Rane").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.apposed_posts import (
    describes_a_post,
    one_of,
    titles_the_next_name,
    town_and_state,
)
from generator.extract.hits import fired
from generator.extract.lexicon import TITLE_FILLERS, TITLE_HEADS
from generator.extract.names import is_honorific, is_title_word
from generator.extract.person_nouns import person_nouns
from generator.extract.post_phrases import (
    is_office,
    member_of,
    name_span_at,
    office_phrase,
    owner_name,
    without_appositions,
)
from generator.extract.sentences import who_clause, whole_words, words_whole
from generator.lemmas import lemma

AFFILIATION_PREPOSITIONS = {"at", "of", "for", "with", "from"}
MAX_ROLE_TOKENS = 8
POST_PREPOSITIONS = {"of", "to", "in"}
"""A post's own phrase with a named body: 'member of Hamas', 'ambassador to France'."""
# A relative is described through whose relative they are: "President Bush's son", not "son".
KINSHIP = {"son", "daughter", "wife", "husband", "widow", "brother", "sister", "father", "mother"}


def title_word_or_filler(token: Token) -> bool:
    if token.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} or token.lower_ in {
        "the",
        "a",
        "an",
    }:
        return False
    if is_title_word(token):
        return True
    if token.lower_ in TITLE_FILLERS:
        return True
    if token.ent_type_ in {"NORP", "GPE", "ORG"} and token.text[:1].isupper():
        return True
    return token.text[:1].isupper() and token.pos_ in {"PROPN", "ADJ", "NOUN"} and token.is_alpha


def tokens_text(tokens: list[Token], replace: dict[int, str] | None = None) -> str:
    """Tokens as the text wrote them ("Yeltsin's", "Secretary-General"), not space-joined, and
    each word whole ('ex-premier', 'vice-chairman': the tokenizer cuts at the hyphen, and the
    first part changes the post)."""
    written = {tokens[n].i: text for n, text in (replace or {}).items()}
    tokens = whole_words(tokens)
    out = []
    for n, token in enumerate(tokens):
        out.append(written.get(token.i, token.text))
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None:
            out.append(token.whitespace_ if following.i == token.i + 1 else " ")
    return words_whole("".join(out)).rstrip(" ,;:")  # a phrase's comma is no part of it


def singular(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith("s") and lowered[:-1] in TITLE_HEADS:
        return word[:-1]
    if lowered.endswith("men") and lowered[:-3] + "man" in TITLE_HEADS:
        return word[:-3] + "man"  # "vice chairmen", "spokesmen"
    return word


def phrase(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    return " ".join(text.split()).strip(" ,;:-")


def cut_at_hyphen(word: Token) -> bool:
    """A piece of a hyphenated word the tokenizer cut ('vice', '-', 'chairman')."""
    after = word.doc[word.i + 1].text if word.i + 1 < len(word.doc) else ""
    return "-" in (word.text, after) and not word.whitespace_


def tells_of_others(apposed: Token, name: Token) -> bool:
    """A plural apposition after one name tells of others, not of its post ('Besides Shalom,
    two other heavyweights, ...'); after names listed it is each one's ('A and B, both officers
    of X')."""
    listed = name.dep_ == "conj" or any(  # not the apposition the parse made a conjunct
        c.dep_ == "conj" and c.i != apposed.i for c in name.children
    )
    if apposed.tag_ in {"NNS", "NNPS"} and not listed:
        fired("role: a plural apposition is no one person's post", apposed.text, name.text)
        return True
    return False


def appositive_role(span: Span) -> tuple[str, Span | None] | None:
    """'Ryan Bohl, an analyst at the risk intelligence company Rane' -> analyst, Rane."""
    root = span.root
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        group = one_of(child)
        child = group or child
        if not describes_a_post(child) or titles_the_next_name(child):
            continue
        if group is None and tells_of_others(child, root):
            continue  # 'Besides Shalom, two other heavyweights, ...'
        if cut_at_hyphen(child):
            continue  # 'vice-chairman' cut in three: the last piece heads the role
        if any(t.pos_ in {"VERB", "AUX"} for t in span.doc[span.end : child.left_edge.i]):
            continue  # "Smith was a director of Radio X, the station ...": a clause between
            # means the parser hung a later noun on the name
        kept = {"amod", "compound", "nmod", "poss"} | (set() if group else {"nummod"})
        left = [  # not 'one of the three commissioners', nor 'a New Providence, N.J., consultant'
            t for t in child.lefts if t.dep_ in kept and not town_and_state(t)
        ]
        tokens = sorted([t for t in left for t in t.subtree] + [child], key=lambda t: t.i)
        for conj in (
            c for c in child.rights if c.dep_ == "conj" and is_title_word(c) and not c.ent_type_
        ):
            # "chairman and chief executive officer": the coordinated titles, not their "of ..." tail
            joined = sorted(
                (
                    t
                    for t in conj.subtree
                    if not any(
                        a.dep_ == "prep"
                        for a in [t, *t.ancestors]
                        if a.i >= conj.i and a is not conj
                    )
                ),
                key=lambda t: t.i,
            )
            tokens += [t for t in child.rights if t.dep_ == "cc"] + joined
        tokens = [t for t in tokens if t.i >= span.end]
        affiliation = None
        for prep in child.rights:
            if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPOSITIONS | POST_PREPOSITIONS:
                objects = [t for t in prep.children if t.dep_ == "pobj"]
                if prep.lower_ == "of" and objects and is_office(objects[0]):
                    post, affiliation = office_phrase(prep, objects[0])
                    tokens += post
                elif objects:
                    # 'Chairman of International Affairs Committee of Russia's parliament': the
                    # body the post is of, not the last name inside its phrase
                    own = name_span_at(objects[0])
                    own = own if own is not None and own.label_ != "PERSON" else None
                    named = [t for t in objects[0].subtree if name_span_at(t) is not None]
                    affiliation = own or (name_span_at(named[-1]) if named else None)
                    if affiliation is None or affiliation.label_ == "PERSON":
                        # "attorneys for Mr. Antar": a person object belongs to the role,
                        # not another name apposed to it ('a lawyer for the secretary, X')
                        tokens += [prep] + without_appositions(objects[0])
                        affiliation = None
                    elif prep.lower_ in POST_PREPOSITIONS and (
                        own is not None or named[-1].head.i == prep.i
                    ):
                        with_body = tokens + member_of(prep, affiliation)
                        if len(with_body) <= MAX_ROLE_TOKENS:
                            tokens = with_body
                break
        if affiliation is None:
            affiliation = owner_name(child)
        tokens += whole_words([child])  # 'vice-chairman', however the tokenizer cut it
        ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)  # each word once
        while ordered[0].dep_ == "det" and ordered[0].i != child.i:
            ordered.pop(0)  # "the agency's chief forecaster": no article before the role
        ages = [n for n, t in enumerate(ordered) if t.lower_ == "old" and t.i < child.i]
        if ages and ordered[ages[-1]].nbor(-1).text == "-":
            ordered = ordered[ages[-1] + 1 :]  # 'a 25-year-old Australian': an age is no role
        head = lemma(child) if group is not None else singular(child.text)
        role = tokens_text(ordered, {ordered.index(child): head})
        if role and len(role.split()) <= 8:
            return role, affiliation
    return None


COPULAS = {"is", "was", "are", "were", "be", "been", "remains", "became", "becomes"}


def copular_role(span: Span) -> tuple[str, Span | None] | None:
    """'Smith is the chairman of Acme' / 'Smith, who is the chairman' / 'as chairman'."""
    root = span.root
    head = root.head
    doc = span.doc
    subject = root.dep_ == "nsubj"
    if (
        root.dep_ == "appos"
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].dep_ == "ROOT"
    ):
        head, subject = (
            doc[span.end + 1],
            True,
        )  # "An Afghan refugee in Switzerland, Homira Atimadi, is a senior official"
    if subject and head.lower_ in COPULAS:
        for child in head.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN" and is_title_word(child):
                left = [t for t in child.lefts if t.dep_ in {"amod", "compound"}]
                tokens = sorted(
                    [t for left_child in left for t in left_child.subtree] + [child],
                    key=lambda t: t.i,
                )
                affiliation = None
                for prep in child.rights:
                    if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPOSITIONS:
                        objects = [t for t in prep.children if t.dep_ == "pobj"]
                        if objects:
                            affiliation = name_span_at(objects[0])
                            if affiliation is not None and prep.lower_ == "of":
                                tokens += member_of(prep, affiliation)
                return phrase(sorted(tokens, key=lambda t: t.i)), affiliation
    return None


def distribute_coordinated_modifiers(
    tokens: list[Token], span: Span, title_end: int
) -> list[Token]:
    """'Armenian and Azerbaijani Foreign Ministers A and B': A gets Armenian, B Azerbaijani."""
    words = [t.lower_ for t in tokens]
    if "and" not in words:
        return tokens
    k = words.index("and")
    if k != 1 or len(tokens) < 4 or not all(t.ent_type_ in {"NORP", "GPE"} for t in tokens[:3:2]):
        return tokens
    between = span.doc[title_end : span.start]
    position = sum(1 for t in between if t.lower_ == "and")
    chosen = tokens[0] if position == 0 else tokens[2]
    return [chosen] + tokens[3:]


def role_before_comma(span: Span) -> tuple[str, Span | None] | None:
    """'one of its top leaders, Ieng Sary', 'ICI's chairman, Sir Ronald Hampel', 'Russia's top
    negotiator in Chechnya, Ivan Rybkin': the role comes first, the name in apposition."""
    doc = span.doc
    start = span.start
    while start > 0 and is_honorific(doc[start - 1]):
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return None
    head = doc[start - 2]
    person = span.label_ == "PERSON"  # a person's noun is a person's: not 'a major exporter, X'
    post: list[Token] = []
    if (
        not is_title_word(head)
        and head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.tag_ == "IN"  # not 'leaders, including Varga, Lund': a list of them
    ):
        title = head.head.head  # "negotiator in Chechnya": the title before its phrase
        phrase_tokens = sorted((t for t in head.head.subtree if t.i <= head.i), key=lambda t: t.i)
        titled = is_title_word(title) or (person and described_person_noun(title))
        if titled and title.i < head.i and len(phrase_tokens) <= 4:
            post, head = phrase_tokens, title
    described = person and described_person_noun(head)
    if not (is_title_word(head) or described) or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    one_of = head.head.lower_ == "of" and head.head.head.lower_ == "one"  # 'one of its leaders, X'
    if head.tag_ == "NNS" and not one_of and not any(t.dep_ == "conj" for t in span.root.children):
        fired("role before comma: a plural before one name", head.text, span.sent.text[:120])
        return None  # 'Through his lawyers, Mr. Antar has denied': one person is no 'lawyers'
    kept = {"amod", "compound", "poss"} if head.lower_ in KINSHIP else {"amod", "compound"}
    left = [t for t in head.lefts if t.dep_ in kept]
    tokens = sorted(
        [t for left_child in left for t in left_child.subtree] + [head], key=lambda t: t.i
    )
    while tokens[0].tag_ == "POS":
        tokens = tokens[1:]  # "Swiss Re's German peer": the owner's mark without its owner
    if given_as(tokens[0]):
        return None
    role = tokens_text(tokens + post, {len(tokens) - 1: singular(head.text)})
    if not is_title_word(head):
        fired("role before comma: a described person noun", role, span.text)
    return role, None


def described_person_noun(noun: Token) -> bool:
    """'Lawson's successor, John Major', 'the registrar of the UN court, Adama Dieng': a noun
    for a person, singular and in lower case, whose phrase says whose or which one it is."""
    return (
        noun.tag_ == "NN"
        and noun.is_lower
        and noun.lower_ in person_nouns()
        and any(
            c.dep_ in {"poss", "amod", "compound"} or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children
        )
    )


def given_as(first: Token) -> bool:
    """'named A as Attorney General, B as ...': a title after an 'as' that hangs on a name or a
    verb is the name's before it; after 'his predecessor as' or 'such titans as' it is not."""
    doc = first.doc
    k = first.i - 1
    while k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if (
        k >= 1
        and doc[k].lower_ == "as"
        and doc[k - 1].lower_ != "well"
        and all(t.lower_ != "such" for t in doc[max(k - 4, 0) : k])  # 'such titans as'
        and doc[k].head.pos_ in {"PROPN", "VERB", "AUX"}  # not 'his predecessor as premier, X'
    ):
        fired("role: a title after 'as' is not the next name's", first.text)
        return True
    return False


def as_role(span: Span) -> tuple[str, Span | None] | None:
    """'referred to Hong Song-Nam as acting premier', 'Smith, as chairman, said': the title
    an 'as' phrase gives. A subject takes it only when the verb has no object of its own."""
    root = span.root
    own = title_as(root)  # 'named A as X, B as Y and C as Z': each name has its own
    if own is not None:
        fired("role: the name's own 'as' phrase", own, span.text)
        return own, None
    verb = root.head.head if root.dep_ == "pobj" else root.head
    relative = who_clause(root)
    if relative is not None and (
        lemma(relative) in SUCCEEDING or not any(c.dep_ == "dobj" for c in relative.children)
    ):
        title = title_as(relative)  # 'Wu, who works for the agency as a consultant,'
        if title is not None:
            fired("role: an 'as' phrase in the name's relative clause", title, span.text)
            return title, None
    if root.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    succeeding = lemma(verb) in SUCCEEDING
    if succeeding and root.dep_ == "dobj":
        return predecessors_title(verb)
    if root.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "dobj" for c in verb.children):
        if not (succeeding and root.dep_ == "nsubj"):  # the successor takes the 'as' title
            return None
    title = title_as(verb)
    return (title, None) if title is not None else None


SUCCEEDING = frozenset({"succeed", "replace"})
"""Verbs whose 'as' title is their subject's, taken from their object: 'Kane succeeded Mr. Taylor
as chairman', 'Marsh will replace Smith as president'."""


def predecessors_title(verb: Token) -> tuple[str, Span | None] | None:
    """'Kane succeeded Mr. Taylor as chairman': the one succeeded held the post before (and
    holds it still in 'Marsh will replace Smith as president')."""
    title = title_as(verb)
    if title is None:
        return None
    fired("role: whom someone succeeds as X held the post before", verb.sent.text)
    return (f"former {title}" if verb.tag_ in {"VBD", "VBN"} else title), None


def title_as(word: Token) -> str | None:
    """The title of an 'as' phrase the word governs: 'as acting premier'."""
    for prep in word.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        objects = [t for t in prep.children if t.dep_ == "pobj" and is_title_word(t)]
        if objects:
            title = objects[0]
            left = [t for t in title.lefts if t.dep_ in {"amod", "compound"}]
            tokens = sorted([t for c in left for t in c.subtree] + [title], key=lambda t: t.i)
            return tokens_text(tokens, {len(tokens) - 1: singular(title.text)})
    return None


APPOINTING = {
    "named",
    "elected",
    "appointed",
    "promoted",
    "chosen",
    "made",
    "nominated",
    "succeeded",
}


def appointed_role(span: Span) -> tuple[str, Span | None] | None:
    """'Smith was named vice chairman' / 'Smith, who was elected president of the group'."""
    root = span.root
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head  # "A, treasurer, and B were named vice chairmen"
    head = root.head
    relative = [c for c in root.children if c.dep_ == "relcl" and c.lower_ in APPOINTING]
    if relative:
        head = relative[0]  # "Smith, who was elected mayor in 1997, said"
    elif root.dep_ not in {"nsubjpass", "nsubj"} or head.lower_ not in APPOINTING:
        return None
    for child in head.children:
        if (
            child.dep_ in {"oprd", "attr", "xcomp", "dobj"}
            and child.pos_ in {"NOUN", "PROPN"}
            and is_title_word(child)
        ):
            tokens = sorted(
                [
                    t
                    for left_child in child.lefts
                    if left_child.dep_ in {"amod", "compound", "cc", "conj"}
                    for t in left_child.subtree
                ]
                + [child],
                key=lambda t: t.i,
            )
            return tokens_text(tokens, {tokens.index(child): singular(child.text)}), None
    return None


CHARGING = {"charged", "accused", "convicted", "indicted", "suspected", "acquitted", "sentenced"}


def charged_role(span: Span) -> tuple[str, Span | None] | None:
    """'Rudolph has been charged in the Birmingham bombing': what a person stands accused of is how the story knows them."""
    root = span.root
    head = root.head
    if root.dep_ != "nsubjpass" or head.lower_ not in CHARGING:
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    # 'convicted in state court of fraud': what of before where; 'charged in the bombing'
    for prep in sorted(preps, key=lambda p: (p.lower_ not in {"of", "with", "for"}, p.i)):
        if prep.lower_ in {"in", "with", "of", "for"}:
            if any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children):
                continue  # 'was convicted in 1991': when, not what of
            tokens = [head, *sorted(prep.subtree, key=lambda t: t.i)]
            tokens = [t for t in tokens if not t.is_quote]  # 'accused of "inciting sedition"'
            if len(tokens) <= 9:
                return tokens_text(tokens), None
    return None


def governor(token: Token) -> tuple[str, str, str]:
    """Where a phrase sits: its relation, the word it hangs on and that word's own head."""
    return token.dep_, token.head.lower_, token.head.head.lower_
