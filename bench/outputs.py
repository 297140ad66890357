"""Benchmark of the outputs: kg load, remote vs embedded queries, tables, network.

    python bench/outputs.py [--copies 200]

Builds the seed pages, then makes a larger store by repeating their source
graphs COPIES times (articles, facts and evidence get new IRIs and source
files; persons, enterprises and divisions stay shared, so the network grows
connected), and times each output on it against a real Oxigraph server.
Prints one line per figure.
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.graph import query  # noqa: E402
from kg.outputs import remote, tables, network
from kg.build.assemble import build  # noqa: E402
from kg.outputs.serve import free_port, start, stop  # noqa: E402

FACT_IRI = re.compile(rb"<(https://w3id\.org/localgov-kg/id/(?:article|post|meeting|visit|project|evidence|graph/source)/"
                      rb"[0-9a-f]+)>")
SOURCE_FILE = re.compile(rb'(<https://w3id\.org/localgov-kg/ontology#sourceFile> ")')


def scaled_store(seed_store: Path, target: Path, copies: int) -> int:
    src = ox.Store.read_only(str(seed_store))
    lines = src.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    shared = [l for l in lines if b"/graph/source/" not in l]
    per_source = [l for l in lines if b"/graph/source/" in l]
    out = ox.Store(str(target))
    out.bulk_load(input=b"".join(shared), format=ox.RdfFormat.N_QUADS)
    for k in range(copies):
        tag = f"-{k:04d}".encode()
        chunk = b"".join(per_source)
        chunk = FACT_IRI.sub(lambda m: b"<" + m.group(1) + tag + b">", chunk)
        chunk = SOURCE_FILE.sub(lambda m: m.group(1) + f"copy{k:04d}/".encode(), chunk)
        out.bulk_load(input=chunk, format=ox.RdfFormat.N_QUADS)
    out.flush()
    n = len(out)
    del out
    return n


def timed(label: str, fn, *args, **kw):
    t0 = time.perf_counter()
    result = fn(*args, **kw)
    print(f"{label:48} {time.perf_counter() - t0:8.2f} s")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        timed("kg build seeds/ (5 pages)", build, ROOT / "seeds", tmp / "seed")
        big = tmp / "big"
        big.mkdir()
        quads = timed(f"scaled store ({args.copies} copies of the seeds)", scaled_store,
                      tmp / "seed" / "store", big / "store", args.copies)
        print(f"{'quads in the scaled store':48} {quads:8d}")
        port = free_port()
        proc = start(tmp / "server", "127.0.0.1", port, read_only=False, union=False)
        url = f"http://127.0.0.1:{port}"
        try:
            conn = remote.Connection(env={})
            r = timed("kg load (first)", remote.load, big / "store", f"{url}/store", conn=conn)
            print(f"{'graphs replaced / triples in store':48} {len(r.replaced):8d} {r.triples_in_store:10d}")
            t0 = time.perf_counter()
            remote.load(big / "store", f"{url}/store", conn=conn)
            dt = time.perf_counter() - t0
            print(f"{'kg load (reload, same graphs)':48} {dt:8.2f} s  ({quads / dt:,.0f} triples/s)")
            for name, params in (("officials", {"name": "刘文强"}), ("top-co-attendees", {}),
                                 ("projects-of-enterprise", {})):
                sparql = query.bind(query.get(name), params)
                loc = timed(f"query {name} embedded", query.run_local, big / "store", sparql)
                rem = timed(f"query {name} remote", remote.run_remote, f"{url}/query", sparql, conn)
                assert loc.rows == rem.rows, name
            with conn.session() as s:
                named = tuple(("default-graph-uri", g) for g in remote.list_graphs(s, conn, f"{url}/query",
                                                                                  remote.GRAPH_PREFIX))
                sparql = query.bind(query.get("officials"), {"name": "刘文强"})
                rem = timed("query officials remote, graphs by default-graph-uri", remote.sparql_select,
                            s, conn, f"{url}/query", sparql, named)
                assert rem.rows == query.run_local(big / "store", sparql).rows
        finally:
            stop(proc)
        t = timed("kg export --tables: collect", tables.collect, big / "store")
        timed("kg export --tables: write CSV + Parquet", tables.write, t, tmp / "tables")
        print(f"{'rows: posts / evidence / careers':48} {len(t.frames['posts']):8d} "
              f"{len(t.frames['evidence']):8d} {len(t.frames['careers']):8d}")
        g, stamp = timed("kg graph: network from the store", network.network, big / "store")
        print(f"{'nodes / edges':48} {g.number_of_nodes():8d} {g.number_of_edges():8d}")
        a = timed("kg graph: centrality + Louvain", network.analyse, g)
        print(f"{'betweenness sampled':48} {a.betweenness_sampled!s:>8}")
        timed("kg graph: GraphML + GEXF", network.write_files, a, tmp / "net", stamp)
        timed("kg graph: PNG (top 40)", network.draw, a, tmp / "net" / "network.png")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory of this process':48} {rss:8.0f} MiB")


if __name__ == "__main__":
    main()
