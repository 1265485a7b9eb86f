"""Event subscriptions (records-events.md §3): catalog, create, change, deactivate, roles."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook

from openwyn.auth.roles import Role
from openwyn.errors import ValidationFailed
from openwyn.events import subscriptions
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

BODY = {
    "entityType": "client",
    "operation": "UPDATE",
    "deliveryUrl": "https://hooks.example.com/openwyn",
    "filterExpression": 'event.data.name == "Acme" && event.data.version > 1',
    "description": "Client renames",
}


async def _subscribe(tenant: TenantHandle, **changes: Any) -> dict[str, Any]:
    response = await tenant.post("/api/v1/event-subscriptions", json=BODY | changes)
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


class TestCatalog:
    async def test_every_standard_and_custom_pair(self, tenant: TenantHandle) -> None:
        custom = {"name": "filing", "fields": [{"name": "year", "type": "integer"}]}
        await tenant.post("/api/v1/records/custom", json=custom)
        await tenant.post("/api/v1/records/custom", json=custom | {"name": "retired"})
        await tenant.delete("/api/v1/records/custom/retired")
        entries = (await tenant.get("/api/v1/event-subscriptions/catalog")).json()["data"]
        pairs = {(e["entityType"], e["operation"]): e["enabled"] for e in entries}
        assert pairs[("client", "CREATE")] and pairs[("contact_client", "DELETE")]
        assert pairs[("filing", "UPDATE")] is True
        assert pairs[("retired", "UPDATE")] is False
        described = {(e["entityType"], e["operation"]): e["description"] for e in entries}
        assert "deactivates" in described[("client", "DELETE")]
        assert "reactivated" in described[("client", "UPDATE")]
        assert "for good" in described[("contact_client", "DELETE")]
        disabled = await tenant.get(
            "/api/v1/event-subscriptions/catalog", params={"enabled": "false"}
        )
        assert {e["entityType"] for e in disabled.json()["data"]} == {"retired"}


class TestSubscriptions:
    async def test_create_answers_the_secret_to_verify_with(self, tenant: TenantHandle) -> None:
        data = await _subscribe(tenant)
        sub = data["subscription"]
        assert sub["status"] == "ACTIVE" and sub["active"] is True and sub["isInternal"] is False
        assert (sub["entityType"], sub["operation"]) == ("client", "UPDATE")
        assert sub["filterExpression"] == BODY["filterExpression"]
        secret = data["webhookSecret"]
        assert secret.startswith("whsec_") and "webhook-id" in data["webhookSecretInstructions"]
        Webhook(secret)  # a secret the standard library accepts
        same = await tenant.get("/api/v1/event-subscriptions/webhook/secret")
        assert same.json()["data"]["webhookSecret"] == secret
        assert (await tenant.get(f"/api/v1/event-subscriptions/{sub['id']}")).json()["data"] == sub

    @pytest.mark.parametrize(
        ("change", "path"),
        [
            ({"entityType": "planet"}, "entityType"),
            ({"operation": "UPSERT"}, "operation"),
            ({"deliveryUrl": "http://hooks.example.com/x"}, "deliveryUrl"),
            ({"deliveryUrl": "ftp://hooks.example.com/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://user:pw@hooks.example.com/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://hooks.example.com:65536/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://hooks.example.com:0/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://[2001:db8::1]:99999/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://[2001:db8]/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://[192.0.2.1]/x"}, "deliveryUrl"),
            ({"deliveryUrl": "https://[:A.]:2259/x"}, "deliveryUrl"),  # found by schemathesis
            ({"deliveryUrl": "https://hooks.example.com:00080/x"}, "deliveryUrl"),
            ({"filterExpression": "event.data.name == "}, "filterExpression"),
            ({"unknown": 1}, "unknown"),
        ],
    )
    async def test_bad_subscriptions_are_400(
        self, tenant: TenantHandle, change: dict[str, Any], path: str
    ) -> None:
        response = await tenant.post("/api/v1/event-subscriptions", json=BODY | change)
        assert response.status_code == 400
        assert response.json()["error"]["details"][0]["path"] == path
        listed = await tenant.get("/api/v1/event-subscriptions")
        assert listed.json()["meta"]["pagination"]["total"] == 0

    async def test_only_sent_fields_change_and_checks_apply_again(
        self, tenant: TenantHandle
    ) -> None:
        sub = (await _subscribe(tenant))["subscription"]
        path = f"/api/v1/event-subscriptions/{sub['id']}"
        changed = await tenant.patch(path, json={"operation": "CREATE", "filterExpression": None})
        assert changed.status_code == 200
        after = changed.json()["data"]
        assert after["operation"] == "CREATE" and after["filterExpression"] is None
        assert (
            after["deliveryUrl"] == sub["deliveryUrl"] and after["description"] == "Client renames"
        )
        assert (await tenant.patch(path, json={"filterExpression": "1 +"})).status_code == 400
        assert (await tenant.patch(path, json={"entityType": "planet"})).status_code == 400
        assert (await tenant.get(path)).json()["data"] == after

    async def test_ipv6_literals_and_the_highest_port_are_saved(self, tenant: TenantHandle) -> None:
        """The URL's address is judged at each delivery (test_webhook_ssrf.py), not here."""
        url = "https://[2001:db8::1]:8443/hook"
        sub = (await _subscribe(tenant, deliveryUrl=url))["subscription"]
        assert sub["deliveryUrl"] == url
        path = f"/api/v1/event-subscriptions/{sub['id']}"
        for changed in ("https://[::1]/hook", "https://hooks.example.com:65535/x"):
            response = await tenant.patch(path, json={"deliveryUrl": changed})
            assert response.status_code == 200, response.text
            assert response.json()["data"]["deliveryUrl"] == changed
        refused = await tenant.patch(path, json={"deliveryUrl": "https://[::1]:65536/hook"})
        assert refused.status_code == 400
        assert refused.json()["error"]["details"][0]["path"] == "deliveryUrl"

    async def test_delete_deactivates_and_reactivate_restores(self, tenant: TenantHandle) -> None:
        sub = (await _subscribe(tenant))["subscription"]
        path = f"/api/v1/event-subscriptions/{sub['id']}"
        assert (await tenant.delete(path)).status_code == 204
        stored = (await tenant.get(path)).json()["data"]
        assert stored["active"] is False and stored["status"] == "INACTIVE"
        inactive = await tenant.get("/api/v1/event-subscriptions", params={"active": "false"})
        assert [s["id"] for s in inactive.json()["data"]] == [sub["id"]]
        restored = await tenant.post(f"{path}/reactivate")
        assert restored.json()["data"]["status"] == "ACTIVE"

    async def test_tenants_and_roles(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        sub = (await _subscribe(tenant))["subscription"]
        path = f"/api/v1/event-subscriptions/{sub['id']}"
        answers = [
            await other_tenant.get(path),
            await other_tenant.patch(path, json={"description": "x"}),
            await other_tenant.delete(path),
            await other_tenant.post(f"{path}/reactivate"),
        ]
        assert [a.status_code for a in answers] == [404] * 4
        assert (await other_tenant.get("/api/v1/event-subscriptions")).json()["data"] == []
        user = {"Authorization": f"Bearer {await tenant.token_for(Role.API_USER)}"}
        assert (await tenant.api.get(path, headers=user)).status_code == 403
        refused = await tenant.api.post("/api/v1/event-subscriptions", json=BODY, headers=user)
        assert refused.status_code == 403

    async def test_staff_of_the_key_is_recorded(self, tenant: TenantHandle) -> None:
        staff = await tenant.create("staff", {"firstName": "Ada", "lastName": "Admin"})
        token = await tenant.token_for(Role.API_ADMIN, staff_id=staff["id"])
        response = await tenant.api.post(
            "/api/v1/event-subscriptions", json=BODY, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.json()["data"]["subscription"]["staffId"] == staff["id"]


class TestTheUrlPatternIsTheCheck:
    """The document's `deliveryUrl` pattern states exactly what the server accepts: a URL it
    admits is never refused (schemathesis sends such URLs and expects them taken)."""

    @settings(
        max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(url=st.from_regex(subscriptions.URL_PATTERN))
    def test_every_url_the_pattern_admits_is_accepted(self, url: str) -> None:
        subscriptions.check_url(url, allow_insecure=True)

    @pytest.mark.parametrize(
        "url",
        [
            "http://[:A.]:2259",
            "https://h.example:0/",
            "https://[1:::2]/",
            "https://[::ffff:01.2.3.4]/",
        ],
    )
    def test_what_the_check_refuses_the_pattern_refuses(self, url: str) -> None:
        assert re.match(subscriptions.URL_PATTERN, url) is None
        with pytest.raises(ValidationFailed):
            subscriptions.check_url(url, allow_insecure=True)
