"""HTML news pages: the article text and title, without scripts, styles and navigation.

A page is parsed by an HTML5 tree builder (Lexbor, through ``selectolax``), so end tags the
HTML standard lets a page leave out (``<li>``, ``<p>``, ``<td>``, ``<option>`` without their
end tag, no ``</head>`` or ``</body>``) end where a browser ends them. The tree is then turned
into Markdown-like text — headings as ``#`` lines, paragraphs and other blocks (``<br>``
included) as paragraphs — which the ordinary page reader splits into articles. Only
``<article>`` content is kept when the page has any, else ``<main>``, else the body.

Dropped: ``script``, ``style``, ``nav``, ``aside``, forms, ``select`` lists, page-level
``header``/``footer`` (an article's own header is kept), hidden elements (``hidden``,
``display:none``, navigation roles), and the furniture of news sites that say nothing of it
in their tags: blocks named as navigation, menus, breadcrumbs, footers, sidebars, share bars
or link lists in their ``class``/``id``; blocks mostly made of links (menus, "related news",
上一篇/下一篇); and lines such as ``当前位置：…``, ``版权所有…``, ``浙ICP备…``. A heading
left with nothing under it (the title of a dropped link list) goes too. ``<meta>`` publication
dates and site names become the articles' ``date`` and ``source`` metadata, else the line of
facts under the headline (``发布时间：… 来源：…``), which is dropped from the text. A subtitle
right under the ``<h1>`` is moved over it, so that the ``<h1>`` stays the headline. The page's
paragraphs are whole: no page-break repair joins them (:func:`read_html_text`).

Every page first goes through :func:`~.html_guard.defuse`, which keeps the HTML5 algorithm
linear on pages built against it.

>>> page = html_to_text('<title>站点</title><nav>首页 | 新闻</nav><article><h1>全总召开会议</h1>'
...                     '<p>本报讯 近日，全总召开会议。<script>var x;</script></article>')
>>> page.text
'# 全总召开会议\\n\\n本报讯 近日，全总召开会议。'
>>> html_to_text('<ul class=menu><li><a href=/>首页</a><li><a href=/gh>工会</a></ul><p>正文。').text
'正文。'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Document
from .articles import split_articles
from .html_guard import defuse
from .normalize import normalize_text

_SKIP = frozenset({
    "script", "style", "nav", "aside", "noscript", "form", "iframe", "svg", "math", "template",
    "button", "select", "datalist", "textarea", "menu", "object", "canvas", "audio", "video", "head",
    "title", "dialog",
})
# Dropped at page level only: inside an article or section they are the article's own.
_PAGE_PARTS = frozenset({"header", "footer"})
_SECTIONING = frozenset({"article", "main", "section"})
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                         "toolbar", "dialog"})
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td", "th",
    "blockquote", "pre", "br", "hr", "dd", "dt", "dl", "figure", "figcaption", "center", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "caption", "header", "footer", "option", "details",
    "summary", "fieldset", "legend", "tbody", "thead", "tfoot", "hgroup",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
# Blocks judged by their share of link text: a block that is at least half links and has
# little text of its own is a menu, a list of related links or a 上一篇/下一篇 pager.
_LINK_JUDGED = frozenset({"p", "div", "li", "ul", "ol", "dl", "dd", "dt", "table", "tbody", "tr", "td", "th",
                          "section", "center", "header", "footer"})
_MAX_OWN_TEXT = 50  # characters outside links a link block may have ("上一篇：", "|", a box title)
# Words of class/id names (split at case and punctuation, digits allowed: topNav, footer2,
# bdshare_box) that name site furniture, and words that keep a block whatever else it is called
# (article-header, content-nav).
_FURNITURE = re.compile(
    r"^(?:nav|navbar|navigation|subnav|topnav|menu|submenu|topmenu|daohang|foot|footer|dibu|copyright|banquan"
    r"|crumbs?|breadcrumbs?|bread|mianbao|dqwz|weizhi|sidebar|side|share|bdshare|jiathis|social|related"
    r"|xgxw|xgwz|xglj|friendlinks?|yqlj|links|pager|pagination|fanye|prevnext|toolbar|tools?|login|search|qrcode"
    r"|ewm|ads?|advert|banner)\d*$"
)
_KEEP = frozenset({"article", "content", "main", "body", "text", "detail", "details", "zoom", "story", "post",
                   "entry"})
_WORDS = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Lines of site furniture that sit in the article's own column.
_FURNITURE_LINE = re.compile(
    r"^(?:(?:您|你)(?:现在|当前|目前|所在)?|现在|当前|目前|所在)的?位置|"
    r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|上一页|下一页|上一篇文章|下一篇文章)\s*[:：]|^分享(?:到|至)?\s*[:：]|^分享到|"
    r"^(?:[【\[]?\s*(?:打印|打印本页|打印此文|关闭|关闭窗口|收藏|收藏本页|返回|返回顶部|字体|大|中|小|分享)\s*[】\]]?\s*)+$|"
    r"^(?:今天是\s*[:：]?\s*)?\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]$"  # the site's today
)
# The line of facts under a headline (发布时间：… 来源：… 作者：… 浏览次数：…): its date and source
# become metadata when the page's <meta> tags have none, and the line is dropped, so that the
# page reader does not take it for the headline of the paragraph after it.
_INFO_LABEL = (r"(?:发布时间|发布日期|发表时间|更新时间|来源|稿源|文章来源|信息来源|作者|责任编辑|编辑|发布者|"
               r"浏览次数|浏览量|浏览|点击数|点击量|点击|阅读次数|阅读量|阅读|字号)")
_INFO_LINE = re.compile(rf"^(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?[\s\d:：]*)?{_INFO_LABEL}\s*[:：]")
_INFO_SOURCE = re.compile(
    rf"(?:文章来源|信息来源|来源|稿源)\s*[:：]\s*(.+?)(?=\s|$|{_INFO_LABEL}\s*[:：]|\d{{4}}[-/.年]|【)")
_MAX_INFO_LINE = 120
_MAX_HEADLINE_LIKE = 40  # a longer line, or one ending a sentence, is text: no line of facts below it
_STOPS = ("。", "！", "？", "”", "」", "…", ".", "!", "?")
_FOOTER_LINE = re.compile(r"版权所有|版權所有|Copyright|All Rights Reserved|ICP备|ICP證|ICP证|©|公网安备|网站标识码", re.I)
_MAX_FOOTER_LINE = 120
_SPACE = re.compile(r"\s+")
_DATE_META = ("article:published_time", "og:published_time", "publishdate", "pubdate", "date",
              "dc.date", "dcterms.date", "publish_date", "datepublished")
_SOURCE_META = ("og:site_name", "source", "dc.publisher", "publisher")
_ISO_DAY = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass
class HtmlPage:
    """What a page holds: Markdown-like ``text``, its ``title`` and ``metadata``."""

    text: str
    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class _Block:
    where: str  # "article", "main" or "body"
    level: int  # heading level, 0 for a paragraph
    text: str  # "" for the place of dropped furniture


class _Walker:
    """Collects the blocks of a parsed page, in document order, without a recursion per level."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.buf: list[str] = []
        self.levels: list[int] = []  # open headings
        self.scopes: list[str] = []  # open article/main/section elements
        self.chars = 0  # characters of text read so far (not spaces)
        self.link_chars = 0  # of them, inside links
        self.in_link = 0

    def where(self) -> str:
        return "article" if "article" in self.scopes else "main" if "main" in self.scopes else "body"

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if not text:
            return
        if _FURNITURE_LINE.match(text) or (len(text) <= _MAX_FOOTER_LINE and _FOOTER_LINE.search(text)):
            self.dropped()
        else:
            self.blocks.append(_Block(self.where(), self.levels[-1] if self.levels else 0, text))

    def dropped(self) -> None:
        if not (self.blocks and not self.blocks[-1].text):
            self.blocks.append(_Block(self.where(), 0, ""))

    def skipped(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in _SKIP or "hidden" in attrs:
            return True
        if tag in _PAGE_PARTS and not any(s in _SECTIONING for s in self.scopes):
            return True
        if (attrs.get("role") or "").lower() in _SKIP_ROLES or (attrs.get("aria-hidden") or "") == "true":
            return True
        if _HIDDEN_STYLE.search(attrs.get("style") or ""):
            return True
        words = _WORDS.findall(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")
        if words and tag not in ("body", "article", "main"):  # <body class="nav-open"> is the page
            lowered = [w.lower() for w in words]
            if any(_FURNITURE.match(w) for w in lowered) and not _KEEP.intersection(lowered):
                return True
        return False

    def walk(self, root: LexborNode) -> None:
        # each entry: a node to enter, or the state saved when its element was entered
        todo: list[LexborNode | tuple[str, int, int, int, bool]] = [root]
        while todo:
            item = todo.pop()
            if isinstance(item, tuple):
                self.leave(*item)
                continue
            if item.is_text_node:
                text = item.text_content or ""
                self.buf.append(text)
                n = len(_SPACE.sub("", text))
                self.chars += n
                if self.in_link:
                    self.link_chars += n
                continue
            if not item.is_element_node:
                continue
            tag = item.tag or ""
            attrs = item.attributes
            if self.skipped(tag, attrs):
                if tag in _BLOCK:
                    self.flush()
                continue
            if tag in _BLOCK:
                self.flush()
            if tag in _HEADINGS:
                self.levels.append(_HEADINGS[tag])
            if tag in _SECTIONING:
                self.scopes.append(tag)
            link = tag == "a" and attrs.get("href") is not None
            self.in_link += link
            todo.append((tag, len(self.blocks), self.chars, self.link_chars, link))
            todo.extend(reversed(list(item.iter(include_text=True))))

    def leave(self, tag: str, start: int, chars: int, link_chars: int, link: bool) -> None:
        if tag in _BLOCK:
            self.flush()
        if tag in _HEADINGS:
            self.levels.pop()
        if tag in _SECTIONING:
            self.scopes.pop()
        self.in_link -= link
        if tag in _LINK_JUDGED:
            total, links = self.chars - chars, self.link_chars - link_chars
            if links and links * 2 >= total and total - links <= _MAX_OWN_TEXT:
                del self.blocks[start:]
                self.dropped()


def html_to_text(html: str) -> HtmlPage:
    """The readable text of an HTML page as Markdown-like text, with title and metadata."""
    tree = LexborHTMLParser(defuse(html))
    walker = _Walker()
    root = tree.body or tree.root
    if root is not None:
        walker.walk(root)
    walker.flush()
    blocks = walker.blocks
    scope = next((w for w in ("article", "main") if any(b.where == w and b.text for b in blocks)), "body")
    blocks = _without_empty_headings([b for b in blocks if scope == "body" or b.where == scope])
    info: dict[str, str] = {}
    blocks = _subtitles_first(_without_info_lines(blocks, info))
    title = next((b.text for b in blocks if b.level == 1), "")
    page_title = _page_title(tree)
    lines = [("#" * b.level + " " + b.text) if b.level else b.text for b in blocks]
    if not any(b.level for b in blocks) and page_title:
        lines.insert(0, "# " + page_title)  # no heading in the text: the page title heads it
        title = page_title
    metadata = _metadata(_meta(tree))
    for key, value in info.items():
        metadata.setdefault(key, value)
    return HtmlPage("\n\n".join(lines), title or page_title, metadata)


def _without_empty_headings(blocks: list[_Block]) -> list[_Block]:
    """The text blocks, less headings whose section held only dropped furniture (a link box's
    title); a heading directly over another (a kicker over a headline) stays."""
    kept: list[_Block] = []
    for i, block in enumerate(blocks):
        if not block.text:
            continue
        if block.level:
            after = blocks[i + 1 :]
            end = next((j for j, b in enumerate(after) if b.level and b.text), len(after))
            section = after[:end]
            if section and all(not b.text for b in section):
                continue
        kept.append(block)
    return kept


def _without_info_lines(blocks: list[_Block], info: dict[str, str]) -> list[_Block]:
    """The blocks less the lines of facts between a heading (or the top of the page) and the
    first paragraph of text; their first date and source go into ``info``."""
    kept: list[_Block] = []
    before_text = True  # no paragraph of text since the last heading
    for block in blocks:
        if block.level:
            before_text = True
        elif before_text and len(block.text) <= _MAX_INFO_LINE and _INFO_LINE.match(block.text):
            day = _ISO_DAY.search(block.text)
            if day:
                info.setdefault("date", f"{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}")
            source = _INFO_SOURCE.search(block.text)
            if source and source.group(1).strip("：: "):
                info.setdefault("source", source.group(1).strip("：: "))
            continue
        elif len(block.text) > _MAX_HEADLINE_LIKE or block.text.endswith(_STOPS):
            before_text = False
        kept.append(block)
    return kept


def _subtitles_first(blocks: list[_Block]) -> list[_Block]:
    """A heading right under the ``<h1>`` and over text is its subtitle (副题; e-papers mark up
    引题, 主题, 副题 as ``<h3>``, ``<h1>``, ``<h2>``): it goes over the ``<h1>``, with the kicker,
    so that the ``<h1>`` stays the headline (the page reader takes the last of a run of
    headings for the headline, and would take a subtitle left as text for one too)."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        if out[i - 1].level == 1 and out[i].level > 1 and not out[i + 1].level:
            out[i - 1], out[i] = out[i], out[i - 1]
    return out


def _page_title(tree: LexborHTMLParser) -> str:
    for node in tree.css("title"):
        parent, foreign = node.parent, False
        while parent is not None:
            if parent.tag in ("svg", "math"):
                foreign = True
                break
            parent = parent.parent
        if not foreign:
            return " ".join((node.text(deep=True) or "").split())
    return ""


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        a = node.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = (a.get("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)
    return meta


def _metadata(meta: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    date = next((meta[k] for k in _DATE_META if meta.get(k)), None)
    if date:
        m = _ISO_DAY.match(date)
        out["date"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else date
    source = next((meta[k] for k in _SOURCE_META if meta.get(k)), None)
    if source:
        out["source"] = source
    return out


def read_html_text(html: str, source: str, *, region: str | None = None, parse: bool = True) -> Document:
    """The document of a decoded HTML page: its articles, with the page's metadata on each
    (``parse`` as for :func:`~uniongraph.reading.read_text`). Its paragraphs are taken as whole:
    no page-break repair joins a table cell or a line over a paragraph to the next one."""
    from . import parse_articles

    page = html_to_text(html)
    text = normalize_text(page.text)
    articles = split_articles(text, source, markdown=True, repair=False)
    for art in articles:
        art.metadata.update(page.metadata)
    doc = Document(path=source, text=text, region=region, articles=articles, parsed=False)
    return parse_articles(doc) if parse else doc
