"""Short lines and headings that are not the article: bylines naming only a role,
headings opening a link list at the article's end, short captions ending in an agency.

All page text is invented for these tests."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label

_EN_PARAS = (
    "The harbour committee met on Tuesday evening to discuss the plans for the new "
    "ferry landing, which residents have asked about for more than a decade now.\n\n"
    "Members agreed that the old pier would be repaired first, and that the work on "
    "the landing itself would start as soon as the funding from the region arrived.\n"
)
_DE_PARAS = (
    "Der Gemeinderat hat am Dienstagabend über die Pläne für den neuen Fähranleger "
    "beraten, nach dem die Anwohner seit mehr als zehn Jahren immer wieder fragen.\n\n"
    "Die Mitglieder waren sich einig, dass zuerst der alte Steg repariert wird und die "
    "Arbeiten am Anleger beginnen, sobald die Fördermittel der Region eingetroffen sind.\n"
)


@pytest.mark.parametrize(("byline", "paras"), [
    ("By Staff Writer", _EN_PARAS),
    ("By Staff Reporter", _EN_PARAS),
    ("Von Redakteurin", _DE_PARAS),
])
def test_byline_with_only_a_role(byline: str, paras: str) -> None:
    """ "By Staff Writer": a byline that names no one is still a byline, not a
    heading of the article, and gives no author."""
    text = f"Ferry Landing Plans Move Ahead After Long Wait\n\n{byline}\n\n{paras}"
    a = clean(text)
    r = next(lr for lr in a.lines if lr.text == byline)
    assert (r.label, r.pass_name) == (Label.BYLINE, "byline"), r.evidence
    assert "role" in r.evidence
    assert a.authors == ()
    assert byline not in a.text


@pytest.mark.parametrize(("site", "headline", "byline", "paras"), [
    ("The Harbour Gazette", "Harbour committee backs the ferry landing plans after a long wait "
     "for funding from the region", "By Staff Writer", _EN_PARAS),
    ("Der Küstenbote", "Gemeinderat gibt nach mehr als zehn Jahren Wartezeit grünes Licht "
     "für den neuen Fähranleger am alten Hafen", "Von Redakteurin", _DE_PARAS),
])
def test_headline_above_a_byline_naming_no_one(site: str, headline: str, byline: str,
                                               paras: str) -> None:
    """A long headline the region reads as prose, a byline naming no one and the
    date below it: the headline is still the title, not the site name above it."""
    text = f"{site}\n\n  • Home\n  • News\n\n{headline}\n\n{byline}\n\n14 March 2025\n\n{paras}"
    a = clean(text)
    assert a.title == headline
    assert headline not in a.text


def test_byline_role_word_with_more_text_is_not_a_role_byline() -> None:
    """A role word followed by more words is not a bare role ("By Editor's choice")."""
    text = f"Ferry Landing Plans Move Ahead After Long Wait\n\nBy Editor's choice\n\n{_EN_PARAS}"
    r = next(lr for lr in clean(text).lines if lr.text == "By Editor's choice")
    assert r.evidence != "'By' + role"


_DE_STORY = (
    "Neue Wärmepumpen für das Rathaus\n\n"
    "Die Stadt will bis zum Herbst alle alten Heizkessel im Rathaus durch moderne "
    "Wärmepumpen ersetzen, wie der Bürgermeister am Montag im Ausschuss erklärte.\n\n"
    "Nach seinen Worten sinken die Heizkosten dadurch um fast ein Drittel, und die "
    "Arbeiten sollen den Betrieb der Verwaltung kaum stören, weil sie abends stattfinden.\n\n"
    "Auch die Schulen der Stadt sollen in den kommenden Jahren nach und nach umgestellt "
    "werden, sobald die Förderung des Landes für diese Vorhaben bewilligt worden ist.\n\n"
)
_ES_STORY = (
    "El municipio aprueba el nuevo plan de transporte\n\n"
    "El concejo municipal aprobó este martes el nuevo plan de transporte, que prevé "
    "más frecuencias en las líneas de colectivo que unen los barrios del sur con el centro.\n\n"
    "Según explicó la secretaria de Movilidad, las primeras medidas empezarán a regir "
    "el mes próximo y se evaluarán cada seis meses junto con las asociaciones vecinales.\n\n"
    "La oposición votó en contra y reclamó que el plan incluya también nuevas ciclovías "
    "en las avenidas principales, un pedido que el oficialismo prometió estudiar.\n\n"
)


@pytest.mark.parametrize(("story", "heading", "items"), [
    (_DE_STORY, "Weitere Informationen", (
        "• Entdecken Sie unsere interaktive Grafik rund um das Heizen im Altbau",
        "• Besuchen Sie den virtuellen Rundgang durch unser Musterhaus",
    )),
    (_ES_STORY, "Seguí leyendo", (
        "Escándalo en el club. El presidente renunció tras la asamblea de socios",
        "Clima. Alerta amarilla por tormentas fuertes en cinco provincias",
    )),
])
def test_link_list_heading_after_the_story(story: str, heading: str, items: tuple[str, ...]) -> None:
    """ "Weitere Informationen", "Seguí leyendo": a heading over a list of links
    below the story is no sub-heading of the article, and its list goes with it."""
    text = story + heading + "\n\n" + "\n\n".join(items) + "\n"
    a = clean(text)
    r = next(lr for lr in a.lines if lr.text == heading)
    assert r.label is Label.RELATED, (r.label, r.pass_name, r.evidence)
    assert heading not in a.text
    assert all(item.lstrip("• ") not in a.text for item in items)
    assert "Förderung des Landes" in a.text or "ciclovías" in a.text


@pytest.mark.parametrize(("caption", "story"), [
    ("Una bandada de flamencos en la laguna, el pasado domingo. EFE", _ES_STORY),
    ("The new ferry landing seen from the old pier at dusk. Reuters", _EN_PARAS),
])
def test_short_caption_ending_in_a_bare_agency(caption: str, story: str) -> None:
    """A short line whose last sentence is a credit alone ("... el domingo. EFE")
    is a photo caption, not a heading or a paragraph of the article."""
    text = "Headline Over The Photo\n\n" + caption + "\n\n" + story
    a = clean(text)
    r = next(lr for lr in a.lines if lr.text == caption)
    assert (r.label, r.pass_name) == (Label.CAPTION, "photo_caption"), r.evidence
    assert caption not in a.text


def test_long_paragraph_ending_in_an_agency_stays() -> None:
    """A paragraph of the story signed off with the agency is no caption."""
    para = ("El concejo municipal aprobó este martes el nuevo plan de transporte, que prevé "
            "más frecuencias en las líneas que unen los barrios del sur con el centro. EFE")
    a = clean("El municipio aprueba el plan de transporte\n\n" + para + "\n\n" + _ES_STORY)
    assert para in a.text
