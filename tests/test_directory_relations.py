"""Every relation of every directory entity (contract §6) finds exactly the rows it links.

Each test runs once per (resource, relation) pair declared in `DIRECTORY`, and sets its rows up
from the `RelationDecl` alone: whichever side holds the writable key column gets the other
side's value, or a link row joins the two for a relation `via` a link table. A relation added to
a declaration is searched here with no new test code.
"""

from __future__ import annotations

from typing import Any

import pytest

from openwyn.directory import DIRECTORY
from openwyn.kit.resource import REGISTRY, Attr, RelationDecl, Resource
from tests.fixtures.api import TenantHandle
from tests.fixtures.directory import make

pytestmark = pytest.mark.anyio

# Relations within the directory; those to work (`client.wips`, whose client follows from
# the job) are checked in tests/test_work_reads.py.
RELATIONS = [
    pytest.param(resource, decl, id=f"{resource.key}.{decl.name}")
    for resource in DIRECTORY
    for decl in resource.relations
    if decl.target in {r.key for r in DIRECTORY}
]

Row = dict[str, Any]


def _attr(resource: Resource, column: str) -> Attr:
    """The attribute stored in `column` of the resource's table."""
    matches = [attr for attr in resource.attrs if attr.column_name == column]
    assert len(matches) == 1, f"{resource.key} has no single attribute stored in {column}"
    return matches[0]


async def _link(
    tenant: TenantHandle, source: Resource, decl: RelationDecl, count: int
) -> list[tuple[Row, Row]]:
    """`count` pairs (source, target), each source linked through `decl` to its own target only."""
    target = REGISTRY[decl.target]
    local, remote = _attr(source, decl.local), _attr(target, decl.remote)
    pairs: list[tuple[Row, Row]] = []
    for _ in range(count):
        if decl.via is not None:
            key, near, far = decl.via
            link = REGISTRY[key]
            row, other = await make(tenant, source.key), await make(tenant, target.key)
            values = {
                _attr(link, near).name: row[local.name],
                _attr(link, far).name: other[remote.name],
            }
            await make(tenant, key, **values)
        elif local.writable:  # the source holds the key: client.partner, department.parent
            other = await make(tenant, target.key)
            row = await make(tenant, source.key, **{local.name: other[remote.name]})
        else:  # the target holds the key: office.staff, department.children
            assert remote.writable, f"neither side of {source.key}.{decl.name} can be written"
            row = await make(tenant, source.key)
            other = await make(tenant, target.key, **{remote.name: row[local.name]})
        pairs.append((row, other))
    return pairs


async def _search(tenant: TenantHandle, resource: Resource, where: dict[str, Any]) -> list[int]:
    response = await tenant.post(
        f"/gql/v1/{resource.read_plural}/search", json={"where": where, "pageSize": 100}
    )
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()[resource.collection_key]]


@pytest.mark.parametrize(("resource", "decl"), RELATIONS)
async def test_a_relation_finds_only_the_source_linked_to_its_target(
    tenant: TenantHandle, resource: Resource, decl: RelationDecl
) -> None:
    # Two sources, each linked to a target of its own: a join on the wrong columns would find
    # the other source, both, or neither. Both directions are checked, so that ids which happen
    # to coincide across tables (1 and 1 in a fresh database) cannot hide a wrong join.
    pairs = await _link(tenant, resource, decl, 2)
    sources = [source["id"] for source, _ in pairs]
    for source, target in pairs:
        to_target = {decl.name: {"id": {"_eq": target["id"]}}}
        assert await _search(tenant, resource, to_target) == [source["id"]]
        rest = [other for other in sources if other != source["id"]]
        not_to_target = {"id": {"_in": sources}, "_not": to_target}
        assert await _search(tenant, resource, not_to_target) == rest
