"""Event names as written (stop 39): the trades of one final listed with 、 or 和, a year with no 年
opening the name, two groups joined by 和 in a ceremony's name, 联合 in the name of the body a
ceremony is about, a body before its edition (某公司首届…比武), and what names no event: a head after
a verb that attends it (某某现场观摩比武), a kind of contest (单项比武), a predicate (同台比武).
Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def final_events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=TITLE, text=f"{TITLE}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- the trades of one stage, listed --------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("12月2日，2026年青河市职工职业技能大赛钳工、焊工决赛在青河技师学院举行。", "2026年青河市职工职业技能大赛钳工、焊工决赛"),
    ("12月2日，2026年南岭县职工技能大赛电工和焊工决赛在南岭县职教中心举行。", "2026年南岭县职工技能大赛电工和焊工决赛"),
])
def test_listed_trades_stay_in_the_finals_name(body, name):
    names = final_events(body)
    assert name in names, names


def test_the_final_of_listed_trades_gets_the_facts():
    facts = stated_facts("12月2日，2026年青河市职工职业技能大赛钳工、焊工决赛在青河技师学院举行。"
                         "大赛由青河市总工会、青河市人力资源和社会保障局主办。")
    assert ("2026年青河市职工职业技能大赛钳工、焊工决赛", "heldAt", "青河技师学院") in facts, facts
    assert ("青河市总工会", "organizes", "2026年青河市职工职业技能大赛钳工、焊工决赛") in facts, facts


def test_listed_words_that_are_no_trades_stay_out():
    # 选手 and 观众 are who takes part, not trades: the stage is not the contest's own
    names = final_events("12月2日，青河市职工技能大赛选手、观众决赛前合影。")
    assert not any("观众" in n for n in names), names


# --- a year with no 年 opens the name -------------------------------------------------------------

def test_a_bare_year_opens_the_meeting():
    facts = stated_facts("12月1日，2026青南两地职工交流座谈会在青河市工人文化宫举行。青河市总工会主席赵立新出席座谈会。")
    assert ("2026青南两地职工交流座谈会", "heldAt", "青河市工人文化宫") in facts, facts


def test_a_count_is_no_year():
    names = final_events("12月1日，全市1200名职工参加职工交流座谈会。")
    assert not any(n.startswith("1200") for n in names), names


def test_a_ceremony_with_its_year_opens_its_sentence():
    names = final_events("12月1日，2026年南岭县困难职工子女助学金发放仪式在南岭县总工会举行。")
    assert "2026年南岭县困难职工子女助学金发放仪式" in names, names


# --- two groups joined by 和 --------------------------------------------------------------------

def test_two_groups_joined_open_the_ceremony():
    names = final_events("12月5日，青河市货车司机和外卖骑手“暖心驿站”服务网络启用仪式在青河物流园举行。")
    assert "青河市货车司机和外卖骑手暖心驿站服务网络启用仪式" in names, names


def test_a_body_and_a_verb_after_and_stay_out():
    # 和 after a body joins two bodies; the verb after it (举办) is theirs, no group of the name
    names = final_events("12月5日，青河市总工会和举办方共同举行“暖心驿站”启用仪式。")
    assert not any("总工会" in n for n in names), names


# --- 联合 in the name of the body a ceremony is about --------------------------------------------

def test_a_joint_centre_stays_in_the_ceremony():
    facts = stated_facts("12月3日，青河市劳动人事争议联合调解中心揭牌仪式在青河市职工服务大厦举行。")
    assert ("青河市劳动人事争议联合调解中心揭牌仪式", "heldAt", "青河市职工服务大厦") in facts, facts


def test_joint_holding_by_a_body_stays_out():
    names = final_events("12月3日，青河市总工会联合举办职工服务中心揭牌仪式。")
    assert not any("联合" in n for n in names), names


# --- a body before its edition ------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("11月20日，青河远航港务有限公司首届“金牌班组”技能比武在公司码头举行。", "青河远航港务有限公司首届金牌班组技能比武"),
    ("11月20日，南岭重型机械集团有限公司第三届职工技能比武在南岭县举行。", "南岭重型机械集团有限公司第三届职工技能比武"),
])
def test_the_body_of_an_edition_opens_the_title(body, name):
    names = final_events(body)
    assert name in names, names


def test_a_body_after_a_verb_is_no_part_of_the_title():
    names = final_events("他走访了南岭重型机械集团有限公司第三届职工技能比武。")
    assert not any(n.startswith("南岭") for n in names), names


# --- what names no event ------------------------------------------------------------------------

def test_a_person_who_watches_the_contest_is_no_name():
    body = ("11月20日，青河远航港务有限公司首届“金牌班组”技能比武在公司码头举行。"
            "青河区总工会副主席孙晓梅现场观摩比武。")
    names = final_events(body)
    assert not any("孙晓梅" in n for n in names), names
    facts = stated_facts(body)
    assert ("孙晓梅", "participatesIn", "青河远航港务有限公司首届金牌班组技能比武") in facts, facts


@pytest.mark.parametrize("body", [
    "今年以来，竞赛已开展钢筋绑扎、模板安装等单项比武8场。",
    "青河港30个班组同台比武。",
])
def test_a_kind_or_a_predicate_names_no_contest(body):
    names = final_events(body)
    assert not any(n.endswith("比武") for n in names), names


def test_a_named_contest_before_its_count_stays():
    names = final_events("今年以来，青河市总工会举办2026年青河市职工岗位技能比武3场。")
    assert "2026年青河市职工岗位技能比武" in names, names


# --- the whole city in a headline, the city's edition in the body -------------------------------

def _forms(text: str) -> dict[str, str]:
    title = text.partition("\n")[0]
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.name: m.canonical or m.name for m in art.mentions if m.type == "Event"}


def test_the_whole_city_stands_for_the_city_after_the_editions_year():
    forms = _forms("全市职工技能大赛钳工决赛落幕\n12月2日，2026年宝鸡市职工技能大赛钳工决赛在宝鸡技师学院举行。")
    assert forms.get("全市职工技能大赛钳工决赛") == "2026年宝鸡市职工技能大赛钳工决赛", forms


def test_the_whole_city_stands_for_the_city_before_its_edition():
    forms = _forms("全市酒店行业服务技能大赛落幕\n12月2日，嘉兴市第四届酒店行业服务技能大赛在嘉兴宾馆落幕。")
    assert forms.get("全市酒店行业服务技能大赛") == "嘉兴市第四届酒店行业服务技能大赛", forms


def test_the_whole_city_is_no_county_after_a_year():
    forms = _forms("全市职工技能大赛钳工决赛落幕\n12月2日，2026年眉县职工技能大赛钳工决赛在眉县职教中心举行。")
    assert forms.get("全市职工技能大赛钳工决赛") == "全市职工技能大赛钳工决赛", forms
