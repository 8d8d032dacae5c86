"""Bodies of a hospital or a school written by the institution's kind alone (医院党委, 学校工会) in a
story about one such institution, and the head's post after the committee in a chain (医院党委书记、
院长某). Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations}


def written(body: str) -> dict[str, str]:
    """Each written form of a body → the entity it names."""
    return {m.text: (m.canonical or m.name) for m in _article(body).mentions if m.type not in ("Person", "Place", "Event")}


SCHOOL = "11月20日，南岭县青禾实验学校召开教职工代表大会。大会由学校工会主席鲁雅琴主持。"
HOSPITAL = "12月3日，南岭县中西医结合医院召开职工代表大会。医院党委书记、院长覃立诚作工作报告。"


def test_a_schools_union_written_by_its_kind():
    names = written(SCHOOL)
    assert names.get("学校工会", "").endswith("青禾实验学校工会")
    assert ("鲁雅琴", "worksFor", names["学校工会"]) in facts(SCHOOL)


def test_a_hospitals_committee_and_its_head():
    names = written(HOSPITAL)
    assert "医院党委" in names
    found = facts(HOSPITAL)
    assert ("覃立诚", "worksFor", names["医院党委"]) in found
    assert any(p == "覃立诚" and r == "worksFor" and t.endswith("中西医结合医院") for p, r, t in found)


def test_a_kind_with_no_such_institution_named_is_no_union():
    text = "大会由学校工会主席鲁雅琴主持。"
    assert "学校工会" not in written(text)


def test_a_head_post_of_another_kind_is_not_the_institutions():
    text = "12月3日，南岭县中西医结合医院召开职工代表大会。医院党委书记、主任覃立诚作工作报告。"
    assert not any(p == "覃立诚" and r == "worksFor" and t.endswith("中西医结合医院") and "党委" not in t
                   for p, r, t in facts(text))


def test_a_schools_head_after_its_committee():
    text = "南岭县青禾实验学校举行开学典礼。学校党委副书记、校长邓明远致辞。"
    assert any(p == "邓明远" and r == "worksFor" and t.endswith("青禾实验学校") for p, r, t in facts(text))


def test_a_unit_written_after_the_kind_is_no_owner_of_the_kinds_union():
    from uniongraph.extraction.aliases import _union_references
    from uniongraph.model import Mention

    text = "南岭热力有限公司今冬供热平稳。在公司运行部集控室，记者见到了值班员。公司工会主席韦国梁说。"
    company = text.index("南岭热力有限公司")
    room = text.index("公司运行部集控室")
    union = text.index("公司工会")
    art = Article(id="t", source="t", index=0, title="", text=text)
    art.mentions = [
        Mention(company, company + 8, "南岭热力有限公司", "Company", "南岭热力有限公司", "org-grammar"),
        Mention(room, room + 8, "公司运行部集控室", "Organization", "公司运行部集控室", "org-grammar"),
        Mention(union, union + 4, "公司工会", "TradeUnion", "公司工会", "org-grammar", reference=True),
    ]
    _union_references(art)
    assert art.mentions[2].canonical == "南岭热力有限公司工会"


def test_two_hospitals_unions_leave_the_kind_unread():
    text = "海东第一医院工会和海西第二医院工会联合举办义诊。医院工会主席谢丽华介绍了情况。"
    assert not any(t.endswith("医院工会") for p, r, t in facts(text) if p == "谢丽华")


def test_a_post_taken_in_a_unit_written_with_the_institutions_kind():
    text = "南岭县青禾实验学校召开教职工代表大会。周秀兰此前担任学校教务处副主任，从教20年。"
    assert "学校教务处" in written(text)
    assert ("周秀兰", "worksFor", "学校教务处") in facts(text)
    text = "南岭县人民医院召开职代会。李芳曾任医院护理部主任。"
    assert ("李芳", "worksFor", "医院护理部") in facts(text)


def test_a_unit_after_a_holding_verb_with_no_post_is_none():
    assert "学校教务处" not in written("南岭县青禾实验学校召开大会。周秀兰此前担任学校教务处的工作。")
