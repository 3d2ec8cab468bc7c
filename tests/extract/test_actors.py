"""Actor and place rules on sentences written for the tests (all names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from generator.articles import read_article
from generator.extract.mentions import find_mentions
from generator.extract.person_roles import person_role
from generator.extract.sheet import analyse, nlp_text


def sheet_for(nlp, tmp_path: Path, body: str, name: str = "a.txt") -> dict:
    path = tmp_path / name  # 'a.md' reads a front matter (a publication date)
    path.write_text(body, encoding="utf-8")
    article = read_article(path, tmp_path)
    return analyse(article, nlp(nlp_text(article))).sheet


def actors(sheet: dict) -> dict[str, dict]:
    return {a["name"]: a for a in sheet["actors"]}


def named_in(sheet: dict) -> list[str]:
    """Every actor's and place's name in a sheet."""
    return [a["name"] for a in sheet["actors"]] + [p["name"] for p in sheet["places"]]


@pytest.mark.parametrize(
    "body, name, role, affiliation",
    [
        (
            "US Secretary of State Maria Lindqvist hosted the talks on Monday.",
            "Maria Lindqvist",
            "US Secretary of State",
            "United States",
        ),
        (
            "The talks were chaired by Prime Minister Tomas Berg of Norway.",
            "Tomas Berg",
            "Prime Minister",
            None,
        ),
        (
            "Helen Marsh, an analyst at the consultancy Harbor Point Advisors, said the deal was fragile.",
            "Helen Marsh",
            "analyst",
            "Harbor Point Advisors",
        ),
        (
            "Austrian Environment Minister Katrin Albrecht opened the meeting.",
            "Katrin Albrecht",
            "Austrian Environment Minister",
            "Austria",
        ),
        # the country an ambassador serves in is no part of the name, nor the affiliation
        (
            "Polish Ambassador to Kenya Marek Dolny said on Tuesday the embassy would reopen.",
            "Marek Dolny",
            "Polish Ambassador to Kenya",
            "Poland",
        ),
        (
            "The minister met Swedish Ambassador to Chile Anna Lindgren here on Friday.",
            "Anna Lindgren",
            "Swedish Ambassador to Chile",
            "Sweden",
        ),
        # one of a group of people with a post or calling: the group says the role
        (
            "Tomas Berg, one of Norway's top chess players, won the final on Sunday.",
            "Tomas Berg",
            "Norway's top chess player",
            None,
        ),
        (
            "Brazilian envoy to Angola Paulo Mendes praised the accord.",
            "Paulo Mendes",
            "Brazilian envoy to Angola",
            "Brazil",
        ),
        # a name before 'and' is another participant, even when taken for a body's name
        (
            "The envoy will meet with Varga and Prime Minister Tomas Berg on Friday.",
            "Tomas Berg",
            "Prime Minister",
            None,
        ),
        # the post's owner is its affiliation
        (
            "Anna Lindgren, Norway's secretary of state for fisheries and trade, said the quota would stay.",
            "Anna Lindgren",
            "Norway's secretary of state",
            "Norway",
        ),
        # the body the post is of, not the last name in its phrase
        (
            "Paulo Mendes, chairman of the Harbour Development Committee of Portugal's lower house, said the port would open.",
            "Paulo Mendes",
            "chairman of the Harbour Development Committee",
            "Harbour Development Committee",
        ),
        (
            "Marek Dolny, head of the government's Coastal Policy Unit, said the report was late.",
            "Marek Dolny",
            "head of the government's Coastal Policy Unit",
            "Coastal Policy Unit",
        ),
        # a nationality in the office's words is whose office it is, not another body's name
        (
            "Marek Dolny, head of the Polish delegation, said the talks went well.",
            "Marek Dolny",
            "head of the Polish delegation",
            "Poland",
        ),
        (  # a body after a place it is based in
            "Taro Ikeda, president of the Peruvian subsidiary of Osaka-based Kansai Electric Corp., "
            "arrived on Monday.",
            "Taro Ikeda",
            "president of the Peruvian subsidiary",
            "Kansai Electric Corp.",
        ),
        (
            "There were calls for the resignation of several leaders, including Varga, Lund and Prime Minister Tomas Berg.",
            "Tomas Berg",
            "Prime Minister",
            None,
        ),
        (
            "There were calls for the resignation of several leaders, including Varga, Lund and Prime Minister Tomas Berg.",
            "Lund",
            None,
            None,
        ),
        # the head of a noun phrase before the title is no part of it
        (
            "The summit was based on the initiative former Finnish President Anna Lindgren took in 1994.",
            "Anna Lindgren",
            "former Finnish President",
            "Finland",
        ),
        # a relative clause after the comma gives no role
        (
            "Ivan Petrov, whom President Olga Sand appointed last year, resigned on Monday.",
            "Ivan Petrov",
            None,
            None,
        ),
    ],
)
def test_roles_and_affiliations(
    nlp, tmp_path: Path, body: str, name: str, role: str | None, affiliation: str | None
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "person"
    assert found[name]["role"] == role
    if affiliation:
        assert found[name]["affiliation"] == affiliation


def test_title_led_coordinated_names_are_recovered_with_their_own_modifier(
    nlp, tmp_path: Path
) -> None:
    body = "Blinken hosted the Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov on Monday."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Ararat Mirzoyan"]["role"] == "Armenian Foreign Minister"
    assert found["Jeyhun Bayramov"]["role"] == "Azerbaijani Foreign Minister"


def test_a_treaty_or_a_law_is_no_actor(nlp, tmp_path: Path) -> None:
    """A treaty's, a convention's or a law's name, and the acronym the text defines for it, name
    a text, not an actor; a body named 'Programme' is one."""
    body = (
        "Iran will not quit the Non-Proliferation Treaty (NPT), Foreign Minister Ali Karimi "
        "said on Monday. The NPT allows peaceful nuclear work. The World Food Programme "
        "sent aid under the Convention on International Trade in Endangered Species."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert not {"Non-Proliferation Treaty", "NPT"} & set(found)
    assert not any("Convention" in name for name in found)
    assert "World Food Programme" in found and "Ali Karimi" in found


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "Anna Berg chairs a group called the Regional Working Group on Rural Schools.",
            "Regional Working Group on Rural Schools",
        ),
        (
            "According to the Economic Commission for Western Asia, exports slowed.",
            "Economic Commission for Western Asia",
        ),
        (
            "The head of the Varn Forum for Dialogue met the minister on Monday.",
            "Varn Forum for Dialogue",
        ),
        ("The UN Security Council on Thursday adopted a statement.", "UN Security Council"),
        (  # another body after 'for' is no part of the name
            "The bid came before a deadline fixed by the British Takeover Panel for Deutsche Bank "
            "to make an offer.",
            "British Takeover Panel",
        ),
    ],
)
def test_a_body_s_name_goes_on_with_what_it_is_for(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    assert name in actors(sheet_for(nlp, tmp_path, body))


def test_a_kings_name_is_no_surname_of_another_person(nlp, tmp_path: Path) -> None:
    """A monarch goes by a given name: 'King Hussein' is not Saddam Hussein, and the bare name
    after him is the king's."""
    body = (
        "Iraq's Saddam Hussein sought peace with Iran. Jordan's King Hussein flew to "
        "Washington. Hussein will meet the president on Thursday."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Saddam Hussein"]["mentions"] == 1
    assert found["Hussein"]["mentions"] == 2


def test_surname_merges_into_full_name(nlp, tmp_path: Path) -> None:
    body = "Helen Marsh spoke first. Later Marsh said the plan would work. Ms. Marsh left at noon."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert list(found) == ["Helen Marsh"]
    assert found["Helen Marsh"]["mentions"] == 3


def test_capitals_acting_for_governments_are_the_country(nlp, tmp_path: Path) -> None:
    body = (
        "Yerevan and Baku accused each other of breaking the truce. Washington brokered the deal."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert {"Armenia", "Azerbaijan", "United States"} <= set(found)
    assert "Yerevan" in found["Armenia"]["aliases"]
    assert not any(a["type"] == "person" for a in found.values())


def test_a_country_the_model_takes_for_a_person_is_the_country(nlp, tmp_path: Path) -> None:
    body = "Nepal's King Gyanendra sacked the government on Tuesday."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Nepal"]["type"] == "country"
    assert found["Gyanendra"]["type"] == "person"


def test_city_where_something_happens_is_a_place(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(nlp, tmp_path, "The ministers met in Vienna on Monday to discuss the river.")
    assert "Vienna" in {p["name"] for p in sheet["places"]}
    assert "Vienna" not in actors(sheet)


@pytest.mark.parametrize(
    "body, place",
    [
        ("The storm was hovering in the Bay of Bengal on Friday.", "Bay of Bengal"),
    ],
)
def test_a_place_name_the_model_cut_or_ran_on_is_whole(
    nlp, tmp_path: Path, body: str, place: str
) -> None:
    assert place in {p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]}


def test_a_name_cut_after_of_the_goes_on_into_the_next(nlp) -> None:
    """The model sometimes ends a name at 'of the' and starts another after it."""
    from generator.extract.names import entities

    doc = nlp("Troops served in Bosnia and the Democratic Republic of the Congo.")
    start = next(t.i for t in doc if t.text == "Democratic")
    doc.ents = [Span(doc, start - 1, start + 4, "GPE"), Span(doc, start + 4, start + 5, "GPE")]
    assert [e.text for e in entities(doc)] == ["the Democratic Republic of the Congo"]


@pytest.mark.parametrize(
    "text, cuts, whole",
    [
        # the model's cuts at a lower-case particle, as it makes them on wire stories
        (
            "President Jose Eduardo dos Santos left.",
            ["Jose Eduardo", "Santos"],
            "Jose Eduardo dos Santos",
        ),
        (
            "Premier Maria do Carmo Silveira left.",
            ["Maria do", "Carmo Silveira"],
            "Maria do Carmo Silveira",
        ),
        ("Riots hit Mar del Plata on Friday.", ["Mar", "del Plata"], "Mar del Plata"),
        ("Riots hit Mar del Plata on Friday.", ["Mar"], "Mar del Plata"),
        ("It was Dupont de facto who led.", ["Dupont"], "Dupont"),
    ],
)
def test_a_name_cut_at_its_particle_is_whole(nlp, text: str, cuts: list[str], whole: str) -> None:
    from generator.extract.names import entities

    doc = nlp(text)
    label = "GPE" if "Mar" in text else "PERSON"
    spans = []
    for cut in cuts:
        start = text.index(cut)
        spans.append(doc.char_span(start, start + len(cut), label=label))
    doc.ents = spans
    assert [e.text for e in entities(doc)] == [whole]


@pytest.mark.parametrize(
    "body, relation",
    [
        ("The ministers vowed to lift South-South trade to a new level in Vienna.", "South-South"),
        ("Work on the North-South motorway near Graz starts in May.", "North-South"),
        ("Austria-Hungary relations warmed in Vienna on Monday.", "Austria-Hungary"),
    ],
)
def test_countries_or_points_joined_by_a_hyphen_are_no_place(
    nlp, tmp_path: Path, body: str, relation: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert relation not in {p["name"] for p in sheet["places"]} | set(actors(sheet))


@pytest.mark.parametrize(
    "body, word",
    [
        ("The storm hit the east coast on Monday.", "east coast"),
        ("Fishermen said the boats would leave the gulf on Monday.", "gulf"),
    ],
)
def test_a_place_without_a_capital_letter_is_no_place(
    nlp, tmp_path: Path, body: str, word: str
) -> None:
    names = {p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]}
    assert not any(word in name for name in names), names


def test_a_place_labelled_name_a_body_word_names_is_an_organisation(nlp, tmp_path: Path) -> None:
    body = "The exodus from the region of 40 workers was announced Friday by the aid agency Oxfam International."
    sheet = sheet_for(nlp, tmp_path, body)
    assert actors(sheet)["Oxfam International"]["type"] == "organization"
    assert "Oxfam International" not in {p["name"] for p in sheet["places"]}


@pytest.mark.parametrize(
    "body, name",
    [
        ("Helen Marsh met leaders of the opposition Zajedno coalition in Linz.", "Zajedno"),
        ("The report was carried by Mehr news agency on Monday.", "Mehr"),
    ],
)
def test_a_place_labelled_name_on_a_body_s_word_is_that_body(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert actors(sheet)[name]["type"] == "organization"
    assert name not in {p["name"] for p in sheet["places"]}


def test_a_place_s_government_leaves_it_a_place(nlp, tmp_path: Path) -> None:
    body = "Police said the Lanzhou city government closed the schools."
    assert "Lanzhou" in {p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]}


@pytest.mark.parametrize(
    "agentive, locative, moved",
    [(True, False, True), (True, True, False), (False, False, False)],
)
def test_a_place_that_acts_under_an_organisations_first_words_is_it(
    nlp, agentive: bool, locative: bool, moved: bool
) -> None:
    """'America West would not say' beside 'America West Airlines'; not 'in Jenin' beside
    'Jenin Refugee Camp'."""
    from generator.extract.actors import absorb_org_named_places
    from generator.records import Entity, NameMention

    doc = nlp("Prairie West Airlines lost money. Prairie West would not say why.")
    org = Entity("organization", "Prairie West Airlines")
    org.mentions.append(NameMention(doc[0:3], "Prairie West Airlines", "organization"))
    place = Entity("place", "Prairie West")
    place.mentions.append(NameMention(doc[6:8], "Prairie West", "place", None, agentive, locative))
    places = absorb_org_named_places({"prairie west": place}, [org])
    assert ("prairie west" not in places) == moved
    assert len(org.mentions) == (2 if moved else 1)


@pytest.mark.parametrize(
    "text, moved",
    [
        # the company's name without its legal form, acting
        ("Tarvik Corp. lost money. Tarvik, New York, would not say why.", True),
        # a town and its state before the noun they locate: the town
        ("Tarvik Corp. lost money. The Tarvik, N.Y., maker would not say why.", False),
    ],
)
def test_a_place_named_as_a_company_without_its_legal_form_is_it(
    nlp, text: str, moved: bool
) -> None:
    from generator.extract.actors import absorb_org_named_places
    from generator.records import Entity, NameMention

    doc = nlp(text)
    at = next(t.i for t in doc if t.text == "Tarvik" and t.i > 2)
    org = Entity("organization", "Tarvik Corp.")
    org.mentions.append(NameMention(doc[0:2], "Tarvik Corp.", "organization"))
    place = Entity("place", "Tarvik")
    place.mentions.append(NameMention(doc[at : at + 1], "Tarvik", "place", None, True, False))
    places = absorb_org_named_places({"tarvik": place}, [org])
    assert ("tarvik" not in places) == moved


def test_a_saint_in_a_place_name_is_no_honorific(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(nlp, tmp_path, "The minister flew to St. Petersburg on Monday.")
    assert "St. Petersburg" in {p["name"] for p in sheet["places"]}
    assert "Petersburg" not in actors(sheet)


def test_acronym_defined_in_text_merges(nlp, tmp_path: Path) -> None:
    body = (
        "The Northern Rivers Commission (NRC) met on Monday. The Northern Rivers Commission said quotas were needed. "
        "The NRC will meet again in May."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert "Northern Rivers Commission" in found
    assert "NRC" in found["Northern Rivers Commission"]["aliases"]
    assert "NRC" not in found


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("halvard", "halvard corp", True),
        ("danubia", "danubia news agency", True),
        ("northern rivers", "northern rivers party", True),
        ("northern rivers", "northern rivers general assembly", False),  # a body within it
        ("senate", "senate foreign relations committee", False),
        ("danubia", "danubia population fund", False),
    ],
)
def test_a_name_s_first_words_are_its_short_form_but_not_a_body_within_it(
    short: str, long: str, same: bool
) -> None:
    from generator.extract.clusters import is_short_form

    assert is_short_form(short, long) is same


def test_a_company_named_with_its_legal_form_is_not_its_units_short_form(
    nlp, tmp_path: Path
) -> None:
    """'Varden S.A.' is a whole name, not the start of 'Varden Coatings U.K. Ltd.'; and the bare
    'Varden' is the company of that very name, not the unit."""
    body = (
        "Varden S.A., a French chemical maker, is making a bid for Coates Brothers PLC. Varden"
        " said the bid would be made through Varden Coatings U.K. Ltd., its British unit."
        " Varden will fund the deal."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Varden S.A."]["role"] == "French chemical maker"
    assert found["Varden S.A."]["mentions"] >= 2
    assert found["Varden Coatings U.K. Ltd."]["role"] == "British unit"
    assert found["Varden Coatings U.K. Ltd."]["mentions"] == 1


def test_a_name_apposed_to_the_title_inside_anothers_role_holds_that_title(
    nlp, tmp_path: Path
) -> None:
    """'Tomas Berg, a lawyer for the company's chairman, Peter Holt': Holt is the chairman, and
    Berg's role stops before Holt's name."""
    body = "Tomas Berg, a lawyer for the company's chairman, Peter Holt, said the deal was fair."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Tomas Berg"]["role"] == "lawyer for the company's chairman"
    assert found["Peter Holt"]["role"] == "chairman"


def test_dateline_agency_is_not_an_actor(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(
        nlp, tmp_path, "MOSCOW (AP) _ Helen Marsh said on Friday the talks had failed."
    )
    assert "AP" not in actors(sheet)
    assert any(p["name"] == "Moscow" for p in sheet["places"])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Police arrested six men. (sp/eml)\n", "(sp/eml)"),
        ("The court ruled on Friday. The ruling, 3rd graf pvs.", "The ruling, 3rd graf pvs."),
        (
            "It was built in 1947. UR The agency, 4th graf pvs (pvs/ji)",
            "UR The agency, 4th graf pvs",
        ),
    ],
)
def test_the_desks_codes_are_blanked_and_offsets_kept(text: str, code: str) -> None:
    from generator.extract.wire_codes import blank_wire_codes

    blanked = blank_wire_codes(text)
    assert len(blanked) == len(text)
    assert code not in blanked and blanked.strip() == text[: text.index(code)].strip()


def test_words_in_brackets_are_no_desk_code() -> None:
    from generator.extract.wire_codes import blank_wire_codes

    text = "The firm said its and/or clause (see above/below) stays. The third graph shows it."
    assert blank_wire_codes(text) == text


def test_a_desk_code_makes_no_event(nlp, tmp_path: Path) -> None:
    body = "Helen Marsh rejected the objections on Friday. The decision, 3rd graf pvs."
    sheet = sheet_for(nlp, tmp_path, body)
    assert all("graf" not in e["evidence"] and e["did"] != "pvs" for e in sheet["events"])


def test_the_datelines_date_is_a_time_expression_but_not_a_story_date(nlp, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "By Li Ming\n\nMACAO, Nov. 2 (Xinhua) -- Helen Marsh said on Wednesday the talks failed.",
        encoding="utf-8",
    )
    article = read_article(path, tmp_path)
    extraction = analyse(article, nlp(nlp_text(article)))
    dates = [(m.text, m.value) for m in extraction.mentions if m.kind == "date"]
    assert "Nov. 2" in [text for text, _ in dates], dates
    assert "Nov. 2" not in {d["text"] for d in extraction.sheet["dates"]}
    assert "By Li Ming" not in extraction.sheet["summary"]


@pytest.mark.parametrize(
    "body, word",
    [
        (
            "The plant closed on Monday.\n\nCigarettes were sold out, Helen Marsh said.",
            "Cigarettes",
        ),
        ("The budget passed.\n\nSchools will get more money, Helen Marsh said.", "Schools"),
        (  # read as a proper noun, but the story writes it in lower case too
            "Riot police fired tear gas on Monday. Later riot police withdrew, Helen Marsh said.",
            "Riot",
        ),
        (  # the model's person, but a one-word name modifies no common noun
            "Riot police were deployed around the court in Harlow, Helen Marsh said.",
            "Riot",
        ),
        (  # the first word after the quotation mark that opens a sentence
            'The malaria season began. "Malaria has serious implications on all aspects of our'
            ' lives," Helen Marsh said.',
            "Malaria",
        ),
        (  # the model's 'person' with no capital letter
            '"Preparations are at an advanced stage with multiparty liaison committees now '
            'functional in the districts to attend to issues about the elections," Helen Marsh '
            "said.",
            "multiparty liaison committees",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_actor(
    nlp, tmp_path: Path, body: str, word: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert word not in found and "Helen Marsh" in found


@pytest.mark.parametrize(
    ("word", "tag"), [("Speaks", "VBZ"), ("Supporting", "VBG"), ("Based", "VBN")]
)
def test_a_verb_opening_a_sentence_is_no_name(word: str, tag: str) -> None:
    """'Speaks Arabic and French.', 'Based in Vienna, ...': the model may label the verb a name."""
    import spacy
    from spacy.tokens import Doc, Span

    from generator.extract.no_names import common_word_opening

    words = [word, "in", "Vienna", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=[tag, "IN", "NNP", "."])
    doc[0].is_sent_start = True
    assert common_word_opening(Span(doc, 0, 1, label="PERSON"))


@pytest.mark.parametrize(
    ("word", "names"),
    [
        ("Nationwide", False),
        ("Heavily", False),
        ("Unofficial", False),
        ("Nice", True),  # a town the gazetteer knows
        ("Pan", True),  # a word the tables know as a verb may be a surname: 'Pan said'
    ],
)
def test_a_word_english_uses_only_as_a_modifier_opening_a_sentence_is_no_name(
    word: str, names: bool
) -> None:
    """'Nationwide, ...', 'Heavily armed ...': tagged a proper noun, still no name; a town that
    shares its name with an adjective ('Nice') is one, and so is a surname that is a verb."""
    import spacy
    from spacy.tokens import Doc, Span

    from generator.extract.no_names import common_word_opening

    words = [word, ",", "Varnland", "has", "18,000", "candidates", "."]
    tags = ["NNP", ",", "NNP", "VBZ", "CD", "NNS", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags)
    doc[0].is_sent_start = True
    assert common_word_opening(Span(doc, 0, 1, label="GPE")) is not names


def test_a_country_the_model_left_unlabelled_is_an_actor(nlp, tmp_path: Path) -> None:
    found = actors(sheet_for(nlp, tmp_path, "Nepal held talks with the rebels on Monday."))
    assert found["Nepal"]["type"] == "country"


@pytest.mark.parametrize(
    "body, recovered",
    [
        ("Meanwhile Nepal held talks with the rebels.", ["Nepal"]),
        ("The talks were held in South Africa on Monday.", ["South Africa"]),
        # not inside a longer name, a compound or a currency
        ("Cricket South Africa will discuss the tour.", []),
        ("The Muslim Council of Britain backed the plan.", []),
        ("China-Bulgaria ties are growing.", []),
        ("The tickets cost 10 Singapore dollars.", []),
    ],
)
def test_country_names_recovered_where_the_model_labelled_none(
    nlp, body: str, recovered: list[str]
) -> None:
    from generator.extract.name_spans import recover_countries

    assert recovered_names(nlp, body, recover_countries) == recovered


def test_a_body_the_model_left_unlabelled_is_known_by_its_description(nlp, tmp_path: Path) -> None:
    body = "Ericsson, the Swedish network supplier, said on Monday it would open a plant in Harlow."
    ericsson = actors(sheet_for(nlp, tmp_path, body))["Ericsson"]
    assert (ericsson["type"], ericsson["role"]) == ("organization", "Swedish network supplier")


@pytest.mark.parametrize(
    "body, recovered",
    [
        ("Kelvaro, the world's seventh largest computer maker, reported a loss.", ["Kelvaro"]),
        (
            "In 1994 Dravik Tools, a state-owned corporation, diverted machine tools.",
            ["Dravik Tools"],
        ),
        # not a title, nor a name the model runs on before a bracket
        ("President, the party's leader, spoke.", []),
        ("Saltmere Holdings (Private) Limited, a farming company, has bought it.", []),
    ],
)
def test_bodies_recovered_by_the_description_after_their_name(
    nlp, body: str, recovered: list[str]
) -> None:
    from generator.extract.name_spans import recover_described_orgs

    assert recovered_names(nlp, body, recover_described_orgs) == recovered


def recovered_names(nlp, body: str, recover) -> list[str]:  # type: ignore[no-untyped-def]
    """What RECOVER finds in BODY as if the model had labelled nothing."""
    doc = nlp(body)
    doc.ents = []
    return [span.text for span in recover(doc)]


def test_nationality_adjective_is_not_an_actor(nlp, tmp_path: Path) -> None:
    found = actors(
        sheet_for(nlp, tmp_path, "The Armenian delegation arrived late, Helen Marsh said.")
    )
    assert "Armenian" not in found


def test_a_people_that_acts_is_a_group(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(
        nlp,
        tmp_path,
        "Hutu rebels attacked a camp near Goma on Monday. The Hutus fled into the forest "
        "and the Kurds voted, while nine other Kurds were arrested. Attacks on Muslims rose.",
    )
    found = actors(sheet)
    assert found["Hutus"]["type"] == "group"
    assert found["Kurds"]["type"] == "group"
    assert "Hutu" not in found  # the word for one of them names nobody
    assert "Muslims" not in found  # only acted on: the setting, not an actor


def test_a_partys_members_are_the_party(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(
        nlp,
        tmp_path,
        "The Democratic Party won the vote on Monday, and Democrats celebrated in Vienna.",
    )
    found = actors(sheet)
    assert "Democrats" not in found
    assert "Democrats" in found["Democratic Party"]["aliases"]


def test_numbers_say_what_they_count(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(
        nlp, tmp_path, "The war forced thousands from their homes and killed nearly 30,000 people."
    )
    numbers = {n["value"]: n for n in sheet["numbers"]}
    assert numbers["nearly 30,000"]["what"] == "people killed"


def test_quote_has_its_speaker(nlp, tmp_path: Path) -> None:
    body = 'Helen Marsh spoke to reporters. "We cannot wait for another dry season," Marsh said.'
    sheet = sheet_for(nlp, tmp_path, body)
    quote = sheet["quotes"][0]
    assert quote["kind"] == "direct"
    assert quote["text"] == "We cannot wait for another dry season"  # the comma is the writer's
    assert quote["speaker"] == "helen-marsh"


def test_repeated_sentences_get_distinct_event_ids(nlp, tmp_path: Path) -> None:
    sentence = "Helen Marsh met Peter Novak in Vienna on Monday."
    sheet = sheet_for(nlp, tmp_path, f"{sentence}\n\n{sentence}\n")
    ids = [f["id"] for f in sheet["events"]]
    assert len(ids) == len(set(ids)) == 2


@pytest.mark.parametrize(
    "body, name, role",
    [
        (  # a hyphenated title whole, however the tokenizer cut it
            "Tao Li, vice-chairman of the plant's information bureau, said the plan is ready.",
            "Tao Li",
            "vice-chairman of the plant's information bureau",
        ),
        (  # a capital that only opens the sentence is not the role's
            "Former finance minister Karl Weber spoke on Monday, and a former aide agreed.",
            "Karl Weber",
            "former finance minister",
        ),
        (  # a rank after a title is how the name is addressed, not part of the role
            "Orvanian supreme leader Ayatollah Karim Dastani spoke on Friday.",
            "Karim Dastani",
            "Orvanian supreme leader",
        ),
        (  # but a title of two words stays whole
            "UN Secretary General Tomas Berg arrived in Vienna on Friday.",
            "Tomas Berg",
            "UN Secretary General",
        ),
        (  # a time before a title is no part of it
            "Later that month Orvanian leader Tomas Berg told reporters he had no plans.",
            "Tomas Berg",
            "Orvanian leader",
        ),
        (  # a title that ends in 'of the' and a common noun, right before the name
            '"We regret it," said another deputy director of the tournament Li Wen on Tuesday.',
            "Li Wen",
            "deputy director of the tournament",
        ),
        (  # and the body's word that ends it makes the name no body's
            "The chairman of the board Peter Novak resigned on Monday.",
            "Peter Novak",
            "chairman of the board",
        ),
        (
            "Walter Brennan, chairman and chief executive officer of Harbor Point Advisors, said profits rose.",
            "Walter Brennan",
            "chairman and chief executive officer",
        ),
        (
            "Walter Brennan was named vice chairman of the bank on Monday.",
            "Walter Brennan",
            "vice chairman",
        ),
        (
            "The deal was signed by Prime Minister Tomas Berg and Helen Marsh.",
            "Tomas Berg",
            "Prime Minister",
        ),
        (
            "Minister Tomas Berg's spokesman Pavel Novak said the talks had ended.",
            "Pavel Novak",
            "Tomas Berg's spokesman",
        ),
        (
            "Walter Brennan, 42, who is executive vice president, will take over the unit.",
            "Walter Brennan",
            "executive vice president",
        ),
        (
            "The group split after the defection of one of its top leaders, Anton Weller.",
            "Anton Weller",
            "top leader",
        ),
        (
            "Helen Marsh and Walter Brennan, attorneys for Mr. Okafor, declined to comment.",
            "Helen Marsh",
            "attorney for Mr. Okafor",
        ),
        (
            "Presidents Tomas Berg of Norway and Pavel Novak of Slovakia signed the plan.",
            "Pavel Novak",
            "President",
        ),
        (
            "Helen Marsh, 54, treasurer, and Walter Brennan, 58, who runs the fund unit, were named vice chairmen.",
            "Walter Brennan",
            "vice chairman",
        ),
        (
            "Helen Marsh, 54, treasurer, and Walter Brennan, 58, who runs the fund unit, were named vice chairmen.",
            "Helen Marsh",
            "treasurer",
        ),
        (
            "The rebels, including Walter Brennan, his top military commander, fled the capital.",
            "Walter Brennan",
            "top military commander",
        ),
        (
            "A refugee in Norway, Lina Okafor, is a senior official of the aid group. Ms. Okafor says the camps are full.",
            "Lina Okafor",
            "senior official",
        ),
        (
            "Walter Brennan has already been charged in the Lakeside bombing.",
            "Walter Brennan",
            "charged in the Lakeside bombing",
        ),
        (  # a time phrase opening the sentence is no charge
            "In 1991 Walter Brennan was convicted of fraud.",
            "Walter Brennan",
            "convicted of fraud",
        ),
        (  # the quotation mark of words quoted in the charge is no part of the role
            'The warrant came after Walter Brennan was accused by Prime Minister Ana Ruiz of "inciting'
            ' sedition."',
            "Walter Brennan",
            "accused of inciting sedition",
        ),
        (
            "The minister was told on Monday by Berg's son, Erik, that the deal was off.",
            "Erik",
            "Berg's son",
        ),
        (
            "An American leader of a U.N. weapons inspection team resumed work on Friday. Dirk Halvorsen led his team on a tour of three sites, spokesman Alan Dacey said.",
            "Dirk Halvorsen",
            "American leader of a U.N. weapons inspection team",
        ),
        (
            "Rebels said they would return the remains of a Danish mine removal expert. The army hopes to recover the remains of Walter Brennan this week.",
            "Walter Brennan",
            "Danish mine removal expert",
        ),
        # a title with its own phrase, right before the name
        (
            "The plan was opposed by Norwegian ambassador in Austria Tomas Berg and two senators.",
            "Tomas Berg",
            "Norwegian ambassador in Austria",
        ),
        (
            "Director of the FBI Louis Freeh said the case was closed.",
            "Louis Freeh",
            "Director of the FBI",
        ),
        (  # the body's short name in brackets between the title and the name
            "Chairman of the Electoral Board of Norland (EBN) Peter Vasko said the count was over.",
            "Peter Vasko",
            "Chairman of the Electoral Board of Norland",
        ),
        (
            "Critics of the bill included opposition MP Darius Venn, who left early.",
            "Darius Venn",
            "opposition MP",
        ),
        (
            "Foreign Minister Ana Ferreira met her Slovenian counterpart, Tomas Krall, on Friday.",
            "Tomas Krall",
            "Slovenian counterpart",
        ),
        (  # the body named whole, 'of' and all
            "Secretary General of the Union of Alpine States Pierre Dumont said the talks failed.",
            "Pierre Dumont",
            "Secretary General of the Union of Alpine States",
        ),
        (
            "State Councillor Helen Marsh left here on Friday for Vienna.",
            "Helen Marsh",
            "State Councillor",
        ),
        # the name set beside a title with its phrase
        (
            "The vote came after the chairman of the opposition Green Party, Dirk Halvorsen, accused the government.",
            "Dirk Halvorsen",
            "chairman of the opposition Green Party",
        ),
        (  # and when the model reads the plural title into the first name
            "Singers Helen Marsh and Anna Berg will also appear at the concert.",
            "Anna Berg",
            "Singer",
        ),
        # an age is no part of a role
        (
            "Peter Lund, a 25-year-old Austrian, was sentenced on Monday.",
            "Peter Lund",
            "Austrian",
        ),
        # a plural title reaches each name of its list, past names of any length
        (
            "A group including two of the bank's directors, James M. Holt III and Peter Lund II, "
            "said it had a stake in the bank.",
            "Peter Lund II",
            "bank's director",
        ),
        # a hyphenated given name kept whole
        (
            "At the ceremony were Vice Presidents Ri Sun-Ok, Pak Tae-Ho and Walter Brennan.",
            "Ri Sun-Ok",
            "Vice President",
        ),
        # a noun after a clause is no apposition of the subject, whatever the parse
        (
            "Goran Mirkovic was a former director of Radio Sveti Marko (St. Mark), the station owned by his daughter.",
            "Goran Mirkovic",
            "former director of Radio Sveti Marko",
        ),
        # a rank between the title and the name is how the person is addressed
        (
            "The fire is under control, the provincial police chief of Herat Gen. Amir Dasht said.",
            "Amir Dasht",
            "provincial police chief of Herat",
        ),
        (
            "The ruling stands, said Norland's Minister for Europe, Petra Vogel, on Monday.",
            "Petra Vogel",
            "Norland's Minister for Europe",
        ),
        # a title may end in 'of' and a noun
        (
            "Police questioned the premier's chief of staff John Miller on Monday.",
            "John Miller",
            "premier's chief of staff",
        ),
        ("The VNEC boss, Maurice Adeyemi, was summoned twice.", "Maurice Adeyemi", "VNEC boss"),
        ("I'll miss it greatly, said Corporal Tom Vale, 28.", "Tom Vale", "Corporal"),
        (
            "The report by German magistrate Karl Lenz is due on Monday.",
            "Karl Lenz",
            "German magistrate",
        ),
        ("Pastor Ann Dorr of the valley church said the school was welcome.", "Ann Dorr", "Pastor"),
        # the 'as' phrase of a relative clause on the name; a copula's adverb is no part of a role
        (
            "The bill was debated for years, said Karl Weber, who served as cabinet secretary in the 1990s.",
            "Karl Weber",
            "cabinet secretary",
        ),
        (
            "Maria Gonzalez, who is also chairman of the board, said the plant would close.",
            "Maria Gonzalez",
            "chairman of the board",
        ),
        # a rank's abbreviation alone is the role, spelt out; a title before it is the role
        ("Sen. Karl Weber said the bill would pass on Monday.", "Karl Weber", "Senator"),
        (
            "Lt. Gen. Tomas Ferrel said the troops had left the town.",
            "Tomas Ferrel",
            "Lieutenant General",
        ),
        (
            "Army spokesman Col. Maria Gonzalez said the troops had left.",
            "Maria Gonzalez",
            "Army spokesman",
        ),
        # a party and a state set after the name are no post ('R-Ill.')
        ("Rep. Karl Weber, R-Ill., disagreed on Monday.", "Karl Weber", "Representative"),
        (
            "The police chief of Tarvia Gen. Lars Holm said the fire was under control.",
            "Lars Holm",
            "police chief of Tarvia",
        ),
        # each name has its own 'as' phrase; a title after 'as' is not the next name's
        (
            "The president named Pablo Ortiz Vega as Attorney General, Marta Solis Luna as Public "
            "Security Minister and Ana Ruiz as Tourism Minister.",
            "Marta Solis Luna",
            "Public Security Minister",
        ),
        # a broadcast's reporter, named by the lines that hand over and sign off
        (
            "Floods hit the valley on Monday. Lisa Marek reports from Geneva.",
            "Lisa Marek",
            "reporter",
        ),
        ("Floods hit the valley on Monday. Ned Potter, ABC News.", "Ned Potter", "ABC reporter"),
        (
            "Floods hit the valley on Monday. Lisa Marek for VOA News, Geneva.",
            "Lisa Marek",
            "VOA reporter",
        ),
        (
            "Floods hit the valley on Monday. Ned Potter ABC news Harlow",
            "Ned Potter",
            "ABC reporter",
        ),
        (  # where the person is, a town and its state between commas, is no part of the role
            "Peter Novak, a New Providence, N.J., marketing consultant to the chemicals industry,"
            " says the plant is safe.",
            "Peter Novak",
            "marketing consultant to the chemicals industry",
        ),
    ],
)
def test_person_role_rules(nlp, tmp_path: Path, body: str, name: str, role: str) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


@pytest.mark.parametrize(
    "body, name, role",
    [
        (  # a rank before the name and the post apposed after it: both
            "General Omar Castel, commander of the Varn ground forces, told reporters the drill "
            "went well.",
            "Omar Castel",
            "General; commander",  # of the body its affiliation names
        ),
        (  # the one apposed speaks of the name: no role of it
            "Talks will open with Varn Front leader Omar Castel, a government spokesman said.",
            "Omar Castel",
            "Varn Front leader",
        ),
        (  # a list of people, no apposition
            "Peter Novak met President Omar Castel, Vice President Ana Ruiz and the cabinet.",
            "Omar Castel",
            "President",
        ),
    ],
)
def test_a_title_before_the_name_and_a_post_after_it(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


def test_a_courtesy_title_is_no_role(nlp, tmp_path: Path) -> None:
    assert (
        actors(sheet_for(nlp, tmp_path, "Mr. Karl Weber said the bill would pass."))["Karl Weber"][
            "role"
        ]
        is None
    )


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "Asked about the plan, US national security adviser Karl Weston told reporters it was weeks away.",
            "Karl Weston",
            "US national security adviser",
        ),
        (
            "The panel includes former top Marsh aide Leon Pardo and two judges.",
            "Leon Pardo",
            "former top Marsh aide",
        ),
        (
            "The parade was watched by Vice Presidents Tomas Berg, Karl Weston and Leon Pardo.",
            "Karl Weston",
            "Vice President",
        ),
        (
            "They were joined by Leon Pardo, chief of the general staff of the Northern Guard.",
            "Leon Pardo",
            "chief of the general staff",
        ),
        (
            "The 62-year-old bank manager Karl Weston was released on Monday.",
            "Karl Weston",
            "bank manager",
        ),
        (
            "Nordchem's chairman, Sir Karl Weston, said sales were strong.",
            "Karl Weston",
            "chairman",
        ),
        (
            "Norway's top negotiator in Lapland, Leon Pardo, opened new talks on Wednesday.",
            "Leon Pardo",
            "top negotiator in Lapland",
        ),
        (
            "Sources said that Leon Pardo was a member of the Northern Guard, a militia.",
            "Leon Pardo",
            "member of the Northern Guard",
        ),
        (
            "Troops raided the home of a supporter of top war crimes suspect Leon Pardo on Monday.",
            "Leon Pardo",
            "top war crimes suspect",
        ),
        (  # a plural title before the names reads in the singular for each
            "The chairmen of the ruling party, Leon Pardo and Karl Weston, met on Monday.",
            "Leon Pardo",
            "chairman of the ruling party",
        ),
        (
            "Leon Pardo, who heads the Northern Weather Service, said the storm would weaken.",
            "Leon Pardo",
            "head of the Northern Weather Service",
        ),
        (
            "Leon Pardo, who was elected mayor in 1997, opened the bridge.",
            "Leon Pardo",
            "mayor",
        ),
        (
            "Helen Marsh, the former ambassador to Norway, opened the bridge.",
            "Helen Marsh",
            "former ambassador to Norway",
        ),
        (
            "Pace bowler Karl Weston took three wickets on Monday.",
            "Karl Weston",
            "Pace bowler",
        ),
        (
            "The state media referred to Leon Pardo as acting premier in late February.",
            "Leon Pardo",
            "acting premier",
        ),
        # A common noun the parse ties to the name describes the person, list or not.
        (
            "Sri Lanka lost all-rounder Tomas Ferrel to a hamstring injury on Monday.",
            "Tomas Ferrel",
            "all-rounder",
        ),
        (
            "The evening ended with a piece by Spanish composer Alma Reyes.",
            "Alma Reyes",
            "Spanish composer",
        ),
        (
            "The minister met his Danish counterpart Lars Holm in Oslo on Monday.",
            "Lars Holm",
            "Danish counterpart",
        ),
        (  # and so does one before the name's courtesy word, which is no part of the role
            "The firm fought off a bid from British financier Sir Tomas Ferrel.",
            "Tomas Ferrel",
            "British financier",
        ),
        (  # a lower-case 'lady' is the role's own word
            "The casket was awaited by former first lady Helen Marsh and her children.",
            "Helen Marsh",
            "former first lady",
        ),
        # The tokenizer splits a hyphened title; its first part changes the post.
        (
            "The killing of ex-premier Rafiq Haddad shocked the region.",
            "Rafiq Haddad",
            "ex-premier",
        ),
        (
            "Under-Secretary of State Nicholas Barnes arrived in Oslo on Monday.",
            "Nicholas Barnes",
            "Under-Secretary of State",
        ),
    ],
)
def test_titles_keep_their_modifiers_and_office(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "Ferrel signed for Portuguese outfit Maritimo Funchal in 2004.",
            "Maritimo Funchal",
            "Portuguese outfit",
        ),
        # a team's 'side' before its name; after a name it is that place's team ('the Catalan side')
        (
            "Lyon lost 3-1 to Israeli side Maccabi Haifa on Tuesday.",
            "Maccabi Haifa",
            "Israeli side",
        ),
    ],
)
def test_a_word_for_a_body_before_a_name_makes_it_one(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert (found[name]["type"], found[name]["role"]) == ("organization", role)


def test_a_name_only_ever_naming_the_body_after_it_is_that_body(nlp, tmp_path: Path) -> None:
    found = actors(
        sheet_for(nlp, tmp_path, "Talks with Karen Tiger rebels resumed in Oslo on Monday.")
    )
    assert (found["Karen Tiger"]["type"], found["Karen Tiger"]["role"]) == (
        "organization",
        "rebels",
    )


def test_the_team_a_player_plays_for_is_a_body(nlp, tmp_path: Path) -> None:
    body = "Harlow United winger Tomas Brandt was named player of the month on Sunday."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Harlow United"]["type"] == "organization"
    assert found["Tomas Brandt"]["type"] == "person"


def test_names_listed_before_a_place_nouns_plural_are_places(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(
        nlp, tmp_path, "Polling stations in Qalandia and Kafr Aqab districts were shut on Sunday."
    )
    assert {"Qalandia", "Kafr Aqab"} <= {p["name"] for p in sheet["places"]}
    assert "Kafr Aqab" not in actors(sheet)


def test_a_title_for_someone_is_not_theirs(nlp, tmp_path: Path) -> None:
    body = "Jack Arseneault and Helen Marsh, attorneys for Mr. Pardo, declined to comment."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Helen Marsh"]["role"] == "attorney for Mr. Pardo"
    assert found["Pardo"].get("role") is None


def test_a_name_listed_with_peoples_names_is_a_persons(nlp, tmp_path: Path) -> None:
    body = "On Monday Hansen received Goran Vukic, Zoran Petric and Vesna Pesic in Oslo."  # the model labels the last name an organisation
    assert actors(sheet_for(nlp, tmp_path, body))["Vesna Pesic"]["type"] == "person"


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "The talks will resume, a spokesman for Prime Minister Anna Holm said on Monday.",
            "Anna Holm",
            "Prime Minister",
        ),
        (  # the kin or aide before 'of' is another person
            "Erik Holm, the husband of Prime Minister Anna Holm, opened the school on Monday.",
            "Anna Holm",
            "Prime Minister",
        ),
        (
            "Jan Varga, the elder son of former president Lajos Varga, spoke on Monday.",
            "Lajos Varga",
            "former president",
        ),
        (  # a title that ends in 'of' and a common noun is the name's own
            "The head of state Sultan Omar Hadi opened the session on Monday.",
            "Omar Hadi",
            "head of state Sultan",
        ),
    ],
)
def test_the_title_after_for_or_of_is_the_names_own(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["role"] == role


@pytest.mark.parametrize(
    ("word", "tag", "describes"),
    [("wicketkeeper", "VB", True), ("executive", "JJ", True), ("join", "VB", False)],
)
def test_a_compound_the_tagger_misread_still_describes_the_name(
    nlp, word: str, tag: str, describes: bool
) -> None:
    """'wicketkeeper Karl Weston' tagged as a verb is still his role; 'join Karl Weston' is not."""
    from spacy.tokens import Doc

    from generator.extract.name_nouns import mistagged_noun

    doc = Doc(
        nlp.vocab,
        words=["then", word, "Karl", "Weston", "left"],
        heads=[4, 3, 3, 4, 4],
        deps=["advmod", "compound", "compound", "nsubj", "ROOT"],
        tags=["RB", tag, "NNP", "NNP", "VBD"],
    )
    assert mistagged_noun(doc[1]) is describes


def test_a_word_before_a_longer_phrase_does_not_describe_the_name(nlp) -> None:
    from spacy.tokens import Doc

    from generator.extract.premodifiers import premodifier_descriptor

    words = ["for", "the", "mainly", "Varan", "rebel", "alliance", "and", "the"]
    words += ["state", "-", "owned", "Varan", "Online"]
    spaces = [True] * 8 + [False, False, True, True, False]
    heads = [0, 5, 5, 5, 5, 0, 5, 12, 10, 10, 12, 12, 5]
    deps = ["ROOT", "det", "amod", "compound", "compound", "pobj", "cc", "det"]
    deps += ["npadvmod", "punct", "amod", "compound", "conj"]
    tags = ["IN", "DT", "JJ", "NNP", "NN", "NN", "CC", "DT", "NN", "HYPH", "VBN", "NNP", "NNP"]
    pos = ["ADP", "DET", "ADJ", "PROPN", "NOUN", "NOUN", "CCONJ", "DET"]
    pos += ["NOUN", "PUNCT", "VERB", "PROPN", "PROPN"]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps)
    assert premodifier_descriptor(doc[3:4]) is None  # 'mainly' describes the alliance
    assert premodifier_descriptor(doc[11:13]) == "state-owned"


@pytest.mark.parametrize(
    ("name_dep", "name_head"),
    [("appos", 2), ("nsubj", 7)],  # hung on the noun; the noun's fellow subject
)
def test_a_noun_the_parse_split_from_the_name_after_it_describes_it(
    nlp, name_dep: str, name_head: int
) -> None:
    """'the main opposition Free Coast Party (FCP)': the parse may hang the name on 'opposition'
    as an apposition with no comma, or make both subjects of one verb; 'opposition' still says
    what kind of party it is."""
    from spacy.tokens import Doc

    from generator.extract.premodifiers import premodifier_descriptor

    words = ["the", "main", "opposition", "Free", "Coast", "Party", "has", "called", "a", "strike"]
    heads = [2, 2, 7, 5, 5, name_head, 7, 7, 9, 7]
    deps = ["det", "amod", "nsubj", "compound", "compound", name_dep, "aux", "ROOT", "det", "dobj"]
    tags = ["DT", "JJ", "NN", "NNP", "NNP", "NNP", "VBZ", "VBN", "DT", "NN"]
    pos = ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN"]
    doc = Doc(nlp.vocab, words, tags=tags, pos=pos, heads=heads, deps=deps)
    assert premodifier_descriptor(doc[3:6]) == "opposition party"


def test_a_post_right_before_another_name_is_that_names_title(nlp) -> None:
    """'aides to Weber, political adviser Tomas Berg and ...': the post is Berg's, not Weber's
    (the parse, as spaCy makes it of a real sentence, apposes the post to Weber)."""
    from spacy.tokens import Doc, Span

    from generator.extract.roles import appositive_role

    words = ["aides", "to", "Weber", ",", "political", "adviser", "Tomas", "Berg", "left"]
    heads = [8, 0, 1, 2, 5, 2, 7, 5, 8]
    deps = ["nsubj", "prep", "pobj", "punct", "amod", "appos", "compound", "appos", "ROOT"]
    tags = ["NNS", "IN", "NNP", ",", "JJ", "NN", "NNP", "NNP", "VBD"]
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    assert appositive_role(Span(doc, 2, 3, label="PERSON")) is None
    doc = Doc(
        nlp.vocab,
        words=words[:6] + ["left"],
        heads=[6, 0, 1, 2, 5, 2, 6],
        deps=deps[:6] + ["ROOT"],
        tags=tags[:6] + ["VBD"],
        pos=pos[:6] + ["VERB"],
        ents=ents[:6] + ["O"],
    )
    assert appositive_role(Span(doc, 2, 3, label="PERSON"))[0] == "political adviser"


def test_a_singular_title_before_two_names_is_the_first_ones_only(nlp, tmp_path: Path) -> None:
    found = actors(sheet_for(nlp, tmp_path, "President Tomas Berg and Karl Weston met on Monday."))
    assert found["Tomas Berg"]["role"] == "President"
    assert found["Karl Weston"].get("role") is None


@pytest.mark.parametrize(
    "body, name, role",
    [
        (
            "The contract went to Borealis Dynamics Inc., a Toronto-based vaccine manufacturer, on Monday.",
            "Borealis Dynamics Inc.",
            "Toronto-based vaccine manufacturer",
        ),
        (  # after the name's short form, and a participle before its noun
            "The International Tennis Federation (ITF), the world governing body of tennis, "
            "fined Karl Weston on Monday.",
            "International Tennis Federation",
            "world governing body of tennis",
        ),
        (  # a participle the tagger read as a past ends it, but is no clause of its own
            "The talks went well, said officials of the International Telecommunication Union "
            "(ITU), a UN agency specialized in telecommunication services.",
            "International Telecommunication Union",
            "UN agency",
        ),
        (  # a noun of what it does, after 'a'
            "Norvale Trading Co., a wholesaler of spirits, said it will merge with Acme Corp.",
            "Norvale Trading Co.",
            "wholesaler of spirits",
        ),
        (
            "Helen Marsh said the risk intelligence company Harbor Point had warned of delays.",
            "Harbor Point",
            "risk intelligence company",
        ),
        (
            "Officials visited the Russian gas giant Northgaz on Monday, Helen Marsh said.",
            "Northgaz",
            "Russian gas giant",
        ),
        (
            "Kuchma planned to visit Russian gas giant Northgaz, most likely to discuss the debt.",
            "Northgaz",
            "Russian gas giant",
        ),
        (  # the sentence's first word, capitalised only for that
            "Telecommunications giant Harbor Point slumped 4 cents to 3.88 dollars.",
            "Harbor Point",
            "telecommunications giant",
        ),
        (
            "Helen Marsh had been working for the Britain-based Harbor Relief Fund in March.",
            "Harbor Relief Fund",
            "Britain-based fund",
        ),
        (  # a place of more than one word before the hyphen, whole
            "The New York-based Harbor Relief Fund said it would buy the stake.",
            "Harbor Relief Fund",
            "New York-based fund",
        ),
        (
            "The talks resumed with the IRA-allied Fianna Nua party on Monday.",
            "Fianna Nua",
            "IRA-allied party",
        ),
        (
            "Soldiers of the elite Northern Guard were seen in the capital, officials said.",
            "Northern Guard",
            "elite",
        ),
        (
            "Norway's biggest farmers' party, the Rural Unionists, is threatening to quit.",
            "Rural Unionists",
            "Norway's biggest farmers' party",
        ),
        (
            "Helen Marsh was quoted as saying by the ITAR-Nova news agency.",
            "ITAR-Nova",
            "news agency",
        ),
        (
            "She says security under the fundamentalist Zorban government is better.",
            "Zorban",
            "fundamentalist government",
        ),
        (
            "Another major exporter, Nordsteel, has also suffered from the strong currency.",
            "Nordsteel",
            "major exporter",
        ),
        (
            "The sale was led by Harbor Point, a leading brokerage house, said Helen Marsh.",
            "Harbor Point",
            "leading brokerage house",
        ),
        (
            "Helen Marsh told NTV television on Thursday that the talks had failed.",
            "NTV",
            "television",
        ),
        (
            "The army claimed victory over the Free Valley Movement (FVM) rebels on Tuesday.",
            "Free Valley Movement",
            "rebels",
        ),
        (
            "The talks were cancelled, the Hanse Press and Ostwind news agencies said.",
            "Hanse Press",
            "news agency",
        ),
        (  # what the text says the body is
            "The Nordic Trade Authority is a government agency of Norway, Helen Marsh said.",
            "Nordic Trade Authority",
            "government agency of Norway",
        ),
        (  # a noun before a body's name that ends in its kind
            "The opposition Freedom Party called a general strike on Monday.",
            "Freedom Party",
            "opposition party",
        ),
        (  # ... also as the text's very first word
            "opposition Freedom Party called a general strike on Monday.",
            "Freedom Party",
            "opposition party",
        ),
        (  # ... or that heads it
            "The opposition Movement for National Renewal called a general strike on Monday.",
            "Movement for National Renewal",
            "opposition movement",
        ),
        (  # a kind word before the name is the kind, with no second one after it
            "Lindqvist also served on the advisory panel Baltic Study Group, headed by Helen Marsh.",
            "Baltic Study Group",
            "panel",
        ),
        (  # a kind of body said only in apposition: a panel, a wing, a think tank
            "Hopes rest on the Lindqvist Group, a nine-member panel of retired judges, he said.",
            "Lindqvist Group",
            "nine-member panel of retired judges",
        ),
        (
            "The Vesterhavn Institute, a maritime think tank in Oslo, published the figures.",
            "Vesterhavn Institute",
            "maritime think tank in Oslo",
        ),
        (  # ... and between dashes
            "The guns went to Hamas -- the Islamist movement's armed wing -- in 1994, he said.",
            "Hamas",
            "Islamist movement's armed wing",
        ),
    ],
)
def test_organization_descriptors(nlp, tmp_path: Path, body: str, name: str, role: str) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "organization"
    assert found[name]["role"] == role


@pytest.mark.parametrize(
    "body, name",
    [
        (  # a comparison is no description
            "Nordsteel isn't abandoning its pursuit of the much-larger Harbor Point Group.",
            "Harbor Point Group",
        ),
        (  # what a name is set beside must be a kind of body or doer
            "Under terms of the new proposal, Nordsteel Holdings, managed by Harbor Point Group, "
            "will pay more.",
            "Nordsteel Holdings",
        ),
        (  # an adjective after a copula is said of someone else
            "After the match, Helen Marsh was adamant Harbor Point Group would recover.",
            "Harbor Point Group",
        ),
        (  # the source a fronted 'according to' names is no apposition of the next name
            "According to the official Danubia news agency, Harbor Point Group plans an office.",
            "Harbor Point Group",
        ),
        (  # a possessive after a described name is no apposition of it
            "According to Helen Marsh, the newsletter publisher, Nordsteel's share grew.",
            "Nordsteel",
        ),
        (  # a title someone else holds: "the pope's guide" is no pope
            "The visit mattered, said Karl Weber, who was the pope's guide during the visit.",
            "Karl Weber",
        ),
        (  # a title after a quotation that ended is the next speaker's
            '"Gunmen opened fire, wounding Tomas Berg," police officer Jan Horak told reporters.',
            "Tomas Berg",
        ),
        (  # one of a group with no post
            "Crowds came to the funeral of Erik Lund, one of two men killed in the blast.",
            "Erik Lund",
        ),
        (  # a club's name in brackets, or another name set beside it, is no post
            "Leading scorers: Lars Holm (Arsenal), Karl Weber (Everton) and Tomas Ferrel "
            "(Fulham) scored on Saturday.",
            "Lars Holm",
        ),
        (  # a noun before a name that modifies another noun: the meeting is the emergency
            "Helen Marsh called for an emergency Security Council meeting in Geneva on Monday.",
            "Security Council",
        ),
        (  # the subject of a clause after the name's comma: the company is the teller
            "Hungary will buy Acme Corp., the company said.",
            "Acme Corp.",
        ),
        (
            "Officials at the Ministry of Agriculture and the World Food Organization (WFO), "
            "the vernacular newspaper reported.",
            "World Food Organization",
        ),
    ],
)
def test_words_that_are_no_role_of_the_name(nlp, tmp_path: Path, body: str, name: str) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] is None


def test_a_description_that_takes_up_an_organisation_is_its_role(nlp, tmp_path: Path) -> None:
    body = (
        "Harbor Point Advisors cut its rating of the river authority on Monday.\n\n"
        "The New York-based ratings agency said the drought had cost farmers dearly."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Harbor Point Advisors"]["role"] == "New York-based ratings agency"


def test_a_name_written_with_stops_or_an_apostrophe_is_a_name(nlp, tmp_path: Path) -> None:
    body = (
        "The U.S. imposed new sanctions on Zembla on Monday. "
        "Shaquille O'Neal said the team would win again next season. "
        "The H5N1 strain spread to two more farms."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    named = {a["name"]: a["type"] for a in sheet["actors"]}
    assert named.get("United States") == "country", named
    assert named.get("Shaquille O'Neal") == "person", named
    assert "H5N1" not in named  # a code of letters and digits is no one's name


@pytest.mark.parametrize(
    "body, state",
    [
        ("Officials in Newark, N.J., said the plant would close on Friday.", "New Jersey"),
        ("The company, based in Fresno, Calif., cut 300 jobs on Monday.", "California"),
    ],
)
def test_a_us_states_wire_abbreviation_is_that_state(
    nlp, tmp_path: Path, body: str, state: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert state in [p["name"] for p in sheet["places"]], sheet["places"]
    assert all(len(a["name"]) > 5 for a in sheet["actors"]), sheet["actors"]  # no 'N.J.'


def test_a_hyphenated_description_speaks_for_the_body_it_takes_up(nlp, tmp_path: Path) -> None:
    body = (
        "The Zemblan People's Union was fined on Friday, parliament said. "
        "The anti-foreigner party said it wanted to protect the donor."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    quote = next(q for q in sheet["quotes"] if q["text"].startswith("it wanted"))
    assert quote["speaker_name"] == "Zemblan People's Union"


def test_a_description_another_body_already_has_is_that_bodys(nlp, tmp_path: Path) -> None:
    body = (
        "According to the Interfax news agency, the Alpine Rail Federation plans to close"
        " the line on Friday.\n\nThe Alpine Rail Federation has run the line since 1990."
        "\n\nThe news agency said the work would take a month."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Alpine Rail Federation"].get("role") is None, found


def test_a_port_named_as_a_location_is_no_part_of_a_union(nlp, tmp_path: Path) -> None:
    body = (
        "Dock workers in the southern port of Valmora walked off the job on Sunday.\n\n"
        "The Valmora Dockers Union said the strike would last three days."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    union = actors(sheet)["Valmora Dockers Union"]
    assert "Valmora" not in union["aliases"], union
    assert "Valmora" in {p["name"] for p in sheet["places"]}


@pytest.mark.parametrize("described", ["The Russian ratings agency", "The US-led coalition"])
def test_a_description_with_another_nationality_takes_up_nobody(
    nlp, tmp_path: Path, described: str
) -> None:
    body = (
        "Harbor Point Advisors cut its rating of the river authority on Monday.\n\n"
        f"{described} said the drought had cost farmers dearly."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Harbor Point Advisors"].get("role") is None


@pytest.mark.parametrize(
    "body, place",
    [
        (
            "Marchers from Catholic districts gathered on Catholic Garvaghy Road in Portadown on Sunday, Helen Marsh said.",
            "Garvaghy Road",
        ),
        ("Helen Marsh said the ministers met in Vienna on Monday.", "Vienna"),
        (
            "Researchers found new species of frogs on the island of Borneo. Many were found in"
            " Borneo, Helen Marsh said.",
            "Borneo",
        ),
        (
            "Mines were cleared near Angkor Wat, the fabled temple, Helen Marsh said.",
            "Angkor Wat",
        ),
        (
            "The forest is divided between Brunei, Indonesia and Malaysia, Helen Marsh said.",
            "Malaysia",
        ),
        (
            "Elections were held in the Palestinian territories on Monday, Helen Marsh said.",
            "Palestinian territories",
        ),
        (  # a name modifying a place's kind
            "Israeli forces arrested a militant in the Balata refugee camp, Helen Marsh said.",
            "Balata",
        ),
    ],
)
def test_places_that_the_model_calls_something_else(
    nlp, tmp_path: Path, body: str, place: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert place in {p["name"] for p in sheet["places"]}
    assert place not in actors(sheet)


@pytest.mark.parametrize(
    "body, programme",
    [
        (
            "Ministers from 30 countries backed the Varnel Development Agenda on Monday. "
            "Talks on the VDA resume in May, Helen Marsh said.",
            {"Varnel Development Agenda", "VDA"},
        ),
        (
            "Leaders endorsed the Orvalo Action Plan at the summit, Helen Marsh said.",
            {"Orvalo Action Plan"},
        ),
    ],
)
def test_a_programme_and_its_acronym_are_no_actor(
    nlp, tmp_path: Path, body: str, programme: set[str]
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert not programme & set(found)
    assert "Helen Marsh" in found


def test_a_body_named_for_a_conference_is_one_and_a_summit_is_not(nlp, tmp_path: Path) -> None:
    body = (
        "The Organization of the Islamic Conference warned on Monday that the Summit of the "
        "Americas would fail, Helen Marsh said."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert "Organization of the Islamic Conference" in found
    assert not any("Summit" in name for name in found)


def test_a_body_named_with_a_title_word_is_no_titled_person(nlp, tmp_path: Path) -> None:
    body = "Major League Baseball on Monday announced a new game in Orvalo, Helen Marsh said."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Major League Baseball"]["type"] == "organization"
    assert not any(a["role"] == "Major" for a in found.values())


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # a plural title-like word inside a name the model reads as a body's
            "The bid came from Varnel Partners Limited Partnership, Helen Marsh said on Monday.",
            "Varnel Partners Limited Partnership",
        ),
        (  # a body's word ends the words after a title-like word
            "Rebels seized the General Records Office in Orvalo on Tuesday, Helen Marsh said.",
            "General Records Office",
        ),
    ],
)
def test_a_title_like_word_inside_a_body_name_makes_no_person(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "organization"
    assert all(a["type"] != "person" for n, a in found.items() if n != "Helen Marsh")


@pytest.mark.parametrize(
    "body, thing",
    [
        ("In London, the FTSE 100 index of leading shares rose 0.3 percent on Monday.", "FTSE"),
        ("The Hang Seng China-Affiliated Corporations Index rose 8.92 points.", "Hang Seng"),
        ("Japan, which finished second in Group A, will play France in Orvalo.", "Group A"),
    ],
)
def test_an_index_or_a_pool_named_in_part_is_no_actor(
    nlp, tmp_path: Path, body: str, thing: str
) -> None:
    assert not any(thing in name for name in actors(sheet_for(nlp, tmp_path, body)))


@pytest.mark.parametrize(
    "body, name, country",
    [
        (
            "British Defense Secretary Des Browne arrived in Basra on Monday.",
            "Des Browne",
            "United Kingdom",
        ),
        (
            "Algerian Energy Minister Chakib Khelil said prices would rise.",
            "Chakib Khelil",
            "Algeria",
        ),
        ("External Affairs Minister Ravi Menon met Helen Marsh in Delhi.", "Ravi Menon", None),
    ],
)
def test_a_portfolio_before_a_title_is_no_body(
    nlp, tmp_path: Path, body: str, name: str, country: str | None
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert not any(n.endswith(("Defense", "Energy", "Affairs")) for n in found)
    assert found[name]["affiliation"] == country


def test_events_are_not_actors(nlp, tmp_path: Path) -> None:
    found = actors(
        sheet_for(
            nlp,
            tmp_path,
            "Helen Marsh spoke at a rally held for International Women's Day in Kabul.",
        )
    )
    assert not any("Women's Day" in name for name in found)


def test_an_index_or_an_award_is_no_actor(nlp, tmp_path: Path) -> None:
    """A market index and the acronym the text defines for it, an award or a trophy: things no
    one is, whatever label the model gives them."""
    body = (
        "The Kuala Lumpur Composite Index (KLCI) fell 7.27 points to 1,033.52. "
        "Karl Weber lifted the Champions Trophy in Lahore. China issued the 7th Changjiang "
        "Taofen Awards on Wednesday."  # the model takes the awards for a person
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert not {"Kuala Lumpur Composite Index", "KLCI", "Champions Trophy"} & set(found)
    # the model often cuts the name before 'index'
    body = "In Seoul, the small-cap KOSDAQ index rose 2.9 points, Karl Weber said."
    assert "KOSDAQ" not in actors(sheet_for(nlp, tmp_path, body))
    assert not any("Awards" in name for name in found)
    assert "Karl Weber" in found


@pytest.mark.parametrize(
    "body, index",
    [
        ("In Paris the CAC 40 rose 0.5 percent on Monday, Karl Weber said.", "CAC"),
        ("The Nikkei Stock Average fell 34 points on Monday, Karl Weber said.", "Nikkei"),
        ("The tech-heavy Nasdaq composite gained 9 points, Karl Weber said.", "Nasdaq"),
    ],
)
def test_a_market_index_without_its_index_word_is_no_actor(
    nlp, tmp_path: Path, body: str, index: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert "Karl Weber" in found and not any(index in name for name in found), found


@pytest.mark.parametrize(
    "body, place",
    [
        (
            "Floods cut the rail link to the coastal cities of Nice, Marseille and Toulouse on Monday.",
            "Toulouse",
        ),
        ("Voters in the northern cities of Siena and Ravenna backed the mayor.", "Ravenna"),
        # the first of the list too, and a place noun in the plural after the names
        (
            "Gunmen stormed polling booths in the towns of Tell Qamra, Khan Sabil and Beit "
            "Hadid on Monday.",
            "Tell Qamra",
        ),
        (
            "Millions of birds fly in from Russia's Siberia and Vyatka regions, Karl Weber said.",
            "Vyatka",
        ),
        # a settlement, a harbour, a crossing are places too
        ("Settlers returned to their settlement of Kfar Adumim on Monday.", "Kfar Adumim"),
        ("The ferry left Sydney Harbour on Tuesday morning.", "Sydney Harbour"),
    ],
)
def test_a_name_listed_after_a_place_nouns_of_is_a_place(
    nlp, tmp_path: Path, body: str, place: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert place not in actors(sheet) and place in {p["name"] for p in sheet["places"]}


def test_a_title_before_a_lone_name_makes_it_a_person_s_throughout(nlp, tmp_path: Path) -> None:
    """The model may read a one-word name as a place's where it says things; the title the text
    gives it names a person."""
    body = (
        "Although one route for money from abroad to the militant cells has been closed, the "
        "national police would keep searching for other routes, in a bid to starve the cells of "
        "cash, Police chief General Sutanto said in the capital on Tuesday.\n\n"
        "Sutanto said that the police would chase the couriers and work with banks to freeze the "
        "accounts.\n\n"
        "He said that the cells abroad had wired money to cells here.\n\n"
        "To avoid the watch of the authorities, the militants had used couriers instead of "
        "banks, Sutanto said."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    assert actors(sheet)["Sutanto"]["type"] == "person"
    wired = next(q for q in sheet["quotes"] if "wired money" in q["text"])
    assert wired["speaker_name"] == "Sutanto"


def test_a_sports_event_named_like_a_place_is_no_place(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(nlp, tmp_path, "Helen Marsh won the Hong Kong Open on Sunday.")
    named = {p["name"] for p in sheet["places"]} | set(actors(sheet))
    assert not any("Open" in name for name in named), named


def test_lawyers_for_someone_do_not_make_them_a_lawyer(nlp, tmp_path: Path) -> None:
    found = actors(
        sheet_for(
            nlp,
            tmp_path,
            "Prosecutors have warned lawyers for Walter Brennan that the case is weak.",
        )
    )
    assert found["Walter Brennan"].get("role") is None


def test_a_lead_description_is_not_given_to_someone_with_a_role_by_position_alone(
    nlp, tmp_path: Path
) -> None:
    body = "An American leader of a U.N. weapons inspection team resumed work on Friday. Dirk Halvorsen led his team on a tour of three sites, U.N. spokesman Alan Dacey said."
    assert actors(sheet_for(nlp, tmp_path, body))["Alan Dacey"]["role"] == "U.N. spokesman"


def test_a_lead_description_reaches_the_first_person_named_after_a_quote(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Norway's foreign minister on Saturday tried to soothe worries over the dam.\n\n"
        '"We will keep to a peaceful path. We are insisting on it," Lars Olsen told reporters.\n\n'
        "Later, Dirk Halvorsen said the dam was safe."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Lars Olsen"]["role"] == "Norway's foreign minister"
    assert found["Dirk Halvorsen"].get("role") is None


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("zorbanite", "zorbinite", True),
        ("taleban", "taliban", True),
        ("zorbanite", "zorbanita", True),
        ("qorvex", "qorvax", True),
        ("zorbanite", "zorbanito", True),
        ("hussain", "hussein", True),
        ("zorban", "zorbin", True),
        ("zorbanite", "zorbanike", False),
        ("mason", "mosan", False),
        ("kvist", "kvast", False),
        ("nord bank", "nord bonk", False),
    ],
)
def test_one_vowel_spelling_variants(a: str, b: str, same: bool) -> None:
    from generator.extract.clusters import transliteration_variant

    assert transliteration_variant(a, b) is same


@pytest.mark.parametrize("name", ["Cote d'Ivoire", "Ivory Coast", "East Timor", "Cape Verde"])
def test_common_and_official_country_names_are_countries(name: str) -> None:
    from generator.extract.gazetteer import gazetteer

    assert gazetteer().country(name) is not None


@pytest.mark.parametrize(
    "body, actors_expected, places_expected",
    [
        # a country named only where things happen is a place; one that acts is an actor
        (
            "Heroin is smuggled from Pakistan and Afghanistan into Iran, the report said.",
            set(),
            {"Pakistan", "Afghanistan", "Iran"},
        ),
        ("The US government protested on Monday.", {"United States"}, set()),
        ("Norway signed the treaty in Vienna.", {"Norway"}, {"Vienna"}),
        # an acronym is no place, whatever town shares its letters
        ("The minister promised to sign the UN convention on rights.", set(), set()),
        # a news agency the model takes for a place
        ("Rybkin said on arrival in Grozny, Interfax reported.", {"Interfax"}, {"Grozny"}),
        # the name before a hyphen and a participle did it: led by NATO, not in NATO
        (
            "A NATO-led airstrike near Kandahar killed 30 fighters on Sunday. Jets from the"
            " NATO-led International Security Assistance Force bombed a compound.",
            {"NATO"},
            {"Kandahar"},
        ),
    ],
)
def test_actor_or_place(
    nlp, tmp_path: Path, body: str, actors_expected: set, places_expected: set
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    found_actors = {a["name"] for a in sheet["actors"] if a["type"] != "person"}
    found_places = {p["name"] for p in sheet["places"]}
    assert actors_expected <= found_actors and not (places_expected & found_actors)
    assert (
        places_expected <= found_places
        and not (actors_expected - {"United States", "Norway"}) & found_places
    )
    assert "UN" not in found_places


@pytest.mark.parametrize(
    "name, key",
    [
        ("Nuri al-Maliki", "maliki"),
        ("Maliki", "maliki"),
        ("Mohamed el-Baradei", "baradei"),
        ("Lee Jae-hun", "jaehun"),
        ("Al Gore", "gore"),
        ("Louis Gerstner Jr.", "gerstner"),
        ("John Henley, Sr.", "henley"),
        ("Elizabeth II", "elizabeth"),
        ("Jr.", "jr"),
    ],
)
def test_surname_keys(name: str, key: str) -> None:
    from generator.names import surname

    assert surname(name) == key


@pytest.mark.parametrize(
    "body, full_name",
    [
        (
            "Tomas Berglund Jr., the chairman of Varden Mills, sold the unit. "
            "Berglund said Friday the price was fair.",
            "Tomas Berglund Jr.",
        ),
        (
            "Pope Adrian Leo II visited the shrine on Sunday. "
            "Pope Adrian Leo blessed the pilgrims.",
            "Adrian Leo II",
        ),
    ],
)
def test_a_later_mention_without_the_generation_is_the_same_person(
    nlp, tmp_path: Path, body: str, full_name: str
) -> None:
    """'Jr.' or a regnal number is dropped after the first mention: the person stays one."""
    people = [a for a in sheet_for(nlp, tmp_path, body)["actors"] if a["type"] == "person"]
    assert [p["name"] for p in people] == [full_name]


@pytest.mark.parametrize(
    "body, name, role",
    [
        (  # the model tags only 'Sochavong': the title in apposition says the whole name
            "Pa Sochavong, an official of the river commission, said the dam was safe.",
            "Pa Sochavong",
            "official of the river commission",
        ),
        (  # the model labels it ORG: 'will stay as head coach' says a person
            "The federation said Lars-Goran Lindqvist will stay as head coach after the finals.",
            "Lars-Goran Lindqvist",
            "head coach",
        ),
    ],
)
def test_a_title_makes_a_name_a_persons_whatever_the_models_label(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "person"
    assert found[name]["role"] == role
    assert not any(other != name and other in name for other in found)


def test_a_title_before_a_name_is_that_names_not_the_noun_it_follows(nlp, tmp_path: Path) -> None:
    body = (
        "He led the allied victory in the 1991 Gulf War, former chairman of the Joint Chiefs"
        " of Staff Colin Powell said."
    )
    people = [a["name"] for a in sheet_for(nlp, tmp_path, body)["actors"] if a["type"] == "person"]
    assert people == ["Colin Powell"]


def test_a_surname_without_its_arabic_article_is_the_same_person(nlp, tmp_path: Path) -> None:
    body = (
        "Prime Minister Nuri al-Maliki met the envoy in Baghdad. Maliki said the talks went well."
    )
    people = [a for a in sheet_for(nlp, tmp_path, body)["actors"] if a["type"] == "person"]
    assert [p["name"] for p in people] == ["Nuri al-Maliki"]


@pytest.mark.parametrize(
    "body, not_an_actor",
    [
        ("Defence Minister Tomas Berg said the army would stay.", "Defence"),
        ("The Interior Ministry spokesman Helen Marsh denied it.", "Interior"),
    ],
)
def test_a_title_s_portfolio_is_not_an_actor(
    nlp, tmp_path: Path, body: str, not_an_actor: str
) -> None:
    assert not_an_actor not in actors(sheet_for(nlp, tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "Helen Marsh of the Danube Water Research Institute said the river was falling.",
        "The river was falling, said Helen Marsh with the Danube Water Research Institute.",
        "Helen Marsh, from the Danube Water Research Institute, said the river was falling.",
    ],
)
def test_the_body_right_after_a_name_is_the_person_s(nlp, tmp_path: Path, body: str) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Helen Marsh"]["affiliation"] == "Danube Water Research Institute"
    assert found["Helen Marsh"]["role"] is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The company's chief executive officer, Oleksiy Varga, said sales would be small.",
            "Oleksiy Varga",
        ),
        (
            "The Varn company spokesman, Zbiegniew Novak, said the search was very difficult.",
            "Zbiegniew Novak",
        ),
    ],
)
def test_a_name_the_model_calls_a_body_after_a_title_is_a_person(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["type"] == "person"


def test_a_body_after_and_is_no_second_person_of_the_title(nlp, tmp_path: Path) -> None:
    """'Treasury Secretary Henry Paulson and Federal Reserve Chairman Ben Bernanke': the words
    before the second title are its body, not a second treasury secretary."""
    body = (
        "Treasury Secretary Helen Marsh and Federal Reserve Chairman Tomas Berg will lead"
        " the team next month."
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Tomas Berg"]["role"] == "Federal Reserve Chairman"
    assert found["Federal Reserve"]["type"] == "organization"


def test_a_name_after_the_is_no_person(nlp, tmp_path: Path) -> None:
    """English puts no article before a person's name: 'the Danube' the model calls a person is not."""
    body = "Austria and Hungary agreed on Tuesday to cap the water each may draw from the Danube during droughts."
    assert not [a for a in sheet_for(nlp, tmp_path, body)["actors"] if a["type"] == "person"]


@pytest.mark.parametrize(
    "body, place",
    [
        ("Slovakia raised its flood warning for the lower Danube on Monday.", "Danube"),
        ("Floods hit farms in southern Binh Duong province on Monday.", "Binh Duong"),
    ],
)
def test_a_name_after_a_compass_word_is_a_place(nlp, body: str, place: str) -> None:
    """A person is never 'lower' or 'southern': the model's person there is a place."""
    doc = nlp(body)
    kept = [e for e in doc.ents if place not in e.text]
    start = next(t.i for t in doc if t.text == place.split()[0])
    doc.ents = [Span(doc, start, start + len(place.split()), label="PERSON"), *kept]
    kinds = {m.text: m.kind for m in find_mentions(doc)}
    assert kinds[place] == "place"


def test_a_lone_surname_the_model_missed_is_the_person_named_before(nlp) -> None:
    doc = nlp(
        "Soldiers searched the home of Goran Mirkovic on Monday. "
        "Mirkovic was a former director of Radio Sveti Marko, the station closed in May."
    )
    # the model's miss, made certain: the full name tagged, the lone surname not
    kept = [e for e in doc.ents if "Mirkovic" not in e.text]
    doc.ents = [Span(doc, 5, 7, label="PERSON"), *kept]
    assert not doc[10].ent_type_
    people = [m for m in find_mentions(doc) if m.kind == "person"]
    assert [m.text for m in people] == ["Goran Mirkovic", "Mirkovic"]
    assert person_role(people[1].span).role == "former director of Radio Sveti Marko"


def test_a_surname_stays_the_person_though_the_model_once_tags_it_otherwise(nlp) -> None:
    doc = nlp(
        "Troops loyal to Goran Mirkovic seized the town. Mirkovic denied it. "
        "Mirkovic was a former director of Radio Sveti Marko."
    )
    kept = [e for e in doc.ents if "Mirkovic" not in e.text]
    # the model's misses, made certain: the full name a person, the surname once an
    # organisation and once untagged
    doc.ents = [Span(doc, 3, 5, label="PERSON"), Span(doc, 9, 10, label="ORG"), *kept]
    assert not doc[13].ent_type_
    people = [m for m in find_mentions(doc) if m.kind == "person"]
    assert [m.span.start for m in people] == [3, 9, 13]


def test_a_time_zone_after_a_clock_time_is_no_organisation(nlp, tmp_path: Path) -> None:
    body = "Polls closed at 1600 GMT on Sunday and counting began at 10:30 EDT, Helen Marsh said."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert "GMT" not in found and "EDT" not in found
    assert "Helen Marsh" in found


@pytest.mark.parametrize(
    "body",
    [
        "Critics of the Varnel pope said his remarks on Islam had angered Ankara.",
        "The fall of Communism left the Orvalo party without a cause, Helen Marsh said.",
        "Such loans are prohibited in Islam as usury, Helen Marsh said.",
    ],
)
def test_a_faith_or_a_doctrine_is_no_actor_and_no_place(nlp, tmp_path: Path, body: str) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    names = set(actors(sheet)) | {p["name"] for p in sheet["places"]}
    assert not names & {"Islam", "Communism"}


@pytest.mark.parametrize(
    "word, country",
    [
        ("Nigerian", "Nigeria"),  # the longest stem first: not Niger
        ("Armenians", "Armenia"),
        ("Chinese", "China"),
        ("Canadian", "Canada"),
        ("South African", "South Africa"),
        ("North Korean", "North Korea"),
        ("Frenchman", "France"),  # one of a people: the adjective and -man
        ("Briton", "United Kingdom"),  # or a noun of its own
        ("Britons", "United Kingdom"),
        ("Swedes", "Sweden"),
        ("Icelandic", "Iceland"),
        ("Cypriot", "Cyprus"),  # adjectives no suffix rule reaches from the country's name
        ("Mozambican", "Mozambique"),
        ("Lao", "Laos"),
        ("Philippine", "Philippines"),  # a country named in the plural
        ("Maldivian", "Maldives"),
        ("Catholic", None),
        ("Islamic", None),
        ("Pacific", None),
    ],
)
def test_a_nationality_names_its_country(word: str, country: str | None) -> None:
    from generator.extract.gazetteer import gazetteer

    found = gazetteer().country_of_demonym(word)
    assert (found.name if found else None) == country


@pytest.mark.parametrize(
    "body",
    [
        "The dam talks will resume in March, according to Xinhua.",
        "The minister said in an interview with Xinhua that the dam would open in May.",
    ],
)
def test_a_source_a_town_shares_its_name_with_is_no_place(nlp, tmp_path: Path, body: str) -> None:
    """Xinhua is also a county of Hunan: a source told or cited is not it."""
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Xinhua" not in {p["name"] for p in sheet["places"]}
    assert actors(sheet)["Xinhua"]["type"] == "organization"


def test_a_plural_nationality_the_model_took_for_a_person_is_no_actor(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(nlp, tmp_path, "Mara Voss said Britons should stay at home.")
    assert "Britons" not in actors(sheet)


@pytest.mark.parametrize(("word", "label"), [("Icelandic", "NORP"), ("Vantor", "ORG")])
def test_a_nationality_the_model_took_for_a_body_is_a_nationality(
    nlp, word: str, label: str
) -> None:
    """'Icelandic businessman X' with 'Icelandic' labelled ORG: no body called Icelandic."""
    from spacy.tokens import Doc

    from generator.extract.name_spans import as_nationality

    doc = Doc(
        nlp.vocab,
        words=[word, "businessman", "Karl", "Weston"],
        tags=["JJ", "NN"] + ["NNP"] * 2,
        sent_starts=[True, False, False, False],
    )
    doc.ents = [doc.char_span(0, len(word), label="ORG")]
    assert as_nationality(doc.ents[0]).label_ == label


@pytest.mark.parametrize(
    "body, town",
    [
        (
            "The agency told residents along the northern coasts of Hokkaido to leave. A small "
            "wave hit a port in Hokkaido.",
            "Hokkaido",
        ),
        (
            "Officials inspected the Okinawa facilities on Monday. Most of the visiting troops are "
            "based in Okinawa.",
            "Okinawa",
        ),
    ],
)
def test_a_town_the_model_labels_a_body_that_never_acts_is_the_place(
    nlp, tmp_path: Path, body: str, town: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert town not in actors(sheet)
    assert town in [p["name"] for p in sheet["places"]]


def test_a_team_named_like_its_town_stays_a_body_beside_the_town(nlp, tmp_path: Path) -> None:
    body = "Fulham's Peter Novak scored twice. Fulham were held by Chelsea in London. Fans in Fulham cheered."
    sheet = sheet_for(nlp, tmp_path, body)
    assert actors(sheet)["Fulham"]["type"] == "organization"


def test_a_body_that_shares_its_name_with_a_town_is_a_body(nlp, tmp_path: Path) -> None:
    found = actors(
        sheet_for(
            nlp,
            tmp_path,
            "Japan's top carmaker Toyota said on Monday it would build a plant in Linz. "
            "The state news agency Xinhua reported the plan.",
        )
    )
    assert found["Toyota"]["type"] == "organization"
    assert found["Xinhua"]["type"] == "organization"


def test_a_name_ends_before_a_bracket_it_does_not_close(nlp) -> None:
    from generator.extract.names import entities

    doc = nlp.make_doc("Experts of the Northern Rivers Commission (NRC) met.")
    doc.ents = [Span(doc, 3, 8, label="ORG")]  # the model's span stops inside the brackets
    assert [(e.text, e.label_) for e in entities(doc)] == [("Northern Rivers Commission", "ORG")]


def test_a_name_ends_before_the_score_the_model_ran_it_into(nlp) -> None:
    from generator.extract.names import entities

    doc = nlp.make_doc("Kyrgyzstan tied with Tajikistan 2-2 on Friday, and Channel 4 showed it.")
    doc.ents = [Span(doc, 3, 7, label="PERSON"), Span(doc, 11, 13, label="ORG")]
    assert [e.text for e in entities(doc)] == ["Tajikistan", "Channel 4"]


def test_a_role_whose_words_another_role_holds_is_left_out() -> None:
    from generator.extract.actors import entity_role
    from generator.records import Entity, RoleFinding

    roles = ["President", "President", "Chinese President", "party leader"]
    entity = Entity("person", "Hu Lan", roles=[RoleFinding(r, None, 0) for r in roles])
    assert entity_role(entity) == "Chinese President; party leader"


@pytest.mark.parametrize("label", ["ORG", "PERSON", "GPE"])
@pytest.mark.parametrize("nationality", ["Ugandan", "Ugandans", "Nepalis"])
def test_a_nationality_is_no_actor_or_place_whatever_the_models_label(
    nlp, label: str, nationality: str
) -> None:
    from generator.extract.mentions import classify

    doc = nlp(f"A {nationality} court acquitted the doctor on Monday.")
    assert classify(Span(doc, 1, 2, label=label), set()).kind == "drop"


@pytest.mark.parametrize("name", ["Cameron", "Chin", "Tong"])
def test_a_name_that_begins_like_a_country_is_no_nationality(nlp, name: str) -> None:
    from generator.extract.mentions import classify

    doc = nlp(f'"We will win," {name} said on Monday.')
    start = next(t.i for t in doc if t.text == name)
    assert classify(Span(doc, start, start + 1, label="PERSON"), set()).kind == "person"


def test_a_capital_named_like_a_nationality_is_a_place(nlp) -> None:
    from generator.extract.mentions import classify

    doc = nlp("The ministers met in Tunis on Monday.")
    assert classify(Span(doc, 4, 5, label="GPE"), set()).kind != "drop"


def test_a_lower_case_word_labelled_person_is_no_name(nlp) -> None:
    from generator.extract.mentions import classify

    doc = nlp("The budget is 70 trillion kwacha this year.")
    assert classify(Span(doc, 5, 6, label="PERSON"), set()).kind == "drop"


@pytest.mark.parametrize(
    "body, end, name",
    [
        ("Russian Anna Petrova won the final on Sunday.", 3, "Anna Petrova"),
        ("Spaniard Pablo Ruiz won the final on Sunday.", 3, "Pablo Ruiz"),
        ("Jordanian King Tomas II opened the bridge on Sunday.", 4, "Tomas II"),  # nor the title
    ],
)
def test_a_nationality_before_a_persons_name_is_no_part_of_it(
    nlp, body: str, end: int, name: str
) -> None:
    from generator.extract.mentions import classify

    doc = nlp(body)
    mention = classify(Span(doc, 0, end, label="PERSON"), set())
    assert (mention.kind, mention.text) == ("person", name)


def test_a_name_with_a_title_in_apposition_is_a_persons_whatever_the_label(nlp) -> None:
    from generator.extract.mentions import classify

    doc = nlp("Ivo Petrov, the league's president, resigned on Monday.")
    assert classify(Span(doc, 0, 2, label="ORG"), set()).kind == "person"
    doc = nlp("Marta Novak-Horvat, a deputy of the Varn Liberal Party, resigned on Monday.")
    assert [t.text for t in doc[:4]] == ["Marta", "Novak", "-", "Horvat"]  # one name, two words
    assert classify(Span(doc, 0, 4, label="ORG"), set()).kind == "person"
    doc = nlp("The Vienna Rangers, the league's champions, won again on Monday.")
    assert doc[2].tag_ == "NNPS" and any(c.dep_ == "appos" for c in doc[2].children)
    assert classify(Span(doc, 1, 3, label="ORG"), set()).kind == "organization"  # a plural


def test_a_body_named_like_a_town_on_a_title_or_kind_is_the_body(nlp) -> None:
    from generator.extract.mentions import classify

    doc = nlp("The Wako official said shares of the Wako group fell on Friday.")
    assert classify(Span(doc, 1, 2, label="ORG"), set()).kind == "organization"
    assert classify(Span(doc, 7, 8, label="ORG"), set()).kind == "organization"


def test_a_name_after_a_comma_and_a_conjunction_is_no_apposition(nlp, tmp_path: Path) -> None:
    body = "The try was converted by Peter Lund, and Alex King landed two penalties."
    assert actors(sheet_for(nlp, tmp_path, body))["Peter Lund"]["role"] is None


def test_a_person_labelled_name_ending_in_a_bodys_word_is_an_organisation(
    nlp, tmp_path: Path
) -> None:
    body = "The deal with Sam Yang Company was signed on Monday."
    assert actors(sheet_for(nlp, tmp_path, body))["Sam Yang Company"]["type"] == "organization"


@pytest.mark.parametrize(
    "body, name, kind",
    [
        ('"There will be talks," Song Tao told Xinhua.', "Xinhua", "organization"),
        (
            "Wu Li said in an interview with Xinhua that the plan would work.",
            "Xinhua",
            "organization",
        ),
        (
            '"The plan is dead," Ivo Petrov was quoted as saying by Kurier.',
            "Kurier",
            "organization",
        ),
        # the other side of a result is a team
        (
            "Hamid Rostami scored twice to earn Fulham a 2-1 win over Bolton on Sunday.",
            "Bolton",
            "organization",
        ),
        # a town's name that is only the other side of a result is a team
        (
            "Liverpool moved up after a convincing 2-0 win over Sunderland on Wednesday.",
            "Sunderland",
            "organization",
        ),
        ("Seattle lost its game on Saturday against Sacramento.", "Sacramento", "organization"),
        (  # a player's club in brackets
            "Top scorers this season: 9 Marco Lenti (Catania), Paolo Ferri (Siena).",
            "Siena",
            "organization",
        ),
        (  # whole, though the model ran the possessor on: a team
            "In the other match Biarritz thrashed Italy's Treviso 34-7 on Sunday.",
            "Treviso",
            "organization",
        ),
        # a person told something is named in full, or given a title
        ("Ivo Petrov told Marta Berg about the plan.", "Marta Berg", "person"),
        ("Ivo Petrov told Chairman Lund about the plan.", "Lund", "person"),
        # a lone name after a team's plural title is a team's ('leaders Chelsea')
        (
            "Dunmore beat defending champions Halvik Rovers 3-2 on Saturday.",
            "Halvik Rovers",
            "organization",
        ),
        ("Leaders Tarnford host bottom side Dunmore.", "Tarnford", "organization"),
        # a plural before a list of names is each one's title
        ("Foreign ministers Omar Sanko and Helen Marsh met in Vienna.", "Omar Sanko", "person"),
        # a name ending in a company word is a company's
        ("Orvex Electric agreed to sell a stake to Tarnford.", "Orvex Electric", "organization"),
        ("Halvik Bancorp agreed to sell a stake to Tarnford.", "Halvik Bancorp", "organization"),
        (
            "Dunmore Holdings agreed to sell a stake to Tarnford.",
            "Dunmore Holdings",
            "organization",
        ),
    ],
)
def test_a_name_is_the_kind_its_sentence_shows(
    nlp, tmp_path: Path, body: str, name: str, kind: str
) -> None:
    """The model's PERSON label on a news outlet told things, a team (the other side of a
    result, after a team's plural title) or a company; a person told something stays one."""
    assert actors(sheet_for(nlp, tmp_path, body))[name]["type"] == kind


def test_a_name_in_brackets_after_a_persons_full_name_is_what_they_belong_to(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Leading scorers in the league after Saturday's matches:\n\n"
        "7 - Karl Weber (Dunmore United), Lars Holm (Everton)\n\n"
        'The crowd cheered "for Saddam (Hussein)" on Sunday.\n'
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Everton"]["type"] == "organization"
    assert found["Hussein"]["type"] == "person"  # after one name, the brackets may complete it


def test_a_person_labelled_name_a_kind_of_body_is_apposed_to_is_an_organisation(
    nlp, tmp_path: Path
) -> None:
    body = "Vexor, the country's largest carrier, said profits fell."
    assert actors(sheet_for(nlp, tmp_path, body))["Vexor"]["type"] == "organization"
    body = "Ivo Petrov, a ministry spokesman, said profits fell."  # a person of a body
    assert actors(sheet_for(nlp, tmp_path, body))["Ivo Petrov"]["type"] == "person"


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "The head of the state news agency Ahmed Khalil said on Monday the talks had failed.",
            "Ahmed Khalil",
        ),
        (
            "Spokesman of the ousted regime Karim Dastani claimed that three soldiers were killed.",
            "Karim Dastani",
        ),
    ],
)
def test_a_name_after_the_body_of_a_title_the_phrase_opens_with_holds_the_title(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    """'The head of the UN nuclear watchdog agency Mohamed ElBaradei': the body's word ends the
    title, not 'the relief agency Oxfam', a body named by its kind."""
    assert actors(sheet_for(nlp, tmp_path, body))[name]["type"] == "person"


def test_a_person_labelled_name_ending_in_a_places_word_is_a_place(nlp, tmp_path: Path) -> None:
    sheet = sheet_for(nlp, tmp_path, "Ho Chi Minh City will host the games.")
    assert "Ho Chi Minh City" in {p["name"] for p in sheet["places"]}
    assert "Ho Chi Minh City" not in actors(sheet)


def test_a_town_the_model_calls_a_person_is_a_place_where_things_happen(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Rallies were held across the country, including in the northern provinces Khon Kaen "
        "and Chiang Mai, Helen Marsh said."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    assert {"Khon Kaen", "Chiang Mai"} <= {p["name"] for p in sheet["places"]}
    assert set(actors(sheet)) == {"Helen Marsh"}


def test_a_place_labelled_name_a_who_clause_describes_is_a_person(nlp, tmp_path: Path) -> None:
    body = "Laos would have suffered had it not been for Phoxay Aphailath who picked up a wushu silver."
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Phoxay Aphailath" not in {p["name"] for p in sheet["places"]}
    assert actors(sheet)["Phoxay Aphailath"]["type"] == "person"


def test_a_place_named_by_its_first_word_too_is_one_place(nlp, tmp_path: Path) -> None:
    body = (
        "Floods hit central China's Hunan province on Monday. Rescue teams in Hunan said "
        "the waters were falling."
    )
    names = [p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]]
    assert "Hunan province" in names and "Hunan" not in names, names


@pytest.mark.parametrize(
    ("short", "country"),
    [("DPRK", "North Korea"), ("ROK", "South Korea"), ("DRC", "Democratic Republic of the Congo")],
)
def test_a_countrys_official_short_form_is_the_country(short: str, country: str) -> None:
    from generator.extract.gazetteer import gazetteer

    found = gazetteer().country(short)
    assert found is not None and found.name == country


def test_a_country_before_government_is_the_country(nlp, tmp_path: Path) -> None:
    body = "The DRC government signed the accord with Rwanda on Monday in Kigali."
    sheet = sheet_for(nlp, tmp_path, body)
    assert {"Democratic Republic of the Congo": "country"}.items() <= {
        a["name"]: a["type"] for a in sheet["actors"]
    }.items()


def test_a_body_listed_beside_another_is_not_its_role(nlp, tmp_path: Path) -> None:
    body = (
        "The groups watching the vote include the European Union, the Organization of American "
        "States and the Danube League."
    )
    assert actors(sheet_for(nlp, tmp_path, body))["European Union"]["role"] is None


def test_a_name_the_wire_broke_at_its_hyphen_is_one_name(nlp, tmp_path: Path) -> None:
    body = "Vice President Jean- Pierre Marlow rejected the ruling on Monday."
    assert actors(sheet_for(nlp, tmp_path, body))["Jean-Pierre Marlow"]["role"] == "Vice President"


def test_a_name_that_starts_with_arabic_s_article_is_kept(nlp, tmp_path: Path) -> None:
    """'al-Qaida', written in lower case: not a fragment of a phrase."""
    body = (
        "The attack was claimed by al-Qaida on Monday. "
        "Officials said al-Qaida had planned the attack for months."
    )
    assert actors(sheet_for(nlp, tmp_path, body))["al-Qaida"]["type"] == "organization"


def test_how_someone_came_to_the_post_is_no_part_of_the_role(nlp, tmp_path: Path) -> None:
    body = "Newly appointed deputy prime minister Tomas Berg met the envoys on Monday."
    assert actors(sheet_for(nlp, tmp_path, body))["Tomas Berg"]["role"] == "deputy prime minister"


@pytest.mark.parametrize(
    ("org", "merged"),
    [("Novak", True), ("Marsh", False), ("UN", False), ("Party", False)],
)
def test_an_organisation_named_by_a_word_of_one_person_s_name_is_that_person(org, merged) -> None:
    """'Novak's envoy' beside Peter Novak is his; not a name two people share, an acronym or a
    word for a body."""
    import spacy
    from spacy.tokens import Doc, Span

    from generator.extract.name_clashes import absorb_people_named_orgs
    from generator.records import Entity, NameMention

    people = [
        Entity("person", "Peter Novak"),
        Entity("person", "Helen Marsh"),
        Entity("person", "Anna Marsh"),
        Entity("person", "Party Jones"),
    ]
    doc = Doc(spacy.blank("en").vocab, words=[org, "envoy", "spoke"])
    mention = NameMention(Span(doc, 0, 1, label="ORG"), org, "organization")
    kept = absorb_people_named_orgs([Entity("organization", org, [mention])], people)
    assert (kept == []) == merged
    assert (people[0].mentions == [mention]) == merged


@pytest.mark.parametrize(
    "opening, person_wins", [("Executive Director Berg", True), ("Berg", False)]
)
def test_a_body_with_the_bare_name_of_a_titled_person_named_more_often_is_that_person(
    nlp, opening: str, person_wins: bool
) -> None:
    """Twice 'Executive Director Berg', once 'Berg' labelled a body: the person; a bare 'Berg'
    the model took for a person is no more a person than the body (a company's name)."""
    from spacy.tokens import Span

    from generator.extract.name_clashes import absorb_org_named_people, absorb_people_named_orgs
    from generator.records import Entity, NameMention

    doc = nlp(f"{opening} said the waste was toxic. Berg spoke again. Berg left on Monday.")
    spans = [Span(doc, t.i, t.i + 1) for t in doc if t.text == "Berg"]
    person = Entity("person", "Berg", [NameMention(s, "Berg", "person") for s in spans[:2]])
    org = Entity("organization", "Berg", [NameMention(spans[2], "Berg", "organization")])
    people = absorb_org_named_people([person], [org])
    orgs = absorb_people_named_orgs([org], people)
    assert (people == [person] and orgs == []) == person_wins
    assert (len(person.mentions) == 3) == person_wins


@pytest.mark.parametrize(
    "body, person",
    [
        (
            "Former Governor Arvid Lunde opened the Arvid Lunde Library in Tromso on Monday. "
            "Lunde said the library would be free.",
            "Arvid Lunde",
        ),
        (
            "Princess Mara Velic, the ousted leader of the Green Union, founded the Mara Velic "
            "Party on Friday. Velic said the party would run in the next election.",
            "Mara Velic",
        ),
    ],
)
def test_a_titled_person_is_not_the_body_named_after_them(
    nlp, tmp_path: Path, body: str, person: str
) -> None:
    named = actors(sheet_for(nlp, tmp_path, body))
    assert named[person]["type"] == "person"
    assert person not in next(a for n, a in named.items() if n.startswith(person + " "))["aliases"]


@pytest.mark.parametrize(
    "body, town",
    [
        (
            "The aid agency said the first trucks would leave for Kisangani via Goma on Friday. "
            "The convoy carries tents and blankets.",
            "Goma",
        ),
        ("Rebel envoy Paul Mbaya was reported to have left Goma for talks in Lome.", "Goma"),
        ("Relief supplies were flown to Gode, some 600 km from the capital, on Friday.", "Gode"),
    ],
)
def test_a_known_town_the_model_took_for_a_person_named_as_a_location_is_a_place(
    nlp, tmp_path: Path, body: str, town: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    assert town not in actors(sheet)
    assert town in [p["name"] for p in sheet["places"]]


def test_an_ethnic_people_is_a_group_not_the_country(nlp, tmp_path: Path) -> None:
    """'ethnic Albanians' marching in another country are no act of Albania's."""
    body = "Some 2,000 ethnic Albanians marched in Harlow on Sunday to protest the killings."
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Albania" not in actors(sheet)
    who = sheet["events"][0]["who"]
    assert who in (["albanians"], [{"text": "Albanians"}], [{"text": "ethnic Albanians"}])


def test_a_name_never_ends_in_the_weekday_the_model_ran_into(nlp, tmp_path: Path) -> None:
    body = "The minister told Xinhua Wednesday that the talks would resume in Harlow."
    assert "Xinhua" in actors(sheet_for(nlp, tmp_path, body))


def test_a_title_word_used_as_a_verb_names_no_person(nlp, tmp_path: Path) -> None:
    body = "Analysts say Omar Castel, who rose through party ranks to head Soviet Kazakhstan in 1989, enjoys solid support."
    found = actors(sheet_for(nlp, tmp_path, body))
    assert "Soviet Kazakhstan" not in found and found["Kazakhstan"]["type"] == "country", found


def test_a_name_listed_with_places_is_a_place(nlp, tmp_path: Path) -> None:
    body = "The army withdrew from Magwi, Palutaka and Tibika on Monday, the statement said."
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Tibika" not in actors(sheet)
    assert "Tibika" in {p["name"] for p in sheet["places"]}


@pytest.mark.parametrize(
    "words, tags, many",
    [
        (["Dunmore", "are", "fifth", "."], ["NNP", "VBP", "JJ", "."], True),
        (["Dunmore", "won", "their", "match", "."], ["NNP", "VBD", "PRP$", "NN", "."], True),
        (["Dunmore", "won", "his", "match", "."], ["NNP", "VBD", "PRP$", "NN", "."], False),
    ],
)
def test_a_name_that_agrees_as_many_names_a_body(
    nlp, words: list[str], tags: list[str], many: bool
) -> None:
    """'St Etienne are fifth', 'Watford secured their first win': the model's PERSON label on a
    club; parses the model makes only sometimes, so built by hand."""
    from spacy.tokens import Doc

    from generator.extract.retyping import agrees_as_many
    from generator.records import NameMention

    heads = [1, 1, 1, 1] if len(words) == 4 else [1, 1, 3, 1, 1]
    deps = (
        ["nsubj", "ROOT", "acomp", "punct"]
        if len(words) == 4
        else ["nsubj", "ROOT", "poss", "dobj", "punct"]
    )
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert agrees_as_many(NameMention(doc[0:1], "Dunmore", "person")) is many


def test_a_name_that_agrees_as_many_in_the_passive_names_a_body(nlp) -> None:
    """'United have been linked with two strikers': the passive's subject agrees too."""
    from spacy.tokens import Doc

    from generator.extract.retyping import agrees_as_many
    from generator.records import NameMention

    words = ["Dunmore", "have", "been", "linked", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[3, 3, 3, 3, 3],
        deps=["nsubjpass", "aux", "auxpass", "ROOT", "punct"],
        tags=["NNP", "VBP", "VBN", "VBN", "."],
    )
    assert agrees_as_many(NameMention(doc[0:1], "Dunmore", "person"))


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("Republic of Congo", "Republic of the Congo"),
    ],
)
def test_a_country_name_without_its_inner_article_is_the_country(
    written: str, country: str
) -> None:
    from generator.extract.gazetteer import gazetteer

    found = gazetteer().country(written)
    assert found is not None and found.name == country


def test_a_country_and_the_acronym_it_defines_are_one_place(nlp, tmp_path: Path) -> None:
    body = (
        "Peacekeepers in the Democratic Republic of Congo (DRC) drove the rebels out of a "
        "mining town on Sunday. Fighting in the DRC has displaced thousands."
    )
    places = [p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]]
    assert places == ["Democratic Republic of the Congo"], places


def test_a_title_word_that_modifies_a_noun_is_no_role(nlp, tmp_path: Path) -> None:
    body = "The rebels marched on Mbeya, the chief town of the region, on Monday."
    sheet = sheet_for(nlp, tmp_path, body)
    assert all(a["role"] != "chief" for a in sheet["actors"]), sheet["actors"]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a participle describing a body is part of its role
        (
            "Inspectors called for help from the world's governing body Vantra on Monday.",
            "Vantra",
            "governing body",
        ),
        (
            "Supporters of the ruling party Zembla marched through the capital on Friday.",
            "Zembla",
            "ruling party",
        ),
        # a plural title before 'and' or 'of' is other people's
        (
            "Aides of Zemblan Prime Minister Tomas Zelnik said on Monday he would travel.",
            "Tomas Zelnik",
            "Zemblan Prime Minister",
        ),
        (
            "African leaders and Zemblan President Tomas Zelnik opened a summit on Saturday.",
            "Tomas Zelnik",
            "Zemblan President",
        ),
        (
            "Two representatives of King Tomas Zelnik attended the funeral on Friday.",
            "Tomas Zelnik",
            "King",
        ),
        # a title found inside a body's name is the body's; the person's is before 'of the'
        (
            "He met Speaker of the House of Representatives Lawrence Joseph on Monday.",
            "Lawrence Joseph",
            "Speaker of the House of Representatives",
        ),
        (
            "He met Chairman of the Joint Chiefs of Staff Colin Powell on Monday.",
            "Colin Powell",
            "Chairman of the Joint Chiefs of Staff",
        ),
    ],
)
def test_a_role_read_from_the_words_before_a_name(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["role"] == role, found


@pytest.mark.parametrize(
    "body",
    [
        "Ministers met on the sidelines of the Asia-Pacific Economic Cooperation ( APEC) forum "
        "on Monday. The APEC leaders meet on Friday.",
        "Ministers met on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum "
        "on Monday. The APEC leaders meet on Friday.",
    ],
)
def test_a_body_spelled_out_before_its_acronym_is_one_organisation(
    nlp, tmp_path: Path, body: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    named = {a["name"]: a for a in sheet["actors"]}
    assert "APEC" in named["Asia-Pacific Economic Cooperation"]["aliases"], sheet["actors"]
    assert "Asia-Pacific Economic Cooperation" not in [p["name"] for p in sheet["places"]]


def test_a_town_the_gazetteer_knows_is_no_person_where_the_text_places_something_there(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Three passengers were held at Malaga airport in Spain on Saturday. "
        "The captain decided to carry on to Malaga and landed without incident."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Malaga" not in [a["name"] for a in sheet["actors"]], sheet["actors"]
    assert "Malaga" in [p["name"] for p in sheet["places"]]


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        (
            "The UN Security Council met on Monday. Diplomats said the Security Council would "
            "vote on a new resolution on Friday.",
            ["UN Security Council"],
        ),
        (
            "The Iraqi Health Ministry said on Monday that 40 people died. The Health Ministry "
            "gave no names.",
            ["Iraqi Health Ministry"],
        ),
        (
            "The Agricultural Bank of Zembla lent more this year. The Bank of Zembla, the "
            "central bank, raised its rates on Monday.",
            ["Agricultural Bank of Zembla", "Bank of Zembla"],
        ),
        (  # a name whose folded words are more than its written ones
            "The far-right German People's Union was fined on Friday. The People's Union said "
            "it would appeal.",
            ["German People's Union"],
        ),
        (  # a name of generic words only, after whose body it is
            "The US State Department said on Monday that talks would resume. A State "
            "Department spokesman gave no date.",
            ["US State Department"],
        ),
    ],
)
def test_a_body_named_without_whose_it_is_is_the_same_body(
    nlp, tmp_path: Path, body: str, bodies: list[str]
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    named = sorted(a["name"] for a in sheet["actors"] if a["type"] == "organization")
    assert named == bodies, sheet["actors"]


def test_a_full_name_the_model_took_for_a_body_is_the_person_its_surname_names(
    nlp, tmp_path: Path
) -> None:
    body = (
        "Reporters questioned Lavrov and his Brazilian counterpart, Celso Amorim, on Monday. "
        '"We are close," said Amorim.'
    )
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Celso Amorim"]["type"] == "person", found


def test_a_persons_family_name_alone_is_that_person_not_a_place(nlp, tmp_path: Path) -> None:
    body = (
        "Park Tae-Hwan won the 400m freestyle on Sunday. Nineteen-year-old Zhang, who lost to "
        "Park in the 50m freestyle two days ago, was the fastest qualifier for the final."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Park" not in [p["name"] for p in sheet["places"]], sheet["places"]
    park = next(a for a in sheet["actors"] if a["name"] == "Park Tae-Hwan")
    assert park["mentions"] == 2, park


def test_the_people_of_a_town_are_no_place(nlp, tmp_path: Path) -> None:
    body = "The campaign is to show Londoners that Paris isn't a stuffy museum city."
    places = [p["name"] for p in sheet_for(nlp, tmp_path, body)["places"]]
    assert "Londoners" not in places, places


@pytest.mark.parametrize(
    "body",
    [
        "Through his lawyers, Tomas Zelnik has denied the allegations in the civil suit.",
        "Accompanied by four ministers, Tomas Zelnik arrived in Paris on Wednesday.",
        "After meeting with his security officials, Tomas Zelnik ordered the army to act.",
    ],
)
def test_a_plural_before_a_comma_is_no_role_of_the_one_name_after_it(
    nlp, tmp_path: Path, body: str
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found["Tomas Zelnik"]["role"] is None, found


@pytest.mark.parametrize(
    "name, role",
    [
        ("Tomas Zelnik", "Zemblan astronaut"),  # a person noun in the plural, not only titles
        ("Ivo Marek", "Zemblan astronaut"),  # every name of the list, not the first alone
        ("Lena Varga", "Zemblan astronaut"),
        ("Peter Novak", "Chronicle reporter"),
        ("Helen Marsh", "Chronicle reporter"),
    ],
)
def test_each_name_of_a_list_after_a_plural_is_one_of_them(
    nlp, tmp_path: Path, name: str, role: str
) -> None:
    body = (
        "The spacecraft carried three Zemblan astronauts, Tomas Zelnik, Ivo Marek and Lena Varga."
        " The Chronicle reporters, Peter Novak and Helen Marsh, were called to testify."
    )
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


def test_a_compass_word_alone_names_nothing(nlp, tmp_path: Path) -> None:
    body = (
        "The rebel leader's speech renewed fears of war in the island's Northern and Eastern "
        "provinces, Zemblan officials said on Monday."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    named = named_in(sheet)
    assert "Northern" not in named and "Eastern" not in named, named


@pytest.mark.parametrize(
    ("body", "kept", "split"),
    [
        (
            "Officials in the Czech Republic, Cyprus and Malta said on Monday they met the test.",
            "Cyprus",
            "Czech Republic, Cyprus",
        ),
        (
            "The United Nations Educational, Scientific and Cultural Organization met in Paris.",
            "United Nations Educational, Scientific and Cultural Organization",
            "United Nations Educational",
        ),
    ],
)
def test_names_of_a_list_run_into_one_are_two(
    nlp, tmp_path: Path, body: str, kept: str, split: str
) -> None:
    from generator.extract.names import entities

    names = [e.text.removeprefix("the ").removeprefix("The ") for e in entities(nlp(body))]
    assert kept in names and split not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ministers said the Doha Round of trade talks must end next year.", "Doha Round"),
        (
            "The leaders reaffirmed the Millennium Development Goals at the summit on Monday.",
            "Millennium Development Goals",
        ),
    ],
)
def test_a_round_of_talks_or_a_programmes_goals_are_no_actor_or_place(
    nlp, tmp_path: Path, body: str, name: str
) -> None:
    sheet = sheet_for(nlp, tmp_path, body)
    named = named_in(sheet)
    assert name not in named, named


@pytest.mark.parametrize(
    "body, roles",
    [
        (
            "Peter Novak succeeded Omar Sanko as chairman on Monday.",
            {"Peter Novak": "chairman", "Omar Sanko": "former chairman"},
        ),
        (
            "Helen Marsh will replace Omar Sanko as president.",
            {"Helen Marsh": "president", "Omar Sanko": "president"},
        ),
    ],
)
def test_whoever_succeeds_someone_as_x_is_x_now(
    nlp, tmp_path: Path, body: str, roles: dict[str, str]
) -> None:
    """'Kane succeeded Mr. Taylor as chairman': the post is the successor's now; the one
    succeeded held it before."""
    found = actors(sheet_for(nlp, tmp_path, body))
    assert {name: found[name]["role"] for name in roles} == roles


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Ali Borzan, Co-director of Harbin Pacific Holdings, said the shares rose.",
            "Ali Borzan",
            "Co-director of Harbin Pacific Holdings",
        ),
        (
            "The court heard his co-defendant and half-brother Karim Tarzi.",
            "Karim Tarzi",
            "co-defendant and half-brother",
        ),
    ],
)
def test_a_co_title_is_a_title(nlp, tmp_path: Path, body: str, name: str, role: str) -> None:
    assert actors(sheet_for(nlp, tmp_path, body))[name]["role"] == role


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Rebels seized the town on Monday, the Varnel News Agency reported.",
            "Varnel News Agency",
            "news agency",
        ),
        (
            "Helen Marsh said in an interview with The Associated Press that the talks failed.",
            "Associated Press",
            "news agency",
        ),
        (
            "Rebels seized the town on Monday, the Orvalo Free Press reported.",
            "Orvalo Free Press",
            None,
        ),
    ],
)
def test_a_body_whose_name_says_it_is_a_news_agency_gets_that_role(
    nlp, tmp_path: Path, body: str, name: str, role: str | None
) -> None:
    found = actors(sheet_for(nlp, tmp_path, body))
    assert found[name]["type"] == "organization"
    assert found[name]["role"] == role


def test_a_towns_name_the_text_also_places_things_in_stays_a_place(nlp, tmp_path: Path) -> None:
    body = (
        "Liverpool moved up after a convincing 2-0 win over Sunderland on Wednesday. "
        "Talks were held in Sunderland on Friday."
    )
    sheet = sheet_for(nlp, tmp_path, body)
    assert "Sunderland" in [p["name"] for p in sheet["places"]]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a description before the comma, the body's name after it
        (
            "Ostrava's biggest farmers' party, the Harl League, is threatening to quit.",
            "Harl League",
            "Ostrava's biggest farmers' party",
        ),
        # the kind word after a name is the next name's kind
        (
            "A manager at Kestrel supplier Varnco Shoe Works was suspended on Monday.",
            "Kestrel",
            None,
        ),
        # not where a date follows it
        (
            "The mayor told the Ostrava Herald newspaper Tuesday that he would resign.",
            "Ostrava Herald",
            "newspaper",
        ),
    ],
)
def test_the_description_of_a_body(
    nlp, tmp_path: Path, body: str, name: str, role: str | None
) -> None:
    actors = {a["name"]: a for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert actors[name].get("role") == role


def test_no_description_before_a_name_whose_kind_word_starts_a_clause(nlp) -> None:
    """'... for the Ostravan army ministry, the Harl Courier daily reported': the daily's name
    and its kind word are the subject of a clause of their own, not in apposition."""
    from spacy.tokens import Doc

    from generator.extract.descriptions import role_first_descriptor

    words = ["for", "the", "army", "ministry", ",", "the", "Harl", "Courier", "daily", "said"]
    heads = [9, 3, 3, 0, 9, 8, 7, 8, 9, 9]
    deps = ["prep", "det", "compound", "pobj", "punct", "det", "compound", "compound", "nsubj"]
    tags = ["IN", "DT", "NN", "NN", ",", "DT", "NNP", "NNP", "NN", "VBD"]
    ents = ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[*deps, "ROOT"], tags=tags, ents=ents)
    for token, pos in zip(doc, ["ADP", "DET", "NOUN", "NOUN", "PUNCT", "DET", "PROPN", "PROPN"]):
        token.pos_ = pos
    assert role_first_descriptor(doc[6:8]) is None


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        # a plural apposition the parse made the name's conjunct tells of others
        (
            "Prime Minister Tomas Varga opened the forum on Monday. As well as Varga, about 30 "
            "heads of state and government, including Peter Novak, attended the opening.",
            "Tomas Varga",
            "Prime Minister",
        ),
        # a perfect's participle before the name acts on the person, it is no part of the post
        (
            "The visitors scored after Peter Novak was judged to have fouled defender Tomas Varga.",
            "Tomas Varga",
            "defender",
        ),
    ],
)
def test_words_that_are_no_part_of_a_person_s_post(
    nlp, tmp_path: Path, body: str, name: str, role: str
) -> None:
    actors = {a["name"]: a for a in sheet_for(nlp, tmp_path, body)["actors"]}
    assert actors[name].get("role") == role
