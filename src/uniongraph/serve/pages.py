"""The explorer's two HTML pages, made once per process: the explorer (``/``) and the SPARQL
editor (``/query``).

Each page is one file that needs nothing from outside: its script and style are inlined, and
the explorer's vis-network 9.1.2 comes inline from pyvis's ``lib`` folder, as ``graph.html``
has it (:mod:`uniongraph.readwrite.html`); the data then comes from this server's JSON
endpoints. The pages carry a Content-Security-Policy that lets only their own inline scripts
run (by SHA-256 hash) and lets them connect only to this server, so even a name from the news
that were put into the page as markup could run nothing and send nothing; the scripts put text
into the document only as text (``textContent``).

>>> page = explorer_page()
>>> page.csp.count("'sha256-"), "'unsafe-inline'" in page.csp.split("script-src")[1].split(";")[0]
(2, False)
>>> "connect-src 'self'" in page.csp, b"https://" in page.body.split(b"<style>")[0]
(True, False)
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import OutputError
from ..readwrite.html import FONT, VIS_VERSION, json_for_script
from ..schema import RELATION_LABELS, TYPE_LABELS, TYPE_STYLE

__all__ = ["Page", "explorer_page", "query_page", "example_queries", "SECURITY_HEADERS"]

_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_QUERIES = Path(__file__).resolve().parent / "queries"

#: sent with every answer of the explorer (pages and JSON)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class Page:
    """A page's bytes and the Content-Security-Policy that goes with them."""

    body: bytes
    csp: str

    @property
    def headers(self) -> dict[str, str]:
        return {**SECURITY_HEADERS, "Content-Security-Policy": self.csp}


def _read(path: Path, closer: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{path}: cannot read the explorer's page part ({exc.strerror or exc})") from None
    if closer in text.lower():  # it would end its element early
        raise OutputError(f"{path}: contains {closer!r} and cannot be inlined")
    return text


def _vis(name: str, closer: str) -> str:
    import pyvis

    return _read(Path(pyvis.__file__).resolve().parent / "templates" / "lib" / f"vis-{VIS_VERSION}" / name, closer)


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _page(template: str, *, styles: list[str], scripts: list[str], data: object) -> Page:
    """``template`` with its styles, JSON data and scripts put in; the policy allowing exactly those scripts."""
    html = _read(_TEMPLATES / template, "</script")
    parts = {
        "<!--STYLES-->": "".join(f"<style>{s}</style>" for s in styles),
        "<!--DATA-->": f'<script type="application/json" id="ug-config">{json_for_script(data)}</script>',
        "<!--SCRIPTS-->": "".join(f"<script>{s}</script>" for s in scripts),
    }
    for marker, text in parts.items():
        if html.count(marker) != 1:
            raise OutputError(f"{_TEMPLATES / template}: needs one {marker}")
        html = html.replace(marker, text)
    csp = ("default-src 'none'; script-src " + " ".join(_hash(s) for s in scripts) +
           "; style-src 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
    return Page(html.encode("utf-8"), csp)


def _config() -> dict[str, object]:
    return {"types": {t: {"zh": TYPE_LABELS[t][0], "en": TYPE_LABELS[t][1], "colour": TYPE_STYLE[t][0],
                          "shape": TYPE_STYLE[t][1], "symbol": TYPE_STYLE[t][2]} for t in TYPE_STYLE},
            "relations": {r: {"zh": zh, "en": en} for r, (zh, en) in RELATION_LABELS.items()},
            "font": FONT}


@lru_cache(maxsize=2)
def explorer_page(writes: tuple[tuple[str, str], ...] | None = None) -> Page:
    """The explorer: search, entity page, neighbourhood canvas, filters, timeline, co-mentions.

    With ``writes`` (``serve --corrections``: the file, the command that applies it), the entity
    page also has a form proposing a correction (:mod:`.writes`); without it, none.
    """
    config = _config() | ({"corrections": dict(writes)} if writes is not None else {})
    return _page("explorer.html", styles=[_vis("vis-network.css", "</style"), _read(_TEMPLATES / "explorer.css", "</style")],
                 scripts=[_vis("vis-network.min.js", "</script"), _read(_TEMPLATES / "explorer.js", "</script")],
                 data=config)


def example_queries() -> list[dict[str, str]]:
    """The example queries (the project's ``examples/queries/*.rq``, packaged with the server):
    name, the first line of the comment that opens it, and its text."""
    out = []
    for path in sorted(_QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        head = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            head.append(line.lstrip("#").strip())
        about = " ".join(head)
        title = re.split(r"(?<=[.:])\s", about, maxsplit=1)[0].rstrip(".:") if about else path.stem
        out.append({"name": path.stem, "title": title, "about": about, "query": text})
    return out


@lru_cache(maxsize=1)
def query_page() -> Page:
    """The SPARQL editor: the example queries, results as a table, CSV and JSON downloads."""
    return _page("query.html", styles=[_read(_TEMPLATES / "explorer.css", "</style")],
                 scripts=[_read(_TEMPLATES / "query.js", "</script")],
                 data={"examples": example_queries(), "font": FONT})


def json_body(value: object) -> bytes:
    """A JSON answer's body (UTF-8, no NaN)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
