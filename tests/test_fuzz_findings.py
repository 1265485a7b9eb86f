"""Regressions of what the schemathesis run (tests/fuzz/run.py) found: the server and its OpenAPI
document must agree on what a request may be, what an answer is, and who may send it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI

from openwyn.directory import DIRECTORY
from openwyn.kit.paging import MAX_PAGE
from openwyn.kit.query import Kind
from tests.fixtures.api import Api, TenantHandle

pytestmark = pytest.mark.anyio


def _document(app: FastAPI) -> dict[str, Any]:
    document: dict[str, Any] = app.openapi()
    return document


def _operation(app: FastAPI, method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = _document(app)["paths"][path][method]
    return operation


async def _subscription(tenant: TenantHandle) -> int:
    body = {
        "entityType": "client",
        "operation": "UPDATE",
        "deliveryUrl": "https://hooks.example.com/openwyn",
    }
    response = await tenant.post("/api/v1/event-subscriptions", json=body)
    assert response.status_code == 201, response.text
    subscription_id: int = response.json()["data"]["subscription"]["id"]
    return subscription_id


class TestTheDocumentNamesWhoMayCall:
    async def test_every_route_but_the_public_ones_needs_a_bearer_token(self, app: FastAPI) -> None:
        document = _document(app)
        assert document["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
        public = {("/healthz", "get"), ("/readyz", "get"), ("/v1/auth/token", "post")}
        for path, operations in document["paths"].items():
            for method, operation in operations.items():
                if (path, method) in public:
                    assert "security" not in operation, (method, path)
                else:
                    assert {"bearerAuth": []} in operation["security"], (method, path)

    async def test_a_download_takes_a_token_or_a_signed_link(self, app: FastAPI) -> None:
        operation = _operation(app, "get", "/api/v1/files/{id}/content")
        assert operation["security"] == [{"bearerAuth": []}, {"signedUrl": []}]
        scheme = _document(app)["components"]["securitySchemes"]["signedUrl"]
        assert scheme == scheme | {"type": "apiKey", "in": "query", "name": "signature"}

    async def test_a_route_still_refuses_a_missing_token(self, api: Api) -> None:
        response = await api.get("/api/v1/clients")
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


class TestDeliveryLogTimestamps:
    async def test_a_number_is_not_a_timestamp(self, tenant: TenantHandle) -> None:
        subscription_id = await _subscription(tenant)
        path = f"/api/v1/event-subscriptions/{subscription_id}/deliveries"
        for name in ("from", "to"):
            response = await tenant.get(path, params={name: "0.5"})
            assert response.status_code == 400, response.text
            assert response.json()["error"]["details"][0]["path"] == name

    async def test_iso_text_with_or_without_an_offset_is(self, tenant: TenantHandle) -> None:
        subscription_id = await _subscription(tenant)
        path = f"/api/v1/event-subscriptions/{subscription_id}/deliveries"
        for value in ("2026-01-01T00:00:00Z", "2026-01-01T00:00:00+02:00", "2026-01-01T00:00:00"):
            response = await tenant.get(path, params={"from": value, "to": value})
            assert response.status_code == 200, response.text


class TestMoneyHasTwoDecimals:
    async def test_the_schema_says_so_and_the_server_holds_to_it(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        money = _document(app)["components"]["schemas"]["JobTemplateCreate"]["properties"]
        number = money["defaultBudget"]["anyOf"][0]["anyOf"][0]
        assert number["multipleOf"] == 0.01
        body = {"defaultBudget": 1.005}
        listed = await tenant.post("/gql/v1/job_templates", json=body)
        assert listed.status_code == 400
        assert (await tenant.post("/gql/v1/job_templates", json={"defaultBudget": 1.05})).is_success


class TestDownloadUrlBody:
    async def test_the_body_may_be_left_out_but_is_never_null(self, app: FastAPI) -> None:
        body = _operation(app, "post", "/api/v1/files/{id}/download-url")["requestBody"]
        schema = body["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/DownloadUrlRequest"}
        assert not body.get("required", False)


class TestTenantSlug:
    async def test_the_schema_states_the_slug_rule(self, app: FastAPI) -> None:
        slug = _document(app)["components"]["schemas"]["TenantCreate"]["properties"]["slug"]
        assert slug["pattern"] == r"^[a-z][a-z0-9-]{1,62}$"


class TestUploadForm:
    async def test_the_form_states_its_fields_and_their_rules(self, app: FastAPI) -> None:
        body = _operation(app, "post", "/api/v1/files")["requestBody"]
        schema = body["content"]["multipart/form-data"]["schema"]
        assert schema["dependentRequired"] == {
            "recordId": ["recordType"],
            "systemRef": ["recordType"],
        }
        assert all("anyOf" not in field for field in schema["properties"].values())
        assert not any(
            name.startswith("Body_upload") for name in _document(app)["components"]["schemas"]
        )

    async def test_a_download_is_documented_as_bytes(self, app: FastAPI) -> None:
        """Bytes of any kind: octet-stream first, as generators read raw content (`*/*` alone
        makes them drop it), and `*/*` too, for the file's own type is what is answered."""
        responses = _operation(app, "get", "/api/v1/files/{id}/content")["responses"]
        assert list(responses["200"]["content"]) == ["application/octet-stream", "*/*"]
        assert list(responses["206"]["content"]) == ["application/octet-stream", "*/*"]


class TestWebhookValidateBody:
    async def test_the_schema_asks_for_headers_or_signature_msg_id_and_timestamp(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        schema = _document(app)["components"]["schemas"]["ValidateRequest"]
        required = [branch["required"] for branch in schema["anyOf"]]
        assert required == [["headers"], ["signature", "msgId", "timestamp"]]
        body = {"payload": "{}", "secret": "whsec_" + "A" * 32, "signature": "v1,x"}
        response = await tenant.post("/api/v1/webhook/test/validate", json=body)
        assert response.status_code == 400


class TestRecordRoutes:
    async def test_the_search_route_names_custom_types_only(self, app: FastAPI) -> None:
        operation = _operation(app, "post", "/api/v1/records/{type}/search")
        excluded = operation["parameters"][0]["schema"]["not"]["enum"]
        assert "client" in excluded and "staff" in excluded

    async def test_a_new_type_may_not_take_a_standard_or_reserved_name(self, app: FastAPI) -> None:
        name = _document(app)["components"]["schemas"]["TypeCreate"]["properties"]["name"]
        assert {"client", "types", "custom", "search"} <= set(name["not"]["enum"])

    async def test_a_batch_takes_any_object_as_a_record(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        items = _document(app)["components"]["schemas"]["RecordBatch"]["properties"]["records"]
        assert {"type": "object"} in items["items"]["anyOf"]
        batch = {"records": [{"type": "client"}, {"type": "client", "systemRef": "R-1"}]}
        response = await tenant.post("/api/v1/records", json=batch)
        assert response.status_code == 200
        outcomes = response.json()["data"]["records"]
        assert [o["status"] for o in outcomes] == ["FAILED", "FAILED"]  # no name for the client

    async def test_a_405_under_types_names_only_what_that_path_serves(self, api: Api) -> None:
        response = await api.request("OPTIONS", "/api/v1/records/types/client")
        assert response.status_code == 405
        assert response.headers["Allow"] == "GET"
        under_custom = await api.request("OPTIONS", "/api/v1/records/custom/note")
        assert set(under_custom.headers["Allow"].split(", ")) == {"GET", "PUT", "PATCH", "DELETE"}

    async def test_the_search_path_documents_only_the_search(self, app: FastAPI) -> None:
        assert set(_document(app)["paths"]["/api/v1/records/{type}/search"]) == {"post"}
        for method in ("get", "delete"):
            operation = _operation(app, method, "/api/v1/records/{type}/{systemRef}")
            assert "405" in operation["responses"], method
            (system_ref,) = [p for p in operation["parameters"] if p["name"] == "systemRef"]
            assert system_ref["schema"]["not"] == {"const": "search"}

    async def test_types_and_custom_are_not_record_types_of_the_generic_routes(
        self, tenant: TenantHandle
    ) -> None:
        assert (await tenant.delete("/api/v1/records/types/client")).status_code == 405


class TestRecordDeletes:
    async def test_deleting_a_record_documents_the_409_of_a_deactivated_type(
        self, app: FastAPI
    ) -> None:
        assert "409" in _operation(app, "delete", "/api/v1/records/{type}/{systemRef}")["responses"]


class TestCustomTypeFieldOptions:
    async def test_the_schema_says_which_options_go_with_which_types(self, app: FastAPI) -> None:
        schema = _document(app)["components"]["schemas"]["FieldDefinition"]
        conditions = [rule["if"] for rule in schema["allOf"]]
        assert {
            "required": ["maxLength"],
            "properties": {"maxLength": {"not": {"type": "null"}}},
        } in conditions
        enum_values = schema["properties"]["enumValues"]["anyOf"][0]
        assert enum_values["uniqueItems"] is True


class TestSubscriptionUrls:
    async def test_the_schema_states_the_url_rule_of_the_mode(self, app: FastAPI) -> None:
        url = _document(app)["components"]["schemas"]["SubscriptionCreate"]["properties"]
        assert url["deliveryUrl"]["pattern"].startswith("^https://")

    async def test_a_url_the_pattern_refuses_is_400_not_500(self, tenant: TenantHandle) -> None:
        for url in ("https://[::1", "https://a b.example/x", "https://user@hooks.example"):
            body = {"entityType": "client", "operation": "UPDATE", "deliveryUrl": url}
            response = await tenant.post("/api/v1/event-subscriptions", json=body)
            assert response.status_code == 400, (url, response.text)


class TestContactRulesAcrossFields:
    async def test_the_schemas_state_them(self, app: FastAPI) -> None:
        schemas = _document(app)["components"]["schemas"]
        assert len(schemas["ContactCreate"]["anyOf"]) == 2
        assert schemas["ContactUpdate"]["not"]["required"] == ["firstName", "lastName"]
        kinds = [
            rule["if"]["properties"]["kind"]["enum"]
            for rule in schemas["ContactInfoCreate"]["allOf"]
        ]
        assert ["EMAIL"] in kinds and ["ADDRESS"] in kinds


class TestNoServerErrors:
    async def test_a_signature_with_non_ascii_text_is_invalid_not_a_500(
        self, tenant: TenantHandle
    ) -> None:
        headers = {"webhook-id": "msg_1", "webhook-timestamp": "1", "webhook-signature": "v1,é"}
        body = {"payload": "{}", "secret": "whsec_" + "A" * 32, "headers": headers}
        response = await tenant.post("/api/v1/webhook/test/validate", json=body)
        assert response.status_code == 200, response.text
        assert response.json()["data"]["isValid"] is False

    async def test_a_timestamp_before_the_first_utc_instant_is_400(
        self, tenant: TenantHandle
    ) -> None:
        subscription_id = await _subscription(tenant)
        early = "0001-01-01T00:00:00+05:00"
        recover = f"/api/v1/event-subscriptions/{subscription_id}/recover"
        assert (await tenant.post(recover, json={"since": early})).status_code == 400
        where = {"where": {"createdAt": {"_gt": early}}}
        assert (await tenant.post("/gql/v1/clients/search", json=where)).status_code == 400


class TestWhiteSpaceIsTheSameForTheSchemaAndTheServer:
    async def test_a_website_with_any_white_space_is_refused(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        pattern = _document(app)["components"]["schemas"]["ClientCreate"]["properties"]
        assert "\\ufeff" in pattern["website"]["anyOf"][0]["pattern"]
        for space in ("\x1c", "\x85", "\ufeff", "\u2028"):
            body = {"name": "Acme", "website": f"https://acme{space}.example"}
            response = await tenant.post("/api/v1/clients", json=body)
            assert response.status_code == 400, repr(space)


class TestCustomFieldLimits:
    async def test_a_limit_is_a_number_or_a_plain_numeric_string(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        limit = _document(app)["components"]["schemas"]["FieldDefinition"]["properties"]["min"]
        assert limit["anyOf"][1]["pattern"] == r"^-?[0-9]{1,30}(\.[0-9]{1,8})?$"
        for bound, status in (("12.5", 201), (12.5, 201), ("ð", 400), ("1e5", 400), (1e-31, 400)):
            field = {"name": "amount", "type": "decimal", "min": bound}
            body = {"name": f"t{status}_{abs(hash(repr(bound)))}", "fields": [field]}
            response = await tenant.post("/api/v1/records/custom", json=body)
            assert response.status_code == status, (bound, response.text)

    async def test_a_large_limit_is_stored_and_read_back(self, tenant: TenantHandle) -> None:
        field = {"name": "big", "type": "integer", "max": 8.468302083286297e30, "rank": 235.0}
        created = await tenant.post(
            "/api/v1/records/custom", json={"name": "huge", "fields": [field]}
        )
        assert created.status_code == 201, created.text
        shown = (await tenant.get("/api/v1/records/custom/huge")).json()["data"]["fields"][0]
        assert shown["max"] == 8.468302083286297e30 and shown["rank"] == 235

    async def test_a_limit_stored_with_an_exponent_is_read_back(self, tenant: TenantHandle) -> None:
        fields = [
            {"name": "tiny", "type": "integer", "min": -1e-30, "max": 1e-30},
            {"name": "vast", "type": "decimal", "min": -1e30, "max": 1e30},
        ]
        created = await tenant.post(
            "/api/v1/records/custom", json={"name": "exp", "fields": fields}
        )
        assert created.status_code == 201, created.text
        shown = (await tenant.get("/api/v1/records/custom/exp")).json()["data"]["fields"]
        assert [(field["min"], field["max"]) for field in shown] == [
            (-1e-30, 1e-30),
            (-1e30, 1e30),
        ]


class TestWhatPostgresqlCannotHoldIsRefusedFirst:
    """Found by the PostgreSQL run: these reached the database, which failed the statement (a
    503 'database unreachable'); on SQLite they were stored."""

    async def test_text_with_nul_is_400(self, app: FastAPI, tenant: TenantHandle) -> None:
        name = _document(app)["components"]["schemas"]["IndustryCreate"]["properties"]["name"]
        assert name["pattern"] == r"^[^\x00]*$"
        created = await tenant.post("/api/v1/industries", json={"name": "Tax\x00"})
        assert created.status_code == 400, created.text
        contact = {"firstName": "Ann", "email": "ann\x00@example.com"}
        assert (await tenant.post("/api/v1/contacts", json=contact)).status_code == 400
        listed = await tenant.post("/gql/v1/clients", json={"name": "A\x00"})
        assert listed.status_code == 400, listed.text

    async def test_every_text_a_create_or_update_takes_states_it_holds_no_nul(
        self, app: FastAPI
    ) -> None:
        schemas = _document(app)["components"]["schemas"]
        for resource in DIRECTORY:
            for model in (resource.models.create, resource.models.update):
                properties = schemas[model.__name__]["properties"]
                for attr in resource.writable:
                    if attr.kind is not Kind.STR:
                        continue
                    texts = [properties[attr.name], *properties[attr.name].get("anyOf", [])]
                    patterns = [t["pattern"] for t in texts if t.get("type") == "string"]
                    assert patterns, (model.__name__, attr.name)
                    assert all(re.match(p, "a\x00b") is None for p in patterns), attr.name

    async def test_a_version_filter_beyond_the_column_is_400(self, tenant: TenantHandle) -> None:
        listed = await tenant.post("/gql/v1/clients", json={"version": 2**53 - 1})
        assert listed.status_code == 400, listed.text
        assert (await tenant.post("/gql/v1/clients", json={"version": 2**31 - 1})).is_success


class TestCustomFieldKeys:
    async def test_the_schema_says_every_key_must_fit_the_pattern(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        fields = _document(app)["components"]["schemas"]["ClientCreate"]["properties"]
        custom = fields["customFields"]["anyOf"][0]
        assert custom["propertyNames"]["pattern"] == r"^[A-Za-z_][A-Za-z0-9_]{0,63}$"
        assert "patternProperties" not in custom
        body = {"name": "Acme", "customFields": {"not a key": 1}}
        assert (await tenant.post("/api/v1/clients", json=body)).status_code == 400


class TestRatesFitTheirColumn:
    async def test_a_rate_beyond_numeric_12_2_is_400(
        self, app: FastAPI, tenant: TenantHandle
    ) -> None:
        fields = _document(app)["components"]["schemas"]["StaffCreate"]["properties"]
        assert fields["billingRate"]["anyOf"][0]["anyOf"][0]["maximum"] == 9999999999.99
        for rate in ("10000000000.00", -979188800460.8):
            body = {"firstName": "Ada", "lastName": "Byron", "billingRate": rate}
            assert (await tenant.post("/api/v1/staff", json=body)).status_code == 400, rate
        fine = {"firstName": "Ada", "lastName": "Byron", "costRate": "9999999999.99"}
        assert (await tenant.post("/api/v1/staff", json=fine)).status_code == 201


class TestFiltersAndPagesBeyondTheColumns:
    async def test_a_money_filter_beyond_the_column_matches_nothing(
        self, tenant: TenantHandle
    ) -> None:
        client = await tenant.post("/api/v1/clients", json={"name": "Acme"})
        body = {"name": "Audit", "clientId": client.json()["data"]["id"], "fixedFee": "12.50"}
        assert (await tenant.post("/api/v1/jobs", json=body)).status_code == 201
        for where in (
            {"fixedFee": {"_eq": 7068547287113278.0}},
            {"fixedFee": {"_lt": "-4148008933020484"}},
            {"fixedFee": {"_in": [1e20, "12.5"]}},
            {"fixedFee": {"_nin": [1e20]}},
        ):
            response = await tenant.post("/gql/v1/jobs/search", json={"where": where})
            assert response.status_code == 200, (where, response.text)
        found = await tenant.post(
            "/gql/v1/jobs/search", json={"where": {"fixedFee": {"_in": [1e20, "12.5"]}}}
        )
        assert found.json()["total"]["aggregate"]["count"] == 1

    async def test_the_last_page_is_an_empty_page(self, tenant: TenantHandle) -> None:
        last = MAX_PAGE
        searched = await tenant.post(
            "/gql/v1/departments/search", json={"page": last, "limit": 1000, "where": {}}
        )
        assert searched.status_code == 200, searched.text
        assert searched.json()["departments"] == []
        listed = await tenant.get(f"/api/v1/clients?page={last}&pageSize=1000")
        assert listed.status_code == 200, listed.text
        assert listed.json()["data"] == []


class TestTheFuzzHooks:
    def test_a_string_that_is_no_url_does_not_end_the_run(self) -> None:
        """A 2xx answer may hold any text that starts like a URL (`http://[x`); schemathesis's
        link discovery reads it as none instead of raising (tests/fuzz/hooks.py)."""
        pytest.importorskip("schemathesis")
        from schemathesis.engine import observations

        from tests.fuzz import hooks

        assert observations._same_origin_path is hooks._same_origin_path
        origin = ("http", "127.0.0.1:8000")
        assert observations._same_origin_path("http://[x", origin) is None
        assert observations._same_origin_path("http://127.0.0.1:8000/a/1", origin) == "/a/1"
