"""The envelope and every error status of contract §4."""

from __future__ import annotations

import asyncio
import re
import secrets
from typing import Any

import asyncpg
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from openwyn.app import create_app
from openwyn.config import Settings
from openwyn.db import is_query_timeout
from tests.fixtures.api import Api, TenantHandle

pytestmark = pytest.mark.anyio


def _assert_error(body: dict[str, Any], code: str) -> None:
    assert body["data"] is None
    assert body["error"]["code"] == code
    assert body["meta"]["success"] is False
    assert body["meta"]["version"] == "1.0.0"
    assert body["meta"]["timestamp"].endswith("Z")
    assert body["meta"]["requestId"]


class TestEnvelope:
    async def test_rest_success_has_the_envelope(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/offices", json={"name": "HQ"})
        body = response.json()
        assert body["error"] is None
        assert body["meta"]["success"] is True
        assert body["meta"]["requestId"] == response.headers["X-Request-Id"]
        assert body["data"]["name"] == "HQ"

    async def test_request_id_is_echoed(self, api: Api) -> None:
        response = await api.get("/healthz", headers={"X-Request-Id": "abc-123"})
        assert response.headers["X-Request-Id"] == "abc-123"

    async def test_unsafe_request_id_is_replaced(self, api: Api) -> None:
        response = await api.get("/healthz", headers={"X-Request-Id": "a b\tc"})
        assert response.headers["X-Request-Id"] != "a b\tc"
        assert len(response.headers["X-Request-Id"]) == 32

    async def test_a_request_without_an_id_gets_a_new_random_one(self, api: Api) -> None:
        ids = [(await api.get("/healthz")).headers["X-Request-Id"] for _ in range(2)]
        assert ids[0] != ids[1]
        assert all(re.fullmatch("[0-9a-f]{32}", request_id) for request_id in ids)


class TestStatuses:
    async def test_400_for_a_body_that_is_not_json(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/clients", content=b"{nope", headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400
        _assert_error(response.json(), "BAD_REQUEST")

    async def test_400_for_json_that_is_not_an_object(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/clients", json=[1, 2])
        assert response.status_code == 400

    async def test_404_for_an_unknown_route(self, api: Api) -> None:
        response = await api.get("/api/v1/nothing-here")
        assert response.status_code == 404
        _assert_error(response.json(), "NOT_FOUND")
        assert response.headers["X-Request-Id"]

    async def test_405_names_the_allowed_methods(self, tenant: TenantHandle) -> None:
        response = await tenant.api.put("/api/v1/clients", headers=tenant.headers, json={})
        assert response.status_code == 405
        assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "POST"}
        _assert_error(response.json(), "METHOD_NOT_ALLOWED")

    async def test_a_path_whose_id_is_not_an_integer_is_400_naming_it(
        self, tenant: TenantHandle
    ) -> None:
        for path in ("/gql/v1/client/abc", "/api/v1/clients/-1", "/api/v1/clients/1.5"):
            response = await tenant.get(path)
            assert response.status_code == 400, path
            _assert_error(response.json(), "VALIDATION_FAILED")
            assert response.json()["error"]["details"][0]["path"] == "id"

    async def test_a_singular_that_equals_its_plural_keeps_405_exact(
        self, tenant: TenantHandle
    ) -> None:
        # `staff` is both plural and singular: GET /gql/v1/staff/search is no object's id.
        response = await tenant.get("/gql/v1/staff/search")
        assert response.status_code == 405
        assert response.headers["Allow"] == "POST"

    async def test_413_for_a_body_over_one_mebibyte(self, tenant: TenantHandle) -> None:
        big = b'{"name": "' + b"x" * (1024 * 1024) + b'"}'
        response = await tenant.post(
            "/api/v1/clients", content=big, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        _assert_error(response.json(), "PAYLOAD_TOO_LARGE")

    async def test_413_without_content_length(self, tenant: TenantHandle) -> None:
        async def chunks() -> Any:
            for _ in range(20):
                yield b" " * 65536
            yield b"{}"

        response = await tenant.post(
            "/api/v1/clients", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413

    async def test_415_for_another_media_type(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/clients", content=b"name=x", headers={"Content-Type": "text/plain"}
        )
        assert response.status_code == 415
        _assert_error(response.json(), "UNSUPPORTED_MEDIA_TYPE")

    async def test_415_for_multipart_on_a_json_route(self, tenant: TenantHandle) -> None:
        boundary = "b0undary"
        body = f'--{boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n'
        response = await tenant.post(
            "/api/v1/clients",
            content=(body + f"--{boundary}--\r\n").encode(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert response.status_code == 415
        _assert_error(response.json(), "UNSUPPORTED_MEDIA_TYPE")

    async def test_400_names_every_bad_path(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/clients",
            json={"name": 5, "officeId": "x", "bogus": 1, "address": {"city": 3, "zip": "1"}},
        )
        assert response.status_code == 400
        body = response.json()
        _assert_error(body, "VALIDATION_FAILED")
        paths = {detail["path"] for detail in body["error"]["details"]}
        assert {"name", "officeId", "bogus", "address.city", "address.zip"} <= paths

    async def test_500_never_leaks_a_trace(self, settings: Settings) -> None:
        app = create_app(settings)

        @app.get("/boom")
        async def boom() -> None:
            raise RuntimeError("SELECT secret FROM table")

        async with Api.for_app(app) as api:
            response = await api.get("/boom")
        assert response.status_code == 500
        _assert_error(response.json(), "INTERNAL")
        assert "secret" not in response.text and "Traceback" not in response.text
        assert response.headers["x-request-id"] == response.json()["meta"]["requestId"]
        await app.state.ctx.aclose()


class TestStatementErrors:
    async def test_a_statement_the_database_refuses_is_500_not_503(
        self, settings: Settings
    ) -> None:
        """A bug, not an outage: the client must not be told to try again."""
        app = create_app(settings)
        refused = "SELECT zeroblob(2000000000)" if settings.is_sqlite else "SELECT 1 / 0"

        @app.get("/refused")
        async def run_refused() -> None:
            async with app.state.ctx.db.reader() as connection:
                await connection.execute(text(refused))

        async with Api.for_app(app) as api:
            response = await api.get("/refused")
        assert response.status_code == 500
        _assert_error(response.json(), "INTERNAL")
        await app.state.ctx.aclose()


# A statement that runs for seconds, on each database.
_SLOW_SQLITE = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
    " SELECT count(*) FROM n"
)
_SLOW_POSTGRES = "SELECT pg_sleep(10)"


class TestQueryTimeouts:
    """§13.9: a statement that runs out of time is 504 QUERY_TIMEOUT, not 503 UNAVAILABLE."""

    async def test_a_statement_past_the_timeout_is_504_query_timeout(
        self, settings: Settings
    ) -> None:
        # Long enough for a connection's own set-up queries on a busy machine, far shorter
        # than the statement.
        hurried = settings.model_copy(update={"db_statement_timeout_seconds": 0.5})
        app = create_app(hurried)
        slow = _SLOW_SQLITE if settings.is_sqlite else _SLOW_POSTGRES

        @app.get("/slow")
        async def run_slow() -> None:
            async with app.state.ctx.db.reader() as connection:
                await connection.execute(text(slow))

        @app.get("/quick")
        async def run_quick() -> int:
            async with app.state.ctx.db.reader() as connection:
                return int(await connection.scalar(text("SELECT 1")))

        async with Api.for_app(app) as api:
            response = await api.get("/slow")
            assert response.status_code == 504
            _assert_error(response.json(), "QUERY_TIMEOUT")
            assert "ran out of time" in response.json()["error"]["message"]
            # The deadline ends with its statement: the connection serves the next one.
            assert (await api.get("/quick")).json() == 1
        await app.state.ctx.aclose()

    async def test_the_drivers_command_timeout_is_a_timeout_and_its_connect_timeout_is_not(
        self, settings: Settings
    ) -> None:
        """asyncpg raises a bare TimeoutError for both; only the first means the query ran out."""
        if settings.is_sqlite:
            pytest.skip("asyncpg only")
        url = settings.database_url.replace("+asyncpg", "")
        connection = await asyncpg.connect(url, command_timeout=0.05)
        try:
            with pytest.raises(TimeoutError) as ran_out:
                await connection.fetch("SELECT pg_sleep(10)")
        finally:
            connection.terminate()
        assert is_query_timeout(ran_out.value)
        with pytest.raises(TimeoutError) as connecting:
            await asyncpg.connect(url, timeout=0.000001)
        assert not is_query_timeout(connecting.value)


class TestDatabaseDown:
    async def test_503_when_the_database_is_unreachable_then_recovery(
        self, settings: Settings, app: FastAPI, tenant: TenantHandle
    ) -> None:
        if settings.is_sqlite:
            broken = settings.model_copy(
                update={"database_url": "sqlite+aiosqlite:////nonexistent-dir/x.db"}
            )
        else:
            broken = settings.model_copy(
                update={"database_url": "postgresql+asyncpg://postgres@127.0.0.1:1/test"}
            )
        down = create_app(broken)
        async with Api.for_app(down) as api:
            response = await api.post("/gql/v1/clients", headers=tenant.headers)
            assert response.status_code == 503
            _assert_error(response.json(), "UNAVAILABLE")
            ready = await api.get("/readyz")
            assert ready.status_code == 503
        await down.state.ctx.db.dispose()
        # The working app is unaffected and answers again at once.
        assert (await tenant.post("/gql/v1/clients")).status_code == 200

    async def test_health_and_readiness(self, api: Api) -> None:
        assert (await api.get("/healthz")).json() == {"status": "ok"}
        ready = await api.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["status"] == "ready"


class TestRateLimits:
    async def test_headers_on_every_answer_and_429_over_the_limit(self, settings: Settings) -> None:
        limited = settings.model_copy(update={"rate_limit_per_key": 3})
        app = create_app(limited)
        async with Api.for_app(app) as api:
            from tests.fixtures.api import make_tenant

            tenant = await make_tenant(app, api)
            seen = []
            for _ in range(4):
                response = await tenant.post("/gql/v1/clients")
                seen.append(response)
            assert [r.status_code for r in seen] == [200, 200, 200, 429]
            assert [r.headers["RateLimit-Remaining"] for r in seen] == ["2", "1", "0", "0"]
            assert all(r.headers["RateLimit-Limit"] == "3" for r in seen)
            assert int(seen[-1].headers["Retry-After"]) >= 1
            _assert_error(seen[-1].json(), "RATE_LIMITED")
            unknown = await api.get("/nowhere")
            assert "RateLimit-Limit" in unknown.headers
        await app.state.ctx.aclose()

    async def test_processes_share_key_counts_within_a_sync(self, settings: Settings) -> None:
        """Per-key counts are kept in memory and shared every quarter second: a process learns
        of the others' hits at its next sync, and refuses from then on."""
        if settings.is_sqlite:
            pytest.skip("SQLite runs one process; its counters live in memory")
        limited = settings.model_copy(update={"rate_limit_per_key": 3})
        first, second = create_app(limited), create_app(limited)
        async with Api.for_app(first) as api_one, Api.for_app(second) as api_two:
            from tests.fixtures.api import make_tenant

            tenant = await make_tenant(first, api_one)
            headers = tenant.headers
            codes = [(await api_one.post("/gql/v1/clients", headers=headers)).status_code]
            codes += [(await api_one.post("/gql/v1/clients", headers=headers)).status_code]
            codes += [(await api_one.post("/gql/v1/clients", headers=headers)).status_code]
            await first.state.ctx.key_limiter.flush()
            # The second process has not synced yet: it still allows, and learns as it syncs.
            codes += [(await api_two.post("/gql/v1/clients", headers=headers)).status_code]
            await second.state.ctx.key_limiter.flush()
            codes += [(await api_two.post("/gql/v1/clients", headers=headers)).status_code]
        assert codes == [200, 200, 200, 200, 429]
        for app in (first, second):
            await app.state.ctx.aclose()

    async def test_token_exchange_is_limited_per_address(self, settings: Settings) -> None:
        limited = settings.model_copy(update={"rate_limit_token_per_address": 2})
        app = create_app(limited)
        # A fresh address: on PostgreSQL the counters are shared with every other test's calls.
        async with Api.for_app(app, client_address=f"192.0.2.{secrets.randbelow(250) + 1}") as api:
            codes = [
                (await api.post("/v1/auth/token", json={"jwtApiKey": "bad"})).status_code
                for _ in range(3)
            ]
        assert codes == [401, 401, 429]
        await app.state.ctx.aclose()

    async def test_processes_share_one_count_on_postgresql(self, settings: Settings) -> None:
        if settings.is_sqlite:
            pytest.skip("SQLite runs one process; its counters live in memory")
        limited = settings.model_copy(update={"rate_limit_token_per_address": 2})
        # Two apps hold separate pools and limiters, as two server processes would.
        first, second = create_app(limited), create_app(limited)
        address = f"198.51.100.{secrets.randbelow(250) + 1}"
        codes = []
        for app in (first, second, first):
            async with Api.for_app(app, client_address=address) as api:
                response = await api.post("/v1/auth/token", json={"jwtApiKey": "bad"})
                codes.append(response.status_code)
        assert codes == [401, 401, 429]
        for app in (first, second):
            await app.state.ctx.aclose()


class TestIdempotency:
    async def test_a_retry_replays_the_first_answer(self, tenant: TenantHandle) -> None:
        headers = {"Idempotency-Key": "create-acme"}
        first = await tenant.post("/api/v1/clients", json={"name": "Acme"}, headers=headers)
        second = await tenant.post("/api/v1/clients", json={"name": "Acme"}, headers=headers)
        assert first.status_code == second.status_code == 201
        assert first.json() == second.json()
        assert second.headers["Idempotent-Replayed"] == "true"
        listed = (await tenant.post("/gql/v1/clients")).json()
        assert listed["total"]["aggregate"]["count"] == 1

    async def test_the_same_key_with_another_body_is_400(self, tenant: TenantHandle) -> None:
        headers = {"Idempotency-Key": "k1"}
        await tenant.post("/api/v1/clients", json={"name": "Acme"}, headers=headers)
        other = await tenant.post("/api/v1/clients", json={"name": "Other"}, headers=headers)
        assert other.status_code == 400

    async def test_keys_are_per_tenant(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        headers = {"Idempotency-Key": "shared"}
        a = await tenant.post("/api/v1/clients", json={"name": "A"}, headers=headers)
        b = await other_tenant.post("/api/v1/clients", json={"name": "A"}, headers=headers)
        assert a.status_code == b.status_code == 201
        assert a.json()["data"]["id"] != b.json()["data"]["id"]

    async def test_a_failed_request_does_not_burn_the_key(self, tenant: TenantHandle) -> None:
        headers = {"Idempotency-Key": "k2"}
        bad = await tenant.post(
            "/api/v1/clients", json={"name": "A", "officeId": 999999}, headers=headers
        )
        assert bad.status_code == 400
        good = await tenant.post(
            "/api/v1/clients", json={"name": "A", "officeId": 999999}, headers=headers
        )
        assert good.status_code == 400
        assert "Idempotent-Replayed" not in good.headers

    async def test_a_concurrent_retry_is_409(self, tenant: TenantHandle) -> None:
        headers = {"Idempotency-Key": "race"}
        results = await asyncio.gather(
            *[
                tenant.post("/api/v1/clients", json={"name": "Race"}, headers=headers)
                for _ in range(5)
            ]
        )
        codes = sorted(r.status_code for r in results)
        assert codes.count(201) >= 1
        assert set(codes) <= {201, 409}
        listed = (await tenant.post("/gql/v1/clients")).json()
        assert listed["total"]["aggregate"]["count"] == 1

    async def test_an_over_long_key_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/clients", json={"name": "A"}, headers={"Idempotency-Key": "k" * 256}
        )
        assert response.status_code == 400


FORM_TYPE = {"Content-Type": "application/x-www-form-urlencoded"}


class TestJsonWithoutAJsonType:
    """Contract §13.4: Aiwyn's curl examples send JSON with no type, or `curl -d`'s form type."""

    async def test_the_documented_curl_token_exchange_sends_no_content_type(
        self, tenant: TenantHandle
    ) -> None:
        body = b'{"jwtApiKey": "%s"}' % tenant.admin_key.encode()
        response = await tenant.api.post("/v1/auth/token", content=body)
        assert "content-type" not in response.request.headers
        assert response.status_code == 200, response.text
        assert response.json()["tokenType"] == "Bearer"

    async def test_a_search_and_a_create_with_no_content_type(self, tenant: TenantHandle) -> None:
        created = await tenant.post("/api/v1/clients", content=b'{"name": "Acme"}')
        assert "content-type" not in created.request.headers
        assert created.status_code == 201, created.text
        assert created.json()["data"]["name"] == "Acme"
        where = b'{"where": {"name": {"_eq": "Acme"}}, "pageSize": 5}'
        found = await tenant.post("/gql/v1/clients/search", content=where)
        assert found.status_code == 200, found.text
        assert [client["name"] for client in found.json()["clients"]] == ["Acme"]

    async def test_json_sent_with_curls_form_type_is_json(self, tenant: TenantHandle) -> None:
        created = await tenant.post(
            "/api/v1/clients", content=b'{"name": "Form typed"}', headers=FORM_TYPE
        )
        assert created.status_code == 201, created.text
        assert created.json()["data"]["name"] == "Form typed"
        exchanged = await tenant.api.post(
            "/v1/auth/token",
            content=b'{"jwtApiKey": "%s"}' % tenant.admin_key.encode(),
            headers=FORM_TYPE,
        )
        assert exchanged.status_code == 200, exchanged.text

    async def test_a_real_form_body_is_400_not_json(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/clients", content=b"a=b", headers=FORM_TYPE)
        assert response.status_code == 400
        _assert_error(response.json(), "BAD_REQUEST")

    async def test_a_body_with_no_type_that_is_not_json_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.post("/api/v1/clients", content=b"name=x")
        assert response.status_code == 400
        _assert_error(response.json(), "BAD_REQUEST")

    async def test_schema_errors_are_still_named_for_untyped_json(
        self, tenant: TenantHandle
    ) -> None:
        response = await tenant.post("/api/v1/clients", content=b'{"name": 5}', headers=FORM_TYPE)
        assert response.status_code == 400
        body = response.json()
        _assert_error(body, "VALIDATION_FAILED")
        assert [detail["path"] for detail in body["error"]["details"]] == ["name"]
