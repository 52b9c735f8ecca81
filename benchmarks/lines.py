"""Line-level scores against ``corpus/`` gold (one :class:`~newsclean.Label` per line).

- kept-line precision/recall: a line is *kept* when its label is ``body`` or
  ``heading`` (``LineResult.kept``); blank lines are ignored; counts are pooled
  over all lines of all pages of a set.
- per-pass precision: of the lines a pass removed (``LineResult.removed``, the
  deciding ``pass_name``), the share whose gold label is also boilerplate.
- blamed false removals: lines a pass took out of the body (removed *or*
  extracted) whose gold label is ``body``/``heading``.
- per-kind recall: for each gold boilerplate label, the share of those lines our
  output removed or extracted (i.e. did not keep).
- metadata accuracy, where the gold header has the key: title exact after
  whitespace normalisation; authors list equal; published: first 10 characters
  equal; and ``is_article`` accuracy on every page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsclean import Article, Label
from newsclean.explain import GoldPage
from newsclean.model import KEPT_LABELS, REMOVED_LABELS

from .scoring import f1, normalize_ws

__all__ = ["LineMismatch", "LineTally", "MetaTally"]


class LineMismatch(ValueError):
    """clean() returned a different number of lines than the gold file has."""


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class LineTally:
    """Pooled line-level counts over the pages of one corpus x renderer set."""

    kept_tp: int = 0
    kept_fp: int = 0
    kept_fn: int = 0
    removed_by_pass: Counter[str] = field(default_factory=Counter)
    removed_right_by_pass: Counter[str] = field(default_factory=Counter)
    false_removals_by_pass: Counter[str] = field(default_factory=Counter)
    kind_total: Counter[str] = field(default_factory=Counter)
    kind_caught: Counter[str] = field(default_factory=Counter)
    #: (gold label, our label) -> lines; the confusion matrix.
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: GoldPage, article: Article, *, name: str = "<page>") -> None:
        """Count one page. Raises :class:`LineMismatch` when the line counts differ."""
        if len(article.lines) != len(gold.labels):
            raise LineMismatch(
                f"{name}: clean() returned {len(article.lines)} lines, "
                f"the gold file has {len(gold.labels)}"
            )
        for g, r in zip(gold.labels, article.lines, strict=False):
            self.confusion[(g.value, r.label.value)] += 1
            if g is Label.BLANK and r.label is Label.BLANK:
                continue
            gold_kept = g in KEPT_LABELS
            if r.kept and gold_kept:
                self.kept_tp += 1
            elif r.kept:
                self.kept_fp += 1
            elif gold_kept:
                self.kept_fn += 1
                if r.label is not Label.BLANK:
                    self.false_removals_by_pass[r.pass_name] += 1
            if r.removed:
                self.removed_by_pass[r.pass_name] += 1
                if g in REMOVED_LABELS:
                    self.removed_right_by_pass[r.pass_name] += 1
            if g in REMOVED_LABELS:
                self.kind_total[g.value] += 1
                if not r.kept:
                    self.kind_caught[g.value] += 1

    @property
    def precision(self) -> float:
        return _ratio(self.kept_tp, self.kept_tp + self.kept_fp) or 0.0

    @property
    def recall(self) -> float:
        return _ratio(self.kept_tp, self.kept_tp + self.kept_fn) or 0.0

    def to_dict(self) -> dict[str, object]:
        passes = sorted(set(self.removed_by_pass) | set(self.false_removals_by_pass))
        return {
            "kept_precision": self.precision,
            "kept_recall": self.recall,
            "kept_f1": f1(self.precision, self.recall),
            "kept_counts": {"tp": self.kept_tp, "fp": self.kept_fp, "fn": self.kept_fn},
            "per_pass": {
                p: {
                    "removed": self.removed_by_pass[p],
                    "precision": _ratio(self.removed_right_by_pass[p], self.removed_by_pass[p]),
                    "false_removals": self.false_removals_by_pass[p],
                }
                for p in passes
            },
            "per_kind_recall": {
                k: {
                    "lines": self.kind_total[k],
                    "recall": _ratio(self.kind_caught[k], self.kind_total[k]),
                }
                for k in sorted(self.kind_total)
            },
            "confusion": {f"{g}->{o}": n for (g, o), n in sorted(self.confusion.items())},
        }


@dataclass
class MetaTally:
    """Metadata and is_article accuracy against gold headers."""

    present: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)

    def _check(self, key: str, ok: bool) -> None:
        self.present[key] += 1
        self.correct[key] += int(ok)

    def add(self, gold: GoldPage, article: Article) -> None:
        """Count one page; a field counts only where the gold header has its key."""
        h = gold.header
        if "title" in h:
            want = normalize_ws(h["title"]) or None
            got = normalize_ws(article.title) if article.title else None
            self._check("title", want == got)
        if "authors" in h:
            self._check("authors", list(article.authors) == gold.authors)
        if "published" in h:
            want_d = h["published"].strip()[:10] or None
            got_d = article.published.isoformat()[:10] if article.published else None
            self._check("published", want_d == got_d)
        self._check("is_article", article.is_article == gold.is_article)

    def accuracy(self, key: str) -> float | None:
        return _ratio(self.correct[key], self.present[key])

    def to_dict(self) -> dict[str, dict[str, float | int | None]]:
        return {
            k: {"pages": self.present[k], "accuracy": self.accuracy(k)}
            for k in ("title", "authors", "published", "is_article")
            if self.present[k]
        }
