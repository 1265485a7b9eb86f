"""The cyclic garbage collector, set up for a long-lived process: `openwyn serve` (the app's
start-up), `openwyn worker` and `openwyn import`.

What start-up built (routes, models, compiled statements, settings) lives as long as the
process: it is frozen out of the collector's way, so that a full collection walks only what
serving allocates; over start-up's objects one took a quarter of a second
(bench/records_sync.py). And serving allocates many short-lived objects (rows, parsed bodies,
outcomes, claims) that reference counting frees; collecting the youngest generation every 700
allocations, the default, cost about 20 µs a webhook delivery (bench/webhook_delivery.py) and
8% of a records sync's CPU, every 10,000 a tenth of that.
"""

from __future__ import annotations

import gc

# Allocations between collections of the youngest generation.
YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """Collect once, freeze the survivors, and collect the youngest generation less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
