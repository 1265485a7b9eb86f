"""Reusable write rules for resource declarations (``Resource.rules``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Conflict, ErrorDetail, ValidationFailed
from openwyn.kit import repository as repo
from openwyn.kit.resource import Change, Rule


def unique_together(*names: str, when: dict[str, Any] | None = None, message: str = "") -> Rule:
    """No two rows of a tenant share the values of `names` (among rows matching `when`).

    ``unique_together("clientId", when={"isPrimary": True})`` allows one primary per client.
    The error names the condition's field if there is one, else the last of `names`.
    """
    condition = when or {}

    async def check(session: AsyncSession, tenant_id: int, change: Change) -> None:
        if not change.touches(*names, *condition):
            return
        after = change.after
        if any(after.get(name) is None for name in names):
            return
        if any(after.get(name) != value for name, value in condition.items()):
            return
        resource = change.resource
        columns = {resource.by_name[name].column_name: after[name] for name in (*names, *condition)}
        if await repo.values_taken(session, resource.table, tenant_id, columns, change.row_id):
            field = next(iter(condition), names[-1])
            raise Conflict(
                message or f"Another {resource.title} already has this {' and '.join(names)}.",
                [{"path": field, "message": "is already taken"}],
            )

    return check


def at_least_one_of(*names: str) -> Rule:
    """The object keeps a non-empty value in at least one of `names`.

    A body that breaks this by itself (a create without any, an update blanking all) is 400,
    as `at_least_one_of_schemas` states in the document; an update that blanks the only one
    the stored object has is 409, since it conflicts with that object, not with the schema.
    """

    async def check(session: AsyncSession, tenant_id: int, change: Change) -> None:
        after = change.after
        if any(after.get(name) not in (None, "") for name in names):
            return
        listed = " or ".join(names)
        details: list[ErrorDetail] = [
            {"path": name, "message": f"{listed} is required"} for name in names
        ]
        if change.before is None or all(name in change.body for name in names):
            raise ValidationFailed(f"{listed} is required.", details)
        raise Conflict(f"The change would leave no {listed}.", details)

    return check


def at_least_one_of_schemas(*names: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Create and Update schema parts of ``at_least_one_of(*names)``."""
    create = {
        "anyOf": [
            {"required": [name], "properties": {name: {"type": "string", "minLength": 1}}}
            for name in names
        ]
    }
    blank = {"anyOf": [{"type": "null"}, {"type": "string", "maxLength": 0}]}
    update = {"not": {"required": list(names), "properties": dict.fromkeys(names, blank)}}
    return create, update
