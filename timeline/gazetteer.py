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

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .model import Mention, Problem, Sentence

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
    "Minister": "", "Defense Secretary": "", "Secretary of Defense": "", "Secretary": "",
    "Gen.": "", "General": "", "Lt. Gen.": "", "Maj. Gen.": "", "Brig. Gen.": "", "Col.": "",
    "Commander": "", "Ayatollah": "", "Grand Ayatollah": "", "Sheikh": "", "Sen.": "",
    "Senator": "", "Rep.": "", "Gov.": "", "Ambassador": "", "Envoy": "", "Speaker": "",
    "Spokesman": "", "spokesman": "", "spokeswoman": "", "spokesperson": "", "leader": "",
    "commander": "", "cleric": "", "Cleric": "", "Dr.": "", "Mr.": "", "Mrs.": "", "Ms.": "",
    "Chief of Staff": "", "Adm.": "", "Admiral": "",
}
_ROLE_NOUNS = (r"spokesman|spokeswoman|spokesperson|leader|minister|commander|chief|head|founder|"
               r"president|official|secretary-general|secretary general|ambassador|envoy|adviser|advisor|"
               r"deputy|prime minister|general|cleric|member|secretary|director|chairman|officer|"
               r"representative|emir|figure|militant|fighter")
_BACKREF = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?(?:militant\s+|armed\s+|paramilitary\s+|Shia\s+|Shiite\s+)?"
                      r"(group|militia|organization|organisation|movement|faction|outfit|brigades?)(['’]s)?\b")
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
    r"League|Organization|Organisation|militia|militias|group)\b")
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
        self._entries: list[tuple[str, str, str]] = []  # (alias, canonical, kind of match)
        self._index: dict | None = None
        self.problems = list(_problems or [])
        for g in groups:
            self.add(g)

    # -- building
    def add(self, group: Group) -> None:
        self.groups[group.name] = group
        self._register(group.name, group.name, "gazetteer")
        for a in group.aliases:
            self._register(a, group.name, "gazetteer")
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
        if key not in self._by_alias:
            self._by_alias[key] = canonical
            self._alias_info[key] = (alias, how)
            self._entries.append((alias, canonical, how))

    def _alias_index(self) -> dict[str, list[tuple[int, re.Pattern]]]:
        """Aliases by their folded first word, each with an anchored pattern, longest first."""
        if self._index is None:
            index: dict[str, list[tuple[int, re.Pattern]]] = {}
            for alias, _canon, _how in self._entries:
                first = _TOKEN.match(alias)
                if not first:
                    continue
                key = _token_key(first.group(0))
                rx = re.compile(rf"(?:{_alias_pattern(alias)})(?![\w\-‐]|['’][A-Za-z]{{2}})", re.IGNORECASE)
                index.setdefault(key, []).append((len(alias), rx))
            for cands in index.values():
                cands.sort(key=lambda c: -c[0])
            self._index = index
        return self._index

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
            cands = [c for k in keys for c in index.get(k, ())]
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
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= a or s >= b for a, b in taken)

        def add(m: Mention) -> None:
            mentions.append(m)
            taken.append((m.start, m.end))

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
            if alias[:1].isupper() and surface[:1].islower():
                continue
            if surface.isupper() and not _is_acronym(alias) and _DATELINE_AFTER.match(text, e):
                continue  # "BAGHDAD (AP) —", "BAGHDAD, Jan 5 (Reuters) -": where the report was filed
            g = self.groups[canon]
            if g.is_person:
                add(Mention(s, e, surface, g.side, kind="person", person=g.name))
            else:
                add(Mention(s, e, surface, canon, kind=how))

        # 2. organization-shaped names not in the gazetteer
        found_names: dict[str, str] = {}
        for rx in (_CALLED, _ARABIC_ORG, _THE_X_SUFFIX):
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
        # later bare uses of names found by pattern
        for name in found_names:
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                if free(m.start(), m.end()):
                    add(Mention(m.start(), m.end(), m.group(0), name, kind="pattern"))

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

        # 4. "the group", "the militia" -> the last group named before
        mentions.sort(key=lambda x: x.start)
        for m in _BACKREF.finditer(text):
            if not free(m.start(), m.end()):
                continue
            after = re.match(r"\s+[\"“]?([A-Z][\w'’-]*)", text[m.end():m.end() + 40])
            if after and not m.group(2):
                continue  # "the Shia militia Asaib Ahl al-Haq": an apposition, not a back-reference
            prev = [x for x in mentions if x.end <= m.start() and x.group
                    and self.kind(x.group) in _ORG_KINDS and x.kind != "coreference"]
            if not prev:
                continue
            add(Mention(m.start(), m.end(), m.group(0), prev[-1].group, kind="coreference"))
            mentions.sort(key=lambda x: x.start)
        mentions.sort(key=lambda x: (x.start, -x.end))
        return mentions

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
        for m in rx.finditer(text):
            name = m.group("name")
            s, e = m.start("name"), m.end("name")
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
            if pre and m.start() - pre[-1].end <= 3:
                side = pre[-1].group
            side = side or TITLES.get(m.group("title"), "")
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
