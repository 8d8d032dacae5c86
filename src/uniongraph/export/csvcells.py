"""CSV cells for database import files: quoting, list delimiters and the spreadsheet guard.

Rows follow RFC 4180: every text cell is quoted and inner quotes are doubled
(``"他说""好""了"``); backslashes are plain characters; newlines stay inside quoted cells (the
importers are told so: Neo4j's ``--multiline-fields=true``, Ladybug's ``PARALLEL=false``). A
missing value is an empty, unquoted cell; an empty string is ``""``.

**Spreadsheet guard.** A text cell whose first character is ``= + - @``, TAB or CR would run as
a formula when a researcher opens the file in Excel or LibreOffice. Such a value is written
with one ``'`` in front (the spreadsheet convention for "this is text"), and so is a value that
already starts with ``'``, which keeps the rule reversible: :func:`unguard` strips exactly one
leading ``'``. The loaders we generate undo the guard (Neo4j: ``schema.cypher`` after
``neo4j-admin``; Ladybug: inside its ``COPY`` statements), so the database holds the exact text.
Numbers (``-5``) are not text cells and are never guarded.

>>> guard("=SUM(A1)"), unguard(guard("=SUM(A1)")), guard("北京市总工会")
("'=SUM(A1)", '=SUM(A1)', '北京市总工会')
"""

from __future__ import annotations

from typing import Any

from ..errors import OutputError

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
#: List delimiters tried in order: the first that occurs in no list element is used.
ARRAY_DELIMITERS = (";", "|", "\x1f")


def guard(text: str) -> str:
    """``text`` as a spreadsheet-inert cell value (see the module docstring)."""
    return GUARD + text if text.startswith(FORMULA_START + (GUARD,)) else text


def unguard(text: str) -> str:
    """The value :func:`guard` was given."""
    return text[1:] if text.startswith(GUARD) else text


def is_guarded(text: str) -> bool:
    """Whether :func:`guard` changes ``text``."""
    return text.startswith(FORMULA_START + (GUARD,))


def pick_array_delimiter(values: list[Any]) -> str:
    """The first of :data:`ARRAY_DELIMITERS` found in no string inside any list in ``values``."""
    items = [x for v in values if isinstance(v, list) for x in v if isinstance(x, str)]
    for delim in ARRAY_DELIMITERS:
        if not any(delim in x for x in items):
            return delim
    raise OutputError("CSV export: list values contain every usable delimiter (; | U+001F)")


def quote(text: str) -> str:
    """An RFC 4180 quoted cell."""
    return '"' + text.replace('"', '""') + '"'


def cell(value: Any, delimiter: str, guarded: set[str] | None = None, key: str = "") -> str:
    """One CSV cell for a property value (``None`` -> empty cell).

    Keys whose values were guarded are added to ``guarded``, so the loader knows what to undo.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, list):
        parts = []
        for x in value:
            text = x if isinstance(x, str) else cell(x, delimiter)
            if isinstance(x, str) and is_guarded(x):
                text = guard(x)
                if guarded is not None:
                    guarded.add(key)
            parts.append(text)
        return quote(delimiter.join(parts))
    text = str(value)
    if is_guarded(text):
        if guarded is not None:
            guarded.add(key)
        text = guard(text)
    return quote(text)


def row(cells: list[str]) -> str:
    """A CSV line (``\\n`` ending) from cells made by :func:`cell`."""
    return ",".join(cells) + "\n"
