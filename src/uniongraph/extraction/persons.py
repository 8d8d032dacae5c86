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
    for n in range(min(8, start), 0, -1):
        w = text[start - n : start]
        if w in lex.roles:
            return w
    return None


def _right_context(text: str, end: int, lex: Lexicons) -> bool:
    if end >= len(text) or text[end] in _RIGHT_PUNCT:
        return True
    verbs = lex.words.get("person_verbs", frozenset())
    return any(text[end : end + n] in verbs for n in (3, 2, 1))


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
        age = _AGE_BEFORE.search(text[max(0, start - 8) : start])
        if age:
            attrs["age"] = _age(age.group(1))
        role = _left_role(text, start, lex)
        if role:
            attrs["role"] = role
        out.append(Mention(start, end, name, "Person", name, source, priority=priority, attributes=attrs))

    # 1. the dictionary's person names that open with a surname (or are transliterated)
    for t in idx.tokens:
        if t.pos in _NAME_POS and 2 <= len(t.word) <= 4:
            if t.pos == "nrt" or _surname_len(t.word, 0, lex):
                if (t.pos == "nrt" or len(t.word) == 2) and not _right_context(text, t.end, lex) and not _left_role(text, t.start, lex):
                    continue
                add(t.start, t.end, "person-dictionary", 16)
    # 2. surname + given name where the context agrees
    for i, ch in enumerate(text):
        sl = _surname_len(text, i, lex)
        if not sl or not idx.is_boundary(i):
            continue
        left_ok = bool(_AGE_BEFORE.search(text[max(0, i - 8) : i])) or _left_role(text, i, lex) is not None or text[max(0, i - 1) : i] in ("的",)
        for glen in (2, 1):
            end = i + sl + glen
            if end > len(text) or not idx.is_boundary(end):
                continue
            given = text[i + sl : end]
            if not all("\u4e00" <= c <= "\u9fff" for c in given):
                continue
            if left_ok and _right_context(text, end, lex):
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
