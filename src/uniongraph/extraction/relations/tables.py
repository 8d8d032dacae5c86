"""Relations read from the columns of a table a page gives (a markdown table): the header names
what each column holds, so a row ties the names in its cells. A column of places headed
所属县区/所在地 beside a column of bodies headed 单位名称 places each body (``locatedIn``).

A page's reader may join a table's lines into one (``| 序号 | 单位名称 ||---|---|| 1 | 某工会 |``):
two bars with nothing or only a line break between them end a row, either way. A page may also print
a table with no outer bars and no rule row (``序号 | 工作室名称 | 所在单位``, one row a line): its first
line is the header. A column of units headed 工作室名称 (班组名称, 服务队名称) beside a column headed
所在单位 (所属单位, 依托单位) makes each unit a unit of its row's body (``subOrganizationOf``). A
column of people headed 姓名/作者 beside one headed 工作单位 ties each person to the row's body
(``worksFor``, ``memberOf`` for a team), and in a table a line introduces (获奖名单如下：) to the
event it tells of (``participatesIn``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found, is_org, is_team
from .event_references import NO_PART_SAID, ONCE_OR_EARLIER
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


def _headed_rows(c: Context) -> Iterator[tuple[list[str], list[Cell]]]:
    """(header, row) for each row of the table the sentence is in that closes inside the sentence,
    under its header: the row before a rule row, or the first line of a table printed without outer
    bars and rule rows."""
    text = c.text
    start = _table_start(text, c.sentence.start)
    if text[start : c.sentence.end].lstrip().startswith("|"):
        rows = _rows(text, start, c.sentence.end)
        header: list[str] | None = None
        for k, row in enumerate(rows):
            if k and all(_RULE_CELL.fullmatch(cell) for _, _, cell in row):
                header = [cell for _, _, cell in rows[k - 1]]
                continue
            if header is not None and len(row) == len(header) and row[0][0] >= c.sentence.start:
                yield header, row
        return
    lines = _barless_lines(text, c.sentence.start)
    if len(lines) < 2:
        return
    header = [cell for _, _, cell in lines[0]]
    for row in lines[1:]:
        if len(row) == len(header) and c.sentence.start <= row[0][0] and row[-1][1] <= c.sentence.end:
            yield header, row


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


def _column(header: list[str], pattern: re.Pattern[str]) -> int:
    """The one column whose header ``pattern`` fits whole, or -1 (none, or more than one)."""
    found = [j for j, h in enumerate(header) if pattern.fullmatch(h)]
    return found[0] if len(found) == 1 else -1


@needs("org", "Place", words="|")
def place_column(c: Context) -> Iterator[Found]:
    """| 3 | 南岭镇总工会 | 北湖区 | under | 序号 | 单位名称 | 所属县区 |: the body of a row is in the place
    of its row (``table-place-column``); the cell must hold the name whole, nothing else."""
    for header, row in _headed_rows(c):
        places, bodies = _column(header, _PLACE_HEADER), _column(header, _BODY_HEADER)
        if places < 0 or bodies < 0:
            continue
        body = _filling(c, row[bodies])
        place = _whole(c, row[places], lambda m: m.type == "Place")
        if body is not None and place is not None:
            yield body, "locatedIn", place, "table-place-column"


#: a header of a column of units of bodies (工作室名称, 班组名称, 服务队名称)
_UNIT_HEADER = re.compile(r"(?:工作室|班组|服务队|志愿服务队|突击队|车间|项目部)(?:名称|全称)")
#: a header of the column of the bodies the units are of (所在单位, 所属单位, 依托单位)
_PARENT_HEADER = re.compile(r"(?:所在|所属|依托|隶属)(?:单位|企业)(?:名称|全称)?")


@needs("org", words="|")
def unit_column(c: Context) -> Iterator[Found]:
    """| 1 | 某某劳模创新工作室 | 某某有限公司 | under | 序号 | 工作室名称 | 所在单位 |: the unit of a row is
    a unit of the body of its row (``table-unit-column``); each cell must hold the name whole."""
    for header, row in _headed_rows(c):
        units, parents = _column(header, _UNIT_HEADER), _column(header, _PARENT_HEADER)
        if units < 0 or parents < 0:
            continue
        unit = _filling(c, row[units])
        parent = _filling(c, row[parents])
        if unit is not None and parent is not None and unit.key != parent.key:
            yield unit, "subOrganizationOf", parent, "table-unit-column"


#: a header of a column of people (姓名, 作者, 述职人, 获奖者)
_PERSON_HEADER = re.compile(r"姓名|作者|述职人|获奖人|获奖者|获奖职工|选手|参赛选手|完成人")
#: a header of the column of the bodies the row's person works at or holds office in (工作单位, 所在单位,
#: 述职单位); not 推荐单位 (the body that nominates), 主办单位
_EMPLOYER_HEADER = re.compile(r"(?:工作|所在|述职)?(?:单位|企业)(?:名称|全称)?")
#: the end of the line a table of people follows: it introduces the table (获奖名单如下：, 测评结果如下：)
_INTRODUCES = re.compile(r"[：:]\s*$")
#: a header of a column of people that says they took part (述职人, 获奖者, 参赛选手)
_TOOK_PART_HEADER = re.compile(r"述职人|获奖人|获奖者|获奖职工|选手|参赛选手")
#: on the line introducing a table of people: words saying they took part (获奖名单, 参赛选手, 测评结果)
_TOOK_PART = re.compile(r"获奖|获得|荣获|得主|获评|参赛|选手|参加|参与|入选|入围|述职|测评|评议|结果|成绩|名次|排名|表彰|晋级"
                        r"|[一二三特]等奖|[金银铜]奖|优秀奖|作品")
#: … and words saying they did not, or not in the event reported: its officials and absentees (评委会名单,
#: NO_PART_SAID), its contacts (咨询联系人), another edition or a time to come (上届, 往届, 下一届, 拟邀请,
#: 将代表…参加明年举行的…; not 将 as 把: 现将获奖名单公布如下)
_NOT_THIS_PART = re.compile(ONCE_OR_EARLIER + r"|上届|上一届|往届|历届|下届|下一届|明年|拟|计划|联系"
                            r"|将(?:要)?(?=于|在|赴|参加|代表|出席|前往|举行|举办|进行|开展)")
#: the judging the results came from (经专家评审，获奖名单如下：): no judges' list
_JUDGED_BY = re.compile(r"经(?:过)?[^，。；：]{0,6}$")


def _event_of_the_table(c: Context, header: list[str]) -> Mention | None:
    """The event a table of people tells of: the one event the line introducing it names (某大赛获奖名单如下：),
    else the report's event named before it; none when no line ending in a colon introduces the table, or
    neither the line nor the ``header`` says the people took part, or the line says they took none in it."""
    text = c.text
    start = _table_start(text, c.sentence.start)
    line_end = start
    while line_end > 0 and text[line_end - 1].isspace():  # (back over the blank lines before the table)
        line_end -= 1
    line_start = text.rfind("\n", 0, line_end) + 1
    if not _INTRODUCES.search(text, line_start, line_end):
        return None
    if not (_TOOK_PART.search(text, line_start, line_end) or any(_TOOK_PART_HEADER.fullmatch(h) for h in header)) \
            or any(not _JUDGED_BY.search(text, line_start, no.start()) for no in NO_PART_SAID.finditer(text, line_start, line_end)) \
            or _NOT_THIS_PART.search(text, line_start, line_end):
        return None
    named = {m.key: m for m in c.article.mentions if m.type == "Event" and line_start <= m.start and m.end <= line_end}
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    main = c.main_event
    return main if main is not None and not main.congress and main.end <= line_start else None


@needs("Person", words="|")
def person_column(c: Context) -> Iterator[Found]:
    """| 方某 | 某公司 | under | 作者 | 工作单位 |, in a table a line introduces (获奖名单如下：) in the report
    of an event: the person of a row takes part in the event (``table-person-column``) and works for the
    body of its row's column of workplaces (``table-employer-column``), or belongs to the team there
    (``table-team-column``: 某区代表队, 某服务总队); each cell must hold the name whole."""
    events: dict[tuple[str, ...], Mention | None] = {}  # (one table, one header: its event read once)
    for header, row in _headed_rows(c):
        people = _column(header, _PERSON_HEADER)
        if people < 0:
            continue
        person = _whole(c, row[people], lambda m: m.type == "Person")
        if person is None:
            continue
        employers = _column(header, _EMPLOYER_HEADER)
        body = _filling(c, row[employers]) if employers >= 0 else None
        if body is not None and is_team(body):
            yield person, "memberOf", body, "table-team-column"  # (a team or a delegation one belongs to)
        elif body is not None:
            yield person, "worksFor", body, "table-employer-column"
        key = tuple(header)
        if key not in events:
            events[key] = _event_of_the_table(c, header)
        event = events[key]
        if event is not None:
            yield person, "participatesIn", event, "table-person-column"


def _whole(c: Context, cell: Cell, test) -> object:  # type: ignore[no-untyped-def]
    """The mention that fills ``cell`` whole and passes ``test``, if one does."""
    return next((m for m in c.mentions if m.start == cell[0] and m.end == cell[1] and test(m)), None)


def _filling(c: Context, cell: Cell) -> object:  # type: ignore[no-untyped-def]
    """The body that fills ``cell``: whole, or from a place's name or a quote mark on that opens the cell
    (曲靖|珠源汽车零部件有限公司, the city read apart; “马龙之光”职工创新工作室)."""
    whole = _whole(c, cell, is_org)
    if whole is not None:
        return whole
    body = next((m for m in c.mentions if is_org(m) and cell[0] < m.start and m.end == cell[1]), None)
    if body is None:
        return None
    covered = cell[0]
    for m in c.mentions:  # (the places before the body, one after another)
        if m.type == "Place" and m.start == covered and m.end <= body.start:
            covered = m.end
    return body if c.text[covered : body.start].strip("“”\"") == "" else None
