"""``byline``: "By Jane Doe" lines, author names, and reading-time lines.

A byline starts with a lexicon ``byline_prefix`` ("By", "Von", "Par", "Por")
followed by one or more capitalised names, possibly run together with the rest
of a WordPress meta row, as in ``amedpostBy amedpostSeptember 16, 2025 World
No Comments4 Mins Read``. Author roles ("Staff Writer") are cut off; names are
split on commas and "and" words. Every byline line is labelled; the
``metadata`` stage picks the one that belongs to the article.

>>> from newsclean import clean
>>> a = clean("Headline of the story here\\nBy Meg JamesStaff Writer\\n")
>>> (a.lines[1].label.value, a.lines[1].pass_name, a.authors)
('byline', 'byline', ('Meg James',))

Known false positives: a sentence fragment on its own line such as
"By Monday Evening" (capitalised words after "By").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import ClassVar

import regex

from ..config import BylineConfig
from ..lexicon import Lexicon, _trie_pattern
from ..model import Field, Label
from .base import Doc, Item, verdict

# "(?<!\s)" and "(?<!\d)": matches start where a run starts (linear on long runs).
_SPLIT = regex.compile(r"(?<!\s)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bи\b|·|\|)\s*")
_CUT = regex.compile(r"(?<!\s)\s*(?:[|•·—–]|\s-\s|\d|\bon\b|\bat\b|\bupdated\b|\bpublished\b)", regex.I)
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ten",
     "ter", "le", "la", "du", "des", "bin", "bint", "al", "el", "st.", "mc", "y", "e", "zu"}
)
# Labels a byline may take over (menus and debris often hold the author row).
_OPEN_LABELS = frozenset({Label.NAV, Label.OTHER})
_EMAIL = regex.compile(r"\S+@\S+")
# A Chinese name: two to four Han characters (a family name and a given name).
_HAN_NAME = regex.compile(r"\p{Han}{2,4}")
# A Korean name: one word of two to five Hangul syllables ("김서연"), two for a
# transliterated foreign name; Hangul has no capitals to tell names from words.
_HANGUL = regex.compile(r"\p{Hangul}")
_HANGUL_NAME = regex.compile(r"\p{Hangul}{2,5}")
_HANGUL_WORD = regex.compile(r"\p{Hangul}+")
# A byline in brackets closing a story in Japanese, Chinese or Korean: "（記者 高橋美咲）",
# "（记者 王芳 通讯员 李明）", "(김서연 기자)". The inside starts with a letter of a
# script without case, so "(By the way ...)" is left alone.
_BRACKETED = regex.compile(r"^[(（]\s*(\p{Lo}[^()（）]*?)\s*[)）]$")
#: Longest line, in words, read as a Korean name-first byline ("김서연·박지훈 기자 e-mail").
MAX_HANGUL_BYLINE_WORDS = 5
#: Longest "By" + role line, in words, read as a byline naming no one ("By Staff Writer").
MAX_ROLE_BYLINE_WORDS = 5
#: Furthest a byline prefix may start inside a line ("... | By Jane Doe").
MAX_PREFIX_START = 40
_DIGIT = regex.compile(r"\d")  # the same engine's \d (its Unicode tables are newer)
# In ASCII text \d is [0-9] in any engine; the standard library's is cheaper to call.
_ASCII_DIGIT = re.compile(r"[0-9]")


@lru_cache(maxsize=4)
def _patterns(lex: Lexicon) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str],
                                     regex.Pattern[str]]:
    # A character trie of the prefixes (one branch per character instead of every
    # prefix in turn at every position); the longer prefix still wins.
    alt = _trie_pattern(sorted({p.rstrip(":") for p in lex.byline_prefix}))
    # The prefix starts the line, follows a space, or is glued to a lower-case
    # word ("amedpostBy amedpost..."), and is followed by ":" or a space.
    start = regex.compile(rf"(?:^|(?<=\s)|(?<=\p{{Ll}}))(?:{alt}):?\s+(?=\p{{Lu}}|\p{{Ll}}+\p{{Lu}}|\p{{Ll}}{{3,}}(?:\P{{L}}|$)|[\p{{Lo}}])")
    months = sorted(lex.months, key=len, reverse=True)
    malt = "|".join(regex.escape(m) for m in months)
    # A month name glued to a name ("amedpostSeptember 16") ends the name.
    month_cut = regex.compile(rf"(?i:{malt})\.?\s*\d", regex.V1)
    # Only where a role starts matters (the match runs to the end), and a case-sensitive
    # literal trie starts exactly where one of its words does, at a third of the cost.
    role_re = regex.compile(r"(?:" + _trie_pattern(sorted(set(lex.author_roles))) + r")\b.*$")
    # Only whether a line holds a reading time matters, not which phrase: a trie
    # matches the same strings as the alternation, trying one branch per character.
    rt = _trie_pattern(sorted(set(lex.reading_time)))
    # ... or a label, a number and a unit of time ("Leestijd: 3 minuten", "Czas czytania:
    # 4 min"): the whole line, so "Reading time: 4 minutes of pure joy" stays out.
    rl = "|".join(regex.escape(r) for r in lex.reading_time_label)
    label = rf"|^(?:{rl})\s*:?\s*(?<!\d)\d+\s*\p{{L}}{{1,8}}\.?$" if rl else ""
    reading = regex.compile(rf"(?<!\d)\d+\s*(?:{rt}){label}", regex.I)
    return start, month_cut, role_re, reading


@lru_cache(maxsize=4)
def _prefix_anywhere(lex: Lexicon) -> re.Pattern[str]:
    """Any byline prefix followed by white space (after an optional colon), as a plain
    literal trie: a line without one can't match the ``start`` pattern, and the
    standard-library engine scans a literal trie several times faster than ``start``
    with its look-arounds at every position. (Its white space is ``str.isspace``, a superset
    of the regex module's, so nothing ``start`` matches is missed.)"""
    return re.compile("(?:" + _trie_pattern(sorted({p.rstrip(":") for p in lex.byline_prefix}))
                      + r"):?\s")


@lru_cache(maxsize=4)
def _role_words(lex: Lexicon) -> frozenset[str]:
    """The one-word author roles, casefolded ("reporter", "correspondent", "editor"),
    without news agencies: the last word of a role phrase after a name."""
    agencies = _agencies(lex)
    return frozenset(r.casefold() for r in lex.author_roles
                     if " " not in r.strip() and r not in agencies and r.isalpha()
                     and r[0].isupper())


@lru_cache(maxsize=4)
def _whole_roles(lex: Lexicon) -> frozenset[str]:
    """Every author role, casefolded ("staff writer", "redakteur"): a byline prefix
    followed by one of these and nothing else ("By Staff Writer") names no one."""
    return frozenset(r.casefold() for r in lex.author_roles if r not in _agencies(lex))


def _role_only(rest: str, lex: Lexicon) -> bool:
    """Whether the text after a byline prefix is an author role alone ("Staff
    Writer", "Staff Reporter"): the byline of a writer the page does not name."""
    return rest.strip(" .:-–—()").casefold() in _whole_roles(lex)


@lru_cache(maxsize=4)
def _role_anywhere(lex: Lexicon) -> re.Pattern[str]:
    """Any author role anywhere, as a literal trie: the precheck of ``role_re``, whose
    alternation of every role is tried in turn at every position."""
    return re.compile(_trie_pattern(sorted(set(lex.author_roles))))


# An agency's short name: "dpa", "epd", "AFP", "SID".
_AGENCY_SHAPE = regex.compile(r"[a-z]{2,4}|[A-Z]{2,5}")


@lru_cache(maxsize=4)
def _agencies(lex: Lexicon) -> frozenset[str]:
    """News agencies among the author roles (they end a byline: "Jane Roe, Reuters"):
    the roles that are also photo credits ("Reuters", "Europa Press") or read as an
    agency's short name ("dpa", "AFP")."""
    credits = set(lex.caption_credit)
    return frozenset(r for r in lex.author_roles
                     if r in credits or _AGENCY_SHAPE.fullmatch(r))


@lru_cache(maxsize=4)
def _source_line(lex: Lexicon) -> regex.Pattern[str] | None:
    """ "Quelle: dpa", "Source: AFP": a source word, a colon and the agency."""
    if not lex.source_prefix:
        return None
    alt = "|".join(regex.escape(p.rstrip(": ")) for p in lex.source_prefix)
    return regex.compile(rf"(?:{alt})\s*:\s*(.{{2,40}})", regex.I)


@lru_cache(maxsize=4)
def _hangul_byline(lex: Lexicon) -> regex.Pattern[str] | None:
    """ "김서연 기자", "김서연·박지훈 기자", "[서울=뉴스1] 김서연 특파원 kim@example.com":
    Korean names come before their role, with no prefix word. The roles are the
    lexicon's one-word author roles written in Hangul."""
    roles = sorted({r for r in lex.author_roles if _HANGUL_WORD.fullmatch(r)}, key=len,
                   reverse=True)
    if not roles:
        return None
    alt = "|".join(regex.escape(r) for r in roles)
    name = r"\p{Hangul}{2,5}"
    return regex.compile(rf"(?:\[[^\]]{{1,30}}\]\s*)?({name}(?:\s*[,·]\s*{name})*)\s*(?:{alt})"
                         r"(?:\s+\S+@\S+)?\s*")


def parse_authors(rest: str, lex: Lexicon, max_author_words: int) -> tuple[str, ...]:
    """Names out of the text after a byline prefix ("" if it doesn't read as names)."""
    _, month_cut, role_re, _ = _patterns(lex)
    rest = _EMAIL.sub(" ", rest)
    whole = rest.strip(" .:-–—()")
    if whole in _agencies(lex):
        return (whole,)  # "By Reuters", "Von dpa": agency copy, no writer named
    # A month cut ends in a digit and a role is one of the lexicon's: cheap prechecks
    # (the same engine's \d; a literal trie) spare the month and role alternations.
    m = month_cut.search(rest) if _DIGIT.search(rest) else None
    if m:
        rest = rest[: m.start()]
    m = _CUT.search(rest)
    if m:
        rest = rest[: m.start()]
    parts = _SPLIT.split(rest)
    roles = _role_words(lex)
    for k in range(1, len(parts)):
        # "Jane Roe, Transport reporter", "…, Senior Health Correspondent", "…,
        # redactora de Economía": a part after the name that starts or ends with a
        # role word is the role, whatever its case.
        words = parts[k].strip(" .:-–—").casefold().split()
        if words and any(w in roles or w.rstrip("s") in roles for w in (words[0], words[-1])):
            parts = parts[:k]
            rest = ", ".join(parts)
            break
    m = role_re.search(rest) if _role_anywhere(lex).search(rest) else None
    if m:
        rest = rest[: m.start()]
        parts = _SPLIT.split(rest)
    names: list[str] = []
    for part in parts:
        part = part.strip(" .:-–—")
        if not part:
            continue
        words = part.split()
        if len(words) > max_author_words:
            return ()
        ok = all(w[0].isupper() or not w[0].isalpha() or w.casefold() in _NAME_PARTICLES
                 or w[0].isalpha() and not w[0].islower()  # scripts without case
                 for w in words)
        single_lower = len(words) == 1 and words[0].isalnum()
        if _HANGUL.match(words[0]) and (len(words) > 2 or not all(
                _HANGUL_NAME.fullmatch(w) for w in words)):
            return ()  # a Korean phrase, not a name
        if not ok and not single_lower:
            return ()
        if len(words) > 1 and all(_HAN_NAME.fullmatch(w) for w in words) and (
                len(words) > 2 or all(len(w) > 2 for w in words)):
            # "陈晓雯 刘振华": Chinese names hold no space. Two short words may
            # be one Japanese name, family name first ("山田 太郎").
            names.extend(words)
            continue
        while len(words) > 1 and words[-1].casefold() in _NAME_PARTICLES:
            words.pop()  # "Antoine Becquerel le 03/03/2025": "le" starts the date
        if len(words) > 1 and all(w.isupper() for w in words if w.isalpha()):
            words = [w[:1] + w[1:].lower() for w in words]  # "KAREN WHITLOCK"
        names.append(" ".join(words))
    return tuple(dict.fromkeys(names))


def _bare_word_midline(prefix: str, authors: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a prefix inside the line, after a space and without its colon, stands
    before one word that is no agency: a title's words ("Change Font Size of All Text
    Elements", "SN United By Sport"), not a byline. Glued to the word before it
    ("adminBy admin"), with its colon ("Foto: dpa Text: Mia") or before a full name
    ("Updated 2 hours ago By Jane Roe") it still is one."""
    return (":" not in prefix and all(" " not in a.strip() for a in authors)
            and not any(a.strip() in _agencies(lex) for a in authors))


class Byline:
    name: ClassVar[str] = "byline"
    labels: ClassVar[frozenset[Label]] = frozenset({Label.BYLINE})
    overturns: ClassVar[bool] = False

    def __init__(self, config: BylineConfig) -> None:
        self.config = config

    def judge(self, doc: Doc) -> Iterator[Item]:
        lex = doc.lexicon
        start, _, _, reading = _patterns(lex)
        anywhere = _prefix_anywhere(lex)
        # A prefix counts only where it starts by MAX_PREFIX_START: ``anywhere`` needs
        # the text up to there and one prefix, its colon and a space past it.
        window = MAX_PREFIX_START + 1 + max(map(len, lex.byline_prefix), default=0) + 2
        max_words = self.config.max_words
        for ln, v in zip(doc.lines, doc.decided):
            if (not ln.text or ln.words > max_words
                    or (v is not None and v.label not in _OPEN_LABELS)):
                continue
            text = ln.text
            bm = _BRACKETED.match(text) if text[0] in "(（" else None
            if bm is not None:
                text = bm.group(1)  # "（記者 高橋美咲）": the byline inside the brackets
            m = start.search(text) if anywhere.search(text, 0, window) else None
            # Mid-line, only a capitalised prefix counts ("... | By Jane Doe",
            # "amedpostBy amedpost"), so "killed by Police" is not a byline.
            if m and (m.start() == 0 or (m.group(0)[0].isupper()
                                         and m.start() <= MAX_PREFIX_START)):
                authors = parse_authors(text[m.end():], lex, self.config.max_author_words)
                if (authors and m.start() > 0 and text[m.start() - 1].isspace()
                        and _bare_word_midline(m.group(0), authors, lex)):
                    authors = ()
                if authors and not (ln.ends_sentence and ln.words > 8 and m.start() > 0):
                    prefix = m.group(0).strip()
                    if prefix.casefold().rstrip(": ") in lex.reviewer_prefix:
                        # "Medically reviewed by Jane Roe": a byline, not the author
                        yield verdict(ln.index, Label.BYLINE, f"'{prefix}' + reviewer",
                                      self.name)
                        continue
                    yield verdict(ln.index, Label.BYLINE, f"'{prefix}' + name", self.name)
                    yield Field("authors", authors, ln.index, f"after '{prefix}'")
                    continue
                if (not authors and m.start() == 0 and ln.words <= MAX_ROLE_BYLINE_WORDS
                        and _role_only(text[m.end():], lex)):
                    # "By Staff Writer": a byline without a name (no author to report)
                    yield verdict(ln.index, Label.BYLINE, f"'{m.group(0).strip()}' + role",
                                  self.name)
                    continue
            head = ln.text[:12]
            hb = (_hangul_byline(lex) if ln.words <= MAX_HANGUL_BYLINE_WORDS
                  and not head.isascii() and _HANGUL.search(head) else None)
            hm = hb.fullmatch(text.strip()) if hb is not None else None
            if hm is not None:
                names = tuple(dict.fromkeys(regex.split(r"\s*[,·]\s*", hm.group(1))))
                yield verdict(ln.index, Label.BYLINE, "Korean name + role", self.name)
                yield Field("authors", names, ln.index, "name before a role")
                continue
            # (the pattern needs a colon)
            src = _source_line(lex) if ln.words <= 4 and ":" in ln.text else None
            sm = src.fullmatch(ln.text) if src is not None else None
            if sm is not None and sm.group(1).strip() in _agencies(lex):
                agency = sm.group(1).strip()
                yield verdict(ln.index, Label.BYLINE, f"agency source '{agency}'", self.name)
                yield Field("authors", (agency,), ln.index, "agency source")
                continue
            # cheap precheck: a reading time starts with a number
            # Length guard: "\d+\s*" restarts at every digit of a long digit run.
            if (ln.words <= 6 and len(ln.text) <= 120
                    and (_ASCII_DIGIT if ln.text.isascii() else _DIGIT).search(ln.text)
                    and reading.search(ln.text)):
                yield verdict(ln.index, Label.BYLINE, "reading time", self.name)
