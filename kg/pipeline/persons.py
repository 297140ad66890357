"""Persons from evidence: one node per person, not per name.

Within one city, the mentions of a name are grouped by what the text says of
them, and the groups are joined into persons unless the text shows they differ
(VOCABULARY.md, Identity).  The unit is a *group*: one person as one article
shows them (an article naming two officials of one name, 阳谷县副县长王伟 and
莘县农业农村局局长王伟, shows two groups; a bare name belongs to the article's
titled mention).  Each group carries its *offices*: the posts of the group with
the division and organisation they lie in, the date of the article, whether
the title is an executive head's (县长, 局长, 董事长 …).

Two offices cannot be held by one person at one time (``compatible``): posts in
two counties (or in two towns, or in a town of another county), the heads of two
organisations (a 镇长 here and a 局长 there) other than the party and government
heads of one division, the head and a deputy of one body, a byline (记者, 编辑)
and an office.  Two groups conflict when they are two persons of one article,
or when they hold such offices at one time: the observed spans of the two
offices overlap (one person would have gone back to a post left), or both are
known only within one month (``SAME_TIME_DAYS``) and lie within a month of each
other.  A transfer, one office's reports ending and the other's starting, does
not conflict.

Resolution of one name (``resolve_name``), given every group of the name in the
city, in an order fixed by the groups' own content:
  1. groups that hold the same office (title and placed organisation) are one
     person (the office is the evidence that joins them);
  2. persons that share a division or an organisation and do not conflict are
     joined, nearest in time first (a career within one county);
  3. the remaining persons that do not conflict are joined, nearest in time
     first (a career that moves between counties);
  4. an article that names the person bare (no title) goes to the one person
     the article's date, places and companions point to; where several fit
     equally it stays with the name's own node, which says only "this name".
Every join and every pair kept apart is recorded (``Decision``), with the
posts that show it, and rendered into the graph (kgr:graph/persons).

IRIs (docs/data-model.md): a person's IRI is a hash of the city, the name and
the person's first office (the earliest dated current post: its division,
organisation and title word), so it does not depend on pages that do not name
the person; the name's own node (bare mentions only, or undecided) keeps the
IRI of city + name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

from ..records import ArticleRecords, Evidence, Post

RISE_DAYS = 730              # two ranks up or down in less than this: not one career (a deputy post is held two years)
SAME_TIME_DAYS = 31          # offices observed within a month (or overlapping) are held at the same time
ACTIVE_MARGIN_DAYS = 183     # a bare mention this close to a person's observed span may be theirs

HEADS = {"书记", "党委书记", "党工委书记", "党组书记", "县长", "区长", "市长", "州长", "旗长", "镇长", "乡长",
         "局长", "厅长", "院长", "行长", "董事长", "总经理", "厂长", "校长", "主任", "所长", "站长", "馆长", "社长"}
# the heads of a division's party committee and government: one person may hold two of one division
LEADERS = {"书记", "党委书记", "党工委书记", "县长", "区长", "市长", "州长", "旗长", "镇长", "乡长"}
# bodies whose 主任 is held beside another office (人大常委会主任 with 县委书记, 办公室主任)
CONCURRENT_BODY = re.compile(r"(人大|常委会|政协|办公室|办|工委|指挥部|领导小组)$")
PRESS = "press"
LEADING_BODY = re.compile(r"(党工委|管委会|党委|人民政府|政府|委员会|委)$")


@dataclass(frozen=True, order=True)
class Office:
    """A post as evidence of who holds it."""
    word: str                # the post word (县长, 局长, 记者 for a byline)
    core: str                # the organisation without its division (政府, 财政局), "" when none
    place: str               # canonical division it lies in ("" when unknown)
    level: str               # town | county | city | ""
    county: str              # the county it lies in ("" when unknown or above)
    sector: str              # public | enterprise | press
    former: bool
    title: str = ""          # as written (for explanations)
    org: str = ""            # as written
    explicit: bool = True    # placed by its own name (阳谷县财政局), not by the page's city or the article

    @property
    def head(self) -> bool:
        if self.word in ("主任",) and CONCURRENT_BODY.search(self.org or ""):
            return False
        base = self.word[1:] if self.word.startswith("代") else self.word
        return base in HEADS or self.sector == "enterprise" and base in ("董事长", "总经理", "经理")

    @property
    def leader(self) -> bool:
        base = self.word[1:] if self.word.startswith("代") else self.word
        return base in LEADERS or base == "主任" and self.org.endswith("管委会")

    @property
    def unit(self) -> str:
        """The division (or zone) whose leadership the office belongs to."""
        return self.place or LEADING_BODY.sub("", self.org)

    @property
    def identity(self) -> tuple[str, str, str] | None:
        """What makes two observations one office: placed organisation and title word."""
        if not self.place or self.sector == PRESS:
            return None
        return (self.place, self.core, self.word)

    @property
    def canonical(self) -> "Office":
        """The office whatever the wording: observations of one office share their span."""
        return Office(self.word, self.core, self.place, self.level, self.county, self.sector, self.former,
                      "", self.core if self.place else self.org, True)


def compatible(a: Office, b: Office, one_article: bool = False) -> tuple[bool, str]:
    """Whether one person can hold both offices at once; when not, the rule that says so.  Within
    one article (``one_article``) only offices whose divisions the text names with them are compared
    (市委书记 on a county-level city's page, 市交通局 and 市交通运输局 are not set against another
    title of the article)."""
    if a.former or b.former or one_article and not (a.explicit and b.explicit):
        return True, ""
    if (a.sector == PRESS) != (b.sector == PRESS) and not _newsroom(b if a.sector == PRESS else a):
        return False, "byline-and-office"
    if a.level in ("county", "town") and b.level in ("county", "town"):
        if a.county and b.county and a.county != b.county:
            return False, "two-counties"
        if a.level == b.level == "town" and a.place != b.place:
            return False, "two-towns"
    if a.place == b.place and a.core == b.core and a.org and b.org and _deputy_of(a.word, b.word):
        return False, "head-and-deputy"
    ra, rb = _leading_rank(a), _leading_rank(b)
    if ra and rb and ra != rb and a.place and a.place == b.place and not _acting_and_deputy(a.word, b.word):
        return False, "two-ranks"
    if a.head and b.head and _two_bodies(a, b):
        if not (a.leader and b.leader and a.unit and a.unit == b.unit):
            return False, "two-heads"
    return True, ""


NEWSROOM_POSTS = {"总编辑", "副总编辑", "主编", "副主编", "编辑", "社长", "副社长", "台长", "副台长"}
NEWSROOM = re.compile(r"(?:报社?|报业集团|电视台|广播电视台|融媒体中心|新闻中心|新闻网|通讯社|记者站)$")


def _newsroom(o: Office) -> bool:
    """A post of a paper or broadcaster (南方日报总编辑): its holder also writes and edits reports."""
    return o.word in NEWSROOM_POSTS or bool(NEWSROOM.search(o.org or o.core))


def _two_bodies(a: Office, b: Office) -> bool:
    """Whether two offices lie in two organisations: two bodies (财政局, 政府), or one kind of body of
    two divisions; a body whose division the text does not give may be the other's; a body's name
    and its short form (城乡一体化示范区党工委, 示范区党工委) are one."""
    if a.core or b.core:
        short, full = sorted((a.core, b.core), key=len)
        same = a.core == b.core or len(short) >= 4 and full.endswith(short)
        return not same or bool(a.place and b.place and a.place != b.place)
    return a.org != b.org


# ranks of the public posts whose rank their division's level and title tell (干部职级: 副科 1, 正科 2,
# 副处 3, 正处 4, 副厅 5, 正厅 6): a town's heads, a county's or city's heads and bureau heads
HEAD_RANK = {"town": 2, "county": 4, "city": 6}
COUNTY_TOP_RANK = 4
BUREAU_RANK = {"county": 2, "city": 4}
DIVISION_HEADS = {"town": ("镇长", "乡长", "党委书记", "书记"), "county": ("县长", "区长", "旗长", "市长", "书记"),
                  "city": ("市长", "州长", "书记")}


def rank(o: Office) -> int | None:
    """The rank of a public office, where its division's level and title word tell it (阳谷县县长 4,
    阳谷县副县长 3, 阳谷县财政局局长 2, 某镇镇长 2); None for every other office (a 副书记's rank
    varies: the 县长 is one)."""
    return _leading_rank(o) or _bureau_rank(o)


def _plain(word: str) -> str:
    """A post word without 常务, 代理 or 代: 常务副县长 -> 副县长, 代县长 -> 县长."""
    return re.sub(r"^(常务|代理|代)", "", word)


def _title_base(o: Office) -> tuple[str, bool]:
    word = _plain(o.word)
    return (word[1:], True) if word.startswith("副") else (word, False)


def _leading_rank(o: Office) -> int | None:
    """The rank of a division's head or deputy head (县长 4, 副县长 3, 县委书记 4, 镇长 2, 副镇长 1)."""
    if o.sector != "public" or o.former or o.level not in HEAD_RANK:
        return None
    base, deputy = _title_base(o)
    if base not in DIVISION_HEADS[o.level] or o.core not in ("", "政府", "委", "党委") or \
            deputy and base.endswith("书记"):
        return None
    return HEAD_RANK[o.level] - deputy


def _bureau_rank(o: Office) -> int | None:
    if o.sector != "public" or o.former or o.level not in BUREAU_RANK:
        return None
    base, deputy = _title_base(o)
    return BUREAU_RANK[o.level] - deputy if base == "局长" and o.core.endswith("局") else None


def _acting_and_deputy(a: str, b: str) -> bool:
    """代市长 and 副市长: held at once by the deputy who acts as head until elected."""
    return bool(re.match(r"^代理?", a) and b.startswith("副") or re.match(r"^代理?", b) and a.startswith("副"))


def _deputy_of(a: str, b: str) -> bool:
    """副县长 and 县长 (常务副县长 alike): the head of a body and one of its deputies; not 代县长 and
    副县长 (``_acting_and_deputy``)."""
    if _acting_and_deputy(a, b):
        return False
    a, b = _plain(a), _plain(b)
    return a == "副" + b or b == "副" + a


REASONS = {
    "head-and-deputy": ("同一时期分别任{a}和{b}，一人不能同时任同一单位的正职和副职",
                        "the head and a deputy of one body at the same time ({a}; {b})"),
    "two-counties": ("同一时期分别在{a}和{b}任职，一人不能同时在两个县任职",
                     "holds posts in two counties at the same time ({a}; {b})"),
    "two-towns": ("同一时期分别任{a}和{b}，一人不能同时在两个乡镇任职",
                  "holds posts in two towns at the same time ({a}; {b})"),
    "two-ranks": ("同一时期分别任{a}和{b}，一人不能同时任同一地方两个级别的领导职务",
                  "holds leading posts of two ranks in one division at the same time ({a}; {b})"),
    "two-heads": ("同一时期分别任{a}和{b}，一人不能同时任两个单位的正职",
                  "heads two organisations at the same time ({a}; {b})"),
    "byline-and-office": ("同一时期一为报社署名的{a}，一为{b}", "a byline ({a}) and an office ({b}) at the same time"),
    "rank-rise": ("由{a}到{b}，不到两年级别相差两级，不合逐级升降（副职任职两年以上，降职降一级），应为两人",
                  "two ranks up or down in under two years ({a} -> {b}) does not fit one career "
                  "(promotion goes a rank at a time, with two years in a deputy post; a demotion one rank)"),
    "same-article": ("同一篇文章中出现两位同名者：{a}；{b}", "two persons of this name in one article ({a}; {b})"),
    "same-office": ("各篇文章所述为同一职务：{a}", "the articles give the same office: {a}"),
    "same-place": ("职务同在{a}，且任职时间不冲突", "posts in one division or organisation ({a}) that do not overlap"),
    "one-career": ("职务先后相接、时间不冲突，可为同一人的履历：{a} → {b}",
                   "posts that follow one another without overlap fit one career: {a} -> {b}"),
    "bare-only-person": ("文中未写职务，该名在本市只有一位已知任职者：{a}",
                         "named without a title; the only person of this name in the city is {a}"),
    "bare-fits": ("文中未写职务，按文章日期、地点和同时出现的人，归于{a}",
                  "named without a title; the article's date, places and companions point to {a}"),
    "bare-undecided": ("文中未写职务，本市同名者不止一位，无法判定是哪一位",
                       "named without a title; several persons of this name in the city fit equally"),
}


def reason(rule: str, a: str = "", b: str = "") -> tuple[str, str]:
    zh, en = REASONS[rule]
    return zh.format(a=a, b=b), en.format(a=a, b=b)


# --- what a page says of each name ---------------------------------------------------------------

@dataclass(frozen=True)
class Observation:
    office: Office
    date: str                 # ISO date of the article ("" when undated)
    post: str                 # the kg:Post IRI


@dataclass(frozen=True)
class Group:
    """One person as one article shows them."""
    city: str | None
    name: str
    key: str                          # the mention key (mention_key)
    date: str                         # ISO, "" when undated
    observations: tuple[Observation, ...] = ()
    places: tuple[str, ...] = ()      # the divisions the article names
    companions: tuple[str, ...] = ()  # the other names of the article
    forms: tuple[str, ...] = ()       # printed forms of the name (a page in traditional characters)

    @cached_property
    def article(self) -> str:
        return self.key.rsplit("\x1f", 1)[0]


def mention_key(path: str, article: int, name: str, self_: str) -> str:
    """The key of one person of one article: the page, the article, the name, and which of the
    article's persons of that name (0, 1 … in order of their first title; c: a byline)."""
    return f"{path}\x1f{article}\x1f{name}\x1f{self_}"


@dataclass(frozen=True)
class Selves:
    """The persons of one name in one article: titled ones (each a tuple of posts), a byline."""
    titled: tuple[tuple[Post, ...], ...] = ()
    credited: bool = False
    bare: bool = False

    def of_post(self, p: Post) -> str:
        for i, posts in enumerate(self.titled):
            if p in posts:
                return str(i)
        return "0"

    def of_evidence(self, evidence: tuple[Evidence, ...]) -> str:
        """The titled person whose title the sentences of a fact state (else the first)."""
        for i, posts in enumerate(self.titled):
            for p in posts:
                if p.evidence and any(e.start < p.evidence.end and p.evidence.start < e.end for e in evidence):
                    return str(i)
        return "0"

    def spoken(self) -> list[str]:
        """The keys of the persons the article speaks of (not its byline)."""
        return [str(i) for i in range(len(self.titled))] or (["0"] if self.bare else [])


def article_selves(ar: ArticleRecords, credited: set[str], office_of,
                   repeated: set[tuple[int, str]] = frozenset()) -> dict[str, Selves]:
    """The persons of each name of an article.  Posts of one name go to the first person they fit
    (``compatible`` within one article, with all of its posts); the second 王伟 of an article whose
    posts are in another county is a second person.  The titles of one sentence are one mention's
    unless the sentence names the person twice with titles (``repeated``: (sentence start, name))."""
    office_of = lru_cache(maxsize=None)(office_of)
    # the titles of one mention (县委副书记、县长甲) come one after another in one sentence: they stay
    # together unless one of them cannot be held with those before (阳谷县副县长甲、莘县农业农村局局长甲)
    units: dict[str, list[tuple[Post, ...]]] = {}
    for p in ar.posts:
        if p.national:
            continue
        at = units.setdefault(p.holder, [])
        last = at[-1] if at else ()
        if last and p.evidence is not None and last[-1].evidence is not None and \
                (last[-1].evidence.start, last[-1].evidence.end) == (p.evidence.start, p.evidence.end) and \
                ((p.evidence.start, p.holder) not in repeated or
                 all(compatible(office_of(p), office_of(q), True)[0] for q in last)):
            at[-1] = last + (p,)
        else:
            at.append((p,))
    # a title placed by the article (县长 after 冠县委副书记) is named with its division when another
    # title of its mention names that division
    placed: dict[Post, Office] = {}
    for found in units.values():
        for unit in found:
            named = {office_of(p).place for p in unit if office_of(p).explicit}
            for p in unit:
                o = office_of(p)
                placed[p] = replace(o, explicit=True) if not o.explicit and o.place in named else o
    posts: dict[str, list[tuple[Post, ...]]] = {}
    for name, found in units.items():
        groups = posts.setdefault(name, [])
        for unit in found:
            for i, g in enumerate(groups):
                if all(compatible(placed[p], placed[q], True)[0] for p in unit for q in g):
                    groups[i] = g + unit
                    break
            else:
                groups.append(unit)
    spoken = {n for n in ar.persons if n not in credited} | set(posts)
    return {n: Selves(tuple(posts.get(n, ())), n in credited, n in spoken and n not in posts)
            for n in sorted(spoken | (credited & set(ar.persons)))}


# --- resolution of one name ----------------------------------------------------------------------

@dataclass
class Decision:
    """Why mentions were joined into a person, or two persons of one name kept apart."""
    kind: str                          # join | apart | undecided
    rule: str
    persons: tuple[str, ...]           # the person IRIs it concerns (apart: two)
    posts: tuple[str, ...]             # the posts that show it
    text_zh: str
    text_en: str
    mentions: int = 0                  # the articles it decides

    @property
    def key(self) -> tuple:
        return (self.kind, self.rule, self.persons, self.posts)


@dataclass
class Person:
    iri: str
    name: str
    city: str | None
    groups: list[Group] = field(default_factory=list)


@dataclass
class Resolved:
    """The persons of one name in one city: who each mention is, and why."""
    mentions: dict[str, str]           # mention key -> person IRI
    persons: list[Person]
    decisions: list[Decision]


@lru_cache(maxsize=1 << 14)
def _days(iso: str) -> int | None:
    return date.fromisoformat(iso).toordinal() if iso else None


class _Cluster:
    """Groups taken for one person so far, with the observed span of each office."""

    def __init__(self, groups: list[Group]):
        self.groups: list[Group] = []
        self.spans: dict[Office, list] = {}      # office (canonical) -> [first day, last day, first post, label]
        self.articles: set[str] = set()
        self.joins: list[tuple[str, str, str, tuple[str, ...], int]] = []   # rule, a, b, posts, articles
        self.span: tuple[int | None, int | None] = (None, None)   # the first and last day of its articles
        self._places: set[str] = set()
        self._first: tuple | None = None
        for g in groups:
            self.add(g)

    def add(self, g: Group) -> None:
        self.groups.append(g)
        self.articles.add(g.article)
        self._first = None
        d = _days(g.date)
        if d is not None:
            lo, hi = self.span
            self.span = (d if lo is None else min(lo, d), d if hi is None else max(hi, d))
        for ob in g.observations:
            if ob.office.former:
                continue
            d = _days(ob.date)
            key = ob.office.canonical
            span = self.spans.get(key)
            if span is None:
                self.spans[key] = [d, d, ob.post, _label(ob.office)]
                if key.place:
                    # its county (a town's too), its town, and its organisation with the division that
                    # holds it (阳谷县财政局; a bare 财政局 or 政府 is not one organisation)
                    self._places |= {key.county or key.place, key.place} | ({key.place + key.core} if key.core else set())
            elif d is not None:
                if span[0] is None or d < span[0] or (d == span[0] and ob.post < span[2]):
                    span[0], span[2] = d, ob.post
                if span[1] is None or d > span[1]:
                    span[1] = d

    def absorb(self, other: "_Cluster") -> None:
        for g in other.groups:
            self.add(g)
        self.joins += other.joins

    @property
    def first(self) -> tuple:
        """The cluster's first office: earliest dated current post (then any post), for order and IRI:
        (day, post word, division, organisation, post IRI, label)."""
        if self._first is None:
            self._first = self._first_office()
        return self._first

    def _first_office(self) -> tuple:
        dated = [(s[0], o.word, o.place, o.core, s[2], s[3]) for o, s in self.spans.items() if s[0] is not None]
        if dated:
            return min(dated, key=lambda t: t[:5])
        any_ = [(10 ** 7, o.word, o.place, o.core, s[2], s[3]) for o, s in self.spans.items()]
        if any_:
            return min(any_, key=lambda t: t[:5])
        past = sorted(((_days(ob.date) or 10 ** 7, ob.office.word, ob.office.place, ob.office.core, ob.post,
                        _label(ob.office)) for g in self.groups for ob in g.observations), key=lambda t: t[:5])
        return past[0] if past else (10 ** 7, "", "", "", "", "")

    def places(self) -> set[str]:
        """The divisions (a town's county) and organisations of its offices."""
        return self._places

    def conflict(self, other: "_Cluster") -> tuple[str, Office, Office, str, str] | None:
        """The first pair of offices (or articles) that shows the two are different persons."""
        if self.articles & other.articles:
            art = min(self.articles & other.articles)
            a = next(ob for g in self.groups if g.article == art for ob in g.observations) \
                if any(g.article == art and g.observations for g in self.groups) else None
            b = next(ob for g in other.groups if g.article == art for ob in g.observations) \
                if any(g.article == art and g.observations for g in other.groups) else None
            # (南方日报总编辑甲 and the byline 记者甲: the paper's editor writes the report)
            if a is not None and b is not None and not (
                    (a.office.sector == PRESS and _newsroom(b.office)) or (b.office.sector == PRESS and _newsroom(a.office))):
                return ("same-article", _label(a.office), _label(b.office), a.post, b.post)
        for oa, sa in sorted(self.spans.items()):
            for ob, sb in sorted(other.spans.items()):
                ok, rule = compatible(oa, ob)
                if ok or None in (sa[0], sb[0]):
                    continue
                gap = max(sa[0], sb[0]) - min(sa[1], sb[1])
                if gap <= 0 or gap <= SAME_TIME_DAYS and sa[1] - sa[0] <= SAME_TIME_DAYS >= sb[1] - sb[0]:
                    return (rule, sa[3], sb[3], sa[2], sb[2])
        return self._rise(other)

    def _rise(self, other: "_Cluster") -> tuple[str, str, str, str, str] | None:
        """Two offices, one of each, the later two ranks or more above (or below) the earlier and first
        seen less than two years after it, with no office of a rank between: not one person's career
        (promotion goes a rank at a time, with two years in a deputy post; a demotion one rank)."""
        # county and town ranks only (a county's 县委书记 may be a 市委常委, of a rank above his title's)
        ranked = [(r, s, mine) for mine, c in ((True, self), (False, other)) for o, s in c.spans.items()
                  if s[0] is not None and (r := rank(o)) is not None and r <= COUNTY_TOP_RANK]
        for ra, sa, mine in ranked:
            for rb, sb, theirs in ranked:
                if mine == theirs or abs(rb - ra) < 2 or not sa[1] < sb[0] < sa[1] + RISE_DAYS:
                    continue
                if any(min(ra, rb) < rz < max(ra, rb) and sz[0] <= sb[0] and sz[1] >= sa[0]
                       for rz, sz, _o in ranked):
                    continue
                return ("rank-rise", sa[3], sb[3], sa[2], sb[2])
        return None

    def gap(self, other: "_Cluster") -> int:
        a, b = self.span, other.span
        if None in a or None in b:
            return 10 ** 7
        return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _label(o: Office) -> str:
    """An office as a reader would write it: 阳谷县县长 for 县长 of an article about 阳谷县."""
    t = o.title
    if o.org and not t.startswith(o.org) and not o.org.endswith("政府"):
        t = o.org + t
    if o.place and o.place not in t and not t.startswith(o.place[:-1]):
        t = o.place + t
    return t


def person_iri_for(base: str, city: str | None, name: str, first: tuple, h) -> str:
    _d, word, place, core, _post, _o = first
    if not word and not place and not core:
        return base + "person/" + h(city, name)
    return base + "person/" + h(city, name, place, core, word)


def resolve_name(groups, base: str, h) -> Resolved:
    """The persons of one name in one city (all its groups, in any order)."""
    groups = sorted(groups, key=lambda g: g.key)
    if not groups:
        return Resolved({}, [], [])
    city, name = groups[0].city, groups[0].name
    titled = [g for g in groups if g.observations]
    bare = [g for g in groups if not g.observations]

    # 1. one office, one person: in order of date, a group goes to the first person that holds one of
    #    its offices and does not conflict with it (an office that two persons of the name held
    #    one after the other, or at once, gives two)
    clusters: list[_Cluster] = []
    holding: dict[tuple, list[_Cluster]] = {}
    for g in sorted(titled, key=lambda g: (g.date or "9999", g.key)):
        ids = sorted({ob.office.identity for ob in g.observations if ob.office.identity and not ob.office.former})
        one = _Cluster([g])
        home = next((c for i in ids for c in holding.get(i, ()) if c.conflict(one) is None), None)
        if home is None:
            home = one
            clusters.append(one)
        else:
            home.add(g)
        for i in ids:
            if home not in holding.setdefault(i, []):
                holding[i].append(home)
    for c in clusters:
        if len(c.groups) > 1:
            c.joins.append(("same-office", c.first[5], "", (c.first[4],), len(c.groups)))
    clusters.sort(key=lambda c: (c.first[:5], min(g.key for g in c.groups)))

    # 2. and 3. join what does not conflict: first within a division or organisation, then careers
    def join(todo: list[_Cluster], linked: bool) -> list[_Cluster]:
        out: list[_Cluster] = []
        by_place: dict[str, list[_Cluster]] = {}
        for c in todo:
            if linked:
                candidates = list({id(p): p for x in sorted(c.places()) for p in by_place.get(x, ())}.values())
            else:
                candidates = out
            ranked = sorted(((-len(p.places() & c.places()), p.gap(c), p.first[:5]), i)
                            for i, p in enumerate(candidates))
            best = next((candidates[i] for _score, i in ranked if candidates[i].conflict(c) is None), None)
            if best is None:
                out.append(c)
                for x in c.places():
                    by_place.setdefault(x, []).append(c)
                continue
            p, shared = best, best.places() & c.places()
            for x in c.places() - p.places():
                by_place.setdefault(x, []).append(p)
            if linked:
                p.joins.append(("same-place", "、".join(sorted(shared)[:3]), "", (p.first[4], c.first[4]),
                                len(c.groups)))
            else:
                p.joins.append(("one-career", p.first[5], c.first[5], (p.first[4], c.first[4]), len(c.groups)))
            p.absorb(c)
        return out
    clusters = join(join(clusters, True), False)

    # IRIs, from each person's first office; two persons with one first office: the later one adds
    # the day and article of its first observation
    persons: list[Person] = []
    taken: set[str] = set()
    for c in sorted(clusters, key=lambda c: (c.first[:5], min(g.key for g in c.groups))):
        iri = person_iri_for(base, city, name, c.first, h)
        if iri in taken or iri == base + "person/" + h(city, name):
            iri = base + "person/" + h(city, name, *c.first[1:4], c.first[0], min(g.key for g in c.groups))
        taken.add(iri)
        persons.append(Person(iri, name, city, list(c.groups)))
    by_iri = {p.iri: c for p, c in zip(persons, sorted(clusters, key=lambda c: (c.first[:5], min(g.key for g in c.groups))))}

    # 4. bare mentions
    name_node = base + "person/" + h(city, name)
    unresolved: list[Group] = []
    bare_to: dict[str, list[Group]] = {}
    for g in bare:
        if not persons:
            unresolved.append(g)
            continue
        if len(persons) == 1:
            bare_to.setdefault(persons[0].iri, []).append(g)
            continue
        d = _days(g.date)
        scored = []
        for p in persons:
            c = by_iri[p.iri]
            lo, hi = c.span
            active = d is not None and lo is not None and lo - ACTIVE_MARGIN_DAYS <= d <= hi + ACTIVE_MARGIN_DAYS
            place = bool(set(g.places) & c.places())
            known = {n for x in c.groups for n in x.companions}
            companions = len(set(g.companions) & known)
            scored.append(((active, place, companions), p.iri))
        scored.sort(reverse=True)
        if scored[0][0] > scored[1][0] and scored[0][0] != (False, False, 0):
            bare_to.setdefault(scored[0][1], []).append(g)
        else:
            unresolved.append(g)

    mentions: dict[str, str] = {}
    decisions: list[Decision] = []
    for p in persons:
        c = by_iri[p.iri]
        for g in p.groups:
            mentions[g.key] = p.iri
        for rule, a, b, posts, n in c.joins:
            zh, en = reason(rule, a, b)
            decisions.append(Decision("join", rule, (p.iri,), tuple(sorted(set(posts))), zh, en, n))
        extra = bare_to.get(p.iri, [])
        for g in extra:
            mentions[g.key] = p.iri
            p.groups.append(g)
        if extra:
            rule = "bare-only-person" if len(persons) == 1 else "bare-fits"
            zh, en = reason(rule, c.first[5] or name)
            decisions.append(Decision("join", rule, (p.iri,), (c.first[4],), zh, en, len(extra)))
    for i, p in enumerate(persons):
        for q in persons[i + 1:]:
            why = by_iri[p.iri].conflict(by_iri[q.iri]) or by_iri[q.iri].conflict(by_iri[p.iri])
            if why is None:
                continue
            rule, la, lb, pa, pb = why
            zh, en = reason(rule, la, lb)
            decisions.append(Decision("apart", rule, tuple(sorted((p.iri, q.iri))), tuple(sorted({pa, pb})), zh, en))
    if unresolved:
        node = Person(name_node, name, city, unresolved)
        persons.append(node)
        for g in unresolved:
            mentions[g.key] = name_node
        if persons[:-1]:
            zh, en = reason("bare-undecided")
            decisions.append(Decision("undecided", "bare-undecided", (name_node,), (), zh, en, len(unresolved)))
    decisions.sort(key=lambda d: d.key)
    return Resolved(mentions, persons, decisions)


@lru_cache(maxsize=4096)
def post_word(title: str, words: frozenset) -> str:
    """The post word a title ends with (the longest)."""
    best = ""
    for k in range(len(title)):
        if title[k:] in words and len(title) - k > len(best):
            best = title[k:]
    return best or title
