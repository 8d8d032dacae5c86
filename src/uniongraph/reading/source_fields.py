"""A web page's source and credit fields: where the page says where a post comes from and who made it,
no sentence of the article (what they name is stated nowhere there; the golds infer it).

The shapes, each judged by its own span (a sentence after a field keeps its facts):

- a label, its colon (or a bar: 来源 | 某部) and its value, opening a line, a bracket or a field after
  white space: 来源：某部, 作者：某某　来源：某部, 本文来源/稿件来源/信息来源：…, 供稿单位/作者单位：…,
  图文：…, 编辑：某某　审核：某某, 发布时间：2026-12-04　来源：…; a byline role the same way
  (通讯员：某部 某某, （通讯员　某部　某某）) and a slash credit with a space for its colon (文/图 某部 某某);
- a bracket of credits alone (no sentence's stop inside): its value credited to its maker (（某部供稿）,
  （某部 某某 供稿）, （某部供稿　编辑：某某）) or opened by a label (（来源：某部） closing a paragraph).

A value runs over the parts white space separates up to the first that holds a stop or a comma
(来源：某日报　12月3日，… : the date opens a sentence), a closing bracket, or the next label.

>>> text = "来源：海川日报　12月3日，某市总工会组织部部长某某授课。"
>>> [text[s:e] for s, e in source_fields(text, 0, len(text))]
['来源：海川日报']
>>> text = "活动。（某市总工会宣传部供稿 编辑：李华）"
>>> [text[s:e] for s, e in source_fields(text, 0, len(text))]
['（某市总工会宣传部供稿 编辑：李华）']
"""

from __future__ import annotations

import re

from .patterns import CREDIT_LABEL, CREDIT_WORDS, HAN, ROLE, SLASH_CREDIT

#: the labels of a page's source field: where the post comes from or who sent it in (来源, 稿件来源,
#: 供稿单位, 作者单位); a notice's writer's labels are WRITER_LABELS
SOURCE_WORDS = (r"本文来源|文章来源|信息来源|稿件来源|新闻来源|消息来源|来源|稿源|供稿单位|作者单位|供稿|来稿|撰稿|撰文"
                r"|发布时间|发布日期|发表时间|更新时间|发布者|发布单位")
#: the labels whose value is the one who wrote a notice or a post and the body they write for
#: (供稿：某单位 某某; reading.relations' notice fields)
WRITER_LABELS = r"供稿|来稿|撰稿|稿件来源"
#: every field label: a source's, a credit's (patterns.CREDIT_WORDS), and a credit of words and pictures
_LABEL = rf"(?:{SOURCE_WORDS}|图文|文图|{CREDIT_WORDS})"
#: how a label meets its value: a colon, or a bar between spaces (来源 | 某部)
_LABEL_END = r"\s*(?:[：:]|[|｜])\s*"
#: where a field opens: a line's start, a bracket, white space between fields
_FIELD_OPENS = r"(?:^|(?<=[\s\u3000（(]))"
_FIELD = re.compile(
    rf"{_FIELD_OPENS}(?:{_LABEL}{_LABEL_END}|(?:{ROLE.pattern})(?:{_LABEL_END}|[ \u3000]+)"
    rf"|(?:{SLASH_CREDIT})(?:{_LABEL_END}|[ \u3000]+))", re.M)
#: a part of a value white space separates: no stop, comma or bracket in it
_PART = re.compile(r"[^\s\u3000，。；！？,;!?（）()]+")
_GAP = re.compile(r"[ \u3000\t]*")
#: a bracket of credits alone: no stop or comma inside, and a part of it credited (某部供稿, 某某摄)
_BRACKET = re.compile(r"[（(]([^（）()\n，。；！？,;!?]{2,60})[）)]")
_CREDITED = re.compile(rf"[{HAN}]*(?:供稿|供图|撰稿|摄影|摄)$")


def source_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the source and credit fields in ``text[start:end]``, one paragraph (see the module's doc)."""
    spans = [m.span() for m in _BRACKET.finditer(text, start, end) if _credits_alone(m.group(1))]
    pos = start
    while (m := _FIELD.search(text, pos, end)) is not None:
        value_end = _value_end(text, m.end(), end)
        spans.append((m.start(), value_end))
        pos = max(value_end, m.end())
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):  # (a field inside a bracket of credits: the bracket's span)
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _credits_alone(inside: str) -> bool:
    """Whether what a bracket holds is credits alone: opened by a field, or a part credited (某部供稿)."""
    return bool(_FIELD.match(inside)) or any(_CREDITED.search(p) for p in inside.split())


def _value_end(text: str, pos: int, end: int) -> int:
    """Where the value of a field from ``pos`` ends: after its last part with no stop, comma or bracket,
    before the next field's label."""
    value_end = pos
    while pos < end:
        part = _PART.match(text, pos, end)
        if part is None or _FIELD.match(text, pos, end) and pos > value_end:
            break
        stop = part.end()
        if stop < end and text[stop] not in " \u3000\t\n）)":
            break  # (a comma or a stop after it: a sentence, 12月3日，…)
        value_end = stop
        pos = _GAP.match(text, stop, end).end()
    return value_end


def in_a_source_field(text: str, at: int) -> bool:
    """Whether ``at`` lies in a source or credit field of its line (来源：某市总工会宣传部, （某部供稿）,
    通讯员：某部 某某, 编辑：某部), not in the sentence beside it.

    >>> in_a_source_field("标题\\n发布时间：2026-12-04　来源：省总工会办公室\\n正文", 20)
    True
    >>> in_a_source_field("请各单位将报名表报市总工会劳动和经济工作部。", 12)
    False
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return any(s <= at < e for s, e in source_fields(text, start, end if end >= 0 else len(text)))


#: what opens a line of credits alone: a credit's label, not a source's (来源：… is a line of facts)
_CREDIT_FIRST = re.compile(rf"[（(]?(?:(?:{CREDIT_WORDS}|供稿|撰稿|撰文)[：:]|(?:{SLASH_CREDIT}))")
_NOT_FIELD = " \u3000\t（(）)"


def is_credit_line(line: str) -> bool:
    """Whether ``line`` is credit fields alone, each with a value (文字：某某　图片：某某, 编辑：某某　审核：某某,
    （供稿：某单位　某某）, 文/图 某部 某某): a credit's label opens it and its fields cover it.

    >>> is_credit_line("文字：王小明　图片：李四"), is_credit_line("图片："), is_credit_line("编辑：某某　12月3日，某某讲话。")
    (True, False, False)
    """
    line = line.strip()
    if not _CREDIT_FIRST.match(line) or not re.search(f"[{HAN}]", _FIELD.sub("", line)):
        return False
    pos = 0
    for s, e in source_fields(line, 0, len(line)):
        if line[pos:s].strip(_NOT_FIELD):
            return False
        pos = e
    return not line[pos:].strip(_NOT_FIELD)


#: a web page's credit label (``patterns.CREDIT_LABEL``) and the name after it: 编辑：刘畅, 审核：乌云其其格,
#: 文字：其木格, 图片：张宇航, 责任编辑：王立 (the label says a person did that work for the page); lines joined
#: with no space between (张宇航编辑：刘畅) too
_CREDITED_NAME = re.compile(CREDIT_LABEL + r"\s*"
                            r"([\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?|[\u4e00-\u9fff]{5,6}(?=[\s）)　]|$))"
                            r"(?=[\s）)　、，,；;]|$|" + CREDIT_LABEL + ")")


def credited_names(text: str) -> list[tuple[int, int]]:
    """The spans of the names credit labels give (（金牛镇总工会供稿　编辑：字春燕）, 编辑：刘畅　审核：乌云其其格):
    each label, a colon and one name, closed by a space, a bracket or the line's end (the name's
    characters not yet judged: extraction.persons).

    >>> text = "编辑：刘畅　审核：乌云其其格"
    >>> [text[s:e] for s, e in credited_names(text)]
    ['刘畅', '乌云其其格']
    """
    return [m.span(1) for m in _CREDITED_NAME.finditer(text)]
