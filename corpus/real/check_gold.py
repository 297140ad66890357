#!/usr/bin/env python3
"""Check gold files of the real-text corpus against their texts.

    python corpus/real/check_gold.py [ID ...]

For each gold file (all, or the ids given): valid JSON of the schema's keys,
a text beside it in the cache, and every person, enterprise and project name
found in the text once whitespace is removed and traditional characters are
folded to simplified (a name the text does not hold is usually a typo).
Prints one line per problem; exits 1 if any.
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"doc", "issue_date", "persons", "enterprise_roles", "organizations", "enterprises",
        "meetings", "visits", "counties", "towns", "projects", "notes"}
KINDS = {"official", "enterprise", "journalist", "other"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    try:
        import opencc
        text = opencc.OpenCC("t2s").convert(text)
    except ImportError:
        pass
    text = re.sub(r"(?<=[\u3400-\u9fff])\([a-zü\u00e0-\u01dc]{1,7}\)", "", text)   # pinyin glosses: 習(xí)
    return re.sub(r"\s+", "", text)


def check(row: dict, gold_path: Path, text_path: Path) -> list[str]:
    where = f"{gold_path.relative_to(HERE)}"
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{where}: not readable JSON ({exc})"]
    out = []
    missing = KEYS - set(gold)
    if missing:
        out.append(f"{where}: missing keys {sorted(missing)}")
    if gold.get("doc") != f"{row['id']}.txt":
        out.append(f"{where}: doc should be {row['id']}.txt")
    if gold.get("issue_date") != row["published"]:
        out.append(f"{where}: issue_date {gold.get('issue_date')} but articles.csv says {row['published']}")
    if not text_path.is_file():
        return out + [f"{where}: no text at {text_path.relative_to(HERE)} (collect it first)"]
    text = fold(text_path.read_text(encoding="utf-8"))
    for p in gold.get("persons", []):
        if p.get("kind") not in KINDS:
            out.append(f"{where}: person {p.get('name')} has kind {p.get('kind')}")
        if fold(p.get("name", "")) not in text:
            out.append(f"{where}: person {p.get('name')} not in the text")
    for e in gold.get("enterprises", []):
        for n in [e.get("name", ""), *e.get("aliases", [])]:
            if fold(n) not in text:
                out.append(f"{where}: enterprise name {n} not in the text")
    for m in gold.get("meetings", []):
        for n in [*m.get("chair", []), *m.get("attendees", [])]:
            if fold(n) not in text:
                out.append(f"{where}: meeting person {n} not in the text")
        if m.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", m["date"]):
            out.append(f"{where}: meeting date {m['date']} is not YYYY-MM-DD")
    for v in gold.get("visits", []):
        for n in v.get("officials", []):
            if fold(n) not in text:
                out.append(f"{where}: visitor {n} not in the text")
    for p in gold.get("projects", []):
        inv = p.get("investment_cny")
        if inv is not None and not isinstance(inv, (int, float)):
            out.append(f"{where}: project {p.get('name')} investment_cny is not a number")
    return out


def main(argv: list[str]) -> int:
    tables = [HERE / "articles.csv", *sorted((HERE / "parts").glob("*.csv"))]
    rows = [r for t in tables if t.is_file() for r in csv.DictReader(t.open(encoding="utf-8"))]
    want = set(argv)
    problems = []
    for row in rows:
        if want and row["id"] not in want:
            continue
        gold = HERE / "gold" / row["split"] / f"{row['id']}.json"
        if not gold.is_file():
            problems.append(f"gold/{row['split']}/{row['id']}.json: missing")
            continue
        problems += check(row, gold, HERE / "texts" / row["split"] / f"{row['id']}.txt")
    for p in problems:
        print(p)
    print(f"{len(rows) if not want else len(want)} articles checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
