"""Costly searches compile in a worker thread, one at a time per process (kit/costly.py)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from openwyn.kit import costly, query
from tests.fixtures.api import TenantHandle
from tests.fixtures.directory import make

pytestmark = pytest.mark.anyio


async def _let_others_run() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


class TestTheSlot:
    async def test_costly_searches_take_turns(self) -> None:
        release = asyncio.Event()
        order: list[str] = []

        async def first(off_loop: bool) -> None:
            order.append("first starts")
            await release.wait()
            order.append("first ends")

        async def second(off_loop: bool) -> None:
            order.append("second starts")

        running = asyncio.create_task(costly.search(costly.COSTLY, first))
        waiting = asyncio.create_task(costly.search(costly.COSTLY, second))
        await _let_others_run()
        assert order == ["first starts"]
        release.set()
        await asyncio.gather(running, waiting)
        assert order == ["first starts", "first ends", "second starts"]

    async def test_a_cheap_search_does_not_wait_for_a_costly_one(self) -> None:
        release = asyncio.Event()
        seen: list[bool] = []

        async def costly_one(off_loop: bool) -> None:
            seen.append(off_loop)
            await release.wait()

        async def cheap_one(off_loop: bool) -> str:
            seen.append(off_loop)
            return "done"

        running = asyncio.create_task(costly.search(costly.COSTLY, costly_one))
        await _let_others_run()
        assert await costly.search(costly.COSTLY - 1, cheap_one) == "done"
        release.set()
        await running
        assert seen == [True, False]

    async def test_off_the_loop_means_another_thread(self) -> None:
        here = threading.get_ident()
        assert await costly.build(False, threading.get_ident) == here
        assert await costly.build(True, threading.get_ident) != here


def _compiled_in(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    threads: list[int] = []
    compile_where = query.compile_where

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return compile_where(*args, **kwargs)

    monkeypatch.setattr(query, "compile_where", recording)
    return threads


class TestSearchesThroughTheApi:
    async def test_a_costly_search_compiles_in_a_worker_thread_and_finds_the_same_rows(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        wanted = await make(tenant, "client", name="Wanted Ltd")
        await make(tenant, "client", name="Other Ltd")
        threads = _compiled_in(monkeypatch)
        others = [{"name": {"_neq": f"nobody {n}"}} for n in range(costly.COSTLY)]
        where = {"_and": [{"name": {"_eq": "Wanted Ltd"}}, *others]}
        response = await tenant.post("/gql/v1/clients/search", json={"where": where})
        assert response.status_code == 200, response.text
        assert [row["id"] for row in response.json()["clients"]] == [wanted["id"]]
        assert threads and threads[0] != threading.get_ident()

    async def test_a_cheap_search_compiles_on_the_loop(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        wanted = await make(tenant, "client", name="Wanted Ltd")
        threads = _compiled_in(monkeypatch)
        where = {"name": {"_eq": "Wanted Ltd"}}
        response = await tenant.post("/gql/v1/clients/search", json={"where": where})
        assert [row["id"] for row in response.json()["clients"]] == [wanted["id"]]
        assert threads == [threading.get_ident()]

    async def test_a_costly_records_search_compiles_in_a_worker_thread(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        threads = _compiled_in(monkeypatch)
        created = await tenant.post(
            "/api/v1/records/custom",
            json={"name": "vehicle", "fields": [{"name": "plate", "type": "string"}]},
        )
        assert created.status_code == 201, created.text
        others = [{"plate": {"_neq": f"X{n}"}} for n in range(costly.COSTLY)]
        response = await tenant.post(
            "/api/v1/records/vehicle/search", json={"where": {"_and": others}}
        )
        assert response.status_code == 200, response.text
        assert threads and threads[-1] != threading.get_ident()


class TestWhatAnExpressionCosts:
    """`query.where_cost` on the directory's clients: what decides whether a search is costly."""

    @pytest.mark.parametrize(
        ("where", "cost"),
        [
            ({"name": {"_eq": "a", "_neq": "b"}}, 2),
            ({"customFields": {"region": {"_eq": "West"}}}, 2),
            ({"partner": {}}, 6),
            ({"contacts": {}}, 12),  # through the contact-client links: two subqueries
            ({"contacts": {"email": {"_eq": "a@b.c"}}}, 13),
            ({"id": {"_in": list(range(1000))}}, 51),
        ],
    )
    def test_each_kind_of_condition_counts_what_it_costs(self, where: Any, cost: int) -> None:
        from openwyn.kit.resource import REGISTRY

        assert query.where_cost(REGISTRY["client"].query_spec, where) == cost
