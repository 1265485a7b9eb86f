"""Files (records-events.md §2): uploads, downloads, ranges, signed URLs, tenants, limits."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from fastapi import FastAPI

from openwyn.app import create_app
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.files import signing
from tests.fixtures.api import Api, TenantHandle, make_tenant

pytestmark = pytest.mark.anyio

PAYLOAD = os.urandom(300 * 1024)


async def _upload(
    tenant: TenantHandle,
    content: bytes = PAYLOAD,
    name: str = "report.pdf",
    **fields: Any,
) -> Any:
    files = {"file": (name, content, "application/pdf")}
    return await tenant.api.post("/api/v1/files", files=files, data=fields, headers=tenant.headers)


async def _uploaded(tenant: TenantHandle, **kwargs: Any) -> dict[str, Any]:
    response = await _upload(tenant, **kwargs)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _stored_files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


class TestRoundTrip:
    async def test_bytes_come_back_exactly_with_their_metadata(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant, description="FY2025 return")
        assert meta["size"] == len(PAYLOAD)
        assert meta["sha256"] == hashlib.sha256(PAYLOAD).hexdigest()
        assert meta["name"] == "report.pdf" and meta["contentType"] == "application/pdf"
        assert meta["description"] == "FY2025 return" and meta["recordType"] is None
        same = await tenant.get(f"/api/v1/files/{meta['id']}")
        assert same.json()["data"] == meta
        download = await tenant.get(f"/api/v1/files/{meta['id']}/content")
        assert download.status_code == 200
        assert download.content == PAYLOAD
        assert download.headers["content-length"] == str(len(PAYLOAD))
        assert download.headers["etag"] == f'"{meta["sha256"]}"'
        assert download.headers["x-content-type-options"] == "nosniff"
        assert download.headers["content-type"] == "application/pdf"

    async def test_names_are_sanitised_and_non_ascii_names_survive(
        self, tenant: TenantHandle
    ) -> None:
        meta = await _uploaded(tenant, name="../../etc/Bilan été.pdf")
        assert meta["name"] == "Bilan été.pdf"
        download = await tenant.get(f"/api/v1/files/{meta['id']}/content")
        disposition = download.headers["content-disposition"]
        assert disposition.startswith("attachment;")
        assert "filename*=UTF-8''Bilan%20%C3%A9t%C3%A9.pdf" in disposition

    @pytest.mark.parametrize(
        ("header", "start", "end"),
        [
            ("bytes=0-99", 0, 99),
            ("bytes=1000-1999", 1000, 1999),
            ("bytes=-500", None, None),
            ("bytes=307000-", 307000, None),
        ],
    )
    async def test_a_range_returns_exactly_those_bytes(
        self, tenant: TenantHandle, header: str, start: int | None, end: int | None
    ) -> None:
        meta = await _uploaded(tenant)
        response = await tenant.get(
            f"/api/v1/files/{meta['id']}/content", headers={"Range": header}
        )
        assert response.status_code == 206
        expected = (
            PAYLOAD[-500:] if start is None else PAYLOAD[start : None if end is None else end + 1]
        )
        assert response.content == expected
        first = len(PAYLOAD) - 500 if start is None else start
        last = first + len(expected) - 1
        assert response.headers["content-range"] == f"bytes {first}-{last}/{len(PAYLOAD)}"

    async def test_an_unsatisfiable_range_is_416(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        response = await tenant.get(
            f"/api/v1/files/{meta['id']}/content", headers={"Range": f"bytes={len(PAYLOAD)}-"}
        )
        assert response.status_code == 416
        assert response.headers["content-range"] == f"bytes */{len(PAYLOAD)}"

    async def test_if_none_match_is_304(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        etag = f'"{meta["sha256"]}"'
        path = f"/api/v1/files/{meta['id']}/content"
        cached = await tenant.get(path, headers={"If-None-Match": etag})
        assert cached.status_code == 304 and cached.content == b""
        stale = await tenant.get(path, headers={"If-None-Match": '"other"'})
        assert stale.status_code == 200

    async def test_an_empty_file(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant, content=b"")
        download = await tenant.get(f"/api/v1/files/{meta['id']}/content")
        assert download.status_code == 200 and download.content == b""


class TestLimitsAndStorage:
    async def test_a_file_over_the_limit_is_413_and_leaves_nothing(
        self, settings: Settings, tmp_path: Path
    ) -> None:
        small = settings.model_copy(update={"files_max_bytes": 100 * 1024})
        app = create_app(small)
        try:
            async with Api.for_app(app) as api:
                tenant = await make_tenant(app, api)
                response = await _upload(tenant)
                assert response.status_code == 413
                assert response.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
                listed = await tenant.get("/api/v1/files")
                assert listed.json()["meta"]["pagination"]["total"] == 0
                assert _stored_files(small.resolved_files_dir() / str(tenant.id)) == []
                assert (await _upload(tenant, content=b"x" * 1024)).status_code == 201
        finally:
            await app.state.ctx.db.dispose()

    async def test_blobs_are_written_whole_once_per_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle, settings: Settings
    ) -> None:
        first = await _uploaded(tenant)
        await _uploaded(tenant)
        theirs = await _uploaded(other_tenant)
        root = settings.resolved_files_dir()
        mine = _stored_files(root / str(tenant.id))
        assert [path.name for path in mine] == [first["sha256"]]  # no temporary file left
        assert len(_stored_files(root / str(other_tenant.id))) == 1
        # Deleting one tenant's copy leaves the other's downloadable.
        assert (await other_tenant.delete(f"/api/v1/files/{theirs['id']}")).status_code == 204
        assert _stored_files(root / str(other_tenant.id)) == []
        kept = await tenant.get(f"/api/v1/files/{first['id']}/content")
        assert kept.content == PAYLOAD

    async def test_shared_bytes_stay_until_the_last_file_goes(
        self, tenant: TenantHandle, settings: Settings
    ) -> None:
        one, two = await _uploaded(tenant), await _uploaded(tenant)
        await tenant.delete(f"/api/v1/files/{one['id']}")
        assert (await tenant.get(f"/api/v1/files/{two['id']}/content")).content == PAYLOAD
        await tenant.delete(f"/api/v1/files/{two['id']}")
        assert _stored_files(settings.resolved_files_dir() / str(tenant.id)) == []
        assert (await tenant.get(f"/api/v1/files/{two['id']}")).status_code == 404


class TestAttachments:
    async def test_by_system_ref_or_id_and_listed_by_them(self, tenant: TenantHandle) -> None:
        client = await tenant.create("clients", {"name": "Acme", "pmsRef": "PMS-1"})
        by_ref = await _uploaded(tenant, recordType="client", systemRef="PMS-1")
        by_id = await _uploaded(tenant, recordType="client", recordId=str(client["id"]))
        loose = await _uploaded(tenant)
        for meta in (by_ref, by_id):
            assert (meta["recordType"], meta["recordId"], meta["systemRef"]) == (
                "client",
                client["id"],
                "PMS-1",
            )
        listed = await tenant.get(
            "/api/v1/files", params={"recordType": "client", "recordId": client["id"]}
        )
        assert sorted(f["id"] for f in listed.json()["data"]) == sorted([by_ref["id"], by_id["id"]])
        everything = await tenant.get("/api/v1/files")
        assert everything.json()["data"][0]["id"] == loose["id"]  # newest first

    @pytest.mark.parametrize(
        ("fields", "path"),
        [
            ({"recordType": "planet", "systemRef": "X"}, "recordType"),
            ({"recordType": "client", "systemRef": "nobody"}, "systemRef"),
            ({"recordType": "client", "recordId": "999999"}, "recordId"),
            ({"systemRef": "PMS-1"}, "recordType"),
            ({"recordType": "client"}, "recordId"),
        ],
    )
    async def test_unknown_records_are_422(
        self, tenant: TenantHandle, fields: dict[str, str], path: str
    ) -> None:
        response = await _upload(tenant, **fields)
        assert response.status_code == 422
        assert response.json()["error"]["details"][0]["path"] == path

    async def test_another_tenants_record_is_unknown(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await other_tenant.create("clients", {"name": "Theirs", "pmsRef": "PMS-9"})
        response = await _upload(tenant, recordType="client", systemRef="PMS-9")
        assert response.status_code == 422


class TestSignedUrls:
    async def _url(self, tenant: TenantHandle, file_id: int, seconds: int = 60) -> str:
        response = await tenant.post(
            f"/api/v1/files/{file_id}/download-url", json={"expiresIn": seconds}
        )
        assert response.status_code == 200, response.text
        url: str = response.json()["data"]["url"]
        return url

    async def test_a_signed_url_downloads_without_a_token(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        url = await self._url(tenant, meta["id"])
        response = await tenant.api.get(url)  # no Authorization header
        assert response.status_code == 200 and response.content == PAYLOAD

    @pytest.mark.parametrize("part", ["signature", "expires", "tenant", "id"])
    async def test_a_tampered_url_is_403(
        self, tenant: TenantHandle, other_tenant: TenantHandle, part: str
    ) -> None:
        meta = await _uploaded(tenant)
        theirs = await _uploaded(other_tenant)
        url = urlsplit(await self._url(tenant, meta["id"]))
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        path = url.path
        if part == "signature":
            flipped = "0" if query["signature"][0] != "0" else "1"
            query["signature"] = flipped + query["signature"][1:]
        elif part == "expires":
            query["expires"] = str(int(query["expires"]) + 3600)
        elif part == "tenant":
            query["tenant"] = str(other_tenant.id)
        else:
            path = path.replace(str(meta["id"]), str(theirs["id"]))
        response = await tenant.api.get(f"{path}?{urlencode(query)}")
        assert response.status_code == 403

    async def test_an_expired_url_is_403(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        expired = int(time.time()) - 1
        secret = tenant.ctx.settings.resolved_jwt_secret
        signature = signing.signature(secret, tenant.id, meta["id"], expired)
        query = urlencode({"tenant": tenant.id, "expires": expired, "signature": signature})
        url = f"/api/v1/files/{meta['id']}/content?{query}"
        assert (await tenant.api.get(url)).status_code == 403
        fresh = signing.signature(secret, tenant.id, meta["id"], expired + 120)
        query = urlencode({"tenant": tenant.id, "expires": expired + 120, "signature": fresh})
        url = f"/api/v1/files/{meta['id']}/content?{query}"
        assert (await tenant.api.get(url)).status_code == 200

    @pytest.mark.parametrize(
        "body", [{"expiresIn": 0}, {"expiresIn": 8 * 24 * 3600}, {"expiresIn": "60"}, {"x": 1}]
    )
    async def test_bad_download_url_bodies_are_422(
        self, tenant: TenantHandle, body: dict[str, Any]
    ) -> None:
        meta = await _uploaded(tenant)
        response = await tenant.post(f"/api/v1/files/{meta['id']}/download-url", json=body)
        assert response.status_code == 422


class TestIsolationAndRoles:
    async def test_another_tenant_gets_404_everywhere(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        meta = await _uploaded(tenant)
        path = f"/api/v1/files/{meta['id']}"
        answers = [
            await other_tenant.get(path),
            await other_tenant.get(f"{path}/content"),
            await other_tenant.post(f"{path}/download-url", json={}),
            await other_tenant.delete(path),
        ]
        assert [a.status_code for a in answers] == [404] * 4
        listed = await other_tenant.get("/api/v1/files")
        assert listed.json()["data"] == []
        assert (await tenant.get(f"{path}/content")).content == PAYLOAD

    async def test_files_need_api_user(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        headers = {"Authorization": f"Bearer {await tenant.token_for(Role.RECORD_R)}"}
        files = {"file": ("a.txt", b"abc", "text/plain")}
        checks = [
            await tenant.api.post("/api/v1/files", files=files, headers=headers),
            await tenant.api.get("/api/v1/files", headers=headers),
            await tenant.api.get(f"/api/v1/files/{meta['id']}/content", headers=headers),
        ]
        assert [c.status_code for c in checks] == [403, 403, 403]
        assert (await tenant.api.get(f"/api/v1/files/{meta['id']}/content")).status_code == 401


async def test_the_app_fixture_stores_files_under_the_test_directory(app: FastAPI) -> None:
    assert "files" in str(app.state.ctx.settings.resolved_files_dir())
