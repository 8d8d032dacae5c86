"""Progress of a build on the terminal, and its summary at the end.

The bar (tqdm, on stderr) counts documents with rate and ETA and shows characters per second;
it is drawn only on a terminal and never with ``quiet``. The summary gives counts, time,
characters per second and each input that failed, with why.

>>> r = BuildReport(documents=2, articles=3, characters=5000, seconds=2.0)
>>> r.summary().splitlines()[0]
'read 2 documents, 3 articles, 5,000 characters in 2.0 s (2,500 characters/s)'
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError


@dataclass
class BuildReport:
    """What a build read, how fast, and what failed."""

    documents: int = 0
    articles: int = 0
    characters: int = 0
    seconds: float = 0.0
    duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)
    executor: str = "local"
    jobs: int = 1

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """Counts, time and speed, then one line per failed input."""
        lines = [
            f"read {self.documents:,} documents, {self.articles:,} articles, {self.characters:,} characters"
            f" in {self.seconds:.1f} s ({self.chars_per_second:,.0f} characters/s)"
        ]
        if self.duplicates:
            lines.append(f"{self.duplicates:,} duplicate document(s) read once")
        if self.failures:
            lines.append(f"{len(self.failures)} input(s) failed:")
            lines.extend(f"  {f}" for f in self.failures)
        return "\n".join(lines)


def count_documents(sources: Iterable[str | Path]) -> int:
    """How many documents the inputs hold: one per page, one per non-blank JSONL line."""
    total = 0
    for src in sources:
        name = str(src)
        if name.lower().endswith(".jsonl"):
            try:
                with open(name, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        elif name != "-":
            total += 1
    return total


class Progress:
    """A progress bar of documents (with characters/s), or nothing when quiet or not on a terminal."""

    def __init__(self, total: int | None, *, quiet: bool = False, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.bar: Any = None
        self.chars = 0
        if quiet or not getattr(self.stream, "isatty", lambda: False)():
            return
        try:
            from tqdm import tqdm
        except ImportError:  # pragma: no cover - tqdm is a dependency; a bare install still builds
            return
        self.bar = tqdm(total=total or None, unit="doc", file=self.stream, dynamic_ncols=True,
                        smoothing=0.1, mininterval=0.5, desc="extracting")

    def advance(self, documents: int, characters: int) -> None:
        """Count ``documents`` more done, holding ``characters``."""
        self.chars += characters
        if self.bar is not None:
            elapsed = self.bar.format_dict.get("elapsed") or 0
            if elapsed > 0:
                self.bar.set_postfix_str(f"{self.chars / elapsed:,.0f} chars/s", refresh=False)
            self.bar.update(documents)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
