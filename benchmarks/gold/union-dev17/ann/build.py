#!/usr/bin/env python3
"""Build this set (union-dev17; a copy of union-dev16's wrapper)'s page-NN.json from ann/page-NN.ann: ``python3 ann/build.py 1 2 …`` (the builder is
``benchmarks/gold/page_ann.py``, shared by the page sets)."""
import pathlib
import runpy
import sys

here = pathlib.Path(__file__).resolve()
sys.argv[1:1] = [str(here.parent.parent)]
runpy.run_path(str(here.parents[2] / "page_ann.py"), run_name="__main__")
