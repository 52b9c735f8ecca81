"""metadata: a headline-shaped line under the byline and date block, right above the
first paragraph, is the article's dek (subtitle), not a subheading that opens the body;
so cleaning the cleaned text again gives the same text."""

from __future__ import annotations

from newsclean import Label, clean

EN_DEK = "Record crowds expected as the valley fair returns after three years"
EN = ("News\nSport\nWeather\nOpinion\n\n"
      "Valley fair is back with a new home by the river\n\n"
      "By Martha Quill\n\n"
      + EN_DEK + "\n\n"
      "The valley fair opens on Friday on the meadow beside the river, after three years in "
      "which the old showground was closed for drainage works and a new grandstand.\n\n"
      "Organisers said more than two hundred stalls had booked a place, from cheese makers "
      "to a blacksmith who will shoe horses in front of the crowd every afternoon.\n\n"
      "The fair runs until Sunday evening, and buses will leave the station every twenty "
      "minutes.\n")

DE_DEK = "Nach drei Jahren Pause kehrt das Talfest an den Fluss zurück"
DE = ("Nachrichten\nSport\nWetter\nMeinung\n\n"
      "Das Talfest zieht auf die Wiese am Fluss\n\n"
      "Von Hanna Kiesel\n"
      "12. Juni 2025, 09:30 Uhr\n\n"
      + DE_DEK + "\n\n"
      "Am Freitag beginnt das Talfest auf der Wiese am Fluss, nachdem der alte Festplatz drei "
      "Jahre lang wegen Bauarbeiten an der Entwässerung gesperrt war.\n\n"
      "Nach Angaben der Veranstalter haben sich mehr als zweihundert Stände angemeldet, vom "
      "Käsemacher bis zum Schmied, der jeden Nachmittag vor Publikum Pferde beschlägt.\n\n"
      "Das Fest dauert bis Sonntagabend, vom Bahnhof fahren alle zwanzig Minuten Busse.\n")


def _check(text: str, dek: str) -> None:
    a = clean(text)
    line = next(r for r in a.lines if r.text == dek)
    assert line.label is Label.SUBTITLE, (line.label, line.pass_name, line.evidence)
    assert a.subtitle == dek
    assert dek not in a.paragraphs
    assert clean(a.text).text == a.text


def test_dek_under_the_byline_is_the_subtitle_en() -> None:
    _check(EN, EN_DEK)


def test_dek_under_the_byline_and_date_is_the_subtitle_de() -> None:
    _check(DE, DE_DEK)


def test_a_key_value_line_under_the_byline_is_no_dek() -> None:
    facts = "Tested by: Martha Quill Price: 40 euros Made in: Portugal"
    a = clean(EN.replace(EN_DEK, facts))
    assert next(r for r in a.lines if r.text == facts).label is not Label.SUBTITLE


def test_a_subheading_further_down_stays_a_heading() -> None:
    head = "Stalls from every village in the valley"
    text = EN.replace("\n\nOrganisers said", "\n\n" + head + "\n\nOrganisers said")
    a = clean(text)
    assert next(r for r in a.lines if r.text == head).label is Label.HEADING
