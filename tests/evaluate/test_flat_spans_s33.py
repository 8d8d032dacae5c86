"""How the graph's mentions become flat PER/LOC/ORG spans (PFR's and MSRA's scheme): a body inside
its head's title word is no span, a unit named by a place or a number after its body is one span
with it. Invented sentences."""

from uniongraph.evaluate.predictors import uniongraph_predictor
from uniongraph.extraction.pipeline import extract_text


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], lab) for s, e, lab in uniongraph_predictor()(text)]


def test_a_ministry_inside_its_heads_title_is_named_in_the_graph_but_no_flat_span() -> None:
    text = "国务委员兼国防部长林振邦上将今天会见了来访客人。"
    assert "国防部" in [m.text for m in extract_text(text).mentions]
    assert ("国防部", "ORG") not in _spans(text)


def test_a_ministry_written_as_a_body_is_a_flat_span() -> None:
    text = "国防部发言人林振邦今天说，演习如期举行。"
    assert ("国防部", "ORG") in _spans(text)


def test_a_branch_named_by_its_place_after_its_body_is_one_span() -> None:
    text = "老人通过新华社杭州分社把捐款送到了灾区。"
    assert ("新华社杭州分社", "ORG") in _spans(text)


def test_a_numbered_unit_after_its_body_is_one_span() -> None:
    text = "这座大桥由铁道部第十九工程局承建。"
    assert ("铁道部第十九工程局", "ORG") in _spans(text)


def test_two_bodies_side_by_side_stay_two_spans() -> None:
    text = "新华社联合国３月２日电　民政部财政部今天联合发出通知。"
    spans = _spans(text)
    assert ("新华社", "ORG") in spans and ("联合国", "ORG") in spans
    assert ("民政部", "ORG") in spans and ("财政部", "ORG") in spans


def test_a_provinces_one_character_name_is_the_graphs_place_but_no_flat_span() -> None:
    text = "全国职工技能大赛总结会今天在京召开。"
    assert any(m.text == "京" and m.type == "Place" for m in extract_text(text).mentions)
    assert ("京", "LOC") not in _spans(text)


def test_a_provinces_full_name_is_a_flat_span() -> None:
    text = "全国职工技能大赛总结会今天在北京召开。"
    assert ("北京", "LOC") in _spans(text)


def test_a_government_named_by_a_person_the_article_names_is_that_persons_span() -> None:
    text = "美国总统克林顿昨天说，克林顿政府将继续推动中东和平进程。"
    spans = _spans(text)
    assert ("克林顿政府", "ORG") not in spans
    assert [s for s in spans if s == ("克林顿", "PER")] == [("克林顿", "PER"), ("克林顿", "PER")]


def test_a_government_named_by_its_country_stays_an_organisation() -> None:
    text = "美国总统克林顿昨天说，美国政府将继续推动中东和平进程。"
    assert ("美国政府", "ORG") in _spans(text)


def test_a_prefecture_named_with_its_province_is_one_span() -> None:
    text = "昨天，河北省张家口地区发生强烈地震。"
    assert ("河北省张家口地区", "LOC") in _spans(text)


def test_a_city_named_with_its_province_stays_two_spans() -> None:
    text = "昨天，河北省张家口市发生强烈地震。"
    spans = _spans(text)
    assert ("河北省", "LOC") in spans and ("张家口市", "LOC") in spans


def test_a_regions_body_after_another_body_in_a_list_stays_apart() -> None:
    text = "由团市委宣传部湖南省委联合举办的报告会今天开幕。"
    assert ("宣传部湖南省委", "ORG") not in _spans(text)
    assert not any(s.endswith("湖南省委") and len(s) > 4 for s, _ in _spans(text))


def test_a_quarter_named_with_diqu_after_a_province_stays_apart() -> None:
    text = "西藏部分地区普降大雪。"
    assert ("西藏部分地区", "LOC") not in _spans(text)
