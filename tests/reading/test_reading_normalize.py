"""Normalising decoded text: line ends, invisible and control characters, no-break spaces."""

from __future__ import annotations

import pytest

from uniongraph.reading.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("本报讯\r\n岁末年初\r\n", "本报讯\n岁末年初\n"),
        ("本报讯\r岁末年初\r", "本报讯\n岁末年初\n"),
        ("第一版\r\n\r\n第二版", "第一版\n\n第二版"),
        ("工\u200b会\u200c干\u200d部\u2060学\ufeff院", "工会干部学院"),
        ("\ufeff市总工会", "市总工会"),
        ("记者\u00a0张晶", "记者 张晶"),
        ("记者\u202f张晶", "记者 张晶"),
        ("第\u2007３\u00a0版\u202f要闻", "第 ３ 版 要闻"),
        ("列\t表\n", "列\t表\n"),
        ("控制\x01\x07\x1b字符\x7f\x80\x9f", "控制字符"),
        ("上一页\x0c下一页", "上一页\n下一页"),
        ("行\u2028分隔\u2029段落", "行\n分隔\n段落"),
        # full-width characters are kept as printed, no NFKC
        ("本报北京１月２２日讯（ＡＢＣ）", "本报北京１月２２日讯（ＡＢＣ）"),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_keeps_line_count_for_crlf() -> None:
    raw = "标题\r\n\r\n正文一。\r\n正文二。"
    assert normalize_text(raw).count("\n") == raw.count("\r\n")


def test_normalize_is_idempotent() -> None:
    once = normalize_text("a\r\n\u200bb\u00a0c\x0cd")
    assert normalize_text(once) == once
