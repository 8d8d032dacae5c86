"""A place before the word of its people, glued by the tokenizer to the verb after it (中国|人干),
is a modifier all the same (stop 38; sentences invented)."""

from __future__ import annotations

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.places import modifier_place
from uniongraph.model import Mention


def _place_at(text: str, name: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "Place", name, "gazetteer")


def test_people_word_glued_to_the_verb():
    text = "她说：“中国人的事，要靠中国人干，而且要干好。”"
    second = text.index("中国", text.index("靠"))
    assert modifier_place(text, Mention(second, second + 2, "中国", "Place", "中国", "gazetteer"), load_lexicons())


def test_the_area_stays_a_place():
    for text in ("中国人口众多，就业压力很大。", "南岭厂的产品已销往中国各地。"):
        assert not modifier_place(text, _place_at(text, "中国"), load_lexicons())
