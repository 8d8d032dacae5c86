"""Evaluation: a built graph against a gold file, and NER spans against NER data sets.

- :func:`evaluate_gold` / :class:`GoldReport` — entities, relations and bylines of a
  ``graph.json`` against a ``uniongraph-gold/1`` file;
- :func:`evaluate_spans` / :class:`SpanReport` — exact-span PER/LOC/ORG scores of a predictor;
- readers :func:`read_span_jsonl`, :func:`read_cluener`, :func:`read_bio`;
- predictors :func:`uniongraph_predictor`, :func:`jieba_posseg_predictor`;
- :func:`eval_command` for ``uniongraph eval``; :func:`format_report` for either report.
"""

from __future__ import annotations

from .command import eval_command, format_report, read_gold, read_graph_json, read_spans
from .gold import BylineReport, EntityMatch, GoldReport, evaluate_gold, normalize_name
from .metrics import Score
from .predictors import jieba_posseg_predictor, uniongraph_predictor
from .readers import read_bio, read_cluener, read_span_jsonl
from .spans import SpanReport, evaluate_spans

__all__ = [
    "BylineReport",
    "EntityMatch",
    "GoldReport",
    "Score",
    "SpanReport",
    "eval_command",
    "evaluate_gold",
    "evaluate_spans",
    "format_report",
    "jieba_posseg_predictor",
    "normalize_name",
    "read_bio",
    "read_cluener",
    "read_gold",
    "read_graph_json",
    "read_span_jsonl",
    "read_spans",
    "uniongraph_predictor",
]
