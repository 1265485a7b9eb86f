"""Draft bills (money-work.md §3): the `draft_invoice` resource, its workflow and history.

Importing this package registers the resource (`kit.resource.REGISTRY`).
"""

from openwyn.billing.drafts.resource import DRAFTS, HISTORIES

__all__ = ["DRAFTS", "HISTORIES"]
