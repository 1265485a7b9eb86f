"""The OpenAPI document, the offline docs page and the command line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.api import Api

pytestmark = pytest.mark.anyio


class TestOpenApi:
    async def test_every_route_has_request_response_and_error_schemas(self, api: Api) -> None:
        document = (await api.get("/openapi.json")).json()
        paths = document["paths"]
        assert "/gql/v1/clients/search" in paths
        assert "/api/v1/clients/{id}/reactivate" in paths
        assert not any(path.startswith("/v1/client") for path in paths)
        search = paths["/gql/v1/clients/search"]["post"]
        assert "requestBody" in search
        assert {"200", "401", "403", "400", "429", "503"} <= set(search["responses"])
        create = paths["/api/v1/clients"]["post"]
        assert {"201", "400", "409", "413", "415"} <= set(create["responses"])
        schema = create["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert schema.endswith("ClientCreate")

    async def test_validation_errors_are_documented_as_400_in_the_envelope(self, api: Api) -> None:
        """Contract §13.1: no operation documents a 422, and FastAPI's own error shape is gone."""
        document = (await api.get("/openapi.json")).json()
        operations = [op for ops in document["paths"].values() for op in ops.values()]
        assert not [op["operationId"] for op in operations if "422" in op["responses"]]
        taking_input = [op for op in operations if op.get("parameters") or op.get("requestBody")]
        assert taking_input
        for operation in taking_input:
            bad_request = operation["responses"]["400"]["content"]["application/json"]
            assert bad_request["schema"]["$ref"].endswith("/ErrorEnvelope")
        assert "HTTPValidationError" not in document["components"]["schemas"]

    async def test_schemas_say_what_the_server_does(self, api: Api) -> None:
        document = (await api.get("/openapi.json")).json()
        schemas = document["components"]["schemas"]
        # Money is answered as a JSON number, and taken as a number or a numeric string.
        assert schemas["Staff"]["properties"]["billingRate"]["anyOf"][0] == {"type": "number"}
        money_in = schemas["StaffCreate"]["properties"]["billingRate"]["anyOf"][0]["anyOf"]
        assert [option["type"] for option in money_in] == ["number", "string"]
        # A body-less search is allowed, but a null body is not part of the schema.
        search = document["paths"]["/gql/v1/clients/search"]["post"]
        body_schema = search["requestBody"]["content"]["application/json"]["schema"]
        assert body_schema == {"$ref": "#/components/schemas/ClientSearchRequest"}
        assert {"400", "413", "415"} <= set(search["responses"])
        timezone = schemas["OfficeCreate"]["properties"]["timezone"]["anyOf"][0]
        assert timezone["$ref"] == "#/components/schemas/Timezone"
        assert "Europe/Paris" in schemas["Timezone"]["enum"]

    async def test_search_bodies_describe_the_where_language(self, api: Api) -> None:
        schemas = (await api.get("/openapi.json")).json()["components"]["schemas"]
        request = schemas["StaffSearchRequest"]["properties"]
        assert request["where"]["anyOf"][0] == {"$ref": "#/components/schemas/StaffWhere"}
        where = schemas["StaffWhere"]
        assert where["additionalProperties"] is False
        fields = where["properties"]
        assert fields["_not"] == {"$ref": "#/components/schemas/StaffWhere"}
        assert fields["lastName"] == {"$ref": "#/components/schemas/StringComparison"}
        assert fields["department"] == {"$ref": "#/components/schemas/DepartmentWhere"}
        assert fields["staffType"]["properties"]["_eq"]["enum"][0] == "PARTNER"
        assert "_gt" not in schemas["BooleanComparison"]["properties"]
        assert "_like" not in schemas["IntegerComparison"]["properties"]
        assert schemas["StringComparison"]["properties"]["_in"]["maxItems"] == 1000
        assert request["orderBy"]["anyOf"][0]["items"] == {
            "$ref": "#/components/schemas/StaffOrderBy"
        }
        order_item = schemas["StaffOrderBy"]
        assert "lastName" in order_item["propertyNames"]["enum"]
        assert order_item["additionalProperties"] == {"$ref": "#/components/schemas/SortDirection"}
        assert schemas["SortDirection"]["enum"][-1] == "desc_nulls_last"

    async def test_custom_fields_and_many_to_many_relations_are_described(self, api: Api) -> None:
        schemas = (await api.get("/openapi.json")).json()["components"]["schemas"]
        client = schemas["ClientWhere"]["properties"]
        custom = client["customFields"]
        assert custom["additionalProperties"] == {"$ref": "#/components/schemas/MapComparison"}
        assert set(schemas["MapComparison"]["properties"]) == {
            "_eq",
            "_neq",
            "_in",
            "_nin",
            "_is_null",
        }
        assert client["contacts"] == {"$ref": "#/components/schemas/ContactWhere"}
        assert schemas["ContactWhere"]["properties"]["clients"] == {
            "$ref": "#/components/schemas/ClientWhere"
        }
        assert "customFields" not in schemas["ClientListRequest"]["properties"]

    async def test_docs_work_without_the_internet(self, api: Api) -> None:
        page = await api.get("/docs")
        assert page.status_code == 200
        assert "cdn" not in page.text.lower()
        assert "/docs-assets/swagger-ui-bundle.js" in page.text
        asset = await api.get("/docs-assets/swagger-ui-bundle.js")
        assert asset.status_code == 200 and len(asset.content) > 100_000


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "openwyn", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class TestCommandLine:
    def test_tenant_key_and_token_commands(self, tmp_path: Path) -> None:
        env = os.environ | {
            "OPENWYN_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/cli.db",
            "OPENWYN_JWT_SECRET": "cli-secret-" + "c" * 40,
        }
        created = _cli(["tenant", "create", "acme", "--name", "Acme CPA", "--json"], env)
        assert created.returncode == 0, created.stderr
        data = json.loads(created.stdout)
        assert data["tenant"]["slug"] == "acme"
        admin_key = data["apiKey"]["apiKey"]
        again = _cli(["tenant", "create", "acme"], env)
        assert again.returncode != 0

        key = _cli(
            [
                "apikey",
                "create",
                "--tenant",
                "acme",
                "--role",
                "API_USER",
                "--role",
                "RECORD_R",
                "--json",
            ],
            env,
        )
        assert key.returncode == 0, key.stderr
        key_data = json.loads(key.stdout)
        assert key_data["roles"] == ["API_USER", "RECORD_R"]

        token = _cli(["token", "--api-key", key_data["apiKey"]], env)
        assert token.returncode == 0 and token.stdout.count(".") == 2

        revoked = _cli(["apikey", "revoke", "--tenant", "acme", str(key_data["id"])], env)
        assert revoked.returncode == 0, revoked.stderr
        refused = _cli(["token", "--api-key", key_data["apiKey"]], env)
        assert refused.returncode != 0
        assert _cli(["token", "--api-key", admin_key], env).returncode == 0

    def test_import_upserts_records_and_leaves_their_events(self, tmp_path: Path) -> None:
        database = tmp_path / "import.db"
        env = os.environ | {
            "OPENWYN_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "OPENWYN_JWT_SECRET": "cli-secret-" + "c" * 40,
        }
        assert _cli(["tenant", "create", "acme"], env).returncode == 0
        records = [
            {"type": "client", "systemRef": f"C-{n}", "attributes": {"name": f"Client {n}"}}
            for n in range(150)
        ]
        records[120]["attributes"] = {"name": 7}
        source = tmp_path / "records.jsonl"
        source.write_text("\n".join(json.dumps(record) for record in records) + "\n")
        first = _cli(["import", "--tenant", "acme", str(source)], env)
        assert first.returncode == 1 and "line 121:" in first.stderr
        assert json.loads(first.stdout) | {} == {
            "total": 150,
            "succeeded": 149,
            "failed": 1,
            "created": 149,
            "updated": 0,
            "unchanged": 0,
        }
        again = _cli(["import", "--tenant", "acme", str(source)], env)
        assert json.loads(again.stdout)["unchanged"] == 149
        with sqlite3.connect(database) as db:
            clients = db.execute("SELECT count(*) FROM clients").fetchone()[0]
            events = db.execute("SELECT count(*) FROM events WHERE entity_type = 'client'")
            assert (clients, events.fetchone()[0]) == (149, 149)
            # The import ends with ANALYZE: the planner's statistics count the imported rows.
            stat = db.execute("SELECT max(stat) FROM sqlite_stat1 WHERE tbl = 'clients'")
            assert int(stat.fetchone()[0].split()[0]) == 149


class TestAccessLog:
    async def test_one_json_line_per_request_with_the_request_id(self, settings: object) -> None:
        import logging

        from openwyn.app import create_app
        from openwyn.logs import JsonFormatter

        lines: list[str] = []

        class Collect(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                lines.append(JsonFormatter().format(record))

        app = create_app(settings.model_copy(update={"access_log": True}))  # type: ignore[attr-defined]
        handler = Collect()
        logging.getLogger("openwyn.access").addHandler(handler)
        try:
            async with Api.for_app(app) as api:
                await api.get("/healthz", headers={"X-Request-Id": "trace-me"})
        finally:
            logging.getLogger("openwyn.access").removeHandler(handler)
            await app.state.ctx.aclose()
        entry = json.loads(lines[-1])
        assert entry["request_id"] == "trace-me"
        assert entry["status"] == 200 and entry["path"] == "/healthz"
        assert entry["duration_ms"] >= 0
