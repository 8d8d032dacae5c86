"""A name's one-character head that jieba's HMM glues to the verb or particle after it
(链条|厂干|了, 评估|团到) is cut back into the head and the rest, after a noun only. Invented sentences."""

from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import tokenize


def _words(text: str) -> list[str]:
    return [t.word for t in tokenize(text)]


def test_a_factory_head_glued_to_a_verb_is_cut() -> None:
    assert _words("他在临江链条厂干了十年")[3:6] == ["链条", "厂", "干"]


def test_a_delegation_head_glued_to_a_verb_is_cut() -> None:
    words = _words("国际原子能机构运行安全评估团到青湾核电站考察")
    assert "团" in words and "到" in words and "团到" not in words


def test_a_bureau_head_glued_to_an_adverb_is_cut() -> None:
    assert "局将" not in _words("新疆石油局将开发出新的油田")


def test_after_a_pronoun_the_glued_word_stays() -> None:
    # 这个团有朝气: no name before the head (a pronoun): the cut is left as jieba made it
    assert "团有" in _words("他也是因为这个团有朝气")


def test_a_noun_rest_stays_glued() -> None:
    # 团史 (the troupe's history): the rest is a noun, no verb or particle
    assert "团史" in _words("四年多的团史终于写成")


def test_a_function_word_head_is_not_cut() -> None:
    # 所 of 所起 is the particle, not a research institute's head
    assert "所起" in _words("文与史所起的作用")


def test_the_factory_is_found_and_employs_the_worker() -> None:
    g = extract_text("９０年代初，在临江链条厂干了近２０年的林振邦退休了。")
    assert "临江链条厂" in [m.text for m in g.mentions]


def test_a_doubled_head_post_after_a_unit_stem_is_cut() -> None:
    # 处处长, 科科长 are words of jieba's dictionary: after the unit's stem, the unit's head and the post
    words = _words("南岭省科委农村发展处处长林振邦说")
    assert "处处长" not in words and words[words.index("处长") - 1] == "处"


def test_everywhere_before_a_particle_stays() -> None:
    # 院里处处长着青草: 处处 (everywhere) then 长着, no unit
    assert "处处长" in _words("院里处处长着青草")


def test_a_doubled_head_post_after_a_pronoun_stays() -> None:
    assert "局局长" in _words("这个局局长很年轻")


def test_the_section_is_found_with_its_chief() -> None:
    g = extract_text("林振邦曾任南岭局组织部行政科科长。")
    assert "南岭局组织部行政科" in [m.text for m in g.mentions]
