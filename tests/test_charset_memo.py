"""charset_memo: patterns compile to the same code with the remembered classes as without."""

from __future__ import annotations

import re

import pytest

from uniongraph import charset_memo

try:
    from re import _compiler as sre_compile, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_compile  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}(?:总工会|工会)", 0),
    (r"[^\u4e00-\u9fff，。]+", 0),
    (r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·]", 0),
    (r"[a-z\d_\u4e00-\u9fa5]", 0),
    (r"[\w\s]+[^\W\d]", 0),
    (r"[\U00020000-\U0002a6df\u4e00-\u9fff]", 0),  # a range beyond the BMP
    (r"[0-9０-９一二三四五六七八九十]+届", 0),
    (r"[A-Za-zＡ-Ｚａ-ｚ]+", re.IGNORECASE),  # case folding: passed through
    (r"[\u4e00-\u9fff]", re.ASCII),
    (r"(?<=[、，,])([\u4e00-\u9fff·]{2,8})(?=[、，,（(])", 0),
    (rb"[\x80-\xff]+", 0),
]


def _code(pattern: str | bytes, flags: int) -> list[int]:
    return sre_compile._code(sre_parse.parse(pattern, flags), flags)


def test_installed_only_inside_the_block() -> None:
    import uniongraph  # noqa: F401 - importing patches nothing

    assert sre_compile._optimize_charset is charset_memo._original
    with charset_memo.installed():
        assert sre_compile._optimize_charset is charset_memo._optimize_charset
    assert sre_compile._optimize_charset is charset_memo._original


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_code_as_without(pattern: str | bytes, flags: int) -> None:
    plain = _code(pattern, flags)
    charset_memo._memo.clear()
    with charset_memo.installed():
        assert _code(pattern, flags) == plain  # a class met for the first time
        assert _code(pattern, flags) == plain  # and remembered


def test_answers_are_not_shared_lists() -> None:
    """A caller that changes its answer changes no later one's."""
    charset = sre_parse.parse(r"[\u4e00-\u9fff]")[0][1]
    first, _ = charset_memo._optimize_charset(charset)
    first.append("changed")
    again, _ = charset_memo._optimize_charset(charset)
    assert "changed" not in again


def test_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charset_memo, "LIMIT", 20)
    charset_memo._memo.clear()
    with charset_memo.installed():
        for k in range(50):
            re.compile(f"[\\u4e00-\\u9fff{chr(0x3400 + k)}]x{k}")
    assert 0 < len(charset_memo._memo) <= 20
