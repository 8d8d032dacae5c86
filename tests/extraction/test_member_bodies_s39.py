"""Bodies that enter another as its members (某仲裁院、某法律援助中心和某律师事务所作为成员单位入驻中心):
each listed body is memberOf the one entered, named or written by its kind alone. Sentences invented
for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def members(body: str) -> set[tuple[str, str]]:
    article = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.tail) for r in article.relations if r.relation == "memberOf"}


def test_listed_bodies_enter_a_centre_written_by_its_kind():
    found = members("12月3日，保定市劳动人事争议联合调解中心揭牌。保定市劳动人事争议仲裁院、保定市法律援助中心和"
                    "河北燕赵律师事务所作为成员单位入驻中心。")
    centre = "保定市劳动人事争议联合调解中心"
    assert {("保定市劳动人事争议仲裁院", centre), ("保定市法律援助中心", centre)} <= found
    assert any(head.endswith("燕赵律师事务所") and tail == centre for head, tail in found)


def test_companies_join_an_association_named_after_the_verb():
    found = members("南岭市快递协会成立，南岭顺达物流有限公司和南岭迅捷快递有限公司作为首批会员单位加入南岭市快递协会。")
    assert any(h.endswith("顺达物流有限公司") and t == "南岭市快递协会" for h, t in found)
    assert any(h.endswith("迅捷快递有限公司") and t == "南岭市快递协会" for h, t in found)


def test_a_guiding_body_is_no_member():
    assert members("南岭市快递协会成立，南岭市总工会作为指导单位入驻协会。") == set()


def test_two_bodies_of_the_kind_named_before_leave_the_host_unread():
    text = ("南岭市职工服务中心和南岭市法律服务中心同日揭牌。南岭顺达物流有限公司作为成员单位入驻中心。")
    assert members(text) == set()
