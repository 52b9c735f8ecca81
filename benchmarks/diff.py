"""``python -m benchmarks.diff [OLD [NEW]]``: lines whose verdict changed between two
revisions of newsclean (Black's diff-shades idea, at line level).

``OLD`` defaults to ``HEAD``, ``NEW`` to the working tree (``WORKTREE``). Each
revision's ``src/`` is exported with ``git archive`` into a temporary folder
and run in a subprocess, so the two versions never share an interpreter. The
pages are ``corpus/`` and, with ``--corpora``, shared-corpora pages (use
``--limit`` / ``--renderers`` to keep it quick). Prints every changed line as
``page:line  old_label(pass) -> new_label(pass) | text`` and a summary.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from .corpora import REPO_ROOT, CorpusError, default_shared_root
from .run import collect_sets
from .tables import format_table

__all__ = ["WORKTREE", "changed_lines", "export_src", "main", "verdicts"]

WORKTREE: Final = "WORKTREE"
_WORKER: Final = Path(__file__).resolve().parent / "_diff_worker.py"

#: (label, pass) of every line of every page, keyed by page key.
Verdicts = dict[str, list[tuple[str, str]]]


def export_src(rev: str, dest: Path) -> Path:
    """``src/`` of ``rev`` (or the working tree) under ``dest``; the folder to put on sys.path."""
    if rev == WORKTREE:
        return REPO_ROOT / "src"
    try:
        data = subprocess.run(["git", "archive", "--format=tar", rev, "src"], cwd=REPO_ROOT,
                              capture_output=True, check=True).stdout
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"error: git archive {rev} failed: {e.stderr.decode().strip()}") from e
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        try:
            tar.extractall(dest, filter="data")
        except TypeError:  # Python < 3.10.12 has no extraction filters; git's own tar
            tar.extractall(dest)
    return dest / "src"


def verdicts(rev: str, pages: dict[str, str], tmp: Path) -> Verdicts:
    """Run ``rev``'s clean() on ``pages`` in a subprocess."""
    src = export_src(rev, tmp / rev.replace("/", "_"))
    inp, out = tmp / "pages.json", tmp / f"out-{rev.replace('/', '_')}.json"
    inp.write_text(json.dumps(pages), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(_WORKER), str(src), str(inp), str(out)],
                          capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"error: newsclean at {rev} failed:\n{proc.stderr.strip()[-2000:]}")
    data: dict[str, list[list[str]]] = json.loads(out.read_text(encoding="utf-8"))
    return {k: [(lab, p) for lab, p in v] for k, v in data.items()}


def changed_lines(
    pages: dict[str, str], old: Verdicts, new: Verdicts
) -> list[tuple[str, int, tuple[str, str], tuple[str, str], str]]:
    """``(page, line index, old verdict, new verdict, text)`` of lines whose label changed."""
    out = []
    for key, text in pages.items():
        lines = text.splitlines()
        for i, (a, b) in enumerate(zip(old.get(key, []), new.get(key, []), strict=False)):
            if a[0] != b[0]:
                out.append((key, i, a, b, lines[i] if i < len(lines) else ""))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.diff", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", nargs="?", default="HEAD", help="git revision (default HEAD)")
    ap.add_argument("new", nargs="?", default=WORKTREE,
                    help=f"git revision or {WORKTREE} (default)")
    ap.add_argument("--corpora", nargs="?", const="", default=None,
                    help="also shared-corpora pages (default folder ../shared/corpora)")
    ap.add_argument("--renderers", default=None, help="comma list (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    ap.add_argument("--max-lines", type=int, default=200, help="changed lines printed")
    args = ap.parse_args(argv)
    shared = None
    if args.corpora is not None:
        shared = Path(args.corpora) if args.corpora else default_shared_root()
    renderers = args.renderers.split(",") if args.renderers else None
    try:
        sets, _ = collect_sets(REPO_ROOT / "corpus", shared, renderers, args.limit)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    pages = {f"{p.corpus}/{p.renderer}/{p.id}": p.text for ps in sets for p in ps.pages}
    with tempfile.TemporaryDirectory(prefix="newsclean-diff-") as d:
        old = verdicts(args.old, pages, Path(d))
        new = verdicts(args.new, pages, Path(d))
    changes = changed_lines(pages, old, new)
    for key, i, a, b, text in changes[: args.max_lines]:
        print(f"{key}:{i + 1}  {a[0]}({a[1]}) -> {b[0]}({b[1]}) | {text.strip()[:100]}")
    if len(changes) > args.max_lines:
        print(f"... {len(changes) - args.max_lines} more (--max-lines)")
    moves = Counter((a[0], b[0]) for _, _, a, b, _ in changes)
    print(f"\n{len(changes)} line(s) changed on {len({c[0] for c in changes})} of "
          f"{len(pages)} page(s), {args.old} -> {args.new}")
    if moves:
        print(format_table(["old", "new", "lines"],
                           [[a, b, str(n)] for (a, b), n in moves.most_common()], left=(0, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
