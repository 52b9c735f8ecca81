"""newsclean: the article out of the plain text of a scraped news page.

>>> from newsclean import clean
>>> art = clean("Home\nNews\nSport\n\nA long first paragraph of the story, with enough words to read as prose.\n")
>>> art.lines[0].label.value
'nav'
"""

from __future__ import annotations

from .batch import clean_many
from .config import Config
from .model import Article, Label, LineResult
from .pipeline import clean

__all__ = ["Article", "Config", "Label", "LineResult", "clean", "clean_many", "__version__"]
__version__ = "0.1.0"
