"""People: byline names, and surname + given name where the context agrees.

A person is taken where a surname from ``lexicons/surnames.txt`` opens a 2–4 character span
that ends on a word boundary and either jieba's dictionary calls it a name (``nr``) or the
context says so: a role before it (主席王小明), an age (今年38岁的王中秋), ``来自…的`` before it,
or a speech or stance verb after it (刘大隆说, X表示). Roles and ages become attributes.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [(m.name, m.attributes) for m in find_persons(TokenIndex("今年38岁的王中秋在公司从事管理工作"))]
[('王中秋', {'age': 38})]
"""

from __future__ import annotations

import re

from ..model import Article, Mention
from .lexicon import Lexicons, load_lexicons
from .tokens import TokenIndex

_AGE_BEFORE = re.compile(r"(?:今年|现年|年仅|已经)?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})岁的$")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_RIGHT_PUNCT = set("，。、；：！？）)”’ （(")
_NAME_POS = ("nr", "nrfg", "nrt")


def _age(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s, 0)


def _surname_len(text: str, i: int, lex: Lexicons) -> int:
    if text[i : i + 2] in lex.compound_surnames:
        return 2
    return 1 if text[i] in lex.surnames else 0


def _left_role(text: str, start: int, lex: Lexicons) -> str | None:
    """A title or honour right before a name (主席, 劳模); identities such as 职工 are too loose."""
    for n in range(min(8, start), 0, -1):
        w = text[start - n : start]
        if w in lex.roles and lex.roles[w] != "identity":
            return w
    return None


def _right_context(text: str, end: int, lex: Lexicons) -> bool:
    if end < len(text) and text[end] in _RIGHT_PUNCT:
        return True
    verbs = lex.words.get("person_verbs", frozenset())
    return any(text[end : end + n] in verbs for n in (3, 2, 1))


_SPEECH = ("说", "表示", "认为", "指出", "介绍", "告诉", "强调", "坦言", "透露", "回忆")


def _speech_after(text: str, end: int, lex: Lexicons) -> bool:
    return text.startswith(_SPEECH, end)


#: last characters that end common words, not given names (幸福感, 积极性)
_NOT_NAME_FINAL = frozenset("感性化者们品物业界类式型率度法")


def _strong_context(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """A title or age before, or a speech or stance verb after: enough for a short name."""
    if _left_role(text, start, lex) or _AGE_BEFORE.search(text[max(0, start - 8) : start]):
        return True
    verbs = lex.words.get("person_verbs", frozenset())
    return any(text[end : end + n] in verbs for n in (3, 2, 1)) or text.startswith("同志", end)


def _add_listed(short: list, found: list[Mention], text: str, add) -> None:
    """Accept short dictionary names that stand in a 、-list next to an accepted name."""
    changed = True
    while changed and short:
        changed = False
        spans = {(m.start, m.end) for m in found}
        starts = {m.start for m in found}
        ends = {m.end for m in found}
        for t in list(short):
            left = t.start - 1 in ends and text[t.start - 1] == "、"
            right = t.end + 1 in starts and text[t.end : t.end + 1] == "、"
            if (left or right) and (t.start, t.end) not in spans:
                add(t.start, t.end, "person-dictionary-list", 15)
                short.remove(t)
                changed = True


def find_persons(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """Person mention candidates in one text."""
    lex = lex or load_lexicons()
    text = idx.text
    out: list[Mention] = []
    not_names = lex.words.get("not_names", frozenset())
    seen: set[tuple[int, int]] = set()

    def add(start: int, end: int, source: str, priority: int) -> None:
        if (start, end) in seen:
            return
        name = text[start:end]
        if name in not_names or name[:2] in not_names:
            return
        seen.add((start, end))
        attrs: dict = {}
        role = _left_role(text, start, lex)
        if role:
            attrs["role"] = role
        before = start - len(role or "")  # 今年52岁的劳模张德明: the age comes before the role
        age = _AGE_BEFORE.search(text[max(0, before - 8) : before])
        if age:
            attrs["age"] = _age(age.group(1))
        out.append(Mention(start, end, name, "Person", name, source, priority=priority, attributes=attrs))

    # 1. the dictionary's person names that open with a surname (or are transliterated)
    short: list = []
    for t in idx.tokens:
        if t.pos in _NAME_POS and 2 <= len(t.word) <= 4:
            sl = _surname_len(t.word, 0, lex)
            if not (t.pos == "nrt" or sl) or t.word[-1] in _NOT_NAME_FINAL:
                continue
            if len(t.word) == 4 and sl != 2:
                continue  # four characters need a compound surname: 欧阳文华, not 隆重举行
            if t.pos == "nrt" or len(t.word) == 2:
                if _strong_context(text, t.start, t.end, lex):
                    add(t.start, t.end, "person-dictionary", 16)
                else:
                    short.append(t)  # kept only beside other names: 江泽民、李鹏、乔石
                continue
            add(t.start, t.end, "person-dictionary", 16)
    _add_listed(short, out, text, add)
    # 2. surname + given name where the context agrees
    for i, ch in enumerate(text):
        sl = _surname_len(text, i, lex)
        if not sl or not idx.is_boundary(i):
            continue
        role = _left_role(text, i, lex)
        left_ok = (
            bool(_AGE_BEFORE.search(text[max(0, i - 8 - len(role or "")) : i - len(role or "")]))
            or _left_role(text, i, lex) is not None
            or text[max(0, i - 1) : i] in ("的",)
        )
        clause_start = i == 0 or text[i - 1] in _RIGHT_PUNCT or text[i - 1] in "\n“"
        for glen in (2, 1):
            end = i + sl + glen
            if end > len(text) or not (idx.is_boundary(end) or _speech_after(text, end, lex)):
                continue  # jieba may glue the next verb to the name: 张德|明说
            given = text[i + sl : end]
            if not all("\u4e00" <= c <= "\u9fff" for c in given):
                continue
            if glen == 1 and not (_strong_context(text, i, end, lex)):
                continue  # a two-character name needs a title, an age or a speech verb
            if (left_ok and _right_context(text, end, lex)) or (clause_start and _speech_after(text, end, lex)):
                add(i, end, "person-context", 14)
                break
    return out


def byline_persons(article: Article) -> list[Mention]:
    """Person mentions for the names in an article's byline, with their role."""
    out = []
    for b in article.bylines:
        role = "记者" if b.role == "reporter" else "通讯员"
        out.append(
            Mention(b.start, b.end, article.text[b.start : b.end], "Person", b.name, "byline", priority=30, attributes={"role": role})
        )
    return out
