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
    assert line(a, str(d["intro"])[:30]).evidence.endswith("an intro on the article's topic above it")
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
