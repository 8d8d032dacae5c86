"""HTML pages: article text and title kept; scripts, styles and navigation dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uniongraph.build import build
from uniongraph.reading import read_document
from uniongraph.reading.html_pages import html_to_text

PAGE = """<!DOCTYPE html><html><head><meta charset="gbk">
<meta name="pubdate" content="2024/5/6 08:30"><meta property="og:site_name" content="职工日报">
<title>鹿城区总工会慰问环卫工人_职工日报</title><style>p { color: red }</style>
<script>var ad = "北京市总工会";</script></head><body>
<div role="navigation">首页 | 要闻 | 深圳市总工会</div><header>职工日报网</header>
<article><h1>鹿城区总工会慰问环卫工人</h1>
<p>本报讯（记者 陈立新）鹿城区总工会走访慰问环卫工人，&ldquo;送清凉&rdquo;到一线。</p>
<p hidden>隐藏的广州市总工会</p><p>活动在五马街举行。<br>工会干部参加。</p></article>
<aside>相关新闻：上海市总工会</aside><footer>版权所有</footer></body></html>"""


def test_text_title_and_metadata() -> None:
    page = html_to_text(PAGE)
    assert page.title == "鹿城区总工会慰问环卫工人"
    assert page.text.splitlines()[0] == "# 鹿城区总工会慰问环卫工人"
    assert "“送清凉”" in page.text and "活动在五马街举行。\n\n工会干部参加。" in page.text
    assert page.metadata == {"date": "2024-05-06", "source": "职工日报"}


@pytest.mark.parametrize("dropped", ["北京市总工会", "深圳市总工会", "上海市总工会", "广州市总工会", "color", "版权所有", "职工日报网"])
def test_scripts_styles_navigation_dropped(dropped: str) -> None:
    assert dropped not in html_to_text(PAGE).text


@pytest.mark.parametrize(("html", "text"), [
    ("<html><body><p>无标题正文。</p></body></html>", "无标题正文。"),
    ("<title>页面标题</title><p>正文一。</p>", "# 页面标题\n\n正文一。"),
    ("<main><p>主体。</p></main><p>边栏。</p>", "主体。"),
    ("<div><p>未闭合的段落<p>第二段</div>", "未闭合的段落\n\n第二段"),
])
def test_page_shapes(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_gbk_page_is_built_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_bytes(PAGE.encode("gbk"))
    doc = read_document(path)
    assert [a.title for a in doc.articles] == ["鹿城区总工会慰问环卫工人"]
    assert doc.articles[0].metadata["date"] == "2024-05-06"
    kg = build([path])
    names = {e.name for e in kg.entities.values()}
    assert "鹿城区总工会" in names
    assert not names & {"北京市总工会", "深圳市总工会", "上海市总工会", "广州市总工会"}


# ---------------------------------------------------------------- end tags left out (issue 15)

OMITTED = [
    # (page, text kept, text dropped)
    ("<html><head><title>站点</title><body><h1>总工会召开全委会</h1><p>本报讯 会议在杭州召开。",
     ["# 总工会召开全委会", "本报讯 会议在杭州召开。"], ["站点"]),
    ("<nav><ul><li><a href=/>首页</a><li><a href=/gh>工会动态</a></ul></nav><h1>标题</h1><p>正文一。<p>正文二。",
     ["正文一。", "正文二。"], ["首页", "工会动态"]),
    ("<select name=links><option>友情链接<option value=1>中华全国总工会<option value=2>浙江省总工会</select>"
     "<h1>标题</h1><p>正文。", ["# 标题", "正文。"], ["友情链接", "中华全国总工会", "浙江省总工会"]),
    ("<h1>标题</h1><p>活动内容包括：<ul><li>职工体检<li>技能培训<li>法律援助</ul><p>正文结束。",
     ["活动内容包括：", "职工体检", "技能培训", "法律援助", "正文结束。"], []),
    ("<h1>标题</h1><table><tr><th>项目<th>人数<tr><td>体检<td>300</table><p>表后正文。",
     ["项目", "人数", "体检", "300", "表后正文。"], []),
    ("<html><body><h1>标题</h1><p>正文一。</p></body></html><p>页尾之后的正文。",
     ["正文一。", "页尾之后的正文。"], []),
    ("<h1>标题</h1><dl><dt>时间<dd>五月一日<dt>地点<dd>鹿城区</dl>",
     ["时间", "五月一日", "地点", "鹿城区"], []),
]


@pytest.mark.parametrize(("html", "kept", "dropped"), OMITTED, ids=[
    "no-head-end", "li-in-nav", "option-list", "li-in-article", "table-cells", "after-html-end", "dl"])
def test_end_tags_left_out_end_where_html5_ends_them(html: str, kept: list[str], dropped: list[str]) -> None:
    paragraphs = html_to_text(html).text.split("\n\n")
    assert [p for p in paragraphs if p in kept] == kept  # each its own paragraph, in page order
    assert not [d for d in dropped if any(d in p for p in paragraphs)]


def test_page_with_no_head_end_is_read_not_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text("<html><head><meta charset=utf-8><title>温州市总工会</title>\n<body>\n<h1>温州市总工会慰问环卫工人</h1>\n"
                    "<p>本报讯（记者 陈立新）温州市总工会走访慰问环卫工人。\n<p>活动在五马街举行。", encoding="utf-8")
    doc = read_document(path)
    assert [a.title for a in doc.articles] == ["温州市总工会慰问环卫工人"]
    assert "活动在五马街举行。" in doc.articles[0].text


@pytest.mark.parametrize(("html", "text"), [
    # a page-level header is site furniture; an article's own header holds its headline
    ("<header>职工日报网</header><article><header><h1>标题</h1></header><p>正文。</p><footer>责任编辑：周敏</footer>"
     "</article><footer>版权所有</footer>", "# 标题\n\n正文。\n\n责任编辑：周敏"),
    # named furniture: class/id words, and a class that also names the content keeps it
    ("<div class=topNav>首页 要闻</div><div id=breadcrumb>首页 正文</div><div class=main-content><p>正文。</div>"
     "<div class=footer_wrap>主办单位：某市总工会</div>", "正文。"),
    ("<div class='article-header'><h1>标题</h1></div><p>正文。", "# 标题\n\n正文。"),
    # blocks mostly of links: menus, related links, 上一篇/下一篇
    ("<p>正文，详见<a href=/n>通知</a>。</p><p>上一篇：<a href=/1>某区总工会召开全委会议</a></p>"
     "<div><a href=/a>首页</a> | <a href=/b>工会新闻</a> | <a href=/c>留言板</a></div>", "正文，详见通知。"),
    # lines of site furniture in the article's column
    ("<p>当前位置：<a href=/>首页</a> &gt; 工会动态 &gt; 正文</p><p>正文。</p><p>【打印本页】【关闭窗口】</p>"
     "<p>Copyright 2024 某市总工会 浙ICP备08001234号</p>", "正文。"),
    # hidden in CSS too
    ("<p style='display: none'>隐藏的关键词</p><p>正文。</p>", "正文。"),
])
def test_site_furniture_is_dropped(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_heading_of_a_dropped_link_list_goes_too_a_kicker_stays() -> None:
    page = html_to_text("<div><h3>热点新闻</h3><ul><li><a href=/1>某区总工会召开全委会议</a>"
                        "<li><a href=/2>某县总工会举办职工篮球赛</a></ul></div>"
                        "<h3>聚焦五一</h3><h1>南京市总工会表彰先进</h1><p>本报讯 会议召开。")
    assert page.text == "### 聚焦五一\n\n# 南京市总工会表彰先进\n\n本报讯 会议召开。"


def test_line_of_facts_becomes_metadata_and_the_headline_stays() -> None:
    page = html_to_text("<h2>杭州市总工会送清凉</h2><div><span>来源：浙江工人日报</span><span>作者：林海燕</span>"
                        "<span>2024-06-18</span></div><p>本报讯（记者 林海燕）活动举行。")
    assert page.text == "## 杭州市总工会送清凉\n\n本报讯（记者 林海燕）活动举行。"
    assert page.metadata == {"date": "2024-06-18", "source": "浙江工人日报"}
    # <meta> tags come first
    assert html_to_text('<meta name=pubdate content="2024-06-17"><h2>标题</h2><p>发布时间：2024-06-18 来源：工会'
                        '</p><p>本报讯 正文。').metadata == {"date": "2024-06-17", "source": "工会"}


def test_subtitle_under_the_headline_leaves_it_the_title(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text("<h3>聚焦五一</h3><h1>南京市总工会表彰先进</h1><h2>100个集体获表彰</h2><p>本报讯（记者 吴刚）会议召开。",
                    encoding="utf-8")
    art = read_document(path).articles[0]
    assert (art.kicker, art.title) == ("聚焦五一\n100个集体获表彰", "南京市总工会表彰先进")


# ---------------------------------------------------------------- pages in the manner of union sites

HTML_PAGES = Path(__file__).resolve().parents[1] / "data" / "html"

UNION_PAGES = {
    "city-federation-table.html": dict(
        titles=["温州市总工会开展“金秋助学”活动"], meta={"date": "2024-09-02", "source": "温州市总工会"},
        paragraphs=["本报讯（记者 陈立新 通讯员 王晓燕）9月1日，温州市总工会在鹿城区举行“金秋助学”活动启动仪式，向200名困难职工子女发放助学金。",
                    "温州市总工会主席李国华出席仪式并讲话。他说，金秋助学是工会服务职工的品牌项目，今年共筹集资金300万元。",
                    "据了解，受助学生中有45名考入本科院校，其中8名来自温州电力有限公司的困难职工家庭。"],
        furniture=["杭州市总工会统计", "工会动态", "基层风采", "鹿城区总工会召开全委会议", "瓯海区总工会", "劳模疗休养",
                   "乐清市总工会", "当前位置", "上一篇", "苍南县总工会", "永嘉县总工会", "版权所有", "ICP备", "技术支持",
                   "中华全国总工会", "浙江省总工会", "杭州市总工会", "友情链接", "热点新闻", "星期一", "浏览次数"]),
    "province-union-div.html": dict(
        titles=["杭州市总工会为新就业形态劳动者送清凉"], meta={"date": "2024-06-18", "source": "浙江工人日报"},
        paragraphs=["本报讯（记者 林海燕）6月17日，杭州市总工会联合杭州市交通运输局，在上城区开展“送清凉”活动，为外卖骑手、快递小哥送去防暑降温物资。",
                    "活动现场，工会志愿者为劳动者发放了绿豆汤、藿香正气水等物资。",
                    "杭州顺丰速运有限公司快递员张建国说：“有了工会的关心，我们跑单更有劲了。”",
                    "据悉，今年夏季杭州市总工会将投入资金500万元，在全市设立200个“户外劳动者服务站点”。"],
        furniture=["请输入关键词", "搜索", "要闻", "市县工会", "维权帮扶", "劳模风采", "分享到", "上一篇", "宁波市总工会",
                   "嘉兴市总工会", "相关阅读", "绍兴市总工会", "湖州市总工会", "金华市总工会", "工会十八大", "主办：",
                   "ICP备", "邮编", "浙江省总工会"]),
    "workers-daily-article.html": dict(
        titles=["上海市总工会启动女职工关爱行动"], meta={"date": "2024-03-08", "source": "工人日报"},
        paragraphs=["本报讯（记者 赵明 通讯员 孙丽）3月7日，上海市总工会在黄浦区启动2024年女职工关爱行动，全市各级工会将为女职工办好五件实事：",
                    "为10万名女职工提供免费“两癌”筛查；", "新建和提升200个“爱心妈咪小屋”；", "开展女职工权益保护专项集体协商。",
                    "上海市总工会副主席陈建华表示，关爱行动将持续到年底。", "“两癌”筛查", "10万人",
                    "上海电气集团股份有限公司女职工代表刘芳在启动仪式上发言。"],
        furniture=["客户端", "地方频道", "广东", "北京市总工会", "广东省总工会", "相关新闻", "版权所有", "禁止转载", "float"]),
    "hk-union-no-body.html": dict(
        titles=["工聯會促請政府加強保障外賣員權益", "九龍區工會聯會舉辦職業安全講座"], meta={},
        paragraphs=["香港工會聯合會（工聯會）昨日召開記者會，促請政府盡快就外賣平台工作者的工傷保障立法。",
                    "工聯會會長吳秋北表示，外賣員每日冒著風雨工作，卻未能享有僱員補償保障。",
                    "九龍區工會聯會上月在觀塘舉辦職業安全講座，逾百名建造業工人參加。", "講座由香港建造業總工會協辦。"],
        furniture=["主頁", "新聞中心", "關於本會", "版權所有"]),
    "epaper-founder.html": dict(
        titles=["南京市总工会表彰先进集体和个人"], meta={},
        paragraphs=["本报讯（记者 吴刚）4月29日，南京市总工会召开庆祝“五一”国际劳动节暨表彰大会，南京地铁运营有限公司等100个集体获“南京市五一劳动奖状”。",
                    "会上，南京市总工会主席周海涛宣读了表彰决定。", "获奖代表、南京钢铁股份有限公司技师马骏作了发言。",
                    "据了解，今年的获奖者中一线职工占比超过七成。"],
        furniture=["往期回顾", "第01版", "头版", "基层", "苏州市总工会", "无锡市总工会", "版权所有", "ICP备"]),
    "county-union-layout-table.html": dict(
        titles=["慈溪市总工会举办职工技能大赛"], meta={"date": "2023-11-15"},
        paragraphs=["11月14日，由慈溪市总工会主办的第十届职工职业技能大赛在慈溪技师学院开幕，来自全市的300余名职工参赛。",
                    "本届大赛设电工、焊工、数控车工等8个工种。慈溪市总工会副主席沈建平介绍，获奖选手将获得“慈溪市技术能手”称号。",
                    "宁波方太厨具有限公司焊工徐明获得焊工组第一名。"],
        furniture=["网站首页", "政策法规", "留言板", "打印本页", "关闭窗口", "上一条", "职工疗休养", "没有了", "Copyright",
                   "ICP备", "阅读："]),
    # written after the rules above were tuned on the six pages before, then used to widen them
    "trs-gov.html": dict(
        titles=["嘉兴市总工会开展劳模工匠进企业活动"], meta={"date": "2024-04-11", "source": "嘉兴市总工会"},
        paragraphs=["4月10日，嘉兴市总工会组织8名劳模工匠走进嘉兴港区的浙江嘉化能源化工股份有限公司，开展技术交流活动。",
                    "全国劳动模范王建明现场讲解了设备检修的关键技术，30余名青年职工参加交流。",
                    "嘉兴市总工会副主席顾晓峰表示，今年将组织劳模工匠进企业活动20场。"],
        furniture=["工会要闻", "基层动态", "政策法规", "办事指南", "当前所在", "分享", "QQ空间", "相关新闻", "平湖市总工会",
                   "海宁市总工会", "网站标识码", "公网安备", "访问次数", "字号"]),
    "wechat.html": dict(
        titles=["宁波市总工会：为户外劳动者建起“歇脚点”"], meta={},
        paragraphs=["近日，宁波市总工会在海曙区新建了50个户外劳动者服务站点，环卫工人、快递员可以在这里喝水、休息、充电。",
                    "宁波市总工会有关负责人介绍，今年全市将新建服务站点200个，实现城区全覆盖。",
                    "中通快递宁波分公司快递员李强说：“夏天有个地方歇脚，真好。”"],
        furniture=["阅读原文", "阅读 1024", "喜欢此内容", "宁波市总工会发布职工疗休养线路", "余姚市总工会", "mp-style"]),
}


@pytest.mark.parametrize("name", sorted(UNION_PAGES))
def test_union_site_page_keeps_the_article_and_drops_the_site(name: str) -> None:
    want = UNION_PAGES[name]
    doc = read_document(HTML_PAGES / name)
    assert [a.title for a in doc.articles] == want["titles"]
    lines = [line for a in doc.articles for line in a.text.split("\n")]
    assert [line for line in lines if line in want["paragraphs"]] == want["paragraphs"]  # whole, in order
    text = "\n".join(a.text + "\n" + a.kicker for a in doc.articles)
    assert [f for f in want["furniture"] if f in text] == []
    for art in doc.articles:
        assert {k: v for k, v in art.metadata.items() if k != "lines"} == want["meta"]


def test_union_site_page_builds_its_organisations_only(tmp_path: Path) -> None:
    kg = build([HTML_PAGES / "city-federation-table.html"])
    names = {e.name for e in kg.entities.values()}
    assert {"温州市总工会", "温州电力有限公司"} <= names
    assert not names & {"鹿城区总工会", "瓯海区总工会", "乐清市总工会", "中华全国总工会", "浙江省总工会", "杭州市总工会"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from(["<p>", "</p>", "<li>", "<ul>", "<nav>", "</nav>", "<h1>", "</h1>", "<a href=/x>", "</a>",
                     "<table>", "<td>", "<tr>", "<select>", "<option>", "<head>", "<body>", "</html>", "<script>",
                     "</script>", "<!--", "-->", "<br>", "<div class=nav>", "</div>", "<svg>", "<title>", "&lt;",
                     "&amp;", "&#0;", "&#xD800;", "\x00", "\u3000"]),
    st.text(max_size=8)), max_size=80))
def test_any_page_reads_without_raising(parts: list[str]) -> None:
    page = html_to_text("".join(parts))
    assert isinstance(page.text, str) and "\n\n\n" not in page.text


@pytest.mark.parametrize(("declared", "encoding"), [("utf-8", "gbk"), ("gb2312", "utf-8"), ("big5", "gb18030")])
def test_encoding_comes_from_the_bytes_whatever_meta_charset_says(tmp_path: Path, declared: str, encoding: str) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(f'<meta charset="{declared}"><h1>温州市总工会举办职工技能大赛</h1><p>本报讯 比赛在鹿城区举行。'
                     .encode(encoding))
    art = read_document(path).articles[0]
    assert (art.title, art.text.split("\n")[1]) == ("温州市总工会举办职工技能大赛", "本报讯 比赛在鹿城区举行。")
