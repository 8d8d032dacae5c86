"""A short form in a person's title chain (区总工会, 市总工会) is the body of the place the chain
or its sentence has just named, not the story's home (stop 38; sentences and names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted, unwanted", [
    # 蓝田区政协副主席、区总工会主席: the district of the link before
    ("12月5日，江海市青石区总工会与蓝田区总工会召开联席会议。蓝田区政协副主席、区总工会主席王大明出席。",
     ("王大明", "worksFor", "蓝田区总工会"), ("王大明", "worksFor", "青石区总工会")),
    # the city whose federation the sentence named just before
    ("12月5日，江海市总工会在青石县召开会议。12月6日，青石市总工会在青石宏达火腿食品有限公司为新命名的工作室授牌，"
     "市总工会主席朱小萍和公司董事长浦大勇共同揭牌。",
     ("朱小萍", "worksFor", "青石市总工会"), ("朱小萍", "worksFor", "江海市总工会")),
])
def test_short_form_of_the_place_just_named(body, wanted, unwanted):
    found = facts(body)
    assert wanted in found
    assert unwanted not in found


def test_a_clause_between_is_no_title_chain():
    # 蓝田区政协组织…，区总工会主席: a clause, not a title, comes between: no reading from it
    found = facts("12月5日，青石区总工会召开会议。蓝田区政协组织委员视察，区总工会主席王大明陪同。")
    assert ("王大明", "worksFor", "蓝田区总工会") not in found
