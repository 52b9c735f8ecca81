"""``byline.parse_authors``: how names are split, per writing system."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.lexicon import load
from newsclean.model import Label
from newsclean.passes.byline import parse_authors

ZH_PROSE = (
    "清河至云岭高速铁路今天上午全线贯通，标志着这条连接两座城市的重要通道进入联调联试阶段。",
    "建设单位介绍，线路全长二百八十六公里，共设十个车站，其中新建车站八座，改建车站两座。",
    "沿线群众对高铁开通充满期待，不少人表示今后回老家探亲将更加方便，出行时间将大大缩短。",
)


@pytest.mark.parametrize(("text", "names"), [
    ("陈晓雯 刘振华", ("陈晓雯", "刘振华")),  # Chinese: one name per word
    ("王芳 李明 张伟", ("王芳", "李明", "张伟")),
    ("山田 太郎", ("山田 太郎",)),  # Japanese: family name, space, given name
    ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
])
def test_names_split_per_writing_system(text: str, names: tuple[str, ...]) -> None:
    assert parse_authors(text, load(), 5) == names


def test_chinese_reporters_after_the_date_and_source() -> None:
    line = "2025-09-16 14:05 来源：江南日报 记者 陈晓雯 刘振华"
    text = "\n".join(["首页", "国内", "国际", "", "清河至云岭高铁全线贯通 明年六月开通运营", "",
                      line, "", *[p + "\n" for p in ZH_PROSE], "版权所有 江南日报"]) + "\n"
    a = clean(text)
    assert a.authors == ("陈晓雯", "刘振华")
    assert a.published is not None and a.published.isoformat()[:10] == "2025-09-16"
    r = next(x for x in a.lines if x.text == line)
    assert (r.label, r.pass_name) == (Label.BYLINE, "metadata")


JA_PROSE = (
    "青葉町の町立図書館は来月から、平日の開館時間を午後8時まで延長すると発表した。",
    "町によると、仕事帰りの利用者から要望が多く寄せられていたという。延長に合わせて職員を2人増やす。",
    "図書館の担当者は「学生や働く人にもっと気軽に来てほしい」と話している。",
)
KO_PROSE = (
    "청솔시는 다음 달부터 시립도서관의 평일 운영 시간을 오후 9시까지 연장한다고 밝혔다.",
    "시에 따르면 퇴근 후 도서관을 이용하려는 시민들의 요청이 꾸준히 이어졌다고 한다.",
    "도서관 관계자는 학생과 직장인 모두 더 편하게 이용할 수 있을 것이라고 말했다.",
)


@pytest.mark.parametrize(("prose", "head", "sign", "names"), [
    (JA_PROSE, "町立図書館、開館時間を延長へ", "（記者 山口花子）", ("山口花子",)),
    (ZH_PROSE, "清河至云岭高铁全线贯通", "（记者 王芳 通讯员 李明）", ("王芳",)),
    (KO_PROSE, "청솔시립도서관, 평일 운영 시간 연장", "(김서연 기자)", ("김서연",)),
])
def test_bracketed_byline_closing_the_story_names_the_author(prose, head, sign, names) -> None:
    # Papers in Japanese, Chinese and Korean sign the story at its end, in brackets.
    # (blank lines between paragraphs set the signature well below the article's top)
    text = "\n".join([head, "", *[p + "\n" * 6 for p in prose], sign, "", "Copyright © Aoba"])
    a = clean(text)
    r = next(x for x in a.lines if x.text == sign)
    assert r.label is Label.BYLINE, (r.label, r.evidence)
    assert a.authors == names
    assert a.paragraphs[-1] == prose[-1]  # the article ends above its signature


def test_bracketed_remark_in_latin_script_is_no_byline() -> None:
    paras = ("The council voted on Monday to keep the riverside library open for at "
             "least another year, officials said after the meeting.",
             "Residents had collected more than two thousand signatures in support of "
             "the library, which opened in 1962.")
    text = "\n\n".join(["Council keeps library open", *paras, "(By the river, 2025)"]) + "\n"
    a = clean(text)
    assert a.authors == ()
