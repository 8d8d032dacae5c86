"""Format and content checks for the gazetteer and person lexicons (data files a researcher edits).

The checkers below return a list of problems (empty when a file is well formed); they are tested on
small bad inputs first, then run on the shipped files, followed by spot facts.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import uniongraph

LEXICONS = Path(uniongraph.__file__).resolve().parent / "lexicons"

DIVISION_LEVELS = {"country", "province", "prefecture", "county"}
WORLD_LEVELS = {"continent", "region", "country", "city", "state"}
STATUSES = {"current", "former"}
ROLE_CATEGORIES = {"leader", "profession", "honour", "identity", "kin"}
SURNAME_KINDS = {"single": 1, "compound": 2}
#: countries whose capital has the country's own name (or shares its Chinese name with a more
#: newsworthy city: 金斯敦 is Jamaica's), so no separate capital row
CAPITAL_EXEMPT = {"新加坡", "梵蒂冈", "摩纳哥", "圣文森特和格林纳丁斯"}

Row = tuple[int, list[str]]  # (line number, columns)


# ---------------------------------------------------------------- readers and checkers


def read_rows(text: str) -> list[Row]:
    """Data rows of a lexicon text with their line numbers; comments and blank lines skipped."""
    return [
        (n, line.split("\t"))
        for n, line in enumerate(text.split("\n"), 1)
        if line and not line.startswith("#")
    ]


def check_text(text: str, ncols: int) -> list[str]:
    """Problems with the shape of a lexicon file: header, line ends, spaces, column count, duplicates."""
    problems = []
    if not text.startswith("#"):
        problems.append("no comment header on line 1")
    if "\r" in text:
        problems.append("CR line ends")
    if text and not text.endswith("\n"):
        problems.append("no final newline")
    for n, line in enumerate(text.split("\n"), 1):
        if line != line.rstrip():
            problems.append(f"line {n}: trailing whitespace")
        if not line.startswith("#") and re.search(r"(^|\t)[ \u3000]|[ \u3000]($|\t)", line):
            problems.append(f"line {n}: space around a column")
    rows = read_rows(text)
    for n, cols in rows:
        if len(cols) != ncols:
            problems.append(f"line {n}: {len(cols)} columns, expected {ncols}")
        elif not cols[0]:
            problems.append(f"line {n}: empty first column")
    for line, count in Counter("\t".join(c) for _, c in rows).items():
        if count > 1:
            problems.append(f"duplicate row: {line!r}")
    return problems


def check_places(
    rows: list[Row], levels: set[str], outside: set[str], top: set[str]
) -> list[str]:
    """Problems in gazetteer rows: level, status, parents (in the file or ``outside``), aliases.

    ``top`` are the levels that may have no parent.
    """
    problems = []
    names = {c[0] for _, c in rows if len(c) == 5}
    for n, cols in rows:
        if len(cols) != 5:
            continue
        name, level, parent, aliases, status = cols
        if level not in levels:
            problems.append(f"line {n}: unknown level {level!r}")
        if status not in STATUSES:
            problems.append(f"line {n}: unknown status {status!r}")
        if not parent:
            if level not in top:
                problems.append(f"line {n}: {name} has no parent")
        elif parent not in names and parent not in outside:
            problems.append(f"line {n}: parent {parent} of {name} is not a known place")
        if parent == name:
            problems.append(f"line {n}: {name} is its own parent")
        if aliases:
            al = aliases.split(",")
            for a in al:
                if len(a) < 2 or a != a.strip():
                    problems.append(f"line {n}: bad alias {a!r} of {name}")
                if a == name:
                    problems.append(f"line {n}: alias equals name {name}")
            if len(set(al)) != len(al):
                problems.append(f"line {n}: repeated alias in {name}")
    return problems


def places(path: Path) -> dict[str, list[list[str]]]:
    """Rows of a gazetteer by name (a name may have several rows: 朝阳区 in two cities)."""
    out: dict[str, list[list[str]]] = {}
    for _, cols in read_rows(path.read_text(encoding="utf-8")):
        out.setdefault(cols[0], []).append(cols)
    return out


def divisions_path() -> Path:
    path = LEXICONS / "divisions.tsv"
    if not path.exists():
        pytest.skip("divisions.tsv not written yet")
    return path


# ---------------------------------------------------------------- the checkers catch bad rows


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("北京市\tprovince\t中国\t北京\tcurrent\n", "no comment header"),
        ("# h\n北京市\tprovince\t中国\t北京\tcurrent\r\n", "CR line ends"),
        ("# h\n北京市\tprovince\t中国\t北京\tcurrent \n", "trailing whitespace"),
        ("# h\n北京市\tprovince\t中国\t北京\n", "4 columns, expected 5"),
        ("# h\n北京市\tprovince\t 中国\t北京\tcurrent\n", "space around a column"),
        ("# h\n伦敦\tcity\t英国\t\tcurrent\n伦敦\tcity\t英国\t\tcurrent\n", "duplicate row"),
        ("# h\n伦敦\tcity\t英国\t\tcurrent", "no final newline"),
    ],
)
def test_check_text_flags_bad_files(text: str, fragment: str) -> None:
    assert any(fragment in p for p in check_text(text, 5))


def test_check_text_accepts_good_file() -> None:
    text = "# 省级\n北京市\tprovince\t中国\t北京\tcurrent\n\n海淀区\tcounty\t北京市\t海淀\tcurrent\n"
    assert check_text(text, 5) == []


@pytest.mark.parametrize(
    "row, fragment",
    [
        ("海淀区\tdistrict\t北京市\t海淀\tcurrent", "unknown level"),
        ("海淀区\tcounty\t北京市\t海淀\tabolished", "unknown status"),
        ("海淀区\tcounty\t\t海淀\tcurrent", "has no parent"),
        ("海淀区\tcounty\t北平市\t海淀\tcurrent", "parent 北平市"),
        ("海淀区\tcounty\t北京市\t海\tcurrent", "bad alias"),
        ("海淀区\tcounty\t北京市\t海淀,海淀\tcurrent", "repeated alias"),
        ("海淀区\tcounty\t北京市\t海淀区\tcurrent", "alias equals name"),
    ],
)
def test_check_places_flags_bad_rows(row: str, fragment: str) -> None:
    rows = read_rows("北京市\tprovince\t中国\t北京\tcurrent\n" + row + "\n")
    problems = check_places(rows, DIVISION_LEVELS, {"中国"}, {"country"})
    assert any(fragment in p for p in problems), problems


def test_check_places_accepts_good_rows() -> None:
    rows = read_rows("北京市\tprovince\t中国\t北京\tcurrent\n崇文区\tcounty\t北京市\t崇文\tformer\n")
    assert check_places(rows, DIVISION_LEVELS, {"中国"}, {"country"}) == []


# ---------------------------------------------------------------- the shipped files


@pytest.mark.parametrize(
    "name, ncols",
    [("world_places.tsv", 5), ("surnames.txt", 2), ("roles.txt", 2), ("divisions.tsv", 5), ("scope_words.tsv", 2), ("trade_short_forms.tsv", 2), ("head_short_forms.tsv", 2), ("bank_short_forms.tsv", 2), ("trade_staff_words.tsv", 2), ("said_verbs.txt", 1), ("after_name_words.txt", 1), ("visit_verbs.txt", 1), ("arrival_words.tsv", 2), ("request_words.tsv", 2), ("venue_words.tsv", 2), ("leading_posts.txt", 1),
     ("institution_own_words.txt", 1), ("unit_acts.txt", 1), ("not_unit_starts.txt", 1), ("not_unit_words.txt", 1),
     ("federation_facilities.txt", 1), ("federation_unit_heads.txt", 1), ("place_named_heads.txt", 1), ("party_object_verbs.txt", 1),
     ("armed_services.txt", 1), ("ethnic_groups.txt", 1), ("genre_words.txt", 1), ("minority_name_parts.txt", 2),
     ("party_kind_words.txt", 1), ("place_name_tails.txt", 1), ("unit_kind_words.txt", 1), ("joined_field_heads.txt", 1), ("landmark_heads.txt", 1),
     ("unread_venue_heads.txt", 1), ("event_kind_endings.tsv", 2), ("entrant_part_nouns.tsv", 2), ("party_heads.txt", 1),
     ("union_body_kinds.tsv", 3), ("event_item_words.txt", 1), ("stage_holding_kinds.txt", 1), ("halt_words.txt", 1)],
)
def test_file_format(name: str, ncols: int) -> None:
    path = LEXICONS / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    text = path.read_bytes().decode("utf-8")  # raises on a non-UTF-8 file
    assert check_text(text, ncols) == []


def test_world_places_rows() -> None:
    text = (LEXICONS / "world_places.tsv").read_text(encoding="utf-8")
    div = LEXICONS / "divisions.tsv"
    outside = {"中国"} | (set(places(div)) if div.exists() else set())
    assert check_places(read_rows(text), WORLD_LEVELS, outside, {"continent", "region"}) == []


def test_world_places_structure() -> None:
    world = places(LEXICONS / "world_places.tsv")
    dup = [n for n, rs in world.items() if len(rs) > 1]
    assert dup == []  # one row per name: the loader keeps only the first
    level = {n: rs[0][1] for n, rs in world.items()}
    countries = [n for n, rs in world.items() if rs[0][1] == "country" and rs[0][4] == "current"]
    assert len(countries) >= 194  # UN members + 梵蒂冈 + 巴勒斯坦, less 中国 (in divisions.tsv)
    for n in countries:
        assert level[world[n][0][2]] == "continent", n
    for n, rs in world.items():
        if rs[0][1] == "state":
            assert level[rs[0][2]] == "country", n
    with_city = {rs[0][2] for rs in world.values() if rs[0][1] == "city"}
    assert sorted(set(countries) - with_city - CAPITAL_EXEMPT) == []
    assert sum(1 for rs in world.values() if rs[0][1] == "city") >= 400


def test_world_places_do_not_repeat_divisions() -> None:
    """A world place with the name of a Chinese division would be dropped by the loader."""
    div = set(places(divisions_path()))
    world = set(places(LEXICONS / "world_places.tsv"))
    assert sorted(div & world) == []


def test_division_rows() -> None:
    text = divisions_path().read_text(encoding="utf-8")
    assert check_places(read_rows(text), DIVISION_LEVELS, set(), {"country"}) == []


def test_division_structure() -> None:
    div = places(divisions_path())
    assert [r[1] for r in div["中国"]] == ["country"]
    assert "中华人民共和国" in div["中国"][0][3].split(",")
    provinces = {n for n, rs in div.items() for r in rs if r[1] == "province"}
    assert len(provinces) == 34
    for n, rs in div.items():
        assert len({(x[1], x[2]) for x in rs}) == len(rs), f"{n} repeated under one parent"
        for r in rs:
            if r[1] == "province":
                assert r[2] == "中国", n
            if r[1] == "prefecture":
                assert r[2] in provinces, n
            if r[1] == "county":
                assert any(p[1] in {"prefecture", "province"} for p in div.get(r[2], [])), n


@pytest.mark.parametrize(
    "name, level, parent, alias",
    [
        ("昌平区", "county", "北京市", "昌平"),
        ("海淀区", "county", "北京市", "海淀"),
        ("杭州市", "prefecture", "浙江省", "杭州"),
        ("贵州省", "province", "中国", "贵州"),
        ("内蒙古自治区", "province", "中国", "内蒙古"),
        ("香港特别行政区", "province", "中国", "香港"),
    ],
)
def test_division_spot_facts(name: str, level: str, parent: str, alias: str) -> None:
    rows = places(divisions_path()).get(name, [])
    assert any(r[1] == level and r[2] == parent and alias in r[3].split(",") for r in rows), rows


@pytest.mark.parametrize(
    "name, level, parent, alias, status",
    [
        ("美国", "country", "北美洲", "美利坚合众国", "current"),
        ("俄罗斯", "country", "欧洲", "俄罗斯联邦", "current"),
        ("朝鲜", "country", "亚洲", "", "current"),
        ("伦敦", "city", "英国", "", "current"),
        ("纽约", "city", "美国", "", "current"),
        ("釜山", "city", "韩国", "", "current"),
        ("加利福尼亚州", "state", "美国", "加州", "current"),
        ("北美洲", "continent", "", "北美", "current"),
        ("拉丁美洲", "region", "", "拉美", "current"),
        ("南斯拉夫", "country", "欧洲", "", "former"),
        ("汉城", "city", "韩国", "", "former"),
        ("扎伊尔", "country", "非洲", "", "former"),
    ],
)
def test_world_spot_facts(name: str, level: str, parent: str, alias: str, status: str) -> None:
    (row,) = places(LEXICONS / "world_places.tsv")[name]
    assert row[1:3] == [level, parent]
    assert row[4] == status
    if alias:
        assert alias in row[3].split(",")


@pytest.mark.parametrize("name", ["中国", "香港", "台湾", "中非", "德州", "俄", "美"])
def test_world_places_leave_out(name: str) -> None:
    """Chinese places live in divisions.tsv; clashing or one-character short forms are not listed."""
    world = places(LEXICONS / "world_places.tsv")
    aliases = {a for rs in world.values() for a in rs[0][3].split(",") if a}
    assert name not in world and name not in aliases


def test_surnames() -> None:
    rows = read_rows((LEXICONS / "surnames.txt").read_text(encoding="utf-8"))
    for n, (s, kind) in rows:
        assert kind in SURNAME_KINDS, f"line {n}"
        assert len(s) == SURNAME_KINDS[kind], f"line {n}: {s} is not {kind}"
        assert re.fullmatch(r"[\u4e00-\u9fff]+", s), f"line {n}"
    names = [s for _, (s, _) in rows]
    assert len(set(names)) == len(names)
    assert names[:10] == list("王李张刘陈杨黄赵吴周")  # commonest first
    kinds = Counter(k for _, (_, k) in rows)
    assert kinds["single"] >= 380 and kinds["compound"] >= 40
    # single surnames come before compound ones
    assert [k for _, (_, k) in rows] == sorted((k for _, (_, k) in rows), key=lambda k: k != "single")


@pytest.mark.parametrize(
    "surname, kind, present",
    [("欧阳", "compound", True), ("诸葛", "compound", True), ("司马", "compound", True),
     ("王", "single", True), ("萧", "single", True), ("过", "single", False), ("第五", "compound", False)],
)
def test_surname_spot_facts(surname: str, kind: str, present: bool) -> None:
    rows = {s: k for _, (s, k) in read_rows((LEXICONS / "surnames.txt").read_text(encoding="utf-8"))}
    assert (rows.get(surname) == kind) is present


def test_roles() -> None:
    rows = read_rows((LEXICONS / "roles.txt").read_text(encoding="utf-8"))
    assert all(c in ROLE_CATEGORIES for _, (_, c) in rows)
    words = [w for _, (w, _) in rows]
    assert len(set(words)) == len(words)  # one category per word
    assert len(words) >= 300
    assert set(Counter(c for _, (_, c) in rows)) == ROLE_CATEGORIES


@pytest.mark.parametrize(
    "role, category",
    [
        ("主席", "leader"), ("常务副主席", "leader"), ("党组副书记", "leader"), ("村支书", "leader"),
        ("总统", "leader"), ("工程师", "profession"), ("总工程师", "profession"),
        ("高级技师", "profession"), ("记者", "profession"), ("劳模", "honour"),
        ("大国工匠", "honour"), ("五一劳动奖章获得者", "honour"), ("职工", "identity"),
        ("外卖骑手", "identity"), ("农民工", "identity"),
    ],
)
def test_role_spot_facts(role: str, category: str) -> None:
    rows = dict(c for _, c in read_rows((LEXICONS / "roles.txt").read_text(encoding="utf-8")))
    assert rows[role] == category
