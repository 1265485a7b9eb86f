"""`ETag` of a single-object answer (contract §4): `"<version>"` where the object has a
version, as the directory's answers carry; otherwise a strong tag derived from the answer's
content, so a client can still tell whether what it holds changed."""

from __future__ import annotations

import hashlib
from typing import Any

from openwyn.kit.json import dumps


def etag_of(data: Any, versioned: Any = None) -> dict[str, str]:
    """The `ETag` header of an answer whose data is `data`. `versioned` is the object whose
    `version` names it, when that is not `data` itself (e.g. a subscription inside `data`)."""
    source = data if versioned is None else versioned
    version = source.get("version") if isinstance(source, dict) else None
    if isinstance(version, int) and not isinstance(version, bool):
        return {"ETag": f'"{version}"'}
    digest = hashlib.sha256(dumps(data)).hexdigest()[:32]
    return {"ETag": f'"{digest}"'}
