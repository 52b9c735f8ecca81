"""``share_bar``: rows of social icons and share counters.

Renderers flatten a share bar into one line of platform names
("Facebook X (Twitter) Instagram Pinterest") or into lone counters ("0",
"12 Shares"). A line is a share row when every word is a share token of the
lexicon and at least one word is itself a share phrase (a platform or "Share").

>>> from newsclean import clean
>>> r = clean("Facebook X (Twitter) Instagram LinkedIn\\n").lines[0]
>>> (r.label.value, r.pass_name)
('share', 'share_bar')

Known false positives: a one-line paragraph made only of platform names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex

from ..config import ShareBarConfig
from ..model import Label
from .base import Doc, Item, verdict

_COUNTER = regex.compile(r"^\d{1,7}(?:[.,]\d{1,3})?[kKmM]?(?:\s+\p{L}{1,12})?$")
_TOKEN = regex.compile(r"[\p{L}\p{N}+]+")


class ShareBar:
    name: ClassVar[str] = "share_bar"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.SHARE})
    overturns: ClassVar[bool] = False

    def __init__(self, config: ShareBarConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        lex = doc.lexicon
        tokens_ok = lex.share_tokens
        for ln in doc.lines:
            if not ln.text or ln.words > self.config.max_words or not doc.undecided(ln.index):
                continue
            if _COUNTER.match(ln.text) and (ln.text.isdigit() or ln.key in tokens_ok
                                            or ln.key.split(" ")[-1] in tokens_ok):
                yield verdict(ln.index, Label.SHARE, f"counter '{ln.text}'", self.name)
                continue
            toks = _TOKEN.findall(ln.low)
            if len(toks) < 2 or not all(t in tokens_ok for t in toks):
                continue
            strong = [t for t in toks if (m := lex.exact.get(t)) is not None
                      and m.label is Label.SHARE]
            if strong:
                yield verdict(ln.index, Label.SHARE,
                              f"{len(toks)} share words, e.g. '{strong[0]}'", self.name)
