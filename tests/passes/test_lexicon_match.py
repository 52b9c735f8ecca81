"""``lexicon_match``: whole-line, prefix and contains phrases of the lexicon."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclean import Config, clean
from newsclean.model import Label

# (language, line, label): phrases as sites print them, one per language.
PHRASES = [
    ("en", "Share on Facebook", Label.SHARE),
    ("en", "  • Share on Facebook (12)", Label.SHARE),
    ("en", "Advertisement", Label.AD),
    ("en", "Sign up for our newsletter", Label.NEWSLETTER),
    ("en", "Privacy Policy", Label.FOOTER),
    ("en", "Skip to main content", Label.NAV),
    ("de", "Artikel teilen", Label.SHARE),
    ("de", "Anzeige", Label.AD),
    ("de", "Impressum", Label.FOOTER),
    ("fr", "Partager sur Facebook", Label.SHARE),
    ("fr", "Lire aussi", Label.RELATED),
    ("fr", "Mentions légales", Label.FOOTER),
    ("es", "Compartir en Facebook", Label.SHARE),
    ("es", "Anuncio", Label.AD),
    ("es", "Aviso legal", Label.FOOTER),
    ("it", "Condividi su Facebook", Label.SHARE),
    ("it", "Leggi anche", Label.RELATED),
    ("it", "Annuncio", Label.AD),
    ("pt", "Compartilhar no Facebook", Label.SHARE),
    ("pt", "Leia também", Label.RELATED),
    ("pt", "Anúncio", Label.AD),
]


@pytest.mark.parametrize(("lang", "phrase", "label"), PHRASES)
def test_phrase_between_paragraphs(page, line, lang: str, phrase: str, label: Label) -> None:
    a = clean(page(lang, insert=[phrase]))
    r = line(a, phrase)
    assert (r.label, r.pass_name) == (label, "lexicon_match"), r.evidence
    assert r.evidence.startswith(("exact", "prefix", "contains"))
    if label not in (Label.RELATED, Label.TRENDING, Label.COMMENTS):  # list headings end it
        assert len(a.paragraphs) == 4


@pytest.mark.parametrize(
    ("lang", "banner"),
    [
        ("en", "This website uses cookies to improve your experience. Accept Read More"),
        ("de", "Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten."),
        ("en", "This website uses cookies to improve your experience on our site."),
        ("fr", "Ce site utilise des cookies pour améliorer votre expérience."),
        ("es", "Este sitio web utiliza cookies para mejorar su experiencia de usuario."),
        ("pt", "Este site usa cookies para melhorar a sua experiência de navegação."),
        ("it", "Per migliorare la navigazione il sito utilizza i cookie di terze parti."),
    ],
)
def test_cookie_banner_sentence_is_cookie(page, line, lang: str, banner: str) -> None:
    a = clean(page(lang, before_footer=[banner]))
    assert (line(a, banner).label, line(a, banner).pass_name) == (Label.COOKIE, "lexicon_match")


@pytest.mark.parametrize(
    ("lang", "consent"),
    [
        ("de", "Mit dem Klick akzeptieren Sie unsere Datenschutzbestimmungen. Abmeldung jederzeit möglich."),
        ("en", "By clicking the button you accept our privacy policy and our terms."),
        ("nl", "Met je aanmelding ga je akkoord met ons privacybeleid. Afmelden kan op elk moment."),
        ("fr", "En cliquant, vous acceptez notre politique de confidentialité."),
        ("es", "Al pulsar el botón aceptas nuestra política de privacidad."),
    ],
)
def test_newsletter_consent_sentence_is_newsletter(page, line, lang: str, consent: str) -> None:
    # The consent line under a newsletter box's button reads as prose (ten words and
    # more); it is the box's, whatever its length.
    a = clean(page(lang, insert=["Newsletter", consent]))
    r = line(a, consent)
    assert (r.label, r.pass_name) == (Label.NEWSLETTER, "lexicon_match"), r.evidence
    assert r.evidence.startswith("contains")


def test_evidence_names_the_phrase_kind_and_language() -> None:
    r = clean("Share on Facebook\n").lines[0]
    assert r.evidence == "exact 'Share on Facebook' (en)"


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_list_heading_ends_the_article(page, line, lang: str) -> None:
    # a "Related"/"Comments" heading is a barrier: prose below it is not the article
    phrase = {"en": "Leave a Reply", "de": "Mehr zum Thema", "fr": "Lire aussi"}[lang]
    a = clean(page(lang, paragraphs=4, before_footer=[phrase]))
    assert (line(a, phrase).label.value, line(a, phrase).pass_name) == (
        {"en": "comments", "de": "related", "fr": "related"}[lang], "lexicon_match")
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize("lang,note", [
    ("en", "This entry was posted in Gardening, Weekend. Bookmark the permalink."),
    ("de", "Dieser Eintrag wurde in Garten veröffentlicht. Lesezeichen auf den Permalink."),
    ("fr", "Ce contenu a été publié dans Jardin. Vous pouvez le mettre en favoris avec ce "
           "permalien."),
])
def test_blog_template_note_below_the_post_is_removed(page, line, lang: str, note: str) -> None:
    a = clean(page(lang, paragraphs=4, before_footer=[note]))
    r = line(a, note[:20])
    assert (r.label, r.pass_name) == (Label.OTHER, "lexicon_match"), r.evidence
    assert len(a.paragraphs) == 4


def test_colon_prefix_matches_a_teaser() -> None:
    r = clean("Read more: Council approves budget\n").lines[0]
    assert (r.label, r.pass_name) == (Label.RELATED, "lexicon_match")


def test_prefix_threshold_max_prefix_words(page, line) -> None:
    # "Read more" is a prefix phrase; the line has 6 words and no sentence end.
    teaser = "Read More council budget library roof"
    base = Config()
    a = clean(page(insert=[teaser]), config=replace(base, lexicon=replace(base.lexicon,
                                                                            max_prefix_words=6)))
    assert (line(a, teaser).label, line(a, teaser).pass_name) == (Label.RELATED, "lexicon_match")
    b = clean(page(insert=[teaser]), config=replace(base, lexicon=replace(base.lexicon,
                                                                            max_prefix_words=5)))
    assert line(b, teaser).pass_name != "lexicon_match"


# Negative cases: prose that starts or contains like boilerplate stays body.
NEGATIVE = [
    "Related: the council also voted to extend the opening hours of the library on weekends, "
    "a decision welcomed by parents.",
    "Share prices of the two local banks fell sharply after the council published its budget "
    "for the coming year.",
    "\"I shared it on Facebook and within an hour hundreds of people had signed,\" said one "
    "resident, who started the petition last spring.",
    "Her grandmother baked cookies for the volunteers every Saturday, and the smell of butter "
    "filled the reading room for hours.",
    "By the time the council met, most residents had already left the hall and gone home "
    "for dinner.",
    "Read more carefully, the report shows that the library costs less than the parking garage "
    "next door.",
    "Subscribe? Few residents would, said the mayor, who doubts a paid membership could ever "
    "cover the costs.",
]


@pytest.mark.parametrize("sentence", NEGATIVE, ids=lambda s: s[:24])
def test_prose_that_looks_like_boilerplate_is_body(page, line, sentence: str) -> None:
    a = clean(page(insert=[sentence]))
    r = line(a, sentence[:30])
    assert (r.label, r.pass_name) == (Label.BODY, "region"), (r.label, r.pass_name, r.evidence)
    assert " ".join(sentence.split()) in a.paragraphs


def test_disabled_lexicon_match_leaves_the_phrase_to_others(page, line) -> None:
    a = clean(page(insert=["Advertisement"]),
              config=Config(disabled=frozenset({"lexicon_match"})))
    assert line(a, "Advertisement").pass_name != "lexicon_match"


@pytest.mark.parametrize("notice", [
    "*These statements have not been evaluated by the Food and Drug Administration. "
    "This product is not intended to diagnose, treat, cure or prevent any disease.",
    "Unless noted otherwise, this work is licensed under a Creative Commons Attribution 4.0 "
    "International License.",
])
def test_legal_notices_under_the_article_are_footer(page, line, notice: str) -> None:
    a = clean(page(before_footer=[notice]))
    r = line(a, notice[:30])
    assert (r.label, r.pass_name) == (Label.FOOTER, "lexicon_match")
    assert r.evidence.startswith("contains ")


def test_inline_see_also_teaser_is_related(page, line) -> None:
    teaser = ("Mirá también: Las empresas de transporte piden un fondo provincial para "
              "sostener el servicio nocturno")
    a = clean(page("es", "w3m", insert=[teaser]))
    r = line(a, "Mirá también")
    assert (r.label, r.pass_name) == (Label.RELATED, "lexicon_match")


@pytest.mark.parametrize(("lang", "heading"), [("en", "Just use your phone"),
                                               ("en", "From the archive to the street")])
def test_a_subheading_starting_like_a_price_offer_is_kept(page, line, lang, heading) -> None:
    # "Just $" and "From $" lost their "$" to key normalisation and matched any short
    # line starting with "Just" or "From"; they are gone from the lexicon.
    a = clean(page(lang, "w3m", insert=[heading]))
    r = line(a, heading)
    assert (r.label, r.pass_name) == (Label.HEADING, "region"), r.evidence


@pytest.mark.parametrize(("lang", "head", "teaser"), [
    ("es", "Mirá también:", "Cómo tramitar el medio boleto estudiantil: requisitos y plazos"),
    ("es", "Lee también:", "Cómo tramitar el abono de transporte: requisitos y plazos"),
])
def test_read_also_teaser_inside_the_article_is_related(page, line, lang, head, teaser) -> None:
    a = clean(page(lang, "w3m", insert=[head, teaser]))
    assert line(a, teaser).label is Label.RELATED
    assert line(a, head).label is Label.RELATED


# A blog's meta widget in the sidebar (a feed link for posts and one for comments)
# printed above the post: the comments feed link is no comments heading.
@pytest.mark.parametrize(("lang", "widget"), [
    ("en", ["• Log in", "• Entries feed", "• Comments feed", "• WordPress.org"]),
    ("de", ["• Anmelden", "• Feed der Einträge", "• Kommentare-Feed", "• WordPress.org"]),
    ("fr", ["• Connexion", "• Flux des publications", "• Flux des commentaires",
            "• Site de WordPress"]),
    ("es", ["• Acceder", "• Feed de entradas", "• Feed de comentarios", "• WordPress.org"]),
])
def test_feed_links_of_a_meta_widget_above_the_post_do_not_open_comments(
        page, line, lang: str, widget: list[str]) -> None:
    a = clean(page(lang, menu=widget, title=False, byline=False))
    r = line(a, widget[2][2:])
    assert r.label is Label.SHARE, r.evidence
    assert len(a.paragraphs) == 4


# --- a "read also" pointer whose headline makes the line long or sentence-like ---

@pytest.mark.parametrize(("lang", "pointer"), [
    ("fr", "À lire aussi » Jardinage : quelles plantes choisir pour un balcon exposé au nord "
           "et comment les arroser en été ?"),
    ("de", "Lesen Sie auch: Warum der Stadtrat die Brücke über den Fluss nun doch bis zum "
           "Herbst sanieren lassen will"),
    ("pl", "Dowiedz się więcej: Kto jak głosował w sprawie mostu? Jeden z radnych wyłamał się "
           "z klubu"),
    ("en", "Read also: Why the council approves the bridge repairs after all, and what it "
           "means for the town's budget"),
])
def test_long_read_also_pointer_inside_the_article_is_related(page, line, lang: str,
                                                             pointer: str) -> None:
    a = clean(page(lang, insert=[pointer]))
    r = line(a, pointer[:15])
    assert (r.label, r.pass_name) == (Label.RELATED, "lexicon_match"), r.evidence
    assert "pointer to another story" in r.evidence
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize(("lang", "text"), [
    # no mark after the phrase: a sentence of the story
    ("en", "Read also the council's report, which says the bridge repairs will cost more than "
           "planned and take two more years."),
    # after the mark a sentence ending in a full stop, no headline
    ("de", "Mehr zum Thema: Die Stadt hat für die Ladenbesitzer eine Sprechstunde eingerichtet, "
           "die jeden Donnerstag im Rathaus stattfindet."),
    # a one-word phrase may open a sentence
    ("en", "Related: the council also voted to raise the fees for the car park next to the "
           "station."),
])
def test_sentences_opening_like_a_pointer_stay_body(page, line, lang: str, text: str) -> None:
    a = clean(page(lang, insert=[text]))
    assert line(a, text[:15]).label is Label.BODY


# --- a link to the previous or next story: the phrase, then that story's headline ---

@pytest.mark.parametrize(("lang", "links"), [
    ("en", ["Previous articleHARBOUR WATCH: Ferry timetable changes again, fares stay frozen",
            "Next article Council names new head of the fire brigade"]),
    ("fr", ["Article précédent Marché de Noël : les chalets reviennent sur la place du village",
            "Article suivant Après deux ans de travaux, la médiathèque rouvre ses portes au "
            "public avec des horaires élargis"]),
    ("de", ["Vorheriger ArtikelStadtwerke erhöhen die Preise für Fernwärme",
            "Nächster Artikel „Wir brauchen mehr Platz“ – Kita-Eltern sammeln Unterschriften"]),
])
def test_previous_and_next_story_links_are_nav(page, line, lang: str, links: list[str]) -> None:
    a = clean(page(lang, insert=links))
    for link in links:
        r = line(a, link[:20])
        assert (r.label, r.pass_name) == (Label.NAV, "lexicon_match"), r.evidence
        assert "link to another story" in r.evidence
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize(("lang", "text"), [
    # the phrase runs on in lower case: a sentence of the story
    ("en", "Next post office to close will be the one on Mill Lane, the operator said"),
    # a headline-like line ending with a full stop is a sentence
    ("fr", "Article suivant la loi votée en mars, les communes devront publier leurs comptes "
           "chaque année."),
])
def test_sentences_opening_like_a_previous_next_link_stay_body(page, line, lang: str,
                                                               text: str) -> None:
    a = clean(page(lang, insert=[text]))
    assert line(a, text[:15]).pass_name != "lexicon_match"
