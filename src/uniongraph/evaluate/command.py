"""``uniongraph eval``: the function the command line calls.

>>> print(eval_command("out/graph.json", gold_path="gold/seed-page.json"))  # doctest: +SKIP
Entities                          P      R     F1     tp   pred   gold
  all (untyped)                 ...
>>> eval_command(None, spans_path="articles_theme.jsonl", predictor="jieba", fmt="json")  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import GraphFileError, InputError
from .gold import GoldReport, evaluate_gold, format_gold_report
from .predictors import jieba_posseg_predictor, uniongraph_predictor
from .readers import Record, read_bio, read_cluener, read_span_jsonl
from .spans import Predictor, SpanReport, evaluate_spans, format_span_report

PREDICTORS = ("uniongraph", "jieba")


def format_report(report: GoldReport | SpanReport) -> str:
    """A readable text table of either kind of report."""
    if isinstance(report, GoldReport):
        return format_gold_report(report)
    return format_span_report(report)


def read_graph_json(path: str | Path) -> dict[str, Any]:
    """A parsed ``graph.json``; ``path`` may also be the build's output folder."""
    p = Path(path)
    if p.is_dir():
        p = p / "graph.json"
    if not p.is_file():
        raise GraphFileError(f"{p}: no such graph file")
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise GraphFileError(f"{p}:{exc.lineno}: bad JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{p}: cannot read: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities", []), list):
        raise GraphFileError(f"{p}: not a graph.json (expected an object with an 'entities' list)")
    return data


def read_gold(path: str | Path) -> dict[str, Any]:
    """A parsed gold file (schema ``uniongraph-gold/1``)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such gold file")
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise InputError(str(p), f"bad JSON: {exc.msg}", exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise InputError(str(p), "not a gold file (expected an object with an 'entities' list)")
    return data


def read_spans(path: str | Path) -> Iterator[Record]:
    """Span records of any supported format, told apart by content.

    JSON lines with ``label`` are CLUENER, JSON lines with ``entities`` are PFR-style;
    anything else is read as character BIO.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(str(p), "no such span file")
    with p.open(encoding="utf-8-sig") as fh:
        first = next((line for line in fh if line.strip()), "").lstrip()
    if first.startswith("{"):
        return read_cluener(p) if '"label"' in first else read_span_jsonl(p)
    return read_bio(p)


def make_predictor(name: str, region: str | None = None) -> Predictor:
    """``"uniongraph"`` or ``"jieba"`` as a span predictor, dictionaries already loaded."""
    if name == "uniongraph":
        predict = uniongraph_predictor(region=region)
    elif name == "jieba":
        predict = jieba_posseg_predictor()
    else:
        raise ValueError(f"unknown predictor {name!r}; choose one of {', '.join(PREDICTORS)}")
    # Dictionaries load lazily on the first call; keep that out of the chars/s figure.
    predict("北京市总工会今天看望劳模。")
    return predict


def eval_command(
    graph_path: str | Path | None,
    gold_path: str | Path | None = None,
    spans_path: str | Path | None = None,
    limit: int | None = None,
    fmt: str = "text",
    *,
    include_inferred: bool = False,
    predictor: str = "uniongraph",
    region: str | None = None,
) -> str:
    """Run the evaluations asked for and return the report as text or JSON.

    ``graph_path`` (a ``graph.json`` or a build folder) is scored against ``gold_path``;
    ``spans_path`` (PFR JSONL, CLUENER JSONL or BIO) is scored with ``predictor`` on at most
    ``limit`` records. At least one of the two must be given.
    """
    if fmt not in ("text", "json"):
        raise ValueError(f"unknown format {fmt!r}; choose 'text' or 'json'")
    if gold_path is None and spans_path is None:
        raise InputError(str(graph_path or "-"), "nothing to evaluate: give a gold file or a span file")
    results: dict[str, GoldReport | SpanReport] = {}
    if gold_path is not None:
        if graph_path is None:
            raise InputError(str(gold_path), "a gold file needs a graph to score")
        gold = read_gold(gold_path)
        pred = read_graph_json(graph_path)
        results["gold"] = evaluate_gold(pred, gold, include_inferred=include_inferred)
    if spans_path is not None:
        records = read_spans(spans_path)
        results["spans"] = evaluate_spans(records, make_predictor(predictor, region), limit=limit)
    if fmt == "json":
        return json.dumps({k: r.to_dict() for k, r in results.items()}, ensure_ascii=False, indent=2)
    parts = []
    if "gold" in results:
        parts.append(format_gold_report(results["gold"]))  # type: ignore[arg-type]
    if "spans" in results:
        title = f"Spans of {Path(spans_path).name} ({predictor})"  # type: ignore[arg-type]
        parts.append(format_span_report(results["spans"], title=title))  # type: ignore[arg-type]
    return "\n\n".join(parts)
