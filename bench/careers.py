"""Same-name officials of one city, and who is who: a benchmark of person resolution.

The corpus generator's archive (bench/corpus.py) draws officials from a pool by
name, so one name holds posts in several counties at once; it cannot say who is
who.  This generator gives each official a career: successive spells (a title
in an organisation of a county, a town or a county's bureau, with a start and
an end) over five years of one city's paper, and gives several officials of
that city one name (different counties and ranks, terms that overlap and that
follow one another).  Pages report meetings, visits, appointment notices and
speeches of the officials in office on the page's date, with their titles as
the genre writes them (县委副书记、县长甲, 某镇党委书记甲, 县财政局局长甲, and
the name bare after the first mention); a few articles name two officials of
one name.  It writes the truth: for each page, each title given and each
person named, which official it is.

    python bench/careers.py OUT_FOLDER [--officials 160] [--shared 30] [--pages 900] [--seed 11]
    python bench/careers.py OUT_FOLDER --score [--jobs 2]     # build it and print B-cubed P/R

The score builds the folder (kg build), reads every kg:Post (its holder, title
and article) and every person an article mentions, matches them to the truth by
(file, headline, name, title) and prints the B-cubed precision and recall of
the person nodes (Bagga & Baldwin 1998: per item, the share of its node's items
that are its person's, and of its person's items that are in its node), over
all items and over the items of shared names, beside the same figures for one
node per name and city.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import FILLER, GIVEN, SURNAMES, TOPICS, World  # noqa: E402

CITY = "聊城市"
START, YEARS = date(2015, 1, 1), 5
BUREAUS = ("财政局", "农业农村局", "交通运输局", "商务局", "教育和体育局", "自然资源局", "市场监督管理局")
# rank -> (title as written, organisation kind)
RANKS = {
    "town-head": "镇长", "town-secretary": "党委书记", "bureau-head": "局长",
    "vice-county-head": "副县长", "county-head": "县长", "county-secretary": "县委书记",
}
NEXT_RANK = {"town-head": ("town-secretary", "bureau-head"), "town-secretary": ("vice-county-head", "bureau-head"),
             "bureau-head": ("vice-county-head", "bureau-head"), "vice-county-head": ("county-head", "vice-county-head"),
             "county-head": ("county-secretary", "county-head"), "county-secretary": ("county-secretary",)}


class Spell:
    def __init__(self, rank: str, county: str, town: str | None, bureau: str | None, start: date, end: date):
        self.rank, self.county, self.town, self.bureau, self.start, self.end = rank, county, town, bureau, start, end

    def office(self) -> tuple:
        return (self.rank, self.county, self.town, self.bureau)

    def titled(self, name: str, r: random.Random) -> tuple[str, str]:
        """(title as the page writes it before the name, the title the extractor gives a kg:Post)."""
        c, short = self.county, self.county[:-1]
        if self.rank == "town-head":
            return f"{c}{self.town}镇长", f"{c}{self.town}镇长"
        if self.rank == "town-secretary":
            return f"{c}{self.town}党委书记", f"{c}{self.town}党委书记"
        if self.rank == "bureau-head":
            return f"{c}{self.bureau}局长", f"{c}{self.bureau}局长"
        if self.rank == "vice-county-head":
            return f"{c}副县长", f"{c}副县长"
        if self.rank == "county-head":
            return (f"{c}县长", f"{c}县长") if r.random() < 0.5 else (f"{short}县委副书记、县长", "县长")
        return f"{short}县委书记", f"{short}县委书记"


class Official:
    def __init__(self, pid: int, name: str, spells: list[Spell]):
        self.pid, self.name, self.spells = pid, name, spells

    def spell_at(self, d: date) -> Spell | None:
        return next((s for s in self.spells if s.start <= d <= s.end), None)


def given_name(r: random.Random) -> str:
    s = SURNAMES[min(int(r.expovariate(1 / 18)), len(SURNAMES) - 1)]
    return s + "".join(r.choice(GIVEN) for _ in range(2))


def career(r: random.Random, counties, home: int) -> list[Spell]:
    """Two to four spells, one after another (a few days to a few months between), mostly in one county."""
    county, _alias, towns = counties[home]
    rank = r.choice(("town-head", "town-head", "town-secretary", "bureau-head", "vice-county-head", "county-head"))
    d = START + timedelta(days=r.randint(-500, 300))
    end_all = START + timedelta(days=365 * YEARS)
    spells = []
    while d < end_all and len(spells) < 4:
        length = timedelta(days=r.randint(300, 900))
        if r.random() < 0.25:                        # moved to another county
            county, _alias, towns = r.choice(counties)
        town = r.choice(towns) if rank.startswith("town") else None
        bureau = r.choice(BUREAUS) if rank == "bureau-head" else None
        spells.append(Spell(rank, county, town, bureau, d, min(d + length, end_all)))
        d = d + length + timedelta(days=r.randint(1, 90))
        rank = r.choice(NEXT_RANK[rank])
    return spells


def world(r: random.Random, officials: int, shared: int):
    counties = [c for c in World(r).cities if c[0] == CITY][0][1]
    counties = [(c, a, [t for t in towns if t.endswith("镇")]) for c, a, towns in counties if c.endswith("县")]
    names: list[str] = []
    while len(names) < officials:
        n = given_name(r)
        if n not in names:
            names.append(n)
    # `shared` names are given to two or three officials each
    for i in range(shared):
        k = 2 if r.random() < 0.7 else 3
        for j in range(1, k):
            if i + shared * j < len(names):
                names[i + shared * j] = names[i]
    people = [Official(i, n, career(r, counties, r.randrange(len(counties)))) for i, n in enumerate(names)]
    # one office, one holder at a time, and never two holders of one name (the text could not tell
    # them apart): a spell that would break either is left out of the career
    taken: dict[tuple, list[tuple[date, date, str, int]]] = defaultdict(list)
    for p in people:
        kept = []
        for s in p.spells:
            if any((a <= s.end and s.start <= b) or (n == p.name and pid != p.pid) for a, b, n, pid in taken[s.office()]):
                continue
            taken[s.office()].append((s.start, s.end, p.name, p.pid))
            kept.append(s)
        p.spells = kept
    return [p for p in people if p.spells]


def page(r: random.Random, people: list[Official], d: date, truth: list) -> str:
    active = [(p, p.spell_at(d)) for p in people if p.spell_at(d)]
    if not active:
        return f"{r.choice(TOPICS)}工作扎实推进\n\n{r.choice(FILLER)}\n"
    parts = []
    for k in range(r.randint(3, 5)):
        p, s = r.choice(active)
        written, title = s.titled(p.name, r)
        topic = r.choice(TOPICS)
        kind = r.choice(("meeting", "visit", "speech", "notice"))
        where = s.town or s.county
        head = f"{where}{topic}工作{('推进会召开', '调研', '座谈会举行', '任职通知')[('meeting', 'visit', 'speech', 'notice').index(kind)]}（{k + 1}）"
        items = [(head, p.name, title, p.pid)]
        if kind == "meeting":
            body = (f"本报讯 {d.month}月{d.day}日，{written}{p.name}主持召开{where}{topic}工作推进会。"
                    f"{p.name}强调，{r.choice(FILLER)}")
        elif kind == "visit":
            body = (f"本报讯 {d.month}月{d.day}日，{written}{p.name}到{where}调研{topic}工作。"
                    f"{p.name}指出，{r.choice(FILLER)}")
        elif kind == "speech":
            body = f"本报讯 {written}{p.name}在{where}{topic}座谈会上表示，{r.choice(FILLER)}{p.name}要求，{r.choice(FILLER)}"
        else:
            body = f"经研究决定，任命{p.name}为{written}。{r.choice(FILLER)}"
            title = written
            items = [(head, p.name, title, p.pid)]
        # two officials of one name in one article, when both are in office
        twins = [(q, t) for q, t in active if q.name == p.name and q.pid != p.pid]
        if twins and kind != "notice" and r.random() < 0.3:
            q, t = twins[0]
            w2, title2 = t.titled(q.name, r)
            body += f"{w2}{q.name}出席会议。"
            items.append((head, q.name, title2, q.pid))
        for it in items:
            truth.append(it)
        parts.append(f"{head}\n\n{body}\n\n")
    return "".join(parts)


def generate(out: Path, officials: int, shared: int, pages: int, seed: int) -> dict:
    r = random.Random(seed)
    people = world(r, officials, shared)
    out.mkdir(parents=True, exist_ok=True)
    rows, truth = [], {}
    span = 365 * YEARS
    for i in range(pages):
        d = START + timedelta(days=1 + i * span // pages)
        rel = f"{d:%Y}/{d:%m-%d}_{i}.txt"
        items: list = []
        text = page(r, people, d, items)
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
        rows.append(f"{rel},{d.isoformat()},{CITY},聊城日报")
        truth[rel] = items
    (out / "manifest.csv").write_text("file,published,city,newspaper\n" + "\n".join(rows) + "\n", encoding="utf-8")
    names = defaultdict(set)
    for p in people:
        names[p.name].add(p.pid)
    (out / "truth.json").write_text(json.dumps({
        "pages": truth,
        "officials": [{"id": p.pid, "name": p.name, "spells": [
            {"rank": s.rank, "county": s.county, "town": s.town, "bureau": s.bureau,
             "start": s.start.isoformat(), "end": s.end.isoformat()} for s in p.spells]} for p in people]},
        ensure_ascii=False, indent=0), encoding="utf-8")
    return {"officials": len(people), "shared_names": sum(1 for v in names.values() if len(v) > 1),
            "officials_sharing": sum(len(v) for v in names.values() if len(v) > 1), "pages": pages}


# --- scoring -------------------------------------------------------------------------------------

def bcubed(items: list[tuple[str, str]]) -> tuple[float, float]:
    """B-cubed precision and recall of (predicted node, true person) per item."""
    by_pred, by_true, both = defaultdict(int), defaultdict(int), defaultdict(int)
    for pred, true in items:
        by_pred[pred] += 1
        by_true[true] += 1
        both[(pred, true)] += 1
    if not items:
        return 1.0, 1.0
    p = sum(both[(pr, t)] / by_pred[pr] for pr, t in items) / len(items)
    r = sum(both[(pr, t)] / by_true[t] for pr, t in items) / len(items)
    return p, r


POSTS = """PREFIX kg: <https://w3id.org/localgov-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?file ?headline ?name ?title ?holder WHERE {
  ?post a kg:Post ; kg:holder ?holder ; kg:title ?title ; prov:wasDerivedFrom ?a .
  ?a kg:sourceFile ?file ; kg:headline ?headline .
  ?holder rdfs:label ?name .
}"""


def score(folder: Path, jobs: int | None) -> dict:
    from kg.build.assemble import build
    from kg.graph.store import open_build_store
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    out = folder.parent / (folder.name + "-build")
    t0 = time.perf_counter()
    build(folder, out, jobs=jobs)
    seconds = time.perf_counter() - t0
    store = open_build_store(out / "store")
    found = {}
    for row in store.query(POSTS):
        f, head, name, title, holder = (row[k].value for k in ("file", "headline", "name", "title", "holder"))
        found.setdefault((f, head, name, title), set()).add(holder)
    items, old, matched, total = [], [], 0, 0
    shared = {o["name"] for o in truth["officials"]
              if sum(1 for x in truth["officials"] if x["name"] == o["name"]) > 1}
    items_shared, old_shared = [], []
    for f, rows in truth["pages"].items():
        for head, name, title, pid in rows:
            total += 1
            holders = found.get((f, head, name, title)) or found.get((f, head, name, title.split("、")[-1]))
            if not holders or len(holders) != 1:
                continue
            matched += 1
            holder = next(iter(holders))
            items.append((holder, str(pid)))
            old.append((name, str(pid)))
            if name in shared:
                items_shared.append((holder, str(pid)))
                old_shared.append((name, str(pid)))
    return {"build_seconds": round(seconds, 1), "items": total, "matched": matched,
            "all": bcubed(items), "by_name": bcubed(old),
            "shared": bcubed(items_shared), "shared_by_name": bcubed(old_shared), "shared_items": len(items_shared)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--officials", type=int, default=160)
    ap.add_argument("--shared", type=int, default=30)
    ap.add_argument("--pages", type=int, default=900)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--jobs", type=int, default=None)
    a = ap.parse_args()
    if a.score:
        s = score(a.out, a.jobs)
        print(f"{s['matched']} of {s['items']} titled mentions found as posts (build {s['build_seconds']} s)")
        for label, key, base in (("all names", "all", "by_name"), (f"shared names ({s['shared_items']} items)",
                                                                   "shared", "shared_by_name")):
            (p, r), (p0, r0) = s[key], s[base]
            print(f"{label}: B-cubed P {p:.3f} R {r:.3f}   (one node per name: P {p0:.3f} R {r0:.3f})")
        return
    info = generate(a.out, a.officials, a.shared, a.pages, a.seed)
    print(f"{info['pages']} pages, {info['officials']} officials, {info['shared_names']} names shared by "
          f"{info['officials_sharing']} officials, in {a.out}")


if __name__ == "__main__":
    main()
