"""A level glued by the segmenter to the word before it (为省|人大常委会, 经省|物价局, 兼市|…中心) still
opens a short form of the home region's body, resolved to the region the article names. Invented
sentences."""

from uniongraph.extraction.pipeline import extract_text


def _orgs(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.region_short) for m in extract_text(text).mentions if m.type == "Organization"]


def test_a_level_after_wei_is_the_home_regions_body() -> None:
    assert ("省人大常委会", True) in _orgs("南岭省第九届人民代表大会第一次会议今天选举林振邦为省人大常委会主任。")


def test_a_level_after_jing_is_the_home_regions_body() -> None:
    assert ("省物价局", True) in _orgs("电价须经省物价局核准后执行。")


def test_a_named_provinces_body_is_no_short_form() -> None:
    assert ("湖南省人大常委会", False) in _orgs("会议选举林振邦为湖南省人大常委会主任。")
