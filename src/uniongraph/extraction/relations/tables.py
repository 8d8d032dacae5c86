"""Relations read from the columns of a table a page gives (a markdown table): the header names
what each column holds, so a row ties the names in its cells. A column of places headed
所属县区/所在地 beside a column of bodies headed 单位名称 places each body (``locatedIn``).

A page's reader may join a table's lines into one (``| 序号 | 单位名称 ||---|---|| 1 | 某工会 |``):
two bars with nothing or only a line break between them end a row, either way."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .context import Context, Found, is_org
from .prerequisites import needs

#: a header of a column of the places the bodies of a row are in (所属县区, 所在地区, 县（市、区）)
_PLACE_HEADER = re.compile(r"(?:所属|所在)?(?:县区|区县|县市区|县（市、区）|县\(市、区\)|市州|地市|地区|城市|区域)|属地|所在地|所属地")
#: a header of a column of bodies (单位名称, 企业名称, 工会名称, 单位)
_BODY_HEADER = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:单位|企业|工会|机构|组织)(?:名称|全称)?|名称)")
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


def _table_start(text: str, at: int) -> int:
    """Where the run of table lines holding offset ``at`` opens (lines that start with a bar)."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev : start - 1].lstrip().startswith("|"):
            break
        start = prev
    return start


@needs("org", "Place", words="|")
def place_column(c: Context) -> Iterator[Found]:
    """| 3 | 南岭镇总工会 | 北湖区 | under | 序号 | 单位名称 | 所属县区 |: the body of a row is in the place
    of its row (``table-place-column``); the cell must hold the name whole, nothing else."""
    text = c.text
    start = _table_start(text, c.sentence.start)
    if not text[start : c.sentence.end].lstrip().startswith("|"):
        return
    rows = _rows(text, start, c.sentence.end)
    header: list[str] | None = None
    places = bodies = -1
    for k, row in enumerate(rows):
        if k and all(_RULE_CELL.fullmatch(cell) for _, _, cell in row):
            header = [cell for _, _, cell in rows[k - 1]]
            found_places = [j for j, h in enumerate(header) if _PLACE_HEADER.fullmatch(h)]
            found_bodies = [j for j, h in enumerate(header) if _BODY_HEADER.fullmatch(h)]
            places, bodies = (found_places[0], found_bodies[0]) if len(found_places) == len(found_bodies) == 1 else (-1, -1)
            continue
        if header is None or places < 0 or len(row) != len(header) or row[0][0] < c.sentence.start:
            continue
        body = _whole(c, row[bodies], is_org)
        place = _whole(c, row[places], lambda m: m.type == "Place")
        if body is not None and place is not None:
            yield body, "locatedIn", place, "table-place-column"


def _whole(c: Context, cell: Cell, test) -> object:  # type: ignore[no-untyped-def]
    """The mention that fills ``cell`` whole and passes ``test``, if one does."""
    return next((m for m in c.mentions if m.start == cell[0] and m.end == cell[1] and test(m)), None)
