"""PNG charts of a results dict: F1 per corpus x renderer (grouped bars, newsclean
and peers) and speed in pages/s (log scale). Matplotlib with the Agg backend."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

__all__ = ["write_charts"]

F1_PNG = "f1.png"
SPEED_PNG = "speed.png"


#: In the speed chart, the cost floor of any line classifier replaces the
#: ``unchanged`` peer (which does no work, so its speed says nothing).
TOKENISE = "tokenise \\w+ (baseline)"


def _series(
    sets: Sequence[Mapping[str, Any]], field: str, *, speed: bool = False
) -> dict[str, list[float]]:
    """``{extractor: [value per set]}``; NaN where a peer did not run on a set."""
    names = ["newsclean"]
    for s in sets:
        names += [n for n, p in s.get("peers", {}).items() if n not in names and "skipped" not in p]
    if speed:
        names = [n for n in names if n != "unchanged"] + [TOKENISE]
    out: dict[str, list[float]] = {n: [] for n in names}
    for s in sets:
        for n in names:
            if n == "newsclean":
                src = s["newsclean"]
            elif n == TOKENISE:
                src = s["tokenise_baseline"]
            else:
                src = s.get("peers", {}).get(n, {})
            v = src.get(field)
            out[n].append(float(v) if v is not None else float("nan"))
    return out


#: One colour per extractor in both charts.
COLORS = {"newsclean": "#1f77b4", "unchanged": "#bbbbbb", "justext": "#2ca02c",
          "trafilatura": "#d62728", "trafilatura_html": "#9467bd", TOKENISE: "#ff7f0e"}


def _bars(ax: Any, labels: list[str], series: dict[str, list[float]], fmt: str) -> None:
    width = 0.8 / max(1, len(series))
    for i, (name, values) in enumerate(series.items()):
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(len(labels))]
        bars = ax.bar(xs, values, width, label=name, color=COLORS.get(name))
        ax.bar_label(bars, labels=[format(v, fmt) if v == v else "" for v in values],
                     fontsize=6, rotation=90, padding=2)
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right", fontsize=8)
    ax.legend(fontsize=8, ncol=min(5, len(series)), loc="upper center",
              bbox_to_anchor=(0.5, -0.28))


def write_charts(results: Mapping[str, Any], outdir: Path) -> list[Path]:
    """Write ``f1.png`` and ``speed.png`` into ``outdir``; the paths written."""
    sets = results["sets"]
    if not sets:
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    labels = [s["key"] for s in sets]
    meta = results["meta"]
    dirty = " + uncommitted src/" if meta.get("git_dirty") else ""
    stamp = f"newsclean {meta.get('git_rev') or ''}{dirty}, {meta['date'][:10]}"
    written = []
    for name, field, title, ylabel, fmt, log in (
        (F1_PNG, "f1", "F1 per corpus x renderer (same text input; trafilatura_html sees HTML)",
         "F1", ".2f", False),
        (SPEED_PNG, "docs_per_s", "Speed per corpus x renderer", "pages/s (log)", ".0f", True),
    ):
        fig, ax = plt.subplots(figsize=(max(7, 1.3 * len(labels) + 3), 5.5))
        _bars(ax, labels, _series(sets, field, speed=log), fmt)
        ax.set_title(f"{title}\n{stamp}", fontsize=10)
        ax.set_ylabel(ylabel)
        if log:
            ax.set_yscale("log")
            ax.margins(y=0.15)
        else:
            ax.set_ylim(0, 1.12)
        ax.grid(axis="y", alpha=0.3)
        fig.tight_layout()
        path = outdir / name
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)
    return written
