"""Figures for choosing the NER backend: extraction throughput (chars/s of page
text through read → normalise → split → extract) of each backend, and macro F1,
on the seeds, the written sets and the real-text corpus's development part (when
its texts are collected: corpus/real/README.md).  The LAC backend keeps a cache of
tagged clauses per process; the figures are cold (cache emptied before each run),
as on an archive where no clause repeats.  Prints a table; run from the project
root:  python bench/ner_backends.py
"""
from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path

from kg.build.assemble import extract_all, graphs
from kg.evaluate import evaluate, load_gold

SETS = [("seeds", Path("seeds"), Path("seeds/gold")), ("devset", Path("tests/devset"), Path("tests/devset/gold")),
        ("heldout", Path("tests/heldout"), Path("tests/heldout/gold")),
        ("real-dev", Path("corpus/real/texts/dev"), Path("corpus/real/gold/dev"))]


def run(backend: str, folder: Path, gold: Path, repeat: int = 3) -> tuple[float, float, int]:
    extract_all(folder, ner=backend)                       # warm: models and dictionaries loaded
    best = float("inf")
    for _ in range(repeat):
        if backend == "lac":
            from kg.pipeline.extract.ner import backend as finder
            finder("lac").clear_cache()
        t0 = time.perf_counter()
        pages, _problems = extract_all(folder, ner=backend)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(p.split.text.text) for p in pages)
    from rdflib import Graph
    g = Graph()
    page_graphs, entities, _ = graphs(pages)
    for x in [*page_graphs, entities]:
        for t in x:
            g.add(t)
    _rows, macro = evaluate(g, load_gold(str(gold)))
    return chars / best, macro, chars


def main() -> None:
    print(f"{'set':8} {'backend':8} {'chars':>7} {'chars/s':>9} {'macro F1':>9}")
    for name, folder, gold in SETS:
        if not (folder / "manifest.csv").is_file():
            continue
        for backend in ("rules", "lac"):
            with contextlib.redirect_stdout(io.StringIO()):
                speed, macro, chars = run(backend, folder, gold)
            print(f"{name:8} {backend:8} {chars:7d} {speed:9.0f} {macro:9.3f}")


if __name__ == "__main__":
    main()
