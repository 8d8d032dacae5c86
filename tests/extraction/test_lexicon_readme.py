"""Every lexicon file is described in ``src/uniongraph/lexicons/README.md``: a newcomer finds there what
each word list is for and which module reads it (five files had slipped through by stop 44)."""

import re
from pathlib import Path

import uniongraph

LEXICONS = Path(uniongraph.__file__).parent / "lexicons"


def test_every_lexicon_file_is_described_in_the_readme():
    readme = (LEXICONS / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in LEXICONS.iterdir() if p.suffix in (".txt", ".tsv"))
    assert files, "no lexicon files found"
    assert [name for name in files if f"`{name}`" not in readme] == []


def test_the_readme_names_no_lexicon_file_that_is_gone():
    readme = (LEXICONS / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9_]+\.(?:txt|tsv))`", readme))
    assert sorted(name for name in named if not (LEXICONS / name).exists()) == []
