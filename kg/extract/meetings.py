"""Meetings: the name as written, date, chair, participants, location.

A meeting is a noun phrase ending in a meeting word (常务会议, 座谈会, 推进会,
民主生活会, 研讨会 …) that the text convenes or attends: 主持召开…, …召开,
召开…, 在…召开/举行/举办, 出席…, 在…上(讲话).  The chair is the person before
主持; participants are the persons before 出席 / 参加 / 讲话 / 致辞 / 发言 /
在主席台就座, or listed after 出席会议的有.
"""
from __future__ import annotations

import re
from datetime import date

from ..records import Evidence, Meeting
from .people import PersonMention
from .text import CJK, Sentence, find_dates

MEETING_WORD = (r"(?:常务会议|党组会议|党组\(扩大\)会议|全体会议|主任会议|工作会议|专题会议|联席会议|调度会议|推进会议|"
                r"座谈会|推进会|现场会|调度会|部署会|动员大会|代表大会|大会|民主生活会|组织生活会|论坛|研讨会|"
                r"发布会|报告会|培训班|签约仪式|开工仪式|揭牌仪式|启动仪式|全会|会议|峰会|博览会|洽谈会|"
                r"交流会|观摩会|启动会|誓师大会|见面会|恳谈会|对接会|读书班)")
NAME_CHARS = rf"[{CJK}0-9A-Za-z“”\"()（）·第次届暨—-]"
MEETING_RE = re.compile(rf"{NAME_CHARS}{{0,40}}?{MEETING_WORD}")
BEFORE_TRIGGER = ("主持召开", "召开", "举行", "举办", "主持", "出席", "参加", "列席", "筹备")
AFTER_TRIGGER = re.compile(r"^(?:\s*(?:在[^，。；]{1,25}?)?(?:召开|举行|举办|开幕|闭幕)|上)")
LEFT_CUT = ("主持召开", "召开", "举行", "举办", "主持", "出席", "参加", "列席", "在", "于", "的", "了", "和",
            "与", "及", "是", "为", "之际", "期间", "传达", "学习", "贯彻", "落实", "审议", "研究", "听取",
            "筹备", "参会", "近日", "日前", "今天", "当天", "上午", "下午", "晚上", "以来")
GENERIC = {"会议", "大会", "全会", "会", "论坛", "常务会议", "工作会议", "专题会议", "有关会议", "相关会议",
           "本次会议", "这次会议", "此次会议", "该会议", "座谈会", "研讨会", "推进会", "现场会", "民主生活会"}
PARTICIPATE = re.compile(r"(出席|参加|列席|在主席台就座|(?<=[并作上])(?:讲话|致辞|发言)(?!精神|要求))")
ORG_SUBJECT = re.compile(rf"([{CJK}()（）]{{2,14}}?(?:委员会|常委会|党组|政府|委|局|部|院|办|厅|会|组|监委))$")


def _clean_name(raw: str) -> str:
    name = raw
    best = 0
    for w in LEFT_CUT:
        k = name.rfind(w)
        if k >= 0 and k + len(w) > best and k + len(w) <= len(name) - 2:
            best = k + len(w)
    name = name[best:]
    name = re.sub(r"^[\d月日年号上下午,，\s]+", "", name)
    name = re.sub(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?", "", name)
    return name.strip("“”\" ")


def find(sent: Sentence) -> list[tuple[int, int, str, str]]:
    """(start, end, name, rule) of each meeting the sentence convenes or attends."""
    s = sent.text
    out = []
    for m in MEETING_RE.finditer(s):
        a, b = m.start(), m.end()
        if _inside_book_title(s, a):
            continue
        raw = m.group(0)
        name = _clean_name(raw)
        start = b - len(name)
        before = s[max(0, start - 6):start]
        after = s[b:b + 30]
        rule = None
        if before.endswith(BEFORE_TRIGGER):
            rule = "meeting." + next(t for t in BEFORE_TRIGGER if before.endswith(t))
        elif AFTER_TRIGGER.match(after):
            rule = "meeting.在…上" if after.startswith("上") else "meeting.召开"
            if after.startswith("上") and not re.search(r"在[^，。]*$", s[:start]):
                rule = None
        if rule is None or name in GENERIC or len(name) < 4:
            continue
        # 市委常委会召开…民主生活会: the convening body belongs to the name
        if before.endswith("召开") and not re.match(r"^(市|县|区|省|全|中央|国务院|中共)", name):
            subj = ORG_SUBJECT.search(s[:start - 2])
            if subj and not re.search(r"[，,。]", subj.group(1)):
                name = _clean_name(subj.group(1)) + name
        out.append((start, b, name, rule))
    return out


def _inside_book_title(s: str, i: int) -> bool:
    return s.rfind("《", 0, i) > s.rfind("》", 0, i)


def location_of(s: str, end: int) -> str | None:
    m = re.match(r"^\s*在([^，。；、]{2,20}?)(?:召开|举行|举办|开幕)", s[end:])
    if m:
        return m.group(1)
    return None


def extract(sentences: list[Sentence], persons: list[list[PersonMention]], published: date | None,
            lead_date: tuple[date, date | None] | None) -> list[Meeting]:
    meetings: list[dict] = []
    for si, sent in enumerate(sentences):
        s = sent.text
        found = find(sent)
        dates = find_dates(s, published)
        for start, end, name, rule in found:
            d = next((dm for dm in dates if dm.end <= start + 2), None) or (dates[0] if dates else None)
            first, last = (d.first, d.last) if d else (None, None)
            if first is None and sent.paragraph == 0 and lead_date and not rule.endswith("筹备"):
                first, last = lead_date
            chair = tuple(pm.name for pm in persons[si]
                          if pm.end <= start and re.match(r"^\s*主持", s[pm.end:]) )
            participants = tuple(pm.name for pm in persons[si]
                                 if rule == "meeting.在…上" and pm.end <= start and
                                 re.match(r"^(总书记)?\s*在", s[pm.end:]))
            ev = Evidence(sent.span.start, sent.span.end, rule)
            meetings.append({"name": name, "date": first, "end": last, "chair": list(chair),
                             "participants": list(participants), "location": location_of(s, end),
                             "evidence": [ev], "si": si})
        # participants and chairs stated in a sentence of their own
        main = next((m for m in meetings if m["si"] <= si), None) if not found else None
        if main is None and found:
            main = meetings[-1]
        if main is None:
            continue
        for m in PARTICIPATE.finditer(s):
            for pm in persons[si]:
                if pm.end > m.start() or pm.name in main["chair"]:
                    continue
                if pm.name not in main["participants"]:
                    main["participants"].append(pm.name)
                    ev = Evidence(sent.span.start, sent.span.end, f"meeting.participant.{m.group(1)}")
                    if ev not in main["evidence"]:
                        main["evidence"].append(ev)
        if re.search(r"(会议|会)由", s):
            for pm in persons[si]:
                if re.match(r"^\s*主持", s[pm.end:]) and pm.name not in main["chair"]:
                    main["chair"].append(pm.name)
                    main["evidence"].append(Evidence(sent.span.start, sent.span.end, "meeting.chair.由…主持"))
    out: dict[tuple, Meeting] = {}
    for m in meetings:
        key = (m["name"], m["date"])
        prev = out.get(key)
        if prev:
            m["chair"] = list(dict.fromkeys(list(prev.chair) + m["chair"]))
            m["participants"] = list(dict.fromkeys(list(prev.participants) + m["participants"]))
            m["evidence"] = list(prev.evidence) + [e for e in m["evidence"] if e not in prev.evidence]
            m["location"] = prev.location or m["location"]
        out[key] = Meeting(name=m["name"], date=m["date"], end_date=m["end"], chair=tuple(m["chair"]),
                           participants=tuple(p for p in m["participants"] if p not in m["chair"]),
                           location=m["location"], evidence=tuple(m["evidence"]))
    return list(out.values())
