"""Review fixes of the stop-40 event rules: 和 inside one meeting's name, the 等-list filter, the
headline retelling, quoted projects run later in the clause, 暨 after an act, an inspection's report
and meeting. Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import headlined_facts, stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def final_events(body: str, title: str = TITLE) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- 1, 2: a meeting held about two activities is one event ---------------------------------------

@pytest.mark.parametrize("body, name", [
    ("南岭县总工会召开职工技能培训和就业服务推进会。", "职工技能培训和就业服务推进会"),
    ("青河区总工会召开志愿服务和困难帮扶工作座谈会。", "志愿服务和困难帮扶工作座谈会"),
    ("青河市总工会召开全市职工书画展和摄影展总结会。", "全市职工书画展和摄影展总结会"),
    ("东山市职工书画展和摄影展开幕式在东山市工人文化宫举行。", "东山市职工书画展和摄影展开幕式"),
    ("西岭县总工会召开2027年劳动竞赛和技能比武表彰大会，表彰先进集体和个人。", "2027年劳动竞赛和技能比武表彰大会"),
])
def test_a_meeting_about_two_activities_is_one_event(body, name):
    names = final_events(body)
    assert name in names, names


def test_the_speaker_at_the_meeting_about_two_activities():
    facts = stated_facts("青河市总工会召开2026年劳动竞赛和技能比武表彰大会，表彰先进集体和个人。"
                         "会上，市总工会主席王立新讲话。")
    assert ("王立新", "participatesIn", "2026年劳动竞赛和技能比武表彰大会") in facts, facts


@pytest.mark.parametrize("body, name", [
    ("职工们参加了心理疏导讲座和职工疗休养工作座谈会。", "职工疗休养工作座谈会"),
    ("晚会上，职工们观看了民族乐器汇演和地方戏曲汇演。", "地方戏曲汇演"),
])
def test_two_gatherings_or_two_shows_are_still_two(body, name):
    names = final_events(body)
    assert name in names, names


# --- 3: a lecture on the spirit of two congresses ---------------------------------------------------

def test_a_lecture_on_two_congresses_spirit_is_organised_not_the_congresses():
    facts = stated_facts("青河市总工会举办十四届全国人大二次会议和全国政协十四届二次会议精神宣讲会。")
    assert not any(f[1] == "organizes" and f[2].endswith("二次会议") for f in facts), facts


# --- 4, 5, 6: the list of kinds closed by 等 --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "南岭县总工会还将陆续举办象棋比赛、职工冰雪趣味运动会等活动。",
    "青河区总工会举办全区职工技能大赛、全区职工运动会等系列活动。",
])
def test_the_last_kind_before_deng_is_no_event(body):
    facts = stated_facts(body)
    assert not any(f[1] == "organizes" for f in facts), facts


def test_deng_inside_pingdeng_closes_no_list():
    facts = stated_facts("12月5日，青河市总工会举办职工冰雪趣味运动会、男女平等宣传活动，500余名职工参加。")
    assert ("青河市总工会", "organizes", "职工冰雪趣味运动会") in facts, facts


def test_a_dated_and_placed_item_is_one_event():
    facts = stated_facts("12月5日在南岭县体育馆举办的职工冰雪趣味运动会、12月8日在县职工之家举办的职工象棋比赛"
                         "等活动，吸引了2000余名职工参加。")
    assert ("职工冰雪趣味运动会", "heldAt", "南岭县体育馆") in facts, facts


def test_a_year_in_chinese_numerals_makes_one_event():
    names = final_events("南岭县总工会还将举办二〇二六年职工冰雪趣味运动会、象棋比赛等活动。")
    assert any(n.endswith("职工冰雪趣味运动会") for n in names), names


# --- 7: a headline's other event is not the body's ---------------------------------------------------

@pytest.mark.parametrize("text, short", [
    ("全市职工篮球友谊赛开赛\n全市第三届职工乒乓球友谊赛在青河市体育馆举行。", "全市职工篮球友谊赛"),
    ("全市第四届职工运动会筹备启动\n全市第三届职工运动会于2024年在青河市体育馆举行。", "全市第四届职工运动会"),
    ("青河市2026年职工技能大赛启动\n2025年青河市职工技能大赛获奖选手代表发言。", "青河市2026年职工技能大赛"),
])
def test_a_headline_of_another_kind_edition_or_year_is_not_merged(text, short):
    title, _, body = text.partition("\n")
    names = final_events(body, title)
    assert short in names, names


# --- 8: a quoted project run later in its clause ----------------------------------------------------

def test_a_project_launched_after_its_name_is_an_event():
    facts = stated_facts("青河市总工会“职工普惠保障”项目在青河市职工服务中心正式启动，市总工会主席王立新出席启动仪式。")
    assert any(f[1] == "heldAt" and "职工普惠保障" in f[0] for f in facts), facts


def test_a_project_its_body_runs_in_the_next_sentence_is_an_event():
    facts = stated_facts("东山市总工会“职工健康守护”项目惠及一线职工2万余人。该项目由东山市总工会主办。")
    assert any(f[1] == "organizes" and "职工健康守护" in f[2] for f in facts), facts


@pytest.mark.parametrize("body", [
    "工作室攻关的“低盐腌制工艺改进”项目使企业每年节约成本20万元。",
    "工作室攻关的“低盐腌制工艺改进”项目使企业实施了新的工艺标准。",
])
def test_a_technical_project_with_its_result_is_still_none(body):
    names = final_events(body)
    assert not any("低盐腌制" in n for n in names), names


# --- 9: 暨 after an act that names the first gathering ---------------------------------------------

def test_an_election_joined_by_ji_stays_in_the_name():
    names = final_events("青河远达公司工会换届选举暨第三次会员代表大会在公司会议室召开。")
    assert "青河远达公司工会换届选举暨第三次会员代表大会" in names, names


# --- 10: an inspection's report and meeting -------------------------------------------------------

def test_an_inspections_report_is_a_document():
    names = final_events("青河市总工会印发2026年冬季安全生产群众监督专项督查情况通报。")
    assert not names, names


def test_an_audits_feedback_meeting_is_the_event():
    facts = stated_facts("2026年度县级工会经费收支专项审计反馈会在南岭县总工会召开。")
    assert ("2026年度县级工会经费收支专项审计反馈会", "heldAt", "南岭县总工会") in facts, facts


def test_an_audits_entry_meeting_is_named_in_full():
    names = final_events("7日上午，东山市总工会经费收支专项审计进点会在东山市总工会召开。")
    assert any(n.endswith("经费收支专项审计进点会") for n in names), names


def test_a_bare_audit_feedback_meeting_is_no_event():
    names = final_events("9日下午召开的审计反馈会上，审计组指出了部分问题。")
    assert not names, names


def test_an_inspections_work_report_is_a_document():
    names = final_events("东山市总工会印发2027年夏季高温劳动保护专项检查工作报告。")
    assert not names, names
