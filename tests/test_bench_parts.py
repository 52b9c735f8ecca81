"""The benchmark's parts on small made-up data: line scores, loaders, peers'
HTML wrapping and cache, and a whole run on a tiny corpus. No timing assertions."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from newsclean import Article, Label, LineResult
from newsclean.explain import format_line, parse_gold

# benchmarks/ is a folder of the repository, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import CorpusError, load_own, load_shared, shared_corpus_dirs
from benchmarks.lines import LineMismatch, LineTally, MetaTally
from benchmarks.peers import Peer, PeerCache, PeerOutput, lines_as_html, run_peer
from benchmarks.report import blame_segment
from benchmarks.run import collect_sets, run_benchmark
from benchmarks.speed import percentile, timing_summary
from benchmarks.tables import render

GOLD_LINES = [
    ("-", "nav", "Home"),
    ("=", "title", "Harbour wall to be extended"),
    (" ", "body", "The council voted on Tuesday to extend the harbour wall."),
    (" ", "blank", ""),
    (" ", "body", "Work begins in spring."),
    ("-", "share", "Share on X"),
]
GOLD = ("# title: Harbour  wall to be extended\n# authors: Jane Doe\n# published: 2024-03-05\n"
        "# renderer: w3m\n" + "".join(format_line(m, lab, t) for m, lab, t in GOLD_LINES))


def _article(labels: list[tuple[str, str]], **meta: object) -> Article:
    lines = tuple(LineResult(i, t, Label(lab), p, "") for i, ((lab, p), (_, _, t))
                  in enumerate(zip(labels, GOLD_LINES, strict=True)))
    paras = tuple(r.text for r in lines if r.kept)
    fields: dict[str, object] = {"title": None, "subtitle": None, "authors": (),
                                 "published": None, "section": None}
    fields.update(meta)
    return Article(paragraphs=paras, captions=(), is_article=True, not_article_reason=None,
                   lines=lines, **fields)  # type: ignore[arg-type]


def test_line_tally_per_pass_precision_and_per_kind_recall() -> None:
    gold = parse_gold(GOLD)
    art = _article([("nav", "nav_menu"), ("title", "metadata"), ("body", "region"),
                    ("blank", "blank_line"), ("footer", "region"), ("body", "region")])
    t = LineTally()
    t.add(gold, art)
    d = t.to_dict()
    assert (t.kept_tp, t.kept_fp, t.kept_fn) == (1, 1, 1)
    assert d["per_pass"]["nav_menu"] == {"removed": 1, "precision": 1.0, "false_removals": 0}
    assert d["per_pass"]["region"] == {"removed": 1, "precision": 0.0, "false_removals": 1}
    assert d["per_kind_recall"] == {"nav": {"lines": 1, "recall": 1.0},
                                    "share": {"lines": 1, "recall": 0.0}}


def test_line_tally_rejects_a_line_count_mismatch() -> None:
    gold = parse_gold(GOLD)
    art = Article(None, None, (), None, None, (), (), True, None, ())
    with pytest.raises(LineMismatch, match="0 lines"):
        LineTally().add(gold, art, name="p")


def test_meta_tally_compares_as_documented() -> None:
    import datetime as dt

    gold = parse_gold(GOLD)
    labels = [("nav", "x")] * 6
    good = _article(labels, title="Harbour wall to be extended", authors=("Jane Doe",),
                    published=dt.datetime(2024, 3, 5, 10, 0))
    bad = _article(labels, title="Harbour wall", authors=("Jane Doe", "AP"))
    m = MetaTally()
    m.add(gold, good)
    m.add(gold, bad)
    assert {k: v["accuracy"] for k, v in m.to_dict().items()} == {
        "title": 0.5, "authors": 0.5, "published": 0.5, "is_article": 1.0}


def _own_corpus(root: Path, pages: int = 1) -> Path:
    (root / "pages").mkdir(parents=True)
    gold = parse_gold(GOLD)
    for i in range(pages):
        (root / "pages" / f"p{i}.gold").write_text(GOLD, encoding="utf-8")
        (root / "pages" / f"p{i}.txt").write_text(gold.text + "\n", encoding="utf-8")
    return root


def test_missing_folders_are_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"corpus folder not found: .*nowhere"):
        load_own(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match=r"corpora folder not found: .*absent"):
        shared_corpus_dirs(tmp_path / "absent")


def test_own_corpus_with_no_pages_is_empty(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    assert load_own(tmp_path / "c") == []
    sets, corpora = collect_sets(tmp_path / "c", None)
    results = run_benchmark(sets, corpora)
    assert results["sets"] == [] and "no pages" in render(results)


def test_own_corpus_page_whose_text_differs_is_reported(tmp_path: Path) -> None:
    root = _own_corpus(tmp_path / "c", pages=2)
    (root / "pages" / "p1.txt").write_text("something else\n", encoding="utf-8")
    [ps] = load_own(root)
    assert ps.key == "c/w3m" and [p.id for p in ps.pages] == ["p0"]
    assert "p1.txt: lines differ" in ps.problems[0]


def _shared_corpus(root: Path) -> Path:
    d = root / "mini"
    (d / "html").mkdir(parents=True)
    with gzip.open(d / "html" / "a.html.gz", "wt", encoding="utf-8") as f:
        f.write("<html><body><article><p>The council voted to extend the wall.</p>"
                "</article></body></html>")
    recs = [{"id": "a", "url": "u", "renderer": "w3m", "html": "html/a.html.gz",
             "text": "Home\nThe council voted to extend the wall.\nShare on X\n",
             "with": ["council voted"], "without": ["Share on X"]}]
    with gzip.open(d / "w3m.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in recs)
    return root


def test_shared_loader_and_a_whole_run(tmp_path: Path) -> None:
    root = _shared_corpus(tmp_path / "corpora")
    [(ps, fp)] = load_shared(root)
    assert ps.key == "mini/w3m" and ps.metric == "segments" and len(fp) == 64
    assert ps.pages[0].read_html() is not None
    own = _own_corpus(tmp_path / "own")
    sets, corpora = collect_sets(own, root)
    results = run_benchmark(sets, corpora, peer_names=["unchanged"], use_cache=False)
    by_key = {s["key"]: s for s in results["sets"]}
    assert set(by_key) == {"own/w3m", "mini/w3m"}
    assert by_key["mini/w3m"]["peers"]["unchanged"]["recall"] == 1.0
    assert "lines" in by_key["own/w3m"] and "meta_accuracy" in by_key["own/w3m"]
    json.dumps(results)  # JSON-ready
    assert "own/w3m" in render(results)


def test_lines_as_html_escapes_and_skips_blank_lines() -> None:
    html = lines_as_html("a < b\n\n  \nc & d")
    assert "<p>a &lt; b</p>" in html and "<p>c &amp; d</p>" in html
    assert html.count("<p>") == 2


def test_peer_cache_round_trip(tmp_path: Path) -> None:
    root = _shared_corpus(tmp_path / "corpora")
    [(ps, _)] = load_shared(root)
    page = ps.pages[0]
    calls: list[str] = []

    def extract(p: object) -> str:
        calls.append("x")
        return "out"

    peer = Peer("fake", "1.0", extract)
    cache = PeerCache(tmp_path / "cache")
    assert run_peer(peer, page, cache).cached is False
    cache.save()
    again = run_peer(peer, page, PeerCache(tmp_path / "cache"))
    assert again == PeerOutput("out", again.seconds, cached=True)
    assert calls == ["x"]


def test_blame_segment_names_the_removing_pass() -> None:
    art = _article([("nav", "nav_menu"), ("title", "metadata"), ("other", "region"),
                    ("blank", "blank_line"), ("body", "region"), ("share", "share_bar")])
    assert blame_segment("Harbour wall to be extended The council", art) == ["metadata", "region"]
    assert blame_segment("not there", art) == ["not in input"]


def test_percentiles_and_summary() -> None:
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile([], 99) == 0.0
    s = timing_summary([0.5, 0.5], [1_000_000, 1_000_000])
    assert s["docs_per_s"] == 2.0 and s["mb_per_s"] == 2.0


def test_charts_are_written(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="charts need the 'bench' extra")
    from benchmarks.charts import write_charts

    root = _shared_corpus(tmp_path / "corpora")
    sets, corpora = collect_sets(None, root)
    results = run_benchmark(sets, corpora, peer_names=["unchanged"], use_cache=False)
    paths = write_charts(results, tmp_path / "out")
    assert [p.name for p in paths] == ["f1.png", "speed.png"]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in paths)


def test_diff_lists_lines_whose_label_changed() -> None:
    from benchmarks.diff import changed_lines

    pages = {"p": "Home\nStory text.\nShare"}
    old = {"p": [("nav", "nav_menu"), ("body", "region"), ("body", "region")]}
    new = {"p": [("nav", "repeated"), ("body", "region"), ("share", "share_bar")]}
    assert changed_lines(pages, old, new) == [
        ("p", 2, ("body", "region"), ("share", "share_bar"), "Share")]


def test_rerender_wraps_greedily_and_reads_html_two_ways() -> None:
    from benchmarks.rerender import block_lines, text_nodes, wrap

    prose = ("The harbour board approved the plan to extend the sea wall by forty metres "
             "on Tuesday evening after a long debate.")
    wrapped = wrap("Menu\n   " + prose + "\n", 40)
    assert all(len(ln) <= 40 for ln in wrapped.splitlines())
    assert " ".join(wrapped.split()) == "Menu " + prose
    assert all(ln.startswith("   ") for ln in wrapped.splitlines()[1:])
    pytest.importorskip("lxml")
    html = ("<html><head><title>T</title><script>var x=1;</script></head><body>"
            "<p>The board <a href='/b'>approved the plan</a> on <em>Tuesday</em>.</p>"
            "<ul><li>One</li><li>Two</li></ul></body></html>")
    assert text_nodes(html).splitlines() == ["The board", "approved the plan", "on",
                                             "Tuesday", ".", "One", "Two"]
    assert block_lines(html).splitlines() == ["The board approved the plan on Tuesday.",
                                              "One", "Two"]


def test_retained_memory_counts_what_the_result_holds() -> None:
    from benchmarks.speed import retained_memory

    from newsclean import clean

    text = "".join(f"Eintrag {i}\n" for i in range(3000))
    clean(text)  # the shared caches of line measures fill on a first call
    kept = retained_memory(text)
    assert 0 < kept < 3 * len(text)  # the page's lines, not one object per line
    assert retained_memory(text, fn=lambda t: None) < 1000
    assert retained_memory(text, fn=lambda t: [t[i:i + 1] + "!" for i in range(5000)]) > 5000 * 40
