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
    ``KnowledgeGraph.failures``); the others are still built.
    """
    from .reading import iter_input_files, read_document

    errors: list[InputError] = [] if failures is None else failures
    docs: list[Document] = []
    for path in iter_input_files_safe(inputs, errors, iter_input_files):
        try:
            docs.append(read_document(path, region=region))
        except InputError as exc:
            errors.append(exc)
    kg = build_documents(docs, region=region)
    kg.failures = [str(e) for e in errors]
    return kg


def iter_input_files_safe(inputs, errors, iter_input_files):
    """Expand each input on its own, so one missing path does not stop the others."""
    for item in inputs:
        try:
            yield from iter_input_files([item])
        except InputError as exc:
            errors.append(exc)
