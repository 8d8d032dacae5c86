"""People: byline names, and surname + given name where the context agrees.

A person is taken where a surname from ``lexicons/surnames.txt`` opens a 2–4 character span
that ends on a word boundary and either jieba's dictionary calls it a name (``nr``) or the
context says so: a role before it (主席王小明), an age (今年45岁的李秀英), ``来自…的`` before it,
or a speech or stance verb after it (赵建国说, X表示). Roles and ages become attributes.

>>> from uniongraph.extraction.tokens import TokenIndex
>>> [(m.name, m.attributes) for m in find_persons(TokenIndex("今年45岁的李秀英在工厂从事质检工作"))]
[('李秀英', {'age': 45})]
"""

from __future__ import annotations

import functools
import re

from ..model import Article, Mention
from ..reading.patterns import CREDIT_LABEL
from .lexicon import Lexicons, derived, load_lexicons
from .names import ends_in_title, name_and_verb_glued_to_a_level, org_head
from .table_cells import person_cells
from .tokens import TokenIndex, is_word, tagged_indices, word_frequency, word_tag
from .minority_names import nationality_names, part_runs, titled_parts
from .overlaps import Priority

_AGE_BEFORE = re.compile(r"(?:今年|现年|年仅|已经)?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})岁的$")


def _age_before(text: str, end: int) -> re.Match[str] | None:
    """:data:`_AGE_BEFORE` in the eight characters before ``end``. Searched only where they end in
    岁的 (exact: every match does), not at each of the thousands of offsets a text asks about.

    >>> _age_before("今年52岁的劳模", 6).group(1), _age_before("劳模", 2)
    ('52', None)
    """
    if end < 3 or not text.startswith("岁的", end - 2):
        return None
    return _AGE_BEFORE.search(text[max(0, end - 8) : end])
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_RIGHT_PUNCT = set("，。、；：！？）)”’ （(")
_NAME_POS = ("nr", "nrfg", "nrt")
_NAME_OR_UNKNOWN = frozenset((*_NAME_POS, "un"))
_UNKNOWN = frozenset({"un"})
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def _company_people(text: str, stem: str) -> bool:
    """Whether ``stem`` (before a 人) opens a company's name in ``text`` (丰田公司, 华广卫星有线电视有限
    公司): X人 then says the company's people, as 北京人 says a city's."""
    return re.search(re.escape(stem) + "[\u4e00-\u9fff]{0,12}?(?:公司|集团)", text) is not None
#: a numeral after 第 (第一家, 第３次): an ordinal, which no given name ends on
_NUMERAL_AFTER = re.compile(r"[0-9０-９一二两三四五六七八九十百]")
#: dictionary tags of ordinary words (a proper-noun tag such as ns may still be a name: 罗干)
_COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "vd", "i", "l", "t", "m", "q", "r", "p", "c", "u", "f", "s", "b", "z", "ng", "vg", "ag", "tg"})
_COMMON_SURNAMES = 100  # a dictionary name with one of the 100 commonest surnames needs no context
#: forms of address after a bare surname (杨师傅, 王大姐, 栾老人): the guideline's surname + 师傅/大姐
#: names nobody, and the address is no given name (the tagger's spans are held to it too: voting)
FAMILIAR_ADDRESSES = ("师傅", "大姐", "大嫂", "大妈", "大娘", "大爷", "大伯", "阿姨", "老汉", "大哥",
                      "老人", "老太太", "老太", "大叔", "大婶")
_FAMILIAR = frozenset({"大爷", "大妈", "大娘", "老伯", "阿姨", "师傅", "主席", "总理", "先生", "老师"})


def _is_transliterated(name: str, chars: frozenset[str]) -> bool:
    core = name.replace("·", "")
    return 2 <= len(core) <= 8 and all(c in chars for c in core)


def _age(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
    return _CN_DIGITS.get(s, 0)


def _surname_len(text: str, i: int, lex: Lexicons) -> int:
    if text[i : i + 2] in lex.compound_surnames:
        return 2
    return 1 if text[i] in lex.surnames else 0


@functools.lru_cache(maxsize=4)
def _surname_opening(surnames: frozenset[str], compound: frozenset[str]) -> re.Pattern[str]:
    """A pattern of the characters a surname (single or compound) opens with."""
    chars = sorted(surnames | {c[0] for c in compound})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _surname_positions(text: str, lex: Lexicons) -> list[int]:
    """Offsets where a surname may open: one regex scan instead of a look-up per character."""
    if not lex.surnames and not lex.compound_surnames:
        return []
    return list(map(re.Match.start, _surname_opening(lex.surnames, lex.compound_surnames).finditer(text)))


def _left_role(text: str, start: int, lex: Lexicons,
               ends: tuple[frozenset[str], tuple[int, ...]] | None = None) -> str | None:
    """A title or honour right before a name (主席, 劳模); identities such as 职工 are too loose.
    ``ends``: :func:`_role_ends` of ``lex``, when the caller asks at many offsets of one text."""
    last, lengths = ends or _role_ends(lex)
    if not start or text[start - 1] not in last:
        return None  # (most offsets: no title ends with the character before)
    roles = lex.roles
    for n in lengths:
        if n <= start:
            w = text[start - n : start]
            if w in roles and roles[w] != "identity":
                return w
    return None


def _role_ends(lex: Lexicons) -> tuple[frozenset[str], tuple[int, ...]]:
    """The last characters of the titles and honours (not identities) and their lengths up to
    eight, longest first: :func:`_left_role` asks only at those. Kept on the lexicons, made
    again when their roles change."""
    def make() -> tuple[frozenset[str], tuple[int, ...]]:
        titles = [w for w, kind in lex.roles.items() if kind != "identity" and w]
        return frozenset(w[-1] for w in titles), tuple(sorted({len(w) for w in titles if len(w) <= 8}, reverse=True))

    return derived(lex, "_role_ends", lex.roles, make)


def _name_openers(lex: Lexicons) -> frozenset[str]:
    """The characters after which find_persons may read a name at a surname (a surname at
    offset 4 or later, with no title two or three characters after it): the last characters of
    the roles (titles, honours, identities: :func:`_left_role`, the identity before a name),
    的 (an age: 52岁的), a clause's end, and 老/小 or a preposition before a surname alone."""
    def make() -> frozenset[str]:
        return frozenset({w[-1] for w in lex.roles if w} | _RIGHT_PUNCT | set("\n“的向给和与对跟同老小"))

    return derived(lex, "_name_openers", lex.roles, make)


def _right_context(text: str, end: int, lex: Lexicons) -> bool:
    if end < len(text) and text[end] in _RIGHT_PUNCT:
        return True
    verbs = lex.words.get("person_verbs", frozenset())
    return text[end : end + 3] in verbs or text[end : end + 2] in verbs or text[end : end + 1] in verbs


#: characters that open a title (副主席, 总经理, 正处长) and so end no name before one
_TITLE_PREFIXES = frozenset("副总正")
_SPEECH = ("说", "表示", "认为", "指出", "介绍", "告诉", "强调", "坦言", "透露", "回忆")


def _speech_after(text: str, end: int, lex: Lexicons) -> bool:
    return text.startswith(_SPEECH, end)


def _verb_after(text: str, end: int, lex: Lexicons) -> bool:
    """A verb that follows names (说, 表示, 当选, 参加 …) right after ``end``."""
    verbs = lex.words.get("person_verbs", frozenset())
    return text.startswith("说", end) or text[end : end + 3] in verbs or text[end : end + 2] in verbs


#: last characters that end common words, not given names (幸福感, 积极性)
_NOT_NAME_FINAL = frozenset("感性化者们品物业界类式型率度法摄对却的了说和与在是家总等镇乡村县区市省路街携")
#: complements of direction that end a verb (乐起来, 走出来, 干下去): never a given name
_DIRECTIONAL_COMPLEMENTS = ("起来", "出来", "下去", "下来", "上来", "过来", "回来", "进来", "出去")
#: sources whose grammar says where the name ends, whatever the dictionary or the tagger read there:
#: a byline, a credit label, a results line, minority name parts (巴图|孟和), a nationality in brackets
GRAMMAR_BOUNDED_SOURCES = frozenset({"byline", "person-credit-line", "person-result-line", "person-table-cell", "person-list-line",
                                     "person-minority-name", "person-nationality"})
#: sources that rest on the dictionary's own judgement that a word is a name
_DICTIONARY_SOURCES = frozenset({"person-dictionary", "person-unknown-word", "person-transliterated", "byline"})


def _verb_follows(idx: TokenIndex, end: int) -> bool:
    k = idx.starting_at(end)
    return k is not None and idx.tokens[k].pos in ("v", "vd", "x")


def _noun_follows(idx: TokenIndex, end: int) -> bool:
    """Whether a noun follows: 金秋时节 is a season, not a person."""
    k = idx.starting_at(end)
    return k is not None and idx.tokens[k].pos in ("n", "ng", "vn", "t")


#: 邓春生等38名农民工: a count after the name
_COUNT_AFTER = re.compile(r"等[0-9０-９一二三四五六七八九十百几多]")


def _strong_context(text: str, start: int, end: int, lex: Lexicons, left_role=None) -> bool:
    """A title or age before, or a speech or stance verb after: enough for a short name.
    ``left_role(start)`` is :func:`_left_role` of this text (remembered by the caller)."""
    role = left_role(start) if left_role is not None else _left_role(text, start, lex)
    if role or _age_before(text, start):
        return True
    verbs = lex.words.get("person_verbs", frozenset())
    if _COUNT_AFTER.match(text, end):  # (two characters: as on text[end : end + 2])
        return True  # 邓春生等38名农民工
    return text[end : end + 3] in verbs or text[end : end + 2] in verbs or text.startswith(("同志", "说"), end)


def _add_listed(short: list, found: list[Mention], text: str, add, lex: Lexicons) -> None:
    """Accept list items next to an accepted name: in 江泽民、李鹏、乔石 or 吴光正、吴家玮 every item
    that opens with a surname (2–4 characters, 3–8 for transliterated names) is a name too."""
    items = [(t.start, t.end) for t in short]
    at = text.find("、")
    while at >= 0:  # every 、 (found as a string: no pattern asked per article)
        for s, e in ((at + 1, _item_end(text, at + 1)), (_item_start(text, at), at)):
            if s is not None and e is not None and 2 <= e - s <= 4 and _surname_len(text, s, lex):
                items.append((s, e))
        at = text.find("、", at + 1)
    changed = True
    while changed and items:
        changed = False
        starts = {m.start for m in found}
        ends = {m.end for m in found}
        for s, e in list(items):
            left = s - 1 in ends and text[s - 1] == "、"
            right = e + 1 in starts and text[e : e + 1] == "、"
            if left or right:
                add(s, e, "person-list", Priority.PERSON_IN_LIST)
                items.remove((s, e))
                changed = True


#: what ends a list item: a separator, a bracket, a quote mark or white space
_ITEM_END = re.compile(r"[、，,。；;（(）)\s“”]")


def _item_end(text: str, s: int) -> int | None:
    """End of the list item starting at ``s``: the next separator or bracket."""
    m = _ITEM_END.search(text, s, s + 6)
    return m.start() if m else None


def _item_start(text: str, e: int) -> int | None:
    for s in range(e - 1, max(-1, e - 6), -1):
        if s < 0 or text[s] in "、，,。；;（()）\n “”：:":
            return s + 1
    return None if e - 6 > 0 else 0


def _propagate(found: list[Mention], idx: TokenIndex, add) -> None:
    """Every other occurrence of an accepted name in the same text is the same person
    (科雷先生 … 科雷说), when it stands on its own (not inside a longer Chinese word run)."""
    text = idx.text
    # longest first; equal lengths by name, not by set order (which varies with the hash seed)
    names = sorted({m.name for m in found if len(m.name) >= 2}, key=lambda n: (-len(n), n))
    for name in names:
        start = text.find(name)
        while start >= 0:  # every occurrence, not overlapping (as re.finditer found them)
            end = start + len(name)
            if idx.is_boundary(start) and (idx.is_boundary(end) or len(name) >= 3) \
                    and not names_no_person_here(text, start, end):  # (邓小平同志 … 邓小平理论)
                add(start, end, "person-same-name", Priority.PERSON_SAME_NAME)
            start = text.find(name, end)


def find_persons(idx: TokenIndex, lex: Lexicons | None = None) -> list[Mention]:
    """Person mention candidates in one text."""
    lex = lex or load_lexicons()
    text = idx.text
    out: list[Mention] = []
    not_names = lex.words.get("not_names", frozenset())
    seen: set[tuple[int, int]] = set()
    roles: dict[int, str | None] = {}
    role_ends = _role_ends(lex)  # (once per text, not at each of its offsets)

    def left_role(start: int) -> str | None:
        """_left_role at ``start``, once per offset (asked three or four times for each)."""
        if start in roles:
            return roles[start]
        role = roles[start] = _left_role(text, start, lex, role_ends)
        return role

    def add(start: int, end: int, source: str, priority: int) -> None:
        if (start, end) in seen:
            return
        name = text[start:end]
        if name in not_names or name[:2] in not_names:
            return
        if len(name) > 1 and name[-1] in _NOT_NAME_FINAL and source not in GRAMMAR_BOUNDED_SOURCES \
                and not (name[-1] == "和" and and_ends_the_name(idx, end - 1)):
            return  # 李鹏对, 陈飞摄: a name does not end in a particle or a verb
        if len(name) == 3 and name.endswith(_DIRECTIONAL_COMPLEMENTS) and source not in GRAMMAR_BOUNDED_SOURCES:
            return  # 农民乐起来, 市民文起来: a verb's complement after a surname-like character, no given name
        if source not in _DICTIONARY_SOURCES and source not in ("person-nationality", "person-minority-name") and len(name) > 1 \
                and word_tag(name) in _COMMON_WORD_TAGS:
            return  # 宣传, 原因, 陈旧: an ordinary word that opens with a surname
        if len(name) >= 3 and word_tag(name) not in _NAME_POS and word_frequency(name) and org_head(name, lex):
            return  # 党支部|书记: a word of the dictionary that ends in a body's head is the body
            # before its post, not a surname (党), a given name (支部) and a title
        if source not in _DICTIONARY_SOURCES and _party_suffix(idx, start, end, lex):
            return  # 职工方|签字, 企业方: 方 after a noun says which party, it opens no name
        if len(name) == 2 and _AMOUNT_REACHED.match(text, end - 1):
            return  # 费用高达１２０余万: 高达 reaches an amount, it names no one
        seen.add((start, end))
        attrs: dict = {}
        role = left_role(start)
        if role:
            attrs["role"] = role
        before = start - len(role or "")  # 今年52岁的劳模张德明: the age comes before the role
        age = _age_before(text, before)
        if age:
            attrs["age"] = _age(age.group(1))
        out.append(Mention(start, end, name, "Person", name, source, priority=priority, **attrs))

    titles = lex.words.get("person_titles", frozenset())
    translit = lex.words.get("transliteration_chars", frozenset())
    title_lengths = sorted({len(x) for x in titles}, reverse=True)

    def title_after(end: int) -> str | None:
        """A title of three, else of two characters at ``end``."""
        word = text[end : end + 3]
        if word in titles:
            return word
        word = word[:2]  # text[end : end + 2]
        return word if word in titles else None

    def common_surname(word: str) -> bool:
        return lex.surname_rank.get(word[:1], 999) < _COMMON_SURNAMES

    # 0. a person introduced by what they are called (女的叫倪巧银): first, so that this reading,
    # not the dictionary's, stands for the span
    for start, end in _named_persons(text):
        add(start, end, "person-named", Priority.PERSON_CONTEXT)
    # 1. words jieba knows as names, or invents with its HMM, that open with a surname
    short: list = []
    # the tokens of a name class or unknown to the dictionary, picked out in C
    for k in tagged_indices(idx.tokens, _NAME_OR_UNKNOWN):
        t = idx.tokens[k]
        w = t.word
        # the longest title the word ends with (总经理 before 经理): a look-up per length
        title = next((w[-n:] for n in title_lengths if len(w) > n and w[-n:] in titles), None)
        end = t.end - len(title) if title else t.end  # 雷先生: the title is not the name
        if not title and len(w) == 2 and and_ends_the_name(idx, t.end):
            end = t.end + 1  # 孟庆|和|当选: a verb follows 和, so 和 joins nothing: it ends the name
        if not title and name_and_verb_glued_to_a_level(t, lex):
            end = t.end - 2  # 孟庆华作市|总工会: the name, then its verb and the level of the body after it
        name = text[t.start : end]
        sl = _surname_len(name, 0, lex)
        if translit and t.pos in ("nrt", "un", "nrfg") and _is_transliterated(name, translit):
            if title or title_after(end) or _strong_context(text, t.start, end, lex, left_role):
                add(t.start, end, "person-transliterated", Priority.PERSON_TRANSLITERATED)
            continue
        if not sl or not 2 <= len(name) <= 4 or name[-1] in _NOT_NAME_FINAL and end == t.end:
            continue
        if len(name) == 4 and sl != 2:
            continue  # four characters need a compound surname: 欧阳文华, not 隆重举行
        if len(name) == sl + 2 or title or title_after(end):
            add(t.start, end, "person-dictionary" if t.pos != "un" else "person-unknown-word",
                Priority.PERSON_DICTIONARY_TITLED)
        elif _strong_context(text, t.start, end, lex, left_role) or (
            t.pos != "un" and common_surname(name) and not _noun_follows(idx, end)
        ):
            add(t.start, end, "person-dictionary" if t.pos != "un" else "person-unknown-word",
                Priority.PERSON_DICTIONARY)
        else:
            short.append(t)  # kept only beside other names: 江泽民、李鹏、乔石
    # 2. surname + given name where the context agrees (jieba split or glued the name)
    openers = _name_openers(lex)
    # (only where a word starts: most surname characters stand inside one: of 29,000 in 400
    # articles, 12,000 open a word)
    for i in idx.boundaries_among(_surname_positions(text, lex)):
        sl = _surname_len(text, i, lex)
        if not sl:
            continue
        if i >= 4 and text[i - 1] not in openers and not title_after(i + sl + 2) and not title_after(i + sl + 1):
            continue  # (8,000 of 12,000: no title after, and before it no role, identity, age, 的,
            # clause's start, 老/小 or preposition, which every reading below needs)
        role = left_role(i)
        identity: str | None = None
        left_ok = read_left = False  # identity and left_ok are read once a given name gets that far
        clause_start = i == 0 or text[i - 1] in _RIGHT_PUNCT or text[i - 1] in "\n“"
        title_for_given = title_after(i + sl)  # (the same for both lengths of given name)
        # A name is added here only after a role, an identity, an age or 的, at a clause's start,
        # or before a title: where none of them is, no given name can be (most of the 12,000
        # surname characters of 400 articles that open a word), and the loop below is not run.
        hopeless = (
            role is None and not clause_start and text[i - 1] != "的"
            and not title_after(i + sl + 2) and not title_after(i + sl + 1)
            and next((n for n in (4, 3, 2) if text[i - n : i] in lex.roles), None) is None
            and not _age_before(text, i)
        )
        for glen in () if hopeless else (2, 1):
            end = i + sl + glen
            given = text[i + sl : end]
            if end > len(text) or not _HAN_RUN.fullmatch(given):  # given is never empty here
                continue
            titled = title_after(end)
            # after a leader's title a name may be glued to the next word (宋雅琴作报告), unless
            # its last character opens a verb (张敏|表示)
            led = (
                role is not None
                and lex.roles.get(role) == "leader"
                and glen == 2
                and not _verb_after(text, end - 1, lex)
                and not is_word(text[end - 1 : end + 1])  # 庞伟|到会: the last character opens a word
            )
            if text.startswith(FAMILIAR_ADDRESSES, i + sl):
                continue  # 栾老人, 杨师傅: a surname and a form of address, no given name
            if given in _SPEECH or given in lex.words.get("person_verbs", ()):
                continue  # 讲话时|强调: a verb that follows names is no given name
            if given[-1] == "人" and _company_people(text, text[i : end - 1]):
                continue  # 感谢北京来的华广|人, 丰田|人说: a company's short name and 人 are its people
            if given[-1] == "第" and _NUMERAL_AFTER.match(text, end):
                continue  # 咸阳|第一家: 第 opens an ordinal, it ends no name
            if given in titles or title_for_given and len(title_for_given) >= glen:
                continue  # 杨师傅: the title is not a given name
            if titled and given[-1] in _TITLE_PREFIXES:
                continue  # 全总副|主席: 副 opens the title (副主席), it ends no name
            if not (idx.is_boundary(end) or _verb_after(text, end, lex) or titled or led):
                continue  # jieba may glue the next word to the name: 张德|明说
            if glen == 1 and not (titled or _strong_context(text, i, end, lex, left_role)
                                  or _unknown_after_identity(idx, i, end, lex)):
                continue  # a two-character name needs a title, an age or a speech verb (or, as a
                # word jieba does not know, a person's identity before it and a verb after: 徒弟高某在…)
            if glen == 2 and sl == 1 and _opens_with_common_word(idx, i) and not (led and bound_last_char(idx, end)):
                continue  # 被县委|任命为厂长, 的沙发|上: a common word the surname opens is no name's start
            if _ends_inside_phrase(idx, end):
                continue  # 满怀|希望: a name does not end inside a set phrase of four characters
            if glen == 2 and not titled and word_tag(given) == "t" and word_frequency(given) >= _COMMON_OPENING:
                continue  # 工人战|隆冬, 主任高|今天: a frequent time word is no given name, even after a role
            if not read_left:  # (most surname positions never get here)
                identity = next((text[i - n : i] for n in (4, 3, 2) if text[i - n : i] in lex.roles), None)
                left_ok = (
                    role is not None
                    or bool(_age_before(text, i))
                    or text[max(0, i - 1) : i] == "的"
                )
                read_left = True
            if role is None and not titled and not clause_start and identity is None \
                    and (_common_given(given, lex) or _one_place_word(idx, i, end)):
                continue  # 极高的高|墩台、, 山的那|一边，, 新建成的常州港，: with no title, an ordinary
                # word or a localiser after a surname-like character, or one place word, names no one on
                # 的 and a comma alone
            if role is not None or titled or (left_ok and _right_context(text, end, lex)) or (
                clause_start and (_speech_after(text, end, lex) or _strong_context(text, i, end, lex, left_role))
            ) or (identity is not None and glen == 2 and _verb_follows(idx, end)) \
                    or (glen == 1 and _unknown_after_identity(idx, i, end, lex)):
                add(i, end, "person-context", Priority.PERSON_CONTEXT)
                break
        # a surname alone before a familiar title: 何大爷, 毛主席 (the surname is the name)
        if sl == 1 and (clause_start or text[i - 1] in "的向给和与对跟同") and title_after(i + 1) in _FAMILIAR:
            add(i, i + 1, "person-surname-title", Priority.PERSON_SURNAME_TITLE)
        # 老邱, 小王
        if sl == 1 and i > 0 and text[i - 1] in "老小" and (i < 2 or not "\u4e00" <= text[i - 2] <= "\u9fff" or text[i - 2] in "的向给和与对跟同") and idx.is_boundary(i + 1) and common_surname(text[i]):
            add(i - 1, i + 1, "person-familiar", Priority.PERSON_SURNAME_TITLE)
    # 3. a name without a Han surname (岩温, 玉香 of the Dai) between a title and what a person
    # does: 车间主任|岩温|当选, 主任|岩温|说
    toks = idx.tokens
    for k in tagged_indices(toks, _UNKNOWN):
        t = toks[k]
        if 2 <= len(t.word) <= 3 and _HAN_RUN.fullmatch(t.word) and k > 0 \
                and t.word not in not_names and ends_in_title(idx.tokens[k - 1].word, lex) \
                and (_speech_after(text, t.end, lex) or _verb_after(text, t.end, lex)):
            add(t.start, t.end, "person-titled-unknown", Priority.PERSON_CONTEXT)
    _add_listed(short, out, text, add, lex)
    out[:] = [m for m in out if not names_no_person_here(text, m.start, m.end)]
    for m in _photo_credits(text):
        add(m[0], m[1], "person-photo-credit", 15)
    credited = {span: "person-credit-line" for span in _credit_line_names(text)}
    credited.update((span, "person-result-line") for span in _result_line_names(text, lex))
    credited.update((span, "person-table-cell") for span in _table_person_cells(text, lex))
    credited.update((span, "person-list-line") for span in _list_line_names(text, lex))
    credited.update((span, "person-minority-name") for span in titled_parts(idx, lex, left_role))
    credited.update((span, "person-minority-name") for span in part_runs(idx, lex))
    credited.update((span, "person-nationality") for span in nationality_names(idx, lex))
    # (a credit label, a results line or a table's column of people says a name is there whatever the dictionary read of it:
    # 图片：马超, 图片：黄一鸣; that reading replaces the dictionary's, which the tagger may overrule)
    out[:] = [m for m in out if (m.start, m.end) not in credited]
    seen.difference_update(credited)
    for (start, end), source in sorted(credited.items()):
        add(start, end, source, Priority.PERSON_CONTEXT)
    _propagate(out, idx, add)
    return out


def _unknown_after_identity(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether ``[start, end)`` is one word jieba does not know (``un``) right after a person's identity
    (徒弟, 队员, 选手: not a title, which :func:`_left_role` reads) and before a verb or a preposition:
    其中徒弟高某在大赛中获得第一名."""
    k = idx.starting_at(start)
    if k is None or idx.tokens[k].end != end or idx.tokens[k].pos != "un" or k + 1 >= len(idx.tokens):
        return False
    if idx.tokens[k + 1].pos not in ("v", "vd", "p"):
        return False
    return any(lex.roles.get(idx.text[start - n : start]) == "identity" for n in (4, 3, 2) if n <= start)


def and_ends_the_name(idx: TokenIndex, at: int) -> bool:
    """Whether the 和 at ``at`` is a name's last character: a verb follows it (孟庆和|当选), and a
    conjunction joins two names or nouns, never a name and a verb (张德|和|李明出席)."""
    k = idx.starting_at(at)
    if k is None or idx.tokens[k].word != "和" or k + 1 >= len(idx.tokens):
        return False
    after = idx.tokens[k + 2].word if k + 2 < len(idx.tokens) else ""
    # (吴仪|和|来访|的|英国贸工大臣: a verb before 的 describes the second name, 和 joins the two)
    return idx.tokens[k + 1].pos in ("v", "vd") and after != "的"


#: how often jieba's dictionary must count a word for it to be too common to open a name
_COMMON_OPENING = 200
#: an amount right after a word that ends in 达 (reach): 高达|１２０余万, 长达|十年 is a verb of
#: degree (an adjective + 达), not a surname and a given name
_AMOUNT_REACHED = re.compile(r"达[0-9０-９零一二两三四五六七八九十百千万几数近]")


#: localisers: after a name they place something (回家后, 桌上), they end no given name
_LOCALISERS = frozenset("后前里上下内外旁")


def _one_place_word(idx: TokenIndex, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one word jieba's dictionary tags a place (常州港)."""
    k = idx.starting_at(start)
    return k is not None and idx.tokens[k].end == end and idx.tokens[k].pos == "ns"


def _common_given(given: str, lex: Lexicons) -> bool:
    """Whether ``given`` reads as an ordinary word, not a given name: a frequent dictionary word
    of a common class (墩台, 一边, 隆冬) or a localiser at its end (铁棚后).

    >>> lex = load_lexicons()
    >>> _common_given("一边", lex), _common_given("棚后", lex), _common_given("德明", lex)
    (True, True, False)
    """
    if len(given) == 2 and word_tag(given) in _COMMON_WORD_TAGS and word_frequency(given) >= _COMMON_OPENING:
        return True
    return given[-1] in _LOCALISERS


#: tags of a character that is no word alone (怡 vg, 琳 ng): a bound morpheme
_BOUND_CHAR_TAGS = frozenset({"vg", "ng", "ag", "zg", "g", "tg"})


def bound_last_char(idx: TokenIndex, end: int) -> bool:
    """Whether the name's last character is a token of its own that is no word alone (文静|怡 after
    副主席): the common word before it then opens a three-character name, not the sentence, and where
    the tagger stops before it the character belongs to the name all the same. Shared with voting."""
    k = idx.ending_at(end)
    return k is not None and len(idx.tokens[k].word) == 1 and idx.tokens[k].pos in _BOUND_CHAR_TAGS


def _opens_with_common_word(idx: TokenIndex, i: int) -> bool:
    """Whether jieba cut a frequent two-character word of no name class at ``i`` (任命, 成为):
    a three-character name does not open with one (高明亮 opens with a word tagged a name)."""
    k = idx.starting_at(i)
    if k is None:
        return False
    word = idx.tokens[k].word
    tag = word_tag(word)  # nz too: jieba tags many plain nouns so (沙发, 闻讯); not ns (王国平)
    return len(word) == 2 and (tag in _COMMON_WORD_TAGS or tag == "nz") and word_frequency(word) >= _COMMON_OPENING


def _ends_inside_phrase(idx: TokenIndex, end: int) -> bool:
    """Whether ``end`` falls inside a word of four or more characters (an idiom or set phrase)."""
    if end >= len(idx.text):
        return False
    tok = idx.tokens[idx.index_at(end)]
    return tok.start < end and len(tok.word) >= 4 and tok.pos not in ("un", "x", "m", "eng")


#: adverbs of degree: after them 思想 is the person's way of thinking, described (姚某思想|颇开通), no doctrine
_DEGREE = r"(?:[颇很挺蛮]|非常|十分|比较|相当|特别)"
#: what makes a person's name the name of a doctrine (邓小平理论, 马克思主义, 毛泽东思想, 马克思列宁主义,
#: 毛泽东军事思想, 邓小平新时期军队建设思想) or of their writings (毛泽东著作, 邓小平文选)
_DOCTRINE_AFTER = re.compile(r"(?:、?(?:列宁|恩格斯|毛泽东))*(?:(?:军事|经济|哲学|外交|教育|文艺|新时期[\u4e00-\u9fff]{0,6}?)?"
                             r"(?:理论|思想(?!" + _DEGREE + r"))|主义|(?:同志)?的?(?:著作|文选|选集|文集|诗词|语录))")
#: 学雷锋: a model people are called to learn from, named as a campaign (not 大学|雷…, 同学|雷…)
_LEARN_FROM = re.compile(r"(?<![大中小同化数文])学(?:习)?$")


def names_a_doctrine(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is part of a doctrine's or a body of writings' name: the
    guideline leaves names inside one out (邓小平理论, 毛泽东著作 name no person)."""
    return _DOCTRINE_AFTER.match(text, end) is not None


#: a surname (one or two characters) and 某 or 某某 for the given name: a name withheld
_WITHHELD_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}某{1,2}")


def names_no_person_here(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` names no person taking part in the news: inside a
    book's title (《邓小平文选》), a doctrine or writings (毛泽东军事思想, 毛泽东著作), or a model
    to learn from (学雷锋义卖), or a surname and 某 standing for a name withheld (负责人张某, 王某某: no
    name, as a surname and 师傅 is none by the guideline)."""
    return _in_book_title(text, start) or names_a_doctrine(text, end) \
        or _WITHHELD_NAME.fullmatch(text, start, end) is not None \
        or _LEARN_FROM.search(text, max(0, start - 3), start) is not None \
        or end - start == 3 and text[start] == text[end - 1] and text[start] in _CORRELATIVES


def named_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` is that of a person named in a work's title
    (《怀念曹禺》), held up as a model (学雷锋), or named in a doctrine of some field or in writings
    (毛泽东军事思想, 邓小平新时期军队建设思想, 《邓小平文选》, 毛泽东著作): no one taking part in
    the news, but a name that flat NER schemes mark (PFR and MSRA both do). The bare doctrine, a
    fixed term (邓小平理论, 马克思主义, 毛泽东思想), they do not agree on: PFR leaves its name out."""
    if _BARE_DOCTRINE_AFTER.match(text, end):
        return False
    return _in_book_title(text, start) or _LEARN_FROM.search(text, max(0, start - 3), start) is not None \
        or names_a_doctrine(text, end)


#: a doctrine named by its author alone, a fixed term (邓小平理论, 马克思列宁主义, 毛泽东思想; not
#: 毛泽东军事思想, 邓小平经济理论: a doctrine of a field, whose author PFR marks as a name)
_BARE_DOCTRINE_AFTER = re.compile(r"(?:、?(?:列宁|恩格斯|毛泽东))*(?:理论|思想|主义)")


#: the paired adverbs of 边走边谈, 又说又笑, 越干越好: a character, a verb, the same character again is
#: no name even where the first is a surname (边)
_CORRELATIVES = frozenset("边又越愈")


def _in_book_title(text: str, start: int) -> bool:
    """Whether ``start`` lies inside 《…》: 《唐诗中的家国情怀》 names a work, not a person."""
    lead = text[max(0, start - 30) : start]
    return lead.rfind("《") > lead.rfind("》")


_PHOTO = re.compile(r"[（(](?:[^（）()]{0,12}?记者)?([\u4e00-\u9fff]{2,4})摄[）)]")


def _photo_credits(text: str) -> list[tuple[int, int]]:
    """Photographers' names: （郭红摄）, （新华社记者樊如钧摄）."""
    if "摄" not in text:  # (every match holds 摄: a scan of the text saved)
        return []
    return [(m.start(1), m.end(1)) for m in _PHOTO.finditer(text)]


def _credit_line_names(text: str) -> list[tuple[int, int]]:
    """The names of a page's credit lines (（金牛镇总工会供稿　编辑：字春燕）, 编辑：刘畅　审核：乌云其其格):
    each label, a colon and one name, closed by a space, a bracket or the line's end."""
    from ..reading.bylines import name_characters_only
    from ..reading.source_fields import credited_names

    if "：" not in text and ":" not in text:
        return []  # (every label ends in a colon: a scan of the text saved)
    return [(s, e) for s, e in credited_names(text) if name_characters_only(text[s:e])]


def _party_suffix(idx: TokenIndex, start: int, end: int, lex: Lexicons) -> bool:
    """Whether 方 at ``start`` is the party of an agreement, cut off as a word of its own after a
    noun (企业方, 职工方|签字) or after 双/对/各 (双方, 对方), a verb's word making the rest of the
    span (方|签字, 方|表示): no surname then (but 厂长|方建国, 职工|方建国: a name)."""
    k = idx.starting_at(start)
    if k is None or k == 0 or idx.tokens[k].word != "方":
        return False
    prev = idx.tokens[k - 1]
    if prev.end != start or ends_in_title(prev.word, lex):
        return False
    rest = idx.text[start + 1 : end]
    return (prev.pos in ("n", "vn", "nz", "j") or prev.word in ("双", "对", "各", "甲", "乙", "多")) \
        and word_tag(rest) in ("v", "vn", "vd", "d", "p")


#: a line of a results list: what was won, a colon, the winner's unit, a space, the winner's name
#: closing the line (男子100米：机械工程学院　邵文博, 一等奖：南岭市第一中学 李明); the same line shape as
#: institution_units._LIST_LINE (the unit's side of it) and reading.repair.LABEL_LINE (any entry of a list,
#: with or without a name), each regex reading the part its rule needs
_RESULT_LINE = re.compile(r"^[^\n：:，。；]{2,12}[：:][^\n：:，。；\s]{2,20}[ \u3000]+([\u4e00-\u9fff]{2,3})[ \u3000]*$", re.M)


def _result_line_names(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The winners' names closing the lines of a results list (see ``_RESULT_LINE``): a surname opens
    the name, and the label before the colon is no credit (编辑：, a credit line's)."""
    from ..reading.bylines import name_characters_only

    out: list[tuple[int, int]] = []
    if "：" not in text and ":" not in text:
        return out  # (every line holds a colon: a scan of the text saved)
    for m in _RESULT_LINE.finditer(text):
        name = m.group(1)
        if (name[0] in lex.surnames or name[:2] in lex.compound_surnames) and name_characters_only(name) \
                and not re.match(CREDIT_LABEL, text[m.start() : m.end()]) \
                and not name.endswith(_ADDRESS_TERMS) and not _NOTICE_LABEL.search(text, m.start(), m.start(1)):
            out.append(m.span(1))
    return out


def _table_person_cells(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The cells of the person columns of the text's tables (``table_cells.person_cells``): a header
    of people (姓名, 领衔人) says each holds a name, as a credit label does (黄石生 is no city 黄石)."""
    return person_cells(text, lex)


def _list_line_names(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """The names opening the lines of a list a line introduces (``relations.listed_lines.list_line_names``:
    部分受助职工名单如下：, then 南岭区　王某某（…）): the list's shape says a name is there."""
    from .relations.listed_lines import list_line_names  # (the list reader lives with the relations it states)

    return list_line_names(text, lex)


#: what a contact is called by on a notice, a surname and a term of address (张女士, 王老师): no name
_ADDRESS_TERMS = ("女士", "先生", "老师", "师傅", "小姐", "同志", "经理", "主任")
#: labels of a notice's lines (咨询电话：, 报名方式：, 活动地点：): a contact or a how-to, no result
_NOTICE_LABEL = re.compile(r"^[^\n：:]*(?:电话|联系|报名|地点|方式|地址|时间|热线|咨询|邮箱|网址)[^\n：:]*[：:]")


#: a person introduced by the name they are called: 一位叫扎西的老牧民, 这位名叫波特的教练 (位 counts
#: persons only), 男的叫张攀，女的叫赵阳 (the man, the woman)
_NAMED = re.compile(r"(?:位(?:名叫|叫)([\u4e00-\u9fff]{2,3})的"
                    r"|(?:男的|女的|男孩|女孩|儿子|女儿|妻子|丈夫)(?:名叫|叫)([\u4e00-\u9fff]{2,3})(?=[，,。；;、]))")


def _named_persons(text: str) -> list[tuple[int, int]]:
    """The names of persons introduced by what they are called (see ``_NAMED``)."""
    out: list[tuple[int, int]] = []
    if "叫" not in text:  # (every match holds 叫; most articles have none, and the scan is slow)
        return out
    for m in _NAMED.finditer(text):
        k = 1 if m.group(1) else 2
        if not _NOT_NAME_FINAL.intersection(m.group(k)):
            out.append(m.span(k))
    return out


def byline_persons(article: Article) -> list[Mention]:
    """Person mentions for the names in an article's byline, with their role."""
    out = []
    for b in article.bylines:
        role = "记者" if b.role == "reporter" else "通讯员"
        text = article.text[b.start : b.end]  # read in simplified script when the page is traditional
        out.append(Mention(b.start, b.end, text, "Person", text if len(text) == len(b.name) else b.name, "byline", priority=Priority.BYLINE, role=role))
    return out
