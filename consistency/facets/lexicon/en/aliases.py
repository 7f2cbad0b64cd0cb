"""Other spellings of the same source (well-known outlets and agencies) and one-word outlet names; first-name nicknames are in nickname_groups."""

SOURCE_ALIASES: dict[str, str] = {
    "ap": "Associated Press",
    "a.p.": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "upi": "United Press International",
    "united press international": "United Press International",
    "bbc": "BBC",
    "cnn": "CNN",
    "nyt": "New York Times",
    "new york times": "New York Times",
    "wapo": "Washington Post",
    "washington post": "Washington Post",
    "wsj": "Wall Street Journal",
    "wall street journal": "Wall Street Journal",
    "doj": "Justice Department",
    "department of justice": "Justice Department",
    "justice department": "Justice Department",
    "u.s. justice department": "Justice Department",
    "us justice department": "Justice Department",
    "fbi": "FBI",
    "federal bureau of investigation": "FBI",
    "cia": "CIA",
    "central intelligence agency": "CIA",
}
"""Lower-cased spellings of well-known sources -> canonical name."""

NEWS_OUTLETS: frozenset[str] = frozenset(
    """
    reuters agence-france-presse afp ap bbc cnn bloomberg xinhua yonhap tass interfax kyodo ansa
    efe dpa nbc abc cbs npr pbs politico axios msnbc cnbc espn fox sky itv cbc nhk wsj nyt ft al-jazeera yahoo
    """.split()
)
"""One-word names (and canonical aliases, hyphenated) of news outlets that carry no outlet word."""
