"""The benchmark's scorers: our own implementation of ../shared/corpora/README.md's
metrics, checked by hand and against the reference scorer when it is present."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

# benchmarks/ is a folder of the repository, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.scoring import (
    aeb_counts,
    aeb_score,
    segment_counts,
    segment_score,
    shingles,
)

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


def test_shingles_of_short_text_is_one_short_shingle() -> None:
    assert shingles("a b") == {("a", "b"): 1}
    assert shingles("") == {}
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_aeb_counts_are_normalised_per_page() -> None:
    c = aeb_counts("a b c d e", "a b c d x")
    assert (c.tp, c.fp, c.fn) == (pytest.approx(1 / 3), pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert c.precision == pytest.approx(0.5)


def test_aeb_precision_only_over_pages_with_a_prediction() -> None:
    s = aeb_score([aeb_counts("a b c d", "a b c d"), aeb_counts("a b c d", "")])
    assert s.precision == 1.0
    assert s.recall == 0.5
    assert s.f1 == pytest.approx(2 / 3)


def test_segments_are_pooled_and_whitespace_normalised() -> None:
    a = segment_counts(["keep  this", "and this"], ["drop me"], "x keep this\n y drop me")
    b = segment_counts(["more"], [], "more")
    assert (a.tp, a.fn, a.fp, a.tn) == (1, 1, 1, 0)
    s = segment_score([a, b])
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)


def test_empty_sets_score_zero_instead_of_raising() -> None:
    assert aeb_score([]).f1 == 0.0
    assert segment_score([]).f1 == 0.0


# --- against the reference scorer -------------------------------------------------------

WORDS = ["the", "a", "council", "vote", "harbour", "wall", "news", "share", "home",
         "de", "la", "über", "straße", "2024", "x"]


def _text(rng: random.Random, n: int) -> str:
    seps = [" ", " ", "\n", ", ", ".\n\n"]
    return "".join(rng.choice(WORDS) + rng.choice(seps) for _ in range(n))


Records = list[dict[str, object]]


def _synthetic_sets(seed: int) -> tuple[Records, Records, dict[str, str]]:
    rng = random.Random(seed)
    body_gold, seg_gold, pred = [], [], {}
    for i in range(12):
        gold = _text(rng, rng.choice([0, 2, 3, 5, 40]))
        words = gold.split()
        kind = rng.choice(["same", "part", "noise", "empty", "missing"])
        if kind == "same":
            pred[f"b{i}"] = gold
        elif kind == "part":
            pred[f"b{i}"] = " ".join(words[: len(words) // 2]) + " " + _text(rng, 6)
        elif kind == "noise":
            pred[f"b{i}"] = _text(rng, 10)
        elif kind == "empty":
            pred[f"b{i}"] = ""
        body_gold.append({"id": f"b{i}", "body": gold})
    for i in range(10):
        out = _text(rng, 30)
        pieces = [out[j : j + 12] for j in range(0, len(out) - 12, 17)]
        seg_gold.append({
            "id": f"s{i}",
            "with": [p.replace(" ", "  ") for p in pieces[:3]] + [_text(rng, 3)],
            "without": [*pieces[3:5], _text(rng, 4)],
        })
        if i % 4:
            pred[f"s{i}"] = out
    return body_gold, seg_gold, pred


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    if not REFERENCE.is_file():
        pytest.skip(f"reference scorer not found at {REFERENCE} (shared/ tools absent)")
    spec = importlib.util.spec_from_file_location("_reference_score", REFERENCE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("_reference_score", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", range(6))
def test_same_numbers_as_the_reference_scorer(reference: ModuleType, seed: int) -> None:
    body_gold, seg_gold, pred = _synthetic_sets(seed)
    ref = reference.score(body_gold, pred)
    ours = aeb_score(aeb_counts(str(g["body"]), pred.get(str(g["id"]), "")) for g in body_gold)
    assert (ours.precision, ours.recall, ours.f1) == pytest.approx(
        (ref["precision"], ref["recall"], ref["f1"]), abs=1e-12)
    ref = reference.score(seg_gold, pred)
    ours = segment_score(
        segment_counts(g["with"], g["without"], pred.get(str(g["id"]), ""))  # type: ignore[arg-type]
        for g in seg_gold
    )
    assert (ours.precision, ours.recall, ours.f1) == pytest.approx(
        (ref["precision"], ref["recall"], ref["f1"]), abs=1e-12)
