"""Splitting a page into blocks and telling headlines, kickers and body text apart.

Every non-blank line is a block with its 1-based source line. Markdown ``#`` headings (and
setext underlines) are ``heading`` blocks. Unmarked text gets its structure from the language
of news pages:

- a short line without a final stop directly before a paragraph that opens with a dateline
  (``本报讯``, ``本报北京１月２２日讯``, ``新华社…电``) or a byline is a ``headline``;
- the first line of a page, if short and unpunctuated and followed by text, is a ``headline``;
- a short unpunctuated line directly above a heading or headline is a ``kicker`` (a page
  banner, section label or lead-in); at most :data:`MAX_KICKERS` such lines stack; a page's
  first line that is a banner of parts set apart by ``>`` or ``|`` is a kicker however long;
- a web page's field line (``发布时间：…　来源：…　作者：…``) above a headline (a section label or two
  between) is that story's ``lead`` when the page prints its field lines above its headlines (none
  stands under one, and the last heads a story, not the page's end): it heads the story below, not
  the one above, and is no kicker.

Everything else is ``body``. Page-break repair (:mod:`.repair`) then joins body blocks only.

>>> [(b.kind, b.text) for b in page_blocks("引题\\n\\n# 标题\\n\\n本报讯 正文。")]
[('kicker', '引题'), ('heading', '标题'), ('body', '本报讯 正文。')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import (
    BYLINE_LINE,
    CLOSERS,
    CREDIT_LABEL,
    DATELINE,
    FIELD_LINE,
    MAX_HEADLINE,
    ROLE,
    SUBTITLE_LINE,
    both_scripts,
    is_headline_shaped,
)

#: Most unmarked lines stacked above a title that are taken as kickers.
MAX_KICKERS = 2

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BRACKET_ROLE = re.compile(f"[（(](?:{both_scripts('本报')})?(?:{both_scripts('记者|通讯员')})")
_ANY_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
#: a web page's line of credits, labels and names only (文字：某某　图片：某某, 编辑：某某　审核：某某)
_CREDIT_LINE = re.compile(r"(?:" + CREDIT_LABEL + r"\s*[\u4e00-\u9fff·]{2,10}\s*)+")

#: a page's banner: a site's path or a paper's edition line, parts set apart by ``>`` or ``|``
#: (某市总工会　首页 > 工作动态　　发布日期：…, 某某报 | 总第1163期 | 2026年12月18日 | 第2版：…)
_MASTHEAD = re.compile(r"[^。！？!?\n|｜>＞]{1,40}(?:[ \u3000]*[|｜>＞][ \u3000]*[^。！？!?\n|｜>＞]{1,40}){1,6}")
#: a section label in lenticular brackets a page prints above a headline (【劳模风采】, 【一线传真】)
_SECTION_LABEL = re.compile(r"【[^【】。！？\n]{1,12}】")


@dataclass
class Block:
    """A line of a page: its text (heading marks and outer blanks stripped), kind and source line."""

    text: str
    line: int
    kind: str = "body"
    level: int = 0


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` has at least one Markdown ATX heading (``# 标题``)."""
    return bool(_ANY_ATX.search(text))


def split_blocks(text: str, *, markdown: bool) -> list[Block]:
    """One block per non-blank line; in Markdown, headings and setext underlines are recognised.

    >>> [(b.kind, b.line) for b in split_blocks("# 标题\\n\\n正文", markdown=True)]
    [('heading', 1), ('body', 3)]
    """
    blocks: list[Block] = []
    prev_blank = True
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            prev_blank = True
            continue
        if markdown:
            atx = _ATX.match(raw)
            if atx and atx.group(2).strip():
                blocks.append(Block(atx.group(2).strip(), number, "heading", len(atx.group(1))))
                prev_blank = False
                continue
            underline = _SETEXT.match(raw)
            if underline and not prev_blank and blocks and blocks[-1].kind == "body":
                blocks[-1].kind = "heading"
                blocks[-1].level = 1 if underline.group(1)[0] == "=" else 2
                prev_blank = False
                continue
            if _THEMATIC.match(raw):  # a rule between stories, not text
                prev_blank = True
                continue
        blocks.append(Block(stripped, number))
        prev_blank = False
    return blocks


def opens_article(text: str) -> bool:
    """Whether a paragraph starts the way a news story's first paragraph does.

    >>> opens_article("本报讯（记者 陈立新）岁末年初…"), opens_article("记者从会上了解到…")
    (True, False)
    """
    if DATELINE.match(text):
        return True
    if BYLINE_LINE.fullmatch(text):
        return text.rstrip("）)")[-1:] not in "摄攝"  # a photo credit opens nothing
    role = ROLE.match(text)
    if role and role.group(1):  # 本报记者…, 新华社记者…: an outlet names the writer
        return True
    return bool(_BRACKET_ROLE.match(text))


def classify_blocks(blocks: list[Block]) -> list[Block]:
    """Mark unmarked ``headline`` and ``kicker`` blocks (in place) and return ``blocks``."""
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind != "body" or nxt is None or nxt.kind != "body":
            continue
        # (a dashed sub-title under a heading is its deck, not the headline of the story below)
        deck = i > 0 and blocks[i - 1].kind in ("heading", "headline") and SUBTITLE_LINE.match(block.text)
        if opens_article(nxt.text) and _may_be_dateline_headline(block.text) and not deck:
            block.kind = "headline"
        elif i == 0 and is_headline_shaped(block.text):
            block.kind = "headline"
    _mark_lead_fields(blocks)
    for i in range(len(blocks) - 1, -1, -1):
        if blocks[i].kind not in ("heading", "headline"):
            continue
        j = i - 1
        while j >= 0 and i - j <= MAX_KICKERS and blocks[j].kind == "body":
            if j == 0 and _MASTHEAD.fullmatch(blocks[j].text):
                blocks[j].kind = "kicker"  # the page's banner, however long, leads the first story in
                break
            if (not is_headline_shaped(blocks[j].text) or _CREDIT_LINE.fullmatch(blocks[j].text)
                    or FIELD_LINE.match(blocks[j].text)):
                break  # (文字：某某　图片：某某, 来源：某日报　记者 某某: the credits close the story above; a
                # page that prints its fields above its headlines has marked them ``lead``)
            blocks[j].kind = "kicker"
            j -= 1
    return blocks


def _mark_lead_fields(blocks: list[Block]) -> None:
    """Mark as ``lead`` each field line that stands above a title (a section label or two between, 【劳模风采】),
    on a page that prints each post's facts above its headline: no field line stands under a title (or
    under its dashed sub-title), and the last one heads a story too. A page whose last field line heads
    no story (it closes the page, or stands above a link, 上一篇：…) prints its fields at the end of each
    story: there every field line is the story's above it."""
    def title(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].kind in ("heading", "headline")

    def heads_story(k: int) -> bool:  # the field line at ``k`` stands above a title that opens a story
        k += 1
        labels = 0
        while k < len(blocks) and blocks[k].kind == "body" and labels < MAX_KICKERS and (
                _SECTION_LABEL.fullmatch(blocks[k].text)
                or is_headline_shaped(blocks[k].text) and not FIELD_LINE.match(blocks[k].text)):
            k, labels = k + 1, labels + 1  # a section label between (【劳模风采】)
        if not title(k):
            return False
        while title(k):
            k += 1
        return k < len(blocks) and blocks[k].kind == "body"

    fields = [i for i, b in enumerate(blocks) if b.kind == "body" and FIELD_LINE.match(b.text)]
    if not fields or not heads_story(fields[-1]):
        return  # fields at the end of each story (or none): each closes the story above
    # (a line between two titles is above the second: the first is the page's banner, 某市总工会 > 工作动态)
    if any((title(i - 1) or title(i - 2) and SUBTITLE_LINE.match(blocks[i - 1].text)) and not heads_story(i)
           for i in fields):
        return  # the page prints its fields under its headlines: a line above one closes the story before
    for i in fields:
        if heads_story(i):
            blocks[i].kind = "lead"
            k = i + 1
            while not title(k):  # the section labels between lead the story in too
                blocks[k].kind = "kicker"
                k += 1


def page_blocks(text: str, *, markdown: bool | None = None) -> list[Block]:
    """Split and classify a page (``markdown=None``: decide from the text)."""
    if markdown is None:
        markdown = looks_like_markdown(text)
    return classify_blocks(split_blocks(text, markdown=markdown))


def _may_be_dateline_headline(text: str) -> bool:
    # Before a dateline even ``！`` or ``？`` may end a headline (向劳动者致敬！), but ``。`` never.
    if is_headline_shaped(text):
        return True
    text = text.strip()
    core = text.rstrip(CLOSERS)
    return 0 < len(text) <= MAX_HEADLINE and core[-1:] in "！？!?" and "。" not in core
