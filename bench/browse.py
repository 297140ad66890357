"""Page latency of `kg browse` on a build: the median time of each page kind over a sample.

    python bench/browse.py --build /tmp/kg-bench/build-10k [--sample 30] [--runs 3]

Pages are requested in process through Starlette's TestClient (routing, the
store's answers and the templates; no network).  The sample of each kind is
taken in IRI order (the IRIs are hashes, so that is a spread over the build),
every page is requested `--runs` times after one warm-up request, and the
median, 90th percentile and largest of those times are printed per kind, with
the target beside them (300 ms at 10k pages, 1 s at 100k).  The kinds: search
(a person's name), person, enterprise, organisation, county, town, meeting,
visit, project, article (with a sentence highlighted), and a saved question
(officials, with a person's name) as a form with its table.  Then (``--heaviest``) the
pages of the persons, enterprises, organisations, cities, counties and towns that the most
articles mention, the pages with the most facts.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PREFIX = "PREFIX kg: <https://w3id.org/localgov-kg/ontology#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
SAMPLES = {
    "person": "SELECT ?o WHERE { ?o a kg:Person }",
    "enterprise": "SELECT ?o WHERE { ?o a kg:Enterprise }",
    "organisation": "SELECT ?o WHERE { ?o a kg:Organization FILTER NOT EXISTS { ?o a kg:Enterprise } }",
    "county": "SELECT ?o WHERE { ?o a kg:County }",
    "town": "SELECT ?o WHERE { ?o a kg:Town }",
    "meeting": "SELECT ?o WHERE { ?o a kg:Meeting }",
    "visit": "SELECT ?o WHERE { ?o a kg:Visit }",
    "project": "SELECT ?o WHERE { ?o a kg:Project }",
}
ARTICLES = "SELECT ?o WHERE { ?o a kg:Article }"
ONE_SPAN = "SELECT ?o ?ev WHERE { ?ev prov:wasDerivedFrom ?o ; a kg:Evidence } ORDER BY ?ev LIMIT 1"
NAMES = "SELECT ?o ?name WHERE { ?o a kg:Person ; <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
# the entities that the most articles mention: the pages that show the most facts
HEAVIEST = {kind: "SELECT ?o (COUNT(?a) AS ?n) WHERE { ?a kg:mentions ?o . " + q.split("{", 1)[1].rsplit("}", 1)[0]
            + "} GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT {k}"
            for kind, q in {**SAMPLES, "city": "SELECT ?o WHERE { ?o a kg:AdministrativeDivision "
                                              "FILTER NOT EXISTS { ?o a kg:County } FILTER NOT EXISTS { ?o a kg:Town } }"}.items()
            if kind in ("person", "enterprise", "organisation", "county", "town", "city")}
# the bodies that hold the most posts: the longest lists of people and titles
HEAVIEST["organisation (posts)"] = ("SELECT ?o (COUNT(?p) AS ?n) WHERE { ?p kg:organization ?o . "
                                    "FILTER NOT EXISTS { ?o a kg:Enterprise } } GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT {k}")


def urls(store, n: int) -> dict[str, list[str]]:
    import pyoxigraph as ox

    from kg.outputs.browse.data import path_of

    def first(sparql: str, cols: tuple[str, ...]) -> list[tuple[str, ...]]:
        rows = store.query(PREFIX + sparql + f" ORDER BY {' '.join('?' + c for c in cols)} LIMIT {n * 40}")
        seen, out = set(), []
        for r in rows:
            if r[cols[0]].value in seen:
                continue
            seen.add(r[cols[0]].value)
            out.append(tuple(r[c].value for c in cols))
        return out[:: max(1, len(out) // n)][:n]

    pages = {kind: [f"/id/{path_of(o)}" for (o,) in first(q, ("o",))] for kind, q in SAMPLES.items()}
    pages["article"] = []
    for (o,) in first(ARTICLES, ("o",)):
        for r in store.query(PREFIX + ONE_SPAN, substitutions={ox.Variable("o"): ox.NamedNode(o)}):
            pages["article"].append(f"/id/{path_of(o)}?ev={r['ev'].value.rsplit('/', 1)[-1]}")
    names = [name for _, name in first(NAMES, ("o", "name"))]
    pages["search"] = [f"/search?q={quote(name)}" for name in names]
    pages["saved question"] = [f"/queries/officials?name={quote(name)}" for name in names]
    return {k: v for k, v in pages.items() if v}


def heaviest(store, k: int) -> dict[str, list[str]]:
    from kg.outputs.browse.data import path_of
    return {kind: [f"/id/{path_of(r['o'].value)}" for r in store.query(PREFIX + q.replace("{k}", str(k)))]
            for kind, q in HEAVIEST.items()}


def timed(client, plan: dict[str, list[str]], runs: int) -> None:
    print(f"{'page':16} {'n':>4} {'median ms':>10} {'p90 ms':>8} {'max ms':>8}  slowest")
    for kind, pages in plan.items():
        if not pages:
            continue
        times = []
        for url in pages:
            r = client.get(url)
            if r.status_code != 200:
                raise SystemExit(f"{url}: HTTP {r.status_code}")
            for _ in range(runs):
                t = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - t, url))
        ts = sorted(t for t, _ in times)
        p90 = ts[min(len(ts) - 1, int(len(ts) * 0.9))]
        slowest = max(times)[1]
        print(f"{kind:16} {len(pages):>4} {statistics.median(ts) * 1000:>10.1f} {p90 * 1000:>8.1f} "
              f"{ts[-1] * 1000:>8.1f}  {slowest}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, required=True, help="A build folder (kg build --out).")
    ap.add_argument("--sample", type=int, default=30, help="Pages of each kind.")
    ap.add_argument("--runs", type=int, default=3, help="Timed requests of each page.")
    ap.add_argument("--target", type=float, default=0.3, help="Seconds a page may take (printed beside).")
    ap.add_argument("--heaviest", type=int, default=3,
                    help="Also time the pages of the N persons, enterprises, organisations, cities, counties and towns that "
                         "the most articles mention (0: none).")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    from starlette.testclient import TestClient

    from kg.graph.store import open_build_store
    from kg.outputs.browse.app import create_app
    # as `kg browse` starts: the names search looks in are read in a thread of their own; a search
    # made meanwhile finds exact names through the store's index
    start = time.perf_counter()
    client = TestClient(create_app(args.build, warm=True))
    store = open_build_store(args.build / "store")
    t = time.perf_counter()
    first = client.get("/search?q=" + quote("市政府"))
    partial = "exact names only" in first.text
    first_ms = (time.perf_counter() - t) * 1000
    while "exact names only" in client.get("/search?q=" + quote("市")).text:
        time.sleep(0.1)
    print(f"build {args.build}  sample {args.sample} per kind  runs {args.runs}  target {args.target * 1000:.0f} ms"
          f"\nfirst search after start: {first_ms:.0f} ms ({'exact names, the names still being read' if partial else 'every name'});"
          f" every name read {time.perf_counter() - start:.1f} s after start")
    timed(client, urls(store, args.sample), args.runs)
    if args.heaviest:
        print(f"the {args.heaviest} of each kind that the most articles mention:")
        timed(client, heaviest(store, args.heaviest), args.runs)


if __name__ == "__main__":
    main()
