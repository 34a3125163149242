"""Source: the publisher or wire the text credits, with a canonical name."""
import pytest

from summarize_article import extract_source, summarize

BODY = "\n\nThe council met on Tuesday to debate the budget, and the mayor left early.\n"

CASES = [
    ("sample header", "date 2025-10-17 (Jane Roe, Antiwar.com) The council met.", "Antiwar.com"),
    ("AP dateline", "Budget vote delayed\n\nSPRINGFIELD, Ill. (AP) — The council met.\n", "Associated Press"),
    ("Reuters dateline", "Budget vote delayed\n\nLONDON, Oct 17 (Reuters) - The council met.\n", "Reuters"),
    ("AFP dateline", "Budget vote delayed\n\nParis (AFP) – The council met.\n", "Agence France-Presse"),
    ("UPI dateline", "Budget vote delayed\n\nNEW YORK, Nov. 19 (UPI) -- The council met.\n", "United Press International"),
    ("a national news agency's dateline", "Budget vote delayed\n\nTamale, Nov. 29, 2023 (GNA) - The council met.\n",
     "Ghana News Agency"),
    ("byline with publisher", "Budget vote delayed\nBy Jane Roe and John Doe, USA TODAY" + BODY, "USA Today"),
    ("byline with role", "Budget vote delayed\nBy Jane Roe, Washington Post Staff Writer" + BODY, "The Washington Post"),
    ("staff byline", "Budget vote delayed\nBy USA TODAY Staff" + BODY, "USA Today"),
    ("wire byline", "Budget vote delayed\nBy Associated Press" + BODY, "Associated Press"),
    ("repost footer", "Budget vote delayed" + BODY + "\nThis article originally appeared at Antiwar.com.\n", "Antiwar.com"),
    ("originally published", "Budget vote delayed" + BODY + "\nOriginally published on Breitbart.\n", "Breitbart News"),
    ("source label", "Budget vote delayed" + BODY + "\nSource: The Washington Post\n", "The Washington Post"),
    ("copyright footer", "Budget vote delayed" + BODY + "\n© 2016 Politico. All rights reserved.\n", "Politico"),
    ("AP copyright", "Budget vote delayed" + BODY + "\nCopyright 2016 The Associated Press. All rights reserved.\n", "Associated Press"),
    ("pipe line", "Budget vote delayed\nThe Associated Press | December 16, 2015 10:51 AM" + BODY, "Associated Press"),
    ("web address", "Budget vote delayed" + BODY + "\nRead more at https://www.kiribatidaily.com/news\n", "kiribatidaily.com"),
]


@pytest.mark.parametrize("convention,text,expected", CASES, ids=[c[0] for c in CASES])
def test_conventions(convention, text, expected):
    assert extract_source(text).name == expected


def test_text_as_written():
    s = extract_source("Budget vote delayed\n\nWASHINGTON (AP) — The council met.\n")
    assert (s.name, s.text) == ("Associated Press", "AP")


NOT_A_SOURCE = [
    ("no credit", "Budget vote delayed" + BODY),
    ("a publisher named in the story", "Budget vote delayed\n\nThe New York Times reported that the council met.\n"),
    ("user name", "Budget vote delayed\nPosted on 03/11/2016 by admin" + BODY),
    ("copyright of a book quoted in the story", "Budget vote delayed" + BODY + "\nCopyright © 2015 by Jane Roe.\n"),
    ("first published on a date", "Budget vote delayed" + BODY + "\nFirst published on Mon 3 Mar 2025 06.00 GMT\n"),
    ("a site's section above the headline", "Home\nNational\n\nBudget vote delayed" + BODY),   # not The National
    # a newsroom's desk in a dateline's brackets names no outlet (Pakistani and Indian sites)
    ("a desk in a dateline's tag", "Budget vote delayed\n\nQUETTA (Web Desk) – The council met on Monday.\n"),
    ("a desk in a dateline's tag", "Budget vote delayed\n\nPESHAWAR (News Desk) - The council met on Monday.\n"),
    ("a desk in a dateline's tag", "Budget vote delayed\n\nMULTAN (Monitoring Desk): The council met on Monday.\n"),
]


@pytest.mark.parametrize("convention,text", NOT_A_SOURCE, ids=[c[0] for c in NOT_A_SOURCE])
def test_no_source(convention, text):
    assert extract_source(text) is None


MORE = [
    ("CNN style dateline", "Budget vote delayed\n\n(CNN)The council met on Tuesday and the mayor left early.\n", "CNN"),
    ("two-line AP byline", "Budget vote delayed\nBy JANE ROE\nAssociated Press Writer" + BODY, "Associated Press"),
    ("special to", "Budget vote delayed\nBy Jane Roe, Special to The Washington Post" + BODY, "The Washington Post"),
    ("for a publisher", "Budget vote delayed\nBy Jane Roe for Politico" + BODY, "Politico"),
    ("a desk's credit and the site's address", "Budget vote delayed\nStaff Correspondent, harbourpost.co.nz" + BODY,
     "harbourpost.co.nz"),
    ("a byline and the site's address", "Budget vote delayed\nBy Jane Roe, lagoonledger.com" + BODY, "lagoonledger.com"),
    ("an outlet named by The and an ordinary word, with its The", "The National\n\nBudget vote delayed" + BODY,
     "The National"),
    ("copyright at the top", "The Example Times\nCopyright 2016 The Example Times\nMarch 11, 2016" + BODY,
     "The Example Times"),
]


@pytest.mark.parametrize("convention,text,expected", MORE, ids=[c[0] for c in MORE])
def test_more_conventions(convention, text, expected):
    assert extract_source(text).name == expected


def test_publisher_on_its_own_header_line():
    assert extract_source("Budget vote delayed\nBy Jane Roe\nThe New York Times\nMarch 11, 2016" + BODY).name == \
        "The New York Times"


@pytest.mark.parametrize("text,expected", [
    ("Budget vote delayed\nJane Roe, Washington Post Staff Writer" + BODY, "The Washington Post"),
    ("Budget vote delayed" + BODY + "\n— Associated Press\n", "Associated Press"),
    ("Budget vote delayed\n\n(Reuters) - The council met on Tuesday.\n", "Reuters"),
])
def test_role_lines_sign_offs_and_bare_wires(text, expected):
    assert extract_source(text).name == expected


# The outlet naming itself between paragraphs: each row's invented example inside a story.
from summarize_article import SELF_REFERENCES  # noqa: E402


@pytest.mark.parametrize("row", SELF_REFERENCES, ids=[r.name for r in SELF_REFERENCES])
def test_self_reference_rows(row):
    text = "Ferry fares rise in Mombasa" + BODY + "\n" + row.example + "\n\nThe fares rise again in May, officials said.\n"
    found = extract_source(text)
    assert (found.name, found.text) == (row.expect[0][1], row.expect[0][1])


@pytest.mark.parametrize("case,text", [
    ("a reader's newsletter, not a name", "Subscribe to our newsletter for more stories like this."),
    ("a speech, not a publication", "Listen to Mbeki's speech in full on the party website."),
    ("another outlet cited in the story", "The mayor told CNN on Friday that the fares would rise."),
    ("another outlet credited with a report", "As reported by the Globe last week, the fares will rise."),
    ("a club's members, lower case", "Supporters can become a member of the club for a small fee."),
])
def test_passing_mentions_are_not_self_references(case, text):
    assert extract_source("Ferry fares rise in Mombasa" + BODY + "\n" + text + "\n") is None


def test_a_header_credit_outranks_a_self_reference():
    text = ("Ferry fares rise in Mombasa\nBy Wanjiru Kamau, Coast Courier" + BODY +
            "\nDownload the Lagos Ledger app for breaking news.\n")
    assert extract_source(text).name == "Coast Courier"


# An outlet no table holds, named where a header or footer names the outlet (regression rows).
MASTHEAD_CASES = [
    ("copyright with the year after the name", "Budget vote delayed" + BODY + "\n© Valparaíso Courier 2023\n",
     "Valparaíso Courier"),
    ("rights reserved before the copyright", "Budget vote delayed" + BODY + "\nAll rights reserved. © 2023 Tamale Gazette.\n",
     "Tamale Gazette"),
    ("a masthead beside the date", "Budget vote delayed\n\nLagoon Herald | March 14, 2023" + BODY, "Lagoon Herald"),
    ("a masthead's reporter", "Budget vote delayed\n\nKandy Observer Reporter" + BODY, "Kandy Observer"),
    ("a masthead's newsroom as the byline", "Budget vote delayed\n\nBy Fjord Chronicle Newsroom" + BODY, "Fjord Chronicle"),
    ("republished under a licence", "Budget vote delayed" + BODY +
     "\nThis article is republished from Prairie Ledger under a Creative Commons license.\n", "Prairie Ledger"),
    ("a headline ending with a masthead", "Budget vote delayed | Mekong Sentinel" + BODY, "Mekong Sentinel"),
    ("a known outlet's bureau as the credit", "Budget vote delayed\n\nPublished - March 14, 2023 08:05 pm IST\n\n"
     "THE HINDU BUREAU" + BODY, "The Hindu"),
    ("a dateline's place before the masthead", "Budget vote delayed\n\nJakarta, The Lombok Post – The council met "
     "on Monday and voted.\n", "The Lombok Post"),
    # the outlet between a byline and a date, cut at pipes or bullets; a media word or, beside the byline, "The"
    ("an outlet between pipes after the byline", "Budget vote delayed\n\nBy Ana Lima | The Kigali Review | "
     "March 3, 2024" + BODY, "The Kigali Review"),
    ("bullets between byline, outlet and date", "Budget vote delayed\n\nBy Ana Lima • The Namibian • 3 March 2024"
     + BODY, "The Namibian"),
    ("a media word beside the date", "Budget vote delayed\n\nGulu Review · 3 March 2024" + BODY, "Gulu Review"),
    # the outlet's sign-off under the story, a masthead no table holds
    ("a masthead's sign-off", "Budget vote delayed" + BODY + "\n— The Harare Mirror\n", "The Harare Mirror"),
    # a national paper's wire tag
    ("the Times of India's news network", "Budget vote delayed\n\nTNN | Updated: Mar 3, 2024, 10:15 IST" + BODY,
     "The Times of India"),
]


@pytest.mark.parametrize("case,text,expected", MASTHEAD_CASES, ids=[c[0] for c in MASTHEAD_CASES])
def test_mastheads(case, text, expected):
    assert extract_source(text).name == expected


@pytest.mark.parametrize("case,text", [
    ("a section label is no masthead", "Budget vote delayed\n\nYear in Review | March 14, 2023" + BODY),
    ("a person beside the date", "Budget vote delayed\n\nAma Owusu | March 14, 2023" + BODY),
    ("a section opening with The beside the date", "Budget vote delayed\n\nThe Big Read | March 14, 2023" + BODY),
    ("a paper's unnamed correspondent", "Budget vote delayed\n\nBy A Correspondent| The council met." + BODY),
    ("a beat's desk", "Budget vote delayed\n\nBy Web Desk | Published March 3, 2024" + BODY),
    ("a masthead quoted in the story", "Budget vote delayed" + BODY + "\nThe mayor told the Lagoon Herald she would stay.\n"),
    ("a share button", "Budget vote delayed" + BODY + "\nShare on Facebook\nShare on WhatsApp\n"),
    # a chart's or a figure's source under the story: an organisation, a word in lower case, an acronym
    ("a ministry as a figure's source", "Budget vote delayed" + BODY + "\nSource: Ministry of Finance\n"),
    ("data as a chart's source", "Budget vote delayed" + BODY + "\nSource: Kessoro Statistics Office data\n"),
    ("an acronym no list holds as a chart's source", "Budget vote delayed" + BODY + "\nSource: KBOS\n"),
])
def test_no_masthead(case, text):
    assert extract_source(text) is None


@pytest.mark.parametrize("text,expected", [
    ("Budget vote delayed" + BODY + "\nThe Lagoon Herald is now on WhatsApp. Join our channel.\n", "Lagoon Herald"),
    ("Budget vote delayed" + BODY + "\nFollow Coast FM on Telegram for the latest.\n", "Coast FM"),
])
def test_the_sites_own_channel(text, expected):
    assert extract_source(text).name == expected


@pytest.mark.parametrize("text,expected", [
    # a site's name, its address, an outlet by its media word: the story's source after "Source:"
    ("Budget vote delayed" + BODY + "\nSource: Tradewire\n", "Tradewire"),
    ("Budget vote delayed" + BODY + "\nSource: harbourpost.com\n", "harbourpost.com"),
    ("Budget vote delayed" + BODY + "\nSource: Kessoro News Agency\n", "Kessoro News Agency"),
])
def test_a_labelled_source_that_is_an_outlet(text, expected):
    assert extract_source(text).name == expected


def test_a_known_wire_tag_without_a_dash():
    assert extract_source("Budget vote delayed\n\nNew Delhi, March 14 (IANS) The council met.\n").name == \
        "Indo-Asian News Service"


@pytest.mark.parametrize("text,expected", [
    # a wire's acronym that a place or a state also spells, and a wire that writes its tag in lower case
    ("Budget vote delayed\n\nABUJA, March 14 (NAN) -- The council met.\n", "News Agency of Nigeria"),
    ("Budget vote delayed\n\nLONDON (PA) - The council met.\n", "PA Media"),
    ("Budget vote delayed\n\nBERLIN (dpa) - The council met.\n", "Deutsche Presse-Agentur"),
    # a place, a state or a lower-case word that names no outlet stays no source
    ("Budget vote delayed\n\nMay 1, 2023 (GENEVA) – The council met.\n", None),
    ("Budget vote delayed\n\nALBANY (NY) - The council met.\n", None),
    ("Budget vote delayed\n\nGENEVA (file) - The council met.\n", None),
])
def test_a_wire_tag_that_a_place_also_spells_or_in_lower_case(text, expected):
    source = extract_source(text)
    assert (source.name if source else None) == expected


def test_a_tag_without_a_dash_that_names_no_outlet():
    assert extract_source("Budget vote delayed\n\nAma Owusu (Convention People's Party) Said the council met.\n") is None


@pytest.mark.parametrize("text,expected", [
    ("Results day\n\nNEW YORK, March 14, 2023 /PRNewswire/ -- The company said revenue rose.\n", "PR Newswire"),
    ("Results day\n\nLONDON, UK / ACCESSWIRE / March 14, 2023 / The company said revenue rose.\n", "Accesswire"),
])
def test_press_release_wires_in_slashes(text, expected):
    assert extract_source(text).name == expected


def test_outlets_between_slashes_in_a_sentence_are_no_dateline():
    assert extract_source("Poll day\n\nClinton led in an NBC News/Wall Street Journal/Marist poll on Monday.\n") is None


@pytest.mark.parametrize("text, source, date", [
    # a print edition's footer names its outlet and its date (the Pakistani and Indian press)
    ("Water rates rose.\n\nThe board met in Quetta.\n\nPublished in The Karoo Herald, June 2nd, 2021",
     "The Karoo Herald", "2021-06-02"),
    ("Water rates rose.\n\nThe board met in Hyderabad.\n\nThis article was published in the print edition of the "
     "Deccan Ledger, Tuesday, March 4, 2025", "Deccan Ledger", "2025-03-04"),
    # a study "published in" a journal opens a sentence, not a footer
    ("Water rates rose.\n\nPublished in Lancet Regional, the study found rates rose.", None, None),
])
def test_a_print_editions_footer(text, source, date):
    summary = summarize(text)
    assert (summary.source and summary.source.name) == source
    assert (summary.date and summary.date.iso) == date


@pytest.mark.parametrize("text, source", [
    # a broadcaster's regional desk, its acronym and the region, names the broadcaster
    ("Floods\n\nABC Northern Rivers / By Bronwyn Tait\n\nThe river rose on Tuesday, and the town was cut off.\n", "ABC"),
    ("Floods\n\nBy Bronwyn Tait, CBC Manitoba\n\nThe river rose on Tuesday, and the town was cut off.\n", "CBC News"),
])
def test_a_broadcasters_regional_desk(text, source):
    summary = summarize(text)
    assert summary.source.name == source and summary.authors == ("Bronwyn Tait",)
