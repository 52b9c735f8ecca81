"""Shared helpers for the core-library tests: prose per language, renderer styles,
and a mini-page builder.

The pages are small but realistic: a menu, a headline, a byline, three to five
prose paragraphs and a footer, because the ``region`` pass needs an article to
anchor on. Tests receive the helpers as fixtures (``page``, ``verdicts``,
``line_of``), and a test that takes a ``lang`` or ``style`` argument without
parametrizing it runs once per language or renderer style.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from newsclean import Article, clean
from newsclean.model import LineResult

#: Where the shared seeds and corpora live (never copied into this repo).
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

#: Languages with prose below; the first six have a lexicon file.
LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
#: Renderer styles the builder knows.
STYLES = ("w3m", "innertext", "inscriptis", "markdown", "wet")

# Article prose written for these tests: ordinary news sentences, no boilerplate words.
PROSE: dict[str, tuple[str, ...]] = {
    "en": (
        "The city council voted on Monday evening to keep the riverside library open for at "
        "least another year, after months of debate about the budget.",
        "Residents had gathered outside the town hall with banners and petitions, arguing that "
        "the library was the only quiet place in the district where children could study.",
        "The mayor said the budget had improved thanks to higher tax receipts, and that closing "
        "the building would have saved very little money in the long run.",
        "Librarians welcomed the decision but warned that the roof still needs repairs before "
        "the winter, and that the heating system is more than thirty years old.",
        "A final vote on the repairs is expected in the spring, when the council will also "
        "discuss the opening hours and the number of staff.",
    ),
    "de": (
        "Der Stadtrat hat am Montagabend beschlossen, die Bibliothek am Fluss mindestens ein "
        "weiteres Jahr offen zu halten, nachdem monatelang über den Haushalt gestritten wurde.",
        "Zahlreiche Anwohner hatten sich vor dem Rathaus versammelt und argumentiert, dass die "
        "Bibliothek der einzige ruhige Ort im Viertel sei, an dem Kinder lernen können.",
        "Die Bürgermeisterin sagte, die Haushaltslage habe sich dank höherer Steuereinnahmen "
        "verbessert, und eine Schließung hätte auf lange Sicht kaum Geld gespart.",
        "Die Mitarbeiter begrüßten die Entscheidung, warnten aber, dass das Dach vor dem Winter "
        "repariert werden muss und die Heizung mehr als dreißig Jahre alt ist.",
        "Über die Reparaturen soll im Frühjahr abgestimmt werden, wenn der Rat auch über die "
        "Öffnungszeiten und die Zahl der Stellen berät.",
    ),
    "fr": (
        "Le conseil municipal a voté lundi soir le maintien de la bibliothèque du bord de la "
        "rivière pendant au moins une année de plus, après des mois de débat sur le budget.",
        "Les habitants s'étaient rassemblés devant la mairie avec des banderoles, en affirmant "
        "que la bibliothèque était le seul endroit calme du quartier pour les enfants.",
        "Le maire a expliqué que le budget s'était amélioré grâce à des recettes fiscales plus "
        "élevées, et qu'une fermeture n'aurait permis que de très faibles économies.",
        "Les bibliothécaires ont salué la décision mais ont averti que le toit doit être réparé "
        "avant l'hiver et que le chauffage a plus de trente ans.",
        "Un vote sur les travaux est attendu au printemps, lorsque le conseil discutera aussi "
        "des horaires d'ouverture et du nombre d'employés.",
    ),
    "es": (
        "El ayuntamiento votó el lunes por la noche mantener abierta la biblioteca junto al río "
        "durante al menos un año más, tras meses de debate sobre el presupuesto.",
        "Los vecinos se habían reunido frente al edificio municipal con pancartas, y afirmaban "
        "que la biblioteca era el único lugar tranquilo del barrio para que estudien los niños.",
        "La alcaldesa dijo que el presupuesto había mejorado gracias a una mayor recaudación, y "
        "que el cierre habría ahorrado muy poco dinero a largo plazo.",
        "Los bibliotecarios celebraron la decisión, pero advirtieron de que el tejado necesita "
        "reparaciones antes del invierno y de que la calefacción tiene más de treinta años.",
        "La votación sobre las obras se espera para la primavera, cuando el pleno también "
        "debatirá los horarios y el número de empleados.",
    ),
    "it": (
        "Il consiglio comunale ha votato lunedì sera di tenere aperta la biblioteca sul fiume "
        "per almeno un altro anno, dopo mesi di discussioni sul bilancio.",
        "I residenti si erano radunati davanti al municipio con striscioni e petizioni, "
        "sostenendo che la biblioteca era l'unico luogo tranquillo del quartiere per studiare.",
        "Il sindaco ha detto che il bilancio è migliorato grazie a maggiori entrate fiscali, e "
        "che la chiusura avrebbe fatto risparmiare pochissimo denaro nel lungo periodo.",
        "I bibliotecari hanno accolto la decisione, ma hanno avvertito che il tetto va riparato "
        "prima dell'inverno e che il riscaldamento ha più di trent'anni.",
        "Un voto sui lavori è atteso in primavera, quando il consiglio discuterà anche degli "
        "orari di apertura e del numero dei dipendenti.",
    ),
    "pt": (
        "A câmara municipal votou na segunda-feira à noite manter a biblioteca junto ao rio "
        "aberta durante pelo menos mais um ano, depois de meses de debate sobre o orçamento.",
        "Os moradores tinham-se reunido em frente ao edifício da câmara com faixas, dizendo que "
        "a biblioteca era o único lugar tranquilo do bairro onde as crianças podiam estudar.",
        "O presidente da câmara disse que o orçamento melhorou graças a receitas fiscais mais "
        "altas, e que o encerramento teria poupado muito pouco dinheiro a longo prazo.",
        "Os bibliotecários saudaram a decisão, mas avisaram que o telhado precisa de obras "
        "antes do inverno e que o aquecimento tem mais de trinta anos.",
        "Uma votação sobre as obras é esperada na primavera, quando a câmara vai também discutir "
        "os horários de abertura e o número de funcionários.",
    ),
    "nl": (
        "De gemeenteraad heeft maandagavond besloten de bibliotheek aan de rivier nog minstens "
        "een jaar open te houden, na maanden van discussie over de begroting.",
        "Bewoners hadden zich voor het stadhuis verzameld met spandoeken en petities, omdat de "
        "bibliotheek volgens hen de enige rustige plek in de wijk is waar kinderen kunnen leren.",
        "De burgemeester zei dat de begroting dankzij hogere belastinginkomsten was verbeterd, "
        "en dat sluiting op de lange termijn nauwelijks geld zou hebben opgeleverd.",
        "De medewerkers waren blij met het besluit, maar waarschuwden dat het dak voor de winter "
        "gerepareerd moet worden en dat de verwarming meer dan dertig jaar oud is.",
        "Over de reparaties wordt in het voorjaar gestemd, wanneer de raad ook de openingstijden "
        "en het aantal medewerkers bespreekt.",
    ),
    "pl": (
        "Rada miasta zdecydowała w poniedziałek wieczorem, że biblioteka nad rzeką pozostanie "
        "otwarta przez co najmniej kolejny rok, po miesiącach sporów o budżet.",
        "Mieszkańcy zebrali się przed ratuszem z transparentami i petycjami, przekonując, że "
        "biblioteka jest jedynym cichym miejscem w dzielnicy, w którym dzieci mogą się uczyć.",
        "Burmistrz powiedziała, że sytuacja budżetu poprawiła się dzięki wyższym wpływom z "
        "podatków, a zamknięcie budynku przyniosłoby bardzo małe oszczędności.",
        "Pracownicy przyjęli decyzję z zadowoleniem, ale ostrzegli, że dach trzeba naprawić "
        "przed zimą, a ogrzewanie ma ponad trzydzieści lat.",
        "Głosowanie w sprawie remontu ma się odbyć wiosną, gdy rada omówi także godziny otwarcia "
        "i liczbę pracowników.",
    ),
}

HEADLINES: dict[str, str] = {
    "en": "Council votes to keep the riverside library open",
    "de": "Stadtrat rettet die Bibliothek am Fluss",
    "fr": "Le conseil sauve la bibliothèque du bord de la rivière",
    "es": "El ayuntamiento salva la biblioteca junto al río",
    "it": "Il consiglio salva la biblioteca sul fiume",
    "pt": "Câmara salva a biblioteca junto ao rio",
    "nl": "Gemeenteraad redt de bibliotheek aan de rivier",
    "pl": "Rada miasta ratuje bibliotekę nad rzeką",
}

BYLINES: dict[str, str] = {
    "en": "By Jane Doe", "de": "Von Anna Schmidt", "fr": "Par Claire Martin",
    "es": "Por Lucía García", "it": "Di Marco Rossi", "pt": "Por Ana Costa",
    "nl": "Door Eva de Vries", "pl": "Autor: Anna Nowak",
}

MENUS: dict[str, tuple[str, ...]] = {
    "en": ("World", "Business", "Sport", "Culture", "Science"),
    "de": ("Politik", "Wirtschaft", "Sport", "Kultur", "Wissen"),
    "fr": ("International", "Économie", "Sport", "Culture", "Sciences"),
    "es": ("Internacional", "Economía", "Deportes", "Cultura", "Ciencia"),
    "it": ("Esteri", "Economia", "Sport", "Cultura", "Scienza"),
    "pt": ("Mundo", "Economia", "Desporto", "Cultura", "Ciência"),
    "nl": ("Binnenland", "Economie", "Sport", "Cultuur", "Wetenschap"),
    "pl": ("Świat", "Gospodarka", "Sport", "Kultura", "Nauka"),
}

FOOTERS: dict[str, tuple[str, ...]] = {
    "en": ("© 2025 Riverside Herald. All rights reserved.", "Privacy Policy"),
    "de": ("© 2025 Flussbote. Alle Rechte vorbehalten.", "Impressum"),
    "fr": ("© 2025 Le Riverain. Tous droits réservés.", "Mentions légales"),
    "es": ("© 2025 El Ribereño. Todos los derechos reservados.", "Aviso legal"),
    "it": ("© 2025 Il Fluviale. Tutti i diritti riservati.", "Note legali"),
    "pt": ("© 2025 O Ribeirinho. Todos os direitos reservados.", "Termos de uso"),
    "nl": ("© 2025 De Rivierbode", "Colofon"),
    "pl": ("© 2025 Gazeta Rzeczna", "Kontakt"),
}


def item(text: str, style: str, *, sub: bool = False, href: str = "/x") -> str:
    """One menu or list item as the renderer ``style`` prints it."""
    if style == "w3m":
        return f"      □ {text}" if sub else f"  • {text}"
    if style == "inscriptis":
        return f"     + {text}" if sub else f"   * {text}"
    if style == "markdown":
        return f"  - [{text}]({href})" if sub else f"- [{text}]({href})"
    return text  # innertext, wet: bare lines


def heading(text: str, style: str, level: int = 1) -> str:
    return f"{'#' * level} {text}" if style == "markdown" else text


def build_page(
    lang: str = "en",
    style: str = "wet",
    *,
    menu: Sequence[str] | None = None,
    title: bool = True,
    byline: bool = True,
    paragraphs: int = 4,
    insert: Sequence[str] = (),
    insert_after: int = 2,
    footer: Sequence[str] | None = None,
    before_footer: Sequence[str] = (),
) -> str:
    """A mini news page: menu, headline, byline, prose, footer.

    ``insert`` lines go after paragraph ``insert_after`` (a blank line around
    them); ``before_footer`` lines go between the last paragraph and the footer.
    innerText pages start with the page <title>; markdown pages mark the headline
    with "#". Blocks are separated by blank lines, like most renderers do.
    """
    menu = MENUS[lang] if menu is None else menu
    footer = FOOTERS[lang] if footer is None else footer
    out: list[str] = []
    headline = HEADLINES[lang]
    if style == "innertext" and title:
        out += [f"{headline} | Riverside Herald", ""]
    if menu:
        out += [item(m, style) for m in menu] + [""]
    if title:
        out += [heading(headline, style), ""]
    if byline:
        out += [BYLINES[lang], ""]
    prose = PROSE[lang][:paragraphs]
    for n, p in enumerate(prose, 1):
        out += [p, ""]
        if n == insert_after and insert:
            out += [*insert, ""]
    if before_footer:
        out += [*before_footer, ""]
    out += list(footer)
    return "\n".join(out) + "\n"


def result_of(article: Article, needle: str) -> LineResult:
    """The LineResult of the first line whose text contains ``needle``."""
    for r in article.lines:
        if needle in r.text:
            return r
    raise AssertionError(f"no line contains {needle!r}")


def verdict_of(article: Article, needle: str) -> tuple[str, str]:
    """``(label, pass_name)`` of the first line containing ``needle``."""
    r = result_of(article, needle)
    return r.label.value, r.pass_name


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test taking ``lang`` or ``style`` without parametrizing it runs for each."""
    marked = {a for m in metafunc.definition.iter_markers("parametrize")
              for a in (m.args[0].split(",") if isinstance(m.args[0], str) else m.args[0])}
    if "lang" in metafunc.fixturenames and "lang" not in marked:
        metafunc.parametrize("lang", LANGS)
    if "style" in metafunc.fixturenames and "style" not in marked:
        metafunc.parametrize("style", STYLES)


@pytest.fixture
def page() -> Callable[..., str]:
    """``page(lang, style, **kw)``: see :func:`build_page`."""
    return build_page


@pytest.fixture
def prose() -> dict[str, tuple[str, ...]]:
    return PROSE


@pytest.fixture
def run() -> Callable[..., Article]:
    """``run(text, **config_kw)``: clean with an optional Config built from keywords."""
    from newsclean import Config

    def _run(text: str, config: Config | None = None) -> Article:
        return clean(text, config=config)

    return _run


@pytest.fixture
def at() -> Callable[[Article, str], tuple[str, str]]:
    """``at(article, needle)`` -> ``(label, pass_name)`` of the line containing needle."""
    return verdict_of


@pytest.fixture
def line() -> Callable[[Article, str], LineResult]:
    return result_of


@pytest.fixture
def shared() -> Path:
    return SHARED
