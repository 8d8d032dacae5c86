"""Parallel and distributed builds give the same graph as one process, byte for byte."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from uniongraph.build import build_corpus
from uniongraph.extraction.merge import PartialGraph, merge_articles
from uniongraph.model import Document, KnowledgeGraph
from uniongraph.parallel import batched, extract_batch, run_forked
from uniongraph.progress import BuildReport, Progress
from uniongraph.reading import read_text
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.readwrite.turtle import generate_turtle

STORIES = [
    ("杭州市总工会举办职工运动会", "本报讯（记者 王明）近日，杭州市总工会在西湖文化广场举办职工运动会，市总工会主席李华出席。"),
    ("温州电力有限公司工会成立", "本报讯 温州电力有限公司工会近日成立，张建国当选工会主席。"),
    ("鹿城区总工会慰问环卫工人", "本报讯（通讯员 陈立新）鹿城区总工会走访慰问环卫工人，送去慰问品。"),
    ("职工志愿服务队走进社区", "本报讯 瓯海区总工会组织职工志愿服务队走进社区，为居民义务维修家电。"),
    ("市总工会召开全委会", "本报讯 温州市总工会召开十五届全委会，鹿城区总工会等单位作交流发言。"),
    ("劳模工作室揭牌", "本报讯 浙江能源集团有限公司工会为王军劳模创新工作室揭牌，杭州市总工会副主席刘芳参加。"),
]


def corpus(folder: Path) -> list[Path]:
    """A JSONL corpus (with one duplicate and one bad line) and a Markdown page."""
    folder.mkdir()
    lines = [json.dumps({"id": f"n{i}", "date": f"2024-05-{i + 1:02d}", "text": f"{t}\n{b}"}, ensure_ascii=False)
             for i, (t, b) in enumerate(STORIES * 2)]  # the second half repeats texts: read once
    lines.insert(3, "{bad json")
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.md").write_text("# 西湖区总工会开展送清凉活动\n\n本报讯 西湖区总工会在文三路开展送清凉活动。\n",
                                    encoding="utf-8")
    return [folder / "news.jsonl", folder / "page.md"]


def outputs(inputs: list[Path], **options: object) -> tuple[str, str, BuildReport]:
    kg, report = build_corpus(inputs, **options)  # type: ignore[arg-type]
    return generate_turtle(kg), generate_json(kg), report


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], str, str, BuildReport]:
    inputs = corpus(tmp_path_factory.mktemp("c") / "in")
    ttl, js, report = outputs(inputs, batch_chars=1)  # one document per batch
    return inputs, ttl, js, report


def test_serial_report(serial: tuple[list[Path], str, str, BuildReport]) -> None:
    _, ttl, _, report = serial
    assert (report.documents, report.duplicates, report.articles) == (7, 6, 7)
    assert [f.line for f in report.failures] == [4]
    assert "ugd:" in ttl or "uniongraph/id/" in ttl


@pytest.mark.parametrize("batch_chars", [1, 200, 10**9])
def test_batches_do_not_change_the_graph(serial: tuple[list[Path], str, str, BuildReport], batch_chars: int) -> None:
    inputs, ttl, js, _ = serial
    assert outputs(inputs, batch_chars=batch_chars)[:2] == (ttl, js)


def test_two_processes_give_the_same_bytes(serial: tuple[list[Path], str, str, BuildReport]) -> None:
    inputs, ttl, js, _ = serial
    assert outputs(inputs, jobs=2, batch_chars=100)[:2] == (ttl, js)


def _dask_or_skip() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("dask.distributed is not installed (pip install 'uniongraph[dask]')")


def test_dask_cluster_gives_the_same_bytes(serial: tuple[list[Path], str, str, BuildReport]) -> None:
    _dask_or_skip()
    from distributed import LocalCluster

    inputs, ttl, js, _ = serial
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        got = outputs(inputs, executor="dask", scheduler=cluster.scheduler_address, batch_chars=100)
    assert got[:2] == (ttl, js)


def test_partial_graphs_combine_in_any_grouping() -> None:
    docs = [read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False) for i, (t, b) in enumerate(STORIES)]
    parts = [extract_batch([d], keep_details=True) for d in docs]
    articles = [a for p in parts for a in p.articles]
    whole = merge_articles(articles)

    def grouped(split: int) -> PartialGraph:
        fresh = [extract_batch([read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False)])
                 for i, (t, b) in enumerate(STORIES)]
        left, right = PartialGraph(), PartialGraph()
        for p in fresh[:split]:
            left.combine(p)
        for p in fresh[split:]:
            right.combine(p)
        return left.combine(right)

    for split in range(len(STORIES) + 1):
        got = grouped(split).finish()
        assert generate_turtle(got) == generate_turtle(whole)
        assert [e.name for e in got.entities.values()] == [e.name for e in whole.entities.values()]


def test_batched_keeps_input_order() -> None:
    docs = [read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False) for i, (t, b) in enumerate(STORIES)]
    batches = list(batched(docs, max_chars=80))
    assert [d.path for b in batches for d in b] == [d.path for d in docs]
    assert len(batches) > 1 and all(batches)


def test_batched_with_a_tail_ends_in_smaller_batches_of_the_same_documents() -> None:
    """With ``tail``, the last batches are regrouped smaller (workers finish together); the
    documents and their order are those of plain batching, and without a tail nothing changes."""
    docs = [Document(path=f"d{i}.txt", text="字" * 1000) for i in range(50)]
    plain = list(batched(docs, max_chars=10_000))
    assert [len(b) for b in plain] == [10] * 5
    assert list(batched(docs, max_chars=10_000, tail=0)) == plain
    ended = list(batched(docs, max_chars=10_000, tail=2))
    assert [d.path for b in ended for d in b] == [d.path for d in docs]
    assert [len(b) for b in ended] == [10, 10, 10] + [3, 3, 3, 3, 3, 3, 2]  # the last two batches' 20, by 2,500 chars
    assert list(batched([], tail=2)) == [] and [len(b) for b in batched(docs[:1], tail=2)] == [1]


@pytest.mark.parametrize("batches", [1, 3])
def test_meanwhile_runs_once_here_while_worker_processes_extract(batches: int) -> None:
    """The build imports its renderers while the workers extract: ``meanwhile`` is called once,
    on this process, with worker processes, and not without them; the graph is the same."""
    from uniongraph.parallel import run_batches

    docs = [read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False) for i, (t, b) in enumerate(STORIES)]
    groups = [docs[i::batches] for i in range(batches)]
    calls: list[int] = []
    here = os.getpid()
    with_workers = run_batches(groups, executor="processes", jobs=2, meanwhile=lambda: calls.append(os.getpid()))
    assert calls == [here]
    alone = run_batches(groups, executor="local", meanwhile=lambda: calls.append(-1))
    assert calls == [here]
    assert generate_json(with_workers.finish()) == generate_json(alone.finish())


def test_a_build_prepares_its_renderers_harmlessly_when_they_cannot_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from uniongraph.readwrite import outputs

    def broken() -> None:
        raise ImportError("no pyvis")

    monkeypatch.setattr("uniongraph.readwrite.html.pyvis_network_class", broken)
    outputs.prepare_renderers()  # the failure is left for rendering to report


def test_run_forked_returns_in_order_and_raises() -> None:
    assert run_forked([lambda: 1, lambda: "二", lambda: [3]], jobs=2) == [1, "二", [3]]
    with pytest.raises(ZeroDivisionError):
        run_forked([lambda: 1, lambda: 1 // 0], jobs=2)


def test_run_forked_runs_the_others_side_by_side(tmp_path: Path) -> None:
    # with two jobs every task but the first runs on its own child at the same time: each
    # child waits until all of them have started, which would never happen one after another
    def task(i: int) -> int:
        (tmp_path / f"started{i}").touch()
        deadline = time.monotonic() + 30
        while len(list(tmp_path.glob("started*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        return os.getpid()

    here, first, second = run_forked([os.getpid, lambda: task(1), lambda: task(2)], jobs=2)
    assert here == os.getpid() and len({here, first, second}) == 3
    assert len(list(tmp_path.glob("started*"))) == 2


def test_run_forked_ends_the_children_when_the_first_task_fails(tmp_path: Path) -> None:
    def slow() -> int:
        time.sleep(30)
        (tmp_path / "finished").touch()
        return 1

    started = time.monotonic()
    with pytest.raises(ZeroDivisionError):
        run_forked([lambda: 1 // 0, slow], jobs=2)
    assert time.monotonic() - started < 20 and not (tmp_path / "finished").exists()


def test_tokenizer_tables_are_jiebas_own() -> None:
    # loaded faster than jieba loads them, but the same prefix dictionary and tag table
    import jieba
    import jieba.posseg

    from uniongraph.extraction.tokens import tokenizer

    tk, table = tokenizer()  # one folded table (extraction/word_table.py): jieba's words, frequencies and tags
    ref = jieba.Tokenizer()
    ref.initialize()
    assert (dict(tk.FREQ), tk.total) == (ref.FREQ, ref.total)
    freq, tags = table.unfold()
    assert freq == ref.FREQ and tags == jieba.posseg.POSTokenizer(ref).word_tag_tab
    assert [w for w in tk.cut("杭州市总工会举办职工运动会")] == list(ref.cut("杭州市总工会举办职工运动会"))


@pytest.mark.parametrize("dictionary", [
    "工会 10 n\n总工会 20 nt\n职工 5 n\n",          # every line "word freq tag": read at once
    "工会 10 n\n\n总工会 20 nt\n职工 5 n",            # a blank line, no final newline: line by line
    "工会 10 n\n总工会\u3000会 20 nt\n职工 5 n\n",    # a word with an ideographic space
])
def test_tag_table_of_any_dictionary_is_jiebas(tmp_path: Path, dictionary: str) -> None:
    import jieba
    import jieba.posseg

    from uniongraph.extraction.tokens import _word_tags

    path = tmp_path / "dict.txt"
    path.write_text(dictionary, encoding="utf-8")
    tk = jieba.Tokenizer(str(path))
    assert _word_tags(tk) == jieba.posseg.POSTokenizer(tk).word_tag_tab


def test_corpus_reading_leaves_bylines_and_sentences_to_extraction(tmp_path: Path) -> None:
    # read in the main process without them; the extraction processes add them
    from uniongraph.build import iter_corpus
    from uniongraph.extraction.pipeline import extract_document
    from uniongraph.reading import parse_articles

    inputs = corpus(tmp_path / "in")
    docs = list(iter_corpus(inputs, parse=False, on_error=lambda exc: None))
    assert docs and all(not d.parsed and all(not a.sentences and not a.bylines for a in d.articles) for d in docs)
    full = list(iter_corpus(inputs, on_error=lambda exc: None))
    assert all(d.parsed and all(a.sentences for a in d.articles) for d in full)
    assert [parse_articles(d).articles for d in list(iter_corpus(inputs, parse=False, on_error=lambda exc: None))] \
        == [d.articles for d in full]
    with pytest.raises(ValueError, match="parse_articles"):  # reading is finished before extraction
        extract_document(docs[0])
    extracted = extract_document(parse_articles(docs[0]))
    assert extracted.parsed and extracted.articles[0].bylines[0].name == "王明"
    from uniongraph.parallel import extract_batch  # the batch runner finishes reading on its process
    part = extract_batch(list(iter_corpus(inputs, parse=False, on_error=lambda exc: None)))
    assert part.articles[0].bylines[0].name == "王明"


def test_partial_graphs_travel_as_plain_values() -> None:
    # a partial pickled on a worker and unpickled where it is merged holds no per-mention
    # dataclass or Counter (unpickling those cost the merging process ten times more)
    import pickle
    import pickletools

    docs = [read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False) for i, (t, b) in enumerate(STORIES)]
    part = extract_batch(docs)
    groups = pickle.dumps(part.groups, protocol=pickle.HIGHEST_PROTOCOL)
    names = {str(arg) for op, arg, _ in pickletools.genops(groups) if op.name in ("SHORT_BINUNICODE", "BINUNICODE")}
    assert "NameGroup" in names and not {"EntityMention", "Counter"} & names
    group = part.groups["杭州市总工会"]
    assert all(type(m) is tuple and len(m) == 4 for m in group.mentions)
    ent = next(e for e in part.finish().entities.values() if e.name == "杭州市总工会")
    assert [(m.article_id, m.start, m.end, m.text) for m in ent.mentions] == group.mentions


def test_timings_list_each_phase_on_stderr() -> None:
    # UNIONGRAPH_TIMINGS=1: a build prints its phases (wall, CPU, children's CPU) at exit
    page = "杭州市总工会举办职工运动会\n本报讯 近日，杭州市总工会在西湖文化广场举办职工运动会。\n"
    env = {**os.environ, "UNIONGRAPH_TIMINGS": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.txt"
        src.write_text(page, encoding="utf-8")
        for jobs in ("1", "2"):
            done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(src), "--out",
                                   str(Path(tmp) / "out"), "--quiet", "--no-validate", "--jobs", jobs],
                                  capture_output=True, text=True, timeout=300, env=env)
            assert done.returncode == 0, done.stderr
            table = done.stderr.split("uniongraph timings:\n", 1)[1].splitlines()
            rows = [ln.rsplit(maxsplit=4) for ln in table[1:]]
            names = [row[0].strip() for row in rows]
            assert names[0] == "start-up (interpreter, imports)" and names[-1].startswith("total")
            for phase in ("load lexicons + jieba (this process)", "merge: finish + infer", "write the three files",
                          f"render ttl, html, json ({jobs} jobs)"):
                assert phase in names, (phase, names)
            assert all(float(x) >= 0 for row in rows for x in row[1:])
        quiet = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(src), "--out",
                                str(Path(tmp) / "out"), "--quiet", "--no-validate"], capture_output=True,
                               text=True, timeout=300, env={**os.environ, "UNIONGRAPH_TIMINGS": "0"})
        assert quiet.returncode == 0 and "timings" not in quiet.stderr


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    plain = io.StringIO()
    with Progress(5, stream=plain) as p:
        p.advance(2, 1000)
    assert plain.getvalue() == ""
    tty = _Tty()
    with Progress(5, stream=tty) as p:
        p.advance(5, 1000)
    assert "5/5" in tty.getvalue() and "doc" in tty.getvalue()
    quiet = _Tty()
    with Progress(5, stream=quiet, quiet=True) as p:
        p.advance(5, 1000)
    assert quiet.getvalue() == ""


def test_frozen_blocks_nest_and_unfreeze_at_the_end() -> None:
    import gc

    from uniongraph.parallel import frozen

    held = [{"名称": "杭州市总工会"} for _ in range(100)]
    assert gc.get_freeze_count() == 0
    with frozen():
        outer = gc.get_freeze_count()
        assert outer >= len(held)
        with frozen():
            assert gc.get_freeze_count() >= outer
        assert gc.get_freeze_count() >= outer  # the inner block does not unfreeze the outer one
    assert gc.get_freeze_count() == 0


def test_frozen_blocks_collect_the_young_generation_less_often_and_restore_the_thresholds() -> None:
    import gc

    from uniongraph.parallel import YOUNG_COLLECTIONS, frozen

    before = gc.get_threshold()
    with frozen():
        inside = gc.get_threshold()
        assert inside[0] == max(before[0], YOUNG_COLLECTIONS) and inside[1:] == before[1:]
        with frozen():
            assert gc.get_threshold() == inside
        assert gc.get_threshold() == inside  # the inner block leaves the outer one's alone
    assert gc.get_threshold() == before
    try:
        with frozen():
            raise KeyError("失败")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_collections_pause_while_rendering_and_resume_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import uniongraph.readwrite.json_graph as json_graph
    from uniongraph.readwrite.outputs import write_outputs
    from uniongraph.parallel import collections_paused

    assert gc.isenabled()
    with collections_paused():
        assert not gc.isenabled()
        # forked renderers started inside the block do not collect either
        assert run_forked([gc.isenabled, gc.isenabled], jobs=2) == [False, False]
    assert gc.isenabled()
    gc.disable()  # a caller that turned collections off keeps them off
    try:
        with collections_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

    # a build renders its files with collections paused, then turns them on again
    seen: list[bool] = []
    original = json_graph.generate_json

    def spy(graph: KnowledgeGraph) -> str:
        seen.append(gc.isenabled())
        return original(graph)

    monkeypatch.setattr(json_graph, "generate_json", spy)
    kg = extract_batch([read_text(f"{t}\n{b}", f"s{i}.txt", markdown=False)
                        for i, (t, b) in enumerate(STORIES)]).finish()
    write_outputs(kg, tmp_path / "out")
    assert seen == [False] and gc.isenabled()
    assert json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))["articles"]
