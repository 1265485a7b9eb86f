"""The payment processor interface (money-work.md §5): what Openwyn asks of whoever moves the
money for card, wallet and ACH payments. The sandbox (payments/sandbox.py) is one
implementation; a Stripe one would be another, registered under its own name. Nothing here
or in the payment service knows which one it talks to.

A processor answers with results, never with Openwyn's errors, except for input it cannot use
at all (an unknown token: 400 at `processorToken`). A decline is a result (`DECLINED` with a
code), turned into 402 `PAYMENT_DECLINED` by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Protocol

from openwyn.config import Settings

ChargeStatus = Literal["CONFIRMED", "PENDING", "DECLINED"]


@dataclass(frozen=True)
class ChargeResult:
    """What became of a charge. A PENDING charge (ACH) is asked again with `settle` once
    `settle_after_seconds` have passed."""

    status: ChargeStatus
    reference: str | None = None
    card_type: str | None = None
    card_last_four: str | None = None
    decline_code: str | None = None
    settle_after_seconds: float | None = None


@dataclass(frozen=True)
class SettleResult:
    """A pending charge's outcome: CONFIRMED, FAILED (with a code) or still PENDING."""

    status: Literal["CONFIRMED", "FAILED", "PENDING"]
    failure_code: str | None = None
    settle_after_seconds: float | None = None


@dataclass(frozen=True)
class RefundResult:
    reference: str


@dataclass(frozen=True)
class ProcessorEvent:
    """An event the processor sent (a webhook), as Openwyn understands it: `kind` DISPUTED,
    SETTLED or FAILED, about the charge `reference`."""

    kind: Literal["DISPUTED", "SETTLED", "FAILED"]
    reference: str
    code: str | None = None


class Processor(Protocol):
    name: str

    async def charge(
        self, amount: Decimal, currency: str, token: str, method: str
    ) -> ChargeResult: ...

    async def refund(self, reference: str, amount: Decimal) -> RefundResult: ...

    async def settle(self, reference: str) -> SettleResult: ...

    def handle_event(self, payload: dict[str, Any]) -> ProcessorEvent | None: ...


Factory = Callable[[Settings], Processor]
REGISTRY: dict[str, Factory] = {}


def register(name: str, factory: Factory) -> None:
    REGISTRY[name] = factory


def processor_for(name: str, settings: Settings) -> Processor:
    """The processor registered as `name`, configured by `settings`."""
    try:
        factory = REGISTRY[name]
    except KeyError:
        raise LookupError(f"no payment processor named {name!r}") from None
    return factory(settings)
