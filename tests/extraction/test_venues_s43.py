"""Venues written after their place (invented lines): a county's or district's venue with a name of its
own is one Place as written, even when its own name is another county's short form or a longer word that
opens with one; a venue named by the town's own province or prefecture is still cut; a hall of a centre with
大剧院 is read whole."""

from tests.stated import stated_facts
from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.pipeline import _venue_after_its_town, extract_text


def _places(text: str) -> list[str]:
    return [m.text for m in extract_text(text).mentions if m.type == "Place"]


def test_own_name_that_is_another_countys_short_form_stays_one_name():
    lex = load_lexicons()
    assert _venue_after_its_town("桃源县海陵职工服务中心", lex) is None  # 海陵: 泰州's district, not 常德's
    assert _venue_after_its_town("都昌县鄱阳湖职工疗休养基地", lex) is None  # 鄱阳湖 is one word, 鄱阳 no place of it
    facts = stated_facts("2026年全县职工安全生产座谈会在桃源县海陵职工服务中心召开。")
    assert any(r == "heldAt" and t == "桃源县海陵职工服务中心" for _, r, t in facts)
    # a venue named by the town's own prefecture or province is still cut
    assert _venue_after_its_town("赫山区益阳市职工服务中心", lex) is not None  # 益阳市 holds 赫山区
    assert _venue_after_its_town("武汉湖北省军区招待所", lex) == (2, 2)


def test_grand_theatre_of_a_centre_read_whole():
    assert "青山区文化艺术中心大剧院" in _places("职工文艺汇演在青山区文化艺术中心大剧院举行。")
    assert not _places("这是一座新建的大剧院。")
