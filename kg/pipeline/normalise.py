"""Stage 2: Page -> Text.

Folds full-width ASCII forms, converts traditional characters to simplified
(OpenCC), and joins words broken by the hard line wraps of PDF column
extraction while keeping paragraph breaks.  Every normalised character keeps
the index of the raw character it came from, so evidence can point into the
file as decoded.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import Page, Text

SENTENCE_END = set("。！？!?；;…")
CLOSERS = set("”’\"'」』)）》】")
BODY_MARK = re.compile(r"[，,。、；;：:]")
# A line that starts a new article or byline is never the tail of a wrapped sentence.
SPACED_PHRASES = re.compile(r"[\u4e00-\u9fff”」] +[\u4e00-\u9fff“「]")
NEW_BLOCK_START = re.compile(r"^\s*(■|●|◆|本报讯|本报[\u4e00-\u9fff]{2,4}讯|【[\u4e00-\u9fff]{2,8}讯】|本报记者|记者|通讯员|"
                             r"新华社|中新社|值班编委|值班审核|责编|责任编辑|本版编辑|编辑[:：]|美编|校对|作者[:：]|——)")


# a dateline with its credit printed on the headline's line (某某随同考察 某某网讯 (记者 甲) 24日，…):
# the space before it breaks the line, one character for one, so the body opens a line of its own
INLINE_DATELINE = re.compile(r"(?<=[^\s]) (?= *[\u4e00-\u9fff]{2,8}讯\s*[(（]\s*(?:本报|见习|特约|首席)?(?:记者|通讯员))")


# a web page's line of facts about the page (发布时间：2019-09-30 来源：… 阅读次数：…): never the
# head or the tail of a wrapped sentence
META_LINE = re.compile(r"^[^。！？]*(?:发布时间|发布日期|发布于|更新时间|信息来源|文章来源|来源\s*[:：]|浏览次数|阅读次数|"
                       r"点击数|点击量|访问量|浏览量|浏览数|阅读量|阅读数|【字体|字号\s*[:：]|^\s*日期\s*[:：]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2}\s*$|"
                       # a web page's stamp: 2023年10月14日 22:10:25, 2022年08月31日 14:22
                       r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d))[^。！？]*$")


def _menu(s: str) -> bool:
    """A site's menu: short items between bars (首页 | 要闻 | 政务公开 | …), no sentence."""
    items = [x.strip() for x in re.split(r"[|｜]", s)]
    return len(items) >= 4 and not any(ch in s for ch in "。！？!?…，,") \
        and sum(len(x) for x in items) <= 8 * len(items)


# where the reader is on the site: 当前位置：首页 > 新闻中心 > 要闻
WHERE_YOU_ARE = re.compile(r"^\s*(?:您(?:当前|现在)?(?:所在)?的?(?:所在)?位置|当前(?:的)?位置|所在位置)\s*[:：]")
# what a site prints around every article: labels of its boxes, reprint and copyright notices
SITE_NOTICE = re.compile(r"^\s*(?:分享到|热搜词|相关新闻|相关阅读|推荐阅读|相关链接|通版阅读请点击|扫一扫)\s*[:：]?\s*$|"
                         r"转载请|版权所有|未经(?:许可|授权)|不得转载|版权声明|^\s*声明\s*[:：]|ICP备|国内统一刊号|"
                         r"^\s*(?:新闻|广告)热线\s*[:：]|^\s*欢迎(?:访问|光临)|^\s*欢迎来到[^。！？，,\s]{2,24}\s*$|^\s*[\u4e00-\u9fff]{2,4}新闻\s*[:：]\s*$|"
                         r"字体\s*[:：]|^\s*[【\[]?字号\s*[:：]|扫一扫|扫描二维码|登录/注册|^\s*[•·]\s*(?:EN|手机版)|"
                         # a font-size switch (字型大小: 大 中 小), a page's number or counter alone on its line
                         r"^\s*(?:字型大小|字体大小|字号大小)|^\s*\d{6,}\s*$|"
                         # a site's log-in links; a page's buttons alone on their line: 打印, 关闭窗口
                         r"^\s*登录\s*[|｜/]\s*注册\s*$|^\s*[•·▪]\s*[\u4e00-\u9fff]{0,6}(?:新闻|要闻|动态|资讯)\s*$|"
                         r"^\s*[【\[]?(?:打印|打印本页|关闭|关闭窗口|返回|返回顶部|收藏|收藏本页)[】\]]?\s*$|"
                         # links to the site's other articles: 上一篇：某某到某乡调研…, 下一条：…
                         r"^\s*[【\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)[】\]]?\s*[:：]")
# the name of a site's section, the last step of a where-you-are line
SECTION = re.compile(r"(?:领导活动|动态|要闻|新闻|资讯|报道集|专题|专栏|信息公开|政务公开)$")
# a picture's file name or placeholder printed where the picture stood: 微信图片_2019….jpg, 图片1, （资料图）
# (a line of digits alone, 35623 or 20220601_232312_000: a picture's id or the page's counter)
PICTURE = re.compile(r"^\s*(?:\S{0,60}\.(?:jpe?g|png|gif|webp|bmp)\s*(?:摄影?)?|图片\s*\d*|文章图片|[(（]?资料图(?:片)?[)）]?|[\d_]{5,})\s*$",
                     re.IGNORECASE)


def _site_chrome(s: str) -> bool:
    """A line of the site around the article, not of the article: a where-you-are line
    whose last step is short (one that ends in the headline is kept), or a notice."""
    if len(s) > 160:
        return False
    if WHERE_YOU_ARE.match(s) or len(re.findall(r"\s>{1,2}\s?|»", s)) >= 2:
        last = re.split(r">{1,2}|»", s)[-1].strip()
        # (a section's name, 包头市主要领导活动, is no headline however long)
        return (len(last) <= 8 or len(last) <= 14 and bool(SECTION.search(last))) and \
            not any(ch in s for ch in "。！？!?…")
    return bool(SITE_NOTICE.search(s)) or _buttons(s)


# the buttons and switches of a page's article box: 打印 放大 缩小, 【大】【中】【小】, 默认 超大
BUTTONS = frozenset({"打印", "打印本页", "放大", "缩小", "默认", "超大", "大", "中", "小", "关闭", "关闭窗口", "返回",
                     "返回顶部", "收藏", "收藏本页", "分享", "纠错", "我要纠错", "T"})


def _buttons(s: str) -> bool:
    """A line of nothing but a page's buttons (two or more)."""
    parts = [x for x in re.split(r"[\s|｜【】\[\]〖〗/]+", s) if x]
    return len(parts) >= 2 and all(x in BUTTONS for x in parts)


def site_line(s: str) -> bool:
    """A line of the web page around the article: its facts (发布时间…), menu, where-you-are
    line or notices.  Never joined to a line of the article; the split stage passes it over."""
    return bool(META_LINE.match(s)) or _menu(s) or _site_chrome(s) or bool(PICTURE.match(s))


# a short line of credits (编辑：某某, 作者：某某 来源：某某网)
CREDIT_LINE = re.compile(r"^\s*(?:责任编辑|编辑|责编|作者|来源|记者|通讯员|审核|校对|摄影|初审|复审|终审)\s*[:：|｜]\s*[^，。]{1,24}$")


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}


# full-width letters, digits and % . to ASCII; wide spaces to a space
FOLD = str.maketrans({**{chr(o): chr(o - 0xFEE0) for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                         for o in range(r[0], r[1] + 1)},
                      "％": "%", "．": ".", **{ch: " " for ch in "\u3000\u00a0\u2002\u2003\u2009\u200b"}})


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch in "“”‘’《》、。"


def fold_punctuation(chars: list[str]) -> list[str]:
    """ASCII punctuation between Chinese characters becomes the full-width form,
    so that one form of each mark reaches the extractors (1,000 keeps its comma)."""
    out = list(chars)
    for i, ch in enumerate(chars):
        if ch in TO_FULL:
            prev = next((c for c in reversed(chars[max(0, i - 3):i]) if c != " "), "")
            nxt = next((c for c in chars[i + 1:i + 4] if c != " "), "")
            if is_cjk(prev) or is_cjk(nxt):
                out[i] = TO_FULL[ch]
    return out


def to_simplified(raw: str) -> tuple[str, bool]:
    """Simplified text of the same length as ``raw`` and whether it was traditional."""
    conv = _t2s()
    out = conv.convert(raw)
    if len(out) != len(raw):
        # Phrase conversion changed a length somewhere: convert line by line and,
        # where a line still changes length, character by character.
        lines = []
        for line in raw.split("\n"):
            c = conv.convert(line)
            if len(c) != len(line):
                c = "".join(conv.convert(ch) if len(conv.convert(ch)) == 1 else ch for ch in line)
            lines.append(c)
        out = "\n".join(lines)
    if out == raw:
        return out, False
    cjk = sum(1 for ch in raw if "\u4e00" <= ch <= "\u9fff")
    changed = sum(1 for a, b in zip(raw, out) if a != b)
    if cjk == 0 or changed < max(3, cjk // 100):
        # a page in simplified characters: only a character no simplified text uses (one outside
        # GB 2312: 傑, 煇) is converted, one by one; the phrase conversion rewrites simplified
        # phrases too (沈重, a company's name, read as 沉重)
        return "".join(_one_char(conv, ch) for ch in raw), False
    return out, True


def _one_char(conv, ch: str) -> str:
    if ch < "\u3400" or _in_gb2312(ch):
        return ch
    c = conv.convert(ch)
    return c if len(c) == 1 else ch


@lru_cache(maxsize=65536)
def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def width(s: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in s)


# a picture's credit closing a caption line: …开幕。通讯员王志巍摄 / （本报记者 某某 摄）
PHOTO_CREDIT_END = re.compile(r"(?:记者|通讯员|摄影|图)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4})*\s*摄\s*[)）]?$|"
                              # (…了解生产生活情况。摄影：甲 — a caption's credit closes its line)
                              r"(?:摄影|摄像|记者|通讯员|作者|供稿)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*$|"
                              # (…取得的成绩。甲 摄 — a caption's photographer after its last sentence)
                              r"[。！？]\s*[\u4e00-\u9fff]{2,4}(?:[ \t、][\u4e00-\u9fff]{2,4})*[ \t]+摄$")


# a line that ends on a web address (某某日报网_www.example.cn): a site's mark after a paragraph
WEB_ADDRESS_END = re.compile(r"(?:www\.|https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org)(?:/\S*)?$")


# a line that is a time stamp alone (2022-02-17 10:51, 2022年2月17日): the page's, never a
# part of a sentence
TIME_STAMP = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _joinable_wrap(prev: str, nxt: str, block_width: int) -> bool:
    """A single line break inside a block: a hard wrap when the line is full."""
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n or NEW_BLOCK_START.match(n) or TIME_STAMP.match(p) or TIME_STAMP.match(n):
        return False
    if p[-1] in SENTENCE_END or (p[-1] in CLOSERS and len(p) > 1 and p[-2] in SENTENCE_END):
        return False
    if CREDIT_LINE.match(p) or site_line(p) or site_line(n) or PHOTO_CREDIT_END.search(p) or WEB_ADDRESS_END.search(p):
        return False            # 编辑:某某 / 发布时间:… : a credit or page line ends where it ends
    if n[0] in "、，,；;）)。！？!?" and p[-1] not in "、，,；;":
        return True             # (a line that opens on a comma or a stop goes on, or ends, the sentence before it)
    return width(p) >= 0.6 * block_width


def _headline_block(block: list[str]) -> bool:
    """A few lines without a comma or stop between them: a headline and its decks,
    one per line, not a wrapped paragraph."""
    return len(block) <= 4 and not any(re.search(r"[，。；：、,;:！？]", l) for l in block)


ORIGINAL_TITLE = re.compile(r"^\s*[(（【]?\s*原标题\s*[:：]")


def _joinable_across_blank(prev: str, nxt: str) -> bool:
    """A blank line inside a sentence: both sides read as running text."""
    p, n = prev.rstrip(), nxt.strip()
    if not p or not n or NEW_BLOCK_START.match(n) or TIME_STAMP.match(p) or TIME_STAMP.match(n):
        return False
    if p[-1] in SENTENCE_END or p[-1] in CLOSERS or p.endswith("——") or PHOTO_CREDIT_END.search(p):
        return False
    if WEB_ADDRESS_END.search(p):
        return False
    if site_line(p) or site_line(n) or ORIGINAL_TITLE.match(p):
        return False            # (原标题：… is a line of its own: the headline again)
    # phrases set apart by spaces are a headline or a signature line (主任 张三), not running text
    if any(SPACED_PHRASES.search(x) and "，" not in x for x in (p, n)):
        return False
    return (len(p) >= 12 and bool(BODY_MARK.search(p)) and bool(BODY_MARK.search(n))
            and not re.match(r"^[（(]?[上下]转", n))


# a pinyin reading printed after a character by some mirror sites: 劃(huà), 國(guó)家
GLOSS = re.compile(r"(?<=[\u3400-\u9fff])\((?=[a-zü\u00e0-\u01dc]{0,6}[\u00e0-\u01dc])[a-zü\u00e0-\u01dc]{1,7}\)")


def drop_glosses(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """The text without pinyin glosses, so that 國(guó)家 reads 国家; the offsets of
    the characters kept are unchanged."""
    s = "".join(chars)
    if "(" not in s:
        return chars, offs
    gone = [(m.start(), m.end()) for m in GLOSS.finditer(s)]
    if not gone:
        return chars, offs
    return _without(chars, offs, gone)


def _without(chars: list[str], offs: list[int], gone: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The characters and their offsets, less the spans ``gone``."""
    keep = [True] * len(chars)
    for a, b in gone:
        keep[a:b] = [False] * (b - a)
    return [c for c, k in zip(chars, keep) if k], [o for o, k in zip(offs, keep) if k]


PADDED = re.compile(r"(?=([\u4e00-\u9fff])( {1,2})([\u4e00-\u9fff]))")


def join_padded_names(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """Two-character names padded to the width of three (王　勇, in lists and credit lines)
    without their padding, so that 王　勇 reads 王勇; a page whose characters are all set
    apart (letter-spaced headlines) is left alone.  The offsets of the characters kept are
    unchanged."""
    s = "".join(chars)
    if " " not in s:
        return chars, offs
    from .extract.text import AFTER_NAME, FUNCTION_CHARS, NOT_NAME_TAIL, surnames, word_tag
    singles = surnames()[0]
    gone: list[tuple[int, int]] = []
    for m in PADDED.finditer(s):
        a, b = m.start(2), m.end(2)
        x, y = m.group(1), m.group(3)
        end = m.end(3)
        before, after = s[max(0, m.start() - 3):m.start()], s[end:end + 2]
        # 高 质 量: a lone character, a space, then X
        lone_before = (len(before) >= 2 and before[-1] == " " and "\u4e00" <= before[-2] <= "\u9fff"
                       and (len(before) == 2 or not "\u4e00" <= before[-3] <= "\u9fff"))
        lone_after = len(after) == 2 and after[0] == " " and "\u4e00" <= after[1] <= "\u9fff" and \
            not ("\u4e00" <= s[end + 2:end + 3] <= "\u9fff")
        closes = not after or not ("\u4e00" <= after[0] <= "\u9fff") or s.startswith(AFTER_NAME, end)
        word = word_tag(x + y)
        # X opens the name: after a mark, a space or a title (书记王　勇, 领导张　伟), not inside a
        # longer name (蔡文龙 图/…); Y is no one-character role (杨林 文/图)
        glued = bool(before) and "\u4e00" <= before[-1] <= "\u9fff"
        if glued and before[-1] not in "长任席员导者委记师理监事":
            continue
        if y in "文图摄" and s[end:end + 1] in "/／)）":
            continue
        if (x in singles and y not in FUNCTION_CHARS | NOT_NAME_TAIL and closes and not lone_before
                and not lone_after and (not word or word.startswith("nr"))):
            gone.append((a, b))
    if not gone:
        return chars, offs
    return _without(chars, offs, gone)


# a credit word letter-spaced to the width of a longer one (通 讯 员, 记　者 before 通讯员)
SPACED_CREDIT = re.compile(r"(?<![\u4e00-\u9fff])(?:通( +)讯( +)员|记( +)者|编( +)辑|摄( +)影|审( +)核|校( +)对|作( +)者|来( +)源|"
                           r"责( +)编|监( +)制)(?![\u4e00-\u9fff]{2}[ \u3000]*[\u4e00-\u9fff])")


def join_spaced_credits(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """Credit words set apart to a longer one's width (通 讯 员 甲) without their spaces; the
    offsets of the characters kept are unchanged."""
    s = "".join(chars)
    if " " not in s:
        return chars, offs
    gone = [m.span(g) for m in SPACED_CREDIT.finditer(s) for g in range(1, SPACED_CREDIT.groups + 1) if m.group(g)]
    return _without(chars, offs, gone) if gone else (chars, offs)


# one space inside a run of running text (市委副书记、市政 府市长甲): a break a page set inside a word
SPLIT_WORD = re.compile(r"(?<=[\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def join_split_words(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """A space between the two characters of a word of the dictionary, inside a run of Chinese
    in a line of running text (one with a comma or a list mark), dropped; the offsets of the
    characters kept are unchanged."""
    s = "".join(chars)
    if " " not in s:
        return chars, offs
    from .extract.text import is_word, word_tag
    gone = []
    for m in SPLIT_WORD.finditer(s):
        end = s.find("\n", m.end())
        line = s[s.rfind("\n", 0, m.start()) + 1:end if end >= 0 else len(s)]
        word = m.group(1) + m.group(2)
        if re.search(r"[，、,]", line) and is_word(word) and not word_tag(word).startswith("nr"):
            gone.append((m.start(1) + 1, m.start(2)))
    return _without(chars, offs, gone) if gone else (chars, offs)


# a mark doubled by a mirror site's conversion (甲,、乙,、丙参加调研,。): the first one goes
DOUBLED_MARK = re.compile(r"[,，](?=[、。；;，,])")


# spaces a page puts between a Chinese character and the list mark or comma after it (张宏 、杨杰)
SPACE_BEFORE_MARK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[、，；,;])")


def drop_doubled_marks(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    """A comma right before another mark of a sentence, dropped, and the spaces before a list
    mark or comma (SPACE_BEFORE_MARK); the offsets of the characters kept are unchanged."""
    s = "".join(chars)
    gone = sorted(m.span() for pattern in (DOUBLED_MARK, SPACE_BEFORE_MARK) for m in pattern.finditer(s))
    return _without(chars, offs, gone) if gone else (chars, offs)


def normalise(page: Page) -> Text:
    raw = page.raw
    simp, traditional = to_simplified(raw)
    # 1. character folding, one output char per raw char except \r (dropped).
    folded = simp.translate(FOLD)
    if "\r" in folded:
        chars: list[str] = []
        offs: list[int] = []
        for i, ch in enumerate(folded):
            if ch == "\r":
                if i + 1 < len(folded) and folded[i + 1] == "\n":
                    continue
                ch = "\n"
            chars.append(ch)
            offs.append(i)
    else:
        chars, offs = list(folded), list(range(len(folded)))
    chars, offs = drop_glosses(chars, offs)
    chars, offs = join_padded_names(chars, offs)
    chars, offs = join_spaced_credits(chars, offs)
    chars, offs = join_split_words(chars, offs)
    chars, offs = drop_doubled_marks(chars, offs)
    text = INLINE_DATELINE.sub("\n", "".join(fold_punctuation(chars)))
    # 2. line-wrap joining over lines (each with its offsets)
    lines: list[tuple[str, list[int]]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((line, offs[pos:pos + len(line)]))
        pos += len(line) + 1
    # blocks: runs of non-blank lines
    out_chars: list[str] = []
    out_offs: list[int] = []
    blocks: list[list[int]] = []
    cur: list[int] = []
    for idx, (line, _) in enumerate(lines):
        if line.strip():
            cur.append(idx)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    block_of = {i: b for b in blocks for i in b}
    shapes: dict[int, tuple[int, bool]] = {}

    def block_shape(block: list[int]) -> tuple[int, bool]:
        """The block's widest line and whether it reads as a headline (once per block)."""
        if id(block) not in shapes:
            shapes[id(block)] = (max(width(lines[i][0].strip()) for i in block),
                                 _headline_block([lines[i][0] for i in block]))
        return shapes[id(block)]
    prev_nonblank: int | None = None
    for idx, (line, loffs) in enumerate(lines):
        if not line.strip():
            continue
        stripped_line = line
        if prev_nonblank is not None:
            prev_line = lines[prev_nonblank][0]
            same_block = block_of[prev_nonblank] is block_of[idx]
            if same_block:
                bw, headline = block_shape(block_of[idx])
                join = not headline and _joinable_wrap(prev_line, line, bw)
            else:
                join = _joinable_across_blank(prev_line, line)
            if join:
                # drop the trailing spaces of the previous line and the break
                while out_chars and out_chars[-1] == " ":
                    out_chars.pop(); out_offs.pop()
                lead = len(line) - len(line.lstrip())
                stripped_line = line[lead:]
                loffs = loffs[lead:]
            else:
                # keep the break(s) as in the file: one newline, or a blank line
                nl_count = 1 if same_block else 2
                prev_end = lines[prev_nonblank][1][-1] if lines[prev_nonblank][1] else 0
                for k in range(nl_count):
                    out_chars.append("\n")
                    out_offs.append(min(prev_end + 1 + k, len(raw) - 1) if raw else 0)
        out_chars.extend(stripped_line)
        out_offs.extend(loffs)
        prev_nonblank = idx
    out_offs.append(len(raw))
    return Text(source=page.source, raw=raw, text="".join(out_chars),
                offsets=tuple(out_offs), traditional=traditional)
