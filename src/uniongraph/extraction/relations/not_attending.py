"""Participations withdrawn where the sentence says the person wrote to the meeting or received
its delegates (李鹏接见全国海关关长会议代表, 吴邦国致信全国建材工作会议, 李鹏在贺信中强调), or did
not attend it (王立新因故未出席, 没有参加): the guideline's participatesIn is attending, competing
or being awarded, and a letter, an inscription, a reception of the delegates elsewhere or an
absence is none of them. The words are data
(``lexicons/not_attending_words.txt``).

The patterns that read receptions and letters (:func:`.attendance.receptions`,
:func:`.attendance.addressed_events`) still run: their pairs are known, so the learned classifier
does not propose them; this withdraws them with every other rule's reading of such a sentence."""

from __future__ import annotations

import functools
import re

from ...model import Relation
from ..lexicon import load_lexicons
from ..names import head_regex
from ..tokens import tokenizer

#: what ends the clause of a person named before the event: 李岚清、罗干等参加了这次接见
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
#: what joins the reception to the event right after it: 参加了会见和签字仪式 (both attended)
_JOINED = ("和", "及", "与", "、", "以及")


@functools.lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    """The words of ``not_attending_words.txt`` as one pattern, longest first (``names.head_regex``),
    built once per process, as ``learned._event_kinds`` is."""
    return head_regex(tuple(sorted(load_lexicons().words["not_attending_words"])))


#: a verb of attending before the word: its object the reception itself (参加了这次接见) or another
#: thing attended first (出席会议并会见了代表)
_ATTENDS = re.compile(r"(?:出席|参加|列席)(?:了)?(?:这次|此次)?")
#: after the reception, in the same clause: the person then chairs or attends (会见代表团并主持座谈)
_THEN_ATTENDS = re.compile(r"[^，。；：]{0,12}?并(?:共同)?(?:主持|出席|参加)")
#: the event as the addressee of what the clause goes on to say: 对正在…召开的X会议作出书面指示
_ADDRESSED = re.compile(r"(?:对|向|为|给)(?:正在[^，。；]{0,20}?的)?$")
#: the person at the meeting (在会上, 在大会上, 在开幕式上): what the clause says next is said there
_AT_THE_MEETING = re.compile(r"在(?:会|[^，。；]{0,12}?(?:会议|大会|座谈会|报告会|式))上")
#: an instruction addressed to the event the sentence refers to: 对大会作重要指示
_INSTRUCTS = re.compile(r"(?:对|向|给)[^，。；]{1,20}?(?:作|作出|做出|发来)[^，。；]{0,4}?指示")


#: instructions given at some earlier time (作过很多指示, 多次作出过批示): of no meeting attended
_GAVE_INSTRUCTIONS = re.compile(r"(?:作过|做过|作出过|做出过)[^，。；]{0,6}?(?:指示|批示)")


def says_not_attending(text: str, head_end: int, tail_start: int, sentence_end: int, tail_end: int | None = None) -> bool:
    """Whether a word of writing or receiving stands between the person (ending at ``head_end``)
    and the event it comes before in the sentence (``tail_start``), or, when the event stands
    before the person or in another sentence, in the rest of the person's clause. An event the
    person addresses (对X会议作重要指示) lets the rest of the clause after it say so, 指示 included.

    >>> says_not_attending("王立接见海河会议代表。", 2, 4, 11), says_not_attending("王立出席海河会议并会见代表。", 2, 4, 14)
    (True, False)
    >>> says_not_attending("王立参加了会见和签字仪式。", 2, 8, 13), says_not_attending("王立传达了李华的批示。", 2, 20, 11)
    (False, False)
    >>> says_not_attending("仪式举行。王立参加了会见和仪式。", 7, 0, 16)
    False
    >>> says_not_attending("王立对海河会议作重要指示。", 2, 3, 13, 7), says_not_attending("王立对海河会议很满意。", 2, 3, 11, 7)
    (True, False)
    >>> says_not_attending("会议召开。王立发来贺信。", 7, 0, 12), says_not_attending("会议召开。王立出席，会见了代表。", 7, 0, 15)
    (True, False)
    >>> says_not_attending("大会召开。王立对大会作重要指示。", 7, 0, 16)
    True
    >>> says_not_attending("工程启动。王立、李华等领导同志作过很多指示。", 7, 0, 22), says_not_attending("会议召开。王立出席并作过指示。", 7, 0, 14)
    (True, False)
    >>> says_not_attending("王立未出席海河会议。", 2, 5, 10), says_not_attending("会议召开。王立因故未出席。", 7, 0, 13)
    (True, True)
    """
    if head_end <= tail_start <= sentence_end:
        end = tail_start
        if tail_end is not None and _ADDRESSED.search(text, head_end, tail_start):
            clause = _CLAUSE_END.search(text, tail_end, sentence_end)
            rest = text[tail_end : clause.start() if clause else sentence_end]
            if _words().search(rest) or "指示" in rest:
                return True
    else:
        clause = _CLAUSE_END.search(text, head_end, sentence_end)
        end = clause.start() if clause else sentence_end
        if _AT_THE_MEETING.match(text, head_end, end):
            return False  # 王立在会上对今年工作作出指示: said at the meeting, attended
        if _INSTRUCTS.search(text, head_end, end):
            return True
        given = _GAVE_INSTRUCTIONS.search(text, head_end, end)
        if given is not None and not _ATTENDS.search(text, head_end, given.start()):
            return True  # 江泽民、李鹏等领导同志作过很多指示: instructions given before, no attending
    for word in _words().finditer(text, head_end, end):
        if _inside_a_word(text, word.start(), word.end()):
            continue  # 导致电网: 致电 read across two words
        if text[word.start() - 1 : word.start()] == "的":
            continue  # 传达了李鹏总理的批示: another's letter, read out at the meeting attended
        if text.startswith(_JOINED, word.end()):
            continue  # 参加了会见和签字仪式: the event (named here or before) attended as well
        if any(a.end() < word.start() for a in _ATTENDS.finditer(text, head_end, word.start())):
            continue  # 出席会议并会见了代表: the meeting attended first
        if _THEN_ATTENDS.match(text, word.end(), end):
            continue  # 会见代表团并主持座谈: received them, then chaired (or attended) the meeting
        return True
    return False


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether jieba's cut of the sentence around ``text[start:end]`` runs a word across either of
    its edges (导致|电网 holds no 致电), so that the match is no word of its own.

    >>> _inside_a_word("雷击导致电网停电", 3, 5), _inside_a_word("王立新致电大会", 3, 5), _inside_a_word("他在会见代表时说", 2, 4)
    (True, False, False)
    """
    lo = max(0, start - 6)  # a few characters of context either side suffice for the cut
    edges, pos = {lo}, lo
    for word in tokenizer()[0].cut(text[lo : end + 6], HMM=False):
        pos += len(word)
        edges.add(pos)
    return start not in edges or end not in edges


def withdraw(text: str, found: dict[tuple, Relation]) -> None:
    """Drop from ``found`` (by key) each participatesIn evidence whose sentence says its head
    wrote or received rather than attended, and each such fact left with no evidence."""
    for key, rel in list(found.items()):
        if rel.relation != "participatesIn":
            continue
        kept = [ev for ev in rel.evidence if ev.head_end is None or ev.tail_start is None
                or not says_not_attending(text, ev.head_end, ev.tail_start, ev.sentence_end, ev.tail_end)]
        if not kept:
            del found[key]
        elif len(kept) < len(rel.evidence):
            rel.evidence = kept
