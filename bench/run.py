"""Benchmark of the whole pipeline on the seeds and on generated corpora of 1k / 10k / 100k pages.

    python bench/run.py --size seeds --size 1k --size 10k [--jobs N] [--work /tmp/kg-bench]

For each size it prints: pages/s and MB/s of `kg build` (default --jobs: the
cores), seconds per stage, peak RSS (the main process and the largest
child: a worker or the store's process), store load in triples/s, SHACL seconds (summed over workers), a
rebuild of the unchanged folder (seeds and 1k; the larger sizes with
--rebuild), and the median latency of every saved query
with its parameters bound and its default LIMIT, and the median latency of
each page kind of `kg browse` (bench/browse.py).  On a sample of the same
pages it prints the raw `jieba.lcut` throughput of one process and the
pipeline's throughput with --jobs 1, and their ratio.  Figures, not
assertions: the targets are printed beside them.
"""
from __future__ import annotations

import argparse
import csv
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
print = functools.partial(print, flush=True)   # noqa: A001 -- figures appear as they are measured
from kg.pipeline.extract.ner import DEFAULT_BACKEND  # noqa: E402
SIZES = {"1k": 1000, "10k": 10000, "100k": 100000}
SAMPLE_PAGES = 300
QUERY_RUNS = 5
# parameter values for the seeds (the generated corpora write theirs to bench-values.json)
SEED_VALUES = {"name": "张百顺", "county": "阳谷县", "org": "市政府", "title": "市长", "from": "2023-01-01",
               "to": "2026-12-31", "date": "2026-04-03", "file": "000_a935477f8b73849c.txt",
               "headline": "市政府党组会议召开", "enterprise": "山东临磨数控机床装备有限公司", "journalist": "赵琦",
               "visitor": "刘文强"}
# which value a query's `name` parameter takes
NAME_OF = {"projects-of-enterprise": "enterprise", "evidence-for-entity": "enterprise",
           "article-bylines": "journalist", "enterprises-visited": "visitor"}

BUILD_SNIPPET = r"""
import json, resource, sys, time
from pathlib import Path
from kg.build.assemble import build
inputs, out, jobs, ner = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
t = time.perf_counter()
s = build(inputs, out, jobs=jobs, ner=ner)
wall = time.perf_counter() - t
print(json.dumps({"wall": wall, "pages": s.pages, "quads": s.triples, "violations": s.violations,
                  "extracted": s.extracted, "rendered": s.rendered, "timings": s.timings,
                  "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


NER = DEFAULT_BACKEND


def run_build(inputs: Path, out: Path, jobs: int) -> dict:
    r = subprocess.run([sys.executable, "-c", BUILD_SNIPPET, str(inputs), str(out), str(jobs), NER],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"build of {inputs} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def corpus(size: str, work: Path) -> Path:
    if size == "seeds":
        return ROOT / "seeds"
    folder = work / f"corpus-{size}"
    if not (folder / "manifest.csv").exists():
        from corpus import generate
        t = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        info = generate(folder, SIZES[size])
        print(f"  generated {info['pages']} pages ({info['chars']} characters) in {time.perf_counter() - t:.0f} s")
    return folder


def page_files(folder: Path) -> list[Path]:
    from kg.pipeline.read import find_pages
    return find_pages(folder)


def sample(folder: Path, work: Path, size: str) -> Path:
    """The first pages of the corpus, with their manifest rows, in a folder of their own."""
    if size == "seeds":
        return folder
    dest = work / f"sample-{size}"
    if (dest / "manifest.csv").exists():
        return dest
    files = page_files(folder)[:SAMPLE_PAGES]
    rels = {f.relative_to(folder).as_posix() for f in files}
    for f in files:
        target = dest / f.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, target)
    with (folder / "manifest.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh)]
    with (dest / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(rows[0])
        w.writerows(r for r in rows[1:] if r[0] in rels)
    return dest


def jieba_rate(folder: Path) -> tuple[int, float]:
    """Characters per second of jieba.lcut, one process, on the pages' text."""
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [f.read_text(encoding="utf-8") for f in page_files(folder)]
    jieba.lcut(texts[0])
    t = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    dt = time.perf_counter() - t
    chars = sum(len(x) for x in texts)
    return chars, chars / dt


QUERY_SNIPPET = r"""
import json, sys, time
from pathlib import Path
from kg.graph.query import bind, get, run_local
store, name, params, runs = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
sparql = bind(get(name), params)
for _ in range(runs):
    t = time.perf_counter()
    rows = len(run_local(store, sparql).rows)
    print(json.dumps({"seconds": time.perf_counter() - t, "rows": rows}), flush=True)
"""


def query_latencies(store: Path, values: dict, timeout: float) -> list[tuple[str, dict, float | None, int, int]]:
    """Each saved query in a process of its own, stopped after ``timeout`` seconds: its name, parameters,
    the median seconds of the runs done (None: none), its rows and how many runs were done."""
    from kg.graph.query import saved_queries
    out = []
    for name, q in saved_queries().items():
        params = {}
        for p in q.params:
            key = NAME_OF.get(name, "name") if p.name == "name" else p.name
            if key in values:
                params[p.name] = values[key]
        try:
            r = subprocess.run([sys.executable, "-c", QUERY_SNIPPET, str(store), name,
                                json.dumps(params, ensure_ascii=False), str(QUERY_RUNS)],
                               capture_output=True, text=True, timeout=timeout)
            runs = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
        except subprocess.TimeoutExpired as exc:
            stdout = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            runs = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
        out.append((name, params, statistics.median(x["seconds"] for x in runs) if runs else None,
                    runs[-1]["rows"] if runs else -1, len(runs)))
    return out


def input_size(folder: Path) -> tuple[int, int]:
    files = page_files(folder)
    return sum(f.stat().st_size for f in files), sum(len(f.read_text(encoding="utf-8")) for f in files)


def bench(size: str, work: Path, jobs: int, query_timeout: float, rebuild: bool = False) -> None:
    print(f"\n== {size} ==", flush=True)
    folder = corpus(size, work)
    nbytes, nchars = input_size(folder)
    out = work / f"build-{size}"
    shutil.rmtree(out, ignore_errors=True)
    b = run_build(folder, out, jobs)
    tm = b["timings"]
    print(f"  pages {b['pages']}  input {nbytes / 1e6:.1f} MB  {nchars} characters  quads {b['quads']}  "
          f"violations {b['violations']}")
    print(f"  build --jobs {jobs}: {b['wall']:.1f} s  {b['pages'] / b['wall']:.1f} pages/s  "
          f"{nbytes / 1e6 / b['wall']:.2f} MB/s  {nchars / b['wall']:.0f} chars/s"
          + (f"  (100k pages at this rate: {100000 / (b['pages'] / b['wall']) / 3600:.2f} h; target < 1 h)"
             if size != "seeds" else ""))
    print("  stages (s): " + "  ".join(f"{k} {v:.1f}" for k, v in tm.items() if k != "shacl")
          + f"   SHACL (summed over workers) {tm.get('shacl', 0):.1f}")
    print(f"  peak RSS: main {b['rss_main_mb']:.0f} MB, largest child (a worker, or the store's process) {b['rss_worker_mb']:.0f} MB "
          f"(at most {b['rss_main_mb'] + jobs * b['rss_worker_mb']:.0f} MB together; target < 2048 MB)")
    print(f"  store load: {b['quads'] / tm['store']:.0f} triples/s, "
          f"{b['quads'] / (tm['store'] + tm.get('compact', 0)):.0f} with the compaction after it  (target >= 200000); "
          f"the loader is given each quad twice (its named graph and the default graph): "
          f"{2 * b['quads'] / tm['store']:.0f} quads in/s")
    print("  load average after the build (other work on the machine slows it): "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    if rebuild or size in ("seeds", "1k"):
        again = run_build(folder, out, jobs)
        print(f"  rebuild, nothing changed: {again['wall']:.1f} s (extracted {again['extracted']}, "
              f"rendered {again['rendered']})")
    values = SEED_VALUES if size == "seeds" else json.loads((folder / "bench-values.json").read_text("utf-8"))
    print(f"  saved queries, median of {QUERY_RUNS} runs, default LIMIT (target < 1 s):", flush=True)
    for name, params, sec, rows, done in query_latencies(out / "store", values, query_timeout):
        bound = " ".join(f"{k}={v}" for k, v in params.items()) or "-"
        shown = (f"{sec * 1000:9.1f} ms" if done == QUERY_RUNS else
                 f"{sec * 1000:9.1f} ms (median of the {done} runs done in {query_timeout:.0f} s)" if done else
                 f"stopped: no run done in {query_timeout:.0f} s")
        print(f"    {name:24} {shown}  {rows:4} rows  [{bound}]", flush=True)
    target = 1.0 if size == "100k" else 0.3
    print(f"  pages of kg browse (bench/browse.py; target < {target * 1000:.0f} ms):", flush=True)
    pages = subprocess.run([sys.executable, str(ROOT / "bench" / "browse.py"), "--build", str(out),
                            "--target", str(target)], capture_output=True, text=True)
    for line in (pages.stdout + pages.stderr).splitlines()[1:]:
        print("    " + line, flush=True)
    smp = sample(folder, work, size)
    schars, jrate = jieba_rate(smp)
    one = run_build(smp, work / f"build-{size}-jobs1", 1)
    prate = schars / one["wall"]
    print(f"  on {one['pages']} pages ({schars} characters): jieba.lcut {jrate:.0f} chars/s; "
          f"pipeline --jobs 1 {prate:.0f} chars/s; ratio {prate / jrate:.2f} (target >= 0.5); "
          f"pipeline --jobs 1 without SHACL {schars / (one['wall'] - one['timings']['shacl']):.0f} chars/s")
    shutil.rmtree(work / f"build-{size}-jobs1", ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", action="append", choices=["seeds", *SIZES], help="Repeatable; default seeds and 1k.")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--query-timeout", type=float, default=10.0,
                    help="Seconds for the runs of one query before it is stopped and reported as too slow.")
    ap.add_argument("--rebuild", action="store_true",
                    help="Also time a rebuild of the unchanged folder at 10k and 100k (it reloads the whole store).")
    ap.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"), help="Corpora and builds go here.")
    ap.add_argument("--ner", choices=["rules", "lac"], default=None,
                    help="Person-name backend of the builds (default: the build's own default).")
    a = ap.parse_args()
    global NER
    NER = a.ner or DEFAULT_BACKEND
    print(f"person-name backend: {NER}")
    a.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; load average "
          + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    for size in a.size or ["seeds", "1k"]:
        bench(size, a.work, a.jobs, a.query_timeout, a.rebuild)


if __name__ == "__main__":
    main()
