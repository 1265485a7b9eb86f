"""Billing (money-work.md §1, §4): the accounts receivable ledger and invoices.

Importing this package registers the `invoice` and `ar_transaction` resources
(`kit.resource.REGISTRY`).
"""

from openwyn.billing.invoices import AR_TRANSACTIONS, INVOICES

__all__ = ["AR_TRANSACTIONS", "INVOICES"]
