"""Person names and organisation-looking strings in lines of a release.

Written by hand because contact lines and quote attributions are formulaic in a way a
statistical NER model trained on news does not see: "Malin Forsgren, konsult 2050".
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.extract.roles import POST_NOMINALS, REMIT_WORDS, is_role_word, is_title
from extractor.extract.words import has_word
from extractor.gazetteers import known_place

# Every Latin letter, accented ones included (Latin-1 and Latin Extended-A/B: "Halilović",
# "Łukasz", "Yılmaz"); `re` has no \p{Lu}, so the classes are spelt out from Unicode's own data.
_LATIN = [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()]
_UPPER = "A-Z" + "".join(ch for ch in _LATIN if ch.isupper())
_LOWER = "a-z" + "".join(ch for ch in _LATIN if ch.islower())
# "McCabe", "Brady-McCabe", "O'Neill": a capital inside a word, also after a hyphen
_NAME_WORD = (rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?|[{_UPPER}](?=['’]))"
              rf"(?:[-'’][{_UPPER}]?[{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?)*")
# Particles inside a name; the Gaelic ones are capitalised ("Aisling Mac Giolla Rua"), the Welsh "ap" is not
# ("Rhodri ap Dafydd").
NAME_PARTICLES = ("af", "ap", "von", "van", "de", "der", "den", "la", "le", "da", "di", "du", "bin", "ter", "Mac", "Mc",
                  "Ó", "Ní", "Nic", "Uí", "Ua")
_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
_INITIAL = rf"[{_UPPER}]\."
PERSON_NAME = re.compile(
    rf"(?=[{_UPPER}])(?<![\w{_UPPER}])(?:{_NAME_WORD}|{_INITIAL})"  # a capital first: a fast scan
    rf"(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?:{_NAME_WORD}|{_INITIAL})){{1,3}}(?![\w@])"  # one line, one table cell
)

# Labels of contact blocks and page furniture: never an entity on their own.
LABEL_WORDS = {
    w.casefold()
    for w in """
    Telefon Tel Tfn Tlf Mobil Mobile Phone Direkt E-post Epost Mail Email E-mail Fax Växel Kontakt Kontakta
    Kontaktperson Kontaktpersoner Kontaktpersonar Fakta Facts Presskontakt Presskontakter Pressekontakt Pressekontakter
    Mediekontakt
    Mediekontakter Kontakter Presstjänst Information Informasjon Foto Photo Bild Bilde Källa
    Kilde Source Läs Les Read Dela Del Share Webb Web Adress Address Hemsida Nettside Website LinkedIn
    Facebook Twitter Instagram YouTube Tillbaka Tilbake Back Inställningar Innstillinger Settings Startsida
    Forsiden Home Nyheter News Pressmeddelande Pressmeddelanden Pressemelding Pressemeldinger Pressemelding
    Meny Menu Sök Søk Search Cookies Kakor Editors Editor
    Out-of-hours After-hours Weekend Weekends Helg Helger Jour Kvällstid Kveldstid Døgnvakt Døgnåpen Døgnåpent
    Døgnbemannet Døgnbemanna Dygnetruntöppen
    Publicerad Publisert Uppdaterad Oppdatert Published Updated
    Postboks Postbox Postfach Hem Hjem Pressevakt Presstjänst Sentralbord Växel Vakttelefon Vakttelefonen
    Pressetelefon Presstelefon Pressjour Mediavakt Medievakt Jourtelefon Vakthavende Vakthavande
    NOK SEK EUR USD GBP DKK MSEK MNOK TSEK TNOK KSEK MEUR MUSD MW MWh GW GWh TWh kWh
    CET CEST GMT UTC BST EET EEST EBIT EBITA EBITDA EBT EPS KPI CAGR
    """.split()
}
# Words that start lines or phrases but never a person's name.
# Offices and ranks written before a surname alone: "said Governor Marchetti", "Captain Ewan MacRae".
OFFICE_TITLES = ("Governor", "Gov.", "Mayor", "Senator", "Sen.", "Rep.", "Congressman", "Congresswoman", "President",
                 "Premier", "Captain", "Capt.", "Commander", "Colonel", "Sergeant", "Constable", "Lieutenant")
NOT_NAME_WORDS = {
    w.casefold()
    for w in """
    Telefon Tel Tfn Tlf Mobil Mobile Phone Direkt E-post Epost Mail Email E-mail Fax Växel Kontakt Kontakta
    Kontaktperson Kontaktpersoner Presskontakt Pressekontakt Presstjänst Information Informasjon För For
    Mer Meir More Ytterligare Further Media Press Om About Frågor Spørsmål Questions Notes Foto Photo Bild
    Bilde Källa Kilde Source Läs Les Read Dela Del Share Webb Web Adress Address Besöksadress Postadress
    Hemsida Nettside Website Sociala Följ Follow Region Kommun Kommune Stad Län Fylke Universitet
    Högskola Högskolan Sverige Norge Sweden Norway Denmark Danmark Finland Europa Europe The Den Det Detta
    Dette Vi We Han Hon Hun Ho Eg Jag Du De Dei They He She It Och Og And Men But Nu Nå Now Under Efter
    Etter After I In På Om Med With Till Til To Från Fra Frå From Av Of Vid Hos At Ny Nya Nye New Nytt
    Svenska Norske Norska Engelska Stockholm Oslo Göteborg Bergen Malmö Trondheim Linköping Norrköping
    Uppsala Stavanger London Måndag Tisdag Onsdag Torsdag Fredag Lördag Söndag Mandag Tirsdag Torsdag
    Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December
    Januar Februar Mai Desember Monday Tuesday Wednesday Thursday Friday Saturday Sunday Ministry
    Department Departementet Styrelse Styrelsen Ordförande Vd Ceo Chef Direktör Projektledare Dr. Dr Prof.
    Prof Professor Mr Mr. Mrs Mrs. Ms Ms. Sir Cllr Cllr. Cr Coun Coun. Councillor Dame Lord Lady Investor
    Investors Relations
    Communications Kommunikation Kommunikasjon Affairs Quick Honourable Hon Hon. Enligt Ifølge Ifølgje According
    Tenant Tenants Resident Residents Patient Volunteer Pensioner Homeowner Passenger Visitor Services
    Its Their His Her Our Your Dess Deras Hennes Vårt Våra Hennar Deira
    """.split()
} | {w.casefold() for w in OFFICE_TITLES}


_AFTER_TITLE = re.compile(r"(?:^|[ \t])(?:of|for)[ \t]+$")


# Last words that end the name of a body, never a person's: "Transport Committee", "Wakefield Council",
# "Canso Waterfront Development Society", "Hafslo vidaregåande skule".
BODY_HEADS = {"committee", "council", "board", "commission", "department", "ministry", "agency", "authority",
              "university", "college", "trust", "directorate", "inspectorate", "society", "partnership", "alliance",
              "network", "federation", "club", "union", "school", "museum", "library", "orchestra", "theatre",
              "festival", "party", "idrettslag", "lag", "skule", "skole", "skola"}


def _inner_particle(word: str, index: int) -> bool:
    """ "den" of "Pieter van den Akker": a particle inside a name, not the article it is elsewhere."""
    return index > 0 and word[:1].islower() and re.fullmatch(_PARTICLE, word) is not None


# A minister's or director's portfolio, which no one is named: "Minister for Transport and Main Roads X"
_PORTFOLIO_WORDS = frozenset("""roads energy infrastructure justice defence defense agriculture fisheries forestry
    tourism culture sport trade industry resources water emergency finance mining environment""".split())
_NOT_GIVEN_NAME_ENDING = re.compile(r"(?:ing|tion|sion|ment|ables|ics|ship|ware|ations|ies)$")


def title_goes_on(text: str, start: int, word: str) -> bool:
    """Whether ``word``, read as a name's first, goes on a title written before it: "Director of Fundraising",
    "Minister for Transport and Main Roads", "Vice President, Exploration" (a remit, not a given name)."""
    line = text[text.rfind("\n", 0, start) + 1 : start].split()[-7:]
    joint = next((i for i in range(len(line) - 1, -1, -1) if line[i] in {"of", "for", "and", "&"} or line[i].endswith(
        ",")), None)
    if joint is None or len(line) - joint > 3 or not all(w[:1].isupper() for w in line[joint + 1 :]):
        return False
    if not any(is_role_word(w.strip(",")) for w in line[: joint + 1]):
        return False
    folded = word.casefold()  # a remit, not a given name (the scan of the text last: it costs most)
    return folded in REMIT_WORDS or folded in _PORTFOLIO_WORDS or bool(_NOT_GIVEN_NAME_ENDING.search(word)) or has_word(
        text, word.lower())


def candidate_names(text: str) -> list[re.Match[str]]:
    """Runs of 2-4 capitalised words that could be a person's name."""
    out = []
    for match in PERSON_NAME.finditer(text):
        words = match.group(0).split()
        # Drop leading words that cannot start a name ("Kontakt Anna Berg" -> "Anna Berg").
        while words and (words[0].casefold().rstrip(":") in NOT_NAME_WORDS or is_title(words[0])):
            words = words[1:]  # "Kontakt Anna Berg", "Kommunikasjonsrådgiver Per Ivar Moen"
        if words and words != match.group(0).split():
            # The name may go on past the words the dropped ones used up ("Forbundsleder Mona Lise
            # Hagen Berg"): read it again from its first word.
            again = PERSON_NAME.match(text, match.start() + match.group(0).index(words[0]))
            if again and again.end() > match.end():
                match, words = again, again.group(0).split()
        while len(words) > 2 and words == match.group(0).split() and title_goes_on(text, match.start(), words[0]):
            # "Director of Fundraising Rachel Penhaligon": the title's last words, then the name
            again = PERSON_NAME.match(text, match.start() + len(words[0]) + 1)
            if not again:
                break
            match, words = again, again.group(0).split()
        inner = [i for i, w in enumerate(words[:-1]) if is_role_word(w)]
        if inner:
            # "Lincoln Town Manager Deborah Gagnon-Pelletier": the name after the title, read again
            starts = [m.start() for m in re.finditer(r"\S+", match.group(0))][-len(words) :]  # words: a tail
            again = PERSON_NAME.match(text, match.start() + starts[inner[-1] + 1])
            if again:
                match, words = again, again.group(0).split()
        if len(words) < 2 or any(w.casefold() in NOT_NAME_WORDS and not _inner_particle(w, i)
                                 for i, w in enumerate(words)):
            continue
        if words[-1].casefold() in BODY_HEADS:
            continue  # "the council's Environment and Transport Committee, Councillor Ryan Isbister": a body
        if is_role_word(words[-1]) or _AFTER_TITLE.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # "Communications Manager"; "Director of Corporate Communications": a title, not a name
        out.append(match)
    return out


def without_wire_label(name: str) -> str:
    """A name without the wire service's label before it: "SOURCE Boreal Current Renewables Inc." -> the firm."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.isupper() and first.casefold() in LABEL_WORDS else name


def strip_name(text: str) -> str:
    """A name without the titles before it and the letters after it ("Brendan Harte TD")."""
    words = text.split()
    while words and (words[0].casefold().rstrip(":") in NOT_NAME_WORDS or is_title(words[0])):
        words = words[1:]
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words = words[:-1]
    return " ".join(words)


def looks_like_person(text: str) -> bool:
    text = text.strip()
    match = PERSON_NAME.fullmatch(text)
    return bool(match) and not any(w.casefold() in NOT_NAME_WORDS and not _inner_particle(w, i)
                                   for i, w in enumerate(text.split()))


# The heading of a release's boilerplate about its sender: "Om Dellenbygdens Energi", "About Alvgren Group".
ABOUT_WORDS = r"(?:Om|About|Fakta om|Kort om)\s+(?=[A-ZÅÄÖÆØ])"
# (a name in a second language after a bar is another name: "About Hawke's Bay Regional Council | Te Kaunihera …")
ABOUT_HEADING = re.compile(rf"^{ABOUT_WORDS}(.{{2,81}}?)(?:[ \t]+[|/][ \t].*)?\s*:?$")


# A release's header naming its sender: "PRESSEMELDING – Møre og Romsdal fylkeskommune", "Pressmeddelande
# från Region Gävleborg", "PRESS RELEASE: Calderdale Council".
SENDER_HEADER = re.compile(
    r"^(?:PRESSEMELDING|Pressemelding|PRESSMEDDELANDE|Pressmeddelande|PRESS RELEASE|Press release|"
    r"NEWS RELEASE|News release)(?:\s*[–—:|-]\s*|\s+(?:från|fra|frå|from)\s+)([A-ZÅÄÖÆØ].{1,80}?)\s*$"
)


@lru_cache(maxsize=4)  # asked by the contact and the quote extractors of the same release
def issuer(text: str) -> str | None:
    """The organisation a release's header names ("PRESSEMELDING – X") in its first lines; else the one its
    "Om X" / "About X" section is about, if it has exactly one (a release may close with "Om" a project or
    partner of the sender's)."""
    for line in text.split("\n", 8)[:8]:
        header = SENDER_HEADER.match(line.strip())
        if header and not re.search(r"\d", header.group(1)):
            return header.group(1)
    found = list(dict.fromkeys(m.group(1) for line in text.split("\n") if (m := ABOUT_HEADING.match(line.strip()))))
    if len(found) > 1:  # "About Ferrolith" and "About Pennine Ventures": the one the title names, if only one
        title = text.split("\n", 1)[0]
        whole = [name for name in found if title.startswith(name)]  # "Wensum Valley Homes hands over …", not
        # "About Homes England" there
        found = whole if len(whole) == 1 else [name for name in found if name.split()[0] in title]
    return found[0] if len(found) == 1 else None


# "Name (ABBR)", or set off by commas: "Enligt Sveriges meteorologiska och hydrologiska institut, SMHI, föll …"
# also "(HiNF)", "(RCC Norr)": capitals with small letters between, and a place after the letters; "(SP&L)"
_ABBREVIATED = re.compile(r"[ \t]\((?P<short>[A-ZÅÄÖÆØ]{2,5}|[A-Z]{1,3}&[A-Z]{1,3}|"
                          r"[A-ZÅÄÖÆØ][a-zåäöæø]?[A-ZÅÄÖÆØ][A-ZÅÄÖÆØa-zåäöæø]{0,3}|"
                          r"[A-ZÅÄÖÆØ]{2,5} [A-ZÅÄÖÆØ][a-zåäöæø]+)\)|,[ \t](?P<comma>[A-ZÅÄÖÆØ]{2,5}),")


_LOCAL_AREA = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)* (?:County|Parish|Borough)")


def _with_place_before(words: list[str], start: int) -> int:
    """ "Lewis County Division of Emergency Management (DEM)": the place a body's acronym leaves out is its name's
    first words."""
    for take in (2, 1, 3):
        before = " ".join(words[max(0, start - take) : start])
        if start >= take and (_LOCAL_AREA.fullmatch(before) or (take < 3 and known_place(before) and (
                before.istitle()))):
            return start - take
    return start


def _clause_after_comma(words: list[str]) -> bool:
    """ "Region Västerbotten, som är regional kollektivtrafikmyndighet (RKM)": a relative clause after the name, not
    a name with a comma in it ("Department for Environment, Food and Rural Affairs (Defra)")."""
    return any(w.endswith(",") and after[:1].islower() and after not in {"and", "og", "och"} for w, after in zip(
        words, words[1:], strict=False))


def spelled_out(short: str, text: str) -> str | None:
    """The name ``text`` abbreviates as ``short``: "Lager- och Logistikförbundet (LLF)",
    "Landsforeningen for hytteeiere (LHE)": up to seven words before the brackets, from a
    capitalised word that starts with the abbreviation's first letter."""
    folded = short.casefold()
    for match in _ABBREVIATED.finditer(text):
        if (match.group("short") or match.group("comma")).casefold() != folded:
            continue
        # on its line and in its sentence: not "… friluftsplan. Sveriges lantbruksuniversitet (SLU)"
        before = re.split(r"[.!?]\s", text[max(0, match.start() - 120) : match.start()].split("\n")[-1])[-1]
        if match.group("comma"):
            before = re.split(r"[,.;:()]", before)[-1]  # not back across a list's commas
        every = before.split()
        words = every[-7:]
        # the shortest name with about a word per letter ("Lars Berg leder Landsforeningen for hytteeiere")
        starts = [i for i, w in enumerate(words) if w[:1].isupper() and w[:1].casefold() == folded[0] and (
            w[1:2].islower()) and not _clause_after_comma(words[i:])]
        # a word per letter first ("Helgelandskysten Havn IKS (HHI)", not "Havn IKS"), then one fewer
        # "RCC Norr": four letters, for four words; an e-mail domain's "hhi" is all letters
        letters = sum(c.isupper() for c in short) or len(short)
        fitting = [i for i in starts if len(words) - i >= letters] or [
            i for i in starts if len(words) - i >= letters - 1]
        if fitting:
            return " ".join(every[_with_place_before(every, len(every) - len(words) + fitting[-1]) :])
        # fewer words than letters, all capitalised: "Norsk Kystmiljøinstitutt (NKMI)"
        named = [i for i in starts if len(words) - i >= 2 and all(
            w[:1].isupper() or w in {"for", "för", "og", "och", "of", "i", "av"} for w in words[i:])]
        if named:
            return " ".join(words[named[-1] :])
    return None
