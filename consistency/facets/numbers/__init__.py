"""Number facets of one sentence: counts, money, percentages, quantities, ordinals and scores."""

from .extract import extract_numbers
from .written import words_to_number

__all__ = ["extract_numbers", "words_to_number"]
