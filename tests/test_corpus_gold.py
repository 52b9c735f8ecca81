"""The team's gold corpus (corpus/pages): every gold file is valid, matches its
page text, has a well-formed header, and the collection keeps the coverage
promise made in corpus/README.md.

These tests check the corpus, not the extractor: they never call ``clean()``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from newsclean.explain import parse_gold
from newsclean.model import Label

PAGES = Path(__file__).resolve().parent.parent / "corpus" / "pages"
GOLDS = sorted(PAGES.glob("*.gold"))

#: Renderer styles the corpus promises, and the spellings accepted for them.
RENDERERS = ("w3m", "innertext", "inscriptis", "markdown", "wet", "lynx")
RENDERER_ALIASES = {
    "w3m": "w3m",
    "innertext": "innertext",
    "html_text": "innertext",
    "html-text": "innertext",
    "htmltext": "innertext",
    "inscriptis": "inscriptis",
    "markdown": "markdown",
    "md": "markdown",
    "wet": "wet",
    "commoncrawl": "wet",
    "common-crawl": "wet",
    # terminal browsers that print numbered links and hard-wrapped paragraphs
    "lynx": "lynx",
    "links": "lynx",
    "elinks": "lynx",
}
#: The coverage promise of corpus/README.md (both engineers' pages together).
MIN_PAGES = 40
MIN_LANGUAGES = 6
MIN_NOT_ARTICLES = 3

SLUG = re.compile(r"^(?P<lang>[a-z]{2})-(?P<renderer>[a-z0-9_]+)-(?P<kind>[a-z0-9_]+)-[a-z0-9][a-z0-9-]*$")
KEPT = {Label.BODY, Label.HEADING}


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.casefold()))


def _renderer(gold_path: Path, header: dict[str, str]) -> str | None:
    raw = header.get("renderer", "").strip()
    if not raw:
        m = SLUG.match(gold_path.stem)
        raw = m["renderer"] if m else ""
    return RENDERER_ALIASES.get(raw.strip().lower().replace(" ", ""))


def _language(gold_path: Path, header: dict[str, str]) -> str:
    lang = header.get("language", "").strip().lower()
    return lang or gold_path.stem[:2]


def _load(path: Path):
    return parse_gold(path.read_text(encoding="utf-8"), name=path.name)


def test_corpus_folder_exists() -> None:
    assert PAGES.is_dir(), f"missing {PAGES}"
    assert GOLDS, "corpus/pages holds no .gold file"


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_gold_parses_and_matches_its_txt(gold_path: Path) -> None:
    page = _load(gold_path)  # raises GoldError naming every bad line
    txt = gold_path.with_suffix(".txt")
    assert txt.exists(), f"{txt.name} missing: run corpus/tools/gold2txt.py"
    text = txt.read_text(encoding="utf-8")
    assert text.splitlines() == list(page.lines), (
        f"{txt.name} differs from {gold_path.name}: run corpus/tools/gold2txt.py"
    )


def test_every_txt_has_a_gold() -> None:
    orphans = [t.name for t in PAGES.glob("*.txt") if not t.with_suffix(".gold").exists()]
    assert not orphans, f"pages without a gold file: {orphans}"


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_slug_and_header_are_well_formed(gold_path: Path) -> None:
    page = _load(gold_path)
    h = page.header
    m = SLUG.match(gold_path.stem)
    assert m, f"slug {gold_path.stem!r} is not <lang>-<renderer>-<kind>-<short-name>"

    lang = h.get("language", "").strip()
    if lang:
        assert re.fullmatch(r"[a-z]{2}", lang), f"language {lang!r} is not a 2-letter code"
        assert lang == m["lang"], f"language {lang!r} disagrees with the slug prefix {m['lang']!r}"

    assert _renderer(gold_path, h) in RENDERERS, (
        f"renderer {h.get('renderer')!r} is not one of {RENDERERS}"
    )

    if "is_article" in h:
        assert h["is_article"].strip() in ("true", "false")

    pub = page.meta("published")
    if pub:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub), f"published {pub!r} is not YYYY-MM-DD"
        dt.date.fromisoformat(pub)

    for key, sep in (("authors", ";"), ("captions", " || ")):
        v = h.get(key)
        if v is not None and v.strip():
            parts = v.split(sep)
            assert all(p.strip() for p in parts), f"empty item in {key}: {v!r}"


def _runs(page, label: Label) -> list[str]:
    """The runs of consecutive lines labelled ``label``, each joined into one string."""
    runs: list[str] = []
    prev = False
    for text, lab in zip(page.lines, page.labels):
        if lab == label:
            if prev:
                runs[-1] = _norm(f"{runs[-1]} {text}")
            else:
                runs.append(_norm(text))
        prev = lab == label
    return runs


@pytest.mark.parametrize("gold_path", GOLDS, ids=_ids(GOLDS))
def test_header_agrees_with_the_labels(gold_path: Path) -> None:
    page = _load(gold_path)
    by_label: dict[Label, list[str]] = {}
    for text, lab in zip(page.lines, page.labels):
        by_label.setdefault(lab, []).append(text)

    kept = [t for lab in KEPT for t in by_label.get(lab, [])]
    if page.is_article:
        assert len(kept) >= 3, "an article page needs at least 3 body/heading lines"
    else:
        assert not kept, "a not-article page must have no body/heading lines"

    title = page.meta("title")
    if title:
        # a hard-wrapped (lynx) headline runs over consecutive title lines
        titles = [_norm(t) for t in by_label.get(Label.TITLE, [])] + _runs(page, Label.TITLE)
        assert any(_norm(title) in t for t in titles), (
            f"header title {title!r} is not found in any line labelled 'title'"
        )
    elif page.is_article:
        pytest.fail("an article page needs a '# title:' header")

    bylines = _norm(" ".join(by_label.get(Label.BYLINE, [])))
    for author in page.authors:
        assert _norm(author) in bylines, f"author {author!r} is not in any 'byline' line"

    sub = page.meta("subtitle")
    if sub:
        have = _tokens(" ".join(by_label.get(Label.SUBTITLE, [])))
        assert _tokens(sub) <= have, f"subtitle words missing from 'subtitle' lines: {_tokens(sub) - have}"

    caps = page.meta("captions")
    if caps:
        have = _tokens(" ".join(by_label.get(Label.CAPTION, [])))
        for cap in caps.split(" || "):
            assert _tokens(cap) <= have, f"caption words missing from 'caption' lines: {_tokens(cap) - have}"


def test_coverage_promise() -> None:
    """>= 40 pages (all languages, both authors), >= 6 languages, every renderer
    style, >= 3 not-article pages: the promise of corpus/README.md."""
    pages = {p: _load(p) for p in GOLDS}
    langs = Counter(_language(p, g.header) for p, g in pages.items())
    renderers = Counter(_renderer(p, g.header) for p, g in pages.items())
    not_articles = [p.stem for p, g in pages.items() if not g.is_article]
    assert len(pages) >= MIN_PAGES, f"{len(pages)} gold pages, promised >= {MIN_PAGES}"
    assert len(langs) >= MIN_LANGUAGES, f"languages {dict(langs)}, promised >= {MIN_LANGUAGES}"
    missing = [r for r in RENDERERS if not renderers.get(r)]
    assert not missing, f"renderer styles missing: {missing}"
    assert len(not_articles) >= MIN_NOT_ARTICLES, f"not-article pages: {not_articles}"
