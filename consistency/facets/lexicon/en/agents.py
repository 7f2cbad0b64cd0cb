"""Acts whose doer a story tells, and the kinds of doers that are one another in other words."""

ACT_GROUPS: dict[str, str] = {
    **{w: "reduce" for w in ("reduce", "halve", "commute", "lessen")},
    **{w: "kill" for w in ("kill", "shoot", "stab", "murder")},
    **{w: "rescue" for w in ("rescue", "save", "pluck", "winch", "airlift", "free")},
    **{w: "arrest" for w in ("arrest", "detain", "apprehend")},
    **{w: "subdue" for w in ("tackle", "subdue", "restrain", "overpower", "wrestle", "disarm")},
    **{w: "sentence" for w in ("sentence", "jail", "convict")},
}
"""Verbs of one act by group ("reduced the sentence", "halved the sentence"): who did it is a claim of its own."""

AGENT_CLASSES: dict[str, str] = {
    **{w: "police" for w in ("police", "officer", "detective", "constable", "trooper", "cop", "policeman",
                             "policewoman", "sergeant", "inspector", "sheriff", "deputy")},
    **{w: "military" for w in ("soldier", "troop", "army", "military", "marine", "paratrooper")},
    **{w: "fire" for w in ("firefighter", "fireman", "fire")},
    **{w: "medical" for w in ("paramedic", "ambulance", "doctor", "medic", "nurse", "surgeon")},
    **{w: "court" for w in ("court", "judge", "jury", "magistrate", "tribunal", "justice")},
    **{w: "coastguard" for w in ("coastguard", "lifeboat", "coast")},
}
"""Words of a doer that put it in one body ("officers", "police"; "the jury", "the court"): one doer told two ways."""

GENERAL_AGENTS: frozenset[str] = frozenset({
    "authority", "official", "rescuer", "responder", "service", "team", "staff", "people", "someone", "somebody",
    "man", "woman", "person", "member", "group", "unit", "worker",
})
"""Head words of doers named too generally to clash with a specific one ("rescuers", "officials", "a man"); "a Secret
Service sniper" is a sniper, not a service."""

GENERAL_MODIFIERS: frozenset[str] = frozenset({"rescue", "emergency"})
"""Words that make any doer general ("rescue crews", "emergency workers")."""

CAUSE_NOUNS: frozenset[str] = frozenset({
    "explosion", "blast", "quake", "earthquake", "tremor", "fire", "blaze", "storm", "tornado", "hurricane", "cyclone",
    "typhoon", "flood", "flooding", "crash", "collision", "accident", "attack", "bomb", "bombing", "shooting",
    "eruption", "landslide", "avalanche", "wave", "tsunami", "disease", "virus", "outbreak", "heat", "heatwave",
    "missile", "rocket", "shell", "airstrike", "strike", "drone", "fall", "impact", "smoke", "cancer", "illness",
})
"""What kills or frees without being a doer ("an explosion killed 10 workers", "a blast killed 10"): two words for one
cause are no two doers."""

ATTACKER_NOUNS: frozenset[str] = frozenset({"gunman", "attacker", "shooter", "assailant", "knifeman", "bomber", "killer"})
"""Words for the one who attacked, as the acts done to them tell it ("the gunman was killed", "shot the attacker")."""

GENERAL_PATIENTS: frozenset[str] = frozenset({"person", "individual"})
"""Words for whom an act was done to that name no one in particular ("shot the person on the rooftop")."""

ONE_OF_SEVERAL: frozenset[str] = frozenset(
    "first second third fourth fifth last other another one two three latest fellow second-oldest".split())
"""Words before a role that make it one of several ("the first victim", "the other gunman"): a name given to it says
nothing against a name another outlet gives to another one."""
