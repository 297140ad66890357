"""What the browser reads from a build: the store (read-only) and the pages' text.

Every query here is a constant SPARQL text; what a request names (an entity, an
article, an evidence span, a search string) reaches the store only as an RDF
term bound to a variable (pyoxigraph's ``substitutions``), never pasted in.

The build folder is swapped whole when a build completes (kg/build/assemble.py):
``Build`` notices a new store folder by its inode and opens it, so a browser
left running shows the latest build without a restart, and its read-only
handle never blocks a build, a query or a load beside it.
"""
from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ...build.cache import PAGES_DIR, INDEX_NAME, read_full
from ...graph.query import Param, SavedQuery, bind
from ...graph.store import open_build_store
from ...pipeline.resolve import BASE, article_iri

PREFIXES = """PREFIX kg:   <https://w3id.org/localgov-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
KG = "https://w3id.org/localgov-kg/ontology#"

# the IRI kinds a page can show (kgr:{kind}/{key}) and what their keys look like
KINDS = ("person", "org", "enterprise", "division", "place", "meeting", "visit", "project", "post", "article")
KEY = re.compile(r"[0-9a-f]{16}|[0-9]{6}")


def iri_of(kind: str, key: str) -> str | None:
    """The entity IRI a URL path names, or None when it cannot be one of ours."""
    if kind not in KINDS or not KEY.fullmatch(key):
        return None
    return f"{BASE}{kind}/{key}"


def path_of(iri: str) -> str | None:
    """``kind/key`` of one of our IRIs (the page's address under /id/), or None."""
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE):]
    kind, _, key = rest.partition("/")
    return rest if kind in KINDS and KEY.fullmatch(key) else None


def _plain(t) -> str | None:
    return None if t is None else t.value


@dataclass
class Build:
    """A build folder as the browser reads it."""
    folder: Path

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._inode = None
        self._store = None
        self._pages: dict[str, str] | None = None
        self._names_lock = threading.Lock()
        self._names: tuple[ox.Store, list[tuple[str, str]], dict[str, str]] | None = None

    @property
    def store_path(self) -> Path:
        return self.folder / "store"

    def store(self) -> ox.Store:
        """The store, reopened when a new build has been swapped in.  A build swaps its folder in
        with two renames (kg/build/assemble.py, _swap): in the moment between them there is no
        store at the path, and the handle already open keeps answering."""
        try:
            inode = os.stat(self.store_path).st_ino
        except FileNotFoundError:
            with self._lock:
                if self._store is None:
                    raise
                return self._store
        with self._lock:
            if self._store is None or inode != self._inode:
                self._store = open_build_store(self.store_path)
                self._inode = inode
                self._pages = None
                self._names = None
            return self._store

    def select(self, sparql: str, **bound: str) -> list[dict[str, str | None]]:
        """The rows of a SELECT query (values as plain strings) with ``bound`` variables bound the way
        saved queries bind their parameters (kg/graph/query.py: a ``VALUES`` block of an RDF term in
        each group that uses the variable): ``e`` an IRI, any other a plain string literal."""
        params = tuple(Param(k, "iri" if k == "e" else "string", "") for k in sorted(bound))
        text = bind(SavedQuery("browse", PREFIXES + sparql, "", "", params, None), bound)
        res = self.store().query(text)
        cols = [v.value for v in res.variables]
        return [{c: _plain(sol[c]) for c in cols} for sol in res]

    def names(self, wait: bool = True) -> tuple[list[tuple[str, str]], dict[str, str]] | None:
        """Every name and short name of the entities a search finds, as (name, IRI), and each one's
        label; read once per store (0.7 s on 10k pages, 8 s on 100k), then searched in memory.
        Pages are served while it is read (no lock of the store is held); a caller that does not
        ``wait`` gets None until it is read."""
        store = self.store()
        current = self._names
        if current is not None and current[0] is store:
            return current[1], current[2]
        if not self._names_lock.acquire(blocking=wait):
            return None
        try:
            current = self._names
            if current is None or current[0] is not store:
                current = (store, *self._read_names(store))
                self._names = current
            return current[1], current[2]
        finally:
            self._names_lock.release()

    @staticmethod
    def _read_names(store: ox.Store) -> tuple[list[tuple[str, str]], dict[str, str]]:
        names, labels = [], {}
        for r in store.query(PREFIXES + NAME_INDEX):
            iri, name = r["o"].value, r["name"].value
            if iri.startswith(UNSEARCHED) or path_of(iri) is None:
                continue
            names.append((name, iri))
            if r["alt"] is None and (iri not in labels or name < labels[iri]):
                labels[iri] = name
        names.sort()
        return names, labels

    def named(self, forms: set[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
        """The entities whose name or short name is exactly one of ``forms`` (index lookups, for a
        search made before every name is read), as ``names`` gives them."""
        store = self.store()
        names, labels = [], {}
        for form in sorted(forms):
            for pred in (RDFS_LABEL, SKOS_ALT):
                for q in store.quads_for_pattern(None, pred, ox.Literal(form, language="zh"), ox.DefaultGraph()):
                    iri = q.subject.value
                    if isinstance(q.subject, ox.NamedNode) and not iri.startswith(UNSEARCHED) and path_of(iri):
                        names.append((form, iri))
        for _, iri in names:
            own = [q.object.value for q in store.quads_for_pattern(ox.NamedNode(iri), RDFS_LABEL, None,
                                                                   ox.DefaultGraph())]
            if own:
                labels[iri] = min(own)
        return sorted(set(names)), labels

    def evidence(self, spans) -> dict[str, dict[str, str | None]]:
        """The sentence, offsets, rule and article (its headline, date and newspaper) of each evidence
        span, read by index lookups of the spans' own triples (a join of the spans with a page's facts
        in one query is planned badly by the engine on large stores)."""
        store = self.store()
        out: dict[str, dict[str, str | None]] = {}
        articles: dict[str, dict[str, str | None]] = {}
        for ev in sorted({s for s in spans if s}):
            d: dict[str, str | None] = {"ev": ev, "text": None, "start": None, "end": None, "article": None,
                                         "rule": None}
            for q in store.quads_for_pattern(ox.NamedNode(ev), None, None, ox.DefaultGraph()):
                name = SPAN_FIELDS.get(q.predicate.value)
                if name:
                    d[name] = q.object.value
            art = d["article"]
            if art is not None:
                if art not in articles:
                    a: dict[str, str | None] = {"headline": None, "published": None, "newspaper": None}
                    for q in store.quads_for_pattern(ox.NamedNode(art), None, None, ox.DefaultGraph()):
                        name = ARTICLE_FIELDS.get(q.predicate.value)
                        if name:
                            a[name] = q.object.value
                    articles[art] = a
                d.update(articles[art])
            out[ev] = d
        return out

    def page_keys(self) -> dict[str, str]:
        """Source path -> key of its records in BUILD/pages (the build's own index, read as it is:
        the records stay readable whichever version of the tool wrote them)."""
        self.store()
        with self._lock:
            if self._pages is None:
                try:
                    data = json.loads((self.folder / PAGES_DIR / INDEX_NAME).read_text(encoding="utf-8"))
                    pages = data.get("pages") if isinstance(data, dict) else None
                    self._pages = {str(k): str(v) for k, v in pages.items()} if isinstance(pages, dict) else {}
                except (OSError, ValueError):
                    self._pages = {}
            return self._pages

    def article_text(self, source_file: str, iri: str) -> tuple[str, int] | None:
        """The text of the article ``iri`` as read from its page (the decoded file, or an HTML
        page's main text: the text evidence offsets count in) and where it starts in the page;
        None when the build kept no records of the page."""
        key = self.page_keys().get(source_file)
        if key is None or not re.fullmatch(r"[0-9a-f]+", key):
            return None
        try:
            records = read_full(self.folder / PAGES_DIR / f"{key}.rec")
        except (OSError, EOFError, ValueError, ImportError, AttributeError):
            return None
        text = records.split.text
        for art in records.split.articles:
            if article_iri(source_file, art.index) != iri:
                continue
            spans = [*art.headline_spans, *art.paragraphs]
            if not spans:
                return "", 0
            start, end = text.raw_span(min(s.start for s in spans), max(s.end for s in spans))
            return text.raw[start:end], start
        return None


RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
SPAN_FIELDS = {KG + "text": "text", KG + "start": "start", KG + "end": "end", KG + "extractedBy": "rule",
               "http://www.w3.org/ns/prov#wasDerivedFrom": "article"}
ARTICLE_FIELDS = {KG + "headline": "headline", KG + "published": "published", KG + "newspaper": "newspaper"}


# ---------------------------------------------------------------------------------------------
# The queries.  ?e is the entity of the page, bound as an RDF term.  Every required pattern comes
# before the OPTIONAL groups: the engine evaluates a required pattern that follows an OPTIONAL on
# its own and joins it afterwards (on 10k pages, ?post kg:evidence ?ev after an OPTIONAL took 7 s
# where before it took under a millisecond).

TYPES = "SELECT ?type WHERE { ?e a ?type }"

NAMES = """SELECT ?label ?alt WHERE {
  ?e rdfs:label ?label .
  OPTIONAL { ?e skos:altLabel ?alt }
}"""

LABEL = "SELECT ?label WHERE { ?e rdfs:label ?label }"

# persons: the tenures (derived) with the evidence of their latest post
PERSON_TENURES = f"""SELECT ?t ?title ?org ?orgLabel ?first ?last ?n ?post ?ev WHERE {{
  ?t kg:tenureHolder ?e ; kg:tenureTitle ?title ; kg:firstObserved ?first ; kg:lastObserved ?last ;
     kg:observations ?n ; kg:lastPost ?post .
  ?post kg:evidence ?ev .
  OPTIONAL {{ ?t kg:tenureOrganization ?org . ?org rdfs:label ?orgLabel }}
}}"""

# posts the tenures leave out: past titles (kg:former) and undated posts
PERSON_OTHER_POSTS = f"""SELECT ?fact ?title ?org ?orgLabel ?former ?date ?ev WHERE {{
  ?fact kg:holder ?e ; kg:title ?title ; kg:evidence ?ev .
  OPTIONAL {{ ?fact kg:former ?former }}
  OPTIONAL {{ ?fact kg:observedOn ?date }}
  FILTER(COALESCE(?former, false) || !BOUND(?date))
  OPTIONAL {{ ?fact kg:organization ?org . ?org rdfs:label ?orgLabel }}
}}"""

# the meetings and visits a person took part in, one evidence span each (the least IRI)
PERSON_EVENTS = f"""SELECT ?fact ?role ?label ?date ?endDate ?where ?whereLabel ?ev WHERE {{
  {{ SELECT ?fact ?role (MIN(STR(?ev0)) AS ?ev) WHERE {{
      ?fact ?role ?e ; kg:evidence ?ev0 .
      FILTER(?role IN (kg:chair, kg:participant, kg:visitor))
    }} GROUP BY ?fact ?role }}
  OPTIONAL {{ ?fact rdfs:label ?label }}
  OPTIONAL {{ ?fact kg:date ?date }}
  OPTIONAL {{ ?fact kg:endDate ?endDate }}
  OPTIONAL {{ ?fact kg:location|kg:visited ?where . ?where rdfs:label ?whereLabel }}
}}"""

# the people a person met: fellow chairs, participants and visitors, by shared meetings and visits
PERSON_MET = """SELECT ?o ?label (COUNT(DISTINCT ?fact) AS ?n) WHERE {
  ?fact kg:chair|kg:participant|kg:visitor ?e .
  ?fact kg:chair|kg:participant|kg:visitor ?o .
  FILTER(?o != ?e)
  ?o rdfs:label ?label .
} GROUP BY ?o ?label ORDER BY DESC(?n) STR(?label) ?o LIMIT 15"""

# what a person visited, with how often
PERSON_VISITED = """SELECT ?o ?label (COUNT(DISTINCT ?fact) AS ?n) WHERE {
  ?fact kg:visitor ?e ; kg:visited ?o .
  ?o rdfs:label ?label .
} GROUP BY ?o ?label ORDER BY DESC(?n) STR(?label) ?o LIMIT 30"""

SAME_NAME = """SELECT ?o WHERE {
  ?e rdfs:label ?label .
  ?o rdfs:label ?label ; a kg:Person .
  FILTER(?o != ?e)
} ORDER BY ?o LIMIT 20"""

# a person's latest title: the context line of search results and namesakes
LATEST_TITLE = """SELECT ?title ?orgLabel ?last ?n WHERE {
  ?t kg:tenureHolder ?e ; kg:tenureTitle ?title ; kg:lastObserved ?last ; kg:observations ?n .
  OPTIONAL { ?t kg:tenureOrganization ?org . ?org rdfs:label ?orgLabel }
} ORDER BY DESC(?last) DESC(?n) STR(?title) LIMIT 4"""

# organisations and enterprises: who held which title in it.  The tenures (kg/graph/tenures.py)
# summarise the dated current posts, one per holder and title: the store orders them and hands over
# one screen (?start, ?size), and counts them apart.  The posts they leave out (past titles,
# undated posts) are read from the posts, one evidence span per holder and title.
ORG_TENURES = """SELECT ?t ?h (MIN(?hl0) AS ?hl) ?title ?first ?last ?n (MIN(STR(?ev0)) AS ?ev) WHERE {
  { SELECT ?t ?last WHERE { ?t kg:tenureOrganization ?e ; kg:lastObserved ?last }
    ORDER BY DESC(?last) ?t OFFSET {start} LIMIT {size} }
  ?t kg:tenureHolder ?h ; kg:tenureTitle ?title ; kg:firstObserved ?first ; kg:observations ?n ;
     kg:lastPost ?post .
  ?post kg:evidence ?ev0 .
  ?h rdfs:label ?hl0 .
} GROUP BY ?t ?h ?title ?first ?last ?n ORDER BY DESC(?last) ?t"""

ORG_TENURE_COUNT = "SELECT (COUNT(?t) AS ?n) WHERE { ?t kg:tenureOrganization ?e }"

ORG_POST_COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p kg:organization ?e }"

ORG_OTHER_POSTS = """SELECT ?h (MIN(?hl0) AS ?hl) ?title ?former (MIN(?d) AS ?first) (MAX(?d) AS ?last) (COUNT(DISTINCT ?p) AS ?n)
       (MIN(STR(?ev0)) AS ?ev) WHERE {
  ?p kg:organization ?e ; kg:holder ?h ; kg:title ?title ; kg:evidence ?ev0 .
  OPTIONAL { ?p kg:former ?former }
  OPTIONAL { ?p kg:observedOn ?d }
  FILTER(COALESCE(?former, false) || !BOUND(?d))
  ?h rdfs:label ?hl0 .
} GROUP BY ?h ?title ?former"""

# where an enterprise or organisation is
LOCATION = """SELECT ?where ?whereLabel ?county ?countyLabel WHERE {
  { ?e kg:locatedIn ?where . ?where rdfs:label ?whereLabel }
  UNION { ?e kg:inCounty ?county . ?county rdfs:label ?countyLabel }
}"""

def projects(scope: str, who: str) -> str:
    """One screen (``{start}``, ``{size}``) of the projects ``scope`` finds (a pattern on ?fact and
    ?e), latest reported first (the latest day an article reported them; unreported last, then by
    IRI: the order shown), one evidence span each, with their amounts and what ``who`` links them to (?who)."""
    return f"""SELECT ?fact ?label ?amount ?approx ?who ?whoLabel ?ev ?published WHERE {{
  {{ SELECT ?fact (MIN(STR(?ev0)) AS ?ev) (MAX(?p) AS ?published) WHERE {{
      {scope} . ?fact a kg:Project ; kg:evidence ?ev0 .
      OPTIONAL {{ ?ev0 prov:wasDerivedFrom ?a . ?a kg:published ?p }}
    }} GROUP BY ?fact ORDER BY DESC(?published) ?fact OFFSET {{start}} LIMIT {{size}} }}
  ?fact rdfs:label ?label .
  OPTIONAL {{ ?fact kg:investment ?amount }}
  OPTIONAL {{ ?fact kg:approximate ?approx }}
  OPTIONAL {{ ?fact {who} ?who . ?who rdfs:label ?whoLabel }}
}} ORDER BY DESC(?published) ?fact"""


def project_count(scope: str) -> str:
    return f"SELECT (COUNT(DISTINCT ?fact) AS ?n) WHERE {{ {scope} . ?fact a kg:Project }}"


# an enterprise's projects, with where they are
UNDERTAKEN = "?fact kg:undertakenBy ?e"

def dated_facts(scope: str, who: str, cls: str) -> str:
    """One screen (``{start}``, ``{size}``) of the meetings or visits (``cls``) that ``scope`` finds
    (a pattern on ?fact and ?e), latest first (undated last, then by IRI: the order shown), with the people ``who``
    names (chairs, visitors) and one evidence span each.  The store orders and cuts the facts
    before it reads their labels and people: the busiest division of the 100k archive has 2,000
    visits."""
    return f"""SELECT ?fact ?label ?date ?endDate ?who ?whoLabel (MIN(STR(?ev0)) AS ?ev) WHERE {{
  {{ SELECT ?fact ?date WHERE {{ {scope} . ?fact a {cls} . OPTIONAL {{ ?fact kg:date ?date }} }}
    ORDER BY DESC(?date) ?fact OFFSET {{start}} LIMIT {{size}} }}
  ?fact kg:evidence ?ev0 .
  OPTIONAL {{ ?fact rdfs:label ?label }}
  OPTIONAL {{ ?fact kg:endDate ?endDate }}
  OPTIONAL {{ ?fact {who} ?who . ?who rdfs:label ?whoLabel }}
}} GROUP BY ?fact ?label ?date ?endDate ?who ?whoLabel ORDER BY DESC(?date) ?fact"""


def dated_count(scope: str, cls: str) -> str:
    """How many meetings or visits (``cls``) ``scope`` finds."""
    return f"SELECT (COUNT(DISTINCT ?fact) AS ?n) WHERE {{ {scope} . ?fact a {cls} }}"


# visits received (kg:visited the entity) and meetings held at it (kg:location)
RECEIVED = "?fact kg:visited ?e"
HELD_AT = "?fact kg:location ?e"


# divisions.  A county reads the county index (kg:inCounty); another division (a town, a zone,
# a city) what names it directly: kg:location, kg:visited, kg:locatedIn.
DIVISION_HEAD = """SELECT ?parent ?parentLabel ?code ?county WHERE {
  OPTIONAL { ?e kg:partOf ?parent . ?parent rdfs:label ?parentLabel }
  OPTIONAL { ?e kg:adminCode ?code }
  OPTIONAL { ?e a ?county FILTER(?county = kg:County) }
}"""

IN_COUNTY = "?fact kg:inCounty ?e"
AT_DIVISION = "?fact kg:location|kg:visited|kg:locatedIn ?e"


def division_enterprises(scope: str) -> str:
    return f"""SELECT ?fact ?label WHERE {{
  {scope} . ?fact a kg:Enterprise ; rdfs:label ?label .
}} ORDER BY STR(?label) ?fact"""


def division_leaders(scope: str) -> str:
    """Who was seen in the division: chairs, participants and visitors of its meetings and visits."""
    return f"""SELECT ?o ?label (COUNT(DISTINCT ?fact) AS ?n) WHERE {{
  {scope} . ?fact kg:chair|kg:participant|kg:visitor ?o .
  ?o rdfs:label ?label .
}} GROUP BY ?o ?label ORDER BY DESC(?n) STR(?label) ?o LIMIT 30"""


# articles that mention the division or a division in it, per month of publication
ARTICLES_BY_MONTH = """SELECT ?month (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?d kg:partOf* ?e .
  ?a kg:mentions ?d ; kg:published ?p .
  BIND(SUBSTR(STR(?p), 1, 7) AS ?month)
} GROUP BY ?month ORDER BY ?month"""

# how many mentions that reads (an article's date is read once for each: 1 s for 130,000)
MENTIONS_IN = "SELECT (COUNT(*) AS ?n) WHERE { ?d kg:partOf* ?e . ?a kg:mentions ?d }"

# articles that mention the division itself, per month
OWN_ARTICLES_BY_MONTH = """SELECT ?month (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a kg:mentions ?e ; kg:published ?p .
  BIND(SUBSTR(STR(?p), 1, 7) AS ?month)
} GROUP BY ?month ORDER BY ?month"""

# a fact's own page (meeting, visit, project, post): its properties and every evidence span
FACT_LINKS = """SELECT ?p ?o ?oLabel WHERE {
  ?e ?p ?o .
  FILTER(?p IN (kg:chair, kg:participant, kg:location, kg:visitor, kg:visited, kg:undertakenBy,
                kg:locatedIn, kg:holder, kg:organization, kg:inCounty))
  OPTIONAL { ?o rdfs:label ?oLabel }
}"""

FACT_VALUES = """SELECT ?label ?title ?date ?endDate ?observedOn ?amount ?approx ?former WHERE {
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e kg:title ?title }
  OPTIONAL { ?e kg:date ?date }
  OPTIONAL { ?e kg:endDate ?endDate }
  OPTIONAL { ?e kg:observedOn ?observedOn }
  OPTIONAL { ?e kg:investment ?amount }
  OPTIONAL { ?e kg:approximate ?approx }
  OPTIONAL { ?e kg:former ?former }
}"""

FACT_EVIDENCE = "SELECT ?ev WHERE { ?e kg:evidence ?ev }"

# an article
ARTICLE_HEAD = """SELECT ?sourceFile ?headline ?published ?newspaper ?role ?who ?whoLabel WHERE {
  ?e a kg:Article ; kg:sourceFile ?sourceFile .
  OPTIONAL { ?e kg:headline ?headline }
  OPTIONAL { ?e kg:published ?published }
  OPTIONAL { ?e kg:newspaper ?newspaper }
  OPTIONAL { ?e ?role ?who . FILTER(?role IN (kg:author, kg:editor)) ?who rdfs:label ?whoLabel }
}"""

ARTICLE_FACTS = """SELECT ?fact ?cls ?label ?title ?holderLabel ?date ?ev ?text ?start ?end ?rule WHERE {
  ?ev prov:wasDerivedFrom ?e ; kg:text ?text ; kg:start ?start ; kg:end ?end ; kg:extractedBy ?rule .
  ?fact kg:evidence ?ev ; a ?cls .
  FILTER(?cls IN (kg:Post, kg:Meeting, kg:Visit, kg:Project))
  OPTIONAL { ?fact rdfs:label ?label }
  OPTIONAL { ?fact kg:title ?title }
  OPTIONAL { ?fact kg:holder ?holder . ?holder rdfs:label ?holderLabel }
  OPTIONAL { ?fact kg:date|kg:observedOn ?date }
}"""

ARTICLE_MENTIONS = """SELECT ?o ?label WHERE {
  ?e kg:mentions ?o . ?o rdfs:label ?label .
} ORDER BY STR(?label) ?o"""

# the names search looks in: every label and short name (visits, posts and articles are found
# through the persons, places and meetings they name)
NAME_INDEX = """SELECT ?o ?name ?alt WHERE {
  { ?o rdfs:label ?name } UNION { ?o skos:altLabel ?name BIND(true AS ?alt) }
}"""
UNSEARCHED = tuple(f"{BASE}{k}/" for k in ("visit", "post", "article"))

COUNTS = """SELECT ?cls (COUNT(?o) AS ?n) WHERE {
  ?o a ?cls .
  FILTER(?cls IN (kg:Article, kg:Person, kg:Organization, kg:Enterprise, kg:County, kg:Town, kg:Meeting,
                  kg:Visit, kg:Project, kg:Post, kg:Evidence))
} GROUP BY ?cls"""

ENTERPRISE_COUNTY = """SELECT ?label WHERE {
  { ?e kg:inCounty ?c } UNION { ?e kg:locatedIn ?c }
  ?c rdfs:label ?label .
} ORDER BY STR(?label) LIMIT 1"""

MEETING_LINE = """SELECT ?date ?whereLabel WHERE {
  OPTIONAL { ?e kg:date ?date }
  OPTIONAL { ?e kg:location ?where . ?where rdfs:label ?whereLabel }
} ORDER BY STR(?whereLabel) LIMIT 1"""

PROJECT_LINE = """SELECT ?amount ?approx ?whoLabel WHERE {
  OPTIONAL { ?e kg:investment ?amount }
  OPTIONAL { ?e kg:approximate ?approx }
  OPTIONAL { ?e kg:undertakenBy ?who . ?who rdfs:label ?whoLabel }
} ORDER BY STR(?whoLabel) LIMIT 1"""

ORG_LINE = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:organization ?e }"

PARENT_LINE = "SELECT ?label WHERE { ?e kg:partOf ?p . ?p rdfs:label ?label } ORDER BY STR(?label) LIMIT 1"
