"""The HTML view's compiled templates cached on disk: the same page cold, warm, damaged or unwritable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kgfixture import sample_graph

from uniongraph.readwrite import html
from uniongraph.readwrite.template_cache import PATTERN, TemplateCache


class Counting(TemplateCache):
    """A cache that counts the templates compiled (each compiled template is dumped once)."""

    def __init__(self, directory: str | None) -> None:
        super().__init__(directory)
        self.compiled = 0

    def dump_bytecode(self, bucket: Any) -> None:
        self.compiled += 1
        super().dump_bytecode(bucket)


def _page(monkeypatch: pytest.MonkeyPatch, cache: TemplateCache) -> str:
    monkeypatch.setattr(html, "_bytecode_cache", lambda: cache)
    return html.generate_html(sample_graph())


@pytest.fixture(scope="module")
def uncached() -> str:
    with pytest.MonkeyPatch.context() as mp:
        return _page(mp, TemplateCache(None))


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob(PATTERN % "*"))


def test_cold_then_warm_cache_same_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncached: str) -> None:
    cold = Counting(str(tmp_path))
    assert _page(monkeypatch, cold) == uncached
    assert cold.compiled > 0 and len(_files(tmp_path)) == cold.compiled
    warm = Counting(str(tmp_path))  # a new process: nothing in memory, all on disk
    assert _page(monkeypatch, warm) == uncached
    assert warm.compiled == 0


@pytest.mark.parametrize("damage", ["empty", "garbage", "garbage after Jinja's header", "truncated"])
def test_damaged_cache_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncached: str,
                                      damage: str) -> None:
    from jinja2.bccache import bc_magic

    _page(monkeypatch, TemplateCache(str(tmp_path)))
    for path in _files(tmp_path):
        data = path.read_bytes()
        path.write_bytes({"empty": b"", "garbage": b"\xff" * 64, "garbage after Jinja's header": bc_magic + b"\xff" * 64,
                          "truncated": data[: len(data) // 2]}[damage])
    again = Counting(str(tmp_path))
    assert _page(monkeypatch, again) == uncached
    assert again.compiled == len(_files(tmp_path))  # every one compiled and written again
    assert Counting(str(tmp_path)).compiled == 0


def test_changed_template_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jinja2 import DictLoader, Environment

    templates = {"t": "{{ x }}!"}
    env = Environment(loader=DictLoader(templates), bytecode_cache=TemplateCache(str(tmp_path)))
    assert env.get_template("t").render(x=1) == "1!"
    templates["t"] = "{{ x }}?"
    env = Environment(loader=DictLoader(templates), bytecode_cache=TemplateCache(str(tmp_path)))
    assert env.get_template("t").render(x=1) == "1?"


def test_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uncached: str) -> None:
    (tmp_path / "a file").write_text("x")
    assert _page(monkeypatch, TemplateCache(str(tmp_path / "a file" / "below"))) == uncached
