"""An event's name as written, so that every relation about it lands on one entity (stop 37): a body
right before a quoted brand opens the name, a quoted brand before the year does too, the body that
opens a name organises the event, and a launch whose campaign a sentence takes up by its bare head
is that campaign. Sentences invented for these tests."""

from __future__ import annotations

from stated import headlined_facts, headlined_read_facts

from uniongraph.extraction.events import find_events
from uniongraph.extraction.pipeline import extract_article
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.model import Article

TITLE = "青河工会动态\n"  # (an article's first line is its title: the sentences below are its body)


def events(body: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(TITLE + body))}


def final_events(text: str) -> set[str]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}


# --- a body right before a quoted brand -------------------------------------------------------------

def test_a_body_before_a_quoted_brand_opens_the_name() -> None:
    names = events("12月2日，青河县总工会“书香进车间”流动书屋配送活动在县工业园启动。")
    assert "青河县总工会书香进车间流动书屋配送活动" in names, names


def test_a_bare_level_body_after_shi_opens_the_name() -> None:
    names = events("此次走访是市总工会“寒冬送暖·进工地”系列活动的第二站。")
    assert "市总工会寒冬送暖·进工地系列活动" in names, names


def test_an_industrys_union_before_a_quoted_brand_opens_the_name() -> None:
    names = events("12月12日，青河市教育工会“情暖山村教师”送温暖活动走进河口中学。")
    assert "青河市教育工会情暖山村教师送温暖活动" in names, names
    names = events("此次是区建设工会“平安杯”知识竞赛的决赛。")
    assert "区建设工会平安杯知识竞赛" in names, names


def test_trade_words_with_no_place_are_no_named_union() -> None:
    names = events("12月12日，职工工会“情暖山村教师”送温暖活动走进河口中学。")
    assert not any(n.startswith("职工") for n in names), names


def test_a_verb_between_the_body_and_the_brand_leaves_the_body_out() -> None:
    for body in ("青河县总工会启动“书香进车间”流动书屋配送活动。", "青河县总工会举办“夏日清风”慰问活动。",
                 "青河县总工会联合县人社局开展“夏日清风”慰问活动。"):
        names = events(body)
        assert names and not any(n.startswith("青河县") for n in names), (body, names)


def test_in_a_headline_the_body_is_the_subject() -> None:
    # 某总工会“某某”专项行动启动: a telegraphic clause, the body its subject
    names = {m.name for m in find_events(TokenIndex("青河县总工会“夏日清风”专项行动启动\n本报讯 行动为期两个月。"))}
    assert "夏日清风专项行动" in names and not any(n.startswith("青河县") for n in names), names


def test_a_place_alone_before_the_brand_is_no_body() -> None:
    # (a region before the quote is read by the place rules; a body needs its head: 工会, 公司, 学院)
    names = events("12月2日，河东“书香进车间”流动书屋配送活动在县工业园启动。")
    assert not any(n.startswith("河东总") for n in names), names


# --- a quoted brand before the year -----------------------------------------------------------------

def test_a_brand_before_the_year_opens_the_name() -> None:
    names = events("北岭市总工会近日启动“暖心北岭”2027年元旦春节送温暖活动。")
    assert "暖心北岭2027年元旦春节送温暖活动" in names, names


def test_a_body_before_the_brand_and_year_opens_the_ceremony() -> None:
    names = events("12月3日，北岭市总工会“暖心北岭”2027年元旦春节送温暖活动启动仪式在市工人文化宫举行。")
    assert "北岭市总工会暖心北岭2027年元旦春节送温暖活动启动仪式" in names, names


def test_a_quote_cut_off_by_a_comma_is_no_brand_of_the_year() -> None:
    names = events("职工们说“干就完了”，2027年元旦春节送温暖活动随即展开。")
    assert not any("干就完了" in n for n in names), names


# --- the body that opens a name organises the event ----------------------------------------------

def test_the_body_opening_the_name_organises_the_event() -> None:
    facts = headlined_read_facts("青河工会动态\n12月3日，青河县总工会“劳模进工地”宣讲活动走进县高铁站建设现场。")
    assert ("青河县总工会", "organizes", "青河县总工会劳模进工地宣讲活动") in facts, facts


def test_a_body_before_a_year_organises_its_campaigns_launch() -> None:
    facts = headlined_read_facts("青河工会动态\n12月1日，青河县总工会2027年元旦春节送温暖活动启动仪式在县职工服务中心举行。")
    assert ("青河县总工会", "organizes", "青河县总工会2027年元旦春节送温暖活动启动仪式") in facts, facts


def test_a_bodys_own_work_meeting_is_not_organised_by_its_name() -> None:
    facts = headlined_facts("青河工会动态\n青河机械总公司2027年度工作会议昨天在厂部召开。")
    assert not any(r == "organizes" and h == "青河机械总公司" for h, r, _ in facts), facts


# --- a launch whose campaign the next sentence takes up -----------------------------------------

def test_a_bare_head_opening_a_sentence_takes_up_the_campaign() -> None:
    names = final_events("青河开赛\n11月2日，“筑路先锋”青河大道快速通道工程劳动竞赛启动仪式在施工现场举行。"
                         "竞赛由青河市总工会、青河市交通运输局联合主办。")
    assert "筑路先锋青河大道快速通道工程劳动竞赛" in names, names
    assert not any(n.endswith("启动仪式") for n in names), names


def test_the_ceremony_taken_up_stays_the_event() -> None:
    names = final_events("青河启动\n11月2日，“筑路先锋”青河大道快速通道工程劳动竞赛启动仪式在施工现场举行。"
                         "仪式由青河市总工会主办。")
    assert "筑路先锋青河大道快速通道工程劳动竞赛启动仪式" in names, names


def test_a_head_inside_a_clause_takes_nothing_up() -> None:
    # (竞赛由 after other words of its clause is no sentence about the campaign)
    names = final_events("青河启动\n11月2日，“筑路先锋”青河大道快速通道工程劳动竞赛启动仪式在施工现场举行，"
                         "另一项竞赛由青河市总工会主办。")
    assert "筑路先锋青河大道快速通道工程劳动竞赛启动仪式" in names, names


# --- a longer run of nouns between the brand and the head ----------------------------------------

def test_a_city_and_its_people_between_the_brand_and_the_head() -> None:
    names = events("11月8日，“青河有约·相伴同行”青河市青年职工交友联谊活动在湖滨草坪举行。")
    assert "青河有约·相伴同行青河市青年职工交友联谊活动" in names, names


def test_a_verb_in_a_long_bridge_ends_the_name() -> None:
    names = events("市总工会将“送教到基层”专项工作纳入年度干部教育培训。")
    assert not any(n.endswith("培训") for n in names), names


# --- a special inspection named by its year ------------------------------------------------------

def test_a_special_inspection_with_its_year_is_named() -> None:
    names = events("12月5日，青河县总工会联合县应急管理局开展2026年冬季矿山安全群众监督专项检查。")
    assert "2026年冬季矿山安全群众监督专项检查" in names, names


def test_a_special_inspection_without_an_edition_is_no_name() -> None:
    for body in ("青河分局认真开展领导干部住房和住房集资专项检查。", "2025年全县组织专项检查三次。"):
        assert not any(n.endswith("专项检查") for n in events(body)), body


def test_an_inspection_campaign_is_named_whole() -> None:
    assert "2026年冬季矿山安全专项检查行动" in events("12月5日，青河县总工会开展2026年冬季矿山安全专项检查行动。")
    names = events("12月5日，青河县总工会开展“平安过冬”安全生产专项检查行动。")
    assert "平安过冬安全生产专项检查行动" in names, names
