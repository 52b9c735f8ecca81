"""``clean()``: run the registry over the lines and build the Article."""

from __future__ import annotations

import time
from collections.abc import Sequence
from operator import attrgetter
from typing import Final, cast

from .config import Config
from .lexicon import Lexicon, load
from .lines import Line, measure_lines
from .model import (KEPT_LABELS, Article, Fate, Field, Label, LineResults, Verdict,
                    compact_ints, line_starts, new_verdict)
from .passes import build_passes
from .passes.base import Doc
from .reflow import fragment_signals, rejoin, rejoin_fragments, wrap_width
from .verdict import assess, guess_language

__all__ = ["clean"]

_DEFAULT = Config()
_BYTES_ERROR = (
    "clean() takes the page text as str, not bytes: decode it first, "
    "e.g. clean(data.decode('utf-8', errors='replace'))"
)


def clean(text: str, *, config: Config | None = None) -> Article:
    """Extract the article from the plain text of a news page.

    Never raises on a ``str``. Every input line appears once, in order, in
    ``Article.lines`` with its label, the pass that decided it and why. A
    hard-wrapped page (lynx, links, html2text) has its broken lines rejoined
    first; each of them then carries the result of the paragraph it belongs to.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(_BYTES_ERROR)
        raise TypeError(
            f"clean() takes the page text as str, not {type(text).__name__}; "
            "for many pages use newsclean.batch.clean_many(iterable)"
        )
    if config is None:
        config = _DEFAULT
    elif not isinstance(config, Config):
        raise TypeError(f"config must be a newsclean.Config, not {type(config).__name__}")
    lexicon = load()
    raws = text.splitlines()
    width = wrap_width(raws, config.reflow) if config.reflow.enabled else None
    if width is None and config.reflow.enabled and \
            fragment_signals(raws) >= config.reflow.min_fragment_signals:
        logical, starts = rejoin_fragments(raws, config.reflow)
        return _run(logical, config, lexicon, text, (0, raws, starts))
    if width is None:
        return _run(raws, config, lexicon, text)
    logical, starts = rejoin(raws, width, config.reflow)
    return _run(logical, config, lexicon, text, (width, raws, starts))


#: A hard-wrapped page: its wrap column, its input lines and where each logical line starts.
Wrapped = tuple[int, list[str], list[int]]


def _run(texts: list[str], config: Config, lexicon: Lexicon, page: str,
         wrapped: Wrapped | None = None) -> Article:
    """Measure ``texts`` (one per line of ``page``, or of its rejoined paragraphs
    when ``wrapped``; the list is emptied, the lines hold the strings), run the
    passes and build the Article."""
    lines = measure_lines(texts, lexicon)
    if wrapped is None or texts is not wrapped[1]:
        texts.clear()
    n = len(lines)
    decided: list[Verdict | None] = [None] * n
    also: dict[int, list[Verdict]] = {}
    fields: list[tuple[str, Field]] = []
    # One Verdict per (evidence, pass) and label stands in ``decided`` for all the
    # lines it decides (a verdict per line is the largest object of a short line's
    # record): its ``index`` is that of the first such line, and verdicts kept in
    # ``also`` get their own line's index back. (Keyed without the label: hashing
    # an Enum member runs Python code.)
    shared: dict[tuple[str, str], Verdict] = {}
    deadline = (time.perf_counter() + config.max_seconds) if config.max_seconds else None
    timed_out = False
    doc: Doc | None = None
    for p in build_passes(config):
        if deadline is not None and time.perf_counter() > deadline:
            timed_out = True
            break
        doc = Doc(lines, tuple(decided), tuple(f for _, f in fields), lexicon)
        name = p.name
        for item in p.judge(doc):
            if isinstance(item, Field):
                fields.append((name, item))
                continue
            i = item.index
            key = (item.evidence, item.pass_name or name)
            v = shared.get(key)
            if v is None or v.label is not item.label:
                v = shared[key] = item if item.pass_name else \
                    new_verdict(i, item.label, item.evidence, name)
            cur = decided[i]
            if cur is None:
                decided[i] = v
            elif p.overturns and cur.label is not item.label:
                also.setdefault(i, []).append(_at(i, cur))
                decided[i] = v
            else:
                also.setdefault(i, []).append(_at(i, v))
    doc = None
    shared.clear()
    if None in decided:
        # Reached only when a context pass is disabled or the time budget ran out:
        # keep the line (losing article text is worse than keeping some chrome).
        for ln in lines:
            if decided[ln.index] is None:
                decided[ln.index] = _FALLBACK_BODY if ln.text else _FALLBACK_BLANK
    verdicts = cast("list[Verdict]", decided)
    summary = _summary(lines, verdicts, fields, config, lexicon)
    # The results hold no line: each reads its text off the page when it is read.
    results = _results(page, lines, verdicts, also, wrapped)
    del lines
    return _article(results, summary, fields, timed_out, wrapped)


_RAW: Final = attrgetter("raw")
_FALLBACK_BODY: Final = new_verdict(0, Label.BODY, "no pass decided", "fallback")
_FALLBACK_BLANK: Final = new_verdict(0, Label.BLANK, "no pass decided", "fallback")


def _at(i: int, v: Verdict) -> Verdict:
    """``v`` with line ``i``'s index (a shared verdict may carry another line's)."""
    return v if v.index == i else new_verdict(i, v.label, v.evidence, v.pass_name)


def _results(page: str, lines: tuple[Line, ...], verdicts: list[Verdict],
             also: dict[int, list[Verdict]], wrapped: Wrapped | None) -> LineResults:
    """The compact per-line results of the page: each line's fate as a number into
    the table of the page's distinct verdicts (a verdict object stands for all the
    lines it decides, see ``_run``). A line of a rejoined paragraph (``wrapped``)
    gets the paragraph's label, pass and evidence."""
    slot: dict[int, int] = {}
    table: list[Fate] = []
    for v in verdicts:
        if id(v) not in slot:
            slot[id(v)] = len(table)
            table.append((v.label, v.pass_name, v.evidence))
    ids = list(map(slot.__getitem__, map(id, verdicts)))
    if wrapped is None:
        starts = line_starts(page, map(_RAW, lines))
        return LineResults(page, starts, compact_ints(ids, len(table)), table,
                           {i: tuple(vs) for i, vs in also.items()})
    _, raws, firsts = wrapped
    more: dict[int, int] = {}  # a table entry -> its "continues the line above" twin
    per_raw: list[int] = []
    also_raw: dict[int, tuple[Verdict, ...]] = {}
    for k, (start, end) in enumerate(zip(firsts, [*firsts[1:], len(raws)])):
        t = ids[k]
        for j in range(start, end):
            if j == start:
                per_raw.append(t)
            else:
                c = more.get(t)
                if c is None:
                    label, pass_name, evidence = table[t]
                    c = more[t] = len(table)
                    table.append((label, pass_name, f"{evidence} (continues the line above)"))
                per_raw.append(c)
            vs = also.get(k)
            if vs:
                also_raw[j] = tuple(new_verdict(j, v.label, v.evidence, v.pass_name) for v in vs)
    return LineResults(page, line_starts(page, raws), compact_ints(per_raw, len(table)), table,
                       also_raw)


#: What the Article says besides its metadata fields and lines: paragraphs, captions,
#: is_article, the reason it is not one, language.
Summary = tuple[tuple[str, ...], tuple[str, ...], bool, "str | None", "str | None"]


def _summary(lines: tuple[Line, ...], verdicts: Sequence[Verdict],
             fields: list[tuple[str, Field]], config: Config, lexicon: Lexicon) -> Summary:
    """Everything of the Article that needs the lines, from the lines and the verdict
    that stands on each (before the results exist)."""
    captions = tuple(
        str(f.value) for pass_name, f in fields
        if pass_name in ("photo_caption", "region") and f.name == "caption"
        and verdicts[f.index].label is Label.CAPTION
    )
    paragraphs = tuple([_paragraph(ln) for ln, v in zip(lines, verdicts)
                        if v.label in KEPT_LABELS and ln.text])
    is_article, reason = assess(lines, verdicts, lexicon, config.verdict)
    return paragraphs, captions, is_article, reason, guess_language(lines, verdicts, lexicon)


def _article(results: LineResults, summary: Summary,
             fields: list[tuple[str, Field]], timed_out: bool,
             wrapped: Wrapped | None = None) -> Article:
    paragraphs, captions, is_article, reason, language = summary
    meta: dict[str, object] = {}
    for pass_name, f in fields:
        if pass_name == "metadata":
            meta[f.name] = f.value
    authors = meta.get("authors", ())
    published = meta.get("published")
    return Article(
        title=_str_or_none(meta.get("title")),
        subtitle=_str_or_none(meta.get("subtitle")),
        authors=tuple(authors) if isinstance(authors, tuple) else (),
        published=published if published is not None else None,  # type: ignore[arg-type]
        section=_str_or_none(meta.get("section")),
        paragraphs=paragraphs,
        captions=captions,
        is_article=is_article,
        not_article_reason=reason,
        lines=results,
        language=language,
        timed_out=timed_out,
        wrap_width=wrapped[0] if wrapped and wrapped[0] else None,  # 0: fragments, no column
    )


def _paragraph(ln: Line) -> str:
    """A kept line's text; an ordered-list item keeps its number ("1. Jane Roe ..."):
    the rank or step is part of what the article says."""
    if ln.bullet:
        s = ln.raw.lstrip()
        j = 0
        while j < 3 and j < len(s) and "0" <= s[j] <= "9":
            j += 1
        if j and s[j:j + 1] in (".", ")") and s[j + 1:j + 2].isspace():
            num = s[:j + 1]
            if not ln.text.startswith(num):
                return f"{num} {ln.text}"
    return ln.text


def _str_or_none(v: object) -> str | None:
    return v if isinstance(v, str) and v else None
