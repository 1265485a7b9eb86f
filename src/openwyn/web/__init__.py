"""The web layer: what routes share above kit and the tables, below the features.

Route factories, the role-checking dependencies, the generic service with its outbox writer,
idempotency and rate limits live here because they need `auth`, `context` or ORM tables, which
`kit` must not import (tests/test_architecture.py holds that line).
"""
