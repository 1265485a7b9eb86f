"""Webhook deliveries never reach inside the network (records-events.md §4, SSRF).

The delivery URL's host is resolved at every attempt and refused if any of its addresses is
loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified or
otherwise not public, IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4)
judged as themselves, and site-local and Teredo addresses refused outright. Connections
are opened only through `CheckingResolver`, which hands the HTTP client exactly the addresses
it checked: the name is never resolved again behind the check's back, so a DNS answer that
changes between the check and the connection (rebinding) cannot slip through.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

from aiohttp.abc import AbstractResolver, ResolveResult

from openwyn.kit.articles import indefinite

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port -> the addresses the name resolves to (injectable for tests).
Resolver = Callable[[str, int], Awaitable[list[str]]]
# An address -> what kind of non-public address it is, or None (injectable for tests).
Policy = Callable[[Address], str | None]

_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # ::a.b.c.d (deprecated, still routed by some)
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")


class Refused(Exception):
    """The delivery may not go to this host; the message says why."""


async def system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _embedded_ipv4(address: Address) -> Address:
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:  # 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
            return address.sixtofour
        # ::/96 holds :: and ::1 too, which are IPv6's own unspecified and loopback addresses.
        if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def refusal(address: Address) -> str | None:
    """What kind of non-public address `address` is, or None if deliveries may go there."""
    address = _embedded_ipv4(address)
    v6 = address if isinstance(address, ipaddress.IPv6Address) else None
    checks = [
        (address.is_unspecified, "unspecified"),
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (v6 is None and address in _CARRIER_GRADE_NAT, "carrier-grade NAT"),
        (v6 is not None and v6 in _UNIQUE_LOCAL, "unique-local"),
        (v6 is not None and v6.is_site_local, "site-local"),
        # A Teredo address's IPv4 end is whatever relay the tunnel picks: never a target.
        (v6 is not None and v6.teredo is not None, "Teredo tunnel"),
        (address.is_private, "private"),
        (address.is_reserved, "reserved"),
        (not address.is_global, "non-public"),
    ]
    return next((kind for failed, kind in checks if failed), None)


async def checked_addresses(
    host: str, port: int, resolver: Resolver, policy: Policy = refusal
) -> list[Address]:
    """Every address `host` resolves to, once each of them has passed the check."""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            answers = await resolver(host, port)
        except OSError as error:
            raise Refused(f"{host} does not resolve: {error}") from None
        addresses = list(dict.fromkeys(ipaddress.ip_address(a.split("%")[0]) for a in answers))
    if not addresses:
        raise Refused(f"{host} does not resolve")
    for address in addresses:
        kind = policy(address)
        if kind is not None:
            raise Refused(f"{host} resolves to {address}, {indefinite(kind)} address")
    return addresses


class CheckingResolver(AbstractResolver):
    """The HTTP client's resolver: it connects only to addresses that passed the check."""

    def __init__(self, resolver: Resolver = system_resolver, policy: Policy = refusal) -> None:
        self.resolver = resolver
        self.policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = await checked_addresses(host, port, self.resolver, self.policy)
        return [_result(host, address, port) for address in addresses]

    async def close(self) -> None:
        return None


def _result(host: str, address: Address, port: int) -> ResolveResult:
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    return ResolveResult(
        hostname=host,
        host=str(address),
        port=port,
        family=family,
        proto=0,
        flags=socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
    )
