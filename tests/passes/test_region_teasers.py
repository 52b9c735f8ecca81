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


# A rail of dated teasers above the story (date, headline, summary), some of whose
# headlines ask a question: a headline ending in '?' is no second summary.
_QUESTION_RAIL: dict[str, list[str]] = {
    "en": [
        'Home',
        'News',
        'Council',
        '12.05.2026',
        'Parking fees at the lake go up in June',
        'The council voted to raise the summer parking fees at the lake by one euro an '
         'hour to pay for the new toilets.',
        '10.05.2026',
        'Will the old cinema open again?',
        'A group of neighbours wants to buy the closed cinema on the market square and '
         'run it as a club with films every Friday.',
        '08.05.2026',
        'Cycle path along the canal is finished',
        'The last stretch of the cycle path between the mill and the harbour opened on '
         'Saturday after two years of work.',
        '07.05.2026',
        'Who pays for the broken bridge?',
        'The town and the county still argue over who has to pay for the footbridge that '
         'a storm damaged in the winter.',
        '05.05.2026',
        'Library keeps longer hours in summer',
        'The town library will stay open until eight in the evening on weekdays from July'
         ' to the end of August this year.',
        '02.03.2024',
        'Playground for the new estate',
        'The council agreed on Tuesday to build a playground in the middle of the new '
         'estate on the eastern edge of town, where more than two hundred families have '
         'moved in over the past three years.',
        'Parents had collected signatures for months and brought them to the town hall in'
         ' a long paper roll, which the mayor unrolled across the whole length of the '
         'council table before the vote.',
        'The work is to start in the autumn, and the families will be asked which '
         'climbing frames and swings they want before the builders order anything.',
        'Imprint',
        'Privacy',
    ],
    "de": [
        'Startseite',
        'Themen',
        'Fraktion',
        '12.05.2026',
        'Parkgebühren am See steigen im Juni',
        'Der Stadtrat hat beschlossen, die Sommergebühren am See um einen Euro pro Stunde'
         ' zu erhöhen, um die neuen Toiletten zu bezahlen.',
        '10.05.2026',
        'Öffnet das alte Kino am Marktplatz bald wieder?',
        'Eine Gruppe von Nachbarn will das geschlossene Kino am Marktplatz kaufen und als'
         ' Verein mit Filmen an jedem Freitag betreiben.',
        '08.05.2026',
        'Radweg am Kanal ist fertig',
        'Das letzte Stück des Radwegs zwischen Mühle und Hafen wurde am Samstag nach zwei'
         ' Jahren Bauzeit freigegeben.',
        '07.05.2026',
        'Wer bezahlt am Ende die kaputte Brücke am Hafen?',
        'Stadt und Landkreis streiten noch darüber, wer die Fußgängerbrücke bezahlen '
         'muss, die ein Sturm im Winter beschädigt hat.',
        '05.05.2026',
        'Bücherei hat im Sommer länger geöffnet',
        'Die Stadtbücherei bleibt von Juli bis Ende August an Werktagen bis acht Uhr '
         'abends geöffnet.',
        '02.03.2024',
        'Spielplatz für das Neubaugebiet',
        'Der Stadtrat hat am Dienstag beschlossen, mitten im Neubaugebiet am östlichen '
         'Stadtrand einen Spielplatz zu bauen, wo in den letzten drei Jahren mehr als '
         'zweihundert Familien eingezogen sind.',
        'Eltern hatten monatelang Unterschriften gesammelt und sie auf einer langen '
         'Papierrolle ins Rathaus gebracht, die der Bürgermeister vor der Abstimmung über '
         'den ganzen Ratstisch ausrollte.',
        'Die Arbeiten sollen im Herbst beginnen, und die Familien werden gefragt, welche '
         'Klettergerüste und Schaukeln sie sich wünschen, bevor etwas bestellt wird.',
        'Impressum',
        'Datenschutz',
    ],
}


@pytest.mark.parametrize("lang", sorted(_QUESTION_RAIL))
def test_dated_rail_with_question_headlines_is_a_teaser_list(lang: str) -> None:
    page = _QUESTION_RAIL[lang]
    article = clean("\n\n".join(page))
    by_text = {r.text: r for r in article.lines}
    for k in (5, 8, 11, 14, 17):  # each teaser's summary
        assert (by_text[page[k]].label.value, by_text[page[k]].pass_name) == (
            "related", "teaser_list")
    assert [r.text for r in article.lines if r.label.value == "body"] == page[20:23]
