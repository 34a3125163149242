"""Authors: bylines in their many forms; editors, organisations and user names are not authors."""
import pytest

from summarize_article import extract_authors

BODY = "\n\nThe council met on Tuesday to debate the budget, and the mayor left early.\n"

CASES = [
    ("sample header", "date 2025-10-17 (Dave DeCamp, Antiwar.com) The council met.", ["Dave DeCamp"]),
    ("by", "Budget vote delayed\nBy Jane Roe" + BODY, ["Jane Roe"]),
    ("by two", "Budget vote delayed\nBy Jane Roe and John Doe" + BODY, ["Jane Roe", "John Doe"]),
    ("by three", "Budget vote delayed\nBy Jane Roe, John Doe and Ann Poe" + BODY, ["Jane Roe", "John Doe", "Ann Poe"]),
    ("by with publisher", "Budget vote delayed\nBy Jane Roe and John Doe, USA TODAY" + BODY, ["Jane Roe", "John Doe"]),
    ("caps wire byline", "Budget vote delayed\nBy JANE ROE and KEN MCDONALD, Associated Press" + BODY,
     ["Jane Roe", "Ken McDonald"]),
    ("lower-case by", "Budget vote delayed\nby Jane Roe\nMarch 11th, 2016" + BODY, ["Jane Roe"]),
    ("written by", "Budget vote delayed\nWritten by Jane Roe and John Doe" + BODY, ["Jane Roe", "John Doe"]),
    ("reported by, an editor after it", "Budget vote delayed\nReported by Nomvula Dlamini; Edited by Tom Hale" + BODY,
     ["Nomvula Dlamini"]),
    ("author label", "Budget vote delayed\nAuthor: Jane Roe\nPublished: 2016-03-11T19:05:00Z" + BODY, ["Jane Roe"]),
    ("authors label", "Budget vote delayed\nAuthors: Jane Roe, John Doe" + BODY, ["Jane Roe", "John Doe"]),
    ("posted by", "Budget vote delayed\nPosted on 03/11/2016 by Jane Roe" + BODY, ["Jane Roe"]),
    ("role byline", "Budget vote delayed\nBy Jane Roe, Washington Post Staff Writer" + BODY, ["Jane Roe"]),
    ("pipe line", "Budget vote delayed\nJane Roe and John Doe | The Example Times | March 11, 2016" + BODY,
     ["Jane Roe", "John Doe"]),
    ("middle initial and suffix", "Budget vote delayed\nBy Jane Q. Roe and John Doe Jr." + BODY, ["Jane Q. Roe", "John Doe Jr."]),
    ("Reuters credits", "Budget vote delayed" + BODY + "\n(Reporting by Jane Roe in London and John Doe; "
     "Additional reporting by Ann Poe; Editing by Ken Stone)\n", ["Jane Roe", "John Doe"]),
    ("one-word pen name", "Budget vote delayed\nby Virgil" + BODY, ["Virgil"]),
    ("by with where each files from", "Budget vote delayed\nBy Kofi Asante in Accra and Aroha Ngata in Wellington"
     + BODY, ["Kofi Asante", "Aroha Ngata"]),
]


@pytest.mark.parametrize("convention,text,expected", CASES, ids=[c[0] for c in CASES])
def test_conventions(convention, text, expected):
    assert extract_authors(text) == expected


NOBODY = [
    ("organisation byline", "Budget vote delayed\nBy Breitbart News" + BODY),
    ("wire byline", "Budget vote delayed\nBy Associated Press" + BODY),
    ("staff byline", "Budget vote delayed\nBy USA TODAY Staff" + BODY),
    ("written by staff", "Budget vote delayed\nWritten by Example Times Staff" + BODY),
    ("user name", "Budget vote delayed\nPosted on 03/11/2016 by admin" + BODY),
    ("a byline label left empty", "Budget vote delayed\nWritten By: - Date published: 9:15 am, March 11th, 2016 - 7 "
                                  "comments" + BODY),
    # a desk's word anywhere in the name, not only at its end; a site's address
    ("desk word first", "Budget vote delayed\nBy Newsroom Kigali" + BODY),
    ("guest desk", "Budget vote delayed\nBy Guest Contributor Mwangaza" + BODY),
    ("site address", "Budget vote delayed\nBy Harbourwatch.org" + BODY),
    ("editor only", "Budget vote delayed" + BODY + "\n(Editing by Ken Stone)\n"),
    ("contributor line", "Budget vote delayed" + BODY + "\nAnn Poe contributed reporting.\n"),
    ("by in the story", "Budget vote delayed\n\nThe plan was written by the mayor and passed by the council.\n"),
    ("no byline", "Budget vote delayed" + BODY),
    # a paper's unnamed writer
    ("a correspondent", "Budget vote delayed\nBy A Correspondent| The council voted on Monday." + BODY),
    ("our reporter", "Budget vote delayed\nBy Our Reporter" + BODY),
    # a photo's caption (a title of office and a name) above a role line with no name: writers sign without an office
    ("caption over a role line", "Budget vote delayed\n\nAttorney Kerwin Baptiste\n\nSenior Political Reporter" + BODY),
]


@pytest.mark.parametrize("convention,text", NOBODY, ids=[c[0] for c in NOBODY])
def test_no_author(convention, text):
    assert extract_authors(text) == []


MORE = [
    # "with" joins a co-writer or an agency to a byline; a role after a place ends its names
    ("a byline with an agency", "Budget vote delayed\nBy Thandiwe Moyo with AFP" + BODY, ["Thandiwe Moyo"]),
    ("a byline with a co-writer", "Budget vote delayed\nBy Thandiwe Moyo with Kojo Mensah" + BODY,
     ["Thandiwe Moyo", "Kojo Mensah"]),
    ("a bureau's role after the name", "Budget vote delayed\nBy Thandiwe Moyo, Lagos Bureau Chief" + BODY,
     ["Thandiwe Moyo"]),
    ("caps and", "Budget vote delayed\nBy JANE ROE AND JOHN DOE\nAssociated Press" + BODY, ["Jane Roe", "John Doe"]),
    ("repeated by", "Budget vote delayed\nBY By Jane Roe\nPD 11 March 2016" + BODY, ["Jane Roe"]),
    ("special to", "Budget vote delayed\nBy Jane Roe, Special to The Washington Post" + BODY, ["Jane Roe"]),
    ("for a publisher", "Budget vote delayed\nBy Jane Roe for Politico" + BODY, ["Jane Roe"]),
    ("byline with update time", "Budget vote delayed\nBy Jane Roe, CNN Updated 2:05 PM ET, Fri March 11, 2016" + BODY,
     ["Jane Roe"]),
    ("photo credit is not an author", "Budget vote delayed\nBy Jane Roe; photos by John Doe" + BODY, ["Jane Roe"]),
    ("Nexis byline label", "The Example Times\nMarch 11, 2016 Friday\n\nBudget vote delayed\n\nBYLINE: Jane Roe\n\n"
     "SECTION: A; Pg. A1" + BODY, ["Jane Roe"]),
    # a journalist's beat and role after the name, and a handle
    ("name with a journalist's role", "Budget vote delayed\n\nTevita Naivalu Multimedia News Journalist | @tevitafiji"
     "\nSeptember 4, 2021 7:35 am" + BODY, ["Tevita Naivalu"]),
    # a courtesy title is no office: a name line over a role line is still the writer's
    ("courtesy title over a role line", "Budget vote delayed\n\nDr Ama Serwaa\n\nHealth Correspondent" + BODY,
     ["Ama Serwaa"]),

    # a page converted to Markdown keeps its emphasis and heading marks around the byline
    ("a byline in Markdown emphasis",
     "## Budget vote delayed in the city\n\n**By Wanjiru Kamau**" + BODY, ["Wanjiru Kamau"]),
    ("a byline in Markdown emphasis",
     "Budget vote delayed in the city\n\n*By Tomás Ruiz and Mei Lin Tan*" + BODY, ["Tomás Ruiz", "Mei Lin Tan"]),
    ("a byline in Markdown emphasis",
     "Budget vote delayed in the city\n\n__By Aroha Ngata__" + BODY, ["Aroha Ngata"]),

    # the place a byline files from, after a comma, ends its list of names (and is no author)
    ("a byline's place after a comma",
     "Budget vote delayed\nBy Wanjiru Kamau, Nairobi" + BODY, ["Wanjiru Kamau"]),
    ("a byline's place after a comma",
     "Budget vote delayed\nBy Ama Owusu and Kofi Boateng, KUMASI" + BODY, ["Ama Owusu", "Kofi Boateng"]),
    ("a byline's place after a comma",
     "Budget vote delayed\nBy Ama Owusu, New Delhi" + BODY, ["Ama Owusu"]),
    # a byline signed as Zimbabwean papers sign it: a name and its role with no comma, a name and its
    # bureau, names ending on a dash; whether or not a list holds the given names
    ("a signed byline", "Budget vote delayed\n\nTendai Mhlanga Senior Reporter" + BODY, ["Tendai Mhlanga"]),
    ("a signed byline", "Budget vote delayed\n\nNokuthula Sibanda Bulawayo Bureau" + BODY, ["Nokuthula Sibanda"]),
    ("a signed byline", "Budget vote delayed\n\nRutendo Gumbo and Simba Dube—\nThe council met." + BODY,
     ["Rutendo Gumbo", "Simba Dube"]),
    # a WordPress byline's comment link ends its names; names joined by "and" before the outlet; another
    # maker's key ends the writers ("Photos:", "Editor:")
    ("a byline's comment link", "Budget vote delayed\nMarch 5, 2024 by Ana Lima Leave a Comment" + BODY, ["Ana Lima"]),
    ("names and their outlet", "Budget vote delayed\nAna Lima and Tom Hale, Kessoro Post\n5 March 2024" + BODY,
     ["Ana Lima", "Tom Hale"]),
    ("another maker's key", "Budget vote delayed\nStory: Ana Lima; Photos: Tom Hale" + BODY, ["Ana Lima"]),
    # a closing bio credits its writer in a short story too, whose last line is still in the header's reach
    ("a closing bio in a short story",
     "Our cities need trees\n\nCities are losing their trees.\n\nWanjiku Mwangi is an urban ecologist and a "
     "columnist for the Kessoro Review.", ["Wanjiku Mwangi"]),
    # the writer's beat and role before the name, as the ABC writes it
    ("a role before the name",
     "Budget vote delayed\nBy state political reporter Mia Nguyen" + BODY, ["Mia Nguyen"]),
    ("a role before the name",
     "Budget vote delayed\nBy political reporter Ana Lima and national affairs correspondent Tomás Ruiz" + BODY,
     ["Ana Lima", "Tomás Ruiz"]),
    # a second author's name is no place, even when its given name is one
    ("a byline's place after a comma",
     "Budget vote delayed\nBy Ama Owusu, Florence Ndlovu and Tom Hale" + BODY, ["Ama Owusu", "Florence Ndlovu", "Tom Hale"]),
]


@pytest.mark.parametrize("convention,text,expected", MORE, ids=[c[0] for c in MORE])
def test_more_conventions(convention, text, expected):
    assert extract_authors(text) == expected


def test_byline_inside_a_pipe_line():
    assert extract_authors("Budget vote delayed\nMarch 11, 2016 | By Jane Roe" + BODY) == ["Jane Roe"]


@pytest.mark.parametrize("text,expected", [
    ("Budget vote delayed\nJane Roe, Staff Writer\nMarch 11, 2016" + BODY, ["Jane Roe"]),
    ("Budget vote delayed\nPriya Raman Environment reporter\nMon 3 Mar 2025 06.00 GMT" + BODY, ["Priya Raman"]),
    ("Budget vote delayed\nJane Roe, Washington Post Staff Writer" + BODY, ["Jane Roe"]),
    ("Budget vote delayed\nBy Jane Roe • March 11, 2016" + BODY, ["Jane Roe"]),
    # a name no list holds as a given name: its line says it is a byline
    ("Budget vote delayed\nKwabena Ofori\nPolitical reporter" + BODY, ["Kwabena Ofori"]),
    ("Budget vote delayed\nKwabena Ofori | The Harbour Post" + BODY, ["Kwabena Ofori"]),
    ("Budget vote delayed\nKwabena Ofori @kofori" + BODY, ["Kwabena Ofori"]),
])
def test_bylines_without_by_and_with_bullets(text, expected):
    assert extract_authors(text) == expected


@pytest.mark.parametrize("text, authors, source", [
    # the outlet in brackets after a byline's names: the outlet, and no photo caption ("(AFP)")
    ("Budget vote delayed\nBy Thandiwe Moyo (AFP)" + BODY, ["Thandiwe Moyo"], "Agence France-Presse"),
    ("Budget vote delayed\nBy Ama Owusu and Kofi Boateng (The Harbour Ledger)" + BODY, ["Ama Owusu", "Kofi Boateng"],
     "The Harbour Ledger"),
    # ... or after a dash or a slash, when it is an outlet by its name or its masthead's shape
    ("Budget vote delayed\nBy Thandiwe Moyo - The Harbour Ledger" + BODY, ["Thandiwe Moyo"], "The Harbour Ledger"),
    ("Budget vote delayed\nBy Thandiwe Moyo / Reuters" + BODY, ["Thandiwe Moyo"], "Reuters"),
])
def test_a_bylines_outlet_in_brackets(text, authors, source):
    from summarize_article import summarize
    summary = summarize(text)
    assert list(summary.authors) == authors and summary.source.name == source


@pytest.mark.parametrize("text, authors", [
    # a slash between the writer's name and role stands for the comma (as Caribbean papers sign): the
    # role is no part of the name, and a name before the role is no outlet
    ("Budget vote delayed\nShanique Bernard-Lyle/Staff Reporter" + BODY, ["Shanique Bernard-Lyle"]),
    ("Budget vote delayed\nBy Shanique Bernard-Lyle/Staff Reporter" + BODY, ["Shanique Bernard-Lyle"]),
    ("Budget vote delayed\nBy Shanique Bernard-Lyle / Senior Staff Writer" + BODY, ["Shanique Bernard-Lyle"]),
    ("Budget vote delayed\nShanique Bernard-Lyle / Political reporter" + BODY, ["Shanique Bernard-Lyle"]),
])
def test_a_slash_before_the_writers_role(text, authors):
    from summarize_article import summarize
    summary = summarize(text)
    assert list(summary.authors) == authors and summary.source is None
