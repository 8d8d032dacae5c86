"""Which mentions are one entity and which written form names it (invented lines): a town named
like a city (石门|镇中心小学), the parent a unit is written after (宁夏某煤业有限责任公司|综采队, 某城市医院|
儿科), and a union named through 该 (该公司工会主席某)."""

from uniongraph.extraction.aliases import leading_places
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

from tests.stated import stated_facts


def _mentions(body: str) -> list[tuple[str, str, str | None]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return [(m.text, m.type, m.canonical) for m in art.mentions]


# --- a town named like a city ------------------------------------------------------------------

def test_a_city_short_form_with_zhen_opening_a_name_is_a_town():
    lex = load_lexicons()
    assert leading_places("黄石镇中心小学", lex) == ["黄石镇"]
    assert leading_places("永平乡卫生院", lex) == ["永平乡"]


def test_the_town_after_a_county_places_the_school_in_the_county_not_the_city():
    facts = stated_facts("青田县黄石镇中心小学教师陈雨欣获得市级表彰。")
    assert not any(r == "locatedIn" and t == "黄石" for _, r, t in facts)


def test_no_town_where_the_level_character_opens_a_word():
    lex = load_lexicons()
    assert leading_places("北京乡村旅游协会", lex) == ["北京"]
    assert leading_places("中国乡镇企业协会", lex) == ["中国"]
    assert leading_places("宁波镇海炼化公司", lex) == ["宁波", "镇海"]


# --- the parent a unit is written after -------------------------------------------------------

def test_a_short_form_fitting_the_nested_company_and_its_unit_is_the_companys():
    ms = _mentions("全国劳动模范、原宁夏恒安煤业有限责任公司二矿综采队队长马国梁同志因病逝世。"
                  "马国梁同志先后在恒安煤业公司二矿任采煤工。")
    short = [c for t, ty, c in ms if t == "恒安煤业公司"]
    full = [c for t, ty, c in ms if t == "宁夏恒安煤业有限责任公司"]
    assert short and full and short[0] == full[0]


def test_a_short_form_of_the_unit_itself_is_still_read():
    # (only a unit nesting the candidate body is set aside; one body alone still takes the short form)
    ms = _mentions("宁夏恒安煤业有限责任公司职工马国梁荣获劳模称号。他先后在恒安煤业公司任掘进工。")
    assert ("恒安煤业公司", "Company", "恒安煤业有限责任公司") in ms


def test_a_common_noun_tagged_as_a_place_is_no_brand_after_a_city():
    facts = stated_facts("负责治疗的曼彻斯特城市医院儿科专家琼斯说，病情已经稳定。")
    assert ("曼彻斯特城市医院儿科", "subOrganizationOf", "曼彻斯特城市医院") in facts
    assert not any(t == "城市医院" for _, _, t in facts)


def test_a_brand_after_a_province_still_drops_the_place():
    facts = stated_facts("广东科龙公司经理王强说，今年订单增加。")
    assert ("科龙公司", "locatedIn", "广东") in facts


# --- a union named through 该 ---------------------------------------------------------------------

def test_gai_company_union_names_no_union_when_none_is_written():
    facts = stated_facts("宣讲团走进青溪华光电子有限公司。该公司工会主席王志强表示，将组织职工学习。")
    assert not any(h.endswith("工会") or t.endswith("工会") for h, _, t in facts)
    assert ("王志强", "worksFor", "青溪华光电子有限公司") in facts


def test_gai_project_union_names_no_union():
    facts = stated_facts("宣讲团走进青溪路桥公司城东项目部。该项目部工会主席王志强表示，将组织职工学习。")
    assert not any(t == "项目部工会" or h == "项目部工会" for h, _, t in facts)


def test_gai_union_is_the_union_the_article_writes():
    facts = stated_facts("青溪华光电子有限公司工会举办讲座。该公司工会主席王志强表示，将组织职工学习。")
    assert ("王志强", "worksFor", "青溪华光电子有限公司工会") in facts
    facts = stated_facts("青溪县城东商务楼宇联合工会成立。该联合工会主席王志强表示，将组织职工学习。")
    assert ("王志强", "worksFor", "青溪县城东商务楼宇联合工会") in facts


def test_a_bare_company_union_without_gai_is_still_the_companys_union():
    facts = stated_facts("宣讲团走进青溪华光电子有限公司。公司工会主席王志强表示，将组织职工学习。")
    assert ("王志强", "worksFor", "青溪华光电子有限公司工会") in facts


def test_gai_company_with_two_companies_in_reach_is_left_unread():
    facts = stated_facts("青溪华光电子有限公司与南岭顺达纸业有限公司签约。该公司工会主席王志强表示，将组织职工学习。")
    assert not any(h == "王志强" and t == "南岭顺达纸业有限公司" for h, _, t in facts)
    assert not any(t.endswith("工会") for _, _, t in facts)
