"""Phrases that name no one body: every body of a kind in an area (全镇中小学, 全区公立医院), a body
counted after its place (某省一所职业学院), an award a place gives (“某市五一劳动奖章”); and a
committee's term before its name (新一届…委员会). Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def bodies(body: str) -> set[str]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.text for m in article.mentions if m.type in ("Organization", "Company", "TradeUnion", "Federation")}


def test_every_school_or_hospital_of_an_area_is_no_body():
    assert not any("中小学" in b for b in bodies("镇总工会将在全镇中小学推广这一做法。"))
    assert not any("医院" in b for b in bodies("卫健委将在全市公立医院推行这项制度。"))
    assert "全国总工会" in bodies("全国总工会副主席欧阳明出席会议。")  # 全国 names the national body


def test_a_body_counted_after_its_place_is_none():
    assert not any("学院" in b for b in bodies("2010年，她从河北一所师范学院毕业后回到家乡任教。"))
    assert any(b.endswith("职业学院") for b in bodies("2010年，她从河北燕赵职业学院毕业后回到家乡任教。"))


def test_an_award_a_place_gives_is_no_body():
    assert not any(b.endswith("奖章") for b in bodies("第一名将由市总工会推荐申报“扬州市五一劳动奖章”，前三名晋级。"))


def test_a_committees_term_is_no_part_of_its_name():
    found = bodies("会议还选举产生了新一届公司劳动争议调解委员会，质检科科长欧阳明当选主任。")
    assert not any(b.startswith("新一届") for b in found)
    assert "公司劳动争议调解委员会" in found
