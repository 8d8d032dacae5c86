"""Fixes of stop 39's event rules after review (fix-event-s39): a contest's name keeps a verb or an
adverb its modifier holds, an edition's short form in a headline, a 【…】 label that is no place,
who performs a ceremony's act, honours at a campaign's meeting, past banners, listed trades before
a facility, a venue after a county. Sentences and names invented."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article

from stated import headlined_facts, stated_facts


def events(body: str, title: str = "") -> set[str]:
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- 1, 2: a contest's modifier that holds a verb or 同台 -----------------------------------------

@pytest.mark.parametrize("body, name", [
    ("12月3日，2026年青川两地职工同台竞技邀请赛在青川市工人文化宫举行，比赛由青川市总工会主办。",
     "2026年青川两地职工同台竞技邀请赛"),
    ("12月2日，石门市第三届职工主持大赛在石门市工人文化宫举行。", "石门市第三届职工主持大赛"),
    ("12月3日，石门市首届班组长现场观摩比武在石门重型机械有限公司举行。", "石门市首届班组长现场观摩比武"),
    ("11月28日，石门市首届班组长技能比武在石门重型机械有限公司举行。", "石门市首届班组长技能比武"),
])
def test_a_verb_or_adverb_inside_a_contests_name(body, name):
    got = events(body)
    assert name in got, got


@pytest.mark.parametrize("body", [
    "石门港二十个班组同台比武。",
    "石门市总工会副主席邓晓辉现场观摩比武。",
    "石门区总工会副主席钱海宁现场观摩比武。",  # (海宁 a place to jieba: the name after a title)
    "职工们现场观摩比武。",
])
def test_a_subject_and_its_verb_name_no_contest(body):
    got = events(body)
    assert not any(n.endswith("比武") for n in got), got


# --- 3: a headline's 全市 short form that keeps the edition -------------------------------------

def _event_names(text: str) -> list[tuple[str, str | None]]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return [(m.name, m.canonical) for m in art.mentions if m.type == "Event"]


@pytest.mark.parametrize("title", ["全市第四届职工技能大赛开幕", "全市职工技能大赛开幕"])
def test_a_headlines_whole_city_form_is_the_bodys_edition(title):
    got = _event_names(title + "\n12月1日，汉中市第四届职工技能大赛在汉中技师学院开幕。")
    assert {c or n for n, c in got} == {"汉中市第四届职工技能大赛"}, got


def test_another_edition_in_the_headline_is_another_event():
    got = _event_names("全市第五届职工技能大赛开幕\n12月1日，汉中市第四届职工技能大赛在汉中技师学院开幕。")
    assert ("全市第五届职工技能大赛", None) in got, got


# --- 4: a column's label in black brackets opens no brief ----------------------------------------

CONGRESS = "青川市总工会第五次代表大会开幕\n12月3日，青川市总工会第五次代表大会在青川市会议中心开幕。\n"


@pytest.mark.parametrize("label", ["会场花絮", "代表风采"])
def test_a_column_label_keeps_the_reports_event(label):
    facts = headlined_facts(CONGRESS + f"【{label}】会议期间，来自基层的代表们踊跃建言。青川市总工会主席邓立新出席。\n")
    assert ("邓立新", "participatesIn", "青川市总工会第五次代表大会") in facts, facts


def test_a_place_tag_opens_an_item_of_its_own():
    # an item of another county: its bare 出席 attends the item's own event, not the lead's
    facts = headlined_facts(CONGRESS + "【南川县】12月2日，南川县职工书法展在南川县文化馆开展。"
                                       "县总工会主席邓立新出席。\n")
    assert ("邓立新", "participatesIn", "青川市总工会第五次代表大会") not in facts, facts


# --- 5, 6: who performs the ceremony's own act --------------------------------------------------

OPENING = ("青川市职工法律援助服务中心揭牌\n"
           "12月3日，青川市职工法律援助服务中心揭牌仪式在青川市职工服务大厦举行。\n")
CEREMONY = "青川市职工法律援助服务中心揭牌仪式"


@pytest.mark.parametrize("act", [
    "青川市副市长蔡文清、市总工会常务副主席包晓梅等领导共同为中心揭牌。",
    "青川市副市长蔡文清、市总工会常务副主席包晓梅等嘉宾一起为中心揭牌。",
    "青川市副市长蔡文清、市总工会常务副主席包晓梅共同为中心揭牌。",
])
def test_those_who_perform_the_act_take_part(act):
    facts = headlined_facts(OPENING + act + "\n")
    for name in ("蔡文清", "包晓梅"):
        assert (name, "participatesIn", CEREMONY) in facts, facts


@pytest.mark.parametrize("later", [
    "去年5月，南川县副县长韩立明还为南川县职工法律援助工作站揭牌。",
    "2025年，南川县副县长韩立明曾为县职工驿站揭牌。",
    "南川县副县长韩立明还为南川县职工法律援助工作站揭牌。",
])
def test_the_act_at_another_time_or_for_another_body_is_no_part(later):
    facts = headlined_facts(OPENING + "青川市副市长蔡文清共同为中心揭牌。\n" + later + "\n")
    assert ("韩立明", "participatesIn", CEREMONY) not in facts, facts
    assert ("蔡文清", "participatesIn", CEREMONY) in facts, facts


# --- 7: an honour given at a campaign's meeting stays at the meeting ------------------------------

PUSH = "12月2日，青川快速通道建设劳动竞赛第四季度推进会在青川市金台区召开。\n"
PUSH_MEETING = "青川快速通道建设劳动竞赛第四季度推进会"
PUSH_CAMPAIGN = "青川快速通道建设劳动竞赛"


@pytest.mark.parametrize("line", [
    "会上，青川市总工会为获得青川市五一劳动奖状的单位授牌，青川路桥建设有限公司获得青川市五一劳动奖状。",
    "会上，青川路桥建设有限公司获得“优秀组织奖”。",
])
def test_an_honour_at_the_meeting_stays_there(line):
    facts = stated_facts(PUSH + line)
    assert ("青川路桥建设有限公司", "participatesIn", PUSH_CAMPAIGN) not in facts, facts
    assert ("青川路桥建设有限公司", "participatesIn", PUSH_MEETING) in facts, facts


@pytest.mark.parametrize("line", [
    "本季度评比中，青川路桥建设有限公司获得第一名。",
    "青川路桥建设有限公司获得本季度“流动红旗”。",
])
def test_the_campaigns_own_prize_is_won_in_the_campaign(line):
    facts = stated_facts(PUSH + line)
    assert ("青川路桥建设有限公司", "participatesIn", PUSH_CAMPAIGN) in facts, facts


# --- 8: a past prize or another body's banner is no win in the reported contest -------------------

CONTEST = "12月2日，2026年青川市建筑业职工技能大赛在青川技师学院举行。\n"
CONTEST_NAME = "2026年青川市建筑业职工技能大赛"


@pytest.mark.parametrize("line", [
    "2025年，南川县建筑工人王立刚曾获得市住建局“安全文明工地流动红旗”，但因伤未能参加本次比赛。",
    "2025年，南川县建筑工人王立刚获得市住建局颁发的“优秀工地奖”。",
    "南川县建筑工人王立刚曾获得“优秀工地奖”。",
])
def test_a_past_or_anothers_prize_is_no_win_here(line):
    facts = stated_facts(CONTEST + line)
    assert ("王立刚", "participatesIn", CONTEST_NAME) not in facts, facts


@pytest.mark.parametrize("line", [
    "南川县建筑工人王立刚获得钢筋工项目一等奖。",
    "2026年，南川县建筑工人王立刚获得钢筋工项目一等奖。",
])
def test_a_prize_told_after_the_contest_is_won_in_it(line):
    facts = stated_facts(CONTEST + line)
    assert ("王立刚", "participatesIn", CONTEST_NAME) in facts, facts


# --- 9: groups of workers joined by 和 (and listed by 、) inside an event's name ------------------

@pytest.mark.parametrize("body, name", [
    ("12月1日，青川市快递员和外卖骑手座谈会在青川市总工会召开。", "青川市快递员和外卖骑手座谈会"),
    ("12月1日，青川市货车司机、快递员和外卖骑手暖心驿站揭牌仪式在金台区举行。",
     "青川市货车司机、快递员和外卖骑手暖心驿站揭牌仪式"),
    ("12月1日，青川市货车司机、网约车司机和外卖骑手暖心驿站启用仪式在金台区举行。",
     "青川市货车司机、网约车司机和外卖骑手暖心驿站启用仪式"),
])
def test_listed_groups_stay_in_the_name(body, name):
    got = events(body)
    assert name in got, got


@pytest.mark.parametrize("body", [
    "12月1日，市总工会为货车司机、快递员和外卖骑手举办座谈会。",
    "12月1日，货车司机、快递员和外卖骑手参加了座谈会。",
])
def test_groups_governed_by_a_verb_name_no_event(body):
    got = events(body)
    assert not any("骑手" in n for n in got), got


# --- 10: a venue that opens with a place's name is still unread ----------------------------------

@pytest.mark.parametrize("body, area", [
    ("赵卫东同志遗体告别仪式定于12月6日上午在眉县龙山陵园举行。", "眉县"),
    ("赵卫东同志遗体告别仪式定于12月6日上午在城东区松柏苑举行。", "城东区"),
])
def test_the_area_of_a_venue_that_opens_with_a_place(body, area):
    facts = stated_facts(body)
    assert ("赵卫东同志遗体告别仪式", "heldAt", area) in facts, facts


def test_a_venue_read_whole_is_related_by_its_chain():
    facts = stated_facts("12月3日，南川县职工运动会在南川县体育馆隆重举行。")
    assert ("南川县职工运动会", "heldAt", "南川县体育馆") in facts, facts
    assert ("南川县职工运动会", "heldAt", "南川县") not in facts, facts


def test_a_winners_surname_is_no_past():
    facts = stated_facts(CONTEST + "南川县建筑工人曾立刚获得钢筋工项目一等奖。")
    assert ("曾立刚", "participatesIn", CONTEST_NAME) in facts, facts
