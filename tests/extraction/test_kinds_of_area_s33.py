"""A kind of area (沿海地区, 偏远地区, 部分地区) or a pointer to one (该地区) is no named place; the
place before it stands alone. Invented sentences."""

from uniongraph.extraction.pipeline import extract_text


def _places(text: str) -> list[str]:
    return [m.text for m in extract_text(text).mentions if m.type == "Place"]


def test_a_generic_area_alone_is_no_place() -> None:
    assert _places("省里决定加快沿海地区和偏远地区的电网建设。") == []


def test_a_part_of_a_province_is_the_province() -> None:
    assert _places("昨天，青海部分地区普降大雪。") == ["青海"]


def test_a_pointer_to_an_area_is_no_place() -> None:
    assert _places("这次冲突使该地区局势更加紧张。") == []


def test_a_named_prefecture_stays_a_place() -> None:
    assert "吕梁地区" in _places("山西省吕梁地区是个贫困地区。")


def test_a_named_mountain_area_stays_a_place() -> None:
    assert "沂蒙山区" in _places("他常年在沂蒙山区义诊。")
