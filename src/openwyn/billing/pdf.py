"""An invoice as a PDF (money-work.md §4), with fpdf2: pure Python, installs from PyPI alone.

fpdf2's core fonts (Helvetica) cover Latin-1, which holds the accented letters of most
client names (é, ü, ñ, ø...). Text beyond it is written in its nearest Latin-1 form (typographic
dashes and quotes as ASCII, `€` as `EUR`, letters stripped of marks Latin-1 lacks: `ő` → `o`)
and anything left as `?`: an invoice never fails to render over a name, and no font file
has to ship with the server.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from anyio import to_thread
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.config import load_settings
from openwyn.files import service as files
from openwyn.files.storage import FileStorage, LocalStorage

_FONT = "helvetica"
_COLUMNS = (80, 20, 30, 25, 35)  # description, quantity, unit price, tax, amount (mm)
_SUBSTITUTES = {
    "\u2013": "-",
    "\u2014": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2026": "...",
    "\u20ac": "EUR",
    "\u2022": "*",
    "\u00a0": " ",
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
    "\u0131": "i",
    "\u0152": "OE",
    "\u0153": "oe",
}


def latin1(value: Any) -> str:
    """`value` as text the core fonts can draw (see the module's docstring)."""
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    return "".join(_latin1_char(char) for char in text)


def _latin1_char(char: str) -> str:
    if ord(char) < 256:
        return char if char.isprintable() or char in "\n" else " "
    if char in _SUBSTITUTES:
        return _SUBSTITUTES[char]
    base = "".join(
        part
        for part in unicodedata.normalize("NFKD", char)
        if ord(part) < 256 and not unicodedata.combining(part)
    )
    return base or "?"


def money(value: Any, currency: str) -> str:
    """`1234.5` → `1,234.50 USD`: always two decimals, and the currency."""
    return f"{_decimal(value):,.2f} {latin1(currency)}".strip()


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value if value is not None else 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return Decimal("0.00")


def _quantity(value: Any) -> str:
    try:
        number = Decimal(str(value if value is not None else 0))
    except InvalidOperation:
        return latin1(value)
    text = format(number.normalize(), "f")
    return text if text != "-0" else "0"


class _InvoicePdf(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="Letter")
        self._footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(15, 15, 15)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(_FONT, size=8)
        self.cell(0, 5, f"{self._footer_text} - page {self.page_no()}/{{nb}}", align="C")


def render_invoice(
    invoice: Mapping[str, Any], firm: Mapping[str, Any], pay_url: str | None
) -> bytes:
    """The invoice (its API read shape) as PDF bytes: the firm, the client, every line, tax,
    totals, what is paid and due, and the pay link."""
    currency = str(invoice.get("currency") or "")
    number = latin1(invoice.get("invoiceNumber") or "(draft)")
    pdf = _InvoicePdf(f"Invoice {number}")
    pdf.set_title(f"Invoice {number}")
    pdf.set_author(latin1(firm.get("name")))
    pdf.add_page()
    _heading(pdf, invoice, firm, number)
    _lines(pdf, invoice.get("lineItems") or [], currency)
    _totals(pdf, invoice, currency)
    _closing(pdf, invoice, pay_url)
    return bytes(pdf.output())


def _heading(pdf: FPDF, invoice: Mapping[str, Any], firm: Mapping[str, Any], number: str) -> None:
    pdf.set_font(_FONT, "B", 16)
    pdf.cell(0, 8, latin1(firm.get("name")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FONT, size=10)
    if firm.get("address"):
        pdf.multi_cell(0, 5, latin1(firm["address"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font(_FONT, "B", 14)
    pdf.cell(0, 8, f"Invoice {number}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FONT, size=10)
    facts = [
        ("Status", invoice.get("status")),
        ("Issue date", invoice.get("issueDate")),
        ("Due date", invoice.get("dueDate")),
    ]
    for label, value in facts:
        if value:
            pdf.cell(0, 5, f"{label}: {latin1(value)}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font(_FONT, "B", 10)
    pdf.cell(0, 5, "Bill to", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FONT, size=10)
    for value in (invoice.get("clientName"), invoice.get("clientEmail")):
        if value:
            pdf.cell(0, 5, latin1(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)


def _lines(pdf: FPDF, lines: Sequence[Mapping[str, Any]], currency: str) -> None:
    pdf.set_font(_FONT, size=9)
    align = ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")
    # The header row repeats on every page the table runs onto.
    with pdf.table(col_widths=_COLUMNS, text_align=align, line_height=5) as table:
        header = table.row()
        for title in ("Description", "Quantity", "Unit price", "Tax", "Amount"):
            header.cell(title)
        for line in lines:
            row = table.row()
            row.cell(latin1(line.get("description")))
            row.cell(_quantity(line.get("quantity")))
            row.cell(money(line.get("unitPrice"), currency))
            row.cell(money(line.get("taxAmount"), currency))
            row.cell(money(line.get("amount"), currency))
    pdf.ln(4)


def _totals(pdf: FPDF, invoice: Mapping[str, Any], currency: str) -> None:
    rows = [
        ("Subtotal", invoice.get("subtotal"), False),
        ("Tax", invoice.get("taxAmount"), False),
        ("Total", invoice.get("totalAmount"), True),
        ("Paid", invoice.get("paidAmount"), False),
        ("Amount due", invoice.get("outstandingAmount"), True),
    ]
    for label, value, strong in rows:
        pdf.set_font(_FONT, "B" if strong else "", 10)
        pdf.cell(145, 6, label, align="R")
        pdf.cell(40, 6, money(value, currency), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _closing(pdf: FPDF, invoice: Mapping[str, Any], pay_url: str | None) -> None:
    pdf.ln(4)
    pdf.set_font(_FONT, size=10)
    if pay_url:
        pdf.set_font(_FONT, "B", 10)
        pdf.cell(0, 6, "Pay online:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(_FONT, "U", 10)
        pdf.multi_cell(0, 5, latin1(pay_url), link=pay_url, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(_FONT, size=10)
    if invoice.get("notes"):
        pdf.ln(3)
        pdf.multi_cell(0, 5, latin1(invoice["notes"]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


async def store_invoice_pdf(
    session: AsyncSession,
    tenant_id: int,
    invoice: Mapping[str, Any],
    firm: Mapping[str, Any],
    pay_url: str | None,
    *,
    storage: FileStorage | None = None,
) -> int:
    """Render the invoice and store the PDF as a file of the tenant (records-events §2),
    attached to the invoice (`recordType` `invoice`, `recordId` its id): its file id. The
    bytes go to `storage` (by default the configured file directory) before the file row is
    written in the caller's transaction; identical bytes are stored once."""
    content = await to_thread.run_sync(render_invoice, invoice, firm, pay_url)
    storage = storage or LocalStorage(load_settings().resolved_files_dir())
    number = str(invoice.get("invoiceNumber") or invoice.get("id") or "draft")
    invoice_id = invoice.get("id")
    attachment = files.Attachment("invoice", int(invoice_id)) if invoice_id else files.Attachment()
    stored = await files.store_bytes(
        session,
        storage,
        tenant_id,
        content,
        name=f"invoice-{number}.pdf",
        content_type="application/pdf",
        attachment=attachment,
        description=f"Invoice {number}",
    )
    return int(stored["id"])
