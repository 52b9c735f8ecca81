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

import re
from collections.abc import Iterator
from typing import ClassVar

import regex

from ..config import ShareBarConfig
from ..model import Label
from .base import Doc, Item, verdict

_COUNTER = regex.compile(r"^\d{1,7}(?:[.,]\d{1,3})?[kKmM]?(?:\s+\p{L}{1,12})?$")
_TOKEN = regex.compile(r"[\p{L}\p{N}+]+")
# The same tokens in ASCII text, for the faster standard-library engine.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9+]+")
# Markdown: a line of links only, each to a share endpoint ("[X](https://twitter.com/
# intent/tweet?url=...)", "[Facebook](https://www.facebook.com/sharer/sharer.php?u=...)").
_MD_LINK_URL = regex.compile(r"\[[^\[\]\n]{0,200}\]\(([^()\s]{1,2000})\)")
_SHARE_URL = regex.compile(
    r"^(?:https?:)?//(?:[\w-]+\.)*(?:[\w-]+\.[a-z]{2,})/(?:[^?#]*/)?"
    r"(?:sharer(?:\.php)?|share(?:Article|\.php)?|intent/(?:tweet|post)|submit|pin/create\b"
    r"|lineit/share|send)\b|^(?:https?:)?//wa\.me/|^mailto:\?|^whatsapp:", regex.I)
_LINK_GLUE = regex.compile(r"[\s|·•/,-]*")


class ShareBar:
    name: ClassVar[str] = "share_bar"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.SHARE})
    overturns: ClassVar[bool] = False

    def __init__(self, config: ShareBarConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        lex = doc.lexicon
        tokens_ok = lex.share_tokens
        max_words = self.config.max_words
        for ln, v in zip(doc.lines, doc.decided):
            if not ln.text or ln.words > max_words or v is not None:
                continue
            if "](" in ln.raw:
                urls = _MD_LINK_URL.findall(ln.raw)
                if (len(urls) >= 2 and all(_SHARE_URL.search(u) for u in urls)
                        and _LINK_GLUE.fullmatch(_MD_LINK_URL.sub("", ln.raw))):
                    yield verdict(ln.index, Label.SHARE, f"{len(urls)} links to share endpoints",
                                  self.name)
                    continue
            first = ln.text[0]
            # A counter starts with a digit: [0-9] in ASCII, or any non-ASCII character
            # (the regex engine's Unicode digit tables are newer than str's).
            if ("0" <= first <= "9" or not first.isascii()) and _COUNTER.match(ln.text) and (
                    ln.text.isdigit() or ln.key in tokens_ok
                    or ln.key.split(" ")[-1] in tokens_ok):
                yield verdict(ln.index, Label.SHARE, f"counter '{ln.text}'", self.name)
                continue
            # Every token must be a share token: test the first before finding them all.
            token = _ASCII_TOKEN if ln.low.isascii() else _TOKEN
            head = token.search(ln.low)
            if head is None or head.group() not in tokens_ok:
                continue
            toks = [t for t in token.findall(ln.low) if not t.isdigit()]  # counts: "(2 min)"
            if len(toks) < 2 or not all(t in tokens_ok for t in toks):
                continue
            strong = [t for t in toks if (m := lex.exact.get(t)) is not None
                      and m.label is Label.SHARE]
            if strong:
                yield verdict(ln.index, Label.SHARE,
                              f"{len(toks)} share words, e.g. '{strong[0]}'", self.name)
