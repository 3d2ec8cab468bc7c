"""Key numbers from invented sentences: the whole value, what it counts, its amount, unit or
currency, whether the text hedges it, and the direction of a change."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from generator.extract.numbers import find_numbers
from tests.extract.test_actors import sheet_for


def numbers_of(nlp, tmp_path: Path, body: str) -> list[dict]:
    return sheet_for(nlp, tmp_path, body)["numbers"]


def what_of(nlp, tmp_path: Path, body: str, value: str) -> str | None:
    """What the number written VALUE in BODY counts."""
    return {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}[value]["what"]


@pytest.mark.parametrize(
    "body, value, what, fields",
    [
        (
            "Nearly 30,000 people were killed in the war.",
            "Nearly 30,000",
            "people killed in the war",
            {"amount": 30000, "approximate": True, "kind": "count"},
        ),
        (  # what a report tells of them, not the report
            "At least 51 people were reported killed in clashes in Harlow on Sunday.",
            "At least 51",
            "people killed",
            {"amount": 51, "approximate": True, "kind": "count"},
        ),
        (  # the noun of 'thousands of', not a hyphen the parse made its object
            "Hundreds of thousands of pro- and anti-Varn demonstrators marched in Harlow.",
            "Hundreds of thousands",
            "anti-Varn demonstrators marched in Harlow",
            {"kind": "count"},
        ),
        (  # no quotation mark is left without its pair
            'The Varn Front deployed thousands of its own "discipline men" to keep order in Harlow.',
            "thousands",
            "Varn Front's own discipline men deployed",
            {"kind": "count"},
        ),
        (  # a hyphenated word stays whole
            "Two would-be robbers emptied their pistols in the Harlow shop on Friday.",
            "Two",
            "would-be robbers emptied their pistols",
            {"amount": 2, "kind": "count"},
        ),
        (  # a sum before a thing is its value, not how many of it there are
            "Varnco signed a 5 billion dollar deal with Urgco on Monday.",
            "5 billion dollar",
            "value of deal with Urgco",
            {"amount": 5_000_000_000, "currency": "USD", "kind": "money"},
        ),
        (  # per share when the sum is one a share
            "Varnco extended its C$30-a-share bid for Urgco on Monday.",
            "C$30",
            "value per share of its bid for Urgco",
            {"amount": 30, "currency": "CAD", "kind": "money"},
        ),
        (  # an equivalent in brackets belongs to the number; the first currency is its own
            "Meridian offered 942 million Canadian dollars (US$801.2 million) for the port.",
            "942 million Canadian dollars (US$801.2 million)",
            None,
            {"amount": 942_000_000, "currency": "CAD", "kind": "money"},
        ),
        (  # to its closing bracket, past the unit words the model left out of the number
            "The clinic will cover surgery costs of more than 100,000 yuan (about 12,700 U.S. "
            "dollars), Li said.",
            "more than 100,000 yuan (about 12,700 U.S. dollars)",
            "surgery costs",
            {"amount": 100_000, "currency": "CNY", "kind": "money"},
        ),
        (  # one value, however many equivalents its brackets hold
            "Those who earned less than 20,075 kronor (2,945 dollars, 2,220 euros) a month get "
            "80 percent of it.",
            "less than 20,075 kronor (2,945 dollars, 2,220 euros)",
            None,
            {"amount": 20_075, "currency": "SEK", "kind": "money"},
        ),
        (  # a change keeps its direction and the level it reached
            "Danube exports rose 10.5 percent to 4.54 billion euros.",
            "10.5 percent to 4.54 billion euros",
            "rise in Danube exports",
            {"amount": 10.5, "unit": "percent", "change": "up"},
        ),
        (  # a bare number after 'of' is the size of a body of people
            "Police scattered a crowd of 2,000 near the Varn parliament.",
            "2,000",
            "size of crowd near the Varn parliament",  # and the phrase after the number's own
            {"amount": 2000, "kind": "count"},
        ),
        (
            "The trade surplus narrowed 29.6 percent in March.",
            "29.6 percent",
            "fall in trade surplus",
            {"change": "down"},
        ),
        (  # an age after a name
            "Frederick Wonham, 58, was named chairman of the commission.",
            "58",
            "age of Frederick Wonham",
            {"amount": 58},
        ),
        (  # a number in words
            "One trillion yen flowed out of the fund.",
            "One trillion yen",
            None,
            {"amount": 10**12, "currency": "JPY"},
        ),
        (  # the counted noun with what makes it specific
            "Some 38,000 U.S. troops in the Gulf will stay.",
            "Some 38,000",
            "U.S. troops in the Gulf",
            {"approximate": True},
        ),
        (  # an age written out, after a name
            "The family of Peter Novak, 37 years old when he vanished, was told on Monday.",
            "37 years old",
            "age of Peter Novak",
            {"amount": 37},
        ),
        (  # and before a noun
            "The bomber, a 21-year-old student from Linz, was arrested.",
            "21-year-old",
            "age of student",
            {"amount": 21},
        ),
        (  # with the words that say who, when no name does
            "The 52-year-old French national left for Paris on Monday.",
            "52-year-old",
            "age of French national",
            {"amount": 52},
        ),
        (  # a stretch of time is a number: what it measures is the noun it modifies
            "Helen Marsh began a four-day state visit to Austria on Monday.",
            "four-day",
            "length of state visit to Austria",
            {"amount": 4, "unit": "day", "kind": "duration"},
        ),
        (  # a relative clause's: the noun it hangs on
            "Police in Harlow freed a fisherman who had been held for three weeks.",
            "three weeks",
            "how long the fisherman had been held",
            {"amount": 3, "unit": "week", "kind": "duration"},
        ),
        (  # and without a noun, how long the clause it is 'for' lasts
            "The dam has been closed for 22 months, the council said.",
            "22 months",
            "how long the dam has been closed",
            {"amount": 22, "unit": "month", "kind": "duration"},
        ),
        (  # a relative clause's subject is the one it hangs on
            "Mira Kolar, who was jailed for eight months in February, left on Monday.",
            "eight months",
            "how long Mira Kolar was jailed",
            {"amount": 8, "unit": "month", "kind": "duration"},
        ),
        (  # an infinitive whose doer its clause does not name: how long to do it
            "The deal would allow the Orvanian navy to use a naval base for at least 20 more years.",
            "at least 20 more years",
            "how long to use a naval base",
            {"amount": 20, "unit": "year", "kind": "duration"},
        ),
        (  # but not 'the first ... to ... for N years', which says since when
            "Lena Vos became the first Orvanian to reach the final of the cup for 31 years.",
            "31 years",
            None,
            {"amount": 31, "unit": "year", "kind": "duration"},
        ),
        (  # a number restated after 'or' counts what the first one does
            "Acme offered 942 million dollars, or 37 dollars a share, for Brightco.",
            "37 dollars a share",
            "Acme offered for Brightco",
            {"amount": 37, "currency": "USD"},
        ),
        (  # a stretch of time something happens within: the period of its clause
            "Over the past 12 months, the price index has climbed steadily.",
            "the past 12 months",
            "period over which the price index has climbed",
            {"amount": 12, "unit": "month", "kind": "duration"},
        ),
        (  # a long clause told by its subject, verb and object
            "In the past 18 months, the Varn health agency has set up 10 new quarantine stations "
            "at airports, river ports and border crossings across the country.",
            "the past 18 months",
            "period in which the Varn health agency has set up 10 new quarantine stations",
            {"amount": 18, "unit": "month", "kind": "duration"},
        ),
        (  # 'in the next ...' is a time frame too; the clause is the subject's, not 'to ...'
            "The agency aims to vaccinate every child in the next five years.",
            "the next five years",
            "period in which the agency aims to vaccinate every child",
            {"amount": 5, "unit": "year", "kind": "duration"},
        ),
        (  # the length of a noun that is 'of' it
            "The league recommends a ban of 12 months for a first doping offence.",
            "12 months",
            "length of ban",
            {"amount": 12, "unit": "month", "kind": "duration"},
        ),
        (  # the time it takes to do something
            "It took engineers six hours to fix the tram line and the bus lanes reopened.",
            "six hours",
            "time to fix the tram line",
            {"amount": 6, "unit": "hour", "kind": "duration"},
        ),
        (  # and what takes it
            "Construction of the Harlow bridge will take five years.",
            "five years",
            "length of construction of the Harlow bridge",
            {"amount": 5, "unit": "year", "kind": "duration"},
        ),
        (  # a named doer by the name alone, without the title before it
            "Foreign Minister Helen Marsh on Friday met with three leaders of the Orvanian"
            " opposition.",
            "three",
            "leaders of the Orvanian opposition Helen Marsh met with",
            {"amount": 3},
        ),
        (  # a sum in a compound is the value of what it modifies, whichever pound it is
            "Norland agreed to a 10 billion-pound deal with Austria on Monday.",
            "10 billion-pound",
            "value of deal with Austria",
            {},
        ),
        (  # and a currency written with its country
            "The 8.58 million-U.S.-dollar project was launched on Tuesday in Harlow.",
            "8.58 million-U.S.-dollar",
            "value of project",
            {},
        ),
        (  # and so is a sum a thing is valued at
            "Turnover on Monday was 1.2 billion shares valued at 1.55 billion ringgit.",
            "1.55 billion ringgit",
            "value of shares",
            {},
        ),
        (  # a sum of a thing is its value, the currency a sign or a word
            "Varn Holdings plans to redeem its $150 million of convertible debentures.",
            "$150 million",
            "value of convertible debentures",
            {"amount": 150000000, "currency": "USD"},
        ),
        (  # AP writes its dollars before the number
            "Varn's debt to Harlow is about dlrs 1.2 billion.",
            "about dlrs 1.2 billion",
            "Varn's debt to Harlow",
            {"amount": 1200000000, "currency": "USD", "approximate": True},
        ),
        (  # 'an 18-year high' is the highest in 18 years: no length, but part of what it is
            "Gold traded at an 18-year high of 499.14 dollars per ounce on Monday.",
            "499.14 dollars per ounce",
            "gold at an 18-year high",
            {},
        ),
        (  # a noun's worth is another number's, not a word of this one's noun
            "The two ministers signed a 10-year economic program worth 5 billion dollars.",
            "10-year",
            "length of economic program",
            {"kind": "duration"},
        ),
        (  # a sum a thing is worth is the value of the thing
            "Norland sold machinery worth 14 billion euros to Austria last year.",
            "14 billion euros",
            "value of machinery",
            {"currency": "EUR"},
        ),
        (  # and a sum it costs, its cost
            "The new bridge is expected to cost 40 million euros.",
            "40 million euros",
            "cost of new bridge",
            {"currency": "EUR"},
        ),
        (  # the state a verb leaves its object in
            "The flood left 12,000 people homeless in the east.",
            "12,000",
            "people homeless",
            {"amount": 12000},
        ),
        (  # whose the measured thing is
            "Austria, with proven reserves of around 46 billion euros, will lend more.",
            "around 46 billion euros",
            "proven reserves of Austria",
            {"currency": "EUR"},
        ),
        (  # a relative clause's subject is the noun it hangs on
            "The bid came from Nordchem, which offered 942 million euros for the port.",
            "942 million euros",
            "Nordchem offered",
            {"currency": "EUR"},
        ),
        (  # a share of a whole
            "About 12 percent of the population carries the virus, Helen Marsh said.",
            "About 12 percent",
            "share of population that carries virus",
            {"unit": "percent"},
        ),
        (  # the participle that says which whole: those polled, not 'those'
            "In the poll, 41 percent of those questioned backed the Greens.",
            "41 percent",
            "share of those questioned",
            {"unit": "percent"},
        ),
        (  # a share won in a story of votes is a share of the vote
            "In the runoff vote, Omar Sanko secured just 6.64 percent.",
            "just 6.64 percent",
            "share of the vote won by Omar Sanko",
            {"unit": "percent"},
        ),
        (  # listed winners: whose share is whose is left unsaid
            "In the election, Weah and Sanko obtained 28.3 percent and 19.8 percent respectively.",
            "19.8 percent",
            "share of the vote won",
            {"unit": "percent"},
        ),
        (  # what befalls a counted noun is said once
            "There were dozens of people killed in the clashes.",
            "dozens",
            "people killed in the clashes",
            {},
        ),
        (  # a distance, from where
            "The dam lies 17 kilometers (10 miles) from Gyor, near the border.",
            "17 kilometers (10 miles)",
            "distance from Gyor",
            {"amount": 17},
        ),
        (  # from a place the text does not name
            "The militia says its camp lies 80 kilometres (50 miles) from the capital.",
            "80 kilometres (50 miles)",
            "distance from the capital",
            {"amount": 80},
        ),
        (  # the noun a name modifies is the place
            "The plane crashed 20 km from the Thai border.",
            "20 km",
            "distance from the Thai border",
            {"amount": 20},
        ),
        (  # what a tally of things undergoes
            "Five teams visited a total of nine other sites on Friday.",
            "nine",
            "other sites visited",
            {"amount": 9},
        ),
        (  # what a relative clause says befell them
            "Of nine women who had been killed last year, four were from Gyor.",
            "nine",
            "women killed",
            {"amount": 9},
        ),
        (  # what they did, and to what
            "A total of 1.7 million people utilized the free health checks last year.",
            "1.7 million",
            "people utilized free health checks",
            {"amount": 1_700_000},
        ),
        (  # what a named doer has: the exhibition's pictures
            "The ten-day exhibition features more than 700 pictures of the river.",
            "more than 700",
            "pictures of the river the exhibition features",
            {"amount": 700},
        ),
        (  # a list the parse took for an apposition: what befell the list befell each
            "The blast killed one child, two members of the police force and all five bombers.",
            "two",
            "members of the police force killed",
            {"amount": 2},
        ),
        (
            "The blast killed one child, two members of the police force and all five bombers.",
            "five",
            "bombers killed",
            {"amount": 5},
        ),
        (  # a sum a doer makes or spends says from what or on what, up to its dates
            "Peter Novak made 3 million dollars from the sale of his shares between 1990 and 1992.",
            "3 million dollars",
            "Peter Novak made from the sale of his shares",
            {"currency": "USD"},
        ),
        (  # percentage points are one unit, and the change is the rate's
            "The vacancy rate fell by 2.4 percentage points to 9.1 percent.",
            "2.4 percentage points",
            "fall in vacancy rate",
            {"amount": 2.4, "unit": "percentage point", "change": "down"},
        ),
        (  # the wire's words for a market's change
            "Varn shares rebounded 2.3 percent in early trade on Tuesday.",
            "2.3 percent",
            "rise in varn shares",
            {"change": "up"},
        ),
        (  # a share that did something
            "About 80 percent of them volunteered for health checks in March.",
            "About 80 percent",
            "share of them that volunteered for health checks",
            {"amount": 80},
        ),
        (  # a change told without a verb
            "The surplus shrank, with exports up 7.6 percent at 1,922 billion yen.",
            "7.6 percent at 1,922 billion yen",
            "rise in exports",
            {"change": "up"},
        ),
        (  # an age apposed to a name is the name's
            "Danube Trust, a 136-year-old institution, named a new chairman.",
            "136-year-old",
            "age of Danube Trust",
            {},
        ),
        (  # an adjective after the noun belongs to it
            "Meridian had 21.8 million shares outstanding at the end of March.",
            "21.8 million",
            "shares outstanding",
            {"amount": 21_800_000},
        ),
        (  # the noun a short phrase makes specific, up to the number
            "It is a money-management firm with assets under management of about $17 billion.",
            "about $17 billion",
            "assets under management",
            {"currency": "USD"},
        ),
        (  # what a named doer came with
            "Helen Marsh, who arrived on Thursday with some 50 inspectors, left on Monday.",
            "some 50",
            "inspectors Helen Marsh arrived with",
            {"amount": 50},
        ),
        (  # a hyphenated compound names a measure of the noun it modifies
            "Drugs come in across the 5,400 kilometer-long border with Slovakia.",
            "5,400 kilometer-long",
            "length of border with Slovakia",
            {"amount": 5400},
        ),
        (
            "The 275-member parliament of Moldova voted on Monday.",
            "275-member",
            "size of parliament of Moldova",
            {"amount": 275},
        ),
        (
            "Riot police in Linz scattered a 50-strong mob.",
            "50-strong",
            "size of mob",
            {"amount": 50},
        ),
        (
            "Vienna granted Bratislava a 10-billion-dollar loan last year.",
            "10-billion-dollar",
            "value of loan",
            {"currency": "USD"},
        ),
        (  # a stretch of time told as a compound measures the noun too
            "The 30-year conflict over the Nagorno-Karabakh region took its toll.",
            "30-year",
            "length of conflict over the Nagorno-Karabakh region",
            {"unit": "year"},
        ),
        (
            "Helen Marsh praised the patience shown during the four-month-long hostage case.",
            "four-month-long",
            "length of hostage case",
            {"unit": "month"},
        ),
        (  # only 'with' says what a doer acts with: not 'came in third behind two leaders'
            "In Linz, Helen Marsh came in third behind two business leaders.",
            "two",
            "business leaders",
            {"amount": 2},
        ),
        (  # a possessive pronoun names its owner: the subject that controls the clause
            "Siemens said on Monday that it intends to raise its stake in Danube Trust to 30%.",
            "30%",
            "Siemens's stake in Danube Trust",
            {"unit": "percent"},
        ),
        (
            "Helen Marsh said her 300 inspectors would stay in Linz.",
            "300",
            "Helen Marsh's inspectors",
            {"amount": 300},
        ),
        (  # a subject the text names but nobody knows: whose, it does not tell
            "Helen Marsh met the minister. The minister said his 20 aides had left.",
            "20",
            "his aides left",
            {"amount": 20},
        ),
        (  # the level before or after a change is not its size
            "Danube Trust said sales rose to 5 million euros from 4 million euros.",
            "5 million euros",
            "sales after the rise",
            {"currency": "EUR"},
        ),
        (  # 'by' a change 'to' a level many times it: the parse's range is two numbers
            "Jobless claims in Varnia dropped by 14,300 to 207,000 last week.",
            "14,300",
            "fall in jobless claims in Varnia",
            {"amount": 14300, "change": "down"},
        ),
        (
            "Membership of the Harlow club rose by 1,200 to 31,000.",
            "31,000",
            "membership of the Harlow club after the rise",
            {"amount": 31000},
        ),
        (  # ... and a range of like values stays one
            "Rents in Harlow could rise by 40 to 80 percent next year.",
            "40 to 80 percent",
            "rise in rents in Harlow",
            {"unit": "percent"},
        ),
        (  # the level a count is brought to: the count, not a thing it counts
            "Three more deaths on Thursday brought December's toll to 99, the military said.",
            "99",
            "December's toll",
            {"amount": 99},
        ),
        (  # a value the parse joins to the noun that the first one measures
            "Exports rose 1.6 percent, after gains of 2.6 percent in May and 5.6 percent in April.",
            "5.6 percent",
            "gains",
            {"unit": "percent"},
        ),
        (  # a counting noun's long 'of' phrase cut to its noun
            "The finds bring to five the number of bodies found in less than two weeks near "
            "the town.",
            "five",
            "number of bodies",
            {"amount": 5},
        ),
        (  # a sentence's first word loses its capital, a nationality keeps it
            "Sales rose to 5 million euros.",
            "5 million euros",
            "sales after the rise",
            {"currency": "EUR"},
        ),
        (
            "Austrian share prices rose 1.2 percent on Monday.",
            "1.2 percent",
            "rise in Austrian share prices",
            {"unit": "percent"},
        ),
        (  # a verb that moves its object moves the object, not its subject
            "The central bank hopes to bring down inflation to 4 percent by next year.",
            "4 percent",
            "inflation after the fall",
            {"unit": "percent"},
        ),
        (  # 'to' hung on its 'from' by the parser: the level reached all the same
            "HIV prevalence among adults rose from 15.6 percent in 2002 to 16.2 percent in 2005.",
            "16.2 percent",
            "HIV prevalence among adults after the rise",
            {"unit": "percent"},
        ),
        (  # the level before: not of the period the subject names
            "Danube Trust said its revenue for 2005 was 4.5 million euros, up from 3.4 million "
            "euros in 2004.",
            "3.4 million euros",
            "Danube Trust's revenue before the rise",
            {"currency": "EUR"},
        ),
        (
            "Danube Trust said profit was 4.7 million euros, up from 3.8 million euros.",
            "3.8 million euros",
            "profit before the rise",
            {"currency": "EUR"},
        ),
        (  # a verb keeps its particle: laid off, not laid
            "Danube Trust said some 300 workers were laid off last year.",
            "some 300",
            "workers laid off",
            {"amount": 300},
        ),
        (  # the noun a coordinated clause leaves out
            "About 300 people were killed in Linz and 1,200 injured.",
            "1,200",
            "people injured",
            {"amount": 1200},
        ),
        (  # ... however small the number
            "At least 30 people were killed in the blast in Linz and 12 wounded.",
            "12",
            "people wounded",
            {"amount": 12},
        ),
        (  # ... or a part 'of whom' or 'of them' of a number before it
            "Some 390 miners were in the Varn pit when the blast came, of whom 346 escaped.",
            "346",
            "miners escaped",
            {"amount": 346},
        ),
        (
            "Of the 300,000 people in Harlow who need drugs, only 42,000 of them receive them.",
            "only 42,000",
            "people receive",
            {},
        ),
        (  # the people a place is 'of' live there
            "With 21 reservoirs, the city of 16 million faces a water shortage, Helen Marsh said.",
            "16 million",
            "population of city",
            {},
        ),
        (
            "Varnia, a country of 13 million people, faces a food crisis.",
            "13 million",
            "population of country",
            {},
        ),
        (  # the participle of a passive the parse hung its subject's auxiliary on
            "Some 480,000 women were counselled and 210,000 tested in Harlow last year.",
            "Some 480,000",
            "women counselled",
            {},
        ),
        (  # ... with what the number's own clause does to a thing it names
            "Harlow has 300,000 people who need drugs, but only 42,000 of them are receiving "
            "treatment.",
            "only 42,000",
            "people receiving treatment",
            {},
        ),
        (  # ... or a number coordinated with it, by its noun only
            "The fair drew 6,000 Varnish traders and 2,000 from abroad.",
            "2,000",
            "traders",
            {},
        ),
        (  # ... or the noun the verb before counts, with what the number's own verb did
            "The storm killed 14 people and injured 120 in Harlow.",
            "120",
            "people injured",
            {},
        ),
        (
            "The blast hit a market on Monday, killing 9 people and wounding some 40.",
            "some 40",
            "people",
            {},
        ),
        (  # ... a sum is no count of things
            "Acme shares gained 5,500 won and Varn Steel rose 2,800 to 62,000 won.",
            "2,800",
            "rise in Varn Steel",
            {},
        ),
        (  # ... or the participle after it
            "Over 108,000 fowls had been culled and another 140,000 vaccinated.",
            "140,000",
            "fowls vaccinated",
            {},
        ),
        (  # ... a hyphenated noun whole
            "Some 25 million job-seekers enter the market, of whom 11 million find work.",
            "11 million",
            "job-seekers find work",
            {},
        ),
        (  # a share someone has, of the whole an earlier share is of
            "Helen Marsh had 59.2 percent of the votes while Karl Weston had 40.8 percent.",
            "40.8 percent",
            "share of votes",
            {},
        ),
        (  # ... or someone's share set against it
            "Helen Marsh took 43.5 percent of the vote to Karl Weston's 34 percent.",
            "34 percent",
            "share of vote",
            {},
        ),
        (  # an adjective past a comma says nothing of the counted things
            "The book had more than 250 editions in print, second only to the Bible.",
            "more than 250",
            "editions in print",
            {},
        ),
        (  # ... with a copula's adjective: how they were
            "Some 480 stocks moved up, 460 moved down and 330 were unchanged.",
            "330",
            "stocks unchanged",
            {},
        ),
        (  # 'which' stands for the number before it
            "Norland's exports were 76 billion euros in 2005, 57.3 percent of which are made "
            "by foreign firms.",
            "57.3 percent",
            "share of Norland's exports",
            {},
        ),
        (  # a number a typesetter broke with a space is one number
            "The number of registered boats in Norland reached 151, 000 in May.",
            "151,000",
            None,
            {"amount": 151_000},
        ),
        (  # and so is a decimal; a currency several countries name is still a currency
            "The mill's revenue rose to 307. 4 billion kwacha in the first half.",
            "307.4 billion kwacha",
            None,
            {"amount": 307_400_000_000, "kind": "money"},
        ),
        (  # a broken decimal before any unit, not only a scale word
            "Varnco shares rose 8 cents to 27. 60 dollars on Monday.",
            "27.60 dollars",
            None,
            {"amount": 27.6, "kind": "money"},
        ),
        (  # the currency sign the model leaves out, and the unit a price is of
            "Norcom offered C$37 a share for the port operator.",
            "C$37 a share",
            None,
            {"amount": 37, "currency": "CAD", "kind": "money"},
        ),
        (
            "Brent crude settled at 58.99 dollars per barrel in London.",
            "58.99 dollars per barrel",
            None,
            {"amount": 58.99, "currency": "USD"},
        ),
        (  # a pronoun that reports its speaker's own deed is the speaker
            "Norcom said it will pay 1,850 francs for each share of Valbank.",
            "1,850 francs",
            "Norcom pay for each share of Valbank",
            {},
        ),
        (  # an apposition after the phrase says again what it names
            "Norland's surplus with Sudria, its biggest trading partner, rose 11.2 percent.",
            "11.2 percent",
            "rise in Norland's surplus with Sudria",
            {"change": "up"},
        ),
        (  # a saying verb says nothing of what is counted
            "The deal was agreed, two firms said in a joint statement.",
            "two",
            "firms",
            {},
        ),
        (  # the model counted a sum as a number, its currency inside
            "Flood relief got an estimated 800 million yuan from the Dunmore fund.",
            "an estimated 800 million yuan",
            None,
            {"currency": "CNY", "kind": "money"},
        ),
        (  # an adjective stands for the people counted
            "The storm hit Pellow on Sunday, leaving at least 14 dead.",
            "at least 14",
            "dead",
            {},
        ),
        (  # what the counted are set to undergo, not the verb of expectation
            "Ten agreements are set to be signed during the Varn summit.",
            "Ten",
            "agreements to be signed",
            {},
        ),
        (  # a counting noun's 'of' phrase is all it counts, a participle with it
            "Since 2001, the number of Varnish soldiers killed in Pellow has increased to 121.",
            "121",
            "number of Varnish soldiers killed in Pellow after the rise",
            {},
        ),
        (  # the level a count reached is a key number, however small
            "The death toll from the Dunmore floods rose to 45 on Monday.",
            "45",
            "death toll from the Dunmore floods after the rise",
            {},
        ),
        (  # the state the parse hung on the noun, not the doer after it
            "The blast left two people dead in Pellow.",
            "two",
            "people dead",
            {},
        ),
        (  # another sum is no part of what a number measures; the one it is compared with says
            "Holm Steel made a loss of 276 million euros, against 168 million a year earlier.",
            "168 million",
            "loss a year earlier",
            {},
        ),
        (  # the dollar of a wire abbreviation: HK$, NZ$
            "The gold price rose 35 HK dollars in Hong Kong.",
            "35 HK dollars",
            None,
            {"currency": "HKD"},
        ),
        (
            "The dairy group paid 5 million NZ dollars for it.",
            "5 million NZ dollars",
            None,
            {"currency": "NZD"},
        ),
        (
            "The dairy group paid 5 million US dollars for it.",
            "5 million US dollars",
            None,
            {"currency": "USD"},
        ),
        (  # a currency's full name, which the model left out of the number
            "The dollar rose to 49.650 Philippine pesos from 49.470.",
            "49.650 Philippine pesos",
            None,
            {"currency": "PHP"},
        ),
        (
            "Turnover was 77.84 billion new Taiwan dollars.",
            "77.84 billion new Taiwan dollars",
            None,
            {"currency": "TWD"},
        ),
        (  # a currency's name the model cut ('146.10 Hong Kong' labelled a percentage)
            "Lantau Bank was up 0.07 percent at 146.10 Hong Kong dollars.",
            "0.07 percent at 146.10 Hong Kong dollars",
            "rise in Lantau Bank",
            {},
        ),
        (  # a sum right after 'worth' is the worth of the noun before it, however parsed
            "Turnover in Harlow stood at 512.4 million shares worth 1.374 billion ringgit "
            "(366.5 million U.S. dollars).",
            "1.374 billion ringgit (366.5 million U.S. dollars)",
            "value of shares",
            {"currency": "MYR"},
        ),
        (  # a part of a definite whole counts the whole's noun
            "More than 600 of the refugees died of hunger in the camps near Harlow.",
            "More than 600",
            "refugees died",
            {},
        ),
        (
            "Officials said about 2,000 of Varga's supporters gathered outside the court.",
            "about 2,000",
            "Varga's supporters gathered outside the court",
            {},
        ),
        (  # a hyphenated noun whole, even where the parse heads it by its first part
            "The driver was killed and two passers-by were wounded in Harlow.",
            "two",
            "passers-by wounded in Harlow",
            {},
        ),
        (  # a value listed after another of its kind counts what the first counts
            "Shell owns half of the field, while two Kelt firms hold 25 percent and 15 percent.",
            "15 percent",
            "share of field",
            {},
        ),
        (  # and changes as the first does
            "The financial and banking indices were down 0.33 percent and 0.54 percent.",
            "0.54 percent",
            "fall in financial and banking indices",
            {"change": "down"},
        ),
        (  # modifiers joined by 'and' make the noun specific together
            "Nearly 400 Kelt and Varn artists staged a gala in Harlow.",
            "Nearly 400",
            "Kelt and Varn artists staged gala",
            {},
        ),
        (
            "The dollar moved between 117.65 yen and 118.19 yen during the day.",
            "118.19 yen",
            "dollar moved",
            {},
        ),
        (  # a verb that states how much its subject is adds nothing to it
            "Trade between Austria and Slovakia amounted to 197 million euros in 2005.",
            "197 million euros",
            "trade between Austria and Slovakia",
            {},
        ),
        (  # and so does one that says the level held
            "The Varnian unemployment rate remained at 4.7 percent last month.",
            "4.7 percent",
            "Varnian unemployment rate",
            {},
        ),
        (
            "Total investment in the dam is estimated at 1.4 billion euros.",
            "1.4 billion euros",
            "total investment in the dam",
            {},
        ),
        (  # the active 'estimated' names who estimates: not how much it is
            "A survey estimated 30,000 new learners of Hungarian in Vienna.",
            "30,000",
            "new learners of Hungarian estimated",
            {},
        ),
        (  # a count the model leaves unlabelled at a sentence's start
            "Eleven people, including four lawmakers, have been arrested.",
            "Eleven",
            "people arrested",
            {"amount": 11, "kind": "count"},
        ),
        (
            "Eleven people, including four lawmakers, have been arrested.",
            "four",
            "lawmakers arrested",
            {"amount": 4, "kind": "count"},
        ),
        (  # an event's noun says what befell the counted
            "The regime was blamed for the deaths of as many as 1.2 million Varnians.",
            "as many as 1.2 million",
            "Varnians died",
            {},
        ),
        (
            "Six Varn soldiers were tried over the massacre of more than 200 prisoners.",
            "more than 200",
            "prisoners massacred",
            {},
        ),
        (  # not twice: what a relative clause tells already
            "The deaths of 23 migrants who perished in the van led to a trial.",
            "23",
            "migrants who perished in the van",
            {},
        ),
        (  # what befell them was in the event the relative clause hangs on
            "The worst clash was a shooting in southern Varn in which eight people died.",
            "eight",
            "people died in the shooting",
            {},
        ),
        (  # not in the doers the parse hung the clause on
            "Police said the troops, during which two villagers were shot, left the town.",
            "two",
            "villagers shot",
            {},
        ),
        (  # the included befell what the whole did
            "At least 20 people, including five children, were killed in the blast.",
            "five",
            "children killed in the blast",
            {},
        ),
        (
            "The bombing killed 30 people, including 12 policemen.",
            "12",
            "policemen killed",
            {},
        ),
    ],
)
def test_the_whole_value_with_what_it_counts(
    nlp, tmp_path: Path, body: str, value: str, what: str | None, fields: dict
) -> None:
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert value in found, list(found)
    number = found[value]
    if what is not None:
        assert number["what"] == what
    for key, expected in fields.items():
        assert number.get(key) == expected, (key, number)


@pytest.mark.parametrize(
    "body, value, what",
    [
        (
            "Norsteel shipped 52,300 tonnes of steel in 2004, compared with 41,150 in 2003.",
            "41,150",
            "steel shipped in 2003",
        ),
        (
            "Varnbank posted a net loss of 93 million euros, against 61 million in the same "
            "period of 2004.",
            "61 million",
            "net loss in the same period of 2004",
        ),
        (  # the phrase of its own replaces the first value's
            "Some 30 percent of the grain goes through Ostia, compared to 55 percent through Tarsa.",
            "55 percent",
            "share of grain that goes through Tarsa",
        ),
        (  # a level reached is compared with the level before
            "The bond's yield climbed to 4.61 percent against 4.57 percent.",
            "4.57 percent",
            "bond's yield before the rise",
        ),
        (  # the change of what its own phrase names
            "The Varn index has fallen 5.9%, compared with 3.3% for the Ostia average.",
            "3.3%",
            "fall in the Ostia average",
        ),
        (  # a value that counts a noun of its own counts it
            "Prosecutors filed charges against four officers.",
            "four",
            "officers",
        ),
    ],
)
def test_a_value_given_for_comparison_measures_what_the_first_does(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


def test_one_currency_s_price_in_another_is_no_comparison(nlp, tmp_path: Path) -> None:
    body = "Silver fell 2 dollars at the exchange rate of one U.S. dollar against 7.76 krona."
    assert "fall in silver" not in (what_of(nlp, tmp_path, body, "7.76 krona") or "")


def test_a_sum_within_which_a_thing_is_is_no_value_of_it(nlp, tmp_path: Path) -> None:
    """'within $100 million of its goal' is how far from the goal, not what the goal is worth."""
    body = "Varn Holdings is now within $100 million of its goal."
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert not (found["$100 million"]["what"] or "").startswith("value of")


@pytest.mark.parametrize(
    "body, value",
    [
        ("Nashua will buy back 10.4% of the 9.6 million outstanding.", "9.6 million"),
        ("The new road runs more than 300 km along the coast.", "more than 300"),
    ],
)
def test_a_unit_or_a_sign_is_no_thing_counted(nlp, tmp_path: Path, body: str, value: str) -> None:
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    what = found[value]["what"] if value in found else None
    assert what is None or len(what) > 3, what


def test_what_is_never_a_bare_verb(nlp, tmp_path: Path) -> None:
    body = (
        "Fighting forced 200,000 from their homes. Austria, Hungary and Slovakia signed. "
        "The fund gave 40 million euros to farmers. They sold 3,000 tonnes."
    )
    for number in numbers_of(nlp, tmp_path, body):
        what = number["what"]
        assert what is None or len(what.split()) > 1 or not what.endswith(("ed", "s")), number


@pytest.mark.parametrize(
    "body, value",
    [
        # its own phrase counts the overs: the runs are not overs
        ("Harlow made 215 in 57.4 overs and 128 in 33.1 overs.", "128"),
        # a day after it is not what it counts
        ("Police said the death toll rose to eight late Wednesday in Harlow.", "eight"),
        # nothing in its sentence shows that the noun is left out
        ("The 300 delegates met in Varn on Monday. Only 120 voted.", "Only 120"),
    ],
)
def test_a_noun_is_borrowed_only_where_the_sentence_leaves_it_out(
    nlp, tmp_path: Path, body: str, value: str
) -> None:
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found.get(value, {}).get("what") is None, found[value]


@pytest.mark.parametrize(
    "body, value, adjective",
    [
        (
            "Sales slumped for models such as 307 compact and the 407 midsized sedan.",
            "307",
            "compact",
        ),
        ("The trial of one Iranian and four Lebanese began in Varn.", "four", "lebanese"),
    ],
)
def test_only_a_bare_lower_case_adjective_stands_for_those_counted(
    nlp, tmp_path: Path, body: str, value: str, adjective: str
) -> None:
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found.get(value, {}).get("what") != adjective


def test_what_is_never_a_bare_currency(nlp, tmp_path: Path) -> None:
    body = (
        "Trade fell to dlrs 14 billion last year, down dlrs 2.5 billion from 1996. "
        "The gold price in Hong Kong rose 35 HK dollars to 4,351 HK dollars a tael."
    )
    for number in numbers_of(nlp, tmp_path, body):
        assert (number["what"] or "").lower() not in {"dlrs", "dollars", "euros", "hk dollars"}


@pytest.mark.parametrize(
    "body, value, what",
    [
        # the subject of 'agreed', 'plans', 'is expected' does what its 'to' verb says
        (
            "Norgas agreed to pay 7.4 billion dollars to the consortium.",
            "7.4 billion dollars",
            "Norgas agreed to pay",
        ),
        (
            "Austria's trade surplus is expected to reach 9 billion euros.",
            "9 billion euros",
            "Austria's trade surplus expected to reach",
        ),
        ("Visibility was reported to be 500 meters in Vienna.", "500 meters", "visibility"),
        # a number before an adjective measures its noun as the adjective has it
        (
            "Those treated had a 31 percent lower risk of death.",
            "31 percent",
            "lower risk of death",
        ),
        (
            "Austria reported a 4.2 percent registered unemployment rate.",
            "4.2 percent",
            "registered unemployment rate",
        ),
        (
            "20 percent more Austrian students enrolled this year.",
            "20 percent",
            "more Austrian students",
        ),
        # the market a price is made in is no kind of sum
        (
            "Varnco shares closed unchanged at $10.625 in composite trading on the Harlow exchange.",
            "$10.625",
            "Varnco shares at the close",
        ),
        (
            "Varnco shares plunged $4.375 in composite trading yesterday.",
            "$4.375",
            "fall in Varnco shares",
        ),
        # a level told as a mark is the level of what reached it, not of the mark
        (
            "The Varn jobless rate fell to a four-year low of 5.3 percent in October.",
            "5.3 percent",
            "Varn jobless rate at a four-year low",
        ),
        (
            "The governor's approval rating hit a new low of 35 percent.",
            "35 percent",
            "governor's approval rating at a new low",
        ),
        # a share without its whole is of the whole an earlier share of its sentence is of
        (
            "The poll showed 54 percent of the voters backed the plan while 39 percent opposed it.",
            "39 percent",
            "share of voters",
        ),
        (
            "It found 86 percent of students in Vienna and 31 percent in Graz have poor eyesight.",
            "31 percent",
            "share of students",
        ),
        # the parse hangs the noun's own phrase on the number of its 'of'
        (
            "The report set off a slide of over four percent in Norbank's share price.",
            "over four percent",
            "slide in Norbank's share price",
        ),
        (
            "Zembla kept an import tax of 30 percent on raw cane sugar.",
            "30 percent",
            "import tax on raw cane sugar",
        ),
    ],
)
def test_what_a_number_counts_is_read_from_its_clause(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found[value]["what"] == what


@pytest.mark.parametrize(
    "body, value, what",
    [
        ("Norbank closed up 50 cents at 13.50 euros.", "13.50 euros", "Norbank at the close"),
        ("Norbank lifted 12 cents to 39.33 euros.", "39.33 euros", "Norbank"),
    ],
)
def test_a_level_after_a_change_is_no_unit_of_the_change(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    """The change's own unit ('50 cents') is no thing the level measures."""
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found[value]["what"].startswith(what)


def test_who_predicts_a_level_does_not_reach_it(nlp, tmp_path: Path) -> None:
    """'Lang predicted trade to hit N': the trade hits it, not Lang."""
    body = "Lang predicted Austria's trade to hit 690 billion euros."
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert not (found["690 billion euros"]["what"] or "").startswith("Lang")


@pytest.mark.parametrize(
    "body, value, what",
    [
        ("The Bank of Austria said it had sold 23 tonnes of gold last year.", "23 tonnes", "gold"),
        ("Austria won three gold medals in Vienna.", "three", "gold medals"),
        (
            "The insurer set up an arm to handle two billion Singapore dollars in funds.",
            "two billion Singapore dollars",
            "funds",
        ),
    ],
)
def test_metals_and_common_words_are_no_currency(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    """ISO 4217 codes gold (XAU), special drawing rights and funds, and 'Zimbabwean gold' ends
    in 'gold': none of them is money in a story."""
    from generator.extract.currencies import currency_of

    assert [currency_of(w) for w in ("gold", "silver", "rights", "funds", "value")] == [None] * 5
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found[value]["what"].startswith(what)


@pytest.mark.parametrize(
    "body, number",
    [
        ("Storm Signal No. 1 was raised over the port of Vienna.", "1"),
        ("Varga ended the season at No. 1 for the second time.", "1"),  # 'No', '.', '1'
        ("The council passed Resolution 1441 on Friday.", "1441"),
        ("Rapid Vienna beat Sturm Graz 3-1 on Sunday.", "3-1"),
        ("Rapid Vienna avenged a 3-1 defeat with a 5-0 rout of Sturm Graz.", "3"),
        ("Rapid Vienna avenged a 3-1 defeat with a 5-0 rout of Sturm Graz.", "5"),
        ("Rapid Vienna recorded a 1- 0 win over Sturm Graz.", "0"),  # the wire's broken hyphen
        ("Varnia reaffirmed its one-China policy on Monday.", "one"),  # a policy's name
        ("Flight 370 left Vienna with 239 people aboard.", "370"),
        ("Vienna's ATX 20 index of leading shares rose 0.4 percent.", "20"),
        ("The Standard and Poor's 500 index rose 3.2 points to 1,390.1.", "500"),
        ("The carrier chose Boeing's 787 airliner for its long routes.", "787"),
        ("The six-party talks on the dam resume in Vienna on Monday.", "six"),  # what kind
        ("Two-way trade between Austria and Hungary grew last year.", "Two"),
        ("The eight-time winner of the Danube Cup said she was happy.", "eight"),
        ("Years of one-party rule in Linz have ended, Helen Marsh said.", "one"),
        ("Austria will be one of the fastest growing economies in a year or two.", "two"),
        # 'one of' says which, it measures nothing
        ("An inquest into the death of one of the victims in Harlow was opened.", "one"),
        # whole metres written onto the number name a race
        ("Helen Marsh won the 100m in 10.9 seconds.", "100"),
        # the 'one' of a source who says something is an article
        ('"The river will rise," one Linz official said on Monday.', "one"),
        ("One Vienna diplomat said the talks were over.", "One"),
        ("Austria won the men's 1,500m freestyle and the 4x400m relay.", "1,500"),
    ],
)
def test_numbers_in_names_identifiers_and_scores_are_not_key_numbers(
    nlp, tmp_path: Path, body: str, number: str
) -> None:
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert number not in values, values


def test_a_number_ends_before_the_word_that_joins_it_to_the_next(nlp) -> None:
    """The model takes the 'to' of 'down 6 yen to 383 yen' into the first number."""
    from spacy.tokens import Span

    from generator.extract.number_values import without_noun_words

    doc = nlp("Shares were down 6 yen to 383 yen.")
    assert without_noun_words(Span(doc, 3, 6, label="MONEY")).text == "6 yen"


@pytest.mark.parametrize(
    "body, value, what",
    [
        (
            "It is also 15 years since Austria issued its first report on the river.",
            "15 years",
            "time since Austria issued its first report on the river",
        ),
        (
            "Roughly 40 minutes after the operation began, soldiers appeared on the roof.",
            "Roughly 40 minutes",
            "time after the operation began",
        ),
        (  # a long clause told short: its subject, verb and object
            "The protest came five days after a Varn court convicted the Harlow journalists "
            "of spying for a foreign power in the capital of the province.",
            "five days",
            "time after a Varn court convicted the Harlow journalists",
        ),
        (  # a sentence's length, and whose
            "Arno Kessel was sentenced on Monday to 11 years in prison for bribery.",
            "11 years",
            "length of Arno Kessel's sentence",
        ),
        (  # a verb's particle ends the clause
            "The northern ferry line will be shut down for about six days.",
            "about six days",
            "how long the northern ferry line will be shut down",
        ),
        (  # a bare stretch beside a verb with no object
            "The astronauts remained outside the station exactly five hours.",
            "five hours",
            "how long the astronauts remained outside the station",
        ),
        (  # the time spent, without the stretch in the middle of its clause
            "She has already spent seven months in custody.",
            "seven months",
            "how long she has already spent in custody",
        ),
        ("He visits the capital every two months to meet the inspectors.", "two months", None),
        (  # the time someone has or needs to do something
            "The organisers said they would need 45 days to print the ballots.",
            "45 days",
            "time to print the ballots",
        ),
        (
            "The assembly will then have 20 days to choose a speaker.",
            "20 days",
            "time to choose a speaker",
        ),
        (  # the time before what happened after it
            "The climbers were found alive after three days.",
            "three days",
            "time before the climbers were found",
        ),
        (  # or what the stretch was spent on
            "The smuggler was caught in Varn on Tuesday after six years on the run.",
            "six years",
            "time on the run",
        ),
        (
            "Helen Marsh, who is retiring in March after 12 years at the helm of the river "
            "commission, said the talks would go on.",
            "12 years",
            "time at the helm",
        ),
        (  # not how what came after was done
            "The visitors scored after 27 minutes with a low shot.",
            "27 minutes",
            "time before the visitors scored",
        ),
        (  # how long doing it took
            "Tomas Zelnik won the 100m in 9.88 seconds in Vienna on Sunday.",
            "9.88 seconds",
            "time to win the 100m",
        ),
        (  # a gap in a race, behind or ahead of whom
            "Tomas Zelnik was sixth in his heat, almost two minutes behind the champion Ivo Marek.",
            "almost two minutes",
            "time behind the champion Ivo Marek",
        ),
        (
            "The Varn bridge opened 15 minutes ahead of schedule.",
            "15 minutes",
            "time ahead of schedule",
        ),
        (  # no more than a bare verb would say: no key of what it measures
            "Tomas Zelnik did it in 30 seconds in Vienna on Sunday.",
            "30 seconds",
            None,
        ),
        ("The storm left at least 41 dead.", "at least 41", "dead"),
        (
            "The cyclone left more than 300 dead and 1200 injured near the coast.",
            "more than 300",
            "dead",
        ),
        (
            "The explosion killed 12 people and left more than 200 wounded during the festival.",
            "more than 200",
            "wounded during the festival",
        ),
        ("Two guards were killed and some 30 wounded by rocket fire.", "some 30", "guards wounded"),
        (  # a noun the sentence gave before is borrowed first
            "More than 4,000 pigs had been culled and another 9,000 vaccinated.",
            "9,000",
            "pigs vaccinated",
        ),
    ],
)
def test_what_a_stretch_of_time_or_a_bare_count_measures(
    nlp, tmp_path: Path, body: str, value: str, what: str | None
) -> None:
    """The time since or until a clause, how long a clause or a sentence lasts, the time to do
    something or before it happened, and the word for those a bare number counts."""
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found[value]["what"] == what


def test_a_phrase_ends_before_a_dangling_conjunction(nlp) -> None:
    from spacy.tokens import Doc

    from generator.extract.number_verbs import where_or_how

    words = ["people", "were", "killed", "on", "the", "spot", "and"]
    heads = [2, 2, 2, 2, 5, 3, 5]
    deps = ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "cc"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "CCONJ"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert where_or_how(doc[2]) == " on the spot"


def test_a_noun_s_phrase_ends_before_the_and_the_parse_left_in_it(nlp) -> None:
    from spacy.tokens import Doc

    from generator.extract.phrases import short_phrase

    words = ["a", "long", "siege", "of", "Harlow", "and", "the", "massacre", "of", "800"]
    heads = [2, 2, 2, 2, 3, 4, 7, 2, 7, 8]
    deps = ["det", "amod", "ROOT", "prep", "pobj", "cc", "det", "conj", "prep", "pobj"]
    pos = ["DET", "ADJ", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP", "NUM"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in short_phrase(doc[3], doc[9:10])] == ["of", "Harlow"]


def test_an_amount_in_words_is_a_number_and_a_hedge_alone_is_not(nlp, tmp_path: Path) -> None:
    body = "Nearly half of the harvest was lost. More than a dozen farms were flooded."
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert values == ["Nearly half", "More than a dozen"]


def test_what_a_measured_amount_of_a_thing_undergoes(nlp, tmp_path: Path) -> None:
    body = "Customs officers seized 53.1 kilograms of heroin. Thousands of refugees were killed."
    whats = [n["what"] for n in numbers_of(nlp, tmp_path, body)]
    assert whats == ["heroin seized", "refugees killed"]


def test_how_long_a_clause_with_its_dates_left_to_the_dates(nlp, tmp_path: Path) -> None:
    body = "Mira Kolar also served as ambassador to Orvania for four years from 1988."
    (years,) = [n for n in numbers_of(nlp, tmp_path, body) if n["value"] == "four years"]
    assert years["what"] == "how long Mira Kolar also served as ambassador to Orvania"


def test_a_long_phrase_keeps_its_noun(nlp, tmp_path: Path) -> None:
    body = "The father and three brothers of the 21-year-old bomber were detained on Tuesday."
    whats = {n["value"]: n["what"] for n in numbers_of(nlp, tmp_path, body)}
    assert whats["three"] == "brothers of the 21-year-old bomber detained"


def test_the_stretch_an_extreme_is_one_of_is_no_key_number(nlp, tmp_path: Path) -> None:
    body = "The Orvanian crown fell to a two-month low of 7.63 to the euro on Monday."
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert "two-month" not in values


@pytest.mark.parametrize(
    "text, mended",
    [
        ("reached 151, 000 in May", "reached  151,000 in May"),
        ("rose to 307. 4 billion kwacha", "rose to  307.4 billion kwacha"),
        ("closed at 1, 543.43 points", "closed at  1,543.43 points"),
        ("resolutions 1441, 242 and 338", "resolutions 1441, 242 and 338"),  # a list
        ("it ended in 1998. 12 people died", "it ended in 1998. 12 people died"),  # a sentence
        ("cents to 27. 60 dollars, Rio", "cents to  27.60 dollars, Rio"),
        ("lower, or 0. 68 percent, at", "lower, or  0.68 percent, at"),
        ("he won in 39. 90 seconds", "he won in  39.90 seconds"),
        ("He was 27. Twelve people came", "He was 27. Twelve people came"),  # a sentence
    ],
)
def test_a_number_broken_by_a_space_is_mended_in_place(text: str, mended: str) -> None:
    from generator.extract.sheet import mended_numbers

    assert mended_numbers(text) == mended
    assert len(mended) == len(text)  # every offset into the article stays


def test_a_stretch_of_a_date_is_a_date_not_a_key_number(nlp, tmp_path: Path) -> None:
    body = (
        "Norland's exports rose 5 percent in the first nine months of 2005. "
        "The river was closed to barges for 22 months."
    )
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert "the first nine months" not in values
    assert "22 months" in values


def test_a_bare_amount_in_a_currency_the_text_s_sums_name_is_money(nlp, tmp_path: Path) -> None:
    """'won' is a verb to the tagger; where the text's own sums are in won ('51.9 billion won'),
    'rallied 5,500 won' is 5,500 won."""
    body = (
        "Orvania Steel posted a profit of 51.9 billion won last year. Its shares rallied"
        " 5,500 won to 52,300 won on Friday."
    )
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert "5,500 won" in values and "52,300 won" in values


@pytest.mark.parametrize(
    "body, kept",
    [
        ("Helen Marsh met Peter Novak in Vienna, and the two leaders agreed on a quota.", []),
        ("Trade between the two countries rose to 366 million euros.", ["366 million euros"]),
        ("Two soldiers were killed near the border on Monday.", ["Two"]),
    ],
)
def test_a_small_count_after_the_points_back_and_is_no_key_number(
    nlp, tmp_path: Path, body: str, kept: list[str]
) -> None:
    assert [n["value"] for n in numbers_of(nlp, tmp_path, body)] == kept


def test_a_number_the_wire_broke_at_its_hyphen_is_one_value(nlp, tmp_path: Path) -> None:
    """'his three- nation tour' is 'three-nation', the size of the tour, as written whole."""
    body = "Omar Sanko visited Varnia on Monday as part of his three- nation tour."
    values = {n["value"] for n in numbers_of(nlp, tmp_path, body)}
    assert "three-nation" in values


@pytest.mark.parametrize(
    "body, what",
    [
        (
            "Orvania pledged 10 million dollars in emergency aid to the flood victims.",
            "emergency aid pledged",
        ),
        ("The guard forfeited 71,277 dollars in salary by missing the game.", "salary forfeited"),
        (  # in a currency several countries' money is called by
            "The families had demanded 20 million pounds in compensation from the army.",
            "compensation from the army demanded",
        ),
        (  # past the equivalent in brackets
            "Families of the dead will each receive 200,000 yuan (25,000 dollars) in compensation.",
            "compensation",
        ),
        # not the market a price is reached in, nor a time
        ("The dollar rose to 121.34 yen in afternoon trade.", "dollar after the rise"),
        (  # a sum the model split from its currency, joined again
            "The firm paid 2 million euros in damages to the growers.",
            "damages paid",
        ),
        (  # after a preposition
            "Varnia will benefit from the 5 billion dollars in soft loans the bank will provide.",
            "soft loans",
        ),
        (  # what a sum is invested in is where it goes
            "The province invested 56 million yuan (seven million dollars) in tourism.",
            "investment in tourism",
        ),
        # 'in cash' is how a sum is paid, 'in compliance with' a preposition
        ("Orvex bought the unit for 165 million dollars in cash.", "price of unit"),
    ],
)
def test_a_sum_in_a_kind_of_thing_is_that_thing(nlp, tmp_path: Path, body: str, what: str) -> None:
    assert [n["what"] for n in numbers_of(nlp, tmp_path, body)] == [what]


@pytest.mark.parametrize(
    "body, whats",
    [
        (  # after a sum, of what the sum measures; the sum itself is no change
            "Net profit was 5 million dollars, up 3 percent from a year earlier.",
            {"5 million dollars": ("net profit", None), "3 percent": ("rise in net profit", "up")},
        ),
        (  # after a level, of what reached it
            "Revenue rose to 4.5 billion yen, up 12 percent.",
            {"12 percent": ("rise in revenue", "up")},
        ),
        (  # 'include' says nothing of what is counted
            "The indictment includes seven counts of tax fraud.",
            {"seven": ("counts of tax fraud", None)},
        ),
    ],
)
def test_a_change_set_off_after_a_sum_is_the_change_of_what_it_measures(
    nlp, tmp_path: Path, body: str, whats: dict
) -> None:
    found = {n["value"]: (n["what"], n.get("change")) for n in numbers_of(nlp, tmp_path, body)}
    assert {value: found.get(value) for value in whats} == whats, found


def test_a_sum_paid_for_a_thing_is_its_price_without_another_number_s_unit(
    nlp, tmp_path: Path
) -> None:
    body = "Norgas agreed to purchase a 10 percent stake in Orvatel for about 560 million dollars."
    whats = {n["value"]: n["what"] for n in numbers_of(nlp, tmp_path, body)}
    assert whats["about 560 million dollars"] == "price of stake in Orvatel"


def test_a_sum_paid_for_a_named_thing_is_its_price(nlp, tmp_path: Path) -> None:
    body = "Mira Olsen has bought the yacht Aurora for 36.5 million kroner, the daily said."
    assert what_of(nlp, tmp_path, body, "36.5 million kroner") == "price of yacht Aurora"


def test_a_count_of_a_bodys_members_after_its_name_is_a_key_number(nlp, tmp_path: Path) -> None:
    body = "The WTO's 149 members opened talks in Vienna on Tuesday."
    values = [n["value"] for n in numbers_of(nlp, tmp_path, body)]
    assert "149" in values, values


def test_a_number_is_the_actor_s_whose_what_names_them_its_owner(nlp, tmp_path: Path) -> None:
    body = (
        "Harlow Energy said on Monday its stake in Varn Power rose to 18.7 percent. "
        "Anna Berg, 58, chairs the board. Police said 12 people were killed in Varn."
    )
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found["18.7 percent"]["what"] == "Harlow Energy's stake in Varn Power after the rise"
    assert found["18.7 percent"]["of"] == "harlow-energy"  # the owner, not the stake's object
    assert found["58"]["of"] == "anna-berg"
    assert "of" not in found["12"]  # an actor that only places it owns nothing


@pytest.mark.parametrize(
    "what, owner",
    [
        ("members of the Revolutionary Guards killed", "Revolutionary Guards"),  # befell them
        ("members of Hamas in Gaza", "Hamas"),
        ("share of Airbus parent group EADS", None),  # a longer name's first word
        ("age of Liu Haixia", None),
    ],
)
def test_the_owner_is_named_after_the_counted_nouns_of(what: str, owner: str | None) -> None:
    import re

    from generator.extract.number_owners import owner_at

    name = owner or what.split(" of ")[1].split()[0]
    assert (owner_at(what, re.escape(name)) is not None) == (owner is not None)


def test_a_country_inside_a_name_owns_no_number(nlp, tmp_path: Path) -> None:
    body = "The Bourse of Austria Property Index fell three percent, Austria said."
    found = {n["value"]: n for n in numbers_of(nlp, tmp_path, body)}
    assert found["three percent"]["what"] == "fall in Bourse of Austria Property Index"
    assert "of" not in found["three percent"]


def test_a_sum_the_model_missed_before_its_equivalent_in_brackets_is_found(nlp) -> None:
    doc = nlp("Varn will lend 2.5 billion Canadian dollars (2.1 billion US dollars) in credit.")
    doc.ents = [e for e in doc.ents if "2.1" in e.text]  # as the model does in some stories
    found = [(n.value, n.what) for n in find_numbers(doc, [])]
    assert found == [("2.5 billion Canadian dollars (2.1 billion US dollars)", "credit")]


def test_a_sum_the_model_took_for_a_quantity_is_money_but_pounds_may_weigh(nlp) -> None:
    doc = nlp("The court set the fine at 28,000 kina. Police found 1,300 pounds of grain.")
    doc.ents = [  # as the model labels them in some stories
        Span(doc, 6, 8, label="QUANTITY"),
        Span(doc, 11, 13, label="QUANTITY"),
    ]
    found = {n.value: n.kind for n in find_numbers(doc, [])}
    assert found == {"28,000 kina": "money", "1,300 pounds": "quantity"}, found


@pytest.mark.parametrize(
    "body, value",
    [
        # a currency several countries name, in the plural: the model leaves it out
        ("Orvex Cement lost 103.25 rupees to 1,367.75 rupees on Monday.", "103.25 rupees"),
        # a rate's abbreviated unit
        ("Demand will rise by 1.6 million bpd next year, the agency said.", "1.6 million bpd"),
        ("The storm moved west at 15 kph on Friday.", "15 kph"),
    ],
)
def test_a_value_keeps_the_unit_the_model_left_out(
    nlp, tmp_path: Path, body: str, value: str
) -> None:
    assert value in [n["value"] for n in numbers_of(nlp, tmp_path, body)]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # the measure a price is given for belongs to the price
        (
            "Ostrava now buys Varn gas at 120 dollars per 1,000 cubic meters.",
            ["120 dollars per 1,000 cubic meters"],
        ),
        # and is no key number of its own where the parse hangs it on the verb
        (
            "The Harl postal office raised the rate from 0.5 krona to 0.7 krona per 20 grams.",
            ["0.5 krona", "0.7 krona"],
        ),
        # nor is the same measure in other units
        ("The new car burns 5 liters of fuel per 100 kilometers (62 miles).", ["5"]),
    ],
)
def test_what_a_rate_is_given_for_is_no_number_of_its_own(
    nlp, tmp_path: Path, body: str, values: list[str]
) -> None:
    assert [n["value"] for n in numbers_of(nlp, tmp_path, body)] == values


@pytest.mark.parametrize(
    ("body", "value", "what"),
    [
        # a second value the parse joins to the verb measures what the first, after 'by', does
        (
            "The Ostravan economy will grow by 1.6 percent this year and 2.4 percent next year.",
            "2.4 percent",
            "rise in Ostravan economy",
        ),
        # and after 'to'
        (
            "Ostrava will cut steel tariffs to 20 percent this year and 8 percent next year.",
            "8 percent",
            "steel tariffs",
        ),
    ],
)
def test_a_value_listed_after_one_the_verb_takes_after_by_or_to(
    nlp, tmp_path: Path, body: str, value: str, what: str
) -> None:
    assert what_of(nlp, tmp_path, body, value) == what


@pytest.mark.parametrize(
    ("body", "value", "kept"),
    [
        # a bare number right after the singular noun it names one of is which one, no count
        ("Ostrava accepted U.N. resolution 917 in a speech six weeks ago.", "917", False),
        ("They may go to court under section 12, part 4 of the constitution.", "4", False),
        ("The skirts (size 11) were made by a Harl company.", "11", False),
        # not one that counts the noun after it, nor a sum
        ("A record 412 candidates have signed up for the vote.", "412", True),
    ],
)
def test_a_common_noun_s_number_is_no_key_number(
    nlp, tmp_path: Path, body: str, value: str, kept: bool
) -> None:
    assert (value in [n["value"] for n in numbers_of(nlp, tmp_path, body)]) is kept
