"""Sentence splitting: stops, ellipses, closing quotes, newlines, offsets."""

from __future__ import annotations


import pytest

from uniongraph.model import Article
from uniongraph.reading.sentences import add_sentences, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岁末年初。室外寒风凛冽！为什么？", ["岁末年初。", "室外寒风凛冽！", "为什么？"]),
        ("他说：“也是一种传承。”刘大隆说。", ["他说：“也是一种传承。”", "刘大隆说。"]),
        ("“今天，我了解了急救技能。”参加活动的职工说。", ["“今天，我了解了急救技能。”", "参加活动的职工说。"]),
        ("浓浓墨香迎新春……近日，活动开始。", ["浓浓墨香迎新春……", "近日，活动开始。"]),
        ("拓展多维帮扶；优化暖心服务；搭建平台", ["拓展多维帮扶；", "优化暖心服务；", "搭建平台"]),
        ("真的吗?!当然!", ["真的吗?!", "当然!"]),
        ("什么？！”他问。", ["什么？！”", "他问。"]),
        ("（图为活动现场。）下一句。", ["（图为活动现场。）", "下一句。"]),
        ("第一行没有句号\n第二行。", ["第一行没有句号", "第二行。"]),
        ("  前后有空白。  \n\n   ", ["前后有空白。"]),
        ("温度为2.5度，增长3.5%。", ["温度为2.5度，增长3.5%。"]),
        ("……开头就是省略号", ["……", "开头就是省略号"]),
        ("", []),
        ("\n\n", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_start_and_end_offsets_are_into_text() -> None:
    text = "标题\n第一句。第二句。第三句。"
    sentences = split_sentences(text, 3, 11)
    assert [(s.start, s.end, s.text) for s in sentences] == [(3, 7, "第一句。"), (7, 11, "第二句。")]


def test_headline_is_one_sentence_even_with_a_stop() -> None:
    art = Article(id="a", source="t", index=0, title="奋斗吧！青年", text="奋斗吧！青年\n本报讯 五四前夕。活动举行。")
    add_sentences(art)
    assert [s.text for s in art.sentences] == ["奋斗吧！青年", "本报讯 五四前夕。", "活动举行。"]
    assert all(art.text[s.start : s.end] == s.text for s in art.sentences)


def test_untitled_article_has_no_headline_sentence() -> None:
    art = Article(id="a", source="t", index=0, title="", text="\n正文一。正文二。")
    add_sentences(art)
    assert [(s.start, s.text) for s in art.sentences] == [(1, "正文一。"), (5, "正文二。")]


def test_a_million_characters_are_split_whole() -> None:
    # (its speed is measured by benchmarks/throughput.py, never timed in a test)
    text = "北京市总工会今天举行迎春茶话会，来自首都各界的劳模代表欢聚一堂。“今年继续办好实事！”他说……\n" * 20000
    sentences = split_sentences(text)
    assert len(sentences) == 60000


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(list("工会职工。！？!?；…”’」』）)\n \t“（ab1"))


@given(st.text(_ALPHABET, max_size=80))
def test_sentences_are_ordered_stripped_slices(text: str) -> None:
    sentences = split_sentences(text)
    last_end = 0
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip() and "\n" not in s.text
        assert s.start >= last_end
        last_end = s.end
    # nothing but white space is left out
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
