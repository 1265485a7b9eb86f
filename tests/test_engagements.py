"""Engagements (money-work.md §7): create one or a batch, named by the template; the read
family's snake_case rows and camelCase detail; the status machine's actions with 409 reasons;
manual execution; renewal (once, only executed); events for each status."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from openwyn.engagements import repository as repo
from openwyn.engagements.repository import insert_children
from tests.fixtures.api import TenantHandle
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio

NAME_TEMPLATE = "{{ client.name }} {{ engagement.year }} {{ services[0].description }}"
LETTER = (
    "Dear {{ client.name }}, {% for s in services %}{{ s.description }} {{ s.price }}; {% endfor %}"
)


class Setup:
    def __init__(self, firm: Firm, template: dict[str, Any], signer: dict[str, Any]) -> None:
        self.firm, self.template, self.signer = firm, template, signer

    def body(self, **changes: Any) -> dict[str, Any]:
        return {
            "clientIds": [self.firm.client["id"]],
            "templateId": self.template["id"],
            "startDate": "2027-01-01",
            "endDate": "2027-12-31",
            "partnerStaffId": self.firm.staff["id"],
            "services": [
                {
                    "jobId": self.firm.job["id"],
                    "description": "Tax return",
                    "price": "1200.00",
                    "billingSchedule": "ONCE",
                    "prepaymentAmount": "300.00",
                },
                {"description": "Advice", "price": "250.50", "billingSchedule": "MONTHLY"},
            ],
            "signers": [{"contactId": self.signer["id"], "role": "PRIMARY"}],
            "team": [
                {"staffId": self.firm.other_staff["id"], "role": "Preparer", "allocation": 40}
            ],
        } | changes


@pytest.fixture
async def setup(tenant: TenantHandle) -> Setup:
    return await make_setup(tenant)


async def make_setup(tenant: TenantHandle) -> Setup:
    """A firm with a letter template and a contact of its client to sign."""
    firm = await make_firm(tenant)
    body = {"name": "Annual", "engagementNameTemplate": NAME_TEMPLATE, "body": LETTER}
    template = await tenant.create("engagement-templates", body)
    signer = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": "ann@client.example"}
    )
    await tenant.create(
        "contact-clients", {"contactId": signer["id"], "clientId": firm.client["id"]}
    )
    return Setup(firm, template, signer)


async def _create(tenant: TenantHandle, setup: Setup, **changes: Any) -> dict[str, Any]:
    response = await tenant.post("/api/v1/engagements", json=setup.body(**changes))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _inactive(tenant: TenantHandle, plural: str, body: dict[str, Any]) -> dict[str, Any]:
    made = await tenant.create(plural, body)
    response = await tenant.patch(f"/api/v1/{plural}/{made['id']}", json={"active": False})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def _act(tenant: TenantHandle, engagement_id: int, action: str, **kw: Any) -> Any:
    return await tenant.post(f"/api/v1/engagements/{engagement_id}/{action}", **kw)


class TestCreate:
    async def test_an_engagement_is_a_named_draft_with_its_parts(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        client = setup.firm.client
        assert made["status"] == "DRAFT" and made["source"] == "OPENWYN"
        assert made["name"] == f"{client['name']} 2027 Tax return"
        assert made["engagementNameTemplate"] == NAME_TEMPLATE
        assert made["estimatedValue"] == 1450.5 and made["prepaymentAmount"] == 300
        assert made["clientName"] == client["name"] and made["clientIds"] == [client["id"]]
        assert [p["id"] for p in made["projects"]] == [setup.firm.job["id"]]
        roles = [(m["staffId"], m["role"]) for m in made["teamMembers"]]
        assert roles[0] == (setup.firm.staff["id"], "ENGAGEMENT_PARTNER")
        assert (setup.firm.other_staff["id"], "Preparer") in roles
        assert [s["description"] for s in made["services"]] == ["Tax return", "Advice"]
        (signer,) = made["signers"]
        assert signer["status"] == "PENDING" and signer["email"] == "ann@client.example"
        shown = await tenant.get(f"/gql/v1/engagement/{made['id']}")
        assert shown.json() == made and shown.headers["ETag"]
        client_detail = (await tenant.get(f"/gql/v1/client/{client['id']}")).json()
        assert client_detail["engagements"] == [
            {
                "id": made["id"],
                "name": made["name"],
                "status": "DRAFT",
                "type": None,
                "startDate": "2027-01-01",
                "endDate": "2027-12-31",
            }
        ]
        (event,) = await events_of(tenant, "engagement")
        assert event["operation"] == "CREATE" and event["entity_id"] == made["id"]

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            ({"clientIds": [999_999]}, "clientIds[0]"),
            ({"templateId": 999_999}, "templateId"),
            ({"partnerStaffId": 999_999}, "partnerStaffId"),
            ({"signers": [{"contactId": 999_999, "role": "PRIMARY"}]}, "signers[0].contactId"),
            ({"team": [{"staffId": 999_999, "role": "x"}]}, "team[0].staffId"),
        ],
    )
    async def test_a_reference_that_is_not_the_tenants_is_400_at_its_path(
        self, tenant: TenantHandle, setup: Setup, change: dict[str, Any], path: str
    ) -> None:
        response = await tenant.post("/api/v1/engagements", json=setup.body(**change))
        assert response.status_code == 400, response.text
        assert path in [d["path"] for d in response.json()["error"]["details"]]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["engagements"] == []

    async def test_a_prepayment_without_a_job_is_400(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        services = [
            {
                "description": "Tax return",
                "price": "100.00",
                "billingSchedule": "ONCE",
                "prepaymentAmount": "50.00",
            }
        ]
        response = await tenant.post("/api/v1/engagements", json=setup.body(services=services))
        assert response.status_code == 400
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == "services[0].jobId" and "prepayment" in detail["message"]

    @pytest.mark.parametrize(
        "change",
        [
            {"endDate": "2026-01-01"},
            {"services": []},
            {"signers": []},
            {"clientIds": [1, 1]},
            {"style": "formal"},
            {"services": [{"description": "x", "price": "1.001", "billingSchedule": "ONCE"}]},
            {"services": [{"description": "x", "price": "1", "billingSchedule": "YEARLY"}]},
        ],
    )
    async def test_a_malformed_body_is_400(
        self, tenant: TenantHandle, setup: Setup, change: dict[str, Any]
    ) -> None:
        response = await tenant.post("/api/v1/engagements", json=setup.body(**change))
        assert response.status_code == 400, response.text
        assert response.json()["error"]["code"] == "VALIDATION_FAILED"

    async def test_a_team_member_named_twice_is_400_at_the_second(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        member = {"staffId": setup.firm.other_staff["id"], "role": "Preparer"}
        response = await tenant.post("/api/v1/engagements", json=setup.body(team=[member] * 2))
        assert response.status_code == 400, response.text
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == "team[1].staffId" and "twice" in detail["message"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["engagements"] == []

    @pytest.mark.parametrize(
        "name_template", ["{{ engagement.year // 0 }}", "{{ client.name + 1 }}"]
    )
    async def test_a_name_template_failing_at_run_time_is_400_at_template_id(
        self, tenant: TenantHandle, setup: Setup, name_template: str
    ) -> None:
        body = {"name": "Odd", "engagementNameTemplate": name_template, "body": LETTER}
        template = await tenant.create("engagement-templates", body)
        response = await tenant.post(
            "/api/v1/engagements", json=setup.body(templateId=template["id"])
        )
        assert response.status_code == 400, response.text
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == "templateId" and "name template" in detail["message"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["engagements"] == []

    async def test_prices_summing_past_the_largest_amount_are_400_at_services(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        line = {
            "jobId": setup.firm.job["id"],
            "description": "Tax return",
            "price": "999999999999.99",
            "billingSchedule": "ONCE",
            "prepaymentAmount": "999999999999.99",
        }
        response = await tenant.post("/api/v1/engagements", json=setup.body(services=[line] * 2))
        assert response.status_code == 400, response.text
        paths = [d["path"] for d in response.json()["error"]["details"]]
        assert paths == ["services"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["engagements"] == []

    @pytest.mark.parametrize(
        ("field", "value", "path"),
        [
            ("description", "Tax\u0000return", "description"),
            ("type", "TAX\u0000", "type"),
            ("role", "Preparer\u0000", "team[0].role"),
            ("role", "", "team[0].role"),
        ],
    )
    async def test_text_with_a_nul_or_an_empty_role_is_400_at_its_path(
        self, tenant: TenantHandle, setup: Setup, field: str, value: str, path: str
    ) -> None:
        if field == "role":
            change = {"team": [{"staffId": setup.firm.other_staff["id"], "role": value}]}
        else:
            change = {field: value}
        response = await tenant.post("/api/v1/engagements", json=setup.body(**change))
        assert response.status_code == 400, response.text
        assert [d["path"] for d in response.json()["error"]["details"]] == [path]

    @pytest.mark.parametrize(
        "path",
        [
            "partnerStaffId",
            "managerStaffId",
            "team[0].staffId",
            "signers[0].contactId",
            "services[0].serviceLineId",
        ],
    )
    async def test_an_inactive_reference_is_400_at_its_path(
        self, tenant: TenantHandle, setup: Setup, path: str
    ) -> None:
        body = setup.body()
        if path == "signers[0].contactId":
            contact = await _inactive(tenant, "contacts", {"lastName": "Gone"})
            link = {"contactId": contact["id"], "clientId": setup.firm.client["id"]}
            await tenant.create("contact-clients", link)
            body["signers"] = [{"contactId": contact["id"], "role": "PRIMARY"}]
        elif path == "services[0].serviceLineId":
            line = await _inactive(tenant, "service-lines", {"name": "Retired line"})
            body["services"][0]["serviceLineId"] = line["id"]
        else:
            staff = await _inactive(tenant, "staff", {"firstName": "Gone", "lastName": "Away"})
            if path == "team[0].staffId":
                body["team"] = [{"staffId": staff["id"], "role": "Preparer"}]
            else:
                body[path] = staff["id"]
        response = await tenant.post("/api/v1/engagements", json=body)
        assert response.status_code == 400, response.text
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == path and "active" in detail["message"]

    @pytest.mark.parametrize(
        ("field", "path"),
        [
            ("endDate", "endDate"),
            ("clientIds", "clientIds[1]"),
            ("primaryClientId", "primaryClientId"),
            ("signers", "signers[1].contactId"),
        ],
    )
    async def test_fields_that_disagree_are_400_at_the_field_at_fault(
        self, tenant: TenantHandle, setup: Setup, field: str, path: str
    ) -> None:
        body = setup.body()
        changes = {
            "endDate": "2026-12-31",
            "clientIds": body["clientIds"] * 2,
            "primaryClientId": 999_999,
            "signers": body["signers"] * 2,
        }
        response = await tenant.post("/api/v1/engagements", json=body | {field: changes[field]})
        assert response.status_code == 400, response.text
        assert [d["path"] for d in response.json()["error"]["details"]] == [path]

    async def test_a_contact_of_another_client_cannot_sign(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        stranger = await tenant.create("contacts", {"lastName": "Stranger"})
        signers = [{"contactId": stranger["id"], "role": "SIGNER"}]
        response = await tenant.post("/api/v1/engagements", json=setup.body(signers=signers))
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "signers[0].contactId"

    async def test_a_batch_answers_one_result_per_item(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        bad = setup.body(templateId=999_999)
        body = {
            "engagements": [setup.body(), bad, setup.body(startDate="2028-01-01", endDate=None)]
        }
        response = await tenant.post("/api/v1/engagements/batch", json=body)
        assert response.status_code == 200, response.text
        results = response.json()["data"]["results"]
        assert [r["status"] for r in results] == ["SUCCESS", "FAILED", "SUCCESS"]
        assert results[1]["error"]["details"][0]["path"] == "templateId"
        assert "2028" in results[2]["engagement"]["name"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["total"]["aggregate"]["count"] == 2
        too_many = {"engagements": [setup.body()] * 101}
        assert (await tenant.post("/api/v1/engagements/batch", json=too_many)).status_code == 400

    async def test_a_malformed_item_fails_alone(self, tenant: TenantHandle, setup: Setup) -> None:
        malformed = setup.body(clientIds="all", unknown=1)
        wrong_price = setup.body()
        wrong_price["services"][0]["price"] = "1.001"
        body = {"engagements": [malformed, setup.body(), wrong_price, "not an object"]}
        response = await tenant.post("/api/v1/engagements/batch", json=body)
        assert response.status_code == 400  # an item that is not an object: the request's 400
        assert response.json()["error"]["details"][0]["path"] == "engagements[3]"
        body["engagements"].pop()
        response = await tenant.post("/api/v1/engagements/batch", json=body)
        assert response.status_code == 200, response.text
        results = response.json()["data"]["results"]
        assert [r["status"] for r in results] == ["FAILED", "SUCCESS", "FAILED"]
        paths = {detail["path"] for detail in results[0]["error"]["details"]}
        assert paths == {"clientIds", "unknown"}
        assert results[0]["error"]["code"] == "VALIDATION_FAILED"
        assert [d["path"] for d in results[2]["error"]["details"]] == ["services[0].price"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["total"]["aggregate"]["count"] == 1

    async def test_an_item_the_database_refuses_fails_alone_and_leaves_nothing(
        self, tenant: TenantHandle, setup: Setup, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        made = {"count": 0}

        async def team_twice(session: Any, tenant_id: int, engagement_id: int, kids: Any) -> None:
            await insert_children(session, tenant_id, engagement_id, kids)
            made["count"] += 1
            if made["count"] == 2:  # the second item's team again: a broken primary key
                await insert_children(session, tenant_id, engagement_id, {"team": kids["team"]})

        monkeypatch.setattr(repo, "insert_children", team_twice)
        body = {"engagements": [setup.body(), setup.body(), setup.body()]}
        response = await tenant.post("/api/v1/engagements/batch", json=body)
        assert response.status_code == 200, response.text
        results = response.json()["data"]["results"]
        assert [r["status"] for r in results] == ["SUCCESS", "FAILED", "SUCCESS"]
        assert results[1]["error"]["code"] == "CONFLICT"
        kept = [r["engagement"]["id"] for r in results if r["status"] == "SUCCESS"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert sorted(row["id"] for row in listed.json()["engagements"]) == kept
        created = [e["entity_id"] for e in await events_of(tenant, "engagement")]
        assert created == kept

    @pytest.mark.parametrize("batch", ["create", "renew"])
    async def test_an_unexpected_error_in_an_item_writes_nothing_of_the_batch(
        self, tenant: TenantHandle, setup: Setup, monkeypatch: pytest.MonkeyPatch, batch: str
    ) -> None:
        first, second = await _create(tenant, setup), await _create(tenant, setup)
        for made in (first, second):
            await _act(tenant, made["id"], "execute", json={})
        before = await events_of(tenant, "engagement")
        calls = {"count": 0}

        async def failing_second(*args: Any) -> None:
            calls["count"] += 1
            if calls["count"] == 2:
                raise RuntimeError("a fault no one foresaw")
            await insert_children(*args)

        monkeypatch.setattr(repo, "insert_children", failing_second)
        if batch == "create":
            url, body = "/api/v1/engagements/batch", {"engagements": [setup.body()] * 2}
        else:
            renewals = [
                {"engagementId": m["id"], "startDate": "2028-01-01"} for m in (first, second)
            ]
            url, body = "/api/v1/engagements/renew-batch", {"renewals": renewals}
        response = await tenant.post(url, json=body)
        assert response.status_code == 500
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["total"]["aggregate"]["count"] == 2
        assert await events_of(tenant, "engagement") == before


class TestReads:
    async def test_rows_are_snake_case_and_where_is_camel_case(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        await _create(tenant, setup, partnerStaffId=setup.firm.other_staff["id"])
        where = {"where": {"partnerStaffId": {"_eq": setup.firm.staff["id"]}}}
        found = await tenant.post("/gql/v1/engagements/search", json=where)
        assert found.status_code == 200, found.text
        (row,) = found.json()["engagements"]
        assert set(row) == {
            "id",
            "name",
            "start_dt",
            "end_dt",
            "status",
            "client_id",
            "partner_staff_id",
            "manager_staff_id",
            "engagement_name_template",
            "created_at",
        }
        assert row["id"] == made["id"] and row["start_dt"] == "2027-01-01"
        ordered = await tenant.post(
            "/v1/engagements/search", json={"orderBy": [{"createdAt": "asc"}]}
        )
        assert ordered.json()["engagements"][0]["id"] == made["id"]
        bad = await tenant.post("/gql/v1/engagements/search", json={"where": {"start_dt": {}}})
        assert bad.status_code == 400

    async def test_another_tenants_engagement_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        assert (await other_tenant.get(f"/gql/v1/engagement/{made['id']}")).status_code == 404
        assert (await _act(other_tenant, made["id"], "cancel")).status_code == 404
        listed = await other_tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["engagements"] == []


class TestStatuses:
    async def test_manual_execution_then_hold_resume_complete(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup, startDate="2026-01-01")
        executed = await _act(tenant, made["id"], "execute", json={})
        assert executed.status_code == 200, executed.text
        assert executed.json()["data"]["status"] == "EXECUTED"
        assert executed.json()["data"]["executedAt"] is not None
        held = await _act(tenant, made["id"], "hold")
        assert held.json()["data"]["status"] == "ON_HOLD"
        resumed = await _act(tenant, made["id"], "resume")
        assert resumed.json()["data"]["status"] == "ACTIVE"  # its start date has come
        completed = await _act(tenant, made["id"], "complete")
        assert completed.json()["data"]["status"] == "COMPLETED"
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert operations == ["CREATE", "EXECUTED", "ON_HOLD", "ACTIVE", "COMPLETED"]

    @pytest.mark.parametrize(
        ("steps", "action"),
        [
            ([], "hold"),
            ([], "complete"),
            ([], "resume"),
            (["cancel"], "cancel"),
            (["cancel"], "execute"),
            (["execute"], "cancel"),
        ],
    )
    async def test_a_forbidden_transition_is_409_and_changes_nothing(
        self, tenant: TenantHandle, setup: Setup, steps: list[str], action: str
    ) -> None:
        made = await _create(tenant, setup)
        for step in steps:
            assert (await _act(tenant, made["id"], step, json={})).status_code == 200
        before = (await tenant.get(f"/api/v1/engagements/{made['id']}")).json()["data"]
        refused = await _act(tenant, made["id"], action, json={})
        assert refused.status_code == 409, refused.text
        assert refused.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"
        after = (await tenant.get(f"/api/v1/engagements/{made['id']}")).json()["data"]
        assert after == before

    async def test_execution_takes_only_a_file_of_the_tenant(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        missing = await _act(tenant, made["id"], "execute", json={"fileId": 999_999})
        assert missing.status_code == 400
        assert missing.json()["error"]["details"][0]["path"] == "fileId"
        files = {"file": ("signed.pdf", b"%PDF-1.4 signed", "application/pdf")}
        uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
        file_id = uploaded.json()["data"]["id"]
        executed = await _act(tenant, made["id"], "execute", json={"fileId": file_id})
        assert executed.json()["data"]["executedFileId"] == file_id


class TestRaces:
    """Two actions on one engagement at once take turns on its row: the second sees what the
    first did, so exactly one of two actions that exclude each other succeeds."""

    @pytest.mark.parametrize(
        ("steps", "racers"),
        [
            (["execute", "hold"], ("cancel", "complete")),
            (["execute", "hold"], ("cancel", "resume")),
            ([], ("cancel", "execute")),
        ],
    )
    async def test_of_two_racing_actions_one_wins_and_the_other_is_409(
        self, tenant: TenantHandle, setup: Setup, steps: list[str], racers: tuple[str, str]
    ) -> None:
        for _ in range(3):
            made = await _create(tenant, setup)
            for step in steps:
                assert (await _act(tenant, made["id"], step, json={})).status_code == 200
            answers = await asyncio.gather(
                *(_act(tenant, made["id"], action, json={}) for action in racers)
            )
            assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
            (winner,) = [a.json()["data"] for a in answers if a.status_code == 200]
            shown = (await tenant.get(f"/api/v1/engagements/{made['id']}")).json()["data"]
            assert shown["status"] == winner["status"]
            moves = [
                e for e in await events_of(tenant, "engagement") if e["entity_id"] == made["id"]
            ]
            assert len(moves) == 1 + len(steps) + 1  # CREATE, the steps, the winner's move

    async def test_of_two_racing_renewals_one_is_made(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        assert (await _act(tenant, made["id"], "execute", json={})).status_code == 200
        body = {"startDate": "2028-01-01"}
        answers = await asyncio.gather(
            *(_act(tenant, made["id"], "renew", json=body) for _ in range(2))
        )
        assert sorted(a.status_code for a in answers) == [201, 409], [a.text for a in answers]
        (refused,) = [a.json()["error"] for a in answers if a.status_code == 409]
        assert refused["details"][0]["reason"] == "ALREADY_RENEWED"
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["total"]["aggregate"]["count"] == 2


class TestRenewal:
    async def test_only_an_executed_engagement_renews_and_only_once(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        renewal = {
            "startDate": "2028-01-01",
            "endDate": "2028-12-31",
            "priceChanges": [{"description": "Advice", "price": "300.00"}],
        }
        early = await _act(tenant, made["id"], "renew", json=renewal)
        assert early.status_code == 409
        assert early.json()["error"]["details"][0]["reason"] == "NOT_EXECUTED"
        await _act(tenant, made["id"], "execute", json={})
        renewed = await _act(tenant, made["id"], "renew", json=renewal)
        assert renewed.status_code == 201, renewed.text
        copy = renewed.json()["data"]
        assert copy["status"] == "DRAFT" and copy["renewedFromId"] == made["id"]
        assert copy["startDate"] == "2028-01-01"
        prices = {s["description"]: s["price"] for s in copy["services"]}
        assert prices == {"Tax return": 1200, "Advice": 300}
        assert copy["estimatedValue"] == 1500
        assert [s["contactId"] for s in copy["signers"]] == [setup.signer["id"]]
        again = await _act(tenant, made["id"], "renew", json=renewal)
        assert again.json()["error"]["details"][0]["reason"] == "ALREADY_RENEWED"

    async def test_a_renewal_is_named_by_its_template_for_its_new_term(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        assert made["name"] == f"{setup.firm.client['name']} 2027 Tax return"
        await _act(tenant, made["id"], "execute", json={})
        renewed = await _act(tenant, made["id"], "renew", json={"startDate": "2028-01-01"})
        assert renewed.status_code == 201, renewed.text
        assert renewed.json()["data"]["name"] == f"{setup.firm.client['name']} 2028 Tax return"

    async def test_a_renewal_keeps_the_name_when_its_template_is_inactive(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        await _act(tenant, made["id"], "execute", json={})
        url = f"/api/v1/engagement-templates/{setup.template['id']}"
        assert (await tenant.patch(url, json={"active": False})).status_code == 200
        renewed = await _act(tenant, made["id"], "renew", json={"startDate": "2028-01-01"})
        assert renewed.status_code == 201, renewed.text
        assert renewed.json()["data"]["name"] == made["name"]

    async def test_a_price_change_naming_no_service_is_400(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        await _act(tenant, made["id"], "execute", json={})
        body = {"startDate": "2028-01-01", "priceChanges": [{"description": "Audit", "price": 1}]}
        response = await _act(tenant, made["id"], "renew", json=body)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "priceChanges[0].description"

    async def test_new_prices_summing_past_the_largest_amount_are_400(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        made = await _create(tenant, setup)
        await _act(tenant, made["id"], "execute", json={})
        changes = [
            {"description": name, "price": "999999999999.99"} for name in ("Tax return", "Advice")
        ]
        body = {"startDate": "2028-01-01", "priceChanges": changes}
        response = await _act(tenant, made["id"], "renew", json=body)
        assert response.status_code == 400, response.text
        assert [d["path"] for d in response.json()["error"]["details"]] == ["priceChanges"]
        listed = await tenant.post("/gql/v1/engagements", json={})
        assert listed.json()["total"]["aggregate"]["count"] == 1

    async def test_a_batch_renews_each_alone(self, tenant: TenantHandle, setup: Setup) -> None:
        first, second = await _create(tenant, setup), await _create(tenant, setup)
        await _act(tenant, first["id"], "execute", json={})
        renewals = [
            {"engagementId": first["id"], "startDate": "2028-01-01"},
            {"engagementId": second["id"], "startDate": "2028-01-01"},
            {"engagementId": 999_999, "startDate": "2028-01-01"},
            {"engagementId": first["id"], "startDate": "2028-02-30"},
        ]
        response = await tenant.post("/api/v1/engagements/renew-batch", json={"renewals": renewals})
        results = response.json()["data"]["results"]
        assert [r["status"] for r in results] == ["SUCCESS", "FAILED", "FAILED", "FAILED"]
        assert results[1]["error"]["details"][0]["reason"] == "NOT_EXECUTED"
        assert results[2]["error"]["code"] == "NOT_FOUND"
        assert [d["path"] for d in results[3]["error"]["details"]] == ["startDate"]


class TestRecordsApi:
    async def test_a_pms_pushes_an_engagement_by_system_ref(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        record = {
            "type": "engagement",
            "systemRef": "ENG-1",
            "attributes": {
                "name": "2027 audit",
                "status": "ACTIVE",
                "clientId": {"systemRef": setup.firm.client["pmsRef"]},
                "startDate": "2027-01-01",
                "estimatedValue": "5000.00",
            },
        }
        response = await tenant.post("/api/v1/records", json={"records": [record]})
        (result,) = response.json()["data"]["records"]
        assert result["status"] == "SUCCESS", result
        found = await tenant.post(
            "/gql/v1/engagements/search", json={"where": {"source": {"_eq": "PMS"}}}
        )
        (row,) = found.json()["engagements"]
        assert row["status"] == "ACTIVE" and row["client_id"] == setup.firm.client["id"]
        detail = (await tenant.get(f"/gql/v1/engagement/{row['id']}")).json()
        assert detail["estimatedValue"] == 5000 and detail["services"] == []
        bad = record | {"systemRef": "ENG-2", "attributes": {"name": "x", "status": "LOST"}}
        (failed,) = (await tenant.post("/api/v1/records", json={"records": [bad]})).json()["data"][
            "records"
        ]
        assert failed["status"] == "FAILED"

    async def test_a_pushed_status_writes_its_event_beside_create_and_update(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        attributes = {
            "name": "2027 audit",
            "status": "ACTIVE",
            "clientId": {"systemRef": setup.firm.client["pmsRef"]},
            "startDate": "2027-01-01",
        }

        async def push(**changes: Any) -> None:
            record = {"type": "engagement", "systemRef": "ENG-S", "attributes": attributes}
            record["attributes"] = attributes | changes
            answer = await tenant.post("/api/v1/records", json={"records": [record]})
            assert answer.json()["data"]["records"][0]["status"] != "FAILED", answer.text

        await push()
        await push(status="COMPLETED")
        await push(status="COMPLETED", name="2027 audit, final")  # the status unchanged
        await push(status="COMPLETED", name="2027 audit, final")  # nothing changed
        events = await events_of(tenant, "engagement")
        assert [e["operation"] for e in events] == [
            "CREATE",
            "ACTIVE",
            "UPDATE",
            "COMPLETED",
            "UPDATE",
        ]
        assert json.loads(events[3]["previous"])["status"] == "ACTIVE"
        assert {e["entity_id"] for e in events} == {events[0]["entity_id"]}


async def test_the_catalog_lists_each_status_a_move_writes(tenant: TenantHandle) -> None:
    entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
    operations = {e["operation"] for e in entries if e["entityType"] == "engagement"}
    moves = {"SENT", "SIGNED", "EXECUTED", "ACTIVE", "ON_HOLD", "COMPLETED"}
    ends = {"DECLINED", "CANCELLED", "EXPIRED"}
    assert moves | ends | {"CREATE", "UPDATE", "DELETE", "RENEWAL_DIGEST"} == operations
    assert "DRAFT" not in operations  # a new engagement is a DRAFT, and its event is CREATE
