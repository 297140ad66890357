"""Stage 6: PageRecords + Entities -> RDF in the public vocabulary.

One named graph per source file (its articles and the facts they state) and
one for the merged entities (types, labels, altLabels, divisions).  Every fact
node carries prov:wasDerivedFrom its article and kg:evidence nodes with the
sentence, its [start, end) in the decoded file and the rule that found it.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from . import resolve as R
from .extract.meetings import is_reception
from ..records import Evidence, PageRecords, Text

KG = Namespace("https://w3id.org/localgov-kg/ontology#")
KGR = Namespace(R.BASE)
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {"kg": KG, "kgr": KGR, "prov": PROV, "skos": SKOS, "rdfs": RDFS, "xsd": XSD,
            "org": ORG, "schema": SCHEMA}

COMPANY_SUFFIX = re.compile(r"(公司|集团|银行|厂)$")
ORG_SUFFIX = re.compile(r"(委员会|委|政府|局|厅|部|办|院|中心|管委会|海关|法院|检察院)$")


def zh(s: str) -> Literal:
    return Literal(s, lang="zh")


def month_or_day(value: str) -> Literal:
    """2010-03 as xsd:gYearMonth (a resume gives the month), 1958 as xsd:gYear, 2024-03-28 as xsd:date."""
    return Literal(value, datatype={4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date))


# a biography's fields (kg/pipeline/extract/biographies.py) in the vocabulary: property, and whether a date
BIOGRAPHY_FIELDS = {"ethnicity": ("ethnicity", False), "birth": ("birthDate", True),
                    "native_place": ("nativePlace", False), "education": ("education", False),
                    "party": ("partyMembership", False), "party_joined": ("partyJoined", True),
                    "work_start": ("workStart", True)}


def bind(g: Graph) -> Graph:
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    return g


def evidence_text(t: Text, ev: Evidence) -> tuple[str, int, int]:
    start, end = t.raw_span(ev.start, ev.end)
    return re.sub(r"[\r\n]+", "", t.raw[start:end]), start, end


class PageWriter:
    """Triples of one page into its named graph."""

    def __init__(self, pr: PageRecords, ents: R.Entities):
        self.pr, self.ents = pr, ents
        self.text = pr.split.text
        self.src = pr.source
        self.city = self.src.city
        self.g = Graph(identifier=URIRef(R.source_graph(self.src.path)))

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def person(self, name: str, article: int, self_: str = "0") -> URIRef:
        """The person a name of an article is (kg/pipeline/persons.py: which of the article's
        persons of that name, then who that is across the build)."""
        key = R.P.mention_key(self.src.path, article, name, self_) if name not in self.ents.national_names else None
        return URIRef(R.person_iri_of(self.ents, name, self.city, key))

    def of_fact(self, name: str, article: int, evidence) -> URIRef:
        """A person named in a fact (a meeting's chair, a visitor): the article's person of that name
        whose title the fact's sentences give, else its first."""
        selves = self.selves.get(name)
        return self.person(name, article, selves.of_evidence(evidence) if selves else "0")

    def evidence(self, ev: Evidence, article: URIRef) -> URIRef:
        text, start, end = evidence_text(self.text, ev)
        node = URIRef(R.other_iri("evidence", self.src.path, start, end, ev.rule))
        self.add(node, RDF.type, KG.Evidence)
        self.add(node, KG.text, zh(text))
        self.add(node, KG.start, Literal(start, datatype=XSD.integer))
        self.add(node, KG.end, Literal(end, datatype=XSD.integer))
        self.add(node, KG.extractedBy, Literal(ev.rule))
        self.add(node, PROV.wasDerivedFrom, article)
        return node

    def fact(self, node: URIRef, article: URIRef, evidence: tuple[Evidence, ...]) -> None:
        self.add(node, PROV.wasDerivedFrom, article)
        for ev in evidence:
            self.add(node, KG.evidence, self.evidence(ev, article))

    def target(self, name: str, local_enterprises: dict[str, str]) -> URIRef | None:
        if name in local_enterprises:
            return URIRef(local_enterprises[name])
        if name in self.ents.enterprise_forms:
            return URIRef(self.ents.enterprise_forms[name])
        div = R.location_division(name, self.city)
        if div:
            return URIRef(div)
        iri = R.org_iri(name, self.city)
        if iri in self.ents.by_iri:
            return URIRef(iri)
        return None

    def write(self) -> Graph:
        src = self.src
        for ar in self.pr.articles:
            a = ar.article
            art = URIRef(R.article_iri(src.path, a.index))
            self.add(art, RDF.type, KG.Article)
            self.add(art, KG.sourceFile, Literal(src.path, datatype=XSD.string))
            self.add(art, KG.fileName, Literal(src.path.rsplit("/", 1)[-1], datatype=XSD.string))
            if a.headline:
                self.add(art, KG.headline, zh(a.headline))
            if src.published:
                self.add(art, KG.published, Literal(src.published, datatype=XSD.date))
            if src.newspaper:
                self.add(art, KG.newspaper, zh(src.newspaper))
            credited = set(a.authors) | set(self.pr.split.editors)
            self.selves = R.article_selves(ar, self.city, credited)
            for n in a.authors:
                self.add(art, KG.author, self.person(n, a.index, "c"))
            for n in self.pr.split.editors:
                self.add(art, KG.editor, self.person(n, a.index, "c"))
            for n in ar.persons:
                if n not in credited:
                    for k in (self.selves[n].spoken() if n in self.selves else ["0"]):
                        self.add(art, KG.mentions, self.person(n, a.index, k))
            self.index = a.index
            self.acts = {}
            for act in ar.acts:
                if act.evidence is not None:
                    key = (act.holder, act.title, act.organization, act.evidence.start, act.evidence.end)
                    self.acts.setdefault(key, []).append(act)
            local_ent = {}
            for e in ar.enterprises:
                iri = URIRef(R.enterprise_iri(e.name))
                local_ent[e.name] = str(iri)
                for al in e.aliases:
                    local_ent[al] = str(iri)
                self.add(art, KG.mentions, iri)
                if e.county:
                    div = R.location_division(e.county, self.city)
                    if div:
                        self.add(iri, KG.locatedIn, URIRef(div))
            for d in ar.divisions:
                self.add(art, KG.mentions, URIRef(R.division_iri(d.name, d.code, d.parent_code)))
            for o in ar.organizations:
                self.add(art, KG.mentions, URIRef(R.org_iri(o, self.city)))
            for p in ar.posts:
                self._post(p, art)
            for m in ar.meetings:
                self._meeting(m, art)
            for v in ar.visits:
                self._visit(v, art, local_ent)
            for b in ar.biographies:
                self._biography(b, art)
            for p in ar.projects:
                self._project(p, art, local_ent)
        return self.g

    def _post(self, p, art: URIRef) -> None:
        node = URIRef(R.other_iri("post", self.src.path, art, p.holder, p.title, p.organization))
        self.add(node, RDF.type, KG.Post)
        selves = self.selves.get(p.holder)
        self.add(node, KG.holder, self.person(p.holder, self.index, selves.of_post(p) if selves else "0"))
        self.add(node, KG.title, zh(p.title))
        if p.organization:
            if p.org_is_enterprise:
                iri = self.ents.enterprise_forms.get(p.organization, R.enterprise_iri(p.organization))
            else:
                iri = R.org_iri(p.organization, self.city)
            self.add(node, KG.organization, URIRef(iri))
            self.add(art, KG.mentions, URIRef(iri))
        if self.src.published:
            self.add(node, KG.observedOn, Literal(self.src.published, datatype=XSD.date))
        if p.former:
            self.add(node, KG.former, Literal(True))
        # what a notice or a resume states of the post's spell (kg/pipeline/extract/careers.py)
        for act in (self.acts.get((p.holder, p.title, p.organization, p.evidence.start, p.evidence.end), ())
                    if p.evidence else ()):
            self.add(node, KG.appointmentAct, zh(act.verb))
            if act.start:
                self.add(node, KG.startsOn, month_or_day(act.start))
            if act.end:
                self.add(node, KG.endsOn, month_or_day(act.end))
        self.fact(node, art, (p.evidence,) if p.evidence else ())

    def _biography(self, b, art: URIRef) -> None:
        """What a resume sentence states of its person: one kg:Biography per person and sentence."""
        node = URIRef(R.other_iri("biography", self.src.path, art, b.person, b.evidence.start))
        self.add(node, RDF.type, KG.Biography)
        self.add(node, KG.biographyOf, self.of_fact(b.person, self.index, (b.evidence,)))
        for field, value in b.facts:
            if field == "gender":
                self.add(node, SCHEMA.gender, SCHEMA.Male if value == "男" else SCHEMA.Female)
                continue
            prop, is_date = BIOGRAPHY_FIELDS[field]
            self.add(node, SCHEMA[prop] if prop == "birthDate" else KG[prop], month_or_day(value) if is_date else zh(value))
        self.fact(node, art, (b.evidence,))

    def _meeting(self, m, art: URIRef) -> None:
        # a meeting is the city's of its name and day (市委常委会会议 of 3 May, whoever reports it);
        # a reception or talk, named by its verb (会见, 拜访), is also the one of those who met; one
        # without a day, the page's
        key: tuple = (self.city, m.name, m.date)
        if is_reception(m):
            key += tuple(sorted(set(m.chair) | set(m.participants)))
        if m.date is None:
            key += (self.src.path,)
        node = URIRef(R.other_iri("meeting", *key))
        self.add(node, RDF.type, KG.Meeting)
        self.add(node, RDFS.label, zh(m.name))
        self.add(art, KG.mentions, node)
        if m.date:
            self.add(node, KG.date, Literal(m.date, datatype=XSD.date))
        if m.end_date:
            self.add(node, KG.endDate, Literal(m.end_date, datatype=XSD.date))
        for n in m.chair:
            self.add(node, KG.chair, self.of_fact(n, self.index, m.evidence))
        for n in m.participants:
            self.add(node, KG.participant, self.of_fact(n, self.index, m.evidence))
        if m.location:
            loc = R.location_division(m.location, self.city) or R.place_iri(m.location, self.city)
            self.add(node, KG.location, URIRef(loc))
        self.fact(node, art, m.evidence)

    def _visit(self, v, art: URIRef, local_ent: dict[str, str]) -> None:
        node = URIRef(R.other_iri("visit", self.src.path, art, "|".join(v.visitors), v.date))
        self.add(node, RDF.type, KG.Visit)
        self.add(art, KG.mentions, node)
        targets = [(t, self.target(t, local_ent)) for t in v.targets]
        known = [(t, iri) for t, iri in targets if iri is not None]
        label = "、".join(v.visitors) + ("到" + "、".join(t for t, _ in known[:3]) + ("等" if len(known) > 3 else "")
                                        if known else "") + "调研"
        self.add(node, RDFS.label, zh(label))
        for n in v.visitors:
            self.add(node, KG.visitor, self.of_fact(n, self.index, v.evidence))
        for _t, iri in known:
            self.add(node, KG.visited, iri)
        if v.date:
            self.add(node, KG.date, Literal(v.date, datatype=XSD.date))
        if v.end_date:
            self.add(node, KG.endDate, Literal(v.end_date, datatype=XSD.date))
        # enterprises visited on a tour of one county lie in it (not on a tour of a county and
        # zones: 到某某管理区、某某开发区和城区调研)
        places = [iri for _t, iri in known if self.ents.by_iri.get(str(iri)) is not None
                  and self.ents.by_iri[str(iri)].kind == "division"]
        counties = [iri for iri in places if self.ents.by_iri[str(iri)].level == "county"]
        place_words = [t for t in v.targets if re.search(r"(?:县|区|市|旗|镇|乡)$", t)]
        if len(counties) == 1 and len(places) == 1 and len(place_words) <= 1:
            for _t, iri in known:
                e = self.ents.by_iri.get(str(iri))
                if e is not None and e.kind == "enterprise":
                    self.add(iri, KG.locatedIn, counties[0])
        self.fact(node, art, v.evidence)

    def _project(self, p, art: URIRef, local_ent: dict[str, str]) -> None:
        ent_iri = None
        if p.enterprise:
            ent_iri = local_ent.get(p.enterprise) or self.ents.enterprise_forms.get(p.enterprise)
        node = URIRef(R.other_iri("project", p.name, ent_iri))
        self.add(node, RDF.type, KG.Project)
        self.add(node, RDFS.label, zh(p.name))
        self.add(art, KG.mentions, node)
        if p.investment is not None:
            self.add(node, KG.investment, Literal(Decimal(p.investment), datatype=XSD.decimal))
            if p.approximate:
                self.add(node, KG.approximate, Literal(True))
        if ent_iri:
            self.add(node, KG.undertakenBy, URIRef(ent_iri))
        if p.county:
            div = R.location_division(p.county, self.city)
            if div:
                self.add(node, KG.locatedIn, URIRef(div))
        self.fact(node, art, p.evidence)


def page_graph(pr: PageRecords, ents: R.Entities) -> Graph:
    return PageWriter(pr, ents).write()


CLASS_OF = {"person": KG.Person, "org": KG.Organization, "enterprise": KG.Enterprise, "place": KG.Place}
LEVEL_CLASS = {"county": KG.County, "town": KG.Town}


def entities_graph(ents: R.Entities, iris: Iterable[str] | None = None) -> Graph:
    """The entities graph, or the part of it that describes ``iris``."""
    g = Graph(identifier=URIRef(R.ENTITIES_GRAPH))
    for iri in sorted(ents.by_iri) if iris is None else iris:
        e = ents.by_iri[iri]
        node = URIRef(iri)
        if e.kind == "division":
            g.add((node, RDF.type, LEVEL_CLASS.get(e.level or "", KG.AdministrativeDivision)))
            if e.code:
                g.add((node, KG.adminCode, Literal(e.code)))
            if e.parent:
                g.add((node, KG.partOf, URIRef(e.parent)))
        else:
            g.add((node, RDF.type, CLASS_OF[e.kind]))
            if e.kind == "enterprise":
                g.add((node, RDF.type, KG.Organization))
        g.add((node, RDFS.label, zh(e.label)))
        for a in sorted(e.alt - {e.label}):
            g.add((node, SKOS.altLabel, zh(a)))
    return g


PERSONS_GRAPH = R.BASE + "graph/persons"
DECISION_CLASS = {"join": KG.PersonJoin, "apart": KG.PersonDistinction, "undecided": KG.PersonUndecided}


def decisions_graph(decisions) -> Graph:
    """Why the persons of one name are who they are (kg/pipeline/persons.py): each join, each pair
    kept apart (with kg:distinctFrom between the two), each set of undecided mentions."""
    g = Graph(identifier=URIRef(PERSONS_GRAPH))
    for d in decisions:
        node = URIRef(R.other_iri("identity", d.kind, d.rule, *d.persons, *d.posts, d.text_zh))
        g.add((node, RDF.type, DECISION_CLASS[d.kind]))
        for p in d.persons:
            g.add((node, KG.concerns, URIRef(p)))
        if d.kind == "apart":
            a, b = d.persons
            g.add((URIRef(a), KG.distinctFrom, URIRef(b)))
            g.add((URIRef(b), KG.distinctFrom, URIRef(a)))
        g.add((node, KG.resolutionRule, Literal("person." + d.rule)))
        g.add((node, KG.reason, zh(d.text_zh)))
        g.add((node, KG.reason, Literal(d.text_en, lang="en")))
        for post in d.posts:
            if post:
                g.add((node, KG.basis, URIRef(post)))
        if d.mentions:
            g.add((node, KG.articleCount, Literal(d.mentions, datatype=XSD.integer)))
    return g


def dataset(page_graphs: list[Graph], entities: Graph, ontology: Graph | None) -> Dataset:
    ds = Dataset()
    bind(ds)
    for g in [*page_graphs, entities] + ([ontology] if ontology is not None else []):
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    return ds
