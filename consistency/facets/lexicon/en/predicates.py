"""Predicates that carry no claim of their own, and the cues that confirm or deny one."""

# Verbs whose polarity says nothing about the reported fact ("did not say", "is not").
LIGHT_PREDICATES = frozenset({"be", "have", "do", "say", "tell", "accord"})
CONFIRM_CUES = frozenset({"confirm", "admit", "acknowledge", "concede"})
DENY_CUES = frozenset({"deny", "reject", "dispute", "refute"})

COMMITMENT_VERBS = frozenset({"agree", "decide", "vow", "promise", "pledge", "choose", "consent", "opt"})
"""Verbs whose infinitive is what the subject commits to ("agreed to release the player"): it is asserted as the verb
is, and a refusal of it (`REFUSAL_VERBS`: "refused to release") denies it."""

REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})
"""Verbs whose infinitive is what the subject will not do; a failure ("failed to release in time") is no refusal:
one may agree to something and fail to do it."""

INDEFINITE_OBJECTS = frozenset({"something", "anything", "nothing", "someone", "anyone", "somebody", "anybody", "it"})
"""Objects that name nothing in particular ("is cooking something"): any object may be meant."""
