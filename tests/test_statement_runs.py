"""Statement runs (money-work.md §6): the tenant's `statements` settings, the worker's run of
the day (weekdays, from the local `sendAt`, one statement per client whose oldest open invoice
crossed a trigger day since the last run, excluded clients left out), REVIEW runs sent or
skipped by hand, AUTO runs emailed at once with the PDF, and one run per (tenant, date) even
with workers racing. The worker's `now` is injected: nothing sleeps."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from openwyn.auth.roles import Role
from openwyn.kit.sqltypes import utcnow
from openwyn.mail.worker import MailWorker
from openwyn.statements import repository as repo
from openwyn.statements.runs import crossed_trigger
from openwyn.statements.worker import StatementWorker
from tests.fixtures.api import TenantHandle
from tests.fixtures.billing import money, posted
from tests.fixtures.smtp import Inbox, smtp_server
from tests.fixtures.work import events_of

pytestmark = pytest.mark.anyio

SETTINGS = "/api/v1/settings/statements"
# A Wednesday; the next Monday is 2027-01-18.
WEDNESDAY = date(2027, 1, 13)
MONDAY = date(2027, 1, 18)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def worker(tenant: TenantHandle) -> StatementWorker:
    return StatementWorker(
        tenant.ctx.db, tenant.ctx.settings, storage=tenant.ctx.files, tenants=frozenset({tenant.id})
    )


async def put_settings(tenant: TenantHandle, body: dict[str, Any], **kwargs: Any) -> Any:
    headers = tenant.headers | kwargs.pop("headers", {})
    return await tenant.api.put(SETTINGS, json=body, headers=headers, **kwargs)


async def enable(tenant: TenantHandle, **settings: Any) -> None:
    response = await put_settings(tenant, {"enabled": True} | settings)
    assert response.status_code == 200, response.text


async def client_owing(
    tenant: TenantHandle, name: str, due: date, email: str | None = None
) -> dict[str, Any]:
    """A client with one posted invoice of 100.00 due on `due` and, with `email`, a contact
    that receives statements."""
    client = await tenant.create("clients", {"name": name})
    client["invoice"] = await posted(
        tenant,
        client["id"],
        ("1", "100.00"),
        issueDate=str(due - timedelta(days=30)),
        dueDate=str(due),
    )
    if email is not None:
        contact = await tenant.create(
            "contacts", {"lastName": name, "email": email, "receivesStatements": True}
        )
        await tenant.create(
            "contact-clients", {"contactId": contact["id"], "clientId": client["id"]}
        )
    return client


async def run_of(tenant: TenantHandle, run_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/statement-runs/{run_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def by_client(run: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {item["clientId"]: item for item in run["statements"]}


def text_of(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


class TestSettings:
    async def test_the_defaults_run_nothing_until_set(self, tenant: TenantHandle) -> None:
        response = await tenant.get(SETTINGS)
        assert response.status_code == 200 and response.headers["ETag"]
        assert response.json()["data"] == {
            "enabled": False,
            "triggerDays": [30, 60, 90],
            "mode": "REVIEW",
            "excludedClientIds": [],
            "sendAt": "09:00",
        }
        await client_owing(tenant, "Early", WEDNESDAY - timedelta(days=30))
        assert await worker(tenant).run_due(at(WEDNESDAY)) == []

    async def test_settings_are_replaced_whole_and_read_back(self, tenant: TenantHandle) -> None:
        client = await tenant.create("clients", {"name": "Excluded"})
        body = {
            "enabled": True,
            "triggerDays": [45, 15],
            "mode": "AUTO",
            "excludedClientIds": [client["id"]],
            "sendAt": "07:30",
        }
        response = await put_settings(tenant, body)
        assert response.status_code == 200, response.text
        assert response.json()["data"] == body | {"triggerDays": [15, 45]}
        assert (await tenant.get(SETTINGS)).json()["data"] == body | {"triggerDays": [15, 45]}
        assert (await put_settings(tenant, {})).json()["data"]["enabled"] is False

    @pytest.mark.parametrize(
        ("body", "path"),
        [
            ({"triggerDays": [30, 30]}, "triggerDays"),
            ({"triggerDays": []}, "triggerDays"),
            ({"triggerDays": [0]}, "triggerDays[0]"),
            ({"triggerDays": ["30"]}, "triggerDays[0]"),
            ({"mode": "LATER"}, "mode"),
            ({"sendAt": "25:00"}, "sendAt"),
            ({"sendAt": "9am"}, "sendAt"),
            ({"enabled": "yes"}, "enabled"),
            ({"excludedClientIds": [99999999]}, "excludedClientIds[0]"),
            ({"surprise": 1}, "surprise"),
        ],
    )
    async def test_bad_settings_are_400_naming_the_path(
        self, tenant: TenantHandle, body: dict[str, Any], path: str
    ) -> None:
        response = await put_settings(tenant, body)
        assert response.status_code == 400, response.text
        assert path in [d["path"] for d in response.json()["error"]["details"]]
        assert (await tenant.get(SETTINGS)).json()["data"]["enabled"] is False

    async def test_another_tenants_client_cannot_be_excluded(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        foreign = await other_tenant.create("clients", {"name": "Foreign"})
        response = await put_settings(tenant, {"excludedClientIds": [foreign["id"]]})
        assert response.status_code == 400

    async def test_settings_are_for_api_admins(self, tenant: TenantHandle) -> None:
        token = await tenant.token_for(Role.API_USER)
        headers = {"Authorization": f"Bearer {token}"}
        assert (await tenant.get(SETTINGS, headers=headers)).status_code == 403
        assert (await put_settings(tenant, {}, headers=headers)).status_code == 403


class TestTriggers:
    def test_a_trigger_is_crossed_between_the_last_run_and_today(self) -> None:
        due = date(2026, 12, 1)
        assert crossed_trigger(due, date(2026, 12, 30), date(2026, 12, 31), [30, 60]) == 30
        assert crossed_trigger(due, date(2026, 12, 31), date(2027, 1, 1), [30, 60]) is None
        assert crossed_trigger(due, date(2026, 12, 25), date(2027, 1, 31), [30, 60]) == 60
        assert crossed_trigger(due, date(2026, 11, 1), date(2026, 11, 30), [30, 60]) is None

    async def test_the_run_takes_clients_whose_oldest_open_invoice_crossed_a_trigger(
        self, tenant: TenantHandle
    ) -> None:
        assert WEDNESDAY.weekday() == 2 and MONDAY.weekday() == 0
        thirty = await client_owing(tenant, "Thirty", WEDNESDAY - timedelta(days=30))
        sixty = await client_owing(tenant, "Sixty", WEDNESDAY - timedelta(days=60))
        await client_owing(tenant, "Past it", WEDNESDAY - timedelta(days=34))
        await client_owing(tenant, "Not yet", WEDNESDAY - timedelta(days=29))
        excluded = await client_owing(tenant, "Excluded", WEDNESDAY - timedelta(days=30))
        paid = await client_owing(tenant, "Paid", WEDNESDAY - timedelta(days=30))
        body = {"clientId": paid["id"], "amount": "100.00", "reason": "Settled"}
        credit = (await tenant.post("/api/v1/credits", json=body)).json()["data"]
        applied = await tenant.post(
            f"/api/v1/credits/{credit['id']}/apply", json={"invoiceId": paid["invoice"]["id"]}
        )
        assert applied.status_code == 200, applied.text
        await enable(tenant, excludedClientIds=[excluded["id"]])

        [run_id] = await worker(tenant).run_due(at(WEDNESDAY))
        run = await run_of(tenant, run_id)
        assert (run["runDate"], run["status"], run["mode"]) == (
            str(WEDNESDAY),
            "PENDING_REVIEW",
            "REVIEW",
        )
        statements = by_client(run)
        assert set(statements) == {thirty["id"], sixty["id"]}
        assert statements[thirty["id"]]["triggerDays"] == 30
        assert statements[sixty["id"]]["triggerDays"] == 60
        for item in statements.values():
            assert item["status"] == "PENDING_REVIEW" and item["asOf"] == str(WEDNESDAY)
            assert money(item["totalDue"]) == money("100.00")
        assert run["statementCounts"] == {"PENDING_REVIEW": 2}
        created = await events_of(tenant, "statement")
        assert sorted(event["entity_id"] for event in created) == sorted(
            item["id"] for item in statements.values()
        )
        assert {event["operation"] for event in created} == {"CREATE"}

    async def test_a_trigger_crossed_over_the_weekend_is_taken_on_monday(
        self, tenant: TenantHandle
    ) -> None:
        wednesday = await client_owing(tenant, "Wednesday", WEDNESDAY - timedelta(days=30))
        saturday = await client_owing(tenant, "Saturday", MONDAY - timedelta(days=32))
        await enable(tenant)
        [first] = await worker(tenant).run_due(at(WEDNESDAY))
        assert set(by_client(await run_of(tenant, first))) == {wednesday["id"]}
        [second] = await worker(tenant).run_due(at(MONDAY))
        assert set(by_client(await run_of(tenant, second))) == {saturday["id"]}

    async def test_no_run_on_weekends_or_before_the_local_send_time(
        self, tenant: TenantHandle
    ) -> None:
        await client_owing(tenant, "Due", WEDNESDAY - timedelta(days=30))
        await enable(tenant, sendAt="09:00")
        from sqlalchemy import update

        from openwyn.billing import repository as billing_repo

        async with tenant.ctx.db.session() as session:
            tenants = update(billing_repo.TENANTS).where(billing_repo.TENANTS.c.id == tenant.id)
            await session.execute(tenants.values(timezone="America/New_York"))
        runner = worker(tenant)
        saturday, sunday = date(2027, 1, 16), date(2027, 1, 17)
        assert await runner.run_due(at(saturday, 15)) == []
        assert await runner.run_due(at(sunday, 15)) == []
        assert await runner.run_due(at(WEDNESDAY, 13, 59)) == []  # 08:59 in New York
        # Friday 22:00 in New York is Saturday in UTC: still Friday's run.
        friday_night = await runner.run_due(at(date(2027, 1, 16), 3))
        assert len(friday_night) == 1
        assert (await run_of(tenant, friday_night[0]))["runDate"] == "2027-01-15"
        assert len(await runner.run_due(at(WEDNESDAY, 14, 0))) == 1  # 09:00 in New York

    async def test_a_disabled_tenant_gets_no_run(self, tenant: TenantHandle) -> None:
        await client_owing(tenant, "Due", WEDNESDAY - timedelta(days=30))
        await enable(tenant, enabled=False)
        assert await worker(tenant).run_due(at(WEDNESDAY)) == []
        assert (await tenant.get("/api/v1/statement-runs")).json()["data"] == []


class TestOnePerDay:
    async def test_a_second_pass_the_same_day_makes_nothing(self, tenant: TenantHandle) -> None:
        await client_owing(tenant, "Due", WEDNESDAY - timedelta(days=30))
        await enable(tenant)
        runner = worker(tenant)
        assert len(await runner.run_due(at(WEDNESDAY, 10))) == 1
        assert await runner.run_due(at(WEDNESDAY, 16)) == []
        listed = (await tenant.get("/api/v1/statement-runs")).json()["data"]
        assert [run["runDate"] for run in listed] == [str(WEDNESDAY)]

    async def test_workers_racing_make_one_run_with_one_statement_per_client(
        self, tenant: TenantHandle
    ) -> None:
        for index in range(3):
            await client_owing(tenant, f"Due {index}", WEDNESDAY - timedelta(days=30))
        await enable(tenant)
        racers = [worker(tenant) for _ in range(4)]
        made = await asyncio.gather(*(racer.run_due(at(WEDNESDAY)) for racer in racers))
        assert sorted(len(ids) for ids in made) == [0, 0, 0, 1]
        async with tenant.ctx.db.session() as session:
            runs = (
                select(func.count())
                .select_from(repo.RUNS)
                .where(repo.RUNS.c.tenant_id == tenant.id)
            )
            statements = (
                select(func.count())
                .select_from(repo.STATEMENTS)
                .where(repo.STATEMENTS.c.tenant_id == tenant.id)
            )
            assert (await session.execute(runs)).scalar_one() == 1
            assert (await session.execute(statements)).scalar_one() == 3


class TestReview:
    async def test_a_reviewer_skips_one_and_sends_the_rest(self, tenant: TenantHandle) -> None:
        kept = await client_owing(
            tenant, "Kept", WEDNESDAY - timedelta(days=30), "kept@client.example"
        )
        left = await client_owing(
            tenant, "Left", WEDNESDAY - timedelta(days=30), "left@client.example"
        )
        silent = await client_owing(tenant, "Silent", WEDNESDAY - timedelta(days=30))
        await enable(tenant)
        [run_id] = await worker(tenant).run_due(at(WEDNESDAY))
        statements = by_client(await run_of(tenant, run_id))
        skip_path = (
            f"/api/v1/statement-runs/{run_id}/statements/{statements[left['id']]['id']}/skip"
        )

        skipped = await tenant.post(skip_path)
        assert skipped.status_code == 200, skipped.text
        assert skipped.json()["data"]["status"] == "SKIPPED"
        assert skipped.json()["data"]["skipReason"] == "SKIPPED_BY_REVIEWER"
        again = await tenant.post(skip_path)
        assert again.status_code == 409
        assert again.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"

        sent = await tenant.post(f"/api/v1/statement-runs/{run_id}/send")
        assert sent.status_code == 200, sent.text
        run = sent.json()["data"]
        assert run["status"] == "SENT" and run["sentAt"] is not None
        after = by_client(run)
        assert after[kept["id"]]["status"] == "SENT" and after[kept["id"]]["messageId"]
        assert after[left["id"]]["status"] == "SKIPPED"
        assert (after[silent["id"]]["status"], after[silent["id"]]["skipReason"]) == (
            "SKIPPED",
            "NO_RECIPIENTS",
        )
        messages = (
            await tenant.get("/api/v1/outbound-messages", params={"relatedType": "statement"})
        ).json()["data"]
        [message] = messages
        assert message["to"] == ["kept@client.example"]
        assert message["relatedId"] == after[kept["id"]]["id"]
        assert message["attachments"][0]["filename"].endswith(".pdf")
        sent_events = [e for e in await events_of(tenant, "statement") if e["operation"] == "SENT"]
        assert [event["entity_id"] for event in sent_events] == [after[kept["id"]]["id"]]

        resent = await tenant.post(f"/api/v1/statement-runs/{run_id}/send")
        assert resent.status_code == 409
        assert (await tenant.post(skip_path)).status_code == 409

    async def test_runs_and_statements_of_another_tenant_are_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await client_owing(tenant, "Due", WEDNESDAY - timedelta(days=30))
        await enable(tenant)
        [run_id] = await worker(tenant).run_due(at(WEDNESDAY))
        [statement] = (await run_of(tenant, run_id))["statements"]
        assert (await other_tenant.get(f"/api/v1/statement-runs/{run_id}")).status_code == 404
        assert (await other_tenant.post(f"/api/v1/statement-runs/{run_id}/send")).status_code == 404
        skip = f"/api/v1/statement-runs/{run_id}/statements/{statement['id']}/skip"
        assert (await other_tenant.post(skip)).status_code == 404
        assert (
            await tenant.post(f"/api/v1/statement-runs/{run_id}/statements/99999999/skip")
        ).status_code == 404
        assert (await other_tenant.get("/api/v1/statement-runs")).json()["data"] == []
        assert (await other_tenant.get(f"/gql/v1/statement/{statement['id']}")).status_code == 404
        shown = await tenant.get(f"/gql/v1/statement/{statement['id']}")
        assert shown.status_code == 200 and shown.json()["status"] == "PENDING_REVIEW"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, str]]:
    with smtp_server() as running:
        yield running


class TestAuto:
    async def test_an_auto_run_emails_the_statements_at_once_with_the_pdf(
        self, tenant: TenantHandle, smtp: tuple[Inbox, str]
    ) -> None:
        inbox, url = smtp
        client = await client_owing(
            tenant, "Auto Client", WEDNESDAY - timedelta(days=30), "ap@auto.example"
        )
        await enable(tenant, mode="AUTO")
        [run_id] = await worker(tenant).run_due(at(WEDNESDAY))
        run = await run_of(tenant, run_id)
        assert (run["status"], run["mode"]) == ("SENT", "AUTO")
        [statement] = run["statements"]
        assert statement["status"] == "SENT" and statement["clientId"] == client["id"]
        assert [e["operation"] for e in await events_of(tenant, "statement")] == ["CREATE", "SENT"]

        settings = tenant.ctx.settings.model_copy(update={"smtp_url": url})
        mail = MailWorker(
            tenant.ctx.db, settings, storage=tenant.ctx.files, tenants=frozenset({tenant.id})
        )
        assert await mail.send_due(utcnow() + timedelta(seconds=1)) == 1
        [received] = inbox.received
        assert received.recipients == ["ap@auto.example"]
        assert received.message["Subject"].startswith(f"Statement of account as of {WEDNESDAY}")
        plain = received.message.get_body(("plain",))
        assert plain is not None and "100.00 USD" in plain.get_content()
        [attachment] = list(received.message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        text = text_of(attachment.get_content())
        assert "Statement of account" in text and "Auto Client" in text and "100.00 USD" in text


class TestCatalog:
    async def test_the_catalog_lists_statement_sent_and_subscriptions_take_it(
        self, tenant: TenantHandle
    ) -> None:
        entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        pairs = {(e["entityType"], e["operation"]) for e in entries}
        assert {("statement", "CREATE"), ("statement", "UPDATE"), ("statement", "SENT")} <= pairs
        body = {
            "entityType": "statement",
            "operation": "SENT",
            "deliveryUrl": "https://hooks.example.com/openwyn",
        }
        response = await tenant.post("/api/v1/event-subscriptions", json=body)
        assert response.status_code == 201, response.text

    async def test_the_read_family_filters_statements_by_status(self, tenant: TenantHandle) -> None:
        await client_owing(tenant, "One", WEDNESDAY - timedelta(days=30), "one@client.example")
        await client_owing(tenant, "Two", WEDNESDAY - timedelta(days=30))
        await enable(tenant)
        [run_id] = await worker(tenant).run_due(at(WEDNESDAY))
        assert (await tenant.post(f"/api/v1/statement-runs/{run_id}/send")).status_code == 200
        where = {"where": {"status": {"_eq": "SENT"}}}
        answer = await tenant.post("/gql/v1/statements/search", json=where)
        assert answer.status_code == 200, answer.text
        found = answer.json()["statements"]
        assert [(item["runId"], item["status"]) for item in found] == [(run_id, "SENT")]
        listed = (await tenant.get("/api/v1/statement-runs")).json()["data"]
        assert [(run["id"], run["statementCounts"]) for run in listed] == [
            (run_id, {"SENT": 1, "SKIPPED": 1})
        ]


async def test_trigger_days_take_whole_numbers_written_as_floats(tenant: TenantHandle) -> None:
    # JSON Schema's integer admits 30.0 (schemathesis sent 1081.0); 30.5 is no day.
    body = {"triggerDays": [30.0, 60], "mode": "REVIEW"}
    saved = await put_settings(tenant, body)
    assert saved.status_code == 200, saved.text
    assert saved.json()["data"]["triggerDays"] == [30, 60]
    half = await put_settings(tenant, {"triggerDays": [30.5]})
    assert half.status_code == 400
