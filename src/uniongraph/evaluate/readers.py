"""Readers for NER evaluation sets, all yielding ``{"id", "text", "entities"}`` records.

``entities`` are ``[{"start", "end", "type"}]`` with character offsets, end exclusive, and
types PER/LOC/ORG:

- :func:`read_span_jsonl` — the PFR JSONL of ``shared/data/corpus`` (already in that shape);
- :func:`read_cluener` — CLUENER2020 (``label`` → string → ``[[start, end_inclusive]]``);
  name→PER, company/organization/government→ORG, address→LOC, other labels dropped;
- :func:`read_bio` — character BIO (MSRA): ``char<TAB>tag`` lines, blank line between segments.

Files are checked when the reader is called; bad lines raise
:class:`~uniongraph.errors.InputError` naming file and line while iterating.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "t.bio"
>>> _ = p.write_text("刘\\tB-PER\\n大\\tI-PER\\n隆\\tI-PER\\n好\\tO\\n", encoding="utf-8")
>>> next(read_bio(p))["entities"]
[{'start': 0, 'end': 3, 'type': 'PER'}]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError

Record = dict[str, Any]

#: CLUENER labels kept for PER/LOC/ORG scoring; the other six labels are not named entities
#: of these types (book, game, movie, position, scene).
CLUENER_TYPES: dict[str, str] = {
    "name": "PER",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "address": "LOC",
}


def _open(path: str | Path) -> Path:
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such file")
    return p


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"bad JSON: {exc.msg}", lineno) from None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError(str(path), "expected an object with a 'text' string", lineno)
            yield lineno, obj


def _check_span(path: Path, lineno: int, text: str, start: int, end: int) -> None:
    if not 0 <= start < end <= len(text):
        raise InputError(str(path), f"span {start}:{end} outside the text", lineno)


def read_span_jsonl(path: str | Path) -> Iterator[Record]:
    """Records of a PFR-style JSONL file (``text`` plus ``entities`` with end-exclusive offsets).

    An entity's ``text``, when given, must equal the span it points at.
    """
    p = _open(path)

    def records() -> Iterator[Record]:
        for lineno, obj in _json_lines(p):
            text = obj["text"]
            ents = []
            for e in obj.get("entities") or []:
                try:
                    start, end, type_ = int(e["start"]), int(e["end"]), str(e["type"])
                except (KeyError, TypeError, ValueError):
                    raise InputError(str(p), f"bad entity {e!r}", lineno) from None
                _check_span(p, lineno, text, start, end)
                if "text" in e and text[start:end] != e["text"]:
                    raise InputError(
                        str(p), f"entity {e['text']!r} does not match text[{start}:{end}]", lineno
                    )
                ents.append({"start": start, "end": end, "type": type_})
            yield {"id": obj.get("id", f"{p.name}:{lineno}"), "text": text, "entities": ents}

    return records()


def read_cluener(path: str | Path) -> Iterator[Record]:
    """Records of a CLUENER2020 JSONL file, labels mapped to PER/LOC/ORG (end made exclusive)."""
    p = _open(path)

    def records() -> Iterator[Record]:
        for lineno, obj in _json_lines(p):
            text = obj["text"]
            ents = []
            labels = obj.get("label") or {}
            if not isinstance(labels, dict):
                raise InputError(str(p), "'label' is not an object", lineno)
            for label, surfaces in labels.items():
                type_ = CLUENER_TYPES.get(label)
                if type_ is None:
                    continue
                for surface, offsets in surfaces.items():
                    for pair in offsets:
                        try:
                            start, end = int(pair[0]), int(pair[1]) + 1
                        except (IndexError, TypeError, ValueError):
                            raise InputError(str(p), f"bad offsets {pair!r}", lineno) from None
                        _check_span(p, lineno, text, start, end)
                        if text[start:end] != surface:
                            raise InputError(
                                str(p), f"{surface!r} does not match text[{start}:{end}]", lineno
                            )
                        ents.append({"start": start, "end": end, "type": type_})
            ents.sort(key=lambda e: (e["start"], e["end"]))
            yield {"id": obj.get("id", f"{p.name}:{lineno}"), "text": text, "entities": ents}

    return records()


def read_bio(path: str | Path) -> Iterator[Record]:
    """Segments of a character-BIO file (``char<TAB>tag``), spans built from the tags.

    ``I-X`` after ``O`` or after another type starts a new span (the conlleval reading);
    ``S-``/``E-``/``M-`` of BIOES files are read as ``B-``/``I-``/``I-``.
    """
    p = _open(path)

    def records() -> Iterator[Record]:
        chars: list[str] = []
        tags: list[str] = []
        first = 1
        with p.open(encoding="utf-8-sig") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.rstrip("\r\n")
                if not line.strip():
                    if chars:
                        yield _bio_record(p, first, chars, tags)
                    chars, tags, first = [], [], lineno + 1
                    continue
                if "\t" in line:
                    char, tag = line.rsplit("\t", 1)
                else:
                    # A space-separated line; a lone space character cannot be told apart.
                    char, _, tag = line.rpartition(" ")
                tag = tag.strip()
                if not char or not (tag == "O" or (len(tag) > 2 and tag[1] == "-" and tag[0] in "BIESM")):
                    raise InputError(str(p), f"expected 'char<TAB>tag', got {line!r}", lineno)
                chars.append(char)
                tags.append(tag)
        if chars:
            yield _bio_record(p, first, chars, tags)

    return records()


def _bio_record(path: Path, first_line: int, chars: list[str], tags: list[str]) -> Record:
    ents: list[dict[str, Any]] = []
    pos = 0
    current: dict[str, Any] | None = None
    for char, tag in zip(chars, tags):
        prefix, _, type_ = tag.partition("-")
        if prefix in "BS" or (prefix in "IEM" and (current is None or current["type"] != type_)):
            current = {"start": pos, "end": pos + len(char), "type": type_}
            ents.append(current)
        elif prefix in "IEM" and current is not None:
            current["end"] = pos + len(char)
        else:  # "O"
            current = None
        if prefix in "SE":
            current = None
        pos += len(char)
    return {"id": f"{path.name}:{first_line}", "text": "".join(chars), "entities": ents}
