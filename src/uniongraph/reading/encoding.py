"""Decoding input bytes: detect the encoding of a Chinese news file, refuse what is not text.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the
legacy Chinese encodings GB18030 (a superset of GBK and GB2312) and Big5. Big5 bytes nearly
always also decode as GB18030, into private-use characters, kana and box-drawing symbols, so
when several legacy encodings decode strictly the most plausible text wins, with
charset-normalizer as the tie-breaker. The file name is never used.

>>> decode_bytes("本报讯（记者 陈立新）".encode("gb18030"), "page.txt")
('本报讯（记者 陈立新）', 'gb18030')
>>> decode_bytes("本報訊（記者 張晶）".encode("big5"), "page.txt")
('本報訊（記者 張晶）', 'big5')
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of common binary formats someone may pass by mistake.
_MAGIC: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.S), name)
    for pattern, name in (
        (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (rb"GIF8[79]a", "a GIF image"),
        (rb"RIFF....WEBP", "a WebP image"),
        (rb"II\*\x00|MM\x00\*", "a TIFF image"),
        (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a ZIP archive"),
        (rb"%PDF-", "a PDF document"),
        (rb"\x1f\x8b", "a gzip archive"),
        (rb"BZh[1-9]1AY&SY", "a bzip2 archive"),
        (rb"\xfd7zXZ\x00", "an xz archive"),
        (rb"\x28\xb5\x2f\xfd", "a zstd archive"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"Rar!\x1a\x07", "a RAR archive"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) document"),
        (rb"\x7fELF", "an ELF executable"),
        (rb"SQLite format 3\x00", "an SQLite database"),
        (rb"\x00asm", "a WebAssembly module"),
    )
)

#: Legacy Chinese encodings tried when the bytes are not UTF-8 (cp950 and big5hkscs extend Big5).
_LEGACY: tuple[str, ...] = ("gb18030", "big5", "cp950", "big5hkscs")

#: Share of control characters above which a decoded file is taken for binary data.
_MAX_CONTROL_SHARE = 0.02

#: Below this many bytes charset-normalizer's vote is noise, not evidence.
_MIN_VOTE_BYTES = 200

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")
# Characters a Chinese news text hardly ever holds but mis-decoded Big5/GBK bytes are full of:
# private use, kana, hangul, Cyrillic, Greek, box drawing, rare CJK extension blocks.
_IMPLAUSIBLE = re.compile(
    r"[\ue000-\uf8ff\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3130-\u318f\uac00-\ud7af\u0400-\u04ff\u0370-\u03ff"
    r"\u2500-\u259f\u3400-\u4dbf\ufe10-\ufe1f\ufe30-\ufe4f\U00020000-\U0003ffff\ufffd]"
)


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data`` (read from ``path``) and return ``(text, encoding name)``.

    Raises :class:`~uniongraph.errors.InputError` for non-text data (a known binary magic
    number, NUL bytes, many control characters) or bytes no supported encoding decodes.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], name, path), name, path)
    kind = sniff_binary(data)
    if kind:
        raise InputError(path, f"not a text file (looks like {kind})")
    if b"\x00" in data:
        guess = _bomless_utf16(data)
        if guess is None:
            raise InputError(path, "not a text file (contains NUL bytes)")
        return _checked(guess[0], guess[1], path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    decoded = {}
    for name in _LEGACY:
        try:
            decoded[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise InputError(path, "cannot decode text (not UTF-8, GB18030 or Big5)")
    name = _choose(data, decoded)
    return _checked(decoded[name], name, path)


def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` starts with (``"a ZIP archive"``), or ``None``."""
    head = data[:32]
    for pattern, name in _MAGIC:
        if pattern.match(head):
            return name
    return None


def implausibility(text: str) -> float:
    """Share of characters that a decoded Chinese news text should not contain (0.0 = clean)."""
    if not text:
        return 0.0
    return len(_IMPLAUSIBLE.findall(text)) / len(text)


def _strict(data: bytes, name: str, path: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"cannot decode text as {name} (byte {exc.start})") from None


def _checked(text: str, name: str, path: str) -> tuple[str, str]:
    """Refuse decoded text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise InputError(path, "not a text file (too many control characters)")
    if "\x00" in text:
        raise InputError(path, "not a text file (contains NUL characters)")
    return text, name


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a mark: NULs only at odd (LE) or even (BE) byte positions of mostly-ASCII text."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for name, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if other == 0 and nuls * 4 >= len(data) // 2:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None
            return (text, name) if implausibility(text) < 0.01 else None
    return None


def _choose(data: bytes, decoded: dict[str, str]) -> str:
    """Pick among legacy encodings that all decode ``data`` strictly."""
    if len(decoded) == 1:
        return next(iter(decoded))
    scores = {name: implausibility(text) for name, text in decoded.items()}
    best = min(scores.values())
    clean = [name for name in decoded if scores[name] <= best + 0.005]
    if len(clean) == 1 or len(data) < _MIN_VOTE_BYTES:
        return clean[0]  # a snippet too short to tell: GB18030, the mainland default, first
    voted = _charset_normalizer_vote(data, clean)
    return voted if voted in clean else clean[0]


def _charset_normalizer_vote(data: bytes, candidates: list[str]) -> str | None:
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    match = from_bytes(data[:65536], cp_isolation=candidates).best()
    if match is None:
        return None
    name = codecs.lookup(match.encoding).name
    for cand in candidates:
        if codecs.lookup(cand).name == name:
            return cand
    return None
