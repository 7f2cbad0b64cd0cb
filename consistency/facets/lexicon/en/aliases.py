"""Other spellings of the same source (well-known outlets and agencies, first-name nickname groups), and one-word outlet names."""

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

NICKNAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "robert bob bobby rob robbie bert",
        "william bill billy will willie liam",
        "james jim jimmy jamie",
        "michael mike mickey mick",
        "jefferson jeffrey jeff geoffrey geoff",
        "thomas tom tommy",
        "richard rick dick richie rich",
        "john jack johnny jon",
        "joseph joe joey",
        "charles charlie chuck",
        "edward ed eddie ted ned",
        "theodore ted teddy",
        "elizabeth liz beth betsy betty eliza lizzie",
        "katherine catherine kathy cathy kate katie",
        "margaret maggie meg peggy",
        "patricia pat patty trish",
        "jennifer jen jenny",
        "daniel dan danny",
        "david dave davy",
        "christopher chris",
        "anthony tony",
        "nicholas nick",
        "steven stephen steve",
        "andrew andy drew",
        "benjamin ben benny",
        "samuel sam sammy",
        "alexander alex",
        "gregory greg",
        "matthew matt",
        "timothy tim",
        "kenneth ken kenny",
        "ronald ron ronnie",
        "donald don donnie",
        "lawrence larry",
        "harold harry hal",
        "henry hank harry",
        "frederick fred freddie",
        "francis frank",
        "peter pete",
        "susan sue suzy",
        "deborah debbie deb",
        "teresa theresa terry tess",
        "terence terrence terry",
        "victoria vicky",
        "albert al",
        "allen alan al",
        "abraham abe",
        "mitchell mitch",
        "newton newt",
    )
)
"""Nickname groups: every spelling in a group is compatible with every other."""

NEWS_OUTLETS: frozenset[str] = frozenset(
    """
    reuters agence-france-presse afp ap bbc cnn bloomberg xinhua yonhap tass interfax kyodo ansa
    efe dpa nbc abc cbs npr pbs politico axios msnbc cnbc
    """.split()
)
"""One-word names (and canonical aliases, hyphenated) of news outlets that carry no outlet word."""
