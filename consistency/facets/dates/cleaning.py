"""An expression made ready for the rules: lower case, straight quotes, no brackets, no leading filler words."""

from __future__ import annotations

from .patterns import AM_PM_END_RE, BRACKETS_AND_QUOTES_RE, FULL_STOP_END_RE, POSSESSIVE_END_RE, SPACES_RE


def strip_words(s: str, words: tuple[str, ...]) -> str:
    """`s` without the words of `words` at its start, as many as follow each other, never all of it."""
    changed = True
    while changed and s and s.startswith(words):  # (a quick exit: most phrases start with none of them)
        changed = False
        for w in words:
            if s.startswith(w + " ") or s.startswith(w + "-"):
                rest = s[len(w) :].lstrip(" -")
                if rest:
                    s = rest
                    changed = True
                    break
    return s


def clean(expression: str) -> str:
    s = expression.lower().replace("’", "'").replace("‘", "'")
    s = BRACKETS_AND_QUOTES_RE.sub(" ", s)
    s = SPACES_RE.sub(" ", s).strip(" ,;:!?'-")
    s = POSSESSIVE_END_RE.sub("", s)  # "Friday's"
    s = FULL_STOP_END_RE.sub("", s) if not AM_PM_END_RE.search(s) else s
    return s.strip()
