"""The tenant's `statements` settings (money-work.md §6): whether runs happen, the trigger
days, REVIEW or AUTO, the excluded clients and the local time runs start at.

They live on the tenant row beside its other settings (time zone, currency), stored as the
validated JSON below; a tenant that never set them reads the defaults, which run nothing.
`PUT /api/v1/settings/statements` (API_ADMIN) replaces them whole.
"""

from __future__ import annotations

from datetime import time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, field_validator
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.db import Reads
from openwyn.errors import ValidationFailed
from openwyn.kit import inputs
from openwyn.statements import repository as repo

# Whole numbers, as JSON Schema's integer admits them (30 or 30.0).
TriggerDay = Annotated[int, Strict(), Field(ge=1, le=3650), BeforeValidator(inputs.integral)]
# A local wall-clock time, HH:MM (24-hour).
SendAt = Annotated[str, Strict(), Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class StatementSettings(BaseModel):
    """`statements` settings: runs on weekdays from `sendAt` (the tenant's local time) when
    `enabled`, one statement per client whose oldest open invoice crossed one of
    `triggerDays` (days past due) since the last run."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: inputs.Bool = False
    triggerDays: list[TriggerDay] = Field(  # noqa: N815 - the contract's names
        default=[30, 60, 90], min_length=1, max_length=20, json_schema_extra={"uniqueItems": True}
    )
    mode: Literal["REVIEW", "AUTO"] = "REVIEW"
    excludedClientIds: list[inputs.Id] = Field(default=[], max_length=10_000)  # noqa: N815
    sendAt: SendAt = "09:00"  # noqa: N815

    @field_validator("triggerDays")
    @classmethod
    def _distinct(cls, days: list[int]) -> list[int]:
        if len(set(days)) != len(days):
            raise ValueError("must not repeat a day")
        return sorted(days)

    @property
    def send_time(self) -> time:
        return time.fromisoformat(self.sendAt)


def parsed(stored: dict[str, Any] | None) -> StatementSettings:
    return StatementSettings() if stored is None else StatementSettings.model_validate(stored)


async def read_settings(session: Reads, tenant_id: int) -> StatementSettings:
    return parsed(await repo.statement_settings(session, tenant_id))


async def save_settings(
    session: AsyncSession, tenant_id: int, wanted: StatementSettings
) -> StatementSettings:
    """Replace the tenant's settings; 400 at `excludedClientIds[i]` for a client the tenant
    does not have."""
    known = await repo.existing_clients(session, tenant_id, wanted.excludedClientIds)
    details = [
        {"path": f"excludedClientIds[{index}]", "message": f"no Client with id {client_id}"}
        for index, client_id in enumerate(wanted.excludedClientIds)
        if client_id not in known
    ]
    if details:
        raise ValidationFailed("The settings are not valid.", details)  # type: ignore[arg-type]
    await repo.save_statement_settings(session, tenant_id, wanted.model_dump())
    return wanted
