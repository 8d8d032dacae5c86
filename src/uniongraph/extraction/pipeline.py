"""The extraction pipeline: small components over one article, in a fixed order.

==================  =====================================================  ==================
component           reads                                                  adds
==================  =====================================================  ==================
recognise           ``Article.text``, ``Article.bylines``                  candidate mentions
resolve_overlaps    candidates                                             ``Article.mentions``
resolve_aliases     mentions, document region                              ``canonical``
extract_relations   sentences, mentions                                    ``Article.relations``
==================  =====================================================  ==================

>>> art = extract_text("北京市总工会在劳动公园举办“职工健康”主题活动。")
>>> [(m.name, m.type) for m in art.mentions]
[('北京市总工会', 'Federation'), ('劳动公园', 'Place'), ('职工健康主题活动', 'Event')]
"""

from __future__ import annotations

from ..model import Article, Document, Mention
from .aliases import detect_region, resolve_aliases
from .events import find_events
from .lexicon import Lexicons, load_lexicons
from .orgs import find_organisations
from .overlaps import resolve_overlaps
from .persons import byline_persons, find_persons
from .places import find_places
from .relations import extract_relations
from .tokens import TokenIndex

#: the recognisers, each ``(TokenIndex, Lexicons) -> list[Mention]``
RECOGNISERS = (find_organisations, find_places, find_persons, find_events)


def _ensure_sentences(article: Article) -> None:
    if not article.sentences:
        from ..reading.sentences import split_sentences

        article.sentences = split_sentences(article.text)


def recognise(article: Article, lex: Lexicons | None = None) -> None:
    """Find the article's mentions (before alias resolution)."""
    lex = lex or load_lexicons()
    _ensure_sentences(article)
    idx = TokenIndex(article.text)
    candidates: list[Mention] = byline_persons(article)
    for find in RECOGNISERS:
        candidates.extend(find(idx, lex))
    article.mentions = resolve_overlaps(candidates)


def link(
    article: Article, *, region: str | None = None, lex: Lexicons | None = None, known: frozenset[str] = frozenset()
) -> None:
    """Resolve aliases, then read relations (needs the mentions of :func:`recognise`)."""
    resolve_aliases(article, region=region, lex=lex, known=known)
    article.relations = extract_relations(article)


def extract_article(article: Article, *, region: str | None = None, lex: Lexicons | None = None) -> Article:
    """Run the whole pipeline on one article (in place) and return it."""
    recognise(article, lex)
    link(article, region=region or detect_region([article], lex), lex=lex)
    return article


def extract_document(doc: Document, *, region: str | None = None, lex: Lexicons | None = None) -> Document:
    """Run the pipeline on every article of a document; the region is detected once per document."""
    lex = lex or load_lexicons()
    for art in doc.articles:
        recognise(art, lex)
    doc.region = region or doc.region or detect_region(doc.articles, lex)
    known = frozenset(m.name for art in doc.articles for m in art.mentions if not m.attributes.get("region_short"))
    for art in doc.articles:
        link(art, region=doc.region, lex=lex, known=known)
    return doc


def extract_text(text: str, *, region: str | None = None) -> Article:
    """Extract from a bare text (no headline, no byline): the text is the article text."""
    from ..reading.bylines import add_bylines

    art = add_bylines(Article(id="text", source="<text>", index=0, title="", text=text))
    return extract_article(art, region=region)
