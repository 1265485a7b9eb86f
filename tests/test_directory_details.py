"""The documented detail shapes of a client and a contact (contract §13.6), the lean shape of
lists, and the camelCase keys of list answers (§13.3)."""

from __future__ import annotations

from typing import Any

import pytest

from openwyn.directory import DIRECTORY
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

CLIENT_DERIVED = {"status", "industry", "primaryContact", "engagements", "financialSummary"}
CLIENT_WRITABLE = {"legalName", "size", "type"}
CONTACT_DERIVED = {"status", "clientId", "clientName", "isPrimaryContact", "address"}
CONTACT_WRITABLE = {"department", "communicationPreferences"}
PREFERENCES = {
    "preferredMethod": "PORTAL",
    "emailFrequency": "MONTHLY",
    "newsletterSubscription": True,
    "marketingEmails": False,
}


async def _detail_answers(
    tenant: TenantHandle, singular: str, plural: str, row_id: int
) -> list[Any]:
    """The object as every single-object GET answers it."""
    answers = []
    for path in (f"/gql/v1/{singular}/{row_id}", f"/v1/{singular}/{row_id}"):
        answers.append((await tenant.get(path)).json())
    answers.append((await tenant.get(f"/api/v1/{plural}/{row_id}")).json()["data"])
    return answers


async def _listed(tenant: TenantHandle, plural: str, row_id: int) -> list[dict[str, Any]]:
    """The object as the read family's list and search and the REST list answer it."""
    where = {"where": {"id": {"_eq": row_id}}}
    found = [
        (await tenant.post(f"/gql/v1/{plural}", json={"id": row_id})).json()[plural],
        (await tenant.post(f"/gql/v1/{plural}/search", json=where)).json()[plural],
        (await tenant.get(f"/api/v1/{plural}", params={"pageSize": 1000})).json()["data"],
    ]
    return [row for rows in found for row in rows if row["id"] == row_id]


class TestClientDetail:
    async def test_a_client_answers_its_derived_fields_and_lists_stay_lean(
        self, tenant: TenantHandle
    ) -> None:
        industry = await tenant.create("industries", {"name": "Construction"})
        body = {"name": "Acme", "industryId": industry["id"], "legalName": "Acme Holdings LLC"}
        client = await tenant.create("clients", body | {"size": "SMALL", "type": "BUSINESS"})
        contact = await tenant.create(
            "contacts",
            {"firstName": "Ann", "lastName": "Lee", "title": "CFO", "email": "ann@acme.example"},
        )
        other = await tenant.create("contacts", {"lastName": "Other"})
        await tenant.create("contact-clients", {"contactId": other["id"], "clientId": client["id"]})
        link = {"contactId": contact["id"], "clientId": client["id"], "isPrimary": True}
        await tenant.create("contact-clients", link)
        for answer in await _detail_answers(tenant, "client", "clients", client["id"]):
            assert answer["legalName"] == "Acme Holdings LLC"
            assert (answer["size"], answer["type"]) == ("SMALL", "BUSINESS")
            assert answer["status"] == "ACTIVE" and answer["industry"] == "Construction"
            assert answer["primaryContact"] == {
                "id": contact["id"],
                "name": "Ann Lee",
                "title": "CFO",
                "email": "ann@acme.example",
                "phone": None,
            }
            assert answer["engagements"] == []
            assert answer["financialSummary"] == {
                "totalRevenue": 0,
                "outstandingBalance": 0,
                "unappliedCredit": 0,
                "lastPaymentDate": None,
                "overdueBalance": 0,
            }
        for row in await _listed(tenant, "clients", client["id"]):
            assert not (CLIENT_DERIVED | CLIENT_WRITABLE) & set(row), row
            assert row["name"] == "Acme"

    async def test_without_industry_or_primary_contact_they_are_null(
        self, tenant: TenantHandle
    ) -> None:
        client = await tenant.create("clients", {"name": "Bare"})
        contact = await tenant.create("contacts", {"lastName": "Not primary"})
        await tenant.create(
            "contact-clients", {"contactId": contact["id"], "clientId": client["id"]}
        )
        assert client["industry"] is None and client["primaryContact"] is None
        answer = (await tenant.get(f"/gql/v1/client/{client['id']}")).json()
        assert answer["industry"] is None and answer["primaryContact"] is None
        assert answer["legalName"] is None

    async def test_every_rest_answer_of_one_client_is_the_detail(
        self, tenant: TenantHandle
    ) -> None:
        industry = await tenant.create("industries", {"name": "Retail"})
        created = await tenant.create("clients", {"name": "Acme", "industryId": industry["id"]})
        assert created["industry"] == "Retail" and created["status"] == "ACTIVE"
        path = f"/api/v1/clients/{created['id']}"
        patched = (await tenant.patch(path, json={"legalName": "Acme Inc"})).json()["data"]
        assert patched["legalName"] == "Acme Inc" and patched["industry"] == "Retail"
        deleted = (await tenant.delete(path)).json()["data"]
        assert deleted["status"] == "INACTIVE" and deleted["engagements"] == []
        back = (await tenant.post(f"{path}/reactivate")).json()["data"]
        assert back["status"] == "ACTIVE" and back["financialSummary"]["lastPaymentDate"] is None


class TestContactDetail:
    async def test_a_contact_answers_its_link_address_and_preferences(
        self, tenant: TenantHandle
    ) -> None:
        first = await tenant.create("clients", {"name": "First"})
        second = await tenant.create("clients", {"name": "Second"})
        body = {
            "firstName": "Ann",
            "department": "Finance",
            "communicationPreferences": PREFERENCES,
        }
        contact = await tenant.create("contacts", body)
        assert contact["communicationPreferences"] == PREFERENCES
        assert contact["department"] == "Finance"
        assert (contact["clientId"], contact["clientName"]) == (None, None)
        assert contact["isPrimaryContact"] is False and contact["address"] is None
        link = {"contactId": contact["id"], "clientId": first["id"]}
        await tenant.create("contact-clients", link)
        await tenant.create("contact-clients", link | {"clientId": second["id"], "isPrimary": True})
        address = {"street": "1 Main St", "city": "Austin", "state": "TX"}
        info = {"contactId": contact["id"], "kind": "ADDRESS", "address": address}
        await tenant.create("contact-infos", info | {"address": {"city": "Not primary"}})
        await tenant.create("contact-infos", info | {"isPrimary": True})
        for answer in await _detail_answers(tenant, "contact", "contacts", contact["id"]):
            assert answer["status"] == "ACTIVE"
            assert (answer["clientId"], answer["clientName"]) == (second["id"], "Second")
            assert answer["isPrimaryContact"] is True
            assert answer["address"] == address
            assert answer["communicationPreferences"] == PREFERENCES
        for row in await _listed(tenant, "contacts", contact["id"]):
            assert not (CONTACT_DERIVED | CONTACT_WRITABLE) & set(row), row

    async def test_without_a_primary_link_the_first_link_answers(
        self, tenant: TenantHandle
    ) -> None:
        clients = [await tenant.create("clients", {"name": name}) for name in ("A", "B")]
        contact = await tenant.create("contacts", {"lastName": "Lee"})
        for client in clients:
            link = {"contactId": contact["id"], "clientId": client["id"]}
            await tenant.create("contact-clients", link)
        answer = (await tenant.get(f"/gql/v1/contact/{contact['id']}")).json()
        assert (answer["clientId"], answer["clientName"]) == (clients[0]["id"], "A")
        assert answer["isPrimaryContact"] is False

    async def test_preferences_are_validated(self, tenant: TenantHandle) -> None:
        bad = [
            {"preferredMethod": "CARRIER_PIGEON"},
            {"emailFrequency": "HOURLY"},
            {"newsletterSubscription": "yes"},
            {"marketing": True},
        ]
        for preferences in bad:
            body = {"lastName": "Lee", "communicationPreferences": preferences}
            response = await tenant.post("/api/v1/contacts", json=body)
            assert response.status_code == 400, preferences
            paths = [d["path"] for d in response.json()["error"]["details"]]
            assert any(p.startswith("communicationPreferences") for p in paths), paths

    async def test_the_new_fields_filter_and_sort(self, tenant: TenantHandle) -> None:
        for name, department in (("B", "Tax"), ("A", "Audit")):
            await tenant.create("contacts", {"lastName": name, "department": department})
        where = {"where": {"department": {"_eq": "Tax"}}, "orderBy": [{"department": "asc"}]}
        found = (await tenant.post("/gql/v1/contacts/search", json=where)).json()["contacts"]
        assert [row["lastName"] for row in found] == ["B"]
        ordered = {"orderBy": [{"department": "desc"}]}
        found = (await tenant.post("/gql/v1/contacts/search", json=ordered)).json()["contacts"]
        assert [row["lastName"] for row in found] == ["B", "A"]
        listed = await tenant.post("/gql/v1/contacts", json={"department": "Audit"})
        assert [row["lastName"] for row in listed.json()["contacts"]] == ["A"]


class TestRecordsApi:
    async def test_the_new_fields_are_written_and_discovered(self, tenant: TenantHandle) -> None:
        records = [
            {"type": "client", "systemRef": "C-1", "attributes": {"name": "A", "size": "LARGE"}},
            {
                "type": "contact",
                "systemRef": "P-1",
                "attributes": {"lastName": "Lee", "communicationPreferences": PREFERENCES},
            },
        ]
        written = await tenant.post("/api/v1/records", json={"records": records})
        assert written.status_code == 200, written.text
        client = (await tenant.get("/api/v1/records/client/C-1")).json()["data"]
        assert client["attributes"]["size"] == "LARGE"
        contact = (await tenant.get("/api/v1/records/contact/P-1")).json()["data"]
        assert contact["attributes"]["communicationPreferences"] == PREFERENCES
        for type_name, fields in (("client", CLIENT_WRITABLE), ("contact", CONTACT_WRITABLE)):
            described = (await tenant.get(f"/api/v1/records/types/{type_name}")).json()["data"]
            assert fields <= {field["name"] for field in described["fields"]}


class TestOpenApi:
    async def test_detail_schemas_name_every_field_and_list_schemas_none_new(
        self, tenant: TenantHandle
    ) -> None:
        document = (await tenant.get("/openapi.json")).json()
        schemas = document["components"]["schemas"]
        for name, row, added in (
            ("Client", "FirmClient", CLIENT_DERIVED | CLIENT_WRITABLE),
            ("Contact", "Contact", CONTACT_DERIVED | CONTACT_WRITABLE),
        ):
            assert added <= set(schemas[f"{name}Detail"]["properties"]), name
            assert not added & set(schemas[row]["properties"]), name
            assert set(schemas[row]["properties"]) < set(schemas[f"{name}Detail"]["properties"])
        paths = document["paths"]
        for path, method, schema in (
            ("/gql/v1/client/{id}", "get", "ClientDetail"),
            ("/api/v1/clients/{id}", "get", "ClientDetailEnvelope"),
            ("/api/v1/clients", "post", "ClientDetailEnvelope"),
            ("/api/v1/contacts/{id}", "patch", "ContactDetailEnvelope"),
            ("/api/v1/contacts/{id}/reactivate", "post", "ContactDetailEnvelope"),
        ):
            answers = paths[path][method]["responses"]
            ok = answers.get("200", answers.get("201"))
            assert ok["content"]["application/json"]["schema"]["$ref"].endswith(f"/{schema}")


class TestCollectionKeys:
    async def test_list_answers_name_their_rows_in_camel_case(self, tenant: TenantHandle) -> None:
        await tenant.create("service-lines", {"name": "Tax"})
        expected = {
            "service_lines": "serviceLines",
            "job_templates": "jobTemplates",
            "contact_clients": "contactClients",
            "contact_infos": "contactInfos",
            "client_business_entities": "clientBusinessEntities",
            "clients": "clients",
        }
        for plural, key in expected.items():
            for path in (f"/gql/v1/{plural}", f"/gql/v1/{plural}/search"):
                answer = (await tenant.post(path, json={})).json()
                assert key in answer and plural not in {*answer} - {key}, path
        lines = (await tenant.post("/gql/v1/service_lines", json={})).json()["serviceLines"]
        assert [line["name"] for line in lines] == ["Tax"]
        schemas = (await tenant.get("/openapi.json")).json()["components"]["schemas"]
        for resource in DIRECTORY:
            collection = schemas[f"{resource.models.read.__name__}Collection"]
            assert resource.collection_key in collection["properties"], resource.key
            assert collection["required"][0] == resource.collection_key
