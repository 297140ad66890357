"""Enterprises: full legal names, short names used later, the county they lie in.

A full name ends in a company form (有限公司, 股份有限公司, 集团, 银行 …) and runs
left over name characters to the nearest punctuation or function word.  A short
name is a leading part of the name's distinctive core that the article uses
again on its own (华瑞精工 for 山东华瑞精工机械有限公司).  The county comes from
the name (某某（冠县）电子有限公司, 山东阳谷某某公司).
"""
from __future__ import annotations

import re

from ..records import EnterpriseMention, Evidence
from .divisions import gazetteer
from .text import CJK, Sentence

SUFFIX = (r"(?:股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|集团|"
          r"农村商业银行|商业银行|银行|农商银行|农商行|信用社|合作社|研究院有限公司|分公司|总公司|公司|厂)")
ENTERPRISE_RE = re.compile(rf"[{CJK}A-Za-z0-9()（）·]{{2,40}}?{SUFFIX}(?:[{CJK}]{{0,6}}分公司)?")
LEFT_CUT = ("在", "到", "赴", "和", "与", "及", "的", "了", "从", "向", "对", "为", "是", "由", "将", "把", "被",
            "让", "给", "获", "等", "先后", "深入", "走进", "来到", "前往", "以", "如", "像", "据", "经", "而",
            "同", "跟", "帮", "助", "听取", "考察", "调研", "督导", "看望", "慰问", "签约", "携手", "联合",
            "成为", "作为", "包括", "其中", "还有", "入选", "获评", "推动", "支持", "引进", "落户", "投资",
            "参观", "观摩", "走访", "视察", "检查", "、", "，")
GENERIC = {"公司", "有限公司", "集团", "银行", "该公司", "分公司", "总公司", "子公司", "本公司", "企业",
           "合作社", "厂", "工厂", "母公司"}
PLACE_PREFIX = re.compile(r"^(?:中国|山东省?|河南省?|河北省?|江苏省?|北京市?|上海市?|天津市?|广东省?|浙江省?|"
                          rf"[{CJK}]{{2,3}}(?:省|市))")
BANK_BRAND = re.compile(r"^(中国|工商|农业|建设|交通|招商|浦发|民生|兴业|光大|华夏|中信|平安|邮政|储蓄|齐鲁|恒丰|"
                        r"浙商|渤海|广发|北京|上海|进出口|国家开发|农业发展|[\u4e00-\u9fff]{2}农商|[\u4e00-\u9fff]{2}农村商业)")
DESCRIPTORS = ("有限公司", "股份", "集团", "科技", "实业", "控股", "发展", "投资", "新材料", "机械", "制造",
               "装备", "精密", "智能", "生物", "电子", "化工", "纺织", "食品", "能源", "电气", "材料", "技术",
               "工业", "贸易", "建设", "工程", "有限责任公司", "公司")


def full_names(sent: Sentence) -> list[tuple[int, int, str]]:
    s = sent.text
    out = []
    for m in ENTERPRISE_RE.finditer(s):
        a, b = m.start(), m.end()
        name = s[a:b]
        # cut at the last function word
        best = 0
        for w in LEFT_CUT:
            k = name.rfind(w)
            if k >= 0 and k + len(w) > best and k + len(w) < len(name) - 2:
                best = k + len(w)
        name = name[best:]
        a += best
        name = name.lstrip("()（）")
        if name in GENERIC or len(name) < 4 or name.startswith(("该", "各", "这", "本", "我", "全", "其", "上市")):
            continue
        if re.match(r"^\d", name):
            continue
        if name.endswith("银行") and not (PLACE_PREFIX.match(name) or BANK_BRAND.match(name)):
            continue
        out.append((a, b, name))
    return out


def short_forms(name: str) -> list[str]:
    """Candidate short names, longest first."""
    core = re.sub(r"[(（][^)）]*[)）]", "", name)
    core = PLACE_PREFIX.sub("", core)
    m = re.search(SUFFIX + "$", core)
    if m:
        core = core[: m.start()]
    out = []
    for n in (4, 3):
        if len(core) > n:
            out.append(core[:n])
    # the core without trailing descriptors (鲁西新能源装备 -> 鲁西)
    trimmed = core
    changed = True
    while changed:
        changed = False
        for d in DESCRIPTORS:
            if trimmed.endswith(d) and len(trimmed) - len(d) >= 2:
                trimmed = trimmed[: -len(d)]
                changed = True
    if trimmed != core and len(trimmed) >= 2 and trimmed not in out:
        out.append(trimmed)
    return out


def county_in_name(name: str, city: str | None) -> str | None:
    g = gazetteer(city)
    m = re.search(r"[(（]([^)）]{2,6})[)）]", name)
    if m:
        d = g.county(m.group(1))
        if d:
            return d.name
    for _s, _e, d, _f in g.find(name):
        if d.level == "county":
            return d.name
    return None


def extract(sentences: list[Sentence], article_text: str, city: str | None) -> list[EnterpriseMention]:
    """Enterprise mentions of an article, fullest form first mentioned, with short names."""
    found: dict[str, Evidence] = {}
    for sent in sentences:
        for _a, _b, name in full_names(sent):
            if name not in found:
                found[name] = Evidence(sent.span.start, sent.span.end, "enterprise.full_name")
    # a name that is a part of a longer name found is the same company written shorter
    names = sorted(found, key=len, reverse=True)
    out = []
    for name in names:
        if any(name != other and name in other for other in names):
            continue
        text_wo = article_text.replace(name, "")
        aliases = []
        for form in short_forms(name):
            if form in text_wo and not any(form in a for a in aliases):
                aliases.append(form)
                break
        out.append(EnterpriseMention(name=name, aliases=tuple(aliases), county=county_in_name(name, city),
                                     evidence=found[name]))
    out.sort(key=lambda e: (e.evidence.start, e.name))
    return out
