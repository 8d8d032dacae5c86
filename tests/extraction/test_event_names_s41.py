"""Event names of stop 41 (sentences invented): the edition's year before a region opens a long
quoted name, a verb that sends a motion to a meeting opens no name, a care class (托管班) is one
event only when named by a year, an edition, a quote or an organiser, and a selection (评选) is an
event when it stands as a noun, not when it is the verb selecting."""

from __future__ import annotations

from stated import stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- the year before a region before a long quoted name ------------------------------------------

LONG_QUOTE = "“劳模工匠进工地、进车间、进社区”宣讲活动"


def test_year_and_region_open_a_long_quoted_name() -> None:
    found = events("12月2日，由株洲市总工会主办的2026年株洲市" + LONG_QUOTE + "在株洲一中启动。")
    assert "2026年株洲市劳模工匠进工地、进车间、进社区宣讲活动" in found
    assert "劳模工匠进工地、进车间、进社区宣讲活动" not in found


def test_year_and_region_name_the_organised_event() -> None:
    found = stated_facts("12月2日，由株洲市总工会主办的2026年株洲市" + LONG_QUOTE + "在株洲一中启动。")
    assert ("株洲市总工会", "organizes", "2026年株洲市劳模工匠进工地、进车间、进社区宣讲活动") in found


def test_a_year_said_of_the_sentence_stays_out() -> None:
    # 在2026年: the time of the clause, no edition of the name
    found = events("株洲市总工会计划在2026年株洲市" + LONG_QUOTE + "中表彰一批宣讲员。")
    assert not any(name.startswith("2026年") for name in found)


# --- a motion sent to a meeting ------------------------------------------------------------------

def test_submitting_verb_opens_no_meeting_name() -> None:
    found = events("合同草案经工会征求职工意见后，于12月5日提交公司第三届职工代表大会第二次会议审议。")
    assert "公司第三届职工代表大会第二次会议" in found
    assert not any(name.startswith("提交") for name in found)


def test_requesting_verb_opens_no_meeting_name() -> None:
    found = events("厂务会研究后，提请青河机床厂四届二次职工代表大会审议通过。")
    assert "青河机床厂四届二次职工代表大会" in found
    assert not any(name.startswith("提请") for name in found)


# --- a care class ----------------------------------------------------------------------------------

def test_a_care_class_named_by_its_year() -> None:
    assert "2026年暑期职工子女爱心托管班" in events("区总工会主办的2026年暑期职工子女爱心托管班在职工之家开班。")


def test_a_care_class_a_body_holds() -> None:
    assert "职工子女爱心托管班" in events("青河区总工会在职工之家举办职工子女爱心托管班，共接收60名孩子。")


def test_a_quoted_care_class_opened() -> None:
    assert "职工子女托管班" in events("集团与第三幼儿园合作开办“职工子女托管班”，每年寒暑假托管职工子女。")


def test_a_care_class_among_facilities_is_no_event() -> None:
    assert not any(n.endswith("托管班") for n in events("服务中心设有职工书屋、爱心托管班和职工健身房。"))
    assert not any(n.endswith("托管班") for n in events("公司工会建起了职工书屋、职工子女暑期托管班和困难职工档案。"))


# --- a selection -------------------------------------------------------------------------------------

def test_a_selection_named_by_what_it_selects() -> None:
    assert "青河市职工优秀技术创新成果评选" in events("公司将推荐优秀成果参加青河市职工优秀技术创新成果评选。")


def test_a_selection_and_recommendation_with_its_year() -> None:
    body = "株洲市总工会于今年10月启动2027年株洲市五一劳动奖和工人先锋号评选推荐工作。"
    assert "2027年株洲市五一劳动奖和工人先锋号评选推荐工作" in events(body)
    assert ("株洲市总工会", "organizes", "2027年株洲市五一劳动奖和工人先锋号评选推荐工作") in stated_facts(body)


def test_a_selection_announced() -> None:
    assert "全国优秀职工读物评选" in events("由青河市出版协会举办的全国优秀职工读物评选昨天揭晓。")


def test_the_verb_selecting_names_no_event() -> None:
    for body in ("结业式上，培训班评选出“优秀学员”10名。",
                 "三是继续评选“青河市首席技师”。",
                 "青河第一人民医院评选的“百强人才”昨天揭晓。",
                 "美术、书法作品分别在各地展出评选后，近期集中展示。",
                 "区总工会评选表彰了一批先进个人。"):
        assert not any(n.endswith("评选") for n in events(body)), body


def test_a_selection_inside_a_ceremony_name_keeps_the_ceremony_whole() -> None:
    found = events("1月9日，2026年“青河杯”全市职工最佳运动员评选揭晓颁奖大会在市体育馆举行。")
    assert any(n.endswith("全市职工最佳运动员评选揭晓颁奖大会") and "青河杯" in n for n in found)


# --- the clause of a meeting's organisers after the verb that attends it -----------------------------

def test_organisers_clause_opens_no_meeting_name() -> None:
    found = events("市领导出席了由青河市总工会主办的新春茶话会。")
    assert "新春茶话会" in found
    assert not any(name.startswith("由") for name in found)


def test_organisers_clause_before_a_bare_head_leaves_no_name() -> None:
    assert not any(name.startswith("由") for name in events("市领导出席了由市外事办主办的招待会。"))


def test_a_convening_clause_still_names_its_meeting() -> None:
    # (召开的: the inner verb of convening, read as before)
    found = events("会议期间，代表们参加了由青河市总工会召开的全市劳模工匠座谈会。")
    assert not any(name.startswith("由") for name in found)


# --- a subtitle line is part of the headline ---------------------------------------------------------

def final_events(text: str) -> set[str]:
    title, _, _ = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


def test_a_subtitle_short_form_is_the_body_full_name() -> None:
    found = final_events("3000多个岗位送到家门口\n——全市“春风送岗”专场招聘会举行\n"
                         "12月5日，由株洲市总工会主办的2026年株洲市“春风送岗”专场招聘会在株洲人力资源市场举行。")
    assert "2026年株洲市春风送岗专场招聘会" in found
    assert "全市春风送岗专场招聘会" not in found


def test_a_scope_form_in_the_body_is_another_event() -> None:
    # (in a body paragraph 全市… may be said of another edition or event: no short form there)
    found = final_events("3000多个岗位送到家门口\n"
                         "12月5日，由株洲市总工会主办的2026年株洲市“春风送岗”专场招聘会在株洲人力资源市场举行。\n"
                         "——全市“春风送岗”专场招聘会将于明年3月再次举行。")
    assert "全市春风送岗专场招聘会" in found
