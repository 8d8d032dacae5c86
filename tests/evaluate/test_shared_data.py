"""Where the benchmarks, scripts and tests look for the shared third-party data."""

from __future__ import annotations

from pathlib import Path

from uniongraph.evaluate.data import SHARED_DATA_VARIABLE, pfr_articles, shared_data


def test_the_shared_data_lies_beside_the_checkout(monkeypatch) -> None:
    monkeypatch.delenv(SHARED_DATA_VARIABLE, raising=False)
    assert shared_data(Path("/repos/main")) == Path("/repos/shared/data")
    assert pfr_articles(Path("/repos/main")) == Path("/repos/shared/data/corpus/pfr1998_01/articles.jsonl")


def test_the_variable_names_the_folder_for_a_checkout_elsewhere(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(SHARED_DATA_VARIABLE, str(tmp_path))
    assert shared_data(Path("/worktrees/feature")) == tmp_path
