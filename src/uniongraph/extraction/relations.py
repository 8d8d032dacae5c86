"""Relations from sentence patterns over the recognised mentions.

Each rule is a small function over one sentence and its mentions; it yields
``(head, relation, tail, rule)`` and the evidence (article, sentence, offsets, rule) is attached
here. Trigger words are data (``lexicons/relation_triggers.tsv``).

Some patterns refer to the article's *main event*, the activity the report is about (the first
named event of the body, else of the headline): ``青岛市职工服务运行中心与崂山区总工会共赴
沙子口街道党群服务中心`` says who organised it and where it was held without naming it again.

>>> from uniongraph.model import Article
>>> art = Article(id="a", source="s", index=0, title="", text="\\n来自钱江电气有限公司的赵建国说。")
>>> from uniongraph.extraction.pipeline import extract_article
>>> [(r.head, r.relation, r.tail) for r in extract_article(art).relations]
[('赵建国', 'worksFor', '钱江电气有限公司')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import ORG_TYPES, Article, Evidence, Mention, Relation, Sentence
from .lexicon import LEXICON_DIR

_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")


@functools.lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[str, ...]]:
    """Trigger words by group, longest first."""
    groups: dict[str, list[str]] = {}
    for line in (LEXICON_DIR / "relation_triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            g, w = line.split("\t")[:2]
            groups.setdefault(g.strip(), []).append(w.strip())
    return {g: tuple(sorted(ws, key=len, reverse=True)) for g, ws in groups.items()}


def _has(gap: str, group: str) -> str | None:
    for w in triggers().get(group, ()):
        if w in gap:
            return w
    return None


def _starts(gap: str, group: str) -> str | None:
    for w in triggers().get(group, ()):
        if gap.startswith(w):
            return w
    return None


def _is_org(m: Mention) -> bool:
    return m.type in ORG_TYPES


@dataclass
class _Ctx:
    article: Article
    sentence: Sentence
    mentions: list[Mention]
    main_event: Mention | None

    def gap(self, a: Mention, b: Mention) -> str:
        return self.article.text[a.end : b.start]

    def before(self, m: Mention, n: int = 8) -> str:
        return self.article.text[max(self.sentence.start, m.start - n) : m.start]

    def after(self, m: Mention, n: int = 12) -> str:
        return self.article.text[m.end : min(self.sentence.end, m.end + n)]


Found = tuple[Mention, str, Mention, str]


_SUBJECT_LEAD = re.compile(
    r"^(?:[0-9０-９]+年(?:[0-9０-９]+月)?(?:[0-9０-９]+日)?|近日|日前|近年来|近年|今年|去年|目前|此外|同时|未来|近期|当天|随后|其中|为此|全年|[0-9０-９]+月[0-9０-９]+日)*$"
)


def _is_subject(c: _Ctx, m: Mention) -> bool:
    """Whether ``m`` opens its clause (perhaps after a time phrase): the doer of the clause."""
    lead = c.article.text[c.sentence.start : m.start]
    cut = max(lead.rfind(p) for p in "，,；;：:")
    return bool(_SUBJECT_LEAD.match(lead[cut + 1 :]))


def _organizes(c: _Ctx) -> Iterator[Found]:
    ms = c.mentions
    text = c.article.text
    active = False  # an organising verb governs this event (and the events listed after it)
    prev_event: Mention | None = None
    for i, ev in enumerate(ms):
        if ev.type != "Event" or ev.source == "event-congress":
            continue
        prev = ms[i - 1] if i > 0 else None
        # ORG immediately followed by its event: 滨江区总工会夏送清凉系列活动
        if prev is not None and _is_org(prev) and c.gap(prev, ev) in ("", "的"):
            yield prev, "organizes", ev, "org-event-adjacent"
            prev_event, active = ev, False
            continue
        lead_from = prev.end if prev is not None else c.sentence.start
        lead = text[lead_from : ev.start]
        if _has(lead, "organize"):
            active = True
        elif prev_event is None or prev is not prev_event or re.search(r"[，,；;：:。]", lead):
            active = False
        prev_event = ev
        if not active or text.startswith("的", ev.end):
            continue  # 组织职工篮球赛的获奖者: the verb's object is the prize winners
        before = [m for m in ms[:i] if _is_org(m)]
        subjects = [m for m in before if _is_subject(c, m)]
        if subjects:
            for org in _coordinated(c, ms, subjects[-1]):  # 总工会与团市委联合举办: each organises
                yield org, "organizes", ev, "subject-org-verb-event"
        elif before and ev.start - before[-1].end <= 30:
            yield before[-1], "organizes", ev, "org-verb-event"
        else:
            after = next((m for m in ms[i + 1 :] if _is_org(m) and _is_subject(c, m)), None)
            if after is not None:
                yield after, "organizes", ev, "verb-event-postposed-subject"


_COORDINATORS = ("与", "和", "、", "及", "同", "联合")


def _coordinated(c: _Ctx, ms: list[Mention], first: Mention) -> list[Mention]:
    """``first`` and the organisations joined to it by 与/和/、 right after it."""
    group = [first]
    k = ms.index(first) + 1
    while k < len(ms) and _is_org(ms[k]) and c.gap(group[-1], ms[k]) in _COORDINATORS:
        group.append(ms[k])
        k += 1
    return group


def _organized_by(c: _Ctx) -> Iterator[Found]:
    """由 ORG(、ORG) 主办的 EVENT; EVENT 由 ORG 主办 / 承办."""
    ms = c.mentions
    text = c.article.text
    for i, org in enumerate(ms):
        if not _is_org(org) or not c.before(org, 1).endswith("由"):
            continue
        group = _coordinated(c, ms, org)
        after = text[group[-1].end : c.sentence.end]
        adverb = next((a for a in ("联合", "共同", "携手", "负责") if after.startswith(a)), "")
        verb = _starts(after[len(adverb) :], "organize")
        verb = adverb + verb if verb else verb
        if not verb:
            continue
        rest = after[len(verb) :]
        k = ms.index(group[-1]) + 1
        ev = ms[k] if k < len(ms) else None
        if ev is not None and ev.type == "Event" and rest.startswith("的") and c.gap(group[-1], ev) == verb + "的":
            target = ev  # 由市总工会主办的职工运动会
        else:
            prior = [m for m in ms[:i] if m.type == "Event" and m.source != "event-congress"]
            target = prior[-1] if prior and text[prior[-1].end : org.start].rstrip().endswith("由") else None
            if target is None and prior and len(text[prior[-1].end : org.start]) <= 12:
                target = prior[-1]  # 职工运动会由市总工会主办
        if target is not None:
            for g in group:
                yield g, "organizes", target, "organized-by-org"


def _held_at(c: _Ctx) -> Iterator[Found]:
    ms = c.mentions
    for i, pl in enumerate(ms):
        if pl.type != "Place":
            continue
        # 在 PLACE 举办 EVENT
        if c.before(pl, 2).endswith(("在", "于")):
            for ev in ms[i + 1 :]:
                if ev.type == "Event" and _has(c.gap(pl, ev), "held") and len(c.gap(pl, ev)) <= 20:
                    yield ev, "heldAt", pl, "at-place-verb-event"
                    break
        # EVENT 走进 PLACE; EVENT 在 PLACE 举行
        if i > 0 and ms[i - 1].type == "Event":
            gap = c.gap(ms[i - 1], pl)
            if len(gap) <= 4 and _has(gap, "move"):
                yield ms[i - 1], "heldAt", pl, "event-moves-to-place"
            elif gap.endswith(("在", "于")) and len(gap) <= 8 and _starts(c.after(pl, 6).lstrip("隆重"), "held"):
                yield ms[i - 1], "heldAt", pl, "event-held-at-place"


def _main_event_patterns(c: _Ctx) -> Iterator[Found]:
    ev = c.main_event
    if ev is None or any(m.type == "Event" for m in c.mentions):
        return
    ms = c.mentions
    for i, pl in enumerate(ms):
        if pl.type != "Place":
            continue
        verb = next((w for w in triggers()["goto"] if c.before(pl, len(w)).endswith(w)), None)
        if verb is None:
            continue
        yield ev, "heldAt", pl, "subject-goes-to-place"
        # the subjects: organisations joined by 与/和/、 right before the verb
        j = i - 1
        end = pl.start - len(verb)
        while j >= 0 and _is_org(ms[j]):
            between = c.article.text[ms[j].end : end]
            if between not in ("", "与", "和", "、", "及", "同"):
                break
            yield ms[j], "organizes", ev, "subject-goes-to-place"
            end = ms[j].start
            j -= 1
    # 来自 ORG、ORG 等队伍的…志愿者: participants of the main event
    text = c.article.text
    for i, m in enumerate(ms):
        if not _is_org(m) or not c.before(m, 2).endswith("来自"):
            continue
        group = [m]
        k = i + 1
        while k < len(ms) and _is_org(ms[k]) and text[group[-1].end : ms[k].start] in ("、", "和", "与", "及"):
            group.append(ms[k])
            k += 1
        rest = text[group[-1].end : c.sentence.end]
        person_next = k < len(ms) and ms[k].type == "Person" and text[group[-1].end : ms[k].start] == "的"
        if not person_next and _has(rest[:30], "participant_noun"):
            for g in group:
                yield g, "participatesIn", ev, "participants-from-org"


def _only_roles(gap: str, c: _Ctx) -> bool:
    """Whether ``gap`` is one or more titles: 主席, 党组书记、主席, 副总经理."""
    from .lexicon import load_lexicons

    roles = load_lexicons().roles

    def is_title(p: str) -> bool:
        if p in roles:
            return roles[p] in ("leader", "profession")
        # 书记处第一书记, 常务副主席: a compound title ending in a known one
        return len(p) <= 9 and any(p.endswith(r) and roles[r] == "leader" for r in (p[-2:], p[-3:]) if r in roles)

    parts = [p for p in re.split(r"[、兼]", gap) if p]
    return bool(parts) and all(is_title(p) for p in parts)


_MEMBER_TITLES = ("委员", "常委", "会员", "成员", "理事", "代表")


def _membership_title(gap: str) -> bool:
    """A title that makes one a member rather than staff: 政治局委员, 常委, 理事 (not 主任委员)."""
    last = re.split(r"[、兼]", gap)[-1]
    return last.endswith(_MEMBER_TITLES) and not last.endswith(("主任委员", "首席代表"))


def _listed_persons(c: _Ctx, ms: list[Mention], i: int) -> list[Mention]:
    """The person at ``i`` and the persons listed right after it with 、."""
    group = [ms[i]]
    k = i + 1
    while k < len(ms) and ms[k].type == "Person" and c.gap(group[-1], ms[k]) == "、":
        group.append(ms[k])
        k += 1
    return group


def _works_for(c: _Ctx) -> Iterator[Found]:
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        # 来自 ORG 的 PERSON; ORG ROLE PERSON
        if i > 0 and _is_org(ms[i - 1]):
            org = ms[i - 1]
            gap = c.gap(org, p)
            if gap == "的" and c.before(org, 2).endswith("来自"):
                yield p, "worksFor", org, "from-org-person"
            elif gap and _only_roles(gap, c):
                rel = "memberOf" if _membership_title(gap) else "worksFor"
                # 中共中央政治局委员迟浩田、罗干、贾庆林: the title covers the whole list of names
                for q in _listed_persons(c, ms, i):
                    yield q, rel, org, "org-role-person"
        # PERSON 当选(为) ORG 主席
        if i + 1 < len(ms) and _is_org(ms[i + 1]) and c.gap(p, ms[i + 1]) in ("当选", "当选为", "担任", "出任", "任"):
            org = ms[i + 1]
            title = re.match(r"[\u4e00-\u9fff]{1,9}", c.after(org, 9))
            if title and _only_roles(title.group(), c):
                yield p, "worksFor", org, "person-elected-to-post"
        # PERSON 在 ORG 从事/工作
        if i + 1 < len(ms) and _is_org(ms[i + 1]):
            org = ms[i + 1]
            if c.gap(p, org) == "在" and _starts(c.after(org), "work"):
                yield p, "worksFor", org, "person-at-org-works"
            elif c.gap(p, org) in ("是", "作为", "系") and _starts(c.after(org, 5).lstrip("的"), "member_noun"):
                yield p, "memberOf", org, "person-is-member"


def _participates(c: _Ctx) -> Iterator[Found]:
    text = c.article.text
    for m in c.mentions:
        if m.type != "Person" and not _is_org(m):
            continue
        after = c.after(m, 16)
        explicit = next((e for e in c.mentions if e.type == "Event" and e.start >= m.end and e.start - m.end <= 6), None)
        verb = _starts(after, "participate") or (after.startswith("是") and "参与者" in after and "参与者") or None
        if not verb:
            continue
        if explicit is not None and _has(text[m.end : explicit.start], "participate"):
            yield m, "participatesIn", explicit, "agent-participates-event"
        elif c.main_event is not None and (_has(after, "this_event") or "参与者" in after):
            yield m, "participatesIn", c.main_event, "agent-participates-this-event"


def _org_org(c: _Ctx) -> Iterator[Found]:
    ms = c.mentions
    for i, a in enumerate(ms):
        if not _is_org(a):
            continue
        for b in ms[i + 1 : i + 3]:
            if not _is_org(b):
                continue
            gap = c.gap(a, b)
            if len(gap) > 8:
                break
            if (w := _has(gap, "manage")) and gap.endswith((w, w + "了")):
                yield a, "manages", b, "org-manages-org"
            elif (w := _has(gap, "found")) and gap.endswith((w, w + "了")):
                yield a, "founded", b, "org-founds-org"
            elif _has(gap, "sub_marker") and gap.rstrip("的").endswith(_has(gap, "sub_marker") or ""):
                yield b, "subOrganizationOf", a, "org-sub-marker-org"
            elif (w := _has(gap, "join")) and gap.endswith((w, w + "了")):
                yield a, "memberOf", b, "org-joins-org"
            break
        # ORG 位于 PLACE
        for pl in ms[i + 1 : i + 2]:
            if pl.type == "Place" and _starts(c.gap(a, pl), "locate"):
                yield a, "locatedIn", pl, "org-located-in-place"


RULES = (_organizes, _organized_by, _held_at, _main_event_patterns, _works_for, _participates, _org_org)


def main_event(article: Article) -> Mention | None:
    """The activity an article reports on: its first named event (body first, then headline)."""
    events = [m for m in article.mentions if m.type == "Event" and m.source != "event-congress"]
    body = [m for m in events if m.start >= article.body_start]
    return (body or events or [None])[0]


def extract_relations(article: Article) -> list[Relation]:
    """All stated relations of one article, each with its evidence."""
    found: dict[tuple, Relation] = {}
    main = main_event(article)
    mentions = article.mentions
    k = 0
    for sent in article.sentences:
        while k < len(mentions) and mentions[k].start < sent.start:
            k += 1
        inside = []
        j = k
        while j < len(mentions) and mentions[j].start < sent.end:
            if mentions[j].end <= sent.end:
                inside.append(mentions[j])
            j += 1
        # names nested in an event name (朝阳支队 in a campaign title) take no part in its sentence
        inside = [m for m in inside if not any(o is not m and o.type == "Event" and o.start <= m.start and m.end <= o.end for o in inside)]
        if len(inside) < 1:
            continue
        ctx = _Ctx(article, sent, inside, main)
        for rule in RULES:
            for head, rel, tail, name in rule(ctx):
                if head.key == tail.key:
                    continue
                key = (head.key, rel, tail.key)
                ev = Evidence(
                    article.id, sent.text, sent.start, sent.end, name, head.start, head.end, tail.start, tail.end
                )
                if key not in found:
                    found[key] = Relation(head.key, head.type, rel, tail.key, tail.type, [ev])
                elif all(e.sentence_start != sent.start for e in found[key].evidence):
                    found[key].evidence.append(ev)
    return list(found.values())
