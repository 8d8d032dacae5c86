"""A union's home written bare or as an honour, and a place's unions as a field of work, name no one
body (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def found(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


def test_a_bare_or_honoured_workers_home_is_no_place():
    assert not any("之家" in n for n, _ in found("会上表彰了2027年度“模范职工之家”，五个单位受到表彰。"))
    assert not any("之家" in n for n, _ in found("工会还在三楼挂牌“职工之家”，配备了阅览区。"))


def test_a_named_home_stays_a_place():
    assert ("青石货运司机之家", "Place") in found("代表们参观了“青石货运司机之家”。")


def test_a_places_unions_as_a_field_of_work():
    names = found("他为林州工会事业发展作出了贡献。")
    assert not any(t == "TradeUnion" for _, t in names)
