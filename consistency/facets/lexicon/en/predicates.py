"""Predicates that carry no claim of their own, and the cues that confirm or deny one."""

# Verbs whose polarity says nothing about the reported fact ("did not say", "is not").
LIGHT_PREDICATES = frozenset({"be", "have", "do", "say", "tell", "accord"})
CONFIRM_CUES = frozenset({"confirm", "admit", "acknowledge", "concede"})
DENY_CUES = frozenset({"deny", "reject", "dispute", "refute"})
