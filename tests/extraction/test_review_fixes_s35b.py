"""Defects a reviewer proved in stop 35's entity rules, each on invented sentences, with a check
that the rule still fires where it should."""

from uniongraph.extraction.pipeline import extract_text


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(text).mentions]


def names(text: str) -> list[str]:
    return [m.name for m in extract_text(text).mentions]


def located(text: str) -> set[tuple[str, str]]:
    return {(r.head, r.tail) for r in extract_text(text).relations if r.relation == "locatedIn"}


# 1. a level character opening the next place is no town (aliases._places_opening)

def test_a_level_opening_the_next_place_is_no_town():
    found = names("浙江省台州市镇海区海青塑机有限公司职工王小强获奖。")
    assert "台州市镇" not in found and "海区海青塑机有限公司" not in found
    found = names("江苏省常州市镇江路小学的学生参加了活动。")
    assert "常州市镇" not in found
    found = names("浙江台州镇海炼化公司职工张小伟说。")
    assert "台州镇" not in found


def test_a_town_named_like_a_place_still_read_whole():
    assert "河北镇" in names("北京市顺义区河北镇永达纸业有限公司职工李明获奖。")
