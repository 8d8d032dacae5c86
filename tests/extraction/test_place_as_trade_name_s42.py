"""A registered name province + place + trade word + form (云南|永昌|铝业|有限公司): with no trade name
of its own after it, and the second place not inside the province by the gazetteer (永昌县 is in 甘肃),
the second place is the trade name (字号) and the province says where the company is; the trade words
that tell it are data (``lexicons/industry_words.txt``). A second place inside the province
(吉林|东丰, 湖南|邵东) is where the company is (fix of stop 42: test_places_fixes_s42).
Where a trade name of its own follows (湖北|麻城|华屹|石材), the nearer place stays where it is
(stop 42; names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    ("云南永昌铝业有限公司的职工参加了比赛。", ("云南永昌铝业有限公司", "locatedIn", "云南")),
    ("湖南永昌丝业有限公司的职工参加了比赛。", ("湖南永昌丝业有限公司", "locatedIn", "湖南")),
])
def test_place_before_a_bare_trade_word_is_the_trade_name(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, wrong", [
    ("云南永昌铝业有限公司的职工参加了比赛。", ("云南永昌铝业有限公司", "locatedIn", "永昌")),
    ("湖南永昌丝业有限公司的职工参加了比赛。", ("湖南永昌丝业有限公司", "locatedIn", "永昌")),
])
def test_trade_name_place_is_not_where_it_is(body, wrong):
    assert wrong not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    # a trade name of its own after the county (华屹, 金穗): the county is where it is, not the trade name
    ("湖北麻城华屹石材股份有限公司的职工参加了比赛。", ("湖北麻城华屹石材股份有限公司", "locatedIn", "麻城")),
    ("南京金穗铝业有限公司的职工参加了比赛。", ("金穗铝业有限公司", "locatedIn", "南京")),  # (one place: the name cut)
])
def test_own_trade_name_keeps_the_nearer_place(body, wanted):
    assert wanted in facts(body)
