"""``python -m uniongraph.cli``: the ``uniongraph`` command."""

from . import run

if __name__ == "__main__":  # not when a spawned worker imports the main module as __mp_main__
    run()
