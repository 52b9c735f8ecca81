"""``metadata``: title, subtitle, authors, date and section of the article."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label
from newsclean.passes.metadata import strip_site


def test_headline_is_title_in_every_language_and_style(page, line, lang: str,
                                                       style: str) -> None:
    from conftest import HEADLINES

    a = clean(page(lang, style))
    assert a.title == HEADLINES[lang]
    heads = [r for r in a.lines if HEADLINES[lang] in r.text]
    assert heads
    for r in heads:
        assert (r.label, r.pass_name) == (Label.TITLE, "metadata"), (r.text, r.evidence)


def test_innertext_page_title_and_headline_are_both_title(page) -> None:
    from conftest import HEADLINES

    a = clean(page("en", "innertext"))
    evid = [r.evidence for r in a.lines if r.label is Label.TITLE]
    assert evid == ["page title, same words as headline", "headline above the article"]
    assert a.title == HEADLINES["en"]  # the site suffix is cut


@pytest.mark.parametrize("dek", [
    "A months-long fight over the budget ends in a vote",
    "A months-long fight over the budget ends with a vote to keep the doors open.",
])
def test_subtitle_under_the_headline(dek: str) -> None:
    from conftest import PROSE

    text = ("Council votes to keep the riverside library open\n" + dek + "\n\nBy Jane Doe\n\n"
            + "\n\n".join(PROSE["en"]) + "\n")
    a = clean(text)
    r = [x for x in a.lines if x.text == dek][0]
    assert (r.label, r.pass_name) == (Label.SUBTITLE, "metadata")
    assert a.subtitle == dek
    assert dek not in a.paragraphs


def test_title_without_byline_is_found_above_the_first_paragraph(page) -> None:
    from conftest import HEADLINES

    a = clean(page("en", byline=False))
    assert a.title == HEADLINES["en"]
    assert a.authors == ()


def test_no_metadata_on_bare_prose() -> None:
    from conftest import PROSE

    a = clean("\n\n".join(PROSE["en"]) + "\n")
    assert (a.title, a.authors, a.published, a.section) == (None, (), None, None)


@pytest.mark.parametrize(
    ("raw", "cut"),
    [
        ("Disney+ glitches blamed on demand - Los Angeles Times",
         "Disney+ glitches blamed on demand"),
        ("Council keeps library open | Local | Riverside Herald", "Council keeps library open"),
        ("A headline with no site", "A headline with no site"),
    ],
)
def test_strip_site(raw: str, cut: str) -> None:
    assert strip_site(raw) == cut


def test_first_menu_item_is_not_the_title(page) -> None:
    from conftest import HEADLINES

    a = clean(page("en", "wet", menu=["World news", "Business", "Sport", "Culture"]))
    assert a.title == HEADLINES["en"]


@pytest.mark.parametrize(
    "lang",
    ["en", "it", "nl", "de", "fr", "es", "pt", "pl"],
)
def test_language_of_the_page(page, lang: str) -> None:
    assert clean(page(lang)).language == lang


@pytest.mark.parametrize(("lang", "head"), [("de", "Über Moritz Brandt"),
                                            ("pt", "Sobre Carla Nunes")])
def test_author_box_without_a_byline_leaves_the_article(page, line, lang: str,
                                                        head: str) -> None:
    bio = {"de": "Als Redakteur berichtet Moritz Brandt seit 2019 über die Stadt und ihre "
                 "Verwaltung.",
           "pt": "Jornalista há vinte anos, Carla Nunes escreve sobre a cidade e a sua "
                 "administração."}[lang]
    a = clean(page(lang, byline=False, before_footer=[head, bio]))
    for t in (head, bio):
        r = line(a, t[:20])
        assert (r.label, r.pass_name) == (Label.BYLINE, "metadata")
        assert r.evidence.startswith("author box")
    assert bio not in a.paragraphs


def test_about_a_company_is_no_author_box(page, line) -> None:
    a = clean(page(byline=False, before_footer=[
        "About riverside8", "riverside8 builds software for libraries and their readers."]))
    assert line(a, "About riverside8").pass_name != "metadata"


@pytest.mark.parametrize(
    ("lang", "bio"),
    [
        ("en", "Jane Doe covers the city council and its budget for the Herald. She lives in "
               "Riverside."),
        ("de", "Anna Schmidt schreibt als freie Autorin über Landwirtschaft und ländliche Räume."),
        ("de", "Über die Autorin: Anna Schmidt ist Redakteurin und lebt seit 2015 am Fluss."),
        ("en", "About the author: Jane Doe is a reporter who has covered the council since "
               "2015."),
        # A dash between the name and the role (Slavic-language papers write bios so).
        ("pl", "Anna Nowak – dziennikarka działu miejskiego, pisze o transporcie i zieleni."),
        ("en", "Jane Doe — reporter at the Herald since 2015, covering the council."),
    ],
)
def test_author_bio_after_the_article_is_byline(page, line, lang: str, bio: str) -> None:
    a = clean(page(lang, before_footer=[bio]))
    r = line(a, bio[:20])
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata"), r.evidence
    assert r.evidence.startswith("author bio of")


@pytest.mark.parametrize(("lang", "name", "bio"), [
    ("en", "Jane Doe", "Jane Doe is a reporter for the Herald who covers the city council."),
    ("de", "Anna Schmidt", "Anna Schmidt ist Redakteurin und lebt seit 2015 am Fluss."),
])
def test_name_over_the_author_bio_is_byline(page, line, lang: str, name: str,
                                            bio: str) -> None:
    a = clean(page(lang, before_footer=[name, bio]))
    r = line(a, bio[:20])
    assert r.evidence.startswith("author bio of")
    named = [x for x in a.lines if x.text == name]
    assert [(x.label, x.evidence) for x in named] == [(Label.BYLINE,
                                                       "author's name over the bio")]


# --- an author bio closing an article that no byline names ---

@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Owen Marchetti is the co-founder of Lanternfield, a studio that builds "
            "tools for small newsrooms, and writes about software on weekends."]),
    ("en", ["Priya Halvorsen", "Priya is a freelance writer who has covered rivers and "
            "their floods for ten years."]),
    ("de", ["Henrike Wallmoden ist Redakteurin im Ressort Stadtleben und schreibt über "
            "Verkehr, Wohnen und Kultur."]),
    ("fr", ["Bastien Lemarchal", "Bastien est journaliste indépendant et couvre la vie "
            "municipale depuis 2018."]),
])
def test_unsigned_author_bio_closing_the_article_is_byline(page, line, lang: str,
                                                           lines: list[str]) -> None:
    a = clean(page(lang, byline=False, before_footer=lines))
    r = line(a, lines[-1][:20])
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata"), r.evidence
    assert r.evidence.startswith("author bio closing the article")
    if len(lines) == 2:
        named = [x for x in a.lines if x.text == lines[0]]
        assert [(x.label, x.evidence) for x in named] == [(Label.BYLINE,
                                                           "author's name over the bio")]
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize(("lang", "before", "last"), [
    # the story speaks of the person before: its last paragraph is about them
    ("en", "Owen Marchetti, who runs the ferry, said the timetable will change in spring "
           "and that fares stay frozen.",
     "Owen Marchetti is the founder of the ferry company and has run it since 2004."),
    ("de", "Die Stadträtin Henrike Wallmoden kündigte an, den Antrag im Herbst erneut "
           "einzubringen, wie sie am Montag sagte.",
     "Henrike Wallmoden ist Gründerin der Bürgerinitiative, die den Antrag gestellt hat."),
    # a first name alone opens no bio without a name heading above
    ("en", "The committee met again on Thursday evening and discussed the budget for the "
           "harbour at some length.",
     "Sunday is the founder of a new tradition here, as the market opens at nine."),
])
def test_a_closing_paragraph_about_a_person_of_the_story_is_body(page, line, lang: str,
                                                                 before: str,
                                                                 last: str) -> None:
    a = clean(page(lang, byline=False, before_footer=[before, last]))
    assert line(a, last[:20]).label is Label.BODY


def test_a_closing_paragraph_about_someone_else_is_body(page, line) -> None:
    s = "Mary Grant covers the costs of the reading club herself, she said on Monday."
    a = clean(page("en", before_footer=[s]))
    assert line(a, "Mary Grant").label is Label.BODY


_LONG_HEAD = {
    "en": ("Riverside council and county library service agree joint plan to keep the "
           "reading rooms open on Sundays", "March 3, 2025"),
    "de": ("Stadtrat und Kreisbibliothek einigen sich auf gemeinsamen Plan für längere "
           "Öffnungszeiten der Lesesäle am Sonntag", "3. März 2025"),
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_long_headline_read_as_prose_is_found_under_a_menu(prose, lang: str) -> None:
    # No byline; the headline is long and unpunctuated, so region counts it as prose and
    # the article starts there; the date under it anchors the headline, not the menu.
    head, date = _LONG_HEAD[lang]
    text = "\n".join(["  □ Contact", "  □ Phone +41 41 544 78 00", "  □ Fax +41 41 761 97 25", "",
                      "Home News Business News " + head, "", head, "", date, "",
                      *[x for p in prose[lang][:4] for x in (p, "")]])
    a = clean(text)
    assert a.title == head
    trail = [r for r in a.lines if r.text.startswith("Home News")][0]
    assert (trail.label, trail.evidence) == (Label.BREADCRUMB, "trail run into the headline")
    assert list(a.paragraphs) == list(prose[lang][:4])


_LEAD_PAGES = {
    "en": ("Ferry service to the island resumes after the storm",
           "The harbour reopened on Tuesday morning after three days of repairs.",
           "Crews cleared the pier over the weekend, and the first boat left at seven.",
           "By Tom Reed\n\nMay 4, 2021",
           ("Facebook", "Twitter", "WhatsApp", "Email", "Print", "Share"),
           ("The harbour master said the damage to the landing stage had been smaller than feared, "
            "and that repairs to the second berth would take another two weeks.",
            "Islanders had relied on a small fishing boat for supplies while the ferry was out of "
            "service, and the school had moved its lessons online for the week.",
            "The operator plans to add an evening crossing during the summer months if the number "
            "of visitors keeps rising as it did last year.")),
    "de": ("Die Fähre zur Insel fährt wieder",
           "Der Hafen ist seit Dienstag wieder für alle Schiffe offen.",
           "Die Mannschaften haben das ganze Wochenende am Anleger gearbeitet, und das erste Schiff "
           "legte um sieben Uhr mit vierzig Fahrgästen ab.",
           "Von Tom Reed\n\n4. Mai 2021",
           ("Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Teilen"),
           ("Der Hafenmeister sagte, die Schäden am Anleger seien kleiner als befürchtet, und die "
            "Reparatur des zweiten Liegeplatzes dauere noch zwei Wochen.",
            "Die Inselbewohner hatten sich mit einem kleinen Fischerboot versorgt, solange die "
            "Fähre ausfiel, und die Schule hatte den Unterricht für eine Woche ins Netz verlegt.",
            "Der Betreiber will im Sommer eine Abendfahrt anbieten, wenn die Zahl der Besucher "
            "weiter so steigt wie im vergangenen Jahr.")),
}


@pytest.mark.parametrize("lang", sorted(_LEAD_PAGES))
def test_lead_paragraph_above_the_byline_block_is_body(lang: str) -> None:
    head, dek, lead, byline, share, body = _LEAD_PAGES[lang]
    text = (f"{head}\n{dek}\n\n{lead}\n\n{byline}\n\n" + "\n".join(f"• {s}" for s in share)
            + "\n\n" + "\n\n".join(body) + "\n")
    a = clean(text)
    r = next(x for x in a.lines if x.text == lead)
    assert (r.label, r.pass_name) == (Label.BODY, "metadata"), r.evidence
    assert a.paragraphs[0] == lead
    assert a.subtitle == dek


def test_call_to_action_under_the_headline_is_no_lead() -> None:
    head, dek, _, byline, share, body = _LEAD_PAGES["en"]
    call = "The best stories from the island, every single morning. Subscribe now."
    text = (f"{head}\n{dek}\n\n{call}\n\n{byline}\n\n" + "\n".join(f"• {s}" for s in share)
            + "\n\n" + "\n\n".join(body) + "\n")
    a = clean(text)
    r = next(x for x in a.lines if x.text == call)
    assert not r.kept, r.evidence


def test_line_over_a_short_leftover_under_the_headline_is_no_lead() -> None:
    # a photo caption over its credit, neither of them recognised as such
    head, dek, _, byline, share, body = _LEAD_PAGES["en"]
    caption = "The first boat of the morning leaves the repaired pier with forty passengers."
    text = (f"{head}\n{dek}\n\n{caption}\nHarbour Press Archive\n\n{byline}\n\n"
            + "\n".join(f"• {s}" for s in share) + "\n\n" + "\n\n".join(body) + "\n")
    a = clean(text)
    assert not next(x for x in a.lines if x.text == caption).kept
