"""Role (title) and organisation parsed from the words around a person's name.

"konsult 2050 och verksamhetsansvarig Cleantech Östergötland" -> role "konsult och
verksamhetsansvarig", organisation "2050"; "CEO, Acme AB" -> "CEO", "Acme AB";
"projektledare på Green Gothenburg" -> "projektledare", "Green Gothenburg".
Hand-written: job titles in Scandinavian compounds are recognised by their endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.extract.words import FORMS_OF_ADDRESS
from extractor.gazetteers import known_place, listed_organisation

ROLE_WORDS = {
    w.casefold()
    for w in """
    governor mayor senator congressman congresswoman premier
    gardbrukar gårdbrukar gårdbruker gårdbrukare lantbrukare bonde patron trustee treasurer kassör kasserar
    master harbourmaster clerk
    vd vice vvd ceo cfo cto coo cmo cio cso ciso ir founder co-founder grundare grundarе medgrundare gründer
    tillitsvalgt hovedtillitsvalgt
    ordförande styrelseordförande ordförare leder styreleder styremedlem styrelseledamot ledamot
    konsult handläggare talesperson talsperson pressekreterare presssekreterare pressansvarig
    forskare professor docent doktorand lektor rektor prorektor dekan prefekt forsker stipendiat
    minister statsråd statssekreterare statssekretær statsminister kommunalråd ordfører varaordfører
    borgmästare landshövding fylkesordfører fylkesrådmann rådmann kommundirektör kommunedirektør
    direktör direktør generaldirektör vicedirektör chef sjef ansvarig ansvarlig rådgivare rådgiver
    samordnare koordinator strateg analytiker ekonom ingenjör arkitekt specialist expert partner
    ägare eier delägare medeier talsman talskvinna sekreterare generalsekreterare generalsekretær
    kommunikatör informatör pressansvarlig presseansvarlig kommunikasjonsrådgiver seniorrådgiver
    president chairman chairwoman chair chairperson director manager head chief officer spokesperson
    spokesman spokeswoman secretary researcher lecturer dean provost executive lead leader coordinator
    adviser advisor consultant analyst engineer owner principal editor journalist fotograf photographer
    mayor councillor commissioner minister senior junior general managing deputy assistant acting interim
    författare forfatter author ambassador ambassadör ambassadør verksamhetsledare verksamhetsansvarig daglig
    dagleg leiar styreleiar
    administrerende administrerande konstituert konstituerad fungerende fungerande tillförordnad
    ställföreträdande stedfortredende biträdande assisterande vikarierande
    rådgjevar ordførar kommunikasjonsleiar prosjektleiar
    resident
    lege läkare doctor nurse surgeon physician sykepleier sjukepleiar sjuksköterska barnmorska jordmor kirurg
    sister matron midwife cathaoirleach provost
    chancellor vice-chancellor registrar bursar rector superintendent curator librarian archivist warden chaplain
    vicar bishop archbishop pastor reverend sheriff constable sergeant captain colonel admiral lieutenant marshal
    attorney solicitor barrister lawyer judge magistrate coroner coach
    teacher headteacher headmaster headmistress representative
    brannmester brandmästare vaktmester vaktmästare hamnkapten havnekaptein vakthavende vakthavande jourhavande
    styrar barnehagestyrar barnehagestyrer bestyrar bestyrer förskolechef svp evp vp member
    kommissarie kommissær polismästare politimester lensmann politibetjent polisassistent
    styrer
    organist conductor kapellmästare kapellmester konsertmästare konsertmester
    reeve alderman alderwoman councilmember councilman councilwoman selectman selectwoman
    """.split()
}
ROLE_SUFFIXES = (
    "chef", "sjef", "ansvarig", "ansvarlig", "ansvarleg", "ledare", "leder", "leiar", "rådgjevar", "ordförande",
    "direktör", "direktør", "forvaltar", "forvalter", "förvaltare",
    "ledamot", "sekreterare", "sekretær", "handläggare", "saksbehandler", "samordnare", "koordinator",
    "strateg", "konsult", "rådgivare", "rådgiver", "forskare", "forsker", "ingenjör", "ingeniør",
    "expert", "specialist", "ekonom", "analytiker", "officer", "manager", "director", "minister",
    "råd", "ombudsman", "talesperson", "kommunikatör", "informatör", "professor", "skribent",
    "arkitekt", "planerare", "planlegger", "utredare", "utreder", "assistent", "forskar", "inspektør", "inspektör",
    "inspector", "ordførar", "teknikar", "amanuensis", "läkare", "overlege", "sköterska", "sykepleier", "kirurg",
    "meteorolog", "hydrolog", "klimatolog", "geolog", "biolog", "ekolog", "psykolog", "arkeolog",
    "meteorologist", "hydrologist", "climatologist", "geologist", "biologist", "ecologist", "psychologist",
    "economist", "ägare", "lærer", "lärare", "lærar", "åklagare", "advokat", "domare", "dommer", "jurist",
    "tränare", "trener", "trenar", "präst", "prest", "biskop", "veterinär", "veterinær", "bibliotekarie",
    "bibliotekar", "antikvarie", "konservator", "intendent", "chancellor", "redaktör", "redaktør", "tannlege",
    "fastlege", "kommunelege", "fylkeslege", "bydelslege",
    "verje", "everge", "herde", "kantor", "rådman", "rådmann", "spelar", "spelare", "spelmann",  # church, court, music
    "styrer", "styrar",  # "bostyrer" (an estate's administrator), "barnehagestyrar"
    "dirigent", "ologist", "onkolog", "kardiolog", "radiolog",  # "chefdirigent", "consultant clinical oncologist"
    "betjent",  # "politioverbetjent"
    "representant",  # "stortingsrepresentant", "fylkestingsrepresentant", "kommunfullmäktigerepresentant"
    "bonde", "odlare", "gårdbrukare", "gårdbruker", "gardbrukar",  # "Mjölkbonden Erik Alm", "sauebonde"
)
# Councils whose names end like a councillor's title ("kommunalråd"): bodies
_COUNCILS = tuple(f"{body}{end}" for body in ("sokneråd", "menighetsråd", "fellesråd", "kyrkjeråd", "kirkeråd",
                                              "eldreråd", "ungdomsråd", "næringsråd", "forskningsråd", "idrettsråd",
                                              "kulturråd", "samarbeidsråd", "brukerråd", "pasientråd", "elevråd",
                                              "studentråd", "pensionärsråd", "kyrkoråd")
                  for end in ("", "et", "ets"))
# Between a title and its organisation: "vd för", "daglig leder i", "CEO at/of".
PREPOSITION_WORDS = ("för", "på", "vid", "i", "hos", "inom", "hjå", "ved", "for", "at", "with", "in", "of")
PREPOSITION = re.compile(rf"\s(?:{'|'.join(PREPOSITION_WORDS)})\s", re.IGNORECASE)
# A lower-case definite noun that points back to a body named before: "i båtlaget", "i selskapet".
BACK_REFERENCE_WORD = r"[a-zåäöæø]{3,}(?:et|en|a|an|na|ne)"
_JOIN = re.compile(r"(?<!-)\s(?:och|og|and|samt|&)\s", re.IGNORECASE)  # not "hälso- och sjukvårdsdirektör"
_LEAD = re.compile(
    r"^(?:[,:;–—-]|\s|som\s+är|som\s+er|som\s+|who\s+is|är|er|is|,|(?:i|på|för|vid|hos|ved|at|of|in)(?=\s)|"
    r"the\s+\w+['’]s(?=\s))+",  # "The trust's chief executive"
    re.IGNORECASE,
)
# Swedish and Norwegian party abbreviations as written after a politician's name.
PARTY_ABBREVIATIONS = frozenset("S M C V SD KD L MP Ap H Sp FrP Frp SV KrF R MDG PF".split())
# A politician's party after the name, "Karin Åhlund (M), kommunstyrelsens ordförande": neither role
# nor organisation ("M)" once the caller has stripped the opening bracket).
_PARTY_TAG = re.compile(r"^\(?[A-ZÅÄÖÆØ][A-Za-zÅÄÖÆØåäöæø]{0,3}\)\s*[,–—-]?\s*")
_TRAIL = re.compile(
    r"(?:\s+(?:och|og|and)\s+(?:fortsätter|fortsetter|held\s+fram|continues|tillägger|legger\s+til|adds)"
    # one trailing connector before the number that followed ("Senior Media Officer, on"); no nested
    # repetition here: "(?:[,\s]+x?)+$" backtracks exponentially on a long run of commas
    r".*$|(?:[\s.,:;!?–—-]+(?:on|at|or|via|på|nås\s+på|treffes\s+på|reached\s+on|tel|tlf|tfn))?[\s.,:;!?–—-]*$)",
    re.IGNORECASE,
)
# The company forms that end a registered name in the countries releases come from: one list for
# every extractor that recognises a name by its legal form ("Acme AB", "Nordlys Battery ASA").
LEGAL_FORMS = ("AB", "AS", "ASA", "A/S", "ApS", "Ltd", "Ltd.", "Limited", "plc", "PLC", "Inc", "Inc.", "GmbH", "Oy",
               "Oyj", "HF", "SE", "LLC", "LLP", "DAC", "CLG")
LEGAL_FORM = "(?:" + "|".join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True)) + r"|ek\.\s?för\.)"
# Forms names also end with, less often or written with full stops: German, Dutch, Norwegian public
# bodies (RHF, SF, IKS, KF), Swedish partnerships, Polish and Baltic companies, Finland-Swedish (Ab) and
# Icelandic (hf., ehf.) ones, South African "(Pty) Ltd".
MORE_LEGAL_FORMS = (r"AG|BV|NV|Corp\.?|RHF|SF|IKS|KF|KB|HB|SA|ANS|ULC|Teoranta|K/S|P/S|I/S|IVS|P/F|Sp/f|"
                    r"[Ss]p\.\s?z\so\.o\.|SIA|UAB|OÜ|Ab|ehf\.|hf\.|ohf\.|\(Pty\)\sLtd|\(Pty\)\sLimited|Co\.,\sLtd\.?|"
                    r"S\.A\.|SpA|S\.r\.l\.|B\.V\.|N\.V\.|ekonomisk förening|Pvt\.?\sLtd\.?|Private\sLimited")
ORG_WORDS = {f.casefold() for f in LEGAL_FORMS} | {
    w.casefold()
    for w in """
    HB KB AG SA BV NV SpA Corp
    Corporation Company Co. Co-operative Cooperative Co-op Group Holding Holdings kommun kommune kommuner region
    regionen län landsting
    fylkeskommune fylke universitet universitetet university högskola högskolan høgskole høgskolen college
    institut institutet institute akademi akademin academy förening föreningen forening foreningen
    förbund förbundet forbund forbundet association stiftelse stiftelsen stiftelsen foundation
    departementet department ministry myndighet verket styrelsen direktoratet tilsynet agency authority
    council handelskammare handelskammaren chamber kluster klynge klyngen cluster centrum senter senteret
    centre center park industripark science bolag bolaget selskap selskapet stad staden byrå byrån
    sparbank bank banken energi municipality trust fund commission hospital ministeriet alliance society federation
    capital ventures investments charity charities
    partnership brigade institution laboratory observatory
    tingsrätt hovrätt förvaltningsrätt kammarrätt tingrett lagmannsrett domstol domstolen
    """.split()
}


# English bodies named by what they are ("the Council's", "Authority's"): the release's own, not a name.
OWN_BODY_WORDS = ("Authority", "Council", "University", "Company", "Trust", "Group", "Board", "Agency", "Foundation",
                  "Charity", "Society", "Association", "Port", "Bank", "Club")

_HEAD_OF = {"head", "director", "professor", "vice", "president", "dean", "minister", "secretary", "lecturer",
            "manager", "chair", "chief"}


@dataclass(frozen=True)
class Affiliation:
    role: str | None
    organization: str | None


@lru_cache(maxsize=65536)  # called for every word near every name; words repeat
def is_role_word(word: str) -> bool:
    w = word.casefold().strip(".,;:()")
    if not w or w.endswith(_COUNCILS):
        return False  # "Ølmheim sokneråd", "Sogndal kyrkjelege fellesråd": a council, not a councillor
    return w in ROLE_WORDS or any(w.endswith(s) and len(w) > len(s) + 1 for s in ROLE_SUFFIXES) or (
        w in ROLE_SUFFIXES
    ) or ("-" in w and w.rsplit("-", 1)[1] in ROLE_WORDS)  # "vice-president", "co-chair"


_ORG_ENDINGS = ("kammaren", "bolaget", "verket", "institutet", "föreningen", "forbund", "förbund", "bondelag",
                "idrettslag", "idrottsförening", "konsult", "förbundet", "departementet", "direktoratet", "kommun",
                "kommune", "högskolan", "universitetet", "centralen", "centrum", "senteret", "klyngen", "banken",
                "sparebank", "sparbank", "teatret", "teateret", "teatern", "fonden", "fondet", "foreningen",
                "foreninga", "brannvesen", "brannvesenet", "båtlag", "fiskarlag", "fiskelag", "jegerlag", "jaktlag",
                "skyttarlag", "skytterlag", "ungdomslag", "grendalag", "bygdelag", "historielag", "sogelag", "mållag",
                "kystlag", "sanitetslag", "politidistrikt", "teater", "bygdeteater", "klubb", "klubben",
                # schools: "Jostedal folkehøgskule", "Gaula videregående skole", "Äppelbo skola"
                "skule", "skole", "skola", "skolan", "folkhögskola",
                # "Mediebedriftenes Landsforening", "Eika Alliansen", "Bottenvikens Utvecklingsfond"
                "forening", "förening", "foreining", "allianse", "alliansen", "fond",
                # bands, orchestras and choirs: "Harestua Skolekorps", "Bergen Filharmoniske Orkester"
                "korps", "korpset", "orkester", "orkestern", "orkesteret", "kören")
# A body's kind in the definite form, then its name: "Skogsägarföreningen Nordanskog", "Opinionsinstitutet Kvadrat".
DEFINITE_KIND_FIRST = ("föreningen", "foreningen", "foreninga", "institutet", "instituttet", "forbundet", "förbundet",
                        "stiftelsen", "stiftinga")


def indefinite_title(word: str) -> str | None:
    """The title a definite form names, in lower case: "Fårägaren" -> "fårägare", "Ordföranden" ->
    "ordförande" (a sentence may open with a title so)."""
    w = word.strip(".,;:()")
    return next((w[: -len(e)].casefold() for e in ("en", "n", "et") if w.endswith(e) and is_role_word(w[: -len(e)])),
                None)


# (after the body's legal form too: "Frösö Kraft AB:s vd Peter Ahlgren"; a title of up to four words)
_TITLE_THEN_FULL_NAME = re.compile(
    rf"(?:[ \t](?:{LEGAL_FORM})(?::s|s|['’]s)?)?[ \t]+(?:[a-zåäöæø-]+[ \t]){{0,3}}?([a-zåäöæø-]+)[ \t]+"
    r"[A-ZÅÄÖÆØ][a-zåäöæø]+[ \t]+[A-ZÅÄÖÆØ]")


def owns_title(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a title and a full name: "Botnia Linjers trafikchef Jonas
    Lidén", "Hylton Freight managing director David Armitage-Kerr", a body before its officer."""
    found = _TITLE_THEN_FULL_NAME.match(text, end)
    return found is not None and is_role_word(found.group(1))


def is_title(word: str) -> bool:
    """A title, also in its definite form ("Projektledaren", "Fårägaren")."""
    return is_role_word(word.strip(".,;:()")) or indefinite_title(word) is not None


@lru_cache(maxsize=65536)  # asked of the same phrases again and again within a release
def looks_like_org(text: str) -> bool:
    words = [w.strip(".,;:()").casefold() for w in text.split()]
    if not words:
        return False
    if not ORG_WORDS.isdisjoint(words):
        return True
    # "Landsforeningen for slitasjegikt": the head word first, then what it is for
    head = words[0] if len(words) > 2 and words[1] in {"for", "för", "of", "til", "i"} else words[-1]
    return words[-1].endswith(_ORG_ENDINGS) or head.endswith(_ORG_ENDINGS) or (
        len(words) == 2 and words[0].endswith(DEFINITE_KIND_FIRST) and text.split()[1][:1].isupper())


def _is_org_token(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit()) and not is_role_word(word)


_SINCE = re.compile(r"\s+(?:since|sedan|siden|sidan)\s+(?:it|the|\d|[a-zåäöæø]+\s)", re.IGNORECASE)
_RELATIVE = re.compile(r",?\s+(?:who|which|som|der)\s+", re.IGNORECASE)
# Bodies named by what they are and where: "Universitetet i Bergen", "Förvaltningsrätten i Luleå",
# "Länsstyrelsen i Västra Götalands län".
# The second halves of Norwegian counties and regions named by two ("Troms og Finnmark", "Sogn og Fjordane")
_SECOND_HALF = r"(?:Finnmark|Telemark|Romsdal|Fjordane|Viken|Akershus|Vesterålen|Land)(?![\w-])"
INSTITUTION_IN_PLACE = (
    # a county governor of a county named by two ("Statsforvalteren i Troms og Finnmark"), a county board named
    # without "i" ("Länsstyrelsen Dalarnas län"), an association's local branch ("Naturskyddsföreningen i
    # Uppvidinge", "Naturvernforbundet i Sogn og Fjordane")
    rf"(?:(?:Fylkesmannen|Statsforvaltaren|Statsforvalteren) i [A-ZÆØÅ][\w-]+ og {_SECOND_HALF}|"
    r"Länsstyrelsen [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)? län|"
    r"[A-ZÅÄÖÆØ][\w-]+(?:föreningen|foreningen|forbundet|förbundet|främjandet) (?:i|region) [A-ZÅÄÖÆØ][\w-]+"
    rf"(?: og {_SECOND_HALF})?|"
    r"(?:Universitetet|Høgskolen|Høgskulen|Högskolan|Handelshögskolan|Handelshøyskolen|Sykehuset|"
    r"Sjukehuset|Fylkesmannen|Statsforvaltaren|Statsforvalteren|Länsstyrelsen|Förvaltningsrätten|"
    r"Tingsrätten|Hovrätten|Kammarrätten|Fagskolen|Fagskulen|Kulturskolen|Kulturskulen|Kulturskolan) (?:i|på) "
    r"[A-ZÅÄÖÆØ][\w-]+(?:(?: [A-ZÅÄÖÆØ][\w-]+)? län)?)")
INSTITUTION_NAME = re.compile(rf"(?=[A-ZÅÄÖÆØ])(?<![\w-]){INSTITUTION_IN_PLACE}")
_BODY_BEFORE_FOR = re.compile(
    r"\bof\s(?:the\s)?(?:Centre|Center|Institute|Department|Ministry|Office|Council|Commission|Agency|"
    r"Foundation|School|Faculty|Society|Association|Academy|Board|Trust|Fund)$"
)
# Academic degrees: never a body ("employees pursuing a BSN or MSN")
DEGREES = frozenset({"PhD", "DNP", "BSN", "MSN", "MPH", "MBA", "DrPH", "EdD", "DPhil", "PharmD", "MSc", "BSc"})
POST_NOMINALS = {"MS", "MP", "MSP", "MLA", "MEP", "AM", "TD", "OBE", "MBE", "CBE", "KC", "QC", "FRS", "FRSE",
                 # degrees and licences written after a name: "Denise Kowalczyk, DNP, RN, chief nursing officer"
                 "RN", "MD", "APRN", "FNP", "FACS", "FACP", "FRCP", "FRCS", "CPA", "LPN", "DDS"} | DEGREES
_OWNER_THEN_TITLE = re.compile(
    r"^(?:the\s+)?([A-Z][\w&.-]*(?:\s(?:of\s|for\s|and\s|&\s)?[A-Z][\w&.-]*){0,5})(?:['’]s|(?<=s)['’])\s+(.+)$"
)

# A Scandinavian owner in the genitive, then one title word: "Region Uppsalas kollektivtrafikdirektör"
_GENITIVE_THEN_TITLE = re.compile(r"^([A-ZÅÄÖÆØ][\w-]*(?:\s[A-ZÅÄÖÆØ][\w-]*){0,3})s\s+([a-zåäöæø][\w-]+)"
                                  r"(?:\s+(?:i|på)\s+[A-ZÅÄÖÆØ][\w-]+)?$")  # "… ordförande i Trollhättan": a branch


# Bodies named by what they are, in the definite form ("Bolaget", "Föreningens vd"): the release's own body
GENERIC_BODY_WORDS = (
    "bolaget", "selskapet", "företaget", "foretaket", "föreningen", "foreningen", "foreninga", "stiftelsen",
    "stiftinga", "koncernen", "konsernet", "kooperativet", "styrelsen", "styret", "församlingen", "menigheten",
    "kyrkan", "kirken", "kyrkja", "museet", "skolan", "skolen", "skulen", "sjukhuset", "sykehuset", "sjukehuset",
    "klubben", "laget", "orkestern", "orkesteret", "teatern", "teatret", "biblioteket", "festivalen", "zoo", "parken",
    "hamnen", "havna",
)
_GENERIC_GENITIVE_OWNERS = frozenset(GENERIC_BODY_WORDS) | {"kommunen", "regionen"}


# The Swedish police's seven regions, written in lower case in prose and titles ("chef för polisregion Syd")
POLICE_REGION = r"[Pp]olisregion[ \t](?:Syd|Väst|Öst|Stockholm|Mitt|Nord|Bergslagen)"
_POLICE_REGION_AT_END = re.compile(rf"(?:^|\s)({POLICE_REGION})$")


# A body's acronym (then, first in a clause, its title: "SEA President and CEO")
_ACRONYM = re.compile(r"[A-ZÅÄÖÆØ]{2,6}")
_ACRONYM_FIRST = re.compile(r"^([A-ZÅÄÖÆØ]{2,6})\s(\S.*)$")
# A name of two words or more, then a title in lower case: "Ensay Fire Brigade captain", "Master Builders
# Association of Western Australia chief executive"
_NAME_THEN_TITLE = re.compile(
    r"^([A-ZÅÄÖÆØ][\w'’&-]*\s(?:(?:[A-ZÅÄÖÆØ][\w'’&-]*|of|for|and|och|og|i)\s){1,7}(?<!of\s)(?<!for\s)(?<!and\s)"
    r"(?<!och\s)(?<!og\s)(?<!i\s))([a-zåäöæø][\w\s-]*)$")


# A body's head word that its name continues with "of": "Port of Kilrush Company", "University of Galway"
_HEAD_BEFORE_OF = re.compile(r"\s(?:Port|University|City|Town|County|Borough|District|Municipality|Bank|Museum|"
                             r"Institute|College|Province|State|Republic|Government|Ministry|Department)$")


def _split_role_org(part: str, known_orgs: set[str]) -> Affiliation:
    """One clause: "vd för Acme AB", "vd Acme AB", "CEO", "Acme AB", "Head of Sales at Acme"."""
    part = part.strip(" ,.;:–—-")
    if not part or part in POST_NOMINALS:
        return Affiliation(None, None)  # "Rhodri Penry-Jones MS": a letter after a name, no organisation
    owned = _OWNER_THEN_TITLE.match(part)
    if owned and _UNIT_OF.match(f"{owned.group(2)} at X"):
        return Affiliation(None, owned.group(1))  # "Cardiff University's School of Medicine": the university's
    if owned and (_PORTFOLIO.match(owned.group(2)) or any(is_role_word(w) for w in owned.group(2).split())):
        # "the Welsh Government's Cabinet Secretary for Housing", "Ofoten Metals' chairman": whose title it is, then
        # the title
        return Affiliation(owned.group(2), owned.group(1))
    genitive = _GENITIVE_THEN_TITLE.match(part)
    if genitive and is_role_word(genitive.group(2)) and (" " in genitive.group(1) or genitive.group(1).isupper() or (
            # "Hyresgästföreningens ordförande": a body by its name; not "Styrelsens ordförande"
            looks_like_org(genitive.group(1)) and genitive.group(1).casefold() not in _GENERIC_GENITIVE_OWNERS)):
        # "Region Uppsalas kollektivtrafikdirektör"; but a board's title keeps the board ("Regionstyrelsens ordförande")
        return Affiliation(genitive.group(2), genitive.group(1))
    police = _POLICE_REGION_AT_END.search(part)
    if police and police.start() > 0:  # "kommunikatör polisregion Syd", "regionpolischef i polisregion Syd"
        role = re.sub(r"\s+(?:i|för|vid|inom)$", "", part[: police.start()].strip())
        return Affiliation(role or None, "P" + police.group(1)[1:])
    folded = part.casefold()
    for org in known_orgs:  # "Tidewater Bay Ferries Chief Executive Officer": the body, then the title
        rest = part[len(org) :].strip() if folded.startswith(f"{org} ") else ""
        if rest and is_role_word(rest.split()[0]):
            owner = part[: len(org)]
            if rest[0].islower() and owner.endswith("s"):
                owner = owner[:-2] if owner.endswith(":s") else owner[:-1]  # "Høyres gruppeleder", "MPK:s vd"
            return Affiliation(rest, owner)
    acronym = _ACRONYM_FIRST.match(part)
    if acronym and not is_role_word(acronym.group(1)) and acronym.group(1) not in PARTY_ABBREVIATIONS and (
            not known_place(acronym.group(1))) and (
            is_role_word(acronym.group(2).split()[0])):
        return Affiliation(acronym.group(2), acronym.group(1))  # "SEA President and CEO": the body's acronym first
    named = _NAME_THEN_TITLE.match(part)
    if named and looks_like_org(named.group(1)) and is_role_word(named.group(2).split()[0]):
        return Affiliation(named.group(2), named.group(1).strip())  # "Ensay Fire Brigade captain": a body unknown
    starts_with_role = is_role_word(part.split()[0])
    if (part.casefold() in known_orgs and not starts_with_role) or (
        looks_like_org(part) and not any(is_role_word(w) for w in part.split())
    ):
        return Affiliation(None, part)
    institution = INSTITUTION_NAME.search(part)
    if institution:  # "førsteamanuensis, Universitetet i Sørøst-Norge", "professor ved Universitetet i Bergen"
        left = re.sub(r"\s+(?:ved|vid|på|i|at|hos)$", "", part[: institution.start()].strip())
        return Affiliation(left or None, institution.group(0))
    # "professor ved Universitetet i Bergen": the first preposition after the title, then
    # "Head of Communications at Acme Ltd": "of" only where nothing else splits.
    matches = list(PREPOSITION.finditer(part))
    ordered = [m for m in matches if m.group(0).strip().casefold() != "of"]
    # "Regional Director for the Midlands at Enterprise Ireland": "at" names the body, "for" the remit
    words = [m.group(0).strip().casefold() for m in ordered]
    if "for" in words and "at" in words[words.index("for") :]:
        ordered.sort(key=lambda m: m.group(0).strip().casefold() != "at")
    ordered += [m for m in reversed(matches) if m.group(0).strip().casefold() == "of"]
    for match in ordered:
        left, right = part[: match.start()].strip(), part[match.end() :].strip()
        right = re.sub(r"^the\s+(?=[A-Z])", "", right)  # "chair of the Ashdown Trust"
        if not left or not right:
            continue
        word = match.group(0).strip().casefold()
        if word == "for" and _BODY_BEFORE_FOR.search(left):
            continue  # "director of the Centre for Ageing": the name goes on across "for"
        if word == "of" and _HEAD_BEFORE_OF.search(left) and " of " in left:
            continue  # "Chief Executive of Port of Kilrush Company": the body's name is "Port of …"
        short_of_known = any(o.startswith((f"{right.casefold()} ", f"{right.casefold()},"))
                             for o in known_orgs)  # "… of Slaneyside Regeneration", "… of Nordkyst Power Systems USA"
        right_is_org = right.casefold() in known_orgs or short_of_known or (
            (right[0].isupper() or right[0].isdigit()) and (word != "of" or looks_like_org(right))
        ) or (word == "of" and _ACRONYM.fullmatch(right) is not None)  # "Member of the CCPC"
        remit = word in {"of", "for"} and is_remit(right)  # "Director of Research", "Vice-Rector for Research"
        if right_is_org and any(is_role_word(w) for w in left.split()) and not remit:
            return Affiliation(left, right)  # (but "Director of Research and Innovation" is a title whole)
    words = part.split()
    # "Head of Communications", "Director of Research", "Vice-Rector for Research": a department or remit, not an
    # organisation.
    for i, word in enumerate(words[:-1]):
        if word.casefold() == "of" and i and words[i - 1].casefold() in _HEAD_OF or (
                word.casefold() in {"of", "for"} and i and is_role_word(words[i - 1]) and is_remit(
                    " ".join(words[i + 1 :]))):
            return Affiliation(part, None)
    # "vd Östsvenska Handelskammaren": the title words first, then the organisation.
    role_words: list[str] = []
    i = 0
    while i < len(words) and (is_role_word(words[i]) or words[i][0].islower() or words[i].casefold() in {"of", "-"}):
        role_words.append(words[i])
        i += 1
    while role_words and role_words[-1].casefold() in {"of", "-", "ved", "vid", "på", "i", "hos", "at", "for", "för",
                                                        "av", "til", "till"}:  # not "från": a home town
        role_words.pop()
    if role_words and i < len(words) and _is_org_token(words[i]):
        rest = " ".join(words[i:])
        if any(is_role_word(w) for w in words[i:]) and not looks_like_org(rest):
            return Affiliation(part, None)  # "Senior Communications Manager": one title in capitals
        if role_words[-1].casefold() in {"från", "fra", "frå", "from"} and not looks_like_org(rest) and (
            known_place(rest) or len(words) - i == 1
        ):
            return Affiliation(" ".join(role_words[:-1]) or None, None)  # "låtskrivare från Kiruna": a home town
        return Affiliation(" ".join(role_words), rest)
    genitive = _GENITIVE_TITLE.match(part)
    if genitive and BOARD.search(genitive.group(1)):
        return Affiliation(part[0].lower() + part[1:], None)  # "Kommunstyrelsens ordförande": one title
    title = words[len(genitive.group(1).split()) :] if genitive else []
    if genitive and all(is_role_word(w) or w.islower() for w in title) and any(is_role_word(w) for w in title):
        # "Høyres gruppeleder", "Skanskas presschef", "Vestvik Netts tekniska direktör": the title, and whose it
        # is; a town's is no body
        owner = genitive.group(1)
        return Affiliation(" ".join(title), None if known_place(owner) else owner)
    if any(is_role_word(w) for w in words):
        return Affiliation(part, None)
    if len(words) == 1 and re.fullmatch(BACK_REFERENCE_WORD, part):
        return Affiliation(None, None)  # "i trebåtlaget", "i selskapet": the body named before, not a title
    if part[0].isupper() or part[0].isdigit():
        return Affiliation(None, part)
    return Affiliation(part, None)


# A part of an organisation: a faculty, department, clinic or business area. The Scandinavian
# definite forms ("Fakulteten", "Kvinneklinikken") are always a part; the English ones only where
# the whole follows ("Department of Chemistry at the University of Bergen": "Department for
# Education" alone is a ministry).
_UNIT_DEFINITE = re.compile(
    r"^(?:Fakulteten|Fakultetet|Institutionen|Instituttet|Avdelningen|Avdelinga|Avdelingen|Enheten|Eininga|"
    r"Sektionen|Seksjonen|Kliniken|Klinikken|Affärsområdet?|Forretningsområdet?|Business Area|Division|"
    r"Investor Relations|Corporate Communications|Group Communications|Media Relations|Public Affairs|"
    r"(?:Klinikk|Klinik|Avdeling|Avdelning|Seksjon|Sektion|Fakultet|Institutt) (?:for|för))\b"
    r"|^[A-ZÅÄÖÆØ][a-zåäöæø]+(?:kliniken|klinikken|avdelningen|avdelinga|avdelingen|institutionen|fakulteten)\b"
)
_UNIT_OF = re.compile(
    r"^(?P<unit>(?:Department|Faculty|School|Division|Institute|Centre|Center|Institutt|Fakultet|Centrum|Senter|"
    r"Klinikk|Klinik|Avdeling|Avdelning|Enhet|Seksjon|Sektion)\s.+?|"
    r"[A-ZÅÄÖÆØ][a-zåäöæø]+(?:en|et)(?=\s(?:ved|vid)\s)|"  # "Handelshøyskolen ved USN"
    rf"(?:{_UNIT_DEFINITE.pattern}).*?)\s(?:vid|ved|på|at|of|i)\s(?:the\s)?(?P<whole>[A-ZÅÄÖÆØ].*)$"
)


def _units_apart(orgs: list[str]) -> tuple[list[str], list[str]]:
    """(organisations, parts): "Fakulteten för medicin och hälsa vid Örebro universitet" is
    Örebro universitet's faculty; a part alone is no organisation, the whole is found elsewhere."""
    wholes: list[str] = []
    units: list[str] = []
    for org in orgs:
        of = _UNIT_OF.match(org)
        if of and not _UNIT_OF.match(of.group("whole")):
            units.append(of.group("unit"))
            wholes.append(of.group("whole"))
        elif _UNIT_DEFINITE.match(org):
            units.append(org)
        else:
            wholes.append(org)
    if len(wholes) > 1 and any(_UNIT_OF.match(f"{w} at X") for w in wholes[:1]):
        units.append(wholes.pop(0))  # "School of Engineering, University of Leeds": the university
    return wholes, units


# A council's own board or committee, whose chair's title names it: "regionstyrelsens ordförande",
# "kommunstyrelsens ordförande", "byggnadsnämndens ordförande", "formannskapets leder".
BOARD = re.compile(r"(?i)(?:styrelse|styrelsen|nämnden|nemnda|nemnden|fullmäktige|fullmäktiges|utskottet|utvalget|"
                   r"utvalet|formannskapet|kommunstyret|fylkesutvalget)$")
_GENITIVE_TITLE = re.compile(r"^([A-ZÅÄÖÆØ][\w-]*?(?:\s[A-ZÅÄÖÆØ][\w-]*?){0,3})(?::s|s)\s+[a-zåäöæø]")
_UNIT_ENDINGS = ("centrum", "centret", "senteret", "senter", "kliniken", "klinikken", "avdelningen", "avdelinga",
                 "avdelingen", "enheten", "sektionen", "seksjonen")
_AGENCY_IN_REGION = re.compile(
    r"^([A-ZÅÄÖÆØ]\w*(?:verket|förmedlingen|kassan|etaten|direktoratet|tilsynet|inspektionen|myndigheten|styrelsen))"
    r"\s(?:i\s|in\s)?([A-ZÅÄÖÆØ][\w-]+)$"
)
_LISTED_IN_PLACE = re.compile(r"^(.+?)\s(?:i|in|på)\s([A-ZÅÄÖÆØ][\w-]+)$")
_LEGAL_THEN_PLACE = re.compile(rf"^(.+?\s{LEGAL_FORM})\s(?:i|in|på|ved|vid)\s[A-ZÅÄÖÆØ][\w-]+$")
_ORG_TAIL = re.compile(
    r"\s+(?:i|in|på)\s+(?:en|ett|ei|et|a|an|sin|sitt)\s+(?:pressemelding|pressmeddelande|press release|"
    r"uttalelse|uttalande|statement|kommentar|comment)\b.*$|\s*\((?:[a-zåäöæø][^)]*\)?|(?![^)]*\)).*)$|"
    r"\s+(?:og|och|and)\s+(?:en|ett|ei|et|a|an|one|som|who)\s+[a-zåäöæø].*$"
)


# An office with a portfolio, the portfolio in capitals and perhaps a list: "Cabinet Member for Climate
# Change, Environment and Waste", "Minister for Energy", "Portfolio Holder for Housing": all role.
_PORTFOLIO = re.compile(
    r"^((?:[A-Z][\w-]*\s){0,2}(?:Member|Minister|Secretary(?: of State)?|Spokesperson|Commissioner|Champion|"
    r"Portfolio Holder)\s+for\s+[A-Z][\w-]*(?:(?:\s|,\s|\sand\s|\s&\s)[A-Z][\w-]*){0,8})(?![\w-])"
)


# A name that ends with its legal form, perhaps with "(publ)": "Viskan Textilteknik AB (publ)".
_LEGAL_AT_START = re.compile(r"(?:AB|Oyj?)\s[A-ZÅÄÖ]")  # "AB Gävlehus", "Oy Karl Fazer Ab"
LEGAL_AT_END = re.compile(rf"\s(?:\(publ\)\s)?(?:{LEGAL_FORM}|{MORE_LEGAL_FORMS})(?:\s\(publ\))?$")
_VERB_OPENING = frozenset("""
    will would said says has have had is was are were added adds told joins joined wants can could shall should
    may might sa sier seier säger har hadde er är var vil ville skal ska skall kommer kjem
""".split())
_CHAIRS = re.compile(r"^(?:who|som)\s+(chairs|leads|heads|manages|leder|leier|leiar)\s+(?:the\s+)?([A-ZÅÄÖÆØ].*)$")
_CHAIRS_ROLE = {"chairs": "chair", "leads": "leader", "heads": "head", "manages": "manager", "leder": "leder",
                "leier": "leder", "leiar": "leiar"}


_MARKET_REGIONS = frozenset({"Americas", "EMEA", "APAC", "Asia Pacific", "Asia-Pacific", "Nordics", "Nordic", "DACH",
                             "Benelux", "Latin America", "North America", "Europe", "Scandinavia", "Norden"})
_TITLE_LABEL = re.compile(r"^(?:Tittel|Titel|Title|Stilling|Befattning|Roll|Rolle|Role|Position)\s*:\s*", re.I)
# "i en kommentar", "i ett uttalande", "in a statement", "på en pressekonferanse": the circumstances of a remark
# What a title is of, in capitals after it, rather than a body: "SVP Communications and Investor Relations".
_DEPARTMENT_WORDS = frozenset("""communications investor relations marketing sales operations finance strategy
    sustainability corporate affairs public human resources hr ir people legal and & of""".split())
# What a title can be "of" besides a department: "Director of Research and Innovation"
REMIT_WORDS = frozenset("""research innovation development engineering technology education policy planning
    science nursing medicine safety services programmes programs partnerships environment climate waste housing
    transport health care social it ict knowledge exchange enterprise engagement digital estates quality
    international external academic student students roads infrastructure economy economic regeneration culture
    communities community leisure tourism heritage arts sport skills employment energy growth children families
    adult youth information emergency surgery paediatrics pediatrics immunisation immunization mental primary""".split(
    )) | _DEPARTMENT_WORDS


# A sports club's kind, abbreviated after its name: "Vikøy IL" for "Vikøy Idrettslag", "Borås Norra FF" for
# "Borås Norra Fotbollsförening", "Mjøsen FK"
CLUB_FORMS_AFTER = {
    "IL": ("Idrettslag", "Idrottslag"),
    "IF": ("Idrottsförening", "Idrettsforening", "Idrettsforeining"),
    "IK": ("Idrottsklubb", "Idrettsklubb"),
    "SK": ("Sportklubb", "Sportsklubb", "Skiklubb"),
    "FF": ("Fotbollsförening", "Fotballforening"),
    "FK": ("Fotbollsklubb", "Fotballklubb"),
    "BK": ("Bollklubb", "Ballklubb", "Bandyklubb"),
    "FC": (),
}


def is_remit(name: str) -> bool:
    """What a title is over, not a body: "Research and Innovation", "Environment and Waste" (a portfolio)."""
    return all(w.casefold() in REMIT_WORDS for w in name.split())


_CIRCUMSTANCE = re.compile(r"(?i)^(?:(?:i|på|in|at|during|under)\s+(?:en|ett|ei|et|a|an|sin|sitt|sitt|his|her)\s|"
                           r"(?:da|når|när|då|mens|medan|when|while|after|etter|efter|innan|før|before)\s|"
                           r"\(?(?:translated|översatt|oversatt|omsett)\b)")  # "(translated from Swedish)"


_ANOTHER_PERSON = re.compile(
    rf"(?:and|och|og)\s+(?:(?P<address>{FORMS_OF_ADDRESS})\.?(?:\s|$)|[A-ZÅÄÖÆØ]\w+\s[A-ZÅÄÖÆØ]\w+)")


def _role_pieces(part: str) -> list[str]:
    """ "co-founder and CEO of X" in its two titles; but "Director of Research and Innovation at X and chief
    investigator" keeps "Research and Innovation" together: a capitalised piece with no title word goes on the
    one before ("… at Strathlachlan University and PEATWATCH project lead" stays two)."""
    pieces: list[str] = []
    for piece, joiner in zip(_JOIN.split(part), [None, *_JOIN.findall(part)], strict=True):
        first = piece.split()[0] if piece.split() else ""
        if pieces and joiner and first[:1].isupper() and not any(is_role_word(w) for w in piece.split()):
            pieces[-1] = f"{pieces[-1]}{joiner}{piece}"
        elif len(pieces) == 1 and joiner and len(pieces[0].split()) <= 2 and not any(
                is_role_word(w) for w in pieces[0].split()) and not looks_like_org(pieces[0]):
            # "Membership and Communications Manager", "Sales and Marketing Director": one title of two fields
            pieces[-1] = f"{pieces[-1]}{joiner}{piece}"
        else:
            pieces.append(piece)
    return pieces


def parse_affiliation(text: str, known_orgs: set[str] | None = None) -> Affiliation:
    """Role and organisation from what follows (or precedes) a name."""
    known = {o.casefold() for o in (known_orgs or set())}
    text = text.strip()
    chairs = _CHAIRS.match(text.lstrip(" ,"))
    if chairs:  # "Margaret Oduya, who chairs the Severnside Residents' Panel, said"
        organization = _ORG_TAIL.sub("", chairs.group(2)).strip(" ,;:")
        return Affiliation(_CHAIRS_ROLE[chairs.group(1).casefold()], organization or None)
    if text.strip(" ,;:()") in PARTY_ABBREVIATIONS:
        return Affiliation(None, None)  # "Hege Kristine Somby (Ap), tlf. …": a party tag, not her body
    # "…, who came to a drop-in session", "…, som själv har arbetat som distriktssköterska i Sunne": no title;
    # but "…, som är affärsområdeschef för vindkraft" is one (_LEAD drops the "som är")
    relative_first = re.match(r",?\s*(?:who|which|som|der)\s+(\S+)", text, re.IGNORECASE)
    if relative_first and not is_role_word(relative_first.group(1)) and (
        relative_first.group(1).casefold() not in {"är", "er", "var", "is", "was", "e"}
    ):
        return Affiliation(None, None)
    since = _SINCE.search(text)
    if since and since.start() > 0:
        text = text[: since.start()]  # "chair of ASCLT since it was formed in 2021": how long, not who
    relative = _RELATIVE.search(text)
    if relative and relative.start() > 0:
        text = text[: relative.start()]  # "…, who came to a drop-in session", ", som har ledet prosjektet"
    text = re.split(r"[.!?]\s+[\"“”«»]", text, maxsplit=1)[0]  # "… Nordhavn Cables A/S. \"We will …": a quote begins
    text = re.sub(r"^\(\d{1,3}\)\s*,?\s*", "", text)  # "Live Torpe Sundre (15)": an age
    text = _TITLE_LABEL.sub("", _PARTY_TAG.sub("", text))  # "Tittel: Administrerende direktør, Romsdal …"
    text = re.sub(r"^\(([^()]{2,60})\)", r"\1", text)  # "Ragnhild Nes Ølmheim (festivalleiar) – 918 44 270"
    text = _TRAIL.sub("", _LEAD.sub("", _PARTY_TAG.sub("", text)))
    tag = re.search(r"\s*\(([A-Za-zÅÄÖÆØåäöæø]{1,4})\)$", text)
    if tag and tag.group(1) in PARTY_ABBREVIATIONS:
        text = text[: tag.start()]  # "Regionstyrelsens ordförande (M)": the title, then the party
    text = re.sub(r"\s*\([^)]*$", "", text)  # "finansdirektør (CFO": the bracket the line broke off
    text = re.sub(r"^([^()]*)\)$", r"\1", text)  # and the close of a bracket the caller cut
    if not text or _CIRCUMSTANCE.match(text):
        return Affiliation(None, None)  # "… (M) i en kommentar", "in a statement": where, not who
    first = text.split()[0]
    base = None if is_role_word(first) else indefinite_title(first)
    if base:  # "Ordföranden i Hyresgästföreningen Mjölby": the title, then the body
        text = base + text[len(first) :]
    roles: list[str] = []
    orgs: list[str] = []
    portfolio = _PORTFOLIO.match(text)
    if portfolio:
        office = portfolio.group(1)
        if ", " in office and looks_like_org(office.rsplit(", ", 1)[1]):
            office = office.rsplit(", ", 1)[0]  # "Cabinet Member for Housing, Leeds City Council"
        roles.append(office)
        text = _LEAD.sub("", text[len(office) :])
    # not at a suspended hyphen's comma: "ordförande i trafik-, infrastruktur- och miljönämnden" is one title
    for part in re.split(r"\s*(?:(?<!\w-),|[;|])\s*|\s+/\s+|\s+[–—]\s+", text):
        if re.fullmatch(r"\d{1,3}|[\d\s()+.–-]{7,}", part.strip()):
            continue  # "Gwen Hartigan, 74, …": an age; "(614) 555-0187": a number the phone matcher refused
        words = part.split()
        another = _ANOTHER_PERSON.match(part) if roles or orgs else None
        if another and (another.group("address") or not any(is_role_word(w) for w in words[1:3])):
            break  # "Dr Eleanor Marsh, its chief executive, and Professor David Marsh": the next person (but
            # "founder, and Chief Executive of X" goes on, without its "and": the titles are joined below)
        part = re.sub(r"^(?:and|och|og)\s+", "", part) if roles or orgs else part
        words = part.split()
        if not (roles or orgs) and words and words[0].endswith("ing") and not any(is_role_word(w) for w in words):
            # "Speaking at the opening in Belturbet, the Cathaoirleach of …": a scene, not a title; but "Marketing
            # and Communications Manager" is one
            continue
        if (roles or orgs) and words and words[0][:1].islower() and (
            words[0] in _VERB_OPENING or not any(is_role_word(w) for w in words)
        ):
            break  # "…, co-founder and CEO of Ardtornish, will join …", "…, said": the sentence goes on
        for sub in _role_pieces(part) if any(is_role_word(w) for w in _JOIN.split(part)[-1].split()) else [part]:
            found = _split_role_org(sub, known)
            if found.role:
                # "a senior research fellow", "its chief executive"
                roles.append(re.sub(r"^(?:the|The|an?|An?|[Ii]ts|[Tt]heir)\s+", "", found.role))
            if found.organization:
                orgs.append(found.organization)
    # a title over a remit goes on with more of it: "Pro Vice-Chancellor for Research, Knowledge Exchange and …"
    over_remit = bool(roles) and bool(re.search(r"\s(?:for|of)\s+\S", roles[-1])) and is_remit(
        re.split(r"\s(?:for|of)\s+", roles[-1])[-1])
    departments = [o for o in orgs if all(w.casefold() in (REMIT_WORDS if over_remit else _DEPARTMENT_WORDS)
                                          for w in o.split())]
    if departments and roles:  # "SVP Communications and Investor Relations, Vuoksi Fibre Oyj": the title's remit
        written = re.search(rf"{re.escape(roles[-1])}(\s*,\s*|\s+){re.escape(departments[0])}", text)
        joiner = ", " if written and "," in written.group(1) else " "  # "Vice President, Investor Relations"
        roles[-1] = f"{roles[-1]}{joiner}{departments[0]}"
        orgs = [o for o in orgs if o not in departments]
    orgs, units = _units_apart(orgs)
    if units and roles:
        # "dekan, Fakulteten för medicin och hälsa": where in the body; "chef Investor Relations" as written
        together = re.search(rf"{re.escape(roles[-1])}\s(?:(?:of|for)\s)?{re.escape(units[0])}", text)
        roles[-1] = together.group(0) if together else f"{roles[-1]}, {units[0]}"  # "Head of Group Communications"
    # titles joined as the text joins them ("vd och grundare"); with no conjunction, the first title written
    # ("leder for trafikkseksjonen i X, politioverbetjent")
    conjunction = _JOIN.search(text)
    role = f" {conjunction.group(0).strip()} ".join(dict.fromkeys(roles)) if roles and conjunction else (
        roles[0] if roles else None)
    # "överläkare, Kirurgcentrum, Norrlands universitetssjukhus": a one-word unit, then the body it is part of
    unit_first = len(orgs) > 1 and len(orgs[0].split()) == 1 and (
        orgs[0].casefold().endswith(_UNIT_ENDINGS) or any(LEGAL_AT_END.search(o) or _LEGAL_AT_START.match(o)
                                                          for o in orgs[1:])
    )  # "regionchef Norr, Bovira Bostad AB", "projektchef för Sätralyftet, AB Gävlehus": a unit, then the company
    chosen = orgs[-1] if unit_first else (orgs[0] if orgs else None)  # but "konsult 2050 och … Cleantech X": 2050
    organization = re.sub(r"^(?:the|The)\s+", "", chosen).rstrip(" &") if chosen else None
    if organization and (known_place(organization) or organization in _MARKET_REGIONS):
        organization = None  # "kommunpolis i Ystad", "Head of Communications, Americas": where, not a body
    if organization:
        # "Trøndelag fylkeskommune i en pressemelding", "Brightwater Communications (on behalf of X",
        # "Vesterålen Havvind AS og en av foredragsholderne": the name ends where the prose begins
        organization = _ORG_TAIL.sub("", organization).strip() or None
    if organization:
        organization = re.sub(r"\s*\([A-ZÅÄÖÆØ]{2,6}\)$", "", organization)  # "… slitasjegikt (LFS)"
    if organization:
        both = re.match(rf"^(.+?\s(?:{LEGAL_FORM}|{MORE_LEGAL_FORMS}))\s(?:and|och|og|&)\s[A-ZÅÄÖÆØ]", organization)
        if both:
            organization = both.group(1)  # "Nordkyst Power ASA and Nordkyst Power Systems USA": two bodies, the first
    if organization and is_title(organization.split()[-1]) and not looks_like_org(organization):
        organization = None  # "Mark- och exploateringschefen" opening the sentence is a title, not a body
    if organization and (organization[0].islower() or organization.casefold() in {
            "it", "its", "they", "their", "enligt", "ifølge", "ifølgje", "according"}):
        organization = None  # "klyngen" (the cluster), "It" refer back, "Enligt X" leads in; they are no names
    if organization:  # "Glasmuseet Hyttan och utställningens curator": the name ends where a common noun joins
        organization = re.sub(r"(?<!-)\s(?:och|og|and)\s[a-zåäöæø]\S*.*$", "", organization) or None
    if organization:
        # "Nordkyl Logistik AB i Helsingborg": a registered name ends with its legal form; the town is the site
        organization = _LEGAL_THEN_PLACE.sub(r"\1", organization)
        regional = _AGENCY_IN_REGION.match(organization) or _LISTED_IN_PLACE.match(organization)
        if regional and known_place(regional.group(2)) and (
                regional.re is _AGENCY_IN_REGION or listed_organisation(regional.group(1))):
            # "Arbetsförmedlingen i Gävleborg": the national agency's office; "Moderaterna i Östersund": the party
            organization = regional.group(1)
        unit = re.match(r"^[A-ZÅÄÖÆØ]\w+ (klinikk|klinik|avdeling|avdelning|seksjon|sektion|eining|enhet|divisjon|"
                        r"division) (?:i|ved|vid|på|hos) ([A-ZÅÄÖÆØ].+)$", organization)
        if unit:
            organization = unit.group(2)  # "Prehospital klinikk i Helse Førde": a unit of the body, the body
        branch = re.match(r"^(.+?)\s(?:på|hos|at)\s[A-ZÅÄÖÆØ]", organization)
        if branch and len(branch.group(1).split()) >= 2 and all(w[:1].isupper() for w in branch.group(1).split()):
            organization = branch.group(1)  # "IF Metall på Bergslagens Stålverk": the union, at the works
    committee = _BODYS_COMMITTEE.match(organization) if organization and role else None
    if committee:  # "ordförande i Region Västerbottens regionala utvecklingsnämnd": a committee of the region
        role, organization = f"{role} i {committee.group(2)}", committee.group(1)
    words = role.casefold().split() if role else []
    if words and not any(is_role_word(w) or is_title(w) for w in words) and (
            words[0] in _NOT_A_ROLE_OPENING or not CLAUSE_VERBS.isdisjoint(words)):
        role = None  # "i sitt tal till stämman", "elveeigarlaget svarar på spørsmål": the sentence goes on, no title
    return Affiliation(role, organization)


# A body in the genitive, then one of its committees in lower case: "Region Gävleborgs kultur- och bildningsnämnd"
_BODYS_COMMITTEE = re.compile(
    r"^((?:Region|Landstinget)\s[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?|[A-ZÅÄÖ][\w-]+\s(?:kommun|kommune|stad))s\s"
    r"([a-zåäöæø][\w,\s-]*?(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|utval|utvalet|utvalg|utvalget))$")
_NOT_A_ROLE_OPENING = frozenset(
    "sitt sin sina sine hans hennes deras deira hennar his her their its our vår vårt en ett et ei eit".split())
# Verbs that show a run of words is a clause going on, not a title or a name ("… can be reached", "… svarar på").
CLAUSE_VERBS = frozenset("""svarar svarer säger sier seier sa says said answers answered is are was were är er var
    can could will would may should must be kan skal ska vil bør må nås""".split())


def role_case(role: str | None, language: str) -> str | None:
    """A Scandinavian title is written in lower case; a capital from the start of a line or
    sentence ("Daglig leder Trude Skogstad") is not part of it. English titles keep theirs."""
    if not role or language not in {"sv", "no", "da"}:
        return role
    if language == "sv" and role.endswith("mann"):
        role = role[:-1]  # "rådmannen" is a Swedish "rådman" (a judge), not a Norwegian "rådmann"
    words = role.split()
    first = words[0]
    if len(words) > 1 and words[1] in {"of", "for"} and words[2:3] and words[2][:1].isupper():
        return role  # an English title in a Scandinavian release: "Head of Network", "Director of Sales"
    if first[:1].isupper() and not first[:2].isupper() and (is_role_word(first) or (  # not "NKMI-direktør"
            first.endswith("-") and len(words) > 2 and words[1] in {"och", "og"} and is_role_word(words[2]))):
        return role[0].lower() + role[1:]  # also "Klima- og miljøsjef"
    return role


# A body's service or office that answers for it, not a body of its own.
_SERVICE = re.compile(
    r"(?i)(?:för\s+|for\s+)?(?:(?:university|corporate|group|media|press|customer)\s+)?(?:communications?|media|"
    r"media relations|press|press office|press desk|investor relations|community liaison|customer services?|"
    r"(?:media|press)\s+(?:enquiries|inquiries|desk|team)|communications\s+(?:team|office)|booking\s+office|"
    r"ticket\s+office|customer\s+services?\s+cent(?:er|re)|"
    r"customer helpline|helpline|kundesenter(?:et)?|kundeservice(?:n)?|kundservice(?:n)?|kundtjänst(?:en)?|"
    r"felanmälan|feilmelding|presstjänst(?:en)?|pressetjeneste(?:n)?|festivalkontoret|billettservice|"
    r"sentralbord(?:et)?|switchboard|bolaget|selskapet|företaget|skulekontoret|skolekontoret|servicetorget|"
    r"kontaktcent(?:er|ret)|kontaktsenteret|kommunikasjonsavdeling(?:en|a)?|"
    r"kommunikationsavdelning(?:en)?|kommunikationsenheten|pressevakt(?:a|en)?|mediavakt(?:a|en)?|medievakt(?:a|en)?|pressjour(?:en)?|presstelefon(?:en)?|"
    r"pressetelefon(?:en)?|trafikk?sentral(?:en)?|trafikcentral(?:en)?|driftssentral(?:en)?|driftcentral(?:en)?|"
    r"vaktsentral(?:en)?|jourcentral(?:en)?)")
# The same service "i" its body, or written after or before the body's name.
_SERVICE_OF = re.compile(rf"(?i)({_SERVICE.pattern[4:]})\s+(?:i|ved|hos|på|vid|at|of)\s+(\S.+)")
_SERVICE_AFTER = re.compile(r"(?i)(?<=\w)\s+(Press Office|Media Office|Press Team|Media Team|Communications Team|"
                            r"Communications Office|Media Relations|Corporate Communications|Customer Helpline|"
                            r"Customer Services?|Media Desk|Press Desk|Booking Office|Ticket Office)$")
_SERVICE_FOR = re.compile(
    r"(?i)^((?:press|media)\s+(?:enquiries|inquiries|contacts?|office))\s+(?:for|at)\s+(?=[A-ZÅÄÖÆØ])")

# A body's service written after the body's genitive: "NIKHs kommunikasjonsavdeling", "Storsjö Energis presstjänst"
_SERVICE_OF_GENITIVE = re.compile(rf"([A-ZÅÄÖÆØ][\w&.-]*(?:\s[\w&.-]+){{0,4}}?)(?:s|')\s+({_SERVICE.pattern[4:]})")
_SERVICE_BEFORE = re.compile(
    r"(?i)^(sentralbord(?:et)?|växel(?:n)?|switchboard|kundesenter(?:et)?|kundeservice(?:n)?|kundtjänst(?:en)?|"
    r"kundservice(?:n)?|pressevakt(?:a|en)?|pressjour(?:en)?|presstjänst(?:en)?|servicetorget|kontaktcenter)"
    r"\s+(?=[A-ZÅÄÖÆØ])")


def service_and_body(name: str) -> tuple[str | None, str | None]:
    """(service, body) of an organisation a release gives by one of its services:
    "Investor Relations" -> (it, None); "Kommunikasjonsavdelingen i Elverum kommune", "Calderdale Council Press
    Office", "Press enquiries for Nordhavn Ventures" and "University of Oulu Communications" -> the service and the
    body; "Harbour Lane Communications" (a firm) and any other name -> (None, name)."""
    name = name.strip(" :|")
    if _SERVICE.fullmatch(name):
        return name, None
    unit = _SERVICE_OF.fullmatch(name)
    if unit:
        return unit.group(1), unit.group(2)
    owned = _SERVICE_OF_GENITIVE.fullmatch(name)
    if owned and owned.group(2)[:1].islower() and (owned.group(1).isupper() or " " in owned.group(1)):
        return owned.group(2), owned.group(1)
    served = _SERVICE_FOR.match(name)
    if served:
        return served.group(1), name[served.end() :]
    desk = _SERVICE_BEFORE.match(name)
    if desk and looks_like_org(name[desk.end() :]):  # "Sentralbord Stranda kommune", "Växeln Region Gävleborg"
        return desk.group(1), name[desk.end() :]
    after = _SERVICE_AFTER.search(name)
    rest = name[: after.start()] if after else name.removesuffix(" Communications")
    if rest.split()[-1:] and rest.split()[-1].casefold() in {"and", "og", "och", "&", "of", "for"}:
        return None, name  # "Department of the Environment, Climate and Communications": one name
    if after:
        return after.group(1), rest
    if rest != name and looks_like_org(rest):
        return "Communications", rest
    return None, name


# A body named by what it is, as a release names the one it means in full ("Fylkeskommunen": "Innlandet
# fylkeskommune"; "Länsstyrelsen": "Länsstyrelsen Gävleborg" or "Länsstyrelsen i Västerbottens län").
_BODIES_OF_KIND = {
    "länsstyrelsen": r"(?<![\w-])Länsstyrelsen(?: i)? [A-ZÅÄÖ][\w-]+(?:(?: [A-ZÅÄÖ][\w-]+)? läns?)?(?![\w-])",
    "statsforvaltaren": r"(?<![\w-])Statsforvaltar[ea]n i [A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)?(?![\w-])",
    "statsforvalteren": r"(?<![\w-])Statsforvalteren i [A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)?(?![\w-])",
    "fylkesmannen": r"(?<![\w-])Fylkesmannen i [A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)?(?![\w-])",
    "fylkeskommunen": r"(?<![\w-])[A-ZÆØÅ][\w-]+(?: og [A-ZÆØÅ][\w-]+)? fylkeskommune(?![\w-])",
    "kommunen": r"(?<![\w-])[A-ZÅÄÖÆØ][\w-]+(?: [A-ZÅÄÖÆØ][\w-]+)? kommune?(?![\w-])",
    "regionen": r"(?<![\w-])Region [A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)?(?![\w-])",
    "församlingen": r"(?<![\w-])[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)? församling(?![\w-])",
    "menigheten": r"(?<![\w-])[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+)? menighet(?![\w-])",
}


# A Swedish special court sits at a district or appeal court: one name ("Mark- och miljödomstolen vid Umeå
# tingsrätt", "Mark- och miljööverdomstolen vid Svea hovrätt"); group 1 is the special court's own name
COURT_AT = re.compile(r"(?<![\w-])([A-ZÅÄÖ]\w*(?:- och [a-zåäö]\w*)?domstolen) vid [A-ZÅÄÖ][\w-]+ "
                      r"(?:tingsrätt|hovrätt|förvaltningsrätt|kammarrätt)(?![\w-])")


def court_at(name: str, text: str) -> str | None:
    """ "Mark- och miljödomstolen vid Östersunds tingsrätt" for "Mark- och miljödomstolen", where the release names
    the one court it sits at; also for "Mark- och miljödomstolen, Östersunds tingsrätt" (a contact line's form)."""
    seat = re.fullmatch(r"(\S.*domstolen), ([A-ZÅÄÖ][\w-]+ (?:tingsrätt|hovrätt|förvaltningsrätt|kammarrätt))", name)
    if seat and f"{seat.group(1)} vid {seat.group(2)}" in text:
        return f"{seat.group(1)} vid {seat.group(2)}"
    if name.endswith(("tingsrätt", "hovrätt", "förvaltningsrätt", "kammarrätt")):
        # "Östersunds tingsrätt" in a release about the one special court that sits there: that court
        found = {match.group(0) for match in COURT_AT.finditer(text) if match.group(0).endswith(f" vid {name}")}
        return found.pop() if len(found) == 1 else None
    if not name.endswith("domstolen"):
        return None
    found = {match.group(0) for match in COURT_AT.finditer(text) if match.group(1) == name}
    return found.pop() if len(found) == 1 else None


# A registered name and the word before its legal form: "Valdres Gardsmeieri SA" -> Gardsmeieri
_REGISTERED_LAST_WORD = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖÆØ][\w-]*[ \t]){{1,3}}?([A-ZÅÄÖÆØ][\w-]*)[ \t](?:{LEGAL_FORM}|{MORE_LEGAL_FORMS})(?![\w/])")


@lru_cache(maxsize=8)  # asked for each short name of the same release
def _registered_by_last_word(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for match in _REGISTERED_LAST_WORD.finditer(text):
        found.setdefault(match.group(1), set()).add(match.group(0))
    return found


def registered_of_definite(name: str, text: str) -> str | None:
    """ "Gardsmeieriet" for "Valdres Gardsmeieri SA", "Bryggeriet" for "Nils Oscar Bryggeri AB": the one registered
    name ``text`` writes whose last word ``name`` is the definite form of."""
    if not name[:1].isupper():
        return None
    registered = _registered_by_last_word(text)
    for ending in ("et", "en", "a", "n", "t"):
        stem = name[: -len(ending)]
        found = registered.get(stem, set()) if name.endswith(ending) and len(stem) > 3 else set()
        if len(found) == 1:
            return next(iter(found))
    return None


def body_of_kind(kind: str, text: str) -> str | None:
    """The one body of the ``kind`` ("Länsstyrelsen", "Fylkeskommunen") ``text`` names in full, if it names one."""
    pattern = _BODIES_OF_KIND.get(kind.casefold())
    # "Sentralbord Stranda kommune: 70 26 30 00": the switchboard's body
    named = {service_and_body(m.group(0))[1] or m.group(0) for m in re.finditer(pattern, text)} if pattern else set()
    named = {n[:-1] if n.endswith("s") and (n[:-1] in named or known_place(n.split()[-1][:-1])) else n
             for n in named}  # "Region Västerbottens": the genitive
    return named.pop() if len(named) == 1 else None
