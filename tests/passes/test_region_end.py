"""``region``: where the article ends (lines cut off below the heaviest run)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.config import RegionConfig
from newsclean.lines import measure_lines
from newsclean.passes.region import Region

# A recipe whose method (numbered steps, "1." over each paragraph) stands below the
# intro, a button box and an ingredient list, with a partner promo further down that
# weighs about as much as the steps.
_STEP_PAGES: dict[str, dict[str, object]] = {
    "en": dict(
        menu=["Home", "Recipes", "Soups", "Magazine", "Contact"],
        head="Green pea soup with mint",
        intro=["This bright soup is ready in twenty minutes and tastes of early summer, even "
               "when you make it with frozen peas from the freezer in the middle of winter.",
               "Fresh mint lifts the sweetness of the peas, and a spoon of yoghurt on top "
               "makes it creamy without any cream at all, so the soup stays light enough "
               "for a warm evening on the terrace with friends.",
               "We like to serve it with a slice of toasted country bread and a few shavings "
               "of hard cheese, but it is just as good cold from the fridge on the next day, "
               "when the flavours have had time to settle."],
        box=["Print recipe", "Save", "Shopping list", "Share", "Rate", "Servings", "4", "Time",
             "20 min", "Level", "easy", "Ingredients", "Peas", "Mint", "Onion", "Stock"],
        method="Method",
        steps=["Melt the butter in a large pot and soften the chopped onion in it for five "
               "minutes over a low heat.",
               "Add the peas and the hot stock, bring it to the boil and let it simmer gently "
               "for ten more minutes.",
               "Stir in the mint leaves, blend the soup until smooth and season it with salt "
               "and a little lemon juice."],
        similar=["Similar recipes", "Carrot soup", "Leek soup", "Tomato soup", "Bean soup",
                 "Corn soup", "Pumpkin soup", "Onion soup", "Lentil soup", "Potato soup",
                 "Fish soup", "Chicken soup", "Noodle soup", "Cabbage soup", "Beet soup",
                 "Garlic soup"],
        promo=["Our partner",
               "A strong partnership: the organic grocer and our kitchen team share what they "
               "know about good food and healthy eating with you every week, with new ideas "
               "for the table and tips for the garden and the kitchen.",
               "New blog",
               "Read the stories of farmers, bakers and cooks from the region who show how "
               "they work with the seasons and what they cook at home in our brand new blog, "
               "which we update every single week."],
        footer="© 2024 Soup Kitchen. All rights reserved."),
    "de": dict(
        menu=["Startseite", "Rezepte", "Suppen", "Magazin", "Kontakt"],
        head="Grüne Erbsensuppe mit Minze",
        intro=["Diese frische Suppe ist in zwanzig Minuten fertig und schmeckt nach frühem "
               "Sommer, selbst wenn man sie mitten im Winter mit tiefgekühlten Erbsen aus dem "
               "Gefrierfach kocht.",
               "Frische Minze hebt die Süße der Erbsen, und ein Löffel Joghurt obendrauf macht "
               "sie cremig ganz ohne Sahne, sodass die Suppe leicht genug für einen warmen "
               "Abend auf der Terrasse mit Freunden bleibt.",
               "Wir servieren sie gern mit einer Scheibe geröstetem Landbrot und ein paar "
               "Spänen Hartkäse, aber sie schmeckt am nächsten Tag auch kalt aus dem "
               "Kühlschrank, wenn die Aromen Zeit hatten, sich zu setzen."],
        box=["Rezept drucken", "Merken", "Einkaufsliste", "Teilen", "Bewerten", "Portionen",
             "4", "Zeit", "20 Min.", "Niveau", "leicht", "Zutaten", "Erbsen", "Minze",
             "Zwiebel", "Brühe"],
        method="Zubereitung",
        steps=["Die Butter in einem großen Topf schmelzen und die gehackte Zwiebel darin fünf "
               "Minuten bei kleiner Hitze glasig andünsten, ohne dass sie Farbe nimmt.",
               "Die Erbsen und die heiße Brühe dazugeben, alles aufkochen und noch zehn "
               "Minuten sanft köcheln lassen, bis die Erbsen weich sind.",
               "Die Minzblätter unterrühren, die Suppe fein pürieren und mit Salz und etwas "
               "Zitronensaft abschmecken, bevor sie heiß auf den Tisch kommt."],
        similar=["Ähnliche Rezepte", "Karottensuppe", "Lauchsuppe", "Tomatensuppe",
                 "Bohnensuppe", "Maissuppe", "Kürbissuppe", "Zwiebelsuppe", "Linsensuppe",
                 "Kartoffelsuppe", "Fischsuppe", "Hühnersuppe", "Nudelsuppe", "Kohlsuppe",
                 "Rote-Bete-Suppe", "Knoblauchsuppe"],
        promo=["Unser Partner",
               "Eine starke Partnerschaft: Der Biomarkt und unser Küchenteam teilen jede Woche "
               "mit Ihnen, was sie über gutes Essen und gesunde Ernährung wissen, mit neuen "
               "Ideen für den Tisch und Tipps für Garten und Küche.",
               "Neuer Blog",
               "Lesen Sie die Geschichten von Bauern, Bäckern und Köchen aus der Region, die "
               "zeigen, wie sie mit den Jahreszeiten arbeiten und was sie zu Hause kochen, in "
               "unserem neuen Blog, den wir jede Woche ergänzen."],
        footer="© 2024 Suppenküche. Alle Rechte vorbehalten."),
}


def _step_page(lang: str) -> str:
    d = _STEP_PAGES[lang]
    steps = [part for n, step in enumerate(d["steps"], 1) for part in (f"{n}.", step)]
    return "\n\n".join(["\n".join(d["menu"]), str(d["head"]), *d["intro"], "\n".join(d["box"]),
                        str(d["method"]), *steps, "\n".join(d["similar"]), *d["promo"],
                        str(d["footer"])])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_numbered_steps_below_the_article_outweigh_a_promo(line, lang: str) -> None:
    # Each step's number on a line of its own ("2.") weighs nothing between the steps'
    # paragraphs: the method joins the article as its second block, the partner promo
    # (a little lighter than the steps) stays out.
    d = _STEP_PAGES[lang]
    a = clean(_step_page(lang))
    for step in d["steps"]:
        r = line(a, step[:30])
        assert r.kept and r.evidence.endswith("in a second block of the article")
    for promo in d["promo"][1::2]:
        assert not line(a, promo[:30]).kept
    assert list(a.paragraphs)[:3] == d["intro"]


def test_step_number_weighs_nothing_but_a_listed_number_is_a_short_line() -> None:
    # "2." alone between paragraphs is a step's number; "1. 1." (a list marker before
    # the number, as a numbered reference list prints) stays a short line.
    cfg = RegionConfig()
    region = Region(cfg)
    step, listed, label = measure_lines(["2.", "1. 1.", "Mehr"])
    assert region.weight(step, None, 0.0) == 0.0
    assert region.weight(listed, None, 0.0) < 0.0
    assert region.weight(label, None, 0.0) == -cfg.short_penalty


# A story that closes on an embedded post: its text, then its signature (handle in
# brackets, date), then the site's related box and footer.
_POST_END: dict[str, tuple[str, str]] = {
    "en": ("""Home
News
Sport
Weather

Students keep the library open through the night

The students of the northern campus have kept the main library open for a third night in a row, taking turns at the front desk so that nobody has to study in a cold flat.
The university says it understands the protest but asks the students to leave the reading rooms clean and to let the cleaning staff in every morning at six.
Despite the university's appeals, the library occupation goes on, as the student union wrote on Sunday evening:

Night three at the library: coffee is ready, the heating is on and the doors stay open for everyone.

— North Campus Student Union (@northcampus_su) February 9, 2024

Related articles
Canteen prices rise again
New bus line to the campus
© 2024 Campus Daily
""", "— North Campus Student Union (@northcampus_su) February 9, 2024"),
    "fr": ("""Accueil
Actualités
Sport
Météo

Les étudiants gardent la bibliothèque ouverte toute la nuit

Les étudiants du campus nord gardent la bibliothèque centrale ouverte pour la troisième nuit de suite, en se relayant à l'accueil pour que personne ne doive réviser dans un appartement froid.
L'université dit comprendre le mouvement mais demande aux étudiants de laisser les salles propres et de laisser entrer le personnel de ménage chaque matin à six heures.
Malgré les appels de l'université, l'occupation continue, comme l'a écrit dimanche soir le syndicat étudiant :

Troisième nuit à la bibliothèque : le café est prêt, le chauffage marche et les portes restent ouvertes à tous.

— Syndicat étudiant du campus nord (@campusnord_se) 9 février 2024

Articles liés
Les prix de la cantine augmentent encore
Une nouvelle ligne de bus vers le campus
© 2024 Le Quotidien du Campus
""", "— Syndicat étudiant du campus nord (@campusnord_se) 9 février 2024"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_embedded_post_signature_closes_the_article(line, lang: str) -> None:
    # The signature under the post that ends the story weighs as a date line, which
    # below the article's start counts as a teaser's: the bridge takes it as the
    # story's own last line, like a credit note in brackets. The related box stays out.
    text, signature = _POST_END[lang]
    a = clean(text)
    r = line(a, signature[2:])
    assert r.kept and r.label.value == "body"
    assert not line(a, text.splitlines()[-3]).kept


# A book review closing on the book's details (author, title, then the publisher's
# line with an ISBN), and a book excerpt closing on its source note ("Aus: ...",
# "Excerpted from ..." with the year), each followed by tags and a footer.
_NOTE_PAGES: dict[str, tuple[str, list[str]]] = {
    "de": ("""Startseite
Bücher
Rezensionen
Kontakt

Ein Handbuch für den Garten am Hang

Wer einen Garten am steilen Hang besitzt, kennt die Sorgen: Die Erde rutscht nach jedem Regen, die Beete trocknen im Sommer schnell aus und die Wege sind mühsam.
Die Autorin zeigt auf gut zweihundert Seiten, wie man mit Trockenmauern, Terrassen und der richtigen Auswahl an Stauden aus dem Problem eine Stärke macht.
Besonders gelungen sind die Kapitel über Wasser, denn sie erklären ohne Fachsprache, wie man Regen am Hang hält, statt ihn ins Tal laufen zu lassen.
Ein kleiner Mangel bleibt das Register, das einige Pflanzen nur unter ihrem lateinischen Namen führt, was Anfänger beim Nachschlagen leicht verwirrt.

Marta Feldkamp
Gärten am Hang
Gartenverlag Lindenhof, 2. Auflage, 2021, 224 Seiten, broschiert, ISBN 978-3-00-000000-0

Schlagworte
Garten
Ratgeber

© 2024 Bücherblatt
""", ["Marta Feldkamp", "Gartenverlag Lindenhof, 2. Auflage"]),
    "en": ("""Home
Books
Reviews
Contact

The night the lighthouse keeper left

The lamp was still turning when the keeper locked the door behind him for the last time, and the gulls on the rail did not even look up as he walked down the path.
He had kept the light for thirty-one winters, and he knew every crack in the steps and every sound the wind made when it came round the point from the west.
At the bottom of the hill he stopped, turned round once and watched the beam sweep over the water, as steady as it had been on the first night he climbed the tower.
Then he picked up his bag, walked to the harbour and took the last ferry to the mainland, where his sister had kept a room for him since the spring.

Excerpted from The Keeper's Winters, Harbour Lane Press, Bristol 2022

Tags
Fiction
Excerpts

© 2024 Reading Room
""", ["Excerpted from The Keeper's Winters"]),
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_source_note_below_the_article_joins_it(line, lang: str) -> None:
    # The book's source note (an ISBN, or an excerpt prefix with the year) right
    # below the text closes the article, with the author and title lines above it;
    # the tags and the footer below stay out.
    text, kept = _NOTE_PAGES[lang]
    a = clean(text)
    for part in kept:
        r = line(a, part)
        assert r.kept and r.evidence == "source note below the article"
    assert not line(a, text.splitlines()[-4]).kept


def test_a_year_alone_or_a_source_without_year_is_no_source_note(line) -> None:
    # "Aus: Berlin" without a year, or a plain date line, is no book's source note.
    text, _ = _NOTE_PAGES["de"]
    head = text.split("\n\nMarta Feldkamp")[0]
    a = clean(head + "\n\nAus: dem Archiv der Redaktion\n\nSchlagworte\nGarten\n\n© 2024 Bücherblatt\n")
    assert line(a, "Aus: dem Archiv").evidence != "source note below the article"


def _table_page(lang: str, only: list[str] | None = None) -> tuple[str, list[str]]:
    if lang == "de":
        body = ["Der kleine Lieferwagen fährt im Stadtverkehr angenehm leise und lässt sich dank "
                "der engen Wendekreise auch in schmalen Gassen problemlos rangieren.",
                "Auf der Autobahn kommt er dagegen schnell an seine Grenzen, denn ab hundert "
                "Kilometern pro Stunde steigt der Verbrauch deutlich an und der Wind wird laut.",
                "Für Handwerker und Lieferdienste in der Innenstadt ist er trotzdem eine gute "
                "Wahl, zumal die Ladefläche mehr Platz bietet, als man von außen vermutet."]
        rows = ["Testwagenpreis € 31.900,00", "Motor", "Zylinder 3", "Hubraum in ccm 1.199",
                "Leistung PS/kW 110/81", "Getriebe 6 Gang manuell", "Verbrauch in Liter 6,1",
                "Länge in cm 440,3", "Breite in cm 184,8", "Zuladung in kg 720"]
        tail = ["Werbung", "", "Weitere Tests", "Kombi im Vergleich", "SUV im Winter",
                "© 2024 Autoblatt"]
    else:
        body = ["The small delivery van is pleasantly quiet in city traffic, and its tight "
                "turning circle makes it easy to park even in the narrowest side streets.",
                "On the motorway it soon reaches its limits: above sixty miles an hour the fuel "
                "use climbs quickly and the wind noise around the mirrors gets loud.",
                "For builders and couriers in the city centre it is still a good choice, "
                "since the load bay holds more than you would guess from the outside."]
        rows = ["Price as tested £ 27,450", "Engine", "Cylinders 3", "Capacity in cc 1,199",
                "Power hp/kW 110/81", "Gearbox 6-speed manual", "Economy in mpg 46.3",
                "Length in mm 4,403", "Width in mm 1,848", "Payload in kg 720"]
        tail = ["Advertisement", "", "More tests", "Estate cars compared", "SUVs in winter",
                "© 2024 Motor Sheet"]
    rows = rows if only is None else only
    # Box-drawn cells, a rule between rows (as w3m prints a table).
    rule = "├" + "─" * 30 + "┼" + "─" * 20 + "┤"
    table = f"\n{rule}\n".join(f"│{r} │" for r in rows)
    text = "\n\n".join(["Home\nNews\nTests\nContact", "Van test" if lang == "en"
                        else "Lieferwagen im Test", *body, table + "\n" + tail[0],
                        "\n".join(tail[2:])]) + "\n"
    return text, rows


@pytest.mark.parametrize("lang", ["de", "en"])
def test_table_of_figures_below_the_article_joins_it(line, lang: str) -> None:
    # A spec table right below a test (short rows, most with a number, section rows
    # such as "Engine" among them) closes the article; the ad label under it and the
    # links below stay out.
    # (The first rows a menu-like run takes stay its own, but count as rows.)
    text, rows = _table_page(lang)
    a = clean(text)
    found = [line(a, row) for row in rows]
    assert sum(r.evidence == "table of figures below the article" and r.kept
               for r in found) >= 6
    assert all(r.kept or r.pass_name == "nav_menu" for r in found)
    assert not line(a, text.splitlines()[-3]).kept


def test_few_rows_or_few_figures_make_no_table(line) -> None:
    # Four rows are a short list, and rows without figures a link list: neither joins.
    _, rows = _table_page("en")
    few, _ = _table_page("en", rows[-4:])
    assert not any(line(clean(few), row).evidence == "table of figures below the article"
                   for row in rows[-4:])
    words = ["Engine", "Gearbox", "Seats", "Brakes", "Lights", "Wheels", "Mirrors", "Doors",
             "Roof", "Boot"]
    links, _ = _table_page("en", words)
    assert not any(line(clean(links), w).evidence == "table of figures below the article"
                   for w in words)
