"""Stable identifiers: the same canonical entity or article gets the same id in every build.

Entity ids are ``KIND/NAME`` with the NFKC-normalised name percent-encoded, so they are
valid IRI path segments for any name and still readable once decoded. Organisation subtypes
share one kind, so a union reclassified as a federation keeps its IRI.

>>> entity_id("Federation", "北京市总工会")
'org/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%80%BB%E5%B7%A5%E4%BC%9A'
>>> entity_iri(entity_id("Person", "赵建国")).startswith(DATA_NS + "person/")
True
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import quote

from .schema import id_kind

DATA_NS = "https://w3id.org/uniongraph/id/"
ONTOLOGY_NS = "https://w3id.org/uniongraph/ontology#"

def entity_kind(type_: str) -> str:
    """The id namespace of an entity type: ``org``, ``person``, ``place`` or ``event``."""
    return id_kind(type_)


def entity_id(type_: str, name: str) -> str:
    """The stable id of the entity named ``name`` of type ``type_``."""
    norm = unicodedata.normalize("NFKC", name).strip()
    return f"{entity_kind(type_)}/{quote(norm, safe='')}"


def fold_name(text: str) -> str:
    """The form names are compared in when a name is looked up (the command line's entity look-up,
    the explorer's name index, the HTML view's focus): NFKC (full-width letters and digits as
    ASCII), stripped, case folded."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def entity_iri(eid: str) -> str:
    """The IRI (as a string) of an entity id."""
    return DATA_NS + eid


def document_digest(text: str) -> str:
    """A short content hash of a document's text: articles are named by content, not path."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def article_id(doc_digest: str, index: int) -> str:
    """The stable id of the ``index``-th article of a document."""
    return f"article/{doc_digest}-{index}"


def article_document(article: str) -> str:
    """The digest of the document an article id belongs to (the inverse of :func:`article_id`).

    >>> article_document(article_id("0123456789ab", 3))
    '0123456789ab'
    """
    return article.split("/")[-1].rsplit("-", 1)[0]
