"""Departments written right after the union, federation or court they belong to (市总工会劳动和经济
工作部, 集团公司工会办公室, 市总工会离退休干部工作处, 某中级人民法院民事审判第三庭; heads:
``lexicons/body_department_heads.txt``).

A union's or a court's department is named by common words and a department head after the body's
name; the text makes it a body of its own where a post in it follows (部长某, 主任某, 庭长某) or where
it stands alone at the end of a clause (报市总工会某某部, 来源：某某处). The whole span is the name, the
fullest form written (the guideline); the department is an Organization (the union golds type it so).

>>> from uniongraph.extraction.tokens import TokenIndex
>>> department_end(TokenIndex("报表报市总工会劳动和经济工作部。"), 7, "Federation")
15
"""

from __future__ import annotations

from .lexicon import Lexicons, load_lexicons, words_tuple
from .tokens import TokenIndex

#: tags of a department's words (劳动 vn, 经济 n, 离退休 i, 民事 n, 第三 m before 庭)
_WORD_TAGS = frozenset({"n", "vn", "nz", "j", "i", "b", "l", "un", "m"})
#: the most words and characters of a department's own name
_MAX_WORDS = 5
_MAX_CHARS = 10
#: the bodies whose departments are read: unions and federations, and courts (人民法院)
_BODY_TYPES = frozenset({"Federation", "TradeUnion"})
#: how a court's name ends (某市中级人民法院)
_COURT_HEAD = "法院"
#: what closes a clause after a department named alone (报…工作部。来源：…工作处\n)
_CLAUSE_END = frozenset("。，；、：）)\n")


def department_end(idx: TokenIndex, end: int, body_type: str, body_name: str = "", lex: Lexicons | None = None) -> int | None:
    """Where a department written right after a body ending at ``end`` ends, or None: common words
    (a 和 between two of them: 劳动和经济工作部), the last ending in a department head, then a post or
    the end of the clause."""
    lex = lex or load_lexicons()
    if body_type not in _BODY_TYPES and not (body_type == "Organization" and body_name.endswith(_COURT_HEAD)):
        return None
    heads = words_tuple(lex, "body_department_heads")
    not_departments = words_tuple(lex, "not_department_words")
    toks, text = idx.tokens, idx.text
    k = idx.starting_at(end)
    if k is None or not heads:
        return None
    first = k
    while k < len(toks) and k - first < _MAX_WORDS and toks[k].end - end <= _MAX_CHARS:
        tok = toks[k]
        joint = tok.word == "和" and k > first and k + 1 < len(toks) and toks[k + 1].pos in _WORD_TAGS
        if not (tok.pos in _WORD_TAGS or joint) or lex.roles.get(tok.word) == "leader":
            return None  # 市总工会|主席: a post (but 离退休|干部|工作处 names whom the office serves)
        if tok.word.endswith(heads) and not tok.word.endswith(not_departments) and tok.end - end >= 3:
            # (离退休|老干部, 机关|科室: people or offices in general, by the word's ending)
            after = text[tok.end : tok.end + 1]
            if not after or after in _CLAUSE_END or _post_follows(text, tok.end, lex):
                return tok.end
        k += 1
    return None


def _post_follows(text: str, at: int, lex: Lexicons) -> bool:
    """Whether a post in the department follows it (部长, 主任, 副处长, 庭长, 护士长)."""
    return any(text[at : at + n] in lex.roles for n in range(4, 1, -1))
