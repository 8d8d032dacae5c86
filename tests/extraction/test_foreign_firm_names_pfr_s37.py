"""A company written after a foreign country is named without it when a trade name (字号) of
ordinary words follows the country (日本|日立公司 → 日立公司 locatedIn 日本; the People's Daily
golds split a country off its firms); a body of the country's state (国家…银行) or a trade and a
form alone (电信公司) keeps the country in its name (stop 37; sentences and names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, firm, country", [
    ("海河电梯公司去年与日本松川公司合资。", "松川公司", "日本"),
    ("南岭机床厂与德国大众汽车股份公司签订了协议。", "大众汽车股份公司", "德国"),
    ("美国联邦快递公司董事长约翰·布朗今天抵达南岭。", "联邦快递公司", "美国"),
])
def test_country_split_off_a_firm_with_a_trade_name(body, firm, country):
    assert (firm, "locatedIn", country) in facts(body)


def test_the_firms_officer_works_for_the_name_without_the_country():
    got = facts("美国联邦快递公司董事长约翰·布朗今天抵达南岭。")
    assert ("约翰·布朗", "worksFor", "联邦快递公司") in got
    assert ("约翰·布朗", "worksFor", "美国联邦快递公司") not in got


@pytest.mark.parametrize("body, kept", [
    # a trade and a form alone: the country's own carrier or operator, named by the country
    ("海河电梯公司与日本电信公司签订了协议。", "电信公司"),
    ("泰国国际航空公司开通了南岭航线。", "国际航空公司"),
    # the state's own bank (国家 opens it): no trade name
    ("印度尼西亚国家贸易银行宣布停业。", "国家贸易银行"),
])
def test_country_kept_without_a_trade_name(body, kept):
    assert not any(h == kept and r == "locatedIn" for h, r, _ in facts(body))
