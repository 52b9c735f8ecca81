"""The shared seed pages: the checks of ../shared/tools/measure.py (seeds_line), one by one.

The seeds live outside this repository; the tests skip when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import Article, clean

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
GOLDS = sorted(SEEDS.glob("*.gold.json")) if SEEDS.is_dir() else []

pytestmark = pytest.mark.skipif(
    not GOLDS, reason=f"no seed gold files: {SEEDS} is absent (the shared checkout is not here)")

_cache: dict[Path, tuple[dict[str, object], Article]] = {}


def _load(path: Path) -> tuple[dict[str, object], Article]:
    if path not in _cache:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / str(gold["source"])).read_text(encoding="utf-8")
        _cache[path] = (gold, clean(text))
    return _cache[path]


def _ids(p: Path) -> str:
    return p.name.split(".")[0]


@pytest.fixture(params=GOLDS or [None], ids=_ids if GOLDS else None)
def seed(request: pytest.FixtureRequest) -> tuple[dict[str, object], Article]:
    return _load(request.param)


def test_body_paragraphs_in_order(seed) -> None:
    gold, a = seed
    allowed = set(gold.get("subheadings_allowed_in_body", []))
    body = [p for p in a.paragraphs if p not in allowed]
    assert a.paragraphs == tuple(gold["body"]) or body == gold["body"]


def test_title(seed) -> None:
    gold, a = seed
    assert a.title == gold["title"]


def test_authors(seed) -> None:
    gold, a = seed
    assert list(a.authors) == gold["authors"]


def test_published(seed) -> None:
    gold, a = seed
    assert (str(a.published)[:10] if a.published else None) == gold["published"]


def test_section(seed) -> None:
    gold, a = seed
    assert a.section == gold["section"]


def test_captions(seed) -> None:
    gold, a = seed
    assert list(a.captions) == gold["captions"]


def test_no_boilerplate_in_body(seed) -> None:
    gold, a = seed
    leaked = [s for s in gold["must_not_be_in_body"] if s in a.text]
    assert not leaked


def test_every_line_accounted_for(seed) -> None:
    gold, a = seed
    text = (SEEDS / str(gold["source"])).read_text(encoding="utf-8")
    assert [r.text for r in a.lines] == text.splitlines()


@pytest.mark.parametrize("path", GOLDS, ids=_ids)
def test_idempotent(path: Path) -> None:
    _, a = _load(path)
    assert clean(a.text).text == a.text
