"""A bank's 营业部 named by the place it serves is one name, as its 分行 is (中国人民银行四川德阳市分行):
orgs once defined its list of branch heads twice, and the second, shorter list shadowed the first.
Invented sentences."""

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions}


def test_a_banks_business_department_named_by_its_city_is_one_name() -> None:
    names = _names("交通银行广州市营业部副经理陈凯出席会议。")
    assert "交通银行广州市营业部" in names
    assert "广州市营业部" not in names


def test_a_banks_unit_with_a_name_of_its_own_is_still_cut() -> None:
    # 信贷部 is no place-named branch: the bank and its unit stay apart as before
    assert "交通银行广州市营业部信贷部" not in _names("交通银行广州市营业部信贷部主任陈凯出席会议。")
