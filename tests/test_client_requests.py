"""Client requests (money-work.md §8): prerequisites named in one 400; sent with personal
portal links; uploads per item through the portal (size limit as a readable 413 page); the
reviewer's decisions with emails both ways; completion that moves the job's status."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest

from tests.fixtures.api import TenantHandle
from tests.fixtures.work import Firm, events_of, make_firm

pytestmark = pytest.mark.anyio
LINK = re.compile(r"https?://[^\s\"]+(/portal/requests/[A-Za-z0-9_-]+)")


@pytest.fixture
async def firm(tenant: TenantHandle) -> Firm:
    return await make_firm(tenant)


async def _contact(
    tenant: TenantHandle, firm: Firm, email: str | None = "ann@client.example"
) -> int:
    made = await tenant.create(
        "contacts", {"firstName": "Ann", "lastName": "Owner", "email": email}
    )
    await tenant.create("contact-clients", {"contactId": made["id"], "clientId": firm.client["id"]})
    return int(made["id"])


def _body(firm: Firm, contact_id: int, **changes: Any) -> dict[str, Any]:
    return {
        "clientId": firm.client["id"],
        "jobId": firm.job["id"],
        "contactIds": [contact_id],
        "dueInDays": 14,
        "reviewerStaffId": firm.staff["id"],
        "onCompleteJobStatus": "IN_PROGRESS",
        "items": [{"title": "Bank statements", "description": "All of 2026"}, {"title": "W-2"}],
    } | changes


async def _sent(tenant: TenantHandle, firm: Firm, **changes: Any) -> tuple[dict[str, Any], str]:
    contact = await _contact(tenant, firm)
    reviewer = await tenant.create(
        "staff", {"firstName": "Rae", "lastName": "Viewer", "email": "rae@firm.example"}
    )
    body = _body(firm, contact, reviewerStaffId=reviewer["id"]) | changes
    made = await tenant.post("/api/v1/client-requests", json=body)
    assert made.status_code == 201, made.text
    request_id = made.json()["data"]["id"]
    sent = await tenant.post(f"/api/v1/client-requests/{request_id}/send")
    assert sent.status_code == 200, sent.text
    return sent.json()["data"], (await _links(tenant, request_id))[-1]


async def _links(tenant: TenantHandle, request_id: int) -> list[str]:
    listed = await tenant.get(
        "/api/v1/outbound-messages",
        params={"relatedType": "client_request", "relatedId": request_id},
    )
    messages = sorted(listed.json()["data"], key=lambda m: m["id"])
    return [match.group(1) for m in messages if (match := LINK.search(m["text"]))]


async def _upload(
    tenant: TenantHandle, link: str, item_id: int, content: bytes = b"%PDF-1.4 x"
) -> Any:
    files = {"file": ("statement.pdf", content, "application/pdf")}
    return await tenant.api.post(f"{link}/items/{item_id}", files=files)


async def _review(tenant: TenantHandle, request_id: int, item_id: int, **body: Any) -> Any:
    return await tenant.post(
        f"/api/v1/client-requests/{request_id}/items/{item_id}/review", json=body
    )


class TestCreate:
    async def test_a_request_is_a_draft_with_its_items(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        contact = await _contact(tenant, firm)
        made = await tenant.post("/api/v1/client-requests", json=_body(firm, contact))
        data = made.json()["data"]
        assert data["status"] == "DRAFT" and data["jobId"] == firm.job["id"]
        assert [i["title"] for i in data["items"]] == ["Bank statements", "W-2"]
        assert all(i["status"] == "REQUESTED" for i in data["items"])
        shown = await tenant.get(f"/gql/v1/client_request/{data['id']}")
        assert shown.status_code == 200 and shown.json()["status"] == "DRAFT"

    async def test_without_a_reviewer_the_jobs_or_clients_active_manager_reviews(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        contact = await _contact(tenant, firm)
        gone = await tenant.create(
            "staff", {"firstName": "Gus", "lastName": "Gone", "active": False}
        )
        await tenant.patch(f"/api/v1/jobs/{firm.job['id']}", json={"managerStaffId": gone["id"]})
        await tenant.patch(
            f"/api/v1/clients/{firm.client['id']}", json={"managerStaffId": firm.other_staff["id"]}
        )
        unnamed = _body(firm, contact, reviewerStaffId=None)
        made = (await tenant.post("/api/v1/client-requests", json=unnamed)).json()["data"]
        assert made["reviewerStaffId"] == firm.other_staff["id"]  # the job's manager is inactive
        named = (await tenant.post("/api/v1/client-requests", json=_body(firm, contact))).json()
        assert named["data"]["reviewerStaffId"] == firm.staff["id"]

    async def test_every_missing_prerequisite_is_named(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        mute = await _contact(tenant, firm, email=None)
        stranger = (
            await tenant.create("contacts", {"lastName": "Stranger", "email": "s@x.example"})
        )["id"]
        await tenant.patch(f"/api/v1/jobs/{firm.job['id']}", json={"status": "COMPLETED"})
        body = _body(firm, mute, contactIds=[mute, stranger], reviewerStaffId=999_999)
        response = await tenant.post("/api/v1/client-requests", json=body)
        assert response.status_code == 400
        paths = {d["path"]: d["message"] for d in response.json()["error"]["details"]}
        assert "open job" in paths["jobId"]
        assert "no email" in paths["contactIds[0]"]
        assert "no Contact of the client" in paths["contactIds[1]"]
        assert "reviewerStaffId" in paths

    async def test_an_inactive_contact_or_reviewer_is_named(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        contact = await _contact(tenant, firm)
        assert (await tenant.delete(f"/api/v1/contacts/{contact}")).status_code == 200
        assert (await tenant.delete(f"/api/v1/staff/{firm.staff['id']}")).status_code == 200
        response = await tenant.post("/api/v1/client-requests", json=_body(firm, contact))
        assert response.status_code == 400, response.text
        paths = {d["path"]: d["message"] for d in response.json()["error"]["details"]}
        assert set(paths) == {"contactIds[0]", "reviewerStaffId"}
        assert "active" in paths["contactIds[0]"] and "active" in paths["reviewerStaffId"]

    @pytest.mark.parametrize(
        "due",
        [
            "9999-12-31",
            (date.today() + timedelta(days=11 * 366)).isoformat(),
            (date.today() - timedelta(days=45)).isoformat(),
        ],
        ids=["the_last_day", "eleven_years_ahead", "links_expired"],
    )
    async def test_a_due_date_beyond_ten_years_or_whose_links_expired_is_400(
        self, tenant: TenantHandle, firm: Firm, due: str
    ) -> None:
        contact = await _contact(tenant, firm)
        body = _body(firm, contact, dueInDays=None, dueDate=due)
        del body["dueInDays"]
        response = await tenant.post("/api/v1/client-requests", json=body)
        assert response.status_code == 400, response.text
        assert [d["path"] for d in response.json()["error"]["details"]] == ["dueDate"]

    @pytest.mark.parametrize(
        "change",
        [
            {"dueDate": "2027-01-01"},
            {"dueInDays": None},
            {"dueInDays": 3700},
            {"items": []},
            {"extra": 1},
        ],
    )
    async def test_a_malformed_body_is_400(
        self, tenant: TenantHandle, firm: Firm, change: dict[str, Any]
    ) -> None:
        contact = await _contact(tenant, firm)
        response = await tenant.post("/api/v1/client-requests", json=_body(firm, contact, **change))
        assert response.status_code == 400, response.text


class TestPortalAndReview:
    async def test_upload_review_and_complete(self, tenant: TenantHandle, firm: Firm) -> None:
        sent, link = await _sent(tenant, firm)
        assert sent["status"] == "SENT"
        page = await tenant.api.get(link)
        assert page.status_code == 200 and "Bank statements" in page.text
        first, second = (item["id"] for item in sent["items"])
        uploaded = await _upload(tenant, link, first)
        assert uploaded.status_code == 200 and "is uploaded" in uploaded.text
        shown = (await tenant.get(f"/api/v1/client-requests/{sent['id']}")).json()["data"]
        assert shown["status"] == "IN_PROGRESS"
        assert shown["items"][0]["status"] == "NEEDS_REVIEW"
        (upload,) = shown["items"][0]["files"]
        stored = await tenant.get(f"/api/v1/files/{upload['fileId']}/content")
        assert stored.content == b"%PDF-1.4 x"
        # The reviewer was told; a change request goes back to the contact with its reason.
        told = [
            m for m in await _messages(tenant, sent["id"]) if m["subject"].startswith("To review")
        ]
        assert [m["to"] for m in told] == [["rae@firm.example"]]
        assert "Bank statements" in told[0]["subject"]
        refused = await _review(tenant, sent["id"], second, decision="ACCEPT")
        assert refused.status_code == 409  # nothing uploaded for it yet
        asked = await _review(
            tenant, sent["id"], first, decision="REQUEST_CHANGES", comment="Page 2 is missing"
        )
        assert asked.json()["data"]["items"][0]["status"] == "CHANGES_REQUESTED"
        changes = [
            m for m in await _messages(tenant, sent["id"]) if "asks for changes" in m["subject"]
        ]
        assert changes and "Page 2 is missing" in changes[0]["text"]
        assert "Page 2 is missing" in (await tenant.api.get(link)).text
        await _upload(tenant, link, first)
        await _upload(tenant, link, second)
        await _review(tenant, sent["id"], first, decision="ACCEPT")
        done = await _review(tenant, sent["id"], second, decision="ACCEPT")
        assert done.json()["data"]["status"] == "COMPLETED"
        job = (await tenant.get(f"/api/v1/jobs/{firm.job['id']}")).json()["data"]
        assert job["status"] == "IN_PROGRESS"
        operations = [e["operation"] for e in await events_of(tenant, "client_request")]
        assert operations.count("COMPLETED") == 1
        assert (await tenant.api.get(link)).status_code == 410  # closed now

    @pytest.mark.parametrize("over", [1, 30_000, 70_000])
    async def test_a_file_over_the_limit_is_a_readable_413_page(
        self, tenant: TenantHandle, firm: Firm, over: int
    ) -> None:
        """Over by a byte or by more than the room the edge leaves for the form around it."""
        sent, link = await _sent(tenant, firm)
        limit = tenant.ctx.settings.files_max_bytes
        too_big = await _upload(tenant, link, sent["items"][0]["id"], b"x" * (limit + over))
        assert too_big.status_code == 413 and too_big.headers["content-type"].startswith(
            "text/html"
        )
        assert "File too large" in too_big.text
        shown = (await tenant.get(f"/api/v1/client-requests/{sent['id']}")).json()["data"]
        assert shown["items"][0]["files"] == [] and shown["items"][0]["status"] == "REQUESTED"

    @pytest.mark.parametrize(
        "sent_form",
        [
            {"files": [("file", ("a.pdf", b"a")), ("file", ("b.pdf", b"b"))]},
            {"files": {"file": ("a.pdf", b"a")}, "data": {f"f{n}": "x" for n in range(6)}},
            {"content": b"--x\r\n", "headers": {"content-type": "multipart/form-data"}},
            {"files": {"file": ("a" * 20_000 + ".pdf", b"a")}},
        ],
        ids=["two_files", "too_many_fields", "no_boundary", "long_filename"],
    )
    async def test_a_malformed_form_is_a_readable_400_page(
        self, tenant: TenantHandle, firm: Firm, sent_form: dict[str, Any]
    ) -> None:
        sent, link = await _sent(tenant, firm)
        answer = await tenant.api.post(f"{link}/items/{sent['items'][0]['id']}", **sent_form)
        assert answer.status_code == 400, answer.text
        assert answer.headers["content-type"].startswith("text/html")
        assert "too large" not in answer.text
        shown = (await tenant.get(f"/api/v1/client-requests/{sent['id']}")).json()["data"]
        assert shown["items"][0]["files"] == [] and shown["items"][0]["status"] == "REQUESTED"

    async def test_wrong_and_cancelled_links_show_nothing(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        sent, link = await _sent(tenant, firm)
        wrong = await tenant.api.get("/portal/requests/" + "A" * 43)
        assert wrong.status_code == 404 and "Bank statements" not in wrong.text
        assert (await _upload(tenant, "/portal/requests/nope", 1)).status_code == 404
        await tenant.post(f"/api/v1/client-requests/{sent['id']}/cancel")
        closed = await tenant.api.get(link)
        assert closed.status_code == 410 and "Bank statements" not in closed.text

    @pytest.mark.parametrize(
        "decision",
        [{"decision": "ACCEPT"}, {"decision": "REQUEST_CHANGES", "comment": "Page 2"}],
    )
    async def test_a_cancelled_request_takes_no_review(
        self, tenant: TenantHandle, firm: Firm, decision: dict[str, Any]
    ) -> None:
        sent, link = await _sent(tenant, firm, items=[{"title": "W-2"}])
        first = sent["items"][0]["id"]
        await _upload(tenant, link, first)
        await tenant.post(f"/api/v1/client-requests/{sent['id']}/cancel")
        mailed = len(await _messages(tenant, sent["id"]))
        refused = await _review(tenant, sent["id"], first, **decision)
        assert refused.status_code == 409, refused.text
        assert refused.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"
        shown = (await tenant.get(f"/api/v1/client-requests/{sent['id']}")).json()["data"]
        assert shown["status"] == "CANCELLED" and shown["items"][0]["status"] == "NEEDS_REVIEW"
        job = (await tenant.get(f"/api/v1/jobs/{firm.job['id']}")).json()["data"]
        assert job["status"] == firm.job["status"]
        assert len(await _messages(tenant, sent["id"])) == mailed

    async def test_a_contact_whose_email_was_removed_is_named_at_send(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        contact = await _contact(tenant, firm)
        made = (await tenant.post("/api/v1/client-requests", json=_body(firm, contact))).json()
        request_id = made["data"]["id"]
        removed = await tenant.patch(f"/api/v1/contacts/{contact}", json={"email": None})
        assert removed.status_code == 200, removed.text
        refused = await tenant.post(f"/api/v1/client-requests/{request_id}/send")
        assert refused.status_code == 400, refused.text
        (detail,) = refused.json()["error"]["details"]
        assert detail["path"] == "contactIds[0]" and "no email" in detail["message"]
        assert await _messages(tenant, request_id) == []
        shown = (await tenant.get(f"/api/v1/client-requests/{request_id}")).json()["data"]
        assert shown["status"] == "DRAFT" and shown["sentAt"] is None

    async def test_a_change_request_skips_a_contact_without_email(
        self, tenant: TenantHandle, firm: Firm
    ) -> None:
        sent, link = await _sent(tenant, firm)
        first = sent["items"][0]["id"]
        await _upload(tenant, link, first)
        contact = sent["contacts"][0]["contactId"]
        await tenant.patch(f"/api/v1/contacts/{contact}", json={"email": None})
        asked = await _review(
            tenant, sent["id"], first, decision="REQUEST_CHANGES", comment="Page 2 is missing"
        )
        assert asked.status_code == 200, asked.text
        assert asked.json()["data"]["items"][0]["status"] == "CHANGES_REQUESTED"

    async def test_another_tenants_request_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle, firm: Firm
    ) -> None:
        sent, _ = await _sent(tenant, firm)
        assert (await other_tenant.get(f"/api/v1/client-requests/{sent['id']}")).status_code == 404
        item = sent["items"][0]["id"]
        review = await _review(other_tenant, sent["id"], item, decision="ACCEPT")
        assert review.status_code == 404


async def _messages(tenant: TenantHandle, request_id: int) -> list[dict[str, Any]]:
    listed = await tenant.get(
        "/api/v1/outbound-messages",
        params={"relatedType": "client_request", "relatedId": request_id},
    )
    messages: list[dict[str, Any]] = listed.json()["data"]
    return messages


class TestOverdue:
    """`status` reads OVERDUE while a request is open past its due date: in lists, searches
    and gets, and in their filters (`SENT` leaves the overdue ones out)."""

    async def test_status_reads_and_filters_overdue(self, tenant: TenantHandle, firm: Firm) -> None:
        contact = await _contact(tenant, firm)
        made = {}
        # Past due, yet within the grace its links keep after the due date.
        late = {"dueDate": (date.today() - timedelta(days=5)).isoformat()}
        for name, due in (("late", late), ("due", {}), ("draft", {})):
            body = _body(firm, contact) | due
            if due:
                body.pop("dueInDays")
            created = await tenant.post("/api/v1/client-requests", json=body)
            assert created.status_code == 201, created.text
            made[name] = created.json()["data"]["id"]
        for name in ("late", "due"):
            sent = await tenant.post(f"/api/v1/client-requests/{made[name]}/send")
            assert sent.status_code == 200, sent.text

        async def listed(path: str, body: dict[str, Any]) -> dict[int, str]:
            answer = await tenant.post(path, json=body)
            assert answer.status_code == 200, answer.text
            return {row["id"]: row["status"] for row in answer.json()["clientRequests"]}

        everything = await listed("/gql/v1/client_requests", {})
        assert everything == {made["late"]: "OVERDUE", made["due"]: "SENT", made["draft"]: "DRAFT"}
        assert await listed("/gql/v1/client_requests", {"status": "OVERDUE"}) == {
            made["late"]: "OVERDUE"
        }
        assert set(await listed("/gql/v1/client_requests", {"status": "SENT"})) == {made["due"]}
        search = "/gql/v1/client_requests/search"
        overdue = {"where": {"status": {"_eq": "OVERDUE"}}}
        assert set(await listed(search, overdue)) == {made["late"]}
        others = {"where": {"status": {"_neq": "OVERDUE"}}}
        assert set(await listed(search, others)) == {made["due"], made["draft"]}
        either = {"where": {"_or": [{"status": {"_in": ["SENT", "DRAFT"]}}]}}
        assert set(await listed(search, either)) == {made["due"], made["draft"]}
        read = await tenant.get(f"/gql/v1/client_request/{made['late']}")
        assert read.json()["status"] == "OVERDUE"
        detail = await tenant.get(f"/api/v1/client-requests/{made['late']}")
        assert detail.json()["data"]["status"] == "OVERDUE"


class TestVersionsAndEvents:
    """Every change a request's read shows is a new version (and ETag) with its event, and
    every operation written is one a subscription can name."""

    @pytest.mark.parametrize(
        "due",
        [{"dueInDays": 14}, {"dueInDays": None, "dueDate": "overdue"}],
        ids=["due_later", "overdue"],
    )
    async def test_each_upload_and_review_is_a_version_with_a_catalogued_event(
        self, tenant: TenantHandle, firm: Firm, due: dict[str, Any]
    ) -> None:
        if due.get("dueDate") == "overdue":  # reads OVERDUE, stored SENT then IN_PROGRESS
            due = due | {"dueDate": (date.today() - timedelta(days=5)).isoformat()}
        sent, link = await _sent(tenant, firm, **due)
        first, second = (item["id"] for item in sent["items"])
        path = f"/api/v1/client-requests/{sent['id']}"
        steps = [
            lambda: _upload(tenant, link, first),
            lambda: _review(tenant, sent["id"], first, decision="REQUEST_CHANGES", comment="p2"),
            lambda: _upload(tenant, link, first),
            lambda: _upload(tenant, link, second),
            lambda: _review(tenant, sent["id"], first, decision="ACCEPT"),
            lambda: _review(tenant, sent["id"], second, decision="ACCEPT"),
        ]
        before = await tenant.get(path)
        for step in steps:
            events = len(await _events(tenant, sent["id"]))
            assert (await step()).status_code == 200
            after = await tenant.get(path)
            assert after.json()["data"]["version"] > before.json()["data"]["version"]
            assert after.headers["etag"] != before.headers["etag"]
            assert len(await _events(tenant, sent["id"])) == events + 1
            before = after
        catalog = await tenant.get("/api/v1/event-subscriptions/catalog")
        named = {
            e["operation"] for e in catalog.json()["data"] if e["entityType"] == "client_request"
        }
        written = [e["operation"] for e in await _events(tenant, sent["id"])]
        assert set(written) <= named
        assert written == ["CREATE", "SENT", "IN_PROGRESS", *["UPDATE"] * 4, "COMPLETED"]


async def _events(tenant: TenantHandle, request_id: int) -> list[dict[str, Any]]:
    return [e for e in await events_of(tenant, "client_request") if e["entity_id"] == request_id]
