"""Persons, organisations and places: NER spans in base form, plus what the release makes
certain (a quoted speaker or contact is a person, the organisation on their line is an
organisation).

Base forms: a Scandinavian genitive -s is removed ("Östergötlands position" ->
Östergötland), coordinated forms are split ("Linköpings och Norrköpings kommun" -> both
municipalities), and "region Östergötland" is written as the name "Region Östergötland".
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.extract import Context, register
from extractor.extract.figures import PHYSICAL
from extractor.extract.names import (
    LABEL_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    looks_like_person,
    spelled_out,
    title_goes_on,
    without_wire_label,
)
from extractor.extract.roles import (
    CLUB_FORMS_AFTER,
    COURT_AT,
    DEGREES,
    INSTITUTION_IN_PLACE,
    LEGAL_AT_END,
    LEGAL_FORM,
    LEGAL_FORMS,
    MORE_LEGAL_FORMS,
    ORG_WORDS,
    OWN_BODY_WORDS,
    PARTY_ABBREVIATIONS,
    POLICE_REGION,
    POST_NOMINALS,
    body_of_kind,
    court_at,
    indefinite_title,
    is_remit,
    is_role_word,
    looks_like_org,
    owns_title,
    registered_of_definite,
    service_and_body,
)
from extractor.extract.words import (
    FORMS_OF_ADDRESS,
    LEAD_IN,
    OPENING_PREPOSITIONS,
    WEEKDAYS,
    has_word,
    word_starts,
)
from extractor.gazetteers import (
    ADMINISTRATIVE_FILES,
    also_a_name,
    known_country,
    known_multiword_places,
    known_municipality,
    known_organisations,
    known_place,
    listed_organisation,
    multiword_place_names,
)
from extractor.nlp.pipeline import EntitySpan
from extractor.records import Mention

_SHORT_NAME = r"[A-ZÅÄÖÆØ][\wåäöæøé-]+"
# (only the places that govern: a lake or a village is not coordinated before "kommuner" or "län")
_COORDINATED_PLACES = multiword_place_names(ADMINISTRATIVE_FILES)
_LONG_NAME = "(?:(?:" + "|".join(map(re.escape, _COORDINATED_PLACES)) + r")s?|[A-ZÅÄÖÆØ][\wåäöæøé-]+)"
_OG_NAME = "|".join(re.escape(n) for n in _COORDINATED_PLACES if " og " in n or " och " in n)


def _coordinated(name: str, last: str) -> re.Pattern[str]:
    # the first ones with or without the genitive s: "Linköpings och Norrköpings kommun", "Ørsta og Volda
    # kommunar", "Uppsala, Västmanlands och Stockholms län"; a name may have several words ("Østre Toten, Vestre
    # Toten og Søndre Land kommuner") or "og" in it ("Kongsberg, Flesberg, Rollag og Nore og Uvdal kommuner")
    return re.compile(
        rf"(?P<a>{name})(?P<more>(?:,\s{name}){{0,8}})\s(?:och|og|and|samt|&)\s"
        rf"(?P<b>{last})\s(?P<head>kommuner|kommuns|kommun|kommunes|kommuner|kommune|kommunar|"
        r"län|regioner|region|universitet|stad|städer|fylkeskommune|fylkeskommuner|counties|county councils|"
        r"lasarett|sjukhus|sykehus|sjukehus|"
        r"district councils|city councils|borough councils|councils)\b"
    )


# One-word names everywhere (fast); the names of several words only on the lines that hold one (the long
# alternation costs a millisecond a release if run over the whole text).
_COORDINATED = _coordinated(_SHORT_NAME, f"{_OG_NAME}|{_SHORT_NAME}")
_COORDINATED_LONG = _coordinated(_LONG_NAME, _LONG_NAME)


_COORDINATED_NAME_SET = frozenset(_COORDINATED_PLACES)


def _coordinations(text: str, multiword: list[tuple[int, int, str]]) -> list[re.Match[str]]:
    lines = {(text.rfind("\n", 0, begin) + 1, (text.find("\n", finish) + 1 or len(text) + 1) - 1)
             for begin, finish, name in multiword if name in _COORDINATED_NAME_SET}
    long = [m for start, end in sorted(lines) for m in _COORDINATED_LONG.finditer(text, start, end)]
    return sorted(long + [m for m in _COORDINATED.finditer(text)
                          if not any(x.start() < m.end() and m.start() < x.end() for x in long)],
                  key=lambda m: m.start())


# English bodies of one kind named with the kind once: "the Coorong District and Mid Murray Councils", "the
# universities of Alberta and Calgary", "the Pittston and Gardiner fire departments" (each a name of up to three
# capitalised words).
_EN_NAME = r"(?:[A-Z][\w'’-]+[ \t]){0,2}[A-Z][\w'’-]+"
_ENGLISH_PLURAL = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_EN_NAME})(?P<more>(?:,[ \t]{_EN_NAME})*),?[ \t](?:and|&)[ \t](?P<b>{_EN_NAME})[ \t]"
    r"(?P<head>(?:County|District|City|Borough|Shire|Town|Regional)[ \t]Councils|Councils|"
    r"(?:county|district|city|borough|shire|town|regional)[ \t]councils|(?<=(?:City|rict)[ \t])councils|"
    r"(?:[Ff]ire|[Pp]olice)[ \t](?:departments|brigades|services)|(?:Fire|Police)[ \t](?:Departments|Brigades))"
    rf"|[Uu]niversities[ \t]of[ \t](?P<c>{_EN_NAME})(?P<more2>(?:,[ \t]{_EN_NAME})*),?[ \t](?:and|&)[ \t]"
    rf"(?P<d>{_EN_NAME}))(?![\w-])"
)


def _english_plural_parts(match: re.Match[str]) -> list[tuple[str, int, str]]:
    """(name, start, as written) of each body an English plural coordination names."""
    first, more, last = ("a", "more", "b") if match.group("a") else ("c", "more2", "d")
    parts = [(match.start(first), match.group(first))]
    parts += [(match.start(more) + m.start(1), m.group(1)) for m in re.finditer(r",[ \t]([^,]+)", match.group(more))]
    parts.append((match.start(last), match.group(last)))
    kind = re.search(r"[ \t](County|City|District|Borough|Town)$", parts[0][1])
    head = match.group("head")[:-1].title() if match.group("head") else ""  # "fire departments": Fire Department
    shared = re.search(r"[ \t](County|City|District|Borough|Town)$", parts[-1][1])
    if head and shared and not kind and all(" " not in written for _, written in parts[:-1]):
        # "Offaly and Westmeath County Councils": two county councils, the kind written once
        head = f"{shared.group(1)} {head}"
        parts[-1] = (parts[-1][0], parts[-1][1][: shared.start()])
    found = []
    for start, written in parts:
        if written.startswith("The "):  # "The Coorong District and …" opening a sentence
            start, written = start + 4, written[4:]
        if head and kind and written in {"County", "City", "District", "Borough", "Town"}:
            # "Galway City and County Councils": the county's council of the same place
            place = parts[0][1][: kind.start()].removeprefix("The ")
            found.append((f"{place} {written} {head}", start, written))
        elif head:
            found.append((f"{written} {head}", start, written))
        else:
            found.append((f"University of {written}", start, written))
    return found


# Words that open two places' names before the same rest ("Nordre og Søndre Land kommuner")
_DIRECTION_WORDS = {"Nordre", "Søndre", "Sørre", "Østre", "Vestre", "Øystre", "Austre", "Øvre", "Nedre", "Indre",
                    "Ytre", "Midtre", "Norra", "Södra", "Östra", "Västra", "Övre", "Inre", "Yttre"}
_PLURAL_HEADS = {"kommuner", "kommunar", "regioner", "städer", "fylkeskommuner", "counties", "county councils",
                 "district councils", "city councils", "borough councils", "councils"}
# Heads whose plural is the singular: "Skellefteå och Lycksele lasarett" are two hospitals where both are places
_INVARIANT_HEADS = {"lasarett", "sjukhus", "sykehus", "sjukehus"}
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:i|på|vid|ved)\s$")
_HEAD_SINGULAR = {"kommuner": "kommun", "kommuns": "kommun", "kommunes": "kommune", "kommunar": "kommune",
                  "regioner": "region", "städer": "stad", "fylkeskommuner": "fylkeskommune", "counties": "County",
                  "county councils": "County Council", "district councils": "District Council",
                  "city councils": "City Council", "borough councils": "Borough Council", "councils": "Council"}
_LOWER_PREFIX = re.compile(r"^(region|regionen|kommun|landstinget|fylke|stiftelsen|föreningen)\s+(?=[A-ZÅÄÖÆØ])")
_TRIM = " \t\n.,;:!?\"'“”«»()[]–—-•*·|"
# "Linköping" + " kommun" is the municipality (ORG); "Västra Götalands" + " län" is the county.
_HEAD_AFTER = re.compile(
    r"^[ \t\u00a0](kommun|kommune|fylkeskommune|[Ss]tad|[Uu]niversitet|[Uu]niversitetet|län|[Rr]egion|"
    r"lasarett|lasarettet|"
    r"universitetssjukhus|universitetssjukhuset|sjukhus|sjukhuset|sykehus|sykehuset|universitetssykehus|"
    r"högskola|högskolan|høgskole|høgskule|hamn|havn|hamnen|havna|havnen|herad)"
    r"(?:\b|(?<=län)(?=s\b)|(?<=kommun)(?=s\b)|(?<=kommune)(?=s\b))"  # "Nordland fylkeskommunes tilskudd"
)
_PLACE_HEAD_WORDS = {"hamnen", "havna", "havnen", "herad"}  # "Norra hamnen", "Voss herad": still places
_STREET = re.compile(r"^s?\s(?:väg|vägen|gata|gatan|gate|gaten|vei|veien|veg|vegen|allé|torg|road|street|avenue)"
                     r"\s+\d", re.IGNORECASE)
_STREET_WORD = re.compile(r"(?:vägen|gatan|gata|gaten|veien|vegen|plassen)$")
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")  # the outward code of a UK postcode ("LS21")


def _starts_sentence(text: str, start: int) -> bool:
    return re.search(r"(?:^|[.!?:–—]\s+|\n\s*)$", text[max(0, start - 3) : start]) is not None
_REGION_BEFORE = re.compile(r"(?:^|(?<=\s))([Rr]egion|[Rr]egionen|[Ll]andstinget i)[ \t\u00a0]$")
_LEGAL = (rf"(?:{LEGAL_FORM}|{MORE_LEGAL_FORMS}|"
          # English bodies named by their last word ("Western Development Fund", "Nordland County Council"),
          # unless the name goes on ("Lifelong Learning Institute Dipoli")
          r"(?:Fund|Trust|Council|Authority|Agency|Commission|Foundation|Institute|Association|Society|"
          r"Ventures|Capital|Partners|Club|Group|Hub|Pantry|Shed|Network|Forum|Alliance|Partnership|"
          r"Co-operative|Cooperative|Committee|Panel|Charity|Collective|Legislature|Commissioners|Renewables|"
          r"(?<!of )Board|Ambulance Service|Fire and Rescue Service|Air Ambulance|Corporate Finance|Advokater|"
          r"Advokatfirma|Advokatbyrå|Arkitekter|Arkitektar|Arkitektkontor|Shipyard|Shipyards|Fastigheter|"
          r"Company|Corporation)"
          r"(?!\s(?:(?:for|of)\s)?[A-ZÅÄÖÆØ]))")
# Patterns read over the whole text open with a look-ahead for the capital every match starts with:
# the scan then skips the other characters before trying the look-behind (40 % faster).
_CAP = r"[A-ZÅÄÖÆØÉ][\w&\-]*"
_CAP_ON = rf"{_CAP}(?:['’]s?)?"  # after the first word: "Lochgilphead Men's Shed"; not "Sweden's Norrskog AB"
# At most eight words before the legal form: unbounded, a long run of capitalised words (a release in
# capitals) made the search quadratic.
_LEGAL_NAME = re.compile(
    rf"(?=[A-ZÅÄÖÆØÉ])(?<!\w)(?<!\w-)({_CAP}(?:[ \t](?:and|of|för|for|&|upon|i(?=[ \t][A-ZÅÄÖÆØ])|{_CAP_ON})){{0,8}}"
    rf"(?:[ \t](?:och|og)[ \t]{_CAP})?(?:[ \t]|,[ \t](?=(?:Inc|LLC|Ltd|Corp|L\.P)\b)){_LEGAL})(?![\w])")
# Swedish firms whose legal form comes first: "AB Volvo", "AB Storstockholms Lokaltrafik", "Bostads AB Mimer",
# "Rederi AB Bergwall" (a trade in the genitive or a trade word before "AB" is the name's own)
_AB_FIRST = re.compile(
    r"(?=[A-ZÅÄÖ])(?<![\w-])(?:([A-ZÅÄÖ][a-zåäö]{2,})[ \t])?AB((?:[ \t][A-ZÅÄÖ][\w-]*){1,3}"
    r"(?:[ \t]&[ \t][A-ZÅÄÖ][\w-]*)?)(?![\w-])")
# Norwegian intermunicipal companies and cooperatives named by a place and common nouns: "Solør brann og redning
# IKS", "Midt-Hedmark brann- og redningsvesen IKS", "Fuglset grunneigarlag SA"
_COMMON_NOUN_BODY = re.compile(
    r"(?<![\w-])([A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)?(?: [a-zæøå][\w-]*){1,4} (?:IKS|SA|KF))(?![\w-])")
_FUNCTION_WORDS = frozenset("i på er var har til av for med som en et ei den det at å eller men".split())
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÅÄÖÆØ][\w'’-]*[ \t]$")
_AFTER_ONE_WORD = re.compile(r"[A-ZÅÄÖÆØ][\w&-]+\.\s+(?=[A-ZÅÄÖÆØ][a-zåäöæø])")
_COUNTY_FIRST = re.compile(r"(?<![\w-])([A-ZÆØÅ][\w-]+) og $")
# Trades a firm's name joins with "og"/"och" before its legal form ("Bygg og Anlegg AS", "Rör och Värme AB")
_TRADES = frozenset("""anlegg anläggning sanitær sanitet rør rör värme varme ventilasjon ventilation transport maskin
maskiner entreprenad entreprenør service eiendom fastighet fastigheter drift montage montasje betong grus elektro vvs
tak snickeri bygg miljø miljö energi teknik teknikk installasjon installation""".split())
_TRADE_ENDINGS = tuple(_TRADES | {"konsult", "konsulter"})  # "Byggkonsult", "Elinstallation"
_AB_TRADES = _TRADES | {"rederi", "industri"}
# A body's organ or meeting before its name: "Föreningsstämman i …", "Årsmøtet i …", "Styret i …"
_ORGAN_OF = re.compile(r"(?i)(?:\w*(?:stämman|stämma|mötet|møtet|møta|mötena|møtene|forsamlingen|forsamlinga|"
                       r"forsamling|skapet)|"
                       r"styrelsen|styret|styre|board)[ \t]i[ \t]")
# "Selje Tang og Tare AS", "Hansen og Sønn AS", "Catawba Precision Holdings, Inc.", "Kylteknik i Gävle AB"
# Public bodies and institutions named by their last word: "Forskningsrådet", "Östsvenska Handelskammaren",
# "Nærings- og fiskeridepartementet", "Energikontoret Östergötland".
_INSTITUTION = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])((?:[A-ZÅÄÖÆØ][\w]*(?:-\s(?:och|og)\s[a-zåäöæø]\w*)?[ \t]){0,6}"  # bounded, one line
    r"(?:[A-ZÅÄÖÆØ][\w-]*-\s(?:och|og)\s[a-zåäöæø][\w]*|[A-ZÅÄÖÆØ][\w]*)"
    r"(?:departementet|direktoratet|tilsynet|verket|styrelsen|institutet|instituttet|universitetet|högskolan|"
    r"høgskolen|kammaren|föreningen|foreningen|förbundet|forbundet|stiftelsen|rådet|centralen|kontoret|"
    r"banken|bolaget|selskapet|akademien|museet|sjukhuset|sykehuset|nämnden|nemnda|myndigheten|inspektionen|gymnasiet|"
    r"inspeksjonen))"
    r"s?(?![\w-])"  # "Naturvårdsverkets Klimatkliv": the genitive of Naturvårdsverket
)
# A dateline opening a line: "Raufoss, 12. februar 2027", "PORT HAWKESBURY, NS, March 9, 2027", "Oslo, 2027-03-04".
_MONTH = r"(?i:jan|feb|mar|apr|maj|mai|may|jun|jul|aug|sep|okt|oct|nov|dec|des)[a-zæøåä]*\.?"
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*([A-ZÅÄÖÆØ][\w'’-]+(?:[ -][A-ZÅÄÖÆØ][\w'’-]+){0,2}),[ \t]+(?:[A-Z]{2}\.?,[ \t]+)?"
    rf"(?=\d{{1,2}}\.?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}\b|\d{{4}}-\d\d-\d\d)"
)
_NOT_DATELINE = {w.casefold() for w in """Publicerad Publisert Uppdaterad Oppdatert Updated Published Datum Dato Date
    Embargo""".split()} | WEEKDAYS
_NAME_CONTINUES = re.compile(r"s?\s[A-ZÅÄÖÆØ]")
_NAME_CONTINUES_ON_LINE = re.compile(r"s?[ \t][A-ZÅÄÖÆØ]")
# (also in the genitive: "Møre og Romsdal fylkeskommunes tilskudd")
_MUNICIPALITY_AFTER = re.compile(r"\s(?:kommun|kommune|fylkeskommune|herad|[Mm]unicipality)(?=s?(?![\w-]))")
_HEAD_OFFICE = re.compile(r"(?:Huvud|Hoved|Hovud|Head)?kontoret$", re.IGNORECASE)
# What follows a fact box's label: a year perhaps, then the colon ("Antall eiendommer: ca. 14 600").
_FACT_LABEL = re.compile(
    r"(?:[ \t]+[a-zåäöæø][\w-]*){0,3}(?:[ \t]+\d{4})?[ \t]*(?:\(\d{4}\))?:|[ \t]+(?:\d|kr|NOK|SEK|EUR|USD)"
)
# An airport by its town and name: "Kristiansund lufthavn Kvernberget", "Göteborg Landvetter Airport".
_AIRPORT = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])([A-ZÅÄÖÆØ][\w-]+ (?:lufthavn|lufthamn|flyplass|flygplats)(?: [A-ZÅÄÖÆØ][\w-]+)?"
    r"|[A-Z][\w-]+(?: [A-Z][\w-]+)? Airport)(?![\w-])"
)
_PLACE_WORD = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])(?<![A-ZÅÄÖÆØ][a-zåäöæø]\s)(?<![A-ZÅÄÖÆØ][a-zåäöæø]{2}\s)(?<![A-ZÅÄÖÆØ][a-zåäöæø]{3}\s)"
    r"(?<![A-ZÅÄÖÆØ][a-zåäöæø]{4}\s)(?<![A-ZÅÄÖÆØ][a-zåäöæø]{5}\s)"  # no capitalised word just before it
    r"([A-ZÅÄÖÆØ][a-zåäöæø]{2,}(?:vatnet|vatn|vattnet|sjön|breen|fjorden|fjellet|øya|øyane|øyene|landet|dalen|"
    r"elva|elvi|älven|åsen|holmen|viken|haugen|backen|mossen|sundet|vägen|gatan|veien|vegen|(?<!ifr)ån|berget|"
    r"fältet|feltet))(?![\w-])"
    r"(?!\s[A-ZÅÄÖÆØ])(?!\s\d)"  # and streets, not an address ("Storgatan 12")
)
# Places named by a head word: "River Slaney", "Clare Island", "Parkmore Business Park", "Voss stasjon".
_PLACE_HEAD = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])((?:River|Lough|Loch|Mount|Lake|Isle of|Vale of) [A-Z][\w'’-]+"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:Island|Business Park|Station|Promenade|Harbour|Valley|"
    r"Technology Park|Industrial Park|Industrial Estate|Retail Park)(?! [A-Z])"  # not "Thames Valley Police"
    # parks, a person's name with an initial in it too: "Jessie M. Honeyman Memorial State Park"
    r"|[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|[A-Z]\.)){0,3} (?:State|National|Provincial|Regional|Country|Forest) Park"
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:Road|Street|Lane|Avenue|Boulevard)(?! [A-Z])"  # not "Main Street Capital"
    r"|[A-ZÅÄÖÆØ][\w-]+ (?:stasjon|stadion|resecentrum|bussterminal))(?![\w-])"
)
_WATER_OR_ICE = re.compile(
    r"(?:vatnet|vatn|vattnet|sjön|breen|fjorden|elva|elvi|älven|(?<!ifr)ån|berget|fältet|feltet)$")
# Schools and local associations named by a place and a common noun: "Äppelbo skola", "Gaula videregående
# skole", "Vansbro centralskola", "Fiskå ungdomslag", "Smøla kulturforum".
_LOCAL_BODY = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])([A-ZÅÄÖÆØ][\w-]+(?: [A-ZÅÄÖÆØ][\w-]+)? (?:(?:videregående|vidaregåande) )?"
    r"(?:[a-zåäöæø]*(?:skola|skole|skule)|grendalag|ungdomslag|idrettslag|bygdelag|velforening|sanitetsforening|"
    r"musikklag|skolekorps|kulturforum|hembygdsförening|idrottsförening|idrottsklubb|folkhögskola|"
    r"folkehøgskole|folkehøgskule|universitetssjukhus|universitetssjukhuset|universitetssykehus|lasarett|gymnasium|"
    # and hospitals: "Skånes universitetssjukhus", "Ystads lasarett", "Oskarshamns sjukhus"
    r"lasarettet|politidistrikt|sjukhus|sykehus|sjukehus|samebys?|stift|pastorat|församling|menighet|sokn|"
    r"kyrkjelyd"
    # Norwegian associations, their head capitalised or not: "Bryggja Båtlag", "Eid Jeger- og Fiskarlag"
    r"|(?:[A-ZÆØÅ][a-zæøå]+-\s(?:og|och)\s)?(?i:[a-zæøå]*(?:båt|fiskar|fiske|jeger|jakt|skyttar|skytter|ungdoms|"
    r"grende|bygde|historie|soge|mål|kyst|sanitets|idretts|bonde)lag)))(?![\w-])"
)
# What a company is, written before its name: "Bergensselskapet Kvisla Technologies AS", "Hyrföretaget Svepa".
_DESCRIPTOR = re.compile(
    r"(?:bolaget|selskapet|företaget|foretaket|kooperativet|koncernen|konsernet|bruket|fabriken|rederiet|varvet|"
    r"verftet|kedjan|kjeden|gruppen|byrån|byrået|firman|firmaet|föreningen|foreningen|stiftelsen|kontoret|styrelsen|"
    r"styret|"
    # who a firm is, by what it does: "Batteriåtervinnaren ReCell Nordic AB", "Leverantören", "Produsenten"
    r"(?:vinn|tillverk|producent|leverant|operat|produsent|utvikl|utveckl|grossist|importør|importör|eksport|export)\w*(?:aren|ören|"
    r"øren|eren|en))$"
)
# (of two places too: "Volda og Ørsta Sparebank", "Stryn og Hornindal Sparebank")
_SAVINGS_BANK = re.compile(r"(?<![\w-])((?:(?![Ss]par)[A-ZÅÄÖÆØ][\w-]*[ \t](?:(?:og|och)[ \t](?=[A-ZÅÄÖÆØ][\w-]*[ \t]"
                           r"[Ss]par))?){1,3}(?:[Ss]parbank|[Ss]parebank))(?![\w-])")
_POLICE_REGION = re.compile(rf"(?<![\w-]){POLICE_REGION}(?![\w-])")
_ROUTE = re.compile(r"^([A-ZÅÄÖÆØ][\w-]+)[–—]([A-ZÅÄÖÆØ][\w-]+)(?:[–—][A-ZÅÄÖÆØ][\w-]+)*$")
_HYPHENATED_PLACE = re.compile(r"-(?:(?:on|upon|under|le|by|in|en|sur|am|super|de|du|des|la|les|aux)-|d['’])"
                               r"[A-ZÉ][a-zé]+(?:-[A-Za-z]+)*(?![\w-])")  # "Carrick-on-Shannon", "Val-d'Or"
_GOVERNMENT_HEADS = {"department", "ministry", "agency", "authority", "council", "commission", "directorate",
                     "departementet", "ministeriet", "direktoratet", "tilsynet", "myndigheten", "myndighet"}
_ROUTE_STOP = re.compile(r"[A-ZÅÄÖÆØ][\w-]+")
_TWO_PLACES = re.compile(r"^([A-ZÅÄÖÆØ][\w-]+) (?:och|og|and|&) ([A-ZÅÄÖÆØ][\w-]+)$")
_GOVERNOR_IN = re.compile(r"(?:Statsforvalteren|Statsforvaltaren|Fylkesmannen) i [A-ZÆØÅ][\w-]+")
_COUNTY_LIST = re.compile(r"(?:, [A-ZÆØÅ][\w-]+)+ og [A-ZÆØÅ][\w-]+(?![\w-])(?! (?:kommune|fylkeskommune)\b)")
_NAME_GOES_ON = re.compile(r"(?: [A-ZÅÄÖÆØ][\w-]+){1,2}(?![\w-])")
_TITLE_OF = re.compile(r"^([\w-]+)\s(?:of|at|i|på|ved|vid|hos)\s(?=[A-ZÅÄÖÆØ])")
_EXCHANGE = re.compile(r"(?:Nasdaq|Euronext|Oslo Børs|NGM|Spotlight Stock Market)\b")
_OF_PLACE_AT_END = re.compile(r"[ \t](?:for|of)[ \t]([A-Z][\w-]+)$")
_AND_PLACE = re.compile(r"[ \t]and[ \t]([A-Z][\w-]+)(?![\w-])")
# A given name the model left out of a person: "chaired by Per Egil Tønnessen".
_GIVEN_NAME_BEFORE = re.compile(r"(?:\bby|\bav|\bof|\bmed|\bwith|\band|\bog|\boch|,) ([A-ZÅÄÖÆØ][a-zåäöæø]{1,11}) $")
_PLACE_ENDING = re.compile(r"(?:län|fylke|county|region|regionen|centrum|park|stad|by)$", re.IGNORECASE)
# Sentence adverbs the models take for names when they open a sentence ("Samtidig har Havfrakt …").
_HEADING_WORDS = frozenset("för for til till media press presse om about".split())
_SENTENCE_ADVERBS = frozenset("""samtidig samtidigt samstundes dessutom dessuten derfor därför difor likevel ändå
    imidlertid dock därefter deretter etterpå tidligere tidigare tidlegare allerede redan nylig nyligen nyleg hittil
    hittills totalt sammanlagt samlet samla sedan sidan siden innan bakom neste nästa næste forrige förra""".split())
_MONTH_NAMES = frozenset("""january february march april may june july august september october november december
    januari februari mars maj juni juli augusti oktober januar februar mai desember""".split())
_NAME_PARTICLES = {"of", "and", "for", "the", "de", "du", "la", "le", "von", "van", "der", "den", "des", "y", "&",
                   "in", "on", "at", "upon", "to"}
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean)$|^(?:Welsh|Dutch|French|Greek|Thai|Swiss|Czech)$")
_SWITCHBOARD_WORD = re.compile(r"(?i)^(?:växel|presstjänst|pressevakt|sentralbord|kundtjänst|press)$")
# Forms of address, not part of the name: "Dr Rajan Mistry", "Prof. Anna Berg".
_HONORIFIC = re.compile(rf"^{FORMS_OF_ADDRESS}\.?\s+(?=[A-ZÅÄÖÆØ])")
_PARTICLES = frozenset(NAME_PARTICLES)
_DIRECTIONS = re.compile(r"^(?:södra|norra|västra|östra|sørlige|nordlige|vestlige|østlige|northern|southern|"
                         r"western|eastern|mellersta|centrala|hela|heile|hele|mainland|continental)\s+(?=[A-ZÅÄÖÆØ])")
# A Scandinavian common noun in definite form ("Satsningen", "Bolaget"), capitalised at a sentence start.
# A board or office of a municipality or region, not a body of its own ("Forskningsrådet" is one).
_BOARD_OF_BODY = re.compile(r"(?:[Kk]ommunstyrelsen|[Rr]egionstyrelsen|nämnden|nemnda|[Oo]ppositionsrådet|"
                            r"[Kk]ommunalrådet|[Rr]egionrådet)$")
_IN_PLACE = re.compile(r"[ \t](?:i|på)[ \t]([A-ZÅÄÖÆØ][\w-]+(?:[ \t](?:og|och)[ \t][A-ZÅÄÖÆØ][\w-]+)?)")
_PLACE_GOES_ON = re.compile(r"[ \t](?:og|och|and)[ \t][A-ZÅÄÖÆØ][\w-]+")
# "Lærdal og Omegn Sykkelklubb", "Bergen og Omland Friluftsråd": a club of a town and its surroundings
_AND_SURROUNDINGS = re.compile(r"(?<![\w-])([A-ZÆØÅ][\w-]+ og (?:[Oo]megn|[Oo]mland|[Oo]megns?)(?: [A-ZÆØÅ][\w-]+)+)")
_DEFINITE = re.compile(r"^[A-ZÅÄÖÆØ][a-zåäöæø]{3,}(?:en|et|ens|ets|erna|arna|orna|ene|ane)$")
_GENITIVE_EXCEPTIONS = {"ss", "us", "is", "os", "ys", "äs", "ås", "ös"}


_EDGE_WORDS = {"i", "på", "av", "til", "till", "från", "fra", "frå", "in", "at", "on", "for", "by", "med", "och", "og",
               "and", "samt", "eller", "or", "vid", "hos", "om"}
_SPACES = re.compile(r"\s+")
_LEADING_WORDS = re.compile(
    r"^(?:the|The|Om|For|About|Med|Till|Til|Från|Fra|Frå|Hos|Enligt|Ifølge|Ifølgje|According to)\s+(?=[A-ZÅÄÖÆØ0-9])"
)
# Norwegian and Swedish institutions named "X i/på PLACE": "Universitetet i Bergen", "Høgskulen på Vestlandet".
_INSTITUTION_PLACE = re.compile(rf"(?=[A-ZÅÄÖÆØ])(?<![\w-])({INSTITUTION_IN_PLACE})")
# Named by a leading common noun: "Stiftelsen Sundarvet", "Föreningen Sundets Dykarkeologer"; and national
# bodies named by the country's genitive: "Norges forskningsråd", "Sveriges lantbruksuniversitet".
_PREFIXED_BODY = re.compile(
    r"(?=[A-ZÅÄÖÆØ])(?<![\w-])((?:Stiftelsen|Föreningen|Foreningen|Stiftinga|Sällskapet|Selskapet|Samfundet|"
    r"Sparebankstiftelsen|Sparbanksstiftelsen)"
    r"(?:\s[A-ZÅÄÖÆØ][\w-]+){1,3}(?:\s(?:og|och)\s(?!Stift|Fören|Foren)[A-ZÅÄÖÆØ][\w-]+(?![ \t][A-ZÅÄÖÆØ]))?"
    r"(?:(?<=s)\s[a-zåäöæø]+(?:fond|förening|forening|råd|förbund|forbund|"
    r"institut|akademi|sällskap|selskap|lag))?"
    r"|(?:Advokatfirman|Advokatfirmaet|Revisionsbyrån|Arkitektkontoret)(?:\s[A-ZÅÄÖÆØ][\w&-]+){1,3}"
    r"|(?:Räddningstjänsten|Brandförsvaret)(?:\s[A-ZÅÄÖ][\w-]+){1,2}"  # "Räddningstjänsten Östra Småland"
    r"|(?:Norges|Sveriges|Danmarks|Finlands)\s[a-zåäöæø]+(?:-\s(?:och|og)\s[a-zåäöæø]+)?"
    r"(?:råd|rådet|forbund|förbund|bank|akademi|institutt|institut|universitet|direktorat|verk|museum|nämnd|"
    r"kommisjon|bondelag|idrettsforbund))(?![\w-])"
)
# Named after a common noun that says what it is: "branschföreningen Skaraborgs Industrigrupp", "selskapet Nordic
# Ferry Partners", "nätverket Kvinnor"; the name is the capitalised words that follow on the line.
_DESCRIBED_BODY = re.compile(
    r"(?<![\w-])[a-zåäöæø]*(?:föreningen|foreningen|foreninga|förbundet|forbundet|bolaget|selskapet|företaget|"
    r"organisationen|organisasjonen|nätverket|nettverket|klustret|klyngen|konsortiet|stiftelsen|stiftinga)"
    r"[ \t]+([A-ZÅÄÖÆØ][\w&-]*(?:[ \t][A-ZÅÄÖÆØ][\w&-]*){0,3})(?![\w-])"
)
# Local government named by its kind: "Town of Digby", "London Borough of Lewisham", "Municipality of the District
# of Guysborough", "Region of Queens Municipality", "City of Cork".
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w-])((?:Town|City|Village|(?:Charter[ \t])?Township|(?:(?:London|Royal)[ \t])?Borough|County|Municipality|"
    r"District|Region)[ \t]of"
    r"[ \t](?:the[ \t])?(?:(?:District|County)[ \t]of[ \t])?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})(?![\w-])"
    # one line: "City of Prince George" above "Tel: …" is no "City of Prince George Tel"
)
# "Technical University of Denmark", "KTH Royal Institute of Technology", "Norwegian University of Science and
# Technology": a university or institute named by what it is of, which NER cuts at "of".
_NAMED_BY_WHAT_OF = ("University", "Institute", "College", "School", "Library", "Museum", "Ministry", "Department",
                     "Academy", "Bank", "Office")
# The second word of a body's last field: "… and Climate Change", "… and Rural Affairs".
_FIELD_TAIL = (r"(?:[ \t](?:Change|Care|Excellence|Development|Innovation|Skills|Affairs|Communities|Justice|Industry|"
               r"Trade|Technology|Security|Services|Protection|Safety|Resources|Planning|Research|Roads|Heritage|"
               r"Fisheries|Forestry|Tourism|Employment))?")
_UNIVERSITY_OF = re.compile(
    rf"(?<![\w.-])((?:[A-Z][\w&.-]*[ \t]){{0,3}}(?:{'|'.join(_NAMED_BY_WHAT_OF)})[ \t](?:of|for)[ \t]"
    rf"(?:the[ \t])?[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){{0,2}}(?:[ \t]and[ \t][A-Z][\w'’-]*{_FIELD_TAIL}"
    r"(?![ \t][A-Z]))?)(?![\w-])"
    # "Department of Environment and Climate Change", "National Institute for Health and Care Excellence"
)
# A department or agency named for a list of what it does: "Department of the Environment, Climate and
# Communications", "European Climate, Infrastructure and Environment Executive Agency".
_NAMED_BY_A_LIST = re.compile(
    # (words before it: "U.S.", "Scottish Government"; not the last word of a sentence: "Transport. The Department")
    r"(?<![\w.-])((?:(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*)[ \t]){0,3}"
    r"(?:Department|Ministry)[ \t](?:of|for)[ \t](?:the[ \t])?|"
    rf"[A-Z][\w-]*[ \t])[A-Z][\w'’-]*(?:,[ \t][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)+,?[ \t](?:and|&)[ \t]"
    r"(?:the[ \t])?[A-Z][\w'’-]*"
    rf"{_FIELD_TAIL}"
    r"(?:[ \t](?:Executive[ \t])?(?:Agency|Authority|Directorate|Office))?)(?![\w-])"
)
# Tourist boards: "Visit Bergen", "Visit Norway", "Visit Sweden".
_VISIT = re.compile(r"(?<![\w-])(Visit[ \t][A-ZÅÄÖÆØ][\w-]+)(?![\w-])")
_HEAD_THEN_VERB = re.compile(r"^(.+?\s(?:kommun|kommune|fylkeskommune|fylkeskommun|län|herad))\s+\S")
_BYLINE = re.compile(
    r"(?m)^[ \t]*(?:By|Av|Text:|Tekst:)[ \t]+([A-ZÅÄÖÆØ][\w'’-]+(?:[ \t][A-ZÅÄÖÆØ][\w'’-]+){1,2})[ \t]*$"
)
_BASED_SUFFIX = r"-(?:based|baserte|baserade|basert|baserad|listed|noterade|noterte)"  # "Copenhagen-based",
# "det Bergen-baserte", "London-listed Aurion Metals plc": a place, then the name
_BASED = re.compile(rf"^([A-ZÅÄÖÆØ][\w]+){_BASED_SUFFIX}$")
_BASED_ANYWHERE = re.compile(rf"(?=[A-ZÅÄÖÆØ])(?<![\w-])([A-ZÅÄÖÆØ][\w]+){_BASED_SUFFIX}\b")
_JOINED_NOUN = re.compile(r"^\s([A-ZÅÄÖÆØ][\w&]*)-[a-zåäöæø]{3,}\b")
_HYPHEN_NOUN = re.compile(r"(?<=[\wÅÄÖÆØåäöæø])-[a-zåäöæø]{3,}$")
_PLACE_HEADS = {"kommun", "kommune", "län", "fylke", "gård", "gard", "stad", "by", "bruk", "socken", "herad", "i", "på",
                "og", "och", "and", "of", "upon", "am", "an", "der", "de", "del", "la", "le", "sur", "city", "county",
                "fylkeskommune", "gate", "gata", "vägen", "veien", "torg", "hamn", "havn", "strand", "ö", "øy"}
_ORG_HEADS = {"kommun", "kommune", "fylkeskommune", "fylkeskommun", "universitet", "region", "herad", "hospital",
              "sjukhus", "sykehus", "sjukehus", "lasarett", "universitetssjukhus", "universitetssykehus"}


@lru_cache(maxsize=65536)  # pure, and asked of the same span texts more than once
def _clean(text: str) -> str:
    text = text.split("\n")[0]
    text = _SPACES.sub(" ", text).strip(_TRIM)
    text = _LEADING_WORDS.sub("", text)
    words = text.split()
    # "Kontaktperson Helena Björk", "i Bergen", "Hf &": labels, prepositions and conjunctions at the edges
    while len(words) > 1 and (words[0].casefold() in LABEL_WORDS or words[0] in _EDGE_WORDS):
        words = words[1:]
    while len(words) > 1 and (words[-1] in _EDGE_WORDS or words[-1] in {"&", "+"} or (
        words[-1].islower() and words[-1].casefold() in LABEL_WORDS
    )):
        words = words[:-1]
    return " ".join(words).strip(_TRIM)


def _base_form(name: str, label: str, language: str, text_after: str, known: set[str]) -> str:
    """Remove a genitive -s where the release shows it is one."""
    if name.endswith(":s"):
        return name[:-2]  # "EU:s", "ABB:s": the colon genitive of an abbreviation
    if language not in {"sv", "no", "da"} or len(name) < 4 or not name.endswith("s"):
        return name
    stem = name[:-1]
    if stem.casefold() in known or known_place(stem):
        return stem
    if known_place(name) or name[-2:] in _GENITIVE_EXCEPTIONS or label == "PER":
        return name
    # "Östergötlands position": a genitive governs the noun that follows it.
    if re.match(r"\s+[a-zåäöæø]", text_after):
        return stem
    return name


def _in_lower_case(text: str, word: str) -> bool:
    """Whether the release also writes ``word`` in lower case, in prose ("verket"), not in an address
    ("post@fjordkysten.no", "www.fjordkysten.no")."""
    return re.search(rf"(?<![\w@./-]){re.escape(word.lower())}(?![\w@-]|\.\w)", text) is not None


@register("entities", order=90)
def extract_entities(context: Context) -> None:
    text, language = context.text, context.language
    result = context.result
    mentions: list[Mention] = []
    persons = {c.name for c in result.contacts if c.name} | {q.speaker for q in result.quotes}
    orgs = {c.organization for c in result.contacts if c.organization} | {
        q.organization for q in result.quotes if q.organization
    }
    person_keys = {p.casefold() for p in persons}
    surnames = {p.split()[-1] for p in persons if " " in p}
    org_keys = {o.casefold() for o in orgs}

    coordinated: list[tuple[int, int]] = []
    multiword = known_multiword_places(text)  # "Østre Toten", "Mo i Rana": read once, used twice
    for match in _coordinations(text, multiword):
        head = _HEAD_SINGULAR.get(match.group("head"), match.group("head"))
        if head == "kommun" and language in {"no", "da"}:
            head = "kommune"  # Norwegian "Kviteseid og Nissedal kommuner"
        label = "LOC" if head in {"län", "County"} else "ORG"  # "Quay and Guadalupe counties": two places
        parts = [(match.start("a"), match.group("a"))]
        parts += [(match.start("more") + m.start(1), m.group(1))
                  for m in re.finditer(r",\s([^,]+)", match.group("more"))]
        parts.append((match.start("b"), match.group("b")))
        # "Region Västerbotten, Umeå och Skellefteå kommuner": a list's first name may end another body's
        while len(parts) > 2 and re.search(r"(?:Region|Landstinget|Länsstyrelsen|Statsforvalteren|Statsforvaltaren)\s$",
                                           text[max(0, parts[0][0] - 16) : parts[0][0]]):
            parts = parts[1:]
        if any(_INSTITUTION.fullmatch(word.removesuffix("s")) for _, word in parts[:-1]):
            continue  # "Linnéuniversitetets och Växjö kommuns bostadsgaranti": a body and a municipality
        genitive = any(word.endswith("s") for _, word in parts[:-1])
        joined = known_place(text[match.start("a") : match.end("b")])
        # "Bergen og Askøy kommune": two municipalities, written with the head once
        municipalities = head in {"kommun", "kommune"} and all(known_municipality(word) for _, word in parts)
        # "Skellefteå och Lycksele lasarett": two hospitals of two places; but "… (NUS) i Umeå och Skellefteå
        # lasarett" is a place, then one hospital
        hospitals = head in _INVARIANT_HEADS and all(known_place(w) for _, w in parts) and not (
            _LOCATIVE_BEFORE.search(text, max(0, match.start() - 4), match.start()))
        if not genitive and (match.group("head") not in _PLURAL_HEADS and not (municipalities or hospitals) or joined):
            continue  # "Møre og Romsdal fylkeskommune": one county's name, not two
        last = parts[-1][1].split()
        shared = " ".join(last[1:]) if len(last) > 1 and last[0] in _DIRECTION_WORDS else ""
        for start, word in parts:
            # "Nordre og Søndre Land kommuner": Nordre Land and Søndre Land
            name = f"{word} {shared} {head}" if shared and word in _DIRECTION_WORDS else f"{word} {head}"
            mentions.append(Mention(label, name, word, start, start + len(word), "coordination"))
        coordinated.append((match.start(), match.end()))

    # (a plain look for the plural heads first: the pattern costs a tenth of a millisecond a release)
    plural = language == "en" and any(head in text for head in ("ouncils", "niversities", "epartments", "rigades",
                                                                 "ervices"))
    for match in _ENGLISH_PLURAL.finditer(text) if plural else ():
        if not _free(coordinated, match.start(), match.end()):
            continue  # "Leeds, Bradford and Wakefield councils": read above
        for name, start, written in _english_plural_parts(match):
            mentions.append(Mention("ORG", name, written, start, start + len(written), "coordination"))
        coordinated.append((match.start(), match.end()))

    names_in_doc = {_clean(e.text).casefold() for e in context.entities}
    # Names with a legal-form suffix are organisations whole ("Lahti Science and Business Park Ltd").
    legal: list[tuple[int, int]] = []
    listed = known_organisations(text)  # read once: for the universities here and the list's names below
    for match in _NAMED_BY_A_LIST.finditer(text) if language == "en" else ():
        name, begin = match.group(1), match.start(1)
        if name.startswith("The "):  # "The Michigan Department of …" opening a sentence
            name, begin = name[4:], begin + 4
        if (re.search(r"\b(?:Department|Ministry) (?:of|for)\b", name) or name.endswith((
                "Agency", "Authority", "Directorate", "Office"))) and _free(legal, begin, begin + len(name)):
            _claim(mentions, legal, "ORG", name, begin)
    for match in _UNIVERSITY_OF.finditer(text):
        name, begin = match.group(1), match.start(1)
        name = re.split(r"['’]s\b", name)[0]  # "the University of Maine's Advanced Structures …": whose
        if language != "en" or any(s < begin + len(name) and begin < e for s, e, _ in listed):
            continue  # "National Institute for Health and Care Research": the listed name, whole
        first = name.split()[0]
        if first.casefold() in NOT_NAME_WORDS | LABEL_WORDS | {"the", "a", "an"} and first not in _NAMED_BY_WHAT_OF:
            name, begin = name[len(first) + 1 :], begin + len(first) + 1  # "The University of …" opens a sentence
        if _free(legal, begin, begin + len(name)):
            _claim(mentions, legal, "ORG", name, begin)
    if language == "no":
        for match in _COMMON_NOUN_BODY.finditer(text):
            words = match.group(1).split()
            if _free(legal, match.start(1), match.end(1)) and words[0].casefold() not in NOT_NAME_WORDS and not (
                    _FUNCTION_WORDS.intersection(words)):
                _claim(mentions, legal, "ORG", match.group(1), match.start(1))
    for match in _AB_FIRST.finditer(text) if language == "sv" and "AB " in text else ():
        name, begin = _ab_first(match, context.entities)
        if name and _free(legal, begin, begin + len(name)):
            _claim(mentions, legal, "ORG", name, begin)
    for match in _LEGAL_NAME.finditer(text):
        whole, offset = match.group(1), match.start(1)
        if not _free(legal, match.start(1), match.end(1)):
            # "AB Volvo och Gavlegårdarna AB": the second firm, the first claimed above
            end = max(e for s, e in legal if s < match.end(1) and match.start(1) < e)
            rest = re.match(r"[ \t]+(?:och|og|and|&)[ \t]+", text[end : match.end(1)])
            if not rest:
                continue  # a university named by what it is of, claimed above
            whole, offset = text[end + rest.end() : match.end(1)], end + rest.end()
        county = _COUNTY_FIRST.search(text, max(0, offset - 30), offset)
        if county and (known_place(f"{county.group(1)} og {whole.split()[0]}") or (
                # an intermunicipal company of two places: "Kristiansund og Nordmøre Havn IKS"
                whole.endswith(" IKS") and known_place(county.group(1)) and known_place(whole.split()[0]))) and (
                _free(legal, county.start(1), offset)):
            whole, offset = text[county.start(1) : match.end(1)], county.start(1)  # "Sogn og Fjordane Anlegg AS"
        organ = _ORGAN_OF.match(whole)
        if organ or re.match(r"(\S+)[ \t]i[ \t]", whole) and _DEFINITE.match(whole.split()[0]):
            # "Årsmøtet i Valdres Kraftlag SA", "Lantbrukarna i Mälarslättens Lantmän ek. för.": the body's own
            whole = whole[organ.end() if organ else whole.index(" i ") + 3 :]
        described = re.match(r"[A-ZÅÄÖÆØ]\w+-[a-zåäöæø]{3,}[ \t]+(?=\S+[ \t])", whole)
        if described:  # "Ålesund-rederiet Havbris Shipping ASA", "Bergen-selskapet Vestkyst Motor AS": a description
            whole = whole[described.end() :]
        based = re.search(r"\s(?:and|og|och)\s(?=[A-ZÅÄÖÆØ][\w-]+-(?:based|baserte?|baserade?)\s)", whole)
        if based:  # "Millbrook First Nation and Halifax-based Fundy Breeze Energy Inc.": the firm after "and"
            whole = whole[based.end() :]
        parts = [whole]
        if language in {"sv", "no", "da", "en"}:
            parts = re.split(r"\s(?:och|og)\s" if language != "en" else r"\sand\s", whole)
            if len(parts) > 1 and not LEGAL_AT_END.search(parts[0]) and not listed_organisation(parts[0]) and not any(
                    _clean(e.text) == parts[0] for e in context.entities if e.label == "ORG" and (
                        language != "en" or " " not in parts[0])) and not _ends_with_body_head(parts[0]) and not (
                    parts[0].startswith(("Region ", "Länsstyrelsen "))):  # "Region Sörmland och Mälarenergi AB"
                # not "Danish Competition and Consumer Authority"; but "Washington State University and Palouse Cell
                # Technologies Inc." are two
                parts = [whole]  # one firm, unless the first is a body of its own ("X AS og Y AS")
            elif len(parts) == 2 and len(parts[1].split()) == 2 and parts[1].split()[0].casefold() in _TRADES and (
                    not LEGAL_AT_END.search(parts[0])):
                parts = [whole]  # "Asker Bygg og Anlegg AS": one firm of two trades, whatever the model split
        joined: list[str] = []
        for part in parts:  # "Limerick City and County Council": one council of the city and the county
            if joined and part.split()[0] in {"County", "City", "District", "Borough"} and len(part.split()) <= 3:
                joined[-1] = f"{joined[-1]} and {part}"
            else:
                joined.append(part)
        parts = joined
        amp = re.split(r"\s&\s", parts[-1])
        tail = amp[-1].split()
        if len(tail) == 2 and tail[0].casefold().endswith(_TRADE_ENDINGS):
            amp = amp[:1]  # "Aros Energi & Byggkonsult AB": one firm of two trades, not "Aros Energi" and another
        if len(amp) > 1 and all(looks_like_org(p) and not re.search(rf"\s{_LEGAL}$", p) for p in amp[:-1]):
            parts[-1:] = amp  # "Mittuniversitetet & Medelpad Energi AB": two partners; "Calder & Ouse Bank" stays
        pieces = re.split(r"\sand\s", parts[-1])
        if len(pieces) > 1 and all(re.search(rf"\s(?:{_LEGAL}|Municipality|Company|Group)$", p) for p in pieces[:-1]):
            parts[-1:] = pieces  # "Rana Municipality and Nordland County Council": two bodies
        for part in parts:
            start = text.find(part, offset)
            words = part.split()
            based = _BASED.match(words[0]) if words else None
            if based and len(words) > 2:  # "Copenhagen-based Kattegat Ventures": a place, then the name
                mentions.append(Mention("LOC", based.group(1), based.group(1), start, start + len(based.group(1)),
                                        "pattern"))
                start += len(words[0]) + 1
                words = words[1:]
            titled = [i for i, w in enumerate(words[:-1]) if w in {"of", "at", "för", "hos", "ved", "i"}
                      and any(is_role_word(x) for x in words[:i])]
            if titled:  # "Chief Technology Officer of Northgate Metals plc": the name after the title
                start += len(" ".join(words[: titled[0] + 1])) + 1
                words = words[titled[0] + 1 :]
            while words and (words[0].casefold() in {"och", "og", "and", "the", "of", "at"} | LEAD_IN
                             or is_role_word(words[0])
                             or words[0].casefold() in LABEL_WORDS or _SWITCHBOARD_WORD.match(words[0]) or (
                len(words) > 2 and _DEFINITE.match(words[0]) and language in {"sv", "no", "da"} and (
                    _in_lower_case(text, words[0]) or (_starts_sentence(text, text.find(words[0], start)) and not (
                        # "Dalälvens Elnät AB": a genitive is the name's own word, not a description of the firm
                        words[0].endswith(("ens", "ets"))) and not (
                        # "som Vårdkedjan Apotek Norden AB är skyldigt": mid-sentence elsewhere, the name's own word
                        re.search(rf"[a-zåäöæø,] {re.escape(' '.join(words))}", text)) and (
                        # a list item's first word is the name's ("Frostviken Fisk AB, Gäddede: …")
                        _DESCRIPTOR.search(words[0].casefold()) or (len(words[0]) >= 9 and not _opens_line(
                            text, text.find(words[0], start)))))  # not "Lunsen Bygg AB": a short name's own word
                )
            )):
                words = words[1:]
            name = _clean(" ".join(words))
            written = " ".join(words)
            ends = text.find(written, start) + len(written)
            if re.search(r"(?:Inc|Ltd|Corp|o\.o|S\.A|S\.r\.l|B\.V|N\.V|ek\.\s?för|\bhf|ehf|ohf)\.$", written) and not (
                    # "… led by Halifax-based Calder Glassworks Ltd.\n": the sentence's full stop, not the name's
                    written.endswith(" Ltd.") and not written.endswith("Co., Ltd.")
                    and re.match(r"\s*$|\s*\n|\s+[A-ZÅÄÖÆØ\"“]", text[ends : ends + 3])):
                name += "."  # the abbreviation's own full stop ("Elbus Polska Sp. z o.o.", "Acme Inc.")
            if len(words) > 3 and all(w.isupper() for w in words):
                pass  # "RECORD YEAR FOR INVERALLAN AS": a headline in capitals, its last word a legal form by chance
            elif len(words) >= 2:
                begin = text.find(name, start)
                mentions.append(Mention("ORG", name, name, begin, begin + len(name), "pattern"))
                legal.append((begin, begin + len(name)))
            offset = start + len(part)
    for match in _BYLINE.finditer(text):  # "By Maarit Hollanti": the writer of a news item
        mentions.append(Mention("PER", match.group(1), match.group(1), match.start(1), match.end(1), "pattern"))
    for match in _PREFIXED_BODY.finditer(text):
        name = match.group(1)
        where = _IN_PLACE.match(text, match.end(1)) if name.startswith(("Stiftelsen", "Föreningen", "Foreningen",
                                                                           "Stiftinga")) else None
        place = where.group(1) if where else ""
        if " " in place and not known_place(place):
            place = place.split()[0]  # "… i Østfold og Fredrikstad kommune": Østfold
        if place and known_place(place) and len(name.split()) == 2:  # (not "Stiftinga Viksdalen Bygdetun i Gaular")
            name += where.group(0)[: where.group(0).index(place) + len(place)]  # "Stiftelsen Musikk i Østfold"
        if _free(legal, match.start(1), match.start(1) + len(name)):
            _claim(mentions, legal, "ORG", name, match.start(1))
    for match in _BASED_ANYWHERE.finditer(text):  # "det Bergen-baserte rederiet", "a Leeds-based charity"
        if _free(legal, match.start(1), match.end(1)) and not known_organisations(match.group(1)) and (
                not match.group(1).isupper() or known_place(match.group(1)) or match.group(1) in {"UK", "US"}):
            _claim(mentions, legal, "LOC", match.group(1), match.start(1))
    for match in COURT_AT.finditer(text):  # "Mark- och miljödomstolen vid Östersunds tingsrätt"
        if _free(legal, match.start(), match.end()):
            _claim(mentions, legal, "ORG", match.group(0), match.start())
    savings_banks = _SAVINGS_BANK.finditer(text) if "parbank" in text or "parebank" in text else ()
    for match in savings_banks:  # "Stora Tuna Sparbank", "Tjörns Sparbank", "Ekeby sparbank"
        name = match.group(1)
        pair = re.search(r"\s(?:og|och)\s", name)
        left, right = (name[: pair.start()], name[pair.end() :]) if pair else (name, "")
        if right and (not known_place(left) or re.search(r"[A-ZÅÄÖÆØ][\w-]*[ \t]$", text[
                max(0, match.start(1) - 30) : match.start(1)])):
            name = right  # "Sparebanken Vest og Sogn Sparebank", "Fjällkapital och Storsjöns Sparbank": two bodies
        first = name.split()[0]
        if first.casefold() in LEAD_IN | _SENTENCE_ADVERBS or first.casefold() in NOT_NAME_WORDS - {"stora"}:
            name = name[len(first) + 1 :]
        if len(name.split()) > 1 and _free(legal, match.end(1) - len(name), match.end(1)):
            _claim(mentions, legal, "ORG", name, match.end(1) - len(name))
    for match in _POLICE_REGION.finditer(text) if "olisregion" in text else ():  # "polisregion Syd", one of seven
        if _free(legal, match.start(), match.end()):
            _claim(mentions, legal, "ORG", "P" + match.group(0)[1:], match.start())
    for match in _AIRPORT.finditer(text):
        _claim(mentions, legal, "LOC", match.group(1), match.start(1))
    # Lakes, glaciers, fjords, valleys and islands NER does not know, by their ending ("Fuglsetvatnet",
    # "Nigardsbreen", "Uskedalen", "Kvaløya"); not a person's surname ("Kari Haugen") nor part of a longer name.
    people = surnames | {w for p in persons for w in p.split()} | {
        e.text.split()[-1] for e in context.entities if e.label == "PER" and e.text.split()}
    for match in _PLACE_WORD.finditer(text):
        begin, finish = match.start(1), match.end(1)
        spans = [e for e in context.entities if e.start < finish and begin < e.end]
        # a glacier or lake the model calls an organisation ("Nigardsbreen") is still a place
        # and a single word it calls a person ("Semsbyveien stenges") is not one: no first name
        misread = [e for e in spans if (e.start, e.end) == (begin, finish) and (
            (e.label == "ORG" and _WATER_OR_ICE.search(match.group(1))) or e.label == "PER")]
        if (match.group(1) in people and not misread) or (spans and not misread):
            continue
        street = _STREET_WORD.search(match.group(1))
        if street and _starts_sentence(text, begin) and has_word(text, match.group(1)[: street.start()].lower()):
            continue  # "Skoleveien for 310 elever": the way to school, capitalised as the sentence starts
        mentions.append(Mention("LOC", match.group(1), match.group(1), begin, finish, "pattern"))
        if misread:
            legal.append((begin, finish))
    for match in _PLACE_HEAD.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start(1) - 40), match.start(1)) if match.group(1).startswith(
            "Lake ") else None
        if before and before.group(0).strip().casefold() not in NOT_NAME_WORDS:
            continue  # "Kiishik Lake Development LP": the lake names a firm; "Lake Carey" opens a place's name
        if _free(legal, match.start(1), match.end(1)) and (
            match.group(1).split()[0].casefold() not in NOT_NAME_WORDS  # "Vid resecentrum" opens a sentence
        ):
            _claim(mentions, legal, "LOC", match.group(1), match.start(1))
    # Organisations of the shipped list ("Enova", "Svenska kraftnät", "Information Commissioner's Office"):
    # certain where no pattern found a longer name; they also part names NER joined ("Statnett and Svenska kraftnät").
    for begin, finish, name in listed:
        if name.casefold() in _SENTENCE_ADVERBS and _starts_sentence(text, begin):
            continue  # "Neste søknadsfrist er …": the next deadline, not the Finnish refiner
        if text[finish : finish + 1] == " ":  # "SINTEF Ocean", "Almi Invest": a unit of it, named whole
            more = _NAME_GOES_ON.match(text, finish)
            if more and not any(w.casefold() in NOT_NAME_WORDS or is_role_word(w) for w in more.group(0).split()):
                finish += len(more.group(0))
                name = text[begin:finish]
        if _free(legal, begin, finish):
            _claim(mentions, legal, "ORG", name, begin, "gazetteer")
    datelines = set()
    for match in _DATELINE.finditer(text):
        raw = match.group(1)
        if raw.casefold() in LABEL_WORDS | _NOT_DATELINE or not _free(legal, match.start(1), match.end(1)):
            continue
        name = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in raw.split())  # "PORT HAWKESBURY"
        mentions.append(Mention("LOC", name, raw, match.start(1), match.end(1), "pattern"))
        legal.append((match.start(1), match.end(1)))
        datelines.add(name.casefold())
    # Places of several words ("Østre Toten", "Søndre Land"), which the models cut or take for people; with the
    # head that makes them a municipality ("Østre Toten kommune") they are the body, unless a place ("i ...").
    institutions = [(m.start(1), m.end(1)) for m in _INSTITUTION_PLACE.finditer(text)] if multiword else []
    for begin, finish, _name in multiword:
        if any(s < begin and finish <= e for s, e in institutions):
            continue  # "Länsstyrelsen i Värmlands län": the county only names the board (claimed below)
        owner = re.search(r"(?<![\w-])([A-ZÅÄÖÆØ][\w-]+)[ \t]$", text[max(0, begin - 30) : begin])
        if _REGION_BEFORE.search(text[max(0, begin - 20) : begin]) or _NAME_CONTINUES.match(text, finish) or (
                owner and (looks_like_org(owner.group(1)) or owner.group(1) in _PLACE_PREFIXES)) or (
                _OF_A_PLACE.match(text, finish)) or also_a_name(_name):
            continue  # "Region Västra Götaland", "Nordre Land Energi", "Sparebanken Sogn og Fjordane", "Upper South
            # East", "North East of England": a longer name; "North East": a direction as much as a place
        head = _MUNICIPALITY_AFTER.match(text, finish)
        label = "LOC"
        if head:
            finish = head.end()
            word = head.group(0).split()[0].casefold()
            # "i Porsgrunn kommune" is a place, as for NER's names; a county's administration is a body anywhere
            label = "LOC" if word == "herad" or (word != "fylkeskommune" and _named_as_site(
                text, begin, word, persons, context.entities)) else "ORG"
        if _free(legal, begin, finish) and _free(coordinated, begin, finish):  # not in "… Nore og Uvdal kommuner"
            _claim(mentions, legal, label, text[begin:finish], begin, "gazetteer")
    for match in _LOCAL_BODY.finditer(text):
        name, begin = match.group(1), match.start(1)
        if name.endswith("samebys"):
            name = name[:-1]  # "inom Malå samebys vinterbetesland": the genitive of Malå sameby
        first = name.split()[0]
        if first.casefold() in _SENTENCE_ADVERBS | OPENING_PREPOSITIONS and len(name.split()) > 2:
            name, begin = name[len(first) + 1 :], begin + len(first) + 1  # "Sedan X sjukhus …", "Ved X skole"
            first = name.split()[0]
        if first.casefold() not in NOT_NAME_WORDS and not is_role_word(first) and _free(legal, begin, match.end(1)):
            _claim(mentions, legal, "ORG", name, begin)
    for match in _AND_SURROUNDINGS.finditer(text):
        if _free(legal, match.start(1), match.end(1)):
            _claim(mentions, legal, "ORG", match.group(1), match.start(1))
    for match in _VISIT.finditer(text):
        if _free(legal, match.start(1), match.end(1)):
            _claim(mentions, legal, "ORG", match.group(1), match.start(1))
    for match in _LOCAL_GOVERNMENT.finditer(text):
        if language == "en" and _free(legal, match.start(1), match.end(1)):
            _claim(mentions, legal, "ORG", match.group(1), match.start(1))
    for match in _DESCRIBED_BODY.finditer(text):
        begin, finish = match.start(1), match.end(1)
        person = any(e.label == "PER" and (e.start, e.end) == (begin, finish) for e in context.entities)
        single_place = " " not in match.group(1) and known_place(match.group(1))
        if _free(legal, begin, finish) and not person and not single_place:
            _claim(mentions, legal, "ORG", match.group(1), begin)
    for match in _INSTITUTION_PLACE.finditer(text):
        _claim(mentions, legal, "ORG", match.group(1), match.start(1))
    for match in _INSTITUTION.finditer(text):
        begin, finish = match.start(1), match.end(1)
        if not _free(legal, begin, finish):
            continue
        words = match.group(1).split()
        if len(words) > 1 and words[0].casefold() in LABEL_WORDS | {"den", "det", "de", "the"}:
            continue
        if len(words) > 1 and words[0].casefold() in OPENING_PREPOSITIONS | _SENTENCE_ADVERBS:
            begin += len(words[0]) + 1  # "Med Lövåsverket …": a preposition opening the sentence
            words = words[1:]
        if len(words) > 1 and words[0].casefold() in LEAD_IN:
            begin += len(words[0]) + 1
            words = words[1:]
        if len(words) == 1 and (has_word(text, words[0].lower()) or _HEAD_OFFICE.match(words[0]) or has_word(
                text, re.sub(r"(?:et|en)$", "", words[0].lower()))):
            # "Nätverket": a common noun, also written in lower case ("Kraftverket" after "Kvitfossen kraftverk");
            # "Huvudkontoret ligger i Västerås"
            continue
        if len(words) == 1 and any(finish < s <= finish + 1 for s, _ in legal):
            continue  # "Oppdrettsselskapet Lofothav Oppdrett AS": a description of the name that follows
        if len(words) == 1 and _BOARD_OF_BODY.search(words[0]) and _starts_sentence(text, begin):
            continue  # "Kommunstyrelsens ordförande i X kommun": a board of the body, named by what it is
        name = " ".join(words)
        place = re.match(r"\s([A-ZÅÄÖÆØ][\w-]+(?:\s(?:og\s|och\s)?[A-ZÅÄÖÆØ][\w-]+)?)", text[finish : finish + 40])
        if place and not known_place(place.group(1)) and " " in place.group(1):
            place = re.match(r"\s([A-ZÅÄÖÆØ][\w-]+)", text[finish : finish + 40])  # "Sparebanken Sogn"
        if place and (known_place(place.group(1)) or (
                words[-1].endswith(("banken", "Banken")) and " " not in place.group(1)
                and place.group(1).casefold() not in LABEL_WORDS)):
            # "Sparebanken Vest", "Sparebanken Sogn og Fjordane"; a savings bank by any name ("Sparebanken Vestkyst")
            name = f"{name} {place.group(1)}"
        own = _OWN_NAME_AFTER.match(text, finish) if len(words) == 1 and not match.group(0).endswith("s") else None
        word = own.group(1) if own and name == " ".join(words) else ""
        if word and word.casefold() not in LABEL_WORDS | NOT_NAME_WORDS | _MONTH_NAMES and not is_role_word(word) and (
                len(re.findall(rf"(?<![\w-]){word}(?:s|:s)?(?![\w-])", text)) > 1):
            # "Opinionsinstitutet Kvadrat", "Skogsägarföreningen Nordanskog": the kind, then the name the release
            # goes on to use alone ("Kvadrat frågade …", "Nordanskogs styrelseordförande")
            name = f"{name} {word}"
        _claim(mentions, legal, "ORG", name, begin)
    for span in context.entities:
        if any(s < span.end and span.start < e for s, e in legal):
            continue
        if any(s <= span.start < e for s, e in coordinated):
            continue
        raw = _clean(span.text)
        sentence_end = re.search(r"(?<=[a-zåäöæøé]{2})\.\s+(?=[A-ZÅÄÖÆØ])", raw)
        if sentence_end:  # "Calder & Ouse Bank. Airedale expects": NER read across the full stop
            raw = raw[: sentence_end.start()]
            span = EntitySpan(span.start, span.start + span.text.find(raw) + len(raw), span.label, raw)
        stop = _AFTER_ONE_WORD.match(raw) if span.label == "PER" else None
        if stop:  # "… revisor på PwC. Ekberg var …": the person opens the next sentence
            raw = raw[stop.end() :]
            span = EntitySpan(span.start + span.text.find(raw), span.end, span.label, raw)
        if any(c in raw for c in "›»>|"):
            continue  # breadcrumbs and menus of a web page
        # A name joined to a common noun by a hyphen: "ARENA-status", "Ecoex-projektet" -> the name;
        # "Norwegian Innovation Clusters-programmet", where NER stopped before the joined word, -> the whole name.
        joined = _JOINED_NOUN.match(text[span.end : span.end + 60])
        if joined and span.label != "PER" and text[span.end : span.end + 1] == " ":
            raw = f"{raw} {joined.group(1)}"
            span = EntitySpan(span.start, span.end + 1 + len(joined.group(1)), span.label, raw)
        suffix = _HYPHEN_NOUN.search(raw)
        if suffix and not looks_like_org(suffix.group(0)[1:]) and not looks_like_org(suffix.group(0)[1:-1]):
            # "Aalto-universitetet(s)" is a name whole
            raw = raw[: suffix.start()]
        words = raw.split()
        if len(words) > 1 and _DEFINITE.match(words[0]) and span.label != "PER" and language in {"sv", "no", "da"} and (
                not known_place(words[0])) and not (words[0].endswith(("ens", "ets")) and (
                    words[1][:1].isupper() or words[0] == "Statens" or (
                        looks_like_org(" ".join(words[1:])) and not is_role_word(words[-1])))) and not (
                # but "Höglandets Lantbrukarförening", "Mälardalens universitet": a genitive is the name's own word
                # (not "Bolidens gruvor"); "Innlandet fylkeskommune" is the county's
                len(words) == 2 and looks_like_org(raw) and not looks_like_org(words[1])):  # and "Opinionsinstitutet
            # Kvadrat" is the institute's name
            raw = " ".join(words[1:])  # "Massabruket Norrfiber AB" -> Norrfiber AB
        governed = re.match(r"^[A-ZÅÄÖÆØ]\w+(?: [a-zåäöæø]\w+)? (?:i|på|vid|hos) (.+)$", raw)
        if governed and looks_like_org(governed.group(1)):
            # "Kommunfullmäktige i Eskilstuna kommun" -> Eskilstuna kommun, "Prehospital klinikk i Helse Førde" -> …
            raw = governed.group(1)
        raw = _clean(raw)  # "Snøggbåtane i Bergen" -> "i Bergen" -> Bergen
        titled = _TITLE_OF.match(raw)
        rest = raw[titled.end() :] if titled else ""
        if titled and span.label == "ORG" and is_role_word(titled.group(1)) and (
            len(rest.split()) > 1 or looks_like_org(rest)
        ):
            raw = rest  # "COO of Sønderhav Energi": the title is no part of the name ("Head of Communications" is)
        if len(raw) < 2 or not re.search(r"[^\W\d_]", raw) or "@" in raw or "www." in raw or raw.islower():
            continue  # no letters, an address, or no capital at all ("vattenvårdsförbund"): not a name
        label = span.label
        nested = (_PLACE_IN_PLACE.match(raw) or _TWO_PLACES.match(raw)) if label == "ORG" and " & " not in raw else None
        if nested and known_place(nested.group(1)) and known_place(nested.group(2)) and not known_place(raw):
            # "Vemdalen i Härjedalen", "Vemdalen och Lofsdalen": a place in a place, two places, not a body (the
            # second is found as a place after a place, below)
            raw, label = nested.group(1), "LOC"
        start = span.start + span.text.find(raw) if raw in span.text else span.start
        end = start + len(raw)
        suspended = _SUSPENDED_HYPHEN.match(text, end) if label == "ORG" and text[start:end] == raw else None
        if suspended:  # "Statens väg- och transportforskningsinstitut": the model stopped at the hyphen
            raw, end = raw + suspended.group(0), suspended.end()
        if label == "ORG" and raw.endswith((" of", " for")) and text[start:end] == raw:
            # "Crown Investments Corporation of" + "Saskatchewan": the model stopped at the preposition; with no
            # name after it, the preposition goes
            more = _NAME_GOES_ON.match(text, end)
            raw = raw + more.group(0) if more else raw.rsplit(" ", 1)[0]
            end = start + len(raw)
        club = _CLUB_NAME_BEFORE.search(text, max(0, start - 40), start) if (
            label == "ORG" and raw in CLUB_FORMS_AFTER) else None
        if club:  # "Mjøsen FK", of which the model took only the club's kind (not "Om" before it)
            first = club.group(1).split()[0]
            named = club.group(1).split(" ", 1)[-1] if first.casefold() in _HEADING_WORDS | OPENING_PREPOSITIONS else (
                club.group(1))
            raw, start = f"{named} {raw}", club.end(1) - len(named)
        joined = _PLACE_GOES_ON.match(text, end) if label == "ORG" else None
        if joined and known_place(f"{raw.split()[-1]} {joined.group(0).strip()}"):
            raw, end = raw + joined.group(0), end + len(joined.group(0))  # "Sparebanken Sogn" + " og Fjordane"
        head = _HEAD_AFTER.match(text[end : end + 40])
        region = _REGION_BEFORE.search(text[max(0, start - 20) : start])
        if region and re.search(r"[A-ZÅÄÖÆØ]\w*\s+$", text[max(0, start - 40) : start - len(region.group(0))]):
            region = None  # "Business Region Göteborg" is a name of its own
        if label != "PER" and head:
            word = head.group(1)
            raw = f"{raw} {word}"
            end += len(word) + 1
            if region and word == "län" and region.group(1) == "Region":  # "Region Örebro läns …": the region
                start -= len(region.group(0))
                raw = text[start:end]
            label = "LOC" if (word == "län" and not raw.startswith("Region ")) or word in _PLACE_HEAD_WORDS else "ORG"
        elif label != "PER" and region:
            start -= len(region.group(0))
            raw = text[start:end]
            label = "ORG"
        if label == "PER" and len(raw.split()) > 1 and (LEGAL_AT_END.search(raw) or looks_like_org(raw) or (
                raw.split()[-1].casefold() in {"charities", "charity", "trust", "foundation", "society", "group"})):
            label = "ORG"  # "Vestkyst Ferjer AS", "Hywel Dda Health Charities": a body the model read as a person
        if label == "PER" and language != "en" and raw.endswith("s") and owns_title(text, end):
            label = "ORG"  # "Botnia Linjers trafikchef Jonas Lidén": a body's genitive before its officer's title
        if label == "PER" and len(raw.split()) > 1 and (is_role_word(raw.split()[0]) or (
                len(raw.split()) > 2 and indefinite_title(raw.split()[0]))):
            title = raw.split()[0] + " "  # "Landshövding Gunilla Tranemyr", "Finanschefen Mikael Sundin": a title
            raw, start = raw[len(title):], start + len(title)
        while label == "PER" and len(raw.split()) > 2 and title_goes_on(text, start, raw.split()[0]):
            title = raw.split()[0] + " "  # "Director of Fundraising Rachel Penhaligon": the title's last word
            raw, start = raw[len(title):], start + len(title)
        while label == "PER" and len(raw.split()) > 2 and raw.split()[0].casefold() in NOT_NAME_WORDS:
            title = raw.split()[0] + " "  # "Tenant Glenys Harries"
            raw, start = raw[len(title):], start + len(title)
        if label == "PER" and raw.split()[:1] and raw.split()[0].casefold() in NOT_NAME_WORDS:
            continue  # "of Investor Relations" of "Head of Investor Relations": a title, no one's name
        if label == "PER" and _HONORIFIC.match(raw):
            honorific = _HONORIFIC.match(raw).group(0)
            raw, start = raw[len(honorific):], start + len(honorific)
        if label == "PER" and raw in _TITLES_READ_AS_NAMES:
            continue  # "Certified Adviser" (Nasdaq First North's), a title the model read as a name
        if label == "PER":
            # NER often stops early: "Hanne Fossum" of "Hanne Fossum Dale", "Fiona Hartley" of "Hartley-Burgess"
            for _ in range(2):
                more = re.match(r"[- ][A-ZÅÄÖÆØÉ][a-zåäöæøéü]+(?:[A-Z][a-zåäöæøéü]+)?(?=[-\s,.;:)]|$)",
                                text[end : end + 30])  # "Brady-McCabe"
                if more and more.group(0)[0] == " " and more.group(0)[1:].casefold() in ORG_WORDS - LABEL_WORDS:
                    raw, end, label = raw + more.group(0), end + len(more.group(0)), "ORG"
                    break  # "Hywel Dda Health Charities": the model read a body's first words as a person
                if not more or more.group(0)[1:].casefold() in LABEL_WORDS | ORG_WORDS:
                    break
                raw, end = raw + more.group(0), end + len(more.group(0))
        of_place = _OF_PLACE_AT_END.search(raw) if label == "ORG" else None
        more = _AND_PLACE.match(text, end) if of_place else None
        if more and known_place(of_place.group(1)) and known_place(more.group(1)):
            raw, end = raw + more.group(0), end + len(more.group(0))  # "Charity Commission for England and Wales"
        while label == "PER" and len(raw.split()) > 2 and raw.split()[-1] in POST_NOMINALS:
            raw = raw.rsplit(" ", 1)[0]  # "Brendan Harte TD": the letters after the name
            end = start + len(raw)
        while label == "PER" and len(raw.split()) > 2 and is_role_word(last := raw.split()[-1]) and last[:1].isupper():
            raw = raw.rsplit(" ", 1)[0]  # "Mette Ravn Iversen Vice Chair": the title after the name
            end = start + len(raw)
        first = _GIVEN_NAME_BEFORE.search(text, max(0, start - 18), start) if label == "PER" else None
        if first and len(raw.split()) == 2 and not _HONORIFIC.match(f"{first.group(1)} X") and not (
            is_role_word(first.group(1)) or first.group(1).casefold() in LABEL_WORDS | ORG_WORDS | NOT_NAME_WORDS
            or known_place(first.group(1))  # not "Director of Services Ciarán Fitzsimons"
            or title_goes_on(text, first.start(1), first.group(1))  # nor "Director of Fundraising Rachel …"
        ):
            raw, start = f"{first.group(1)} {raw}", start - len(first.group(1)) - 1  # "by Per Egil Tønnessen"
        words = raw.split()
        if label == "PER" and len(words) == 1 and known_place(raw) and raw not in surnames and not also_a_name(raw):
            label = "LOC"  # "på campus Grimstad": a municipality the model took for a surname
        if label == "PER" and (len(words) < 2 or any(w[0].islower() and w not in _PARTICLES for w in words)):
            if len(words) >= 2 or raw.casefold() not in {w.casefold() for p in persons for w in p.split()}:
                continue  # a first name alone, or a span across "från"
        if label == "PER" and (any(w.casefold().strip(".,") in ORG_WORDS | _COMPANY_WORDS for w in words) or (
                looks_like_org(raw))):
            label = "ORG"  # "Nordjyllands Havneforbund", "Voss Bondelag", "Corvus Energy", "Tallinn Zoo"
        government = label == "LOC" and len(words) > 1 and any(w.casefold() in _GOVERNMENT_HEADS for w in words)
        if government:
            label = "ORG"  # "Nova Scotia Department of Emergency Management": a place's body
        office = re.search(r"\s(Press|Media|Communications)$", raw) if label == "ORG" else None
        if office and (government or (office.group(1) != "Communications" and len(words) > 2 and re.match(
                r"[ \t]+(?:[Oo]ffice|[Tt]eam|[Dd]esk|[Rr]elations)", text[end : end + 12]))):
            # "Cavan County Council Press Office", "Leeds City Council Press Office": the council, not its office
            raw, end = raw[: office.start()], end - len(office.group(0))
            words = raw.split()
        if label == "ORG" and len(words) == 1 and _STREET_WORD.search(raw) and not looks_like_org(raw):
            label = "LOC"  # "Semsbyveien stenges": a street the model took for a body
        if label == "LOC" and len(words) == 1 and looks_like_org(raw) and not known_place(raw) and not (
                _PLACE_ENDING.search(raw)):
            label = "ORG"  # "Norrlandsfonden": a body (by its ending) the model read as a place
        sentence_start = _starts_sentence(text, start)
        street = _STREET_WORD.search(raw) if len(words) == 1 else None
        if len(words) == 1 and language in {"sv", "no", "da"} and _DEFINITE.match(raw) and not known_place(raw) and (
            sentence_start or has_word(text, raw.lower(), hyphen=False)
        ) and not (street and label == "LOC" and not has_word(text, raw[: street.start()].lower())):
            continue  # "Satsningen", "Nätverket": a common noun, also written in lower case; not "Semsbyveien"
        if len(words) == 1 and label == "ORG" and sentence_start and not known_place(raw) and not raw.isupper() and (
            has_word(text, raw.lower(), hyphen=False)
        ):
            continue  # "– Resultat for tredje kvartal", "Lägre elnätsavgift": a capital only because it starts
        if len(words) == 1 and (raw.casefold() in LABEL_WORDS | _SENTENCE_ADVERBS | _MONTH_NAMES):
            continue
        if all(w.casefold() in LABEL_WORDS | _HEADING_WORDS for w in words):
            continue  # "FÖR MEDIA", "Kontaktpersonar": a heading or label of the page, no name
        if raw in PARTY_ABBREVIATIONS and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            continue  # "Kari Dahl (Ap)": the party tag after a politician's name
        if len(words) == 1 and label != "PER" and not known_place(raw) and _FACT_LABEL.match(
                text, end) and re.search(r"(?:^|\n)[ \t]*[•·*▪–-]?[ \t]*$", text[max(0, start - 6) : start]):
            continue  # "• Boligsats 2025: 3,0 promille", "• Slaktevolum 9 840 tonn": a fact box's label
        if len(words) == 1 and label != "PER" and raw.casefold() in PHYSICAL and re.search(
                r"\d\s?$", text[max(0, start - 2) : start]):
            continue  # "7,4 GBq": a unit after its number
        if len(words) == 1 and re.fullmatch(r"[A-Z]{1,3}\d{2,}", raw):
            continue  # "C041", "A12": a project or case code
        line_start = re.search(r"(?:^|\n)\s*$", text[max(0, start - 5) : start])
        dateline = re.match(r"\s*[,–—-]", text[end : end + 3])
        if label == "ORG" and raw.isupper() and len(raw) > 3 and line_start and dateline:
            label = "LOC"  # "ESPOO, Finland –": the dateline's town
        if label != "PER" and looks_like_person(raw) and re.match(r",?\s+who\b", text[end : end + 6]):
            label = "PER"  # "Viktor Lönn, who serves as CTO": only people are "who"
        if (label == "ORG" or (label == "LOC" and len(words) == 1 and not known_place(raw))) and (  # "Næringssjef"
                is_role_word(words[0]) or is_role_word(words[-1])) and not looks_like_org(raw) and not (
            language in {"sv", "no", "da"} and len(words) > 1 and words[-1].islower() and not is_role_word(words[0])
            and not (words[0].endswith("-") and is_role_word(words[-1]))  # but "Klima- og miljøsjef" is a title
        ):
            continue  # "Head of Communications", "Communications Manager": a role; "Norsk kulturråd" is a body
        if label == "ORG" and (raw in DEGREES or (raw in POST_NOMINALS and text[max(0, start - 2) : start] == ", ")):
            continue  # "Denise Kowalczyk, DNP, RN": a degree after a name; "a BSN or MSN"
        title = _TITLE_OVER.search(text, max(0, start - 80), start) if label == "ORG" and is_remit(raw) else None
        if title and is_role_word(title.group(1)):
            continue  # "Dean of Engineering and Information Technology", "Lead for Roads, Transport and …": a remit
        if label == "PER" and len(words) == 1 and re.match(r"[A-Za-zÀ-ÿ]-$", text[max(0, start - 2) : start]):
            continue  # "Erik" of "Lars-Erik": half a given name
        if label != "PER" and (re.match(r"[A-Za-zÀ-ÿ]-$", text[max(0, start - 2) : start]) or (
                len(words) > 1 and re.match(r"-[A-Z][a-z]", text[end : end + 3]))):
            continue  # "Québec" of "Hydro-Québec", "Corrib Bay Hot" of "… Hot-Smoked Salmon": a piece of a longer word
        place = next((f for b, f, _ in multiword if start <= b < end < f and text[end : end + 1] in {" ", ","}), None)
        if place and label != "PER":  # "NHS Dumfries" of "NHS Dumfries and Galloway": the model stopped at "and"
            raw, end = raw + text[end:place], place
        joined = _HYPHENATED_PLACE.match(text, end) if label == "LOC" else None
        if joined:  # "Carrick-on-Shannon", "Stratford-upon-Avon": the model stopped at the first hyphen
            raw, end = raw + joined.group(0), joined.end()
        raw = _DIRECTIONS.sub("", raw)
        headed = _HEAD_THEN_VERB.match(raw)
        if headed:  # "Møre og Romsdal fylkeskommune bidro", "Suldal kommune Lindetunet": the model ran on
            end -= len(raw) - len(headed.group(1))
            raw = headed.group(1)
        last = raw.split()[-1].casefold() if raw.split() else ""
        if label == "LOC" and len(raw.split()) > 1 and (
            (last in _ORG_HEADS and not _named_as_site(text, start, last, persons, context.entities))
            or raw.split()[-1] in {"Stad", "stad", "Kommun", "Kommune"}
        ):
            label = "ORG"  # "Stavanger kommune" acts; "i Porsgrunn kommune" is a place; "Göteborgs Stad" is its name
        elif label == "ORG" and len(raw.split()) > 1 and last in {"kommun", "kommune"} and _named_as_site(
                text, start, last, persons, context.entities):
            label = "LOC"  # "sågverket i Ramsele i Sollefteå kommun": where, as "i Porsgrunn kommune" in the seeds
        start = end - len(raw)
        if label in {"LOC", "ORG"} and (_STREET.match(text[end : end + 20]) or (
            _STREET_WORD.search(raw) and re.match(r"\s+\d", text[end : end + 6])
        )):
            continue  # "Alhems väg 12", "Havnegata 4": an address, not a place name
        if label == "LOC" and len(raw.split()) > 1 and _POSTCODE.match(raw.split()[-1]):
            raw = raw.rsplit(" ", 1)[0]  # "Otley LS21 3AN": the town without its postcode
            end = start + len(raw)
        words = raw.split()
        if label == "LOC" and len(words) > 1 and words[0] in {"Region", "Polisregion"}:
            label = "ORG"  # "Region Halland" is the regional authority; the place is "Halland"
        preposition = re.search(r"\s(?:på|vid|hos)\s", raw)
        if label == "ORG" and preposition and re.search(r"\s[a-zåäöæø]", raw[preposition.end() :]):
            left = raw[: preposition.start()]
            if len(left.split()) >= 2 and all(w[:1].isupper() for w in left.split()):
                raw = left  # "If Metall på Bergslagens stålverk" -> If Metall
                end = start + len(raw)
        if label == "ORG" and len(words) > 1 and words[0].endswith("s") and language in {"sv", "no", "da"}:
            stem, rest = words[0][:-1], words[1:]
            if (len(stem) > 2 and rest[0][:1].isupper() and not looks_like_org(" ".join(rest))
                    and has_word(text, stem) and not _HEAD_AFTER.match(" " + rest[0])):
                raw, end = stem, start + len(stem)  # "Equinors Johan Sverdrup-felt": Equinor's field
        if label in {"LOC", "PER"} and _EXCHANGE.match(raw):
            label = "ORG"  # "Nasdaq Stockholm", "Oslo Børs": a stock exchange is a company
        if language == "en" and label == "ORG" and len(words) > 1 and any(
                w[:1].islower() and w not in _NAME_PARTICLES and w not in _PLACE_HEADS for w in words):
            continue  # "Irish heat pump manufacturer": a description, not a name
        if label in {"LOC", "ORG"} and " " not in raw and _DEMONYM.match(raw) and not known_place(raw) and (
            not known_country(raw)
        ):
            continue  # "a Lithuanian factory": a nationality, not a place
        if label == "ORG" and (known_country(raw) or (raw.endswith("s") and known_country(raw[:-1]))):
            label = "LOC"  # a country named in a release is a place ("Norge", "Sweden")
        elif label == "ORG" and " " not in raw and (known_place(raw) or (raw.endswith("s") and known_place(raw[:-1]))):
            label = "LOC"  # "Sundsvall", "Kiruna": the municipality as an actor is "Sundsvalls kommun"
        if label == "LOC" and language in {"sv", "no", "da"} and any(
            w[:1].islower() and w.casefold() not in _PLACE_HEADS for w in raw.split()[1:]
        ):
            continue  # "Sociala medier", "Herøya industripark": a phrase, not a place name
        if raw.casefold() in person_keys or (" " not in raw and raw in surnames):
            label = "PER"  # "Dijkhuizen" alone is the Joost van Dijkhuizen the release quotes
        elif raw.casefold() in org_keys:
            label = "ORG"
        pair = _TWO_PLACES.match(raw) if label == "LOC" and not known_place(raw) else None  # "Møre og Romsdal"
        if pair and " & " in raw:
            # "Cushman & Wakefield": a firm of two names; "Telford & Wrekin", "Brighton & Hove": one area
            label, pair = "LOC" if known_place(pair.group(1)) else "ORG", None
        route = _ROUTE.match(raw) if label in {"LOC", "ORG"} and not pair else None
        if route:  # "Fagernes–Beitostølen", "Hella–Dragsvik–Vangsnes": the stops of a route
            for stop in _ROUTE_STOP.finditer(raw):
                mentions.append(Mention("LOC", stop.group(0), stop.group(0), start + stop.start(),
                                        start + stop.end(), "ner"))
            continue
        if pair:  # "Los och Hamra": NER joined two villages
            for group in (1, 2):
                mentions.append(Mention("LOC", pair.group(group), pair.group(group), start + pair.start(group),
                                        start + pair.end(group), "ner"))
            continue
        name = _base_form(raw, label, language, text[span.end : span.end + 3], names_in_doc)
        lowered = _LOWER_PREFIX.match(name)
        if lowered:
            name = name[0].upper() + name[1:]
        mentions.append(Mention(label, name, raw, start, end, "ner"))

    _places_in_context(text, mentions, people)
    _places_in_lists(text, mentions)
    mentions = _people_from_bodies(text, mentions)
    for mention in mentions:
        if mention.label == "ORG" and mention.source == "ner" and mention.name.casefold() in datelines:
            mention.label = "LOC"  # the dateline's town, which the model reads as a company elsewhere ("på Raufoss")
    mentions = [m for m in mentions if context.in_regions(m.start, m.end)]  # patterns outside the article
    for mention in mentions:
        joined = _DASH_JOINED.search(text, max(0, mention.start - 30), mention.start) if (
            mention.label == "ORG" and " " in mention.name) else None  # not a route ("Hella–Dragsvik")
        if joined and text[mention.start : mention.start + 1].isupper():
            # "Murray–Darling Basin Authority": the model and the patterns stop at the dash between two names
            mention.name, mention.text = joined.group(0) + mention.name, joined.group(0) + mention.text
            mention.start = joined.start()
    # People and organisations the release states outright.
    for contact in result.contacts:
        _add_stated(mentions, text, contact.name, "PER", contact.start, "contact")
        _add_stated(mentions, text, contact.organization, "ORG", contact.start, "contact")
    for quote in result.quotes:
        _add_stated(mentions, text, quote.speaker, "PER", quote.start, "quote")
        _add_stated(mentions, text, quote.organization, "ORG", quote.start, "quote")

    # "Göteborg" inside "Business Region Göteborg", where the release names that organisation in full
    # elsewhere: the mention is the organisation.
    organisations = {m.name for m in mentions if m.label == "ORG" and " " in m.name}
    for name in sorted(organisations, key=len, reverse=True):
        for begin in word_starts(text, name):
            finish = begin + len(name)
            inside = [m for m in mentions
                      if begin <= m.start and m.end <= finish and (m.start, m.end) != (begin, finish)]
            if inside and not any(m.start == begin and m.end == finish for m in mentions):
                for m in inside:
                    mentions.remove(m)
                mentions.append(Mention("ORG", name, name, begin, finish, inside[0].source))
    _spelled_by_acronym(text, language, mentions, names_in_doc)
    _short_forms(text, mentions)
    # "Sotenäs Symbioscentrum" tagged as a place, where the release calls it "Symbioscentrum" as an organisation.
    single_orgs = {m.name.casefold() for m in mentions if m.label == "ORG" and " " not in m.name}
    for mention in mentions:
        words = mention.name.split()
        if mention.label == "LOC" and len(words) > 1 and words[-1].casefold() in single_orgs:
            mention.label = "ORG"
    for mention in [m for m in mentions if m.label == "ORG" and len(m.name.split()) == 2 and m.name.split()[
            -1].casefold() in _KIND_HEADS and not LEGAL_AT_END.search(m.name)]:
        # "First Nation" of "Moostoos Creek First Nation", "Port Authority": the one body the release names so
        longer = {m.name for m in mentions if m.label == "ORG" and m.name.endswith(f" {mention.name}")}
        if len(longer) == 1 and not _PREFIXED_BODY.match(next(iter(longer))):
            mention.name = longer.pop()
    mentions = [m for m in mentions if not (m.label == "ORG" and m.name in LEGAL_FORMS)]  # "LAC LA BICHE, AB,"
    for mention in [m for m in mentions if m.label == "ORG" and " " not in m.name]:
        # (not "Stiftinga Fjordscena" for "Fjordscena": the foundation that owns the theatre is another body)
        if any(m.label == "ORG" and m.name.split()[-1] == mention.name and m is not mention and " " in m.name
               and not _PREFIXED_BODY.match(m.name) for m in mentions):
            mention.name = next(m.name for m in mentions if m.label == "ORG" and " " in m.name
                                and m.name.split()[-1] == mention.name
                                and not _PREFIXED_BODY.match(m.name))  # the short form of the full name
    # "Erik Hansen" inside "Tor-Erik Hansen", "Avon" inside "Stratford-upon-Avon": the model cut the name at a
    # hyphen, and the whole name was read too
    # (one pass in order of start, longest first: a release that lists a place on each of 3,000 lines stays linear)
    inside: set[int] = set()
    for label in ("PER", "LOC"):
        widest = None  # of the mentions so far, the one reaching furthest (the first, where several do)
        for mention in sorted((m for m in mentions if m.label == label), key=lambda m: (m.start, m.start - m.end)):
            if widest and widest.end >= mention.end and (widest.start, widest.end) != (mention.start, mention.end):
                inside.add(id(mention))
            elif not widest or mention.end > widest.end:
                widest = mention
    mentions = [m for m in mentions if id(m) not in inside]
    # "Svensén" alone is the "Bernt Svensén" named elsewhere in the release.
    full_names = [m.name for m in mentions if m.label == "PER" and " " in m.name]
    for mention in mentions:
        if mention.label == "PER":
            if " " in mention.name:  # "Bøe Hjelvik": the double surname of "Lise Bøe Hjelvik"
                matches = {f for f in full_names if f.endswith(f" {mention.name}")}
            else:
                matches = {f for f in full_names if mention.name in f.split()}
            if len(matches) == 1:
                mention.name = matches.pop()
    # "University Communications", "Festivalkontoret", however read: a service of a body, no body of its own;
    # "EU Market Abuse Regulation", "National Instrument 43-101": a law, no body
    mentions = [m for m in mentions if not (m.label == "ORG" and (not service_and_body(m.name)[1] or _LAW.search(
        m.name)))]
    mentions = [m for m in mentions if not (m.label == "PER" and ", " in m.name)]  # "Lisa, Stina": two first names
    for mention in mentions:
        if mention.label == "ORG" and " " not in mention.name:
            # "Länsstyrelsen" alone: the county board the release names in full ("Länsstyrelsen i Värmlands län")
            mention.name = body_of_kind(mention.name, text) or mention.name
        if mention.label == "ORG":
            mention.name = court_at(mention.name, text) or mention.name  # "Mark- och miljödomstolen", in full
    for mention in mentions:
        more = _COUNTY_LIST.match(text, mention.end) if mention.label == "ORG" and _GOVERNOR_IN.fullmatch(
            mention.name) else None
        if more and all(known_place(p) for p in _ROUTE_STOP.findall(more.group(0))):
            # "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus": one office for four counties
            mention.name, mention.text, mention.end = mention.name + more.group(0), mention.text + more.group(0), (
                more.end())
    for mention in mentions:
        if mention.label == "ORG":
            # "Orkney Islands Council Communications Team", "Kommunikasjonsavdelingen i Elverum kommune": the body
            mention.name = service_and_body(mention.name)[1] or mention.name
    for mention in mentions:
        rest = without_wire_label(mention.name) if mention.label == "ORG" else mention.name
        if rest != mention.name:  # "SOURCE Boreal Current Renewables Inc.": a wire service's label before the name
            at = mention.text.find(rest)
            mention.name = rest
            if at > 0:
                mention.text, mention.start = mention.text[at:], mention.start + at
    owned = []
    for mention in mentions:
        # "City of Stockholm's", "KiwiRail's Stillwater yard", "the Authority's Aa2 rating": the owner, not its thing
        # (not a name a coordination built: "Bishop's Castle and Church Stretton town councils")
        owner = _OWNER_IN_NAME.match(mention.name) if mention.label in {"ORG", "LOC"} and (
            mention.source != "coordination") else None
        if owner and (listed_organisation(mention.name) or owner.group(1).split()[-1] in _PEOPLES or re.match(
                r"St\.?\s", owner.group(1)) or _fixed_genitive(owner.group(1), mention.name[owner.end(1) + 2 :])):
            owner = None  # "Children's Health Ireland", "Lochgilphead Men's Shed", "St Declan's University Hospital"
        if owner:
            rest = mention.name[owner.end(1) + 2 :].strip()
            at = mention.text.find(rest) if rest else -1
            if known_place(owner.group(1)) and rest[:1].isupper() and at >= 0:
                # "London's Halcyon Health Partners", "Northern Ireland's Consumer Council": the body of the place
                mention.name, mention.text, mention.start = rest, mention.text[at:], mention.start + at
            else:
                mention.name = owner.group(1)
                if len(mention.name.split()) == 1 and mention.name in _GENERIC_OWNERS:
                    continue  # "Authority's": the release's own body, named as such
                written = mention.text.find(mention.name)
                if written == 0:
                    mention.text = mention.name
                    mention.end = mention.start + len(mention.name)
        owned.append(mention)
    # "Kostnad og finansiering", "Antall kunder …", "Förhandlingsledare är …": a common noun opening a heading or a
    # sentence, which the release also writes in lower case, is no name (unless a place or a listed body: "Vara")
    common = {m.name for m in owned if m.label in {"ORG", "LOC"} and m.source == "ner" and " " not in m.name
              and m.name[1:].islower() and m.name.lower() in text and _in_lower_case(text, m.name)
              and not known_place(m.name) and not listed_organisation(m.name)}
    owned = [m for m in owned if m.name not in common]
    # "Region" where the model split "Region | Västerbottens presstjänst" and the body was read whole at the same place
    longest: dict[tuple[str, int], str] = {}
    for m in owned:
        if len(m.text) > len(longest.get((m.label, m.start), "")):
            longest[(m.label, m.start)] = m.text
    mentions = [m for m in owned if m.source == "coordination" or not _goes_on_as_name(
        m.text, longest[(m.label, m.start)])]
    # "en solpark i Norrtälje kommun … Norrtälje kommun beviljade bygglov": a municipality the release also has
    # act is the body throughout; one only ever named as a site ("i Porsgrunn kommune") stays a place
    acting = {m.name for m in mentions if m.label == "ORG" and _MUNICIPALITY_AFTER.fullmatch(m.name, m.name.rfind(" "))}
    for mention in mentions:
        if mention.label == "LOC" and mention.name in acting:
            mention.label = "ORG"
    result.mentions.extend(sorted(mentions, key=lambda m: (m.start, m.end)))


# What a municipality written after "i"/"på" belongs to rather than lies in: a title ("ordförande i"), an organ
# ("Kommunfullmäktige i", "kultur- och fritidsnämnden i"), staff or work ("tilsett i", "jobbar i"), a party ("(S) i")
_BODY_WITHIN = re.compile(r"(?i)(?:nämnd|nemnd|fullmäktige|styre|styrelse|majoritet|förvaltning|forvaltning|avdeling|"
                          r"avdelning|enhet|eining|kontor|administrasjon|ledning|leiing|ledelse|opposisjon|opposition|"
                          r"politiker|politikar|tilsett|anställd|ansatt|arbetar|arbeider|jobbar|jobber|ansvarig|"
                          r"ansvarleg|kommunikasjon|kommunikation|tjänst|teneste|tjeneste|sekretariat)\w*$")


_LOCATIVE_END = re.compile(r"(?:^|\s)(?:i|på|in|within)\s+$")


def _named_as_site(text: str, start: int, head: str, persons: set[str], entities: list[EntitySpan]) -> bool:
    """Whether the body (of the kind ``head``) named at ``start`` is written as where something is, after "i"/"på";
    a municipality only when it is no one's ("vindkraftverk i Bengtsfors kommun", not "Ordfører Kari Moen i
    Nord-Odal kommune" nor "Kommunestyret i Saltdal kommune")."""
    locative = _LOCATIVE_END.search(text[max(0, start - 8) : start])
    if not locative:
        return False
    if head not in {"kommun", "kommune"}:
        return True
    at = start - len(locative.group(0))
    before = text[max(0, at - 40) : at].rstrip()
    word = re.search(r"[\w()-]+$", before)
    if not word:
        return True
    word = word.group(0)
    if word.endswith(")") or is_role_word(word) or _BODY_WITHIN.search(word):
        return False
    end = max(0, at - 40) + len(before)
    # a person's full name ("Ordfører Kari Moen i Bodø kommune"); not one word the model calls a person ("Storvika")
    return not (any(before.endswith(p) for p in persons) or any(
        e.label == "PER" and e.end == end and " " in e.text.strip() for e in entities))


_SUSPENDED_HYPHEN = re.compile(r"-[ \t](?:och|og|and)[ \t][a-zåäöæø][\w-]+")
_CLUB_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖÆØ][\w-]+(?:[ \t][A-ZÅÄÖÆØ][\w-]+)?)[ \t]$")
_PLACE_IN_PLACE = re.compile(r"^([A-ZÅÄÖÆØ][\w-]+) (?:i|på) ([A-ZÅÄÖÆØ][\w-]+)$")
_PLACE_PREFIXES = frozenset({"Upper", "Lower", "Little", "Greater", "Great", "Inner", "Outer", "Old", "New", "Övre",
                             "Nedre", "Øvre", "Lilla", "Stora", "Store", "Lille"})
_OF_A_PLACE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# A title over what follows it: "Dean of ", "Policy Lead for Roads, "
_TITLE_OVER = re.compile(r"([A-Z][\w-]*)[ \t]+(?:of|for)[ \t]+(?:[A-Z][\w-]*(?:,[ \t]+|[ \t]+(?:and[ \t]+)?))*$")


_TITLES_READ_AS_NAMES = {"Certified Adviser"}
_BODY_HEAD_END = re.compile(r"\s(?:University|College|Council|Institute|Authority|Agency|Trust|Foundation|Hospital|"
                            r"Ministry|Department|universitet|högskola|kommun|kommune|fylkeskommune|Region|"
                            r"First Nation|Exchange|Corporation|Commission)$")


# Last words of a two-word kind of body ("First Nation", "Port Authority", "Students' Union")
_KIND_HEADS = frozenset(ORG_WORDS | {"nation", "union", "division", "works"})
_OF_PLACE = re.compile(r"(.+?)\sof\s([A-ZÅÄÖÆØ][\w-]+(?:\s[A-ZÅÄÖÆØ][\w-]+)?)")


def _ends_with_body_head(name: str) -> bool:
    """ "Moostoos Creek First Nation", "National Stock Exchange of India": a body's name whole, so that "… and Y"
    after it is another body (not "Department of Transport and Main Roads": a place must follow "of")."""
    of_place = _OF_PLACE.fullmatch(name)
    return bool(_BODY_HEAD_END.search(of_place.group(1) if of_place and known_place(of_place.group(2)) else name))
# Words no person's name holds, which the model still reads as one: "Corvus Energy", "Regionbibliotek Värmland"
_COMPANY_WORDS = frozenset("""energy foods shipping systems solutions technologies logistics renewables minerals mining
therapeutics diagnostics pharmaceuticals robotics analytics airlines airways zoo försäkringar forsikring bibliotek
biblioteket regionbibliotek fylkesbibliotek folkebibliotek stadsbibliotek länsbibliotek alpinsenter alpinsenteret
skisenter skidcenter næringsforening næringsforeining næringsråd havnevesen havnevesenet hamnbolag construction
architects engineering contractors consultants builders brandkår ysgol cyngor mudiad prifysgol canolfan orkester
orkestern symfoniorkester symfoniorkestern kammarorkester kammarorkestern symfoniker symfonikerna filharmoniker
filharmonikerna filharmonien filharmonin sinfonietta orchestra philharmonic symfoniorkesteret""".split())
_OWNER_IN_NAME = re.compile(r"^(.+?)['’]s(?:\s.*)?$")
_PEOPLES = {"Children", "Men", "Women", "People", "Fishermen", "Farmers", "Workers", "Veterans", "Commissioner",
            "Citizens", "Teachers", "Nurses", "Students", "Ladies", "Girls", "Boys", "Seafarers", "Patients", "Parents",
            "Volunteers", "Members", "Miners", "Growers", "Landowners", "Tenants", "Pensioners", "Musicians"}
# Heads that make "X's Y" one fixed name ("Hawke's Bay", "King's College London", "Lloyd's Register", "Martha's
# Vineyard", "Guy's Hospital"), where a body's genitive is followed by a name of its own ("KiwiRail's Stillwater yard").
_FIXED_GENITIVE_HEADS = frozenset("""Bay College Wood Vineyard Hospital Cathedral Church Register Cross Head Hill End
Landing Creek Harbour Island Islands Inn Lynn Chapel Abbey Well Wells Gate Park""".split())


def _goes_on_as_name(short: str, longer: str) -> bool:
    """ "Region" of "Region Västerbottens"; not "Utdanningsforbundet" of "Utdanningsforbundet i Sunnfjord"."""
    return longer.startswith(f"{short} ") and longer[len(short) + 1 : len(short) + 2].isupper()


def _fixed_genitive(owner: str, rest: str) -> bool:
    words = rest.split()
    if words and words[0] in {"Office", "Department", "Court", "Bureau"} and is_role_word(owner.split()[-1]):
        return True  # "Yavapai County Sheriff's Office", "the Attorney General's Office": an office's name
    return (len(owner.split()) == 1 and bool(words) and words[0] in _FIXED_GENITIVE_HEADS
            and not known_place(owner) and not listed_organisation(owner))


_GENERIC_OWNERS = frozenset(OWN_BODY_WORDS)
_LAW = re.compile(r"\b(?:Regulation|Directive|Act|Instrument)$")
_FOUNDATION = re.compile(
    r"^(?:Stiftelsen|Stiftinga|Stiftelse|Föreningen|Foreningen|Foreninga|Bostadsrättsföreningen)\s(?=[A-ZÅÄÖÆØ])")


_ACRONYM_AFTER = re.compile(r"[ \t]\(([A-ZÅÄÖÆØ]{2,8})\)")


def _spelled_by_acronym(text: str, language: str, mentions: list[Mention], known: set[str]) -> None:
    """ "Institute for Marine and Antarctic Studies (IMAS)", "Direktoratet for samfunnstryggleik og beredskap
    (DSB)": the name a bracketed short form spells out (``names.spelled_out``) is one name, however NER cut it."""
    for match in _ACRONYM_AFTER.finditer(text):
        name = spelled_out(match.group(1), text)
        begin = match.start() - len(name or "")
        if not name or text[begin : match.start()] != name:
            continue  # spelled out at another of its places
        first, _, rest = name.partition(" ")
        if first.endswith("s") and rest.islower() and not looks_like_org(rest):
            continue  # "Boverkets byggregler (BBR)": a thing of the body's, not a body
        inside = [m for m in mentions if begin <= m.start and m.end <= match.start()]
        org = looks_like_org(name) or any(m.label == "ORG" and m.start < match.start() and begin < m.end
                                          for m in mentions)  # not "Carbon Capture and Storage (CCS)"
        if not org or any(m.label == "ORG" and (m.start, m.end) == (begin, match.start()) for m in inside) or any(
                m.start < begin < m.end or m.start < match.start() < m.end for m in mentions):
            continue  # no body's name; found whole already; or part of a longer name
        for m in inside:
            mentions.remove(m)
        written = name
        # "Georgia Ports Authority's (GPA)"; "Sveriges lantbruksuniversitets (SLU) forskare": genitives
        name = name[:-2] if name.endswith(("'s", "’s")) else _base_form(
            name, "ORG", language, text[match.end() : match.end() + 3], known)
        mentions.append(Mention("ORG", name, written, begin, match.start(), "pattern"))


def _short_forms(text: str, mentions: list[Mention]) -> None:
    """A company named with its legal form, then without it ("Selje Tang og Tare AS" … "Selje Tang og Tare,
    som dyrkar"): the short form is the company, whatever the model read it as ("Selje Tang", a person)."""
    registered = {}
    for mention in mentions:
        if mention.label == "ORG":
            # "Barnas Brønn" for "Stiftelsen Barnas Brønn": a foundation's or association's name without its kind
            short = LEGAL_AT_END.sub("", mention.name)
            founded = _FOUNDATION.sub("", short)
            if founded != short and len(founded.split()) >= 2:
                short = founded  # but "Fjordscena er eigd av Stiftinga Fjordscena": the theatre, not the foundation
            if short != mention.name and (len(short.split()) >= 2 or (
                    # "Kystlink" for "Kystlink ASA", whatever the model read it as, but no person's name
                    short[:1].isupper() and len(short) > 3 and not known_place(short) and not any(
                        m.label == "PER" and short in m.name.split() for m in mentions)
                    # "Fjällvägar i Sälen AB", of which only "Sälen AB" was read: Sälen stays a place
                    and not re.search(r"(?:^|\s)(?:i|på|in|at)\s$", text[max(0, mention.start - 4) : mention.start]))):
                registered[short] = mention.name
    # "Norrvik" for "Norrvik Defence AB", "Linjekarta" for "Linjekarta Sverige AB": a registered name's first word,
    # where the model read it as a body, stands for that company if the release registers no other with that word
    stands_for: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.label == "ORG" and len(words) >= 3 and LEGAL_AT_END.search(mention.name):
            stands_for.setdefault(words[0], set()).add(mention.name)
    for mention in mentions:
        if mention.label != "ORG" or " " in mention.name or len(mention.name) <= 3 or known_place(mention.name) or (
                mention.name.isupper() or listed_organisation(mention.name)  # "NTNU", "Almi": bodies of their own
                or mention.name.casefold() in NOT_NAME_WORDS | ORG_WORDS):
            continue
        fulls = stands_for.get(mention.name, set())
        # or "Gardsmeieriet" for "Valdres Gardsmeieri SA": the definite form of a registered name's last word
        mention.name = next(iter(fulls)) if len(fulls) == 1 else registered_of_definite(mention.name, text) or (
            mention.name)
    for short, full in sorted(registered.items(), key=lambda item: len(item[0]), reverse=True):
        for mention in mentions:
            if mention.label == "ORG" and mention.name == short:
                mention.name = full  # "Barnas Brønns givere": the short form in the genitive
        for begin in word_starts(text, short):
            finish = begin + len(short)
            if LEGAL_AT_END.match(text[finish : finish + 12].split("\n")[0].rstrip(".,;: ")) or (
                    _NAME_CONTINUES_ON_LINE.match(text, finish)):
                continue  # the full name itself, or a longer name (not the next line's: "Om Kystlink\nKystlink ASA")
            inside = [m for m in mentions if m.start < finish and begin < m.end]
            if any(m.start < begin or m.end > finish for m in inside):
                continue  # part of a longer name
            same = [m for m in inside if m.label == "ORG" and (m.start, m.end) == (begin, finish)]
            if same:  # read as the company already: the company it is
                same[0].name = full
                continue
            for m in inside:
                mentions.remove(m)
            mentions.append(Mention("ORG", full, short, begin, finish, "pattern"))


def _ab_first(match: re.Match[str], entities: list[EntitySpan]) -> tuple[str, int]:
    """The firm an "AB" opens, without a label or a person that follows it ("AB Gävlehus Telefon …")."""
    prefix = match.group(1) or ""
    own = (prefix.endswith("s") and not prefix.endswith("ss") or prefix.casefold() in _AB_TRADES) and not (
        _DESCRIPTOR.search(prefix.casefold()))  # "Bostads AB Mimer"; not "Fjädertillverkaren AB …"
    begin = match.start(1) if own else match.start() + len(prefix) + (1 if prefix else 0)
    end = match.start(2)
    for word in re.finditer(r"\S+", match.group(2)):
        start = match.start(2) + word.start()
        if word.group().casefold() in LABEL_WORDS or is_role_word(word.group()) or any(
                e.label == "PER" and e.start == start for e in entities):
            break
        end = match.start(2) + word.end()
    name = match.string[begin:end]
    return (name, begin) if end > match.start(2) else ("", begin)


def _free(claimed: list[tuple[int, int]], begin: int, end: int) -> bool:
    return not any(s < end and begin < e for s, e in claimed)


def _claim(mentions: list[Mention], claimed: list[tuple[int, int]], label: str, name: str, begin: int,
           source: str = "pattern") -> None:
    """A name a pattern found: a mention, and a span where NER's own reading gives way to it."""
    mentions.append(Mention(label, name, name, begin, begin + len(name), source))
    claimed.append((begin, begin + len(name)))


_OWN_NAME_AFTER = re.compile(r"[ \t]([A-ZÅÄÖÆØ][a-zåäöæø]{2,})(?=[\s,.;:)]|$)(?![ \t][A-ZÅÄÖÆØ])")
_DASH_JOINED = re.compile(r"(?<![\w–-])[A-ZÅÄÖÆØ][\w]+–$")
_CAPITALISED = re.compile(r"[A-ZÅÄÖÆØ](?<![\w-].)[a-zåäöæø]+(?![\w-])")  # capital first: a fast scan
_PLACE_PREPOSITION = re.compile(
    r"(?:^|\s)(?:i|på|från|fra|frå|till|til|in|near|from|to|vid|ved|utanför|utenfor|outside|mellan|mellom|"
    r"between|kring|rundt|around)\s$"
)
_LINE_OPENING = re.compile(r"[ \t]*(?:[•·*▪–-][ \t]*)?")  # what may stand before a line's first word


def _opens_line(text: str, position: int) -> bool:
    """Whether ``position`` starts its line, after spaces and a list bullet at most."""
    return _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, position) + 1, position) is not None

_LIST_JOIN = re.compile(r"^(?:,\s|\s(?:och|og|and|&)\s)$")


def _places_in_context(text: str, mentions: list[Mention], people: set[str]) -> None:
    """Municipalities whose names are also words or first names ("Sala", "Heby", "Hamar") are left out of the
    NER pipelines' gazetteer; they are places where the context says so: after a preposition of place ("i
    Sala"), in a list with other places ("Tierp, Heby och Sala"), or opening a dateline ("Hamar, 3. september")."""
    # Which characters the mentions cover, and where places end and start: looked up, not searched, so that a
    # release naming a place on each of 3,000 lines stays linear.
    covered = bytearray(len(text))
    for m in mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    place_ends = {m.end for m in mentions if m.label == "LOC"}
    place_starts = {m.start for m in mentions if m.label == "LOC"}
    for match in _CAPITALISED.finditer(text):
        word, begin, finish = match.group(0), match.start(), match.end()
        if not known_place(word) or word in people or covered.find(1, begin, finish) != -1:
            continue
        if re.match(r"\s[A-ZÅÄÖÆØ]", text[finish : finish + 2]):
            continue  # "Nora Berg": a name goes on
        before = text[max(0, begin - 12) : begin]
        in_list = any(_LIST_JOIN.match(text[begin - gap : begin]) for gap in range(1, 6)
                      if begin - gap in place_ends) or any(
            _LIST_JOIN.match(text[finish : finish + gap]) for gap in range(1, 6) if finish + gap in place_starts)
        dateline = (begin == 0 or text[begin - 1] == "\n") and re.match(r",\s+\d", text[finish : finish + 4])
        alone = _opens_line(text, begin) and re.match(r"[ \t]*(?:\n|$)", text[finish:])  # "Emmaboda" on its own line
        if _PLACE_PREPOSITION.search(before) or in_list or dateline or alone:
            mentions.append(Mention("LOC", word, word, begin, finish, "pattern"))
            place_ends.add(finish)
            place_starts.add(begin)


# A list of three or more capitalised words: "Bollnäs, Arbrå, Alfta och Edsbyn".
_NAME_LIST = re.compile(r"[A-ZÅÄÖÆØ][\w-]+(?:(?:,[ \t]|[ \t](?:och|og|and|&)[ \t])[A-ZÅÄÖÆØ][\w-]+){2,}")
_LIST_ITEM = re.compile(r"[A-ZÅÄÖÆØ][\w-]+")


def _places_in_lists(text: str, mentions: list[Mention]) -> None:
    """The one-word names of a list mostly of places ("Bollnäs, Arbrå, Alfta och Edsbyn") are places, also those
    the model calls bodies or skips, and those it calls bodies wherever the release writes them alone; not the
    names of the organisation list, nor names a body by their ending."""
    moved: set[str] = set()
    for listed in _NAME_LIST.finditer(text):
        items = [(m.start(), m.end(), m.group(0)) for m in _LIST_ITEM.finditer(listed.group(0))]
        found = []
        for begin, finish, word in items:
            begin, finish = begin + listed.start(), finish + listed.start()
            found.append((begin, finish, word, [m for m in mentions if m.start < finish and begin < m.end]))
        labels = [ms[0].label for begin, finish, _, ms in found if len(ms) == 1 and (ms[0].start, ms[0].end) == (
            begin, finish)]
        if any(len(ms) > 1 or (ms and ms[0].label == "PER") for *_, ms in found) or labels.count("LOC") < 2 or (
                labels.count("LOC") <= labels.count("ORG")):
            continue
        for begin, finish, word, ms in found:
            plain = not looks_like_org(word) and not known_organisations(word) and word.casefold() not in NOT_NAME_WORDS
            if not ms and plain:
                mentions.append(Mention("LOC", word, word, begin, finish, "pattern"))
            elif ms and ms[0].label == "ORG" and ms[0].source == "ner" and (ms[0].start, ms[0].end) == (
                    begin, finish) and plain:
                ms[0].label = "LOC"
                moved.add(word)
    for mention in mentions:
        if mention.name in moved and mention.label == "ORG" and mention.source == "ner":
            mention.label = "LOC"


# First names from a body: "Louise, Stina och Emma från Sotenäs Symbioscentrum", "Kari og Per fra Bygg AS"
# (one name alone may be a place or a heading: "fv. 55 Sognefjellsvegen fra Lom", "Verk från Nationalmuseum").
_FIRST_NAMES_FROM = re.compile(r"[A-ZÅÄÖÆØ](?<![\w-].)[a-zåäöæø]+(?:(?:,[ \t]|[ \t](?:och|og|samt|and|&)[ \t])"
                               r"[A-ZÅÄÖÆØ][a-zåäöæø]+)*[ \t](?:från|fra|frå|from)[ \t](?=[A-ZÅÄÖÆØ])")
_ONE_NAME = re.compile(r"[A-ZÅÄÖÆØ][a-zåäöæø]+")
_THANKS_TO = re.compile(r"(?:tack|takk|thanks)[ \t](?:till|til|to)[ \t]$", re.IGNORECASE)


def _people_from_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """One-word names listed before "från"/"fra"/"from" a name are people by their first names, not places (the
    model reads "Stina" and "Emma" so), unless the lists know them as places or a preposition of place comes first
    ("flyttade till Hova från Töreboda"); and what they come from is a body, not a person ("från Rena Hav")."""
    if not any(word in text for word in (" från ", " fra ", " frå ", " from ")):
        return mentions
    dropped: set[int] = set()
    for match in _FIRST_NAMES_FROM.finditer(text):
        if _PLACE_PREPOSITION.search(text, max(0, match.start() - 12), match.start()) and not _THANKS_TO.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "till Hova från Töreboda"; but "tack till Lisa och Maja från …"
        words = {match.start() + m.start(): m.group(0) for m in _ONE_NAME.finditer(match.group(0))}
        if len(words) < 2 or any(known_place(word) or known_organisations(word) or looks_like_org(word) or (
                word.casefold() in NOT_NAME_WORDS) for word in words.values()):
            continue  # "Umeå från …", "Vattenfall from …": a place or body, so not a list of first names
        named = [m for m in mentions if m.start in words]  # what the model saw there ("Lisa, Stina" as one)
        dropped.update(id(m) for m in named if m.label in {"LOC", "ORG"} and m.source == "ner" and (
            m.end - m.start == len(words[m.start])))
        for mention in mentions if named else ():  # (not "Greetings from Jane Smith": no name before)
            if mention.label == "PER" and mention.source == "ner" and mention.start == match.end() and (
                    " " in mention.name):
                mention.label = "ORG"  # "Klas och Jenny från Rena Hav": the body they come from
    return [m for m in mentions if id(m) not in dropped]


def _add_stated(mentions: list[Mention], text: str, name: str | None, label: str, near: int, source: str) -> None:
    """A name stated in a contact or quote line is certain: each place it is written becomes a mention
    with that label, replacing NER spans that cut it ("Green" + "Gothenburg" -> "Green Gothenburg")."""
    if not name:
        return
    for start in word_starts(text, name):
        end = start + len(name)
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start <= start and m.end >= end and m.label == label for m in overlapping):
            continue  # already covered by a mention as long or longer
        for mention in overlapping:
            if mention.source in {"ner", "pattern"}:  # inside it, across its edge ("Jones MS"), or another label
                mentions.remove(mention)
        if not any(m.start < end and start < m.end for m in mentions):
            mentions.append(Mention(label, name, name, start, end, source))
