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
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Final, Union, cast

__all__ = [
    "Label",
    "Verdict",
    "Field",
    "LineResult",
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
    - ``lines``: one ``LineResult`` per input line, in order.
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
    lines: tuple[LineResult, ...] = field(repr=False)
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
