#!/usr/bin/env bash
# Prove the README's first command on a clean slate: a new virtual environment with
# `pip install -e .` and nothing else (no test extras), then the main job and every command a
# researcher uses next on its outputs. A green test suite once hid that this path could not build
# any real corpus (numpy was undeclared), because the test extras pulled it in first.
# Called by .ci/run before the test suite; run it by hand the same way: bash scripts/clean_slate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\nclean slate: %s\n' "$*"; }

step "new venv, pip install -e . (run-time dependencies only)"
python3 -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
UG="$WORK/venv/bin/uniongraph"
"$PY" -m pip install --quiet --disable-pip-version-check -e . 2>&1 | grep -v "^WARNING: Location" || true
"$PY" -c 'import uniongraph, sys; print("uniongraph", uniongraph.__version__, "on Python", sys.version.split()[0])'
for extra in pytest deptry dask neo4j falkordb ladybug playwright; do
    if "$PY" -c "import $extra" 2>/dev/null; then echo "clean slate: $extra is installed: not a clean slate" >&2; exit 1; fi
done

step "the README's build command"
(cd "$WORK" && "$UG" build "$ROOT/examples/" --out out/)
for f in graph.ttl graph.json graph.html; do test -s "$WORK/out/$f"; done

CORPUS="$ROOT/../shared/data/corpus/pfr1998_01/articles.jsonl"
if [ -f "$CORPUS" ]; then
    step "a real corpus: 400 People's Daily articles (JSONL)"
    head -400 "$CORPUS" > "$WORK/pfr400.jsonl"
    "$UG" build "$WORK/pfr400.jsonl" --out "$WORK/pfr"
    GRAPH="$WORK/pfr"
else
    echo "clean slate: $CORPUS absent; the later steps use the example build"
    GRAPH="$WORK/out"
fi
for f in graph.ttl graph.json graph.html; do test -s "$GRAPH/$f"; done

step "query (build folder, graph.json, graph.ttl)"
Q='SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ug:Person }'
for g in "$GRAPH" "$GRAPH/graph.json" "$GRAPH/graph.ttl"; do "$UG" query "$g" "$Q" --format csv; done

step "export --format all (from the build folder), and Turtle to N-Triples"
"$UG" export "$GRAPH" --format all --out "$WORK/exports"
"$UG" export "$GRAPH/graph.ttl" --format nt --out "$WORK/x.nt"
test -s "$WORK/x.nt"

step "view --focus"
NAME=$("$UG" query "$GRAPH" 'SELECT ?n WHERE { ?e a ug:Federation ; rdfs:label ?n } ORDER BY ?n LIMIT 1' --format tsv | sed -n 2p | sed 's/^"//; s/"@zh$//')
[ -n "$NAME" ] || NAME=$("$UG" query "$GRAPH" 'SELECT ?n WHERE { ?e a ug:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 1' --format tsv | sed -n 2p | sed 's/^"//; s/"@zh$//')
"$UG" view "$GRAPH" --out "$WORK/focus.html" --focus "$NAME" --hops 1
test -s "$WORK/focus.html"

step "validate (pySHACL) and stats"
"$UG" validate "$GRAPH" --limit 3
"$UG" stats "$GRAPH" --top 3

step "serve answers a SPARQL request"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$UG" serve "$GRAPH" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER_PID=$!
"$PY" - "$PORT" <<'EOF'
import json, sys, time, urllib.parse, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/sparql?" + urllib.parse.urlencode(
    {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
deadline = time.monotonic() + 120
while True:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}),
                                    timeout=30) as resp:
            n = int(json.load(resp)["results"]["bindings"][0]["n"]["value"])
        break
    except OSError:
        if time.monotonic() > deadline:
            raise SystemExit("clean slate: serve did not answer within 120 s")
        time.sleep(0.5)
assert n > 0, n
print(f"serve answered: {n} triples")
EOF
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

step "installed from a built wheel, with no checkout in sight: build, validate, query, the explorer"
# from a copy of the files git knows (a local build/ folder of an earlier wheel is left out)
mkdir -p "$WORK/tree"
git ls-files -co --exclude-standard | while IFS= read -r f; do if [ -e "$f" ]; then printf '%s\0' "$f"; fi; done \
    | tar --null -T - -cf - | tar -xf - -C "$WORK/tree"
"$PY" -m pip wheel --quiet --disable-pip-version-check --no-deps -w "$WORK/dist" "$WORK/tree" 2>&1 \
    | grep -v "^WARNING: Location" || true
"$PY" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$WORK"/dist/uniongraph-*.whl 2>&1 \
    | grep -v "^WARNING: Location" || true
mkdir -p "$WORK/elsewhere"
cp "$ROOT/examples/seed-page.md" "$WORK/elsewhere/page.md"
(
    cd "$WORK/elsewhere"
    "$PY" -c 'import uniongraph, sys; p = uniongraph.__file__; print("uniongraph from", p); sys.exit("site-packages" not in p)'
    "$UG" build page.md --out out
    "$UG" validate out --limit 1
    "$UG" query out/graph.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?e a ug:Federation }' --format csv
    # the explorer's pages and example queries are package data: the wheel must carry them
    PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    "$UG" serve out --port "$PORT" > "$WORK/serve-wheel.log" 2>&1 &
    SERVER_PID=$!
    "$PY" - "$PORT" <<'EOF'
import sys, time, urllib.request
base = f"http://127.0.0.1:{sys.argv[1]}"
deadline = time.monotonic() + 120
for path, needle in (("/", "<html"), ("/query", "<html"), ("/api/search?q=%E6%80%BB%E5%B7%A5%E4%BC%9A", "总工会")):
    while True:
        try:
            with urllib.request.urlopen(base + path, timeout=30) as resp:
                body = resp.read().decode("utf-8")
            break
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"clean slate: the wheel's serve did not answer {path} within 120 s")
            time.sleep(0.5)
    assert needle in body.lower(), (path, body[:200])
    print(f"wheel's serve answered {path}")
EOF
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""
)

printf '\nclean slate: every step passed with the run-time dependencies alone\n'
