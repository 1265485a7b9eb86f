"""Reusable write rules for resource declarations (``Resource.rules``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Conflict, ErrorDetail, ValidationFailed
from openwyn.kit import repository as repo
from openwyn.kit.resource import Change, Resource, Rule

# Rules that read nothing but the change itself: a batch may run them on a change planned
# against what is stored before the batch's writes (records/bulk.py) and get the same answer.
READS_NOTHING: set[Rule] = set()


def reads_nothing(rule: Rule) -> Rule:
    """Declare that `rule` issues no query (see READS_NOTHING)."""
    READS_NOTHING.add(rule)
    return rule


@dataclass(frozen=True, eq=False)
class UniqueTogether:
    """No two rows of a tenant share the values of `names` (among rows matching `when`).

    A rule object rather than a closure so that a batch can check it for all its changes in
    one query (records/bulk.py): `held` says which values a row holds under it."""

    names: tuple[str, ...]
    when: dict[str, Any]
    message: str

    def held(self, values: dict[str, Any]) -> tuple[Any, ...] | None:
        """The values of `names` that an object with `values` holds, if the rule covers it."""
        if any(values.get(name) is None for name in self.names):
            return None
        if any(values.get(name) != value for name, value in self.when.items()):
            return None
        return tuple(values[name] for name in self.names)

    def claimed(self, change: Change) -> tuple[Any, ...] | None:
        """What the change claims under the rule: None when it is not checked at all."""
        if not change.touches(*self.names, *self.when):
            return None
        return self.held(change.after)

    def taken(self, resource: Resource) -> Conflict:
        field = next(iter(self.when), self.names[-1])
        together = " and ".join(self.names)
        return Conflict(
            self.message or f"Another {resource.title} already has this {together}.",
            [{"path": field, "message": "is already taken"}],
        )

    async def __call__(self, session: AsyncSession, tenant_id: int, change: Change) -> None:
        claimed = self.claimed(change)
        if claimed is None:
            return
        resource = change.resource
        after = change.after
        columns = {
            resource.by_name[name].column_name: after[name] for name in (*self.names, *self.when)
        }
        if await repo.values_taken(session, resource.table, tenant_id, columns, change.row_id):
            raise self.taken(resource)


def unique_together(*names: str, when: dict[str, Any] | None = None, message: str = "") -> Rule:
    """No two rows of a tenant share the values of `names` (among rows matching `when`).

    ``unique_together("clientId", when={"isPrimary": True})`` allows one primary per client.
    The error names the condition's field if there is one, else the last of `names`.
    """
    return UniqueTogether(names, when or {}, message)


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

    return reads_nothing(check)


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
