"""Billing (money-work.md §1, §3, §4): the accounts receivable ledger, draft bills and invoices.

Importing this package registers the `invoice` and `ar_transaction` resources
(`kit.resource.REGISTRY`).
"""

from openwyn.billing.invoices import AR_TRANSACTIONS, INVOICES

__all__ = ["AR_TRANSACTIONS", "INVOICES"]
