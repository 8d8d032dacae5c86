"""Names jieba cuts inside (a one-character adjective, a domain verb, a federation's facility); invented sentences."""

from uniongraph.extraction.pipeline import extract_text


def found(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


def test_an_adjective_before_a_rare_character_opens_the_place():
    assert ("新埭街道", "Place") in found("12月3日，启动仪式在新埭街道举行。")
    assert ("新埭街道文化广场", "Place") in found("12月3日，启动仪式在新埭街道文化广场举行。")
    assert not any(n.startswith("新") for n, _ in found("他们为新街道办事处搬了家。"))  # 新 before a known word: new


def test_a_zone_named_by_its_place_and_a_trade_of_two_words():
    assert ("雁岭智能制造产业园", "Place") in found("考察组来到雁岭智能制造产业园，走进生产车间。")
    assert not any(n.startswith("十大") for n, _ in found("要抓好十大经济林建设开发区。"))  # a count


def test_a_federations_facility_is_named_with_it():
    names = found("职工们在江南省总工会太湖职工疗养院开展疗休养。")
    assert ("江南省总工会太湖职工疗养院", "Organization") in names
    assert ("江南省总工会", "Federation") in names


def test_a_campus_sports_ground_is_a_place():
    assert ("南苑校区田径场", "Place") in found("学校第五届运动会在南苑校区田径场举行。")
