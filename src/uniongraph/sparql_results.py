"""SPARQL 1.1 result formats (JSON, CSV, TSV, XML) and N-Triples for graph answers: the
endpoint's answers (:mod:`uniongraph.serve`) and ``uniongraph query --format csv|tsv|json``
(:mod:`uniongraph.query`).

Terms are tuples, as the endpoint's worker passes them: ``("uri", iri)``, ``("bnode", id)``,
``("literal", text, language, datatype)`` (datatype ``None`` for a plain string).

CSV (W3C SPARQL 1.1 Query Results CSV and TSV Formats, section 3): a header of the variable
names without ``?``, then each term's plain value (a blank node ``_:id``), CRLF line ends.
TSV (section 4): a header of ``?name`` variables, then each term in Turtle syntax: IRIs in
``<>``, literals quoted with their language or datatype, numbers bare; LF line ends.

>>> rows = [[("uri", "https://w3id.org/uniongraph/id/org/x"), ("literal", "北京市总工会", "zh", None)]]
>>> tsv(["o", "name"], rows).splitlines()[1].split(chr(9))
['<https://w3id.org/uniongraph/id/org/x>', '"北京市总工会"@zh']
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

Term = tuple[Any, ...]


def _json_term(t: Term) -> dict[str, str]:
    if t[0] == "literal":
        out = {"type": "literal", "value": t[1]}
        if t[2]:
            out["xml:lang"] = t[2]
        elif t[3]:
            out["datatype"] = t[3]
        return out
    return {"type": t[0], "value": t[1]}


def results_json(names: list[str], rows: list[list[Term | None]], indent: int | None = None) -> str:
    """SPARQL JSON of a SELECT answer: ``head.vars``, then one binding object a row (unbound left out).

    >>> results_json(["n"], [[("literal", "甲", "zh", None)], [None]])
    '{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "甲", "xml:lang": "zh"}}, {}]}}'
    """
    bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False,
                      indent=indent)


def boolean_json(value: bool, indent: int | None = None) -> str:
    """SPARQL JSON of an ASK answer: ``{"head": {}, "boolean": true}``."""
    return json.dumps({"head": {}, "boolean": value}, indent=indent)


def csv_(names: list[str], rows: list[list[Term | None]], text: Callable[[str], str] | None = None) -> str:
    """SPARQL CSV: plain values, blank nodes as ``_:id``, CRLF line ends; ``text`` rewrites each
    value of a literal (the query command's spreadsheet guard)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(names)
    for row in rows:
        w.writerow(["" if t is None else f"_:{t[1]}" if t[0] == "bnode" else
                    text(t[1]) if text is not None and t[0] == "literal" else t[1] for t in row])
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


_XSD = "http://www.w3.org/2001/XMLSchema#"
#: datatype -> the lexical forms Turtle writes bare (``45``, ``1.5``, ``1e3``, ``true``)
_BARE = {_XSD + "integer": re.compile(r"[+-]?[0-9]+"),
         _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+"),
         _XSD + "double": re.compile(r"[+-]?(?:[0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+"),
         _XSD + "boolean": re.compile(r"true|false")}


def tsv_term(t: Term) -> str:
    """A term of a TSV cell: Turtle syntax, numbers and booleans bare where Turtle allows.

    >>> tsv_term(("literal", "45", None, _XSD + "integer")), tsv_term(("literal", "045x", None, _XSD + "integer"))
    ('45', '"045x"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    if t[0] == "literal" and not t[2] and (bare := _BARE.get(t[3] or "")) is not None and bare.fullmatch(t[1]):
        return t[1]
    return nt_term(t)


def tsv(names: list[str], rows: list[list[Term | None]]) -> str:
    """SPARQL TSV: ``?var`` header, cells in Turtle syntax (:func:`tsv_term`)."""
    lines = ["\t".join(f"?{n}" for n in names)]
    lines += ["\t".join("" if t is None else tsv_term(t) for t in row) for row in rows]
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
    """SPARQL XML of a SELECT answer: a ``<variable>`` a name, a ``<result>`` a row (unbound left out)."""
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names), "</head>\n<results>\n"]
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>" for n, t in zip(names, row) if t is not None)
        out.append(f"<result>{cells}</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out)


def boolean_xml(value: bool) -> str:
    """SPARQL XML of an ASK answer."""
    return f"{_XML_HEAD}<head/>\n<boolean>{'true' if value else 'false'}</boolean>\n</sparql>\n"


def render(answer: tuple[Any, ...], fmt: str) -> str:
    """The body of an answer (from :func:`uniongraph.serve.worker.run`) in format ``fmt`` (``json``,
    ``xml``, ``csv``, ``tsv``; a graph answer is N-Triples whatever ``fmt`` says).

    >>> render(("ask", True), "csv")
    '_askResult\\r\\ntrue\\r\\n'
    """
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
