"""The word cutting's remembered fragments (segment._fragment): the same words as jieba's, whether
a fragment's value is remembered, looked up afresh, or forgotten when the memory is full."""

from __future__ import annotations

from math import log

import pytest

from uniongraph.extraction import segment
from uniongraph.extraction.tokens import tokenizer

TEXTS = [
    "河滨区总工会在职工文化宫举办读书分享会。",
    "青禾县农机维修站站长周立民带领技术员下乡。",
    "两家企业共同发起成立行业工会联合会，首批会员单位十二家。",
    "赵立新钱国华孙建军来了",  # unknown names: runs left to the HMM
    "ABC公司CEO说：OK！２０２６年",
]


def _fragments(tk: object) -> dict[str, float]:
    return segment._entry(tk)[5]  # type: ignore[arg-type]


def test_words_are_jiebas_with_a_cold_and_a_warm_memory() -> None:
    tk, _ = tokenizer()
    _fragments(tk).clear()
    for text in TEXTS * 2:  # cold the first time round, every fragment remembered the second
        assert segment.words(tk, text) == list(tk.cut(text, HMM=True))


def test_a_full_memory_is_emptied_and_the_words_stay_jiebas(monkeypatch: pytest.MonkeyPatch) -> None:
    tk, _ = tokenizer()
    monkeypatch.setattr(segment, "_FRAGMENTS_MAX", 5)
    _fragments(tk).clear()
    for text in TEXTS:
        assert segment.words(tk, text) == list(tk.cut(text, HMM=True))
        assert len(_fragments(tk)) <= 5


def test_a_remembered_value_is_the_dictionarys() -> None:
    """Every remembered fragment: a word's value is jieba's log probability (at most 0), a prefix
    alone and a fragment that begins no word are told apart, both above every score."""
    tk, _ = tokenizer()
    _fragments(tk).clear()
    for text in TEXTS:
        segment.words(tk, text)
    memo = _fragments(tk)
    kinds = set()
    for frag, value in memo.items():
        freq = tk.FREQ.get(frag)
        if freq is None:
            assert value == segment._NO_PREFIX
        elif freq < 1:
            assert value == segment._PREFIX
        else:
            assert value == log(freq) - log(tk.total) and value <= 0
        kinds.add(value if value > 0 else "word")
    assert kinds == {"word", segment._PREFIX, segment._NO_PREFIX}
    assert 0 < segment._PREFIX < segment._NO_PREFIX
