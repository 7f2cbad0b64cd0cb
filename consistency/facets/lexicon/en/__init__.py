"""English word lists and tables, each defined once: calendar words, number words, units, speech verbs, names."""
