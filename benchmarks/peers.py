"""Peers run side by side with newsclean on the same input, and their output cache.

- ``unchanged``: the text as it came (the floor every extractor must beat).
- ``justext``: each non-blank line wrapped as a ``<p>``; the stoplist is picked
  per page as the one with the highest stopword hit rate.
- ``trafilatura``: ``trafilatura.extract`` on the same ``<p>``-wrapped lines.
- ``trafilatura_html``: ``trafilatura.extract`` on the page's real HTML, where
  the corpus has it: the reference that sees markup (``clean()`` never does).

A peer whose package is missing is skipped with a reason. Outputs (and the
seconds they took) are cached in ``benchmarks/.cache/`` keyed by peer, peer
version, corpus, renderer, page id and the SHA-256 of the input text.
"""

from __future__ import annotations

import gzip
import html
import importlib.metadata
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .corpora import Page

__all__ = [
    "PEER_NAMES",
    "Peer",
    "PeerCache",
    "PeerOutput",
    "lines_as_html",
    "make_peers",
    "run_peer",
]

PEER_NAMES: Final = ("unchanged", "justext", "trafilatura", "trafilatura_html")
#: Part of every cached peer's version: bump it when how a peer is called
#: (the <p> wrapping, the stoplist choice, extract() options) changes.
METHOD: Final = "m1"
CACHE_DIR: Final = Path(__file__).resolve().parent / ".cache"
_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Peer:
    """An extractor: ``extract(page)`` returns its body text, or None when the
    peer does not apply to the page (no HTML)."""

    name: str
    version: str
    extract: Callable[[Page], str | None]
    sees_markup: bool = False
    #: False for peers cheaper than a cache lookup.
    cacheable: bool = True


@dataclass(frozen=True, slots=True)
class PeerOutput:
    """A peer's body text (None: not applicable), its seconds, whether it came
    from the cache, and whether the peer raised (the text is then empty)."""

    text: str | None
    seconds: float
    cached: bool
    error: bool = False


def lines_as_html(text: str) -> str:
    """Each non-blank line as one escaped ``<p>`` paragraph of a minimal page."""
    paras = "".join(f"<p>{html.escape(t)}</p>\n" for t in text.splitlines() if t.strip())
    return f"<html><body>\n{paras}</body></html>"


def _version(dist: str) -> str:
    try:
        return f"{importlib.metadata.version(dist)}+{METHOD}"
    except importlib.metadata.PackageNotFoundError:
        return f"unknown+{METHOD}"


def _unchanged() -> Peer:
    return Peer("unchanged", "1", lambda page: page.text, cacheable=False)


def _justext() -> Peer:
    import justext  # type: ignore[import-untyped]

    stoplists = {name: justext.get_stoplist(name) for name in justext.get_stoplists()}

    def best_stoplist(text: str) -> frozenset[str]:
        words = Counter(w.lower() for w in _WORD.findall(text))
        return max(stoplists.values(), key=lambda sl: sum(n for w, n in words.items() if w in sl))

    def extract(page: Page) -> str:
        paras = justext.justext(lines_as_html(page.text).encode("utf-8"), best_stoplist(page.text),
                                encoding="utf-8")
        return "\n\n".join(p.text for p in paras if not p.is_boilerplate)

    return Peer("justext", _version("jusText"), extract)


def _trafilatura_extract() -> Callable[[str], str | None]:
    import trafilatura

    def run(markup: str) -> str | None:
        # Comments are boilerplate in every gold we score, so they are left out.
        return trafilatura.extract(markup, include_comments=False)

    return run


def _trafilatura() -> Peer:
    run = _trafilatura_extract()
    def extract(page: Page) -> str:
        return run(lines_as_html(page.text)) or ""

    return Peer("trafilatura", _version("trafilatura"), extract)


def _trafilatura_html() -> Peer:
    run = _trafilatura_extract()

    def extract(page: Page) -> str | None:
        markup = page.read_html()
        return None if markup is None else run(markup) or ""

    return Peer("trafilatura_html", _version("trafilatura"), extract, sees_markup=True)


_FACTORIES: Final[dict[str, Callable[[], Peer]]] = {
    "unchanged": _unchanged,
    "justext": _justext,
    "trafilatura": _trafilatura,
    "trafilatura_html": _trafilatura_html,
}


def make_peers(names: list[str]) -> tuple[list[Peer], dict[str, str]]:
    """The peers that can run, and ``{name: reason}`` for those skipped."""
    unknown = [n for n in names if n not in _FACTORIES]
    if unknown:
        raise ValueError(f"unknown peer(s) {unknown}; known: {', '.join(PEER_NAMES)}")
    peers: list[Peer] = []
    skipped: dict[str, str] = {}
    for name in names:
        try:
            peers.append(_FACTORIES[name]())
        except ImportError as e:  # extra "bench" not installed, or a broken install
            skipped[name] = f"not importable ({e}); install the 'bench' extra"
    return peers, skipped


class PeerCache:
    """Peer outputs on disk: one gzipped JSON per (peer, version, corpus, renderer),
    mapping ``"<page id>\\t<text sha256>"`` to ``[text, seconds, error]``."""

    def __init__(self, root: Path = CACHE_DIR, *, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self._data: dict[Path, dict[str, list[object]]] = {}
        self._dirty: set[Path] = set()

    def _path(self, peer: Peer, corpus: str, renderer: str) -> Path:
        safe = re.sub(r"[^\w.-]", "_", f"{peer.name}-{peer.version}")
        return self.root / safe / corpus / f"{renderer}.json.gz"

    def _table(self, path: Path) -> dict[str, list[object]]:
        if path not in self._data:
            try:
                with gzip.open(path, "rt", encoding="utf-8") as f:
                    self._data[path] = json.load(f)
            except (OSError, ValueError):
                self._data[path] = {}
        return self._data[path]

    def get(self, peer: Peer, page: Page) -> PeerOutput | None:
        if not (self.enabled and peer.cacheable):
            return None
        table = self._table(self._path(peer, page.corpus, page.renderer))
        hit = table.get(f"{page.id}\t{page.sha}")
        if hit is None:
            return None
        text, seconds, *rest = hit
        return PeerOutput(None if text is None else str(text), float(seconds),  # type: ignore[arg-type]
                          cached=True, error=bool(rest and rest[0]))

    def put(self, peer: Peer, page: Page, out: PeerOutput) -> None:
        if not (self.enabled and peer.cacheable):
            return
        path = self._path(peer, page.corpus, page.renderer)
        self._table(path)[f"{page.id}\t{page.sha}"] = [out.text, out.seconds, out.error]
        self._dirty.add(path)

    def save(self) -> None:
        for path in self._dirty:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            with gzip.open(tmp, "wt", encoding="utf-8") as f:
                json.dump(self._data[path], f)
            tmp.replace(path)
        self._dirty.clear()


def run_peer(peer: Peer, page: Page, cache: PeerCache) -> PeerOutput:
    """The peer's output on one page, from the cache when possible. A peer that
    raises yields an empty output (counted, like newsclean's errors)."""
    hit = cache.get(peer, page)
    if hit is not None:
        return hit
    t0 = time.perf_counter()
    error = False
    try:
        text = peer.extract(page)
    except Exception:  # a peer's crash on one page must not stop the benchmark
        text, error = "", True
    out = PeerOutput(text, time.perf_counter() - t0, cached=False, error=error)
    cache.put(peer, page, out)
    return out
