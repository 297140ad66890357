"""Persons, their titles and posts.

A title is an organisation prefix plus a post word from ``lexicons/posts.txt``
(市委 + 副书记, 山东某某有限公司 + 董事长); titles chain with 、 or 暨 before a
name ("市委副书记、市长张某某"), and a list of names may follow (…、…、…).
National leaders are also named before their title (某某总书记).  A bare name
is taken when the same name was titled on the page, or when it opens a clause
before a verb of speech or action (某某指出, 某某代表…).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...records import Evidence, Post
from .divisions import county_names, national_places
from .text import AFTER_NAME, CJK, FUNCTION_CHARS, NOT_NAME_TAIL, TIBETAN, Sentence, is_word, name_at, surnames, word_ends, word_tag, words

FORMER = ("原", "时任", "曾任", "前任")
CUT_WORDS = ("邀请", "陪同", "会同", "参加", "出席", "任命", "提名", "免去", "当选为", "当选", "选举", "同意",
             "由", "在", "和", "与", "及", "对", "向", "是", "为", "经", "据", "请", "的", "了", "到", "同", "据悉",
             "等", "看望", "会见", "听取", "随同", "带领", "率领", "随着", "随著", "有", "最后", "首先", "随后",
             "会上", "所属", "下属", "旗下", "上市公司", "台企", "率")
ORG_CHAR = re.compile(rf"[{CJK}()（）0-9A-Za-z]")
ENTERPRISE_ORG = re.compile(r"(公司|集团|银行|厂|企业|农商行|合作社|店)$")
REFERRING_ORG = ("该公司", "该企业", "该集团", "公司", "企业", "集团", "该厂", "集团公司", "该集团公司", "")
NATIONAL_ORG = re.compile(r"^(中共中央|中央|国务院|全国|国家|省|中国)")
NATIONAL_POSTS = {"总书记", "总理", "副总理", "委员长"}
GENERIC_UNITS = ("党组", "党委", "党工委", "管委会", "纪委", "常委会")
CJK_TAIL_BLOCK = set("家村庄镇乡县区市路街园湖河山里屯寨楼桥")   # a name glued to these is a place
SPEECH_AFTER = ("指出", "强调", "表示", "要求", "介绍", "认为", "代表", "主持", "出席", "参加", "带队", "一行",
                "率队", "在", "到", "深入", "说", "同志")


@dataclass(frozen=True)
class PostWord:
    word: str
    implied_org: str | None
    enterprise: bool


@lru_cache(maxsize=1)
def post_words() -> dict[str, PostWord]:
    text = resources.files("kg.pipeline.extract.lexicons").joinpath("posts.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        word = cols[0].strip()
        implied = cols[1].strip() if len(cols) > 1 and cols[1].strip() not in ("", "enterprise") else None
        enterprise = "enterprise" in cols[1:]
        out[word] = PostWord(word, implied, enterprise)
    return out


@lru_cache(maxsize=1)
def post_pattern() -> re.Pattern:
    by_length = sorted(post_words(), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, by_length)))


@dataclass(frozen=True)
class Title:
    text: str                 # as written, without 原/时任
    org: str | None
    post: PostWord
    former: bool


@dataclass(frozen=True)
class PersonMention:
    start: int                # in the sentence
    end: int
    name: str
    titles: tuple[Title, ...] = ()
    rule: str = "person.titled"


# the longest organisation written before a post (中国人民政治协商会议某某自治州第十四届委员会…)
MAX_PREFIX = 40


def _prefix_start(s: str, j: int) -> int:
    stop = max(0, j - MAX_PREFIX)
    while j > stop and ORG_CHAR.match(s[j - 1]):
        j -= 1
    return j


ORG_START = re.compile(r"(中共|中央|国务院|全国|国家|省|市|县|区|镇|乡|街道|开发区|高新区|度假区)")


def _trim_prefix(prefix: str) -> str:
    # cut at the last function word: "会议由县委" -> "县委"
    best = 0
    bounds: dict[int, str] | None = None
    for w in CUT_WORDS:
        k = prefix.rfind(w)
        if w in ("和", "与", "及") and k >= 0 and not _joins_two(prefix, k):
            continue
        if w in ("选举", "当选") and prefix.startswith("委员会", k + 2):
            continue            # (县选举委员会主任: the election committee is a body)
        if k >= 0 and len(w) == 1 and k + 1 > best:
            # a one-character word cuts only where it ends a word that is no name (根据, 以及, 在):
            # not the 经 of 临空经济区, the 同 of 同济, the 为 of 华为
            if bounds is None:
                bounds = word_ends(prefix)
            token = bounds.get(k + 1)
            if token is None or (len(token) > 1 and word_tag(token).startswith("n")):
                continue
            if w == "有" and token != "有":
                continue            # (领导有县委书记, not 国有企业 or 拥有)
            if w == "经" and prefix[k + 1:k + 2] and prefix[k + 1] in "开济贸信管营促":
                continue            # (某某经开区, 经济开发区, 经信局: a word the segmentation splits)
        if k >= 0 and k + len(w) > best and k + len(w) <= len(prefix):
            best = k + len(w)
    prefix = prefix[best:]
    # 市人大常委会主任甲与|呼伦贝尔市委: a person named with a post, then 与, opens another's title
    for m in post_pattern().finditer(prefix):
        person = name_at(prefix, m.end())
        # (经理甲一行与|某某县委副书记: the visitors' party, then the host's title)
        link = re.match(r"(?:一行|等)?(?:与|和|同|及|会见|会同)", prefix[m.end() + len(person):]) if person else None
        if link:
            prefix = prefix[m.end() + len(person) + link.end():]
            break
    prefix = prefix[_clause_end(prefix):]
    # 某某有限公司（以下简称某某集团）党委书记: what a bracket closes that opens before the cut is
    # an aside, not the organisation
    # (so is a short name the text defines: （以下简称某某集团）)
    depth, close = 0, -1
    for k, ch in enumerate(prefix):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth:
                depth -= 1
            else:
                close = k
    aside = re.search(r"[（(](?:以下|下)?简称[^（()）]{1,20}[）)]", prefix[close + 1:])
    if aside:
        close += aside.end()
    prefix = prefix[close + 1:]
    prefix = re.sub(r"^\d+[月日年号]*", "", prefix)
    # (…，以及某某市市委书记甲; 还有副市长乙: the words that add a person to a list)
    prefix = re.sub(r"^(?:以及|还有|另有|其中有?)", "", prefix)
    # a prefix that runs in from a verb phrase starts at its first level word: 传达学习省委 -> 省委
    m = ORG_START.search(prefix)
    if m and m.start() > 0 and not ENTERPRISE_ORG.search(prefix):
        head = prefix[:m.start()]
        if re.search(r"(学习|传达|领会|贯彻|落实|要|认真|深入|按照|根据|围绕|关于)", head):
            prefix = prefix[m.start():]
    return prefix


# verbs that name what a body does (发展和改革委员会, 应急管理局, 投资促进局): words of its name
ORG_VERBS = frozenset("""发展 改革 管理 投资 促进 保障 监督 审批 服务 建设 规划 协调 招商 监察 检察 审判 执行 统筹 应急
生产 安全 调查 评审 审查 审计 合作 交流 开发 研究 设计 教育 培训 宣传 组织 联络 统战 信访 督查 督导 巡视 巡察 引进 运营
保护 治理 改造 推进 考核 咨询 指导 协作 救助 援助 动员 执法 稽查 采购 登记 储备 供应 经营 维护 会展 接待 联合 办公""".split())
# what opens the sentence's own words before a title: 还有市委副书记, 我区党委副书记
CLAUSE_WORDS = frozenset({"还有", "我区", "我市", "我县", "我省", "这些", "都", "以", "把", "也", "并", "又", "再", "就", "则",
                          "离不开", "委托", "推选", "受"})


def _clause_end(prefix: str) -> int:
    """Where the sentence's own words before an organisation end: after its last verb that is no
    word of a body's name (市长某某传达|省委书记, 考察调研|省长) or a word of the clause (还有|市委副书记)."""
    if len(prefix) < 3:
        return 0
    pos, cut, sure = 0, 0, -1
    tokens = words(prefix)
    for w in tokens:
        pos += len(w)
        if pos >= len(prefix):
            # (甲还特别嘱咐|校长乙: a clause of a person, an adverb and a verb, before a bare post)
            tag = word_tag(w)
            if len(w) >= 2 and tag.startswith("v") and not tag.startswith("vn") and w not in ORG_VERBS \
                    and any(word_tag(x).startswith(("d", "nr")) for x in tokens[:-1]):
                return len(prefix)
            break
        tag = word_tag(w)
        if w in CLAUSE_WORDS or (len(w) >= 2 and tag.startswith("v") and w not in ORG_VERBS and not tag.startswith("vn")
                                 and not national_places().fullmatch(w)       # (自贡|市委: a place)
                                 and w + prefix[pos:pos + 1] not in county_names()     # (前进|区委: a district)
                                 and prefix[pos:pos + 1] not in "区园"):    # (商贸集聚|区管委会: a zone's name)
            cut = pos
            if len(w) >= 2 and w in CLAUSE_WORDS:
                sure = pos          # (还有|蓬江区委: the clause's own words, whatever follows)
    # only where a level word opens what is left (还有|市委, 传达|省委): a company's name keeps
    # its verbs (舍得酒业, 以沫精密科技有限公司)
    rest = prefix[cut:]
    if sure == cut and cut:
        return cut
    if cut and (ORG_START.match(rest) or re.match(r"(?:州|盟|地委|地区|自治)", rest) or national_places().match(rest)):
        return cut
    # (探讨如何答好|广东省委书记: a clause of verbs of one character, then the body's place)
    for m in national_places().finditer(prefix):
        head = prefix[:m.start()]
        if len(head) < 2 or ENTERPRISE_ORG.search(prefix) or "驻" in head:
            continue            # (某某市政府驻上海办事处, 日本驻沈阳总领事: a body's office elsewhere)
        tags = [word_tag(w) for w in words(head)]
        if any(t.startswith("v") for t in tags) and any(t.startswith(("r", "d", "p", "c")) for t in tags):
            return m.start()
    return 0


def _joins_two(prefix: str, k: int) -> bool:
    """Whether 和/与/及 at ``k`` joins two phrases (甲与市委…, 甲与企业…) rather than
    standing inside a name: a town (人和街道), a bureau (工业和信息化局) or a company
    that opens with a province (山东沐和某某有限公司)."""
    after = prefix[k + 1:]
    if re.match(r"^(?:街道|镇|乡|社区|村)", after):
        return False
    # (、宏和电子材料科技股份有限公司: one character before it is no body, but a brand that holds 和)
    if prefix[k] == "和" and len(re.split(r"[、，,；;\s]", prefix[:k])[-1]) == 1 and prefix[k - 1] not in FUNCTION_CHARS:
        return False
    if not ORG_START.match(after) and re.search(r"(?:局|委员会|委|厅|部|办|中心)$", after):
        return False
    return not re.search(r"(?:中国|山东|河南|河北|江苏|浙江|广东|北京|上海)", prefix[:k])


POST_MODIFIER = re.compile(r"(?:常务|专职|执行|名誉|荣誉|代理|代|第一|副)+")


def _title_ending_at(s: str, end: int) -> tuple[int, Title] | None:
    """A title whose post word ends at ``end``: (start, title)."""
    for m in post_pattern().finditer(s, max(0, end - 30), end):
        if m.end() != end:
            continue
        pw = post_words()[m.group(0)]
        j = _prefix_start(s, m.start())
        raw_prefix = s[j:m.start()]
        prefix = _trim_prefix(raw_prefix)
        # 市委副书记市长: two titles run together, the second a bare post word
        if prefix and any(prefix.endswith(w) and len(prefix) > len(w) for w in post_words() if len(w) >= 2):
            prefix = ""
        start = m.start() - len(prefix)
        # (及某某县委书记: a list's link, never a body's first character; the title still starts
        # there, for the chain of titles before it)
        prefix = re.sub(r"^[及与、]+", "", prefix)
        # 我市政协主席, 该区人大常委会副主任, 该区区长: the page's own place, said as "our" or "that"
        # (该区区长: the level of a post that already names it)
        # (新闻发言人某某行署副专员: the part one plays at a press conference, then the post)
        prefix = re.sub(r"^(?:新闻发言人|发言人|发布人|主持人)[:：]?", "", prefix)
        own = re.match(r"^[我该本](?=[省市县区旗州])", prefix)
        # (本次大会执行主席: the title as written; 本次 says which session, it is no body)
        session = re.fullmatch(r"本次|本届|这次", prefix) and pw.word.startswith(("大会", "会议"))
        if own:
            prefix = prefix[1:]
            if len(prefix) == 1 and pw.word.startswith(prefix):
                prefix = ""
        former = False
        for f in FORMER:
            if prefix.startswith(f):
                prefix, former = prefix[len(f):], True
                break
        if not former and s[max(0, start - 2):start].endswith(FORMER):
            former = True
        if pw.word in ("人大代表", "政协委员") and re.search(r"全体|广大|各位|各级|部分|[名位]|走访|联系|邀请|看望", raw_prefix):
            return None         # (全体市政协委员, 走访联系市人大代表: deputies as a group, no one's title)
        # (全国人大代表, 省政协委员: a deputy's level, not a body of the deputy's own)
        org = None if session or pw.word in ("人大代表", "政协委员") else prefix or None
        if org and POST_MODIFIER.fullmatch(org):
            org = None          # 常务副主席, 执行主席: how the post is held, not a body
        return start, Title(text=prefix + pw.word, org=org, post=pw, former=former)
    return None


def titled_mentions(sent: Sentence, model: frozenset[str] = frozenset()) -> list[PersonMention]:
    """``model``: names a statistical backend tagged on the page, taken after a title
    when the surname table does not know them."""
    s = sent.text
    out: list[PersonMention] = []
    taken: set[int] = set()
    for m in post_pattern().finditer(s):
        at = m.end()
        # a signed article's title line: 某某党工委书记、管委会主任 张三
        if s[at:at + 1] == " " and re.fullmatch(r" [\u4e00-\u9fff·]{2,4}", s[at:]):
            at += 1
        # 政协主席人选甲: the candidate for the post
        if s.startswith("人选", at) and name_at(s, at + 2):
            at += 2
        # 市委副书记：甲、乙、丙: a title, a colon, its holders
        if s[at:at + 1] in "：:" and name_at(s, at + 1):
            at += 1
        # 大会的执行主席是（：）甲、乙、丙: a title, 是, a list of its holders
        elif s[at:at + 1] == "是" and s[at - 1 - len(m.group(0)):at - len(m.group(0))] == "的":
            skip = 2 if s[at + 1:at + 2] in ("：", ":") else 1
            named = name_at(s, at + skip) or _list_item(s, at + skip, model) or _vouched_first(s, at + skip, model)
            if named and re.match(r"[\u4e00-\u9fff·]{2,4}、", s[at + skip:]):
                at += skip
        name = (_longer_model_name(name_at(s, at), next((n for n in _by_prefix(model).get(s[at:at + 2], ())
                                                          if s.startswith(n, at)), None), s, at)
                or unlisted_name_at(s, at))
        if not name:
            name = _vouched_first(s, at, model) or transliterated_name_at(s, at)
        if name and name[-1] in "路街巷道" and re.match(r"(?:以[东南西北]|交叉|交汇|路口|两侧|沿线|一带|附近)",
                                                         s[at + len(name):]):
            continue                # (某某经开区长安路以南: a road after a district, no 区长)
        if not name or _runs_into_post(s, at, name):
            continue
        if m.group(0) in ("人大代表", "政协委员") and is_word(name[:2]) and not word_tag(name).startswith("nr"):
            continue                # (市政协委员步履坚定, 人大代表从中审议: what the deputies do, no name)
        # the chain of titles before the name, right to left
        chain: list[Title] = []
        end = m.end()
        while True:
            found = _title_ending_at(s, end)
            if not found:
                break
            start, title = found
            chain.insert(0, title)
            # 甲公司党组成员、副总经理，乙集团党委书记、董事长某某: a comma between two bodies' posts
            if start > 0 and s[start - 1] in "、暨，," and start - 1 > 0:
                end = start - 1
                continue
            if start > 0 and not title.org and _title_ending_at(s, start):
                end = start         # (市委副书记|市长: the title before, with no mark between)
                continue
            break
        if not chain:
            continue
        chain = _inherit_orgs(chain)
        # 各民主党派某省委相关负责人, 有关方面负责人, 市属高校负责人: who they are, not a post
        chain = [t for t in chain if not VAGUE_TITLE.search(t.text)]
        pos = at
        names = [(pos, name)]
        # a list of names after the title: 副主任甲、乙、丙
        q = pos + len(name)
        while q < len(s) and s[q] == "、":
            nxt = _list_item(s, q + 1, model)
            if not nxt:
                # an item between two names of the list is a name too (甲、谢兆村、乙)
                m2 = re.match(r"([\u4e00-\u9fff]{2,3})、", s[q + 1:])
                # (a surname the table lacks too: the list around it vouches for it)
                if m2 and _list_item(s, q + 2 + len(m2.group(1)), model) and not is_word(m2.group(1)) \
                        and not set(m2.group(1)) & FUNCTION_CHARS:
                    nxt = m2.group(1)
            if not nxt:
                break
            names.append((q + 1, nxt))
            q = q + 1 + len(nxt)
        for p, n in names:
            if p in taken:
                continue
            taken.add(p)
            out.append(PersonMention(p, p + len(n), n, tuple(chain), "person.titled"))
    # a national leader named before the title: 某某总书记, 某某主席
    # (某某总理, 某某省长, 某某书记提出的…: the same, for the posts one calls a leader by)
    # (与某某总经理深入交流, 某某董事长介绍: a company's head named before the post)
    for m in re.finditer(r"(?=(总书记|同志|主席(?!团|台)|总理|委员长|省长|书记|总经理|董事长))", s):
        if m.group(1) == "书记" and s[max(0, m.start() - 1):m.start()] == "总":
            continue
        k = m.start()
        # (某某有限公司甲副总经理: a company's deputy named between its name and his post)
        company_before = m.group(1) in ("总经理", "董事长") and s[k - 1:k] == "副"
        if company_before:
            k -= 1
        for length in (3, 2):
            i = k - length
            if i < 0 or i in taken:
                continue
            if company_before and not re.search(r"(?:公司|集团)$", s[:i]):
                continue
            n = name_at(s, i, require_cue=False)
            # (before 主席 a full name of three, not a kind of chairman: 某某党|荣誉主席, 执行主席)
            if n and len(n) == length and i + len(n) == k and (
                    m.group(1) != "主席" or (length == 3 and not re.search(r"(?:荣誉|名誉|执行|常务|轮值)$", n))):
                if m.group(1) in ("总经理", "董事长") and i > 0 and re.match(rf"[{CJK}]", s[i - 1]) \
                        and s[i - 1] not in "了的在和与及是为对向" and not company_before:
                    continue            # (哈尔滨华南城董事长甲: the company's name before its post)
                if (i > 0 and re.match(rf"[{CJK}]", s[i - 1]) and s[i - 1] not in "了的在和与及是为以前对"
                        and not company_before and not _after_verb(s, i) and not (_word_before(s, i) and not is_word(n[-2:])
                                                           and m.group(1) != "主席")):
                    continue            # (双方负责同志, 国民党荣誉主席: a word's end and a word, no name)
                # (某某书记: a name; which party committee's, the text says elsewhere)
                # (某某总经理: a person; which company's, the text says elsewhere, if at all)
                titles = (Title(m.group(1), None, post_words()[m.group(1)], False),) \
                    if m.group(1) not in ("同志", "书记", "总经理", "董事长") else ()
                if company_before and "副" + m.group(1) in post_words():
                    titles = (Title("副" + m.group(1), None, post_words()["副" + m.group(1)], False),)
                out.append(PersonMention(i, k, n, titles, "person.name_title"))
                taken.add(i)
                break
    # a clause that opens with a name and then its post: 某某副市长调研…, 某某书记指出
    for m in NAME_BEFORE_POST.finditer(s):
        i = m.start("name")
        n = name_at(s, i, require_cue=False)
        if not n or i + len(n) != m.start("post") or any(pm.start <= i < pm.end for pm in out):
            continue
        word = m.group("post")
        out.append(PersonMention(i, i + len(n), n, (Title(word, None, post_words()[word], False),),
                                 "person.name_post"))
    return sorted(out, key=lambda pm: pm.start)


# a group's descriptor written where a title goes: no post of the person's own
VAGUE_TITLE = re.compile(r"^(?:各|有关|相关)|(?:有关|相关)(?:方面)?负责(?:人|同志)$|"
                         r"^(?:[省市县区][属直]|驻)[\u4e00-\u9fff]{0,8}负责(?:人|同志)$")


# 某某副市长调研: a name opening a clause, its post, then what the person does
NAME_BEFORE_POST = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?P<name>[\u4e00-\u9fff]{2,3}?)"
                              r"(?P<post>副省长|省长|副市长|市长|副县长|县长|副区长|区长|副主席|主席|副主任|主任)"
                              r"(?=调研|视察|考察|督导|检查|主持|出席|指出|强调|表示|要求|在|到|赴|一行|带队|率)")


def _odd_chars(item: str) -> bool:
    """Whether a list item holds a function word no name holds; a surname that is one opens a
    name (向某, 于某), and a Tibetan syllable of the table may hold one (才让某)."""
    if item[:2] in TIBETAN or item[-2:] in TIBETAN:
        return False
    return bool(set(item[1:] if item[0] in surnames()[0] else item) & FUNCTION_CHARS)


def _vouched_first(s: str, i: int, model: frozenset[str]) -> str | None:
    """The first item of a list of names at ``i`` whose surname the table lacks (执行主席是：普某某、
    覃某、…): vouched for by the list, three items or more, every one shaped as a name and half of
    them or more names the rules or the model know."""
    run = re.match(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}(?=[，。；,;\s]|在|等|$)", s[i:])
    if not run:
        return None
    q, known = i, 0
    for x in run.group(0).split("、"):
        if _list_item(s, q, model) == x or name_at(s, q) == x:
            known += 1
        elif is_word(x) or _odd_chars(x) or x[-1] in NOT_NAME_TAIL:
            return None
        q += len(x) + 1
    first = run.group(0).split("、")[0]
    return first if 2 * known >= run.group(0).count("、") + 1 else None


def _list_item(s: str, i: int, model: frozenset[str]) -> str | None:
    """The name of a list item at ``i``: the rules' or the model's, closed by 、，。 or the end."""
    closed = next((n for n in _by_prefix(model).get(s[i:i + 2], ())
                   if s.startswith(n, i) and (i + len(n) == len(s) or s[i + len(n)] in "、，,。；;等")), None)
    return _longer_model_name(name_at(s, i, require_cue=True), closed, s, i)


def _runs_into_post(s: str, at: int, name: str) -> bool:
    """主席、秘书长和常务委员: the "name" after a title is the start of the next post word."""
    if any(at < m.start() < at + len(name) < m.end() for m in post_pattern().finditer(s, at, at + len(name) + 8)):
        return True
    # 秘书长和常务委员: a conjunction, then a post word a few characters on
    m = post_pattern().search(s, at + 1, at + 9) if s[at] in "和与及" else None
    return bool(m and re.fullmatch(rf"[{CJK}]*", s[at + 1:m.start()]))


def _longer_model_name(rules: str | None, model: str | None, s: str, i: int) -> str | None:
    """The rules' name, or the model's where it is the same name read one character longer
    (康正|和 by the rules, where 和 is a particle as often as a given name), unless that
    character opens a verb of the sentence (某某作的报告, 某某作为…)."""
    if rules and model and len(model) > len(rules) and model.startswith(rules):
        if any(len(w) >= 2 and s.startswith(w, i + len(rules)) for w in AFTER_NAME):
            return rules            # 某某一行, 某某应邀: the word after the name, not more of it
        verb = s[i + len(rules):i + len(rules) + 2]
        if not (word_tag(verb).startswith(("v", "p")) or (word_tag(verb[:1]).startswith("v") and verb[1:] in "的了为出过着")):
            return model
    return rules or model


# adverbs that may stand between a title and a verb (书记又分别率团, 市长亦率队)
ADVERB_CHARS = frozenset("又也还再均亦并即便刚已正分各")
# what a person says after a title: 总经理某某介绍, 负责人某某说
SAID = ("表示", "介绍", "说", "指出", "告诉", "坦言", "感慨", "谈到", "笑着说")


# what a titled visitor does next: 政协主席某某一行, 主委某某率调研组
LEADS = ("一行", "率领", "率队", "率", "带领", "带队")


# characters of names transliterated from Mongolian, Tibetan, Uyghur, Kazakh or Yi (布仁其木格,
# 额登毕力格, 扎西草, 阿石拉比): a name of three to seven of them is read after a title
TRANSLITERATED = set("阿巴布仁其木格苏雅勒哈斯尔额登毕力孟和达来扎西草根那石比希图吉乌兰敖特恩赫日呼宝音朝鲁娜玛多杰"
                     "卓措旦增次嘎贡桑索朗德确旺堆罗曲央金顿珠嘉加卡克伊买提热艾依麦古丽努帕吐尼亚库吾沙合甫江汗别孜塔"
                     "钦满都胡其拉琪琴其曼吉尔沁赛楞腾托克吐鄂伦春扎木苏荣孟克卓拉姆玉珍卓尕藏")
TRANSLITERATED_END = re.compile(r"[，,、。；;（(\s]|主持|出席|参加|陪同|致辞|讲话|作|表示|指出|强调|等|和|及|$")


def transliterated_name_at(s: str, i: int) -> str | None:
    """A name of three to seven characters of transliteration, right after a title and closed by a
    list mark, a clause mark or what the person does (盟政协副主席某某某某、乙; 旗政协主席某某某主持)."""
    for length in range(7, 2, -1):
        cand = s[i:i + length]
        if len(cand) < length or not set(cand) <= TRANSLITERATED or not TRANSLITERATED_END.match(s, i + length):
            continue
        if is_word(cand) or any(is_word(cand[k:k + 2]) and word_tag(cand[k:k + 2]).startswith(("v", "a", "d", "p"))
                                for k in range(length - 1)):
            continue
        return cand
    return None


def unlisted_name_at(s: str, i: int) -> str | None:
    """A name whose surname the table lacks (界, 靖, 位 …), taken only where the name is
    certain from both sides: right after a title and right before a verb of saying or 一行
    (技术副总经理某某表示, 政协主席某某一行).  Two or three characters, none a particle or a unit word,
    no word of the dictionary, and the verb a word of its own in the segmentation."""
    for length in (3, 2):
        cand = s[i:i + length]
        if len(cand) < length or not re.fullmatch(f"[{CJK}]+", cand) or not s.startswith(SAID + LEADS, i + length):
            continue
        tail_word = is_word(cand[-2:]) and not s.startswith(LEADS, i + length)
        if set(cand) & (FUNCTION_CHARS | NOT_NAME_TAIL) or is_word(cand) or is_word(cand[:2]) or tail_word \
                or cand[0] in ADVERB_CHARS:
            continue            # (省委书记又分别率团: an adverb, no name)
        pos, cut = i, False
        for w in words(s[i:i + length + 3]):
            pos += len(w)
            if pos == i + length:
                cut = True
                break
            if pos > i + length:
                break
        if cut:
            return cand
    return None


def _word_before(s: str, i: int) -> bool:
    """A word of two or more characters the segmentation ends right at ``i`` (推进|某某主席)."""
    head = s[max(0, i - 6):i]
    tokens = words(head)
    return bool(tokens) and len(tokens[-1]) >= 2 and word_tag(tokens[-1]) != ""


def _after_verb(s: str, i: int) -> bool:
    """学习领会|某某总书记: the name starts where a word of two or more characters ends."""
    a = max(0, i - 6)
    pos = a
    for w in words(s[a:i + 3]):
        pos += len(w)
        if pos == i:
            return len(w) >= 2 and is_word(w)
        if pos > i:
            return False
    return False


def _inherit_orgs(chain: list[Title]) -> list[Title]:
    """党组书记 after 市人大常委会主任 is 市人大常委会党组书记's post: the unit inherits
    the place or body of the title before it."""
    out: list[Title] = []
    for t in chain:
        if out and t.org is None and t.post.implied_org is None and out[-1].org:
            base = out[-1].org
            if t.post.word.startswith(GENERIC_UNITS):
                t = Title(t.text, base, t.post, t.former)
            else:
                for unit in GENERIC_UNITS:
                    if base.endswith(unit) and len(base) > len(unit):
                        base = base[: -len(unit)]
                        break
                t = Title(t.text, base, t.post, t.former)
        if out and t.org and t.org.startswith(GENERIC_UNITS) and out[-1].org:
            base = out[-1].org
            for unit in GENERIC_UNITS:
                if base.endswith(unit):
                    base = base[: -len(unit)]
                    break
            m = re.match(r"^(.*?(?:市|县|区|镇|乡|街道|开发区|高新区|度假区))", base)
            parent = base if t.org.startswith("党组") else (m.group(1) if m else "")
            t = Title(t.text, parent + t.org if parent else t.org, t.post, t.former)
        out.append(t)
    return out


# appointments and careers: 任命甲为…; 免去甲的…职务; 甲当选为…; 提名甲为…候选人;
# 曾任/原任/历任… (past), 现任/起任… (current) after the person the clause is about
# a transliterated name joined by · (艾则孜·木沙), longer than the others
DOTTED_NAME = r"[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,10}?"
APPOINT = re.compile(rf"(?P<verb>决定任命|任命|提名|推荐|推选|补选|选举|免去)(?P<name>{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}?)(?:同志)?(?P<link>为|的)")
APPOINT_LIST = re.compile(rf"(?P<verb>决定任命|任命|补选|选举)(?P<names>(?:(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}})、)+"
                          rf"(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}))"
                          # (补选甲、乙、丙5位同志为常务委员: the list counted)
                          r"(?:等?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[位名](?:同志)?)?为")
ELECTED = re.compile(rf"(?P<name>{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}?)(?P<verb>当选为|当选)")
CAREER = re.compile(r"(?P<verb>曾任|原任|历任|现任|(?:\d{4}年\d{1,2}月)?起任|后任|时任)")
TITLE_LIST_END = re.compile(r"(?:职务|等职|候选人|；|;|。|，|,|[(（](?=根据|须|按照|注|报)|$)")
PROFILE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4}?)(?:[，,](?:男|女)[，,]|同志)")


def _titles_of_list(s: str, start: int, former: bool) -> list[Title]:
    """The titles written from ``start`` to 职务 / 候选人 / the clause end, split at 、."""
    end = TITLE_LIST_END.search(s, start)
    chunk = s[start:end.start() if end else len(s)]
    out = []
    for item in chunk.split("、"):
        item = item.strip()
        if re.search(r"当选|任命|免去|辞去", item):
            break               # (甲当选为市长、乙当选…秘书长: the next person's election)
        ending = [w for w in post_words() if item.endswith(w)]
        if not ending or len(item) > 30:
            continue
        word = max(ending, key=len)
        pw = post_words()[word]
        org = item[: -len(word)] or None
        if org and (re.search(r"[，。的了]", org) or re.match(r"^[（(]", org)):
            continue
        if org and POST_MODIFIER.fullmatch(org):
            org = None          # (代理州长, 常务副主席: how the post is held, not a body)
        out.append(Title(text=item, org=org, post=pw, former=former))
    return _inherit_orgs(out)


def appointment_mentions(sent: Sentence, subject: str | None = None) -> list[PersonMention]:
    """Persons given or relieved of posts by the sentence.  ``subject`` is the person a
    profile paragraph is about (甲，男，…。现任…)."""
    s = sent.text
    out: list[PersonMention] = []
    for m in APPOINT.finditer(s):
        name = m.group("name") if "·" in m.group("name") else name_at(s, m.start("name"))
        if not name or m.start("name") + len(name) != m.end("name"):
            continue
        former = m.group("verb") == "免去"
        titles = _titles_of_list(s, m.end(), former)
        if titles:
            out.append(PersonMention(m.start("name"), m.start("name") + len(name), name, tuple(titles),
                                     f"person.appointment.{m.group('verb')}"))
        # the same verb for the next persons: 免去甲的…职务、乙的…职务; 任命甲为…、乙为…
        pos = m.end()
        while True:
            end = TITLE_LIST_END.search(s, pos)
            if not end or end.group(0) not in ("职务", ""):
                break
            more = re.match(rf"职务[、，,]([\u4e00-\u9fff·]{{2,4}}?){m.group('link')}", s[end.start():])
            if not more:
                break
            k = end.start() + more.start(1)
            nxt = name_at(s, k)
            if not nxt or k + len(nxt) != end.start() + more.end(1):
                break
            titles = _titles_of_list(s, end.start() + more.end(), former)
            if titles:
                out.append(PersonMention(k, k + len(nxt), nxt, tuple(titles), f"person.appointment.{m.group('verb')}"))
            pos = end.start() + more.end()
    # 并决定其代理市长职务: the acting post of the person the sentence appointed last
    acting = re.search(r"决定(?:由)?其(代理[^，。；、]{1,20}?)职务", s)
    if acting and out:
        # (代理 is how the post is held, no body: 代理州长)
        titles = [Title("代理" + t.text, t.org, t.post, False) for t in _titles_of_list(s, acting.start(1) + 2, False)]
        last = max(out, key=lambda pm: pm.start)
        if titles and last.start < acting.start():
            out.append(PersonMention(last.start, last.end, last.name, tuple(titles), "person.appointment.代理"))
    # 甲任市民政局局长、乙任市园林局局长: a notice's list of who takes which post
    for m in re.finditer(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff·]{2,4}?)任(?!命|务|职|期|何|免|用|教|重)", s):
        name = name_at(s, m.start(1))
        if not name or m.start(1) + len(name) != m.end(1) or name[-1] in "担转兼出离继调升改聘委留连再现曾原历新后":
            continue            # (甲担任…, 后转任…: the verb's own 任)
        item = re.match(r"[^，,、；;。]{2,30}", s[m.end():])
        if item and s[m.end() + item.end():m.end() + item.end() + 1] in ("、", "，", ",", "；", ";", "。", "") \
                and any(item.group(0).endswith(w) for w in post_words()):
            titles = _titles_of_list(s, m.end(), False)[:1]
            if titles and not any(pm.start == m.start(1) for pm in out):
                out.append(PersonMention(m.start(1), m.end(1), name, tuple(titles), "person.appointment.任"))
    # (接受)甲辞去某某市市长职务(的请求), 甲同志不再担任某某职务: the post left, a past title
    for m in re.finditer(r"(?:同志)?(?:辞去|不再担任)", s):
        k = m.start()
        name = next((n for i in range(max(0, k - 4), k - 1) if (n := name_at(s, i)) and i + len(n) == k), None)
        titles = _titles_of_list(s, m.end(), True) if name else []
        if titles and re.match(r"[^，。；]{1,30}?职务", s[m.end():]):
            out.append(PersonMention(k - len(name), k, name, tuple(titles), "person.appointment.辞去"))
    for m in ELECTED.finditer(s):
        k = m.start("verb")
        name = next((n for i in range(max(0, k - 4), k - 1) if (n := name_at(s, i)) and i + len(n) == k), None)
        if "·" in m.group("name") and (m.start("name") == 0 or s[m.start("name") - 1] in "，,。；;、：: （("):
            name = m.group("name")          # 哈力艾力·柯赛江当选…: a transliterated name, whole
        if not name:
            continue
        titles = _titles_of_list(s, m.end(), False)
        if titles:
            out.append(PersonMention(k - len(name), k, name, tuple(titles), "person.appointment.当选"))
            # 甲、乙、丙当选为…副主席: each of the list is elected to it
            start = k - len(name)
            while start > 1 and s[start - 1] == "、":
                j = start - 1
                prev = next((n for i in range(max(0, j - 4), j - 1) if (n := name_at(s, i)) and i + len(n) == j), None)
                if not prev:
                    break
                start = j - len(prev)
                out.append(PersonMention(start, j, prev, tuple(titles), "person.appointment.当选"))
    # 选举甲、乙、丙为…委员: each of the list is elected to it
    for m in APPOINT_LIST.finditer(s):
        titles = _titles_of_list(s, m.end(), False)
        if not titles:
            continue
        q, found, known = m.start("names"), [], 0
        for part in m.group("names").split("、"):
            named = name_at(s, q) == part
            if named or (2 <= len(part) <= 3 and part[0] in surnames()[0] and not is_word(part)
                         and not set(part) & FUNCTION_CHARS and part[-1] not in NOT_NAME_TAIL):
                found.append((q, part))
                known += named
            q += len(part) + 1
        if found and len(found) == len(m.group("names").split("、")) and known * 2 >= len(found):
            out += [PersonMention(a, a + len(n), n, tuple(titles), f"person.appointment.{m.group('verb')}")
                    for a, n in found if not any(pm.start == a for pm in out)]
    for m in CAREER.finditer(s):
        verb = m.group("verb")
        if verb == "时任":
            continue            # 时任… before a name is a titled mention already
        who = subject
        before = [pm for pm in out if pm.end <= m.start()]
        if re.search(r"[\u4e00-\u9fff]{2,4}同志", s[:m.start()]):
            g = re.search(r"([\u4e00-\u9fff]{2,4}?)同志", s[:m.start()])
            n = name_at(s, g.start(1))
            who = n if n and g.start(1) + len(n) == g.end(1) else who
        elif before:
            who = before[-1].name
        if not who:
            continue
        former = verb in ("曾任", "原任", "历任")
        titles = _titles_of_list(s, m.end(), former)
        if titles:
            out.append(PersonMention(m.start(), m.end(), who, tuple(titles), f"person.career.{verb[-2:]}"))
    return out


def profile_subject(sent: Sentence) -> str | None:
    """甲，男，1978年3月生… / 甲同志…: the person a profile or obituary paragraph is about."""
    m = PROFILE.match(sent.text)
    if not m:
        return None
    n = name_at(sent.text, 0)
    return n if n == m.group("name") else None


# names listed without titles of their own: 市领导甲、乙、丙出席; 出席会议的有甲、乙
LIST_CUE = re.compile(r"(?:[省市县区镇]级?领导(?:同志)?(?:有)?|领导同志|(?:离退休干部|老同志|老领导)(?:代表)?|(?:出席|参加|列席)(?:会议|活动|仪式|大会)?的(?:领导嘉宾|领导和嘉宾|嘉宾|领导)?(?:还)?有|"
                      r"就[座坐]的[^，。；]{0,12}?有|(?:出席|参会|参加|列席)人员[:：]?|(?:大会|会议)的?执行主席(?:是|为|有)?[:：]?)[:：]?")


def listed_mentions(sent: Sentence, taken: list[PersonMention]) -> list[PersonMention]:
    s = sent.text
    spans = [(pm.start, pm.end) for pm in taken]
    out: list[PersonMention] = []
    for m in LIST_CUE.finditer(s):
        if re.search(r"(?:[一每各][位名]|[几多数]位|由)$", s[:m.start()]):
            continue            # (由一位市级领导包保: a leader, not a list of leaders)
        q = m.end()
        started = False
        starts = {pm.start: pm.name for pm in taken}
        while q < len(s):
            n = name_at(s, q, require_cue=False) or starts.get(q)
            if not n and started and s[q - 1:q] == "、":
                # an item between two names of the list is a name too (甲、付新安、乙)
                m2 = re.match(r"([\u4e00-\u9fff]{2,3})、", s[q:])
                nxt = q + len(m2.group(0)) if m2 else 0
                if m2 and (name_at(s, nxt, require_cue=False) or nxt in starts) and not is_word(m2.group(1)) \
                        and not set(m2.group(1)) & FUNCTION_CHARS:
                    n = m2.group(1)
            if not n:
                break
            after = q + len(n)
            if after < len(s) and s[after] not in "、，,。；;和及等" and not s.startswith(AFTER_NAME_IN_LIST, after):
                break
            started = True
            if all(after <= x or q >= y for x, y in spans):
                out.append(PersonMention(q, after, n, (), "person.listed"))
            if after < len(s) and s[after] in "、和及":
                q = after + 1
                continue
            if after < len(s) and s[after] in "，," and _comma_item(s, after + 1):
                q = after + 1       # 市领导甲,乙,丙参加: a list written with commas
                continue
            break
    # a clause that is only a list of names before 参加/出席: …，甲、乙参加
    # (…、甲以及大会主席团成员在主席台就座; 甲、乙等12位委员先后发言)
    # (刘某,张某,王某及主席团其他成员在主席台就座: a list written with commas)
    for m in re.finditer(rf"(?:^|(?<=[，,。；;\s]))((?:(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}})、)+(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}})|"
                         rf"(?:(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}),)+(?:{DOTTED_NAME}|[\u4e00-\u9fff·]{{2,4}}))"
                         r"(?:等[^，。；、]{0,12}?|以?及[^。；]{0,60}?|"
                         # 甲、乙9位委员分别代表…作大会发言: the list counted, then what its members do
                         r"(?<!等)等?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[位名][^，。；]{0,80}?)?"
                         r"(?:参加|出席|列席|陪同|在主席[台团](?:前排|上)?就[座坐]|(?:先后|依次)?(?:发言|讲话))", s):
        q = m.start(1)
        found, known, missed, starts = [], 0, 0, {(pm.start, pm.end) for pm in taken}
        for part in re.split(r"[、,]", m.group(1)):
            named = name_at(s, q) == part or (q, q + len(part)) in starts
            # an item the rules and the model both miss, among names they find (甲、常某有、乙参加)
            # (or a Tibetan name of one syllable pair the table knows: 扎西多吉, 斑丹卓玛)
            tibetan = len(part) in (2, 4) and (part[:2] in TIBETAN or part[-2:] in TIBETAN)
            dotted = bool(re.fullmatch(DOTTED_NAME, part))
            if not named and not ((2 <= len(part) <= 3 and part[0] in surnames()[0] or tibetan or dotted) and not is_word(part)
                                  and not set(part) & FUNCTION_CHARS and part[-1] not in NOT_NAME_TAIL):
                missed += 1         # (an item read as no name: passed over, and counted against the list)
                q += len(part) + 1
                continue
            known += named
            found.append((q, q + len(part), part))
            q += len(part) + 1
        if known < max(2, len(found) - known + missed + 1):
            found = []
        for a, b, n in found:
            if all(b <= x or a >= y for x, y in spans) and not any(pm.start == a for pm in out):
                out.append(PersonMention(a, b, n, (), "person.listed"))
    # items of a list of names between two names found (甲、斯郎达吉、罗松吉村、乙): names too, of
    # any length a name has (Tibetan names of four to six characters, names joined by ·)
    # (or between a list's cue and a name found: 执行主席是：甲、乙、丙、丁 where 丙 is found)
    named = sorted([*taken, *out], key=lambda pm: pm.start)
    bounds = [(left.end, right.start) for left, right in zip(named, named[1:])]
    for m in LIST_CUE.finditer(s):
        right = next((pm for pm in named if pm.start >= m.end()), None)
        if right is not None and right.start > m.end():
            bounds.append((m.end() - 1, right.start))
    for left_end, right_start in bounds:
        between = s[left_end:right_start]
        if not between.endswith("、") or len(between) < 4 or (
                not between.startswith("、") and not LIST_CUE.search(s[:left_end + 1])):
            continue
        items = between[1:-1].split("、")
        q = left_end + 1
        kept = []
        for item in items:
            # (a Tibetan name of four characters may end in 村: 罗松吉村)
            village_like = len(item) >= 4 and item.endswith("村")
            if not SANDWICHED_NAME.fullmatch(item) or is_word(item) or _odd_chars(item) \
                    or (item[-1] in NOT_NAME_TAIL and not village_like) \
                    or (PUBLIC_BODY_END.search(item) and not village_like) or national_places().fullmatch(item):
                kept = []
                break
            kept.append((q, q + len(item), item))
            q += len(item) + 1
        for a, b, n in kept:
            if all(b <= x or a >= y for x, y in spans) and not any(pm.start == a for pm in out):
                out.append(PersonMention(a, b, n, (), "person.listed"))
    return out


SANDWICHED_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


AFTER_NAME_IN_LIST = ("出席", "参加", "列席", "陪同", "一同", "分别", "以及", "在主席")


def _comma_item(s: str, q: int) -> bool:
    """Whether a list written with commas goes on at ``q``: a bare name there, closed by a
    list mark or by the verb the list ends in."""
    n = name_at(s, q, require_cue=False)
    if not n:
        return False
    after = q + len(n)
    return after < len(s) and (s[after] in "、，,和及等" or s.startswith(AFTER_NAME_IN_LIST, after))


@lru_cache(maxsize=8)
def _by_prefix(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A page's names by their first two characters, longest first: looked up where a name
    may start, without reading them all each time."""
    out: dict[str, list[str]] = {}
    for n in sorted(names, key=lambda n: (-len(n), n)):
        out.setdefault(n[:2], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _model_only(model: frozenset[str], known: frozenset[str]) -> frozenset[str]:
    return model - known


def _occurrences(s: str, names: frozenset[str]) -> list[tuple[str, int]]:
    """(name, start) of every occurrence of the names in ``s``, longest names first (then by name
    and place): the same order as searching for each name in turn, at a cost that grows with
    the sentence, not with the page's names."""
    index = _by_prefix(names)
    found = [(n, i) for i in range(len(s) - 1) for n in index.get(s[i:i + 2], ()) if s.startswith(n, i)]
    return sorted(found, key=lambda f: (-len(f[0]), f[0], f[1]))


def bare_mentions(sent: Sentence, known: frozenset[str], taken: list[PersonMention],
                  model: frozenset[str] = frozenset()) -> list[PersonMention]:
    """Untitled names: names already titled on the page, and clause-opening names
    before a verb of speech or action."""
    s = sent.text
    # the characters the taken mentions cover, so that a free span is checked in its own length
    covered = bytearray(len(s) + 1)
    for pm in taken:
        covered[pm.start:pm.end] = b"\x01" * (pm.end - pm.start)
    out: list[PersonMention] = []

    def free(a: int, b: int) -> bool:
        return not any(covered[a:b])

    def take(a: int, b: int) -> None:
        covered[a:b] = b"\x01" * (b - a)

    known = frozenset(known)
    for n, a in _occurrences(s, known):
        b = a + len(n)
        if free(a, b) and (b == len(s) or s[b] not in CJK_TAIL_BLOCK or s.startswith(("主持", "在", "到"), b)):
            if a > 0 and re.match(rf"[{CJK}]", s[a - 1]) and not s[a - 1] in "了的在和与及是为、由请":
                continue
            out.append(PersonMention(a, b, n, (), "person.known_name"))
            take(a, b)
    # names the statistical backend tagged on the page (its own word boundaries)
    for n, a in _occurrences(s, _model_only(model, known)):
        # (自然资源、林草等部门: a list of sectors the model read as a name, after a sector's word)
        sector = re.search(r"([\u4e00-\u9fff]{2,8})、$", s[:a])
        if sector and is_word(sector.group(1)) and not word_tag(sector.group(1)).startswith("nr") \
                and re.match(r"(?:、[^，。；、]{1,8})*等?(?:部门|单位|领域|行业|系统|产业)", s[a + len(n):]):
            continue
        if free(a, a + len(n)) and not _in_slogan(s, a):
            out.append(PersonMention(a, a + len(n), n, (), "person.ner"))
            take(a, a + len(n))
    for m in re.finditer(r"(?:^|(?<=[，,。；;：:“]))", s):
        i = m.start()
        n = name_at(s, i, require_cue=True)
        if not n or not s.startswith(SPEECH_AFTER, i + len(n)):
            continue
        if not free(i, i + len(n)):
            continue
        if s.startswith(("在", "到"), i + len(n)) and not re.match(r"[在到][^，。]{1,20}(调研|督导|检查|考察|讲话|指出|强调|表示|走访)", s[i + len(n):]):
            continue
        out.append(PersonMention(i, i + len(n), n, (), "person.speech_verb"))
        take(i, i + len(n))
    return out



def _in_slogan(s: str, i: int) -> bool:
    """Inside a short quotation (“童心感党恩”): a slogan, not a mention."""
    a, b = s.rfind("“", 0, i), s.rfind("”", 0, i)
    end = s.find("”", i)
    return a > b and end >= 0 and end - a <= 20


# posts only a company has (a 负责人 or 总监 may be of any body)
COMPANY_POSTS = frozenset({"董事长", "副董事长", "联席董事长", "总经理", "副总经理", "常务副总经理", "总裁", "副总裁",
                           "首席执行官", "监事长", "创始人", "执行董事", "董事"})
# how the name of a public body ends
PUBLIC_BODY_END = re.compile(r"(?:局|委|办|厅|部|院|所|校|会|中心|政府|站|处|(?<!高)科|队|馆|社|台|[省市县区镇乡村州盟旗])$")


def company_short_name(org: str | None, post: str) -> bool:
    """中阳钢铁董事长, 南方水泥总裁: the organisation of a post only companies have is a company,
    named short, unless it reads as a public body."""
    return bool(org and post in COMPANY_POSTS and 2 <= len(org) <= 12 and not PUBLIC_BODY_END.search(org)
                and not org.startswith(("中共", "党", "全国", "国家")) and re.fullmatch(rf"[{CJK}A-Za-z0-9()（）]+", org))


def names_company_short(post: Post) -> bool:
    """Whether a post's organisation is a company named short by the post (company_short_name);
    the post word is the tail of the post's evidence rule (posts_of writes it there)."""
    return post.org_is_enterprise and company_short_name(post.organization, post.evidence.rule.rsplit(":", 1)[-1])


JOINED_POSTS = re.compile(r"(?<=公司|集团|银行)(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|党委书记|董事)兼$")


def posts_of(mention: PersonMention, sent: Sentence, enterprise_before: str | None) -> list[Post]:
    """One kg:Post per title of a titled mention."""
    out = []
    for t in mention.titles:
        org = t.org
        # (某某公司董事长兼总经理: the company, then two posts joined by 兼)
        # (集团公司董事长兼…: a company by its legal form alone, which the article's company stands for)
        if org and (joined := JOINED_POSTS.search(org)) and joined.start() >= 2 \
                and org[:joined.start()] not in ("集团公司", "股份公司", "集团", "公司", "总公司"):
            org = org[:joined.start()]
        is_ent = bool(org and ENTERPRISE_ORG.search(org)) or (
            t.post.enterprise and (org is None or org in REFERRING_ORG or org.startswith("该"))) or \
            company_short_name(org, t.post.word)
        if is_ent and org and org.endswith("项目"):
            continue                # (某某新材料项目董事长: a project's, whose company the text does not name)
        if is_ent and (org is None or org in REFERRING_ORG or org.startswith("该")):
            if not enterprise_before:
                continue            # an enterprise title whose enterprise the text does not name
            org = enterprise_before
        elif org is None and t.post.implied_org:
            org = t.post.implied_org
        national = bool(NATIONAL_ORG.match(org or "")) or t.post.word in NATIONAL_POSTS
        title = t.text
        for ref in ("该公司", "该企业", "该集团", "企业", "公司"):
            if is_ent and title.startswith(ref) and len(title) > len(ref):
                title = title[len(ref):]
                break
        out.append(Post(holder=mention.name, title=title, organization=org, org_is_enterprise=is_ent,
                        former=t.former, national=national,
                        evidence=Evidence(sent.span.start, sent.span.end, f"{mention.rule}:{t.post.word}")))
    return out


# deputies and members named before what they are (甲代表说; 甲、乙等12位政协委员先后发言)
DEPUTY_AFTER = re.compile(r"^(?:等)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名))?(?:[省市县区州旗]|全国)?(政协委员|人大代表|委员|代表)"
                          r"(?=[，,]?(?:说|表示|建议|认为|提出|谈到|发言|作(?:了)?[^，。；]{0,6}发言|先后|依次|分别|畅所欲言|结合|围绕|就|踊跃|积极|一致|联名))")
DEPUTY_POSTS = {"政协委员": ("政协", "委员"), "人大代表": ("人大", "代表"), "委员": (None, "委员"), "代表": (None, "代表")}


def deputy_titles(sent: Sentence, mentions: list[PersonMention]) -> list[PersonMention]:
    """Untitled names that the text calls deputies or members right after them, alone or as a
    list: the same mentions with that title (only in a sentence where they speak or take part)."""
    s = sent.text
    out: list[PersonMention] = []
    k = 0
    while k < len(mentions):
        group = [mentions[k]]
        while k + len(group) < len(mentions) and re.fullmatch(r"[、和及]", s[group[-1].end:mentions[k + len(group)].start]):
            group.append(mentions[k + len(group)])
        k += len(group)
        m = DEPUTY_AFTER.match(s[group[-1].end:])
        if not m:
            continue
        org, word = DEPUTY_POSTS[m.group(1)]
        post = post_words().get(word) or PostWord(word, None, False)
        title = Title(text=m.group(1), org=org, post=post, former=False)
        out += [PersonMention(pm.start, pm.end, pm.name, (title,), "person.deputy") for pm in group if not pm.titles]
    return out


# what may stand between two names of one list: 、 和 及, a title of the next one
LIST_LINK = re.compile(r"[、和及与]\s*[^，。；、\s]{0,10}")


def listed_together(s: str, a: PersonMention, b: PersonMention) -> bool:
    """Whether two persons are one list: joined by 、 和 及 (and a short title of the second), or
    by a comma before the second's whole title (市委书记甲，市委副书记、市长乙率领…)."""
    between = s[a.end:b.start]
    if LIST_LINK.fullmatch(between):
        return True
    if not b.titles or not re.fullmatch(r"[，,、和及与]\s*[^，,。；;\s]{1,24}", between):
        return False
    return between.endswith(b.titles[-1].post.word) and not re.search(r"(?:主持|出席|参加|陪同|会见|调研|表示)", between)
