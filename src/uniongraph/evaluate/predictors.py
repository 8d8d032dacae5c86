"""Span predictors to score with :func:`~uniongraph.evaluate.spans.evaluate_spans`.

Each factory returns ``predict(text) -> [(start, end, type)]`` with types PER/LOC/ORG and
character offsets into ``text`` (end exclusive).

>>> predict = jieba_posseg_predictor()                     # doctest: +SKIP
>>> predict("北京市总工会今天看望劳模")                      # doctest: +SKIP
[(0, 6, 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from copy import copy
from typing import Any

from ..schema import SPAN_LABELS
from .spans import Predictor, Span

#: Ontology types as NER span types (from :mod:`uniongraph.schema`); Event has no PFR/MSRA/CLUENER counterpart.
UG_TO_SPAN = SPAN_LABELS

#: jieba part-of-speech tags as span types (exact tags: ``nrt``/``nrfg`` are too noisy).
JIEBA_TO_SPAN: dict[str, str] = {"nr": "PER", "ns": "LOC", "nt": "ORG"}


#: resolutions that mark a mention as a reference, not a name
_REFERENCES = frozenset({"regional-short-form", "anaphora"})


def _parts(m: Any) -> list[Any]:
    """A place that names its enclosing place first (普洱市思茅区) as the places it is made of,
    which is how span annotations such as PFR's mark it."""
    parts = getattr(m, "parts", None)
    if not parts:
        return [m]
    out = []
    for s, e in parts:
        p = copy(m)
        p.start, p.end, p.text = s, e, m.text[s - m.start : e - m.start]
        out.append(p)
    return out


def _named_by_place_or_number(name: str) -> bool:
    """Whether a unit's name is only a place or an ordinal and its head (香港分社, 武汉分院,
    第三委员会, 第十二工程局): a name that says whose unit it is only after its body's name."""
    from ..extraction.lexicon import level_ends, load_lexicons
    from ..extraction.orgs import ORDINAL_UNIT

    if ORDINAL_UNIT.fullmatch(name):
        return True
    lex = load_lexicons()
    # (the characters that end a division's or a country's name, 湖南省, 中非共和国, or open a region's
    # own body, 省委, 市委: a name so made is a region's body in a list, …宣传部|湖南省委, no unit)
    ends = level_ends(*_LEVEL_KINDS)
    return any((name[:k] in lex.places or name[:k] in lex.place_aliases) and name[k:] in lex.org_heads
               and name[k - 1] not in ends and name[k] not in ends
               for k in range(2, len(name) - 1))


#: the scope words whose last characters end a division's or a country's name (省, 市 …; 全国)
_LEVEL_KINDS = ("level", "country")


def _prefecture(name: str) -> bool:
    """Whether ``name`` is a prefecture or region named with 地区 whose name the gazetteer knows
    (张家口地区, 北爱尔兰地区; not 部分地区, 周边地区)."""
    from ..extraction.lexicon import load_lexicons

    lex = load_lexicons()
    stem = name[:-2]
    return _PREFECTURE.fullmatch(name) is not None and (
        name in lex.places or stem in lex.places or stem in lex.place_aliases)


#: a prefecture or region named with 地区 (张家口地区, 北爱尔兰地区): after the province or country
#: that holds it, PFR tags the two as one place (河北省张家口地区, 英国北爱尔兰地区)
_PREFECTURE = re.compile(r"[\u4e00-\u9fff]{2,6}地区")


def _leader_of(m: Any, people: set[str]) -> Any:
    """A government named by its leader (克林顿政府, where the article names 克林顿) as the leader:
    PFR and MSRA tag the person, not the government; any other mention as it is."""
    if UG_TO_SPAN.get(m.type) != "ORG" or not m.text.endswith("政府") or m.text[:-2] not in people:
        return m
    leader = copy(m)
    leader.end, leader.text, leader.type = m.end - 2, m.text[:-2], "Person"
    return leader


def _party_organ_after(text: str | None, end: int) -> str | None:
    """The party or league organ written right after a body's name at ``end`` (某管理局|党委, 某部|党组,
    团中央|书记处; ``lexicons/party_organs.txt``), if any."""
    if not text:
        return None
    return next((w for w in _party_organs() if text.startswith(w, end)
                 and text[end + len(w) - 1 : end + len(w) + 1] not in _WORD_GOES_ON), None)


def _party_organs() -> tuple[str, ...]:
    """The party and league organs, longest first (:func:`..extraction.orgs.party_organs_longest_first`)."""
    from ..extraction.lexicon import load_lexicons
    from ..extraction.orgs import party_organs_longest_first

    return party_organs_longest_first(load_lexicons())


#: an organ's last character and the next one making another word: 党组|织 is 党组织 (the party
#: organisation), 党委|员 a member; no organ written there
_WORD_GOES_ON = frozenset({"组织", "委员"})


def flat_mentions(mentions: Iterable[Any], text: str | None = None) -> list[Any]:
    """The mentions a flat span scheme (PFR, MSRA) would tag, as copies with their offsets.

    Left out: references that are no names in themselves (:data:`_REFERENCES`, regional short
    forms), the places read off the front of an organisation's name (place-prefix), a body
    read out of its head's title word (国防部|长: the schemes tag 国防部长 as a title), and a
    province's one-character short name after a verb of going or being there (来京, 在沪召开: the
    graph's 北京, 上海; PFR tags the character an abbreviation, no place). A place that
    names its enclosing place first becomes its parts (:func:`_parts`). A unit written right after
    its body and named only by a place or a number (新华社|香港分社, 联合国|第三委员会) is one span
    with it: the graph keeps two organisations, the unit subOrganizationOf the body. A government
    named by a person the article names (克林顿政府) is that person's span (:func:`_leader_of`).
    With the article's ``text``, a body's span runs on over its party organ written right after it
    (某管理局|党委书记, 团中央|书记处: :func:`_party_organ_after`): the schemes tag the organ with its
    body as one name, where the graph (and its gold sets) keep the body, for whom its secretary works.
    """
    from ..extraction.orgs import TITLE_WORD_SOURCE

    mentions = list(mentions)
    names = [
        m for m in mentions
        if m.resolution not in _REFERENCES and not m.region_short
        and m.source not in ("place-prefix", "place-abbreviation", TITLE_WORD_SOURCE)
    ]
    people = {m.text for m in mentions if m.type == "Person"}
    out: list[Any] = []
    spans = (_leader_of(p, people) for m in names for p in _parts(m))
    for m in sorted(spans, key=lambda m: (m.start, m.end)):
        prev = out[-1] if out else None
        form = m.text
        if prev is not None and prev.end == m.start and (
                UG_TO_SPAN.get(prev.type) == "ORG" and UG_TO_SPAN.get(m.type) == "ORG" and _named_by_place_or_number(form)
                or UG_TO_SPAN.get(prev.type) == "LOC" and UG_TO_SPAN.get(m.type) == "LOC" and _prefecture(form)):
            joined = copy(m)
            joined.start, joined.text = prev.start, prev.text + form
            out[-1] = joined
            continue
        out.append(m)
    for i, m in enumerate(out):
        organ = _party_organ_after(text, m.end) if UG_TO_SPAN.get(m.type) == "ORG" else None
        if organ and not any(o.start < m.end + len(organ) and m.end < o.end for o in out):
            joined = copy(m)
            joined.end, joined.text = m.end + len(organ), m.text + organ
            out[i] = joined
    return out


def uniongraph_predictor(region: str | None = None) -> Predictor:
    """Spans of uniongraph's own extraction (``extraction.pipeline.extract_text``).

    ``region`` is the publication's home region (e.g. ``"北京市"``), as in a build.
    Mentions of type Event are dropped; the others map through :data:`UG_TO_SPAN`. So are
    references that are not names in themselves: regional short forms (市总工会, resolved to a
    full name from the region) and anaphors (该公司); annotation schemes such as PFR's leave
    them untagged too. So are the places read off the front of an organisation's name
    (辽宁省丹东市|鸭绿江造纸厂): a flat scheme tags the whole name, never a place inside it
    (:func:`flat_mentions`).
    """
    # Imported here so this module loads even when the pipeline is absent or broken.
    from ..extraction.pipeline import extract_text

    def predict(text: str) -> list[Span]:
        article = extract_text(text, region=region)
        return align_mentions(text, article.text, flat_mentions(article.mentions, article.text))

    return predict


def align_mentions(text: str, article_text: str, mentions: Iterable[Any]) -> list[Span]:
    """Mention spans of ``article_text`` moved onto ``text``.

    Usually the two are equal. When page repair changed the text, each mention's surface
    is looked up in ``text`` at the occurrence nearest its expected place (offsets shift by
    the running difference), and dropped if it is not there.
    """
    spans: list[Span] = []
    shift = 0
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        type_ = UG_TO_SPAN.get(m.type)
        if type_ is None:
            continue
        start, end = m.start, m.end
        surface = article_text[start:end]
        if article_text != text and text[start + shift : end + shift] != surface:
            pos = _nearest(text, surface, start + shift)
            if pos < 0:
                continue
            shift = pos - start
        spans.append((start + shift, end + shift, type_))
    return spans


def _nearest(text: str, surface: str, near: int) -> int:
    if not surface:
        return -1
    after = text.find(surface, max(near, 0))
    before = text.rfind(surface, 0, max(near, 0) + len(surface))
    cands = [p for p in (after, before) if p >= 0]
    return min(cands, key=lambda p: abs(p - near)) if cands else -1


def jieba_posseg_predictor() -> Predictor:
    """Spans of jieba's part-of-speech tagger: ``nr``→PER, ``ns``→LOC, ``nt``→ORG.

    Uses its own ``POSTokenizer(jieba.Tokenizer())`` so the global jieba state is untouched.
    The dictionary loads on the first call.
    """
    import jieba
    import jieba.posseg

    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())

    def predict(text: str) -> list[Span]:
        spans: list[Span] = []
        pos = 0
        for token in tagger.cut(text):
            word = token.word
            # posseg yields every character of the input in order; find() guards the offset
            # should a token ever differ from the raw text.
            if text.startswith(word, pos):
                start = pos
            else:
                start = text.find(word, pos)
                if start < 0:
                    continue
            pos = start + len(word)
            type_ = JIEBA_TO_SPAN.get(token.flag)
            if type_ is not None:
                spans.append((start, pos, type_))
        return spans

    return predict
