"""Region: a bar of share buttons or an ad label between paragraphs (the bridge down
counts the bar as one short line, not each of its lines as a removed one)."""

from __future__ import annotations

from newsclean import Label, clean

_NAV = "News\nSport\nWeather\nOpinion\n\n"


def _labels(text: str) -> dict[str, Label]:
    return {r.text: r.label for r in clean(text).lines if r.text}


def test_share_bar_before_a_short_last_paragraph_keeps_it_en() -> None:
    last = "The orchard will open to visitors again at the end of May."
    text = (_NAV + "Orchard owners count the cost of the late frost\n\n"
            "A night of hard frost in late April destroyed most of the blossom in the apple "
            "orchards along the valley, growers said on Monday.\n\n"
            "Several farms expect to pick less than a third of a normal harvest, and some "
            "will buy fruit from other regions to keep their cider presses running.\n\n"
            "Share on Facebook\nShare on Twitter\nShare by email\n\n" + last + "\n")
    assert _labels(text)[last] is Label.BODY


def test_ad_label_and_share_line_before_a_short_last_paragraph_keep_it_fr() -> None:
    last = "Le chantier doit durer jusqu'à la fin de l'été."
    text = ("Actualités\nSport\nCulture\nMétéo\n\n"
            "Le pont de la rivière fermé pour travaux\n\n"
            "Le vieux pont qui relie les deux quartiers de la ville sera fermé à la circulation "
            "à partir de lundi, a annoncé la mairie dans un communiqué.\n\n"
            "Les piétons pourront encore passer sur une passerelle provisoire, mais les bus "
            "devront faire un détour de plusieurs kilomètres par le nord.\n\n"
            "La suite après cette publicité\nPartager sur Facebook\n\n" + last + "\n")
    assert _labels(text)[last] is Label.BODY


def test_prose_above_a_share_bar_over_the_story_is_not_bridged_up() -> None:
    bio = ("I am a science writer who has covered weather and climate for regional papers "
           "for many years.")
    text = (_NAV + "Orchard owners count the cost of the late frost\n\n" + bio + "\n\n"
            "Share on Facebook\nShare on Twitter\nShare by email\n\n"
            "A night of hard frost in late April destroyed most of the blossom in the apple "
            "orchards along the valley, growers said on Monday.\n\n"
            "Several farms expect to pick less than a third of a normal harvest, and some "
            "will buy fruit from other regions to keep their cider presses running.\n\n"
            "The orchards will open to visitors again at the end of May, the growers said.\n")
    assert _labels(text)[bio] is not Label.BODY
