"""Speech words: verbs and nouns that credit a statement to a source, relay cues, hedges, and pronoun sources."""

SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell report state add claim allege accuse deny confirm announce warn write testify insist
    comment argue note explain acknowledge admit assert declare contend maintain respond reply
    tweet predict promise pledge vow urge criticize criticise blast slam praise complain concede
    recall reveal estimate mention remark stress emphasize emphasise boast counter dispute
    charge demand threaten caution speculate cite quote echo inform assure reiterate
    describe lament retort yell shout tout observe brag decry denounce
    condemn attack question ask call
    """.split()
)
"""Verb lemmas that attribute whatever their subject is credited with (speech, report, stance)."""

CONTENT_VERBS: frozenset[str] = frozenset(
    """
    add explain suggest find show believe think agree indicate point recall question ask conclude
    estimate observe predict hope expect feel fear worry continue attack charge blast slam
    fume rage rant joke quip snap gush enthuse beam sob sigh exclaim plead moan grumble muse whisper mutter scream
    """.split()
)
"""Speech-verb lemmas that only count with a clausal or quoted content (they are often not speech: "gunmen attacked
a police station", "police charged the man with murder"; "fumed", "joked" and "sobbed" tell a tone unless they frame
what was said)."""

DATED_SAYING: frozenset[str] = SPEECH_VERBS | {"speak", "disclose"}
"""Verbs whose day is the day of a statement: the verbs of saying, "speak" ("speaking on Friday, he said") and
"disclose" ("disclosed last night that it lost ..."; "encounters he did not disclose" credits him with nothing)."""

WRITING_ACTS: frozenset[str] = frozenset({"name", "history", "chapter", "page", "cheque", "check", "off"})
"""What "write" does when it is an act, not a statement: "wrote his name in the history books", "wrote a new chapter",
"wrote off the loan", "wrote a cheque"; any other object ("wrote the majority opinion", "a long thread") is words."""

REACTION_VERBS: frozenset[str] = frozenset({
    "surprise", "stun", "shock", "startle", "astonish", "anger", "outrage", "infuriate", "delight", "dismay", "upset",
    "alarm", "baffle", "puzzle", "rattle", "rock", "jolt", "stir",
})
"""Verbs of the stir a saying caused ("stunned colleagues on Thursday when she announced ...", "surprised diplomats by
declaring ..."): their day is the saying's. Not a deed done as someone spoke ("arrested him on Thursday when he
announced he had a bomb")."""

QUOTE_ONLY_VERBS: frozenset[str] = frozenset({"continue"})

QUOTE_FRAMING_VERBS: frozenset[str] = frozenset({"congratulate", "thank", "hail", "welcome", "applaud", "commend"})
"""Verbs of a gesture that credit words to their subject only when a quotation sits in their phrase ("congratulated
Lula on a "free and fair" vote"); alone they tell an act ("welcomed the visitors")."""

ACTS_WITH_INFINITIVE: frozenset[str] = frozenset({"agree", "offer"})
"""Verbs of saying that, with "to" and a verb, tell an act, not words ("agreed to buy Venta", "offered to resign")."""

EARLIER_STANCE_ADVERBS: frozenset[str] = frozenset(
    {"previously", "earlier", "initially", "originally", "first", "formerly", "long", "once", "repeatedly", "before"})
"""Adverbs on a cue that make it a stance taken before the story's news ("had previously denied", "has never before
lost a day")."""
"""Content verbs whose content must be a clause or a quotation, never an infinitive ("continued to rise")."""

NOUN_CUES: frozenset[str] = frozenset(
    """
    report statement allegation claim announcement testimony assertion accusation remark comment
    tweet warning denial admission
    """.split()
)
"""Noun lemmas that carry an attribution when their owner is named ("X's report that ...")."""

RELAY_CUES: frozenset[str] = frozenset({"according to", "report", "quote", "cite"})
"""Cues that pass on someone else's words when another source speaks in the same clause."""

UNATTRIBUTED_VERBS: frozenset[str] = frozenset(
    {"report", "say", "allege", "claim", "rumor", "rumour", "believe", "announce", "reveal", "understand"}
)
"""Passive cue lemmas that make "It was reported that ..." an unattributed claim."""

UNATTRIBUTED_ADVERBS: dict[str, str] = {"reportedly": "report"}
"""Adverbs that hedge a claim without a source, with the cue they stand for."""

PRONOUN_SOURCES: frozenset[str] = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "him", "them"}
)
"""Source words as written that are pronouns (resolved from context when possible)."""

MALE_PRONOUNS: frozenset[str] = frozenset({"he", "his", "him"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "their", "them"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom", "whose"})

ANONYMOUS_WORDS: frozenset[str] = frozenset(
    {"anonymous", "unnamed", "unidentified", "unofficial", "source", "sources", "insider", "insiders"}
)
"""Words in a source that keep it anonymous ("sources said", "an unnamed official", "unofficial sources")."""

ANONYMOUS_SOURCE_PHRASES: tuple[str, ...] = ("familiar with", "close to", "briefed on", "with knowledge of")
"""Phrases inside a described source that keep it anonymous ("people familiar with the talks")."""

ANONYMITY_PHRASES: tuple[str, ...] = (
    "condition of anonymity", "not to be named", "not to be identified", "not authorized to speak",
    "not authorised to speak", "declined to be named", "requested anonymity", "speaking anonymously",
    "spoke anonymously", "speak anonymously", "speaking privately", "speaking on background",
    "not authorized to discuss", "not authorised to discuss", "not permitted to speak",
)
"""Phrases anywhere in a sentence that withhold its described source's name ("asked not to be named")."""

COUNTED_OPENERS: frozenset[str] = frozenset({"several", "multiple"})
"""Words besides a number that count people left unnamed ("several officials said", like "two officials")."""


PARTICIPLE_CUES: frozenset[str] = frozenset({"confirm", "announce", "report", "disclose", "reveal"})
"""Verbs whose participle with "by" credits what its noun tells ("The fee, confirmed by the club's chairman, is ..."),
unlike one of making ("a book written by a former spy")."""
