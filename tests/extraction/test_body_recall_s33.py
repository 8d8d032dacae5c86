"""Bodies before a post title that were not recognised (issue #13): standing short names of
national bodies, and the heads of named bodies. Sentences written for the tests, names invented."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations}


def bodies(body: str) -> set[str]:
    return {m.canonical or m.name for m in _article(body).mentions if m.type not in ("Person", "Place", "Event")}


@pytest.mark.parametrize("body, person, org", [
    ("贸促会会长龙海涛、外交部副部长甘立明参加了会见。", "龙海涛", "中国国际贸易促进委员会"),
    ("中科院院士屈文川今天为获奖学生颁奖。", "屈文川", "中国科学院"),
])
def test_a_standing_short_name_before_a_title_employs_the_person(body, person, org):
    assert (person, "worksFor", org) in facts(body)


@pytest.mark.parametrize("body, full", [
    ("当地外贸促会展经济发展。", "中国国际贸易促进委员会"),
    ("这所高中科院校合作办学。", "中国科学院"),
])
def test_a_standing_short_name_inside_other_words_is_none(body, full):
    assert full not in bodies(body)
