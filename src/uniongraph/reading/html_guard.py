"""Bounding the work of the HTML5 tree builder on hostile pages, in one linear pass.

The HTML5 algorithm that real parsers follow (Lexbor here, html5lib, browsers) has two
super-linear shapes: every block start tag looks down the stack of open elements, so a page
of 200,000 nested ``<div>`` takes minutes (quadratic); and formatting elements left open
(``<b id=1>…<b id=2000>`` then ``</p>``) are re-created in every later paragraph, so a 40 KB
page builds millions of elements and gigabytes. :func:`defuse` rewrites the page before it is
parsed, without changing its text:

- formatting tags (``b``, ``i``, ``font``, ``strong``…) become ``span``: nothing here reads
  them, and a span is never re-created;
- start tags that would nest deeper than :data:`MAX_DEPTH` open elements are left out (a
  block one becomes ``<br>``, so the text keeps its break); browsers cap nesting the same way.

The depth is followed by a small model of the tree builder's stack: it closes an element only
where the HTML5 rules surely close it (matching end tags in scope, ``<p>``, ``<li>``, ``<td>``…
ended by their siblings), so it never counts fewer open elements than there are, up to the
``tbody``/``tr`` a table adds; text inside ``script``, ``style``, ``title``, ``textarea`` and
comments is skipped as the parser skips it.

>>> defuse("<p><b>粗体</b><font color=red>红字</font></p>")
'<p><span>粗体</span><span color=red>红字</span></p>'
>>> defuse("<div>" * 3 + "正文", max_depth=2)
'<div><div><br>正文'
"""

from __future__ import annotations

import re

#: Open elements beyond which start tags are left out (Blink's parser caps nesting at 512 too).
MAX_DEPTH = 512

_FORMATTING = frozenset("b big code em font i nobr s small strike strong tt u".split())
_VOID = frozenset("area base basefont bgsound br col embed frame hr image img input keygen link meta param "
                  "source track wbr".split())
_RAW = frozenset("script style xmp iframe noembed noframes textarea title".split())
# Merged into the open ones, or (frameset) nested without any look down the stack.
_IGNORED = frozenset("html head body frameset".split())
# Ignored outside a table (the model must not count what the parser never opened).
_TABLE_INNER = frozenset("caption colgroup tbody thead tfoot tr td th".split())
# Block elements a new block start tag is broken at (only their start tag is replaced, by <br>).
_BLOCKS = frozenset("address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption "
                    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup li listing main menu nav ol p pre search "
                    "section summary table tbody thead tfoot tr td th caption ul".split())
# Start tags that close an open <p> (when it is in button scope).
_CLOSES_P = frozenset("address article aside blockquote center details dialog dir div dl fieldset figcaption figure "
                      "footer form h1 h2 h3 h4 h5 h6 header hgroup listing main menu nav ol p pre search section "
                      "summary ul li dd dt".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# End tags of these close the element if it is "in scope" (nothing but scope markers below it).
_SCOPED_END = frozenset("address article aside blockquote button center details dialog dir div dl fieldset "
                        "figcaption figure footer header hgroup listing main menu nav ol pre search section "
                        "summary ul applet marquee object li dd dt p".split())
_TABLE_END = frozenset("table tbody thead tfoot tr td th caption colgroup".split())
_SCOPE_MARKERS = frozenset("applet caption html table td th marquee object template select".split())
_SVG_INTEGRATION = frozenset("foreignobject desc title".split())
_MATH_INTEGRATION = frozenset("mi mo mn ms mtext annotation-xml".split())
_SPECIAL = frozenset(
    "address applet area article aside base basefont bgsound blockquote body br button caption center col "
    "colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 "
    "h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav "
    "noembed noframes noscript object ol p param plaintext pre script search section select source style "
    "summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp".split())
# Start tags that leave SVG/MathML content (the HTML5 "breakout" list).
_BREAKOUT = frozenset("b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i "
                      "img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u "
                      "ul var".split())

_TOKEN = re.compile(
    r"<!--(?:-?>|.*?(?:--!?>|\Z))"  # a comment, also the abrupt <!--> and <!--->
    r"|<[!?][^>]*(?:>|\Z)"  # doctype, <![CDATA[, <?php ?>: a bogus comment up to the next >
    r"|</(?![A-Za-z])[^>]*(?:>|\Z)"  # </ not followed by a letter
    # a tag: its name ends at space, / or >; a quote starts a value only after =; EOF ends it
    r"|<(/?)([A-Za-z][^\t\n\f\r />]*)((?:[^>=]|=[\t\n\f\r ]*(?:\"[^\"]*(?:\"|\Z)|'[^']*(?:'|\Z))?)*)(?:>|\Z)",
    re.S,
)
_SCRIPT_TOKENS = re.compile(r"<!--(-*>)?|-->|<(/)?script(?=[\t\n\f\r />])", re.I)
_RAW_END = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.I) for name in _RAW}


class _Stack:
    """The stack of open elements, with the last position of each name and kind kept at hand.

    SVG and MathML elements are keyed ``svg:name``/``math:name``: HTML end tags never close them.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.spaces: list[str] = []  # "html", "svg" or "math"
        self.html_like: list[bool] = []  # an HTML element, or an integration point (HTML inside)
        self.at: dict[str, list[int]] = {}  # name or kind -> positions, innermost last
        self.kinds: list[tuple[str, ...]] = []

    def __len__(self) -> int:
        return len(self.names)

    def last(self, key: str) -> int:
        pos = self.at.get(key)
        return pos[-1] if pos else -1

    def push(self, name: str, space: str = "html") -> None:
        pos = len(self.names)
        if space != "html":
            integration = name in (_SVG_INTEGRATION if space == "svg" else _MATH_INTEGRATION)
            # scope markers and special to the model: it then closes less, never more
            kinds = [f"{space}:{name}", "#marker", "#special", "#special-not-adp"]
            if integration:
                kinds.append("#html")
        else:
            integration = True
            kinds = [name, "#html"]
            if name in _SPECIAL:
                kinds.append("#special")
                if name not in ("address", "div", "p"):
                    kinds.append("#special-not-adp")
            if name in _SCOPE_MARKERS:
                kinds.append("#marker")
            if name in ("table", "template"):
                kinds.append("#table")
            if name in ("td", "th", "caption"):
                kinds.append("#cell")
            if name in _HEADINGS:
                kinds.append("#heading")
            if name in ("dd", "dt"):
                kinds.append("#ddt")
            if name in ("tbody", "thead", "tfoot"):
                kinds.append("#section")
        for key in kinds:
            self.at.setdefault(key, []).append(pos)
        self.names.append(name)
        self.spaces.append(space)
        self.html_like.append(integration)
        self.kinds.append(tuple(kinds))

    def pop_to(self, pos: int) -> None:
        """Close the element at ``pos`` and everything opened after it."""
        while len(self.names) > pos:
            self.names.pop()
            self.spaces.pop()
            self.html_like.pop()
            for key in self.kinds.pop():
                self.at[key].pop()

    def in_foreign(self) -> bool:
        """Whether the current node is an SVG/MathML element that takes no HTML content."""
        return bool(self.names) and not self.html_like[-1]

    def close_if_in_scope(self, key: str, markers: str = "#marker") -> None:
        pos = self.last(key)
        if pos >= 0 and self.last(markers) <= pos:  # no scope marker above it (it may be one)
            self.pop_to(pos)


def defuse(html: str, *, max_depth: int = MAX_DEPTH) -> str:
    """``html`` with formatting tags made spans and nesting capped at ``max_depth`` (see above)."""
    out: list[str] = []
    done = 0  # html[:done] is in out
    stack = _Stack()
    unended: set[str] = set()  # raw text elements with no end tag after the current place
    region_end = -1  # inside the text of a raw text element the parser may have ignored: its end
    pos = 0
    while True:
        m = _TOKEN.search(html, pos, region_end if region_end >= 0 else len(html))
        if m is None:
            if region_end >= 0:
                pos, region_end = region_end, -1
                continue
            break
        pos = m.end()
        if m.group(2) is None:  # a comment; in SVG/MathML, <![CDATA[ is text up to ]]>
            if html.startswith("<![CDATA[", m.start()) and stack.names and stack.spaces[-1] != "html":
                close = html.find("]]>", m.start())
                pos = len(html) if close < 0 else close + 3
            continue
        name = m.group(2).lower()
        rename = name in _FORMATTING
        if rename:
            name = "span"
        leave = False
        if m.group(1):
            if region_end < 0:  # in a region, it may be text: it closes nothing here
                _end_tag(stack, name)
        else:
            if name in _RAW and not stack.in_foreign() and region_end < 0:
                # Its text is not markup: go on from its end tag. Without one the rest is read as
                # markup (the parser may have ignored the start tag; if not, the rest is text to
                # it, and no element is opened there), and the name is not searched for again,
                # which would be quadratic. Inside a template or select the parser may ignore
                # the start tag: up to the end tag its text is read as markup, but for end tags.
                close = None
                if name not in unended:
                    close = _script_end(html, pos) if name == "script" else _raw_end(html, pos, name)
                if close is None:
                    unended.add(name)
                elif stack.last("template") >= 0 or stack.last("select") >= 0:
                    region_end = close
                else:
                    pos = close
                continue
            leave = _start_tag(stack, name, m.group(3).endswith("/"), max_depth)
        if leave:
            out.append(html[done : m.start()])
            out.append("<br>" if name in _BLOCKS else "")
            done = m.end()
        elif rename:
            out.append(html[done : m.start(2)])
            out.append("span")
            done = m.end(2)
    if not out:
        return html
    out.append(html[done:])
    return "".join(out)


def _raw_end(html: str, pos: int, name: str) -> int | None:
    m = _RAW_END[name].search(html, pos)
    return m.start() if m else None


def _script_end(html: str, pos: int) -> int | None:
    """Where the script whose text starts at ``pos`` ends: at ``</script``, except inside
    ``<!--`` … ``-->`` after a ``<script`` (the HTML5 "double escaped" states)."""
    state = 0  # 0 script data, 1 escaped (after <!--), 2 double escaped (after <!-- <script)
    for m in _SCRIPT_TOKENS.finditer(html, pos):
        token = m.group(0)
        if token.startswith("<!--"):
            if m.group(1):  # <!--> and <!---> hold a "-->"
                state = 0
            elif state == 0:
                state = 1
        elif token == "-->":
            state = 0
        elif m.group(2):  # </script
            if state < 2:
                return m.start()
            state = 1
        elif state == 1:  # <script
            state = 2
    return None


def _start_tag(stack: _Stack, name: str, self_closing: bool, max_depth: int) -> bool:
    """Follow a start tag on the stack; whether to leave it out (too deep)."""
    if stack.in_foreign():
        if name not in _BREAKOUT:
            if self_closing:
                return False
            if len(stack) >= max_depth:
                return True
            stack.push(name, stack.spaces[-1])
            return False
        while stack.in_foreign():  # a breakout tag closes the SVG/MathML content
            stack.pop_to(len(stack) - 1)
    if name in _VOID or name in _IGNORED or (name in _TABLE_INNER and stack.last("table") < 0):
        return False
    _implied_ends(stack, name)
    if len(stack) >= max_depth:
        return True
    foreign = name in ("svg", "math")
    if not (foreign and self_closing):
        stack.push(name, name if foreign else "html")
    return False


def _implied_ends(stack: _Stack, name: str) -> None:
    """Close what a start tag ``name`` surely closes under the HTML5 rules."""
    top = stack.names[-1] if stack.names else ""
    if name in ("td", "th"):
        cell = max(stack.last("td"), stack.last("th"))
        if cell > stack.last("#table"):
            stack.pop_to(cell)
    elif name == "tr":
        if stack.last("tr") > stack.last("#table"):
            stack.pop_to(stack.last("tr"))
    elif name in ("tbody", "thead", "tfoot"):
        if stack.last("#section") > stack.last("#table"):
            stack.pop_to(stack.last("#section"))
    elif name == "table":
        table = stack.last("table")
        if table >= 0 and table > stack.last("#cell") and table == stack.last("#table"):
            stack.pop_to(table)
    elif name in ("option", "optgroup") and top == "option":
        stack.pop_to(len(stack) - 1)
    elif name == "a" and top == "a":
        stack.pop_to(len(stack) - 1)
    # <li> closes an open <li> unless a special element other than address, div, p is above it
    if name == "li" and stack.last("li") >= 0 and stack.last("li") == stack.last("#special-not-adp"):
        stack.pop_to(stack.last("li"))
    elif name in ("dd", "dt") and stack.last("#ddt") >= 0 and stack.last("#ddt") == stack.last("#special-not-adp"):
        stack.pop_to(stack.last("#ddt"))
    if name in _CLOSES_P:
        p = stack.last("p")
        if p >= 0 and p > stack.last("#marker") and p > stack.last("button"):
            stack.pop_to(p)
    if name in _HEADINGS and stack.names and stack.names[-1] in _HEADINGS:
        stack.pop_to(len(stack) - 1)


def _end_tag(stack: _Stack, name: str) -> None:
    """Close what an end tag ``name`` surely closes under the HTML5 rules."""
    if stack.in_foreign():
        pos = max(stack.last(f"svg:{name}"), stack.last(f"math:{name}"))
        if pos > stack.last("#html"):
            stack.pop_to(pos)
            return
    if name in _HEADINGS:
        stack.close_if_in_scope("#heading")
    elif name == "li":
        pos = stack.last("li")
        if pos >= 0 and pos > max(stack.last("#marker"), stack.last("ol"), stack.last("ul")):
            stack.pop_to(pos)
    elif name == "p":
        pos = stack.last("p")
        if pos >= 0 and pos > max(stack.last("#marker"), stack.last("button")):
            stack.pop_to(pos)
    elif name in _SCOPED_END:
        stack.close_if_in_scope(name)
    elif name == "table":
        pos = stack.last("table")
        if pos >= 0 and pos == stack.last("#table"):
            stack.pop_to(pos)
    elif name in _TABLE_END:
        stack.close_if_in_scope(name, "#table")
    elif name == "form":
        if stack.names and stack.names[-1] == "form":
            stack.pop_to(len(stack) - 1)
    elif name not in _IGNORED:
        pos = stack.last(name)  # any other end tag: closes it unless a special element is above it
        if pos >= 0 and pos >= stack.last("#special"):
            stack.pop_to(pos)
