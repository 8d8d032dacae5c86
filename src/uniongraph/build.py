"""Building a knowledge graph from input files: read -> extract -> merge.

>>> kg = build(["examples/seed-page.md"])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import InputError
from .model import Document, KnowledgeGraph


def build_documents(documents: Iterable[Document], *, region: str | None = None) -> KnowledgeGraph:
    """Extract every article of ``documents`` and merge the results into one graph."""
    from .extraction.merge import merge_articles
    from .extraction.pipeline import extract_document

    articles = []
    for doc in documents:
        extract_document(doc, region=region)
        articles.extend(doc.articles)
    return merge_articles(articles)


def build(
    inputs: Iterable[str | Path], *, region: str | None = None, failures: list[InputError] | None = None
) -> KnowledgeGraph:
    """Read files and folders and build their knowledge graph.

    Files that cannot be read are skipped and recorded (in ``failures`` if given, and in
    ``KnowledgeGraph.failures``); the others are still built. A file named twice (or named and
    inside a named folder), or two files with the same text, are read once.
    """
    from .ids import document_digest
    from .reading import read_document

    errors: list[InputError] = [] if failures is None else failures
    docs: list[Document] = []
    seen_digests: set[str] = set()
    for path in input_files(inputs, errors):
        try:
            doc = read_document(path, region=region)
        except InputError as exc:
            errors.append(exc)
            continue
        digest = document_digest(doc.text)
        if digest not in seen_digests:  # the same text twice would give the same article ids twice
            seen_digests.add(digest)
            docs.append(doc)
    kg = build_documents(docs, region=region)
    kg.failures = [str(e) for e in errors]
    return kg


def input_files(inputs: Iterable[str | Path], errors: list[InputError]) -> list[Path]:
    """The files named by ``inputs``, each once; a missing path or a folder without pages is
    recorded in ``errors`` and the other inputs are still expanded."""
    from .reading import iter_input_files

    files: list[Path] = []
    seen: set[Path] = set()
    for item in inputs:
        try:
            found = list(iter_input_files([item]))
        except InputError as exc:
            errors.append(exc)
            continue
        if not found and Path(item).is_dir():
            errors.append(InputError(str(item), "no .md or .txt files in this folder"))
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files
