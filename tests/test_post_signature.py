"""The signature under an embedded post ("— Jane Roe (@janeroe) March 3, 2024")
belongs to the quoted post: it stays in the article with the post's text, and
its date is not the page's."""

from __future__ import annotations

from newsclean import clean
from newsclean.lexicon import load
from newsclean.model import Label
from newsclean.passes.dateline import is_post_signature

_EN = """Harbour ferry resumes service after storm

March 12, 2024

The harbour ferry returned to its regular timetable on Tuesday after two days of suspended crossings caused by strong winds.
Operators said the vessels had been inspected overnight and that no damage had been found on either of the two boats.
The city's transport office confirmed the news in a short message on social media shortly after the first morning crossing:

Good news for commuters: the ferry is running again on the normal timetable from 7am today.

— Harbour Transport Office (@harbourtransit) March 12, 2024

Passengers who bought weekly passes during the closure will be able to extend them by two days at any ticket office.
The operator also promised to publish an updated plan for future storms before the start of the summer season.
"""

_DE = """Neue Buslinie verbindet die Vororte

4. März 2024

Ab Montag verbindet eine neue Buslinie die beiden nördlichen Vororte direkt mit dem Hauptbahnhof der Stadt.
Die Verkehrsbetriebe hatten die Strecke im vergangenen Jahr mit mehreren Bürgerversammlungen vorbereitet.
Auf ihrem Kanal kündigten die Verkehrsbetriebe den Start am Wochenende selbst mit wenigen Worten an:

Ab Montag fährt die Linie 17 im Zwanzig-Minuten-Takt bis zum Hauptbahnhof. Wir freuen uns auf Sie!

— Verkehrsbetriebe Musterstadt (@vb_musterstadt) 2. März 2024

Die ersten Wochen gelten als Probebetrieb, danach soll der Fahrplan anhand der Fahrgastzahlen angepasst werden.
Wer die Linie regelmäßig nutzt, kann seine Erfahrungen bis Ende April über ein Formular der Stadt mitteilen.
"""


def _signature(text: str) -> str:
    return next(ln.strip() for ln in text.splitlines() if "(@" in ln)


def _kept_part(text: str) -> str:
    """The signature without its leading dash (read as a list bullet)."""
    return _signature(text).lstrip("— ")


def test_is_post_signature() -> None:
    lex = load()
    assert is_post_signature(_signature(_EN), lex)
    assert is_post_signature(_signature(_DE), lex)
    assert not is_post_signature("March 12, 2024", lex)
    assert not is_post_signature("Write to us (@desk) for corrections", lex)


def test_english_post_signature_stays_with_the_post() -> None:
    a = clean(_EN)
    assert _kept_part(_EN) in a.text
    lr = next(lr for lr in a.lines if "(@" in lr.text)
    assert lr.label is Label.BODY
    assert str(a.published)[:10] == "2024-03-12"


def test_german_post_signature_is_not_the_page_date() -> None:
    a = clean(_DE)
    assert _kept_part(_DE) in a.text
    assert str(a.published)[:10] == "2024-03-04"
    lr = next(lr for lr in a.lines if "(@" in lr.text)
    assert lr.label is Label.BODY
