"""Splitting a page into articles: headline, kickers and repaired body paragraphs.

A run of heading, headline and kicker blocks followed by body text starts an article: the
last block of the run is its title, the blocks above it are kickers (page banners, section
labels, lead-in lines). A run with no body after it (a page banner at the end) is no
article. Body text before any title is an article of its own, with an empty title.

``Article.text`` is the title, a newline, then the body paragraphs joined with newlines, so
``article.text[article.body_start:]`` is the body. ``metadata["lines"]`` maps the offset of
each line of ``text`` to its 1-based source line.

>>> page = "## 贯彻落实工会十八大精神\\n\\n## 走进回龙观地区\\n\\n本报讯 近日…有\\n\\n限公司…。"
>>> [(a.kicker, a.title, a.text) for a in split_articles(page, "page.md")]
[('贯彻落实工会十八大精神', '走进回龙观地区', '走进回龙观地区\\n本报讯 近日…有限公司…。')]
"""

from __future__ import annotations

from .. import ids
from ..model import Article
from .blocks import Block, page_blocks
from .patterns import SUBTITLE_LINE
from .repair import repair_breaks


def split_articles(
    text: str, source: str = "<text>", *, markdown: bool | None = None, repair: bool = True
) -> list[Article]:
    """The articles of a normalised page ``text`` read from ``source``, in page order
    (``repair=False``: its paragraphs are whole, as an HTML page's are; see :mod:`.repair`)."""
    digest = ids.document_digest(text)
    blocks = page_blocks(text, markdown=markdown)
    if repair:
        blocks = repair_breaks(blocks)
    articles: list[Article] = []
    for tops, body in group_blocks(blocks):
        articles.append(_make_article(tops, body, source, digest, len(articles)))
    return articles


def group_blocks(blocks: list[Block]) -> list[tuple[list[Block], list[Block]]]:
    """Pair each run of title blocks (possibly empty, for leading text) with the body after it
    (a ``lead`` field line above the titles first)."""
    groups: list[tuple[list[Block], list[Block]]] = []
    run: list[Block] = []
    leads: list[Block] = []  # a post's field line printed above its headline opens its body
    for block in blocks:
        if block.kind == "lead":
            leads.append(block)
        elif block.kind != "body":
            run.append(block)
        elif run or not groups:
            # (under the story's dashed sub-title, where a page that prints its fields below puts them)
            groups.append((run, [block, *leads] if SUBTITLE_LINE.match(block.text) else [*leads, block]))
            run, leads = [], []
        else:
            groups[-1][1].append(block)
    return groups  # a trailing run without body is dropped: headings alone are no article


def _make_article(
    tops: list[Block], body: list[Block], source: str, digest: str, index: int
) -> Article:
    title_block = tops[-1] if tops else None
    title = title_block.text if title_block else ""
    text = title + "\n" + "\n".join(b.text for b in body)
    lines: list[list[int]] = []
    if title_block:
        lines.append([0, title_block.line])
    offset = len(title) + 1
    for b in body:
        lines.append([offset, b.line])
        offset += len(b.text) + 1
    return Article(
        id=ids.article_id(digest, index),
        source=source,
        index=index,
        title=title,
        text=text,
        line=title_block.line if title_block else body[0].line,
        kicker="\n".join(b.text for b in tops[:-1]),
        metadata={"lines": lines},
    )
