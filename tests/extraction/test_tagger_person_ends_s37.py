"""Where a tagger's person ends when it runs on into a word jieba reads apart after a name (stop 37).

Invented sentences; the tagger's spans are given, so the vote alone is tested."""

from __future__ import annotations

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import reconcile


def _persons(text: str, span: str) -> set[str]:
    s = text.index(span)
    out = reconcile([], [(s, s + len(span), "PER")], TokenIndex(text), load_lexicons())
    return {m.text for m in out if m.type == "Person"}


@pytest.mark.parametrize(("text", "span", "name"), [
    ("正如邱明能将这些事写活。", "邱明能", "邱明"),        # 能 before 将
    ("馆长的埃德蒙·卡隆就曾在这里任教。", "埃德蒙·卡隆就", "埃德蒙·卡隆"),  # 就 before 曾
    ("他的哥哥马丁魁梧、健壮。", "马丁魁梧", "马丁"),              # a common adjective of its own
])
def test_the_name_ends_before_the_word_jieba_reads_apart(text: str, span: str, name: str) -> None:
    assert _persons(text, span) == {name}


@pytest.mark.parametrize(("text", "span"), [
    ("局里的干部郑子先指出，问题不少。", "郑子先"),  # 先 ends many given names: not a function word here
    ("４０岁的周秀宽认真地说道。", "周秀宽"),              # 宽 likewise
    ("大家说她是吴付存的女儿。", "吴付存"),            # no verb or adverb after the last character
    ("总领事让·巴索达等到车站迎接。", "让·巴索达"),      # a transliteration's last syllable
])
def test_a_given_name_keeps_its_last_character(text: str, span: str) -> None:
    assert _persons(text, span) == {span}
