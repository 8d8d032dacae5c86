"""worksFor of a speaker whose body alone, or whose body and first title of several, stand in
brackets after the name (曹某（甘肃省畜牧局）：…; 杨某（中央电视台台长、《某剧》总监制）：…), as forum
transcripts print them (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, fact", [
    ("赵立新（甘肃省畜牧局）：八十年代以前，菜篮子很单纯。", ("赵立新", "worksFor", "甘肃省畜牧局")),
    ("钱国华（海河电视台台长、《春潮》总监制）：这部剧很好看。", ("钱国华", "worksFor", "海河电视台")),
])
def test_the_body_in_brackets_after_the_name(body, fact):
    assert fact in facts(body)


def test_no_post_from_a_bare_bracket_before_said():
    # 赵某（海河机床厂）说: the bracket may only say where the report found him (a colon is a speaker's)
    assert ("赵立新", "worksFor", "甘肃省畜牧局") not in facts("赵立新（甘肃省畜牧局）说，菜篮子很单纯。")


def test_no_post_from_a_bracket_of_two_bodies():
    # two bodies in the bracket: which one the speaker works for is not said
    assert ("赵立新", "worksFor", "甘肃省畜牧局") not in facts("赵立新（甘肃省畜牧局和海河市农业局）：菜篮子很单纯。")
