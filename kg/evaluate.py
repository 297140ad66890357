"""Evaluation against gold annotations (gold/SCHEMA.md beside the seeds).

The matching is the reference scorer's (gold/score.py), category for
category, so `kg eval` prints the same figures on the same graph; the gold of
a page that is not a .txt file (a web page) is matched by its own name.
"""
from __future__ import annotations

import glob
import json
import os
import re
import unicodedata
from collections import defaultdict

import rdflib
from rdflib import Namespace, RDF, RDFS
from rdflib.namespace import SKOS

KG = Namespace("https://w3id.org/localgov-kg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")

HEADLINE = ["persons", "official_titles", "enterprises", "enterprise_county", "meetings",
            "meeting_chair", "meeting_participant", "counties", "projects", "project_investment",
            "journalists", "visits"]

COUNTY_CANON = {
    "开发区": "开发区", "经济技术开发区": "开发区", "聊城经济技术开发区": "开发区", "经开区": "开发区",
    "聊城经济开发区": "开发区",
    "高新区": "高新区", "聊城高新区": "高新区", "聊城高新技术产业开发区": "高新区", "高新技术产业开发区": "高新区",
    "度假区": "度假区", "江北水城旅游度假区": "度假区", "旅游度假区": "度假区",
}


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"\s+", "", s)


def canon_div(s):
    s = norm(s)
    return COUNTY_CANON.get(s, s)


def _load_graph_files(paths):
    g = rdflib.Dataset(default_union=True)
    files = []
    for p in paths:
        if os.path.isdir(p):
            for ext in ("ttl", "nt", "trig", "nq", "jsonld"):
                files += glob.glob(os.path.join(p, "**", "*." + ext), recursive=True)
        else:
            files.append(p)
    fmt = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
    for f in files:
        g.parse(f, format=fmt[f.rsplit(".", 1)[-1]])
    return g


def labels(g, node):
    out = {norm(o) for o in g.objects(node, RDFS.label)}
    out |= {norm(o) for o in g.objects(node, SKOS.altLabel)}
    return {x for x in out if x}


def label(g, node):
    ls = sorted(norm(o) for o in g.objects(node, RDFS.label))
    return ls[0] if ls else None


def isa(g, node, cls):
    return (node, RDF.type, cls) in g


def extract(g):
    """Per source file: dict of predicted facts."""
    art_file = {}
    for a, f in g.subject_objects(KG.sourceFile):
        art_file[a] = os.path.basename(str(f))
    docs = defaultdict(lambda: defaultdict(set))
    ent_types = {KG.Person: "persons", KG.Enterprise: "enterprises", KG.County: "counties"}

    def derived_docs(node):
        return {art_file[a] for a in g.objects(node, PROV.wasDerivedFrom) if a in art_file}

    for a, doc in art_file.items():
        d = docs[doc]
        for e in g.objects(a, KG.mentions):
            if isa(g, e, KG.Person):
                d["persons"].add(label(g, e))
            if isa(g, e, KG.Enterprise):
                d["enterprises"].add(frozenset(labels(g, e)))
                for c in g.objects(e, KG.locatedIn):
                    for cc in county_of(g, c):
                        d["enterprise_county"].add((frozenset(labels(g, e)), cc))
            elif isa(g, e, KG.Organization):
                d["organizations"].add(label(g, e))
            if isa(g, e, KG.County):
                d["counties"].add(canon_div(label(g, e)))
        for p in list(g.objects(a, KG.author)) + list(g.objects(a, KG.editor)):
            d["journalists"].add(label(g, p))
            d["persons"].add(label(g, p))
    for post in g.subjects(RDF.type, KG.Post):
        holder = next(g.objects(post, KG.holder), None)
        titles = {norm(t) for t in g.objects(post, KG.title)}
        org = next(g.objects(post, KG.organization), None)
        for doc in derived_docs(post):
            if holder is None:
                continue
            name = label(g, holder)
            docs[doc]["persons"].add(name)
            if org is not None and isa(g, org, KG.Enterprise):
                for t in titles:
                    docs[doc]["enterprise_roles"].add((name, frozenset(labels(g, org)), t))
            else:
                cands = set(titles)
                if org is not None:
                    cands |= {ol + t for ol in labels(g, org) for t in titles}
                docs[doc]["official_titles"].add((name, frozenset(cands)))
    for m in g.subjects(RDF.type, KG.Meeting):
        rec = {
            "name": label(g, m) or "",
            "date": next((str(x) for x in g.objects(m, KG.date)), None),
            "chair": {label(g, p) for p in g.objects(m, KG.chair)},
            "participants": {label(g, p) for p in g.objects(m, KG.participant)},
            "location": {l for x in g.objects(m, KG.location) for l in labels(g, x)} |
                        {norm(x) for x in g.objects(m, KG.location) if isinstance(x, rdflib.Literal)},
        }
        for doc in derived_docs(m):
            docs[doc]["meetings"].add(json.dumps(rec, default=sorted, ensure_ascii=False))
    for v in g.subjects(RDF.type, KG.Visit):
        date = next((str(x) for x in g.objects(v, KG.date)), None)
        who = {label(g, p) for p in g.objects(v, KG.visitor)}
        for doc in derived_docs(v):
            for w in who:
                docs[doc]["visits"].add((w, date))
    for pr in g.subjects(RDF.type, KG.Project):
        inv = next((float(x) for x in g.objects(pr, KG.investment)), None)
        ent = next((frozenset(labels(g, e)) for e in g.objects(pr, KG.undertakenBy)), None)
        rec = (label(g, pr) or "", inv, ent)
        for doc in derived_docs(pr):
            docs[doc]["projects"].add(rec)
    return docs


def county_of(g, node):
    """County-level canonical names for a division node (itself or what it is part of)."""
    out, seen, todo = set(), set(), [node]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        if isa(g, n, KG.County):
            out.add(canon_div(label(g, n)))
        todo += list(g.objects(n, KG.partOf))
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def sim(a, b):
    a, b = norm(a) or "", norm(b) or ""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb)


def match_sets(gold, pred, eq, score=None):
    """One-to-one matching, best-scoring pairs first, deterministic whatever the
    order of the inputs; returns tp, fp, fn, pairs."""
    key = lambda v: json.dumps(v, default=lambda o: sorted(o, key=str), ensure_ascii=False, sort_keys=True)
    gold = sorted(gold, key=key)
    pred = sorted(pred, key=key)
    cand = []
    for gi, gv in enumerate(gold):
        for pi, pv in enumerate(pred):
            if eq(gv, pv):
                cand.append((-(score(gv, pv) if score else 1.0), gi, pi))
    cand.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in cand:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi); used_p.add(pi)
            pairs.append((gold[gi], pred[pi]))
    tp = len(pairs)
    return tp, len(pred) - tp, len(gold) - tp, pairs


def score_doc(gold, pred, misses=None):
    """Per-category (tp, fp, fn); when `misses` is a dict, the unmatched gold
    (missed) and predicted (invented) items of each category are put in it."""
    res = {}

    def note(cat, g, p, pairs):
        if misses is not None:
            mg = {id(a) for a, _ in pairs}
            mp = {id(b) for _, b in pairs}
            misses[cat] = ([x for x in g if id(x) not in mg], [x for x in p if id(x) not in mp])
    ent_names = [{norm(e["name"])} | {norm(a) for a in e.get("aliases", [])} for e in gold.get("enterprises", [])]

    def ent_eq(gnames, pnames):
        return bool(set(gnames) & set(pnames))

    def res_set(cat, g, p, eq=lambda a, b: a == b):
        g, p = list(g), list(p)
        tp, fp, fn, pairs = match_sets(g, p, eq)
        res[cat] = (tp, fp, fn)
        note(cat, g, p, pairs)

    res_set("persons", {norm(p["name"]) for p in gold.get("persons", [])}, {x for x in pred["persons"] if x})
    gt = {(norm(p["name"]), norm(t)) for p in gold.get("persons", []) if p.get("kind") == "official"
          for t in p.get("titles", [])}
    res_set("official_titles", gt, pred["official_titles"], lambda g_, p_: g_[0] == p_[0] and g_[1] in p_[1])
    res_set("enterprises", ent_names, pred["enterprises"], ent_eq)
    gec = [({norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}, canon_div(e["county"]))
           for e in gold.get("enterprises", []) if e.get("county")]
    res_set("enterprise_county", gec, pred["enterprise_county"], lambda g_, p_: g_[1] == p_[1] and ent_eq(g_[0], p_[0]))
    ger = [(norm(r["person"]), norm(r["enterprise"]), norm(r["role"])) for r in gold.get("enterprise_roles", [])]

    def er_eq(g_, p_):
        gnames = next((n for n in ent_names if g_[1] in n), {g_[1]})
        return g_[0] == p_[0] and ent_eq(gnames, p_[1]) and (g_[2] == p_[2] or g_[2] in p_[2] or p_[2] in g_[2])
    res_set("enterprise_roles", ger, pred["enterprise_roles"], er_eq)
    res_set("organizations", {norm(o) for o in gold.get("organizations", [])}, {x for x in pred["organizations"] if x})
    res_set("counties", {canon_div(c) for c in gold.get("counties", [])}, {x for x in pred["counties"] if x})
    res_set("journalists", {norm(p["name"]) for p in gold.get("persons", []) if p.get("kind") == "journalist"},
            {x for x in pred["journalists"] if x})

    gm = gold.get("meetings", [])
    pm = [json.loads(x) for x in pred["meetings"]]

    def meet_eq(g_, p_):
        if g_.get("date") and p_.get("date") and g_["date"] != p_["date"]:
            return False
        chair_ok = bool(set(map(norm, g_.get("chair") or [])) & set(p_.get("chair") or []))
        return sim(g_.get("name"), p_.get("name")) >= 0.5 or (chair_ok and g_.get("date") == p_.get("date"))
    def meet_score(g_, p_):
        chair = bool(set(map(norm, g_.get("chair") or [])) & set(p_.get("chair") or []))
        return sim(g_.get("name"), p_.get("name")) + 0.5 * (g_.get("date") == p_.get("date")) + 0.5 * chair
    tp, fp, fn, pairs = match_sets(gm, pm, meet_eq, meet_score)
    res["meetings"] = (tp, fp, fn)
    note("meetings", gm, pm, pairs)
    if misses is not None:
        misses["meeting_pairs"] = pairs
    # relation scores over matched + unmatched meetings
    for cat, gk, pk in (("meeting_chair", "chair", "chair"), ("meeting_participant", "attendees", "participants")):
        tp_ = fp_ = fn_ = 0
        matched_p = set()
        for g_, p_ in pairs:
            matched_p.add(id(p_))
            gs, ps = set(map(norm, g_.get(gk) or [])), set(p_.get(pk) or [])
            tp_ += len(gs & ps); fp_ += len(ps - gs); fn_ += len(gs - ps)
        matched_g = {id(g_) for g_, _ in pairs}
        fn_ += sum(len(g_.get(gk) or []) for g_ in gm if id(g_) not in matched_g)
        fp_ += sum(len(p_.get(pk) or []) for p_ in pm if id(p_) not in matched_p)
        res[cat] = (tp_, fp_, fn_)
    res["meeting_date"] = (sum(1 for g_, p_ in pairs if g_.get("date") and g_["date"] == p_.get("date")),
                           sum(1 for g_, p_ in pairs if p_.get("date") and g_.get("date") != p_.get("date")),
                           sum(1 for g_ in gm if g_.get("date")) - sum(1 for g_, p_ in pairs if g_.get("date") and g_["date"] == p_.get("date")))

    gv = {(norm(o), v.get("date")) for v in gold.get("visits", []) for o in v.get("officials", [])}
    res_set("visits", gv, pred["visits"], lambda g_, p_: g_[0] == p_[0] and (g_[1] is None or g_[1] == p_[1]))

    gp = gold.get("projects", [])
    pp = list(pred["projects"])

    def proj_eq(g_, p_):
        if g_.get("investment_cny") and p_[1] and abs(float(g_["investment_cny"]) - p_[1]) < 1:
            return sim(g_["name"], p_[0]) >= 0.3
        return sim(g_["name"], p_[0]) >= 0.6
    def proj_score(g_, p_):
        inv = bool(g_.get("investment_cny") and p_[1] and abs(float(g_["investment_cny"]) - p_[1]) < 1)
        return sim(g_["name"], p_[0]) + 0.5 * inv
    tp, fp, fn, pairs = match_sets(gp, pp, proj_eq, proj_score)
    res["projects"] = (tp, fp, fn)
    note("projects", gp, pp, pairs)
    ok = sum(1 for g_, p_ in pairs if g_.get("investment_cny") and p_[1] and abs(float(g_["investment_cny"]) - p_[1]) < 1)
    wrong = sum(1 for g_, p_ in pairs if p_[1] and not (g_.get("investment_cny") and abs(float(g_["investment_cny"]) - p_[1]) < 1))
    res["project_investment"] = (ok, wrong + sum(1 for p_ in pp if p_[1]) - sum(1 for _, p_ in pairs if p_[1]),
                                 sum(1 for g_ in gp if g_.get("investment_cny")) - ok)
    return res


def load_gold(folder: str) -> dict[str, dict]:
    golds = {}
    for f in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
        key = os.path.basename(d.get("doc") or f)
        if not key.endswith((".txt", ".html", ".htm")):
            key = os.path.splitext(os.path.basename(f))[0] + ".txt"
        golds[key] = d
    return golds


def evaluate(g, golds: dict[str, dict], docs: list[str] | None = None) -> tuple[dict, float]:
    """Per-category totals {cat: {tp, fp, fn, p, r, f1}} and the macro F1."""
    pred = extract(g)
    want = docs or list(golds)
    total = defaultdict(lambda: [0, 0, 0])
    for doc in want:
        r = score_doc(golds[doc], pred.get(doc, defaultdict(set)))
        for k, (tp, fp, fn) in r.items():
            t = total[k]; t[0] += tp; t[1] += fp; t[2] += fn
    rows = {}
    for k in sorted(total):
        tp, fp, fn = total[k]
        p, r, f = prf(tp, fp, fn)
        rows[k] = {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f}
    macro = sum(rows[k]["f1"] for k in HEADLINE if k in rows) / len(HEADLINE)
    return rows, macro


def format_errors(g, golds: dict[str, dict]) -> str:
    """Per page and category, what the graph missed (-) and invented (+)."""
    pred = extract(g)
    out = []
    for doc in sorted(golds):
        misses: dict = {}
        score_doc(golds[doc], pred.get(doc, defaultdict(set)), misses)
        pairs = misses.pop("meeting_pairs", [])
        for cat in sorted(misses):
            missed, invented = misses[cat]
            for sign, items in (("-", missed), ("+", invented)):
                for item in sorted(items, key=_show):
                    out.append(f"{doc}\t{cat}\t{sign} {_show(item)}")
        for gm, pm in pairs:
            for key, pk in (("chair", "chair"), ("attendees", "participants")):
                gs, ps = set(map(norm, gm.get(key) or [])), set(pm.get(pk) or [])
                if gs != ps:
                    out.append(f"{doc}\tmeeting_{pk}\t{gm.get('name')}: -{sorted(gs - ps)} +{sorted(ps - gs)}")
            if gm.get("date") != pm.get("date"):
                out.append(f"{doc}\tmeeting_date\t{gm.get('name')}: gold {gm.get('date')} graph {pm.get('date')}")
    return "".join(l + "\n" for l in out)


def _show(item) -> str:
    if isinstance(item, (set, frozenset)):
        return "|".join(sorted(item))
    if isinstance(item, tuple):
        return " ".join(_show(x) if x is not None else "-" for x in item)
    if isinstance(item, dict):
        return json.dumps(item, ensure_ascii=False, sort_keys=True)
    return str(item)


def format_table(rows: dict, macro: float) -> str:
    lines = [f"{'category':22} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for k, v in rows.items():
        lines.append(f"{k:22} {v['tp']:5} {v['fp']:5} {v['fn']:5} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}")
    lines.append(f"macro_f1={macro:.3f}")
    return "\n".join(lines) + "\n"
