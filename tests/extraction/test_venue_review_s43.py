"""Second review of a venue written after its town (invented lines): a place glued to the venue in one
word cuts it off only when a venue's head alone follows it there; the town is read as the article's
region places it, not as any far homonym; a company's facility is cut from its town only when the company
has a trade name of its own; honour titles and a union's 职工之家 are no company facility, and a
facility, a Place, is no unit of its company."""

from tests.stated import stated_facts
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import _venue_after_its_town, extract_article
from uniongraph.model import Article


def _held_at(body: str) -> set[str]:
    return {t for _, r, t in stated_facts(body) if r == "heldAt"}


def _entities(body: str, region: str | None = None) -> set[tuple[str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"), region=region)
    return {(m.type, m.name) for m in art.mentions}


def test_a_place_opening_a_longer_proper_word_keeps_the_venue_whole():
    for venue in ("黄冈市黄梅戏艺术中心", "武汉市武昌鱼文化中心", "郑州市金水湾会议中心", "广州市天河城会议中心"):
        assert _held_at(f"全市职工戏曲展演在{venue}开幕。") == {venue}, venue
    # (a venue's head alone after the place in its word: the venue named by the place, cut)
    assert _held_at("第五届全市职工运动会开幕式在广州市天河体育中心举行。") == {"天河体育中心"}


def test_a_far_homonym_of_the_town_is_no_reading_of_it():
    for venue in ("朝阳区长春藤职工之家", "朝阳区四季长春职工之家", "通州区南通路职工之家", "普陀区浙江会议中心",
                  "铁西区四平职工之家", "宝山区黑龙江会议中心"):
        assert _held_at(f"2026年全区职工运动会在{venue}开幕。") == {venue}, venue
    lex = load_lexicons()
    assert _venue_after_its_town("长安区西安体育中心", lex) is None  # (石家庄's 长安区, the first)
    assert _venue_after_its_town("长安区西安体育中心", lex, "西安市") == (3, 3)  # in a report of 西安
    assert _venue_after_its_town("普陀区浙江会议中心", lex, "浙江省") == (3, 3)  # 舟山's 普陀区


def test_honour_titles_and_a_unions_home_are_no_company_facility():
    for body in ("市总工会为华星机械有限公司模范职工之家授牌。", "华星机械有限公司省级模范职工之家创建经验交流会在公司召开。",
                 "市总工会到华星机械有限公司职工之家开展送温暖活动。"):
        assert not {f for f in stated_facts(body) if f[1] == "subOrganizationOf"}, body
        assert not {n for t, n in _entities(body) if t == "Place"}, body
    found = _entities("全县职工读书分享会在浠水县华星机械有限公司工会职工之家举行。")
    assert ("TradeUnion", "浠水县华星机械有限公司工会") in found
    assert ("Organization", "华星机械有限公司职工文化中心") in _entities("华星机械有限公司职工文化中心组织开展了职工读书月活动。")


def test_a_facility_is_no_unit_of_its_company():
    facts = stated_facts("2026年全区职工读书分享会在江岸区华星机械有限公司职工活动中心举行。")
    assert ("2026年全区职工读书分享会", "heldAt", "华星机械有限公司职工活动中心") in facts
    assert not {f for f in facts if f[1] == "subOrganizationOf"}


def test_a_towns_company_of_trade_words_alone_keeps_its_facility_whole():
    lex = load_lexicons()
    for name in ("浠水县城市建设投资有限公司职工活动中心", "黄冈市城投集团有限公司职工活动中心"):
        assert _venue_after_its_town(name, lex) is None, name
    assert _venue_after_its_town("浠水县华星机械有限公司职工活动中心", lex) == (3, 3)
