"""HTML news pages: the article text and title, without scripts, styles and navigation.

The standard library's ``html.parser`` is enough here (it decodes entities, tolerates broken
markup and needs no package): the page is turned into Markdown-like text — headings as ``#``
lines, paragraphs and other blocks as paragraphs — which the ordinary page reader then splits
into articles. Only ``<article>`` content is kept when the page has any, else ``<main>``, else
the body; ``script``, ``style``, ``nav``, ``header``, ``footer``, ``aside``, forms and elements
with a navigation role are dropped. ``<meta>`` publication dates and site names become the
articles' ``date`` and ``source`` metadata.

>>> page = html_to_text('<title>站点</title><nav>首页 | 新闻</nav><article><h1>全总召开会议</h1>'
...                     '<p>本报讯 近日，全总召开会议。</p><script>var x;</script></article>')
>>> page.text
'# 全总召开会议\\n\\n本报讯 近日，全总召开会议。'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..model import Document

_SKIP = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe", "svg",
    "template", "button", "select", "textarea", "menu", "object", "canvas", "audio", "video", "head",
})
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col", "embed", "param", "track", "base"})
_BLOCK = frozenset({
    "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "td", "th",
    "blockquote", "pre", "br", "hr", "dd", "dt", "dl", "figure", "figcaption", "center", "body",
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "caption",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
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


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0  # depth inside dropped elements
        self.stack: list[str] = []  # open elements outside dropped ones
        self.blocks: list[tuple[str, int, int, str]] = []  # (where, heading level, order, text)
        self.buf: list[str] = []
        self.level = 0
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def where(self) -> str:
        return "article" if "article" in self.stack else "main" if "main" in self.stack else "body"

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.blocks.append((self.where(), self.level, len(self.blocks), text))
        self.buf = []
        self.level = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in _VOID:
            if tag in _BLOCK and not self.skip:
                self.flush()
            return
        if self.skip or tag in _SKIP or a.get("role", "").lower() in _SKIP_ROLES or "hidden" in a:
            self.skip += 1
            return
        if tag in _BLOCK:
            self.flush()
        self.stack.append(tag)
        if tag in _HEADINGS:
            self.level = _HEADINGS[tag]

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _VOID:
            return
        if self.skip:
            self.skip -= 1
            return
        if tag in self.stack:
            if tag in _BLOCK:
                self.flush()
            while self.stack and self.stack.pop() != tag:  # close what the page left open
                pass

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.buf.append(data)


def html_to_text(html: str) -> HtmlPage:
    """The readable text of an HTML page as Markdown-like text, with title and metadata."""
    p = _Collector()
    p.feed(html)
    p.close()
    p.flush()
    scope = next((w for w in ("article", "main") if any(b[0] == w for b in p.blocks)), "body")
    blocks = [b for b in p.blocks if scope == "body" or b[0] == scope]
    title = next((t for _, level, _, t in blocks if level == 1), "")
    page_title = " ".join("".join(p.title).split())
    lines = [("#" * level + " " + t) if level else t for _, level, _, t in blocks]
    if not any(level for _, level, _, _ in blocks) and page_title:
        lines.insert(0, "# " + page_title)  # no heading in the text: the page title heads it
        title = page_title
    return HtmlPage("\n\n".join(lines), title or page_title, _metadata(p.meta))


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
    (``parse`` as for :func:`~uniongraph.reading.read_text`)."""
    from . import read_text

    page = html_to_text(html)
    doc = read_text(page.text, source, region=region, markdown=True, parse=parse)
    for art in doc.articles:
        art.metadata.update(page.metadata)
    return doc
