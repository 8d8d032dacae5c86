"""The lines of a list that a sentence of the report introduces (``部分走访对象如下：`` then
``南岭区　王某（某公司职工，…）`` a line each; ``决定对以下单位和个人予以通报表扬：`` then
``一、优秀组织单位`` / ``A、B、C``): whom the reported activity visited, whom it commended. Each
listed name took part in the activity (``participatesIn``), the one the article reports, named
before the list; a list of aid recipients, in the campaign the handing-out occasion belongs to. A body in a
person's brackets is where the person works (people.py), no member. The name a list line opens with is a
person's whatever else its characters read as (``list_line_names``, read by the recognisers)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Mention
from ..lexicon import Lexicons, scope_words, words_by_kind
from ..names import DIVISION_LEVEL_CHARS, name_shaped
from .context import Context, Found, is_org, is_team
from .event_references import ONCE_OR_EARLIER
from .prerequisites import needs

#: on the line introducing a list or a table of people: words saying they took no part in the event reported,
#: or not now: another edition or a time to come (上届, 去年, 下一批, 拟邀请, 将代表…参加明年举行的…; not 将 as
#: 把: 现将获奖名单公布如下), or its contacts (咨询联系人)
NOT_THIS_PART = re.compile(ONCE_OR_EARLIER + r"|上届|上一届|往届|历届|下届|下一届|下一批|下批|明年|拟|计划|联系"
                           r"|将(?:要)?(?=于|在|赴|参加|代表|出席|前往|举行|举办|进行|开展)")
#: the line that opens a list of those the activity visited or helped (部分走访对象如下：)
_VISITED_INTRO = re.compile(r"(?:走访|慰问|帮扶|看望|探望|救助|资助|受助|受资助)(?:的)?(?:对象|职工|家庭|学生)[^。\n]{0,12}(?:如下|名单)[：:]\s*$")
#: the line that opens a list of those the activity commends (决定对以下单位和个人予以通报表扬：)
_COMMENDED_INTRO = re.compile(r"对(?:以下|下列)[^。\n]{0,12}(?:单位|集体|个人)[^。\n]{0,12}(?:表扬|表彰|命名|授予)[^。\n]{0,16}[：:]\s*$")
#: the line that opens a list of those an activity named or honoured, with a verb of naming in its
#: sentences (命名某某等10名同志为…。名单如下：); not of an election (选举产生了…。名单如下：)
_HONOURED_INTRO = re.compile(r"(?:命名|表彰|授予|评为|评选出|获评)[^\n]{0,80}名单如下[：:]\s*$")
#: the verbs of naming and of electing in such a line: the last before an unqualified 名单如下 says
#: what the list is of (表彰了…，并选举产生了…理事会。名单如下： is the council's)
_NAMING_OR_ELECTING = re.compile(r"(?P<naming>命名|表彰|授予|评为|评选出|获评)|选举产生|选举|推选|当选")
#: what a list may be called that says it is of those honoured (获奖名单, 先进个人名单, 受表彰…名单)
_HONOUR_LIST_WORDS = re.compile(r"命名|表彰|授予|获奖|获评|获得|荣获|先进|模范|劳模|工匠|标兵|能手|之星|优秀|荣誉|奖")


def _of_the_honoured(line: str) -> bool:
    """Whether the list a naming line opens is of those it names: the list is called nothing more
    (。名单如下：) and naming is the last verb before it, or what it is called is an honour (获奖名单,
    先进个人名单, not 获奖选手的指导教师名单: the head after 的 says who is listed) or its head is in the
    naming verb's object (命名…为“青川工匠”。青川工匠名单如下：);
    not the list of another group the line mentions (予以表彰，各县区总工会联络员名单如下：)."""
    tail = line.rstrip()[:-5]  # (名单如下：)
    cut = max(tail.rfind(ch) for ch in "，。；,;：:")
    called = tail[cut + 1 :]
    verbs = list(_NAMING_OR_ELECTING.finditer(tail, 0, cut + 1 if called else len(tail)))
    if not called.strip():
        return bool(verbs) and verbs[-1].group("naming") is not None
    if _HONOUR_LIST_WORDS.search(called.rsplit("的", 1)[-1]):
        return True  # (by its head after 的: 获奖选手的|指导教师名单 is of the teachers, none honoured)
    objects = [re.split(r"[，。；,;]", tail[v.end() : cut + 1])[0] for v in verbs if v.group("naming")]
    return len(called) >= 2 and any(called[-2:] in obj for obj in objects)  # (its head: 青川|工匠)
#: after a person opening a list line: the column that follows (王某　某公司焊工), a full-width space or two
_COLUMN_AFTER = re.compile(r"\u3000|[ \t]{2,}")
#: the whole gap of such a column between a person and the body after (one or more full-width spaces)
_COLUMN_GAP = re.compile(r"[ \t]*\u3000[\u3000 \t]*|[ \t]{2,}")
#: a heading inside the list (一、优秀组织单位; 三、“阅读之星”): a line of its own, no sentence
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[^。，；\n]{1,16}\s*$")
#: a note in brackets that only counts (金奖（3名）): the line heads the names under it, names no one
_COUNT_NOTE = re.compile(r"[（(][0-9０-９一二三四五六七八九十]+[名人个项位]?[）)]")
#: what ends a whole item of the list: a list mark, a bracket, the line's end
_ITEM_END = re.compile(r"[、，,；;（(]|\s*$|\s*\n")
#: how many lines a list may run above the sentence before its opening line
_REACH = 16


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


#: a line opening with a label and a colon that names no place (联系人：, 责任编辑：, 电话：): an entry
#: of the page after the list, which ends it (南岭区：王某（…） is a list line, by its place)
_LABEL_OPENS = re.compile(r"\s*[^，。；：:\s（(、]{1,10}(?<![省市县区镇乡村州旗])[：:]")


def _is_list_line(line: str) -> bool:
    """A line of a list: no full sentence in it (no 。), short, a name and its note; no label line."""
    return bool(line.strip()) and "。" not in line and len(line) <= 120 and not line.rstrip().endswith(("：", ":")) \
        and not _LABEL_OPENS.match(line)


def _list_intro(text: str, line_start: int) -> tuple[str, int] | None:
    """("visited" or "commended", where the opening line starts) when the line at ``line_start`` is one
    of a list that a line above opens (only other list lines, headings and blank lines between), else None."""
    at = line_start
    for _ in range(_REACH):
        if at == 0:
            return None
        start, end = _line_bounds(text, at - 1)
        line = text[start:end]
        if _VISITED_INTRO.search(line):
            return "visited", start
        if _COMMENDED_INTRO.search(line) or _HONOURED_INTRO.search(line) and _of_the_honoured(line):
            return "commended", start
        if line.strip() and not _HEADING.fullmatch(line) and not _is_list_line(line):
            return None
        at = start
    return None


def _event_of_the_intro(c: Context, intro: int) -> Mention | None:
    """The activity the list is of: the last event named in the opening line's paragraph (今年的“金秋助学”
    活动共资助…。部分受助学生名单如下：), else the article's main event named before (not an event in
    the note of a list line above: 钱某（…，曾参加某运动会）)."""
    _, intro_end = _line_bounds(c.text, intro)
    named = [e for e in c.article.mentions if e.type == "Event" and not e.congress and intro <= e.start < intro_end]
    if named:
        return named[-1]
    ev = c.main_event
    return ev if ev is not None and ev.end <= c.sentence.start else None


#: the name a line of a list opens with: after a column of its place perhaps (信都区　), 2–4 Han characters (a
#: minority name with its ·) closed by a bracket (王某（…职工）) or a column (王某　某公司　1500元)
_NAME_ITEM = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,5}[" + DIVISION_LEVEL_CHARS + "".join(scope_words("banner")) + r"](?:\u3000|[ \t]{2,})[\u3000 \t]*)?"
                        r"([\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?)(?=[（(]|\u3000|[ \t]{2,})")


def list_line_names(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Where the names stand that open the lines of a list a line introduces (部分受助职工名单如下：, then
    ``南岭区　王某某（某公司职工）`` or ``王某某　某公司　1500元``): the item the line opens with, when it is
    shaped as a person's name (``names.name_shaped``; not 马家村, 猛虎队, 马师傅), and no heading counting
    the names under it (金奖（3名）). The recognisers take each for a person's name (``persons.find_persons``), as a table's cell
    under 姓名 (``tables.person_cells``)."""
    out: list[tuple[int, int]] = []
    if "：\n" not in text and ":\n" not in text:
        return out  # (no line ends in a colon: no list is introduced)
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = _NAME_ITEM.match(text, pos, end)
        if m is not None and _is_list_line(text[pos:end]) and _list_intro(text, pos) is not None:
            name = name_shaped(m.group(1), lex)
            if name and not _COUNT_NOTE.match(text, m.end(1)):
                out.append((m.start(1), m.start(1) + len(name)))
        pos = end + 1
    return out


#: what joins the names of two occasions held as one (某表彰大会暨某发放仪式)
_JOINED = "暨"


@functools.lru_cache(maxsize=1)
def _aid_list_heads() -> dict[str, list[str]]:
    return words_by_kind("aid_list_events.tsv", ("occasion", "campaign"))


def campaign_of_the_occasion(c: Context, ev: Mention) -> Mention:
    """The campaign an occasion of handing out aid is held in, when ``ev`` is such an occasion and the
    article names the campaign (“金秋助学”活动, whose words 金秋助学 stand in 2026年“金秋助学”集中发放仪式): a
    list of recipients tells of the campaign they were aided by (``aid_list_events.tsv``); else ``ev``. The
    campaign must be named in the occasion's own name, not in another part of a joint one (“最美职工”表彰大会暨
    困难职工慰问金发放仪式 is no occasion of the “最美职工”活动)."""
    kinds = _aid_list_heads()
    if not ev.name.endswith(tuple(kinds["occasion"])):
        return ev
    own = re.split(_JOINED, ev.name)[-1]  # (the occasion's own name: the last of a joint one's parts)
    found = {}
    for m in c.article.mentions:
        head = next((h for h in kinds["campaign"] if m.name.endswith(h)), None) if m.type == "Event" else None
        words = m.name[: -len(head)].strip("“”\"") if head else ""
        # (a campaign named inside the occasion's name is read as an inner event, flagged as a congress is)
        if head and m.key != ev.key and len(words) >= 2 and words in own:
            found[m.key] = m
    return next(iter(found.values())) if len(found) == 1 else ev


def opens_an_aid_list(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` opens a list of those an activity visited or aided (部分受助职工名单如下：)."""
    _, line_end = _line_bounds(text, line_start)
    return bool(_VISITED_INTRO.search(text, line_start, line_end))


def aid_list_event(c: Context, intro_start: int) -> Mention | None:
    """The event a list of aid recipients the line at ``intro_start`` opens tells of (部分受助职工名单如下：,
    ``_VISITED_INTRO``), or None when the line opens no such list, or its sentence says the list is of another
    time or a plan (去年, 拟, 下一批: ``NOT_THIS_PART``)."""
    if not opens_an_aid_list(c.text, intro_start):
        return None
    _, intro_end = _line_bounds(c.text, intro_start)
    said = max(c.text.rfind(mark, intro_start, intro_end) for mark in "。！？") + 1 or intro_start
    if NOT_THIS_PART.search(c.text, said, intro_end):
        return None  # (去年受助学生名单如下：, 下一批拟资助学生名单如下：: not the aid reported; its own sentence)
    ev = _event_of_the_intro(c, intro_start)
    return campaign_of_the_occasion(c, ev) if ev is not None else None


@needs(event=True)
def listed_under_an_intro(c: Context) -> Iterator[Found]:
    """Each name on a line of a list of those the reported activity visited (a person, with their
    body and post in brackets) or commended (a person or a body, not a place): it took part in the
    activity (``visited-list-line``, ``commended-list-line``); a body in the column after a listed
    person is where that person works (``…-list-unit-column``)."""
    text = c.text
    if not c.mentions:
        return
    start, end = _line_bounds(text, c.sentence.start)
    if text[start : c.sentence.start].strip() or not _is_list_line(text[start:end]):
        return  # (the sentence is a line of its own, or opens one)
    found = _list_intro(text, start)
    if found is None:
        return
    kind, intro = found
    ev = aid_list_event(c, intro) if kind == "visited" else _event_of_the_intro(c, intro)
    if ev is None:
        return
    opens = start + len(text[start:end]) - len(text[start:end].lstrip())
    first = next((m for m in c.mentions if m.start == opens and m.type == "Person"), None)
    for m in c.mentions:
        if first is not None and m is not first and is_org(m) and _COLUMN_GAP.fullmatch(text, first.end, m.start):
            # 赵某　某公司: the column after the person listed is their unit, no one honoured (a post
            # after it: people.py reads the line)
            if not text[m.end : end].strip():
                # (a team or delegation there is one the person belongs to: 张某　某县代表队)
                yield first, "memberOf" if is_team(m) else "worksFor", m, f"{kind}-list-unit-column"
            continue
        bracketed = text[max(0, m.start - 1) : m.start] in ("（", "(")
        # a person with a note in brackets, or opening the line before a column (王某　某公司焊工　1500元)
        if m.type == "Person" and (text[m.end : m.end + 1] in ("（", "(")
                                   or m.start == opens and _COLUMN_AFTER.match(text, m.end)):
            yield m, "participatesIn", ev, f"{kind}-list-line"
        elif kind == "commended" and is_org(m) and not bracketed and m.type != "Place" \
                and _ITEM_END.match(text, m.end):  # (某公司|职工书屋: the company names a place listed)
            yield m, "participatesIn", ev, f"{kind}-list-line"
