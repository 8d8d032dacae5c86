"""worksFor read from how news names a person's workplace (sentences written for the tests,
names invented): a worker noun after the body, 从…下岗的, 现任…的, 在…当, 原是…的."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article, extract_text
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
    ("开封纱嫂快餐店经理刘晓燕发言。", ("刘晓燕", "worksFor", "纱嫂快餐店")),
])
def test_workplace_is_read(body, fact):
    names, facts = found(body)
    assert fact in facts


@pytest.mark.parametrize("body, person, org", [
    ("海河重型机械厂为下岗职工赵立新送去慰问金。", "赵立新", "海河重型机械厂"),       # a beneficiary
    ("从平安机床厂回来的周国强说。", "周国强", "平安机床厂"),                       # came back from
    ("郑建平在海河远洋渔业公司当天召开的会上发言。", "郑建平", "海河远洋渔业公司"),  # 当天 is no post
    ("长乐街道东风居委会的慰问对象吴丽华说。", "吴丽华", "长乐街道东风居委会"),     # a beneficiary named after 的
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


def test_elected_for_the_new_term_is_a_post_of_the_union_reported():
    # 新一届 says the term, not a kind of union (联合工会) to look for
    names, facts = found("南岭机床厂工会召开第三次会员代表大会。赵立新当选为新一届工会主席。")
    assert ("赵立新", "worksFor", "南岭机床厂工会") in facts
    names, facts = found("南岭机床厂工会召开第三次会员代表大会。赵立新当选为新一届联合工会主席。")
    assert ("赵立新", "worksFor", "南岭机床厂工会") not in facts  # a 联合工会 the article never named
    names, facts = found("南岭机床厂工会第五次会员代表大会昨天闭幕。赵立新当选为第五届工会主席。")
    assert ("赵立新", "worksFor", "南岭机床厂工会") in facts  # 第五届: the term, as 新一届


def test_elected_to_an_honour_is_no_post():
    names, facts = found("南岭县总工会召开大会。赵立新当选全国劳动模范。")
    assert "赵立新" in names
    assert not {f for f in facts if f[0] == "赵立新"}


def test_a_bare_kind_word_refers_to_the_workplace_just_named():
    names, facts = found("南岭机床厂是骨干企业。工厂退休职工郭建平说，日子好了。")
    assert ("郭建平", "worksFor", "南岭机床厂") in facts


def test_a_run_of_entries_written_without_separators():
    names, facts = found("南岭农业科学院原子能研究所高级农艺师赖铭隆全国农业技术推广服务中心处长张跃进出席。")
    assert ("张跃进", "worksFor", "全国农业技术推广服务中心") in facts
    assert ("赖铭隆", "worksFor", "南岭农业科学院原子能研究所") in facts
    assert "徐建明劳模创新工作室" in found("徐建明劳模创新工作室成立。")[0]  # a person before a title stays


@pytest.mark.parametrize("body, fact", [
    ("海河省党委书记赵立新到企业慰问。", ("赵立新", "worksFor", "海河省党委")),          # a province's 党委
    ("南岭县党委副书记钱国华说。", ("钱国华", "worksFor", "南岭县党委")),
    ("海河民航局孙建军局长到南岭考察。", ("孙建军", "worksFor", "海河民航局")),         # the title after the name
    ("周国强教授是著名的历史学家，执教于海河大学近三十年。", ("周国强", "worksFor", "海河大学")),
    ("吴丽华从海河市农机局总工程师的岗位上离休了。", ("吴丽华", "worksFor", "海河市农机局")),
    ("海河钢铁集团是一家老企业。这家企业的特困残疾职工郑建平一家四口。", ("郑建平", "worksFor", "海河钢铁集团")),
])
def test_workplace_read_from_more_of_how_news_names_it(body, fact):
    assert fact in found(body)[1]


@pytest.mark.parametrize("body, person", [
    ("党组书记赵立新说。", "赵立新"),                        # a title, no body named
    ("各级党委书记钱国华要带头。", "钱国华"),                 # every such body, not one
    ("孙建军到海河大学周国强家中看望。", "孙建军"),          # no title after the name
    ("周国强说，他的儿子执教于海河大学。", "周国强"),          # another clause's subject
])
def test_no_workplace_from_these(body, person):
    assert not {r for r in found(body)[1] if r[0] == person and r[1] == "worksFor"}


def test_founding_by_a_person_or_a_body_right_before_the_verb():
    assert ("赵立新", "founded", "北丰复合肥厂") in found("为了支农，赵立新建起了北丰复合肥厂，生产复合肥。")[1]
    assert not {r for r in found("海河公司建成了一座新厂房，北丰复合肥厂也投产了。")[1] if r[1] == "founded"}


def test_the_body_one_belongs_to():
    assert ("赵立新", "worksFor", "海河机床厂") in found("赵立新所在的海河机床厂是一家老厂。")[1]
    assert ("钱国华", "memberOf", "南岭县电工服务队") in found("钱国华生前所在的南岭县电工服务队走进社区。")[1]
    assert not {r for r in found("赵立新来到所在地的海河机床厂。")[1] if r[1] in ("worksFor", "memberOf")}


def test_an_office_in_a_team_is_an_office_and_a_place_in_it_membership():
    assert ("吴宏权", "worksFor", "武警海河总队南岭市支队") in found("武警海河总队南岭市支队副处长吴宏权说。")[1]
    assert ("赵强", "memberOf", "南岭县代表队") in found("南岭县代表队选手赵强获得冠军。")[1]
    assert ("王立", "memberOf", "海河市志愿服务队") in found("海河市志愿服务队队员王立说。")[1]


@pytest.mark.parametrize("text,expected", [
    ("华峰化工有限公司的刘大隆说，工会帮了大忙。", [("刘大隆", "华峰化工有限公司")]),
    ("海河钢铁集团有限公司的赵立新、钱国华来到现场。", [("赵立新", "海河钢铁集团有限公司"), ("钱国华", "海河钢铁集团有限公司")]),
])
def test_a_bodys_own_people_written_with_de(text: str, expected: list[tuple[str, str]]) -> None:
    """ORG的PERSON: the person of that body (both real-text gold sets read it so)."""
    _, facts = found(text)
    for person, org in expected:
        assert (person, "worksFor", org) in facts


@pytest.mark.parametrize("text", [
    "华峰化工有限公司的慰问让刘大隆很感动。",   # the body's act, not its person
    "华峰化工有限公司的客户刘大隆说。",         # a noun between: a client, not staff
])
def test_de_with_something_between_is_no_employment(text: str) -> None:
    assert not {r for r in found(text)[1] if r[1] == "worksFor"}


@pytest.mark.parametrize("text,fact", [
    ("何长工原任地质部副部长，后来调到北京。", ("何长工", "worksFor", "地质部")),
    ("李华曾任海河钢铁公司总经理。", ("李华", "worksFor", "海河钢铁公司")),
    ("赵立新现任南岭机床厂厂长兼党委书记。", ("赵立新", "worksFor", "南岭机床厂")),
])
def test_a_post_held_in_a_body_after_a_verb_of_holding(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in found(text)[1]


@pytest.mark.parametrize("text", [
    "李华曾任海河钢铁公司的客户经理助理的老师。",  # no title right after the body
    "李华任海河钢铁公司的产品推销。",
])
def test_no_post_without_a_title_after_the_body(text: str) -> None:
    assert not {r for r in found(text)[1] if r[1] == "worksFor" and r[0] == "李华"}


@pytest.mark.parametrize(("text", "person", "paper"), [
    ("（文汇报记者赵立新、海河日报记者钱国华）全市职工技能大赛昨天开幕。", "赵立新", "文汇报"),
    ("（健康报记者赵立新）全市职工技能大赛昨天开幕。", "赵立新", "健康报"),
])
def test_a_reporter_works_for_the_paper_named_before_记者(text, person, paper):
    found = {(r.head, r.relation, r.tail) for r in extract_text(text).relations}
    assert (person, "worksFor", paper) in found


def test_a_word_ending_in_报_is_no_paper_without_a_reporter():
    mentions = extract_text("他在会上作了情况通报，车间里贴出了喜报和墙报。").mentions
    assert not [m for m in mentions if m.type == "Organization"]


_UNIT_STORY = ("在汉江机务段，党委书记赵立新手中有一笔“爱心基金”。汉江机务段地处山区，"
               "职工生活不便。投递员钱国华和孙伟两家受灾较重。赵立新看望了生病职工李秀英。")


def test_people_introduced_by_a_post_of_the_unit_reported_on_work_for_it():
    _, facts = found(_UNIT_STORY)
    for person in ("赵立新", "钱国华", "孙伟", "李秀英"):
        assert (person, "worksFor", "汉江机务段") in facts


@pytest.mark.parametrize("job", ["话务员", "养路工", "道班长", "挡车工"])
def test_the_jobs_of_a_work_unit_introduce_its_staff(job):
    body = f"在海河邮电支局，职工正在值班。海河邮电支局地处山区。{job}钱国华说，大家都很辛苦。"
    _, facts = found(body)
    assert ("钱国华", "worksFor", "海河邮电支局") in facts


def test_a_job_word_alone_names_no_unit_when_none_is_reported():
    _, facts = found("话务员钱国华说，大家都很辛苦。")
    assert not {f for f in facts if f[0] == "钱国华"}


def test_a_region_post_or_a_body_named_before_the_post_is_not_the_unit():
    body = ("在汉江机务段，副县长赵立新看望职工。汉江机务段地处山区。"
            "海河钢铁公司工会主席钱国华也来了。")
    _, facts = found(body)
    assert ("赵立新", "worksFor", "汉江机务段") not in facts
    assert ("钱国华", "worksFor", "汉江机务段") not in facts


def test_no_unit_when_two_units_are_named_as_often():
    body = "汉江机务段和海河钢铁公司结成对子。汉江机务段、海河钢铁公司都很重视。投递员钱国华说。"
    _, facts = found(body)
    assert not {f for f in facts if f[0] == "钱国华"}


def test_a_paper_keeps_the_country_written_before_it():
    found_ = {(r.head, r.relation, r.tail) for r in extract_text("（中国文汇报记者赵立新）全市职工技能大赛昨天开幕。").relations}
    assert ("赵立新", "worksFor", "中国文汇报") in found_


def test_a_profiles_记_after_a_dash_is_no_part_of_the_name():
    names = {m.name for m in extract_text("创业路上——记南岭市电力器材有限公司").mentions}
    assert "南岭市电力器材有限公司" in names
    assert not any(n.startswith("记") for n in names)


def test_appointed_to_a_post_of_the_body_after_为():
    _, facts = found("赵立新被县委、县政府任命为县经济委员会兼职副主任。")
    assert any(f[0] == "赵立新" and f[1] == "worksFor" and "县经济委员会" in f[2] for f in facts)


def test_named_an_honour_is_no_post():
    _, facts = found("赵立新被评为海河钢铁公司先进工作者。")
    assert not {f for f in facts if f[0] == "赵立新"}


def test_a_works_built_by_the_subject_in_a_later_clause_is_founded():
    _, facts = found("赵立新是个能人。就这样，他克服了重重困难，终于建成南岭县染料化工厂。")
    assert ("赵立新", "founded", "南岭县染料化工厂") in facts


def test_a_unit_referred_back_to_by_its_head_is_the_unit_reported():
    # named once, but 该段 twice more: the article is about it, not the bureau named twice
    body = ("在汉江机务段，党委书记赵立新常年关心职工。该段地处山区，海河铁路局多次表扬。"
            "该段职工生活不便，海河铁路局拨了款。")
    _, facts = found(body)
    assert ("赵立新", "worksFor", "汉江机务段") in facts


def test_references_back_to_two_units_as_often_name_no_unit():
    body = ("在汉江机务段，党委书记赵立新常年关心职工。海河铁路局多次表扬，该局拨了款。"
            "该段职工生活不便，海河铁路局又拨了款。")
    _, facts = found(body)
    assert ("赵立新", "worksFor", "汉江机务段") not in facts


@pytest.mark.parametrize("body, person, org", [
    ("王建国打工的南岭华龙石材公司决定承担他的学费。", "王建国", "南岭华龙石材公司"),
    ("李秀英曾经工作的海河纺织厂已经破产。", "李秀英", "海河纺织厂"),
    ("本报讯海河新材料有限公司许建华已成功研制出新型水箱。", "许建华", "海河新材料有限公司"),
    ("本报讯南岭日化公司荣誉职工赵立新在南京挑战纪录获成功。", "赵立新", "南岭日化公司"),
])
def test_a_person_said_to_work_at_a_body_works_for_it(body, person, org):
    _, facts = found(body)
    assert (person, "worksFor", org) in facts


@pytest.mark.parametrize("body", [
    "王建国参观的海河纺织厂很大。",            # a visit, not work
    "他来到海河纺织厂王建国家中。",            # a home at the works: 王建国 is visited
])
def test_a_body_a_person_only_visits_is_not_their_employer(body):
    _, facts = found(body)
    assert ("王建国", "worksFor", "海河纺织厂") not in facts


def test_someone_of_a_body_who_speaks_is_a_person_of_it():
    _, facts = found("深圳海光灯泡厂的江虹说：“我们很高兴。”")
    assert ("江虹", "worksFor", "海光灯泡厂") in facts  # 海光: a brand, the body is in 深圳


@pytest.mark.parametrize("body, person, org", [
    ("王建国出任南岭纺织集团公司总经理后，企业扭亏为盈。", "王建国", "南岭纺织集团公司"),
    ("１９９４年，李秀英当上了海河机床厂厂长。", "李秀英", "海河机床厂"),
])
def test_a_person_who_takes_a_post_in_a_body_works_for_it(body, person, org):
    _, facts = found(body)
    assert (person, "worksFor", org) in facts


@pytest.mark.parametrize("body", ["王建国当了海河机床厂的客人。", "王建国做了海河机床厂的工作。"])
def test_what_a_person_becomes_that_is_no_post_gives_no_employer(body):
    _, facts = found(body)
    assert ("王建国", "worksFor", "海河机床厂") not in facts


@pytest.mark.parametrize("body", ["在海河机床厂工作了三十年的王建国退休了。", "王建国，海河机床厂厂长，１９５５年出生。"])
def test_a_body_said_around_the_name_employs_the_person(body):
    _, facts = found(body)
    assert ("王建国", "worksFor", "海河机床厂") in facts


@pytest.mark.parametrize("body", ["王建国说，海河机床厂效益很好。", "在海河机床厂参观的王建国很高兴。"])
def test_a_body_near_the_name_that_does_not_employ_the_person(body):
    _, facts = found(body)
    assert ("王建国", "worksFor", "海河机床厂") not in facts


def test_a_unit_named_once_in_passing_is_not_the_unit_reported():
    body = ("南岭县教育工会送温暖活动走进云溪中学。海河医院的医务人员开展了义诊。"
            "该校工会主席吴建华介绍了情况。")
    _, facts = found(body)
    assert ("吴建华", "worksFor", "海河医院") not in facts


def test_an_age_before_a_name_vouches_for_it():
    names, facts = found("南岭师范学院讲师、今年32岁的柯思雨获得一等奖。")
    assert "柯思雨" in names


@pytest.mark.parametrize("body, facts_wanted", [
    ("南岭市总工会主席赵立新，副主席钱国华、孙建军出席了会议。",
     {("赵立新", "worksFor", "南岭市总工会"), ("钱国华", "worksFor", "南岭市总工会"), ("孙建军", "worksFor", "南岭市总工会")}),
    ("海河职工协会会长周国强，名誉会长吴丽华出席。",
     {("周国强", "worksFor", "海河职工协会"), ("吴丽华", "worksFor", "海河职工协会")}),
])
def test_a_deputy_or_honorary_title_after_a_comma_keeps_the_body(body, facts_wanted):
    names, facts = found(body)
    assert facts_wanted <= facts


def test_another_post_after_the_comma_is_another_body():
    names, facts = found("南岭市总工会主席赵立新，市长钱国华出席了会议。")
    assert ("钱国华", "worksFor", "南岭市总工会") not in facts


def _profile(title: str, body: str) -> set[tuple[str, str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=title + "\n" + body))
    return {(r.head, r.relation, r.tail) for r in art.relations}


def test_the_work_unit_field_of_a_profile():
    facts = _profile("赵立新近况如何", "荣誉：全国劳动模范\n工作单位：海河省南岭县第三完全小学\n目前状况：在学校推行素质教育。")
    assert ("赵立新", "worksFor", "海河省南岭县第三完全小学") in facts
    unit = _profile("钱国华近况如何", "荣誉全国劳动模范\n工作单位南岭实业集团中山物业有限公司\n目前状况办学校。")
    assert ("钱国华", "worksFor", "中山物业有限公司") in unit
    # two people in the headline: whose field it is is not said
    two = _profile("赵立新和钱国华近况如何", "工作单位：海河省南岭县第三完全小学\n目前状况：在学校推行素质教育。")
    assert not {f for f in two if f[1] == "worksFor"}
    # the word in running text is no field
    prose = _profile("赵立新近况如何", "他说，工作单位海河机床厂很关心他。")
    assert ("赵立新", "worksFor", "海河机床厂") not in prose


@pytest.mark.parametrize("body, fact", [
    ("赵立新在担任海河精密仪器公司总裁期间，做了很多事。", ("赵立新", "worksFor", "海河精密仪器公司")),
    ("钱国华在任南岭电工总厂厂长时，效益很好。", ("钱国华", "worksFor", "南岭电工总厂")),
    ("南岭人民艺术剧院的老演员孙建军发言。", ("孙建军", "worksFor", "南岭人民艺术剧院")),
])
def test_a_post_held_then_and_a_troupe_are_workplaces(body, fact):
    assert fact in found(body)[1]


@pytest.mark.parametrize("body, person", [
    ("赵立新在海河精密仪器公司参观了很多车间。", "赵立新"),    # 在 + a body, no post held
    ("孙建军在南岭大剧院观看了演出。", "孙建军"),              # a theatre as a venue
])
def test_being_at_a_body_or_a_theatre_is_no_workplace(body, person):
    assert not {f for f in found(body)[1] if f[0] == person and f[1] == "worksFor"}


def test_a_theatre_is_a_venue_and_a_troupe_an_organisation():
    art = extract_text("孙建军在南岭大剧院观看了南岭人民艺术剧院的演出。")
    types = {m.key: m.type for m in art.mentions}
    assert types.get("南岭大剧院") == "Place"
    assert types.get("南岭人民艺术剧院") == "Organization"


def test_a_post_held_by_someone_of_the_body_named_right_before():
    facts = found("南岭区总工会成立了“劳模工匠服务队”，队长由全国劳模赵志强担任。")[1]
    assert ("赵志强", "memberOf", "劳模工匠服务队") in facts   # a service team's head is one of it


@pytest.mark.parametrize("body, person", [
    ("南岭区总工会成立了“劳模工匠服务队”，由赵志强担任宣传工作。", "赵志强"),   # no post before 由
    ("海河钢铁公司举办了比赛，评委由王建国担任。", "王建国"),                 # a verb's clause between
])
def test_no_post_held_without_a_post_right_after_the_body(body, person):
    assert not {f for f in found(body)[1] if f[0] == person and f[1] in ("worksFor", "memberOf")}


def test_the_head_of_a_delegation_is_one_of_it_and_a_crews_head_works_there():
    facts = found("参加会见的有：海河市政府陪同团团长、海河市体委副主任张发明。")[1]
    assert ("张发明", "memberOf", "海河市政府陪同团") in facts
    assert ("张发明", "worksFor", "海河市体委") in facts
    facts = found("南岭港务公司装卸四队队长王新学说，今晚要创纪录。")[1]
    assert ("王新学", "worksFor", "装卸四队") in facts


def test_a_student_neither_works_for_the_university_nor_holds_an_office_there():
    facts = found("逆境成材的南岭大学研究生王建林获奖。")[1]
    assert not {f for f in facts if f[0] == "王建林" and f[2] == "南岭大学"}
    assert ("钱国华", "worksFor", "南岭大学") in found("南岭大学教授钱国华说。")[1]


@pytest.mark.parametrize("body, fact", [
    ("林晓峰今年29岁，他来自南岭速达同城配送有限公司。", ("林晓峰", "worksFor", "南岭速达同城配送有限公司")),
    ("参赛选手王丽来自南岭纺织厂。", ("王丽", "worksFor", "南岭纺织厂")),
    ("工作室领衔人、全国劳动模范刘德明今年58岁。刘德明劳模创新工作室成立于2015年。",
     ("刘德明", "worksFor", "刘德明劳模创新工作室")),
])
def test_where_one_comes_from_and_the_studio_named_after_one(body, fact):
    assert fact in found(body)[1]


@pytest.mark.parametrize("body, person", [
    ("王建国来自南岭大学的学生代表团。", "王建国"),          # a delegation of students
    ("王建国参观了刘德明劳模创新工作室。", "刘德明"),        # the studio's name alone names no person
])
def test_no_workplace_for_a_student_delegation_or_a_studio_alone(body, person):
    assert not {f for f in found(body)[1] if f[0] == person and f[1] == "worksFor"}


def test_a_name_without_a_han_surname_between_a_title_and_a_verb():
    names = found("选举产生了第一届工会委员会，制茶车间主任岩温当选工会主席。")[0]
    assert "岩温" in names
    assert "主任岩温" not in names


def test_a_bare_union_post_is_a_post_of_the_one_union_the_article_names():
    facts = found("南岭集团工会举办第五届职工技能比武，集团公司总经理王立华、工会主席陈海涛为获奖选手颁奖。")[1]
    assert ("陈海涛", "worksFor", "南岭集团工会") in facts
    assert ("王立华", "participatesIn", "第五届职工技能比武") in facts   # listed with the one who hands out


def test_a_bare_union_post_with_no_union_named_says_nothing():
    facts = found("王建国说，工会主席陈海涛很好。")[1]
    assert not {f for f in facts if f[0] == "陈海涛"}


@pytest.mark.parametrize("body, fact", [
    ("马建华生前所在的南岭一棉厂派人来了。", ("马建华", "worksFor", "南岭一棉厂")),
    ("王进才生前所在的海河油田１２０５钻井队很有名。", ("王进才", "memberOf", "１２０５钻井队")),
    ("男的叫余世江，是南岭矿务局蔡冲煤矿工人。", ("余世江", "worksFor", "蔡冲煤矿")),
    ("王建国是南岭纺织厂的一名职工。", ("王建国", "worksFor", "南岭纺织厂")),
])
def test_the_unit_one_is_in_and_one_who_is_its_worker(body, fact):
    assert fact in found(body)[1]


def test_a_city_one_lives_in_is_no_workplace():
    assert not {f for f in found("王建国所在的南岭市很美。")[1] if f[0] == "王建国"}


def test_a_name_the_segmenter_glued_to_是_opens_no_company_name():
    names, facts = found("胡克勤是海河公司的工程师。")
    assert "海河公司" in names and not any(n.endswith("是海河公司") for n in names)
    assert ("胡克勤", "worksFor", "海河公司") in facts


@pytest.mark.parametrize("body, fact", [
    ("国务委员兼国防部长迟浩田上将说。", ("迟浩田", "worksFor", "国防部")),
    ("外交部长唐家璇会见了他。", ("唐家璇", "worksFor", "外交部")),
])
def test_a_ministry_glued_to_its_heads_title(body, fact):
    assert fact in found(body)[1]


def test_a_title_that_names_no_body_gives_none():
    assert not {f for f in found("部长王建国说。")[1] if f[0] == "王建国"}


@pytest.mark.parametrize("body, fact", [
    ("在海河港务局工作的儿子钱国华回来了。", ("钱国华", "worksFor", "海河港务局")),
    ("在南岭机械厂工作了十年的钱国华下岗了。", ("钱国华", "worksFor", "南岭机械厂")),
    ("海河钢琴企业集团的老板钱国华说，销路很好。", ("钱国华", "worksFor", "海河钢琴企业集团")),
    ("会议增选吴建民为南岭市总工会副主席。", ("吴建民", "worksFor", "南岭市总工会")),
])
def test_where_a_person_works_said_by_a_relative_clause_a_boss_or_an_election(body, fact):
    _, facts = found(body)
    assert fact in facts


@pytest.mark.parametrize("body", [
    "在海河港务局的帮助下，钱国华办起了工厂。",   # 在 ORG 的帮助下: no work there
    "在海河港务局参观的钱国华很高兴。",           # a visitor
])
def test_being_at_a_body_is_not_working_there(body):
    _, facts = found(body)
    assert not {f for f in facts if f[0] == "钱国华" and f[1] == "worksFor"}


def test_staff_of_the_unit_reported_heard_or_named_by_an_enterprise_job():
    body = ("在海河电力器材有限公司，职工干劲很足。省长赵立新来到海河电力器材有限公司，听了董事长钱国华的介绍。"
            "销售员孙伟到了预产期还在跑业务，党总支副书记李秀英介绍说，大家都很拼。")
    _, facts = found(body)
    for person in ("钱国华", "孙伟", "李秀英"):
        assert (person, "worksFor", "海河电力器材有限公司") in facts
    assert ("赵立新", "worksFor", "海河电力器材有限公司") not in facts


def test_a_deputy_of_any_post_of_the_first_title_chain_after_a_comma_shares_the_body():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("海河钢铁集团公司总经理、党委副书记李华，副总经理赵强陪同参观。")
    got = {(r.head, r.relation, r.tail) for r in art.relations}
    assert ("赵强", "worksFor", "海河钢铁集团公司") in got
    art = extract_text("海河钢铁集团公司总经理、党委副书记李华，副市长赵强陪同参观。")
    assert ("赵强", "worksFor", "海河钢铁集团公司") not in {(r.head, r.relation, r.tail) for r in art.relations}


def test_a_ministry_glued_to_its_heads_title_ends_a_title_chain():
    from uniongraph.extraction.pipeline import extract_text

    got = {(r.head, r.relation, r.tail) for r in extract_text("中央军委副主席、国务委员兼国防部长王立新上将出席。").relations}
    assert ("王立新", "worksFor", "中央军委") in got and ("王立新", "worksFor", "国防部") in got
    got = {(r.head, r.relation, r.tail) for r in extract_text("中央军委会见了国防部长王立新。").relations}
    assert ("王立新", "worksFor", "中央军委") not in got


def test_people_listed_after_a_body_as_its_leaders_work_for_it():
    from uniongraph.extraction.pipeline import extract_text

    got = {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in
           extract_text("南岭钢铁集团乔生祥、黄华平等公司领导出席。").relations}
    for name in ("乔生祥", "黄华平"):
        assert (name, "worksFor", "南岭钢铁集团", "org-listed-staff") in got
    got = {(r.head, r.relation, r.tail) for r in extract_text("南岭钢铁集团乔生祥、黄华平等嘉宾出席。").relations}
    assert ("黄华平", "worksFor", "南岭钢铁集团") not in got


def test_a_former_post_said_with_yuan_wei_is_held_in_the_body():
    from uniongraph.extraction.pipeline import extract_text

    got = {(r.head, r.relation, r.tail) for r in extract_text("王立新原为南岭市人民医院主治医师。").relations}
    assert ("王立新", "worksFor", "南岭市人民医院") in got
    got = {(r.head, r.relation, r.tail) for r in extract_text("王立新原为南岭市人民医院的病人。").relations}
    assert ("王立新", "worksFor", "南岭市人民医院") not in got


def test_the_leader_of_a_delegation_led_by_after_yi():
    from uniongraph.extraction.pipeline import extract_text

    got = {(r.head, r.relation, r.tail) for r in extract_text("以州长王立新率领的南岭市代表团今天抵达。").relations}
    assert ("王立新", "memberOf", "南岭市代表团") in got
    got = {(r.head, r.relation, r.tail) for r in extract_text("记者王立新采访了南岭市代表团。").relations}
    assert ("王立新", "memberOf", "南岭市代表团") not in got


def test_staff_named_by_a_bare_kind_after_a_visit_and_a_modifier_with_the_names_joined():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("李鹏今天来到南岭发电总厂视察。参观工厂结束后，李鹏又来到工厂退休职工郭树范和王秀英家看望慰问。")
    got = {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in art.relations}
    for name in ("郭树范", "王秀英"):
        assert (name, "worksFor", "南岭发电总厂", "staff-named-by-kind") in got
    art = extract_text("李鹏今天来到南岭发电总厂视察。李鹏又来到南岭街道居民郭树范和王秀英家看望慰问。")
    assert not any(r.relation == "worksFor" for r in art.relations)


def test_a_heads_title_before_another_title_says_the_kind_of_unit():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("李鹏今天来到南岭发电总厂视察。在认真听取了厂长、党委书记王沛津的汇报之后，李鹏说。")
    assert ("王沛津", "worksFor", "南岭发电总厂") in {(r.head, r.relation, r.tail) for r in art.relations}
    art = extract_text("李鹏今天来到南岭发电总厂视察。在认真听取了市长、市委书记王沛津的汇报之后，李鹏说。")
    assert ("王沛津", "worksFor", "南岭发电总厂") not in {(r.head, r.relation, r.tail) for r in art.relations}


def test_a_bare_kind_and_post_after_another_persons_name_and_he():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("南岭钢铁集团公司今年扭亏。党委书记白尚显和公司经理刘国强来到车间。")
    assert ("刘国强", "worksFor", "南岭钢铁集团公司") in {(r.head, r.relation, r.tail) for r in art.relations}
    art = extract_text("南岭钢铁集团公司今年扭亏。党委书记白尚显和市长刘国强来到车间。")
    assert ("刘国强", "worksFor", "南岭钢铁集团公司") not in {(r.head, r.relation, r.tail) for r in art.relations}


def test_a_member_of_the_body_named_before_by_its_kind():
    from uniongraph.extraction.pipeline import extract_text

    def got(text):
        return {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in extract_text(text).relations}

    assert ("赵一帆", "memberOf", "王建明劳模创新工作室", "member-of-body-named-by-kind") in got(
        "南岭钢铁公司成立了王建明劳模创新工作室。他的徒弟、今年26岁的赵一帆也是工作室成员，去年获得焊工第一名。")
    assert ("牛长江", "memberOf", "南岭物流园联合工会", "member-of-body-named-by-kind") in got(
        "南岭物流园联合工会今天成立。今年44岁的牛长江是南岭陆通物流集团有限公司的签约司机，也是联合工会会员。")


def test_no_membership_of_a_body_named_by_kind_without_being_its_member():
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text("南岭钢铁公司成立了王建明劳模创新工作室。赵一帆不是工作室成员。")
    assert not any(r.relation == "memberOf" for r in art.relations)


def test_a_caption_names_the_units_staff_with_their_places_in_the_picture():
    body = ("海河邮电支局地处山区。地震后，海河邮电支局开设了免费电话。"
            "图为话务员钱国华（左）和孙伟在值班。")
    _, facts = found(body)
    for person in ("钱国华", "孙伟"):
        assert (person, "worksFor", "海河邮电支局") in facts
    _, facts = found("海河邮电支局地处山区。地震后，海河邮电支局开设了免费电话。图为市民钱国华（左）和孙伟在打电话。")
    assert not {f for f in facts if f[0] in ("钱国华", "孙伟") and f[1] == "worksFor"}


def test_a_post_right_after_a_quotation_opens_its_own_clause():
    body = ("在海河电力器材有限公司，职工干劲很足。海河电力器材有限公司效益很好。"
            "“我们每半年测评一次。”公司党总支副书记李秀英介绍说。")
    _, facts = found(body)
    assert ("李秀英", "worksFor", "海河电力器材有限公司") in facts
    body = ("在海河电力器材有限公司，职工干劲很足。海河电力器材有限公司效益很好。"
            "“我们每半年测评一次。”副县长李秀英介绍说。")
    _, facts = found(body)
    assert ("李秀英", "worksFor", "海河电力器材有限公司") not in facts


def test_the_headline_chooses_between_two_units_named_as_often():
    body = ("海河集团公司承包了南岭医院。海河集团公司派人管理，南岭医院职工很支持。"
            "海河集团公司投入资金，南岭医院面貌一新。党委书记钱国华说，效益好了。")
    art = extract_article(Article(id="t", source="t", index=0, title="农民企业包医院", text="农民企业包医院\n" + body))
    facts = {(r.head, r.relation, r.tail) for r in art.relations}
    assert ("钱国华", "worksFor", "南岭医院") in facts
    art = extract_article(Article(id="t", source="t", index=0, title="农民进城记", text="农民进城记\n" + body))
    assert not {(r.head, r.relation, r.tail) for r in art.relations if r.head == "钱国华"}


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in extract_text(text).relations}


def test_a_post_held_for_some_years_ends_before_de():
    assert ("钱国华", "worksFor", "海河国际医药公司") in _facts("钱国华在担任海河国际医药公司总裁的几年中，锐意开拓市场。")
    assert ("钱国华", "worksFor", "海河国际医药公司") not in _facts("钱国华在担任海河国际医药公司总裁的女儿家住了几天。")


def test_a_post_held_when_what_the_clause_tells_happened():
    assert ("赵立新", "worksFor", "南岭电管局") in _facts("早在担任南岭电管局领导时，赵立新就曾多次到电厂检查工作。")
    assert ("赵立新", "worksFor", "南岭电管局") in _facts("早在担任南岭电管局局长时，赵立新就曾多次到电厂检查工作。")
    assert ("赵立新", "worksFor", "南岭电管局") not in _facts("早在参观南岭电管局展览时，赵立新就曾多次到电厂检查工作。")


def test_a_reporters_byline_prints_names_without_a_separator():
    facts = _facts("海河日报记者钱国华孙伟")
    assert {("钱国华", "worksFor", "海河日报"), ("孙伟", "worksFor", "海河日报")} <= facts
    facts = _facts("海河钢铁公司总经理钱国华孙伟陪同参观。")
    assert ("孙伟", "worksFor", "海河钢铁公司") not in facts


def test_a_post_joined_to_the_name_by_de():
    body = "海河医院今年扭亏。海河医院职工很高兴。原任副院长、现任院长的宋国华接着说。"
    assert ("宋国华", "worksFor", "海河医院") in _facts(body)
    body = "海河医院今年扭亏。海河医院职工很高兴。看望了院长的女儿宋国华。"
    assert ("宋国华", "worksFor", "海河医院") not in _facts(body)


def test_a_police_unit_named_like_a_team_is_worked_for():
    art = extract_text("南岭市交警支队五大队民警赵立新二话没说。")
    assert ("南岭市交警支队五大队", "Organization") in {(m.key, m.type) for m in art.mentions}
    assert ("赵立新", "worksFor", "南岭市交警支队五大队") in {(r.head, r.relation, r.tail) for r in art.relations}
    art = extract_text("南岭市劳模服务大队队员赵立新说。")
    assert ("赵立新", "memberOf", "南岭市劳模服务大队") in {(r.head, r.relation, r.tail) for r in art.relations}


def test_names_joined_to_a_staff_member_share_the_unit_named_far_back():
    filler = "今年以来，各项工作稳步推进，生产经营形势良好，职工收入稳定增长。" * 8
    body = (f"李鹏来到南岭发电总厂视察。南岭发电总厂是海河机械厂的老用户。南岭发电总厂效益很好。{filler}"
            "李鹏又来到工厂退休职工郭树范和闫立新家看望慰问。")
    facts = _facts(body)
    assert {("郭树范", "worksFor", "南岭发电总厂"), ("闫立新", "worksFor", "南岭发电总厂")} <= facts
    body = body.replace("郭树范和闫立新家", "郭树范家，又与闫立新")
    assert ("闫立新", "worksFor", "南岭发电总厂") not in _facts(body)


def test_a_member_of_a_bodys_leading_group_holds_an_office_of_it() -> None:
    """省教育厅党组成员、省教育工会主席吴立: 党组成员 is an office of the department (worksFor); a
    team's 成员 is membership."""
    from uniongraph.extraction.pipeline import extract_text

    rels = {(r.head, r.relation, r.tail) for r in extract_text("南岭省教育厅党组成员、南岭省教育工会主席吴立出席。").relations}
    assert ("吴立", "worksFor", "南岭省教育厅") in rels
    rels = {(r.head, r.relation, r.tail) for r in extract_text("南岭市职工志愿服务队成员王强说。").relations}
    assert ("王强", "memberOf", "南岭市职工志愿服务队") in rels


# --- a scholar named with the body, then the view (org-person-speaks); a signature line ----------

@pytest.mark.parametrize("body, people, org", [
    ("南岭大学钱国华认为，改革要讲实效。", ("钱国华",), "南岭大学"),
    ("会上，海河师范大学赵立新博士作主题报告。", ("赵立新",), "海河师范大学"),
    ("南岭农业大学李晓明、孙志强等专家的研究课题获一等奖。", ("李晓明", "孙志强"), "南岭农业大学"),
])
def test_a_scholar_named_with_the_body_then_the_view(body, people, org):
    names, facts = found(body)
    for p in people:
        assert (p, "worksFor", org) in facts


def test_a_signature_line_names_the_writers_body():
    names, facts = found("改革要讲实效，不能只看数字。\n南岭师范大学钱国华赵立新")
    assert ("钱国华", "worksFor", "南岭师范大学") in facts and ("赵立新", "worksFor", "南岭师范大学") in facts


@pytest.mark.parametrize("body, person, org", [
    ("记者向南岭大学钱国华说明了来意。", "钱国华", "南岭大学"),         # the body after 向: an object
    ("南岭大学钱国华的学生赵立新认为，改革要讲实效。", "钱国华", "南岭大学"),  # not the one whose view follows
    ("南岭师范大学钱国华赵立新等人参加了座谈。\n会议开了一天。", "钱国华", "南岭师范大学"),  # no line of its own
])
def test_no_scholar_or_signature_without_the_construction(body, person, org):
    names, facts = found(body)
    assert (person, "worksFor", org) not in facts


# --- those elected to a body's posts, in lists with names the recognisers miss ------------------

def test_a_list_elected_to_a_body_named_again():
    body = ("南岭省第九届人民代表大会第一次会议１月１３日选举赵立新为省人大常委会主任，"
            "钱国华、喇秉礼（回族）、孙志强、文林为省人大常委会副主任。")  # (文林: a name not recognised)
    names, facts = found(body)
    for p in ("赵立新", "钱国华", "喇秉礼", "孙志强"):
        assert any(f[0] == p and f[1] == "worksFor" and "省人大常委会" in f[2] for f in facts), p
        # (the short form of an unknown province keeps its article as its qualifier: 省人大常委会（…）)


def test_no_post_in_a_body_without_an_election():
    names, facts = found("钱国华、孙志强为省人大常委会副主任赵立新送行。")
    assert not any(f[0] in ("钱国华", "孙志强") and f[1] == "worksFor" for f in facts)


# --- acting on a body's behalf (speaks-for-body) ---------------------------------------------------

@pytest.mark.parametrize("body, fact", [
    ("赵立新代表南岭市总工会向全市职工拜年。", ("赵立新", "worksFor", "南岭市总工会")),
    ("钱国华代表南岭市总工会、南岭团市委向灾区群众表示慰问。", ("钱国华", "worksFor", "南岭市总工会")),
    ("副市长孙志强、海河大学副校长李晓明分别代表市政府和海河大学向专家们致以问候。",
     ("孙志强", "worksFor", "市政府")),
])
def test_one_who_acts_on_a_bodys_behalf_holds_an_office_in_it(body, fact):
    names, facts = found(body)
    assert any(f[:2] == fact[:2] and f[2].startswith(fact[2]) for f in facts)  # (市政府（t）: the article's city)


@pytest.mark.parametrize("body, person, org", [
    ("钱国华代表南岭市总工会、南岭团市委向灾区群众表示慰问。", "钱国华", "南岭团市委"),  # only the first body of a list
    ("赵立新、钱国华代表南岭市总工会、南岭团市委和南岭市妇联分别在会上发言。", "钱国华", "南岭市总工会"),  # who for which: not said
    ("赵立新代表南岭市总工会。", "赵立新", "南岭市总工会"),  # nothing done on its behalf (a delegate of it)
])
def test_no_office_from_acting_on_behalf_without_the_construction(body, person, org):
    names, facts = found(body)
    assert (person, "worksFor", org) not in facts


def _facts_and_rules(text: str) -> set[tuple[str, str, str, str]]:
    from uniongraph.extraction.pipeline import extract_text

    return {(r.head, r.relation, r.tail, r.evidence[0].rule) for r in extract_text(text).relations}


def test_each_name_after_its_own_body_in_a_list_works_there():
    got = _facts_and_rules("经过两天的角逐，海河理工学院王立新、南岭医学院赵强、东山工程学院李华等25名教师获一等奖。")
    assert {("王立新", "worksFor", "海河理工学院", "org-person-pairs"),
            ("赵强", "worksFor", "南岭医学院", "org-person-pairs"),
            ("李华", "worksFor", "东山工程学院", "org-person-pairs")} <= got


def test_no_pairs_from_one_body_and_name_or_after_a_preposition():
    # one body and one name, nothing said of them: no pair list
    assert not any(r == "org-person-pairs" for *_, r in _facts_and_rules("他感谢了海河理工学院王立新的帮助。"))
    # 来到…家中: the bodies are where one went, the pairs the object of 到
    assert not any(r == "org-person-pairs" for *_, r in _facts_and_rules("记者来到海河理工学院王立新、南岭医学院赵强家中。"))


def test_a_member_introduced_by_the_kind_of_the_body_named_before():
    got = _facts_and_rules("3月11日，城南区劳模宣讲团走进海河钢铁集团。宣讲团成员、市劳动模范、海河电力检修有限公司班长王立新，讲述了经历。")
    assert ("王立新", "memberOf", "城南区劳模宣讲团", "member-introduced-by-kind") in got
    assert ("王立新", "worksFor", "海河电力检修有限公司", "org-role-person") in got
    got = _facts_and_rules("南岭县代表团抵达海河。代表团成员赵强说，很高兴。")
    assert ("赵强", "memberOf", "南岭县代表团", "member-introduced-by-kind") in got


def test_a_member_first_then_a_job_is_a_member_of_the_body_only():
    # 工作室成员、青年技术员某: the chain opens with a place in the studio; the job is held elsewhere
    got = _facts_and_rules("走进南岭重型机械股份有限公司装配车间，“刘建国劳模创新工作室”的牌子格外醒目。"
                           "工作室成员、青年技术员王晓峰在今年的技能大赛中获得第一名。")
    assert ("王晓峰", "memberOf", "刘建国劳模创新工作室") in {g[:3] for g in got}
    assert ("王晓峰", "worksFor", "刘建国劳模创新工作室") not in {g[:3] for g in got}
    # 党组成员、副主席: a member of the leading group holds an office of the body
    got = _facts_and_rules("南岭市海河区总工会召开全委会议。区总工会党组成员、副主席王晓峰主持会议。")
    assert ("王晓峰", "worksFor", "南岭市海河区总工会", "org-role-person") in got


def test_no_membership_from_an_office_or_a_kind_of_two_bodies():
    # 党委成员 holds an office in the party committee: no team to be a member of
    got = _facts_and_rules("海河钢铁集团党委召开会议。党委成员、副总经理王立新主持。")
    assert not any(r == "member-introduced-by-kind" for *_, r in got)
    # two delegations named before: which one the 代表团 is, the text does not say
    got = _facts_and_rules("南岭县代表团和东山县代表团抵达海河。代表团成员赵强说，很高兴。")
    assert not any(r == "member-introduced-by-kind" for *_, r in got)


def test_posts_added_to_the_roles():
    got = _facts_and_rules("一九四九年，时任海河守备部队司令官的赵振华毅然率部起义。")
    assert ("赵振华", "worksFor", "海河守备部队", "holds-post-person") in got
    got = _facts_and_rules("于是，我走访了海河福寿有限公司老总张友生先生。")
    assert ("张友生", "worksFor", "海河福寿有限公司", "org-role-person") in got


def test_elected_to_a_post_of_the_union_named_by_its_kind():
    got = _facts_and_rules("6月18日，海河市城东区红旗街道快递员联合工会在红旗街道党群服务中心召开成立大会。"
                           "海河速达配送有限公司站长唐继伟当选联合工会主席，吉运快递有限公司快递员于海洋当选副主席。")
    assert ("唐继伟", "worksFor", "海河市城东区红旗街道快递员联合工会", "elected-to-union-post") in got
    assert ("唐继伟", "worksFor", "海河速达配送有限公司", "org-role-person") in got


def test_no_union_post_when_no_union_of_that_kind_was_named():
    got = _facts_and_rules("海河市总工会召开会议。车间主任王立新当选联合工会主席。")
    assert not any(h == "王立新" for h, *_ in got)


def test_a_title_joined_to_the_name_by_de_and_what_one_is_known_as():
    got = _facts_and_rules("现为海河音乐学院教授的周小燕３０年代入学。")
    assert ("周小燕", "worksFor", "海河音乐学院", "org-title-de-person") in got
    got = _facts_and_rules("海河保护海洋生物研究所所长、著名生物学家赵立新在会上说。")
    assert ("赵立新", "worksFor", "海河保护海洋生物研究所", "org-role-person") in got


def test_no_title_de_person_through_a_kinship_or_a_preposition():
    assert not any(h == "王强" for h, *_ in _facts_and_rules("他找到了海河钢铁公司经理的儿子王强。"))
    assert not any(h == "王强" for h, *_ in _facts_and_rules("他向海河钢铁公司经理的王强问好。"))


def test_a_body_that_ends_its_clause_and_the_post_the_next_name_takes_in_it():
    got = _facts_and_rules("１９３８年７月，成立了中共海河特委，赵立新同志任书记。")
    assert ("赵立新", "worksFor", "中共海河特委", "org-then-person-takes-post") in got


def test_no_post_from_a_word_that_only_begins_with_ren():
    # 任务, 任劳任怨: no post taken
    assert not any(h == "王立新" for h, *_ in _facts_and_rules("他来到海河钢铁公司，王立新任务繁重。"))
    assert not any(h == "王立新" for h, *_ in _facts_and_rules("他来到海河钢铁公司，王立新任劳任怨。"))


def test_a_long_title_that_names_a_unit_of_the_body_first():
    got = _facts_and_rules("海河市文化局振兴京剧指导委员会办公室主任林瑞康强调，培养人才要从小抓起。")
    assert ("林瑞康", "worksFor", "海河市文化局", "org-role-person") in got


def test_a_long_title_only_with_a_unit_before_the_post():
    from uniongraph.extraction.relations.context import only_titles

    assert only_titles("扶贫开发领导小组副组长")  # (领导小组: a unit of the body, lexicons/title_units.txt)
    assert not only_titles("全面推进职工素质提升工程主任")  # as long, no unit before the post
    assert not only_titles("在全国推广这一经验的主任")
    assert not only_titles("国际野生生物政策主任")


def test_a_team_member_introduced_by_the_teams_kind_and_a_job():
    got = _facts_and_rules("金牛镇总工会联合宾川县职工法律服务志愿队开展“工会进果园”服务活动。"
                           "此次活动中，志愿队律师李正平为务工人员讲解法律知识。")
    assert ("李正平", "memberOf", "宾川县职工法律服务志愿队", "member-introduced-by-kind") in got


def test_no_team_member_from_a_kind_and_a_job_when_two_teams_of_the_kind_were_named():
    got = _facts_and_rules("宾川县职工法律服务志愿队和南岭县青年志愿队开展服务活动。志愿队律师李正平为务工人员讲解法律知识。")
    assert not any(r == "member-introduced-by-kind" for *_, r in got)


def test_a_union_post_by_its_kind_in_a_chain_of_titles():
    # 集团党委副书记、工会主席某: the post is held in the one union the article names
    got = _facts_and_rules("海河重工集团有限公司召开职代会。集团党委副书记、工会主席李晓梅主持会议。"
                           "海河重工集团有限公司工会副主席赵强发言。")
    assert ("李晓梅", "worksFor", "海河重工集团有限公司工会", "union-post-in-a-chain") in got
    # two unions named: no telling which
    got = _facts_and_rules("海河重工集团有限公司召开职代会。集团党委副书记、工会主席李晓梅主持会议。"
                           "南岭纺织有限公司工会和海河重工集团有限公司工会签订协议。")
    assert not any(r == "union-post-in-a-chain" for *_, r in got)
