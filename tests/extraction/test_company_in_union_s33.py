"""A company named in full only inside its union's name (invented sentences)."""

from uniongraph.extraction.aliases import abbreviates
from uniongraph.extraction.pipeline import extract_text


def entities(text: str) -> dict[str, str]:
    article = extract_text(text)
    return {(m.canonical or m.name): m.type for m in article.mentions}


def test_the_company_written_short_elsewhere_is_the_company():
    text = ("12月1日，苏州云岚光电科技有限公司工会成立大会在公司召开。"
            "云岚光电成立于2016年，是一家从事激光器件研发的企业。")
    found = entities(text)
    assert found.get("苏州云岚光电科技有限公司") == "Company"
    assert found.get("苏州云岚光电科技有限公司工会") == "TradeUnion"


def test_a_company_only_inside_its_unions_name_stays_unnamed():
    text = "12月1日，苏州云岚光电科技有限公司工会成立大会在公司召开，会员代表80人出席。"
    assert "苏州云岚光电科技有限公司" not in entities(text)


def test_the_short_union_is_the_union():
    assert abbreviates("云岚光电工会", "苏州云岚光电科技有限公司工会")
    text = ("12月1日，苏州云岚光电科技有限公司工会成立。区总工会为云岚光电工会授牌。")
    assert "苏州云岚光电科技有限公司" not in entities(text)  # (云岚光电 before 工会 names the union)


def test_a_trade_without_a_trade_name_is_no_short_form():
    # 机械制造 is the trade of 东莞机械制造有限公司, written again as the company's line of work
    text = "东莞机械制造有限公司工会今天成立。该公司主要从事机械制造，职工三百余人。"
    found = entities(text)
    assert "东莞机械制造有限公司" not in found and "机械制造" not in found
    text = "南岭建筑工程有限公司工会召开会员大会。近年来，全市建筑工程质量稳步提高。"
    assert "南岭建筑工程有限公司" not in entities(text)


def test_a_short_form_before_a_field_word_names_the_trade():
    # 云岚光电 has a trade name, but 云岚光电行业 is no mention of the company
    text = "苏州云岚光电科技有限公司工会成立。全市云岚光电行业发展迅速。"
    assert "苏州云岚光电科技有限公司" not in entities(text)
    text = "苏州海鸥精密电子有限公司工会成立。海鸥精密电子去年产值过亿。"
    assert entities(text).get("苏州海鸥精密电子有限公司") == "Company"


def test_the_legal_form_a_short_name_leaves_off_is_one_pattern():
    # (trade_names.COMPANY_FORM: 发展 and 技术 before the form are left off by a short union name too)
    assert abbreviates("鸿远集团工会", "鸿远发展（集团）有限公司工会")
    assert abbreviates("鸿远公司", "鸿远技术有限公司")
    assert not abbreviates("鸿远银行", "鸿远发展有限公司")
