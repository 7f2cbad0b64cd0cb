"""consistency: line up news articles about one event and report where the sources disagree."""

__version__ = "0.1.0"
