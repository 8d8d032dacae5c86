"""Defects a reviewer proved in stop 36's new rules (rev36a), each with a sentence written for the
tests (names invented): the wrong fact is gone, the right one that the rule was written for stays."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines


def read_facts(text: str) -> set[tuple[str, str, str]]:
    """Stated facts of an article read as a build reads it (its bylines found first)."""
    art = extract_article(add_bylines(Article(id="t", source="t", index=0, title="", text=text)))
    return {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred}


# D12: the byline's reporter is no one a pronoun of the story stands for
@pytest.mark.parametrize("read", [read_facts, lambda text: facts(text.partition("\n")[2], text.partition("\n")[0])])
def test_pronoun_after_a_byline_is_not_the_reporter(read):
    text = "快递小哥的新年\n（记者 孙海平）\n他是南岭快递有限公司的一名快递员，每天要送300多件快递。"
    assert not any(h == "孙海平" and r == "worksFor" for h, r, _ in read(text))


def test_pronoun_after_a_byline_then_a_named_paragraph_still_read():
    body = "（记者 孙海平）\n南岭医院院长赵立新介绍了医院的发展。\n他原为海河市人民医院主治医师。"
    assert ("赵立新", "worksFor", "海河市人民医院") in facts(body, "医院新貌")


# D2: a quote's speaker, or a person 他/她是一名… presents, is not the pronoun's antecedent
@pytest.mark.parametrize("body, wrong", [
    ("今年52岁的钱国华是南岭机床厂的一名钳工，被誉为“钳工大王”。\n“他是我们厂的技术骨干。”车间主任周立平告诉记者。\n"
     "他兼任南岭机床厂工会副主席，带出徒弟30多人。", ("周立平", "worksFor", "南岭机床厂工会")),
    ("南岭医院院长孙海平介绍了医院的发展。\n她是一名有着20年经验的护士长，现任市护理学会副会长。", None),
])
def test_paragraph_opening_pronoun_not_a_quoted_speaker_or_a_new_person(body, wrong):
    got = facts(body)
    if wrong:
        assert wrong not in got
    else:
        assert not any(h == "孙海平" and "护理学会" in t for h, r, t in got)


def test_paragraph_opening_pronoun_after_the_only_person_who_speaks():
    # the speaker is the only person the article names: 他 is him
    body = "“医院变化很大。”南岭医院院长赵立新告诉记者。\n他原为海河市人民医院主治医师，１９９５年回乡。"
    assert ("赵立新", "worksFor", "海河市人民医院") in facts(body)


# D1, D3, D4: a job's employer is the one body of its trade named before, only when the text
# does not point elsewhere
@pytest.mark.parametrize("body, wrong", [
    # D1: his own mine is named after him
    ("市总工会在青石煤矿召开安全生产现场会。会后，代表们走访了矿工家属。\n矿工孙海平的妻子是护士，她说丈夫所在的白沙煤矿去年实现安全生产。",
     ("孙海平", "worksFor", "青石煤矿")),
    # D3: from another unit
    ("市总工会副主席周立平来到南岭化工有限公司，看望慰问一线职工。公司负责人介绍了生产情况。\n随后，周立平又走访了来自兄弟单位的职工孙海平，为他送上慰问金。",
     ("孙海平", "worksFor", "南岭化工有限公司")),
    ("青石派出所所长周立平介绍了社区警务工作。另一个辖区的民警孙海平也参加了交流。", ("孙海平", "worksFor", "青石派出所")),
    # D4: the university is named only as another person's employer
    ("南岭大学教授周立平在会上发言。\n优秀教师孙海平说，乡村教育需要更多支持。", ("孙海平", "worksFor", "南岭大学")),
])
def test_trade_job_not_given_a_body_the_text_points_away_from(body, wrong):
    assert wrong not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    ("青石煤矿召开安全生产现场会。\n矿工孙海平说，今年井下条件好多了。", ("孙海平", "worksFor", "青石煤矿")),
    ("南岭中学举行开学典礼。\n优秀教师孙海平说，今年学生更多了。", ("孙海平", "worksFor", "南岭中学")),
    ("市总工会副主席周立平来到南岭化工有限公司，看望慰问一线职工。公司负责人介绍了生产情况。\n随后，周立平又走访了生病职工孙海平。",
     ("孙海平", "worksFor", "南岭化工有限公司")),
])
def test_trade_job_still_given_the_one_body(body, wanted):
    assert wanted in facts(body)


def _orgs(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {m.text for m in art.mentions if m.type in ("Company", "Organization")}


# D5: a verb jieba tags vn (调研, 考察) is no word of a trade name
@pytest.mark.parametrize("body", ["在三明调研即时配送有限公司时，孙海平表示满意。", "在三明考察即时配送有限公司时，孙海平表示满意。"])
def test_visit_verb_not_read_into_a_registered_name(body):
    assert not any("调研" in n or "考察" in n for n in _orgs(body))


def test_rare_cut_word_still_a_trade_name():
    assert "三明速通即时配送有限公司" in _orgs("三明速通即时配送有限公司开业。")


# D9: heading a team as an official (团长、区总工会主席某) is an office, not a membership
def test_official_heading_a_team_is_no_member():
    body = "南岭区总工会组建了“孙海平劳模宣讲团”。宣讲团团长、区总工会主席周立平带队走进企业。"
    assert not any(h == "周立平" and r == "memberOf" for h, r, _ in facts(body))


def test_team_leader_with_a_job_is_a_member():
    body = "南岭区总工会成立了“青石爱心车队”。车队队长、出租车司机周立平说，车队已服务老人300多次。"
    assert ("周立平", "memberOf", "青石爱心车队") in facts(body)


# D6: arriving to deal with an incident (到场处置) is no attendance; 到场见证 is
def test_arriving_to_handle_an_incident_is_no_attendance():
    body = "3月5日，青石社区举办“邻里节”活动。活动中一名老人突然晕倒，青石派出所民警周立平等人迅速到场处置。"
    assert not any(h == "周立平" and r == "participatesIn" for h, r, _ in facts(body))


# D13: a level and a bank's short form read inside ordinary words (在|市中|行驶) is no bank
def test_level_bank_short_form_not_inside_a_word():
    assert not any(n.endswith("中行") for n in _orgs("车辆在市中行驶时要注意安全。"))
    assert not any(n.endswith("交行") for n in _orgs("游客在县交行走的路线很长。"))


@pytest.mark.parametrize("body, name", [("去年省农发行发放贷款30亿元。", "省农发行"), ("今年省中行业务量增长。", "省中行")])
def test_level_bank_short_form_kept(body, name):
    assert name in _orgs(body)


# D10: a studio quoted right after its body's full name is its unit, whichever recogniser read it
@pytest.mark.parametrize("body, unit", [
    ("代表们参观了青石重工有限公司“孙海平劳模创新工作室”。", "孙海平劳模创新工作室"),
    ("青石重工有限公司“蓝天创新工作室”被命名为市级工作室。", "蓝天创新工作室"),
])
def test_quoted_studio_after_its_body(body, unit):
    assert (unit, "subOrganizationOf", "青石重工有限公司") in facts(body)


def test_quoted_slogan_after_a_body_is_no_unit():
    body = "青石重工有限公司“安全生产月”活动启动。"
    assert not any(r == "subOrganizationOf" for _, r, _ in facts(body))


def test_paragraph_opening_pronoun_after_a_quoted_honour_still_read():
    # a quoted honour before the name is no quote of a speaker
    body = "南岭医院院长周立平主持表彰会。\n被誉为“白衣天使”的护士长孙海平介绍了经验。\n她原为海河市人民医院主治医师。"
    assert ("孙海平", "worksFor", "海河市人民医院") in facts(body)
