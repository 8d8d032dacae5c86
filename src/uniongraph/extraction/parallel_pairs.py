"""A short parallel pair joined by 、 inside one event's name.

An event held for two groups names both before its head: 全国国际象棋“皇庄”杯棋王、棋后大奖赛,
全市职工男子、女子乒乓球比赛, 汉语初、中、高级学习班. The 、 there joins two short words of one kind,
it does not list two events: a list names each event whole, head and all (第一届职工篮球赛、
第二届职工足球赛; 全国金融工作会议、中央经济工作会议), or with long parts (龙潭、地坛、大观园春节庙会).
So the pair holds only when the part after 、 runs up to the head (or to the next 、 of the same list),
has no head of its own, and both parts are short (or, longer, share their last word: 中国女篮、辽宁女篮
表演赛, a match between the two teams).
"""
from __future__ import annotations

import functools
import re

from .lexicon import Lexicons
from .tokens import TokenIndex

#: characters of the longer parts, which must share their last word (中国女篮、辽宁女篮); shorter
#: parts (up to 3) need share one character in the same place
_SHARED_TAIL_PART = 4
#: tags of the word before 、 that can be one of a pair of kinds (棋王 n, 初 f, 高级 b, 男 nr or ng)
_PART_TAGS = frozenset({"n", "ng", "nz", "nt", "ns", "f", "b", "a", "j", "vn", "nr"})
#: what cannot be a part: an edition or a count opens another event (第二届…, 三项…)
_COUNT = re.compile(r"^[第首一二三四五六七八九十百0-9０-９]")


@functools.cache
def _heads(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)))


def pair_start(idx: TokenIndex, comma: int, head_start: int, lex: Lexicons) -> int | None:
    """Where the part before the 、 at token ``comma`` begins, when that 、 joins a short parallel
    pair inside the name of the event whose head starts at ``head_start``; None when it lists."""
    text = idx.text
    tok = idx.tokens[comma]
    if tok.word != "、" or comma == 0:
        return None
    after_end = text.find("、", tok.end, head_start)
    after = text[tok.end : head_start if after_end < 0 else after_end]
    k = comma - 1  # the part before 、 as long as the part after it, if words end there (北岭|男篮)
    while k > 0 and idx.tokens[comma - 1].end - idx.tokens[k].start < len(after) and idx.tokens[k - 1].pos != "x":
        k -= 1
    before = idx.tokens[k]
    x = text[before.start : tok.start]
    if len(x) != len(after):
        before, x = idx.tokens[comma - 1], idx.tokens[comma - 1].word
    if not after or before.pos not in _PART_TAGS or _COUNT.match(after) or _COUNT.match(x):
        return None
    heads = _heads(tuple(lex.event_heads))
    if heads.search(after) or heads.search(x):
        return None  # A会议、B会议: each part has its head, two events
    if not re.fullmatch(r"[\u4e00-\u9fff]+", x + after) or not _same_kind(x, after, lex):
        return None
    return before.start


def _same_kind(x: str, y: str, lex: Lexicons) -> bool:
    """Whether two short words are a pair of one kind: of one length, one character each (男、女,
    省、市) or sharing a character in the same place (棋王、棋后, 男子、女子, 中国女篮、辽宁女篮), or a
    pair the lexicon lists (团体、个人). Words of another kind make a list: 监督哨、读者|论坛, 重点剧目、
    重要|晚会, 奥运会、世界|锦标赛."""
    if f"{x}、{y}" in lex.words.get("paired_kinds", ()):
        return True
    if len(x) != len(y) or len(x) > _SHARED_TAIL_PART:
        return False
    if len(x) == _SHARED_TAIL_PART:
        return x[-2:] == y[-2:]
    return len(x) == 1 or any(a == b for a, b in zip(x, y))
