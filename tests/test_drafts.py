"""Draft bills (money-work.md §3, §11): made from WIP and progress lines, adjusted to the cent,
the four-role workflow with its reasons, the history and the read families."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson
import pytest

from openwyn.billing.drafts import service as drafts
from tests.fixtures.api import TenantHandle
from tests.fixtures.drafts import Billing, make_billing
from tests.fixtures.work import events_of

pytestmark = pytest.mark.anyio

PATH = "/api/v1/draft-invoices"


@pytest.fixture
async def billing(tenant: TenantHandle) -> Billing:
    return await make_billing(tenant)


def _json(value: Any) -> Any:
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


def _reason(response: Any) -> str:
    assert response.status_code == 409, response.text
    reason: str = response.json()["error"]["details"][0]["reason"]
    return reason


def _paths(response: Any) -> list[str]:
    assert response.status_code == 400, response.text
    return [detail["path"] for detail in response.json()["error"]["details"]]


async def _wip(tenant: TenantHandle, wip_id: int) -> dict[str, Any]:
    response = await tenant.get(f"/api/v1/wips/{wip_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _get(tenant: TenantHandle, draft_id: int) -> dict[str, Any]:
    response = await tenant.get(f"{PATH}/{draft_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


class TestCreate:
    async def test_takes_every_approved_billable_open_wip_of_the_client(
        self, billing: Billing
    ) -> None:
        first = await billing.log("1.50")
        second = await billing.log("2.25", loggedDate="2026-03-03")
        unapproved = await billing.log("1.00", approve=False)
        unbillable = await billing.log("1.00", billable=False)
        draft = await billing.draft()
        assert draft["draftNumber"] == "DR-00001"
        assert draft["status"] == "IN_PROGRESS"
        assert draft["reviewStatus"] == "NOT_SUBMITTED"
        assert draft["source"] == "OPENWYN"
        assert draft["currency"] == "USD"
        assert draft["clientName"] == billing.firm.client["name"]
        assert draft["projectId"] == billing.firm.job["id"]
        assert draft["billType"] == "WIP" and draft["groupBy"] == "JOB"
        (line,) = draft["lineItems"]
        assert line["wipIds"] == [first["id"], second["id"]]
        assert line["jobId"] == billing.firm.job["id"]
        assert line["description"] == billing.firm.job["name"]
        assert _money(line["standardAmount"]) == Decimal("750.00")  # 3.75 h x 200
        assert _money(line["amount"]) == Decimal("750.00")
        assert _money(line["adjustment"]) == 0
        assert _money(draft["subtotal"]) == Decimal("750.00")
        assert _money(draft["totalAmount"]) == Decimal("750.00")
        # Roles from the job: manager reviews, partner approves; the key's staff bills and sends.
        assert draft["billerStaffId"] == billing.biller["id"]
        assert draft["senderStaffId"] == billing.biller["id"]
        assert draft["reviewerStaffId"] == billing.reviewer["id"]
        assert draft["approverStaffId"] == billing.approver["id"]
        for wip in (first, second):
            stored = await _wip(billing.tenant, wip["id"])
            assert stored["status"] == "ON_DRAFT"
            assert stored["draftInvoiceId"] == draft["id"]
            assert stored["version"] == wip["version"] + 2  # approved, then taken
        for wip in (unapproved, unbillable):
            assert (await _wip(billing.tenant, wip["id"]))["status"] == "OPEN"
        (created,) = draft["reviewHistory"]
        assert created["activityType"] == "DRAFT_INVOICE_CREATED"
        assert created["actorStaffId"] == billing.biller["id"]
        assert created["active"] is True

    async def test_writes_its_events(self, billing: Billing) -> None:
        wip = await billing.log()
        draft = await billing.draft()
        events = await events_of(billing.tenant, "draft_invoice")
        assert [(e["operation"], e["entity_id"]) for e in events] == [("CREATE", draft["id"])]
        taken = [e for e in await events_of(billing.tenant, "wip") if e["operation"] == "UPDATE"]
        data, previous = _json(taken[-1]["data"]), _json(taken[-1]["previous"])
        assert data["status"] == "ON_DRAFT"
        assert data["draftInvoiceId"] == draft["id"]
        assert previous == {"status": "OPEN", "draftInvoiceId": None}
        assert taken[-1]["entity_id"] == wip["id"]

    async def test_numbers_follow_per_tenant(self, billing: Billing) -> None:
        await billing.log()
        first = await billing.draft()
        second = await billing.draft(progress=[_progress(billing)])
        assert [first["draftNumber"], second["draftNumber"]] == ["DR-00001", "DR-00002"]

    async def test_through_date_and_job_ids_limit_the_wip(self, billing: Billing) -> None:
        early = await billing.log(loggedDate="2026-03-01")
        await billing.log(loggedDate="2026-03-10")
        draft = await billing.draft(throughDate="2026-03-05", jobIds=[billing.firm.job["id"]])
        assert draft["lineItems"][0]["wipIds"] == [early["id"]]

    async def test_exact_wip_ids_need_not_be_approved(self, billing: Billing) -> None:
        wip = await billing.log(approve=False)
        await billing.log()
        draft = await billing.draft(wipIds=[wip["id"]])
        assert draft["lineItems"][0]["wipIds"] == [wip["id"]]

    async def test_a_wip_on_a_draft_is_refused(self, billing: Billing) -> None:
        wip = await billing.log()
        await billing.draft()
        again = await billing.tenant.post(
            PATH, json={"clientId": billing.firm.client["id"], "wipIds": [wip["id"]]}
        )
        assert _reason(again) == "WIP_ON_ANOTHER_DRAFT"

    async def test_a_written_off_wip_is_locked(self, billing: Billing) -> None:
        wip = await billing.log()
        off = await billing.tenant.post(f"/api/v1/wips/{wip['id']}/write-off", json={"reason": "x"})
        assert off.status_code == 200, off.text
        response = await billing.tenant.post(
            PATH, json={"clientId": billing.firm.client["id"], "wipIds": [wip["id"]]}
        )
        assert _reason(response) == "WIP_LOCKED"

    async def test_nothing_to_bill_is_400(self, billing: Billing) -> None:
        await billing.log(approve=False)
        response = await billing.tenant.post(PATH, json={"clientId": billing.firm.client["id"]})
        assert _paths(response) == ["clientId"]

    async def test_bad_references_are_400_naming_the_path(
        self, billing: Billing, tenant: TenantHandle
    ) -> None:
        other_client = await tenant.create("clients", {"name": "Other"})
        other_job = await tenant.create("jobs", {"name": "J", "clientId": other_client["id"]})
        wip = await billing.log()
        foreign = await tenant.post(
            "/api/v1/wips",
            json={
                "type": "EXPENSE",
                "jobId": other_job["id"],
                "loggedDate": "2026-03-02",
                "amount": "10.00",
            },
        )
        assert foreign.status_code == 201, foreign.text
        client_id = billing.firm.client["id"]
        cases = [
            ({"clientId": 999999}, ["clientId"]),
            (
                {"clientId": client_id, "jobIds": [other_job["id"], 999999]},
                ["jobIds.0", "jobIds.1"],
            ),
            (
                {
                    "clientId": client_id,
                    "wipIds": [wip["id"], foreign.json()["data"]["id"], 999999],
                },
                ["wipIds.1", "wipIds.2"],
            ),
            (
                {
                    "clientId": client_id,
                    "progress": [{"jobId": other_job["id"], "amount": "5", "description": "x"}],
                },
                ["progress.0.jobId"],
            ),
            ({"clientId": client_id, "billType": "PROGRESS", "wipIds": [wip["id"]]}, ["wipIds.0"]),
            ({"clientId": client_id, "reviewerStaffId": 999999}, ["reviewerStaffId"]),
        ]
        for body, paths in cases:
            assert _paths(await tenant.post(PATH, json=body)) == paths, body
        assert (await _wip(tenant, wip["id"]))["status"] == "OPEN"  # nothing half-written

    async def test_bad_bodies_are_400(self, billing: Billing) -> None:
        client_id = billing.firm.client["id"]
        for body in (
            {},
            {"clientId": client_id, "groupBy": "CLIENT"},
            {"clientId": client_id, "billType": "OTHER"},
            {
                "clientId": client_id,
                "progress": [{"jobId": 1, "amount": "1.001", "description": "x"}],
            },
            {"clientId": client_id, "progress": [{"jobId": 1, "amount": "-1", "description": "x"}]},
            {"clientId": client_id, "throughDate": "2026-02-30"},
            {"clientId": client_id, "wipIds": []},
            {"clientId": client_id, "surprise": 1},
        ):
            response = await billing.tenant.post(PATH, json=body)
            assert response.status_code == 400, (body, response.text)

    async def test_progress_lines_and_expenses(self, billing: Billing) -> None:
        expense = await billing.tenant.post(
            "/api/v1/expenses",
            json={
                "jobId": billing.firm.job["id"],
                "loggedDate": "2026-03-02",
                "amount": "40.00",
                "notes": "Taxi",
            },
        )
        assert expense.status_code == 201, expense.text
        expense_id = expense.json()["data"]["id"]
        await billing.tenant.post("/api/v1/wips/approve", json={"ids": [expense_id]})
        await billing.log()  # time: not taken by a progress bill
        draft = await billing.draft(billType="PROGRESS", progress=[_progress(billing, "1000.00")])
        assert [line["wipIds"] for line in draft["lineItems"]] == [[expense_id], []]
        assert _money(draft["subtotal"]) == Decimal("1040.00")
        assert draft["lineItems"][1]["description"] == "Fee to date"

    async def test_grouping(self, billing: Billing) -> None:
        a = await billing.log("1.00")
        b = await billing.log("2.00", staffId=billing.reviewer["id"])
        c = await billing.log("3.00", taskCode="T1")
        by_staff = await billing.draft(groupBy="STAFF")
        assert sorted(line["wipIds"] for line in by_staff["lineItems"]) == [
            [a["id"], c["id"]],
            [b["id"]],
        ]
        abandoned = await billing.act(by_staff["id"], "abandon", "biller")
        assert abandoned.status_code == 200, abandoned.text
        each = await billing.draft(groupBy="NONE")
        assert [line["wipIds"] for line in each["lineItems"]] == [[a["id"]], [b["id"]], [c["id"]]]
        await billing.act(each["id"], "abandon", "biller")
        by_task = await billing.draft(groupBy="TASK")
        assert sorted(line["description"] for line in by_task["lineItems"]) == [
            "No task",
            "Task T1",
        ]
        await billing.act(by_task["id"], "abandon", "biller")
        by_line = await billing.draft(groupBy="SERVICE_LINE")
        assert [line["description"] for line in by_line["lineItems"]] == ["No service line"]

    async def test_roles_from_the_client_when_several_jobs(
        self, billing: Billing, tenant: TenantHandle
    ) -> None:
        client = billing.firm.client
        patched = await tenant.patch(
            f"/api/v1/clients/{client['id']}",
            json={"managerStaffId": billing.stranger["id"], "partnerStaffId": billing.biller["id"]},
        )
        assert patched.status_code == 200, patched.text
        second = await tenant.create("jobs", {"name": "Tax", "clientId": client["id"]})
        await billing.log()
        draft = await billing.draft(
            progress=[{"jobId": second["id"], "amount": "100", "description": "Tax"}]
        )
        assert draft["projectId"] is None
        assert draft["reviewerStaffId"] == billing.stranger["id"]
        assert draft["approverStaffId"] == billing.biller["id"]


def _progress(billing: Billing, amount: str = "500.00") -> dict[str, Any]:
    return {"jobId": billing.firm.job["id"], "amount": amount, "description": "Fee to date"}


class TestAdjust:
    async def _three_lines(self, billing: Billing) -> dict[str, Any]:
        await billing.log("1.00")  # 200.00
        await billing.log("0.50")  # 100.00
        await billing.log("0.05")  # 10.00
        return await billing.draft(groupBy="NONE")

    async def test_a_line_amount_and_tax(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        first = draft["lineItems"][0]
        response = await billing.tenant.patch(
            f"{PATH}/{draft['id']}",
            json={
                "lineItems": [
                    {"id": first["id"], "amount": "180.00", "taxRate": "0.0825"},
                    {"id": draft["lineItems"][1]["id"], "description": "Review"},
                ]
            },
        )
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        line = data["lineItems"][0]
        assert _money(line["adjustment"]) == Decimal("-20.00")
        assert _money(line["taxAmount"]) == Decimal("14.85")
        assert data["lineItems"][1]["description"] == "Review"
        assert _money(data["subtotal"]) == Decimal("290.00")
        assert _money(data["taxAmount"]) == Decimal("14.85")
        assert _money(data["totalAmount"]) == Decimal("304.85")
        assert data["version"] == draft["version"] + 1

    async def test_half_even_tax(self, billing: Billing) -> None:
        await billing.log("0.05")  # 10.00
        draft = await billing.draft()
        line_id = draft["lineItems"][0]["id"]
        # 10.25 x 0.1 = 1.025: half-even to 1.02.
        response = await billing.tenant.patch(
            f"{PATH}/{draft['id']}",
            json={"lineItems": [{"id": line_id, "amount": "10.25", "taxRate": "0.1"}]},
        )
        assert _money(response.json()["data"]["taxAmount"]) == Decimal("1.02")

    async def test_a_subtotal_spread_exactly(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        response = await billing.tenant.patch(f"{PATH}/{draft['id']}", json={"subtotal": "100.00"})
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        amounts = [_money(line["amount"]) for line in data["lineItems"]]
        assert sum(amounts) == Decimal("100.00")
        # 310 -> 100: a write-down of 210 in proportion to 200, 100 and 10.
        assert amounts == [Decimal("64.52"), Decimal("32.26"), Decimal("3.22")]
        for line in data["lineItems"]:
            assert _money(line["adjustment"]) == _money(line["amount"]) - _money(
                line["standardAmount"]
            )
        assert _money(data["subtotal"]) == Decimal("100.00")
        up = await billing.tenant.patch(f"{PATH}/{draft['id']}", json={"subtotal": "1000.01"})
        assert sum(_money(line["amount"]) for line in up.json()["data"]["lineItems"]) == Decimal(
            "1000.01"
        )

    async def test_roles_and_notes(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        response = await billing.tenant.patch(
            f"{PATH}/{draft['id']}",
            json={"reviewerStaffId": None, "senderStaffId": billing.stranger["id"], "notes": "n"},
        )
        data = response.json()["data"]
        assert data["reviewerStaffId"] is None
        assert data["senderStaffId"] == billing.stranger["id"]
        assert data["notes"] == "n"

    async def test_bad_edits_are_400(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        line_id = draft["lineItems"][0]["id"]
        url = f"{PATH}/{draft['id']}"
        tenant = billing.tenant
        assert _paths(await tenant.patch(url, json={"lineItems": [{"id": 999999}]})) == [
            "lineItems.0.id"
        ]
        assert _paths(await tenant.patch(url, json={"senderStaffId": 999999})) == ["senderStaffId"]
        for body in (
            {"subtotal": "10", "lineItems": [{"id": line_id}]},
            {"subtotal": "-1"},
            {"subtotal": "1.001"},
            {"lineItems": [{"id": line_id, "taxRate": "1"}]},
            {"lineItems": [{"id": line_id, "taxRate": "-0.1"}]},
            {"lineItems": [{"id": line_id, "amount": "-5"}]},
            {"lineItems": []},
        ):
            response = await tenant.patch(url, json=body)
            assert response.status_code == 400, (body, response.text)

    async def test_if_match(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        response = await billing.tenant.patch(
            f"{PATH}/{draft['id']}", json={"notes": "x"}, headers={"If-Match": '"99"'}
        )
        assert response.status_code == 412, response.text

    async def test_edits_only_in_progress(self, billing: Billing) -> None:
        draft = await self._three_lines(billing)
        assert (await billing.act(draft["id"], "submit", "biller")).status_code == 200
        response = await billing.tenant.patch(f"{PATH}/{draft['id']}", json={"subtotal": "1"})
        assert _reason(response) == "INVALID_TRANSITION"


class TestWorkflow:
    async def test_the_whole_review_with_its_history(self, billing: Billing) -> None:
        await billing.log()
        draft = await billing.draft()
        draft_id = draft["id"]
        assert _reason(await billing.act(draft_id, "submit", "stranger")) == "NOT_ASSIGNED_BILLER"
        submitted = await billing.act(draft_id, "submit", "biller")
        assert submitted.status_code == 200, submitted.text
        assert submitted.json()["data"]["status"] == "UNDER_REVIEW"
        assert submitted.json()["data"]["reviewStatus"] == "PENDING_REVIEW"
        decision = {"decision": "APPROVE", "comment": "fine"}
        assert (
            _reason(await billing.act(draft_id, "review", "biller", decision))
            == "NOT_ASSIGNED_REVIEWER"
        )
        reviewed = await billing.act(draft_id, "review", "reviewer", decision)
        assert reviewed.json()["data"]["status"] == "PENDING_APPROVAL"
        assert (
            _reason(await billing.act(draft_id, "approve", "reviewer")) == "NOT_ASSIGNED_APPROVER"
        )
        approved = await billing.act(draft_id, "approve", "approver", {"comment": "ok"})
        assert approved.status_code == 200, approved.text
        data = approved.json()["data"]
        assert data["status"] == "APPROVED"
        assert data["approvedByStaffId"] == billing.approver["id"]
        assert data["approvedAt"] is not None
        assert _reason(await billing.act(draft_id, "finalize", "stranger")) == "NOT_ASSIGNED_SENDER"
        history = data["reviewHistory"]
        assert [(h["activityType"], h["actorStaffId"], h["comment"]) for h in history] == [
            ("DRAFT_INVOICE_CREATED", billing.biller["id"], None),
            ("DRAFT_INVOICE_SUBMITTED", billing.biller["id"], None),
            ("DRAFT_INVOICE_REVIEWED", billing.reviewer["id"], "fine"),
            ("DRAFT_INVOICE_APPROVED", billing.approver["id"], "ok"),
        ]
        events = await events_of(billing.tenant, "draft_invoice")
        statuses = [_json(e["data"])["status"] for e in events if e["operation"] == "UPDATE"]
        assert statuses == ["UNDER_REVIEW", "PENDING_APPROVAL", "APPROVED"]

    async def test_changes_requested_by_reviewer_and_approver(self, billing: Billing) -> None:
        await billing.log()
        draft_id = (await billing.draft())["id"]
        await billing.act(draft_id, "submit", "biller")
        back = await billing.act(
            draft_id, "review", "reviewer", {"decision": "REQUEST_CHANGES", "comment": "lower"}
        )
        assert back.json()["data"]["status"] == "IN_PROGRESS"
        assert back.json()["data"]["reviewStatus"] == "CHANGES_REQUESTED"
        await billing.act(draft_id, "submit", "biller")
        await billing.act(draft_id, "review", "reviewer", {"decision": "APPROVE"})
        assert _reason(
            await billing.act(draft_id, "request-changes", "biller", {"comment": "x"})
        ) == ("NOT_ASSIGNED_APPROVER")
        sent_back = await billing.act(draft_id, "request-changes", "approver", {"comment": "no"})
        assert sent_back.status_code == 200, sent_back.text
        data = sent_back.json()["data"]
        assert data["status"] == "IN_PROGRESS"
        kinds = [h["activityType"] for h in data["reviewHistory"]]
        assert kinds.count("DRAFT_INVOICE_CHANGES_REQUESTED") == 2

    async def test_without_reviewer_submit_goes_to_approval(self, billing: Billing) -> None:
        await billing.log()
        draft = await billing.draft(reviewerStaffId=None)
        submitted = await billing.act(draft["id"], "submit", "biller")
        assert submitted.json()["data"]["status"] == "PENDING_APPROVAL"

    async def test_an_admin_key_acts_for_anyone(self, billing: Billing) -> None:
        await billing.log()
        draft_id = (await billing.draft())["id"]
        for action, body in (
            ("submit", None),
            ("review", {"decision": "APPROVE"}),
            ("approve", None),
        ):
            response = await billing.act(draft_id, action, "admin", body)
            assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert data["status"] == "APPROVED"
        assert [h["actorStaffId"] for h in data["reviewHistory"][1:]] == [None, None, None]

    async def test_every_other_transition_is_invalid(self, billing: Billing) -> None:
        await billing.log()
        draft_id = (await billing.draft())["id"]
        bodies: dict[str, Any] = {
            "review": {"decision": "APPROVE"},
            "request-changes": {"comment": "x"},
        }
        # IN_PROGRESS: only submit and abandon.
        for action in ("review", "approve", "request-changes", "finalize"):
            response = await billing.act(draft_id, action, "admin", bodies.get(action))
            assert _reason(response) == "INVALID_TRANSITION", action
        await billing.act(draft_id, "submit", "admin")
        for action in ("submit", "approve", "request-changes", "finalize"):
            response = await billing.act(draft_id, action, "admin", bodies.get(action))
            assert _reason(response) == "INVALID_TRANSITION", action
        await billing.act(draft_id, "review", "admin", bodies["review"])
        for action in ("submit", "review", "finalize"):
            response = await billing.act(draft_id, action, "admin", bodies.get(action))
            assert _reason(response) == "INVALID_TRANSITION", action
        await billing.act(draft_id, "approve", "admin")
        for action in ("submit", "review", "approve", "request-changes"):
            response = await billing.act(draft_id, action, "admin", bodies.get(action))
            assert _reason(response) == "INVALID_TRANSITION", action
        await billing.act(draft_id, "abandon", "admin")
        for action in ("submit", "review", "approve", "request-changes", "finalize", "abandon"):
            response = await billing.act(draft_id, action, "admin", bodies.get(action))
            assert _reason(response) == "INVALID_TRANSITION", action

    async def test_bad_action_bodies_are_400(self, billing: Billing) -> None:
        await billing.log()
        draft_id = (await billing.draft())["id"]
        for action, body in (
            ("review", {"decision": "MAYBE"}),
            ("review", {}),
            ("request-changes", {}),
            ("approve", {"comment": 5}),
            ("finalize", {"issueDate": "2026-13-01"}),
        ):
            response = await billing.act(draft_id, action, "admin", body)
            assert response.status_code == 400, (action, body, response.text)

    async def test_abandon_releases_the_wip(self, billing: Billing) -> None:
        wip = await billing.log()
        draft_id = (await billing.draft())["id"]
        assert _reason(await billing.act(draft_id, "abandon", "stranger")) == "NOT_ASSIGNED_BILLER"
        response = await billing.act(draft_id, "abandon", "biller")
        assert response.status_code == 200, response.text
        data = response.json()["data"]
        assert data["status"] == "ABANDONED"
        assert [h["active"] for h in data["reviewHistory"]] == [False, False]
        stored = await _wip(billing.tenant, wip["id"])
        assert stored["status"] == "OPEN" and stored["draftInvoiceId"] is None
        again = await billing.draft()  # the WIP can be billed again
        assert again["lineItems"][0]["wipIds"] == [wip["id"]]

    async def test_unknown_and_foreign_drafts_are_404(
        self, billing: Billing, other_tenant: TenantHandle
    ) -> None:
        await billing.log()
        draft_id = (await billing.draft())["id"]
        for action in ("submit", "abandon", "approve"):
            response = await other_tenant.post(f"{PATH}/{draft_id}/{action}")
            assert response.status_code == 404, response.text
        assert (await other_tenant.get(f"{PATH}/{draft_id}")).status_code == 404
        assert (await other_tenant.get(f"/gql/v1/draft_invoice/{draft_id}")).status_code == 404
        patched = await other_tenant.patch(f"{PATH}/{draft_id}", json={"notes": "x"})
        assert patched.status_code == 404


class TestReads:
    async def test_history_rows_in_the_documented_shape(self, billing: Billing) -> None:
        await billing.log()
        draft = await billing.draft()
        await billing.act(draft["id"], "submit", "biller")
        for path in ("/gql/v1/draft_invoice_histories", "/v1/draft_invoice_histories"):
            response = await billing.tenant.post(path, json={"draftInvoiceId": draft["id"]})
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["total"]["aggregate"]["count"] == 2
            newest = body["draftInvoices"][0]
            assert newest["activityType"] == "DRAFT_INVOICE_SUBMITTED"
            assert {
                "clientId",
                "invoiceId",
                "jobId",
                "activityType",
                "createdAt",
                "active",
                "client",
                "draftInvoice",
            } <= set(newest)
            assert newest["clientId"] == billing.firm.client["id"]
            assert newest["jobId"] == billing.firm.job["id"]
            assert newest["client"] == {
                "active": True,
                "clientRef": billing.firm.client["clientRef"],
                "name": billing.firm.client["name"],
                "pmsRef": billing.firm.client["pmsRef"],
            }
            assert newest["draftInvoice"] == {
                "approvedAt": None,
                "arTranId": None,
                "approverStaffId": billing.approver["id"],
                "approvedByStaffId": None,
                "invoiceId": None,
                "isActive": True,
                "pms_invoice_number": None,
                "status": "UNDER_REVIEW",
            }
        search = await billing.tenant.post(
            "/gql/v1/draft_invoice_histories/search",
            json={
                "where": {
                    "activityType": {"_eq": "DRAFT_INVOICE_CREATED"},
                    "draftInvoice": {"status": {"_eq": "UNDER_REVIEW"}},
                }
            },
        )
        assert search.status_code == 200, search.text
        rows = search.json()["draftInvoices"]
        assert [row["draftInvoiceId"] for row in rows] == [draft["id"]]
        bad = await billing.tenant.post(
            "/gql/v1/draft_invoice_histories", json={"activityType": "NOPE"}
        )
        assert bad.status_code == 400

    async def test_draft_reads(self, billing: Billing) -> None:
        await billing.log()
        draft = await billing.draft()
        single = await billing.tenant.get(f"/gql/v1/draft_invoice/{draft['id']}")
        assert single.status_code == 200, single.text
        body = single.json()
        for name in (
            "draftNumber",
            "status",
            "reviewStatus",
            "clientId",
            "clientName",
            "projectId",
            "subtotal",
            "taxAmount",
            "totalAmount",
            "currency",
            "lineItems",
            "reviewHistory",
        ):
            assert name in body, name
        assert single.headers["ETag"] == f'"{body["version"]}"'
        for path in ("/gql/v1/draft_invoices", "/v1/draft_invoices"):
            listed = await billing.tenant.post(path, json={"status": "IN_PROGRESS"})
            assert listed.status_code == 200, listed.text
            assert [row["id"] for row in listed.json()["draftInvoices"]] == [draft["id"]]
        search = await billing.tenant.post(
            "/gql/v1/draft_invoices/search",
            json={"where": {"client": {"name": {"_eq": billing.firm.client["name"]}}}},
        )
        assert [row["id"] for row in search.json()["draftInvoices"]] == [draft["id"]]
        rest = await billing.tenant.get(PATH, params={"clientId": billing.firm.client["id"]})
        assert rest.status_code == 200, rest.text
        assert rest.json()["meta"]["pagination"]["total"] == 1
        assert (await _get(billing.tenant, draft["id"]))["lineItems"] == draft["lineItems"]


class TestSyncPath:
    async def test_reconcile_and_lookup_by_system_ref(self, billing: Billing) -> None:
        await billing.log()
        draft = await billing.draft()
        tenant = billing.tenant
        async with tenant.ctx.db.session() as session:
            await drafts.reconcile(
                session,
                tenant.id,
                draft["id"],
                {"id": 77, "invoiceNumber": "INV-2026-00001", "arTranId": "AR-5"},
            )
            await session.commit()
        data = await _get(tenant, draft["id"])
        assert data["status"] == "FINALIZED"
        assert (data["invoiceId"], data["arTranId"]) == (77, "AR-5")
        assert data["pmsInvoiceNumber"] == "INV-2026-00001"
        kinds = [(h["activityType"], h["invoiceId"]) for h in data["reviewHistory"]]
        assert kinds[-2:] == [("DRAFT_INVOICE_FINALIZED", 77), ("DRAFT_INVOICE_RECONCILED", 77)]
        histories = await tenant.post(
            "/gql/v1/draft_invoice_histories", json={"draftInvoiceId": draft["id"]}
        )
        nested = histories.json()["draftInvoices"][0]["draftInvoice"]
        assert nested["pms_invoice_number"] == "INV-2026-00001"

    async def test_a_pms_draft_by_records_and_its_lookup(self, billing: Billing) -> None:
        tenant = billing.tenant
        record = {
            "type": "draft_invoice",
            "systemRef": "DB-1",
            "attributes": {
                "clientId": {"systemRef": billing.firm.client["pmsRef"]},
                "status": "PENDING_APPROVAL",
                "subtotal": "100.00",
                "totalAmount": "100.00",
            },
        }
        synced = await tenant.post("/api/v1/records", json={"records": [record]})
        assert synced.status_code == 200, synced.text
        assert synced.json()["data"]["records"][0]["operation"] == "CREATED", synced.text
        async with tenant.ctx.db.session() as session:
            found = await drafts.find_by_pms_ref(session, tenant.id, "DB-1")
            missing = await drafts.find_by_pms_ref(session, tenant.id, "DB-2")
        assert found is not None and missing is None
        assert found["source"] == "PMS"
        assert found["status"] == "PENDING_APPROVAL"
        assert found["draftNumber"] == "DR-00001"
        assert found["clientName"] == billing.firm.client["name"]
        assert found["lineItems"] == []
