"""Fixes to the stop-40 page-break repair and web bylines (review of read-s40): wrapped running text is
no list of names, a list of names one a line needs a sign of a list, and the shapes of web fact lines,
account headers, tables and numbered items. Pages invented, read through the reader and the pipeline."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.reading import read_text


def paragraphs(page: str) -> list[str]:
    [art] = read_text(page, "p.md").articles
    return art.text[art.body_start:].split("\n")


def page_facts(page: str) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for art in read_text(page, "p.md").articles:
        out |= {(r.head, r.relation, r.tail) for r in extract_article(art).relations if not r.inferred}
    return out


def writers(page: str) -> list[tuple[list[str], list[str]]]:
    return [(a.reporters, a.correspondents) for a in read_text(page, "p.md").articles]


# --- wrapped running text under a section head or a title is no list of names -------------------------

def test_names_parted_by_commas_wrapped_under_a_section_head_join_their_verb() -> None:
    page = ("# 我县举办第二届职工厨艺大赛\n\n一、大赛概况\n本届大赛由县总工会、县商务局、县文旅委\n"
            "联合主办，共有15家餐饮企业的120名厨师参赛。\n")
    assert "本届大赛由县总工会、县商务局、县文旅委联合主办，共有15家餐饮企业的120名厨师参赛。" in paragraphs(page)
    organisers = {h.split("（")[0] for h, r, t in page_facts(page) if r == "organizes" and t == "第二届职工厨艺大赛"}
    assert {"县总工会", "县商务局", "县文旅委"} <= organisers


def test_winners_wrapped_under_a_section_head_join_their_verb() -> None:
    page = ("# 我县举办第二届职工厨艺大赛\n\n二、比赛结果\n青山酒店工会、南湖宾馆工会\n"
            "在第二届职工厨艺大赛中获团体一等奖。\n")
    assert "青山酒店工会、南湖宾馆工会在第二届职工厨艺大赛中获团体一等奖。" in paragraphs(page)


def test_a_story_line_ending_in_a_centre_is_no_name() -> None:
    for head in ("南湖纺织集团工会\n", "## 南湖纺织集团工会\n\n"):
        page = (f"# 表彰一批先进职工之家\n\n{head}多年来南湖纺织集团工会始终坚持以职工为中心\n"
                "组织“职工读书月”活动，参与职工2000余人。\n")
        assert any(p.endswith("坚持以职工为中心组织“职工读书月”活动，参与职工2000余人。") for p in paragraphs(page))


def test_a_line_ending_in_cadres_and_one_in_a_project_department_join() -> None:
    page = ("# 县总工会慰问一线建设者\n\n1月9日上午县总工会主席王海平带领机关干部\n"
            "来到南湖交通集团西环路项目部\n开展“冬送温暖”慰问活动，为建设者送去棉衣。\n")
    assert len(paragraphs(page)) == 1


def test_a_co_organiser_opened_by_a_joining_word_continues_the_clause() -> None:
    for word in ("会同", "以及", "联合", "携手"):
        page = (f"# 我县举办第二届职工厨艺大赛\n\n第二届职工厨艺大赛由县总工会\n{word}县商务局\n"
                "共同主办，在县职工活动中心举行。\n")
        assert paragraphs(page) == [f"第二届职工厨艺大赛由县总工会{word}县商务局共同主办，在县职工活动中心举行。"]


def test_a_line_ending_in_a_verb_of_hosting_is_no_name() -> None:
    page = ("# 我县职工合唱比赛举行\n\n一、比赛盛况\n第四届职工合唱比赛由县总工会主办\n"
            "县职工活动中心承办，共有20支合唱队参赛。\n")
    assert "第四届职工合唱比赛由县总工会主办县职工活动中心承办，共有20支合唱队参赛。" in paragraphs(page)


# --- a list of names one a line: a colon before it, three names and more, a paragraph of its own -------

def test_crews_one_a_line_after_a_colon_stay_apart() -> None:
    crews = ["南湖纺织集团织造厂前纺甲班", "县自来水公司管网维修班", "县供电公司变电运维班", "南湖物流集团装卸三队"]
    page = "# 县总工会命名一批工人先锋号\n\n经研究，决定授予以下集体“县工人先锋号”称号：\n" + "\n".join(crews) + "\n"
    body = paragraphs(page)
    for crew in crews:
        assert crew in body


def test_three_names_one_a_line_under_a_head_stay_apart() -> None:
    names = ["南湖纺织集团有限公司工会", "县第一人民医院工会", "青山镇总工会"]
    page = "# 关于命名模范职工之家的决定\n\n一、模范职工之家（3个）\n\n" + "\n".join(names) + "\n\n希望再接再厉。\n"
    assert paragraphs(page) == ["一、模范职工之家（3个）", *names, "希望再接再厉。"]


def test_names_in_a_paragraph_of_their_own_under_a_head_end_there() -> None:
    page = "# 运动会闭幕\n\n三、精神文明奖\n\n机械学院分工会、图书馆分工会\n\n希望获奖单位珍惜荣誉。\n"
    assert paragraphs(page) == ["三、精神文明奖", "机械学院分工会、图书馆分工会", "希望获奖单位珍惜荣誉。"]


# --- numbered items -------------------------------------------------------------------------------------

def test_a_range_of_numbers_inside_a_wrapped_item_is_no_next_item() -> None:
    page = ("# 县总工会2026年工作总结\n\n一、技能竞赛扎实开展。围绕全县服务业提质增效，县总工会联合县人社局、县商务局于今年第\n"
            "二、三季度在县职工活动中心举办了第二届职工厨艺大赛，共有来自15家餐饮企业的120名厨师参赛，决出各项目前三名。\n")
    assert len(paragraphs(page)) == 1


def test_items_numbered_in_half_and_full_width_brackets_are_consecutive() -> None:
    page = ("# 关于举办第二届职工厨艺大赛的通知\n\n(三)参赛对象：全县各类餐饮企业中从事一线烹饪工作、具有相应职业资格的在岗厨师，由所在单位工会推荐，领队王海平\n"
            "（四）报名方式：各单位工会于5月10日前将报名表报送县总工会职工技术协会，逾期不予受理，联系人李红。\n")
    assert len(paragraphs(page)) == 2


# --- header and fact lines of web pages and accounts ----------------------------------------------------

def test_a_date_and_time_in_running_text_is_no_account_header() -> None:
    page = "# 第二届职工厨艺大赛将开幕\n\n第二届职工厨艺大赛定于 2026年5月20日 9:30\n在县职工活动中心开幕，由县总工会主办。\n"
    assert paragraphs(page) == ["第二届职工厨艺大赛定于 2026年5月20日 9:30在县职工活动中心开幕，由县总工会主办。"]


def test_an_account_header_with_an_iso_date_or_no_time_stands_alone() -> None:
    for header in ("南湖工会 2026-05-21 18:30", "南湖工会 2026年5月21日"):
        page = f"# 县总工会开展送清凉活动\n\n{header}\n5月20日，县总工会主席王海平带队慰问一线职工。\n"
        assert paragraphs(page)[0] == header


def test_an_editor_after_a_slash_credit_is_no_writer() -> None:
    for label in ("编辑", "审核"):
        page = f"# 公司举办职工运动会\n\n文/图 王海平　{label} 李红\n\n5月1日，公司第三届职工运动会开幕。\n"
        assert writers(page) == [([], ["王海平"])]


def test_date_first_fact_lines_give_their_author() -> None:
    for line in ("2026年05月21日 09:30　来源：南湖县总工会　作者：周晓梅",
                 "2026/05/21 09:30:15　来源：南湖县总工会　作者：周晓梅",
                 "2026-05-21　作者：周晓梅　来源：南湖县总工会"):
        page = f"# 县总工会开展送清凉活动\n\n{line}\n\n5月20日，县总工会走访一线职工。\n"
        assert writers(page) == [([], ["周晓梅"])], line
        assert line in paragraphs(page)


# --- tables ---------------------------------------------------------------------------------------------

def test_a_two_column_markdown_table_keeps_its_rows() -> None:
    rows = ["| 单位 | 工会主席 |", "|---|---|", "| 南湖纺织集团织造厂工会 | 王海平 |", "| 县自来水公司工会 | 李红 |"]
    page = "# 模范职工小家名单\n\n经评审，以下单位获评模范职工小家：\n\n" + "\n".join(rows) + "\n"
    assert paragraphs(page)[1:] == rows
