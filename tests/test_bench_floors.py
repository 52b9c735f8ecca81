"""Score corpus/ (always) and the shared corpora (when present) and check the
floors pinned in benchmarks/baseline.json. No timing assertions.

- The shared corpora are scored on the w3m and html_text renderers only, to
  keep CI short (``NEWSCLEAN_BENCH_RENDERERS=all`` for all three, or a comma list).
- When a corpus's files changed since its floors were pinned (its SHA-256
  fingerprint differs), its floors describe other data: a figure below them
  makes the test skip (not fail) with the command to re-pin
  (``python -m benchmarks.gate --update``), so that adding a corpus page does
  not break everyone's test run. ``NEWSCLEAN_BENCH_STRICT=1``
  makes that a failure instead (for milestone CI runs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

# benchmarks/ is a folder of the repository, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpora import REPO_ROOT, default_shared_root
from benchmarks.gate import compare, figures_of, fingerprints_of, format_report, load_baseline
from benchmarks.run import collect_sets, run_benchmark

SHARED_RENDERERS = ("w3m", "html_text")


def _baseline_for(results: dict[str, Any]) -> dict[str, Any]:
    """The pinned floors of the sets this run scored (others are not 'missing' here)."""
    base = load_baseline()
    keys = {s["key"] for s in results["sets"]}
    return {**base, "floors": {k: v for k, v in base.get("floors", {}).items() if k in keys}}


def _check(own: Path | None, shared: Path | None, renderers: tuple[str, ...] | None) -> None:
    sets, corpora = collect_sets(own, shared, renderers)
    results = run_benchmark(sets, corpora, memory=False)
    errors = [e for s in results["sets"] for e in s["errors"]]
    assert not errors, f"clean() raised on benchmark pages: {errors[:5]}"
    report = compare(figures_of(results), fingerprints_of(results), _baseline_for(results))
    if not report.ok and report.changed and not os.environ.get("NEWSCLEAN_BENCH_STRICT"):
        pytest.skip(
            "below floors pinned on other data ("
            + ", ".join(f"{c}: {a[:12]} -> {b[:12]}" for c, (a, b) in report.changed.items())
            + "); re-pin with: python -m benchmarks.gate --update"
        )
    assert report.ok, "\n" + format_report(report)


def test_corpus_floors() -> None:
    _check(REPO_ROOT / "corpus", None, None)


def test_shared_corpora_floors() -> None:
    root = default_shared_root()
    if not root.is_dir():
        pytest.skip(f"shared corpora not found at {root}: their floors are not checked")
    env = os.environ.get("NEWSCLEAN_BENCH_RENDERERS", "")
    renderers = None if env == "all" else tuple(env.split(",")) if env else SHARED_RENDERERS
    _check(None, root, renderers)
