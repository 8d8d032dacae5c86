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
