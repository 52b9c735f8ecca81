"""``metadata``: the article header (headline, dek, byline, date) as sites print it.

Each class of header is checked in at least two languages: the field value, and
the label and deciding pass of the line it came from.
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label

SHARE = {"de": ["Teilen", "Facebook", "WhatsApp", "E-Mail"],
         "fr": ["Partager", "Facebook", "WhatsApp", "Copier le lien"],
         "it": ["Condividi", "Facebook", "WhatsApp", "Email"],
         "pt": ["Compartilhe", "Facebook", "WhatsApp", "Telegram"],
         "ru": ["Поделиться", "Facebook", "Telegram", "VK"],
         "nl": ["Delen", "Facebook", "WhatsApp", "Kopieer link"],
         "en": ["Share", "Facebook", "WhatsApp", "Copy link"]}

RU_PROSE = (
    "Городской совет в понедельник вечером проголосовал за то, чтобы библиотека у реки "
    "оставалась открытой ещё как минимум год, после нескольких месяцев споров о бюджете.",
    "Жители собрались у здания мэрии с плакатами и петициями и говорили, что библиотека "
    "остаётся единственным тихим местом в районе, где дети могут заниматься.",
    "Мэр сказал, что бюджет улучшился благодаря росту налоговых поступлений, а закрытие "
    "здания сэкономило бы очень мало денег в долгосрочной перспективе.",
)


def _page(lang: str, header: list[str], *, headline: str | None = None,
          above: list[str] = (), share: bool = True) -> str:
    from conftest import FOOTERS, HEADLINES, MENUS, PROSE

    prose = RU_PROSE if lang == "ru" else PROSE[lang][:4]
    menu = MENUS.get(lang, MENUS["en"])
    out = [*menu, "", *above, headline or HEADLINES.get(lang, HEADLINES["en"]), "", *header, ""]
    if share:
        out += [*SHARE[lang], ""]
    for p in prose:
        out += [p, ""]
    out += list(FOOTERS.get(lang, FOOTERS["en"]))
    return "\n".join(out) + "\n"


def _at(a, needle: str):
    return next(r for r in a.lines if needle in r.text)


# -- a line of names next to the date, a share bar between it and the text ------------


@pytest.mark.parametrize(("lang", "names", "date", "authors"), [
    ("pt", "Thiago Mendonça", "16/09/2025 às 14h05", ("Thiago Mendonça",)),
    ("ru", "Ирина Соколова", "16 сентября 2025, 12:34", ("Ирина Соколова",)),
    ("nl", "Wouter Peeters en Lien Claes", "16/09/2025 om 18.20 uur",
     ("Wouter Peeters", "Lien Claes")),
])
def test_names_beside_the_date_above_a_share_bar(lang: str, names: str, date: str,
                                                 authors: tuple[str, ...]) -> None:
    a = clean(_page(lang, [names, date]))
    assert a.authors == authors
    r = _at(a, names)
    assert (r.label, r.pass_name, r.evidence) == (Label.BYLINE, "metadata",
                                                  "line of capitalised names")
    assert a.published is not None and a.published.year == 2025


@pytest.mark.parametrize(("lang", "names", "date"), [
    ("pt", "Henrique Valadares", "16 de setembro de 2025, 6:45"),
    ("en", "Bernadette Coyle", "Thursday June 12 2025, 6.00am BST"),
])
def test_names_printed_again_in_the_author_box_are_still_the_byline(
        lang: str, names: str, date: str) -> None:
    text = _page(lang, [names, date]).replace(
        "\n" + "\n".join(SHARE[lang]), "\n" + "\n".join(SHARE[lang]), 1)
    # the author box at the end prints the name again: ``repeated`` sees it twice
    text = text.rstrip("\n") + f"\n\n{names}\n"
    a = clean(text)
    assert a.authors == (names,)
    r = _at(a, names)
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata")
    assert any(v.pass_name == "repeated" for v in r.also)


# -- a lower-case byline word, or the byline after the date ----------------------------


@pytest.mark.parametrize(("lang", "line", "authors"), [
    ("de", "von Tobias Lemke · 6 Min. Lesezeit", ("Tobias Lemke",)),
    ("it", "di Giulia Bertolotti", ("Giulia Bertolotti",)),
])
def test_lower_case_byline_word(lang: str, line: str, authors: tuple[str, ...]) -> None:
    a = clean(_page(lang, [line, "16.09.2025"]))
    assert a.authors == authors
    r = _at(a, line)
    assert (r.label, r.pass_name, r.evidence) == (Label.BYLINE, "metadata",
                                                  "byline word + name")


@pytest.mark.parametrize(("lang", "line", "authors", "day"), [
    ("fr", "Publié le 27 mai 2025 par Camille · 11 commentaires", ("Camille",), "2025-05-27"),
    ("it", "Pubblicato il 16 settembre 2025 da Chiara Venturi · 2 commenti",
     ("Chiara Venturi",), "2025-09-16"),
    ("en", "Posted on May 3, 2025 at 10:05 by Jane Doe", ("Jane Doe",), "2025-05-03"),
])
def test_byline_after_the_date(lang: str, line: str, authors: tuple[str, ...],
                               day: str) -> None:
    a = clean(_page(lang, [line]))
    assert a.authors == authors
    assert a.published is not None and a.published.isoformat()[:10] == day
    r = _at(a, line)
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata")


@pytest.mark.parametrize(("lang", "text_line", "photo_line", "date"), [
    ("de", "Text: Johanna Steiner", "Fotos: Matthias Korb", "23. August 2025"),
    ("it", "Testo: Giulia Neri", "Foto: Marco Berti", "23 agosto 2025"),
])
def test_text_line_above_a_photo_credit_is_the_byline(lang: str, text_line: str,
                                                      photo_line: str, date: str) -> None:
    a = clean(_page(lang, [text_line, photo_line, date]))
    assert a.authors == (text_line.split(": ")[1],)
    r = _at(a, text_line)
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata")
    assert any(v.pass_name == "photo_caption" for v in r.also)  # overturned


# -- the headline: not a breadcrumb trail above it, not its dek -----------------------


@pytest.mark.parametrize(("lang", "trail"), [
    ("fr", "Société › Éducation"),
    ("pt", "Futebol > Liga > 6.ª jornada"),
    ("en", "You are here: Home / Community / Council votes to keep the library"),
])
def test_breadcrumb_trail_above_a_long_headline_is_not_the_title(lang: str, trail: str) -> None:
    headline = {
        "fr": "Canicule : à Lyon, des écoles ferment à midi faute de salles supportables",
        "pt": "Estrela do Norte vence em Setúbal com golo nos descontos e isola-se na liderança",
        "en": "Council votes to keep the riverside library open for another year after a long debate",
    }[lang]
    a = clean(_page(lang, ["By Jane Doe" if lang == "en" else "Par Claire Martin"
                           if lang == "fr" else "Por Ana Costa", "16.09.2025"],
                    headline=headline, above=[trail, ""]))
    assert a.title == headline
    r = _at(a, headline)
    assert (r.label, r.pass_name) == (Label.TITLE, "metadata")
    assert _at(a, trail).label is not Label.TITLE


@pytest.mark.parametrize(("lang", "headline", "dek"), [
    ("nl", "Geen schoolbus meer voor 600 kinderen in de Kempen: 'Ouders moeten zelf rijden'",
     "Vervoersmaatschappij schrapt twaalf ritten door chauffeurstekort. Scholen zoeken "
     "noodoplossing"),
    ("en", "Riverside library stays open for another year after a four-hour council debate",
     "The vote ended months of argument. Repairs to the roof come next"),
])
def test_dek_of_sentences_under_the_headline(lang: str, headline: str, dek: str) -> None:
    a = clean(_page(lang, [dek, "", "Wouter Peeters", "16/09/2025 om 18.20 uur"]
                    if lang == "nl" else [dek, "", "Jane Roe", "September 16, 2025"],
                    headline=headline))
    assert a.title == headline
    assert (_at(a, headline).label, _at(a, headline).pass_name) == (Label.TITLE, "metadata")
    r = _at(a, dek)
    assert (r.label, r.pass_name) == (Label.SUBTITLE, "metadata")
    assert a.subtitle == dek


# -- pages without an article: the heading the page <title> names ----------------------


@pytest.mark.parametrize(("lang", "page_title", "heading", "sentence"), [
    ("en", "Page not found | Lakeshore Daily News", "Page not found",
     "Sorry, we couldn't find the page you were looking for. It may have been moved."),
    ("nl", "Pagina niet gevonden | Dagblad van het Oosten", "Oeps! Deze pagina bestaat niet (meer)",
     "De pagina die je zoekt is verplaatst, verwijderd of heeft nooit bestaan."),
])
def test_error_page_heading_is_the_title(lang: str, page_title: str, heading: str,
                                         sentence: str) -> None:
    from conftest import MENUS

    text = "\n".join([page_title, "", *MENUS[lang], "", heading, "", "Error 404", "",
                      sentence, ""]) + "\n"
    a = clean(text)
    assert a.title == heading
    r = _at(a, heading)
    assert (r.label, r.pass_name) == (Label.TITLE, "metadata")


@pytest.mark.parametrize(("lang", "section", "teaser", "byline"), [
    ("en", "Politics", "Inside the three weeks that remade the farm bill",
     "By Lucia Brandt and Aaron Feld"),
    ("es", "Deportes", "El Almenara CF remonta en el descuento y sigue líder",
     "Por Lucía García"),
])
def test_section_page_heading_is_the_title(lang: str, section: str, teaser: str,
                                           byline: str) -> None:
    from conftest import MENUS, PROSE

    text = "\n".join([f"{section} | The Daily Compass", *MENUS[lang], section, "Congress",
                      "States", "Analysis", "", section, "", teaser, byline, "",
                      PROSE[lang][0], "", PROSE[lang][1], ""]) + "\n"
    a = clean(text)
    assert a.title == section
    r = a.lines[next(i for i in range(len(a.lines) - 1, -1, -1)
                     if a.lines[i].text == section)]
    assert (r.label, r.pass_name) == (Label.TITLE, "metadata")
    assert _at(a, teaser).label is not Label.TITLE


_SECTION_FRONTS = {
    "en": ("Politics", "More politics", ["Congress", "States", "Analysis"],
           ["Inside the three weeks that remade the farm bill",
            "Governor signs the school funding formula after a long night",
            "Senate panel delays the vote on the harbour bridge budget",
            "Council members trade blame over the missed housing target",
            "Turnout in the mayoral primary was the lowest in two decades"],
           ["By Lucia Brandt", "By Aaron Feld", "By Staff"],
           ["September 15, 2025", "September 14, 2025", "September 13, 2025"],
           "Load more stories"),
    "es": ("Deportes", "Más deportes", ["Fútbol", "Baloncesto", "Motor"],
           ["El Almenara CF remonta en el descuento y duerme líder",
            "El club de baloncesto presenta a su plantilla ante dos mil aficionados",
            "Un piloto local, tercero en el rally de la sierra",
            "La federación sanciona con tres partidos al entrenador visitante",
            "La carrera popular de las fiestas reúne a mil corredores pese al calor"],
           ["Por Óscar Llorens", "Por Marta Vives", "Por Redacción"],
           ["15 de septiembre de 2025", "14 de septiembre de 2025",
            "13 de septiembre de 2025"],
           "Cargar más noticias"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_section_heading_wins_over_a_kicker_sharing_its_word(lang: str) -> None:
    """A section front: teaser kickers repeat the sub-menu under the heading, and the
    last one ("Más deportes") shares a word with the page <title>; the line that
    prints the name itself is the title."""
    from conftest import MENUS

    section, more, kickers, heads, bylines, dates, load = _SECTION_FRONTS[lang]
    out = [f"{section} | News and results - The Daily Compass", "", *MENUS[lang], "",
           section, "", *kickers, more, ""]
    for j, head in enumerate(heads):
        kicker = more if j == len(heads) - 1 else kickers[j % len(kickers)]
        out += [kicker, head, bylines[j % len(bylines)], dates[j % len(dates)], ""]
    a = clean("\n".join([*out, load, ""]) + "\n")
    assert a.title == section
    assert all(r.label is not Label.TITLE for r in a.lines if r.text == more)


@pytest.mark.parametrize(("lang", "row", "date"), [
    ("de", "Hersteller: Nordlicht Software", "16.09.2025, 14:05 Uhr"),
    ("en", "Publisher: Harbour Lane Books", "16 September 2025, 2.05pm"),
])
def test_a_key_value_row_beside_the_date_holds_no_names(lang: str, row: str,
                                                        date: str) -> None:
    a = clean(_page(lang, [row, date]))
    assert a.authors == ()
    assert _at(a, row).label is not Label.BYLINE
