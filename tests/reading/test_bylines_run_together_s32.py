"""Two names of two characters printed without a separator in a byline (记者何伟傅旭) are two
reporters; a compound surname, a married name of Hong Kong or a four-character name with no
common surname stays one name."""

from __future__ import annotations

import pytest

from uniongraph.reading.bylines import parse_byline


def _names(text: str) -> list[str]:
    return [b.name for b in parse_byline(text, 0, len(text))]


@pytest.mark.parametrize("text, names", [
    ("本报记者郑岚谢强报道", ["郑岚", "谢强"]),
    ("新华社记者黄敏邓力", ["黄敏", "邓力"]),
])
def test_two_short_names_run_together_are_two(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text, name", [
    ("本报记者上官春兰报道", "上官春兰"),   # a compound surname
    ("记者胡何丽英报道", "胡何丽英"),       # a husband's surname before her own (陈方安生)
    ("记者扎西罗珠报道", "扎西罗珠"),       # a Tibetan name, no common surname first
    ("本报记者郑岚报道", "郑岚"),
])
def test_one_name_stays_whole(text: str, name: str) -> None:
    assert _names(text) == [name]
