"""Vocabulary as data: load, validate and compile the per-language JSON files.

All languages are merged into one :class:`Lexicon`, compiled once at first use
and then shared read-only (safe across threads). Matching is by hash lookup on
the normalised line (``exact``), on its first one to five words (``prefix``),
and by one trie-shaped regex per page line for ``contains`` phrases, so the
cost per line does not grow with the number of phrases.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any, Final

import regex

from ..model import Label

__all__ = ["Lexicon", "LexiconError", "Match", "fold", "load", "match_key", "match_low",
           "pieces", "strip_edges"]

#: Boilerplate labels a phrase may carry.
PHRASE_LABELS: Final = frozenset(
    {
        "nav", "breadcrumb", "trending", "related", "share", "footer", "cookie",
        "newsletter", "comments", "ad", "paywall", "other",
    }
)
_LIST_KEYS: Final = (
    "share_tokens", "byline_prefix", "author_roles", "published_prefix", "updated_prefix",
    "reading_time", "reading_time_label", "summary_heading", "ingredients_heading",
    "source_prefix", "excerpt_prefix", "reviewer_prefix",
    "caption_credit", "caption_prefix", "author_box", "closing", "profile_verb", "home",
    "weekdays", "stopwords", "relative_date", "relative_day", "poll_vote", "figure_label",
    "adjacent_post", "bio_verb", "call_verb", "call_now", "first_person", "stock_photo",
)
_KNOWN_KEYS: Final = frozenset({"language", "phrases", "months", "not_article", *_LIST_KEYS})
#: Longest prefix phrase, in words, that the prefix table indexes.
MAX_PREFIX_WORDS: Final = 6

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"',
                         "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"})
# Leading and trailing characters that never change what a line *is*: bullets,
# punctuation, counters ("Comments (12)", "Share 0"), arrows and symbols.
_EDGES = regex.compile(r"^[\W\d_]+|[\W\d_]+$")
_EDGE_RUN = regex.compile(r"[\W\d_]+")
_EDGE_CHAR = regex.compile(r"[\W\d_]")
_ASCII_NON_LETTERS: Final = "".join(chr(c) for c in range(128) if not chr(c).isalpha())
_QUOTE_PAIRS: Final = tuple((chr(k), str(v)) for k, v in _QUOTES.items())
# The quote characters that are ASCII ("`"): an ASCII text without them folds to its casefold.
_ASCII_QUOTES: Final = "".join(q for q, _ in _QUOTE_PAIRS if q.isascii())
_SPACE = regex.compile(r"\s+")
# Runs of letters: the words a line offers to the anchors of ``contains`` phrases
# (also when glued to punctuation, as in "cookies.ok!").
_LETTERS = re.compile(r"[^\W\d_]+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# Every byte but the ASCII letters made a space: on the UTF-8 bytes of an ASCII line,
# ``bytes.translate`` and ``split`` then give the runs of letters that ``_LETTERS``
# finds, several times faster than the regex.
_ASCII_LETTER_RUNS: Final = bytes(c if chr(c).isascii() and chr(c).isalpha() else 0x20
                                  for c in range(256))
_PUNCT: Final = ".,;:!?\"'()[]{}<>«»-–—/|*#@&%+=~"
#: Marks that close a prefix phrase ("Tags:", "Related »"): see ``Lexicon.prefix_marked``.
_CLOSING_MARKS: Final = frozenset(":：»>|-–—")


def match_low(text: str) -> str:
    """Casefolded text with typographic quotes and dashes made ASCII and spaces collapsed."""
    return _SPACE.sub(" ", text.casefold().translate(_QUOTES)).strip()


def match_key(text: str) -> str:
    """The key a line is looked up by: ``match_low`` with edge punctuation and counters stripped.

    >>> match_key("  • Share on Facebook (12)")
    'share on facebook'
    >>> match_key("Editors’ Picks:")
    "editors' picks"
    """
    return strip_edges(match_low(text))


def fold(text: str) -> str:
    """``match_low`` of a text whose white space is already collapsed to single
    spaces and stripped (as ``Line.text`` is): casefolding and the quote mapping
    never create white space, so only those two steps remain.

    >>> fold("Editors’ Picks") == match_low("Editors’ Picks")
    True
    """
    s = text.casefold()
    if s.isascii() and not any(map(s.__contains__, _ASCII_QUOTES)):
        return s
    # One replace per quote character present: str.translate with a dict costs a
    # lookup per character (15x slower on a line of prose), and no replacement is
    # itself a quote character, so the order does not matter.
    for quote, ascii_quote in _QUOTE_PAIRS:
        if quote in s:
            s = s.replace(quote, ascii_quote)
    return s


#: Texts longer than this many characters are scanned in pieces about this long, so the
#: word list of a megabyte line never exists at once (a word is a 50-byte object).
PIECE_CHARS: Final = 1 << 15


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """``text`` cut just before a space about every ``size`` characters (``text``
    itself when it is shorter): no word, run of letters or " X" pair straddles two
    pieces, and every piece but the first starts with the space.

    >>> list(pieces("one two three four", 5))
    ['one two', ' three', ' four']
    """
    n = len(text)
    start = 0
    while n - start > size:
        cut = text.find(" ", start + size)
        if cut < 0:
            break
        yield text[start:cut]
        start = cut
    yield text[start:] if start else text


def strip_edges(low: str) -> str:
    """``match_key`` of a ``match_low`` result: edge punctuation and counters stripped.

    >>> strip_edges("share on facebook (12)")
    'share on facebook'
    """
    if not low or (low[0].isalpha() and low[-1].isalpha()):
        return low  # letters at both ends: the edge pattern can't match
    if low.isascii():  # in ASCII, [\W\d_] is "not a letter"
        return low.strip(_ASCII_NON_LETTERS)
    # The leading run, then the trailing run walked back one character at a time:
    # _EDGES' "[...]+$" branch would be tried at every position of the line.
    m = _EDGE_RUN.match(low)
    start = m.end() if m else 0
    if start == len(low):
        return ""
    end = len(low)
    while _EDGE_CHAR.match(low, end - 1):  # stops at low[start], which is no edge char
        end -= 1
    return low[start:end]


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and key."""


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit: which label, which phrase, how it matched, from which language."""

    label: Label
    phrase: str
    kind: str  # "exact" | "prefix" | "contains"
    lang: str

    @property
    def evidence(self) -> str:
        return f"{self.kind} '{self.phrase}' ({self.lang})"


# eq=False: identity hash, so compiled patterns can be cached per lexicon object.
@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """The merged, compiled vocabulary of every language file."""

    languages: tuple[str, ...]
    exact: dict[str, Match]
    prefix: dict[str, Match]
    contains: dict[str, Match]
    #: The ``contains`` phrases by one of their words (the anchor, see ``_anchor``):
    #: a line is tested only for the phrases whose anchor is one of its words, by
    #: substring search, instead of scanning every phrase at every position.
    contains_by_anchor: dict[str, tuple[str, ...]]
    #: The few phrases without a usable anchor word ("© 20"), always scanned.
    contains_always_re: re.Pattern[str] | None
    share_tokens: frozenset[str]
    byline_prefix: tuple[str, ...]
    author_roles: tuple[str, ...]
    published_prefix: tuple[str, ...]
    updated_prefix: tuple[str, ...]
    reading_time: tuple[str, ...]
    reading_time_label: tuple[str, ...]
    summary_heading: frozenset[str]
    ingredients_heading: frozenset[str]
    source_prefix: tuple[str, ...]
    #: "Aus:", "Excerpted from": what opens the source note under a book excerpt, folded
    #: as ``Line.low`` is.
    excerpt_prefix: tuple[str, ...]
    reviewer_prefix: frozenset[str]
    caption_credit: tuple[str, ...]
    caption_prefix: tuple[str, ...]
    author_box: tuple[str, ...]
    closing: tuple[str, ...]
    profile_verb: tuple[str, ...]
    home: frozenset[str]
    months: dict[str, int]
    weekdays: frozenset[str]
    stopwords: frozenset[str]
    stopwords_by_lang: dict[str, frozenset[str]]
    error_phrases: tuple[str, ...]
    paywall_phrases: tuple[str, ...]
    #: "# hours ago", "vor # Stunden": relative dates, "#" for the number (match_key form).
    relative_date: frozenset[str] = frozenset()
    #: "Today", "Gestern um": day words that make a relative date with a time of day.
    relative_day: frozenset[str] = frozenset()
    #: "Vote", "Stem", "Abstimmen": the button under a poll's answers (match_key form).
    poll_vote: frozenset[str] = frozenset()
    #: "Figure", "Abbildung", "Rys.": the word before a figure's number that opens its
    #: caption ("Figure 3: ...").
    figure_label: tuple[str, ...] = ()
    #: "Previous article", "Article suivant": the phrase that opens a link to the story
    #: before or after this one ("Next article<headline>"), as written.
    adjacent_post: tuple[str, ...] = ()
    #: "is the founder", "ist Redakteurin": after a person's name, the words that make
    #: the article's last paragraph its author's bio (``match_low`` form).
    bio_verb: tuple[str, ...] = ()
    #: "bestellen", "anmelden": infinitives that end a call to action ("Buch bestellen",
    #: "Jetzt für den Newsletter anmelden"), and the "now" words that may open it.
    call_verb: frozenset[str] = frozenset()
    call_now: frozenset[str] = frozenset()
    #: "I", "my", "ich", "mir": words of a writer speaking of themself (casefolded), as
    #: an author box under a name heading reads ("I love ...", "Ich mag ...").
    first_person: frozenset[str] = frozenset()
    #: "Symbolbild", "File photo", "Foto de archivo": a photo that only illustrates the
    #: story; "(Symbolbild)." ending a line marks it as that photo's caption.
    stock_photo: tuple[str, ...] = ()
    #: Word counts of the prefix keys (at most ``MAX_PREFIX_WORDS``), longest first,
    #: and their first words: a line whose first word starts no prefix key is spared
    #: the joins, and only lengths that exist are tried.
    prefix_sizes: tuple[int, ...] = ()
    prefix_firsts: frozenset[str] = frozenset()
    #: One-word prefix keys written only with a closing mark ("MORE:", "Theme:", "Tags:"):
    #: they mark a line only where the mark follows the phrase ("More: five things to know",
    #: "Tags : news") or the line is the phrase alone, never a headline that merely
    #: starts with the word ("More than 300 homes lose power", "Theme park reopens").
    prefix_marked: frozenset[str] = frozenset()
    #: ``contains_always_re`` over the ASCII phrases only: an ASCII line can't hold
    #: any other, and the smaller trie scans several times faster.
    contains_always_ascii_re: re.Pattern[str] | None = None
    #: Characters every ASCII anchorless phrase holds ("-" in "[missing-im]" and
    #: "affiliate-links"): an ASCII line missing one of them is spared that scan.
    contains_always_ascii_chars: str = ""
    #: ``contains_by_anchor`` restricted to ASCII anchors, keyed by their bytes (the
    #: anchors an ASCII line can hold, found with ``_ASCII_LETTER_RUNS``).
    contains_by_ascii_anchor: dict[bytes, tuple[str, ...]] = field(default_factory=dict)
    contains_ascii_anchors: frozenset[bytes] = frozenset()

    def lookup(self, key: str, low: str, words: int, max_prefix_words: int,
               allow_prefix: bool = True) -> Match | None:
        """The first lexicon match of a line: exact, then prefix (short lines, and
        only when ``allow_prefix``: not on sentences), then contains."""
        m = self.exact.get(key)
        if m is not None:
            return m
        if allow_prefix and words <= max_prefix_words and key:
            parts = key.split(" ", MAX_PREFIX_WORDS)
            first = parts[0]
            # A key matched by the first n words starts with the line's first word
            # (the n = 1 candidate loses its edge punctuation) and has n words.
            if first in self.prefix_firsts or first.rstrip(_PUNCT) in self.prefix_firsts:
                for n in self.prefix_sizes:
                    if n > len(parts):
                        continue
                    # "read more: the vote" -> "read more": keys of phrases lost their colon too.
                    head = " ".join(parts[:n])
                    cut = head.rstrip(_PUNCT)
                    m = self.prefix.get(cut)
                    if m is not None:
                        if (cut in self.prefix_marked and head == cut and n < len(parts)
                                and parts[n].split(" ", 1)[0].strip(_PUNCT)):
                            continue  # "more than 300 ..." carries no "more:" mark
                        return m
        ascii_line = low.isascii()
        always_re = self.contains_always_ascii_re if ascii_line else self.contains_always_re
        if always_re is not None and (not ascii_line or all(
                map(low.__contains__, self.contains_always_ascii_chars))):
            found = always_re.search(low)
            if found is not None:
                return self.contains[found.group(0)]
        best: str | None = None
        at = -1
        if ascii_line:
            by_anchor: dict[Any, tuple[str, ...]] = self.contains_by_ascii_anchor
            anchors: Iterable[Any] = self.contains_ascii_anchors.intersection(
                low.encode().translate(_ASCII_LETTER_RUNS).split()) if len(low) <= PIECE_CHARS \
                else _long_ascii_anchors(self.contains_ascii_anchors, low)
        else:
            by_anchor = self.contains_by_anchor
            # Only the words that anchor a phrase (most words anchor none). The order
            # of the words doesn't matter: two phrases found at one place and of one
            # length are the same phrase.
            anchors = by_anchor.keys() & (_LETTERS.findall(low) if len(low) <= PIECE_CHARS
                                          else _long_letter_runs(low))
        for word in anchors:
            for phrase in by_anchor.get(word, ()):
                k = low.find(phrase)  # the leftmost phrase wins, then the longest
                if k >= 0 and (best is None or k < at or (k == at and len(phrase) > len(best))):
                    best, at = phrase, k
        if best is not None:
            return self.contains[best]
        return None


def _long_ascii_anchors(anchors: frozenset[bytes], low: str) -> set[bytes]:
    """``anchors`` among the runs of letters of a long ASCII ``low``, piece by piece."""
    found: set[bytes] = set()
    for p in pieces(low):
        found |= anchors.intersection(p.encode().translate(_ASCII_LETTER_RUNS).split())
    return found


def _long_letter_runs(low: str) -> set[str]:
    """The distinct runs of letters of a long ``low``, piece by piece."""
    found: set[str] = set()
    for p in pieces(low):
        found.update(_LETTERS.findall(p))
    return found


def _trie_pattern(words: list[str]) -> str:
    """A regex source matching exactly ``words``, shaped as a character trie so the
    engine tests one branch per character instead of every phrase in turn."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        end = "" in node
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _trie_regex(phrases: list[str]) -> re.Pattern[str] | None:
    """One trie-shaped pattern for many literal phrases (longest match wins).

    The standard-library engine runs this literal trie several times faster than
    the regex module does (measured on lexicon phrases: 26 vs 160 microseconds
    per 120-character line); the pattern is a pure literal trie, so it cannot
    backtrack more than the depth of the trie at each position.
    """
    if not phrases:
        return None
    return re.compile(_trie_pattern(sorted(set(phrases))))


def _common_chars(phrases: list[str]) -> str:
    """The characters that every phrase holds, rarest-looking (non-letters) first."""
    common = set.intersection(*map(set, phrases)) if phrases else set()
    return "".join(sorted(common, key=lambda c: (c.isalpha(), c)))


def _anchor(phrase: str) -> str | None:
    """The longest alphabetic inner word of a phrase (edge words may match partially,
    as "use cookies" does inside "because cookies"), or None when it has none."""
    toks = [t.strip(_PUNCT) for t in phrase.split()]
    inner = toks[1:-1] if len(toks) >= 3 else toks
    best = max((t for t in inner if t.isalpha()), key=len, default="")
    if len(best) < 3:  # no inner word will do: take an edge word, matched whole
        best = max((t for t in toks if t.isalpha()), key=len, default="")
    return best if len(best) >= 3 else None


def _load_file(lang: str, raw: str) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise LexiconError(f"lexicon/{lang}.json is not valid JSON: {e}") from e
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon/{lang}.json must hold a JSON object")
    if data.get("language") != lang:
        raise LexiconError(f"lexicon/{lang}.json: 'language' must be {lang!r}")
    unknown = set(data) - _KNOWN_KEYS
    if unknown:
        raise LexiconError(f"lexicon/{lang}.json: unknown keys {sorted(unknown)}")
    for key in _LIST_KEYS:
        if key in data and (not isinstance(data[key], list) or not data[key]):
            raise LexiconError(f"lexicon/{lang}.json: {key!r} must be a non-empty list")
    return data


def _build(files: dict[str, str]) -> Lexicon:
    exact: dict[str, Match] = {}
    prefix: dict[str, Match] = {}
    contains: dict[str, Match] = {}
    lists: dict[str, list[str]] = {k: [] for k in _LIST_KEYS}
    months: dict[str, int] = {}
    errors: list[str] = []
    paywalls: list[str] = []
    stop_by_lang: dict[str, frozenset[str]] = {}
    marked: set[str] = set()  # prefix keys of phrases written with a closing mark
    bare: set[str] = set()  # ... and of phrases written without one
    for lang in sorted(files, key=lambda x: (x != "en", x)):  # English first wins ties
        data = _load_file(lang, files[lang])
        phrases = data.get("phrases", {})
        if not isinstance(phrases, dict):
            raise LexiconError(f"lexicon/{lang}.json: 'phrases' must be an object")
        for label, groups in phrases.items():
            if label not in PHRASE_LABELS:
                raise LexiconError(f"lexicon/{lang}.json: unknown label {label!r} in 'phrases'")
            if not isinstance(groups, dict):
                raise LexiconError(f"lexicon/{lang}.json: phrases.{label} must be an object")
            for kind, items in groups.items():
                if kind not in ("exact", "prefix", "contains") or not isinstance(items, list):
                    raise LexiconError(f"lexicon/{lang}.json: phrases.{label}.{kind} is not valid")
                table = {"exact": exact, "prefix": prefix, "contains": contains}[kind]
                for phrase in items:
                    norm = match_low(phrase) if kind == "contains" else match_key(phrase)
                    if not norm:
                        raise LexiconError(
                            f"lexicon/{lang}.json: phrases.{label}.{kind} has {phrase!r}, "
                            "which normalises to nothing"
                        )
                    if kind == "prefix" and len(norm) < (2 if _CJK.search(norm) else 3):
                        raise LexiconError(
                            f"lexicon/{lang}.json: prefix {phrase!r} is too short to be safe"
                        )
                    table.setdefault(norm, Match(Label(label), phrase, kind, lang))
                    if kind == "prefix" and " " not in norm:
                        (marked if phrase.rstrip()[-1:] in _CLOSING_MARKS else bare).add(norm)
        for key in _LIST_KEYS:
            lists[key].extend(str(x) for x in data.get(key, []))
        for name, num in dict(data.get("months", {})).items():
            if not isinstance(num, int) or not 1 <= num <= 12:
                raise LexiconError(f"lexicon/{lang}.json: month {name!r} must map to 1..12")
            months.setdefault(name.casefold(), num)
            # Casefolding expands some letters (Greek "ΐ" of "Μαΐου" to three code points)
            # that the date patterns' simple case folding matches only as written.
            months.setdefault(name.lower(), num)
        na = data.get("not_article", {})
        if isinstance(na, dict):
            errors.extend(na.get("error", []))
            paywalls.extend(na.get("paywall", []))
        stop_by_lang[lang] = frozenset(w.casefold() for w in data.get("stopwords", []))
    anchored = {p: a for p in contains if (a := _anchor(p)) is not None}
    by_anchor: dict[str, list[str]] = {}
    for phrase, word in anchored.items():
        by_anchor.setdefault(word, []).append(phrase)
    always = [p for p in contains if p not in anchored]
    always_re = _trie_regex(always)
    return Lexicon(
        languages=tuple(sorted(files)),
        exact=exact,
        prefix=prefix,
        contains=contains,
        contains_by_anchor={w: tuple(ps) for w, ps in by_anchor.items()},
        contains_always_re=always_re,
        share_tokens=frozenset(match_low(t) for t in lists["share_tokens"]),
        byline_prefix=tuple(dict.fromkeys(lists["byline_prefix"])),
        author_roles=tuple(sorted(set(lists["author_roles"]), key=len, reverse=True)),
        published_prefix=tuple(dict.fromkeys(lists["published_prefix"])),
        updated_prefix=tuple(dict.fromkeys(lists["updated_prefix"])),
        reading_time=tuple(dict.fromkeys(lists["reading_time"])),
        reading_time_label=tuple(dict.fromkeys(lists["reading_time_label"])),
        summary_heading=frozenset(match_key(h) for h in lists["summary_heading"]),
        ingredients_heading=frozenset(match_key(h) for h in lists["ingredients_heading"]),
        source_prefix=tuple(dict.fromkeys(lists["source_prefix"])),
        excerpt_prefix=tuple(dict.fromkeys(fold(p) for p in lists["excerpt_prefix"])),
        reviewer_prefix=frozenset(p.casefold().rstrip(": ") for p in lists["reviewer_prefix"]),
        caption_credit=tuple(dict.fromkeys(lists["caption_credit"])),
        caption_prefix=tuple(dict.fromkeys(lists["caption_prefix"])),
        author_box=tuple(dict.fromkeys(w.casefold() for w in lists["author_box"])),
        closing=tuple(dict.fromkeys(match_low(w) for w in lists["closing"])),
        profile_verb=tuple(dict.fromkeys(match_low(w) + " " for w in lists["profile_verb"])),
        home=frozenset(match_key(h) for h in lists["home"]),
        months=months,
        weekdays=frozenset(w.casefold() for w in lists["weekdays"]),
        stopwords=frozenset(w.casefold() for w in lists["stopwords"]),
        stopwords_by_lang=stop_by_lang,
        relative_date=frozenset(match_key(p) for p in lists["relative_date"]),
        relative_day=frozenset(match_key(p) for p in lists["relative_day"]),
        poll_vote=frozenset(match_key(p) for p in lists["poll_vote"]),
        figure_label=tuple(dict.fromkeys(lists["figure_label"])),
        adjacent_post=tuple(dict.fromkeys(lists["adjacent_post"])),
        bio_verb=tuple(dict.fromkeys(match_low(w) for w in lists["bio_verb"])),
        call_verb=frozenset(lists["call_verb"]),
        call_now=frozenset(w.casefold() for w in lists["call_now"]),
        first_person=frozenset(w.casefold() for w in lists["first_person"]),
        stock_photo=tuple(dict.fromkeys(lists["stock_photo"])),
        error_phrases=tuple(match_low(p) for p in errors),
        paywall_phrases=tuple(match_low(p) for p in paywalls),
        prefix_sizes=tuple(sorted(
            {n for k in prefix if (n := k.count(" ") + 1) <= MAX_PREFIX_WORDS}, reverse=True)),
        prefix_firsts=frozenset(k.split(" ", 1)[0] for k in prefix),
        prefix_marked=frozenset(marked - bare),
        contains_always_ascii_re=_trie_regex([p for p in always if p.isascii()]),
        contains_always_ascii_chars=_common_chars([p for p in always if p.isascii()]),
        contains_by_ascii_anchor={w.encode(): tuple(ps) for w, ps in by_anchor.items()
                                  if w.isascii()},
        contains_ascii_anchors=frozenset(w.encode() for w in by_anchor if w.isascii()),
    )


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon of every ``*.json`` file in this package, compiled once."""
    files: dict[str, str] = {}
    for entry in resources.files(__package__).iterdir():
        if entry.name.endswith(".json"):
            files[entry.name[: -len(".json")]] = entry.read_text(encoding="utf-8")
    if not files:
        raise LexiconError("no lexicon files found in newsclean/lexicon/")
    return _build(files)
