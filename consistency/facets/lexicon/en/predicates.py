"""Predicates that carry no claim of their own, and the cues that confirm or deny one."""

# Verbs whose polarity says nothing about the reported fact ("did not say", "is not").
LIGHT_PREDICATES = frozenset({"be", "have", "do", "say", "tell", "accord"})
CONFIRM_CUES = frozenset({"confirm", "admit", "acknowledge", "concede"})
DENY_CUES = frozenset({"deny", "reject", "dispute", "refute"})

COMMITMENT_VERBS = frozenset({"agree", "decide", "vow", "promise", "pledge", "choose", "consent", "manage", "opt",
                              "plan", "intend"})
"""Verbs whose infinitive is what the subject commits to or brings about ("agreed to release the player"): it is
asserted as the verb is, and a refusal of it ("refused to release") denies it."""

INTENT_VERBS = COMMITMENT_VERBS - {"manage"}
"""Commitments that are not yet the deed ("agreed to release"): one may agree to something and then fail to do it."""

FAILURE_VERBS = frozenset({"fail", "neglect", "omit"})
"""Negation verbs that deny the deed, not the commitment ("failed to release the player in time")."""

IMPACT_GENERAL = frozenset({"affect", "disrupt", "hit", "damage", "impact", "interrupt"})
"""Verbs of being touched by an event at all: "flights were not disrupted" denies every way of being disrupted."""

IMPACT_VERBS = IMPACT_GENERAL | frozenset({
    "suspend", "cancel", "halt", "close", "shut", "ground", "knock", "flood", "destroy", "delay", "disable", "cut",
    "collapse", "evacuate",
})
"""Ways of being touched by an event ("all flights were suspended", "the flooding knocked out the works"): each one
affirms what a denied `IMPACT_GENERAL` verb of the same thing denies."""

HARM_CLASSES: dict[str, str] = {
    **{w: "dead" for w in ("kill", "killed", "die", "died", "dead", "death", "deaths", "fatality", "fatalities",
                           "fatal", "fatally")},
    **{w: "hospital" for w in ("hospital", "hospitalised", "hospitalized", "hospitalise", "hospitalize")},
    **{w: "injured" for w in ("hurt", "injure", "injured", "injury", "injuries", "harm", "harmed", "wound", "wounded",
                              "casualty", "casualties")},
    **{w: "arrested" for w in ("arrest", "arrests", "arrested", "detain", "detained")},
}
"""Words that tell what happened to people, by what they say happened: dead, in hospital, hurt, arrested."""

HARM_IMPLIES: dict[str, frozenset[str]] = {
    "dead": frozenset({"dead", "injured"}), "hospital": frozenset({"hospital", "injured"}),
    "injured": frozenset({"injured"}), "arrested": frozenset({"arrested"}),
}
"""What each kind of harm told of someone also says of them: the dead and those taken to hospital were hurt; the hurt
need not have gone to hospital, nor died."""

CONTRARY_ACTS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"open"}), frozenset({"shut", "close", "closed"})),  # not "reopen": it tells the place was shut before
    (frozenset({"approve", "endorse", "ratify"}), frozenset({"reject", "drop", "scrap", "shelve", "abandon", "veto"})),
    (frozenset({"keep", "retain", "preserve"}), frozenset({"scrap", "abolish", "axe", "ditch", "drop"})),
    (frozenset({"convict"}), frozenset({"acquit", "clear"})),
)
"""Verbs that say one act was done or not, in other words: what one set affirms ("remained open", "was convicted",
"will be kept") an affirmed verb of the other denies ("the library was shut", "the jury acquitted him", "has
scrapped")."""

ONE_ACT: dict[str, str] = {
    **{w: "halt" for w in ("halt", "suspend", "pause")},
    **{w: "need" for w in ("need", "require")},
}
"""Verbs that name one act ("filming has been suspended", "filming was not halted"): affirmed on one side and denied
on the other, they clash as one verb would."""

NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non")
STATE_ENDINGS = ("ed", "ive", "ful", "able", "ible", "ent", "ant", "al", "ous", "ic", "ar", "ate")
"""An adjective of state and its prefixed opposite ("effective", "ineffective"; "armed", "unarmed"): the prefix denies
it only where the word is a state; prefixed verbs ("inform", "impose", "unveil") are other acts."""

ZERO_WORDS = frozenset({"no", "none", "nobody", "neither"})
"""Words that open a subject of whom a sentence denies everything ("No one was hurt", "None of the crew")."""

CHANNELS: dict[str, str] = {
    **{w: "email" for w in ("email", "emails", "e-mail", "e-mails", "electronic mail")},
    **{w: "post" for w in ("mail", "post", "letter", "letters", "direct mail", "postal mail", "first-class mail")},
    **{w: "phone" for w in ("phone", "telephone", "phone call", "phone calls")},
    **{w: "text" for w in ("text", "texts", "text message", "text messages", "sms")},
    **{w: "fax" for w in ("fax",)},
}
"""The means a notice is sent by ("alerting customers by email", "by mail"), by kind: "mail" and "post" are one, an
email is another."""
