"""Plain values that flow between the stages of the pipeline.

read -> Page -> normalise -> Text -> split -> Article -> extract -> PageRecords
-> resolve -> Resolved -> rdf -> graphs.  Every value is frozen: a stage builds
new values and never changes what it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Source:
    """Where a page comes from and what the manifest or options say of it."""
    path: str                       # relative to the build's input folder, POSIX separators
    published: date | None = None
    city: str | None = None          # full name of the prefecture-level city, e.g. 聊城市
    newspaper: str | None = None


@dataclass(frozen=True)
class Page:
    """A decoded page: the text exactly as in the file (BOM removed)."""
    source: Source
    raw: str
    encoding: str
    html: bool = False               # main text extracted from an HTML page


@dataclass(frozen=True)
class Text:
    """Normalised text with a map back to the raw text.

    ``offsets[i]`` is the index in ``raw`` of normalised character ``i``;
    ``offsets[len(text)]`` is ``len(raw)``.
    """
    source: Source
    raw: str
    text: str
    offsets: tuple[int, ...]
    traditional: bool = False

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) in the normalised text -> [start, end) in the raw text."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Span:
    start: int                       # in the normalised text
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Article:
    index: int                       # position on the page, from 0
    headline: str | None
    authors: tuple[str, ...]         # byline names (记者, 通讯员)
    paragraphs: tuple[Span, ...]     # body paragraphs in the normalised text
    headline_spans: tuple[Span, ...] = ()
    kind: str = "news"               # news | caption | commentary | teaser


@dataclass(frozen=True)
class Split:
    """A page split into articles, plus the page's editor line."""
    text: Text
    articles: tuple[Article, ...]
    editors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    start: int                       # normalised text offsets of the sentence
    end: int
    rule: str                        # the rule that produced the fact


@dataclass(frozen=True)
class Post:
    holder: str
    title: str                       # as written
    organization: str | None = None  # organisation name, city-relative as written (市委)
    org_is_enterprise: bool = False
    former: bool = False
    national: bool = False           # a national or provincial title: the name is not city-scoped
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Act:
    """What a notice or a resume states of a post's spell (kg/pipeline/extract/careers.py): the post
    (holder, title, organisation and sentence, as its Post has them), the verb that states it
    (任命, 当选, 免去, 辞去, 提名, 曾任, 履历 for a dated resume line …) and the start and end it
    gives (ISO day or year-month), None where the text gives none."""
    holder: str
    title: str
    organization: str | None
    verb: str
    start: str | None = None
    end: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Biography:
    """What one sentence of a resume or obituary states of a person (kg/pipeline/extract/biographies.py):
    (field, value) pairs, fields among gender, ethnicity, birth, native_place, education, party,
    party_joined, work_start (dates as year-month or year)."""
    person: str
    facts: tuple[tuple[str, str], ...]
    evidence: Evidence


@dataclass(frozen=True)
class Meeting:
    name: str
    date: date | None = None
    end_date: date | None = None
    chair: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    location: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Visit:
    visitors: tuple[str, ...]
    targets: tuple[str, ...]
    date: date | None = None
    end_date: date | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class EnterpriseMention:
    name: str                        # fullest form in the article
    aliases: tuple[str, ...] = ()
    county: str | None = None        # canonical county-level name, when stated or implied
    evidence: Evidence | None = None


@dataclass(frozen=True)
class DivisionMention:
    name: str                        # canonical full name (阳谷县)
    level: str                       # province | city | county | town
    code: str | None = None          # 6-digit code, county level and above
    parent: str | None = None        # canonical name of the division it is part of
    parent_code: str | None = None
    surface: str | None = None       # as written, when it differs (阳谷, 茌平县)


@dataclass(frozen=True)
class Project:
    name: str
    investment: Decimal | None = None
    approximate: bool = False
    enterprise: str | None = None
    county: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ArticleRecords:
    """Everything one article states."""
    article: Article
    persons: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    visits: tuple[Visit, ...] = ()
    enterprises: tuple[EnterpriseMention, ...] = ()
    divisions: tuple[DivisionMention, ...] = ()
    organizations: tuple[str, ...] = ()
    projects: tuple[Project, ...] = ()
    acts: tuple[Act, ...] = ()
    biographies: tuple[Biography, ...] = ()
    repeated: tuple[tuple[int, str], ...] = ()   # (sentence start, name): a sentence that titles the name twice


@dataclass(frozen=True)
class PageRecords:
    """The output of extraction for one page: a pure function of that page."""
    split: Split
    articles: tuple[ArticleRecords, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = ()      # what extraction did that the user should know (a run cut into pieces)

    @property
    def source(self) -> Source:
        return self.split.text.source


@dataclass(frozen=True)
class Problem:
    """A page that could not be read or processed: reported, the build goes on."""
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
