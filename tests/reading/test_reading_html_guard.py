"""The pass before HTML5 parsing: text unchanged, nesting and re-created formatting bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from uniongraph.reading import read_document
from uniongraph.reading.encoding import decode_bytes
from uniongraph.reading.html_guard import MAX_DEPTH, defuse
from uniongraph.reading.html_pages import html_to_text

HTML_PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


def tree_depth(html: str) -> int:
    best, todo = 0, [(LexborHTMLParser(html).root, 0)]
    while todo:
        node, depth = todo.pop()
        best = max(best, depth)
        todo.extend((child, depth + 1) for child in node.iter())
    return best


def element_count(html: str) -> int:
    return len(LexborHTMLParser(html).css("*"))


@pytest.mark.parametrize(("html", "out"), [
    ("<p><b>粗体</b><FONT color=red>红字</FONT><strong\tclass=x>强</strong></p>",
     "<p><span>粗体</span><span color=red>红字</span><span\tclass=x>强</span></p>"),
    # not tags: text in script, style, title and comments, attribute values, other names
    ("<title>a<b>b</title><script>x='<b>'</script><!-- <i> --><p title='<b>'><bdi>x</bdi><ix>",
     "<title>a<b>b</title><script>x='<b>'</script><!-- <i> --><p title='<b>'><bdi>x</bdi><ix>"),
    ("<p>本报讯 正文。</p>", "<p>本报讯 正文。</p>"),
])
def test_formatting_tags_become_spans_and_nothing_else_changes(html: str, out: str) -> None:
    assert defuse(html) == out


@pytest.mark.parametrize("name", sorted(p.name for p in HTML_PAGES.glob("*.html")))
def test_pages_read_the_same_text_after_the_pass(name: str) -> None:
    text = decode_bytes((HTML_PAGES / name).read_bytes(), name)[0]
    assert LexborHTMLParser(defuse(text)).text() == LexborHTMLParser(text).text()


def test_nesting_deeper_than_the_cap_is_flattened_and_its_text_kept(tmp_path: Path) -> None:
    html = "<div>" * 200_000 + "<p>本报讯 温州市总工会举办活动。" + "</div>" * 10
    assert tree_depth(defuse(html)) <= 3 * MAX_DEPTH + 4
    path = tmp_path / "deep.html"
    path.write_text(html, encoding="utf-8")
    assert "本报讯 温州市总工会举办活动。" in read_document(path).text


def test_formatting_left_open_is_not_recreated_in_every_paragraph() -> None:
    # 2,000 unclosed <b>s re-created in each of 2,000 paragraphs: 4 million elements (2 GB)
    html = "<p>" + "".join(f"<b id={i}>" for i in range(2000)) + "</p>" + "<p>正文。</p>" * 2000
    assert element_count(defuse(html)) < 10_000
    assert html_to_text(html).text.split("\n\n") == ["正文。"] * 2000


TAGS = ("p li ul ol div span table tr td th tbody caption b i font a nav section svg math g mi foreignObject "
        "desc title select option object button form dl dd dt h1 h2 template marquee textarea script style "
        "xmp plaintext noscript center br img body html head colgroup col").split()
TOKEN = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(TAGS), st.sampled_from(["", " id=x", ' a="b>c"', "/"])),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.sampled_from(["<!--", "-->", "<!-->", "<![CDATA[", "]]>", "<?x>", "</ x>", "<", "甲", "乙"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKEN, max_size=300))
def test_any_tag_soup_parses_no_deeper_than_the_cap_allows(tokens: list[str]) -> None:
    # the model of the stack never counts fewer open elements than the parser has, but for the
    # tbody and tr a table adds and html, body above all: at most 3 * cap + 4 levels
    assert tree_depth(defuse("".join(tokens), max_depth=6)) <= 3 * 6 + 4
