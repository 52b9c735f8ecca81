"""clean_many: input order, processes, laziness, and no silent drops."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import newsclean.batch
from newsclean import Config, clean
from newsclean.batch import clean_many, ordered_map

PAGES = [
    f"Home\nNews\nSport\n\nStory {i}. A first paragraph of the story, with enough words "
    f"to read as prose, number {i}.\n\nShare\nTweet\n" * (1 + i % 3)
    for i in range(40)
] + ["", "   \n\n", "Only a title"]


def _dicts(articles: object) -> list[object]:
    return [a.to_dict() if a is not None else None for a in articles]  # type: ignore[attr-defined]


def test_clean_many_equals_clean_in_order() -> None:
    expected = [clean(p).to_dict() for p in PAGES]
    assert _dicts(clean_many(PAGES)) == expected


def test_two_jobs_give_the_same_results_in_order() -> None:
    expected = [clean(p).to_dict() for p in PAGES]
    assert _dicts(clean_many(iter(PAGES), jobs=2, chunksize=3)) == expected


def test_config_reaches_the_workers() -> None:
    config = Config(disabled=frozenset({"lexicon_match"}))
    expected = [clean(p, config=config).to_dict() for p in PAGES[:6]]
    assert _dicts(clean_many(PAGES[:6], jobs=2, chunksize=1, config=config)) == expected


def test_non_str_item_raises_type_error_naming_its_index() -> None:
    it = clean_many(["one", "two", b"three", "four"])  # type: ignore[list-item]
    assert [a.lines[0].text for a in itertools.islice(it, 2)] == ["one", "two"]
    with pytest.raises(TypeError, match=r"item 2 is bytes, not str"):
        next(it)


def test_non_str_item_with_jobs_raises_at_its_position() -> None:
    got: list[str] = []
    with pytest.raises(TypeError, match="item 3 is NoneType"):
        for a in clean_many(["a", "b", "c", None, "e"], jobs=2, chunksize=2):  # type: ignore[list-item]
            got.append(a.lines[0].text)
    assert got == ["a", "b", "c"]


def test_on_error_none_keeps_positions() -> None:
    out = list(clean_many(["a", 5, "c"], on_error="none"))
    assert out[1] is None and out[0] is not None and out[2] is not None


def test_cleaning_exception_is_reraised_with_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str, *, config: Config | None = None) -> object:
        if text == "bad":
            raise RuntimeError("pass exploded")
        return clean(text, config=config)

    monkeypatch.setattr(newsclean.batch, "clean", boom)
    with pytest.raises(RuntimeError, match="pass exploded") as info:
        list(clean_many(["ok", "bad", "ok"]))
    assert any("item 1" in n for n in getattr(info.value, "__notes__", ["item 1"]))
    assert list(clean_many(["ok", "bad"], on_error="none"))[1] is None


def test_input_is_read_lazily() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"page {i}"

    results = clean_many(endless(), jobs=2, chunksize=2)
    first = list(itertools.islice(results, 3))
    results.close()  # type: ignore[attr-defined]
    assert [a.lines[0].text for a in first] == ["page 0", "page 1", "page 2"]
    assert pulled <= 2 * 4 * 2 + 2 * 2  # the window, not the (endless) input


def test_ordered_map_rejects_bad_chunksize() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        list(ordered_map(str, [1], chunksize=0))


def test_bad_on_error_is_rejected_at_once() -> None:
    with pytest.raises(ValueError, match="on_error"):
        clean_many(["x"], on_error="skip")  # type: ignore[call-overload]
