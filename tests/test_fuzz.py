"""Property-based tests of each stage on generated pages (tests/fuzzpages.py says what is generated
and what is checked).  Derandomized: the same cases on every run; bench/fuzz.py runs 10,000+."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzpages import check_page, check_records, check_text, news_texts, page_inputs
from kg.pipeline.extract import extract_page
from kg.pipeline.extract.ner import backend
from kg.pipeline.normalise import normalise
from kg.pipeline.read import InputError, decode
from kg.pipeline.split import split
from kg.records import Page, Source

CI = settings(derandomize=True, deadline=None, database=None, print_blob=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PAGE_SECONDS = 10.0     # any generated page (a few kB) takes well under a second; the build's limit is 60 s


@settings(CI, max_examples=150)
@given(page_inputs())
def test_reading_and_normalising_any_bytes(case):
    """Bytes in any encoding, cut anywhere: an InputError naming the page, or text that is the
    file decoded and a normalised text that maps back into it."""
    try:
        text, encoding = decode(case.data, "page.txt")
    except InputError as exc:
        assert str(exc).startswith("page.txt: ") and "\n" not in str(exc)
        return
    page = Page(Source("page.txt"), text, encoding)
    check_text(page, normalise(page))


@settings(CI, max_examples=100)
@given(news_texts(), st.sampled_from([None, "聊城市"]))
def test_splitting_and_extracting_news_like_text(text, city):
    page = Page(Source("page.txt", city=city), text, "utf-8")
    t0 = time.perf_counter()
    pr = extract_page(split(normalise(page)), backend("lac"))
    assert time.perf_counter() - t0 < PAGE_SECONDS
    check_records(pr)


@settings(CI, max_examples=80)
@given(page_inputs())
def test_the_whole_page_work(case):
    """Read -> extract, the records the build writes, the page's graph and its evidence."""
    r = check_page(case)
    assert r.seconds < PAGE_SECONDS


@settings(CI, max_examples=20)
@given(page_inputs())
def test_the_same_page_gives_the_same_records(case):
    check_page(case, twice=True)


def test_the_checks_find_an_evidence_span_that_is_not_a_sentence():
    """check_records fails on a span shifted by one character (the property can fail)."""
    from dataclasses import replace

    import pytest
    page = Page(Source("page.txt", city="聊城市"), "本报讯 3月5日，市委书记王建国主持召开市委常委会会议。\n", "utf-8")
    pr = extract_page(split(normalise(page)), backend("lac"))
    ar = pr.articles[0]
    assert ar.meetings
    m = ar.meetings[0]
    bad = replace(m, evidence=(replace(m.evidence[0], start=m.evidence[0].start + 1),))
    with pytest.raises(AssertionError):
        check_records(replace(pr, articles=(replace(ar, meetings=(bad,)),)))
