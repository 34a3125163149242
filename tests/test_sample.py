"""The sample article (article.txt) gives exactly what issue 2 requires."""
from conftest import names, person

from summarize_article import summarize


def test_header_facts(sample_text):
    s = summarize(sample_text)
    assert s.title is None
    assert s.date.iso == "2025-10-17"
    assert s.source.name == "Antiwar.com"
    assert list(s.authors) == ["Dave DeCamp"]


def test_people(sample_text):
    people = summarize(sample_text).people
    assert "President" in person(people, "Trump").titles
    assert person(people, "Putin").name == "Vladimir Putin"
    assert person(people, "Zelensky").name == "Volodymyr Zelensky"
    rubio = person(people, "Rubio")
    assert rubio.name == "Marco Rubio" and "Secretary of State" in rubio.titles
    joined = " | ".join(names(people))
    for not_a_person in ("DeCamp", "Oval Office", "White House", "Truth Social", "High Level Advisors", "Tomahawk"):
        assert not_a_person not in joined
    assert len(people) == 4


def test_places(sample_text):
    places = {p.name: p for p in summarize(sample_text).places}
    for name in ("Budapest", "Hungary", "Ukraine", "Russia", "United States", "Washington"):
        assert name in places
    assert "US" in places["United States"].aliases
    assert places["Hungary"].kind == "country" and places["Budapest"].kind == "city"


def test_quotes(sample_text):
    quotes = summarize(sample_text).quotes
    full = [q for q in quotes if q.kind == "full"]
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.cue for q in full] == ["wrote", "added", "said"]
    assert all(q.speaker == "Trump" for q in quotes)
    assert "“inglorious”" in full[1].text
    assert not any(q.text.strip("“”,") == "inglorious" for q in quotes)
    assert [q.text for q in partial] == ["offensive,", "determination"]
    for q in quotes:
        assert sample_text[q.start] == "“" and sample_text[q.end - 1] == "”"
        assert sample_text[q.start + 1:q.end - 1] == q.text
