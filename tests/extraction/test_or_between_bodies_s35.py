"""或 between two bodies, glued by jieba to the level that opens the second name (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


def names(text: str) -> list[str]:
    return [m.name for m in extract_text(text).mentions]


def test_two_bodies_joined_by_or_are_two():
    found = names("如有意见，可向南岭市委组织部或市总工会机关党委反映。")
    assert "南岭市委组织部" in found and "市总工会机关党委" in found
    assert not any("或" in n for n in found)


def test_or_is_cut_only_off_a_level():
    words = [t.word for t in TokenIndex("向区人社局或市总工会反映。").tokens]
    assert "或" in words and "市" in words or "市总工会" in words
    assert [t.word for t in TokenIndex("或许明天再来。").tokens][0] == "或许"  # a word of its own stays
