"""Fixes of the page-reading rules of read-s41 (review read41): a field line closing each story stays with
it, a bracket in running text before the next part's dateline names no writer, a photo credit's notes are
the paper's notes only, a photo word (纪念照) or a way of shooting (高空拍摄) is no photographer, a section
label between a field line and its headline. All names and sentences here are invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading import split_articles
from uniongraph.reading.bylines import add_bylines, name_characters_only

_ONE = "本报讯 11月20日，某某区总工会在区职工服务中心举办电工技能比武，60名职工参赛。"
_ONE_MORE = "比武设理论和实操两个环节，前三名将获评区技术能手。"
_TWO = "本报讯 11月22日，某某街道总工会走访慰问辖区快递小哥，送去手套和热饮。"


def _writers(page: str) -> list[tuple[str, list[str]]]:
    out = []
    for art in split_articles(page, "t.md"):
        art = add_bylines(art)
        out.append((art.title, art.reporters + art.correspondents))
    return out


def _reporters(body: str) -> list[str]:
    art = add_bylines(Article(id="a", source="t", index=0, title="标题", text=f"标题\n{body}"))
    return art.reporters + art.correspondents


# 1. a page that prints a source line at the END of each story: each line is the story's above it
def test_source_line_closing_each_story_stays_with_it():
    page = (f"# 区总工会举办电工技能比武\n\n{_ONE}\n\n{_ONE_MORE}\n\n来源：某某日报　记者 贾文涛　通讯员 柯晓梅\n\n"
            f"# 街道总工会慰问快递小哥\n\n{_TWO}\n\n来源：某某晚报　记者 涂志远")
    assert _writers(page) == [("区总工会举办电工技能比武", ["贾文涛", "柯晓梅"]),
                              ("街道总工会慰问快递小哥", ["涂志远"])]


def test_source_line_closing_each_story_on_a_plain_text_page():
    page = (f"区总工会举办电工技能比武\n{_ONE}\n来源：某某日报　记者 贾文涛\n"
            f"街道总工会慰问快递小哥\n{_TWO}\n来源：某某晚报　记者 涂志远")
    assert _writers(page) == [("区总工会举办电工技能比武", ["贾文涛"]), ("街道总工会慰问快递小哥", ["涂志远"])]


def test_source_line_above_a_link_to_the_previous_post_closes_the_story():
    page = (f"# 区总工会举办电工技能比武\n\n{_ONE}\n\n来源：某某日报　记者 贾文涛　通讯员 柯晓梅\n\n"
            f"## 上一篇：街道总工会慰问快递小哥")
    assert _writers(page) == [("区总工会举办电工技能比武", ["贾文涛", "柯晓梅"])]


# 6. a section label between a page's field line and the headline it stands above
def test_field_line_above_a_section_label_and_headline_goes_to_the_story_below():
    page = ("某某市总工会 > 工作动态\n\n发布时间：2026-11-20　来源：某某日报　作者：贾文涛\n\n"
            f"# 区总工会举办电工技能比武\n\n{_ONE}\n\n"
            "发布时间：2026-11-22　来源：某某晚报　作者：涂志远\n\n【一线风采】\n\n"
            f"# 街道总工会慰问快递小哥\n\n{_TWO}")
    assert _writers(page) == [("区总工会举办电工技能比武", ["贾文涛"]), ("街道总工会慰问快递小哥", ["涂志远"])]
    second = split_articles(page, "t.md")[1]
    assert second.kicker == "【一线风采】" and "【一线风采】" not in split_articles(page, "t.md")[0].text


# 2. a bracket closing a part before the next part's dateline: only one standing after a stop, names only
@pytest.mark.parametrize("closing", [
    "“这副手套真管用。”（快递员万志飞）",  # the speaker, after a quote
    "现场，一名职工代表发言（右一）",  # a picture's position, glued to the text
    "“我们会把关爱送到每个人身边。”（柯晓梅）",
    "座谈会由街道总工会副主席主持（贾文涛）",
    "工会干部为他们送上热饮。（快递员万志飞）",  # a description before the name
])
def test_bracket_in_running_text_before_a_dateline_is_no_writer(closing):
    body = f"本报合肥11月22日电 {closing}\n本报芜湖11月22日电 某某区总工会开展慰问活动。"
    assert _reporters(body) == []


def test_bracket_standing_after_a_stop_before_a_dateline_still_names_the_writers():
    body = ("本报合肥11月22日电 某某区总工会开展慰问活动。（贾文涛）\n"
            "本报芜湖11月22日电 某某街道总工会开展慰问活动。（涂志远　柯晓梅）")
    assert _reporters(body) == ["贾文涛", "涂志远", "柯晓梅"]


# 3. a photo contest's entries: only the paper's notes follow a credit
@pytest.mark.parametrize("body", [
    f"{_ONE}\n二等奖：《塔吊上的黎明》（贾文涛摄）（某某建工集团）\n三等奖：《归途》（涂志远摄）（某某公交公司）\n颁奖后举行了作品展。",
    f"{_ONE}\n本次比赛评出《塔吊上的黎明》（贾文涛摄）（某某建工集团）等作品。\n颁奖后举行了作品展。",
])
def test_a_contest_entry_with_its_entrant_unit_is_no_credit(body):
    assert _reporters(body) == []


def test_a_credit_with_the_papers_note_still_names_the_photographer():
    assert _reporters(f"{_ONE}\n图为比武现场。\n（贾文涛摄）（本报资料图片）\n{_ONE_MORE}") == ["贾文涛"]


# 4. 照 closes no name: a kind of photo in brackets is no photographer and no writer
@pytest.mark.parametrize("body", [f"{_ONE}\n赛后全体选手合影留念。（纪念照）", f"{_ONE}\n学员们在结业仪式上合影。（结业照）"])
def test_a_kind_of_photo_is_no_writer(body):
    assert _reporters(body) == []


def test_zhao_inside_a_name_still_reads():
    assert _reporters(f"本报讯 记者柯照林 通讯员单照明报道：{_ONE[4:]}") == ["柯照林", "单照明"]
    assert not name_characters_only("纪念照") and name_characters_only("柯照林")


# 5. a way of shooting is no photographer
@pytest.mark.parametrize("credit", ["（图为高空拍摄）", "（本栏照片均为无人机航拍摄）", "（照片为夜间拍摄）"])
def test_how_a_picture_was_shot_is_no_photographer(credit):
    assert _reporters(f"{_ONE}\n{credit}") == []


# 7. a described credit of each picture, of several photographers, of a four-character name
@pytest.mark.parametrize(("credit", "names"), [
    ("（左图为涂志远摄，右图为柯晓梅摄）", ["涂志远", "柯晓梅"]),
    ("（压题照片为涂志远、柯晓梅摄）", ["涂志远", "柯晓梅"]),
    ("（压题照片为欧阳晓峰摄）", ["欧阳晓峰"]),
    ("（压题照片为涂志远 摄）", ["涂志远"]),
    ("（本栏图片均为新华社记者涂志远摄）", ["涂志远"]),
    ("（照片为参赛职工涂志远摄）", []),  # a description before the name: no byline
    ("（左图为涂志远摄，右图为资料图片）", []),
])
def test_described_photo_credits(credit, names):
    assert _reporters(f"{_ONE}\n{credit}") == names
