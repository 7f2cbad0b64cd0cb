"""Web page furniture that a text extraction leaves in an article: never a claim of the story."""

BOILERPLATE_PHRASES: tuple[str, ...] = (
    "all rights reserved", "copyright", "sign in", "log in", "register", "subscribe", "click here", "read more",
    "share this", "follow us", "advertisement", "privacy policy", "terms of use", "terms of service",
    "cookie", "newsletter", "related articles", "related stories", "skip to content", "back to top",
    "see author s posts", "reported by", "translated by", "written by", "edited by", "additional reporting by",
)
"""Lower-case phrases that make a short line boilerplate ("All rights reserved.", "Sign in / Register")."""

CALLS_TO_ACTION: tuple[str, ...] = (
    "click here", "click to", "tap here", "sign up", "subscribe to", "download our", "download the app",
    "follow us", "read more", "don t miss", "for more news",
)
"""Lower-case phrases that, opening a line, address the page's reader, not the story ("Click HERE for VIDEO ...")."""
