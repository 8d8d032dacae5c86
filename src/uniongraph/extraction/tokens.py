"""Word tokens with character offsets and dictionary part-of-speech tags.

jieba cuts the text (its own tokenizer instance, never the global one); each word's tag is
looked up in jieba's dictionary rather than computed by ``jieba.posseg``'s HMM, which is about
five times slower. Words jieba invents from its HMM (not in the dictionary) get the tag
``"un"``: unknown words are often names. Recognisers match names on the raw characters and use
tokens only to check boundaries and word classes.

jieba's HMM (``jieba.finalseg.viterbi``) copies the whole best path at every character, so a
run of n characters the dictionary cuts into single ones (工工工…, rare characters) cost n²:
30,000 of them took 4 s. :func:`viterbi` gives the same paths with back-pointers, in linear
time, and is put in its place when the tokenizer is loaded.

>>> [(t.word, t.pos) for t in tokenize("崂山区总工会")]
[('崂山区', 'ns'), ('总工会', 'n')]
"""

from __future__ import annotations

import functools
import itertools
import logging
import marshal
import operator
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from typing import NamedTuple



def _import_jieba():  # type: ignore[no-untyped-def]
    """jieba, imported without ``pkg_resources`` unless something loaded that already.

    jieba 0.42 imports ``pkg_resources`` (0.1 s, deprecated by setuptools) only to open its own
    data files, and opens them from its package folder when the import fails; start-up is
    serial, so the import is made to fail for that one import."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" raises
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()
jieba.setLogLevel(logging.WARNING)

from . import segment, word_cache  # noqa: E402 - after jieba, which they use
from .word_table import WordTable  # noqa: E402

#: jieba's own HMM decoder (quadratic), replaced by :func:`viterbi` once the tokenizer loads
JIEBA_VITERBI = jieba.finalseg.viterbi


class Token(NamedTuple):
    """One word: its offsets in the text (end exclusive), the word, its part-of-speech tag.

    A named tuple rather than a frozen dataclass: an article makes thousands of them, and a
    frozen dataclass's ``__init__`` costs several times a tuple's."""

    start: int
    end: int
    word: str
    pos: str


@functools.lru_cache(maxsize=1)
def tokenizer() -> tuple[jieba.Tokenizer, WordTable]:
    """jieba's tokenizer and its dictionary's words (frequencies and tags), loaded once per process.

    The same tables ``jieba.Tokenizer().initialize()`` and ``jieba.posseg.POSTokenizer`` load,
    folded into one (:mod:`.word_table`) and read faster: from one cache (:mod:`.word_cache`),
    or, when it is absent or stale, by :func:`load_uncached`. Start-up is serial: every worker
    forks after it.
    """
    _use_linear_hmm()
    tk = jieba.Tokenizer()
    return tk, word_cache.load_tables(tk, load_uncached)


def load_uncached(tk: jieba.Tokenizer) -> dict[str, str]:
    """Fill ``tk`` with its prefix dictionary and return its tag table, without uniongraph's cache.

    ``jieba.posseg`` is not imported (its import parses the tag table for a global tagger this
    module never uses), jieba's cached prefix dictionary is unmarshalled from bytes
    (``marshal.load`` on a file reads it piece by piece, three times slower), and the tag table
    is split from the decoded file at once.
    """
    if not _load_cached(tk):
        tk.initialize()  # builds the prefix dictionary and writes jieba's cache
    return _word_tags(tk)


def viterbi(obs: str, states: str, start_p: dict[str, float], trans_p: dict[str, dict[str, float]],
            emit_p: dict[str, dict[str, float]]) -> tuple[float, list[str]]:
    """``jieba.finalseg.viterbi`` keeping one back-pointer per state and character instead of a
    copy of the path: the same sums in the same order and the same tie-breaks, so the same path.

    >>> import jieba.finalseg as f
    >>> viterbi("张三丰来了", "BMES", f.start_P, f.trans_P, f.emit_P)[1]
    ['B', 'M', 'M', 'E', 'S']
    """
    finalseg = jieba.finalseg  # (its tables read at each call, as an import here did: no import per call)
    MIN_FLOAT, PrevStatus = finalseg.MIN_FLOAT, finalseg.PrevStatus

    if states == "BMES" and PrevStatus == _BMES_PREVIOUS:
        return _viterbi_bmes(obs, start_p, trans_p, emit_p, MIN_FLOAT)
    best = {y: start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT) for y in states}
    back: list[dict[str, str]] = []
    for t in range(1, len(obs)):
        prev, best, came = best, {}, {}
        for y in states:
            em_p = emit_p[y].get(obs[t], MIN_FLOAT)
            prob, state = max([(prev[y0] + trans_p[y0].get(y, MIN_FLOAT) + em_p, y0) for y0 in PrevStatus[y]])
            best[y], came[y] = prob, state
        back.append(came)
    prob, state = max((best[y], y) for y in "ES")
    path = [state]
    for came in reversed(back):
        state = came[state]
        path.append(state)
    path.reverse()
    return prob, path


#: the states each state of jieba's word HMM may follow (``jieba.finalseg.PrevStatus``)
_BMES_PREVIOUS = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}
_BMES_SLOT = {"B": 0, "M": 1, "E": 2, "S": 3}  # where a state's back-pointer is in a step's tuple


def _viterbi_bmes(obs: str, start_p: dict[str, float], trans_p: dict[str, dict[str, float]],
                  emit_p: dict[str, dict[str, float]], low: float) -> tuple[float, list[str]]:
    """:func:`viterbi` for jieba's four states, unrolled: no list, tuple or ``max`` per state
    and character. Each state's two candidates are summed as there (previous + transition +
    emission, left to right) and a tie goes where ``max`` over ``(score, state)`` sends it,
    to the later letter (S over E, M over B)."""
    eB, eM, eE, eS = emit_p["B"].get, emit_p["M"].get, emit_p["E"].get, emit_p["S"].get
    tB, tM, tE, tS = (trans_p[y].get for y in "BMES")
    tEB, tSB, tMM, tBM = tE("B", low), tS("B", low), tM("M", low), tB("M", low)
    tSS, tES, tBE, tME = tS("S", low), tE("S", low), tB("E", low), tM("E", low)
    c = obs[0]
    vB, vM = start_p["B"] + eB(c, low), start_p["M"] + eM(c, low)
    vE, vS = start_p["E"] + eE(c, low), start_p["S"] + eS(c, low)
    back: list[tuple[str, str, str, str]] = []  # per character: where B, M, E, S came from
    append = back.append
    for c in obs[1:]:
        x = eB(c, low)
        a, b = vE + tEB + x, vS + tSB + x
        nB, fB = (b, "S") if b >= a else (a, "E")
        x = eM(c, low)
        a, b = vM + tMM + x, vB + tBM + x
        nM, fM = (a, "M") if a >= b else (b, "B")
        x = eE(c, low)
        a, b = vB + tBE + x, vM + tME + x
        nE, fE = (b, "M") if b >= a else (a, "B")
        x = eS(c, low)
        a, b = vS + tSS + x, vE + tES + x
        nS, fS = (a, "S") if a >= b else (b, "E")
        vB, vM, vE, vS = nB, nM, nE, nS
        append((fB, fM, fE, fS))
    prob, state = (vS, "S") if vS >= vE else (vE, "E")
    path = [state]
    for came in reversed(back):
        state = came[_BMES_SLOT[state]]
        path.append(state)
    path.reverse()
    return prob, path


def _use_linear_hmm() -> None:
    """Put :func:`viterbi` in place of jieba's own (not over another replacement)."""
    if jieba.finalseg.viterbi is JIEBA_VITERBI:
        jieba.finalseg.viterbi = viterbi


def _load_cached(tk: jieba.Tokenizer) -> bool:
    """Fill ``tk`` from jieba's cache of its default dictionary, as ``initialize`` would."""
    if tk.initialized or tk.dictionary != jieba.DEFAULT_DICT or tk.cache_file:
        return False
    path = os.path.join(tk.tmp_dir or tempfile.gettempdir(), "jieba.cache")  # jieba's name for it
    try:
        with open(path, "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):  # absent or unreadable: jieba rebuilds it
        return False
    if not isinstance(freq, dict) or not isinstance(total, int):
        return False
    tk.FREQ, tk.total, tk.initialized = freq, total, True
    return True


def _word_tags(tk: jieba.Tokenizer) -> dict[str, str]:
    """Word -> tag of ``tk``'s dictionary file, as ``jieba.posseg.POSTokenizer.load_word_tag``."""
    with tk.get_dict_file() as fh:
        data = fh.read()
    text = data.decode("utf-8")
    # Fast path (start-up is serial): "word freq tag" on every line, no blank line, split at
    # once. Anything else (a missing tag, a blank line) takes the line-by-line loop below.
    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if len(fields) == 3 * lines and all(map(str.isdigit, fields[1::3])):
        return dict(zip(fields[0::3], fields[2::3]))
    tags: dict[str, str] = {}
    try:
        for line in text.split("\n"):
            line = line.strip(" \t\n\r\x0b\x0c")  # what bytes.strip() removes
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    except ValueError:  # a malformed entry: let jieba's own loader name its line
        import jieba.posseg

        return jieba.posseg.POSTokenizer(tk).word_tag_tab
    return tags


_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()[]<>\"' \t\n\u3000")


#: tags of words outside the dictionary already seen (punctuation, numbers, HMM words)
_UNKNOWN_TAGS: dict[str, str] = {}


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into tokens with offsets and tags (``x`` punctuation, ``m`` numbers)."""
    return _tokens(text)[0]


#: makes a Token from a (start, end, word, pos) tuple in C (``Token._make`` is a Python call)
_TOKEN = functools.partial(tuple.__new__, Token)


def _tokens(text: str) -> tuple[list[Token], list[int], list[int]]:
    """:func:`tokenize`'s tokens, with their lengths and their offsets (starts, then the end
    of the last): made list by list in C-level ``map`` calls rather than word by word."""
    tk, table = tokenizer()
    words = segment.words(tk, text)  # tk.cut(text, HMM=True)'s words, faster
    if "街道" in text:
        words = _rejoin_subdistricts(words)
    if "部副" in text:
        words = _split_deputy_of_a_department(words)
    if "党委" in text:
        words = _split_own_committees(words)
    if "县" in text:
        words = _rejoin_one_character_counties(words, lambda w: table.tags([w])[0])
    pos = table.tags(words)
    if None in pos:  # words outside the dictionary (punctuation, numbers, HMM words)
        glued: list[int] = []
        joined: list[int] = []
        leading: list[int] = []
        heads = _glued_name_heads()
        # only the places without a tag are visited (found in C: a tag is a non-empty string),
        # not every word of the text
        for k in itertools.compress(itertools.count(), map(operator.not_, pos)):
            word = words[k]
            tag = _UNKNOWN_TAGS.get(word)
            if tag is None:
                tag = _unknown_word_tag(word)
                if len(_UNKNOWN_TAGS) < 100_000:  # a name or number recurs; bounded all the same
                    _UNKNOWN_TAGS[word] = tag
            pos[k] = tag
            if word[0] in heads and 1 < len(word) < 4:
                glued.append(k)
            elif len(word) <= 3 and _JOINED_TO_A_LEVEL.fullmatch(word):
                joined.append(k)
            elif len(word) >= 2 and word[-1] == _LEADS:
                leading.append(k)
        if glued:
            words, pos = _split_glued_heads(words, pos, glued, table)
            if joined:  # (the indices moved: found again among the words left unknown)
                joined = [k for k, (w, p) in enumerate(zip(words, pos))
                          if p == "un" and len(w) <= 3 and _JOINED_TO_A_LEVEL.fullmatch(w)]
        if joined:
            words, pos = _split_joined_levels(words, pos, joined, table)
        if leading:  # (found again: the cuts above moved the indices)
            words, pos = _split_leads(words, pos, table)
    if "或" in text:
        words, pos = _split_or_before_a_level(words, pos)
    words, pos = _free_glued_places(words, pos, table)
    if "长" in text and any(w in text for w in _doubled_head_posts()):
        words, pos = _split_doubled_heads(words, pos, table)
    lengths = list(map(len, words))
    offsets = list(itertools.accumulate(lengths, initial=0))
    tokens = list(map(_TOKEN, zip(offsets, itertools.islice(offsets, 1, None), words, pos)))
    return tokens, lengths, offsets


@functools.lru_cache(maxsize=1)
def _place_rests() -> dict[str, frozenset[str]]:
    """A place's name but its first character -> those first characters (山区 -> 名 of 名山区), for the
    county- and prefecture-level places of ``divisions.tsv`` written with their level (三 characters or
    more: a shorter rest is one character, and every character is some word's end)."""
    from .lexicon import load_lexicons  # the lexicons load no tokenizer: no cycle at import time

    rests: dict[str, set[str]] = {}
    for n, d in load_lexicons().places.items():
        if len(n) >= 3 and d.level in ("county", "prefecture") and n[-1] in "市区县旗州盟":
            rests.setdefault(n[1:], set()).add(n[0])
    return {r: frozenset(c) for r, c in rests.items()}


#: what glues a place's first character to itself: a preposition, verb, conjunction or adverb
#: (由|名山区, 有|名山区), never a number (余名|山区干部: 2000 余名 mountain-area cadres) or a place
_GLUING_TAGS = frozenset({"p", "v", "c", "d"})
#: words of a body's name after the place (名山区|总工会, 名山区|中峰|镇): not a verbal noun (适应|城市|生活)
_BODY_NAME_TAGS = frozenset({"n", "nt", "ns", "nz", "nr", "nrt", "j", "un"})


def _free_glued_places(words: list[str], pos: list[str], table: WordTable) -> tuple[list[str], list[str]]:
    """jieba reads 由名山区总工会 as 由名|山区|总工会 and 也有名山区中峰镇卫生院 as 也|有名|山区|中峰|…:
    a place its dictionary does not hold loses its first character to the word before, and the rest
    (山区) is a word. Where that word is a function word or verb and that character (由|名, 有|名), the
    rest completes a place of ``divisions.tsv`` and a body's name goes on after it, the character goes
    back to the place: 由|名山区|总工会. A number before (余名|山区|干部) or a verbal noun after it
    (适应|城市|生活) leaves the cut as it is.

    >>> from uniongraph.extraction.tokens import tokenizer
    >>> _free_glued_places(["由名", "山区", "总工会"], ["un", "ns", "n"], tokenizer()[1])
    (['由', '名山区', '总工会'], ['p', 'ns', 'n'])
    >>> _free_glued_places(["余名", "山区", "干部"], ["m", "ns", "n"], tokenizer()[1])
    (['余名', '山区', '干部'], ['m', 'ns', 'n'])
    """
    rests = _place_rests()
    cut: dict[int, tuple[list[str], list[str]]] = {}
    # only the words that are a place's rest are visited (found in C), not every word of the text
    for k in itertools.compress(itertools.count(), map(rests.__contains__, words)):
        if not 0 < k < len(words) - 1 or k - 1 in cut:
            continue
        before, rest = words[k - 1], words[k]
        if len(before) < 2 or before[-1] not in rests[rest] or pos[k + 1] not in _BODY_NAME_TAGS:
            continue
        lead_tag = table.tag(before[:-1])
        if lead_tag in _GLUING_TAGS:
            cut[k - 1] = ([before[:-1], before[-1] + rest], [lead_tag, "ns"])
            cut[k] = ([], [])
    return _spliced(words, pos, cut)


#: a word jieba's HMM makes of 或 and the level of the body named next (…监督科|或市|总工会): unknown to its
#: dictionary, it hides the joint of two names
_OR_AND_LEVEL = re.compile("或[省市县区]")


def _split_or_before_a_level(words: list[str], pos: list[str]) -> tuple[list[str], list[str]]:
    """Cut 或 off the level it was glued to: the conjunction between two bodies, then the level that
    opens the second one's name.

    >>> _split_or_before_a_level(["监督科", "或市", "总工会"], ["nz", "un", "n"])
    (['监督科', '或', '市', '总工会'], ['nz', 'c', 'n', 'n'])
    """
    if not any(p == "un" and _OR_AND_LEVEL.fullmatch(w) for w, p in zip(words, pos)):
        return words, pos
    out_w: list[str] = []
    out_p: list[str] = []
    for w, p in zip(words, pos):
        if p == "un" and _OR_AND_LEVEL.fullmatch(w):
            out_w += [w[0], w[1]]
            out_p += ["c", "n"]
        else:
            out_w.append(w)
            out_p.append(p)
    return out_w, out_p


def _rejoin_subdistricts(words: list[str]) -> list[str]:
    """jieba reads 滨江街道 as 滨江街|道 (a street, then the measure word 道): a street's name then
    道 alone is a subdistrict, 滨江|街道, as 望京|街道 is cut.

    >>> _rejoin_subdistricts(["滨江街", "道", "总工会"]), _rejoin_subdistricts(["长安街", "道路"])
    (['滨江', '街道', '总工会'], ['长安街', '道路'])
    """
    out: list[str] = []
    for w in words:
        if w == "道" and out and len(out[-1]) >= 3 and out[-1][-1] == "街":
            out[-1:] = [out[-1][:-1], "街道"]
        else:
            out.append(w)
    return out


@functools.lru_cache(maxsize=1)
def _one_character_counties() -> frozenset[str]:
    """The counties named by one character and 县 (献县, 沛县, 和县), from ``divisions.tsv``."""
    from .lexicon import load_lexicons  # the lexicons load no tokenizer: no cycle at import time

    return frozenset(n for n, d in load_lexicons().places.items() if len(n) == 2 and n[1] == "县" and d.level == "county")


@functools.lru_cache(maxsize=1)
def _named_counties() -> frozenset[str]:
    """The counties named by two characters or more and 县 (云霄县, 平原县), from ``divisions.tsv``:
    jieba glues their 县 to the word after it (云霄|县政府, 平原|县委) where it does not know them."""
    from .lexicon import load_lexicons  # the lexicons load no tokenizer: no cycle at import time

    return frozenset(n for n, d in load_lexicons().places.items() if len(n) > 2 and n[-1] == "县" and d.level == "county")


#: jieba's tags of the words that go on with a name (宣传部 is nr to it)
_NAME_PART_TAGS = ("n", "nr", "ns", "nt", "nz", "j", "un")


def _ends_a_name(words: list[str], i: int, tag) -> bool:
    """Whether no word of a name follows ``words[i]`` (县政府|开设, 县委|、; not 县委|宣传部)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if not nxt or unicodedata.category(nxt[0])[0] in "PSZ":
        return True
    t = tag(nxt) if tag is not None else None
    return t is not None and not t.startswith(_NAME_PART_TAGS)


#: words that join two bodies (市委和县委): 和 there is the conjunction, not the county 和县
_JOINING = frozenset("和与及或同")
#: a numeral ends the word before a measure word (１０|户|县级企业): 户 there is no county
_NUMERAL_END = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多")


#: 应 as "at the request of": 应|县委|要求，… 应|县总工会|之邀 (the clause closes on the request)
_AT_THE_REQUEST_OF = re.compile(r"[^，。；！？,;]{0,12}?(?:(?:邀请|要求|请求|约请|号召)[，,]|之邀|之约)")
#: adjectives before 县城 (新县城, 老县城): a new county town, no county 新县
_BEFORE_COUNTY_TOWN = frozenset("新老旧小")
#: 代 as "acting" before a county's head (代县长): 代县's head is written 代县县长
_ACTING_POSTS = ("县长", "县委书记")


def _a_word_of_its_own(prev: str, w: str, words: list[str], i: int) -> bool:
    """Whether the one character before a word opening with 县 is a word of the sentence, not a
    county: 应 before a request (应县委要求，), an adjective before 县城, 代 (acting) before 县长.

    >>> _a_word_of_its_own("应", "县委", ["应", "县委", "要求", "，"], 1), _a_word_of_its_own("应", "县总工会", ["应", "县总工会", "召开"], 1)
    (True, False)
    """
    if prev == "应":
        return bool(_AT_THE_REQUEST_OF.match("".join(words[i : i + 12])[len(w) :]))
    if w == "县城":
        return prev in _BEFORE_COUNTY_TOWN
    return prev == "代" and w.startswith(_ACTING_POSTS)


#: tags of words a conjunction does not follow: verbs, particles, prepositions, adverbs, pronouns
_NOT_JOINED_TAGS = ("v", "u", "p", "d", "r", "c", "m", "q", "f", "t")
#: the last characters of a place's name (马鞍山市|和县: the county of the city, no conjunction)
_PLACE_ENDS = tuple("省市州盟区县")


def _joinable(out: list[str], tag) -> bool:
    """Whether the last word of ``out`` is an item a conjunction may follow (乡镇|和, 市委|和, a short
    body in brackets, 乡镇（街道）|和): not a stop, an opening mark or a space, not a verb or a
    function word (走访了|和县), not a place (马鞍山市|和县), not a bracket around other words
    (（通讯员 王芳）|和县总工会: a byline before the county)."""
    if not out:
        return False
    w = out[-1]
    if w in ("）", ")"):
        k = max((i for i in range(len(out) - 1) if out[i] in ("（", "(")), default=None)
        inner = "".join(out[k + 1 : -1]) if k is not None else ""
        return 1 <= len(inner) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in inner)
    if unicodedata.category(w[-1])[0] in "PSZ":
        return False
    t = tag(w) if tag is not None else None
    if t is None:
        return True
    return not t.startswith(_NOT_JOINED_TAGS) and not (t == "ns" and w.endswith(_PLACE_ENDS))


def _rejoin_one_character_counties(words: list[str], tag=None) -> list[str]:
    """jieba reads 献县总工会 as 献|县总工会 (县总工会, 县委 are words of its dictionary): a county
    named by one character then a word opening with 县 is the county and the rest, 献县|总工会; so is
    a county of a longer name jieba does not know, where the rest is a word (云霄|县政府 → 云霄县|政府,
    平原|县委 → 平原县|委; not 万安|县委宣传部, nor 万安|县委|宣传部: a department after it keeps the
    name whole, as the grammar reads it).
    A joining word after another word (市委|和|县委) stays the conjunction, a measure word after a
    numeral (１０|户|县级) the measure word.

    >>> _rejoin_one_character_counties(["献", "县总工会", "召开"]), _rejoin_one_character_counties(["市委", "和", "县委"])
    (['献县', '总工会', '召开'], ['市委', '和', '县委'])
    >>> _rejoin_one_character_counties(["１０", "户", "县级"])
    ['１０', '户', '县级']
    >>> _rejoin_one_character_counties(["乡镇", "和县", "直", "单位"])
    ['乡镇', '和', '县直', '单位']
    """
    counties = _one_character_counties()
    out: list[str] = []
    # only a word holding 县, or the one after a county cut off its conjunction (carry), can be
    # changed: every county form holds it, both readings below need it; the others are copied as
    # they stand, picked out in C (a text of 500 words holds a few)
    done = 0
    for i in itertools.compress(itertools.count(), map(str.__contains__, words, itertools.repeat("县"))):
        if i < done:
            continue  # (read already as the word after a conjunction cut off)
        out += words[done:i]
        i = _rejoin_at(words, i, out, counties, tag)
        done = i + 1
    out += words[done:]
    return out


def _rejoin_at(words: list[str], i: int, out: list[str], counties: frozenset[str], tag) -> int:
    """:func:`_rejoin_one_character_counties`'s reading of word ``i`` (and of the word after it, when
    a county's conjunction is cut off it: 和县|直 → 和|县直), added to ``out``; the last word read."""
    carry = ""
    while True:
        w, carry = carry + words[i], ""
        prev = out[-1] if out else ""
        if w in counties and w[0] in _JOINING and words[i + 1 : i + 2] and words[i + 1][0] == "直" \
                and _joinable(out, tag):
            out.append(w[0])  # 乡镇（街道）|和|县直单位: the conjunction, then the county's own units
            carry = "县"
            i += 1
            continue
        if (len(w) > 1 and w[0] == "县" and (len(prev) == 1 and prev + "县" in counties
                                             or len(prev) > 1 and prev + "县" in _named_counties() and is_word(w[1:])
                                             and _ends_a_name(words, i, tag))
                and not (len(out) > 1 and out[-2][-1] in _NUMERAL_END)
                and not (prev in _JOINING and _joinable(out[:-1], tag))
                and not _a_word_of_its_own(prev, w, words, i)):
            out[-1:] = [prev + "县", w[1:]]
        else:
            out.append(w)
        return i


@functools.lru_cache(maxsize=1)
def _glued_name_heads() -> frozenset[str]:
    """One-character heads of names jieba's HMM glues to the word after them (``glued_name_heads.txt``)."""
    from .lexicon import load_lexicons  # the lexicons load no tokenizer: no cycle at import time

    return load_lexicons().words.get("glued_name_heads", frozenset())


#: words a name's head follows (nouns of every kind, verbal nouns, abbreviations, HMM words):
#: not a pronoun, number or function word, after which the head is a word of its own (这个|团有)
_NAME_STEM_TAGS = frozenset({"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "ng", "vn", "j", "un", "l", "b"})
#: what the rest of a glued head is: a verb, preposition, adverb, conjunction, particle or pronoun
#: (厂|干, 团|到, 局|将, 院|以, 局|等), never a noun (团|史, 厂|际, 村|情: words of their own)
_PARTICLE_TAGS = frozenset({"u", "uj", "ul", "uz", "ud", "ug", "uv"})
_GLUED_REST_TAGS = frozenset({"v", "p", "d", "c", "r"}) | _PARTICLE_TAGS


#: a conjunction and the level opening the next body's name, glued by the HMM to a head (院|和区)
_AND_A_LEVEL = re.compile("[和与及][省市县区]")


def _split_glued_heads(words: list[str], pos: list[str], at: list[int],
                       table: WordTable) -> tuple[list[str], list[str]]:
    """jieba's HMM reads 仪征链条厂干了 as 仪征|链条|厂干|了 and 评估团到大亚湾 as 评估|团到|大亚湾:
    where its dictionary holds no word, a name's one-character head (``glued_name_heads.txt``)
    and the verb or particle after it make one invented word. After a noun, such a word whose
    rest is a dictionary verb or function word is the head and the rest: 链条|厂|干|了.
    ``at``: the indices of the candidates (HMM words opening with a head).

    >>> from uniongraph.extraction.tokens import tokenizer
    >>> _split_glued_heads(["链条", "厂干", "了"], ["n", "un", "ul"], [1], tokenizer()[1])
    (['链条', '厂', '干', '了'], ['n', 'zg', 'v', 'ul'])
    >>> _split_glued_heads(["仲裁", "院和区", "总工会"], ["vn", "un", "n"], [1], tokenizer()[1])
    (['仲裁', '院', '和', '区', '总工会'], ['vn', 'n', 'c', 'n', 'n'])
    >>> _split_glued_heads(["这个", "团有"], ["r", "un"], [1], tokenizer()[1])
    (['这个', '团有'], ['r', 'un'])
    """
    cut: dict[int, tuple[list[str], list[str]]] = {}
    for k in at:
        if k and pos[k] == "un" and pos[k - 1] in _NAME_STEM_TAGS:
            w = words[k]
            rest_tag = table.tag(w[1:])
            if rest_tag in _GLUED_REST_TAGS:
                cut[k] = ([w[0], w[1:]], [table.tag(w[0]) or "n", rest_tag])
            elif _AND_A_LEVEL.fullmatch(w, 1):  # 仲裁|院和区|总工会: the head, 和, the next body's level
                cut[k] = ([w[0], w[1], w[2]], [table.tag(w[0]) or "n", "c", "n"])
    return _spliced(words, pos, cut)


def _spliced(words: list[str], pos: list[str],
             cut: dict[int, tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    """``words`` and ``pos`` with the word at each index of ``cut`` replaced by its pieces and their tags.

    >>> _spliced(["审计", "组由市"], ["v", "un"], {1: (["组", "由", "市"], ["zg", "p", "n"])})
    (['审计', '组', '由', '市'], ['v', 'zg', 'p', 'n'])
    """
    if not cut:
        return words, pos
    out_words: list[str] = []
    out_pos: list[str] = []
    for k, (w, tag) in enumerate(zip(words, pos)):
        if k in cut:
            out_words += cut[k][0]
            out_pos += cut[k][1]
        else:
            out_words.append(w)
            out_pos.append(tag)
    return out_words, out_pos


#: a word jieba's HMM makes of a preposition, a conjunction or the verb of leading (perhaps after one
#: character), and the level opening the next body's name (审计组|由市|总工会, 我|和区|总工会, 街道|及区|总工会,
#: 职工|跟市|总工会, 某某|率市|总工会代表团): unknown to its dictionary, it hides where the name opens
_JOINED_TO_A_LEVEL = re.compile("[\u4e00-\u9fff]?[由和与及同跟率][省市县区]")


def _split_joined_levels(words: list[str], pos: list[str], at: list[int],
                         table: WordTable) -> tuple[list[str], list[str]]:
    """Cut such a word (``at``: the candidates) into its characters when an organisation's head follows
    it, or a word ending in one (组由市|总工会 -> 组|由|市|总工会, 组由市|审计局, 及区|总工会 -> 及|区|总工会):
    the preposition opens a clause, the level the name.

    >>> from uniongraph.extraction.tokens import tokenizer
    >>> _split_joined_levels(["审计", "组由市", "总工会"], ["v", "un", "n"], [1], tokenizer()[1])
    (['审计', '组', '由', '市', '总工会'], ['v', 'zg', 'p', 'n', 'n'])
    """
    from .lexicon import load_lexicons  # the lexicons load no tokenizer: no cycle at import time

    heads = load_lexicons().org_heads
    cut: dict[int, tuple[list[str], list[str]]] = {}
    for k in at:
        if pos[k] == "un" and k + 1 < len(words) and _ends_in_a_head(words[k + 1], heads):
            w = words[k]
            first, joint = w[:-2], w[-2]  # (the character before the joining word, if any)
            cut[k] = ([*([first] if first else []), joint, w[-1]],
                      [*([table.tag(first) or "n"] if first else []),
                       "c" if joint in _JOINING else "v" if joint == _LEADS else "p", "n"])
    return _spliced(words, pos, cut)


def _ends_in_a_head(word: str, heads) -> bool:
    """Whether ``word`` is an organisation's head or ends in one (总工会, 审计局)."""
    return word in heads or any(word[-n:] in heads for n in range(1, min(len(word), 4)))


#: the verb of leading a party (某某率代表团): jieba's HMM glues it to the word before it (他率, 西萨瓦率)
_LEADS = "率"
#: the tags of a word that opens the name of what is led (a place, a body, an abbreviation: 中国, 中共)
_LED_NAME_TAGS = frozenset({"ns", "nt", "j", "nz"})


def _split_leads(words: list[str], pos: list[str], table: WordTable) -> tuple[list[str], list[str]]:
    """Cut 率 off an HMM word it ends (他率|中共|代表团 -> 他|率|中共|代表团, 坎蓬·西萨瓦率|老挝… ->
    西萨瓦|率|老挝…) when a proper word follows: the verb of leading, then the name of the party led.

    >>> from uniongraph.extraction.tokens import tokenizer
    >>> _split_leads(["他率", "中共", "代表团"], ["un", "j", "n"], tokenizer()[1])
    (['他', '率', '中共', '代表团'], ['r', 'v', 'j', 'n'])
    """
    out_words: list[str] = []
    out_pos: list[str] = []
    for k, (w, tag) in enumerate(zip(words, pos)):
        if tag == "un" and len(w) >= 2 and w[-1] == _LEADS and k + 1 < len(words) and pos[k + 1] in _LED_NAME_TAGS:
            out_words += [w[:-1], _LEADS]
            out_pos += [table.tag(w[:-1]) or "un", "v"]
        else:
            out_words.append(w)
            out_pos.append(tag)
    return out_words, out_pos


@functools.lru_cache(maxsize=1)
def _doubled_head_posts() -> frozenset[str]:
    """Dictionary words of a unit's head and its chief's post (处处长, 局局长): ``doubled_head_posts.txt``."""
    from .lexicon import load_lexicons

    return load_lexicons().words.get("doubled_head_posts", frozenset())


def _split_doubled_heads(words: list[str], pos: list[str], table: WordTable) -> tuple[list[str], list[str]]:
    """jieba reads 航班时刻处处长 as 航班时刻|处处长 and 科技科科长 as 科技|科科长 (处处长, 科科长 are
    words of its dictionary): after a noun, such a word (``doubled_head_posts.txt``) is the unit's
    head and its chief's post, 航班时刻|处|处长. Not before a particle: 院里处处长着青草 is 处处 (everywhere).

    >>> from uniongraph.extraction.tokens import tokenizer
    >>> _split_doubled_heads(["科技", "科科长", "林"], ["n", "n", "nr"], tokenizer()[1])
    (['科技', '科', '科长', '林'], ['n', 'n', 'n', 'nr'])
    >>> _split_doubled_heads(["这个", "局局长"], ["r", "n"], tokenizer()[1])
    (['这个', '局局长'], ['r', 'n'])
    """
    posts = _doubled_head_posts()
    out_words: list[str] = []
    out_pos: list[str] = []
    n = len(words)
    for k, (w, tag) in enumerate(zip(words, pos)):
        if (w in posts and k and pos[k - 1] in _NAME_STEM_TAGS
                and not (k + 1 < n and pos[k + 1] in _PARTICLE_TAGS)):
            out_words += [w[0], w[1:]]
            out_pos += [table.tag(w[0]) or "n", table.tag(w[1:]) or "n"]
        else:
            out_words.append(w)
            out_pos.append(tag)
    return out_words, out_pos


def _split_deputy_of_a_department(words: list[str]) -> list[str]:
    """jieba reads 法律工作部副部长 as 法律|工作|部副|部长 (部副 is a word of its dictionary): before
    a post opening with 部 (部长, 部主任), 部副 is a department's head and the deputy's 副, as
    组织部|副|部长 is cut.

    >>> _split_deputy_of_a_department(["工作", "部副", "部长"]), _split_deputy_of_a_department(["部副", "食品"])
    (['工作', '部', '副', '部长'], ['部副', '食品'])
    """
    out: list[str] = []
    for k, w in enumerate(words):
        if w == "部副" and k + 1 < len(words) and words[k + 1].startswith("部"):
            out += ["部", "副"]
        else:
            out.append(w)
    return out


#: the bodies written by their kind whose party committee jieba's dictionary glues to them (公司党委)
_OWN_COMMITTEE_WORDS = frozenset({"公司党委"})


def _split_own_committees(words: list[str]) -> list[str]:
    """jieba reads 公司党委副书记 as 公司党委|副|书记 but 公司党委书记 as 公司|党委书记 (and 集团党委 as
    集团|党委): cut the dictionary's word so the committee of the body the story is about is read
    the same way before every post.

    >>> _split_own_committees(["公司党委", "副", "书记"]), _split_own_committees(["该", "公司", "党委书记"])
    (['公司', '党委', '副', '书记'], ['该', '公司', '党委书记'])
    """
    out: list[str] = []
    for w in words:
        if w in _OWN_COMMITTEE_WORDS:
            out += [w[:-2], w[-2:]]
        else:
            out.append(w)
    return out


def _unknown_word_tag(word: str) -> str:
    """The tag of a word jieba's dictionary does not hold: punctuation, number, Latin, or
    ``un`` (a word its HMM invented, often a name)."""
    if all(c in _PUNCT or unicodedata.category(c)[0] in "PSZ" for c in word):
        return "x"  # punctuation, and symbols such as the bullets ● ■ ★ that open news items
    if word.isdigit() or all(c in "0123456789０１２３４５６７８９.％%" for c in word):
        return "m"
    if word.isascii():
        return "eng"
    return "un"


#: a Token's tag, read in C (``Token.pos``)
_TAG = operator.itemgetter(3)


def tagged_indices(tokens: list[Token], tags: frozenset[str]) -> Iterator[int]:
    """The indices of the tokens tagged one of ``tags``, picked out in C: a finder that reads only
    a few classes of word skips the others without a Python step per token.

    >>> list(tagged_indices(tokenize("李明在北京工作"), frozenset({"ns"})))
    [2]
    """
    return itertools.compress(range(len(tokens)), map(tags.__contains__, map(_TAG, tokens)))


def is_word(s: str) -> bool:
    """Whether jieba's dictionary holds ``s`` as a word."""
    return tokenizer()[1].is_word(s)


def word_frequency(s: str) -> int:
    """How often jieba's dictionary counts ``s`` as a word (0 when it is no word)."""
    return tokenizer()[1].frequency(s) or 0


def word_tag(s: str) -> str | None:
    """The dictionary part-of-speech tag of ``s``, or None if it is not a dictionary word."""
    return tokenizer()[1].tag(s)


class TokenIndex:
    """Tokens of one text with fast lookup of the token at or around a character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens, lengths, offsets = _tokens(text)
        n = len(self.tokens)
        self._starts = dict(zip(offsets, range(n)))  # offsets[:n]: zip stops at range's end
        self._ends = dict(zip(itertools.islice(offsets, 1, None), range(n)))
        # token index of every character offset (the tokens tile the text)
        at = list(itertools.chain.from_iterable(map(itertools.repeat, range(n), lengths)))
        at.append(n - 1 if n else 0)
        at.extend([0] * (len(text) + 1 - len(at)))
        self._at = at

    def is_boundary(self, offset: int) -> bool:
        """True if a token starts or ends at ``offset``."""
        return offset in self._starts or offset in self._ends or offset == 0

    def boundaries_among(self, offsets: Iterable[int]) -> Iterator[int]:
        """Those of ``offsets`` that are boundaries (:meth:`is_boundary`), in their order, picked
        out in C: a finder that asks at thousands of offsets makes no Python step for the others."""
        bounds = self._starts.keys() | self._ends.keys()
        bounds.add(0)
        return filter(bounds.__contains__, offsets)

    def index_at(self, offset: int) -> int:
        """Index of the token covering character ``offset``."""
        return self._at[offset]

    def ending_at(self, offset: int) -> int | None:
        """Index of the token that ends exactly at ``offset``."""
        return self._ends.get(offset)

    def starting_at(self, offset: int) -> int | None:
        """Index of the token that starts exactly at ``offset``."""
        return self._starts.get(offset)

    def tokens_from(self, i: int, end: int | None = None) -> Iterator[Token]:
        """The tokens from the ``i``-th on (those opening before offset ``end``, when given), in order
        and read in place: ``tokens[i:]`` copied the rest of a line without stops for every name.

        >>> [t.word for t in TokenIndex("工会举办比赛").tokens_from(1, 4)]
        ['举办']
        """
        toks = self.tokens
        stop = len(toks)
        while i < stop:
            tok = toks[i]
            if end is not None and tok.start >= end:
                return
            yield tok
            i += 1
