"""A government named by its time or its make-up (新政府, 现政府, 联合政府) is a kind of government,
no name; with its country before it, it is that country's. Invented sentences."""

from uniongraph.extraction.pipeline import extract_text


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract_text(text).mentions if m.type == "Organization"]


def test_a_coalition_or_new_government_alone_is_no_name() -> None:
    assert _orgs("议会选举后，三个党派组成了联合政府，新政府下月宣誓就职。") == []


def test_no_words_before_the_kind_make_it_a_name() -> None:
    assert _orgs("数千名示威者昨天抗议现政府的经济政策。") == []


def test_a_countrys_coalition_government_is_named_by_the_country() -> None:
    assert "以色列联合政府" in _orgs("以色列联合政府内部在撤军问题上意见分歧。")


def test_a_government_named_by_its_leader_stays_a_name() -> None:
    assert "克林顿政府" in _orgs("克林顿政府昨天宣布了新的预算方案。")


def test_who_runs_a_body_is_no_office() -> None:
    assert _orgs("全乡小水利以户办、联户办为主，村办企业也发展很快。") == []


def test_an_office_named_by_its_short_name_stays() -> None:
    assert "县信访办" in _orgs("他把材料送到了县信访办。")
