"""A trained character-level name tagger: PER, LOC and ORG spans in Chinese text.

The model is a linear-chain CRF that labels every character B/I/E/S of PER, LOC or ORG, or O.
It was trained with CRFsuite by ``scripts/train_tagger.py`` (``uniongraph/models/README.md`` says
on what data and how well it scores) and exported to a small zip of vocabularies and weights,
``uniongraph/models/name_tagger.zip``, read here as package data: nothing is downloaded.

Decoding needs only numpy: the features of a whole text are looked up in C-level ``map`` calls
over its characters, the emission scores are summed with numpy gathers, and Viterbi runs over all
sentences of the text at once (one numpy step per character position, not per character). This
gives the same labels as CRFsuite's own tagger (checked by the training script) at several times
its speed, since CRFsuite's Python binding spends most of its time converting feature strings.

Features, for each character, from the text with digits folded to ``0``, full-width ASCII folded
to half-width and Latin letters lower-cased: the characters at offsets -2..+2, the bigrams and
trigrams around it, and the window of character classes at -2..+2 (digit, Chinese numeral,
Latin letter, punctuation, space, other). A model trained with lexicon features (``LEX_TEMPLATES``)
adds three small codes per character: where a gazetteer place, an organisation head and a surname
stand (:class:`LexiconMatcher`, from word lists of ``uniongraph/lexicons`` stored in the model file,
so that the runtime reads the very lists the model was trained with).

>>> tagger = NameTagger.load()
>>> text = "全国总工会主席赵立在北京出席闭幕式"
>>> [(text[s:e], label) for s, e, label in tagger.tag(text)]
[('全国总工会', 'ORG'), ('赵立', 'PER'), ('北京', 'LOC')]

Spans are ``(start, end, label)`` character offsets into the text given, end exclusive, in text
order. The text is tagged one sentence at a time (split after 。！？!? and at line breaks), so a
span never crosses a sentence end.
"""

from __future__ import annotations

import functools
import importlib.resources
import io
import json
import re
import zipfile
from collections.abc import Iterable

import numpy as np

#: the model file inside ``uniongraph/models/``
MODEL_FILE = "name_tagger.zip"
LABELS = ("PER", "LOC", "ORG")

#: feature templates: (attribute prefix, vocabulary, start of the n-gram relative to the character)
TEMPLATES = (
    ("a", "uni", -2), ("b", "uni", -1), ("c", "uni", 0), ("d", "uni", 1), ("e", "uni", 2),
    ("f", "bi", -2), ("g", "bi", -1), ("h", "bi", 0), ("i", "bi", 1),
    ("k", "tri", -2), ("j", "tri", -1), ("l", "tri", 0),
    ("m", "cls", -2),
)
#: lexicon templates (a model trained with ``--lexicon``): one small code per character from the
#: word lists stored in the model file (see :class:`LexiconMatcher`)
LEX_TEMPLATES = (("p", "lexp", 0), ("o", "lexo", 0), ("s", "lexs", 0))
#: word-boundary templates (a model trained with ``--words``): ``w`` where the character stands in
#: its jieba word (B/M/E/S) with the word's length (1, 2, 3, 4+), ``x`` the B/M/E/S positions of the
#: characters at -1..+1 (see :func:`word_codes`); jieba's cut of the normalised text, with HMM
SEG_TEMPLATES = (("w", "segw", 0), ("x", "segx", -1))
#: word-class templates (``--word-tags``, with ``SEG_TEMPLATES``): ``y`` the class of the
#: character's word in jieba's dictionary (``WORD_TAG_CLASSES``) with its B/M/E/S position, ``z``
#: the classes of the words of the characters at -1..+1
SEG_TAG_TEMPLATES = (("y", "segy", 0), ("z", "segz", -1))
#: dictionary tag -> word class (1 any other tag, 7 a word outside the dictionary: jieba's HMM
#: words, numbers, punctuation; 0 is padding)
WORD_TAG_CLASSES = {"nr": 2, "nrfg": 2, "nrt": 2, "ns": 3, "nt": 4, "nz": 5, "j": 6}
#: the word lists of the lexicon templates, each stored in the model zip as ``lexicon-KIND.txt``
LEX_KINDS = ("place", "orghead", "surname")
#: padding: two characters before and after each sentence (the widest template reaches ±2)
PAD_L, PAD_R, CLS_PAD = "\x02\x02", "\x03\x03", "__"

# --- text normalisation and character classes (shared with scripts/train_tagger.py) ----------


def _norm_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII -> ASCII
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    for ch in "0123456789":
        table[ord(ch)] = "0"
        table[ord(ch) + 0xFEE0] = "0"
    for cp in range(ord("A"), ord("Z") + 1):  # Latin folded to lower case
        table[cp] = chr(cp + 32)
        table[cp + 0xFEE0] = chr(cp + 32)
    for ch in "\t\r\n\x0b\x0c\x02\x03":
        table[ord(ch)] = " "
    return table


_NORM = _norm_table()


def _class_table() -> dict[int, str]:
    # one ASCII letter per class: d digit, n Chinese numeral, l Latin letter, p punctuation,
    # s space, h anything else (Han for the most part); read from the *normalised* text
    table = {}
    for cp in range(0x80):
        ch = chr(cp)
        table[cp] = "d" if ch.isdigit() else "l" if ch.isalpha() else "s" if ch.isspace() else "p"
    for ch in "〇零一二三四五六七八九十百千万亿两":
        table[ord(ch)] = "n"
    for ch in "、。，：；！？“”‘’「」『』《》〈〉（）【】〔〕…—–·•．～﹏￥％＠＃＆＊":
        table[ord(ch)] = "p"
    return table


_CLASS = _class_table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def normalise(text: str) -> str:
    """The text the features read: same length, digits ``0``, full-width ASCII half-width."""
    return text.translate(_NORM)


def char_classes(norm: str) -> str:
    """One class letter per character of a :func:`normalise`-d text."""
    return _NON_ASCII.sub("h", norm.translate(_CLASS))


#: hashing of lexicon words and of the text's substrings (uint64 arithmetic, wrapping)
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
_MIX_MUL = np.uint64(0xD6E8FEB86659FD93)
_BLOOM_BITS = 20
#: an organisation head ends within this many characters after a character: code bit 8 of "o".
#: At most 5: the runtime joins sentences with four padding characters, and a head of two
#: characters ends at least six after the last character of the sentence before.
ORG_AHEAD = 5


class LexiconMatcher:
    """Per-character codes from word lists: where gazetteer places, organisation heads and
    surnames stand in a text (features of the lexicon templates; the same in training and at run
    time, both reading the lists stored in the model file).

    - ``p`` (places of ``divisions.tsv`` and ``world_places.tsv``, names and short forms of 2+
      characters): bit 1 a place starts here, 2 one ends here, 4 the character is inside one;
    - ``o`` (organisation heads of ``org_heads.tsv`` of 2+ characters, venue heads left out): bits
      1/2/4 as for places, bit 8 a head ends within the next ``ORG_AHEAD`` characters;
    - ``s`` (``surnames.txt``): 1 a one-character surname, 2 a compound surname starts here, 4 one
      ends here.

    Words are found by a polynomial hash (uint64, wrapping) of the substrings that start where
    the first two characters of some word stand (a bitmap of those pairs' hashes picks the
    places), confirmed by a binary search among the words' hashes of each length. Two different
    strings of one length with the same 64-bit hash would be a false match (none seen).

    >>> m = LexiconMatcher({"place": ["北京", "北京市"], "orghead": ["总工会"], "surname": ["王", "欧阳"]})
    >>> c = m.codes("北京市总工会王欧阳")
    >>> [[int(x) for x in c[k]] for k in "pos"]
    [[1, 6, 2, 0, 0, 0, 0, 0, 0], [8, 8, 8, 9, 12, 2, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 2, 4]]
    """

    def __init__(self, words: dict[str, list[str]]) -> None:
        self.words = {kind: sorted(set(words.get(kind, ()))) for kind in LEX_KINDS}
        bits = {"place": 1, "orghead": 2, "surname": 4}
        entries: dict[tuple[int, int], int] = {}  # (length, hash) -> kinds bitmask
        single = np.zeros(0x10000, dtype=np.uint8)
        pair_hashes = set()
        for kind, ws in self.words.items():
            for w in ws:
                w = normalise(w)
                if len(w) == 1:
                    if kind == "surname" and ord(w) < 0x10000:
                        single[ord(w)] = 1
                    continue
                h = self._hash_of(w)
                entries[(len(w), h)] = entries.get((len(w), h), 0) | bits[kind]
                pair_hashes.add(self._hash_of(w[:2]))
        pairs = np.zeros(1 << _BLOOM_BITS, dtype=bool)
        pairs[self._slot(np.array(sorted(pair_hashes), dtype=np.uint64))] = True
        self.single_surname = single
        self.pairs = pairs
        found = sorted((h, n, k) for (n, h), k in entries.items())
        self.keys = np.array([h for h, _, _ in found], dtype=np.uint64)
        self.key_lens = np.array([n for _, n, _ in found], dtype=np.int64)
        self.kinds = np.array([k for _, _, k in found], dtype=np.int64)
        self.longest = int(self.key_lens.max()) if found else 0
        # powers[j, m - 1] = multiplier of the j-th character in the hash of m characters
        powers = np.zeros((self.longest, self.longest), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for m in range(1, self.longest + 1):
                for j in range(m):
                    powers[j, m - 1] = np.uint64(pow(int(_HASH_MUL), m - 1 - j, 1 << 64))
        self.powers = powers

    #: the arrays that make a matcher (kept in the model cache: a load need not rebuild them)
    ARRAYS = ("single_surname", "pairs", "keys", "key_lens", "kinds", "powers")

    def arrays(self) -> dict[str, np.ndarray]:
        return {f"lexicon-{name}": getattr(self, name) for name in self.ARRAYS}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> LexiconMatcher:
        """The matcher whose :meth:`arrays` these are."""
        self = cls.__new__(cls)
        for name in cls.ARRAYS:
            setattr(self, name, arrays[f"lexicon-{name}"])
        self.longest = int(self.key_lens.max()) if len(self.key_lens) else 0
        return self

    @staticmethod
    def _hash_of(word: str, mul: int = int(_HASH_MUL)) -> int:
        h = 0
        for c in word:
            h = (h * mul + min(ord(c), 0xFFFF)) & 0xFFFFFFFFFFFFFFFF
        return h

    @staticmethod
    def _slot(h: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (h * _MIX_MUL) >> np.uint64(64 - _BLOOM_BITS)

    def codes(self, text: str) -> dict[str, np.ndarray]:
        """``{"p": codes, "o": codes, "s": codes}``: one int64 per character of the text."""
        cps = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.int64)
        return self.codes_of(np.minimum(cps, 0xFFFF))

    def codes_of(self, cps: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`codes` of a text given as BMP code points (int64; higher ones clamped to 0xFFFF)."""
        n = len(cps)
        s_code = self.single_surname[cps].astype(np.int64)
        pos = lens = kinds = np.zeros(0, dtype=np.int64)
        if n >= 2 and self.longest:
            u = cps.astype(np.uint64)
            with np.errstate(over="ignore"):
                starts = np.flatnonzero(self.pairs[self._slot(u[:-1] * _HASH_MUL + u[1:])])
                if len(starts):
                    # the characters from each start (beyond the text: 0), hashed for every length
                    # at once: the product with the powers wraps modulo 2**64 as the loop does
                    span = self.longest
                    idx = starts[:, None] + np.arange(span)
                    chars = np.where(idx < n, u[np.minimum(idx, n - 1)], np.uint64(0))
                    hashes = chars @ self.powers  # (starts, lengths 1..longest)
                    i = np.searchsorted(self.keys, hashes)
                    np.minimum(i, len(self.keys) - 1, out=i)
                    length = np.arange(1, span + 1)
                    hit = (self.keys[i] == hashes) & (self.key_lens[i] == length) & (idx < n)
                    rows, cols = np.nonzero(hit)
                    pos, lens, kinds = starts[rows], cols + 1, self.kinds[i[rows, cols]]
        out = {}
        for bit, prefix in ((1, "p"), (2, "o")):
            code = np.zeros(n, dtype=np.int64)
            out[prefix] = code
            sel = (kinds & bit) != 0
            if not sel.any():
                continue
            first, size = pos[sel], lens[sel]
            last = first + size - 1
            if prefix == "o":  # a head ends within the next ORG_AHEAD characters (not here)
                before = (last[:, None] - np.arange(1, ORG_AHEAD + 1)).ravel()
                code[before[before >= 0]] |= 8
            for f, m in zip(first.tolist(), size.tolist()):
                if m > 2:
                    code[f + 1:f + m - 1] |= 4
            code[first] |= 1
            code[last] |= 2
        sel = (kinds & 4) != 0
        if sel.any():
            s_code[pos[sel]] |= 2
            s_code[pos[sel] + 1] |= 4
        out["s"] = s_code
        return out


#: word lengths above this share one code
SEG_LEN_MAX = 4


def word_codes(text: str, tags: bool = False):  # noqa: ANN201
    """One code per character of a text from jieba's words (``Tokenizer.cut`` with HMM, as
    :func:`.segment.words` gives them, of the text as written, not normalised):
    ``1 + 4 * position + min(length, 4) - 1`` with the position 0 B, 1 M, 2 E, 3 S (values 1..16).

    >>> [int(c) for c in word_codes("赵立出席闭幕式")]
    [2, 10, 2, 10, 3, 7, 11]

    With ``tags``, a pair: the codes and each character's word class (``WORD_TAG_CLASSES``, from
    the tag of its word in jieba's dictionary).
    """
    from . import segment
    from .tokens import tokenizer

    tk, table = tokenizer()
    words = segment.words(tk, text)
    return _word_codes(words, table.tags(words) if tags else None)


def _word_codes(words: list[str], tags: list[str | None] | None):  # noqa: ANN202
    """:func:`word_codes` of a text cut into these words (classes too with their ``tags``)."""
    lens = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    n = int(lens.sum())
    wl = np.repeat(lens, lens)
    off = np.arange(n) - np.repeat(np.cumsum(lens) - lens, lens)
    position = np.where(wl == 1, 3, np.where(off == 0, 0, np.where(off == wl - 1, 2, 1)))
    codes = 1 + 4 * position + np.minimum(wl, SEG_LEN_MAX) - 1
    if tags is None:
        return codes
    classes = [7 if t is None else WORD_TAG_CLASSES.get(t, 1) for t in tags]
    return codes, np.repeat(np.asarray(classes, dtype=np.int64), lens)


def _tag_window(classes: np.ndarray) -> np.ndarray:
    """Keys of the ``z`` template from padded word classes (0 at padding), as :func:`_seg_window`."""
    return (classes[:-2] * 8 + classes[1:-1]) * 8 + classes[2:]


def _seg_window(codes: np.ndarray) -> np.ndarray:
    """Keys of the ``x`` template from padded word codes (0 at padding): position i of the result
    is the window centred at i + 1."""
    p = np.where(codes > 0, (codes - 1) // 4 + 1, 0)
    return (p[:-2] * 5 + p[1:-1]) * 5 + p[2:]


def features(norm: str, classes: str, lexicon: LexiconMatcher | None = None,
             words: bool = False, word_tags: bool = False, text: str | None = None) -> list[tuple[str, ...]]:
    """CRFsuite attributes of each character of one sentence (for training; see ``TEMPLATES``).

    Each attribute is the template's prefix letter followed by its n-gram, so that the exported
    vocabularies can be split by template again. With a lexicon, the codes of ``LEX_TEMPLATES``
    follow (a code of 0 gives no attribute). With ``words`` (and ``word_tags``), the codes of
    ``SEG_TEMPLATES`` (and ``SEG_TAG_TEMPLATES``) from jieba's cut of ``text``, the sentence as
    written (``norm`` is its normalised form).
    """
    n = len(norm)
    p = PAD_L + norm + PAD_R  # position i of the sentence is p[i + 2]
    k = CLS_PAD + classes + CLS_PAD
    r = range(n)
    base = _base_features(n, norm, p, k, r)
    if words and word_tags:
        codes, tag_cls = word_codes(norm if text is None else text, tags=True)
        codes = np.concatenate(([0], codes, [0]))
        tag_cls = np.concatenate(([0], tag_cls, [0]))
        pos_tag = tag_cls[1:-1] * 4 + (codes[1:-1] - 1) // 4
        base = [b + (f"w{int(w)}", f"x{int(x)}", f"y{int(y)}", f"z{int(z)}") for b, w, x, y, z in
                zip(base, codes[1:-1].tolist(), _seg_window(codes).tolist(), pos_tag.tolist(),
                    _tag_window(tag_cls).tolist())]
    elif words:
        codes = np.concatenate(([0], word_codes(norm if text is None else text), [0]))
        base = [b + (f"w{int(w)}", f"x{int(x)}") for b, w, x in
                zip(base, codes[1:-1].tolist(), _seg_window(codes).tolist())]
    if lexicon is None:
        return base
    codes = lexicon.codes(norm)
    extra = [[f"{prefix}{int(c)}" for c in codes[prefix].tolist()] for prefix, _, _ in LEX_TEMPLATES]
    return [b + tuple(x for x in ex if x[1:] != "0") for b, ex in zip(base, zip(*extra))]


def _base_features(n, norm, p, k, r) -> list[tuple[str, ...]]:  # noqa: ANN001
    return list(zip(
        ["a" + c for c in p[0:n]],
        ["b" + c for c in p[1:n + 1]],
        ["c" + c for c in norm],
        ["d" + c for c in p[3:n + 3]],
        ["e" + c for c in p[4:n + 4]],
        ["f" + p[i:i + 2] for i in r],
        ["g" + p[i + 1:i + 3] for i in r],
        ["h" + p[i + 2:i + 4] for i in r],
        ["i" + p[i + 3:i + 5] for i in r],
        ["k" + p[i:i + 3] for i in r],
        ["j" + p[i + 1:i + 4] for i in r],
        ["l" + p[i + 2:i + 5] for i in r],
        ["m" + k[i:i + 5] for i in r],
    ))


_SENTENCE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]?|\n|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a text: split after 。！？!? and at line breaks.

    Sentences that are empty or only white space are left out.
    """
    out = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        if e > s and not text[s:e].isspace():
            out.append((s, e))
    return out


def spans_from_labels(labels, offset: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, type) of the entities of one B/I/E/S/O label sequence.

    Lenient about invalid sequences: an I- or E- that does not continue a span of its type
    opens one, and a span is closed by anything that does not continue it.

    >>> spans_from_labels(["O", "B-ORG", "E-ORG", "S-PER", "I-LOC"], 5)
    [(6, 8, 'ORG'), (8, 9, 'PER'), (9, 10, 'LOC')]
    """
    labels = list(labels)
    named = [i for i, lab in enumerate(labels) if lab != "O"]
    return _spans_of_named(named, named, labels, offset)


def _spans_of_named(positions: list[int], ids: list[int], labels: list[str], offset: int) -> list[tuple[int, int, str]]:
    """:func:`spans_from_labels` of a sentence given by its characters not labelled O alone:
    ``positions`` (increasing) and their label ``ids``. A gap between two positions is an O,
    which closes any span open, as it does there.

    >>> _spans_of_named([2, 3, 7], [1, 2, 0], ["S-PER", "B-LOC", "E-LOC", "O"], 10)
    [(12, 14, 'LOC'), (17, 18, 'PER')]
    """
    out = []
    start, cur, last = -1, "", -2
    for i, k in zip(positions, ids):
        if cur and i != last + 1:  # an O in between
            out.append((offset + start, offset + last + 1, cur))
            cur = ""
        lab = labels[k]
        tag, typ = lab[0], lab[2:]
        if tag in "BS" or typ != cur:
            if cur:
                out.append((offset + start, offset + i, cur))
            start, cur = i, typ
        if tag in "ES":
            out.append((offset + start, offset + i + 1, cur))
            cur = ""
        last = i
    if cur:  # (the sentence ends, or an O follows: the span ends after its last character either way)
        out.append((offset + start, offset + last + 1, cur))
    return out


# --- the model file ----------------------------------------------------------------------------

def write_model(path, labels: list[str], transitions: np.ndarray, vocab: dict[str, list[str]],
                weights: dict[str, np.ndarray], meta: dict, templates=TEMPLATES,
                lexicon: dict[str, list[str]] | None = None) -> None:
    """Write a model zip byte-for-byte reproducibly (fixed entry dates, sorted JSON).

    ``weights[prefix]`` has one row per entry of its template's vocabulary, plus row 0 (unknown).
    ``lexicon`` (the word lists of the lexicon templates) is stored as ``lexicon-KIND.txt``.
    """
    entries = {
        "model.json": json.dumps({"format": 1, "labels": labels, "templates": templates,
                                  "transitions": transitions.astype(np.float32).tolist(), **meta},
                                 ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8"),
    }
    for name in sorted(vocab):
        entries[f"vocab-{name}.txt"] = "\n".join(vocab[name]).encode("utf-8")
    for kind in sorted(lexicon or {}):
        entries[f"lexicon-{kind}.txt"] = "\n".join(sorted(set(lexicon[kind]))).encode("utf-8")
    for prefix in sorted(weights):
        entries[f"weights-{prefix}.f16"] = weights[prefix].astype("<f2").tobytes()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)


#: Viterbi works on batches of sentences of about this many (sentence, position) cells
_BATCH_CELLS = 1 << 16
_CLASS_LETTERS = "_dnlpsh"  # "_" pads the class window; every other character is "h"
_PAD_CODES = (ord(PAD_L[0]), ord(PAD_R[0]))


#: :func:`normalise` as a table of BMP code points (it maps BMP characters to BMP characters)
_NORM_CODES = np.arange(0x10000, dtype=np.int64)
_NORM_CODES[list(_NORM)] = [ord(ch) for ch in _NORM.values()]


def _class_codes() -> np.ndarray:
    """Class index of every BMP code point of a normalised text (padding characters -> "_")."""
    table = np.full(0x10000, _CLASS_LETTERS.index("h"), dtype=np.int64)
    for cp, letter in _CLASS.items():
        table[cp] = _CLASS_LETTERS.index(letter)
    for cp in _PAD_CODES:
        table[cp] = 0
    return table


#: every float16 bit pattern as float32: a gather through this table converts the weights
#: several times faster than numpy's float16 cast, with the very same values
_F16_TO_F32 = np.arange(0x10000, dtype=np.uint32).astype(np.uint16).view("<f2").astype(np.float32)


def _code_points(words: list[str]) -> tuple[np.ndarray, int]:
    """The code points of n-grams of one length as a (words, n) array, and n."""
    width = len(words[0]) if words else 0
    if len(set(map(len, words))) > 1:  # (map: a generator over 100,000s of words cost 40 ms)
        raise ValueError("a vocabulary of the tagger model mixes n-gram lengths")
    flat = np.frombuffer("".join(words).encode("utf-32-le"), dtype="<u4").astype(np.int64)
    return flat.reshape(len(words), width), width


def _prepare(model: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """What decoding needs from a model file: ``{"model": its model.json, "chars": the number of
    characters indexed}`` and the arrays ``char_index``, ``keys-GROUP``/``rows-GROUP`` (each
    vocabulary's n-grams as sorted integers and their rows) and ``weights-PREFIX`` (float32)."""
    with zipfile.ZipFile(io.BytesIO(model)) as zf:
        meta = json.loads(zf.read("model.json"))
        vocab = {}
        for _, group, _ in meta["templates"]:
            if group not in vocab:
                vocab[group] = zf.read(f"vocab-{group}.txt").decode("utf-8").split("\n")
        raw = {prefix: zf.read(f"weights-{prefix}.f16") for prefix, _, _ in meta["templates"]}
        names = set(zf.namelist())
        lexicon = {kind: zf.read(f"lexicon-{kind}.txt").decode("utf-8").split("\n")
                   for kind in LEX_KINDS if f"lexicon-{kind}.txt" in names}
    arrays: dict[str, np.ndarray] = {}
    if lexicon:
        arrays.update(LexiconMatcher(lexicon).arrays())

    # every character of the vocabularies gets a small index (0: any other character); an
    # n-gram is then one integer, looked up with a binary search in its sorted vocabulary
    codes = {group: _code_points(words) for group, words in vocab.items()
             if group != "cls" and not group.startswith(("lex", "seg"))}
    seen = np.zeros(0x10000, dtype=bool)  # the BMP characters used, in order (np.unique sorts: slower)
    for c, _ in codes.values():
        seen[c[c < 0x10000]] = True
    chars = np.flatnonzero(seen)
    nc = len(chars) + 1
    char_index = arrays["char_index"] = np.zeros(0x10000, dtype=np.int64)
    char_index[chars] = np.arange(1, nc)
    nk = len(_CLASS_LETTERS)
    for group, words in vocab.items():
        if group.startswith(("lex", "seg")):  # small integer codes
            keys_a = np.asarray([int(w) for w in words], dtype=np.int64)
            rows_a = np.arange(1, len(words) + 1)
        elif group == "cls":
            keys_l = []
            for w in words:
                key = 0
                for c in w:
                    key = key * nk + _CLASS_LETTERS.index(c)
                keys_l.append(key)
            keys_a, rows_a = np.asarray(keys_l, dtype=np.int64), np.arange(1, len(words) + 1)
        else:
            cps, width = codes[group]
            # a word with a character outside the BMP is never looked up
            ok = (cps < 0x10000).all(axis=1)
            index = char_index[np.where(cps < 0x10000, cps, 0)]
            keys_a = np.zeros(len(words), dtype=np.int64)
            for col in range(width):
                keys_a = keys_a * nc + index[:, col]
            keys_a, rows_a = keys_a[ok], np.arange(1, len(words) + 1)[ok]
        order = np.argsort(keys_a, kind="stable")
        arrays[f"keys-{group}"] = keys_a[order]
        arrays[f"rows-{group}"] = rows_a[order].astype(np.int64)
    for prefix, _, _ in meta["templates"]:
        arrays[f"weights-{prefix}"] = _F16_TO_F32[np.frombuffer(raw[prefix], dtype="<u2")]
    return {"model": meta, "chars": len(chars)}, arrays


class NameTagger:
    """PER/LOC/ORG spans of Chinese text from the CRF model shipped with uniongraph.

    >>> NameTagger.load().tag("赵立出席闭幕式")
    [(0, 2, 'PER')]
    """

    def __init__(self, model: bytes, *, cache: bool = False) -> None:
        """A tagger from the bytes of a model file; with ``cache``, what decoding needs is kept
        on disk for the next process (:mod:`.model_cache`; the packaged model's is)."""
        if cache:
            from .model_cache import cached

            info, arrays = cached("tagger", model, lambda: _prepare(model))
        else:
            info, arrays = _prepare(model)
        meta = self.meta = info["model"]
        self.labels: list[str] = meta["labels"]
        nl = len(self.labels)
        self._outside = self.labels.index("O")
        self._trans = np.asarray(meta["transitions"], dtype=np.float32)
        self._trans_t = np.ascontiguousarray(self._trans.T)
        self._char_index = arrays["char_index"]
        self._nc = int(info["chars"]) + 1
        self._class_codes = _class_codes()
        self._lexicon = LexiconMatcher.from_arrays(arrays) if "lexicon-keys" in arrays else None
        # vocabulary -> (sorted keys, their row in the weight tables)
        self._lookup: dict[str, tuple[np.ndarray, np.ndarray]] = {
            group: (arrays[f"keys-{group}"], arrays[f"rows-{group}"]) for _, group, _ in meta["templates"]}
        self._templates = [(group, start, arrays[f"weights-{prefix}"].reshape(-1, nl))
                           for prefix, group, start in meta["templates"]]
        # the vocabularies of single characters and of class windows are small key spaces: a
        # table indexed by the key itself answers as the binary search does, in one gather
        spaces = {"uni": self._nc, "cls": len(_CLASS_LETTERS) ** 5, "lexp": 8, "lexo": 16, "lexs": 8,
                  "segw": 17, "segx": 125, "segy": 32, "segz": 512}
        #: the model reads jieba's words (``SEG_TEMPLATES``)
        self._words = any(group.startswith("seg") for _, group, _ in meta["templates"])
        self._word_tags = any(group == "segy" for _, group, _ in meta["templates"])
        self._direct: dict[str, np.ndarray] = {}
        for group, size in spaces.items():
            keys, rows = self._lookup.get(group, (np.zeros(0, dtype=np.int64), None))
            if len(keys) and 0 <= int(keys[0]) and int(keys[-1]) < size:
                unique, first = np.unique(keys, return_index=True)  # the first of equal keys, as searchsorted
                table = np.zeros(size, dtype=np.int64)
                table[unique] = rows[first]
                self._direct[group] = table

    @classmethod
    def from_file(cls, path) -> NameTagger:
        """A tagger from a model file anywhere (for the training and benchmark scripts)."""
        with open(path, "rb") as fh:
            return cls(fh.read())

    @staticmethod
    @functools.cache
    def load() -> NameTagger:
        """The packaged model, loaded once per process (from the disk cache when it can be)."""
        data = importlib.resources.files("uniongraph").joinpath("models", MODEL_FILE).read_bytes()
        return NameTagger(data, cache=True)

    def tag(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every PER/LOC/ORG name in the text, end exclusive, in order."""
        sents = sentences(text)
        if not sents:
            return []
        labels = self.labels
        out: list[tuple[int, int, str]] = []
        for (s, _), named in zip(sents, self._decode(text, sents, words=self._word_arrays([text]), named_only=True)):
            if named:
                out.extend(_spans_of_named(*named, labels, s))
        return out

    def tag_many(self, texts: Iterable[str], chunk_chars: int = 100_000) -> list[list[tuple[int, int, str]]]:
        """:meth:`tag` of each text, the same spans, decoded together (faster for short texts).

        >>> NameTagger.load().tag_many(["赵立出席闭幕式", "", "好。"])
        [[(0, 2, 'PER')], [], []]
        """
        texts = list(texts)
        out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        labels = self.labels
        start = 0
        while start < len(texts):
            stop, size = start, 0
            while stop < len(texts) and (size == 0 or size + len(texts[stop]) <= chunk_chars):
                size += len(texts[stop]) + 1
                stop += 1
            sents: list[tuple[int, int]] = []
            owners: list[tuple[int, int]] = []  # (text number, its offset in the joined text)
            base = 0
            for i in range(start, stop):
                for s, e in sentences(texts[i]):
                    sents.append((base + s, base + e))
                    owners.append((i, base))
                base += len(texts[i]) + 1
            if sents:
                joined = "\n".join(texts[start:stop])
                words = self._word_arrays(texts[start:stop])
                for (s, _), (i, b), named in zip(sents, owners, self._decode(joined, sents, words=words, named_only=True)):
                    if named:
                        out[i].extend(_spans_of_named(*named, labels, s - b))
            start = stop
        return out

    def sentence_labels(self, text: str) -> list[list[str]]:
        """The label sequence of each sentence of :func:`sentences` (for evaluation)."""
        sents = sentences(text)
        if not sents:
            return []
        rows = self._decode(text, sents, keep_outside=True, words=self._word_arrays([text]))
        return [[self.labels[i] for i in ids] for ids in rows]

    def _find(self, group: str, keys: np.ndarray) -> np.ndarray:
        table = self._direct.get(group)
        if table is not None:
            return table[keys]
        vocab_keys, rows = self._lookup[group]
        if not len(vocab_keys):
            return np.zeros(len(keys), dtype=np.int64)
        # each distinct key searched once, in order: a batch's 60,000 bigrams are some 20,000
        # distinct ones, and a binary search per key (a cache miss at each step) was most of it
        distinct, where = np.unique(keys, return_inverse=True)
        at = np.searchsorted(vocab_keys, distinct)
        np.minimum(at, len(vocab_keys) - 1, out=at)
        return np.where(vocab_keys[at] == distinct, rows[at], 0)[where.reshape(-1)]

    def _word_arrays(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray | None] | None:
        """The word codes (and classes) of every character of the texts joined by line breaks, for
        a model with word features: each text cut alone (as :meth:`tag` cuts it), the line break
        between two a word of its own, as jieba cuts one."""
        if not self._words:
            return None
        from . import segment
        from .tokens import tokenizer

        tk, table = tokenizer()
        words: list[str] = []
        for i, text in enumerate(texts):
            if i:
                words.append("\n")  # jieba's word of its own: S, outside the dictionary
            words.extend(segment.words(tk, text))
        if self._word_tags:
            return _word_codes(words, table.tags(words))
        return _word_codes(words, None), None

    def _emissions(self, text: str, sents: list[tuple[int, int]], lens: np.ndarray,
                   words: tuple[np.ndarray, np.ndarray | None] | None = None) -> np.ndarray:
        """Emission scores (characters, labels) of the sentences of ``text``, in text order."""
        n_sent, n = len(lens), int(lens.sum())
        first = np.zeros(n_sent, dtype=np.int64)  # each sentence's first character among all of theirs
        np.cumsum(lens[:-1], out=first[1:])
        # the offset in the text of every sentence character
        src = np.arange(n) + np.repeat(np.fromiter((s for s, _ in sents), dtype=np.int64, count=n_sent) - first, lens)
        # The sentences' code points, normalised, each sentence between PAD_L and PAD_R:
        # sentence b's characters at 2 + first[b] + 4b. (Normalised by a table of code points
        # rather than ``normalise`` on the text: str.translate looks up every character.)
        text_cps = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.int64)
        np.minimum(text_cps, 0xFFFF, out=text_cps)  # characters outside the BMP: unknown, class "h"
        pos = np.arange(n) + np.repeat(2 + 4 * np.arange(n_sent), lens)
        cps = np.full(n + 4 * n_sent, _PAD_CODES[0], dtype=np.int64)
        cps[pos] = _NORM_CODES[text_cps[src]]
        ends = 2 + 4 * np.arange(n_sent) + first + lens
        cps[ends] = cps[ends + 1] = _PAD_CODES[1]
        c = self._char_index[cps]
        k = self._class_codes[cps]
        nc, nk = self._nc, len(_CLASS_LETTERS)
        bi = c[:-1] * nc + c[1:]
        rows = {
            "uni": self._find("uni", c),
            "bi": self._find("bi", bi),
            "tri": self._find("tri", bi[:-1] * nc + c[2:]),
            "cls": self._find("cls", (((k[:-4] * nk + k[1:-3]) * nk + k[2:-2]) * nk + k[3:-1]) * nk + k[4:]),
        }
        if self._words:
            # the text's word codes at the sentences' characters (jieba cuts a whole text as it
            # cuts its sentences one by one: a sentence ends at punctuation, which ends a block)
            text_codes, text_classes = words
            codes = np.zeros(len(cps), dtype=np.int64)
            codes[pos] = text_codes[src]
            if self._word_tags:
                tag_cls = np.zeros(len(cps), dtype=np.int64)
                tag_cls[pos] = text_classes[src]
                rows["segy"] = self._find("segy", tag_cls * 4 + np.maximum(codes - 1, 0) // 4)
                rows["segz"] = self._find("segz", _tag_window(tag_cls))
            rows["segw"] = self._find("segw", codes)
            rows["segx"] = self._find("segx", _seg_window(codes))
        if self._lexicon is not None:
            for prefix, lex_codes in self._lexicon.codes_of(cps).items():
                group = "lex" + prefix
                if group in self._lookup:
                    rows[group] = self._find(group, lex_codes)
        group, start, w = self._templates[0]
        emit = w.take(rows[group][pos + start], axis=0)
        rows_of = np.empty_like(emit)  # each template's rows gathered into one buffer, then added
        for group, start, w in self._templates[1:]:
            w.take(rows[group][pos + start], axis=0, out=rows_of)
            emit += rows_of
        return emit

    def _decode(self, text: str, sents: list[tuple[int, int]], keep_outside: bool = False,
                words: tuple[np.ndarray, np.ndarray | None] | None = None, named_only: bool = False) -> list:
        """Viterbi label ids per sentence; an all-O sentence gives ``[]`` unless keep_outside.

        With ``named_only``, a sentence's ids are ``(positions, ids)`` of its characters not
        labelled O (found by numpy: most characters of a sentence are O, and a Python loop over
        them was most of the spans' cost), and an all-O sentence gives ``()``.

        Sentences are decoded in batches of similar length (longest first), all sentences of a
        batch advancing together, one numpy step per character position.
        """
        lens = np.fromiter((e - s for s, e in sents), dtype=np.int64, count=len(sents))
        emit = self._emissions(text, sents, lens, words)
        n_sent = len(sents)
        first = np.zeros(n_sent, dtype=np.int64)
        np.cumsum(lens[:-1], out=first[1:])
        order = np.argsort(-lens, kind="stable")
        out: list[list[int]] = [[] for _ in range(n_sent)]
        i = 0
        while i < n_sent:
            width = int(lens[order[i]])
            batch = order[i:i + max(1, _BATCH_CELLS // width)]
            paths = self._viterbi(emit, first[batch], lens[batch])
            named = paths != self._outside
            has = named.any(1)
            for row, b in enumerate(batch.tolist()):
                if named_only:
                    if has[row]:
                        at = np.flatnonzero(named[row, :lens[b]])
                        out[b] = (at.tolist(), paths[row, at].tolist())
                elif keep_outside or has[row]:
                    out[b] = paths[row, :lens[b]].tolist()
            i += len(batch)
        return out

    def _viterbi(self, emit: np.ndarray, first: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Best label ids (rows, longest length) of sentences sorted longest first.

        The sentences still running at position t are rows ``[:running[t]]``, so the work
        shrinks as the short ones end; padding positions hold O.
        """
        n_sent, nl = len(lens), len(self.labels)
        width = int(lens[0])
        running = np.searchsorted(-lens, -np.arange(width + 1), side="left").tolist()  # len > t
        starts = np.zeros(n_sent, dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        total = int(lens.sum())
        col = np.arange(total) - np.repeat(starts, lens)
        # (np.empty: only the cells of real characters are read, here and in ``back``; zeroing
        # megabytes per batch cost more than some of the steps)
        e3 = np.empty((n_sent, width, nl), dtype=np.float32)
        e3[np.repeat(np.arange(n_sent), lens), col] = emit[np.repeat(first, lens) + col]

        trans_t = self._trans_t  # [label, previous label]
        back = np.empty((width, n_sent, nl), dtype=np.int64)  # back[t, :running[t]] written at step t
        last = np.zeros(n_sent, dtype=np.int64)
        cand_buf = np.empty((n_sent, nl, nl), dtype=np.float32)
        add, take = np.add, cand_buf.reshape(-1).take
        # where cell [row, label, 0] of cand_buf lies in it flat: + the previous label picked is the
        # maximum's place, gathered by one flat take (cheaper than a second reduction, and than
        # indexing with three arrays)
        cell = (np.arange(n_sent)[:, None] * nl + np.arange(nl)[None, :]) * nl
        score = e3[:, 0]
        for t in range(1, width):
            k, k_prev = running[t], running[t - 1]
            if k < k_prev:  # rows k..k_prev-1 ended at position t-1
                last[k:k_prev] = score[k:k_prev].argmax(1)
            cand = add(score[:k, None, :], trans_t, out=cand_buf[:k])  # [row, label, previous label]
            best = back[t, :k]
            cand.argmax(2, out=best)
            score = take(cell[:k] + best)  # (cand is cand_buf's first k rows)
            score += e3[:k, t]
        k = running[width - 1]
        last[:k] = score[:k].argmax(1)

        paths = np.full((n_sent, width), self._outside, dtype=np.int64)
        rows = np.arange(n_sent)
        cur = last[:k]
        for t in range(width - 1, -1, -1):
            k = running[t]
            if k > len(cur):  # rows that end at t join
                cur = np.concatenate((cur, last[len(cur):k]))
            paths[:k, t] = cur
            if t:
                cur = back[t, rows[:k], cur]
        return paths
