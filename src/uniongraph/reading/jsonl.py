"""JSONL corpora: one article per line, as news archives and the PFR corpus are distributed.

Each line is a JSON object with the article ``text`` and optionally ``id``, ``title``, ``date``,
``source`` and ``page``; other names for those fields are given as ``text=content,title=headline``.
The record text is the article: its first line is the title when the record has none, and a
title the text does not start with is put before it (``metadata["text_offset"]`` then says how
far the record's own offsets moved). Each record becomes a :class:`~uniongraph.model.Document`
with one article, read line by line, so a corpus of any size streams.

A record is read whole or not at all: one that cannot be (bad JSON, ``NaN`` or ``Infinity``,
nesting deeper than the parser goes, a key the record gives twice among those read, a field
read of the wrong kind, a number too large for the stores and databases the graph goes to,
a lone surrogate such as ``\ud800`` in a text field) is an :class:`InputError` naming the
file, the line and why; nothing of it reaches the graph. ``null`` is an absent field. The text
must be a string; the title a string; date, source, page and id a string or a number.

>>> doc = record_document({"text": "全总举办培训班\\n本报讯 近日，全总举办培训班。", "date": "1998-01-05"},
...                       "news.jsonl", 3, 2)
>>> art = doc.articles[0]
>>> art.title, art.line, art.index, art.metadata
('全总举办培训班', 3, 2, {'date': '1998-01-05'})
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .. import ids
from ..errors import InputError
from ..model import Article, Document
from .normalize import normalize_text

#: Record fields and the JSON keys they are read from unless told otherwise.
DEFAULT_FIELDS: dict[str, str] = {
    "text": "text", "id": "id", "title": "title", "date": "date", "source": "source", "page": "page",
}
_METADATA = ("date", "source", "page", "id")
#: Whole numbers a field may hold: what a 64-bit integer column (SQLite, Neo4j, …) stores.
_INT_LIMIT = 2**63
#: Characters that are not text: lone surrogates (JSON's ``\ud800`` escapes) cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Unusable:
    """A JSON value Python reads but no output can hold (a 5,000-digit number, ``1e999``):
    refused if a field read holds it, ignored elsewhere in the record."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what


class _NotJSON(ValueError):
    """``NaN``, ``Infinity``: Python's extensions, not JSON."""


class _Duplicated(dict):  # type: ignore[type-arg]
    """An object that gives a key twice (JSON tools differ on which value wins)."""

    twice: list[str]


def _int(digits: str) -> int | _Unusable:
    if len(digits.lstrip("-")) > 19:  # also under Python's 4,300-digit limit on int(): ValueError
        return _Unusable(f"a number of {len(digits.lstrip('-')):,} digits")
    return int(digits)


def _float(text: str) -> float | _Unusable:
    value = float(text)
    return value if math.isfinite(value) else _Unusable(f"a number out of range ({text[:20]})")


def _constant(name: str) -> Any:
    raise _NotJSON(f"{name} is not JSON")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        twice = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
        obj = _Duplicated(obj)
        obj.twice = twice
    return obj


_DECODER = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant, object_pairs_hook=_object)


def parse_record(line: str, source: str, lineno: int) -> Any:
    """The JSON value of one line, or an :class:`InputError` naming ``source:lineno`` and why.

    >>> parse_record('{"text": "正文", "page": NaN}', "c.jsonl", 4)
    Traceback (most recent call last):
    uniongraph.errors.InputError: UG100: c.jsonl:4: invalid JSON: NaN is not JSON
    """
    try:
        return _DECODER.decode(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno) from None
    except _NotJSON as exc:
        raise InputError(source, f"invalid JSON: {exc}", lineno) from None
    except RecursionError:
        raise InputError(source, "invalid JSON: nested too deeply to read", lineno) from None


def parse_fields(spec: str | None) -> dict[str, str]:
    """Field names from ``text=content,title=headline`` (the others keep their defaults).

    >>> parse_fields("text=content, title=headline")["title"]
    'headline'

    Raises ``ValueError`` for an unknown field or a malformed item.
    """
    fields = dict(DEFAULT_FIELDS)
    for item in (spec or "").split(","):
        if not item.strip():
            continue
        field, sep, key = item.partition("=")
        field, key = field.strip(), key.strip()
        if not sep or not key:
            raise ValueError(f"{item.strip()!r}: expected FIELD=KEY, e.g. text=content")
        if field not in DEFAULT_FIELDS:
            raise ValueError(f"{field!r}: unknown field (known: {', '.join(DEFAULT_FIELDS)})")
        fields[field] = key
    return fields


def record_document(
    record: dict[str, Any],
    source: str,
    line: int,
    index: int,
    *,
    fields: dict[str, str] | None = None,
    region: str | None = None,
    parse: bool = True,
) -> Document:
    """The document of one JSONL record (line ``line``, ``index``-th record of ``source``;
    ``parse`` as for :func:`~uniongraph.reading.read_text`).

    Raises :class:`InputError` naming the file and line if the record has no text.
    """
    from . import parse_articles

    f = fields or DEFAULT_FIELDS
    twice = sorted({k for k in getattr(record, "twice", ()) if k in f.values()})
    if twice:
        raise InputError(source, f"{twice[0]!r} is given twice in this record", line)
    text = record.get(f["text"])
    if not isinstance(text, str):
        reason = f"no {f['text']!r} field" if f["text"] not in record else (
            f"{f['text']!r} is null" if text is None else f"{f['text']!r} is not a string ({_kind(text)})")
        raise InputError(source, reason, line)
    _check_text(text, f["text"], source, line)
    text = normalize_text(text).strip("\n")
    if not text.strip():
        raise InputError(source, f"empty {f['text']!r}", line)
    metadata: dict[str, Any] = {}
    for key in _METADATA:
        value = record.get(f[key])
        if value is None or value == "":
            continue
        if isinstance(value, str):
            _check_text(value, f[key], source, line)
        elif isinstance(value, _Unusable):
            raise InputError(source, f"{f[key]!r} is {value.what}", line)
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(source, f"{f[key]!r} is not a string or a number ({_kind(value)})", line)
        elif isinstance(value, int) and not -_INT_LIMIT <= value < _INT_LIMIT:
            raise InputError(source, f"{f[key]!r} is a number too large ({len(str(abs(value)))} digits)", line)
        metadata[key] = value
    title = record.get(f["title"])
    if title is not None and not isinstance(title, str):
        raise InputError(source, f"{f['title']!r} is not a string ({_kind(title)})", line)
    if title:
        _check_text(title, f["title"], source, line)
    title = " ".join(normalize_text(title).split()) if title else ""
    if not title:
        title = text.split("\n", 1)[0]
    elif text != title and not text.startswith(title + "\n"):
        text = title + "\n" + text  # Article.text is headline, newline, body
        metadata["text_offset"] = len(title) + 1
    art = Article(
        id=ids.article_id(ids.document_digest(text), 0),
        source=source, index=index, title=title, text=text, line=line, metadata=metadata,
    )
    doc = Document(path=source, text=text, region=region, articles=[art], parsed=False)
    return parse_articles(doc) if parse else doc


def _check_text(value: str, key: str, source: str, line: int) -> None:
    bad = _SURROGATE.search(value)
    if bad:
        raise InputError(source, f"{key!r} holds a lone surrogate \\u{ord(bad.group()):04x} at character "
                                 f"{bad.start() + 1} (not a character: no output can hold it)", line)


def _kind(value: Any) -> str:
    """The JSON name of a value's kind."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, _Unusable)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def iter_jsonl_documents(
    lines: Iterable[bytes],
    source: str,
    *,
    fields: dict[str, str] | None = None,
    region: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    parse: bool = True,
) -> Iterator[Document]:
    """The documents of a JSONL stream, one per record, read line by line.

    A malformed line (bad JSON or UTF-8, not an object, no text, a field of the wrong kind:
    see the module's description) is an :class:`InputError` naming ``source`` and the line:
    passed to ``on_error`` (and the next line read) or raised. Any other failure while one
    record is read is one too (its traceback kept for ``--debug``), so one record never stops
    a corpus. Blank lines are skipped.
    """
    index = 0
    for lineno, raw in enumerate(lines, 1):
        try:
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not UTF-8 (byte {exc.start})", lineno) from None
            record = parse_record(line, source, lineno)
            if not isinstance(record, dict):
                raise InputError(source, f"expected a JSON object, got {type(record).__name__}", lineno)
            doc = _read_record(record, source, lineno, index, fields=fields, region=region, parse=parse)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        index += 1
        yield doc


def _read_record(record: dict[str, Any], source: str, line: int, index: int, **options: Any) -> Document:
    """:func:`record_document`, with any failure an :class:`InputError` naming the line."""
    try:
        return record_document(record, source, line, index, **options)
    except InputError:
        raise
    except Exception as exc:  # a bug met on one record: that record fails alone
        import traceback

        what = f"{type(exc).__name__}: {exc}".encode("utf-8", "backslashreplace").decode("utf-8")
        error = InputError(source, f"cannot read this record ({what})", line)
        error.details = "".join(traceback.format_exception(exc))
        raise error from None
