"""Shapes of news text shared by the reading modules: sentence stops, datelines, byline roles.

These follow how Chinese newspapers are typeset, not any particular page:

>>> bool(DATELINE.match("本报北京１月２２日讯记者颜世贵报道："))
True
>>> bool(DATELINE.match("新华社曼谷１月２１日电（记者熊平）"))
True
>>> ends_sentence("…以不断提升"), ends_sentence("…也是一种传承。”")
(False, True)
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Character class body of Han characters (BMP blocks), for building patterns."""

#: A web page's credit label and its colon (编辑：, 审核：, 文字：, 图片：, 责任编辑：, 作者：): the line or
#: the name after it says who did that work for the page (reading/blocks, extraction/persons). The words
#: alone are CREDIT_WORDS, for patterns that add labels of their own (reading/repair: SLASH_CREDIT).
CREDIT_WORDS = r"责任编辑|编辑|审核|审校|校对|终审|文字|文|图片|图|摄影|摄像|视频|排版|作者"
CREDIT_LABEL = rf"(?:{CREDIT_WORDS})[：:]"
#: the credit labels a page may print with a space for their colon (文/图 某单位 某某): a slash is in no
#: word of running text, so the label alone says what follows
SLASH_CREDIT = r"文/图|图/文"
#: the time of a web page's post after its date (18:30, 09:30:15; reading/repair, reading/bylines)
POST_TIME = r"[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?"
#: the date a web page prints bare before its fields (2026-12-16 09:40　来源：…, 2026年12月16日 09:40:15　来源：…,
#: 2026/12/16　作者：…)
_POST_DATE = (r"(?:[0-9０-９]{4}[-/.][0-9０-９]{1,2}[-/.][0-9０-９]{1,2}|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)"
              rf"(?:\s*{POST_TIME})?[\s\u3000]+")
#: a web page's line of facts about one post (发布时间：… 来源：… 作者：…), printed under or above its headline
#: (use ``match``); a byline may be one of its fields
FIELD_LINE = re.compile(rf"(?:{_POST_DATE})?(?:发布时间|发布日期|发表时间|来源|稿源)\s*[：:]|{_POST_DATE}作者\s*[：:]")

#: a sub-title under a headline, opened by a dash (——记某某劳模创新工作室): a line of its own
SUBTITLE_LINE = re.compile(r"(?:——|—{1}|－－|--)\S")

#: Characters that end a sentence; a paragraph ending in one of them is complete.
STOPS = "。！？!?；;…⋯：:．."
#: Closing quotes and brackets that may follow a stop and still belong to its sentence.
CLOSERS = "”’」』）)】》〕\"'"
#: What a paragraph may end with and count as finished (the stops, or a closing mark).
FINAL = STOPS + CLOSERS

# Traditional forms of the characters in these patterns, so Big5 (traditional) pages read too.
_TRADITIONAL = str.maketrans(
    {
        "报": "[报報]", "讯": "[讯訊]", "电": "[电電]", "记": "[记記]", "员": "[员員]",
        "华": "[华華]", "网": "[网網]", "台": "[台臺]", "导": "[导導]", "摄": "[摄攝]",
        "约": "[约約]", "见": "[见見]", "习": "[习習]", "驻": "[驻駐]", "国": "[国國]",
        "闻": "[闻聞]", "联": "[联聯]", "众": "[众眾]", "杂": "[杂雜]", "际": "[际際]",
        "视": "[视視]", "广": "[广廣]", "条": "[条條]", "节": "[节節]", "志": "[志誌]",
    }
)


def both_scripts(literal: str) -> str:
    """A regex source matching ``literal`` (itself regex source, no classes) in either script.

    >>> bool(re.fullmatch(both_scripts("本报记者"), "本報記者"))
    True
    """
    return literal.translate(_TRADITIONAL)


_NUM = r"[0-9０-９一二三四五六七八九十〇零两兩]"
_DATE = rf"(?:{_NUM}{{2,4}}年)?(?:{_NUM}{{1,2}}月)?{_NUM}{{1,3}}日"
_AGENCY = both_scripts(
    r"新华社|中新社|中国新闻社|新华网|中新网|人民网|央视网|央广网|中工网|光明网|中国网|"
    r"法新社|路透社|美联社|共同社|塔斯社|俄新社|合众国际社|德新社|埃菲社|安莎社"
)
#: the byline roles: reporters (记者, and interns: 实习生 beside them) and correspondents (通讯员)
_ROLE_WORD = both_scripts("记者|通讯员|实习生")
_SENT = both_scripts("讯|电")
_OUTLET = both_scripts("社|网|报|台")
_PLACE = rf"[{HAN}]{{0,8}}?(?:[（(][{HAN}]{{1,8}}[）)])?"
DATELINE = re.compile(
    rf"[【\[]?据?(?:"
    rf"(?:{both_scripts('本报|本刊|本台|本网')})(?!{_ROLE_WORD}){_PLACE}(?:{_DATE})?(?:{_SENT})"
    rf"|(?:{_AGENCY})(?!{_ROLE_WORD}){_PLACE}(?:{_DATE})?(?:{_SENT}|消息)"
    rf"|[{HAN}]{{2,10}}?(?:{_OUTLET}){_PLACE}{_DATE}(?:{_SENT})"
    rf")[】\]]?"
)
"""A dateline at the start of a paragraph: ``本报讯``, ``本报北京１月２２日讯``, ``新华社曼谷１月２１日电``."""

ROLE_PREFIX = (
    rf"(?:(?:{both_scripts('本报|本刊|本台|本网|本社')}|{_AGENCY}|《[^》\n]{{1,16}}》"
    rf"|[{HAN}]{{1,10}}(?:{both_scripts('社|报|台|网|刊|杂志|中心')}))"
    rf"(?:{both_scripts('驻')}[{HAN}]{{1,6}})?)?(?:{both_scripts('特约|首席|见习|实习|特派|驻站')})?"
)
ROLE = re.compile(rf"({ROLE_PREFIX})({_ROLE_WORD})")
"""A byline role with an optional outlet prefix: ``记者``, ``本报记者``, ``新华社记者``, ``特约通讯员``."""

#: a picture caption's credit closing its paragraph after a space: …送上饺子。　本报记者 某某 摄
#: (group 1: the credit, read by bylines; the paragraph is complete, see repair)
CAPTION_CREDIT = re.compile(rf"(?<=[。！？!?”][ \u3000])[ \u3000]*({ROLE.pattern}[^\n。，,；;]{{1,24}}?(?:摄影报道|摄影|摄|攝))\s*$")

def role_of(word: str) -> str:
    """The byline role a role word names: 记者 (and an intern, 实习生) → ``reporter``, 通讯员 →
    ``correspondent``."""
    return "correspondent" if word.endswith(("通讯员", "通訊員")) else "reporter"

NAME_SEPARATORS = " \u3000\t、，,"

BYLINE_LINE = re.compile(
    rf"[（(]?{ROLE_PREFIX}(?:{_ROLE_WORD})[{HAN}{NAME_SEPARATORS}·]{{1,60}}?[{HAN}]"
    rf"(?:{both_scripts('报道|报导|摄')})?[）)]?[：:]?"
)
"""A paragraph that is only a byline (use ``fullmatch``): ``本报记者 朱剑红``, ``记者张三 通讯员李四``."""

SUBHEAD = re.compile(
    rf"(?:[-*+]\s|\d{{1,2}}[.、．)）](?!\d)|[一二三四五六七八九十]{{1,3}}[、．.]"
    rf"|[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[■●◆▲★☆※□◇△○◎►▶]|第[一二三四五六七八九十\d]{{1,3}}(?:章|{both_scripts('节|部分|条')}))"
)
"""A list item or numbered section head at the start of a line: ``一、``, ``（二）``, ``■``."""

#: Longest line that may be a headline or a kicker.
MAX_HEADLINE = 40

_SENTENCE_INSIDE = re.compile("[。；;]")  # headlines use spaces and commas, never full stops
_BRACKETED = re.compile(r"[（(【\[][^\n]*[）)】\]]")
_TRAILING_CLOSERS = re.compile(f"[{re.escape(CLOSERS)}\\s]+$")


def ends_sentence(text: str) -> bool:
    """Whether a paragraph ends with sentence-final punctuation (a closing mark counts)."""
    text = text.rstrip()
    return bool(text) and text[-1] in FINAL


def ends_with_stop(text: str) -> bool:
    """Whether ``text`` ends with a stop, possibly followed by closing marks (``…传承。”``)."""
    text = _TRAILING_CLOSERS.sub("", text)
    return bool(text) and text[-1] in STOPS


def is_headline_shaped(text: str) -> bool:
    """A line that may be a headline or kicker: short, no full stop, not a byline or bracketed note.

    >>> is_headline_shaped("新春走基层"), is_headline_shaped("测量血压、讲解健康知识。（陈芳）")
    (True, False)
    """
    text = text.strip()
    return (
        0 < len(text) <= MAX_HEADLINE
        and not ends_with_stop(text)
        and not _SENTENCE_INSIDE.search(text)
        and not BYLINE_LINE.fullmatch(text)
        and not _BRACKETED.fullmatch(text)
    )
