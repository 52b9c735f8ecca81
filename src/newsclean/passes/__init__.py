"""The registry: the one ordered tuple of passes that ``clean()`` runs.

Order matters and is read top to bottom:

1. Context-free passes label what they recognise on a line by itself; the
   first verdict on a line wins, later ones are kept in ``LineResult.also``.
   ``blank_line`` first so nothing else sees empty lines; the lexicon before
   the structural passes so that "Home" or "Search" count toward a menu run;
   captions, bylines and dates before ``repeated`` and ``nav_menu`` so that a
   date line is never mistaken for a menu item.
2. Structural passes look at runs of lines: ``repeated`` (hash counts),
   ``nav_menu`` (runs of short items), ``list_block`` (lists under a
   "Trending"/"Related" heading).
3. Context stages: ``region`` finds the article and settles every undecided
   line; ``metadata`` picks title, subtitle, authors, date and section and may
   overturn earlier verdicts (the headline was "repeated", say).
"""

from __future__ import annotations

from functools import lru_cache

from ..config import Config
from .base import Doc, Item, Pass
from .blank_line import BlankLine
from .breadcrumb import Breadcrumb
from .byline import Byline
from .dateline import Dateline
from .lexicon_match import LexiconMatch
from .list_block import ListBlock
from .metadata import Metadata
from .nav_menu import NavMenu
from .photo_caption import PhotoCaption
from .region import Region
from .repeated import Repeated
from .share_bar import ShareBar
from .teaser_list import TeaserList

__all__ = ["DEFAULT_PASSES", "build_passes", "Doc", "Item", "Pass"]

#: Pass names in run order (the registry). NOTE: coupled to config.PASS_NAMES.
DEFAULT_PASSES: tuple[str, ...] = (
    "blank_line",
    "lexicon_match",
    "share_bar",
    "breadcrumb",
    "photo_caption",
    "byline",
    "dateline",
    "repeated",
    "nav_menu",
    "list_block",
    "teaser_list",
    "region",
    "metadata",
)


@lru_cache(maxsize=16)
def build_passes(config: Config) -> tuple[Pass, ...]:
    """The enabled passes in registry order, each with its own sub-config.

    Passes hold no state beyond their frozen config, so instances are cached per
    Config and shared (also across threads)."""
    factories: dict[str, Pass] = {
        "blank_line": BlankLine(),
        "lexicon_match": LexiconMatch(config.lexicon),
        "share_bar": ShareBar(config.share_bar),
        "breadcrumb": Breadcrumb(),
        "photo_caption": PhotoCaption(config.caption),
        "byline": Byline(config.byline),
        "dateline": Dateline(),
        "repeated": Repeated(config.repeated),
        "nav_menu": NavMenu(config.nav_menu),
        "list_block": ListBlock(config.list_block),
        "teaser_list": TeaserList(config.teaser_list),
        "region": Region(config.region),
        "metadata": Metadata(config.byline),
    }
    return tuple(factories[name] for name in DEFAULT_PASSES if name not in config.disabled)
