r"""The tables a page gives, read as the recognisers and the relation rules both need them (a markdown
table, or one printed without outer bars): each table's header and rows (``tables_of``), the role each
header word says its column holds (``header_roles``, from ``table_column_headers.tsv``), and the cells the
recognisers read whole: the names in columns of people (``person_cells``: | 黄某生 | under | 职工姓名 | is
a person, no city 黄石) and the units in columns of units (``unit_cells``: | 于某某工匠创新工作室 | under
| 工作室名称 |). The relations a row states are ``relations/tables.py``'s.

A page's reader may join a table's lines into one (``| 序号 | 单位名称 ||---|---|| 1 | 某工会 |``): two bars
with nothing or only a line break between them end a row, either way.

>>> [h for h, _ in tables_of("| 姓名 | 工作单位 |\n|---|---|\n| 王某 | 某公司 |\n")]
[['姓名', '工作单位']]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .lexicon import Lexicons, words_by_kind
from .names import name_shaped

#: the lexicon of a table's header words and the role of each (``table_column_headers.tsv``)
_HEADERS_LEXICON = "table_column_headers.tsv"
_HEADER_KINDS = ("person", "took_part", "leader", "leader_if_named", "not_name", "place", "place_whole", "place_prefix",
                 "body_head", "body_whole", "name_suffix", "unit", "parent_prefix", "employer_prefix", "employer_head")


def _any(words: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


@functools.lru_cache(maxsize=1)
def header_roles() -> dict[str, re.Pattern[str]]:
    """Each role a column may hold, and the pattern its header fits whole, from the lexicon: ``place``
    (所属县区: the places the bodies of the rows are in), ``body`` (单位名称), ``unit`` (工作室名称: units of
    the row's body), ``parent`` (所在单位: the body a row's unit belongs to), ``person`` (姓名, 职工姓名,
    领衔人), ``took_part`` (获奖者: people who took part), ``leader`` (领衔人: who leads the row's unit),
    ``employer`` (工作单位: where a row's person works), ``not_name`` (合计: a person cell naming no one)."""
    w = words_by_kind(_HEADERS_LEXICON, _HEADER_KINDS)
    suffix = _any(w["name_suffix"])
    return {name: re.compile(pattern) for name, pattern in {
        "place": f"{_any(w['place_prefix'])}?{_any(w['place'])}|{_any(w['place_whole'])}",
        "body": f"[\u4e00-\u9fff]{{0,4}}{_any(w['body_head'])}{suffix}?|{_any(w['body_whole'])}",
        "unit": f"{_any(w['unit'])}{suffix}",
        "parent": f"{_any(w['parent_prefix'])}{_any(w['employer_head'])}{suffix}?",
        "person": _any(w["person"] + w["leader"] + w["leader_if_named"]),
        "took_part": _any(w["took_part"]),
        "leader": _any(w["leader"] + w["leader_if_named"]),
        "if_named": _any(w["leader_if_named"]),
        "employer": f"{_any(w['employer_prefix'])}?{_any(w['employer_head'])}{suffix}?",
        "not_name": _any(w["not_name"]),
    }.items()}


_RULE_CELL = re.compile(r":?-{2,}:?")


Cell = tuple[int, int, str]


@functools.lru_cache(maxsize=16)
def _all_rows(text: str, start: int) -> tuple[tuple[tuple[int, Cell], ...], ...]:
    """The rows of the table text from ``start`` on, each a tuple of cells (where the bar closing
    the cell stands, and the cell: offsets of its text stripped, and the text): parsed once for all
    the sentences of a table, not again for each."""
    bars = [m.start() for m in re.finditer(r"\|", text[start:])]
    rows: list[tuple[tuple[int, Cell], ...]] = []
    row: list[tuple[int, Cell]] = []
    for a, b in zip(bars, bars[1:]):
        raw = text[start + a + 1 : start + b]
        if raw == "" or not raw.strip() and "\n" in raw:
            if row:
                rows.append(tuple(row))
            row = []
            continue
        lead = len(raw) - len(raw.lstrip())
        cell = raw.strip()
        row.append((start + b, (start + a + 1 + lead, start + a + 1 + lead + len(cell), cell)))
    if row:
        rows.append(tuple(row))
    return tuple(rows)


def _rows(text: str, start: int, end: int) -> list[list[Cell]]:
    """The rows of the table text in ``text[start:end]``, each a list of cells (offsets of the
    cell's text stripped, and the text): the cells closed before ``end``."""
    rows: list[list[Cell]] = []
    for row in _all_rows(text, start):
        cells = [cell for bar, cell in row if bar < end]
        if cells:
            rows.append(cells)
        if len(cells) < len(row):
            break  # (the rest of the text is past ``end``)
    return rows


#: a line of a table printed without outer bars: three cells or more, parted by bars
_BARLESS_LINE = re.compile(r"[^|\n]+(?:\|[^|\n]+){2,}")


def _barless_lines(text: str, at: int) -> list[list[Cell]]:
    """The lines of the table printed without outer bars that holds offset ``at`` (each a list of
    cells), from its first line, when ``at``'s line is one: a run of lines of the same count of cells."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if not _BARLESS_LINE.fullmatch(text, line_start, line_end):
        return []
    start = line_start
    while start > 0:  # (back to the table's first line)
        prev = text.rfind("\n", 0, start - 1) + 1
        if not _BARLESS_LINE.fullmatch(text, prev, start - 1):
            break
        start = prev
    lines: list[list[Cell]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not _BARLESS_LINE.fullmatch(text, pos, end):
            break
        cells: list[Cell] = []
        for part in re.finditer(r"[^|]+", text[pos:end]):
            raw = part.group()
            lead = len(raw) - len(raw.lstrip())
            cell = raw.strip()
            cells.append((pos + part.start() + lead, pos + part.start() + lead + len(cell), cell))
        if lines and len(cells) != len(lines[0]):
            break
        lines.append(cells)
        pos = end + 1
    return lines


def column(header: list[str], pattern: re.Pattern[str]) -> int:
    """The one column whose header ``pattern`` fits whole, or -1 (none, or more than one)."""
    found = [j for j, h in enumerate(header) if pattern.fullmatch(h)]
    return found[0] if len(found) == 1 else -1


def columns(header: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Every column whose header ``pattern`` fits whole (| 师傅 | 单位 | 徒弟 |: two columns of people)."""
    return [j for j, h in enumerate(header) if pattern.fullmatch(h)]


def names_of_the_cell(cell: Cell) -> list[Cell]:
    """The parts of a cell listing names parted by 、 (| 陈某、付某 |), each a cell of its own."""
    start, _, text = cell
    return [(start + m.start(), start + m.end(), m.group()) for m in re.finditer(r"[^、]+", text)]


def person_cells(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Where the names stand in the person columns of the text's tables (| 黄某生 | 某公司 | under
    | 职工姓名 | 工作单位 |): the cells shaped as a person's name (``names.name_shaped``: a surname and one or
    two given characters, 等 left off) under a header of people, whatever else their characters could be
    read as (黄石 a city); not a team (猛虎队), a place (马岭县), a post (林主任) nor a cell naming no one
    (合计). The recognisers take each for a person's name (``persons.find_persons``); other cells keep
    the recognisers' own reading."""
    if "|" not in text:
        return []
    roles = header_roles()
    out: list[tuple[int, int]] = []
    for header, rows in tables_of(text):
        for people in columns(header, roles["person"]):
            for row in rows:
                for start, _, cell in names_of_the_cell(row[people]):  # (| 陈某、付某 |: a name each)
                    name = name_shaped(cell, lex) if not roles["not_name"].fullmatch(cell) else ""
                    if name:
                        out.append((start, start + len(name)))
    return out


@functools.lru_cache(maxsize=1)
def _unit_kinds() -> list[str]:
    """The kinds of unit a header names (``unit`` of the lexicon), longest first."""
    return sorted(words_by_kind(_HEADERS_LEXICON, ("unit",))["unit"], key=len, reverse=True)


def unit_cells(text: str) -> list[tuple[int, int, str]]:
    """Where the names stand in the columns of units of the text's tables, and the kind of unit the
    header names (| 于某某工匠创新工作室 | under | 工作室名称 |: ``工作室``): each cell that ends in that kind holds
    one unit's name whole, whatever a word inside it could open or end (于 a preposition, 时 a time); a cell
    listing units parted by 、 holds one name each part. The recognisers take each for a unit's name when
    it holds a word of its own, no bare kind (``orgs.find_organisations``: 劳模创新工作室 is none)."""
    if "|" not in text:
        return []
    unit_header = header_roles()["unit"]
    kinds = _unit_kinds()
    out: list[tuple[int, int, str]] = []
    for header, rows in tables_of(text):
        units = column(header, unit_header)
        if units < 0:
            continue
        kind = next(k for k in kinds if header[units].startswith(k))
        for row in rows:
            start, _, cell = row[units]
            for part in re.finditer(r"[^、]+", cell):  # (two units in one cell: 某某工作室、某某工作室)
                name = part.group()
                if name.endswith(kind) and len(name) - len(kind) >= 2 and "|" not in name:
                    out.append((start + part.start(), start + part.end(), kind))
    return out


@functools.lru_cache(maxsize=16)
def tables_of(text: str) -> tuple[tuple[list[str], list[list[Cell]]], ...]:
    """(header, rows under it) of each table of the text, read once for all its sentences and rules (the
    lists are shared: not to be changed)."""
    return tuple(_read_tables(text))


def _read_tables(text: str) -> Iterator[tuple[list[str], list[list[Cell]]]]:
    """(header, rows under it) of each table of the text: a run of lines opening with a bar, its header
    the row before a rule row; a table printed without outer bars, its header its first line."""
    pos = 0
    while True:
        at = text.find("|", pos)
        if at < 0:
            return
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:at].strip() == "":  # (a table with outer bars: to the end of its run of lines)
            end = line_end
            while end < len(text):
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                if not text[end + 1 : nxt].lstrip().startswith("|"):
                    break
                end = nxt
            header: list[str] | None = None
            body: list[list[Cell]] = []
            rows = _rows(text, line_start, end + 1)
            for k, row in enumerate(rows):
                if k and all(_RULE_CELL.fullmatch(cell) for _, _, cell in row):
                    if body and body[-1] is rows[k - 1]:
                        body.pop()  # (the next table's header, not a row of this one)
                    if header is not None and body:
                        yield header, body
                    header, body = [cell for _, _, cell in rows[k - 1]], []
                elif header is not None and len(row) == len(header):
                    body.append(row)
            if header is not None and body:
                yield header, body
            pos = end + 1
            continue
        lines = _barless_lines(text, at)
        if len(lines) >= 2 and lines[0][0][0] >= line_start:
            yield [cell for _, _, cell in lines[0]], lines[1:]
            pos = lines[-1][-1][1] + 1
        else:
            pos = line_end + 1
