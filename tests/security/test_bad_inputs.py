"""No input gets a 500: values the database cannot hold are refused as input, with a 4xx.

PostgreSQL text cannot hold NUL (U+0000) and both databases hold integers of 64 bits; a value
past either must be refused before it reaches SQL (400 naming the parameter, 401 for a token,
403 or 404 where the route says so), never fail the statement. The last test walks the OpenAPI
document and throws hostile values at every path and query parameter of every route.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import jwt
import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from openwyn.app import create_app
from openwyn.auth.roles import Role
from openwyn.config import Settings
from tests.conftest import TEST_SECRET
from tests.fixtures.api import Api, TenantHandle, make_tenant

pytestmark = pytest.mark.anyio

BEYOND_INT64 = 2**63


@pytest.fixture(scope="module")
async def caller(shared_app: FastAPI, shared_api: Api) -> TenantHandle:
    """A tenant whose token holds every role, so that every route runs its handler."""
    handle = await make_tenant(shared_app, shared_api)
    handle.token = await handle.token_for(*Role)
    return handle


def _details(response: httpx.Response) -> list[str]:
    return [detail["path"] for detail in response.json()["error"]["details"]]


def _cursor(txid: int, event_id: int, at: int) -> str:
    return base64.urlsafe_b64encode(f"{txid}.{event_id}.{at}".encode()).decode().rstrip("=")


class TestEventFeed:
    @pytest.mark.parametrize(
        "position",
        [
            (BEYOND_INT64, 1, 1_700_000_000_000),
            (1, BEYOND_INT64, 1_700_000_000_000),
            (1, 1, BEYOND_INT64),
            (-2, 1, 1_700_000_000_000),
            (1, -1, 1_700_000_000_000),
            (1, 1, -1),
        ],
        ids=["txid", "id", "timestamp", "negative-txid", "negative-id", "negative-timestamp"],
    )
    async def test_a_cursor_outside_the_databases_range_is_a_400(
        self, caller: TenantHandle, position: tuple[int, int, int]
    ) -> None:
        response = await caller.get("/api/v1/events", params={"after": _cursor(*position)})
        assert response.status_code == 400, response.text
        assert _details(response) == ["after"]

    async def test_an_event_id_beyond_64_bits_is_a_400(self, caller: TenantHandle) -> None:
        response = await caller.get(f"/api/v1/events/{BEYOND_INT64}")
        assert response.status_code == 400, response.text
        assert _details(response) == ["eventId"]

    async def test_an_entity_type_holding_nul_is_a_400(self, caller: TenantHandle) -> None:
        response = await caller.get("/api/v1/events", params={"entityType": "client\x00"})
        assert response.status_code == 400, response.text
        assert _details(response) == ["entityType"]


class TestSignedDownloads:
    @pytest.mark.parametrize("name", ["tenant", "expires"])
    async def test_a_number_beyond_64_bits_is_a_refused_link(
        self, shared_api: Api, name: str
    ) -> None:
        query = {"tenant": "1", "expires": "4102444800", "signature": "0" * 64}
        query[name] = str(BEYOND_INT64)
        response = await shared_api.get("/api/v1/files/1/content", params=query)
        assert response.status_code == 403, response.text

    async def test_a_file_id_beyond_64_bits_is_a_400(self, shared_api: Api) -> None:
        query = {"tenant": "1", "expires": "4102444800", "signature": "0" * 64}
        response = await shared_api.get(f"/api/v1/files/{BEYOND_INT64}/content", params=query)
        assert response.status_code == 400, response.text
        assert _details(response) == ["id"]


class TestTokenClaims:
    """A token signed with the server's own secret can still carry claims no key has."""

    @pytest.mark.parametrize(
        "claims",
        [
            {"authKeyId": BEYOND_INT64},
            {"authKeyId": -1},
            {"authKeyId": 0},
            {"authKeyId": "1"},
            {"authKeyId": 1.5},
            {"authKeyId": True},
            {"staffId": BEYOND_INT64},
            {"staffId": "7"},
        ],
        ids=repr,
    )
    async def test_a_key_or_staff_id_that_is_no_row_id_is_a_401(
        self, caller: TenantHandle, claims: dict[str, Any]
    ) -> None:
        payload = jwt.decode(caller.token, options={"verify_signature": False}) | claims
        payload["sub"] = f"apikey:{payload['authKeyId']}"
        token = jwt.encode(payload, TEST_SECRET, algorithm="HS256")
        response = await caller.api.get(
            "/api/v1/clients", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 401, response.text


class TestNulInText:
    @pytest.mark.parametrize("method", ["GET", "DELETE"])
    async def test_a_system_ref_in_the_path_holding_nul_is_a_400(
        self, caller: TenantHandle, method: str
    ) -> None:
        response = await caller.api.request(
            method, "/api/v1/records/client/PMS%001", headers=caller.headers
        )
        assert response.status_code == 400, response.text
        assert _details(response) == ["systemRef"]

    @pytest.mark.parametrize("method", ["POST", "PUT"])
    async def test_a_record_whose_system_ref_holds_nul_fails_alone(
        self, caller: TenantHandle, method: str
    ) -> None:
        records = [
            {"type": "client", "systemRef": "NUL\x00REF", "attributes": {"name": "Bad"}},
            {"type": "client", "systemRef": "NUL-FINE", "attributes": {"name": "Good"}},
        ]
        response = await caller.api.request(
            method, "/api/v1/records", json={"records": records}, headers=caller.headers
        )
        assert response.status_code == 200, response.text
        bad, good = response.json()["data"]["records"]
        assert bad["status"] == "FAILED"
        assert bad["error"]["code"] == "VALIDATION_FAILED"
        assert [detail["path"] for detail in bad["error"]["details"]] == ["records[0].systemRef"]
        assert good["systemRef"] == "NUL-FINE"  # the batch went on

    async def test_an_attribute_holding_nul_fails_its_record(self, caller: TenantHandle) -> None:
        records = [{"type": "client", "systemRef": "NUL-ATTR", "attributes": {"name": "a\x00"}}]
        response = await caller.post("/api/v1/records", json={"records": records})
        assert response.status_code == 200, response.text
        (outcome,) = response.json()["data"]["records"]
        assert outcome["status"] == "FAILED"
        assert [d["path"] for d in outcome["error"]["details"]] == ["attributes.name"]

    @pytest.mark.parametrize("name", ["systemRef", "recordType"])
    async def test_a_file_filter_holding_nul_is_a_400(
        self, caller: TenantHandle, name: str
    ) -> None:
        query = {"recordType": "client", "systemRef": "PMS-1"} | {name: "x\x00"}
        response = await caller.get("/api/v1/files", params=query)
        assert response.status_code == 400, response.text
        assert _details(response) == [name]


# ---------------------------------------------------------------------------------------------
# Every path and query parameter of every route in the OpenAPI document


@dataclass(frozen=True)
class Parameter:
    method: str
    path: str
    name: str
    where: str  # "path" or "query"
    others: tuple[tuple[str, str], ...]  # the route's other path parameters, validly filled

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path} {self.where}:{self.name}"


# A valid value for each path parameter that is not an integer id: the parameter under test
# must be the only bad one, or the route would refuse the request before using it.
_VALID_PATH_TEXT = {
    "type": "client",
    "name": "widget",
    "systemRef": "PMS-1",
    "eventId": "evt_" + "0" * 24,
}
# The signed download's query parameters travel together; a signature makes the route use them.
_COMPANIONS = {
    "/api/v1/files/{id}/content": {"tenant": "1", "expires": "4102444800", "signature": "0" * 64}
}


def _document() -> dict[str, Any]:
    app = create_app(Settings(database_url="sqlite+aiosqlite://", jwt_secret=TEST_SECRET))
    return app.openapi()


def _path_value(parameter: dict[str, Any]) -> str:
    return (
        "1" if parameter["schema"].get("type") == "integer" else _VALID_PATH_TEXT[parameter["name"]]
    )


def _parameters(document: dict[str, Any]) -> list[Parameter]:
    found = []
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            declared = [p for p in operation.get("parameters", []) if p["in"] in ("path", "query")]
            in_path = {p["name"]: _path_value(p) for p in declared if p["in"] == "path"}
            for parameter in declared:
                others = tuple((k, v) for k, v in in_path.items() if k != parameter["name"])
                found.append(Parameter(method, path, parameter["name"], parameter["in"], others))
    return found


PARAMETERS = _parameters(_document())


def test_the_walk_covers_the_documents_parameters() -> None:
    """An empty or shrunken walk would pass without testing anything."""
    assert len(PARAMETERS) >= 100
    assert {p.where for p in PARAMETERS} == {"path", "query"}


_HOSTILE = [
    BEYOND_INT64,
    2**64,
    -BEYOND_INT64 - 1,
    -1,
    0,
    "1.5",
    "1e400",
    "NaN",
    "",
    "a\x00b",
    "\ud800",
    "x" * 5000,
    "evt_" + "f" * 24,
    "%",
]
hostile_values = (
    st.sampled_from(_HOSTILE)
    | st.integers()
    | st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
)


def _encoded(value: object) -> str:
    # Lone surrogates travel as the bytes a careless encoder would send (WTF-8).
    return quote(str(value).encode("utf-8", "surrogatepass"), safe="")


def _url(parameter: Parameter, value: object) -> str:
    path_values = dict(parameter.others)
    query = dict(_COMPANIONS.get(parameter.path, {}))
    if parameter.where == "path":
        path_values[parameter.name] = value  # type: ignore[assignment]
    else:
        query[parameter.name] = value  # type: ignore[assignment]
    path = parameter.path
    for name, filled in path_values.items():
        path = path.replace(f"{{{name}}}", _encoded(filled))
    encoded_query = "&".join(f"{_encoded(k)}={_encoded(v)}" for k, v in query.items())
    return f"{path}?{encoded_query}" if encoded_query else path


@pytest.mark.parametrize("parameter", PARAMETERS, ids=str)
@settings(
    max_examples=8,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=hostile_values)
@example(value=BEYOND_INT64)
@example(value="a\x00b")
async def test_no_value_of_any_parameter_gets_a_5xx(
    caller: TenantHandle, parameter: Parameter, value: object
) -> None:
    response = await caller.api.request(
        parameter.method.upper(), _url(parameter, value), headers=caller.headers
    )
    assert response.status_code < 500, f"{parameter} = {value!r}: {response.text[:500]}"
