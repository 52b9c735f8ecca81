"""Timing, memory and scaling measurements.

- Timings are wall-clock ``time.perf_counter`` seconds per page, measured
  without tracemalloc (which slows allocation-heavy code several-fold).
- Peak memory is **tracemalloc's peak of Python allocations during one**
  ``clean()`` **call**, above what was allocated before the call, max over the
  largest pages of a set (see ``evaluate.MEMORY_PAGES``); measured in a
  separate pass. It counts the objects clean() creates (lines, results, the
  Article), not the interpreter or the input. Scaling runs also report what the
  returned Article still holds (``retained_bytes``): the cost of keeping results.
- The baseline is "tokenise every line once": ``\\w+`` findall per line, the
  least work any line classifier has to do; newsclean's time is reported as a
  multiple of it.
"""

from __future__ import annotations

import contextlib
import re
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Final

from newsclean import Article, clean

__all__ = [
    "peak_memory",
    "percentile",
    "retained_memory",
    "scaling",
    "synthetic_page",
    "timing_summary",
    "tokenise_seconds",
]

_WORD: Final = re.compile(r"\w+")
#: Scaling stops growing an input once one call took longer than this (seconds),
#: so a quadratic pipeline shows up as a skipped size rather than a hung run.
MAX_SCALING_CALL_S: Final = 60.0


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100), linear between closest ranks; 0 when empty."""
    if not values:
        return 0.0
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def timing_summary(seconds: Sequence[float], sizes: Sequence[int]) -> dict[str, float]:
    """docs/s, MB/s (UTF-8 input bytes), p50/p99 ms per page, total seconds."""
    total = sum(seconds)
    return {
        "docs_per_s": len(seconds) / total if total else 0.0,
        "mb_per_s": sum(sizes) / 1e6 / total if total else 0.0,
        "p50_ms": percentile(seconds, 50) * 1000,
        "p99_ms": percentile(seconds, 99) * 1000,
        "total_s": total,
    }


def peak_memory(texts: Sequence[str], fn: Callable[[str], object] = clean) -> int:
    """Max over ``texts`` of tracemalloc's peak (bytes) during one ``fn(text)``."""
    worst = 0
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        for text in texts:
            before = tracemalloc.get_traced_memory()[0]
            tracemalloc.reset_peak()
            with contextlib.suppress(Exception):  # errors are counted by the timed pass
                fn(text)
            worst = max(worst, tracemalloc.get_traced_memory()[1] - before)
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return worst


def retained_memory(text: str, fn: Callable[[str], object] = clean) -> int:
    """tracemalloc's count of the bytes ``fn(text)`` allocated and still holds once
    it returned: the size of the result (an Article and its lines), the cost of
    keeping it (the page itself is not counted). Run ``fn(text)`` once before: a
    first call also fills newsclean's bounded caches of line measures."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = fn(text)
        held = tracemalloc.get_traced_memory()[0] - before
        del result
        return held
    finally:
        if not was_tracing:
            tracemalloc.stop()


def tokenise_seconds(texts: Sequence[str]) -> float:
    """Seconds to run ``\\w+`` findall once over every line of every text."""
    findall = _WORD.findall
    t0 = time.perf_counter()
    for text in texts:
        for line in text.splitlines():
            findall(line)
    return time.perf_counter() - t0


def synthetic_page() -> str:
    """A small made-up news page, for scaling runs when no corpus page is at hand."""
    prose = (
        "The council voted on Tuesday to extend the harbour wall, a project that "
        "residents have debated for more than a decade, and officials said work "
        "would begin in the spring if the budget is approved."
    )
    nav = ["Home", "News", "Sport", "Business", "Weather", ""]
    body = [prose, ""] * 8
    foot = ["Share on Facebook", "Share on X", "", "© 2024 The Daily Example. All rights reserved."]
    return "\n".join([*nav, "Harbour wall to be extended", "By Jane Doe", "", *body, *foot]) + "\n"


def _measure(text: str) -> dict[str, float | int | bool]:
    t0 = time.perf_counter()
    art: Article = clean(text)
    seconds = time.perf_counter() - t0
    size = len(text.encode("utf-8"))
    peak = peak_memory([text])
    kept = retained_memory(text)
    return {
        "input_bytes": size,
        "lines": text.count("\n") + 1,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds if seconds else 0.0,
        "peak_bytes": peak,
        "peak_per_input_byte": peak / size if size else 0.0,
        "retained_bytes": kept,
        "retained_per_input_byte": kept / size if size else 0.0,
        "timed_out": art.timed_out,
    }


def scaling(page: str) -> dict[str, object]:
    """Time and peak memory of clean() on 1x/10x/100x ``page`` concatenated, one
    1 MB line and 200k short lines; ratios to the 1x time."""
    page = page if page.endswith("\n") else page + "\n"
    cases: list[tuple[str, Callable[[], str]]] = [
        ("page_x1", lambda: page),
        ("page_x10", lambda: page * 10),
        ("page_x100", lambda: page * 100),
        ("one_1mb_line", lambda: ("word " * 200_000)[:1_000_000]),
        ("short_lines_200k", lambda: "".join(f"item {i}\n" for i in range(200_000))),
    ]
    results: dict[str, dict[str, float | int | bool | str]] = {}
    stop_growing = False
    for name, make in cases:
        if stop_growing and name.startswith("page_"):
            results[name] = {"skipped": f"previous size took over {MAX_SCALING_CALL_S:.0f}s"}
            continue
        r = _measure(make())
        results[name] = {**r}
        if name.startswith("page_") and float(r["seconds"]) > MAX_SCALING_CALL_S:
            stop_growing = True
    base = results["page_x1"]
    base_s = float(base["seconds"]) or 1e-9
    for name in ("page_x10", "page_x100"):
        case = results[name]
        if "seconds" in case:
            case["time_ratio_to_x1"] = float(case["seconds"]) / base_s
    return {"page_bytes": base["input_bytes"], "cases": results,
            "memory_target": "peak <= 10 x input bytes + constant"}
