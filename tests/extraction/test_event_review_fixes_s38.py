"""Fixes of the defects a review found in stop 38's event-name rules: a year admits a campaign only
when the name says it is one (专项), a column label before a middle dot is no part of the name, the
dot keeps the edition and the whole place before it, a headline's short forms (a session before 暨,
全市…) stay in the headline, a quoted title's short form is no smaller unit's campaign, and a verb
after a person's name is no part of the name. Sentences and names invented."""

from __future__ import annotations

import pytest

from stated import headlined_facts, stated_facts

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

TITLE = "青河工会动态"


def _mentions(text: str):
    title = text.partition("\n")[0]
    return extract_article(Article(id="t", source="t", index=0, title=title, text=text)).mentions


def final_events(body: str, title: str = TITLE) -> set[str]:
    return {m.canonical or m.name for m in _mentions(f"{title}\n{body}") if m.type == "Event"}


def forms(text: str) -> dict[str, str]:
    """Each event's name as written → the name it resolves to (the last mention's, when written twice)."""
    return {m.name: m.canonical or m.name for m in _mentions(text) if m.type == "Event"}


def body_forms(text: str) -> list[tuple[str, str]]:
    """(name, resolved name) of the body's event mentions, in order."""
    title = text.partition("\n")[0]
    return [(m.name, m.canonical or m.name) for m in _mentions(text)
            if m.type == "Event" and m.start > len(title)]


# --- 1. a year before 行动/活动 admits no clause ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "2026年全市工会上下一致统一行动，职工满意率达98%。",
    "2026年全县工会党员干部带头行动，成效显著。",
    "2026年全区工会送温暖资金发放行动迅速，困难职工及时领到慰问金。",
    "2026年全市工会职工群众喜闻乐见丰富多彩文化活动不断。",
    "2026年全镇工会干部职工协同行动，成效明显。",
    "2026年全县各级工会组织集中行动，走访困难职工300户。",
])
def test_a_year_before_a_clause_names_no_campaign(body):
    assert not any(n.startswith("2026年") for n in final_events(body)), final_events(body)


@pytest.mark.parametrize("body, name", [
    ("2026年全县快递员冬季关爱专项督导行动在南岭县启动。", "2026年全县快递员冬季关爱专项督导行动"),
    ("市总工会组织开展的2026年全市货车司机权益保障专项行动成效明显。", "2026年全市货车司机权益保障专项行动"),
    ("12月1日，2026年劳模工匠疗休养活动在南岭县启动。", "2026年劳模工匠疗休养活动"),
])
def test_a_named_campaigns_year_still_opens_it(body, name):
    assert name in final_events(body), final_events(body)


# --- 2. a column label before a middle dot --------------------------------------------------------

@pytest.mark.parametrize("label", ["图说", "聚焦", "工会动态", "快讯", "直击"])
def test_a_column_label_is_no_part_of_the_name(label):
    names = final_events(f"{label}·南岭区职工技能大赛在区职工服务中心举行。")
    assert "南岭区职工技能大赛" in names, names
    assert not any(label in n for n in names), names


def test_a_headlines_label_keeps_the_body_name_its_own():
    f = forms("聚焦·南岭区职工技能大赛\n12月2日，南岭区职工技能大赛在区职工服务中心举行。")
    assert f.get("南岭区职工技能大赛") == "南岭区职工技能大赛", f


def test_two_places_joined_after_a_year_still_open_the_name():
    names = final_events("12月3日，2026年海川·云岭工会协作座谈会在云岭县召开。")
    assert "2026年海川·云岭工会协作座谈会" in names, names


def test_a_headlines_joined_places_resolve_to_the_bodys_name():
    f = forms("海川·云岭工会协作座谈会召开\n12月3日，海川·云岭工会协作座谈会在云岭县召开。")
    assert set(f.values()) == {"海川·云岭工会协作座谈会"}, f


@pytest.mark.parametrize("verb", ["参加", "出席", "召开"])
def test_a_verb_before_joined_places_stays_out(verb):
    names = final_events(f"12月3日，市总工会代表{verb}海川·云岭工会协作座谈会。")
    assert "海川·云岭工会协作座谈会" in names, names


def test_a_dotted_persons_name_at_the_head_of_a_line_opens_the_ceremony():
    names = final_events("阿依古丽·买买提劳模创新工作室揭牌仪式在青河机械厂举行。")
    assert "阿依古丽·买买提劳模创新工作室揭牌仪式" in names, names


# --- 3. the dot keeps the edition and the whole place before it ---------------------------------------

@pytest.mark.parametrize("body, name", [
    ("第二届嘉兴·沙雅职工技能大赛在沙雅县开幕。", "第二届嘉兴·沙雅职工技能大赛"),
    ("12月3日，首届海川·云岭职工篮球赛在云岭县开幕。", "首届海川·云岭职工篮球赛"),
    ("12月5日，青河市职工·家属联欢会在市工人文化宫举行。", "青河市职工·家属联欢会"),
])
def test_the_dot_keeps_what_stands_before_the_joined_words(body, name):
    names = final_events(body)
    assert name in names, names


# --- 4. a numbered session before 暨 is short for the 暨 meeting only in the headline -----------------

def test_another_bodys_session_of_the_same_number_stays_its_own():
    text = ("南岭机械集团召开职代会\n"
            "12月8日，南岭机械集团有限公司三届二次职工代表大会暨2027年工作会议在集团职工活动中心召开。"
            "12月10日，集团下属北方机械有限公司也召开了三届二次职工代表大会，审议通过了集体合同草案。")
    assert ("三届二次职工代表大会", "三届二次职工代表大会") in body_forms(text), body_forms(text)
    assert ("北方机械有限公司", "organizes", "三届二次职工代表大会") in headlined_facts(text)


# --- 5. 全市/全区 in the body is no short form of the city's named event ------------------------------

@pytest.mark.parametrize("text, short", [
    ("宝鸡市职工冬季运动会开幕\n12月2日，宝鸡市第五届职工冬季运动会在宝鸡市体育中心开幕。据悉，全市职工运动会将于明年5月举行。",
     "全市职工运动会"),
    ("宝鸡市职工焊工技能大赛开幕\n12月2日，宝鸡市职工焊工技能大赛在宝鸡技师学院开幕。全市职工技能大赛共设8个工种，焊工大赛是第一项。",
     "全市职工技能大赛"),
    ("宝鸡选手在西安市职工技能大赛获佳绩\n12月2日，西安市职工技能大赛闭幕，宝鸡市总工会选派的6名选手获一等奖。"
     "6名选手均在此前举行的全市职工技能大赛中获得前三名。", "全市职工技能大赛"),
])
def test_the_whole_city_in_the_body_is_another_event(text, short):
    assert (short, short) in body_forms(text), body_forms(text)


# --- 6. a quoted title's short form is no smaller unit's campaign -----------------------------------

def test_the_districts_campaign_is_not_its_streets():
    text = ("金台区“暖心护航”行动启动\n12月1日，宝鸡市金台区东风路街道“暖心护航”行动在街道职工服务中心启动，"
            "这是金台区“暖心护航”行动的一部分。")
    assert ("金台区暖心护航行动", "金台区暖心护航行动") in body_forms(text), body_forms(text)


def test_the_districts_campaign_of_a_group_of_workers_is_the_same():
    text = ("金台区“暖心护航”行动启动\n12月1日，宝鸡市金台区新就业形态劳动者“暖心护航”行动在金台区职工服务中心启动，"
            "金台区“暖心护航”行动由区总工会组织。")
    assert ("金台区暖心护航行动", "宝鸡市金台区新就业形态劳动者暖心护航行动") in body_forms(text), body_forms(text)


# --- 7. a verb after a person's name of two is no third character ------------------------------------

@pytest.mark.parametrize("body, person", [
    ("决赛中，李娜获职工技能大赛一等奖。", "李娜"),
    ("赛后，李强夺职工技能大赛冠军。", "李强"),
    ("决赛中，王强获职工技能大赛一等奖。", "王强"),  # (jieba: 王强 an unknown word)
    ("决赛中，刘洋捧职工技能大赛一等奖。", "刘洋"),
])
def test_a_verb_after_a_persons_name_opens_no_event(body, person):
    art = extract_article(Article(id="t", source="t", index=0, title=TITLE, text=f"{TITLE}\n{body}"))
    assert not any(m.type == "Event" and m.name.startswith(person) for m in art.mentions), \
        [m.name for m in art.mentions]
    assert any(m.type == "Person" and m.name == person for m in art.mentions), [m.name for m in art.mentions]


def test_the_contest_won_is_the_one_held():
    f = forms(f"{TITLE}\n12月3日，青河市第五届职工技能大赛闭幕。决赛中，李娜获职工技能大赛一等奖。")
    assert f.get("职工技能大赛") == "青河市第五届职工技能大赛", f


def test_a_split_names_third_character_tagged_a_verb_still_opens_the_ceremony():
    names = final_events("11月2日，刘家发劳模创新工作室揭牌仪式在南岭机械厂举行。")
    assert "刘家发劳模创新工作室揭牌仪式" in names, names


# --- 8. smaller: speech quoted after a colon; a year-end review meeting after its organiser --------

def test_a_quote_after_a_colon_ending_the_sentence_is_speech():
    names = final_events("他说：“今年我们一定要办好全县职工技能大赛”。")
    assert not any("今年我们" in n for n in names), names


def test_a_quoted_title_after_a_verb_still_names_the_event():
    names = final_events("12月1日，南岭县总工会启动“冬日暖心”户外劳动者关爱行动。")
    assert any(n.endswith("冬日暖心户外劳动者关爱行动") for n in names), names


def test_a_year_end_review_meeting_after_its_organiser():
    facts = stated_facts("12月5日，南岭区总工会机关干部年终述职会召开，区总工会主席孙建华出席。")
    assert ("南岭区总工会", "organizes", "机关干部年终述职会") in facts, facts


def test_a_verb_with_its_result_governs_the_event():
    names = final_events("会议要求，各级工会要开好职工代表大会，办好第五届职工运动会。")
    assert "第五届职工运动会" in names, names
    assert not any(n.startswith(("开好", "办好")) for n in names), names
