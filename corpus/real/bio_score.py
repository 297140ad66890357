#!/usr/bin/env python3
"""Score the biographies the pipeline reads from resume paragraphs against the
biography gold of `corpus/real/bio/` (appointment notices, resumes, obituaries).

    .venv/bin/python corpus/real/bio_score.py [--ner lac|rules] [--errors]

Per field (gender, ethnicity, birth, native_place, education, party,
party_joined, work_start) and over all fields: a value the pipeline states for
a gold person is right when it equals the gold value (party names and the
学历/学位 words folded); a value the gold does not state, or states otherwise,
is wrong (precision); a gold value the pipeline does not state is missed
(recall).  The texts live in `bio/texts/` (git ignores them), one page per
row of `bio/pages.csv`.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kg.pipeline.extract import extract_page  # noqa: E402
from kg.pipeline.extract.ner import backend  # noqa: E402
from kg.pipeline.normalise import normalise  # noqa: E402
from kg.pipeline.split import split  # noqa: E402
from kg.records import Page, Source  # noqa: E402

FIELDS = ("gender", "ethnicity", "birth", "native_place", "education", "party", "party_joined", "work_start")
PARTY = {"中共党员": "中国共产党", "中共预备党员": "中国共产党", "共产党员": "中国共产党", "中国共产党": "中国共产党",
         "无党派": "无党派人士", "无党派人士": "无党派人士"}
# a member of a democratic party is written by the party's short name and 盟员/会员/党员/社员
DEMOCRATIC = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
              "农工党": "中国农工民主党", "致公党": "中国致公党", "九三学社": "九三学社", "台盟": "台湾民主自治同盟"}


def canon(field: str, value: str | None) -> str | None:
    if value is None:
        return None
    v = re.sub(r"\s+", "", value)
    if field == "party":
        member = re.fullmatch(rf"({'|'.join(DEMOCRATIC)})(?:盟员|会员|党员|社员)?", v)
        return DEMOCRATIC[member.group(1)] if member else PARTY.get(v, v)
    if field == "education":
        return re.sub(r"(?:学历|学位)$", "", v)
    if field == "native_place":
        return re.sub(r"(?:人|籍)$", "", v)
    return v


def predicted(text: str, published: date, city: str, ner: str) -> dict[str, dict[str, str]]:
    page = Page(Source(Path("page.txt"), published, city, "bio"), text, "utf-8")
    records = extract_page(split(normalise(page)), ner=backend(ner))
    out: dict[str, dict[str, str]] = {}
    for a in records.articles:
        for b in a.biographies:
            facts = out.setdefault(b.person, {})
            for field, value in b.facts:
                facts.setdefault(field, value)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ner", default="lac", choices=("lac", "rules"))
    ap.add_argument("--errors", action="store_true", help="print each wrong or missed value")
    args = ap.parse_args()
    rows = {r["id"]: r for r in csv.DictReader(open(HERE / "bio" / "pages.csv", encoding="utf-8"))}
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold_file in sorted((HERE / "bio" / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        row = rows[gold_file.stem]
        text_file = HERE / "bio" / "texts" / gold["doc"]
        if not text_file.exists():
            print(f"{gold_file.stem}: no text (collect it again, corpus/real/README.md)", file=sys.stderr)
            continue
        pred = predicted(text_file.read_text(encoding="utf-8"), date.fromisoformat(row["published"]),
                         row["city"], args.ner)
        for person in gold["persons"]:
            got = pred.get(person["name"], {})
            for field in FIELDS:
                g, p = canon(field, person.get(field)), canon(field, got.get(field))
                if p is not None and p == g:
                    tp[field] += 1
                elif p is not None:
                    fp[field] += 1
                    if g is not None:
                        fn[field] += 1
                    if args.errors:
                        print(f"{gold_file.stem}\t{person['name']}\t{field}\tgold {g}\tgraph {p}")
                elif g is not None:
                    fn[field] += 1
                    if args.errors:
                        print(f"{gold_file.stem}\t{person['name']}\t{field}\tgold {g}\tgraph -")
    print(f"{'field':14s} {'tp':>5s} {'fp':>5s} {'fn':>5s} {'P':>6s} {'R':>6s}")
    for field in (*FIELDS, "all"):
        t = sum(tp.values()) if field == "all" else tp[field]
        f = sum(fp.values()) if field == "all" else fp[field]
        n = sum(fn.values()) if field == "all" else fn[field]
        p = t / (t + f) if t + f else 0.0
        r = t / (t + n) if t + n else 0.0
        print(f"{field:14s} {t:5d} {f:5d} {n:5d} {p:6.3f} {r:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
