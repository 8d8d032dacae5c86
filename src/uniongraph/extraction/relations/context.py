"""What every relation pattern reads: one sentence, its mentions, trigger words and small
grammatical tests (is this organisation the subject? which names are coordinated?)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ...model import ORG_TYPES, Article, Mention, Sentence
from ...reading.patterns import DATELINE
from ..inference import DELEGATION_HEADS
from ..lexicon import LEXICON_DIR, load_lexicons
from ..orgs import team_type

#: a bracketed aside, such as a declared abbreviation: （以下简称“区总工会”）
PAREN = re.compile(r"[（(][^（）()]{0,30}[）)]")
CLAUSE_PUNCT = re.compile(r"[，,；;：:。！？!?]")
#: words that stand for the article's main event in a sentence that does not name it
THIS_EVENT = re.compile(r"(?:本届|本次|此次|这次|该|这项|此项)?(?:活动|大赛|竞赛|比赛|大会|会议|仪式|赛事|论坛|行动)"
                        r"|(?:本届|本次|此次|这次|该)(?:运动会|博览会|展览会|展销会|晚会|座谈会|研讨会|培训班|联欢会|演出|讲座)")
#: before a meeting named as its clause's subject: when it was convened (随后召开的…一次全委会选举…)
CONVENED_THEN = re.compile(r"(?:随后|接着|会后|当天|当日|同日|次日|闭幕后)?(?:召开|举行)的")
COORDINATORS = ("与", "和", "、", "及", "同", "联合", "会同", "携手", "联手", "协同")
#: what joins the items of a list of places or events (大连、昆明和北京; A及B)
LIST_JOINERS = ("、", "和", "及", "与", "以及")
#: what joins two names listed side by side (甲、乙和丙; A与B)
NAME_JOINERS = ("、", "和", "及", "与")
_SUBJECT_LEAD = re.compile(
    # a dateline and its byline first (新华社上海１月２７日电（记者孙杰）, 本报讯记者某某报道：)
    r"^(?:(?:据)?(?:新华社|本报|中新社|中国新闻社)[^，。；（(]{0,14}?[电讯](?:[（(][^）)]{0,30}[）)])?"
    r"(?:[^，。；：:]{0,40}?报道[：:])?)?"
    r"(?:[0-9０-９]+年(?:[0-9０-９]+月)?(?:[0-9０-９]+日)?|[0-9０-９]+月[0-9０-９]+日(?:上午|下午|晚)?|近日|日前|"
    r"近年来|近年|今年|去年|目前|此外|同时|未来|近期|当天|同日|随后|其中|为此|全年|会上|会后|现场|期间)*"
    # a word of the post that follows (新任|南岭市冶金局副局长吴立强: newly appointed, the subject)
    r"(?:新任|现任|时任|前任)?$"
)

Found = tuple[Mention, str, Mention, str]


@functools.lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[str, ...]]:
    """Trigger words by group (``lexicons/relation_triggers.tsv``), longest first."""
    groups: dict[str, list[str]] = {}
    for line in (LEXICON_DIR / "relation_triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            g, w = line.split("\t")[:2]
            groups.setdefault(g.strip(), []).append(w.strip())
    return {g: tuple(sorted(ws, key=len, reverse=True)) for g, ws in groups.items()}


def has(text: str, group: str) -> str | None:
    """The first trigger word of ``group`` found in ``text``."""
    return next((w for w in triggers().get(group, ()) if w in text), None)


def starts(text: str, group: str) -> str | None:
    """The trigger word of ``group`` that ``text`` opens with."""
    return next((w for w in triggers().get(group, ()) if text.startswith(w)), None)


def is_org(m: Mention) -> bool:
    return m.type in ORG_TYPES


def last_named_before(mentions: list[Mention], before: int, test: Callable[[Mention], bool]) -> Mention | None:
    """The last of ``mentions`` (in order of start) opening before offset ``before`` that passes
    ``test``: what a bare kind or 报名入队 refers back to. E.g. ``last_named_before(article.mentions,
    p.start, is_team)`` is the team named last before the person ``p``."""
    last = None
    for m in mentions:
        if m.start >= before:
            break
        if test(m):
            last = m
    return last


def named_outside_events(mentions: list[Mention], key: str) -> bool:
    """Whether the body ``key`` is named somewhere outside every event's name: a body of the report,
    not only the first words of a meeting's name (某县工会第十次代表大会 may be the 某县总工会's,
    written short)."""
    events = [e for e in mentions if e.type == "Event"]
    return any(m.key == key and not any(e.start <= m.start < e.end for e in events) for m in mentions)


def sentence_at(sentences: list[Sentence], pos: int) -> int | None:
    """The index of the sentence holding ``pos`` (None when none does).

    >>> sentence_at([Sentence(0, 3, "甲乙。"), Sentence(3, 6, "丙丁。")], 4)
    1
    """
    return next((k for k, s in enumerate(sentences) if s.start <= pos < s.end), None)


@dataclass
class Context:
    """One sentence of an article with the mentions inside it."""

    article: Article
    sentence: Sentence
    mentions: list[Mention]
    main_event: Mention | None
    #: the offsets of the datelined section or digest item holding the sentence (the first from the
    #: headline on): the stretch whose events its report is of (:attr:`main_event` is its first)
    section: tuple[int, int] = (0, 1 << 62)
    #: what the patterns read of the whole article, worked out once for all its sentences: one dict
    #: shared by the contexts of an article (``pattern_relations`` passes it; see :meth:`once`). A line
    #: without stops is read in hundreds of windows, and each re-reading the article cost its square.
    shared: dict = field(default_factory=dict, repr=False, compare=False)
    #: the article's text (an attribute, not a property: the patterns read it 150,000 times a build)
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.article.text

    def once(self, key: str, build: Callable[[], object]) -> Any:
        """``build()``, worked out once for the article (the article's mentions do not change while
        its relations are read): ``c.once("events", lambda: [...c.article.mentions...])``."""
        try:
            return self.shared[key]
        except KeyError:
            value = self.shared[key] = build()
            return value

    def article_mentions_from(self, start: int) -> int:
        """The index in ``article.mentions`` (in order of start) of the first mention opening at or
        after ``start``: a rule reading the article's mentions of one stretch starts there, not at
        the article's first."""
        starts = self.once("starts", lambda: [m.start for m in self.article.mentions])
        return bisect.bisect_left(starts, start)

    def article_mentions_in(self, start: int, end: int) -> list[Mention]:
        """The article's mentions opening from ``start`` to before ``end``, in order."""
        ms = self.article.mentions
        k = self.article_mentions_from(start)
        out = []
        while k < len(ms) and ms[k].start < end:
            out.append(ms[k])
            k += 1
        return out

    def gap(self, a: Mention, b: Mention) -> str:
        """Text between two mentions without bracketed asides (浦东新区总工会（以下简称“区总工会”）与…);
        the pointing word of an anaphor (由该公司成立: 该) belongs to it, not to the gap."""
        return PAREN.sub("", self.text[a.end : opening(self.text, b)])

    def before(self, m: Mention, n: int = 8) -> str:
        start = opening(self.text, m)
        return self.text[max(self.sentence.start, start - n) : start]

    def after(self, m: Mention, n: int = 12) -> str:
        return self.text[m.end : min(self.sentence.end, m.end + n)]

    def clause_start(self, at: int, marks: str = "，,；;：:。") -> int:
        """Where the clause holding offset ``at`` starts: after the last of ``marks`` in the sentence
        before ``at``, or at the sentence's start."""
        cut = max(self.text.rfind(mark, self.sentence.start, at) for mark in marks)
        return cut + 1 if cut >= self.sentence.start else self.sentence.start

    def clause_of(self, m: Mention) -> tuple[int, int]:
        """Offsets of the clause (between commas) that holds ``m``."""
        s, e = self.sentence.start, self.sentence.end
        lead = self.text[s : m.start]
        cut = max(lead.rfind(p) for p in "，,；;")
        tail = CLAUSE_PUNCT.search(self.text, m.end, e)
        return (s + cut + 1 if cut >= 0 else s), (tail.start() if tail else e)

    def is_subject(self, m: Mention) -> bool:
        """Whether ``m`` opens its clause (perhaps after a time phrase): the doer of the clause.
        A person named after an organisation and a title (临港精工总经理何振宇) counts too."""
        start, _ = self.clause_of(m)
        if _opens_dateline(self.text, m.start):
            return False  # 新华社北京１月２２日电: the agency of the dateline does nothing in the clause
        lead_start = opening(self.text, m)  # (该联合工会: the pointing word opens the subject)
        if m.type == "Person":
            # back over the title chain before the name (自治区政协副主席、自治区总工会主席马某)
            k = self.mentions.index(m)
            first_hop = True
            while k > 0:
                prev = self.mentions[k - 1]
                gap = PAREN.sub("", self.text[prev.end : lead_start])
                if not (is_org(prev) and prev.start >= start and (only_titles(gap) if first_hop
                                                                   else gap.endswith("、") and only_titles(gap[:-1]))):
                    break
                lead_start, first_hop, k = prev.start, False, k - 1
        return bool(_SUBJECT_LEAD.match(self.text[start:lead_start]))

    def in_paren(self, a: Mention, m: Mention) -> bool:
        """Whether ``m`` sits in a bracket opened right after ``a`` (a declared alias of ``a``)."""
        between = self.text[a.end : m.start]
        return between.startswith(("（", "(")) and not re.search(r"[）)]", between)

    def coordinated(self, first: Mention, kinds=is_org, joiners: tuple[str, ...] = COORDINATORS) -> list[Mention]:
        """``first`` and the names joined to it by 与/和/、 (or ``joiners``; skipping a bracketed alias)."""
        ms = self.mentions
        group = [first]
        k = ms.index(first) + 1
        while k < len(ms):
            m = ms[k]
            if self.in_paren(group[-1], m) or inside_next(ms, k):
                k += 1  # (a place written inside the next name, 北京 of 北京某某科技有限公司, is no item)
                continue
            if not (kinds(m) and self.gap(group[-1], m) in joiners):
                break
            group.append(m)
            k += 1
        return group

    def coordinated_before(self, last: Mention, kinds=is_org,
                           joiners: tuple[str, ...] = COORDINATORS) -> list[Mention]:
        """The names of ``kinds`` listed right before ``last``, joined by ``joiners``, nearest first
        (:meth:`coordinated` read backwards, with no bracketed alias skipped)."""
        ms = self.mentions
        out: list[Mention] = []
        k = ms.index(last)
        while k > 0 and kinds(ms[k - 1]) and self.gap(ms[k - 1], ms[k]) in joiners:
            k -= 1
            out.append(ms[k])
        return out

    def events(self) -> Iterator[Mention]:
        return (m for m in self.mentions if m.type == "Event" and not m.congress)

    @property
    def names_an_event(self) -> bool:
        """Whether the sentence names an event of its own (no congress): rules that read the
        article's main event stand back when it does."""
        return any(m.type == "Event" and not m.congress for m in self.mentions)

    @functools.cached_property
    def article_events(self) -> list[Mention]:
        """The events the article names (no congress), in text order: read once for the sentence, as
        rules that look back over the article for an event ask for them again and again."""
        return self.once("article_events", lambda: [m for m in self.article.mentions if m.type == "Event" and not m.congress])

    @functools.cached_property
    def kinds(self) -> frozenset[str]:
        """The kinds of mention in the sentence: their types, and ``"org"`` when any organisation
        is among them. A rule that needs two kinds looks here first: most sentences lack one."""
        types = {m.type for m in self.mentions}
        return frozenset(types | {"org"} if any(t in ORG_TYPES for t in types) else types)

    def holds(self, words: re.Pattern[str]) -> bool:
        """Whether the sentence holds a match of ``words`` (a rule's trigger words, tested before
        the rule reads the sentence at all)."""
        return words.search(self.text, self.sentence.start, self.sentence.end) is not None


def _opens_dateline(text: str, at: int) -> bool:
    """Whether a dateline (新华社北京１月２２日电, 本报讯) opens at ``at``."""
    return DATELINE.match(text, at) is not None


_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?\s]")


#: only_titles' answers by gap, for the lexicons they were computed with (a few thousand gaps
#: recur across a corpus: 主席, 副主席, 、)
_TITLE_ANSWERS: dict[str, bool] = {}
_TITLE_LEXICONS: list = [None]


def only_titles(gap: str) -> bool:
    """Whether ``gap`` is one or more titles: 主席, 党组书记、主席, 焊接首席技师."""
    lex = load_lexicons()
    if _TITLE_LEXICONS[0] is not lex:
        _TITLE_ANSWERS.clear()
        _TITLE_LEXICONS[0] = lex
    answer = _TITLE_ANSWERS.get(gap)
    if answer is None:
        answer = _TITLE_ANSWERS[gap] = _only_titles(gap, lex.roles, tuple(lex.words["title_units"]))
    return answer


#: a verb of meeting, or 与/同 opening the words, before a compound title (会见了某国总理, 相继与某国
#: 总理): the title is the object's, not a post of the clause's subject (农药与药械处处长 is one)
_CLAUSE_BEFORE_TITLE = re.compile(r"会见|会晤|接见|拜会|拜访|看望|慰问|(?:^|相继|分别|先后|还|又|也)[与同跟向]")


#: the number of a unit a title names first (4号高炉|炉长, 3号机组|机长)
_NUMBERED_UNIT = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}号(?=[\u4e00-\u9fff])")


def _only_titles(gap: str, roles: dict[str, str], title_units: tuple[str, ...]) -> bool:
    """:func:`only_titles`, computed; ``title_units`` (``lexicons/title_units.txt``) are the units
    a long title may name before its post."""

    def is_title(p: str) -> bool:
        if _CLAUSE_MARK.search(p):
            return False  # 召开会议，市委书记: a clause, then a title, is no title
        numbered = _NUMBERED_UNIT.match(p)
        if numbered and len(p) - numbered.end() >= 3:
            p = p[numbered.end() :]  # 4号高炉炉长, 2号机组值班长: the number of the unit the post is in
        if p in roles:  # 主席, 技师, 劳模, and jobs such as 快递员 (not 居民, 学生, 志愿者)
            return roles[p] != "kin" and p not in _NOT_JOBS
        if 2 <= len(p) <= 5 and p[-1] in "工员师长手" and not p.endswith(("职工", "员工")):
            return True  # 包装工, 快递员, 站长: an occupation by its suffix
        # 书记处第一书记, 钢筋班组长, 模具钳工: a compound title ending in a known one; a longer one
        # when a unit of the body's own comes first (振兴京剧指导委员会办公室|主任, 扶贫开发领导小组|副组长)
        role = next((r for r in (p[-4:], p[-3:], p[-2:]) if r in roles and roles[r] in ("leader", "profession")), None)
        if role is not None and _CLAUSE_BEFORE_TITLE.search(p[: -len(role)]):
            return False  # 会见了某国总理, 相继与某国总理: a verb and its object's title, no title of the subject
        return role is not None and (len(p) <= 9 or len(p) <= 16 and p[: -len(role)].endswith(title_units))

    parts = [p for p in re.split(r"[、兼]", gap) if p]
    return bool(parts) and all(is_title(p) for p in parts)


def title_then_person(gap: str) -> bool:
    """A title run that may end with an age phrase before the name (讲师、今年32岁的) or with what
    the person is known as after 、 (所长、著名生物学家; 总裁、戏迷代表)."""
    gap = re.sub(r"[、，]?(?:今年|现年)?[0-9０-９一二三四五六七八九十]+岁的$", "", gap)
    gap = _KNOWN_AS.sub("", gap)
    return only_titles(gap)


#: what a person is known as, after the titles and 、: an expert (著名刑法学家, 评论家) or a
#: representative of a group (戏迷代表); it names no body
_KNOWN_AS = re.compile(r"(?:、(?:著名|知名|资深|青年|老)?[\u4e00-\u9fff]{1,6}?(?:家|代表))+$")


_NOT_JOBS = frozenset({"居民", "村民", "学生", "群众", "志愿者", "党员", "市民", "游客", "家属", "老人", "儿童"})
_TEAM_NAME_HEADS = ("队", "代表团", "分团", "小组", "访华团", "访问团", "考察团", "陪同团", "慰问团", "报告团", "讲师团", "合唱团", "观察团")


def is_team(m: Mention) -> bool:
    """A team or a delegation one belongs to rather than works for: 服务队, 代表队, 代表团."""
    # (市交警支队五大队: a unit of a disciplined service one works for)
    # (a delegation is one whoever sends it: 市公安局代表队 is the bureau's team, no unit of the police)
    return m.type == "ServiceTeam" or m.key.endswith(DELEGATION_HEADS) \
        or m.key.endswith(_TEAM_NAME_HEADS) and team_type(m.key, load_lexicons()) != "Organization"


#: a kinship word between two names: the first only says whose relative the second is
#: the pointing word before a body's kind that refers back to it (该公司, 这家企业, 这所学校)
_POINTING = ("该", "这家", "这所", "这个")


def inside_next(ms: list[Mention], k: int) -> bool:
    """Whether ``ms[k]`` lies inside the longer mention after it that opens at the same place."""
    m = ms[k]
    return k + 1 < len(ms) and ms[k + 1].start == m.start and ms[k + 1].end > m.end


def opening(text: str, m: Mention) -> int:
    """Where mention ``m`` opens as a phrase: before its pointing word when it is an anaphor (该|公司
    is one phrase, the company named before), else at its start."""
    if m.anaphor and m.type != "Person":
        for w in _POINTING:
            if text.startswith(w, m.start - len(w)):
                return m.start - len(w)
    return m.start


KIN = re.compile(r"(?:同志|先生|女士|老人)?(?:的)?(?:夫人|妻子|爱人|丈夫|遗孀|儿子|女儿|之子|之女|长子|长女|次子|孙子|孙女|父亲|母亲|亲属|家属)")


def kin_anchor(c: Context, m: Mention) -> bool:
    """Whether person ``m`` is named only as the relative of the person right after it
    (刘少奇夫人王光美: 王光美 is the one there, 刘少奇 is not)."""
    k = c.mentions.index(m) + 1
    return k < len(c.mentions) and c.mentions[k].type == "Person" and KIN.fullmatch(c.gap(m, c.mentions[k])) is not None


def listed_persons(c: Context, i: int, joiners: tuple[str, ...] = ("、",)) -> list[Mention]:
    """The person at ``i`` and the persons listed right after it with 、 (or other ``joiners``)."""
    ms = c.mentions
    group = [ms[i]]
    k = i + 1
    while k < len(ms) and ms[k].type == "Person" and c.gap(group[-1], ms[k]) in joiners:
        group.append(ms[k])
        k += 1
    return group
