"""A relation classifier over pairs of mentions in one sentence, learned from annotated news.

The patterns of the sibling modules read relations the way they are usually written; on news
they were not written from they find about a quarter of what is stated. This component reads
what they left: every pair of mentions in a sentence whose types fit a relation (a person and an
organisation for worksFor, an event and a place for heldAt, …) is scored by a logistic model
over the text between and around the two names, and the best-scoring pair per head becomes a
fact when it clears the relation's threshold; so does each person of a sentence that does not
name the article's main event, as a candidate for taking part in it. Its facts carry the rule
name ``learned-<relation>``. Which relations it proposes is the model's choice (a threshold above
1 leaves a relation to the patterns); the shipped model proposes participatesIn only.

The model (``models/relation_pairs.json``) is trained by ``scripts/train_relations.py`` on the
project's real-text development annotations (``benchmarks/gold/pfr-dev*``, ``tests/data/devset``),
never on the blind test half. Features are strings; weights are a plain dict, so the model is
readable and the run needs nothing beyond the standard library.

>>> feats = pair_features_of("李明出席了会议。", (0, 2, "Person"), (5, 7, "Event"), "participatesIn")
>>> "ht|gap=出席了" in feats
True
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ...model import ORG_TYPES, Mention
from ..lexicon import load_lexicons
from ..names import head_regex
from .attendance import RECEIVES
from .context import COORDINATORS, PAREN, kin_anchor

_ORGS = frozenset(ORG_TYPES)
_PEOPLE_AND_ORGS = _ORGS | {"Person"}

#: relation -> (head types, tail types): the pairs the classifier considers
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "worksFor": (frozenset({"Person"}), _ORGS),
    "memberOf": (frozenset({"Person"}), _ORGS),  # (a team, a delegation: 南岭县代表队选手赵强)
    "participatesIn": (_PEOPLE_AND_ORGS, frozenset({"Event"})),
    "organizes": (_ORGS, frozenset({"Event"})),
    "heldAt": (frozenset({"Event"}), frozenset({"Place"}) | _ORGS),
    "locatedIn": (_ORGS, frozenset({"Place"})),
    "subOrganizationOf": (_ORGS, _ORGS),
    "founded": (_PEOPLE_AND_ORGS, _ORGS),
}

#: pairs further apart than this many characters are not considered (a long sentence's far ends)
MAX_GAP = 120

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "relation_pairs.json"

_PUNCT = "，、；：（）“”《》"


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 8, 16, 32):
        if n <= limit:
            return str(limit)
    return "more"


def pair_features(text: str, head: Mention, tail: Mention, relation: str, between: list[Mention],
                  sentence: tuple[int, int], extra: Iterable[str] = ()) -> list[str]:
    """The features of ``relation`` between ``head`` and ``tail`` (mentions of ``text``).

    ``between`` are the other mentions standing between the two; ``sentence`` the sentence's
    offsets; ``extra`` what the caller knows beyond the text (the pair's clause, the main event)."""
    first, second = (head, tail) if head.start < tail.start else (tail, head)
    order = "ht" if first is head else "th"
    gap = text[first.end : second.start]
    s0, s1 = sentence
    pre = text[max(s0, first.start - 4) : first.start]
    post = text[second.end : min(s1, second.end + 4)]
    f = [
        "bias", f"types={head.type}>{tail.type}", f"{order}", f"{order}|len={_bucket(len(gap))}",
        f"{order}|between={_bucket(len(between))}",
        f"{order}|between_tail_type={_bucket(sum(m.type == tail.type for m in between))}",
        f"{order}|between_head_type={_bucket(sum(m.type == head.type for m in between))}",
        f"pre1={pre[-1:]}", f"pre2={pre[-2:]}", f"post1={post[:1]}", f"post2={post[:2]}",
    ]
    f += [f"{order}|p={p}" for p in _PUNCT if p in gap]
    if len(gap) <= 6:
        f.append(f"{order}|gap={gap}")
    if gap:
        f += [f"{order}|g0={gap[:2]}", f"{order}|g-1={gap[-2:]}", f"{order}|c0={gap[0]}", f"{order}|c-1={gap[-1]}"]
    if len(gap) <= 40:
        f += [f"{order}|bg={gap[i : i + 2]}" for i in range(len(gap) - 1)]
    if head.role:
        f.append("head_role")
    head_after = text[head.end : min(s1, head.end + 10)]
    head_after = head_after[: next((k for k, c in enumerate(head_after) if c in "，。；：！？"), len(head_after))]
    f += [f"ha={head_after[i : i + 2]}" for i in range(len(head_after) - 1)]
    f += extra
    return f


def pair_features_of(text: str, head: tuple[int, int, str], tail: tuple[int, int, str], relation: str) -> list[str]:
    """:func:`pair_features` for two spans of a one-sentence ``text`` (for tests and docs)."""
    h = Mention(head[0], head[1], text[head[0] : head[1]], head[2], text[head[0] : head[1]], "test")
    t = Mention(tail[0], tail[1], text[tail[0] : tail[1]], tail[2], text[tail[0] : tail[1]], "test")
    return pair_features(text, h, t, relation, [], (0, len(text)))


def candidate_pairs(mentions: list[Mention], relations: frozenset[str] | None = None
                    ) -> Iterator[tuple[Mention, Mention, str, list[Mention]]]:
    """Ordered pairs of a sentence's mentions (sorted by offset) whose types fit a relation
    (of ``relations``, default all), with the mentions standing between them."""
    # (only the relations whose head and tail types are both in the sentence: most sentences
    # name no event, and every pair of their mentions was looked at for one)
    types = {m.type for m in mentions}
    signatures = [(r, sig) for r, sig in SIGNATURES.items() if (relations is None or r in relations)
                  and not types.isdisjoint(sig[0]) and not types.isdisjoint(sig[1])]
    if not signatures:
        return
    for i, a in enumerate(mentions):
        for j, b in enumerate(mentions):
            if i == j or a.key == b.key:
                continue
            lo, hi = (i, j) if i < j else (j, i)
            first, second = mentions[lo], mentions[hi]
            if second.start - first.end > MAX_GAP or second.start < first.end:
                continue
            for relation, (heads, tails) in signatures:
                if a.type in heads and b.type in tails:
                    yield a, b, relation, mentions[lo + 1 : hi]


class PairModel:
    """Per relation: a weight per feature, a bias folded in as the feature ``bias``, a threshold."""

    def __init__(self, weights: dict[str, dict[str, float]], thresholds: dict[str, float]):
        self.weights = weights
        self.thresholds = thresholds
        #: the relations this model proposes (a threshold above 1 leaves one to the patterns)
        self.active = frozenset(r for r, t in thresholds.items() if t <= 1.0 and weights.get(r))

    @classmethod
    def read(cls, path: Path) -> PairModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["thresholds"])

    def probability(self, relation: str, features: Iterable[str]) -> float:
        w = self.weights.get(relation)
        if not w:
            return 0.0
        z = sum(map(w.get, features, itertools.repeat(0.0)))  # (the same sum, term by term, in C)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: the environment variable that names another model file, or ``off`` for the patterns alone
#: (to measure what a model adds: ``UNIONGRAPH_RELATION_MODEL=off python benchmarks/quality.py …``)
MODEL_VARIABLE = "UNIONGRAPH_RELATION_MODEL"


@functools.lru_cache(maxsize=1)
def load_model() -> PairModel | None:
    """The shipped model (or the file ``$UNIONGRAPH_RELATION_MODEL`` names), or None when it is
    absent or the variable says ``off`` (the patterns then work alone)."""
    named = os.environ.get(MODEL_VARIABLE, "").strip()
    if named.lower() in ("off", "none", "0"):
        return None
    path = Path(named) if named else MODEL_PATH
    if named and not path.is_file():
        raise FileNotFoundError(f"${MODEL_VARIABLE} names no file: {path}")
    return PairModel.read(path) if path.is_file() else None


def _quoted(ctx, m: Mention) -> bool:
    """Whether ``m`` stands inside a quotation (what someone said, not what happened) or the
    title of a work (《梁山伯与祝英台》)."""
    lead = ctx.text[ctx.sentence.start : m.start]
    return lead.count("“") > lead.count("”") or lead.count("「") > lead.count("」") or lead.count("《") > lead.count("》")


def related_keys(found: Iterable[tuple[str, str, str]]) -> set[tuple[str, str]]:
    """What the patterns' facts (``(head, relation, tail)`` keys) say about each name, for the
    features: ``(head, relation)`` and ``(tail, "~" + relation)``."""
    out = set()
    for h, r, t in found:
        out.add((h, r))
        out.add((t, "~" + r))
    return out


def context_features(ctx, head: Mention, tail: Mention, relation: str, related: set[tuple[str, str]]) -> list[str]:
    """What the sentence's grammar and the patterns' facts say about the pair: the same clause,
    the head opening its clause, the tail being the article's main event, and whether the
    patterns already gave the head this relation to something else (``related`` holds
    ``(head key, relation)`` of the patterns' facts)."""
    out = []
    c0, c1 = ctx.clause_of(head)
    if c0 <= tail.start < c1:
        out.append("same_clause")
    if ctx.is_subject(head):
        out.append("head_subject")
    if ctx.main_event is not None and tail.key == ctx.main_event.key:
        out.append("tail_main_event")
    if (head.key, relation) in related:
        out.append("head_has_relation")
    # an earlier name of the head's kind in the sentence is usually the doer (北京市工会干部学院…围绕市总工会…组织实施了)
    earlier = sum(m.type == head.type and m.end <= head.start for m in ctx.mentions)
    out.append(f"head_kind_before={_bucket(earlier)}")
    return out


#: a "sentence" longer than this is a run-on list (a roll of committee members), not a sentence
#: the features were learned from: the classifier leaves it to the patterns
RUN_ON = 300


#: a message sent (a letter, a telegram, an inscription): what the annotators make of it is the
#: patterns' to read (events.addressed_events); the classifier does not guess at it
_SENDS_WORD = re.compile(r"致信|致函|致电|贺信|贺电|贺词|题词|写信|来信|批示|发来")


#: a photo caption: who stands where in a picture (前排左起：…; 图为…), not who took part in what
_CAPTION = re.compile(r"\s*(?:（?图[为中]|（?图片[：:（）]|图片说明|[前中后]排(?:左|右|从左|从右)|[左右]起[：:]|(?:从|自)[左右]至[左右]|[上下左右]图[：:为])")

#: words quoted from a report or speech of a party congress or plenum (在党的十五大报告中; 传达了某某同志在
#: 二次全会上的报告): the speaker is cited, not present (在工作报告中, 在会上的讲话中 are the meeting's own)
_CITED_AFTER = re.compile(r"[^，。；：在]{0,6}在[^，。；：]{0,12}?(?P<kind>[一二三四五六七八九十]+大|全会|全体会议)"
                          r"(?:上的)?(?:重要)?(?:报告|讲话|指示)")
_CITED_BEFORE = re.compile(r"(?:传达|学习|贯彻|重温)了?$")
#: the kind of event a cited congress or plenum is, as the event's own name would say it
_CITED_KIND = {"全会": ("全会", "全体会议"), "全体会议": ("全会", "全体会议")}


def _caption(ctx) -> bool:
    return bool(_CAPTION.match(ctx.text, ctx.sentence.start, ctx.sentence.end))


def _cited(ctx, m: Mention, event: Mention) -> bool:
    """Whether ``m`` is named as the author of words quoted from another occasion than ``event``
    (its report to the party congress, its speech at a plenum, relayed or studied)."""
    c0, c1 = ctx.clause_of(m)
    if _CITED_BEFORE.search(ctx.text[c0 : m.start]):
        return True
    cite = _CITED_AFTER.match(ctx.text, m.end, c1)
    if cite is None or m.end <= event.start < cite.end():
        return False  # (the event named in the citation is the event: 在十五届二中全会上的讲话)
    kind = cite.group("kind")
    return not any(k in event.name for k in _CITED_KIND.get(kind, ("代表大会",)))


def _cut_name(ctx, m: Mention) -> bool:
    """Whether ``m`` is a person's name with its surname cut off: one surname character stands
    between it and the list separator or clause start before it (钱【嗣杰】 in …、钱嗣杰、…)."""
    if m.type != "Person" or len(m.name) > 2 or m.start - 1 < ctx.sentence.start:
        return False  # (a full name of three is whole: 会上，向|丁远山颁发了奖章)
    c = ctx.text[m.start - 1]
    before = ctx.text[m.start - 2 : m.start - 1] if m.start - 2 >= ctx.sentence.start else "，"
    return c in load_lexicons().surnames and before in "、，,：:；（ 和与及"


def _run_on(ctx) -> bool:
    """Whether the sentence of ``ctx`` (or the run-on stretch it was cut from) is a roll of
    names: too long for a sentence, or eight names and more with nothing said before them (王曦、
    王庆成、从翰香（女）、…: a committee's roll), which states nothing about them."""
    if ctx.sentence.end - ctx.sentence.start > RUN_ON:
        return True
    sents = ctx.article.sentences
    k = bisect.bisect_right(sents, ctx.sentence.start, key=lambda x: x.start) - 1
    if k >= 0 and sents[k].end - sents[k].start > RUN_ON:
        return True
    people = [m for m in ctx.mentions if m.type == "Person"]
    if len(people) < 8:
        return False

    def words(a: int, b: int) -> int:
        return sum(c.isalnum() for c in PAREN.sub("", ctx.text[a:b]))
    # a list of attendees opens with who they are: 出席团拜会的领导同志有：…, 国家体委副主任张发强、…
    return words(ctx.sentence.start, people[0].start) < 2


def sentence_candidates(ctx, related: set[tuple[str, str]], relations: frozenset[str] | None = None
                        ) -> Iterator[tuple[Mention, Mention, str, list[str]]]:
    """Every candidate pair of the sentence of ``ctx`` with its features. A head inside a
    quotation or in the headline is no candidate: what a speaker says is not what the article
    states, and a headline runs its clauses together without the punctuation the features read."""
    if ctx.sentence.start < ctx.article.body_start or _run_on(ctx) or _caption(ctx):
        return
    span = (ctx.sentence.start, ctx.sentence.end)
    for head, tail, relation, between in candidate_pairs(ctx.mentions, relations):
        if _quoted(ctx, head):
            continue
        if relation == "participatesIn" and head.type == "Person" and (
                _SENDS_WORD.search(ctx.text, head.end, ctx.clause_of(head)[1]) or kin_anchor(ctx, head)
                or _cited(ctx, head, tail) or _cut_name(ctx, head)):
            # 李鹏致信…会议: letters are the patterns' to read (events.addressed_events), not the
            # classifier's guess; 李某夫人王某: the husband is named only to say whose wife she is
            continue
        extra = context_features(ctx, head, tail, relation, related)
        feats = pair_features(ctx.text, head, tail, relation, between, span, extra)
        yield head, tail, relation, feats
    if relations is None or "participatesIn" in relations:
        yield from main_event_candidates(ctx, related)


def propose(contexts: list, found: dict[tuple, object], model: PairModel | None = None
            ) -> list[tuple[object, Mention, str, Mention, str]]:
    """The classifier's facts for pairs the patterns left unrelated: ``(ctx, head, relation,
    tail, rule)``, at most one tail per head, relation and sentence (the best-scoring one)."""
    model = model or load_model()
    if model is None or not model.active:
        return []
    related = related_keys(found)
    linked = {(h, t) for h, _, t in found} | {(t, h) for h, _, t in found}
    attending = _attending_read(found)
    out = []
    for ctx in contexts:
        best: dict[tuple[int, str], tuple[float, Mention, Mention]] = {}
        for head, tail, relation, feats in sentence_candidates(ctx, related, model.active):
            if (head.key, tail.key) in linked:
                continue
            if relation == "participatesIn" and (ctx.sentence.start, head.start) in attending:
                continue  # (出席仪式 read as the 签约仪式 by a pattern: not also the joint-name 揭牌仪式暨…)
            p = model.probability(relation, feats)
            if p < model.thresholds.get(relation, 1.0):
                continue
            k = (head.start, relation)
            if k not in best or p > best[k][0]:
                best[k] = (p, head, tail)
        added = set()
        for (_, relation), (p, head, tail) in sorted(best.items(), key=lambda kv: kv[0]):
            out.append((ctx, head, relation, tail, f"learned-{relation}"))
            added.add((head.key, relation, tail.key))
        # names listed with a believed participant share the predicate: 王立平、李红等在会上发了言
        for (_, relation), (p, head, tail) in sorted(best.items(), key=lambda kv: kv[0]):
            if relation != "participatesIn" or head.type != "Person":
                continue
            for other in _listed_with(ctx, head):
                key = (other.key, relation, tail.key)
                if key not in added and (other.key, tail.key) not in linked:
                    out.append((ctx, other, relation, tail, f"learned-{relation}-listed"))
                    added.add(key)
    return out


def _attending_read(found: dict[tuple, object]) -> set[tuple[int, int]]:
    """Where a pattern read a name taking part in an event: ``(sentence start, name start)`` of each
    participatesIn fact's evidence. The pattern chose among the sentence's candidate events (出席仪式:
    the ceremony named last), so the classifier adds that name no other event in that sentence."""
    return {(ev.sentence_start, ev.head_start) for (_, r, _), rel in found.items() if r == "participatesIn"
            for ev in getattr(rel, "evidence", ()) if ev.head_start is not None}


def _listed_with(ctx, m: Mention) -> list[Mention]:
    """The other people of the list ``m`` stands in (joined by 、, 和, 及, 与)."""
    ms = ctx.mentions
    k = ms.index(m)
    while k > 0 and ms[k - 1].type == "Person" and ctx.gap(ms[k - 1], ms[k]) in COORDINATORS:
        k -= 1
    # (not a relative named to say whose the next one is: 李润五夫人王某)
    return [x for x in ctx.coordinated(ms[k], kinds=lambda x: x.type == "Person")
            if x is not m and x.key != m.key and not kin_anchor(ctx, x) and not _cut_name(ctx, x)]


@functools.lru_cache(maxsize=1)
def _event_kinds() -> re.Pattern[str]:
    """The regex of the kinds of event (the lexicon's event heads of two characters or more),
    built once per process (the lexicons are loaded once) rather than once per clause."""
    return head_regex(tuple(h for h in load_lexicons().event_heads if len(h) >= 2))


def _kind_agreement(clause: str, event: Mention) -> list[str]:
    """Whether the kinds of event a clause names (会议, 团拜会, 活动: the lexicon's event heads of two
    characters or more) are the main event's kind: 出席会议 refers to a meeting, not to a 主题活动."""
    kinds = {h.group() for h in _event_kinds().finditer(clause)}
    return sorted({"kind_agrees" if k in event.name else "kind_differs" for k in kinds})


@functools.lru_cache(maxsize=64)
def _sentence_bigrams(text: str, start: int, end: int) -> list[str]:
    sentence = text[start:end]
    return sorted({f"x|sb={sentence[i : i + 2]}" for i in range(len(sentence) - 1)})


def main_event_features(ctx, m: Mention, event: Mention, related: set[tuple[str, str]]) -> list[str]:
    """Features of ``m`` taking part in the article's main event ``event``, named in another
    sentence: the words of ``m``'s clause after it and of its sentence, where the event was named."""
    text = ctx.text
    s0, s1 = ctx.sentence.start, ctx.sentence.end
    _, c1 = ctx.clause_of(m)
    after = text[m.end : min(c1, m.end + 20)]
    f = ["x|bias", f"x|type={m.type}", f"x|after1={after[:1]}", f"x|after2={after[:2]}",
         f"x|before2={text[max(s0, m.start - 2) : m.start]}"]
    f += [f"x|ab={after[i : i + 2]}" for i in range(len(after) - 1)]
    f += _sentence_bigrams(text, s0, s1)
    f.append("x|event_before" if event.start < s0 else "x|event_after")
    if event.start < ctx.article.body_start:
        f.append("x|event_in_headline")
    f.append(f"x|others={_bucket(sum(o.type == m.type for o in ctx.mentions))}")
    if any(o.type == "Event" for o in ctx.mentions):
        f.append("x|sentence_names_an_event")
    if ctx.is_subject(m):
        f.append("x|subject")
    if m.role:
        f.append("x|role")
    if (m.key, "participatesIn") in related:
        f.append("x|has_participation")
    # what the event is: its head word (会议, 联欢会; 计划 and 项目 are no happenings), and whether
    # the patterns read it as a happening (held somewhere, organised, attended)
    f.append(f"x|event_head={event.name[-2:]}")
    if {(event.key, "heldAt"), (event.key, "~organizes"), (event.key, "~participatesIn")} & related:
        f.append("x|event_happened")
    return f


#: a report names its event in its lead: an event first named further into the article (or its
#: datelined section) than this many characters is one the article mentions on the way (a
#: biography's meeting of 1948, a survey's expert meeting), not the one it reports
LEAD = 400


def _named_late(ctx, event: Mention) -> bool:
    """Whether ``event`` is first named past the lead of its article or section, and the headline
    does not name it (各地青年志愿者开展义务服务假日献真情新年树新风 names its 『假日献真情、新年树新风』服务活动)."""
    if event.start - ctx.article.body_start <= LEAD:
        return False
    words = "".join(c for c in event.name if c.isalnum())
    title = "".join(c for c in ctx.article.title if c.isalnum())
    # (half the name will do: the headline leaves out the kind word, 服务活动)
    need = max(4, len(words) // 2)
    if any(words[i : i + need] in title for i in range(len(words) - need + 1)):
        return False
    from . import _sections  # (the package reads the sections; this module is one of its rules)

    starts = _sections(ctx.article)
    return event.start - starts[bisect.bisect_right(starts, event.start) - 1] > LEAD


#: a competition, games or show: what a person says of one is comment, not taking part (the
#: speakers of a report on a meeting mostly spoke at it; of a report on a games, about it)
_COMPETITION_OR_SHOW = re.compile(r"(?:赛|运会|运动会|奥会|展|展览|展演|博览会)$")
_SPEAKS = re.compile(r"说|指出|表示|认为|强调|希望|谈到|写道|介绍")


#: a plenum or congress named without the recogniser's event heads (省纪委第一次全会选举…)
_PLENUM = re.compile(r"全会|全体会议|代表大会")


def _other_event(ctx, event: Mention, end: int) -> bool:
    """Whether the sentence of ``ctx`` names, before ``end``, an event other than ``event``:
    the people of the clause then act at that one (在昨天举行的外长会议上，某某介绍了…)."""
    if any(o.type == "Event" and o.key != event.key and o.start < end for o in ctx.mentions):
        return True
    return any(not any(k in event.name for k in _CITED_KIND.get(p.group(), (p.group(),)))
               for p in _PLENUM.finditer(ctx.text, ctx.sentence.start, end))


def main_event_candidates(ctx, related: set[tuple[str, str]]) -> Iterator[tuple[Mention, Mention, str, list[str]]]:
    """People of a sentence that does not name the article's main event, as candidates for
    taking part in it (organisations so named were mostly wrong: a company's profile names its
    trade fair in the first sentence and the company in every other)."""
    event = ctx.main_event
    if event is None or any(o.key == event.key for o in ctx.mentions) or _named_late(ctx, event):
        return
    for m in ctx.mentions:
        if m.type != "Person" or _quoted(ctx, m) or kin_anchor(ctx, m) or _cited(ctx, m, event) or _cut_name(ctx, m):
            continue
        _, c1 = ctx.clause_of(m)
        if "kind_differs" in _kind_agreement(ctx.text[ctx.sentence.start : c1], event):
            # the sentence names another kind of event before or in the clause (出席会议 in a
            # report on a 主题活动; 出席今天茶话会的领导同志有：…, 以及…)
            continue
        if _other_event(ctx, event, c1):
            continue  # 在昨天举行的外长会议上，某某介绍了…: what the person did is of that other event
        if (_COMPETITION_OR_SHOW.search(event.name) or _COMPETITION_OR_SHOW.search(event.key)) and _SPEAKS.search(
                ctx.text, m.end, c1):
            continue  # 某某说，本届亚运会项目设置…: one speaks at a meeting, but of a games or a show
        if RECEIVES.search(ctx.text, m.end, c1):
            continue  # receiving a meeting's delegates is the receptions pattern's to read
        if _SENDS_WORD.search(ctx.text, m.end, c1):
            continue  # 吴邦国致信会议: letters are the patterns' to read (events.addressed_events)
        if ctx.text[c1 : c1 + 1] in "，,：:" and any(
                o.type == "Person" and c1 < o.start < ctx.clause_of(o)[1] and ctx.clause_of(o)[0] <= c1 + 1
                for o in ctx.mentions):
            continue  # the next clause has its own people: 王建国说，总经理李秀英、赵立也做了发言
        yield m, event, "participatesIn", main_event_features(ctx, m, event, related)
