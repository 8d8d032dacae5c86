"""The sentence pattern takes a run of ordinary characters at once (``[^…]+`` inside its
repeated group, for speed): it must cut every text exactly as the per-character form did."""

import random
import re

from uniongraph.reading import sentences
from uniongraph.reading.sentences import split_sentences

# the per-character form of the body (one character per pass through the group), as it was
_PER_CHARACTER = re.compile(sentences._SENTENCE.pattern.replace("[^\\n。！？!?；…⋯.]+|", "[^\\n。！？!?；…⋯.]|", 1))

_ALPHABET = "中文他说完.。！？!?；…⋯\n \u3000”’」』）)】》〕\"'“‘「『（ab3."


def test_the_run_form_is_the_one_in_use():
    assert _PER_CHARACTER.pattern != sentences._SENTENCE.pattern


def test_same_spans_as_the_per_character_form_on_random_text():
    rnd = random.Random(38)
    for _ in range(20_000):
        text = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in sentences._SENTENCE.finditer(text)] == \
            [m.span() for m in _PER_CHARACTER.finditer(text)], text


def test_dots_between_han_and_in_numbers():
    text = "工资增长3.5%.见www.example.org.cn网站.完。他来了.她走了……好！"
    assert [s.text for s in split_sentences(text)] == \
        ["工资增长3.5%.见www.example.org.cn网站.", "完。", "他来了.", "她走了……", "好！"]
