"""Events: the outbox's change feed (records-events.md §5)."""
