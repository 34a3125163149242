"""Places: the gazetteer, aliases, context for ambiguous names, organisations and demonyms kept out."""
import pytest

from summarize_article import extract_places


def place_names(text):
    return sorted(p.name for p in extract_places(text))


def test_aliases_merge():
    places = extract_places("The U.S. and the United States are one. America agreed. The US said so.")
    assert len(places) == 1
    us = places[0]
    assert us.name == "United States" and us.mentions == 4 and us.kind == "country"
    assert set(us.aliases) == {"U.S.", "America", "US"}


@pytest.mark.parametrize("text,expected,kind", [
    ("Talks were held in Budapest.", "Budapest", "city"),
    ("The drought hit Iowa hard.", "Iowa", "state"),
    ("Ties with Hungary improved.", "Hungary", "country"),
    ("Violence spread across the Middle East.", "Middle East", "region"),
    ("Shelling continued in Gaza.", "Gaza", "region"),
])
def test_kinds(text, expected, kind):
    places = extract_places(text)
    assert [(p.name, p.kind) for p in places] == [(expected, kind)]


def test_city_state_pairs_and_datelines():
    assert place_names("KEENE, N.H. (AP) — The mayor of Keene spoke.") == ["Keene", "New Hampshire"]
    assert place_names("She grew up in Ames, Iowa, and moved away.") == ["Ames", "Iowa"]


def test_party_tags_and_office_labels_count_the_state():
    assert place_names("Sen. Ann Poe (D-N.Y.) and Rep. Mark Lowe (R-Texas) spoke.") == ["New York", "Texas"]
    assert place_names("Florida Senator Ann Poe spoke.") == ["Florida"]


@pytest.mark.parametrize("text", [
    "The Washington Post reported it.",
    "She studied at the University of Texas.",
    "The Texas Rangers won again.",
    "Russian and Ukrainian officials met. Americans watched.",
    "George Washington was the first president.",
    "Michael Jordan spoke to Chad Smith.",
    "Nice weather brought Reading fans to the Mobile stadium.",
])
def test_not_places(text):
    assert extract_places(text) == []


@pytest.mark.parametrize("text,expected", [
    ("The summit was held in Nice.", ["Nice"]),
    ("The plant is in Mobile, Ala.", ["Alabama", "Mobile"]),
    ("Refugees fled to Jordan.", ["Jordan"]),
])
def test_ambiguous_names_with_place_context(text, expected):
    assert place_names(text) == expected


def test_counties_and_features():
    assert place_names("Voters in Polk County lined up along the Mississippi River.") == ["Mississippi River", "Polk County"]


@pytest.mark.parametrize("text,expected", [
    ("Sen. Ann Poe (Fla.) and Sen. Tom Reyes (Tex.) spoke.", ["Florida", "Texas"]),
    ("House Speaker Ann Poe, R-Wis., said no.", ["Wisconsin"]),
    ("Del. Ann Poe (D-Richmond) objected.", ["Richmond"]),
    ("She opposed the Iraq War from the start.", ["Iraq"]),
    ("He spoke at Philadelphia's Union League club.", ["Philadelphia"]),
    ("A financial adviser in Eau Claire, Wis., agreed.", ["Eau Claire", "Wisconsin"]),
    ("Wire copy (AP) is not a state.", []),
])
def test_more_place_conventions(text, expected):
    assert place_names(text) == expected
