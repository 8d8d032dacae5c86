"""A common noun the tagger once reads as a person (stop 33): invented sentences."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex
from uniongraph.extraction.voting import _a_common_word_elsewhere


def persons(text: str) -> list[str]:
    return [m.name for m in extract_text(text).mentions if m.type == "Person"]


def test_a_noun_the_text_uses_as_a_word_again_is_no_one() -> None:
    text = "清晨，炼铁厂里2号高炉的出铁口火花四溅。老李守着高炉的炉前，高炉一天不停。"
    assert "高炉" not in persons(text)
    idx = TokenIndex(text)
    at = text.index("高炉")
    assert _a_common_word_elsewhere(idx, at, at + 2, ())


def test_a_name_the_tagger_reads_each_time_stays() -> None:
    text = "在野党要求桥本下台。桥本拒绝了。他们说桥本应当辞职。"
    assert persons(text).count("桥本") == 3
    idx = TokenIndex(text)
    spans = tuple((m.start(), m.start() + 2) for m in __import__("re").finditer("桥本", text))
    assert not _a_common_word_elsewhere(idx, spans[0][0], spans[0][1], spans)
    # one other use alone is not enough to call it a common word
    text = "清晨，2号高炉的出铁口火花四溅。老李守着高炉。"
    at = text.index("高炉")
    assert not _a_common_word_elsewhere(TokenIndex(text), at, at + 2, ())


def test_a_word_jieba_does_not_know_after_an_identity_and_before_a_verb() -> None:
    from uniongraph.extraction.lexicon import load_lexicons
    from uniongraph.extraction.persons import _unknown_after_identity

    lex = load_lexicons()
    text = "其中徒弟高宇在市职工技能大赛中获得第一名。"
    idx = TokenIndex(text)
    at = text.index("高宇")
    assert _unknown_after_identity(idx, at, at + 2, lex)
    assert "高宇" in persons(text)
    assert "蒋屹" in persons("队员蒋屹获得金牌。")
    # no identity before, or a common word: no name
    text = "其中高宇在市职工技能大赛中获得第一名。"
    at = text.index("高宇")
    assert not _unknown_after_identity(TokenIndex(text), at, at + 2, lex)
    assert "高温" not in persons("其中徒弟高温在车间里作业。")


def test_a_dictionary_name_listed_beside_a_name_the_tagger_reads() -> None:
    assert "杜鹃" in persons("会议选举周立言为主席，钱永安、杜鹃当选为副主席。")
    # a list of flowers: no one the tagger reads beside it
    assert "杜鹃" not in persons("园里种着月季、杜鹃等花卉。")


def test_a_word_jieba_lists_as_a_name_used_as_a_thing_elsewhere() -> None:
    text = "新校区的广场上有升旗台、钟塔、花坛、喷泉。那座高达十层的钟塔，每天按时敲响。钟塔顶部设有观景台。"
    assert "钟塔" not in persons(text)
    # a name written three times, after a title once, stays a name
    assert "钟立" in persons("校长钟立向师生讲话。钟立说，钟立的学生都很努力。")
    # a country the gazetteer knows, beside a name in a list, is no one
    assert "阿尔巴尼亚" not in persons("有总统米洛舍维奇、阿尔巴尼亚总理纳诺及科索沃省阿尔巴尼亚族领导人鲁戈瓦参加的会议。")
