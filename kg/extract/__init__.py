"""Stage 4: Split -> PageRecords.  One module per family, assembled here.

Extraction of a page is a pure function of that page.  The families run in a
declared order because later ones read what earlier ones found in the same
article: enterprises before people (该公司董事长 needs the company), people
before meetings and visits (who chaired, who visited), enterprises before
projects (who undertakes them).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Article, ArticleRecords, PageRecords, Post, Split
from . import divisions, enterprises, meetings, people, projects, visits
from .text import Sentence, find_dates, sentences


def extract_page(split: Split) -> PageRecords:
    text = split.text.text
    arts = [(a, sentences(text, a.paragraphs)) for a in split.articles]
    # names titled anywhere on the page are recognised bare elsewhere on it
    known: set[str] = set()
    for _a, sents in arts:
        for s in sents:
            known |= {pm.name for pm in people.titled_mentions(s)}
    out = []
    for article, sents in arts:
        out.append(_article(article, sents, split, known))
    return PageRecords(split=split, articles=tuple(out))


def _article(article: Article, sents: list[Sentence], split: Split, known: set[str]) -> ArticleRecords:
    text = split.text.text
    src = split.text.source
    body = "\n".join(p.of(text) for p in article.paragraphs)
    head = "\n".join(h.of(text) for h in article.headline_spans)

    ents = enterprises.extract(sents, body, src.city)
    ents_by_sentence = [enterprises.full_names(s, src.city) for s in sents]
    # every enterprise name or short name, for 该公司 / 企业负责人
    ent_forms = [(e.name, e.name) for e in ents] + [(a, e.name) for e in ents for a in e.aliases]
    # 该公司 / 公司董事长 refer back to a company the text is about, not to one only listed
    referents = [(f, n) for f, n in ent_forms
                 if next(e for e in ents if e.name == n).evidence.rule != "enterprise.listed"]

    mentions: list[list[people.PersonMention]] = []
    posts = []
    last_enterprise: str | None = None
    for si, s in enumerate(sents):
        titled = people.titled_mentions(s)
        bare = people.bare_mentions(s, known, titled)
        listed = people.listed_mentions(s, titled + bare)
        ms = sorted(titled + bare + listed, key=lambda pm: pm.start)
        mentions.append(ms)
        for pm in titled:
            before = _last_enterprise_before(s.text, pm.start, referents) or last_enterprise
            posts += people.posts_of(pm, s, before)
        last_enterprise = _last_enterprise_before(s.text, len(s.text), referents) or last_enterprise

    posts = [_enterprise_of(p, ent_forms) for p in posts]
    lead_date = None
    for s in sents:
        if s.paragraph > 0:
            break
        ds = find_dates(s.text, src.published)
        if ds:
            lead_date = (ds[0].first, ds[0].last)
            break

    mts = meetings.extract(sents, mentions, src.published, lead_date)
    vts = visits.extract(sents, mentions, src.published, lead_date)
    prj = projects.extract(sents, ents_by_sentence)
    divs = divisions.mentions(head + "\n" + body, src.city)

    persons = list(article.authors) + list(split.editors)
    for ms in mentions:
        persons += [pm.name for pm in ms]
    orgs = sorted({p.organization for p in posts if p.organization and not p.org_is_enterprise})
    return ArticleRecords(article=article, persons=tuple(dict.fromkeys(persons)), posts=tuple(dict.fromkeys(posts)),
                          meetings=tuple(mts), visits=tuple(vts), enterprises=tuple(ents),
                          divisions=tuple(divs), organizations=tuple(orgs), projects=tuple(prj))


def _enterprise_of(post: Post, forms: list[tuple[str, str]]) -> Post:
    """A title whose organisation is an enterprise of the article, written in full,
    short, or after a place (某某区企业山东某某有限公司), names that enterprise."""
    org = post.organization
    if not org:
        return post
    for form, full in sorted(forms, key=lambda f: -len(f[0])):
        if org == form or (org.endswith(form) and len(form) >= 4):
            title = post.title[len(org):] if post.title.startswith(org) and len(post.title) > len(org) else post.title
            return replace(post, organization=full, org_is_enterprise=True, title=title)
    return post


def _last_enterprise_before(s: str, pos: int, forms: list[tuple[str, str]]) -> str | None:
    best, name = -1, None
    for form, full in forms:
        k = s.rfind(form, 0, pos)
        if k > best:
            best, name = k, full
    return name
