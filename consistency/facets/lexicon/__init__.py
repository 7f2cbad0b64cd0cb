"""Language data (word lists, tables) apart from the algorithms that read it: one home per language."""
