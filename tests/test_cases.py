"""Golden cases: one file per case in tests/cases/<folder>/<slug>.txt (see cases/README.md).

The marker column is stripped to get the page; clean() must give every line the label the
file records. cases/known_failures/ runs under xfail(strict=True): each records the right
answer for a page we get wrong today.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean
from newsclean.explain import parse_marked_line

CASES = Path(__file__).parent / "cases"
FILES = sorted(CASES.glob("*/*.txt"))


def read_case(path: Path) -> tuple[dict[str, str], list[str], list[str]]:
    """``(header, page lines, expected labels)`` of a case file."""
    header: dict[str, str] = {}
    lines: list[str] = []
    labels: list[str] = []
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not lines and raw.startswith("# "):
            key, _, value = raw[2:].partition(":")
            header[key.strip()] = value.strip()
            continue
        parsed = parse_marked_line(raw)
        assert parsed is not None, f"{path.name}:{no}: not in the marker format: {raw!r}"
        _, label, text = parsed
        lines.append(text)
        labels.append(label)
    return header, lines, labels


def _param(path: Path) -> object:
    rel = path.relative_to(CASES).as_posix()
    if path.parent.name == "known_failures":
        header = read_case(path)[0]
        return pytest.param(path, id=rel, marks=pytest.mark.xfail(
            strict=True, reason=f"known failure: {header.get('purpose', '')}"))
    return pytest.param(path, id=rel)


def test_there_are_cases() -> None:
    assert len(FILES) >= 15
    assert any(p.parent.name == "negative" for p in FILES)
    assert any(p.parent.name == "known_failures" for p in FILES)


@pytest.mark.parametrize("path", [_param(p) for p in FILES])
def test_case(path: Path) -> None:
    header, lines, expected = read_case(path)
    assert "renderer" in header and "purpose" in header, "header needs renderer and purpose"
    a = clean("\n".join(lines) + "\n")
    got = [r.label.value for r in a.lines]
    diffs = [f"line {i + 1}: expected {e}, got {g} ({a.lines[i].pass_name}) | {lines[i][:60]}"
             for i, (e, g) in enumerate(zip(expected, got)) if e != g]
    assert len(got) == len(expected)
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "negative"],
                         ids=lambda p: p.stem)
def test_negative_cases_keep_all_prose(path: Path) -> None:
    _, lines, expected = read_case(path)
    for text, label in zip(lines, expected):
        if text.endswith(".") and len(text.split()) >= 10 and not text.startswith("©"):
            assert label == "body", text


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "negative"],
                         ids=lambda p: p.stem)
def test_no_lexicon_phrase_hits_negative_prose(path: Path) -> None:
    from newsclean.lines import split_lines

    _, lines, expected = read_case(path)
    for ln, label in zip(split_lines("\n".join(lines)), expected):
        if label == "body":
            assert ln.lex is None or ln.lex.kind == "prefix", (ln.text, ln.lex)
