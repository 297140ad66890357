"""What each page shows, built from the store's answers (``data``): plain values for the templates.

Every fact a page lists carries its date, its source (newspaper, date, headline)
and one evidence sentence, linked to the article view with that sentence
highlighted; a fact's own page lists all of its sentences.  Lists are ordered
deterministically (latest first, then by label and IRI), one screen of
``MAX_ITEMS`` at a time with the total shown and links to the next and previous
screens (``?ANCHOR=START``).  The evidence of a section is read for the items on
its screen only: the busiest bodies and divisions of a large archive have
thousands of facts, and the page costs what it shows, not what the store holds.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import urlencode

from . import data as D
from .data import Build, path_of

MAX_ITEMS = 200
# the past and undated titles of a body are gathered from its posts, one by one (0.5 s for 70,000
# posts on the 100k store): above this many posts the page says how many there are instead
MAX_POSTS_GATHERED = 20_000
# the articles of a division per month are counted over its divisions' mentions too, up to this
# many (1 s for a city's 130,000 on the 100k store); above, over the division's own mentions
MAX_MENTIONS_COUNTED = 40_000
NO_SCREENS: Mapping[str, int] = {}
KG = D.KG


class NotFound(Exception):
    """No such entity, article or span in the build."""


@dataclass(frozen=True)
class Link:
    label: str
    href: str | None = None


@dataclass(frozen=True)
class Evidence:
    text: str
    href: str | None            # the article view with this sentence highlighted
    article_href: str | None
    headline: str | None
    newspaper: str | None
    published: str | None
    start: int = 0
    end: int = 0
    rule: str | None = None


@dataclass
class Item:
    title: Link
    date: str = ""
    note: str = ""
    details: list[Link] = field(default_factory=list)
    evidence: Evidence | None = None
    sort_date: str = ""
    ev: str | None = None       # the evidence span, read once the item is on the screen shown


@dataclass(frozen=True)
class Note:
    """A line that stands for a list the page does not gather, with where to find it."""
    text: str
    link: Link | None = None


@dataclass
class Section:
    title: str
    items: list[Item]
    total: int
    anchor: str = ""
    start: int = 0              # the position of the first item shown
    size: int = MAX_ITEMS
    note: Note | None = None


@dataclass
class Page:
    kind: str                   # the template: person or entity
    kind_label: str
    title: str
    iri: str
    names: list[str] = field(default_factory=list)
    facts: list[tuple[str, list[Link]]] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    counts: list[tuple[Link, int]] = field(default_factory=list)
    counts_title: str = ""
    counts2: list[tuple[Link, int]] = field(default_factory=list)
    counts2_title: str = ""
    timeline: dict | None = None
    histogram: dict | None = None


def href(iri: str | None) -> str | None:
    p = path_of(iri) if iri else None
    return f"/id/{p}" if p else None


def link(iri: str | None, label: str | None) -> Link:
    return Link(label or (iri or ""), href(iri))


def evidence_href(article: str | None, ev: str | None) -> str | None:
    a = href(article)
    key = ev.rsplit("/", 1)[-1] if ev else None
    return f"{a}?ev={key}#hl" if a and key else a


def spans(b: Build, rows: list[dict]) -> list[dict]:
    """The rows with their evidence span's fields (sentence, offsets, article…) added, by ``ev``."""
    found = b.evidence(r.get("ev") for r in rows)
    return [{**r, **found.get(r.get("ev"), {})} for r in rows]


def first_span(rows: list[dict]) -> dict:
    """Of a fact's rows, one per evidence span, the first span in article and text order."""
    return min(rows, key=lambda r: (r["article"] or "", int(r["start"] or 0), r["ev"]))


def evidence(row: dict) -> Evidence | None:
    if not row.get("ev") or row.get("text") is None:
        return None
    return Evidence(row["text"], evidence_href(row.get("article"), row["ev"]), href(row.get("article")),
                    row.get("headline"), row.get("newspaper"), row.get("published"),
                    int(row.get("start") or 0), int(row.get("end") or 0), row.get("rule"))


def date_span(first: str | None, last: str | None) -> str:
    if not first:
        return last or ""
    if not last or last == first:
        return first
    return f"{first} – {last}"


def amount(value: str | None, approx: str | None = None) -> str:
    """An investment in yuan as written in the papers: 3.5亿元, 4600万元."""
    if not value:
        return ""
    try:
        v = Decimal(value)
    except InvalidOperation:
        return value
    if v >= 100_000_000:
        text = f"{(v / 100_000_000).normalize():f}亿元"
    elif v >= 10_000:
        text = f"{(v / 10_000).normalize():f}万元"
    else:
        text = f"{v.normalize():f}元"
    return ("约" if approx == "true" else "") + text


def _sorted(items: list[Item]) -> list[Item]:
    """Latest first, undated last, then by label and address."""
    items = sorted(items, key=lambda i: (i.title.label, i.title.href or ""))
    return sorted(items, key=lambda i: (i.sort_date == "", "" if not i.sort_date else _neg(i.sort_date)))


def _neg(iso: str) -> str:
    """A key that orders ISO dates latest first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)


def section(title: str, items: list[Item], anchor: str = "", *, b: Build | None = None, start: int = 0,
            total: int | None = None) -> Section:
    """The screen of ``items`` from ``start``: sorted latest first and cut here, or (``total`` given)
    one already ordered (latest first, then by IRI) and cut by the store (``store_screen``).  With
    ``b``, the evidence of the items shown whose span is known but not yet read (``Item.ev``) is
    read now."""
    if total is None:
        ordered = _sorted(items)
        total, items = len(ordered), ordered[start:start + MAX_ITEMS]
    if b is not None:
        items = with_evidence(b, items)
    return Section(title, items, total, anchor, start, MAX_ITEMS)


def with_evidence(b: Build, items: Iterable[Item]) -> list[Item]:
    """The items, each with its evidence span's sentence and source read (``Item.ev``)."""
    items = list(items)
    found = b.evidence(i.ev for i in items if i.evidence is None and i.ev)
    return [replace(i, evidence=evidence(found[i.ev])) if i.evidence is None and i.ev in found else i
            for i in items]


def store_screen(b: Build, count: str, rows: str, iri: str, start: int) -> tuple[int, list[dict]]:
    """How many facts ``count`` counts, and the rows of the screen from ``start`` that ``rows`` (a
    query with ``{start}`` and ``{size}`` in its subquery's OFFSET and LIMIT) reads."""
    sparql = rows.replace("{start}", str(start)).replace("{size}", str(MAX_ITEMS))
    return int(b.select(count, e=iri)[0]["n"]), b.select(sparql, e=iri)


def screen(at: Mapping[str, int], anchor: str) -> int:
    """Where the screen of section ``anchor`` starts, as the page's address asks (a multiple of the
    screen's size)."""
    start = max(0, at.get(anchor, 0))
    return start - start % MAX_ITEMS


def grouped(rows: list[dict], key: str = "fact") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def others(rows: list[dict], iri: str, label: str) -> list[Link]:
    """The distinct linked entities of a fact's rows (``?who`` / ``?where``), by label."""
    seen = {(r[iri], r[label]) for r in rows if r.get(iri)}
    return [link(i, l) for i, l in sorted(seen, key=lambda x: (x[1] or "", x[0]))]


def counts(rows: list[dict]) -> list[tuple[Link, int]]:
    return [(link(r["o"], r["label"]), int(r["n"])) for r in rows]


ROLE = {KG + "chair": "主持 chair", KG + "participant": "出席 attended", KG + "visitor": "调研 visit"}


def types(b: Build, iri: str) -> set[str]:
    return {r["type"] for r in b.select(D.TYPES, e=iri)}


def names(b: Build, iri: str) -> tuple[str, list[str]]:
    rows = b.select(D.NAMES, e=iri)
    if not rows:
        raise NotFound(iri)
    label = min(r["label"] for r in rows)
    alts = sorted({r["alt"] for r in rows if r["alt"] and r["alt"] != label})
    return label, alts


# ---------------------------------------------------------------------------------------------
# persons

def person(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    label, alts = names(b, iri)
    page = Page("person", "人物 person", label, iri, alts)

    tenures = []
    for rows in grouped(spans(b, b.select(D.PERSON_TENURES, e=iri)), "t").values():
        r = first_span(rows)
        tenures.append(Item(Link(r["title"]), date_span(r["first"], r["last"]),
                            f"{r['n']} 次 seen", [link(r["org"], r["orgLabel"])] if r["org"] else [],
                            evidence(r), r["last"]))
    page.sections.append(section("职务 Titles over time (seen first – last)", tenures, "titles",
                                 start=screen(at, "titles")))
    page.timeline = timeline(tenures)
    other = []
    for rows in grouped(spans(b, b.select(D.PERSON_OTHER_POSTS, e=iri))).values():
        r = first_span(rows)
        note = "原任 former" if r["former"] == "true" else "未注日期 undated"
        other.append(Item(Link(r["title"]), r["date"] or "", note,
                          [link(r["org"], r["orgLabel"])] if r["org"] else [], evidence(r), r["date"] or ""))
    if other:
        page.sections.append(section("其他职务 Past and undated titles", other, "other-titles",
                                     start=screen(at, "other-titles")))

    chaired, attended, visits = [], [], []
    for rows in grouped(spans(b, b.select(D.PERSON_EVENTS, e=iri))).values():
        r = rows[0]
        item = Item(link(r["fact"], r["label"]), date_span(r["date"], r["endDate"]), ROLE[r["role"]],
                    others(rows, "where", "whereLabel"), evidence(r), r["date"] or "")
        {KG + "chair": chaired, KG + "participant": attended, KG + "visitor": visits}[r["role"]].append(item)
    page.sections += [section("主持的会议 Meetings chaired", chaired, "chaired", start=screen(at, "chaired")),
                      section("出席的会议 Meetings attended", attended, "attended", start=screen(at, "attended")),
                      section("调研 Visits made", visits, "visits", start=screen(at, "visits"))]
    page.counts_title = "常一同出现的人 People met most often (shared meetings and visits)"
    page.counts = counts(b.select(D.PERSON_MET, e=iri))
    page.counts2_title = "到访的企业和地方 Enterprises and places visited"
    page.counts2 = counts(b.select(D.PERSON_VISITED, e=iri))
    namesakes = [Link(f"{label} — {latest_title(b, o) or '?'}", href(o))
                 for o in (r["o"] for r in b.select(D.SAME_NAME, e=iri))]
    if namesakes:
        page.facts.append(("同名 Others of the same name", namesakes))
    return page


def latest_title(b: Build, iri: str) -> str:
    """The titles a person was last seen with (those of the latest day), with that day."""
    rows = b.select(D.LATEST_TITLE, e=iri)
    if not rows:
        return ""
    last = rows[0]["last"]
    titles = []
    for r in rows:
        if r["last"] == last:
            org = r["orgLabel"] or ""
            titles.append(r["title"] if not org or r["title"].startswith(org) else f"{org}{r['title']}")
    return f"{'、'.join(titles)} ({last})"


def timeline(tenures: list[Item]) -> dict | None:
    """A bar per title from the first to the last day it was seen: positions for an SVG."""
    dated = [t for t in tenures if t.date]
    if not dated:
        return None
    spans = []
    for t in dated:
        first, _, last = t.date.partition(" – ")
        spans.append((date.fromisoformat(first), date.fromisoformat(last or first), t))
    lo = min(s[0] for s in spans)
    hi = max(s[1] for s in spans)
    lo, hi = date(lo.year, 1, 1), date(hi.year + 1, 1, 1)
    width, left, row = 900, 260, 22
    scale = (width - left - 30) / max(1, (hi - lo).days)
    rows = []
    for k, (first, last, t) in enumerate(sorted(spans, key=lambda s: (s[0], s[1], s[2].title.label))):
        x = left + (first - lo).days * scale
        w = max(4.0, (last - first).days * scale)
        org = t.details[0].label if t.details else ""
        rows.append({"y": 24 + k * row, "x": round(x, 1), "w": round(w, 1), "label": t.title.label,
                     "org": org, "span": t.date})
    ticks = [{"x": round(left + (date(y, 1, 1) - lo).days * scale, 1), "label": str(y)}
             for y in range(lo.year, hi.year + 1)]
    return {"width": width, "height": 40 + len(rows) * row, "left": left, "rows": rows, "ticks": ticks,
            "bottom": 30 + len(rows) * row}


# ---------------------------------------------------------------------------------------------
# organisations, enterprises, places

def people_in(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> list[Section]:
    """Who held which title in a body or an enterprise: its tenures, latest first, one screen read
    from the store; then its past and undated titles, gathered from its posts where they are not
    too many for a page."""
    start = screen(at, "people")
    total, rows = store_screen(b, D.ORG_TENURE_COUNT, D.ORG_TENURES, iri, start)
    items = [Item(link(r["h"], r["hl"]), date_span(r["first"], r["last"]), f"{r['title']} · {r['n']} 次 seen",
                  sort_date=r["last"] or "", ev=r["ev"]) for r in rows]
    out = [section("人员与职务 People and titles (seen first – last)", items, "people", b=b, start=start,
                   total=total)]
    title = "其他职务 Past and undated titles"
    posts = int(b.select(D.ORG_POST_COUNT, e=iri)[0]["n"])
    if posts > MAX_POSTS_GATHERED:
        label = names(b, iri)[0]
        note = Note(f"{posts} 条职务记录，此页不逐条汇总 · {posts} posts, too many to gather for a page; "
                    f"each person's page lists their past and undated titles, and the saved question lists every post",
                    Link("people-by-organization", f"/queries/people-by-organization?{urlencode({'org': label})}"))
        out.append(Section(title, [], 0, "other-titles", size=MAX_ITEMS, note=note))
        return out
    other = []
    for r in b.select(D.ORG_OTHER_POSTS, e=iri):
        note = "原任 former" if r["former"] == "true" else "未注日期 undated"
        other.append(Item(link(r["h"], r["hl"]), date_span(r["first"], r["last"]),
                          f"{r['title']} · {note} · {r['n']} 次 seen", sort_date=r["last"] or "", ev=r["ev"]))
    if other:
        out.append(section(title, other, "other-titles", b=b, start=screen(at, "other-titles")))
    return out


def dated(b: Build, title: str, anchor: str, scope: str, who: str, cls: str, iri: str,
          at: Mapping[str, int]) -> Section:
    """The screen of the meetings or visits (``cls``) that ``scope`` finds, asked for by ``at``, as
    a section: the store orders and cuts them (``data.dated_facts``)."""
    start = screen(at, anchor)
    total, found = store_screen(b, D.dated_count(scope, cls), D.dated_facts(scope, who, cls), iri, start)
    items = []
    for f, rows in grouped(found).items():
        r = rows[0]
        items.append(Item(link(f, r["label"]), date_span(r["date"], r["endDate"]), "",
                          others(rows, "who", "whoLabel"), None, r["date"] or "", r["ev"]))
    return section(title, items, anchor, b=b, start=start, total=total)


def visits_received(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Section:
    return dated(b, "接待的调研 Visits received", "visits", D.RECEIVED, "kg:visitor", "kg:Visit", iri, at)


def meetings_at(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Section:
    return dated(b, "在此召开的会议 Meetings held here", "meetings", D.HELD_AT, "kg:chair", "kg:Meeting", iri, at)


def projects(b: Build, scope: str, who: str, iri: str, at: Mapping[str, int]) -> Section:
    """The screen of the projects ``scope`` finds, latest reported first (``data.projects``), with
    their amounts and what ``who`` links them to (places or enterprises)."""
    start = screen(at, "projects")
    total, found = store_screen(b, D.project_count(scope), D.projects(scope, who), iri, start)
    items = []
    for f, rows in grouped(found).items():
        r = rows[0]
        items.append(Item(link(f, r["label"]), "", amount(r["amount"], r["approx"]), others(rows, "who", "whoLabel"),
                          None, r["published"] or "", r["ev"]))
    return section("项目与投资 Projects and amounts", items, "projects", b=b, start=start, total=total)


def location_facts(b: Build, iri: str) -> list[tuple[str, list[Link]]]:
    rows = b.select(D.LOCATION, e=iri)
    out = []
    where = others(rows, "where", "whereLabel")
    if where:
        out.append(("所在地 Located in", where))
    county = others(rows, "county", "countyLabel")
    if county:
        out.append(("所在县区 County", county))
    return out


def enterprise(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "企业 enterprise", label, iri, alts, location_facts(b, iri))
    page.sections += [*people_in(b, iri, at), projects(b, D.UNDERTAKEN, "kg:locatedIn", iri, at),
                      visits_received(b, iri, at)]
    return page


def organisation(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "机构 organisation", label, iri, alts, location_facts(b, iri))
    page.sections += [*people_in(b, iri, at), meetings_at(b, iri, at), visits_received(b, iri, at)]
    return page


def place(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "地点 place", label, iri, alts)
    page.sections.append(meetings_at(b, iri, at))
    return page


# ---------------------------------------------------------------------------------------------
# divisions

def division(b: Build, iri: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    label, alts = names(b, iri)
    head = b.select(D.DIVISION_HEAD, e=iri)
    county = any(r["county"] for r in head)
    kind = "县区 county" if county else ("乡镇 town" if KG + "Town" in types(b, iri) else "行政区 division")
    page = Page("entity", kind, label, iri, alts)
    parents = others(head, "parent", "parentLabel")
    if parents:
        page.facts.append(("上级 Part of", parents))
    codes = sorted({r["code"] for r in head if r["code"]})
    if codes:
        page.facts.append(("区划代码 Admin code", [Link(c) for c in codes]))
    scope = D.IN_COUNTY if county else D.AT_DIVISION

    enterprises = [Item(link(r["fact"], r["label"])) for r in b.select(D.division_enterprises(scope), e=iri)]
    page.counts_title = "在此出现的领导 Leaders seen here (meetings and visits)"
    page.counts = counts(b.select(D.division_leaders(scope), e=iri))
    page.sections += [dated(b, "会议 Meetings", "meetings", scope, "kg:chair", "kg:Meeting", iri, at),
                      dated(b, "调研 Visits", "visits", scope, "kg:visitor", "kg:Visit", iri, at),
                      projects(b, scope, "kg:undertakenBy", iri, at),
                      section("企业 Enterprises", enterprises, "enterprises", start=screen(at, "enterprises"))]
    mentions = int(b.select(D.MENTIONS_IN, e=iri)[0]["n"])
    within = mentions <= MAX_MENTIONS_COUNTED
    months = b.select(D.ARTICLES_BY_MONTH if within else D.OWN_ARTICLES_BY_MONTH, e=iri)
    page.histogram = histogram([(r["month"], int(r["n"])) for r in months if r["month"]])
    if page.histogram is not None:
        page.histogram["what"] = ("articles that mention it or a division in it" if within else
                                  f"articles that mention it by name (with its divisions' {mentions} mentions, "
                                  f"too many to count for a page)")
    return page


def histogram(months: list[tuple[str, int]]) -> dict | None:
    """Articles per month as bars of an SVG, every month between the first and the last shown."""
    if not months:
        return None
    have = dict(months)
    y0, m0 = map(int, months[0][0].split("-"))
    y1, m1 = map(int, months[-1][0].split("-"))
    seq = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        seq.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    width, left, height = 900, 40, 160
    bw = (width - left - 10) / len(seq)
    top = max(have.values())
    bars = []
    for k, month in enumerate(seq):
        n = have.get(month, 0)
        h = (height - 40) * n / top
        bars.append({"x": round(left + k * bw, 1), "w": round(max(1.0, bw - 1), 1), "y": round(height - 20 - h, 1),
                     "h": round(h, 1), "month": month, "n": n,
                     "tick": month.endswith("-01") or k == 0})
    return {"width": width, "height": height, "bars": bars, "top": top, "base": height - 20,
            "total": sum(have.values())}


# ---------------------------------------------------------------------------------------------
# facts: meetings, visits, projects, posts

FACT_KIND = {"meeting": "会议 meeting", "visit": "调研 visit", "project": "项目 project", "post": "职务 post"}
ROLES = [(KG + "chair", "主持 Chaired by"), (KG + "participant", "出席 Attended by"),
         (KG + "holder", "任职者 Holder"), (KG + "organization", "机构 Organisation"),
         (KG + "visitor", "调研者 Visitors"), (KG + "visited", "到访 Visited"),
         (KG + "location", "地点 Where"), (KG + "undertakenBy", "承建企业 Enterprise"),
         (KG + "locatedIn", "所在地 Located in"), (KG + "inCounty", "县区 County")]


def fact(b: Build, iri: str, kind: str, at: Mapping[str, int] = NO_SCREENS) -> Page:
    values = b.select(D.FACT_VALUES, e=iri)
    v = values[0] if values else {}
    evs = spans(b, b.select(D.FACT_EVIDENCE, e=iri))
    if not evs:
        raise NotFound(iri)
    title = v.get("label") or v.get("title") or iri
    page = Page("entity", FACT_KIND[kind], title, iri)
    when = date_span(v.get("date"), v.get("endDate")) or v.get("observedOn") or ""
    if when:
        page.facts.append(("日期 Date", [Link(when)]))
    if v.get("title") and v.get("label"):
        page.facts.append(("职务 Title", [Link(v["title"])]))
    if v.get("amount"):
        page.facts.append(("投资 Investment", [Link(amount(v["amount"], v.get("approx")))]))
    if v.get("former") == "true":
        page.facts.append(("原任 Former", [Link("是 yes")]))
    links = b.select(D.FACT_LINKS, e=iri)
    for prop, name in ROLES:
        found = others([r for r in links if r["p"] == prop], "o", "oLabel")
        if found:
            page.facts.append((name, found))
    items = [Item(Link(e.headline or e.text[:30], e.href), e.published or "", e.newspaper or "", [], e,
                  e.published or "")
             for e in sorted((evidence(r) for r in evs), key=lambda e: (e.published or "", e.href or "", e.start))]
    page.sections.append(section("原文句子 Evidence sentences", items, "evidence", start=screen(at, "evidence")))
    return page


# ---------------------------------------------------------------------------------------------
# articles

@dataclass
class ArticleView:
    iri: str
    title: str
    source_file: str
    published: str | None
    newspaper: str | None
    authors: list[Link]
    editors: list[Link]
    before: str | None          # the article's text, cut around the highlighted sentence
    marked: str | None
    after: str | None
    selected: Evidence | None
    offset: int                 # where the shown text starts in the page
    facts: list[Item]
    mentions: list[Link]


def article(b: Build, iri: str, ev_key: str | None) -> ArticleView:
    head = b.select(D.ARTICLE_HEAD, e=iri)
    if not head:
        raise NotFound(iri)
    h = head[0]
    facts_rows = b.select(D.ARTICLE_FACTS, e=iri)
    selected = None
    if ev_key is not None:
        want = f"{D.BASE}evidence/{ev_key}"
        rows = [r for r in facts_rows if r["ev"] == want]
        if not rows:
            raise NotFound(want)
        r = dict(rows[0], article=iri, headline=h["headline"], published=h["published"], newspaper=h["newspaper"])
        selected = evidence(r)
    facts = []
    for r in sorted(facts_rows, key=lambda r: (int(r["start"]), int(r["end"]), r["cls"], r["fact"], r["ev"])):
        cls = r["cls"].rsplit("#", 1)[-1]
        label = r["label"] or (f"{r['holderLabel']} {r['title']}" if r["holderLabel"] else r["title"]) or cls
        e = evidence(dict(r, article=iri, headline=None, published=None, newspaper=None))
        facts.append(Item(link(r["fact"], label), r["date"] or "", f"{cls} · {r['rule']}", [], e))
    text = b.article_text(h["sourceFile"], iri)
    before = marked = after = None
    offset = 0
    if text is not None:
        body, offset = text
        if selected is not None and offset <= selected.start <= selected.end <= offset + len(body):
            s, e = selected.start - offset, selected.end - offset
            before, marked, after = body[:s], body[s:e], body[e:]
        else:
            before = body
    return ArticleView(iri, h["headline"] or h["sourceFile"], h["sourceFile"], h["published"], h["newspaper"],
                       others([r for r in head if r["role"] == KG + "author"], "who", "whoLabel"),
                       others([r for r in head if r["role"] == KG + "editor"], "who", "whoLabel"),
                       before, marked, after, selected, offset, facts,
                       [link(r["o"], r["label"]) for r in b.select(D.ARTICLE_MENTIONS, e=iri)])


# ---------------------------------------------------------------------------------------------
# search

SEARCH_KINDS = [("person", "人物 Persons"), ("org", "机构 Organisations"), ("enterprise", "企业 Enterprises"),
                ("division", "行政区 Divisions"), ("place", "地点 Places"), ("meeting", "会议 Meetings"),
                ("project", "项目 Projects")]
SEARCH_SHOWN = 30


def context(b: Build, kind: str, iri: str) -> str:
    """A line that tells one result from another: a person's latest title, an enterprise's county…"""
    if kind == "person":
        return latest_title(b, iri)
    if kind == "enterprise":
        rows = b.select(D.ENTERPRISE_COUNTY, e=iri)
        return rows[0]["label"] if rows else ""
    if kind == "division":
        rows = b.select(D.PARENT_LINE, e=iri)
        return rows[0]["label"] if rows else ""
    if kind == "meeting":
        rows = b.select(D.MEETING_LINE, e=iri)
        return " · ".join(x for x in (rows[0]["date"], rows[0]["whereLabel"]) if x) if rows else ""
    if kind == "project":
        rows = b.select(D.PROJECT_LINE, e=iri)
        return " · ".join(x for x in (amount(rows[0]["amount"], rows[0]["approx"]), rows[0]["whoLabel"]) if x) \
            if rows else ""
    if kind == "org":
        rows = b.select(D.ORG_LINE, e=iri)
        return f"{rows[0]['n']} 条职务 posts" if rows and rows[0]["n"] != "0" else ""
    return ""


@dataclass
class Hit:
    link: Link
    name: str                   # the name that matched, when not the label
    context: str


def search(b: Build, text: str) -> tuple[list[tuple[str, int, list[Hit]]], bool]:
    """Entities whose name or short name contains ``text`` (or its simplified form), by kind:
    exact names first, then shorter ones; each with a line of context.  While the names of a
    store just opened are still being read (8 s on the 100k store), exact names only, found by
    the store's index; the second value says so."""
    from ...pipeline.normalise import to_simplified
    text = text.strip()
    if not text:
        return [], False
    forms = {text, to_simplified(text)[0]}
    read = b.names(wait=False)
    names, labels = read if read is not None else b.named(forms)
    found: dict[str, tuple[str, str]] = {}
    for name, o in names:
        if any(f in name for f in forms):
            rank = (name not in forms, len(name), name)
            best = found.get(o)
            if best is None or rank < (best[1] not in forms, len(best[1]), best[1]):
                found[o] = (labels.get(o, name), name)
    out = []
    for kind, title in SEARCH_KINDS:
        hits = [(o, label, name) for o, (label, name) in found.items() if (path_of(o) or "").startswith(kind + "/")]
        hits.sort(key=lambda h: (h[2] not in forms, len(h[2]), h[1], h[0]))
        shown = [Hit(link(o, label), "" if any(f in label for f in forms) else name, context(b, kind, o))
                 for o, label, name in hits[:SEARCH_SHOWN]]
        if shown:
            out.append((title, len(hits), shown))
    return out, read is None


def home(b: Build) -> list[tuple[str, int]]:
    rows = b.select(D.COUNTS)
    return sorted(((r["cls"].rsplit("#", 1)[-1], int(r["n"])) for r in rows), key=lambda x: x[0])
