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
from .listed_lines import NOT_THIS_PART, aid_list_event, opens_an_aid_list
from ..lexicon import Lexicons, load_lexicons, words_by_kind
from ..names import LIST_END, name_shaped
from .prerequisites import needs

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
    """(header, row) for each row of the text's tables (``_tables``) that lies inside the sentence."""
    for header, rows in _tables(c.text):
        for row in rows:
            if c.sentence.start <= row[0][0] and row[-1][1] <= c.sentence.end:
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
        places, bodies = _column(header, header_roles()["place"]), _column(header, header_roles()["body"])
        if places < 0 or bodies < 0:
            continue
        body = _filling(c, row[bodies])
        place = _whole(c, row[places], lambda m: m.type == "Place")
        if body is not None and place is not None:
            yield body, "locatedIn", place, "table-place-column"


@needs("org", words="|")
def unit_column(c: Context) -> Iterator[Found]:
    """| 1 | 某某劳模创新工作室 | 某某有限公司 | under | 序号 | 工作室名称 | 所在单位 |: the unit of a row is
    a unit of the body of its row (``table-unit-column``); each cell must hold the name whole."""
    for header, row in _headed_rows(c):
        units, parents = _column(header, header_roles()["unit"]), _column(header, header_roles()["parent"])
        if units < 0 or parents < 0:
            continue
        unit = _filling(c, row[units])
        parent = _filling(c, row[parents])
        if unit is not None and parent is not None and unit.key != parent.key:
            yield unit, "subOrganizationOf", parent, "table-unit-column"


#: the end of the line a table of people follows: it introduces the table (获奖名单如下：, 测评结果如下：)
_INTRODUCES = re.compile(r"[：:]\s*$")
#: on the line introducing a table of people: words saying they took part (获奖名单, 参赛选手, 测评结果)
_TOOK_PART = re.compile(r"获奖|获得|荣获|得主|获评|参赛|选手|参加|参与|入选|入围|述职|测评|评议|结果|成绩|名次|排名|表彰|晋级"
                        r"|[一二三特]等奖|[金银铜]奖|优秀奖|作品")
#: the results of an assessment or a selection (考核结果, 评选结果): of the units or people assessed, who took
#: part in nothing the report tells of, unless the line says they entered (参加, 参赛)
_ASSESSED = re.compile(r"(?:考核|考评|评选|评估|评定|验收)结果")
_ENTERED = re.compile(r"参加|参赛|参与")
#: the judging the results came from (经专家评审，获奖名单如下：): no judges' list
_JUDGED_BY = re.compile(r"经(?:过)?[^，。；：]{0,6}$")


def _event_of_the_table(c: Context, header: list[str]) -> Mention | None:
    """The event a table of people tells of: the one event the line introducing it names (某大赛获奖名单如下：),
    else the report's event named before it; for a list of aid recipients (部分受助职工名单如下：) the campaign
    that aided them (``listed_lines.aid_list_event``); none when no line ending in a colon introduces the table, or
    neither the line nor the ``header`` says the people took part, or the line says they took none in it."""
    text = c.text
    start = _table_start(text, c.sentence.start)
    line_end = start
    while line_end > 0 and text[line_end - 1].isspace():  # (back over the blank lines before the table)
        line_end -= 1
    line_start = text.rfind("\n", 0, line_end) + 1
    if not _INTRODUCES.search(text, line_start, line_end):
        return None
    if opens_an_aid_list(text, line_start):  # (部分受助职工名单如下：: the campaign that aided them, not 去年's)
        return aid_list_event(c, line_start)
    if any(not _JUDGED_BY.search(text, line_start, no.start()) for no in NO_PART_SAID.finditer(text, line_start, line_end)) \
            or NOT_THIS_PART.search(text, line_start, line_end):
        return None  # (another time, a plan, officials or absentees)
    took_part = _TOOK_PART.search(text, line_start, line_end) or any(header_roles()["took_part"].fullmatch(h) for h in header)
    if not took_part or _ASSESSED.search(text, line_start, line_end) and not _ENTERED.search(text, line_start, line_end):
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
    (``table-team-column``: 某区代表队, 某服务总队); under a header of who leads the row's unit
    (| 某某创新工作室 | 某公司 | 方某 | under | 工作室名称 | 所在单位 | 领衔人 |) the person works for the
    unit too (``table-leader-column``); each cell must hold the name whole."""
    roles = header_roles()
    events: dict[tuple[str, ...], Mention | None] = {}  # (one table, one header: its event read once)
    for header, row in _headed_rows(c):
        people = _column(header, roles["person"])
        if people < 0:
            continue
        cell = _name_of_the_cell(row[people])
        if roles["if_named"].fullmatch(header[people]) and not name_shaped(cell[2], load_lexicons()):
            continue  # (负责人: a post, 林主任, or a department, 党办, as often as a name)
        person = _whole(c, cell, lambda m: m.type == "Person")
        if person is None:
            continue
        employers = _column(header, roles["employer"])
        body = _filling(c, row[employers]) if employers >= 0 else None
        if body is not None and is_team(body):
            yield person, "memberOf", body, "table-team-column"  # (a team or a delegation one belongs to)
        elif body is not None:
            yield person, "worksFor", body, "table-employer-column"
        units = _column(header, roles["unit"]) if roles["leader"].fullmatch(header[people]) else -1
        unit = _filling(c, row[units]) if units >= 0 else None
        if unit is not None and (body is None or unit.key != body.key):
            yield person, "worksFor", unit, "table-leader-column"  # (who leads a unit holds an office in it)
        key = tuple(header)
        if key not in events:
            events[key] = _event_of_the_table(c, header)
        event = events[key]
        if event is not None:
            yield person, "participatesIn", event, "table-person-column"


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
    for header, rows in _tables(text):
        people = _column(header, roles["person"])
        if people < 0:
            continue
        for row in rows:
            start, _, cell = row[people]
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
    for header, rows in _tables(text):
        units = _column(header, unit_header)
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
def _tables(text: str) -> tuple[tuple[list[str], list[list[Cell]]], ...]:
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


def _name_of_the_cell(cell: Cell) -> Cell:
    """A person cell with a 等 glued to its name left off (| 王某等 |: the first of a team, ``names.name_shaped``)."""
    start, end, text = cell
    name = text[: -len(LIST_END)] if text.endswith(LIST_END) and len(text) > 2 else text
    return start, start + len(name), name


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
