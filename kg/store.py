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


class StoreError(Exception):
    """One line naming the store folder and the problem."""


def open_build_store(path: Path) -> ox.Store:
    """The build's store opened read-only (beside a running server too), or a one-line StoreError."""
    if not path.is_dir():
        raise StoreError(f"{path}: no store here; run `kg build` first or give --build")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc})") from None


RDF_SUFFIXES = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}


def export_rdf(path: Path, target: Path) -> int:
    """Write every named graph of the store to ``target`` (.trig or .nq), atomically; returns the quad count."""
    from .files import atomic_write_bytes
    fmt = RDF_SUFFIXES.get(target.suffix.lower())
    if fmt is None:
        raise StoreError(f"{target}: unknown dataset format (use .trig or .nq, which keep the named graphs)")
    store = open_build_store(path)
    if fmt == ox.RdfFormat.N_QUADS:
        data = b"".join(sorted(store.dump(format=fmt).splitlines(keepends=True)))
    else:
        data = store.dump(format=fmt, prefixes={"kg": "https://w3id.org/localgov-kg/ontology#",
                                                "kgr": "https://w3id.org/localgov-kg/id/"})
    atomic_write_bytes(target, data)
    return len(store)
