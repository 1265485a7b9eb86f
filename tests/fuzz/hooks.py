"""Schemathesis hooks for tests/fuzz/run.py: valid data for what no JSON Schema can describe.

Some inputs are valid only through what the server holds, which a schema cannot express:

- a reference must name an object of the tenant (contract §6), a subscription a pair of the
  event catalog and a filter that compiles as CEL (records-events.md §3), a file the record
  it is attached to (§2): a made-up one is 400;
- an `Idempotency-Key` already used with another body is 400, and so is a list `cursor` or a
  feed `after` the server never issued (contract §4, §5); an `If-Match` naming a version other
  than the stored one is 412;
- a custom field's `referencedEntityType` must name a record type the tenant has (§1);
- some rules relate two values, which no JSON Schema can compare: a custom field's `min` must
  not exceed its `max`, field names must not repeat (records-events.md §1), and a recovery's
  `until` must not be before its `since`.

Left alone, positive generation breaks these, and the positive-data check reports the
contract's answer as a rejection of valid data. This hook makes positive cases hold to them,
with values of the seeded demo tenant; it changes nothing else, never touches a negative case,
and leaves every check as it is.

One kind of negative case is left out: an upload that, as a form sends it, is a valid upload
(a field drawn as an empty list sends nothing; see `_valid_as_sent`).

One internal of schemathesis is made to survive a valid answer: see `_same_origin_path`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import jsonschema_rs
import requests
import schemathesis
from schemathesis import Case
from schemathesis.checks import CHECKS
from schemathesis.core.parameters import ParameterLocation
from schemathesis.engine import observations
from schemathesis.hooks import HookContext
from schemathesis.specs.openapi import checks as openapi_checks

from openwyn.files.schemas import UPLOAD_FORM_SCHEMA

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
# Lists of references (each item a seeded id; the same id twice is refused, so kept once).
LIST_REFERENCES = frozenset({"clientIds", "contactIds", "excludedClientIds"})
# Top-level body fields whose valid values are those the server holds.
KNOWN_VALUES: dict[str, Sequence[Any]] = {
    "entityType": ("client", "contact", "job", "staff"),
    "filterExpression": ('event.data.status == "PAID"', 'event.operation == "UPDATE"', "true"),
    "recordType": ("client",),
    "systemRef": ("demo-client-0001", "demo-client-0002"),
}
# Record types a custom field may reference: standard ones and the run's seeded custom type.
RECORD_TYPES = ("client", "staff", "fuzz_note")
UPLOAD_FORM = jsonschema_rs.validator_for(UPLOAD_FORM_SCHEMA)


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
    config's dictionaries make the fuzzing phase draw the seeded values for these fields.

    A negative upload that is a valid one as sent is left out too (`_valid_as_sent`)."""
    if not _is_multipart(case) or not isinstance(case.body, dict):
        return True
    if not _is_positive(case):
        return not _valid_as_sent(case)
    for name, value in case.body.items():
        if name == "recordId" and value not in SEEDED_IDS:
            return False
        if name in ("recordType", "systemRef") and value not in KNOWN_VALUES[name]:
            return False
    return True


def _valid_as_sent(case: Case) -> bool:
    """Whether a negative upload is, as sent, a valid one.

    A form carries text: `"description": []` sends no part at all, `["x"]` and `5` send the
    text `x` and `5`, which the server reads as the field's type. schemathesis means to allow
    for this, but judges the form with the file's bytes in it, which no string schema accepts,
    so it reports the server's 201 as accepting invalid data. This reads the form as the
    server does, from the request as it would go out. A case negative outside its body, or
    with a field sent twice (which the server refuses), is kept."""
    meta = case.meta
    if meta is None or any(
        component.mode.is_negative
        for location, component in meta.components.items()
        if location is not ParameterLocation.BODY
    ):
        return False
    parts = _parts_as_sent(case)
    if parts is None or any(len(values) != 1 for values in parts.values()):
        return False
    sent: dict[str, Any] = {}
    for name, (text,) in parts.items():
        if (name == "file") != (text is None):
            return False  # the file as text, or text as a file: not what the form takes
        sent[name] = "the file's bytes" if text is None else _reading(name, text)
    return bool(UPLOAD_FORM.is_valid(sent))


def _parts_as_sent(case: Case) -> dict[str, list[str | None]] | None:
    """Each part of the multipart body the case sends, by name: its text, or None for a file."""
    kwargs = case.as_transport_kwargs(base_url="http://fuzz.invalid")
    request = requests.Request(
        method=kwargs["method"],
        url=kwargs["url"],
        files=kwargs.get("files"),
        data=kwargs.get("data"),
    ).prepare()
    content_type = request.headers.get("Content-Type", "")
    if not content_type.startswith("multipart/form-data") or not isinstance(request.body, bytes):
        return None
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    parts: dict[str, list[str | None]] = {}
    for part in BytesParser(policy=HTTP).parsebytes(head + request.body).iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        payload = part.get_payload(decode=True)
        text = payload.decode(errors="replace") if isinstance(payload, bytes) else ""
        parts.setdefault(name, []).append(None if part.get_filename() is not None else text)
    return parts


def _reading(name: str, text: str) -> Any:
    """The value the server takes from a form field's text: the text, or what it parses to
    (`5` for an integer field), whichever the field's schema accepts."""
    schema = UPLOAD_FORM_SCHEMA["properties"].get(name)
    if schema is None:
        return text
    try:
        readings = [text, json.loads(text)]
    except ValueError:
        return text
    accepted = jsonschema_rs.validator_for(schema)
    return next((reading for reading in readings if accepted.is_valid(reading)), text)


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
    if case.query:
        _valid_query(case, case.query)
    if case.path_parameters:
        _named_path(case, case.path_parameters)
    if case.path_parameters and case.path_parameters.get("systemRef") == "search":
        # Not a systemRef of the records paths (their schema says so, but the stateful phase
        # can carry the word over from elsewhere): `/records/{type}/search` is the search.
        case.path_parameters["systemRef"] = _pick(KNOWN_VALUES["systemRef"], case, "systemRef")
    return case


def _named_path(case: Case, parameters: dict[str, Any]) -> None:
    """A path parameter the stateful phase took from a null in an earlier answer (a WIP row's
    `serviceLineId: null` linked to `DELETE /service-lines/{id}`) names no object: the request
    goes out as `/service-lines/None`, which the schema's integer does not admit, yet the case
    counts as positive. Such a parameter takes a seeded id instead, as a drawn one may."""
    for name, value in parameters.items():
        if value is None:
            parameters[name] = _pick(SEEDED_IDS, case, name)


def _valid_query(case: Case, query: dict[str, Any]) -> None:
    if "after" in query:
        query["after"] = os.environ["OPENWYN_FUZZ_FEED_CURSOR"]
    # A statement's period starts no later than it ends (`asOf` is today when not given).
    if "from" in query and "asOf" not in query and case.path.endswith("/statement"):
        query["asOf"] = query["from"]
    if _before(query.get("asOf"), query.get("from")):
        query["asOf"], query["from"] = query["from"], query["asOf"]
    # The feed's entityType names a type the tenant has, and its page size is given once.
    if case.path == "/api/v1/events":
        if query.get("entityType") not in (None, *KNOWN_VALUES["entityType"]):
            query["entityType"] = _pick(KNOWN_VALUES["entityType"], case, "entityType")
        if "pageSize" in query:
            query.pop("limit", None)


def _valid_body(case: Case, body: dict[str, Any]) -> dict[str, Any]:
    body.pop("cursor", None)  # a made-up cursor is no cursor: page from the start instead
    for name, value in list(body.items()):
        if name in REFERENCES and value is not None:
            body[name] = _pick(SEEDED_IDS, case, name)
        elif name in LIST_REFERENCES and isinstance(value, list) and value:
            picked = {_pick(SEEDED_IDS, case, f"{name}[{n}]") for n in range(len(value))}
            body[name] = sorted(picked)
        elif name in KNOWN_VALUES and value is not None and value not in KNOWN_VALUES[name]:
            body[name] = _pick(KNOWN_VALUES[name], case, name)
    if isinstance(body.get("fields"), list):
        body["fields"] = _valid_definitions(case, body["fields"])
    if _before(body.get("until"), body.get("since")):
        body["since"], body["until"] = body["until"], body["since"]
    return body


def _valid_definitions(case: Case, fields: list[Any]) -> list[Any]:
    """Field definitions with distinct names, each `min` no greater than its `max` and each
    reference naming a record type the tenant has."""
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
            target = field.get("referencedEntityType")
            if target is not None and target not in RECORD_TYPES:
                chosen = _pick(RECORD_TYPES, case, f"fields.{name}")
                field = {**field, "referencedEntityType": chosen}
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


_USE_AFTER_FREE = openapi_checks.use_after_free
CHECKS.unregister("use_after_free")  # the one below takes its name and its place


@schemathesis.check
def use_after_free(ctx: Any, response: Any, case: Case) -> bool | None:
    """schemathesis's own check (this takes its place under its name), except after a DELETE
    that deactivates: on a directory entity with an `active` flag, DELETE keeps the row with
    `active: false` and GET answers it (contract §6), where the check assumes a DELETE
    removes. The document says which DELETEs these are (operation id `deactivate_...`); after
    every other DELETE (link rows, records, subscriptions, files, keys) the check runs as is."""
    paths = case.operation.schema.raw_schema.get("paths", {})
    deleting = paths.get(case.operation.path, {}).get("delete", {})
    if str(deleting.get("operationId", "")).startswith("deactivate_"):
        return None
    result: bool | None = _USE_AFTER_FREE(ctx, response, case)
    return result


_SAME_ORIGIN_PATH = observations._same_origin_path


def _same_origin_path(value: str, origin: tuple[str, str]) -> str | None:
    """schemathesis's own reading of a string in a 2xx answer as a link to follow, except that
    a string it cannot parse as a URL is not a link. Its reader learns links from every string
    that starts with `http://`, and `urlsplit` raises on one such as `http://[x` (a client's
    name may be any text, and the answer echoes it): the run then ends with an internal error
    instead of a report (schemathesis 4.32.5). No check is involved: this only feeds the
    stateful phase's link discovery."""
    try:
        return _SAME_ORIGIN_PATH(value, origin)
    except ValueError:
        return None


observations._same_origin_path = _same_origin_path
