"""Phrasings of holding a post in a body that the career reader missed: 担任…职务 / …一职, a year
before 任, 兼任, and a post set beside the name after a comma (赵某，原某县委书记). Invented sentences."""

from __future__ import annotations

import pytest

from tests.stated import stated_facts


@pytest.mark.parametrize(("body", "fact"), [
    ("赵立新担任合肥机床厂总经理职务。", ("赵立新", "worksFor", "合肥机床厂")),
    ("赵立新任合肥机床厂总经理一职。", ("赵立新", "worksFor", "合肥机床厂")),
    ("赵立新于１９９０年任合肥机床厂厂长。", ("赵立新", "worksFor", "合肥机床厂")),
    ("赵立新兼任合肥机床厂厂长。", ("赵立新", "worksFor", "合肥机床厂")),
    ("赵立新，原砀山县委书记，现在退休在家。", ("赵立新", "worksFor", "砀山县委")),
])
def test_a_post_held_in_the_body(body, fact):
    assert fact in stated_facts(body)


@pytest.mark.parametrize(("body", "fact"), [
    # a year and a move to the body, no post: no post is read
    ("赵立新１９９０年到合肥机床厂参观。", ("赵立新", "worksFor", "合肥机床厂")),
    # the post beside the name is someone else's: 原…厂长钱国华的儿子
    ("赵立新，原合肥机床厂厂长钱国华的儿子，今年二十岁。", ("赵立新", "worksFor", "合肥机床厂")),
])
def test_no_post_of_this_person(body, fact):
    assert fact not in stated_facts(body)
