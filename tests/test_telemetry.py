"""FastAPI's OpenTelemetry instrumentation: off by default, on with OPENWYN_OPENTELEMETRY."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry import trace

from openwyn.app import create_app
from openwyn.config import Settings
from tests.fixtures.api import Api

pytestmark = pytest.mark.anyio


async def _provider_lookups(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> int:
    """How often serving one request looked up the global tracer provider."""
    lookups = 0
    real = trace.get_tracer_provider

    def counted() -> Any:
        nonlocal lookups
        lookups += 1
        return real()

    app = create_app(settings)
    try:
        async with Api.for_app(app) as api:
            monkeypatch.setattr(trace, "get_tracer_provider", counted)
            response = await api.get("/healthz")
            monkeypatch.undo()
        assert response.status_code == 200
    finally:
        await app.state.ctx.aclose()
    return lookups


async def test_requests_do_not_look_up_telemetry_providers_by_default(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert await _provider_lookups(settings, monkeypatch) == 0


async def test_opentelemetry_setting_turns_on_fastapi_instrumentation(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    enabled = settings.model_copy(update={"opentelemetry": True})
    assert await _provider_lookups(enabled, monkeypatch) >= 1
