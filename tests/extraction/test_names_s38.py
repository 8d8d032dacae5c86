"""Entity boundaries of stop 38: a surname that is also a preposition after a title (主席向|明华),
scenic areas, fishing ports and ski grounds as places named as written (sentences and names
invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def names(body: str) -> set[tuple[str, str]]:
    """(name, type) of every mention of an invented article's body."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {(m.name, m.type) for m in art.mentions}


@pytest.mark.parametrize("body, person", [
    ("区政协副主席、区总工会主席向柳青，区交通局副局长冉立新出席仪式。", "向柳青"),
    ("市总工会副主席向柳青介绍，活动将持续到明年。", "向柳青"),
])
def test_surname_cut_off_after_a_title(body, person):
    found = names(body)
    assert (person, "Person") in found
    assert (person[1:], "Person") not in found


@pytest.mark.parametrize("body, not_person", [
    ("发言人谈明年，大家都很高兴。", "谈明年"),       # a verb and a word of the dictionary
    ("身后是非谁管得，任人评说。", "任人评"),          # the name would end inside a word
    ("厂长向大会报告，今年产值翻番。", "向大会"),
])
def test_no_surname_cut_off(body, not_person):
    assert not any(n == not_person and t == "Person" for n, t in names(body))


@pytest.mark.parametrize("body, place, part", [
    ("市总工会在清溪岭景区举办职工登山比赛。", "清溪岭景区", None),
    ("义诊活动在南湾中心渔港举行，200名渔民参加。", "南湾中心渔港", None),
    ("职工冬季运动会在青松峰滑雪场开幕。", "青松峰滑雪场", None),
])
def test_named_sites(body, place, part):
    assert (place, "Place") in names(body)


@pytest.mark.parametrize("body, not_place", [
    ("这里包括冰雕世界等十大景区，游客很多。", "十大景区"),
    ("这里是本省重点旅游区，游客很多。", "本省重点旅游区"),
    ("各景区游客很多。", "各景区"),
])
def test_no_named_site(body, not_place):
    assert not any(n.endswith(("景区", "旅游区")) and t == "Place" for n, t in names(body))


@pytest.mark.parametrize("body, whole, short", [
    # a brand jieba cut into characters, the last read as a verb, after the company's city
    ("上月，在宜城鑫达物流有限公司做装卸工的刘大强受了伤。", "宜城鑫达物流有限公司", "物流有限公司"),
    # a common noun jieba tags as a place (城市) before a domain word opens the bureau's name
    ("市总工会联合市城市管理综合执法局开展送清凉活动。", "市城市管理综合执法局", "综合执法局"),
])
def test_names_opened_in_full(body, whole, short):
    found = {n for n, _ in names(body)}
    assert whole in found and short not in found


def test_a_companys_warehouse_is_a_place():
    found = names("上月，在宜城鑫达物流有限公司青龙山仓库做装卸工的刘大强受了伤。")
    assert ("宜城鑫达物流有限公司青龙山仓库", "Place") in found
    assert ("青龙", "Place") not in found


@pytest.mark.parametrize("body", [
    "海河物流有限公司仓库管理员王强说。",           # the head runs on into a post
])
def test_no_warehouse(body):
    found = names(body)
    assert not any(t == "Place" and n.endswith("仓库") for n, t in found)


def test_a_verb_after_the_city_opens_no_brand():
    assert not any(n.startswith("宜城建") for n, _ in names("他在宜城建物流有限公司，雇了十人。"))


@pytest.mark.parametrize("body, whole", [
    ("首家货车司机工会在龙江青港物流园成立。", "龙江青港物流园"),        # 龙江: a county's bare short form
    ("这家合资企业将落户塘沽蓝湾高科技开发区。", "塘沽蓝湾高科技开发区"),  # (蓝湾: no dictionary place)
])
def test_bare_county_opens_a_sites_name(body, whole):
    found = names(body)
    assert (whole, "Place") in found
    assert not any(t == "Place" and n in ("龙江", "塘沽") for n, t in found)


def test_a_division_written_with_its_level_encloses_the_zone():
    found = names("签约仪式在利通区金湾工业园区举行。")
    assert ("利通区", "Place") in found and ("金湾工业园区", "Place") in found


@pytest.mark.parametrize("body, room", [
    ("获评的是：青山区柳林镇总工会职工书屋，南岭县人民医院工会“杏花书屋”。", "青山区柳林镇总工会职工书屋"),
    ("获评的是：青山区柳林镇总工会职工书屋，南岭县人民医院工会“杏花书屋”。", "杏花书屋"),
    ("读书会在柳镇总工会“知行驿站”职工书屋举行。", "柳镇总工会“知行驿站”职工书屋"),
    ("获评的有南岭华兴电子科技有限公司职工书屋、海河陶瓷有限公司职工书屋。", "海河陶瓷有限公司职工书屋"),
])
def test_reading_rooms_named_after_their_body(body, room):
    assert (room, "Place") in names(body)


def test_the_owner_of_a_reading_room_stays():
    found = names("读书会在柳镇总工会“知行驿站”职工书屋举行。")
    assert ("柳镇总工会", "Federation") in found


@pytest.mark.parametrize("body", [
    "南岭县总工会把职工书屋开进工业园区。",       # a verb between: the kind, no room's name
    "今年全市将新建职工书屋60家，让书屋真正活起来。",
    "首批6家“最美职工书屋”获表彰。",               # a title, no owner before it
])
def test_no_reading_room(body):
    assert not any(t == "Place" and n.endswith("书屋") for n, t in names(body))


@pytest.mark.parametrize("body, not_person", [
    ("８２岁的南非前总统彼得森将出庭。", "南非前"),       # a place, then 前 before the title
    ("巴西新当选的总统卡多索表示。", "巴西新"),
])
def test_no_name_opened_by_a_common_word(body, not_person):
    assert not any(n == not_person and t == "Person" for n, t in names(body))


def test_a_compound_surname_opens_a_name():
    assert ("司空图", "Person") in names("“丑妇竞簪花，花多映愈丑”，司空图先生的话可谓一针见血。")


@pytest.mark.parametrize("body, withheld", [
    ("调解员韦立强组织双方调解，公司负责人张某当场承认欠薪数额。", "张某"),
    ("其中徒弟高某在大赛中获得第一名。", "高某"),
    ("被告王某某拒不支付工资。", "王某某"),
])
def test_a_withheld_name_is_no_person(body, withheld):
    assert not any(n == withheld and t == "Person" for n, t in names(body))


def test_a_name_beside_a_withheld_one_stays():
    assert ("韦立强", "Person") in names("调解员韦立强组织双方调解，公司负责人张某当场承认欠薪数额。")
