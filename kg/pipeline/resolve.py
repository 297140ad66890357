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
from functools import lru_cache
from urllib.parse import quote

from . import persons as P
from .extract import divisions as gaz
from .extract.people import post_words
from ..records import Article, ArticleRecords, DivisionMention, Meeting, PageRecords, Post, Split, Text

BASE = "https://w3id.org/localgov-kg/id/"
ENTITIES_GRAPH = BASE + "graph/entities"
ONTOLOGY_GRAPH = BASE + "graph/ontology"


def h(*parts: object) -> str:
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_named = lru_cache(maxsize=1 << 16)(h)   # the keys of entities: pages name the same ones again and again


def source_graph(path: str) -> str:
    return BASE + "graph/source/" + h(path)


def article_iri(path: str, index: int) -> str:
    return BASE + f"article/{h(path, index)}"


def person_iri(name: str, city: str | None, national: bool) -> str:
    return BASE + "person/" + (_named("national", name) if national else _named(city, name))


def org_iri(name: str, city: str | None) -> str:
    return BASE + "org/" + _named(city, name)


def enterprise_iri(name: str) -> str:
    return BASE + "enterprise/" + _named(name)


def division_iri(name: str, code: str | None, parent_code: str | None) -> str:
    return BASE + "division/" + (code if code else _named(parent_code, name))


def place_iri(name: str, city: str | None) -> str:
    return BASE + "place/" + _named(city, name)


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
    persons: dict[str, str] = field(default_factory=dict)            # mention key (persons.mention_key) -> person IRI
    decisions: list = field(default_factory=list)                    # persons.Decision, in order


# --- resolution as a reduce by key ---------------------------------------------------------------
#
# Every page makes claims, and the claims on one key are merged by an associative, commutative
# reduce, so that the pages can be resolved in any order and in any grouping (one process, or a
# Dask cluster folding by key: kg/build/executors.py) with the same result.  A claim's precedence is
# (pass, page path, place in the page): where two pages give one key different values (the
# enterprise a short name stands for, the label of a division), the earlier page wins.
#   round 1, the names that decide other IRIs: national and provincial leaders (a person IRI by
#            name alone) and the forms of enterprise names (full names, short names, and
#            enterprises named as the organisation of a post);
#   round 2, given round 1: one claim per entity a page names; the node is the claim of the
#            earliest page, with the altLabels of all.

Precedence = tuple[int, str, int]


@dataclass(frozen=True)
class FormClaim:
    form: str                      # a way an enterprise is written
    precedence: Precedence
    iri: str


@dataclass(frozen=True)
class EntityClaim:
    iri: str
    precedence: Precedence
    entity: Entity | None          # the node as this page has it, without altLabels; None: altLabels only
    alt: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Names:
    """What round 1 decides: the inputs round 2 needs from the whole build."""
    national: frozenset[str]
    forms: dict[str, str]          # any form of an enterprise name -> its IRI


def national_claims(pr: PageRecords) -> list[str]:
    return sorted({p.holder for ar in pr.articles for p in ar.posts if p.national})


def form_claims(pr: PageRecords) -> list[FormClaim]:
    path = pr.source.path
    out: list[FormClaim] = []
    for ar in pr.articles:
        for e in ar.enterprises:
            out.append(FormClaim(e.name, (0, path, len(out)), enterprise_iri(e.name)))
    for ar in pr.articles:
        for e in ar.enterprises:
            for a in e.aliases:
                out.append(FormClaim(a, (1, path, len(out)), enterprise_iri(e.name)))
        for p in ar.posts:
            if p.organization and p.org_is_enterprise:
                out.append(FormClaim(p.organization, (1, path, len(out)), enterprise_iri(p.organization)))
    return out


def form_key(c: FormClaim) -> str:
    return c.form


def iri_key(c: EntityClaim) -> str:
    return c.iri


def earlier(a, b):
    """The reduce of claims on one key: the one of lower precedence."""
    return a if a.precedence <= b.precedence else b


def merge_entity(a: EntityClaim, b: EntityClaim) -> EntityClaim:
    """The reduce of entity claims on one IRI: the node of the earliest claim that has one, the
    altLabels of every claim (a claim of altLabels only never decides the node)."""
    if a.entity is None or (b.entity is not None and b.precedence < a.precedence):
        a, b = b, a
    return EntityClaim(a.iri, a.precedence, a.entity, a.alt | b.alt)


def division_claims(d: DivisionMention, city: str | None) -> list[Entity]:
    """The node of a division, after the chain of divisions it is part of."""
    chain: list[Entity] = []
    parent_iri = None
    if d.parent:
        g = gaz.gazetteer(city)
        pd = g.entries.get(d.parent)
        if pd is not None:
            chain = division_claims(DivisionMention(pd.name, pd.level, pd.code, pd.parent, pd.parent_code), city)
            parent_iri = chain[-1].iri
    e = Entity(division_iri(d.name, d.code, d.parent_code), "division", d.name,
               level=d.level, code=d.code, parent=parent_iri)
    if d.surface and d.surface != d.name:
        entry = gaz.gazetteer(city).entries.get(d.name)
        # keep short forms and former names written in the text as altLabels
        if entry is None or d.surface in entry.aliases or len(d.surface) >= 2:
            e.alt.add(d.surface)
    return [*chain, e]


def entity_claims(pr: PageRecords, names: Names) -> list[EntityClaim]:
    path, city = pr.source.path, pr.source.city
    out: list[EntityClaim] = []

    def claim(pass_: int, e: Entity) -> None:
        out.append(EntityClaim(e.iri, (pass_, path, len(out)), replace(e, alt=set()), frozenset(e.alt)))

    for ar in pr.articles:
        for e in ar.enterprises:
            claim(0, Entity(enterprise_iri(e.name), "enterprise", e.name, set(e.aliases)))
        for d in ar.divisions:
            for e in division_claims(d, city):
                claim(0, e)
    for ar in pr.articles:
        for name in ar.persons:
            if name in names.national:
                claim(1, Entity(person_iri(name, city, True), "person", name))
        for p in ar.posts:
            if p.organization and not p.org_is_enterprise:
                claim(1, Entity(org_iri(p.organization, city), "org", p.organization))
            elif p.organization and names.forms.get(p.organization) == enterprise_iri(p.organization):
                claim(1, Entity(enterprise_iri(p.organization), "enterprise", p.organization))
        for m in ar.meetings:
            if m.location and location_division(m.location, city) is None:
                claim(1, Entity(place_iri(m.location, city), "place", m.location))
    if pr.split.text.traditional:
        for iri, form in _original_forms(pr, names):
            out.append(EntityClaim(iri, (2, path, len(out)), None, frozenset({form})))
    return out


# --- persons: groups of mentions, resolved per name (kg/pipeline/persons.py) ------------------------

CORE_NORMAL = (("人民政府", "政府"), ("党委员会", "委"))


def _core(org: str) -> str:
    core = org[1:] if org[:1] in "省市县区镇乡旗" else org
    for a, b in CORE_NORMAL:
        core = core.replace(a, b)
    return core


def place_of(org: str, city: str | None, divs: tuple[DivisionMention, ...]) -> tuple[str, str, str, str]:
    """Where an organisation lies: (division, level, county, the organisation without its division).
    A division the name opens with (阳谷县财政局, 聊城市阳谷县阿城镇党委: the last of those written one
    after another); 市… is the page's city; 县… / 镇… is the one county / town the article names."""
    if not org:
        return "", "", "", ""
    g = gaz.gazetteer(city)
    pos, last = 0, None
    for a, b, d, _form in g.find(org):
        if a != pos:
            break
        pos, last = b, d
    if last is not None and last.level in ("county", "town", "city"):
        county = last.name if last.level == "county" else last.parent if last.level == "town" else ""
        return last.name, last.level, county or "", _core(org[pos:]) if pos < len(org) else ""
    if org[0] == "市" and city:
        return city, "city", "", _core(org)
    for level, heads in (("county", "县区旗"), ("town", "镇乡")):
        if org[0] in heads or org.startswith("街道"):
            named = sorted({d.name for d in divs if d.level == level})
            if len(named) == 1:
                d = g.entries.get(named[0])
                county = named[0] if level == "county" else (d.parent if d else "") or ""
                return named[0], level, county, _core(org)
    return "", "", "", _core(org)


# the lines of a career (起任, 后任, a dated resume line) tell a sequence, not posts held at once
TIMELINE_RULES = ("person.career.起任", "person.career.后任", "person.resume.")


def office_of(p: Post, city: str | None, divs: tuple[DivisionMention, ...]) -> P.Office:
    words = post_words()
    word = P.post_word(p.title, frozenset(words))
    place, level, county, core = place_of(p.organization or "", city, divs)
    if level == "city" and len(core) >= 3:
        # 市示范区党工委 in an article that names the zone (某某城乡一体化示范区): the zone's body
        zone = sorted(d.name for d in divs if d.level == "county" and d.name.endswith(core))
        if len(zone) == 1:
            place, level, county, core = zone[0], "county", zone[0], ""
    if not core and word in words and words[word].implied_org:
        core = _core(words[word].implied_org)
    past = p.former or bool(p.evidence and p.evidence.rule.startswith(TIMELINE_RULES))
    # placed by its own name (阳谷县财政局, 东阿县大桥镇), not by the page's city or the article's one county
    explicit = bool(place) and (place in (p.organization or "") or (p.organization or "").startswith(place[:-1]))
    return P.Office(word, core, place, level, county, "enterprise" if p.org_is_enterprise else "public",
                    past, p.title, p.organization or "", explicit)


BYLINE = P.Office("记者", "", "", "", "", P.PRESS, False, "记者", "")


def article_selves(ar: ArticleRecords, city: str | None, credited: set[str]) -> dict[str, P.Selves]:
    return P.article_selves(ar, credited, lambda p: office_of(p, city, ar.divisions), set(ar.repeated))


def person_claims(pr: PageRecords, names: Names) -> list[P.Group]:
    """One group per person of each article (kg/pipeline/persons.py): the posts they hold there, with
    their divisions, the date, the article's places and companions."""
    path, city = pr.source.path, pr.source.city
    day = pr.source.published.isoformat() if pr.source.published else ""
    forms = printed_forms(pr.split.text, {n for ar in pr.articles for n in ar.persons}) \
        if pr.split.text.traditional else {}
    out = []
    for ar in pr.articles:
        credited = set(ar.article.authors) | set(pr.split.editors)
        art = article_iri(path, ar.article.index)
        places = tuple(sorted({d.name for d in ar.divisions if d.level in ("county", "town")}))
        for name, selves in article_selves(ar, city, credited).items():
            if name in names.national:
                continue
            companions = tuple(sorted(set(ar.persons) - {name} - credited))[:40]
            common = dict(city=city, name=name, date=day, places=places, companions=companions,
                          forms=tuple(sorted(set(forms.get(name, ())))))
            for i, posts in enumerate(selves.titled):
                obs = tuple(P.Observation(office_of(p, city, ar.divisions), day,
                                          other_iri("post", path, art, p.holder, p.title, p.organization))
                            for p in posts)
                out.append(P.Group(key=P.mention_key(path, ar.article.index, name, str(i)), observations=obs,
                                   **common))
            if selves.bare:
                out.append(P.Group(key=P.mention_key(path, ar.article.index, name, "0"), **common))
            if selves.credited:
                out.append(P.Group(key=P.mention_key(path, ar.article.index, name, "c"),
                                   observations=(P.Observation(BYLINE, day, ""),), **common))
    return out


def person_key(g: P.Group) -> tuple:
    return (g.city or "", g.name)


def resolve_persons(groups) -> P.Resolved:
    """The persons of one name and city from all its groups."""
    return P.resolve_name(groups, BASE, _named)


def names_of(nationals, forms) -> Names:
    """Round 1's answer from its reduced claims (the national names, the winning claim of each form)."""
    return Names(frozenset(nationals), {c.form: c.iri for c in sorted(forms, key=lambda c: c.form)})


def entities_of(names: Names, claims, persons=()) -> Entities:
    """The entity index from the reduced entity claims (one per IRI) and the resolved persons of
    each name (persons.Resolved)."""
    ents = Entities(national_names=set(names.national), enterprise_forms=dict(names.forms))
    found = {}
    decisions = []
    for r in persons:
        ents.persons.update(r.mentions)
        decisions += r.decisions
        for p in r.persons:
            found[p.iri] = Entity(p.iri, "person", p.name, {f for g in p.groups for f in g.forms})
    for c in sorted(claims, key=lambda c: c.iri):
        found[c.iri] = replace(c.entity, alt=set(c.alt)) if c.iri not in found else found[c.iri]
    ents.by_iri = {iri: found[iri] for iri in sorted(found)}
    ents.decisions = sorted(decisions, key=lambda d: d.key)
    return ents


def reduce_claims(claims, key, merge) -> dict:
    """Claims folded by key (the local form of the reduce a cluster runs with foldby)."""
    out: dict = {}
    for c in claims:
        k = key(c)
        out[k] = merge(out[k], c) if k in out else c
    return out


def resolve(pages: list[PageRecords]) -> Entities:
    """The entity index of a build, in this process (kg/build/executors.py runs the same reduce on Dask)."""
    nationals = {n for pr in pages for n in national_claims(pr)}
    forms = reduce_claims((c for pr in pages for c in form_claims(pr)), form_key, earlier)
    names = names_of(nationals, forms.values())
    claims = reduce_claims((c for pr in pages for c in entity_claims(pr, names)), iri_key, merge_entity)
    groups: dict[tuple, list] = {}
    for pr in pages:
        for g in person_claims(pr, names):
            groups.setdefault(person_key(g), []).append(g)
    return entities_of(names, claims.values(), [resolve_persons(gs) for _k, gs in sorted(groups.items())])


def _original_forms(pr: PageRecords, names: Names) -> list[tuple[str, str]]:
    """Labels are simplified; on a page printed in traditional characters the form as
    printed (蔣曉峯 for 蒋晓峰) is kept as an altLabel of the node it names."""
    text = pr.split.text
    city = pr.source.city
    named: dict[str, str] = {}
    for ar in pr.articles:
        for name in ar.persons:
            if name in names.national:
                named[name] = person_iri(name, city, True)
        for e in ar.enterprises:
            named[e.name] = enterprise_iri(e.name)
            for a in e.aliases:
                named[a] = enterprise_iri(e.name)
        for p in ar.posts:
            if p.organization and not p.org_is_enterprise:
                named[p.organization] = org_iri(p.organization, city)
    forms = printed_forms(text, named)
    return [(named[label], form) for label in sorted(named) for form in forms.get(label, ())]


def printed_forms(text: Text, labels) -> dict[str, list[str]]:
    """Each label's forms as printed on the page, where they differ (a page in traditional characters)."""
    out: dict[str, list[str]] = {}
    for label in sorted(labels):
        k = text.text.find(label)
        while k >= 0:
            a, b = text.raw_span(k, k + len(label))
            form = text.raw[a:b]
            if form != label and len(form) == len(label):
                out.setdefault(label, []).append(form)
            k = text.text.find(label, k + 1)
    return out


def person_iri_of(ents: Entities, name: str, city: str | None, key: str | None = None) -> str:
    """The person a mention is (``key``: persons.mention_key); a national leader by name."""
    if name in ents.national_names:
        return person_iri(name, city, True)
    if key is not None:
        iri = ents.persons.get(key)
        if iri is not None:
            return iri
    return person_iri(name, city, False)


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
                         article=Article(ar.article.index, None, ar.article.authors, ()),
                         posts=ar.posts,            # their sentences tell one mention's titles (persons.py)
                         meetings=tuple(Meeting(name="", location=m.location) for m in ar.meetings if m.location),
                         visits=(), projects=(),
                         enterprises=tuple(replace(e, evidence=None) for e in ar.enterprises))
                 for ar in pr.articles)
    return PageRecords(split=Split(text=text, articles=(), editors=pr.split.editors), articles=arts)
