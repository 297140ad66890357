"""Stage 3: Text -> Split (articles, bylines, headlines, the editor line).

A page is a run of paragraphs.  Each paragraph is a headline (short, no
sentence end), a byline (■ 本报记者 …), a dateline paragraph (本报讯…,
新华社…电) that opens an article body, the editor line (值班编委 … 校对), or
body text.  Multi-column PDF pages put headlines after their bodies on some
pages: the page's orientation is decided from where its headlines stand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Article, Span, Split, Text
from .credits import EDITOR_ROLES as EDITOR_ROLE_WORDS, ROLE_RE, credits, is_name
from .normalise import ORIGINAL_TITLE, site_line

NAME = r"[\u4e00-\u9fff·]{2,4}"
# names and role words one after another (记者 甲 乙 通讯员 丙), in any number: runs of two
# characters or more, read once (possessive).  Written as repeated NAMEs, a line of many characters
# that is no credit took time exponential in its length to refuse (two seconds for 30 characters);
# any run of two or more is a sequence of NAMEs, so the lines matched are the same.
NAMES = r"(?:[\u4e00-\u9fff·]{2,}\s*)++"
# the roles of an editor line (值班编委：甲 校对：乙), longest first: one list with credits.py's
EDITOR_ROLES = "|".join(sorted(EDITOR_ROLE_WORDS, key=len, reverse=True))
EDITOR_LINE = re.compile(rf"^\s*(?:[•·▪■●◆▲]\s*)?[(（]?\s*(?:{EDITOR_ROLES})\s*[:：]")
BYLINE = re.compile(rf"^\s*(?:[■●◆▲]\s*)?(?:(?:作者|文|图|文/图|来源)\s*[:：/]\s*)?(?:本报|本刊)?(?:首席)?"
                    rf"(?:记者|通讯员|特约记者|见习记者)\s*{NAMES}(?:摄影?|报道)?\s*$")
MARKER_BYLINE = re.compile(rf"^\s*[■●◆▲]\s*{NAMES}$")
DATELINE = re.compile(r"^\s*(?:本报讯|本报[\u4e00-\u9fff]{2,4}讯|【[\u4e00-\u9fff]{2,8}讯】|(?:新华社|中新社|人民日报|大众日报|央视网|中国新闻网)"
                      r"[\u4e00-\u9fff0-9月日 ]{0,14}电)")
# the credit opening a dateline paragraph: 本报某某讯（记者 甲 通讯员 乙）, 【某报讯】记者甲报道：
CREDIT_IN_PARENS = re.compile(r"^\s*(?:本报讯|本报[\u4e00-\u9fff]{2,4}讯|【[\u4e00-\u9fff]{2,8}讯】)?\s*[(（]\s*"
                              rf"((?:本报)?(?:记者|通讯员|实习生)\s*{NAMES})[)）]")
# (the names may run into 报道, which credit_names() takes off)
CREDIT_REPORTS = re.compile(r"^\s*(?:本报讯|本报[\u4e00-\u9fff]{2,4}讯|【[\u4e00-\u9fff]{2,8}讯】)\s*"
                            rf"((?:本报)?(?:记者|通讯员|实习生)\s*{NAMES})[:：]")
SENTENCE_END = "。！？!?…"
# a byline printed at the end of the last body line: …支撑。 ■ 本报记者 甲 本报通讯员 乙
TRAILING_BYLINE = re.compile(rf"[。！？”]\s*([■●◆▲]\s*(?:本报|本刊)?(?:首席)?(?:记者|通讯员)\s*{NAME}"
                             rf"(?:\s+(?:本报|本刊)?(?:记者|通讯员|实习生)?\s*{NAME})*)\s*$")


@dataclass(frozen=True)
class Para:
    span: Span
    kind: str            # headline | byline | dateline | body | editor | meta


def paragraphs(text: str) -> list[Span]:
    out, pos = [], 0
    for line in text.split("\n"):
        start = pos + (len(line) - len(line.lstrip()))
        end = pos + len(line.rstrip())
        if end > start:
            out.append(Span(start, end))
        pos += len(line) + 1
    return out


def classify(s: str) -> str:
    if site_line(s):
        # 发布时间：… 来源：… 阅读次数：…, a site's menu, where-you-are line or notices: no part of an article
        return "meta"
    if EDITOR_LINE.match(s):
        return "editor"
    if ORIGINAL_TITLE.match(s):
        return "meta"           # 原标题：… of a reprint: the headline again, with its decks
    if BYLINE.match(s) or MARKER_BYLINE.match(s):
        return "byline"
    if DATELINE.match(s):
        return "dateline"
    body = s.strip()
    if re.match(r"(?:主持人|发布人|新闻发言人|发言人|嘉宾|出席人员|参会人员)\s*[:：]", body):
        return "body"           # 主持人：某某处长 甲: who plays which part at a press conference
    if re.fullmatch(r"[\u4e00-\u9fff·]{2,12}(?:指出|强调|表示|要求|认为)", body):
        return "body"           # 某某强调, alone on its line: it opens the speech that follows
    # (a line ending in a colon opens what follows: a speaker's words in a transcript, a list)
    if len(body) <= 40 and not any(ch in body for ch in SENTENCE_END) and \
            not body.endswith(("，", ",", "、", "；", ";", "：", ":")):
        return "headline"
    return "body"


def _watermark(line: str, seen: dict[str, int]) -> bool:
    return seen.get(line, 0) >= 2 and len(line) <= 14 and bool(re.search(r"(?:网|报|站|频道|客户端)$", line)) \
        and not any(ch in line for ch in SENTENCE_END + "，,")


ROLE_WORDS = re.compile(rf"(?:本报|本刊)?(?:融媒体|全媒体|融媒|全媒)?(?:首席|特约|见习)?(?:记者|通讯员|实习生)|{EDITOR_ROLES}|作者|摄影|(?<=\s)摄$|"
                        rf"[:：()（）■●◆▲/]")


def names_between_roles(s: str) -> list[str]:
    """Person names in a credit line: the words between role words."""
    names: list[str] = []
    for part in ROLE_WORDS.split(s):
        names += [n for n in part.split() if re.fullmatch(NAME, n) and is_name(n, labelled=True)]
    return names


def byline_names(s: str) -> list[str]:
    return names_between_roles(s)


def credit_names(s: str) -> list[str]:
    """Names in a dateline's parentheses: (记者 赵琦 焦阳 通讯员 王芳)."""
    m = CREDIT_IN_PARENS.match(s)
    if m:
        return names_between_roles(m.group(1))
    m = CREDIT_REPORTS.match(s)
    if m:
        return names_between_roles(re.sub(r"报道$", "", m.group(1).rstrip()))
    return []


def editor_names(s: str) -> list[str]:
    return names_between_roles(s)


# a line that opens the site's list of other articles under the one the page is of
TEASERS = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|相关文章|热点推荐|猜你喜欢)"
                     r"[ \t\u3000]*[:：]?[ \t\u3000]*(?=\n|$)")
TEASERS_AFTER = 200         # (characters of the page before it: not a menu at its top)


def split(text: Text) -> Split:
    t = text.text
    spans = paragraphs(t)
    # a site's name printed again and again down the page (a watermark: 5HX某某新闻网)
    seen: dict[str, int] = {}
    for sp in spans:
        line = sp.of(t).strip()
        seen[line] = seen.get(line, 0) + 1
    # (新闻推荐 / 相关新闻 after the article: the teasers of other articles below it, no part of it)
    teasers = next((m.start() for m in TEASERS.finditer(t) if m.start() >= TEASERS_AFTER), len(t))
    every = [Para(sp, "meta" if sp.start >= teasers or _watermark(sp.of(t).strip(), seen) else classify(sp.of(t)))
             for sp in spans]
    # a line of the page's facts is passed over: it neither ends nor opens an article
    paras = [p for p in every if p.kind != "meta"]
    editors: list[str] = []
    for p in paras:
        if p.kind == "editor":
            editors += editor_names(p.span.of(t))
    kinds = _inner_lines(paras, t, [p.kind for p in paras])
    # the page's first line, short and ending on ！ or ？ alone (某某项目集中开工，总投资超百亿元！): its headline
    # (not a lead that asks its question: 2024年10月，某某关注了哪些工作？)
    first = paras[0].span.of(t) if paras else ""
    if len(kinds) > 1 and kinds[0] == "body" and kinds[1] != "body" \
            and re.fullmatch(r"[^。！？!?；;]{4,38}[！？!?]", first.strip()) \
            and not LEAD_OPENING.match(first) and not re.match(r"\s*(?:\d{4}年|\d{1,2}月)", first):
        kinds[0] = "headline"
    # a page cut short inside a sentence (a stored copy of its opening): the last line, short
    # and unfinished after the body, is the body's, not a headline of its own
    if len(kinds) >= 2 and kinds[-1] == "headline" and kinds[-2] in ("body", "dateline") and _cut_short(paras[-1].span.of(t), t):
        kinds[-1] = "body"
    paras = [replace(p, kind=k) for p, k in zip(paras, kinds)]

    # cores: groups of paragraph indexes that form an article body
    cores: list[dict] = []
    cur: dict | None = None
    for i, p in enumerate(paras):
        prev = kinds[i - 1] if i else None
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        if p.kind == "byline":
            trailing = prev == "body" and nxt != "body" and nxt != "dateline" and cur is not None
            if trailing:
                cur["authors"] += byline_names(p.span.of(t))
                continue
            if cur is not None and prev == "byline" and not cur["body"]:
                cur["authors"] += byline_names(p.span.of(t))
                continue
            cur = {"start": i, "authors": byline_names(p.span.of(t)), "body": [], "heads": []}
            cores.append(cur)
        elif p.kind == "dateline":
            if cur is not None and not cur["body"] and prev == "byline":
                cur["body"].append(i)
                cur["authors"] += credit_names(p.span.of(t))
            else:
                cur = {"start": i, "authors": credit_names(p.span.of(t)), "body": [i], "heads": []}
                cores.append(cur)
        elif p.kind == "body":
            if cur is None or prev in ("headline", "editor"):
                cur = {"start": i, "authors": [], "body": [], "heads": []}
                cores.append(cur)
            cur["body"].append(i)
        elif p.kind == "editor":
            cur = None
        if p.kind in ("body", "dateline") and (tail := TRAILING_BYLINE.search(p.span.of(t))):
            cur["authors"] += byline_names(tail.group(1))
    # headline runs
    runs: list[list[int]] = []
    for i, k in enumerate(kinds):
        if k == "headline":
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    orientation = _orientation(kinds, cores)
    owner_of_run: dict[int, dict] = {}
    loose: list[list[int]] = []
    for run in runs:
        before = [c for c in cores if c["start"] < run[0]]
        after = [c for c in cores if c["start"] > run[-1]]
        prev_core = before[-1] if before else None
        next_core = after[0] if after else None
        # an editor line or the page edge between a run and a core cuts them apart
        nxt_idx = run[-1] + 1
        if next_core is not None and any(kinds[j] == "editor" for j in range(nxt_idx, next_core["start"])):
            next_core = None
        if prev_core is not None and any(kinds[j] == "editor" for j in range(prev_core["start"], run[0])):
            prev_core = None
        if orientation == "after":
            target = prev_core if prev_core is not None and not prev_core["heads"] else next_core
        else:
            target = next_core if next_core is not None and next_core["start"] == nxt_idx else None
            if target is None:
                target = prev_core if prev_core is not None and not prev_core["heads"] else None
        if target is None:
            loose.append(run)
        else:
            target["heads"].extend(run)
            owner_of_run[run[0]] = target
    articles: list[Article] = []
    items = [(c["start"], "core", c) for c in cores] + [(r[0], "loose", r) for r in loose]
    for _, what, obj in sorted(items, key=lambda x: x[0]):
        if what == "core":
            heads = [paras[j].span for j in sorted(obj["heads"])]
            body = tuple(paras[j].span for j in obj["body"])
            authors = tuple(dict.fromkeys(obj["authors"]))
            kind = "news"
            if any(h.of(t).strip() in ("编后", "评论", "短评", "时评", "编者按") for h in heads):
                kind = "commentary"
            elif not any(kinds[j] == "dateline" for j in obj["body"]) and len(body) == 1 and len(body[0].of(t)) < 300:
                kind = "caption"
            if not body:
                continue
            articles.append(Article(index=len(articles), headline=_headline(heads, t), authors=authors,
                                    paragraphs=body, headline_spans=tuple(heads), kind=kind))
        else:
            heads = [paras[j].span for j in obj]
            articles.append(Article(index=len(articles), headline=_headline(heads, t), authors=(),
                                    paragraphs=(), headline_spans=tuple(heads), kind="teaser"))
    articles, editors = _credited(every, t, articles, editors, teasers)
    return Split(text=text, articles=tuple(articles), editors=tuple(dict.fromkeys(editors)))


def _cut_short(line: str, t: str) -> bool:
    """Whether the page's text ends inside this line's sentence: no newline after it, a line
    of twelve characters or more with no spaces (a headline's decks have them), and no
    caption (图为…)."""
    body = line.strip()
    return not t.endswith("\n") and t.rstrip().endswith(body) and len(body) >= 12 \
        and not re.search(r"\s", body) and not body.startswith(("图为", "图片", "照片"))


# a credit's role alone on its line: 作者： / 编辑:
ROLE_ALONE = re.compile(rf"\s*(?:{ROLE_RE})\s*[:：]\s*")


def _credited(paras: list[Para], t: str, articles: list[Article], editors: list[str], teasers: int
              ) -> tuple[list[Article], list[str]]:
    """Credits printed anywhere on the page (credits.py): editors and checkers are the
    page's; writers and photographers belong to the article the paragraph is in, or
    the last article that starts before it (a credit block after the body), or the
    first article (a metadata line above it)."""
    news = [a for a in articles if a.paragraphs]
    if not news:
        return articles, editors
    added: dict[int, list[str]] = {}
    editors = list(editors)
    for i, p in enumerate(paras):
        found = credits(p.span.of(t))
        if i and not found and len(p.span.of(t)) <= 30 and ROLE_ALONE.fullmatch(paras[i - 1].span.of(t)):
            # 编辑：on a line of its own, the names on the next (a site's credit block)
            found = credits(paras[i - 1].span.of(t).strip() + p.span.of(t).strip())
        if not found:
            continue
        start = p.span.start
        owner = next((a for a in news if any(sp.start <= start < sp.end for sp in (*a.paragraphs, *a.headline_spans))),
                     None)
        if owner is None:
            before = [a for a in news if min(sp.start for sp in (*a.paragraphs, *a.headline_spans)) <= start]
            owner = before[-1] if before else news[0]
        for c in found:
            if c.editor:
                editors.append(c.name)
            elif start < teasers:       # (a teaser's reporter wrote another article)
                added.setdefault(owner.index, []).append(c.name)
    out = [replace(a, authors=tuple(dict.fromkeys(a.authors + tuple(added[a.index])))) if a.index in added else a
           for a in articles]
    return out, editors


# how an article's first paragraph opens: a dateline, a date, 近日 …
LEAD_OPENING = re.compile(r"^\s*(?:本报|本刊|据|记者|新华社|[(（【]|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|近期|"
                          r"昨天|昨日|今天|今日|[上下]午|当天|\d{4}[-/.]\d{1,2})")


def _inner_lines(paras: list[Para], t: str, kinds: list[str]) -> list[str]:
    """A short line alone between two body paragraphs, the second of which does not open the
    way an article's first paragraph does, is a caption or a sub-heading of the article
    (web pages print both), not the headline of another article: it is read as body."""
    out = list(kinds)
    # the page's last line, cut off inside a sentence (市人大常委会副主任甲、乙、丙): body
    if len(kinds) >= 2 and kinds[-1] == "headline" and kinds[-2] == "body" \
            and re.search(r"[、，,：:]", paras[-1].span.of(t)):
        out[-1] = "body"
    for i in range(1, len(kinds) - 1):
        if kinds[i] == "headline" and out[i - 1] == "body" and kinds[i + 1] == "body" \
                and not LEAD_OPENING.match(paras[i + 1].span.of(t)):
            out[i] = "body"
    return out


SITE_OR_SECTION = re.compile(r"[\u4e00-\u9fff]{0,8}(?:网|新闻中心|新闻|频道|资讯|要闻|动态)")


def _headline(heads: list[Span], t: str) -> str | None:
    parts = [h.of(t).strip() for h in heads]
    parts = [p for p in parts if p not in ("编后", "评论", "短评", "今日导读") and not re.fullmatch(r"第\d+版", p)]
    # (新闻中心, 某某生活网: the site's or section's name on a line above the headline)
    named = [p for p in parts if not SITE_OR_SECTION.fullmatch(p)]
    parts = named or parts
    if not parts:
        return None
    return re.sub(r"\s+", " ", " ".join(parts))


def _orientation(kinds: list[str], cores: list[dict]) -> str:
    """'before' when headlines stand above their bodies, 'after' when below."""
    if not cores:
        return "before"
    before = after = 0
    for c in cores:
        s = c["start"]
        if s > 0 and kinds[s - 1] == "headline":
            before += 1
        last = max(c["body"] or [s])
        if last + 1 < len(kinds) and kinds[last + 1] == "headline":
            after += 1
    first = cores[0]["start"]
    if first == 0 or all(k != "headline" for k in kinds[:first]):
        after += 1
    else:
        before += 1
    if kinds and kinds[-1] == "headline":
        after += 1
    return "after" if after > before else "before"
