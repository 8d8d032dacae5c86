"""Event names whole, so that every relation about an event lands on one entity (stop 38): two
places joined by a middle dot open the name together, a person's name jieba split opens a studio's
ceremony, a quoted sentence is no title, an assessment meeting and a funeral are events, 经审 is a
word of a name, and a campaign's year opens its long name. Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def final_events(body: str) -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=TITLE, text=f"{TITLE}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- two places (or brands) joined by a middle dot ---------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("12月3日，2026年青河·南岭工会协作座谈会在南岭县召开。", "2026年青河·南岭工会协作座谈会"),
    ("12月5日，2026年海川·云岭跨省劳务协作工会工作联席会议在云岭市召开。", "2026年海川·云岭跨省劳务协作工会工作联席会议"),
])
def test_a_dot_joins_two_places_in_one_name(body, name):
    names = final_events(body)
    assert name in names, names
    assert not any(n.startswith("·") for n in names), names


def test_the_event_of_the_joined_name_gets_its_facts():
    facts = stated_facts("12月3日，2026年青河·南岭工会协作座谈会在南岭县召开。青河县总工会主席赵立新出席。")
    assert ("2026年青河·南岭工会协作座谈会", "heldAt", "南岭县") in facts, facts


def test_a_dotted_persons_name_makes_no_event():
    assert not final_events("会上，阿依古丽·买买提介绍了工会工作情况。")


# --- a person's name of three that jieba split opens a studio's ceremony -----------------------------

@pytest.mark.parametrize("body, name", [
    ("11月2日，陈家顺劳模创新工作室揭牌仪式在南岭机械厂举行。", "陈家顺劳模创新工作室揭牌仪式"),
    ("11月2日，刘家顺技能大师工作室揭牌仪式在南岭机械厂举行。", "刘家顺技能大师工作室揭牌仪式"),
])
def test_a_split_persons_name_opens_the_ceremony(body, name):
    names = final_events(body)
    assert name in names, names


def test_a_function_word_after_a_surnames_word_opens_no_name():
    names = final_events("11月2日，王家在劳模创新工作室揭牌仪式上发言。")
    assert not any(n.startswith("王家") for n in names), names


# --- a quoted sentence is speech, no event's title ---------------------------------------------------

def test_a_quoted_sentence_is_no_title():
    names = final_events("他说：“学了技术就能多挣钱。”青河建设工程有限公司负责人当场签约。")
    assert not any("。" in n or "，" in n for n in names), names


def test_a_quoted_slogan_still_names_an_activity():
    names = final_events("12月1日，南岭县总工会启动“冬日暖心”户外劳动者关爱行动。")
    assert any(n.endswith("冬日暖心户外劳动者关爱行动") for n in names), names


# --- assessment meetings and funerals ----------------------------------------------------------------

def test_an_assessment_meeting_convened():
    facts = stated_facts("青河区总工会召开2026年度基层工会主席述职评议会，区总工会主席孙建华出席。")
    assert ("青河区总工会", "organizes", "2026年度基层工会主席述职评议会") in facts, facts


def test_a_funeral_ceremony_named_after_the_dead():
    facts = stated_facts("张德明同志遗体告别仪式于12月6日在南岭市殡仪馆举行。")
    assert ("张德明同志遗体告别仪式", "heldAt", "南岭市殡仪馆") in facts, facts


def test_a_bare_assessment_needs_a_name():
    assert "评议会" not in final_events("会上还召开了评议会。")


# --- 经审 is a word of the name, no preposition ------------------------------------------------------

def test_audit_word_inside_a_class_name():
    names = final_events("市总工会举办2026年青河市工会经审干部业务培训班，专家授课。")
    assert "2026年青河市工会经审干部业务培训班" in names, names


# --- a campaign's year opens its long name -----------------------------------------------------------

def test_a_campaigns_year_opens_its_long_name():
    names = final_events("县总工会组织开展的2026年全县环卫工人冬季关爱专项服务行动落实情况良好。")
    assert "2026年全县环卫工人冬季关爱专项服务行动" in names, names


@pytest.mark.parametrize("body", [
    "2026年他参加行动。",  # the year dates what he did
    "2026年全县工会共开展行动12次。",  # a count of actions, none named
])
def test_a_year_before_a_bare_action_names_none(body):
    assert not final_events(body)


# --- a verb of competing governs the contest: the teams before it are its subject --------------------

def test_teams_competing_open_no_contests_name():
    names = final_events("南岭市12支代表队角逐“平安杯”安全知识竞赛。")
    assert "平安杯安全知识竞赛" in names, names
    assert not any("角逐" in n for n in names), names


# --- one event, two forms: a headline's short form tied to the full name -----------------------------

def _forms(text: str) -> dict[str, str]:
    title = text.partition("\n")[0]
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.name: m.canonical or m.name for m in art.mentions if m.type == "Event"}


def test_the_whole_city_stands_for_the_city_opening_the_full_name():
    forms = _forms("全市职工书屋建设推进会召开\n12月2日，宝鸡市职工书屋建设工作推进会在宝鸡市会议中心召开。")
    assert forms.get("全市职工书屋建设推进会") == "宝鸡市职工书屋建设工作推进会", forms


def test_the_whole_city_is_no_county():
    forms = _forms("全市职工书屋建设推进会召开\n12月2日，眉县职工书屋建设工作推进会在眉县会议中心召开。")
    assert forms.get("全市职工书屋建设推进会") == "全市职工书屋建设推进会", forms


def test_a_numbered_session_before_ji_without_its_body():
    forms = _forms("南岭机械集团召开三届二次职工代表大会\n"
                   "12月8日，南岭机械集团有限公司三届二次职工代表大会暨2027年工作会议在集团职工活动中心召开。")
    assert forms.get("三届二次职工代表大会") == "南岭机械集团有限公司三届二次职工代表大会暨2027年工作会议", forms


# --- a quoted season of service, its head glued to 在 by jieba -----------------------------------------

def test_a_quoted_season_of_service_ends_before_a_glued_preposition():
    names = final_events("12月5日，由青河区总工会主办的“青河工会·暖心同行”新就业形态劳动者入会服务季在青河广场启动。")
    assert "青河工会·暖心同行新就业形态劳动者入会服务季" in names, names


def test_a_bare_season_of_service_names_none():
    assert not final_events("今年的服务季在广场启动，职工踊跃参加。")


# --- one event by its quoted title: fewer words before the same title, or the slogan left off ---------

def test_fewer_words_before_the_same_quoted_title():
    forms = _forms("金台区“暖心护航”行动启动\n"
                   "12月1日，宝鸡市金台区新就业形态劳动者“暖心护航”行动在金台区职工服务中心启动。")
    assert forms.get("金台区暖心护航行动") == "宝鸡市金台区新就业形态劳动者暖心护航行动", forms


def test_another_quoted_title_is_another_event():
    forms = _forms("金台区“暖心同行”行动启动\n"
                   "12月1日，宝鸡市金台区新就业形态劳动者“暖心护航”行动在金台区职工服务中心启动。")
    assert forms.get("金台区暖心同行行动") == "金台区暖心同行行动", forms


def test_the_opening_slogan_left_off():
    forms = _forms("宝鸡东环路改造工程劳动竞赛启动\n"
                   "11月3日，“匠心筑路·建功高新”宝鸡高新区东环路改造工程劳动竞赛在项目施工现场启动。")
    assert forms.get("宝鸡东环路改造工程劳动竞赛") == "匠心筑路·建功高新宝鸡高新区东环路改造工程劳动竞赛", forms


def test_the_slogan_left_off_but_another_road():
    forms = _forms("宝鸡东环路改造工程劳动竞赛启动\n"
                   "11月3日，“匠心筑路·建功高新”宝鸡高新区西环路改造工程劳动竞赛在项目施工现场启动。")
    assert forms.get("宝鸡东环路改造工程劳动竞赛") == "宝鸡东环路改造工程劳动竞赛", forms
