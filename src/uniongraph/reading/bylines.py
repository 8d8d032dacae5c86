"""Bylines: the reporters (记者) and correspondents (通讯员) who wrote an article.

Bylines are read where newspapers print them, never from running text (``记者从会上了解到``
is not a byline):

- at the start of the first body paragraph, after an optional dateline, in brackets or not:
  ``本报讯（记者 王立平 孙浩然 通讯员 李晓梅）``, ``本报北京１月２２日讯记者颜世贵报道：``,
  ``新华社记者陈雁、本报记者何加正报道：``, ``通讯员李明、赵亮报道``;
- as a paragraph of its own near the top or the end: ``本报记者 朱剑红``, ``记者张三 通讯员李四``;
- in brackets at the very end of the article: ``（记者 张三）``, or a bare name ``（王小明）``
  (taken as the reporter).

Photo credits (``（新华社记者樊如钧摄）``) are not bylines. Names are 2–4 Han characters (or
two parts joined by ``·``), separated by spaces, ``、``, ``，`` or ``,``. Offsets are into
``article.text``.

>>> from uniongraph.model import Article
>>> art = Article("a", "p.md", 0, "标题", "标题\\n本报讯（记者 王立平 孙浩然 通讯员 李晓梅）一副春联…")
>>> [(b.role, b.name) for b in find_bylines(art)]
[('reporter', '王立平'), ('reporter', '孙浩然'), ('correspondent', '李晓梅')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Article, Byline
from .patterns import BYLINE_LINE, DATELINE, HAN, NAME_SEPARATORS, ROLE, both_scripts, role_of

#: Body paragraphs from the top, and from the end, searched for byline paragraphs.
HEAD_PARAGRAPHS = 3
TAIL_PARAGRAPHS = 2

_SEP = re.compile(f"[{NAME_SEPARATORS}]*")
# A name ends at a separator, a role, 报道, a photo mark, a colon, a closing bracket or the end.
_REPORTED = both_scripts("报道|报导")
_STRONG_END = rf"(?=[{NAME_SEPARATORS}]|(?:{ROLE.pattern})|{_REPORTED}|[摄攝]|[：:）)。；;]|$)"
_NAME_CHAR = rf"(?:(?!{_REPORTED}|{both_scripts('记者|通讯员')})[{HAN}])"
_STRONG_NAME = re.compile(
    rf"(?:{_NAME_CHAR}{{1,6}}·{_NAME_CHAR}{{1,6}}|{_NAME_CHAR}{{2,4}}){_STRONG_END}"
)
# Unbracketed, a name may run straight into the story: 记者陈陆军从广播电影电视部获悉.
_WEAK_NAME = re.compile(
    rf"[{HAN}]{{2,4}}?(?={both_scripts('从|在|获悉|了解|日前|近日|最近|前不久|今天|今日|今年|昨天|昨日|去年|日电|电')})"
)
# Characters that do not occur in personal names but do in what brackets hold at an article's
# end (（完）, （新华社）, （本报评论员）, （上）, （待续）) or in time words.
_NOT_IN_NAMES = set(
    "社报网台部局处会完续待图摄编译稿评论员日月年今昨近前从在的了与及照片"
    "報網臺處會續圖攝編譯評論員從與"
)
_HAN_NAME = re.compile(f"[{HAN}]{{2,4}}")
# Credit words that end what brackets hold: （杨崇南绘）, （张滨作）, （王宁书）.
_NOT_LAST_IN_NAMES = set("绘作书题辑供繪書題輯")
_REPORTED_AT = re.compile(_REPORTED)
_NOTE = re.compile(r"[（(][^（）()\n]*[）)]")
_BRACKET_TAIL = re.compile(r"[（(]([^（）()\n]{1,60})[）)]\s*$")


def find_bylines(article: Article) -> list[Byline]:
    """The byline names of ``article`` in order, deduplicated, reporters and correspondents apart."""
    text = article.text
    paras = _body_paragraphs(text, article.body_start)
    if not paras:
        return []
    found: list[Byline] = []
    head = paras[:HEAD_PARAGRAPHS]
    # The story opens with its first paragraph that is not a note such as （附图片１张）.
    first = next((p for p in head if not _NOTE.fullmatch(text, *p)), head[0])
    found += _opening(text, *first)
    for start, end in head:
        if (start, end) != first and BYLINE_LINE.fullmatch(text, start, end):
            found += parse_byline(text, start, end)
    tail = [p for p in paras[-TAIL_PARAGRAPHS:] if p not in head]
    for start, end in tail:
        if BYLINE_LINE.fullmatch(text, start, end):
            found += parse_byline(text, start, end)
    found += _closing_bracket(text, *paras[-1])
    return _dedupe(found)


def add_bylines(article: Article) -> Article:
    """Pipeline component: set ``article.bylines`` and return the article."""
    article.bylines = find_bylines(article)
    return article


def parse_byline(text: str, start: int, end: int) -> list[Byline]:
    """Names in ``text[start:end]``, a byline that begins with a role (``本报记者``, ``通讯员``).

    Parsing stops at the first thing that is neither a role, a name nor a separator; names
    followed by ``摄`` are photo credits and dropped.

    >>> [(b.role, b.name) for b in parse_byline("记者温宪、李新烽报道：", 0, 11)]
    [('reporter', '温宪'), ('reporter', '李新烽')]
    """
    out: list[Byline] = []
    role: str | None = None
    pos = start
    while pos < end:
        pos = _SEP.match(text, pos, end).end()  # type: ignore[union-attr]
        match = ROLE.match(text, pos, end)
        if match:
            role, pos = role_of(match.group(2)), match.end()
            continue
        if role is None:
            break
        name = _STRONG_NAME.match(text, pos, end)
        weak = name is None
        if weak:
            name = _WEAK_NAME.match(text, pos, end)
            if name is None or not is_plausible_name(name.group()):
                break
        if text.startswith(("摄", "攝"), name.end()):  # a photo credit, not a byline
            return [b for b in out if b.start < _group_start(text, start, name.start())]
        out.append(Byline(role, name.group(), name.start(), name.end()))
        pos = name.end()
        if weak or _REPORTED_AT.match(text, pos):
            break
    return out


def is_plausible_name(name: str) -> bool:
    """Whether ``name`` can be a Chinese personal name (used where no role word vouches for it).

    Two or three Han characters, or four after a compound surname; no character that names
    do not hold; and, when ``lexicons/surnames.txt`` is installed, a known surname first.

    >>> is_plausible_name("王小明"), is_plausible_name("新华社"), is_plausible_name("杨崇南绘")
    (True, False, False)
    """
    if not _HAN_NAME.fullmatch(name) or _NOT_IN_NAMES.intersection(name):
        return False
    if name[-1] in _NOT_LAST_IN_NAMES:
        return False
    surnames = _surnames()
    if len(name) == 4:  # 欧阳明高; four single characters are more often two names run together
        return surnames is not None and name[:2] in surnames
    return surnames is None or name[:1] in surnames or name[:2] in surnames


def _opening(text: str, start: int, end: int) -> list[Byline]:
    """A byline at the start of the first body paragraph, after an optional dateline."""
    pos = start
    dateline = DATELINE.match(text, pos, end)
    if dateline:
        pos = dateline.end()
    pos = _SEP.match(text, pos, end).end()  # type: ignore[union-attr]
    if pos < end and text[pos] in "（(":
        close = _closing_of(text, pos, end)
        if close is None or text[close - 1] in "摄攝":
            return []
        return parse_byline(text, pos + 1, close)
    if dateline or ROLE.match(text, pos, end):
        return parse_byline(text, pos, end)
    return []


def _closing_bracket(text: str, start: int, end: int) -> list[Byline]:
    """A bracket ending the article: ``（记者 张三）`` or a bare ``（王小明）``."""
    match = _BRACKET_TAIL.search(text, start, end)
    if not match or match.group(1).rstrip().endswith(("摄", "攝")):
        return []
    inner_start, inner_end = match.span(1)
    if ROLE.search(text, inner_start, inner_end):
        return parse_byline(text, inner_start, inner_end)
    names: list[Byline] = []
    for part in re.finditer(rf"[^{NAME_SEPARATORS}]+", text[inner_start:inner_end]):
        if not is_plausible_name(part.group()):
            return []
        s = inner_start + part.start()
        names.append(Byline("reporter", part.group(), s, s + len(part.group())))
    return names


def _body_paragraphs(text: str, body_start: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank body line, outer blanks excluded."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[body_start:]):
        line = match.group()
        if line.strip():
            s = body_start + match.start() + (len(line) - len(line.lstrip()))
            spans.append((s, body_start + match.end() - (len(line) - len(line.rstrip()))))
    return spans


def _closing_of(text: str, open_pos: int, end: int) -> int | None:
    """Offset of the bracket closing the one at ``open_pos`` (same line, no nesting), or ``None``."""
    for i in range(open_pos + 1, min(end, open_pos + 80)):
        if text[i] in "）)":
            return i
        if text[i] in "（(":
            return None
    return None


def _group_start(text: str, start: int, pos: int) -> int:
    """Start of the role group (``新华社记者…``) that the name at ``pos`` belongs to."""
    last = start
    for match in ROLE.finditer(text, start, pos):
        last = match.start()
    return last


def _dedupe(bylines: list[Byline]) -> list[Byline]:
    seen: set[tuple[str, str]] = set()
    out = []
    for b in bylines:
        if (b.role, b.name) not in seen:
            seen.add((b.role, b.name))
            out.append(b)
    return out


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str] | None:
    """Surnames from ``lexicons/surnames.txt`` (first column), or ``None`` if the file is absent."""
    try:
        data = resources.files("uniongraph").joinpath("lexicons/surnames.txt").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    names = {
        line.split("\t", 1)[0].strip()
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    }
    return frozenset(names) or None
