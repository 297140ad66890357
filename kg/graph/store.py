"""Stage 8: the embedded persistent store (Oxigraph through pyoxigraph)."""
from __future__ import annotations

import io
import threading
from pathlib import Path

import pyoxigraph as ox

from ..pipeline.resolve import BASE


LOAD_CHUNK = 24 * 1024 * 1024
LOAD_THREADS = 2
GRAPH_TERM = b" <" + (BASE + "graph/").encode("ascii")


def _in_default_graph(lines: list[bytes]) -> bytes:
    """The lines' triples without their graph: ``<s> <p> <o> <kgr:graph/…> .`` -> ``<s> <p> <o> .``"""
    out = []
    for ln in lines:
        k = ln.rfind(GRAPH_TERM)
        out.append(ln[:k] + b" .\n" if k > 0 else ln)
    return b"".join(out)


def load(path: Path, nquads: bytes | Path) -> None:
    """Create the store at ``path`` (or add to it) and bulk-load the N-Quads (bytes, or a file
    streamed from disk).

    Every named graph is loaded as it is, and the union of them into the default graph: the store
    holds each triple once there however many pages state it (a quad store is a set), and the
    saved queries read the default graph.  Oxigraph's union default graph, the alternative, repeats
    a triple once per graph that states it and is evaluated over every graph: on a store of 10,000
    pages the saved queries ran 3 to 20 times slower on it.

    The dump is read in chunks of whole lines; each chunk and its default-graph copy go to the
    bulk loader in one call, and ``LOAD_THREADS`` threads load chunks side by side (pyoxigraph
    lets go of the interpreter while it parses, sorts and writes).  The loader's memory grows with
    its input, about 1.3 kB per quad: a chunk of 24 MB costs some 350 MB, the whole 10k-page dump
    in one call 2.4 GB.  At 10k pages this loads in 42-54 s where 16 MB slices in two calls each,
    one thread, took 63 s; at 100k pages both are held up by RocksDB merging the index files each
    call adds (about 1,000 s on two cores, whichever loader).  A blank node label
    is scoped to one call, so the lines with blank nodes (the ontology's lists) are loaded
    together at the end.

    The N-Quads are the build's own, written by rdflib and pyoxigraph from terms already checked,
    so the loader's second check of every IRI and language tag is skipped (``lenient``)."""
    store = ox.Store(str(path))
    fmt = ox.RdfFormat.N_QUADS
    with (nquads.open("rb") if isinstance(nquads, Path) else io.BytesIO(nquads)) as fh:
        lock = threading.Lock()
        failed: list[BaseException] = []
        with_bnodes: list[bytes] = []

        def work() -> None:
            try:
                while not failed:
                    with lock:
                        lines = fh.readlines(LOAD_CHUNK)
                    if not lines:
                        return
                    plain = []
                    for ln in lines:
                        (with_bnodes if b"_:" in ln else plain).append(ln)
                    del lines
                    store.bulk_load(input=b"".join(plain) + _in_default_graph(plain), format=fmt, lenient=True)
            except BaseException as exc:      # re-raised in the calling thread
                failed.append(exc)

        threads = [threading.Thread(target=work, name=f"store-load-{i}") for i in range(LOAD_THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if failed:
        raise failed[0]
    store.bulk_load(input=b"".join(with_bnodes) + _in_default_graph(with_bnodes), format=fmt, lenient=True)
    store.flush()
    del store


def optimize(path: Path) -> None:
    """Compact the store at ``path`` (RocksDB merges the files the bulk loads added): reads then
    look in one sorted run per index instead of one per batch."""
    store = ox.Store(str(path))
    store.optimize()
    del store


def named_quads(store: ox.Store):
    """The quads of the named graphs, graph by graph in IRI order: the build's content without the
    default graph, which repeats their union."""
    for g in sorted(store.named_graphs(), key=lambda g: g.value):
        yield from store.quads_for_pattern(None, None, None, g)


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
    from ..files import atomic_write_bytes
    fmt = RDF_SUFFIXES.get(target.suffix.lower())
    if fmt is None:
        raise StoreError(f"{target}: unknown dataset format (use .trig or .nq, which keep the named graphs)")
    store = open_build_store(path)
    if fmt == ox.RdfFormat.N_QUADS:
        data = b"".join(sorted(ox.serialize(named_quads(store), format=fmt).splitlines(keepends=True)))
    else:
        data = ox.serialize(named_quads(store), format=fmt,
                            prefixes={"kg": "https://w3id.org/localgov-kg/ontology#",
                                      "kgr": "https://w3id.org/localgov-kg/id/"})
    atomic_write_bytes(target, data)
    return sum(1 for _ in named_quads(store))


def dump_sorted(path: Path, output) -> None:
    """Write the store as N-Quads in a canonical order (graphs by IRI, lines sorted within each,
    blank nodes labelled by RDF canonicalization), the same bytes for the same content however it
    was loaded.  ``output`` is a binary file."""
    st = open_build_store(path)
    for g in [*sorted(st.named_graphs(), key=lambda g: g.value), ox.DefaultGraph()]:
        quads = st.quads_for_pattern(None, None, None, g)
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        if b"_:" in data:
            ds = ox.Dataset(st.quads_for_pattern(None, None, None, g))
            ds.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
            data = ox.serialize(ds, format=ox.RdfFormat.N_QUADS)
        output.write(b"".join(sorted(data.splitlines(keepends=True))))
