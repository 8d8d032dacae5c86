"""jieba's word cutting (``Tokenizer.cut(text, HMM=True)``), the same words with less overhead.

jieba builds a dict of every fragment's possible word ends, then scores the routes with a
generator and ``max`` per character, taking ``log`` of a frequency at every step. Cutting is the
largest share of extraction, so this module makes the same route in one pass over lists, with
each frequency's log probability computed once per process. The words are jieba's, character for
character: the same dictionary (``Tokenizer.FREQ``), the same ties (the longer word on equal
scores, as ``max`` over ``(score, end)`` tuples), the same blocks and the same HMM for runs of
single characters the dictionary does not hold. A test compares it with jieba on real text.

>>> import jieba
>>> tk = jieba.Tokenizer(); tk.initialize()
>>> list(cut(tk, "崂山区总工会举办活动。")) == list(tk.cut("崂山区总工会举办活动。", HMM=True))
True
"""

from __future__ import annotations

from collections.abc import Iterator
from math import log
from typing import Any

import jieba
from jieba import finalseg

from .word_table import Frequencies

#: per dictionary (keyed by the FREQ mapping's identity): code -> log(frequency) - log(total)
#: (a few thousand distinct codes: a small dict of int keys, no string hashed again), runs of
#: single characters -> their words (see :func:`_single_run`), and the dictionary's codes
_MEMO: dict[int, tuple[Any, dict[int, float], dict[str, tuple[str, ...]], dict[str, int], int]] = {}


def _memo(tk: jieba.Tokenizer) -> tuple[dict[int, float], dict[str, tuple[str, ...]]]:
    entry = _entry(tk)
    return entry[1], entry[2]


def _entry(tk: jieba.Tokenizer) -> tuple[Any, dict[int, float], dict[str, tuple[str, ...]], dict[str, int], int]:
    entry = _MEMO.get(id(tk.FREQ))
    if entry is None or entry[0] is not tk.FREQ:  # a new dictionary (or a recycled id)
        freq = tk.FREQ
        if isinstance(freq, Frequencies):  # word -> frequency << shift | tag number
            entry = (freq, {}, {}, freq.table.codes, freq.table.shift)
        else:  # jieba's own: word -> frequency
            entry = (freq, {}, {}, freq, 0)
        _MEMO[id(freq)] = entry
    return entry


def cut(tk: jieba.Tokenizer, text: str) -> Iterator[str]:
    """The words of ``text`` as ``tk.cut(text, HMM=True)`` gives them."""
    return iter(words(tk, text))


def words(tk: jieba.Tokenizer, text: str) -> list[str]:
    """:func:`cut`'s words as a list (made in one go: no generator step per word)."""
    re_han, re_skip = jieba.re_han_default, jieba.re_skip_default
    skip = re_skip.match
    _, lp, runs, codes, shift = _entry(tk)
    # (what every block shares, worked out once per text rather than once per block: a text
    # has a block between every two punctuation marks)
    word_min, logtotal = 1 << shift, log(tk.total)
    out: list[str] = []
    extend, append = out.extend, out.append
    # re_han has one group: its split alternates the text between its matches (even places,
    # perhaps empty) and the matches (odd places), so which blocks jieba would cut as words is
    # known by place, with no match asked of each (a gap never opens with a character of the
    # class: the match would have started there)
    one_group = re_han.groups == 1  # (jieba's; another pattern is asked of each block, as jieba does)
    for k, block in enumerate(re_han.split(text)):
        if k & 1 if one_group else block and re_han.match(block):
            _cut_block(block, lp, runs, codes, shift, word_min, logtotal, out)
        elif len(block) == 1:
            append(block)  # (one character, a space or not, is one word either way: no split asked)
        elif block:
            for piece in re_skip.split(block):
                if skip(piece):
                    append(piece)
                else:
                    extend(piece)  # one character at a time, as jieba does
    return out


def _cut_block(sentence: str, lp: dict[int, float], runs: dict[str, tuple[str, ...]], codes: dict[str, int],
               shift: int, word_min: int, logtotal: float, words: list[str]) -> None:
    """Add the words of one block to ``words``.

    ``codes``: word or prefix -> frequency << shift | tag bits; a word where the frequency is at
    least 1 (``word_min``; jieba: not 0; a negative frequency, which fails jieba's log, is no
    word here); ``logtotal``: the log of the dictionary's total frequency."""
    n = len(sentence)
    # The best route from each start, right to left (jieba's get_DAG and calc in one pass):
    # every dictionary word starting at idx is scored as it is found; on equal scores the
    # longer word wins, as jieba's ``max`` over (score, end) tuples. Where no word starts,
    # the character alone (jieba's DAG falls back to it, frequency 1).
    score = [0.0] * (n + 1)
    best_end = [0] * (n + 1)
    get, lp_get = codes.get, lp.get
    for idx in range(n - 1, -1, -1):
        best = _NO_SCORE
        end = -1
        i = idx
        f = get(sentence[idx])
        while f is not None:  # (None: no word of the dictionary starts with the fragment)
            if f >= word_min:
                p = lp_get(f)
                if p is None:
                    p = lp[f] = log(f >> shift) - logtotal
                s = p + score[i + 1]
                if s >= best:
                    best, end = s, i
            i += 1
            if i == n:
                break
            f = get(sentence[idx : i + 1])
        if end < 0:
            f = ((get(sentence[idx]) or 0) >> shift or 1) << shift  # frequency 0 or none: 1
            p = lp_get(f)
            if p is None:
                p = lp[f] = log(f >> shift) - logtotal
            best, end = p + score[idx + 1], idx
        score[idx] = best
        best_end[idx] = end
    # the words, runs of single characters handed to the HMM (jieba's __cut_DAG)
    x = 0
    buf = ""
    while x < n:
        y = best_end[x] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                words.extend(buf if len(buf) == 1 else _single_run(codes, shift, runs, buf))
                buf = ""
            words.append(sentence[x:y])
        x = y
    if buf:
        words.extend(buf if len(buf) == 1 else _single_run(codes, shift, runs, buf))


#: below every route's score: the first word found at a start is taken
_NO_SCORE = float("-inf")

#: at most this many runs remembered per dictionary (emptied when full)
_RUNS_MAX = 200_000


def _single_run(codes: dict[str, int], shift: int, runs: dict[str, tuple[str, ...]], buf: str) -> tuple[str, ...]:
    """The words of a run of characters the route leaves single: the HMM's, unless the run is
    a dictionary word. Remembered: the same short runs (了一, 在京) recur in every article, and
    the HMM is the slowest step per character."""
    words = runs.get(buf)
    if words is None:
        words = tuple(finalseg.cut(buf)) if not (codes.get(buf) or 0) >> shift else tuple(buf)
        if len(runs) >= _RUNS_MAX:
            runs.clear()
        runs[buf] = words
    return words
