"""JSONL corpora: one article per line, as news archives and the PFR corpus are distributed.

Each line is a JSON object with the article ``text`` and optionally ``id``, ``title``, ``date``,
``source`` and ``page``; other names for those fields are given as ``text=content,title=headline``.
The record text is the article: its first line is the title when the record has none, and a
title the text does not start with is put before it (``metadata["text_offset"]`` then says how
far the record's own offsets moved). Each record becomes a :class:`~uniongraph.model.Document`
with one article, read line by line, so a corpus of any size streams.

>>> doc = record_document({"text": "全总举办培训班\\n本报讯 近日，全总举办培训班。", "date": "1998-01-05"},
...                       "news.jsonl", 3, 2)
>>> art = doc.articles[0]
>>> art.title, art.line, art.index, art.metadata
('全总举办培训班', 3, 2, {'date': '1998-01-05'})
"""

from __future__ import annotations

import json
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
    text = record.get(f["text"])
    if not isinstance(text, str):
        reason = f"no {f['text']!r} field" if text is None else f"{f['text']!r} is not a string"
        raise InputError(source, reason, line)
    text = normalize_text(text).strip("\n")
    if not text.strip():
        raise InputError(source, f"empty {f['text']!r}", line)
    metadata: dict[str, Any] = {}
    for key in _METADATA:
        value = record.get(f[key])
        if value is not None and value != "" and not isinstance(value, (dict, list)):
            metadata[key] = value
    title = record.get(f["title"])
    title = " ".join(normalize_text(title).split()) if isinstance(title, str) else ""
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

    A malformed line (bad JSON or UTF-8, not an object, no text) is an :class:`InputError`
    naming ``source`` and the line: passed to ``on_error`` (and the next line read) or raised.
    Blank lines are skipped.
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
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(source, f"invalid JSON: {exc.msg} (column {exc.colno})", lineno) from None
            if not isinstance(record, dict):
                raise InputError(source, f"expected a JSON object, got {type(record).__name__}", lineno)
            doc = record_document(record, source, lineno, index, fields=fields, region=region, parse=parse)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
            continue
        index += 1
        yield doc
