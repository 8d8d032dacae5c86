"""Exact-span NER scoring: PER/LOC/ORG spans of a predictor against gold spans.

A predicted span counts only if start, end (exclusive) and type all equal a gold span.

>>> recs = [{"text": "北京市总工会看望赵建国", "entities": [
...     {"start": 0, "end": 6, "type": "ORG"}, {"start": 8, "end": 11, "type": "PER"}]}]
>>> rep = evaluate_spans(recs, lambda text: [(0, 3, "LOC"), (8, 11, "PER")])
>>> rep.overall.precision, rep.overall.recall
(0.5, 0.5)
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .metrics import Score, score_header, score_line

Span = tuple[int, int, str]
Predictor = Callable[[str], list[Span]]

#: The span types of the NER data sets, in report order.
SPAN_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")


@dataclass
class SpanReport:
    """Per-type and micro-averaged exact-span scores, with throughput of the predictor."""

    by_type: dict[str, Score]
    overall: Score
    n_records: int = 0
    n_chars: int = 0
    seconds: float = 0.0
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def chars_per_second(self) -> float:
        """Characters of text per second spent inside the predictor."""
        return self.n_chars / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_type": {t: s.to_dict() for t, s in self.by_type.items()},
            "n_records": self.n_records,
            "n_chars": self.n_chars,
            "seconds": round(self.seconds, 3),
            "chars_per_second": round(self.chars_per_second, 1),
            "examples": self.examples,
        }


def _gold_spans(record: Mapping[str, Any]) -> set[Span]:
    return {(int(e["start"]), int(e["end"]), str(e["type"])) for e in record.get("entities", ())}


def evaluate_spans(
    records: Iterable[Mapping[str, Any]],
    predict: Predictor,
    *,
    limit: int | None = None,
    max_examples: int = 20,
) -> SpanReport:
    """Score ``predict(text) -> [(start, end, type)]`` against each record's ``entities``.

    Records have ``text`` and ``entities`` ``[{start, end, type}]`` (end exclusive), as read
    by :func:`~uniongraph.evaluate.readers.read_span_jsonl`, ``read_cluener`` or ``read_bio``.
    Duplicate spans count once. The first ``max_examples`` misses and false hits are kept
    (with the span text) for inspection. Only time inside ``predict`` is measured.
    """
    by_type = {t: Score() for t in SPAN_TYPES}
    rep = SpanReport(by_type=by_type, overall=Score())
    for record in itertools.islice(records, limit):
        text = str(record["text"])
        gold = _gold_spans(record)
        t0 = time.perf_counter()
        pred = {(int(s), int(e), str(t)) for s, e, t in predict(text)}
        rep.seconds += time.perf_counter() - t0
        rep.n_records += 1
        rep.n_chars += len(text)
        for _, _, t in gold | pred:
            by_type.setdefault(t, Score())
        for s, e, t in gold:
            by_type[t].n_gold += 1
        for s, e, t in pred:
            by_type[t].n_pred += 1
        for s, e, t in gold & pred:
            by_type[t].tp += 1
        if len(rep.examples) < max_examples:
            for kind, spans in (("miss", gold - pred), ("false_hit", pred - gold)):
                for s, e, t in sorted(spans)[: max_examples - len(rep.examples)]:
                    rep.examples.append({
                        "id": record.get("id"), "kind": kind, "start": s, "end": e,
                        "type": t, "text": text[s:e],
                    })
    for s in by_type.values():
        rep.overall.add(s)
    return rep


def format_span_report(report: SpanReport, *, title: str = "Spans") -> str:
    """A readable text table of a :class:`SpanReport`."""
    out = [
        f"{title}: {report.n_records} records, {report.n_chars} characters, "
        f"{report.chars_per_second:,.0f} chars/s",
        score_header(),
    ]
    for t, s in report.by_type.items():
        out.append(score_line(f"  {t}", s))
    out.append(score_line("  all (micro)", report.overall))
    return "\n".join(out)
