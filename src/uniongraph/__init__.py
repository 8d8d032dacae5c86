"""uniongraph: knowledge graphs of Chinese trade-union news.

>>> from uniongraph import build
>>> kg = build(["examples/seed-page.md"])          # doctest: +SKIP
>>> sorted({e.type for e in kg.entities.values()})  # doctest: +SKIP
['Company', 'Event', 'Federation', ...]
"""

from __future__ import annotations

__version__ = "0.1.0"

from .build import build, build_documents  # noqa: E402
from .model import (  # noqa: E402
    Article,
    Document,
    Entity,
    KnowledgeGraph,
    Mention,
    Relation,
    Sentence,
)

__all__ = [
    "Article",
    "Document",
    "Entity",
    "KnowledgeGraph",
    "Mention",
    "Relation",
    "Sentence",
    "build",
    "build_documents",
]
