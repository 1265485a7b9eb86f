"""Invoice PDFs (money-work.md §4): every figure and line is in the document's text, any
client name renders, long invoices paginate, and the PDF is stored as a file."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader

from openwyn.billing.pdf import latin1, money, render_invoice, store_invoice_pdf
from tests.fixtures.api import TenantHandle

FIRM = {"name": "Ledger & Co CPAs", "address": "1 Main Street\nSpringfield"}
PAY_URL = "https://openwyn.test/portal/pay/tok_123"


def invoice(lines: int = 2, **fields: Any) -> dict[str, Any]:
    items = [
        {
            "description": f"Service line {number:03d}",
            "quantity": Decimal("1.5"),
            "unitPrice": Decimal("100.10"),
            "amount": Decimal("150.15"),
            "taxRate": Decimal("0.1"),
            "taxAmount": Decimal("15.02"),
        }
        for number in range(1, lines + 1)
    ]
    subtotal = Decimal("150.15") * lines
    tax = Decimal("15.02") * lines
    return {
        "id": 42,
        "invoiceNumber": "INV-2026-00042",
        "status": "POSTED",
        "clientName": "Acme Holdings",
        "clientEmail": "billing@acme.example",
        "issueDate": "2026-12-01",
        "dueDate": "2026-12-31",
        "lineItems": items,
        "subtotal": subtotal,
        "taxAmount": tax,
        "totalAmount": subtotal + tax,
        "paidAmount": Decimal("100"),
        "outstandingAmount": subtotal + tax - 100,
        "currency": "USD",
        "notes": "Thank you for your business.",
    } | fields


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


class TestContent:
    def test_the_number_client_lines_totals_and_pay_link_are_printed(self) -> None:
        pages, text = text_of(render_invoice(invoice(), FIRM, PAY_URL))
        assert pages == 1
        for expected in (
            "Ledger & Co CPAs",
            "Springfield",
            "INV-2026-00042",
            "Acme Holdings",
            "billing@acme.example",
            "2026-12-31",
            "Service line 001",
            "Service line 002",
            "150.15 USD",
            "15.02 USD",
            "Subtotal 300.30 USD",
            "Tax 30.04 USD",
            "Total 330.34 USD",
            "Paid 100.00 USD",
            "Amount due 230.34 USD",
            PAY_URL,
            "Thank you for your business.",
        ):
            assert expected in text, expected

    def test_money_has_two_decimals_thousands_and_the_currency(self) -> None:
        assert money(1234567, "EUR") == "1,234,567.00 EUR"
        assert money("0.5", "USD") == "0.50 USD"
        assert money(Decimal("-12.345"), "USD") == "-12.34 USD"  # half-even

    def test_without_a_pay_link_none_is_printed(self) -> None:
        _, text = text_of(render_invoice(invoice(), FIRM, None))
        assert "Pay online" not in text


class TestUnicode:
    def test_accented_names_print_as_written(self) -> None:
        name = "Zoë Bérubé-Núñez Søren Ærø"
        _, text = text_of(render_invoice(invoice(clientName=name), FIRM, PAY_URL))
        assert name in text

    def test_text_beyond_latin1_renders_in_its_nearest_form(self) -> None:
        name = "Łukasz Wałęsa \u2013 \u201cŐrség\u201d Kft € 東京"
        pdf = render_invoice(invoice(clientName=name, notes="ﬁne…"), FIRM, PAY_URL)
        _, text = text_of(pdf)
        assert 'Lukasz Walesa - "Orség" Kft EUR ??' in text  # é is Latin-1, Ő is not
        assert "fine..." in text

    def test_latin1_keeps_latin1_and_replaces_the_rest(self) -> None:
        assert latin1("Café ß ñ") == "Café ß ñ"
        assert latin1("Ω") == "?"
        assert latin1(None) == ""


class TestPagination:
    def test_a_200_line_invoice_runs_over_pages_and_keeps_every_line(self) -> None:
        pages, text = text_of(render_invoice(invoice(lines=200), FIRM, PAY_URL))
        assert pages > 2
        for number in range(1, 201):
            assert f"Service line {number:03d}" in text, number
        assert "Amount due 32,934.00 USD" in text
        assert text.count("Description") == pages  # the header row repeats on each page


@pytest.mark.anyio
class TestStored:
    async def test_the_pdf_is_stored_as_a_file_attached_to_the_invoice(
        self, tenant: TenantHandle
    ) -> None:
        async with tenant.ctx.db.session() as session:
            file_id = await store_invoice_pdf(
                session, tenant.id, invoice(), FIRM, PAY_URL, storage=tenant.ctx.files
            )
        meta = (await tenant.get(f"/api/v1/files/{file_id}")).json()["data"]
        assert meta["name"] == "invoice-INV-2026-00042.pdf"
        assert meta["contentType"] == "application/pdf"
        assert (meta["recordType"], meta["recordId"]) == ("invoice", 42)
        content = (await tenant.get(f"/api/v1/files/{file_id}/content")).content
        assert "INV-2026-00042" in text_of(content)[1]
