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

from ..records import Evidence, Post
from .text import CJK, Sentence, name_at

FORMER = ("原", "时任", "曾任", "前任")
CUT_WORDS = ("邀请", "陪同", "会同", "参加", "出席", "任命", "提名", "免去", "当选为", "当选", "选举", "同意",
             "由", "在", "和", "与", "及", "对", "向", "是", "为", "经", "据", "请", "的", "了", "到", "同", "据悉",
             "等", "看望", "会见", "听取", "随同", "带领", "率领")
ORG_CHAR = re.compile(rf"[{CJK}()（）0-9]")
ENTERPRISE_ORG = re.compile(r"(公司|集团|银行|厂|企业|农商行|合作社|店)$")
REFERRING_ORG = ("该公司", "该企业", "该集团", "公司", "企业", "集团", "该厂", "")
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
    text = resources.files("kg.lexicons").joinpath("posts.txt").read_text(encoding="utf-8")
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
    words = sorted(post_words(), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


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


def _prefix_start(s: str, j: int) -> int:
    while j > 0 and ORG_CHAR.match(s[j - 1]):
        j -= 1
    return j


ORG_START = re.compile(r"(中共|中央|国务院|全国|国家|省|市|县|区|镇|乡|街道|开发区|高新区|度假区)")


def _trim_prefix(prefix: str) -> str:
    # cut at the last function word: "会议由县委" -> "县委"
    best = 0
    for w in CUT_WORDS:
        k = prefix.rfind(w)
        if k >= 0 and k + len(w) > best and k + len(w) <= len(prefix):
            best = k + len(w)
    prefix = prefix[best:]
    prefix = re.sub(r"^\d+[月日年号]*", "", prefix)
    # a prefix that runs in from a verb phrase starts at its first level word: 传达学习省委 -> 省委
    m = ORG_START.search(prefix)
    if m and m.start() > 0 and not ENTERPRISE_ORG.search(prefix):
        head = prefix[:m.start()]
        if re.search(r"(学习|传达|领会|贯彻|落实|要|认真|深入|按照|根据|围绕|关于)", head):
            prefix = prefix[m.start():]
    return prefix


def _title_ending_at(s: str, end: int) -> tuple[int, Title] | None:
    """A title whose post word ends at ``end``: (start, title)."""
    for m in post_pattern().finditer(s, max(0, end - 30), end):
        if m.end() != end:
            continue
        pw = post_words()[m.group(0)]
        j = _prefix_start(s, m.start())
        raw_prefix = s[j:m.start()]
        prefix = _trim_prefix(raw_prefix)
        start = m.start() - len(prefix)
        former = False
        for f in FORMER:
            if prefix.startswith(f):
                prefix, former = prefix[len(f):], True
                break
        if not former and s[max(0, start - 2):start].endswith(FORMER):
            former = True
        org = prefix or None
        return start, Title(text=prefix + pw.word, org=org, post=pw, former=former)
    return None


def titled_mentions(sent: Sentence) -> list[PersonMention]:
    s = sent.text
    out: list[PersonMention] = []
    taken: set[int] = set()
    for m in post_pattern().finditer(s):
        name = name_at(s, m.end())
        if not name:
            continue
        # the chain of titles before the name, right to left
        chain: list[Title] = []
        end = m.end()
        while True:
            found = _title_ending_at(s, end)
            if not found:
                break
            start, title = found
            chain.insert(0, title)
            if start > 0 and s[start - 1] in "、暨" and start - 1 > 0:
                end = start - 1
                continue
            break
        if not chain:
            continue
        chain = _inherit_orgs(chain)
        pos = m.end()
        names = [(pos, name)]
        # a list of names after the title: 副主任甲、乙、丙
        q = pos + len(name)
        while q < len(s) and s[q] == "、":
            nxt = name_at(s, q + 1, require_cue=True)
            if not nxt:
                break
            names.append((q + 1, nxt))
            q = q + 1 + len(nxt)
        for p, n in names:
            if p in taken:
                continue
            taken.add(p)
            out.append(PersonMention(p, p + len(n), n, tuple(chain), "person.titled"))
    # a national leader named before the title: 某某总书记
    for m in re.finditer(r"(?=(总书记|同志))", s):
        k = m.start()
        for length in (3, 2):
            i = k - length
            if i < 0 or i in taken:
                continue
            n = name_at(s, i, require_cue=False)
            if n and len(n) == length and i + len(n) == k:
                if i > 0 and re.match(rf"[{CJK}]", s[i - 1]) and s[i - 1] not in "了的在和与及是为":
                    continue
                titles = (Title("总书记", None, post_words()["总书记"], False),) if m.group(1) == "总书记" else ()
                out.append(PersonMention(i, k, n, titles, "person.name_title"))
                taken.add(i)
                break
    return sorted(out, key=lambda pm: pm.start)


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


# names listed without titles of their own: 市领导甲、乙、丙出席; 出席会议的有甲、乙
LIST_CUE = re.compile(r"(?:[省市县区镇]领导(?:同志)?|领导同志|(?:出席|参加|列席)(?:会议|活动|仪式)?的(?:领导)?(?:还)?有)[:：]?")


def listed_mentions(sent: Sentence, taken: list[PersonMention]) -> list[PersonMention]:
    s = sent.text
    spans = [(pm.start, pm.end) for pm in taken]
    out: list[PersonMention] = []
    for m in LIST_CUE.finditer(s):
        q = m.end()
        while q < len(s):
            n = name_at(s, q, require_cue=False)
            if not n:
                break
            after = q + len(n)
            if after < len(s) and s[after] not in "、，,。；;和及等" and not s.startswith(AFTER_NAME_IN_LIST, after):
                break
            if all(after <= x or q >= y for x, y in spans):
                out.append(PersonMention(q, after, n, (), "person.listed"))
            if after < len(s) and s[after] in "、和及":
                q = after + 1
                continue
            break
    return out


AFTER_NAME_IN_LIST = ("出席", "参加", "列席", "陪同", "一同", "分别")


def bare_mentions(sent: Sentence, known: set[str], taken: list[PersonMention]) -> list[PersonMention]:
    """Untitled names: names already titled on the page, and clause-opening names
    before a verb of speech or action."""
    s = sent.text
    spans = [(pm.start, pm.end) for pm in taken]
    out: list[PersonMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in spans)

    for n in sorted(known, key=len, reverse=True):
        for m in re.finditer(re.escape(n), s):
            a, b = m.start(), m.end()
            if free(a, b) and (b == len(s) or s[b] not in CJK_TAIL_BLOCK or s.startswith(("主持", "在", "到"), b)):
                if a > 0 and re.match(rf"[{CJK}]", s[a - 1]) and not s[a - 1] in "了的在和与及是为、由请":
                    continue
                out.append(PersonMention(a, b, n, (), "person.known_name"))
                spans.append((a, b))
    for m in re.finditer(rf"(?:^|(?<=[，,。；;：:“]))", s):
        i = m.start()
        n = name_at(s, i, require_cue=True)
        if not n or not s.startswith(SPEECH_AFTER, i + len(n)):
            continue
        if not free(i, i + len(n)):
            continue
        if s.startswith(("在", "到"), i + len(n)) and not re.match(r"[在到][^，。]{1,20}(调研|督导|检查|考察|讲话|指出|强调|表示|走访)", s[i + len(n):]):
            continue
        out.append(PersonMention(i, i + len(n), n, (), "person.speech_verb"))
        spans.append((i, i + len(n)))
    return out



def posts_of(mention: PersonMention, sent: Sentence, enterprise_before: str | None) -> list[Post]:
    """One kg:Post per title of a titled mention."""
    out = []
    for t in mention.titles:
        org = t.org
        is_ent = bool(org and ENTERPRISE_ORG.search(org)) or (
            t.post.enterprise and (org is None or org in REFERRING_ORG or org.startswith("该")))
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
