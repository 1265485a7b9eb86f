"""A draft's arithmetic (money-work.md §1, §11): each line's adjustment and tax, the bill's
subtotal, tax and total, and a new subtotal spread over the lines, all exact to the cent."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openwyn.kit.money import ZERO, split_exact, to_cent


def priced(line: dict[str, Any]) -> dict[str, Any]:
    """A line with its adjustment (amount - standard), tax (half-even) and unit price derived
    from its amount and rate; a line is one unit of its amount."""
    amount: Decimal = line["amount"]
    return line | {
        "adjustment": amount - line["standard_amount"],
        "tax_amount": to_cent(amount * line["tax_rate"]),
        "unit_price": amount,
        "quantity": Decimal("1.00"),
    }


def sums(lines: Sequence[dict[str, Any]]) -> dict[str, Decimal]:
    """The bill's subtotal (the lines' amounts), tax (the lines' taxes) and total."""
    subtotal = sum((line["amount"] for line in lines), ZERO)
    tax = sum((line["tax_amount"] for line in lines), ZERO)
    return {"subtotal": subtotal, "tax_amount": tax, "total_amount": subtotal + tax}


def spread(lines: Sequence[dict[str, Any]], subtotal: Decimal) -> list[dict[str, Any]]:
    """Set the lines' amounts so they add up to `subtotal` exactly: the difference from their
    standard amounts is split in proportion to those (largest remainder). With a subtotal of
    zero or more no line goes below zero: a line's share of a write-down never exceeds its
    standard amount."""
    standards = [line["standard_amount"] for line in lines]
    difference = subtotal - sum(standards, ZERO)
    shares = split_exact(difference, standards)
    return [
        priced(line | {"amount": line["standard_amount"] + share})
        for line, share in zip(lines, shares, strict=True)
    ]
