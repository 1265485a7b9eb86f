"""Bearer tokens (contract §3, §13.8): every defect is refused, on every route that needs a
token, with a 401 that says what is wrong with the credentials sent.

A refusal carries RFC 6750's `WWW-Authenticate: Bearer error="invalid_token",
error_description="..."` with the same text as its `error.message`; a request with no
credentials gets a bare `WWW-Authenticate: Bearer`. What a refusal says never depends on
whether some API key exists: a token's key that is revoked, expired or gone reads alike, and
the token exchange answers every bad key the same.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import jwt
import orjson
import pytest
from fastapi import FastAPI

from openwyn.auth import principal, service, tokens
from openwyn.auth.roles import Role
from openwyn.kit.sqltypes import utcnow
from tests.conftest import TEST_SECRET
from tests.fixtures.api import Api, TenantHandle, make_tenant
from tests.security.routes import served_routes

# HS384 and HS512 forgeries use the server's (HS256-sized) secret; PyJWT warns about its length.
pytestmark = [
    pytest.mark.anyio,
    pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning"),
]

# The routes anyone may call. Anything else must refuse a missing or bad token; a new public
# route has to be added here, deliberately.
# `/metrics` takes its own token (OPENWYN_METRICS_TOKEN; tests/test_metrics.py), and `/` is a
# redirect to the docs.
# Portal pages take the link's token in their path as their only credential
# (test_engagement_signing.py tests that a wrong one opens nothing).
PUBLIC = {
    "/v1/auth/token",
    "/healthz",
    "/readyz",
    "/docs",
    "/openapi.json",
    "/metrics",
    "/",
    "/portal/sign/{token}",
    "/portal/sign/{token}/decline",
    "/portal/sign/{token}/pay",
    "/portal/requests/{token}",
    "/portal/requests/{token}/items/{item_id}",
    "/portal/deliverables/{token}",
    "/portal/deliverables/{token}/pay",
    "/portal/deliverables/{token}/files/{file_id}",
}
ATTACKER_SECRET = "attacker-secret-" + "z" * 40
# Placeholders that satisfy every path parameter's pattern: the token is refused first.
PLACEHOLDERS = {
    "id": "1",
    "deliveryId": "1",
    "statementId": "1",
    "itemId": "1",
    "eventId": "evt_" + "0" * 24,
    "type": "client",
    "name": "some_type",
    "systemRef": "ref",
    "singular": "client",
}


@pytest.fixture(scope="module")
async def tenant(shared_app: FastAPI, shared_api: Api) -> TenantHandle:
    return await make_tenant(shared_app, shared_api)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _claims(tenant: TenantHandle, key_id: int | None = None, **overrides: Any) -> dict[str, Any]:
    """The claims the server mints for the tenant's admin key; an override of None drops one."""
    key_id = tenant.admin_key_id if key_id is None else key_id
    now = int(time.time())
    claims: dict[str, Any] = {
        "tenant": tenant.slug,
        "staffId": None,
        "roles": ["API_ADMIN", f"{tenant.slug}_API_ADMIN"],
        "authKeyId": key_id,
        "iss": "openwyn",
        "aud": "openwyn-api",
        "sub": f"apikey:{key_id}",
        "iat": now,
        "exp": now + 600,
        "jti": "j" * 32,
    }
    claims.update(overrides)
    return {name: value for name, value in claims.items() if value is not None or name == "staffId"}


def _signed(claims: dict[str, Any], secret: str = TEST_SECRET, **headers: Any) -> str:
    return jwt.encode(claims, secret, algorithm="HS256", headers=headers or None)


def _raw(header: dict[str, Any], claims: dict[str, Any], signature: str = "") -> str:
    return f"{_b64(orjson.dumps(header))}.{_b64(orjson.dumps(claims))}.{signature}"


def _hs256_over(header: dict[str, Any], claims: dict[str, Any]) -> str:
    """A correct HMAC-SHA256 signature under the server's secret, whatever `alg` says."""
    signing_input = _raw(header, claims)[:-1].encode()
    return _b64(hmac.new(TEST_SECRET.encode(), signing_input, hashlib.sha256).digest())


def _rs256(claims: dict[str, Any]) -> str:
    rsa = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.rsa")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(claims, key, algorithm="RS256")


def _tampered_payload(tenant: TenantHandle) -> str:
    header, _, signature = _signed(_claims(tenant, roles=["API_USER"])).split(".")
    forged = _b64(orjson.dumps(_claims(tenant, roles=["SUPER_ADMIN"])))
    return f"{header}.{forged}.{signature}"


def _tampered_header(tenant: TenantHandle) -> str:
    _, payload, signature = _signed(_claims(tenant)).split(".")
    header = _b64(orjson.dumps({"alg": "HS256", "typ": "JWT", "kid": "other"}))
    return f"{header}.{payload}.{signature}"


def _none_signed_correctly(tenant: TenantHandle) -> str:
    # `alg: none` carrying a signature that would verify: the algorithm is pinned, not read.
    header = {"alg": "none", "typ": "JWT"}
    return _raw(header, _claims(tenant), _hs256_over(header, _claims(tenant)))


def _header_keys(tenant: TenantHandle) -> dict[str, str]:
    """Tokens signed with the attacker's key and pointing at it through the header."""
    jwk = {"kty": "oct", "k": _b64(ATTACKER_SECRET.encode())}
    headers: dict[str, dict[str, Any]] = {
        "jku pointing elsewhere": {"jku": "https://attacker.example/keys.json", "kid": "k1"},
        "jwk embedded": {"jwk": jwk},
        "x5u pointing elsewhere": {"x5u": "https://attacker.example/cert.pem"},
        "x5c embedded": {"x5c": ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"]},
        "kid naming a file": {"kid": "../../../../dev/null"},
    }
    return {
        reason: _signed(_claims(tenant), ATTACKER_SECRET, **header)
        for reason, header in headers.items()
    }


TokenMaker = Callable[[TenantHandle], str]
_PAST, _SOON = -3600, 3600
MISSING = "The token's claims are not valid: it has no {} claim."
# Each defect, and what its refusal says.
FORGED: dict[str, tuple[TokenMaker, str]] = {
    "alg none": (lambda t: _raw({"alg": "none", "typ": "JWT"}, _claims(t)), tokens.BAD_ALGORITHM),
    "alg None": (lambda t: _raw({"alg": "None", "typ": "JWT"}, _claims(t)), tokens.BAD_ALGORITHM),
    "alg NONE": (lambda t: _raw({"alg": "NONE"}, _claims(t)), tokens.BAD_ALGORITHM),
    "alg none with a valid signature": (_none_signed_correctly, tokens.BAD_ALGORITHM),
    "alg missing": (
        lambda t: _raw({"typ": "JWT"}, _claims(t), _hs256_over({"typ": "JWT"}, _claims(t))),
        tokens.BAD_ALGORITHM,
    ),
    "HS256 with a wrong key": (
        lambda t: _signed(_claims(t), ATTACKER_SECRET),
        tokens.BAD_SIGNATURE,
    ),
    "HS384 with the right key": (
        lambda t: jwt.encode(_claims(t), TEST_SECRET, algorithm="HS384"),
        tokens.BAD_ALGORITHM,
    ),
    "HS512 with the right key": (
        lambda t: jwt.encode(_claims(t), TEST_SECRET, algorithm="HS512"),
        tokens.BAD_ALGORITHM,
    ),
    "RS256 with its own key": (lambda t: _rs256(_claims(t)), tokens.BAD_ALGORITHM),
    "tampered payload": (_tampered_payload, tokens.BAD_SIGNATURE),
    "tampered header": (_tampered_header, tokens.BAD_SIGNATURE),
    "signature stripped": (
        lambda t: _signed(_claims(t)).rsplit(".", 1)[0] + ".",
        tokens.BAD_SIGNATURE,
    ),
    "expired": (lambda t: _signed(_claims(t, exp=int(time.time()) + _PAST)), tokens.EXPIRED),
    "expired a second ago": (
        lambda t: _signed(_claims(t, exp=int(time.time()) - 1)),
        tokens.EXPIRED,
    ),
    "not valid before a future nbf": (
        lambda t: _signed(_claims(t, nbf=int(time.time()) + _SOON)),
        tokens.NOT_YET_VALID,
    ),
    "issued in the future": (
        lambda t: _signed(
            _claims(t, iat=int(time.time()) + _SOON, exp=int(time.time()) + 2 * _SOON)
        ),
        tokens.NOT_YET_VALID,
    ),
    "exp missing": (lambda t: _signed(_claims(t, exp=None)), MISSING.format("exp")),
    "iat missing": (lambda t: _signed(_claims(t, iat=None)), MISSING.format("iat")),
    "iss missing": (lambda t: _signed(_claims(t, iss=None)), MISSING.format("iss")),
    "aud missing": (lambda t: _signed(_claims(t, aud=None)), MISSING.format("aud")),
    "sub missing": (lambda t: _signed(_claims(t, sub=None)), MISSING.format("sub")),
    "exp not a number": (lambda t: _signed(_claims(t, exp="tomorrow")), tokens.BAD_CLAIMS),
    "wrong aud": (lambda t: _signed(_claims(t, aud="another-api")), tokens.WRONG_AUDIENCE),
    "aud list without ours": (lambda t: _signed(_claims(t, aud=["a", "b"])), tokens.WRONG_AUDIENCE),
    "wrong iss": (
        lambda t: _signed(_claims(t, iss="https://attacker.example")),
        tokens.WRONG_ISSUER,
    ),
    "sub naming another key": (
        lambda t: _signed(_claims(t, sub=f"apikey:{t.admin_key_id + 1}")),
        tokens.BAD_CLAIMS,
    ),
    # Signed by this server, naming a key that does not exist: read as a revoked one.
    "authKeyId of no key": (
        lambda t: _signed(_claims(t, key_id=2**40)),
        principal.KEY_NOT_USABLE,
    ),
    "authKeyId not an integer": (
        lambda t: _signed(
            _claims(t, authKeyId=str(t.admin_key_id), sub=f"apikey:{t.admin_key_id}")
        ),
        tokens.BAD_CLAIMS,
    ),
    "authKeyId missing": (lambda t: _signed(_claims(t, authKeyId=None)), tokens.BAD_CLAIMS),
    "not a JWT": (lambda t: "not.a.jwt", tokens.MALFORMED),
    "one segment": (lambda t: "eyJhbGciOiJIUzI1NiJ9", tokens.MALFORMED),
    "two segments": (lambda t: ".".join(_signed(_claims(t)).split(".")[:2]), tokens.MALFORMED),
    "four segments": (lambda t: _signed(_claims(t)) + ".x", tokens.MALFORMED),
    "signature not base64": (lambda t: _signed(_claims(t)) + "!", tokens.MALFORMED),
}
HEADER_KEY_REASONS = [
    "jku pointing elsewhere",
    "jwk embedded",
    "x5u pointing elsewhere",
    "x5c embedded",
    "kid naming a file",
]
API_KEY = "owk_abcdefgh_" + "A" * 43
# Authorization headers that are no bearer token, and what their refusal says (None: no
# credentials at all, a bare challenge).
AUTHORIZATION_HEADERS: dict[str, tuple[str | None, str | None]] = {
    "no Authorization header": (None, None),
    "empty Authorization header": ("", None),
    "scheme only": ("Bearer", principal.NO_TOKEN),
    "scheme and blanks": ("Bearer    ", principal.NO_TOKEN),
    "Basic credentials": ("Basic dXNlcjpwYXNz", principal.NOT_BEARER),
    "a token without its scheme": ("eyJhbGciOiJIUzI1NiJ9.e30.x", principal.NOT_BEARER),
    "a key instead of a token": (f"Bearer {API_KEY}", tokens.API_KEY_SENT),
    "a key in lowercase bearer": (f"bearer {API_KEY}", tokens.API_KEY_SENT),
    "a key with no scheme": (API_KEY, tokens.API_KEY_SENT),
}


def _shape(response: httpx.Response) -> tuple[Any, ...]:
    """Everything a client sees of a refusal, except what differs per request."""
    body = response.json()
    meta = {k: v for k, v in body["meta"].items() if k not in ("timestamp", "requestId")}
    return (
        response.status_code,
        body["data"],
        body["error"],
        meta,
        response.headers.get("WWW-Authenticate"),
    )


async def _call(api: Api, authorization: str | None, path: str = "/gql/v1/clients") -> Any:
    headers = {} if authorization is None else {"Authorization": authorization}
    return await api.post(path, headers=headers)


def _assert_no_credentials(response: httpx.Response) -> None:
    """RFC 6750 §3.1: a request with no credentials is challenged with no error code."""
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    body = response.json()
    assert body["data"] is None and body["meta"]["success"] is False
    assert body["error"] == {"code": "UNAUTHENTICATED", "message": principal.NO_CREDENTIALS}


def _assert_refused(response: httpx.Response, description: str) -> None:
    """A 401 whose challenge and message both say `description`."""
    assert response.status_code == 401, response.text
    assert response.headers["WWW-Authenticate"] == (
        f'Bearer error="invalid_token", error_description="{description}"'
    )
    body = response.json()
    assert body["data"] is None and body["meta"]["success"] is False
    assert body["error"] == {"code": "UNAUTHENTICATED", "message": description}
    assert body["meta"]["message"] == description


class TestEachDefectIsSaid:
    async def test_a_well_formed_token_is_accepted(
        self, shared_api: Api, tenant: TenantHandle
    ) -> None:
        # The baseline the forgeries below are variations of.
        response = await _call(shared_api, f"Bearer {_signed(_claims(tenant))}")
        assert response.status_code == 200

    @pytest.mark.parametrize("reason", sorted(FORGED))
    async def test_a_forged_or_invalid_token(
        self, shared_api: Api, tenant: TenantHandle, reason: str
    ) -> None:
        make, description = FORGED[reason]
        _assert_refused(await _call(shared_api, f"Bearer {make(tenant)}"), description)

    @pytest.mark.parametrize("reason", HEADER_KEY_REASONS)
    async def test_keys_named_by_the_token_header_are_ignored(
        self, shared_api: Api, tenant: TenantHandle, reason: str
    ) -> None:
        token = _header_keys(tenant)[reason]
        _assert_refused(await _call(shared_api, f"Bearer {token}"), tokens.BAD_SIGNATURE)

    @pytest.mark.parametrize("reason", sorted(AUTHORIZATION_HEADERS))
    async def test_a_missing_or_malformed_authorization_header(
        self, shared_api: Api, reason: str
    ) -> None:
        authorization, description = AUTHORIZATION_HEADERS[reason]
        response = await _call(shared_api, authorization)
        if description is None:
            _assert_no_credentials(response)
        else:
            _assert_refused(response, description)

    async def test_every_description_fits_the_challenge_grammar(self) -> None:
        """RFC 6750 §3: error_description is printable ASCII without quote or backslash."""
        descriptions = [description for _, description in FORGED.values()]
        descriptions += [d for _, d in AUTHORIZATION_HEADERS.values() if d is not None]
        for description in descriptions:
            assert all(0x20 <= ord(c) <= 0x7E and c not in '"\\' for c in description)


class TestTokensDieWithTheirKey:
    async def test_a_token_of_a_revoked_key(self, shared_api: Api, tenant: TenantHandle) -> None:
        created = await tenant.post(
            "/api/v1/auth/api-keys", json={"name": "doomed", "roles": ["API_USER"]}
        )
        key = created.json()["data"]
        exchanged = await shared_api.post("/v1/auth/token", json={"jwtApiKey": key["apiKey"]})
        bearer = f"Bearer {exchanged.json()['token']}"
        assert (await _call(shared_api, bearer)).status_code == 200
        assert (await tenant.delete(f"/api/v1/auth/api-keys/{key['id']}")).status_code == 204
        _assert_refused(await _call(shared_api, bearer), principal.KEY_NOT_USABLE)

    async def test_a_token_of_an_expired_key(
        self, shared_app: FastAPI, shared_api: Api, tenant: TenantHandle
    ) -> None:
        # The token itself is valid for an hour; only its key has expired.
        ctx = shared_app.state.ctx
        async with ctx.db.session() as session:
            issued = await service.issue_key(
                session,
                tenant.id,
                name="expired",
                roles=[Role.API_USER],
                expires_at=utcnow() - timedelta(seconds=1),
            )
        minted = tokens.mint(
            ctx.settings,
            key_id=issued.key.id,
            tenant_slug=tenant.slug,
            roles=[Role.API_USER],
            staff_id=None,
        )
        _assert_refused(await _call(shared_api, f"Bearer {minted.token}"), principal.KEY_NOT_USABLE)


class TestEveryProtectedRouteRefuses:
    async def test_every_route_but_the_public_ones_refuses_a_missing_or_forged_token(
        self, shared_app: FastAPI, shared_api: Api, tenant: TenantHandle
    ) -> None:
        _assert_no_credentials(await _call(shared_api, None))
        missing = _shape(await _call(shared_api, None))
        forged = f"Bearer {FORGED['alg none'][0](tenant)}"
        refused = _shape(await _call(shared_api, forged))
        _assert_refused(await _call(shared_api, forged), tokens.BAD_ALGORITHM)
        admitted: list[str] = []
        for route in served_routes(shared_app):
            if route.template in PUBLIC:
                continue
            path = route.template.format(**PLACEHOLDERS)
            for authorization, refusal in ((None, missing), (forged, refused)):
                headers = {} if authorization is None else {"Authorization": authorization}
                response = await shared_api.request(route.method, path, headers=headers)
                if response.status_code != 401 or _shape(response) != refusal:
                    admitted.append(f"{route} -> {response.status_code} {response.text[:120]}")
        assert admitted == []

    async def test_the_public_routes_exist(self, shared_app: FastAPI) -> None:
        # Keeps PUBLIC honest: a stale entry would hide a route that stopped being public.
        templates = {route.template for route in served_routes(shared_app)}
        assert templates >= PUBLIC


class TestKeyExchangeRefusals:
    """A wrong, revoked or expired key gets the same 401, with no hint of which."""

    async def test_every_bad_key_gets_the_same_answer(
        self, shared_app: FastAPI, shared_api: Api, tenant: TenantHandle
    ) -> None:
        ctx = shared_app.state.ctx
        async with ctx.db.session() as session:
            expired = await service.issue_key(
                session,
                tenant.id,
                name="expired",
                roles=[Role.API_USER],
                expires_at=utcnow() - timedelta(seconds=1),
            )
            revoked = await service.issue_key(session, tenant.id, name="r", roles=[Role.API_USER])
        await tenant.delete(f"/api/v1/auth/api-keys/{revoked.key.id}")
        keys = {
            "expired": expired.plaintext,
            "revoked": revoked.plaintext,
            "right prefix, wrong secret": tenant.admin_key[:13] + "B" * 43,
            "unknown prefix": "owk_zzzzzzzz_" + "A" * 43,
            "not a key at all": "hello",
        }
        shapes = {}
        for reason, key in keys.items():
            response = await shared_api.post("/v1/auth/token", json={"jwtApiKey": key})
            shapes[reason] = _shape(response)
        assert shapes["expired"][0] == 401
        assert shapes["expired"][2]["code"] == "UNAUTHENTICATED"
        assert all(shape == shapes["expired"] for shape in shapes.values()), shapes
        good = await shared_api.post("/v1/auth/token", json={"jwtApiKey": tenant.admin_key})
        assert good.status_code == 200
