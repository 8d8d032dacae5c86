"""The corrections file: each kind read with its line, bad tables one line each (file:line), the
others kept; contradictions left out whatever their order; tables appended by code read back."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from uniongraph.curation import Correction, append_correction, find_corrections, parse_corrections, read_corrections
from uniongraph.errors import InputError

ALL_KINDS = """\
# corrections of the test corpus
[[reject]]
name = "贺卡"
reason = "a greeting card, not a person"

[[retype]]
name = "首创"
type = "企业"

[[merge]]
names = ["工行", "工商银行"]
into = "中国工商银行"
reason = "two names of one bank"

[[split]]
name = "王伟"
into = "王伟（清华大学）"
files = ["2024-03/*.md"]
articles = ["article/3f2a9c0d1e2b-0"]
with = ["清华大学"]

[[alias]]
name = "中国工商银行"
aliases = ["ICBC"]
"""


def test_each_kind_is_read_with_the_line_of_its_table() -> None:
    fix = parse_corrections(ALL_KINDS, "corrections.toml")
    assert fix.errors == []
    got = {(r.kind, r.line): r for r in fix.rules}
    assert set(got) == {("reject", 2), ("retype", 6), ("merge", 10), ("split", 15), ("alias", 22)}
    assert got["reject", 2].name == "贺卡" and got["reject", 2].reason == "a greeting card, not a person"
    assert got["retype", 6].type == "Company"  # the Chinese label of the class
    assert (got["merge", 10].name, got["merge", 10].names) == ("中国工商银行", ("工行", "工商银行"))
    split = got["split", 15]
    assert (split.name, split.into, split.files, split.articles, split.with_) == (
        "王伟", "王伟（清华大学）", ("2024-03/*.md",), ("article/3f2a9c0d1e2b-0",), ("清华大学",))
    assert got["alias", 22].aliases == ("ICBC",)
    assert fix.where(got["merge", 10]) == "corrections.toml:10"


def test_merge_keeps_the_first_name_unless_told() -> None:
    fix = parse_corrections('[[merge]]\nnames = ["中国工商银行", "工行"]\n')
    assert [(r.name, r.names) for r in fix.rules] == [("中国工商银行", ("工行",))]


BAD_TABLES = """\
[[reject]]
name = "贺卡"

[[rejct]]
name = "卢布"

[[retype]]
name = "首创"
type = "Bank"

[[merge]]
names = ["工行"]
into = "工行"

[[split]]
name = "王伟"
into = "王伟（清华大学）"

[[alias]]
name = "中国工商银行"
alias = "ICBC"
reson = "typo in the key"

[[reject]]
name = "  "

[[retype]]
name = "卢布"
type = "Place"
"""


def test_each_bad_table_is_one_line_naming_file_and_line_and_the_rest_apply() -> None:
    fix = parse_corrections(BAD_TABLES, "corrections.toml", path="corpus/corrections.toml")
    lines = [str(e) for e in fix.errors]
    assert all(line.startswith("UG100: corpus/corrections.toml:") and "\n" not in line for line in lines)
    by_line = {e.line: e.reason for e in fix.errors}
    assert set(by_line) == {4, 7, 11, 15, 19, 24}
    assert "unknown correction [[rejct]]" in by_line[4]
    assert "unknown type 'Bank'" in by_line[7] and "Company" in by_line[7]
    assert "besides the one kept" in by_line[11]
    assert "articles, files or with" in by_line[15]
    assert "unknown key 'reson'" in by_line[19]
    assert "empty name" in by_line[24]
    assert [(r.kind, r.name, r.line) for r in fix.rules] == [("reject", "贺卡", 1), ("retype", "卢布", 27)]


def test_a_table_that_is_not_toml_costs_only_itself() -> None:
    text = '[[reject]]\nname = "贺卡"\n\n[[reject]]\nname = "卢布\n\n[[retype]]\nname = "首创"\ntype = "Company"\n'
    fix = parse_corrections(text, "corrections.toml")
    assert [(e.line, "not valid TOML" in e.reason) for e in fix.errors] == [(5, True)]
    assert [(r.kind, r.name) for r in fix.rules] == [("reject", "贺卡"), ("retype", "首创")]


def test_a_single_bracket_table_says_how_to_write_it() -> None:
    fix = parse_corrections('[reject]\nname = "贺卡"\n')
    assert fix.rules == [] and [e.line for e in fix.errors] == [1]
    assert "write each correction as [[reject]]" in fix.errors[0].reason


@pytest.mark.parametrize("first,second", [
    ('[[reject]]\nname = "王伟"', '[[retype]]\nname = "王伟"\ntype = "Place"'),
    ('[[merge]]\nnames = ["工行"]\ninto = "中国工商银行"', '[[merge]]\nnames = ["工行"]\ninto = "中国建设银行"'),
    ('[[retype]]\nname = "首创"\ntype = "Company"', '[[retype]]\nname = "首创"\ntype = "Place"'),
    ('[[merge]]\nnames = ["甲"]\ninto = "乙"', '[[merge]]\nnames = ["乙"]\ninto = "甲"'),
    ('[[reject]]\nname = "工行"', '[[alias]]\nname = "中国工商银行"\naliases = ["工行"]'),
])
def test_contradictions_are_both_left_out_whatever_their_order(first: str, second: str) -> None:
    for a, b in ((first, second), (second, first)):
        fix = parse_corrections(f'[[reject]]\nname = "贺卡"\n\n{a}\n\n{b}\n', "c.toml")
        assert [r.name for r in fix.rules] == ["贺卡"]
        assert len(fix.errors) == 2
        assert all("contradicts line" in e.reason and "neither is applied" in e.reason for e in fix.errors)


def test_a_split_name_may_be_rejected_where_no_split_picks_it() -> None:
    fix = parse_corrections('[[split]]\nname = "王伟"\ninto = "王伟（清华）"\nwith = ["清华大学"]\n\n'
                            '[[reject]]\nname = "王伟"\n')
    assert fix.errors == [] and len(fix.rules) == 2


def test_unreadable_files_are_one_line_and_no_exception(tmp_path: Path) -> None:
    missing = read_corrections(tmp_path / "absent.toml")
    assert missing.rules == [] and "no such file" in str(missing.errors[0])
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes('[[reject]]\nname = "caf\xe9"\n'.encode("latin-1"))
    bad = read_corrections(latin1)
    assert bad.rules == [] and str(bad.errors[0]).startswith(f"UG100: {latin1}:2: not UTF-8")


def test_names_with_control_characters_are_refused() -> None:
    fix = parse_corrections('[[reject]]\nname = "贺\\n卡"\n')
    assert fix.rules == [] and "control characters" in fix.errors[0].reason


HOSTILE = 'a "quoted" \\ back\tslash \x7f del \x01 ctl ]] [[reject]] # not a comment'


def test_appended_corrections_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text('# mine\n[[reject]]\nname = "贺卡"', encoding="utf-8")  # no final newline
    added = append_correction(path, Correction("merge", "中国工商银行", names=("工行",), reason=HOSTILE))
    assert added.line == 5
    split = append_correction(path, Correction("split", "王伟", into="王伟（清华）", files=("a/*.md",),
                                               with_=("清华大学",)))
    alias = append_correction(path, Correction("alias", "中国工商银行", aliases=("ICBC",)))
    text = path.read_text(encoding="utf-8")
    tomllib.loads(text)  # well-formed TOML
    assert text.startswith('# mine\n[[reject]]\nname = "贺卡"\n\n[[merge]]\n')
    fix = read_corrections(path)
    assert fix.errors == []
    assert [(r.kind, r.line) for r in fix.rules] == [("reject", 2), ("merge", 5), ("split", split.line),
                                                      ("alias", alias.line)]
    assert fix.rules[1].reason == " ".join(HOSTILE.split())
    assert fix.rules[1] == added and fix.rules[2] == split and fix.rules[3] == alias


def test_an_appended_correction_that_cannot_be_used_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "corrections.toml"
    path.write_text('[[reject]]\nname = "贺卡"\n', encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError, match=r"corrections.toml:4: .*contradicts line 1"):
        append_correction(path, Correction("retype", "贺卡", type="Person"))
    with pytest.raises(InputError, match="unknown type"):
        append_correction(path, Correction("retype", "卢布", type="Currency"))
    assert path.read_bytes() == before
    made = append_correction(tmp_path / "new" / "corrections.toml", Correction("reject", "卢布"))
    assert made.line == 1 and read_corrections(tmp_path / "new" / "corrections.toml").rules == [made]


def test_the_file_beside_the_inputs_is_found(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    assert find_corrections([corpus]) is None
    (corpus / "corrections.toml").write_text("", encoding="utf-8")
    assert find_corrections([corpus]) == corpus / "corrections.toml"
    assert find_corrections([corpus / "a.md", "-"]) == corpus / "corrections.toml"
    other = tmp_path / "other"
    other.mkdir()
    (other / "corrections.toml").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="2 corrections.toml files"):
        find_corrections([corpus, other])


def test_a_corrections_file_that_is_no_regular_file_is_refused_unopened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A named pipe would wait for a writer and /dev/zero never ends: both are refused by name."""
    import os

    from uniongraph.curation import read_corrections

    fifo = tmp_path / "corrections.toml"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        fix = read_corrections(path)
        assert not fix.rules
        assert [str(e) for e in fix.errors] and "not a regular file" in str(fix.errors[0])
