"""Relation patterns: one sentence that states the relation and one that must not, per pattern of
``extraction/relations.py``; then the inferred relations of a merged build.

Stated relations are read with :func:`extract_article` on articles built here (headline, a
newline, the body); their evidence must point into the article text. Inferred relations
(union of a company, district federation under the city's, organisation in a place) come from
``build_documents`` over ``read_text`` pages.
"""

from __future__ import annotations

import pytest

from uniongraph.build import build_documents
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article, KnowledgeGraph, Relation
from uniongraph.reading import read_text

TITLE = "工作动态"


def extract(body: str, title: str = TITLE) -> Article:
    art = Article(id="article/t-0", source="t.md", index=0, title=title, text=f"{title}\n{body}")
    return extract_article(art)


def find(art: Article, head: str, relation: str, tail: str) -> Relation | None:
    return next((r for r in art.relations if (r.head, r.relation, r.tail) == (head, relation, tail)), None)


def check_evidence(art: Article, rel: Relation) -> None:
    """Each evidence slices its sentence out of the article, and its spans are mentions of the ends."""
    assert rel.evidence
    for ev in rel.evidence:
        assert ev.article_id == art.id
        assert art.text[ev.sentence_start : ev.sentence_end] == ev.sentence
        assert any(s.start == ev.sentence_start and s.end == ev.sentence_end for s in art.sentences)
        for name, start, end in ((rel.head, ev.head_start, ev.head_end), (rel.tail, ev.tail_start, ev.tail_end)):
            m = next((m for m in art.mentions if (m.start, m.end) == (start, end)), None)
            assert m is not None and m.key == name, (name, start, end)
            assert art.text[start:end] == m.text
        # at least one end is named in the evidence sentence itself
        assert any(ev.sentence_start <= s and e <= ev.sentence_end
                   for s, e in ((ev.head_start, ev.head_end), (ev.tail_start, ev.tail_end)))


# (id, body, head, relation, tail, rule)
POSITIVE = [
    # organizes
    ("subject-org-verb-event", "杭州市总工会举办“劳模工匠进企业”活动。",
     "杭州市总工会", "organizes", "劳模工匠进企业活动", "subject-org-verb-event"),
    ("subject-after-time", "近日，宁波市总工会召开第三届职工代表大会。",
     "宁波市总工会", "organizes", "第三届职工代表大会", "subject-org-verb-event"),
    ("org-event-adjacent", "苏州市总工会“职工运动会”开幕。",
     "苏州市总工会", "organizes", "职工运动会", "org-event-adjacent"),
    ("org-verb-event", "记者从杭州市总工会获悉，今年将举办“职工运动会”。",
     "杭州市总工会", "organizes", "职工运动会", "org-verb-event"),
    ("postposed-subject", "从去年春季启动“职工书屋”建设活动，到年底实施评选，2023年嘉兴市总工会持续推动职工阅读。",
     "嘉兴市总工会", "organizes", "职工书屋建设活动", "verb-event-postposed-subject"),
    # heldAt
    ("at-place-verb-event", "近日，萧山区总工会在瓜沥镇举办“职工运动会”。",
     "职工运动会", "heldAt", "瓜沥镇", "at-place-verb-event"),
    ("event-moves-to-place", "“职工健康行”活动走进滨江区社区。",
     "职工健康行活动", "heldAt", "滨江区社区", "event-moves-to-place"),
    ("main-event-goes-to-place",
     "近日，余杭区总工会举办“职工健康行”活动。余杭区总工会与华峰化工有限公司共赴良渚街道党群服务中心，为职工送去关爱。",
     "职工健康行活动", "heldAt", "良渚街道党群服务中心", "subject-goes-to-place"),
    ("main-event-goers-organize",
     "近日，余杭区总工会举办“职工健康行”活动。余杭区总工会与华峰化工有限公司共赴良渚街道党群服务中心，为职工送去关爱。",
     "华峰化工有限公司", "organizes", "职工健康行活动", "subject-goes-to-place"),
    # participatesIn
    ("participants-from-orgs",
     "近日，余杭区总工会举办“职工健康行”活动。来自华峰化工有限公司、绿源新能源有限公司等单位的30余名志愿者参与服务。",
     "绿源新能源有限公司", "participatesIn", "职工健康行活动", "participants-from-org"),
    ("person-participates-event", "王建军参加“职工读书节”活动。",
     "王建军", "participatesIn", "职工读书节活动", "agent-participates-event"),
    ("person-participates-this-event", "近日，余杭区总工会举办“职工健康行”活动。王志强参加了此次活动。",
     "王志强", "participatesIn", "职工健康行活动", "agent-participates-this-event"),
    # worksFor
    ("from-org-person", "来自华峰化工有限公司的刘大隆说，工会帮了大忙。",
     "刘大隆", "worksFor", "华峰化工有限公司", "from-org-person"),
    ("person-at-org-works", "张晓明在绿源新能源有限公司从事焊接工作。",
     "张晓明", "worksFor", "绿源新能源有限公司", "person-at-org-works"),
    ("org-role-person", "华峰化工有限公司董事长刘大隆介绍了情况。",
     "刘大隆", "worksFor", "华峰化工有限公司", "org-role-person"),
    # org -> org
    ("manages", "温州市总工会托管温州市职工服务中心。",
     "温州市总工会", "manages", "温州市职工服务中心", "org-manages-org"),
    ("manages-le", "温州市总工会托管了温州市职工服务中心。",
     "温州市总工会", "manages", "温州市职工服务中心", "org-manages-org"),
    ("founded", "近日，瓯江机械制造有限公司成立红帆志愿服务队。",
     "瓯江机械制造有限公司", "founded", "红帆志愿服务队", "org-founds-org"),
    ("org-joins-org", "近日，瓯江机械制造有限公司加入温州市鞋业协会。",
     "瓯江机械制造有限公司", "memberOf", "温州市鞋业协会", "org-joins-org"),
    ("person-is-member", "陈国强是温州市鞋业协会的会员。",
     "陈国强", "memberOf", "温州市鞋业协会", "person-is-member"),
    ("sub-marker", "温州市鹿城区总工会下属红帆志愿服务队参加活动。",
     "红帆志愿服务队", "subOrganizationOf", "鹿城区总工会", "org-sub-marker-org"),
    ("sub-marker-de", "温州市总工会旗下的温州市职工服务中心开展培训。",
     "温州市职工服务中心", "subOrganizationOf", "温州市总工会", "org-sub-marker-org"),
    ("located-in", "温州市职工服务中心位于鹿城区。",
     "温州市职工服务中心", "locatedIn", "鹿城区", "org-located-in-place"),
]


@pytest.mark.parametrize("body,head,relation,tail,rule", [p[1:] for p in POSITIVE], ids=[p[0] for p in POSITIVE])
def test_pattern_states_relation(body: str, head: str, relation: str, tail: str, rule: str) -> None:
    art = extract(body)
    rel = find(art, head, relation, tail)
    assert rel is not None, [(r.head, r.relation, r.tail) for r in art.relations]
    assert rule in {e.rule for e in rel.evidence}
    assert not rel.inferred
    check_evidence(art, rel)


# (id, body, relation that must not be read)
NEGATIVE = [
    ("organizes-object-is-winners", "宁波市总工会组织职工书画大赛的获奖者座谈。", "organizes"),
    ("organizes-no-verb", "宁波市总工会表示，“职工运动会”将于下月开幕。", "organizes"),
    ("organizes-unrelated", "宁波市总工会和“职工读书节”活动无关。", "organizes"),
    ("postposed-not-subject", "从去年起启动“职工书屋”建设活动，记者走访了嘉兴市总工会。", "organizes"),
    ("held-at-place-no-verb", "在西湖区工作的职工参加了“职工读书节”活动。", "heldAt"),
    ("event-no-move", "“职工健康行”活动得到滨江区居民好评。", "heldAt"),
    ("goes-to-place-no-main-event", "余杭区总工会与华峰化工有限公司共赴良渚街道党群服务中心，为职工送去关爱。", "heldAt"),
    ("from-orgs-no-event", "来自华峰化工有限公司、绿源新能源有限公司等单位的30余名志愿者参与服务。", "participatesIn"),
    ("person-reports-event", "王建军报道了“职工读书节”活动。", "participatesIn"),
    ("works-for-not-the-bodys-act", "华峰化工有限公司的慰问让刘大隆很感动。", "worksFor"),
    ("at-org-visits", "张晓明在绿源新能源有限公司参观学习。", "worksFor"),
    ("org-honours-person", "华峰化工有限公司表彰了刘大隆。", "worksFor"),
    ("manages-visit", "温州市总工会看望温州市职工服务中心工作人员。", "manages"),
    ("founded-honour", "温州市总工会表彰红帆志愿服务队。", "founded"),
    ("member-agreement", "瓯江机械制造有限公司和温州市鞋业协会签订合作协议。", "memberOf"),
    ("member-knows", "陈国强认识温州市鞋业协会的会员。", "memberOf"),
    ("sub-jointly", "温州市总工会和温州市职工服务中心联合开展培训。", "subOrganizationOf"),
    ("located-neighbour", "温州市职工服务中心毗邻鹿城区。", "locatedIn"),
    ("located-moved-out", "温州市职工服务中心迁出鹿城区。", "locatedIn"),
]


@pytest.mark.parametrize("body,relation", [n[1:] for n in NEGATIVE], ids=[n[0] for n in NEGATIVE])
def test_pattern_does_not_fire(body: str, relation: str) -> None:
    art = extract(body)
    assert len(art.mentions) >= 2  # the names are found; only the relation is absent
    found = [(r.head, r.relation, r.tail) for r in art.relations]
    assert not [f for f in found if f[1] == relation], found


FEDERATION_ROLES = [
    ("杭州市总工会主席李建华出席会议。", "李建华", "杭州市总工会"),
    ("萧山区总工会副主席王丽萍介绍了情况。", "王丽萍", "萧山区总工会"),
]


@pytest.mark.parametrize("body,person,org", FEDERATION_ROLES, ids=["chairman", "vice-chairman"])
def test_federation_role_person_names_are_found(body: str, person: str, org: str) -> None:
    """The precondition of the test below: both names are recognised."""
    art = extract(body)
    assert {(m.key, m.type) for m in art.mentions} >= {(person, "Person"), (org, "Federation")}


@pytest.mark.parametrize("body,person,org", FEDERATION_ROLES, ids=["chairman", "vice-chairman"])
def test_federation_post_is_works_for(body: str, person: str, org: str) -> None:
    """A post in a union or federation (主席, 副主席) is an office: worksFor, as the guideline says."""
    art = extract(body)
    rel = find(art, person, "worksFor", org)
    assert rel is not None and find(art, person, "memberOf", org) is None
    check_evidence(art, rel)


def test_relation_in_headline_has_evidence() -> None:
    art = extract("本报讯 近日，职工们积极报名。", title="苏州市总工会举办“职工运动会”")
    rel = find(art, "苏州市总工会", "organizes", "职工运动会")
    assert rel is not None
    assert rel.evidence[0].sentence_start == 0 and rel.evidence[0].sentence == art.title


def test_same_relation_in_two_sentences_keeps_both() -> None:
    art = extract("近日，宁波市总工会举办“职工运动会”。据悉，宁波市总工会每年举办“职工运动会”。")
    rel = find(art, "宁波市总工会", "organizes", "职工运动会")
    assert rel is not None and len(rel.evidence) == 2
    assert rel.evidence[0].sentence != rel.evidence[1].sentence
    check_evidence(art, rel)


def test_relation_through_alias_uses_full_names() -> None:
    art = extract("近日，浙江华峰新材料集团有限公司（以下简称“华峰集团”）发布消息。华峰集团成立红帆志愿服务队。")
    rel = find(art, "华峰新材料集团有限公司", "founded", "红帆志愿服务队")
    assert rel is not None
    check_evidence(art, rel)
    assert art.text[rel.evidence[0].head_start : rel.evidence[0].head_end] == "华峰集团"


# ---------------------------------------------------------------- inferred relations


def build(body: str, *, region: str | None = None) -> KnowledgeGraph:
    return build_documents([read_text(f"# {TITLE}\n\n本报讯 {body}", "p.md")], region=region)


def inferred(kg: KnowledgeGraph) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in kg.inferred_relations}


def check_inferred_evidence(kg: KnowledgeGraph) -> None:
    texts = {a.id: a.text for a in kg.articles}
    for r in kg.inferred_relations:
        assert r.inferred and r.evidence
        for ev in r.evidence:
            assert texts[ev.article_id][ev.sentence_start : ev.sentence_end] == ev.sentence


@pytest.mark.parametrize("body,fact", [
    ("近日，华峰化工有限公司工会开展“金秋助学”活动。华峰化工有限公司党委书记出席。",
     ("华峰化工有限公司工会", "unionOf", "华峰化工有限公司")),
    # the company is known by a declared abbreviation; the union is named after it
    ("近日，浙江华峰新材料集团有限公司（以下简称“华峰集团”）发布消息。华峰集团工会开展“金秋助学”活动。",
     ("华峰集团工会", "unionOf", "华峰新材料集团有限公司")),
], ids=["union-of-company", "union-of-abbreviated-company"])
def test_union_and_enterprise_named_in_one_article_is_stated(body: str, fact: tuple[str, str, str]) -> None:
    """The guideline's example of unionOf: a union with its enterprise named in the same article
    (the text ties them), a stated fact; across articles it is only inferred from the name."""
    kg = build(body)
    assert fact in {(r.head, r.relation, r.tail) for r in kg.relations}


def test_union_of_an_enterprise_named_in_another_article_is_inferred() -> None:
    from uniongraph.extraction.merge import merge_articles

    arts = []
    for i, text in enumerate(("近日，华峰化工有限公司工会开展“金秋助学”活动。", "华峰化工有限公司党委书记出席会议。")):
        arts.append(extract_article(Article(id=f"a{i}", source="s", index=i, title="", text="\n" + text)))
    kg = merge_articles(arts)
    fact = ("华峰化工有限公司工会", "unionOf", "华峰化工有限公司")
    assert fact in inferred(kg)
    assert fact not in {(r.head, r.relation, r.tail) for r in kg.relations}


@pytest.mark.parametrize("body,fact", [
    ("近日，余杭区总工会、杭州市总工会走访快递企业。",
     ("余杭区总工会", "subOrganizationOf", "杭州市总工会")),
    ("近日，杭州市总工会召开会议，萧山区总工会负责人参加。",
     ("萧山区总工会", "subOrganizationOf", "杭州市总工会")),
    ("近日，余杭区总工会在余杭区举办“职工运动会”。",
     ("余杭区总工会", "locatedIn", "余杭区")),
], ids=["district-under-city", "district-under-city-2", "place-prefix"])
def test_inferred_relation(body: str, fact: tuple[str, str, str]) -> None:
    kg = build(body)
    assert fact in inferred(kg)
    assert fact not in {(r.head, r.relation, r.tail) for r in kg.relations}  # inferred ones are kept apart
    check_inferred_evidence(kg)


@pytest.mark.parametrize("body,relation", [
    # the company is not named: no owner to point to
    ("近日，华峰化工有限公司工会开展“金秋助学”活动。", "unionOf"),
    # a district of another city
    ("近日，余杭区总工会、温州市总工会负责人出席会议。", "subOrganizationOf"),
    # a federation is not the union of its region
    ("近日，余杭区总工会在余杭区走访企业。", "unionOf"),
    # no place entity named
    ("近日，余杭区总工会举办“职工运动会”。", "locatedIn"),
], ids=["no-company", "other-city", "federation-not-union", "no-place"])
def test_no_inferred_relation(body: str, relation: str) -> None:
    kg = build(body)
    assert not [r for r in kg.inferred_relations if r.relation == relation]


GUANGZHOU = "近日，广州市总工会召开全委会议。广州市天河区总工会负责人参加会议。"


def test_district_federation_with_city_prefix_names_are_found() -> None:
    """The precondition of the test below: both federations are entities of the graph."""
    kg = build(GUANGZHOU)
    assert kg.entity("广州市总工会", "Federation") and kg.entity("天河区总工会", "Federation")


def test_district_federation_with_city_prefix_is_under_the_city() -> None:
    kg = build(GUANGZHOU)
    assert ("天河区总工会", "subOrganizationOf", "广州市总工会") in inferred(kg)


@pytest.mark.parametrize("body, org, event", [
    ("区总工会发动各基层工会集中开展“健康职工行”活动。", "区总工会", "“健康职工行”活动"),
    ("市委、市政府明确要求各级干部带头开展“走千家暖万户”活动。", "市委", "“走千家暖万户”活动"),
    ("各级工会响应市总工会的号召，新年伊始就开展了“送温暖”活动。", "市总工会", "“送温暖”活动"),
])
def test_a_body_that_rallies_others_to_hold_an_event_does_not_organise_it(body: str, org: str, event: str) -> None:
    art = extract(body)
    assert not any(r.relation == "organizes" and r.head.split("（")[0].endswith(org) for r in art.relations), \
        [(r.head, r.relation, r.tail) for r in art.relations]


def test_a_body_that_holds_an_event_on_the_day_another_rallies_organises_it() -> None:
    art = extract("市总工会在市委动员的当天，就召开了职工“献爱心动员大会”。")
    assert any(r.relation == "organizes" and r.head.split("（")[0].endswith("市总工会") and "献爱心" in r.tail for r in art.relations), \
        [(r.head, r.relation, r.tail) for r in art.relations]


def test_a_body_opening_with_another_province_is_no_unit_of_the_local_body_before_it() -> None:
    # two entries of a list printed without separators
    art = extract("受表彰的单位有：江苏省泰州市文化局浙江科学技术出版社等。")
    assert not any(r.relation == "subOrganizationOf" and "出版社" in r.head for r in art.relations), \
        [(r.head, r.relation, r.tail) for r in art.relations]


def test_a_national_organs_unit_named_by_its_province_is_its_unit() -> None:
    art = extract("铁道部北京铁路局今年客运量增长。")
    assert any(r.relation == "subOrganizationOf" and r.head.startswith("北京铁路局") for r in art.relations), \
        [(r.head, r.relation, r.tail) for r in art.relations]
