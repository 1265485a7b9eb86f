"""Schemathesis hooks for tests/fuzz/run.py: valid data for what no JSON Schema can describe.

Some inputs are valid only through what the server holds, which a schema cannot express:

- a reference must name an object of the tenant (contract §6), a subscription a pair of the
  event catalog and a filter that compiles as CEL (records-events.md §3), a file the record
  it is attached to (§2): a made-up one is 422;
- an `Idempotency-Key` already used with another body is 422, and so is a list `cursor` or a
  feed `after` the server never issued (contract §4, §5); an `If-Match` naming a version other
  than the stored one is 412;
- some rules relate two values, which no JSON Schema can compare: a custom field's `min` must
  not exceed its `max`, field names must not repeat (records-events.md §1), and a recovery's
  `until` must not be before its `since`.

Left alone, positive generation breaks these, and the positive-data check reports the
contract's answer as a rejection of valid data. This hook makes positive cases hold to them,
with values of the seeded demo tenant; it changes nothing else, never touches a negative case,
and leaves every check as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import schemathesis
from schemathesis import Case
from schemathesis.hooks import HookContext

IDEMPOTENCY_KEY = "Idempotency-Key"
# Ids every seeded table of the demo tenant has; each reference field names one of them.
SEEDED_IDS = (1, 2, 3)
REFERENCES = frozenset(
    {
        "officeId",
        "deptId",
        "parentDepartmentId",
        "partnerStaffId",
        "managerStaffId",
        "industryId",
        "serviceLineId",
        "clientBusinessEntityId",
        "clientId",
        "contactId",
        "jobTemplateId",
        "staffId",
        "recordId",
    }
)
# Top-level body fields whose valid values are those the server holds.
KNOWN_VALUES: dict[str, Sequence[Any]] = {
    "entityType": ("client", "contact", "job", "staff"),
    "filterExpression": ('event.data.status == "PAID"', 'event.operation == "UPDATE"', "true"),
    "recordType": ("client",),
    "systemRef": ("demo-client-0001", "demo-client-0002"),
}


def _is_positive(case: Case) -> bool:
    """Valid data in every part: a case may be drawn positive and carry one negative part."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return False
    return not any(component.mode.is_negative for component in meta.components.values())


def _digest(case: Case) -> str:
    body: Any = case.body if isinstance(case.body, dict | list | str | int | float) else None
    text = json.dumps([case.method, case.formatted_path, body], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _pick(choices: Sequence[Any], case: Case, name: str) -> Any:
    """One of `choices`, the same for the same request (so runs with one seed repeat)."""
    index = int(hashlib.sha256(f"{_digest(case)}:{name}".encode()).hexdigest(), 16)
    return choices[index % len(choices)]


def _is_multipart(case: Case) -> bool:
    return bool(case.media_type) and str(case.media_type).startswith("multipart/")


@schemathesis.hook
def filter_case(context: HookContext, case: Case) -> bool:
    """A positive upload naming a record that does not exist is not valid data. A form with
    the file's bytes cannot be rewritten here (schemathesis would then judge the bytes against
    the JSON Schema and call the case negative), so such a case is left out instead; the
    config's dictionaries make the fuzzing phase draw the seeded values for these fields."""
    if not _is_positive(case) or not _is_multipart(case) or not isinstance(case.body, dict):
        return True
    for name, value in case.body.items():
        if name == "recordId" and value not in SEEDED_IDS:
            return False
        if name in ("recordType", "systemRef") and value not in KNOWN_VALUES[name]:
            return False
    return True


@schemathesis.hook
def map_case(context: HookContext, case: Case) -> Case:
    if not _is_positive(case):
        return case
    if isinstance(case.body, dict) and not _is_multipart(case):
        case.body = _valid_body(case, dict(case.body))
    if case.headers:
        key = case.headers.get(IDEMPOTENCY_KEY)
        if isinstance(key, str) and key:
            # A key of this very request: a retry of it (same body) replays, and a request
            # with another body never meets a key an earlier, different request used.
            case.headers[IDEMPOTENCY_KEY] = f"{key[:200]}-{_digest(case)[:32]}"
        if "If-Match" in case.headers:
            case.headers["If-Match"] = "*"  # the stored version is the server's to know
    if case.query and "after" in case.query:
        case.query["after"] = os.environ["OPENWYN_FUZZ_FEED_CURSOR"]
    return case


def _valid_body(case: Case, body: dict[str, Any]) -> dict[str, Any]:
    body.pop("cursor", None)  # a made-up cursor is no cursor: page from the start instead
    for name, value in list(body.items()):
        if name in REFERENCES and value is not None:
            body[name] = _pick(SEEDED_IDS, case, name)
        elif name in KNOWN_VALUES and value is not None and value not in KNOWN_VALUES[name]:
            body[name] = _pick(KNOWN_VALUES[name], case, name)
    if isinstance(body.get("fields"), list):
        body["fields"] = _valid_definitions(body["fields"])
    if _before(body.get("until"), body.get("since")):
        body["since"], body["until"] = body["until"], body["since"]
    return body


def _valid_definitions(fields: list[Any]) -> list[Any]:
    """Field definitions with distinct names and each `min` no greater than its `max`."""
    kept: list[Any] = []
    names: set[Any] = set()
    for field in fields:
        if isinstance(field, dict):
            name = field.get("name")
            if name in names:
                continue
            names.add(name)
            low, high = _number(field.get("min")), _number(field.get("max"))
            if low is not None and high is not None and low > high:
                field = {**field, "min": field["max"], "max": field["min"]}
        kept.append(field)
    return kept


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _before(one: Any, other: Any) -> bool:
    try:
        return datetime.fromisoformat(one) < datetime.fromisoformat(other)
    except (TypeError, ValueError, OverflowError):
        return False
