#!/usr/bin/env python3
"""Derive (or check) ``pages/<slug>.txt`` from ``pages/<slug>.gold``.

The gold file is the source of truth: its marker lines carry the page text
verbatim after ``| ``. This script writes ``GoldPage.text`` plus a final newline
next to each gold, so the page that ``clean()`` sees is exactly the page that
was labelled.

    python corpus/tools/gold2txt.py                 # every corpus/pages/*.gold
    python corpus/tools/gold2txt.py pages/x.gold    # only these
    python corpus/tools/gold2txt.py --check         # exit 1 if a .txt is missing or differs

Only the standard library and ``newsclean.explain.parse_gold`` are used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

try:
    from newsclean.explain import GoldError, parse_gold
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from newsclean.explain import GoldError, parse_gold

PAGES = Path(__file__).resolve().parents[1] / "pages"


def txt_of(gold_path: Path) -> str:
    page = parse_gold(gold_path.read_text(encoding="utf-8"), name=gold_path.name)
    return page.text + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("golds", nargs="*", type=Path, help="gold files (default: all in corpus/pages)")
    ap.add_argument("--check", action="store_true", help="compare only, write nothing")
    args = ap.parse_args(argv)
    golds = args.golds or sorted(PAGES.glob("*.gold"))
    bad = 0
    for g in golds:
        try:
            want = txt_of(g)
        except GoldError as e:
            print(e, file=sys.stderr)
            bad += 1
            continue
        t = g.with_suffix(".txt")
        if args.check:
            have = t.read_text(encoding="utf-8") if t.exists() else None
            if have != want:
                print(f"{t}: {'missing' if have is None else 'differs from its gold'}", file=sys.stderr)
                bad += 1
        else:
            t.write_text(want, encoding="utf-8", newline="\n")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
