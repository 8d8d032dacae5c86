"""Reading input files into documents and articles.

``read_document(path)`` decodes a file (:mod:`.encoding`), normalises it (:mod:`.normalize`),
splits it into blocks (:mod:`.blocks`), repairs page breaks (:mod:`.repair`), splits
articles (:mod:`.articles`), reads bylines (:mod:`.bylines`) and sentences
(:mod:`.sentences`), and returns a :class:`~uniongraph.model.Document`.

>>> doc = read_text("# 首都职工志愿“大篷车”走进回天地区\\n\\n本报讯（记者 周美玉）近日，志愿者出发。")
>>> art = doc.articles[0]
>>> art.title, art.reporters, [s.text for s in art.sentences]
('首都职工志愿“大篷车”走进回天地区', ['周美玉'], ['首都职工志愿“大篷车”走进回天地区', '本报讯（记者 周美玉）近日，志愿者出发。'])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, Document
from .articles import split_articles
from .bylines import add_bylines, find_bylines
from .encoding import decode_bytes
from .normalize import normalize_text
from .sentences import add_sentences, split_sentences

__all__ = [
    "ARTICLE_COMPONENTS",
    "INPUT_SUFFIXES",
    "decode_bytes",
    "find_bylines",
    "iter_input_files",
    "normalize_text",
    "read_document",
    "read_text",
    "split_articles",
    "split_sentences",
]

#: File name endings collected when a folder is given.
INPUT_SUFFIXES = (".txt", ".md")

#: What the reading stage adds to each article, in order.
ARTICLE_COMPONENTS: tuple[Callable[[Article], Article], ...] = (add_bylines, add_sentences)


def read_text(
    text: str,
    source: str = "<text>",
    *,
    region: str | None = None,
    markdown: bool | None = None,
) -> Document:
    """Read already decoded page text into a :class:`Document` (no articles if there is no text).

    ``markdown=None`` treats the text as Markdown when it has ``#`` headings.
    """
    text = normalize_text(text)
    articles = split_articles(text, source, markdown=markdown)
    for article in articles:
        for component in ARTICLE_COMPONENTS:
            article = component(article)
    return Document(path=source, text=text, region=region, articles=articles)


def read_document(path: str | Path, *, region: str | None = None) -> Document:
    """Read, decode and split the file at ``path``.

    Raises :class:`~uniongraph.errors.InputError` for a missing, unreadable, binary or empty
    file, or one without any article text.
    """
    name = str(path)
    data = _read_bytes(Path(path), name)
    text, encoding = decode_bytes(data, name)
    doc = read_text(text, name, region=region)
    doc.encoding = encoding
    if not doc.text.strip():
        raise InputError(name, "empty file")
    if not any(a.text[a.body_start :].strip() for a in doc.articles):
        raise InputError(name, "no article text (headings only)")
    return doc


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The input files named by ``paths``: files as given, folders walked for ``.txt``/``.md``.

    Folders are walked recursively in sorted order; hidden files and folders (``.git``) and
    ``README.*`` files (a folder's documentation) are skipped; a file named twice is yielded once.
    """
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = _walk(path)
        elif path.exists():
            found = [path]
        else:
            raise InputError(str(given), "no such file or directory")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(names):
            # a folder's README is its documentation, not a page
            if not file.startswith(".") and file.lower().endswith(INPUT_SUFFIXES) and not file.upper().startswith("README"):
                files.append(Path(root) / file)
    return files


def _read_bytes(path: Path, name: str) -> bytes:
    if path.is_dir():
        raise InputError(name, "is a directory")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "cannot read file (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
