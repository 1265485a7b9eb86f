from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, Strict

from openwyn.auth.roles import Role
from openwyn.kit.inputs import Id, IsoDateTime


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TokenRequest(_Strict):
    jwtApiKey: Annotated[str, Strict(), Field(min_length=1, max_length=200)]  # noqa: N815


class TokenResponse(BaseModel):
    token: str
    tokenType: str = "Bearer"  # noqa: N815
    expiresIn: int  # noqa: N815
    expiresAt: str  # noqa: N815


class ApiKeyCreate(_Strict):
    name: Annotated[str, Strict(), Field(min_length=1, max_length=200)]
    roles: Annotated[list[Role], Field(min_length=1, max_length=len(Role))]
    staffId: Id | None = None  # noqa: N815
    expiresAt: IsoDateTime | None = None  # noqa: N815


class ApiKeyRead(BaseModel):
    id: int
    name: str
    prefix: str
    roles: list[str]
    staffId: int | None  # noqa: N815
    expiresAt: datetime | None  # noqa: N815
    revokedAt: datetime | None  # noqa: N815
    createdAt: datetime  # noqa: N815


class ApiKeyCreated(ApiKeyRead):
    apiKey: str = Field(description="The key itself; shown this once only.")  # noqa: N815


class TenantCreate(_Strict):
    # The service checks the same rule (auth/service.py SLUG_PATTERN); the schema states it.
    slug: Annotated[str, Strict(), Field(pattern=r"^[a-z][a-z0-9-]{1,62}$")]
    name: Annotated[str, Strict(), Field(min_length=1, max_length=200)] | None = None


class TenantRead(BaseModel):
    id: int
    slug: str
    name: str
    createdAt: datetime  # noqa: N815


class TenantCreated(BaseModel):
    tenant: TenantRead
    apiKey: ApiKeyCreated  # noqa: N815
