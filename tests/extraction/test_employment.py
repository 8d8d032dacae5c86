"""worksFor read from how news names a person's workplace (sentences written for the tests,
names invented): a worker noun after the body, 从…下岗的, 现任…的, 在…当, 原是…的."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def found(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions}, {(r.head, r.relation, r.tail) for r in art.relations}


@pytest.mark.parametrize("body, fact", [
    ("海河重型机械厂下岗职工赵立新说，日子一天天好了。", ("赵立新", "worksFor", "海河重型机械厂")),
    ("南岭电工总厂的老劳模钱国华介绍了经验。", ("钱国华", "worksFor", "南岭电工总厂")),
    ("工厂请来了长乐纺织集团退休职工孙建军和李秀英。", ("李秀英", "worksFor", "长乐纺织集团")),
    ("１９９６年从平安机床厂下岗的周国强开了一家小店。", ("周国强", "worksFor", "平安机床厂")),
    ("现任长乐街道东风居委会副主任的吴丽华说。", ("吴丽华", "worksFor", "长乐街道东风居委会")),
    ("郑建平原在海河远洋渔业公司当车间主任。", ("郑建平", "worksFor", "海河远洋渔业公司")),
    ("王海涛原是平安矿务局的采煤班长。", ("王海涛", "worksFor", "平安矿务局")),
    ("南岭佳林实业集团总经理陈立明发言。", ("陈立明", "worksFor", "南岭佳林实业集团")),
    ("开封纱嫂快餐店经理刘晓燕发言。", ("刘晓燕", "worksFor", "开封纱嫂快餐店")),
])
def test_workplace_is_read(body, fact):
    names, facts = found(body)
    assert fact in facts


@pytest.mark.parametrize("body, person, org", [
    ("海河重型机械厂为下岗职工赵立新送去慰问金。", "赵立新", "海河重型机械厂"),       # a beneficiary
    ("从平安机床厂回来的周国强说。", "周国强", "平安机床厂"),                       # came back from
    ("郑建平在海河远洋渔业公司当天召开的会上发言。", "郑建平", "海河远洋渔业公司"),  # 当天 is no post
    ("现任长乐街道东风居委会的吴丽华说。", "吴丽华", "长乐街道东风居委会"),         # no post named
])
def test_no_workplace_without_the_construction(body, person, org):
    names, facts = found(body)
    assert {person, org} <= names  # the names themselves were found
    assert (person, "worksFor", org) not in facts


@pytest.mark.parametrize("body, fact", [
    ("海河宝江钢结构工程有限公司近日扩建。今年52岁的徐建明是该公司焊接首席技师。",
     ("徐建明", "worksFor", "海河宝江钢结构工程有限公司")),
    ("南岭市职工心理健康服务中心正式运行。中心负责人冯雪梅介绍，已接待职工300人次。",
     ("冯雪梅", "worksFor", "南岭市职工心理健康服务中心")),
])
def test_workplace_named_by_a_reference_back(body, fact):
    names, facts = found(body)
    assert fact in facts


def test_a_bare_head_without_a_title_refers_to_nothing():
    names, facts = found("南岭市职工心理健康服务中心正式运行。会议由中心主持，冯雪梅介绍了情况。")
    assert ("冯雪梅", "worksFor", "南岭市职工心理健康服务中心") not in facts


def test_elected_to_a_post_of_the_union_just_reported():
    body = "南岭县总工会召开第十六次代表大会。大会选举产生了新一届委员会，赵立新、钱国华当选副主席。"
    names, facts = found(body)
    assert ("赵立新", "worksFor", "南岭县总工会") in facts
    assert ("钱国华", "worksFor", "南岭县总工会") in facts


def test_elected_to_an_honour_is_no_post():
    names, facts = found("南岭县总工会召开大会。赵立新当选全国劳动模范。")
    assert "赵立新" in names
    assert not {f for f in facts if f[0] == "赵立新"}


def test_a_bare_kind_word_refers_to_the_workplace_just_named():
    names, facts = found("南岭机床厂是骨干企业。工厂退休职工郭建平说，日子好了。")
    assert ("郭建平", "worksFor", "南岭机床厂") in facts
