"""``region``: find the article, a contiguous run of prose, and settle every line left.

Context stage. Each line gets a weight: prose lines weigh by their length,
short undecided lines and removed lines weigh against, list and comment
headings weigh heavily against, extracted lines (bylines, dates, captions) are
neutral. The article is the contiguous run of lines with the largest total
weight (a maximum-subarray scan, linear in the page), so prose-like teasers
far from the article stay outside, and a short line between two paragraphs
stays inside.

Inside the region, undecided lines are ``body``, or ``heading`` when short and
unpunctuated; a run of more than ``max_list_run`` short lines is a link list,
not subheadings. Outside, undecided lines are labelled after the nearest list
heading above them (``related``, ``trending``, ``comments``) or ``other``.

>>> from newsclean import clean
>>> page = "Menu\\nNews\\n\\n" + "\\n\\n".join(f"The council met on day {d} and voted to keep the library open for another year." for d in "123")
>>> [r.label.value for r in clean(page).lines if r.text]
['nav', 'nav', 'body', 'body', 'body']

Known false positives: a prose paragraph glued to the article by nothing but a
short line (an author bio right after the last paragraph stays in).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import ClassVar, Final

import regex

from ..config import RegionConfig
from ..lexicon import Lexicon, _trie_pattern, match_low
from ..lines import Line, is_key_value
from ..model import KEPT_LABELS, REMOVED_LABELS, Field, Label, Verdict
from ..verdict import SMALL_BODY_WORDS, is_error_page
from .base import Doc, Item, verdict
from .dateline import is_post_signature

# Labels whose lexicon-exact lines open a block that is never article content.
_BARRIER_LABELS = frozenset({Label.TRENDING, Label.RELATED, Label.COMMENTS})
_CONTEXT_LABELS = frozenset({Label.TRENDING, Label.RELATED, Label.COMMENTS})
_META_LABELS = frozenset({Label.BYLINE, Label.DATE})
_NEUTRAL_LABELS = frozenset({Label.CAPTION, Label.BLANK})
# Lines of a headline block (byline, date, photo): prose above them is a dek, a
# caption or another story, so the bridge up across them needs the full weight.
_HEADER_BLOCK_LABELS = frozenset({Label.BYLINE, Label.DATE, Label.CAPTION})
# Widgets a story's text runs on below (share buttons, an ad label): downwards, an
# island of them alone costs one short line (see ``Region._island_cost``).
_INLINE_LABELS = frozenset({Label.SHARE, Label.AD})
# Labels that weigh as removed lines (unless a blank-line rule: see ``Region.weight``).
_PLAIN_REMOVED = (frozenset(Label) - _META_LABELS - _NEUTRAL_LABELS - _BARRIER_LABELS
                  - KEPT_LABELS)
#: A prose line whose word 4-grams were already in the article at least this
#: much is a copy (pages that print the story twice: AMP or feed copies).
MIN_REPEAT_SHARE = 0.8
#: Shorter lines may repeat legitimately (the same question put to each guest).
MIN_REPEAT_WORDS = 12
#: A line with fewer distinct 4-grams says too little to be called a copy.
MIN_REPEAT_GRAMS = 8
#: A second copy of the story holds at least this many words in consecutive lines ...
MIN_COPY_WORDS = 60
#: ... or is a single repeated line at least this long (hard-wrapped copies).
MIN_COPY_LINE_WORDS = 100
#: A prose line printed this many times on the page is no article text (an image's
#: pin description or alt text under each picture); a pull quote is printed twice.
MIN_PROSE_PRINTS = 3
_WORD = regex.compile(r"\w+")
# The same tokens on ASCII text, where \w is [A-Za-z0-9_]: every other byte made a
# space, ``bytes.translate`` and ``split`` find them at a third of a regex's cost.
_ASCII_NON_WORD: Final = bytes(c if c < 128 and (chr(c).isalnum() or c == 0x5F) else 0x20
                               for c in range(256))


def _grams(low: str) -> set[int]:
    """The word 4-grams of ``low``, each as its hash; a line of fewer than four tokens
    is one (short) gram. Hashes, not the tuples of words: the set of a long article's
    grams is the largest thing this pass holds, and a hash is a fraction of a tuple
    and its four strings."""
    if low.isascii():
        toks = low.encode().translate(_ASCII_NON_WORD).decode().split()
    else:
        toks = _WORD.findall(low)
    if len(toks) < 4:
        return {hash(tuple(toks))}
    return set(map(hash, zip(toks, toks[1:], toks[2:], toks[3:])))


def _repeats(low: str, seen: set[int]) -> bool:
    """True when most 4-grams of ``low`` are in ``seen``; adds them otherwise.
    Hashing keeps this linear in the article (no pairwise comparison)."""
    grams = _grams(low)
    if (len(grams) >= MIN_REPEAT_GRAMS
            and len(grams & seen) >= MIN_REPEAT_SHARE * len(grams)):
        return True
    seen.update(grams)
    return False


#: Below a box inside the article, plain paragraphs (no title or name lines among
#: them) bridge down when at least this many weigh at least ``MIN_RESUMED_WEIGHT``
#: (instead of ``RegionConfig.min_bridge_weight``): the story resumes after the box.
MIN_RESUMED_PARAGRAPHS = 2
MIN_RESUMED_WEIGHT = 8.0
#: Longest closing sentence, in words, that joins the article below its heaviest run.
SHORT_CLOSE_WORDS = 8
#: Longest bracketed note below the article that joins it.
MAX_NOTE_WORDS = 25
#: Longest salutation ("Dear readers,") right above the article that opens it, in words.
MAX_SALUTATION_WORDS = 6
#: Fewest and most items of a colon-introduced list that joins the article below it.
MIN_INTRO_ITEMS = 2
MAX_INTRO_ITEMS = 60
#: Fewest words of the introducing line for a single item below it to join: a
#: sentence ("The full report is available here:"), not a label ("Tour dates:").
MIN_POINTER_WORDS = 5
#: Longest item of such a list that may also be printed elsewhere on the page (a
#: menu entry or a subheading of the story), in words.
MAX_PRINTED_ITEM_WORDS = 12
#: Such printed items are at most one in this many of the list's other items.
PRINTED_ITEMS_SHARE = 4
#: Undecided lines at the article's end checked for calls to action, and their longest.
CLOSING_LINES = 3
CLOSING_MAX_WORDS = 60
#: Up to this many words the phrase may be anywhere; beyond, in the first sentence.
CLOSING_SHORT_WORDS = 25
#: Most lines between two newsletter lines that make the newsletter box's pitch.
MAX_BOX_LINES = 4
#: Most lines of an ad's text between its label ("Anzeige") and its link ("Mehr erfahren").
MAX_AD_BOX_LINES = 3
#: Longest link line ("Mehr erfahren", "Jetzt ansehen") that closes an ad's text.
MAX_LINK_WORDS = 4
#: Labels of an ad's link ("Learn more" ad, "Mehr erfahren" nav). A heading of the
#: next block ("Share this story", "More from ...", "Tags") closes no ad's text.
_AD_LINK_LABELS: Final = frozenset({Label.AD, Label.NAV})
#: Fewest and most words of a line ending with a call-to-action infinitive ("Buch bestellen").
MIN_CALL_LINE_WORDS = 2
MAX_CALL_LINE_WORDS = 7
#: Longest line inside the article that a call-to-action phrase removes.
CALL_MAX_WORDS = 20
_FIRST_SENTENCE = regex.compile(r"[^.!?…]*[.!?…]?")
#: Most ad markers between a colon line and the list it opens the article with.
MAX_ADS_ABOVE_LIST = 1
#: Longest markdown subheading right above the article that opens it, in words.
MAX_HEADING_ABOVE_WORDS = 12
#: Longest summary heading, in words; most points under it; weight of each point.
SUMMARY_HEADING_WORDS = 6
MAX_SUMMARY_ITEMS = 12
SUMMARY_ITEM_WEIGHT = 0.5
#: Fewest "Key: value" lines, most lines and longest line (words) of a fact box
#: that joins the article below it.
MIN_FACT_LINES = 2
MAX_FACT_BOX_LINES = 12
MAX_FACT_WORDS = 30
#: Most blank lines between the article and such a box (inside it, one).
MAX_FACT_GAP = 2
#: A box of details under a heading of at most ``DETAILS_HEADING_WORDS`` words joins
#: the article below it with ``MIN_DETAIL_LINES`` to ``MAX_DETAIL_LINES`` "Key:
#: value" lines.
DETAILS_HEADING_WORDS = 3
#: A source note under the article (see ``_source_note``): at most this many lines
#: (the book's author, its title) between the article and the note, and this many
#: words on the note.
MAX_SOURCE_NOTE_ABOVE = 2
MAX_SOURCE_NOTE_WORDS = 40
#: A table of figures under the article (see ``_data_table``): fewest rows, most
#: words a row, and the share of rows (at least) holding a number.
MIN_TABLE_ROWS = 8
MAX_TABLE_ROW_WORDS = 10
TABLE_NUMBER_SHARE = 2 / 3
_ISBN = regex.compile(r"\bISBN\b")
_YEAR = regex.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
MIN_DETAIL_LINES = 4
MAX_DETAIL_LINES = 20
_CONTACT_MARKS = ("@", "www.", "http", "tel.")
#: An intro cut off above the article (by a table of contents, a box, a table, a
#: list) joins it though lighter than ``RegionConfig.second_block_share`` when it
#: weighs ``MIN_INTRO_WEIGHT`` or more, holds ``MIN_INTRO_WORDS`` prose words, no
#: byline, date or caption stands between it and the article's first paragraph
#: (prose above a headline block is a dek or a teaser), and ``MIN_TOPIC_SHARE`` of
#: its distinct topic words (``TOPIC_WORD_CHARS`` characters or more, no stopword
#: or number; ``MIN_TOPIC_WORDS`` of them at least) occur in the article.
MIN_INTRO_WEIGHT = 3.0
MIN_INTRO_WORDS = 20
MIN_TOPIC_SHARE = 0.3
MIN_TOPIC_WORDS = 5
#: Such an intro found, the undecided prose lines of at least this many words between
#: it and the article (cut off by a smaller box of their own) join the article too;
#: shorter ones may be captions or teaser lines.
GAP_PROSE_WORDS = 15
TOPIC_WORD_CHARS = 4
_INTRO_BLOCK: Final = "an intro on the article's topic above it"
#: A recipe's ingredient list above its method: a lexicon ingredients heading
#: ("Ingredients", "Zutaten") of at most ``INGREDIENTS_HEADING_WORDS`` words, at most
#: ``MAX_INGREDIENTS_ABOVE`` lines above the article with no other prose between, over
#: ``MIN_INGREDIENTS`` lines or more that start with a quantity ("125 g flour",
#: "½ tsp salt"), half of its lines at least up to the last of them.
INGREDIENTS_HEADING_WORDS = 3
MAX_INGREDIENTS_ABOVE = 80
MIN_INGREDIENTS = 3
_FRACTIONS = frozenset("½¼¾⅓⅔⅛")
_NAME_WORD = regex.compile(r"\p{L}{3}")

#: Fewest words of a line ending in ";" that reads as a clause of the text's own list.
LIST_CLAUSE_WORDS = 4
#: Fewest words of a short line ending in ".", "!" or "?" that weighs as a sentence
#: of the text (nothing) rather than as a short line.
MIN_SHORT_SENTENCE_WORDS = 4
#: A step's number on a line of its own ("1.", "2)"): the method of a recipe or a
#: how-to prints each step's number over its paragraph. Between the paragraphs it
#: weighs nothing, as the numbers of the text's own ordered list. A number after a
#: list marker ("1. 1.", a numbered reference list) stays a short line.
_STEP_NUMBER = re.compile(r"\d{1,2}[.)]")
#: Numbers a short line holds to read as a table row, not a link.
MIN_ROW_NUMBERS = 2
_NUMBER = regex.compile(r"(?<![\p{L}\d])[-+]?\d[\d.,:]*%?")
#: Fewest "<date> at <time>" stamps under commenters' names that make a thread.
MIN_COMMENT_STAMPS = 2
#: Longest commenter's name line, in words.
MAX_COMMENTER_WORDS = 5
#: Prose weight the article needs above a comment thread for the thread to end it.
MIN_WEIGHT_ABOVE_THREAD = 12.0
# A comment's stamp: a year, a joiner word, a time ("August 8, 2018 at 7:21 pm",
# "22. Juli 2019 um 16:25", "16 mars 2023 à 09h12").
_COMMENT_STAMP = regex.compile(
    r"\d{4},?\s+(?:at|um|à|a las|alle|às|om|o)\s+\d{1,2}[:.h]\d{2}(?!\d)")
# Lines that end an article for good: nothing is bridged across them.
#: Prose under a byline above the first comments or related heading is the article
#: when it weighs this much (a one-paragraph post: about 25 words) ...
MIN_STORY_ABOVE_WEIGHT = 3.0
#: ... and this share of the heaviest run found below the heading.
STORY_ABOVE_SHARE = 0.2
#: Fewest paragraphs of the run opened by the line that opens the prose above the
#: heading for the run to read as a feed of cards like it.
MIN_FEED_CARDS = 2
#: Non-blank lines below prose bridged across a related heading searched for the
#: byline that makes it a teaser card.
CARD_TAIL_LINES = 2
_HARD_STOP_LABELS = frozenset({Label.COMMENTS, Label.FOOTER, Label.COOKIE})
#: Most lines of a company profile below a rule at the article's end ...
MAX_PROFILE_LINES = 3
#: ... and how often the article above names the company it describes.
MIN_PROFILE_MENTIONS = 2
# A profile's subject: up to four capitalised words, maybe a bracketed ticker.
_PROFILE_NAME = regex.compile(r"(\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*){0,3})"
                              r"(?:\s+\([^()]{1,60}\))?\s+")


# A copyright mark typed as "(C)" after some text ("The hall / (C) Jane Roe"); at the
# line's start "(c)" is rather a list letter ("(c) the third option").
_C_MARKS = ("(c) ", "(C) ")


def _is_ingredient(text: str) -> bool:
    """``text`` starts with a quantity and names something ("125 g flour", "• ½ tsp
    salt"), unlike a figure alone ("53,82 g")."""
    for i, ch in enumerate(text):  # past a bullet or a bracket, the first sign
        if ch.isalnum() or ch in _FRACTIONS:
            return (ch.isdigit() or ch in _FRACTIONS) and _NAME_WORD.search(text, i) is not None
    return False


def _has_c_mark(text: str) -> bool:
    """``text`` holds a copyright mark written "(C)", after other text and before a name."""
    for mark in _C_MARKS:
        k = text.find(mark, 1)
        if k > 0 and text[k - 1] == " " and text[k + len(mark):].lstrip()[:1].isalnum():
            return True
    return False


def _is_rule(doc: Doc, i: int) -> bool:
    """Line ``i`` is a rule: one symbol repeated ("━━━━", "-----"), removed as blank."""
    v = doc.decided[i]
    if v is None or v.pass_name != "blank_line":  # first: spares the set of a prose line
        return False
    text = doc.lines[i].text
    return len(text) >= 3 and len(set(text)) == 1 and not text[0].isalnum()


@lru_cache(maxsize=4)
def _closing_anywhere(lex: Lexicon) -> re.Pattern[str]:
    """Any of the lexicon's ``closing`` phrases, as one literal trie: most lines hold
    none, and one scan tells so instead of a substring test per phrase. (Which
    phrase a line holds is still the first in lexicon order.)"""
    return re.compile(_trie_pattern(sorted(set(lex.closing))) if lex.closing else "(?!)")


class Region:
    name: ClassVar[str] = "region"
    labels: ClassVar[frozenset[Label]] = frozenset(
        {Label.BODY, Label.HEADING, Label.RELATED, Label.TRENDING, Label.COMMENTS, Label.OTHER,
         Label.NAV, Label.FOOTER, Label.CAPTION, Label.NEWSLETTER}
    )
    overturns: ClassVar[bool] = False

    def __init__(self, config: RegionConfig) -> None:
        self.config = config
        # The weights most lines get, as shared float objects rather than one new float
        # per line (a page of 200k menu lines would hold 200k of them).
        self._short = -config.short_penalty
        self._bullet_short = -config.short_penalty * 1.5
        self._barrier = -config.barrier_penalty
        self._removed = -config.removed_penalty

    def is_prose(self, ln: Line) -> bool:
        c = self.config
        return (ln.ends_sentence and ln.words >= c.min_prose_words) or ln.words >= c.long_words

    def weight(self, ln: Line, v: Verdict | None, min_stop_ratio: float) -> float:
        """The weight of a line on which ``v`` stands (None: undecided)."""
        c = self.config
        if not ln.text:
            return 0.0
        if v is not None:
            label = v.label
            if label in _META_LABELS:
                return c.meta_bonus
            if label in _NEUTRAL_LABELS:
                return 0.0
            if v.pass_name == "blank_line":  # a rule ("━━━━") parts blocks like a short line
                return self._short
            if (label in _BARRIER_LABELS and ln.lex is not None and ln.lex.kind == "exact"
                    and v.pass_name == "lexicon_match"):
                return self._barrier
            if label in KEPT_LABELS:
                return 1.0
            return self._removed
        if self.is_prose(ln):
            w = min(ln.words, c.max_prose_weight_words) / c.prose_divisor + 1.0
            if not ln.ends_sentence:
                w *= c.unpunctuated_factor
            if min_stop_ratio and ln.words >= 8 and ln.stopwords < min_stop_ratio * ln.words:
                w *= c.low_stopword_factor  # lists of names, addresses, phone numbers
            return w
        if ln.text[-1] in ";" and ln.words >= LIST_CLAUSE_WORDS:
            # "* non scendere nei locali interrati;": a clause of an enumeration in
            # the text; links and menu items never end on a semicolon.
            return 0.0
        if (ln.text[-1] == ":" and ln.words >= c.min_prose_words and ln.stopwords
                and not ln.bullet and not _COMMENT_STAMP.search(ln.text)):
            # "Here is a fine example from his kitchen:": a lead-in sentence of the
            # text, which ties the paragraphs around it (a short post's few lines)
            # instead of parting them; a commenter's "<name> on <date> at <time>
            # said:" still parts the comments.
            return 0.0
        if (ln.words >= MIN_SHORT_SENTENCE_WORDS and ln.text[-1] in ".!?" and ln.stopwords
                and not ln.bullet):
            # "An ant at the bar!", "It did not.": a short sentence of the text (a
            # stopword among its words) ties the paragraphs around it instead of
            # parting them as a link or a label would.
            return 0.0
        if not ln.bullet and _STEP_NUMBER.fullmatch(ln.text):
            return 0.0
        return self._bullet_short if ln.bullet else self._short

    def _min_stop_ratio(self, doc: Doc) -> float:
        """Half the page's typical stopword share of long lines; 0 when the page's
        language has no stopword list (then the feature is off)."""
        ratios = sorted(ln.stopwords / ln.words for ln in doc.lines
                        if ln.words >= 12 and ln.ends_sentence)
        if not ratios:
            return 0.0
        median = ratios[len(ratios) // 2]
        return median * self.config.min_stopword_share if median >= 0.12 else 0.0

    def weights(self, doc: Doc) -> list[float]:
        """Every line's weight, computed once per page (find and bridge share them)."""
        min_stop = self._min_stop_ratio(doc)
        weight = self.weight
        removed = self._removed
        # Blank lines and most removed lines settled inline: what ``weight`` gives them.
        weights = [0.0 if not ln.text else removed
                   if v is not None and v.label in _PLAIN_REMOVED and v.pass_name != "blank_line"
                   else weight(ln, v, min_stop) for ln, v in zip(doc.lines, doc.decided)]
        for ln in doc.lines:
            if "(@" in ln.text and doc.undecided(ln.index) and is_post_signature(ln.text,
                                                                             doc.lexicon):
                # "— Jane Roe (@janeroe) March 3, 2024" under an embedded post: it
                # weighs as the date line it looks like (the dateline pass leaves it).
                weights[ln.index] = self.config.meta_bonus
        summary = doc.lexicon.summary_heading
        if summary:
            for ln in doc.lines:
                if ln.text and ln.words <= SUMMARY_HEADING_WORDS and ln.key in summary \
                        and doc.undecided(ln.index):
                    self._summary_list(doc, ln.index, weights)
        return weights

    def _summary_list(self, doc: Doc, i: int, weights: list[float]) -> None:
        """"Key events" / "Das Wichtigste in Kürze" and the points under it (bulleted,
        or bare on adjacent lines as innerText prints them) summarise the story: the heading and each point weigh a little, so
        the summary joins the article instead of reading as a link list."""
        lines = doc.lines
        j, items, blanks = i + 1, 0, 0
        bare = i + 1 < len(lines) and bool(lines[i + 1].text) and not lines[i + 1].bullet
        while j < len(lines) and items < MAX_SUMMARY_ITEMS:
            ln = lines[j]
            if not ln.text:
                blanks += 1
                if blanks > 1 or bare:  # bare points (innerText) stand on adjacent lines
                    break
            elif doc.undecided(j) and ln.bullet != bare:
                items, blanks = items + 1, 0
            else:
                break
            j += 1
        if items >= MIN_INTRO_ITEMS:
            for k in range(i, j):
                if lines[k].text:
                    weights[k] = max(weights[k], SUMMARY_ITEM_WEIGHT)

    def find(self, doc: Doc, weights: list[float]) -> tuple[int, int] | None:
        """``(first, last)`` line index of the heaviest run, or None if nothing weighs.

        Comment threads come after the article: once enough prose has been seen,
        a comments heading damps the weight of all prose below it.
        """
        c = self.config
        meta_bonus, short_penalty = c.meta_bonus, c.short_penalty
        min_prose = c.min_prose_before_comments
        comments = Label.COMMENTS
        decided = doc.decided
        best = 0.0
        best_span: tuple[int, int] | None = None
        run = 0.0
        start = 0
        seen_prose = 0.0
        damp = 1.0
        for i, w in enumerate(weights):
            if w == meta_bonus and seen_prose >= min_prose and w > 0:
                # A byline or date below the article's start belongs to a teaser.
                w = -short_penalty
            if w > 0:
                seen_prose += w
                w *= damp
            elif damp == 1.0 and seen_prose >= min_prose and (v := decided[i]) is not None and (
                (v.label is comments and not _in_share_bar(doc, i))
                or v.pass_name == "teaser_list"
            ):
                damp = c.comments_factor  # comment threads and teaser rails follow the story
            if run <= 0.0:
                if w <= 0.0:
                    continue
                run, start = w, i
            else:
                run += w
            if run > best:
                best, best_span = run, (start, i)
        if best_span is not None and not any(
            doc.undecided(i) and self.is_prose(doc.lines[i])
            for i in range(best_span[0], best_span[1] + 1)
        ):
            return None  # bylines and dates alone are no article
        return best_span

    def _error_page(self, doc: Doc, span: tuple[int, int]) -> bool:
        # NOTE: coupled to verdict.assess, which reports the page as an "error page".
        words = sum(doc.lines[i].words for i in range(span[0], span[1] + 1)
                    if doc.undecided(i))
        return words < SMALL_BODY_WORDS and is_error_page(doc.lines, doc.lexicon)

    def bridge(self, doc: Doc, span: tuple[int, int], weights: list[float]) -> tuple[int, int]:
        """Extend the article over small boilerplate islands (a "Related" box, an
        ad, a newsletter box inside the text) when solid prose lies beyond them,
        first downwards, then upwards.

        An island is at most ``max_bridge_lines`` non-blank lines without prose and
        without a comments, footer or cookie line; the prose beyond it must weigh
        at least ``min_bridge_weight`` (or what the island costs, if less) before
        the weight turns negative; upwards across an island without a byline, date
        or caption, ``min_bridge_up_weight`` (the story's opening paragraphs above a
        table or a box, not a dek or caption above the headline block).
        """
        lo, hi = span
        while True:
            nxt = self._bridge_step(doc, hi, 1, weights)
            if nxt is None:
                break
            hi = nxt
        while True:
            nxt = self._bridge_step(doc, lo, -1, weights)
            if nxt is None:
                break
            lo = nxt
        # A story may close on a short sentence ("It did not."), which weighs too
        # little to end the heaviest run: take such sentences right below it.
        i = hi + 1
        while i < len(doc.lines):
            ln = doc.lines[i]
            if ln.text:
                # ... or on a note in brackets ("(Reporting by Jane Roe; Editing by Ann
                # Li)", "(dpa)"): the story's own credit line.
                note = (ln.text[0] in "([" and ln.text[-1] in ")]"
                        and ln.words <= MAX_NOTE_WORDS)
                # ... or on an embedded post whose signature ("— Jane Roe (@janeroe)
                # March 3, 2024") stands below its text: the post's own last line.
                note = note or ("(@" in ln.text and ln.words <= MAX_NOTE_WORDS
                                and is_post_signature(ln.text, doc.lexicon))
                if not (doc.undecided(i) and (note or (
                        ln.ends_sentence and ln.words <= SHORT_CLOSE_WORDS
                        and ln.caps_ratio < 1.0))):
                    break
                hi = i
            i += 1
        return self._heading_above(doc, lo), self._intro_list(doc, hi)

    @staticmethod
    def _heading_above(doc: Doc, lo: int) -> int:
        """A markdown subheading ("## Why go without a car?") right above the first
        paragraph, a blank line apart at most, opens the article's first section."""
        lines = doc.lines
        i = lo - 1
        if i >= 0 and not lines[i].text:
            i -= 1
        if (i >= 0 and lines[i].heading_level >= 2 and doc.undecided(i)
                and lines[i].words <= MAX_HEADING_ABOVE_WORDS):
            return i
        return lo

    @staticmethod
    def _salutation(doc: Doc, lo: int) -> int | None:
        """A letter's salutation right above the first paragraph, a blank line apart
        at most ("Dear readers,", "Liebe Leserinnen und Leser,"): a short undecided
        line whose only comma ends it."""
        lines = doc.lines
        i = lo - 1
        if i >= 0 and not lines[i].text:
            i -= 1
        if i < 0 or not doc.undecided(i):
            return None
        ln = lines[i]
        if ln.words <= MAX_SALUTATION_WORDS and ln.text.endswith(",") and ln.text.count(",") == 1:
            return i
        return None

    @staticmethod
    def _intro_above(doc: Doc, lo: int) -> int | None:
        """The phrase that introduces the list the article opens with ("Tips for
        the trip:" over its items): an undecided line ending in a colon right above
        the article's first line, blank lines and up to ``MAX_ADS_ABOVE_LIST`` ad
        markers ("Advertisement") apart. (Below the article, ``_intro_list``.)"""
        lines = doc.lines
        if not 0 <= lo < len(lines):
            return None
        i, ads = lo - 1, 0
        while i >= 0 and (not lines[i].text or doc.label(i) is Label.AD):
            if lines[i].text:
                ads += 1
                if ads > MAX_ADS_ABOVE_LIST:
                    return None
            i -= 1
        if i >= 0 and doc.undecided(i) and lines[i].introduces_list and not lines[i].bullet:
            return i
        return None

    def _fact_box(self, doc: Doc, hi: int) -> int:
        """A story may end on a fact box of "Key: value" lines (a match report's
        "Referee: ...", "Attendance: 3100", the line-ups; a venue line or a result
        among them): right below the article, undecided lines up to the first
        decided line or blank gap, at least ``MIN_FACT_LINES`` of them and at least
        half of them "Key: value" lines. The region takes them."""
        lines = doc.lines
        end, n, facts, blanks = hi, 0, 0, 0
        i = hi + 1
        while i < len(lines) and n <= MAX_FACT_BOX_LINES:
            ln = lines[i]
            if not ln.text:
                blanks += 1
                if blanks > (MAX_FACT_GAP if n == 0 else 1):
                    break
            elif doc.undecided(i) and ln.words <= MAX_FACT_WORDS:
                end, n, blanks = i, n + 1, 0
                # Contact details ("E-Mail: presse@...", "Internet: www...") make a
                # contact box, and bulleted items a teaser list ("Top 5: Apps ...").
                facts += (is_key_value(ln) and not ln.bullet
                          and not any(t in ln.low for t in _CONTACT_MARKS))
            else:
                break
            i += 1
        if facts >= MIN_FACT_LINES and 2 * facts >= n and n <= MAX_FACT_BOX_LINES:
            return end
        return hi

    @staticmethod
    def _details_box(doc: Doc, hi: int) -> int:
        """A post may end on a box of details under a short heading ("Details" over
        "Camera: ...", "Exposure: 60 x 3 minutes", "Place: ..."), bulleted or not:
        right below the article (``MAX_FACT_GAP`` blank lines apart at most), a short
        unpunctuated undecided line over "Key: value" lines up to the first other
        line or blank gap. Such lines another pass removed (a date, a value the page
        prints twice) neither join nor end the box; ``MIN_DETAIL_LINES`` undecided
        ones at least, without contact details, make it. The region takes the
        heading and the undecided lines."""
        lines = doc.lines
        i = hi + 1
        while i < len(lines) and i <= hi + MAX_FACT_GAP and not lines[i].text:
            i += 1
        if i >= len(lines) or not doc.undecided(i):
            return hi
        head = lines[i]
        if not head.text or head.words > DETAILS_HEADING_WORDS or head.ends_sentence \
                or head.bullet or is_key_value(head):
            return hi
        end, facts, blanks = i, 0, 0
        i += 1
        while i < len(lines) and facts <= MAX_DETAIL_LINES:
            ln = lines[i]
            if not ln.text:
                blanks += 1
                if blanks > 1:
                    break
            elif (ln.words <= MAX_FACT_WORDS and is_key_value(ln)
                    and not any(t in ln.low for t in _CONTACT_MARKS)):
                if doc.undecided(i):
                    end, facts = i, facts + 1
                blanks = 0
            elif ln.text.endswith(":") and ln.words <= DETAILS_HEADING_WORDS:
                blanks = 0  # a field left empty ("Aperture:"): neither joins nor ends it
            else:
                break
            i += 1
        return end if MIN_DETAIL_LINES <= facts <= MAX_DETAIL_LINES else hi

    @staticmethod
    def _data_table(doc: Doc, hi: int) -> int:
        """A test or a product page may end on a table of figures ("Hubraum in ccm
        1.598", "Top speed in km/h 187", section rows like "Dimensions" among them,
        in box-drawn cells or plain): right below the article (``MAX_FACT_GAP``
        blank lines apart at most), undecided short lines (or short lines of a
        menu-like run) on adjacent lines up to the first blank line or other line;
        a table's rule ("├───┼───┤") neither joins nor ends it. ``MIN_TABLE_ROWS``
        rows at least, ``TABLE_NUMBER_SHARE`` of them holding a number, make it. The
        region takes them."""
        lines = doc.lines
        i = hi + 1
        while i < len(lines) and i <= hi + MAX_FACT_GAP and not lines[i].text:
            i += 1
        end, rows, numbers = hi, 0, 0
        while i < len(lines) and lines[i].text:
            ln = lines[i]
            v = doc.decided[i]
            if v is not None and v.pass_name == "blank_line":
                pass
            elif (v is None or v.pass_name == "nav_menu") and ln.words <= MAX_TABLE_ROW_WORDS \
                    and not ln.bullet:
                # Rows a menu-like run took (short ones, "Zylinder 4") stay its own but
                # count as rows of the table.
                end, rows = i, rows + 1
                numbers += _NUMBER.search(ln.text) is not None
            else:
                break
            i += 1
        if rows >= MIN_TABLE_ROWS and numbers >= TABLE_NUMBER_SHARE * rows:
            return end
        return hi

    @staticmethod
    def _source_note(doc: Doc, hi: int) -> int:
        """An excerpt or a book review may end on the book's source note: "Aus: <title>.
        <publisher>, Potsdam 2015" (an ``excerpt_prefix`` and a year) or "<publisher>,
        2014, 896 pages, ISBN ..." right below the article (a blank line apart at most
        between lines), with at most ``MAX_SOURCE_NOTE_ABOVE`` lines (the book's author,
        its title) above it. The region takes the undecided lines down to the note."""
        lines = doc.lines
        prefixes = doc.lexicon.excerpt_prefix
        i, above, blanks = hi + 1, 0, 0
        while i < len(lines):
            ln = lines[i]
            if not ln.text:
                blanks += 1
                if blanks > 1:
                    break
            else:
                blanks = 0
                if doc.label(i) in _CONTEXT_LABELS or doc.label(i) in _HARD_STOP_LABELS:
                    break
                if doc.undecided(i) and ln.words <= MAX_SOURCE_NOTE_WORDS and (
                        _ISBN.search(ln.text) or (_YEAR.search(ln.text)
                                                  and ln.low.startswith(prefixes))):
                    return i
                above += 1
                if above > MAX_SOURCE_NOTE_ABOVE:
                    break
            i += 1
        return hi

    def _intro_list(self, doc: Doc, hi: int) -> int:
        """A story may end on a list it introduces with a colon ("The 2020 tour
        dates:" and the dates below): the list is the story's own, so the region
        takes its undecided lines, up to the first decided line or blank gap, or
        the first line without a bullet when the items have bullets."""
        lines = doc.lines
        i = hi + 1
        while i < len(lines) and not lines[i].text:
            i += 1
        if i >= len(lines) or not doc.undecided(i):
            return hi
        intro_below = lines[i].introduces_list
        if not (intro_below or lines[hi].introduces_list):
            return hi
        # "The full report is available here:" over one link: a sentence pointing to
        # the story's own document; "The tour dates:" over one date is no list.
        need = (1 if (lines[i] if intro_below else lines[hi]).words >= MIN_POINTER_WORDS
                else MIN_INTRO_ITEMS)
        end, items, blanks, printed = hi, -1 if intro_below else 0, 0, 0
        bulleted: bool | None = None  # the first item's bullet: a line without one ends them
        while i < len(lines) and items <= MAX_INTRO_ITEMS:
            ln = lines[i]
            if not ln.text:
                blanks += 1
                if blanks > 1:
                    break
            elif doc.undecided(i) and not (bulleted and not ln.bullet):
                if items >= 0 and bulleted is None:
                    bulleted = ln.bullet
                end, items, blanks = i, items + 1, 0
            elif items >= 0 and _printed_item(doc, i):
                printed, blanks = printed + 1, 0  # also in a menu: neither joins nor ends it
            else:
                break
            i += 1
        if printed * PRINTED_ITEMS_SHARE > max(items, 0):
            return hi  # mostly lines printed elsewhere (an offer box, a teaser block)
        return end if items >= need else hi

    def _bridge_step(self, doc: Doc, edge: int, step: int,
                     weights: list[float]) -> int | None:
        """The new edge after bridging one island beyond ``edge`` in direction ``step``."""
        c = self.config
        lines = doc.lines
        n = len(lines)
        i = edge + step
        island = 0
        while 0 <= i < n:
            ln = lines[i]
            if ln.text:
                if doc.undecided(i) and self.is_prose(ln):
                    break
                if doc.label(i) in _HARD_STOP_LABELS:
                    return None
                island += 1
                if c.max_bridge_lines is not None and island > c.max_bridge_lines:
                    return None
            i += step
        if not 0 <= i < n:
            return None
        lo_i, hi_i = sorted((edge + step, i - step))
        cost = self._island_cost(doc, lo_i, hi_i, weights, down=step > 0)
        floor = c.min_bridge_weight
        if step < 0 and c.min_bridge_up_weight is not None and not any(
                doc.label(k) in _HEADER_BLOCK_LABELS for k in range(lo_i, hi_i + 1)):
            floor = min(floor, c.min_bridge_up_weight)
        need = min(floor, max(cost, 1.0))
        run = best = 0.0
        best_end = -1
        j = i
        while 0 <= j < n:
            run += weights[j]
            if doc.label(j) in _HARD_STOP_LABELS:
                break
            if run > best:
                best, best_end = run, j
            if run < 0:
                break
            j += step
        if best_end < 0 or (best < need and not (
                step > 0 and self._paragraphs_resume(doc, i, best_end, best))):
            return None
        if step > 0 and (self._teaser_cards(doc, (lo_i, hi_i), (i, best_end))
                         or self._dated_card(doc, lo_i, hi_i)):
            return None
        return best_end

    def _island_cost(self, doc: Doc, lo: int, hi: int, weights: list[float],
                     down: bool) -> float:
        """What bridging lines ``lo``..``hi`` costs: their negative weights; but
        downwards, an island of share buttons or ad labels and nothing else is one
        widget and costs one short line. A removed line weighs as much as a 12-word
        paragraph, so that the heaviest run stays clear of menus; a share bar inside
        the story would then outweigh a short last paragraph below it and cut it off.
        (Above the story, prose over a share bar is a dek or the author's bio.)"""
        lines = doc.lines
        span = range(lo, hi + 1)
        if down and all(not lines[k].text or doc.label(k) in _INLINE_LABELS for k in span):
            return self.config.short_penalty
        return -sum(min(0.0, weights[k]) for k in span)

    @staticmethod
    def _teaser_cards(doc: Doc, island: tuple[int, int], beyond: tuple[int, int]) -> bool:
        """Below the article, an island holding a related or trending heading
        ("Related", "Articles liés") over prose with a byline ("By Jane Roe") in it
        or right below it (``CARD_TAIL_LINES``) is a list of teaser cards, each a headline, a summary and its author: not more
        of the story, however heavy the summaries."""
        if not any(doc.label(k) in _CONTEXT_LABELS - {Label.COMMENTS}
                   for k in range(island[0], island[1] + 1)):
            return False
        lines = doc.lines
        after = [k for k in range(beyond[1] + 1, min(len(lines), beyond[1] + 2 * CARD_TAIL_LINES + 1))
                 if lines[k].text][:CARD_TAIL_LINES]
        return any(doc.label(k) is Label.BYLINE
                   for k in [*range(beyond[0], beyond[1] + 1), *after])

    @staticmethod
    def _dated_card(doc: Doc, lo: int, hi: int) -> bool:
        """Below the article, an island ending on a date or byline line ("Wednesday
        March 4, 2026", "By Jane Roe") opens a teaser card: the prose under it is
        the summary of another story, dated as stories are at their top. The
        article's own date stands above its text, not below it."""
        k = hi
        while k >= lo and not doc.lines[k].text:
            k -= 1
        return k >= lo and doc.label(k) in _META_LABELS

    def _paragraphs_resume(self, doc: Doc, a: int, b: int, weight: float) -> bool:
        """Below a box inside the story ("Don't miss" and its links), the story's
        text resumes as plain paragraphs: lines ``a``..``b`` are at least
        ``MIN_RESUMED_PARAGRAPHS`` undecided prose lines and nothing else, weighing
        ``MIN_RESUMED_WEIGHT`` or more. Teaser cards and comments below an article
        mix short title or name lines with their prose."""
        if a > b or weight < MIN_RESUMED_WEIGHT:
            return False
        paragraphs = 0
        for k in range(a, b + 1):
            ln = doc.lines[k]
            if not ln.text:
                continue
            if not (doc.undecided(k) and self.is_prose(ln)):
                return False
            paragraphs += 1
        return paragraphs >= MIN_RESUMED_PARAGRAPHS

    def judge(self, doc: Doc) -> Iterator[Item]:
        weights = self.weights(doc)
        span = self.find(doc, weights)
        barrier: int | None = None
        if span is not None:
            found = span
            span = self._story_above_barrier(doc, span, weights)
            if span != found:  # the story above the heading: the bridge stops at it
                barrier = next((i for i in range(span[1] + 1, found[0])
                               if doc.label(i) in _BARRIER_LABELS), None)
        if span is not None and self.config.max_bridge_lines is not None:
            span = self.bridge(doc, span, weights)
            if barrier is not None and span[1] >= barrier:
                span = (span[0], barrier - 1)
        if span is not None and self._error_page(doc, span):
            span = None  # "Page not found" and a few lines of apology: no article
        lines = doc.lines
        lo, hi = span if span is not None else (len(lines), -1)
        if span is not None:
            # What may follow the article's last line and is its own: each finder
            # returns the new last line (``hi`` when nothing follows).
            tails: tuple[tuple[Callable[[Doc, int], int], str, bool], ...] = (
                (self._details_box, "box of details below the article", True),
                (self._fact_box, "fact box below the article", False),
                (self._data_table, "table of figures below the article", True),
                (self._source_note, "source note below the article", True),
            )
            for extend, why, undecided_only in tails:
                box_end = extend(doc, hi)
                for i in range(hi + 1, box_end + 1):
                    if lines[i].text and (not undecided_only or doc.undecided(i)):
                        yield verdict(i, Label.BODY, why, self.name)
                hi = box_end
        blocks: list[tuple[int, int, str]] = []
        gap: list[int] = []
        if span is not None:
            for a, b, where in self._second_blocks(doc, lo, hi, weights):
                if self.config.max_bridge_lines is not None:
                    a, b = self.bridge(doc, (a, b), weights)
                box_end = self._fact_box(doc, b)  # a second block may end on its own box
                for i in range(b + 1, box_end + 1):
                    if lines[i].text:
                        yield verdict(i, Label.BODY, "fact box below a second block of the article",
                                      self.name)
                b = box_end
                if b >= lo - 1 and a <= hi + 1:  # bridged up to the article: one region
                    lo, hi = min(lo, a), max(hi, b)
                else:
                    blocks.append((a, b, where))
                    if where == _INTRO_BLOCK and b < lo:  # see GAP_PROSE_WORDS
                        gap.extend(k for k in range(b + 1, lo)
                                   if doc.undecided(k) and self.is_prose(lines[k])
                                   and lines[k].words >= GAP_PROSE_WORDS)
        boxed = dict.fromkeys(self._newsletter_box(doc), "")
        for i in boxed:
            yield verdict(i, Label.NEWSLETTER, "between two newsletter lines", self.name)
        for i in self._ad_box(doc):
            boxed[i] = ""
            yield verdict(i, Label.AD, "ad text between an ad label and its link", self.name)
        for a, b, where in blocks:
            yield from self._inside(doc, a, b, skip=boxed, where=where)
        if span is not None:
            # Tails that close the article: from the line found to the region's end.
            for find, label, why in (
                    (self._comment_thread, Label.COMMENTS,
                     "comment thread (names over 'date at time' stamps) closing the article"),
                    (self._profile, Label.OTHER,
                     "company profile below a rule closing the article")):
                cut = find(doc, lo, hi)
                if cut is not None:
                    for i in range(cut, hi + 1):
                        if lines[i].text and doc.undecided(i):
                            yield verdict(i, label, why, self.name)
                    hi = cut - 1
        closing = self._closing(doc, lo, hi)
        if closing:
            hi = min(closing) - 1
            for i, phrase in closing.items():
                yield verdict(i, Label.OTHER, f"call to action closing the article ('{phrase}')",
                              self.name)
        calls = self._calls(doc, lo, hi)
        calls.update(self._call_lines(doc, lo, hi))
        calls.update(boxed)
        for i, phrase in calls.items():
            if phrase:
                yield verdict(i, Label.OTHER, f"call to action in the article ('{phrase}')",
                              self.name)
        closing.update(calls)
        for i in self._call_headings(doc, lo, closing):
            yield verdict(i, Label.OTHER, "heading of a call to action", self.name)
            closing[i] = ""
            if i == hi:
                hi -= 1
        salute = self._salutation(doc, lo) if span is not None else None
        if salute is not None:
            yield verdict(salute, Label.BODY, "salutation opening the article", self.name)
            lo = salute
        intro = self._intro_above(doc, lo) if span is not None else None
        if intro is not None:
            yield verdict(intro, Label.BODY, "line introducing the list that opens the article",
                          self.name)
            lo = intro
        yield from self._inside(doc, lo, hi, skip=calls)
        if span is not None:
            for i in self._ingredients_above(doc, lo):
                gap.append(i)
                yield verdict(i, Label.BODY, "ingredient list above the article", self.name)
        for i in gap:
            if not lo <= i <= hi:
                yield verdict(i, Label.BODY, "prose between the intro and the article", self.name)
                closing[i] = ""
        context: Label | None = None
        for ln in lines:
            i = ln.index
            v = doc.decided[i]
            if v is not None:
                if v.label in _CONTEXT_LABELS and v.pass_name in ("lexicon_match", "list_block"):
                    context = v.label
                continue
            if (lo <= i <= hi or not ln.text or i in closing
                    or (blocks and any(a <= i <= b for a, b, _ in blocks))):
                continue
            if i > hi and span is not None and context is None:
                label, why = Label.OTHER, "after the article"
            elif i < lo:
                label, why = (context or Label.OTHER), "before the article"
            else:
                label, why = (context or Label.OTHER), "outside the article"
            if context is not None:
                why += f", in a {context.value} block"
            yield verdict(i, label, why, self.name)

    def _story_above_barrier(self, doc: Doc, span: tuple[int, int], weights: list[float]
                             ) -> tuple[int, int]:
        """A short post found below a comments or related heading is a comment or a
        teaser: when prose under a byline or date (a photo may stand between) lies
        above the first such heading and weighs at least ``MIN_STORY_ABOVE_WEIGHT`` and ``STORY_ABOVE_SHARE`` of the run
        found, that prose is the article. When the prose above opens with the same
        boilerplate line (a share bar) that opens ``MIN_FEED_CARDS`` or more
        paragraphs of the run found, the run is a feed of cards like it, and the share
        is taken of one card (the run's weight over its cards)."""
        barrier = next((i for i in range(span[0]) if (v := doc.decided[i]) is not None
                        and v.label in _BARRIER_LABELS
                        and v.pass_name in ("lexicon_match", "list_block")
                        and not _in_share_bar(doc, i)), None)
        if barrier is None:
            return span
        above = self._heaviest(doc, weights, 0, barrier - 1, MIN_STORY_ABOVE_WEIGHT,
                               above=True)
        if above is None:
            return span
        k = above[0] - 1
        while k >= 0 and (not doc.lines[k].text or doc.label(k) is Label.CAPTION):
            k -= 1  # a photo between the byline block and the text
        v = doc.decided[k] if k >= 0 else None
        if v is None:
            return span
        run = sum(weights[span[0]:span[1] + 1])
        if v.label not in _META_LABELS:
            cards = self._feed_cards(doc, span, doc.lines[k].key)
            if cards < MIN_FEED_CARDS:
                return span
            run /= cards
        if sum(weights[above[0]:above[1] + 1]) < STORY_ABOVE_SHARE * run:
            return span
        return above

    @staticmethod
    def _feed_cards(doc: Doc, span: tuple[int, int], key: str) -> int:
        """How many lines in ``span`` read ``key``, a removed line (a share bar over
        each card of a feed); 0 for an empty key."""
        if not key:
            return 0
        return sum(1 for i in range(span[0], span[1] + 1)
                   if doc.lines[i].key == key and not doc.undecided(i))

    def _second_blocks(self, doc: Doc, lo: int, hi: int, weights: list[float]
                       ) -> list[tuple[int, int, str]]:
        """Blocks of prose beside the article, cut off from it by more boilerplate
        than the bridge crosses (a recipe's method below an ad and a product box, the
        second part of a story split by a gallery): on each side of the region, the
        heaviest run of lines (bylines and dates weigh as short lines here, since they
        open other stories). Above the article only the run after the last list or
        comment heading counts; below, the search ends at the first one. A block joins
        the article when it weighs ``second_block_share`` of the article and at least
        ``min_second_block_weight``, and less than half of its prose words repeat the
        article (a copy or a teaser of it). Above, a lighter block on the article's
        topic joins too (``_topical_intro``): each block comes with the evidence's
        words for where it is."""
        c = self.config
        if c.second_block_share is None:
            return []
        need = max(c.min_second_block_weight, c.second_block_share * sum(weights[lo:hi + 1]))
        block = "a second block of the article"
        above = self._heaviest(doc, weights, 0, lo - 1, need, above=True)
        found = [(s[0], s[1], block) for s in (
            above, self._heaviest(doc, weights, hi + 1, len(weights) - 1, need, above=False))
                 if s is not None]
        if above is None and (intro := self._topical_intro(doc, lo, hi, weights)) is not None:
            found.append((*intro, _INTRO_BLOCK))
        if not found:
            return []
        seen: set[int] = set()
        for k in range(lo, hi + 1):
            if doc.undecided(k) and doc.lines[k].words >= 4:
                seen |= _grams(doc.lines[k].low)
        return [s for s in found if not self._mostly_repeated(doc, (s[0], s[1]), seen)
                and not (s[0] > hi and self._dated_card(doc, 0, s[0] - 1))]

    def _ingredients_above(self, doc: Doc, lo: int) -> list[int]:
        """The undecided lines of a recipe's ingredient list above its method (the
        article): from the ingredients heading to the last quantity line (see
        ``MIN_INGREDIENTS``); a box of nutrition facts or buttons may stand between."""
        heads = doc.lexicon.ingredients_heading
        lines = doc.lines
        head = None
        for k in range(lo - 1, max(-1, lo - 1 - MAX_INGREDIENTS_ABOVE), -1):
            ln = lines[k]
            if not ln.text:
                continue
            if ln.words <= INGREDIENTS_HEADING_WORDS and ln.key in heads:
                head = k
                break
            if doc.undecided(k) and self.is_prose(ln) and not _is_ingredient(ln.text):
                return []  # the story's own text above: not a recipe's method
        if head is None:
            return []
        items = [k for k in range(head + 1, lo)
                 if lines[k].text and _is_ingredient(lines[k].text)]
        if len(items) < MIN_INGREDIENTS:
            return []
        n = sum(1 for k in range(head + 1, items[-1] + 1) if lines[k].text)
        if 2 * len(items) < n:
            return []
        return [k for k in range(head, items[-1] + 1) if lines[k].text and doc.undecided(k)]

    def _topic_words(self, doc: Doc, a: int, b: int) -> set[str]:
        """The distinct topic words of the undecided prose lines in [a, b]: words of
        ``TOPIC_WORD_CHARS`` characters or more that are no stopword or number."""
        stop = doc.lexicon.stopwords
        found: set[str] = set()
        for k in range(a, b + 1):
            ln = doc.lines[k]
            if ln.text and doc.undecided(k) and self.is_prose(ln):
                found.update(w for w in _WORD.findall(ln.low) if len(w) >= TOPIC_WORD_CHARS
                             and w not in stop and not w.isdigit())
        return found

    def _topical_intro(self, doc: Doc, lo: int, hi: int, weights: list[float]
                       ) -> tuple[int, int] | None:
        """The story's opening cut off above the article by more than the bridge
        crosses (an intro over a table of contents, a summary over a results table,
        a first section over a product box): the heaviest run above (as
        ``_heaviest`` finds it) weighing ``MIN_INTRO_WEIGHT``, with ``MIN_INTRO_WORDS``
        prose words, no byline, date or caption below it up to the article's first
        paragraph, and ``MIN_TOPIC_SHARE`` of its topic words in the article. Teasers
        and boxes above an article speak of other things; a dek or a teaser on the
        same story stands above the headline block, which the byline, date or photo
        between tells."""
        span = self._heaviest(doc, weights, 0, lo - 1, MIN_INTRO_WEIGHT, above=True)
        if span is None:
            return None
        a, b = span
        lines = doc.lines
        k = b + 1  # down to the article's first undecided prose line
        while k < len(lines) and not (k >= lo and doc.undecided(k) and self.is_prose(lines[k])):
            if doc.label(k) in _HEADER_BLOCK_LABELS:
                return None
            k += 1
        words = sum(lines[k].words for k in range(a, b + 1)
                    if doc.undecided(k) and self.is_prose(lines[k]))
        if words < MIN_INTRO_WORDS:
            return None
        own = self._topic_words(doc, a, b)
        if len(own) < MIN_TOPIC_WORDS:
            return None
        shared = len(own & self._topic_words(doc, lo, hi))
        return span if shared >= MIN_TOPIC_SHARE * len(own) else None

    def _heaviest(self, doc: Doc, weights: list[float], a: int, b: int, need: float,
                  *, above: bool) -> tuple[int, int] | None:
        """The heaviest run of lines in [a, b] weighing at least ``need``, not
        crossing a list, comment, footer or cookie line or a teaser list."""
        short = self._short
        best, span = 0.0, None
        run, start = 0.0, a
        for i in range(a, b + 1):
            v = doc.decided[i]
            w = weights[i]
            if v is not None:
                if (v.label in _CONTEXT_LABELS or v.label in _HARD_STOP_LABELS
                        or v.pass_name == "teaser_list"):
                    if not above:
                        break
                    best, span, run = 0.0, None, 0.0  # only what follows the barrier
                    continue
                if v.label in _META_LABELS:
                    w = short
            if run <= 0.0:
                if w <= 0.0:
                    continue
                run, start = w, i
            else:
                run += w
            if run > best:
                best, span = run, (start, i)
        return span if span is not None and best >= need else None

    def _mostly_repeated(self, doc: Doc, span: tuple[int, int],
                         seen: set[int]) -> bool:
        """Half or more of the block's prose words are in lines whose 4-grams
        mostly stand in the article already (``seen``)."""
        total = repeated = 0
        for k in range(span[0], span[1] + 1):
            ln = doc.lines[k]
            if doc.undecided(k) and self.is_prose(ln):
                total += ln.words
                grams = _grams(ln.low)
                if (len(grams) >= MIN_REPEAT_GRAMS
                        and len(grams & seen) >= MIN_REPEAT_SHARE * len(grams)):
                    repeated += ln.words
        return total == 0 or 2 * repeated >= total

    def _comment_thread(self, doc: Doc, lo: int, hi: int) -> int | None:
        """Where a comment thread inside the region starts: blogs print each comment
        as the commenter's name over a "<date> at <time>" stamp (a date line to the
        ``dateline`` pass), then the comment. With at least ``MIN_COMMENT_STAMPS`` such
        name-and-stamp pairs and ``MIN_WEIGHT_ABOVE_THREAD`` of prose above the first,
        the thread starts at the first name."""
        lines, decided = doc.lines, doc.decided
        starts: list[int] = []
        for i in range(max(lo, 0), hi + 1):
            v = decided[i]
            if v is None or v.label is not Label.DATE or not _COMMENT_STAMP.search(lines[i].text):
                continue
            j = i - 1
            while j >= lo and (not lines[j].text or doc.label(j) in _NEUTRAL_LABELS):
                j -= 1  # blank lines and avatars between the name and the stamp
            if (j >= lo and decided[j] is None and 0 < lines[j].words <= MAX_COMMENTER_WORDS
                    and not lines[j].ends_sentence):
                starts.append(j)
        if len(starts) < MIN_COMMENT_STAMPS:
            return None
        first = starts[0]
        above = sum(self.weight(lines[k], None, 0.0) for k in range(lo, first)
                    if decided[k] is None and lines[k].text and self.is_prose(lines[k]))
        return first if above >= MIN_WEIGHT_ABOVE_THREAD else None

    @staticmethod
    def _closing(doc: Doc, lo: int, hi: int) -> dict[int, str]:
        """The article's last lines that are calls to action or notices ("Follow us
        on X", "Artikel gefallen? Vergiss nicht zu teilen!"), by the lexicon's
        ``closing`` phrases: line index -> phrase. Looks at the last
        ``CLOSING_LINES`` undecided lines only, from the bottom up."""
        phrases = doc.lexicon.closing
        found: dict[int, str] = {}
        seen = 0
        for i in range(hi, lo, -1):
            ln = doc.lines[i]
            if not ln.text or not doc.undecided(i):
                continue
            seen += 1
            if seen > CLOSING_LINES or ln.words > CLOSING_MAX_WORDS:
                break
            # A long line must open with the call ("Join our forums ..."); one that
            # only ends with it ("... let us know your favourite") is the story's.
            first = _FIRST_SENTENCE.match(ln.low)  # always matches (maybe empty)
            head = ln.low if ln.words <= CLOSING_SHORT_WORDS or first is None else first[0]
            phrase = next((p for p in phrases if p in head), None)
            if phrase is None:
                break
            found[i] = phrase
        return found

    @staticmethod
    def _profile(doc: Doc, lo: int, hi: int) -> int | None:
        """Where a press release's company profile starts: at most
        ``MAX_PROFILE_LINES`` lines below the article's last rule line ("━━━━"), the
        first reading "<Name> is a ..." (the lexicon's ``profile_verb``) about a name
        the article above mentions ``MIN_PROFILE_MENTIONS`` times or more."""
        verbs = doc.lexicon.profile_verb
        if not verbs:
            return None
        lines = doc.lines
        rule = next((i for i in range(hi, lo, -1) if _is_rule(doc, i)), None)
        if rule is None:
            return None
        tail = [i for i in range(rule + 1, hi + 1) if lines[i].text and doc.undecided(i)]
        if not tail or len(tail) > MAX_PROFILE_LINES:
            return None
        text = lines[tail[0]].text
        m = _PROFILE_NAME.match(text)
        if m is None or not match_low(text[m.end():]).startswith(verbs):
            return None
        name = m.group(1)
        mentions = sum(lines[i].text.count(name) for i in range(lo, rule) if doc.undecided(i))
        return tail[0] if mentions >= MIN_PROFILE_MENTIONS else None

    @staticmethod
    def _calls(doc: Doc, lo: int, hi: int) -> dict[int, str]:
        """Short lines inside the article that are calls to action ("Sign up to
        get the best stories", "Artikel gefallen? Vergiss nicht zu teilen!"):
        a box in the story, not the story."""
        phrases = doc.lexicon.closing
        anywhere = _closing_anywhere(doc.lexicon)
        found: dict[int, str] = {}
        for i in range(max(lo, 0), hi + 1):
            ln = doc.lines[i]
            if (ln.text and ln.words <= CALL_MAX_WORDS and doc.undecided(i)
                    and anywhere.search(ln.low)):
                phrase = next((p for p in phrases if p in ln.low), None)
                if phrase is not None:
                    found[i] = phrase
        return found

    def _call_lines(self, doc: Doc, lo: int, hi: int) -> dict[int, str]:
        """Short lines inside the article that end with a call-to-action infinitive
        of the lexicon's ``call_verb``, in lower case ("Buch bestellen", "Jetzt für
        den Newsletter anmelden"): a button or a box's title, not a subheading, when
        it opens with a ``call_now`` word ("Jetzt", "Nu") or no paragraph follows it
        (a button between two sections). A question or a sentence ("Wo kann man
        Karten bestellen?") and a noun ("zum Herunterladen") are spared."""
        verbs, now = doc.lexicon.call_verb, doc.lexicon.call_now
        found: dict[int, str] = {}
        if not verbs:
            return found
        lines = doc.lines
        for i in range(max(lo, 0), hi + 1):
            ln = lines[i]
            if not (ln.text and MIN_CALL_LINE_WORDS <= ln.words <= MAX_CALL_LINE_WORDS
                    and doc.undecided(i)) or ln.text[-1] in ".?:;,":
                continue
            words = ln.text.rstrip("!").split()
            if words[-1] not in verbs or ":" in ln.text:
                continue
            k = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
            if words[0].casefold() in now or k is None or not self.is_prose(lines[k]):
                found[i] = words[-1]
        return found

    @staticmethod
    def _newsletter_box(doc: Doc) -> list[int]:
        """Undecided lines between two ``newsletter`` lines ("Newsletter" over "Stay up
        to date on ..." over "Subscribe"), at most ``MAX_BOX_LINES`` of them, form
        fields and rules aside: the box's pitch, not the story."""
        lines, decided = doc.lines, doc.decided
        found: list[int] = []
        run: list[int] = []
        inside = False
        for i, ln in enumerate(lines):
            v = decided[i]
            if not ln.text or (v is not None and v.pass_name == "blank_line"):
                continue
            if v is None:
                run.append(i)
                continue
            if v.label is Label.NEWSLETTER:
                if inside and 0 < len(run) <= MAX_BOX_LINES:
                    found.extend(run)
                inside = True
            else:
                inside = False
            run = []
        return found

    @staticmethod
    def _ad_box(doc: Doc) -> list[int]:
        """An ad's text: undecided lines right under an ad label ("Anzeige",
        "Advertisement", no blank line between), at most ``MAX_AD_BOX_LINES`` of them,
        closed at once (no blank line) by a short removed line, the ad's link ("Mehr
        erfahren", "Learn more"). An ad label over the next paragraph, a blank line
        apart or with no link under it, takes nothing. Where no blank line parts blocks
        (one line per block element), the line closing the run must still be a link: not
        the same label again (a slot label printed between every two paragraphs) nor
        the heading of the next block ("Share this story", "Tags")."""
        lines, decided = doc.lines, doc.decided
        found: list[int] = []
        for i, v in enumerate(decided):
            if v is None or v.label is not Label.AD or v.pass_name != "lexicon_match":
                continue
            j = i + 1
            while j < len(lines) and lines[j].text and decided[j] is None:
                j += 1
            if not 0 < j - i - 1 <= MAX_AD_BOX_LINES or j >= len(lines):
                continue
            end = decided[j]
            if (lines[j].text and end is not None and end.label in _AD_LINK_LABELS
                    and end.pass_name == "lexicon_match" and lines[j].words <= MAX_LINK_WORDS
                    and lines[j].key != lines[i].key):
                found.extend(range(i + 1, j))
        return found

    def _call_headings(self, doc: Doc, lo: int, calls: dict[int, str]) -> list[int]:
        """Short unpunctuated lines right above a call to action ("Our Newsletter" over
        "Sign up to get the best stories"), a blank line apart at most: the box's
        title, not a subheading of the story."""
        lines = doc.lines
        found = []
        for c in sorted(calls):
            i = c - 1
            if i >= 0 and not lines[i].text:
                i -= 1
            if (i >= lo and i not in calls and lines[i].text and doc.undecided(i)
                    and not self.is_prose(lines[i]) and not lines[i].ends_sentence
                    and not lines[i].bullet and not lines[i].introduces_list):
                found.append(i)
        return found

    def _inside(self, doc: Doc, lo: int, hi: int, skip: dict[int, str] | None = None,
                where: str = "the article") -> Iterator[Item]:
        """Settle undecided lines in [lo, hi]: prose is body; short lines are headings
        unless they come in a run longer than ``max_list_run`` (a link list); a
        second copy of the story is dropped. ``where`` names the block in evidence."""
        copies = self._copies(doc, lo, hi)
        printed = self._printed(doc, lo, hi)
        lines, decided = doc.lines, doc.decided
        run: list[Line] = []
        intro = False  # the line before the run ends with a colon: the run is its list
        for i in range(lo, hi + 1):
            ln = lines[i]
            if not ln.text or decided[i] is not None or (skip and i in skip):
                continue  # decided lines (ads, captions) neither join nor break a run
            if not self.is_prose(ln):
                if ln.introduces_list:  # it ends the run before it, and opens a list
                    yield from self._settle_run(run, intro)
                    yield verdict(i, Label.BODY, "line introducing a list", self.name)
                    run, intro = [], True
                    continue
                run.append(ln)
                continue
            yield from self._settle_run(run, intro)
            run, intro = [], ln.introduces_list
            if i in copies:
                yield verdict(i, Label.OTHER, "repeats article text above", self.name)
                continue
            if i in printed:
                yield verdict(i, Label.OTHER, f"prose printed {printed[i]} times on the page",
                              self.name)
                continue
            yield verdict(i, Label.BODY, f"prose of {ln.words} words in {where}", self.name)
        yield from self._settle_run(run, intro)

    def _printed(self, doc: Doc, lo: int, hi: int) -> dict[int, int]:
        """Undecided prose lines in [lo, hi] whose text the page prints at least
        ``MIN_PROSE_PRINTS`` times (anywhere on it): line index -> times. Counted by
        hash of the lines' keys, linear in the page."""
        lines, decided = doc.lines, doc.decided
        prose = [i for i in range(lo, hi + 1)
                 if lines[i].text and decided[i] is None and self.is_prose(lines[i])]
        keys = {lines[i].key for i in prose}
        counts = Counter(ln.key for ln in lines if ln.key in keys)
        return {i: n for i in prose if (n := counts[lines[i].key]) >= MIN_PROSE_PRINTS}

    def _copies(self, doc: Doc, lo: int, hi: int) -> set[int]:
        """Prose lines that belong to a second copy of the story: consecutive prose
        lines repeating text above, at least ``MIN_COPY_WORDS`` in all (pages that
        print the story twice). A single repeated paragraph (a pull quote) stays."""
        seen: set[int] = set()
        copies: set[int] = set()
        run: list[int] = []
        words = 0

        def flush() -> None:
            if len(run) >= 2 and words >= MIN_COPY_WORDS:
                copies.update(run)
            else:  # a pull quote is a sentence or two; a long repeated block is a copy
                copies.update(k for k in run if doc.lines[k].words >= MIN_COPY_LINE_WORDS)

        lines, decided = doc.lines, doc.decided
        for i in range(lo, hi + 1):
            ln = lines[i]
            if not ln.text or decided[i] is not None or not self.is_prose(ln):
                continue
            if ln.words >= MIN_REPEAT_WORDS and _repeats(ln.low, seen):
                run.append(i)
                words += ln.words
                continue
            flush()
            run, words = [], 0
        flush()
        return copies

    def _settle_run(self, run: list[Line], intro: bool = False) -> Iterator[Item]:
        if not run:
            return
        sentence_case = sum(1 for ln in run if ln.words >= 5 and ln.caps_ratio < 0.5)
        if intro:
            for ln in run:  # "You will need:" and its items
                yield verdict(ln.index, Label.BODY, "list item after a line ending in ':'",
                              self.name)
            return
        table = sum(1 for ln in run if len(_NUMBER.findall(ln.text)) >= MIN_ROW_NUMBERS)
        if len(run) > self.config.max_list_run and table * 2 > len(run):
            # Rows of figures ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%"): a table.
            for ln in run:
                yield verdict(ln.index, Label.BODY, f"table of {len(run)} rows in the article",
                              self.name)
            return
        if len(run) > self.config.max_list_run and all(is_key_value(ln) for ln in run):
            # "Posti letto: 40" / "Quota: 2.300 metri": a fact box, not links.
            for ln in run:
                yield verdict(ln.index, Label.BODY, f"fact box of {len(run)} lines in the article",
                              self.name)
            return
        if len(run) > self.config.max_list_run and sentence_case * 2 <= len(run):
            # Mostly Title Case or tiny items: a link list. Sentence-case items of
            # five words or more are the article's own list (steps, points).
            why = f"run of {len(run)} short lines inside the article"
            for ln in run:
                yield verdict(ln.index, Label.RELATED, why, self.name)
            return
        for ln in run:
            if "©" in ln.text or _has_c_mark(ln.text):
                # "© Jane Roe/Agency", "Pier © jroe / Agency", "Hall / (C) J. Roe": a credit
                yield verdict(ln.index, Label.CAPTION, "short line holding '©' in the article",
                              self.name)
                yield Field("caption", ln.text, ln.index, "credit line in the article")
                continue
            if ln.ends_sentence or ln.bullet:
                yield verdict(ln.index, Label.BODY, "short line between paragraphs", self.name)
            else:
                yield verdict(ln.index, Label.HEADING, "short unpunctuated line in the article",
                              self.name)


def _printed_item(doc: Doc, i: int) -> bool:
    """Line ``i`` is a short line the ``repeated`` pass removed as printed elsewhere
    on the page: in a list the story introduces ("Topics:" over its items) it is an
    item that the page's menu or a heading also names, not the list's end."""
    v = doc.decided[i]
    return (v is not None and v.pass_name == "repeated"
            and doc.lines[i].words <= MAX_PRINTED_ITEM_WORDS)


def _in_share_bar(doc: Doc, i: int) -> bool:
    """Whether line ``i`` stands between two share lines (the nearest non-blank line
    on each side): "Comments" in a column of "Facebook / Twitter / Comments / Print"
    links the story's comments, it doesn't head a comments block."""
    def share(step: int) -> bool:
        k = i + step
        while 0 <= k < len(doc.lines) and not doc.lines[k].text:
            k += step
        return 0 <= k < len(doc.lines) and doc.label(k) is Label.SHARE
    return share(-1) and share(1)
