"""A statement as a PDF, drawn with fpdf2 and billing/pdf.py's text and money helpers (the core
fonts' Latin-1, amounts with two decimals and the currency), as invoices are."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from anyio import to_thread
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.billing.pdf import latin1, money
from openwyn.files import service as files
from openwyn.files.storage import FileStorage

_FONT = "helvetica"
_INVOICE_COLUMNS = (35, 27, 27, 30, 36, 30)
_MOVEMENT_COLUMNS = (30, 45, 75, 35)
_AGING_LABELS = (
    ("current", "Current"),
    ("days1To30", "1-30 days"),
    ("days31To60", "31-60 days"),
    ("days61To90", "61-90 days"),
    ("over90", "Over 90 days"),
)


class _StatementPdf(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="Letter")
        self._footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(15, 15, 15)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(_FONT, size=8)
        self.cell(0, 5, f"{self._footer_text} - page {self.page_no()}/{{nb}}", align="C")


def render_statement(statement: Mapping[str, Any], firm: Mapping[str, Any]) -> bytes:
    """The statement (its JSON shape) as PDF bytes: the firm and client, the balance forward,
    the period's activity, the open invoices, the aging and the total due."""
    currency = str(statement.get("currency") or "")
    pdf = _StatementPdf(f"Statement as of {statement['asOf']}")
    pdf.set_title(f"Statement {latin1(statement.get('clientName'))} {statement['asOf']}")
    pdf.set_author(latin1(firm.get("name")))
    pdf.add_page()
    _heading(pdf, statement, firm)
    _line(pdf, "Balance forward", money(statement["balanceForward"], currency), True)
    _activity(pdf, statement, currency)
    _invoices(pdf, statement.get("invoices") or [], currency)
    _aging(pdf, statement["aging"], currency)
    _line(pdf, "Total due", money(statement["totalDue"], currency), True)
    return bytes(pdf.output())


def _heading(pdf: FPDF, statement: Mapping[str, Any], firm: Mapping[str, Any]) -> None:
    pdf.set_font(_FONT, "B", 16)
    pdf.cell(0, 8, latin1(firm.get("name")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font(_FONT, "B", 14)
    pdf.cell(0, 8, "Statement of account", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FONT, size=10)
    for label, value in (
        ("Client", statement.get("clientName")),
        ("Period", f"{statement['periodStart']} to {statement['asOf']}"),
        ("As of", statement["asOf"]),
    ):
        pdf.cell(0, 5, f"{label}: {latin1(value)}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)


def _line(pdf: FPDF, label: str, value: str, strong: bool = False) -> None:
    pdf.set_font(_FONT, "B" if strong else "", 10)
    pdf.cell(145, 6, label, align="R")
    pdf.cell(40, 6, value, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _title(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(_FONT, "B", 11)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(_FONT, size=9)


def _activity(pdf: FPDF, statement: Mapping[str, Any], currency: str) -> None:
    movements = [
        (label, item)
        for key, label in (("charges", "Invoice"), ("payments", "Payment"), ("credits", "Credit"))
        for item in statement.get(key) or []
    ]
    _title(pdf, "Activity in the period")
    if not movements:
        pdf.cell(0, 5, "No activity.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    align = ("LEFT", "LEFT", "LEFT", "RIGHT")
    with pdf.table(col_widths=_MOVEMENT_COLUMNS, text_align=align, line_height=5) as table:
        header = table.row()
        for text in ("Date", "Kind", "Reference", "Amount"):
            header.cell(text)
        for label, item in sorted(movements, key=lambda pair: pair[1]["date"]):
            row = table.row()
            row.cell(item["date"])
            row.cell(label if item["kind"] != "REVERSAL" else f"{label} reversal")
            row.cell(latin1(item.get("memo") or item["arTranId"]))
            row.cell(money(item["amount"], currency))


def _invoices(pdf: FPDF, invoices: Sequence[Mapping[str, Any]], currency: str) -> None:
    _title(pdf, "Open invoices")
    if not invoices:
        pdf.cell(0, 5, "No open invoices.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return
    align = ("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT")
    with pdf.table(col_widths=_INVOICE_COLUMNS, text_align=align, line_height=5) as table:
        header = table.row()
        for text in ("Invoice", "Issued", "Due", "Total", "Outstanding", "Days past due"):
            header.cell(text)
        for item in invoices:
            row = table.row()
            row.cell(latin1(item["invoiceNumber"]))
            row.cell(item["issueDate"] or "")
            row.cell(item["dueDate"] or "")
            row.cell(money(item["totalAmount"], currency))
            row.cell(money(item["outstandingAmount"], currency))
            row.cell(str(item["daysPastDue"]))


def _aging(pdf: FPDF, aging: Mapping[str, Any], currency: str) -> None:
    _title(pdf, "Aging")
    for key, label in _AGING_LABELS:
        _line(pdf, label, money(aging[key], currency))


async def store_statement_pdf(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    statement: Mapping[str, Any],
    firm: Mapping[str, Any],
    statement_id: int,
) -> tuple[int, str]:
    """Render the statement and store it as a file attached to the statement row (`recordType`
    `statement`): its file id and name."""
    content = await to_thread.run_sync(render_statement, statement, firm)
    source = io.BytesIO(content)
    blob = await storage.save(tenant_id, source, len(content))
    await files.keep_content(session, storage, tenant_id, blob, source)
    name = files.safe_name(f"statement-{statement['clientId']}-{statement['asOf']}.pdf")
    stored = await files.store(
        session,
        tenant_id,
        blob,
        name,
        "application/pdf",
        files.Attachment("statement", statement_id),
        f"Statement as of {statement['asOf']}",
    )
    return int(stored["id"]), name
