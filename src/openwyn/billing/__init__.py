"""Billing (money-work.md §1, §3, §4): the AR ledger, draft bills and invoices."""
