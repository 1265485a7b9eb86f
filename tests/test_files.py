"""Files (records-events.md §2): uploads, downloads, ranges, signed URLs, tenants, limits."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import anyio
import pytest
from fastapi import FastAPI
from pydantic import ValidationError

from openwyn.app import create_app
from openwyn.auth.roles import Role
from openwyn.config import Settings
from openwyn.files import service, signing
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


def _multipart(content: bytes, part_headers: str = "") -> tuple[bytes, dict[str, str]]:
    """A one-file multipart body built by hand (to control its part headers)."""
    boundary = "openwyn-test-boundary"
    head = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="raw.bin"\r\n'
        f"{part_headers}\r\n"
    )
    body = head.encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


async def _in_chunks(body: bytes, size: int = 16 * 1024) -> AsyncIterator[bytes]:
    # An async body makes httpx stream it without a Content-Length (chunked).
    for start in range(0, len(body), size):
        yield body[start : start + size]


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
        assert 'filename="Bilan _t_.pdf"' in disposition  # the ASCII fallback
        assert download.headers["accept-ranges"] == "bytes"
        assert download.headers["cache-control"] == "private"

    async def test_the_content_type_defaults_to_octet_stream(self, tenant: TenantHandle) -> None:
        for part_headers in ("", "Content-Type: not a media type\r\n"):
            body, headers = _multipart(b"abc", part_headers)
            response = await tenant.post("/api/v1/files", content=body, headers=headers)
            assert response.status_code == 201, response.text
            assert response.json()["data"]["contentType"] == "application/octet-stream"

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

    @pytest.mark.parametrize(
        "header", ["bytes=0-1,5-6", "bytes=200-100", "items=0-9", "bytes=abc", "bytes=" + "9" * 40]
    )
    async def test_a_malformed_or_multiple_range_gets_the_whole_file(
        self, tenant: TenantHandle, header: str
    ) -> None:
        meta = await _uploaded(tenant)
        response = await tenant.get(
            f"/api/v1/files/{meta['id']}/content", headers={"Range": header}
        )
        assert response.status_code == 200 and response.content == PAYLOAD
        assert "content-range" not in response.headers

    async def test_a_suffix_longer_than_the_file_is_the_whole_file(
        self, tenant: TenantHandle
    ) -> None:
        meta = await _uploaded(tenant, content=b"0123456789")
        path = f"/api/v1/files/{meta['id']}/content"
        response = await tenant.get(path, headers={"Range": "bytes=-50"})
        assert response.status_code == 206 and response.content == b"0123456789"
        assert response.headers["content-range"] == "bytes 0-9/10"
        clipped = await tenant.get(path, headers={"Range": "bytes=8-50"})
        assert clipped.content == b"89" and clipped.headers["content-range"] == "bytes 8-9/10"

    async def test_no_range_of_an_empty_file_is_satisfiable(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant, content=b"")
        for header in ("bytes=-5", "bytes=0-"):
            response = await tenant.get(
                f"/api/v1/files/{meta['id']}/content", headers={"Range": header}
            )
            assert response.status_code == 416
            assert response.headers["content-range"] == "bytes */0"

    async def test_if_none_match_is_304(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        etag = f'"{meta["sha256"]}"'
        path = f"/api/v1/files/{meta['id']}/content"
        cached = await tenant.get(path, headers={"If-None-Match": etag})
        assert cached.status_code == 304 and cached.content == b""
        assert cached.headers["etag"] == etag
        listed = await tenant.get(path, headers={"If-None-Match": f'"other", W/{etag}'})
        assert listed.status_code == 304
        stale = await tenant.get(path, headers={"If-None-Match": '"other"'})
        assert stale.status_code == 200

    async def test_an_empty_file(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant, content=b"")
        download = await tenant.get(f"/api/v1/files/{meta['id']}/content")
        assert download.status_code == 200 and download.content == b""


class TestTheForm:
    async def test_a_field_given_twice_is_400_and_stores_nothing(
        self, tenant: TenantHandle
    ) -> None:
        for name, values in (("description", ["a", "b"]), ("file", None)):
            files = [("file", ("a.txt", b"abc", "text/plain"))]
            if values is None:
                files.append(("file", ("b.txt", b"def", "text/plain")))
            data = {name: values} if values is not None else {}
            response = await tenant.api.post(
                "/api/v1/files", files=files, data=data, headers=tenant.headers
            )
            assert response.status_code == 400, response.text
            assert response.json()["error"]["details"] == [
                {"path": name, "message": "must be given once"}
            ]
        listed = await tenant.get("/api/v1/files")
        assert listed.json()["meta"]["pagination"]["total"] == 0


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
                # Declared too large (Content-Length), streamed too large (chunked, no length),
                # and just over the file limit but within the multipart overhead the edge allows.
                body, headers = _multipart(os.urandom(400 * 1024))
                streamed = await tenant.post(
                    "/api/v1/files", content=_in_chunks(body), headers=headers
                )
                near = await _upload(tenant, content=os.urandom(100 * 1024 + 1))
                for refused in (streamed, near):
                    assert refused.status_code == 413, refused.text
                    assert refused.json()["error"]["code"] == "PAYLOAD_TOO_LARGE"
                listed = await tenant.get("/api/v1/files")
                assert listed.json()["meta"]["pagination"]["total"] == 0
                assert _stored_files(small.resolved_files_dir()) == []  # no blob, no temp file
                assert (await _upload(tenant, content=b"x" * 100 * 1024)).status_code == 201
        finally:
            await app.state.ctx.aclose()

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

    async def test_bytes_missing_from_storage_are_404_not_a_cut_download(
        self, tenant: TenantHandle, settings: Settings
    ) -> None:
        meta = await _uploaded(tenant)
        for blob in _stored_files(settings.resolved_files_dir() / str(tenant.id)):
            blob.unlink()
        response = await tenant.get(f"/api/v1/files/{meta['id']}/content")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "NOT_FOUND"

    async def test_shared_bytes_stay_until_the_last_file_goes(
        self, tenant: TenantHandle, settings: Settings
    ) -> None:
        one, two = await _uploaded(tenant), await _uploaded(tenant)
        await tenant.delete(f"/api/v1/files/{one['id']}")
        assert (await tenant.get(f"/api/v1/files/{two['id']}/content")).content == PAYLOAD
        await tenant.delete(f"/api/v1/files/{two['id']}")
        assert _stored_files(settings.resolved_files_dir() / str(tenant.id)) == []
        assert (await tenant.get(f"/api/v1/files/{two['id']}")).status_code == 404

    async def test_an_upload_racing_the_clean_up_of_its_bytes_keeps_them(
        self, tenant: TenantHandle
    ) -> None:
        """An upload saves its bytes, then the last other file with those bytes is deleted and
        its clean-up removes them, then the upload records its file: it must find them gone
        and store them again, or its file would never download."""
        first = await _uploaded(tenant)
        storage = tenant.ctx.files
        source = io.BytesIO(PAYLOAD)
        blob = await storage.save(tenant.id, source, len(PAYLOAD))
        assert (await tenant.delete(f"/api/v1/files/{first['id']}")).status_code == 204
        assert not await storage.exists(tenant.id, blob.sha256)
        async with tenant.ctx.db.session() as session:
            await service.keep_content(session, storage, tenant.id, blob, source)
            nowhere = service.Attachment(None, None, None)
            item = await service.store(
                session, tenant.id, blob, "late.pdf", "application/pdf", nowhere, None
            )
        download = await tenant.get(f"/api/v1/files/{item['id']}/content")
        assert download.status_code == 200 and download.content == PAYLOAD

    async def test_concurrent_uploads_and_deletes_of_the_same_bytes_lose_none(
        self, tenant: TenantHandle
    ) -> None:
        seeded = [await _uploaded(tenant) for _ in range(4)]
        deletes = [tenant.delete(f"/api/v1/files/{item['id']}") for item in seeded]
        answers = await asyncio.gather(*deletes, *(_upload(tenant) for _ in range(4)))
        assert all(answer.status_code in (201, 204) for answer in answers)
        for answer in answers[len(deletes) :]:
            download = await tenant.get(f"/api/v1/files/{answer.json()['data']['id']}/content")
            assert download.status_code == 200 and download.content == PAYLOAD


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
        by_system_ref = await tenant.get(
            "/api/v1/files", params={"recordType": "client", "systemRef": "PMS-1"}
        )
        assert len(by_system_ref.json()["data"]) == 2
        everything = await tenant.get("/api/v1/files")
        assert everything.json()["data"][0]["id"] == loose["id"]  # newest first

    async def test_listing_is_paged(self, tenant: TenantHandle) -> None:
        ids = [(await _uploaded(tenant, content=bytes([n])))["id"] for n in range(3)]
        first = await tenant.get("/api/v1/files", params={"page": 0, "pageSize": 2})
        second = await tenant.get("/api/v1/files", params={"page": 1, "pageSize": 2})
        assert first.json()["meta"]["pagination"] == {"page": 0, "pageSize": 2, "total": 3}
        seen = [f["id"] for f in first.json()["data"] + second.json()["data"]]
        assert sorted(seen) == sorted(ids)

    async def test_an_id_and_a_system_ref_must_name_the_same_record(
        self, tenant: TenantHandle
    ) -> None:
        client = await tenant.create("clients", {"name": "Acme", "pmsRef": "PMS-1"})
        fields = {"recordType": "client", "recordId": str(client["id"]), "systemRef": "PMS-2"}
        response = await _upload(tenant, **fields)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "systemRef"

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
    async def test_unknown_records_are_400(
        self, tenant: TenantHandle, fields: dict[str, str], path: str
    ) -> None:
        response = await _upload(tenant, **fields)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == path

    async def test_another_tenants_record_is_unknown(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        await other_tenant.create("clients", {"name": "Theirs", "pmsRef": "PMS-9"})
        response = await _upload(tenant, recordType="client", systemRef="PMS-9")
        assert response.status_code == 400


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
        signature = signing.signature(secret, tenant.id, meta["id"], meta["sha256"], expired)
        query = urlencode({"tenant": tenant.id, "expires": expired, "signature": signature})
        url = f"/api/v1/files/{meta['id']}/content?{query}"
        assert (await tenant.api.get(url)).status_code == 403
        fresh = signing.signature(secret, tenant.id, meta["id"], meta["sha256"], expired + 120)
        query = urlencode({"tenant": tenant.id, "expires": expired + 120, "signature": fresh})
        url = f"/api/v1/files/{meta['id']}/content?{query}"
        assert (await tenant.api.get(url)).status_code == 200

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("signature", "zz"),
            ("signature", "0" * 65),
            ("expires", "soon"),
            ("expires", "-1"),
            ("tenant", "x"),
            ("tenant", None),
        ],
    )
    async def test_a_malformed_link_is_403(
        self, tenant: TenantHandle, name: str, value: str | None
    ) -> None:
        meta = await _uploaded(tenant)
        url = urlsplit(await self._url(tenant, meta["id"]))
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if value is None:
            del query[name]
        else:
            query[name] = value
        assert (await tenant.api.get(f"{url.path}?{urlencode(query)}")).status_code == 403

    async def test_a_link_dies_with_its_file(self, tenant: TenantHandle) -> None:
        # SQLite may hand the deleted id to the next upload; the link must not open that file.
        meta = await _uploaded(tenant, content=b"first")
        url = await self._url(tenant, meta["id"])
        await tenant.delete(f"/api/v1/files/{meta['id']}")
        await _uploaded(tenant, content=b"second")
        assert (await tenant.api.get(url)).status_code == 403

    async def test_a_retry_with_the_same_idempotency_key_gets_the_same_link(
        self, tenant: TenantHandle
    ) -> None:
        meta = await _uploaded(tenant)
        path, headers = f"/api/v1/files/{meta['id']}/download-url", {"Idempotency-Key": "k-1"}
        first = await tenant.post(path, json={"expiresIn": 60}, headers=headers)
        await anyio.sleep(1.1)  # a fresh link would carry a later expiry
        again = await tenant.post(path, json={"expiresIn": 60}, headers=headers)
        assert again.json()["data"] == first.json()["data"]

    async def test_the_url_starts_with_the_public_url_whatever_the_host_header_says(
        self, settings: Settings
    ) -> None:
        public = "https://files.example.com/openwyn"
        app = create_app(settings.model_copy(update={"public_url": public + "/"}))
        async with Api.for_app(app) as api:
            tenant = await make_tenant(app, api)
            meta = await _uploaded(tenant)
            path = f"/api/v1/files/{meta['id']}/download-url"
            for host in ("evil.example", "openwyn.test"):
                response = await tenant.post(path, headers={"Host": host})
                assert response.status_code == 200, response.text
                url = response.json()["data"]["url"]
                assert url.startswith(f"{public}/api/v1/files/{meta['id']}/content?"), url
        await app.state.ctx.aclose()

    @pytest.mark.parametrize("development", [False, True])
    async def test_without_a_public_url_only_development_mode_uses_the_requests_host(
        self, settings: Settings, development: bool
    ) -> None:
        changed = {"public_url": None, "webhooks_allow_insecure": development}
        app = create_app(settings.model_copy(update=changed))
        async with Api.for_app(app) as api:
            tenant = await make_tenant(app, api)
            meta = await _uploaded(tenant)
            path = f"/api/v1/files/{meta['id']}/download-url"
            response = await tenant.post(path, headers={"Host": "dev.example:8000"})
        await app.state.ctx.aclose()
        if development:
            assert response.status_code == 200, response.text
            assert response.json()["data"]["url"].startswith("http://dev.example:8000/api/v1/")
        else:
            assert response.status_code == 409
            assert "OPENWYN_PUBLIC_URL" in response.json()["error"]["message"]

    @pytest.mark.parametrize(
        "value", ["files.example.com", "ftp://files.example.com", "https://x.example/?a=1"]
    )
    def test_a_public_url_that_is_no_base_is_refused_at_start(self, value: str) -> None:
        with pytest.raises(ValidationError, match="OPENWYN_PUBLIC_URL"):
            Settings(public_url=value)

    async def test_the_default_expiry_is_an_hour(self, tenant: TenantHandle) -> None:
        meta = await _uploaded(tenant)
        before = time.time()
        response = await tenant.post(f"/api/v1/files/{meta['id']}/download-url")
        after = time.time()
        assert response.status_code == 200, response.text
        query = parse_qs(urlsplit(response.json()["data"]["url"]).query)
        # An hour from when the server answered, to the second it rounds to.
        assert before + 3600 - 1 <= int(query["expires"][0]) <= after + 3600 + 1
        assert response.json()["data"]["url"].startswith("http://openwyn.test/api/v1/files/")

    @pytest.mark.parametrize(
        "body", [{"expiresIn": 0}, {"expiresIn": 8 * 24 * 3600}, {"expiresIn": "60"}, {"x": 1}]
    )
    async def test_bad_download_url_bodies_are_400(
        self, tenant: TenantHandle, body: dict[str, Any]
    ) -> None:
        meta = await _uploaded(tenant)
        response = await tenant.post(f"/api/v1/files/{meta['id']}/download-url", json=body)
        assert response.status_code == 400


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
        path = f"/api/v1/files/{meta['id']}"
        checks = [
            await tenant.api.post("/api/v1/files", files=files, headers=headers),
            await tenant.api.get("/api/v1/files", headers=headers),
            await tenant.api.get(path, headers=headers),
            await tenant.api.get(f"{path}/content", headers=headers),
            await tenant.api.post(f"{path}/download-url", json={}, headers=headers),
            await tenant.api.delete(path, headers=headers),
        ]
        assert [c.status_code for c in checks] == [403] * 6
        assert (await tenant.api.get(f"/api/v1/files/{meta['id']}/content")).status_code == 401


async def test_the_app_fixture_stores_files_under_the_test_directory(app: FastAPI) -> None:
    assert "files" in str(app.state.ctx.settings.resolved_files_dir())


class TestSanitising:
    @pytest.mark.parametrize(
        ("raw", "clean"),
        [
            (None, "file"),
            ("..", "file"),
            ("C:\\Users\\me\\tax.pdf", "tax.pdf"),
            ("a\x00b\x1fc\x85.txt", "a_b_c_.txt"),
            ("invoice\u202egpj.exe", "invoice_gpj.exe"),
            ("x" * 300 + ".pdf", "x" * 255),
        ],
    )
    def test_file_names(self, raw: str | None, clean: str) -> None:
        assert service.safe_name(raw) == clean

    @pytest.mark.parametrize(
        ("raw", "clean"),
        [
            ("text/plain; charset=utf-8", "text/plain; charset=utf-8"),
            ("application/vnd.ms-excel", "application/vnd.ms-excel"),
            (None, "application/octet-stream"),
            ("text/é", "application/octet-stream"),
            ("text/plain" + "; x=y" * 60, "application/octet-stream"),
        ],
    )
    def test_content_types(self, raw: str | None, clean: str) -> None:
        assert service.safe_content_type(raw) == clean
