"""一次 before an event (举办了一次“…”活动) is no part of its name; a count of more names a series
and is left alone (stop 38; sentences and names invented, in the style of People's Daily reports
of 1998)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.name for m in art.mentions if m.type == "Event"}


def test_one_time_left_out():
    assert "当代企业改革征文活动" in _events("最近南岭市体改委与南岭商城联手举办了一次“当代企业改革征文”活动。")
    assert ("南岭市总工会", "organizes", "全市职工技能大赛推进会") in facts("南岭市总工会召开了一次全市职工技能大赛推进会。")


def test_a_series_is_not_the_first_edition():
    got = facts("１９８５年，他在南岭举办第一次个人画展，以后在海河、东湖等地举办了十二次个人画展。")
    assert ("第一次个人画展", "heldAt", "南岭") in got
    assert not any(h == "第一次个人画展" and t in ("海河", "东湖") for h, r, t in got)


@pytest.mark.parametrize("body, name", [
    ("南岭市第一次职工代表大会今天召开。", "南岭市第一次职工代表大会"),  # an ordinal (第…次) is the name's
    ("党的第十五次全国代表大会在京召开。", "党的第十五次全国代表大会"),
])
def test_ordinal_sessions_kept(body, name):
    assert name in _events(body)
