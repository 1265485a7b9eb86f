"""The sandbox processor: behaves like Stripe's test mode with Stripe's documented test
tokens, so a firm (or a test) rehearses every outcome without moving money.

Cards: `tok_visa`, `tok_mastercard`, `tok_amex` succeed; `tok_chargeDeclined` is declined
`generic_decline`, `tok_chargeDeclinedInsufficientFunds` `insufficient_funds`,
`tok_chargeDeclinedExpiredCard` `expired_card`, `tok_chargeDeclinedIncorrectCvc`
`incorrect_cvc`. ACH: `tok_ach` is PENDING and settles after
`OPENWYN_SANDBOX_ACH_SETTLE_SECONDS`; `tok_ach_insufficient` is PENDING, then fails
`insufficient_funds` at settlement.

It keeps no state: a charge's reference says how it will settle, so any process (the API or
a worker) settles it the same way.
"""

from __future__ import annotations

import secrets
from decimal import Decimal
from typing import Any

from openwyn.config import Settings
from openwyn.errors import ValidationFailed
from openwyn.payments.processor import (
    ChargeResult,
    ProcessorEvent,
    RefundResult,
    SettleResult,
    register,
)

NAME = "sandbox"
# Token: (card brand, last four digits).
CARDS = {
    "tok_visa": ("Visa", "4242"),
    "tok_mastercard": ("MasterCard", "4444"),
    "tok_amex": ("American Express", "8431"),
}
# Token: decline code.
DECLINES = {
    "tok_chargeDeclined": "generic_decline",
    "tok_chargeDeclinedInsufficientFunds": "insufficient_funds",
    "tok_chargeDeclinedExpiredCard": "expired_card",
    "tok_chargeDeclinedIncorrectCvc": "incorrect_cvc",
}
# Token: whether the debit settles.
BANK_ACCOUNTS = {"tok_ach": True, "tok_ach_insufficient": False}
_SETTLES, _FAILS = "py_s", "py_f"
BANK_METHODS = ("ACH",)


def _unknown(token: str, method: str) -> ValidationFailed:
    return ValidationFailed.at("processorToken", f"{token!r} is not a sandbox token for {method}")


class SandboxProcessor:
    name = NAME

    def __init__(self, settings: Settings) -> None:
        self.ach_settle_seconds = settings.sandbox_ach_settle_seconds

    async def charge(self, amount: Decimal, currency: str, token: str, method: str) -> ChargeResult:
        if method in BANK_METHODS:
            return self._debit(token, method)
        if token in DECLINES:
            return ChargeResult("DECLINED", decline_code=DECLINES[token])
        if token not in CARDS:
            raise _unknown(token, method)
        brand, last_four = CARDS[token]
        reference = f"ch_{secrets.token_hex(12)}"
        return ChargeResult("CONFIRMED", reference, brand, last_four)

    def _debit(self, token: str, method: str) -> ChargeResult:
        if token not in BANK_ACCOUNTS:
            raise _unknown(token, method)
        prefix = _SETTLES if BANK_ACCOUNTS[token] else _FAILS
        reference = f"{prefix}{secrets.token_hex(12)}"
        return ChargeResult("PENDING", reference, settle_after_seconds=self.ach_settle_seconds)

    async def refund(self, reference: str, amount: Decimal) -> RefundResult:
        return RefundResult(f"re_{secrets.token_hex(12)}")

    async def settle(self, reference: str) -> SettleResult:
        if reference.startswith(_FAILS):
            return SettleResult("FAILED", "insufficient_funds")
        return SettleResult("CONFIRMED")

    def handle_event(self, payload: dict[str, Any]) -> ProcessorEvent | None:
        """Stripe's event shape: `{"type": "charge.dispute.created", "data": {"object":
        {"charge": "ch_..."}}}`; the kinds Openwyn acts on, None for the rest."""
        kinds = {
            "charge.dispute.created": "DISPUTED",
            "charge.succeeded": "SETTLED",
            "charge.failed": "FAILED",
        }
        kind = kinds.get(str(payload.get("type")))
        found = (payload.get("data") or {}).get("object") or {}
        reference = found.get("charge") or found.get("id")
        if kind is None or not isinstance(reference, str):
            return None
        return ProcessorEvent(kind, reference, found.get("failure_code"))  # type: ignore[arg-type]


register(NAME, SandboxProcessor)
