"""A level word written as a word of its own (街道, 镇) ends the place before it: the place read by a
later head opens after it (invented lines)."""

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _places(text: str) -> set[str]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.name for m in art.mentions if m.type == "Place"}


def test_a_community_after_its_street_is_a_place_of_its_own():
    found = _places("义诊进社区\n志愿者走进应山街道白果树社区，为居民测量血压。")
    assert {"应山街道", "白果树社区"} <= found
    assert "街道白果树社区" not in found


def test_a_village_after_its_town_is_a_place_of_its_own():
    found = _places("返乡记\n他回到了楚门镇山北村，和家人团聚。")
    assert "山北村" in found


def test_a_district_opening_the_run_leaves_the_next_name_alone():
    found = _places("开罗见闻\n从因巴巴区到姆尼布区，街上挂满了灯笼。")
    assert not any(name.startswith("到") for name in found)


def test_a_street_name_ending_in_no_level_stays_whole():
    found = _places("义诊进社区\n志愿者来到桂林路社区，为居民测量血压。")
    assert "桂林路社区" in found
