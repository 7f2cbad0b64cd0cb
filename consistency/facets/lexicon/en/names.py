"""Words inside personal and organisation names that are not capitalised."""

NAME_PARTICLES = frozenset({"de", "del", "della", "der", "van", "von", "da", "di", "du", "la", "le", "bin", "al"})
"""Lower-case particles of personal names ("Ursula von der Leyen", "Mohammed bin Salman")."""

NAME_CONNECTORS = frozenset({"of", "the", "and"})
"""Lower-case words inside organisation names ("Bank of England", "Diario del Ebro")."""
