"""Exact money arithmetic (money-work.md §1): amounts are `Decimal` to the cent, rounded
half-even, and whenever a whole is split into parts (a bill's total over its lines, a line over
its WIP entries, a payment over invoices) the parts add up to the whole exactly, by the largest
remainder method."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def to_cent(amount: Decimal) -> Decimal:
    """`amount` rounded half-even to the cent."""
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def split_exact(total: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """`total` (to the cent) split over `weights` in proportion, each part to the cent, the
    parts summing to `total` exactly. Cents left over after flooring go one each to the parts
    with the largest remainders (ties to the earlier part), so the split is deterministic.

    Weights must not be negative; when they are all zero the split is even. A negative total
    splits as its opposite, negated (a write-down spread over lines)."""
    if not weights:
        raise ValueError("a split needs at least one part")
    if any(weight < 0 for weight in weights):
        raise ValueError("split weights must not be negative")
    if total < 0:
        return [-part for part in split_exact(-total, weights)]
    cents = int(to_cent(total) / CENT)
    basis = list(weights) if any(weights) else [Decimal(1)] * len(weights)
    whole = sum(basis, Decimal(0))
    shares = [Decimal(cents) * weight / whole for weight in basis]
    floors = [int(share.to_integral_value(rounding=ROUND_FLOOR)) for share in shares]
    left = cents - sum(floors)
    by_remainder = sorted(
        range(len(shares)), key=lambda index: (-(shares[index] - floors[index]), index)
    )
    for index in by_remainder[:left]:
        floors[index] += 1
    return [Decimal(part) * CENT for part in floors]
