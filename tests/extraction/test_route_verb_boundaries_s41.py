"""A verb of a route (途经, 流经), which jieba tags a noun, governs the places after it and opens no
name (invented lines)."""

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _places(text: str) -> set[str]:
    title, _, body = text.partition("\n")
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=text))
    return {m.name for m in art.mentions if m.type == "Place"}


def test_a_railway_passes_through_districts():
    found = _places("新线开工\n这条铁路全长40公里，途经城南区、城北区和临河市，明年通车。")
    assert not any(name.startswith("途经") for name in found)
    assert "城南区" in found


def test_a_river_flows_through_a_county():
    found = _places("治河记\n这条河流经青溪县，灌溉农田三万亩。")
    assert not any(name.startswith("流经") or "河流经" in name for name in found)


def test_a_place_named_without_a_route_verb_is_kept():
    found = _places("新线开工\n铁路在城南区开工建设。")
    assert "城南区" in found
