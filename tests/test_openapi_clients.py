"""The OpenAPI document is one that code generators turn into a clean client.

clients/python/ is generated from it; tests/test_python_client.py checks that the generated code
is current and type-checks.
"""

from __future__ import annotations

import re
import warnings
from decimal import Decimal
from typing import Annotated, Any, get_args, get_origin

import pytest
from fastapi import FastAPI
from pydantic import BaseModel, WithJsonSchema

pytestmark = pytest.mark.anyio

METHODS = ("get", "post", "put", "patch", "delete")


def _document(app: FastAPI) -> dict[str, Any]:
    document: dict[str, Any] = app.openapi()
    return document


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
    ]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


class TestOperationIds:
    async def test_every_operation_has_a_readable_unique_id(self, app: FastAPI) -> None:
        ids = [op["operationId"] for _, _, op in _operations(_document(app))]
        assert len(ids) == len(set(ids))
        for operation_id in ids:
            assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", operation_id), operation_id

    async def test_no_id_is_fastapis_default_of_name_path_and_method(self, app: FastAPI) -> None:
        """FastAPI's default joins the name, the path and the method:
        `get_event_api_v1_events__eventId__get`."""
        for path, method, operation in _operations(_document(app)):
            operation_id = operation["operationId"]
            assert not operation_id.endswith(f"_{method}"), operation_id
            assert "api_v1" not in operation_id, (path, operation_id)

    async def test_ids_name_what_the_operation_does(self, app: FastAPI) -> None:
        document = _document(app)
        ids = {(path, method): op["operationId"] for path, method, op in _operations(document)}
        assert ids["/api/v1/files/{id}/content", "get"] == "download_file"
        assert ids["/api/v1/records", "post"] == "upsert_records"
        assert ids["/api/v1/records/custom", "post"] == "create_custom_type"
        assert ids["/api/v1/events", "get"] == "list_events"


class TestNamedSchemas:
    async def test_a_timezone_is_one_schema_whose_values_have_distinct_names(
        self, app: FastAPI
    ) -> None:
        schemas = _document(app)["components"]["schemas"]
        timezone = schemas["Timezone"]
        names = dict(zip(timezone["enum"], timezone["x-enum-varnames"], strict=True))
        assert len(set(names.values())) == len(names)
        assert names["GMT0"] != names["GMT+0"] != names["GMT-0"] != names["GMT0"]
        assert names["Europe/Paris"] == "EUROPE_PARIS"
        office = schemas["OfficeCreate"]["properties"]["timezone"]["anyOf"][0]
        assert office["$ref"] == _ref("Timezone")["$ref"]

    async def test_references_and_system_refs_are_named_once(self, app: FastAPI) -> None:
        document = _document(app)
        schemas = document["components"]["schemas"]
        assert schemas["ClientCreate"]["properties"]["partnerStaffId"]["anyOf"] == [
            _ref("Reference"),
            {"type": "null"},
        ]
        system_ref = schemas["Reference"]["anyOf"][2]["properties"]["systemRef"]
        assert system_ref == _ref("SystemRef")
        text = str(document)
        assert text.count("'pmsRef': {'type': 'string', 'minLength': 1") == 1

    async def test_sort_keys_are_named_per_resource(self, app: FastAPI) -> None:
        schemas = _document(app)["components"]["schemas"]
        order_by = schemas["ClientSearchRequest"]["properties"]["orderBy"]["anyOf"][0]
        assert order_by["items"] == _ref("ClientOrderBy")
        assert schemas["ClientOrderBy"]["additionalProperties"] == _ref("SortDirection")

    async def test_no_schema_is_named_client(self, app: FastAPI) -> None:
        """Generated clients call their HTTP client class `Client`."""
        schemas = _document(app)["components"]["schemas"]
        assert "Client" not in schemas
        assert "FirmClient" in schemas


class TestResponses:
    async def test_fields_every_answer_carries_are_required_and_not_null(
        self, app: FastAPI
    ) -> None:
        schemas = _document(app)["components"]["schemas"]
        for name in ("Office", "FirmClient", "ClientDetail", "Staff"):
            required = set(schemas[name]["required"])
            assert {"id", "createdAt", "updatedAt", "version"} <= required, name
            assert schemas[name]["properties"]["id"] == {"type": "integer", "title": "Id"}
        assert "name" in schemas["FirmClient"]["required"]
        assert "clientRef" not in schemas["FirmClient"].get("required", [])

    async def test_every_envelope_types_its_data(self, app: FastAPI) -> None:
        """No envelope leaves `data` a bare object: generated models would drop its fields."""
        schemas = _document(app)["components"]["schemas"]
        envelopes = [name for name, schema in schemas.items() if name.endswith("Envelope")]
        assert len(envelopes) > 40
        for name in envelopes:
            data = schemas[name]["properties"]["data"]
            data = data.get("items", data)
            assert "$ref" in data or data.get("type") == "null", name

    async def test_the_change_feed_states_its_page_info(self, app: FastAPI) -> None:
        schemas = _document(app)["components"]["schemas"]
        meta = schemas["EventFeedEnvelope"]["properties"]["meta"]
        assert meta == _ref("FeedMeta")
        assert schemas["FeedMeta"]["properties"]["pageInfo"] == _ref("PageInfo")
        assert schemas["EventFeedEnvelope"]["properties"]["data"]["items"] == _ref("Event")

    async def test_a_download_is_bytes_with_its_headers(self, app: FastAPI) -> None:
        download = _document(app)["paths"]["/api/v1/files/{id}/content"]["get"]
        headers = {p["name"] for p in download["parameters"] if p["in"] == "header"}
        assert headers == {"Range", "If-None-Match"}
        for code in ("200", "206"):
            content = list(download["responses"][code]["content"])
            assert content == ["application/octet-stream", "*/*"]
            assert "ETag" in download["responses"][code]["headers"]

    async def test_headers_the_server_sends_are_declared(self, app: FastAPI) -> None:
        paths = _document(app)["paths"]
        create = paths["/api/v1/clients"]["post"]["responses"]["201"]
        assert {"Location", "ETag"} <= set(create["headers"])
        assert "ETag" in paths["/api/v1/clients/{id}"]["get"]["responses"]["200"]["headers"]
        assert "ETag" in paths["/gql/v1/client/{id}"]["get"]["responses"]["200"]["headers"]
        assert "headers" not in paths["/api/v1/clients"]["get"]["responses"]["200"]
        for _, _, operation in _operations(_document(app)):
            if "429" in operation["responses"]:
                assert "Retry-After" in operation["responses"]["429"]["headers"]


async def test_the_document_builds_without_a_warning(app: FastAPI) -> None:
    # FastAPI only warns about a repeated operationId; a generated client would then name two
    # calls alike and lose one.
    app.openapi_schema = None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = app.openapi()
    operations = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(operations) == len(set(operations))


async def test_no_two_models_share_a_name(app: FastAPI) -> None:
    # FastAPI names two models of one name by their modules (`openwyn__payments__...`), and a
    # generated client then drops what refers to them.
    app.openapi_schema = None
    names = list(app.openapi()["components"]["schemas"])
    assert [name for name in names if name.startswith("openwyn__")] == []


def _bare_decimals(annotation: Any, metadata: list[Any], path: str, seen: set[type]) -> list[str]:
    """Where a model answers a Decimal its schema would call a string: the encoder writes
    decimals as JSON numbers, so each must say so (`inputs.MoneyOut`, `inputs.DecimalOut`)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *more = get_args(annotation)
        return _bare_decimals(base, [*metadata, *more], path, seen)
    if annotation is Decimal:
        return [] if any(isinstance(m, WithJsonSchema) for m in metadata) else [path]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return []
        seen.add(annotation)
        return [
            bare
            for name, field in annotation.model_fields.items()
            for bare in _bare_decimals(
                field.annotation, list(field.metadata), f"{annotation.__name__}.{name}", seen
            )
        ]
    return [bare for arg in get_args(annotation) for bare in _bare_decimals(arg, [], path, seen)]


async def test_every_decimal_an_answer_holds_is_documented_as_a_number(app: FastAPI) -> None:
    seen: set[type] = set()
    routes = [route for _, route in app.state.route_table.routes()]
    models = [route.response_model for route in routes if route.response_model is not None]
    assert len(models) > 100  # the check reaches the answers
    bare = [b for model in models for b in _bare_decimals(model, [], "", seen)]
    assert bare == []
