"""Batch work yields the CPU to the people waiting for pages.

Why: an ingest (its writer and its parsing processes), a harvest or a queue worker on the machine
that also runs `sagsgang serve` took the cores from it: on 2 cores, page p99 went from ~100 ms to
200-500 ms while an ingest ran (BENCHMARKS.md, "Scale at 1M"). So the batch commands run at a
lower CPU priority (Unix niceness, inherited by the processes they start): when both want the CPU
the web answers first and the batch work takes what is left; alone on a machine it runs as fast as
before. Only the commands lower it (`sagsgang ingest/worker/harvest --nice`), never the library
functions: `sagsgang demo` ingests and then serves in one process.
"""
from __future__ import annotations

import os

BATCH_NICENESS = 10  # of 0 (normal) to 19 (lowest): well below a web server, still above idle-only work


def lower_priority(niceness: int = BATCH_NICENESS) -> int:
    """Run this process (and the processes it starts) at niceness `niceness` or lower priority:
    raised to it, never lowered (an unprivileged process cannot), so calling it twice changes
    nothing. Returns the niceness now; where the system has no niceness, does nothing."""
    if not hasattr(os, "nice"):
        return 0
    current = os.nice(0)
    if niceness > current:
        current = os.nice(niceness - current)
    return current
