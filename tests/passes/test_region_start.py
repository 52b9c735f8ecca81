"""``region``: where the article starts (lines cut off above the heaviest run)."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.model import Label

_GAP_PAGES: dict[str, dict[str, object]] = {
    "en": dict(
        menu=["Home", "Gardening", "Tools", "Contact"],
        head="How to grow tomatoes on a balcony",
        intro="Tomatoes grow well in pots on a sunny balcony when they get deep soil, "
              "plenty of water and a sturdy stake, and a single plant can give fruit "
              "from July until the first cold nights of autumn.",
        box=["Jump to guide", "Print", "Save", "Rate this guide"],
        gap="Before you buy seedlings, check how many hours of direct sun your balcony "
            "gets in summer, since tomatoes need at least six of them every day.",
        toc=["Contents", "Choosing a variety", "Pots and soil", "Sowing", "Planting out",
             "Watering", "Feeding", "Staking", "Pinching out", "Pests", "Diseases",
             "Harvest", "Saving seeds", "Winter", "Common mistakes", "Reader questions"],
        paras=["Bush varieties stay small and suit a narrow balcony, while tall vine "
               "tomatoes need a stake of at least a metre and a half.",
               "A pot for one plant should hold twenty litres of soil or more, with holes "
               "in the bottom so that the water can drain away after rain.",
               "Water the tomatoes in the morning at the foot of the plant, never over the "
               "leaves, and give them a little more on hot and windy days.",
               "Pinch out the side shoots that grow between the stem and the leaves once a "
               "week, so the plant puts its strength into the fruit instead.",
               "Pick the tomatoes when they are fully coloured and slightly soft, and keep "
               "them in a bowl in the kitchen rather than in the fridge."],
        footer="© 2024 Balcony Garden. All rights reserved."),
    "de": dict(
        menu=["Startseite", "Garten", "Werkzeug", "Kontakt"],
        head="Tomaten auf dem Balkon ziehen",
        intro="Tomaten gedeihen in Kübeln auf einem sonnigen Balkon gut, wenn sie tiefe "
              "Erde, reichlich Wasser und einen festen Stab bekommen, und eine einzige "
              "Pflanze trägt von Juli bis zu den ersten kalten Herbstnächten.",
        box=["Zur Anleitung", "Drucken", "Merken", "Anleitung bewerten"],
        gap="Bevor Sie Jungpflanzen kaufen, prüfen Sie, wie viele Stunden direkte Sonne "
            "Ihr Balkon im Sommer bekommt, denn Tomaten brauchen täglich mindestens sechs.",
        toc=["Inhalt", "Die richtige Sorte", "Kübel und Erde", "Aussaat", "Auspflanzen",
             "Gießen", "Düngen", "Stützen", "Ausgeizen", "Schädlinge", "Krankheiten",
             "Ernte", "Samen gewinnen", "Überwintern", "Häufige Fehler", "Leserfragen"],
        paras=["Buschtomaten bleiben klein und passen auf einen schmalen Balkon, während "
               "hohe Stabtomaten einen Stab von mindestens anderthalb Metern brauchen.",
               "Ein Kübel für eine Pflanze sollte zwanzig Liter Erde oder mehr fassen und "
               "Löcher im Boden haben, damit das Wasser nach dem Regen abläuft.",
               "Gießen Sie die Tomaten morgens am Fuß der Pflanze, nie über die Blätter, "
               "und geben Sie an heißen und windigen Tagen etwas mehr.",
               "Brechen Sie einmal in der Woche die Triebe aus, die zwischen Stamm und "
               "Blättern wachsen, damit die Pflanze ihre Kraft in die Früchte steckt.",
               "Ernten Sie die Tomaten, wenn sie ganz ausgefärbt und leicht weich sind, und "
               "lagern Sie sie in einer Schale in der Küche statt im Kühlschrank."],
        footer="© 2024 Balkongarten. Alle Rechte vorbehalten."),
}


def _gap_page(lang: str, gap: str) -> str:
    d = _GAP_PAGES[lang]
    toc = "\n".join([str(d["toc"][0]), *("  • " + t for t in d["toc"][1:])])
    return "\n\n".join(["\n".join(d["menu"]), str(d["head"]), str(d["intro"]),
                        "\n".join(d["box"]), gap, toc, *d["paras"], str(d["footer"])])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_paragraph_between_the_intro_and_the_article_joins_it(line, lang: str) -> None:
    # The intro joins the article across the contents box; a paragraph cut off between
    # the two (by a small box above it) is the story's as well.
    d = _GAP_PAGES[lang]
    a = clean(_gap_page(lang, str(d["gap"])))
    intro = line(a, str(d["intro"])[:30])
    assert intro.evidence.endswith("an intro on the article's topic above it")
    r = line(a, str(d["gap"])[:30])
    assert (r.label, r.pass_name, r.evidence) == (
        Label.BODY, "region", "prose between the intro and the article")
    assert list(a.paragraphs) == [d["intro"], d["gap"], *d["paras"]]


@pytest.mark.parametrize("lang,short", [("en", "Check the sun on your balcony first."),
                                        ("de", "Prüfen Sie zuerst die Sonne am Balkon.")])
def test_short_line_between_the_intro_and_the_article_stays_out(line, lang: str,
                                                                short: str) -> None:
    # Only paragraphs of ``GAP_PROSE_WORDS`` words join: a caption or a teaser line
    # in the gap stays out.
    a = clean(_gap_page(lang, short))
    assert not line(a, short[:20]).kept


_RECIPES = {
    "en": dict(
        menu=["Home", "Recipes", "Baking", "Magazine", "Contact"],
        head="Plum crumble cake",
        rating=["Rated 4.6 by 210 readers", "Rate this recipe"],
        heading="Ingredients",
        items=["For the dough:", "250 g flour", "125 g soft butter", "100 g sugar", "1 egg",
               "2 tsp baking powder", "For the topping:", "800 g ripe plums",
               "½ tsp ground cinnamon", "3 tbsp chopped almonds"],
        nutrition=["Nutrition per slice", "kcal", "310", "Protein", "5 g"],
        method="Method",
        paras=["Rub the flour, butter, sugar, egg and baking powder together until the "
               "dough forms coarse crumbs, then press two thirds of it into the tin.",
               "Halve the plums, take out the stones and lay the halves close together on "
               "the dough with the cut side facing up.",
               "Mix the cinnamon and almonds into the remaining crumbs and scatter them "
               "over the plums before the cake goes into the oven.",
               "Bake the cake for about forty minutes at 180 degrees until the crumbs are "
               "golden, and let it cool in the tin before you cut it."],
        footer="© 2024 Home Baking. All rights reserved."),
    "de": dict(
        menu=["Startseite", "Rezepte", "Backen", "Magazin", "Kontakt"],
        head="Zwetschgenkuchen mit Streuseln",
        rating=["Bewertet mit 4,6 von 210 Lesern", "Rezept bewerten"],
        heading="Zutaten",
        items=["Für den Teig:", "250 g Mehl", "125 g weiche Butter", "100 g Zucker", "1 Ei",
               "2 TL Backpulver", "Für den Belag:", "800 g reife Zwetschgen",
               "½ TL gemahlener Zimt", "3 EL gehackte Mandeln"],
        nutrition=["Nährwerte pro Stück", "kcal", "310", "Eiweiß", "5 g"],
        method="Zubereitung",
        paras=["Mehl, Butter, Zucker, Ei und Backpulver zu groben Streuseln verkneten und "
               "zwei Drittel davon in die gefettete Form drücken.",
               "Die Zwetschgen halbieren, entsteinen und mit der Schnittfläche nach oben "
               "dicht an dicht auf den Teig legen.",
               "Zimt und Mandeln unter die übrigen Streusel mischen und diese über die "
               "Zwetschgen streuen, bevor der Kuchen in den Ofen kommt.",
               "Den Kuchen etwa vierzig Minuten bei 180 Grad backen, bis die Streusel "
               "goldbraun sind, und in der Form abkühlen lassen."],
        footer="© 2024 Backstube. Alle Rechte vorbehalten."),
}


def _recipe_page(lang: str, between: str | None = None) -> str:
    d = _RECIPES[lang]
    parts = ["\n".join(d["menu"]), str(d["head"]), "\n".join(d["rating"]), str(d["heading"]),
             "\n".join(d["items"]), "\n\n".join(d["nutrition"])]
    if between:
        parts.append(between)
    return "\n\n".join([*parts, str(d["method"]), *d["paras"], str(d["footer"])])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_ingredient_list_above_the_method_joins_the_recipe(line, lang: str) -> None:
    d = _RECIPES[lang]
    a = clean(_recipe_page(lang))
    for item in d["items"]:
        r = line(a, str(item))
        assert (r.label, r.evidence) == (Label.BODY, "ingredient list above the article"), \
            (item, r.label, r.evidence)
    assert a.paragraphs[-len(d["paras"]):] == tuple(d["paras"])
    box = {str(n) for n in d["nutrition"]}  # the nutrition box stays out
    assert not any(r.kept for r in a.lines if r.text.strip() in box)


@pytest.mark.parametrize("lang,items", [
    ("en", ["Water", "Glycerin", "Shea butter", "Almond oil", "Vitamin E", "Lavender oil"]),
    ("de", ["Wasser", "Glycerin", "Sheabutter", "Mandelöl", "Vitamin E", "Lavendelöl"]),
])
def test_ingredients_without_quantities_stay_out(line, lang: str, items: list[str]) -> None:
    # A product's ingredients (no amounts) above its description: no recipe's list.
    d = _RECIPES[lang]
    a = clean(_recipe_page(lang).replace("\n".join(d["items"]), "\n".join(items)))
    assert not any(line(a, item).evidence == "ingredient list above the article" for item in items)
