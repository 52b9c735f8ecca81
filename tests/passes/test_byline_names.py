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
