"""Scores, exactly as ``../shared/corpora/README.md`` defines them, plus line-level scores.

Two page-level metrics, chosen by the kind of gold:

- ``body`` gold (AEB shingle metric): tokens are ``\\w+`` matches, 4-token
  shingles with counts; per page TP/FP/FN are normalised by their sum;
  precision and recall are averaged over pages (precision only over pages
  with a prediction); F1 = 2PR/(P+R) of those means.
- ``with``/``without`` gold (segments): whitespace-normalised substring match
  of each segment in the output; counts pooled over all pages.

Our own implementation; ``tests/test_bench_scoring.py`` checks it against the
reference scorer when ``../shared/tools/score.py`` is present. Edge cases follow
the reference on purpose (a text of 1-3 tokens is one short shingle; a page whose
gold and prediction are both empty scores 1/1 but is left out of both means).

Line-level scores (``corpus/`` gold with one label per line) live in :mod:`benchmarks.lines`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

__all__ = [
    "SHINGLE_SIZE",
    "PageCounts",
    "Scores",
    "SegmentCounts",
    "aeb_counts",
    "aeb_score",
    "f1",
    "normalize_ws",
    "segment_counts",
    "segment_score",
    "shingles",
    "tokens",
]

#: Shingle length of the AEB metric (the article-extraction-benchmark's choice).
SHINGLE_SIZE: Final = 4
_TOKEN: Final = re.compile(r"\w+")
_WS: Final = re.compile(r"\s+")


def f1(p: float, r: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of one set of pages under one metric."""

    metric: str
    docs: int
    precision: float
    recall: float
    f1: float


# --- AEB shingle metric ------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``."""
    return _TOKEN.findall(text)


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Counted n-token shingles. A text shorter than ``n`` tokens (but not empty)
    is one shorter shingle, as in the reference; an empty text has none."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True, slots=True)
class PageCounts:
    """One page's TP/FP/FN shingle counts, normalised by their sum (all 0 when the sum is 0)."""

    tp: float
    fp: float
    fn: float

    @property
    def has_prediction(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def has_gold(self) -> bool:
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def aeb_counts(gold: str, pred: str) -> PageCounts:
    """Normalised shingle TP/FP/FN of one page."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if not total:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def _mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def aeb_score(pages: Iterable[PageCounts]) -> Scores:
    """Mean precision (over pages with a prediction) and mean recall (over pages
    with gold), F1 of the means. Empty sets score 0 instead of raising."""
    counts = list(pages)
    p = _mean([c.precision for c in counts if c.has_prediction])
    r = _mean([c.recall for c in counts if c.has_gold])
    return Scores("aeb-shingle", len(counts), p, r, f1(p, r))


# --- with/without segment metric -------------------------------------------------


def normalize_ws(text: str) -> str:
    """Runs of whitespace to one space, stripped."""
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class SegmentCounts:
    """Segment matches of one page: ``with`` found (tp) / missed (fn),
    ``without`` found (fp) / absent (tn)."""

    tp: int
    fn: int
    fp: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def __add__(self, other: SegmentCounts) -> SegmentCounts:
        return SegmentCounts(
            self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn
        )


def segment_counts(with_: Sequence[str], without: Sequence[str], pred: str) -> SegmentCounts:
    """Which ``with`` / ``without`` segments occur in ``pred`` (whitespace-normalised)."""
    out = normalize_ws(pred)
    found = sum(1 for s in with_ if normalize_ws(s) in out)
    leaked = sum(1 for s in without if normalize_ws(s) in out)
    return SegmentCounts(found, len(with_) - found, leaked, len(without) - leaked)


def segment_score(pages: Iterable[SegmentCounts]) -> Scores:
    """Pooled precision and recall of segment counts."""
    counts = list(pages)
    total = sum(counts, SegmentCounts(0, 0, 0, 0))
    return Scores("segments", len(counts), total.precision, total.recall, total.f1)
