"""Plain-text tables of a results dict (what ``python -m benchmarks.run`` prints)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

__all__ = [
    "format_table",
    "lines_table",
    "main_table",
    "peer_table",
    "render",
    "scaling_table",
    "worst_table",
]

Result = Mapping[str, Any]


def _fmt(v: object, spec: str = ".3f") -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return format(v, spec)
    return str(v)


def format_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], left: Collection[int] = (0,)
) -> str:
    """Columns in ``left`` (default: the first) left-aligned, others right-aligned,
    a dashed rule under the header."""
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i in left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=False))
        ).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def main_table(sets: Sequence[Result]) -> str:
    header = ["corpus/renderer", "metric", "pages", "P", "R", "F1", "title", "authors",
              "date", "is_art", "docs/s", "MB/s", "p50ms", "p99ms", "peakMB", "err"]
    rows = []
    for s in sets:
        n = s["newsclean"]
        meta = s.get("meta_accuracy", {})

        def acc(k: str, meta: Mapping[str, Any] = meta) -> str:
            return _fmt(meta[k]["accuracy"], ".2f") if k in meta else "-"

        peak = n.get("peak_memory_bytes")
        rows.append([
            s["key"], "aeb" if s["metric"] == "aeb-shingle" else "seg", str(s["pages"]),
            _fmt(n["precision"]), _fmt(n["recall"]), _fmt(n["f1"]),
            acc("title"), acc("authors"), acc("published"), acc("is_article"),
            _fmt(n["docs_per_s"], ".0f"), _fmt(n["mb_per_s"], ".2f"),
            _fmt(n["p50_ms"], ".2f"), _fmt(n["p99_ms"], ".1f"),
            _fmt(peak / 1e6, ".1f") if peak is not None else "-", str(n["errors"]),
        ])
    return format_table(header, rows, left=(0, 1))


def peer_table(sets: Sequence[Result]) -> str:
    header = ["corpus/renderer", "extractor", "P", "R", "F1", "docs/s", "ours/x speed",
              "cached", "err"]
    rows = []
    for s in sets:
        n = s["newsclean"]
        rows.append([s["key"], "newsclean", _fmt(n["precision"]), _fmt(n["recall"]),
                     _fmt(n["f1"]), _fmt(n["docs_per_s"], ".0f"), "1.0x", "-",
                     str(n["errors"])])
        for name, p in s.get("peers", {}).items():
            if "skipped" in p:
                rows.append([s["key"], name, "-", "-", "-", "-", "-", "skipped", "-"])
                continue
            ratio = p.get("newsclean_speed_ratio")
            rows.append([s["key"], name, _fmt(p["precision"]), _fmt(p["recall"]),
                         _fmt(p["f1"]), _fmt(p["docs_per_s"], ".0f"),
                         f"{ratio:.2g}x" if ratio and name != "unchanged" else "-",
                         f"{p['cached_share']:.0%}", str(p.get("errors", 0))])
    return format_table(header, rows, left=(0, 1))


def lines_table(s: Result) -> str:
    """Kept-line P/R, per-pass precision and per-kind recall of one set with line gold."""
    lines = s["lines"]
    out = [f"{s['key']}: kept lines P {_fmt(lines['kept_precision'])} "
           f"R {_fmt(lines['kept_recall'])} F1 {_fmt(lines['kept_f1'])}"]
    rows = [[p, str(v["removed"]), _fmt(v["precision"]), str(v["false_removals"])]
            for p, v in sorted(lines["per_pass"].items())]
    if rows:
        out.append(format_table(["pass", "removed", "precision", "false removals"], rows))
    rows = [[k, str(v["lines"]), _fmt(v["recall"])]
            for k, v in sorted(lines["per_kind_recall"].items())]
    if rows:
        out.append(format_table(["gold boilerplate", "lines", "recall"], rows))
    return "\n".join(out)


def worst_table(sets: Sequence[Result]) -> str:
    rows = [[s["key"], w["id"][:40], _fmt(w["f1"]), _fmt(w["precision"]), _fmt(w["recall"]),
             w["url"][:60]] for s in sets for w in s["worst"]]
    return format_table(["corpus/renderer", "page", "F1", "P", "R", "url"], rows, left=(0, 1, 5))


def scaling_table(scaling: Result) -> str:
    rows = []
    for name, c in scaling["cases"].items():
        if "skipped" in c:
            rows.append([name, "-", "-", "-", "-", "-", "-", c["skipped"]])
            continue
        ratio = c.get("time_ratio_to_x1")
        kept = c.get("retained_per_input_byte")  # absent in results of older runs
        rows.append([name, f"{c['input_bytes'] / 1e6:.3f}", f"{c['seconds'] * 1000:.1f}",
                     f"{c['mb_per_s']:.2f}", f"{ratio:.1f}" if ratio else "-",
                     f"{c['peak_per_input_byte']:.1f}", f"{kept:.1f}" if kept is not None else "-",
                     "timed out" if c["timed_out"] else ""])
    return format_table(["input", "MB", "ms", "MB/s", "time/x1", "peak/input", "kept/input", ""],
                        rows)


def render(results: Result) -> str:
    """The whole printed report of a run."""
    sets = results["sets"]
    parts = []
    if sets:
        parts += ["newsclean per corpus x renderer", main_table(sets)]
        if any("peers" in s for s in sets):
            parts += ["", "side by side (same text input; trafilatura_html sees the HTML)",
                      peer_table(sets)]
        for s in sets:
            if "lines" in s:
                parts += ["", lines_table(s)]
        parts += ["", "worst pages", worst_table(sets)]
    else:
        parts.append("no pages to score")
    sp = results.get("speed", {})
    if sp.get("tokenise_ratio") is not None:
        parts += ["", f"speed: newsclean {sp['newsclean_docs_per_s']:.0f} docs/s, "
                      f"{sp['tokenise_ratio']:.1f}x the time of tokenising every line once "
                      f"(\\w+ findall: {sp['tokenise_docs_per_s']:.0f} docs/s)"]
    if results.get("scaling"):
        parts += ["", f"scaling (page of {results['scaling']['page_bytes']} bytes; "
                      f"target: {results['scaling']['memory_target']})",
                  scaling_table(results["scaling"])]
    for s in sets:
        for msg in [*s.get("problems", []), *s.get("errors", [])[:5],
                    *s.get("line_mismatches", [])[:5]]:
            parts.append(f"note: {s['key']}: {msg}")
    return "\n".join(parts)
