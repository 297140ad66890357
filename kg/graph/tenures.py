"""Tenures: a summary of the posts, built with the graph.

A kg:Post is one observation: an article of a given date says that a person
holds a title.  A kg:Tenure gathers the observations of one person holding one
title in one organisation (or in none named): the first and the last date it
was observed, how many posts observe it, and the posts of those two dates (the
evidence to show).  A question such as "who held this title at this date" then
reads a few tenures per person and title instead of every post: an archive of
100,000 pages holds about 190,000 posts of 县长 but a few thousand tenures.

A tenure is derived, not stated: it lies in its own named graph
(``graph/tenures``), and its first and last posts lead to the articles.
Observations of a past title (kg:former true) and posts without a date are
left out: they do not date a tenure.  Where a post's sentence states the
spell (kg:startsOn, kg:endsOn: an appointment, a removal, a dated resume
line; kg/pipeline/extract/careers.py), the tenure keeps the earliest stated
start and the latest stated end (kg:statedStart, kg:statedEnd), a past post's
included; without them its start and end are only observed.

The tenures of one title in one organisation (or in none named) follow one
another: each tenure also carries the next later last observation of that
title and organisation (kg:nextLastObserved: the earliest kg:lastObserved of
the title's other tenures that is later than its own) and the previous
earlier first observation (kg:previousFirstObserved).  "Who was seen last with
the title before a date" is then a test of one tenure (its last observation
is before the date, the next one is not), not a maximum over the title's
tenures: queries/title-holders-at-date.rq reads them.

The build takes each page's observations from its rendered graph
(``observations``), gathers them page by page (``Gatherer``; memory grows with
the number of tenures, not of posts) and renders the tenures in IRI order
(``tenure_graph``).  The same observations in any order give the same tenures.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..pipeline import rdf
from ..pipeline.resolve import BASE, other_iri

TENURES_GRAPH = BASE + "graph/tenures"
KG = rdf.KG


@dataclass(frozen=True, order=True)
class Observation:
    """One dated, current post: who, which title, where ("" when no organisation is named), when."""
    holder: str
    title: str
    organization: str
    observed: str         # ISO date
    post: str
    starts: str = ""      # the start the post's sentence states (kg:startsOn: a day or a month), "" when none
    ends: str = ""        # the end it states (kg:endsOn)
    stated_only: bool = False   # a past post that states its spell: it dates the tenure's start or end only


@dataclass(frozen=True, order=True)
class Tenure:
    holder: str
    title: str
    organization: str     # "" when no organisation is named
    first: str            # ISO date of the first observation
    last: str             # ISO date of the last observation
    count: int            # posts that observe it
    first_post: str       # the post of the first date (the least IRI when several)
    last_post: str        # the post of the last date (the least IRI when several)
    stated_start: str = ""   # the earliest start its posts state ("" when none: the start is only observed)
    stated_end: str = ""     # the latest end its posts state
    next_last: str = ""      # the earliest last observation of the same title and organisation later than
                             # this one's ("" when this one's is the latest)
    previous_first: str = ""  # the latest first observation of the same title and organisation earlier
                              # than this one's ("" when this one's is the earliest)

    @property
    def iri(self) -> str:
        return tenure_iri(self.holder, self.title, self.organization)


def tenure_iri(holder: str, title: str, organization: str) -> str:
    return other_iri("tenure", holder, title, organization)


def observations(g: Graph) -> tuple[Observation, ...]:
    """The dated, current posts of a page's graph, sorted."""
    out = []
    for post in g.subjects(RDF.type, KG.Post):
        former = any(o.toPython() is True for o in g.objects(post, KG.former))
        holder, title, when = g.value(post, KG.holder), g.value(post, KG.title), g.value(post, KG.observedOn)
        starts = min((str(o) for o in g.objects(post, KG.startsOn)), default="")
        ends = max((str(o) for o in g.objects(post, KG.endsOn)), default="")
        if holder is None or title is None or (former and not (starts or ends)) or (when is None and not former):
            continue
        org = g.value(post, KG.organization)
        out.append(Observation(str(holder), str(title), "" if org is None else str(org),
                               "" if when is None else str(when), str(post), starts, ends, former))
    return tuple(sorted(out))


class Gatherer:
    """The tenures of the observations added so far."""

    def __init__(self):
        # (holder, title, organisation) -> [first, last, count, first post, last post]
        self._by_key: dict[tuple[str, str, str], list] = {}
        # (holder, title, organisation) -> [earliest stated start, latest stated end]
        self._stated: dict[tuple[str, str, str], list] = {}

    def add(self, obs: Iterable[Observation]) -> None:
        for o in obs:
            key = (o.holder, o.title, o.organization)
            if o.starts or o.ends:
                st = self._stated.setdefault(key, ["", ""])
                if o.starts and (not st[0] or o.starts < st[0]):
                    st[0] = o.starts
                if o.ends and o.ends > st[1]:
                    st[1] = o.ends
            if o.stated_only:
                continue
            t = self._by_key.get(key)
            if t is None:
                self._by_key[key] = [o.observed, o.observed, 1, o.post, o.post]
                continue
            t[2] += 1
            if (o.observed, o.post) < (t[0], t[3]):
                t[0], t[3] = o.observed, o.post
            if o.observed > t[1] or (o.observed == t[1] and o.post < t[4]):
                t[1], t[4] = o.observed, o.post

    def __len__(self) -> int:
        return len(self._by_key)

    def tenures(self) -> list[Tenure]:
        """Every tenure, in IRI order, with its neighbours among the tenures of its title and organisation."""
        lasts: dict[tuple[str, str], set[str]] = defaultdict(set)
        firsts: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (_, title, org), v in self._by_key.items():
            firsts[title, org].add(v[0])
            lasts[title, org].add(v[1])
        ordered_lasts = {k: sorted(v) for k, v in lasts.items()}
        ordered_firsts = {k: sorted(v) for k, v in firsts.items()}
        out = []
        for key, v in self._by_key.items():
            ls, fs = ordered_lasts[key[1:]], ordered_firsts[key[1:]]
            i = bisect_right(ls, v[1])              # the first last observation later than this one's
            j = bisect_left(fs, v[0]) - 1           # the last first observation earlier than this one's
            out.append(Tenure(*key, *v, *self._stated.get(key, ("", "")),
                              ls[i] if i < len(ls) else "", fs[j] if j >= 0 else ""))
        out.sort(key=lambda t: t.iri)
        return out


def tenure_graph(tenures: Iterable[Tenure]) -> Graph:
    g = Graph(identifier=URIRef(TENURES_GRAPH))
    for t in tenures:
        node = URIRef(t.iri)
        g.add((node, RDF.type, KG.Tenure))
        g.add((node, KG.tenureHolder, URIRef(t.holder)))
        g.add((node, KG.tenureTitle, rdf.zh(t.title)))
        if t.organization:
            g.add((node, KG.tenureOrganization, URIRef(t.organization)))
        g.add((node, KG.firstObserved, Literal(t.first, datatype=XSD.date)))
        g.add((node, KG.lastObserved, Literal(t.last, datatype=XSD.date)))
        g.add((node, KG.observations, Literal(t.count, datatype=XSD.integer)))
        g.add((node, KG.firstPost, URIRef(t.first_post)))
        g.add((node, KG.lastPost, URIRef(t.last_post)))
        if t.stated_start:
            g.add((node, KG.statedStart, rdf.month_or_day(t.stated_start)))
        if t.stated_end:
            g.add((node, KG.statedEnd, rdf.month_or_day(t.stated_end)))
        if t.next_last:
            g.add((node, KG.nextLastObserved, Literal(t.next_last, datatype=XSD.date)))
        if t.previous_first:
            g.add((node, KG.previousFirstObserved, Literal(t.previous_first, datatype=XSD.date)))
    return g
