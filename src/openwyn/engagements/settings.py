"""The tenant's `engagements` settings (money-work.md §7): whether a manual execution
(`POST /api/v1/engagements/{id}/execute`) must carry the signed letter as an uploaded PDF.

They live on the tenant row beside its other settings, stored as the validated JSON below; a
tenant that never set them reads the defaults, under which execution needs no file.
`PUT /api/v1/settings/engagements` (API_ADMIN) replaces them whole.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.engagements import repository as repo
from openwyn.kit import inputs


class EngagementSettings(BaseModel):
    """`engagements` settings: with `executionRequiresSignedPdf`, an engagement executed
    without the client needs `fileId`, a PDF the firm uploaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    executionRequiresSignedPdf: inputs.Bool = False  # noqa: N815 - the contract's names


def parsed(stored: dict[str, Any] | None) -> EngagementSettings:
    return EngagementSettings() if stored is None else EngagementSettings.model_validate(stored)


async def read_settings(session: Reads, tenant_id: int) -> EngagementSettings:
    return parsed(await repo.engagement_settings(session, tenant_id))


async def save_settings(
    session: AsyncSession, tenant_id: int, wanted: EngagementSettings
) -> EngagementSettings:
    await repo.save_engagement_settings(session, tenant_id, wanted.model_dump())
    return wanted
