#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run them.
# Called by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
python3 -m pytest "$@"
