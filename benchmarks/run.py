"""``python -m benchmarks.run``: score newsclean and its peers, print a table,
write ``benchmarks/results/latest.json`` and the charts.

Run from the repository root. See ``benchmarks/README.md`` for the options.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import newsclean

from .corpora import (
    REPO_ROOT,
    CorpusError,
    PageSet,
    default_shared_root,
    load_own,
    load_shared,
    own_fingerprint,
    own_name,
)
from .evaluate import evaluate_set
from .peers import PEER_NAMES, PeerCache, make_peers
from .speed import scaling, synthetic_page
from .tables import render

__all__ = ["collect_sets", "main", "run_benchmark"]

RESULTS_DIR = Path(__file__).resolve().parent / "results"
LATEST = RESULTS_DIR / "latest.json"

MEMORY_METHOD = ("tracemalloc peak of Python allocations during one clean() call, "
                 "max over the 10 largest pages of the set (separate, untimed pass)")


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], cwd=REPO_ROOT, capture_output=True, text=True,
                             timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def _limit(ps: PageSet, limit: int | None) -> PageSet:
    if not limit:
        return ps
    return PageSet(ps.corpus, ps.renderer, ps.pages[:limit], ps.problems)


def collect_sets(
    own: Path | None,
    shared: Path | None,
    renderers: Sequence[str] | None = None,
    limit: int | None = None,
) -> tuple[list[PageSet], dict[str, dict[str, str]]]:
    """Page sets to score and ``{corpus: {"path", "fingerprint"}}``.
    Raises :class:`CorpusError` naming a missing folder."""
    sets: list[PageSet] = []
    corpora: dict[str, dict[str, str]] = {}
    if own is not None:
        own_sets = [_limit(ps, limit) for ps in load_own(own)
                    if not renderers or ps.renderer in renderers]
        sets += own_sets
        corpora[own_name(own)] = {"path": str(own), "fingerprint": own_fingerprint(own)}
    if shared is not None:
        for ps, fp in load_shared(shared, renderers, limit):
            sets.append(ps)
            corpora[ps.corpus] = {"path": str(shared / ps.corpus) if ps.corpus != shared.name
                                  else str(shared), "fingerprint": fp}
    return sets, corpora


def _overall_speed(sets: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    pages = sum(s["pages"] for s in sets)
    ours = sum(s["newsclean"]["total_s"] for s in sets)
    tok = sum(s["tokenise_baseline"]["total_s"] for s in sets)
    return {
        "pages": pages,
        "newsclean_docs_per_s": pages / ours if ours else None,
        "newsclean_mb_per_s": sum(s["input_bytes"] for s in sets) / 1e6 / ours if ours else None,
        "tokenise_docs_per_s": pages / tok if tok else None,
        "tokenise_ratio": ours / tok if tok else None,
    }


def _scaling_page(sets: Sequence[PageSet]) -> str:
    """The median-size page of the first shared set (real boilerplate), else of any set."""
    ordered = sorted(sets, key=lambda s: any(p.gold is not None for p in s.pages))
    for ps in ordered:
        if ps.pages:
            pages = sorted(ps.pages, key=lambda p: len(p.text))
            return pages[len(pages) // 2].text
    return synthetic_page()


def run_benchmark(
    sets: Sequence[PageSet],
    corpora: dict[str, dict[str, str]],
    *,
    peer_names: Sequence[str] = (),
    use_cache: bool = True,
    memory: bool = True,
    with_scaling: bool = False,
    limit: int | None = None,
    log: Any = None,
) -> dict[str, Any]:
    """Evaluate every set; the JSON-ready results dict."""
    def say(msg: str) -> None:
        if log is not None:
            print(msg, file=log, flush=True)

    peers, skipped = make_peers(list(peer_names))
    for name, why in skipped.items():
        say(f"peer {name} skipped: {why}")
    cache = PeerCache(enabled=use_cache)
    t0 = time.perf_counter()
    results_sets = []
    for ps in sets:
        say(f"{ps.key}: {len(ps.pages)} pages")
        results_sets.append(evaluate_set(ps, peers=peers, cache=cache, memory=memory,
                                         progress=say))
        cache.save()
    results: dict[str, Any] = {
        "meta": {
            "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "git_rev": _git("rev-parse", "--short", "HEAD"),
            "git_dirty": bool(_git("status", "--porcelain", "--", "src")),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "newsclean_version": newsclean.__version__,
            "limit": limit,
            "peers": [p.name for p in peers],
            "peers_skipped": skipped,
            "memory_method": MEMORY_METHOD if memory else None,
            "corpora": corpora,
            "seconds": None,
        },
        "sets": results_sets,
        "speed": _overall_speed(results_sets),
        "scaling": None,
    }
    if with_scaling:
        say("scaling")
        results["scaling"] = scaling(_scaling_page(sets))
    results["meta"]["seconds"] = round(time.perf_counter() - t0, 1)
    return results


def _peer_list(arg: str) -> list[str]:
    if arg == "none":
        return []
    if arg == "all":
        return list(PEER_NAMES)
    names = [n.strip() for n in arg.split(",") if n.strip()]
    unknown = [n for n in names if n not in PEER_NAMES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown peer(s) {', '.join(unknown)}; "
            f"choose none, all or from {', '.join(PEER_NAMES)}")
    return names


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus",
                    help="our gold pages (default: corpus/); 'none' to skip")
    ap.add_argument("--corpora", default=None,
                    help="folder in the shared-corpora format (default: ../shared/corpora "
                         "when present); 'none' to skip")
    ap.add_argument("--renderers", default=None,
                    help="comma-separated renderers to score (default: all)")
    ap.add_argument("--limit", type=int, default=None,
                    help="only the first N pages of each set (results are then not gated)")
    ap.add_argument("--peers", type=_peer_list, default=list(PEER_NAMES),
                    help=f"none, all (default) or a comma list of: {', '.join(PEER_NAMES)}")
    ap.add_argument("--no-cache", action="store_true", help="rerun peers, ignoring .cache/")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak-memory pass")
    ap.add_argument("--scaling", action="store_true",
                    help="also time 1x/10x/100x a page, a 1 MB line, 200k short lines")
    ap.add_argument("--no-charts", action="store_true", help="do not write the PNG charts")
    ap.add_argument("--output", type=Path, default=LATEST, help="results JSON path")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    own = None if str(args.corpus) == "none" else args.corpus
    if args.corpora == "none":
        shared = None
    elif args.corpora is None:
        shared = default_shared_root() if default_shared_root().is_dir() else None
    else:
        shared = Path(args.corpora)
    renderers = [r.strip() for r in args.renderers.split(",")] if args.renderers else None
    try:
        sets, corpora = collect_sets(own, shared, renderers, args.limit)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if shared is None and args.corpora is None:
        print(f"note: {default_shared_root()} not found; scoring corpus/ only", file=sys.stderr)
    results = run_benchmark(sets, corpora, peer_names=args.peers, use_cache=not args.no_cache,
                            memory=not args.no_memory, with_scaling=args.scaling,
                            limit=args.limit, log=sys.stderr)
    print(render(results))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(args.output)
    print(f"\nwrote {args.output}")
    if not args.no_charts:
        try:
            from .charts import write_charts
        except ImportError as e:
            print(f"charts skipped: {e} (install the 'bench' extra)", file=sys.stderr)
        else:
            for p in write_charts(results, args.output.parent):
                print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
