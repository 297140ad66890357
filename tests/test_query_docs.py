"""queries/README.md documents every saved query, and its generator runs on the seed build."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.graph import query
from kg.outputs.query_docs import example_params, markdown

README = Path(__file__).resolve().parent.parent / "queries" / "README.md"
QUERIES = sorted(query.saved_queries())


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^## ", text, flags=re.M)[1:]
    return {p.split("\n", 1)[0].strip(): p for p in parts}


def test_there_are_at_least_fourteen_saved_queries():
    assert len(QUERIES) >= 14


@pytest.mark.parametrize("name", QUERIES)
def test_readme_documents_the_query(name):
    doc = sections(README.read_text(encoding="utf-8"))
    assert name in doc, f"queries/README.md lacks {name}; run python -m kg.outputs.query_docs"
    q = query.get(name)
    body = doc[name]
    assert q.question_zh in body and q.question_en in body
    for p in q.params:
        assert f"| `{p.name}` | {p.type} |" in body
    assert q.example and q.example in body
    assert re.search(r"^\d+ rows?", body, flags=re.M), "no example output"
    assert "\n| " in body.split(q.example, 1)[1], "the example shows no row"


def test_readme_documents_nothing_else():
    assert set(sections(README.read_text(encoding="utf-8"))) == set(QUERIES)


@pytest.mark.parametrize("name", QUERIES)
def test_example_takes_the_query_parameters(name):
    q = query.get(name)
    assert set(example_params(q)) <= {p.name for p in q.params}


def test_generated_text_has_a_section_with_rows_for_every_query(seed_build):
    text = markdown(seed_build[0] / "store")
    doc = sections(text)
    assert set(doc) == set(QUERIES)
    for name, body in doc.items():
        n = int(re.search(r"^(\d+) rows?", body, flags=re.M).group(1))
        assert n >= 1, f"{name}: its example answers nothing on the seeds"
