"""Names of people of China's minority nationalities, which open with no Han surname.

Two readings, both of the language, never of one name:

- a run of two or more parts of Mongolian, Tibetan or Uyghur names (``lexicons/minority_name_parts.txt``:
  巴图|孟和, 乌云|其其格, 扎西|多吉, 买买提·艾力) on word boundaries is one name; the surname grammar
  misses such names and the tagger often cuts them after a syllable (巴图孟|和);
- a name followed by its bearer's nationality in brackets (某某（蒙古族）, 某某（女，藏族）, the lists of
  deputies and committee members) is a person's, whatever its characters.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> from uniongraph.extraction.lexicon import load_lexicons
>>> lex = load_lexicons()
>>> idx = TokenIndex("今年52岁的巴图孟和是炼钢厂的炉长。")
>>> [idx.text[s:e] for s, e in part_runs(idx, lex)]
['巴图孟和']
>>> is_minority_name("扎西·多吉", lex)
True
"""

from __future__ import annotations

import re

from .lexicon import Lexicons, derived
from .tokens import TokenIndex, word_frequency, word_tag

#: how often jieba's dictionary may count a word other than a name before a nationality bracket
#: for it to be a name still (夏日 212, 千奋勇 2: names in lists of deputies; 山寨 759, 村寨: a
#: photo of a people's village)
_FREQUENT = 500
#: the longest part of the lexicon asked for at a position
_MAX_PART = 5
#: a name before its bearer's nationality in brackets: （蒙古族）, （女，藏族）, （藏族，女）
_NATIONALITY = re.compile(r"（(?:女[，,、])?([\u4e00-\u9fff]{1,5}族)(?:[，,、]女)?）")
#: what ends the item before a name in a list or a clause
_ITEM_STARTS = frozenset("、，,：:；;。！？（）()“”《》\n 　")
#: word classes that end the clause before a name in brackets (选举|某某（蒙古族）为…: the verb)
_NOT_NAME_TAGS = frozenset({"v", "vn", "p", "c", "u", "uj", "ul", "d", "r", "m", "q", "f"})


def _parts(lex: Lexicons) -> frozenset[str]:
    return lex.words.get("minority_name_parts", frozenset())


def _part_ends(text: str, i: int, parts: frozenset[str]) -> list[int]:
    """The ends of the parts that open at ``i``, longest first."""
    return [i + n for n in range(min(_MAX_PART, len(text) - i), 1, -1) if text[i : i + n] in parts]


def _runs_from(text: str, i: int, parts: frozenset[str]) -> dict[int, int]:
    """The ends reachable from ``i`` by whole parts (a middle dot may join two), with the most
    parts that reach each."""
    counts = {i: 0}
    for at in range(i, len(text)):
        if at not in counts:
            continue
        n = counts[at]
        nxt = at + 1 if text[at : at + 1] == "·" and n else at
        for end in _part_ends(text, nxt, parts):
            if counts.get(end, -1) < n + 1:
                counts[end] = n + 1
    return counts


def is_minority_name(name: str, lex: Lexicons) -> bool:
    """Whether ``name`` is two or more parts of minority names, whole (巴图孟和, 扎西·多吉)."""
    parts = _parts(lex)
    return bool(parts) and _runs_from(name, 0, parts).get(len(name), 0) >= 2


def _part_first(lex: Lexicons, parts: frozenset[str]) -> re.Pattern[str]:
    """A pattern of the characters a name part opens with."""
    return derived(lex, "_minority_part_first", parts,
                   lambda: re.compile("[" + "".join(sorted({re.escape(p[0]) for p in parts})) + "]"))


def part_runs(idx: TokenIndex, lex: Lexicons) -> list[tuple[int, int]]:
    """Spans of two or more name parts that start and end on jieba's word boundaries, longest
    at each start; a run inside a longer word (the dictionary's) names no one."""
    parts = _parts(lex)
    if not parts:
        return []
    text = idx.text
    # the next character that opens a part, found by one search rather than a Python step per
    # character (exact: a position whose character opens no part was skipped one by one)
    first = _part_first(lex, parts)
    out: list[tuple[int, int]] = []
    i = 0
    while (m := first.search(text, i)) is not None and m.start() < len(text) - 3:
        i = m.start()
        if not idx.is_boundary(i) or not _part_ends(text, i, parts):
            i += 1
            continue
        counts = _runs_from(text, i, parts)
        ends = [e for e, n in counts.items() if n >= 2 and _ends_a_word(idx, e)]
        if ends:
            end = max(ends)
            if text[i - 1 : i] != "·" and text[end : end + 1] != "·" and not _place_head_at(text, end, lex):
                out.append((i, end))  # (one part of a longer dotted name is not the name: 嘉木样·洛桑久美·…)
            i = end
        else:
            i += 1
    return out


def _place_head_at(text: str, at: int, lex: Lexicons) -> bool:
    """Whether a place's head opens at ``at`` (巴音乌兰|嘎查, 那仁宝力格|苏木, 乌兰|镇): the run before it
    names a place, no one (``lexicons/place_heads.tsv``, ``lexicons/place_name_tails.txt``)."""
    tails = lex.words.get("place_name_tails", frozenset())
    return any(text.startswith(h, at) for h in (*lex.place_heads, *tails))


#: jieba's tags of what goes on with a longer name after a part (尼玛|慈仁, 阿旺|甘丹)
_NAME_GOES_ON = frozenset({"un", "nr", "nrt", "nrfg"})


def titled_parts(idx: TokenIndex, lex: Lexicons, titled) -> list[tuple[int, int]]:
    """Single name parts that are a word of their own right after a title (市长|白音, 党委副书记|丹增:
    ``titled(start)`` says whether one ends there), where no longer name goes on after them."""
    parts = _parts(lex)
    if not parts:
        return []
    toks = idx.tokens
    out = []
    # only the tokens that open with a part's first character (exact: a part is such a word)
    opening = (idx.starting_at(m.start()) for m in _part_first(lex, parts).finditer(idx.text))
    for k in (k for k in opening if k is not None):
        tok = toks[k]
        if tok.word not in parts or not titled(tok.start):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.pos in _NAME_GOES_ON or nxt.word == "·"):
            continue
        out.append((tok.start, tok.end))
    return out


def _ends_a_word(idx: TokenIndex, end: int) -> bool:
    return end >= len(idx.text) or idx.is_boundary(end)


def nationality_names(idx: TokenIndex, lex: Lexicons) -> list[tuple[int, int]]:
    """Names right before a bracket that gives a nationality of ``lexicons/ethnic_groups.txt``:
    the item of the list or the clause the name closes, after a verb or a preposition jieba cuts
    off (选举|某某（蒙古族）为主席)."""
    groups = lex.words.get("ethnic_groups", frozenset())
    genres = lex.words.get("genre_words", frozenset())
    text = idx.text
    out = []
    if "族" not in text:
        return out  # (every match holds 族: a scan of the text saved)
    for m in _NATIONALITY.finditer(text):
        if m.group(1) not in groups:
            continue
        end = m.start()
        start = end
        while start > 0 and text[start - 1] not in _ITEM_STARTS and end - start < 16:
            start -= 1
        if start > 0 and text[start - 1] not in _ITEM_STARTS:
            continue  # no item's start within reach
        if "的" in text[start:end]:
            continue  # 欢乐的山寨（拉祜族）: a phrase about a people, no one's name
        start = _after_the_clause(idx, start, end)
        name = text[start:end]
        if any(name.startswith(g) for g in genres):
            continue  # 舞蹈草原情（蒙古族）, 长调民歌（蒙古族）: a people's piece in a programme, no one's name
        if 2 <= len(name.replace("·", "")) <= 12 and re.fullmatch(r"[\u4e00-\u9fff·]+", name) \
                and not name.startswith("·") and not _frequent_word(name):
            out.append((start, end))
    return out


def _frequent_word(word: str) -> bool:
    return word_tag(word) not in ("nr", "nrfg", "nrt") and word_frequency(word) >= _FREQUENT


def text_before(idx: TokenIndex, at: int) -> str:
    return idx.text[at - 1 : at] if at else ""


def _after_the_clause(idx: TokenIndex, start: int, end: int) -> int:
    """Where the name opens in ``[start, end)``: after the last verb, preposition or function word
    jieba cuts there, if two characters remain after it. An item of a list (after 、) is the name
    whole: a conjunction opens none there, so 和 is the surname (、和志强（纳西族）)."""
    k = idx.index_at(start) if idx.tokens else None
    if k is None or text_before(idx, start) == "、":
        return start
    best = start
    for tok in idx.tokens_from(k):
        if tok.end >= end - 1:
            break
        if tok.start >= start and tok.pos in _NOT_NAME_TAGS:
            best = tok.end
    return best
