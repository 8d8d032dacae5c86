"""jieba's dictionary as one table: each word's frequency and part-of-speech tag in one int.

jieba keeps two tables of its dictionary file: the prefix dictionary (``Tokenizer.FREQ``, every
word and every prefix of a word -> its frequency, 0 for a prefix alone) and ``jieba.posseg``'s
tag table (word -> tag). Every build loads them before it extracts anything, serially (workers
fork after it), and filling dicts of 850,000 entries in all is most of that load. Folded into
one dict of the prefix dictionary's keys, ``frequency << shift | tag number`` (tag number 0: no
tag, a prefix alone), the same look-ups fill one dict of 500,000 entries.

jieba's own methods (``Tokenizer.cut``) read the frequencies through :class:`Frequencies`, a
read-only mapping over the table that gives jieba's ``FREQ`` values.

>>> t = WordTable.fold({"工": 0, "工会": 300, "北": 0, "北京": 200}, {"工会": "n", "北京": "ns"})
>>> t.frequency("工会"), t.tag("北京"), t.tags(["北京", "工", "了"]), t.is_word("工")
(300, 'ns', ['ns', None, None], False)
>>> dict(Frequencies(t)) == {"工": 0, "工会": 300, "北": 0, "北京": 200}
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping


class WordTable:
    """Word or prefix -> ``frequency << shift | tag number`` (``codes``); ``tag_names[n]`` is
    tag number n's tag (``tag_names[0]`` is None: no word of the dictionary); ``code_tags``, every
    code of a word -> its tag (some 17,000 codes: a tag looked up in C, no bits taken apart)."""

    __slots__ = ("codes", "shift", "tag_names", "code_tags", "_mask")

    def __init__(self, codes: dict[str, int], shift: int, tag_names: tuple[str | None, ...],
                 code_tags: dict[int, str] | None = None) -> None:
        self.codes = codes
        self.shift = shift
        self.tag_names = tag_names
        self._mask = mask = (1 << shift) - 1
        if code_tags is None:
            code_tags = {c: tag_names[c & mask] for c in set(codes.values()) if c & mask}
        self.code_tags = code_tags

    @classmethod
    def fold(cls, freq: dict[str, int], tags: dict[str, str]) -> WordTable:
        """The table of jieba's prefix dictionary ``freq`` and tag table ``tags`` (whose words
        are all in ``freq``, as jieba makes them from the same lines)."""
        names: tuple[str | None, ...] = (None, *sorted(set(tags.values())))
        number = {tag: n for n, tag in enumerate(names) if n}
        shift = max(1, len(names).bit_length())
        if not all(map(freq.__contains__, tags)):
            raise ValueError("a tagged word outside the prefix dictionary")
        get = tags.get
        return cls({w: f << shift | number.get(get(w), 0) for w, f in freq.items()}, shift, names)

    def frequency(self, word: str) -> int | None:
        """jieba's ``FREQ.get(word)``: the word's frequency, 0 for a prefix alone, else None."""
        code = self.codes.get(word)
        return None if code is None else code >> self.shift

    def tag(self, word: str) -> str | None:
        """The dictionary tag of ``word``, or None if it is no word of the dictionary."""
        return self.code_tags.get(self.codes.get(word))  # type: ignore[arg-type]

    def is_word(self, word: str) -> bool:
        """Whether the dictionary holds ``word`` as a word (with a tag), not only as a prefix."""
        return bool(self.codes.get(word, 0) & self._mask)

    def tags(self, words: list[str]) -> list[str | None]:
        """The tag of every word (None where it is no word of the dictionary), looked up in C."""
        return list(map(self.code_tags.get, map(self.codes.get, words)))

    def unfold(self) -> tuple[dict[str, int], dict[str, str]]:
        """jieba's two tables again: the prefix dictionary and the tag table (for checks)."""
        shift, mask, names = self.shift, self._mask, self.tag_names
        freq = {w: c >> shift for w, c in self.codes.items()}
        tags = {w: names[c & mask] for w, c in self.codes.items() if c & mask}
        return freq, tags  # type: ignore[return-value]


class Frequencies(Mapping[str, int]):
    """jieba's ``Tokenizer.FREQ`` read from a :class:`WordTable` (read-only)."""

    __slots__ = ("table",)

    def __init__(self, table: WordTable) -> None:
        self.table = table

    def __getitem__(self, word: str) -> int:
        return self.table.codes[word] >> self.table.shift

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        code = self.table.codes.get(word)
        return default if code is None else code >> self.table.shift

    def __contains__(self, word: object) -> bool:
        return word in self.table.codes

    def __iter__(self) -> Iterator[str]:
        return iter(self.table.codes)

    def __len__(self) -> int:
        return len(self.table.codes)
