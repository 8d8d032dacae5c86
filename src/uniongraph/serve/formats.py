"""The endpoint's answer formats: which one a request asks for (``Accept`` or ``format=``), and
its media type. The formats themselves are :mod:`uniongraph.sparql_results`."""

from __future__ import annotations

from ..sparql_results import render

#: format name -> media type of the answer
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "nt": "application/n-triples",
}
#: media types a client may ask for -> format name
ACCEPTED: dict[str, str] = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/n-triples": "nt", "text/plain": "nt", "text/turtle": "nt",
}


def negotiate(accept: str | None, kind: str, asked: str | None = None) -> str | None:
    """The format to answer in: ``asked`` (a ``format=`` parameter) or the best of ``Accept``.

    ``kind`` is ``select``, ``ask`` or ``graph``; ``None`` means nothing acceptable (HTTP 406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "graph")
    'nt'
    """
    allowed = ["nt"] if kind == "graph" else ["json", "xml", "csv", "tsv"]
    if asked:
        name = asked if asked in allowed else ACCEPTED.get(asked.lower())
        return name if name in allowed else None
    if not accept:
        return allowed[0]
    best: tuple[float, int, str] | None = None
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            name = allowed[0] if media != "text/*" else ("csv" if kind != "graph" else "nt")
        else:
            name = ACCEPTED.get(media, "")
        if name in allowed and (best is None or (q, -i) > (best[0], best[1])):
            best = (q, -i, name)
    return best[2] if best else None


__all__ = ["ACCEPTED", "MEDIA_TYPES", "negotiate", "render"]
