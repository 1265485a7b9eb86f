"""A payment a portal page takes through the processor: the payment service's refusals as
pages (a decline is 402 and records nothing; a token the method does not take is 400; any
other refusal is a page with its status)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.errors import ApiError, PaymentDeclined, ValidationFailed
from openwyn.payments import service as payments
from openwyn.payments.service import PaymentRequest
from openwyn.portal.pages import PortalError


async def pay_on_page(
    session: AsyncSession, tenant_id: int, request: PaymentRequest, settings: Settings
) -> None:
    try:
        await payments.create(session, tenant_id, request, settings)
    except PaymentDeclined as error:
        reason = error.details[0].get("reason", "declined") if error.details else "declined"
        message = f"Your card was declined ({reason}). Nothing was charged; try another card."
        raise PortalError(402, "Payment declined", message) from None
    except ValidationFailed as error:
        raise PortalError(400, "Payment not accepted", error.message) from None
    except ApiError as error:  # a state that forbids it (409): a page, never the JSON envelope
        raise PortalError(error.status_code, "Payment not accepted", error.message) from None
