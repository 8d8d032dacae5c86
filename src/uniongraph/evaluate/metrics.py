"""Precision, recall and F1 from counts.

>>> s = Score(tp=3, n_pred=4, n_gold=6)
>>> round(s.precision, 2), round(s.recall, 2), round(s.f1, 2)
(0.75, 0.5, 0.6)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Score:
    """Counts of one comparison: true positives, predictions, gold items.

    A ratio with a zero denominator is 0.0, except that nothing predicted against nothing
    expected scores 1.0 (there was nothing to miss and nothing was claimed).
    """

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.n_pred, self.n_gold)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.n_gold, self.n_pred)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Add another score's counts to this one (micro averaging)."""
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


def _ratio(num: int, den: int, other_den: int) -> float:
    if den:
        return num / den
    return 1.0 if other_den == 0 else 0.0


def score_header(label: str = "", width: int = 28) -> str:
    """The header line matching :func:`score_line`."""
    return f"{label:<{width}} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'pred':>6} {'gold':>6}"


def score_line(label: str, score: Score, width: int = 28) -> str:
    """One aligned text-table row: label, P, R, F1 and the counts."""
    return (
        f"{label:<{width}} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
        f"{score.tp:6d} {score.n_pred:6d} {score.n_gold:6d}"
    )
