"""``region``: teaser blocks for other stories inside or right after the article."""

from __future__ import annotations

import pytest

from newsclean import clean

# A short story, a share bar, then cards for other stories of the site: a kicker, a
# headline, the card's date and a summary each. The summaries weigh like paragraphs;
# the date line above each gives them away.
_DATED_CARDS: dict[str, list[str]] = {
    "en": [
        'Home',
        'News',
        'Topics',
        'River towns plan a shared flood barrier',
        'Tuesday March 3, 2026',
        'The five towns along the lower river agreed on Monday to build one flood barrier'
         ' together instead of five small ones, after two wet winters in a row left '
         'cellars and shops under water for weeks.',
        'The mayors said a shared wall would cost less to build and to keep up, and that '
         'the work could start next spring once the regional council has approved the '
         'plans and the money for the first stage.',
        'Residents who lost stock and furniture last winter welcomed the plan at a '
         'crowded meeting in the old school hall, though several of them asked why it had '
         'taken so long to reach an agreement at all.',
        'The engineers will now walk the whole bank with the town clerks and mark the '
         'places where the new wall has to be highest, a task they expect to finish before'
         ' the summer holidays begin.',
        'Share',
        'Facebook',
        'Twitter',
        'Print',
        'Transport',
        'Night buses return to the valley',
        'Monday March 2, 2026',
        'The valley line will run buses after midnight again from April, the operator '
         'said, after a year in which late workers had to share taxis or stay in town '
         'overnight, and the first timetable already lists four extra runs on Fridays and '
         'Saturdays for the late shifts at the hospital.',
        'Schools',
        'New roof for the village school',
        'Friday February 27, 2026',
        'Pupils at the village school will have lessons in the parish hall for six weeks '
         'while builders replace the leaking roof that has troubled the classrooms for '
         "years, and the parents' council has offered to run the lunch service in the hall"
         ' until the pupils can move back.',
        'About us',
        'Contact',
        'Privacy',
    ],
    "de": [
        'Startseite',
        'Nachrichten',
        'Themen',
        'Flussgemeinden planen gemeinsamen Hochwasserschutz',
        '03.03.2026',
        'Die fünf Gemeinden am unteren Flusslauf haben sich am Montag darauf geeinigt, '
         'gemeinsam eine Schutzmauer zu bauen statt fünf kleiner, nachdem zwei nasse '
         'Winter Keller und Läden wochenlang unter Wasser gesetzt hatten.',
        'Die Bürgermeister sagten, eine gemeinsame Mauer sei billiger im Bau und im '
         'Unterhalt, und die Arbeiten könnten im nächsten Frühjahr beginnen, sobald der '
         'Kreistag die Pläne und das Geld für den ersten Abschnitt bewilligt hat.',
        'Anwohner, die im letzten Winter Waren und Möbel verloren hatten, begrüßten den '
         'Plan bei einer vollen Versammlung in der alten Schulturnhalle, auch wenn einige '
         'fragten, warum die Einigung so lange gedauert habe.',
        'Die Ingenieure wollen nun mit den Gemeindeschreibern das ganze Ufer ablaufen und'
         ' die Stellen markieren, an denen die neue Mauer am höchsten sein muss, und '
         'hoffen, vor den Sommerferien fertig zu sein.',
        'Teilen',
        'Facebook',
        'Twitter',
        'Drucken',
        'Verkehr',
        'Nachtbusse fahren wieder ins Tal',
        '02.03.2026',
        'Die Tallinie fährt ab April wieder Busse nach Mitternacht, teilte der Betreiber '
         'mit, nachdem Spätschichtler ein Jahr lang Taxis teilen oder in der Stadt '
         'übernachten mussten, und der erste Fahrplan sieht schon vier zusätzliche Fahrten'
         ' am Freitag und Samstag für die Spätschicht im Krankenhaus vor.',
        'Schulen',
        'Neues Dach für die Dorfschule',
        '27.02.2026',
        'Die Kinder der Dorfschule werden sechs Wochen lang im Gemeindesaal unterrichtet,'
         ' während Handwerker das undichte Dach erneuern, das den Klassenzimmern seit '
         'Jahren Ärger macht, und der Elternrat hat angeboten, das Mittagessen im Saal '
         'auszugeben, bis die Kinder zurückkehren können.',
        'Über uns',
        'Kontakt',
        'Datenschutz',
    ],
}


@pytest.mark.parametrize("lang", sorted(_DATED_CARDS))
def test_dated_teaser_cards_below_the_article_stay_out(lang: str) -> None:
    page = _DATED_CARDS[lang]
    article = clean("\n\n".join(page))
    kept = {r.text for r in article.lines if r.kept}
    story = page[5:9]
    cards = [page[16], page[20]]
    assert all(p in kept for p in story)
    assert not any(c in kept for c in cards)
    for c in cards:
        r = next(r for r in article.lines if r.text == c)
        assert r.pass_name == "region"


@pytest.mark.parametrize("lang", sorted(_DATED_CARDS))
def test_article_own_date_above_its_text_still_opens_it(lang: str) -> None:
    page = _DATED_CARDS[lang]
    # Without the cards, the dated story is whole: its date stands above its text.
    article = clean("\n\n".join(page[:13] + page[-3:]))
    body = [r.text for r in article.lines if r.label.value == "body"]
    assert body == page[5:9]
