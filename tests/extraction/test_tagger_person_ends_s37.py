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


# ---------------------------------------------------------------- phrases jieba takes for names

from uniongraph.model import Mention  # noqa: E402


def _kept(text: str, form: str, source: str) -> bool:
    s = text.index(form)
    cand = Mention(s, s + len(form), form, "Person", form, source)
    out = reconcile([cand], [], TokenIndex(text), load_lexicons())
    return any(m.text == form and m.type == "Person" for m in out)


@pytest.mark.parametrize(("text", "form"), [
    ("这是一场高水平的比赛。", "高水平"),    # far from any reading of the tagger
    ("大家要识大体、顾大局。", "顾大局"),
])
def test_a_phrase_jieba_takes_for_a_name_falls(text: str, form: str) -> None:
    assert not _kept(text, form, "person-dictionary")


def test_two_characters_need_the_tagger_itself() -> None:
    assert not _kept("船上升起风帆，徐徐向海中驶去。", "徐徐", "person-dictionary")


# ---------------------------------------------------------------- a county jieba does not know

from uniongraph.extraction.pipeline import extract_text  # noqa: E402


@pytest.mark.parametrize(("text", "name"), [
    ("去年，清流县政府开设了培训班。", "清流县政府"),   # jieba: 清流|县政府 (清流 no short form)
    ("今年初，开化县委、县政府转变了观念。", "开化县委"),  # jieba: 开化|县委
])
def test_a_county_jieba_glues_its_level_to_the_head(text: str, name: str) -> None:
    assert name in {m.text for m in extract_text(text).mentions}


def test_a_department_after_the_county_keeps_the_name_whole() -> None:
    # 万安|县委|宣传部: the department goes on with the name; the county is not cut out of it
    got = {m.text for m in extract_text("万安县委宣传部组织了这次活动。").mentions}
    assert "万安县委宣传部" in got


def test_no_county_where_the_word_before_is_none() -> None:
    toks = [t.word for t in TokenIndex("要发展县域经济。").tokens]
    assert "县域" in toks


def test_a_transliterated_name_keeps_a_last_syllable_that_is_a_function_word() -> None:
    assert _persons("技术员库尔班都说，设备很好。", "库尔班都") == {"库尔班都"}  # 都 ends the name here
