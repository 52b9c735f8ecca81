"""``clean()``: run the registry over the lines and build the Article."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Final, cast

from .config import Config
from .lexicon import Lexicon, load
from .lines import Line, measure_lines
from .model import (KEPT_LABELS, Article, Field, Label, LineResult, Verdict, new_line_result,
                    new_verdict)
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
        return _run(logical, config, lexicon, (0, raws, starts))
    if width is None:
        return _run(raws, config, lexicon)
    logical, starts = rejoin(raws, width, config.reflow)
    return _run(logical, config, lexicon, (width, raws, starts))


#: A hard-wrapped page: its wrap column, its input lines and where each logical line starts.
Wrapped = tuple[int, list[str], list[int]]


def _run(texts: list[str], config: Config, lexicon: Lexicon,
         wrapped: Wrapped | None = None) -> Article:
    """Measure ``texts`` (one per line; the list is emptied, the lines hold the
    strings), run the passes and build the Article."""
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
    # The lines are freed as their results are built: the lines and the results of a
    # whole page are never alive at once.
    held: list[Line | None] = list(lines)
    del lines
    results = _results(held, verdicts, also)
    return _article(results, summary, fields, timed_out, wrapped)


_FALLBACK_BODY: Final = new_verdict(0, Label.BODY, "no pass decided", "fallback")
_FALLBACK_BLANK: Final = new_verdict(0, Label.BLANK, "no pass decided", "fallback")


def _at(i: int, v: Verdict) -> Verdict:
    """``v`` with line ``i``'s index (a shared verdict may carry another line's)."""
    return v if v.index == i else new_verdict(i, v.label, v.evidence, v.pass_name)


def _results(held: list[Line | None], verdicts: list[Verdict],
             also: dict[int, list[Verdict]]) -> tuple[LineResult, ...]:
    """One result per line; empties ``held`` as it goes."""
    built: list[LineResult] = []
    append = built.append
    get_also = also.get
    for i, ln in enumerate(held):
        held[i] = None
        v = verdicts[i]
        append(new_line_result(ln.index, ln.raw, v.label, v.pass_name,  # type: ignore[union-attr]
                               v.evidence, tuple(get_also(i, ()))))
    return tuple(built)


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


def _article(results: tuple[LineResult, ...], summary: Summary,
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
        lines=results if wrapped is None else _unwrap(results, wrapped),
        language=language,
        timed_out=timed_out,
        wrap_width=wrapped[0] if wrapped and wrapped[0] else None,  # 0: fragments, no column
    )


def _unwrap(results: tuple[LineResult, ...], wrapped: Wrapped) -> tuple[LineResult, ...]:
    """One result per input line of a wrapped page: each line of a rejoined
    paragraph gets the paragraph's label, pass and evidence."""
    _, raws, starts = wrapped
    out: list[LineResult] = []
    ends = [*starts[1:], len(raws)]
    for r, start, end in zip(results, starts, ends):
        for j in range(start, end):
            evidence = r.evidence if j == start else f"{r.evidence} (continues the line above)"
            also = tuple(new_verdict(j, v.label, v.evidence, v.pass_name) for v in r.also)
            out.append(new_line_result(j, raws[j], r.label, r.pass_name, evidence, also))
    return tuple(out)


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
