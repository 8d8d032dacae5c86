"""Blocks, page-break repair and article splitting on small pages written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from uniongraph import ids
from uniongraph.reading.articles import split_articles
from uniongraph.reading.blocks import (
    Block,
    looks_like_markdown,
    opens_article,
    page_blocks,
    split_blocks,
)
from uniongraph.reading.repair import repair_breaks

DATA = Path(__file__).resolve().parents[1] / "data" / "reading"


def _kinds(text: str, markdown: bool | None = None) -> list[tuple[str, str, int]]:
    return [(b.kind, b.text, b.line) for b in page_blocks(text, markdown=markdown)]


def _repaired(text: str) -> list[str]:
    # split only: the first-line headline rule would otherwise take a short first line
    blocks = split_blocks(text, markdown=looks_like_markdown(text))
    return [b.text for b in repair_breaks(blocks)]


# --- blocks ---------------------------------------------------------------------------------


def test_headings_and_lines() -> None:
    page = "\n# 第一版\n\n## 要闻  ##\n\n正文第一段。\n正文第二段。\n"
    assert _kinds(page) == [
        ("heading", "第一版", 2),
        ("heading", "要闻", 4),
        ("body", "正文第一段。", 6),
        ("body", "正文第二段。", 7),
    ]


def test_setext_heading_and_rule() -> None:
    page = "工会新闻\n====\n\n本报讯 正文。\n\n---\n\n下一段。"
    assert _kinds(page, markdown=True) == [
        ("heading", "工会新闻", 1),
        ("body", "本报讯 正文。", 4),
        ("body", "下一段。", 8),
    ]


def test_hash_is_text_when_not_markdown() -> None:
    assert _kinds("# 不是标题的一行。\n正文。", markdown=False)[0][0] == "body"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("# 标题\n正文", True), ("正文\n#话题#", False), ("  ## 标题", True), ("#标题", False)],
)
def test_looks_like_markdown(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本报讯（记者 张晶）岁末年初，室外寒风凛冽。", True),
        ("本报北京１月２２日讯记者颜世贵报道：北京市总工会今天下午…", True),
        ("本报北京一月一日讯中央人民广播电台记者刘振英报道：", True),
        ("新华社曼谷１月２１日电（记者熊平）泰国内阁日前批准…", True),
        ("据新华社莫斯科１２月３０日电（记者张铁柱）俄罗斯总统…", True),
        ("新华社达沃斯（瑞士）１月２９日电（记者李敬臣）世界经济论坛…", True),
        ("本报记者 朱剑红", True),
        ("新华社记者陈雁、本报记者何加正报道：会议今天举行。", True),
        ("（记者 张晶）岁末年初…", True),
        ("记者从会上了解到，今年将继续开展活动。", False),
        ("合作社开展送电下乡活动。", False),
        ("（新华社记者樊如钧摄）", False),
        ("创集团共建设职工之家14个。", False),
    ],
)
def test_opens_article(paragraph: str, expected: bool) -> None:
    assert opens_article(paragraph) is expected


def test_unmarked_headline_before_dateline() -> None:
    page = "上一篇的最后一段。\n区总工会慰问环卫工人\n本报讯 连日来，区总工会走访慰问。"
    assert [k for k, _, _ in _kinds(page)] == ["body", "headline", "body"]


def test_headline_may_end_with_exclamation_before_dateline() -> None:
    page = "向劳动者致敬！\n本报讯 五一前夕，市总工会举行表彰大会。"
    assert _kinds(page)[0][0] == "headline"


def test_full_stop_line_is_never_a_headline() -> None:
    page = "调查仍在进行中。\n本报讯 五一前夕，市总工会举行表彰大会。"
    assert _kinds(page)[0][0] == "body"


def test_kickers_above_heading() -> None:
    page = "上文结束。\n\n新春走基层\n\n## 志愿服务队走进工地\n\n志愿者送去义诊。"
    assert [k for k, _, _ in _kinds(page)] == ["body", "kicker", "heading", "body"]


def test_short_sentence_before_heading_is_body_not_kicker() -> None:
    page = "# 甲\n\n测量血压、讲解健康知识。（陈芳）\n\n# 乙\n\n正文。"
    assert _kinds(page)[1][0] == "body"


# --- page-break repair ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # broken mid-word across a blank line
        ("来自开联信息技术有\n\n限公司的刘大隆是最年长的一位。", ["来自开联信息技术有限公司的刘大隆是最年长的一位。"]),
        # broken at a word boundary
        ("以不断提升\n\n基层工会干部政治素养为目标。", ["以不断提升基层工会干部政治素养为目标。"]),
        # a chain of three pieces
        ("聚焦“师”“课”建\n\n设，努力提升能力，整\n\n体推进完成建设。", ["聚焦“师”“课”建设，努力提升能力，整体推进完成建设。"]),
        # a hard-wrapped line inside a paragraph (single newline)
        ("为他们送去\n防寒服和慰问品。", ["为他们送去防寒服和慰问品。"]),
        # complete paragraphs stay apart
        ("第一段结束。\n\n第二段开始。", ["第一段结束。", "第二段开始。"]),
        ("他说：“也是一种传承。”\n\n下一段。", ["他说：“也是一种传承。”", "下一段。"]),
        ("问题是什么？\n\n答案在这里！", ["问题是什么？", "答案在这里！"]),
        ("下列三点：\n\n第一点。", ["下列三点：", "第一点。"]),
        ("English ends here.\n\nNext one.", ["English ends here.", "Next one."]),
        # list items and section heads do not swallow the next line
        ("一、加强组织建设\n各级工会要健全组织。", ["一、加强组织建设", "各级工会要健全组织。"]),
        ("（二）做好服务\n\n送温暖活动覆盖全市。", ["（二）做好服务", "送温暖活动覆盖全市。"]),
        ("■ 记者手记\n\n采访中记者发现。", ["■ 记者手记", "采访中记者发现。"]),
        # a byline line stands alone
        ("本报记者 王政\n为期一天的会议昨天闭幕。", ["本报记者 王政", "为期一天的会议昨天闭幕。"]),
        # a page's or a notice's field line, and a date alone, stand alone
        ("发布时间：2026-12-04　来源：南岭工会网\n\n12月3日，会议召开。", ["发布时间：2026-12-04　来源：南岭工会网", "12月3日，会议召开。"]),
        ("联系人：区总工会财务部 赵立\n\n南岭区总工会\n\n2026年12月1日", ["联系人：区总工会财务部 赵立", "南岭区总工会", "2026年12月1日"]),
        # (a colon inside a broken sentence is no field: 他说：…)
        ("他说：我们要把\n\n工作做好。", ["他说：我们要把工作做好。"]),
    ],
)
def test_repair(page: str, expected: list[str]) -> None:
    assert _repaired(page) == expected


def test_repair_after_classification_on_a_page() -> None:
    page = "# 甲\n\n目前，首\n\n创集团共建设职工之家14个。"
    assert [b.text for b in repair_breaks(page_blocks(page))] == ["甲", "目前，首创集团共建设职工之家14个。"]


def test_repair_never_joins_heading_to_body() -> None:
    page = "# 首都职工志愿“大篷车”走进回天地区\n\n本报讯 近日，服务队出发。"
    assert _repaired(page) == ["首都职工志愿“大篷车”走进回天地区", "本报讯 近日，服务队出发。"]


def test_repair_never_joins_body_into_next_article_heading() -> None:
    page = "# 甲\n\n正文没有结束\n\n# 乙\n\n本报讯 正文。"
    assert _repaired(page) == ["甲", "正文没有结束", "乙", "本报讯 正文。"]


def test_repair_keeps_first_line_number() -> None:
    blocks = repair_breaks([Block("目前，首", 73), Block("创集团共建设职工之家14个。", 75)])
    assert [(b.text, b.line) for b in blocks] == [("目前，首创集团共建设职工之家14个。", 73)]


# --- articles -------------------------------------------------------------------------------


def test_markdown_run_last_heading_is_title() -> None:
    page = "# 深入学习 奋力开拓\n\n## 持续推动资源向基层倾斜\n\n# 公益送教助力干部\n\n本报讯 岁末年初，学习热情高涨。"
    [art] = split_articles(page, "p.md")
    assert art.title == "公益送教助力干部"
    assert art.kicker == "深入学习 奋力开拓\n持续推动资源向基层倾斜"
    assert art.line == 5
    assert art.text == "公益送教助力干部\n本报讯 岁末年初，学习热情高涨。"
    assert art.text[art.body_start :] == "本报讯 岁末年初，学习热情高涨。"


def test_headings_without_body_are_no_article() -> None:
    page = "# 甲\n\n正文。\n\n## 本期导读\n\n## 下期预告\n"
    arts = split_articles(page, "p.md")
    assert [a.title for a in arts] == ["甲"]


def test_unmarked_kicker_before_heading() -> None:
    page = "# 甲\n\n正文。\n\n首创集团工会把职工所需作为抓手\n\n## 为职工幸福生活担当作为\n\n本报讯 连续6年举办竞赛。"
    arts = split_articles(page, "p.md")
    assert [(a.kicker, a.title) for a in arts] == [
        ("", "甲"),
        ("首创集团工会把职工所需作为抓手", "为职工幸福生活担当作为"),
    ]
    assert "抓手" not in arts[0].text


def test_ids_sources_indexes() -> None:
    page = "# 甲\n\n正文一。\n\n# 乙\n\n正文二。"
    arts = split_articles(page, "in/p.md")
    digest = ids.document_digest(page)
    assert [a.id for a in arts] == [ids.article_id(digest, 0), ids.article_id(digest, 1)]
    assert [(a.source, a.index, a.line) for a in arts] == [("in/p.md", 0, 1), ("in/p.md", 1, 5)]


def test_plain_text_headlines_split_articles() -> None:
    text = (DATA / "two-stories.txt").read_text("utf-8")
    arts = split_articles(text, "two-stories.txt")
    assert [(a.kicker, a.title, a.line) for a in arts] == [
        ("工人日报 2024年3月5日 第3版", "市总工会开展春季技能培训", 2),
        ("", "区总工会慰问一线环卫工人", 6),
    ]
    assert "为他们送去防寒服和慰问品。" in arts[1].text
    assert arts[0].text.endswith("并组织学员开展现场演练。")


def test_plain_text_without_headline_uses_first_line() -> None:
    [art] = split_articles("职工书画展开幕\n作品来自全市职工，展期一周。\n欢迎参观。")
    assert art.title == "职工书画展开幕"
    assert art.text == "职工书画展开幕\n作品来自全市职工，展期一周。\n欢迎参观。"


def test_plain_text_without_any_title_is_untitled() -> None:
    [art] = split_articles("作品来自全市职工，展期一周。\n欢迎参观。", "p.txt")
    assert art.title == ""
    assert art.text == "\n作品来自全市职工，展期一周。\n欢迎参观。"
    assert art.body_start == 1
    assert art.line == 1


def test_body_before_first_heading_is_its_own_article() -> None:
    arts = split_articles("导语写在这里。\n\n# 标题\n\n正文。", "p.md")
    assert [(a.title, a.text) for a in arts] == [("", "\n导语写在这里。"), ("标题", "标题\n正文。")]


def test_line_map_in_metadata() -> None:
    page = "# 标题\n\n第一段没有\n\n结束。\n\n第二段。"
    [art] = split_articles(page, "p.md")
    assert art.metadata["lines"] == [[0, 1], [3, 3], [12, 7]]
    assert art.text[12:] == "第二段。"


def test_kickers_fixture() -> None:
    arts = split_articles((DATA / "kickers.md").read_text("utf-8"), "kickers.md")
    assert [(a.kicker, a.title) for a in arts] == [
        ("第三版 工会新闻\n聚焦基层", "社区服务站启用"),
        ("新春走基层", "志愿服务队走进工地"),
    ]
    assert "为周边职工提供就餐、休息等服务。" in arts[0].text
