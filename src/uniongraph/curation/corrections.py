"""The corrections file: what a researcher says extraction got wrong, in TOML, one table each.

::

    [[reject]]                      # not an entity: its mentions and relations are dropped
    name = "贺卡"
    reason = "a greeting card, not a person"

    [[retype]]                      # another type (relations it no longer fits are dropped)
    name = "首创"
    type = "Company"                # a class of the ontology, or its Chinese label (企业)

    [[merge]]                       # several names, one entity; the others become its aliases
    names = ["工行", "工商银行"]
    into = "中国工商银行"           # the name kept (default: the first of names)

    [[split]]                       # one name, two entities: where it names the other one
    name = "王伟"
    into = "王伟（清华大学）"
    files = ["2024-03/*.md"]        # articles of these files (globs, matched from the right)
    articles = ["article/3f2a9c0d1e2b-0"]   # these articles (or JSONL record ids)
    with = ["清华大学"]             # articles that also name this

    [[alias]]                       # the entity also answers to these names
    name = "中国工商银行"
    aliases = ["ICBC"]

Each table is one :class:`Correction`, known by the line of its ``[[kind]]`` header (the
provenance an entity carries: ``corrections.toml:12``). A table that cannot be used (a TOML
error inside it, an unknown key, a missing name, a type the ontology lacks) is one
:class:`~uniongraph.errors.InputError` line naming the file and line, and the others are still
applied. Two tables that contradict each other (reject X and retype X; X merged into two names)
are both left out, each with its line: which one wins never depends on their order.

>>> c = parse_corrections('[[reject]]\\nname = "贺卡"\\n', "corrections.toml")
>>> [(r.kind, r.name, r.line) for r in c.rules], c.errors
([('reject', '贺卡', 1)], [])
"""

from __future__ import annotations

import os
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputError

KINDS = ("reject", "retype", "merge", "split", "alias")
#: the file a corpus folder may hold, applied without ``--corrections``
DEFAULT_NAME = "corrections.toml"
#: names longer than this are not names (a pasted paragraph)
MAX_NAME = 200

_KEYS = {
    "reject": ({"name", "names"}, {"reason"}),
    "retype": ({"name", "names", "type"}, {"reason"}),
    "merge": ({"names"}, {"into", "type", "reason"}),
    "split": ({"name", "into"}, {"articles", "files", "with", "reason"}),
    "alias": ({"name"}, {"alias", "aliases", "reason"}),
}
_HEADER = re.compile(r"^\s*\[\[\s*([^\]\s]*)\s*\]\]\s*(#.*)?$")
_TABLE = re.compile(r"^\s*\[\s*([^\[\]\s]*)\s*\]\s*(#.*)?$")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Correction:
    """One correction. ``name`` is the name it concerns (for a merge, the name kept, ``into``
    in the file); ``names`` the names merged into it; ``into`` the new name of a split;
    ``aliases`` the names an alias adds; ``line`` where its table starts (0: not in a file yet).

    >>> Correction("merge", "中国工商银行", names=("工行",)).describe()
    'merge 工行 → 中国工商银行'
    """

    kind: str
    name: str
    names: tuple[str, ...] = ()
    into: str = ""
    type: str = ""
    aliases: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    with_: tuple[str, ...] = ()
    reason: str = ""
    line: int = 0

    def describe(self) -> str:
        """What it does, in a few words."""
        if self.kind == "reject":
            return f"reject {self.name}"
        if self.kind == "retype":
            return f"retype {self.name} → {self.type}"
        if self.kind == "merge":
            return f"merge {', '.join(self.names)} → {self.name}" + (f" ({self.type})" if self.type else "")
        if self.kind == "split":
            where = [f"{k} {', '.join(v)}" for k, v in (("articles", self.articles), ("files", self.files),
                                                        ("with", self.with_)) if v]
            return f"split {self.name} → {self.into} in " + "; ".join(where)
        return f"alias {self.name} + {', '.join(self.aliases)}"

    def reason_text(self) -> str:
        """The reason an entity's provenance gives: what was done, and why if the file says."""
        return self.describe() + (f": {self.reason}" if self.reason else "")

    def renames(self) -> list[tuple[str, str]]:
        """``(name, new name)`` of every name this correction sends to another one (not a split's)."""
        if self.kind == "merge":
            return [(n, self.name) for n in self.names if n != self.name]
        if self.kind == "alias":
            return [(a, self.name) for a in self.aliases if a != self.name]
        return []

    def results(self) -> tuple[str, ...]:
        """The entity names this correction shapes, which carry it as provenance."""
        if self.kind == "reject":
            return ()
        if self.kind == "split":
            return (self.name, self.into)
        return (self.name,)

    def added_aliases(self) -> tuple[str, ...]:
        """The names the entity it shapes also answers to."""
        if self.kind == "merge":
            return self.names
        if self.kind == "alias":
            return self.aliases
        return ()

    def all_names(self) -> set[str]:
        """Every name it mentions (a store looks up the documents these occur in)."""
        return {self.name, *self.names, *self.aliases, *((self.into,) if self.into else ())}

    def to_toml(self) -> str:
        """Its table in the file's TOML (what :func:`~uniongraph.curation.append_correction` writes)."""
        rows: list[tuple[str, Any]] = []
        if self.kind == "merge":
            rows += [("names", list(self.names)), ("into", self.name)]
            if self.type:
                rows.append(("type", self.type))
        else:
            rows.append(("name", self.name))
        if self.kind == "retype":
            rows.append(("type", self.type))
        if self.kind == "split":
            rows.append(("into", self.into))
            rows += [(k, list(v)) for k, v in (("articles", self.articles), ("files", self.files),
                                               ("with", self.with_)) if v]
        if self.kind == "alias":
            rows.append(("aliases", list(self.aliases)))
        if self.reason:
            rows.append(("reason", self.reason))
        lines = [f"[[{self.kind}]]"]
        for key, value in rows:
            text = "[" + ", ".join(toml_string(v) for v in value) + "]" if isinstance(value, list) else toml_string(value)
            lines.append(f"{key} = {text}")
        return "\n".join(lines) + "\n"


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped.

    >>> toml_string('a"b\\\\c\\n')
    '"a\\\\"b\\\\\\\\c\\\\n"'
    """
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif _CONTROL.match(ch):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


@dataclass
class Corrections:
    """The corrections of one file, checked: ``rules`` hold those that apply, ``errors`` one
    :class:`InputError` per table left out. ``source`` is the name provenance gives
    (``corrections.toml``), ``path`` where it was read, ``text`` what it held (a store keeps it).
    """

    rules: list[Correction] = field(default_factory=list)
    source: str = DEFAULT_NAME
    path: str | None = None
    text: str = ""
    errors: list[InputError] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index()

    def __bool__(self) -> bool:
        return bool(self.rules)

    def where(self, rule: Correction) -> str:
        """``corrections.toml:12``: the provenance of one rule."""
        return f"{self.source}:{rule.line}"

    def same_as(self, other: Corrections | None) -> bool:
        """Whether ``other`` holds the same corrections (the same text of the same name)."""
        if other is None:
            return not self.rules and not self.text.strip()
        return self.source == other.source and self.text == other.text and self.rules == other.rules

    def names(self) -> set[str]:
        """Every name any correction mentions."""
        return {n for r in self.rules for n in r.all_names()}

    # ------------------------------------------------------------ the rules as lookups

    def _error(self, rule: Correction, reason: str) -> None:
        self.errors.append(InputError(self.path or self.source, reason, rule.line))

    def _index(self) -> None:
        """The lookups the rules are applied with; contradicting rules are moved to ``errors``."""
        rules = sorted(set(self.rules), key=lambda r: (r.line, r.kind, r.name, r.names, r.aliases, r.into))
        bad: dict[Correction, list[Correction]] = defaultdict(list)

        def clash(a: Correction, b: Correction) -> None:
            if a != b:
                bad[a].append(b)
                bad[b].append(a)

        targets: dict[str, list[tuple[str, Correction]]] = defaultdict(list)
        for r in rules:
            for src, dst in r.renames():
                targets[src].append((dst, r))
        for src, found in targets.items():
            for dst, r in found:
                for dst2, r2 in found:
                    if dst != dst2:
                        clash(r, r2)
        rejects = {r.name: r for r in rules if r.kind == "reject"}
        types: dict[str, list[Correction]] = defaultdict(list)
        for r in rules:
            if r.type:
                types[r.name].append(r)
        for name, found in types.items():
            for a in found:
                for b in found:
                    if a.type != b.type:
                        clash(a, b)
        for r in rules:
            if r.kind == "reject":
                continue
            for n in r.all_names():
                other = rejects.get(n)
                if other is None:
                    continue
                if r.kind == "split" and n == r.name:
                    continue  # the rest of a split name rejected: well defined
                clash(r, other)
            if r.kind == "retype" and r.name in targets:
                for _, r2 in targets[r.name]:
                    clash(r, r2)  # a name merged away keeps no type of its own
        # renames that go round in a circle
        first = {src: found[0] for src, found in targets.items()}
        for src in first:
            seen = [src]
            name = first[src][0]
            while name in first and name not in seen:
                seen.append(name)
                name = first[name][0]
            if name == src:
                for n in seen:
                    clash(first[n][1], first[seen[(seen.index(n) + 1) % len(seen)]][1])
        for r in sorted(bad, key=lambda r: r.line):
            others = sorted(set(bad[r]), key=lambda o: o.line)
            said = "; ".join(f"line {o.line} ({o.describe()})" for o in others)
            self._error(r, f"{r.describe()} contradicts {said}; neither is applied")
        self.rules = [r for r in rules if r not in bad]
        self.errors.sort(key=lambda e: (e.line or 0, e.reason))
        self.renamed: dict[str, tuple[str, Correction]] = {
            src: (dst, r) for r in self.rules for src, dst in r.renames()}
        self.rejected: dict[str, Correction] = {r.name: r for r in self.rules if r.kind == "reject"}
        self.retyped: dict[str, Correction] = {r.name: r for r in self.rules if r.type}
        self.splits: dict[str, list[Correction]] = defaultdict(list)
        for r in self.rules:
            if r.kind == "split":
                self.splits[r.name].append(r)
        self.shaping: dict[str, list[Correction]] = defaultdict(list)
        for r in self.rules:
            for n in r.results():
                self.shaping[n].append(r)


# ---------------------------------------------------------------- reading the file

def read_corrections(path: str | os.PathLike[str], *, source: str | None = None) -> Corrections:
    """The corrections of the file at ``path``. Never raises for what the file holds: a file that
    cannot be read, or a table that cannot be used, is an :class:`InputError` in ``errors``."""
    from ..readwrite.files import not_regular

    p = Path(path)
    if (why := not_regular(p)) is not None:  # a named pipe would wait, /dev/zero never ends
        return Corrections(source=source or p.name, path=str(p), errors=[InputError(str(p), f"corrections file: {why}")])
    try:
        data = p.read_bytes()
    except OSError as exc:
        why = "no such file" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
        return Corrections(source=source or p.name, path=str(p), errors=[InputError(str(p), f"corrections file: {why}")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return Corrections(source=source or p.name, path=str(p),
                           errors=[InputError(str(p), f"not UTF-8 (byte {exc.start})", line)])
    return parse_corrections(text, source or p.name, path=str(p))


def parse_corrections(text: str, source: str = DEFAULT_NAME, *, path: str | None = None) -> Corrections:
    """The corrections of a TOML text (``source`` names it in provenance and errors)."""
    where = path or source
    errors: list[InputError] = []
    rules: list[Correction] = []
    for kind, line, table in _tables(text, where, errors):
        if kind not in KINDS:
            errors.append(InputError(where, f"unknown correction [[{kind}]] (known: {', '.join(KINDS)})", line))
            continue
        try:
            rules.extend(_rules(kind, table, line))
        except ValueError as exc:
            errors.append(InputError(where, f"[[{kind}]]: {exc}", line))
    return Corrections(rules, source=source, path=path, text=text, errors=errors)


def _tables(text: str, where: str, errors: list[InputError]) -> list[tuple[str, int, Any]]:
    """``(kind, line, table)`` of every table of the file, in file order.

    The file is read whole when it is valid TOML; otherwise table by table, so one broken table
    costs only itself."""
    lines = text.splitlines()
    starts = [i for i, s in enumerate(lines) if _HEADER.match(s)]
    for i, s in enumerate(lines):
        m = _TABLE.match(s)
        if m and not _HEADER.match(s):
            errors.append(InputError(where, f"[{m.group(1)}]: write each correction as [[{m.group(1)}]]", i + 1))
    try:
        whole = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        whole = None
    if whole is not None:
        out: list[tuple[str, int, Any]] = []
        heads: dict[str, list[int]] = defaultdict(list)
        for i in starts:
            m = _HEADER.match(lines[i])
            assert m
            heads[m.group(1)].append(i + 1)
        for kind, value in whole.items():
            first = _key_line(lines, kind)
            if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
                if not (isinstance(value, dict) and _single_table(lines, kind)):  # [kind] already said
                    errors.append(InputError(where, f"{kind!r}: not a correction (write [[reject]], "
                                             "[[retype]], [[merge]], [[split]] or [[alias]] tables)", first))
                continue
            at = heads.get(kind, [])
            for n, table in enumerate(value):
                out.append((kind, at[n] if n < len(at) else first, table))
        return sorted(out, key=lambda t: t[1])
    # table by table
    out = []
    bounds = [0, *starts, len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        chunk = "\n".join(lines[a:b]) + "\n"
        try:
            parsed = tomllib.loads(chunk)
        except tomllib.TOMLDecodeError as exc:
            msg = str(exc)
            at = _TOML_AT.search(msg)
            line = a + int(at.group(1)) if at else a + 1
            reason = _TOML_AT.sub("", msg).strip().rstrip(".") or "not valid TOML"
            errors.append(InputError(where, f"not valid TOML: {reason} (column {at.group(2)})" if at
                                     else f"not valid TOML: {reason}", line))
            continue
        for kind, value in parsed.items():
            if isinstance(value, list) and all(isinstance(t, dict) for t in value):
                out.extend((kind, a + 1, t) for t in value)
            elif not isinstance(value, dict):
                errors.append(InputError(where, f"{kind!r}: not a correction (write [[reject]], [[retype]], "
                                         "[[merge]], [[split]] or [[alias]] tables)", _key_line(lines, kind)))
    return out


def _key_line(lines: list[str], key: str) -> int:
    for i, s in enumerate(lines):
        if re.match(rf"^\s*{re.escape(key)}\s*=", s) or re.match(rf'^\s*"{re.escape(key)}"\s*=', s):
            return i + 1
    return 1


def _single_table(lines: list[str], kind: str) -> bool:
    """Whether the file holds a `[kind]` table (said once already)."""
    return any((m := _TABLE.match(s)) and m.group(1) == kind for s in lines)


def _rules(kind: str, table: dict[str, Any], line: int) -> list[Correction]:
    """The corrections of one table; ``ValueError`` with the reason if it cannot be used."""
    needed, optional = _KEYS[kind]
    unknown = sorted(set(table) - needed - optional)
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (known: {', '.join(sorted(needed | optional))})")
    reason = _text(table, "reason", required=False)
    if kind in ("reject", "retype"):
        names = _names_of(table)
        type_ = _entity_type(_text(table, "type")) if kind == "retype" else ""
        return [Correction(kind, n, type=type_, reason=reason, line=line) for n in names]
    if kind == "merge":
        names = _list(table, "names")
        into = _name(table["into"], "into") if "into" in table else names[0]
        others = tuple(dict.fromkeys(n for n in names if n != into))
        if not others:
            raise ValueError("names: give at least one name besides the one kept (into)")
        type_ = _entity_type(_text(table, "type")) if "type" in table else ""
        return [Correction(kind, into, names=others, type=type_, reason=reason, line=line)]
    if kind == "split":
        name, into = _name(table.get("name"), "name"), _name(table.get("into"), "into")
        if into == name:
            raise ValueError("into: give the split part a name of its own (not the name split)")
        sel = {k: tuple(_list(table, k)) if k in table else () for k in ("articles", "files", "with")}
        if not any(sel.values()):
            raise ValueError("say where the name stands for the other entity: articles, files or with")
        return [Correction(kind, name, into=into, articles=sel["articles"], files=sel["files"],
                           with_=sel["with"], reason=reason, line=line)]
    # alias
    name = _name(table.get("name"), "name")
    if "alias" in table and "aliases" in table:
        raise ValueError("give alias or aliases, not both")
    if "alias" not in table and "aliases" not in table:
        raise ValueError("missing aliases (the names the entity also answers to)")
    aliases = [_name(table["alias"], "alias")] if "alias" in table else _list(table, "aliases")
    aliases = [a for a in dict.fromkeys(aliases) if a != name]
    if not aliases:
        raise ValueError("aliases: give a name other than the entity's own")
    return [Correction(kind, name, aliases=tuple(aliases), reason=reason, line=line)]


def _name(value: Any, key: str) -> str:
    if value is None:
        raise ValueError(f"missing {key}")
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected a name in quotes, got {type(value).__name__}")
    name = value.strip()
    if not name:
        raise ValueError(f"{key}: empty name")
    if _CONTROL.search(name):
        raise ValueError(f"{key}: a name holds no control characters (line breaks, tabs)")
    if len(name) > MAX_NAME:
        raise ValueError(f"{key}: a name of {len(name)} characters (at most {MAX_NAME})")
    return name


def _text(table: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = table.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing {key}")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected text in quotes, got {type(value).__name__}")
    return " ".join(value.split())


def _list(table: dict[str, Any], key: str) -> list[str]:
    value = table.get(key)
    if value is None:
        raise ValueError(f"missing {key}")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise ValueError(f"{key}: expected a list of names in quotes, e.g. {key} = [\"甲\", \"乙\"]")
    return list(dict.fromkeys(_name(v, key) for v in value))


def _names_of(table: dict[str, Any]) -> list[str]:
    if "name" in table and "names" in table:
        raise ValueError("give name or names, not both")
    if "names" in table:
        return _list(table, "names")
    return [_name(table.get("name"), "name")]


def _entity_type(value: str) -> str:
    """The ontology class named by ``value``: its local name (any case) or a Chinese label."""
    from ..schema import ENTITY_TYPE_NAMES, TYPE_LABELS

    for t in sorted(ENTITY_TYPE_NAMES):
        labels = TYPE_LABELS.get(t, ("", ""))
        if value.lower() == t.lower() or value in labels[:1] or value.lower() == labels[1].lower():
            return t
    raise ValueError(f"type: unknown type {value!r} (known: {', '.join(sorted(ENTITY_TYPE_NAMES))})")


# ---------------------------------------------------------------- where the file is

def find_corrections(inputs: list[str | os.PathLike[str]]) -> Path | None:
    """The ``corrections.toml`` kept next to the inputs: in a folder given as input, or in the
    folder of a file given. ``ValueError`` if the inputs have more than one."""
    found: dict[Path, None] = {}
    for item in inputs:
        if str(item) == "-":
            continue
        p = Path(item)
        folder = p if p.is_dir() else p.parent
        candidate = folder / DEFAULT_NAME
        if candidate.is_file():
            found.setdefault(Path(os.path.normpath(candidate)))
    if len(found) > 1:
        listed = ", ".join(str(f) for f in found)
        raise ValueError(f"the inputs have {len(found)} {DEFAULT_NAME} files ({listed}): give one with "
                         "--corrections FILE (or --no-corrections)")
    return next(iter(found), None)


def split_matches(rule: Correction, article_id: str, record_id: str | None, source: str,
                  names: set[str]) -> int | None:
    """How closely a split's selectors pick an article: 0 by its id, 1 by its file, 2 by a name
    it also mentions; ``None`` if they do not."""
    short = article_id.split("/", 1)[-1]
    if any(a in (article_id, short) or (record_id is not None and a == record_id) for a in rule.articles):
        return 0
    if rule.files:
        path = PurePosixPath(source.replace(os.sep, "/"))
        for pattern in rule.files:
            pat = pattern.replace(os.sep, "/")
            try:
                if path.match(pat) or str(path) == pat:
                    return 1
            except ValueError:  # an empty or odd pattern matches nothing
                continue
    if any(n in names for n in rule.with_):
        return 2
    return None


def numbered(rules: list[Correction]) -> list[Correction]:
    """Rules made in code, given distinct line numbers (1, 2 …) where they have none."""
    return [r if r.line else replace(r, line=i) for i, r in enumerate(rules, 1)]


__all__ = ["Correction", "Corrections", "DEFAULT_NAME", "KINDS", "find_corrections", "numbered",
           "parse_corrections", "read_corrections", "split_matches", "toml_string"]
