"""The client's address: the peer's, or the one a trusted proxy forwarded.

``X-Forwarded-For`` is believed only from peers in ``OPENWYN_FORWARDED_ALLOW_IPS``: anyone else
can write any address there, and would escape every per-address limit by changing it on each
call. From a trusted peer the chain is read from the right (the hop nearest this server) and
the first address that is not itself a trusted proxy is the client's.
"""

from __future__ import annotations

import ipaddress
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openwyn.config import Network

# Longer "addresses" are no address; keep them out of bucket names whole.
_MAX_ADDRESS = 64


def _is_trusted(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in trusted)


def _forwarded_chain(scope: MutableMapping[str, Any]) -> list[str]:
    hops: list[str] = []
    for name, value in scope["headers"]:
        if name == b"x-forwarded-for":
            hops += [hop.strip() for hop in value.decode("latin-1").split(",")]
    return [hop for hop in hops if hop]


def client_address(scope: MutableMapping[str, Any], trusted: tuple[Network, ...]) -> str:
    """The address per-address limits count against; computed once per request."""
    state = scope.setdefault("state", {})
    known: str | None = state.get("client_address")
    if known is None:
        known = state["client_address"] = _resolve(scope, trusted)
    return known


def _resolve(scope: MutableMapping[str, Any], trusted: tuple[Network, ...]) -> str:
    peer = scope.get("client")
    address: str = peer[0] if peer else "unknown"
    if not trusted or not _is_trusted(address, trusted):
        return address
    for hop in reversed(_forwarded_chain(scope)):
        address = hop[:_MAX_ADDRESS]
        if not _is_trusted(address, trusted):
            break
    return address
