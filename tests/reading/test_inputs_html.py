"""HTML pages: article text and title kept; scripts, styles and navigation dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

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
