"""Persons: a name called by its first part, a bound last character, 任前 (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def persons(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.canonical) for m in extract_text(text).mentions if m.type == "Person"]


def test_a_name_called_by_its_first_part():
    found = persons("钳工班长阿布都·热合曼检查了设备。阿布都说，今年任务很重。")
    assert ("阿布都", "阿布都·热合曼") in found


def test_a_name_called_by_its_last_part_stays_so():
    found = persons("总统约翰·卡尔森抵达。卡尔森说，会谈富有成果。")
    assert ("卡尔森", "约翰·卡尔森") in found


def test_a_bound_last_character_ends_the_name():
    assert ("文静怡", None) in persons("东岭区总工会副主席文静怡应邀出席。")


def test_a_common_word_after_a_title_alone_is_no_name_with_a_free_word_after():
    assert not any(n.startswith("高兴") for n, _ in persons("主任高兴地说，任务完成了。"))


def test_pre_appointment_is_no_person():
    assert persons("南岭市总工会干部任前公示") == []
