"""Shared test set-up: the fixtures folder on the import path, and a marker for optional clients.

``@pytest.mark.needs("neo4j")`` skips a test when an optional package (a database client, a
browser driver) is not installed, instead of failing for a reason that is not the code's.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # kgfixture, servers, … as plain imports


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(*modules): skip unless these optional modules can be imported")


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers(name="needs"):
        missing = [m for m in marker.args if importlib.util.find_spec(m) is None]
        if missing:
            pytest.skip(f"optional package(s) not installed: {', '.join(missing)}")
