"""Words that end in an organisation head but name no body: rooms and halls (演播厅, 歌舞厅:
venue heads in ``lexicons/org_heads.tsv``, a place only with a proper name before them), rooms
of a home, the centre of a city, a part of a whole and a game of a match
(``lexicons/not_org_heads.txt``)."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> dict[str, str]:
    # modifier mentions are flat NER names only, no entities of the graph
    return {m.text: m.type for m in extract_text(text).mentions if not m.modifier}


def test_a_bare_hall_is_no_body() -> None:
    names = _names("晚会剧组在新建成的演播厅排练，有人下班后进歌舞厅，也有人去了报告厅。")
    assert not {"演播厅", "歌舞厅", "报告厅"} & set(names)


def test_a_named_hall_is_a_place() -> None:
    assert _names("座谈会在南岭大学报告厅举行。").get("南岭大学报告厅") == "Place"


def test_a_room_of_a_home_is_no_body() -> None:
    assert not any(n.endswith("客厅") for n in _names("新房里不必再有卧室兼作客厅的尴尬。"))


def test_the_centre_of_a_city_is_the_city() -> None:
    names = _names("代表团下榻在维也纳市中心的一家饭店，居住市中心的居民很多。")
    assert names.get("维也纳") == "Place"
    assert not any(n.endswith("市中心") for n in names)


def test_a_part_or_a_game_is_no_body() -> None:
    names = _names("方案的前半部分是紧缩政策。在决胜局，他以十比八获胜，随后开了小卖部。")
    assert not {"前半部", "决胜局", "小卖部"} & set(names)


def test_a_provincial_department_still_stands() -> None:
    names = _names("省交通厅、煤炭厅、林业厅的负责同志参加了会议。")
    assert names.get("林业厅") == "Organization"
