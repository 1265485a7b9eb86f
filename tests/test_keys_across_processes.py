"""A revoked key stops working on every process within seconds (contract §2)."""

from __future__ import annotations

import anyio
import pytest

from openwyn.app import create_app
from openwyn.config import Settings
from tests.fixtures.api import Api, TenantHandle

pytestmark = pytest.mark.anyio


async def test_revocation_reaches_another_process_within_the_ttl(
    settings: Settings, tenant: TenantHandle
) -> None:
    ttl = 0.5
    other_process = create_app(settings.model_copy(update={"key_status_ttl_seconds": ttl}))
    key = (
        await tenant.post("/api/v1/auth/api-keys", json={"name": "x", "roles": ["API_USER"]})
    ).json()["data"]
    async with Api.for_app(other_process) as other:
        token = (await other.post("/v1/auth/token", json={"jwtApiKey": key["apiKey"]})).json()
        headers = {"Authorization": f"Bearer {token['token']}"}
        assert (await other.post("/gql/v1/clients", headers=headers)).status_code == 200
        # Revoked through the first process; the second has the key cached as usable.
        assert (await tenant.delete(f"/api/v1/auth/api-keys/{key['id']}")).status_code == 204
        await anyio.sleep(ttl + 0.1)
        assert (await other.post("/gql/v1/clients", headers=headers)).status_code == 401
    await other_process.state.ctx.aclose()
