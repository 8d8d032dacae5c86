"""The index of titles by their beginnings (names.titles_by_prefix) answers as the scan it replaced."""

from uniongraph.extraction import names
from uniongraph.extraction.lexicon import Lexicons, load_lexicons


def _scan(roles, head):
    return [r for r in roles if r.startswith(head) and r != head]


def test_index_matches_a_scan_of_the_shipped_titles():
    lex = load_lexicons()
    index = names.titles_by_prefix(lex)
    for head in set(lex.org_heads) | set(lex.roles) | {"", "党", "党组", "没有的头"}:
        assert index.get(head, []) == _scan(lex.roles, head), head
        assert names.titles_starting(head) == tuple(_scan(lex.roles, head))


def test_invented_titles_in_file_order_and_a_title_never_opens_itself():
    lex = Lexicons(roles={"甲组副组长": "leader", "甲组": "identity", "甲组组长": "leader", "乙": "identity"})
    index = names.titles_by_prefix(lex)
    assert index["甲组"] == ["甲组副组长", "甲组组长"]
    assert "乙" not in index and index["甲"] == ["甲组副组长", "甲组", "甲组组长"]


def test_index_is_made_again_when_the_titles_change():
    lex = Lexicons(roles={"丙队队长": "leader"})
    assert names.titles_by_prefix(lex)["丙队"] == ["丙队队长"]
    lex.roles["丙队教练"] = "identity"
    assert names.titles_by_prefix(lex)["丙队"] == ["丙队队长", "丙队教练"]



def test_a_role_or_its_beginning_as_the_scan_over_every_role():
    # institution_units reads a post word by word: some title starts with what is read so far
    from uniongraph.extraction.institution_units import _opens_a_role

    lex = load_lexicons()
    for words in ("护士", "护士长", "党委", "党委书记", "科", "主任", "副主任", "长", "没有的头", "书记员长"):
        assert _opens_a_role(words, lex) == any(r.startswith(words) for r in lex.roles), words
