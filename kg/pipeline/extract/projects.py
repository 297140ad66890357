"""Investment and construction projects: name, investment in yuan, enterprise.

A project is a named phrase ending in 项目 (not a generic one: 重点项目, 该项目);
its investment is the 总投资… amount of its sentence or of a later sentence
that says 该项目; the undertaking enterprise is an enterprise named in the
same sentence before it, or the company whose name the project's name begins with.
"""
from __future__ import annotations

import re

from ...records import Evidence, Project
from .divisions import national_places
from .text import CJK, Sentence, is_word, parse_money, word_ends, word_tag, words


def _phrase_prefix(core: str) -> int:
    """Leading words that open a verb phrase (全力加快…, 严肃查处…), not the project's name."""
    cut = 0
    for w in words(core):
        if (len(w) >= 2 and (word_tag(w).startswith(("v", "d", "a", "p", "c", "t")) or w in PRONOUNS)
                and w not in WORK_VERBS) or \
                (len(w) == 1 and (w in "要将把对在从" or word_tag(w).startswith(("d", "p", "c")))):
            cut += len(w)
            continue
        break
    return cut

PRONOUNS = {"我们", "你们", "他们", "大家", "咱们", "这些", "那些", "这个", "那个", "我市", "我县", "我区"}
# (a 、 between the verbs a project is named by is the name's own: 研发、生产、销售项目)
PROJECT_RE = re.compile(rf"(?:[{CJK}0-9A-Za-z.万亿千百“”\"·()（）—-]|(?<=研发|生产|制造|加工|销售|建设|改造)、"
                        rf"(?=研发|生产|制造|加工|销售|建设|改造|运营)){{2,50}}?"
                        rf"(?:项目|工程(?:(?![和与及])[{CJK}0-9]){{0,10}}?项目|工程)")
# a 工程 is a project when it names a work of construction (线路工程, 改造工程), not a
# programme (民心工程, 系统工程)
WORKS = re.compile(r"(改造|建设|线路|管网|道路|公路|大桥|桥梁|供水|供热|供气|污水|雨污|治理|修复|扩建|新建|整治|水利|"
                   r"电站|千伏|管道|安置|绿化|河道|隧道|铁路|轨道|场站|水库|堤防|泵站|厂房|片区|一期|二期|三期)")
# verbs a project is named by (改造项目, 扩建项目); any other verb before 项目 makes a
# verb phrase (加快项目, 掌握项目)
WORK_VERBS = {"改造", "建设", "提升", "扩建", "新建", "升级", "利用", "开发", "治理", "整治", "修复", "搬迁", "迁建",
              "续建", "生产", "制造", "加工", "储存", "储能", "种植", "养殖", "安置", "提质", "更新", "替代", "示范",
              "采选", "开采", "冶炼", "选矿", "研发", "销售", "装配", "组装", "回收", "处置", "运营", "孵化", "仓储",
              "处理", "保护", "综合利用"}
# a phase names one project: 某某产业集聚区二期基础设施项目
PHASE = re.compile(r"[一二三四五六七八九十\d]期")
LEFT_CUT = ("在", "到", "的", "与", "及", "是", "为", "了", "对", "将", "把", "由", "等", "作为", "其中", "随着",
            "包括", "推进", "推动", "实施", "建设", "开工", "签约", "落地", "引进", "入选", "成功", "总投资",
            "投资", "亿元", "万元", "先后", "促成", "融入", "按照", "见", "入选", "、", "，",
            "举行", "介绍", "参加", "完成", "发挥", "服务", "了解", "分析", "谋划", "参观", "暨", "此次", "本次",
            "其", "以上", "来到", "走进", "深入", "前往", "设在", "位于", "谋划", "签订", "签署", "签订了", "签署了",
            "仪式设", "会场设", "到", "参与", "打造", "携手", "用于", "寻找", "竣工", "开竣工", "督导", "督查", "调度")
# what makes a phrase before 项目 a kind, an amount or a batch of projects, not one project's name:
# 制造业项目, 10-20亿元项目, 过亿元项目, 2022年第三季度招商引资项目, 第七期“三个一批”项目
AMOUNT_CLASS = re.compile(r"(?:\d+(?:\.\d+)?(?:\s*[-—~～至]\s*\d+(?:\.\d+)?)?|[百千万十]|过|超)\s*(?:亿|万)?元|"
                          r"\d+(?:\.\d+)?\s*[万亿]\s*[-—~～至]\s*\d*(?:\.\d+)?\s*[万亿]元")
SECTORS = re.compile(r"(?:现代|先进|高端|传统|新兴|战略性|特色|绿色|数字|智能)?"
                     r"(?:制造业|服务业|农业|工业|产业化|高科技|科技|人才|质检|粮油|功能型|城市|央企|国企|民企|外资|内资|"
                     r"民营|新能源|新材料|文旅|旅游|基础设施|民生|社会事业|生态|环保|经济|电子信息|生物医药|商贸|物流|"
                     r"金融|文化|教育|卫生|医疗|康养|水利|交通|能源|资源|集群|化工|招商引资|招商|技改|技术改造|产业|实体|类|型|"
                     r"房地产|政府投资|社会投资|电网|节能|环保|安全|住房|市政|地方政府专项债|政府专项债|专项债|"
                     r"棚改|棚户区改造|安置房|保障房|保障性住房|自由贸易港建设|自由贸易试验区建设|自贸港建设|"
                     r"和|及|与|、|等)+")
BATCH = re.compile(r"(?<![\d.])\d{1,2}月份?(?!\d)|(?<![\d.])\d{1,2}月\d{1,2}日|季度|第[一二三四]季|^[一二三四五六七八九十两几\d]+个|"
                   r"百大|第[一二三四五六七八九十\d]{1,3}[批期次轮个]|"
                   r"第[一二三四五六七八九十百\d]{1,4}届|有史以来|\d{4}年度?(?:实施|签约|开工|新开工|续建|谋划|储备)|春季|秋季|线上|云签约|[百千]亿|一批|新一轮|年度|上半年|下半年")
GENERIC_TAIL = re.compile(r"(攻关|外资|投资|基础设施|重点|重大|民生|招商|创新|协同创新|产业|合作|帮扶|标志性|优选|示范|试点|代表|合同|"
                          r"一批|第.批|批次|具体|重要|[大好]|优质|暨|高技术|通过)$")
GENERIC = re.compile(r"^(重点|该|各|这|本|省|市|县|区|全市|全县|我市|一批|多个|新项目|新上项目|大|小|好|优质|签约|在建|"
                     r"储备|创新|攻关|招商|产业|民生|重大|示范|试点|揭榜挂帅|\d+个)")
# a stage or status that sorts projects into batches (开(竣)工项目, 全年入库项目, 已签约项目), and a
# meeting whose projects they are (某某招商推介会项目, 某某促进会议项目)
STAGE_CLASS = re.compile(r"^(?:全年|今年|年内|当年|已|拟|新|[\d一二三四五六七八九十]+个)?(?:开\(竣\)工|开（竣）工|开竣工|竣工|开工|"
                         r"入库|在库|签约|落地|投产|达产|在谈|储备|续建|新开工|新签约)$")
MEETING_IN = re.compile(r"(?:会议|大会|论坛|博览会|洽谈会|推介会|说明会|对接会|签约仪式|签约会|召开)")
INVEST_RE = re.compile(r"总投资\s*(?:约|近|超过|超|逾|达)?\s*\d+(?:\.\d+)?\s*(?:亿|万|千万)?\s*(?:余|多)?\s*元")
AMOUNT = r"(?:约|近|超过|超|逾|达)?\s*\d+(?:\.\d+)?\s*(?:亿|万|千万)?\s*(?:余|多)?\s*元(?:人民币)?"
# the amount written right after a project (某某项目总投资9.8亿元、…) or right before it (总投资5.2亿元的某某项目)
AMOUNT_AFTER = re.compile(rf"^[，,]?\s*(?:项目)?(?:计划)?(?:总投资|投资总额|总投资额|投资)(?:额)?(?:为|达)?\s*{AMOUNT}(?!\s*的)")
AMOUNT_BEFORE = re.compile(rf"(?:总投资|投资)(?:额)?(?:为|达)?\s*{AMOUNT}的\s*$")
# a sentence that sums several projects: its amount is no one project's
AGGREGATE = re.compile(r"\d+个|[一二三四五六七八九十百]+个|等|共|合计|累计|其中|总计|分别")


def find(sent: Sentence) -> list[tuple[int, int, str]]:
    s = sent.text
    out = []
    for m in PROJECT_RE.finditer(s):
        if s.rfind("《", 0, m.start()) > s.rfind("》", 0, m.start()):
            continue
        # the nearest cut that leaves a project's name: 集中开工暨|低空飞行器制造及配套产业项目 is cut
        # at 暨, since a cut at 及 leaves a kind of project only
        phrase = m.group(0)
        cuts = _cuts(phrase)
        # (总投资22.1亿元的甲系统及乙研发项目: after its amount, a join is inside the name)
        amount = max((x.end() for x in re.finditer(r"元的", phrase)), default=None)
        if amount in cuts:
            cuts = [c for c in cuts if c <= amount or not re.search(r"(?:及|与|和|等)$", phrase[:c])]
        for best in cuts:
            # (an item of a list, 甲公司、乙家居项目, may be a short name of common words)
            name = _checked(phrase[best:], listed=s[m.start() + best - 1:m.start() + best] == "、",
                            joined=phrase[:best].endswith(("及", "与")))
            if name:
                out.append((m.end() - len(name), m.end(), name))
            # only a cut at a join (及, 与) that leaves a kind of project tries the one before
            if name or not phrase[:best].endswith(("及", "与")):
                break
    return out


def _cuts(name: str) -> list[int]:
    """Where the phrase before a project's name may end, nearest the name first: after a
    function word or verb of LEFT_CUT (a one-character word only where the segmentation
    makes it a word of its own: not the 为 of 华为; a longer one where a word ends: not the
    服务 of 服务业), or after a place visited (某某科技城和…)."""
    bounds = {0, *word_ends(name)}
    cuts = {0}
    for w in LEFT_CUT:
        k = name.find(w)
        while k >= 0:
            end = k + len(w)
            if end <= len(name) - 4 and end in bounds and (len(w) > 1 or k in bounds) and \
                    not (w == "、" and _joins_work_verbs(name, k)):
                cuts.add(end)
            k = name.find(w, k + 1)
    # 甲有限公司等企业和乙项目: the companies of a list, then the project
    for m in re.finditer(r"等[^、，]{0,4}?[和及与]", name):
        if m.end() <= len(name) - 4:
            cuts.add(m.end())
    # 某某科技城和乙项目: a place visited, then the project (not 甲和乙项目, one project of two
    # products, nor 和平路…)
    k = name.rfind("和")
    if k >= 2 and k + 1 <= len(name) - 4 and not is_word(name[k:k + 2]) \
            and re.search(r"(?:城|园|园区|基地|中心|大厦|广场|馆|港|站|院|校|小镇|综合体)$", name[:k]):
        cuts.add(k + 1)
    return sorted(cuts, reverse=True)


def _joins_work_verbs(name: str, k: int) -> bool:
    """A 、 between two of the verbs a project is named by (研发、生产、销售项目): the name's own."""
    before = next((name[k - len(v):k] for v in sorted(WORK_VERBS, key=len, reverse=True) if name[:k].endswith(v)), "")
    return bool(before) and any(name.startswith(v, k + 1) for v in WORK_VERBS)


# a building or ground the project builds (市体育馆, 人民医院, 文化中心): one facility, whatever its words
BUILDING_CORE = re.compile(r"(?:中心|馆|医院|学校|中学|小学|幼儿园|体育场|广场|大桥)$")


def _checked(name: str, listed: bool = False, joined: bool = False) -> str | None:
    """The project's name in a phrase that ends in 项目 or 工程, or None when the phrase names
    a kind, a batch or an amount of projects, or runs in from a verb phrase.  Up to six
    characters of common words before 项目 are a kind (农产品深加工项目); three in an item of a
    list, four after a join (甲及下游深加工项目) and before 工程 (城市道路改造工程, works the
    text goes on to describe), where a part of a name or a name may read so."""
    if name.count("“") == name.count("”") + 1 and name.startswith("“"):
        name = name[1:]
    # (（下称“某某”）年产…项目: the short name a text gave the company before, not the project's)
    name = re.sub(r"^[（(]?(?:以下|下)?简?称[^（()）]{1,20}[）)]", "", name)
    name = name.lstrip("()（）—-")
    # (（一期）和乙项目: what a bracket opened before the phrase closes, then the next item)
    name = re.sub(r"^[^（()）]{1,12}[）)][和及与、]?", "", name)
    if name.count("(") + name.count("（") != name.count(")") + name.count("）"):
        return None             # (“3611”战略目标（项目…: a bracket the name does not close)
    if not name.startswith("“"):
        name = name.lstrip("”\"")
    # 区中储棉项目: the zone's project, named after its level
    if re.match(r"^[省市县区](?![级属直委政])", name) and len(name) >= 7:
        name = name[1:]
    core = name[:-2]
    if name.count("“") != name.count("”") or "”“" in name or name.find("”") < name.find("“"):
        return None             # (“产业项目建设年”“项目攻坚年”: the text between two quotes)
    tail = GENERIC_TAIL.search(core)
    if tail and not PHASE.search(core):
        # 新兴产业项目, 重大外资项目: a kind; 低空飞行器制造及配套产业项目: a name before the kind
        rest = core[:tail.start()]
        while (more := GENERIC_TAIL.search(rest)) and more.start() > 0:
            rest = rest[:more.start()]
        rest = re.sub(r"[及与和、]$", "", rest)
        if len(rest) < 5 or _generic_project(rest) or not SECTORS.sub("", rest) or GENERIC.match(rest) \
                or not _name_like(rest) or re.search(r"(?:区|县|市|省|州|地区|新区|园区|开发|招商|产业链|经济带|组团|片区|"
                                                     r"情况|工作|问题|进展|进度)[)）]?$", rest):
            return None
    if re.fullmatch(r"[^“”]{0,4}?(?:[省市县区]级|国家级)?“[^”]+”", core):
        return None             # “双竞赛”项目, 市级“四新四化”项目: a campaign's label
    if name.endswith("工程") and not WORKS.search(core):
        return None
    if re.search(r"(?:类|方面|领域)$", core):
        return None             # 乡村振兴类项目, 民生领域项目: a class of projects
    if re.match(r"(?:一|这|那)?系列", core) or re.fullmatch(r"(?:要|并|还|将)?(?:建立|健全|完善|推进|加快|强化|落实)+", core):
        return None             # 一系列重大建设项目, 建立健全项目: projects in general, a clause's verbs
    if re.search(r"[)）](?:重大|重点)(?:工业|产业|基础设施|民生|招商)?$", core):
        return None             # 某市（某某组团）重大工业项目: a place's class of projects
    if "关于" in core:
        # 某某公司关于年产…项目 (a list of approved projects): the name follows 关于
        k = core.rfind("关于") + 2
        name, core = name[k:], core[k:]
        if len(core) < 4:
            return None
    if re.search(r"此次|本次|这次|那次", core):
        return None             # 负责人关于项目…, 以此次项目…: a clause that runs into 项目
    cut = _phrase_prefix(core)
    name, core = name[cut:], core[cut:]
    if STAGE_CLASS.search(core) or MEETING_IN.search(core):
        return None             # 开(竣)工项目, 全年入库项目, 某某促进会议项目: a batch, not one project
    tokens = [w for w in words(core) if len(w) >= 2]
    if not core or (tokens and core.endswith(tokens[-1]) and word_tag(tokens[-1]) == "v"
                    and tokens[-1] not in WORK_VERBS and not re.search(r"\d", core)):
        return None
    if "的" in core or len(core) < 3 or GENERIC.match(name) or core[-1] in "为成抓把将让给对的了个批等好和及与或、" \
            or re.fullmatch(r"[\d.万亿千百个]+", core):
        return None
    if AMOUNT_CLASS.search(core) or BATCH.search(core) or _generic_project(core):
        return None
    if _phrase_inside(core) or _clause_in_name(core, 3 if listed else 4 if joined or not name.endswith("项目")
                                                  or BUILDING_CORE.search(core) else 6) or not _words_of_a_name(core):
        return None
    # a kind of project (制造业项目, 科技人才项目, 传统产业改造提升项目): the name is sectors, kinds
    # and works only
    rest = SECTORS.sub("", core)
    if not rest or re.fullmatch(r"(?:改造|提升|建设|新建|扩建|续建|升级|转型)+", rest):
        return None
    return name


# 甲、乙等6个项目 / 甲、乙等化工项目: each item a project; 某公司的某某 names its owner
PROJECT_LIST = re.compile(rf"((?:[^、，。；,;]{{2,30}}、)*[^、，。；,;]{{2,30}})等(?:\d+个|[一二三四五六七八九十]+个)?"
                          # (市领导甲、乙等参加百个项目…: who takes part, not what is built)
                          rf"(?:(?!参加|出席|观摩|见证|调研|检查|考察|视察|察看|督导)[{CJK}]){{0,4}}项目")
# a single item before 等项目 is a project only when it names a facility (加快某某产业园等项目建设)
FACILITY = re.compile(r"(?:产业园|园区|基地|中心|工厂|厂区|生产线|综合体|物流园|小镇|街区|医院|学校|幼儿园|养老院|场馆|"
                      r"体育馆|图书馆|博物馆|文化馆|科技馆|展览馆|美术馆|公园|广场|长廊|电站|水厂|污水处理厂|码头|港区|"
                      r"枢纽|大桥|隧道|公路|铁路|高铁|高速|城际|机场)$")


# 甲、乙、丙3个重点项目: a list of as many items as the count after it says
COUNTED_LIST = re.compile(rf"((?:[^、，。；,;]{{2,30}}、)+[^、，。；,;]{{2,30}}?)(\d+|[一二三四五六七八九十]+)个"
                          rf"(?:(?!参加|出席|观摩|见证|调研|检查|考察|视察|察看|督导)[{CJK}]){{0,8}}项目")
CHINESE_COUNT = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _counted(s: str) -> list[re.Match]:
    """The lists of COUNTED_LIST whose count is the number of their items."""
    out = []
    for m in COUNTED_LIST.finditer(s):
        n = m.group(2)
        count = int(n) if n.isdigit() else CHINESE_COUNT.get(n)
        if count is not None and count == m.group(1).count("、") + 1:
            out.append(m)
    return out


def listed(sent: Sentence) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, owner) of the projects a 等…项目 list names (one item: a facility), or a
    list followed by its count (甲、乙、丙3个项目)."""
    s = sent.text
    out = []
    lists = list(PROJECT_LIST.finditer(s))
    lists += [m for m in _counted(s) if not any(x.start() < m.end() and m.start() < x.end() for x in lists)]
    for m in lists:
        pos = m.start(1)
        items = m.group(1).split("、")
        if _phrase_inside(items[0]):
            continue            # 双方就甲、乙等项目深入交流: topics of talks, not projects
        for i, item in enumerate(items):
            a = pos
            pos += len(item) + 1
            if i == 0:
                k = max((item.rfind(w) + len(w) for w in ("，", "。", "：", "”", "“", " ") if w in item), default=0)
                if (q := item.rfind("“")) >= 0 and "”" in item[q:] and k > q:
                    k = q       # (先后到“四好农村路”新改建工程: the quoted words open the name)
                # the clause's subject and verbs before the first item: 全区将加快推进|某某产业园
                k = max([k] + [item.rfind(w) + len(w) for w in LEFT_CUT if w not in ("的", "与", "及", "等")
                               and w in item[k:] and item.rfind(w) + len(w) <= len(item) - 4])
                cut = k + _phrase_prefix(item[k:])
                item, a = item[cut:], a + cut
            owner = None
            if "的" in item:
                owner, item = item.split("的", 1)
                a += len(owner) + 1
                if not 2 <= len(owner) <= 8 or _common_words(owner) or OWNER_VERB.search(owner):
                    owner = None            # (某某钢铁新上马的…: a clause, not a company's name)
            # one facility named by three words or more (某某智能制造产业园) is a name though each word is common
            named_facility = len(items) == 1 and FACILITY.search(item) and len(words(item)) >= 3
            # (甲工程、乙建设工程等项目: each item calls itself works, the list calls them projects)
            # (on a tour's stops: 先后到甲工程、乙工程等项目建设现场)
            works_listed = sum(1 for x in items if x.endswith(("工程", "项目"))) >= 2 and item.endswith(("工程", "项目")) \
                and len(item) >= 6 and bool(re.match(r"(?:建设|施工)?现场", s[m.end():])) \
                and not GENERIC.match(item) and not re.search(r"(?:民生|民心|重点|重大|实事)工程$", item)
            if len(item) < 4 or (_common_words(item) and not named_facility and not works_listed) \
                    or re.search(r"[的了是在]", item) or _phrase_inside(item) or (_clause_in_name(item) and not works_listed):
                continue
            if item.endswith("工程") and not WORKS.search(item[:-2]) and not works_listed:
                continue
            if COMPANY_END.search(item):
                continue            # 甲、乙有限公司等企业和项目: the companies are no projects
            if len(items) == 1 and (not FACILITY.search(item) or GENERIC.match(item)):
                continue
            out.append((a, a + len(item), item, owner))
    return out


COMPANY_END = re.compile(r"(?:公司|集团|银行|合作社|分行|支行)$")


# a facility put under construction without the word 项目: 启动体育中心建设, 推进县文化馆改造提升
FACILITY_WORKS = re.compile(rf"(?:启动|开工|推进|加快|加速|实施|完成|建成|新建|续建|开建)(?:实施|推进|建设)?"
                            rf"([{CJK}]{{2,18}}?)(建设|改造提升|提升改造|改造|扩建|迁建)")


# a named facility a report of projects lists without the word 项目 (某某数字产业园, 某某生产基地,
# 某某大桥): a project where the sentence speaks of building, signing or starting
FACILITY_NAME = re.compile(rf"[{CJK}0-9A-Za-z()（）·]{{2,30}}?(?:产业园|科技园|科创园|物流园|创新园|"
                           r"生产基地|产业化基地|总部基地|集散中心|物流中心|联运中心|科创中心|综合体|科技城|"
                           r"数据中心|计算中心|研发中心|运营中心|结算中心|商贸中心|"
                           r"物流港|内陆港|航站楼|水电站|跨海通道|高速公路|大桥|高速|高铁|铁路|城际铁路|城际|机场|隧道|公路)(?![区站路])(?:[(（][一二三四五六七八九十\d]期[)）]|[一二三四五六七八九十]期)?")
PROJECT_CONTEXT = re.compile(r"项目|开工|签约|竣工|投产|开建|奠基|落户|集中|总投资")
# a road, railway or airport is a project where the sentence speaks of building it
TRANSPORT = re.compile(r"(?:高速公路|高速|高铁|铁路|城际|机场|隧道|公路)$")
BUILDING = re.compile(r"建设|推进|动工|开工|通车|贯通|建成|投运|竣工|开建")
# what a clause does with a road before its name: 可满足某某高铁…, 加快推进某某高速
ROAD_CLAUSE_VERBS = frozenset({"满足", "推进", "加快", "启动", "服务", "连接", "对接", "融入", "支持", "争取", "完成",
                               "实现", "打通", "乘坐", "依托", "借助", "利用", "开通", "新建", "续建", "建设", "用于", "适用于", "应用于"})


def named_facilities(sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, name) of named facilities a sentence about projects lists: 某某科创园、某某产业园
    and 某某大桥集中开工.  The name is cut from what leads into it as a project's name is."""
    s = sent.text
    projects_spoken_of = bool(PROJECT_CONTEXT.search(s))
    if not projects_spoken_of and not BUILDING.search(s):
        return []
    out: list[tuple[int, int, str]] = []
    pos = 0
    while (m := FACILITY_NAME.search(s, pos)) is not None:
        # (the next name starts after the one before, which may run on over its road: 某某高速某某特大桥)
        pos = m.end()
        phrase = m.group(0)
        transport = TRANSPORT.search(re.sub(r"(?:[(（][^)）]*[)）]|[一二三四五六七八九十]期)$", "", phrase))
        if not projects_spoken_of and not transport:
            continue
        end = m.end()
        if s.startswith(("建设史", "发展史"), end):
            continue            # (某某高速公路建设史上: its history, no road built)
        if transport and re.match(r"[\u4e00-\u9fff]", s[end:end + 1]):
            # 某某机场试验段, 某某公路改造: the works of the road name it too; 某某国际高铁技术研究中心:
            # the word runs on into another name
            more = re.match(r"[\u4e00-\u9fff]{0,8}?(?:试验段|[一二三四五六七八九十]期|场平工程|工程|改造|扩建|特大桥|大桥|隧道)(?=[，。；、和及与等]|$|动工|开工|建设|通车|贯通|竣工|建成)",
                            s[end:])
            if more:
                phrase, end = phrase + more.group(0), end + more.end()
                pos = end
            elif word_tag(words(s[end:end + 4])[0]).startswith("n") and not re.match(r"(?:建设|项目)", s[end:]):
                continue
        cut = max(_cuts(phrase)[0], max((phrase.rfind(w) + 1 for w in "、，,和及与" if w in phrase), default=0))
        name = phrase[cut:]
        name = name[_phrase_prefix(name):]
        # (机场负责人就某某机场, 下一步将对机场: what the clause says before the name; a preposition or
        # adverb the segmentation reads as a word of its own, not the 向 of 向阳湖)
        k = lead = 0
        for w in words(name)[:-1]:
            k += len(w)
            if w in ("就", "将", "对", "把", "被", "向"):
                lead = k
        name = name[lead:]
        if transport and not projects_spoken_of and not re.search(r"改造|扩建|工程|试验段|[一二三四五六七八九十]期", name) \
                and not BUILDING.search(re.split(r"[，,；;。]", s[end:])[0]) \
                and not BUILDING.search(re.split(r"[，,；;。]", s[:end])[-1]):
            continue            # (为满足某某机场发展需求，…进行建设: the clause builds no road)
        if transport:
            # (可满足济郑高铁: the name starts after the clause's last verb)
            k = after = 0
            for w in words(name)[:-1]:
                k += len(w)
                if w in ROAD_CLAUSE_VERBS and len(name) - k >= 4:
                    after = k
            name = name[after:]
            if any(w in name for w in ROAD_CLAUSE_VERBS):
                continue            # (可用于铁路、大坝等…领域: what a product serves, no road built)
        if len(name) < 5 or "的" in name or "了" in name or GENERIC.match(name) or re.match(r"^[\d.]", name) \
                or _phrase_inside(name) or TOUR_INSIDE.search(name):
            continue
        if re.search(r"(?:成为|打造|建成|建设成|定位为|争创|创建)[^，。；]*$", s[:end - len(name)]):
            continue            # 建成后将成为全省最大的某某基地: what it is to become, not a project
        visited = re.search(r"(?:来到|考察了?|深入|走进|前往|先后到|到|赴|参观了?|察看了?|观摩了?|在)([^，。；]*)$",
                            s[:end - len(name)])
        if not transport and visited and not re.search(r"开工|竣工|签约|奠基|开建|投产", visited.group(1)) \
                and not re.match(r"[^，。；、]{0,6}?(?:项目|建设|开工|签约|竣工|投产|奠基|落地|一期|二期)", s[end:]):
            continue            # (先后考察了某某产业园、…; 在某某产业园出席…: a place visited or where it is held)
        core = re.sub(r"(?:[(（][^)）]*[)）]|[一二三四五六七八九十]期)$", "", name)
        if _common_words(core) or re.search(r"[千百十]?亿级|万亩", core):
            continue            # 洗涤剂生产基地, 千亿级化工产业园: a kind of place, not one named
        out.append((end - len(name), end, name))
    return out


def facility_works(sent: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, name) of facilities whose construction a sentence reports; the name keeps
    the works (改造, 扩建) but not a bare 建设.  A facility of one common word (中心, 产业园)
    or of a place word and one word (市中心) is too vague to be a project."""
    out = []
    for m in FACILITY_WORKS.finditer(sent.text):
        where, works = m.group(1), m.group(2)
        if not FACILITY.search(where) or len(where) < 4:
            continue
        # 县图书馆, 市体育中心: the one of the county or city; otherwise three words at least
        of_place = re.match(r"^[县市区镇乡](?!重点|级|属)", where)
        if not of_place and (GENERIC.match(where) or len(words(where)) < 3):
            continue
        end = m.end(1) if works == "建设" else m.end(2)
        out.append((m.start(1), end, sent.text[m.start(1):end]))
    return out


# what is said of projects in general: 全年各项目, 14项民生实事候选项目, 多优质项目, 抓投资上项目
COUNTED = re.compile(r"\d+\s*[项件个批座条所处家只类]|各$|全部$|候选$|优质$|高质量$|实事$|在建$|储备$|新开工$|"
                     r"[促上抓以在着把将向给对共谋到跑争引招盯]$|以赴|马力|盯着|保持|发挥|服务$|谋划$|\d$")
PLACE_OR_YEAR = re.compile(r"^(?:\d{4}年(?:度)?|全市|全省|全县|全区|全州|全国|市级|省级|县级|区级|[省市县区州]|本地|我市|"
                           r"[\u4e00-\u9fff]{2,5}?(?:市|县|区|州|旗))+")


def _generic_project(core: str) -> bool:
    """A phrase about projects in general rather than one project's name: a count, a
    verb before 项目, or a year or place followed by a kind of project (2023年全市招商引资项目)."""
    if COUNTED.search(core):
        return True
    rest = PLACE_OR_YEAR.sub("", core)
    # (新疆能源项目, 海南自由贸易港建设项目: a province's name, then a kind)
    # (积极参与新疆能源项目: whatever runs in before it)
    # (黑龙江省级重点项目: the province's level, then a kind)
    if any(p.end() < len(rest) and not SECTORS.sub("", re.sub(r"^级", "", rest[p.end():]))
           for p in national_places().finditer(rest)):
        return True
    planned = re.match(r"^(?:共安排|安排|计划|拟)+", rest)
    rest = re.sub(r"^(?:共安排|安排|计划|重点建设|重点|重大|在建|新建|续建|世界级|国家级|国际级)+", "", rest)
    if planned and rest in WORK_VERBS:
        return True             # 某某区计划建设项目: what a place plans, no name
    return not rest or not SECTORS.sub("", rest) or bool(GENERIC.match(rest)) and len(rest) <= 4


# who says or does something in the sentence: 某某书记甲宣布…项目
ACTOR = re.compile(r"(?:书记|市长|县长|区长|省长|主任|主席)[\u4e00-\u9fff]{2,3}(?:宣布|出席|调研|考察|察看)|宣布")


def _phrase_inside(core: str) -> bool:
    """A clause, not a name, before 项目: a person's act (某某书记甲宣布…项目), 及其 (甲及其…项目),
    or the two sides of an agreement (双方就项目)."""
    # (某某矿山设备及其零部件项目: a product and its parts is one name)
    return bool(ACTOR.search(core) or re.search(r"及其(?!他|它|零部件|配件|配套|附属|制品|衍生品|深加工)", core)
                or re.match(r"^(?:双方|各方|两地|我们)就", core))


# a clause before 的, not a company's name: 某某钢铁新上马的…
OWNER_VERB = re.compile(r"新上|上马|新建|扩建|改建|投资|建设|实施|推进|引进|签约|开工|计划|拟|正在|已经")


# one-character words that only a clause has: 二要…, 将…, 就…
CLAUSE_CHARS = frozenset("要将把就被让")
CLAUSE_WORDS = frozenset({"举办", "举行", "执行", "落实", "争取", "启动", "攻坚", "谋划", "招引", "推动", "加快", "抓好", "做好",
                          "包括", "涉及", "共同", "积极", "积极争取", "全力", "各类", "一大批", "大批", "代表性",
                          "开展", "深入开展", "重视", "高度重视", "对标", "对表", "高质量", "参观", "实地参观",
                          "对口支援", "对口", "解决", "深化", "观摩", "放在", "协作", "通力协作", "有关",
                          "肯定", "充分肯定", "表扬", "称赞", "赞赏", "部署", "安排部署", "今后"})
# a person or a clause, whatever rule read it as a project: 某某区委副书记, 某某总经理某某说其项目,
# 某某领导小组各成员单位主要领导, 力争环岛旅游公路, 内容分为管道工程
NO_PROJECT = re.compile(r"(?:书记|市长|县长|区长|总经理|主任|领导)$|领导小组|成员单位|"
                        r"(?:书记|市长|县长|区长|总经理|董事长)[\u4e00-\u9fff]{2,3}说|力争|补齐|依次|抓实|分为|凝心聚力")


def _clause_in_name(core: str, common_up_to: int = 4) -> bool:
    """A clause or a kind before 项目, not a name: a verb other than the works a project is named
    by (哈密市举办某某平台项目, 积极争取项目), an adverb or pronoun (共同启动, 各类), a quantity
    without a number (一大批新项目); or up to four characters of common words (深加工项目, 汽车电子项目,
    光伏发电项目; three for an item of a list, where a short name may read as common words)."""
    tokens = words(core)
    for w in tokens:
        if w in CLAUSE_WORDS:
            return True
        if len(w) == 1 and w in CLAUSE_CHARS:
            return True
    if any(w in ("和", "及", "与") for w in tokens) and _common_words(core) and \
            sum(1 for w in tokens if w not in ("和", "及", "与") and not word_tag(w).startswith("v")) <= 1:
        return True             # (征地拆迁和扩建项目: works of any project, joined)
    return len(core) <= common_up_to and _common_words(core) and not re.search(r"\d", core)


def _words_of_a_name(core: str) -> bool:
    """No question word or pronoun (什么是小项目, 社会民生及其他项目), no preposition to open it (以生猪养殖项目,
    对标对表项目), no adverbial 地 (扎扎实实地谋项目), and no kind of project after its last 和 or 及
    (联系重点企业和重点项目: the projects in general).  A company's own name that the segmentation
    breaks into odd words (凤山天承, 润力) is left alone: only these words count."""
    tokens = [w for w in words(core) if w.strip()]
    if not tokens or re.search(r"其[他它]$", core) or any(w in PRONOUN_WORDS for w in tokens):
        return False
    if tokens[0] in ("他", "她", "其", "待", "可", "需", "应"):
        return False            # 他还同某地有关风电项目, 待公司技改项目: a clause
    if not re.sub(r"[一二三四五六七八九十\d]期|[和及、与]", "", core):
        return False            # 二期和三期项目: the phases of one named before
    if TOUR_INSIDE.search(core) or (core.endswith("新") and not core.endswith(("更新", "创新", "焕新"))):
        return False            # 某某登上某某综合体项目, 标志着某某项目, 建设新项目: a clause
    if word_tag(tokens[0]).startswith("p") or "对" in tokens:
        return False
    if any(w == "地" and i and word_tag(tokens[i - 1]).startswith(("z", "d", "a", "i"))
           for i, w in enumerate(tokens)):
        return False
    last = re.split(r"以及|和|及|与", core)[-1]
    return last == core or not (GENERIC_TAIL.fullmatch(last) or not SECTORS.sub("", last))


# a tour's or a clause's verb inside the phrase before 项目
TOUR_INSIDE = re.compile(r"来到|走进|登上|深入|前往|察看|考察|调研|标志[着著]|意味[着著]")
PRONOUN_WORDS = frozenset({"什么", "哪些", "哪个", "这些", "那些", "我们", "他们", "你们", "自己", "其他", "其它"})


def _name_like(text: str) -> bool:
    """No verb but the works a project is named by, no preposition, adverb, pronoun or
    particle, no time word: 低空飞行器制造及配套 is, 常务副市长某某率队调研 and 2022年1月份 are not.
    The company a name opens with (某某集团…) is a name whatever its words; so is 可降解, 可再生."""
    text = re.sub(r"可(?=降解|再生|循环|持续)", "", text)
    company = re.match(r"^([^，。、]{2,8}?)(?:集团|公司)", text)
    # (the company's own words: a brand the dictionary may cut up, but no verb phrase, 加快推进公司…)
    if company and all(len(w) == 1 or not word_tag(w).startswith(("v", "d", "p")) for w in words(company.group(1))):
        text = text[company.end():]
    for w in words(text):
        tag = word_tag(w)
        if (tag.startswith("v") and tag != "vn" and w not in WORK_VERBS) or tag.startswith(("p", "d", "r", "u", "t", "m")) \
                or re.fullmatch(r"[\d年月份]+", w):
            return False
    return True


def _common_words(text: str) -> bool:
    # (征地拆迁和扩建: common words joined by a conjunction are common too; 某某, a name withheld,
    # is a name)
    tokens = [w for w in words(text) if w not in ("和", "及", "与", "、")]
    return bool(tokens) and "某某" not in tokens and all(len(w) >= 2 and word_tag(w) and not word_tag(w).startswith(("ns", "nr", "nz"))
                                for w in tokens)


def extract(sentences: list[Sentence], enterprises_by_sentence: list[list[tuple[int, int, str]]]) -> list[Project]:
    projects: list[dict] = []
    for si, sent in enumerate(sentences):
        s = sent.text
        found = find(sent)
        invest = INVEST_RE.search(s)
        amount, approx = parse_money(invest.group(0)) if invest else (None, False)
        ents = enterprises_by_sentence[si]
        for a, b, name in found:
            ent = None
            # an enterprise name at the head of the project's phrase: 某某有限公司年产…项目
            for ea, eb, en in ents:
                if eb <= a and not re.search(r"[，。；、]", s[eb:a]):
                    ent = en
                if ea <= a < eb or (ea >= a and eb <= b):
                    ent = en
                    if name.startswith(en):
                        name = name[len(en):]
            # the one company of the sentence, unless the project is another stop of a list
            if not ent and len(ents) == 1 and ents[0][1] <= a and "、" not in s[ents[0][1]:a]:
                ent = ents[0][2]
            own = AMOUNT_BEFORE.search(s[max(0, a - 20):a]) or AMOUNT_AFTER.match(s[b:])
            if own:
                inv, approx_own = parse_money(own.group(0))
            elif invest and len(found) == 1 and not AGGREGATE.search(s) and len(INVEST_RE.findall(s)) == 1:
                inv, approx_own = amount, approx
            else:
                inv, approx_own = None, False
            projects.append({"name": name, "investment": inv, "approx": approx_own if inv is not None else False,
                             "enterprise": ent, "evidence": [Evidence(sent.span.start, sent.span.end,
                                                                      "project.name")]})
        in_list, facilities, works = listed(sent), named_facilities(sent), facility_works(sent)
        for a, b, name, owner in in_list:
            if any(x <= a < y for x, y, _n in found):
                continue
            # (a brand of four characters is a project's name as one of several items of a 等…项目 list:
            # 引进了甲乙丙丁、戊己庚辛、…等优质项目)
            # (not on a tour, whose stops are companies as often as projects: 深入甲乙乳业、丙丁玻纤等项目)
            mates = sum(1 for _a, _b, n, _o in in_list if n != name and _a != a)
            projects.append({"name": name, "investment": None, "approx": False, "enterprise": owner,
                             "short_ok": mates >= 2 and not TOUR_LIST.search(s[:a]),
                             "evidence": [Evidence(sent.span.start, sent.span.end, "project.listed")]})
        for a, b, name in facilities:
            if any(x < b and a < y for x, y, _n in found) or any(x < b and a < y for x, y, _n, _o in in_list):
                continue
            projects.append({"name": name, "investment": None, "approx": False, "enterprise": None,
                             "evidence": [Evidence(sent.span.start, sent.span.end, "project.facility")]})
        for a, b, name in works:
            if any(x < b and a < y for x, y, _n in found):
                continue
            projects.append({"name": name, "investment": None, "approx": False, "enterprise": None,
                             "evidence": [Evidence(sent.span.start, sent.span.end, "project.facility_works")]})
        spans = [(a, b) for a, b, _n in found] + [(a, b) for a, b, _n, _o in in_list] \
            + [(a, b) for a, b, _n in facilities] + [(a, b) for a, b, _n in works]
        for a, b, name in list_mates(s, spans):
            projects.append({"name": name, "investment": None, "approx": False, "enterprise": None,
                             "evidence": [Evidence(sent.span.start, sent.span.end, "project.list_mate")]})
        if not found and projects and re.search(r"该项目|项目总投资|项目建成", s):
            last = projects[-1]
            if last["investment"] is None and invest:
                last["investment"], last["approx"] = amount, approx
                last["evidence"].append(Evidence(sent.span.start, sent.span.end, "project.investment.该项目"))
            if last["enterprise"] is None and ents:
                last["enterprise"] = ents[0][2]
                last["evidence"].append(Evidence(sent.span.start, sent.span.end, "project.enterprise.该项目"))
    out: dict[str, Project] = {}
    for p in projects:
        # (某某有限公司（下称“某某”）年产…项目: the short name given the company is no part of the project's)
        p["name"] = re.sub(r"[（(](?:以下|下)?简?称[^（()）]{1,20}[）)]", "", p["name"])
        if re.match(r"^(?:以|将|把|对|由)", p["name"]):
            continue            # (某某集团以生猪养殖项目落地为起点: a clause on a project, not its name)
        # (four characters name a facility of its own, 某某高铁, 某某机场; not 某某项目)
        if len(p["name"]) < 4 or (len(p["name"]) == 4 and (p["name"].endswith(("项目", "工程")) or not (
                FACILITY.search(p["name"]) or p.get("short_ok")))):
            continue
        # (某某区委副书记, 某某总经理某某说其项目, 力争环岛旅游公路: a person or a clause, whatever rule read it)
        if NO_PROJECT.search(p["name"]):
            continue
        prev = out.get(p["name"])
        if prev:
            p["investment"] = prev.investment if prev.investment is not None else p["investment"]
            p["enterprise"] = prev.enterprise or p["enterprise"]
            p["evidence"] = list(prev.evidence) + p["evidence"]
        out[p["name"]] = Project(name=p["name"], investment=p["investment"], approximate=p["approx"],
                                 enterprise=p["enterprise"], evidence=tuple(p["evidence"]))
    # 延津县某某项目 and, later, 某某项目总投资10亿元: one project, named once with its county
    for short in sorted(out, key=len):
        long = next((n for n in out if n != short and n.endswith(short) and PLACE_LEAD.fullmatch(n[:-len(short)])),
                    None)
        if long is None or len(short) < 6:
            continue
        a, b = out[long], out.pop(short)
        out[long] = Project(name=long, investment=a.investment if a.investment is not None else b.investment,
                            approximate=a.approximate if a.investment is not None else b.approximate,
                            enterprise=a.enterprise or b.enterprise, evidence=a.evidence + b.evidence)
    return list(out.values())


# a list of projects begun, finished or signed together, and a tour's list of stops
BATCH_WORKS = re.compile(r"开工|竣工|开竣工|签约|投产|奠基|开建")
TOUR_LIST = re.compile(r"深入|来到|走进|前往|调研|考察|督查|督导|察看|参观|观摩|等地|等处|现场")
ACTOR_IN_ITEM = re.compile(r"书记|市长|县长|区长|主任|领导|带领|带队")


def list_mates(s: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The other items of a list of projects (甲物流园、乙工业园智能化改造、丙粮食储备库、丁项目一期):
    where at least two of a clause's items separated by 、 are projects found, and they are at
    least a third of them, each other item that reads as a name is one too."""
    out: list[tuple[int, int, str]] = []
    if not BATCH_WORKS.search(s):
        return out
    for clause in re.finditer(r"[^，。；：,;:]+", s):
        a0, b0 = clause.span()
        if "、" not in clause.group(0) or TOUR_LIST.search(clause.group(0)):
            continue            # (a tour's stops are places, companies and projects alike)
        items, pos = [], a0
        for part in clause.group(0).split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        # (the first item ends the clause's lead: 晋江举行了甲; the last runs to 等…)
        is_found = [any(x < e and a < y for x, y in spans) for a, e in items]
        if sum(is_found) < 2 or sum(is_found) * 3 < len(items):
            continue
        for k, ((a, e), hit) in enumerate(zip(items, is_found)):
            if hit:
                continue
            item = s[a:e]
            if k == 0:
                cut = _cuts(item + "项目")[0]
                item, a = item[cut:], a + cut
            if k == len(items) - 1:
                tail = re.search(r"等", item)
                if tail is None and e == b0 and b0 < len(s) and s[b0] not in "，,；;。":
                    continue
                if tail:
                    item, e = item[:tail.start()], a + tail.start()
            item = item.strip()
            if len(item) < 4 or len(item) > 30 or re.search(r"[的了是在和及与]|情况$|工作$|\d个$", item) \
                    or COMPANY_END.search(item) or ACTOR_IN_ITEM.search(item) \
                    or _common_words(item) or _phrase_inside(item) or _clause_in_name(item) or GENERIC.match(item) \
                    or TOUR_INSIDE.search(item) or not _words_of_a_name(item):
                continue
            out.append((a, a + len(item), item))
    return out


# a county, district or zone written before a project's own name
PLACE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:县|区|市|旗|新区|开发区|高新区|经开区)")
