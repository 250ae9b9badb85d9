"""The groups gazetteer and the finding of group and person mentions.

`data/groups.csv` (shipped in the package as `timeline/resources/groups.csv`)
has one row per group or person, with the columns

    name        canonical name, the one shown in the table ("Asaib Ahl al-Haq")
    aliases     other names, ";"-separated: spellings, transliterations, acronyms
    kind        state, government, armed group, party, international organization,
                collective, or person
    affiliation free text for groups ("Iran-aligned"); for a person the canonical
                name of the group the person acts for
    country     the country the group belongs to (optional)
    demonyms    adjectives and plurals naming the state ("Iranian;Iranians")
    part_of     canonical name of the group it belongs to (Quds Force -> IRGC)

Users extend it by adding rows.  A malformed row is reported as a `Problem`
with its line number, and the rest is loaded.

`Gazetteer.find_mentions` finds, by character offsets:
- aliases and demonyms (word-bounded; short all-capital acronyms such as US or
  KH only in capitals; typographic quotes between words tolerated);
- people: known people, "Iraqi Prime Minister Mustafa al-Kadhimi", appositions
  ("Saeed Khatibzadeh, Iran's foreign ministry spokesman", "Qais al-Khazali,
  the group's leader"), then their surnames later in the text;
- "the group", "the militia", "the group's" resolved to the last group named;
- organization-shaped names missing from the gazetteer ("a little-known group
  called Ashab al-Kahf", "the Saraya Awliya al-Dam brigades").
"""
from __future__ import annotations

import bisect
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .model import Mention, Problem, Sentence
from .sentences import dateline_where, story_dateline

KINDS = ("state", "government", "armed group", "party", "international organization",
         "collective", "person")
COLUMNS = ("name", "aliases", "kind", "affiliation", "country", "demonyms", "part_of")
# Kinds that "the group" / "the militia" can refer back to.
_ORG_KINDS = {"armed group", "party", "collective", "international organization", "pattern"}


@dataclass
class Group:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "armed group"
    affiliation: str = ""
    country: str = ""
    demonyms: list[str] = field(default_factory=list)
    part_of: str = ""
    line: int | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    @property
    def side(self) -> str:
        """The group a mention of this entry stands for (a person's group, else itself)."""
        return self.affiliation if self.is_person and self.affiliation else self.name


def default_path() -> Path:
    """The bundled gazetteer: the package copy when installed, else the repo's data/groups.csv."""
    here = Path(__file__).resolve().parent
    for cand in (here / "resources" / "groups.csv", here.parent / "data" / "groups.csv"):
        if cand.is_file():
            return cand
    return here / "resources" / "groups.csv"


def _split_list(cell: str) -> list[str]:
    return [a.strip() for a in (cell or "").split(";") if a.strip()]


def load_gazetteer(path: str | Path | None = None) -> tuple["Gazetteer", list[Problem]]:
    """Read a gazetteer CSV; malformed rows become Problems (with line numbers), the rest loads."""
    path = Path(path) if path is not None else default_path()
    problems: list[Problem] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Gazetteer([]), [Problem(str(path), f"cannot read gazetteer ({exc.strerror or exc})")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        problems.append(Problem(str(path), "gazetteer is not valid UTF-8; bad bytes replaced"))
    groups, more = parse_gazetteer(text, str(path))
    problems.extend(more)
    return Gazetteer(groups, _problems=problems), problems


def parse_gazetteer(text: str, where: str = "groups.csv") -> tuple[list[Group], list[Problem]]:
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        return [], [Problem(where, "gazetteer is empty", 1)]
    except csv.Error as exc:
        return [], [Problem(where, f"unreadable header ({exc})", 1)]
    header = [h.strip().lower() for h in header]
    if "name" not in header:
        return [], [Problem(where, f"header lacks a 'name' column (got {header})", 1)]
    idx = {h: i for i, h in enumerate(header)}
    groups: list[Group] = []
    seen: dict[str, int] = {}
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(where, f"malformed row ({exc})", reader.line_num))
            continue
        line = reader.line_num
        if not row or not any(c.strip() for c in row):
            continue
        if row[0].lstrip().startswith("#"):
            continue
        if len(row) > len(header):
            problems.append(Problem(where, f"{len(row)} fields where the header has {len(header)}"
                                           " (a comma inside a field must be quoted); row skipped", line))
            continue

        def cell(col: str) -> str:
            i = idx.get(col)
            return row[i].strip() if i is not None and i < len(row) else ""

        name = cell("name")
        if not name:
            problems.append(Problem(where, "row has no name; skipped", line))
            continue
        kind = cell("kind").lower() or "armed group"
        if kind not in KINDS:
            problems.append(Problem(where, f"unknown kind {kind!r} for {name!r} (expected one of "
                                           f"{', '.join(KINDS)}); loaded as 'armed group'", line))
            kind = "armed group"
        key = name.casefold()
        if key in seen:
            problems.append(Problem(where, f"{name!r} already defined on line {seen[key]}; row skipped", line))
            continue
        seen[key] = line
        groups.append(Group(name=name, aliases=_split_list(cell("aliases")), kind=kind,
                            affiliation=cell("affiliation"), country=cell("country"),
                            demonyms=_split_list(cell("demonyms")), part_of=cell("part_of"), line=line))
    names = {g.name for g in groups}
    for g in groups:
        if g.is_person and g.affiliation and g.affiliation not in names:
            problems.append(Problem(where, f"person {g.name!r} is tied to unknown group {g.affiliation!r}", g.line))
        if g.part_of and g.part_of not in names:
            problems.append(Problem(where, f"{g.name!r} is part of unknown group {g.part_of!r}", g.line))
    return groups, problems


# ----------------------------------------------------------------- matching helpers

_QUOTE_CHARS = "\"“”‘’'"
_SEP = r"[\"“”‘’']?[\s\u00a0]+[\"“”‘’']?"
_NAME_TOKEN = r"(?:(?:al|el|Al|El|ad|ash|as|at|az|an|ar)-)?[A-Z][\w’'\-]*"
_PARTICLE = r"(?:al-|el-|bin |ibn |abu |Abu |Bin |de |van |von |Al-)"
PERSON_NAME = rf"(?:{_NAME_TOKEN})(?:\s+(?:{_PARTICLE})?{_NAME_TOKEN}){{0,3}}"


def _alias_pattern(alias: str) -> str:
    parts = []
    for ch in alias:
        if ch == " ":
            parts.append(_SEP)
        elif ch in "-‐‑–":
            parts.append(r"[-‐‑–]")
        elif ch in "'’":
            parts.append(r"['’]?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


# a word: what an alias can start with (letters, digits, inner apostrophes, dots and hyphens: U.S., Kata'ib, al-Haq)
_TOKEN = re.compile(r"(?<![\w\-‐'’.])\w[\w'’.\-‐]*")


_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Za-z][\w .]{0,25})?\s*(?:\([\w .]{1,20}\))?\s*[—–-]|\s*,?\s*\(")


_KEY_TABLE = str.maketrans({"'": None, "’": None, "‐": "-"})


# an abbreviation given in brackets right after a name: "the Arakan Army (AA)"
_DEFINED_ABBREV = re.compile(r"\s*\((?P<ab>[A-Z][A-Z0-9-]{1,6})\)")
# what stands before a name that opens its sentence (the sentence's subject)
_SUBJECT_HEAD = re.compile(r"(?:^|[.!?]\s+|\n\s*|\s--\s+|\s[—–]\s*)(?:[Tt]he\s+)?$")
# a name given after an apposition: ", an Islamist-leaning militia known as Rada", " (also known as ISIS-K)"
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,5}?)?(?:also\s+|locally\s+|widely\s+)?"
                       r"(?:known|called|referred\s+to)\s+as\s+(?:the\s+)?[\"“]?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
# a compound that names whose a force is: "Hamas-led fighters", "al-Qaeda-linked jihadists", "Houthi-run media"
_LED_SUFFIX = re.compile(r"[-‐](?:led|linked|run)$", re.IGNORECASE)


def _token_key(token: str) -> str:
    return token.translate(_KEY_TABLE).casefold()


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 6


def _fold(s: str) -> str:
    return re.sub(r"[’']", "", re.sub(r"[\s\u00a0\"“”‘]+", " ", s)).replace("–", "-").casefold().strip()


# Titles before a name; the value is the side the title implies when nothing else says.
TITLES = {
    "Secretary of State": "United States", "Supreme Leader": "Iran",
    "President": "", "President-elect": "", "Vice President": "", "Prime Minister": "", "PM": "",
    "Foreign Minister": "", "Defense Minister": "", "Defence Minister": "", "Interior Minister": "",
    "Information Minister": "", "Cabinet Secretary": "", "Interior Cabinet Secretary": "",
    "Minister": "", "Defense Secretary": "", "Secretary of Defense": "", "Secretary": "",
    "Gen.": "", "General": "", "Lt. Gen.": "", "Maj. Gen.": "", "Brig. Gen.": "", "Col.": "",
    "Commander": "", "Ayatollah": "", "Grand Ayatollah": "", "Sheikh": "", "Sen.": "",
    "Senator": "", "Rep.": "", "Gov.": "", "Ambassador": "", "Envoy": "", "Speaker": "",
    "Spokesman": "", "spokesman": "", "spokeswoman": "", "spokesperson": "", "leader": "",
    "commander": "", "cleric": "", "Cleric": "", "Dr.": "", "Mr.": "", "Mrs.": "", "Ms.": "",
    "Chief of Staff": "", "Adm.": "", "Admiral": "", "National Security Adviser": "", "National Security Advisor": "",
    "Secretary-General": "", "Secretary General": "", "Foreign Secretary": "", "Home Secretary": "",
    "Chancellor": "", "King": "", "Crown Prince": "", "Emir": "", "Governor": "", "Mayor": "", "Chairman": "",
    "Director-General": "", "Director General": "", "Chief": "", "Commissioner": "",
    "Colonel": "", "Lieutenant Colonel": "", "Lt. Col.": "", "Major": "", "Maj.": "", "Captain": "", "Capt.": "",
    "Lieutenant": "", "Lt.": "", "Sergeant": "", "Sgt.": "", "Staff Sgt.": "", "Cpl.": "", "Pfc.": "", "Spc.": "",
    "Pvt.": "", "Brigadier": "", "Brigadier General": "", "Major General": "", "Lieutenant General": "",
    "Rear Adm.": "", "Vice Adm.": "", "Field Marshal": "", "Marshal": "",
    "prime minister": "", "president": "",
}
# other cities stories are often filed from, for the country of a dateline ("PESHAWAR: ...", "GOMA, (AFP) -");
# never a side in the text
DATELINE_CITIES = {
    "Peshawar": "Pakistan", "Karachi": "Pakistan", "Lahore": "Pakistan", "Quetta": "Pakistan", "Rawalpindi": "Pakistan",
    "Kandahar": "Afghanistan", "Herat": "Afghanistan", "Jalalabad": "Afghanistan", "Mazar-i-Sharif": "Afghanistan",
    "Mosul": "Iraq", "Basra": "Iraq", "Erbil": "Iraq", "Kirkuk": "Iraq", "Najaf": "Iraq", "Karbala": "Iraq",
    "Sulaimaniyah": "Iraq", "Fallujah": "Iraq", "Aleppo": "Syria", "Homs": "Syria", "Idlib": "Syria", "Qamishli": "Syria",
    "Deir ez-Zor": "Syria", "Latakia": "Syria", "Raqqa": "Syria", "Sidon": "Lebanon", "Tyre": "Lebanon",
    "Tel Aviv": "Israel", "Haifa": "Israel", "Aden": "Yemen", "Hodeidah": "Yemen", "Marib": "Yemen", "Taiz": "Yemen",
    "Mashhad": "Iran", "Isfahan": "Iran", "Istanbul": "Turkey", "Diyarbakir": "Turkey", "Izmir": "Turkey",
    "Alexandria": "Egypt", "Benghazi": "Libya", "Misrata": "Libya", "Kharkiv": "Ukraine", "Odesa": "Ukraine",
    "Odessa": "Ukraine", "Lviv": "Ukraine", "Dnipro": "Ukraine", "Zaporizhzhia": "Ukraine", "Kherson": "Ukraine",
    "Donetsk": "Ukraine", "St. Petersburg": "Russia", "Goma": "Democratic Republic of the Congo",
    "Bukavu": "Democratic Republic of the Congo", "Bunia": "Democratic Republic of the Congo",
    "Lubumbashi": "Democratic Republic of the Congo", "Maiduguri": "Nigeria", "Lagos": "Nigeria", "Kano": "Nigeria",
    "Kaduna": "Nigeria", "Port Harcourt": "Nigeria", "Mombasa": "Kenya", "Kisumu": "Kenya", "Garissa": "Kenya",
    "Kismayo": "Somalia", "Baidoa": "Somalia", "Hargeisa": "Somalia", "Port Sudan": "Sudan", "Omdurman": "Sudan",
    "El Fasher": "Sudan", "Gao": "Mali", "Timbuktu": "Mali", "Mopti": "Mali", "Bobo-Dioulasso": "Burkina Faso",
    "Pemba": "Mozambique", "Beira": "Mozambique", "Johannesburg": "South Africa", "Cape Town": "South Africa",
    "Durban": "South Africa", "Mekelle": "Ethiopia", "Bahir Dar": "Ethiopia", "Gondar": "Ethiopia",
    "Cox's Bazar": "Bangladesh", "Chittagong": "Bangladesh", "Yangon": "Myanmar", "Mandalay": "Myanmar",
    "Sittwe": "Myanmar", "Mumbai": "India", "Srinagar": "India", "Kolkata": "India", "Chennai": "India",
    "Raipur": "India", "Marawi": "Philippines", "Cotabato": "Philippines", "Davao": "Philippines", "Zamboanga": "Philippines",
    "Medellin": "Colombia", "Cali": "Colombia", "Cucuta": "Colombia", "Culiacan": "Mexico", "Tijuana": "Mexico",
    "Guadalajara": "Mexico", "Monterrey": "Mexico", "Ciudad Juarez": "Mexico", "Belfast": "United Kingdom",
    "Derry": "United Kingdom", "Londonderry": "United Kingdom",
}
# cities news agencies cover a region from ("BANGKOK (Reuters) - The Arakan Army ..." is a story about Myanmar,
# "NAIROBI - Somali forces ..." one about Somalia) -- see `Gazetteer._home_dateline_state`
BUREAU_CITIES = {"Bangkok", "Nairobi", "Dubai", "Beirut", "Johannesburg", "Dakar", "Amman", "Istanbul", "Cairo",
                 "Hong Kong", "Singapore", "Abidjan", "Geneva", "Brussels", "Vienna", "Doha", "Addis Ababa",
                 "London", "Paris", "Washington", "United Nations", "New Delhi", "Jakarta", "Mexico City", "Bogota",
                 "Miami", "Lagos", "Kampala", "Kigali", "Erbil", "Jerusalem", "Ankara", "Abu Dhabi", "Riyadh"}


def _dateline_city(dm: re.Match) -> str:
    """The first city of a dateline, as the tables name it: "BAGHDAD/WASHINGTON" -> "Baghdad"."""
    return " ".join(w.capitalize() for w in dm.group("city").split("/")[0].split())


# capitals: a government's voice when the subject of a statement ("Bamako rejected", "officials in Kyiv said"),
# never when they are places ("an attack in Kyiv")
CAPITALS = {
    "Kyiv": "Ukraine", "Kiev": "Ukraine", "Moscow": "Russia", "Kremlin": "Russia", "Beijing": "China",
    "Tehran": "Iran", "Baghdad": "Iraq", "Damascus": "Syria", "Beirut": "Lebanon", "Riyadh": "Saudi Arabia",
    "Ankara": "Turkey", "Cairo": "Egypt", "Amman": "Jordan", "Doha": "Qatar", "Abu Dhabi": "United Arab Emirates",
    "Sanaa": "Yemen", "Kabul": "Afghanistan", "Islamabad": "Pakistan", "New Delhi": "India", "Dhaka": "Bangladesh",
    "Naypyidaw": "Myanmar", "Naypyitaw": "Myanmar", "Bangkok": "Thailand", "Manila": "Philippines",
    "Jakarta": "Indonesia", "Tokyo": "Japan", "Seoul": "South Korea", "Pyongyang": "North Korea", "Taipei": "Taiwan",
    "Hanoi": "Vietnam", "Bamako": "Mali", "Niamey": "Niger", "Ouagadougou": "Burkina Faso", "Abuja": "Nigeria",
    "Nairobi": "Kenya", "Addis Ababa": "Ethiopia", "Mogadishu": "Somalia", "Khartoum": "Sudan", "Juba": "South Sudan",
    "Kinshasa": "Democratic Republic of the Congo", "Kigali": "Rwanda", "Kampala": "Uganda", "Tripoli": "Libya",
    "Tunis": "Tunisia", "Algiers": "Algeria", "Rabat": "Morocco", "Pretoria": "South Africa", "Harare": "Zimbabwe",
    "Maputo": "Mozambique", "Luanda": "Angola", "Asmara": "Eritrea", "Dar es Salaam": "Tanzania",
    "Bogota": "Colombia", "Bogotá": "Colombia", "Caracas": "Venezuela", "Mexico City": "Mexico", "Lima": "Peru",
    "Brasilia": "Brazil", "Brasília": "Brazil", "Buenos Aires": "Argentina", "Santiago": "Chile", "Havana": "Cuba",
    "Managua": "Nicaragua", "La Paz": "Bolivia", "Ottawa": "Canada", "London": "United Kingdom", "Paris": "France",
    "Berlin": "Germany", "Rome": "Italy", "Madrid": "Spain", "Warsaw": "Poland", "Minsk": "Belarus",
    "Budapest": "Hungary", "Belgrade": "Serbia", "Athens": "Greece", "Stockholm": "Sweden", "Oslo": "Norway",
    "Yerevan": "Armenia", "Baku": "Azerbaijan", "Jerusalem": "Israel", "Tel Aviv": "Israel", "Canberra": "Australia",
    "Chisinau": "Moldova", "Tbilisi": "Georgia", "Astana": "Kazakhstan", "Tashkent": "Uzbekistan",
}
# offices held inside a country: with no country named, the dateline's
_DOMESTIC_TITLES = {"Governor", "Gov.", "Mayor", "Sen.", "Senator", "Rep.", "Speaker", "Prime Minister", "prime minister",
                    "National Security Adviser", "National Security Advisor",
                    "Interior Minister", "Defense Minister", "Defence Minister", "President", "president",
                    "Information Minister", "Cabinet Secretary", "Interior Cabinet Secretary"}
# offices of a national government: with no country named, the country the story is about
_NATIONAL_TITLES = {"Prime Minister", "prime minister", "Interior Minister", "Defense Minister", "Defence Minister",
                    "President", "president", "Information Minister", "Cabinet Secretary", "Interior Cabinet Secretary",
                    "National Security Adviser", "National Security Advisor"}
_SAY_VERBS = (r"said|says|say|told|accused|accuses|blamed|blames|denied|denies|rejected|rejects|condemned|condemns|"
              r"denounced|warned|warns|urged|urges|called|calls|insisted|responded|dismissed|welcomed|announced|"
              r"vowed|threatened|demanded|protested|summoned|confirmed|claimed|insists|repeated|retorted|hit back|"
              r"asked|asks|appealed|appeals|recalled|recalls|expelled|expels|"
              r"has|have|had|is|was|would|will")
# words of aliases too common to name the organization inside a longer name ("National Security Council")
_COMMON_NAME_WORDS = {"security", "council", "general", "assembly", "foreign", "ministry", "defense", "defence",
                      "department", "state", "justice", "interior", "forces", "army", "guard", "guards", "national",
                      "central", "command", "office", "house", "court", "government", "federal", "bureau"}
_FUNCTION_CAPS_BEFORE_NAME = {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "On", "At", "By",
                              "For", "From", "With", "And", "But", "Meanwhile", "Later", "Earlier", "When", "After"}
# a demonym that describes a place or a group named by another word: "the Saudi city of Jeddah", "the Syrian
# Kurdish YPG militia", "the Palestinian militant group's attack"
_DESCRIBED_AFTER_DEMONYM = re.compile(r"\s+(?:(?:city|town|village|capital|port|province|region|coast|border|"
                                      r"desert|island|enclave|territory|district)\s+of\b|(?:Kurdish|Arab|Sunni|Shia|"
                                      r"Shiite|Islamist|jihadist|militant|armed|rebel|separatist)\s+(?:[A-Z]\w*\s+)?"
                                      r"(?:group|militia|movement|faction|organi[sz]ation|rebels|fighters|[A-Z]{2,}))")
# last words of names too common to stand for the organization alone ("the Party" is not the Baath Party)
_SHORT_NAME_NOT = {"Party", "State", "States", "Republic", "Kingdom", "Union", "Nations", "Council", "Government",
                   "Ministry", "Department", "Office", "Court", "Assembly", "Parliament", "Congress", "Senate", "House",
                   "Police", "Army", "Forces", "Force", "Agency", "Service", "Bank", "Fund", "Organization", "Committee"}
# security forces and officials with no country of their own: the country the sentence (or the dateline) names
_FORCES = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?P<what>(?i:security officials?|security sources?|intelligence officials?|"
                     r"(?:interior|defen[cs]e|foreign|information|communications?|justice|security)\s+minister(?!\s+(?-i:[A-Z]))|"
                     r"(?:federal|central|national|transitional)\s+government|"
                     r"ministry\s+of\s+(?:information|defen[cs]e|interior|foreign\s+affairs|justice|internal\s+security)|"
                     r"(?:information|justice)\s+ministry|"
                     r"(?<!in\s)(?<!in\sa\s)(?<!in\sthe\s)(?:military|supreme|high|appeals?|anti-terrorism)\s+court|"
                     r"police|army|military intelligence|military|security forces|"
                     r"soldiers|troops|government forces|government troops|security services|intelligence services|"
                     r"authorities|armed forces|junta|regime|presidency|interior ministry|defen[cs]e ministry|foreign ministry|"
                     r"prime minister['\u2019]s office|government))(?![\w-])")
# a capital named anywhere ("in Yerevan's Republic Square"): the scene of a paragraph
_CAPITAL_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in sorted(CAPITALS, key=len, reverse=True))
                           + r")(?![\w-])")
# how far into a text its opening runs (title and lead), for the country a story is about
_LEAD_CHARS = 400
# of those forces, the ones that stand for the state a story is about when nothing else names their country
_NATIONAL_BODIES = {"army", "military", "junta", "armed forces", "defence ministry", "defense ministry", "regime",
                    "government forces", "government troops", "military intelligence", "security services",
                    "intelligence services", "interior ministry", "foreign ministry", "prime minister's office",
                    "prime minister\u2019s office", "presidency", "security forces", "government", "security official",
                    "security officials", "security source", "security sources", "intelligence official",
                    "intelligence officials", "interior minister", "defence minister", "defense minister",
                    "foreign minister", "information minister", "communication minister", "communications minister",
                    "justice minister", "security minister", "federal government", "central government",
                    "national government", "transitional government", "ministry of information", "ministry of defence",
                    "ministry of defense", "ministry of interior", "ministry of foreign affairs", "ministry of justice",
                    "ministry of internal security", "military court", "supreme court", "high court", "federal court",
                    "district court", "appeals court", "appeal court", "criminal court", "anti-terrorism court",
                    "information ministry", "justice ministry"}
# forces nouns that stand for a state's army where the gazetteer lists it as a side of its own
_ARMED_FORCE_NOUNS = {"army", "military", "junta", "armed forces", "troops", "soldiers", "government forces",
                      "government troops"}
_ROLE_NOUNS = (r"spokesman|spokeswoman|spokesperson|leader|minister|commander|chief|head|founder|"
               r"president|official|secretary-general|secretary general|ambassador|envoy|adviser|advisor|"
               r"deputy|prime minister|general|cleric|member|secretary|director|chairman|officer|"
               r"representative|emir|figure|militant|fighter|negotiator|mediator|strategist|ideologue|"
               r"governor|mayor|lawmaker|legislator|senator|MP|parliamentarian|politician|diplomat|"
               r"aide|counsel|lawyer|attorney|prosecutor|judge|coordinator|organizer|organiser|activist|"
               r"mufti|imam|sheikh|ayatollah|colonel|captain|lieutenant|sergeant|"
               r"brigadier|admiral|marshal|colonel general")
_BACKREF = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?=(?:militant|armed|Islamist|"
                      r"jihadist|rebel)\s))?(?:militant\s+|armed\s+|paramilitary\s+|Shia\s+|Shiite\s+|Islamist\s+|"
                      r"jihadist\s+|rebel\s+)?"
                      r"(group|militia|organization|organisation|movement|faction|outfit|brigades?|bloc)(['’]s)?\b")
# "it" opening a sentence, or after a leading time or place and a comma, before a verb of action
_IT_ACTS = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bsince\s)|(?<=\bafter\s)|(?<=\bwhen\s))(?P<it>[Ii]t)\s+"
                      r"(?:also\s+|then\s+|later\s+|again\s+|first\s+)?"
                      r"(?:launched|attacked|seized|captured|stormed|overran|killed|kidnapped|abducted|claimed|carried\s+out|"
                      r"opened\s+(?:a|the|another)\s+(?:\w+\s+)?front|"
                      r"staged|fired|struck|ambushed|besieged|took\s+control|took\s+over|raided|bombed|shelled|executed|"
                      r"massacred|burned|torched|looted|blockaded)\b")
_CALLED = re.compile(
    r"\b(?:group|militia|organization|organisation|faction|movement|outfit|brigade|cell)\s*,?\s+"
    r"(?:called|named|known as|calling itself|that calls itself|which calls itself)\s+"
    rf"(?:the\s+)?[\"“]?(?P<name>{_NAME_TOKEN}(?:\s+(?:al-|of\s+the\s+|of\s+|the\s+|and\s+)?{_NAME_TOKEN}){{0,6}})")
_ARABIC_ORG_HEAD = (r"Saraya|Sarayat|Kataib|Kata['’]ib|Kataeb|Liwa|Liwaa|Jaish|Harakat|Asaib|Asa['’]ib|Ansar|Ashab|"
                    r"Usbat|Osbat|Jabhat|Tanzim|Hizb|Jund|Alwiya|Firqat|Quwat|Faylaq|Saraya|Thar")
_ARABIC_ORG = re.compile(
    rf"\b(?P<name>(?:{_ARABIC_ORG_HEAD})(?:\s+(?:(?:al|el)-)?[A-Z][\w’'\-]*|\s+(?:al|el)-[\w’'\-]+){{1,5}})")
_THE_X_SUFFIX = re.compile(
    rf"\bthe\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}})\s+"
    r"(?P<suffix>brigades|brigade|battalions|battalion|Brigades|Brigade|Battalions|Battalion|Movement|Front|"
    r"League|Organization|Organisation|militia|militias|group|gang|Gang|cartel|Cartel)\b")
# names set in apposition to a plural of armed bodies: "Haiti's two most powerful gang coalitions, Viv Ansanm
# and Gran Grif, ..."
_ORG_PLURAL = (r"(?:gang\s+)?(?:coalitions|alliances)|gangs|cartels|militias|(?:rebel|armed|insurgent|jihadist|militant|"
               r"separatist|paramilitary)\s+(?:groups|movements|factions|organi[sz]ations)|factions")
_APPOSED_NAMES = re.compile(
    rf"\b(?:{_ORG_PLURAL})\s*,\s+(?P<list>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}(?:\s*,\s*{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})*"
    rf"\s*,?\s+and\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})(?=\s*[,.;)]|\s+as\b)")
# a party named before the lowercase noun: "his far-right Jewish Power party", "the ruling Prosperity Party"
_NAMED_PARTY = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:(?:far-right|far-left|right-wing|left-wing|ruling|"
                          r"opposition|nationalist|religious|ultra-Orthodox|centrist|main|small|new)\s+)*"
                          r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+party\b")
# a numbered armed unit: "the rival 444th Brigade", "the 166th Battalion"
_NUMBERED_UNIT = re.compile(r"\b(?P<name>\d{1,4}(?:st|nd|rd|th)\s+(?:Brigade|Battalion|Regiment))\b")
# a body named for a place: "the Social Council of Souq al-Juma", "the Revolutionary Committee of Misrata"
_BODY_OF_PLACE = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:Council|Committee|Assembly|Shura)\s+of\s+"
                            r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+|\s+(?:al|el)-[\w'’-]+){0,2})")
_NOT_ORG_WORDS = {
    "shia", "shiite", "sunni", "kurdish", "arab", "christian", "muslim", "islamist", "western", "iraqi",
    "iranian", "american", "syrian", "israeli", "special", "national", "new", "militant", "armed",
    "rebel", "terrorist", "jihadist", "local", "tribal", "main", "largest", "same", "other",
}


class Gazetteer:
    """Groups and people, with alias lookup and mention finding."""

    def __init__(self, groups: list[Group], _problems: list[Problem] | None = None):
        self.groups: dict[str, Group] = {}
        self._by_alias: dict[str, str] = {}
        self._alias_info: dict[str, tuple[str, str]] = {}
        self._lower_ok: set[str] = set()  # aliases some spelling of which starts in lower case
        self._entries: list[tuple[str, str, str]] = []  # (alias, canonical, kind of match)
        self._index: dict | None = None
        self._compiled: dict[str, list] = {}  # alias patterns by first word, compiled when first met
        self._forces: dict[str, str] | None = None  # a state's army listed as a side of its own, found once
        self.problems = list(_problems or [])
        for g in groups:
            self.add(g)

    # -- building
    def add(self, group: Group) -> None:
        self.groups[group.name] = group
        self._forces = None
        self._register(group.name, group.name, "gazetteer")
        for a in group.aliases:
            self._register(a, group.name, "gazetteer")
        if group.kind == "person":  # "Abdul-Mahdi" is written "Abdul Mahdi" too
            for a in [group.name] + group.aliases:
                spaced = re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", a)
                if spaced != a:
                    self._register(spaced, group.name, "gazetteer")
        for d in group.demonyms:
            self._register(d, group.name, "demonym")
        self._index = None

    def _register(self, alias: str, canonical: str, how: str) -> None:
        key = _fold(alias)
        if not key:
            return
        if key in self._by_alias and self._by_alias[key] != canonical:
            self.problems.append(Problem("gazetteer", f"alias {alias!r} of {canonical!r} already names "
                                                      f"{self._by_alias[key]!r}; kept the first",
                                         self.groups[canonical].line))
            return
        if alias[:1].islower():
            self._lower_ok.add(key)  # "al-Shabaab" as well as "Al-Shabaab": written in lower case too
        if key not in self._by_alias:
            self._by_alias[key] = canonical
            self._alias_info[key] = (alias, how)
            self._entries.append((alias, canonical, how))

    def _alias_index(self) -> dict[str, list[tuple[int, str]]]:
        """Aliases by their folded first word, longest first (patterns are compiled per word when first met:
        a gazetteer of thousands of names costs nothing for the words a text never uses)."""
        if self._index is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for alias, _canon, _how in self._entries:
                first = _TOKEN.match(alias)
                if not first:
                    continue
                index.setdefault(_token_key(first.group(0)), []).append((len(alias), alias))
            for cands in index.values():
                cands.sort(key=lambda c: -c[0])
            self._index = index
            self._compiled = {}
        return self._index

    def _patterns(self, key: str) -> list[tuple[int, re.Pattern]]:
        """The anchored patterns of the aliases whose first word folds to `key`, longest first."""
        pats = self._compiled.get(key)
        if pats is None:
            # ("Hamas-led fighters", "al-Qaeda-linked jihadists": the group, whose fighters they are)
            pats = self._compiled[key] = [
                (n, re.compile(rf"(?:{_alias_pattern(alias)})(?![\w‐]|-(?!(?:led|linked|run)\b)|['’][A-Za-z]{{2}})",
                               re.IGNORECASE)) for n, alias in self._alias_index().get(key, ())]
        return pats

    def _alias_matches(self, text: str):
        """(start, end, surface) of alias matches, scanning word starts (a dictionary look-up per word)."""
        index = self._alias_index()
        pos = 0
        n = len(text)
        while pos < n:
            m = _TOKEN.search(text, pos)
            if not m:
                break
            tok = m.group(0)
            keys = {_token_key(tok)}
            if tok[-1] in ".'’":
                keys.add(_token_key(tok.rstrip(".'’")))
            if len(tok) > 2 and tok[-2] in "'’" and tok[-1] in "sS":
                keys.add(_token_key(tok[:-2]))
            led = _LED_SUFFIX.search(tok)
            if led:  # "Hamas-led", "al-Qaeda-linked": the name before the suffix
                keys.add(_token_key(tok[:led.start()]))
            cands = [c for k in keys if k in index for c in self._patterns(k)]
            if len(keys) > 1:
                cands.sort(key=lambda c: -c[0])
            found = None
            for _length, rx in cands:
                mm = rx.match(text, m.start())
                if mm:
                    found = mm
                    break
            if found:
                yield found
                pos = found.end()
            else:
                pos = m.end()

    # -- lookup
    def __contains__(self, name: str) -> bool:
        return self.lookup(name) is not None

    def __len__(self) -> int:
        return len(self.groups)

    def lookup(self, name: str) -> Group | None:
        """The entry named by `name` or one of its aliases/demonyms (case-insensitive)."""
        canon = self._by_alias.get(_fold(name))
        return self.groups.get(canon) if canon else None

    def canonical(self, name: str) -> str:
        g = self.lookup(name)
        return g.name if g else name

    def kind(self, name: str) -> str:
        g = self.groups.get(name) or self.lookup(name)
        return g.kind if g else "pattern"

    def is_community(self, name: str) -> bool:
        """Whether `name` is a people or a faith's community (the Yazidis, the Druze), not an organization."""
        g = self.groups.get(name)
        return g is not None and g.kind == "collective" and g.affiliation == "community"

    def chain(self, name: str) -> list[str]:
        """The group and the groups it is part of (IRGC Quds Force -> IRGC -> Iran)."""
        out = []
        cur = self.groups.get(name)
        while cur is not None and cur.name not in out:
            out.append(cur.name)
            cur = self.groups.get(cur.part_of) if cur.part_of else None
        return out or [name]

    def names(self, kind: str | None = None) -> list[str]:
        return [g.name for g in self.groups.values() if kind is None or g.kind == kind]

    # -- mentions
    def find_mentions(self, text: str, sentences: list[Sentence] | None = None) -> list[Mention]:
        """Group and person mentions of `text`, sorted by offset, without overlaps."""
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []  # spans taken, sorted by start (looked up by bisection, not scanned)
        taken_starts: list[int] = []

        def free(s: int, e: int) -> bool:
            i = bisect.bisect_right(taken_starts, s)
            # the span starting at or before s must end by s, and the next one must start at or after e
            return (i == 0 or taken[i - 1][1] <= s) and (i == len(taken) or taken[i][0] >= e)

        def add(m: Mention) -> None:
            mentions.append(m)
            i = bisect.bisect_right(taken_starts, m.start)
            taken.insert(i, (m.start, m.end))
            taken_starts.insert(i, m.start)

        # 1. aliases, demonyms and known people
        for m in self._alias_matches(text):
            s, e = m.start(), m.end()
            canon = self._by_alias.get(_fold(m.group(0)))
            if canon is None:
                continue
            alias, how = self._alias_info[_fold(m.group(0))]
            surface = m.group(0)
            if _is_acronym(alias) and surface.replace("’", "'") != alias:
                continue
            if alias[:1].isupper() and surface[:1].islower() and _fold(surface) not in self._lower_ok:
                continue
            if surface.isupper() and not _is_acronym(alias) and _DATELINE_AFTER.match(text, e):
                continue  # "BAGHDAD (AP) —", "BAGHDAD, Jan 5 (Reuters) -": where the report was filed
            if len(surface) <= 2 and surface.isupper() and (
                    re.search(r"[A-Z]{2,}\W*$", text[max(0, s - 6):s]) or re.match(r"\W*[A-Z]{2,}", text[e:e + 6])):
                continue  # "IS" in a line of capitals ("WHAT IS NEXT") is no acronym
            prev_word = " " in alias and all(w.lower() in _COMMON_NAME_WORDS for w in alias.split()) and re.search(
                r"(?:^|(?<=\s))([A-Z][a-z]+)\s+$", text[max(0, s - 20):s])
            if prev_word and prev_word.group(1) not in _FUNCTION_CAPS_BEFORE_NAME \
                    and not re.search(r"(?:^|[.!?_\n—–-]\s*)\S+\s+$", text[max(0, s - 30):s]):
                continue  # "White House National Security Council": a longer name, not the UN's council
            if how == "demonym" and _DESCRIBED_AFTER_DEMONYM.match(text, e):
                continue  # "the Saudi city of Jeddah", "the Palestinian militant group's": a description
            if how == "demonym" and re.search(r"(?i)\bethnic\s+$", text[max(0, s - 8):s]):
                continue  # "ethnic Albanian militants" in Kosovo: a people, not the state of Albania
            g = self.groups[canon]
            if g.is_person:
                add(Mention(s, e, surface, g.side, kind="person", person=g.name))
            else:
                add(Mention(s, e, surface, canon, kind=how))

        # 2. organization-shaped names not in the gazetteer
        found_names: dict[str, str] = {}
        for rx in (_CALLED, _ARABIC_ORG, _THE_X_SUFFIX, _NUMBERED_UNIT, _BODY_OF_PLACE, _NAMED_PARTY):
            for m in rx.finditer(text):
                name = m.group("name").strip(" \"“”’'")
                name = re.sub(r"['’]s$", "", name)
                if rx is _THE_X_SUFFIX:
                    first = name.split()[0].casefold()
                    if first in _NOT_ORG_WORDS or self.lookup(name) or len(name) < 4:
                        continue
                    if m.group("suffix")[0].isupper():
                        name = f"{name} {m.group('suffix')}"
                    if rx is _THE_X_SUFFIX and m.group("suffix") in ("group", "militia", "militias") \
                            and not re.search(rf"\b(?:{_ARABIC_ORG_HEAD})\b|al-", name):
                        continue
                s = m.start("name")
                e = s + len(m.group("name").rstrip(" \"“”’'"))
                if not free(s, e):
                    continue
                canon = self.canonical(name)
                found_names[canon] = canon
                add(Mention(s, e, text[s:e], canon, kind="pattern"))
        for m in _APPOSED_NAMES.finditer(text):
            for nm in re.finditer(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}", m.group("list")):
                name = nm.group(0)
                s = m.start("list") + nm.start()
                e = s + len(name)
                if name.split()[0].casefold() in _NOT_ORG_WORDS or len(name) < 3 or not free(s, e):
                    continue
                canon = self.canonical(name)
                found_names[canon] = canon
                add(Mention(s, e, text[s:e], canon, kind="pattern"))
        # later bare uses of names found by pattern
        for name in found_names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if free(m.start(), m.end()):
                    add(Mention(m.start(), m.end(), m.group(0), name, kind="pattern"))

        # 2b. abbreviations the text defines: "the Arakan Army (AA) ... The AA overran"
        for m in list(mentions):
            ab = _DEFINED_ABBREV.match(text, m.end)
            if not ab or not m.group or m.kind == "person" or self.lookup(ab.group("ab")):
                continue
            for x in re.finditer(rf"(?<![\w-]){re.escape(ab.group('ab'))}(?![\w-])", text):
                if x.start() != ab.start("ab") and free(x.start(), x.end()):
                    add(Mention(x.start(), x.end(), x.group(0), m.group, kind="gazetteer"))

        # 2c. names the text gives a group: "the Special Deterrence Force, an Islamist-leaning militia known as Rada"
        for m in list(mentions):
            kn = _KNOWN_AS.match(text, m.end)
            if not kn or not m.group or m.kind == "person" or self.kind(m.group) not in _ORG_KINDS:
                continue
            name = kn.group("name")
            if self.lookup(name) and self.lookup(name).name != m.group:
                continue
            for x in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if free(x.start(), x.end()):
                    add(Mention(x.start(), x.end(), x.group(0), m.group, kind="gazetteer"))

        # 3. people: title + name, appositions, then their surnames
        people: dict[str, str] = {}  # person name -> group
        for m in mentions:
            if m.kind == "person" and m.person:
                people[m.person] = m.group
        self._find_titled_people(text, mentions, taken, people, free, add)
        self._find_appositions(text, mentions, people, free, add)
        for person, group in list(people.items()):
            if self.lookup(person):
                continue  # gazetteer people are matched by their aliases already
            tokens = person.split()
            if len(tokens) < 2:
                continue
            surname = tokens[-1]
            variants = {surname, surname[:1].upper() + surname[1:]}
            for v in variants:
                for m in re.finditer(rf"(?<![\w-]){re.escape(v)}(?![\w-])", text):
                    if free(m.start(), m.end()):
                        add(Mention(m.start(), m.end(), m.group(0), group, kind="person", person=person))

        # 3b. capitals speaking for their governments; police, the army, the authorities of the country named
        self._find_capitals(text, mentions, free, add)
        self._find_forces(text, sentences, mentions, free, add)

        # 4. "the group", "the militia" -> the last group named before
        mentions.sort(key=lambda x: x.start)
        for m in _BACKREF.finditer(text):
            if not free(m.start(), m.end()):
                continue
            after = re.match(r"\s+[\"“]?([A-Z][\w'’-]*)", text[m.end():m.end() + 40])
            if after and not m.group(2):
                continue  # "the Shia militia Asaib Ahl al-Haq": an apposition, not a back-reference
            # (a people is no organization: "the group" after "attacks on Alawites" is not the Alawites)
            prev = [x for x in mentions if x.end <= m.start() and x.group and x.kind not in ("coreference", "person")
                    and self.kind(x.group) in _ORG_KINDS and not self.is_community(x.group)]
            if not prev:
                continue
            # the group a recent sentence was about (its subject) before one named in passing: "ISIS-K ... is a
            # bitter rival of the Taliban. ... Last month the group claimed a suicide bombing"
            subjects = [x for x in prev if m.start() - x.start < 800 and _SUBJECT_HEAD.search(
                text[max(0, x.start - 40):x.start]) and self.kind(x.group) == "armed group"]
            last = prev[-1]
            if subjects and subjects[-1].group != last.group and self.kind(last.group) in ("armed group", "collective") \
                    and not re.search(r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+)?$", text[max(0, last.start - 40):last.start]):
                last = subjects[-1]
            add(Mention(m.start(), m.end(), m.group(0), last.group, kind="coreference"))
            mentions.sort(key=lambda x: x.start)
        self._find_short_names(text, mentions, free, add)
        mentions.sort(key=lambda x: x.start)
        self._find_it_subject(text, mentions, free, add)
        mentions.sort(key=lambda x: (x.start, -x.end))
        return mentions

    def _find_it_subject(self, text, mentions, free, add) -> None:
        """"Viv Ansanm ... was formed in September 2023. On Feb. 29, 2024, it launched coordinated attacks":
        "it" opening a sentence (after a time) before a verb of action stands for the armed group that was the
        subject of the sentence before, when no other organization or state is named in between."""
        for m in _IT_ACTS.finditer(text):
            if not free(m.start("it"), m.end("it")):
                continue
            prev = [x for x in mentions if x.end <= m.start("it") and x.group and x.kind not in ("demonym", "person")]
            if not prev:
                continue
            last = prev[-1]
            if self.kind(last.group) != "armed group" or m.start("it") - last.end > 400:
                continue
            head = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start)) + 1
            if not re.fullmatch(r"\s*(?:(?:On|In|At|Late|Early|Last|This)\b[^,.]{1,30},\s*)?(?:[Tt]he\s+)?", text[head:last.start]):
                continue  # the group must have been its sentence's subject
            if any(x.group != last.group for x in prev if x.start >= head):
                continue
            add(Mention(m.start("it"), m.end("it"), m.group("it"), last.group, kind="coreference"))

    def _find_short_names(self, text, mentions, free, add) -> None:
        """"the Guard" after "Iran's Revolutionary Guard", "the Brigades" after "the Izz ad-Din al-Qassam
        Brigades": the last word of an organization's name, capitalized after "the", names it again."""
        heads: dict[str, tuple[int, str]] = {}  # head word -> (where its full name ends, group)
        for x in mentions:
            words = x.text.split()
            if len(words) >= 2 and x.group and x.kind != "person" and self.kind(x.group) in _ORG_KINDS | {"government"} \
                    and re.fullmatch(r"[A-Z][a-z]{2,}", words[-1]) and words[-1] not in _SHORT_NAME_NOT:
                heads[words[-1]] = (x.end, x.group)
        if not heads:
            return
        rx = re.compile(r"\b[Tt]he\s+(" + "|".join(map(re.escape, heads)) + r")\b(?![\s-]+[A-Z])")
        for m in rx.finditer(text):
            end, group = heads[m.group(1)]
            if m.start() >= end and free(m.start(1), m.end(1)):
                add(Mention(m.start(), m.end(), m.group(0), group, kind="coreference"))

    def _state(self, name: str) -> str:
        g = self.lookup(name)
        return g.name if g is not None and g.kind == "state" else ""

    def state_of_capital(self, capital: str) -> str:
        """The state whose capital is `capital` ("Nairobi" -> "Kenya"), or ""."""
        return self._state(CAPITALS.get(capital, ""))

    def story_state(self, text: str, mentions: list[Mention]) -> str:
        """The state a story is about: its dateline's (see `_home_dateline_state`), else -- for a story with no
        dateline -- the one it names most by far (see `_dominant_state`); a dateline from a city not known here
        tells nothing."""
        if story_dateline(text):
            # (a dateline from a city not known here: the state the story names, as if it had none)
            return self._home_dateline_state(text, mentions) or self._dominant_state(mentions)
        return self._dominant_state(mentions)

    def _home_dateline_state(self, text: str, mentions: list[Mention]) -> str:
        """The dateline's state -- unless the dateline is a city news agencies cover a region from, the story
        never names its state again and its opening names another: "BANGKOK (Reuters) - The Arakan Army, one
        of Myanmar's ..." is filed from a bureau abroad, and its army, police and ministers are not Thailand's.
        The story is then about the one state its opening names, else the state it names most by far, if one
        is."""
        dm = story_dateline(text)
        state = self._dateline_state(text)
        if not state or _dateline_city(dm) not in BUREAU_CITIES:
            return state
        named = [(m, self.state_named(m)) for m in mentions if m.start >= dm.end()]
        named = [(m, st) for m, st in named if st]
        if any(st == state for _, st in named) or not any(m.start < _LEAD_CHARS for m, _ in named):
            return state
        lead = {st for m, st in named if m.start < _LEAD_CHARS}
        if len(lead) == 1:
            return lead.pop()  # "BANGKOK (AP) — The death toll from a Myanmar military airstrike ..."
        return self._dominant_state(mentions)  # (else none: which of the states it names is not told)

    def state_named(self, m: Mention) -> str:
        """The state a mention names by its name, its people, its capital or one of its state bodies written
        out ("Myanmar military", "Iranian Foreign Ministry"), else '' (a bare "the army" names none)."""
        if not m.group or m.kind not in ("gazetteer", "demonym", "capital"):
            return ""
        kind = self.kind(m.group)
        if kind == "state":
            return m.group
        if kind == "government":
            return next((c for c in self.chain(m.group) if self.kind(c) == "state"), "")
        return ""

    def capital_state(self, name: str) -> str:
        """The state whose capital `name` is ("Kigali": Rwanda), else ''."""
        return self._state(CAPITALS[name]) if name in CAPITALS else ""

    def _dominant_state(self, mentions: list[Mention]) -> str:
        """The state a story is about when no dateline says so: named (or its people, its capital) at least
        three times and twice as often as any other -- the side of a national office or army named with no
        country ("Defence Minister X", "the army said")."""
        counts: dict[str, int] = {}
        lead = set()
        for m in mentions:
            st = self.state_named(m)
            if st:
                counts[st] = counts.get(st, 0) + 1
                if m.start < _LEAD_CHARS:
                    lead.add(st)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            # a story's opening (title and lead) names the country it is about, if it names one: "China" named
            # four times in the middle of a story that opens on Myanmar is not what the story is about
            if not lead or ranked[0][0] in lead:
                return ranked[0][0]
        # the one state the opening names, named more often than any other: "Who are the separatists behind
        # Pakistan's train siege?" that names China five times and Pakistan nine
        if ranked and ranked[0][1] >= 2 and lead == {ranked[0][0]} and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return ""

    def _dateline_state(self, text: str) -> str:
        dm = story_dateline(text)
        if not dm:
            return ""
        city = _dateline_city(dm)
        plain = unicodedata.normalize("NFKD", city).encode("ascii", "ignore").decode()  # "Bogotá", "Culiacán"
        return self._state(dateline_where(dm)) or self._state(CAPITALS.get(city, "")) or self._state(
            CAPITALS.get(plain, "") or DATELINE_CITIES.get(city, "") or DATELINE_CITIES.get(plain, ""))

    def _find_capitals(self, text, mentions, free, add) -> None:
        """"Bamako rejected the report", "officials in Kyiv said": a capital as its government's voice."""
        rx = re.compile(r"(?<![\w-])(?P<cap>" + "|".join(re.escape(c) for c in sorted(CAPITALS, key=len, reverse=True))
                        + r")(?![\w-])")
        for m in rx.finditer(text):
            state = self._state(CAPITALS[m.group("cap")])
            if not state or not free(m.start(), m.end()):
                continue
            before = text[max(0, m.start() - 40):m.start()]
            after = text[m.end():m.end() + 40]
            voice = re.search(r"(?i)\b(?:officials?|authorities|leaders?|diplomats?|the government|government|sources|"
                              r"ministers?|the regime|regime)\s+in\s+$", before)
            subject = (re.match(rf"(?:\s+(?:\w+ly|also|has|have|had|on\s+\w+|quickly|swiftly))*\s+(?:{_SAY_VERBS})\b",
                                after) and not re.search(r"(?i)\b(?:in|at|near|from|to|into|outside|inside|around|across|"
                                                          r"over|of|on|toward|towards)\s+(?:the\s+)?$", before)
                       and not re.match(r"\s+(?:has|have|had|is|was|would|will)\s+(?:been\s+)?(?:\w+ed|hit|struck|"
                                        r"shaken|rocked)\b", after))
            if voice and [x for x in mentions if x.group and x.kind != "person" and x.end <= m.start()
                          and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}in\s+(?:the\s+)?", text[x.end:m.start()])]:
                continue  # "a U.S. Embassy official in Nairobi": the official's side is named already
            # "Addis Ababa signed a memorandum ...", "Kinshasa severed ties with Kigali": a capital at the head
            # of its sentence acting as a state does
            acting = re.search(r"(?:^|[.!?:\n]\s*|[\u2014\u2013-]\s+)$", before) and re.match(
                r"\s+(?:(?:\w+ly|also|then|later)\s+)?(?:signed|signs|severed|severs|cut|broke\s+off|imposed|imposes|"
                r"sanctioned|designated|deployed|deploys|sent|sends|withdrew|withdraws|suspended|suspends|revoked|revokes|"
                r"closed|closes|ordered|orders|launched|launches|opened|opens|agreed|agrees|struck|strikes|attacked|"
                r"attacks|retaliated|retaliates)\b", after)
            if voice or subject or acting:
                add(Mention(m.start(), m.end(), m.group("cap"), state, kind="capital"))

    def _find_forces(self, text, sentences, mentions, free, add) -> None:
        """"Police in Nigeria arrested ...", "BAMAKO, Mali (AP) — The army said ...": the country of the sentence,
        else the country of the dateline, when no demonym or country is attached to the noun itself."""
        dm = story_dateline(text)
        dateline_state = self._home_dateline_state(text, mentions)
        dominant = self._dominant_state(mentions)
        sents = sentences or [Sentence(0, len(text), text)]
        all_ms = sorted(mentions, key=lambda x: x.start)
        starts = [x.start for x in all_ms]
        prev_states: list[str] = []  # countries named (not as places) in the sentence before, same paragraph
        para_places: list[str] = []  # countries whose capitals the paragraph has named so far
        prev_para = -1
        for sent in sents:
            ms = all_ms[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]  # the sentence's
            found = list(_FORCES.finditer(text, sent.start, sent.end))
            carried = prev_states if getattr(sent, "paragraph", 0) == prev_para else []
            if getattr(sent, "paragraph", 0) != prev_para:
                para_places = []
            # the paragraph's scene, a capital told before ("Protesters gathered in Yerevan's Republic Square. ...
            # police said they detained 98"): where unnamed police and soldiers act, over the dateline's country
            para_places += [CAPITALS[c.group(0)] for c in _CAPITAL_NAME.finditer(text, sent.start, sent.end)
                            if self.kind(CAPITALS[c.group(0)]) == "state"]
            scene = para_places[0] if len(set(para_places)) == 1 else ""
            prev_para = getattr(sent, "paragraph", 0)
            prev_states = [x.group for x in ms if sent.start <= x.start < sent.end and x.kind in ("gazetteer", "demonym",
                           "capital", "role") and x.group and self.kind(x.group) == "state"
                           and not re.search(r"(?i)\b(?:in|at|near|into|to|from|across|with|of|on|against)\s+(?:the\s+)?$",
                                             text[max(0, x.start - 12):x.start])]
            if not found:
                continue
            inside = [x for x in ms if sent.start <= x.start < sent.end and not (dm and x.start < dm.end())]
            states, placed = [], []  # countries named as actors, and as places ("near the border with Mali")
            for x in inside:
                if x.kind == "person" or not x.group:
                    continue
                st = x.group if self.kind(x.group) == "state" else ""
                if st and x.kind == "demonym" and re.match(r"\s+[A-Z]", text[x.end:x.end + 2]):
                    continue  # "KLM Royal Dutch Airlines": a demonym inside a name
                if st and re.search(r"(?i)\b(?:in|at|near|into|to|from|across|inside|outside|with|toward|towards|"
                                    r"of|on|against|over|through)\s+(?:the\s+)?$", text[max(0, x.start - 12):x.start]):
                    if st not in placed:
                        placed.append(st)
                    continue
                # "in Santiago, Chile, police said": the country of a place named before it is no side
                if st and re.search(r"[A-Z][\w'’.-]*,\s+$", text[max(0, x.start - 30):x.start]) \
                        and text[x.end:x.end + 1] in (",", "", ".", ";"):
                    continue
                if st:  # (country, where, the object of a verb: "the ministry blamed Kyiv")
                    states.append((st, x.start, bool(re.search(r"\b[a-z]{3,}(?:ed|es|s)\s+(?:the\s+)?$",
                                                                text[max(0, x.start - 20):x.start]))))
            for m in found:
                s, e = m.start("what"), m.end("what")
                if not free(s, e):
                    continue
                pre = text[max(sent.start, s - 30):s]
                if re.search(r"(?i)\b(?:his|her|their|its|our|my|your)\s+(?:[\w-]+\s+)?$", pre):
                    continue  # "his government": the person's side, told by the person
                if m.group("what")[0].isupper() and s > sent.start and re.search(r"[A-Z][\w'’.-]*\s+$", pre) \
                        and not re.search(r"(?:^|[.!?:;—–-]\s*|\b(?:The|In|On|At|But|And|Then|Later|Meanwhile))\s*$", pre):
                    continue  # "Arakan Army", "Metropolitan Police": part of a name
                if re.match(r"\s+(?:of|loyal to|under)\s+(?!the\s+country\b)", text[e:e + 15]):
                    continue  # "the troops of dictator X", "forces loyal to X": someone else's
                # "Iraqi police", "Nigeria's army", "police and army": the side is already named (or a list goes on)
                if [x for x in inside if x.end <= s and re.fullmatch(r"(?:['’]s)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}",
                                                                      text[x.end:s])]:
                    continue
                if re.search(r"(?i)\b(?:rebel|opposition|militia|paramilitary|insurgent|separatist|private|foreign|"
                             r"rival|traffic|religious|morality|local|tribal|student|campus)\s+$", pre):
                    continue
                if re.search(r"(?i)\b(?:of|against|on|with|to|by|from)\s+(?:the\s+)?$", pre) and m.group("what") in (
                        "government", "authorities", "junta", "presidency"):
                    continue
                # "In Havana, the government said": the place that opens the sentence
                lead = re.match(r"\s*(?:In|From|At)\s+(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),", text[sent.start:s])
                lead_state = self._state(CAPITALS.get(lead.group("p"), lead.group("p"))) if lead else ""
                # "police in Nigeria": the country right after the noun
                own = re.match(r"\s+in\s+(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})", text[e:e + 40])
                own_state = self._state(CAPITALS.get(own.group("p"), own.group("p"))) if own else ""
                # a country the noun acts on ("the ministry blamed Kyiv") is not its side
                before = list(dict.fromkeys(st for st, pos, obj in states if pos < s or not obj))
                side = own_state or lead_state or (before[0] if len(before) == 1 else "") or (
                    "" if before else (scene if m.group("what").lower() in ("police", "security forces", "soldiers",
                                                                           "troops", "authorities") else "")
                    or dateline_state or (placed[0] if len(placed) == 1 else "")
                    or (carried[0] if len(set(carried)) == 1 and m.group("what").lower() in (
                        "junta", "military", "army", "government", "authorities", "presidency") else "")
                    or (dominant if m.group("what").lower() in _NATIONAL_BODIES else ""))
                if not side:
                    continue
                if m.group("what").lower() in _ARMED_FORCE_NOUNS:
                    side = self.armed_forces_of(side) or side
                add(Mention(s, e, text[s:e], side, kind="role"))

    def armed_forces_of(self, state: str) -> str:
        """A state's army when the gazetteer lists it as a side of its own ("Myanmar military", "Sudanese Armed
        Forces": a party to a civil war), else ''."""
        if self._forces is None:
            self._forces = {}
            for g in self.groups.values():
                if g.kind == "government" and g.part_of and self.kind(g.part_of) == "state" and any(
                        re.search(r"(?i)\b(?:army|military|armed forces)\b", n) for n in [g.name] + g.aliases):
                    self._forces.setdefault(g.part_of, g.name)
        return self._forces.get(state, "")

    def _side_near(self, text: str, start: int, end: int, mentions: list[Mention]) -> str:
        """The side named inside text[start:end] by a mention (the last non-person one)."""
        inside = [m for m in mentions if m.start >= start and m.end <= end and m.group and m.kind != "person"]
        if not inside:
            return ""
        # "the leader of Iraq's Popular Mobilization Force": the organization over the state
        orgs = [m for m in inside if self.kind(m.group) not in ("state",)]
        return (orgs or inside)[-1].group

    def _find_titled_people(self, text, mentions, taken, people, free, add) -> None:
        titles = sorted(TITLES, key=len, reverse=True)
        rx = re.compile(r"(?<![\w-])(?P<title>" + "|".join(re.escape(t) for t in titles) + r")\s+"
                        rf"(?P<name>{PERSON_NAME})")
        home: tuple[str, str] | None = None  # (the dateline's state, the story's country)
        for m in rx.finditer(text):
            name = m.group("name")
            s, e = m.start("name"), m.end("name")
            rank = next((t for t in titles if name.startswith(t + " ") and t[:1].isupper()), None)
            if rank and len(name.split()) > len(rank.split()) + 1:  # "spokesman Colonel Abdoulaye Maiga"
                name, s = name[len(rank) + 1:], s + len(rank) + 1
            # "President Trump leaves" -- the name stops before a lower-case word anyway
            if not free(s, e):
                continue
            if self.lookup(name) and not self.lookup(name).is_person:
                continue
            # the side: a demonym/state just before the title ("Iraqi Prime Minister"), "Iran's"
            before_start = max(0, m.start() - 40)
            side = ""
            pre = [x for x in mentions if before_start <= x.start and x.end <= m.start() + 1 and x.group
                   and x.kind != "person" and not re.search(r"[.;!?]", text[x.end:m.start()])]
            # "Myanmar's junta spokesman", "Iraqi interior ministry spokesman": lower-case words may come between
            gap = text[pre[-1].end:m.start()] if pre else ""
            if pre and (m.start() - pre[-1].end <= 3 or re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}", gap)
                        and not re.search(r"\b(?:with|and|or|to|of|for|by|from|in|on|at|as|the|a|an|after|before|when|"
                                          r"while|than|between|against|under|over|about|that|which|who|\w+ed|says|said|"
                                          r"told|met|meets|is|was|are|were|has|have|had)\b", gap)):
                side = pre[-1].group
            side = side or TITLES.get(m.group("title"), "")
            if not side and m.group("title") in _DOMESTIC_TITLES:
                # "MEXICO CITY (Reuters) — Governor X": an office inside the country (else the story's country)
                if home is None:  # found once per text, when first needed
                    home = (self._home_dateline_state(text, mentions), self._dominant_state(mentions))
                side = home[0] or (home[1] if m.group("title") in _NATIONAL_TITLES else "")
            if not side:
                continue
            people.setdefault(name, side)
            add(Mention(s, e, name, side, kind="person", person=name))

    def _find_appositions(self, text, mentions, people, free, add) -> None:
        rx = re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?P<np>(?:the\s+|a\s+|an\s+)?[^,.;:!?“”\"]{{0,80}}?"
                        rf"\b(?:{_ROLE_NOUNS})s?\b(?:\s+(?:of|for|at|with|in)\s+[^,.;:!?]{{0,60}})?)\s*[,.;]")
        for m in rx.finditer(text):
            name = m.group("name")
            s, e = m.start("name"), m.end("name")
            if len(name.split()) < 2 and name not in people:
                continue
            np_s, np_e = m.start("np"), m.end("np")
            side = self._side_near(text, np_s, np_e, mentions)
            if not side and re.search(r"\b(?:the\s+group|the\s+militia|the\s+movement|its)\b", m.group("np"), re.I):
                prev = [x for x in mentions if x.end <= s and x.group and self.kind(x.group) in _ORG_KINDS]
                side = prev[-1].group if prev else ""
            if not side:
                continue
            existing = [x for x in mentions if x.start == s and x.end == e and x.kind == "person"]
            if existing:
                continue
            if free(s, e):
                people.setdefault(name, side)
                add(Mention(s, e, name, side, kind="person", person=name))
