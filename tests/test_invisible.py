"""Invisible characters from web pages (issue 12): soft hyphens, zero-width spaces, joiners,
word joiners and stray byte-order marks are absent inside words; the other spaces of the web
and CR line ends read as they look.  Offsets always index the text as given."""
import re

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize_article import summarize

INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
ARTICLE = (ROOT / "article.txt").read_text(encoding="utf-8")
OWN = ("Nairobi, March 3, 2024\n\nBy Wanjiru Kamau\n\nGovernor Amara Okonkwo said “the bridge opens in June” "
       "as crowds gathered in Mombasa.\n\n“We waited ten years,” said Hiroshi Tanaka, a trader from Osaka.\n")


def facts(summary):
    return {"date": summary.date and summary.date.iso, "source": summary.source and summary.source.name,
            "authors": summary.authors, "people": sorted(p.name for p in summary.people),
            "places": sorted(p.name for p in summary.places),
            "speakers": [q.speaker for q in summary.quotes]}


def strip(text: str) -> str:
    return re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)


# (case, text, what must be found) — one row per character and per kind of word it can hide in
CASES = [
    ("zero-width space inside a given name", "President Do\u200bnald Tr\u200bump said “we will win” in Lima.",
     {"people": ["Donald Trump"], "speakers": ["Donald Trump"]}),
    ("zero-width joiner inside a surname", "Mayor Aisha Bel\u200dlo said “the road is open” in Kano.",
     {"people": ["Aisha Bello"], "speakers": ["Aisha Bello"]}),
    ("soft hyphen inside a place", "Minister Lars Eklund said “we will win” in Stock\u00adholm.",
     {"places": ["Stockholm"]}),
    ("zero-width non-joiner inside a title", "Pre\u200cmier Anna Kowalski said “we are ready” in Warsaw.",
     {"people": ["Anna Kowalski"]}),
    ("word joiner inside a speech verb", "“The dam holds,” sa\u2060id Tomas Rivera, an engineer, in Quito.",
     {"speakers": ["Tomas Rivera"], "places": ["Quito"]}),
    ("stray byte-order mark inside a month", "Cairo, Feb\ufeffruary 9, 2023\n\nOfficials met in Cairo on Monday.",
     {"date": "2023-02-09"}),
    ("byte-order mark at the start", "\ufeffJakarta, May 2, 2022\n\nOfficials met in Jakarta.", {"date": "2022-05-02"}),
    ("no-break space between given name and surname", "Coach Marta\u00a0Silva said “we train at dawn” in Recife.",
     {"people": ["Marta Silva"], "speakers": ["Marta Silva"]}),
    ("narrow no-break space in a date", "Perth, 4\u202fJune 2021\n\nCrowds gathered in Perth.", {"date": "2021-06-04"}),
    ("line separator between paragraphs", "Dr Nomvula Dlamini spoke.\u2028“We need clinics,” she said in Durban.",
     {"speakers": ["Nomvula Dlamini"]}),
    ("CRLF line ends", "Seoul, July 1, 2020\r\n\r\nBy Min-jun Park\r\n\r\nMayor Ji-woo Han said “we open today.”\r\n",
     {"date": "2020-07-01", "authors": ("Min-jun Park",), "speakers": ["Ji-woo Han"]}),
]


@pytest.mark.parametrize("case,text,expected", CASES, ids=[c[0] for c in CASES])
def test_invisible_characters_are_read_through(case, text, expected):
    found = facts(summarize(text))
    for key, value in expected.items():
        if key in ("people", "places"):
            assert set(value) <= set(found[key]), (case, found)
        else:
            assert found[key] == value, (case, found)


@pytest.mark.parametrize("text", [c[1] for c in CASES])
def test_quote_offsets_index_the_text_as_given(text):
    for q in summarize(text).quotes:
        assert text[q.start] in "“\"" and text[q.end - 1] in "”\""
        assert q.text == text[q.start + 1:q.end - 1]


def test_a_quote_keeps_its_invisible_characters():
    text = "Mayor Kofi Mensah said “pep\u00adper soup is back” in Accra."
    [quote] = summarize(text).quotes
    assert quote.text == "pep\u00adper soup is back"
    assert quote.speaker == "Kofi Mensah"


def test_a_quote_in_french_spacing_keeps_its_words_where_invisible_characters_shift_offsets():
    # regression: the text of a quote read through invisible characters began at the space inside « and lost its end
    text = "Talks\n\nAma Owusu said: « We will win ». The min\u00adister agreed."
    [quote] = summarize(text).quotes
    assert quote.text == "We will win" and text[quote.start] == "«" and text[quote.end - 1] == "»"


def inside_words(text: str, edits) -> str:
    """`text` with each (position, character) edit put between two letters, last first."""
    letters = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    for pos, ch in sorted(((letters[p % len(letters)], ch) for p, ch in edits), reverse=True):
        text = text[:pos] + ch + text[pos:]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([ARTICLE, OWN]),
       st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(INVISIBLE)), min_size=1, max_size=40))
def test_invisible_characters_inside_words_change_no_fact(article, edits):
    text = inside_words(article, edits)
    before, after = summarize(article), summarize(text)
    assert facts(after) == facts(before)
    assert [strip(q.text) for q in after.quotes] == [q.text for q in before.quotes]
    for q in after.quotes:
        assert text[q.start] == article[before.quotes[after.quotes.index(q)].start]


def test_a_text_longer_than_a_chunk_reads_as_it_looks():
    """The visible copy and the length figures are built a megabyte at a time, cut at line
    ends: a text over several chunks, with CRLF ends, invisible characters and markup, gives
    the facts, figures and offsets of the same text written plainly."""
    plain_para = ("Mayor Kofi Mensah said “the market reopens” in Accra. <b>Traders</b> agreed.\n"
                  "Minister Lars Eklund visited Stockholm.\n\n")
    hidden_para = plain_para.replace("Kofi", "Ko\u200bfi").replace("Stockholm", "Stock\u00adholm").replace("\n", "\r\n")
    repeats = (9 << 18) // len(plain_para)            # about 2.3 MB: three chunks
    plain, hidden = summarize(plain_para * repeats), summarize(hidden_para * repeats)
    assert facts(hidden) == facts(plain)
    assert hidden.stats.words == plain.stats.words and hidden.stats.paragraphs == plain.stats.paragraphs
    assert hidden.stats.sentences == plain.stats.sentences
    assert hidden.stats.characters == len(hidden_para * repeats)
    last = hidden.quotes[-1]
    assert last.start == len(hidden_para) * (repeats - 1) + hidden_para.index("“")
