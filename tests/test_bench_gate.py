"""The regression gate's logic, on synthetic figures (no corpus, no clean())."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

# benchmarks/ is a folder of the repository, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import gate
from benchmarks.gate import EPSILON, compare, figures_of, update_baseline

BASE: dict[str, Any] = {
    "floors": {"c/w3m": {"precision": 0.80, "recall": 0.90}},
    "fingerprints": {"c": "aaa"},
}


def _status(report: gate.GateReport) -> dict[tuple[str, str], str]:
    return {(f.key, f.metric): f.status for f in report.findings}


def test_figures_at_or_above_floor_pass() -> None:
    r = compare({"c/w3m": {"precision": 0.80, "recall": 0.95}}, {"c": "aaa"}, BASE)
    assert r.ok and not r.changed
    assert set(_status(r).values()) == {"ok"}


def test_a_drop_within_epsilon_passes_and_beyond_fails() -> None:
    fp = {"c": "aaa"}
    within = compare({"c/w3m": {"precision": 0.80 - EPSILON / 2, "recall": 0.9}}, fp, BASE)
    assert within.ok
    beyond = compare({"c/w3m": {"precision": 0.80 - 2 * EPSILON, "recall": 0.9}}, fp, BASE)
    assert not beyond.ok
    assert [(f.key, f.metric) for f in beyond.failed] == [("c/w3m", "precision")]


def test_new_and_missing_sets_do_not_fail() -> None:
    r = compare({"c/html_text": {"precision": 0.1, "recall": 0.1}}, {"c": "aaa"}, BASE)
    s = _status(r)
    assert s[("c/w3m", "precision")] == "missing"
    assert s[("c/html_text", "recall")] == "new"
    assert r.ok


def test_fingerprint_mismatch_is_reported_on_every_figure_of_the_corpus() -> None:
    r = compare({"c/w3m": {"precision": 0.5, "recall": 0.95}}, {"c": "bbb"}, BASE)
    assert r.changed == {"c": ("aaa", "bbb")}
    assert all(f.data_changed for f in r.findings)
    assert not r.ok  # floors are still checked
    text = gate.format_report(r)
    assert "pinned on other data" in text and "aaa" in text and "bbb" in text


def test_update_raises_floors_and_pins_fingerprints() -> None:
    new, lowering = update_baseline({"c/w3m": {"precision": 0.85123, "recall": 0.9},
                                     "c/inscriptis": {"precision": 0.5, "recall": 0.6}},
                                    {"c": "bbb"}, BASE)
    assert not lowering
    assert new["floors"]["c/w3m"] == {"precision": 0.8512, "recall": 0.9}
    assert new["floors"]["c/inscriptis"] == {"precision": 0.5, "recall": 0.6}
    assert new["fingerprints"] == {"c": "bbb"}


def test_update_refuses_to_lower_a_floor() -> None:
    figures = {"c/w3m": {"precision": 0.70, "recall": 0.95}}
    new, lowering = update_baseline(figures, {"c": "aaa"}, BASE)
    assert new == BASE
    assert [(f.key, f.metric, f.value) for f in lowering] == [("c/w3m", "precision", 0.70)]


def test_update_lowers_with_allow_regression() -> None:
    figures = {"c/w3m": {"precision": 0.70, "recall": 0.95}}
    new, lowering = update_baseline(figures, {"c": "aaa"}, BASE, allow_regression=True)
    assert lowering
    assert new["floors"]["c/w3m"] == {"precision": 0.70, "recall": 0.95}


def test_update_keeps_a_floor_a_figure_misses_by_less_than_epsilon() -> None:
    figures = {"c/w3m": {"precision": 0.80 - EPSILON / 2, "recall": 0.9}}
    new, lowering = update_baseline(figures, {"c": "aaa"}, BASE, allow_regression=True)
    assert not lowering
    assert new["floors"]["c/w3m"]["precision"] == 0.80


def test_pinned_floor_never_exceeds_the_figure() -> None:
    new, _ = update_baseline({"c/x": {"precision": 0.123456789, "recall": 1 / 3}}, {}, {})
    assert new["floors"]["c/x"]["precision"] <= 0.123456789
    assert compare({"c/x": {"precision": 0.123456789, "recall": 1 / 3}}, {}, new).ok


def _results(p: float, fp: str = "aaa", limit: int | None = None) -> dict[str, Any]:
    return {
        "meta": {"date": "2026-01-01T00:00:00+00:00", "git_rev": "abc", "python": "3.11",
                 "limit": limit, "corpora": {"c": {"path": "x", "fingerprint": fp}}},
        "sets": [{"key": "c/w3m", "pages": 3, "newsclean": {"precision": p, "recall": 0.95}},
                 {"key": "c/empty", "pages": 0, "newsclean": {"precision": 0.0, "recall": 0.0}}],
    }


def test_figures_of_skips_empty_sets() -> None:
    assert figures_of(_results(0.9)) == {"c/w3m": {"precision": 0.9, "recall": 0.95}}


def test_cli_exit_codes_and_update(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(BASE))
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(_results(0.9)))
    bad.write_text(json.dumps(_results(0.5)))
    args = ["--baseline", str(baseline), "--results"]
    assert gate.main([*args, str(good)]) == 0
    assert gate.main([*args, str(bad)]) == 1
    assert gate.main([*args, str(bad), "--update"]) == 1
    assert "refusing to lower" in capsys.readouterr().out
    assert json.loads(baseline.read_text())["floors"] == BASE["floors"]
    assert gate.main([*args, str(good), "--update"]) == 0
    assert json.loads(baseline.read_text())["floors"]["c/w3m"]["precision"] == 0.9


def test_cli_refuses_partial_results(tmp_path: Path) -> None:
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(_results(0.9, limit=5)))
    with pytest.raises(SystemExit, match="--limit"):
        gate.main(["--results", str(partial), "--baseline", str(tmp_path / "b.json")])
