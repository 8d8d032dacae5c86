"""``POST /api/corrections``: the explorer proposes a correction, written to the corrections file.

Only with ``uniongraph serve STORE --corrections FILE``: without it the route does not exist (404)
and the server writes nothing anywhere. With it, one JSON object per request::

    {"kind": "reject", "id": "misc/%E8%B4%BA%E5%8D%A1", "reason": "a greeting card"}
    {"kind": "retype", "id": "…", "type": "Company"}        # a type of the schema
    {"kind": "alias",  "id": "…", "alias": "ICBC"}
    {"kind": "merge",  "id": "…", "other": "工行"}           # that name merged into this entity

``id`` is an entity of the served graph (its name is taken from the graph, never from the
request); the table is appended to FILE by :func:`uniongraph.curation.append_correction`
(atomically: a temporary file beside FILE, then renamed), which refuses a correction that cannot
be used or contradicts one already there. The answer says where it went (``file``, ``line``) and
the command that applies it: serve never re-extracts, the store changes at the next ``uniongraph
curate --store STORE --corrections FILE`` (or ``add``/``build`` with the file).

Because a write is more than a read, a request must also come from the explorer itself:
its ``Origin`` must be this server's own (``http://`` or ``https://`` and the ``Host`` that the
:mod:`.hosts` check let through), else 403; its body must be ``application/json`` (which a page
of another site cannot send without the browser asking first), else 415; and at most
:data:`MAX_BODY` bytes, else 413. Every refusal is one line, ``{"error": …}``.

>>> check_origin("http://127.0.0.1:8000", "127.0.0.1:8000"), check_origin("http://evil.example", "127.0.0.1:8000")
(True, False)
>>> proposal({"kind": "retype", "id": "x", "type": "Nowhere"})
Traceback (most recent call last):
...
uniongraph.serve.explorer.BadRequest: type: not an entity type of the schema: 'Nowhere'
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..curation import Correction, append_correction
from ..curation.corrections import MAX_NAME
from ..errors import InputError, UniongraphError
from ..schema import ENTITY_TYPE_NAMES
from .explorer import BadRequest, Explorer

__all__ = ["CorrectionWriter", "check_origin", "proposal", "MAX_BODY", "MAX_REASON", "KINDS"]

#: the largest body a proposal may have, in bytes
MAX_BODY = 16 * 1024
#: the longest reason taken, in characters
MAX_REASON = 1000
#: the corrections the explorer proposes (split needs articles to choose: the file, by hand)
KINDS = ("reject", "retype", "alias", "merge")
_FIELDS = {"kind", "id", "type", "alias", "other", "reason"}


def check_origin(origin: str | None, host: str | None) -> bool:
    """Whether ``origin`` is this server's own, reached as ``host`` (already checked by :mod:`.hosts`)."""
    if not origin or not host:
        return False
    return origin.lower() in (f"http://{host}".lower(), f"https://{host}".lower())


def _text(body: dict[str, Any], key: str, limit: int, *, required: bool = False) -> str:
    value = body.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise BadRequest(f"{key}: not a string")
    value = value.strip()
    if required and not value:
        raise BadRequest(f"{key}: missing")
    if len(value) > limit:
        raise BadRequest(f"{key}: longer than {limit} characters")
    return value


@dataclass(frozen=True)
class Proposal:
    """A checked request: the entity's id and what to do with it."""

    kind: str
    id: str
    type: str = ""
    other: str = ""
    reason: str = ""

    def correction(self, name: str) -> Correction:
        """The correction of the entity called ``name``."""
        if self.kind == "retype":
            return Correction("retype", name, type=self.type, reason=self.reason)
        if self.kind == "alias":
            return Correction("alias", name, aliases=(self.other,), reason=self.reason)
        if self.kind == "merge":
            return Correction("merge", name, names=(self.other,), reason=self.reason)
        return Correction("reject", name, reason=self.reason)


def proposal(body: Any) -> Proposal:
    """The request's JSON object, checked (:class:`BadRequest` with the first thing wrong)."""
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    unknown = sorted(set(body) - _FIELDS)
    if unknown:
        raise BadRequest(f"unknown field {unknown[0][:40]!r} (known: {', '.join(sorted(_FIELDS))})")
    kind = _text(body, "kind", 20, required=True)
    if kind not in KINDS:
        raise BadRequest(f"kind: one of {', '.join(KINDS)}, not {kind!r}")
    eid = _text(body, "id", 4096, required=True)
    reason = " ".join(_text(body, "reason", MAX_REASON).split())  # one line in the file and in provenance
    if kind == "retype":
        kind_type = _text(body, "type", 60, required=True)
        if kind_type not in ENTITY_TYPE_NAMES:
            raise BadRequest(f"type: not an entity type of the schema: {kind_type!r}")
        return Proposal(kind, eid, type=kind_type, reason=reason)
    if kind in ("alias", "merge"):
        key = "alias" if kind == "alias" else "other"
        return Proposal(kind, eid, other=_text(body, key, MAX_NAME, required=True), reason=reason)
    return Proposal(kind, eid, reason=reason)


class CorrectionWriter:
    """Appends the explorer's proposals to the corrections file at ``path``, one at a time."""

    def __init__(self, path: str | os.PathLike[str], source: str) -> None:
        self.path = Path(path).resolve()
        self.source = source
        self._lock = asyncio.Lock()
        if self.path.is_dir():
            raise InputError(str(path), "is a folder: --corrections names the corrections file (TOML) to write")
        if not self.path.parent.is_dir():
            raise InputError(str(path), "its folder does not exist: the corrections file cannot be written there")

    def applies(self) -> str:
        """The command that applies the file to what the server serves."""
        from ..store.folder import is_store

        if is_store(self.source):
            return f"uniongraph curate --store {self.source} --corrections {self.path}"
        return f"uniongraph build … --corrections {self.path}"

    def about(self) -> dict[str, str]:
        """What the explorer page says about where its proposals go."""
        return {"file": str(self.path), "applies": self.applies(), "kinds": ",".join(KINDS)}

    async def write(self, raw: bytes, explorer: Explorer) -> dict[str, Any]:
        """Append the proposal in ``raw`` (the request's JSON body) about an entity ``explorer``
        knows; the table written and where."""
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BadRequest(f"the body is not JSON: {' '.join(str(exc).split())[:120]}") from None
        prop = proposal(body)
        await explorer.current()
        named = await explorer._named(prop.id)  # 404 for an entity the graph does not hold
        correction = prop.correction(named.name)
        async with self._lock:
            try:
                added = await asyncio.to_thread(append_correction, self.path, correction)
            except UniongraphError as exc:
                reason = exc.reason if isinstance(exc, InputError) else str(exc)
                raise BadRequest(" ".join(str(reason).split())[:500]) from None
        return {"file": str(self.path), "line": added.line, "where": f"{self.path.name}:{added.line}",
                "correction": added.reason_text(), "table": added.to_toml(), "applies": self.applies()}
