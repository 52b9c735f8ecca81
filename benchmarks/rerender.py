"""The shared corpora rendered the ways they were not: robustness to the renderer.

``python -m benchmarks.rerender`` takes the w3m text (and the HTML) of every page
of the shared corpora and renders it as other tools would hand it over, then
scores newsclean and jusText on each rendering with the corpus's own metric:

- ``wrapNN``: the w3m text hard-wrapped at NN columns by a greedy wrapper, as
  lynx, links, ``w3m`` at its default width, html2text (78) and pandoc (72) print it;
- ``nodes``: the HTML with every text node on its own line, as a scraper's
  ``get_text("\\n")`` prints it (paragraphs cut at every link and emphasis);
- ``blocks``: the HTML with one line per block element and no blank lines.

Figures go to stdout as a markdown table; they are reported, never asserted.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from newsclean import clean

from .corpora import Page, default_shared_root, load_shared
from .peers import make_peers
from .scoring import Scores, aeb_counts, aeb_score, segment_counts, segment_score

#: Elements whose text is never shown.
_HIDDEN: Final = frozenset({"script", "style", "noscript", "template", "svg", "head"})
#: Elements that end a line in the ``blocks`` rendering.
_BLOCKS: Final = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "nav", "aside", "table", "tr", "td", "th", "br",
    "figure", "figcaption", "blockquote", "form", "main", "dl", "dt", "dd", "pre", "hr",
    "title"})


def wrap(text: str, width: int) -> str:
    """Every line longer than ``width`` wrapped greedily, its indent kept."""
    out: list[str] = []
    for line in text.splitlines():
        s = line.rstrip()
        if len(s) <= width:
            out.append(s)
            continue
        indent = s[:len(s) - len(s.lstrip())][:width // 2]
        out += textwrap.wrap(s.strip(), width, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False) or [""]
    return "\n".join(out)


def _tree(html: str):  # type: ignore[no-untyped-def]
    import lxml.html  # type: ignore[import-untyped]

    return lxml.html.fromstring(html)


def text_nodes(html: str) -> str:
    """Every visible text node on its own line, stripped (``get_text("\\n", strip=True)``)."""
    out: list[str] = []

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        if isinstance(el.tag, str) and el.tag not in _HIDDEN:
            if el.text and el.text.strip():
                out.append(el.text.strip())
            for child in el:
                walk(child)
        if el.tail and el.tail.strip():
            out.append(el.tail.strip())

    root = _tree(html)
    walk(root)
    if root.tail and root.tail.strip():
        out.pop()  # the root's tail is outside the page
    return "\n".join(out)


def block_lines(html: str) -> str:
    """One line per block element, inline text joined, no blank lines."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        s = " ".join("".join(buf).split())
        if s:
            out.append(s)
        buf.clear()

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        if isinstance(el.tag, str) and el.tag not in _HIDDEN:
            block = el.tag in _BLOCKS
            if block:
                flush()
            if el.text:
                buf.append(el.text)
            for child in el:
                walk(child)
            if block:
                flush()
        if el.tail:
            buf.append(el.tail)

    walk(_tree(html))
    flush()
    return "\n".join(out)


def renderings(widths: list[int]) -> dict[str, Callable[[Page], str | None]]:
    def from_html(render: Callable[[str], str]) -> Callable[[Page], str | None]:
        def go(page: Page) -> str | None:
            html = page.read_html()
            if not html:
                return None
            try:
                return render(html)
            except ValueError:  # lxml refuses some documents (e.g. an XML declaration)
                return None
        return go

    def wrapped(width: int) -> Callable[[Page], str | None]:
        return lambda page: wrap(page.text, width)

    out: dict[str, Callable[[Page], str | None]] = {f"wrap{w}": wrapped(w) for w in widths}
    out["nodes"] = from_html(text_nodes)
    out["blocks"] = from_html(block_lines)
    return out


def score(pages: list[Page], outputs: list[str]) -> Scores:
    if pages[0].body is not None:
        return aeb_score(aeb_counts(p.body or "", o) for p, o in zip(pages, outputs))
    return segment_score(segment_counts(p.with_ or (), p.without or (), o)
                         for p, o in zip(pages, outputs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.rerender", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None,
                    help="shared corpora folder (default: ../shared/corpora)")
    ap.add_argument("--widths", default="72,79", help="wrap columns, comma-separated")
    ap.add_argument("--no-peers", action="store_true", help="score newsclean only")
    ap.add_argument("--limit", type=int, default=None, help="pages per corpus (a quick look)")
    args = ap.parse_args(argv)
    root = args.shared or default_shared_root()
    if not root.is_dir():
        print(f"rerender: no shared corpora at {root}", file=sys.stderr)
        return 2
    peers = [] if args.no_peers else make_peers(["justext"])[0]
    kinds = renderings([int(w) for w in args.widths.split(",") if w.strip()])
    print("| corpus | rendering | pages | newsclean P | R | F1 | "
          + " | ".join(f"{p.name} F1" for p in peers) + (" |" if peers else "") + " newsclean pages/s |")
    print("|---|---|---|---|---|---|" + "---|" * len(peers) + "---|")
    for ps, _ in load_shared(root, renderers=["w3m"], limit=args.limit):
        for kind, render in kinds.items():
            pages, texts = [], []
            for page in ps.pages:
                t = render(page)
                if t is not None:
                    pages.append(page)
                    texts.append(t)
            if not pages:
                continue
            t0 = time.perf_counter()
            ours = [clean(t).text for t in texts]
            rate = len(texts) / (time.perf_counter() - t0)
            s = score(pages, ours)
            cells = [f"{s.precision:.3f}", f"{s.recall:.3f}", f"**{s.f1:.3f}**"]
            for peer in peers:
                outs = []
                for p, t in zip(pages, texts):
                    try:
                        outs.append(peer.extract(Page(p.corpus, kind, p.id, p.url, t)) or "")
                    except Exception:  # a peer's failure is an empty output, as in run.py
                        outs.append("")
                cells.append(f"{score(pages, outs).f1:.3f}")
            print(f"| {ps.corpus} | {kind} | {len(pages)} | " + " | ".join(cells)
                  + f" | {rate:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
