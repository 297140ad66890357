"""Tables for analysts: the build's store as CSV and Parquet (pandas + pyarrow).

Each fact table has one row per fact (kg:Post, kg:Meeting, kg:Visit,
kg:Project) with the source file, article headline and sentence of its first
evidence span (by source file, then position) and ``evidence_spans``, the
number of spans stating it; ``evidence`` has every span, keyed by ``fact``.
``careers`` is the career table of elite-politics research (CPED's shape), one
row per spell (person × title × organisation): position, organisation, level,
division, start and end (stated by a notice or resume, else first and last
observed) and how each was known, observations, sources.

The tables are read from the store with SPARQL, so they agree with what the
saved queries see. Rows are sorted, so the same build gives the same bytes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..graph.store import open_build_store
from ..files import atomic_write

PREFIXES = """PREFIX kg:   <https://w3id.org/localgov-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

EVIDENCE = """SELECT ?fact ?fact_type ?evidence ?sentence ?start ?end ?extracted_by ?article ?source_file
       ?headline ?published
WHERE {
  ?fact a ?class ; kg:evidence ?evidence .
  VALUES ?class { kg:Post kg:Meeting kg:Visit kg:Project }
  BIND(STRAFTER(STR(?class), "#") AS ?fact_type)
  OPTIONAL { ?evidence kg:text ?sentence }
  OPTIONAL { ?evidence kg:start ?start }
  OPTIONAL { ?evidence kg:end ?end }
  OPTIONAL { ?evidence kg:extractedBy ?extracted_by }
  OPTIONAL { ?evidence prov:wasDerivedFrom ?article .
             OPTIONAL { ?article kg:sourceFile ?source_file }
             OPTIONAL { ?article kg:headline ?headline }
             OPTIONAL { ?article kg:published ?published } }
}"""

PERSONS = """SELECT ?person ?name ?alt_name WHERE {
  ?person a kg:Person ; rdfs:label ?name .
  OPTIONAL { ?person skos:altLabel ?alt_name }
}"""

POSTS = """SELECT ?post ?person ?name ?title ?organization ?organization_name ?organization_is_enterprise
       ?observed_on ?former ?division_name
WHERE {
  ?post a kg:Post ; kg:holder ?person ; kg:title ?title .
  OPTIONAL { ?person rdfs:label ?name }
  OPTIONAL { ?post kg:organization ?organization .
             OPTIONAL { ?organization rdfs:label ?organization_name }
             OPTIONAL { ?organization kg:locatedIn/rdfs:label ?division_name } }
  BIND(BOUND(?organization) && EXISTS { ?organization a kg:Enterprise } AS ?organization_is_enterprise)
  OPTIONAL { ?post kg:observedOn ?observed_on }
  OPTIONAL { ?post kg:former ?former_flag }
  BIND(COALESCE(?former_flag, false) AS ?former)
}"""

DIVISION_NAMES = """SELECT ?division ?division_label ?name ?class ?code WHERE {
  ?division a ?class ; rdfs:label ?division_label ; rdfs:label|skos:altLabel ?name .
  VALUES ?class { kg:AdministrativeDivision kg:County kg:Town }
  OPTIONAL { ?division kg:adminCode ?code }
}"""

# what resume sentences state of a person (kg:Biography)
BIOGRAPHIES = """SELECT ?person ?field ?value ?source_file WHERE {
  ?bio a kg:Biography ; kg:biographyOf ?person ; ?p ?v ; prov:wasDerivedFrom ?article .
  ?article kg:sourceFile ?source_file .
  VALUES (?p ?field) { (<https://schema.org/gender> "gender") (kg:ethnicity "ethnicity")
                       (<https://schema.org/birthDate> "birth") (kg:nativePlace "native_place")
                       (kg:education "education") (kg:partyMembership "party") (kg:partyJoined "party_joined")
                       (kg:workStart "work_start") }
  BIND(IF(isIRI(?v), IF(?v = <https://schema.org/Male>, "男", "女"), STR(?v)) AS ?value)
}"""
BIOGRAPHY_COLUMNS = ["gender", "ethnicity", "birth", "native_place", "education", "party", "party_joined",
                     "work_start"]

# what notices and resumes state of a post's spell (kg:startsOn, kg:endsOn, kg:appointmentAct)
SPELLS = """SELECT ?post ?starts_on ?ends_on ?act WHERE {
  ?post a kg:Post .
  { ?post kg:startsOn ?starts_on } UNION { ?post kg:endsOn ?ends_on } UNION { ?post kg:appointmentAct ?act }
}"""

MEETINGS = """SELECT ?meeting ?name ?date ?end_date ?location ?location_name WHERE {
  ?meeting a kg:Meeting .
  OPTIONAL { ?meeting rdfs:label ?name }
  OPTIONAL { ?meeting kg:date ?date }
  OPTIONAL { ?meeting kg:endDate ?end_date }
  OPTIONAL { ?meeting kg:location ?location . OPTIONAL { ?location rdfs:label ?location_name } }
}"""

ATTENDANCE = """SELECT ?meeting ?person ?name ?role WHERE {
  ?meeting a kg:Meeting ; ?property ?person .
  VALUES (?property ?role) { (kg:chair "chair") (kg:participant "participant") }
  OPTIONAL { ?person rdfs:label ?name }
}"""

VISITS = """SELECT ?visit ?label ?date ?end_date ?visitor ?visitor_name ?visited ?visited_name ?visited_type WHERE {
  ?visit a kg:Visit .
  OPTIONAL { ?visit rdfs:label ?label }
  OPTIONAL { ?visit kg:date ?date }
  OPTIONAL { ?visit kg:endDate ?end_date }
  OPTIONAL { ?visit kg:visitor ?visitor . OPTIONAL { ?visitor rdfs:label ?visitor_name } }
  OPTIONAL { ?visit kg:visited ?visited . OPTIONAL { ?visited rdfs:label ?visited_name }
             OPTIONAL { ?visited a ?visited_class . VALUES ?visited_class { kg:Enterprise kg:County kg:Town
                        kg:AdministrativeDivision }
                        BIND(STRAFTER(STR(?visited_class), "#") AS ?visited_type) } }
}"""

ENTERPRISES = """SELECT ?enterprise ?name ?located_in_name ?county ?county_code WHERE {
  ?enterprise a kg:Enterprise ; rdfs:label ?name .
  OPTIONAL { ?enterprise kg:locatedIn ?where . OPTIONAL { ?where rdfs:label ?located_in_name }
             OPTIONAL { ?where kg:partOf* ?county_node . ?county_node a kg:County ; rdfs:label ?county .
                        OPTIONAL { ?county_node kg:adminCode ?county_code } } }
}"""

ENTERPRISE_ALT_NAMES = """SELECT DISTINCT ?enterprise ?alt_name WHERE {
  ?enterprise a kg:Enterprise ; skos:altLabel ?alt_name .
}"""

ENTERPRISE_MENTIONS = """SELECT DISTINCT ?enterprise ?article ?source_file WHERE {
  ?enterprise a kg:Enterprise . ?article kg:mentions ?enterprise .
  OPTIONAL { ?article kg:sourceFile ?source_file }
}"""

PROJECTS = """SELECT ?project ?name ?investment ?approximate ?enterprise ?enterprise_name ?located_in_name ?county
WHERE {
  ?project a kg:Project .
  OPTIONAL { ?project rdfs:label ?name }
  OPTIONAL { ?project kg:investment ?investment }
  OPTIONAL { ?project kg:approximate ?approximate_flag }
  BIND(COALESCE(?approximate_flag, false) AS ?approximate)
  OPTIONAL { ?project kg:undertakenBy ?enterprise . OPTIONAL { ?enterprise rdfs:label ?enterprise_name } }
  OPTIONAL { ?project kg:locatedIn ?where . OPTIONAL { ?where rdfs:label ?located_in_name }
             OPTIONAL { ?where kg:partOf* ?county_node . ?county_node a kg:County ; rdfs:label ?county } }
}"""

TABLES = ("persons", "posts", "careers", "meetings", "attendance", "visits", "enterprises", "projects", "evidence")
INTEGER_COLUMNS = {"start", "end", "evidence_spans", "observations", "former_observations", "posts",
                   "meetings_chaired", "meetings_attended", "visits", "articles", "participants_count"}
BOOLEAN_COLUMNS = {"former", "approximate", "organization_is_enterprise"}
DATE_COLUMNS = {"observed_on", "date", "end_date", "published", "first_observed", "last_observed"}
EVIDENCE_COLUMNS = ["source_file", "headline", "sentence", "start", "end", "evidence_spans"]



@dataclass(frozen=True)
class Tables:
    frames: dict[str, pd.DataFrame]


def _select(store, sparql: str) -> pd.DataFrame:
    res = store.query(PREFIXES + sparql)
    cols = [v.value for v in res.variables]
    rows = [[None if sol[c] is None else sol[c].value for c in cols] for sol in res]
    return pd.DataFrame(rows, columns=cols, dtype=object)


def _join(values) -> str | None:
    items = sorted({v for v in values if isinstance(v, str) and v})
    return "、".join(items) if items else None


def _first_evidence(facts: pd.DataFrame, key: str, evidence: pd.DataFrame) -> pd.DataFrame:
    """Add the first evidence span of each fact and the number of spans."""
    ev = evidence.sort_values(["fact", "source_file", "start", "end", "evidence"], na_position="last")
    first = ev.drop_duplicates("fact").set_index("fact")
    counts = ev.groupby("fact").size()
    out = facts.copy()
    for c in ("source_file", "headline", "sentence", "start", "end"):
        out[c] = out[key].map(first[c])
    out["evidence_spans"] = out[key].map(counts).fillna(0)
    return out


def _division_of(names: pd.DataFrame):
    """The division whose name (label or altLabel) the organisation's name starts with, longest first."""
    pairs = sorted(((n, lab) for n, lab in zip(names["name"], names["division_label"]) if n),
                   key=lambda p: (-len(p[0]), p[0], p[1]))

    def find(org: str | None) -> str | None:
        if not org:
            return None
        for n, lab in pairs:
            if org.startswith(n):
                return lab
        return None
    return find


def collect(store_path: Path) -> Tables:
    """Read every table from the build's store (opened read-only)."""
    store = open_build_store(store_path)

    evidence = _select(store, EVIDENCE)
    evidence["start"] = pd.to_numeric(evidence["start"])
    evidence["end"] = pd.to_numeric(evidence["end"])

    posts = _select(store, POSTS)
    names = _select(store, DIVISION_NAMES)
    division = _division_of(names)
    posts["division"] = [d if isinstance(d, str) else division(o)
                         for d, o in zip(posts["division_name"], posts["organization_name"])]
    posts = posts.drop(columns="division_name").drop_duplicates("post")
    spells = _select(store, SPELLS).groupby("post")
    posts["starts_on"] = posts["post"].map(spells["starts_on"].min())
    posts["ends_on"] = posts["post"].map(spells["ends_on"].max())
    posts["act"] = posts["post"].map(spells["act"].agg(_join))
    level = _levels(names)
    posts["level"] = posts["division"].map(lambda d: level.get(d) if isinstance(d, str) else None)
    posts["former"] = posts["former"] == "true"
    posts["organization_is_enterprise"] = posts["organization_is_enterprise"] == "true"
    posts = _first_evidence(posts, "post", evidence)

    careers = _careers(posts)

    attendance = _select(store, ATTENDANCE)
    meetings = _select(store, MEETINGS).drop_duplicates("meeting")
    chairs = attendance[attendance.role == "chair"].groupby("meeting")["name"].agg(_join)
    parts = attendance[attendance.role == "participant"].groupby("meeting")
    meetings["chair"] = meetings["meeting"].map(chairs)
    meetings["participants"] = meetings["meeting"].map(parts["name"].agg(_join))
    meetings["participants_count"] = meetings["meeting"].map(parts["person"].nunique()).fillna(0)
    meetings = _first_evidence(meetings, "meeting", evidence)
    attendance = attendance.merge(meetings[["meeting", "name", "date"]].rename(
        columns={"name": "meeting_name"}), on="meeting", how="left")

    v = _select(store, VISITS)
    visits = v.drop_duplicates("visit")[["visit", "label", "date", "end_date"]].copy()
    g = v.groupby("visit")
    visits["visitors"] = visits["visit"].map(g["visitor_name"].agg(_join))
    visits["visited"] = visits["visit"].map(g["visited_name"].agg(_join))
    visits["visited_types"] = visits["visit"].map(g["visited_type"].agg(_join))
    visits = _first_evidence(visits, "visit", evidence)

    e = _select(store, ENTERPRISES)
    enterprises = e.drop_duplicates("enterprise")[["enterprise", "name"]].copy()
    alt = _select(store, ENTERPRISE_ALT_NAMES).groupby("enterprise")["alt_name"].agg(_join)
    mentions = _select(store, ENTERPRISE_MENTIONS).groupby("enterprise")
    g = e.groupby("enterprise")
    enterprises["alt_names"] = enterprises["enterprise"].map(alt)
    for col, src in (("located_in", "located_in_name"), ("county", "county"), ("county_code", "county_code")):
        enterprises[col] = enterprises["enterprise"].map(g[src].agg(_join))
    enterprises["source_files"] = enterprises["enterprise"].map(mentions["source_file"].agg(_join))
    enterprises["articles"] = enterprises["enterprise"].map(mentions["article"].nunique()).fillna(0)

    p = _select(store, PROJECTS)
    projects = p.drop_duplicates("project").drop(columns=["located_in_name", "county"]).copy()
    g = p.groupby("project")
    projects["located_in"] = projects["project"].map(g["located_in_name"].agg(_join))
    projects["county"] = projects["project"].map(g["county"].agg(_join))
    projects["investment"] = pd.to_numeric(projects["investment"])
    projects["approximate"] = projects["approximate"] == "true"
    projects = _first_evidence(projects, "project", evidence)

    pp = _select(store, PERSONS)
    persons = pp.drop_duplicates("person")[["person", "name"]].copy()
    persons["alt_names"] = persons["person"].map(pp.groupby("person")["alt_name"].agg(_join))
    persons["posts"] = persons["person"].map(posts.groupby("person").size()).fillna(0)
    persons["meetings_chaired"] = persons["person"].map(
        attendance[attendance.role == "chair"].groupby("person")["meeting"].nunique()).fillna(0)
    persons["meetings_attended"] = persons["person"].map(
        attendance[attendance.role == "participant"].groupby("person")["meeting"].nunique()).fillna(0)
    persons["visits"] = persons["person"].map(v.groupby("visitor")["visit"].nunique()).fillna(0)
    persons = _with_biographies(persons, _select(store, BIOGRAPHIES))

    frames = {"persons": persons, "posts": posts, "careers": careers, "meetings": meetings,
              "attendance": attendance, "visits": visits, "enterprises": enterprises, "projects": projects,
              "evidence": evidence}
    return Tables({name: _tidy(frames[name]) for name in TABLES})


def _with_biographies(persons: pd.DataFrame, bios: pd.DataFrame) -> pd.DataFrame:
    """Each person's biography fields: the value most sentences state (then the first by source file),
    and the files that state any (biography_sources)."""
    out = persons.copy()
    for field in BIOGRAPHY_COLUMNS:
        rows = bios[bios["field"] == field]
        best = {}
        for person, group in rows.groupby("person"):
            counts = group.groupby("value").agg(n=("source_file", "size"), first=("source_file", "min"))
            best[person] = min(counts.itertuples(), key=lambda r: (-r.n, r.first, r.Index)).Index
        out[field] = out["person"].map(best)
    out["biography_sources"] = out["person"].map(bios.groupby("person")["source_file"].agg(_join))
    return out


def _levels(names: pd.DataFrame) -> dict[str, str]:
    """A division's level by its label: county, town, city or province (by its code)."""
    out = {}
    for label, cls, code in zip(names["division_label"], names["class"], names["code"]):
        kind = str(cls).rsplit("#", 1)[-1]
        if kind == "County":
            out[label] = "county"
        elif kind == "Town":
            out[label] = "town"
        elif isinstance(code, str) and len(code) == 6:
            out.setdefault(label, "province" if code.endswith("0000") else "city")
    return out


def _careers(posts: pd.DataFrame) -> pd.DataFrame:
    """One row per spell: person, title and organisation (CPED's career record).  start and end are
    what notices and resumes state (kg:startsOn, kg:endsOn: the earliest start, the latest end,
    a day or a month), else the first and last date the title was observed as current;
    start_known / end_known say which (stated / observed), acts the verbs that stated them.
    observations counts the current observations, former_observations the 原/时任/曾任 ones, which
    date nothing unless a resume gives their months; sources lists the files of both."""
    from ..pipeline.extract.people import post_words
    from ..pipeline.persons import post_word
    keys = ["person", "name", "title", "organization", "organization_name", "division"]
    filled = posts.assign(**{k: posts[k].fillna("") for k in keys})
    current, past = filled[~filled["former"]], filled[filled["former"]]
    out = current.groupby(keys).agg(first_observed=("observed_on", "min"), last_observed=("observed_on", "max"),
                                     observations=("post", "nunique")).reset_index()
    former = past.groupby(keys).size().rename("former_observations").reset_index()
    g = filled.groupby(keys)
    stated = pd.concat([g["source_file"].agg(_join).rename("sources"), g["starts_on"].min().rename("stated_start"),
                        g["ends_on"].max().rename("stated_end"), g["act"].agg(_join).rename("acts"),
                        g["level"].first()], axis=1).reset_index()
    out = out.merge(former, on=keys, how="outer").merge(stated, on=keys, how="left")
    out["observations"] = out["observations"].fillna(0)
    out["former_observations"] = out["former_observations"].fillna(0)
    words = frozenset(post_words())
    out["position"] = [post_word(t, words) if t else None for t in out["title"]]
    first = out["first_observed"].map(lambda d: d if isinstance(d, str) else None)
    last = out["last_observed"].map(lambda d: d if isinstance(d, str) else None)
    out["start"] = out["stated_start"].where(out["stated_start"].notna(), first)
    out["end"] = out["stated_end"].where(out["stated_end"].notna(), last)
    out["start_known"] = ["stated" if isinstance(a, str) else "observed" if isinstance(b, str) else None
                          for a, b in zip(out["stated_start"], first)]
    out["end_known"] = ["stated" if isinstance(a, str) else "observed" if isinstance(b, str) else None
                        for a, b in zip(out["stated_end"], last)]
    out = out.drop(columns=["stated_start", "stated_end"]).rename(columns={"start": "spell_start", "end": "spell_end"})
    for k in keys:
        out[k] = out[k].replace("", None)
    return out[CAREER_COLUMNS]


CAREER_COLUMNS = ["person", "name", "position", "title", "organization", "organization_name", "level", "division",
                  "spell_start", "start_known", "spell_end", "end_known", "acts", "first_observed", "last_observed",
                  "observations", "former_observations", "sources"]


def _tidy(df: pd.DataFrame) -> pd.DataFrame:
    """Typed columns (nullable integers, booleans, dates), sorted rows, a fresh index."""
    df = df.copy()
    for c in df.columns:
        if c in INTEGER_COLUMNS:
            df[c] = pd.to_numeric(df[c]).astype("Int64")
        elif c in BOOLEAN_COLUMNS:
            df[c] = df[c].astype("boolean")
        elif c in DATE_COLUMNS:
            df[c] = pd.to_datetime(df[c], format="%Y-%m-%d").dt.date.astype(object)
            df[c] = df[c].where(df[c].notna(), None)
        elif c == "investment":
            df[c] = pd.to_numeric(df[c]).astype("Float64")
        else:
            df[c] = df[c].astype("string")
    # names and dates first, IRIs (hashes) only to break ties
    iri = [c for c in df.columns if df[c].dtype == "string" and df[c].str.startswith("http").any()]
    order = [c for c in df.columns if c not in iri] + iri
    return df.sort_values(order, na_position="last", kind="mergesort").reset_index(drop=True)


def write(tables: Tables, out: Path) -> list[Path]:
    """Write NAME.csv and NAME.parquet for each table; each file replaced atomically."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables.frames.items():
        for suffix in ("csv", "parquet"):
            target = out / f"{name}.{suffix}"
            if suffix == "csv":
                atomic_write(target, lambda tmp: df.to_csv(tmp, index=False, encoding="utf-8"))
            else:
                atomic_write(target, lambda tmp: df.to_parquet(tmp, index=False, engine="pyarrow"))
            written.append(target)
    return written
