"""Negation words: adverbs, determiners, pronouns, prepositions and verbs that negate, and the prepositions that stand for an object."""

NEGATION_ADVERBS: dict[str, str] = {
    "not": "not", "n't": "n't", "n’t": "n't", "nt": "n't", "never": "never", "neither": "neither",
    "nor": "nor", "no longer": "no longer",
}
"""Adverbs that negate the verb they attach to, mapped to the cue reported."""

NOT_ONLY_WORDS: frozenset[str] = frozenset({"only", "just", "merely"})
"""Words after "not" that add to what is said instead of denying it ("not only killed the deputy but also ...")."""

NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no"})
NO_TERMS: frozenset[str] = frozenset({"confidence", "contest"})
"""Words that make "no" part of a name, not a denial: "a vote of no confidence", "pleaded no contest"."""
"""Determiners that negate the clause of their noun ("no charges were filed", "I have no idea")."""

CAMPAIGN_SIDES: frozenset[str] = frozenset({"camp", "campaign", "side", "vote", "votes", "voters", "lobby", "supporters"})
"""Words after a capitalised "No" that make it a side of a referendum ("the No campaign won", "the "No" camp"), not a
denial."""

NEGATIVE_PRONOUNS: frozenset[str] = frozenset({"nobody", "nothing", "none", "noone", "no-one"})
"""Pronouns that negate their clause ("nothing was found"); "no one" is read as "no" + "one"."""

NEGATIVE_PREPOSITIONS: frozenset[str] = frozenset({"without"})
"""Prepositions that negate the verb they govern ("left without paying")."""

NEGATION_VERBS: frozenset[str] = frozenset({
    "deny", "refuse", "decline", "fail", "reject", "dispute", "neglect", "omit", "disavow",
    "contradict", "dismiss", "rebut", "refute",
})
"""Verbs that negate their complement: "denied meeting him", "refused to confirm", "failed to disclose"."""

OBJECT_PREPOSITIONS: frozenset[str] = frozenset({"with", "to", "about", "on", "into", "for", "at", "in", "of"})
"""Prepositions whose object stands in for a missing direct object ("met with officials")."""

HEDGE_ADJECTIVES: frozenset[str] = frozenset({
    "clear", "unclear", "possible", "impossible", "likely", "unlikely", "certain", "uncertain", "known", "unknown",
    "evident", "apparent", "obvious", "probable", "true",
})
"""Adjectives that, said of a clause ("it was not immediately clear what caused the blast"), hedge rather than claim."""

EPISTEMIC_NOUNS: frozenset[str] = frozenset({
    "doubt", "question", "word", "chance", "need", "reason", "suggestion", "indication", "telling", "denying",
    "saying", "way", "point", "guarantee", "certainty", "dispute", "secret",
})
"""Nouns of "there is (no) X that ..." that speak of a claim, not of a thing there is: "There is no doubt that the fire
was set" says the fire was set."""

PROOF_NOUNS: frozenset[str] = frozenset({"evidence", "indication", "sign", "proof", "suggestion"})
"""Nouns whose absence denies the clause they hold: "there is no evidence that patient data has been stolen" says,
as far as the speaker knows, that it has not been."""

SUBJECT_COUNTERS: frozenset[str] = frozenset({
    "other", "another", "first", "second", "third", "fourth", "fifth", "last", "remaining", "several", "some", "all",
    "both", "many", "few",
})
"""Words before a subject that count or pick out some of a kind: "a third suspect" is not "two suspects"."""

HEDGE_MODALS: frozenset[str] = frozenset({"may", "might", "could"})
"""Modals that leave a copula open ("the captain may have been on the bridge"): no claim to set against a denial."""

NEG_RAISING_VERBS: frozenset[str] = frozenset({"think", "believe", "suppose", "reckon"})
"""Verbs of opinion whose "not" falls on the clause they hold: "I don't think he deserved it" (he did not); "never
thought he would be convicted" says nothing of the kind."""
