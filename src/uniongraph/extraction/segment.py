"""jieba's word cutting (``Tokenizer.cut(text, HMM=True)``), the same words with less overhead.

jieba builds a dict of every fragment's possible word ends, then scores the routes with a
generator and ``max`` per character, taking ``log`` of a frequency at every step. Cutting is the
largest share of extraction, so this module makes the same route in one pass over lists, with
each word's log probability computed once per process. The words are jieba's, character for
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

#: word -> log(frequency) - log(total), per dictionary (keyed by the FREQ dict's identity)
_LOG_P: dict[int, tuple[Any, dict[str, float]]] = {}


def _log_probabilities(tk: jieba.Tokenizer) -> dict[str, float]:
    entry = _LOG_P.get(id(tk.FREQ))
    if entry is None or entry[0] is not tk.FREQ:  # a new dictionary (or a recycled id)
        entry = (tk.FREQ, {})
        _LOG_P[id(tk.FREQ)] = entry
    return entry[1]


def cut(tk: jieba.Tokenizer, text: str) -> Iterator[str]:
    """The words of ``text`` as ``tk.cut(text, HMM=True)`` gives them."""
    re_han, re_skip = jieba.re_han_default, jieba.re_skip_default
    for block in re_han.split(text):
        if not block:
            continue
        if re_han.match(block):
            yield from _cut_block(tk, block)
        else:
            for piece in re_skip.split(block):
                if re_skip.match(piece):
                    yield piece
                else:
                    yield from piece  # one character at a time, as jieba does


def _cut_block(tk: jieba.Tokenizer, sentence: str) -> Iterator[str]:
    freq = tk.FREQ
    logtotal = log(tk.total)
    lp = _log_probabilities(tk)
    n = len(sentence)
    # the possible word ends at each start (jieba's get_DAG)
    dag: list[list[int]] = []
    for k in range(n):
        ends = []
        i = k
        frag = sentence[k]
        while i < n and frag in freq:
            if freq[frag]:
                ends.append(i)
            i += 1
            frag = sentence[k : i + 1]
        dag.append(ends or [k])
    # the best route from each start (jieba's calc): the highest score, on ties the longer word
    score = [0.0] * (n + 1)
    best_end = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best = None
        end = idx
        for x in dag[idx]:
            w = sentence[idx : x + 1]
            p = lp.get(w)
            if p is None:
                p = lp[w] = log(freq.get(w) or 1) - logtotal
            s = p + score[x + 1]
            if best is None or s >= best:
                best, end = s, x
        score[idx] = best  # type: ignore[assignment]
        best_end[idx] = end
    # the words, runs of single characters handed to the HMM (jieba's __cut_DAG)
    x = 0
    buf = ""
    while x < n:
        y = best_end[x] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                yield from _single_run(freq, buf)
                buf = ""
            yield word
        x = y
    if buf:
        yield from _single_run(freq, buf)


def _single_run(freq: dict[str, int], buf: str) -> Iterator[str]:
    if len(buf) == 1:
        yield buf
    elif not freq.get(buf):
        yield from finalseg.cut(buf)
    else:
        yield from buf
