"""Limits that keep one caller from exhausting the server (contract §3, §4, §5).

Bodies over 1 MiB are 413 on every JSON route, whether or not they declare their length;
pages over 1000 rows are 400 wherever a page size is taken (read family bodies, REST query
strings, records search, the feed's `limit`); `where` expressions deeper than 8, with more than
200 conditions, `_in` lists over 1000 or patterns over 256 characters are 400 on every search;
and the token exchange answers a flood from one address with 429 and `Retry-After`. Each limit
is checked at its boundary too, so an off-by-one in either direction fails.

The routes come from the app's routing table and its OpenAPI document, so new ones are covered.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.edge import PORTAL_PREFIX, UPLOAD_PATHS
from openwyn.web.ratelimit import SLOTS
from tests.fixtures.api import Api, TenantHandle, make_tenant
from tests.security.routes import served_routes
from tests.security.world import custom_type_body, ok, tag, upsert

pytestmark = pytest.mark.anyio

MAX_BODY = 1024 * 1024
MAX_PAGE = 1000


@pytest.fixture(scope="module")
async def tenant(shared_app: FastAPI, shared_api: Api) -> TenantHandle:
    return await make_tenant(shared_app, shared_api)


@pytest.fixture(scope="module")
async def identifiers(tenant: TenantHandle) -> dict[str, str]:
    """Path parameters naming the tenant's own objects, for routes that take a page size."""
    name = f"lim_{tag()}"
    await ok(await tenant.post("/api/v1/records/custom", json=custom_type_body(name)), 201)
    [outcome] = await upsert(
        tenant, {"type": name, "systemRef": "L-1", "attributes": {"title": "t", "year": 2020}}
    )
    assert outcome["status"] == "SUCCESS"
    body = {"entityType": "client", "operation": "CREATE", "deliveryUrl": "https://a.example/h"}
    created = await ok(await tenant.post("/api/v1/event-subscriptions", json=body), 201)
    return {"type": name, "id": str(created["data"]["subscription"]["id"])}


@pytest.fixture(scope="module")
async def document(shared_api: Api) -> dict[str, Any]:
    response = await shared_api.get("/openapi.json")
    answer: dict[str, Any] = response.json()
    return answer


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    ]


def _body_properties(document: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    """The top-level properties of an operation's JSON body, through its schema reference."""
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return set(schema.get("properties", {}))


def _query_parameters(operation: dict[str, Any]) -> set[str]:
    return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}


def _error_paths(response: httpx.Response) -> set[str]:
    return {d["path"] for d in response.json()["error"].get("details", [])}


async def _send(
    tenant: TenantHandle, method: str, path: str, json: Any = None, params: Any = None
) -> httpx.Response:
    return await tenant.api.request(method, path, json=json, params=params, headers=tenant.headers)


class TestBodySize:
    @staticmethod
    def _json_routes(app: FastAPI) -> list[tuple[str, str]]:
        return [
            (
                route.method,
                route.template.format(
                    id=1, deliveryId=1, statementId=1, itemId=1, type="t", name="t"
                ),
            )
            for route in served_routes(app)
            if route.method in ("POST", "PUT", "PATCH")
            and route.template not in UPLOAD_PATHS
            and not route.template.startswith(PORTAL_PREFIX)  # HTML forms: test_portal_limits
        ]

    async def test_every_json_route_refuses_a_body_over_the_limit(
        self, shared_app: FastAPI, tenant: TenantHandle
    ) -> None:
        # A valid JSON object one byte over: only its size is wrong.
        body = _padded_object(MAX_BODY + 1)
        admitted = []
        for method, path in self._json_routes(shared_app):
            response = await tenant.api.request(
                method, path, content=body, headers=tenant.headers | _JSON
            )
            if response.status_code != 413 or response.json()["error"]["code"] != (
                "PAYLOAD_TOO_LARGE"
            ):
                admitted.append(f"{method} {path} -> {response.status_code}")
        assert admitted == []

    async def test_every_json_route_refuses_a_streamed_body_over_the_limit(
        self, shared_app: FastAPI, tenant: TenantHandle
    ) -> None:
        # Without Content-Length the server must count as it reads, and stop.
        admitted = []
        for method, path in self._json_routes(shared_app):
            response = await tenant.api.request(
                method, path, content=_chunks(MAX_BODY + 1), headers=tenant.headers | _JSON
            )
            assert "content-length" not in response.request.headers
            if response.status_code != 413:
                admitted.append(f"{method} {path} -> {response.status_code}")
        assert admitted == []

    @pytest.mark.parametrize("streamed", [False, True], ids=["declared", "streamed"])
    async def test_a_body_exactly_at_the_limit_is_read(
        self, tenant: TenantHandle, streamed: bool
    ) -> None:
        body = _padded_object(MAX_BODY)
        content: Any = _chunks(MAX_BODY) if streamed else body
        response = await tenant.api.post(
            "/gql/v1/clients/search", content=content, headers=tenant.headers | _JSON
        )
        assert response.status_code == 200, response.text

    @pytest.mark.parametrize("streamed", [False, True], ids=["declared", "streamed"])
    async def test_an_upload_over_its_own_limit_is_413_and_stores_nothing(
        self, shared_settings: Settings, tmp_path: Any, streamed: bool
    ) -> None:
        small = shared_settings.model_copy(update={"files_max_bytes": 4096, "files_dir": tmp_path})
        app = create_app(small)
        try:
            async with Api.for_app(app) as api:
                tenant = await make_tenant(app, api)
                boundary = "security-suite-boundary"
                head = (
                    f"--{boundary}\r\nContent-Disposition: form-data; "
                    'name="file"; filename="big.bin"\r\n\r\n'
                ).encode()
                multipart = head + b"x" * (small.files_max_bytes + 1)
                multipart += f"\r\n--{boundary}--\r\n".encode()
                headers = tenant.headers | {
                    "Content-Type": f"multipart/form-data; boundary={boundary}"
                }
                content: Any = _stream(multipart) if streamed else multipart
                response = await api.post("/api/v1/files", content=content, headers=headers)
                assert response.status_code == 413, response.text
                listed = (await ok(await tenant.get("/api/v1/files")))["data"]
                assert listed == []
                assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
        finally:
            await app.state.ctx.aclose()


_JSON = {"Content-Type": "application/json"}


def _padded_object(size: int) -> bytes:
    """`{}` padded with whitespace to exactly `size` bytes: valid JSON of any length."""
    return b"{" + b" " * (size - 2) + b"}"


async def _chunks(size: int, chunk: int = 64 * 1024) -> AsyncIterator[bytes]:
    # An async body makes httpx send it chunked, without a Content-Length.
    body = _padded_object(size)
    for start in range(0, size, chunk):
        yield body[start : start + chunk]


async def _stream(body: bytes, chunk: int = 64 * 1024) -> AsyncIterator[bytes]:
    for start in range(0, len(body), chunk):
        yield body[start : start + chunk]


class TestPageSize:
    async def test_every_query_string_page_size_over_1000_is_400(
        self, document: dict[str, Any], tenant: TenantHandle, identifiers: dict[str, str]
    ) -> None:
        checked = []
        for method, path, operation in _operations(document):
            for name in _query_parameters(operation) & {"pageSize", "limit"}:
                url = path.format(**identifiers)
                refused = await _send(tenant, method, url, params={name: MAX_PAGE + 1})
                assert refused.status_code == 400, (url, name, refused.text)
                assert _error_paths(refused) == {name}
                accepted = await _send(tenant, method, url, params={name: MAX_PAGE})
                assert accepted.status_code == 200, (url, name, accepted.text)
                checked.append(f"{method} {path} {name}")
        # The feed's limit, the REST lists, files, subscriptions and the delivery log at least.
        assert "GET /api/v1/events limit" in checked
        assert "GET /api/v1/event-subscriptions/{id}/deliveries pageSize" in checked
        assert len(checked) >= 16

    async def test_every_body_page_size_over_1000_is_400(
        self, document: dict[str, Any], tenant: TenantHandle, identifiers: dict[str, str]
    ) -> None:
        checked = []
        for method, path, operation in _operations(document):
            for name in _body_properties(document, operation) & {"pageSize", "limit"}:
                url = path.format(**identifiers)
                refused = await _send(tenant, method, url, json={name: MAX_PAGE + 1})
                assert refused.status_code == 400, (url, name, refused.text)
                assert _error_paths(refused) == {name}
                accepted = await _send(tenant, method, url, json={name: MAX_PAGE})
                assert accepted.status_code == 200, (url, name, accepted.text)
                checked.append(f"{method} {path} {name}")
        # Read-family lists and searches of every entity, and the records search.
        assert "POST /api/v1/records/{type}/search pageSize" in checked
        assert len(checked) >= 4 * 12 + 1


def _nested(depth: int, leaf: dict[str, Any]) -> dict[str, Any]:
    """An expression `depth` levels deep: the root is level 1, each `_not` one deeper."""
    where = leaf
    for _ in range(depth - 1):
        where = {"_not": where}
    return where


def _conditions(count: int, number_field: str) -> dict[str, Any]:
    return {"_and": [{number_field: {"_neq": i}} for i in range(count)]}


class TestWhereLimits:
    """Each limit of the `where` language, just inside and just over it, on every search."""

    @staticmethod
    def _cases(number: str, text: str) -> list[tuple[str, dict[str, Any], bool]]:
        leaf = {number: {"_gte": 0}}
        return [
            ("depth 8", _nested(8, leaf), True),
            ("depth 9", _nested(9, leaf), False),
            ("depth 600", _nested(600, leaf), False),
            ("200 conditions", _conditions(200, number), True),
            ("201 conditions", _conditions(201, number), False),
            ("_in of 1000", {number: {"_in": list(range(1000))}}, True),
            ("_in of 1001", {number: {"_in": list(range(1001))}}, False),
            ("_nin of 1001", {number: {"_nin": list(range(1001))}}, False),
            ("_like of 256", {text: {"_like": "%" * 256}}, True),
            ("_like of 257", {text: {"_like": "%" * 257}}, False),
            ("_ilike of 257", {text: {"_ilike": "%" * 257}}, False),
            ("_regex of 256", {text: {"_regex": "." * 256}}, True),
            ("_regex of 257", {text: {"_regex": "." * 257}}, False),
        ]

    async def test_every_search_enforces_every_limit(
        self, document: dict[str, Any], tenant: TenantHandle, identifiers: dict[str, str]
    ) -> None:
        wrong: list[str] = []
        searches = 0
        for method, path, operation in _operations(document):
            if "where" not in _body_properties(document, operation):
                continue
            searches += 1
            # Custom records filter their own fields; directory entities all have id and pmsRef.
            custom = path.startswith("/api/v1/records/")
            fields = ("year", "systemRef") if custom else ("id", "pmsRef")
            if "draft_invoice_histories" in path:  # history rows have no pmsRef
                fields = ("id", "comment")
            if path.endswith("/statements/search"):  # statements are never sent by a PMS
                fields = ("id", "skipReason")
            if path.endswith("/payment_plans/search"):  # nor are payment plans
                fields = ("id", "status")
            url = path.format(**identifiers)
            for case, where, allowed in self._cases(*fields):
                response = await _send(tenant, method, url, json={"where": where})
                if allowed and response.status_code != 200:
                    wrong.append(f"{path} {case}: {response.status_code} {response.text[:200]}")
                if not allowed and not _refused_where(response):
                    wrong.append(f"{path} {case}: {response.status_code} {response.text[:200]}")
        assert wrong == []
        assert searches >= 13  # every directory entity and the custom records


def _refused_where(response: httpx.Response) -> bool:
    if response.status_code != 400:
        return False
    error = response.json()["error"]
    return error["code"] == "VALIDATION_FAILED" and all(
        path.startswith("where") for path in _error_paths(response)
    )


def _deep(levels: int) -> dict[str, Any]:
    """A JSON object `levels` objects deep."""
    value: dict[str, Any] = {"leaf": True}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


class TestFreeFormJsonDepth:
    """Free-form JSON nests at most 64 levels. Deeper documents were once stored and then
    failed every read with a 500 (the encoder stops at 255 levels), or failed the write
    itself with one."""

    async def test_a_json_attribute_of_64_levels_round_trips_and_65_is_refused(
        self, tenant: TenantHandle
    ) -> None:
        name = f"deep_{tag()}"
        body = {"name": name, "fields": [{"name": "blob", "type": "json"}]}
        await ok(await tenant.post("/api/v1/records/custom", json=body), 201)
        records = [
            {"type": name, "systemRef": f"D-{levels}", "attributes": {"blob": _deep(levels)}}
            for levels in (64, 65, 300)
        ]
        outcomes = await upsert(tenant, *records)
        assert [o["status"] for o in outcomes] == ["SUCCESS", "FAILED", "FAILED"]
        for outcome in outcomes[1:]:
            assert outcome["error"]["details"][0]["path"] == "attributes.blob"
        stored = await ok(await tenant.get(f"/api/v1/records/{name}/D-64"))
        assert stored["data"]["attributes"]["blob"] == _deep(64)
        found = await ok(await tenant.post(f"/api/v1/records/{name}/search", json={}))
        assert [r["systemRef"] for r in found["data"]] == ["D-64"]
        # An update deeper than the limit fails alone and leaves the record as it was.
        [changed] = await upsert(
            tenant, {"type": name, "systemRef": "D-64", "attributes": {"blob": _deep(65)}}
        )
        assert changed["status"] == "FAILED"
        assert (await ok(await tenant.get(f"/api/v1/records/{name}/D-64")))["data"] == stored[
            "data"
        ]

    @pytest.mark.parametrize("tool", ["generate", "validate"])
    async def test_webhook_tool_payloads_nest_at_most_64_levels(
        self, tenant: TenantHandle, tool: str
    ) -> None:
        signed = {
            "secret": "whsec_" + "A" * 40,
            "signature": "v1,x",
            "msgId": "msg_1",
            "timestamp": int(time.time()),
        }
        extra = {} if tool == "generate" else signed
        path = f"/api/v1/webhook/test/{tool}"
        accepted = await tenant.post(path, json={"payload": _deep(64)} | extra)
        assert accepted.status_code == 200, accepted.text
        for levels in (65, 300):
            refused = await tenant.post(path, json={"payload": _deep(levels)} | extra)
            assert refused.status_code == 400, refused.text
            assert _error_paths(refused) == {"payload"}


class TestTokenFlood:
    async def test_one_address_flooding_the_token_exchange_gets_429_with_retry_after(
        self, shared_settings: Settings
    ) -> None:
        # An hour-long window: no call ages out of it during the calls below.
        window = 3600
        limited = shared_settings.model_copy(
            update={"rate_limit_token_per_address": 3, "rate_limit_window_seconds": window}
        )
        app = create_app(limited)
        # Fresh addresses: on PostgreSQL the counters are shared through the database.
        flooder = f"203.0.113.{secrets.randbelow(250) + 1}"
        bystander = f"203.0.113.{(int(flooder.rsplit('.', 1)[1]) % 250) + 2}"
        try:
            async with Api.for_app(app, client_address=flooder) as api:
                tenant = await make_tenant(app, api)
                good = {"jwtApiKey": tenant.admin_key}
                codes = [
                    (await api.post("/v1/auth/token", json=good)).status_code for _ in range(3)
                ]
                assert codes == [200, 200, 200]
                # Over the limit, even a valid key is refused, and so is a guess.
                for body in (good, {"jwtApiKey": "owk_zzzzzzzz_" + "A" * 43}):
                    refused = await api.post("/v1/auth/token", json=body)
                    assert refused.status_code == 429
                    assert refused.json()["error"]["code"] == "RATE_LIMITED"
                    # A hit is remembered a window and at most one slot of it longer.
                    assert 1 <= int(refused.headers["Retry-After"]) <= window + window // SLOTS + 1
                    assert "token" not in refused.json()
            async with Api.for_app(app, client_address=bystander) as api:
                other = await api.post("/v1/auth/token", json=good)
                assert other.status_code == 200
        finally:
            await app.state.ctx.aclose()


def _limited_token_exchange(settings: Settings, trusted: str) -> FastAPI:
    """An app allowing two token exchanges per address, believing X-Forwarded-For only from
    `trusted` (OPENWYN_FORWARDED_ALLOW_IPS)."""
    return create_app(
        Settings(
            **settings.model_dump(exclude={"forwarded_allow_ips"}),
            forwarded_allow_ips=trusted,
        ).model_copy(update={"rate_limit_token_per_address": 2})
    )


async def _exchange_codes(api: Api, forwarded_for: list[str]) -> list[int]:
    codes = []
    for chain in forwarded_for:
        response = await api.post(
            "/v1/auth/token", json={"jwtApiKey": "bad"}, headers={"X-Forwarded-For": chain}
        )
        codes.append(response.status_code)
    return codes


def _fresh(prefix: str) -> str:
    # A fresh address: on PostgreSQL the counters are shared with every other test's calls.
    return f"{prefix}.{secrets.randbelow(250) + 1}"


class TestForwardedAddresses:
    async def test_rotating_x_forwarded_for_from_an_untrusted_peer_does_not_escape(
        self, shared_settings: Settings
    ) -> None:
        # Loopback is no proxy unless configured as one: the peer is the client.
        app = _limited_token_exchange(shared_settings, trusted="")
        peer = _fresh("192.0.2")
        try:
            async with Api.for_app(app, client_address=peer) as api:
                rotating = [f"203.0.113.{n}" for n in range(1, 5)]
                assert await _exchange_codes(api, rotating) == [401, 401, 429, 429]
        finally:
            await app.state.ctx.aclose()

    async def test_from_a_trusted_proxy_the_forwarded_client_is_counted(
        self, shared_settings: Settings
    ) -> None:
        app = _limited_token_exchange(shared_settings, trusted="10.0.0.0/8, 192.0.2.7")
        first, second = _fresh("198.51.100"), _fresh("203.0.113")
        try:
            async with Api.for_app(app, client_address="192.0.2.7") as api:
                # Each client behind the proxy has its own count.
                assert await _exchange_codes(api, [first, first, first]) == [401, 401, 429]
                # The right-most untrusted hop is the client: what it wrote to the left of
                # itself (a forged address) changes nothing, and trusted hops are skipped.
                forged = [f"{n}.1.1.1, {second}, 10.1.2.3" for n in range(1, 5)]
                assert await _exchange_codes(api, forged) == [401, 401, 429, 429]
        finally:
            await app.state.ctx.aclose()
