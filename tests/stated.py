"""The stated facts of one invented article, for the relation tests.

>>> ("赵立新", "worksFor", "海河机床厂") in stated_facts("海河机床厂厂长赵立新说，今年订单增加。")
True
>>> headlined_facts("海河机床厂召开职代会\\n厂长赵立新说，今年订单增加。") == stated_facts(
...     "厂长赵立新说，今年订单增加。", title="海河机床厂召开职代会")
True
"""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def stated_facts(body: str, title: str = "") -> set[tuple[str, str, str]]:
    """(head, relation, tail) of every stated relation extracted from an article with ``body``
    (the text opens with the title's line, empty unless given, as a page's article does)."""
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred}


def read_facts(body: str, title: str = "") -> set[tuple[str, str, str]]:
    """(head, relation, tail) of every relation extracted, stated or read from a name only (flagged
    ``inferred``: 某公司第三届职代会在某地召开 gives the company's organizes by its name alone)."""
    art = extract_article(Article(id="t", source="t", index=0, title=title, text=f"{title}\n{body}"))
    return {(r.head, r.relation, r.tail) for r in art.relations}


def headlined_read_facts(text: str) -> set[tuple[str, str, str]]:
    """:func:`read_facts` of an article written out whole: its first line is the title."""
    title, _, body = text.partition("\n")
    return read_facts(body, title)


def headlined_facts(text: str) -> set[tuple[str, str, str]]:
    """:func:`stated_facts` of an article written out whole: its first line is the title."""
    title, _, body = text.partition("\n")
    return stated_facts(body, title)


def event_names(body: str) -> set[str]:
    """The names of the events recognised in an article with ``body`` (resolved names where a
    mention has one)."""
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.canonical or m.name for m in art.mentions if m.type == "Event"}
