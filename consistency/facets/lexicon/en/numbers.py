"""Number words: cardinals, ordinals, multipliers, approximators, currencies and the words around a number that say what it is."""

from .calendar import FULL_WEEKDAYS, MONTH_ABBREVIATIONS, MONTHS, RELATIVE_DAYS
from .speech import SPEECH_VERBS


SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}
"""Multipliers written as words ("2.5 million", "two hundred")."""

DOZEN = "dozen"
"""A count of twelve: "a dozen", "two dozen"."""

SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}
"""Abbreviated multipliers glued to digits ("$2.5bn", "3m"); a bare "m" is a million only with money."""

SPACED_SCALE_SUFFIXES: frozenset[str] = frozenset({"mn", "mln", "bn", "bln", "tn", "trn"})
"""Abbreviated multipliers that mean a multiplier even after a space ("$120 bn"); "m" or "k" alone may be a unit."""

VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "tens": 10, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}
"""Plural multipliers without a count: "dozens" means at least two dozen."""

EVENT_COUNT_ADVERBS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
"""Adverbs that count how often the governing verb's event happened."""

FREQUENCY_WORDS: frozenset[str] = frozenset({
    "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "fortnightly",
})
"""Adverbs that make "twice" a rate ("twice weekly"), not a count of events."""

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
"""Ordinal words; "1st", "22nd" are read by a pattern of the number facet."""

FRACTION_WORDS: frozenset[str] = frozenset({
    "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
})
"""Words that make "two-thirds" a fraction, which is not read."""

FRACTION_TAILS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
"""Fraction words after "and a" that end a mixed number ("three and a half", "an hour and a quarter")."""

FRACTION_SIGNS: dict[str, float] = {"½": 0.5, "¼": 0.25, "¾": 0.75, "1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
"""Fractions written after whole digits ("4 1/2 hours", "4½ hours")."""

HALF = "half"
"""The word of "half an hour", "a half-hour", "half a million": a count of one half."""

ORDINAL_IDIOM_NOUNS: frozenset[str] = frozenset({
    "lady", "responder", "aid", "minister", "hand", "party", "degree", "world", "class", "person",
    "half", "quarter", "thought", "nature", "opinion", "language", "wave", "amendment", "term",
})
"""Nouns after which an ordinal is part of a name or idiom ("first lady", "third party"), not a rank."""

APPROXIMATORS: dict[str, str] = {
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than",
    "upward of": "more than", "in excess of": "more than", "just over": "more than",
    "greater than": "more than", "well over": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than", "below": "less than",
    "just under": "less than",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "nearly": "nearly", "almost": "nearly", "just shy of": "nearly", "some": "about", "an estimated": "about",
    "estimated": "about", "close to": "about", "circa": "about", "approx.": "about", "~": "about",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "not less than": "at least",
    "up to": "up to", "as many as": "up to", "as much as": "up to", "at most": "up to",
    "no more than": "up to", "a maximum of": "up to", "not more than": "up to",
}
"""Words before a number that make it a bound or an estimate, mapped to the canonical approximator."""

AMBIGUOUS_APPROXIMATORS: frozenset[str] = frozenset({
    "over", "above", "under", "below", "about", "around", "some", "estimated",
})
"""Approximators that are also prepositions or determiners; accepted only when they modify the number."""

TRAILING_APPROXIMATORS: dict[str, str] = {
    "or more": "at least", "or so": "about", "plus": "at least", "or fewer": "up to",
    "or less": "up to",
}
"""Words after a number that make it a bound ("50 or more")."""

DATING_WORDS: frozenset[str] = frozenset({
    "ago", "old", "later", "earlier", "before", "after", "since", "hence", "previously", "prior",
})
"""Words after "N years" that make it a date or an age, not a duration."""

BESIDES_WORDS: frozenset[str] = frozenset({"other", "more", "neighbouring", "neighboring", "nearby", "surrounding"})
"""Words after "and N" that count things beside those just named ("Ether Tex and two other factories")."""

RECORD_WORDS = (r"\w+iest|lowest|highest|biggest|largest|smallest|greatest|worst|best|strongest|weakest|longest|shortest|"
                r"fastest|slowest|warmest|coldest|hottest|wettest|oldest|youngest|closest|sharpest|tightest|widest|"
                r"most|least|fewest|first|only")
"""Superlatives and "first" or "only" (a regex alternation): words that make a record of what they frame ("its lowest
level since 1995", "the first American to marry into the family since ...")."""

SPAN_FROM_WORDS: frozenset[str] = frozenset({"later", "earlier", "after", "before"})
"""Words after "N minutes" that tell it as a span from another moment ("26 minutes after the call")."""

DURATION_VERBS: frozenset[str] = frozenset({"last", "take", "spend", "wait", "continue", "run", "stretch", "drag", "endure"})
"""Verbs whose object is a span of time, whatever follows ("lasted six hours before police moved in")."""

FRAME_LEAD_WORDS: frozenset[str] = frozenset({"the", "past", "last", "nearly", "almost", "more", "than", "over", "about"})
"""Words between "in" and the span that frames a record ("the worst in the past five years")."""

DURATION_LEAD_WORDS: frozenset[str] = frozenset({
    "for", "about", "around", "nearly", "almost", "roughly", "some", "just", "over", "under", "than", "more", "less",
    "only", "barely", "at", "least", "most", "up", "to",
})
"""Words that may stand between a duration verb and its span ("lasted for about six hours")."""

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "usd", "us$": "usd", "usd": "usd", "€": "eur", "eur": "eur", "£": "gbp", "gbp": "gbp",
    "¥": "jpy", "jpy": "jpy", "₹": "inr", "inr": "inr", "₽": "rub", "c$": "cad", "cad": "cad",
    "rs": "inr", "rs.": "inr",
    "a$": "aud", "aud": "aud", "chf": "chf", "rmb": "cny", "cny": "cny", "hk$": "hkd",
}
"""Currency signs and codes written before an amount."""

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "usd", "dollars": "usd", "usd": "usd", "euro": "eur", "euros": "eur", "eur": "eur",
    "sterling": "gbp", "gbp": "gbp", "yen": "jpy", "yuan": "cny", "renminbi": "cny",
    "rupee": "inr", "rupees": "inr", "rouble": "rub", "roubles": "rub", "ruble": "rub",
    "rubles": "rub", "franc": "chf", "francs": "chf", "peso": "peso", "pesos": "peso",
    "rand": "zar", "naira": "ngn", "lira": "try", "shekel": "ils", "shekels": "ils",
    "dirham": "aed", "dirhams": "aed", "riyal": "sar", "riyals": "sar",
}
"""Currency words written after an amount ("2.5 million euros"); "pounds" is money only in a MONEY entity."""

WEIGHT_WORDS: frozenset[str] = frozenset({"weigh", "weight"})
"""Words that make "pounds" under or just after them a weight ("weighs nearly 2,000 pounds", "a weight of 90
pounds"), whatever the tagger says."""

MONEY_WORDS: frozenset[str] = frozenset({
    "cost", "pay", "spend", "fund", "funding", "raise", "invest", "investment", "worth", "fine",
    "earn", "owe", "budget", "price", "salary", "wage", "deal", "contract", "bill", "compensation",
    "damages", "loan", "debt", "profit", "revenue", "sale", "bonus", "grant", "payout", "sterling",
})
"""Lemmas near "N pounds" that make the pounds money, not weight."""

CURRENCY_SIGNS: dict[str, str] = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹"}
"""How a described amount writes its currency."""

VERB_LEMMA_FIXES: dict[str, str] = {"fin": "fine", "unaccounte": "unaccount"}
"""Lemmas the small model gets wrong ("fined" → "fin", "unaccounted" → "unaccounte")."""

NOUN_ALIASES: dict[str, str] = {
    "person": "people", "persons": "people", "times": "time",
    "carriage": "coach", "bogie": "coach", "bogy": "coach",
    "position": "job", "role": "job",  # "cut 1,500 jobs", "eliminate 2,000 positions"
}
"""Counted nouns that name the same thing."""

SCALE_NAMES: dict[str, str] = {"magnitude": "magnitude"}
"""Words that name the scale a figure after them is read on ("magnitude 6.4"): its counted noun."""

EVENT_NOUNS: dict[str, tuple[str, str]] = {
    **{noun: (verb, "object") for noun, verb in (
        ("arrest", "arrest"), ("detention", "detain"), ("evacuation", "evacuate"), ("release", "release"),
        ("rescue", "rescue"), ("killing", "kill"), ("murder", "murder"), ("execution", "execute"),
        ("deployment", "deploy"), ("dismissal", "dismiss"), ("sacking", "sack"), ("abduction", "abduct"),
        ("kidnapping", "kidnap"), ("capture", "capture"), ("conviction", "convict"), ("deportation", "deport"),
        ("extradition", "extradite"), ("destruction", "destroy"), ("hospitalisation", "hospitalize"),
        ("hospitalization", "hospitalize"), ("recall", "recall"),
    )},
    **{noun: (verb, "subject") for noun, verb in (
        ("derailment", "derail"), ("death", "die"), ("disappearance", "disappear"), ("escape", "escape"),
        ("resignation", "resign"),
    )},
}
"""Nouns that name an act, with its verb and the part its "of" object plays in it: "the arrest of three men" counts
whom police arrested (object), "the derailment of four coaches" what derailed (subject)."""

UNDONE_ACT_VERBS: frozenset[str] = frozenset(
    "demand call seek urge want fear expect plan propose threaten warn oppose block prevent delay negotiate discuss "
    "request ask push press hope await consider avert".split())
"""Verbs under which an act named by a noun has not happened: "demanded the release of 40 prisoners"."""

NOUN_CLASSES: dict[str, str] = {
    **{noun: "people" for noun in (
        "people", "resident", "passenger", "victim", "individual", "occupant", "inhabitant", "civilian",
        "worker", "employee",
        # the people present at a gathering, as a story about it counts them ("32 revellers were hurt")
        "reveller", "spectator", "concertgoer", "festivalgoer", "attendee", "worshipper", "pilgrim", "shopper",
        "commuter",
    )},
    "coach": "coach", "wagon": "coach",
    "soldier": "soldier", "troop": "soldier", "home": "home", "house": "home", "household": "home",
    "property": "home", "dwelling": "home",
    "firefighter": "firefighter", "fireman": "firefighter",
    "crowd": "crowd", "turnout": "crowd", "attendance": "crowd",
    "money": "money", "fund": "money", "funding": "money", "cash": "money",
    **{noun: "show" for noun in ("show", "gig", "concert", "performance", "date")},  # a tour's "14 remaining dates"
    "vessel": "vessel", "ship": "vessel", "boat": "vessel",
    **{noun: "extent" for noun in ("stretch", "section", "span", "segment", "portion")},
}
"""Counted nouns (after `NOUN_ALIASES`) that may count the same things in other words, by class: comparable, less surely."""

PERSON_GROUP_NOUNS: frozenset[str] = frozenset({
    *(noun for noun, kind in NOUN_CLASSES.items() if kind == "people"), "crew", "staff", "guest", "member",
})
"""Nouns that, joined to a counted noun without a count of their own ("39 passengers and crew"), make the count one of people."""

INVARIANT_PLURALS: frozenset[str] = frozenset({"people", "police", "staff", "cattle", "sheep", "fish", "deer", "aircraft",
                                               "crowd", "turnout", "attendance", "money", "cash", "funding",
                                               "crew"})
"""Counted nouns written the same for one and for many ("a turnout of 53,000" is told "53,000 turnout")."""

IRREGULAR_PLURALS: dict[str, str] = {
    "child": "children", "person": "people", "man": "men", "woman": "women", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "goose": "geese", "life": "lives", "wife": "wives", "knife": "knives", "thief": "thieves",
    "leaf": "leaves", "half": "halves", "crisis": "crises", "analysis": "analyses", "criterion": "criteria",
}
"""Counted nouns (lemmas) whose plural is not made with -s or -es."""

TIME_OF_DAY_WORDS: frozenset[str] = frozenset({
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "est", "edt",
    "pst", "pdt", "cet", "cest", "bst", "et", "pt", "ist", "hrs", "h",
})
"""Words after a number that make it a time of day."""

AGE_WORDS_BEFORE: frozenset[str] = frozenset({"aged", "age", "ages"})
"""Words before a number that make it an age."""

AGE_AT_VERBS: frozenset[str] = frozenset({"die", "retire", "marry", "pass", "debut", "start", "begin", "join"})
"""Verbs after which "at 52" is an age ("died at 52")."""

BIRTHDAY_NOUNS: frozenset[str] = frozenset({"birthday"})
"""Nouns after an ordinal that make it an age: "her 40th birthday" is the day she turned 40."""

MATCH_MINUTE_NOUNS: frozenset[str] = frozenset({"minute"})
"""Nouns after an ordinal that make it a minute of play: "the 78th minute" is 78 minutes in."""

COUNTDOWN_WORDS: frozenset[str] = frozenset({
    "left", "remaining", "to go", "to play", "from time", "from the end", "before the end", "from full-time",
    "from full time", "before full-time", "before full time",
})
"""Words after "N minutes" that count down to the end ("three minutes from time"), not up from the start."""

NAME_PREFIXES: frozenset[str] = frozenset({
    "no.", "no", "number", "#", "article", "section", "chapter", "route", "flight", "room", "gate",
    "platform", "line", "channel", "level", "phase", "stage", "category", "grade", "class", "type",
    "version", "model", "episode", "season", "page", "vol.", "volume", "figure", "table", "item",
    "proposition", "resolution", "highway", "interstate", "bus", "unit", "ward", "district", "box",
    "cell", "block", "lot", "pier", "terminal", "track", "exit", "apartment", "suite", "building", "flat", "floor",
    "seat", "row", "bay",
})
"""Words before a number that make it a name or a label ("Flight 370", "Article 5")."""

ONE_PRONOUN_WORDS_AFTER: frozenset[str] = frozenset({
    "of", "another", "who", "that", "which", "day", "night", "point", "moment", "morning",
    "evening", "afternoon", "side", "way", "thing",
})
"""Words after "one" (or "a") that make it a pronoun or an idiom ("one of the meetings", "one day")."""

ONE_PRONOUN_WORDS_BEFORE: frozenset[str] = frozenset({
    "no", "the", "every", "any", "this", "that", "each", "someone", "anyone", "everyone", "only",
})
"""Words before "one" that make it a pronoun ("no one", "the one")."""

DATE_WORDS: frozenset[str] = frozenset({
    *MONTHS, *(f"{abbreviation}." for abbreviation in MONTH_ABBREVIATIONS), *FULL_WEEKDAYS,
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
    "evening", "night", "noon", "midnight", "ago", "old", "last", "next", "this", "year", "years",
    "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "centuries",
    "hour", "hours", "minute", "minutes", "second", "seconds", "spring", "summer", "autumn",
    "fall", "winter", "quarter", "weekend", "a.m.", "p.m.", "am", "pm", "o'clock", "aged", "age",
})
"""Words that make a DATE/TIME entity a real date, age or time (the small model also tags bare
numbers such as "Between 10 and 15" as DATE): month and weekday names, then other time words."""

DAY_NAMES: frozenset[str] = frozenset({*FULL_WEEKDAYS, *(word for word in RELATIVE_DAYS if " " not in word)})
"""Words for a day, never what a number counts ("the toll rose to six yesterday")."""

SCORE_NOUNS: frozenset[str] = frozenset({
    "vote", "win", "victory", "defeat", "loss", "lead", "score", "margin", "decision", "draw",
    "tie", "ruling", "majority", "verdict", "tally", "split", "count", "result", "advantage",
})
"""Nouns after "52-47" that make it a score or a vote tally, not a range."""

SCORE_VERBS: frozenset[str] = frozenset({
    "vote", "win", "beat", "defeat", "lose", "pass", "approve", "reject", "confirm", "lead",
    "trail", "edge", "rout", "draw", "tie", "rule", "decide", "clear", "adopt", "acquit", "convict",
    "overturn", "uphold", "thrash", "finish", "end",
})
"""Verbs governing "52-47" that make it a score or a vote tally."""

RESULT_WORDS: frozenset[str] = frozenset(
    {"win", "victory", "defeat", "loss", "draw", "result", "beat", "lose", "thrash", "rout", "edge"})
"""Nouns and verbs that tell a score as a game's final result ("won 3-1", "a 2-0 victory")."""

VOTE_WORDS: frozenset[str] = frozenset({
    "vote", "pass", "approve", "reject", "confirm", "adopt", "majority", "ballot", "tally",
    "overturn", "uphold", "acquit", "convict", "ruling", "decision", "verdict",
})
"""Words that make a score a vote tally (noun "vote")."""

STATE_BY_VERB: dict[str, str] = {
    "kill": "dead", "die": "dead", "injure": "injured", "wound": "wounded", "hurt": "injured",
    "arrest": "arrested", "miss": "missing", "displace": "displaced", "evacuate": "evacuated",
    "rescue": "rescued", "detain": "detained", "hospitalize": "hospitalised",
    "hospitalise": "hospitalised", "infect": "infected", "strand": "stranded", "perish": "dead",
    "unaccount": "missing", "save": "rescued", "trap": "trapped", "pluck": "rescued", "winch": "rescued",
    "drown": "dead", "murder": "dead",
}
"""How a described count words the state of its noun ("15 people dead")."""

STATE_BY_NOUN: dict[str, str] = {"arrest": "arrested", "death": "dead", "fatality": "dead", "injury": "injured"}
"""Counted nouns of what befell people, which count the people it befell ("made 41 arrests", "14 people arrested")."""

CLOCK_PREPOSITIONS: frozenset[str] = frozenset({
    "at", "by", "until", "till", "before", "after", "from", "since", "around", "about", "shortly", "just",
})
"""Words before "1900 hours" that make it a clock time (military time), not a span of 1,900 hours."""

STATE_WHOLES: dict[str, str] = {
    "dead": "die", "killed": "kill", "injured": "injure", "wounded": "wound", "hurt": "hurt", "missing": "miss",
    "arrested": "arrest", "detained": "detain", "rescued": "rescue", "evacuated": "evacuate",
    "hospitalised": "hospitalise", "hospitalized": "hospitalize",
}
"""The whole a part is taken from ("nine of the dead were children"), mapped to the verb whose state it is."""

STATE_ADJECTIVES: dict[str, str] = {**STATE_WHOLES, "unaccounted": "unaccount", "trapped": "trap"}
"""A state told by an adjective after "remain" or "stay" ("36 people remain missing"), mapped to its verb."""

STAYING_VERBS: frozenset[str] = frozenset({"remain", "stay"})
"""Verbs whose adjective, not themselves, says what happened to a count's noun."""

SEATED_BODY_NOUNS: frozenset[str] = frozenset({
    "house", "parliament", "assembly", "chamber", "council", "senate", "congress", "legislature", "knesset", "duma",
    "committee", "board", "cabinet", "jury", "panel", "bench",
})
"""Bodies whose size is given as members or seats ("the 342-member house", "the senate has 100 seats")."""

BODY_SIZE_NOUNS: frozenset[str] = frozenset({"member", "seat"})
"""The two words for a body's size, one count: read as seats."""

BODY_SIZE_NOUN = "seat"
"""The counted noun a body's size is read as, whether written as members or as seats."""

BODY_SIZE_VERBS: frozenset[str] = frozenset({"have", "be", "comprise", "consist", "number"})
"""Verbs whose body subject (or "there") gives the body's size ("the assembly has 341 seats")."""

SLOT_VERBS_EXCLUDED: frozenset[str] = frozenset({*SPEECH_VERBS, "be", "have", "include", "make", "take", "get", "give", "see"})
"""Verbs too general or too speech-like to make two counts of one noun one slot of one event ("two officials said")."""

FORECAST_WORDS = frozenset({"estimate", "forecast", "expect", "expectation", "predict", "prediction", "project",
                            "projection", "anticipate", "consensus", "guidance", "target", "outlook"})
"""Words that make a figure below them an expectation ("the estimate of $13.4 billion", "expected to reach 40")."""
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
FUTURE_FRAMES = frozenset({"go", "set", "due"})
"""What makes a figure's verb tell what will be: "will save", "is going to cost", "is set to cut", "is due to open"."""
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might"})
"""Modals that make a figure on their verb a possibility ("could rise to 100 million"), read as a forecast is."""
FORECAST_ONLY_AS_VERB = frozenset({"project"})  # "projected to reach 40", not "a $5 million project"

CHANGE_VERBS: frozenset[str] = frozenset({
    "rise", "fall", "increase", "decrease", "drop", "grow", "climb", "jump", "decline", "gain", "lose", "slip",
    "shrink", "surge", "plunge", "dip", "edge", "soar", "slump", "tumble", "rebound", "advance", "sink", "slide",
    "cut", "raise", "lower", "reduce", "boost", "hike", "contract", "expand",
})
"""Verbs that tell a change of a figure ("rose 5 percent"): what per cent against percentage points is about."""

MEASURE_VERBS: frozenset[str] = CHANGE_VERBS | {"close", "end", "finish", "trade", "add", "shed", "slash", "trim", "lift"}
"""Verbs whose subject (or, for `CHANGED_OBJECT_VERBS`, object) is what a percentage or sum under them is of:
"revenue rose 17%", "shares closed 6% higher"."""

CHANGED_OBJECT_VERBS: frozenset[str] = frozenset({
    "cut", "raise", "lower", "reduce", "boost", "hike", "slash", "trim", "lift", "increase", "decrease",
})
"""Verbs that change their object ("the drug cut heart attacks by 18%"), not their subject."""

CHANGE_NOUNS: frozenset[str] = frozenset({
    "rise", "fall", "increase", "decrease", "drop", "jump", "decline", "gain", "growth", "surge", "slump", "climb",
    "cut", "reduction", "hike", "dip", "plunge", "slide",
})
"""Nouns of a change whose "in" or "of" says what changed ("a 17% jump in sales")."""

UP_VERBS: frozenset[str] = frozenset({
    "rise", "increase", "grow", "climb", "jump", "gain", "surge", "soar", "rebound", "advance", "rally", "expand",
})
DOWN_VERBS: frozenset[str] = frozenset({
    "fall", "decrease", "drop", "decline", "lose", "slip", "shrink", "plunge", "dip", "slump", "tumble", "sink", "slide",
    "shed", "contract",
})
"""Verbs of a figure going up, and down, by what their subject changed: "shares rose 2.4%" / "shares fell 2.4%"."""

CLOSING_VERBS: frozenset[str] = frozenset({"close", "end", "finish", "settle"})
"""Verbs that tell where a price stood when trading ended ("closed 4.1% lower", "ended 7.1% higher")."""

MEASURE_ALIASES: dict[str, str] = {"stock": "share", "sale": "revenue", "turnover": "revenue", "earning": "profit",
                                   "income": "profit"}
"""Words for one measured thing (`NumberValue.measures`)."""

GENERIC_MEASURES: frozenset[str] = frozenset({
    "rate", "figure", "number", "level", "total", "amount", "percent", "percentage", "cent", "company", "firm",
    "group", "business", "index", "market",
})
"""Words too general to say what a percentage is of ("the rate rose to 5%", "the company's shares" is shares)."""

LASTING_VERBS: frozenset[str] = frozenset({"last", "drag", "continue", "run", "persist", "stretch", "go"})
"""Verbs that tell how long one event went on ("lasted nine hours", "dragged on for eight"): two of them give one
span, not the spans of two acts ("spent three days searching", "took five days to reach")."""

ALLOWANCE_VERBS: frozenset[str] = frozenset({"give", "have", "get", "grant", "allow"})
"""Verbs that give a span to do something in ("were given seven days to leave", "have two weeks to leave"): two of
them give one allowance, not the spans of two acts."""

COMPLETION_VERBS: frozenset[str] = frozenset({"close", "complete", "finalise", "finalize", "conclude", "finish"})
"""Verbs of a deal or a process done ("expected to close in 18 months", "to be completed within 12 months"): two of
them tell one span, not the spans of two acts."""

PENALTY_VERBS: frozenset[str] = frozenset({"carry", "face", "risk", "attract"})
"""Verbs of a penalty a charge may bring ("carries a maximum sentence of 40 years", "faces up to 25 years"): two of
them tell one maximum, not the spans of two acts."""

ONE_SPAN_VERBS: tuple[frozenset[str], ...] = (LASTING_VERBS, ALLOWANCE_VERBS, COMPLETION_VERBS, PENALTY_VERBS)
"""Groups of verbs any two of which tell one span, not the spans of two acts."""

ASSESS_VERBS: frozenset[str] = frozenset({"estimate", "put", "place", "peg", "set", "number", "value", "assess", "tally"})
"""Verbs that set a thing at a figure ("police put the turnout at 53,000", "estimated the crowd at 35,000"): the
figure counts the verb's object."""

PERCENT_WORDS: frozenset[str] = frozenset({"percent", "%", "pct", "per", "cent"})
"""The words of a percentage's unit, which spaCy makes the head of its figure ("72.2" under "percent")."""
