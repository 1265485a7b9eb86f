"""Payments (money-work.md §5): payments by any method, their processors (the interface and
the sandbox), refunds and disputes, and the worker that settles pending ACH debits.

Importing this package registers the `payment` resource (`kit.resource.REGISTRY`) and the
sandbox processor.
"""

from openwyn.payments import sandbox  # noqa: F401 - registers the sandbox processor
from openwyn.payments.resource import PAYMENTS

__all__ = ["PAYMENTS"]
