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
