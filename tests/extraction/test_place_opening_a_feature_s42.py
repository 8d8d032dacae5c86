"""A name after a place whose next characters the tokenizer reads as a river, a lake or a mountain
(辽源市|东|辽河…): the place's short form the gazetteer finds there (东辽, a county) opens the feature's
name, so it is no place of the name's run and the name is not cut inside the feature
(stop 42; names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wrong_head", [
    ("辽源市东辽河电力工程有限公司的职工参加了比赛。", "河电力工程有限公司"),
    ("辽源市东辽河水务有限公司的职工参加了比赛。", "河水务有限公司"),
])
def test_name_not_cut_inside_a_feature(body, wrong_head):
    got = facts(body)
    assert not any(h == wrong_head for h, _, _ in got)
    assert not any(r == "locatedIn" and t.startswith("东辽") for _, r, t in got)


def test_county_with_its_level_still_places():
    # the county written with its level (东辽县) is no feature's opening: the run of places goes through it
    assert any(r == "locatedIn" and t == "东辽县" for _, r, t in facts("辽源市东辽县电力工程有限公司的职工参加了比赛。"))
