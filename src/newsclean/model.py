"""Value types of newsclean: labels, verdicts, per-line results and the Article.

Every type here is a frozen, slotted dataclass or an Enum with stable string
values, so results can be hashed, compared, shared across threads and turned
into JSON without surprises.

Hot paths build :class:`Verdict` and :class:`LineResult` through a writable
twin of the same slot layout (``new_verdict``, ``new_line_result``): a frozen
dataclass's ``__init__`` stores each field through ``object.__setattr__``,
which costs about four times a plain slot store. The twin stores the fields,
then relabels the object as the frozen class (one pointer store), so what
callers get is an ordinary frozen instance: same equality, hash, repr and
``FrozenInstanceError`` on assignment.
"""

from __future__ import annotations

import datetime as _dt
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import accumulate
from typing import Final, Union, cast, overload

__all__ = [
    "Label",
    "Verdict",
    "Field",
    "LineResult",
    "LineResults",
    "Article",
    "KEPT_LABELS",
    "EXTRACTED_LABELS",
    "REMOVED_LABELS",
    "mark_of",
]


class Label(str, Enum):
    """What a line of the page is. The string values are stable: they appear in
    JSON output, in ``--explain`` and in the gold files of ``corpus/``.

    Article content (kept in ``Article.paragraphs``):

    - ``body``: a paragraph, list item or quote of the article.
    - ``heading``: a subheading inside the article.

    Extracted metadata (taken out of the body, kept in their own field):

    - ``title``: the headline (or the page title when no headline is repeated).
    - ``subtitle``: the standfirst / dek right under the headline.
    - ``byline``: "By Jane Doe", author boxes, reading time.
    - ``date``: the publication (or update) date line.
    - ``caption``: a photo caption or credit (``Article.captions``).

    Boilerplate (removed):

    - ``nav``: menus, "Skip to content", search boxes, language switchers.
    - ``breadcrumb``: "Home » World » Europe".
    - ``trending``: "Trending", "Most read", "What's Hot" lists.
    - ``related``: "Related", "Read more", "You may also like" lists and teasers.
    - ``share``: share bars, social links and counters.
    - ``footer``: copyright, legal links, contact and imprint lines.
    - ``cookie``: cookie and consent banners.
    - ``newsletter``: newsletter and subscribe boxes.
    - ``comments``: comment forms, counts and the comments themselves.
    - ``ad``: "Advertisement", "Sponsored", affiliate notices.
    - ``paywall``: sign-in and subscription prompts.
    - ``blank``: empty or whitespace-only lines.
    - ``other``: anything else outside the article (tags, widgets, form debris).
    """

    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"
    DATE = "date"
    BODY = "body"
    HEADING = "heading"
    CAPTION = "caption"
    NAV = "nav"
    BREADCRUMB = "breadcrumb"
    TRENDING = "trending"
    RELATED = "related"
    SHARE = "share"
    FOOTER = "footer"
    COOKIE = "cookie"
    NEWSLETTER = "newsletter"
    COMMENTS = "comments"
    AD = "ad"
    PAYWALL = "paywall"
    BLANK = "blank"
    OTHER = "other"

    def __str__(self) -> str:  # "nav", not "Label.NAV", in messages and f-strings
        return self.value


#: Labels whose lines make up ``Article.paragraphs``.
KEPT_LABELS: Final = frozenset({Label.BODY, Label.HEADING})
#: Labels whose lines leave the body but feed a metadata field.
EXTRACTED_LABELS: Final = frozenset(
    {Label.TITLE, Label.SUBTITLE, Label.BYLINE, Label.DATE, Label.CAPTION}
)
#: Labels of boilerplate: the line is dropped.
REMOVED_LABELS: Final = frozenset(Label) - KEPT_LABELS - EXTRACTED_LABELS - {Label.BLANK}


def mark_of(label: Label) -> str:
    """The one-character marker used by ``--explain`` and gold files:
    ``" "`` kept (and blank), ``"="`` extracted, ``"-"`` removed."""
    if label in EXTRACTED_LABELS:
        return "="
    if label in REMOVED_LABELS:
        return "-"
    return " "


@dataclass(frozen=True, slots=True)
class Verdict:
    """One pass's opinion about one line: what it is, and why (a short human string)."""

    index: int
    label: Label
    evidence: str
    pass_name: str = ""


class _VerdictTwin:
    __slots__ = Verdict.__slots__

    def __init__(self, index: int, label: Label, evidence: str, pass_name: str) -> None:
        self.index = index
        self.label = label
        self.evidence = evidence
        self.pass_name = pass_name
        self.__class__ = Verdict  # type: ignore[assignment]


#: ``Verdict(index, label, evidence, pass_name)`` at a plain class's cost.
new_verdict = cast("Callable[[int, Label, str, str], Verdict]", _VerdictTwin)


@dataclass(frozen=True, slots=True)
class Field:
    """A metadata value a pass read off a line (``title``, ``authors``, ``published``, ...)."""

    name: str
    value: object
    index: int
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class LineResult:
    """The fate of one input line.

    ``text`` is the line exactly as it was in the input (without its line break);
    ``label`` says what it is; ``pass_name`` and ``evidence`` say who decided and
    why; ``also`` holds the verdicts of other passes that were overruled, so the
    decision can be audited (jusText's class-before-and-after-context view).
    """

    index: int
    text: str
    label: Label
    pass_name: str
    evidence: str
    also: tuple[Verdict, ...] = ()

    @property
    def kept(self) -> bool:
        """True when the line is part of the article body (``body`` or ``heading``)."""
        return self.label in KEPT_LABELS

    @property
    def removed(self) -> bool:
        """True when the line is boilerplate (neither kept, extracted nor blank)."""
        return self.label in REMOVED_LABELS

    def to_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "text": self.text,
            "label": self.label.value,
            "pass": self.pass_name,
            "evidence": self.evidence,
        }


class _LineResultTwin:
    __slots__ = LineResult.__slots__

    def __init__(self, index: int, text: str, label: Label, pass_name: str, evidence: str,
                 also: tuple[Verdict, ...]) -> None:
        self.index = index
        self.text = text
        self.label = label
        self.pass_name = pass_name
        self.evidence = evidence
        self.also = also
        self.__class__ = LineResult  # type: ignore[assignment]


#: ``LineResult(index, text, label, pass_name, evidence, also)`` at a plain class's cost.
new_line_result = cast("Callable[[int, str, Label, str, str, tuple[Verdict, ...]], LineResult]",
                       _LineResultTwin)


#: What a line's result says besides its text and index: ``(label, pass_name, evidence)``.
Fate = tuple[Label, str, str]


class LineResults(Sequence[LineResult]):
    """``Article.lines``: one :class:`LineResult` per input line, stored compactly.

    A page of short lines would otherwise hold one object per line (index, text,
    label, pass name, evidence) several times the size of the input. Here the
    lines are kept as the input string and where each line starts, and each line's
    fate as a small number into a table of the page's distinct ``(label,
    pass_name, evidence)``; overruled verdicts (``LineResult.also``) are kept only
    for the lines that have them. A :class:`LineResult` is built when a line is
    read, so ``lines[i] == lines[i]`` but not ``lines[i] is lines[i]``.

    It behaves as the tuple it replaces: ``len``, indexing (negative too), slices
    (a tuple), iteration, ``in``, ``index``, ``count``, equality and hash as the
    tuple of its results (equal to that tuple), ``repr`` of that tuple, ``+`` with
    a tuple, pickling.
    """

    __slots__ = ("_text", "_starts", "_ids", "_table", "_also")

    def __init__(self, text: str, starts: array[int], ids: array[int],
                 table: Sequence[Fate], also: Mapping[int, tuple[Verdict, ...]]) -> None:
        """``text[starts[i]:]`` is where line ``i`` starts; ``starts[i + 1]`` is just
        past its line break (``len(text) + 1`` for a last line without one), so
        ``len(starts) == len(ids) + 1``. Line ``i``'s fate is ``table[ids[i]]``."""
        if len(starts) != len(ids) + 1:
            raise ValueError(f"{len(ids)} lines need {len(ids) + 1} starts, not {len(starts)}")
        self._text = text
        self._starts = starts
        self._ids = ids
        self._table = tuple(table)
        self._also = dict(also)

    @classmethod
    def of(cls, text: str, raws: Sequence[str], fates: Sequence[Fate],
           also: Mapping[int, tuple[Verdict, ...]] | None = None) -> LineResults:
        """The results of ``text`` whose lines are ``raws`` (``text.splitlines()``),
        line ``i`` with ``fates[i]``; equal fates share one table entry."""
        slot: dict[Fate, int] = {}
        ids = [slot.setdefault(f, len(slot)) for f in fates]
        return cls(text, line_starts(text, raws), compact_ints(ids, len(slot)), list(slot),
                   also or {})

    def __len__(self) -> int:
        return len(self._ids)

    def _make(self, i: int) -> LineResult:
        text = self._text
        start = self._starts[i]
        nxt = self._starts[i + 1]
        end = nxt - 2 if nxt - 2 >= start and text.startswith("\r\n", nxt - 2) else nxt - 1
        label, pass_name, evidence = self._table[self._ids[i]]
        return new_line_result(i, text[start:end], label, pass_name, evidence,
                               self._also.get(i, ()))

    @overload
    def __getitem__(self, i: int) -> LineResult: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[LineResult, ...]: ...

    def __getitem__(self, i: int | slice) -> LineResult | tuple[LineResult, ...]:
        if isinstance(i, slice):
            return tuple([self._make(j) for j in range(*i.indices(len(self._ids)))])
        try:
            j = operator.index(i)
        except TypeError:
            raise TypeError(f"tuple indices must be integers or slices, not "
                            f"{type(i).__name__}") from None
        n = len(self._ids)
        if j < 0:
            j += n
        if not 0 <= j < n:
            raise IndexError("tuple index out of range")
        return self._make(j)

    def __iter__(self) -> Iterator[LineResult]:
        text = self._text
        starts = self._starts
        table = self._table
        get_also = self._also.get
        crlf = "\r\n" in text
        start = starts[0]
        for i, k in enumerate(self._ids):
            nxt = starts[i + 1]
            end = nxt - 2 if crlf and nxt - 2 >= start and text.startswith("\r\n", nxt - 2) \
                else nxt - 1
            label, pass_name, evidence = table[k]
            yield new_line_result(i, text[start:end], label, pass_name, evidence,
                                  get_also(i, ()))
            start = nxt

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if isinstance(other, LineResults):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        if isinstance(other, tuple):
            return len(self) == len(other) and all(map(operator.eq, self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __add__(self, other: object) -> tuple[LineResult, ...]:
        if isinstance(other, (tuple, LineResults)):
            return tuple(self) + tuple(other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[LineResult, ...]:
        if isinstance(other, tuple):
            return other + tuple(self)
        return NotImplemented

    def __reduce__(self) -> tuple[type[LineResults], tuple[object, ...]]:
        return (LineResults, (self._text, self._starts, self._ids, self._table, self._also))


def _array_code(largest: int) -> str:
    """The smallest unsigned array type code that holds ``largest``."""
    for code in ("B", "H", "I", "L", "Q"):
        if largest < 1 << (8 * array(code).itemsize):
            return code
    raise OverflowError(largest)


def compact_ints(values: Sequence[int], bound: int) -> array[int]:
    """``values`` (each below ``bound``) in the smallest array that holds them."""
    return array(_array_code(bound), values)


def line_starts(text: str, raws: Iterable[str]) -> array[int]:
    """Where each line of ``raws`` (``text.splitlines()``) starts in ``text``, then
    where a next line would start (``len(text) + 1`` when the last line has no break).
    Every line break is one character but ``"\\r\\n"``."""
    code = _array_code(len(text) + 1)
    if "\r\n" not in text:
        return array(code, accumulate(map((1).__add__, map(len, raws)), initial=0))
    out = [0]
    pos = 0
    for raw in raws:
        pos += len(raw)
        pos += 2 if text.startswith("\r\n", pos) else 1
        out.append(pos)
    return array(code, out)


Published = Union[_dt.date, _dt.datetime]


@dataclass(frozen=True, slots=True)
class Article:
    """What ``clean()`` returns.

    - ``title``, ``subtitle``, ``authors``, ``published``, ``section``: metadata,
      ``None`` (or empty) when the page does not show them.
    - ``paragraphs``: body blocks in reading order; subheadings, quotes and list
      items are blocks of their own (bullets dropped, an ordered item keeps its
      number: "2. Jens Maes (Vlaanderen Pro) a 52\"").
    - ``captions``: photo captions and credits, kept apart from the body.
    - ``text``: ``paragraphs`` joined by a blank line, what NLP consumes.
    - ``is_article`` / ``not_article_reason``: whether the page holds a single
      article, and if not, why (``"index page"``, ``"paywall stub"``, ...).
    - ``lines``: one ``LineResult`` per input line, in order (a :class:`LineResults`,
      which reads like a tuple of them).
    - ``timed_out``: True when ``Config.max_seconds`` was hit and the result was
      finished with the cheap fallback (every line still accounted for).
    - ``wrap_width``: the column a hard-wrapped page (lynx, links, html2text,
      pandoc) was wrapped at, when its broken lines were rejoined; else ``None``.
    """

    title: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    published: Published | None
    section: str | None
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    is_article: bool
    not_article_reason: str | None
    lines: Sequence[LineResult] = field(repr=False)
    language: str | None = None
    timed_out: bool = False
    wrap_width: int | None = None

    @property
    def text(self) -> str:
        """The article body: paragraphs joined by one blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self, *, lines: bool = True) -> dict[str, object]:
        """A JSON-ready dict. ``published`` becomes an ISO-8601 string.
        Pass ``lines=False`` to leave out the per-line results (much smaller)."""
        d: dict[str, object] = {
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "published": self.published.isoformat() if self.published else None,
            "section": self.section,
            "language": self.language,
            "is_article": self.is_article,
            "not_article_reason": self.not_article_reason,
            "paragraphs": list(self.paragraphs),
            "captions": list(self.captions),
            "text": self.text,
            "timed_out": self.timed_out,
            "wrap_width": self.wrap_width,
        }
        if lines:
            d["lines"] = [r.to_dict() for r in self.lines]
        return d
