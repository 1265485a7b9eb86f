"""Contacts and their links to clients, contact infos, custom fields and relations (§6 rules)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic.alias_generators import to_camel

from tests.fixtures.api import TenantHandle
from tests.fixtures.directory import make

pytestmark = pytest.mark.anyio


async def _ids(tenant: TenantHandle, plural: str, where: dict[str, Any], **extra: Any) -> list[int]:
    response = await tenant.post(f"/gql/v1/{plural}/search", json={"where": where} | extra)
    assert response.status_code == 200, response.text
    return [row["id"] for row in response.json()[to_camel(plural)]]


async def _client(tenant: TenantHandle, name: str, **fields: Any) -> dict[str, Any]:
    return await tenant.create("clients", {"name": name} | fields)


async def _contact(tenant: TenantHandle, last: str, **fields: Any) -> dict[str, Any]:
    return await tenant.create("contacts", {"lastName": last} | fields)


async def _link(tenant: TenantHandle, contact: int, client: int, **fields: Any) -> Any:
    body = {"contactId": contact, "clientId": client} | fields
    return await tenant.post("/api/v1/contact-clients", json=body)


class TestContactClients:
    async def test_a_contact_belongs_to_many_clients_and_relations_go_both_ways(
        self, tenant: TenantHandle
    ) -> None:
        acme, globex, initech = [await _client(tenant, n) for n in ("Acme", "Globex", "Initech")]
        keeper = await _contact(tenant, "Keeper", email="books@keeper.example")
        owner = await _contact(tenant, "Owner", email="owner@acme.example")
        for client in (acme, globex):
            assert (await _link(tenant, keeper["id"], client["id"])).status_code == 201
        assert (await _link(tenant, owner["id"], acme["id"], isPrimary=True)).status_code == 201

        keeper_clients = {"contacts": {"email": {"_eq": "books@keeper.example"}}}
        assert sorted(await _ids(tenant, "clients", keeper_clients)) == [acme["id"], globex["id"]]
        acme_contacts = {"clients": {"name": {"_eq": "Acme"}}}
        assert sorted(await _ids(tenant, "contacts", acme_contacts)) == sorted(
            [keeper["id"], owner["id"]]
        )
        assert await _ids(tenant, "contacts", {"clients": {"id": {"_eq": initech["id"]}}}) == []
        primary = {"contactClients": {"isPrimary": {"_eq": True}}}
        assert await _ids(tenant, "clients", primary) == [acme["id"]]
        lonely = {"_not": {"contacts": {}}}
        assert await _ids(tenant, "clients", lonely) == [initech["id"]]

    async def test_a_pair_links_once(self, tenant: TenantHandle) -> None:
        client, contact = await _client(tenant, "Acme"), await _contact(tenant, "Chen")
        assert (await _link(tenant, contact["id"], client["id"])).status_code == 201
        again = await _link(tenant, contact["id"], client["id"], role="Signer")
        assert again.status_code == 409
        assert again.json()["error"]["details"][0]["path"] == "clientId"

    async def test_a_client_has_at_most_one_primary_contact(self, tenant: TenantHandle) -> None:
        client, other_client = await _client(tenant, "Acme"), await _client(tenant, "Globex")
        first, second = await _contact(tenant, "First"), await _contact(tenant, "Second")
        link = await _link(tenant, first["id"], client["id"], isPrimary=True)
        assert link.status_code == 201
        refused = await _link(tenant, second["id"], client["id"], isPrimary=True)
        assert refused.status_code == 409
        assert refused.json()["error"]["details"][0]["path"] == "isPrimary"
        # A secondary link is fine, but it cannot be promoted while the first is primary.
        secondary = (await _link(tenant, second["id"], client["id"])).json()["data"]
        path = f"/api/v1/contact-clients/{secondary['id']}"
        assert (await tenant.patch(path, json={"isPrimary": True})).status_code == 409
        first_path = f"/api/v1/contact-clients/{link.json()['data']['id']}"
        assert (await tenant.patch(first_path, json={"isPrimary": False})).status_code == 200
        assert (await tenant.patch(path, json={"isPrimary": True})).status_code == 200
        # The same contact may be primary for another client.
        elsewhere = await _link(tenant, second["id"], other_client["id"], isPrimary=True)
        assert elsewhere.status_code == 201

    async def test_concurrent_primaries_leave_exactly_one(self, tenant: TenantHandle) -> None:
        client = await _client(tenant, "Acme")
        contacts = [await _contact(tenant, f"C{n}") for n in range(4)]
        answers = await asyncio.gather(
            *(_link(tenant, c["id"], client["id"], isPrimary=True) for c in contacts)
        )
        assert sorted(a.status_code for a in answers) == [201, 409, 409, 409]
        primaries = {"clientId": {"_eq": client["id"]}, "isPrimary": {"_eq": True}}
        assert len(await _ids(tenant, "contact_clients", primaries)) == 1

    async def test_deleting_the_last_link_removes_the_row_and_keeps_the_contact(
        self, tenant: TenantHandle
    ) -> None:
        client, contact = await _client(tenant, "Acme"), await _contact(tenant, "Chen")
        link = (await _link(tenant, contact["id"], client["id"])).json()["data"]
        path = f"/api/v1/contact-clients/{link['id']}"
        assert (await tenant.delete(path)).status_code == 204
        assert (await tenant.get(path)).status_code == 404
        assert await _ids(tenant, "contact_clients", {"id": {"_eq": link["id"]}}) == []
        kept = await tenant.get(f"/api/v1/contacts/{contact['id']}")
        assert kept.status_code == 200 and kept.json()["data"]["active"] is True
        # The pair can be linked again once the link is gone.
        assert (await _link(tenant, contact["id"], client["id"])).status_code == 201

    async def test_a_stale_if_match_keeps_the_link(self, tenant: TenantHandle) -> None:
        client, contact = await _client(tenant, "Acme"), await _contact(tenant, "Chen")
        link = (await _link(tenant, contact["id"], client["id"])).json()["data"]
        path = f"/api/v1/contact-clients/{link['id']}"
        await tenant.patch(path, json={"role": "Owner"})
        assert (await tenant.delete(path, headers={"If-Match": '"1"'})).status_code == 412
        assert (await tenant.get(path)).status_code == 200
        assert (await tenant.delete(path, headers={"If-Match": '"2"'})).status_code == 204


class TestContacts:
    async def test_a_first_or_a_last_name_is_required(self, tenant: TenantHandle) -> None:
        nameless = await tenant.post("/api/v1/contacts", json={"email": "a@b.example"})
        assert nameless.status_code == 400
        paths = [d["path"] for d in nameless.json()["error"]["details"]]
        assert paths == ["firstName", "lastName"]
        only_first = await tenant.create("contacts", {"firstName": "Cher"})
        path = f"/api/v1/contacts/{only_first['id']}"
        # Fine alone, but not for this contact (it has no last name): a conflict with it.
        assert (await tenant.patch(path, json={"firstName": None})).status_code == 409
        assert (await tenant.patch(path, json={"firstName": ""})).status_code == 409
        blanked = await tenant.patch(path, json={"firstName": "", "lastName": None})
        assert blanked.status_code == 400  # wrong for any contact: the schema says so
        renamed = await tenant.patch(path, json={"firstName": None, "lastName": "Sarkisian"})
        assert renamed.status_code == 200
        assert (await tenant.get(path)).json()["data"]["lastName"] == "Sarkisian"

    @pytest.mark.parametrize(
        "email", ["a@b.example, c@d.example", "a@b.example;c@d.example", "not-an-email", ""]
    )
    async def test_one_email_per_field(self, tenant: TenantHandle, email: str) -> None:
        response = await tenant.post("/api/v1/contacts", json={"lastName": "X", "email": email})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == "email"

    async def test_contacts_default_to_last_then_first_name(self, tenant: TenantHandle) -> None:
        for first, last in [("Zed", "Adams"), ("Amy", "Brown"), ("Bob", "Adams"), (None, "Cole")]:
            await tenant.create("contacts", {"firstName": first, "lastName": last})
        listed = (await tenant.post("/gql/v1/contacts", json={})).json()["contacts"]
        names = [(c["lastName"], c["firstName"]) for c in listed]
        assert names == [("Adams", "Bob"), ("Adams", "Zed"), ("Brown", "Amy"), ("Cole", None)]


class TestContactInfos:
    @pytest.mark.parametrize(
        ("kind", "value"),
        [
            ("EMAIL", "carla@work.example"),
            ("PHONE", "+1 (512) 555-0100"),
            ("MOBILE", "+447700900123"),
            ("FAX", "512.555.0199"),
            ("WEBSITE", "https://acme.example/team"),
        ],
    )
    async def test_values_that_fit_their_kind(
        self, tenant: TenantHandle, kind: str, value: str
    ) -> None:
        contact = await _contact(tenant, "Chen")
        body = {"contactId": contact["id"], "kind": kind, "value": value}
        assert (await tenant.post("/api/v1/contact-infos", json=body)).status_code == 201

    @pytest.mark.parametrize(
        ("kind", "value", "path"),
        [
            ("EMAIL", "carla at work", "value"),
            ("PHONE", "call me", "value"),
            ("PHONE", "123", "value"),
            ("MOBILE", "+1 234 567 890 123 456 789", "value"),
            ("WEBSITE", "ftp://acme.example", "value"),
            ("EMAIL", None, "value"),
            ("ADDRESS", None, "address"),
            ("FAX", "garbage", "value"),
        ],
    )
    async def test_values_that_do_not_fit_are_400(
        self, tenant: TenantHandle, kind: str, value: str | None, path: str
    ) -> None:
        contact = await _contact(tenant, "Chen")
        body = {"contactId": contact["id"], "kind": kind, "value": value}
        response = await tenant.post("/api/v1/contact-infos", json=body)
        assert response.status_code == 400
        assert path in [d["path"] for d in response.json()["error"]["details"]]

    async def test_an_address_belongs_to_an_address_kind_only(self, tenant: TenantHandle) -> None:
        contact = await _contact(tenant, "Chen")
        address = {"street": "1 Main St", "city": "Austin"}
        home = {"contactId": contact["id"], "kind": "ADDRESS", "address": address}
        created = await tenant.create("contact-infos", home)
        assert created["address"]["city"] == "Austin" and created["value"] is None
        wrong = {"contactId": contact["id"], "kind": "EMAIL", "value": "a@b.example"}
        refused = await tenant.post("/api/v1/contact-infos", json=wrong | {"address": address})
        assert refused.status_code == 400
        # Changing the kind re-checks the stored value against the new kind: the body is fine
        # alone, the stored value does not fit it (409); a value sent with it must fit (400).
        email = await tenant.create("contact-infos", wrong)
        path = f"/api/v1/contact-infos/{email['id']}"
        assert (await tenant.patch(path, json={"kind": "PHONE"})).status_code == 409
        mismatched = {"kind": "PHONE", "value": "a@b.example"}
        assert (await tenant.patch(path, json=mismatched)).status_code == 400
        assert (await tenant.get(path)).json()["data"]["kind"] == "EMAIL"
        found = {"contactInfos": {"address": {"city": {"_eq": "Austin"}}}}
        assert await _ids(tenant, "contacts", found) == [contact["id"]]


class TestCustomFields:
    async def _clients(self, tenant: TenantHandle) -> list[dict[str, Any]]:
        fields: list[dict[str, Any]] = [
            {"region": "West", "seats": 5, "vip": True},
            {"region": "East", "seats": "5", "vip": False},
            {"region": "West", "seats": 5.0, "vip": None},
            {"seats": 12},
        ]
        return [await _client(tenant, f"C{n}", customFields=f) for n, f in enumerate(fields)]

    async def test_filters_compare_members_as_typed_json(self, tenant: TenantHandle) -> None:
        c0, c1, c2, c3 = (row["id"] for row in await self._clients(tenant))
        cases: list[tuple[dict[str, Any], list[int]]] = [
            ({"region": {"_eq": "West"}}, [c0, c2]),
            ({"region": {"_in": ["East", "North"]}}, [c1]),
            ({"seats": {"_eq": 5}}, [c0, c2]),
            ({"seats": {"_eq": "5"}}, [c1]),
            ({"seats": {"_in": [12, "5"]}}, [c1, c3]),
            ({"vip": {"_eq": True}}, [c0]),
            ({"vip": {"_eq": False}}, [c1]),
            ({"vip": {"_is_null": True}}, [c2, c3]),
            ({"region": {"_is_null": False}}, [c0, c1, c2]),
            ({"region": {"_neq": "West"}}, [c1]),
            ({"region": {"_nin": ["West"]}}, [c1]),
            ({"region": {"_eq": "West"}, "seats": {"_eq": 5}}, [c0, c2]),
        ]
        for where, expected in cases:
            found = await _ids(tenant, "clients", {"customFields": where})
            assert sorted(found) == sorted(expected), where

    @pytest.mark.parametrize(
        "where",
        [
            {"customFields": {"region": {"_like": "W%"}}},
            {"customFields": {"region": {"_eq": None}}},
            {"customFields": {"region": {"_eq": {"nested": 1}}}},
            {"customFields": {"region": {"_in": "West"}}},
            {"customFields": {"bad key": {"_eq": "West"}}},
            {"customFields": {"region": "West"}},
            {"customFields": "West"},
        ],
    )
    async def test_bad_custom_field_filters_are_400(
        self, tenant: TenantHandle, where: dict[str, Any]
    ) -> None:
        response = await tenant.post("/gql/v1/clients/search", json={"where": where})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"].startswith("where.customFields")

    @pytest.mark.parametrize(
        "custom",
        [
            {f"k{n}": n for n in range(101)},
            {"nested": {"a": 1}},
            {"list": [1, 2]},
            {"bad key": 1},
            {"k": "x" * 1001},
            "not an object",
        ],
    )
    async def test_custom_fields_hold_up_to_100_scalar_values(
        self, tenant: TenantHandle, custom: Any
    ) -> None:
        response = await tenant.post("/api/v1/clients", json={"name": "A", "customFields": custom})
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"].startswith("customFields")
        most = {f"k{n}": n for n in range(100)}
        assert (await _client(tenant, "Full", customFields=most))["customFields"] == most


class TestRelations:
    async def test_jobs_clients_staff_and_catalogs_relate_both_ways(
        self, tenant: TenantHandle
    ) -> None:
        job = await make(tenant, "job", 1)
        client = (await tenant.get(f"/api/v1/clients/{job['clientId']}")).json()["data"]
        checks: list[tuple[str, dict[str, Any], int]] = [
            ("clients", {"jobs": {"jobRef": {"_eq": job["jobRef"]}}}, client["id"]),
            ("jobs", {"client": {"name": {"_eq": client["name"]}}}, job["id"]),
            ("jobs", {"partner": {"id": {"_eq": job["partnerStaffId"]}}}, job["id"]),
            ("staff", {"partnerJobs": {"id": {"_eq": job["id"]}}}, job["partnerStaffId"]),
            ("staff", {"managerJobs": {"id": {"_eq": job["id"]}}}, job["managerStaffId"]),
            ("service_lines", {"jobs": {"id": {"_eq": job["id"]}}}, job["serviceLineId"]),
            ("job_templates", {"jobs": {"id": {"_eq": job["id"]}}}, job["jobTemplateId"]),
            ("jobs", {"jobTemplate": {"serviceLine": {"jobTemplates": {}}}}, job["id"]),
            ("industries", {"clients": {"id": {"_eq": client["id"]}}}, client["industryId"]),
            (
                "client_business_entities",
                {"clients": {"id": {"_eq": client["id"]}}},
                client["clientBusinessEntityId"],
            ),
            ("clients", {"businessEntity": {"code": {"_like": "%CORP%"}}}, client["id"]),
        ]
        for plural, where, expected in checks:
            assert expected in await _ids(tenant, plural, where), (plural, where)

    async def test_jobs_default_to_most_recently_updated_first(self, tenant: TenantHandle) -> None:
        client = await _client(tenant, "Acme")
        jobs = []
        for name in "abc":
            jobs.append(await tenant.create("jobs", {"name": name, "clientId": client["id"]}))
            await asyncio.sleep(0.01)  # timestamps are kept to the millisecond
        assert all(job["status"] == "PLANNING" for job in jobs)
        await tenant.patch(f"/api/v1/jobs/{jobs[0]['id']}", json={"status": "OPEN"})
        listed = (await tenant.post("/gql/v1/jobs", json={})).json()["jobs"]
        assert [job["name"] for job in listed] == ["a", "c", "b"]
