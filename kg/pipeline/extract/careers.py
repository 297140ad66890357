"""Spells of office: when a post began or ended, where the text states it.

Appointment and election notices (任命, 决定任命, 当选, 补选, 选举), removals and
resignations (免去, 辞去), nominations (提名, 推荐) and the past titles of a
biography (曾任, 历任, 原任) are read by people.py as posts; this module says
what each of those sentences states of the post's spell (``Act``): a start (an
appointment or election, on the date the sentence gives, else the day of the
page), an end (a removal or resignation), or only how the post is known (a
nomination, a past title without dates).  It also reads what people.py does
not: a resignation (甲辞去…职务) and the dated lines of a resume
(1992年8月至2001年3月任…; 2001年3月起任…; 2010.03—2014.05 …), which give the
spell's start and end by month; each such line is a post too (a past one,
unless it runs 至今).  A proposal (拟任, 任前公示) states no spell and
gives no post: the person does not hold the title yet.
"""
from __future__ import annotations

import re
from datetime import date

from ...records import Act, Post
from . import people
from .text import Sentence, find_dates, name_at

STARTS = ("任命", "决定任命", "当选", "补选", "选举")
ENDS = ("免去", "辞去")
KNOWN_ONLY = ("提名", "推荐", "曾任", "历任", "原任")

RESIGNED = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:因[^，。；]{1,12}[，,]?)?辞去")
RESUME = re.compile(r"(?P<y1>(?:19|20)\d{2})(?:年|\.)(?P<m1>\d{1,2})月?"
                    r"(?:(?:至|—|－|-|~|到)(?:(?P<y2>(?:19|20)\d{2})(?:年|\.)(?P<m2>\d{1,2})月?|今))?"
                    r"(?P<verb>起任|先后任|历任|任|[，,]?\s*)")


def _month(y: str | None, m: str | None) -> str | None:
    if not y or not m or not 1 <= int(m) <= 12:
        return None
    return f"{int(y):04d}-{int(m):02d}"


def act_day(sent: Sentence, published: date | None) -> str | None:
    """The day an act took place: the first date of its sentence, else the page's day."""
    found = find_dates(sent.text, published)
    day = found[0].first if found else published
    return day.isoformat() if day else None


def verb_of(p: Post) -> str | None:
    """The verb that gave a post (person.appointment.任命:局长 -> 任命)."""
    if p.evidence is None:
        return None
    rule = p.evidence.rule.split(":", 1)[0]
    for prefix in ("person.appointment.", "person.career.", "person.resume."):
        if rule.startswith(prefix):
            return rule[len(prefix):]
    return None


def acts(posts: list[Post], sents: list[Sentence], published: date | None, spells: dict) -> list[Act]:
    """What the sentence of each post states of its spell.  ``spells``: (sentence start, holder,
    title) -> (start, end) of the dated resume lines (``mentions``)."""
    at = {s.span.start: s for s in sents}
    out = []
    for p in posts:
        verb = verb_of(p)
        sent = at.get(p.evidence.start) if p.evidence is not None else None
        if verb is None or sent is None:
            continue
        if (sent.span.start, p.holder, p.title) in spells:
            start, end = spells[(sent.span.start, p.holder, p.title)]
            out.append(Act(p.holder, p.title, p.organization, "履历", start, end, p.evidence))
        elif verb in STARTS:
            out.append(Act(p.holder, p.title, p.organization, verb, act_day(sent, published), None, p.evidence))
        elif verb in ENDS:
            out.append(Act(p.holder, p.title, p.organization, verb, None, act_day(sent, published), p.evidence))
        elif verb == "起任":
            # 2001年3月起任…: a resume line people.py reads as a current title
            m = re.search(r"((?:19|20)\d{2})年(\d{1,2})月起任", sent.text)
            if m and _month(m.group(1), m.group(2)):
                out.append(Act(p.holder, p.title, p.organization, "履历", _month(m.group(1), m.group(2)), None,
                               p.evidence))
        elif verb in KNOWN_ONLY:
            out.append(Act(p.holder, p.title, p.organization, verb, None, None, p.evidence))
    return list(dict.fromkeys(out))


def mentions(sent: Sentence, subject: str | None) -> list[tuple[people.PersonMention, tuple]]:
    """Titled mentions people.py does not read: a resignation (甲辞去…职务) and the dated lines of
    the resume of ``subject`` (the person a profile paragraph is about).  Each with the spell its
    line states: (start, end) by month, None where not stated (a resignation: acts() dates it)."""
    s = sent.text
    out = []
    for m in RESIGNED.finditer(s):
        name = name_at(s, m.start("name"))
        if not name or m.start("name") + len(name) != m.start("name") + len(m.group("name")):
            continue
        titles = people._titles_of_list(s, m.end(), True)
        if titles:
            out.append((people.PersonMention(m.start("name"), m.end("name"), name, tuple(titles),
                                             "person.appointment.辞去"), (None, None)))
    if subject:
        lines = [m for m in RESUME.finditer(s) if m.group("verb").strip("，, ") or m.group("y2")]
        for i, m in enumerate(lines):
            if m.group("verb") == "起任":
                continue            # people.py reads it (person.career.起任); acts() dates it
            start, end = _month(m.group("y1"), m.group("m1")), _month(m.group("y2"), m.group("m2"))
            if start is None or (m.group("y2") and end is None) or (end and end < start):
                continue
            # a resume's dated line is a past post unless it runs to the present (至今)
            titles = people._titles_of_list(s, m.end(), "今" not in m.group(0))
            if titles:
                out.append((people.PersonMention(m.start(), m.end(), subject, tuple(titles), "person.resume.任"),
                            (start, end)))
    return out
