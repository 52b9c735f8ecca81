"""Text -> Lines: normalisation and every per-line measure, computed once.

A page arrives as one string; renderers leave their marks on it (w3m bullets
and form fields, inscriptis indentation, markdown links, NBSP and zero-width
characters). :func:`split_lines` turns it into a tuple of :class:`Line` that
keep the original text for the output and carry the normalised text and the
measures every pass reads, so no pass scans a line twice.

>>> ln = split_lines("  • Share on Facebook\\n")[0]
>>> (ln.text, ln.bullet, ln.words, ln.lex.label.value)
('Share on Facebook', True, 3, 'share')
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Final, cast

import regex

from .lexicon import _ASCII_QUOTES, PIECE_CHARS, Lexicon, Match, fold, pieces, strip_edges

__all__ = ["Line", "split_lines", "measure_lines", "normalise"]

# Characters that are spaces in all but name, and invisible ones to drop.
_TRANSLATE: Final = {
    **{c: " " for c in (0x09, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))},
    **{c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD)},
    **{c: None for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))},
    0x2028: " ",
    0x2029: " ",
}
_TRANSLATE_STR: Final = {chr(c): to or "" for c, to in _TRANSLATE.items()}
# Any character the table maps: most lines hold none, and one search is far cheaper
# than a dict-driven translate over the whole line.
_TRANSLATED = re.compile("[" + "".join(f"\\u{c:04x}" for c in sorted(_TRANSLATE)) + "]")
# lynx and links number every link: "By [8]Harriet Cole", "* [3]News". A citation
# follows its word ("alarms[1]"), a reference mark is glued to the link's text.
_LINK_REF = re.compile(r"(?<![^\s(])\[\d{1,5}\](?=\w)")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# A space a renderer put between the two halves of a hyphenated compound whose first
# half was a link or an abbreviation element: "KI -Systeme", "Radon -Messung". Both
# halves start with a capital (or the first is a number): "und -pilotinnen", "-so wie"
# and command-line options ("chmod -R") stay as they are.
_SPACED_HYPHEN = regex.compile(r"(?<=(?<![\w.-])[\p{Lu}\d][\w.]*) -(?=\p{Lu}\p{L})")
# A list bullet or number at the start of a line (w3m "•", "□", inscriptis "*", "+",
# markdown "-", numbered " 1."). Dashes count only when followed by a space; "**"
# before a word opens markdown bold ("**Über den Autor:** ..."), not a list item.
_BULLET = regex.compile(r"^(?:[•·▪◦●○■□▸►‣⁃◆◇❖➤→»+]|[-–—](?=\s)|\*(?!\*\S)|\d{1,3}[.)](?=\s))\s*")
# The characters that are a whole bullet in _BULLET's first branch.
_ONE_CHAR_BULLETS: Final = frozenset("•·▪◦●○■□▸►‣⁃◆◇❖➤→»+")
# The ASCII characters that may start a _BULLET match.
_BULLET_STARTS: Final = frozenset("*+-0123456789")
_MONTH_YEAR = regex.compile(r"\p{L}{3,12}\.?,?\s+\d{4}\b")
_MD_HEADING = regex.compile(r"^(#{1,6})\s+")
# Link and alt text exclude "[": an unclosed "[" then fails at once, so a line of a
# million "[" stays linear.
_MD_IMAGE = regex.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = regex.compile(r"\[([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)")
_MD_EMPH = regex.compile(r"(\*\*|__)(?=\S)(.{1,1000}?)(?<=\S)\1")
# w3m/lynx debris: form fields "[        ]", check boxes "[ ]", radio "(*)",
# image placeholders "[missing-im]", "[IMG]".
_FORM = regex.compile(r"\[[ _]{0,200}\]|\((?:\*| )\)|\[(?:missing-im|IMG|img|image|INLINE)[^\]\n]{0,40}\]")
# Scripts written without spaces between words (Korean spaces its words: not here).
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Every character _CJK matches lies from the CJK radicals on (tests check it): most
# non-ASCII lines (curly quotes, accents, dashes) hold none, and the standard
# library's range test spares them the Unicode-property scan. (Negated: the compiler
# walks the code points of a class's ranges, and these are few.)
_MAYBE_CJK = re.compile("[^\x00-\u2e7f]")
_WORD = regex.compile(r"\w+")
# ASCII bytes to their shape: "A" for A-Z, " " for a space, "a" for the rest. In a
# single-spaced ASCII text, a word that starts upper-case is a leading "A" or a " A".
_CAP_SHAPE: Final = bytes(0x41 if 0x41 <= c <= 0x5A else 0x20 if c == 0x20 else 0x61
                          for c in range(256))
_FIRST: Final = itemgetter(0)
# The one ASCII character fold() maps ("`"), if it maps exactly one.
_ASCII_QUOTE: Final = _ASCII_QUOTES if len(_ASCII_QUOTES) == 1 else None
_SENTENCE_END: Final = frozenset(".!?…。！？")
_CLOSERS: Final = frozenset("\"'”’»)]」』）")
#: Longest line, in words, that a lexicon prefix may match (``Config`` keeps its own copy
#: of this threshold for passes; this one bounds the precomputed lookup).
MAX_PREFIX_WORDS: Final = 12
#: A line of this many words ending in sentence punctuation reads as a sentence.
PROSE_MIN_WORDS: Final = 7
#: Shortest line, in words, that introduces a list with a colon.
INTRO_MIN_WORDS: Final = 3


@dataclass(frozen=True, slots=True)
class Line:
    """One input line and its measures.

    ``raw`` is the line as given; ``text`` the normalised display text (bullets,
    markdown and form debris removed, spaces collapsed); ``key`` the lexicon
    lookup key; ``lex`` the first lexicon match, if any.
    """

    index: int
    raw: str
    text: str
    key: str
    low: str
    marks: int  # the rarely read measures in one int (see _marks): a slot is 8 bytes a line
    bullet: bool
    words: int
    stopwords: int
    ends_sentence: bool
    caps_ratio: float  # share of words that start with an upper-case letter
    lex: Match | None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def indent(self) -> int:
        """Leading white space, in characters."""
        return self.marks >> _INDENT_SHIFT

    @property
    def heading_level(self) -> int:
        """The markdown "#" level, 0 when none."""
        return self.marks & _LEVEL_MASK

    @property
    def image(self) -> bool:
        """A markdown image or an image placeholder was on the line."""
        return self.marks & _IMAGE != 0

    @property
    def form(self) -> bool:
        """Form-field debris was on the line."""
        return self.marks & _FORM_BIT != 0

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def prose_like(self) -> bool:
        """Reads like a sentence: enough words and sentence punctuation at the end."""
        return self.words >= PROSE_MIN_WORDS and self.ends_sentence

    @property
    def introduces_list(self) -> bool:
        """A phrase ending in a colon that announces a list ("The tour dates:", "Für
        den Teig brauchen Sie:"); two words are too few to tell it from "Read next:"
        in a language the lexicon lacks. Length sets no upper bound: a long sentence
        of the text ending in a colon ("In her book ... she sums the method up in
        ten rules:") announces the list below it just as well."""
        return self.text.endswith(":") and self.words >= INTRO_MIN_WORDS


#: Everything a :class:`Line` holds but its index, in field order from ``raw`` on.
Measures = tuple[str, str, str, str, int, bool, int, int, bool, float, "Match | None"]

# Line.marks: heading level in bits 0-2, image and form flags, the indent above them.
_LEVEL_MASK: Final = 7
_IMAGE: Final = 8
_FORM_BIT: Final = 16
_INDENT_SHIFT: Final = 5


def _marks(indent: int, level: int, image: bool, form: bool) -> int:
    """``Line.marks`` of these measures (a small, shared int unless the indent is 8 or more)."""
    return (indent << _INDENT_SHIFT | level | (_IMAGE if image else 0)
            | (_FORM_BIT if form else 0))


class _LineTwin:
    """Builds a :class:`Line` at a plain class's cost: the same slot layout, writable;
    once filled, the object is relabelled ``Line`` (see ``newsclean.model``)."""

    __slots__ = Line.__slots__

    def __init__(self, index: int, m: Measures) -> None:
        self.index = index
        (self.raw, self.text, self.key, self.low, self.marks, self.bullet, self.words,
         self.stopwords, self.ends_sentence, self.caps_ratio, self.lex) = m
        self.__class__ = Line  # type: ignore[assignment]


_new_line = cast("Callable[[int, Measures], Line]", _LineTwin)


def normalise(raw: str) -> tuple[str, int, bool, int, bool, bool]:
    """``(text, indent, bullet, heading_level, image, form)`` of one raw line."""
    # Printable ASCII holds nothing the table maps (controls and non-ASCII only).
    if raw.isascii() and raw.isprintable():
        s = raw
        spaces_only = True  # its only white space is " "
    else:
        s = raw
        # One replace per mapped character present: str.translate with a dict costs a
        # lookup per character. No replacement (" " or "") is itself mapped.
        for ch in set(_TRANSLATED.findall(raw)):
            s = s.replace(ch, _TRANSLATE_STR[ch])
        # The table maps every other white space character but the line break.
        spaces_only = "\n" not in s
        if not s.isascii() and not s.isprintable() and _SURROGATE.search(s):
            s = _SURROGATE.sub("", s)
        # Decomposed accents ("u" + U+0308, as some editors save them) are composed:
        # the output then reads like any other copy of the text, and the lexicon's
        # words match.
        if not s.isascii() and not unicodedata.is_normalized("NFC", s):
            s = unicodedata.normalize("NFC", s)
    stripped = s.lstrip()
    indent = len(s) - len(stripped)
    s = stripped.rstrip()
    if not s:
        return "", indent, False, 0, False, False
    level = 0
    bullet = False
    image = False
    form = False
    if s[0] == "#":
        m = _MD_HEADING.match(s)
        if m:
            level = len(m.group(1))
            s = s[m.end():]
    first = s[0]
    # Only a bullet character, a dash, a digit or a non-ASCII character starts a bullet.
    if first in _ONE_CHAR_BULLETS:
        # _BULLET's first branch: the character and the white space after it
        # (here " " only: the table mapped every other white space but "\n").
        bullet = True
        s = s[1:].lstrip()
        m = None
    else:
        m = _BULLET.match(s) if first in _BULLET_STARTS or not first.isascii() else None
    if m:
        bullet = True
        if not s[0].isdigit() or not _MONTH_YEAR.match(s, m.end()):
            # A list number goes, but "16. September 2025" is a date, not item 16.
            s = s[m.end():]
    if "](" in s:
        if "![" in s:
            image = True
            s = _MD_IMAGE.sub(r"\1", s)
        s = _MD_LINK.sub(r"\1", s)
    if "**" in s or "__" in s:
        s = _MD_EMPH.sub(r"\2", s)
    if "[" in s and "]" in s:
        s = _LINK_REF.sub("", s)
    # Without "[", only the "(*)" and "( )" branches of _FORM could match.
    if "[" in s or "(*)" in s or "( )" in s:
        s2 = _FORM.sub(" ", s)
        if s2 != s:
            form = True
            image = image or "im" in s.lower()
            s = s2
    if " -" in s:
        s = _SPACED_HYPHEN.sub("-", s)
    if spaces_only and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s, indent, bullet, level, image, form  # already single-spaced
    if len(s) > PIECE_CHARS:  # no list of every word of a megabyte line
        return (" ".join(filter(None, [" ".join(p.split()) for p in pieces(s)])), indent,
                bullet, level, image, form)
    text = " ".join(s.split())
    return text, indent, bullet, level, image, form


def _measure(raw: str, lexicon: Lexicon) -> Measures:
    """Every measure of one raw line; a pure function of the line and the lexicon."""
    text, indent, bullet, level, image, form = normalise(raw)
    if not text:
        return (raw, "", "", "", _marks(indent, level, image, form), bullet, 0, 0, False, 0.0,
                None)
    # text is single-space separated: its words are its spaces plus one.
    words = ntoks = text.count(" ") + 1
    ascii_text = text.isascii()
    # A megabyte line is counted piece by piece: no list of all its words at once.
    big = len(text) > PIECE_CHARS
    if not ascii_text and _MAYBE_CJK.search(text):
        cjk = len(_CJK.findall(text)) if not big else \
            sum([len(_CJK.findall(p)) for p in pieces(text)])
        if cjk:
            # CJK runs have no spaces: count about one word per 1.5 characters.
            words = max(words, words - 1 + int(cjk / 1.5) + 1)
    # text is collapsed already: fold() and strip_edges() equal match_low() and
    # match_key() here, without the regex passes.
    if ascii_text and _ASCII_QUOTE is not None:
        # fold() of ASCII text, inline: casefold is lower(); only its quote needs fold().
        low = text.lower()
        if _ASCII_QUOTE in low:
            low = fold(text)
    else:
        low = fold(text)
    if low == text:
        low = text  # one string, not two equal ones
    # strip_edges() returns the text itself when letters end it at both ends.
    key = low if low[0].isalpha() and low[-1].isalpha() else strip_edges(low)
    if key is not low:
        key = sys.intern(key)  # menu and list keys recur: lines share one string
    is_stopword = lexicon.stopwords.__contains__
    stopwords = sum(map(is_stopword, low.split())) if not big else \
        sum([sum(map(is_stopword, p.split())) for p in pieces(low)])
    last = text[-1]
    if last in _CLOSERS and len(text) > 1:
        last = text[-2] if text[-2] not in _CLOSERS or len(text) < 3 else text[-3]
    ends = last in _SENTENCE_END
    if ascii_text and not big:  # in ASCII, upper-case means A-Z: count " A" in a translated copy
        shape = text.encode().translate(_CAP_SHAPE)
        capitalised = shape.count(b" A") + (shape[0] == 0x41)
    elif ascii_text:  # every piece but the first starts with its " "
        capitalised = sum([p.encode().translate(_CAP_SHAPE).count(b" A")
                           for p in pieces(text)]) + ("A" <= text[0] <= "Z")
    elif not big:
        capitalised = sum(map(str.isupper, map(_FIRST, text.split())))
    else:
        capitalised = sum([sum(map(str.isupper, map(_FIRST, p.split()))) for p in pieces(text)])
    # The two commonest ratios as shared constants, not a new float per line.
    caps = 0.0 if not capitalised else 1.0 if capitalised == ntoks else capitalised / ntoks
    # Prefix phrases never mark a sentence: "Related: the council also voted ..." is prose.
    lex = lexicon.lookup(key, low, words, MAX_PREFIX_WORDS,
                         allow_prefix=not (ends and words >= PROSE_MIN_WORDS))
    # _marks(), inline
    marks = (indent << _INDENT_SHIFT | level | (_IMAGE if image else 0)
             | (_FORM_BIT if form else 0))
    return (raw, text, key, low, marks, bullet, words, stopwords, ends, caps, lex)


#: Lines up to this long have their measures cached: menus, share bars, footers and
#: blank lines recur within a page and across the pages of a site, prose rarely does.
CACHE_MAX_CHARS: Final = 300
# Bounded (at most about 8192 x 4 short strings, about 3 MB) and thread-safe.
_measure_cached = lru_cache(maxsize=8192)(_measure)


def split_lines(text: str, lexicon: Lexicon | None = None) -> tuple[Line, ...]:
    """Split a page into measured lines (``str.splitlines`` boundaries)."""
    return measure_lines(text.splitlines(), lexicon)


def measure_lines(raws: Sequence[str], lexicon: Lexicon | None = None) -> tuple[Line, ...]:
    """Measured lines of the raw lines of a page (one :class:`Line` per item)."""
    if lexicon is None:
        from .lexicon import load

        lexicon = load()
    cached = _measure_cached
    new_line = _new_line
    limit = CACHE_MAX_CHARS
    empty = cached("", lexicon)  # the commonest line, looked up once
    # Lines too long for the shared cache, measured once per page (a caption or
    # paragraph printed twice): freed with the page.
    long: dict[str, Measures] = {}

    def measure_long(raw: str) -> Measures:
        m = long.get(raw)
        if m is None:
            m = long[raw] = _measure(raw, lexicon)
        return m

    return tuple([new_line(i, empty if not raw else cached(raw, lexicon) if len(raw) <= limit
                           else measure_long(raw))
                  for i, raw in enumerate(raws)])


#: Longest key, in words, of a "Key: value" line.
KEY_MAX_WORDS: Final = 3
_KEY_VALUE = re.compile(r"[^\s:][^:]{0,40}?: \S")


def is_key_value(ln: Line) -> bool:
    """A "Key: value" line of a fact box ("Referee: Carlos Meireles", "Attendance:
    3100", "Estrela do Norte: Rocha; Pires, ..."): a key of at most ``KEY_MAX_WORDS``
    words, a colon and a space, then the value; not a sentence."""
    m = _KEY_VALUE.match(ln.text)
    return (m is not None and m.group(0).count(" ") <= KEY_MAX_WORDS
            and not (ln.ends_sentence and ln.words >= PROSE_MIN_WORDS))


def word_tokens(text: str) -> list[str]:
    """``\\w+`` tokens, the unit of the AEB metric and of repetition checks."""
    return _WORD.findall(text)
