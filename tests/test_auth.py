"""Token exchange (contract §3), JWT verification and roles (§2)."""

from __future__ import annotations

import asyncio
import base64
import time
from datetime import timedelta

import anyio
import jwt
import orjson
import pytest
from sqlalchemy import update

from openwyn.auth import principal, tokens
from openwyn.auth.roles import Role
from openwyn.kit.sqltypes import utcnow
from openwyn.models import ApiKey
from tests.conftest import TEST_SECRET
from tests.fixtures.api import Api, TenantHandle

pytestmark = pytest.mark.anyio


def _claims(tenant: TenantHandle, **overrides: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {
        "tenant": tenant.slug,
        "staffId": None,
        "roles": ["API_ADMIN"],
        "authKeyId": tenant.admin_key_id,
        "iss": "openwyn",
        "aud": "openwyn-api",
        "sub": f"apikey:{tenant.admin_key_id}",
        "iat": now,
        "exp": now + 600,
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None or k == "staffId"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


async def _status_with(api: Api, token: str) -> tuple[int, dict[str, object]]:
    response = await api.post("/gql/v1/clients", headers={"Authorization": f"Bearer {token}"})
    return response.status_code, response.json()


class TestTokenExchange:
    async def test_valid_key_gives_a_bearer_token_for_an_hour(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        response = await api.post("/v1/auth/token", json={"jwtApiKey": tenant.admin_key})
        assert response.status_code == 200
        body = response.json()
        assert body["tokenType"] == "Bearer"
        assert body["expiresIn"] == 3600
        assert body["expiresAt"].endswith("Z")
        claims = jwt.decode(
            body["token"], TEST_SECRET, algorithms=["HS256"], audience="openwyn-api"
        )
        assert claims["tenant"] == tenant.slug
        assert claims["authKeyId"] == tenant.admin_key_id
        assert claims["sub"] == f"apikey:{tenant.admin_key_id}"
        assert set(claims["roles"]) == {"API_ADMIN", f"{tenant.slug}_API_ADMIN"}
        hasura = claims["https://hasura.io/jwt/claims"]
        assert hasura["x-hasura-default-role"] == f"{tenant.slug}_API_ADMIN"
        assert claims["exp"] - claims["iat"] == 3600
        assert claims["jti"]

    async def test_the_token_works_with_a_lowercase_scheme(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        token = (await api.post("/v1/auth/token", json={"jwtApiKey": tenant.admin_key})).json()
        response = await api.post(
            "/gql/v1/clients", headers={"Authorization": f"bearer {token['token']}"}
        )
        assert response.status_code == 200

    @pytest.mark.parametrize(
        "key",
        ["nope", "owk_aaaaaaaa_" + "A" * 43, "owk_short_x"],
    )
    async def test_a_wrong_key_is_401(self, api: Api, key: str) -> None:
        response = await api.post("/v1/auth/token", json={"jwtApiKey": key})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "UNAUTHENTICATED"

    async def test_a_key_with_a_wrong_secret_but_right_prefix_is_401(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        forged = tenant.admin_key[:13] + "B" * 43
        response = await api.post("/v1/auth/token", json={"jwtApiKey": forged})
        assert response.status_code == 401

    async def test_a_revoked_key_cannot_be_exchanged(self, api: Api, tenant: TenantHandle) -> None:
        spare = (
            await tenant.post("/api/v1/auth/api-keys", json={"name": "x", "roles": ["API_USER"]})
        ).json()["data"]
        await tenant.delete(f"/api/v1/auth/api-keys/{spare['id']}")
        response = await api.post("/v1/auth/token", json={"jwtApiKey": spare["apiKey"]})
        assert response.status_code == 401

    async def test_an_expired_key_cannot_be_exchanged(self, api: Api, tenant: TenantHandle) -> None:
        expires = (utcnow() + timedelta(seconds=1)).isoformat()
        spare = (
            await tenant.post(
                "/api/v1/auth/api-keys",
                json={"name": "x", "roles": ["API_USER"], "expiresAt": expires},
            )
        ).json()["data"]
        await anyio.sleep(1.1)
        response = await api.post("/v1/auth/token", json={"jwtApiKey": spare["apiKey"]})
        assert response.status_code == 401

    async def test_the_body_must_name_jwt_api_key(self, api: Api) -> None:
        response = await api.post("/v1/auth/token", json={"apiKey": "x"})
        assert response.status_code == 400
        paths = {d["path"] for d in response.json()["error"]["details"]}
        assert paths == {"jwtApiKey", "apiKey"}


class TestJwtRefusals:
    """Every defect is a 401 that says what it is (contract §13.8); tests/security/test_jwt.py
    checks the challenge header of each too."""

    async def _assert_refused(self, api: Api, token: str, description: str) -> None:
        status, body = await _status_with(api, token)
        assert status == 401
        assert body["error"] == {"code": "UNAUTHENTICATED", "message": description}

    async def test_a_well_formed_token_is_accepted(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant), TEST_SECRET, algorithm="HS256")
        assert (await _status_with(api, token))[0] == 200

    async def test_alg_none(self, api: Api, tenant: TenantHandle) -> None:
        header = _b64(orjson.dumps({"alg": "none", "typ": "JWT"}))
        payload = _b64(orjson.dumps(_claims(tenant)))
        await self._assert_refused(api, f"{header}.{payload}.", tokens.BAD_ALGORITHM)

    async def test_wrong_key(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant), "another-secret-" + "y" * 40, algorithm="HS256")
        await self._assert_refused(api, token, tokens.BAD_SIGNATURE)

    # The secret is the right one; only the algorithm is foreign (PyJWT warns about its length).
    @pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
    async def test_foreign_algorithm(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant), TEST_SECRET, algorithm="HS512")
        await self._assert_refused(api, token, tokens.BAD_ALGORITHM)

    async def test_tampered_payload(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant), TEST_SECRET, algorithm="HS256")
        header, _, signature = token.split(".")
        forged = _b64(orjson.dumps(_claims(tenant, roles=["SUPER_ADMIN"])))
        await self._assert_refused(api, f"{header}.{forged}.{signature}", tokens.BAD_SIGNATURE)

    async def test_expired(self, api: Api, tenant: TenantHandle) -> None:
        past = int(time.time()) - 10
        token = jwt.encode(_claims(tenant, exp=past), TEST_SECRET, algorithm="HS256")
        await self._assert_refused(api, token, tokens.EXPIRED)

    async def test_a_token_accepted_before_is_refused_once_it_expires(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        """Checked tokens are remembered, but their time is checked at every use."""
        token = jwt.encode(
            _claims(tenant, exp=int(time.time()) + 2), TEST_SECRET, algorithm="HS256"
        )
        assert (await _status_with(api, token))[0] == 200
        await asyncio.sleep(
            max(0.0, jwt.decode(token, options={"verify_signature": False})["exp"] - time.time())
            + 0.1
        )
        await self._assert_refused(api, token, tokens.EXPIRED)

    async def test_not_before_in_the_future(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(
            _claims(tenant, nbf=int(time.time()) + 300), TEST_SECRET, algorithm="HS256"
        )
        await self._assert_refused(api, token, tokens.NOT_YET_VALID)

    @pytest.mark.parametrize("claim", ["exp", "iat", "iss", "aud", "sub"])
    async def test_missing_required_claim(self, api: Api, tenant: TenantHandle, claim: str) -> None:
        claims = _claims(tenant)
        del claims[claim]
        token = jwt.encode(claims, TEST_SECRET, algorithm="HS256")
        missing = f"The token's claims are not valid: it has no {claim} claim."
        await self._assert_refused(api, token, missing)

    async def test_wrong_audience(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant, aud="elsewhere"), TEST_SECRET, algorithm="HS256")
        await self._assert_refused(api, token, tokens.WRONG_AUDIENCE)

    async def test_wrong_issuer(self, api: Api, tenant: TenantHandle) -> None:
        token = jwt.encode(_claims(tenant, iss="elsewhere"), TEST_SECRET, algorithm="HS256")
        await self._assert_refused(api, token, tokens.WRONG_ISSUER)

    async def test_header_supplied_keys_are_ignored(self, api: Api, tenant: TenantHandle) -> None:
        attacker = "attacker-secret-" + "z" * 40
        jwk = {"kty": "oct", "k": _b64(attacker.encode())}
        for header in ({"jwk": jwk}, {"jku": "http://127.0.0.1:9/keys"}):
            token = jwt.encode(_claims(tenant), attacker, algorithm="HS256", headers=header)
            await self._assert_refused(api, token, tokens.BAD_SIGNATURE)

    async def test_revoked_key_stops_its_tokens(self, api: Api, tenant: TenantHandle) -> None:
        created = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "x", "roles": ["API_USER"]}
        )
        key = created.json()["data"]
        token = (await api.post("/v1/auth/token", json={"jwtApiKey": key["apiKey"]})).json()
        assert (await _status_with(api, token["token"]))[0] == 200
        assert (await tenant.delete(f"/api/v1/auth/api-keys/{key['id']}")).status_code == 204
        await self._assert_refused(api, token["token"], principal.KEY_NOT_USABLE)

    async def test_a_key_in_use_is_looked_up_again_in_the_background(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        """Past half its TTL a cached key status still admits the request and is refreshed
        behind it; past the whole TTL it is never trusted."""
        ctx = tenant.ctx
        ttl = ctx.settings.key_status_ttl_seconds
        assert (await _status_with(api, tenant.token))[0] == 200
        async with ctx.db.session() as session:  # revoked behind the cache's back
            await session.execute(
                update(ApiKey).where(ApiKey.id == tenant.admin_key_id).values(revoked_at=utcnow())
            )
        ctx.key_status[tenant.admin_key_id].checked_at -= ttl * 0.75
        assert (await _status_with(api, tenant.token))[0] == 200
        await asyncio.gather(*ctx.key_refreshes.values())
        assert ctx.key_status[tenant.admin_key_id].usable is False
        assert (await _status_with(api, tenant.token))[0] == 401

    async def test_a_status_past_its_ttl_is_looked_up_first(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        ctx = tenant.ctx
        assert (await _status_with(api, tenant.token))[0] == 200
        async with ctx.db.session() as session:
            await session.execute(
                update(ApiKey).where(ApiKey.id == tenant.admin_key_id).values(revoked_at=utcnow())
            )
        ctx.key_status[tenant.admin_key_id].checked_at -= ctx.settings.key_status_ttl_seconds
        assert (await _status_with(api, tenant.token))[0] == 401

    async def test_garbage_and_missing_tokens(self, api: Api) -> None:
        await self._assert_refused(api, "not.a.jwt", tokens.MALFORMED)
        response = await api.post("/gql/v1/clients")
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"
        assert response.json()["error"]["message"] == principal.NO_CREDENTIALS
        response = await api.post("/gql/v1/clients", headers={"Authorization": "Basic abc"})
        assert response.status_code == 401
        assert response.json()["error"]["message"] == principal.NOT_BEARER


class TestRoles:
    async def test_api_user_cannot_manage_keys(self, tenant: TenantHandle) -> None:
        token = await tenant.token_for(Role.API_USER)
        response = await tenant.get(
            "/api/v1/auth/api-keys", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "FORBIDDEN"

    async def test_record_roles_alone_cannot_use_business_routes(
        self, tenant: TenantHandle
    ) -> None:
        token = await tenant.token_for(Role.RECORD_R, Role.RECORD_W)
        headers = {"Authorization": f"Bearer {token}"}
        assert (await tenant.post("/gql/v1/clients", headers=headers)).status_code == 403
        response = await tenant.post("/api/v1/clients", json={"name": "x"}, headers=headers)
        assert response.status_code == 403

    async def test_api_user_reads_and_writes_business_entities(self, tenant: TenantHandle) -> None:
        token = await tenant.token_for(Role.API_USER)
        headers = {"Authorization": f"Bearer {token}"}
        created = await tenant.post("/api/v1/clients", json={"name": "Acme"}, headers=headers)
        assert created.status_code == 201
        assert (await tenant.post("/gql/v1/clients", headers=headers)).status_code == 200

    async def test_only_super_admin_creates_tenants(self, tenant: TenantHandle) -> None:
        body = {"slug": f"{tenant.slug}-b", "name": "B"}
        assert (await tenant.post("/api/v1/admin/tenants", json=body)).status_code == 403
        token = await tenant.token_for(Role.SUPER_ADMIN)
        headers = {"Authorization": f"Bearer {token}"}
        response = await tenant.post("/api/v1/admin/tenants", json=body, headers=headers)
        assert response.status_code == 201
        created = response.json()["data"]
        assert created["tenant"]["slug"] == body["slug"]
        assert created["apiKey"]["roles"] == ["API_ADMIN"]
        again = await tenant.post("/api/v1/admin/tenants", json=body, headers=headers)
        assert again.status_code == 409

    async def test_api_admin_cannot_mint_a_super_admin_key(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "x", "roles": ["SUPER_ADMIN"]}
        )
        assert response.status_code == 400


class TestKeyManagement:
    async def test_created_key_is_shown_once_and_listed_without_secret(
        self, api: Api, tenant: TenantHandle
    ) -> None:
        created = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "ci", "roles": ["API_USER", "RECORD_R"]}
        )
        assert created.status_code == 201
        key = created.json()["data"]
        assert key["apiKey"].startswith(f"owk_{key['prefix']}_")
        assert len(key["apiKey"].split("_", 2)[2]) >= 43
        listed = (await tenant.get("/api/v1/auth/api-keys")).json()["data"]
        assert key["id"] in [k["id"] for k in listed]
        text = str(listed)
        assert key["apiKey"] not in text and "digest" not in text

    async def test_revoking_another_tenants_key_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        response = await other_tenant.delete(f"/api/v1/auth/api-keys/{tenant.admin_key_id}")
        assert response.status_code == 404
        assert (await tenant.get("/api/v1/auth/api-keys")).status_code == 200

    async def test_key_for_unknown_staff_is_400(self, tenant: TenantHandle) -> None:
        response = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "x", "roles": ["API_USER"], "staffId": 999999}
        )
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "staffId"


class TestKeyExpiry:
    @pytest.mark.parametrize("ago", [timedelta(seconds=1), timedelta(days=400)])
    async def test_a_key_cannot_be_created_already_expired(
        self, tenant: TenantHandle, ago: timedelta
    ) -> None:
        expires = (utcnow() - ago).isoformat()
        body = {"name": "x", "roles": ["API_USER"], "expiresAt": expires}
        response = await tenant.post("/api/v1/auth/api-keys", json=body)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "expiresAt"
        listed = (await tenant.get("/api/v1/auth/api-keys")).json()["data"]
        assert [key["id"] for key in listed] == [tenant.admin_key_id]

    async def test_a_key_expiring_later_is_created(self, tenant: TenantHandle) -> None:
        expires = (utcnow() + timedelta(hours=1)).isoformat()
        body = {"name": "x", "roles": ["API_USER"], "expiresAt": expires}
        response = await tenant.post("/api/v1/auth/api-keys", json=body)
        assert response.status_code == 201, response.text
