"""Biographies: the resume paragraph of an appointment notice, a 任前公示 or an obituary.

    甲，男，汉族，1970年10月生，山东阳谷人，大学学历，1992年8月参加工作，中共党员。

The paragraph opens with the person's name and their gender (people.PROFILE);
its clauses give, each in a form of its own: gender (男 / 女), ethnicity
(汉族, 回族 …), birth (1970年10月生 / 出生, by month or year), native place
(山东阳谷人, 山东省阳谷县人; 籍贯…), education (大学学历, 在职研究生学历, 管理学硕士),
party (中共党员, 民盟盟员, 无党派人士; 1995年6月加入中国共产党 gives the party and
when), and the start of work (1992年8月参加工作).  A clause read as none of
these is left alone: a field is taken only in its own form.  Each fact keeps
the sentence that states it.  An obituary's sentence (甲同志…1940年3月出生于山东
阳谷…) gives the birth and native place in its own forms.
"""
from __future__ import annotations

import re

from ...records import Biography, Evidence
from .text import Sentence, name_at

YEAR_MONTH = r"(?P<y>(?:19|20)\d{2})\s*年(?:(?P<m>\d{1,2})\s*月)?"          # 1970年10月, 1958年
ETHNIC = re.compile(r"[\u4e00-\u9fff]{1,4}族")
GENDER = {"男": "男", "女": "女"}
BIRTH = re.compile(YEAR_MONTH + r"(?:出生|生)(?:于(?P<place>[\u4e00-\u9fff]{2,12}?))?$")
NATIVE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,12}?)人$")
EDUCATION = re.compile(r"(?:在职|全日制)?(?:大学|研究生|大专|中专|高中|初中|本科|专科|博士研究生|硕士研究生)(?:学历)?"
                       r"|[\u4e00-\u9fff]{0,6}(?:硕士|博士|学士)(?:学位)?")
JOINED = re.compile(YEAR_MONTH + r"加入(?P<party>中国共产党|[\u4e00-\u9fff]{2,12}?)$")
WORK = re.compile(YEAR_MONTH + r"参加(?:革命)?工作$")
PARTIES = {"中共党员": "中国共产党", "中共预备党员": "中国共产党", "共产党员": "中国共产党", "群众": "群众",
           "无党派人士": "无党派人士", "无党派": "无党派人士"}
OTHER_PARTY = re.compile(r"(?P<party>民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)(?:盟员|会员|党员|社员)$")
PARTY_NAMES = {"民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会", "民进": "中国民主促进会",
               "农工党": "中国农工民主党", "致公党": "中国致公党", "九三学社": "九三学社", "台盟": "台湾民主自治同盟"}
OPENING = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:[，,](?P<g>男|女)[，,]|同志[，,]?)")
# a native place is written from its province (山东阳谷, 山东省阳谷县, 河北沧州)
PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
             "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")
PLACE = re.compile(rf"(?:{'|'.join(PROVINCES)})[\u4e00-\u9fff]{{0,10}}")


def _month(y: str, m: str | None) -> str | None:
    if m is None:
        return f"{int(y):04d}"
    return f"{int(y):04d}-{int(m):02d}" if 1 <= int(m) <= 12 else None


def biography(sent: Sentence, subject: str | None) -> Biography | None:
    """The biography facts a sentence states of the person its paragraph is about (``subject``, or
    the name it opens with: 甲，男，… / 甲同志，…)."""
    s = sent.text
    m = OPENING.match(s)
    name = subject
    if m:
        n = name_at(s, 0)
        if n != m.group("name"):
            return None
        name = n
        rest = s[m.end("g") + 1:] if m.group("g") else s[m.end():]
    else:
        if not subject:
            return None
        rest = s
    if not name:
        return None
    facts: dict[str, str] = {}
    if m and m.group("g"):
        facts["gender"] = GENDER[m.group("g")]
    clauses = [c.strip() for c in re.split(r"[，,；;。（）()]", rest) if c.strip()]
    # 籍贯… names the native place outright; 某地人 only where it does not
    for c in clauses:
        g = re.fullmatch(r"籍贯[:：]?(?P<place>[\u4e00-\u9fff]{2,12})", c)
        if g and PLACE.fullmatch(g.group("place")):
            facts["native_place"] = g.group("place")
            break
    for c in clauses:
        if c in GENDER and "gender" not in facts and m:
            facts["gender"] = c
        elif ETHNIC.fullmatch(c) and not c.endswith(("民族", "家族")):
            facts.setdefault("ethnicity", c)
        elif (b := BIRTH.search(c)) and BIRTH.match(c):
            when = _month(b.group("y"), b.group("m"))
            if when:
                facts.setdefault("birth", when)
            if b.group("place") and PLACE.fullmatch(b.group("place")):
                facts.setdefault("native_place", b.group("place"))
        elif (w := WORK.fullmatch(c)):
            when = _month(w.group("y"), w.group("m"))
            if when:
                facts.setdefault("work_start", when)
        elif (j := JOINED.fullmatch(c)):
            when = _month(j.group("y"), j.group("m"))
            if when and j.group("party") == "中国共产党":
                facts.setdefault("party", "中国共产党")
                facts.setdefault("party_joined", when)
        elif c in PARTIES:
            facts.setdefault("party", PARTIES[c])
        elif (o := OTHER_PARTY.fullmatch(c)):
            facts.setdefault("party", PARTY_NAMES[o.group("party")])
        elif EDUCATION.fullmatch(c):
            facts.setdefault("education", c)
        elif (p := NATIVE.fullmatch(c)) and PLACE.fullmatch(p.group("place")) and m is not None:
            facts.setdefault("native_place", p.group("place"))
    # a sentence of the paragraph after its opening states a field only in a form no other
    # sentence uses: its dates of birth, work and party
    if not m:
        facts = {k: v for k, v in facts.items() if k in ("birth", "work_start", "party", "party_joined")}
    if not facts or (m and set(facts) <= {"gender"} and not m.group("g")):
        return None
    return Biography(name, tuple(sorted(facts.items())), Evidence(sent.span.start, sent.span.end, "biography.resume"))
