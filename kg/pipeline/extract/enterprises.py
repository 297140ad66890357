"""Enterprises: full legal names, short names used later, the county they lie in.

A full name ends in a company form (有限公司, 股份有限公司, 集团, 银行 …) and runs
left over name characters to the nearest punctuation or function word.  A short
name is a leading part of the name's distinctive core that the article uses
again on its own (华瑞精工 for 山东华瑞精工机械有限公司).  The county comes from
the name (某某（冠县）电子有限公司, 山东阳谷某某公司).
"""
from __future__ import annotations

import re

from ...records import EnterpriseMention, Evidence
from .divisions import gazetteer, national_places
from .text import CJK, Sentence, is_word, lead_paragraph, name_at, word_ends, word_tag, words

SUFFIX = (r"(?:[（(]集团[）)](?:股份)?有限(?:责任)?公司|股份有限公司|有限责任公司|集团有限公司|集团股份有限公司|有限公司|集团公司|集团|"
          r"农村商业银行|商业银行|银行|农商银行|农商行|信用社|合作社|研究院有限公司|分公司|总公司|公司|厂)")
# (a group's or company's factory is one name with it: 某某集团玉溪卷烟厂, 某某公司长城雪茄烟厂)
# (某某集团（邵阳）特种玻璃有限公司: a group, the place of its company, then the company's trade)
ENTERPRISE_RE = re.compile(rf"[{CJK}A-Za-z0-9()（）·]{{2,40}}?(?:集团[（(][{CJK}]{{2,6}}[）)][{CJK}]{{2,16}}?(?:股份有限公司|有限责任公司|有限公司)|"
                           rf"{SUFFIX})(?:[{CJK}]{{0,6}}分公司|(?<=银行)[{CJK}]{{2,6}}?(?:分行|支行)|"
                           rf"(?<=集团|公司)(?![的在和与及各所下全工企等到向对为从把被给至])[{CJK}]{{2,8}}?(?:分厂|(?<![工新老])厂)(?![长房区址]|项目|工程|建设))?")
LEFT_CUT = ("在", "到", "赴", "和", "与", "及", "的", "了", "从", "向", "对", "为", "是", "由", "将", "把", "被",
            "让", "给", "获", "等", "先后", "深入", "走进", "来到", "前往", "以", "如", "像", "据", "经", "而",
            "同", "跟", "帮", "助", "就", "听取", "考察", "调研", "督导", "看望", "慰问", "签约", "携手", "联合",
            "成为", "作为", "包括", "其中", "还有", "入选", "获评", "推动", "支持", "引进", "落户", "落地", "入驻", "进驻", "投资",
            "到访", "莅临", "赞赏", "肯定", "称赞", "感谢", "祝贺",
            "单位代表", "建设单位", "参建单位", "施工单位", "承建单位", "开发商", "投资商", "投资方", "运营商", "承建商", "合作方", "研究", "兼",
            "参观", "观摩", "走访", "视察", "检查", "、", "，", "龙头企业", "领军企业", "骨干企业", "重点企业", "链主企业", "标杆企业",
            "上市企业", "简称", "需要", "代表", "旗下", "了解", "察看", "座谈", "对接", "会见", "拜访", "所属", "下属",
            # (集团所属上市公司某某药业, 台企某某集团: what the company is, before its name)
            "上市公司", "台企", "台资企业", "港企", "外企", "外资企业", "民营企业", "国有企业", "央企", "国企", "民企",
            "暨", "出席", "参加")
GENERIC = {"公司", "有限公司", "集团", "银行", "该公司", "分公司", "总公司", "子公司", "本公司", "企业",
           "合作社", "厂", "工厂", "母公司", "集团公司", "控股公司", "股份公司", "该集团", "本集团"}
PLACE_PREFIX = re.compile(r"^(?:中国|山东省?|河南省?|河北省?|江苏省?|北京市?|上海市?|天津市?|广东省?|浙江省?|"
                          rf"[{CJK}]{{2,3}}(?:省|市))")
BANK_BRAND = re.compile(r"^(中国|工商|农业|建设|交通|招商|浦发|民生|兴业|光大|华夏|中信|平安|邮政|储蓄|齐鲁|恒丰|"
                        r"浙商|渤海|广发|北京|上海|进出口|国家开发|农业发展|[\u4e00-\u9fff]{2}农商|[\u4e00-\u9fff]{2}农村商业)")
DESCRIPTORS = ("有限公司", "股份", "集团", "科技", "实业", "控股", "发展", "投资", "新材料", "机械", "制造",
               "装备", "精密", "智能", "生物", "电子", "化工", "纺织", "食品", "能源", "电气", "材料", "技术",
               "工业", "贸易", "建设", "工程", "有限责任公司", "公司", "经营", "管理", "运营", "服务")


# what a company is honoured or classed as, not its name: 智能工厂, 灯塔工厂, 零碳工厂
HONOUR_TAIL = re.compile(r"(?:工厂|车间)$")
PLANT_TAIL = re.compile(r"(?:发电厂|电厂|热源厂|热电厂|污水处理厂|自来水厂|水厂)$")
# parts of speech (jieba's dictionary tags) that open a verb phrase, not a name
PHRASE_TAGS = ("v", "d", "p", "c", "u", "m", "r", "q", "f", "t", "a", "ad", "vn", "vd", "l", "i")


def full_names(sent: Sentence, city: str | None = None) -> list[tuple[int, int, str]]:
    s = sent.text
    out = []
    for m in ENTERPRISE_RE.finditer(s):
        a, b = m.start(), m.end()
        # (某某集中开工仪式暨某某集团年产…项目奠基仪式: an event's name before 暨, not the company's;
        # 某某项目是某某集团…: the project's, before what is said of it)
        event = list(re.finditer(r"(?:仪式|会议|大会|活动|典礼)暨|(?:项目|工程)(?:是|由|为)", s[a:b]))
        if event:
            a += event[-1].end()
        name = s[a:b]
        # cut at the last function word, but never inside a name that opens with a place
        place = _last_place_start(name)
        best = 0
        if place:
            # 到农夫山泉广东万绿湖饮料有限公司: a brand before the province is the name's; so is a
            # clause's first words when they are nouns only (，特变电工新疆某某股份有限公司)
            # (调研组就迪庆某某有限公司: a preposition right before the place ends what runs in)
            brand = _brand_before(name[:place]) if not re.search(r"[就对向与同在到赴将把被给从由]$", name[:place]) else None
            if brand is None and (a == 0 or s[a - 1] in CLAUSE_MARKS) and _noun_brand(name[:place]):
                brand = 0
            # (在中建钢构四川有限公司, 以光彩中国实业集团: the same after a preposition or verb)
            lead = next((len(w) for w in sorted(LEFT_CUT, key=len, reverse=True)
                         if len(w) < place and name.startswith(w)), 0)
            if brand is None and lead and _noun_brand(name[lead:place]):
                brand = lead
            if brand is not None:
                place = brand
        if place is not None:
            best = place
            # 马鞍山市与某某集团: the place is the other party, not the company's
            # (代表崇左市对某某集团…表示感谢: the place, a preposition, then the company)
            # (上海为烨投资…: a bare place before 为, 对, 向 or 给 opens the name)
            # (云南怒江州政府与某某公司: the places and their government, then the company)
            # (not 同 right after the place: 某某市同兴轴承有限公司, 同 opens many a trade name)
            joined = re.match(rf"(?:(?:{national_places().pattern})[省市县区州]?)+?(?:(?:人民)?政府[与同跟对向为给]|"
                              rf"[省市县区][与跟对向为给]|[与跟])(?=[{CJK}]{{4,}})", name[place:])
            if joined:
                best = place + joined.end()
        else:
            bounds = None
            for w in LEFT_CUT:
                k = name.rfind(w)
                if k >= 0 and k + len(w) > best and k + len(w) < len(name) - 2 and _distinctive(name[k + len(w):]):
                    if len(w) == 1 and k <= 1 and a > 0 and s[a - 1] == "、":
                        continue    # 甲、同煤电力公司: an item of a list opens on its name, not on a 同 or 和
                    if w == "同" and re.search(r"[省市县区]$", name[:k]):
                        continue    # 某某市同兴轴承有限公司: 同 right after the place opens the trade name
                    if len(w) == 1:
                        # a one-character word cuts only where the segmentation ends a word on both
                        # sides of it (not the 和 of 共和县)
                        bounds = bounds if bounds is not None else {0, *word_ends(name)}
                        if k not in bounds or k + 1 not in bounds:
                            continue
                    if w == "和" and k > 0 and name[k - 1] in "了在到是为对向把被给与":
                        best = max(best, k)     # 选在了和康源公司: no conjunction after 了, the name opens on 和
                        continue
                    best = k + len(w)
            if best or a == 0 or s[a - 1] != "、":
                best += _phrase_prefix(name[best:], 4)     # (an item of a list opens on its name: 、现代牧业…)
        # 中国运动鞋服行业领军企业甲集团: a class of companies before the name, whatever place opens it
        cls = [mm.end() for mm in CLASS_BEFORE.finditer(name) if mm.end() > best and len(name) - mm.end() >= 4]
        if cls:
            best = cls[-1]
        # (热忱欢迎某某集团, 某区设立某某子公司, “双千”联系企业某某集团公司: a clause's verb or a
        # class of company before the name; 企业要进一步整治厂: a clause, no name at all)
        said = [mm.end() for mm in CLAUSE_VERB.finditer(name) if mm.end() > best]
        if said:
            if len(name) - said[-1] < 4:
                continue
            best = said[-1]
        name = name[best:]
        a += best
        name = name.lstrip("()（）")
        if name.endswith("厂") and s[b:b + 1] in "房路街巷区家商":
            continue            # 标准化厂房, 新厂路, 大型轻工产业厂家: a building, a road or makers in general
        if re.match(r"\d+强", s[b:]):
            continue            # 中国能源集团500强: a ranking, not a company
        lead = _county_before_city(name, city)
        name, a = name[lead:], a + lead
        area = AREA_PREFIX.match(name)
        # (某某园区开发管理有限公司: the zone's own company keeps the zone's name)
        if area and re.search(SUFFIX + "$", name) and not re.match(r"(?:开发|管理|建设|投资|运营|发展|服务|控股)",
                                                                  name[area.end():]):
            name, a = name[area.end():], a + area.end()
            # (某某经济开发区和某某有限公司: the zone and the company, joined)
            if name[:1] in "和与及同" and len(name) >= 6:
                name, a = name[1:], a + 1
        # a town of the city glued before the name: 某某镇某某种植专业合作社
        town = next((e for b0, e, d, _f in gazetteer(city).find(name) if b0 == 0 and d.level == "town"), None)
        # (not when the rest is a trade alone: 某某乡羊毛制品合作社 is named by its town)
        if town and len(name) - town >= 6 and not _trade_only(name[town:]):
            name, a = name[town:], a + town
        if NOT_A_NAME.search(name) or re.search(r"(?:该|本|其|这家|此)(?:集团|公司|企业|银行)$", name):
            continue            # (并对该集团…: the company referred back to, not a name)
        if name in GENERIC or len(name) < 4 or name.startswith(("该", "各", "这", "本", "全", "其", "上市")) \
                or re.match(r"我(?:[市县区省州旗盟镇乡国们]|的)", name):
            continue
        if any((k := name.rfind(w)) >= 0 and name[k + 1:] in GENERIC for w in LEFT_CUT if len(w) == 1):
            continue            # (认真落实与集团公司, 把集团公司: a clause, then the company referred to)
        if HONOUR_TAIL.search(name) or _generic_core(name, city) or _kind_only(name) or _verb_before_group(name):
            continue
        if _phrase_then_generic(name):
            continue            # (他说，年初集团与…; 他指出分公司在…: a clause, then the company referred to)
        if PLANT_TAIL.search(name) and not re.search(r"公司|集团", name):
            continue            # 某某低热值煤电厂, 北区热源厂: a plant built or visited, not a company
        if re.match(r"^\d", name):
            continue
        if name.endswith("银行") and not (PLACE_PREFIX.match(name) or BANK_BRAND.match(name)):
            continue
        out.append((a, b, name))
    # 哈药集团|三精明水药业有限公司: a group's name run straight into its company's is one name
    joined: list[tuple[int, int, str]] = []
    for a, b, name in out:
        if joined and joined[-1][1] == a and re.search(r"(?:集团|控股)$", joined[-1][2]) \
                and re.search(r"(?:有限公司|有限责任公司|股份有限公司|分公司|(?<!集团)公司)$", name):
            pa, _pb, pname = joined.pop()
            joined.append((pa, b, pname + name))
        else:
            joined.append((a, b, name))
    return joined


def _trade_only(name: str) -> bool:
    """A company's name that is its trade and legal form alone, in words of the dictionary
    (羊毛制品合作社, 蔬菜种植专业合作社): it names no company without the place before it."""
    core = re.sub(SUFFIX + "$", "", name)
    core = re.sub(r"(?:专业|股份)?(?:合作社|合作联社)$", "", core)
    tokens = words(core)
    return bool(tokens) and all(len(w) >= 2 and word_tag(w) and not word_tag(w).startswith(("ns", "nr", "nz", "j"))
                                for w in tokens)


CLAUSE_MARKS = "，,、；;：:。\n （(“\""


def _noun_brand(head: str) -> bool:
    """Two to six characters of nouns that open a clause before a company's province (特变电工,
    中铁二院): its brand, not the sentence's words."""
    if not 2 <= len(head) <= 6 or head.startswith(("我", "本", "该", "全", "各", "其")) \
            or head.endswith(("企业", "公司", "集团", "厂商", "客商")):
        return False            # (衢商企业某某集团: what the company is, then its name)
    tokens = words(head)
    # (the dictionary tags some verbs of the genre as nouns: 会见, 参观)
    if any(w in LEFT_CUT or w in VERB_NOUNS for w in tokens):
        return False
    # (中铁二院, 中建三局: the central companies' 中 is a word of its own to the segmentation)
    singles_ok = [w for w in tokens if len(w) == 1 and not (w == "中" and head.startswith("中"))]
    return all(word_tag(w).startswith(("n", "j")) and not word_tag(w).startswith("nr") for w in tokens if len(w) >= 2) \
        and not any(not word_tag(w).startswith(("n", "j")) for w in singles_ok) \
        and not any(p.start() == 0 and p.end() == len(head) for p in national_places().finditer(head))


VERB_NOUNS = frozenset({"会见", "会晤", "接见", "拜会", "拜访", "参观", "调研", "考察", "视察", "签约", "合作", "投资", "对接",
                        "洽谈", "座谈", "交流", "会谈", "看望", "走访", "慰问", "陪同", "介绍", "代表", "邀请", "欢迎"})


def _brand_before(head: str) -> int | None:
    """Where a brand opens a company's name before its province (a proper noun the dictionary
    knows as one, 农夫山泉), after the sentence's words; None when the words before the
    province are the sentence's."""
    tokens = words(head)
    if not tokens or len(tokens[-1]) < 2 or not word_tag(tokens[-1]).startswith("nz"):
        return None
    start = len(head) - len(tokens[-1])
    rest = head[:start]
    return start if not rest or rest.endswith(LEFT_CUT) or word_tag(tokens[-2]).startswith(("v", "p", "c", "u")) \
        else None


def _distinctive(name: str) -> bool:
    """Whether a name keeps something of its own once its legal form and industry words are
    taken off (化工有限公司 does not: the cut before it fell inside the name, 某某投资|化工…)."""
    return len(_core(name, DESCRIPTORS)) >= 2


def _core(name: str, kinds: tuple[str, ...]) -> str:
    """A company's name without its legal form and, from its end, the words of ``kinds``."""
    core = re.sub(SUFFIX + "$", "", name)
    changed = True
    while changed and core:
        changed = False
        for d in kinds:
            if core.endswith(d):
                core, changed = core[: -len(d)], True
                break
    return core


# words that say what kind of company it is, not which: 科技公司, 项目业主公司, 大型民营企业集团
KIND_WORDS = ("大型", "中型", "小型", "民营", "国有", "外资", "合资", "企业", "项目", "业主", "石油", "橡胶", "医药", "钢铁",
              "物流", "传媒", "文化", "广告", "农业", "建筑", "房地产", "置业", "商贸", "矿业", "电力", "新能源", "汽车",
              "旅游", "环保", "水务", "燃气", "交通", "运输", "咨询", "金融", "保险", "信息", "网络", "软件", "平台",
              "产业", "家", "总")


def _kind_only(name: str) -> bool:
    """A name of nothing but a company form and words of kind (科技公司, 石油集团, 生物科技有限公司)."""
    return not _core(name, (*DESCRIPTORS, *KIND_WORDS))


# verbs of what one says to or about "the group" (希望集团继续…, 了解集团…, 对集团…)
SAID_TO = re.compile(r"^(.*?)(?:希望|了解|要求|支持|欢迎|感谢|鼓励|祝贺|肯定|给予|对|向|请|让)"
                     r"(?:投资|控股|发展|建设|实业|产业)?(?:集团|公司)$")


def _verb_before_group(name: str) -> bool:
    """他希望集团…, 何某希望集团…, 详细了解集团…: a verb before a company referred back to, not
    a name (东方希望集团 keeps its place word)."""
    m = SAID_TO.match(name)
    if not m:
        return False
    before = m.group(1)
    return not before or before in ("他", "她", "并", "还", "也", "都") or name_at(before, 0) == before \
        or before.endswith(("市政府", "市委", "县政府", "县委", "区政府", "区委"))


def _county_before_city(name: str, city: str | None) -> int:
    """任城区济宁某某有限公司: the county is where the company is, the name starts at the city."""
    found = gazetteer(city).find(name)
    if len(found) >= 2 and found[0][0] == 0 and found[1][0] == found[0][1] and found[0][2].level == "county" \
            and found[1][2].level in ("city", "province"):
        return found[0][1]
    return 0


def _last_place_start(name: str) -> int | None:
    """Where a place opens the name: the last province (…的山东某某有限公司, 同意江西某某…),
    else the first city of the country that opens the candidate or follows a function
    word (与东莞市以沫…: the function words after it are inside the name); never inside a
    parenthesis (某某（中国）有限公司), and four characters at least left after it."""
    def outside(k: int) -> bool:
        return name[:k].count("(") + name[:k].count("（") == name[:k].count(")") + name[:k].count("）")
    provinces = [m.start() for m in PROVINCE.finditer(name) if m.start() + 2 <= len(name) - 2 and outside(m.start())]
    if provinces:
        return provinces[-1]
    for m in national_places().finditer(name):
        k = m.start()
        if outside(k) and m.end() <= len(name) - 4 and (k == 0 or name[:k].endswith(LEFT_CUT)) \
                and not VERB_INSIDE.search(name, k):
            return k
    return None


BUREAU = re.compile(r"(?:中国)?(?:中建|中铁|中交|中冶|中核|中电建|中国建筑|中国中铁|中国铁建|中国水电|水电|中城投)"
                    r"[一二三四五六七八九十]{1,3}航?局(?:集团)?(?![\u4e00-\u9fff]{0,4}?(?:有限)?公司)")
CLAUSE_VERB = re.compile(r"欢迎|设立|组建|整治|要进一步|(?:联系|挂钩|帮扶|包联)企业")
CLASS_BEFORE = re.compile(r"(?:龙头|领军|骨干|重点|链主|标杆|上市|民营|国有|外资|头部)企业|旗下|下属")


# a verb of the sentence inside a candidate: 武汉走访某某公司 is no name
# (not 投资, 联合, 支持: words of companies' own names, 某某投资有限公司)
VERB_INSIDE = re.compile(r"先后|深入|走进|来到|前往|听取|考察|调研|督导|看望|慰问|签约|携手|成为|作为|包括|其中|还有|会见|会晤|接见|拜会|"
                         r"入选|获评|推动|引进|落户|参观|观摩|走访|视察|检查|期间|在|将|赴|及|分别|举行|活动|现场|了|一行|发挥|"
                         r"并入|参建|培育|董事长兼|总经理兼|给予|继续|陪同")


PROVINCE = re.compile(r"(?:中国|山东|河南|河北|江苏|北京|上海|天津|广东|浙江|安徽|山西|陕西|湖北|湖南|江西|福建|四川|"
                      r"辽宁|吉林|黑龙江|内蒙古|广西|云南|贵州|甘肃|宁夏|青海|新疆|西藏|海南|重庆)")


# a zone, park or town glued before a company's own name: 某某工业园某某有限公司 -> 某某有限公司
AREA_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:工业园区|工业园|工业区|产业园区|产业园|园区|开发区|高新区|经开区|"
                         r"新区|矿区)(?=[\u4e00-\u9fff]{4,}|[\u4e00-\u9fff]{2}[(（])")
# what is said of a company, not its name: 央企, 500强, 全资子公司, a person's title
NOT_A_NAME = re.compile(r"^(?:央企|省企|国企|民企|市属|县属|区属|集团公司|子公司|分公司|总公司|重点企业|龙头企业|企业|中国|全国)$|"
                        r"大企业|大集团|^(?:旗下|下属)|(?:大型|综合性|国有|民营|建材|骨干)[\u4e00-\u9fff]{0,6}企业集团$|"
                        r"^(?:重点企业|龙头企业|市属|县属|区属)|500强|的|书记|"
                        r"(?:书记|市长|县长|区长|主任|主席|董事长|总经理|经理|部长|局长)[\u4e00-\u9fff]{0,4}(?:会见|携|率|陪同|带领|代表)|"
                        r"项目$|工程$|二三级|类(?:子|分)?公司$|"
                        # (供销合作社, 农牧民专业经济合作社, 城投公司: kinds, not names)
                        r"^(?:[省市县区乡镇村]?供销合作社|(?:农牧民|农民|牧民)?专业(?:经济)?合作社|城投(?:集团)?公司)$|"
                        # a person with a title (副总经理某某), a public works (污水处理厂)
                        r"(?:董事长|总经理|经理|书记|主任|局长|部长|市长|县长|区长|主席|会长|厂长|行长)[\u4e00-\u9fff]{2,3}$|处理厂$")


# verbs a clause puts before 集团 (努力确保集团发展, 结合集团实际); brands may be other verbs and
# adjectives (得力集团, 安踏集团), so only these
CLAUSE_BEFORE_GROUP = frozenset({"确保", "推动", "促进", "支持", "帮助", "发挥", "结合", "加快", "鼓励", "引导", "依托",
                                 "现代化", "实现", "助力", "服务", "围绕", "希望", "欢迎", "感谢", "紧盯"})


def _generic_core(name: str, city: str | None) -> bool:
    """主体厂, 近年来公司: a common word before a bare 厂 or 公司 names no company; nor does a
    verb or adjective of one word before 集团 (确保集团发展, 现代化集团企业)."""
    group = re.fullmatch(r"(.+?)集团", name)
    if group and group.group(1) in CLAUSE_BEFORE_GROUP:
        return True
    m = re.fullmatch(r"(.+?)(厂|公司)", name)
    if not m or re.search(r"(?:有限|有限责任|总|分|集团)$", m.group(1)):
        return False
    core = m.group(1)
    if gazetteer(city).find(core) or PLACE_PREFIX.match(core):
        return False                # 某某市供电公司: a place makes it a name
    if re.search(r"[的了\d]", core) or (is_word(core) and m.group(2) == "厂"):
        return True
    tokens = [w for w in words(core) if len(w) >= 2]
    # (某某投资公司, 某某发展公司: a word of the company's kind may end its name)
    ends = tokens[:1] if m.group(2) == "厂" or (tokens and tokens[-1] in DESCRIPTORS and len(tokens) > 1) \
        else tokens[:1] + tokens[-1:]
    return any(word_tag(w).startswith(PHRASE_TAGS) for w in ends)


def _phrase_prefix(name: str, keep: int) -> int:
    """Length of the verb phrase a candidate runs in from (扩大…, 成功斩获…); single
    characters are left alone, they are as often a name's first character."""
    tokens = words(name)
    cut = 0
    for w in tokens[:-1]:
        # (a numeral word that counts nothing is a brand: 四维, 九阳)
        brand_number = word_tag(w) == "m" and not re.search(r"[\d个家批些多几余]", w) \
            or w in ("东方", "南方", "西方", "北方", "西部", "中原")   # (a compass word opens brands: 北方某某集团)
        # (他希望某某集团: a person's words, then the company)
        said = cut == 0 and w in ("他", "她") and len(name) - len(w) >= keep
        if said or len(w) >= 2 and word_tag(w).startswith(PHRASE_TAGS) and not brand_number and len(name) - cut - len(w) >= keep:
            cut += len(w)
            continue
        break
    return cut


SAID = ("指出", "表示", "强调", "认为", "希望", "介绍", "说")


def _phrase_then_generic(name: str) -> bool:
    """年初集团, 他指出分公司: a clause that opens on a time or a pronoun (no brand does), then a
    bare word for a company."""
    tokens = words(name)
    if len(tokens) < 2 or not (word_tag(tokens[0]).startswith(("t", "r")) or tokens[0] in SAID):
        return False
    k = 1
    while k < len(tokens) - 1 and word_tag(tokens[k]).startswith(("v", "d", "p", "t")):
        k += 1
    return "".join(tokens[k:]) in GENERIC


def _after_last_verb(item: str) -> int:
    """Where a list's first item starts after the clause that leads into it (该公司产品打入甲)."""
    pos, cut = 0, 0
    for w in words(item)[:-1]:
        pos += len(w)
        if len(w) >= 2 and word_tag(w).startswith(("v", "p")) and len(item) - pos >= 2:
            cut = pos
        elif w in ("了", "过") and cut == pos - 1 and len(item) - pos >= 2:
            cut = pos           # the verb's aspect particle (集聚了甲)
    return cut


# names listed before 等…企业 / 等为龙头: 甲、乙等龙头企业, 以甲、乙等为龙头
LISTED = re.compile(rf"((?:[{CJK}A-Za-z0-9]{{2,14}}、)*[{CJK}A-Za-z0-9]{{2,14}})(?:等(?:(?:[0-9一二三四五六七八九十百余多]{{1,4}}[家户])?(?:(?!与|和|同|情况|方面|问题|省市|地区|国家)[{CJK}]){{0,10}}企业|为龙头|为代表|为主的)|"
                    rf"(?<=以[{CJK}]{{2}})为[“\"]?龙头|(?<=以[{CJK}]{{3}})为[“\"]?龙头|(?<=以[{CJK}]{{4}})为[“\"]?龙头)")


# companies that lead or stand for a cluster (以甲和乙为龙头, 以甲为主的企业) or go public (甲、乙成功上市), joined by 、/和/与/及
LED_BY = re.compile(rf"以([^以，。；,;：:]{{2,40}}?)(?:等)?为[“\"]?(?:龙头|引领|代表的|主的)")
LISTING = re.compile(rf"((?:[{CJK}A-Za-z0-9]{{2,8}}(?:、|和|与|及))*[{CJK}A-Za-z0-9]{{2,8}}?)"
                     rf"(?:等(?:[{CJK}]{{0,4}}企业)?)?(?:成功|先后|相继|均已|已|将)?(?:上市|挂牌上市|登陆[{CJK}]{{0,6}}板)")


def _joined_items(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, item) of a list joined by 、, 和, 与 or 及."""
    out, pos = [], start
    for item in re.split(r"[、和与及]", text):
        out.append((pos, pos + len(item), item))
        pos += len(item) + 1
    return out


def listed_names(sent: Sentence, found: list[tuple[int, int, str]], city: str | None) -> list[tuple[int, int, str]]:
    """Short names of companies listed as 企业 (no legal suffix needed), as a cluster's
    leaders or as companies that went public."""
    s = sent.text
    out = []
    # each rule needs a word of its own in the sentence: tested first, as the rules are slow to scan
    rules = (LED_BY,) * ("以" in s and "为" in s) + (LISTING,) * ("上市" in s or "登陆" in s)
    for rule in rules:
        for m in rule.finditer(s):
            items = _joined_items(m.group(1), m.start(1))
            if rule is LISTING:
                first = items[0]
                cut = _after_last_verb(first[2])
                items[0] = (first[0] + cut, first[1], first[2][cut:])
            # (正积极谋划科创板上市: the board a company plans to list on, no company)
            items = [(a, b, item) for a, b, item in items if not re.search(r"(?:科创|创业|主|新三|中小企业)板$|交所$", item)]
            named = [_looks_like_name(item, city) for _a, _b, item in items]
            for (a, b, item), is_name in zip(items, named):
                # an item of common words (线束总成) is a company beside one that reads as a name
                beside_a_name = (len(item) >= 4 and any(named) and _looks_like_name(item, city, common_ok=True))
                if ((is_name or beside_a_name) and not INSTITUTION_END.search(item) and not PLACE_END.search(item)
                        and not any(x < b and a < y for x, y, _n in found + out)):
                    out.append((a, b, item))
    g = gazetteer(city)
    grouped = _county_groups_joined(s, city)
    for m in LISTED.finditer(grouped) if "等" in s or "龙头" in s else ():
        pos = m.start(1)
        # the last item may be joined by 和: 甲、乙和丙等企业
        items = re.split(r"、|和(?=[^、]*$)", m.group(1))
        cands = []
        for i, item in enumerate(items):
            a = pos
            pos += len(item) + 1
            # 到某某县甲、乙，某某区丙等企业: the county of a group is written before its first item
            places = [(b0, e) for b0, e, d, _f in g.find(item) if d.level in ("county", "town")]
            lead = next((e for b0, e in places if b0 == 0 or item[b0 - 1] in "到赴至在入"), 0)
            if lead and len(item) - lead >= 3:
                item, a = item[lead:], a + lead
            if i == 0:
                k = item.rfind("以")
                if k >= 0 and re.search(r"为[“\"]?(?:龙头|代表|主的)$", m.group(0)):
                    item, a = item[k + 1:], a + k + 1
                cut = _after_last_verb(item)
                item, a = item[cut:], a + cut
            if len(items) == 1 and not re.search(SUFFIX + "$", item) and not re.search(r"龙头|头部|领军|链主", m.group(0)):
                break               # a lone 某某等企业 is too loose without a company form
            cands.append((a, item, _looks_like_name(item, city)))
        named = sum(1 for _a, item, ok in cands if ok and len(item) >= 4)
        for a, item, ok in cands:
            # an item of common words (格力装备制造) is a company among two that read as names
            if not (ok or (named >= 2 and len(item) >= 4 and _looks_like_name(item, city, common_ok=True))) \
                    or PLACE_END.search(item) or INSTITUTION_END.search(item):
                continue
            if any(x < a + len(item) and a < y for x, y, _n in found + out):
                continue        # (a name found in full inside the item: that one)
            out.append((a, a + len(item), item))
    return sorted(out)


def _county_groups_joined(s: str, city: str | None) -> str:
    """The sentence with a comma that opens a county's group of a list written as 、
    (武安市甲、乙，峰峰矿区丙、丁等企业), so that the list reads as one; same length."""
    if "，" not in s and "," not in s:
        return s
    out = list(s)
    for a, _b, d, _f in gazetteer(city).find(s):
        if a > 0 and s[a - 1] in "，," and d.level == "county" and "、" in s[max(0, a - 20):a]:
            out[a - 1] = "、"
    return "".join(out)


# a list of names joined by 、 (甲集团、乙纺机等): a company form on one item makes its short-named
# neighbours companies too; an institution's ending makes an item no company
NAME_LIST = re.compile(rf"(?:[{CJK}A-Za-z0-9（）()]{{2,30}}、)+[{CJK}A-Za-z0-9（）()]{{2,30}}")
INSTITUTION_END = re.compile(r"(?:大学|学院|学校|中学|小学|幼儿园|海关|医院|研究院|研究所|实验室|中心|协会|商会|联合会|政府|局|委|办|厅|部|院|所|馆|站|会|队|处|科)$")
# a place, a site or a development, not a company: 某某智造谷, 某某世纪城, 综合起降场, 某某烈士陵园
PLACE_END = re.compile(r"(?:谷|城|场|园|景区|小镇|港|湾|村|寺|庙|塔|楼|(?<![电线网])路|街|桥|广场|大地|枢纽|电站|水库|岛)$")


# what ends a stop of a tour that is no company: a project, works, a hall, a base (老西门棚户区改造,
# 某某合作展示馆, 某某影视制作基地)
NOT_A_COMPANY_END = re.compile(r"(?:项目|工程|改造|治理|整治|实验室|研究院|研究所|展示馆|纪念馆|博物馆|展览馆|规划馆|馆|基地|园区|产业园|中心|医院|学校|"
                               r"小区|社区|村|旧址|遗址|景区|公园|湿地)$")


# the going's own 到 (在, 赴) before a list's first item: 先后深入到甲重工、乙集团
GOING = re.compile(r"(?:到|在|赴)(?=[\u4e00-\u9fff]{4})")


def list_mates(sent: Sentence, found: list[tuple[int, int, str]], city: str | None) -> list[tuple[int, int, str]]:
    """Short names listed beside a company named in its legal form: 支持甲集团、乙纺机等建设…"""
    s = sent.text
    out = []
    for m in NAME_LIST.finditer(s):
        pos = m.start()
        spans = []
        items = m.group(0).split("、")
        for i, item in enumerate(items):
            a = pos
            pos += len(item) + 1
            if i == 0:
                cut = _after_last_verb(item)
                item, a = item[cut:], a + cut
                # (先后深入到甲重工、乙集团: the going's own 到 before the first item)
                if go := GOING.match(item):
                    item, a = item[go.end():], a + go.end()
            if i == len(items) - 1:
                item = item.split("等", 1)[0]
                if NOT_A_COMPANY_END.search(re.split(r"[，。；,;和]", item)[0]):
                    continue        # (…、柳叶湖开发项目: a project or a place visited, not a company)
                end = 0
                for w in words(item):
                    if end >= 2 and (word_tag(w).startswith(("v", "p", "c", "u", "d")) or w in "的了在"):
                        break
                    end += len(w)
                item = item[:end]
            spans.append((a, a + len(item), item))
        if not any(x == a and y == b for a, b, _i in spans for x, y, _n in found):
            continue
        for a, b, item in spans:
            if item[:1] in "以和与及同":
                item, a = item[1:], a + 1
            if (not 2 <= len(item) <= 8 or any(x < b and a < y for x, y, _n in found) or re.search(r"\d", item)
                    or NOT_A_COMPANY_END.search(item)
                    or re.search(SUFFIX + "$", item) or INSTITUTION_END.search(item) or HONOUR_TAIL.search(item)
                    or PLACE_END.search(item) or re.search(r"[（()）]", item)
                    or INDUSTRY_TAIL.fullmatch(item)    # (…轨道交通装备、半导体、新材料等产业: industries)
                    or not _looks_like_name(item, city)):
                continue
            out.append((a, b, item))
    return out


# a tour's stops listed after its verb (先后来到甲、乙和丙等企业; 视察了甲、乙等项目建设情况)
TOUR_VERB = re.compile(r"(?:先后|相继|分别|依次)(?:来到|走进|深入|前往|到)|(?:来到|走进|深入)(?=[^，。；]{0,40}[、和])|"
                       r"(?:实地)?(?:察看|视察|考察|调研|走访|参观|观摩)了")
# an industry word that ends a company's trade name written without its legal form (康基电子, 奥明玻璃)
INDUSTRY_TAIL = re.compile(r"(?:智能|精密|节能|环保|新型)?"
                           r"(?:电子|光电|科技|新能源|能源|金属|玻璃|玻纤|电器|电气|酒业|药业|制药|机械制造|装备制造|机械|铝业|"
                           r"乳业|化纤|化工|纺织|新材料|材料|钢铁|矿业|电力|电缆|光伏|锂电|重工|精工|机电|塑业|纸业|陶瓷|建材|"
                           r"食品|粮油|茶业|牧业|种业|鞋业|服饰|家纺|汽车|生物|医药|制造|装备|针织|电路|"
                           r"米业|糖业|盐业|锌业|铜业|镁业|钛业|硅业|实业|特钢|管业)$")


def company_tail(name: str) -> bool:
    """Whether a short name ends in the industry word of a company's trade name (某某特钢, 某某药业)."""
    tail = INDUSTRY_TAIL.search(name)
    return bool(tail) and tail.start() >= 2


# one stop of a tour whose business the visitor then asks about (来到甲针织，详细了解生产经营情况)
ONE_STOP = re.compile(r"(?:来到|走进|深入|走访|调研了?|考察了?)(?=[^，。；、和]{4,10}[，,](?:详细|深入|实地)?(?:了解|察看|查看|询问)"
                      r"(?:了)?(?:企业)?(?:生产|经营|发展|研发|产品))")


def toured_names(sent: Sentence, found: list[tuple[int, int, str]], city: str | None) -> list[tuple[int, int, str]]:
    """Companies a tour goes to, written as a trade name and an industry word with no legal
    form (先后来到康基电子、奥明玻璃等企业; 来到康基电子，详细了解生产经营情况): an item of the
    list that follows the tour's verb, or its one stop, whose trade name is no common word, no
    place and no longer than four characters."""
    s = sent.text
    out: list[tuple[int, int, str]] = []
    g = gazetteer(city)
    for m in sorted([*TOUR_VERB.finditer(s), *ONE_STOP.finditer(s)], key=lambda x: x.start()):
        clause = re.split(r"[。；;！？，,：:]|等|的", s[m.end():m.end() + 120])[0]
        if "、" not in clause and "和" not in clause and not s[m.end() + len(clause):].startswith("等") \
                and m.re is not ONE_STOP:
            continue
        pos = m.end()
        for item in re.split(r"[、和及]", clause):
            a = pos
            pos += len(item) + 1
            # (…，还深入到甲铜业: the going's own 到 before the first stop)
            if go := GOING.match(item):
                item, a = item[go.end():], a + go.end()
            # 到某某县甲电子: the county (or town) written before the company's name
            lead = max((e for b0, e, d, _f in g.find(item) if b0 == 0 and d.level in ("county", "town")), default=0)
            item, a = item[lead:], a + lead
            tail = INDUSTRY_TAIL.search(item)
            if not tail or not 2 <= tail.start() <= 4 or re.search(r"\d|" + SUFFIX, item):
                continue
            head = item[:tail.start()]
            if not _looks_like_name(head, city) or any(x < a + len(item) and a < y for x, y, _n in found + out):
                continue
            out.append((a, a + len(item), item))
    return out


def _looks_like_name(item: str, city: str | None, common_ok: bool = False) -> bool:
    if not 2 <= len(item) <= 14 or re.search(r"[的了和与及在是为由]", item) or item.startswith(("该", "本", "此", "其")):
        return False
    if any(a == 0 and b == len(item) for a, b, _d, _f in gazetteer(city).find(item)) or re.search(r"(?:省|市|县|区|镇|乡|村|街道|行业|产业|企业)$", item):
        return False
    if national_places().fullmatch(item):
        return False            # (来自北京、广州等地的企业: places, no companies)
    if common_ok:
        return True
    # common words are an industry or a product, not a company (钢铁, 宠物食品)
    tokens = words(item)
    return not all(len(w) >= 2 and is_word(w) and not word_tag(w).startswith(("ns", "nr", "nz")) for w in tokens)


def trade_name(name: str, city: str | None) -> str | None:
    """The trade name of a short company name: without its place and the industry words after
    it (山东恒通 -> 恒通, 恒通汽车 -> 恒通); None when fewer than two characters are left."""
    core = PLACE_PREFIX.sub("", name)
    lead = [f for a, _b, _d, f in gazetteer(city).find(core) if a == 0 and len(core) - len(f) >= 2]
    if lead:
        core = core[len(lead[0]):]
    tokens = words(core)
    while len(tokens) > 1 and len(tokens[-1]) >= 2 and word_tag(tokens[-1]).startswith(("n", "vn")) \
            and not word_tag(tokens[-1]).startswith(("nr", "ns", "nz")):
        tokens.pop()
    key = "".join(tokens)
    return key if len(key) >= 2 else None


def short_forms(name: str, city: str | None = None) -> list[str]:
    """Candidate short names, longest first: the name without its place and legal form
    (晟瑞电子 for 晟瑞（冠县）电子有限公司), that without trailing descriptors, and
    its leading four or three characters."""
    core = re.sub(r"[(（][^)）]*[)）]", "", name)
    core = PLACE_PREFIX.sub("", core)
    while True:
        lead = [f for a, _b, _d, f in gazetteer(city).find(core) if a == 0 and len(core) - len(f) >= 2]
        if not lead:
            break
        core = core[len(lead[0]):]
    m = re.search(SUFFIX + "$", core)
    if m:
        core = core[: m.start()]
    out = [core] if len(core) >= 3 and core != name else []
    trimmed = core
    changed = True
    while changed:
        changed = False
        for d in DESCRIPTORS:
            if trimmed.endswith(d) and len(trimmed) - len(d) >= 2:
                trimmed = trimmed[: -len(d)]
                changed = True
                if trimmed not in out:
                    out.append(trimmed)
                break
    # 梅花生物科技集团股份有限公司 -> 梅花集团: the brand and the group
    if "集团" in name and trimmed + "集团" not in out and trimmed + "集团" != name:
        out.append(trimmed + "集团")
    for n in (4, 3):
        # (吉林源泉集团智慧装备制造有限公司: the group before a subsidiary's own words is its parent,
        # another company, not a short name of this one)
        if len(core) > n and core[:n] not in out and not core[:n].endswith("集团") and core[n - 1:n + 1] != "集团":
            out.append(core[:n])
    return sorted(out, key=len, reverse=True)


# what a title's organisation names after its company: a region or division of it
# (某某汽车河南区域总经理, 某某全球首席执行官) or a first post written without 、 (某某集团董事副总裁)
TITLE_ORG_TAIL = re.compile(rf"(?<=[{CJK}])(?:[{CJK}]{{2}}区域|[{CJK}]{{0,3}}大区|中国区|亚太区|全球|[{CJK}]{{2,4}}事业部|"
                            r"(?<=公司|集团|银行)(?:董事|监事))$")


def company_of_title_org(org: str | None) -> str | None:
    """The company a title's organisation names (without a region or division of it), or None
    for a class of company (集团公司, 该公司)."""
    if not org:
        return None
    name = TITLE_ORG_TAIL.sub("", org)
    return None if name in GENERIC or len(name) < 2 else name


def named_in_title(org: str) -> bool:
    """Whether the organisation of a title is a company's full name: it ends in a legal form
    or 集团, opens with a place or runs four characters or more before the form, and is no
    class of company (央企, 该公司) nor a verb phrase."""
    m = re.search(SUFFIX + "$", org)
    if not m or m.start() < 2 or org in GENERIC or NOT_A_NAME.search(org) or VERB_INSIDE.search(org):
        return False
    return bool(PLACE_PREFIX.match(org) or PROVINCE.match(org) or m.start() >= 4 or
                re.search(r"有限|股份|集团", org))


def _county_of_sentences(name: str, aliases: list[str], sentences: list[Sentence], city: str | None,
                         article_text: str = "", companies: frozenset[str] = frozenset()) -> str | None:
    """The county of the city that a sentence places the enterprise in: written right before
    its name (某某区某某公司, 某某县的某某公司, 某某镇某某厂), or said of it (…位于/落户某某县,
    到某某县…调研…某某公司 when the clause names that one county only).  A county merely
    named in the same sentence (a list of projects, a tour of several places) is not
    the company's."""
    if not city:
        return None
    g = gazetteer(city)
    for sent in sentences:
        text = sent.text
        for form in sorted((name, *aliases), key=len, reverse=True):
            k = text.find(form)
            if k < 0:
                continue
            before = re.sub(r"(?:的|境内|辖区内?|企业|内)$", "", text[max(0, k - 14):k])
            near = [(b, d) for a, b, d, _f in g.find(before) if d.level in ("county", "town")]
            if near and near[-1][0] == len(before):
                d = near[-1][1]
                return d.name if d.level == "county" else d.parent
            # or before the first of the list it is in: (到)某某区甲、乙和丙
            listed = re.search(r"(?:^|(?<=[，,。；;\s]))(?:[^，,。；;、\s]{2,40}?(?:、|和))+$", text[:k])
            if listed:
                # (甲县人民政府、乙县人民政府分别与丙公司、丁公司签约: the list is of partners, after 与)
                first = re.split(r"、|和", re.split(r"分别与|与|同", listed.group(0))[-1])[0]
                lead = [(d, b) for a, b, d, _f in g.find(first) if d.level in ("county", "town")
                        and ((a == 0 and len(first) <= 14) or (a > 0 and first[a - 1] in "到赴至在入"))
                        and len(first) - b >= 2]
                # a list opened by the clause (甲一行先后深入某某县乙项目、丙公司): only where the
                # clause names that one county and the article speaks of it again (a tour of that
                # county, not a first stop that happens to name one)
                # (在某某县甲公司、乙公司、丙公司，某某考察了…: the place the whole list is in)
                in_county = bool(lead) and first.startswith("在") and any(
                    a == 1 for a, _b, d, _f in g.find(first) if d is lead[0][0])
                if lead and len(first) > 14 and not in_county:
                    clause = text[listed.start():k + len(form)] + re.split(r"[，,；;。]", text[k + len(form):])[0]
                    own = _counties_in(first, city)
                    if _counties_in(clause, city) != own or (_mentions(article_text, own, city) < 2
                                                             and first[lead[0][1]:] not in companies):
                        lead = []
                if lead:
                    d = lead[0][0]
                    return d.name if d.level == "county" else d.parent
            clause = re.split(r"[，,；;。]", text[k + len(form):])[0]
            m = re.search(r"(?:位于|落户|坐落于|地处|扎根)([^，。；]{2,16})", clause)
            if m:
                counties = _counties_in(m.group(1), city)
                if len(counties) == 1:
                    return counties.pop()
            # a tour of one county: 到某某县调研…，先后到甲公司、乙公司; 深入某某高新区，详细了解甲公司…
            tours = list(re.finditer(r"(?:到|赴|深入|来到|走进|在)([^，。；]{2,12}?)(?:调研|督导|检查|考察|视察|走访|(?=[，,]))",
                                     text[:k]))
            tour = tours[-1] if tours else None          # the last before the name
            if tour:
                named = _counties_in(text.replace(form, ""), city)
                whole = any(a == 0 and b == len(tour.group(1)) for a, b, _d, _f in g.find(tour.group(1)))
                if len(named) == 1 and _counties_in(tour.group(1), city) == named and (
                        whole or not re.match(r"[，,]", text[tour.end():tour.end() + 1])):
                    return named.pop()
            return None
    return None


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


def _mentions(text: str, counties: set[str], city: str | None) -> int:
    """How often a text names one of these counties, itself or by one of its towns."""
    return sum(1 for _a, _b, d, _f in gazetteer(city).find(text)
               if (d.name if d.level == "county" else d.parent) in counties)


# a county named in an official's title (绿春县委书记甲): where the official serves, not a place the
# article is about
IN_A_TITLE = re.compile(r"(?:委|人民政府|政府|人大常委会|政协)?(?:副)?(?:书记|县长|区长|市长|旗长|主席|主任|常委)")


def _counties_about(text: str, city: str | None) -> set[str]:
    """The counties of the city a text names, itself or by one of its towns, but in a title."""
    return _counties_in(text, city, titles=False)


def _counties_in(text: str, city: str | None, titles: bool = True) -> set[str]:
    """The counties of the city a text names, itself or by one of its towns (``titles``: those
    named in an official's title too)."""
    out = set()
    for _a, b, d, _f in gazetteer(city).find(text):
        if not titles and d.level == "county" and IN_A_TITLE.match(text, b):
            continue
        if d.level == "county":
            out.add(d.name)
        elif d.level == "town" and d.parent:
            out.add(d.parent)
    return out


def _listed_together(text: str, a: str, b: str) -> bool:
    """Whether two names stand side by side in a list of the text (甲、乙; 甲和乙)."""
    return any(re.search(re.escape(x) + r"(?:[、和及与][^、，。；,;：:和及与]{2,20}?)*?[、和及与]" + re.escape(y), text)
               for x, y in ((a, b), (b, a)))


def _declared_short(name: str, text: str) -> str | None:
    """The short name a text declares for a company: 某某集团有限公司（以下简称某某集团）."""
    m = re.search(re.escape(name) + r"\s*[（(](?:以下)?简称[：:]?[“\"]?([^）)”\"，,]{2,12})[”\"]?[）)]", text)
    return m.group(1) if m else None


def _without_place(name: str) -> str:
    """A full name without the places it writes (in parentheses, or opening it with or without 省/市)."""
    core = re.sub(r"[(（][^)）]*[)）]", "", name)
    m = national_places().match(core)
    if m:
        core = re.sub(r"^[省市]", "", core[m.end():])
    return core


def _named_after_a_place(name: str, city: str | None) -> bool:
    """某某（苏州）股份有限公司, 上海某某有限公司: a company that names a city or province other
    than the page's own; the county a headline is about is not its county."""
    g = gazetteer(city)
    # (a municipality, 重庆市, is its own province)
    own = {d.name for _a, _b, d, _f in g.find(city or "") if d.level in ("city", "province")}
    own |= {d.parent for _a, _b, d, _f in g.find(city or "") if d.level == "city" and d.parent}

    def elsewhere(place: str) -> bool:
        mine = [d for a, b, d, _f in g.find(place) if a == 0 and b == len(place)]
        return not any(d.name in own for d in mine)

    inner = re.search(r"[(（]([^)）]{2,6})[)）]", name)
    if inner and national_places().fullmatch(inner.group(1)) and elsewhere(inner.group(1)):
        return True
    if re.match(r"(?:中国|中华|全国|国家)", name):
        return True             # 中国某某工业有限公司: a national company, of no county of the page's
    m = national_places().match(name)
    return bool(m) and elsewhere(m.group(0))


def headline_county(headline: str, article_text: str, city: str | None) -> str | None:
    """The county an article is about: the one its headline names, when the body names no other
    (莘县 企业登记高效便捷; 临清—— 好信用换来…)."""
    if not city or not headline:
        return None
    named = _counties_in(headline, city)
    if len(named) != 1 or not _counties_about(article_text, city) <= named:
        return None
    return named.pop()


# what a county does with a company that comes from elsewhere: signs with it, meets it to
# discuss a deal, welcomes it as a guest, has it invest in a project (由某某公司投资的…项目)
PARTNER = re.compile(r"签约|签订|签署|对接|合作协议|战略合作|由[^，。；]{0,30}投资|投资的|投资兴建|投资建设|来宾|客商")


def only_a_partner(forms: list[str], sentences: list[Sentence]) -> bool:
    """Whether every sentence that names a company shows it as the county's partner or investor
    only: the county an article is about is not where such a company is."""
    named = [s.text for s in sentences if any(f in s.text for f in forms)]
    return bool(named) and all(PARTNER.search(t) for t in named)


GOES_TO = re.compile(r"(?:到|赴|深入|来到|走进|前往|莅临)")
LEAD_TOUR = re.compile(r"(?:到|赴|深入|来到|走进|在|来|莅临)([^，。；、]{2,12}?)(?:调研|督导|检查|考察|视察|走访)")


def tour_goes_out(sentences: list[Sentence], city: str | None) -> bool:
    """Whether the lead says its party goes out of the city (某县考察团赴青岛、日照等地学习考察):
    the companies it sees there are of no county the article is about."""
    if not city or not sentences:
        return False
    g = gazetteer(city)
    home = g.entries.get(city)
    own = {city, home.parent if home is not None and home.parent else city}
    opening = lead_paragraph(sentences)
    for sent in (s for s in sentences if s.paragraph == opening):
        for m in re.finditer(r"(?:赴|前往|外出到|远赴)", sent.text):
            place = national_places().match(sent.text, m.end())
            if place and not any(a == 0 and b == len(place.group(0)) and (d.name in own or d.parent == city)
                                 for a, b, d, _f in g.find(place.group(0))):
                return True
    return False


GUESTS_HOME = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:党政|人大|政协)?(?:考察团|代表团|调研组|考察组|观摩团)")


def tour_county(sentences: list[Sentence], article_text: str, city: str | None) -> str | None:
    """The county a report of a tour is about: the lead says the visitors went to one county of
    the city (市长甲在某某区调研), and the article names no other county."""
    if not city or not sentences:
        return None
    opening = lead_paragraph(sentences)
    lead = [s for s in sentences if s.paragraph == opening]
    # (某某高新区考察团来某县考察: the guests' home is not what the article is about)
    whole = _counties_about(GUESTS_HOME.sub("", article_text), city)
    for sent in lead:
        for m in LEAD_TOUR.finditer(sent.text):
            named = _counties_in(m.group(1), city)
            if len(named) == 1 and whole <= named:
                return named.pop()
            # 来我区考察 on a county's own page that names that county only: the tour is of it
            # (or names it only in the titles of its hosts, 某某区人大常委会主任甲陪同)
            if re.fullmatch(r"(?:我|本)(?:区|县|旗)", m.group(1).strip()) and (
                    len(whole) == 1 or not whole and len(hosts := _counties_in(article_text, city)) == 1):
                return next(iter(whole or hosts))
        # 赴某某县宣讲…并督导重点企业: the county the visitors go to, whatever they do there
        for m in GOES_TO.finditer(sent.text):
            if sent.text[max(0, m.start() - 2):m.start()] in ("先后", "分别"):
                continue            # 先后深入某某县某某小区、…: the first stop of a list
            after = sent.text[m.end():m.end() + 16]
            first = next(((d, b) for a, b, d, _f in gazetteer(city).find(after)
                          if a == 0 and d.level == "county"), None)
            # the county the trip goes to, then what is done there (赴某某县宣讲, 到某某区，…)
            nxt = words(after[first[1]:])[:1] if first else []
            # (深入某某县某某项目建设现场和部分企业，实地调研…: the sentence says it is a tour)
            if first and whole == {first[0].name} and (
                    not nxt or word_tag(nxt[0]).startswith("v") or re.match(r"[，,、。；]", nxt[0])
                    or re.search(r"调研|考察|视察|督导|检查|走访", sent.text[m.end():])):
                return first[0].name
    # 某某区委书记甲带队调研某某经济开发区重点项目: a county's head touring, in an article that names
    # no other county, tours his own
    for sent in lead:
        head = COUNTY_HEAD_TOURS.search(sent.text)
        county = next((d.name for a, b, d, _f in gazetteer(city).find(head.group(1))
                       if a == 0 and b == len(head.group(1)) and d.level == "county"), None) if head else None
        if county and whole <= {county} and _counties_in(article_text, city) <= {county}:
            return county
    return None


COUNTY_HEAD_TOURS = re.compile(r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2,4}?[市州盟])?([\u4e00-\u9fff]{1,6}?[县区旗])(?:委书记|长)[\u4e00-\u9fff·]{2,4}"
                               r"(?:带队|率队|一行)?(?:先后|深入|到|赴|来到)?[^，。；]{0,20}?(?:调研|督导|检查|视察|走访)")


def extract(sentences: list[Sentence], article_text: str, city: str | None,
            full_by_sentence: list[list[tuple[int, int, str]]], headline: str = "") -> list[EnterpriseMention]:
    """Enterprise mentions of an article, fullest form first mentioned, with short names.
    ``full_by_sentence``: what full_names() found in each sentence; a company whose name and
    sentences name no county gets the county the article is about (``headline_county``,
    ``tour_county``)."""
    about: list[str | None] = []          # (read once, and only for a company that needs it)

    def article_county() -> str | None:
        if not about:
            about.append(None if tour_goes_out(sentences, city) else
                         headline_county(headline, article_text, city) or tour_county(sentences, article_text, city))
        return about[0]

    found: dict[str, Evidence] = {}
    for sent, full in zip(sentences, full_by_sentence):
        for _a, _b, name in full:
            if name not in found:
                found[name] = Evidence(sent.span.start, sent.span.end, "enterprise.full_name")
        listed = listed_names(sent, full, city)
        for _a, _b, name in listed:
            if name not in found:
                found[name] = Evidence(sent.span.start, sent.span.end, "enterprise.listed")
        mates = list_mates(sent, full + listed, city)
        for _a, _b, name in mates:
            if name not in found:
                found[name] = Evidence(sent.span.start, sent.span.end, "enterprise.list_mate")
        for _a, _b, name in toured_names(sent, full + listed + mates, city) if "了" in sent.text or "、" in sent.text else ():
            if name not in found:
                found[name] = Evidence(sent.span.start, sent.span.end, "enterprise.toured")
        # 中建三局, 中交二航局, 水电九局: a state builder's numbered bureau, a company by its short name
        for m in BUREAU.finditer(sent.text):
            if m.group(0) not in found and not any(m.group(0) in n for n in found):
                found[m.group(0)] = Evidence(sent.span.start, sent.span.end, "enterprise.bureau")
    # what the list rules may add that names no company: 央企, 某某(集团, a verb phrase
    # (nor does a place and a legal form alone: 四川有限公司, 广西公司)
    found = {n: e for n, e in found.items()
             if not NOT_A_NAME.search(n) and n.count("(") + n.count("（") == n.count(")") + n.count("）")
             and not VERB_INSIDE.search(n[2:]) and _without_place(n) not in GENERIC}
    # a name that is a part of a longer name found is the same company written shorter
    names = sorted(found, key=len, reverse=True)
    # short names with one trade name are one company: 山东恒通 and 恒通汽车
    merged: dict[str, list[str]] = {}
    by_trade: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (found[n].start, -len(n), n)):
        if re.search(SUFFIX + "$", name):
            continue
        key = trade_name(name, city)
        # (华润电力、华润雪花和华润水泥: the companies of a list are as many as its items)
        if key and key in by_trade and not any(_listed_together(article_text, name, other)
                                               for other in [by_trade[key], *merged[by_trade[key]]]):
            merged[by_trade[key]].append(name)
        elif key:
            by_trade[key] = name
            merged[name] = []
    # full names that differ in how they write their place are one company:
    # 珠海市金桥置业有限公司 = 珠海金桥置业有限公司, 天顺风能（苏州）股份有限公司 = 苏州天顺风能股份有限公司
    by_place_free: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (found[n].start, -len(n), n)):
        if not re.search(SUFFIX + "$", name):
            continue
        key = _without_place(name)
        if key in by_place_free and len(key) >= 6:
            merged.setdefault(by_place_free[key], []).append(name)
        else:
            by_place_free[key] = name
    # 梅花生物科技集团股份有限公司 and 梅花集团: the group written by its brand is the company
    taken = {a for al in merged.values() for a in al}
    for name in names:
        if name in taken or not re.search(r"有限(?:责任)?公司$", name):
            continue
        for form in short_forms(name, city):
            if form.endswith("集团") and form in found and form not in taken and form not in merged:
                merged.setdefault(name, []).append(form)
                taken.add(form)
    names = [n for n in names if n not in taken]
    # a short name the text declares for a full one (（以下简称甲）) is no company of its own
    declared = {n: d for n in names if (d := _declared_short(n, article_text))}
    names = [n for n in names if n not in declared.values()]
    out = []
    companies = frozenset(names)
    for name in names:
        if any(name != other and name in other for other in names):
            continue
        text_wo = article_text.replace(name, "")
        aliases = list(merged.get(name, []))
        # 某某集团有限公司（以下简称某某集团）: the short name the text declares
        short = declared.get(name)
        if short and short not in aliases:
            aliases.append(short)
            text_wo = text_wo.replace(short, "")
        for a in aliases:
            text_wo = text_wo.replace(a, "")
        for form in short_forms(name, city):
            if form in text_wo and not any(form in a for a in aliases):
                aliases.append(form)
                text_wo = text_wo.replace(form, "")
        county = (county_in_name(name, city) or _county_of_sentences(name, aliases, sentences, city, article_text,
                                                                        companies)
                  or (article_county() if not _named_after_a_place(name, city)
                      and not only_a_partner([name, *aliases], sentences) else None))
        # 某某县宝航重工有限公司: the county written before the company's own name places it; the
        # name without it is the company's name too
        # (written in full: 寿光市, 定襄县; 寿光国有资产投资经营集团 is named after the place)
        lead = next((f for a, _b, d, f in gazetteer(city).find(name) if a == 0 and d.level == "county"
                     and re.search(r"(?:市|县|区|旗)$", f)), None)
        rest = name[len(lead):] if lead else ""
        if len(rest) >= 5 and re.search(SUFFIX + "$", rest) and rest not in aliases and not _kind_only(rest):
            aliases.append(rest)
        out.append(EnterpriseMention(name=name, aliases=tuple(aliases), county=county, evidence=found[name]))
    out.sort(key=lambda e: (e.evidence.start, e.name))
    return out
