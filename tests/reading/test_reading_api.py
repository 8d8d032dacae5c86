"""The reading API: read_text, read_document, iter_input_files, and the seed page end to end."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from uniongraph.errors import InputError
from uniongraph.reading import iter_input_files, read_document, read_text

DATA = Path(__file__).resolve().parents[1] / "data" / "reading"
SEED = Path(__file__).resolve().parents[2] / "../shared/data/seed-page.md"

PAGE = "# 市总工会开展技能培训\n\n本报讯（记者 李明 通讯员 赵亮）近日，市总工会举办培训\n\n班。学员开展演练。\n"


def test_read_text_runs_every_stage() -> None:
    doc = read_text(PAGE, "p.md", region="北京市")
    assert (doc.path, doc.region, doc.encoding) == ("p.md", "北京市", "utf-8")
    [art] = doc.articles
    assert art.title == "市总工会开展技能培训"
    assert (art.reporters, art.correspondents) == (["李明"], ["赵亮"])
    assert "举办培训班。" in art.text
    assert [s.text for s in art.sentences] == [
        "市总工会开展技能培训",
        "本报讯（记者 李明 通讯员 赵亮）近日，市总工会举办培训班。",
        "学员开展演练。",
    ]


def test_read_text_normalises() -> None:
    doc = read_text("标题\r\n\u200b本报讯（记者\u00a0张晶）正文。\r\n")
    assert doc.text == "标题\n本报讯（记者 张晶）正文。\n"
    assert doc.articles[0].reporters == ["张晶"]


def test_read_text_markdown_flag() -> None:
    text = "# 不是标题的一行。\n\n正文。"
    assert read_text(text, markdown=True).articles[0].title == "不是标题的一行。"
    assert read_text(text, markdown=False).articles[0].title == ""


def test_read_text_empty_gives_no_articles() -> None:
    assert read_text("").articles == []


@pytest.mark.parametrize(
    ("encoding", "prefix", "name"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("gb18030", b"", "gb18030"),
    ],
)
def test_read_document_encodings(tmp_path: Path, encoding: str, prefix: bytes, name: str) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(prefix + PAGE.replace("\n", "\r\n").encode(encoding))
    doc = read_document(path)
    assert doc.encoding == name
    assert doc.path == str(path)
    assert doc.text == PAGE
    assert doc.articles[0].reporters == ["李明"]


def test_read_document_big5(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes("工會舉辦培訓\n本報訊（記者 李明）近日，工會舉辦培訓班。".encode("big5"))
    doc = read_document(path)
    assert doc.encoding == "big5"
    assert doc.articles[0].title == "工會舉辦培訓"
    assert doc.articles[0].reporters == ["李明"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file"),
        ("\u200b\ufeff\n".encode(), "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (looks like a PNG image)"),
        (b"PK\x03\x04\x14\x00\x00\x00", "not a text file (looks like a ZIP archive)"),
        ("# 本期导读\n\n## 下期预告\n".encode(), "no article text (headings only)"),
    ],
)
def test_read_document_refuses(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.reason == reason
    assert str(path) in str(err.value)


def test_read_document_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_document_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("正文。", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_document(path)
    finally:
        path.chmod(0o600)


def test_iter_input_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["z.txt", "README.md", "b/2.md", "b/1.TXT", "a/x.txt", "a/skip.json", ".git/h.txt", ".hidden.md"]:
        (tmp_path / rel).write_text("正文。", encoding="utf-8")
    single = tmp_path / "a" / "skip.json"
    found = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path, single, tmp_path / "z.txt"])]
    # a folder's README is its documentation; named explicitly, it is read like any file
    assert found == ["z.txt", "a/x.txt", "b/1.TXT", "b/2.md", "a/skip.json"]
    assert [p.name for p in iter_input_files([tmp_path / "README.md"])] == ["README.md"]


def test_iter_input_files_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        list(iter_input_files([tmp_path / "nope"]))
    assert err.value.reason == "no such file or directory"


def test_fixture_folder_reads() -> None:
    docs = [read_document(p) for p in iter_input_files([DATA])]
    assert [Path(d.path).name for d in docs] == ["kickers.md", "two-stories.txt"]
    assert [len(d.articles) for d in docs] == [2, 2]


# --- the seed page (third-party data, read from the shared folder next to the repo) --------


@pytest.fixture(scope="module")
def seed_doc():
    if not SEED.is_file():
        pytest.skip("shared seed page not available")
    return read_document(SEED, region="北京市")


def test_seed_titles(seed_doc) -> None:
    assert [a.title for a in seed_doc.articles] == [
        "市级示范公益送教助力工会干部提升履职本领",
        "首都职工志愿“大篷车”走进回天地区",
        "中关村科学城总工会启动迎新春送温暖活动",
        "为企业行稳致远和职工幸福生活担当作为",
    ]


def test_seed_bylines(seed_doc) -> None:
    assert [(a.reporters, a.correspondents) for a in seed_doc.articles] == [
        (["张晶"], []),
        (["周美玉"], []),
        (["陈曦", "宗晓畅"], ["王远霞"]),
        (["刘欣欣"], []),
    ]


def test_seed_page_breaks_rejoined(seed_doc) -> None:
    texts = "\n".join(a.text for a in seed_doc.articles)
    for joined in ["开联信息技术有限公司", "不断提升基层工会干部", "首创集团共建设", "并免费对眼镜"]:
        assert joined in texts


def test_seed_kickers_and_lines(seed_doc) -> None:
    arts = seed_doc.articles
    assert arts[3].kicker == "首创集团工会把职工所需所盼作为开展工会工作重要抓手"
    assert "重要抓手" not in arts[2].text
    assert all(a.line > 1 and a.source == str(SEED) for a in arts)


def test_seed_sentences_and_offsets(seed_doc) -> None:
    for art in seed_doc.articles:
        assert art.sentences[0].text == art.title
        assert all(art.text[s.start : s.end] == s.text for s in art.sentences)
        assert all(art.text[b.start : b.end] == b.name for b in art.bylines)
