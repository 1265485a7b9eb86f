"""Sending an engagement letter and signing it (money-work.md §7).

`send` renders the letter from the template over the stored engagement, keeps its text and a
PDF of it, and emails each signer a personal link (`/portal/sign/{token}`: 256 random bits,
stored hashed, valid until the engagement expires, good for that signer of that engagement
only). A letter that changed since an earlier send clears the signatures given to the old one.

`sign` records the evidence of a signature (typed name, time, IP address, user agent and the
SHA-256 of the letter text signed). When every signer has signed the letter as it stands the
engagement is SIGNED, and EXECUTED at once when nothing is left to prepay: then a certificate
PDF is stored and the partner and manager are emailed.

An engagement can still be SIGNED with its prepayment unpaid (the demo's seeding records
signatures that way): `prepay` takes it from any signer's link and executes the engagement;
until then `remind_to_prepay` sends the billing signers a fresh link every `reminderDays`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import Settings
from openwyn.engagements import documents, letters
from openwyn.engagements import repository as repo
from openwyn.engagements import service as engagements
from openwyn.engagements.context import Parts, context_of
from openwyn.engagements.resource import ENGAGEMENTS
from openwyn.errors import ErrorDetail, ValidationFailed, refused
from openwyn.files.storage import FileStorage
from openwyn.kit.money import ZERO
from openwyn.mail import queue
from openwyn.mail.templates import render
from openwyn.payments.service import PaymentRequest
from openwyn.portal import tokens
from openwyn.portal.pages import NOT_FOUND, PortalError, money
from openwyn.portal.payments import pay_on_page
from openwyn.web import service as crud

SENDABLE = frozenset({"DRAFT", "SENT"})
MAX_SIGNED_NAME = 200


def sign_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/portal/sign/{token}"


def letter_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


async def _rendered(
    session: AsyncSession, tenant_id: int, item: dict[str, Any], parts: Parts
) -> str:
    template = None
    if item["templateId"] is not None:
        template = await repo.template(session, tenant_id, item["templateId"])
    if template is None:
        raise refused("INVALID_TRANSITION", "The engagement has no letter template to send.")
    return letters.render_at(
        "templateId", "the letter fails to render", template["body"], context_of(parts, item)
    )


async def send(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement_id: int,
    *,
    base_url: str,
    now: datetime,
) -> dict[str, Any]:
    """Render, keep and email the letter; the engagement becomes SENT (a SENT one is sent
    again, with new links: the old ones stop working)."""
    await repo.lock(session, tenant_id, engagement_id)
    item = await engagements.current(session, tenant_id, engagement_id)
    if item["status"] not in SENDABLE:
        raise refused("INVALID_TRANSITION", f"An engagement that is {item['status']} is not sent.")
    kept = await repo.children(session, tenant_id, engagement_id)
    _need_emails(kept["signers"])
    parts = await engagements.stored_parts(session, tenant_id, item, kept)
    text = await _rendered(session, tenant_id, item, parts)
    digest = letter_sha256(text)
    if item["letterSha256"] is not None and item["letterSha256"] != digest:
        await repo.reset_signers(session, tenant_id, engagement_id)
        kept = await repo.children(session, tenant_id, engagement_id)
    pdf = await documents.letter_pdf(session, storage, tenant_id, item, parts.firm["name"], text)
    await repo.save_letter(session, tenant_id, engagement_id, text)
    expires = now + timedelta(days=item["expiresInDays"])
    invited = [signer for signer in kept["signers"] if signer["status"] != "SIGNED"]
    await repo.drop_links(session, tenant_id, [signer["id"] for signer in invited])
    for signer in invited:
        await _invite(session, tenant_id, item, signer, pdf, expires, base_url, parts)
    first_reminder = now + timedelta(days=item["reminderDays"])
    await repo.set_next_reminder(session, tenant_id, engagement_id, first_reminder)
    values = {
        "sentAt": now,
        "expiresAt": expires,
        "letterFileId": pdf["id"],
        "letterSha256": digest,
    }
    return await engagements.move(session, tenant_id, engagement_id, "SENT", values)


async def remind(
    session: AsyncSession, tenant_id: int, engagement_id: int, *, base_url: str, now: datetime
) -> int:
    """Email each signer who has not signed again, with a new link (only a token's hash is
    kept, so the earlier link cannot be repeated; it keeps working until it expires). How many
    were reminded."""
    item = await engagements.current(session, tenant_id, engagement_id)
    kept = await repo.children(session, tenant_id, engagement_id)
    waiting = [s for s in kept["signers"] if s["status"] == "PENDING" and s["email"]]
    if not waiting or item["letterFileId"] is None or item["expiresAt"] is None:
        return 0
    parts = await engagements.stored_parts(session, tenant_id, item, kept)
    pdf = {"id": item["letterFileId"], "name": f"engagement-letter-{engagement_id}.pdf"}
    expires = datetime.fromisoformat(item["expiresAt"])
    for signer in waiting:
        await _invite(session, tenant_id, item, signer, pdf, expires, base_url, parts)
    return len(waiting)


async def remind_to_prepay(
    session: AsyncSession, tenant_id: int, engagement_id: int, *, base_url: str, now: datetime
) -> int:
    """Email the BILLING signers (every signer when none is) of a SIGNED engagement whose
    prepayment is due a new link to pay it, good for `expiresInDays` from now. How many were
    reminded."""
    item = await engagements.current(session, tenant_id, engagement_id)
    due = prepayment_due(item)
    if item["status"] != "SIGNED" or due <= 0:
        return 0
    signers = (await repo.children(session, tenant_id, engagement_id))["signers"]
    billing = [s for s in signers if s["role"] == "BILLING"] or signers
    reached = [s for s in billing if s["email"]]
    firm = await repo.firm(session, tenant_id)
    client = (await repo.clients(session, tenant_id, [item["clientId"]]))[item["clientId"]]
    expires = now + timedelta(days=item["expiresInDays"])
    for signer in reached:
        link = await _new_link(session, tenant_id, signer, expires, base_url)
        message = render(
            "engagement_prepay",
            engagement=item,
            firm=firm,
            client=client,
            signer_name=_name_of(signer),
            amount=money(due, item["currency"]),
            link=link,
            expires=expires.date().isoformat(),
        )
        await _mail(session, tenant_id, item, signer, message, [])
    return len(reached)


def _need_emails(signers: list[dict[str, Any]]) -> None:
    details: list[ErrorDetail] = [
        {"path": f"signers[{index}].contactId", "message": "the contact has no email address"}
        for index, signer in enumerate(signers)
        if not signer["email"]
    ]
    if details:
        raise ValidationFailed(
            "Every signer needs an email address to be sent the letter.", details
        )


async def _invite(
    session: AsyncSession,
    tenant_id: int,
    item: dict[str, Any],
    signer: dict[str, Any],
    pdf: dict[str, Any],
    expires: datetime,
    base_url: str,
    parts: Parts,
) -> None:
    link = await _new_link(session, tenant_id, signer, expires, base_url)
    subject, text, html = render(
        "engagement_sign",
        engagement=item,
        firm=parts.firm,
        client=parts.client,
        signer_name=_name_of(signer),
        link=link,
        expires=expires.date().isoformat(),
    )
    message = (subject, text, html)
    await _mail(session, tenant_id, item, signer, message, [(pdf["id"], pdf["name"])])


async def _new_link(
    session: AsyncSession,
    tenant_id: int,
    signer: dict[str, Any],
    expires: datetime,
    base_url: str,
) -> str:
    """A fresh link for the signer, good until `expires`, beside those it was given before."""
    token, digest = tokens.new_token()
    await repo.add_link(session, tenant_id, signer["id"], digest, expires)
    return sign_url(base_url, token)


def _name_of(signer: dict[str, Any]) -> str:
    return " ".join(filter(None, (signer["first_name"], signer["last_name"])))


async def _mail(
    session: AsyncSession,
    tenant_id: int,
    item: dict[str, Any],
    signer: dict[str, Any],
    message: tuple[str, str, str | None],
    attachments: list[tuple[int, str]],
) -> None:
    subject, text, html = message
    await queue.enqueue(
        session,
        tenant_id,
        to=[signer["email"]],
        subject=subject,
        text=text,
        html=html,
        attachments=attachments,
        related_type="engagement",
        related_id=item["id"],
    )


@dataclass(frozen=True)
class Visit:
    """What a signing link opens: its signer, the engagement and the letter as sent."""

    tenant_id: int
    signer: dict[str, Any]
    engagement: dict[str, Any]
    letter: str
    services: list[dict[str, Any]]
    firm: str
    client_name: str


async def visit(session: AsyncSession, token: str, now: datetime) -> Visit:
    """The signing link's page data; 404 for a token that names no signer, 410 for one that
    expired or whose engagement is no longer open (a signed letter stays readable until the
    link expires)."""
    signer = await repo.signer_by_token(session, tokens.digest(token))
    if signer is None:
        raise NOT_FOUND
    if signer["token_expires_at"] is None or signer["token_expires_at"] <= now:
        raise PortalError(410, "This link has expired", "Ask the firm to send the letter again.")
    tenant_id = signer["tenant_id"]
    item = await engagements.current(session, tenant_id, signer["engagement_id"])
    if signer["status"] != "SIGNED" and item["status"] not in ("SENT", "SIGNED"):
        raise PortalError(
            410, "This letter is closed", "This engagement letter is no longer open for signing."
        )
    kept = await repo.children(session, tenant_id, signer["engagement_id"])
    firm = (await repo.firm(session, tenant_id))["name"]
    text = await repo.letter(session, tenant_id, signer["engagement_id"]) or ""
    client = (await repo.clients(session, tenant_id, [item["clientId"]]))[item["clientId"]]
    return Visit(tenant_id, signer, item, text, kept["services"], firm, client["name"])


async def _locked_visit(session: AsyncSession, token: str, now: datetime) -> Visit:
    """The link's page data read again once its engagement is locked: what a signature,
    payment or decline then changes is what it stands on, not what a racing one replaced."""
    found = await visit(session, token, now)
    await repo.lock(session, found.tenant_id, found.engagement["id"])
    return await visit(session, token, now)


async def sign(
    session: AsyncSession,
    storage: FileStorage,
    token: str,
    *,
    typed_name: str,
    consent: bool,
    evidence: tuple[str, str],
    now: datetime,
    payment: Prepayment | None = None,
) -> Visit:
    """Record the signature (`evidence` is the IP address and user agent). A typed name and
    consent are required (PortalError 400, shown on the form again). While a prepayment is
    due, the signer pays it with the signature: through the processor with `payment`'s token
    (a decline is a 402 page and records nothing)."""
    found = await _locked_visit(session, token, now)
    if found.signer["status"] == "SIGNED":
        raise PortalError(409, "Already signed", "You have already signed this letter.")
    name = " ".join(typed_name.split())
    if not name or len(name) > MAX_SIGNED_NAME or _hidden_characters(name):
        raise PortalError(400, "Type your name", "Type your full name to sign.")
    if not consent:
        raise PortalError(400, "Consent needed", "Tick the box to agree to sign electronically.")
    due = prepayment_due(found.engagement)
    if due > 0:
        await _prepay(session, found, due, payment)
    signature = Signature(found.signer["id"], name, evidence, found.engagement["letterSha256"])
    await record(session, storage, found.tenant_id, found.engagement["id"], signature, now)
    return await visit(session, token, now)


# Characters a typed name never needs and that would hide what it says in the evidence:
# controls (NUL among them), unassigned or private code points, lone surrogates, and the
# invisible ones that reorder or pad text (bidi overrides and isolates, zero-width space, BOM).
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_HIDDEN = frozenset("\u200b\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _hidden_characters(name: str) -> bool:
    return any(c in _HIDDEN or unicodedata.category(c) in _HIDDEN_CATEGORIES for c in name)


@dataclass(frozen=True)
class Prepayment:
    token: str
    settings: Settings


def prepayment_due(engagement: dict[str, Any]) -> Decimal:
    due: Decimal = engagement["prepaymentAmount"] - engagement["prepaidAmount"]
    return max(due, ZERO)


async def _prepay(
    session: AsyncSession, found: Visit, due: Decimal, payment: Prepayment | None
) -> None:
    """Charge the prepayment as a card payment of the client kept as unapplied credit (no
    invoice exists yet), and count it on the engagement."""
    if payment is None or not payment.token.strip():
        raise PortalError(400, "Payment needed", "Enter your card's payment token to pay.")
    engagement = found.engagement
    request = PaymentRequest(
        client_id=engagement["clientId"],
        amount=due,
        method="CREDIT_CARD",
        allocations=[],
        token=payment.token.strip(),
        reference=f"Prepayment, engagement {engagement['id']}"[:200],
        apply_credit=False,
    )
    await pay_on_page(session, found.tenant_id, request, payment.settings)
    paid = {"prepaidAmount": engagement["prepaidAmount"] + due}
    await crud.apply_update(session, ENGAGEMENTS, found.tenant_id, engagement["id"], paid, None)


async def prepay(
    session: AsyncSession, storage: FileStorage, token: str, payment: Prepayment, now: datetime
) -> Visit:
    """Pay the prepayment a SIGNED engagement still waits on, from a signer's link, and
    execute it. Nothing due, or an engagement not SIGNED, is a 409 page (so a second submit
    charges nothing: the engagement is locked and what is due read again under the lock); an
    empty card token a 400 page, a decline a 402 page, both recording nothing."""
    found = await _locked_visit(session, token, now)
    due = prepayment_due(found.engagement)
    if found.engagement["status"] != "SIGNED" or due <= 0:
        raise PortalError(409, "Nothing to pay", "No prepayment is due on this engagement.")
    await _prepay(session, found, due, payment)
    await execute_signed(session, storage, found.tenant_id, found.engagement["id"], now)
    return await visit(session, token, now)


@dataclass(frozen=True)
class Signature:
    signer_id: int
    name: str
    evidence: tuple[str, str]  # IP address, user agent
    letter_sha256: str


async def record(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement_id: int,
    signature: Signature,
    now: datetime,
) -> None:
    """Keep a signature's evidence and move the engagement as far as it now goes."""
    ip, agent = signature.evidence
    values = {
        "status": "SIGNED",
        "signed_name": signature.name,
        "signed_at": now,
        "signed_ip": ip[:64],
        "signed_user_agent": agent[:500],
        "signed_sha256": signature.letter_sha256,
    }
    await repo.save_signer(session, tenant_id, signature.signer_id, values)
    await repo.touch(session, tenant_id, engagement_id, now)
    await _advance(session, storage, tenant_id, engagement_id, now)


async def decline(session: AsyncSession, token: str, now: datetime) -> Visit:
    found = await _locked_visit(session, token, now)
    if found.signer["status"] == "SIGNED" or found.engagement["status"] != "SENT":
        raise PortalError(409, "Cannot decline", "This letter can no longer be declined.")
    await repo.save_signer(session, found.tenant_id, found.signer["id"], {"status": "DECLINED"})
    await engagements.move(session, found.tenant_id, found.engagement["id"], "DECLINED")
    return found


async def _advance(
    session: AsyncSession, storage: FileStorage, tenant_id: int, engagement_id: int, now: datetime
) -> None:
    """SIGNED once every signer signed the letter as it stands; EXECUTED too when nothing is
    left to prepay."""
    item = await engagements.current(session, tenant_id, engagement_id)
    signers = (await repo.children(session, tenant_id, engagement_id))["signers"]
    current = item["letterSha256"]
    if not all(s["status"] == "SIGNED" and s["signed_sha256"] == current for s in signers):
        return
    item = await engagements.move(session, tenant_id, engagement_id, "SIGNED", {"signedAt": now})
    if prepayment_due(item) > 0:  # the billing signers are reminded until it is paid
        first_reminder = now + timedelta(days=item["reminderDays"])
        await repo.set_next_reminder(session, tenant_id, engagement_id, first_reminder)
    else:
        await execute_signed(session, storage, tenant_id, engagement_id, now)


async def execute_signed(
    session: AsyncSession, storage: FileStorage, tenant_id: int, engagement_id: int, now: datetime
) -> dict[str, Any]:
    """EXECUTED with its certificate PDF, and the partner and manager told."""
    before = await engagements.current(session, tenant_id, engagement_id)
    signers = (await repo.children(session, tenant_id, engagement_id))["signers"]
    firm = (await repo.firm(session, tenant_id))["name"]
    executed = before | {"executedAt": now.isoformat()}
    certificate = await documents.certificate_pdf(
        session, storage, tenant_id, executed, firm, signers
    )
    values = {"executedAt": now, "certificateFileId": certificate["id"]}
    item = await engagements.move(session, tenant_id, engagement_id, "EXECUTED", values)
    await repo.set_next_reminder(session, tenant_id, engagement_id, None)  # nothing to chase
    await _tell_the_firm(session, tenant_id, item, certificate)
    return item


async def _tell_the_firm(
    session: AsyncSession, tenant_id: int, item: dict[str, Any], certificate: dict[str, Any]
) -> None:
    staff = await repo.staff(
        session, tenant_id, {item["partnerStaffId"], item["managerStaffId"]} - {None}
    )
    emails = sorted({row["email"] for row in staff.values() if row["email"]})
    if not emails:
        return
    subject, text, html = render("engagement_executed", engagement=item)
    await queue.enqueue(
        session,
        tenant_id,
        to=emails,
        subject=subject,
        text=text,
        html=html,
        attachments=[(certificate["id"], certificate["name"])],
        related_type="engagement",
        related_id=item["id"],
    )
