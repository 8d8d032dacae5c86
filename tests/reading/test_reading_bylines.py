"""Bylines: reporters and correspondents in every printed form, and what is not a byline."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines, find_bylines, is_plausible_name, parse_byline


def _article(body: str, title: str = "标题") -> Article:
    return Article(id="a", source="t.txt", index=0, title=title, text=f"{title}\n{body}")


def _roles(body: str) -> tuple[list[str], list[str]]:
    art = add_bylines(_article(body))
    return art.reporters, art.correspondents


@pytest.mark.parametrize(
    ("body", "reporters", "correspondents"),
    [
        ("本报讯（记者 陈曦 宗晓畅 通讯员 王远霞）一副春联、一张福字。", ["陈曦", "宗晓畅"], ["王远霞"]),
        ("本报讯（记者 张晶）岁末年初，室外寒风凛冽。", ["张晶"], []),
        ("（记者 张晶）岁末年初，室外寒风凛冽。", ["张晶"], []),
        ("本报讯（记者张晶）岁末年初。", ["张晶"], []),
        ("本报记者 朱剑红\n连日的风雪将京城带入了严冬。", ["朱剑红"], []),
        ("本报记者王政、夏珺\n为期一天的会议昨天闭幕。", ["王政", "夏珺"], []),
        ("本报记者王政，夏珺\n会议昨天闭幕。", ["王政", "夏珺"], []),
        ("通讯员李明、赵亮报道：近日，区总工会开展慰问。", [], ["李明", "赵亮"]),
        ("记者张三 通讯员李四\n近日，区总工会开展慰问。", ["张三"], ["李四"]),
        ("记者张三通讯员李四\n近日，区总工会开展慰问。", ["张三"], ["李四"]),
        ("本报北京１月２２日讯记者颜世贵报道：北京市总工会今天下午举行迎春茶话会。", ["颜世贵"], []),
        ("新华社记者陈雁、本报记者何加正报道：会议今天上午举行。", ["陈雁", "何加正"], []),
        (
            "本报北京一月一日讯中央人民广播电台记者刘振英、新华社记者陈雁、本报记者陈维伟报道：会议举行。",
            ["刘振英", "陈雁", "陈维伟"],
            [],
        ),
        ("本报约翰内斯堡１月８日电记者温宪、李新烽报道：南非当局宣布。", ["温宪", "李新烽"], []),
        ("新华社曼谷１月２１日电（记者熊平）泰国内阁日前批准计划。", ["熊平"], []),
        ("新华社北京１月１５日电（解放军报记者王文杰、新华社记者罗玉文）座谈会今天举行。", ["王文杰", "罗玉文"], []),
        ("新华社达沃斯（瑞士）１月２９日电（记者李敬臣）论坛公布报告。", ["李敬臣"], []),
        ("本报讯记者冉永平从邮电部获悉：邮电部门将开展活动。", ["冉永平"], []),
        ("本报讯（记者 欧阳明高）会议召开。", ["欧阳明高"], []),
        ("本报讯（特约记者 马丽 见习记者 高远）会议召开。", ["马丽", "高远"], []),
        ("志愿服务队为建筑工人送去义诊服务。（王小明）", ["王小明"], []),
        ("会议在京召开。\n代表们进行了讨论。（记者 张三）", ["张三"], []),
        ("（附图片１张）\n本报珀斯１月１６日电记者许立群报道：中国选手夺冠。", ["许立群"], []),
    ],
)
def test_byline_forms(body: str, reporters: list[str], correspondents: list[str]) -> None:
    assert _roles(body) == (reporters, correspondents)


@pytest.mark.parametrize(
    "body",
    [
        "记者从会上了解到，今年将继续开展送温暖活动。",
        "本报讯 记者近日在采访中发现，职工书屋很受欢迎。",
        "本报讯记者从有关部门了解到，空军去年共捐款。",
        "据新华社北京１月８日电记者从中央纪委了解到，自去年以来……",
        "活动取得圆满成功。（完）",
        "活动取得圆满成功。（新华社）",
        "活动取得圆满成功。（本报评论员）",
        "活动取得圆满成功。（杨崇南绘）",
        "活动取得圆满成功。（CCTV）",
        "他说，记者张三昨天来过这里。",
    ],
)
def test_not_bylines(body: str) -> None:
    assert find_bylines(_article(body)) == []


@pytest.mark.parametrize(("body", "reporters"), [
    ("本报讯（记者 刘欣欣）连续6年举办竞赛……\n会场。（本报记者蒋铎摄）", ["刘欣欣", "蒋铎"]),
    ("本报讯（新华社记者樊如钧摄）图为活动现场。", ["樊如钧"]),
    ("会场一角。（新华社记者樊如钧摄）", ["樊如钧"]),
    ("职工在车间劳动。（黄世坤胡更生摄）", ["黄世坤", "胡更生"]),
])
def test_a_photo_credit_names_its_reporter(body: str, reporters: list[str]) -> None:
    assert _roles(body) == (reporters, [])


@pytest.mark.parametrize(("body", "reporters"), [
    ("会议在京召开。\n代表们进行了讨论。（孙海涛胡跃平）", ["孙海涛", "胡跃平"]),
    ("安置人员２５００人。（王国平邹蓬）", ["王国平", "邹蓬"]),
    ("再就业领域也越来越广。（任双平杨建新）", ["任双平", "杨建新"]),
    ("活动取得圆满成功。（王小明）", ["王小明"]),
])
def test_names_printed_together_are_split_at_surnames(body: str, reporters: list[str]) -> None:
    assert _roles(body) == (reporters, [])


@pytest.mark.parametrize(("body", "reporters"), [
    ("企业效益明显提高。（振东丽娟海涛）", ["振东", "丽娟", "海涛"]),
    ("职工收入稳步增长。（王立群振东）", ["王立群", "振东"]),
    ("工作取得新进展。（庞德勇初振华鲁春生）", ["庞德勇", "初振华", "鲁春生"]),
])
def test_writers_who_sign_with_given_names_alone_are_split(body: str, reporters: list[str]) -> None:
    assert _roles(body) == (reporters, [])


@pytest.mark.parametrize("body", ["活动取得圆满成功。（本版法律顾问）", "活动取得圆满成功。（国内政治部）",
                                  "活动取得圆满成功。（王晓明画）"])
def test_brackets_of_words_are_not_given_names(body: str) -> None:
    assert _roles(body) == ([], [])


@pytest.mark.parametrize("body", ["活动取得圆满成功。（综合新闻）", "活动取得圆满成功。（上接第一版）",
                                  "活动取得圆满成功。（附图片１张）"])
def test_brackets_of_other_words_are_not_names(body: str) -> None:
    assert _roles(body) == ([], [])


def test_a_heading_line_above_the_dateline_is_skipped() -> None:
    assert _roles("四川\n本报成都１月５日电记者罗茂城报道：岁末年初，四川省党政领导走访慰问。") == (["罗茂城"], [])


def test_each_part_of_a_report_from_several_cities_gives_its_reporter() -> None:
    body = ("本报成都１月５日电记者罗茂城报道：岁末年初，四川省党政领导走访慰问。\n江西\n"
            "本报南昌１月５日电记者傅丁根报道：江西省各级工会开展送温暖活动。\n"
            "他说，记者张三昨天来过这里。")
    assert _roles(body) == (["罗茂城", "傅丁根"], [])


def test_a_broadcaster_and_an_agency_in_one_dateline_bracket() -> None:
    body = "新华社北京十二月三十一日电（中央人民广播电台记者刘振英、新华社记者张宿堂）今天，李鹏考察企业。"
    assert _roles(body) == (["刘振英", "张宿堂"], [])


def test_offsets_point_at_names() -> None:
    art = _article("本报讯（记者 陈曦 宗晓畅 通讯员 王远霞）一副春联。")
    for byline in find_bylines(art):
        assert art.text[byline.start : byline.end] == byline.name
    assert [(b.role, b.start) for b in find_bylines(art)] == [
        ("reporter", 10),
        ("reporter", 13),
        ("correspondent", 21),
    ]


def test_deduplicated_in_order() -> None:
    body = "本报讯（记者 张晶 李华）会议召开。\n代表们进行了讨论。（记者 张晶）"
    assert _roles(body) == (["张晶", "李华"], [])


def test_same_name_in_both_roles_is_kept_twice() -> None:
    assert _roles("（记者 张晶 通讯员 张晶）正文。") == (["张晶"], ["张晶"])


def test_untitled_article() -> None:
    art = Article(id="a", source="t", index=0, title="", text="\n本报讯（记者 张晶）正文。")
    assert [b.name for b in find_bylines(art)] == ["张晶"]


def test_empty_body() -> None:
    assert find_bylines(_article("")) == []


def test_parse_byline_stops_at_story_text() -> None:
    text = "记者温宪、李新烽报道：南非西开普省司法当局宣布。"
    assert [b.name for b in parse_byline(text, 0, len(text))] == ["温宪", "李新烽"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("王小明", True), ("刘欣欣", True), ("新华社", False), ("近日", False), ("完", False), ("张滨作", False), ("ABC", False)],
)
def test_is_plausible_name(name: str, expected: bool) -> None:
    assert is_plausible_name(name) is expected


@pytest.mark.parametrize(
    ("body", "reporters"),
    [
        ("本报记者王谨王锦鹄\n大理的风景很美。", ["王谨", "王锦鹄"]),              # run together after the role
        ("本报记者王谨王锦鹄报道：大理的风景很美。", ["王谨", "王锦鹄"]),
        ("新华社记者李立新本报记者彭嘉陵\n党中央、国务院决定。", ["李立新", "彭嘉陵"]),  # not an outlet 李立新本报
        ("温红彦\n今年的元旦和春节，教师们过得很好。", ["温红彦"]),               # an author line alone
        ("宋启明韩中朝苗清波\n王立敏有自己的追求。", ["宋启明", "韩中朝", "苗清波"]),
        ("第一段议论。\n———王文西（山东）\n第二段议论。\n———全清波李晓辉（河南）", ["王文西", "全清波", "李晓辉"]),
        ("生活得到较好解决。\n（河南西峡县陈飞方仙云）", ["陈飞", "方仙云"]),       # the place they write from
        ("请给劳模减负。\n（海河银行南岭县支行周小琴陈广华）", ["周小琴", "陈广华"]),
    ],
)
def test_more_printed_forms_of_writers(body: str, reporters: list[str]) -> None:
    assert _roles(body)[0] == reporters


@pytest.mark.parametrize(
    "body",
    [
        "四川\n本报成都１月５日电　省领导走访慰问困难职工。",   # a region heading above a dateline
        "综合新闻\n今年的元旦和春节，教师们过得很好。",          # a line of ordinary words
        "第一段议论。\n———这是为什么（山东）",
        "生活得到较好解决。\n（河南西峡县人民政府）",
    ],
)
def test_not_writers(body: str) -> None:
    assert _roles(body)[0] == []


def test_bare_names_in_brackets_after_a_dateline_are_its_writers() -> None:
    from uniongraph.reading import read_text

    doc = read_text("# 湖南组织特困矿工脱贫\n\n据新华社长沙１月２４日电（向阳婷）湖南省煤矿系统组织矿工脱贫。\n", "a.md")
    assert [b.name for a in doc.articles for b in a.bylines] == ["向阳婷"]


def test_each_photo_credit_of_a_page_of_pictures_credits_its_photographer() -> None:
    from uniongraph.reading import read_text

    doc = read_text("# 图片新闻\n\n１、职工在工作。（张太亭摄）\n\n２、干部发放救济金。（王永峰摄）\n\n"
                    "３、佳节将至。（胥国成摄影报道）\n", "b.md")
    assert [b.name for a in doc.articles for b in a.bylines] == ["张太亭", "王永峰", "胥国成"]


def test_a_bracket_in_the_middle_that_is_no_photo_credit_names_no_writer() -> None:
    from uniongraph.reading import read_text

    doc = read_text("# 图片新闻\n\n１、职工在工作（左一为王建国）。\n\n２、干部发放救济金。\n", "c.md")
    assert not [b.name for a in doc.articles for b in a.bylines]

def test_an_intern_in_a_byline_is_a_reporter() -> None:
    from uniongraph.model import Article
    from uniongraph.reading.bylines import find_bylines

    text = "标题\n本报讯（记者 王立群 实习生 刘畅 通讯员 赵敏）5月3日，市总工会举办活动。"
    found = [(b.role, b.name) for b in find_bylines(Article("a", "p.md", 0, "标题", text))]
    assert found == [("reporter", "王立群"), ("reporter", "刘畅"), ("correspondent", "赵敏")]
