"""A bounded memo for values built once per key in a process (compiled filters, prepared SQL)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Values by key, built on first use (None included). Past `limit` keys it starts over:
    keys come from what clients send, so the memo must not grow without bound."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._by_key: dict[Hashable, V] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._by_key

    def get(self, key: Hashable, build: Callable[[], V]) -> V:
        if key in self._by_key:
            return self._by_key[key]
        if len(self._by_key) >= self.limit:
            self._by_key.clear()
        value = self._by_key[key] = build()
        return value
