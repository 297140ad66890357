"""What one page's work may take (``kg build --page-timeout``, ``--page-memory``).

The build runs each page's reading and extraction under these limits
(kg/build/executors.py says how); a page past them is reported and skipped.
"""
from __future__ import annotations

from dataclasses import dataclass

PAGE_TIMEOUT = 60.0       # seconds: a normal page takes well under one, a 1M-character one under 40 (README)
PAGE_MEMORY_MB = 4096     # what a page may add to its worker: a 1M-character page adds about 400 MB


@dataclass(frozen=True)
class Limits:
    """What one page's work may take: seconds of wall time and megabytes of memory it adds
    (None: no limit)."""
    seconds: float | None = PAGE_TIMEOUT
    memory_mb: int | None = PAGE_MEMORY_MB

    @property
    def none(self) -> bool:
        return self.seconds is None and self.memory_mb is None

    def timed_out(self) -> str:
        return f"stopped after {self.seconds:g} s (--page-timeout)"

    def over_memory(self) -> str:
        return f"stopped past {self.memory_mb} MB (--page-memory)"


NO_LIMITS = Limits(None, None)
