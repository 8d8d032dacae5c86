"""Quality gates: the extractor must keep its measured quality on the seed page (against its
gold, when ../shared is present) and on the blind development set in tests/data/devset/ (six
invented union news pages annotated by someone who did not see the extractor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from uniongraph.build import build
from uniongraph.evaluate.gold import evaluate_gold
from uniongraph.evaluate.metrics import Score
from uniongraph.readwrite.json_graph import graph_to_dict

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT.parent / "shared" / "data" / "gold" / "seed-page.json"
DEVSET = ROOT / "tests" / "data" / "devset"


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="../shared/data/gold is not present")
def test_seed_page_meets_its_targets() -> None:
    report = evaluate_gold(graph_to_dict(build([ROOT / "examples" / "seed-page.md"])), json.loads(SEED_GOLD.read_text("utf-8")))
    assert report.entities_typed.f1 >= 0.95
    assert report.relations.f1 >= 0.90
    assert report.bylines.both_correct == report.bylines.n_gold_articles == 4
    assert report.bylines.names.f1 == 1.0


def test_blind_development_set_stays_above_its_floor() -> None:
    pages = sorted(DEVSET.glob("page-*.md"))
    assert len(pages) == 6
    entities, relations = Score(0, 0, 0), Score(0, 0, 0)
    for page in pages:
        gold = json.loads(page.with_suffix(".json").read_text("utf-8"))
        report = evaluate_gold(graph_to_dict(build([page])), gold)
        entities.add(report.entities_typed)
        relations.add(report.relations)
    # measured 0.931 and 0.857 when this gate was last raised (stop 17); the floors leave room for
    # small trade-offs
    assert entities.f1 >= 0.90
    assert relations.f1 >= 0.80
