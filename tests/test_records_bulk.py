"""Set-based upserts (issue 28): a batch of directory records is planned and written in a
bounded number of statements, and every record gets the answer, and leaves the event, it would
one record at a time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any
from unittest import mock

import pytest
from fastapi import FastAPI
from sqlalchemy import event, select

from openwyn.kit import driver
from openwyn.kit.resource import REGISTRY
from openwyn.records import bulk, kinds, upsert
from openwyn.work import repository as work_repo
from tests.fixtures import directory as directory_fixtures
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import money
from tests.fixtures.events import caught_up, read_feed

pytestmark = pytest.mark.anyio

NOTE = {"name": "note", "fields": [{"name": "text", "type": "string"}]}
ENGAGEMENT = {
    "name": "filing",
    "fields": [
        {"name": "year", "type": "integer", "required": True},
        {"name": "fee", "type": "decimal"},
        {"name": "client", "type": "reference", "referencedEntityType": "client"},
        {"name": "note", "type": "reference", "referencedEntityType": "note"},
    ],
}
CODED = {"name": "coded", "fields": [{"name": "code", "type": "string", "unique": True}]}


def _filing(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "filing", "systemRef": ref, "attributes": attributes}


def _client(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "client", "systemRef": ref, "attributes": {"name": ref} | attributes}


def _staff(ref: str, email: str) -> dict[str, Any]:
    attributes = {"firstName": "F", "lastName": ref, "email": email}
    return {"type": "staff", "systemRef": ref, "attributes": attributes}


def _contact(ref: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "contact", "systemRef": ref, "attributes": attributes}


def _link(ref: str, contact: str, client: str, **attributes: Any) -> dict[str, Any]:
    ends = {"contactId": {"systemRef": contact}, "clientId": {"systemRef": client}}
    return {"type": "contact_client", "systemRef": ref, "attributes": ends | attributes}


SEED = [_staff("S-1", "s1@firm.example"), _client("C-0", clientRef="R-0")]

# Good and bad records mixed, with records that depend on earlier ones of the same batch.
MIXED = [
    _client("C-1", partnerStaffId={"systemRef": "S-1"}),
    _client("C-1", taxId="12-3"),  # the same systemRef again: updates what the first created
    _client("C-2", partnerStaffId={"systemRef": "S-404"}),  # no such staff
    _client("C-3", clientRef="R-0"),  # held by C-0
    {"type": "no_such_type", "systemRef": "X-1", "attributes": {}},
    {"type": 5, "systemRef": "X-2"},
    {"type": "client", "systemRef": "C-4", "attributes": {}},  # no name
    _client("C-5", partnerStaffId=999_999_999),  # no staff with that id
    _staff("S-2", "s1@firm.example"),  # S-1's email
    _contact("P-1"),  # neither first nor last name
    _contact("P-2", lastName="Chen"),
    _link("L-1", "P-2", "C-1", isPrimary=True),  # both ends written earlier in the batch
    _link("L-2", "P-2", "C-1"),  # the same contact and client as L-1
    _link("L-3", "P-404", "C-1"),
    _client("C-0", clientRef="R-0"),  # as stored
    _client("C-6", clientRef="R-6"),
    _client("C-7", clientRef="R-6"),  # C-6's, taken earlier in the batch
    {"type": "note", "systemRef": "N-1", "attributes": {"text": "one by one"}},
    _staff("S-1", "s9@firm.example"),  # gives up s1@...
    _staff("S-3", "s1@firm.example"),  # ... which this one takes
    _client("C-8", partnerStaffId={"systemRef": "S-3"}),  # created just before
    _client("C-1", pmsRef="other"),
    _client("C-9", managerStaffId={"systemRef": "S-1"}, active=False),
    _filing("E-1", year=2026, fee="10.50", client={"systemRef": "C-9"}),  # just created
    _filing("E-2", year=2026, client={"systemRef": "C-404"}),
    _filing("E-3", fee="1"),  # no year
    _filing("E-1", fee="10.5"),  # the same amount: unchanged
    _filing("E-4", year=2027, note={"systemRef": "N-1"}, client={"systemRef": "C-0"}),
    _filing("E-5", year=2027, note=999_999_999),
    {"type": "coded", "systemRef": "K-1", "attributes": {"code": "A"}},  # one by one
    {"type": "coded", "systemRef": "K-2", "attributes": {"code": "A"}},
    _filing("E-1", year=None),
    _filing("E-4", year=2028, fee="2.25"),
]


async def _post(tenant: TenantHandle, records: list[dict[str, Any]], put: bool = False) -> Any:
    send = tenant.api.put if put else tenant.api.post
    response = await send("/api/v1/records", json={"records": records}, headers=tenant.headers)
    assert response.status_code == 200, response.text
    return response.json()["data"]


@contextmanager
def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every record through the per-record path: the answers the set-based path must give."""
    with monkeypatch.context() as patched:
        patched.setattr(bulk, "set_based", lambda _name: None)
        patched.setattr(bulk, "custom_set_based", lambda _kind: None)
        yield


async def _setup(tenant: TenantHandle) -> None:
    for custom in (NOTE, ENGAGEMENT, CODED):
        assert (await tenant.post("/api/v1/records/custom", json=custom)).status_code == 201
    data = await _post(tenant, SEED)
    assert data["summary"]["created"] == len(SEED)


async def _ids(tenant: TenantHandle, answers: dict[str, Any]) -> list[Any]:
    """Each answer's id as the systemRef and type it names (ids differ between tenants)."""
    shown = []
    for record in answers["records"]:
        if record["id"] is None:
            shown.append(None)
            continue
        found = await tenant.get(f"/api/v1/records/{record['type']}/{record['systemRef']}")
        assert found.json()["data"]["id"] == record["id"]
        shown.append((record["type"], record["systemRef"]))
    return shown


def _without_ids(answers: dict[str, Any]) -> dict[str, Any]:
    records = [{k: v for k, v in r.items() if k != "id"} for r in answers["records"]]
    for record in records:
        if record["error"]:
            record["error"].pop("requestId", None)
    return {"records": records, "summary": answers["summary"]}


_VARYING = {"id", "createdAt", "updatedAt"}


def _comparable(
    entity_type: str, values: dict[str, Any] | None, refs: dict[tuple[str, int], str]
) -> dict[str, Any] | None:
    """An event's object with what differs between tenants left out or named: ids and times."""
    if values is None:
        return None
    shown = {}
    for name, value in values.items():
        if name in _VARYING:
            continue
        if name == "attributes" and entity_type == "filing":  # a custom record's references
            targets = {"client": "client", "note": "note"}
            value = {
                k: refs.get((targets[k], v), v) if k in targets else v for k, v in value.items()
            }
        resource = REGISTRY.get(entity_type)
        attr = None if resource is None else resource.by_name.get(name)
        if attr is not None and attr.references is not None and value is not None:
            value = refs[attr.references, value]
        shown[name] = value
    return shown


async def _events(tenant: TenantHandle) -> list[Any]:
    await caught_up(tenant)
    events = await read_feed(tenant)
    refs = {(e["entityType"], e["entityId"]): e["systemRef"] for e in events}
    return [
        (
            e["type"],
            e["systemRef"],
            _comparable(e["entityType"], e["data"], refs),
            _comparable(e["entityType"], e["previous"], refs),
        )
        for e in events
    ]


async def _both_ways(
    tenant: TenantHandle,
    other: TenantHandle,
    monkeypatch: pytest.MonkeyPatch,
    batches: list[tuple[list[dict[str, Any]], bool]],
) -> None:
    """The same batches, set-based in `tenant` and one by one in `other`: the same answers
    record for record and the same events in the same order."""
    for handle in (tenant, other):
        await _setup(handle)
    for records, put in batches:
        planned = await _post(tenant, records, put)
        with _one_by_one(monkeypatch):
            alone = await _post(other, records, put)
        assert _without_ids(planned) == _without_ids(alone)
        assert await _ids(tenant, planned) == await _ids(other, alone)
    assert await _events(tenant) == await _events(other)


# Creates of every kind of column: PostgreSQL inserts them from arrays on the driver
# (kit.repository._inserted_from_arrays), one by one through SQLAlchemy.
_ADDRESS = {"street": "1 Main", "city": "Austin", "state": "TX", "zipCode": "73301"}
EVERY_COLUMN = (
    [
        {
            "type": "staff",
            "systemRef": f"S-{n}",
            "attributes": {
                "firstName": "F",
                "lastName": f"L{n}",
                "email": f"e{n}@firm.example",
                "staffType": "MANAGER",
                "billingRate": "250.50",
                "startDate": "2024-02-29",
            },
        }
        for n in range(3)
    ]
    + [
        _client(
            f"C-{n}",
            clientRef=f"R-{n}",
            address=_ADDRESS,
            billingAddress=_ADDRESS | {"city": f"City {n}"},
            customFields={"region": "North", "tier": n},
            partnerStaffId={"systemRef": "S-1"},
        )
        for n in range(3)
    ]
    + [
        _contact(
            f"P-{n}",
            lastName="Chen",
            communicationPreferences={"preferredMethod": "EMAIL", "newsletterSubscription": True},
        )
        for n in range(3)
    ]
)


class TestSameAnswersAsOneByOne:
    async def test_creates_of_every_kind_of_column(
        self, tenant: TenantHandle, other_tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        redone: list[Any] = []
        one_at_a_time = upsert._alone

        async def counted(*arguments: Any) -> None:
            redone.append(arguments)
            await one_at_a_time(*arguments)

        for handle in (tenant, other_tenant):
            await _setup(handle)
        with monkeypatch.context() as patched:
            # A set-based write that fails is undone and redone one record at a time, with the
            # same answers: here none may fail.
            patched.setattr(upsert, "_alone", counted)
            planned = await _post(tenant, EVERY_COLUMN)
        assert redone == []
        with _one_by_one(monkeypatch):
            alone = await _post(other_tenant, EVERY_COLUMN)
        assert _without_ids(planned) == _without_ids(alone)
        assert await _events(tenant) == await _events(other_tenant)
        again = await _post(tenant, EVERY_COLUMN)
        assert {r["operation"] for r in again["records"]} == {"UNCHANGED"}

    async def test_a_mixed_batch(
        self, tenant: TenantHandle, other_tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        await _both_ways(tenant, other_tenant, monkeypatch, [(MIXED, False)])
        answers = (await _post(tenant, MIXED))["records"]
        # The batch again: nothing left to create; the same bad records fail the same way.
        assert {r["operation"] for r in answers} <= {"UNCHANGED", "UPDATED", None}

    async def test_the_mixed_batch_answers_what_the_contract_says(
        self, tenant: TenantHandle
    ) -> None:
        await _setup(tenant)
        records = (await _post(tenant, MIXED))["records"]
        operations = [r["operation"] or r["error"]["code"] for r in records]
        assert operations == [
            "CREATED",
            "UPDATED",
            "VALIDATION_FAILED",
            "CONFLICT",
            "VALIDATION_FAILED",
            "VALIDATION_FAILED",
            "VALIDATION_FAILED",
            "VALIDATION_FAILED",
            "CONFLICT",
            "VALIDATION_FAILED",
            "CREATED",
            "CREATED",
            "CONFLICT",
            "VALIDATION_FAILED",
            "UNCHANGED",
            "CREATED",
            "CONFLICT",
            "CREATED",
            "UPDATED",
            "CREATED",
            "CREATED",
            "VALIDATION_FAILED",
            "CREATED",
            "CREATED",
            "VALIDATION_FAILED",
            "VALIDATION_FAILED",
            "UNCHANGED",
            "CREATED",
            "VALIDATION_FAILED",
            "CREATED",
            "CONFLICT",
            "VALIDATION_FAILED",
            "UPDATED",
        ]
        assert records[2]["error"]["details"][0]["path"] == "partnerStaffId"
        assert records[3]["error"]["details"][0]["path"] == "clientRef"
        assert records[1]["id"] == records[0]["id"]

    async def test_updates_and_unchanged_records(
        self, tenant: TenantHandle, other_tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        first = [_client(f"C-{n}", clientRef=f"R-{n}") for n in range(1, 6)]
        second = [
            _client("C-1", clientRef="R-1"),  # unchanged
            _client("C-2", clientRef="R-3"),  # C-3's
            _client("C-3", clientRef="R-30"),  # gives R-3 up
            _client("C-4", clientRef="R-3"),  # and C-4 takes it
            _client("C-5", name="Renamed", active=False),
            _contact("P-1", firstName="Ann"),
            _link("L-1", "P-1", "C-1", isPrimary=True),
        ]
        third = [
            _contact("P-1", firstName=None),  # would leave no name: 409
            _link("L-1", "P-1", "C-1", isPrimary=False, role="Owner"),
            _link("L-2", "P-1", "C-2", isPrimary=True),
            _client("C-6"),  # PUT: not stored
            _client("C-5", active=True),
        ]
        batches = [(first, False), (second, False), (third, True), (third, False)]
        await _both_ways(tenant, other_tenant, monkeypatch, batches)


@contextmanager
def _statements(app: FastAPI) -> Iterator[list[str]]:
    """Every statement sent to the database while open: SQLAlchemy's, and those run on the
    driver directly (kit/driver.py, PostgreSQL only), one each."""
    seen: list[str] = []
    engine = app.state.ctx.db.engine.sync_engine

    def count(*args: Any) -> None:
        seen.append(args[2])

    def counted(run: Any) -> Any:
        async def running(session: Any, what: Any, *args: Any) -> Any:
            answer = await run(session, what, *args)
            if answer is not None and answer is not False:  # it ran on the driver
                seen.append(f"driver: {what}")
            return answer

        return running

    event.listen(engine, "before_cursor_execute", count)
    try:
        with (
            mock.patch.object(driver, "run_within", counted(driver.run_within)),
            mock.patch.object(driver, "execute_within", counted(driver.execute_within)),
        ):
            yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


class TestSetBased:
    @pytest.mark.parametrize("size", [10, 100])
    async def test_a_batch_of_creates_takes_a_fixed_number_of_statements(
        self, app: FastAPI, tenant: TenantHandle, size: int
    ) -> None:
        await _post(tenant, [_staff("S-1", "s1@firm.example")])
        records = [
            _client(f"C-{n}", clientRef=f"R-{n}", partnerStaffId={"systemRef": "S-1"})
            for n in range(size)
        ]
        with _statements(app) as seen:
            data = await _post(tenant, records)
        assert data["summary"]["created"] == size
        # Whatever the batch's size: the request's own (token, idempotency ...) and, for the
        # records, the systemRef lookup, the reference's, the uniqueness check, a savepoint,
        # the insert and the events' insert.
        assert len(seen) <= 20, seen
        unchanged = len(seen)
        with _statements(app) as seen:
            data = await _post(tenant, records)
        assert data["summary"]["unchanged"] == size
        assert len(seen) < unchanged

    async def test_the_statements_do_not_grow_with_the_batch(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        await _post(tenant, [_client("C-0")])  # the token's first use is looked up once
        counts = []
        for size in (5, 100):
            records = [_client(f"C-{size}-{n}") for n in range(size)]
            with _statements(app) as seen:
                await _post(tenant, records)
            counts.append(len(seen))
        assert counts[0] == counts[1]

    @pytest.mark.parametrize("written_before", [False, True])
    async def test_a_write_that_breaks_a_constraint_undoes_its_run_alone(
        self, tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch, written_before: bool
    ) -> None:
        """A value taken after the plan (here: the plan's uniqueness lookup made blind) breaks
        the run's insert: the run is undone and its records applied one at a time, and what the
        batch wrote before the run stays. The run's undoing is a rollback of the transaction
        when it wrote first (PostgreSQL), a savepoint's otherwise."""
        await _post(tenant, [_client("C-1", clientRef="R-1")])
        # A systemRef sent twice ends a run: the staff member's first write is a run of its own,
        # written before the clients' run.
        before = [_staff("S-9", "s9@firm.example")] * 2 if written_before else []
        records = [*before, _client("C-2", clientRef="R-1"), _client("C-3", clientRef="R-3")]

        async def blind(*_: Any) -> dict[Any, set[int]]:
            return {}

        monkeypatch.setattr(bulk.kit_repo, "holders", blind)
        data = await _post(tenant, records)
        answers = [r["operation"] or r["error"]["code"] for r in data["records"]]
        first = ["CREATED", "UNCHANGED"] if written_before else []
        assert answers == [*first, "CONFLICT", "CREATED"]
        monkeypatch.undo()
        again = await _post(tenant, records)
        unchanged = ["UNCHANGED"] * len(first)
        assert [r["operation"] for r in again["records"]] == [*unchanged, None, "UNCHANGED"]

    async def test_only_directory_types_are_planned(self) -> None:
        assert bulk.set_based("client") is not None
        assert bulk.set_based("contact_client") is not None
        assert bulk.set_based("invoice") is None  # written by the invoice service
        assert bulk.set_based("wip") is not None  # batched: see TestWip
        assert bulk.set_based("department") is None  # its rule reads the parent chain
        assert bulk.set_based("note") is None  # a custom type: see custom_set_based

    async def test_custom_records_take_a_fixed_number_of_statements(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        await _setup(tenant)
        counts = []
        for size in (5, 100):
            records = [
                _filing(f"E-{size}-{n}", year=2026, client={"systemRef": "C-0"})
                for n in range(size)
            ]
            with _statements(app) as seen:
                data = await _post(tenant, records)
            assert data["summary"]["created"] == size
            counts.append(len(seen))
        assert counts[0] == counts[1]

    async def test_custom_types_with_a_unique_field_go_one_by_one(
        self, tenant: TenantHandle
    ) -> None:
        await _setup(tenant)
        async with tenant.ctx.db.session() as session:
            filing = await kinds.kind_of(session, tenant.id, "filing")
            coded = await kinds.kind_of(session, tenant.id, "coded")
        assert bulk.custom_set_based(filing) is filing
        assert bulk.custom_set_based(coded) is None


# WIP: a batched type (`Resource.batched`), derived and rolled up into its job per run.
WIP_SEED = [
    {
        "type": "staff",
        "systemRef": "S-1",
        "attributes": {"firstName": "A", "lastName": "One", "billingRate": "100.00"},
    },
    {
        "type": "staff",
        "systemRef": "S-2",
        "attributes": {
            "firstName": "B",
            "lastName": "Two",
            "billingRate": "90.00",
            "active": False,
        },
    },
    {"type": "staff", "systemRef": "S-3", "attributes": {"firstName": "C", "lastName": "Three"}},
    _client("C-1"),
    {
        "type": "job",
        "systemRef": "J-1",
        "attributes": {"name": "Audit", "clientId": {"systemRef": "C-1"}},
    },
    {
        "type": "job",
        "systemRef": "J-2",
        "attributes": {"name": "Tax", "clientId": {"systemRef": "C-1"}},
    },
]


def _time(ref: str, job: str, staff: str, hours: str, day: str = "2026-03-02", **more: Any) -> Any:
    attributes = {
        "type": "TIME",
        "jobId": {"systemRef": job},
        "staffId": {"systemRef": staff},
        "loggedDate": day,
        "hours": hours,
    }
    return {"type": "wip", "systemRef": ref, "attributes": attributes | more}


def _expense(ref: str, job: str, **more: Any) -> Any:
    attributes = {"type": "EXPENSE", "jobId": {"systemRef": job}, "loggedDate": "2026-03-02"}
    return {"type": "wip", "systemRef": ref, "attributes": attributes | more}


# Good and bad WIP records, with records whose answer depends on earlier ones of the batch.
WIP_MIXED = [
    _time("W-1", "J-1", "S-1", "8"),
    _time("W-2", "J-2", "S-1", "10"),
    _time("W-3", "J-1", "S-1", "7"),  # 25 hours that day, counting W-1 and W-2
    _time("W-4", "J-1", "S-1", "6", rate="120.00"),  # 24: allowed
    _time("W-5", "J-1", "S-2", "1"),  # inactive staff
    _time("W-6", "J-1", "S-3", "1"),  # no rate anywhere
    _expense("W-7", "J-2", amount="50.10"),
    _time("W-8", "J-404", "S-1", "1"),  # no such job
    {
        "type": "wip",
        "systemRef": "W-9",
        "attributes": {
            "type": "FIXED_FEE",
            "jobId": 999_999_999,
            "loggedDate": "2026-03-02",
            "amount": 5,
        },
    },
    _expense("W-10", "J-1"),  # no amount
    _time("W-11", "J-1", "S-1", "1", amount="3"),  # TIME takes no amount
    _time("W-1", "J-1", "S-1", "2"),  # W-1 again: gives back 6 hours...
    _time("W-12", "J-2", "S-3", "6", rate="80.00"),  # (another person)
    _time("W-13", "J-1", "S-1", "6"),  # ... which this one takes
    _expense("W-7", "J-2", amount="50.10"),  # as written earlier: unchanged
    _expense("W-14", "J-1", amount="1.00", receiptFileId=999_999_999),  # no such file
    _client("C-2"),  # another type between WIP records
    _time("W-2", "J-1", "S-1", "10", day="2026-03-03"),  # to the other job and day
    _time("W-15", "J-2", "S-1", "14", day="2026-03-03"),  # 24 on the new day
    _expense("W-16", "J-2", amount="0.01", billedAmount="0.01", status="BILLED"),
    {"type": "wip", "systemRef": "W-17", "attributes": {"type": "TIME"}},  # no job, no date
]


async def _wip_setup(tenant: TenantHandle) -> None:
    data = await _post(tenant, WIP_SEED)
    assert data["summary"]["created"] == len(WIP_SEED), data


async def _wip_events(tenant: TenantHandle) -> list[Any]:
    return [event for event in await _events(tenant) if event[0].startswith("wip.")]


async def _projects(tenant: TenantHandle) -> dict[str, Any]:
    """Each job's roll-ups, by systemRef."""
    response = await tenant.post("/gql/v1/projects", json={})
    assert response.status_code == 200, response.text
    rows = response.json()["projects"]
    names = ("hoursLogged", "wipValue", "wipOutstanding", "billedAmount", "writeOffAmount")
    return {row["pmsRef"]: {name: money(row[name]) for name in names} for row in rows}


async def _rollups_are_the_sums(tenant: TenantHandle) -> None:
    """What a run stored by difference is what summing every WIP row gives."""
    async with tenant.ctx.db.session() as session:
        mine = work_repo.ROLLUPS.c.tenant_id == tenant.id
        jobs = list(
            (await session.execute(select(work_repo.ROLLUPS.c.job_id).where(mine))).scalars()
        )
        stored = await work_repo.stored_rollups(session, tenant.id, jobs)
        summed = await work_repo.sum_jobs(session, tenant.id, sorted(stored))
    assert stored and all(
        stored[job][name] == summed[job][name] for job in stored for name in summed[job]
    ), (stored, summed)


class TestWip:
    async def test_a_mixed_batch_answers_as_one_by_one(
        self, tenant: TenantHandle, other_tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        for handle in (tenant, other_tenant):
            await _wip_setup(handle)
        planned = await _post(tenant, WIP_MIXED)
        with _one_by_one(monkeypatch):
            alone = await _post(other_tenant, WIP_MIXED)
        assert _without_ids(planned) == _without_ids(alone)
        assert await _ids(tenant, planned) == await _ids(other_tenant, alone)
        assert await _wip_events(tenant) == await _wip_events(other_tenant)
        assert await _projects(tenant) == await _projects(other_tenant)
        await _rollups_are_the_sums(tenant)

    async def test_the_mixed_batch_answers_what_the_contract_says(
        self, tenant: TenantHandle
    ) -> None:
        await _wip_setup(tenant)
        records = (await _post(tenant, WIP_MIXED))["records"]
        answers = [
            (r["systemRef"], r["operation"] or r["error"]["details"][0]["path"]) for r in records
        ]
        assert answers == [
            ("W-1", "CREATED"),
            ("W-2", "CREATED"),
            ("W-3", "hours"),
            ("W-4", "CREATED"),
            ("W-5", "staffId"),
            ("W-6", "rate"),
            ("W-7", "CREATED"),
            ("W-8", "jobId"),
            ("W-9", "jobId"),
            ("W-10", "amount"),
            ("W-11", "amount"),
            ("W-1", "UPDATED"),
            ("W-12", "CREATED"),
            ("W-13", "CREATED"),
            ("W-7", "UNCHANGED"),
            ("W-14", "receiptFileId"),
            ("C-2", "CREATED"),
            ("W-2", "UPDATED"),
            ("W-15", "CREATED"),
            ("W-16", "CREATED"),
            ("W-17", "attributes.jobId"),
        ]
        projects = await _projects(tenant)
        # J-1: W-1 2h x 100, W-4 6h x 120, W-13 6h x 100, W-2 10h x 100 (moved in).
        assert projects["J-1"]["hoursLogged"] == Decimal("24.00")
        assert projects["J-1"]["wipValue"] == Decimal("2520.00")
        # J-2: W-7 50.10, W-12 6h x 80, W-15 14h x 100, W-16 0.01 billed.
        assert projects["J-2"] == {
            "hoursLogged": Decimal("20.00"),
            "wipValue": Decimal("1930.11"),
            "wipOutstanding": Decimal("1930.10"),
            "billedAmount": Decimal("0.01"),
            "writeOffAmount": Decimal("0.00"),
        }
        await _rollups_are_the_sums(tenant)

    async def test_a_run_writes_one_project_event_per_job(self, tenant: TenantHandle) -> None:
        await _wip_setup(tenant)
        await _post(tenant, [_time("W-1", "J-1", "S-1", "1")])  # J-1 has roll-ups stored
        await caught_up(tenant)
        seen = len(await read_feed(tenant))
        records = [_time(f"W-{n}", "J-1" if n % 2 else "J-2", "S-1", "1") for n in range(2, 12)]
        assert (await _post(tenant, records))["summary"]["created"] == 10
        await caught_up(tenant)
        new = (await read_feed(tenant))[seen:]
        assert [e["type"] for e in new] == ["wip.CREATE"] * 10 + ["project.UPDATE"] * 2
        by_job = {e["data"]["pmsRef"]: e for e in new if e["type"] == "project.UPDATE"}
        assert money(by_job["J-1"]["data"]["hoursLogged"]) == 6
        assert money(by_job["J-1"]["previous"]["hoursLogged"]) == 1
        assert money(by_job["J-2"]["data"]["wipValue"]) == 500
        assert money(by_job["J-2"]["previous"]["wipValue"]) == 0
        await _rollups_are_the_sums(tenant)

    async def test_updates_and_unchanged_records_with_put(
        self, tenant: TenantHandle, other_tenant: TenantHandle, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        first = [_time(f"W-{n}", "J-1", "S-1", "2", day=f"2026-03-0{n}") for n in range(1, 6)]
        later = [
            _time("W-1", "J-1", "S-1", "2", day="2026-03-01"),  # unchanged
            _time("W-2", "J-2", "S-1", "3", day="2026-03-02"),
            _time("W-3", "J-1", "S-1", "25", day="2026-03-03"),  # too many hours
            _time("W-404", "J-1", "S-1", "1"),  # PUT creates nothing
            _time("W-4", "J-1", "S-1", "4", day="2026-03-05"),  # W-5's day: 6 hours
            _time("W-5", "J-1", "S-3", "2", day="2026-03-05"),  # S-3 has no rate
        ]
        for handle in (tenant, other_tenant):
            await _wip_setup(handle)
            assert (await _post(handle, first))["summary"]["created"] == 5
        planned = await _post(tenant, later, put=True)
        with _one_by_one(monkeypatch):
            alone = await _post(other_tenant, later, put=True)
        assert _without_ids(planned) == _without_ids(alone)
        assert [r["operation"] for r in planned["records"]] == [
            "UNCHANGED",
            "UPDATED",
            None,
            None,
            "UPDATED",
            None,
        ]
        assert await _wip_events(tenant) == await _wip_events(other_tenant)
        assert await _projects(tenant) == await _projects(other_tenant)
        await _rollups_are_the_sums(tenant)

    async def test_wip_creates_take_a_fixed_number_of_statements(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        await _wip_setup(tenant)
        # Both jobs' roll-ups stored: a job without them is summed whole, once.
        await _post(tenant, [_time("W-0", "J-1", "S-1", "1"), _time("W-00", "J-2", "S-1", "1")])
        counts = []
        for size in (5, 100):
            records = [
                _time(
                    f"W-{size}-{n}", f"J-{1 + n % 2}", "S-1", "0.1", day=f"2026-04-{1 + n % 28:02}"
                )
                for n in range(size)
            ]
            with _statements(app) as seen:
                assert (await _post(tenant, records))["summary"]["created"] == size
            counts.append(len(seen))
        # The request's own, then per run: the lookups (systemRefs, references, locks, the
        # derivation's facts), the insert, the events, the roll-ups and the projects' events.
        assert counts[0] == counts[1] <= 20, (counts, seen)


@pytest.mark.parametrize("key", sorted(directory_fixtures.UPDATES))
async def test_the_values_sent_are_what_the_models_dump(tenant: TenantHandle, key: str) -> None:
    """`kinds.sent_values` reads a validated record's fields straight from the model where it
    can: what it gives, in the same order, is the model's dump of the fields set, for a whole
    body of every standard type (addresses and other nested models included) and an update."""
    models = REGISTRY[key].models
    created = await directory_fixtures.body_for(tenant, key)
    created.pop("pmsRef", None)
    for model, attributes in (
        (models.create, created),
        (models.update, directory_fixtures.UPDATES[key]),
        (models.update, {}),
    ):
        parsed = model.model_validate(attributes)
        dumped = parsed.model_dump(exclude_unset=True, by_alias=True)
        assert list(kinds.sent_values(parsed).items()) == list(dumped.items()), model.__name__
