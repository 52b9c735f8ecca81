"""``python -m benchmarks.report``: where newsclean loses, line by line.

- per-Label table (``corpus/`` gold, all renderers pooled): for each gold label,
  how many lines we kept, extracted or removed, and what we labelled them;
- removals and *blamed false removals* per pass: lines a pass took out of the
  body whose gold label is ``body``/``heading``, with examples;
- on shared corpora with ``with``/``without`` gold: each missed ``with``
  segment is located in the input and blamed on the pass(es) that removed
  its lines (``not in input`` when the renderer lost it);
- the worst pages of every set, with their F1.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsclean import Article, Label
from newsclean.model import KEPT_LABELS, REMOVED_LABELS

from .corpora import REPO_ROOT, CorpusError, Page, PageSet, default_shared_root
from .evaluate import WORST_PAGES, run_newsclean, score_outputs
from .run import collect_sets
from .scoring import normalize_ws
from .tables import format_table

__all__ = ["blame_segment", "label_table", "main", "pass_table"]


def _fate(label: Label) -> str:
    if label in KEPT_LABELS:
        return "kept"
    if label in REMOVED_LABELS:
        return "removed"
    return "blank" if label is Label.BLANK else "extracted"


def label_table(pairs: Sequence[tuple[Page, Article]]) -> str:
    """Per gold label: lines, and how many we kept / extracted / removed, top confusions."""
    fates: dict[str, Counter[str]] = {}
    as_: dict[str, Counter[str]] = {}
    for page, art in pairs:
        assert page.gold is not None
        for g, r in zip(page.gold.labels, art.lines, strict=False):
            if g is Label.BLANK:
                continue
            fates.setdefault(g.value, Counter())[_fate(r.label)] += 1
            as_.setdefault(g.value, Counter())[r.label.value] += 1
    rows = []
    for name in sorted(fates, key=lambda k: -sum(fates[k].values())):
        f = fates[name]
        top = ", ".join(f"{lab} {n}" for lab, n in as_[name].most_common(3))
        rows.append([name, str(sum(f.values())), str(f["kept"]), str(f["extracted"]),
                     str(f["removed"]), top])
    return format_table(["gold label", "lines", "kept", "extracted", "removed", "ours (top 3)"],
                        rows, left=(0, 5))


def pass_table(pairs: Sequence[tuple[Page, Article]], examples: int) -> str:
    """Per pass: lines removed, by label, and false removals with examples."""
    removed: Counter[str] = Counter()
    extracted: Counter[str] = Counter()
    false: Counter[str] = Counter()
    by_label: dict[str, Counter[str]] = {}
    shown: dict[str, list[str]] = {}
    for page, art in pairs:
        assert page.gold is not None
        for g, r in zip(page.gold.labels, art.lines, strict=False):
            if r.label is Label.BLANK or r.kept:
                continue
            (removed if r.removed else extracted)[r.pass_name] += 1
            by_label.setdefault(r.pass_name, Counter())[r.label.value] += 1
            if g in KEPT_LABELS:
                false[r.pass_name] += 1
                ex = shown.setdefault(r.pass_name, [])
                if len(ex) < examples:
                    ex.append(f"    {page.id}:{r.index + 1} {g.value}->{r.label.value} "
                              f"[{r.evidence[:50]}] {r.text.strip()[:70]}")
    passes = sorted(set(removed) | set(extracted), key=lambda p: -false[p])
    rows = [[p, str(removed[p]), str(extracted[p]), str(false[p]),
             ", ".join(f"{lab} {n}" for lab, n in by_label[p].most_common(4))] for p in passes]
    out = [format_table(["pass", "removed", "extracted", "false removals", "labels given"], rows,
                        left=(0, 4))]
    for p in passes:
        if shown.get(p):
            out += [f"  {p}: false removals (gold -> ours), e.g.", *shown[p]]
    return "\n".join(out)


def blame_segment(segment: str, art: Article) -> list[str]:
    """The passes that removed the input lines holding ``segment`` (whitespace-
    normalised); ``["not in input"]`` when the page text does not contain it."""
    target = normalize_ws(segment)
    offsets: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for r in art.lines:
        t = normalize_ws(r.text)
        if not t:
            continue
        parts.append(t)
        offsets.append((pos, r.index))
        pos += len(t) + 1
    joined = " ".join(parts)
    at = joined.find(target)
    if at < 0 or not target:
        return ["not in input"]
    end = at + len(target)
    blamed = []
    for (start, idx), t in zip(offsets, parts, strict=False):
        if start < end and start + len(t) > at:
            r = art.lines[idx]
            if not r.kept:
                blamed.append(r.pass_name or "?")
    return sorted(set(blamed)) or ["kept, but split/joined differently"]


def segment_blame_table(ps: PageSet, arts: Sequence[Article | None]) -> str:
    blame: Counter[str] = Counter()
    missed = 0
    for page, art in zip(ps.pages, arts, strict=False):
        if art is None or page.with_ is None:
            continue
        out = normalize_ws(art.text)
        for seg in page.with_:
            if normalize_ws(seg) not in out:
                missed += 1
                for who in blame_segment(seg, art):
                    blame[who] += 1
    rows = [[who, str(n)] for who, n in blame.most_common()]
    return f"{ps.key}: {missed} 'with' segments missed\n" + format_table(
        ["blamed on", "segments"], rows)


def _worst(ps: PageSet, arts: Sequence[Article | None], n: int) -> list[list[str]]:
    _, per_page = score_outputs(ps, [a.text if a else "" for a in arts])
    return [[ps.key, s.id[:44], f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}",
             s.url[:60]] for s in sorted(per_page, key=lambda s: (s.f1, s.id))[:n]]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.report", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    ap.add_argument("--corpora", default=None,
                    help="shared-corpora folder (default ../shared/corpora if present); 'none'")
    ap.add_argument("--renderers", default=None, help="comma list (default: all)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--examples", type=int, default=3, help="false removals shown per pass")
    ap.add_argument("--worst", type=int, default=WORST_PAGES, help="worst pages per set")
    args = ap.parse_args(argv)
    if args.corpora == "none":
        shared = None
    else:
        shared = Path(args.corpora) if args.corpora else default_shared_root()
        if args.corpora is None and not shared.is_dir():
            shared = None
    renderers = args.renderers.split(",") if args.renderers else None
    try:
        sets, _ = collect_sets(args.corpus, shared, renderers, args.limit)
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    runs = {ps.key: run_newsclean(ps.pages).articles for ps in sets}
    own = [(p, a) for ps in sets for p, a in zip(ps.pages, runs[ps.key], strict=False)
           if p.gold is not None and a is not None and len(a.lines) == len(p.gold.labels)]
    parts = []
    if own:
        parts += [f"corpus/: {len(own)} pages, line level, all renderers pooled", "",
                  label_table(own), "", pass_table(own, args.examples)]
    for ps in sets:
        if ps.metric == "segments":
            parts += ["", segment_blame_table(ps, runs[ps.key])]
    rows = [row for ps in sets if ps.pages for row in _worst(ps, runs[ps.key], args.worst)]
    parts += ["", "worst pages",
              format_table(["set", "page", "F1", "P", "R", "url"], rows, left=(0, 1, 5))]
    print("\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
