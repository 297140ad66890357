#!/usr/bin/env python3
"""The real-text corpus: what is committed (articles.csv, gold/) and the cache of
texts git ignores (texts/).

    python corpus/real/corpus.py status      # per split: articles, texts present, cities, provinces
    python corpus/real/corpus.py prepare     # write texts/<split>/manifest.csv, check texts against sha256

`prepare` must run after the texts are collected (README.md beside this file
says how) and before `kg eval corpus/real/texts/dev --gold corpus/real/gold/dev`.
A text whose sha256 differs from the one recorded is reported (the page may
have been re-collected with a small difference) but kept.
"""
from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["id", "split", "city", "province", "published", "site", "genre", "url", "query", "sha256", "chars"]
SPLITS = ("dev", "heldout")


def articles() -> list[dict]:
    """articles.csv, plus the per-collector tables of parts/ while a collection is under way."""
    tables = [HERE / "articles.csv", *sorted((HERE / "parts").glob("*.csv"))]
    rows = [r for t in tables if t.is_file() for r in csv.DictReader(t.open(encoding="utf-8"))]
    seen: dict[str, dict] = {}
    for r in rows:
        if r["id"] in seen:
            raise SystemExit(f"articles: id {r['id']} appears twice")
        seen[r["id"]] = r
    return sorted(seen.values(), key=lambda r: r["id"])


def text_path(row: dict) -> Path:
    return HERE / "texts" / row["split"] / f"{row['id']}.txt"


def status(rows: list[dict]) -> list[str]:
    out = []
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        have = sum(1 for r in part if text_path(r).is_file())
        gold = sum(1 for r in part if (HERE / "gold" / split / f"{r['id']}.json").is_file())
        out.append(f"{split}: {len(part)} articles, {have} texts, {gold} gold, "
                   f"{len({r['city'] for r in part})} cities, {len({r['province'] for r in part})} provinces, "
                   f"genres {dict(sorted(Counter(r['genre'] for r in part).items()))}")
    both = {r["city"] for r in rows if r["split"] == "dev"} & {r["city"] for r in rows if r["split"] == "heldout"}
    out.append(f"all: {len(rows)} articles, {len({r['city'] for r in rows})} cities, "
               f"{len({r['province'] for r in rows})} provinces")
    if both:
        out.append(f"cities in both splits (not allowed): {'、'.join(sorted(both))}")
    return out


def prepare(rows: list[dict]) -> list[str]:
    problems = []
    for split in SPLITS:
        folder = HERE / "texts" / split
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(["file", "published", "city", "newspaper"])
            for r in rows:
                if r["split"] != split:
                    continue
                path = text_path(r)
                if not path.is_file():
                    problems.append(f"{path.relative_to(HERE)}: missing (collect it: see README.md)")
                    continue
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                if digest != r["sha256"]:
                    problems.append(f"{path.relative_to(HERE)}: sha256 differs from articles.csv (re-collected?)")
                w.writerow([path.name, r["published"], r["city"], r["site"]])
    return problems


def main(argv: list[str]) -> int:
    rows = articles()
    if argv[:1] == ["status"]:
        print("\n".join(status(rows)))
        return 0
    if argv[:1] == ["prepare"]:
        problems = prepare(rows)
        print("\n".join(problems + [f"manifests written; {len(problems)} problems"]))
        return 1 if any("missing" in p for p in problems) else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
