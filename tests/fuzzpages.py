"""Generated pages and the properties every page must keep, for tests/test_fuzz.py (a few hundred
cases in the test suite) and bench/fuzz.py (10,000 and more).

Pages are random bytes, random Unicode, or news-like text of the genre (officials with their
titles, meetings, visits, companies, investments, dates, bylines) glued from fragments in any
order, then damaged: punctuation doubled or dropped, names broken by spaces and line breaks,
traditional characters, HTML, encoded in UTF-8 (with or without BOM), UTF-16, GBK, GB18030 or
Big5, and cut at any byte.

``check_page`` runs one page through read -> normalise -> split -> extract and then the
build's whole page work (records written, the page's graph rendered) and checks:

- nothing escapes but the project's own input error (InputError, for a page that cannot be read);
- the text read is the file decoded (BOM removed) in the encoding the reader names;
- the normalised text maps back into it: ``Text.offsets`` rises, and each normalised character
  is the simplified, folded form of the character it points at;
- every evidence span (kg/records.py: ``Evidence.start``/``end`` are offsets of one sentence in the
  normalised text) is a sentence of its article (or one of its headline lines), whose characters
  come in order from the raw text between the span's raw offsets (``Text.raw_span``);
- in the page's graph every kg:Evidence's kg:text is the slice [kg:start, kg:end) of the decoded
  file (of its main text for an HTML page), line breaks removed (docs/data-model.md);
- the same bytes give the same records.
"""
from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗欧阳司马"
GIVEN = "建国立新文华海涛红梅志强明芳伟军丽娟敏静磊洋勇艳杰超"
TITLES = ["市委书记", "市长", "副市长", "市委副书记", "县委书记", "县长", "副县长", "镇党委书记", "镇长",
          "市委常委、秘书长", "市人大常委会主任", "市政协主席", "董事长", "总经理", "党委书记、董事长", "局长"]
PLACES = ["聊城市", "阳谷县", "东阿县", "茌平区", "临清市", "冠县", "莘县", "高唐县", "阳谷", "东昌府区",
          "大桥镇", "古楼街道", "德州市", "齐河县"]
COMPANIES = ["山东{a}新材料有限公司", "{a}化工集团有限公司", "聊城{a}科技股份有限公司", "{a}机械有限公司",
             "{a}食品有限责任公司", "山东{a}集团"]
MEETINGS = ["市委常委会会议", "全市重点项目建设推进会", "县长办公会议", "全县安全生产工作会议",
            "市政府常务会议", "招商引资工作座谈会"]
TEMPLATES = [
    "{date}，{title}{name}主持召开{meeting}。",
    "{date}上午，{title}{name}到{company}调研。",
    "{title}{name}先后来到{place}、{company}，实地察看项目建设情况。",
    "{company}年产{n}万吨{product}项目总投资{amount}亿元，占地{n}亩。",
    "本报讯（记者 {name} 通讯员 {name2}）",
    "{title}{name}、{title2}{name2}参加会议。",
    "会议由{title}{name}主持，{title2}{name2}出席并讲话。",
    "{place}党委书记{name}陪同调研。",
    "出席会议的有：{name}、{name2}、{name3}等。",
    "{date}，{place}与{company}签约，{title}{name}见证签约。",
    "{name}同志任{place}{title}，免去其{title2}职务。",
    "{title}{name}强调，要抓好项目建设，推动高质量发展。",
    "责任编辑：{name}",
    "■ 本报记者 {name} 本报通讯员 {name2}",
    "{meeting}召开",
    "新华社北京{date}电",
    "昨（{d}）日，{title}{name}会见{company}董事长{name2}一行。",
    "{title}{name}（{title2}）要求，各级各部门要提高站位。",
    "“{title}{name}说：‘{meeting}很重要。’”",
]
PRODUCTS = ["高端材料", "新能源电池", "精细化工", "智能装备", "食品加工"]
SEPARATORS = ["", "", "\n", "\n", "\n\n", " ", "\r\n", "\u3000\u3000", "\n\n\n"]
ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030", "big5"]
MARKS = "。，、；：！？“”（）《》…"


@st.composite
def names(draw) -> str:
    return draw(st.sampled_from(SURNAMES[:-4]) | st.sampled_from(["欧阳", "司马"])) + \
        "".join(draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2)))


@st.composite
def dates(draw) -> str:
    m, d = draw(st.integers(1, 13)), draw(st.integers(0, 32))
    year = draw(st.sampled_from(["", "2024年", "2025年", "2023 年 "]))
    return draw(st.sampled_from([f"{year}{m}月{d}日", f"{m}月{d}日至{d + 1}日", "近日", "昨天", "今(5)日",
                                 f"{m}月{d}日—{m}月{d + 2}日"]))


@st.composite
def fragments(draw) -> str:
    t = draw(st.sampled_from(TEMPLATES))
    fill = {"name": draw(names()), "name2": draw(names()), "name3": draw(names()),
            "title": draw(st.sampled_from(TITLES)), "title2": draw(st.sampled_from(TITLES)),
            "place": draw(st.sampled_from(PLACES)), "meeting": draw(st.sampled_from(MEETINGS)),
            "company": draw(st.sampled_from(COMPANIES)).format(a=draw(names())),
            "product": draw(st.sampled_from(PRODUCTS)), "date": draw(dates()),
            "n": draw(st.integers(0, 100000)), "d": draw(st.integers(0, 40)),
            "amount": draw(st.sampled_from(["1.5", "25", "0.3", "100", "3,000", "十二", "12.5万"]))}
    return t.format(**fill)


@st.composite
def damaged(draw, text: str) -> str:
    """The text with a few edits: a mark doubled or dropped, a name broken by a space or a line
    break, a stray character inserted."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 6))):
        if not chars:
            break
        i = draw(st.integers(0, len(chars) - 1))
        how = draw(st.sampled_from(["double", "drop", "space", "break", "insert", "mark"]))
        if how == "double" and chars[i] in MARKS:
            chars.insert(i, chars[i])
        elif how == "drop" and chars[i] in MARKS:
            del chars[i]
        elif how == "space":
            chars.insert(i, draw(st.sampled_from([" ", "  ", "\u3000", "\u00a0"])))
        elif how == "break":
            chars.insert(i, draw(st.sampled_from(["\n", "\r\n", "\n\n"])))
        elif how == "insert":
            chars.insert(i, draw(st.characters(codec="utf-8")))
        elif how == "mark":
            chars.insert(i, draw(st.sampled_from(MARKS + ",.;:!?()")))
    return "".join(chars)


@st.composite
def news_texts(draw) -> str:
    parts = draw(st.lists(fragments(), min_size=1, max_size=14))
    out = []
    for p in parts:
        out.append(p)
        out.append(draw(st.sampled_from(SEPARATORS)))
    text = draw(damaged("".join(out)))
    if draw(st.integers(0, 4)) == 0:
        import opencc
        text = opencc.OpenCC("s2t").convert(text)
    return text


@dataclass(frozen=True)
class PageInput:
    data: bytes
    suffix: str                  # .txt or .html
    city: str | None

    def __repr__(self) -> str:           # what a failing case shows
        return f"PageInput(data={self.data!r}, suffix={self.suffix!r}, city={self.city!r})"


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace" if encoding in ("gbk", "big5") else "surrogatepass")


@st.composite
def page_inputs(draw) -> PageInput:
    kind = draw(st.sampled_from(["news", "news", "news", "news", "unicode", "bytes", "mixed"]))
    if kind == "bytes":
        data = draw(st.binary(max_size=3000))
    else:
        if kind == "news":
            text = draw(news_texts())
        elif kind == "unicode":
            text = draw(st.text(max_size=1500))
        else:
            text = draw(st.lists(news_texts() | st.text(max_size=200), min_size=1, max_size=4).map("".join))
        html = draw(st.integers(0, 9)) == 0
        if html:
            body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
            text = f"<html><head><title>t</title></head><body><div class=\"article\">{body}</div></body></html>"
        data = encoded(text, draw(st.sampled_from(ENCODINGS)))
        if draw(st.integers(0, 3)) == 0:
            data = data[:draw(st.integers(0, len(data)))]           # cut at any byte
        return PageInput(data, ".html" if html else ".txt", draw(st.sampled_from([None, "聊城市", "德州市"])))
    return PageInput(data, ".txt", draw(st.sampled_from([None, "聊城市"])))


# --- the properties ---------------------------------------------------------------------------------

PYTHON_CODEC = {"utf_16": "utf-16", "utf-16": "utf-16", "utf-8-sig": "utf-8-sig"}


def decoded_file(data: bytes, encoding: str) -> str:
    """The file as the reader says it decoded it: in its encoding, BOM removed."""
    return data.decode(PYTHON_CODEC.get(encoding, encoding)).lstrip("\ufeff")


def check_text(page, text) -> None:
    """The normalised text's map back into the raw text (kg/records.py: Text.offsets)."""
    from kg.pipeline.normalise import FOLD, TO_FULL, to_simplified
    offs, t, raw = text.offsets, text.text, page.raw
    assert len(offs) == len(t) + 1 and offs[-1] == len(raw)
    assert all(a < b for a, b in zip(offs, offs[1:-1])), "offsets do not rise"
    folded = to_simplified(raw)[0].translate(FOLD)
    for i, ch in enumerate(t):
        if ch == "\n":
            continue
        src = folded[offs[i]]
        assert ch == src or ch == TO_FULL.get(src), (i, ch, src)


def check_records(pr) -> None:
    """Every evidence span is a sentence or headline line of its article and maps into the raw
    text in order."""
    from kg.pipeline.extract.text import sentences
    text = pr.split.text
    t = text.text
    for ar in pr.articles:
        # a sentence of its body, or a line of its headlines (a signed article's title line)
        spans = {(s.span.start, s.span.end) for s in sentences(t, ar.article.paragraphs)} | \
            {(h.start, h.end) for h in ar.article.headline_spans}
        evs = [p.evidence for p in ar.posts] + [e.evidence for e in ar.enterprises] + \
            [e for m in ar.meetings for e in m.evidence] + [e for v in ar.visits for e in v.evidence] + \
            [e for p in ar.projects for e in p.evidence]
        for ev in evs:
            if ev is None:
                continue
            assert (ev.start, ev.end) in spans, (ev, "not a sentence of its article")
            a, b = text.raw_span(ev.start, ev.end)
            assert 0 <= a < b <= len(text.raw)
            assert all(a <= text.offsets[i] < b for i in range(ev.start, ev.end))


def check_graph(pr, raw: str) -> int:
    """Each kg:Evidence of the page's graph: its kg:text is the slice of ``raw`` at kg:start, kg:end."""
    from rdflib import RDF

    from kg.pipeline import rdf, resolve
    g = rdf.page_graph(pr, resolve.resolve([pr]))
    n = 0
    for ev in g.subjects(RDF.type, rdf.KG.Evidence):
        start, end = int(g.value(ev, rdf.KG.start)), int(g.value(ev, rdf.KG.end))
        assert str(g.value(ev, rdf.KG.text)) == re.sub(r"[\r\n]+", "", raw[start:end])
        n += 1
    return n


@dataclass
class Checked:
    read: bool               # False: the page was refused with an InputError
    chars: int               # of the text read
    seconds: float           # read -> extract
    evidence: int


def check_page(case: PageInput, ner: str = "lac", twice: bool = False) -> Checked:
    """``case`` through every stage and the build's page work, checking the properties above;
    an AssertionError or any exception but InputError is a failure."""
    from kg.build import cache, pagework
    from kg.pipeline.extract import extract_page
    from kg.pipeline.extract.ner import backend
    from kg.pipeline.normalise import normalise
    from kg.pipeline.read import InputError, read_page
    from kg.pipeline.split import split
    from kg.records import Source
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as folder:
        root = Path(folder)
        f = root / f"page{case.suffix}"
        f.write_bytes(case.data)
        src = Source(path=f.name, city=case.city)
        t0 = time.perf_counter()
        try:
            page = read_page(f, root, {f.name: src})
        except InputError as exc:
            assert str(exc).startswith(f"{f.name}: ") and "\n" not in str(exc)
            return Checked(False, 0, time.perf_counter() - t0, 0)
        if not page.html:
            assert page.raw == decoded_file(case.data, page.encoding)
        text = normalise(page)
        pr = extract_page(split(text), backend(ner))
        seconds = time.perf_counter() - t0
        check_text(page, text)
        check_records(pr)
        # the build's page work: the same records written and read back, the page's graph
        ex = pagework.extract_task(pagework.ExtractTask(str(f), str(root), src, str(root / "p.rec"), ner))
        assert ex.problem is None
        full = cache.read_full(root / "p.rec")
        assert full == pr, "the page work's records differ from the stages'"
        if twice:
            again = extract_page(split(normalise(read_page(f, root, {f.name: src}))), backend(ner))
            assert again == pr, "the same page gave other records"
        n = check_graph(full, page.raw)
    return Checked(True, len(page.raw), seconds, n)
