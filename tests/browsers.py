"""Debian's Chromium driven by Playwright, for the browser tests (the view and the explorer).

``playwright install`` is never run (it downloads a browser): scripts/test.sh installs Debian's
chromium. A module takes the browser as a module-scoped fixture, ``browser = browser_fixture()``:
not one for the session, because Playwright's sync API keeps an event loop running while open,
and a later module could not start its own.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
# As root in a container: no sandbox; and nothing in the background that would call home.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def need(reason: str) -> None:
    """Skip for want of ``reason``; under CI, fail: CI must run the browser tests."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run the browser tests: scripts/test.sh installs it)")
    pytest.skip(reason)


def chromium() -> Iterator[Any]:
    """A headless Chromium browser, closed at the end."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("playwright for Python is not installed")
    if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
        need(f"{CHROMIUM} is not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def browser_fixture() -> Any:
    """A module-scoped ``browser`` fixture for a test module."""
    return pytest.fixture(scope="module", name="browser")(chromium)
