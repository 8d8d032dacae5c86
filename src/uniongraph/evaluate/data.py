"""Where the shared, third-party evaluation data lives: the PFR corpus, the NER sets and the
seed page's gold. They are read in place, never copied into the project.

>>> shared_data(Path("/work/main")).as_posix()  # doctest: +SKIP
'/work/shared/data'
"""

from __future__ import annotations

import os
from pathlib import Path

#: the environment variable that names the data folder (a worktree or CI checkout elsewhere)
SHARED_DATA_VARIABLE = "UNIONGRAPH_SHARED_DATA"


def shared_data(checkout: Path) -> Path:
    """The shared data folder: ``$UNIONGRAPH_SHARED_DATA`` when set, else ``shared/data`` beside
    the project checkout ``checkout`` (``../shared/data`` seen from it)."""
    named = os.environ.get(SHARED_DATA_VARIABLE)
    return Path(named) if named else checkout.parent / "shared" / "data"


def pfr_articles(checkout: Path) -> Path:
    """People's Daily, January 1998, one article per line (``corpus/pfr1998_01/articles.jsonl``)."""
    return shared_data(checkout) / "corpus" / "pfr1998_01" / "articles.jsonl"
