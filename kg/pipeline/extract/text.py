"""Helpers shared by the extractors: sentences, dates, money, person names."""
from __future__ import annotations

import contextlib
import io
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ...records import Span

CJK = r"\u4e00-\u9fff"


@dataclass(frozen=True)
class Sentence:
    span: Span               # in the normalised text
    text: str
    paragraph: int           # index of the paragraph in the article (0 = lead)
    cut: bool = False        # a piece of a run longer than MAX_SENTENCE, cut before its end


SENT_END = re.compile(r"[。！？!?；;…]+[”’\"」』)）]*")


# The longest sentence the rules read (the longest in the real-text corpus has under 400
# characters).  A longer run without a sentence end (an OCR dump, a list of thousands of
# names) is cut at its last comma, 、 or space before the limit, else at the limit: every rule
# then costs at most a constant per character, whatever the page.
MAX_SENTENCE = 1000
SAFE_CUT = re.compile(r"[，,、；;：:\s]")


def sentences(text: str, spans: tuple[Span, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, sp in enumerate(spans):
        para = sp.of(text)
        pos = 0
        for m in SENT_END.finditer(para):
            _add(out, text, sp.start + pos, sp.start + m.end(), pi)
            pos = m.end()
        if pos < len(para):
            _add(out, text, sp.start + pos, sp.end, pi)
    return out


def _add(out, text, start, end, pi):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cuts = [m.end() for m in SAFE_CUT.finditer(text[start:start + MAX_SENTENCE], MAX_SENTENCE // 2)]
        cut = start + (cuts[-1] if cuts else MAX_SENTENCE)
        piece = cut
        while text[piece - 1].isspace():
            piece -= 1
        out.append(Sentence(Span(start, piece), text[start:piece], pi, cut=True))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(Span(start, end), text[start:end], pi))


# a picture's caption printed above the report (图为…现场。 某某 摄): not its lead
CAPTION = re.compile(r"^\s*(?:图为|图片为|图[:：]|[(（]图|上图|下图|左图|右图)|(?:摄|摄影|供图)\s*$")


# a caption's credit closing its paragraph: …了解生产生活情况。摄影：甲 / …（甲 摄）
CAPTION_CREDIT = re.compile(r"(?:摄影|摄像|图)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*$"
                            r"|[（(][^（()）。，]{0,20}?(?:摄|摄影|供图)\s*[)）]\s*$")


def lead_paragraph(sents: list[Sentence]) -> int:
    """The index of an article's lead: its first paragraph, a picture's caption passed over."""
    for k, s in enumerate(sents):
        if CAPTION.search(s.text) and len(s.text) < 120:
            continue
        # (a short paragraph that a photographer's credit closes is a caption too; a line with no
        # comma or stop is a headline or the site's chrome, not running text)
        para = [x for x in sents[k:] if x.paragraph == s.paragraph]
        if not re.search(r"[，。,；;！？]", "".join(x.text for x in para)) \
                and any(x.paragraph != s.paragraph for x in sents[k:]):
            continue
        if len(para) <= 3 and sum(len(x.text) for x in para) < 160 and CAPTION_CREDIT.search(para[-1].text) \
                and any(x.paragraph != s.paragraph for x in sents[k:]):
            continue
        return s.paragraph
    return sents[0].paragraph if sents else 0


# ---------------------------------------------------------------- dates

DATE_RE = re.compile(
    # (1月31号, 5月24上午: a day written with 号, or without 日 before the time of day)
    # (7月26—27日: the first day's 日 left out before a range)
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号(?![楼院线码])|(?=上午|下午|晚上|早上|中午)|"
    r"(?=\s*(?:—|－|-|~|～|至|到)\s*\d{1,2}\s*[日号]))"
    r"(?:\s*(?:—|－|-|~|～|至|到)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号])?"
    r"(?P<tod>上午|下午|晚上|晚|早上|中午)?"
    # days counted from the publication date (the library resolves them)
    r"|(?P<rel>昨天|昨日|今天|今日|前天|(?<![目当提此日以])前日)(?:上午|下午|晚上|晚|早上|中午)?"
    # 昨（18）日, 今(5)日上午: the newspapers' day written inside the relative word
    r"|[昨今前]\s*[（(]\s*(?P<rd>\d{1,2})\s*[）)]\s*日(?:上午|下午|晚上|晚|早上|中午)?"
    # 三月二十日, 2023年十一月五日: a month and day in Chinese numerals (papers of Hong Kong and Macao, records)
    r"|(?:(?P<cy>\d{4})\s*年\s*)?(?<![一二三四五六七八九十])(?P<cm>十[一二]?|[一二三四五六七八九])月"
    r"(?P<cd>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")

CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def cn_number(text: str) -> int:
    """十一 -> 11, 二十 -> 20, 三十一 -> 31, 五 -> 5 (one to thirty-one)."""
    if "十" not in text:
        return CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


@lru_cache(maxsize=1)
def _jio():
    with contextlib.redirect_stdout(io.StringIO()):
        import jionlp
    return jionlp


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    first: date
    last: date | None


AHEAD_DAYS = 45


def find_dates(s: str, published: date | None, future: bool = False) -> list[DateMention]:
    """Dates in a sentence (each family of rules asks for the same sentence's: cached)."""
    return list(_find_dates(s, published, future))


@lru_cache(maxsize=4096)
def _find_dates(s: str, published: date | None, future: bool = False) -> tuple[DateMention, ...]:
    """Dates in a sentence.  Month-day dates take their year from the publication
    date; one more than AHEAD_DAYS later than the publication date belongs to the year
    before, unless ``future`` (a day announced: 将于1月14日召开).
    Without a publication date only dates with a written year are kept."""
    out = []
    for m in DATE_RE.finditer(s):
        written_year = m.group("y") or m.group("cy")
        if not written_year and published is None:
            continue
        if m.group("rel") and s[max(0, m.start() - 1):m.start()] in ("的", "到", "至"):
            continue            # 截至今天, 到今天: a point of reference, not when something happened
        if m.group("rel") and re.match(r"\s*[(（]\s*\d{1,2}月\d{1,2}日", s[m.end():]):
            continue            # 今天（9月18日）: the day written out is the one
        if re.match(r"\s*[\u4e00-\u9fff]{0,4}?(?:讯|訊|电|電|消息|综合|綜合)(?=[\s（(，,:：】]|$)", s[m.end():m.end() + 9]):
            continue            # 某某网10月21日讯: the dateline is when the report was filed
        if m.group("rd"):
            # the day of publication's month, or of the month before when later than publication
            day = day_alone(m.group("rd") + "日，", published)
            if day:
                out.append(DateMention(m.start(), m.end(), day[0], None))
            continue
        expr = re.sub(r"\s+", "", m.group(0))
        if m.group("cm"):
            month, day = cn_number(m.group("cm")), cn_number(m.group("cd"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            expr = f"{m.group('cy') + '年' if m.group('cy') else ''}{month}月{day}日"
        expr = re.sub(r"(?<=\d)号", "日", expr)
        expr = re.sub(r"(?<=月\d)(?=上午|下午|晚|早上|中午)|(?<=月\d\d)(?=上午|下午|晚|早上|中午)", "日", expr)
        first, last = _parse_time(expr, published)
        if first is None:
            continue
        # a day well after publication is last year's (a report of 12月30日 published 1月2日); one
        # a few weeks ahead is a day announced (…会议于1月14日召开, published 1月8日)
        if not written_year and not m.group("rel") and published is not None and not future \
                and (first - published).days > AHEAD_DAYS:
            first = _minus_year(first)
            last = _minus_year(last) if last else None
        out.append(DateMention(m.start(), m.end(), first, last if last and last != first else None))
    if not out:
        out += _digits_only(s, published)
    return tuple(out)


# 2025828日: a date whose 年 and 月 the page lost, read where its digits make one date only
DIGITS_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2,4})日")


def _digits_only(s: str, published: date | None) -> list[DateMention]:
    out = []
    for m in DIGITS_DATE.finditer(s):
        year, rest = int(m.group(1)), m.group(2)
        found = set()
        for k in (1, 2):
            month, day = int(rest[:k]), rest[k:]
            if rest[0] == "0" and k == 1 or not day or day[0] == "0" and len(day) == 1:
                continue
            if 1 <= month <= 12 and 1 <= int(day) <= 31 and len(day) <= 2:
                try:
                    found.add(date(year, month, int(day)))
                except ValueError:
                    continue
        if len(found) == 1:
            day = found.pop()
            if published is None or abs((day - published).days) <= 366:
                out.append(DateMention(m.start(), m.end(), day, None))
    return out


# a sentence dated by the day alone: （记者 某某）27日，… / 某某网1月8日讯 7日，… / 4—5日，…
# (借着某某的东风，5日至6日，…: one clause of circumstance before the day)
# (市委书记某某5日下午率队到…, 某某21日赴某地考察: the day after the subject, then a time of day
# or the going)
DAY_ALONE = re.compile(r"^(?:[^，。,\d]{2,30}[，,])?[^，。,\d]{0,30}?(?<![\d月第])(\d{1,2})(?:(?:[—–-]|日至)(\d{1,2}))? ?日"
                       r"(?:[上下]午|晚上?|早上|中午|[，,\s]|(?=赴|到|率|带队|深入|前往|来到|专程))")
# (某某网8月14日讯, 某某网8月14日梅州讯: the place of filing between the day and 讯)
DATELINE_HEAD = re.compile(r"^.{0,30}?\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,4}?(?:电|讯|消息)\s*(?:[(（][^)）]{0,20}[)）])?\s*")


def day_alone(text: str, published: date, named: date | None = None) -> tuple[date, date | None] | None:
    """The day a sentence opens with, in the month of a date the text ``named`` before it, or
    else of publication (the month before, when the day is later than the publication's);
    a dateline before it is passed over."""
    text = DATELINE_HEAD.sub("", text, count=1)
    m = DAY_ALONE.match(text)
    if not m or int(m.group(1)) > 31:
        return _month_lost(text, published)
    day, last = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    year, month = (named or published).year, (named or published).month
    if named is None and day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        first = date(year, month, day)
        end = date(year, month, last) if last and last > day else None
    except ValueError:
        return None
    return first, end


# 930日，… / 82728日，…: a web page that lost the 月 of its lead date (an image or a font
# character in the original) -- month and day(s) run together
# (814日至15日: a range whose last day is written alone)
MONTH_LOST = re.compile(r"^[^，。,\d]{0,30}?(?<!\d)(1[0-2]|[1-9])([0-3]\d)(?:([0-3]\d)|日(?:至|到|—|–|-)([1-9]|[0-3]\d))?日"
                        r"(?:[上下]午|晚上?)?(?:[，,\s]|(?=[\u4e00-\u9fff]))")


# 81日至83日: a month and a day of one digit each, the number too large for a day alone
# (63日至4日: the range's last day written alone)
MONTH_LOST_SHORT = re.compile(r"^[^，。,\d]{0,30}?(?<!\d)([3-9])([1-9])日(?:[至到—–-]\1?([1-9]|[1-3]\d)日)?(?:[上下]午|晚上?)?"
                              r"(?:[，,\s]|(?=[\u4e00-\u9fff]))")


# 12910日，… / 129日上午，…: the digits of month, day (and last day) run together, any widths
# (727日市政协召开…: the subject right after the day)
MONTH_LOST_RUN = re.compile(r"^[^，。,\d]{0,30}?(?<!\d)(\d{3,6})日(?:[上下]午|晚上?)?(?:[，,\s]|(?=[\u4e00-\u9fff]))")


def _month_lost(text: str, published: date) -> tuple[date, date | None] | None:
    """A lead date whose 月 was lost, read only when its month is the publication's or the one
    before and the day is no later than publication (anything else is a number, not a date)."""
    m = MONTH_LOST.match(text)
    if not m:
        m = MONTH_LOST_SHORT.match(text)
        if not m or int(m.group(1) + m.group(2)) <= 31:
            return _month_lost_run(text, published)
    month, day = int(m.group(1)), int(m.group(2))
    last = next((int(g) for g in m.groups()[2:] if g), None)
    return _lost_reading(month, day, last, published) or _month_lost_run(text, published)


def _lost_reading(month: int, day: int, last: int | None, published: date) -> tuple[date, date | None] | None:
    if not 1 <= month <= 12 or (published.month - month) % 12 > 1:
        return None
    year = published.year if month <= published.month else published.year - 1
    try:
        first = date(year, month, day)
        end = date(year, month, last) if last else None
    except ValueError:
        return None
    if first > published or (end is not None and not first < end <= published):
        return None
    return first, end


def _month_lost_run(text: str, published: date) -> tuple[date, date | None] | None:
    """The one reading of a run of digits as month, day and last day (each one or two digits)
    that fits the publication date; None when none does or several do."""
    m = MONTH_LOST_RUN.match(text)
    if not m:
        return None
    run = m.group(1)
    readings = set()
    for a in (1, 2):
        for b in (1, 2):
            rest = run[a + b:]
            if len(rest) > 2 or rest.startswith("0") or run[a:a + b].startswith("0") or run.startswith("0"):
                continue
            r = _lost_reading(int(run[:a]), int(run[a:a + b]), int(rest) if rest else None, published)
            if r:
                readings.add(r)
    return readings.pop() if len(readings) == 1 else None


def in_year(d: date, year: int) -> date:
    """The same day of another year (28 February for a 29th the year lacks)."""
    try:
        return d.replace(year=year)
    except ValueError:           # 29 February
        return d.replace(year=year, day=28)


def _minus_year(d: date) -> date:
    return in_year(d, d.year - 1)


@lru_cache(maxsize=8192)
def _parse_time(expr: str, published: date | None) -> tuple[date | None, date | None]:
    """(first, last) of a date expression, read by JioNLP against the publication date; cached,
    since papers write the same few dates again and again."""
    return _parse_time_uncached(expr, published)


def _parse_time_uncached(expr: str, published: date | None) -> tuple[date | None, date | None]:
    base = published or date(2000, 1, 1)
    try:
        res = _jio().parse_time(expr, time_base=time.mktime(base.timetuple()))
        a, b = res["time"]
        first = datetime.strptime(a[:10], "%Y-%m-%d").date()
        last = datetime.strptime(b[:10], "%Y-%m-%d").date()
        return first, (last if res.get("type") == "time_span" else None)
    except Exception:            # the library's own errors are ValueError / KeyError / custom
        return None, None


# ---------------------------------------------------------------- money

MONEY_RE = re.compile(r"(?P<approx>约|近|超过|超|逾|达)?\s*(?P<num>\d+(?:\.\d+)?|[零一二三四五六七八九十百千万亿两]+)\s*"
                      r"(?P<unit>亿|万|千万|百万)?\s*(?:余|多)?\s*元")


def parse_money(expr: str) -> tuple[Decimal | None, bool]:
    """'约12亿元' -> (1200000000, True).  Through jionlp.parse_money."""
    m = MONEY_RE.search(expr)
    if not m:
        return None, False
    approx = bool(m.group("approx") and m.group("approx") != "达") or bool(re.search(r"(余|多)\s*元", m.group(0)))
    core = f"{m.group('num')}{m.group('unit') or ''}元"
    try:
        res = _jio().parse_money(core)
        value = Decimal(str(res["num"]))
    except (ValueError, KeyError, TypeError, InvalidOperation):
        return None, False
    except Exception:
        return None, False
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return value, approx


# ---------------------------------------------------------------- names

@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single-character and two-character surnames, from jionlp's table and MORE_SURNAMES."""
    from_module = None
    with contextlib.redirect_stdout(io.StringIO()):
        from jionlp.rule import rule_pattern as rp
        from_module = rp
    singles = set()
    # the module defines the full table first and a reduced one after; read both
    src = open(from_module.__file__, encoding="utf-8").read()
    for block in re.findall(r"SINGLE_CHINESE_FAMILY_NAME = \\\n((?:\s*'[^']*'\s*\\?\n)+)", src):
        singles |= set("".join(re.findall(r"'([^']*)'", block)))
    doubles = tuple(from_module.TWO_CHAR_CHINESE_FAMILY_NAME.split("|"))
    return frozenset(singles | set(MORE_SURNAMES)), doubles


# common surnames the table lacks (肖 and 付 among the hundred commonest); characters that open
# common words more often than names (由, 初, 战, 南, 原 …) are left out
MORE_SURNAMES = "肖付覃兰芦麦席苟隋丛苑迟邝栗谌粟冼楼仝朴漆卿鹿邸辜亓赫宾揭尉檀禤操刀沐冶官练摆郐禚郄雒眭仵庹苌"


# What follows a name: verbs of the genre, punctuation, particles.
AFTER_NAME = ("主持召开", "主持", "出席", "参加", "列席", "传达", "汇报", "在", "到", "赴", "来", "深入", "表示", "说", "指出",
              "强调", "介绍", "一行", "代表", "讲话", "致辞", "同志", "等", "和", "与", "及", "率", "带队", "带领",
              "率领", "先后", "对", "就", "作", "陪同", "调研", "督导", "检查", "走访", "看望", "慰问", "会见",
              "听取", "宣读", "要求", "提出", "认为", "告诉", "通报", "部署", "回答", "发言", "批示", "签署", "当选",
              "任", "为", "是", "的", "从", "向", "也", "还", "则", "均", "分别", "共同", "一同", "随后", "随同", "现场",
              "同", "宣布", "颁发", "被", "已", "将", "会", "要", "正", "首先", "最后", "总结", "亲切", "详细",
              "实地", "全程", "签约", "签订", "牵头", "再次", "经过", "前往", "上", "时", "自豪", "开心", "高兴", "坦言", "感慨", "笑着", "所作", "作了", "主讲",
              "应邀", "发表", "组织", "以及", "共商", "共谋", "莅临", "考察", "视察", "来到", "关于", "作关于", "作的", "举行",
              # a post written after the name: 某某副市长调研
              "副市长", "副县长", "副区长", "副省长", "副主任", "副主席", "副书记", "书记", "市长", "县长", "区长",
              "省长", "主任", "主席", "部长", "局长",
              "、", "，", ",", "。", "：", ":", "（", "(", "“", "”", "\"", " ", "；", ";", "！", "？", "!", "?")
# (its words of two characters or more: a name of many characters may hold 都, 在, 和)
LONG_AFTER_NAME = tuple(w for w in AFTER_NAME if len(w) >= 2)
SHORT_AFTER_NAME = frozenset(w for w in AFTER_NAME if len(w) == 1 and "\u4e00" <= w <= "\u9fff")
# those no transliterated name holds (阿不都满金 holds 都; none holds 到, 为, 说)
STRONG_AFTER_NAME = frozenset("到赴在与和及对向从为被将说等是率同")
FUNCTION_CHARS = set("的在和与等说是了也都就到来去对将把被让给为从向以于上下中一")
NOT_NAME_TAIL = set("的了在和与及等说是市县区省镇乡村委会局部厅办院副作率女先这那此老也")


NOT_GIVEN = ("殷嘱", "切嘱", "切期", "切关", "女士", "先生", "同志", "老师", "师傅", "某", "总", "书记", "主任", "部长", "局长", "县长", "市长",
             "镇长", "经理", "董事", "大姐", "大哥", "阿姨", "大爷", "奶奶", "爷爷", "家", "氏", "大家", "各位")


@lru_cache(maxsize=1)
def _word_freq() -> dict:
    with contextlib.redirect_stderr(io.StringIO()):
        import jieba
        jieba.setLogLevel(60)
        jieba.initialize()
        return jieba.dt.FREQ


@lru_cache(maxsize=1)
def _word_tags() -> dict:
    with contextlib.redirect_stderr(io.StringIO()):
        import jieba.posseg
        jieba.setLogLevel(60)
        jieba.posseg.dt.tokenizer.initialize()
        return jieba.posseg.dt.word_tag_tab


def word_tag(w: str) -> str:
    """The part-of-speech tag of a word in jieba's dictionary ('' when it is no word there)."""
    return _word_tags().get(w, "")


def is_word(w: str) -> bool:
    return word_tag(w) != ""


def words(text: str) -> list[str]:
    """jieba's segmentation by its dictionary alone (no HMM guesses for unknown words)."""
    _word_tags()
    import jieba
    return jieba.lcut(text, HMM=False)


# a transliterated name, its parts joined by a middle dot: 艾尔肯·吐尼亚孜, 马丁·姆巴纳
DOTTED = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[·•・‧][\u4e00-\u9fff]{1,12}){1,3}")


def word_ends(text: str) -> dict[int, str]:
    """Where each word of the text's segmentation ends, and the word ending there."""
    out, pos = {}, 0
    for w in words(text):
        pos += len(w)
        out[pos] = w
    return out


def dotted_name_at(s: str, i: int) -> str | None:
    """A transliterated name at ``i``, its last part cut where a verb, particle or mark of the
    genre follows (某某·某某到…调研); None when no such cut is found."""
    m = DOTTED.match(s, i)
    if not m or re.search(r"长|书记|主任|主席|委|员|部|局|厅|人选|[省市县区州]|[的在和与及、对向]", s[i:s.find("·", i) if "·" in s[i:m.end()] else m.end()]):
        return None
    last = max(m.start(), s.rfind("·", i, m.end()), s.rfind("•", i, m.end()), s.rfind("・", i, m.end()),
               s.rfind("‧", i, m.end())) + 1
    # where a word of two characters or more follows (莫拉力·阿不都满金发言: not 莫拉力·阿不, that 都
    # follows), or the whole run a mark closes; else the shortest a word of the genre follows
    def closed(end: int) -> str:
        # (赛力克·哈布肯为主任, 某某·某某说: a word of one character closes the name)
        while end - last > 2 and s[end - 1] in SHORT_AFTER_NAME:
            end -= 1
        return s[i:end]
    for end in range(last + 2, m.end() + 1):
        if s[end:end + 1] in STRONG_AFTER_NAME:
            return s[i:end]             # (某某·某某到喀什市调研: a preposition or verb of one character)
        if s.startswith(LONG_AFTER_NAME, end):
            # (阿依古丽·买买提出席: 提出 read across the name's last syllable and the verb after it)
            if (end + 1 < m.end() and s.startswith(LONG_AFTER_NAME, end + 1) and s[end] in "提克江汗尔力丁"
                    and not s.startswith(LONG_AFTER_NAME, end + 2)):
                return closed(end + 1)
            return closed(end)
    if (m.end() == len(s) or s[m.end()] in "，,。；;、：:（()）") and m.end() - last <= 5:
        return closed(m.end())
    for end in range(last + 2, m.end() + 1):
        if end == len(s) or s.startswith(AFTER_NAME, end):
            return s[i:end]
    return None


# the syllables Tibetan given names are made of (Lhasa, Shigatse, Qinghai, Garzê, Diqing …); a name is
# two of them (扎西多吉, 洛桑江村) and has no surname
TIBETAN = frozenset("""扎西 多吉 多杰 次仁 洛桑 格桑 江村 普布 顿珠 卓玛 央金 措姆 旺堆 平措 白玛 尼玛 达瓦 索朗 边巴
旦增 丹增 拉巴 强巴 益西 巴桑 次旦 德吉 群培 罗布 加措 嘉措 才让 卓嘎 旺姆 曲珍 拉姆 贡嘎 仁青 泽仁 斯朗 阿旺 登巴
土登 顿旦 欧珠 米玛 琼达 曲扎 桑珠 朗杰 多布 坚参 坚赞 赤列 晋美 次珍 德庆 央宗 玉珍 吉宗 群宗 格列
昂旺 松吉 四郎 仁增 拉珍 嘎玛 索南 更登 巴珠 次央 达娃 洛追 罗桑 桑杰 仁欠 才旦 多旦 公保 扎巴 加央
才仁 当周 南加 端智 西旦 曲珠 桑德 更藏 华旦 旦正 周加 拉毛 尕藏 尕玛 万玛 昂秀 东主 措吉 才吉 久美 旦巴 洛加
加羊 贡保 彭措 郎加 吉美 次旺 多加 才华 三木 普琼 边珍 次吉 洛松
达哇 更智 拉仲 扎美 索巴 更尕 完玛 昂旺 阿旺""".split())


def name_at(s: str, i: int, require_cue: bool = False) -> str | None:
    if s[i:i + 2] in TIBETAN and s[i + 2:i + 4] in TIBETAN and (
            i + 4 == len(s) or s.startswith(AFTER_NAME, i + 4) or s[i + 4] in "、，,。；;（(）)"):
        return s[i:i + 4]
    if i < len(s) and re.match(r"[\u4e00-\u9fff]{1,10}[·•・‧]", s[i:i + 12]):
        dotted = dotted_name_at(s, i)
        if dotted:
            return dotted
    name = _name_at(s, i, require_cue)
    if not name:
        return None
    given = name[1:]
    end = i + len(name)
    # (吕贵和参加调研: a name's own 和, before what a person does rather than another name)
    # (石永会主持会议, 石之镇主持: a name's own 会 or 镇 the same way; not 会见, 会上, 会同)
    own_he = len(name) == 3 and _own_tail(s, name, end)
    # (王家, 李家: a family, no name; 某家义 before a cue of a name (同志, 、, a verb of speech) is one)
    family_first = given.startswith("家") and len(given) == 2 and (end == len(s) or s.startswith(AFTER_NAME, end))
    if (given.startswith(NOT_GIVEN) and not family_first) or (name[-1] in NOT_NAME_TAIL and not own_he):
        return None
    # a common word is no name: 关于, 全面, 高度 (jieba's dictionary frequencies)
    # (but a noun opening a name of three, 王国和 or 高峰林, before a list mark or what a person does)
    if _word_freq().get(name[:2], 0) >= 2000 and _word_freq().get(name, 0) == 0 and not (
            len(name) == 3 and word_tag(name[:2]).startswith("n") and
            (end == len(s) or s[end] in "、，,及" or s.startswith(AFTER_NAME, end))):
        return None
    if not_a_name(name):
        return None
    if place_read_as_name(name) and not ((i > 0 and s[i - 1] == "、") or (end < len(s) and s[end] == "、")
                                         or TITLE_BEFORE.search(s[max(0, i - 6):i])):
        return None                 # (州委书记沈阳: a person named as a city is, after a title)
    return name


def _own_tail(s: str, name: str, end: int) -> bool:
    """Whether the name ending at ``end`` keeps a last 和, 会 or 镇 as its own: a list mark, a
    clause mark or what a person does follows, and the name is no word and no body's meeting
    (全委会, the plenary; 党委会)."""
    return (name[-1] in "和会镇" and end < len(s) and (s[end] in "及、，,。；;" or s.startswith(OWN_HE_BEFORE, end))
            and not is_word(name) and not name.endswith("委会"))


OWN_HE_BEFORE = ("参加", "出席", "列席", "陪同", "主持", "一行", "讲话", "致辞", "表示", "指出", "强调",
                 "介绍", "调研", "率", "带队", "随同")


# surnames that are far more often a conjunction, preposition or verb of the sentence: 和, 应, 通 …
FUNCTION_SURNAMES = frozenset("和应通宣席党以从对被把在为与及又")


SURNAME_AND_TITLE = re.compile(r"[\u4e00-\u9fff](?:局长|市长|县长|区长|镇长|主任|书记|部长|处长|科长|经理|主席|院长|校长|"
                               r"所长|行长|厂长|总|董|老师|师傅|先生|女士|同志)")


TITLE_BEFORE = re.compile(r"(?:书记|长|主任|主席|委员|常委|记者|编辑|作者|代表|同志)\s*$")


def place_read_as_name(name: str) -> bool:
    """兰州, 海南州, 常州将(深入贯彻): a province's or city's name, or one and the word after it,
    read as a surname and a given name.  (An item of a list of names may be a person so named:
    市领导甲、宁波、乙.)"""
    from .divisions import national_places
    return bool(national_places().fullmatch(name)) or (
        len(name) == 3 and name[2] in "将在是为把对和与" and bool(national_places().fullmatch(name[:2])))


def not_a_name(name: str) -> bool:
    """A common word read as a name (全体, 通过, 任职), or a function word before one
    (和有关, 和我 -- 和 + 有关), or a verb before one (应邀参)."""
    if SURNAME_AND_TITLE.fullmatch(name):
        return True                 # 肖局长, 张市长: a surname and a title, no full name
    tag = word_tag(name)
    if len(name) == 2 and _word_freq().get(name, 0) >= 2000 and not tag.startswith(("nr", "nz")):
        return True
    if len(name) == 3 and word_tag(name[:2]).startswith("v") and _word_freq().get(name[:2], 0) >= 50:
        return True                 # 应邀参(会), 怀揣履(职): a verb, then the next word's first character
    if len(name) == 3 and name[2] in "组团队" and word_tag(name[:2]).startswith(("v", "n")) \
            and not word_tag(name[:2]).startswith(("nr", "ns", "nz")):
        return True                 # 督导组, 考察团, 工作队: a group, not a person
    if name[0] not in FUNCTION_SURNAMES:
        return False
    if name[1] in "在对向把被从与及和为以于将":
        return True                 # (委员和在湖…: a conjunction, then a preposition)
    if tag and not tag.startswith("nr"):
        return True                 # 应邀, 党组, 宣讲
    rest = name[1:]
    rest_tag = word_tag(rest) if len(rest) >= 2 else ""
    # (a given name may be a rare word too: 春军, 照生; a place or a common word is none)
    return rest in ("我", "你", "他", "她", "其", "该") or (bool(rest_tag) and not rest_tag.startswith("nr") and (
        rest_tag.startswith("ns") or _word_freq().get(rest, 0) >= 30))


@lru_cache(maxsize=1)
def _doubles_by_first() -> dict[str, tuple[str, ...]]:
    """Two-character surnames by their first character, in the table's order."""
    out: dict[str, list[str]] = {}
    for d in surnames()[1]:
        out.setdefault(d[0], []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def _name_at(s: str, i: int, require_cue: bool = False) -> str | None:
    """The person name starting at s[i], or None.  Surname from the table, then
    one or two given-name characters, the length chosen by what follows."""
    if i >= len(s):
        return None
    singles, _doubles = surnames()
    sur = None
    for d in _doubles_by_first().get(s[i], ()):
        if s.startswith(d, i):
            sur = d
            break
    if sur is None:
        if i >= len(s) or s[i] not in singles:
            return None
        sur = s[i]
    cands = []
    for given in (1, 2):
        end = i + len(sur) + given
        if end > len(s) or not re.fullmatch(f"[{CJK}]+", s[i + len(sur):end]):
            continue
        cands.append((given, end))
    if not cands:
        return None
    cue = {g: (e == len(s) or s.startswith(AFTER_NAME, e)) for g, e in cands}
    if len(cands) == 2 and cue[1] and cue[2] and any(
            len(w) >= 2 and s.startswith(w, cands[0][1]) for w in AFTER_NAME):
        return s[i:cands[0][1]]     # 某某陪同, 某某同志: the word after a name of two, not a name of three
    if 2 in cue and cue[2] and s[cands[-1][1] - 1] not in NOT_NAME_TAIL:
        return s[i:cands[-1][1]]
    # 朱某和及总经理…, 副主任甲、蓝某和，: a 和 that nothing follows to join is the name's own
    # (吕贵和参加调研: nor one before what a person does)
    # (石永会主持会议, 石之镇主持: a name's own 会 or 镇 the same way; not 会见, 会上, 会同)
    if 2 in cue and _own_tail(s, s[i:cands[-1][1]], cands[-1][1]):
        return s[i:cands[-1][1]]
    if 1 in cue and cue[1]:
        return s[i:cands[0][1]]
    if require_cue:
        return None
    if len(cands) == 2 and s[cands[1][1] - 1] not in FUNCTION_CHARS | NOT_NAME_TAIL:
        return s[i:cands[1][1]]
    if s[cands[0][1] - 1] in NOT_NAME_TAIL or s[cands[0][1]:cands[0][1] + 1] in ("这", "那"):
        return None             # (招商大使齐聚这里: a verb, then a pronoun)
    return s[i:cands[0][1]]
