"""Stage 4: Split -> PageRecords.  One module per family, assembled here.

Extraction of a page is a pure function of that page.  The families run in a
declared order because later ones read what earlier ones found in the same
article: enterprises before people (该公司董事长 needs the company), people
before meetings and visits (who chaired, who visited), enterprises before
projects (who undertakes them).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...records import Article, ArticleRecords, EnterpriseMention, Evidence, PageRecords, Post, Split
from . import biographies, careers, divisions, enterprises, meetings, people, projects, visits
from .ner import NameFinder
from .text import MAX_SENTENCE, Sentence, cn_number, day_alone, find_dates, lead_paragraph, sentences


def extract_page(split: Split, ner: NameFinder | None = None) -> PageRecords:
    """``ner``: a statistical backend that backs up the rules for person names
    (kg/pipeline/extract/ner.py); None or ``rules`` leaves names to the rules."""
    text = split.text.text
    arts = [(a, sentences(text, a.paragraphs)) for a in split.articles]
    model = frozenset(ner.person_names(s.text for _a, sents in arts for s in sents)) if ner else frozenset()
    # the page's reporters and editors are credited, not spoken of
    model -= {n for a in split.articles for n in a.authors} | set(split.editors)
    # names titled anywhere on the page are recognised bare elsewhere on it
    # (and so are the names of a list under its cue: 执行主席是：甲、乙 … 甲主持开幕大会)
    known: set[str] = set()
    for _a, sents in arts:
        for s in sents:
            titled = people.titled_mentions(s, model)
            known |= {pm.name for pm in titled}
            if people.LIST_CUE.search(s.text):
                found = titled + people.bare_mentions(s, frozenset(), titled, model)
                known |= {pm.name for pm in people.listed_mentions(s, found)}
    out = []
    names = frozenset(known)
    for article, sents in arts:
        out.append(_article(article, sents, split, names, model))
    cut = sum(1 for _a, sents in arts for s in sents if s.cut)
    notes = (f"read in pieces: a run of text with no sentence end cut {cut} time(s) at {MAX_SENTENCE} "
             f"characters or less",) if cut else ()
    return PageRecords(split=split, articles=tuple(_dates_across_articles(out)), notes=notes)


def _dates_across_articles(records: list[ArticleRecords]) -> list[ArticleRecords]:
    """Dates one part of a page gives another: a meeting a page names in two articles (a
    headline block and its body) is one meeting, and the undated one takes the other's
    date; a visit reported under a sub-headline of the page takes the day of the page's
    report (its first dated meeting or visit).  What the text only speaks of or recalls
    stays undated."""
    dated: dict[str, tuple] = {}
    for r in records:
        for m in r.meetings:
            if m.date is not None:
                dated.setdefault(m.name, (m.date, m.end_date))
    # the day of the page's report: the first date its first dated article's lead gives a meeting or visit
    day = next(((x.date, x.end_date) for r in records for x in (*r.meetings, *r.visits)
                if x.date is not None and not _only_mentioned(x)), None)
    out = []
    for r in records:
        if any(m.date is None and m.name in dated for m in r.meetings):
            ms = tuple(replace(m, date=dated[m.name][0], end_date=dated[m.name][1])
                       if m.date is None and m.name in dated and not _only_mentioned(m) else m for m in r.meetings)
            r = replace(r, meetings=ms)
        # a visit reported under a sub-headline of the page (调研中，某某要求——) is the page's visit
        if day and any(v.date is None and not _only_mentioned(v) for v in r.visits):
            r = replace(r, visits=tuple(replace(v, date=day[0], end_date=day[1])
                                        if v.date is None and not _only_mentioned(v) else v for v in r.visits))
        out.append(r)
    return out


def _only_mentioned(x) -> bool:
    """A meeting or visit the text speaks of or recalls, not one it reports."""
    return all(e.rule in meetings.SPOKEN_OF or e.rule == visits.RECALLED_RULE for e in x.evidence)


def _article(article: Article, sents: list[Sentence], split: Split, known: frozenset[str],
             model: frozenset[str]) -> ArticleRecords:
    text = split.text.text
    src = split.text.source
    body = "\n".join(p.of(text) for p in article.paragraphs)
    head = "\n".join(h.of(text) for h in article.headline_spans)

    ents_by_sentence = [enterprises.full_names(s, src.city) for s in sents]
    ents = enterprises.extract(sents, body, src.city, ents_by_sentence, head)
    # a name the model tags that is a company's or a place's name here is not a person's
    places = divisions.gazetteer(src.city)
    # (某某讯: a place's or paper's name before 讯, read once for the whole body)
    before_xun = {body[max(0, k - n):k] for k in (m.start() for m in re.finditer("讯", body)) for n in range(2, 5)}
    model = frozenset(n for n in model if not any(n in f for e in ents for f in (e.name, *e.aliases))
                      and not places.find(n) and n not in before_xun)
    # every enterprise name or short name, for 该公司 / 企业负责人
    ent_forms = [(e.name, e.name) for e in ents] + [(a, e.name) for e in ents for a in e.aliases]
    # 该公司 / 公司董事长 refer back to a company the text is about, not to one only listed
    referents = [(f, n) for f, n in ent_forms
                 if next(e for e in ents if e.name == n).evidence.rule != "enterprise.listed"]

    mentions: list[list[people.PersonMention]] = []
    posts = []
    last_enterprise: str | None = None
    subject: tuple[int, str] | None = None       # (paragraph, name) of a profile paragraph
    spells: dict = {}                            # the dated resume lines' spells (careers.py)
    bios = []                                    # what resume sentences state of their person (biographies.py)
    for si, s in enumerate(sents):
        who = people.profile_subject(s)
        if who:
            subject = (s.paragraph, who)
        titled = people.titled_mentions(s, model)
        appointed = people.appointment_mentions(s, subject[1] if subject and subject[0] == s.paragraph else None)
        bios.append(biographies.biography(s, subject[1] if subject and subject[0] == s.paragraph else None))
        for pm, spell in careers.mentions(s, subject[1] if subject and subject[0] == s.paragraph else None):
            appointed.append(pm)
            if pm.rule.startswith("person.resume"):
                spells.update({(s.span.start, pm.name, t.text): spell for t in pm.titles})
        # (甲同志不再担任…: a name read before 同志 without a title gives way to the notice's)
        titled = [t for t in titled if t.titles or not any(pm.start == t.start and pm.titles for pm in appointed)]
        titled += [pm for pm in appointed if not any(t.start <= pm.start < t.end for t in titled)]
        if who and not any(pm.name == who for pm in titled):
            titled.append(people.PersonMention(0, len(who), who, (), "person.profile"))
        bare = people.bare_mentions(s, known, titled, model)
        listed = people.listed_mentions(s, titled + bare)
        ms = sorted(titled + bare + listed, key=lambda pm: pm.start)
        mentions.append(ms)
        for pm in titled + people.deputy_titles(s, ms):
            before = _last_enterprise_before(s.text, pm.start, referents) or last_enterprise
            found = people.posts_of(pm, s, before)
            posts += found
            # 某某钢铁董事长甲、总经理乙: a company named by a post only it has is the one the next
            # company posts refer to
            for p in found:
                if people.names_company_short(p) and (p.organization, p.organization) not in referents:
                    referents = referents + [(p.organization, p.organization)]
        last_enterprise = _last_enterprise_before(s.text, len(s.text), referents) or last_enterprise

    # a signed article's title line among its headlines: 某某区委书记 张三
    signers: list[str] = []
    for h in article.headline_spans:
        line = h.of(text)
        if SIGNATURE.fullmatch(line):
            for pm in people.titled_mentions(Sentence(h, line, -1), model):
                signers.append(pm.name)
                posts += people.posts_of(pm, Sentence(h, line, -1), None)
    posts = _organs_of_companies([_enterprise_of(p, ent_forms) for p in posts])
    posts = [q for q in (_generic_company(p, ent_forms) for p in posts) if q is not None]
    # a company named in full only in a person's title (某某集团有限公司党委书记、董事长甲) is a
    # company of the article too
    known_forms = {f for f, _n in ent_forms}
    for p in posts:
        name = enterprises.company_of_title_org(p.organization) if p.org_is_enterprise else None
        core = re.sub(r"(?:股份)?有限(?:责任)?公司$", "", name) if name else ""
        shorter = next((k for k, e in enumerate(ents) if core and core != name
                        and (e.name == core or core in e.aliases)), None) if name not in known_forms else None
        if shorter is not None:
            # 会见某某集团董事长 in the headline, 某某集团有限责任公司董事长甲 in the body: one company,
            # named in full by the title
            e = ents[shorter]
            ents[shorter] = replace(e, name=name, aliases=tuple(dict.fromkeys((e.name, *e.aliases))))
            known_forms.add(name)
        elif (name and name not in known_forms
                and (enterprises.named_in_title(name) or people.names_company_short(p))):
            ents.append(EnterpriseMention(name=name, aliases=(), county=None,
                                          evidence=Evidence(p.evidence.start, p.evidence.end,
                                                            "enterprise.title_org")))
            known_forms.add(name)
    # (某某汽车河南区域总经理: the post is of the company, in a region or division of it)
    posts = [replace(p, organization=company) if p.org_is_enterprise and p.organization
             and (company := enterprises.company_of_title_org(p.organization)) and company != p.organization
             and company in known_forms else p for p in posts]
    # (某某高科党委书记、董事长甲: the company 董事长 names is the one of the party post too)
    named = [(e.name, e.name) for e in ents if e.evidence.rule == "enterprise.title_org"]
    if named:
        posts = [p if p.org_is_enterprise else _enterprise_of(p, named) for p in posts]
    lead_date = None
    lead = lead_paragraph(sents)
    for s in sents:
        if s.paragraph < lead:
            continue
        if s.paragraph > lead:
            break
        ds = find_dates(s.text, src.published)
        if ds:
            lead_date = (ds[0].first, ds[0].last)
            break
    record = _record_months(article, sents, split)
    if lead_date is None and src.published:
        lead_date = next((d for si, s in enumerate(sents) if s.paragraph == lead
                          and (d := day_alone(s.text, src.published, record[si] if record else None))), None)
    if lead_date is None:
        # a form of the meeting's particulars above the report: 会议时间：2021年8月23日下午
        for line in [h.of(text) for h in article.headline_spans] + [s.text for s in sents[:3]]:
            field = TIME_FIELD.search(line)
            ds = find_dates(line[field.end():], src.published) if field else []
            if ds and ds[0].start == 0:
                lead_date = (ds[0].first, ds[0].last)
                break

    mts = meetings.extract(sents, mentions, src.published, lead_date, record)
    vts = visits.extract(sents, mentions, src.published, lead_date, record, src.city)
    mts = meetings.visitors_at_talks(mts, vts)
    prj = projects.extract(sents, ents_by_sentence)
    # a company named only as a listed project's owner (某某的某某项目) is an enterprise of the article
    known_ents = {f for e in ents for f in (e.name, *e.aliases)}
    for p in prj:
        if p.enterprise and p.enterprise not in known_ents and p.evidence[0].rule == "project.listed":
            ents.append(EnterpriseMention(name=p.enterprise, aliases=(), county=None,
                                          evidence=Evidence(p.evidence[0].start, p.evidence[0].end,
                                                            "enterprise.project_owner")))
            known_ents.add(p.enterprise)
    divs = divisions.mentions(head + "\n" + body, src.city, src.published)
    prj = [_project_county(p, vts, sents, src.city) for p in prj]

    persons = list(article.authors) + list(split.editors) + signers
    for ms in mentions:
        persons += [pm.name for pm in ms]
    orgs = sorted({p.organization for p in posts if p.organization and not p.org_is_enterprise})
    return ArticleRecords(article=article, persons=tuple(dict.fromkeys(persons)), posts=tuple(dict.fromkeys(posts)),
                          meetings=tuple(mts), visits=tuple(vts), enterprises=tuple(ents),
                          divisions=tuple(divs), organizations=tuple(orgs), projects=tuple(prj),
                          acts=tuple(careers.acts(list(dict.fromkeys(posts)), sents, src.published, spells)),
                          biographies=tuple(b for b in bios if b is not None),
                          repeated=_titled_twice(sents, mentions))


def _titled_twice(sents: list[Sentence], mentions: list) -> tuple[tuple[int, str], ...]:
    """(sentence start, name) of the sentences that give one name two titled mentions (甲县副县长王某、
    乙县农业农村局局长王某): persons.py may read them as two persons of the name."""
    out = set()
    for s, ms in zip(sents, mentions):
        names = [pm.name for pm in ms if pm.titles]
        out |= {(s.span.start, n) for n in names if names.count(n) > 1}
    return tuple(sorted(out))


def _project_county(p, vts, sents: list[Sentence], city: str | None):
    """A project's county: the one county of its sentence, or of the tour that stops at it."""
    if p.county:
        return p
    g = divisions.gazetteer(city)

    def one_county(text: str) -> str | None:
        found = {d.name if d.level == "county" else d.parent for _a, _b, d, _f in g.find(text)
                 if d.level == "county" or (d.level == "town" and d.parent)}
        return found.pop() if len(found) == 1 else None

    first = next((s for s in sents if s.span.start <= p.evidence[0].start < s.span.end), None) if p.evidence else None
    # a county the name opens with (延津县某某项目)
    lead = [d.name for a, _b, d, _f in g.find(p.name) if a == 0 and d.level == "county"] if city else []
    county = lead[0] if lead else one_county(first.text.replace(p.name, "")) if first and city else None
    if county is None and city:
        for v in vts:
            if any(p.name in t or t in p.name for t in v.targets if len(t) >= 4):
                county = one_county("、".join(v.targets))
                if county:
                    break
    return replace(p, county=county) if county else p


def _record_months(article: Article, sents: list[Sentence], split: Split) -> list[date | None] | None:
    """The month each sentence of a record (2025年3月某市大事记; 1993年政务大事记 with a line 4月
    before each month's entries) falls in: its entries open on a day alone.  The record's heading
    may head an earlier part of the page (a month's line reads as a headline of its own).  None
    for a report."""
    text = split.text.text
    before = [a for a in split.articles if a.index <= article.index]
    heads = [h.of(text) for a in before for h in a.headline_spans]
    # (二〇二二年一月从化大事记: a heading in Chinese numerals reads as one in digits)
    heads = [_cn_year_month(h) for h in heads]
    month = next((date(int(y), int(mo), 1) for h in heads if (m := RECORD_MONTH.search(h))
                  for y, mo in [(m.group(1) or m.group(3), m.group(2) or m.group(4))] if 1 <= int(mo) <= 12), None)
    year = next((int(m.group(1)) for h in heads if (m := RECORD_YEAR.search(h))), None)
    if month is None and year is None:
        # 2008年 / 1月 / 4日 …: a year on a line of its own over months on lines of their own
        alone = YEAR_LINE.search(text)
        if alone and MONTH_LINE.search(text, alone.end()):
            year = int(alone.group(1))
    if month is None and year is None and any(RECORD_NAME.search(h) for h in heads):
        # 市政府工作要事记 over a line （2024年5月）: the record's month on a line of its own
        line = YEAR_MONTH_LINE.search(text)
        if line and 1 <= int(line.group(2)) <= 12:
            month = date(int(line.group(1)), int(line.group(2)), 1)
    if month is None and year is None:
        # 2003年03月 on a line of its own over entries that open on a day alone (7日 全市…会议召开):
        # a record of that month, whatever it calls itself
        line = YEAR_MONTH_LINE.search(text)
        days = [p for p in article.paragraphs if DAY_OPENING.match(p.of(text))]
        if line and 1 <= int(line.group(2)) <= 12 and len(days) >= 2 and line.end() <= days[0].start:
            month = date(int(line.group(1)), int(line.group(2)), 1)
    if month is None and year is None:
        return None
    headings = [(m.start(), int(m.group(1))) for m in MONTH_LINE.finditer(text) if 1 <= int(m.group(1)) <= 12]
    out = []
    for s in sents:
        seen = [mo for at, mo in headings if at <= s.span.start]
        out.append(date(year or month.year, seen[-1], 1) if seen else month)
    return out


RECORD_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?[^\d，。日]{0,12}?(?:大事记|大事|纪事|工作动态|要事|工作纪实)|"
                          r"(?<=大事记)[^\d，。]{0,4}?(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?(?![\d日])")
RECORD_NAME = re.compile(r"大事记|要事记|纪事|工作纪实")
YEAR_MONTH_LINE = re.compile(r"(?m)^[ \t\u3000]*[(（]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?\s*[)）]?[ \t\u3000]*$")
RECORD_YEAR = re.compile(r"(\d{4})\s*年[^\d，。月日]{0,10}?(?:大事记|大事|纪事)")
MONTH_LINE = re.compile(r"(?m)^[ \t\u3000]*(\d{1,2})\s*月份?[ \t\u3000]*$")
DAY_OPENING = re.compile(r"^[ \t\u3000]*\d{1,2}日(?:[—-]\d{1,2}日)?(?:[ \t\u3000]|[，,])")
YEAR_LINE = re.compile(r"(?m)^[ \t\u3000]*(\d{4})\s*年[ \t\u3000]*$")
CN_YEAR_MONTH = re.compile(r"([〇零一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月")


def _cn_year_month(line: str) -> str:
    """二〇二二年一月 -> 2022年1月 in a line, the rest as it is."""
    def digits(m: re.Match) -> str:
        year = "".join(str(cn_number(c.replace("〇", "零"))) for c in m.group(1))
        return f"{year}年{cn_number(m.group(2))}月"
    return CN_YEAR_MONTH.sub(digits, line)
TIME_FIELD = re.compile(r"(?<!发布|更新|修改|生成|成文|印发)(?:会议|召开|举办|举行|活动)?时间\s*[:：]\s*")
SIGNATURE = re.compile(r"[^，。！？\s]{3,40} [\u4e00-\u9fff·]{2,4}")


def _enterprise_of(post: Post, forms: list[tuple[str, str]]) -> Post:
    """A title whose organisation is an enterprise of the article, written in full,
    short, or after a place (某某区企业山东某某有限公司), names that enterprise."""
    org = post.organization
    if not org:
        return post
    organ = _organ_named_after(org)
    for form, full in sorted(forms, key=lambda f: -len(f[0])):
        if org == form or (org.endswith(form) and len(form) >= 4):
            title = post.title[len(org):] if post.title.startswith(org) and len(post.title) > len(org) else post.title
            return replace(post, organization=full, org_is_enterprise=True, title=title)
        # 某某集团党委委员: a body of the company; the title keeps the body's name (党委委员)
        if organ and org == form + organ and len(form) >= 4:
            title = post.title[len(form):] if post.title.startswith(org) else post.title
            return replace(post, organization=full, org_is_enterprise=True, title=title)
    return post


# a company written by its legal form alone, maybe with the holder's first post and 兼 after it
# (集团公司董事长兼总经理甲, 股份公司副总裁乙)
GENERIC_COMPANY = re.compile(r"(集团公司|股份公司|集团|公司|总公司)(党委|党组|董事会|监事会|工会|纪委)?"
                             r"(?:董事长|总经理|总裁|党委书记|书记)?兼?")
# what a company's name holds that the legal form alone stands for (集团公司: 某某集团有限公司)
GENERIC_PARTS = {"集团公司": ("集团", "公司"), "股份公司": ("股份", "公司"), "集团": ("集团", ""), "公司": ("", "公司"),
                 "总公司": ("", "公司")}


def _generic_company(post: Post, forms: list[tuple[str, str]]) -> Post | None:
    """A post in a company, or in its own body, written by the legal form alone (集团公司董事长兼
    总经理甲, 集团公司党委委员乙): in the one company of the article whose name holds the form's
    words (集团公司: 某某集团有限公司); None (no post read) where the article names none or several."""
    m = GENERIC_COMPANY.fullmatch(post.organization or "")
    if m is None:
        return post
    word = m.group(1)
    inside, end = GENERIC_PARTS[word]
    companies = {full for _f, full in forms if full != word and inside in full and full.endswith(end)}
    if len(companies) != 1:
        return None
    # (集团公司党委委员: the company's own party committee, the post keeps its name)
    title = post.title[len(word):] if post.title.startswith(word) and len(post.title) > len(word) else post.title
    return replace(post, organization=companies.pop(), org_is_enterprise=True, title=title)


# a company's own bodies: its party committee, board, supervisors, union
COMPANY_ORGANS = ("党委", "党组", "董事会", "监事会", "工会", "纪委", "团委", "党总支", "党支部")


def _organ_named_after(org: str | None) -> str | None:
    """The body (党委, 董事会 …) an organisation written as a name and a body ends in, or None."""
    return next((o for o in COMPANY_ORGANS if org and org.endswith(o) and len(org) > len(o)), None)


def _organs_of_companies(posts: list[Post]) -> list[Post]:
    """某某集团副总经理、党委委员甲: the second title's bare 党委 is the company's own, as
    the first title of the same mention says; 某某集团党委委员: so is the party committee named
    after a company."""
    out = []
    for p in posts:
        # 某某集团党委委员: the company's own party committee, a post in the company
        organ = _organ_named_after(p.organization)
        if organ and not p.org_is_enterprise and re.search(rf"{enterprises.SUFFIX}$", p.organization[:-len(organ)]) \
                and p.organization[:-len(organ)] not in enterprises.GENERIC:
            company = p.organization[:-len(organ)]
            title = p.title[len(company):] if p.title.startswith(p.organization) else p.title
            p = replace(p, organization=company, org_is_enterprise=True, title=title)
        if p.organization in COMPANY_ORGANS and not p.org_is_enterprise and p.evidence is not None:
            sibling = next((q for q in posts if q.holder == p.holder and q.org_is_enterprise
                            and (q.evidence.start, q.evidence.end) == (p.evidence.start, p.evidence.end)), None)
            if sibling is not None:
                p = replace(p, organization=sibling.organization, org_is_enterprise=True)
        out.append(p)
    return out


def _last_enterprise_before(s: str, pos: int, forms: list[tuple[str, str]]) -> str | None:
    best, name = -1, None
    for form, full in forms:
        k = s.rfind(form, 0, pos)
        if k > best:
            best, name = k, full
    return name
