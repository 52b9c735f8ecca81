"""Issue 6 (memory): ``Article.lines`` is a compact :class:`LineResults` (the page
text, where each line starts, and a small number per line into a table of the
page's verdicts) that reads like the tuple of ``LineResult`` it replaces. All page
text is written for these tests."""

from __future__ import annotations

import copy
import json
import pickle
from array import array

import pytest

from newsclean import Article, Label, LineResult, clean
from newsclean.model import LineResults, line_starts

from test_reflow import de_page, en_page

EN_PAGE = "\n".join([
    "Home", "News", "Sport", "Weather", "",
    "Harbour wall to be extended after long debate",
    "By Mara Quill", "",
    "The council voted on Tuesday to extend the harbour wall, a project that residents "
    "have argued about for more than a decade, and officials said work would start soon.",
    "",
    "Fishermen on the north quay welcomed the decision but asked for the slipway to stay "
    "open during the works, which are expected to last about two summers.",
    "", "Home", "News", "Sport", "Weather", "", "Share on Facebook",
    "© 2025 The Harbour Gazette. All rights reserved.", "",
])
DE_PAGE = "\r\n".join([
    "Startseite", "Lokales", "Sport", "",
    "Neue Fähre für die Insel bestellt",
    "Von Lene Brodersen", "",
    "Die Reederei hat am Montag eine zweite Fähre für die Verbindung zur Insel bestellt, "
    "die ab dem übernächsten Sommer im Stundentakt fahren soll, wie der Vorstand sagte.",
    "",
    "Auf der Insel wird die Nachricht begrüßt: Im vergangenen Jahr mussten an vielen "
    "Wochenenden Autos am Hafen stehen bleiben, weil das einzige Schiff voll war.",
    "", "Startseite", "Lokales", "Sport", "",
    "© 2025 Inselbote. Alle Rechte vorbehalten.",
])


def _plain(art: Article) -> tuple[LineResult, ...]:
    """The results as the tuple of objects clean() used to return."""
    return tuple(
        LineResult(r.index, r.text, r.label, r.pass_name, r.evidence, r.also) for r in art.lines
    )


@pytest.mark.parametrize("text", [EN_PAGE, DE_PAGE, en_page(), de_page()],
                         ids=["en", "de-crlf", "en-wrapped", "de-wrapped"])
def test_lines_read_like_the_tuple_of_results(text: str) -> None:
    art = clean(text)
    lines = art.lines
    plain = _plain(art)
    raws = text.splitlines()
    assert isinstance(lines, LineResults)
    assert len(lines) == len(raws) == len(plain)
    assert [r.text for r in lines] == raws
    assert [r.index for r in lines] == list(range(len(raws)))
    assert lines[0] == plain[0] and lines[-1] == plain[-1] and lines[-len(raws)] == plain[0]
    assert lines[3] == plain[3] and lines[-4] == plain[-4]
    assert lines[2:7] == plain[2:7] and isinstance(lines[2:7], tuple)
    assert lines[::-3] == plain[::-3] and lines[5:2] == () and lines[:] == plain
    assert list(iter(lines)) == list(plain) and list(reversed(lines)) == list(reversed(plain))
    assert lines == plain and plain == lines and not lines != plain
    assert hash(lines) == hash(plain)
    assert repr(lines) == repr(plain)
    assert plain[4] in lines and lines.index(plain[4]) == 4 and lines.count(plain[4]) == 1
    assert lines + () == plain and () + lines == plain
    assert [r.to_dict() for r in lines] == [r.to_dict() for r in plain]


@pytest.mark.parametrize("i", [10 ** 6, -(10 ** 6), 20, -21])
def test_an_index_past_either_end_raises_index_error(i: int) -> None:
    lines = clean("\n".join(f"Line {k}" for k in range(20))).lines
    with pytest.raises(IndexError):
        lines[i]
    assert lines[19].text == "Line 19" and lines[-20].text == "Line 0"


def test_a_non_integer_index_is_a_type_error() -> None:
    lines = clean(EN_PAGE).lines
    with pytest.raises(TypeError, match="integers or slices"):
        lines["1"]  # type: ignore[call-overload]


@pytest.mark.parametrize("text", [EN_PAGE, DE_PAGE, en_page()])
def test_articles_and_their_lines_survive_pickle_and_copy(text: str) -> None:
    art = clean(text)
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(art, protocol=protocol))
        assert back == art and back.lines == art.lines
        assert repr(tuple(back.lines)) == repr(tuple(art.lines))
        assert [r.also for r in back.lines] == [r.also for r in art.lines]
    assert copy.deepcopy(art) == art and copy.copy(art.lines) == art.lines


def test_two_articles_of_one_page_are_equal_and_hash_alike() -> None:
    a, b = clean(DE_PAGE), clean(DE_PAGE)
    assert a == b and hash(a) == hash(b) and a.lines == b.lines
    assert a != clean(EN_PAGE) and a.lines != clean(EN_PAGE).lines
    # Equal to an Article holding the plain tuple, as before.
    assert a == Article(**{f: getattr(a, f) for f in Article.__dataclass_fields__
                           if f != "lines"}, lines=_plain(a))


def test_to_dict_lists_every_line_as_before() -> None:
    art = clean(EN_PAGE)
    d = art.to_dict()
    assert d["lines"] == [r.to_dict() for r in _plain(art)]
    assert json.loads(json.dumps(d))["lines"][5]["text"] == EN_PAGE.splitlines()[5]


@pytest.mark.parametrize("text", [
    "", "\n", "one", "one\n", "a\r\nb\rc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u2029k",
    "\r\n\r\n", "x\r\r\ny\n\r", "  \t \n\n  trailing  ", "é\u00a0ü\r\n猫\r\n",
])
def test_every_kind_of_line_break_gives_back_the_lines(text: str) -> None:
    art = clean(text)
    assert [r.text for r in art.lines] == text.splitlines()
    assert [r.text for r in art.lines[:]] == text.splitlines()
    assert [art.lines[i].text for i in range(len(art.lines))] == text.splitlines()


def test_starts_point_past_each_line_break() -> None:
    text = "ab\r\ncd\nef"
    assert list(line_starts(text, text.splitlines())) == [0, 4, 7, 10]
    assert list(line_starts("ab\n", ["ab"])) == [0, 3]
    assert list(line_starts("", [])) == [0]


def test_lines_built_from_fates_share_one_table_entry() -> None:
    text = "Home\nNews\nHome\n"
    fate_nav = (Label.NAV, "lexicon_match", "exact 'home' (en)")
    fate_news = (Label.NAV, "lexicon_match", "exact 'news' (en)")
    lines = LineResults.of(text, text.splitlines(), [fate_nav, fate_news, fate_nav])
    assert [(r.index, r.text, r.label, r.evidence) for r in lines] == [
        (0, "Home", Label.NAV, "exact 'home' (en)"), (1, "News", Label.NAV, "exact 'news' (en)"),
        (2, "Home", Label.NAV, "exact 'home' (en)")]
    assert lines[0].evidence is lines[2].evidence
    with pytest.raises(ValueError, match="starts"):
        LineResults(text, array("B", [0, 5]), array("B", [0, 1, 0]), [fate_nav], {})


@pytest.mark.parametrize("line", ["item {}", "Artikel Nr. {}"])
def test_the_results_of_many_short_lines_are_smaller_than_the_page(line: str) -> None:
    """What the compact form is for: a page of short lines used to come back as one
    object per line, several times the size of the page (the pickle shows it)."""
    text = "".join(line.format(i) + "\n" for i in range(5000))
    art = clean(text)
    assert len(art.lines) == 5000
    assert len(pickle.dumps(art.lines, protocol=pickle.HIGHEST_PROTOCOL)) < 2 * len(text)
