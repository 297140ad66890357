"""Stage 5: PageRecords of the whole build -> Entities (one node per entity).

Identity rules (see VOCABULARY.md, Identity): a person is one node per name
within one city, national and provincial leaders one node by name; an
enterprise one node by its full name, its short names merged as altLabels; a
division one node by its code (towns and zones by parent and name); an
organisation one node per city and name.  IRIs are hashes of these keys, so
the same input gives the same IRIs on every machine.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from .extract import divisions as gaz
from .records import Article, DivisionMention, Meeting, PageRecords, Split, Text

BASE = "https://w3id.org/localgov-kg/id/"
ENTITIES_GRAPH = BASE + "graph/entities"
ONTOLOGY_GRAPH = BASE + "graph/ontology"


def h(*parts: object) -> str:
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def source_graph(path: str) -> str:
    return BASE + "graph/source/" + h(path)


def article_iri(path: str, index: int) -> str:
    return BASE + f"article/{h(path, index)}"


def person_iri(name: str, city: str | None, national: bool) -> str:
    return BASE + "person/" + (h("national", name) if national else h(city, name))


def org_iri(name: str, city: str | None) -> str:
    return BASE + "org/" + h(city, name)


def enterprise_iri(name: str) -> str:
    return BASE + "enterprise/" + h(name)


def division_iri(name: str, code: str | None, parent_code: str | None) -> str:
    return BASE + "division/" + (code if code else h(parent_code, name))


def place_iri(name: str, city: str | None) -> str:
    return BASE + "place/" + h(city, name)


def other_iri(kind: str, *key: object) -> str:
    return BASE + f"{kind}/{h(*key)}"


@dataclass
class Entity:
    iri: str
    kind: str                      # person | org | enterprise | division | place
    label: str
    alt: set[str] = field(default_factory=set)
    level: str | None = None       # divisions
    code: str | None = None
    parent: str | None = None      # IRI of the division it is part of


@dataclass
class Entities:
    by_iri: dict[str, Entity] = field(default_factory=dict)
    enterprise_forms: dict[str, str] = field(default_factory=dict)   # any form -> enterprise IRI
    national_names: set[str] = field(default_factory=set)

    def add(self, e: Entity) -> Entity:
        cur = self.by_iri.get(e.iri)
        if cur is None:
            self.by_iri[e.iri] = e
            return e
        cur.alt |= e.alt
        return cur


def division_entity(ents: Entities, d: DivisionMention, city: str | None) -> Entity:
    """The node of a division, with the chain of divisions it is part of."""
    parent_iri = None
    if d.parent:
        g = gaz.gazetteer(city)
        pd = g.entries.get(d.parent)
        if pd is not None:
            parent_iri = division_entity(ents, DivisionMention(pd.name, pd.level, pd.code, pd.parent,
                                                               pd.parent_code), city).iri
    e = ents.add(Entity(division_iri(d.name, d.code, d.parent_code), "division", d.name,
                        level=d.level, code=d.code, parent=parent_iri))
    if d.surface and d.surface != d.name:
        g = gaz.gazetteer(city)
        entry = g.entries.get(d.name)
        # keep short forms and former names written in the text as altLabels
        if entry is None or d.surface in entry.aliases or len(d.surface) >= 2:
            e.alt.add(d.surface)
    return e


def resolve(pages: list[PageRecords]) -> Entities:
    ents = Entities()
    for pr in pages:
        for ar in pr.articles:
            for p in ar.posts:
                if p.national:
                    ents.national_names.add(p.holder)
    for pr in sorted(pages, key=lambda p: p.source.path):
        city = pr.source.city
        for ar in pr.articles:
            for e in ar.enterprises:
                ent = ents.add(Entity(enterprise_iri(e.name), "enterprise", e.name, set(e.aliases)))
                ents.enterprise_forms.setdefault(e.name, ent.iri)
            for d in ar.divisions:
                division_entity(ents, d, city)
    for pr in sorted(pages, key=lambda p: p.source.path):
        city = pr.source.city
        for ar in pr.articles:
            for e in ar.enterprises:
                for a in e.aliases:
                    ents.enterprise_forms.setdefault(a, enterprise_iri(e.name))
            for name in ar.persons:
                ents.add(Entity(person_iri_of(ents, name, city), "person", name))
            for p in ar.posts:
                if p.organization and not p.org_is_enterprise:
                    ents.add(Entity(org_iri(p.organization, city), "org", p.organization))
                elif p.organization and p.organization not in ents.enterprise_forms:
                    e = ents.add(Entity(enterprise_iri(p.organization), "enterprise", p.organization))
                    ents.enterprise_forms[p.organization] = e.iri
            for m in ar.meetings:
                if m.location and location_division(m.location, city) is None:
                    ents.add(Entity(place_iri(m.location, city), "place", m.location))
        if pr.split.text.traditional:
            _original_forms(ents, pr)
    return ents


def _original_forms(ents: Entities, pr: PageRecords) -> None:
    """Labels are simplified; on a page printed in traditional characters the form as
    printed (蔣曉峯 for 蒋晓峰) is kept as an altLabel of the node it names."""
    text = pr.split.text
    city = pr.source.city
    named: dict[str, str] = {}
    for ar in pr.articles:
        for name in ar.persons:
            named[name] = person_iri_of(ents, name, city)
        for e in ar.enterprises:
            named[e.name] = enterprise_iri(e.name)
            for a in e.aliases:
                named[a] = enterprise_iri(e.name)
        for p in ar.posts:
            if p.organization and not p.org_is_enterprise:
                named[p.organization] = org_iri(p.organization, city)
    for label, iri in sorted(named.items()):
        k = text.text.find(label)
        while k >= 0:
            a, b = text.raw_span(k, k + len(label))
            form = text.raw[a:b]
            if form != label and len(form) == len(label) and iri in ents.by_iri:
                ents.by_iri[iri].alt.add(form)
            k = text.text.find(label, k + 1)


def person_iri_of(ents: Entities, name: str, city: str | None) -> str:
    return person_iri(name, city, name in ents.national_names)


def location_division(text: str, city: str | None) -> str | None:
    """IRI of the division a place name is, when it is one."""
    g = gaz.gazetteer(city)
    canon = g.surface.get(text)
    if canon is None:
        return None
    d = g.entries[canon]
    return division_iri(d.name, d.code, d.parent_code)


def quote_path(path: str) -> str:
    return quote(path, safe="/")


def resolve_input(pr: PageRecords) -> PageRecords:
    """The part of a page's records that resolve() reads: names, posts, enterprises, divisions and
    meeting places, without the page's text, articles' spans, evidence, visits and projects;
    small enough for a build to hold every page's in memory.  resolve() of these equals resolve()
    of the whole records (a test checks it).  A page printed in traditional characters keeps its
    text, which gives the printed forms of its names."""
    text = pr.split.text if pr.split.text.traditional else Text(source=pr.source, raw="", text="", offsets=(0,))
    arts = tuple(replace(ar,
                         article=Article(ar.article.index, None, (), ()),
                         posts=tuple(replace(p, evidence=None) for p in ar.posts),
                         meetings=tuple(Meeting(name="", location=m.location) for m in ar.meetings if m.location),
                         visits=(), projects=(),
                         enterprises=tuple(replace(e, evidence=None) for e in ar.enterprises))
                 for ar in pr.articles)
    return PageRecords(split=Split(text=text, articles=()), articles=arts)
