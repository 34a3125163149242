"""The word lists keep the rules their comments state (issue 9): generated lists from public
data with their inclusion rule, hand-made lists without duplicates or entries that break it."""
import re
from pathlib import Path

import pytest
from conftest import ROOT

import summarize_article as S

SOURCE = (ROOT / "summarize_article.py").read_text(encoding="utf-8")
DICTIONARY = Path("/usr/share/dict/words")
CALENDAR = set("January February March April May June July August September October November December Jan Feb "
               "Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
SENTENCE_OPENERS = {"Will", "May", "Grant", "Hope", "Sun", "June", "Rich", "Virginia"}


def entries(name: str) -> list[str]:
    """The entries of a `_words` or `_gazetteer` block as written, duplicates kept."""
    m = re.search(rf"^{name} = _(?:words|gazetteer)\(\"\"\"\n(.*?)\"\"\"\)", SOURCE, re.S | re.M)
    assert m, name
    return [e.split("=")[0].strip() for e in m.group(1).replace("\n", "|").split("|") if e.strip()]


HAND_LISTS = ["MALE_GIVEN_NAMES", "FEMALE_GIVEN_NAMES", "TITLE_WORDS", "STOP_WORDS", "ORG_WORDS", "SPEECH_VERBS",
              "ROLE_NOUNS", "DEMONYMS", "COUNTRIES", "US_STATES", "CITIES", "REGIONS", "CONTEXT_ONLY_PLACES", "OUTLETS"]
GENERATED = ["GENERATED_MALE_NAMES", "GENERATED_FEMALE_NAMES", "GENERATED_CITIES", "GENERATED_DIVISIONS",
             "GENERATED_TERRITORIES", "GENERATED_WORD_DIVISIONS", "GENERATED_CONTEXT_ONLY"]


@pytest.mark.parametrize("name", HAND_LISTS + GENERATED)
def test_no_duplicates(name):
    found = entries(name)
    assert len(found) == len(set(found)), sorted({e for e in found if found.count(e) > 1})


@pytest.mark.parametrize("name", ["MALE_GIVEN_NAMES", "FEMALE_GIVEN_NAMES", "GENERATED_MALE_NAMES", "GENERATED_FEMALE_NAMES"])
def test_given_names_are_never_sentence_openers_months_or_places(name):
    found = set(entries(name))
    assert not found & SENTENCE_OPENERS
    assert not found & CALENDAR
    assert not found & (set(S.COUNTRIES) | set(S.US_STATES))
    assert not found & S.STOP_WORDS


@pytest.mark.parametrize("name", ["GENERATED_MALE_NAMES", "GENERATED_FEMALE_NAMES"])
def test_generated_given_names_hold_no_word_of_the_hand_made_lists(name):
    # their Out rule: titles, demonyms and organisation words are read by their own rules (a title
    # added by hand, such as Dato', means the list must be built again: python tools/build_lists.py)
    assert not set(entries(name)) & (S.TITLE_WORDS | S.DEMONYMS | S.ORG_WORDS)


def test_generated_divisions_hold_no_organisation_word():
    # their Out rule: a division named by an organisation's word is a word (Centre: wamerican spells it
    # Center, and "the Centre" is India's central government); it counts only before "State"
    assert not set(entries("GENERATED_DIVISIONS")) & S.ORG_WORDS
    assert "Centre" in S.GENERATED_WORD_DIVISIONS


@pytest.mark.skipif(not DICTIONARY.exists(), reason="the wamerican dictionary is not installed")
@pytest.mark.parametrize("name", ["GENERATED_MALE_NAMES", "GENERATED_FEMALE_NAMES", "GENERATED_DIVISIONS"])
def test_generated_lists_hold_no_ordinary_english_word(name):
    words = {w.strip() for w in DICTIONARY.read_text(encoding="utf-8").split() if w[:1].islower()}
    assert not {e for e in entries(name) if e.lower() in words}


@pytest.mark.skipif(not DICTIONARY.exists(), reason="the wamerican dictionary is not installed")
def test_a_city_that_is_a_word_needs_context():
    words = {w.strip() for w in DICTIONARY.read_text(encoding="utf-8").split() if w[:1].islower()}
    free = {c for c in S.GENERATED_CITIES if " " not in c and c.lower() in words} - S.GENERATED_CONTEXT_ONLY
    # only a city of a million people or more is a place first whatever its name (--metropolis)
    assert free <= {"Hue", "Pest", "Phoenix", "Queens", "Shanghai", "Tangier"}, free
    assert "Cork" in S.GENERATED_CONTEXT_ONLY


def test_every_context_only_place_is_in_the_gazetteer():
    assert not S.CONTEXT_ONLY_PLACES - set(S._PLACE_KIND)


def test_generated_context_only_places_follow_their_rule():
    """One-word generated places that are given names, or divisions named for a saint; none that
    the gazetteer lacks."""
    for place in S.GENERATED_CONTEXT_ONLY:
        saint = place.split()[0] in ("Saint", "St", "St.") and place in S.GENERATED_DIVISIONS
        assert (len(place.split()) == 1 or saint) and \
            place in S.GENERATED_CITIES | S.GENERATED_DIVISIONS | S.GENERATED_TERRITORIES


def test_generated_lists_state_source_licence_and_rule():
    block = SOURCE[SOURCE.index("# --- BEGIN GENERATED LISTS"):SOURCE.index("# --- END GENERATED LISTS")]
    for name in GENERATED:
        header = block[:block.index(f"\n{name} = ")].rsplit("\n\n", 1)[-1]
        assert "Source:" in header and ("In:" in header or "Derived" in header), name
    assert "CC BY 4.0" in block and "GNU FDL" in block and "public domain" in block


def test_the_lists_are_large_enough_for_the_world():
    assert len(S.GIVEN_NAMES) > 5000 and len(S._PLACE_KIND) > 5000
    for place in ("Calgary", "Nagoya", "Bengaluru", "Gateshead", "Mombasa", "Belém", "Queensland", "Alberta", "Apia",
                  "Port-of-Spain", "Rajkot"):
        assert place in S._PLACE_KIND, place
    for name in ("Liam", "Gareth", "Armando", "Hiroshi", "Olga", "Fatima"):
        assert name in S.GIVEN_NAMES, name


def test_a_given_name_is_split_by_gender_where_the_source_says():
    assert "Hiroshi" in S.MALE_GIVEN_NAMES and "Olga" in S.FEMALE_GIVEN_NAMES


def test_a_census_name_goes_to_the_sex_that_bears_it_and_to_both_when_both_do():
    # the census counts: Leigh 0.004 % of men and 0.032 % of women, Aaron 0.24 % and 0.002 %,
    # Taylor 0.024 % and 0.012 % (within three times: both)
    assert "Leigh" in S.GENERATED_FEMALE_NAMES and "Leigh" not in S.GENERATED_MALE_NAMES
    assert "Aaron" in S.GENERATED_MALE_NAMES and "Aaron" not in S.GENERATED_FEMALE_NAMES
    assert "Taylor" in S.GENERATED_MALE_NAMES and "Taylor" in S.GENERATED_FEMALE_NAMES


def test_a_name_both_sexes_bear_tells_no_he_or_she():
    assert S._gender(("Taylor", "Okafor"), ()) is None and S._gender(("Leigh", "Okafor"), ()) == "f"


def test_the_given_names_reach_the_english_speaking_press_beyond_the_census():
    # Faker's press locales: Ghana, Kenya, Nigeria, South Africa, Ireland, New Zealand, India
    for name in ("Kwabena", "Akosua", "Otieno", "Emeka", "Adaeze", "Sibusiso", "Thandiwe", "Oisin", "Aroha", "Baraka"):
        assert name in S.GIVEN_NAMES, name


def test_a_press_locale_names_sex_and_no_place():
    # a name goes to the sex its press locales give it when they agree (Kofi a man's, Ama a woman's); a name only
    # Kenya's locale holds tells no sex, since that locale files women's names as men's (Njeri, Wanjiru);
    # a city (Boston) or a common census surname (Abbott) of those locales is left out
    assert "Kofi" in S.GENERATED_MALE_NAMES and "Kofi" not in S.GENERATED_FEMALE_NAMES
    assert "Ama" in S.GENERATED_FEMALE_NAMES and "Ama" not in S.GENERATED_MALE_NAMES
    for name in ("Njeri", "Wanjiru"):
        assert name in S.GENERATED_MALE_NAMES and name in S.GENERATED_FEMALE_NAMES, name
    assert not {"Boston", "Abbott"} & S.GIVEN_NAMES


def test_press_locale_names_follow_their_rule():
    """Rebuilds the press names' rule from the sources (skipped without the `lists` extra)."""
    for package in ("faker", "names", "gender_guesser"):
        pytest.importorskip(package)
    if not DICTIONARY.exists():
        pytest.skip("wamerican is not installed")
    import sys
    sys.path.insert(0, str(ROOT / "tools"))
    import build_lists
    c_male, c_female, surnames = build_lists.census_names(3.0)
    w_male, w_female = build_lists.world_given_names(3)
    words = {w for w in DICTIONARY.read_text(encoding="utf-8").split() if w[:1].islower()}
    out = (S.GENERATED_CITIES | S.GENERATED_DIVISIONS | S.STOP_WORDS | S.TITLE_WORDS | S.DEMONYMS | S.ORG_WORDS
           | CALENDAR | set(surnames[:2000]) | build_lists.states_and_countries())
    male, female = build_lists.press_given_names()
    sexed = [l for l in build_lists.ENGLISH_PRESS_LOCALES if l not in build_lists.UNSEXED_LOCALES]
    s_male, s_female = build_lists.press_given_names(tuple(sexed))
    for name in (male | female) - set(c_male) - set(c_female) - w_male - w_female:
        # a name only the press locales hold is kept unless the rule leaves it out, in the sex its sexed
        # locales agree on, else in both lists
        kept = (name in S.GENERATED_MALE_NAMES, name in S.GENERATED_FEMALE_NAMES)
        if name.lower() in words or name in out:
            assert kept == (False, False), name
        else:
            assert kept == (not (name in s_female and name not in s_male), not (name in s_male and name not in s_female)), name


def test_parishes_with_the_press_abbreviations_of_saint():
    # ISO 3166-2 parishes are divisions; "Saint X" is also written "St X" and "St. X"; a parish named for
    # a saint needs a place's context, a town's name does not (St. Louis); a "… Church" parish is a church
    for form in ("Saint Catherine", "St Catherine", "St. Catherine", "Trelawny"):
        assert form in S.GENERATED_DIVISIONS, form
    assert {"Saint Catherine", "St Catherine", "St. Catherine"} <= S.GENERATED_CONTEXT_ONLY
    assert "St. Louis" not in S.CONTEXT_ONLY_PLACES and "Christ Church" not in S.GENERATED_DIVISIONS
    assert {"Saint George's", "St George's", "St. George's"} <= S.GENERATED_CITIES


def test_territories_are_those_the_hand_made_tables_lack():
    # GeoNames and ISO 3166-1: the countries and territories COUNTRIES lacks, never a form a hand-made
    # table holds (Georgia stays a US state first), never a city
    assert {"Bermuda", "Cayman Islands", "Isle of Man", "Saint Kitts and Nevis", "Cabo Verde"} <= S.GENERATED_TERRITORIES
    assert not S.GENERATED_TERRITORIES & S._HAND_PLACES and not S.GENERATED_TERRITORIES & S.GENERATED_CITIES
    assert S._PLACE_KIND["Bermuda"] == ("Bermuda", "country") and "Jersey" in S.GENERATED_CONTEXT_ONLY


def test_divisions_named_by_a_word_count_only_before_state():
    # "Rivers", "Plateau": first-level divisions whose names are English words, never places alone
    assert {"Rivers", "Plateau", "Lakes"} <= S.GENERATED_WORD_DIVISIONS
    assert not S.GENERATED_WORD_DIVISIONS & set(S._PLACE_KIND) - S._HAND_PLACES - S.GENERATED_CITIES - S.GENERATED_DIVISIONS
    if DICTIONARY.exists():
        words = {w for w in DICTIONARY.read_text(encoding="utf-8").split() if w[:1].islower()}
        assert all(d.lower() in words or d in S.ORG_WORDS for d in S.GENERATED_WORD_DIVISIONS)
