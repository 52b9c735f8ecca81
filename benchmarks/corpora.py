"""Loading benchmark pages: our own ``corpus/`` and folders in the shared-corpora format.

- ``corpus/pages/<slug>.txt`` (the input) + ``<slug>.gold`` (line-marker gold,
  :func:`newsclean.explain.parse_gold`); the renderer comes from the gold header
  (``# renderer: w3m``), ``unknown`` when absent.
- a shared-corpora folder (``../shared/corpora/README.md``): one sub-folder per
  corpus, each with ``<renderer>.jsonl.gz`` (fields ``id, url, renderer, text,
  html`` and gold ``body`` or ``with``/``without``). A folder that itself holds
  ``*.jsonl.gz`` files is taken as one corpus.

Every corpus has a SHA-256 fingerprint of its file set, so the gate can tell
when floors were pinned on other data.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from newsclean.explain import GoldError, GoldPage, parse_gold

__all__ = [
    "OWN_CORPUS",
    "CorpusError",
    "Page",
    "PageSet",
    "default_shared_root",
    "fingerprint",
    "load_own",
    "load_shared",
    "own_fingerprint",
    "own_name",
    "shared_corpus_dirs",
]

#: Name under which ``corpus/`` appears in tables, JSON and the baseline.
OWN_CORPUS: Final = "corpus"
REPO_ROOT: Final = Path(__file__).resolve().parent.parent


class CorpusError(RuntimeError):
    """A corpus folder is missing or malformed; the message names the path."""


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page and its gold (exactly one of ``gold``, ``body``,
    ``with_``/``without`` is set)."""

    corpus: str
    renderer: str
    id: str
    url: str
    text: str
    gold: GoldPage | None = None
    body: str | None = None
    with_: tuple[str, ...] | None = None
    without: tuple[str, ...] | None = None
    html_path: Path | None = None

    @property
    def sha(self) -> str:
        """SHA-256 of the input text (the peer-cache key)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def gold_body(self) -> str | None:
        """The reference body for the AEB metric (``body`` or the gold file's body)."""
        return self.gold.body if self.gold is not None else self.body

    def read_html(self) -> str | None:
        """The page's HTML (gzip, utf-8), or None when the corpus has none."""
        if self.html_path is None or not self.html_path.is_file():
            return None
        with gzip.open(self.html_path, "rt", encoding="utf-8", errors="replace") as f:
            return f.read()


@dataclass(frozen=True, slots=True)
class PageSet:
    """The pages of one corpus x renderer, plus what could not be loaded."""

    corpus: str
    renderer: str
    pages: tuple[Page, ...]
    problems: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.corpus}/{self.renderer}"

    @property
    def metric(self) -> str:
        """``aeb-shingle`` for body gold, ``segments`` for with/without gold."""
        if self.pages and self.pages[0].with_ is not None:
            return "segments"
        return "aeb-shingle"


def fingerprint(files: Sequence[Path], root: Path) -> str:
    """SHA-256 over the sorted (relative path, content SHA-256) pairs of ``files``."""
    h = hashlib.sha256()
    for p in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        h.update(p.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).hexdigest().encode("ascii") + b"\n")
    return h.hexdigest()


# --- corpus/ --------------------------------------------------------------------------


def _own_files(corpus_dir: Path) -> list[Path]:
    pages = corpus_dir / "pages"
    if not pages.is_dir():
        return []
    return [p for p in pages.iterdir() if p.suffix in (".txt", ".gold") and p.is_file()]


def own_fingerprint(corpus_dir: Path) -> str:
    """Fingerprint of ``corpus/pages/*.txt`` and ``*.gold``."""
    return fingerprint(_own_files(corpus_dir), corpus_dir)


def own_name(corpus_dir: Path) -> str:
    """``corpus`` for the repository's corpus/, the folder name for a private copy."""
    same = corpus_dir.resolve() == (REPO_ROOT / OWN_CORPUS).resolve()
    return OWN_CORPUS if same else corpus_dir.resolve().name


def load_own(corpus_dir: Path) -> list[PageSet]:
    """Gold pages in corpus/'s format, one :class:`PageSet` per renderer. A corpus
    with no pages yet gives an empty list; a missing folder is a :class:`CorpusError`."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir}")
    name = own_name(corpus_dir)
    by_renderer: dict[str, list[Page]] = {}
    problems: dict[str, list[str]] = {}
    for gold_path in sorted((corpus_dir / "pages").glob("*.gold")):
        slug = gold_path.stem
        try:
            gold = parse_gold(gold_path.read_text(encoding="utf-8"), name=str(gold_path))
        except GoldError as e:
            problems.setdefault("unknown", []).append(f"{gold_path}: invalid gold, skipped: {e}")
            continue
        renderer = gold.meta("renderer") or "unknown"
        txt_path = gold_path.with_suffix(".txt")
        if txt_path.is_file():
            text = txt_path.read_text(encoding="utf-8")
            if text.splitlines() != list(gold.lines):
                problems.setdefault(renderer, []).append(
                    f"{txt_path}: lines differ from {gold_path.name}, skipped"
                )
                continue
        else:
            text = gold.text + "\n"
        page = Page(name, renderer, slug, f"{name}/pages/{slug}.txt", text, gold=gold)
        by_renderer.setdefault(renderer, []).append(page)
    names = sorted(set(by_renderer) | set(problems))
    return [
        PageSet(name, r, tuple(by_renderer.get(r, ())), tuple(problems.get(r, ())))
        for r in names
    ]


# --- shared corpora -------------------------------------------------------------------


def default_shared_root() -> Path:
    """``../shared/corpora`` next to the repository."""
    return REPO_ROOT.parent / "shared" / "corpora"


def shared_corpus_dirs(root: Path) -> list[Path]:
    """Corpus folders under ``root`` (or ``root`` itself if it holds ``*.jsonl.gz``)."""
    if not root.is_dir():
        raise CorpusError(f"corpora folder not found: {root}")
    if any(root.glob("*.jsonl.gz")):
        return [root]
    dirs = sorted(d for d in root.iterdir() if d.is_dir() and any(d.glob("*.jsonl.gz")))
    if not dirs:
        raise CorpusError(
            f"no corpus in {root}: expected sub-folders holding <renderer>.jsonl.gz files"
        )
    return dirs


def _records(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _page(corpus_dir: Path, renderer: str, rec: dict[str, object]) -> Page:
    html = rec.get("html")
    with_, without = rec.get("with"), rec.get("without")
    return Page(
        corpus=corpus_dir.name,
        renderer=renderer,
        id=str(rec["id"]),
        url=str(rec.get("url") or ""),
        text=str(rec.get("text") or ""),
        body=str(rec["body"]) if "body" in rec else None,
        with_=tuple(map(str, with_)) if isinstance(with_, list) else None,
        without=tuple(map(str, without)) if isinstance(without, list) else None,
        html_path=corpus_dir / str(html) if html else None,
    )


def load_shared(
    root: Path, renderers: Sequence[str] | None = None, limit: int | None = None
) -> list[tuple[PageSet, str]]:
    """Every corpus x renderer under ``root`` as ``(PageSet, corpus fingerprint)``."""
    out: list[tuple[PageSet, str]] = []
    for d in shared_corpus_dirs(root):
        files = sorted(d.glob("*.jsonl.gz"))
        fp = fingerprint(files, d)
        for f in files:
            renderer = f.name.removesuffix(".jsonl.gz")
            if renderers and renderer not in renderers:
                continue
            pages: list[Page] = []
            for rec in _records(f):
                pages.append(_page(d, renderer, rec))
                if limit and len(pages) >= limit:
                    break
            out.append((PageSet(d.name, renderer, tuple(pages)), fp))
    return out
