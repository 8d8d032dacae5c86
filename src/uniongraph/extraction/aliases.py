"""Aliases and references: which mentions name the same entity, each decision with its reason.

Resolutions, in order (each sets ``Mention.canonical`` and ``Mention.resolution``):

1. ``declared-abbreviation`` — ``杭州钱塘建设集团有限公司（以下简称“钱塘集团”）``: every later 钱塘集团
   of the article is the company.
2. ``regional-short-form`` — 市总工会 in a Beijing paper is 北京市总工会: the region comes from the
   document (the place its names mention most) or the ``region`` option.
3. ``partial-name`` — a short form of a full name in the same article (救援服务队 →
   西湖区救援服务队, 高新区总工会 → 滨江高新区总工会, 夏送清凉活动 → 夏送清凉系列活动).
4. ``anaphora`` — 该学院, 该集团工会: the nearest preceding mention with the same head. Anaphors are
   not aliases (they are resolved, not listed).

Reference-only mentions (集团工会 with no full name to point to, 区总工会 when the district is
not known) and descriptive ones (志愿服务队 alone) are dropped when nothing resolves them.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import ORG_TYPES, Article, Mention, Sentence
from ..reading.source_fields import is_credit_line
from ..reading.patterns import BYLINE_LINE
from .bank_short_forms import resolve_bank_short_forms
from .body_pronouns import SENTENCE_END, anaphor_of, reach_start, resolve_body_pronouns, two_in_reach
from .main_body import main_body, one_body_of_kind, resolve_main_body_kinds
from .enterprise_units import PROJECT_HEAD
from .events import LAUNCH_HEADS, in_headlines, organisers_before
from .group_forms import resolve_group_bracket_forms
from .inference import DELEGATION_NAME_HEADS
from .item_tags import item_tag_at
from .lexicon import PLACE_LEVEL_KINDS, Lexicons, committee_kind_endings, derived, load_lexicons, scope_words, word_lengths
from .names import CONTEST_STAGES, clean_name, DIVISION_LEVEL_CHARS, REGION_LEVELS, has_proper_word, org_head
from .orgs import REGISTERED_COMPANY, REGISTERED_FORM, WORKS_HEAD, a_word_for_a_kind
from .overlaps import Priority, span_reach
from .places import FEATURE_FINAL, TOWN_LEVELS, gazetteer_form, place_level
from .tokens import Token, TokenIndex, is_word, word_frequency
from .trade_names import COMPANY_FORM, trade_name

_DECLARED = re.compile(r"[（(](?:以下)?(?:简称|下称)[：:]?[“\"]?([^”\"）)，,]{2,16})[”\"]?[）)]")
_ANAPHOR = re.compile(r"该|这家|这个|这所")  # 该公司, 这家企业, 这个厂, 这所学校
_ANAPHOR_HEADS = ("集团工会", "联合工会", "工会", "工作室", "学院", "集团", "公司", "中心", "协会", "企业", "单位", "服务队", "医院", "学校", "大学",
                  "委员会", "局", "工厂", "厂", "银行", "矿", "校", "院", "所", "行", "店", "馆", "社", "站")
#: one-character heads that, after the pointing word, begin another word instead (该行业, 该所有, 该社区,
#: 这个站点) or the body's union (该校工会): not the body itself
_NOT_A_HEAD = re.compile(r"行(?:业|为|动|使|政|程|驶|列|李|贿|走|人|事|情|径)|所(?:有|以|谓|在|属|得|需|作|说|述)"
                         r"|社(?:会|区|团|员)|站(?:点|台|岗)|店(?:铺|面)|校(?:园|友|外|内)|院(?:子|落|校)|矿(?:产|石|区|藏)"
                         r"|[矿校院所行店馆社站]工会"  # (该校工会主席: a post in the body's union, not in the body)
                         r"|[矿校院所行店馆社站]长(?![期久远达年足效])|院士|矿工(?![人友程作资龄会])")  # (该院士工作站, 该矿工友, 该校长: a person's word)
#: a reference word that names a kind, and the endings of the names it may refer back to (该企业 is
#: the 公司, 集团 or 厂 just named; 工厂 any 厂; 集团 a group's legal name, 某集团有限公司); other heads
#: refer to a name ending in themselves
_KIND_ENDINGS = {"企业": ("公司", "集团", "厂", "企业"), "工厂": ("厂",), "厂": ("厂",),
                 "校": ("学校", "中学", "小学", "大学", "学院", "校"),
                 "集团": ("集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司", "集团公司")}
_LIST_SEP = set("、和与及")


def _group(t: str) -> str:
    return "org" if t in ORG_TYPES else t


#: how much a mention says about where a story happens (a dateline most; a company named from
#: elsewhere least: a Weifang story that mentions a Shanghai supplier is still a Weifang story)
_REGION_WEIGHTS = {"dateline": 4, "Federation": 2, "TradeUnion": 2, "Organization": 2, "Place": 1,
                   "ServiceTeam": 1}  # (not a company: its name says where it began, not where the story is)
_DATELINE_PLACE = re.compile(
    r"^(?:[【\[]?据)?(?:本报|本刊|本台|本网|新华社|中新社|中国新闻社)([\u4e00-\u9fff]{2,6}?)"
    r"(?:[0-9０-９一二三四五六七八九十〇]|[讯电])")


def detect_region(articles: list[Article], lex: Lexicons | None = None) -> str | None:
    """Where the story happens: the province- or prefecture-level place that its datelines, its
    federations, bodies and places point to most (北京市 for a Beijing paper), or None when no place
    leads: a wrong region is worse than none (short forms then stay as written, named per article)."""
    lex = lex or load_lexicons()
    counts: Counter[str] = Counter()

    def count(form: str, weight: int) -> None:
        home = _home_of(form, lex)
        if home:
            counts[home] += weight

    for art in articles:
        body = art.text[art.body_start:].lstrip()
        dateline = _DATELINE_PLACE.match(body)
        if dateline:
            count(dateline.group(1), _REGION_WEIGHTS["dateline"])
        for m in art.mentions:
            weight = _REGION_WEIGHTS.get(m.type, 0)
            if weight:
                count(m.name, weight)
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # two regions as likely: guessing would be worse than none
    return ranked[0][0]


#: how many characters of an article's title name the article in a scoped name
_SCOPE_TITLE = 16


#: the article part :func:`article_scoped` adds to a name: （《title》，where it stands） or （《title》）
_SCOPE = re.compile(r"（《[^《》（）]*》(?:，[^（）]*)?）$")
#: the title of an article without one, in a scoped name
_UNTITLED = "无题"
#: marks a title loses inside a scope: its own brackets and title marks would end the scope early
_TITLE_MARKS = str.maketrans("", "", "（）()《》")


def unscoped(name: str) -> str:
    """The written form of a name :func:`article_scoped` made (the name itself otherwise).

    >>> unscoped("县委（《多形式开展再就业工程》，1998-01-05第2版）"), unscoped("北京市总工会")
    ('县委', '北京市总工会')
    """
    return _SCOPE.sub("", name)


def _title_start(title: str) -> str:
    """A title cut to :data:`_SCOPE_TITLE` characters at the end of a word, so that no name is
    cut inside (…在沪成立|吴邦国…, not …成立吴), marked by an ellipsis when cut."""
    if len(title) <= _SCOPE_TITLE:
        return title
    ends = [t.end for t in TokenIndex(title[: _SCOPE_TITLE + 8]).tokens if t.end <= _SCOPE_TITLE]
    return title[: max(ends, default=_SCOPE_TITLE)] + "…"


def _issue(article: Article) -> str:
    """Where the article stands, as a reader finds it: the date and page its record gives
    (1998-01-05第2版), else its source file's name and folder (union-dev16/page-10.md), with its place
    in the file when the file holds several (…/page-10.md第2篇)."""
    meta = article.metadata or {}
    date, page = str(meta.get("date") or ""), meta.get("page")
    if date:
        return date + (f"第{page}版" if isinstance(page, int) or isinstance(page, str) and page.isdigit() else "")
    # (the file and its folder: page-10.md alone repeats across sets and sites)
    name = "/".join(article.source.replace("\\", "/").rstrip("/").split("/")[-2:])
    return name + (f"第{article.index + 1}篇" if article.index else "")


def article_scoped(name: str, article: Article) -> str:
    """The name of a body only this article can tell, as a reader can tell it: the written short
    form, then the article in full-width brackets, by the start of its title in title marks (无题,
    untitled, without one: its text would put other names into the label) and where it stands (:func:`_issue`): titles repeat across pages and
    days (工会工作动态, 图片新闻), so the title alone would join two pages' bodies into one. No id:
    the name is the entity's label, which a reader must be able to read.

    >>> from uniongraph.model import Article
    >>> article_scoped("县委", Article(id="article/35a6108ff83b-0", source="pages/p.md", index=0, title="多形式开展再就业工程", text=""))
    '县委（《多形式开展再就业工程》，pages/p.md）'
    >>> article_scoped("乡政府", Article(id="article/a3e7babb5c4e-0", source="c.jsonl", index=9, title="图片新闻（附图片１张）",
    ...                                   text="", metadata={"date": "1998-01-05", "page": 2}))
    '乡政府（《图片新闻附图片１张》，1998-01-05第2版）'
    """
    title = _title_start(" ".join(article.title.translate(_TITLE_MARKS).split())) or _UNTITLED
    issue = _issue(article).translate(_TITLE_MARKS)
    return f"{name}（《{title}》，{issue}）" if issue else f"{name}（《{title}》）"


#: a contest's stage ending an event's name (…技能大赛决赛): the contest written alone is that event
_CONTEST_STAGE = re.compile("(?:" + "|".join(CONTEST_STAGES) + ")$")
#: the ceremonies that open or close an event: parts of it, not events of their own
_OPENINGS = frozenset({"开幕式", "闭幕式", "开幕典礼", "闭幕典礼"})


def _event_reported(article: Article) -> Mention | None:
    """The event the article reports on, named in it: its first named event (body first, then
    headline), as the relation patterns take it; not a ceremony named by its kind alone."""
    events = [m for m in article.mentions if m.type == "Event" and not m.congress and not m.reference]
    body = [m for m in events if m.start >= article.body_start]
    return (body or events or [None])[0]


def _set(m: Mention, canonical: str, reason: str) -> None:
    if canonical != m.name:
        m.canonical = canonical
        m.resolution = reason


def _declared(article: Article, lex: Lexicons) -> None:
    text = article.text
    for d in _DECLARED.finditer(text) if "简称" in text or "下称" in text else ():  # (every match holds one)
        for full, abbr in _declared_pairs(article, d):
            _declare(article, full, abbr)
        article.mentions.sort(key=lambda m: (m.start, m.end))


def _declared_pairs(article: Article, d: re.Match[str]) -> list[tuple[Mention, str]]:
    """The full names and their declared short forms: one, or a list paired in order
    (甲农业科学院、乙农业大学（简称甲农科院、乙农大）); a list that does not pair up declares nothing."""
    abbrs = [a.strip("“”\"") for a in d.group(1).split("、")]
    if not all(len(a) >= 2 for a in abbrs):
        return []
    fulls: list[Mention] = []
    end = d.start()
    for _ in abbrs:
        full = next((m for m in article.mentions if m.end == end and m.type != "Person"), None)
        if full is None:
            return []
        fulls.insert(0, full)
        end = full.start - 1
        if len(fulls) < len(abbrs) and (end < 0 or article.text[end] != "、"):
            return []
    return list(zip(fulls, abbrs))


def _declare(article: Article, full: Mention, abbr: str) -> None:
    text = article.text
    for occ in re.finditer(re.escape(abbr), text):
        s, e = occ.start(), occ.end()
        same = next((m for m in article.mentions if m.start == s and m.end == e), None)
        if same is not None:
            same.type = full.type
            _set(same, full.key, "declared-abbreviation")
            continue
        inside = [m for m in article.mentions if not (e <= m.start or m.end <= s)]
        if any(m.start < s or m.end > e for m in inside):
            continue  # a longer name runs across it
        if inside:  # 南岭|精工 read as the place 南岭: the declared short form is the name here
            article.mentions = [m for m in article.mentions if m not in inside]
        new = Mention(s, e, abbr, full.type, abbr, "declared-abbreviation", priority=Priority.DECLARED_ABBREVIATION)
        _set(new, full.key, "declared-abbreviation")
        article.mentions.append(new)


def _section_regions(article: Article) -> list[tuple[int, str]]:
    """``(offset, region)`` of each paragraph that opens with a dateline naming a known place."""
    lex = load_lexicons()
    out = []
    for para in re.finditer(r"[^\n]+", article.text):
        dateline = _DATELINE_PLACE.match(para.group().lstrip())
        if dateline:
            region = _home_of(dateline.group(1), lex)
            if region:
                out.append((para.start(), region))
    return out


def _home_of(form: str, lex: Lexicons) -> str | None:
    """The province- or prefecture-level place a place name opening ``form`` lies in."""
    for n in range(min(6, len(form)), 1, -1):
        full = form[:n] if form[:n] in lex.places else (lex.place_aliases.get(form[:n]) or [None])[0]
        if full and full != form[:n] and n < len(form) and lex.places.get(full) is not None \
                and lex.places[full].level == "county":
            continue  # (东湖|公园: a county's short form opening a longer name is a lake's, a hill's as often;
            # it points to no region: a wrong region is worse than none)
        if full:
            for cand in [full, *lex.ancestors(full)]:
                div = lex.places.get(cand)
                if div and div.level in ("province", "prefecture"):
                    return cand
            return None
    return None


def _at_level(region: str | None, level: str) -> str | None:
    """The home region, or the place enclosing it, whose name ends in ``level`` (省, 市, 县, 区)."""
    if not region:
        return None
    lex = load_lexicons()
    return next((p for p in [region, *lex.ancestors(region)] if p.endswith(level)), None)


def _story_place(article: Article, region: str | None, level: str) -> str | None:
    """The county-level place of ``level`` a story is about, for a short form of that level: a
    青州 story's 市总工会 is 青州市总工会, a 奎文区 story's 区总工会 is 奎文区总工会. Only where the
    story says so plainly: the place is named in the headline or the lead sentence, no other of
    its level is named anywhere in the article, it lies in the home region (if one is known),
    and for 市 the prefecture is named nowhere (a 潍坊 story whose prize list names 寿光市代表队
    keeps 市 for 潍坊市). Otherwise None: a wrong reading is worse than none."""
    if level not in ("市", "区", "县"):
        return None
    lex = load_lexicons()
    text = article.text
    if level == "市" and region and (region in text or region[:-1] in text):
        return None
    # the lead: the first sentence of the body that is not a line of credits (文字：某某　图片：某某)
    lead_end = next((s.end for s in article.sentences if s.end > article.body_start
                     and not is_credit_line(text[s.start:s.end].strip())), len(text))
    found: dict[str, int] = {}  # place -> where it is first named
    for m in article.mentions:
        if m.type == "Place":
            form = m.place or m.name
        elif m.type in ORG_TYPES or m.type == "Event":
            form = next((m.name[:n] for n in range(min(6, len(m.name) - 1), 2, -1)
                         if m.name[:n] in lex.places), "") if not m.region_short else ""
        else:
            continue
        place = lex.places.get(form)
        if place is not None and form.endswith(level) and place.level == "county" \
                and (region in lex.ancestors(form) if region else level != "市"):
            found[form] = min(found.get(form, m.start), m.start)
    if len(found) != 1:
        return None
    (form, first), = found.items()
    return form if first < lead_end else None


#: the levels a short form may open with, longest first (自治区政协 before 区)
_LEVEL_WORDS = tuple(sorted(REGION_LEVELS, key=lambda w: (-len(w), w)))


def _regional(article: Article, region: str | None, known: frozenset[str] = frozenset()) -> None:
    """市总工会 -> the region's 北京市总工会; 县总工会 -> the one 安吉县总工会 the document names."""
    sections = _section_regions(article)
    for i, m in enumerate(article.mentions):
        if not m.region_short or m.canonical is not None:
            continue
        # a report in parts from several provinces (安徽 … 本报合肥电; 山东 … 本报济南电): the part's own
        region = next((r for start, r in reversed(sections) if start <= m.start), region)
        level = next((lv for lv in _LEVEL_WORDS if m.name.startswith(lv)), m.name[0])
        rest = m.name[len(level):]
        written = _place_run_into(article, m, level)
        if written:  # 路桥区委, the recogniser reading 路桥 as a word: the district written right before
            _set(m, written + rest, "place-written-before-short-form")
            continue
        paired = _place_of_paired_body(article, i, level)
        if paired:  # 天津市塘沽区委、区政府: the district just named
            _set(m, paired + rest, "regional-short-form")
            continue
        headed = _item_place(article, m.start, level) if "【" in article.text else None
        own = _named_earlier_in_sentence(article, i, sorted(
            n for n in known if n.endswith(m.name) and len(n) > len(m.name) and not n.startswith(headed))) if headed else []
        if len(own) == 1:  # 【武安】…邯郸市总工会召开全委会，市总工会主席某: the body its own sentence names wins
            _set(m, own[0], "regional-short-form")
            continue
        if headed:  # 【涉县】…县总工会: a digest's item is tagged with the place it is from
            _set(m, headed + rest, "place-heading-its-paragraph")
            continue
        # (not 共青团名山区委 for 区委: the league's committee of the district is no party committee)
        others = tuple(load_lexicons().words.get("other_committee_owners", ()))
        named = sorted(n for n in known if n.endswith(m.name) and len(n) > len(m.name) and n[: -len(rest)].endswith(level)
                       and not n.startswith(others))
        home = _story_place(article, region, level) or _at_level(region, level)
        if len(named) > 1:  # 宣威市总工会在某公司授牌，市总工会主席某: the one its own sentence named just before
            named = _named_earlier_in_sentence(article, i, named)
        if len(named) == 1 and "【" in article.text and _item_of_another_place(article, m, named[0], level):
            continue  # 【涉县】…县总工会主席某某: not the 磁县总工会 another item of the digest names
        if len(named) == 1:  # (as that body is named in this article: 宾川县金牛镇总工会 may be 金牛镇总工会)
            owner = next((o for o in article.mentions if o.name == named[0] and o.type == m.type), None)
            _set(m, owner.key if owner is not None else named[0], "regional-short-form")
        elif home and not (level == "市" and _another_city_in_sentence(article, m, home)):
            _set(m, home + rest, "regional-short-form")  # 省委 in a Harbin story: 黑龙江省委


def _level_of(name: str) -> str:
    """The level word a regional short form opens with (县 of 县总工会, 自治区 of 自治区总工会)."""
    return next((lv for lv in _LEVEL_WORDS if name.startswith(lv)), name[0])


def _item_of_another_place(article: Article, m: Mention, named: str, level: str) -> bool:
    """Whether ``m`` stands in a digest item tagged with a place of ``level`` (【涉县】 for 县总工会,
    【武安】 → 武安市 for 市总工会) that the body ``named`` elsewhere in the article is not of: a short
    form of that item's own body. A tag of another level says nothing of it (【磁县】…市总工会: the
    county's city)."""
    place = item_tag_at(article, m.start)
    if place is None:
        return False
    full = gazetteer_form(place, load_lexicons()) or place
    return (place.endswith(level) or full.endswith(level)) and not named.startswith(place)


def _item_place(article: Article, at: int, level: str) -> str | None:
    """The place of ``level`` that tags the digest item holding ``at`` (【涉县】; 【武安】 → 武安市: the
    gazetteer's form), else None."""
    form = item_tag_at(article, at)
    full = gazetteer_form(form, load_lexicons()) if form is not None else None
    return full if full is not None and full.endswith(level) and len(full) > len(level) else None


#: a city written at the front of a body's or an event's name (南岭市第二届职工乒乓球赛)
_CITY_OPENING = re.compile(r"[\u4e00-\u9fff]{2,3}市")


def _sentence_holding(article: Article, m: Mention) -> Sentence | None:
    """The sentence ``m`` starts in (None when it starts in none)."""
    return next((s for s in article.sentences if s.start <= m.start < s.end), None)


def _another_city_in_sentence(article: Article, m: Mention, home: str) -> bool:
    """Whether the sentence of the short form ``m`` (市职工文体中心) writes a city other than ``home``
    (由甘州区总工会承办的南岭市第二届…赛在市职工文体中心: its 市 is 南岭市, not the district's 张掖市)
    and not ``home`` itself: then no reading is surer than none."""
    sent = _sentence_holding(article, m)
    if sent is None:
        return False
    lex = load_lexicons()
    other = False
    for o in article.mentions:
        if o is m or not sent.start <= o.start < sent.end:
            continue
        if o.type == "Place":
            city = (o.place or o.name) if (o.place or o.name).endswith("市") else None
        elif o.type in ORG_TYPES or o.type == "Event":
            opening = _CITY_OPENING.match(o.name)
            city = opening.group() if opening else None
        else:
            continue
        if city == home:
            return False  # (九江市人大常委会副主任、市总工会主席某某，黄冈市总工会…: home written too)
        if city and not home.startswith(city[:-1]) and home not in lex.ancestors(city):
            other = True  # (not a county-level city inside home: 青岛市…奔赴平度市)
    return other


def _place_run_into(article: Article, m: Mention, level: str) -> str | None:
    """The gazetteer place whose name runs into a short form's level character (路桥|区委 →
    路桥区), written right before it without a break, else None."""
    lex = load_lexicons()
    text = article.text
    for n in (4, 3, 2):
        if m.start - n < 0:
            continue
        head = text[m.start - n : m.start]
        if re.fullmatch(r"[\u4e00-\u9fff]+", head) and gazetteer_form(head + level, lex) == head + level:
            return head + level
    return None


def _one_persons_posts(gap: str) -> bool:
    """Whether ``gap`` is a title then 、 (某区政协副主席、|区总工会主席某某): one person's posts in a chain,
    in the bodies of one region."""
    from .relations.context import only_titles  # (the relation rules load after the pattern cache is on)

    return len(gap) > 1 and gap.endswith("、") and only_titles(gap[:-1])


def _town_written(key: str, n: int, level: str) -> bool:
    """Whether ``key[:n]`` is a town's or a street's name as written (南岭镇, 永宁街|道: a short form's level
    is then its first character, 街): not when its level character is inside a common word
    (``level_ending_words.txt``: 南岭古镇景区, 特色小镇, 南岭乡村旅游合作社), which names no town."""
    if n - len(level) < 2 or not (level in TOWN_LEVELS or level == "街" and key.startswith("道", n)):
        return False
    words = load_lexicons().words.get("level_ending_words", ())
    return not any(key.startswith(w, j) for w in words for j in range(max(0, n - len(w)), n))


def _place_of_paired_body(article: Article, i: int, level: str) -> str | None:
    """The place of the level a bare body (区政府) shares with the body joined right before it, or
    before it in one person's chain of titles (某区政协副主席、区总工会主席), whose name opens with a place of
    that level (塘沽区委、区政府 → 塘沽区), else None."""
    if i == 0:
        return None
    prev, m = article.mentions[i - 1], article.mentions[i]
    gap = article.text[prev.end : m.start]
    if gap not in ("、", "和", "与", "及") and not _one_persons_posts(gap) or prev.type not in ORG_TYPES or prev.region_short:
        return None  # (a short form itself, 市委、市政府: both the region's)
    key, lex = prev.key, load_lexicons()
    # (a street or a town, which the gazetteer does not list, as its name is written: 永宁街道党工委)
    return next((key[:n] for n in range(len(key) - 1, 1, -1) if key[:n].endswith(level)
                 and (gazetteer_form(key[:n], lex) or _town_written(key, n, level))), None)


def _named_earlier_in_sentence(article: Article, i: int, named: list[str]) -> list[str]:
    """Of the full names a short form may stand for, those written earlier in its own sentence."""
    m = article.mentions[i]
    sent = _sentence_holding(article, m)
    if sent is None:
        return []
    return sorted({o.key for o in article.mentions[:i] if o.start >= sent.start and o.type == m.type and o.key in named})


def suffix_index(keys: Iterable[str], lengths: Iterable[int]) -> dict[str, set[str]]:
    """The keys by their proper suffixes of the given ``lengths`` (3 or more characters).

    Only the lengths of names that will be looked up: every suffix of a tagged span of 60,000
    characters (a-a-a-…) was 1.8e9 characters of slices.

    >>> suffix_index(["北京市总工会", "总工会"], [3, 4])
    {'总工会': {'北京市总工会'}, '市总工会': {'北京市总工会'}}
    """
    wanted = sorted(n for n in set(lengths) if n >= 3)
    index: dict[str, set[str]] = {}
    for key in keys:
        for n in wanted:
            if n >= len(key):
                break
            index.setdefault(key[-n:], set()).add(key)
    return index


#: between a body and the one it founds with a partner (西单商场集团和|友谊集团|于去年９月５日联合组建的|北京
#: 西单友谊集团): a founding verb, jointly or by merging, with no clause mark between
_FOUNDS_WITH_PARTNER = re.compile(r"[^，。；：]{0,16}?(?:联合|共同|合资|合并|携手)(?:投资|出资)?"
                                  r"(?:组建|组成|成立|创办|设立|兴办)(?:了|的|而成的)?[“\"]?")


def _founders_of_longer_names(article: Article, mentions: list[Mention]) -> set[tuple[str, str]]:
    """(short, full) for each body of a list that founds the body named ``full`` together
    (A和B联合组建的AB集团, A、B和C今天在京联合成立D): a founder is no short form of what it founded,
    whether the new name ends in its own (西单商场集团和友谊集团…组建的西单友谊集团) or abbreviates it
    (北京化工集团 of 北京石化工业集团), wherever it stands in the list."""
    text = article.text
    if "组" not in text and "成立" not in text and "创办" not in text and "设立" not in text and "兴办" not in text:
        return set()
    out = set()
    listed: list[Mention] = []  # the bodies of the list read so far
    for i, m in enumerate(mentions):
        if m.type not in ORG_TYPES:
            listed = []
            continue
        if listed and text[listed[-1].end : m.start] not in ("和", "与", "同", "、", "及", "以及"):
            listed = []
        listed.append(m)
        if len(listed) < 2:
            continue
        nxt = next((f for f in mentions[i + 1 : i + 3] if f.type in ORG_TYPES and f.start >= m.end), None)
        if nxt is not None and _FOUNDS_WITH_PARTNER.fullmatch(text, m.end, nxt.start):
            out.update((f.name, nxt.key) for f in listed if f.name != nxt.key)
    return out


#: the end of a sentence or a line between two mentions
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _another_of_the_kind_between(text: str, mentions: list[Mention], j: int, i: int, short: str, key: str) -> bool:
    """Whether a union written by its enterprise's kind (``short``: 农场工会) has another enterprise of
    that kind named in its own sentence, after the full name ``key`` at ``j`` (二道河农场工会…。…到红星
    生态农场调研，农场工会主席…): the kind then points to that nearer one, no union of the first (a body
    of the kind in an earlier sentence, 某二级学院教师…。学院工会…, leaves the host's union)."""
    if not short.endswith("工会") or len(short) < 4:
        return False
    kind, owner, at = short[:-2], key[:-2], mentions[i].start
    return any(_group(f.type) == "org" and f.name.endswith(kind) and f.key != key and not owner.endswith(f.name)
               and not _SENTENCE_END.search(text, f.end, at) for f in mentions[j + 1 : i])


def _partial(article: Article) -> None:
    mentions = [m for m in article.mentions if m.type in ORG_TYPES or m.type in ("Event", "Place")]
    founders = _founders_of_longer_names(article, mentions)
    # full names indexed by their suffixes and (events) by their opening stems, so each short
    # form looks only at the names it could be part of; each name keeps where it occurs
    at: dict[str, list[int]] = {}
    for j, f in enumerate(mentions):
        if not (f.reference or f.weak):
            at.setdefault(f.key, []).append(j)
    by_suffix = suffix_index(at, {len(m.name) for m in mentions if m.canonical is None and len(m.name) >= 3})
    event_keys = sorted({k for k, js in at.items() if mentions[js[0]].type == "Event"})
    digest = "【" in article.text  # (items tagged with their places: see _item_of_another_place)
    # the bodies opening an event's name, by where it starts (某市总工会|新春茶话会)
    bodies_at: dict[int, list[str]] = {}
    for f in mentions:
        if f.type in ORG_TYPES:
            bodies_at.setdefault(f.start, []).append(f.name)
    for i, m in enumerate(mentions):
        if m.canonical is not None or len(m.name) < 3:
            continue
        organisers = (organisers_before(article.text, m.start) or _body_holding(article, mentions, i)
                      if m.type == "Event" else None)
        keys = set(by_suffix.get(m.name, ()))
        if m.type == "Event":
            stem, head = m.name[:-2], m.name[-2:]
            if len(stem) >= 3:
                keys.update(k for k in event_keys if k.startswith(stem) and k.endswith(head))
            # “科越杯”电子装接工技能大赛 of 第五届“科越杯”电子装接工技能大赛决赛: the contest of the stage reported
            keys.update(k for k in event_keys if m.name in k and _CONTEST_STAGE.search(k))
        if m.reference and _group(m.type) == "org" and len(
                {k for k in keys if len(k) > len(m.name) and _group(mentions[at[k][0]].type) == "org"}) > 1:
            continue  # 海东第一医院工会和海西第二医院工会…医院工会主席: a body written by its kind, two of that
            # kind named: no telling which (the nearest is a guess)
        best = None
        for key in sorted(keys):
            if len(key) <= len(m.name) or (m.name, key) in founders:
                continue
            js = at[key]
            f = mentions[js[0]]
            if _group(f.type) != _group(m.type):
                continue
            if digest and m.region_short and _item_of_another_place(article, m, key, _level_of(m.name)):
                continue  # (【涉县】…县总工会: not the 磁县总工会 of another item)
            k = bisect.bisect_left(js, i)
            for j in js[max(0, k - 1) : k + 1]:  # the nearest occurrences on either side
                if j < i and _another_of_the_kind_between(article.text, mentions, j, i, m.name, key):
                    continue  # (二道河农场工会…到红星生态农场调研，农场工会主席…: that farm's union)
                if organisers is not None and _another_body_opens(mentions[j], bodies_at, organisers):
                    continue  # 由某区总工会主办的|新春茶话会 and 某市总工会新春茶话会: two bodies' events
                dist = abs(i - j) + (0 if j < i else 0.5)  # prefer the nearest, then a preceding one
                if best is None or dist < best[0]:
                    best = (dist, key, mentions[j].type)
        if best:
            _set(m, best[1], "partial-name")
            if m.type != best[2] and _group(m.type) == "org":
                m.type = best[2]
    # a short form resolved to a name that is itself a short form (团拜会 → 春节团拜会 →
    # １９９８年春节团拜会): the longest name the chain reaches
    resolved = {m.name: m.canonical for m in mentions if m.canonical is not None and m.resolution == "partial-name"}
    for m in mentions:
        if m.resolution != "partial-name":
            continue
        seen = {m.name}
        while m.canonical in resolved and m.canonical not in seen:
            seen.add(m.canonical)
            m.canonical = resolved[m.canonical]


#: between a body and the bare event it holds as its own: nothing (某公司|职工技能大赛), or a verb of holding (某公司举办了|…, 某市总工会也
#: 召开了|…); not 承办/组织/主办, which a body does for another's event too (受某市总工会委托，某公司承办了|…)
_HELD_BY_BODY = re.compile(r"(?:(?:也|还|又)?(?:于[^，。；：\s]{0,10})?(?:举办|举行|召开)了?)?")


def _body_holding(article: Article, mentions: list[Mention], i: int) -> str | None:
    """The body that is the subject of a verb of holding the bare event at ``i`` (去年，某公司举办了|职工
    技能大赛), with the enterprise a union of it is of (某公司工会举办了|…: the company's event too), the
    names joined by 、; or None: that body's event, no alias of another body's name (某市总工会职工技能大赛)
    through :func:`_another_body_opens`. Not a body after 在, the venue (某市总工会在某公司举办了|…), and not
    in a headline, which names the report's event by a short form of its body (全国政协举行|第五十一次主席会议)."""
    text, m = article.text, mentions[i]
    if in_headlines(text, article.body_start, m.start):
        return None
    for f in reversed(mentions[:i]):
        if f.end <= m.start and f.type in ORG_TYPES and not (f.reference or f.weak):
            if not _HELD_BY_BODY.fullmatch(text, f.end, m.start) or text.endswith("在", 0, f.start):
                return None
            names = [f.name]
            if f.type == "TradeUnion":
                from .relations.organisations import unions_of_enterprises  # (that module reads this one)
                names += [ent.name for union, ent in unions_of_enterprises(article) if union.key == f.key]
            return "、".join(names)
    return None


def _another_body_opens(full: Mention, bodies_at: dict[int, list[str]], organisers: str) -> bool:
    """Whether the event ``full`` opens with a body that the clause of ``organisers`` before a bare
    name does not write (某市总工会|新春茶话会 and 由某区总工会主办的新春茶话会), whole or by its short form
    from its level on (南岭市总工会 written 由市总工会主办的) or by its union (:func:`_same_body_written`)."""
    bodies = [b for b in bodies_at.get(full.start, ()) if len(b) < len(full.name)]
    return bool(bodies) and not any(b in organisers or any(_same_body_written(b, o) for o in re.split(r"[、，和与及]", organisers))
                                    for b in bodies)


def _same_body_written(body: str, written: str) -> bool:
    """Whether ``written`` is ``body`` by its short form from its level on (南岭市总工会 written 市总工会),
    or the union of ``body`` written without the place opening it (南岭市某区人民医院 and 某区人民医院工会)."""
    if len(written) > 2 and written[0] in "省市区县州镇乡" and body.endswith(written):
        return True
    return len(written) >= 6 and written.endswith("工会") and not written.endswith("总工会") \
        and (body + "工会").endswith(written)


def _launches_of_campaigns(article: Article) -> None:
    """出席启动仪式 after a campaign named by its launch (“…”关爱行动启动仪式在…举行。此次行动由…开展:
    the campaign is the event, events.py): the launch written by its kind alone is that campaign's,
    one event (``launch-of-the-campaign``)."""
    launched = [f for f in article.mentions if f.type == "Event" and f.canonical is None
                and clean_name(f.text).startswith(f.name) and clean_name(f.text)[len(f.name):] in LAUNCH_HEADS]
    for m in article.mentions:
        if m.type != "Event" or m.canonical is not None or not m.reference:
            continue
        earlier = [f for f in launched if f.end <= m.start and clean_name(f.text).endswith(m.name)]
        if earlier:
            _set(m, earlier[-1].key, "launch-of-the-campaign")


#: heads after which a short form of a company or body is written (远望公司, 东滩矿, 本钢集团)
_SHORT_FORM_HEADS = ("公司", "集团", "厂", "矿", "局", "银行")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _unrecognised_short_forms(article: Article, lex: Lexicons) -> None:
    """Short forms the recognisers passed over because their words are no name to jieba (远望公司:
    远望 is a verb) but that abbreviate exactly one full name of the article (江西远望经济开发总公司):
    a mention each, resolved to that name (``abbreviation``). Only text outside every mention, and
    the longest form of two to four characters before the head that fits."""
    fulls = {f.name: f for f in article.mentions
             if _group(f.type) == "org" and f.type != "Federation" and len(f.name) >= 5 and not (f.reference or f.weak)}
    if not fulls:
        return
    text = article.text
    covered = bytearray(len(text) + 1)
    for m in article.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    added: list[Mention] = []
    for head in _SHORT_FORM_HEADS:
        for hs in _starts_of(head, text):
            he = hs + len(head)
            if any(covered[hs:he]):
                continue
            for n in (4, 3, 2):
                start = hs - n
                if start < article.body_start or not _HAN.fullmatch(text, start, hs) or any(covered[start:hs]):
                    continue
                short = text[start:he]
                if is_word(short):
                    break  # 电话公司, 证券公司, 航空公司: a kind of body jieba's dictionary holds, no one's short form
                found = {f.canonical or name: f for name, f in fulls.items() if abbreviates(short, name, lex)}
                if len(found) != 1:
                    continue
                (canonical, f), = found.items()
                m = Mention(start, he, short, f.type, short, "short-form", priority=Priority.ORG_PROPER)
                _set(m, canonical, "abbreviation")
                added.append(m)
                covered[start:he] = b"\x01" * (he - start)
                break
    if added:
        article.mentions = sorted([*article.mentions, *added], key=lambda m: (m.start, m.end))


def _starts_of(word: str, text: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text``, left to right, not overlapping (as ``re.finditer`` of
    the word would find it, with no pattern looked up)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _abbreviations(article: Article, lex: Lexicons) -> None:
    """Short forms made of a full name's characters in order, from its first (伊利集团 for
    内蒙古伊利实业集团股份有限公司, 哈站 for 哈尔滨火车站, 东滩矿 for 东滩煤矿): ``abbreviation``, when
    exactly one full name of the article fits."""
    fulls: dict[str, Mention] = {}
    for f in article.mentions:
        if (_group(f.type) == "org" or f.type == "Event") and not (f.reference or f.weak):
            fulls.setdefault(f.name, f)
    # the full names by group, in the order above: a short form is compared with its own group's
    # only, not with every full name of the article again
    grouped: dict[str, list[tuple[str, Mention]]] = {}
    for name, f in fulls.items():
        grouped.setdefault(_group(f.type), []).append((name, f))
    bodies = {id(f.body) for f in article.mentions if f.body is not None}
    # (a founder of a body it names with partners is none of its short forms: see _partial)
    founders = _founders_of_longer_names(article, [m for m in article.mentions if m.type in ORG_TYPES])
    for m in article.mentions:
        if m.canonical is not None or m.reference or not (_group(m.type) == "org" or m.type == "Event"):
            continue
        # 某分公司 nested in 某分公司检修一班: the body the unit is of, no short form of the unit (but a
        # short form of another full name: 青禾农商银行 in 青禾农商银行雁塔支行 of 西安青禾农村商业银行股份有限公司)
        nested = id(m) in bodies
        if _LEGAL_FORM_INSIDE.search(m.name):
            continue  # 某食品股份有限公司工会 is the company's union, written in full: no short form of
            # its workshop's union (某食品股份有限公司灌装车间分工会), though its characters run in order there
        # an event's short form keeps its head (赶集会 of 再就业赶集大会; 党的二十大 in
        # 党的二十大精神宣讲活动 is the topic)
        # (a federation's full name opening a longer one, 某市总工会|驻某村工作队, is the unit's parent there:
        # the same as a body nested in its unit's name, no short form of the unit)
        parent = nested or m.type == "Federation" and m.name.endswith("总工会")
        found = {f.canonical or f.name: f for name, f in grouped.get(_group(m.type), ())
                 if not (parent and name.startswith(m.name)) and (m.name, name) not in founders
                 and not _federation_of_a_larger_area(m.name, name) and abbreviates(m.name, name, lex) and (m.type != "Event" or m.name[-1] == name[-1])
                 or m.type == "Event" == f.type and (_event_short_form(m, name, lex, in_headlines(article.text, article.body_start, m.start))
                                                      or _same_quoted_title(m, f, lex))}
        if len(found) > 1:
            # 宁夏某煤业有限责任公司|二矿综采队 nests the company: a short form both fit (某煤业公司)
            # is the company's, the name the unit is written after, not the unit's
            held = {id(f) for f in found.values()}
            found = {c: f for c, f in found.items() if f.body is None or id(f.body) not in held}
        if len(found) == 1:
            (canonical, f), = found.items()
            _set(m, canonical, "abbreviation")
            if m.type != f.type and _group(m.type) == "org":
                m.type = f.type


#: a federation named by its area (某区总工会) and one of an area inside it, written after the first's
#: name (某区|某街道|总工会, 某市|某县|总工会)
_FEDERATION_OF_AN_AREA = re.compile(r"(.+?(?:省|市|县|区|州|旗|盟))总工会")
_INNER_AREA = re.compile(r".+?(?:市|县|区|旗|街道|镇|乡)")


def _federation_of_a_larger_area(short: str, full: str) -> bool:
    """Whether ``short`` is the federation of an area whose part's federation ``full`` names
    (某区总工会 and 某区城南街道总工会): two federations, the first no short form of the second."""
    m = _FEDERATION_OF_AN_AREA.fullmatch(short)
    return m is not None and full.endswith("总工会") and full.startswith(m.group(1)) \
        and _INNER_AREA.fullmatch(full[len(m.group(1)) : -len("总工会")]) is not None


#: the fewest characters of a nested parent read as the end of a registered company's name (鹿城钢铁集团)
_MIN_NESTED_SHORT = 5


def _nested_parents_short_of_registered(article: Article, lex: Lexicons) -> None:
    """A parent nested in its unit's name (鹿城钢铁集团 in 鹿城钢铁集团炼铁厂, unit_parents) that is the end
    of the one registered company of the article less its legal form (北方鹿城钢铁集团有限公司: its first
    words left out) is that company (``parent-short-of-registered``); the characters-in-order rule needs
    the first character kept. Not a word for a kind (钢铁集团) nor a short name (< 5 characters)."""
    nested = [f.body for f in article.mentions if f.body is not None and f.body.canonical is None
              and len(f.body.name) >= _MIN_NESTED_SHORT and not a_word_for_a_kind(f.body.name, lex)]
    if not nested:
        return
    stems = {}
    for f in article.mentions:
        if f.type == "Company" and not f.reference and f.canonical is None and REGISTERED_COMPANY.search(f.name):
            stems.setdefault(f.name, REGISTERED_COMPANY.sub("", f.name))
    for body in nested:
        found = {name for name, stem in stems.items() if len(stem) > len(body.name) and stem.endswith(body.name)}
        if len(found) == 1:
            _set(body, found.pop(), "parent-short-of-registered")


#: the year an edition of an event opens its name with (2026年, １９９８年度)
_EDITION_YEAR = re.compile(r"^(?:[12１２][0-9０-９]{3}|[’'‘][0-9０-９]{2}|[九零○][0-9０-９一二三四五六七八九○零])年?度?")


#: the ordinal of an edition or a session opening an event's name (第四次, 第三届, 首届): a headline may leave it
#: off (全国某某工作会议 of 第四次全国某某工作经验交流会议), the body may not (there the bare name may be said of
#: the series: 每年召开一次全国某某工作会议)
_EDITION_ORDINAL = re.compile(r"^(?:第[一二三四五六七八九十百0-9０-９]{1,4}[次届]|首届)")


#: the numbers of an edition or a session (三届二次, 第六届, 2026年)
_SESSION_NUMBERS = re.compile(r"[0-9０-９一二三四五六七八九十百]+")
#: a term or a session in a short name (三届二次, 第十五次): the numbers that say which meeting
_TERM = re.compile(r"[0-9０-９一二三四五六七八九十百]+[届次]")
#: a scope of a whole division opening a short name (全市, 全区): the division the full name opens with
_WHOLE_SCOPE = re.compile(r"全([省市区县州旗])")
#: an edition written after the place that opens an event's name (某市|第四届|…大赛)
_EDITION_AFTER_PLACE = re.compile(r"第[一二三四五六七八九十百0-9０-９]{1,4}届|首届")


def _event_short_form(m: Mention, full: str, lex: Lexicons, headline: bool = False) -> bool:
    """Whether the event ``m`` is a short form of the event ``full`` beyond :func:`abbreviates`:
    the full name without the year of its edition abbreviated, head kept (此次“两节”送温暖活动 of
    2026年“两节”送温暖慰问活动), in a headline without its ordinal too (全国某某工作会议 of 第四次全国某某
    工作经验交流会议); or a quoted nickname (“夏送清凉”走进…) opening the quoted
    title of the full name (“夏送清凉 工会有爱”主题慰问活动); or the first of two names joined by 暨.
    A ``headline``'s short form may also leave out the body or the division (三届二次职工代表大会,
    全市…推进会): in the body such a form is said of another body's session or another event
    (集团下属某公司也召开了三届二次职工代表大会; 全市职工运动会将于明年5月举行).""" 
    if m.source == "event-nickname":
        return len(m.name) >= 3 and full.startswith(m.name) and len(full) > len(m.name)
    if len(m.name) >= 4 and full.startswith(m.name + "暨"):
        return True  # 党组会议 of 党组会议暨…第六次集体学习: the first of the two names joined by 暨 (the headline's)
    if headline and _TERM.search(m.name) and full.find(m.name + "暨") > 0:
        return True  # 四届三次职工代表大会 of 某有限公司四届三次职工代表大会暨2027年工作会议: a body's numbered
        # session, the first of two names joined by 暨, written without the body that holds it
    scope = _WHOLE_SCOPE.match(m.name) if headline else None
    if scope is not None and len(m.name) >= 6:
        # 全市产业工人…推进会 of 某市产业工人…工作推进会: 全市 (the whole city) stands for the city the full name
        # opens with, at the same level
        # (2026年泰州市…决赛 of 全市…决赛: the edition's year before the city, and 第四届 after it, left off)
        year = _EDITION_YEAR.match(full)
        named = full[year.end():] if year is not None else full
        places = leading_places(named, lex)
        if places and places[0].endswith(scope.group(1)) and named.startswith(places[0]):
            rest = named[len(places[0]):]
            edition = _EDITION_AFTER_PLACE.match(rest)
            # (the headline may keep the edition, 全市第四届…大赛, or leave it off, 全市…大赛)
            rests = (rest, rest[edition.end():]) if edition is not None else (rest,)
            return m.name[-1] == full[-1] and any(r == m.name[2:] or abbreviates(m.name[2:], r, lex) for r in rests)
    if headline and _headline_paraphrase(m.name, full):
        return True
    if m.name[-1] != full[-1] or m.name[0] == full[0]:
        return False
    year = _EDITION_YEAR.match(full) or (_EDITION_ORDINAL.match(full) if headline else None)
    if year is not None:
        rest = full[year.end():]
        return rest == m.name or abbreviates(m.name, rest, lex)
    # 三届二次职代会暨2026年工作会议 of 某股份有限公司三届二次职工代表大会暨2026年工作会议: the body
    # that holds a numbered session left off, the session's numbers all kept, in order
    numbers = _SESSION_NUMBERS.findall(m.name)
    at = full.find(m.name[:2])
    if not _TERM.search(m.name) or at < 2 or _SESSION_NUMBERS.search(full, 0, at) or _SESSION_NUMBERS.findall(full[at:]) != numbers:
        return False
    rest = full[at:]
    return rest == m.name or abbreviates(m.name, rest, lex)


#: the fewest characters a headline's event shares with the end of the body's full name (劳动竞赛,
#: 冬季专项行动, 知识竞赛决赛): the head and what kind of event it is
_MIN_SHARED_ENDING = 4


#: a year or an edition in an event's name: a headline's retelling keeps it as the full name has it
_NUMBERED_IN_NAME = re.compile(r"[0-9０-９]{4}年|第?[一二三四五六七八九十百0-9０-９]+届")


def _headline_paraphrase(short: str, full: str) -> bool:
    """Whether a headline's event ``short`` retells the body's ``full`` name in fewer or other words
    (根治欠薪冬季专项行动 of 某市根治拖欠农民工工资冬季专项行动, 某区女职工法律知识竞赛决赛 of 某区第二届女职工
    “学法用法”知识竞赛决赛): the same ending of four characters or more, the headline's first two
    characters in the full name before it, and most of its other characters there too. (The caller
    takes it only when one full name of the article fits.)"""
    shared = 0
    while shared < min(len(short), len(full)) and short[-1 - shared] == full[-1 - shared]:
        shared += 1
    if shared < _MIN_SHARED_ENDING or shared >= len(short) - 1:
        return False
    before, rest = full[: len(full) - shared], short[: len(short) - shared]
    if rest[:2] not in before:
        return False
    if any(n not in full for n in _NUMBERED_IN_NAME.findall(short)):
        return False  # 全市第四届职工运动会 of 全市第三届…, 青河市2026年…大赛 of 2025年…: another edition
    straddle = short[len(rest) - 1 : len(rest) + 1]
    if straddle != full[len(before) - 1 : len(before) + 1] and is_word(straddle):
        return False  # 职工篮球|友谊赛 of …乒乓球友谊赛: the ending shared opens inside another kind's word
    return 2 * sum(ch in before for ch in rest) >= len(rest) + 2  # (more than half, the opening counted)


#: a quoted title inside an event's name as written
_QUOTED_TITLE = re.compile(r"“[^“”]{2,30}”")


#: a division's, a town's or a community's level: a smaller unit named after the short form's words in
#: the full name (金台区|东风路街道“…”行动): its own campaign, of which the short form's is the whole
_SMALLER_UNIT = re.compile("(?:" + "|".join(TOWN_LEVELS) + "|社区|村|[" + DIVISION_LEVEL_CHARS + "])")


def _same_quoted_title(m: Mention, f: Mention, lex: Lexicons) -> bool:
    """Whether the event ``m`` is a short form of the longer ``f`` by its quoted title: the same title
    and the same words after it, with fewer words before it, all of them standing in ``f``'s
    (霞山区“某某攻坚”行动 of 湛江市霞山区新就业形态劳动者“某某攻坚”行动), no smaller unit after them (not
    金台区“…”行动 of 某市金台区东风路街道“…”行动); or ``f`` opens with a quoted
    slogan that ``m`` leaves off, the rest abbreviated (某市某大道…劳动竞赛 of “某某·某某”某市某新区某大道…劳动竞赛)."""
    if len(f.name) <= len(m.name):
        return False
    qf = _QUOTED_TITLE.search(f.text)
    if qf is None:
        return False
    qm = _QUOTED_TITLE.search(m.text)
    if qm is not None:
        before_m, before_f = m.text[: qm.start()], f.text[: qf.start()]
        at = before_f.find(before_m)
        return qm.group() == qf.group() and m.text[qm.end():] == f.text[qf.end():] \
            and len(before_m) < len(before_f) and at >= 0 \
            and not (before_m and _SMALLER_UNIT.search(before_f, at + len(before_m)))
    inner = qf.group()[1:-1]
    if qf.start() != 0 or not f.name.startswith(inner):
        return False
    rest = f.name[len(inner):]  # (the name, not the text: a launch's text may run on to its ceremony)
    return len(m.name) >= 6 and m.name[-1] == rest[-1:] and (rest == m.name or abbreviates(m.name, rest, lex))


#: a company's legal form inside a name: the name is the registered one, written in full
_LEGAL_FORM_INSIDE = re.compile(r"有限(?:责任)?公司|股份公司")
#: what may follow a short form's last character in the full name: its legal form
_LEGAL_FORM = re.compile(COMPANY_FORM)


def _skips_legal_form(full: str, k: int, matched: set[int]) -> bool:
    """Whether the unmatched run of ``full`` that ends at ``k`` is a company's legal form
    (有限公司, （集团）有限公司): the short name drops it, as 天津港集团工会 does."""
    j = k
    while j > 0 and j - 1 not in matched:
        j -= 1
    skipped = re.sub(r"[（）()]", "", full[j:k])
    return bool(skipped) and _LEGAL_FORM.fullmatch(skipped) is not None and not _LEGAL_FORM.fullmatch(
        re.sub(r"[（）()]", "", full[j:]))


def _skips_group(full: str, k: int, matched: set[int]) -> bool:
    """Whether the unmatched run of ``full`` that ends at ``k`` is the word 集团 between a group's
    name and its numbered company (北京城建|集团|二公司 written 北京城建二公司): the same company."""
    return full[k - 2 : k] == "集团" and k - 3 in matched and k in matched \
        and re.match(r"[一二三四五六七八九十]", full[k:]) is not None


def _word_initials(short: str, full: str, lex: Lexicons) -> bool:
    """Whether ``short`` is the first characters of two or more words running inside ``full`` and
    ``full``'s head (职介中心 of 北京市外来劳动力职业介绍服务中心: 职业|介绍 … 中心), the way a
    long name is cut to the words that say what the body does."""
    head = org_head(short, lex)
    stem = short[: len(short) - len(head)]
    if len(head) < 2 or len(stem) < 2 or not full.endswith(head):
        return False
    words = [t.word for t in TokenIndex(full[: len(full) - len(head)]).tokens]
    return any(len(w) >= 2 for w in words) and any(
        all(len(words[k + j]) >= 2 and words[k + j][0] == stem[j] for j in range(len(stem)))
        for k in range(len(words) - len(stem) + 1))


#: a rest of a name that opens with a level, or with 村 (a village), is a place cut short (省…, 村…)
_CUT_PLACE_CHARS = DIVISION_LEVEL_CHARS + "村"
#: a place's full name ends with its level (贵州省, 溆浦县): written so, it is the place the body is of
_LEVEL_END = re.compile("(?:" + "|".join(sorted(scope_words(*PLACE_LEVEL_KINDS), key=lambda w: (-len(w), w))) + ")$")


#: a union named by the body it is the union of, written whole before it
_UNION_OF_A_BODY = frozenset({"工会", "分工会"})
#: last characters of a unit's name the organisation heads leave out (后勤管理处, 急诊科, 测试部): only
#: the finals ``org_head`` misses, so shorter than the unit lists of orgs (``_UNIT_OF_A_BODY``, the units a
#: 分工会 is written after, 中心 and 车间 among them) and institution_units (``_UNIT_HEAD``, the bare units
#: of an institution, 党委 among them), which the heads do not cover either
_UNIT_FINALS = frozenset("处科部室馆系")


def abbreviates(short: str, full: str, lex: Lexicons | None = None) -> bool:
    """Whether ``short`` may be an abbreviation of ``full``: its characters in order, the first
    opening ``full`` or its name after the places, and a name of its own before any head (not
    中国银行 of 中国农业发展银行: a place and a head say nothing; not 中国农业银行, a name jieba
    knows as a body's; not 工商银行 of 中国工商银行全国分行 or 首钢总公司 of 首钢总公司第二炼钢厂:
    a longer name that goes on to a unit of its own names a branch of the short one).

    >>> abbreviates("伊利集团", "内蒙古伊利实业集团股份有限公司"), abbreviates("中国银行", "中国农业发展银行")
    (True, False)
    """
    lex = lex or load_lexicons()
    if not 2 <= len(short) < len(full) or full.endswith(short):
        return False  # a suffix is a partial name (_partial)
    if short[0] not in full or short[-1] not in full:
        return False  # (most pairs of an article's names: no need to look at places)
    places = leading_places(full, lex)
    core = full[sum(map(len, places)):]
    if short[0] != full[0] and not (core and short[0] == core[0]):
        return _word_initials(short, full, lex)
    own = leading_places(short, lex)
    if own and len(places) > len(own) and places[: len(own)] == own and _LEVEL_END.search(own[-1]) \
            and places[len(own)] not in short:
        return False  # 贵州省委宣传部 … 贵州省贵阳市委宣传部, 湖南省新华书店 … 湖南省溆浦县新华书店: a body
        # of the province it names in full, not of a city or county in it
    matched, end = set(), 0
    for c in short:  # the earliest match of its characters in order
        end = full.find(c, end) + 1
        if not end:
            return False
        matched.add(end - 1)
    units = tuple(lex.words.get("subunit_heads", ()))
    if full.endswith(units) and not short.endswith(units):
        return False  # 张北县邮电局 … 张北县某某邮电支局: a unit of the short one
    # 黑龙江乳品厂 … 黑龙江省乳品工业技术开发中心实验厂: a body skipped inside the longer name (but
    # 天津港集团工会 … 天津港（集团）有限公司工会 skips only the company's legal form)
    if any(k - 1 not in matched and org_head(full[:k], lex)[1:] and not _skips_legal_form(full, k, matched)
           and not _skips_group(full, k, matched) for k in range(2, end)):
        return False
    # 工商银行 … 中国工商银行全国分行, 爱沙尼亚议会 … 爱沙尼亚议会代表团: a longer name that goes on
    # to a unit of its own after the short one ends names a branch or a delegation of it
    if full.startswith(short) and full[len(short):] in _UNION_OF_A_BODY \
            and (org_head(short, lex) or short[-1] in _UNIT_FINALS):
        return False  # 后勤管理处 … 后勤管理处分工会: the union of the body, no longer name of it
    if full.startswith(short) and len(full) - len(short) >= 2 and full[-1] in _UNIT_FINALS and org_head(short, lex):
        return False  # 某妇幼保健院 … 某妇幼保健院乳腺科: a department of the whole body named first, no longer name of it
    if full.endswith(DELEGATION_NAME_HEADS) and not short.endswith(("团", "队")):
        return False  # 爱沙尼亚议会 … 爱沙尼亚议会代表团: the body a delegation comes from (议会 and 党
        # are no heads the test below sees), not its short form, which keeps its head (中国代表团)
    head = org_head(short, lex)
    after = re.sub(r"[（）()]", "", full[end:])
    if head and after and org_head(after, lex) and not _LEGAL_FORM.fullmatch(after):
        return False
    if len(head) >= 2 and head not in full:
        return False  # 鸿宇中学 … 鸿宇中小学: a head of two characters the full name does not write is
        # another kind of body (its characters, 中…学, only happen to stand in order)
    stem = short[: len(short) - len(head)]
    if not stem or "".join(leading_places(stem + "X", lex)) == stem or stem in lex.places:
        return False  # 中国银行, 北京公司: a place and a head
    # last, as it tokenises: the cheap tests above turn away almost every pair of names
    words = TokenIndex(short).tokens
    return not (len(words) == 1 and words[0].pos == "nt")  # 中国农业银行: a registered name of its own


#: a bare head opening a clause before a title: 中心负责人冯雪梅, 公司总经理张敏 (the 中心, the 公司)
_BARE_HEAD = re.compile(r"(?:^|(?<=[。！？；，、\n：“]))(" + "|".join(h for h in _ANAPHOR_HEADS if len(h) >= 2) + ")")


#: a worker noun after a bare head (工厂退休职工郭树范): the head refers to the workplace
_WORKER_AFTER = re.compile(r"(?:原|老|退休|离休|下岗|待岗|在岗|一线|女)?(?:职工|工人|员工|劳模)")


def _bare_head_references(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bare head that opens a clause and is followed by a title."""
    from .relations.context import only_titles

    out = []
    for b in _BARE_HEAD.finditer(text):
        if text[b.start() - 1 : b.start()] == "、" and b.group(1) not in _HEADS_AFTER_A_TITLE:
            continue  # 区总工会副主席、集团工会主席某: a union in a title chain is read by the union references
        after = re.match(r"[\u4e00-\u9fff]{2,8}", text[b.end() : b.end() + 8])
        if after and (any(only_titles(after.group()[:n]) for n in range(len(after.group()), 1, -1))
                      or _WORKER_AFTER.match(after.group())):
            out.append((b.start(), b.end()))
        elif b.group(1) in _SUBJECT_HEADS and _FOUNDED_BY_AFTER.match(text, b.end()):
            out.append((b.start(), b.end()))  # 联合工会由镇总工会牵头组建: the union just named
    return out


#: bare heads that may follow another title and 、 (工作室领衔人、公司腌制车间主任某): enterprises
_HEADS_AFTER_A_TITLE = frozenset({"公司", "集团", "工厂", "企业"})
#: bare heads that, opening a clause, are the body of that kind the article just named
_SUBJECT_HEADS = frozenset({"联合工会", "工作室", "服务队", "协会", "中心"})
#: what such a subject goes on with: 由 ORG (牵头)组建/成立, 是 ORG 于…设立的
_FOUNDED_BY_AFTER = re.compile(r"(?:由|是由|系由)[^，。；]{2,30}?(?:牵头|联合|共同)?(?:组建|成立|设立|创办|建立)")


def _described_or_listed(text: str, m: Mention) -> bool:
    """Whether ``m`` is no body a one-character kind (该矿, 该校) may point back to: a short name
    right after 的 describes (粗放型的生产煤矿, 大出意外的文明矿), a name in a 、 list is one of
    several (清华附中、实验中学、…等重点学校)."""
    if len(m.text) <= 4 and text[m.start - 1 : m.start] == "的":
        return True
    numbered = re.match(r"[0-9０-９一二三四五六七八九十]、", text[max(0, m.start - 2) : m.start])  # (１、: a numbered item)
    return text[m.start - 1 : m.start] == "、" and not numbered or text[m.end : m.end + 1] == "、"


def _anaphora(article: Article) -> None:
    text = article.text
    # 该公司 (the head after 该), and a bare head before a title (中心负责人…): (where the
    # antecedent must end, head start, head)
    refs = [(a.start(), a.end()) for a in _ANAPHOR.finditer(text)] if "该" in text or "这" in text else []
    refs += [(s, s) for s, _ in _bare_head_references(text)]
    for before, s in sorted(refs):
        head = next((h for h in _ANAPHOR_HEADS if text.startswith(h, s)), None)
        if head is None or len(head) == 1 and (_NOT_A_HEAD.match(text, s) or text[before - 1 : before] in "应本活"):
            continue  # (应该|行使: 该 is part of a word, not a pointing word)
        e = s + len(head)
        last = head[-2:] if len(head) > 2 else head
        antecedent = None
        of_kind = []
        for m in article.mentions:
            if m.end > before:
                break
            endings = _KIND_ENDINGS.get(head, (last,))
            if m.type in ORG_TYPES and m.key.endswith(endings) and (head in _KIND_ENDINGS or all(c in m.key for c in head[:-2])) \
                    and not (len(head) == 1 and _described_or_listed(text, m)):
                antecedent = m
                of_kind.append(m)
        if antecedent is not None and two_in_reach(article, of_kind, before):
            continue  # 南岭机床厂与海河电机厂签约，该厂…: two bodies of the kind in reach, either may be meant
        if antecedent is None and before == s and len(head) >= 2 and not text.startswith(("工会", "党委", "团委"), e):
            # 集团副总经理某 before the group is named in full (a page of the group's own union): the
            # one body of that kind the article names anywhere, itself or before its union
            antecedent = one_body_of_kind(article, _KIND_ENDINGS.get(head, (last,)), len(head))
        if antecedent is None:
            continue
        existing = next((m for m in article.mentions if m.start <= s and m.end >= e), None)
        if existing is not None and existing.type == "TradeUnion":
            continue  # 公司工会主席: the union of the company (_union_references), not the company
        if existing is not None and existing.reference and _own_committee(existing):
            continue  # 公司党委书记: the company's party committee, a body of its own
        if existing is not None and existing.canonical is None and existing.reference:
            target = existing
        elif existing is None:
            target = Mention(s, e, head, antecedent.type, head, "anaphora", priority=Priority.ANAPHOR)
            article.mentions.append(target)
        else:
            continue
        target.type = antecedent.type
        target.canonical = antecedent.key
        target.resolution = "anaphora"
        target.anaphor = True
    article.mentions.sort(key=lambda m: (m.start, m.end))



#: a pointing word, a few characters that describe the body, and its kind: 这家光盘公司, 该造纸厂,
#: 该期货公司 (the describing characters part of the name of the body referred to)
_MODIFIED_KIND = re.compile(r"(?:该|这家|这个|这所|这座)(?P<mod>[\u4e00-\u9fff]{1,4}?)"
                            r"(?P<head>集团公司|总公司|分公司|公司|集团|工厂|厂|医院|银行|商场|酒店|宾馆|学校)")
#: a description that starts with a level of region (该县化肥厂: 该 points at the county) or says
#: how the body is (这家小厂, 这家老厂): no part of a name
_NOT_A_NAME_PART = re.compile(r"^[省市县区镇乡村州盟旗]|^(?:小|大|老|新|国有|民营|私营|合资|外资|乡镇|集体|个体|股份)")


def _anaphora_of_described_kind(article: Article) -> None:
    """这家光盘公司, 该造纸厂: a pointing word and a kind with a few describing characters between
    them stand for the body named before whose name holds those characters and ends in that kind,
    when exactly one body named before does (two: the reference stays unread)."""
    text = article.text
    added = []
    for ref in _MODIFIED_KIND.finditer(text, article.body_start):
        mod, head = ref.group("mod"), ref.group("head")
        if _NOT_A_NAME_PART.search(mod):
            continue
        s, e = ref.start("mod"), ref.end()
        if any(m.start < e and m.end > s and not (m.reference and m.canonical is None) for m in article.mentions):
            continue  # (a name there already, or an anaphor the kind alone resolved)
        named = {m.key: m for m in article.mentions
                 if m.end <= ref.start() and m.type in ORG_TYPES and not (m.reference or m.anaphor or m.weak)
                 and m.key.endswith(head) and mod in m.key[: len(m.key) - len(head)]}
        if len(named) != 1:
            continue
        antecedent = next(iter(named.values()))
        existing = next((m for m in article.mentions if m.start == s and m.end == e and m.reference), None)
        target = existing or Mention(s, e, text[s:e], antecedent.type, text[s:e], "anaphora", priority=Priority.ANAPHOR)
        target.type, target.canonical, target.resolution, target.anaphor = antecedent.type, antecedent.key, "anaphora", True
        if existing is None:
            added.append(target)
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, m.end))


#: 他 or 她 standing for one person (not 其他, 他们, 他人, 他乡, 吉他; not 他的儿子, whose
#: noun is someone else)
_PERSONAL_PRONOUN = re.compile(r"(?<![其吉])[他她](?![们人乡国日的])")
#: a preposition or verb right before a name: that person is governed, not the subject
#: 他是一名…, 她是一位…: a paragraph presenting someone (a feature's new subject)
_PRESENTS = re.compile(r"(?:是|作为)(?:一名|一位|一个)")
_GOVERNED_BEFORE = re.compile(r"[与和同跟向对给把被让请使令叫]$")


def _personal_pronouns(article: Article) -> None:
    """他/她 stands for the one person named in its own sentence before it or in the sentence
    before (王保庆谈起…。目前他所创办的安庆家庭服务社…): a mention of that person, so that the
    patterns read 他所创办的 as they read the name. With two people named there, or none, or
    across a paragraph, the pronoun stays unread (a wrong person is worse than none)."""
    text = article.text
    # (a familiar form no full name explains, 老李 alone, is no one a pronoun may stand for)
    persons = [m for m in article.mentions if m.type == "Person" and m.source != "byline"
               and m.start >= article.body_start and not m.reference]
    if not persons:
        return
    taken = [(m.start, m.end) for m in article.mentions]
    added = []
    pronouns = [p.start() for p in _PERSONAL_PRONOUN.finditer(text, article.body_start)]
    resolved: dict[int, Mention] = {}
    for s in pronouns:
        if any(a <= s < b for a, b in taken):
            continue
        para = text.rfind("\n", 0, s) + 1
        window = reach_start(text, article.body_start, s)  # this sentence and the one before it
        earlier = [q for q in pronouns if window <= q < s]
        if earlier:
            # 他与蒋介石谈判。…他当选为…: the earlier 他 is the one the story follows; with nobody
            # named since, this one stands for the same person (or, unread, for no one)
            if earlier[-1] not in resolved or any(earlier[-1] < m.start < s for m in persons):
                continue
            antecedent = resolved[earlier[-1]]
        else:
            named = [m for m in persons if window <= m.start and m.end <= s]
            if not named and not text[para:s].strip() and para > article.body_start:
                # 他 opening a paragraph as its first word: the one person the paragraph before names
                # (…医院院长林某，边走边介绍。\n他原为…医师); none there, or two (邵某致辞。他说…以江泽民同志
                # 为核心…。\n他说), and it stays unread; a pronoun further into the paragraph (\n目前他…) too
                before = text.rfind("\n", 0, para - 1) + 1
                named = [m for m in persons if before <= m.start and m.end < para]
                if BYLINE_LINE.fullmatch(text, before, para - 1) or _PRESENTS.match(text, s + 1):
                    # （记者 某某）: the reporter, whether or not the byline was read as one; 他是一名…
                    # presents the feature's (often unnamed) subject, not the one named before
                    named = []
                elif text.startswith("“", before) and any(text.rfind("”", before, m.start) >= 0 for m in named) \
                        and any(m.end <= before and m.key not in {n.key for n in named} for m in persons):
                    # “…”车间主任某某告诉记者 (a paragraph opening with a quote): its speaker, with the
                    # article's subject named before him, is no antecedent (features alternate the two)
                    named = []
            if len({m.key for m in named}) != 1:
                continue
            antecedent = named[-1]
            if _GOVERNED_BEFORE.search(text, max(para, antecedent.start - 2), antecedent.start):
                continue  # 与蒋介石, 向王明: an object, not the one the story follows
        resolved[s] = antecedent
        added.append(anaphor_of(text, s, s + 1, antecedent))
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, m.end))


@functools.lru_cache(maxsize=1)
def _committee_kinds() -> str:
    """The kinds a committee is written by (``union_body_kinds.tsv``, its third column), longest first, as a regex alternation."""
    kinds = sorted(committee_kind_endings(), key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, kinds))


@functools.lru_cache(maxsize=1)
def _own_committee_shape() -> re.Pattern[str]:
    """The party committee of a body named by its kind (公司党委, 集团公司党委, 医院党委), or its union's
    committee (公司工会女职工委员会): the union golds keep it as written, stop 36 D11."""
    return re.compile(rf"(?:{_committee_kinds()})(?:党委|党工委|工会(?:女职工委员会|经费审查委员会|经审会))")


@functools.lru_cache(maxsize=1)
def _committee_of_kind() -> re.Pattern[str]:
    """A party committee named by its owner's kind: the kind, then the committee (公司|党委, 医院|党委)."""
    return re.compile(rf"({_committee_kinds()})(党委|党工委)")


#: a union's committee named with the union's kind (集团公司工会女职工委员会): a body of its own, named
#: as written whether a post follows or it acts (…主办), as the union golds keep it
_UNION_COMMITTEE = re.compile(r".*工会(?:女职工委员会|经费审查委员会|经审会)")


#: a post of a committee right after it (公司党委|书记): the committee named as the body of a title, as
#: the union golds read it (集团公司党委还推出… names the body in passing: no entity, as the PFR golds)
_POST_AFTER = re.compile(r"(?:常务)?(?:副)?(?:书记|委员|常委)")


def _own_committee(m: Mention) -> bool:
    return m.type == "Organization" and _own_committee_shape().fullmatch(m.name) is not None


def _owner_in(owner: str, key: str) -> bool:
    """Whether a body's name holds the owner kind a reference names: 公司 in 海河公司, and 集团公司
    in 海河集团有限公司 (a group company written with its legal form)."""
    if owner in key:
        return True
    return owner == "集团公司" and "集团" in key and key.endswith("公司")


#: the ends of a party committee's name, which holds its owner's kind (学院党委) but owns no union
_COMMITTEE_ENDS = ("党委", "党工委", "党组", "党总支")


def _nearest_of_kind(article: Article, m: Mention, owner: str) -> Mention | None:
    """The nearest body named before ``m`` whose name holds the kind ``owner`` (公司, 集团, 医院) that
    ``m``'s own name opens with (公司工会, 公司党委): the body the kind word stands for, or None."""
    found = _bodies_of_kind(article, m, owner)
    return found[-1] if found else None


def _bodies_of_kind(article: Article, m: Mention, owner: str) -> list[Mention]:
    """The bodies named before ``m`` that a kind word ``owner`` opening ``m``'s name may stand for, in order."""
    found = []
    for o in article.mentions:
        if o.end > m.start:
            break
        if o.type in ("Company", "Organization") and not o.reference and not o.weak and owner and _owner_in(owner, o.key) \
                and "工会" not in o.key and not o.key.endswith(_COMMITTEE_ENDS) \
                and not (o.key.startswith(owner) and o.text.startswith(owner)):
            # (集团公司工会组织…: a phrase the union opens, no owner of it; 学院党委 … 学院工会: a party
            # committee owns no union, the institution does; 公司运行部集控室: a unit written after
            # the kind, no body of that kind)
            # 某有限公司装配车间 … 公司工会: the company nested in its unit's name owns the union
            inner = o.body if o.body is not None and o.body.type == "Company" and not o.key.endswith(owner) else None
            found.append(inner if inner is not None and _owner_in(owner, inner.key) else o)
    return found


def _committee_owner(article: Article, kind: str, before: int) -> str | None:
    """The body a party committee named by its owner's kind ``kind`` (公司党委, 医院党委) at ``before`` is
    of, or None.

    Only where the article writes exactly one body whose own name ends in the kind (公司 for 公司党委,
    学校 or 大学 for 学校党委: ``union_body_kinds.tsv``, its third column), on its own or as the first part
    of its union's name, written before the committee (not 公司党委书记某介绍，公司曾到某有限公司学习: a
    body visited), and that body is the article's main body (:func:`.main_body.main_body`), or the
    company of the union that is (某有限公司工会 … 公司党委副书记、工会主席某; its short form 某精工工会
    read as the full name the article writes). Two of the kind (host and visitor, sponsor and organiser,
    a group and its subsidiary), none that is the main body, no main body, or a main body whose name
    runs over another body's (某市总工会慰问某有限公司, 某市总工会驻某有限公司): None, the committee named
    per article, as a wrong body is worse than none. A body written inside another's name (a bank in its
    branch's) does not count; one named by its field alone (化学化工学院) is neither owner nor second body.

    >>> a = Article("t", "t", 0, "", "南岭精工机械有限公司举行运动会。公司党委书记王某讲话。")
    >>> a.mentions = [Mention(0, 10, "南岭精工机械有限公司", "Company", "南岭精工机械有限公司", "t"),
    ...               Mention(16, 20, "公司党委", "Organization", "公司党委", "t")]
    >>> _committee_owner(a, "公司", 16)
    '南岭精工机械有限公司'
    """
    endings = committee_kind_endings().get(kind, (kind,))
    shape = _committee_of_kind()
    # (the committees so named stay out of every count, and so does a body named by its field alone:
    # a unit of the institution the kind may stand for)
    counted = [o for o in article.mentions if not (o.type == "Organization" and shape.fullmatch(o.name))
               and not (o.key.endswith(endings) and _named_by_field_alone(o.key, endings))]
    # (a body written inside another's name, 某银行股份有限公司|青禾支行, is not named on its own)
    spans = [(o.start, o.end) for o in article.mentions if o.type in ORG_TYPES]
    others = [o for o in counted if not any(a <= o.start and o.end <= b and b - a > o.end - o.start for a, b in spans)]
    named = {o.key for o in others if o.type in ("Company", "Organization") and not o.reference and not o.weak}
    from .relations.organisations import unions_of_enterprises  # (that module reads this one)
    enterprise = {union.key: ent.key for union, ent in unions_of_enterprises(article)}

    def of_kind(key: str) -> bool:
        return len(key) > len(kind) and key.endswith(endings) and not _named_by_field_alone(key, endings)

    def of_union(key: str) -> str | None:
        """某公司工会: the enterprise the article names it by, or the name before 工会, read as the one
        full name of the kind it is a short form of (青禾精工 of 南岭青禾精工机械有限公司)."""
        if not key.endswith("工会"):
            return None
        body = enterprise.get(key) or key[:-2]
        full = [k for k in named if k != body and of_kind(k) and abbreviates(body, k)]
        return full[0] if len(full) == 1 else body

    # (a union written by its kind and resolved, 公司工会 → 某有限公司工会, is said of that company too)
    unions = {o.key: of_union(o.key) for o in others if o.type == "TradeUnion" and (not o.reference or o.canonical)}
    bodies = {k for k in named | set(unions.values()) if k and of_kind(k)}
    if len(bodies) != 1:
        return None
    owner = next(iter(bodies))
    if _runs_over_another_body(owner) or not any(o.start < before and owner in (o.key, unions.get(o.key)) for o in others):
        return None
    # (its union is said of it: 某有限公司召开职代会。某有限公司工会主席某…, …公司工会… make it the main body)
    counted = [dataclasses.replace(o, canonical=owner) if unions.get(o.key) == owner else o for o in counted]
    return owner if main_body(dataclasses.replace(article, mentions=counted)) == owner else None


#: another body's name inside a name, words running on after it: a union's (某市总工会|慰问某有限公司,
#: |驻某有限公司) or a registered company's (某有限公司|青禾分公司): no own name of one body
_ANOTHER_BODY_INSIDE = re.compile(rf"(?:工会|{REGISTERED_FORM}).")


def _runs_over_another_body(name: str) -> bool:
    """Whether ``name`` holds another body's full name with more words after it (某市总工会慰问某有限公司).

    >>> _runs_over_another_body("南岭市总工会慰问南岭精工机械有限公司"), _runs_over_another_body("南岭精工机械有限公司")
    (True, False)
    """
    return _ANOTHER_BODY_INSIDE.search(name) is not None


def _named_by_field_alone(key: str, endings: tuple[str, ...]) -> bool:
    """Whether a body's name is its field and its kind only, no place nor name of its own
    (化学化工学院, 第一人民医院; not 南岭科技职业学院): a unit of an institution the page may not name."""
    ending = max((e for e in endings if key.endswith(e)), key=len, default="")
    field = key[: len(key) - len(ending)]
    return bool(field) and not has_proper_word(TokenIndex(field).tokens, load_lexicons())


def _union_references(article: Article) -> None:
    """A union named by its owner's kind (公司工会, 集团工会, 厂工会) is the union of the nearest
    body of that kind named before it (成都发动机公司 … 公司工会 → 成都发动机公司工会, the
    written form an alias); with no such body it names nothing and is dropped."""
    resolved: dict[str, str] = {}  # written form → the union it named first
    pointed: list[Mention] = []  # 该公司 of 该公司工会 where no union is written: the company
    for m in article.mentions:
        if m.type == "TradeUnion" and m.canonical is None and not m.reference and article.text[m.start - 1 : m.start] == "该" \
                and m.name.endswith("工会") and a_word_for_a_kind(m.name[:-2], load_lexicons()):
            m.reference = True  # 该项目部工会: an anaphor, no union of its own (see the 该公司工会 case below)
        if not (m.reference and m.canonical is None and m.type == "TradeUnion" and m.name.endswith("工会")):
            continue
        if m.name in resolved:
            # 学院工会 … 机电工程学院教师某 … 学院工会: the form the article used names the same union again
            # (a unit of the kind named in between, a school of the college, does not take it over)
            _set(m, resolved[m.name], "union-of-named-body")
            continue
        owner = m.name[:-2]
        antecedent = _nearest_of_kind(article, m, owner)
        if antecedent is not None:
            # the union the article already names by another form of that body (临港精工工会,
            # 临港精工 being the company's declared short form) is that union
            forms = {o.text for o in article.mentions if o.key == antecedent.key} | {antecedent.key}
            named = next((u.key for u in article.mentions if u.type == "TradeUnion" and not u.reference
                          and u.name.endswith("工会") and u.name[:-2] in forms), None)
            if named is None and article.text[m.start - 1 : m.start] == "该":
                # 该公司工会主席某: an anaphor (guideline: 该公司 is no alias) names only a union the
                # article writes; none written, no union: 该公司 stands for the company alone
                # (a wrong body is worse than none: with two of the kind in reach, 该公司 stays unread)
                kind = [o for o in article.mentions if o.end <= m.start and o.type in ("Company", "Organization")
                        and not o.reference and _owner_in(owner, o.key)]
                if not two_in_reach(article, kind, m.start):
                    pointed.append(anaphor_of(article.text, m.start, m.start + len(owner), antecedent))
                continue
            _set(m, named or antecedent.key + "工会", "union-of-named-body")
            resolved[m.name] = named or antecedent.key + "工会"
    if pointed:
        article.mentions = sorted(article.mentions + pointed, key=lambda m: (m.start, m.end))


#: person mentions that are a surname with a familiar prefix or title (老邱, 何大爷 → 何)
_FAMILIAR_SOURCES = frozenset({"person-familiar", "person-surname-title"})


def _familiar_forms(article: Article, lex: Lexicons) -> None:
    """老邱, 何大爷 name a person only through the full name the article gives: an alias of the
    one person of that surname named in it (邱娥国 … 老邱), else a reference to no one (the
    guideline: a surname with 师傅/大姐 is no entity)."""
    def familiar(m: Mention) -> bool:
        return m.type == "Person" and (m.source in _FAMILIAR_SOURCES or (
            len(m.name) == 2 and m.name[0] in "老小" and m.name[1] in lex.surnames))

    full = [m for m in article.mentions if m.type == "Person" and not familiar(m) and len(m.name) >= 2]
    for m in article.mentions:
        if not familiar(m) or m.canonical is not None:
            continue
        surname = m.name[-1] if len(m.name) == 2 else m.name
        named = {f.key for f in full if f.name.startswith(surname)}
        if len(named) == 1:
            _set(m, named.pop(), "familiar-form")
        else:
            m.reference = True  # dropped below with the other references no name resolves


def _given_names(article: Article) -> None:
    """A two-character name that is the given name of one three-character name of the article
    (宁洪虎 … 洪虎): the same person called by the given name, as news writing does."""
    full: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.type == "Person" and len(m.name) == 3 and m.canonical is None:
            full.setdefault(m.name[1:], set()).add(m.key)
    for m in article.mentions:
        if m.type == "Person" and len(m.name) == 2 and m.canonical is None and len(full.get(m.name, ())) == 1:
            _set(m, next(iter(full[m.name])), "given-name")


#: the dots between the parts of a transliterated name (阿内·卡尔森, 马蒂厄•克雷库)
_NAME_DOTS = re.compile(r"[·•・．.]")


def _foreign_surnames(article: Article) -> None:
    """A transliterated name's last part written alone is that person, called by the surname as
    news writing does (阿内·卡尔森 … 卡尔森说): an alias of the one full name of the article that
    ends in it."""
    full: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.type == "Person" and m.canonical is None:
            parts = _NAME_DOTS.split(m.name)
            if len(parts) > 1 and len(parts[-1]) >= 2:
                full.setdefault(parts[-1], set()).add(m.key)
            if len(parts) > 1 and len(parts[0]) >= 2:
                first.setdefault(parts[0], set()).add(m.key)
    if not full:
        return
    for m in article.mentions:
        if m.type == "Person" and m.canonical is None and len(full.get(m.name, ())) == 1:
            _set(m, next(iter(full[m.name])), "foreign-surname")
        elif m.type == "Person" and m.canonical is None and m.name not in full and len(first.get(m.name, ())) == 1:
            # 叶尔兰·努尔兰 … 叶尔兰说: a Kazakh or Uyghur name (own name, then the father's) is called by
            # its first part, as a name abroad is by its last
            _set(m, next(iter(first[m.name])), "first-name-part")


def _strong_org_edges(article: Article) -> tuple[set[int], set[int]]:
    """Start and end offsets of the organisation names that stand on their own."""
    strong = [
        o for o in article.mentions
        if o.type in ORG_TYPES and not o.weak and not o.reference
    ]
    return {o.start for o in strong}, {o.end for o in strong}


def _in_name_list(article: Article, m: Mention, edges: tuple[set[int], set[int]]) -> bool:
    """Whether ``m`` is an item of a list of names (、-separated) with a strong name beside it."""
    starts, ends = edges
    text = article.text
    before = m.start in ends or (m.start - 1 in ends and text[m.start - 1] in _LIST_SEP)
    after = m.end in starts or (m.end + 1 in starts and text[m.end : m.end + 1] in _LIST_SEP)
    return before or after


#: a body inside the name that the place names (哈尔滨|医科大学附属第二医院, 辽阳市|广播电视局心连心艺术团):
#: the place belongs to it, and stays
_INNER_BODY = re.compile(r"大学|学院|学校|局|委|厅|署|政府")
#: heads of institutions that, like enterprises, have names of their own after the place they are
#: in (咸宁|康和医院, 浙江|安澜律师事务所), unlike bodies of government (青州市|人社局)
#: (保健院, 卫生院: hospitals named by their kind of care)
_INSTITUTIONS = ("医院", "保健院", "卫生院", "律师事务所", "事务所", "中学", "小学", "学校", "幼儿园")
#: a federation's office written under the federation's name (某区总工会|职工服务工作站): typed Organization,
#: yet a place events are held at like an institution (a bare 某县职工法律援助工作站 keeps its place)
_FEDERATIONS_OFFICE = re.compile(r".+总工会.+工作站")
#: organisation types whose names may open with the places they are in (a union is named by its
#: owner; a federation by its own level: 辽宁省丹东市总工会 is 丹东市总工会, in 辽宁省)
_PLACED_TYPES = frozenset({"Company", "Organization", "Federation"})


#: jieba dictionary frequency from which a word counts as ordinary (统计 5381, 农资 21; 富临 4)
_ORDINARY_FREQUENCY = 20
#: country names that open registered names rather than say where a body is
_NATIONAL = frozenset({"中国", "中华"})
#: a subdistrict's office or a village's school or committee by its own name (甘泉|街道办事处, 城厢|街道办,
#: 望月村|第二小学, 富港村|村委会)
_SUBDISTRICT_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道(?:办事处|办)|村(?:第[一二三四五六七八九十]+)?(?:小学|中学|幼儿园)"
                                 r"|村(?:村委会|村民委员会|居委会))")
#: a road's name cut by a place before it (上海市|南京|东路街道办事处): no subdistrict's own name
_ROAD_START = re.compile(r"[东西南北中]?[路街巷]")
#: what a place's own bodies start with (凤阳县|委宣传部 is 凤阳县委's department): the place stays
_OWN_BODY = ("委", "政府", "人大", "政协", "党委", "人民政府", "公安", "法院", "检察", "总工会")


#: a street named after a place: 南京|东路, 北京|路, 中山|大道
_STREET = re.compile(r"[东西南北中]?(?:路|大街|大道|街)")
#: levels of places abroad (world_places.tsv)
_ABROAD_LEVELS = frozenset({"continent", "region", "country", "state"})


#: the head of a federation's name: a unit named under it (某区总工会女职工委员会) shares its scope
_FEDERATION_HEAD = "总工会"
#: leading_places' answers by name, for the lexicons they were computed with
_PLACES_OPENING: dict[str, list[str]] = {}
_PLACES_LEXICONS: list = [None]


def leading_places(name: str, lex: Lexicons) -> list[str]:
    """The gazetteer forms that open ``name`` one after another (辽宁省|丹东市|鸭绿江造纸厂 ->
    [辽宁省, 丹东市]); a country after a place, or a city a street is named after, ends the run.
    Remembered by name for the lexicons given. Shared with :mod:`.relations.organisations`."""
    if _PLACES_LEXICONS[0] is not lex:
        _PLACES_OPENING.clear()
        _PLACES_LEXICONS[0] = lex
    found = _PLACES_OPENING.get(name)
    if found is None:
        found = _PLACES_OPENING[name] = _places_opening(name, lex)
    return list(found)


#: the level of a town or street written right after a name the gazetteer knows as another place
#: (双河|街道, 河北|镇): the town's own name
_TOWN_LEVEL = re.compile("|".join(TOWN_LEVELS))


#: the last characters of a place already named with its level (宁波市, 镇海区): no town's level follows
_ENDS_IN_A_LEVEL = "省市区县"


def _opens_a_place(name: str, pos: int, lex: Lexicons) -> bool:
    """Whether a gazetteer place opens ``name`` at ``pos`` (镇海区…, 镇江路: 镇江)."""
    return any(gazetteer_form(name[pos : pos + n], lex) for n in range(2, min(lex.longest_place, len(name) - pos) + 1))


def _larger_at_home(place: str, before: str, lex: Lexicons) -> bool:
    """Whether ``place`` is a domestic division larger than ``before`` (徐州 after 柳新镇); a
    country after a place (武汉|中国地质大学) opens a name by other rules."""
    return place not in _NATIONAL and place_level(place, lex) not in _ABROAD_LEVELS \
        and _level_rank(place, lex) < _level_rank(before, lex)


def _outside_the_place_before(place: str, before: str, lex: Lexicons) -> bool:
    """Whether ``place``, written bare (no level: 临江, not 临江市), names a division of the gazetteer
    none of which lies inside the larger division ``before`` (南充|临江: 临江市 is in 白山市), so the
    word is the name's own (a new area's, a brand's: 南充|临江城市建设投资有限公司), not where it is.
    A division written with its level is one (南宁市|新城区: the gazetteer's map is today's, the
    text's may be older)."""
    outer, inner = gazetteer_form(before, lex), gazetteer_form(place, lex)
    if not outer or not inner or inner == place or outer not in lex.places or inner not in lex.places:
        return False
    ranks = _LEVEL_RANKS.get(place_level(before, lex) or ""), _LEVEL_RANKS.get(place_level(place, lex) or "")
    if None in ranks or not 2 <= ranks[0] < ranks[1] <= 4:
        return False  # (a country, a place abroad, a town: no parent to check)
    return not lex.encloses(outer, inner)


#: a town's level character that opens a word with the next character (乡村, 乡镇, 镇压): no level
_LEVEL_IN_A_WORD = 30


def _town_opens(name: str, n: int, lex: Lexicons) -> bool:
    """Whether the domestic place ``name[:n]`` and the 镇/乡 after it open ``name`` as one town (黄石|镇
    中心小学, 永平|镇垦殖场: a town named like a city, no county written before it), not a word the
    level character opens (北京|乡村旅游, 中国|乡镇企业) nor a country's name before a body."""
    place = name[:n]
    return name[n : n + 1] in "镇乡" and place not in _NATIONAL and place_level(place, lex) not in _ABROAD_LEVELS \
        and word_frequency(name[n : n + 2]) < _LEVEL_IN_A_WORD


def _places_opening(name: str, lex: Lexicons) -> list[str]:
    """:func:`leading_places`, computed."""
    out: list[str] = []
    pos = 0
    while pos < len(name):
        n = next((n for n in range(min(lex.longest_place, len(name) - pos - 1), 1, -1)
                  if gazetteer_form(name[pos : pos + n], lex)), None)
        level = _TOWN_LEVEL.match(name, pos + n) if n is not None and (out or _town_opens(name, n, lex)) else None
        if level is not None and (name[pos + n - 1] in _ENDS_IN_A_LEVEL or _opens_a_place(name, pos + n, lex)):
            level = None  # 宁波市|镇海区, 宁波|镇海炼化: the character opens the next place, no town's level
        if level is not None and level.end() < len(name) - 1:
            n = level.end() - pos  # 华蓥市|双河街道, 房山区|河北镇: a town or street named like a place
            out.append(name[pos : pos + n])
            pos += n
            continue
        if n is not None and out and (name[pos : pos + n] in _NATIONAL or place_level(name[pos : pos + n], lex) in _ABROAD_LEVELS):
            break  # 佳木斯|瑞士曼制衣公司, 北京|中国农业大学: a country after a place opens a registered name
        if n is not None and _STREET.match(name, pos + n):
            break  # 上海市|南京东路街道办事处: a street named after a city, not the city
        if n is not None and out and _LEVEL_END.search(out[-1]) and _feature_across(name, pos, pos + n, lex):
            break  # 辽源市|东辽河电力…: 东辽 ends inside 辽河, a river the name is after, no county (places
            # written bare, 延边|图们|江热电, open a registered name: _place_in_registered_name reads those)
        if n is not None and out and _larger_at_home(name[pos : pos + n], out[-1], lex):
            break  # 铜山区柳新镇|徐州润城置业有限公司: places written together run from larger to
            # smaller; a larger one after a smaller opens the name that follows
        if n is None:
            # after a known place, a town the gazetteer lacks: two or three characters and 镇/乡
            # (玉环县|坎门镇|工办); the county before it vouches that it is one
            town = re.match(r"[\u4e00-\u9fff]{2,3}?(?:镇|乡)", name[pos:]) if out else None
            if town is None or town.end() >= len(name) - pos - 1 or town.group()[0] in "省市县区州" \
                    or town.group()[:-1] in lex.generic_modifiers:
                break
            n = town.end()
        out.append(name[pos : pos + n])
        pos += n
    return out


#: the gazetteer's levels, largest first; a place it does not know (a 乡, a 镇) ranks below them
_LEVEL_RANKS = {"continent": 0, "region": 0, "country": 1, "state": 2, "province": 2, "prefecture": 3, "county": 4}
_UNKNOWN_RANK = 5


def _level_rank(place: str, lex: Lexicons) -> int:
    """How large a place is: the rank of its level (``_LEVEL_RANKS``), smaller for larger places."""
    return _LEVEL_RANKS.get(place_level(place, lex) or "", _UNKNOWN_RANK)


def _place_as_trade_name(m: Mention, place: str, rest: str, lex: Lexicons) -> bool:
    """Whether the last of the places before a company's name is its trade name (字号): the rest
    is a trade and a form only (建筑工程有限公司: no trade name of its own), and with the place it is a
    registered name, place + trade + form (赤峰|兴安|建筑工程有限公司: 兴安 a league's name elsewhere;
    云南|永昌|铝业有限公司). Only a company's (a registered enterprise name; an association or an
    institute, 东丰袜业协会, has no 字号)."""
    return m.type == "Company" and not trade_name(rest, lex) and trade_name(place + rest, lex) == place


def _inside_the_place_before(place: str, before: str, lex: Lexicons) -> bool:
    """Whether the gazetteer puts ``place`` inside ``before`` (江苏|苏州, 吉林|东丰; not 云南|永昌:
    永昌县 is in 甘肃): a registered company's name opening with it is where the company is, as
    城南镇光明乳业公司 is in 城南镇, not its trade name (_place_in_registered_name)."""
    outer, inner = gazetteer_form(before, lex), gazetteer_form(place, lex)
    return bool(outer and inner and lex.encloses(outer, inner))


def _generic_rest(rest: str, lex: Lexicons) -> bool:
    """Whether what follows the places is no name of its own: a head with one common noun or
    nothing before it (化肥厂, 铁合金有限责任公司, 工办), so the last place stays in the name."""
    if rest in lex.words.get("generic_org_words", ()):
        return True  # 溆浦县|新华书店, 建设乡|电管站: a kind of body every place has, named by its place
    if any(_generic_rest(body, lex) for body in _bodies_before_a_department(rest, lex)):
        return True  # 廊坊市|工商局直属分局: a department of a kind of body, named by the body's place
    head = org_head(rest, lex)
    if not head:
        return True  # 拉达乡|中心校, 定西|行署科技处: no head to tell a name of its own from a kind
    body = re.sub(r"[（(][^）)]*[）)]", "", rest[: len(rest) - len(head)])  # 煤业（集团）公司
    if len(body) < 2:
        return True
    if _INNER_HEAD.search(body):
        return True  # 独山子|石化总厂乙烯厂: a unit of a parent the place names (独山子石化总厂)
    tokens = TokenIndex(body).tokens
    # ordinary words (化肥, 统计, 第一人民, 农资: common in the dictionary) name nothing on their
    # own; a proper, rare or unknown word does (鸭绿江, 富临, 星澳)
    registered = bool(REGISTERED_COMPANY.search(rest))
    return all(not registered and _ordinary_word(t) or t.pos not in ("ns", "nr", "nrt", "nrfg", "nz", "nt", "un", "j", "eng")
               and word_frequency(t.word) >= _ORDINARY_FREQUENCY
               and not (t.pos == "m" and not t.word.startswith("第"))  # 八一集团: a number as a brand, not 第一
               for t in tokens)


def _bodies_before_a_department(rest: str, lex: Lexicons) -> list[str]:
    """What a name is without the department written after its body (``lexicons/department_units.txt``:
    工商局|直属分局, 国家体改委|调研室): the ways to cut it, each leaving a body with a head of its own."""
    out = []
    for unit in lex.words.get("department_units", frozenset()):
        if rest.endswith(unit):
            for cut in (len(unit), len(unit) + 2):  # the unit alone (调研室) or with a word before it (直属|分局)
                body = rest[:-cut]
                if len(body) >= 2 and org_head(body, lex):
                    out.append(body)
    return out


#: inside the words before a unit's head, the head of a parent body (石化总厂|乙烯厂, 钢铁公司|炼钢厂;
#: not 集团, a brand's word as often: 八一集团|钢铁公司)
_INNER_HEAD = re.compile(r"总厂|公司")


def _ordinary_word(t: Token) -> bool:
    """Whether a word jieba keeps as one long entry, often tagged as a name, is ordinary words in
    a body's name: made of common two-character words (海洋|渔业 nt, 高等|专科), as trades and
    kinds of school are."""
    if len(t.word) >= 4 and t.pos not in ("ns", "nr", "nrt", "nrfg", "eng", "un"):
        pairs = [t.word[k : k + 2] for k in range(0, len(t.word) - 1, 2)]
        return len(t.word) % 2 == 0 and all(word_frequency(p) >= _COMMON_PAIR for p in pairs)
    return False


#: each two characters of a long entry this common make it ordinary words (海洋 4068, 渔业 1898;
#: not 朗讯 138 of 朗讯科技)
_COMMON_PAIR = 1000


def _place_prefixed(article: Article, lex: Lexicons) -> None:
    """An enterprise or body written after two or more places (辽宁省丹东市鸭绿江造纸厂, 河北省大名县
    化肥厂), or after one where the article also writes it without (经纬编织厂 … 绵阳经纬编织厂), is
    named without them, keeping the last one when the rest names nothing on its own; the
    written form stays an alias, and the place next to the name becomes a mention of its own so
    that the relation reader can say where the body is (guideline: 城南镇光明乳业公司 → locatedIn)."""
    text = article.text
    covered = span_reach([(m.start, m.end) for m in article.mentions])
    added: list[Mention] = []
    starts_of: dict[str, list[int]] = {}  # (the first of a name is looked up: a scan each was n² on a long page)
    for b in article.mentions:
        starts_of.setdefault(b.name, []).append(b.start)
    for st in starts_of.values():
        st.sort()
    for m in article.mentions:
        if m.type in _PLACED_TYPES and m.canonical is None and m.text != m.name and m.located_at is None:
            _place_before_quoted_brand(m, lex)
        if m.type not in _PLACED_TYPES or m.canonical is not None or m.text != m.name:
            continue
        places = leading_places(m.name, lex) or _town_before_company(m, lex)
        larger = None
        if places and (larger := _larger_place_after(m, places, article, lex)):
            places = [*places, larger]  # 岐山县蔡家坡镇|宝鸡|秦岭齿轮有限公司: named as if written alone
        brand = False  # one place before a name of its own (set below)
        alone = _written_alone(m, places, text, covered, lex) if len(places) == 1 else []
        rest_name = m.name[sum(map(len, places)):]
        # 经纬编织厂 … 绵阳经纬编织厂: the article names it first without the place, so that is its
        # name (山西省医用电子仪器厂 … 医用电子仪器厂: the full name first, the bare one refers back)
        named_bare = starts_of.get(rest_name, [])[:2]  # (m itself may be the first when it has no place)
        other = next((st for st in named_bare if not (rest_name == m.name and st == m.start)), None)
        first_bare = min([*alone, *([other] if other is not None else [])], default=len(text))
        written_bare = (bool(places) and places[0] not in _NATIONAL and first_bare < m.start
                        and _names_on_its_own(rest_name, lex))
        # 上海|甘泉街道办事处: a subdistrict's office is named by its subdistrict and is in the city
        # before it (the golds' 甘泉街道办事处 locatedIn 上海市, as 广兴镇政府 of 广汉市广兴镇政府)
        subdistrict = (bool(places) and places[0] not in _NATIONAL and _SUBDISTRICT_OFFICE.fullmatch(rest_name) is not None
                       and not _ROAD_START.match(rest_name))
        if written_bare:  # each bare occurrence the recognisers missed becomes a mention
            bare = m.name[len(places[0]):]
            added += [Mention(s, s + len(bare), bare, m.type, bare, "org-same-name", priority=m.priority)
                      for s in alone]
        elif subdistrict:
            pass
        elif len(places) == 1 and places[0] not in _NATIONAL and placeable_body(m):
            # one place before an enterprise or institution, where the rest is a name of its own:
            # 广东科龙公司, 美国摩托罗拉公司 (a foreign company named by its brand; but 古巴国内贸易部,
            # 泰国国际航空公司: the country's own body, named by the country)
            if place_level(places[0], lex) in _ABROAD_LEVELS:
                # (日本|日立公司, 美国|联邦快递公司: a trade name after the country names the firm too)
                if not _brand_named(rest_name, lex):
                    if not _foreign_trade_name(rest_name, lex):
                        continue
                    brand = True  # (日立 is a common dictionary word: no test of ordinary words keeps 日本)
            elif _brand_after_place(m, places[0], article, lex):
                brand = True
            else:
                _place_before_trade_name(m, places[0], lex)
                continue
        elif len(places) == 1 and places[0] not in _NATIONAL and m.type == "Organization" \
                and place_level(places[0], lex) not in _ABROAD_LEVELS:
            _place_before_institution_name(m, places[0], lex)  # 贵州|黔山|科技学院: a college, its name kept whole
            continue
        elif len(places) < 2 or places[0] in _NATIONAL:
            continue  # 中国农业大学: the country opens a registered name
        elif larger is None and not written_bare and _registered_after_bare_places(m, places):
            if m.type == "Company" and REGISTERED_COMPANY.search(m.name):  # (a unit, 某有限公司码头分公司,
                _place_in_registered_name(m, places, lex)  # is where its company is: no place of its own)  # 江西|樟树|恒禾中药饮片有限公司: the name kept whole
            continue
        cut = sum(len(p) for p in places)
        rest = m.name[cut:]
        if len(rest) > 15 or rest[0] in _CUT_PLACE_CHARS and not _opens_a_place(rest, 0, lex):
            continue  # a run of names printed without separators; a place the gazetteer cut short
            # (but 无锡市|镇江路小学: the character opens a place's name)
        kept = None  # the place left in the name
        if not written_bare and not brand and not subdistrict and (_generic_rest(rest, lex) or rest.startswith(_OWN_BODY) or re.match(r".?委", rest)
                                               or _place_as_trade_name(m, places[-1], rest, lex)
                                               or len(places) >= 2 and _outside_the_place_before(places[-1], places[-2], lex)):
            kept = places[-1]
            places = places[:-1]
            cut = sum(len(p) for p in places)
        if cut <= 0 or len(m.name) - cut < 3:
            continue
        near = places[-1]
        start = m.start + cut - len(near)
        m.canonical, m.resolution = m.name[cut:], "place-prefix"
        if kept is not None and _level_rank(kept, lex) < _level_rank(near, lex) < _UNKNOWN_RANK:
            continue  # 肇东市|哈尔滨医科大学…: a place smaller than the one the name holds is not
            # where the body is (two entries of a list run together)
        if m.type == "Federation" or _FEDERATION_HEAD in m.name[cut:]:
            continue  # 上海市|浦东新区总工会: a federation's places are its scope, not where it sits
            # (guideline: 城南街道 in 城南街道总工会 is not annotated on its own); so are its own units'
            # (大连市|金州区总工会女职工委员会: the golds place none of 99 by its name's places)
        # 肇东市|哈尔滨医科大学…: a name that opens with a larger place than the one before it is not
        # placed by that one (two entries of a list run together), as a smaller place kept in it is not
        held = leading_places(m.name[cut:], lex)[:1]
        holds_larger = bool(held) and _larger_at_home(held[0], near, lex)
        if not holds_larger:
            m.located_at = Mention(start, start + len(near), near, "Place", near, "place-prefix",
                                   priority=Priority.PLACE_NESTED, place=gazetteer_form(near, lex))
        elif placeable_body(m):  # 贵阳市花溪区|贵州黔山科技学院: the place its own name opens with, as
            at = m.start + cut   # one place before a name kept whole (_place_before_trade_name)
            m.located_at = Mention(at, at + len(held[0]), held[0], "Place", held[0], "place-prefix",
                                   priority=Priority.PLACE_NESTED, place=gazetteer_form(held[0], lex))
        # 辽宁省|丹东市|鸭绿江造纸厂, 岐山县|蔡家坡镇|…有限公司: the places written before the nearest
        # are places of the text too (each the next one's; the gold annotates every link of the chain)
        at, outer = m.start, []
        for p in places[: len(places) if holds_larger else -1]:
            outer.append(Mention(at, at + len(p), p, "Place", p, "place-prefix", priority=Priority.PLACE_NESTED,
                                 place=gazetteer_form(p, lex)))
            at += len(p)
        if outer:
            m.inner_places = [*(m.inner_places or []), *outer]
        if larger is not None and m.canonical is not None and len(places) >= 2 and places[-1] == larger:
            # the body's written name opens at the larger place (宝鸡秦岭齿轮有限公司, its registered
            # name); the smaller places before it say where it is, outside its name, so that form
            # is the alias the name keeps
            shift = sum(map(len, places[:-1]))
            m.start, m.text, m.name = m.start + shift, m.text[shift:], m.name[shift:]
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, m.end))


def _registered_after_bare_places(m: Mention, places: list[str]) -> bool:
    """江西|樟树|恒禾中药饮片有限公司, 云南|永昌|铝业有限公司: places written short, without their
    level, opening a registered company's name (行政区划+字号+行业+组织形式, the form a registered
    name takes by law) are part of that name, which the golds keep as written; not places
    written with their level (辽宁省丹东市鸭绿江造纸厂), a description before a name."""
    return _REGISTERED_INSIDE.search(m.name) is not None and m.type in ("Company", "Organization") and not any(_LEVEL_END.search(p) for p in places)


def _place_in_registered_name(m: Mention, places: list[str], lex: Lexicons) -> None:
    """Where a company whose registered name opens with places is: the nearest of them (安徽|天长|
    金禾电缆有限公司 in 天长), or the one before it when the nearest is the trade name (云南|永昌|
    铝业有限公司 in 云南, 内蒙古|赤峰|兴安|建筑工程有限公司 in 赤峰: the rest names nothing on its own)."""
    rest = m.name[sum(map(len, places)):]
    near = places[-1]
    if len(places) > 1 and (_generic_rest(rest, lex) or _place_as_trade_name(m, near, rest, lex) and not _inside_the_place_before(near, places[-2], lex)
                            or _outside_the_place_before(near, places[-2], lex)
                            or _feature_across(m.name, len(m.name) - len(rest) - len(near), len(m.name) - len(rest), lex)):
        near = places[-2]  # (南充|临江: 临江市 is not in 南充; 延边|图们|江热电: 图们江 a river, read as one)
    at, outer = m.start, []
    for p in places[: places.index(near)]:  # 江苏|泰州: the places before it are places of the text too
        outer.append(Mention(at, at + len(p), p, "Place", p, "place-prefix", priority=Priority.PLACE_NESTED,
                             place=gazetteer_form(p, lex)))
        at += len(p)
    m.located_at = Mention(at, at + len(near), near, "Place", near, "place-prefix",
                           priority=Priority.PLACE_NESTED, place=gazetteer_form(near, lex))
    if outer:
        m.inner_places = [*(m.inner_places or []), *outer]


#: the last characters of a feature a name is after: a river, a lake, a mountain (places.FEATURE_FINAL)
#: or a port (大连港); not a body's (武汉市委, a dictionary word across 武汉市|委)
_WATER_AND_LAND_FINAL = FEATURE_FINAL + "港"


def _feature_across(name: str, start: int, cut: int, lex: Lexicons) -> bool:
    """Whether the place ``name[start:cut]`` opens a word of the dictionary that runs one character
    across ``cut``, a feature the name is after (延边|图们|江热电, 宁夏|贺兰|山建设, 辽源市|东|辽|河电力:
    图们江, 贺兰山, 辽河; 辽宁|大连|港集团), so the place is no place of its own there. Not where that word is itself a
    place of the gazetteer (丰台|湾区: 台湾, 米东|湖光: 东湖), nor where the rest of the name reads
    in fewer words from the cut than with the feature's last character alone (天长|江南电缆 is
    江南|电缆, not 长江 and 南电缆; 大兴|岛城物流), nor a word that does not end like a feature
    (临|清华|迪, 武汉|市委), nor a longer place inside the place (苏州|工业园区).

    >>> lex = load_lexicons()
    >>> _feature_across("辽源市东辽河电力有限公司", 3, 5, lex), _feature_across("滁州市天长江南电缆有限公司", 3, 5, lex)
    (True, False)
    """
    rest = name[cut:]
    words_from_cut = len(TokenIndex(rest).tokens)
    words_after_it = 1 + len(TokenIndex(rest[1:]).tokens)
    return words_from_cut >= words_after_it and any(
        start <= t.start < cut and t.end == cut + 1 and t.pos != "un"
        and t.word[-1] in _WATER_AND_LAND_FINAL and not gazetteer_form(t.word, lex)
        for t in TokenIndex(name).tokens)


#: a town or street the gazetteer lacks, opening a name: two or three characters and 镇/乡/街道
#: (后所镇, 城南街道); not 鱼米之乡, 美丽乡|村 (a village or a word after it)
_REGISTERED_INSIDE = re.compile(r"有限(?:责任)?公司")
_OPENING_TOWN = re.compile(r"([\u4e00-\u9fff]{2,3}?(?:镇|乡|街道))(?![村民亲情土])")


def _town_before_company(m: Mention, lex: Lexicons) -> list[str]:
    """[town] for a registered company written after a town the gazetteer does not know
    (城南镇|光明乳业有限公司): the company's name is the rest, the town where it is
    (guideline: 城南镇光明乳业公司 → locatedIn 城南镇); [] otherwise. Only a registered form
    (有限公司, 股份有限公司, or a unit of one), whose name by law opens with its own trade name, and only where the
    town is not the first of a dictionary word (乡村, 镇江)."""
    town = _OPENING_TOWN.match(m.name)
    if m.type != "Company" or town is None or not _REGISTERED_INSIDE.search(m.name) or "之" in town.group(1) \
            or town.group(1)[0] in "省市县区州" or town.group(1)[:-1] in lex.generic_modifiers:
        return []
    cut = town.end(1)  # a dictionary word across the cut: the 镇/乡 is part of it (乡村, 镇江)
    crossed = any(t.start < cut < t.end and t.pos != "un" for t in TokenIndex(m.name).tokens)
    return [] if crossed else [town.group(1)]


#: a place written right before a quoted brand (南京“同创”集团): where the body is, its name kept whole
_QUOTED_BRAND = re.compile(r"[“\"『「]")


def _place_before_quoted_brand(m: Mention, lex: Lexicons) -> None:
    """南京“同创”集团: one place and then a brand in quotation marks, the quotes say where the
    brand starts; the place is where the body is (``located_at``), the name stays whole."""
    places = leading_places(m.text, lex)
    if len(places) != 1 or places[0] in _NATIONAL or not _QUOTED_BRAND.match(m.text, len(places[0])) \
            or not placeable_body(m):
        return
    near = places[0]
    m.located_at = Mention(m.start, m.start + len(near), near, "Place", near, "place-prefix",
                           priority=Priority.PLACE_NESTED, place=gazetteer_form(near, lex))


def _place_before_trade_name(m: Mention, place: str, lex: Lexicons) -> None:
    """湖北|东方|化学工业公司: one domestic place, then a trade name (字号) of ordinary words the
    brand tests miss (:func:`.trade_names.trade_name`): the place is where the enterprise is
    (``located_at``); the name stays whole, as the article writes it."""
    rest = m.name[len(place):]
    if m.type != "Company" or rest in lex.words.get("generic_org_words", ()):
        return  # (schools and hospitals are named by their kind as often: 戏曲学校, 肿瘤医院; 新华书店)
    if rest[:1] in _CUT_PLACE_CHARS or rest.startswith(_OWN_BODY) \
            or _INNER_BODY.search(m.name, len(place), len(m.name) - len(org_head(m.name, lex))):
        return  # 青州市|人社局, 哈尔滨|医科大学附属医院: the place's own body, or its inner body's
    if not trade_name(rest, lex):
        return
    m.located_at = Mention(m.start, m.start + len(place), place, "Place", place, "place-prefix",
                           priority=Priority.PLACE_NESTED, place=gazetteer_form(place, lex))


def _place_before_institution_name(m: Mention, place: str, lex: Lexicons) -> None:
    """贵州|黔山|科技学院, 昆明|瑞康|妇产医院: one domestic place, a name of two characters and the kind
    of a school or a hospital (``institution_kinds``): the place is where the institution is
    (``located_at``), as a trade name places a company; not a field or a rank, a common word
    (长沙|人民|医院, 上海|音乐|学院) or one of ``institution_fields`` (南京|师范|大学): an institution
    named by its place and its field (the union golds leave those unplaced)."""
    rest = m.name[len(place):]
    kinds = lex.words.get("institution_kinds", frozenset())
    kind = next((rest[-n:] for n in word_lengths(kinds) if len(rest) > n and rest[-n:] in kinds), None)
    if kind is None or len(rest) - len(kind) != 2:
        return
    own = rest[:2]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", own) or own[0] in _CUT_PLACE_CHARS or own[1] in _CUT_PLACE_CHARS \
            or own in lex.words.get("institution_fields", ()) or own in lex.words.get("industry_words", ()) \
            or own in lex.generic_modifiers or word_frequency(own) >= _COMMON_PAIR or leading_places(rest, lex):
        return
    m.located_at = Mention(m.start, m.start + len(place), place, "Place", place, "place-prefix",
                           priority=Priority.PLACE_NESTED, place=gazetteer_form(place, lex))


def placeable_body(m: Mention) -> bool:
    """Whether a body is the kind a place prefix locates (guideline: 城南镇光明乳业公司): an
    enterprise, or an institution with a name of its own (医院, 律师事务所, schools)."""
    return m.type == "Company" or m.type == "Organization" and (
        m.name.endswith(_INSTITUTIONS) or _FEDERATIONS_OFFICE.fullmatch(m.name) is not None
        or _unit_of_registered(load_lexicons()).search(m.name) is not None)


#: the heads of a company's units besides those named by their trade (trade_unit_heads.txt): a works, a
#: station (and a project department: enterprise_units.PROJECT_HEAD)
_UNITS_OF_A_COMPANY = (WORKS_HEAD, "站")


def _unit_of_registered(lex: Lexicons) -> re.Pattern[str]:
    """A unit written under a registered company's name (某钢铁有限公司炼铁厂, 某建设有限公司某项目部): placed
    like its company (a place written before the name is where the company is); not its team (…公司代表队)."""
    heads = lex.words.get("trade_unit_heads", frozenset())
    return derived(lex, "_unit_of_registered", heads, lambda: re.compile(
        REGISTERED_FORM + r"[^\W\d_]{2,}(?:" + "|".join(sorted({*heads, *_UNITS_OF_A_COMPANY}, key=lambda w: (-len(w), w)))
        + "|" + PROJECT_HEAD.pattern + ")$"))


def _larger_place_after(m: Mention, places: list[str], article: Article, lex: Lexicons) -> str | None:
    """The place that opens the name after a run of places when it is larger than the last of
    them (铜山区柳新镇|徐州|润城置业有限公司: :func:`leading_places` ends the run there) and the name
    after it is a brand of its own, so that the name is the one it has written alone (润城置业有限公司,
    its place 徐州); None otherwise (肇东市|哈尔滨医科大学附属第二医院: the city names the university)."""
    cut = sum(map(len, places))
    after = leading_places(m.name[cut:], lex)
    if not after or not placeable_body(m) or not _larger_at_home(after[0], places[-1], lex):
        return None  # (佳木斯|瑞士曼制衣公司: a country opens a brand's name, no place of it)
    larger = after[0]
    rest = m.name[cut + len(larger):]
    if len(rest) < 3 or rest in lex.words.get("generic_org_words", ()) or not _brand_right_after(rest, lex) \
            or _INNER_BODY.search(rest, 0, len(rest) - len(org_head(rest, lex))):
        return None
    return larger


def _brand_after_place(m: Mention, place: str, article: Article, lex: Lexicons) -> bool:
    """Whether what follows one domestic place in ``m`` is a name of its own (广东|科龙公司, 河北省|
    开滦矿务局), so the place is where the body is. Not: a body of the place's government whatever
    its name (青州市人社局), a name whose inner body the place names (哈尔滨医科大学附属第二医院),
    two bodies of one brand, each named by its place (湘潭博力风能有限公司 beside 美国博力风能有限公司)."""
    rest = m.name[len(place):]
    if rest in lex.words.get("generic_org_words", ()) or not _brand_right_after(rest, lex):
        return False  # 江北|农商银行: a kind of body, named by its place
    if _INNER_BODY.search(m.name, len(place), len(m.name) - len(org_head(m.name, lex))):
        return False
    return not any(o.name.endswith(rest) and not o.name.startswith(place) and len(o.name) > len(rest)
                   for o in article.mentions)


#: a word used fewer times than this in jieba's dictionary makes a body name one body
_UNCOMMON = 100


def _brand_named(rest: str, lex: Lexicons) -> bool:
    """Whether a company name (after its country) opens with a brand, a transliterated, foreign or
    unknown word (摩托罗拉, 朗讯, ＡＴＴ), or holds a rare short word (博力|风能有限公司); not
    ordinary words (国际航空)."""
    body = rest[: len(rest) - len(org_head(rest, lex))]
    if not body:
        return False
    tokens = TokenIndex(body).tokens
    first = tokens[0]
    return first.pos in ("nrt", "nr", "nz", "ns", "eng", "un", "nrfg") or first.pos == "x" and first.word.isalnum() \
        or _holds_rare_word(tokens)


#: what opens the name of a country's own body (国家|贸易银行 of 印度尼西亚, 全国|广播公司 of 美国): the
#: nation or the whole country, no trade name
_NATION_WORDS = tuple(sorted(scope_words("nation", "country"), key=len, reverse=True))


def _foreign_trade_name(rest: str, lex: Lexicons) -> bool:
    """Whether a company name after a country holds a trade name (字号) of ordinary words the brand
    test misses (日立|公司, 联邦|快递公司, 大众|汽车股份公司): the firm is named without its country
    (the People's Daily golds split a country off its firms 12 times, keep it once); not a body of
    the country's state (国家|贸易银行), nor a trade and form alone (电信公司, 国际航空公司)."""
    name = trade_name(rest, lex)
    return bool(name) and not name.startswith(_NATION_WORDS)


def _body_before_head(rest: str, lex: Lexicons, shortest: int) -> str | None:
    """The part of a name without its place that stands before its head (经纬编织 of 经纬编织厂),
    if it is ``shortest`` characters or more and could be a body's own name; None for no head to
    tell the kind from the name (福利院, 农发行), a place cut short (省…, 市…), a body of the place
    itself (市委, 县政府) or a committee of its party or government (直属机关工委, 地委)."""
    head = org_head(rest, lex)
    body = rest[: len(rest) - len(head)]
    if not head or len(body) < shortest or rest[0] in _CUT_PLACE_CHARS or rest.startswith(_OWN_BODY):
        return None
    if head.endswith("委"):
        return None
    return body


def _names_on_its_own(rest: str, lex: Lexicons) -> bool:
    """Whether a name without its place still names one body when written alone elsewhere: a
    body of three or more characters before the head with a proper or uncommon word in it
    (经纬|编织|厂); 发电|总厂, 地震|局, 证券|交易所 are kinds of body that refer back to the full
    name (a search of the text for a two-character body would find common words)."""
    body = _body_before_head(rest, lex, 3)
    if body is None:
        return False

    def uncommon(word: str) -> bool:
        if word_frequency(word) >= _UNCOMMON:
            return False
        # a long dictionary compound is rare as a whole but made of common words (证券|交易)
        pairs = [word[k : k + 2] for k in range(0, len(word), 2)]
        return not (len(word) >= 4 and all(word_frequency(p) >= _UNCOMMON for p in pairs))

    return any(t.pos in ("ns", "nr", "nz", "nt", "un", "j", "eng") or uncommon(t.word)
               for t in TokenIndex(body).tokens)


def _brand_right_after(rest: str, lex: Lexicons) -> bool:
    """Whether a name written right after its place opens with a proper word of its own (广东|
    科龙|公司, 星澳): two characters are enough there. Not a number (保定|一棉厂, 绵阳|第一纺织厂:
    units named by their place and number), a rare common noun (湖北|车桥公司) or a trade's
    abbreviation (河北省|邮电管理局, the province's own)."""
    body = _body_before_head(rest, lex, 2)
    if body is None or re.search(r"[一二三四五六七八九十○０-９0-9第]", body):
        return False
    inner = org_head(body, lex)
    while inner and len(body) - len(inner) >= 2:  # 汽车控股|集团|有限公司: a head inside is no brand
        body = body[: -len(inner)]
        inner = org_head(body, lex)
    common = lex.words.get("level_ending_words", ())  # (城市, 社区: jieba tags them ns, common nouns)
    tokens = [t for t in TokenIndex(body).tokens if t.word not in common]  # 诺丁汉|城市医院: no brand
    if not REGISTERED_COMPANY.search(rest):
        tokens = [t for t in tokens if not _ordinary_word(t)]  # 福建省|海洋渔业公司
    return any(t.pos in ("ns", "nr", "nrfg", "nrt", "nz", "nt", "un", "eng") for t in tokens) or _holds_rare_word(tokens)


#: below this jieba frequency a short word is rare enough to be a brand (理光 5, 博力 3; 车桥 13)
_RARE_FREQUENCY = 10


def _holds_rare_word(tokens) -> bool:
    """Whether the words before a name's head hold a rare short word, as brands are (博力|风能有限
    公司, 海光|机械厂); long dictionary entries of low frequency are terms built of common words
    (纺织工业, 重型汽车, 船舶工业), no names."""
    return any(t.pos not in ("m", "x", "q") and (t.pos == "un" or 2 <= len(t.word) <= 3 and word_frequency(t.word) < _RARE_FREQUENCY)
               for t in tokens)


def _written_alone(m: Mention, places: list[str], text: str, covered: tuple[list[int], list[int]],
                   lex: Lexicons) -> list[int]:
    """Where the name after its one place (绵阳|经纬编织厂) is written elsewhere on its own, in
    no other mention: the offsets, or [] when the rest is too short or a body of the place."""
    if not places or places[0] in _NATIONAL:
        return []
    rest = m.name[len(places[0]):]
    if not _names_on_its_own(rest, lex):
        return []
    starts, reach = covered
    found = []
    pos = text.find(rest)
    while pos >= 0:
        k = bisect.bisect_left(starts, pos + len(rest))  # the mentions that open before it ends …
        if not (k and reach[k - 1] > pos):  # … none of which runs into it
            found.append(pos)
        pos = text.find(rest, pos + len(rest))
    return found


def _place_short_forms(article: Article, lex: Lexicons) -> None:
    """A place's short form is an alias of the fullest form of the same place the article
    writes (湖南省 … 湖南的市场 → 湖南省; 本报北京电 … 在京召开 → 北京). One the article never
    expands stays as written (陕西), as the guideline says."""
    text = article.text
    # (with the places read off the front of bodies' names: 苏州|康吉尔空调设备厂 … 苏州市)
    places = [m for m in article.mentions if m.type == "Place"]
    places += [m.located_at for m in article.mentions if m.located_at is not None]
    forms: dict[str, set[str]] = {}  # gazetteer place -> the forms of it the article writes
    # the gazetteer place of each: a place the tagger or the dictionary found (合肥, which jieba
    # files as a common noun) is the gazetteer's all the same when the gazetteer knows its form
    place_of = {id(m): m.place or (None if m.parts else gazetteer_form(m.name, lex)) for m in places}
    for m in places:
        pieces = [text[s:e] for s, e in m.parts] if m.parts else [m.name]
        for form in pieces:
            place = place_of[id(m)] if not m.parts else gazetteer_form(form, lex)
            if place:
                forms.setdefault(place, set()).add(form)
    # the full names the article writes: a former division's (襄樊市, now 襄阳市, whose short form
    # 襄樊 the gazetteer files under the new name) is the place its short form means here
    full_written = {f for fs in forms.values() for f in fs if f in lex.places}
    for m in places:
        place = place_of[id(m)]
        if m.canonical is not None or m.parts or not place:
            continue
        written = forms.get(place, set())
        if place not in written:
            former = [f for f in full_written if f[len(m.name):] in _LEVEL_SUFFIXES and f.startswith(m.name)
                      and lex.places[f].status == "former"]
            if len(former) == 1:
                written = {*written, former[0]}
                place = former[0]
        fullest = place if place in written else max(written, key=lambda f: (len(f), f), default=m.name)
        if len(fullest) > len(m.name):
            _set(m, fullest, "place-short-form")
    _level_forms(article, lex)


#: level words a place's name is written with or without (练市镇 … 练市, 沈泉庄村 … 沈泉庄)
_WRITTEN_LEVELS = ("市", "县", "区", "镇", "乡", "村", "街道", "盟", "旗", "地区", "自治区", "自治州", "自治县")


#: the level words of a division's older full name (斗门县, now 斗门区)
_DIVISION_LEVELS = ("市", "县", "区")
#: last characters of a natural feature's name: the feature is no division of its name (桐柏山 and
#: 桐柏山乡, 太行山 and 太行山区 are two places)
_FEATURE_ENDS = "山岭峰河江湖海泊岛"


def _level_forms(article: Article, lex: Lexicons) -> None:
    """A town or village the gazetteer does not know, written once with its level word and
    elsewhere without (练市镇 … 练市, 双泾村 … 双泾), is one place, by the written full form; where
    the short form could be two places (a 乡 and a 村 of the same name) it stays as written. A
    place the gazetteer knows is resolved by it (科威特 is no 科威特市, 北京 no 北京地区)."""
    names = {m.name for m in article.mentions if m.type == "Place" and m.canonical is None and not m.parts}
    for m in article.mentions:
        if m.type != "Place" or m.canonical is not None or m.parts or len(m.name) < 2 or m.name[-1] in _FEATURE_ENDS:
            continue
        place = m.place or gazetteer_form(m.name, lex)
        if place:  # 斗门 … 斗门县 (now 斗门区): the division's older full name, which the gazetteer lacks
            if place in names or _level_rank(place, lex) < _LEVEL_RANKS["province"]:
                continue  # (科威特 is no 科威特市: a country is no city of its name)
            levels: tuple[str, ...] = _DIVISION_LEVELS
        else:
            levels = _WRITTEN_LEVELS
        longer = [m.name + w for w in levels if m.name + w in names and not gazetteer_form(m.name + w, lex)]
        if len(longer) == 1:
            _set(m, longer[0], "place-level-form")


#: the level words that end a division's full name after its short form (襄樊|市, 乌兰察布|盟, 晋中|地区:
#: the golds write 晋中 and 晋中地区 of one article as one place)
_LEVEL_SUFFIXES = frozenset({"市", "县", "区", "盟", "地区", "自治县", "旗"})

#: two levels together open a name of a group of bodies (区县政府, 省市总工会)
_LEVEL_PAIRS = frozenset({"区县", "县区", "县市", "市县", "省市", "省区", "地市", "乡镇"})


def _follow_chains(article: Article) -> None:
    """A mention resolved to a short form that is itself resolved is the name that form reaches
    (深圳万德莱公司 → 万德莱公司 → 万德莱通讯有限公司; 江苏春兰集团 → 春兰集团 → 春兰集团公司): one body,
    one name, as ``_partial`` does for its own chains. Only where the short form resolves one way."""
    onward: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.canonical is not None and m.type != "Person" and m.canonical != m.name \
                and m.resolution != "partial-name":  # (a name a longer one ends in may be a body of
            # its own: 伦敦中国学生学者联谊会 → 中国学生学者联谊会 is no 全英中国学生学者联谊会)
            onward.setdefault(m.name, set()).add(m.canonical)
    if not onward:
        return
    for m in article.mentions:
        if m.canonical is None or m.type == "Person":
            continue
        seen = {m.name}
        target = m.canonical
        while target not in seen and len(onward.get(target, ())) == 1:
            seen.add(target)
            target = next(iter(onward[target]))
        if target in seen:
            continue  # a cycle (美国联邦快递公司 → 联邦快递公司 → 美国联邦快递公司): left as resolved
        m.canonical = target


def _standard_short_heads(article: Article, lex: Lexicons) -> None:
    """A body named by its head's standing short form (区总工会经审会, 市妇联, 市人力社保局; resolved or
    not: ``lexicons/head_short_forms.tsv``) is the body the article names in full (渝北区总工会经费审查
    委员会, 某市妇女联合会, 某市人力资源和社会保障局), when it does."""
    keys = {m.key for m in article.mentions if m.canonical is None and not (m.reference or m.weak)}
    forms = lex.head_short_forms
    # (longest first, made once per table: the first that ends a name is its longest)
    heads = derived(lex, "_head_short_forms_longest_first", forms,
                    lambda: tuple(sorted(forms, key=len, reverse=True)))
    for m in article.mentions:
        name = m.canonical or m.name
        if not name.endswith(heads):
            continue  # (most names: one test in C, not one per short form)
        short = next(h for h in heads if name.endswith(h))
        if name.endswith(forms[short]):
            continue
        full = name[: -len(short)] + lex.head_short_forms[short]
        found = [k for k in keys if k == full or k.endswith(full)]
        if len(found) == 1 and found[0] != m.key and not _share_a_sentence(article, name, found[0]):
            _set(m, found[0], "standing-short-head")


def _share_a_sentence(article: Article, short: str, key: str) -> bool:
    """Whether a mention of ``short`` stands in one sentence with one of ``key``: two bodies, then
    (区法院与莱山区人民法院签订协议: the home district's court and another)."""
    at = lambda m: next((i for i, s in enumerate(article.sentences) if s.start <= m.start < s.end), None)  # noqa: E731
    shorts = {at(m) for m in article.mentions if (m.canonical or m.name) == short}
    fulls = {at(m) for m in article.mentions if m.key == key}
    return bool(shorts & fulls - {None})


def resolve_aliases(
    article: Article, *, region: str | None = None, lex: Lexicons | None = None, known: frozenset[str] = frozenset()
) -> None:
    """Resolve aliases and references in one article (in place); ``known`` holds the full names
    the whole document uses (for 县总工会 in a county paper)."""
    lex = lex or load_lexicons()
    _place_prefixed(article, lex)  # first: a declared short form then names the body without its place
    _declared(article, lex)
    _regional(article, region, known | {m.name for m in article.mentions})
    _place_short_forms(article, lex)
    _partial(article)
    resolve_group_bracket_forms(article)  # (铜陵有色金属公司 of 铜陵有色金属（集团）公司: before abbreviations)
    _launches_of_campaigns(article)
    resolve_bank_short_forms(article, lex)  # (甘肃工行: the branch, before any abbreviation of another name)
    _abbreviations(article, lex)
    _nested_parents_short_of_registered(article, lex)
    _standard_short_heads(article, lex)
    _unrecognised_short_forms(article, lex)  # (after the full names' own aliases are known)
    # given names and familiar forms before pronouns: 他 after 洪虎 or 老宁 stands for 宁洪虎
    _given_names(article)
    _foreign_surnames(article)
    _familiar_forms(article, lex)
    _anaphora(article)
    _anaphora_of_described_kind(article)
    _personal_pronouns(article)
    resolve_body_pronouns(article)  # (其董事长, 他们 as a body: after the bodies' own anaphors)
    resolve_main_body_kinds(article)  # (厂里, 全站, 公司 opening a clause: the body the article is about)
    _union_references(article)
    _follow_chains(article)
    kept = []
    edges = _strong_org_edges(article)
    # a short form some recogniser read as a plain name elsewhere in the article (联系人：区总工会财务部)
    # is that one body: scoped per article like its other mentions, not two entities
    scoped_names = {m.name for m in article.mentions if m.canonical is None and m.region_short}
    for m in article.mentions:
        if m.canonical is None and m.name in scoped_names and not m.region_short and not m.reference \
                and _group(m.type) == "org":
            _set(m, article_scoped(m.name, article), "short-form-of-this-article")
    for m in article.mentions:
        if m.canonical is None and m.reference and m.type == "Event" and m.name in _OPENINGS \
                and (reported := _event_reported(article)) is not None:
            # 出席闭幕式 with no full name ending in it: the opening or closing of the event the
            # report is about is a part of that event, no event of its own (the guideline's golds)
            _set(m, reported.key, "opening-of-the-event-reported")
        if m.canonical is None and m.reference and m.type == "Event":
            # 出席揭牌仪式 with no full name ending in it: the article's own ceremony, named per
            # article (two articles' 揭牌仪式 are two ceremonies)
            _set(m, article_scoped(m.name, article), "ceremony-of-this-article")
        if m.canonical is None and _own_committee(m) and (not m.reference or _POST_AFTER.match(article.text, m.end)
                                                          or _UNION_COMMITTEE.fullmatch(m.name)):
            # 公司党委, 集团公司党委 with no full name ending in it: the party committee of the body
            # the article is about, a body of its own named as written (the golds); named after that
            # body where the article shows which it is (某某有限公司党委, the written form an alias, as
            # 公司工会 is read: _committee_owner), per article where it does not
            committee = _committee_of_kind().fullmatch(m.name)
            owner = committee and _committee_owner(article, committee.group(1), m.start)
            _set(m, owner + committee.group(2) if owner else article_scoped(m.name, article),
                 "own-committee-of-named-body" if owner else "own-committee-of-this-article")
        if m.canonical is None and m.reference:
            continue  # 集团工会 with no group named: no entity to name
        if m.region_short and m.name[:2] in _LEVEL_PAIRS:
            continue  # 区县政府, 县市委: the bodies of every district and county, no one body
        if m.canonical is None and m.region_short:
            # 区总工会, 省委 with no known region stay as written (a wrong region is worse than
            # none), named apart per article: the same short form in two articles may be two bodies
            _set(m, article_scoped(m.name, article), "short-form-of-this-article")
        if m.canonical is None and m.weak and not _in_name_list(article, m, edges):
            continue
        kept.append(m)
    article.mentions = kept
