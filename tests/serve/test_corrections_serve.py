"""``uniongraph serve STORE --corrections FILE``: the explorer's ``POST /api/corrections`` over real
HTTP. A correction is appended to FILE (read back by read_corrections); bad input is a one-line
400; a request from another origin is 403, a form-encoded or oversized body refused; the
endpoint and the page's form are absent without --corrections; nothing but FILE is written."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_process import running_server

from uniongraph.curation import read_corrections
from uniongraph.store import GraphStore
from servers import fetch

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FED = "北京市总工会"


def request(url: str, body: bytes | None = None, *, ctype: str | None = "application/json",
            origin: str | None = "own") -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET")
    if ctype:
        req.add_header("Content-Type", ctype)
    if origin == "own":
        origin = url.split("/api/")[0].split("/?")[0].rstrip("/")
    if origin:
        req.add_header("Origin", origin)
    return fetch(req)


def propose(base: str, body: Any, **kw: Any) -> tuple[int, Any]:
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode("utf-8")
    status, headers, text = request(base + "/api/corrections", raw, **kw)
    assert headers["content-type"].startswith("application/json"), (status, text)
    return status, json.loads(text)


def one_line_error(status: int, body: Any, expected: int) -> str:
    assert status == expected, body
    assert set(body) == {"error"} and "\n" not in body["error"] and body["error"], body
    return body["error"]


def entity_id(base: str, name: str) -> str:
    with urllib.request.urlopen(f"{base}/api/search?" + urllib.parse.urlencode({"q": name}), timeout=60) as r:
        items = json.loads(r.read())["items"]
    assert items[0]["name"] == name, items
    return items[0]["id"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("writes") / "store"
    with GraphStore(path) as st:
        st.add_files([CORPUS])
    return path


@pytest.fixture()
def writable(store: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    fix = tmp_path / "notes" / "corrections.toml"
    fix.parent.mkdir()
    with running_server(store, "--corrections", str(fix)) as (base, _proc):
        yield base, fix


def test_a_correction_is_appended_and_read_back(writable: tuple[str, Path]) -> None:
    base, fix = writable
    fed = entity_id(base, FED)
    status, body = propose(base, {"kind": "reject", "id": fed, "reason": "测试 a test\nsecond line"})
    assert status == 200, body
    assert body["line"] == 1 and body["where"] == "corrections.toml:1" and body["file"] == str(fix.resolve())
    assert body["applies"].startswith("uniongraph curate --store ") and str(fix.resolve()) in body["applies"]
    status, body = propose(base, {"kind": "alias", "id": entity_id(base, "昌平区总工会"), "alias": "昌平工会"})
    assert status == 200 and body["line"] > 1, body
    status, body = propose(base, {"kind": "retype", "id": entity_id(base, "朝阳区总工会"), "type": "TradeUnion",
                                  "reason": "区级工会"})
    assert status == 200, body
    got = read_corrections(fix)
    assert got.errors == []
    assert [(r.kind, r.name, r.line) for r in got.rules][0] == ("reject", FED, 1)
    assert got.rules[0].reason == "测试 a test second line"  # one line in the file
    assert ("alias", "昌平区总工会", ("昌平工会",)) in [(r.kind, r.name, r.aliases) for r in got.rules]
    assert ("retype", "朝阳区总工会", "TradeUnion") in [(r.kind, r.name, r.type) for r in got.rules]
    # only the file was written in its folder (the atomic write's temporary file is gone)
    assert sorted(p.name for p in fix.parent.iterdir()) == ["corrections.toml"]


def test_bad_input_is_a_one_line_400(writable: tuple[str, Path]) -> None:
    base, fix = writable
    fed = entity_id(base, FED)
    cases = [
        (b"{not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        ({"kind": "split", "id": fed}, "kind: one of"),
        ({"kind": "reject"}, "id: missing"),
        ({"kind": "reject", "id": fed, "name": "其他"}, "unknown field 'name'"),
        ({"kind": "retype", "id": fed, "type": "Planet"}, "not an entity type"),
        ({"kind": "alias", "id": fed}, "alias: missing"),
        ({"kind": "merge", "id": fed, "other": "x" * 201}, "longer than 200"),
        ({"kind": "reject", "id": fed, "reason": 5}, "reason: not a string"),
    ]
    for body, words in cases:
        assert words in one_line_error(*propose(base, body), 400), body
    assert not fix.exists()  # nothing was written
    # an entity the graph does not hold
    one_line_error(*propose(base, {"kind": "reject", "id": "person/%E6%97%A0%E4%BA%BA"}), 404)
    # a correction contradicting one already in the file: append_correction's reason, file unchanged
    assert propose(base, {"kind": "reject", "id": fed})[0] == 200
    before = fix.read_bytes()
    error = one_line_error(*propose(base, {"kind": "retype", "id": fed, "type": "Company"}), 400)
    assert FED in error
    assert fix.read_bytes() == before


def test_another_origin_a_form_or_a_big_body_is_refused(writable: tuple[str, Path]) -> None:
    base, fix = writable
    body = {"kind": "reject", "id": entity_id(base, FED)}
    for origin in ("http://evil.example", None, "null", base.replace("127.0.0.1", "localhost")):
        assert "Origin" in one_line_error(*propose(base, body, origin=origin), 403), origin
    form = urllib.parse.urlencode(body).encode()
    for ctype in ("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"):
        assert "content type" in one_line_error(*propose(base, form, ctype=ctype), 415), ctype
    big = json.dumps({**body, "reason": "长" * 20_000}).encode()
    assert "over" in one_line_error(*propose(base, big), 413)
    # the Host check still comes first
    req = urllib.request.Request(base + "/api/corrections", data=json.dumps(body).encode(), method="POST",
                                 headers={"Host": "evil.example", "Origin": "http://evil.example",
                                          "Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(req, timeout=60)
    assert caught.value.code == 421
    assert not fix.exists()


def test_read_only_without_corrections(store: Path) -> None:
    with running_server(store) as (base, _proc):
        status, _, text = request(base + "/api/corrections", json.dumps({"kind": "reject", "id": "x"}).encode())
        assert status == 404
        with urllib.request.urlopen(base + "/", timeout=60) as r:
            page = r.read().decode("utf-8")
        config = json.loads(page.split('id="ug-config">')[1].split("</script>")[0])
        assert "corrections" not in config


def test_the_page_says_where_corrections_go(writable: tuple[str, Path]) -> None:
    base, fix = writable
    with urllib.request.urlopen(base + "/", timeout=60) as r:
        page = r.read().decode("utf-8")
    config = json.loads(page.split('id="ug-config">')[1].split("</script>")[0])
    assert config["corrections"]["file"] == str(fix.resolve())
    assert config["corrections"]["applies"].startswith("uniongraph curate --store ")


def test_an_unwritable_corrections_path_stops_serve_at_start(store: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    for target, words in ((tmp_path / "missing" / "c.toml", "its folder does not exist"), (tmp_path, "is a folder")):
        done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "serve", str(store), "--port", "1",
                               "--corrections", str(target)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"uniongraph: UG100: {target}: ") and words in lines[0], lines
    assert not (tmp_path / "missing").exists()
