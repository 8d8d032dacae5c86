"""Bylines: the reporters (记者) and correspondents (通讯员) who wrote an article.

Bylines are read where newspapers print them, never from running text (``记者从会上了解到``
is not a byline):

- at the start of the first body paragraph, after an optional dateline, in brackets or not:
  ``本报讯（记者 王立平 孙浩然 通讯员 李晓梅）``, ``本报北京１月２２日讯记者颜世贵报道：``,
  ``新华社记者陈雁、本报记者何加正报道：``, ``通讯员李明、赵亮报道``;
- as a paragraph of its own near the top or the end: ``本报记者 朱剑红``, ``记者张三 通讯员李四``;
- in brackets at the very end of the article: ``（记者 张三）``, or bare names ``（王小明）``,
  ``（孙海涛胡跃平）`` (taken as the reporters; names run together are split at surnames);
- at the start of any later paragraph that opens with a dateline (a report of several parts,
  each from its own city: ``本报南昌１月５日电记者傅丁根报道：``), and in brackets closing the part before
  such a paragraph on their own after a stop, names only (``…开放。（某某某）`` then ``本报南京１月８日电…``).

A photo credit that names a reporter (``（新华社记者樊如钧摄）``) credits that reporter too: the
guideline counts every byline name; so do a credit the paper's notes follow (``（某某摄）（新华社稿）``) and
one that names its picture first (``（压题照片为某某摄）``, ``（本栏照片均为某某摄）``). Names are 2–4 Han characters (or two parts joined by ``·``),
separated by spaces, ``、``, ``，`` or ``,``. Offsets are into ``article.text``.

>>> from uniongraph.model import Article
>>> art = Article("a", "p.md", 0, "标题", "标题\\n本报讯（记者 王立平 孙浩然 通讯员 李晓梅）一副春联…")
>>> [(b.role, b.name) for b in find_bylines(art)]
[('reporter', '王立平'), ('reporter', '孙浩然'), ('correspondent', '李晓梅')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from ..model import Article, Byline
from .patterns import (BYLINE_LINE, CAPTION_CREDIT, DATELINE, FIELD_LINE, HAN, NAME_SEPARATORS, POST_TIME, ROLE, SLASH_CREDIT,
                       SUBTITLE_LINE, both_scripts,
                       ends_sentence, role_of)
from .source_fields import is_credit_line

#: Body paragraphs from the top, and from the end, searched for byline paragraphs.
HEAD_PARAGRAPHS = 3
#: the longest line of lead-in (a deck, a summary) that a names line may stand under
_LEAD_IN_MAX = 80
TAIL_PARAGRAPHS = 2
#: Body paragraphs from the end searched for a line of credits (文字：… then 编辑：… under it).
CREDIT_TAIL_PARAGRAPHS = 3

_SEP = re.compile(f"[{NAME_SEPARATORS}]*")
# A name ends at a separator, a role, 报道, a photo mark, a colon, a closing bracket or the end.
_REPORTED = both_scripts("报道|报导")
_STRONG_END = rf"(?=[{NAME_SEPARATORS}]|(?:{ROLE.pattern})|{_REPORTED}|[摄攝]|[：:）)。；;]|$)"
_NAME_CHAR = rf"(?:(?!{_REPORTED}|{both_scripts('记者|通讯员|实习生')})[{HAN}])"
_STRONG_NAME = re.compile(
    rf"(?:{_NAME_CHAR}{{1,6}}·{_NAME_CHAR}{{1,6}}|{_NAME_CHAR}{{2,4}}?){_STRONG_END}"  # shortest: 蒋铎 of 蒋铎摄
)
#: a two-character name printed with a space inside (王　芳), closed like any name
_SPACED_NAME = re.compile(rf"({_NAME_CHAR})[ \u3000]{{1,2}}({_NAME_CHAR}){_STRONG_END}")
# Unbracketed, a name may run straight into the story: 记者陈陆军从广播电影电视部获悉.
_WEAK_NAME = re.compile(
    rf"[{HAN}]{{2,4}}?(?={both_scripts('从|在|获悉|了解|日前|近日|最近|前不久|今天|今日|今年|昨天|昨日|去年|日电|电')})"
)
# Characters that do not occur in personal names but do in what brackets hold at an article's
# end (（完）, （新华社）, （本报评论员）, （上）, （待续）) or in time words.
_NOT_IN_NAMES = set(
    "社报网台部局处会完续待图摄编译稿评论员日月年今昨近前从在的了与及片"
    "報網臺處會續圖攝編譯評論員從與"
)
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
# Credit words that end what brackets hold: （杨崇南绘）, （夏清泉画）, （张滨作）, （王宁书）; a kind of photo
# (（纪念照）, （毕业照）: 照 opens or holds a name, 曹照琪, but closes none) and how one was shot (（高空拍摄）).
_NOT_LAST_IN_NAMES = set("绘画作书题辑供照拍繪畫書題輯")
_REPORTED_AT = re.compile(_REPORTED)
_NOTE = re.compile(r"[（(][^（）()\n]*[）)]")
_BRACKET_TAIL = re.compile(r"[（(]([^（）()\n]{1,60})[）)]\s*$")
#: how a photo credit ends: 摄, 摄影, 摄影报道
_CREDIT = r"(?:摄影报道|摄影|摄|攝)"
_CREDIT_END = re.compile(_CREDIT + "$")
#: a paragraph that ends with a photo credit in brackets
_PHOTO_CREDIT = re.compile(r"[（(][^（）()\n]{1,40}" + _CREDIT + r"[）)]\s*$")
#: a photo credit in brackets with the paper's notes printed after it: （某某摄）（新华社稿）, （…摄）（传真照片）
#: (the notes are the paper's own, what it says of the picture's source: not an entrant's unit after a contest
#: entry's credit, 《某作》（某某摄）（某某集团）)
_PHOTO_NOTE = (r"(?:(?:本报|新华社|中新社)(?:稿|发|传真|供图|供稿)|(?:本报|新华社|中新社)?(?:数码)?"
               r"(?:传真照片|资料图片|资料照片|传真图片))")
_PHOTO_CREDIT_NOTES = re.compile(r"([（(][^（）()\n]{1,40}" + _CREDIT + r"[）)])(?:[（(]" + _PHOTO_NOTE + r"[）)])+\s*$")
#: a photo credit that first says which picture it credits: （压题照片为某某摄）, （本栏照片均为某某、某某摄）,
#: （照片：某某摄）, （本栏图片均为新华社记者某某摄）, one clause per picture (（左图为某某摄，右图为某某摄））:
#: the picture, then the photographers' byline (a role or none, then names)
_DESCRIBED_PHOTO_CLAUSE = re.compile(
    rf"[^（）()\n，,；;]{{0,8}}?(?:照片|图片|剧照|图)(?:均为|为|[：:])?(?P<names>[^（）()\n；;]{{2,24}}?)[ \u3000]*{_CREDIT}")
_CLAUSE_SEPARATOR = re.compile(r"[，,；;]")


def find_bylines(article: Article) -> list[Byline]:
    """The byline names of ``article`` in order, deduplicated, reporters and correspondents apart."""
    text = article.text
    paras = _body_paragraphs(text, article.body_start)
    if not paras:
        return []
    found: list[Byline] = []
    head = paras[:HEAD_PARAGRAPHS]
    # The story opens with its first paragraph that is neither a note such as （附图片１张） nor a
    # short heading line (a region heading 四川 above a dateline, a subtitle).
    first = next((p for p in head if not _NOTE.fullmatch(text, *p) and not _is_heading(text, *p)), head[0])
    found += _opening(text, *first)
    for start, end in head:
        if (start, end) != first and BYLINE_LINE.fullmatch(text, start, end):
            found += parse_byline(text, start, end)
        elif _FIELD_LINE.match(text, start, end):
            found += _field_line_byline(text, start, end)
    for start, end in paras:  # later parts of the report, each opening with its own dateline
        if (start, end) != first and DATELINE.match(text, start, end):
            found += _opening(text, start, end)
    # an author line of names alone, right under the headline (申维辰; 宋启明韩中朝苗清波), unless
    # a dateline follows it (a digest's region heading: 四川)
    if len(paras) > 1 and not DATELINE.match(text, *paras[1]):
        found += _names_line(text, *paras[0]) or _pen_name_line(text, *paras[0], paras[1][1])
    # … or under a deck, a note or a line of lead-in (绿化是衣，矿容是貌…; （附图片１张）): the names
    # line is the first thing after short lines only, and the story (no dateline) follows it
    for k in range(1, min(HEAD_PARAGRAPHS, len(paras) - 1)):
        if any(e - s > _LEAD_IN_MAX for s, e in paras[:k]) or DATELINE.match(text, *paras[k + 1]):
            break
        names = _names_line(text, *paras[k])
        if names and not _word_across_names(text, names):
            found += names
            break
    for start, end in paras:  # signatures of a collection of short pieces: ———王文西（山东）
        sig = _SIGNATURE.fullmatch(text, start, end)
        if sig:
            found += _names_line(text, *sig.span(1))
    tail = [p for p in paras[-TAIL_PARAGRAPHS:] if p not in head]
    for start, end in tail:
        if BYLINE_LINE.fullmatch(text, start, end):
            found += parse_byline(text, start, end)
    for start, end in dict.fromkeys(head + paras[-CREDIT_TAIL_PARAGRAPHS:]):
        if is_credit_line(text[start:end]):  # 文字：某某　图片：某某 / 编辑：某某　审核：某某
            found += credit_bylines(text, start, end)
        elif _FIELD_LINE.match(text, start, end):  # 来源：某日报　记者 某某　通讯员 某某 at the end
            found += _field_line_byline(text, start, end)
    for start, end in paras[:-1]:  # a page of photographs: each picture's credit ends its paragraph
        if _PHOTO_CREDIT.search(text, start, end):
            found += _closing_bracket(text, start, end)
        else:  # a brief of a column closes with its own writers: …出席并讲话。（通讯员 某某）
            found += _closing_role_bracket(text, start, end)
    for (start, end), (nxt, nxt_end) in zip(paras, paras[1:]):
        if DATELINE.match(text, nxt, nxt_end):  # a part of a report closing with its writers before the
            found += _part_writers(text, start, end)  # next part's dateline: …。（某某某）, 本报南京…电
    for start, end in paras:  # a photo credit the paper's notes follow, or that names its picture first
        noted = _PHOTO_CREDIT_NOTES.search(text, start, end)
        if noted:  # （某某摄）（新华社稿）: the credit closes the paragraph once the notes are set aside
            found += _closing_bracket(text, start, noted.end(1))
        found += _described_photo_credit(text, start, noted.end(1) if noted else end)
    for start, end in paras:  # ▲ captions: …送上饺子。　本报记者 某某 摄
        caption = CAPTION_CREDIT.search(text, start, end)
        if caption:  # (the credit's 摄/摄影 after a space read as no name: 记者 某某 摄影)
            found += _named(parse_byline(text, caption.start(1), _names_end(text, *caption.span(1))))
    found += _closing_bracket(text, *paras[-1])
    return _dedupe(found)


#: a bracket standing on its own after a sentence's stop, closing a paragraph (…开放。（某某某））
_BRACKET_AFTER_STOP = re.compile(r"(?<=[。！？!?])[（(][^（）()\n]{1,60}[）)]\s*$")


def _part_writers(text: str, start: int, end: int) -> list[Byline]:
    """The writers of a part of a report, in a bracket closing ``text[start:end]`` on its own after a
    stop (…今天落成开放。（某某某）): a role's names, or names only. A bracket glued to the text (发言
    （左二）, 主持（某某）) is the sentence's; one after a quote (…。”（某某）) names the speaker; a
    word before a name (（农民工某某）) describes a person the story quotes."""
    if not _BRACKET_AFTER_STOP.search(text, start, end):
        return []
    found = _closing_bracket(text, start, end)
    if any(not is_plausible_name(b.name) or _common_word(b.name) for b in found):
        return []
    return found


def _common_word(name: str) -> bool:
    """Whether ``name`` is a frequent dictionary word (农民工), no name a bracket of names holds."""
    from ..extraction.tokens import word_frequency  # the reader has no dictionary of its own

    return word_frequency(name) >= _GIVEN_NAME_MAX_FREQUENCY


def _described_photo_credit(text: str, start: int, end: int) -> list[Byline]:
    """The photographers of a credit closing ``text[start:end]`` that names its picture first
    (（压题照片为某某摄）, （本栏照片均为某某、某某摄）, （左图为某某摄，右图为某某摄））: every clause of the
    bracket is such a credit, and the names of each are read as a byline (a role's, or plausible names
    alone, reporters), or none is read."""
    if "摄" not in text[start:end]:
        return []
    inside = _inside_closing_bracket(text, start, end)
    if inside is None:
        return []
    pos, inner_end = inside
    found: list[Byline] = []
    while True:
        clause = _DESCRIBED_PHOTO_CLAUSE.match(text, pos, inner_end)
        if clause is None:
            return []
        names = _credited_names(text, *clause.span("names"))
        if not names:
            return []
        found += names
        pos = clause.end()
        if pos == inner_end:
            return found
        if not _CLAUSE_SEPARATOR.match(text, pos, inner_end):
            return []
        pos += 1


def _credited_names(text: str, start: int, end: int) -> list[Byline]:
    """The byline of a described photo credit (新华社记者某某, 某某、某某), every part a name, or []."""
    if ROLE.match(text, start, end):
        found = _named(parse_byline(text, start, end))
        return found if found and found[-1].end == end else []
    return _names_alone(text, start, end)


def _word_across_names(text: str, names: list[Byline]) -> bool:
    """Whether a frequent word runs across two names read run together (荣誉模|范团长 holds 模范):
    the run is words (荣誉模范团长), not names."""
    from ..extraction.tokens import word_frequency  # the reader has no dictionary of its own

    return any(a.end == b.start and word_frequency(text[a.end - 1:b.start + 1]) >= _GIVEN_NAME_MAX_FREQUENCY
               for a, b in zip(names, names[1:]))


_FIELD_LINE = FIELD_LINE
#: a byline field: after a field's white space, a role (来源：某日报　记者 某某　通讯员 某某)
_FIELD_ROLE = re.compile(rf"(?<=[\s\u3000])(?={ROLE.pattern})")


def _field_line_byline(text: str, start: int, end: int) -> list[Byline]:
    """The byline in a page's line of facts (发布时间：2026-12-10　来源：某日报　记者 某某　通讯员 某某):
    from the first role that opens a field to the line's end, read as a byline."""
    at = _FIELD_ROLE.search(text, start, end)
    return (parse_byline(text, at.start(), end) if at is not None else []) + credit_bylines(text, start, end)


@lru_cache(maxsize=1)
def _byline_labels() -> tuple[str, ...]:
    """Credit labels whose names are bylines (``lexicons/byline_labels.txt``), longest first."""
    try:
        data = resources.files("uniongraph").joinpath("lexicons/byline_labels.txt").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return ()
    rows = {ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")}
    return tuple(sorted(rows, key=lambda w: (-len(w), w)))


#: every label of a page's credit or fact fields: a byline label's value runs up to the next one
_OTHER_LABELS = ("责任编辑|编辑|审核|审校|校对|终审|排版|视频|来源|稿源|文章来源|信息来源|发布时间|发布日期|发表时间|"
                 "更新时间|发布者|点击数|浏览次数|阅读")
#: the page's editors' labels, which a page may print with a space for their colon (编辑 某某)
_EDITOR_LABELS = "责任编辑|编辑|审核|审校|校对|终审|排版"


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = "|".join(re.escape(w) for w in _byline_labels())
    # a label opens the line, a bracket or a field (after white space): not 本文：, 图为…; a slash label
    # may take a space for its colon (文/图 某某: group 2), and so may an editor's label after a field
    # (文/图 某某　编辑 某某: it ends the names before it, and gives none)
    return re.compile(rf"(?:^|(?<=[\s\u3000（(]))(?:({labels}|{_OTHER_LABELS})\s*[：:]|({SLASH_CREDIT})(?=[ \u3000])"
                      rf"|(?<=[\s\u3000])(?:{_EDITOR_LABELS})(?=[ \u3000]))\s*", re.M)


#: labels whose value is more often a body than a person: a name there must open with a surname
_BODY_FIRST_LABELS = {"供稿"}


def credit_bylines(text: str, start: int, end: int) -> list[Byline]:
    """Byline names printed after credit labels in ``text[start:end]`` (文字：某某　图片：某某,
    作者：某某, （供稿：某某区总工会　某某）), as correspondents (not the paper's 记者). A value's
    parts are its names; a body (县总工会办公室), an outlet or a word is none. Editors' labels
    (编辑：, 审核：) are no byline.

    >>> [b.name for b in credit_bylines("文字：王小明　图片：李四　编辑：赵五", 0, 17)]
    ['王小明', '李四']
    """
    labels = _label_pattern()
    fields = list(labels.finditer(text, start, end))
    bylines = set(_byline_labels())
    out: list[Byline] = []
    for i, field in enumerate(fields):
        label = field.group(1) or field.group(2)
        if label not in bylines:
            continue
        value_end = fields[i + 1].start() if i + 1 < len(fields) else end
        for part in re.finditer(rf"[^{NAME_SEPARATORS}）)]+", text[field.end():value_end]):
            run = part.group()
            # one name; names run together (摄影：徐烨谢奇); a name with no known surname (其木格)
            names = [run] if is_plausible_name(run) else split_names(run) or (
                [run] if label not in _BODY_FIRST_LABELS and _bare_name(run) else [])
            s = field.end() + part.start()
            for name in names:
                out.append(Byline("correspondent", name, s, s + len(name)))
                s += len(name)
    return out


def _bare_name(name: str) -> bool:
    """Whether a label's value ``name`` can be a name with no known surname first (其木格,
    古丽娜尔·买买提): characters names hold, and no frequent word (东岳汽车)."""
    return (bool(re.fullmatch(rf"[{HAN}]{{2,4}}(?:·[{HAN}]{{1,6}})?", name)) and name_characters_only(name)
            and not _holds_a_common_word(name.replace("·", "")))


def add_bylines(article: Article) -> Article:
    """Pipeline component: set ``article.bylines`` and return the article."""
    article.bylines = find_bylines(article)
    return article


def parse_byline(text: str, start: int, end: int) -> list[Byline]:
    """Names in ``text[start:end]``, a byline that begins with a role (``本报记者``, ``通讯员``).

    Parsing stops at the first thing that is neither a role, a name nor a separator; names
    followed by ``摄`` are photo credits and dropped.

    >>> [(b.role, b.name) for b in parse_byline("记者温宪、李新烽报道：", 0, 11)]
    [('reporter', '温宪'), ('reporter', '李新烽')]
    """
    out: list[Byline] = []
    role: str | None = None
    pos = start
    while pos < end:
        pos = _SEP.match(text, pos, end).end()  # type: ignore[union-attr]
        match = ROLE.match(text, pos, end)
        outlet = _OWN_OUTLET.search(match.group(1)) if match and role is not None else None
        if outlet and outlet.start() > 0 and is_plausible_name(match.group(1)[: outlet.start()]):
            # 新华社记者李争艳本报记者彭嘉陵: a name, then the next role (not an outlet 李争艳本报)
            name_end = pos + outlet.start()
            out.append(Byline(role, text[pos:name_end], pos, name_end))
            pos = name_end
            continue
        if match:
            role, pos = role_of(match.group(2)), match.end()
            continue
        if role is None:
            break
        spaced = _SPACED_NAME.match(text, pos, end)
        if spaced and (_surnames() is None or spaced.group(1) in _surnames()):
            # 王　芳: a two-character name set to the width of three with a space inside
            out.append(Byline(role, spaced.group(1) + spaced.group(2), spaced.start(), spaced.end()))
            pos = spaced.end()
            continue
        name = _STRONG_NAME.match(text, pos, end)
        weak = name is None
        if weak:
            glued = _glued_names(text, pos, end)
            if glued:  # 本报记者王谨王锦鹄: names printed without separators
                out += [Byline(role, n, a, b) for n, a, b in glued]
                pos = glued[-1][2]
                continue
            name = _WEAK_NAME.match(text, pos, end)
            if name is None or not is_plausible_name(name.group()):
                break
        pair = _two_names_run_together(name.group())
        if pair:  # 本报记者何伟傅旭: two names of two characters printed without a separator
            out += [Byline(role, pair[0], name.start(), name.start() + 2), Byline(role, pair[1], name.start() + 2, name.end())]
        else:
            out.append(Byline(role, name.group(), name.start(), name.end()))
        pos = name.end()
        if text.startswith(("摄", "攝"), pos):  # a photo credit: the reporter who took it, then no more
            break
        if weak or _REPORTED_AT.match(text, pos):
            break
    return out


#: the newspaper's own name or an agency inside what looks like an outlet prefix
_OWN_OUTLET = re.compile(r"本报|本刊|本台|本网|本社|新华社|中新社")
#: a run of Han characters up to a separator, a role, a photo mark, a colon or a bracket
_HAN_RUN = re.compile(rf"[{HAN}]{{4,12}}?(?=[{NAME_SEPARATORS}]|{_REPORTED}|[摄攝：:）)。；;]|$)")


def _glued_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of names run together at ``start`` (split at surnames), or []."""
    run = _HAN_RUN.match(text, start, end)
    if run is None:
        return []
    out, pos = [], start
    for name in split_names(run.group()):
        out.append((name, pos, pos + len(name)))
        pos += len(name)
    return out


#: how common (rank in ``lexicons/surnames.txt``) the surnames of two names run together must be
_RUN_TOGETHER_SURNAME_RANK = 200


def _two_names_run_together(name: str) -> list[str]:
    """The two names of a four-character byline name printed without a separator (何伟傅旭 is 何伟,
    傅旭), or []. Both halves open with a common surname; a compound surname (司徒桂美, 欧阳中石) or a
    second surname after the first (陈方安生: a married woman's name of Hong Kong) keeps the name
    whole, as do names of four characters with no common surname (索朗罗布, 尕玛多吉)."""
    if len(name) != 4 or is_plausible_name(name):
        return []
    rank = _surname_rank()
    if name[1] in rank or any(rank.get(c, 999) >= _RUN_TOGETHER_SURNAME_RANK for c in name[0] + name[2]):
        return []
    return [name[:2], name[2:]] if is_plausible_name(name[:2]) and is_plausible_name(name[2:]) else []


def name_characters_only(name: str) -> bool:
    """Whether ``name`` holds only characters a personal name may hold, where a label vouches
    for it (编辑：字春燕): none of a desk's or an outlet's words (本报记者部, 新华社), no trailing 绘/辑."""
    return not _NOT_IN_NAMES.intersection(name) and name[-1] not in _NOT_LAST_IN_NAMES


def is_plausible_name(name: str) -> bool:
    """Whether ``name`` can be a Chinese personal name (used where no role word vouches for it).

    Two or three Han characters, or four after a compound surname; no character that names
    do not hold; and, when ``lexicons/surnames.txt`` is installed, a known surname first.

    >>> is_plausible_name("王小明"), is_plausible_name("新华社"), is_plausible_name("杨崇南绘")
    (True, False, False)
    """
    if not _HAN_NAME.fullmatch(name) or _NOT_IN_NAMES.intersection(name):
        return False
    if name[-1] in _NOT_LAST_IN_NAMES:
        return False
    surnames = _surnames()
    if len(name) == 4:  # 欧阳明高; four single characters are more often two names run together
        return surnames is not None and name[:2] in surnames
    return surnames is None or name[:1] in surnames or name[:2] in surnames


def _opening(text: str, start: int, end: int) -> list[Byline]:
    """A byline at the start of the first body paragraph, after an optional dateline."""
    pos = start
    dateline = DATELINE.match(text, pos, end)
    if dateline:
        pos = dateline.end()
    pos = _SEP.match(text, pos, end).end()  # type: ignore[union-attr]
    if pos < end and text[pos] in "（(":
        close = _closing_of(text, pos, end)
        if close is None:
            return []
        # 据新华社长沙１月２４日电（向阳婷）: after a dateline, bare names in brackets are its writers
        return parse_byline(text, pos + 1, close) or (_names_line(text, pos + 1, close) if dateline else [])
    if dateline or ROLE.match(text, pos, end):
        return parse_byline(text, pos, end)
    return []


#: the last character of a place's level: a "name" ending in one is the place its writers sign from;
#: not 区 or 村, which end given names too (（张立新 王新区）, （周一村 李红）: two writers)
_PLACE_LEVEL_ENDS = frozenset("省市县镇乡")
_SIGNATURE = re.compile(rf"[—－-]{{2,}}\s*([^（()\n]{{2,16}}?)\s*(?:[（(][{HAN}]{{1,8}}[）)])?")
#: the last character of a place or a body that prints its writers' names after it
_WRITERS_OF = set("县市省区镇乡村行厂司局处所院校社站队部委")


def _names_line(text: str, start: int, end: int) -> list[Byline]:
    """Reporters when ``text[start:end]`` is names alone (separated, or run together), else []."""
    return _names_alone(text, start, end, han_only=True)


def _names_alone(text: str, start: int, end: int, han_only: bool = False) -> list[Byline]:
    """Reporters when every part of ``text[start:end]`` between name separators is a name or names run
    together (each part only Han characters and ·, with ``han_only``), else []."""
    names: list[Byline] = []
    for part in re.finditer(rf"[^{NAME_SEPARATORS}]+", text[start:end]):
        if han_only and not _HAN_NAME_RUN.fullmatch(part.group()):
            return []
        parts = [part.group()] if is_plausible_name(part.group()) else split_names(part.group())
        if not parts:
            return []
        s = start + part.start()
        for name in parts:
            names.append(Byline("reporter", name, s, s + len(name)))
            s += len(name)
    return names


_HAN_NAME_RUN = re.compile(rf"[{HAN}·]{{2,12}}")


def _inside_closing_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets inside a bracket that closes ``text[start:end]`` (…出席并讲话。（通讯员 某某））, or None."""
    match = _BRACKET_TAIL.search(text, start, end)
    return match.span(1) if match else None


def _names_end(text: str, start: int, end: int) -> int:
    """Where the names in ``text[start:end]`` end: before the photo credit closing them (某某摄, 某某摄影报道;
    white space after it aside), else at ``end``."""
    credit = _CREDIT_END.search(text, start, start + len(text[start:end].rstrip()))
    return credit.start() if credit else end


def _closing_role_bracket(text: str, start: int, end: int) -> list[Byline]:
    """A bracket naming a role closing a paragraph: ``（通讯员 某某）`` after one brief of several."""
    inside = _inside_closing_bracket(text, start, end)
    if inside is None or not ROLE.match(text, *inside):
        return []  # （见本报记者某某此前报道）: a reference to another report, no byline
    return _named(parse_byline(text, *inside))


def _named(found: list[Byline]) -> list[Byline]:
    """The bylines whose name can be a person's (not 供稿 of （本报通讯员供稿））, 供图, 摄影)."""
    return [b for b in found if is_plausible_name(b.name) or "·" in b.name]


def _closing_bracket(text: str, start: int, end: int) -> list[Byline]:
    """A bracket ending the article: ``（记者 张三）`` or a bare ``（王小明）``."""
    inside = _inside_closing_bracket(text, start, end)
    if inside is None:
        return []
    inner_start, inner_end = inside
    if ROLE.search(text, inner_start, inner_end):
        return parse_byline(text, inner_start, inner_end)
    inner_end = _names_end(text, inner_start, inner_end)  # （黄世坤胡更生摄）, （胥国成摄影报道）: photographers
    names: list[Byline] = []
    for part in re.finditer(rf"[^{NAME_SEPARATORS}]+", text[inner_start:inner_end]):
        parts = [part.group()] if is_plausible_name(part.group()) else split_names(part.group())
        if any(p[-1] in _PLACE_LEVEL_ENDS for p in parts):  # 江苏|常州市|沈成嵩: a place, then names
            parts = []
        if not parts:
            # （河南西峡县陈飞方仙云）: the writers after the place or body they write from
            run = part.group()
            k = next((k for k in range(len(run) - 2, 1, -1) if run[k - 1] in _WRITERS_OF
                      and (split_names(run[k:]) or (len(run) - k == 3 and is_plausible_name(run[k:])))), None)
            if k is None:
                # （克平海友伟方）, （张书政宇新桑余）: writers who sign with their given names alone;
                # （晓江）: one writer's pen name, the bracket's only word
                parts = split_with_given_names(run) or ([run] if run == text[inner_start:inner_end] and _lone_pen_name(run, text) else [])
                if not parts:
                    return []
            else:
                names += _names_line(text, inner_start + part.start() + k, inner_start + part.end())
                continue
        s = inner_start + part.start()
        for name in parts:
            names.append(Byline("reporter", name, s, s + len(name)))
            s += len(name)
    return names


#: how often jieba's dictionary may count the one word of a closing bracket read as a pen name (晓江, 子孟:
#: 0; 速写 63, 图片 6689 are words)
_PEN_NAME_MAX_FREQUENCY = 50


#: a place in a building or on a page (三楼, 二层, 左侧, 上方): what a bracket after a place says, no name
_POSITION_WORD = re.compile(r"[一二三四五六七八九十两0-9０-９]+[楼层号室栋座排版页]|[东西南北上下左右前后中内外][侧边面方部]")


@lru_cache(maxsize=1)
def _not_pen_names() -> frozenset[str]:
    """Editorial labels and picture notes that stand alone where a pen name would (``lexicons/not_pen_names.txt``)."""
    try:
        data = resources.files("uniongraph").joinpath("lexicons/not_pen_names.txt").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#"))


def _lone_pen_name(run: str, text: str | None = None) -> bool:
    """Whether ``run``, all that an article's closing bracket (or a line under its headline) holds, is a
    writer's two-character pen name with no known surname (（晓江）, 建达): characters names hold, no
    frequent word, no editorial label (（节选）, 侧记) or place in a building (（三楼）), no place's end, no
    place of the gazetteer (瓯海: a district, named so in other reports), and written nowhere else in the
    article ``text``: a signature is written once; a word the story uses again is the story's (a region
    heading, 雄安 over 近日，雄安新区…: a place the gazetteer lacks)."""
    # the reader has no dictionary or gazetteer of its own
    from ..extraction.lexicon import load_lexicons
    from ..extraction.places import gazetteer_form
    from ..extraction.tokens import word_frequency

    return (len(run) == 2 and _bare_name(run) and not _NOT_IN_NAMES.intersection(run)
            and run[-1] not in _PLACE_LEVEL_ENDS and word_frequency(run) < _PEN_NAME_MAX_FREQUENCY
            and run not in _not_pen_names() and not _POSITION_WORD.fullmatch(run)
            and (text is None or text.count(run) == 1)
            and gazetteer_form(run, load_lexicons()) is None)


def _pen_name_line(text: str, start: int, end: int, opening_end: int) -> list[Byline]:
    """The writer of a line under the headline that is one pen name alone (建达, 士心: a commentary's or an
    essay's signature, no known surname), else []. The word written again in the headline or the story's
    opening paragraph (up to ``opening_end``) is a region heading the story opens by naming (雄安 … 近日，
    雄安新区…); an essayist may name himself by his pen name further on (年前，瓜田不止一次地听到)."""
    run = text[start:end].strip()
    if not _lone_pen_name(run, text[:opening_end]):
        return []
    s = text.index(run, start)
    return [Byline("reporter", run, s, s + len(run))]


def split_names(run: str) -> list[str]:
    """A run of names printed without separators, split at surnames (``[]`` if no split works).

    Every part must be a plausible name; of the splits that work, the one whose parts open with
    the more common surnames wins, then the one with fewer parts, then longer names first.

    >>> split_names("孙海涛胡跃平"), split_names("王国平邹蓬"), split_names("综合新闻")
    (['孙海涛', '胡跃平'], ['王国平', '邹蓬'], [])
    """
    if not 4 <= len(run) <= 12:
        return []
    rank = _surname_rank()

    def cost(parts: list[str]) -> tuple[int, int, list[int]]:
        return (sum(min(rank.get(p[:2], 999), rank.get(p[:1], 999)) for p in parts), len(parts), [-len(p) for p in parts])

    options = [p for p in _splits(run, (3, 2, 4), is_plausible_name) if len(p) >= 2]
    return min(options, key=cost) if options else []


def _splits(run: str, lengths: tuple[int, ...], fits: Callable[[str], bool]) -> list[list[str]]:
    """Every cut of ``run`` into parts of ``lengths`` (tried in that order) that all ``fits``."""
    if not run:
        return [[]]
    out = []
    for n in lengths:
        if len(run) >= n and fits(run[:n]):
            out += [[run[:n], *tail] for tail in _splits(run[n:], lengths, fits)]
    return out


#: how often jieba's dictionary may count a two-character word inside names signed without surnames
_GIVEN_NAME_MAX_FREQUENCY = 200


def _given_name_only(part: str) -> bool:
    """Whether ``part`` can be a name signed without a known surname: a two-character given name
    (海友, 桑余) or a rare surname's three-character name (初忠林), of characters names hold."""
    return (len(part) in (2, 3) and bool(_HAN_NAME.fullmatch(part)) and not _NOT_IN_NAMES.intersection(part)
            and part[-1] not in _NOT_LAST_IN_NAMES)


def _holds_a_common_word(run: str) -> bool:
    """Whether a frequent two-character dictionary word stands anywhere in ``run`` (本版, 顾问,
    上接|第一|版): what holds one is words, not names signed without surnames."""
    from ..extraction.tokens import word_frequency  # the reader has no dictionary of its own

    return any(word_frequency(run[i:i + 2]) >= _GIVEN_NAME_MAX_FREQUENCY for i in range(len(run) - 1))


def split_with_given_names(run: str) -> list[str]:
    """Names run together in an article's closing bracket where some writers sign with their
    given name alone (``克平海友伟方``, ``张书政宇新桑余``), or ``[]``.

    Parts are full names (:func:`is_plausible_name`) or names without a known surname (two-character
    given names, 初忠林); of the splits that work, the one that least often takes a part without a known surname
    or a two-character part wins (初忠林王文崇黑雪 → 初忠林 王文崇 黑雪, not 初忠 林王 文崇 黑雪), then
    :func:`split_names`'s order. A run that holds a frequent word is no names (本版法律顾问).

    >>> split_with_given_names("张书政宇新桑余"), split_with_given_names("本版法律顾问")
    (['张书政', '宇新', '桑余'], [])
    """
    if not 4 <= len(run) <= 12 or _NOT_IN_NAMES.intersection(run) or _holds_a_common_word(run):
        return []
    rank = _surname_rank()

    def doubt(part: str) -> int:  # three-character names are the common ones, known surnames the likelier
        return 1 if len(part) == 2 else 0 if is_plausible_name(part) else 2

    def cost(parts: list[str]) -> tuple[int, int, int]:
        return (sum(map(doubt, parts)), sum(min(rank.get(p[:2], 999), rank.get(p[:1], 999)) for p in parts), len(parts))

    # two parts and no known surname (乌兰察夫, a Mongolian name; 雪村守仁, a Japanese one) read
    # as one foreign name as often as two given names: three or more, or one known surname
    options = [p for p in _splits(run, (3, 2), lambda part: is_plausible_name(part) or _given_name_only(part))
               if len(p) >= 3 or len(p) == 2 and any(map(is_plausible_name, p))]
    return min(options, key=cost) if options else []


def _body_paragraphs(text: str, body_start: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank body line, outer blanks excluded."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[body_start:]):
        line = match.group()
        if line.strip():
            s = body_start + match.start() + (len(line) - len(line.lstrip()))
            spans.append((s, body_start + match.end() - (len(line) - len(line.rstrip()))))
    return spans


def _closing_of(text: str, open_pos: int, end: int) -> int | None:
    """Offset of the bracket closing the one at ``open_pos`` (same line, no nesting), or ``None``."""
    for i in range(open_pos + 1, min(end, open_pos + 80)):
        if text[i] in "）)":
            return i
        if text[i] in "（(":
            return None
    return None


def _group_start(text: str, start: int, pos: int) -> int:
    """Start of the role group (``新华社记者…``) that the name at ``pos`` belongs to."""
    last = start
    for match in ROLE.finditer(text, start, pos):
        last = match.start()
    return last


def _dedupe(bylines: list[Byline]) -> list[Byline]:
    seen: set[tuple[str, str]] = set()
    out = []
    for b in bylines:
        if (b.role, b.name) not in seen:
            seen.add((b.role, b.name))
            out.append(b)
    return out


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short line with no stop that heads what follows (四川, 编者按, a subtitle)."""
    line = text[start:end]
    if SUBTITLE_LINE.match(line) and not ends_sentence(line):  # ——记某某劳模创新工作室 under the headline
        return True
    return len(line) <= 12 and not DATELINE.match(line) and not ROLE.match(line) and not any(c in line for c in "。：:，,")


@lru_cache(maxsize=1)
def _surname_rank() -> dict[str, int]:
    """Surname -> rank in ``lexicons/surnames.txt`` (most common first)."""
    try:
        data = resources.files("uniongraph").joinpath("lexicons/surnames.txt").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return {}
    rows = [ln.split("\t", 1)[0].strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return {name: i for i, name in enumerate(rows)}


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str] | None:
    """Surnames from ``lexicons/surnames.txt`` (first column), or ``None`` if the file is absent."""
    try:
        data = resources.files("uniongraph").joinpath("lexicons/surnames.txt").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    names = {
        line.split("\t", 1)[0].strip()
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(names) or None
