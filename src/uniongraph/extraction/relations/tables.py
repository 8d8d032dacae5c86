"""Relations read from the columns of a table a page gives (a markdown table): the header names
what each column holds, so a row ties the names in its cells. A column of places headed
所属县区/所在地 beside a column of bodies headed 单位名称 places each body (``locatedIn``).

The tables themselves, their headers' roles and the cells the recognisers read whole are
``extraction/table_cells.py``'s (below both the recognisers and these rules). A column of units headed 工作室名称 (班组名称, 服务队名称) beside a column headed
所在单位 (所属单位, 依托单位) makes each unit a unit of its row's body (``subOrganizationOf``). A
column of people headed 姓名/作者 beside one headed 工作单位 ties each person to the row's body
(``worksFor``, ``memberOf`` for a team), and in a table a line introduces (获奖名单如下：) to the
event it tells of (``participatesIn``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found, is_org, is_team
from .event_references import NO_PART_SAID
from .listed_lines import NOT_THIS_PART, aid_list_event, opens_an_aid_list
from ..lexicon import load_lexicons
from ..names import LIST_END, name_shaped
from ..table_cells import Cell, column, columns, header_roles, names_of_the_cell, tables_of
from .prerequisites import needs


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
    for header, rows in tables_of(c.text):
        for row in rows:
            if c.sentence.start <= row[0][0] and row[-1][1] <= c.sentence.end:
                yield header, row


@needs("org", "Place", words="|")
def place_column(c: Context) -> Iterator[Found]:
    """| 3 | 南岭镇总工会 | 北湖区 | under | 序号 | 单位名称 | 所属县区 |: the body of a row is in the place
    of its row (``table-place-column``); the cell must hold the name whole, nothing else."""
    for header, row in _headed_rows(c):
        places, bodies = column(header, header_roles()["place"]), column(header, header_roles()["body"])
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
        units, parents = column(header, header_roles()["unit"]), column(header, header_roles()["parent"])
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
                        r"|(?:现场)?(?:领取|领到)(?:了)?"  # (职工代表现场领取了互助金：: awarded at the occasion)
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
        for people in columns(header, roles["person"]):  # (| 师傅 | 单位 | 徒弟 |: each column of people)
            for cell in names_of_the_cell(row[people]):  # (| 陈某、付某 |: each name of the cell)
                yield from _person_of_the_row(c, header, row, people, cell, events)


def _employer_column(header: list[str], people: int) -> int:
    """The column of workplaces of the people of column ``people``: the one of the header; with two columns of
    people (| 师傅 | 单位 | 徒弟 |), only the one right after them (the masters' units, not the apprentices')."""
    roles = header_roles()
    employers = column(header, roles["employer"])
    if len(columns(header, roles["person"])) > 1 and employers != people + 1:
        return -1
    return employers


def _person_of_the_row(c: Context, header: list[str], row: list[Cell], people: int, cell: Cell,
                       events: dict[tuple[str, ...], Mention | None]) -> Iterator[Found]:
    """``person_column``'s relations of the person named in ``cell`` of column ``people``."""
    roles = header_roles()
    cell = _name_of_the_cell(cell)
    if roles["if_named"].fullmatch(header[people]) and not name_shaped(cell[2], load_lexicons()):
        return  # (负责人: a post, 林主任, or a department, 党办, as often as a name)
    person = _whole(c, cell, lambda m: m.type == "Person")
    if person is None:
        return
    employers = _employer_column(header, people)
    body = _filling(c, row[employers]) if employers >= 0 else None
    if body is not None and is_team(body):
        yield person, "memberOf", body, "table-team-column"  # (a team or a delegation one belongs to)
    elif body is not None:
        yield person, "worksFor", body, "table-employer-column"
    units = column(header, roles["unit"]) if roles["leader"].fullmatch(header[people]) else -1
    unit = _filling(c, row[units]) if units >= 0 else None
    if unit is not None and (body is None or unit.key != body.key):
        yield person, "worksFor", unit, "table-leader-column"  # (who leads a unit holds an office in it)
    key = tuple(header)
    if key not in events:
        events[key] = _event_of_the_table(c, header)
    event = events[key]
    if event is not None:
        yield person, "participatesIn", event, "table-person-column"


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
