"""Departments, nested through `parentDepartmentId` (never in a cycle)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Conflict
from openwyn.kit import inputs
from openwyn.kit import repository as repo
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, Change, RelationDecl, Resource
from openwyn.models import Department
from openwyn.models.base import table_of

MAX_DEPTH = 100


async def no_parent_cycle(session: AsyncSession, tenant_id: int, change: Change) -> None:
    """Walk up from the new parent; meeting the department itself would close a loop."""
    parent, row_id = change.values.get("parentDepartmentId"), change.row_id
    if parent is None or row_id is None:
        return
    seen = 0
    while parent is not None and seen < MAX_DEPTH:
        if parent == row_id:
            raise Conflict(
                "A department cannot sit below itself.",
                [{"path": "parentDepartmentId", "message": "would create a cycle"}],
            )
        parent = await repo.parent_of(
            session, table_of(Department), tenant_id, parent, "parent_department_id"
        )
        seen += 1


DEPARTMENTS = Resource(
    key="department",
    title="Department",
    table=table_of(Department),
    rest_plural="departments",
    read_plural="departments",
    read_singular="department",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr("code", Kind.STR, input_type=inputs.ShortText),
        Attr("parentDepartmentId", Kind.INT, references="department"),
    ],
    default_order=[("name", "asc")],
    relations=[
        RelationDecl(
            "parent", target="department", local="parent_department_id", remote="id", many=False
        ),
        RelationDecl(
            "children", target="department", local="id", remote="parent_department_id", many=True
        ),
        RelationDecl("staff", target="staff", local="id", remote="dept_id", many=True),
        RelationDecl("clients", target="client", local="id", remote="dept_id", many=True),
    ],
    rules=[no_parent_cycle],
)
