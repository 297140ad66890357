"""Stage 8: the embedded persistent store (Oxigraph through pyoxigraph)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox


def load(path: Path, nquads: bytes) -> int:
    """Create the store at ``path`` and bulk-load the N-Quads; returns the quad count."""
    store = ox.Store(str(path))
    store.bulk_load(input=nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    n = len(store)
    del store
    return n


def open_read_only(path: Path) -> ox.Store:
    if not (path / "CURRENT").exists() and not any(path.glob("*")):
        raise FileNotFoundError(path)
    return ox.Store.read_only(str(path))
