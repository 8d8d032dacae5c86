"""A company whose registered name opens with a province, written after the town or zone it is in
(invented lines): the province places it too; a municipality (上海) or a city (宝鸡) opening the name
does not, the area written before it does."""

from tests.stated import stated_facts


def _tails(facts, company_word):
    return {t for h, r, t in facts if r == "locatedIn" and company_word in h}


def test_province_kept_beside_the_zone_before_it():
    tails = _tails(stated_facts("当天，检查组来到青溪经济开发区的湖北华光电子有限公司，查看农民工工资支付情况。"), "华光电子")
    assert "青溪经济开发区" in tails
    assert any(t.startswith("湖北") for t in tails)


def test_province_kept_beside_the_town_before_it():
    tails = _tails(stated_facts("宣讲团走进中宁县石桥镇的宁夏红源枸杞科技有限公司，为职工宣讲政策。"), "红源枸杞")
    assert "石桥镇" in tails
    assert any(t.startswith("宁夏") for t in tails)


def test_no_municipality_beside_the_district_before_it():
    tails = _tails(stated_facts("在位于宝山区的上海宏江机械有限公司车间里，焊花飞溅。"), "宏江机械")
    assert not any(t.startswith("上海") for t in tails)


def test_no_city_beside_the_town_before_it():
    tails = _tails(stated_facts("学员们走进岐山县蔡家坡镇宝鸡秦川齿轮有限公司现场观摩。"), "秦川齿轮")
    assert "蔡家坡镇" in tails
    assert not any(t.startswith("宝鸡") for t in tails)
