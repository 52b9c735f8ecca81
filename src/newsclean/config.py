"""Config: one frozen object, one nested frozen sub-config per pass.

Derive variants with ``dataclasses.replace`` or the presets; a Config is never
changed during a call. ``None`` is the only "off" value of a threshold.
Impossible values are rejected when the object is built, naming the field:

>>> Config(share_bar=ShareBarConfig(max_words=0))
Traceback (most recent call last):
...
ValueError: ShareBarConfig.max_words must be >= 1, got 0
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Final

__all__ = [
    "Config",
    "LexiconConfig",
    "ShareBarConfig",
    "NavMenuConfig",
    "ListBlockConfig",
    "TeaserListConfig",
    "RepeatedConfig",
    "CaptionConfig",
    "BylineConfig",
    "RegionConfig",
    "VerdictConfig",
    "ReflowConfig",
]


def _check(obj: object, *, positive: tuple[str, ...] = (), unit: tuple[str, ...] = ()) -> None:
    name = type(obj).__name__
    for f in positive:
        v = getattr(obj, f)
        if v is not None and v < 1:
            raise ValueError(f"{name}.{f} must be >= 1, got {v}")
    for f in unit:
        v = getattr(obj, f)
        if v is not None and not 0.0 <= v <= 1.0:
            raise ValueError(f"{name}.{f} must be between 0 and 1, got {v}")


@dataclass(frozen=True, slots=True)
class LexiconConfig:
    """``lexicon_match``: phrase lookup.

    - ``max_prefix_words``: a ``prefix`` phrase only marks lines of at most this
      many words (a long line that merely *starts* like "Read more" is prose).
    - ``max_exact_in_body_words``: unused by default hooks; reserved.
    """

    max_prefix_words: int = 12

    def __post_init__(self) -> None:
        _check(self, positive=("max_prefix_words",))


@dataclass(frozen=True, slots=True)
class ShareBarConfig:
    """``share_bar``: rows of social icons and counters.

    - ``max_words``: longest line, in words, that can be an icon row.
    """

    max_words: int = 12

    def __post_init__(self) -> None:
        _check(self, positive=("max_words",))


@dataclass(frozen=True, slots=True)
class NavMenuConfig:
    """``nav_menu``: runs of short menu-like lines.

    - ``max_item_words``: longest menu item, in words.
    - ``min_run_lines``: shortest run of such items (blank lines ignored) that is a menu.
    - ``min_bullet_run_lines``: the same for runs whose items carry list bullets.
    """

    max_item_words: int = 4
    min_run_lines: int = 4
    min_bullet_run_lines: int = 3

    def __post_init__(self) -> None:
        _check(self, positive=("max_item_words", "min_run_lines", "min_bullet_run_lines"))


@dataclass(frozen=True, slots=True)
class ListBlockConfig:
    """``list_block``: the list under a "Trending" / "Related" / "Comments" heading.

    - ``max_item_words``: longest line, in words, that can be a list item
      (teaser headlines, dates, sections).
    - ``max_headline_words``: the same for a line that ends without punctuation
      (nor a colon): teaser headlines run long, and CJK ones count a word per 1.5
      characters.
    - ``max_gap_lines``: blank lines allowed between items.
    """

    max_item_words: int = 20
    max_headline_words: int = 30
    max_gap_lines: int = 2

    def __post_init__(self) -> None:
        _check(self, positive=("max_item_words", "max_headline_words", "max_gap_lines"))


@dataclass(frozen=True, slots=True)
class TeaserListConfig:
    """``teaser_list``: repeated headline/byline/summary blocks.

    - ``min_period`` / ``max_period``: block size, in non-blank lines.
    - ``min_repeats``: how many blocks in a row make a list.
    - ``min_summary_words``: a teaser summary is a sentence of at least this many words.
    - ``max_summary_words``: in undated headline rails, a summary has at most this many.
    """

    min_period: int = 2
    max_period: int = 6
    min_repeats: int = 3
    min_summary_words: int = 6
    max_summary_words: int = 30

    def __post_init__(self) -> None:
        _check(self, positive=("min_period", "max_period", "min_repeats", "min_summary_words",
                               "max_summary_words"))
        if self.max_period < self.min_period:
            raise ValueError("TeaserListConfig.max_period must be >= min_period, "
                             f"got {self.max_period} < {self.min_period}")


@dataclass(frozen=True, slots=True)
class RepeatedConfig:
    """``repeated``: short lines printed several times on a page (menus, teasers).

    - ``min_count``: how often a line must occur.
    - ``max_words``: longest line, in words, considered.
    """

    min_count: int = 2
    max_words: int = 12

    def __post_init__(self) -> None:
        _check(self, positive=("min_count", "max_words"))


@dataclass(frozen=True, slots=True)
class CaptionConfig:
    """``photo_caption``: captions and credits.

    - ``max_credit_words``: longest stand-alone credit line, in words.
    - ``max_lead_lines``: how many lines right above a credit join its caption.
    """

    max_credit_words: int = 12
    max_lead_lines: int = 2

    def __post_init__(self) -> None:
        _check(self, positive=("max_credit_words", "max_lead_lines"))


@dataclass(frozen=True, slots=True)
class BylineConfig:
    """``byline`` and ``metadata``: authors, dates and the title.

    - ``max_words``: longest byline line, in words.
    - ``max_author_words``: longest single author name, in words.
    - ``max_title_distance``: how many non-blank lines above the article start
      (or its byline) the headline is looked for.
    """

    max_words: int = 20
    max_author_words: int = 5
    max_title_distance: int = 14

    def __post_init__(self) -> None:
        _check(self, positive=("max_words", "max_author_words", "max_title_distance"))


@dataclass(frozen=True, slots=True)
class RegionConfig:
    """``region``: where the article is (a max-weight contiguous run of lines).

    - ``min_prose_words``: a line with sentence punctuation and at least this
      many words counts as prose.
    - ``long_words``: a line this long counts as prose even without punctuation.
    - ``prose_divisor``: a prose line weighs ``words / prose_divisor`` (+1).
    - ``max_prose_weight_words``: words beyond this add no weight.
    - ``short_penalty``: weight of a short non-prose line.
    - ``removed_penalty``: weight of a line an earlier pass removed.
    - ``barrier_penalty``: weight of a list or comment heading.
    - ``max_list_run``: inside the article, a run of more non-prose lines than
      this (blank lines ignored) is a link list, not subheadings.
    - ``meta_bonus``: weight of a byline or date line (the article is near them).
    - ``unpunctuated_factor``: long lines without sentence punctuation weigh this much.
    - ``min_stopword_share``: a long line with fewer stopwords than this share of
      the page's median weighs ``low_stopword_factor`` as much (addresses, name lists).
    - ``min_prose_before_comments``: prose weight seen before a comments heading
      damps what follows by ``comments_factor``.
    - ``max_bridge_lines``: largest boilerplate island (non-blank lines) inside
      the article that the region extends across (``None``: no bridging) ...
    - ``min_bridge_weight``: ... when the prose after it weighs at least this.
    - ``min_bridge_up_weight``: upwards, across an island without a byline, date or
      caption line (no headline block between), the prose above needs only this
      much (the story's first paragraphs above a table or a box); ``None``: as
      ``min_bridge_weight``.
    - ``second_block_share``: a block of prose beside the article, cut off by more
      boilerplate than the bridge crosses, joins it when it weighs at least this
      share of the article's weight (``None``: never) ...
    - ``min_second_block_weight``: ... and at least this much.
    """

    min_prose_words: int = 6
    long_words: int = 15
    prose_divisor: float = 8.0
    max_prose_weight_words: int = 80
    short_penalty: float = 1.0
    removed_penalty: float = 2.5
    barrier_penalty: float = 12.0
    max_list_run: int = 2
    meta_bonus: float = 1.5
    unpunctuated_factor: float = 0.5
    min_stopword_share: float = 0.5
    low_stopword_factor: float = 0.3
    min_prose_before_comments: float = 12.0
    comments_factor: float = 0.2
    max_bridge_lines: int | None = 14
    min_bridge_weight: float = 10.0
    min_bridge_up_weight: float | None = 5.0
    second_block_share: float | None = 0.15
    min_second_block_weight: float = 6.0

    def __post_init__(self) -> None:
        _check(self, positive=("min_prose_words", "long_words", "max_prose_weight_words",
                               "max_list_run", "max_bridge_lines"),
               unit=("unpunctuated_factor", "min_stopword_share", "low_stopword_factor",
                     "comments_factor", "second_block_share"))
        if self.min_bridge_up_weight is not None and self.min_bridge_up_weight <= 0:
            raise ValueError("RegionConfig.min_bridge_up_weight must be > 0, got "
                             f"{self.min_bridge_up_weight}")
        if self.min_second_block_weight <= 0:
            raise ValueError("RegionConfig.min_second_block_weight must be > 0, got "
                             f"{self.min_second_block_weight}")
        if self.prose_divisor <= 0:
            raise ValueError(f"RegionConfig.prose_divisor must be > 0, got {self.prose_divisor}")
        for f in ("short_penalty", "removed_penalty", "barrier_penalty"):
            if getattr(self, f) < 0:
                raise ValueError(f"RegionConfig.{f} must be >= 0, got {getattr(self, f)}")


@dataclass(frozen=True, slots=True)
class VerdictConfig:
    """``verdict``: is the page a single article?

    - ``min_words``: fewer body words than this: "near-empty".
    - ``index_share``: when the article region holds less than this share of
      the page's prose, and ``index_max_words`` or fewer words: "index page".
    - ``index_min_teasers``: a page without article text whose teaser rails
      hold at least this many lines is an "index page", not an empty one.
    """

    min_words: int = 40
    index_share: float = 0.35
    index_max_words: int = 250
    index_min_teasers: int = 6

    def __post_init__(self) -> None:
        _check(self, positive=("min_words", "index_max_words", "index_min_teasers"),
               unit=("index_share",))


@dataclass(frozen=True, slots=True)
class ReflowConfig:
    """Hard-wrapped pages (lynx, links, html2text, pandoc): rejoin broken lines
    before the passes run (see ``newsclean.reflow``).

    - ``enabled``: look for a wrap column at all.
    - ``max_width``: a line with a space wider than this means the page is not wrapped.
    - ``min_width``: a widest line narrower than this is no wrap column.
    - ``edge_slack``: a wrapped line ends at most this many columns short of the
      wrap column.
    - ``min_broken_lines`` / ``min_broken_share``: the page is wrapped when at least
      this many lines, and this share of the lines that end near the wrap column
      with a non-blank line (not a list item) after them, end right before a word
      that would not have fitted.
    - ``min_fragment_signals``: a page printed one text node per line
      (``get_text("\\n")``) is rejoined when at least this many lines start with
      continuing punctuation (",", ".", ")" and a space) right after a line that
      stops mid-sentence. One is enough: the other renderers never print such a
      line (a stray "»" or "::" does not count).
    - ``min_fragment_words``: on such a page, a line of at least this many words
      that stops mid-sentence (or at a colon) takes the next line when that starts
      lower-case; a short label ending with a colon takes a next line of at least
      this many words ...
    - ``max_label_words``: ... when it has at most this many words;
    - ``max_link_words``: ... or when that is a link text of at most this many
      words followed by punctuation or a lower-case fragment.
    """

    enabled: bool = True
    max_width: int = 160
    min_width: int = 30
    edge_slack: int = 20
    min_broken_lines: int = 4
    min_broken_share: float = 0.5
    min_fragment_signals: int = 1
    min_fragment_words: int = 4
    max_label_words: int = 3
    max_link_words: int = 4

    def __post_init__(self) -> None:
        _check(self, positive=("max_width", "min_width", "edge_slack", "min_broken_lines",
                               "min_fragment_signals", "min_fragment_words", "max_label_words",
                               "max_link_words"),
               unit=("min_broken_share",))
        if self.min_width > self.max_width:
            raise ValueError(f"ReflowConfig.min_width ({self.min_width}) must be <= "
                             f"max_width ({self.max_width})")
        if self.edge_slack >= self.min_width:
            raise ValueError(f"ReflowConfig.edge_slack ({self.edge_slack}) must be < "
                             f"min_width ({self.min_width})")


#: Names of passes that exist; ``Config.disabled`` is checked against it.
#: NOTE: coupled to passes/__init__.py DEFAULT_PASSES (a test keeps them equal).
PASS_NAMES: Final = frozenset(
    {
        "blank_line", "lexicon_match", "share_bar", "breadcrumb", "photo_caption", "byline",
        "dateline", "repeated", "nav_menu", "list_block", "teaser_list", "region", "metadata",
    }
)


@dataclass(frozen=True, slots=True)
class Config:
    """Everything that tunes :func:`newsclean.clean`.

    - ``disabled``: names of passes to skip (see ``newsclean.passes.DEFAULT_PASSES``).
    - ``preview``: names of preview rules to switch on (none yet; unknown names are errors).
    - ``max_seconds``: a time budget per call; when hit, the remaining passes are
      skipped and the result is marked ``timed_out`` (``None``: no budget).
    - one sub-config per pass: ``lexicon``, ``share_bar``, ``nav_menu``,
      ``list_block``, ``teaser_list``, ``repeated``, ``caption``, ``byline``,
      ``region``, ``verdict``; and ``reflow``, which rejoins the lines of a
      hard-wrapped page before the passes run.

    Presets: :meth:`balanced` (the default), :meth:`precision` (removes more,
    keeps less doubtful text) and :meth:`recall` (keeps more).
    """

    disabled: frozenset[str] = frozenset()
    preview: frozenset[str] = frozenset()
    max_seconds: float | None = None
    lexicon: LexiconConfig = field(default_factory=LexiconConfig)
    share_bar: ShareBarConfig = field(default_factory=ShareBarConfig)
    nav_menu: NavMenuConfig = field(default_factory=NavMenuConfig)
    list_block: ListBlockConfig = field(default_factory=ListBlockConfig)
    teaser_list: TeaserListConfig = field(default_factory=TeaserListConfig)
    repeated: RepeatedConfig = field(default_factory=RepeatedConfig)
    caption: CaptionConfig = field(default_factory=CaptionConfig)
    byline: BylineConfig = field(default_factory=BylineConfig)
    region: RegionConfig = field(default_factory=RegionConfig)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)
    reflow: ReflowConfig = field(default_factory=ReflowConfig)

    def __post_init__(self) -> None:
        if isinstance(self.disabled, str) or isinstance(self.preview, str):
            raise TypeError("Config.disabled and Config.preview take a set of names, not a str")
        object.__setattr__(self, "disabled", frozenset(self.disabled))
        object.__setattr__(self, "preview", frozenset(self.preview))
        unknown = self.disabled - PASS_NAMES
        if unknown:
            raise ValueError(
                f"Config.disabled names unknown passes {sorted(unknown)}; "
                f"known: {', '.join(sorted(PASS_NAMES))}"
            )
        unknown = self.preview - PREVIEW_RULES
        if unknown:
            raise ValueError(f"Config.preview names unknown rules {sorted(unknown)}; "
                             f"known: {', '.join(sorted(PREVIEW_RULES)) or 'none'}")
        if self.max_seconds is not None and not self.max_seconds > 0:
            raise ValueError(f"Config.max_seconds must be > 0 or None, got {self.max_seconds}")
        for f in fields(self):
            v = getattr(self, f.name)
            expected = _SUB_TYPES.get(f.name)
            if expected is not None and not isinstance(v, expected):
                raise TypeError(f"Config.{f.name} must be a {expected.__name__}")

    @classmethod
    def balanced(cls) -> Config:
        """The default trade-off between precision and recall."""
        return cls()

    @classmethod
    def precision(cls) -> Config:
        """Prefer dropping doubtful lines: shorter lists count as link lists,
        short lines weigh against the article more."""
        base = cls()
        return replace(
            base,
            region=replace(base.region, short_penalty=1.5, max_list_run=1, min_prose_words=8),
            nav_menu=replace(base.nav_menu, min_run_lines=3),
        )

    @classmethod
    def recall(cls) -> Config:
        """Prefer keeping doubtful lines: longer lists pass as article lists,
        short lines weigh against the article less."""
        base = cls()
        return replace(
            base,
            region=replace(base.region, short_penalty=0.6, max_list_run=4,
                           barrier_penalty=8.0, min_prose_words=5),
            nav_menu=replace(base.nav_menu, min_run_lines=6, min_bullet_run_lines=5),
        )


#: Preview rules that exist (new heuristics land here first, behind Config.preview).
PREVIEW_RULES: Final[frozenset[str]] = frozenset()

_SUB_TYPES: Final[dict[str, type]] = {
    "lexicon": LexiconConfig,
    "share_bar": ShareBarConfig,
    "nav_menu": NavMenuConfig,
    "list_block": ListBlockConfig,
    "teaser_list": TeaserListConfig,
    "repeated": RepeatedConfig,
    "caption": CaptionConfig,
    "byline": BylineConfig,
    "region": RegionConfig,
    "verdict": VerdictConfig,
    "reflow": ReflowConfig,
}
