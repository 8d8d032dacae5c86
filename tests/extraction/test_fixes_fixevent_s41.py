"""Review fixes of the stop-41 event rules: a roundup's dashed bullets are no subtitle, an organiser
clause distinguishes a bare name, 评选 as a noun or a verb, the care class (托管班) as an event or a
facility, the verb that sends a motion to a meeting, the organiser clause's variants. Sentences and
names invented."""

from __future__ import annotations

import pytest

from stated import headlined_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def final_events(body: str, title: str = TITLE) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- 1: a roundup's dashed bullets are no subtitle -------------------------------------------------

def test_a_bullet_reporting_another_body_session_stays_its_own():
    facts = headlined_facts("民主管理工作综述\n——下属青河公司也召开了三届二次职工代表大会，审议通过集体合同。\n"
                            "海河钢铁集团有限公司三届二次职工代表大会暨2027年工作会议12月5日召开。")
    assert ("青河公司", "organizes", "三届二次职工代表大会") in facts, facts


@pytest.mark.parametrize("text, short", [
    ("今年以来全市工会工作亮点纷呈\n——3月，区总工会举办女职工法律知识竞赛决赛，20支队伍参赛。\n"
     "——6月，青河区第二届女职工“学法用法”知识竞赛决赛在区文化馆举行。", "女职工法律知识竞赛决赛"),
    ("今年以来全市工会工作亮点纷呈\n——3月，全市职工运动会在市体育中心开幕，近万名职工参加。\n"
     "——5月，2026年株洲市第五届职工运动会在株洲市体育中心开幕。", "全市职工运动会"),
    ("工会工作回眸\n——全市职工运动会在市体育中心开幕\n——2026年株洲市第五届职工运动会在株洲市体育中心开幕", "全市职工运动会"),
])
def test_dated_or_listed_bullets_are_two_events(text, short):
    title, _, body = text.partition("\n")
    names = final_events(body, title)
    assert short in names, names


def test_a_subtitle_still_names_the_body_event():
    title, body = "三千个岗位送到家门口", ("——全市“春风送岗”专场招聘会举行\n"
                                   "12月5日，由株洲市总工会主办的2026年株洲市“春风送岗”专场招聘会在株洲人力资源市场举行。")
    names = final_events(body, title)
    assert names == {"2026年株洲市春风送岗专场招聘会"}, names


# --- 2: the organisers' clause tells a bare name from another body's event -------------------------

def test_a_bare_name_organised_by_another_body_is_not_that_body_event():
    facts = headlined_facts("领导出席茶话会\n王立新出席了由东山区总工会主办的新春茶话会。李华出席了东山市总工会新春茶话会。")
    assert ("东山区总工会", "organizes", "东山市总工会新春茶话会") not in facts, facts
    assert ("王立新", "participatesIn", "东山市总工会新春茶话会") not in facts, facts
    assert ("李华", "participatesIn", "东山市总工会新春茶话会") in facts, facts


def test_a_bare_name_organised_by_the_same_body_is_its_event():
    facts = headlined_facts("领导出席茶话会\n王立新出席了由东山市总工会主办的新春茶话会。李华出席了东山市总工会新春茶话会。")
    assert ("王立新", "participatesIn", "东山市总工会新春茶话会") in facts, facts


# --- 3, 4, 5: 评选 as a noun (the selection named) or a verb (its agent selecting) -----------------

@pytest.mark.parametrize("body, name", [
    ("12月5日，2026年度东山市职工十大新闻评选揭晓。", "2026年度东山市职工十大新闻评选"),
    ("东山市职工优秀技术创新成果评选结束。", "东山市职工优秀技术创新成果评选"),
    ("2026年度“最美职工”评选结果日前揭晓。", "2026年度最美职工评选"),
    ("东山区职工合理化建议评选工作正式启动。", "东山区职工合理化建议评选"),
    ("东山市总工会举办2026年全市职工摄影作品征集评选活动。", "2026年全市职工摄影作品征集评选活动"),
    ("东山市总工会举办全市职工书画作品展览评选活动。", "全市职工书画作品展览评选活动"),
])
def test_a_selection_named_as_a_noun_is_an_event(body, name):
    names = final_events(body)
    assert name in names, names


@pytest.mark.parametrize("body", [
    "经过专家评选，12项成果入选。",
    "这项成果被专家评选为优秀成果。",
    "经职工代表民主评选，赵海当选。",
    "今年的劳模由各单位推荐、区总工会评选。",
    "赵海被职工群众评选为“最美工匠”。",
    "作品在各地展出评选后，共有8件获奖。",
])
def test_a_selection_by_its_agent_is_no_event(body):
    names = final_events(body)
    assert not any(n.endswith("评选") for n in names), names


def test_the_organiser_of_a_collection_selection_activity():
    facts = headlined_facts("摄影作品评选\n东山市总工会举办2026年全市职工摄影作品征集评选活动。")
    assert ("东山市总工会", "organizes", "2026年全市职工摄影作品征集评选活动") in facts, facts


# --- 6, 7, 8: a care class held, opened or numbered is an event; one built, had or counted is none --

@pytest.mark.parametrize("body, name", [
    ("7月8日，东山区总工会职工子女暑期爱心托管班正式开班。", "职工子女暑期爱心托管班"),
    ("今年暑期，东山区总工会开办职工子女暑期爱心托管班，共接收80名孩子。", "职工子女暑期爱心托管班"),
    ("东山区总工会联合区教育局开设职工子女暑期托管班，共接收80名孩子。", "职工子女暑期托管班"),
    ("东山区总工会第二期职工子女暑期托管班开班。", "第二期职工子女暑期托管班"),
])
def test_a_care_class_opened_or_run_is_an_event(body, name):
    names = final_events(body)
    assert name in names, names


def test_the_headline_class_that_opens():
    names = final_events("区总工会爱心托管班今日开班，首批40名孩子入班。", title="区总工会爱心托管班开班")
    assert "爱心托管班" in names, names


def test_the_organiser_of_the_class_that_opens():
    facts = headlined_facts("托管班开班\n7月8日，东山区总工会职工子女暑期爱心托管班正式开班。")
    assert ("东山区总工会", "organizes", "职工子女暑期爱心托管班") in facts, facts


@pytest.mark.parametrize("body", [
    "2026年东山区总工会在各街道建成托管班18个，服务职工子女900人。",
    "东山区总工会主办的职工之家设有爱心托管班，可容纳40名孩子。",
    "截至2026年，全区共建成职工子女托管班36个。",
])
def test_a_care_class_built_had_or_counted_is_a_facility(body):
    names = final_events(body)
    assert not any(n.endswith("托管班") for n in names), names


# --- 9: a verb sending a motion to a meeting, wherever it stands in the span ----------------------

@pytest.mark.parametrize("body, name", [
    ("厂工会将集体合同草案提交东山机床厂第三届职工代表大会第二次会议审议。", "东山机床厂第三届职工代表大会第二次会议"),
    ("市总工会把集体合同草案提请东山机床厂四届二次职工代表大会审议。", "东山机床厂四届二次职工代表大会"),
    ("市政府将草案报请东山市第十六届人大常委会第二十次会议审议。", "东山市第十六届人大常委会第二十次会议"),
    ("方案经厂务会研究后，递交东山机床厂四届二次职工代表大会审议通过。", "东山机床厂四届二次职工代表大会"),
    ("东山市总工会提请东山市总工会第十五届委员会第三次全体会议审议工作报告。", "东山市总工会第十五届委员会第三次全体会议"),
])
def test_the_meeting_a_motion_is_sent_to(body, name):
    names = final_events(body)
    assert name in names, names


# --- 10: the organisers' clause, dated, without 由, of other verbs; a long quote's region ----------

@pytest.mark.parametrize("body, name", [
    ("市领导出席了12月5日由东山市总工会主办的新春茶话会。", "新春茶话会"),
    ("市领导出席了东山市总工会主办的2027年东山市劳模迎春茶话会。", "2027年东山市劳模迎春茶话会"),
    ("李华出席了由市委书记赵海主持的全市劳模工匠座谈会。", "全市劳模工匠座谈会"),
    ("张强参加了由东山市总工会筹办的全市劳模迎春联谊会。", "全市劳模迎春联谊会"),
])
def test_the_organisers_clause_is_no_part_of_the_name(body, name):
    names = final_events(body)
    assert name in names, names


@pytest.mark.parametrize("body, person, event", [
    ("李华出席了由市委书记赵海主持的全市劳模工匠座谈会。", "李华", "全市劳模工匠座谈会"),
    ("赵海出席了由东山市总工会、东山市人社局主办的新春茶话会。", "赵海", "新春茶话会"),
])
def test_who_attends_the_event_of_the_clause(body, person, event):
    facts = headlined_facts("座谈会\n" + body)
    assert (person, "participatesIn", event) in facts, facts


@pytest.mark.parametrize("body, name", [
    ("12月5日，由株洲市总工会主办的2026年全市“劳模工匠进工地、进车间、进社区”宣讲活动启动。",
     "2026年全市劳模工匠进工地、进车间、进社区宣讲活动"),
    ("12月5日，由株洲市总工会主办的2026年株洲市职工“劳模工匠进工地、进车间、进社区”宣讲活动启动。",
     "2026年株洲市职工劳模工匠进工地、进车间、进社区宣讲活动"),
])
def test_the_year_and_region_before_a_long_quote(body, name):
    names = final_events(body)
    assert name in names, names


def test_a_body_before_a_long_quote_stays_out():
    names = final_events("株洲市总工会职工“劳模工匠进工地、进车间、进社区”宣讲活动启动。")
    assert not any(n.startswith("株洲市总工会") for n in names), names


# --- month check: a selection inside a later head's name, a lecture opened, a name cut at its verb -

def test_a_selection_revealed_at_a_ceremony_is_named_by_the_ceremony():
    names = final_events("2026年“东山杯”全市职工最佳技术能手评选揭晓颁奖大会今天在东山市工人文化宫举行。")
    assert "2026年东山杯全市职工最佳技术能手评选揭晓颁奖大会" in names, names


@pytest.mark.parametrize("body", [
    "各院团走进院校、开办知识讲座、辅导业余社团。",
    "志愿队来到乡镇，开办了数场讲座。",
    "由电视台举办的优秀剧本征集评选活动已经截稿。",
])
def test_no_event_of_a_generic_lecture_or_a_bare_verb_selection(body):
    names = final_events(body)
    assert not any(n.endswith(("讲座", "征集评选活动")) and len(n) <= 6 for n in names), names
