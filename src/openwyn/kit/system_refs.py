"""A record's id in its source system (contract §13.5): a string, or an object of scalars.

Some systems identify a record by several values (``{"system": "karbon", "id": "4711"}``). Such
an object is stored, and matched, as its canonical JSON text (sorted keys, no whitespace), so
the same object sent with its keys in another order names the same record; answers show it as
the object again. A string is stored as it is.
"""

from __future__ import annotations

import json
from typing import Any

MAX_LENGTH = 100  # of the stored text: the width of `pmsRef`
SCALARS = (str, int, float, bool, type(None))
_PROBLEM = "must be a non-empty string or a non-empty object of scalar values"

SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1, "maxLength": MAX_LENGTH},
        {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {"type": ["string", "number", "boolean", "null"]},
            "description": "Matched by its canonical JSON (sorted keys, no whitespace), at most "
            f"{MAX_LENGTH} characters.",
        },
    ],
    "description": "The record's id in the source system: a string, or an object of scalars.",
}


def canonical(value: dict[str, Any]) -> str:
    """The one text of an object, whatever the order of its keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def parsed(value: Any) -> str | dict[str, Any]:
    """The systemRef sent, checked (ValueError says what is wrong), unchanged."""
    if isinstance(value, str):
        if not 1 <= len(value) <= MAX_LENGTH:
            raise ValueError(f"must be 1 to {MAX_LENGTH} characters")
        if "\x00" in value:
            # PostgreSQL text cannot hold NUL; an object's canonical JSON escapes it.
            raise ValueError("must not contain NUL")
        return value
    if not isinstance(value, dict) or not value:
        raise ValueError(_PROBLEM)
    if not all(isinstance(member, SCALARS) for member in value.values()):
        raise ValueError("an object systemRef holds only strings, numbers, booleans and nulls")
    if len(canonical(value)) > MAX_LENGTH:
        raise ValueError(f"as canonical JSON must be at most {MAX_LENGTH} characters")
    return value


def stored(value: str | dict[str, Any]) -> str:
    """The text a checked systemRef is stored and matched as."""
    return value if isinstance(value, str) else canonical(value)


def shown(text: str | None) -> str | dict[str, Any] | None:
    """A stored systemRef as answers show it: the object, if it is an object's canonical text."""
    if text is None or not text.startswith("{"):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    scalars = isinstance(value, dict) and all(isinstance(m, SCALARS) for m in value.values())
    return value if scalars and value and canonical(value) == text else text


def from_path(segment: str) -> str:
    """The stored text a URL path segment names: an object's JSON (canonical or not), or the
    plain string."""
    if segment.startswith("{"):
        try:
            value = json.loads(segment)
        except ValueError:
            return segment
        if isinstance(value, dict) and value:
            return canonical(value)
    return segment
