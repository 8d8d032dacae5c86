"""CSV files in the layout of ``neo4j-admin database import full``, with the command to run.

Written into one folder, from the :mod:`.property_graph` view:

* ``nodes_<Label>_<Type>.csv`` — one file per node type, the header on the first line:
  ``id:ID(Entity),:LABEL,type,name,aliases:string[],mentionCount:long``. Node ids live in
  four ID spaces, ``Entity``, ``Article``, ``Statement`` and ``Evidence`` (the id is also kept as
  the ``id`` property); ``:LABEL`` holds the base label and the type (``Entity;Federation``).
* ``rels_<type>.csv`` — one file per relationship type (and pair of ID spaces):
  ``:START_ID(Entity),:END_ID(Entity),:TYPE,relation,inferred:boolean``.
* ``import.sh`` — the ``neo4j-admin database import full`` command with every file,
  ``--array-delimiter`` (``;`` unless a list value holds one; then ``|`` or U+001F),
  ``--multiline-fields=true`` (article texts and sentences hold newlines) and
  ``--id-type=string``; then ``cypher-shell -f schema.cypher``.
* ``schema.cypher`` — uniqueness constraints on ``id`` and, where the spreadsheet guard of
  :mod:`.csvcells` was applied, the statements that undo it.

Typed headers follow Neo4j's documented names: ``long``, ``double``, ``boolean``, and text
columns untyped (string by default); list columns end in ``[]``. Text cells are RFC 4180 quoted
(Neo4j's default ``--quote='"'``, inner quotes doubled, backslashes literal since
``--legacy-style-quoting`` is false by default).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shlex
from pathlib import Path
from typing import Any

from ..errors import GraphFileError
from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .csvcells import cell, pick_array_delimiter, row, unguard
from .cypher import literal, name, schema_statements
from .property_graph import PropertyGraph, PropType, coerce, schema, to_property_graph

_HEADER_TYPES = {"string": "", "long": ":long", "double": ":double", "boolean": ":boolean"}


def _header_type(t: PropType) -> str:
    if t.array:
        return f":{t.kind}[]"
    return _HEADER_TYPES[t.kind]


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def _undo_guard(match: str, var: str, key: str, array: bool) -> str:
    prop = f"{var}.{name(key)}"
    if array:
        return (f"{match} WHERE any(x IN {prop} WHERE x STARTS WITH \"'\") "
                f"SET {prop} = [x IN {prop} | CASE WHEN x STARTS WITH \"'\" THEN substring(x, 1) ELSE x END]")
    return f"{match} WHERE {prop} STARTS WITH \"'\" SET {prop} = substring({prop}, 1)"


def neo4j_files(pg: PropertyGraph) -> dict[str, str]:
    """File name -> text of every file of the import folder."""
    all_values = [v for n in pg.nodes.values() for v in n.props.values()]
    all_values += [v for e in pg.edges for v in e.props.values()]
    delim = pick_array_delimiter(all_values)
    files: dict[str, str] = {}
    node_files: list[str] = []
    rel_files: list[str] = []
    undo: list[str] = []
    for (label, type_), nodes in pg.nodes_by_type().items():
        cols = schema(nodes)
        cols.pop("type", None)
        fname = f"nodes_{_safe(label)}" + (f"_{_safe(type_)}" if type_ != label else "") + ".csv"
        header = [f"id:ID({label})", ":LABEL", "type"] + [k + _header_type(t) for k, t in cols.items()]
        guarded: set[str] = set()
        lines = [row(header)]
        labels = delim.join(dict.fromkeys([label, type_]))
        for n in nodes:
            cells = [cell(n.id, delim), cell(labels, delim), cell(n.type, delim, guarded, "type")]
            cells += [cell(coerce(n.props.get(k), t), delim, guarded, k) for k, t in cols.items()]
            lines.append(row(cells))
        files[fname] = "".join(lines)
        node_files.append(fname)
        for key in sorted(guarded):
            undo.append(_undo_guard(f"MATCH (n:{name(label)}:{name(type_)})", "n", key,
                                    key in cols and cols[key].array))
    groups = pg.edges_by_type()
    types = [k[0] for k in groups]
    for (type_, start, end), edges in groups.items():
        cols = schema(edges)
        fname = f"rels_{_safe(type_)}" + (f"_{start}_{end}" if types.count(type_) > 1 else "") + ".csv"
        header = [f":START_ID({start})", f":END_ID({end})", ":TYPE"] + [k + _header_type(t) for k, t in cols.items()]
        guarded = set()
        lines = [row(header)]
        for e in edges:
            cells = [cell(e.start, delim), cell(e.end, delim), cell(e.type, delim)]
            cells += [cell(coerce(e.props.get(k), t), delim, guarded, k) for k, t in cols.items()]
            lines.append(row(cells))
        files[fname] = "".join(lines)
        rel_files.append(fname)
        for key in sorted(guarded):
            undo.append(_undo_guard(f"MATCH (:{name(start)})-[r:{name(type_)}]->(:{name(end)})", "r", key,
                                    cols[key].array))
    schema_text = ["// Run once after neo4j-admin: uniqueness constraints, then undo the spreadsheet guard."]
    schema_text += [s + ";" for s in schema_statements("neo4j")]
    schema_text += [s + ";" for s in undo]
    files["schema.cypher"] = "\n".join(schema_text) + "\n"
    delim_arg = "U+001F" if delim == "\x1f" else delim
    args = [f"--nodes={f}" for f in node_files] + [f"--relationships={f}" for f in rel_files]
    files["import.sh"] = (
        "#!/bin/sh\n"
        "# Load these files into a new Neo4j database (default: neo4j), then add constraints.\n"
        "# Usage: sh import.sh [DATABASE]   (neo4j-admin and cypher-shell on PATH; server stopped for\n"
        "# the import, started for cypher-shell; NEO4J_USERNAME / NEO4J_PASSWORD for cypher-shell)\n"
        "set -e\n"
        'cd "$(dirname "$0")"\n'
        'DB="${1:-neo4j}"\n'
        "neo4j-admin database import full \\\n"
        + "".join(f"  {shlex.quote(a)} \\\n" for a in args)
        + f"  --array-delimiter={shlex.quote(delim_arg)} --multiline-fields=true --id-type=string \\\n"
        '  "$DB"\n'
        'echo "start the server (and CREATE DATABASE $DB if it is not the default), then:"\n'
        'echo "  cypher-shell -d $DB -f schema.cypher"\n'
    )
    return files


def write_neo4j_csv(kg: KnowledgeGraph | PropertyGraph, folder: str | os.PathLike[str]) -> Path:
    """Write the import folder (each file atomically); returns the folder."""
    pg = to_property_graph(kg) if isinstance(kg, KnowledgeGraph) else kg
    out = Path(folder)
    for fname, text in neo4j_files(pg).items():
        write_text_atomic(out / fname, text)
    return out


# ---------------------------------------------------------------- reading back

_FIELD = re.compile(r"(?P<name>[^:]*)(?::(?P<kind>ID|START_ID|END_ID|LABEL|TYPE|IGNORE)(?:\((?P<space>[^)]*)\))?"
                    r"|:(?P<type>[a-z]+)(?P<array>\[\])?)?\Z")


def parse_header_field(field: str) -> dict[str, Any]:
    """One header field as ``{name, kind, space, type, array}`` (Neo4j's header grammar).

    >>> parse_header_field("aliases:string[]")["array"]
    True
    >>> parse_header_field(":START_ID(Entity)")["space"]
    'Entity'
    """
    m = _FIELD.match(field)
    if m is None:
        raise ValueError(f"not a Neo4j import header field: {field!r}")
    return {"name": m.group("name"), "kind": m.group("kind"), "space": m.group("space"),
            "type": m.group("type") or "string", "array": bool(m.group("array"))}


def _convert(text: str, ftype: str) -> Any:
    if ftype in ("long", "int", "short", "byte"):
        return int(text)
    if ftype in ("double", "float"):
        return float(text)
    if ftype == "boolean":
        return text == "true"  # Neo4j: exactly "true" is true, everything else false
    return text


def read_neo4j_csv(folder: str | os.PathLike[str], *, undo_guard: bool = True) -> dict[str, Any]:
    """Read an import folder the way ``neo4j-admin`` does (for checks and round trips).

    Returns ``{"nodes": {(space, id): {"labels": [...], "props": {...}}}, "edges": [(type,
    (space, start), (space, end), props)]}``. ``undo_guard`` applies what ``schema.cypher`` does.
    """
    base = Path(folder)
    script = base / "import.sh"
    try:
        command = script.read_text(encoding="utf-8")
    except OSError as exc:
        raise GraphFileError(f"{script}: cannot read: {exc.strerror or exc}") from exc
    m = re.search(r"--array-delimiter=(\S+)", command)
    delim = ";" if m is None else shlex.split(m.group(1))[0]
    delim = "\x1f" if delim == "U+001F" else delim
    nodes: dict[tuple[str, str], dict[str, Any]] = {}
    edges: list[tuple[str, tuple[str, str], tuple[str, str], dict[str, Any]]] = []
    for kind, fname in re.findall(r"--(nodes|relationships)=(\S+)", command):
        path = base / shlex.split(fname)[0]
        reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""), strict=True)
        header = [parse_header_field(f) for f in next(reader)]
        for line_no, values in enumerate(reader, start=2):
            if len(values) != len(header):
                raise GraphFileError(f"{path}:{line_no}: {len(values)} fields, header has {len(header)}")
            props: dict[str, Any] = {}
            ident = labels = start = end = rtype = None
            for f, text in zip(header, values):
                if f["kind"] == "ID":
                    ident = (f["space"] or "", text)
                    if f["name"]:
                        props[f["name"]] = text
                elif f["kind"] == "LABEL":
                    labels = text.split(delim)
                elif f["kind"] == "START_ID":
                    start = (f["space"] or "", text)
                elif f["kind"] == "END_ID":
                    end = (f["space"] or "", text)
                elif f["kind"] == "TYPE":
                    rtype = text
                elif text != "":
                    fix = unguard if undo_guard else (lambda s: s)
                    if f["array"]:
                        props[f["name"]] = [_convert(fix(x) if f["type"] == "string" else x, f["type"])
                                            for x in text.split(delim)]
                    else:
                        props[f["name"]] = _convert(fix(text) if f["type"] == "string" else text, f["type"])
            if kind == "nodes":
                if ident is None or ident in nodes:
                    raise GraphFileError(f"{path}:{line_no}: missing or duplicate node id {ident}")
                nodes[ident] = {"labels": labels or [], "props": props}
            else:
                edges.append((rtype or "", start, end, props))  # type: ignore[arg-type]
    return {"nodes": nodes, "edges": edges}


__all__ = ["literal", "neo4j_files", "parse_header_field", "read_neo4j_csv", "write_neo4j_csv"]
