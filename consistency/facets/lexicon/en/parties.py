"""Political parties: the words that give a person's party ("Republican Senator X", "X, a Democrat"), abbreviations."""

PARTY_WORDS: dict[str, str] = {
    "democrat": "Democratic", "democrats": "Democratic", "democratic": "Democratic",
    "republican": "Republican", "republicans": "Republican", "gop": "Republican",
    "labour": "Labour", "conservative": "Conservative", "tory": "Conservative",
}
"""A party word, written capitalised, and the party it names (one key per party)."""

PARTY_TITLES: frozenset[str] = frozenset({"mp", "mps", "mep", "lawmaker", "legislator", "state", "party"})
"""Words besides the general titles that may stand between a party and a name ("Labour MP Jo X")."""

PARTY_ABBREVIATIONS: dict[str, str] = {"d": "Democratic", "r": "Republican", "i": "independent"}
"""The letter of a US legislator's party in "(D-W.Va.)", "(R-Ohio)", "(I-Vt.)"."""

PARTY_MEMBER: dict[str, str] = {"Democratic": "a Democrat", "Republican": "a Republican", "Labour": "Labour",
                                "Conservative": "a Conservative", "independent": "an independent"}
"""How an explanation says someone belongs to a party."""
