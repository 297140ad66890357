#!/usr/bin/env python3
"""Inter-annotator agreement: the second annotator's gold (gold2/) scored against
the first's (gold/) with the scorer's own matching, as if it were a graph.

    .venv/bin/python corpus/real/agreement.py

Each gold file of the second annotator becomes what the scorer reads from a
graph (evaluate.extract's shape): persons and journalists by name, official
titles as (holder, {title}), enterprises by their names, meetings with chair,
participants and date, visits as (visitor, date), projects as (name,
investment, undertaking enterprise).  The figures bound what an extractor can
reach on the corpus; the categories where the two disagree most show where
ANNOTATION.md needs a sharper rule.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kg.evaluate import HEADLINE, canon_div, norm, prf, score_doc  # noqa: E402


def as_graph(g: dict) -> dict:
    """A gold file in the shape the scorer extracts from a graph."""
    d: dict = defaultdict(set)
    ents = {norm(e["name"]): frozenset({norm(e["name"])} | {norm(a) for a in e.get("aliases", [])})
            for e in g.get("enterprises", [])}
    for p in g.get("persons", []):
        d["persons"].add(norm(p["name"]))
        if p.get("kind") == "journalist":
            d["journalists"].add(norm(p["name"]))
        if p.get("kind") == "official":
            for t in p.get("titles", []):
                d["official_titles"].add((norm(p["name"]), frozenset({norm(t)})))
    for r in g.get("enterprise_roles", []):
        d["enterprise_roles"].add((norm(r["person"]), ents.get(norm(r["enterprise"]), frozenset({norm(r["enterprise"])})),
                                   norm(r["role"])))
    for o in g.get("organizations", []):
        d["organizations"].add(norm(o))
    for e in g.get("enterprises", []):
        names = ents[norm(e["name"])]
        d["enterprises"].add(names)
        if e.get("county"):
            d["enterprise_county"].add((names, canon_div(e["county"])))
    for c in g.get("counties", []):
        d["counties"].add(canon_div(c))
    for m in g.get("meetings", []):
        d["meetings"].add(json.dumps({"name": norm(m.get("name")) or "", "date": m.get("date"),
                                      "chair": sorted(map(norm, m.get("chair") or [])),
                                      "participants": sorted(map(norm, m.get("attendees") or [])),
                                      "location": [norm(m["location"])] if m.get("location") else []},
                                     ensure_ascii=False))
    for v in g.get("visits", []):
        for o in v.get("officials", []):
            d["visits"].add((norm(o), v.get("date")))
    for p in g.get("projects", []):
        ent = ents.get(norm(p["enterprise"]), frozenset({norm(p["enterprise"])})) if p.get("enterprise") else None
        inv = float(p["investment_cny"]) if p.get("investment_cny") else None
        d["projects"].add((norm(p["name"]), inv, ent))
    return d


def main() -> int:
    second = sorted((HERE / "gold2").rglob("*.json"))
    if not second:
        print("no second annotation in gold2/")
        return 1
    total = defaultdict(lambda: [0, 0, 0])
    for f in second:
        first = next(HERE.glob(f"gold/*/{f.name}"))
        g1 = json.loads(first.read_text(encoding="utf-8"))
        g2 = json.loads(f.read_text(encoding="utf-8"))
        for cat, (tp, fp, fn) in score_doc(g1, as_graph(g2)).items():
            t = total[cat]
            t[0] += tp; t[1] += fp; t[2] += fn
    print(f"{len(second)} articles annotated twice; second annotator scored against the first")
    print(f"{'category':24} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    f1s = {}
    for cat in sorted(total):
        tp, fp, fn = total[cat]
        p, r, f = prf(tp, fp, fn)
        f1s[cat] = f
        print(f"{cat:24} {tp:5d} {fp:5d} {fn:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"macro_f1={sum(f1s.get(c, 0.0) for c in HEADLINE) / len(HEADLINE):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
