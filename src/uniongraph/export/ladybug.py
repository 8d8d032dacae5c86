"""LadybugDB (the maintained fork of Kùzu): schema, ``COPY FROM`` files and a ready database.

``write_ladybug(kg, folder)`` writes, from the :mod:`.property_graph` view:

* ``schema.cypher`` — ``CREATE NODE TABLE Entity(id STRING PRIMARY KEY, type STRING, name
  STRING, aliases STRING[], …)`` for ``Entity``, ``Article``, ``Statement`` and ``Evidence``
  (Ladybug gives a node one table, so the entity type is the ``type`` property), and
  ``CREATE REL TABLE worksFor(FROM Entity TO Entity, relation STRING, inferred BOOLEAN)`` …;
* ``nodes_<Table>.csv`` and ``rels_<Table>.csv`` files, RFC 4180 with the spreadsheet guard of :mod:`.csvcells`;
* ``copy.cypher`` — one ``COPY <Table> FROM (LOAD WITH HEADERS (…) FROM '<file>' (…) RETURN …)``
  per table: every column is read as text (no type sniffing, so ``"007"`` stays text), lists are
  split on the array delimiter, the guard is undone and numbers are cast;
* ``graph.lbug`` — the database itself, when the ``ladybug`` package is installed (``pip install
  ladybug``): ``lbug graph.lbug`` or ``ladybug.Database("graph.lbug")`` and it answers Cypher.

Run the two scripts by hand from this folder with the ``lbug`` shell if you prefer
(``lbug mydb < schema.cypher`` then ``< copy.cypher``). Empty strings load as NULL.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..model import RELATION_TYPES, KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .csvcells import cell, pick_array_delimiter, row
from .cypher import literal, name
from .property_graph import LABEL_ORDER, PropertyGraph, PropType, coerce, schema, to_property_graph

DB_NAME = "graph.lbug"
#: Edge types every database gets a table for, and their ends when none are in the data.
KNOWN_RELATIONS: tuple[str, ...] = RELATION_TYPES + ("reportedBy", "correspondent", "mentions")
_KNOWN_ENDS = {"reportedBy": ("Article", "Entity"), "correspondent": ("Article", "Entity"),
               "mentions": ("Article", "Entity")}
_TYPES = {"string": "STRING", "long": "INT64", "double": "DOUBLE", "boolean": "BOOLEAN"}


def _lb_type(t: PropType) -> str:
    return _TYPES[t.kind] + ("[]" if t.array else "")


def _text_expr(col: str) -> str:
    # Undo the spreadsheet guard: drop exactly one leading apostrophe.
    return f"CASE WHEN starts_with({col}, \"'\") THEN substring({col}, 2, size({col})) ELSE {col} END"


def _value_expr(col: str, t: PropType, delim: str) -> str:
    ref = name(col)
    if t.array:
        item = "x" if t.kind != "string" else _text_expr("x")
        conv = item if t.kind == "string" else f"CAST({item} AS {_TYPES[t.kind]})"
        return (f"CASE WHEN {ref} IS NULL OR {ref} = '' THEN CAST(NULL AS {_lb_type(t)}) "
                f"ELSE list_transform(string_split({ref}, {literal(delim)}), x -> {conv}) END")
    if t.kind == "string":
        return _text_expr(ref)
    if t.kind == "boolean":
        return f"CASE WHEN {ref} IS NULL OR {ref} = '' THEN CAST(NULL AS BOOLEAN) ELSE {ref} = 'true' END"
    return f"CAST({ref} AS {_TYPES[t.kind]})"


def _load(fname: str, columns: list[str], exprs: list[str]) -> str:
    headers = ", ".join(f"{name(c)} STRING" for c in columns)
    return (f"LOAD WITH HEADERS ({headers}) FROM {literal(fname)} (HEADER=true, PARALLEL=false) "
            f"RETURN {', '.join(exprs)}")


def ladybug_files(pg: PropertyGraph, base: str = "") -> dict[str, str]:
    """File name -> text: ``schema.cypher``, ``copy.cypher`` and the CSV files.

    ``base`` is put before the CSV names inside ``copy.cypher`` (a folder path ending in ``/``).
    """
    values = [v for n in pg.nodes.values() for v in n.props.values()] + [v for e in pg.edges for v in e.props.values()]
    delim = pick_array_delimiter(values)
    files: dict[str, str] = {}
    ddl: list[str] = []
    copies: list[str] = []
    by_label: dict[str, list[Any]] = {label: [] for label in LABEL_ORDER}
    for node in pg.nodes.values():
        by_label.setdefault(node.label, []).append(node)
    for label, nodes in by_label.items():
        if not nodes:  # declared anyway: edge tables and queries name it
            ddl.append(f"CREATE NODE TABLE {name(label)}(id STRING PRIMARY KEY, type STRING)")
            continue
        nodes.sort(key=lambda n: n.id)
        cols = schema(nodes)
        cols.pop("type", None)
        ddl.append(f"CREATE NODE TABLE {name(label)}(id STRING PRIMARY KEY, type STRING"
                   + "".join(f", {name(k)} {_lb_type(t)}" for k, t in cols.items()) + ")")
        header = ["id", "type"] + list(cols)
        lines = [row([cell(h, delim) for h in header])]
        for n in nodes:
            lines.append(row([cell(n.id, delim), cell(n.type, delim)]
                             + [cell(coerce(n.props.get(k), t), delim) for k, t in cols.items()]))
        fname = f"nodes_{label}.csv"
        files[fname] = "".join(lines)
        exprs = ["id", _text_expr("type")] + [_value_expr(k, t, delim) for k, t in cols.items()]
        copies.append(f"COPY {name(label)} FROM ({_load(base + fname, header, exprs)})")
    by_type: dict[str, dict[tuple[str, str], list[Any]]] = {}
    for (type_, start, end), edges in pg.edges_by_type().items():
        by_type.setdefault(type_, {})[(start, end)] = edges
    for rel in KNOWN_RELATIONS:
        # Declared even when empty, so the example queries bind on any graph.
        by_type.setdefault(rel, {})
    for type_, pairs in by_type.items():
        if not pairs:
            start, end = _KNOWN_ENDS.get(type_, ("Entity", "Entity"))
            cols = {"relation": PropType("string")} | ({} if start == "Article" else {"inferred": PropType("boolean")})
            ddl.append(f"CREATE REL TABLE {name(type_)}(FROM {start} TO {end}"
                       + "".join(f", {name(k)} {_lb_type(t)}" for k, t in cols.items()) + ")")
            continue
        all_edges = [e for es in pairs.values() for e in es]
        cols = schema(all_edges)
        ends = ", ".join(f"FROM {name(s)} TO {name(e)}" for s, e in pairs)
        ddl.append(f"CREATE REL TABLE {name(type_)}({ends}"
                   + "".join(f", {name(k)} {_lb_type(t)}" for k, t in cols.items()) + ")")
        header = ["from", "to"] + list(cols)
        for (start, end), edges in pairs.items():
            fname = f"rels_{type_}.csv" if len(pairs) == 1 else f"rels_{type_}_{start}_{end}.csv"
            lines = [row([cell(h, delim) for h in header])]
            for e in edges:
                lines.append(row([cell(e.start, delim), cell(e.end, delim)]
                                 + [cell(coerce(e.props.get(k), t), delim) for k, t in cols.items()]))
            files[fname] = "".join(lines)
            exprs = ["`from`", "`to`"] + [_value_expr(k, t, delim) for k, t in cols.items()]
            opts = f" (from={literal(start)}, to={literal(end)})" if len(pairs) > 1 else ""
            copies.append(f"COPY {name(type_)} FROM ({_load(base + fname, header, exprs)}){opts}")
    files["schema.cypher"] = ";\n".join(ddl) + ";\n"
    files["copy.cypher"] = ";\n".join(copies) + ";\n"
    return files


def load_ladybug(folder: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Any:
    """Create the database ``db_path`` from a folder written by :func:`write_ladybug`.

    Returns the open ``ladybug.Database``. Needs the ``ladybug`` package.
    """
    try:
        import ladybug
    except ImportError as exc:  # an optional dependency
        raise OutputError(f"{db_path}: the ladybug package is not installed (pip install ladybug)") from exc
    from .cypher import split_statements

    folder = Path(folder)
    db = ladybug.Database(str(db_path))
    conn = ladybug.Connection(db)
    for script in ("schema.cypher", "copy.cypher"):
        text = (folder / script).read_text(encoding="utf-8")
        for stmt in split_statements(text):
            # The scripts name files relative to the folder; the process may run elsewhere.
            stmt = stmt.replace("FROM \"", f"FROM {literal(str(folder.resolve()) + '/')[:-1]}", 1) \
                if script == "copy.cypher" else stmt
            try:
                conn.execute(stmt)
            except RuntimeError as exc:
                raise OutputError(f"{db_path}: ladybug rejected {script}: {' '.join(str(exc).split())[:200]}") from exc
    return db


def _remove(db: Path) -> None:
    """Remove a database file or folder and its write-ahead log."""
    for p in (db, Path(str(db) + ".wal")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def write_ladybug(kg: KnowledgeGraph | PropertyGraph, folder: str | os.PathLike[str], *,
                  database: bool = True) -> Path:
    """Write the scripts and CSV files into ``folder`` and, if ``ladybug`` is installed and
    ``database`` is true, build ``folder/graph.lbug`` from them (replacing an older one)."""
    pg = to_property_graph(kg) if isinstance(kg, KnowledgeGraph) else kg
    out = Path(folder)
    for fname, text in ladybug_files(pg).items():
        write_text_atomic(out / fname, text)
    if database:
        try:
            import ladybug  # noqa: F401
        except ImportError:
            return out
        target = out / DB_NAME
        tmp = out / f".{DB_NAME}.tmp"
        _remove(tmp)
        try:
            load_ladybug(out, tmp).close()
        except BaseException:
            _remove(tmp)
            raise
        _remove(target)
        os.replace(tmp, target)
    return out
