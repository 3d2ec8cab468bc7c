"""Closed word classes the extraction rules share: titles, honorifics, org descriptors.

These are grammar, not gazetteers: the small closed sets every English newswire
uses to introduce a person or organisation.
"""

from __future__ import annotations

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr",
    "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "sen", "rep", "gov", "pres",
    "messrs", "mme", "mlle", "herr", "st",
}

# Heads of person titles and roles ("Foreign Minister", "analyst", "spokesman").
TITLE_HEADS = {
    "president", "minister", "secretary", "chairman", "chairwoman", "chair", "chairperson",
    "director", "spokesman", "spokeswoman", "spokesperson", "analyst", "ambassador",
    "governor", "senator", "representative", "congressman", "congresswoman", "mayor", "king",
    "queen", "prince", "princess", "premier", "chancellor", "general", "colonel", "lieutenant",
    "captain", "sergeant", "admiral", "commander", "chief", "officer", "executive", "ceo",
    "judge", "justice", "attorney", "prosecutor", "lawyer", "professor", "economist",
    "official", "leader", "head", "manager", "editor", "correspondent", "reporter", "coach",
    "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "ayatollah",
    "envoy", "negotiator", "diplomat", "deputy", "treasurer", "founder", "owner", "partner",
    "commissioner", "inspector", "superintendent", "dean", "speaker", "candidate", "nominee",
    "activist", "author", "writer", "scientist", "researcher", "aide", "adviser", "advisor",
    "counsel", "consul", "delegate", "emir", "sultan", "trustee", "auditor", "strategist",
    "consultant", "journalist", "anchor", "producer", "vice-president", "vice-chairman",
    "president-elect", "emperor", "monarch", "dictator", "marshal", "major", "private",
    "detective", "sheriff", "constable", "superintendent", "governor-general", "undersecretary",
    "under-secretary", "secretary-general", "chairman-elect", "physician", "surgeon", "doctor",
    "nurse", "teacher", "student", "spokesmen", "economist", "observer", "expert", "specialist",
    "broker", "trader", "banker", "investor", "entrepreneur", "industrialist", "magnate",
    "tycoon", "player", "striker", "goalkeeper", "champion", "driver", "rider", "defender",
    "midfielder", "forward", "pitcher", "boxer", "runner", "actor", "actress", "singer",
    "director-general", "rapporteur", "mediator", "commentator", "historian", "novelist",
    "poet", "artist", "architect", "engineer", "designer", "lobbyist", "whip", "legislator",
    "lawmaker", "parliamentarian", "politician", "militant", "rebel", "prisoner", "suspect",
    "defendant", "witness", "victim", "survivor", "resident", "member", "vice", "assistant",
    "principal", "provost", "chancellor", "regent", "viceroy", "governor", "premier",
    "interpreter", "expert", "pilot", "soldier", "guard", "farmer", "worker", "employee",
    "colleague", "son", "daughter", "wife", "husband", "widow", "brother", "sister", "father",
    "mother", "chief", "guerrilla", "commissioner", "warlord", "sergeant-major",
}

# Words that may stand inside a title phrase without being its head.
TITLE_FILLERS = {"of", "for", "and", "the", "&", "-", "general", "state", "foreign", "prime"}

# Heads of organisation descriptors ("the risk intelligence company Rane").
ORG_HEADS = {
    "company", "firm", "group", "bank", "agency", "alliance", "party", "organisation",
    "organization", "corporation", "concern", "maker", "manufacturer", "producer", "insurer",
    "carrier", "airline", "retailer", "newspaper", "daily", "network", "broadcaster",
    "ministry", "department", "union", "association", "federation", "council", "committee",
    "court", "institute", "university", "foundation", "charity", "movement", "coalition",
    "consortium", "conglomerate", "giant", "subsidiary", "unit", "operator", "developer",
    "lender", "fund", "exchange", "regulator", "watchdog", "club", "team", "league", "body",
    "outlet", "publisher", "studio", "label", "chain", "supplier", "distributor", "contractor",
    "utility", "service", "army", "force", "militia", "faction", "bloc", "commission", "board",
    "authority", "administration", "government", "regime", "cabinet", "parliament",
    "brokerage", "consultancy", "automaker", "carmaker", "bank", "chipmaker", "miner",
}

# An ORG whose text ends in one of these is an organisation whatever the model says.
ORG_SUFFIXES = {
    "inc", "corp", "co", "ltd", "plc", "sa", "ag", "gmbh", "llc", "nv", "bv", "spa", "ab",
    "group", "bank", "party", "ministry", "university", "association", "council", "union",
    "organisation", "organization", "committee", "agency", "institute", "foundation",
    "corporation", "company", "fund", "court", "commission", "federation", "league",
}

# Generic words that never name an actor on their own.
GENERIC_NAMES = {
    "state", "government", "administration", "court",
    "ministry", "party", "army", "police", "company", "group", "bank", "council", "union",
    "federal", "national", "central", "republic", "kingdom", "parliament", "cabinet",
    "agency", "commission", "committee", "department", "office", "board", "east", "west",
    "north", "south", "university", "center", "centre", "president", "minister",
}

# Words after a name that make it a place ("the Nagorno-Karabakh region").
PLACE_HEADS = {
    "region", "province", "state", "area", "territory", "district", "county", "city",
    "village", "town", "valley", "river", "sea", "island", "islands", "peninsula",
    "enclave", "border", "mountains", "desert", "coast", "gulf", "strait", "bay", "street",
    "road", "square", "capital", "republic", "oblast", "prefecture", "municipality",
}

LOCATIVE_PREPOSITIONS = {
    "in", "at", "to", "from", "into", "near", "across", "throughout", "within", "outside",
    "inside", "around", "toward", "towards", "through", "via", "onto", "off", "over",
    "along", "beyond", "across", "en", "out",
}

# Prepositions whose object takes part in the event: the country acts or is a party.
PARTY_PREPOSITIONS = {"with", "by", "between", "against", "among", "and", "versus", "vs"}

SPEECH_VERBS = {
    "say", "said", "says", "saying", "tell", "told", "tells", "add", "added", "adds",
    "note", "noted", "notes", "state", "stated", "states", "declare", "declared", "claim",
    "claimed", "claims", "insist", "insisted", "warn", "warned", "warns", "argue", "argued",
    "explain", "explained", "announce", "announced", "announces", "point", "pointed",
    "stress", "stressed", "reiterate", "reiterated", "acknowledge", "acknowledged",
    "admit", "admitted", "deny", "denied", "comment", "commented", "write", "wrote",
    "remark", "remarked", "reply", "replied", "ask", "asked", "predict", "predicted",
    "suggest", "suggested", "believe", "believes", "believed", "contend", "contended",
    "assert", "asserted", "report", "reported", "quote", "quoted", "estimate", "estimated",
}
