"""Typed facet values, one class per facet kind; `to_dict()` is the value's JSON form in the report."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Mapping


class _Absent:
    """Marks a key a value does not carry: left out of `to_dict()`, as the report contract has it."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"

    def __bool__(self) -> bool:
        return False


ABSENT: Any = _Absent()


class FacetValue:
    """Base of the typed values (frozen dataclasses): fields in the order the JSON report writes them."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not ABSENT}


def value_dict(value: FacetValue | Mapping[str, Any]) -> dict[str, Any]:
    """The JSON form of a facet value."""
    return value.to_dict() if isinstance(value, FacetValue) else dict(value)
