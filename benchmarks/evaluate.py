"""Run newsclean (and peers) over one corpus x renderer set and score the outputs.

The result of one set is a plain JSON-ready dict (see ``benchmarks/README.md``
for the fields); :func:`evaluate_set` is shared by ``run``, ``gate``,
``report`` and the floors test, so they all score the same way.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsclean import Article, clean

from .corpora import Page, PageSet
from .lines import LineMismatch, LineTally, MetaTally
from .peers import Peer, PeerCache, run_peer
from .scoring import PageCounts, SegmentCounts, aeb_counts, aeb_score, segment_counts, segment_score
from .speed import peak_memory, timing_summary, tokenise_seconds

__all__ = ["PageScore", "SetRun", "evaluate_set", "run_newsclean", "score_outputs"]

#: Worst pages listed per set.
WORST_PAGES = 5
#: Peak memory is measured on this many of the largest pages of a set: clean()'s
#: memory grows with input size, and tracemalloc slows clean() several-fold, so
#: tracing every page would triple the run for the same maximum.
MEMORY_PAGES = 10


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page's score under the set's metric."""

    id: str
    url: str
    precision: float
    recall: float
    f1: float


@dataclass
class SetRun:
    """newsclean's outputs on one set, with timings."""

    articles: list[Article | None] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def run_newsclean(pages: Sequence[Page], fn: Callable[[str], Article] = clean) -> SetRun:
    """clean() every page, timing each call; an exception is recorded, not raised.
    The first page is first cleaned once untimed, so one-off costs (lexicons
    loaded and regexes compiled on first use, ~1 s) do not land on its time."""
    run = SetRun()
    if pages:
        with contextlib.suppress(Exception):
            fn(pages[0].text)
    for page in pages:
        t0 = time.perf_counter()
        try:
            art: Article | None = fn(page.text)
        except Exception as e:  # a crash on one page is a finding, not the end of the run
            art = None
            run.errors.append(f"{page.id}: {type(e).__name__}: {e}")
        run.seconds.append(time.perf_counter() - t0)
        run.articles.append(art)
    return run


def score_outputs(
    pageset: PageSet, outputs: Sequence[str | None]
) -> tuple[dict[str, float | int | str], list[PageScore]]:
    """Set-level scores under the set's metric and per-page scores. ``None``
    outputs (peer not applicable) are left out of both."""
    pairs = [(p, o) for p, o in zip(pageset.pages, outputs, strict=False) if o is not None]
    per_page: list[PageScore] = []
    if pageset.metric == "segments":
        seg: list[SegmentCounts] = []
        for p, o in pairs:
            sc = segment_counts(p.with_ or (), p.without or (), o)
            seg.append(sc)
            per_page.append(PageScore(p.id, p.url, sc.precision, sc.recall, sc.f1))
        s = segment_score(seg)
    else:
        aeb: list[PageCounts] = []
        for p, o in pairs:
            c = aeb_counts(p.gold_body or "", o)
            aeb.append(c)
            per_page.append(PageScore(p.id, p.url, c.precision, c.recall, c.f1))
        s = aeb_score(aeb)
    scores: dict[str, float | int | str] = {
        "metric": s.metric, "docs": s.docs,
        "precision": s.precision, "recall": s.recall, "f1": s.f1,
    }
    return scores, per_page


def _worst(per_page: Sequence[PageScore]) -> list[dict[str, object]]:
    worst = sorted(per_page, key=lambda s: (s.f1, s.id))[:WORST_PAGES]
    return [{"id": s.id, "url": s.url, "precision": s.precision, "recall": s.recall,
             "f1": s.f1} for s in worst]


def _line_scores(pageset: PageSet, run: SetRun) -> dict[str, object]:
    lines, meta = LineTally(), MetaTally()
    mismatches: list[str] = []
    for page, art in zip(pageset.pages, run.articles, strict=False):
        if page.gold is None or art is None:
            continue
        meta.add(page.gold, art)
        try:
            lines.add(page.gold, art, name=page.id)
        except LineMismatch as e:
            mismatches.append(str(e))
    return {"lines": lines.to_dict(), "meta_accuracy": meta.to_dict(),
            "line_mismatches": mismatches}


def evaluate_set(
    pageset: PageSet,
    *,
    peers: Sequence[Peer] = (),
    cache: PeerCache | None = None,
    memory: bool = True,
    progress: Callable[[str], None] | None = None,
) -> dict[str, object]:
    """Everything the benchmark reports about one corpus x renderer set."""
    pages = pageset.pages
    texts = [p.text for p in pages]
    sizes = [len(t.encode("utf-8")) for t in texts]
    run = run_newsclean(pages)
    outputs = [a.text if a is not None else "" for a in run.articles]
    scores, per_page = score_outputs(pageset, outputs)
    speed = timing_summary(run.seconds, sizes)
    tok_s = tokenise_seconds(texts)
    ours: dict[str, object] = {**scores, **speed, "errors": len(run.errors)}
    if memory:
        largest = sorted(texts, key=len, reverse=True)[:MEMORY_PAGES]
        ours["peak_memory_bytes"] = peak_memory(largest)
    result: dict[str, object] = {
        "key": pageset.key,
        "corpus": pageset.corpus,
        "renderer": pageset.renderer,
        "metric": pageset.metric,
        "pages": len(pages),
        "input_bytes": sum(sizes),
        "newsclean": ours,
        "errors": run.errors,
        "problems": list(pageset.problems),
        "tokenise_baseline": {
            "total_s": tok_s,
            "docs_per_s": len(pages) / tok_s if tok_s else 0.0,
            "newsclean_time_ratio": speed["total_s"] / tok_s if tok_s else None,
        },
        "worst": _worst(per_page),
    }
    if any(p.gold is not None for p in pages):
        result.update(_line_scores(pageset, run))
    if peers:
        cache = cache or PeerCache(enabled=False)
        result["peers"] = {
            peer.name: _evaluate_peer(peer, pageset, cache, speed, progress) for peer in peers
        }
    return result


def _evaluate_peer(
    peer: Peer,
    pageset: PageSet,
    cache: PeerCache,
    ours: dict[str, float],
    progress: Callable[[str], None] | None,
) -> dict[str, object]:
    if progress:
        progress(f"  {pageset.key}: {peer.name}")
    outs = [run_peer(peer, page, cache) for page in pageset.pages]
    texts = [o.text for o in outs]
    applied = [(p, o) for p, o in zip(pageset.pages, outs, strict=False) if o.text is not None]
    if not applied:
        return {"skipped": "not applicable to this corpus (no page HTML)"}
    scores, per_page = score_outputs(pageset, texts)
    seconds = [o.seconds for _, o in applied]
    sizes = [len(p.text.encode("utf-8")) for p, _ in applied]
    speed = timing_summary(seconds, sizes)
    return {
        **scores,
        **speed,
        "pages": len(applied),
        "errors": sum(o.error for _, o in applied),
        "cached_share": sum(o.cached for _, o in applied) / len(applied),
        # > 1: newsclean is faster than the peer on these pages
        "newsclean_speed_ratio": (ours["docs_per_s"] / speed["docs_per_s"]
                                  if speed["docs_per_s"] else None),
        "worst": _worst(per_page),
    }
