"""Who a description stands for: 'the minister' is the actor with that role, 'the commission'
the organisation whose name ends with it ('the European Commission'), when the words before it
agree ('the central bank' is not the Islamic bank named before)."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc, Token

from generator.extract.actors import affiliations, span_entity
from generator.extract.descriptions import in_words, role_heads
from generator.extract.hits import fired
from generator.extract.lexicon import ORG_HEADS, SAYING_VERBS, STANCE_VERBS, STATE_HEADS, SUB_BODIES
from generator.extract.names import told_or_cited
from generator.extract.subjects import saying_subject
from generator.lemmas import lemma
from generator.records import Entity

TITLE_SYNONYMS = (("prime minister", "premier"), ("premier", "prime minister"))
"""Two names of one office: 'Prime Minister Ibrahim Jaafari ... said the premier'."""


def with_synonyms(role: str) -> str:
    """ROLE, and the other name of an office it names: 'Deputy Prime Minister and deputy
    premier'."""
    lower = role.lower()
    others = [
        lower.replace(name, other)
        for name, other in TITLE_SYNONYMS
        if re.search(rf"\b{name}\b", lower) and not re.search(rf"\b{other}\b", lower)
    ]
    return " and ".join([role, *others])


class Descriptions:
    """The role and name words of one article's actors, built once."""

    def __init__(self, doc: Doc, actors: list[Entity]) -> None:
        self.actors = actors
        posts = {  # each role with the office's other name: 'Prime Minister and premier'
            entity.id or entity.name: [with_synonyms(r.role) for r in entity.roles]
            for entity in actors
        }
        self.roles = {  # an 'ex-premier' is a former one
            key: {w for role in roles for w in re.sub(r"\bex-", "former ex-", role.lower()).split()}
            for key, roles in posts.items()
        }
        self.role_heads = {
            key: {h for role in roles for h in role_heads(role)} for key, roles in posts.items()
        }
        self.name_heads = {entity.id or entity.name: name_head(entity) for entity in actors}
        self.lead_end = next((s.end for s in doc.sents if any(t.pos_ == "VERB" for t in s)), 0)
        self.words = set().union(*self.roles.values(), *self.name_heads.values()) | TOP_WORDS
        lead_subjects = [
            (m.span.start, e)
            for e in actors
            if "company" in self.name_heads[e.id or e.name]
            for m in e.mentions
            if m.span.end <= self.lead_end and m.span.root.dep_ in {"nsubj", "nsubjpass"}
        ]
        self.lead_company = min(lead_subjects, key=lambda s: s[0])[1] if lead_subjects else None
        """The company a story's lead is about: its first named company that is a subject."""

    @cached_property
    def members(self) -> list[tuple[Entity, list[Entity]]]:
        """Each titled person with the bodies the text names them with (made only when a story
        says 'the UN chief')."""
        return [
            (entity, list(affiliations(entity, self.actors)))
            for entity in self.actors
            if entity.kind == "person" and entity.roles
        ]

    def may_describe(self, token: Token) -> bool:
        return token.lower_ in self.words

    def head_of_body(self, token: Token) -> Entity | None:
        """'The UN chief', 'the US leader', 'the IAEA chief said': the one person the text gives a
        role in the body or country named before the word ('UN Secretary-General Kofi Annan',
        'Director General of the IAEA Mohamed ElBaradei'); a former one only for 'the former'."""
        if token.lower_ not in TOP_WORDS or token.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
        bodies = [c for c in modifiers if c.ent_type_ in {"ORG", "GPE", "NORP"}]
        body = (
            span_entity(token.doc[bodies[0].i : bodies[0].i + 1], self.actors) if bodies else None
        )
        if body is None:
            return None
        former = any(c.lower_ in FORMER for c in modifiers)
        people = [
            person
            for person, bodies_of in self.members
            if any(b is body or (b.key and b.key == body.key) for b in bodies_of)
            and any(leads(r.role) for r in person.roles)
            and former == any(w in FORMER for r in person.roles for w in r.role.lower().split())
        ]
        if len(people) != 1:
            return None
        fired(
            "participants: the head of a body is its one titled person", token.text, people[0].name
        )
        return people[0]

    def resolve(self, token: Token) -> Entity | None:
        """'The minister', 'China's foreign minister': the last actor named before it whose role
        has this head word, or the only one in the article with it (a lead names its people by
        role before their names: 'China's foreign minister on Saturday tried ...')."""
        definite = any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
            for c in token.children
        )
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        if not (definite or indefinite):
            return None
        word = token.lower_
        head = self.head_of_body(token) or self.company_speaking(token) or self.body_speaking(token)
        if head is not None:
            return head
        kinds = [  # 'the central bank' is not the Islamic bank named before
            c.lower_
            for c in token.children
            if c.dep_ in {"amod", "compound"}
            and c.ent_type_ not in {"NORP", "GPE"}
            and not c.is_punct  # the hyphen of 'the anti-foreigner party'
        ]
        holders = [  # 'the army' is not the 'Army chief', nor 'the trial' the 'trial judge'
            e
            for e in self.actors
            if word in self.role_heads.get(e.id or e.name, set())
            and all(
                in_words(k, self.roles[e.id or e.name]) or k in e.name.lower().split()
                for k in kinds
            )
        ]
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"} and not c.is_punct]
        named = [  # 'the commission' after 'the European Commission', not 'the Swiss one'
            e
            for e in self.actors
            if word in self.name_heads[e.id or e.name]
            and e not in holders
            and all(m.lower_ in e.name.lower().split() for m in modifiers)
        ]
        if not named and word in COMPANY_WORDS and describes_a_company(token):
            # 'the Dallas oil and gas concern said': the company the story is about
            named = [e for e in [self.lead_company] if e is not None and e not in holders]
            if named:
                fired("participants: a company described is the lead's", token.text, named[0].name)
        if named:
            fired("participants: a body named again by its kind", token.text, named[0].name)
        holders += named
        if definite:
            best, best_start = None, -1
            for entity in holders:
                starts = [m.span.start for m in entity.mentions if m.span.start < token.i]
                if starts and max(starts) > best_start:
                    best, best_start = entity, max(starts)
            if best is not None:
                return best
            bare = all(c.dep_ == "det" for c in token.children)  # not 'the Times's newspaper'
            source = self.news_source(token) if word in OUTLETS and bare else None
            if source is not None:  # 'the newspaper', not 'the business daily X'
                return source
        if len(holders) != 1:
            return None
        # an indefinite one is someone the text names beside it ('a spokesman, Abu Abir,') or, in
        # the lead, later ('An American leader of a U.N. team resumed work'); after the lead it is
        # someone new ('an Iraqi official, speaking on condition of anonymity, said')
        apposed = token.dep_ == "appos" or any(  # 'an analyst at Investec, Bruce Evers'
            t.dep_ == "appos" or (t.dep_ == "conj" and t.ent_type_ == "PERSON")
            for t in token.subtree
        )
        if not (definite or apposed or token.i < self.lead_end):
            fired("participants: an indefinite one after the lead is someone new", token.sent.text)
            return None
        return holders[0]

    def company_speaking(self, token: Token) -> Entity | None:
        """'Upjohn said the company would cut 1,100 jobs', 'Intel told analysts that the company
        will resume shipments': a company that says what 'the company' in its own reported clause
        does is that company (not another named before it)."""
        if token.lower_ not in COMPANY_WORDS or not any(c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ != "det" for c in token.lefts) and not describes_a_company(token):
            return None  # 'the parent company', 'the first company to ...'
        subject = saying_subject(token)
        speaker = (
            span_entity(token.doc[subject.i : subject.i + 1], self.actors) if subject else None
        )
        if speaker is None or speaker.kind != "organization":
            return None
        fired("participants: the company a company says something of is itself", token.sent.text)
        return speaker

    def body_speaking(self, token: Token) -> Entity | None:
        """'A spokesman for the Popular Resistance Committees said the movement would avenge
        ...': a bare body's word in what one who speaks for a body says is that body."""
        if token.lower_ not in SPEAKERS_BODIES or any(c.dep_ != "det" for c in token.lefts):
            return None  # 'the government' a minister speaks of is the state, not their office
        if not any(c.lower_ == "the" for c in token.children) or token.ent_type_:
            return None
        subject = saying_subject(token)
        if subject is None:
            return None
        bodies = [
            span_entity(token.doc[o.i : o.i + 1], self.actors)
            for p in subject.children
            if p.dep_ == "prep" and p.lower_ in {"for", "of"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        person = span_entity(token.doc[subject.i : subject.i + 1], self.actors)
        if person is not None and person.kind == "person":
            bodies += list(affiliations(person, self.actors))
        bodies = [b for b in bodies if b is not None and b.kind == "organization"]
        if len(bodies) != 1:
            return None
        fired("participants: a body's word in what its speaker says is that body", token.sent.text)
        return bodies[0]

    def news_source(self, token: Token) -> Entity | None:
        """'The newspaper said' after 'the China Youth Daily reported' or 'quoted by the Straits
        Times': the body last named as a source of news before it."""
        best, best_start = None, -1
        for entity in self.actors:
            if entity.kind != "organization":
                continue
            for mention in entity.mentions:
                root = mention.span.root
                reports = root.dep_ == "nsubj" and lemma(root.head) in REPORTING
                # 'quoted by the daily', not 'told AFP' (the wire's) nor 'according to the ministry'
                cited = root.dep_ == "pobj" and told_or_cited(root, according=False)
                if best_start < mention.span.start < token.i and (reports or cited):
                    best, best_start = entity, mention.span.start
        if best is not None:
            fired("participants: the outlet is the source last named", token.text, best.name)
            return best
        return self.only_paper_before(token)

    def only_paper_before(self, token: Token) -> Entity | None:
        """'The Hindustan Times said ... The newspaper added': the one organisation named before
        TOKEN as the subject of a saying verb whose name is a newspaper's ('... Times', '... Daily',
        '... Shimbun'), not 'NTT DoCoMo said', a company's statement a paper reports."""
        papers = {
            id(entity): entity
            for entity in self.actors
            if entity.kind == "organization" and set(entity.name.lower().split()) & MASTHEAD_WORDS
            for m in entity.mentions
            if m.span.start < token.i
            and m.span.root.dep_ == "nsubj"
            and lemma(m.span.root.head) in SAYING_VERBS | STANCE_VERBS
        }
        if len(papers) != 1:
            return None
        only = next(iter(papers.values()))
        fired("participants: the outlet is the one paper that said anything", token.text, only.name)
        return only


SPEAKERS_BODIES = ORG_HEADS - STATE_HEADS - SUB_BODIES
"""Words for a whole body ('the movement', 'the airline'): not the state a minister speaks of
('the government'), nor a part of the body ('the committee' a company's spokeswoman names)."""
OUTLETS = frozenset({"newspaper", "paper", "daily", "weekly", "tabloid", "magazine"})
"""Words for a news outlet: 'the newspaper' is the one the story last cited ('the agency' may
be a government's)."""
MASTHEAD_WORDS = frozenset(
    {"times", "post", "daily", "news", "journal", "herald", "tribune", "gazette", "shimbun"}
    | {"ilbo", "mail", "telegraph", "guardian", "chronicle", "express", "mirror", "observer"}
    | {"standard", "globe", "independent", "inquirer", "monitor", "weekly"}
)
"""Words of newspapers' names ('Hindustan Times', 'Apple Daily', 'Nihon Keizai Shimbun')."""
REPORTING = frozenset({"report", "quote", "write", "cite", "carry"})
"""What an outlet does ('the Times reported'); anyone says, and a ministry publishes findings."""
TOP_WORDS = frozenset({"chief", "leader", "head", "boss"})
"""Words for whoever leads a body, whatever the title: 'the UN chief' is its Secretary-General."""
FORMER = frozenset({"former", "ex", "then"})
TOP_TITLES = frozenset(
    {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "pope"}
    | {"leader", "chief", "head", "boss", "chairman", "chairwoman", "chairperson", "chair"}
    | {"director", "governor", "mayor", "commander", "coach", "manager"}
)
"""Titles of whoever leads a body ('Prime Minister', 'Secretary-General' too); not a deputy's."""


def leads(role: str) -> bool:
    """'Iraqi President', 'UN Secretary-General', 'Prime Minister': a title that heads its body,
    not 'Defense Secretary' nor 'Vice President'."""
    words = set(role.lower().replace("-", " ").split())
    if words & {"vice", "deputy", "assistant", "acting"}:
        return False
    general = "general" in words and bool(words & {"secretary", "director"})
    return bool(words & TOP_TITLES) or general or {"prime", "minister"} <= words


COMPANY_SUFFIXES = frozenset({"ag", "bhd", "co", "corp", "inc", "llc", "ltd", "nv", "plc", "sa"})
"""'Chiron Corp.', 'Navigation Mixte S.A.': a company's name; 'the company' after it is it."""
COMPANY_WORDS = frozenset({"company", "concern", "firm", "maker"})
"""What any company is called, with where it is and what it makes: 'the Dallas oil and gas
concern said' in a story whose lead is about 'Coda Energy Inc.'."""
RELATED_COMPANIES = frozenset({"parent", "sister", "rival", "partner", "target", "other"})
"""'The parent company', 'the rival firm': another company than the one named before."""


def describes_a_company(head: Token) -> bool:
    """'The Dallas oil and gas concern', 'the El Paso, Texas, maker': words that say where a
    company is and what it makes or does, nothing that makes it another one ('the parent
    company', 'its rival')."""
    words = [
        t
        for child in head.lefts
        if child.dep_ != "det"
        for t in child.subtree
        if t.is_alpha and t.pos_ not in {"CCONJ", "PUNCT"}
    ]
    return bool(words) and all(
        t.lower_ not in RELATED_COMPANIES
        and t.dep_ != "poss"
        and (t.ent_type_ in {"GPE", "LOC"} or t.pos_ == "NOUN")
        for t in words
    )


def name_head(entity: Entity) -> set[str]:
    """'the task force' after 'the Essex County task force', 'the commission' after 'the
    European Commission', 'the company' after 'Chiron Corp.': the kind of body an organisation's
    name ends with, or opens its 'of' with, describes it."""
    words = entity.name.lower().replace(".", "").split()
    if entity.kind != "organization" or len(words) < 2:
        return set()
    if words[-1] in COMPANY_SUFFIXES:
        return {"company"}
    # 'the ministry' after 'the Ministry of Health', 'the bank' after 'the Bank of Korea'
    before_of = [w for w, after in zip(words, words[1:]) if after in {"of", "for"}][:1]
    return {w for w in [words[-1], *before_of] if w in ORG_HEADS}
