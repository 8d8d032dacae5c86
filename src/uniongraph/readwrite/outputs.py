"""The three outputs of a build, written together: ``graph.ttl``, ``graph.json``, ``graph.html``.

>>> paths = write_outputs(kg, "out/")  # doctest: +SKIP
>>> sorted(paths)                      # doctest: +SKIP
['html', 'json', 'ttl']
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import OutputError, UniongraphError
from ..model import KnowledgeGraph


def write_outputs(kg: KnowledgeGraph, out: str | Path, *, max_nodes: int | None = None,
                  jobs: int = 1, failures: list[OutputError] | None = None) -> dict[str, Path]:
    """Write ``graph.ttl``, ``graph.json`` and ``graph.html`` into ``out`` as one step (all
    rendered, then written to temporary names, then renamed: an interrupted build leaves the
    earlier three, never a mix); ``max_nodes`` caps only the HTML view. With ``jobs`` > 1
    the files are rendered side by side on forked processes (the same bytes).

    An output that fails to render does not take the others with it: they are still written,
    and the failure (one line naming the file, the traceback in ``OutputError.details``) is
    added to ``failures``, or raised once the others are written when no list is given.
    Returns the paths written.
    """
    from .atomic import write_files_atomic

    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create output folder ({exc.strerror or exc})") from None
    paths = {"ttl": folder / "graph.ttl", "json": folder / "graph.json", "html": folder / "graph.html"}
    renderers: dict[str, Callable[[], str | bytes]] = {
        "ttl": lambda: _turtle(kg),
        "html": lambda: _html(kg, max_nodes),
        "json": lambda: _json(kg),
    }

    from ..parallel import collections_paused, run_forked
    from ..progress import TIMINGS

    with TIMINGS.phase(f"render ttl, html, json ({jobs} jobs)"), collections_paused():
        # the longest first: it runs here while the others render on forked children
        rendered = dict(zip(renderers, run_forked(
            [_guarded(paths[k], render) for k, render in renderers.items()], jobs)))
    failed = [r for r in rendered.values() if isinstance(r, OutputError)]
    data = {paths[k]: r for k, r in rendered.items() if isinstance(r, bytes)}
    with TIMINGS.phase("write the three files"):
        write_files_atomic(data)
    if failed and failures is None:
        raise failed[0]
    if failures is not None:
        failures.extend(failed)
    return {k: path for k, path in paths.items() if isinstance(rendered[k], bytes)}


# Each renderer imports its module itself: with jobs > 1 the view's (pyvis, Jinja) is then
# imported on the child that renders it, beside the Turtle, not before both; unless a build
# imported them all while its worker processes extracted (prepare_renderers).

def prepare_renderers() -> None:
    """Import what rendering the three files needs (the Turtle writer, pyvis and
    Jinja, the JSON writer) and read the ontology, ahead of :func:`write_outputs`.

    A build with worker processes calls it while they extract (``build_corpus(meanwhile=…)``),
    when this process would only wait: 0.1-0.2 s less of rendering, which only this process
    can do; the children that render inherit it all. What fails here is left for rendering to
    meet again and report as that output's failure."""
    try:
        from ..graph.classes import superclass_iris
        from . import json_graph, turtle, turtle_plain  # noqa: F401
        from ..graph import rdf  # noqa: F401
        from .html import pyvis_network_class

        pyvis_network_class()
        superclass_iris("Article")
    except Exception:  # noqa: BLE001 - rendering meets it again and says which output failed
        pass


def _turtle(kg: KnowledgeGraph) -> bytes:
    from .turtle import turtle_bytes

    return turtle_bytes(kg)  # (the file's bytes: encoded once)


def _html(kg: KnowledgeGraph, max_nodes: int | None) -> str:
    from .html import generate_html

    return generate_html(kg, max_nodes=max_nodes)


def _json(kg: KnowledgeGraph) -> str:
    from .json_graph import generate_json

    return generate_json(kg)


def _guarded(path: Path, render: Callable[[], str | bytes]) -> Callable[[], bytes | OutputError]:
    """``render`` as a task that gives the file's bytes (its text encoded, or the bytes it
    gives), or the error that stopped it as one line naming ``path`` (with the traceback kept
    for ``--debug``)."""
    def task() -> bytes | OutputError:
        try:
            out = render()
            return out if isinstance(out, bytes) else out.encode("utf-8")
        except Exception as exc:  # any failure of one output must not lose the others
            import traceback

            reason = str(exc) if isinstance(exc, UniongraphError) else f"{type(exc).__name__}: {exc}"
            err = OutputError(f"{path}: not written: {' '.join(reason.split())[:300]}")
            err.details = traceback.format_exc()
            return err
    return task


__all__ = ["prepare_renderers", "write_outputs"]
