"""Traditional script read as simplified: the quick test for a character the table maps must
never skip a text the table would change."""

from __future__ import annotations

import random

from uniongraph.extraction.script import TRADITIONAL_SHARE, _table, to_simplified


def _by_translation(text: str) -> str | None:
    """to_simplified as it was written first: always through the whole table."""
    table = _table()
    simplified = text.translate(table)
    if simplified == text:
        return None
    changed = sum(a != b for a, b in zip(text, simplified))
    han = sum("\u4e00" <= c <= "\u9fff" for c in text) or 1
    return simplified if changed / han >= TRADITIONAL_SHARE else None


def test_texts_with_and_without_mapped_characters_read_as_by_the_whole_table() -> None:
    table = _table()
    assert table, "OpenCC's character table is a dependency"
    keys = [chr(cp) for cp in sorted(table)]
    astral = [k for k in keys if ord(k) > 0xFFFF]
    plain = "工会职工劳动模范全国总工会的代表在北京举行会议。，！abc123 \n"
    rng = random.Random(11)
    texts = ["", plain, "溫州市總工會", "著名劳模王进喜", astral[0] * 3 if astral else "𠀾"]
    for _ in range(300):
        pool = plain + "".join(rng.sample(keys, 3)) if rng.random() < 0.5 else plain
        texts.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 60))))
    for text in texts:
        assert to_simplified(text) == _by_translation(text), text


def test_a_character_outside_the_bmp_is_looked_up() -> None:
    astral = [chr(cp) for cp in _table() if cp > 0xFFFF]
    assert astral
    text = astral[0] * 4
    assert to_simplified(text) == text.translate(_table()) != text
