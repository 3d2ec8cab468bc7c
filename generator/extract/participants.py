"""Who a noun phrase of the parse is: one of the article's actors (by its name, a pronoun or a
description the text ties to it), or the phrase itself when the text names nobody. An event
keeps no agent rather than a wrong one: a pronoun resolves only to a person named shortly
before it, a description only to an actor whose role has that head word."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from generator.extract import genders
from generator.extract.ages import person_of_age
from generator.extract.capitals import capital_named
from generator.extract.described import Descriptions
from generator.extract.epithets import epithet_person
from generator.extract.gazetteer import gazetteer
from generator.extract.governments import Governments
from generator.extract.group_words import (
    bare,
    collective_phrase,
    groups_said,
    is_group_word,
    is_state_head,
    one_national,
    part_of_them,
    plural_of_persons,
)
from generator.extract.hits import fired
from generator.extract.known_names import KnownNames
from generator.extract.lexicon import MEMBER_HEADS, ORG_HEADS, OUTLET_KINDS
from generator.extract.names import NAME_LABELS, is_title_word
from generator.extract.owned_bodies import owned_body
from generator.extract.pairs import the_two
from generator.extract.phrases import RELATIVE_PRONOUNS, phrase
from generator.extract.pre_titles import titles_a_name
from generator.extract.quotations import quotations
from generator.extract.said_in import issuer, named_issuer, says_who
from generator.extract.sentences import doc_text, sentence_of, sentences_back
from generator.extract.subjects import (
    PERSON_PRONOUNS,
    agrees,
    conjuncts,
    enclosing_who,
    likeliest,
    object_clause_subject,
    previous_sayer,
    reported_before,
    saying_subject,
    says,
    subject_rank,
    trailing_source,
)
from generator.records import Entity, Participant

SAYER_PRONOUNS = frozenset({"it", "they", "he", "she"})
FIRST_PERSON = frozenset({"i", "we"})
NON_PERSON_PRONOUNS = frozenset({"it", "they"})
PRONOUN_REACH = 3
"""Sentences back that a pronoun may look for its person."""


class Participants:
    """Token-to-actor look-ups for one article, built once."""

    def __init__(
        self, doc: Doc, actors: list[Entity], places: list[Entity], here: Entity | None = None
    ) -> None:
        self.doc = doc
        self.here = here
        """The dateline's place: where the story's 'here' is."""
        self.actor_at: dict[int, Entity] = {}
        self.place_at: dict[int, Entity] = {}
        self.person_mentions: list[tuple[int, Entity, int]] = []
        """(token index, person, its subject_rank), in text order."""
        self.resolved_pronouns: set[int] = set()
        self.unsaid = (0, 0)
        self.quoted: list[tuple[int, int, Participant | None]] = []
        """The (start, end) offsets of each direct quote, with its speaker."""
        self.quotation_marks = [(start, end) for start, end, _ in quotations(doc_text(doc))]
        """The (start, end) offsets of all text in quotation marks, known before the quotes are."""
        for entity in actors:
            for m in entity.mentions:
                for i in range(m.span.start, m.span.end):
                    self.actor_at[i] = entity
                if entity.kind == "person":
                    self.person_mentions.append((m.span.start, entity, subject_rank(m.span.root)))
        for place in places:
            for m in place.mentions:
                for i in range(m.span.start, m.span.end):
                    self.place_at[i] = place
        self.person_mentions.sort(key=lambda mention: mention[0])
        self.actor_tokens = sorted(self.actor_at)
        self.actors = actors
        self.descriptions = Descriptions(doc, actors)
        self.known_names = KnownNames(actors)
        self.governments = Governments(doc, actors, places, self.actor_at)

    def may_describe(self, token: Token) -> bool:
        """Whether TOKEN may be a description of an actor ('the minister', 'the government')."""
        return self.descriptions.may_describe(token) or is_state_head(token)

    def actor_between(self, low: int, high: int) -> bool:
        """Whether a token from LOW to HIGH (inclusive) is part of an actor's name."""
        at = bisect.bisect_left(self.actor_tokens, low)
        return at < len(self.actor_tokens) and self.actor_tokens[at] <= high

    def resolve(self, token: Token) -> list[Participant]:
        """The actors (or unnamed doer) a phrase headed by TOKEN stands for, its conjuncts too."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(token.head.head)
        found: list[Participant] = []
        heads = [token, *conjuncts(token)]
        for head in heads:
            ones = self.governments.countries_governed(head) if is_state_head(head) else []
            ones = ones or the_two(self, head) or [self.resolve_one(head)]
            if ones == [None] and (head.lower_ == "they" or part_of_them(head)):
                ones = self.plural_antecedent(head)
            described = [one for one in ones if one is not None and not isinstance(one, Entity)]
            if described and titles_a_name(head, heads, self.is_person_at):
                fired("participants: a title before a name is no one else", head.text)
                continue  # 'BSA President and PBL vice chairman Vusi Mgobhozi': one person
            for one in ones:
                if one is not None and one not in found:
                    found.append(one)
        return found

    def plural_antecedent(self, pronoun: Token, before: bool = False) -> list[Participant]:
        """'Police seized a car bomb on Sunday. ... They arrested two men': they is the nearest
        plural subject before it, in its sentence or the one before, or a pair of actors its own
        sentence names ('forcing Colombia and Peru to decide whether they'); none if unclear.
        BEFORE: only in the sentence before ('The real culprits, they said, are ...')."""
        earliest, own = self.sentence_start(pronoun, 1), self.sentence_start(pronoun, 0)
        for token in reversed(self.doc[earliest : own if before else pronoun.i]):
            # a subject, or a pair of actors in its own sentence ('the fighting between the sect
            # and the gang began as they competed')
            while token.dep_ == "conj" and token.head.i < token.i:
                token = token.head  # the pair's first word, which has the others as conjuncts
            pair = token.i >= own and self.all_actors([token, *conjuncts(token)])
            if not pair and (token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ == "PRON"):
                continue
            if token.i < own and trailing_source(token) and not says(pronoun):
                fired("participants: they is not the source before", token.sent.text)
                continue
            if token.tag_ not in {"NNS", "NNPS"} and not conjuncts(token):
                continue
            group = is_group_word(token) or plural_of_persons(token.lower_)
            if not (token.i in self.actor_at or group or conjuncts(token)):
                return []  # 'the remains of the rebels': not who acts
            found = [
                p for p in self.resolve(token) if isinstance(p, Entity) or collective_phrase(p)
            ]
            if found:
                fired("participants: they is the plural subject before", pronoun.text, str(found))
            return found
        return []

    def all_actors(self, tokens: list[Token]) -> bool:
        return len(tokens) > 1 and all(t.i in self.actor_at for t in tokens)

    def speaker(self, token: Token, quoted: tuple[int, int] = (0, 0)) -> Participant | None:
        """Who says what TOKEN, a saying verb's subject, says ('the statement added' is the
        ministry's that 'said in a statement' before); no one named in the QUOTED words (token
        range) is the 'he' who says them ('"... President Fujimori ...," he was quoted')."""
        self.unsaid = quoted
        try:
            return self.said_by(token)
        finally:
            self.unsaid = (0, 0)

    def said_by(self, token: Token) -> Participant | None:
        """Who says what TOKEN says: a document speaks for its issuer; 'they' with no one quoted
        before, the group the sentence before named (its first, where it names a pair: a quote has
        one speaker, while an event's doers take the pair through `resolve`)."""
        issued_by = issuer(token)
        named = named_issuer(token) if issued_by is None else None
        if named is not None and named.i in self.place_at and named.dep_ == "pobj":
            named = None  # 'reports from Mogadishu': where they come from
        found = self.resolve_one(named) if named is not None else None
        if isinstance(found, Entity) or (isinstance(found, str) and says_who(found, named)):
            return found  # 'a statement from EADS', 'from the health ministry'
        found = self.resolve_one(token if issued_by is None else issued_by)
        if found is None and token.lower_ == "they":  # 'Police detained him. They claimed ...'
            found = next(iter(self.plural_antecedent(token, before=True)), None)
            if found is not None:
                fired("participants: they who speak are a group named before", token.sent.text)
        return found

    def resolve_one(self, token: Token) -> Participant | None:
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve_one(token.head.head)
        if one_national(token) and (person := self.last_person(token)) is not None:
            fired("participants: 'the Malaysian' is who 'he' would be", token.sent.text)
            return person
        entity = self.named(token)
        if entity is not None:
            return entity
        if token.pos_ == "PRON":
            if token.lower_ in FIRST_PERSON:
                return self.quoting(token)
            sayer = saying_subject(token)
            said_by = self.resolve_one(sayer) if sayer is not None else None
            pair = sayer is not None and any(c.dep_ == "conj" for c in sayer.children)
            if token.lower_ in SAYER_PRONOUNS and said_by and (agrees(token, said_by) or pair):
                if self.quote_speaker(token) == said_by:  # '"... and they have been running
                    # away," he said': in their own words a speaker is 'I' or 'we'
                    fired("participants: a speaker's own words name others", token.text)
                    return None
                fired("participants: pronoun is the speaker", token.text, sentence_of(token).text)
                return said_by
            if token.lower_ in NON_PERSON_PRONOUNS and says(token):
                return previous_sayer(  # '"...," it said' after 'the report said': the issuer's
                    token, self.sentence_start(token, PRONOUN_REACH), self.said_by
                )
            return self.pronoun(token) or self.unnamed_person(token)
        aged = person_of_age(token, self.actors, self.last_person)
        if aged is not None:  # 'the 29-year-old'
            return aged
        if token.pos_ in {"NOUN", "PROPN"}:
            found = owned_body(token, self.actors) or self.descriptions.resolve(token)
            found = found or epithet_person(token, self.last_person)
            return found or self.same_group(token) or phrase(token)
        return None

    def same_group(self, token: Token) -> Participant | None:
        """'Peruvian troops stormed the residence ... the troops freed 71 hostages': a group word
        alone that the text said earlier with whose it is (a nationality, country or body) is
        that group, or the body whose name it ends ('the Israel Defense Forces ... the forces'),
        when the earlier one is the only such ('rebel troops' are no one's said before). Further
        back than a pronoun reaches, only a doer is ('at least 64 soldiers have been killed'
        after 'US soldiers'; not the object of 'Greece promised 700 troops')."""
        if token.tag_ != "NNS" or not is_group_word(token) or not bare(token):
            return None
        earlier = groups_said(
            self.doc[self.sentence_start(token, PRONOUN_REACH) : token.i], token, self.named
        )
        if not earlier and token.dep_ in {"nsubj", "nsubjpass"}:
            earlier = groups_said(self.doc[: token.i], token, self.named)
            if len(earlier) == 1:
                fired("participants: a group doer said long before", token.sent.text)
        if len(earlier) != 1:
            return None
        group = earlier[0]
        fired("participants: a group said again is the group said first", token.text, str(group))
        return group

    def named(self, token: Token) -> Entity | None:
        """The actor whose name the phrase is, or whose name it is apposed to ('the minister,
        Shen Guofang'), or the actor a governing head stands for ('the Chinese government')."""
        if token.i in self.actor_at:
            return self.person_titled_by(token) or self.actor_at[token.i]
        if apposed := [c for c in token.children if c.dep_ == "appos" and c.i in self.actor_at]:
            return self.actor_at[apposed[0].i]  # 'the Bafana coach, Pitso Mosiamne,': not Bafana
        governed = self.governments.countries_governed(token) if is_state_head(token) else []
        if governed:  # 'the Chinese government', 'the Bush administration'
            return governed[0]
        for child in token.children:
            if child.dep_ == "compound" and self.is_person_at(child.i):
                # 'Pentagon spokesman Kenneth Bacon' parsed as a title
                return self.actor_at[child.i]
            if child.dep_ != "compound" or child.i not in self.actor_at:
                continue
            if any(t.lower_ not in OUTLET_KINDS for t in self.doc[child.i + 1 : token.i]):
                continue  # 'the Anatolia news agency', not 'the UN refugee agency' (UNHCR)
            body = self.actor_at[child.i]
            if token.lower_ in ORG_HEADS:
                fired("participants: a body named before its kind", child.text, token.text)
                return body  # 'the Sinn Fein party', 'the Hamas movement'
            if (
                token.lower_ in MEMBER_HEADS
                and body.kind == "organization"
                and not is_a_people(body)
            ):
                fired("participants: a body's fighters act for it", child.text, token.text)
                return body  # 'Hamas militants fired', not 'Tutsi rebels' for the Tutsi
        if is_state_head(token):
            return None
        return self.titled(token) or self.surname_of(token) or self.known_names.actor(token)

    def person_titled_by(self, token: Token) -> Entity | None:
        """'Israel Defense Forces (IDF) Chief of Staff Dan Halutz rejected ...', parsed as the
        body with the person apposed to it without a comma: the body and the title are the
        person's, who is the one named."""
        if self.is_person_at(token.i):
            return None
        for child in token.children:
            between = token.doc[token.i + 1 : child.left_edge.i]  # only its short name: '(IDF)'
            loose = [t for t in between if t.is_punct and t.text not in "()"]
            if child.dep_ == "appos" and self.is_person_at(child.i) and not loose:
                fired("participants: a body's title before a person", token.sent.text)
                return self.actor_at[child.i]
        return None

    def surname_of(self, token: Token) -> Entity | None:
        """'hoped to visit Fujimori', the model's label on 'Fujimori' no name's: the one person of
        the story with that surname, or given name ('Meles, who said ...' is Meles Zenawi; the
        tagger may read it as a plural noun)."""
        if token.pos_ not in {"PROPN", "NOUN"} or token.ent_type_ in NAME_LABELS:
            return None
        if not token.is_title or any(c.dep_ == "compound" for c in token.children):
            return None
        people = [
            a
            for a in self.actors
            if a.kind == "person" and token.text in (a.name.split()[-1], a.name.split()[0])
        ]
        if len(people) != 1 or len(people[0].name.split()) < 2:
            return None
        fired("participants: a surname the model gave no person's label", token.text)
        return people[0]

    def titled(self, token: Token) -> Entity | None:
        """'Egyptian Minister of Trade and Industry Rachid Mohamed Rachid, who signed': the
        person a title is of, where the parse hung the name inside the title's phrase."""
        if not is_title_word(token) or token.tag_ in {"NNS", "NNPS"}:
            return None
        if any(c.dep_ == "det" for c in token.children):
            return None  # 'the minister of trade': someone the text may name elsewhere
        last = token
        for t in token.doc[token.i + 1 : token.right_edge.i + 1]:
            if t.is_punct or t.pos_ in {"VERB", "AUX", "PRON"}:
                break  # the title's phrase ends: '..., who signed'
            last = t
        if not self.is_person_at(last.i) or last.i == token.i:
            return None
        person = self.actor_at[last.i]
        holds = any(token.lower_ in r.role.lower().split() for r in person.roles)
        if last.dep_ == "pobj" and not holds:
            return None  # 'spokesman for President X': not X, unless the title is X's own
        fired("participants: a title's person inside its phrase", token.sent.text)
        return person

    def is_person_at(self, i: int) -> bool:
        return i in self.actor_at and self.actor_at[i].kind == "person"

    def add_quote(self, start: int, end: int, speaker: Participant | None) -> None:
        self.quoted.append((start, end, speaker))

    def in_quote(self, token: Token) -> bool:
        """Inside a direct quote, which may run over several sentences."""
        return any(start <= token.idx < end for start, end, _ in self.quoted)

    def quote_speaker(self, token: Token) -> Participant | None:
        """The speaker of the direct quote TOKEN is in, if any."""
        return next((who for start, end, who in self.quoted if start <= token.idx < end), None)

    def quoting(self, pronoun: Token) -> Entity | None:
        """'"We hope the exhibition will ...," said Cai Wu': I or we in a direct quote is its
        speaker."""
        speaker = self.quote_speaker(pronoun)
        if not isinstance(speaker, Entity):
            return None
        fired("participants: I or we in a quote is its speaker", pronoun.text, speaker.name)
        return speaker

    def pronoun(self, token: Token) -> Entity | None:
        """He or she: the last person named within a few sentences before it, preferably a clause's
        subject ('Nhek Bunchhay, who had searched for Howes, said he ...'), never its own verb's
        doer; it then counts as a mention ('She says ...' after 'She says ...' carries on)."""
        if token.lower_ not in PERSON_PRONOUNS:
            return None
        best = self.last_person(token)
        who = enclosing_who(token)  # 'Carlos Giusti, who died after he was shot': Giusti
        named = self.resolve_one(who) if who is not None else None
        if isinstance(named, Entity) and named.kind == "person":
            fired("participants: he in a clause on someone is that someone", token.sent.text)
            best = named
        if best is not None and self.quote_speaker(token) is best:
            fired("participants: he in a quote is not its speaker", token.sent.text)
            best = self.last_person(token, skip=best)  # '"He won," Zhumabekov said'
        told = reported_before(token)  # 'Chiefs of Daryam had been sacked, he added': not Daryam
        if best is not None and told is not None and self.only_in(best, told, token.i):
            other = self.last_person(token, skip=best)  # 'X is to start work, he said': X
            if other is not None:
                fired("participants: he who says it is no one in what he says", token.sent.text)
                best = other
        subject = object_clause_subject(token)  # 'Mobutu ... replaced him': not Mobutu
        if best is not None and subject is not None and self.resolve_one(subject) is best:
            fired("participants: him is not his own verb's doer", token.sent.text)
            best = self.last_person(token, skip=best)
        if best is not None and token.i not in self.resolved_pronouns:
            self.resolved_pronouns.add(token.i)
            mention = (token.i, best, subject_rank(token))
            bisect.insort(self.person_mentions, mention, key=lambda m: m[0])
        return best

    def only_in(self, person: Entity, span: tuple[int, int], before: int) -> bool:
        """Whether PERSON is named in SPAN and nowhere else in its sentence before token BEFORE
        (one who says a thing does not name himself in it: 'a warrant against Kengo, he said')."""
        named = [at for at, who, _ in self.person_mentions if who is person and at < before]
        starts = [at for at in named if at >= sentence_of(self.doc[before]).start]
        return bool(starts) and all(span[0] <= start < span[1] for start in starts)

    def last_person(self, token: Token, skip: Participant | None = None) -> Entity | None:
        """The person a pronoun at TOKEN most likely stands for: of the people named within a
        few sentences before it (not SKIP), the last who was a clause's subject, else the last;
        in one sentence, its main clause's subject before a subordinate one's ('Har-Shefi
        acknowledged that Rabin was a traitor. She said ...': Har-Shefi)."""
        earliest = self.sentence_start(token, PRONOUN_REACH)
        men = genders.called_men(token.lower_, self.doc, self.person_mentions, token.i)
        candidates = [
            (start, entity, rank)
            for start, entity, rank in self.person_mentions
            if earliest <= start < token.i
            and entity is not skip
            and not self.unsaid[0] <= start < self.unsaid[1]
            and genders.not_a_woman(token.lower_, self.doc, start, entity)
            and id(entity) not in men
        ]
        narrative = not any(start <= token.idx < end for start, end in self.quotation_marks)
        marked = [c for c in candidates if genders.told_woman(token.lower_, self.doc, c[0], c[1])]
        # in its own sentence the syntax decides, unless she says it ('Mottaki will visit, she said')
        own = sentence_of(token).start if not says(token) else token.i
        if marked and candidates[-1][0] < own:
            found = likeliest(marked, token, narrative)
            fired("participants: she is the one the text says is a woman", token.sent.text)
            return found
        found = likeliest(candidates, token, narrative)
        # with no one found, the caller looks for the unnamed one itself (unnamed_person)
        unnamed = genders.unnamed_person(token, earliest, self.quotation_marks) if found else None
        if genders.someone_instead(unnamed, found, candidates, token):
            fired("participants: he or she is the one a word for them names", token.sent.text)
            return self.descriptions.resolve(unnamed)  # 'his wife said' after naming her
        return found  # '"...," the ministry spokeswoman said. The minister will ..., she said'

    def unnamed_person(self, token: Token) -> Participant | None:
        """'A Shiite woman testified ... she said': the woman, as the text names her, or the
        actor a description names ('his wife said' -> the wife the text named before)."""
        start = self.sentence_start(token, PRONOUN_REACH)
        unnamed = genders.unnamed_person(token, start, self.quotation_marks)
        return (self.descriptions.resolve(unnamed) or phrase(unnamed)) if unnamed else None

    def sentence_start(self, token: Token, back: int) -> int:
        return sentences_back(token, back, self.quotation_marks)

    def place(self, tokens: list[Token]) -> Entity | None:
        for token in tokens:
            if token.i in self.place_at:
                return self.place_at[token.i]
            capital = capital_named(token, self.place_at.values())
            if capital is not None:
                return capital
        return None


def is_a_people(entity: Entity) -> bool:
    """'Rwandan Tutsi', 'Burundian Hutu': a people the model took for a body, a nationality first."""
    return gazetteer().country_of_demonym(entity.name.split()[0]) is not None
