"""Persons named by a page's credit, fact and results lines (stop 33): invented pages."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text
from uniongraph.model import Article
from uniongraph.reading.articles import split_articles
from uniongraph.reading.bylines import find_bylines


def persons(text: str) -> set[str]:
    return {m.name for m in extract_text(text).mentions if m.type == "Person"}


def test_a_credit_label_names_a_person_the_dictionary_reads_otherwise() -> None:
    names = persons("班组长说，今年要再上台阶。\n文字：钱思远　图片：马超　编辑：袁晓阳\n")
    assert {"钱思远", "马超", "袁晓阳"} <= names
    assert "赵一鸣" in persons("班组长说，今年要再上台阶。\n文字：钱思远　图片：赵一鸣\n")


def test_the_author_of_a_page_is_a_person() -> None:
    assert "应小雅" in persons("发布时间：2026-12-11　来源：东岭市卫生健康工会　作者：应小雅\n医院工会开展活动。")


def test_a_credit_line_closes_the_story_above_it_and_leads_no_headline_in() -> None:
    page = ("# 东岭港召开职代会\n\n东岭港集团今天召开职代会。\n\n文字：钱思远　图片：赵一鸣\n\n"
            "# 首批职工赴海边疗休养\n\n首批职工今天出发。\n")
    first, second = split_articles(page, "p.md")
    assert first.text.endswith("文字：钱思远\u3000图片：赵一鸣") and second.kicker == ""
    # a short headline-shaped line above a headline is still its kicker
    one, two = split_articles("# 甲\n\n正文一。\n\n东岭工会　微信公众号\n\n# 乙\n\n正文二。\n", "p.md")
    assert two.kicker == "东岭工会　微信公众号"


def test_a_byline_in_a_line_of_facts() -> None:
    text = "标题\n发布时间：2026-12-10　来源：东岭日报　记者 戴小清　通讯员 林一舟\n12月9日，大赛落幕。"
    got = [(b.role, b.name) for b in find_bylines(Article("a", "p.md", 0, "标题", text))]
    assert got == [("reporter", "戴小清"), ("correspondent", "林一舟")]
    # a source with no role after it gives no byline
    text = "标题\n发布时间：2026-12-10　来源：东岭日报\n12月9日，大赛落幕。"
    assert find_bylines(Article("a", "p.md", 0, "标题", text)) == []


def test_the_winner_closing_a_results_line() -> None:
    names = persons("二、个人项目第一名\n男子100米：机械工程学院 邵文卓\n女子跳绳：图书馆　柏雨菲\n三、其他")
    assert {"邵文卓", "柏雨菲"} <= names
    # a line that ends in a common word, or with no surname, names no one
    assert not persons("一等奖：机械工程学院 团体\n二等奖：体育学院 优秀\n")


def test_the_party_of_an_agreement_opens_no_name() -> None:
    names = persons("签约仪式上，总经理林海川与工会主席吴小芬分别代表企业方和职工方签字。")
    assert not any(n.startswith("方") for n in names)
    # 方 as a surname after a title or a noun for a person
    assert "方建业" in persons("厂长方建业签字后说，今年要再上台阶。")
    assert "方建业" in persons("车间职工方建业说，今年要再上台阶。")


def relations(page: str, tmp_path) -> set[tuple[str, str, str]]:
    from uniongraph.extraction.pipeline import extract_document
    from uniongraph.reading import read_document

    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    doc = extract_document(read_document(path))
    return {(r.head, r.relation, r.tail) for a in doc.articles for r in a.relations}


_NOTICE = ("# 关于第五届职工趣味运动会比赛结果的通报\n\n各分工会：\n\n11月2日，第五届职工趣味运动会在东岭体育中心举行。\n\n"
           "一、团体奖\n\n一等奖：东岭机电学院分工会、东岭图书馆分工会\n\n二、个人项目第一名\n\n"
           "男子跳远：东岭机电学院 谢文卓\n\n女子跳绳：东岭图书馆 钱雨菲\n\n东岭大学工会\n")


def test_a_results_notice_ties_its_winners_to_the_event_and_their_units(tmp_path) -> None:
    rels = relations(_NOTICE, tmp_path)
    event = next(t for h, r, t in rels if h == "谢文卓" and r == "participatesIn")
    assert "第五届职工趣味运动会" in event
    assert ("谢文卓", "worksFor", "东岭机电学院") in rels
    assert ("钱雨菲", "participatesIn", event) in rels
    assert ("东岭机电学院分工会", "participatesIn", event) in rels
    assert ("东岭图书馆分工会", "participatesIn", event) in rels


def test_results_lines_outside_a_results_notice_tie_no_one(tmp_path) -> None:
    page = _NOTICE.replace("比赛结果的通报", "的筹备通知")
    rels = relations(page, tmp_path)
    assert not any(r == "participatesIn" and h in ("谢文卓", "东岭机电学院分工会") for h, r, t in rels)


def test_a_list_entry_line_stands_alone() -> None:
    from uniongraph.reading.blocks import Block
    from uniongraph.reading.repair import repair_breaks

    lines = [Block("一等奖：东岭机电学院分工会", 1), Block("男子跳远：东岭机电学院 谢文卓", 3)]
    assert [b.text for b in repair_breaks(lines)] == ["一等奖：东岭机电学院分工会", "男子跳远：东岭机电学院 谢文卓"]
    # a quotation opened by a clause (他说：) is a sentence broken by the layout, joined
    broken = [Block("厂长在会上说：今年要把安全", 1), Block("放在第一位。", 3)]
    assert [b.text for b in repair_breaks(broken)] == ["厂长在会上说：今年要把安全放在第一位。"]


def test_the_unit_before_a_winners_name_is_a_body_of_its_own() -> None:
    text = "二、个人项目第一名\n男子跳远：东岭机电学院 谢文卓\n女子跳绳：东岭图书馆 钱雨菲\n男子铅球：后勤保障处 孔立新\n"
    bodies = {(m.name, m.type) for m in extract_text(text).mentions if m.type != "Person"}
    assert {("东岭机电学院", "Organization"), ("后勤保障处", "Organization")} <= bodies
    # a value that is no unit (a common word, a team's score) gives none
    text = "男子跳远：成绩优秀 谢文卓\n女子跳绳：第二名 钱雨菲\n"
    assert not [m for m in extract_text(text).mentions if m.type != "Person"]


def test_a_notices_contact_line_is_no_results_line() -> None:
    assert not persons("咨询电话：0571-12345678 张女士\n")
    assert not persons("报名方式：扫码报名 王老师\n")
    assert "邵文卓" in persons("一等奖：机械工程学院 邵文卓\n二等奖：体育学院 柏雨菲\n")


def test_an_author_credit_line_closes_the_story_above_it_too() -> None:
    # (the page's credit labels are one list, reading.patterns.CREDIT_LABEL, 作者 among them)
    page = ("# 青禾镇工会慰问环卫工人\n\n青禾镇工会今天走访环卫站。\n\n作者：闻晓岚\n\n"
            "# 冬季长跑比赛开赛\n\n比赛今天开始。\n")
    first, second = split_articles(page, "p.md")
    assert first.text.endswith("作者：闻晓岚") and second.kicker == ""
