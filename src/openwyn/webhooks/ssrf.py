"""Webhook deliveries never reach inside the network (records-events.md §4, SSRF).

The delivery URL's host is resolved at every attempt and refused if any of its addresses is
loopback, private, link-local, unique-local, carrier-grade NAT, multicast, unspecified or
otherwise not public, IPv4 addresses embedded in IPv6 (mapped, NAT64) included. The caller then
connects to the address that was checked, never resolving the name a second time, so a DNS
answer that changes between the check and the connection (rebinding) cannot slip through.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
# host, port -> the addresses the name resolves to (injectable for tests).
Resolver = Callable[[str, int], Awaitable[list[str]]]

_CARRIER_GRADE_NAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
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
        if address in _NAT64:
            return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def refusal(address: Address) -> str | None:
    """What kind of non-public address `address` is, or None if deliveries may go there."""
    address = _embedded_ipv4(address)
    checks = [
        (address.is_unspecified, "unspecified"),
        (address.is_loopback, "loopback"),
        (address.is_link_local, "link-local"),
        (address.is_multicast, "multicast"),
        (
            isinstance(address, ipaddress.IPv4Address) and address in _CARRIER_GRADE_NAT,
            "carrier-grade NAT",
        ),
        (
            isinstance(address, ipaddress.IPv6Address)
            and address in ipaddress.ip_network("fc00::/7"),
            "unique-local",
        ),
        (address.is_private, "private"),
        (address.is_reserved, "reserved"),
        (not address.is_global, "non-public"),
    ]
    return next((kind for failed, kind in checks if failed), None)


async def checked_address(host: str, port: int, resolver: Resolver) -> str:
    """The address to connect to for `host`, after checking every address it resolves to."""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            addresses = [
                ipaddress.ip_address(raw.split("%")[0]) for raw in await resolver(host, port)
            ]
        except OSError as error:
            raise Refused(f"{host} does not resolve: {error}") from None
    if not addresses:
        raise Refused(f"{host} does not resolve")
    for address in addresses:
        kind = refusal(address)
        if kind is not None:
            raise Refused(f"{host} resolves to {address}, a {kind} address")
    return str(addresses[0])
