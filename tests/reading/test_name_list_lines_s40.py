"""A list of bodies set one name a line (units honoured by a decision, a table without bars) keeps one
name a line, while a paragraph that a line wrap or page break cuts still joins (invented pages)."""

from __future__ import annotations

from uniongraph.reading import read_text
from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines)])]


def test_names_one_a_line_stay_apart_and_the_list_ends_before_the_text() -> None:
    lines = ("一、先进职工之家（3个）", "青禾市北关街道总工会", "丰源县金穗面业有限公司工会",
             "青禾市第二人民医院工会", "二、先进职工小家（2个）", "丰源县金穗面业有限公司包装车间分工会",
             "青禾市实验中学工会教工小组", "希望受到表彰的单位再接再厉。")
    assert texts(*lines) == list(lines)


def test_name_lines_on_a_page_give_one_paragraph_each() -> None:
    page = ("# 关于表彰先进职工之家的决定\n\n青工发〔2026〕12号\n\n各县区总工会：\n\n决定表彰以下单位。\n\n"
            "青禾市北关街道总工会\n丰源县金穗面业有限公司工会\n青禾市第二人民医院工会\n\n望再接再厉。\n")
    [art] = read_text(page, "p.md").articles
    body = art.text[art.body_start:].split("\n")
    assert "青禾市北关街道总工会" in body and "丰源县金穗面业有限公司工会" in body and "青禾市第二人民医院工会" in body
    assert "青工发〔2026〕12号" in body  # a document number is a line of its own, no part of the addressees


def test_a_wrapped_paragraph_still_joins() -> None:
    # a paragraph cut inside a sentence: the first part holds a comma, or is the tail of a joined paragraph
    assert texts("近日，青禾市总工会", "丰源县金穗面业有限公司工会联合举办培训。") == \
        ["近日，青禾市总工会丰源县金穗面业有限公司工会联合举办培训。"]
    assert texts("活动由青禾", "市总工会", "丰源县金穗面业有限公司工会", "联合举办。") == \
        ["活动由青禾市总工会丰源县金穗面业有限公司工会联合举办。"]


def test_a_conjunction_or_preposition_opening_the_next_line_joins() -> None:
    assert texts("丰源县金穗面业有限公司", "和青禾市交通运输集团有限公司签订协议。") == \
        ["丰源县金穗面业有限公司和青禾市交通运输集团有限公司签订协议。"]
    assert texts("青禾市实验中学工会", "由市教育局") == ["青禾市实验中学工会由市教育局"]


def test_a_lone_name_line_still_joins_a_broken_sentence() -> None:
    # one name line is no list: the next line that is no name continues it
    assert texts("丰源县金穗面业有限公司工会", "近日组织职工开展健步走活动。") == \
        ["丰源县金穗面业有限公司工会近日组织职工开展健步走活动。"]


def test_names_parted_by_commas_under_a_section_head_end_there() -> None:
    # a paragraph of its own (blank lines around it): the head's entry (fix-read: a line wrapped into
    # the next one is the sentence's subject, tests/reading/test_fixes_fix_read_s40.py)
    lines = ("三、精神文明奖", "青禾学院外语系分工会、青禾学院后勤处分工会", "希望获奖单位珍惜荣誉。")
    assert [b.text for b in repair_breaks([Block(t, 2 * k) for k, t in enumerate(lines)])] == list(lines)


def test_a_line_of_names_under_running_text_still_joins() -> None:
    # no section head above it: the names are the subject of a sentence wrapped to the next line
    assert texts("近日，青禾学院举行运动会，", "青禾学院外语系分工会、青禾学院后勤处分工会", "获得精神文明奖。") == \
        ["近日，青禾学院举行运动会，青禾学院外语系分工会、青禾学院后勤处分工会获得精神文明奖。"]
    # a part that is no name (后勤处 and 工会 parted) makes the line no list of names
    assert texts("三、精神文明奖", "青禾学院外语系分工会、后勤处全体", "职工获得表扬。") == \
        ["三、精神文明奖", "青禾学院外语系分工会、后勤处全体职工获得表扬。"]
