"""``python -m benchmarks.gate``: check precision/recall against pinned floors.

``benchmarks/baseline.json`` pins, per corpus x renderer, a floor for newsclean's
precision and recall, and the SHA-256 fingerprint of each corpus's file set.

- ``python -m benchmarks.gate``: score newsclean now (no peers) and compare;
  exit 1 when a figure is below its floor by more than :data:`EPSILON`.
- ``--results FILE``: compare a saved results file (e.g. ``results/latest.json``)
  instead of running.
- ``--update``: raise floors to the current figures; refuses (exit 1) to lower
  any floor unless ``--allow-regression`` is given.

A changed fingerprint means the floors were pinned on other data: the gate
says so next to every figure of that corpus, still checks the floors, and
``--update`` re-pins the fingerprint with the floors.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = [
    "EPSILON",
    "METRICS",
    "Finding",
    "GateReport",
    "compare",
    "figures_of",
    "fingerprints_of",
    "load_baseline",
    "main",
    "update_baseline",
]

BASELINE: Final = Path(__file__).resolve().parent / "baseline.json"
METRICS: Final = ("precision", "recall")

#: How far below its floor a figure may fall and still pass.
#: clean() is deterministic and the data is fingerprinted, so on the same data
#: figures reproduce exactly but for: (1) floors are stored rounded down to 4
#: decimals (< 0.0001); (2) ``\w`` follows the running Python's Unicode
#: database, which differs between 3.10 and 3.13 for a few characters and moves
#: a shingle figure by far less than 0.001 on these corpora. 0.001 covers both
#: and is still below what one regressed page costs in the smallest shared set
#: (a 0.2 drop on one of 111 AEB pages moves the mean by 0.0018).
EPSILON: Final = 0.001
#: Decimals kept in baseline.json (floors are rounded down, so a figure always
#: passes the floor pinned from it).
DECIMALS: Final = 4


@dataclass(frozen=True, slots=True)
class Finding:
    """One figure against its floor. ``status``: ``ok``, ``fail`` (below the
    floor by more than epsilon), ``new`` (no floor pinned yet) or ``missing``
    (pinned, but not in the results: corpus absent or renderer not run)."""

    key: str
    metric: str
    floor: float | None
    value: float | None
    status: str
    data_changed: bool = False


@dataclass(frozen=True, slots=True)
class GateReport:
    findings: tuple[Finding, ...]
    #: corpus -> (pinned fingerprint, current fingerprint), only where they differ.
    changed: dict[str, tuple[str, str]]

    @property
    def failed(self) -> list[Finding]:
        return [f for f in self.findings if f.status == "fail"]

    @property
    def ok(self) -> bool:
        return not self.failed


Figures = Mapping[str, Mapping[str, float]]


def figures_of(results: Mapping[str, Any]) -> dict[str, dict[str, float]]:
    """``{corpus/renderer: {"precision", "recall"}}`` of newsclean in a results dict."""
    return {s["key"]: {m: float(s["newsclean"][m]) for m in METRICS}
            for s in results["sets"] if s["pages"]}


def fingerprints_of(results: Mapping[str, Any]) -> dict[str, str]:
    return {c: v["fingerprint"] for c, v in results["meta"]["corpora"].items()}


def _corpus(key: str) -> str:
    return key.split("/", 1)[0]


def compare(
    figures: Figures,
    fingerprints: Mapping[str, str],
    baseline: Mapping[str, Any],
    eps: float = EPSILON,
) -> GateReport:
    """Every pinned and every current figure against its floor."""
    floors: Mapping[str, Mapping[str, float]] = baseline.get("floors", {})
    pinned_fp: Mapping[str, str] = baseline.get("fingerprints", {})
    changed = {c: (pinned_fp[c], fp) for c, fp in fingerprints.items()
               if c in pinned_fp and pinned_fp[c] != fp}
    findings = []
    for key in sorted(set(floors) | set(figures)):
        stale = _corpus(key) in changed
        for m in METRICS:
            floor = floors.get(key, {}).get(m)
            value = figures.get(key, {}).get(m)
            if value is None:
                status = "missing"
            elif floor is None:
                status = "new"
            elif value < floor - eps or math.isnan(value):
                status = "fail"
            else:
                status = "ok"
            findings.append(Finding(key, m, floor, value, status, stale))
    return GateReport(tuple(findings), changed)


def _round_down(x: float) -> float:
    q = 10**DECIMALS
    return math.floor(x * q + 1e-9) / q


def update_baseline(
    figures: Figures,
    fingerprints: Mapping[str, str],
    baseline: Mapping[str, Any],
    *,
    allow_regression: bool = False,
    eps: float = EPSILON,
) -> tuple[dict[str, Any], list[Finding]]:
    """The baseline with floors raised to ``figures`` and fingerprints re-pinned,
    plus the figures that would lower a floor. When any would and
    ``allow_regression`` is false, the baseline comes back unchanged.

    A figure within ``eps`` below its floor keeps the old floor (it is noise,
    not a reason to lower it); floors of sets not in ``figures`` are kept."""
    report = compare(figures, fingerprints, baseline, eps)
    lowering = report.failed
    if lowering and not allow_regression:
        return dict(baseline), lowering
    floors: dict[str, dict[str, float]] = {
        k: dict(v) for k, v in baseline.get("floors", {}).items()
    }
    for key, vals in figures.items():
        entry = floors.setdefault(key, {})
        for m in METRICS:
            new = _round_down(vals[m])
            old = entry.get(m)
            if old is None or new > old or (allow_regression and new < old - eps):
                entry[m] = new
    fps = dict(baseline.get("fingerprints", {}))
    fps.update(fingerprints)
    out = {k: v for k, v in baseline.items() if k not in ("floors", "fingerprints")}
    out["floors"] = {k: floors[k] for k in sorted(floors)}
    out["fingerprints"] = {k: fps[k] for k in sorted(fps)}
    return out, lowering


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    if not path.is_file():
        return {"floors": {}, "fingerprints": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def format_report(report: GateReport, eps: float = EPSILON) -> str:
    from .tables import format_table

    lines = [f"gate: a figure may be at most {eps} below its floor "
             "(EPSILON, see benchmarks/gate.py)"]
    for c, (old, new) in sorted(report.changed.items()):
        lines.append(f"NOTE: {c}: data changed since the floors were pinned (fingerprint "
                     f"{old[:12]} -> {new[:12]}); its floors were pinned on other data. "
                     "Re-pin with: python -m benchmarks.gate --update")
    rows = [[f.key, f.metric, "-" if f.floor is None else f"{f.floor:.4f}",
             "-" if f.value is None else f"{f.value:.4f}",
             f.status.upper() if f.status == "fail" else f.status,
             "data changed" if f.data_changed else ""] for f in report.findings]
    lines.append(format_table(["corpus/renderer", "metric", "floor", "now", "status", ""], rows))
    if report.failed:
        lines.append(f"FAIL: {len(report.failed)} figure(s) below their floor")
        if any(f.data_changed for f in report.failed):
            lines.append("  some are on changed data: if the new pages explain the drop, "
                         "re-pin with --update --allow-regression")
    else:
        lines.append("PASS")
    return "\n".join(lines)


def _current(args: argparse.Namespace) -> dict[str, Any]:
    if args.results:
        results: dict[str, Any] = json.loads(Path(args.results).read_text(encoding="utf-8"))
        if results["meta"].get("limit"):
            raise SystemExit(f"error: {args.results} was made with --limit "
                             f"{results['meta']['limit']}; the gate needs a full run")
        return results
    from .corpora import REPO_ROOT, default_shared_root
    from .run import collect_sets, run_benchmark

    shared = Path(args.corpora) if args.corpora else default_shared_root()
    if not args.corpora and not shared.is_dir():
        print(f"note: {shared} not found; checking corpus/ floors only", file=sys.stderr)
        shared = None  # type: ignore[assignment]
    renderers = args.renderers.split(",") if args.renderers else None
    sets, corpora = collect_sets(REPO_ROOT / "corpus", shared, renderers)
    return run_benchmark(sets, corpora, memory=False)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--results", help="check this results JSON instead of running")
    ap.add_argument("--corpora", help="shared-corpora folder (default ../shared/corpora)")
    ap.add_argument("--renderers", help="comma-separated renderers (default: all)")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    ap.add_argument("--update", action="store_true", help="raise floors to current figures")
    ap.add_argument("--allow-regression", action="store_true",
                    help="with --update: also lower floors")
    args = ap.parse_args(argv)
    from .corpora import CorpusError

    try:
        results = _current(args)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    figures, fps = figures_of(results), fingerprints_of(results)
    baseline = load_baseline(args.baseline)
    report = compare(figures, fps, baseline)
    print(format_report(report))
    if not args.update:
        return 0 if report.ok else 1
    new, lowering = update_baseline(figures, fps, baseline, allow_regression=args.allow_regression)
    if lowering and not args.allow_regression:
        print("\nrefusing to lower floors: " + ", ".join(
            f"{f.key} {f.metric} {f.floor:.4f} -> {f.value:.4f}" for f in lowering)
            + "\n(rerun with --update --allow-regression if this is intended)")
        return 1
    new["pinned"] = {"date": results["meta"]["date"], "git_rev": results["meta"]["git_rev"],
                     "python": results["meta"]["python"]}
    new.setdefault("comment", "Floors of newsclean's precision/recall per corpus/renderer and "
                   "corpus fingerprints; update with python -m benchmarks.gate --update.")
    args.baseline.write_text(json.dumps(new, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwrote {args.baseline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
