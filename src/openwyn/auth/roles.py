"""Roles (contract §2) and what each one grants."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPER_ADMIN = "SUPER_ADMIN"
    API_ADMIN = "API_ADMIN"
    API_USER = "API_USER"
    RECORD_R = "RECORD_R"
    RECORD_W = "RECORD_W"
    CUSTOM_TYPE_R = "CUSTOM_TYPE_R"
    CUSTOM_TYPE_W = "CUSTOM_TYPE_W"


ALL_ROLES = frozenset(Role)

# A role also grants the roles listed here; SUPER_ADMIN grants every role. API_ADMIN may also
# sync records (contract: "RECORD_W or API_ADMIN") and define the tenant's record types; a
# writer may read what it writes.
_IMPLIES: dict[Role, frozenset[Role]] = {
    Role.SUPER_ADMIN: ALL_ROLES,
    Role.API_ADMIN: frozenset(
        {Role.API_USER, Role.RECORD_R, Role.RECORD_W, Role.CUSTOM_TYPE_R, Role.CUSTOM_TYPE_W}
    ),
    Role.RECORD_W: frozenset({Role.RECORD_R}),
    Role.CUSTOM_TYPE_W: frozenset({Role.CUSTOM_TYPE_R}),
}

# The hasura default role is the most powerful role the key holds.
_PRIORITY = list(Role)


def effective(roles: frozenset[Role]) -> frozenset[Role]:
    granted = set(roles)
    for role in roles:
        granted |= _IMPLIES.get(role, frozenset())
    return frozenset(granted)


def primary(roles: list[Role]) -> Role:
    return min(roles, key=_PRIORITY.index)
