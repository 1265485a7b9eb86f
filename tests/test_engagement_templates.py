"""Engagement letter templates (money-work.md §7): sandboxed Jinja2 over a fixed context,
checked when saved (a bad template is 400 naming the path and the line), read back whole, and
rendered without gaps or escapes from the sandbox."""

from __future__ import annotations

from typing import Any

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from openwyn.engagements import letters
from openwyn.errors import ValidationFailed
from tests.fixtures.api import TenantHandle

pytestmark = pytest.mark.anyio

LETTER = """Dear {{ client.name }},

{{ firm.name }} is pleased to provide the following services:
{% for service in services %}- {{ service.description }}: {{ service.price }}
{% endfor %}
Partner: {{ partner.name }}
{% for contact in contacts %}{% if contact.role == "PRIMARY" %}Attn: {{ contact.name }}{% endif %}
{% endfor %}"""


def _template(**changes: Any) -> dict[str, Any]:
    return {
        "name": "Tax return engagement",
        "engagementNameTemplate": "{{ client.name }} {{ engagement.year }} tax return",
        "body": LETTER,
    } | changes


async def _create(tenant: TenantHandle, **changes: Any) -> dict[str, Any]:
    response = await tenant.post("/api/v1/engagement-templates", json=_template(**changes))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


class TestSaving:
    async def test_a_valid_template_is_stored_and_read_back(self, tenant: TenantHandle) -> None:
        created = await _create(tenant)
        assert created["body"] == LETTER and created["version"] == 1
        shown = await tenant.get(f"/api/v1/engagement-templates/{created['id']}")
        assert shown.status_code == 200 and shown.json()["data"]["body"] == LETTER
        assert shown.headers["ETag"] == '"1"'
        listed = await tenant.post(
            "/gql/v1/engagement_templates/search",
            json={"where": {"name": {"_eq": created["name"]}}},
        )
        (row,) = listed.json()["engagementTemplates"]
        assert row["id"] == created["id"] and "body" not in row  # lists stay lean

    @pytest.mark.parametrize(
        ("path", "source", "line", "words"),
        [
            ("body", "Dear {{ clent.name }}", 1, "unknown variable 'clent'"),
            ("body", "Dear\n\n{{ client.nmae }}", 3, "unknown field 'client.nmae'"),
            ("body", "{% for s in services %}\n{{ s.cost }}{% endfor %}", 2, "'s.cost'"),
            ("body", "{{ services.price }}", 1, "is a list"),
            ("body", "a\n{% if client.name %}", 2, "endif"),
            ("body", "{{ client.__class__ }}", 1, "'client.__class__'"),
            ("body", "{% include 'x.html' %}", 1, "not allowed"),
            ("engagementNameTemplate", "{{ engagement.yeer }}", 1, "'engagement.yeer'"),
            ("body", "{{ client.name | nosuchfilter }}", 1, "unknown filter 'nosuchfilter'"),
            ("body", "{% if client.name %}\n{{ client.name|nosuch }}{% endif %}", 2, "'nosuch'"),
            ("body", "{% if client.name is nosuchtest %}x{% endif %}", 1, "test 'nosuchtest'"),
            ("body", "{{ client['bogus'] }}", 1, "unknown field 'client.bogus'"),
            ("body", "{{ services[0].bogus }}", 1, "unknown field 'services[0].bogus'"),
            ("body", "{{ services['price'] }}", 1, "is a list"),
            ("body", "{% for s in services[1:] %}{{ s.cost }}{% endfor %}", 1, "'s.cost'"),
            ("body", "{% block a %}{% endblock %}\n{% block a %}{% endblock %}", 2, "twice"),
            ("engagementNameTemplate", "{{ client.name | nosuchfilter }}", 1, "nosuchfilter"),
        ],
    )
    async def test_a_bad_template_is_400_at_its_path_with_the_line(
        self, tenant: TenantHandle, path: str, source: str, line: int, words: str
    ) -> None:
        response = await tenant.post(
            "/api/v1/engagement-templates", json=_template(**{path: source})
        )
        assert response.status_code == 400, response.text
        (detail,) = response.json()["error"]["details"]
        assert detail["path"] == path
        assert detail["message"].startswith(f"line {line}: ") and words in detail["message"]
        listed = await tenant.post("/gql/v1/engagement_templates", json={})
        assert listed.json()["engagementTemplates"] == []  # nothing stored

    @pytest.mark.parametrize(
        "source",
        [
            "{{ client['name'] }} {{ services[0].description }} {{ services[0]['price'] }}",
            "{% for s in services[1:] %}{{ s.price }}{% endfor %} {{ services | length }}",
            "{% if client.name is defined %}{{ client.name | upper }}{% endif %}",
            "{% set n = client.name %}{{ n.anything }} "
            "{% for i in range(2) %}{{ contacts[i].name }}{% endfor %}",
        ],
    )
    async def test_indexes_keys_filters_and_tests_the_context_has_are_accepted(
        self, tenant: TenantHandle, source: str
    ) -> None:
        response = await tenant.post("/api/v1/engagement-templates", json=_template(body=source))
        assert response.status_code == 201, response.text

    async def test_an_update_is_checked_too_and_keeps_the_stored_letter(
        self, tenant: TenantHandle
    ) -> None:
        created = await _create(tenant)
        url = f"/api/v1/engagement-templates/{created['id']}"
        refused = await tenant.patch(url, json={"body": "{{ partner.phone }}"})
        assert refused.status_code == 400
        assert refused.json()["error"]["details"][0]["path"] == "body"
        changed = await tenant.patch(url, json={"body": "Hello {{ manager.firstName }}"})
        assert changed.status_code == 200 and changed.json()["data"]["version"] == 2
        shown = (await tenant.get(url)).json()["data"]
        assert shown["body"] == "Hello {{ manager.firstName }}"

    async def test_unknown_fields_and_wrong_types_are_400(self, tenant: TenantHandle) -> None:
        extra = await tenant.post("/api/v1/engagement-templates", json=_template(style="x"))
        assert extra.status_code == 400
        typed = await tenant.post("/api/v1/engagement-templates", json=_template(body=3))
        assert typed.status_code == 400
        empty = await tenant.post("/api/v1/engagement-templates", json=_template(body=""))
        assert empty.status_code == 400

    async def test_another_tenants_template_is_404(
        self, tenant: TenantHandle, other_tenant: TenantHandle
    ) -> None:
        created = await _create(tenant)
        url = f"/api/v1/engagement-templates/{created['id']}"
        assert (await other_tenant.get(url)).status_code == 404
        assert (await other_tenant.patch(url, json={"name": "Mine"})).status_code == 404


class TestRendering:
    CONTEXT: dict[str, Any] = {
        "client": {"name": "Acme LLC"},
        "firm": {"name": "Smith & Co"},
        "partner": {"name": "Pat Partner"},
        "services": [
            {"description": "Tax return", "price": "1200.00"},
            {"description": "Bookkeeping", "price": "300.00"},
        ],
        "contacts": [{"name": "Ann Owner", "role": "PRIMARY"}, {"name": "Bo", "role": "SIGNER"}],
    }

    def test_a_letter_renders_its_context(self) -> None:
        text = letters.render(LETTER, self.CONTEXT)
        assert text.startswith("Dear Acme LLC,")
        assert "- Tax return: 1200.00\n- Bookkeeping: 300.00" in text
        assert "Attn: Ann Owner" in text and "Attn: Bo" not in text

    def test_a_missing_value_fails_rather_than_leaving_a_gap(self) -> None:
        with pytest.raises(UndefinedError):
            letters.render("Dear {{ client.legalName }}", self.CONTEXT)

    def test_the_sandbox_refuses_reaching_outside_the_data(self) -> None:
        with pytest.raises(SecurityError):
            letters.render("{{ client.name.__class__.__mro__ }}", self.CONTEXT)

    def test_autoescape_is_off_so_names_read_as_typed(self) -> None:
        assert letters.render("{{ firm.name }}", self.CONTEXT) == "Smith & Co"

    @pytest.mark.parametrize(
        "source",
        [
            "{% for i in range(400) %}{% for j in range(400) %}{% endfor %}{% endfor %}",
            "{{ client.name * 100000 }}",
            "{{ [0] * 100000 }}",
            "{{ engagement.year ** 100000 }}",
            "{% for i in range(1000) %}{{ client.name * 5000 }}{% endfor %}",
        ],
    )
    def test_a_rendering_past_its_bounds_fails_instead_of_holding_the_server(
        self, source: str
    ) -> None:
        context = self.CONTEXT | {"engagement": {"year": 2027}}
        with pytest.raises(SecurityError):
            letters.render(source, context)

    def test_the_loop_budget_is_per_rendering(self) -> None:
        source = "{% for i in range(60000) %}{% endfor %}done"
        assert letters.render(source, self.CONTEXT) == "done"
        assert letters.render(source, self.CONTEXT) == "done"  # a fresh budget each time

    @pytest.mark.parametrize(
        ("source", "words"),
        [
            ("{% for i in range(400) %}{% for j in range(400) %}{% endfor %}{% endfor %}", "loops"),
            ("{{ engagement.year / 0 }}", "division by zero"),
            ("{{ client.name + 1 }}", "str"),
            ("{{ client.legalName }}", "legalName"),
            ("{{ client.name.__class__ }}", "unsafe"),
        ],
    )
    def test_any_failure_while_rendering_is_400_at_the_path_given(
        self, source: str, words: str
    ) -> None:
        context = self.CONTEXT | {"engagement": {"year": 2027}}
        with pytest.raises(ValidationFailed) as refused:
            letters.render_at("body", "the letter fails to render", source, context)
        (detail,) = refused.value.details
        assert detail["path"] == "body"
        assert detail["message"].startswith("the letter fails to render: ")
        assert words in detail["message"]
