"""Word tokens with character offsets and dictionary part-of-speech tags.

jieba cuts the text (its own tokenizer instance, never the global one); each word's tag is
looked up in jieba's dictionary rather than computed by ``jieba.posseg``'s HMM, which is about
five times slower. Words jieba invents from its HMM (not in the dictionary) get the tag
``"un"``: unknown words are often names. Recognisers match names on the raw characters and use
tokens only to check boundaries and word classes.

>>> [(t.word, t.pos) for t in tokenize("崂山区总工会")]
[('崂山区', 'ns'), ('总工会', 'n')]
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str
    pos: str


@functools.lru_cache(maxsize=1)
def _tokenizer() -> tuple[jieba.Tokenizer, dict[str, str]]:
    tk = jieba.Tokenizer()
    tk.initialize()
    tags = jieba.posseg.POSTokenizer(tk).word_tag_tab
    return tk, tags


_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』—…·,.;:?!()[]<>\"' \t\n\u3000")


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into tokens with offsets and tags (``x`` punctuation, ``m`` numbers)."""
    tk, tags = _tokenizer()
    out: list[Token] = []
    pos = 0
    for word in tk.cut(text, HMM=True):
        end = pos + len(word)
        tag = tags.get(word)
        if tag is None:
            if all(c in _PUNCT for c in word):
                tag = "x"
            elif word.isdigit() or all(c in "0123456789０１２３４５６７８９.％%" for c in word):
                tag = "m"
            elif word.isascii():
                tag = "eng"
            else:
                tag = "un"
        out.append(Token(pos, end, word, tag))
        pos = end
    return out


def is_word(s: str) -> bool:
    """Whether jieba's dictionary holds ``s`` as a word."""
    return s in _tokenizer()[1]


def word_tag(s: str) -> str | None:
    """The dictionary part-of-speech tag of ``s``, or None if it is not a dictionary word."""
    return _tokenizer()[1].get(s)


class TokenIndex:
    """Tokens of one text with fast lookup of the token at or around a character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self._starts = {t.start: i for i, t in enumerate(self.tokens)}
        self._ends = {t.end: i for i, t in enumerate(self.tokens)}
        self._at = [0] * (len(text) + 1)
        for i, t in enumerate(self.tokens):
            for c in range(t.start, t.end):
                self._at[c] = i
        if self.tokens:
            self._at[len(text)] = len(self.tokens) - 1

    def is_boundary(self, offset: int) -> bool:
        """True if a token starts or ends at ``offset``."""
        return offset in self._starts or offset in self._ends or offset == 0

    def index_at(self, offset: int) -> int:
        """Index of the token covering character ``offset``."""
        return self._at[offset]

    def ending_at(self, offset: int) -> int | None:
        """Index of the token that ends exactly at ``offset``."""
        return self._ends.get(offset)

    def starting_at(self, offset: int) -> int | None:
        """Index of the token that starts exactly at ``offset``."""
        return self._starts.get(offset)
