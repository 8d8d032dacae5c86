"""SPARQL 1.1 result formats (JSON, CSV, TSV, XML) and N-Triples for graph answers.

Terms are the worker's tuples: ``("uri", iri)``, ``("bnode", id)``,
``("literal", text, language, datatype)``.

>>> rows = [[("uri", "https://w3id.org/uniongraph/id/org/x"), ("literal", "北京市总工会", "zh", None)]]
>>> tsv(["o", "name"], rows).splitlines()[1].split(chr(9))
['<https://w3id.org/uniongraph/id/org/x>', '"北京市总工会"@zh']
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

Term = tuple[Any, ...]

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


def _json_term(t: Term) -> dict[str, str]:
    if t[0] == "literal":
        out = {"type": "literal", "value": t[1]}
        if t[2]:
            out["xml:lang"] = t[2]
        elif t[3]:
            out["datatype"] = t[3]
        return out
    return {"type": t[0], "value": t[1]}


def results_json(names: list[str], rows: list[list[Term | None]]) -> str:
    bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)


def boolean_json(value: bool) -> str:
    return json.dumps({"head": {}, "boolean": value})


def csv_(names: list[str], rows: list[list[Term | None]]) -> str:
    """SPARQL CSV: plain values, blank nodes as ``_:id``, CRLF line ends."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(names)
    for row in rows:
        w.writerow(["" if t is None else (f"_:{t[1]}" if t[0] == "bnode" else t[1]) for t in row])
    return buf.getvalue()


def nt_term(t: Term) -> str:
    """A term in N-Triples syntax (also what SPARQL TSV cells hold)."""
    if t[0] == "uri":
        return f"<{t[1]}>"
    if t[0] == "bnode":
        return f"_:{t[1]}"
    text = t[1].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if t[2]:
        return f'"{text}"@{t[2]}'
    if t[3]:
        return f'"{text}"^^<{t[3]}>'
    return f'"{text}"'


def tsv(names: list[str], rows: list[list[Term | None]]) -> str:
    """SPARQL TSV: ``?var`` header, cells in N-Triples syntax."""
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else nt_term(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


def _xml_term(t: Term) -> str:
    if t[0] == "uri":
        return f"<uri>{escape(t[1])}</uri>"
    if t[0] == "bnode":
        return f"<bnode>{escape(t[1])}</bnode>"
    attr = f" xml:lang={quoteattr(t[2])}" if t[2] else (f" datatype={quoteattr(t[3])}" if t[3] else "")
    return f"<literal{attr}>{escape(t[1], {chr(13): '&#13;'})}</literal>"  # a raw CR would be read as LF


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def results_xml(names: list[str], rows: list[list[Term | None]]) -> str:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names), "</head>\n<results>\n"]
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>" for n, t in zip(names, row) if t is not None)
        out.append(f"<result>{cells}</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def boolean_xml(value: bool) -> str:
    return f"{_XML_HEAD}<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"


def render(answer: tuple[Any, ...], fmt: str) -> str:
    """The body of an answer (from :func:`~.worker.run`) in format ``fmt``."""
    if answer[0] == "ask":
        value = answer[1]
        if fmt == "json":
            return boolean_json(value)
        if fmt == "xml":
            return boolean_xml(value)
        return ("_askResult\r\n" if fmt == "csv" else "?_askResult\n") + ("true" if value else "false") + ("\r\n" if fmt == "csv" else "\n")
    if answer[0] == "graph":
        return "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in answer[1])
    names, rows = answer[1], answer[2]
    return {"json": results_json, "xml": results_xml, "csv": csv_, "tsv": tsv}[fmt](names, rows)
