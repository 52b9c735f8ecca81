"""Lexicons of the languages added after the first fifteen: a small news page per
language (menu, share row, a related heading with teasers, a cookie line, a byline,
a date in the local format, prose and a footer) is cleaned with the right labels,
author, date and language. All text is written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from newsclean import clean
from newsclean.model import Label


@dataclass(frozen=True)
class Page:
    menu: tuple[str, ...]
    title: str
    byline: str
    author: str
    date_line: str
    date: dt.date
    share: str
    prose: tuple[str, ...]
    related: str
    teasers: tuple[str, ...]
    cookie: str
    footer: tuple[str, ...]
    #: boilerplate lines and the label each must get
    expect: tuple[tuple[str, Label], ...]

    def text(self) -> str:
        parts = ["\n".join(f"  • {m}" for m in self.menu), self.title, self.byline,
                 self.date_line, self.share, *self.prose, self.related,
                 "\n".join(f"  • {t}" for t in self.teasers), self.cookie, *self.footer]
        return "\n\n".join(parts) + "\n"


PAGES: dict[str, Page] = {
    "ko": Page(
        menu=("전체메뉴", "정치", "경제", "사회", "국제", "로그인"),
        title="시의회, 강변 도서관 1년 더 운영하기로 결정",
        byline="기자명 김서연 기자",
        author="김서연",
        date_line="입력 2025.03.04 10:15",
        date=dt.date(2025, 3, 4),
        share="페이스북 트위터 카카오톡 링크 복사",
        prose=(
            "시의회는 월요일 저녁 수개월 동안 이어진 예산 논쟁 끝에 강변 도서관을 적어도 "
            "1년 더 운영하기로 결정했다.",
            "주민들은 시청 앞에 모여 현수막을 들고 도서관이 이 지역에서 아이들이 조용히 공부할 수 "
            "있는 유일한 장소라고 주장했다.",
            "시장은 세수가 늘어난 덕분에 예산 사정이 나아졌으며, 건물을 닫아도 장기적으로는 아낄 수 "
            "있는 돈이 거의 없다고 말했다.",
            "사서들은 이번 결정을 환영했지만 겨울이 오기 전에 지붕을 고쳐야 하고 난방 설비도 30년이 "
            "넘었다고 지적했다.",
        ),
        related="관련기사",
        teasers=("도서관 예산 두고 시의회 격론", "주민 500명 도서관 존치 서명 제출",
                 "시장 \"세수 증가로 예산 여유\""),
        cookie="이 웹사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 "
               "간주됩니다.",
        footer=("회사소개", "개인정보처리방침", "저작권자 © 강변일보 무단전재 및 재배포 금지"),
        expect=(("전체메뉴", Label.NAV), ("관련기사", Label.RELATED),
                ("이 웹사이트는 쿠키를", Label.COOKIE), ("개인정보처리방침", Label.FOOTER),
                ("저작권자 ©", Label.FOOTER)),
    ),
    "el": Page(
        menu=("Αρχική", "Ελλάδα", "Κόσμος", "Οικονομία", "Πολιτισμός", "Σύνδεση"),
        title="Το δημοτικό συμβούλιο κρατά ανοιχτή τη βιβλιοθήκη του ποταμού για έναν ακόμη χρόνο",
        byline="Γράφει η Μαρία Παπαδοπούλου",
        author="Μαρία Παπαδοπούλου",
        date_line="Τρίτη, 4 Μαρτίου 2025, 10:15",
        date=dt.date(2025, 3, 4),
        share="Κοινοποίηση Αντιγραφή συνδέσμου Εκτύπωση",
        prose=(
            "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα το βράδυ ότι η βιβλιοθήκη δίπλα στο "
            "ποτάμι θα μείνει ανοιχτή για έναν ακόμη χρόνο, μετά από μήνες συζητήσεων για τον "
            "προϋπολογισμό.",
            "Οι κάτοικοι συγκεντρώθηκαν έξω από το δημαρχείο με πανό και υπογραφές, γιατί για "
            "αυτούς είναι το μόνο ήσυχο μέρος της γειτονιάς όπου τα παιδιά μπορούν να διαβάσουν.",
            "Ο δήμαρχος είπε ότι τα οικονομικά του δήμου βελτιώθηκαν χάρη στα υψηλότερα έσοδα από "
            "φόρους και ότι το κλείσιμο του κτιρίου θα εξοικονομούσε πολύ λίγα χρήματα.",
            "Οι βιβλιοθηκονόμοι χαιρέτισαν την απόφαση, αλλά προειδοποίησαν ότι η στέγη πρέπει να "
            "επισκευαστεί πριν από τον χειμώνα και η θέρμανση είναι πάνω από τριάντα ετών.",
        ),
        related="Διαβάστε επίσης",
        teasers=("Νέα αντιπαράθεση για τον προϋπολογισμό της βιβλιοθήκης",
                 "Εκατοντάδες κάτοικοι υπέγραψαν για τη βιβλιοθήκη",
                 "Δήμαρχος: αυξήθηκαν φέτος τα φορολογικά έσοδα"),
        cookie="Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.",
        footer=("Επικοινωνία", "Πολιτική απορρήτου",
                "© 2025 Η Φωνή του Ποταμού. Με επιφύλαξη παντός δικαιώματος."),
        expect=(("Ελλάδα", Label.NAV), ("Διαβάστε επίσης", Label.RELATED),
                ("Αυτός ο ιστότοπος", Label.COOKIE), ("Πολιτική απορρήτου", Label.FOOTER),
                ("© 2025", Label.FOOTER)),
    ),
    "fi": Page(
        menu=("Etusivu", "Kotimaa", "Ulkomaat", "Talous", "Kulttuuri", "Kirjaudu"),
        title="Kaupunginvaltuusto pitää jokirannan kirjaston auki vielä vuoden",
        byline="Teksti: Aino Virtanen",
        author="Aino Virtanen",
        date_line="Julkaistu 4.3.2025 klo 10.15",
        date=dt.date(2025, 3, 4),
        share="Jaa Kopioi linkki Tulosta",
        prose=(
            "Kaupunginvaltuusto päätti maanantai-iltana, että jokirannan kirjasto pysyy auki "
            "ainakin vielä vuoden, kun budjetista oli kiistelty useiden kuukausien ajan.",
            "Asukkaat kokoontuivat kaupungintalon eteen kylttien ja adressin kanssa, koska heidän "
            "mukaansa kirjasto on alueen ainoa rauhallinen paikka, jossa lapset voivat opiskella.",
            "Pormestari kertoi, että talouden tilanne on parantunut suurempien verotulojen ansiosta "
            "ja että rakennuksen sulkeminen säästäisi vain vähän rahaa.",
            "Kirjastonhoitajat iloitsivat päätöksestä, mutta muistuttivat, että katto on "
            "korjattava ennen talvea ja lämmitysjärjestelmä on jo yli kolmekymmentä vuotta vanha.",
        ),
        related="Lue myös",
        teasers=("Kirjaston budjetista kiisteltiin jälleen valtuustossa",
                 "Sadat asukkaat allekirjoittivat adressin kirjaston puolesta",
                 "Pormestari: verotulot kasvoivat selvästi tänä vuonna"),
        cookie="Tämä sivusto käyttää evästeitä käyttökokemuksen parantamiseksi.",
        footer=("Yhteystiedot", "Tietosuojaseloste",
                "© 2025 Jokirannan Sanomat. Kaikki oikeudet pidätetään."),
        expect=(("Kotimaa", Label.NAV), ("Lue myös", Label.RELATED),
                ("Tämä sivusto käyttää", Label.COOKIE), ("Tietosuojaseloste", Label.FOOTER),
                ("© 2025", Label.FOOTER)),
    ),
    "hu": Page(
        menu=("Címlap", "Belföld", "Külföld", "Gazdaság", "Kultúra", "Bejelentkezés"),
        title="A városi közgyűlés még egy évig nyitva tartja a folyóparti könyvtárat",
        byline="Szerző: Kovács Eszter",
        author="Kovács Eszter",
        date_line="2025. március 4., kedd 10:15",
        date=dt.date(2025, 3, 4),
        share="Megosztás Link másolása Nyomtatás",
        prose=(
            "A városi közgyűlés hétfő este úgy döntött, hogy a folyóparti könyvtár legalább még "
            "egy évig nyitva marad, miután hónapokon át vitatkoztak a költségvetésről.",
            "A lakók transzparensekkel és aláírásokkal gyűltek össze a városháza előtt, mert "
            "szerintük ez az egyetlen csendes hely a környéken, ahol a gyerekek tanulhatnak.",
            "A polgármester azt mondta, hogy a magasabb adóbevételeknek köszönhetően javult a "
            "költségvetés helyzete, és az épület bezárásával alig lehetne pénzt megtakarítani.",
            "A könyvtárosok örültek a döntésnek, de figyelmeztettek, hogy a tetőt még a tél előtt "
            "meg kell javítani, a fűtési rendszer pedig már több mint harmincéves.",
        ),
        related="Kapcsolódó cikkek",
        teasers=("Újra vita volt a könyvtár költségvetéséről",
                 "Több száz lakó írta alá a könyvtár melletti petíciót",
                 "Polgármester: az adóbevételek idén jelentősen nőttek"),
        cookie="Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.",
        footer=("Impresszum", "Adatvédelmi tájékoztató",
                "© 2025 Folyóparti Hírek. Minden jog fenntartva."),
        expect=(("Belföld", Label.NAV), ("Kapcsolódó cikkek", Label.RELATED),
                ("Ez a weboldal sütiket", Label.COOKIE), ("Impresszum", Label.FOOTER),
                ("© 2025", Label.FOOTER)),
    ),
    "id": Page(
        menu=("Beranda", "Nasional", "Ekonomi", "Olahraga", "Masuk"),
        title="DPRD putuskan perpustakaan tepi sungai tetap buka setahun lagi",
        byline="Oleh Rina Kartika",
        author="Rina Kartika",
        date_line="Selasa, 4 Maret 2025 10:15 WIB",
        date=dt.date(2025, 3, 4),
        share="Bagikan Salin tautan Cetak",
        prose=(
            "Dewan kota memutuskan pada Senin malam bahwa perpustakaan di tepi sungai akan tetap "
            "dibuka setidaknya satu tahun lagi, setelah perdebatan panjang soal anggaran.",
            "Warga berkumpul di depan balai kota dengan spanduk dan petisi, karena menurut mereka "
            "perpustakaan itu adalah satu-satunya tempat tenang di kawasan tersebut untuk belajar.",
            "Wali kota mengatakan bahwa kondisi anggaran sudah membaik berkat penerimaan pajak yang "
            "lebih tinggi, dan menutup gedung itu hanya akan menghemat sedikit uang.",
            "Para pustakawan menyambut keputusan tersebut, namun mereka mengingatkan bahwa atap "
            "harus segera diperbaiki sebelum musim hujan dan pemanasnya sudah sangat tua.",
        ),
        related="Berita Terkait",
        teasers=("Anggaran perpustakaan jadi perdebatan di DPRD",
                 "Ratusan warga serahkan petisi ke balai kota",
                 "Wali kota sebut penerimaan pajak naik tajam"),
        cookie="Situs web ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
        footer=("Tentang Kami", "Pedoman Media Siber", "Kebijakan Privasi",
                "Hak Cipta © 2025 Kabar Tepi Sungai. Hak cipta dilindungi undang-undang."),
        expect=(("Beranda", Label.NAV), ("Berita Terkait", Label.RELATED),
                ("Situs web ini menggunakan", Label.COOKIE), ("Pedoman Media Siber", Label.FOOTER),
                ("Hak Cipta ©", Label.FOOTER)),
    ),
    "ro": Page(
        menu=("Acasă", "Actualitate", "Politică", "Economie", "Sport", "Autentificare"),
        title="Consiliul local ține deschisă biblioteca de pe malul râului încă un an",
        byline="Autor: Andreea Munteanu",
        author="Andreea Munteanu",
        date_line="Publicat: marți, 4 martie 2025, 10:15",
        date=dt.date(2025, 3, 4),
        share="Distribuie Trimite Copiază linkul",
        prose=(
            "Consiliul local a hotărât luni seară că biblioteca de pe malul râului va rămâne "
            "deschisă cel puțin încă un an, după mai multe luni de discuții despre buget.",
            "Locuitorii s-au adunat în fața primăriei cu pancarte și o petiție, pentru că "
            "biblioteca este singurul loc liniștit din cartier unde copiii pot învăța.",
            "Primarul a spus că situația bugetului s-a îmbunătățit datorită încasărilor mai mari "
            "din taxe și că închiderea clădirii ar fi adus economii foarte mici.",
            "Bibliotecarii au salutat decizia, dar au avertizat că acoperișul trebuie reparat "
            "înainte de iarnă, iar instalația de încălzire are peste treizeci de ani.",
        ),
        related="Citește și",
        teasers=("Bugetul bibliotecii, dezbătut din nou în consiliu",
                 "Sute de locuitori au semnat petiția pentru bibliotecă",
                 "Primarul: încasările din taxe au crescut anul acesta"),
        cookie="Acest site folosește cookie-uri pentru a-ți oferi o experiență mai bună.",
        footer=("Despre noi", "Politica de confidențialitate",
                "© 2025 Gazeta de pe Râu. Toate drepturile rezervate."),
        expect=(("Actualitate", Label.NAV), ("Citește și", Label.RELATED),
                ("Acest site folosește", Label.COOKIE),
                ("Politica de confidențialitate", Label.FOOTER), ("© 2025", Label.FOOTER)),
    ),
    "uk": Page(
        menu=("Головна", "Новини", "Економіка", "Суспільство", "Увійти"),
        title="Міська рада залишила бібліотеку над річкою відкритою ще на рік",
        byline="Автор: Олена Коваленко",
        author="Олена Коваленко",
        date_line="4 березня 2025, 10:15",
        date=dt.date(2025, 3, 4),
        share="Поділитися Копіювати посилання",
        prose=(
            "Міська рада в понеділок увечері вирішила, що бібліотека над річкою працюватиме "
            "щонайменше ще рік, після кількох місяців суперечок щодо бюджету.",
            "Мешканці зібралися біля будівлі ради з плакатами й петиціями, адже для них це єдине "
            "тихе місце в районі, де діти можуть спокійно вчитися.",
            "Міський голова пояснив, що бюджет покращився завдяки більшим податковим надходженням, "
            "і закриття будівлі зекономило б зовсім небагато грошей.",
            "Бібліотекарі привітали це рішення, але попередили, що дах треба відремонтувати ще до "
            "зими, а система опалення вже має понад тридцять років.",
        ),
        related="Читайте також",
        teasers=("Депутати знову посперечалися через бюджет бібліотеки",
                 "Сотні мешканців підписали петицію на захист читальні",
                 "Мер: податкові надходження зросли"),
        cookie="Ми використовуємо файли cookie, щоб сайт працював краще для вас.",
        footer=("Про нас", "Політика конфіденційності",
                "© 2025 Вісник над річкою. Усі права захищені."),
        expect=(("Головна", Label.NAV), ("Читайте також", Label.RELATED),
                ("Ми використовуємо файли", Label.COOKIE),
                ("Політика конфіденційності", Label.FOOTER), ("© 2025", Label.FOOTER)),
    ),
    "vi": Page(
        menu=("Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Đăng nhập"),
        title="Hội đồng thành phố giữ thư viện ven sông mở cửa thêm một năm",
        byline="Tác giả: Nguyễn Thu Hà",
        author="Nguyễn Thu Hà",
        date_line="Thứ ba, 4/3/2025, 10:15 (GMT+7)",
        date=dt.date(2025, 3, 4),
        share="Chia sẻ Zalo Sao chép liên kết",
        prose=(
            "Hội đồng thành phố đã quyết định vào tối thứ hai rằng thư viện ven sông sẽ tiếp tục "
            "mở cửa thêm ít nhất một năm nữa, sau nhiều tháng tranh luận về ngân sách.",
            "Người dân đã tập trung trước trụ sở với biểu ngữ và đơn kiến nghị, cho rằng đây là nơi "
            "yên tĩnh duy nhất trong khu vực để trẻ em có thể học bài.",
            "Ông thị trưởng nói rằng tình hình ngân sách đã cải thiện nhờ nguồn thu thuế cao hơn, "
            "và việc đóng cửa tòa nhà cũng không tiết kiệm được bao nhiêu tiền.",
            "Các thủ thư hoan nghênh quyết định này nhưng cho biết mái nhà cần được sửa trước mùa "
            "mưa, còn hệ thống sưởi đã hơn ba mươi năm tuổi.",
        ),
        related="Tin liên quan",
        teasers=("Ngân sách thư viện gây tranh cãi tại hội đồng",
                 "Hàng trăm người dân ký đơn giữ thư viện",
                 "Thị trưởng: thu thuế tăng mạnh trong năm nay"),
        cookie="Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
        footer=("Giới thiệu", "Điều khoản sử dụng", "Chính sách bảo mật",
                "Giấy phép số 123/GP-BTTTT. Bản quyền thuộc về Báo Ven Sông."),
        expect=(("Trang chủ", Label.NAV), ("Tin liên quan", Label.RELATED),
                ("Trang web này sử dụng", Label.COOKIE), ("Điều khoản sử dụng", Label.FOOTER),
                ("Giấy phép số", Label.FOOTER)),
    ),
}


def _line(article, start: str):
    hits = [r for r in article.lines if r.text.strip(" •").startswith(start)]
    assert hits, start
    return hits[0]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_page_in_a_new_language(lang: str) -> None:
    page = PAGES[lang]
    a = clean(page.text())
    assert a.language == lang
    for p in page.prose:
        assert p in a.paragraphs
    for start, label in page.expect:
        r = _line(a, start)
        assert r.label is label, (start, r.label, r.pass_name, r.evidence)
    share = _line(a, page.share)
    assert share.label is Label.SHARE, (share.label, share.evidence)
    for t in page.teasers:
        assert t not in a.text
    assert a.authors == (page.author,)
    assert a.published is not None
    published = a.published.date() if isinstance(a.published, dt.datetime) else a.published
    assert published == page.date
    assert _line(a, page.date_line).label is Label.DATE
    assert a.title == page.title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2025년 3월 4일 오후 3:15", dt.date(2025, 3, 4)),
        ("입력 2025.03.04 10:15 수정 2025.03.05 09:00", dt.date(2025, 3, 4)),
        ("2025. 3. 4.", dt.date(2025, 3, 4)),
        ("2025/03/04", dt.date(2025, 3, 4)),
        ("2025. március 4., kedd 10:15", dt.date(2025, 3, 4)),
        ("Frissítve: 2025. márc. 4. 10:15", dt.date(2025, 3, 4)),
        ("2025.03.04.", dt.date(2025, 3, 4)),
    ],
)
def test_year_first_dates(text: str, date: dt.date) -> None:
    from newsclean.lexicon import load
    from newsclean.passes.dateline import find_date

    found = find_date(text, load())
    assert found is not None and found[0] == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("4 martie 2025, 10:15", dt.date(2025, 3, 4)),
        ("Actualizat: 4 mar. 2025", dt.date(2025, 3, 4)),
        ("4. maaliskuuta 2025 klo 10.15", dt.date(2025, 3, 4)),
        ("Päivitetty 4.3.2025", dt.date(2025, 3, 4)),
        ("ti 4. maalisk. 2025", dt.date(2025, 3, 4)),
        ("Publikováno 4. 3. 2025 10:15", dt.date(2025, 3, 4)),
        ("Aktualizováno: 5. 3. 2025 9:00", dt.date(2025, 3, 5)),
        ("Publikováno: 4. března 2025, 10:15", dt.date(2025, 3, 4)),
        ("Vydané 4. 3. 2025", dt.date(2025, 3, 4)),
        ("Τρίτη, 4 Μαρτίου 2025", dt.date(2025, 3, 4)),
        ("ΤΡΙΤΗ 4 ΜΑΡΤΙΟΥ 2025", dt.date(2025, 3, 4)),
        ("4 Μαΐου 2025", dt.date(2025, 5, 4)),
        ("Ενημερώθηκε: 4 Απρ 2025 10:15", dt.date(2025, 4, 4)),
        ("Αύγουστος 2024, 12 Αυγούστου 2024", dt.date(2024, 8, 12)),
    ],
)
def test_day_first_dates_with_local_month_names(text: str, date: dt.date) -> None:
    from newsclean.lexicon import load
    from newsclean.passes.dateline import find_date

    found = find_date(text, load())
    assert found is not None and found[0] == date


def test_czech_publication_line_gives_the_date() -> None:
    a = clean("Zastupitelstvo nechá knihovnu u řeky otevřenou další rok\n"
              "Publikováno 4. 3. 2025 10:15\n")
    assert a.published == dt.datetime(2025, 3, 4, 10, 15)


@pytest.mark.parametrize("text", ["v2020.1.2", "4/ 3/ 2025", "Kapitola 4. 3 2025", "Version 2025.1.12.3", "2025.13.40",
                                  "https://example.org/2025/03/04/library-vote"])
def test_year_first_numbers_that_are_no_dates(text: str) -> None:
    from newsclean.lexicon import load
    from newsclean.passes.dateline import find_date

    assert find_date(text, load()) is None


@pytest.mark.parametrize(
    ("rest", "names"),
    [
        ("김서연 기자", ("김서연",)),
        ("김서연, 박지훈 기자", ("김서연", "박지훈")),
        ("강변 도서관 존치 결정, 주민들 환영의 뜻 밝혀", ()),
    ],
)
def test_korean_names_are_short_words(rest: str, names: tuple[str, ...]) -> None:
    # Hangul has no capitals: a Korean phrase must not pass for a line of names.
    from newsclean.lexicon import load
    from newsclean.passes.byline import parse_authors

    assert parse_authors(rest, load(), 4) == names


_KO_PROSE = ("시의회는 월요일 저녁 수개월 동안 이어진 예산 논쟁 끝에 강변 도서관을 적어도 1년 더 "
             "운영하기로 결정했다. 주민들은 시청 앞에 모여 현수막을 들고 도서관이 이 지역에서 "
             "아이들이 조용히 공부할 수 있는 유일한 장소라고 주장했다.")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("김서연 기자", ("김서연",)),
        ("김서연기자", ("김서연",)),
        ("김서연·박지훈 기자", ("김서연", "박지훈")),
        ("[서울=강변일보] 김서연 특파원 seoyeon@example.com", ("김서연",)),
        ("박지훈 논설위원", ("박지훈",)),
        ("글 김서연", ("김서연",)),
    ],
)
def test_korean_name_first_bylines(byline: str, names: tuple[str, ...]) -> None:
    # Korean bylines put the role after the name and need no prefix word.
    a = clean(f"시의회, 강변 도서관 1년 더 운영하기로 결정\n{byline}\n{_KO_PROSE}\n")
    assert a.authors == names
    assert a.lines[1].label is Label.BYLINE


@pytest.mark.parametrize("line", ["정치부 기자회견", "글 잘 쓰는 법", "대통령 기자회견 열려"])
def test_korean_lines_that_are_no_bylines(line: str) -> None:
    a = clean(f"시의회, 강변 도서관 1년 더 운영하기로 결정\n{line}\n{_KO_PROSE}\n")
    assert a.authors == ()
    assert a.lines[1].label is not Label.BYLINE
