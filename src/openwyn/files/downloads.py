"""HTTP details of a download: its headers, If-None-Match and one byte range (RFC 9110)."""

from __future__ import annotations

import re
from urllib.parse import quote

from openwyn.errors import ApiError

# One range only; digits bounded so a huge number is "malformed" (ignored), never a crash.
_RANGE = re.compile(r"^bytes=([0-9]{0,19})-([0-9]{0,19})$", re.IGNORECASE)
_NOT_ASCII_SAFE = re.compile(r'[^\x20-\x7e]|["\\%]')


class RangeNotSatisfiable(ApiError):
    status_code = 416
    code = "RANGE_NOT_SATISFIABLE"
    default_message = "The range is outside the file."


def headers(name: str, etag: str) -> dict[str, str]:
    """Every download answer's headers: attachment (never rendered inline), cacheable privately."""
    fallback = _NOT_ASCII_SAFE.sub("_", name)
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
    return {
        "ETag": etag,
        "Content-Disposition": disposition,
        "X-Content-Type-Options": "nosniff",
        "Accept-Ranges": "bytes",
        "Cache-Control": "private",
    }


def matches(if_none_match: str | None, etag: str) -> bool:
    if if_none_match is None:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in tags or etag in tags


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one range asked, as (start, end inclusive), or None for the whole file.

    A malformed, inverted or multiple range is ignored (RFC 9110 §14.2 lets a server do that);
    a well-formed range that misses the file is 416.
    """
    match = _RANGE.match(header.strip()) if header else None
    if match is None or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise unsatisfiable(size)
        return max(size - suffix, 0), size - 1
    start = int(first)
    if last and int(last) < start:
        return None
    if start >= size:
        raise unsatisfiable(size)
    return start, min(int(last), size - 1) if last else size - 1


def unsatisfiable(size: int) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
