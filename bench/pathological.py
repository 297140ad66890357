"""Cost of one page, by its shape and size: read -> normalise -> split -> extract.

    python bench/pathological.py [--sizes 10k,100k,1M] [--shapes a,b] [--ner lac|rules] [--limit S]

Archives hold odd files: a month of a paper glued into one file, OCR dumps with
no punctuation, one character per line, tables of thousands of company names.
This generates such pages (deterministically, from a fixed seed) in a dozen
shapes and prints, for each shape and size, the seconds one page takes and its
µs per character, each page run in a fresh process under a time limit
(``--limit``, default 120 s; a page past it prints ``>limit``).  The target
(issue 19): the 1M figure within 3× of the 10k figure, and no 1M page over 30 s.
Figures, not assertions.
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
print = functools.partial(print, flush=True)   # noqa: A001 -- figures appear as they are measured

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}

SENTENCE = "市委书记王建国主持召开市委常委会会议研究部署全市重点项目建设工作各县市区负责同志参加"
ARTICLE = ("市委常委会召开会议\n本报讯（记者 李明 通讯员 赵芳）3月5日上午，市委书记王建国主持召开市委常委会会议，"
           "传达学习全国两会精神，研究部署全市重点项目建设工作。市委副书记、市长陈立新，市委副书记刘文华出席会议。\n"
           "会议指出，要坚持项目为王，山东某某新材料有限公司年产10万吨高端材料项目总投资25亿元，要加快建设。"
           "市领导张海涛、孙红梅、周志强参加。\n")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "建国立新文华海涛红梅志强明芳伟军丽娟敏静磊洋勇艳杰涛超"


def _names(rnd: random.Random, n: int) -> list[str]:
    return [rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2)))) for _ in range(n)]


def _fill(unit, size: int) -> str:
    out, total = [], 0
    i = 0
    while total < size:
        piece = unit(i)
        out.append(piece)
        total += len(piece)
        i += 1
    return "".join(out)[:size]


def shapes(size: int) -> dict[str, str]:
    rnd = random.Random(size)
    companies = [f"{rnd.choice(['山东', '聊城', '阳谷', '河南', '江苏'])}{''.join(rnd.choice(GIVEN) for _ in range(2))}"
                 f"{rnd.choice(['新材料', '化工', '科技', '机械', '食品'])}{rnd.choice(['有限公司', '集团有限公司', '股份有限公司'])}"
                 for _ in range(2000)]
    people = _names(rnd, 5000)
    chars = [chr(c) for c in (rnd.randrange(0x20, 0x2FFFF) for _ in range(size)) if not 0xD800 <= c < 0xE000]
    return {
        # a whole month of a paper in one file
        "month": _fill(lambda i: ARTICLE.replace("3月5日", f"3月{i % 28 + 1}日"), size),
        # an OCR dump: one sentence again and again, no punctuation, no line breaks
        "unpunctuated": _fill(lambda i: SENTENCE, size),
        "one-char-lines": _fill(lambda i: SENTENCE[i % len(SENTENCE)] + "\n", size),
        "company-list": _fill(lambda i: companies[i % len(companies)] + "、", size),
        "name-list": "出席会议的有：" + _fill(lambda i: people[i % len(people)] + "、", size),
        "titled-names": _fill(lambda i: f"副市长{people[i % len(people)]}，", size),
        "brackets-quotes": _fill(lambda i: "（“《【" * 3 + "市委书记王建国" + "】》”）" * 2, size),
        "digits-amounts": _fill(lambda i: f"{rnd.randrange(10**12)}总投资{rnd.randrange(1000)}.{i % 10}亿元、", size),
        "dates": _fill(lambda i: f"{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日上午，", size),
        "mixed-scripts": _fill(lambda i: f"Mayor 王建国 (Wang Jianguo) 主持 ABC公司 Ltd. {i} ", size),
        "random-unicode": "".join(chars),
        "html-line": "<html><body><p>" + _fill(lambda i: f"<span class=\"c{i}\">市长{people[i % len(people)]}</span>", size)
                     + "</p></body></html>",
    }


RUN = r"""
import json, sys, time
from pathlib import Path
from kg.pipeline.read import read_page
from kg.pipeline.normalise import normalise
from kg.pipeline.split import split
from kg.pipeline.extract import extract_page
from kg.pipeline.extract.ner import backend
from kg.records import Page, Source
path, ner = Path(sys.argv[1]), sys.argv[2]
src = Source(path=path.name, city="聊城市")
finder = backend(ner)
extract_page(split(normalise(Page(src, "市长王建国主持会议。", "utf-8"))), finder)     # loads models and lexicons
t = time.perf_counter()
page = read_page(path, path.parent, {src.path: src})
records = extract_page(split(normalise(page)), finder)
print(json.dumps({"seconds": time.perf_counter() - t, "chars": len(page.raw)}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,1M")
    ap.add_argument("--shapes", default="")
    ap.add_argument("--ner", default="lac")
    ap.add_argument("--limit", type=float, default=120.0)
    a = ap.parse_args()
    sizes = [s for s in a.sizes.split(",") if s]
    wanted = set(filter(None, a.shapes.split(",")))
    table: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            for shape, text in shapes(SIZES[size]).items():
                if wanted and shape not in wanted:
                    continue
                f = Path(tmp) / (f"{shape}.html" if shape == "html-line" else f"{shape}.txt")
                f.write_text(text, encoding="utf-8", errors="surrogatepass")
                try:
                    p = subprocess.run([sys.executable, "-c", RUN, str(f), a.ner], capture_output=True, text=True,
                                       timeout=a.limit, cwd=ROOT)
                    if p.returncode:
                        cell = "error: " + (p.stderr.strip().splitlines() or ["?"])[-1][:80]
                    else:
                        r = json.loads(p.stdout.strip().splitlines()[-1])
                        cell = f"{r['seconds']:8.2f} s {r['seconds'] / max(1, r['chars']) * 1e6:7.1f} µs/char"
                except subprocess.TimeoutExpired:
                    cell = f">{a.limit:.0f} s"
                table.setdefault(shape, {})[size] = cell
                print(f"{shape:16} {size:>5}  {cell}")
    print()
    print("| shape | " + " | ".join(sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for shape, row in table.items():
        print(f"| {shape} | " + " | ".join(row.get(s, "").strip() for s in sizes) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
