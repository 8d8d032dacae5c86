"""Page-break repair: rejoin body paragraphs that a print layout broke mid-sentence.

Print pages (and text copied from them) break a paragraph at a column or page end, often in
the middle of a word, and the copy shows a blank line there::

    …来自钱江电气设备有

    限公司的赵建国是此次活动参与者中最年长的一位…

A body block that does not end with sentence-final punctuation is joined to the next body
block with no separator. Headings, headlines and kickers never join, nor do byline lines
(``本报记者 王政``), short list items and numbered section heads (``一、加强组织建设``), the lines
of a name list set in columns (``赵强　海河钢铁集团有限公司焊工``), a dash sub-title, nor the
field lines of a web page or a notice (``发布时间：…　来源：…``, ``联系人：区总工会财务部 彭某``),
which end with no stop but say a thing of their own, nor the rows of a table printed without outer
bars (``1 | 某某工作室 | 某某有限公司``), nor a picture caption closed by its credit
(``…送上饺子。　本报记者 某某 摄``), nor two entries of a results list in a row
(``男子100米：某学院 某某`` then ``女子跳绳：图书馆 某某``), nor a short entry before what follows it, nor the
entries of a list of bodies set one name a line where the page shows a list (a colon or a count before it,
three names and more: a line of running text wrapped after a name is far more common), nor an official
document's number (``某工发〔2026〕38号``).

>>> from .blocks import Block
>>> [b.text for b in repair_breaks([Block("目前，钱", 5), Block("塘集团共建设职工之家14个。", 7)])]
['目前，钱塘集团共建设职工之家14个。']
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .blocks import Block
from .patterns import (BYLINE_LINE, CAPTION_CREDIT, CREDIT_WORDS, MAX_HEADLINE, POST_TIME, SLASH_CREDIT, SUBTITLE_LINE,
                       SUBHEAD, ends_sentence)


#: the date of a post or a page: 2026年7月2日, 2026-07-02, 2026/07/02 (a time after it: POST_TIME)
_DATE = r"(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{4}([-/.])[0-9０-９]{1,2}\1[0-9０-９]{1,2})"
#: the labels of a page's or a notice's fields
_FIELD_LABELS = r"发布时间|发布日期|来源|作者|责任编辑|编辑|联系人|联系电话|联系方式|电话|传真|地址|邮箱|电子邮箱"

#: a page's or a notice's field line: a label and a colon (发布时间：, 联系人：), or a date alone
FIELD_LINE = re.compile(rf"(?:{_FIELD_LABELS})\s*[：:]"
                        # a line of credits (文字：某某　图片：某某, 文/图：某某) under a headline or at the end
                        rf"|(?:{CREDIT_WORDS}|{SLASH_CREDIT})[：:]\s*[\u4e00-\u9fff·]{{2,10}}(?:[\s\u3000]|$)"
                        # … or a slash label with a space for its colon, names (and a body) alone after it
                        rf"|(?:{SLASH_CREDIT})[ \u3000]+[\u4e00-\u9fff·]{{2,16}}(?:[ \u3000]+[\u4e00-\u9fff·]{{2,16}})*$"
                        r"|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$"
                        # an account's header: its name, a space, the date (and time) of the post (某某公众号　2026年2月13日
                        # 18:30); the name is no clause's start (大赛定于 2026年…, 会议将在…: a sentence wrapped after its date)
                        rf"|[^，。；：:\s](?:(?![于将在拟])[^，。；：:\s]){{1,19}}[ \u3000]+{_DATE}(?:[ \u3000]*{POST_TIME})?$"
                        # an official document's number on its own line (某工发〔2026〕38号)
                        r"|[^，。；\s]{1,12}[〔［\[][0-9０-９]{4}[〕］\]][0-9０-９]{1,4}号$"
                        # a web page's date line, perhaps with a time and fields (2026-12-16　来源：…　编辑：…,
                        # 2026年12月16日 09:30　作者：…): a date in words opens a sentence too, so it needs a field after it
                        r"|[0-9０-９]{4}[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2}(?=[\s\u3000]|$)"
                        rf"|[0-9０-９]{{4}}年[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日(?:[ \u3000]*{POST_TIME})?[ \u3000]+(?:{_FIELD_LABELS})\s*[：:]")


#: a line of a name list set in columns: a short name, an ideographic space (or two spaces), then
#: what is said of it (``赵强　海河钢铁集团有限公司焊工``); each line is one entry of its own (longer first
#: cells, a body and its address, are entries only in a run of them: :data:`COLUMN_ENTRY`)
COLUMN_LINE = re.compile(r"[\u4e00-\u9fff·]{2,6}(?:\u3000+|\s{2,})\S")


#: an entry of a list set in columns: a name (a body's, a station's: no clause in it), an ideographic
#: space, then what is said of it with no clause's stop (``某县总工会职工法律援助工作站　位于某镇某路一楼``);
#: two such lines in a row are two entries, and the last of a run of them ends the list (the paragraph
#: after it is no continuation of its address)
COLUMN_ENTRY = re.compile(r"[^，。；：:！？\s]{2,24}\u3000+[^\u3000，。；！？]+$")


#: an entry of a results or honour list: a short label, a colon, and no clause after it (男子100米：某学院
#: 某某, 一等奖：某分工会、某分工会); two such lines in a row are two entries, never one broken paragraph
#: (the line shape extraction.persons._RESULT_LINE reads a winner's name from: this one asks no name)
LABEL_LINE = re.compile(r"[^，。；：:\s]{1,10}[：:](?=\S)[^，。；！？]*$")


#: … and a short one of them stands alone whatever follows (the signature of a notice after its last
#: entry: 女子跳绳：图书馆 某某 / 某大学工会); the label is no clause that opens a quotation (他说：)
LIST_ENTRY_LINE = re.compile(r"[^\n：:，。；;,！？、“”]{1,11}[^\n：:，。；;,！？、“”说道示出调为绍求到是称问答][：:]"
                             r"[^\n：:，。；;,！？“”]+")


#: a row of a table printed with or without outer bars: three cells or more parted by bars (``1 | 某某工作室 |
#: 某某有限公司 | 某某区``, a Markdown row ``| 1 | 某某工会 | 某某县 |`` and its ``|---|---|---|``), or two cells
#: between outer bars (``| 某某工会 | 某某 |``: the bars say it is a row); each row is a line of its own,
#: never part of a paragraph
TABLE_ROW = re.compile(r"\|?[^|\n]+(?:\|[^|\n]+){2,}\|?|\|[^|\n]+\|[^|\n]+\|")


#: a line that may be one body's name and nothing else: no clause's stop, comma, colon or space in it
_NAME_ONLY = re.compile(r"[\u4e00-\u9fff·（）()“”0-9０-９A-Za-z]{4,40}")
#: a count of entries closing a section head (一、模范职工之家（6个）): the lines under it are a list
_COUNTED_HEAD = re.compile(r"[（(][0-9０-９一二三四五六七八九十]{1,3}[个家名项支人]?[）)]$")


def _lexicon(name: str) -> tuple[str, ...]:
    text = resources.files("uniongraph").joinpath("lexicons", name).read_text("utf-8")
    return tuple(sorted({w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}))


@lru_cache(maxsize=1)
def _name_heads() -> tuple[str, ...]:
    """How a body's name ends: the organisation heads (``lexicons/org_heads.tsv``, venues aside) and
    the heads of units and groups inside a body (``crew_unit_heads.txt``, ``name_line_heads.txt``)."""
    lexicons = resources.files("uniongraph").joinpath("lexicons")
    heads: set[str] = set()
    for row in lexicons.joinpath("org_heads.tsv").read_text("utf-8").splitlines():
        cells = row.split("\t")
        if len(cells) >= 2 and not row.startswith("#") and cells[1] != "Place":
            heads.add(cells[0].strip())
    heads |= set(_lexicon("crew_unit_heads.txt")) | set(_lexicon("name_line_heads.txt"))
    return tuple(sorted(heads - {""}))


@lru_cache(maxsize=1)
def _false_endings() -> tuple[str, ...]:
    """Words that end in a head but end no name (主办, 干部, 为中心: ``name_line_false_endings.txt``)."""
    return _lexicon("name_line_false_endings.txt")


@lru_cache(maxsize=1)
def _clause_openers() -> tuple[str, ...]:
    """Words that open a line continuing a wrapped clause (和, 会同, 由, 在: ``clause_openers.txt``)."""
    return _lexicon("clause_openers.txt")


def is_name_line(text: str) -> bool:
    """Whether a line is a body's name alone (某某县某某有限公司工会), or names parted by 、: a line that
    may be an entry of a list set one name a line (a list of honoured units, the rows of a table without
    bars). A line opening with a conjunction or a preposition continues a clause (和某某集团, 由市总工会),
    and one ending in a verb or a word that only ends like a name (…主办, …机关干部, …以职工为中心) is none.

    >>> is_name_line("某某市第三人民医院工会"), is_name_line("由市总工会和区人社局"), is_name_line("和某某集团有限公司")
    (True, False, False)
    >>> is_name_line("第五届职工文艺汇演由市总工会主办"), is_name_line("区总工会主席某某带领机关干部")
    (False, False)
    """
    if text.startswith(_clause_openers()):
        return False
    heads, false_endings = _name_heads(), _false_endings()
    return all(_NAME_ONLY.fullmatch(part) and part.endswith(heads) and not part.endswith(false_endings)
               for part in text.split("、"))


def _name_list_entries(blocks: list[Block]) -> set[int]:
    """The indices of the body blocks that are entries of a list of names set one a line: each stands
    as a paragraph of its own. Running text wrapped at a name's end is far more common than such a list,
    so a run of name lines is a list only on a sign of one: the line before it ends with a colon
    (授予以下集体…称号：) or a count (一、模范职工之家（6个）), and the run holds two names or more or
    stands apart from the text after it (a blank line between); or it holds three names and more under a
    line that has ended; or it is one paragraph under a section head (三、精神文明奖 / 某分工会、某分工会),
    set apart from the text after it. The first line of a paragraph that goes on in the next line is
    never cut (一、赛事概况 / 大赛由区总工会、区人社局 / 联合主办…)."""
    entries: set[int] = set()
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "body" or not is_name_line(blocks[i].text):
            i += 1
            continue
        j = i
        while j + 1 < len(blocks) and blocks[j + 1].kind == "body" and is_name_line(blocks[j + 1].text):
            j += 1
        if _is_name_list(blocks[i - 1] if i else None, blocks[i:j + 1], blocks[j + 1] if j + 1 < len(blocks) else None):
            entries.update(range(i, j + 1))
        i = j + 1
    return entries


def _is_name_list(lead: Block | None, run: list[Block], after: Block | None) -> bool:
    """Whether the name lines ``run`` (between ``lead`` and ``after``) are a list (:func:`_name_list_entries`)."""
    apart = after is None or after.kind != "body" or (after.line > run[-1].line + 1
                                                        and not after.text.startswith(_clause_openers()))
    if lead is None or lead.kind != "body":
        return len(run) >= 3
    text = lead.text.rstrip()
    if text.endswith(("：", ":")) or len(text) <= MAX_HEADLINE and SUBHEAD.match(text) and _COUNTED_HEAD.search(text):
        return len(run) >= 2 or apart
    if len(text) <= MAX_HEADLINE and SUBHEAD.match(text) and not ends_sentence(text):
        return len(run) >= 3 or apart
    return len(run) >= 3 and is_complete(lead)


#: the number of a numbered item opening a line (二、, （三）, 4.)
_ITEM_NUMBER = re.compile(r"[（(]?([一二三四五六七八九十]{1,3}|[0-9]{1,2})(?:[、．.](?![0-9])|[）)])")
_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _item_number(text: str) -> int:
    """The number of the item ``text`` opens (七、报名方式 → 7), or 0."""
    match = _ITEM_NUMBER.match(text)
    if match is None:
        return 0
    word = match.group(1)
    if word.isdigit():
        return int(word)
    if "十" not in word:
        return _DIGITS[word] if len(word) == 1 else 0
    tens, _, ones = word.partition("十")
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


#: how an item's number is marked (、, a dot, brackets in either width): items in a row mark theirs alike
_MARK_KINDS = str.maketrans({"）": ")", "．": "."})
#: last characters that leave an item open (a word that takes what follows: 于今年第 / 二、三季度…)
_OPEN_ENDINGS = tuple("第的和与及或、至到从于在对向把被将由")


def _next_item(last: Block, block: Block) -> bool:
    """Whether ``block`` opens the item numbered after the one ``last`` opened (六、… then 七、…): a new
    item, however long, even when the item above ends with no stop (…副教授某某 / 七、报名方式：…), unless
    the item above stops on a word that takes what follows (…于今年第) or the number is the first of a
    range (二、三季度)."""
    number = _item_number(block.text)
    if number <= 1 or _item_number(last.text) != number - 1 or last.text.endswith(_OPEN_ENDINGS):
        return False
    mark, last_mark = _ITEM_NUMBER.match(block.text), _ITEM_NUMBER.match(last.text)
    if mark.group(0)[-1:].translate(_MARK_KINDS) != last_mark.group(0)[-1:].translate(_MARK_KINDS):
        return False
    return block.text[mark.end():mark.end() + 1] not in "一二三四五六七八九十"


def is_complete(block: Block) -> bool:
    """Whether a body block must not be continued by the next one.

    >>> is_complete(Block("服务队为环卫工人送上饺子。　本报记者 王立新 摄", 3)), is_complete(Block("职工们在现场拍", 3))
    (True, False)
    """
    return ends_sentence(block.text) or stands_alone(block) or bool(CAPTION_CREDIT.search(block.text))


def stands_alone(block: Block) -> bool:
    """A byline line or a short list item / section head: never part of another paragraph."""
    text = block.text
    if BYLINE_LINE.fullmatch(text) or FIELD_LINE.match(text) or TABLE_ROW.fullmatch(text):
        return True
    if len(text) <= MAX_HEADLINE and (COLUMN_LINE.match(text) or SUBTITLE_LINE.match(text)
                                      or LIST_ENTRY_LINE.fullmatch(text)):
        return True
    return len(text) <= MAX_HEADLINE and bool(SUBHEAD.match(text))


def _in_column_list(out: list[Block], block: Block) -> bool:
    """Whether the last block of ``out`` is an entry of a list set in columns (:data:`COLUMN_ENTRY`) that
    ``block`` follows as the next entry, or that closes a run of two entries and more."""
    if not COLUMN_ENTRY.match(out[-1].text):
        return False
    return bool(COLUMN_ENTRY.match(block.text)) or len(out) > 1 and bool(COLUMN_ENTRY.match(out[-2].text))


def repair_breaks(blocks: list[Block]) -> list[Block]:
    """Return the blocks with broken body paragraphs rejoined (each keeps its first line)."""
    out: list[Block] = []
    joinable = False  # the last block in ``out`` is body text still waiting for its end
    entries = _name_list_entries(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "body":
            out.append(block)
            joinable = False
            continue
        if joinable and not stands_alone(block) and not (LABEL_LINE.match(out[-1].text) and LABEL_LINE.match(block.text)) \
                and not _in_column_list(out, block) and i not in entries and i - 1 not in entries \
                and not _next_item(out[-1], block):
            last = out[-1]
            out[-1] = Block(last.text + block.text, last.line, last.kind, last.level)
        else:
            out.append(Block(block.text, block.line, block.kind, block.level))
        joinable = not is_complete(out[-1])
    return out
