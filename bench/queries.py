"""Latency of every saved query on a built store: without parameters, with all of them, and with each alone.

    python bench/queries.py --build /tmp/kg-bench/build-10k [--values corpus-10k/bench-values.json]
                            [--runs 3] [--timeout 60] [--query NAME ...] [--queries DIR ...] [--json OUT]
                            [--sets every|all]

Each query runs with every parameter set the cross-engine tests use (none; all
of its parameters; each alone, for a query with several), the values taken
from the corpus's ``bench-values.json`` (bench/corpus.py writes it; the seeds'
values are those of bench/run.py), bound as ``kg query`` binds them, with the
query's default LIMIT.  Each (query, parameters) pair runs ``--runs`` times in a
process of its own, which opens the store read-only for every run as ``kg
query`` does; the median is printed, or "stopped" when no run ended within
``--timeout`` seconds.  With several ``--queries`` folders (another version's
``queries/``, say ``git archive main queries | tar -x -C /tmp/old``) the forms
of each pair are run one after the other, folder by folder, so that the
machine's other work weighs on them alike.  A script of figures, not a test.
"""
from __future__ import annotations

import argparse
import functools
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
print = functools.partial(print, flush=True)   # noqa: A001 -- figures appear as they are measured

# which value of bench-values.json a query's `name` parameter takes
NAME_OF = {"projects-of-enterprise": "enterprise", "evidence-for-entity": "enterprise",
           "article-bylines": "journalist", "enterprises-visited": "visitor"}

RUN_SNIPPET = r"""
import json, sys, time
from pathlib import Path
from kg.graph.query import run_local
store, runs = Path(sys.argv[1]), int(sys.argv[2])
sparql = sys.stdin.read()
for _ in range(runs):
    t = time.perf_counter()
    rows = len(run_local(store, sparql).rows)
    print(json.dumps({"seconds": time.perf_counter() - t, "rows": rows}), flush=True)
"""


def query_params(name: str, q, values: dict) -> dict[str, str]:
    """The values of bench-values.json for the parameters the query takes."""
    out = {}
    for p in q.params:
        key = NAME_OF.get(name, "name") if p.name == "name" else p.name
        if key in values:
            out[p.name] = values[key]
    return out


def param_sets(full: dict[str, str]) -> list[dict[str, str]]:
    """None; all; and each alone when there are several (the cross-engine tests' sets)."""
    sets = [{}]
    if full:
        sets.append(full)
    if len(full) > 1:
        sets += [{k: v} for k, v in sorted(full.items())]
    return sets


def load_queries(folder: Path | None) -> dict:
    from kg.graph.query import parse, saved_queries
    if folder is None:
        return saved_queries()
    return {f.name[:-3]: parse(f.name[:-3], f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir()) if f.name.endswith(".rq")}


def time_query(store: Path, sparql: str, runs: int, timeout: float) -> tuple[float | None, int, int]:
    """Median seconds of the runs done (None: none within the timeout), rows, runs done."""
    try:
        r = subprocess.run([sys.executable, "-c", RUN_SNIPPET, str(store), str(runs)], input=sparql,
                           capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        out = r.stdout
        if r.returncode != 0:
            sys.exit(f"query failed:\n{r.stderr[-2000:]}")
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    done = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if not done:
        return None, -1, 0
    return statistics.median(x["seconds"] for x in done), done[-1]["rows"], len(done)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, required=True, help="A build folder (its store/ is queried).")
    ap.add_argument("--values", type=Path, help="bench-values.json of the corpus (default: the seeds' values).")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0, help="Seconds for the runs of one pair.")
    ap.add_argument("--query", action="append", help="Repeatable; default every saved query.")
    ap.add_argument("--queries", type=Path, action="append",
                    help="A folder of .rq files (repeatable: each folder's form is timed in turn); "
                         "default the project's queries/.")
    ap.add_argument("--json", type=Path, help="Also write the figures here.")
    ap.add_argument("--sets", choices=["every", "all"], default="every",
                    help="every: none, all and each alone (the cross-engine tests' sets); all: the query with all "
                         "of its parameters bound only (as the saved-query targets are stated).")
    args = ap.parse_args()
    from kg.graph.query import bind
    if args.values:
        values = json.loads(args.values.read_text(encoding="utf-8"))
    else:
        from run import SEED_VALUES
        values = SEED_VALUES
    folders = args.queries or [None]
    forms = [load_queries(f) for f in folders]
    names = args.query or sorted(forms[0])
    labels = [str(f) if f else "queries/" for f in folders]
    print(f"store {args.build / 'store'}; median of {args.runs} runs, default LIMIT; "
          f"stopped after {args.timeout:.0f} s; folders: {', '.join(labels)}")
    figures = []
    for name in names:
        full = query_params(name, forms[0][name], values)
        for params in (param_sets(full) if args.sets == "every" else [full]):
            shown = " ".join(f"{k}={v}" for k, v in sorted(params.items())) or "-"
            cells = []
            for label, qs in zip(labels, forms):
                if name not in qs:
                    cells.append("(none)")
                    continue
                sec, rows, done = time_query(args.build / "store", bind(qs[name], params), args.runs, args.timeout)
                figures.append({"query": name, "params": params, "folder": label, "seconds": sec,
                                "rows": rows, "runs": done})
                cells.append(f"stopped > {args.timeout:.0f} s" if sec is None else
                             f"{sec:8.3f} s {rows:4} rows" + ("" if done == args.runs else f" ({done} runs)"))
            print(f"{name:24} {shown:58} " + "   ".join(cells))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
