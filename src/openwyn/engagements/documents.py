"""The engagement's PDFs (money-work.md §7): the letter as sent, and the certificate of
execution (who signed what, when, from where, and the SHA-256 of the letter's text, which each
signature is of, and of the letter's PDF as emailed, so its reader can check the attachment).
fpdf2 with its core fonts, as invoices (billing/pdf.py explains the Latin-1 fallback)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from anyio import to_thread
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.pdf import latin1
from openwyn.files import service as files
from openwyn.files.storage import FileStorage

_FONT = "helvetica"


class _Document(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="Letter")
        self._footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 18, 20)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(_FONT, size=8)
        self.cell(0, 5, f"{self._footer_text} - page {self.page_no()}/{{nb}}", align="C")

    def paragraph(self, text: str, size: int = 11, style: str = "") -> None:
        self.set_font(_FONT, style=style, size=size)
        self.multi_cell(0, size * 0.5, latin1(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render_letter(firm: str, name: str, letter: str) -> bytes:
    pdf = _Document(latin1(name))
    pdf.add_page()
    pdf.paragraph(firm, size=16, style="B")
    pdf.paragraph(name, size=12)
    pdf.ln(6)
    pdf.paragraph(letter)
    return bytes(pdf.output())


def render_certificate(
    firm: str,
    engagement: Mapping[str, Any],
    signers: Sequence[Mapping[str, Any]],
    letter_pdf_sha256: str | None = None,
) -> bytes:
    """One block per signature: the typed name, the signer's email, the time (UTC), the IP
    address and user agent, and the SHA-256 of the letter text signed."""
    pdf = _Document("Certificate of execution")
    pdf.add_page()
    pdf.paragraph(firm, size=16, style="B")
    pdf.paragraph("Certificate of execution", size=14, style="B")
    pdf.paragraph(f"Engagement: {engagement['name']}")
    pdf.paragraph(f"Letter text SHA-256: {engagement['letterSha256']}", size=9)
    if letter_pdf_sha256 is not None:
        pdf.paragraph(f"Letter PDF SHA-256 (the file emailed): {letter_pdf_sha256}", size=9)
    pdf.paragraph(f"Executed at: {engagement['executedAt']} (UTC)")
    for signer in signers:
        pdf.ln(4)
        pdf.paragraph(f"Signed by: {signer['signed_name']} <{signer['email'] or ''}>", style="B")
        pdf.paragraph(f"Role: {signer['role']}")
        pdf.paragraph(f"Signed at: {signer['signed_at'].isoformat()} (UTC)")
        pdf.paragraph(f"From: {signer['signed_ip']}")
        pdf.paragraph(f"User agent: {signer['signed_user_agent']}", size=9)
        pdf.paragraph(f"Letter text SHA-256 signed: {signer['signed_sha256']}", size=9)
    return bytes(pdf.output())


async def store_pdf(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement_id: int,
    content: bytes,
    name: str,
) -> dict[str, Any]:
    """The PDF as a file attached to the engagement."""
    return await files.store_bytes(
        session,
        storage,
        tenant_id,
        content,
        name=name,
        content_type="application/pdf",
        attachment=files.Attachment("engagement", engagement_id),
        description=name.removesuffix(".pdf"),
    )


async def letter_pdf(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement: Mapping[str, Any],
    firm: str,
    letter: str,
) -> dict[str, Any]:
    content = await to_thread.run_sync(render_letter, firm, engagement["name"], letter)
    name = f"engagement-letter-{engagement['id']}.pdf"
    return await store_pdf(session, storage, tenant_id, engagement["id"], content, name)


async def certificate_pdf(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    engagement: Mapping[str, Any],
    firm: str,
    signers: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    letter_file = engagement.get("letterFileId")
    letter_sha256 = None
    if letter_file is not None:
        letter_sha256 = (await files.get(session, tenant_id, letter_file))["sha256"]
    content = await to_thread.run_sync(render_certificate, firm, engagement, signers, letter_sha256)
    name = f"engagement-certificate-{engagement['id']}.pdf"
    return await store_pdf(session, storage, tenant_id, engagement["id"], content, name)
