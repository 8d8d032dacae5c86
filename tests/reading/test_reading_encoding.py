"""Decoding input bytes: BOMs, UTF-8, GB18030, Big5; refusing binary data."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile

import pytest

from uniongraph.errors import InputError
from uniongraph.reading.encoding import decode_bytes, implausibility, sniff_binary

SIMPLIFIED = "本报讯（记者 陈曦 宗晓畅 通讯员 王远霞）一副春联、一张福字，浓浓墨香迎新春。"
TRADITIONAL = "本報訊（記者 陳曦 宗曉暢 通訊員 王遠霞）一副春聯、一張福字，濃濃墨香迎新春。"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16-be"),
        (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), SIMPLIFIED, "utf-32-le"),
        (codecs.BOM_UTF32_BE + SIMPLIFIED.encode("utf-32-be"), SIMPLIFIED, "utf-32-be"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("gb18030"), TRADITIONAL, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        ("工會".encode("big5"), "工會", "big5"),
        ("工会".encode("gb18030"), "工会", "gb18030"),
        (b"plain ASCII text\n", "plain ASCII text\n", "utf-8"),
        (b"", "", "utf-8"),
    ],
)
def test_detects_encoding(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data, "page.txt") == (text, encoding)


def test_gb18030_four_byte_characters() -> None:
    text = "职工𠀀之家€"  # a CJK Extension B character and the euro sign need GB18030 proper
    assert decode_bytes(text.encode("gb18030"), "p.txt") == (text, "gb18030")


def test_bomless_utf16_ascii_is_read() -> None:
    assert decode_bytes("News: 工会 2024\n".encode("utf-16-le"), "p.txt")[1] == "utf-16-le"


def test_big5_read_as_gb18030_is_implausible() -> None:
    data = TRADITIONAL.encode("big5")
    assert implausibility(data.decode("gb18030")) > implausibility(data.decode("big5"))
    assert implausibility(SIMPLIFIED) == 0.0


def _zip_bytes() -> bytes:
    # A fixed member date: the bytes (and so the test's id) must not depend on
    # the clock, or two pytest-xdist workers collect different tests.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("page.txt", date_time=(2020, 1, 1, 0, 0, 0)), SIMPLIFIED)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(64)), "looks like a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "looks like a JPEG image"),
        (b"GIF89a\x01\x00", "looks like a GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "looks like a PDF document"),
        (_zip_bytes(), "looks like a ZIP archive"),
        (gzip.compress(SIMPLIFIED.encode(), mtime=0), "looks like a gzip archive"),
        ("本报讯\x00\x00记者".encode("utf-8"), "contains NUL bytes"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"abc", "too many control characters"),
    ],
    ids=lambda value: value if isinstance(value, str) else "bytes",
)
def test_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "in/page.txt")
    assert err.value.reason == f"not a text file ({reason})"
    assert "in/page.txt" in str(err.value)


def test_refuses_undecodable_bytes() -> None:
    with pytest.raises(InputError, match="cannot decode"):
        decode_bytes(b"\x80\xff\x80\xff\xfe", "x.txt")


def test_broken_utf16_after_bom_is_refused() -> None:
    with pytest.raises(InputError, match="utf-16-le"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")


def test_sniff_binary_leaves_text_alone() -> None:
    assert sniff_binary("PK 不是压缩包".encode()) is None
    assert sniff_binary(b"PK\x03\x04") == "a ZIP archive"
