"""Reading input files into documents and articles.

``read_document(path)`` decodes a file (:mod:`.encoding`), normalises it (:mod:`.normalize`),
splits it into blocks (:mod:`.blocks`), repairs page breaks (:mod:`.repair`), splits
articles (:mod:`.articles`), reads bylines (:mod:`.bylines`) and sentences
(:mod:`.sentences`), and returns a :class:`~uniongraph.model.Document`.

>>> doc = read_text("# 职工“健康直通车”走进回龙观地区\\n\\n本报讯（记者 林海燕）近日，志愿者出发。")
>>> art = doc.articles[0]
>>> art.title, art.reporters, [s.text for s in art.sentences]
('职工“健康直通车”走进回龙观地区', ['林海燕'], ['职工“健康直通车”走进回龙观地区', '本报讯（记者 林海燕）近日，志愿者出发。'])
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

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
    "display_name",
    "find_bylines",
    "iter_documents",
    "iter_input_files",
    "normalize_text",
    "open_input",
    "parse_articles",
    "read_document",
    "read_text",
    "split_articles",
    "split_sentences",
]

#: File name endings collected when a folder is given: pages, JSONL corpora, HTML pages.
INPUT_SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
#: Endings read as HTML pages and as JSONL corpora (one article per line).
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
#: The name standing for standard input.
STDIN = "-"
#: What a build writes into its output folder: a folder holding the first two is a build's,
#: and its ``graph.html`` (a view of the graph, not a news page) is not read as input.
BUILD_MARKERS = ("graph.ttl", "graph.json")
BUILD_PAGES = ("graph.html",)

#: What the reading stage adds to each article, in order.
ARTICLE_COMPONENTS: tuple[Callable[[Article], Article], ...] = (add_bylines, add_sentences)


def read_text(
    text: str,
    source: str = "<text>",
    *,
    region: str | None = None,
    markdown: bool | None = None,
    parse: bool = True,
) -> Document:
    """Read already decoded page text into a :class:`Document` (no articles if there is no text).

    ``markdown=None`` treats the text as Markdown when it has ``#`` headings. With ``parse=False``
    the articles' bylines and sentences are left to :func:`parse_articles` (every reader here
    takes this flag).
    """
    text = normalize_text(text)
    doc = Document(path=source, text=text, region=region, articles=split_articles(text, source, markdown=markdown),
                   parsed=False)
    return parse_articles(doc) if parse else doc


def parse_articles(doc: Document) -> Document:
    """Give every article of ``doc`` its bylines and sentences (:data:`ARTICLE_COMPONENTS`), if
    it was read with ``parse=False``; a parsed document is returned as it is.

    A corpus build reads in one process and extracts on several: reading leaves this step to
    the extraction processes, where it runs in parallel, and the documents sent to them are
    smaller.

    >>> doc = read_text("标题\\n本报讯 正文。", parse=False)
    >>> doc.articles[0].sentences
    []
    >>> [s.text for s in parse_articles(doc).articles[0].sentences]
    ['标题', '本报讯 正文。']
    """
    if not doc.parsed:
        articles = []
        for article in doc.articles:
            for component in ARTICLE_COMPONENTS:
                article = component(article)
            articles.append(article)
        doc.articles = articles
        doc.parsed = True
    return doc


def read_document(path: str | Path, *, region: str | None = None, parse: bool = True) -> Document:
    """Read, decode and split the file at ``path``.

    Raises :class:`~uniongraph.errors.InputError` for a missing, unreadable, binary or empty
    file, or one without any article text.
    """
    name = display_name(path)
    if name.lower().endswith(JSONL_SUFFIXES):
        raise InputError(name, "a JSONL corpus holds many documents: read it with iter_documents")
    data = _read_bytes(Path(path), name)
    return _document_of_bytes(data, name, region=region, html=name.lower().endswith(HTML_SUFFIXES), parse=parse)


def _document_of_bytes(data: bytes, name: str, *, region: str | None, html: bool, parse: bool = True) -> Document:
    text, encoding = decode_bytes(data, name)
    if html and _UNIONGRAPH_VIEW in text[:2048]:
        raise InputError(name, "a graph view written by uniongraph, not a news page")
    if html:
        from .html_pages import read_html_text

        doc = read_html_text(text, name, region=region, parse=parse)
    else:
        doc = read_text(text, name, region=region, parse=parse)
    doc.encoding = encoding
    if not doc.text.strip():
        raise InputError(name, "empty file")
    if not any(a.text[a.body_start :].strip() for a in doc.articles):
        raise InputError(name, "no article text (headings only)")
    return doc


def iter_documents(
    path: str | Path,
    *,
    region: str | None = None,
    fields: dict[str, str] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    parse: bool = True,
) -> Iterator[Document]:
    """The documents of one input: a page (``.md``/``.txt``), an HTML page, every record of a
    JSONL corpus (streamed line by line), or standard input for ``-`` (JSONL if it starts with
    ``{``, HTML if with ``<``, else a page).

    Errors are :class:`InputError`: passed to ``on_error`` if given (a malformed JSONL line,
    then the next line is read), else raised.
    """
    from .jsonl import iter_jsonl_documents

    name = display_name(path)
    try:
        if name == STDIN:
            yield from _stdin_documents(region=region, fields=fields, on_error=on_error, parse=parse)
        elif name.lower().endswith(JSONL_SUFFIXES):
            with open_input(Path(path), name) as fh:
                try:
                    _check_jsonl_head(fh.read(4096), name)
                    fh.seek(0)
                    yield from iter_jsonl_documents(fh, name, fields=fields, region=region, on_error=on_error,
                                                    parse=parse)
                except OSError as exc:
                    raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
        else:
            yield read_document(path, region=region, parse=parse)
    except InputError as exc:
        if on_error is None:
            raise
        on_error(exc)


def _check_jsonl_head(head: bytes, name: str) -> None:
    """Refuse a .jsonl that is not text (a ZIP, an image) or is empty, naming it, as for pages."""
    from .encoding import sniff_binary

    kind = sniff_binary(head)
    if kind:
        raise InputError(name, f"not a text file (looks like {kind})")
    if not head.strip():
        raise InputError(name, "empty file")


def _stdin_documents(
    *, region: str | None, fields: dict[str, str] | None, on_error: Callable[[InputError], None] | None,
    parse: bool = True,
) -> Iterator[Document]:
    import sys

    from .jsonl import iter_jsonl_documents

    stream = sys.stdin.buffer
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    head = first.lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{"):
        yield from iter_jsonl_documents(_chain(first, stream), "<stdin>", fields=fields, region=region,
                                        on_error=on_error, parse=parse)
        return
    data = first + stream.read()
    yield _document_of_bytes(data, "<stdin>", region=region, html=head.startswith(b"<"), parse=parse)


def _chain(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def iter_input_files(
    paths: Iterable[str | Path],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    on_error: Callable[[InputError], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """The input files named by ``paths``: files as given, folders walked for pages
    (``.txt``, ``.md``, ``.html``, ``.htm``) and JSONL corpora (``.jsonl``).

    Folders are walked recursively in sorted order; hidden files and folders (``.git``) and
    ``README.*`` files (a folder's documentation) are left out. A folder holding ``graph.ttl``
    and ``graph.json`` holds a build: its ``graph.html`` is the build's view, not a page, and is
    left out; the pages beside it are read. Links to folders are not followed. A file named twice
    is yielded once. In folders, ``include`` globs (if any) select files and ``exclude`` globs drop
    them; a glob matches the path below the folder (``2023/*.md``, ``*`` crosses ``/``) or the
    file name.

    A path that is missing and a folder that cannot be read are :class:`InputError`: passed to
    ``on_error`` if given, else raised. What a walk leaves out besides hidden files and READMEs
    is said in one line (``skipped PATH: why``) passed to ``on_skip``. Files are not opened
    here: :func:`open_input` refuses, when they are read, what is not a regular file (a named
    pipe, a device) and link loops.
    """

    def error(exc: InputError) -> None:
        if on_error is None:
            raise exc
        on_error(exc)

    seen: set[str] = set()
    for given in paths:
        path = Path(given)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError as exc:
            if not os.path.lexists(path):
                error(InputError(display_name(given), _os_reason(exc, path)))
                continue
            is_dir = False  # a link loop or a broken link: said once, when it is read
        found = _walk(path, include, exclude, error, on_skip or (lambda line: None)) if is_dir else [path]
        for file in found:
            key = os.path.realpath(file)  # never raises, not even on a link loop
            if key not in seen:
                seen.add(key)
                yield file


def _walk(folder: Path, include: Sequence[str], exclude: Sequence[str], error: Callable[[InputError], None],
          skip: Callable[[str], None]) -> list[Path]:
    def unreadable(exc: OSError) -> None:
        where = display_name(exc.filename if exc.filename is not None else folder)
        error(InputError(where, f"folder skipped: cannot read it ({_strerror(exc)})"))

    files = []
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        for d in sorted(dirs):
            if not d.startswith(".") and os.path.islink(os.path.join(root, d)):
                skip(f"skipped {display_name(os.path.join(root, d))}: a link to a folder (links to folders "
                     "are not followed; name the folder itself to read it)")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d)))
        build = all(m in names for m in BUILD_MARKERS)
        for file in sorted(names):
            # a folder's README is its documentation, not a page
            if not file.startswith(".") and file.lower().endswith(INPUT_SUFFIXES) and not file.upper().startswith("README"):
                full = Path(root) / file
                rel = full.relative_to(folder).as_posix()
                if include and not _matches(rel, include):
                    continue
                if exclude and _matches(rel, exclude):
                    continue
                if build and file in BUILD_PAGES:
                    skip(f"skipped {display_name(full)}: the view of a build (its folder holds "
                         f"{' and '.join(BUILD_MARKERS)}; the pages beside it are read)")
                    continue
                files.append(full)
    return files


def _matches(rel: str, globs: Sequence[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)


def _read_bytes(path: Path, name: str) -> bytes:
    with open_input(path, name) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(name, f"cannot read file ({_strerror(exc)})") from None


def open_input(path: Path, name: str | None = None) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file.

    What is not is refused by name without being opened for reading (an
    :class:`InputError`): a folder, a named pipe (reading it would wait for a writer), a device
    (``/dev/zero`` never ends), a socket; and a link loop, a missing file, a name that is not
    UTF-8 (names are written into the graph).

    >>> open_input(Path("/dev/null"))
    Traceback (most recent call last):
    uniongraph.errors.InputError: UG100: /dev/null: not a regular file (a character device)
    """
    name = name or display_name(path)
    if _has_surrogates(str(path)):
        raise InputError(name, "file name is not UTF-8 (names are written into the graph: rename the file)")
    try:
        kind = _not_regular(os.stat(path).st_mode)
    except OSError as exc:
        raise InputError(name, _os_reason(exc, path)) from None
    if kind:
        raise InputError(name, kind)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: a pipe put in its place meanwhile does not hang
    except OSError as exc:
        raise InputError(name, _os_reason(exc, path)) from None
    try:
        kind = _not_regular(os.fstat(fd).st_mode)
        if kind:
            raise InputError(name, kind)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def display_name(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can be printed and written: bytes of a name that are not UTF-8
    (which Python keeps as lone surrogates) are shown as ``\\xff``.

    >>> print(display_name(os.fsdecode(b"bad\\xff.md")))
    bad\\xff.md
    """
    text = os.fspath(path)
    if _has_surrogates(text):
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


#: How an HTML view written by uniongraph (``build``, ``view``) names its maker.
_UNIONGRAPH_VIEW = '<meta name="generator" content="uniongraph'


def _not_regular(mode: int) -> str | None:
    from ..readwrite.files import special_file

    if stat.S_ISDIR(mode):
        return "is a directory"
    return special_file(mode) or (None if stat.S_ISREG(mode) else "not a regular file")


def _os_reason(exc: OSError, path: str | os.PathLike[str]) -> str:
    """The reason for a failed stat or open, in the words the other input errors use."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"broken symbolic link (to {display_name(os.readlink(path))})"
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read file (permission denied)"
    return f"cannot read file ({_strerror(exc)})"


def _strerror(exc: OSError) -> str:
    return {errno.EACCES: "permission denied", errno.EPERM: "permission denied"}.get(
        exc.errno or 0, exc.strerror or str(exc))
