"""What each page shows, built from the store's answers (``data``): plain values for the templates.

Every fact a page lists carries its date, its source (newspaper, date, headline)
and one evidence sentence, linked to the article view with that sentence
highlighted; a fact's own page lists all of its sentences.  Lists are ordered
deterministically (latest first, then by label and IRI) and capped at
``MAX_ITEMS`` with the total shown.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from . import data as D
from .data import Build, path_of

MAX_ITEMS = 200
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


@dataclass
class Section:
    title: str
    items: list[Item]
    total: int
    anchor: str = ""


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


def section(title: str, items: list[Item], anchor: str = "") -> Section:
    items = _sorted(items)
    return Section(title, items[:MAX_ITEMS], len(items), anchor)


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

def person(b: Build, iri: str) -> Page:
    label, alts = names(b, iri)
    page = Page("person", "人物 person", label, iri, alts)

    tenures = []
    for rows in grouped(spans(b, b.select(D.PERSON_TENURES, e=iri)), "t").values():
        r = first_span(rows)
        tenures.append(Item(Link(r["title"]), date_span(r["first"], r["last"]),
                            f"{r['n']} 次 seen", [link(r["org"], r["orgLabel"])] if r["org"] else [],
                            evidence(r), r["last"]))
    page.sections.append(section("职务 Titles over time (seen first – last)", tenures, "titles"))
    page.timeline = timeline(tenures)
    other = []
    for rows in grouped(spans(b, b.select(D.PERSON_OTHER_POSTS, e=iri))).values():
        r = first_span(rows)
        note = "原任 former" if r["former"] == "true" else "未注日期 undated"
        other.append(Item(Link(r["title"]), r["date"] or "", note,
                          [link(r["org"], r["orgLabel"])] if r["org"] else [], evidence(r), r["date"] or ""))
    if other:
        page.sections.append(section("其他职务 Past and undated titles", other, "other-titles"))

    chaired, attended, visits = [], [], []
    for rows in grouped(spans(b, b.select(D.PERSON_EVENTS, e=iri))).values():
        r = rows[0]
        item = Item(link(r["fact"], r["label"]), date_span(r["date"], r["endDate"]), ROLE[r["role"]],
                    others(rows, "where", "whereLabel"), evidence(r), r["date"] or "")
        {KG + "chair": chaired, KG + "participant": attended, KG + "visitor": visits}[r["role"]].append(item)
    page.sections += [section("主持的会议 Meetings chaired", chaired, "chaired"),
                      section("出席的会议 Meetings attended", attended, "attended"),
                      section("调研 Visits made", visits, "visits")]
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

def people_in(b: Build, iri: str) -> Section:
    items = []
    for r in spans(b, b.select(D.ORG_PEOPLE, e=iri)):
        items.append(Item(link(r["h"], r["hl"]), date_span(r["first"], r["last"]), f"{r['title']} · {r['n']} 次 seen",
                          [], evidence(r), r["last"] or ""))
    return section("人员与职务 People and titles", items, "people")


def dated(b: Build, sparql: str, iri: str) -> list[tuple[str, Item]]:
    """(class, item) of each meeting or visit a ``data.dated_facts`` query finds."""
    out = []
    for f, rows in grouped(spans(b, b.select(sparql, e=iri))).items():
        r = rows[0]
        out.append((r["cls"], Item(link(f, r["label"]), date_span(r["date"], r["endDate"]), "",
                                   others(rows, "who", "whoLabel"), evidence(r), r["date"] or "")))
    return out


def visits_received(b: Build, iri: str) -> Section:
    return section("接待的调研 Visits received", [i for _, i in dated(b, D.VISITS_RECEIVED, iri)], "visits")


def meetings_at(b: Build, iri: str) -> Section:
    return section("在此召开的会议 Meetings held here", [i for _, i in dated(b, D.MEETINGS_AT, iri)], "meetings")


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


def enterprise(b: Build, iri: str) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "企业 enterprise", label, iri, alts, location_facts(b, iri))
    projects = []
    for f, rows in grouped(spans(b, b.select(D.ENTERPRISE_PROJECTS, e=iri))).items():
        r = rows[0]
        projects.append(Item(link(f, r["label"]), "", amount(r["amount"], r["approx"]),
                             others(rows, "where", "whereLabel"), evidence(r), r["published"] or ""))
    page.sections += [people_in(b, iri), section("项目与投资 Projects and amounts", projects, "projects"),
                      visits_received(b, iri)]
    return page


def organisation(b: Build, iri: str) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "机构 organisation", label, iri, alts, location_facts(b, iri))
    page.sections += [people_in(b, iri), meetings_at(b, iri), visits_received(b, iri)]
    return page


def place(b: Build, iri: str) -> Page:
    label, alts = names(b, iri)
    page = Page("entity", "地点 place", label, iri, alts)
    page.sections.append(meetings_at(b, iri))
    return page


# ---------------------------------------------------------------------------------------------
# divisions

def division(b: Build, iri: str) -> Page:
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

    events = dated(b, D.division_events(scope), iri)
    meetings = [i for cls, i in events if cls == KG + "Meeting"]
    visits = [i for cls, i in events if cls != KG + "Meeting"]
    projects = []
    for f, rows in grouped(spans(b, b.select(D.division_projects(scope), e=iri))).items():
        r = rows[0]
        projects.append(Item(link(f, r["label"]), "", amount(r["amount"], r["approx"]),
                             others(rows, "who", "whoLabel"), evidence(r), r["published"] or ""))
    enterprises = [Item(link(r["fact"], r["label"])) for r in b.select(D.division_enterprises(scope), e=iri)]
    page.counts_title = "在此出现的领导 Leaders seen here (meetings and visits)"
    page.counts = counts(b.select(D.division_leaders(scope), e=iri))
    page.sections += [section("会议 Meetings", meetings, "meetings"), section("调研 Visits", visits, "visits"),
                      section("项目与投资 Projects and amounts", projects, "projects"),
                      section("企业 Enterprises", enterprises, "enterprises")]
    page.histogram = histogram([(r["month"], int(r["n"])) for r in b.select(D.ARTICLES_BY_MONTH, e=iri)
                                if r["month"]])
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


def fact(b: Build, iri: str, kind: str) -> Page:
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
    page.sections.append(section("原文句子 Evidence sentences", items, "evidence"))
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


def search(b: Build, text: str) -> list[tuple[str, int, list[Hit]]]:
    """Entities whose name or short name contains ``text`` (or its simplified form), by kind:
    exact names first, then shorter ones; each with a line of context."""
    from ...pipeline.normalise import to_simplified
    text = text.strip()
    if not text:
        return []
    forms = {text, to_simplified(text)[0]}
    names, labels = b.names()
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
    return out


def home(b: Build) -> list[tuple[str, int]]:
    rows = b.select(D.COUNTS)
    return sorted(((r["cls"].rsplit("#", 1)[-1], int(r["n"])) for r in rows), key=lambda x: x[0])
