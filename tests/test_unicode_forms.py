"""Decomposed accents (a letter followed by a combining mark, as some editors and
file systems save text) read as the composed letters: the output matches any
other copy of the same words, and lexicon phrases match."""

from __future__ import annotations

import unicodedata

from newsclean import clean
from newsclean.lines import split_lines

_DE = """Neue Brücke über den Fluss eröffnet

Nach drei Jahren Bauzeit ist die Brücke zwischen den beiden Ortsteilen seit Montag für Fußgänger und Radfahrer geöffnet.
Die Gemeinde hatte die Kosten zunächst auf vier Millionen Euro geschätzt, am Ende wurden es knapp fünf Millionen.
Anwohner begrüßten die Öffnung, weil der Umweg über die Hauptstraße nun entfällt und die Schulkinder sicherer ankommen.
Im Frühjahr sollen noch Bänke und eine Beleuchtung folgen, die der Ortsbeirat im Herbst beschlossen hatte.
"""

_FR = """Le marché de Noël revient sur la place

Après deux années d'absence, le marché de Noël s'installe à nouveau sur la place de l'église dès le premier samedi de décembre.
Une quarantaine d'exposants présenteront des créations locales, du pain d'épices et des décorations fabriquées à la main.
La mairie a prévu une navette gratuite depuis la gare afin de limiter la circulation dans les rues étroites du centre.
Les bénévoles de l'association des commerçants assureront l'animation des soirées jusqu'à la veille de Noël.

À lire aussi
"""


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_decomposed_german_umlauts_come_out_composed() -> None:
    a = clean(_nfd(_DE))
    assert "Fußgänger und Radfahrer geöffnet" in a.text
    assert "Anwohner begrüßten die Öffnung" in a.text
    assert a.text == clean(_DE).text


def test_decomposed_french_accents_come_out_composed() -> None:
    a = clean(_nfd(_FR))
    assert "Après deux années d'absence" in a.text
    assert "créations locales" in a.text


def test_decomposed_lexicon_phrase_still_matches() -> None:
    ln = split_lines(_nfd("À lire aussi\n"))[0]
    assert ln.text == "À lire aussi"
    assert ln.lex is not None and ln.lex.label.value == "related"
    a = clean(_nfd(_FR))
    assert "À lire aussi" not in a.text
    assert [r.label for r in a.lines] == [r.label for r in clean(_FR).lines]
