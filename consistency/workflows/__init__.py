"""Higher-level jobs over the pipeline: many stories at once, scoring against gold, baseline files."""
