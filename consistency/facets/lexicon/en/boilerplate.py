"""Web page furniture that a text extraction leaves in an article: never a claim of the story."""

BOILERPLATE_PHRASES: tuple[str, ...] = (
    "all rights reserved", "copyright", "sign in", "log in", "register", "subscribe", "click here", "read more",
    "share this", "follow us", "advertisement", "privacy policy", "terms of use", "terms of service",
    "cookie", "newsletter", "related articles", "related stories", "skip to content", "back to top",
    "see author s posts", "reported by", "translated by", "written by", "edited by", "additional reporting by",
)
"""Lower-case phrases that make a short line boilerplate ("All rights reserved.", "Sign in / Register")."""

FURNITURE_OPENERS: tuple[str, ...] = (
    "click here", "click to", "tap here", "sign up", "subscribe to", "download our", "download the app",
    "follow us", "read more", "don t miss", "for more news", "get breaking news", "used with permission",
    "used with the permission",
)
"""Lower-case phrases that, opening a line, address the page's reader or the reprint ("Click HERE for VIDEO ...",
"Used with the permission of ..."), not the story."""
