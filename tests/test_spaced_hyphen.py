"""A renderer that puts a space at every inline element boundary splits a
hyphenated compound whose first half is a link or an abbreviation ("KI -Systeme"
for <abbr>KI</abbr>-Systeme). Such a compound is joined again; a suspended
compound ("und -pilotinnen"), a parenthetical dash and command-line options are not."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.lines import normalise


@pytest.mark.parametrize(("raw", "want"), [
    ("Die neuen KI -Assistenten im Rathaus", "Die neuen KI-Assistenten im Rathaus"),
    ("sagte der THW -Sprecher am Abend", "sagte der THW-Sprecher am Abend"),
    ("la nouvelle taxe UE -Carbone sur les importations", "la nouvelle taxe UE-Carbone sur les importations"),
    ("die Gletscher -Messung im Sommer", "die Gletscher-Messung im Sommer"),
])
def test_split_compound_is_joined(raw: str, want: str) -> None:
    assert normalise(raw)[0] == want


@pytest.mark.parametrize("raw", [
    "Fahrerinnen und -Fahrer der Linie",
    "Planung und -umsetzung der Wege",
    "mit sudo chmod -R 755 den Ordner freigeben",
    "el alcalde -Que no estaba presente- dijo",
    "Themen von A -Z",
    "bei -12 Grad in der Nacht",
])
def test_other_spaced_dashes_stay(raw: str) -> None:
    assert normalise(raw)[0] == raw


_PAGE = """Stadt testet KI -Assistenten im Bürgeramt

Seit dieser Woche beantworten zwei KI -Assistenten im Bürgeramt einfache Fragen zu Terminen und Formularen.
Die Stadtverwaltung will damit die Wartezeiten am Telefon verkürzen, die zuletzt bei über zwanzig Minuten lagen.
Der IT -Leiter der Stadt betonte, dass keine persönlichen Daten an fremde Server übermittelt würden.
Nach einem halben Jahr soll der Gemeinderat entscheiden, ob der Versuch dauerhaft fortgesetzt wird.
"""


def test_article_text_has_the_joined_compound() -> None:
    text = clean(_PAGE).text
    assert "zwei KI-Assistenten im Bürgeramt" in text
    assert "Der IT-Leiter der Stadt" in text
