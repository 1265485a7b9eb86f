"""The tenant's `engagements` settings (money-work.md §7): `executionRequiresSignedPdf` makes a
manual execution need `fileId`, an uploaded PDF of the tenant; without it execution stays as
it was. `GET|PUT /api/v1/settings/engagements` is for API admins; PUT replaces them whole."""

from __future__ import annotations

from typing import Any

import pytest

from openwyn.auth.roles import Role
from tests.fixtures.api import TenantHandle
from tests.fixtures.work import events_of
from tests.test_engagements import Setup, _act, _create, make_setup

pytestmark = pytest.mark.anyio

SETTINGS = "/api/v1/settings/engagements"
REQUIRED = "the firm's settings require the signed letter as an uploaded PDF"


@pytest.fixture
async def setup(tenant: TenantHandle) -> Setup:
    return await make_setup(tenant)


async def put_settings(tenant: TenantHandle, body: Any, **kwargs: Any) -> Any:
    headers = tenant.headers | kwargs.pop("headers", {})
    return await tenant.api.put(SETTINGS, json=body, headers=headers, **kwargs)


async def require_pdf(tenant: TenantHandle, required: bool = True) -> None:
    response = await put_settings(tenant, {"executionRequiresSignedPdf": required})
    assert response.status_code == 200, response.text


async def upload(tenant: TenantHandle, name: str, content: bytes, content_type: str) -> int:
    files = {"file": (name, content, content_type)}
    uploaded = await tenant.api.post("/api/v1/files", files=files, headers=tenant.headers)
    assert uploaded.status_code == 201, uploaded.text
    file_id: int = uploaded.json()["data"]["id"]
    return file_id


async def shown(tenant: TenantHandle, engagement_id: int) -> dict[str, Any]:
    data: dict[str, Any] = (await tenant.get(f"/api/v1/engagements/{engagement_id}")).json()["data"]
    return data


class TestSettings:
    async def test_the_default_requires_no_file(self, tenant: TenantHandle) -> None:
        response = await tenant.get(SETTINGS)
        assert response.status_code == 200 and response.headers["ETag"]
        assert response.json()["data"] == {"executionRequiresSignedPdf": False}

    async def test_settings_are_replaced_whole_and_read_back(self, tenant: TenantHandle) -> None:
        saved = await put_settings(tenant, {"executionRequiresSignedPdf": True})
        assert saved.status_code == 200, saved.text
        assert saved.json()["data"] == {"executionRequiresSignedPdf": True}
        read = await tenant.get(SETTINGS)
        assert read.json()["data"] == {"executionRequiresSignedPdf": True}
        assert read.headers["ETag"] != (await put_settings(tenant, {})).headers["ETag"]
        assert (await tenant.get(SETTINGS)).json()["data"] == {"executionRequiresSignedPdf": False}

    @pytest.mark.parametrize(
        ("body", "path"),
        [
            ({"executionRequiresSignedPdf": "yes"}, "executionRequiresSignedPdf"),
            ({"executionRequiresSignedPdf": 1}, "executionRequiresSignedPdf"),
            ({"executionRequiresSignedPdf": None}, "executionRequiresSignedPdf"),
            ({"surprise": True}, "surprise"),
        ],
    )
    async def test_bad_settings_are_400_naming_the_path(
        self, tenant: TenantHandle, body: dict[str, Any], path: str
    ) -> None:
        await require_pdf(tenant)
        response = await put_settings(tenant, body)
        assert response.status_code == 400, response.text
        assert path in [d["path"] for d in response.json()["error"]["details"]]
        assert (await tenant.get(SETTINGS)).json()["data"] == {"executionRequiresSignedPdf": True}

    async def test_settings_are_for_api_admins(self, tenant: TenantHandle) -> None:
        token = await tenant.token_for(Role.API_USER)
        headers = {"Authorization": f"Bearer {token}"}
        assert (await tenant.get(SETTINGS, headers=headers)).status_code == 403
        refused = await put_settings(tenant, {"executionRequiresSignedPdf": True}, headers=headers)
        assert refused.status_code == 403
        assert (await tenant.get(SETTINGS)).json()["data"] == {"executionRequiresSignedPdf": False}

    async def test_each_tenant_has_its_own(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await require_pdf(tenant)
        other = (await other_tenant.get(SETTINGS)).json()["data"]
        assert other == {"executionRequiresSignedPdf": False}


class TestExecutionRequiringASignedPdf:
    async def _refused(
        self, tenant: TenantHandle, made: dict[str, Any], body: dict[str, Any]
    ) -> str:
        """The 400's message at `fileId`, having checked that nothing changed."""
        before = await shown(tenant, made["id"])
        response = await _act(tenant, made["id"], "execute", json=body)
        assert response.status_code == 400, response.text
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == "fileId"
        assert await shown(tenant, made["id"]) == before
        operations = [e["operation"] for e in await events_of(tenant, "engagement")]
        assert "EXECUTED" not in operations
        message: str = detail["message"]
        return message

    async def test_without_a_file_it_is_400(self, tenant: TenantHandle, setup: Setup) -> None:
        await require_pdf(tenant)
        made = await _create(tenant, setup)
        assert REQUIRED in await self._refused(tenant, made, {})
        assert REQUIRED in await self._refused(tenant, made, {"fileId": None})

    @pytest.mark.parametrize("body", [{}, {"fileId": 999_999}])
    async def test_a_status_that_cannot_execute_is_409_before_the_file_is_looked_at(
        self, tenant: TenantHandle, setup: Setup, body: dict[str, Any]
    ) -> None:
        await require_pdf(tenant)
        made = await _create(tenant, setup)
        assert (await _act(tenant, made["id"], "cancel", json={})).status_code == 200
        response = await _act(tenant, made["id"], "execute", json=body)
        assert response.status_code == 409, response.text
        assert response.json()["error"]["details"][0]["reason"] == "INVALID_TRANSITION"

    @pytest.mark.parametrize(
        ("name", "content", "content_type"),
        [
            ("signed.txt", b"I agree", "text/plain"),
            ("signed.pdf", b"I agree, not a PDF", "application/pdf"),  # claimed, not so
            ("signed.pdf", b"%PDF", "application/pdf"),  # too short to be one
            ("signed.bin", b"%PDF-1.7 but called bytes", "application/octet-stream"),
        ],
    )
    async def test_a_file_that_is_not_a_pdf_is_400(
        self,
        tenant: TenantHandle,
        setup: Setup,
        name: str,
        content: bytes,
        content_type: str,
    ) -> None:
        await require_pdf(tenant)
        made = await _create(tenant, setup)
        file_id = await upload(tenant, name, content, content_type)
        assert "is not a PDF" in await self._refused(tenant, made, {"fileId": file_id})

    async def test_an_uploaded_pdf_executes(self, tenant: TenantHandle, setup: Setup) -> None:
        await require_pdf(tenant)
        made = await _create(tenant, setup)
        file_id = await upload(tenant, "signed.pdf", b"%PDF-1.4 signed", "application/pdf")
        executed = await _act(tenant, made["id"], "execute", json={"fileId": file_id})
        assert executed.status_code == 200, executed.text
        data = executed.json()["data"]
        assert data["status"] == "EXECUTED" and data["executedFileId"] == file_id

    async def test_another_tenants_pdf_is_no_file_of_this_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle, setup: Setup
    ) -> None:
        await require_pdf(tenant)
        made = await _create(tenant, setup)
        foreign = await upload(other_tenant, "signed.pdf", b"%PDF-1.4 signed", "application/pdf")
        message = await self._refused(tenant, made, {"fileId": foreign})
        assert message == f"no File with id {foreign}"

    async def test_when_not_required_execution_is_as_before(
        self, tenant: TenantHandle, setup: Setup
    ) -> None:
        await require_pdf(tenant, required=False)
        bare = await _create(tenant, setup)
        executed = await _act(tenant, bare["id"], "execute", json={})
        assert executed.status_code == 200, executed.text
        assert executed.json()["data"]["executedFileId"] is None
        with_text = await _create(tenant, setup)
        file_id = await upload(tenant, "signed.txt", b"I agree", "text/plain")
        executed = await _act(tenant, with_text["id"], "execute", json={"fileId": file_id})
        assert executed.status_code == 200, executed.text
        assert executed.json()["data"]["executedFileId"] == file_id
