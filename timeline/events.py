"""Sentences and clauses to typed, dated, attributed events.

The extractor reads each sentence of a `Document` (whose sentences, time
expressions and group mentions are already there) with rules for English news:

1. Triggers: event words (verbs and nouns) found outside quotations: attack
   words (attack, strike, rocket, bombing, raid...), killings, arrests,
   formations, political acts (take/leave office, elections, resignations),
   protests, anniversaries, and statement verbs whose lexical meaning gives the
   stance (blame -> accusation, deny -> denial, denounce -> condemnation,
   warn -> warning, threaten/vow -> threat, urge -> appeal, reject ->
   rejection, claim responsibility -> claim; say/write/tell -> read from the
   quotation's words).  Triggers under a modal, an infinitive, a negation or a
   non-specific determiner ("any violence", "no deaths", "could seek") are not
   events.  A definite mention of an event already extracted ("the attack",
   "Sunday's attack") is the same event, not a new one.
2. Clauses: a sentence is cut at commas, semicolons and subordinators; each
   trigger takes the actors of its clause (subject before the verb; the agent of
   a participle clause is the previous clause's; "some groups ..., including
   X" is X); "X blamed Y for an attack" makes Y the attack's alleged
   perpetrator (`alleged_by`), apart from certain ones.
3. Dates: the time expression governing the trigger's clause (a time
   expression right before a noun -- "a Sunday rocket attack" -- belongs to
   that noun), else a sentence-initial one ("In November, ..."), else the one of
   the reporting clause for reported events ("said on Monday that Iraq has
   arrested"), else a date derived by reasoning (a death one year before its
   first anniversary), else the narrative time of the paragraph (date_basis
   implied), else the publication date (date_basis publication).  Present-tense
   statements ("The US is warning") are dated at publication.
4. A sentence that only quotes and attributes ("'...,' X's spokesman said.")
   right after a statement by the same side is the same statement: the speaker
   is added to it instead of making a new row.

5. Other acts are events with their PLOVER category: agreements, talks,
   sanctions (designations, embargoes), deployments, withdrawals and
   surrenders are `political`; a sentence with a dated time expression and a
   group but no event word is an `other` event.
6. Across the article: an anniversary is linked to the killing it marks
   (`anniversary_of`), and a killing without a date of its own is dated by it
   (a death one year before its first anniversary: date_basis derived); a killing
   told only through its anniversary is added the same way.  Dates the calendar
   knows are used (a US president leaves office on 20 January after an
   election year), on the sentence that names that day when there is one.

7. General news conventions: an event noun that is the object or topic of a
   statement or of a verb about a past event ("condemned the bombings",
   "investigating the attack", "in response to missile strikes") is the event
   told elsewhere, not a new one dated by that verb; a time expression at the
   end of a clause governs its verb, not a noun deep inside its object; event
   words used as modifiers or in other senses ("arrest warrant", "riot police",
   "death toll", "charged with murder", "a miners' strike", "stocks rallied",
   "died in a crash") and nouns under a modal or "the possibility of" are no
   events; a speaker the gazetteer does not know is no side (the side is not
   taken from the reported words or a wire dateline); "it" is the last
   organization named; a relative clause ("who refused to be named") does not
   set the reporting frame's stance.

8. Sides from general cues (with the gazetteer's mentions): a title after a country or organization
   ("Colombian President X", "Myanmar's junta spokesman X", "NATO Secretary-General X"), an apposition
   ("X, a senior Hamas official"), a capital as the subject of a statement verb or after "officials in"
   ("Bamako rejected", "officials in Kyiv said" -- never "an attack in Kyiv", nor "a U.S. official in
   Baghdad"), and police, the army, security forces or the government without a country of their own: the
   country the sentence names (or opens with: "In Havana, the government"), else the dateline's.
9. Attack words used for criticism ("attacked the bank for failing to", "a scathing attack on the law") are a
   condemnation by the critic; as a predicate ("is the latest assault on press freedom") or a danger faced
   ("convoys faced attacks") they are no event.  "went on strike", "a three-day strike", "a nationwide
   strike" are labour strikes.  "captured the town" is fighting, not an arrest.
10. A noun demanded or called for ("demanding the resignation of", "called for early elections") is no event
   (unless scheduled: "elections, which are set for May 5").  A reported event takes no stated date from its
   report: "said on Monday it invaded" is implied by the report's day; "said on Monday that rebels had
   attacked" (past perfect) is before the report and not dated by it.  "the strikes" told before on another
   day do not own the time after them ("condemned the strikes on Monday": the condemnation's Monday).
11. Location: the place after in/at/near (names with particles: "Dar es Salaam"; not a person, not a
   modifier of an event noun: "in the Slepian shooting"), else the dateline's city for violence, arrests and
   protests of the report's days -- unless the dateline is a state's capital and the lead puts the events in
   other states ("WASHINGTON - ... strikes in Iraq and Syria").
12. Targets: the groups an attack, killing or arrest falls on, named in its object ("killed a commander of
   Kataib Hezbollah", "arrested three AAH members", "an attack on the US embassy"; not a place: "near Baghdad
   airport"), join the event's groups, and the explanation says "against ...".  "X said it fired rockets"
   makes the speaker the one who acted (never in a denial); those an attack killed, told in its relative
   clause ("a raid that killed 15 ISIS operatives"), are its targets.
13. The same attack again: "the strikes targeted ...", "fighters were killed in the strikes" after the strikes
   were told take that attack's date (implied) and make no second attack row; "Since then, 427 fugitives
   have been taken into custody" is a count up to the time of writing (publication).  What a second telling
   adds (targets, a toll) goes to the attack told first; "the attack" named again is the story's attack, not
   the one it answers ("in retaliation for ..."); "those killed", "the three soldiers killed" are its dead.
14. Statements: a stance taken by a speaker the gazetteer does not know is kept, with the speaker's name
   ("Gold Apollo denied any link", "Party leader Michelle O'Neill condemned", "Regime spokesman Major General
   Zaw Min Tun denied"); an organization the gazetteer does not know is a group of its own when it takes a stance
   ("the New IRA claimed", "the Baloch Liberation Army (BLA) claimed"); a crowd that accuses or denies ("Protesters
   accused") is kept too; "its foreign ministry" speaks for the state the sentence before opens with; a
   national office with no country named (a president, a defence minister, the army) speaks for the country the
   story is about when it is named three times and twice as often as any other; a list (with an article, a
   possessive or an aside in it: "The UN, the AU and Turkey", "Burkina Faso's junta, led by X, and Niger's")
   of speakers keeps every name ("Qatar, Jordan and Egypt denounced"); "Both groups denied" is the last two
   organizations named; a branch named in apposition acts ("Al Qaeda's branch, Shabaab, overran"); "It"
   with no organization named is the subject of the sentence before; "X said (in a
   statement on Wednesday) that its forces attacked" is X's claim and X's attack; threats, denials and
   accusations are read in reported clauses without quotes too ("said its fighters would respond", "was not
   involved", "was plotting attacks"); "described/called X a war crime" condemns; a time inside what was
   said does not date the saying, the occasion of the words does ("speaking to reporters on Sunday", "In a
   statement issued late on Wednesday, X rejected"); "claimed that its fighters had killed" is a claim and the
   speaker's act; "said the attack was the work of X" and "determined that X had committed genocide" accuse;
   'called the bombing "shameful"' condemns; a new stance by a verb of its own ("Katz called the announcement
   'a violation'") is not folded into the side's statement before it.
15. Series and spans: an attack told in the present perfect since a date ("have exchanged fire since Oct. 8",
   "attacked 160 times since Oct. 17", reported: "said forces had been attacked 46 times since Oct. 17") spans
   from that date to publication (value PAST_REF); a death toll's
   update does not date the bombing (the attack told next does); a past perfect reported on a day is dated
   on or before that day, never at the later publication.  A counted series in a named period ("attacked 150
   times in January") is one event of that period; a range ("between November 2023 and January", "from Jan. 2
   to Jan. 9") dates an event from its first day to its last (value: the first time's).  An attack dated only
   by its report ("were killed in a drone attack, officials said Monday") takes the day its definite retelling
   states ("The attack on Sunday ..."), which makes no second row.  In a chronology ("MONDAY, JUNE 16 - ...")
   the entry's heading dates its sentences.
16. No event: plans and plots ("was plotting attacks"), denied acts ("denied targeting civilians", "denied that
   civilians had been targeted"), negated nouns and acts ("did not mention deaths", "not a single civilian has
   been killed"), deals refused ("refused to sign the agreement"), slogans ("Death to America"), phone calls,
   adjectives ("the slain officers", "other established militias", "fighting vehicles", "detention
   facilities"), a natural death, what an attack is called ("calling it an attack on the peace process"), a
   tone struck.
17. More events: a founding told as a participle ("Formed in 2007 as an umbrella ..., the TTP"), in apposition
   ("The ELN, founded in 1964"), as a merger or a split ("emerged in 2012 from a merger", "split from Boko
   Haram"); ties severed, a coalition or a bloc quit, a reading passed, talks launched, a mandate renewed, a
   charter signed (political); chanting crowds, taking to the streets, burning flags (protest); "marks six
   years since" (anniversary); "recaptured" (attack).
18. The other side: an attack names the side it falls on by what of theirs was hit ("a U.S. base", "an Indian
   fighter jet", ", a Turkish outpost"); a state striking in another state with no side named strikes that
   state ("Israel bombs Evin prison in Tehran"; but "Israel struck Iranian targets in Syria": Syria is where);
   a political act names its other side ("summoned the U.S. charge d'affaires", "severed ties with Kigali",
   "designated Viv Ansanm"), not what a vote was about; those arrested for the story's attack are of its
   side.  Diplomatic and emergency acts are political (envoys summoned, expelled or recalled, airspace
   closed, a state of emergency or days of mourning declared, a peace process ended or called off).
19. The story's country: a political act or a police arrest with no side named is the country of the
   story's dateline (a capital or a city stories are filed from), else -- with no dateline -- the country it
   names most by far -- and, if the story's opening names a country, only that one.
20. Acts and their actors: "Gunmen killed 81 villagers" and "a strike on Jan. 4 killed X" are killings;
   "Hamas-led fighters burst into southern Israel" is Hamas's attack on Israel; "It murdered ..." or "its
   fighters attacked ..." is the organization the sentence before is about; "the base was attacked by
   Turkish jets" is Turkey's attack; "including a rocket attack in April" is one of the series' attacks.
   A chronology's entry may be a date on a line of its own or a bulleted "September 26:"; a month or a year
   heads an entry too ("March 2025: ...", "2014: IS seizes Mosul").
21. Verbs of striking: weapons fired or launched at a target ("Iran fired a wave of ballistic missiles at
   Israel"), "hit" or "pounded" after a state or armed group ("Israel hits the South Pars gas field"), a
   named operation launched, ", striking the Natanz facility". A strike that killed an unnamed leader ("a
   senior commander of Kataib Hezbollah") is a killing of that group. A side reporting in the past perfect
   ("said Wednesday that its jets had struck") tells the attack told just before again; the day after
   "condemned the raids" is the condemnation's.
22. More acts: a vote on a bill or motion, a takeover of power with a date of its own ("seized power in
   August 2021"), a passive act's agent ("designated ... by the US State Department"), a group that
   "emerged" or "surfaced" at a time (formation), "declares Iran in breach of its obligations" (accusation),
   "dismisses the videos as fake" (denial).
23. Gapped repeats and regional bodies: an act told again with its verb left out and a time of its own ("IS
   seized Fallujah in January 2014, and Ramadi in May 2015", "attacked the base in January and again in
   March") is one event per time, the second object its place or its target; a region's government or
   authorities the gazetteer does not know ("the Tigray regional government", "Puntland authorities") speak
   as a group of their own; "gunmen from the Viv Ansanm coalition" act for it; "vowed to crush/destroy/hunt
   down" threatens; "a year of fighting", "18 months of war" is a stretch of conflict, no event.
24. More acts and sides: a ceasefire declared or called is political; a designation "as a terrorist group"
   over an apposition or in the present ("redesignates the Houthis as ...") is political, the trigger's words
   one clause; a chronology's plural present "seize" attacks; an attack falls on the side holding what it hit
   ("the Houthi-held port") and on the state owning it ("Israel's Ben Gurion airport"), not on the state
   where the target stands ("the embassy in Tanzania's capital").  Taking control of a place attacks; a siege
   laid since a time is a series; sanctions imposed are an act; a pledge of allegiance is a formation, no
   promise; a sentence opening "By Sunday," is no byline.  A chronology's present tense: "shoots down",
   "exchange small-arms fire", "rams a car into" attack; "suspends the 1960 Indus Waters Treaty" is political
   (the year names the treaty, not the act); "retracts its claim" denies.  The rest of a list of nouns after
   a comma ("on police stations, prisons and the airport in late February") stays in its clause.  A side
   that "followed suit" did the act before again, at its own time; "The Houthis hit the carrier" is a verb.
25. Implied side: in a story about one armed group (the non-state group it names most, three times and twice
   any other), an attack or killing by unnamed "insurgents", "militants", "rebels" or "gunmen" is that
   group's, with a note saying so.  Also: "behead", a chronology's "storm the town", "took up arms",
   "captured swathes of".  "Fighting between X and Y (, known as ...,) erupted on Sept. 9" names both sides
   and takes its verb's time; "recaptured him" is an arrest.  In what a side reports ("the SDF said a
   Turkish drone struck one of its positions"), the side named before the attack noun is its actor and the
   speaker, whose positions were hit, its target.  A live blog's entry headline ("22:30 GMT – US condemns
   attack", on a line of its own) dates the paragraph under it.  A measure extended ("lawmakers extended it
   by four months") is political; "blew up a section of track" attacks; "blew himself up" is a killing.
   "The rebels", "the jihadists" just told of are the armed group named in the two sentences before ("the
   jihadists warned ..."); "the rebels took Minova" attacks (not "took Iran to task").  A warning whose
   quoted words threaten ('would be "hunted down"') is a threat.  A denial or claim with no time of its own,
   right after an attack told with a date more than a week old, is of the attack's time (not after an
   accusation: "The group denied it" answers that); who brokered a ceasefire ("the US- and French-brokered
   ceasefire") is a side of it.

26. Implied other sides: an attack or killing by an armed group (or by no one named) on forces or posts with no
   side of their own ("raided a base", "killing five soldiers", "ambushed Brigadier General X") falls on the
   country the story is about -- not when told abroad ("a massacre in neighbouring Burkina Faso, where ...") nor
   for someone else's forces ("rebel positions", "a rampage by Hutu security forces"); an attack a state makes
   itself ("Israeli jets strike Hodeidah port", "Troops killed 12 militants"; not its own dead, not "fighting")
   with no side hit named falls on the story's main armed group, unless that group is the state's ally
   ("Iran-aligned"); what of an armed group's was hit names it ("an SDF checkpoint", "Hezbollah positions");
   a network named in a story about a country where it has a branch of its own name is that branch too ("the
   Islamic State group" in Mozambique: Islamic State Mozambique Province), unless the sentence is set abroad.
   More acts: troops driven out of a town, an offensive waged or led, an operation launched; a mission ended,
   an office taken over or named to, arrest warrants reactivated, a status revoked, a memorandum signed, a
   prisoner exchange, "agreed to" (not a business deal: "agreed to acquire"), "asked X for military help".

27. Statements and their days: an aside between commas ("It said, however, that its units attacked") stays in
   the speaker's clause; "He" after a speaker the gazetteer does not know is that speaker's side; a threat or
   accusation quoted after other words, or a stance told by a verb of its own after neutral words, is a
   statement of its own; what the same speaker goes on to say in the next sentence, with no time of its own,
   is of the day told just before.  A bomb or bomber that killed people is an attack with its toll; visits,
   meetings, orders of state, overthrows and boycotts are political; peoples and faith communities (Yazidis,
   Alawites, Druze, Rohingya) are sides, never what "the group" or "It" names again.
28. Whose act, and when: a time across "and" that has an event verb of its own on its side is that verb's ("TRF
   emerged in 2019 and India banned it in January 2023"), and two acts of state each with its own time are two
   events; a leading time frames an accusation whose object has a time of its own ("In April, HRW accused
   soldiers of executing 223 villagers in February"); the blame of an attack just told is of its time and names
   who did it, and so is a condemnation of "that strike" or a claim made "within hours" (the claimant is then
   the attack's side); a claim of an act dated long before is of that time.  Sides: the one named before an
   attack noun behind adjectives or a date ("a massive Israeli air strike", "Iran's Oct. 1 barrage"), "widely
   attributed to X"; an armed group's attack on "Israeli positions", "into southern Israel" or a capital's mall
   falls on that state, and an insurgency's violence at home on the state it fights (not gangs, cartels,
   state-backed militias, fighting with other fighters, or a group itself implied), noted as implied; "They"
   after one armed group named; a capital at the head of its sentence acts for its state; "Kabul fell to the
   Taliban" is the Taliban's.  More acts: overthrows by name, truces told by their participle, votes
   postponed, oaths, war declared, bans as terrorist, ties severed, conferences hosted, aid announced,
   missions authorized, named operations by number, fronts opened, towns taken or captured, uprisings crushed,
   insurgencies launched; "more than 300 drones" is a count, not a negation; an attack a side intends to carry
   out is none.  A live blog's stamp ("17:40 — ...") dates its entry by the day and is no time of its acts.
   A stance of speakers of no known side ("State officials blamed ...", "Opponents dismissed ...") is kept
   with who spoke.  "The government" stands for the story's state when nothing names its country; "He" after
   a named speaker of no known side is that speaker; an act of state with no time of its own "after" an act
   dated over a week before is of that act's month.
29. Main group and state: the story's main armed group counts its network's name (al-Qaida for JNIM) and
   leaves out forces fighting for a state (state-backed militias, a foreign state's auxiliaries); a state's
   act on civilians, on a named armed group or on a named victim implies no main group as its target.  A
   story filed from a bureau abroad whose opening names one state (or a state body: "a Myanmar military
   airstrike") is about that state, and its "army", "junta" or "troops" is that state's army where the
   gazetteer lists it as a side.  More acts: dialogues convened, laws ratified, states readmitted, states of
   siege decreed, truces proposed, an alliance formed by name with its founders, shelling, occupying, long
   offensives ("ground and air offensive"), confederations, delistings; the time of a main clause after a
   skipped participle or a noun apposition closes the act.
30. Who else acts, and on which day: the crowd that protests is its side, named as the clause names it before
   the verb ("hundreds of teachers, nurses and laborers from outside the region marched", "Opposition
   lawmakers walked out ... in protest", "several hundred of them" after "60,000 residents of northern
   communities remain displaced"), people only, without the count; those who gather to mark an anniversary
   are its side.  An armed group saying it did the act ("Saree said the group had targeted the ship")
   claims it.  A verb in the present ("is blamed for the killing of ... on Oct. 3, 2024") leaves a time far
   inside its object to the noun; the subject before an apposition is whom it blames.  "it" opening a
   sentence after one whose subject was an armed group is that group; "Its deadliest attack" is the story's
   main armed group's; names set in apposition to "gang coalitions" or "armed groups" are groups; a
   security official (or a minister of no named country) speaks for the story's state.  "announced the
   designations" is the announcer's political act, and dates a designation told undated before (its sentence
   becomes the act's source); "the main source of violence" is no attack.  A crowd accusing and the side it
   accuses denying ("..., accusing Paris of ..., an accusation France denied") are two speakers.  More acts:
   a blockade a town "has been under ... since February" (an attack begun then), regret expressed (a
   statement), an envoy "due in Beirut on Thursday" (a visit ahead).
31. Names and the acts of states: a name the text gives a group ("an Islamist-leaning militia known as Rada"),
   a numbered brigade ("the rival 444th Brigade"), a council of a place ("the Social Council of Souq al-Juma")
   and a party ("his far-right Jewish Power party") are sides; "the group" is the armed group a recent
   sentence was about, not one named in passing.  A court's sentence ("A military court ... sentenced five
   men to death") is an act of the story's state; its ministries, its "federal government" and a minister of
   no named country speak for it.  Political acts: a deal "was announced" or "approved" (with those who
   brokered it as its sides), talks "due to begin", a meeting of commanders, a party quitting a coalition, a
   movement declared terrorist, a joint statement signed.  A claim made right after an attack with no side
   names its side, and an act claimed with no time of its own takes the claim's.  A chronology entry is dated
   by its heading even when its act was mentioned before; a time after a person's role ("detained X,
   commander of Y, on Monday as ...") closes the act.  A deal denounced is rejected; dying in exile is no
   killing.  Also: the comma of a number ("about 1,000 troops") cuts no clause; a time after a verb of what
   was said ("said X correctly listed ... in 1995") dates no saying; captives "were freed on Friday" is an
   event of its own (a concession); a summit is a political meeting; a state "declared" (an independent
   state, a caliphate) is political; "the coalition fighting Islamic State" tells no fighting; a claim two
   sentences after an attack (past a statement) names its side; a definite noun ("condemned the abduction
   on Tuesday") names the act of its own kind told before.
32. Who speaks when the gazetteer does not know them, and several acts in one sentence: a speaker known by
   an office ("The county governor", "The Catholic archbishop of Bamenda", "Defense lawyer X", "The national
   ombudsman's office") keeps a stance of its own; a speaker introduced by role and full name ("Army
   spokesman Brig. Gen. Onyema Nwachukwu") keeps that side when named again by surname, "He" after a
   sentence whose speaker's name is not known is that speaker, and "They" after a side told speaks for it
   that day.  "The two sides" are the last two sides named.  Unnamed police, troops and authorities act for
   the country whose capital their paragraph is set in; a story names its state by its opening when it
   names it most, also past a dateline city not known here.  Several acts in one sentence give several rows:
   a truce that began on one day and broke down on another, a coup and an ousting, a siege since May and
   the capitals overrun late last year, a killing of another year near the new attack.  Acts on the
   calendar are events ahead ("is expected to visit", "is due to meet", "is scheduled to discuss ... on
   Thursday", "said he would travel to", "is expected to hold an emergency session", "is due to withdraw"),
   but not a plan with no time.  Dating: an act told with a closing attribution (", officials said on
   Tuesday") is of that report's day at the latest; an opening "Visiting the site on Sunday," dates the
   statement; the Nth anniversary of an act dated after it falls N years later; a siege since a month is
   dated by its start.  More acts: killings in a clash or an ambush (not a blast's toll), a strike that
   killed "its founder", hostages handed over to the Red Cross, prisoners freed, a delegation arrived,
   talks ended, a contingent landed, a resolution adopted, a resignation announced, a campaign to recruit,
   a militia "created in January 2020", a council "agreed to form", protesters who attacked embassies (a
   riot), devices that blew up, a city captured.

Headlines, bylines, datelines and author notes yield no events; a bulleted point of six words or more does.
A story's dateline ("TAMPA, Fla. -", "ISLAMABAD:", "Goma (DR Congo) (AFP) -") belongs to no clause, so the
time that opens the story ("TAMPA, Fla. - On March 13, U.S. forces ...") dates it.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .model import Document, Event, Mention, Sentence, Timex
from .gazetteer import CAPITALS, DATELINE_CITIES
from .gazetteer import TITLES as _TITLES
from .sentences import dateline_at, story_dateline
from .timex.calendar import describe
from .table import plover_code

# ----------------------------------------------------------------- lexicon

# what a government declares that is an act, not words: "declared a state of emergency", "three days of mourning",
# "declared a ceasefire"
_EMERGENCY_OBJECT = (r"(?:(?:a |an |the |its )?(?:[\w-]+ ){0,2}?(?:state of emergency|martial law|curfew|national mourning|"
                     r"days? of (?:national )?mourning|emergency rule|ceasefire|cease-fire|truce)"
                     # "Israel declared war on Hamas the same day"
                     r"|(?:an? )?(?:all-out |open |total |full-scale )?war (?:on|against)\b"
                     # "Iraq declared victory over Islamic State in December 2017"
                     r"|victory (?:over|against)\b"
                     # "declared an emergency at hospitals in Quetta"
                     r"|an (?:[\w-]+ )?emergency\b"
                     # "separatists declared an independent state of 'Ambazonia'"
                     r"|(?:an? |the |its |their )(?:[\w-]+ )?(?:independent state|republic|caliphate|emirate)\b"
                     # "he declared the communist movement a terrorist organization"
                     r"|(?!that )(?:the |a |an |its |their )?(?:(?!that |were |was |is |are )[\w'’-]+ ){1,5}?(?:an? |as an? |as )"
                     r"(?:[\w-]+ ){0,2}terrorist "
                     r"(?:organi[sz]ation|group|entity|movement)"
                     # "Britain announced 120 million pounds in new aid for Sudan"
                     r"|(?:[\w$£€.,-]+ ){0,4}?(?:in )?(?:new |additional |extra |fresh |humanitarian |military |emergency )*"
                     r"(?:aid|assistance|funding)\b"
                     r"|(?:its |their )?independence\b)")

# a day told between a verb and its object: "claimed on Thursday that ...", "appealed late on Tuesday for ..."
# a governing verb in the present: "is blamed for", "accuses X of", "are held responsible for"
_PRESENT_GOVERNOR = re.compile(r"(?i)\b(?:(?:is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)|(?:blames|accuses|holds|condemns|says|claims))\b")
# what stands between "X said" and the act X tells of its own side: "(that) the group had", "its fighters"
_OWN_SIDE_SUBJECT = re.compile(r"(?i)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the\s+(?:group|movement|militia|organi[sz]ation)|it|they|"
                               r"its\s+(?:[\w-]+\s+)?(?:fighters|forces|units|members|militants|naval\s+forces|air\s+defen[cs]es)|"
                               r"their\s+(?:[\w-]+\s+)?(?:fighters|forces|units|members))\s+(?:had\s+|has\s+|have\s+)?"
                               r"(?:successfully\s+|also\s+)?")
# the crowd a protest clause opens with (after a leading time or adverbial, without "the" or a count), up to
# its verb: "hundreds of teachers, nurses and laborers from outside the region marched", "Activists have called
# another rally", "Opposition lawmakers walked out of the National Assembly ... in protest"
_CROWD_SUBJECT = re.compile(
    r"(?i)^[\s,]*(?:(?:on|in|during|after|late|early)\b[^,]{0,60},\s*)?(?:the\s+)?"
    r"(?P<count>(?:(?:tens\s+of\s+|hundreds\s+of\s+)?(?:hundreds|thousands|dozens|scores)|several\s+(?:hundred|thousand|dozen)|"
    r"(?:about|some|more\s+than|nearly|at\s+least)\s+[\d,]+|[\d,]+)\s+(?:of\s+)?)?"
    r"(?P<np>(?-i:[A-Za-z])[\w'’-]*(?:(?:,\s+|\s+and\s+|\s+)(?!(?:have|has|had|also|were|was|are|is|will|would|said|told|"
    r"went|took|came|held|ran|began|begun|begin|begins|sent|send|led|leads|lead|keep|keeps|kept|made|make|won|lost|read|"
    r"set|put|met|brought|fought|thronged|who|which|that|to|(?!(?:armed|masked|unarmed|retired|displaced|disabled|"
    r"unemployed|aggrieved)\b)\w+ed)\b)[\w'’-]+){0,9}?)"
    r"\s+(?:have\s+|has\s+|had\s+|also\s+|again\s+)*"
    r"(?P<verb>(?:call|stag|held|hold|organi[sz]|plann|announc|join)\w*\s+(?:(?:a|an|another|new|more|the)\s+)?(?:[\w-]+\s+)?)?$")


def _split_before(head: str, verbs: str) -> tuple[str, str] | None:
    """`head` cut before the first of `verbs` ("Parents of the schoolchildren | plan to gather ..."), or None."""
    parts = re.split(rf"(?i)(?<=\s)(?=(?:{verbs})\b)", head, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else None


def _crowd_text(m: re.Match) -> str:
    """The crowd a `_CROWD_SUBJECT` match names, on one line."""
    return re.sub(r"\s+", " ", m.group("np")).strip(" ,")


# nouns of people that make a crowd
_CROWD_NOUN = re.compile(r"(?i)\b(?:residents|people|villagers|families|relatives|workers|students|teachers|farmers|children|"
                         r"protesters|demonstrators|activists|supporters|refugees|women|men|mothers|parents|citizens|"
                         r"lawmakers|members|employees|traders|drivers|doctors|nurses|veterans|survivors)\b")
# an attack noun told as the fighters' ("a jihadist blockade", "an insurgent ambush")
_FIGHTERS_ADJ_BEFORE = re.compile(r"(?i)\b(jihadist|militant|insurgent|rebel|islamist)\s+$")
# the brokers of an agreement after its noun: ", brokered by Qatar, Egypt and the United States,"
_BROKERED_BY_AFTER = re.compile(r"\s*,?\s*(?:which\s+was\s+)?(?:brokered|mediated|negotiated)\s+by\s+(?P<list>[^.;]{1,80}?)(?=,\s+(?:was|were|has|had|is)\b|[.;]|$)")
# the verb of an agreement named at the head of its sentence: "The deal, brokered by Qatar, was announced"
_ANNOUNCED_LATER = re.compile(r"(?i)\b(?:was|were|has been|had been) (?:announced|signed|reached|agreed)\b")
# a verb of its own between a verb of saying and a time: the time is of what was said (not "said in a
# statement released on Monday")
_VERB_OF_WHAT_WAS_SAID = re.compile(r"(?i)(?<!statement )(?<!message )(?<!video )(?<!letter )(?<!post )(?<!report )"
                                    r"(?<!communique )(?<!interview )\b(?!(?:released|issued|posted|published|broadcast|"
                                    r"televised|aired|carried|reported|quoted|signed|dated)\b)[a-z]{3,}ed\b")
# kinds of attack a definite noun names again, as stems of the words that tell them
_ACT_FAMILIES = (r"(?i)(?:abduct|kidnap|hostage)", r"(?i)(?:bomb|blast|explosion)", r"(?i)(?:raid|storm)",
                 r"(?i)(?:strike|struck|air ?strike)", r"(?i)(?:shoot|shot|gunfire)", r"(?i)(?:ambush)")
# a sentence opening on the possessive of a group named before: "Its deadliest attack", "Their latest raid"
_ITS_ATTACK = re.compile(r"\s*(Its|Their)\s+(?:[\w-]+\s+){0,3}")
_DAY_TOLD = (r"(?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
               r"|(?:earlier |later )?(?:this|last) (?:week|month)|yesterday|today)")

# (regex, type, stance) -- regexes are matched case-insensitively on word boundaries.
_STATEMENT_TRIGGERS: list[tuple[str, str]] = [
    (r"claim(?:s|ed|ing)? (?:the )?(?:responsibility|credit)|took responsibility|taken responsibility"
     r"|claimed(?= (?:(?:on|late|early|last|this) )?(?:\w+ )?by\b)|claim(?:s|ed)?(?= (?:the |an? |its |their |last |this |that |these |those )?(?:[\w-]+ ){0,3}(?:attack|bombing|strike|assassination|killing|blast|explosion|shooting|ambush|raid|launch|operation)(?:s|es)?\b)"
     # "claimed that its fighters had killed 20 soldiers": the speaker's own act
     # ("claimed on Thursday that its fighters had ambushed an army patrol")
     r"|claim(?:s|ed)?(?= (?:" + _DAY_TOLD + r" )?(?:that )?(?:it|they|its [\w\"“”-]+(?: [\w\"“”-]+){0,3}|their [\w-]+) (?:had |have |has )?"
     r"(?:killed|attacked|struck|shot|downed|destroyed|targeted|ambushed|launched|carried out|fired|seized|captured|"
     r"bombed|hit|stormed|overran)\b)"
     # "claims to have shot down five Indian aircraft"; "fired missiles at Israel, saying it was avenging Nasrallah"
     r"|claim(?:s|ed)? to have (?:shot down|downed|killed|destroyed|captured|seized|attacked|hit|struck|repelled)"
     r"|(?<=, )saying (?:it|they) (?:was|were|had been) (?:avenging|retaliating|responding)", "claim"),
    (r"blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)"
     r"|(?:renewed|repeated|reiterated|levell?ed|made|renews|repeats|reiterates) (?:its|their|his|her|the) accusations?"
     r"|held [\w\s-]{1,40}? responsible|holds? [\w\s-]{1,40}? responsible"
     r"|pointed the finger|alleg(?:e|es|ed|ing) that"
     # "determined that the RSF had committed genocide"
     r"|(?:determined|concluded|found|ruled) that (?:[\w'’-]+ ){1,8}?(?:had )?committed (?:genocide|war crimes|"
     r"crimes against humanity|atrocities|ethnic cleansing)"
     # "the Board of Governors declares Iran in breach of its obligations"
     r"|(?:declared|declares|found|finds|ruled|rules|judged|judges) (?:[\w'’.-]+ ){1,4}?in (?:breach|violation|"
     r"non-?compliance|contempt)\b", "accusation"),
    (r"den(?:y|ies|ied|ying)|(?:dismiss|reject|refut)(?:ed|es|s)? (?:the |these |those |such )?(?:[\w-]+ )?"
     r"(?:claims?|allegations?|accusations?|reports?|charges?)"
     r"|reject(?:ed|s)? (?:any |all |a |the )?(?:[\w-]+ )?(?:link|links|involvement|role|connection|responsibility)"
     # "dismisses the videos as \"fake\"", "dismissed the report as propaganda"
     r"|dismiss(?:ed|es)? (?:the |these |those |such |this |that |its |their )?(?:[\w'’-]+ ){0,3}?as [\"“‘']?"
     r"(?:(?:a |an |pure |mere |baseless |western |enemy )?(?:fake|false|fabricated|fabrications?|baseless|propaganda|lies|"
     r"untrue|unfounded|groundless|nonsense|rumou?rs?|disinformation|misinformation|slander))\b"
     r"|disavow(?:ed|s)?|distanc(?:ed|es|ing) (?:itself|himself|herself|themselves|the [\w\s,-]{1,60}?) from"
     # "The Resistance Front retracts its claim": a claim taken back
     r"|(?:retract(?:s|ed|ing)?|withdr(?:ew|aws|awn)) (?:its|their|his|her|the|an earlier) (?:[\w-]+ )?(?:claim|statement)",
     "denial"),
    # "He denounced the agreement as a reckless surrender": a deal, a plan or a ruling denounced is rejected
    (r"(?:condemn|denounc|decr[iy]|criticiz|criticis|slamm?)\w* (?:the |this |that |a |an |its |their |[\w'’-]+['’]s )"
     r"(?:[\w-]+ )?(?:agreement|deal|accord|ceasefire|cease-fire|truce|plan|proposal)s?\b",
     "rejection"),
    (r"condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied)|deplor(?:e|es|ed)|slamm?(?:ed|s)?(?! into\b)"
     r"|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|lambast(?:ed|s)?|censur(?:e|ed)"
     r"|call(?:s|ed|ing)? (?:the |this |these |those |its |their |[\w'’-]+['’]s |(?:them|it) (?=[\"“‘']?an? ))"
     r"(?:[\w'’-]+ ){0,3}?[\"“‘']?(?:an? )?[\"“‘']?(?:[\w-]+ )?"
     r"(?:war crimes?|crimes?|violation|massacre|act of aggression|aggression|act of terror(?:ism)?|terrorism|"
     r"terrorist (?:act|attack)|escalation|provocation|atrocity|outrage|assassination|murder|slaughter|genocide|"
     r"ethnic cleansing|breach)"
     # 'called the bombing "shameful"'
     r"|call(?:s|ed|ing)? (?:the|this|these|those|its|their) (?:[\w-]+ )?(?:attacks?|bombings?|killings?|strikes?|"
     r"shootings?|massacre|raid|assault)s? [\"“‘']?(?:shameful|cowardly|heinous|barbaric|horrific|despicable|abhorrent|"
     r"outrageous|criminal|atrocious|unacceptable|inhumane|senseless|vile|brutal|unjustified|unjustifiable)",
     "condemnation"),
    (r"warn(?:s|ed|ing)?|caution(?:s|ed)", "warning"),
    (r"threat(?:en|ens|ened|ening)(?: that)?|vow(?:s|ed)? (?:revenge|retaliation|vengeance|to (?:avenge|retaliate|respond|strike|"
     r"attack|hit|punish|take revenge|expel|fight|target|kill))|pledg(?:e|es|ed) (?:revenge|to retaliate)"
     r"|promis(?:e|es|ed) (?:revenge|retaliation|a response)"
     # "Sharif vowed that the government would 'eliminate terrorism from every inch of Balochistan'"
     # "vowed on Monday to wage 'total war' on al-Shabaab"
     r"|vow(?:s|ed)? " + _DAY_TOLD + r" to (?:avenge|retaliate|respond|strike|attack|hit|punish|take revenge|fight|target|"
     r"kill|wage|crush|destroy|eliminate|defeat)"
     r"|vow(?:s|ed)? to wage"
     r"|(?:vow(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)) (?:that )?(?:[\w'’-]+ ){1,4}?(?:would|will) [\"“]?(?:eliminate|crush|"
     r"destroy|wipe out|hunt down|avenge|punish|eradicate|defeat|retaliate|respond|pursue|track down|root out)", "threat"),
    (r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)? that|call(?:s|ed|ing)? (?:on|upon|for)|appeal(?:s|ed|ing)?"
     # "appealed in a radio address on Thursday to both sides"
     r"(?: (?:in|during|through|via) (?:a|an|his|her|its|their|the) (?:[\w'’-]+ ){0,2}?(?:address|statement|message|speech|"
     r"sermon|homily|broadcast|interview|letter|post|video))?(?: " + _DAY_TOLD + r")? (?:to|for)|plead(?:s|ed)?|implor(?:e|ed)"
     r"|asked [\w\s-]{1,30}? to|press(?:ed|es)? [\w\s-]{1,30}? to"
     # "Yerevan asks the Russian-led CSTO for military help"
     r"|ask(?:s|ed)? (?:[\w'’()-]+ ){1,8}?for (?:urgent |immediate |military |international |humanitarian )?(?:help|assistance|aid|support|protection|intervention)",
     "appeal"),
    (r"reject(?:s|ed|ing)?(?! (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}?(?:motion|bill|amendment|budget|legislation)\b)"
     r"|refus(?:e|es|ed|ing)(?! to (?:be )?(?:identif\w*|named?|comment|elaborate|discuss|give (?:his|her|their)"
     r" names?|disclose|speculate|say|confirm|answer|talk|be quoted|provide details))|rebuff(?:s|ed)?|defi(?:ed|es)|respond(?:s|ed)? (?:sharply|angrily|defiantly|harshly)"
     r"|repl(?:ied|ies) (?:sharply|angrily|defiantly)|hit back"
     # "dismissed the militia's pledge, saying ..."
     r"|dismiss(?:ed|es)? (?:the |this |that |its |their |his |her )?(?:[\w'’-]+['’]s )?(?:[\w-]+ )?(?:pledge|offer|proposal|"
     r"announcement|promise|overture|gesture|plan|call|demand|ultimatum|truce offer|threat|claim|accusation|allegation|"
     r"report|charge|criticism|warning|suggestion)s?\b", "rejection"),
    (r"said|says|say|told|tell|tells|stated|states|(?:announc(?:e|es|ed)|declared)(?! " + _EMERGENCY_OBJECT + ")"
     r"(?! (?:on (?-i:[A-Z])[a-z]+\.? \d{1,2} |" + _DAY_TOLD + r" )?(?:that )?(?:he|she) (?:would|will) (?:resign|step down))"
     r"|wrote|writes|tweeted|added"
     # (not an act: "The United States responded two days later with air strikes on ...")
     r"|respond(?:s|ed)?(?! (?:[\w-]+ ){0,4}?with (?:an? |its |their |more )?(?:[\w-]+ ){0,2}(?:strikes?|airstrikes?|attacks?|"
     r"raids?|force|fire|missiles?|rockets?|drones?|shelling|bombing|barrages?|artillery|troops))|repl(?:ied|ies)|issued a statement|in a statement|vow(?:s|ed)"
     # "The U.N. Security Council issued a press statement Friday expressing 'grave concern'"
     r"|issued an? (?:press |joint |written |brief )statement"
     r"|pledg(?:e|es|ed)(?! (?:its |their |his |her )?allegiance)"
     r"|promis(?:e|es|ed)|insist(?:s|ed)|confirm(?:s|ed)|acknowledg(?:e|es|ed)|admit(?:s|ted)(?= (?:in |on |last |that |to ))"
     r"|(?:describ|characteriz|characteris)(?:ed|es) (?:[\w'’-]+ ){1,6}?as(?= [\"“‘'])"
     r"|cast(?:s|ing)? doubts? (?:on|over|about)|question(?:ed|s) (?:the|whether)"
     # "The Israeli military expressed regret over the incident"
     r"|express(?:ed|es) (?:its |their |his |her |deep |deepest |profound )*(?:regret|sorrow|condolences|apologies)", "other"),
]
_EVENT_TRIGGERS: list[tuple[str, str]] = [
    # de-escalation first: "suspended its attacks" is no attack
    (r"(?:suspend(?:ed|s)?|paus(?:ed|es)|halt(?:ed|s)?|stopp(?:ed)|end(?:ed|s)?) (?:its|their|all|the) (?:[\w-]+ )?"
     r"(?:attacks|operations|strikes|offensive|military operations)", "other:RETREAT"),
    (r"(?:ceasefire|cease-fire|truce)(?: between [\w\s,'’-]{1,60}?)?(?:,? (?:that|which))? (?:took effect|came into (?:effect|force)|was (?:agreed|reached|announced|signed)|"
     r"began|collapsed|broke down|lapsed|expired)"
     # "A ceasefire signed in Geneva in October 2020 paved the way ...": the signing told by its participle
     # "the truce, which began on Nov. 24 and broke down on Friday": its end, told by a second verb
     r"|(?<= and )(?:collapsed|broke down|lapsed|expired)(?= (?:on|in|at|last|early|late|after|within|by)\b)"
     r"|(?:(?<=ceasefire )|(?<=cease-fire )|(?<=truce ))(?:agreed|reached|signed|brokered|declared)"
     r"(?= (?:in|on|at|last|earlier|between|with)\b)"
     r"|(?:agreed|reached|announced|announces|brokered|signed|struck|declared|declares|"
     r"proclaimed|proclaims|called|calls) (?:an? |the |its |their )?(?:[\w-]+ ){0,2}"
     r"(?:ceasefire|cease-fire|truce)", "other:AGREE"),
    (r"anniversar(?:y|ies)|commemorat(?:e|es|ed|ing|ion|ions)|memorial (?:service|ceremony)"
     r"|mark(?:s|ed|ing)? (?:\w+ ){1,2}(?:years?|months?) since", "anniversary"),
    (r"(?:leave|leaves|left|leaving) office|(?:take|takes|took|taken|taking) office|sworn in|inaugurat(?:ed|ion)"
     r"|(?:re-?)?elected|elections?|(?:voted|votes) (?:\w+ly |(?:\w+ )?(?:days?|weeks?|months?) later |on \w+ |in (?:early |late |mid-)?(?-i:[A-Z])\w+ |last \w+ |unanimously )?(?:to|for|against|on|in favou?r of)"
     r"|(?:passed|adopted|approved) (?:a|the) (?:\w+ )?resolution|resign(?:s|ed|ation)?"
     # a vote on a text: "Parliament backs a motion to close the Strait", "passed the law in March"
     r"|(?:passed|passes|approved|approves|adopted|adopts|backed|backs|endorsed|endorses|rejected|rejects|voted down)"
     r" (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}?(?:motion|bill|law|amendment|budget|constitution|legislation)"
     r"(?= (?:to|on|that|which|in|for|against|banning|allowing|requiring|granting|giving|suspending)\b|[,.;]| by)"
     r"|(?:(?<=law )|(?<=bill )|(?<=motion )|(?<=amendment )|(?<=legislation ))(?:was|were) (?:passed|approved|adopted)"
     r"|(?:step|steps|stepped|stepping) down|appointed|(?:took|takes|taken|taking) over as"
     # an order of state: "ordered an investigation", "ordered all units ... out of the villages"
     r"|order(?:ed|s) (?:an? |the |a full |an immediate )?(?:[\w-]+ )?(?:investigation|inquiry|probe|withdrawal|"
     r"suspension|mobili[sz]ation)|ordered (?:all |the |its )?(?:[\w'’-]+ ){1,8}?out of"
     # a ruler overthrown: "when Bashar al-Assad was toppled", "the coup that ousted President X"
     # (not the adjective: "a loyalist of ousted Prime Minister X", "Kuwait's ousted government")
     r"|(?:was|were|been) (?:toppled|ousted|overthrown|deposed)|(?<!\bof )(?<!\bthe )(?<!'s )(?<!’s )(?<!\ban )(?<!\ba )"
     r"(?<!\bto )(?<!\bby )(?<!\bfor )(?<!\bwith )(?<!\bfrom )"
     r"(?:toppled|ousted|overthrew|deposed)(?= (?:the )?(?:(?:elected|democratically elected|long-?time|veteran) )?"
     r"(?:(?-i:[A-Z])|(?:[\w-]+ )?(?:government|regime|president|leader|prime minister)))"
     r"|boycott(?:ed|ing|s)? (?:the |a |an |its |their )?(?:[\w-]+ )?(?:meetings?|elections?|vote|talks|sessions?|parliament|"
     r"cabinet|government|polls?)|(?:was|were|is|been|being) (?:formally )?named (?:as )?(?:the )?(?:[\w'’-]+ )?(?:new |interim |acting |caretaker |transitional )?(?:president|prime minister|premier|leader|head of state|chief|commander|army chief|defen[cs]e minister|foreign minister|minister|secretary-general|envoy|emir)\b|(?:ended|ends|completed|completes|concluded|concludes|wound up|winds up) (?:its|their|the) (?:[\w-]+ ){0,2}?(?:mission|mandate)|(?:reactivated|reactivates|reinstated|reinstates) (?:an? |the )?(?:[\w-]+ ){0,3}?arrest warrants?|no-confidence|(?:formed|form|forms|forming) (?:a|the|his|her) (?:new )?government"
     r"|(?:proclaimed|declared|announced) (?:the )?annexation|annex(?:ed|es)|coups?(?: d['’][ée]tat)?(?! de\b)"
     # "separatist leaders proclaimed the independence of 'Ambazonia'"
     r"|(?:proclaimed|proclaims|declared|declares|declaring|proclaiming) (?:the |its |their )?(?:[\w-]+ )?independence\b"
     # "separatists declared an independent state of 'Ambazonia' on Oct. 1, 2017", "declared a caliphate"
     r"|(?:proclaimed|proclaims|declared|declares|declaring|proclaiming) (?:an? |the |its |their )(?:[\w-]+ )?"
     r"(?:independent state|republic|caliphate|emirate)\b"
     # "in May it announced that it had decided to disband", "the militia dissolved itself"
     r"|(?:decided|agreed|voted) to (?:disband|dissolve|lay down (?:its|their) (?:arms|weapons))|(?:disbanded|dissolved) "
     r"(?:itself|themselves)|announced (?:its|their) (?:dissolution|disbandment)"
     # a takeover: "the Taliban seized power in August 2021", "since the junta took power"
     r"|(?:seized|seizes|seize|seizing|took|takes|taking|grabbed|grabs|came|comes|coming|swept|returned|returns|"
     r"returning) (?:back )?to power|(?:seized|seizes|seize|seizing|took|takes|taking|grabbed|grabs) (?:back )?power"
     r"|(?:severed|severs|severing|sever|cut|cuts|cutting|broke off|breaks off|breaking off|restored|restores|restoring) (?:its |all )?(?:diplomatic (?:ties|relations)|(?:ties|relations)(?= with (?:the )?(?-i:[A-Z])))"
     r"|(?:quit|quits|left|leaves|withdrew from|pulled out of) the (?:governing |ruling )?(?:coalition|government|cabinet)"
     r"|passed (?:its|a|the) (?:first|second|third|final) reading"
     r"|(?:launched|opened|began|resumed) (?:the |those |these |their |new |formal |direct |indirect )*(?:talks|negotiations)"
     # "Britain hosted a conference in London on Sudan"
     r"|(?:hosted|hosts|convened|convenes|co-chaired|chaired) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:conference|summit|peace talks|talks)\b"
     # "Biya convened a 'major national dialogue'", "the Security Council will hold an emergency meeting"
     r"|(?:convened|convenes) (?:a |an |the )?[\"“]?(?:[\w-]+ ){0,3}?(?:dialogue|meeting|session|assembly)\b"
     r"|(?:hold|holds|held|holding) (?:an? )?(?:emergency|special|extraordinary|closed-door|urgent) (?:meeting|session|summit)"
     # "voters ratify the Bangsamoro Organic Law", "the Arab League readmitted Damascus", "agreed in principle"
     r"|ratif(?:y|ies|ied) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:law|treaty|agreement|accord|constitution|deal|"
     r"pact|charter|convention)\b|readmit(?:ted|s)?(?= (?-i:[A-Z]))"
     r"|agreed in principle(?= on\b| to (?!(?:\w+ly )?(?:acquire|sell|buy|pay|purchase|merge|invest|lease|"
     r"form a (?:new )?company)\b))"
     # "places North Kivu and Ituri under a 'state of siege'", "the junta decreed a 'general mobilisation'"
     r"|(?:placed|places|put|puts) (?:[\w'’-]+ ){1,5}?under (?:an? )?[\"“]?(?:state of siege|martial law|emergency rule|"
     r"state of emergency|curfew)|decreed? (?:a |an |the )?[\"“]?(?:[\w-]+ ){0,2}?(?:mobili[sz]ation|state of emergency|curfew)"
     # "the Quad proposed a three-month humanitarian truce", "ordered the integration of regional special forces"
     r"|(?:proposed|proposes) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:truce|ceasefire|cease-fire|peace plan)\b"
     r"|order(?:ed|s) the (?:integration|dissolution|disbandment|closure)\b"
     # "the two neighbours patched up relations", "normalised ties with"
     r"|(?:patched|patches|patching) up (?:their |its )?(?:relations|ties)|(?:normali[sz]ed|normali[sz]es|re-?established)"
     r" (?:their |its )?(?:diplomatic )?(?:relations|ties)\b"
     # "the Security Council authorized AUSSOM in December", "AUSSOM, which took over from a previous AU mission"
     r"|authori[sz](?:ed|es) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:mission|force|deployment|operation|(?-i:[A-Z]{3,}))\b"
     r"|(?:took|takes|take|taking) over from"
     # "Mass protests forced al-Bashir from power in April 2019"
     r"|(?:forced|forces|drove|drives|removed|removes|ousted|ousts|pushed) (?:[\w'’.-]+ ){1,4}?from (?:power|office)"
     # "ousted a civilian-led transition in May 2021"
     r"|(?<!the )(?<!an )(?<!a )(?<!'s )(?<!’s )(?<!of )(?<!his )(?<!her )(?<!its )(?<!their )"
     r"(?:ousted|ousts|toppled|topples|overthrew|overthrows|deposed|deposes) (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}?"
     r"(?:government|transition|president|prime minister|premier|leader|regime|junta)\b"
     # "the alliance named Hemedti head of a presidential council"
     r"|(?:named|names|appointed|appoints) (?:(?-i:[A-Z])[\w'’.-]+ ){1,4}(?:as )?(?:the )?(?:new |interim |acting |caretaker )?"
     r"(?:head|president|prime minister|premier|leader|chief|commander|chairman|governor|minister)\b"
     # "a resolution the council adopted in June", "the Security Council adopted a resolution"
     r"|adopt(?:ed|s)? (?:a |an |the )?(?:[\w-]+ ){0,2}?resolution"
     r"|(?:(?<=resolution the council )|(?<=resolution the assembly ))adopted"
     # "Henry announced on March 11 that he would resign"
     r"|announc(?:ed|es) (?:" + _DAY_TOLD + r" |on (?:[A-Z][a-z]+\.? \d{1,2}) )?(?:that )?(?:he|she) (?:would|will) (?:resign|step down)"
     # "Abiy appoints Getachew to lead the interim administration"
     r"|(?:named|names|appointed|appoints) (?:(?-i:[A-Z])[\w'’.-]+ ){1,4}to (?:lead|head|run)"
     r"|renew(?:ed|s) (?:the|its|their) (?:[\w'’-]+ )?mandate"
     # "the three leaders turned the alliance into a confederation", "parliament removed the TPLF from its list
     # of terrorist organisations"
     r"|turn(?:ed|s)? (?:the |their |its |it )?(?:[\w-]+ ){0,3}?into a (?:confederation|federation|union)\b"
     r"|(?:removed|removes|delisted|delists) (?:[\w'’-]+ ){1,4}?from (?:its|the|their) (?:[\w-]+ )?list of (?:terrorist|"
     r"terror|banned|proscribed)"
     r"|(?:removed|removes|delisted|delists) (?:[\w'’-]+ ){1,4}?from (?:its|the|their) (?:terror|terrorist|sanctions) list"
     # "Qassem was named his successor the following month"
     r"|(?:was|were|been|is) (?:named|appointed|chosen|elected) (?:as )?(?:his|her|its|their|the group's) successor"
     # "lawmakers extended it by four months", "extended the state of emergency": a measure prolonged
     r"|extend(?:ed|s) (?:it|the|its|their) (?:[\w'’-]+ )?(?:mandate|state of emergency|emergency|curfew|martial law|"
     r"ceasefire|truce|deadline)|extend(?:ed|s) it by (?:a |an |one |two |three |four |five |six |\d+ )"
     r"(?:days?|weeks?|months?|years?)"
     r"|(?:quit|quits|quitting|leave|leaving|left|withdr(?:ew|aw|awing) from|exit(?:ed|ing)?) the (?:[\w-]+ ){0,3}?"
     r"(?:bloc|union|alliance|treaty|pact|accord|organi[sz]ation|community)"
     r"|sign(?:ed|s)? (?:a |the |an )?(?:[\w-]+ ){0,2}(?:charter|constitution|decree|law|bill|declaration)"
     # diplomacy and emergency rule: "summoned the U.S. charge d'affaires", "recalled its ambassador",
     # "expelled Pakistani military advisers", "closed its airspace to", "declared a state of emergency"
     r"|summon(?:ed|s) (?:the |its |a )?(?:[\w.'’-]+ ){0,3}?(?:ambassador|envoy|charg[ée]|diplomats?|consul)"
     r"|(?:recalled|recalls) (?:its|their|the) (?:[\w-]+ )?(?:ambassador|envoy|diplomats)"
     r"|(?:expelled|expels) (?:the |a |two |three |\d+ )?(?:[\w-]+ ){0,3}?(?:ambassador|envoy|diplomats?|advisers|attach[ée]s?)"
     r"|(?:closed|closes|closing|shut|shuts|shutting) (?:its|the|their) (?:[\w-]+ )?(?:airspace|consulate|embassy|border)"
     r"|(?:declared|declares|announced|announces|imposed|imposes|extended|extends|approved|approves|lifted|lifts) "
     + _EMERGENCY_OBJECT +
     r"|(?:suspended|suspends) (?:its |the |their )?(?:[\w-]+ ){0,2}?(?:participation|talks|negotiations|cooperation|membership)"
     # a peace process ended, frozen or called off: "Duque ended the peace process", "called off its ceasefire"
     # "India suspends the 1960 Indus Waters Treaty", "suspended trade with India"
     r"|(?:suspend(?:s|ed)?|revok(?:es|ed)|scrapp?(?:ed|s)|withdr(?:ew|aws) from) (?:the |its |their |a |all )?(?:\d{4} )?"
     r"(?:[\w'’-]+ ){0,3}?(?:treaty|accord|pact|agreement|trade|ties|relations|membership|visas|status|autonomy)\b"
     # "the Election Commission last week postponed polling there to May 25"
     r"|(?:postponed|postpones|delayed|delays|cancell?ed|cancels) (?:the |its |a )?(?:[\w'’-]+ ){0,2}?"
     r"(?:polling|elections?|vote|voting|polls|referendum)\b"
     # "Duterte formally terminates peace talks with the NDFP", "MILF chairman Murad takes his oath as chief minister"
     r"|(?:terminat(?:ed|es|e)|scrapp?(?:ed|s)) (?:the |its |their |formal |all )?(?:[\w-]+ ){0,2}?(?:peace process|peace talks|"
     r"negotiations|talks)|(?:took|takes|take|taking) (?:the |his |her )?oath(?: of office)?(?= as\b)"
     r"|(?:ended|ends|froze|freezes|broke off|breaks off|called off|calls off|resumed|resumes|restarted) (?:the |its |their |a )?"
     r"(?:[\w-]+ ){0,2}?(?:peace process|peace talks|negotiations|talks|dialogue|ceasefire|cease-fire|truce)",
     "political"),
    (r"(?:(?:were|was|is|are|been|being|be) (?:formally |officially |first )?)?(?:formed|founded|established|set up)|formation of|founding of|creation of"
     r"|emerged (?:in (?:[A-Z][a-z]+ )?\d{4} )?(?:from|out of) (?:a |the )?(?:merger|split|splinter|union)"
     r"|pledg(?:ed|es) (?:its |their |his |her )?allegiance to|(?:swore|swears|sworn) (?:its |their |his |her )?allegiance to"
     r"|split (?:off )?from|broke away from"
     # "the VDP, a militia created in January 2020": an organization's creation told by its participle
     r"|(?:(?<=militia )|(?<=group )|(?<=force )|(?<=movement )|(?<=alliance )|(?<=coalition )|(?<=organization )|"
     r"(?<=organisation )|(?<=front )|(?<=unit ))created(?= (?:in|on|last|early|late|after|following|during|by) )"
     # "an umbrella of factions that surfaced in October": kept only when a group is what emerged
     r"|(?:emerged|surfaced|appeared|resurfaced|re-emerged|reemerged)(?= (?:in|on|last|early|late|after|following|during) )"
     # "commanders said they had agreed to form a joint leadership council"
     r"|(?:agreed|decided|voted) to (?:form|create|establish|set up)(?= (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:council|"
     r"command|alliance|coalition|front|movement|party|militia|force|committee|leadership)\b)", "formation"),
    (r"assassinat(?:e|es|ed|ing|ion)|kill(?:s|ed|ing)?|slain|slew|murder(?:s|ed|ing)?|execut(?:ed|ion)|massacr(?:e|es|ed)"
     # "accused soldiers of executing at least 223 villagers" (not "executing a plan")
     r"|executing(?= (?:at least |more than |some |about |up to |nearly |dozens of |scores of |hundreds of )?(?:\d|(?:two|three|"
     r"four|five|six|seven|eight|nine|ten|civilians|prisoners|villagers|men|women|children|people|soldiers|captives|"
     r"hostages|detainees|suspects|members)\b))"
     r"|behead(?:s|ed|ing)?|shot dead|shot and killed|gunned down|deaths?|died|dies|dead"
     r"|(?:blew|blows|blown) (?:himself|herself|themselves) up", "killing"),
    (r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|captur(?:e|ed|es)|apprehend(?:ed|s)?"
     r"|taken into custody|rounded up", "arrest"),
    (r"protest(?:s|ed|ing)?|protesters|protestors|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|sit-ins?"
     r"|marched|riot(?:s|ed|ing)?|took to the streets|(?:chanting|chanted) (?=[\"“‘'])"
     r"|(?:burn(?:ed|ing|t)|torch(?:ed|ing)) (?:\w+ ){0,3}flags", "protest"),
    (r"(?:rocket|drone|missile|mortar|car|truck|suicide|roadside|grenade|bomb|terror|terrorist|militia)[ -]?"
     r"(?:attacks?|strikes?|bomb(?:ing|ings|s)?|fire|barrage|salvo)|attack(?:s|ed|ing)?|(?:air|drone|missile|rocket)[ -]?strikes?|strikes?|struck|bomb(?:s|ed|ing|ings)"
     # "a suicide bomber killed 80 people", "a bomb on Istiklal Avenue kills six": who or what attacked
     r"|(?:suicide |would-be )?bombers?(?= (?:\w+ly )?(?:killed|kills|struck|strikes|hit|hits|attacked|attacks|blew|"
     r"detonated|targeted|rammed|set off|exploded|wounded))|(?<=[Aa] )bomb(?= (?:on|at|in|near|outside|inside|"
     r"targeting|that|which|exploded|went off|killed|kills|hit|hits|ripped|tore|struck)\b)"
     r"|bombard(?:ed|ment)|blasts?|explosions?|explod(?:ed|es)|shell(?:ed|ing)|shells(?= (?-i:[A-Z])|(?= (?:the|a|an|its|their)\b))"
     r"|rockets?|mortars?|missiles?"
     r"|raid(?:s|ed)?|ambush(?:ed|es)?|assault(?:s|ed)?|clash(?:es|ed)?|barrage|IEDs?|fired (?:on|at|upon)"
     r"|target(?:s|ed|ing)|invad(?:e|ed)|invasion|shot down|gunfire|violence|fighting|hostilities|opened fire"
     r"|shooting|gunmen|kidnapp(?:ed|ing|ings)|abduct(?:ed|ion|ions)|stabbing|drones?|intervened|intervention"
     r"|seized|seizes|(?<!to )seize|overran|overruns|overrunning|stormed|(?<!a )(?<!the )storms?(?= (?:the|a|an)\b)"
     r"|(?<=(?-i:[a-z]s) )(?:\w+ly )?occup(?:y|ies)(?= (?-i:[A-Z])|(?= the (?:town|city|village|port|base|capital)\b))"
     r"|(?:took|take|takes|taking) up arms|"
     r"(?:took|takes|taken|taking) (?:full |complete |total |effective )?control (?:of|over)|besieg(?:e|ed|es|ing)|(?:laid|lay|lays|laying) siege|blockaded"
     # "has been under a jihadist blockade since February", "imposed a blockade on the town"
     r"|(?<=under a )blockade|(?<=under an )blockade|(?<=jihadist )blockade(?= since)|(?<=militant )blockade(?= since)"
     r"|(?<=rebel )blockade(?= since)|(?<=imposed a )blockade"
     r"|recaptur(?:e|ed|es|ing)|retook|retaken"
     # "Kabul fell to the Taliban in August 2021", "Mosul fell to Islamic State"
     r"|(?:fell|falls) to(?= (?:the )?(?-i:[A-Z]))"
     # "militias the government armed to crush an uprising in Darfur in 2003"
     r"|crush(?:ed|es|ing)? (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:uprising|rebellion|revolt|insurgency|insurrection)"
     r"|(?:launched|launch|launches|began|mounted) (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:offensive|incursion|operation against|"
     r"insurgency|rebellion|uprising|armed struggle)"
     r"|seizing|swept into|sweeping into|overrun"
     # "drove al-Shabaab out of Mogadishu", "pushed the rebels out of the town"
     r"|(?:drove|drive|drives|driven|driving|pushed|push|pushes|forced|forces) (?:[\w'’-]+ ){1,5}?out of"
     # (not a long-running state: "the PKK, which has waged an insurgency for four decades", unless told since when)
     r"|(?:(?<!has )(?<!have )waged|(?<=has |ave )waged(?=[^.;]*\bsince\b)|wage) (?:an? |the |its |their )?(?:[\w-]+ ){0,2}"
     r"(?:offensive|insurgency|campaign|war|jihad)"
     # "a lightning offensive", "the army's offensive" (not "offensive remarks")
     r"|(?<=a )(?:[\w-]+ )?offensive(?! (?:remarks?|comments?|language|words|posts?|content|weapons|capabilit\w*))"
     r"|(?<=the )(?:[\w-]+ )?offensive(?= (?:on|against|in|that|which|began|was|to)\b)"
     r"|(?:launched|launch|launches|began|mounted) (?:an? |the |its |their |a new )?(?:[\w\"“”'-]+ ){0,2}(?:military|security|"
     r"counter-?terror(?:ism)?|[\"“']?anti-?terror(?:ist|ism)?[\"”']?|ground|air|clearance|combat) operation|(?:burst|bursting|stormed|storming|crossed|poured) into(?! (?:flames|tears|laughter|song|applause|the room|view))"
     r"|(?:shoots|shooting) (?:\w+ ){0,3}?down|shot (?:\w+ ){1,3}?down|(?:were|was|been) downed"
     r"|exchang(?:ed|es|e|ing) (?:[\w-]+ )?(?:fire|gunfire|rocket fire|artillery fire|strikes)"
     r"|(?:rammed|rams|ramming) (?:[\w-]+ ){0,3}?into|(?:blew|blows|blowing|blown) up(?= (?:a|an|the|two|three|\d|its|their|parts?|sections?)\b)"
     r"|(?:war ?planes?|(?:fighter )?jets?|aircraft|helicopters?|gunships?|artillery|bombers?|warships?|tanks?"
     r"|(?-i:F|B|Su|MiG|A)-\d{1,2}[A-Z]?s?) "
     r"(?:hit|pounded|bombed|shelled|raided)"
     # weapons sent at a target: "Iran fired a wave of ballistic missiles at Israel", "fires rockets toward"
     r"|(?:fired|fires|fire|firing|launched|launches|launch|launching|lobbed|lobs)(?= (?:[\w-]+ ){0,8}?(?:missiles?|rockets?|drones?|"
     r"mortars?|shells|projectiles|salvos?|barrages?)(?=\s*(?:[,.;]|$)|\s+(?:at|toward|towards|into|onto|on|against|"
     r"across|over|from|in|and|or|that|which|overnight|early|late|during|targeting|aimed)\b))"
     # a named military operation: "Israel launches Operation Rising Lion"
     r"|(?:launched|launches|began|begins|mounted|mounts) (?-i:Operation (?:[A-Z][\w'’-]*|\d{2,}))"
     # "Israel launched its most intense air campaign in Lebanon", "walkie-talkies blew up, killing 25 more"
     r"|(?:launched|launches|began|begins) (?:a |an |its |their |the )(?!after |before |since )(?:[\w-]+ ){0,3}?(?:air campaign|bombing campaign|"
     r"air war|ground offensive|ground operation|ground invasion|incursion|invasion)\b"
     r"|(?:blew|blows|blowing) up(?= (?:a|an|the|his|her|their|its|two|three|several|part|parts|sections?)\b)"
     r"|(?:blew|blows) (?:himself|herself|themselves) up"
     r"|(?:(?<=talkies )|(?<=pagers )|(?<=devices )|(?<=device )|(?<=bomb )|(?<=bombs )|(?<=car )|(?<=vehicle )|"
     r"(?<=truck )|(?<=mine )|(?<=explosives ))(?:blew|blow) up"
     # "Azerbaijan launched what it called 'local anti-terrorist measures'", "launched a security operation"
     r"|(?:launched|launches|began|begins) (?:what (?:it|they) (?:called|termed|described as) )?[\"“]?(?:an? |the )?"
     r"(?:[\w-]+ )?(?:anti-terror(?:ist|ism)?|counter-?terror(?:ist|ism)?|military) (?:measures|operations?)\b"
     # "..., pounding Armenian positions": a participle telling the attack of the main clause
     r"|(?<=, )(?:pounding|shelling|bombarding)(?= (?:the |a |an |\w+ )?(?:[\w-]+ ){0,3}?(?:positions?|targets?|bases?|"
     r"villages?|towns?|city|areas?|districts?|neighbou?rhoods?|enclave|region))"
     # "the Arakan Army opens a new front in western Rakhine state"
     r"|(?:opened|opens|open|opening) (?:a |another |the )?(?:new |second |third |fresh |northern |southern |eastern |western )?front\b"
     # "the MNDAA says it has taken Lashio"
     r"|(?:(?<=has )|(?<=have )|(?<=had ))taken(?= (?-i:[A-Z])(?-i:[a-z]))"
     # "..., striking the Natanz enrichment facility": a participle telling the attack of the main clause
     r"|(?<=, )striking(?= (?:the |a |an |\w+ )?(?:[\w-]+ ){0,3}?(?:facility|facilities|sites?|targets?|bases?|"
     r"positions?|depots?|headquarters|compound|airport|port|refinery|plant|buildings?|homes?|convoy|village|town|city))"
     # verbs of striking that also have peaceful senses: kept only with an armed subject (see _ARMED_VERBS)
     r"|hit|hits|pounded|pounds"
     # "the rebels took Minova", "took the town of Sake": ground taken
     r"|(?:took|takes)(?= (?:the (?:town|city|village|capital|district|province|base|airport|port|border town) of )?"
     r"(?-i:[A-Z])(?-i:[a-z]))", "attack"),
    # other acts, with their PLOVER category
    # "A military court in Mogadishu on Monday sentenced five men to death": a judgment (coercion, in PLOVER)
    (r"(?<!been )(?<!was )(?<!were )(?<!be )(?<!had )(?:sentenc(?:ed|es)(?= (?:\w+ ){0,4}?(?:to|in absentia)\b)"
     r"|found (?!(?:guilty|not)\b)(?:\w+ ){1,3}?guilty)", "other:COERCE"),
    (r"withdr(?:ew|awn|aw|aws|awing|awal)|pull(?:ed|s|ing)? out", "other:RETREAT"),
    (r"deploy(?:ed|s|ing|ment)|(?:sent|sends|send) (?:its |their |more |additional |[\d,]+ )?(?:[\w-]+ )?(?:troops|soldiers|forces)"
     r" (?:into|to)"
     # "The first 400 Kenyan officers landed in Port-au-Prince on June 25": a force deployed
     r"|(?:(?<=troops )|(?<=officers )|(?<=soldiers )|(?<=police )|(?<=peacekeepers )|(?<=contingent )|(?<=forces ))"
     r"(?:landed|arrived|arrive|arrives|land|lands) in(?= (?-i:[A-Z]))"
     # "launched a campaign to recruit 50,000 civilian auxiliaries", "mobilized reservists"
     r"|launch(?:ed|es)? (?:a |an |its |their )?(?:[\w-]+ )?(?:campaign|drive) to (?:recruit|enlist|mobili[sz]e|arm)"
     r"|(?:mobili[sz]ed|called up) (?:[\d,]+ |some |about |thousands of |tens of thousands of )?(?:[\w-]+ )?(?:reservists|reserves|volunteers|troops)",
     "other:MOBILIZE"),
    (r"surrender(?:ed|s|ing)?|laid down (?:their|its|his) (?:arms|weapons)", "other:YIELD"),
    (r"sanction(?:s|ed|ing)?|(?<=announced the )designations|(?<=announced the )designation(?= of)"
     r"|(?:imposed|ordered|declared|announced|lifted|tightened|extended) (?:a |an |the |its )?"
     r"(?:[\w-]+ ){0,3}embargo|embargoed|designat(?:ed|es) [\w\s'’\"“”-]{0,40}? (?:a |as a )?[\"“]?(?:[\w-]+ )?terrorist"
     # "redesignates the Houthis as a Foreign Terrorist Organization", "designated X, led by Y, as a terrorist group"
     r"|(?:re-?)?designat(?:ed|es|e|ing) [\w\s,'’()-]{0,100}? as (?:an? |the )?(?:[\w-]+ ){0,3}terrorist"
     # "he declared the communist movement a terrorist organization"
     r"|(?:declared|declares|branded|brands|labell?ed|labels|listed|lists) (?!that )(?:the |a |an |its |their )?"
     r"(?:(?!that |were |was |is |are )[\w'’-]+ ){1,5}?"
     r"(?:an? |as an? |as )(?:[\w-]+ ){0,2}terrorist (?:organi[sz]ation|group|entity|movement)"
     # "India banned it as a terrorist organisation in January 2023"
     r"|(?:banned|bans|outlawed|outlaws|proscribed|proscribes) [\w\s,'’()-]{0,60}? as (?:an? |the )?(?:[\w-]+ ){0,3}"
     r"(?:terrorist|unlawful|illegal)", "other:SANCTION"),
    (r"sign(?:ed|s)? (?:an? |the )?[\"“]?(?:[\w-]+ ){0,2}?(?:agreement|deal|accord|treaty|memorandum of understanding|joint statement|"
     r"joint declaration|communiqu[eé]|roadmap|road map|framework|cessation of hostilities|ceasefire|cease-fire|truce)"
     # "Military commanders agree in Nairobi on how to implement the deal"; "The swap was agreed on March 20"
     r"|agree(?:d|s)? (?:in (?-i:[A-Z])[\w-]+ )?on (?:how|a |an |the )"
     r"|(?:(?<=swap was )|(?<=exchange was )|(?<=deal was )|(?<=plan was ))agreed"
     r"|reach(?:ed|es)? (?:an? |the )?(?:[\w-]+ )?(?:agreement|deal|accord)|agree(?:d|s)(?: " + _DAY_TOLD + r")? to"
     # "a peace agreement signed on March 23, 2009": the signing told by its participle
     r"|(?<=agreement )signed|(?<=accord )signed|(?<=treaty )signed|(?<=deal )signed"
     r"|(?<=agreement was )signed|(?<=accord was )signed|(?<=treaty was )signed|(?<=deal was )signed"
     r"|prisoner (?:exchange|swap)s?", "other:AGREE"),
    # "a U.S. envoy is due in Beirut on Thursday": a visit ahead
    (r"is (?:due|expected) in(?= (?!(?:January|February|March|April|May|June|July|August|September|October|November|"
     r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
     r"Congress|Parliament|Court|Washington D)\b)(?-i:[A-Z][a-z]))", "other:CONSULT"),
    # "The deal, brokered by Qatar, was announced in Doha on Wednesday"; "Israel's cabinet approved it early Saturday"
    (r"(?:deal|agreement|accord|ceasefire|cease-fire|truce)(?=,?[^.;]{0,80}?\b(?:was|were|has been|had been) announced\b)"
     r"|(?:cabinet|parliament|assembly|council|congress|senate|knesset|legislature|lawmakers) (?:[\w-]+ ){0,2}?"
     r"(?:approved|ratified|endorsed)(?= (?:it|them|the (?:[\w-]+ )?(?:deal|agreement|accord|ceasefire|cease-fire|truce|plan)))",
     "other:AGREE"),
    # "ECOWAS heads of state are expected to discuss the crisis at an extraordinary summit next month"
    (r"(?<!reached the )(?<!climbed the )(?<!scaled the )(?<!near the )(?<!from the )(?<!to the )(?<!at the )"
     r"(?<!on the )summit(?! (?:of|on) (?:the )?(?:mount|mt\.?|everest|k2|hill|peak|mountain)\b)", "other:CONSULT"),
    # "Talks on a second phase are due to begin by Feb. 3"
    (r"talks(?= (?:on|over|about|for) [^.;]{0,50}?\b(?:are|is|were) (?:due|expected|set|scheduled) to (?:begin|start|"
     r"resume|open)\b)", "other:CONSULT"),
    # "Twelve teachers ... were freed on Friday", "freed 20 hostages": captives released (a concession, in PLOVER)
    (r"(?:were|was|have been|has been|had been) (?:freed|released)(?= (?:on|late|early|after|in|from|by|unharmed|"
     r"overnight|yesterday|today|last|this)\b)"
     r"|(?:freed|released|freeing|releasing) (?:the |all |\d+ |two |three |four |five |six |seven |eight |nine |ten |"
     r"several |dozens of |some |a (?:first |second |new |third )?batch of |hundreds of )?(?:[\w-]+ )?(?:hostages|captives|abductees|"
     r"prisoners|detainees)\b"
     # "Hamas has handed over Romi Gonen, Emily Damari and Doron Steinbrecher to the Red Cross"
     r"|hand(?:ed|s)? over (?:[\w'’,.-]+ ){1,10}?to the (?:International Committee of the )?Red Cross"
     # "Their release is expected early Monday": captives' release on the calendar
     r"|(?<=[Tt]heir )release(?= (?:is|was) (?:expected|due|scheduled|set)\b)", "other:CONCEDE"),
    # "Moscow hosted a Taliban delegation for regional talks", "is expected to brief the Security Council"
    (r"host(?:ed|s|ing)? (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:delegation|talks|summit|peace conference|negotiations)\b"
     r"|(?:(?<=to )brief|briefed|briefs) the (?:U\.N\. |UN )?(?:Security Council|General Assembly)", "other:CONSULT"),
    # "his far-right Jewish Power party is quitting Prime Minister Benjamin Netanyahu's coalition"
    (r"(?:quit|quits|quitting|left|leaves|leaving|withdr(?:ew|aws|awing) from|pull(?:ed|s|ing)? out of) (?:the |its |his |their |"
     r"[\w'’.-]+['’]s |[\w'’.-]+ [\w'’.-]+['’]s |(?:Prime Minister |President )?[A-Z][\w'’-]+ [A-Z][\w'’-]+['’]s )"
     r"(?:[\w-]+ )?(?:coalition|government|cabinet|ruling alliance)\b", "other:RETREAT"),
    # "A parliamentary committee is due to meet next week": a meeting on the calendar
    (r"(?:(?<=due to )|(?<=expected to )|(?<=scheduled to )|(?<= set to )|(?<=slated to ))(?:meet|convene|discuss|debate)\b(?! (?:the |its |their )?(?:demands?|needs|targets?|"
     r"goals?|criteria|conditions|requirements|deadline|costs?|standards?|expectations)\b)", "other:CONSULT"),
    # "The Saudi team arrived in the rebel-held capital on April 9"; "the talks ended on Thursday without a deal"
    (r"(?:(?<=delegation )|(?<=team )|(?<=envoy )|(?<=mission )|(?<=negotiators )|(?<=mediators ))"
     r"(?:arrived|arrives) in\b"
     r"|(?:(?<=talks )|(?<=negotiations ))(?:ended|broke down|collapsed|resumed|opened|began|stalled)(?= (?:on|in|at|"
     r"last|early|late|after|without|with)\b)", "other:CONSULT"),
    # "He is due to meet the commanders of both groups on Thursday"
    (r"(?:meet|meets|met|meeting) (?:with )?(?:the |his |her |their |its |both |rival )?(?:[\w-]+ ){0,2}?(?:commanders|leaders|"
     r"chiefs|counterparts|envoys|delegations?|negotiators|mediators|elders)\b|(?:meet|meets|met) (?:on (?-i:[A-Z])[\w-]+ )?again\b",
     "other:CONSULT"),
    (r"held talks|hold talks|talks with|(?:met|meets) with(?= (?:the |his |her |their |its |top |senior )?"
     r"(?:(?-i:[A-Z])|(?:\w+ )?(?:officials|leaders|ministers|aides|counterparts|envoys?|delegations?|"
     r"representatives|negotiators|lawyers?)\b))"
     # "Modi, who visited Kyiv on Friday", "Pashinyan and Aliyev meet Trump", "discussed a timetable with President
     # Joe Biden": a visit or a meeting of leaders (not "met on Monday", "visited the hospital")
     r"|(?:visited|visits|(?:(?<=to )|(?<=will )|(?<=would ))(?:visit|travel to)|met|meets|meet)(?= (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
     r"February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z][a-z]))"
     r"|discuss(?:ed|es) (?:[\w'’-]+ ){1,6}?with(?= (?:(?:the|his|her|their|its) )?(?-i:[A-Z]))", "other:CONSULT"),
]

# the PLOVER categories of acts an analyst files as politics: agreements, talks and sanctions, and troops sent,
# withdrawn or surrendered ("AMISOM deployed in March 2007", "MINUSMA completed its withdrawal")
_POLITICAL_PLOVER = ("AGREE", "CONSULT", "SANCTION", "MOBILIZE", "RETREAT", "YIELD")


def _compile(entries):
    return [(re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.IGNORECASE), label) for rx, label in entries]


_STATEMENT_RX = _compile(_STATEMENT_TRIGGERS)
_EVENT_RX = _compile(_EVENT_TRIGGERS)

# "more" after a count is more of the same dead, not more to come ("78 more died", "two more drones were downed")
_MORE = r"(?<!\d )(?<!one )(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!nine )(?<!ten )(?<!dozen )more"
_NEG_DET = re.compile(r"\b(?:no|any|every|further|future|possible|potential|" + _MORE + r"(?!\s+than)|fewer(?!\s+than)|without|against|"
                      r"prevent|avoid)\s+"
                      r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her|our|latest|same|such)|['’]s)\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
# verbs whose object is an event told elsewhere: its time is theirs, not the event's
_TOPIC_VERB = re.compile(r"(?i)\b(?:mourn|investigat|prob(?:e|es|ed|ing)\b|discuss|recall|remember|honou?r|commemorat|"
                         r"review|examin|stud(?:y|ied|ies|ying)|prosecut|question(?:s|ed|ing)? (?:\w+ )?(?:about|over|in)|"
                         r"pa(?:y|id|ys) tribute|offer(?:s|ed)? condolences|respond(?:s|ed|ing)? to|react(?:s|ed|ing)? to|"
                         r"retaliat\w*\s+for|aveng|in (?:response|retaliation|reaction) to|in connection (?:with|of)|"
                         r"(?:suspects?|charged|indicted|convicted|accused|blamed|wanted|sought|arrested|detained|"
                         r"tried|sentenced|jailed|questioned) (?:\w+ ){0,3}(?:in|for|over|with)\b)\w*[^,;]*$")
# event words that are never verbs: "deplored Friday the bomb blasts" holds no verb "blasts"
_NOUN_ONLY = {"blast", "blasts", "barrage", "gunfire", "violence", "hostilities", "rocket", "rockets", "missile", "missiles",
              "mortar", "mortars", "ied", "ieds", "death", "deaths", "bombings", "gunmen", "protesters", "protestors",
              "demonstrators", "riots", "kidnappings", "airstrike", "airstrikes", "air strike", "air strikes"}
# "the possibility of a ground assault", "the threat of an attack": a hypothetical event; "a suspect in the
# bombings", "victims of the attacks": an event told elsewhere
_HYPOTHETICAL_NOUN = re.compile(r"(?i)\b(?:possibility|possible|threat|threats|risk|risks|fear|fears|prospect|danger|"
                                r"likelihood|chance|chances|option|options|plans?|plot|plots|warning|warnings|"
                                r"suspect|suspects|victims?|survivors?)\s+(?:of|for|in)\s+(?:(?:an?|the|any|further|new|more|"
                                r"future|another)\s+)?(?:[\w-]+\s+){0,2}$")
# "was plotting imminent attacks", "accusing Kyiv of planning an attack": an act not carried out
_PLANNED = re.compile(r"(?i)\b(?:plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|intend(?:s|ed|ing)?|"
                      r"conspir(?:e|ed|ing|acy)|seek(?:s|ing)?|sought)\s+(?:to\s+(?:carry\s+out|launch|stage|mount|"
                      r"commit|fire|attack|strike|target|bomb|hit)\s+(?:(?:an?|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}"
                      # ("India intends to carry out a military strike")
                      r"|(?:(?:an?|the|new|more|further|imminent|future|fresh|large-scale|major|terrorist|deadly)\s+){0,3})$")
_INDEF = re.compile(r"\b(?:an?|new|another|two|three|several|multiple|twin|series of)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?i:\b(?:a|an|the|this|that|these|those|its|their|his|her|another|latest|deadly|new|recent|"
                          r"rocket|drone|missile|suicide|car|roadside|terrorist|militia|of|series|wave|spate|twin|several|"
                          r"two|three|no|any|such|further|" + _MORE + r"|fewer)|['’]s|\d)\s+$|\b(?i:of)\s+[a-z][\w-]*\s+$"
                          # 'a "cowardly" attack': a quoted word between the determiner and the noun
                          r"|\b(?i:a|an|the|this|that|its|their)\s+[\"“‘'][\w\s-]{1,30}[\"”’']\s+$")
# "the US strikes", "the alleged attack": a determiner, a modifier, then the noun (not for -ed verbs: "the US bombed")
_NOUN_AFTER_MODIFIER = re.compile(r"\b(?i:a|an|the|this|these|those|its|their|another|latest)\s+"
                                  r"(?:[A-Z][\w.-]*|\w+(?:ed|al|ic|ly|est)|first|worst|major|massive|fresh)\s+(?:[\w-]+\s+)?$")
_CLAUSE_BREAK = re.compile(
    # (not the comma of a number: "about 1,000 troops")
    r"\s*[;:—–]\s*|(?<!\d),\s*|(?<=\d),(?!\d{3}(?!\d))\s*|\s+(?=(?:after|before|while|when|because|although|though|but|"
    r"whereas|until|since|that|which|who|"
    r"whom|where)\s)", re.IGNORECASE)
_SUBORD_START = re.compile(r"^(?:after|before|while|when|because|although|though|whereas|until|since|as|if)\b", re.I)
_THAT_START = re.compile(r"^that\b", re.I)
_PARTICIPLE_START = re.compile(r"^(?:\w+ing|dubbed|called|named|nicknamed|code-?named|known\s+as|backed\s+by|led\s+by)\b")
_BYLINE = re.compile(r"^(?:(?-i:By|BY)(?!\s+(?-i:[a-z\d]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Then|Now|Early|Late|Mid|Nightfall|Dawn|Noon|Midnight|"
                     r"Contrast|Comparison|Law|Tonight|Today|Tomorrow|Yesterday)\b))|Author|Written by|Reporting by|Editing by|Additional reporting|Photo|Image|Source|"
                     r"Follow|Copyright|©)\b|"
                     r"\bfollow (?:him|her|them|us) on\b|\bcontributed (?:to )?(?:this )?report", re.IGNORECASE)
# ("By Sunday, the RSF said ...", "By contrast, ..." open sentences, not bylines)
# an author's note: "Dave DeCamp is the news editor of Antiwar.com" (only near the end of an article)
_BIO = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
                  r"(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|fellow|analyst)\b")
_ROLE_OF = re.compile(r"(?i)(?:\b(?:spokes(?:man|woman|person)|officials?|leaders?|head|commander|chief|members?|"
                      r"representatives?|envoy|minister|ambassador|fighters?|supporters?|militants?|gunmen|insurgents?|"
                      r"rebels?|troops|soldiers?|combatants?|operatives?|cadres?)\s+(?:of|for|from|belonging\s+to|loyal\s+to)\s+"
                      r"|\b(?:officials?|authorities|leaders?|diplomats?|government|regime|sources|ministers?)\s+in\s+)"
                      r"(?:the\s+)?$")
_LOCATIVE_PREP = re.compile(r"\b(?:in|at|near|inside|outside|across|around|on|against|to|toward|towards|from|into|"
                            r"onto|over|with|for|about|than)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|at|near|inside|outside|around|across|north of|south of|east of|west of)\s+(?:the\s+)?"
                    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|"
                    r"southeastern|southwestern)\s+)?"
                    r"(?P<place>[A-Z][\w’'-]+(?:(?:['’]s)?\s+(?:(?:es|el|al|de|del|da|do|dos|la|le|les|al-|el-|ad-|an-|"
                    r"ash-|as-|az-|bin|ibn|of)\s+)?[A-Z][\w’'-]+){0,3}"
                    r"(?:\s+(?:border|province|governorate|city|region|desert|airport|air base|airbase|base))?)")
_NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "Twitter", "Facebook", "Telegram", "The", "A", "An", "His", "Her", "Their", "Its", "This", "That"}
_GENERIC_SUBJECT = re.compile(r"\b(?:some|several|other|many|few|most|two|three|various)\s+(?:\w+\s+)?"
                              r"(?:groups|militias|factions|organizations|parties|countries|states|officials)\b", re.I)
_GENERIC_FORMED = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:group|alliance|coalition|militia|militias|umbrella|"
                             r"network|force|forces|organization|organisation|movement|front|body|faction|unit)s?\b", re.I)


# Event words used as modifiers or in senses that tell no event: "an arrest warrant", "riot police",
# "air assault forces", "the death toll", "charged with murder", "a miners' strike", "stocks rallied".
_MODIFIER_USE: dict[str, tuple[re.Pattern, re.Pattern | None]] = {
    # label: (what follows the word, what precedes it) -- either disqualifies
    "arrest": (re.compile(r"(?i)^[ -]+(?:warrants?|records?|powers?|quotas?|facilit(?:y|ies)|cent(?:er|re)s?|camps?|"
                          r"conditions|orders?)\b|^\s+(?:and|or)\s+(?:conviction|prosecution|trial)"),
               re.compile(r"(?i)\b(?:remain(?:s|ed)?|kept|held|still|stay(?:s|ed)?)\s+(?:in\s+)?$|\blead(?:s|ing)?\s+to\s+the\s+$")),
    "protest": (re.compile(r"(?i)^[ -]+(?:police|gear|squads?|shields?|control|act)\b|^\s+of\s+(?:the|its|their|his|her|how|what)\b"),
                re.compile(r"(?i)\b(?:stocks?|shares?|prices?|markets?|bonds?|dollar|yen|euro|index|indexes|indices|"
                           r"Dow|Nasdaq|futures|currency|currencies|treasur(?:y|ies)|equities|investors|rebound|relief|"
                           r"year-end|late|market)\s+(?:[\w-]+\s+)?$")),
    "attack": (re.compile(r"(?i)^[ -]+(?:forces?|troops?|rifles?|weapons?|vehicles?|ships?|helicopters?|submarines?|"
                          r"aircraft|jets?|planes?|dogs?|craft|teams?|squads?|units?|boats?|capabilit(?:y|ies)|fund|"
                          r"threats?|scares?|shelters?|disposal|proof|resistant|furnaces?|victims?|survivors?|suspects?|"
                          r"sites?|scenes?|investigations?|investigators|probes?|cases?|trials?|plots?|storage|"
                          r"depots?|launchers?|factor(?:y|ies)|production|programs?|programmes?|arsenals?|stockpiles?|"
                          r"facilit(?:y|ies)|systems?|bases?|parts?|components?|technology|debris|fragments?|"
                          r"deliver(?:y|ies)|makers?|manufacturers?|industry|exports?|sales|firms?|companies|"
                          r"start-?ups?|pilots?|operators?|footage|videos?|shows?|racing|hobbyists?)\b"
                          # "drone and missile storage": a modifier in a list of them
                          r"|^\s+(?:and|or)\s+(?:[\w-]+\s+)?(?:storage|depots?|launchers?|factor(?:y|ies)|production|"
                          r"programs?|programmes?|arsenals?|stockpiles?|facilit(?:y|ies)|systems?|sites?)\b"
                          r"|^\s+(?:an?|the)\s+(?:more\s+|less\s+|much\s+)?[\w-]+\s+(?:tone|note|chord|balance)\b"
                          r"|^\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|compromise|chord|balance|"
                          r"note|tone|pose|gold|oil|a match)\b|^\s+(?:with|by)\s+(?:a\s+)?(?:handshake|lightning)\b"),
               re.compile(r"(?i)\b(?:verbal|rhetorical|political|legal|personal|heart|asthma|panic|labor|labour|"
                          r"workers['’]?|miners['’]?|union|general|hunger|rail|transit|teachers['’]?|pilots['’]?|"
                          r"threatened|wildcat|sit-down|lucky)\s+$"
                          # "the main source of violence in Haiti", "a cycle of violence": violence in general
                          r"|\b(?:sources?|causes?|roots?|drivers?|culture|cycles?|threats?|fears?|risks?|spectre|specter|"
                          r"glorification|incitement)\s+of\s+(?:[\w-]+\s+)?$"
                          # "lifted the blockade", "to end the blockade": no blockade laid
                          r"|\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|end|ends|ended|ending|break|broke|"
                          r"breaking)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?$"
                          r"|\b(?:deal|agreement|accord|bargain|compromise)\s+(?:was|were|is|has been|had been|being)\s+$"
                          r"|\b(?:seized|found|defused|discovered|dismantled|recovered|disarmed|intercepted)\s+"
                          r"(?:(?:an?|the|two|three|several|\d+)\s+)?(?:[\w-]+\s+)?$")),
    # "the election results", "the election commission": the election is told elsewhere, or not at all
    "political": (re.compile(r"(?i)^[ -]+(?:results?|commission|campaign(?:s|ing)?|officials?|observers?|monitors?|"
                             r"laws?|fraud|rigging|violence|workers?|posters?|rall(?:y|ies)|manifestos?|promises?|"
                             r"pledges?|coverage|board|bod(?:y|ies)|authorit(?:y|ies)|disputes?|count|tally|outcome)\b"),
                  None),
    "killing": (re.compile(r"(?i)^[ -]+(?:tolls?|claims?|penalty|penalties|sentences?|row|certificates?|squads?|"
                           r"benefits?|rates?|threats?|march|knell|wish|trap|cases?|trials?|investigations?|suspects?|"
                           r"charges?|weapons?|probes?|inquiry|inquest)\b|^\s+(?:and|or)\s+(?:taxes|injur\w+)\b"),
                re.compile(r"(?i)\b(?:charged with|charges? of|accused of|convicted of|guilty of|acquitted of|"
                           r"suspected of|trial for|commit|attempted|conspiracy to(?: commit)?)\s+"
                           r"(?:(?:first|second|third)-degree\s+|capital\s+)?$")),
}
_NOT_VIOLENT_FIGHT = re.compile(r"(?i)^\s+(?:to|for|over|in (?:the )?courts?|against (?:the )?(?:charges?|extradition|"
                                r"deportation|ruling|decision|bill|law|plan|proposal))\b")
_NOT_VIOLENT_SEIZE = re.compile(r"(?i)^\s+(?:by\s+(?:the\s+)?(?:government|federal|state)?\s*(?:regulators|authorities|police|"
                                r"customs|officials|prosecutors|agents|troopers)|(?:(?:a|an|the|its|their|his|her|\d[\d,.]*)\s+)?"
                                r"(?:[\w-]+\s+){0,2}(?:bombs?|weapons|arms|explosives|drugs|cocaine|heroin|cash|assets|documents|"
                                r"bonds|property|properties|cargo|shipments?|contraband|passports?|computers?|records|"
                                r"rockets?|missiles?|launchers?|launch\s+pads?|ammunition|rifles|guns|grenades|mortars|drones?|"
                                r"vehicles?|phones?|laptops?)\b)")


def _labour_strike(word: str, before: str, after: str) -> bool:
    """A labour strike: "went on strike", "a three-day strike", "a nationwide strike", "workers' strike"."""
    w = word.lower()
    if re.search(r"(?i)\b(?:air|drone|missile|rocket|military|artillery|retaliatory|precision|deadly|lethal|"
                 r"preemptive|pre-emptive|targeted|surgical|[A-Z][a-z]+(?:i|ian|an|ese|ish))[ -]?$", before) \
            or re.match(r"(?i)^\s+(?:(?:on|against)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:house|home|building|car|vehicle|"
                        r"convoy|camp|base|village|town|school|hospital|positions?|targets?|compound|site|facility|"
                        r"hideout|headquarters)|(?:that|which)?\s*(?:killed|kills|hit|wounded|destroyed))\b", after):
        return False  # "a drone strike killed workers", "an Israeli strike on a house"
    return bool(w in ("strike", "strikes") and (re.search(
            r"(?i)\b(?:workers|employees|union|unions|miners|walkout|pickets?|wages?|pay|contract|labor|labour|salar(?:y|ies)|"
            r"pensions?)\b", before + after) or re.search(
            r"(?i)(?:\b(?:go|goes|went|gone|going|be|is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?|still)\s+on|"
            r"\b(?:nationwide|national|general|indefinite|open-ended|token|sympathy|hunger|wildcat)|"
            r"\b(?:\d+|one|two|three|four|five|24|48|72)[- ](?:hour|day|week)|\b(?:began|begin|begins|started|staged|stage|"
            r"called|call|calls|announced|held|hold|end(?:ed|s)?|call(?:ed)? off|suspend(?:ed|s)?)\s+(?:an?|the|their|its)\s+"
            r"(?:[\w-]+\s+)?)\s*$", before) or re.match(r"(?i)^\s+(?:action|pay|ballot|committee|leaders?|organizers?)\b", after)))


def _criticism(word: str, before: str, after: str) -> bool:
    """Words of attack used for criticism: "a scathing attack on the policy", "attacked him for failing to...",
    "the latest assault on press freedom"."""
    w = word.lower()
    if re.match(r"(?i)attack|assault", w) and re.match(r"\s+(?:on|against)\b", after) and re.search(
            r"(?i)\b(?:call(?:ed|ing|s)?|describ(?:ed|ing|es)|branded|branding|labell?ed|termed|dubbed)\s+"
            r"(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:as\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", before):
        return True  # "denounced the bombing, calling it an attack on the peace process": what it was called
    return bool(re.match(r"(?i)attack|assault", w) and (
            re.search(r"(?i)\b(?:scathing|blistering|withering|stinging|fierce|furious|bitter|sharp|thinly veiled|veiled|"
                      r"frontal|all-out|sustained|renewed)\s+$", before) and re.match(
                r"(?i)^\s+(?:on|against)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:polic(?:y|ies)|"
                r"laws?|decision|plan|government|president|minister|opposition|critics?|media|press|bill|reforms?|"
                r"budget|leadership|record|remarks?|comments?|views?|court|judiciary|freedoms?|rights|democracy)\b", after)
            or re.match(r"(?i)^\s+(?:on|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:freedoms?|rights|democracy|"
                        r"independence|the rule of law|press|media|sovereignty|values|institutions)\b", after)
            and re.search(r"(?i)\b(?:is|are|was|were|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", before)
            or re.match(r"(?i)^\s+(?:[\w,.-]+\s+){1,7}?for\s+(?:failing|not|refusing|allowing|being|having|his|her|their|its|"
                        r"mishandling|ignoring)\b", after) and re.match(r"(?i)attacked|attacks$", w)))


def _not_an_event(label: str, word: str, before: str, after: str) -> bool:
    """An event word used as a modifier or in a sense that tells no event ("arrest warrant", "riot police")."""
    w = word.lower()
    if label in ("arrest", "other") and w in ("captured", "detained", "held", "arrested", "abducted", "kidnapped", "seized") \
            and re.search(r"(?i)\b(?:soldiers|fighters|troops|civilians|people|hostages|prisoners|detainees|captives|"
                          r"officers|men|women|children|workers|nationals|sailors|crew|members)\s+$", before) \
            and re.match(r"\s+by\s+(?:the\s+)?[\w'’ -]{1,40}?\s+(?:were|was|are|is|have|has|had|will|would)\b", after):
        return True  # "15 Saudi soldiers captured by the rebels were flown home": the captives of a capture told before
    if label == "other:AGREE" and w in ("collapsed", "broke down", "lapsed", "expired") and not re.search(
            r"(?i)\b(?:ceasefire|cease-fire|truce|armistice)\b[^.;]*$", before):
        return True  # "... and expired on Friday": only a truce's end is told by the bare second verb
    if label == "killing" and w == "death" and re.match(r"\s+to\s+(?:the\s+)?[A-Z]", after):
        return True  # "Death to America": a slogan
    if label == "killing" and w == "death" and re.match(
            r"\s+of\s+(?:his|her|their|its)\s+(?:father|mother|son|daughter|wife|husband|brother|sister|predecessor|"
            r"founder|parents?)\b", after) and not re.search(r"(?i)\b(?:violent|killing|assassinat|murder)", before + after):
        return True  # "inherited power after the death of his father": a death, no killing
    if label == "killing" and w == "slain" and re.match(r"\s+[A-Za-z]", after) and not re.match(
            r"\s+(?:by|in|on|at|during|when|after|last|early|late)\b", after):
        return True  # "the slain officers": the dead of a killing told elsewhere
    if label == "formation" and w in ("established", "founded", "formed") and re.match(
            r"\s+(?!by\b|in\b|on\b|at\b|as\b|to\b|after\b|last\b|this\b)[a-z]+s\b", after):
        return True  # "other established militias": an adjective
    kind = label if label in _MODIFIER_USE else ""
    if kind:
        follow, precede = _MODIFIER_USE[kind]
        if (follow.search(after) and not (kind == "attack" and re.fullmatch(r"(?i)\w+ed|attacks", w))
                or (precede is not None and precede.search(before))) \
                and not (kind == "protest" and not re.match(r"(?i)rall|riot|demonstrat", w)) \
                and not (kind == "attack" and not re.search(
                    r"(?i)assault|attack|strike|struck|bomb|missile|rocket|drone|mortar|shooting|raid|blast|fighting|violence|"
                    r"blockad", w)):
            return True  # (other words of the kind fall through to the checks below: "seized weapons")
    if label == "other:AGREE" and re.fullmatch(r"(?i)agree[ds]\s+to", w) and re.match(
            r"\s+(?:\w+ly\s+)?(?:acquire|sell|buy|pay|purchase|merge|be\s+(?:acquired|bought|sold)|exercise|invest|lend|"
            r"settle|plead|repay|refinance|license|supply|lease|tender|provide|take\s+a\s+stake|a\s+meeting|meet)\b", after):
        return True  # "QVC agreed to pay $19 a share", "Reno agreed to a meeting": business, or no act yet
    if label == "political" and re.fullmatch(r"(?i)elected", w) and re.match(
            r"\s+to\s+(?!(?:the|a|an|office|parliament|congress|senate|lead|head|serve|represent|succeed|his|her|its|their)\b)"
            r"[a-z]+", after):
        return True  # "holders elected to convert the debt": chose, not a vote
    if label == "attack" and _criticism(word, before, after):
        return True
    if label == "attack" and re.search(r"(?i)\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|"
                                       r"more\s+than\s+(?:a|one|\w+)|nearly\s+(?:a|\w+)|almost\s+(?:a|\w+)|"
                                       r"years|months|decades)\s+(?:(?:half|long|full)\s+)?(?:(?:years?|months|decades?)\s+)?of\s+"
                                       r"(?:(?:brutal|bloody|civil|armed|heavy|intense|fierce|sporadic)\s+)?$", before) \
            and re.search(r"(?i)\b(?:years?|months|decades?)\s+of\s+(?:\w+\s+)?$", before):
        return True  # "ending more than a year of fighting", "after 18 months of war": a stretch of conflict, no event
    if label == "political" and re.match(r"(?i)(?:passed|approved|adopted|backed|endorsed|rejected) ", w) and re.search(
            r"(?i)\b(?:the|a|an|its|their|his|her|newly|recently)\s+(?:\w+ly\s+)?$", before):
        return True  # "the recently passed bailout legislation": an adjective, the vote is told elsewhere
    if label in ("arrest", "killing") and re.fullmatch(r"(?i)\w+ed|slain", w) and re.search(
            r"(?i)\b(?:the|a|an|of|his|her|their|its|our|\d+|two|three|four|five|several|many|jailed and|"
            r"release of|freedom of|freeing|free)\s+$", before) and re.match(
            r"\s+(?:former\s+|ex-)?(?:[A-Z][\w'’.-]+|(?:[a-z-]+\s+)?(?:leaders?|men|women|activists?|journalists?|"
            r"president|opposition|protesters|soldiers|fighters|members|politicians?|figures?|suspects?|"
            r"dissidents?|prisoners?|migrants|people|civilians|children|students|workers))\b", after):
        return True  # "the release of detained President X", "the slain leader": an adjective, no new event
    if label == "attack" and w.startswith("fighting") and _NOT_VIOLENT_FIGHT.search(after):
        return True  # "fighting to keep the boy", "fighting in the courts"
    if label == "attack" and w == "seized" and _NOT_VIOLENT_SEIZE.search(after):
        return True  # "police seized a car bomb", "the thrift was seized by regulators"
    if label == "attack" and _labour_strike(word, before, after):
        return True
    return False


# capitalized words that open a clause without naming anyone
_FUNCTION_CAPS = {"The", "A", "An", "His", "Her", "Its", "Their", "Our", "My", "He", "She", "It", "They", "We", "I",
                  "You", "But", "And", "Also", "Then", "Later", "Meanwhile", "In", "On", "At", "After", "Before",
                  "When", "While", "As", "This", "That", "These", "Those", "There", "However", "Earlier", "Still",
                  "Yet", "So", "Now", "Both", "Each", "Some", "Many", "Most", "Other", "Others", "Such", "Who",
                  "Which", "What", "Where", "Why", "How", "If", "Although", "Though", "Since", "Until", "For",
                  "Instead", "Separately", "Elsewhere", "Previously", "Finally", "Moreover", "Further"}
_NOT_A_SUBJECT = {"he", "she", "they", "we", "i", "it", "you", "who", "which", "that", "has", "have", "had", "was", "were",
                  "is", "are", "also", "and", "but", "then", "later", "meanwhile", "again", "too", "still", "both",
                  "had", "would", "will", "did", "does", "do", "not", "once", "first", "then", "previously", "earlier",
                  "in", "a", "an", "the", "statement", "separate", "interview", "televised", "speech", "letter",
                  "on", "at", "news", "conference", "briefing", "message", "written", "an", "its", "his", "her", "their"}
_ORG_KINDS = {"international organization", "armed group", "party", "government", "collective"}


@dataclass
class _Trigger:
    start: int  # offsets into the document text
    end: int
    text: str
    type: str
    stance: str = ""
    nominal: bool = False
    plover: str = ""


@dataclass
class _Clause:
    start: int
    end: int
    text: str
    kind: str = "main"  # main, subordinate, complement, participle, relative


@dataclass
class _Draft:
    trig: _Trigger
    sent: Sentence
    clause: _Clause
    groups: list[str] = field(default_factory=list)
    alleged: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    fallen_leader: str = ""  # "killed a senior commander of Kataib Hezbollah": the killed leader, unnamed
    targets: list[str] = field(default_factory=list)  # groups attacked, killed from or arrested from
    timex: Timex | None = None
    basis: str = "publication"
    note: list[str] = field(default_factory=list)
    anniversary_victims: list[str] = field(default_factory=list)
    location: str = ""
    merged_into: "_Draft | None" = None
    relocated_sentence: Sentence | None = None
    series_since: Timex | None = None  # "attacked 160 times since Oct. 17": from then up to publication


# ----------------------------------------------------------------- helpers

def _copy_draft(d: _Draft, **changes) -> _Draft:
    """Another event drafted from the same words ("... and Ramadi in May 2015", "X followed suit"): its own lists,
    so that what later steps add to one is not added to the other."""
    lists = {k: list(getattr(d, k)) for k in ("groups", "alleged", "actors", "about", "victims", "targets", "note",
                                               "anniversary_victims")}
    return replace(d, **{**lists, **changes})


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted speech; short scare quotes ("Iran-backed" groups) are not speech."""
    spans = []
    i = start
    while i < end:
        ch = text[i]
        j = -1
        if text.startswith("``", i, end):  # typewriter quotes of wire copy: ``...''
            j = text.find("''", i + 2, end)
            j = end if j < 0 else j + 2
            inner = text[i + 2:j - 2].strip()
            if len(inner.split()) >= 4 or inner[-1:] in ",.!?":
                spans.append((i, j))
            i = j
            continue
        if ch == "“":
            j = text.find("”", i + 1, end)
        elif ch == '"' and (i == start or not text[i - 1].isalnum()):
            j = text.find('"', i + 1, end)
        if ch == "“" or (ch == '"' and (i == start or not text[i - 1].isalnum())):
            j = end if j < 0 else j + 1
            inner = text[i + 1:j - 1].strip()
            if len(inner.split()) >= 4 or inner[-1:] in ",.!?":
                spans.append((i, j))
            i = j
            continue
        i += 1
    return spans


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _is_headline(sent: Sentence, doc: Document) -> bool:
    s = sent.text.strip()
    if not s:
        return True
    if doc.article.title and s.strip(" \"“”") == doc.article.title.strip(" \"“”"):
        return True
    if _BYLINE.search(s):
        return True
    if doc.article.author and s.startswith(doc.article.author):
        return True
    if _BIO.search(s) and sent.start >= len(doc.text) - 600:
        return True
    # a line without final punctuation standing alone (headline, subhead, caption) -- not a bulleted point,
    # which tells events in full ("- Hamas says it is postponing the release of hostages")
    if re.match(r"(?:[-•*–▪●◦]|\d{1,2}[.)])\s+\S", s) and len(s.split()) >= 6:
        return False
    return len(s) <= 250 and s[-1] not in ".!?\"”’'):"


_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}$")
_IN_THE_ATTACK = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:in|during|by)\s+(?:the|these|those|\d[\d,]*|dozens\s+of|scores\s+of|"
                            r"several|multiple)\s+(?:[\w-]+\s+)?(?:strikes?|air\s*strikes?|attacks?|"
                            r"raids?|bombings?|blasts?|explosions?|shelling|ambush)\b")
_DEFINITE_ATTACK_SUBJECT = re.compile(r"(?i)\b(?:the|these|those|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|air\s*strikes?|"
                                      r"attacks?|raids?|bombings?|blasts?|explosions?)\s+(?:\w+ly\s+)?$")
_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
# "said it fired ", "said that its fighters had ": the speaker is the subject of the reported event
_SPEAKER_AS_SUBJECT = re.compile(r"(?i)(?:,?\s+(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|post|message|video)|"
                                 r"on\s+[A-Z][\w.]*(?:\s+\d{1,2})?|late\s+\w+|early\s+\w+|\w+day|however|though|"
                                 r"also|too|meanwhile|instead|for\s+(?:its|their)\s+part),?)*"
                                 r"\s+(?:that\s+)?(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+|[\"“][^\"”]{1,40}[\"”]))\s+"
                                 r"(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:\w+ly|also|successfully)\s+)?"
                                 r"(?:(?:fired|launched|carried\s+out|conducted|shot|struck|hit|targeted|attacked|"
                                 r"killed|downed|arrested|detained|seized|captured)\s+(?:[\w-]+\s+){0,3}?)?")
_TRANSITIVE_KILL = re.compile(r"(?i)kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|assassinat(?:e|es|ed|ing)|slew|execut(?:ed|es|ing)|"
                              r"behead(?:s|ed|ing)|massacr(?:e|es|ed)")
_TARGET_PREP = re.compile(r"\s+(?:on|against|targeting|at)\s+"
                          # "fired missiles and drones at Israel", "fired rockets toward Israel"
                          r"|(?<=[a-z]s)(?:\s+and\s+[a-z][\w-]*s)?\s+(?:at|toward|towards|into)\s+"
                          # "strikes from the air and sea against ...": a short phrase of manner before "against"
                          r"|\s+(?:[\w.'’-]+\s+){1,6}?against\s+")
# words between an event word and a name that make the name something other than its target
_NOT_TARGET_GAP = re.compile(r"(?i)\b(?:by|with|alongside|backed|supported|led|for|from|after|before|as|who|which|that|"
                             r"said|says|according|in|near|outside|inside|around|across|into|through|throughout|over|"
                             r"between|during|on)\b")
# what of a side an attack falls on, named by the side's adjective: "a U.S. base", "an Indian fighter jet",
# "40 Indian paramilitary soldiers", "outside the Russian Embassy"
_SIDE_HIT = re.compile(r"(?:[\s-]+[a-z][\w-]*){0,2}\s+(?:embass(?:y|ies)|consulates?|bases?|outposts?|military\s+posts?|"
                       r"positions|convoys?|troops|soldiers?|forces|personnel|servicem[ae]n|service\s?members|"
                       r"police(?:men)?|officers|policemen|(?:fighter\s+)?jets?|warplanes?|warships?|vessels?|ships?|"
                       r"tankers?|patrols?|diplomats?|citizens|nationals|tourists|civilians|hostages|territory|"
                       r"airspace|border\s+guards?)\b", re.IGNORECASE)
# what of an armed group's an attack hits, right after its name: "an SDF checkpoint", "Hezbollah positions"
_GROUP_HIT = re.compile(r"[\s-]+(?:checkpoints?|positions?|bases?|outposts?|posts?|convoys?|patrols?|fighters|members|"
                        r"militants|militiamen|commanders?|hideouts?|camps?|training\s+camps?|targets|facilities|"
                        r"weapons\s+(?:depots?|sites?|facilities)|depots?|strongholds?|headquarters|barracks|"
                        r"launch(?:ing)?\s+sites?)\b")
# a state's forces and posts, hit with no side named ("raided a base", "killing five soldiers", "Brigadier General
# X"): in a story about a country, its own (lower case: "the Arakan Army" is a name)
_STATE_FORCES = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police(?:\s+(?:officers?|stations?|posts?|"
                           r"academy|headquarters|checkpoints?))?|gendarmes?|gendarmerie|security\s+(?:forces|personnel|"
                           r"posts?)|(?:army|military|police)\s+(?:bases?|posts?|camps?|positions?|convoys?|patrols?|"
                           r"checkpoints?|outposts?|headquarters|barracks|vehicles?|officers?)|(?:the\s+)?army|"
                           r"barracks|military\s+bases?|bases?|checkpoints?|outposts?|convoys?|garrisons?|"
                           r"(?-i:(?:Brigadier|Major|Lieutenant)\s+General|General|Colonel|Lieutenant|Captain|Major|"
                           r"Sergeant)(?=\s+[A-Z]))\b")
# people hit who are no armed side: "killing civilians", "killed 21 villagers"
_CIVILIANS = re.compile(r"(?i)\b(?:civilians?|villagers|residents|worshippers|students|pupils|schoolchildren|children|"
                        r"women|protesters|demonstrators|farmers|herders|refugees|displaced|journalists|aid\s+workers|"
                        r"passengers|people|inhabitants|families|mourners|shoppers|wedding\s+guests)\b")
# words before a force or post that make it someone else's: "rebel positions", "its fighters", "U.N. base"
_NOT_STATE_FORCES = re.compile(r"(?i)(?:\b(?:rebels?|militants?|insurgents?|jihadists?|militia|militias|paramilitary|"
                               r"opposition|separatists?|its|their|his|her|our|own|foreign|U\.?N\.?|peacekeeping|"
                               r"peacekeepers|coalition|international|guerrilla|terrorist|gang|cartel)\s+(?:[\w-]+\s+)?)$")
# a force named as who told it: "..., police said"
_SAY_AFTER = re.compile(r"(?:\s+(?:spokesm[ae]n|officials?|sources?|chiefs?))?\s+(?:said|says|say|told|reported|added|"
                        r"confirmed|stated)\b")
# words that open a clause whose subject comes next: "a massacre in Burkina Faso, where JNIM fighters killed ..."
_SUBJECT_AFTER = re.compile(r"(?i)\b(?:where|when|after|as|while|because|since|until|before|which|who|that|and|but)\s+"
                            r"(?:the\s+)?$")
# between a killing verb and the act it happened in: "killed three suspected NPA rebels in a clash",
# "is shot dead in an ambush"
_KILLED_IN_ACT = re.compile(r"(?i)(?:\s+dead)?(?:\s+(?:[\w'’\"“”-]+|\d[\d,]*)){0,14}?(?:,\s+[^,.;]{1,60},)?\s+(?:in|during)\s+"
                            r"(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}")
# a fight someone is killed in, not a blast: "in a clash", "in a raid" (but "killed in an explosion" is a bombing's toll)
_FIGHT_NOUN = re.compile(r"(?i)(?:[\w-]+\s+)?(?:clash|clashes|raid|operation|ambush|gunfight|firefight|shootout|shoot-out|"
                         r"battle|skirmish|fighting|crossfire|exchange of fire)")
# an attribution closing a sentence, up to its day: ", officials said on Tuesday", ", the ministry told reporters late
# Sunday"
_TRAILING_REPORT = re.compile(r"(?i)[\s,]*(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w.'’-]+\s+){0,6}?(?:said|says|told"
                              r"(?:\s+[\w.'’-]+){1,3}?|reported|announced|confirmed|added)\s+(?:late\s+|early\s+)?(?:on\s+)?$")
# a pronoun as the subject right before a verb: "He warned", "she also said", "It added"
_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s\"“”,])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)*$")
# words for fighting between two sides, where neither is the one who struck
_MUTUAL_FIGHT = re.compile(r"(?i)fighting|clash(?:es|ed)?|hostilities|violence|exchang\w+ (?:[\w-]+ )?(?:fire|gunfire|"
                           r"rocket fire|artillery fire|strikes)")
# what a side holds: "the Houthi-held port", "SDF-controlled territory"
_HELD_BY = re.compile(r"\b(?P<name>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2})-(?:held|controlled|run|occupied)\b")
# what a state owns, after its name: "Israel's Ben Gurion airport", "Ukraine's power grid"
_OWNED_HIT = re.compile(r"['’]s(?:\s+[\w-]+){0,3}?\s+(?:air\s+defen[cs]es|airports?|ports?|capital|cities|power\s+(?:stations?|"
                        r"plants?|grid)|energy\s+(?:facilities|infrastructure)|infrastructure|refinery|refineries|oil\s+"
                        r"(?:fields?|facilities|terminals?)|embass(?:y|ies)|bases?|warships?|ships?|vessels?|tankers?|"
                        r"territory|airspace|border\s+posts?)\b")  # (lower case: "Iraq's Popular Mobilization Forces" is a name)
# a locative preposition before a state's or capital's name: "in Tehran", "in northeastern Jordan", "near Damascus"
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|near|inside|outside|across|on|over)\s+(?:the\s+)?(?:(?:[a-z]+ern|central|"
                           r"northeast|northwest|southeast|southwest|north|south|east|west)\s+)?$")
# attacks counted in the present perfect: "have carried out more than 160 attacks", "has claimed over 100 drone attacks"
_COUNTED_SINCE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:carried\s+out|launched|claimed|conducted|mounted|staged|"
                            r"recorded|documented|counted)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+|about\s+|"
                            r"almost\s+)?[\d,]+\s+(?:[\w-]+\s+)?$")
# fighting between sides, no one's attack on another: "clashes", "fighting", "violence"
_MUTUAL_FIGHTING = re.compile(r"(?i)clash(?:es|ed)?|fighting|violence|hostilities")
# "and"/"but" between two acts of one clause
_COORDINATION = re.compile(r"(?i)\b(?:and|but|while|whereas)\b")
# how long before publication an act must be for an answer with no time of its own to be of the act's time rather
# than of the report's
_LONG_BEFORE_DAYS = 7
# others' fighters as what an armed group hit: "attacked rebel positions", "clashed with rival militants"
_OTHER_FIGHTERS = re.compile(r"(?i)\b(?:rebels?|rival|militants?|jihadists?|insurgents?|gangs?|bandits?|militias?|"
                             r"militiamen|fighters|vigilantes)\b")
# a capital's place hit: "stormed Nairobi's Westgate mall", "attacked the Kabul airport"
_CAPITALS_PLACE = re.compile(r"\s+(?:the\s+)?(?P<cap>" + "|".join(re.escape(c) for c in sorted(CAPITALS, key=len, reverse=True))
                             + r")(?:['’]s)?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:mall|hotel|airport|embassy|market|university|"
                             r"college|school|church|mosque|cathedral|stadium|station|hospital|parliament|ministry|theatre|"
                             r"theater|restaurant|club|base|barracks|headquarters|compound|airbase|port)\b")
# what follows a live blog's stamp at the head of its line: "17:40 — ", "22:30 GMT – "
_ENTRY_STAMP = re.compile(r"[ \t]*[\u2014\u2013|-][ \t]")
# a place an attack was aimed at, described by its state's adjective: "at the northern Israeli city of Haifa"
_AT_STATES_PLACE = re.compile(r"(?i)\b(?:at|on|against|toward|towards|into|targeting)\s+(?:(?:the|an?)\s+)?(?:(?:[a-z]+ern|central|"
                              r"coastal)\s+)?(?P<adj>(?-i:[A-Z])[\w-]+)\s+(?:(?:city|town|village|port)\s+of\b|(?:military\s+|army\s+|"
                              r"border\s+)?(?:positions?|troops|soldiers|forces|bases?|posts?|outposts?|patrols?|convoys?|"
                              r"territory|towns|villages|communities|settlements|warships?|vessels?)\b)")
# a clause that tells more of what was hit: "that wounded a Turkish soldier", "(the Zilkan base,) a Turkish outpost"
_HIT_CLAUSE = re.compile(r"(?i)[\s,]*(?:(?:that|which)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hit|struck|targeted|"
                         r"destroyed|damaged)\b|(?:a|an|the)\s+[A-Z])")
# a name after these is where a political act took place or who else spoke, not its other side
_NOT_COUNTERPART = re.compile(r"(?i)\b(?:in|at|near|inside|outside|across|from|by|on|during|after|before|said|says|"
                              r"according|as|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$")
# a capital after these names the other side of a political act: "severed ties with Kigali"
_WITH_CAPITAL = re.compile(r"\b(?:with|to|from|against)\s+(?P<cap>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# a sentence about a company: its resignations and appointments are no acts of the country's politics
_BUSINESS = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA)\b\.?|(?i:\b(?:chief (?:executive|financial|operating)|"
                       r"chairman|chairwoman|shareholders?|company|companies|board of directors|executive officer|"
                       r"president of the company|firms?|banks?|airlines?|group's|acquire|acquisition|merger|takeover bid)\b)")
# offices of a state: a resignation or an appointment told with one of these is an act of its politics
_STATE_OFFICE = re.compile(r"(?i)\b(?:minister|president|premier|chancellor|governor|ambassador|general|commander|"
                           r"secretary|speaker|mayor|senator|lawmakers?|MPs?|cabinet|government|parliament)\b")
# an arrest's object that points back at the story's attack: "suspected of helping to plan the attack",
# "facilitators of the bombing", "in connection with the attack"
_OF_THE_ATTACK = re.compile(r"(?i)\b(?:of|for|in|over|with|behind|plan|planning|carry(?:ing)?\s+out)\s+(?:the|that|this|"
                            r"Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:attacks?|bombings?|blasts?|assault|ambush|shooting|killings?|massacre|hijacking|kidnapping|"
                            r"abduction|raid|explosions?)\b")
# who arrests for a state: with none of these named, an arrest may be a kidnapping ("Pol Pot was arrested")
_ARRESTING_FORCE = re.compile(r"(?i)\b(?:police|policemen|security\s+(?:forces|services|agencies)|detectives|authorities|"
                              r"officers|troops|soldiers|army|military|forces|intelligence|agents|prosecutors?|"
                              r"investigators|interior\s+ministry|counter-terrorism|gendarmes?|gendarmerie)\b")
# a side named right after these acts, it is not hit: "attacked by Turkish jets", "alongside Iraqi forces"
_BY_BEFORE = re.compile(r"(?i)\b(?:by|with|alongside|from|backed|and)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,1}$")
_ATTACK_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:hit|hits|struck|strikes|exploded|explodes|targeted|targets|killed|kills|"
                                r"wounded|wounds|injured|detonated|went\s+off|blew\s+up|damaged|destroyed|landed|slammed|slams|"
                                r"crashed\s+into|crashes\s+into|"
                                r"ripped|tore)\b")


_ASIDE = re.compile(r"(?i)\s*(?:however|though|meanwhile|too|also|instead|moreover|nevertheless|nonetheless|"
                    r"in turn|in addition|for (?:its|their|his|her) part|in response|in a statement|separately|"
                    r"again|later|then|now|still|likewise|similarly),\s*")


def _clauses(text: str, sent: Sentence, timexes=()) -> list[_Clause]:
    """Cut a sentence into clauses at punctuation and subordinators (offsets are document offsets).

    No cut falls inside a time expression ("on January 3, 2020").
    """
    out: list[_Clause] = []
    s_text = sent.text
    quotes = _quote_spans(s_text, 0, len(s_text))
    keep = [(t.start - sent.start, t.end - sent.start) for t in timexes
            if t.start < sent.end and t.end > sent.start]
    # a dateline at the head of a story ("TAMPA, Fla. -", "Goma (AFP) -") belongs to no clause
    dm = dateline_at(text, sent.start) if sent.start < 600 else None
    head = dm.end() - sent.start if dm and dm.end() < sent.end else 0
    cuts = [head]
    for m in _CLAUSE_BREAK.finditer(s_text):
        if m.start() < head or _inside(m.start(), quotes) or any(a < m.start() < b for a, b in keep):
            continue
        if m.group(0) == ":" and s_text[m.start() - 1:m.start()].isdigit() and s_text[m.end():m.end() + 1].isdigit():
            continue  # "08:00": a clock time (a live blog's stamp is no time expression of the sentence)
        if not m.group(0).strip() and any(a == m.end() for a, b in keep):
            continue  # "fired missiles at Israel that night": "that" opens a time, not a clause
        if not m.group(0).strip() and re.match(r"(?i)(?:before|after)\s+(?:dawn|dusk|daybreak|sunrise|sunset|noon|midnight|"
                                               r"nightfall|midday)\b", s_text[m.end():]):
            continue  # "struck sites near Tehran before dawn on Saturday": a time of day, not a clause
        cuts.append(m.end())
    cuts.append(len(s_text))
    cuts = sorted(set(cuts))
    # "in Nairobi, Kenya, on Aug. 7": a place's country or state between commas is no clause of its own
    for k in range(len(cuts) - 2, 0, -1):
        a, b = cuts[k], cuts[k + 1]
        if s_text[:a].rstrip().endswith(",") and s_text[a:b].rstrip().endswith(",") and re.fullmatch(
                r"(?:[A-Z][\w'’-]*\.?(?:[A-Z]\.)*\s+){0,2}[A-Z][\w'’-]*\.?(?:[A-Z]\.)*,\s*", s_text[a:b]) \
                and not _SUBORD_START.match(s_text[a:b]) and s_text[a:b].split()[0].rstrip(",") not in _FUNCTION_CAPS:
            del cuts[k + 1]
            del cuts[k]
    # "attacks on police stations, prisons and the airport": the rest of a list of nouns is no clause
    for k in range(len(cuts) - 2, 0, -1):
        a, b = cuts[k], cuts[k + 1]
        if s_text[:a].rstrip().endswith(",") and re.match(r"\s*(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+(?:and|or)\s+"
                                                         r"(?:the|a|an|its|their|other|[a-z][\w-]*s)\b", s_text[a:b]) \
                and not _SUBORD_START.match(s_text[a:b].strip()) \
                and not re.match(r"\s*\w+\s+(?:said|say|says|told|added)\b", s_text[a:b]):
            del cuts[k]
    # "It said, however, that ...": a discourse adverb between commas belongs to the clause before it
    for k in range(len(cuts) - 2, 0, -1):
        a, b = cuts[k], cuts[k + 1]
        aside = _ASIDE.match(s_text, a, b)
        if s_text[:a].rstrip().endswith(",") and aside:
            if aside.end() == b:
                del cuts[k]
            else:
                cuts[k] = aside.end()
    for a, b in zip(cuts, cuts[1:]):
        piece = s_text[a:b]
        if not piece.strip():
            continue
        stripped = piece.strip(" ,;:—–")
        kind = "main"
        if _SUBORD_START.match(stripped):
            kind = "subordinate"
        elif _THAT_START.match(stripped):
            kind = "complement"
        elif re.match(r"^(?:which|who|whom|where)\b", stripped, re.I):
            kind = "relative"
        elif _PARTICIPLE_START.match(stripped) and a > 0:
            kind = "participle"
        out.append(_Clause(sent.start + a, sent.start + b, piece, kind))
    return out


def _clause_of(clauses: list[_Clause], pos: int) -> int:
    if clauses and pos < clauses[0].start:
        return 0  # (in a dateline)
    for i, c in enumerate(clauses):
        if c.start <= pos < c.end:
            return i
    return len(clauses) - 1


# a reported threat right after the speech verb: "said (that) its fighters would respond", "said the killing
# will not go unpunished"
_REPORTED_THREAT = re.compile(r"(?i)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:[\w'’-]+\s+){1,6}?"
                              r"(?:will|would|shall)\s+(?:not\s+go\s+unpunished|respond|retaliate|avenge|take\s+revenge|"
                              r"pay\s+(?:a|the|dearly)|be\s+punished|not\s+go\s+unanswered)\b")
_HAD_BEFORE = re.compile(r"(?i)\bhad\s+(?:(?:\w+ly|not|never|also|already|been)\s+){0,2}$")
_REPORTED_DENIAL = re.compile(r"(?i)[^.;]{0,120}?\b(?:(?:was|were|is|are|had\s+been|has\s+been)\s+not\s+involved|"
                              r"(?:had|has|have|played)\s+no\s+(?:involvement|role|part|hand)|had\s+nothing\s+to\s+do\s+with|"
                              r"(?:was|were|is|are)\s+not\s+(?:behind|responsible))\b")
_REPORTED_PLOT = re.compile(r"(?i)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w'’.-]+\s+){1,5}?(?:was|were|is|are|had\s+been|"
                            r"has\s+been|have\s+been)\s+(?:plotting|planning|preparing|behind)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:attacks?|strikes?|bombings?|assassinations?|operations?|plots?|rockets|missiles|drones)\b"
                            # "said the attack was the work of the PKK", "said the bombing was carried out by X"
                            r"|\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the|this|that|Sunday['’]s|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|strikes?|bombings?|blasts?|explosions?|shelling|killings?|assassination|ambush|raid)\s+"
                            r"(?:was|were|had\s+been)\s+(?:the\s+work\s+of|carried\s+out\s+by|perpetrated\s+by|"
                            r"orchestrated\s+by)\b")
# "condemned what he called a 'cowardly' attack": the attack told, named by the speaker's word for it
_WHAT_CALLED = re.compile(r"(?i)\bwhat\s+(?:[\w.'’-]+\s+){1,4}?(?:called|described\s+as|termed|labell?ed)\s+"
                          r"(?:an?\s+)?(?:[\"“‘']?[\w-]+[\"”’']?\s+){0,3}$")
# a participle after a definite noun phrase, with no verb of its own: "the three soldiers killed", "those killed"
_DEAD_NAMED_AGAIN = re.compile(r"(?i)\b(?:the|those|these|all)\s+(?:(?!(?:was|were|been|be|being|is|are|had|have|has|"
                               r"who|that|which)\b)[\w-]+\s+){0,3}$")
# what may follow such a participle ("identified the three soldiers killed as ..."), not a count it governs
_AFTER_PARTICIPLE = re.compile(r"(?i)(?!\s+(?:at\s+least|more\s+than|nearly|almost|about|some|over|up\s+to)\b)"
                               r"\s*(?:[,.;:)]|$|(?:as|in|at|on|near|during|when|last|and|were|was|are|is|"
                               r"will|would|had|have|has|included|include|includes)\b)")
# "blamed Kataib Hezbollah, a militia founded by X, for ...": the blame reaches past an apposition
_BLAME_FOR_AFTER_APPOSITION = re.compile(r"[^.;]{1,120}?,\s+for\s+(?:(?!(?:and|but)\b)[\w.'’-]+\s+){0,5}")
# "The attack came two days after ...": an event told before, the time an offset counts from
_IT_CAME = re.compile(r"(?i)\s*(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|bombing|blast|killing|raid|"
                      r"assault|violence|shooting|explosion)s?)\s+(?:came|happened|occurred|took\s+place|followed)\b")
# a present perfect right before an attack verb: "have exchanged fire", "has besieged"
# an attack's relative clause that tells whom it killed ("a raid in western Iraq that killed 15 ISIS operatives")
_KILLED_BY_IT = re.compile(r"(?i)[^.;,]{0,60}?\b(?:that|which)\s+(?:also\s+)?killed\s+(?:[\w,-]+\s+){0,3}?(?=[A-Z])")
_PERFECT_BEFORE = re.compile(r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:(?:\w+ly|also|repeatedly|since)\s+)?$")
# "the death toll from a suicide bombing": the update of a toll, not the bombing's own telling
# a time counted on from the one just told: "hours later", "the next day", "the same night"
_COUNTED_AFTER = re.compile(r"(?i)\b(?:later|afterwards?|after|next|following|same)\b")
_TOLL_FROM = re.compile(r"(?i)\btoll\s+(?:from|in|of)\s+(?:(?:the|a|an|this|last|that)\s+)?(?:[\w-]+\s+){0,2}$")
# "The attack on the market killed ten": an event noun that is the subject of its own verb
_NP_THEN_ATTACK_VERB = re.compile(r"(?:\s+(?:on|in|at|near|against|outside|inside)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?"
                                  r"\s+(?:\w+ly\s+)?(?:killed|wounded|injured|destroyed|damaged|hit|struck|left)\b")
# a verb of the reported clause between a speech verb and a time: "said all hostages must be returned by ..."
_REPORTED_VERB = re.compile(r"(?i)\b(?:must|will|would|could|should|can|may|might|is|are|was|were|be|been|has|have|had)\b")
# a clause that is only a time: "one attack, on Dec. 2, when ..."
# a place described between commas: "north of El Obeid", "the capital of North Kordofan state", "a town near X"
_PLACE_APPOSITION = re.compile(r"(?i)\s*(?:(?:about|some|roughly)\s+\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
                               r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside|"
                               r"the\s+(?:provincial\s+|regional\s+|state\s+)?(?:capital|main\s+city|largest\s+city|seat|hub)\s+of|"
                               r"an?\s+(?:[\w-]+\s+)?(?:town|city|village|district|hub|crossing)\s+(?:in|of|near|on))\b[^.;]*,\s*$")
# a person's role between commas: ", commander of the rival 444th Brigade, "
_ROLE_APPOSITION = re.compile(r"(?i)\s*(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}(?:commander|leader|head|chief|"
                              r"spokes(?:man|woman|person)|founder|member|deputy|officer|emir|governor|mayor)\s+"
                              r"(?:of|for|in)\s+[^,;.]{1,60},\s*")
# a noun phrase between commas: ", the Ankara Declaration, "
_NOUN_APPOSITION = re.compile(r"\s*(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+,\s*")
# where, between commas: ", in Ancuabe district, ", ", near the border town of Quneitra, "
_PLACE_PHRASE = re.compile(r"\s*(?:in|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
                           r"[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+){0,3}(?:\s+(?:district|province|region|county|state|"
                           r"department|governorate|area|town|village|city))?,\s*")
_TIME_ONLY = re.compile(r"(?i)[\s,]*(?:on|in|at|during|early|late)?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|"
                        r"\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]+day|\d{4}|[A-Z][a-z]+\s+\d{4})[\s,]*")
_BRANCH_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:branch|affiliate|wing|arm|offshoot|franchise|faction)\b[^,.;]{0,40},\s+")
# people speaking as a crowd at the head of a clause: "Protesters accused ...", "Residents blamed ..."
_CROWD_SPEAKER = re.compile(r"(?i)(?:^|[.;:,]\s*|\b(?:the|many|some|angry|several|other|a|an)\s+)((?:(?:state|local|provincial|regional|"
                            r"district|county|city|senior|top|separatist|rebel|militant|armed|opposition|rights|jihadist|defen[cs]e|"
                            r"catholic|anglican|orthodox|muslim|sunni|shiite|shia|christian|traditional|community|village|"
                            r"tribal|religious|prominent|leading|independent|student|union|national|[a-z]+['’]s)\s+){0,2}(?:protesters|demonstrators|activists?|"
                            r"residents|relatives|families|mourners|witnesses|villagers|survivors|officials|governor|mayor|lawmakers|"
                            r"opponents|critics|(?:armed\s+)?groups|separatists|archbishop|bishops?|cleric|clerics|imam|priest|pastor|"
                            r"lawyers?|attorneys?|prosecutors?|judge|elders|chiefs|leaders|campaigners|parents|students|teachers|"
                            r"doctors|medics|journalists|analysts?|office|ombudsman|commission|committee|church|observatory))"
                            # "The Catholic archbishop of Bamenda appealed": the place the speaker serves
                            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"
                            r"\s+(?:\w+ly\s+|also\s+|have\s+|has\s+)?$")
# a person named as the object of a killing verb, with an occupation before the name ("activist Ihab al-Wazni")
_NAMED_VICTIM = re.compile(r"\s+(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|abu\s+)?"
                           r"[A-Z][\w'’-]+){1,3})")
# the occasion of a statement: "X, speaking to reporters on Sunday, said"
# the occasion of words set off by commas: ", in a televised address on Wednesday night,"
_OCCASION = re.compile(r"(?i)[\s,]*(?:in|during|at)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:address|speech|"
                       r"statement|interview|news\s+conference|press\s+conference|briefing|message|broadcast|sermon)\b"
                       r"[^,;]{0,60},\s*$")
_SPEAKING = re.compile(r"(?i)[\s,]*(?:speaking|talking|writing|addressing|appearing|testifying|briefing|visiting|touring|"
                       r"inspecting|attending|arriving)\b")
# "during a phone call on Sunday", "the call with Esper": the noun; "a call for restraint" is still an appeal
_CALL_NOUN = re.compile(r"(?i)\b(?:a|an|the|phone|telephone|video|conference)\s+$")
# a verb of saying (its last occurrence before an event separates speaker and reported clause)
# what a plain verb of saying reports, read for a stance without quotes: (verbs, reported clause, stance)
_REPORTED_STANCES = (
    (re.compile(r"(?i)said|says|say|told|tells|added|vow(?:s|ed)"), _REPORTED_THREAT, "threat"),  # "... would respond"
    (re.compile(r"(?i)said|says|say|told|tells|added|insisted"), _REPORTED_DENIAL, "denial"),  # "... was not involved"
    (re.compile(r"(?i)said|says|say|told|tells|added"), _REPORTED_PLOT, "accusation"),  # "... was plotting attacks"
)
# what a denial or a claim answers: "denied responsibility", "claimed the attack", "denied any role in it"
_ANSWERED_ACT = re.compile(r"(?i)\s+(?:(?:initially\s+)?that\s+(?:its\s+|the\s+|their\s+)?(?:troops|soldiers|forces|fighters|"
                           r"members|men|it|they)\s+(?:were|was|had\s+been)\s+(?:responsible|involved)\b|"
                           r"(?:any\s+|all\s+)?(?:responsibility|involvement|role|credit|it|(?:the|that|this)\s+(?:attack|bombing|"
                           r"killing|killings|strike|assault|ambush|raid|massacre|blast|shelling))\b)")
# an answer that came at once: "claimed responsibility within hours", "hours after it happened"
_SOON_AFTER = re.compile(r"(?i)\b(?:within\s+(?:hours|minutes|an\s+hour)|(?:hours|minutes)\s+(?:after|later)|shortly\s+"
                         r"(?:after|afterwards?))\b")
# the blame of an act told just before, naming only whom: "Israel blamed Hezbollah, which denied it",
# "Hezbollah blamed Israel for the attack."
_BLAMED_ONLY = re.compile(r"(?i)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+(?:\s+for\s+(?:it|them|the\s+(?:[\w-]+\s+)?"
                          r"(?:attacks?|bombings?|strikes?|blasts?|explosions?|killings?|assault|ambush|raid|massacre|"
                          r"shelling)))?(?=\s*(?:[,.;]|$))")
# who brokered a deal, before its noun: "the US- and French-brokered ceasefire", "a Qatari-mediated truce"
_BROKERED_BY = re.compile(r"(?P<who>(?:[A-Z][\w.'’]*-?\s+(?:and\s+)?)*[A-Z][\w.'’]*)-(?:brokered|mediated|sponsored)\s+$")
# the same act by another side: "and the European Union followed suit in 2002"
_FOLLOWED_SUIT = re.compile(r"(?i)\b(?:later\s+|soon\s+|quickly\s+|then\s+)?(?:followed|follows|follow)\s+suit\b")
# fighters of no named side, as the subject of an attack: "Insurgents behead ...", "the rebels took ..."
_UNNAMED_FIGHTERS = re.compile(r"(?i)^[\s\-–—•*,]*(?:(?:a|an|about|some|around|dozens|hundreds|scores|thousands|several|of|"
                               r"suspected|armed|islamist|jihadist|heavily|the|\d+)\s+)*(?P<who>insurgents|militants|"
                               r"jihadists|rebels|gunmen|fighters|armed\s+men|extremists|assailants|attackers|"
                               r"(?:suicide\s+)?bombers?)\b")
# the verb that ends "fighting between X and Y ...": what the two sides are named before
_BETWEEN_END = re.compile(r"(?i)\b(?:erupted|began|broke\s+out|started|escalated|flared|intensified|resumed|has|have|had|"
                          r"was|were|is|are|killed|left|ended|continued|raged|spread)\b|[;.]")
# what of the speaker's own an attack hit: "struck one of its positions", "killing three of its fighters"
_ITS_OWN_HIT = re.compile(r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:positions?|fighters|troops|forces|bases?|"
                          r"members|convoys?|headquarters|checkpoints?|soldiers|posts?|outposts?|vehicles?)\b")
# an act told again with its verb left out: ", and Ramadi in May 2015", " and again in March"
_GAPPED_CONJUNCT = re.compile(r"\s*,?\s+(?:and|then)\s+(?:(?:again|later|then|once\s+more)\s+)?(?:(?:the\s+)?"
                              r"(?P<what>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})\s+)?(?:in|on)\s+")
_CONJUNCT_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|then)\s)")
# a range of two times: "between X and Y", "from X to/until/through Y"
_RANGE_OPEN = re.compile(r"(?i)\b(between|from)\s+(?:(?:early|late|mid-?)\s*)?$")
_RANGE_AND = re.compile(r"(?i)\s+and\s+(?:(?:early|late|mid-?)\s*)?")
_RANGE_TO = re.compile(r"(?i)\s*(?:-|–|\s+(?:to|until|till|through|thru)\s+)(?:(?:early|late|mid-?)\s*)?")
_SAY_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|confirmed|added|stated|claimed|insisted)\b(?:\s+that\b)?")
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:be|been|being|is|are|was|were)\s+(?:(?:[a-z]+ly|almost|also|not|never|often|still|already|even|then)\s+){0,2}$")
_COMMON_SPEAKERS = {"officials", "official", "police", "witnesses", "witness", "residents", "authorities", "analysts",
                    "sources", "reports", "diplomats", "doctors", "activists", "militants", "rebels", "protesters",
                    "soldiers", "troops", "investigators", "prosecutors", "lawyers", "experts", "observers", "critics",
                    "officers", "spokesman", "spokeswoman", "medics", "survivors", "relatives", "villagers", "locals",
                    "organizers", "organisers", "journalists", "reporters", "others", "many", "some", "people",
                    "government", "ministry", "army", "military", "agency", "media", "newspaper", "television"}


_ORG_NAME = re.compile(r"\b[A-Z]{2,}\b|\b(?:Army|Front|Movement|Party|Forum|Council|Alliance|Brigades?|Group|Forces|"
                       r"Organi[sz]ation|Government|Office|Ministry|Committee|Union|Coalition|Command|Agency|Authority|"
                       r"Association|Federation|Congress|League|Network|Foundation|Institute|Commission|Framework|"
                       r"Bloc|Assembly|Corps|Guards?|Directorate|Syndicate|Bureau)$")


_REGION_BODY = re.compile(r"\s(?:government|administration|authorities|cabinet|parliament|council)$")


def _name_as_side(names: list[str]) -> tuple[list[str], list[str]]:
    """(groups, persons) for a speaker the gazetteer does not know: an organization's name ("the New IRA",
    "the Hostages and Missing Families Forum") is a group of its own, a person's name is an actor."""
    if names and (_ORG_NAME.search(names[0]) or _REGION_BODY.search(names[0])):
        return names[:1], []
    return [], names


def _person_name(text: str) -> list[str]:
    """The name of a speaker the gazetteer does not know ("Kimotho", "Mohamed Salem"), if the text is one."""
    t = re.sub(r"(?i)\b(?:on|late|early)\s+\w+day\b", "", text).strip(" ,;:—–`'\"“”‘’")
    # "the Baloch Liberation Army (BLA)", 'Ahod "Murad" Ebrahim': a short acronym or nickname inside the name
    t = re.sub(r"\s+\([^()]{1,12}\)|\s+[\"“][A-Z][\w'’-]*[\"”](?=\s+[A-Z])", "", t)
    # "Major General Zaw Min Tun": a rank before the name
    t = re.sub(r"\b(?:Major|Maj\.|Lieutenant|Lt\.|Brigadier|Brig\.|Colonel|Col\.|Captain|Capt\.|Admiral|Adm\.)"
               r"(?:\s+(?:General|Gen\.|Colonel|Col\.|Commander))?\s+(?=[A-Z])|\bGeneral\s+(?=[A-Z][a-z]+\s+[A-Z])", "", t)
    t = re.sub(r"^(?:Mr\.|Mrs\.|Ms\.|Dr\.)\s+", "", t)
    for title in sorted(_TITLES, key=len, reverse=True):  # "Foreign Minister Don McKinnon": the name only
        if t.startswith(title + " "):
            t = t[len(title) + 1:]
            break
    if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|abu)[- ])?[A-Z][\w'’-]+){0,3}", t) \
            and t.split()[0] not in _FUNCTION_CAPS and t.lower() not in _NOT_A_SUBJECT \
            and not set(t.lower().split()) & _COMMON_SPEAKERS:
        return [t]
    # "Sinn Féin vice-president Michelle O'Neill", "Party leader Michelle O'Neill": a role, then the name
    t = re.sub(r"(?:\s+(?:also|later|then|again|\w+ly))+$", "", t)
    m = re.fullmatch(r"(?:[A-Z][\w'’.&-]*\s+){0,4}?(?:[a-z][\w-]*\s+){0,2}(?:[\w-]*(?i:leader|president|spokes(?:man|woman|person)|"
                     r"minister|chief|head|official|commander|secretary|chairman|chairwoman|director|administrator|"
                     r"governor|mayor|lawmaker|senator|envoy|ambassador|adviser|advisor|founder|coordinator|lawyer|attorney|"
                     r"prosecutor|judge|archbishop|bishop|cleric|imam|priest|pastor|activist|analyst|researcher)s?)\s+"
                     r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|abu)[- ])?[A-Z][\w'’-]+){1,3})", t)
    if m and m["name"].split()[0] not in _FUNCTION_CAPS:
        return [m["name"]]
    # "the New IRA", "The Resistance Front", "the Hostages and Missing Families Forum": an organization's name
    m = re.fullmatch(r"(?:[Tt]he\s+(?:(?:banned|outlawed|little-known|so-called|separatist|militant|armed|jihadist|"
                     r"rebel|insurgent|proscribed)\s+)*)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’&.-]*){0,5})", t)
    if m and m["name"].split()[0] not in _FUNCTION_CAPS and _ORG_NAME.search(m["name"]):
        return [m["name"]]
    # "the Tigray regional government", "Puntland authorities": a region's government the gazetteer does not know
    m = re.fullmatch(r"(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:regional|state|provincial|interim|"
                     r"transitional|local|autonomous|breakaway|de\s+facto)\s+)?(?:government|administration|"
                     r"authorities|cabinet|parliament|council))", t)
    if m and m["name"].split()[0] not in _FUNCTION_CAPS and not re.match(
            r"(?:Local|Federal|State|National|Central|Provincial|Regional|Interim|Transitional|New|Military|Civil|"
            r"Security|Municipal|City|County|District|Town|Village|Tribal|Rebel|Opposition|Both|Other|Several)\b", m["name"]):
        return [m["name"]]
    return []


def _ordinal(n: int) -> str:
    """1 -> 'first', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    if n == 1:
        return "first"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _uniq(items) -> list[str]:
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


# attack verbs with peaceful senses ("prices hit a record"): an attack only after an armed subject
_ARMED_VERBS = {"hit", "hits", "pounded", "pounds", "took", "takes", "shells", "occupy", "occupies"}
# what may stand between that subject and the verb: "Israel", "Russian forces", "the army's artillery", "IS
# fighters on Sunday"
_FORCES_TAIL = re.compile(r"(?i)(?:['’]s)?(?:\s+(?:(?:military|armed|air|naval|security|government|rebel|militia|"
                          r"special|ground|allied|pro-government)\s+)?(?:forces|troops|army|military|jets|warplanes|"
                          r"aircraft|drones|artillery|fighters|militants|soldiers|navy|air\s+force|gunboats|warships|"
                          r"missiles|rockets|units?))?\s*(?:\w+ly\s+|again\s+|also\s+)?")
# what no attack strikes: "hit back", "hit a record", "hit China with tariffs"
_NOT_STRUCK = re.compile(r"(?i)\s+(?:back|out|hard|home|a\s+(?:new\s+|record|high|low|wall|snag|peak)|records?\b|"
                         r"(?:new\s+|all-time\s+|\d+-\w+\s+)?(?:highs?|lows?)\b|the\s+(?:market|shelves|streets|headlines|"
                         r"road|ground|brakes)\b|[^.;]{0,50}?\bwith\s+(?:new\s+|more\s+|fresh\s+|additional\s+)?"
                         r"(?:tariffs|sanctions|fines?|penalties|duties|charges|lawsuits?|restrictions|measures)\b"
                         # "took Iran to task", "took Washington by surprise": idioms of "took"
                         r"|[^.;]{0,30}?\b(?:to\s+(?:task|court|the\s+polls)|by\s+(?:surprise|storm)|into\s+account|"
                         r"for\s+granted|seriously)\b)")
# a killed leader left unnamed: "a senior commander of" X, "a top" X "leader"
_LEADER_BEFORE = re.compile(r"(?i)\s+(?:an?|the|one|two|three|its|their)\s+(?:(?:senior|top|key|prominent|high-ranking|"
                            r"veteran|local|regional|military|field|deputy|former|founding|notorious)\s+){0,2}")
_LEADERS = r"(?:commanders?|leaders?|chiefs?|founders?|spokesm[ae]n|emirs?|officials?|figures?|ideologues?|masterminds?)"
_LEADER_NOUN = re.compile(r"(?i)\s+(?:deputy\s+|senior\s+)?" + _LEADERS + r"\b")
_LEADER_OF = re.compile(_LEADER_BEFORE.pattern + _LEADERS + r"\s+(?:of|in|from|with)\s+(?:the\s+)?")
# a group as what emerged: "an umbrella for several factions that surfaced", "the group first appeared"
_GROUP_NOUN_BEFORE = re.compile(r"(?i)\b(?:group|umbrella|coalition|alliance|militia|faction|movement|front|"
                                r"organi[sz]ation|network|offshoot|splinter\s+group|brigade|battalion)s?\s+"
                                r"(?:(?:[\w'’-]+\s+){0,6}?(?:that|which|who)\s+)?(?:first\s+|only\s+|publicly\s+)?$")
# an apposition after a name, up to a relative clause: ", an umbrella for several factions "
_APPOSITION = re.compile(r",\s+(?P<np>(?:a|an|the)\s+[^,;()]{0,80})")
# what follows "fire" or "launch" used as a verb: a count, a determiner or the weapons ("launch 18 drones")
_SALVO_AFTER = re.compile(r"(?i)\s+(?:a|an|the|their|its|more|several|dozens|hundreds|scores|\d[\d,]*|two|three|four|five|"
                          r"six|seven|eight|nine|ten|ballistic|cruise|anti-[\w-]+|[\w-]+-range|guided|explosive|"
                          r"explosives-laden|armed|suicide|kamikaze|one-way|hypersonic|surface-to-[\w-]+|"
                          r"air-to-[\w-]+|rockets?|missiles?|drones?|mortars?|"
                          r"shells|projectiles|salvos?|barrages?)\b")
# a name used as a patron's: "al-Qaeda-linked", "Iran-backed"
_LINKED_AFTER = re.compile(r"-(?:linked|backed|affiliated|aligned|allied|inspired|led|run|sponsored|supported)\b")
# a stance taken on an event noun that follows: "condemned the raids", "denounced these strikes" (verbs whose
# object is the event itself; not the statement lexicon, where "accused the TPLF of attacking" names the
# accused first and its time is the attack's)
_STANCE_ON_OBJECT = re.compile(r"(?i)\b(?:condemn\w*|denounc\w*|deplor\w*|critici[sz]\w*|slamm?(?:ed|s)?|blam\w*|"
                               r"den(?:y|ies|ied|ying)|reject\w*|decr(?:y|ies|ied)|lambast\w*|protest(?:s|ed)?|"
                               r"welcom\w*|prais\w*|hail\w*|mourn\w*)\s+(?:the|these|those|this|that|its|their)\s+"
                               r"(?:[\w'’-]+\s+){0,3}$")
# the agent of a passive act, a few words after its verb: "designated a terrorist organization by"
_BY_AGENT = re.compile(r"(?i)\s+(?:(?!(?:and|but|after|before|when|while|which|who|that)\b)[\w'’-]+\s+){0,4}?by\s+(?:the\s+)?")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def _shift_back(t: Timex, amount: str, unit: str) -> Timex | None:
    """The time `amount unit` before t, at t's granularity (or finer for days and weeks)."""
    n = _NUMBER_WORDS.get(amount.lower()) or (int(amount) if amount.isdigit() else None)
    if not n or t.date is None:
        return None
    if unit in ("day", "week"):
        if t.granularity != "day":
            return None
        day = t.date - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return Timex(t.start, t.end, t.text, "DATE", day.isoformat(), "day", day, day, anchor="derived")
    if unit == "month" and t.granularity in ("day", "month"):
        y, m = divmod(t.date.year * 12 + t.date.month - 1 - n, 12)
        first = dt.date(y, m + 1, 1)
        last = dt.date(y + (m == 11), (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        return Timex(t.start, t.end, t.text, "DATE", first.strftime("%Y-%m"), "month", first, last, anchor="derived")
    if unit == "year":
        y = t.date.year - n
        return Timex(t.start, t.end, t.text, "DATE", str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31),
                     anchor="derived")
    return None


def _year_shift(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


# ----------------------------------------------------------------- the extractor

class _Extractor:
    def __init__(self, doc: Document, gazetteer):
        self.doc = doc
        self.text = doc.text
        self.gaz = gazetteer
        self.pub = doc.article.published
        # a wire dateline ("ADDIS ABABA, Ethiopia (AP) _") names where the report was filed, no actor
        dm = story_dateline(self.text)
        datelines = [(dm.start(), dm.end())] if dm else []
        self.mentions = sorted((m for m in doc.mentions if not _inside(m.start, datelines)), key=lambda m: m.start)
        # ... and the default place of the article's events
        self.dateline_place = ""
        if dm:
            c = dm["city"].split("/")[0].strip()
            self.dateline_place = " ".join(w.capitalize() if w.isupper() else w for w in c.split())
        self.dateline_end = dm.end() if dm else -1
        # (an expression with no calendar span though the text has a date, "the past", dates nothing)
        self.timexes = sorted([t for t in doc.timexes if (t.type in ("DATE", "TIME") or t.date)
                               and (t.date is not None or self.pub is None)], key=lambda t: t.start)
        # "17:40 — Haftar's forces say ...\nThe LNA said ...": a live blog's stamp heading its entry tells when the
        # entry was posted, not when what it tells happened: it dates the entry (by its day), no act of its own
        self._stamps = {t.start: t for t in self.timexes if t.granularity == "time" and t.date is not None
                        and _ENTRY_STAMP.match(self.text, t.end) and re.search(r"(?:^|\n)[ \t]*$", self.text[max(0, t.start - 40):t.start])}
        self.timexes = [t for t in self.timexes if t.start not in self._stamps]
        self.drafts: list[_Draft] = []
        self._unknown_speaker: tuple[Sentence, list[str]] | None = None  # who "He" is after a speaker of no known side
        # speakers introduced with their role and side ("Army spokesman Brig. Gen. Onyema Nwachukwu"), by surname,
        # for when the story names them again by surname alone ("Nwachukwu accused ...")
        self._speakers: dict[str, tuple[list[str], str]] = {}
        self._m_starts = [m.start for m in self.mentions]
        self._t_starts = [t.start for t in self.timexes]
        self._s_starts = [s.start for s in doc.sentences]
        self._places: dict[int, list[tuple[int, str]]] = {}
        self._abroad: bool | None = None
        self._home: str | None = None
        self._clause_triggers: dict[tuple[int, int], list] = {}
        self._series: dict[tuple[int, int], Timex] = {}  # triggers of a series told since a time
        self._para_heads: dict[int, Sentence] | None = None
        self._told: list[_Draft] = []  # mentions of events told elsewhere (kept out of the table, but known)

    # -- lookups (bisect: a 1 MB article has thousands of sentences)
    def mentions_in(self, start: int, end: int, quotes=()) -> list[Mention]:
        lo = bisect.bisect_left(self._m_starts, start)
        hi = bisect.bisect_left(self._m_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and not _inside(m.start, quotes)]

    def timexes_in(self, start: int, end: int) -> list[Timex]:
        lo = bisect.bisect_left(self._t_starts, start)
        hi = bisect.bisect_left(self._t_starts, end)
        return [t for t in self.timexes[lo:hi] if t.end <= end]

    def _series_start(self, sent: Sentence, pos: int) -> Timex | None:
        """The time a series told in the present perfect began: "have been attacked at least 160 times since
        Oct. 17", "has struck ... more than 100 times since October"."""
        # (a reported present perfect turns past perfect: "the Pentagon said forces had been attacked 46 times
        # since Oct. 17")
        if not re.search(r"(?i)\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:\w+(?:ed|ck|uck|ght|ing)|laid|held|kept|"
                         r"shot|hit|waged|led|run|overrun|taken|made|sent|won|lost)\b",
                         self.text[sent.start:pos + 12]) and not re.search(
                r"(?i)\b(?:said|says|told|reported|added)\b[^.;]*\bhad\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|ck|uck|ght|ing)\b",
                self.text[sent.start:pos + 12]):
            return None
        for t in self.timexes_in(sent.start, sent.end):
            if re.search(r"(?i)\bsince\s+(?:late\s+|early\s+|mid-?)?$|\bsince\s+the\s+(?:[\w'’-]+\s+){0,4}$",
                         self.text[max(sent.start, t.start - 50):t.start]) \
                    and t.date is not None:
                return t
        return None

    def _period_in(self, sent: Sentence) -> bool:
        """Whether a sentence names a period a series of acts can fall in ("in January", "last year",
        "between November and January", "in recent months") -- not a duration, a set or a bare "since"."""
        for t in self.timexes_in(sent.start, sent.end):
            if t.date is None or t.type in ("DURATION", "SET"):
                continue
            if t.granularity not in ("day", "time") or self.range_partner(t) is not None:
                return True
        return False

    def range_partner(self, t: Timex) -> Timex | None:
        """The end of a range that `t` opens ("between November 2023 and January", "from Jan. 2 to Jan. 9",
        "from 2014 until 2017"), or None."""
        i = bisect.bisect_right(self._t_starts, t.start)
        if i >= len(self.timexes):
            return None
        nxt = self.timexes[i]
        opener = _RANGE_OPEN.search(self.text, max(0, t.start - 12), t.start)
        if opener is None or nxt.date is None or t.date is None or any(
                x.type in ("DURATION", "SET") or x.value.endswith("_REF") for x in (t, nxt)):
            return None
        link = self.text[t.end:nxt.start]
        if not (_RANGE_AND if opener.group(1).lower() == "between" else _RANGE_TO).fullmatch(link):
            return None
        return nxt if (nxt.date_end or nxt.date) >= t.date else None

    def only_dateline(self, sent: Sentence) -> bool:
        """A sentence that is a dateline and nothing more ("HAVANA (AP) --" on a line of its own)."""
        m = dateline_at(self.text, sent.start)
        return m is not None and not self.text[m.end():sent.end].strip()

    def paragraph_heading(self, sent: Sentence) -> Timex | None:
        """The day heading the paragraph of `sent` in a chronology ("MONDAY, JUNE 16 - An Israeli strike
        hits ..."): a dated time expression that opens the paragraph before a dash or a colon."""
        if self._para_heads is None:  # the first sentence of each paragraph, found once
            self._para_heads = {}
            self._para_sizes: dict[int, int] = {}
            for x in self.doc.sentences:
                self._para_heads.setdefault(x.paragraph, x)
                self._para_sizes[x.paragraph] = self._para_sizes.get(x.paragraph, 0) + 1
        head = self._para_heads.get(sent.paragraph, sent)
        t = self._heading_time(head)
        prev = self._para_heads.get(sent.paragraph - 1)
        if t is None and prev is not None and self._para_sizes.get(prev.paragraph) == 1 \
                and not re.search(r"[.!?\"”]\s*$", prev.text):
            # a live blog: "22:30 GMT – US condemns 'horrific' attack" on a line of its own heads the paragraph
            # after it
            t = self._heading_time(prev)
        return t

    def _heading_time(self, head: Sentence) -> Timex | None:
        """The dated time expression that opens `head` before a dash or a colon, if any."""
        k = head.start + len(self.text[head.start:head.end]) - len(self.text[head.start:head.end].lstrip(" \t-•*–—"))
        if k in self._stamps:
            return self._stamps[k]
        i = bisect.bisect_left(self._t_starts, head.start)
        if i >= len(self.timexes):
            return None
        t = self.timexes[i]
        # ("- September 26: Jihadists ambush ...": a bulleted entry; "11 July\nA merchant is abducted ...": a
        # line of its own)
        if t.date is None or t.granularity not in ("day", "time", "month", "year") or self.text[head.start:t.start].strip(" -•*–—") \
                or not re.match(r"[ \t]*(?:(?:-{1,2}|—|–|:)\s|\n)", self.text[t.end:t.end + 4]):
            return None
        return t

    def range_of(self, t: Timex) -> tuple[Timex, Timex] | None:
        """The range `t` opens or closes, as (first, last)."""
        if (b := self.range_partner(t)) is not None:
            return t, b
        i = bisect.bisect_left(self._t_starts, t.start)
        if i > 0 and self.range_partner(self.timexes[i - 1]) is t:
            return self.timexes[i - 1], t
        return None

    def only_time(self, cl: _Clause) -> bool:
        """Whether a clause is a time and nothing more ("since February.", "on Dec. 2,")."""
        return bool(self.timexes_in(cl.start, cl.end)) and re.fullmatch(
            r"(?i)[\s,.;]*(?:since|on|in|at|during|early|late)?[\s,.;]*", self.untimed(cl.start, cl.end)) is not None

    def untimed(self, start: int, end: int) -> str:
        """The text between two offsets without its time expressions and their prepositions: what is
        left of a clause's head when "on Saturday" is taken out ("X, the leader of Y, on Saturday accused")."""
        out, pos = [], start
        for t in self.timexes_in(start, end):
            out.append(re.sub(r"(?i)\b(?:on|in|at|late|early|since)\s*$", "", self.text[pos:t.start]))
            pos = t.end
        out.append(self.text[pos:end])
        return "".join(out)

    def timex_at(self, pos: int) -> bool:
        i = bisect.bisect_right(self._t_starts, pos) - 1
        return i >= 0 and self.timexes[i].start <= pos < self.timexes[i].end

    def expand(self, groups) -> list[str]:
        out = []
        for g in groups:
            chain = self.gaz.chain(g) if self.gaz is not None and hasattr(self.gaz, "chain") else [g]
            out.extend(chain)
        return _uniq(out)

    def last_person_before(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self._m_starts, pos)
        for m in reversed(self.mentions[:i]):
            if m.end <= pos and m.kind == "person" and m.person:
                return m
        return None

    # -- triggers
    def triggers(self, sent: Sentence, quotes) -> list[_Trigger]:
        found: list[_Trigger] = []
        taken: list[tuple[int, int]] = []
        for rx_list, is_statement in ((_STATEMENT_RX, True), (_EVENT_RX, False)):
            for rx, label in rx_list:
                for m in rx.finditer(self.text, sent.start, sent.end):
                    s, e = m.start(), m.end()
                    if _inside(s, quotes) or any(not (e <= a or s >= b) for a, b in taken):
                        continue
                    word = m.group(0)
                    if re.search(r"(?i)\b(?:heart|panic|asthma|anxiety)\s+$", self.text[max(sent.start, s - 10):s]) \
                            or re.match(r"(?i)\s+(?:of|from)\s+(?:a\s+)?(?:natural causes|heart|illness|disease|cancer|"
                                        r"covid|coronavirus|old age|complications)", self.text[e:e + 30]):
                        continue  # "a heart attack", "died of natural causes": no violence
                    if label == "killing" and re.fullmatch(r"(?i)died|dies", word) and re.match(
                            r"(?i)\s+(?:\w+\s+)?(?:in\s+exile|in\s+(?:a\s+)?hospital|in\s+(?:his|her)\s+sleep|peacefully|"
                            r"at\s+(?:his|her)\s+home|aged\s+\d+|at\s+(?:the\s+)?age\s+of)\b", self.text[e:e + 40]):
                        continue  # "Sison died in exile in the Netherlands": a death, not a killing
                    if label == "killing" and re.match(
                            r"(?i)\s+(?:in|after|during|following|when)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:accident|crash|collision|fire|blaze|storm|hurricane|earthquake|flood|flooding|avalanche|"
                            r"landslide|stampede|sinking|shipwreck|drowning)s?\b", self.text[e:e + 60]):
                        continue  # "died in a boating accident": a death, not a killing
                    if label == "killing" and (re.search(
                            r"(?i)^\s+(?:[\w,-]+\s+){0,8}?(?:when|after|as)\s+(?:[\w-]+\s+){0,5}?(?:crashed|collided|sank|"
                            r"capsized|overturned|derailed|went down)\b", self.text[e:min(sent.end, e + 120)])
                            or re.search(r"(?i)\b(?:accident|crash|wreck|collision|shipwreck|earthquake|flood|avalanche|"
                                         r"landslide|stampede)s?\s+(?:that|which)\s+$", self.text[max(sent.start, s - 40):s])):
                        continue  # "killed when two helicopters crashed", "a boat wreck that killed"
                    if label in ("arrest", "killing", "attack") and (re.match(
                            r"(?i)\s+(?:[\w-]+\s+){0,3}?(?:\d+|a dozen|dozens of|several|many|numerous|multiple|countless|"
                            r"more than (?:\d+|a dozen|\w+))\s+times\b", self.text[e:min(sent.end, e + 60)])
                            or re.search(r"(?i)\b(?:repeatedly|frequently|often|routinely|regularly)\s+(?:been\s+)?$",
                                         self.text[max(sent.start, s - 30):s])):
                        since = self._series_start(sent, e)
                        if since is not None and label == "attack":
                            # "forces have been attacked at least 160 times since Oct. 17": a series up to now
                            self._series[(s, e)] = since
                        elif since is not None or not self._period_in(sent):
                            continue  # "has been arrested more than a dozen times": a habit, not an event
                        # "attacked US forces 150 times between November and January": the series of that period
                    if label == "formation" and re.fullmatch(r"(?i)emerged|surfaced|appeared|resurfaced|re-?emerged", word) and not (
                            _GROUP_NOUN_BEFORE.search(self.text, max(sent.start, s - 60), s)
                            or any(m.group and m.kind != "person" and self.gaz.kind(m.group) in _ORG_KINDS
                                   and re.fullmatch(r"(?:\s*,\s*which)?(?:\s+(?:first|only|publicly|also))?\s+",
                                                    self.untimed(m.end, s))
                                   for m in self.mentions_in(max(sent.start, s - 60), s))):
                        continue  # "the virus emerged in 2019", "he appeared in court": no group was formed
                    if label == "attack" and word.lower() == "fighting" and re.search(
                            r"(?i)\b(?:coalition|alliance|forces|troops|groups|militias|factions|army|units?|countries|"
                            r"nations|mission|force)\s+$", self.text[max(sent.start, s - 20):s]) \
                            and not self.timexes_in(e, min(sent.end, e + 60)):
                        continue  # "the coalition fighting Islamic State": who a force is, no fighting told
                    if label == "attack" and word.lower() in ("fire", "launch") and not _SALVO_AFTER.match(self.text, e):
                        continue  # "seized a launch pad and two rockets": the noun, no attack
                    if label == "attack" and re.fullmatch(r"(?i)(?:fell|falls) to", word) and not any(
                            mm.group and self.gaz.kind(mm.group) == "armed group"
                            for mm in self.mentions_in(e, min(sent.end, e + 40))
                            if re.fullmatch(r"\s+(?:the\s+)?", self.text[e:mm.start])):
                        continue  # "the task fell to President Biden": no town taken
                    if label == "attack" and word.lower() in _ARMED_VERBS and not self.armed_subject(sent, s, e):
                        continue  # "prices hit a record", "the storm pounded the coast": no attack
                    if word[:1].isupper() and s > sent.start and word in ("March", "Rally", "Strike"):
                        continue
                    if is_statement and word.lower() == "blamed" and re.match(r"\s+on\s", self.text[e:e + 4]) \
                            and re.search(r"\b[a-z]+s\s+$", self.text[max(sent.start, s - 20):s]) and not re.search(
                                r"(?i)\b(?:has|have|had|was|were|is|are|been|be|who|which|that)\s+$", self.text[max(sent.start, s - 12):s]):
                        continue  # "two killings blamed on the IRA": a participle after its noun, no one speaking
                    if is_statement and word.lower() in ("accused", "alleged") and re.match(
                            r"\s+(?!(?:of|that|him|her|them|it|the|a|an|his|its|their|israel|iran)\b)[a-z][\w-]*\s+[a-z]",
                            self.text[e:min(sent.end, e + 40)]) and not re.match(
                            r"(?:\s+[\w'’-]+){1,4}?\s+(?:of|that)\b", self.text[e:min(sent.end, e + 60)]):
                        continue  # "the accused doctor killer", "alleged terrorist mastermind": adjectives
                    if label == "protest" and re.fullmatch(r"(?i)protesters|protestors|demonstrators", word) and re.match(
                            r"\s+(?:\w+ly\s+)?(?:accused|blamed|said|denounced|condemned|demanded|called|urged|told)\b",
                            self.text[e:e + 30]):
                        continue  # "Protesters accused militias of the killing": the speakers, not a protest
                    if label == "attack" and word.lower() == "gunmen" and re.search(
                            r"(?i)\b(?:killed|shot dead|shot|arrested|captured|detained|caught|identified|hunt(?:ed|ing)?|"
                            r"sought|search(?:ed|ing)? for|neutrali[sz]ed)\s+(?:[\w-]+\s+){0,3}$", self.text[max(sent.start, s - 40):s]):
                        continue  # "police shot dead two gunmen": the gunmen are the object, not an attack
                    if is_statement and label == "appeal" and word.lower().startswith("call") and (
                            (_CALL_NOUN.search(self.text, max(sent.start, s - 12), s) and not word.lower().endswith("for")) or (word.lower().startswith("call ") and self.timex_at(e + 1))):
                        continue  # "during a phone call on Sunday": the noun, no appeal
                    if label == "killing" and re.match(r"(?i)assassinat", word) and (
                            re.match(r"\s+(?:attempt|bid|plot)", self.text[e:e + 8]) or re.search(
                                r"(?i)\b(?:attempted|failed|foiled|botched|thwarted)\s+$", self.text[max(sent.start, s - 12):s])):
                        found.append(_Trigger(s, e, word, "attack", "", True))  # "an assassination attempt": no one killed
                        taken.append((s, e))
                        continue
                    if is_statement and word.lower() in ("states", "state") and not re.match(
                            r"\s*(?:that\b|[:“\"‘`,.]|$)", self.text[e:min(sent.end, e + 10)]):
                        continue  # "called on all states to cooperate": the noun, not the verb
                    if is_statement and label == "claim" and word.lower() == "claimed" and self.text.startswith(
                            " by", e) and not re.search(
                            r"(?i)\b(?:attack|bombing|blast|explosion|strike|assassination|killing|shooting|kidnapping|"
                            r"abduction|raid|ambush)s?\b", self.text[max(sent.start, s - 80):s]):
                        continue  # "land claimed by Palestinians": no claim of responsibility
                    if is_statement and label == "warning" and re.search(
                            r"(?i)\b(?:lift(?:s|ed)?|rescind(?:s|ed)?|cancel(?:s|led|ed)?|withdr[ea]w|drop(?:s|ped)?|"
                            r"ease[sd]?)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?$", self.text[max(sent.start, s - 40):s]):
                        continue  # "lifted a warning against travel": the warning ends, nobody warns
                    if not is_statement and label == "attack" and _criticism(
                            word, self.text[max(sent.start, s - 60):s], self.text[e:min(sent.end, e + 60)]) \
                            and not _inside(s, quotes) and not self.timex_at(s):
                        # "X attacked the government for failing to ...", "launched a scathing attack on the law":
                        # a condemnation by X, not violence
                        if not re.search(r"(?i)\b(?:is|are|was|were|be|been|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$",
                                         self.text[max(sent.start, s - 40):s]):
                            found.append(_Trigger(s, e, word, "statement", "condemnation", False))
                            taken.append((s, e))
                        continue
                    if not is_statement and label == "attack" and _labour_strike(
                            word, self.text[max(sent.start, s - 60):s], self.text[e:min(sent.end, e + 60)]) \
                            and not _inside(s, quotes) and not self.timex_at(s):
                        found.append(_Trigger(s, e, word, "protest", "labour", True))  # a strike is a protest (PLOVER)
                        taken.append((s, e))
                        continue
                    # (the words before without their times: "a strike on Jan. 4 killed X" has no "4 killed X")
                    if _not_an_event(label, word, self.untimed(max(sent.start, s - 60), s), self.text[e:min(sent.end, e + 60)]):
                        continue
                    # a time expression is not an event word ("Sunday" never is, "May" neither)
                    if self.timex_at(s):
                        continue
                    # group names are not triggers ("Popular Mobilization Forces", "Hezbollah Brigades")
                    if any(mm.start <= s < mm.end for mm in self.mentions_in(max(0, s - 120), e)
                           if mm.kind != "coreference"):
                        continue
                    before = self.text[max(sent.start, s - 40):s]
                    if re.fullmatch(r"(?i)\w+ed", word):  # ("a strike on Jan. 4 killed": no "4 killed")
                        before = self.untimed(max(sent.start, s - 40), s)
                    nominal = (bool(_NOUN_BEFORE.search(before)) or word.lower().endswith(("ion", "ions"))
                               or word.lower() in _NOUN_ONLY
                               # "a ground assault", "the car bomb attacks": an article or another event noun before it
                               or (not word.lower().endswith(("ed", "struck"))
                                   and bool(re.search(r"(?i)(?:\b(?:a|an|another)\s+[\w-]+|\b(?:bomb|car|truck|suicide|"
                                                      r"rocket|missile|mortar|grenade|drone|terror|terrorist|guerrilla|"
                                                      r"rebel|militia|sniper|arson)s?)\s+$", before)))
                               or (not word.lower().endswith(("ed", "struck")) and bool(_NOUN_AFTER_MODIFIER.search(before)))
                               or " " in word and not is_statement and label != "killing"  # ("shot dead": a verb)
                               # ("the Jan. 4 attack"; but "a strike on Jan. 4 killed X": a verb)
                               or (not word.lower().endswith(("ed", "struck"))
                                   and any(0 <= s - t.end <= 3 for t in self.timexes_in(max(0, s - 80), s))))
                    if nominal and re.fullmatch(r"(?i)\w+ed", word) and re.search(
                            r"(?i)\b(?:hundreds|thousands|dozens|scores|tens|crowds?|groups?|mobs?|gangs?|bands?)\s+of\s+"
                            r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+$", before):
                        nominal = False  # "hundreds of protesters attacked the embassies": the crowd's verb
                    if label == "attack" and re.fullmatch(r"(?i)fires?|launch(?:es)?", word) \
                            and not self.text.startswith(" of ", e):
                        nominal = False  # "the Houthis launch 18 drones at ...": a verb (its weapons follow)
                    if word.lower().endswith(" into"):
                        nominal = False  # "terrorists burst into southern Israel": a verb and where it went
                    if word.lower() in _ARMED_VERBS and re.match(r"\s+(?:the|a|an|its|their|[A-Z])", self.text[e:e + 6]):
                        nominal = False  # "The Houthis hit the carrier Tutor": the verb of an armed subject
                    if re.match(r"(?i)(?:pledg|swor|swear|laid|lay|took|takes|taken|taking)\w*\s+(?:\w+\s+)?"
                                r"(?:allegiance|siege|(?:full\s+|complete\s+|total\s+|effective\s+)?control)\b", word):
                        nominal = False  # "pledged allegiance to", "has laid siege to", "took control of": verb phrases
                    if label == "other:SANCTION" and re.search(
                            r"(?i)\b(?:imposed|imposes|slapped|slaps|levied|levies|announced|announces|tightened|"
                            r"extended|expanded)\s+(?:(?:new|fresh|further|additional|more|sweeping|targeted|economic|"
                            r"financial)\s+){0,2}$", before):
                        nominal = False  # "Washington imposed sanctions on Hemedti": an act, not a background noun
                    if label in ("other:RETREAT", "other:AGREE", "other:SANCTION", "other:CONSULT") and re.match(
                            r"(?i)(?:suspend|paus|halt|stopp|end)\w*\s+(?:its|their|all|the)\b|(?:agreed|reached|announced|"
                            r"announces|brokered|signed|struck|declared|declares|proclaimed|proclaims|called|calls)\s+"
                            r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce)"
                            r"|(?:re-?)?designat(?:ed|es|e|ing)\s|agree(?:d|s)\s+to\b|discuss(?:ed|es)\s"
                            r"|(?:banned|bans|outlawed|outlaws|proscribed|proscribes)\s"
                            r"|(?:quit|quits|quitting|left|leaves|leaving|withdr\w+\s+from|pull\w*\s+out\s+of)\s", word):
                        nominal = False  # "paused their attacks", "agreed a truce", "designated X as a terrorist": a verb phrase
                    if label == "other:AGREE" and re.fullmatch(r"(?i)collapsed|broke\s+down|lapsed|expired", word):
                        nominal = False  # "the truce began on Nov. 24 and broke down on Friday": a verb
                    if label == "other:CONCEDE" and re.match(r"(?i)hand(?:ed|s)?\s+over\s", word):
                        nominal = False  # "Hamas has handed over three hostages to the Red Cross": a verb phrase
                    if label == "other:MOBILIZE" and re.match(r"(?i)(?:launch|mobili|called|sent|sends|send)\w*\s", word):
                        nominal = False  # "launched a campaign to recruit", "sent troops into": verb phrases
                    if label == "political" and (re.match(r"(?i)(?:postpon|delay|cancel|terminat|scrap|revok|took|takes|take|"
                                                          r"taking|declared|declares)\w*\s", word)
                                                 or re.match(r"(?i)(?:\w+(?:ed|ing)|broke|cut|quit|left|began|froze|shut|"
                                                             r"sent|held|sever|restores)\s+(?!of\b)", word)):
                        # "postponed polling", "takes his oath", "declared war on", "was severing diplomatic ties",
                        # "recalled its remaining diplomats": a verb phrase
                        nominal = False
                    if label == "attack" and re.match(r"(?i)recaptur", word) and re.match(
                            r"\s+(?:him|her|them|the\s+(?:fugitive|escapee|prisoner|inmate)s?)\b", self.text[e:e + 20]):
                        label = "arrest"  # "soldiers recaptured him in June": an escaped man taken again
                    if label == "arrest" and word.lower().startswith("captur") and re.match(
                            r"(?i)\s+(?:of\s+)?(?:(?:the|a|an|two|three|several|key|strategic|eastern|western|northern|southern|"
                            r"rebel-held|government-held)\s+)*(?:[\w-]+\s+)?(?:town|city|village|villages|towns|cities|"
                            r"base|airport|port|hill|bridge|district|province|region|capital|stronghold|outpost|"
                            r"checkpoint|positions?|territory|area|garrison|crossing|oil fields?|headquarters|barracks|camp|post|"
                            r"battalion|strongholds|bases|outposts|swathes|swaths|areas|ground|parts|much|large\s+parts)\b",
                            self.text[e:min(sent.end, e + 60)]):
                        label = "attack"  # "captured the town": taking ground is fighting, no arrest
                    elif label == "arrest" and re.match(r"(?i)captur(?:ed|es)|retook|retaken", word) and (re.search(
                            r"(?i)\b(?:rebels?|fighters|militants|insurgents|jihadists|troops|forces|army|militias?|"
                            r"militiamen|the\s+group)\s+(?:\w+ly\s+)?$", self.text[max(sent.start, s - 40):s])
                                 or any(self.gaz.kind(mm.group) == "armed group" and not self.text[mm.end:s].strip()
                                        for mm in self.mentions_in(max(sent.start, s - 60), s) if mm.group)
                                 # "It briefly captured Goma in November 2012": a city, whoever took it
                                 or (place := re.match(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", self.text[e:e + 40])) is not None
                                 and (place.group(1) in CAPITALS or place.group(1) in DATELINE_CITIES
                                      or place.group(1) == self.dateline_place)) \
                            and re.match(r"\s+(?:the\s+)?[A-Z][a-z]", self.text[e:e + 6]):
                        label = "attack"  # "Rebels captured Hama": an army takes a place, no one is arrested
                        nominal = False  # ("The MNDAA captures Laukkai": a verb, whatever "The" before it suggests)
                    if is_statement:
                        t = _Trigger(s, e, word, "statement", label, nominal)
                    elif label.startswith("other:"):
                        t = _Trigger(s, e, word, "other", "", nominal, plover=label.split(":", 1)[1])
                    else:
                        t = _Trigger(s, e, word, label, "", nominal)
                    found.append(t)
                    taken.append((s, e))
        found.sort(key=lambda t: t.start)
        return found

    def after_place_prep(self, m: Mention, floor: int) -> bool:
        """Whether mention `m` follows a preposition of place ("in Iraq", "toward the U.S. embassy"), looking
        back no further than `floor`. A time phrase is no place: "On Sunday Iran fired" has Iran as subject."""
        return bool(_LOCATIVE_PREP.search(self.untimed(max(floor, m.start - 25), m.start)))

    def leader_killed(self, trig: _Trigger, cl: _Clause, quotes) -> Mention | None:
        """The group whose unnamed leader the killing verb `trig` takes as object: "killed a senior commander
        of Kataib Hezbollah", "killed a top ISIS leader" -- a killing worth its own row, like a named one."""
        for m in self.mentions_in(trig.end, min(cl.end, trig.end + 80), quotes):
            if not m.group or m.kind == "person":
                continue
            gap = self.text[trig.end:m.start]
            if _LEADER_OF.fullmatch(gap) or (_LEADER_BEFORE.fullmatch(gap) and _LEADER_NOUN.match(self.text, m.end, cl.end)):
                return m
            return None
        return None

    def armed_subject(self, sent: Sentence, s: int, e: int) -> bool:
        """Whether "hit", "pounded" or "took" at s..e has a state or armed group (its forces, or fighters) right
        before it as subject, and an object after it that can be struck: "Israel hits the South Pars gas field",
        "Russian forces pounded Kharkiv", "the rebels took Minova" -- not "the storm hit the coast", "the U.S. hit
        China with tariffs" or "took Iran to task"."""
        if _NOT_STRUCK.match(self.text, e, min(sent.end, e + 60)):
            return False
        if re.search(r"(?i)\b(?:rebels|militants|insurgents|fighters|jihadists|troops|soldiers|gunmen|militiamen)\s+"
                     r"(?:\w+ly\s+|also\s+|then\s+|later\s+)?$", self.text[max(sent.start, s - 40):s]):
            return True  # "the rebels took Minova", "militants hit the base"
        ms = [m for m in self.mentions_in(sent.start, s) if m.group and m.kind != "person"]
        if not ms or self.gaz is None or self.gaz.kind(ms[-1].group) not in ("state", "armed group"):
            return False
        return bool(_FORCES_TAIL.fullmatch(self.untimed(ms[-1].end, s)))

    def irrealis(self, trig: _Trigger, sent: Sentence) -> bool:
        before = self.text[max(sent.start, trig.start - 40):trig.start]
        # "... have left more than 400 people dead": a tally, not an event
        if trig.type == "killing" and re.search(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:left|killed|claimed)\b",
                                                self.text[max(sent.start, trig.start - 60):trig.start]):
            return True
        # "The war has killed more than 100,000 people": a tally, not an event
        if re.search(r"(?i)\b(?:the|this|that)\s+(?:\w+\s+)?(?:war|conflict|fighting|violence|crisis|insurgency|"
                     r"pandemic|campaign)\s+(?:has|have|had)\s+(?:\w+ly\s+)?$", before):
            return True
        if trig.type == "anniversary":
            return False
        if (trig.plover in ("CONSULT", "RETREAT") or (trig.type == "political" and re.match(
                r"(?i)hold\s", trig.text))) and re.search(
                r"(?i)(?:\b(?:(?:is|are|was|were)\s+|['’]s\s+|['’]re\s+)(?:\w+ly\s+)?(?:due|expected|scheduled|set|slated|to)\s+to"
                r"|\bwill|\bsaid\s+(?:[\w-]+\s+){1,3}?would)\s+(?:also\s+)?$", before):
            # "the minister is expected to visit Mandera next week": a visit on the calendar (one with no time is a
            # plan, not yet an event: "officials are expected to discuss the matter")
            return not self.timexes_in(trig.end, sent.end)
        # "convoys faced attacks", "civilians fear reprisals": a bare plural after face/fear/risk is a danger,
        # no event (unless dated on its own)
        if trig.text.lower().endswith("s") and re.search(
                r"(?i)\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?|fear(?:s|ed|ing)?|brac(?:e|es|ed|ing) for|"
                r"vulnerable to|exposed to|prone to|targets? for)\s+(?:(?:more|further|new|possible|frequent|"
                r"regular|repeated|daily|constant|deadly|violent)\s+)?(?:(?!(?:as|when|after|that|the|and|while|of|"
                r"from|since|because|amid)\b)[\w-]+\s+)?$", before) and not re.search(r"(?i)\bin\s+fear\s+\w*\s*$", before) \
                and not any(0 <= t.start - trig.end <= 4 for t in self.timexes_in(trig.end, min(sent.end, trig.end + 20))):
            return True
        if trig.type in ("attack", "killing") and _PLANNED.search(before):
            return True  # "was plotting imminent attacks", "accusing Kyiv of planning an attack": not carried out
        if trig.nominal:
            # "a series of cross-border attacks", "similar attacks": generic, unless dated on their own
            weapon = re.fullmatch(r"(?i)(?:drone|missile|rocket|shell|mortar|bomb|projectile)s", trig.text)
            # "hundreds of attacks" is generic; "launched hundreds of drones" counts weapons
            counted = "" if weapon else r"|\b(?:dozens|hundreds|scores)\s+of\s+(?:[\w-]+\s+){0,2}$"
            if trig.text.lower().endswith("s") and re.search(
                    r"(?i)\b(?:series|wave|spate|string|number|string)\s+of\s+(?:[\w-]+\s+){0,2}$" + counted +
                    r"|\b(?:recent|previous|past|similar|such|other|repeated|frequent|regular|future|earlier)\s+"
                    r"(?:[\w-]+\s+){0,1}$", before):
                cl_end = min(sent.end, trig.end + 60)
                if not self.timexes_in(max(sent.start, trig.start - 30), cl_end):
                    return True
            if _NEG_DET.search(before) or _HYPOTHETICAL_NOUN.search(before):
                return True
            if " " in trig.text.strip() and re.match(r"(?i)(?:sign|reach|hold|held|launch|open|begin|resume|sever|cut|"
                                                       r"quit|leave|withdraw|pass|renew|agree)", trig.text) \
                    and re.search(r"(?i)\bto\s+$", before):
                return True  # "refused to sign the agreement", "plans to resume talks": not done
            if re.search(r"(?i)\b(?:(?:did|does|do|has|have|had|would|will|could|was|were|is|are)\s+not|\w+n['’]t|never)\s+"
                         r"(?:[\w-]+\s+){0,3}$", before):
                return True  # "It did not mention civilian deaths"
            # "Iraq could start hostilities through a direct attack", "it will respond to an Iraqi attack":
            # a noun under a modal of its clause, not dated on its own
            head = self.text[max(sent.start, trig.start - 120):trig.start]
            head = re.split(r"[,;:]|\b(?:and|but|while|because|after|before|when|which|who)\b", head)[-1]
            if re.search(r"(?i)\b(?:could|would|might|may|can|cannot|should|must|will|won't|wouldn't|shall)\b", head) \
                    and not any(0 <= trig.start - t.end <= 4 or 0 <= t.start - trig.end <= 4
                                for t in self.timexes_in(max(sent.start, trig.start - 40), min(sent.end, trig.end + 40))):
                return True
            return False
        last = re.search(r"((?:[\w'’-]+\s+){1,3})$", before)
        window = last.group(1) if last else before
        window = re.split(r"[,;:]", window)[-1]  # "agreed to deploy troops, accusing ...": the comma ends the infinitive
        words = window.lower().split()
        # "could seek", "will be blamed", "not to provoke", "against attacking", "did not attack"
        modal_words = {"could", "would", "might", "may", "can", "cannot", "should", "must", "shall", "will",
                       "won't", "wouldn't", "to", "not", "never", "n't", "against", "avoid", "avoiding",
                       "without", "if", "unless", "whether", "prevent", "preventing"}
        if any(w in modal_words for w in words[-3:]):
            # "has been killed" / "is to be" handled: 'to' directly before the verb or 'be' construction
            return True
        # "None of the doctors were killed", "No one was arrested"
        if not trig.nominal and re.search(r"(?i)\b(?:den(?:y|ies|ied|ying)|rejected|refuted)\s+(?:\w+ly\s+)?(?:that\s+)?"
                                          r"(?:[\w'’-]+\s+){1,6}(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)?$",
                                          self.text[max(sent.start, trig.start - 80):trig.start]):
            return True  # "denied that civilians had been targeted", "denied its troops had killed civilians"
        if re.search(r"(?i)\b(?:none|nobody|no one|neither|not a single|not one)\b", self.text[max(sent.start, trig.start - 60):trig.start]) \
                and not re.search(r"[,;]", self.text[max(sent.start, trig.start - 60):trig.start]):
            return True
        if trig.text.lower().endswith("ing") and words and (words[-1] in {"of", "from", "against", "about", "for", "on"}
                                                            or re.fullmatch(r"den(?:y|ies|ied|ying)|rejected|refuted", words[-1])):
            # "denied targeting civilians": what is denied did not happen, as far as the sentence tells
            return True
        return False

    def demanded(self, trig: _Trigger, sent: Sentence) -> bool:
        """A noun in the object of a demand or call ("demanding the resignation of X", "called for early elections",
        "to demand fresh elections"): a thing wanted, not an event that happened."""
        if " " in trig.text.strip():
            return False  # "urged calm before Trump leaves office": a verb phrase, not a demanded noun
        after = self.text[trig.end:min(sent.end, trig.end + 60)]
        if re.match(r"(?i),?\s+(?:which|that)\s+(?:is|are|was|were|will be|have been|has been)\s+(?:now\s+)?"
                    r"(?:scheduled|set|due|planned|slated|expected|called)\b", after):
            return False  # "to demand early elections, which are scheduled for October 10": a real, dated event
        before = self.text[max(sent.start, trig.start - 90):trig.start]
        before = re.split(r"[;:.!?]|,\s+(?:and|but|while|as)\b", before)[-1]
        return bool(re.search(
            r"(?i)\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?(?:\s+(?:on|upon)\s+(?:[\w.-]+\s+){1,4}?)?(?:\s+(?:[\w,.-]+\s+){0,3}?)?\s*for|"
            r"urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|want(?:s|ed)?|"
            r"insist(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+for|clamou?r(?:s|ed|ing)?\s+for|petition(?:s|ed|ing)?\s+for|"
            r"propos(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
            r"(?:in\s+)?(?:a\s+)?(?:demand|call|calls|demands|push|bid)\s+for)\s+"
            r"(?:(?:the|a|an|new|fresh|early|snap|free|fair|immediate|his|her|their|its|prompt|general|"
            r"presidential|parliamentary|local|national|transparent|credible|inclusive|democratic)\s+){0,4}"
            r"(?:(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?$", before))

    # -- actors
    def subject_groups(self, clauses, ci, trig: _Trigger, quotes) -> tuple[list[str], list[str]]:
        """(groups, persons) acting in the trigger's clause."""
        groups, persons = self._subject_groups(clauses, ci, trig, quotes)
        cl = clauses[ci]
        # "Kataib Hezbollah was designated a terrorist organization by the US State Department": the agent
        # after "by" acts on the subject; both are sides of the act
        if trig.type in ("political", "other") and self.passive(trig, cl):
            by = _BY_AGENT.match(self.text, trig.end, cl.end)
            agents = [m for m in self.mentions_in(by.end(), cl.end, quotes) if m.group] if by else []
            if agents and agents[0].start - by.end() < 30:
                g, p = self._groups_persons(agents[:1])
                return _uniq(g + groups), _uniq(p + persons)
        return groups, persons

    def _subject_groups(self, clauses, ci, trig: _Trigger, quotes) -> tuple[list[str], list[str]]:
        cl = clauses[ci]
        # passive statements: "the attack was claimed by X", "... was condemned by Iraq"
        if trig.type == "statement" and self.passive(trig, cl):
            by = re.match(r"\s+(?:\w+\s+){0,2}?by\s+", self.text[trig.end:cl.end])
            agents = self.mentions_in(trig.end + by.end(), cl.end, quotes) if by else []
            # "by the al-Qaeda-linked Group for the Support of Islam": the group, not its patron
            agents = [m for m in agents if not _LINKED_AFTER.match(self.text, m.end)] or agents
            return self._groups_persons(agents[:1]) if agents else ([], [])
        # "the base was attacked by Turkish jets": the agent after "by" acts
        if trig.type == "attack" and not trig.nominal and self.passive(trig, cl):
            by = re.match(r"\s+(?:\w+ly\s+)?by\s+", self.text[trig.end:cl.end])
            agents = [m for m in self.mentions_in(trig.end + by.end(), cl.end, quotes) if m.group] if by else []
            if agents and agents[0].start - (trig.end + by.end()) < 30:
                return self._groups_persons(agents[:1])
        # "The IRGC said that the operation was a success and warned the U.S.": a statement verb coordinated
        # at the end of what was said is the speaker's own second act
        if trig.type == "statement" and cl.kind == "complement" and re.search(
                r"(?i)\band\s+(?:also\s+|then\s+|later\s+)?$", self.text[cl.start:trig.start]):
            for c in reversed(clauses[:ci]):
                if c.kind == "main":
                    say = _SAY_BEFORE.search(self.text, c.start, c.end)
                    ms = self.mentions_in(c.start, say.start() if say else c.end, quotes)
                    if ms:
                        return self._groups_persons(ms[:1])
                    break
        subj_end = trig.start
        # "X condemned the bombing of the U.S. embassies ... and called on ...": a coordinated verb shares the
        # first verb's subject; what lies between is the first verb's object
        if re.search(r"(?i)\b(?:and|but|then)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$", self.text[cl.start:trig.start]):
            earlier = [m.start() for m in self.triggers_cache(cl) if m.end() <= trig.start and m.start() >= cl.start]
            if earlier:
                subj_end = min(earlier)
        before = [m for m in self.mentions_in(cl.start, subj_end, quotes)]
        # "Al Qaeda's branch in East Africa, Shabaab, overran ...": the name in apposition to the branch
        for k in range(len(before) - 1):
            # (a place inside the branch's description is skipped: "Al Qaeda's affiliate in Yemen, AQAP,")
            for j in range(k + 1, min(k + 3, len(before))):
                if _BRANCH_OF.fullmatch(self.text, before[k].end, before[j].start) \
                        and re.match(r"\s*,", self.text[before[j].end:before[j].end + 3]):
                    return self._groups_persons([before[j]])
        # "In Cape Town, South Africa, police said": the country of a place is no actor
        before = [m for m in before if not (re.search(r"\b(?i:in|at|near|from|outside|inside)\s+(?:[A-Z][\w'’.-]*\s+){0,3}?"
                                                      r"[A-Z][\w'’.-]*,\s+$", self.text[max(0, m.start - 40):m.start])
                                            and self.text[m.end:m.end + 1] == ",")]
        before = [m for m in before if not self.after_place_prep(m, cl.start)
                  or (_ROLE_OF.search(self.text[max(cl.start, m.start - 40):m.start]) and not self.own_side_before(m, cl))]
        before = [m for k, m in enumerate(before) if not (
            k + 1 < len(before) and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?", self.text[m.end:before[k + 1].start])
            and m.kind != "person" and self.gaz.kind(m.group) == "state" and self.gaz.kind(before[k + 1].group) != "state")]
        if before:
            # "Qatar, Jordan and Egypt denounced": the list's first names stand in clauses of their own
            if re.match(r"(?i)\s*(?:and\s+)?(?:the\s+)?$", self.text[cl.start:before[0].start]) and (re.search(
                    r"\band\b", self.text[before[0].end:subj_end]) or re.match(r"(?i)\s*and\s", self.text[cl.start:before[0].start])):
                for c in reversed(clauses[:ci]):
                    if re.match(r"(?i)[\s,]*(?:led|headed|run|chaired|backed)\s+by\b", c.text):
                        continue  # "Burkina Faso's junta, led by Captain X, and Niger's government": an aside
                    ms = self.mentions_in(c.start, c.end, quotes)
                    if c.kind != "main" or len(ms) != 1 or not re.fullmatch(
                            r"[\s,]*(?:and\s+)?(?:the\s+)?", self.text[c.start:ms[0].start], re.I) \
                            or not re.fullmatch(r"(?:['’]s(?:\s+[a-z][\w-]*){1,3})?[\s,]*", self.text[ms[0].end:c.end]):
                        break  # ("Burkina Faso's junta, ...": the side of its junta)
                    before = ms + before
            return self._groups_persons(before)
        # "“...,” Saeed Khatibzadeh, Iran's foreign ministry spokesman, said.": the person named before
        lone = self.text[cl.start:trig.start].strip(" ,;:—–`'\"“”‘’").split()
        if trig.type == "statement" and len(lone) == 1 and lone[0][:1].isupper() and lone[0].lower() not in (
                "he", "she", "it", "they", "we", "i") and not self.mentions_in(cl.start, trig.start, quotes) and ci > 0:
            # "..., Freeh said": a speaker named by a surname; the side of a person named before with that
            # surname, else none (not the side of whoever the quote mentions)
            same = [m for c in clauses[:ci] for m in self.mentions_in(c.start, c.end, quotes)
                    if m.kind == "person" and m.person and m.person.split()[-1] == lone[0]]
            if same:
                return self._groups_persons(same[-1:])
            return [], [lone[0]]
        if trig.type == "statement" and not self.untimed(cl.start, trig.start).strip(" ,;:—–").split()[:-1] and ci > 0:
            # the subject, not a person inside an apposition or a participle ("Kikwete, speaking at a news
            # conference with Albright, said")
            people = [(m, bool(re.match(r"\s*(?:an?|the)\s", c.text))) for c in clauses[:ci]
                      if c.kind not in ("participle", "relative", "subordinate")
                      and not re.match(r"\s*(?:speaking|talking|writing|appearing|standing|flanked|accompanied)\b", c.text, re.I)
                      for m in self.mentions_in(c.start, c.end, quotes) if m.kind == "person"]
            # "Podolyak, an adviser to President Zelenskiy, denied": not the person inside the apposition
            named = [m for m, apposition in people if not apposition] or [m for m, _ in people]
            if named:
                return self._groups_persons(named[-1:])
            if cl.kind == "participle":
                # "Iran fired about 180 missiles at Israel that night, saying it was avenging ...": the subject of
                # the main clause before
                for c in reversed(clauses[:ci]):
                    if c.kind == "main":
                        acts = self.triggers_cache(c)
                        ms = [m for m in self.mentions_in(c.start, acts[0].start() if acts else c.end, quotes) if m.group]
                        if ms:
                            return self._groups_persons(ms[-1:])
                        break
            # "Another Iraqi armed group, Kataib Sayyid al-Shuhada, said": a clause that is only a name
            whole = [m for c in clauses[:ci] if c.kind == "main"
                     for m in self.mentions_in(c.start, c.end, quotes) if m.group
                     and re.fullmatch(r"[\s,]*(?:the\s+)?", self.text[c.start:m.start], re.I)
                     and re.fullmatch(r"[\s,]*", self.text[m.end:c.end])]
            if whole:
                return self._groups_persons(whole[-1:])
            # "Kimotho, who was hospitalized, said": a subject the gazetteer does not know is no side
            first = [c for c in clauses[:ci] if not all(_inside(c.start + k, quotes) or not ch.strip(" ,")
                                                        for k, ch in enumerate(c.text))
                     and not c.start < self.dateline_end
                     and not re.fullmatch(r"\s*\w+ly[\s,]*", c.text)
                     and not re.match(r"\s*(?:In|On|At|After|Before|During|With|For|From|Since|Despite|Under|Amid|"
                                      r"Following|As|Now|Then|Meanwhile|However|Still|Also)\b", c.text)]
            # ('"This is the work of the BRN," Colonel Pramote Prom-in, spokesman for ..., told BenarNews': the
            # name after the quotation)
            ftxt = "".join(ch for k, ch in enumerate(first[0].text) if not _inside(first[0].start + k, quotes)) \
                .strip(" ,\"“”") if first else ""
            if first and first[0].kind == "main" and re.fullmatch(
                    r"\s*(?:[A-Z][\w'’.-]+\s*){1,4}[\s,]*", ftxt) \
                    and ftxt.strip(" ,").split()[0].strip(",.") not in _FUNCTION_CAPS \
                    and not self.mentions_in(first[0].start, first[0].end, quotes) \
                    and not self.timexes_in(first[0].start, first[0].end):
                return _name_as_side(_person_name(ftxt))
        if trig.type != "statement" and not before and re.fullmatch(
                r"(?i)(?:it|its\s+(?:fighters|forces|troops|militants|gunmen|men|members|units?))"
                r"(?:\s+(?:\w+ly|also|then|later|again|has|had|have|was))*",
                self.untimed(cl.start, trig.start).strip(" ,;:—–`'\"“”‘’")):
            # "It murdered a prison officer in 2016", "its fighters attacked the camp": the organization last told of
            return self._last_organization(trig.start, sent_start=clauses[0].start)
        if not before and re.fullmatch(r"(?i)the\s+(?:jihadists|militants|rebels|insurgents|guerrillas|extremists)"
                                       r"(?:\s+(?:\w+ly|also|then|later|again|has|had|have|was|were))*",
                                       self.untimed(cl.start, trig.start).strip(" ,;:—–`'\"“”‘’")):
            # "ISWAP said ... In the same statement, the jihadists warned ...": the armed group just told of
            si = bisect.bisect_right(self._s_starts, clauses[0].start) - 1
            lo = self.doc.sentences[max(0, si - 2)].start if si >= 0 else 0
            armed = [m for m in self.mentions_in(lo, trig.start) if m.group and m.kind != "person"
                     and self.gaz.kind(m.group) == "armed group"]
            if armed:
                return [armed[-1].group], []
        # "The two sides sign a 'permanent cessation of hostilities'", "both sides agreed": the last two sides named
        if re.fullmatch(r"(?i)(?:both|the\s+two|the\s+warring)\s+(?:sides|parties|camps)(?:\s+(?:\w+ly|also|have|had|then))*",
                        self.untimed(cl.start, trig.start).strip(" ,;:—–`'\"“”‘’-")):
            si = bisect.bisect_right(self._s_starts, clauses[0].start) - 1
            lo = self.doc.sentences[max(0, si - 6)].start if si >= 0 else 0
            sides: list[str] = []
            # (not the two companies of a deal: "a French chemical maker is making a bid ..., the two sides said")
            for m in [] if _BUSINESS.search(self.text[clauses[0].start:clauses[-1].end]) else reversed(
                    self.mentions_in(lo, cl.start)):
                if m.kind != "person" and m.group and self.gaz.kind(m.group) in ("state", "armed group", "government") \
                        and not self.gaz.is_community(m.group) and m.group not in sides:
                    sides.append(m.group)
                if len(sides) == 2:
                    return sides[::-1], []
        if trig.type == "statement":
            pre_txt = "".join(ch for i, ch in enumerate(self.text[cl.start:trig.start])
                              if not _inside(cl.start + i, quotes)).strip(" ,;:—–`'\"“”‘’")
            # "“...,” said a U.S. Embassy official": the subject after the reporting verb
            if not pre_txt and cl.kind != "participle" and re.fullmatch(
                    r"(?i)said|says|say|added|adds|told|tells|replied|declared|wrote|writes|stated|insisted|"
                    r"warned|cautioned|explained|noted|continued|argued|asked|recalled|conceded", trig.text):
                after = [m for m in self.mentions_in(trig.end, min(cl.end, trig.end + 60), quotes)
                         if not self.after_place_prep(m, trig.end)
                         or _ROLE_OF.search(self.text[max(trig.end, m.start - 40):m.start])]
                if after:
                    return self._groups_persons(after[:1])
            # "Rwanda has long denied ... In a statement on Monday, its foreign ministry blamed": the state
            # the sentence before opens with
            if re.fullmatch(r"(?i)(?:[\w\s,]*?\b)?its\s+(?:foreign|defen[cs]e|interior|information|war)?\s*(?:ministry|"
                            r"government|army|military|cabinet|president|leader|spokes(?:man|woman|person)|envoy)"
                            r"(?:\s+(?:\w+ly|also|then|later|again|instead|has|had|have))*", self.untimed(cl.start, trig.start).strip(" ,")):
                si = bisect.bisect_right(self._s_starts, clauses[0].start) - 1
                if si >= 1:
                    first = self._opening_mention(si - 1, 40, r"\s*(?:the\s+)?")
                    if first is not None and self.gaz.kind(first.group) == "state":
                        return [first.group], []
            # "It strongly condemns ...": "it" is the last organization named, if any
            if re.fullmatch(r"(?i)it(?:\s+(?:\w+ly|also|then|later|again|has|had|have|was))*", pre_txt):
                return self._last_organization(trig.start, sent_start=clauses[0].start)
            # "Both groups denied involvement": the last two organizations named
            if re.fullmatch(r"(?i)(?:both|the\s+two)\s+(?:groups|militias|factions|movements|organi[sz]ations|parties)"
                            r"(?:\s+(?:\w+ly|also|have|had|then))*", pre_txt):
                si = bisect.bisect_right(self._s_starts, clauses[0].start) - 1
                lo = self.doc.sentences[max(0, si - 2)].start if si >= 0 else 0
                orgs: list[str] = []
                for m in reversed(self.mentions_in(lo, cl.start)):
                    if m.kind != "person" and m.group and self.gaz.kind(m.group) in _ORG_KINDS \
                            and self.gaz.kind(m.group) != "state" and not self.gaz.is_community(m.group) \
                            and m.group not in orgs:
                        orgs.append(m.group)
                if len(orgs) >= 2:
                    return orgs[1::-1], []
        # "the Iraqi parliament, which voted ...": the noun the relative clause hangs on
        if cl.kind == "relative" and not before:
            ms = [m for m in self.mentions_in(clauses[0].start, cl.start, quotes)]
            if ms and cl.start - ms[-1].end <= 25:
                return self._groups_persons(ms[-1:])
        # "His government arrested ...": the last person named's side
        if re.search(r"\b(?:his|her)\s+(?:government|administration|forces|troops|ministry|cabinet|movement|group|"
                     r"militia|fighters|men|supporters)\b", self.text[cl.start:trig.start], re.I):
            p = self.last_person_before(trig.start)
            if p is not None and p.group:
                return [p.group], []
        # "he told reporters": the last person named -- or, in what a person says, that person ("X told Y
        # that he rejected the plan")
        if re.search(r"\b(?:he|she)\s+(?:\w+\s+){0,2}$", self.text[cl.start:trig.start], re.I):
            p = self.reporting_subject(clauses[0].start, cl.start, quotes)
            if p is None and cl.start == clauses[0].start and re.match(r"\s*[\"“]?(?:He|She)\b", cl.text):
                # "Minister Itamar Ben-Gvir says his party is quitting Prime Minister Benjamin Netanyahu's coalition.
                # He denounced ...": the person the sentence before opens with, not the last one it names
                before = self.sentence_before(clauses[0].start)
                people = [m for m in self.mentions_in(before.start, before.end, ()) if m.kind == "person" and m.group] \
                    if before is not None else []
                if people and people[0].start - before.start < 60 and len({m.person for m in people}) > 1:
                    p = people[0]
            p = p or self.last_person_before(trig.start)
            prev_sent = self.sentence_before(clauses[0].start)
            if p is not None and prev_sent is not None and p.start < prev_sent.start and trig.type == "statement" \
                    and cl.start == clauses[0].start and (st := self.speaker_before(clauses[0])):
                # "Government spokesman Legesse Tulu rejected the accusation. He said ...": the speaker of the
                # sentence before, whose name is not known here, not a person named further up
                return st.groups, st.actors
            if p is not None and p.group:
                return [p.group], [p.person]
            if trig.type == "statement" and cl.start == clauses[0].start and (st := self.speaker_before(clauses[0])):
                return st.groups, st.actors  # "Spokesman X condemned ... He warned that ...": the speaker just told of
            unknown = self._unknown_speaker
            if trig.type == "statement" and cl.start == clauses[0].start and unknown is not None \
                    and unknown[0] is self.sentence_before(clauses[0].start) and re.match(r"\s*(?:He|She)\b", cl.text):
                return [], list(unknown[1])  # "Colonel X told BenarNews ... He warned that": X, whose side is unknown
        # "the juntas said they were leaving the bloc. They accused ECOWAS of ...": the side the sentence before
        # gave its statement (or its act) to
        if trig.type == "statement" and ci == 0 and re.fullmatch(r"\s*[\"“]?They\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?",
                                                                  self.text[cl.start:trig.start]):
            prev = self.sentence_before(cl.start)
            if prev is not None and prev.paragraph == self.doc.sentences[
                    bisect.bisect_right(self._s_starts, cl.start) - 1].paragraph:
                told = self.drafts_of(prev)
                for d in [d for d in told if d.trig.type == "statement"] + [d for d in told if d.trig.type != "statement"]:
                    if d.groups:
                        return list(d.groups), list(d.actors)
        # "some groups rejected Iran's call, including X": X
        inc = re.search(r",?\s+including\s+", self.text[trig.end:clauses[-1].end])
        if inc and _GENERIC_SUBJECT.search(self.text[cl.start:trig.start]):
            after = self.mentions_in(trig.end + inc.end(), clauses[-1].end, quotes)
            if after:
                return self._groups_persons(after[:1])
        # "..., Gremitskikh said", "..., officials said": a subject of its own that names no known side (not a
        # second participle: "announced the designations, calling the gangs ... and accusing them of ...")
        if trig.type == "statement" and not (cl.kind == "participle" and re.match(r"\s*\w+ing\b", cl.text)
                                             and re.search(r"\b(?:and|while)\s+$", self.text[cl.start:trig.start])):
            words = re.findall(r"[A-Za-z][\w'’.-]*", "".join(ch for i, ch in enumerate(self.text[cl.start:trig.start])
                                                              if not _inside(cl.start + i, quotes)))
            if any(w.lower() not in _NOT_A_SUBJECT and not w.lower().endswith("ly")
                   and w.rstrip(".") not in _FUNCTION_CAPS for w in words):
                # "..., Gremitskikh said": no known side, but the speaker's name is kept
                pre = "".join(ch for i, ch in enumerate(self.text[cl.start:trig.start]) if not _inside(cl.start + i, quotes))
                again = _person_name(pre)
                first = [m for m in self.triggers_cache(cl) if m.start() < trig.start]
                if not again and first and re.search(r"\band\s+(?:\w+ly\s+|also\s+)?$", pre) \
                        and re.match(r"\s*[\"“]?(?:He|She)\s", self.text[cl.start:first[0].start()]):
                    # "He said the return was held up ... and accused TPLF commanders": whoever "He" is for the first verb
                    return self._subject_groups(clauses, ci, _Trigger(first[0].start(), first[0].end(), first[0].group(0),
                                                                      "statement"), quotes)
                if not again and first and re.search(r"\band\s+(?:\w+ly\s+|also\s+)?$", pre):
                    # "Nwachukwu accused some media outlets of ... and warned that ...": the subject of the first verb
                    again = _person_name(self.untimed(max(cl.start, self.dateline_end), first[0].start()).strip(" ,"))
                if again and again[0].split()[-1] in self._speakers:
                    # "Nwachukwu accused ...": the army spokesman introduced before by his role and full name
                    side, full = self._speakers[again[0].split()[-1]]
                    return list(side), [full]
                if ci > 0 and re.match(r"\s*(?:[a-z]+ed\b|and\b)", pre) and clauses[0].kind == "main":
                    # "Sinaloa Governor Ruben Rocha Moya, speaking at a news conference, praised the operation and
                    # urged ...": the name that opens the sentence
                    people = [m for m in self.mentions_in(clauses[0].start, clauses[0].end, quotes) if m.kind == "person"]
                    if people:
                        return self._groups_persons(people[:1])
                    opening = _person_name(self.untimed(clauses[0].start, clauses[0].end).strip(" ,"))
                    if opening:
                        return _name_as_side(opening)
                return _name_as_side(_person_name(pre))
        # "X, an Iraqi group close to Iran, also denied ...": the subject that opens the sentence (not across a
        # coordinated clause with a subject of its own: "Turkey and Qatar flew in teams, and the government
        # declared three days of mourning")
        if cl.kind == "main" and not re.match(r"\s*(?:and|but|while)\s+(?:the|a|an|its|their)\s+[a-z][\w-]*\s+(?!and\b|or\b)",
                                              self.text[cl.start:trig.start]):
            for c in clauses[:ci]:
                if c.kind != "main":
                    continue
                if c is clauses[0] and re.match(r"\s*[\"“]?(?:He|She)\s", c.text):
                    break  # "He said Karabakh's Armenians would ..., and warned": who "He" is, below
                ms = self.mentions_in(c.start, c.end, quotes)
                while len(ms) > 1 and re.match(r"-(?:linked|backed|aligned|affiliated|allied|inspired|supported)\s",
                                               self.text[ms[0].end:ms[0].end + 14]):
                    ms = ms[1:]  # "The al-Qaeda-linked Group for the Support of Islam and Muslims": the group
                lead = re.match(r"\s*(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\w’'-]+\s+){0,3}", c.text)
                if ms and ms[0].start <= c.start + (lead.end() if lead else 0) and not \
                        self.timexes_in(c.start, c.end):
                    first = [m for m in ms if m.start < ms[0].end + 40]
                    persons = [m for m in first if m.kind == "person"]
                    # "The United States and the European Union, which ..., condemned": both
                    listed = [m for k, m in enumerate(first) if k == 0 or re.fullmatch(
                        r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", self.text[first[k - 1].end:m.start], re.I)]
                    listed = listed[:next((k for k in range(1, len(listed)) if listed[k] is not first[k]), len(listed))]
                    return self._groups_persons(persons[:1] or listed)
                if not self.timexes_in(c.start, c.end):
                    break
        # "after an Iranian general delivered a message, warning them ...": the previous clause's subject,
        # for a clause without a subject of its own (a participle, "and also denied ...")
        own_np = self.text[cl.start:trig.start].strip(" ,;:—–")
        own_np = re.sub(r"^(?:and|but|then|also|later|after|before|while|when|as)\b\s*", "", own_np, flags=re.I)
        if trig.nominal or (cl.kind != "participle" and len(own_np.split()) > 1):
            return [], []
        for j in range(ci - 1, -1, -1):
            prev = clauses[j]
            if prev.kind in ("relative", "complement"):
                continue
            if re.match(r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4}(?:group|militia|party|movement|organization|force)s?\b",
                        prev.text, re.I) and j > 0:
                continue  # an apposition
            if j == 0 and prev.kind == "main" and re.match(r"\s*[\"“]?(?:He|She)\s", prev.text):
                # "He appealed to Somalis ... and called on residents of areas under al-Shabaab control to move,
                # warning that ...": the person "He" is, not a side named in the object
                st = self.speaker_before(clauses[0])
                if st is not None:  # ("Government spokesman X rejected ... He said ... and accused ..."): X
                    return list(st.groups), list(st.actors)
                p = self.last_person_before(prev.start + 1)
                if p is not None and p.group:
                    return [p.group], [p.person]
            ms = self.mentions_in(prev.start, prev.end, quotes)
            ms = [m for m in ms if not self.after_place_prep(m, prev.start)]
            if not ms:
                # "Nwachukwu accused some media outlets of ... and warned that ...": a speaker named by a name
                # the gazetteer does not know
                acts = self.triggers_cache(prev)
                if j == 0 and acts and trig.type == "statement":
                    named = _person_name(self.untimed(max(prev.start, self.dateline_end), acts[0].start()).strip(" ,"))
                    if named and named[0].split()[-1] in self._speakers:
                        side, full = self._speakers[named[0].split()[-1]]
                        return list(side), [full]
                    if named:
                        return _name_as_side(named)
                continue
            persons = [m for m in ms[:2] if m.kind == "person"]
            return self._groups_persons(persons[:1] or ms[:1])
        return [], []

    def reporting_subject(self, sent_start: int, pos: int, quotes) -> Mention | None:
        """The person who opens the sentence and speaks in it before `pos` ("Abdul-Mahdi told Esper during a
        call that he ..."), for a pronoun in what is said."""
        say = None
        for say in _SAY_BEFORE.finditer(self.text, sent_start, pos):
            break
        if say is None:
            return None
        people = [m for m in self.mentions_in(sent_start, say.start(), quotes) if m.kind == "person" and m.person]
        if people and not re.search(r"(?i)\b(?:to|with|by|from|of|and|after|briefing)\s+(?:[\w.-]+\s+){0,4}$",
                                    self.text[sent_start:people[0].start]):
            return people[0]
        return None

    def own_side_before(self, m: Mention, cl: _Clause) -> bool:
        """"a U.S. official in Baghdad": the official's side is named before "in", the capital is a place."""
        if not re.search(r"\bin\s+(?:the\s+)?$", self.text[max(cl.start, m.start - 10):m.start]):
            return False
        return any(x.group and x.end <= m.start and re.fullmatch(
            r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}in\s+(?:the\s+)?", self.text[x.end:m.start])
                   for x in self.mentions_in(max(cl.start, m.start - 60), m.start))

    def _last_organization(self, pos: int, sent_start: int) -> tuple[list[str], list[str]]:
        """The last organization (not a state, not a person) named in the two sentences before pos."""
        si = bisect.bisect_right(self._s_starts, sent_start) - 1
        lo = self.doc.sentences[max(0, si - 2)].start if si >= 0 else 0
        # "The New IRA emerged from a merger of the Real IRA ... It murdered ...": the organization that is the
        # subject of the sentence before, rather than one named in its object
        follows = si >= 1 and self.doc.sentences[si].start >= sent_start  # (pos's sentence has one before it)
        first = self._opening_mention(si - 1, 60, r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}") if follows else None
        if first is not None and first.kind != "person" and self.gaz.kind(first.group) in _ORG_KINDS \
                and self.gaz.kind(first.group) != "state":
            return [first.group], []
        for m in reversed(self.mentions_in(lo, pos)):
            if m.kind == "person" or not m.group:
                continue
            if m.kind == "pattern" or (self.gaz.kind(m.group) in _ORG_KINDS and not self.gaz.is_community(m.group)):
                return [m.group], []  # ("It" is no people: "attacks on Alawites. It said")
        # "The Israeli military said troops fired warning shots. It accused Hezbollah": the subject of the
        # sentence before
        first = self._opening_mention(si - 1, 40, r"\s*(?:the\s+)?") if follows else None
        if first is not None:
            return [first.group], []
        return [], []

    def _opening_mention(self, si: int, reach: int, lead: str) -> Mention | None:
        """The group named first in sentence `si`, within `reach` characters, with only `lead` before it: the
        subject that "it" or "its foreign ministry" in the next sentence points back to."""
        sent = self.doc.sentences[si]
        ms = [m for m in self.mentions_in(sent.start, min(sent.end, sent.start + reach)) if m.group]
        if ms and re.fullmatch(lead, self.text[sent.start:ms[0].start], re.I):
            return ms[0]
        return None

    def passive(self, trig: _Trigger, cl: _Clause) -> bool:
        word = trig.text.split()[0].lower()
        if not (word.endswith("ed") or word in ("held", "taken", "told", "said")):
            return False  # "is warning", "are urging": progressive, not passive
        return bool(re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$",
                              self.text[max(cl.start, trig.start - 25):trig.start], re.I))

    def _groups_persons(self, ms: list[Mention]) -> tuple[list[str], list[str]]:
        groups = _uniq(m.group for m in ms if m.group)
        persons = _uniq(m.person for m in ms if m.kind == "person" and m.person)
        return groups, persons

    # -- main
    def run(self) -> list[Event]:
        sents = self.doc.sentences
        for si, sent in enumerate(sents):
            if _is_headline(sent, self.doc):
                continue
            if not self.sentence(si, sent):
                self.time_only(sent)
        self.link_anniversaries()
        self.date_toll_updates()
        self.place_known_dates()
        self.main_group_acts()
        self.implied_sides()
        self.local_branches()
        self.protest_crowds()
        self.brokers()
        self.announcements_are_acts()
        used = {id(d.timex) for d in self.drafts if d.timex is not None and not getattr(d, "time_only", False)}
        self.drafts = [d for d in self.drafts if not (getattr(d, "time_only", False) and id(d.timex) in used)]
        return self.finish()

    def protest_crowds(self) -> None:
        """Who protested, when no group the gazetteer knows did: the crowd the clause names as its subject
        ("hundreds of teachers, nurses and laborers from outside the region marched ...", "Opposition lawmakers
        walked out ... in protest", "protesters attacked the French embassy"), without the count before it."""
        for d in self.drafts:
            if d.trig.type == "statement" and d.groups and set(d.groups) <= set(d.about) and not d.actors:
                # "protesters attacked the French embassy, accusing Paris of sheltering Damiba": the crowd speaks,
                # not the side it accuses
                cut = _split_before(self.untimed(d.sent.start, d.trig.start), r"said|says|told|[a-z]{3,}ed")
                m = _CROWD_SUBJECT.match(cut[0]) if cut else None
                crowd = _crowd_text(m) if m else ""
                if crowd and re.fullmatch(r"(?i)(?:[\w-]+\s+)?(?:protesters|demonstrators|activists|residents|villagers|"
                                          r"students|workers|supporters|relatives|families)", crowd):
                    d.groups = [crowd]
                    d.note.append(f"said by the crowd: {crowd}")
                continue
            if d.trig.type not in ("protest", "anniversary") or d.groups:
                continue
            if d.trig.type == "anniversary":
                # "Parents of the schoolchildren plan to gather at the school next Thursday to mark the seventh
                # anniversary": those who gather to mark it
                cut = _split_before(self.untimed(d.sent.start, d.trig.start),
                                    r"plan|plans|planned|will|would|are\s+to|gathered|gather|marched|held|hold|lit|laid|came|rallied")
                m = _CROWD_SUBJECT.match(cut[0]) if cut and re.search(
                    r"(?i)\b(?:gather\w*|march\w*|rall\w*|vigil|candles|wreaths?|hold|held)\b", cut[1]) else None
                if m is None:
                    continue
                crowd = _crowd_text(m)
            elif d.trig.nominal and re.fullmatch(r"(?i)protesters|protestors|demonstrators|rioters", d.trig.text):
                crowd = d.trig.text
            else:
                start = max(d.clause.start, d.sent.start)
                head = self.untimed(start, d.trig.start)
                m = _CROWD_SUBJECT.match(head)
                if m is None and re.search(r"(?i)\bin\s+$", head):
                    # "Opposition lawmakers walked out of the National Assembly on Tuesday in protest": the subject
                    # of the verb the protest is the manner of
                    cut = _split_before(head, r"walked|went|staged|held|gathered|marched|poured|stormed|took|came|"
                                              r"boycotted|resigned|quit")
                    m = _CROWD_SUBJECT.match(cut[0]) if cut else None
                noun = re.fullmatch(r"(?i)protests?|demonstrations?|rall(?:y|ies)|sit-ins?|marches|riots?|vigils?|strikes?",
                                    d.trig.text)
                if m is None or (noun and not m.group("verb") and not re.search(r"(?i)\bin\s+$", head)):
                    continue  # ("the unusual airing of protests": a noun with no crowd that makes it)
                crowd = _crowd_text(m)
                if m.group("count") and re.fullmatch(r"(?i)people|men|women|persons|others", crowd):
                    crowd = re.sub(r"\s+", " ", m.group("count") + crowd)  # "thousands of people": the count is the crowd
            if re.fullmatch(r"(?i)they|them", crowd.split()[-1]) and d.trig.type == "protest":
                # "about 60,000 residents of northern communities remain displaced. On Sunday, several hundred of
                # them protested": the crowd the sentence before opens with
                before = self.sentence_before(d.sent.start)
                crowd = ""
                if before is not None and before.paragraph == d.sent.paragraph:
                    cut = _split_before(self.untimed(before.start, before.end),
                                        r"remain|remained|are|were|have|has|had|live|lived|fled|say|said|[a-z]+ed")
                    m = _CROWD_SUBJECT.match(cut[0]) if cut else None
                    crowd = _crowd_text(m) if m else ""
                if not crowd or not _CROWD_NOUN.search(crowd):
                    continue
            if re.fullmatch(r"(?i)they|them|he|she|it|we|who|which|those|others", crowd.split()[-1]):
                continue
            if re.match(r"(?i)(?:and|or|but|to|who|which|that|the|a|an|in|on|of|as)\b", crowd) or not (
                    _CROWD_NOUN.search(crowd) or re.search(r"\b[A-Z][a-z]+s$", crowd)):
                continue  # a crowd is people: "teachers, nurses and laborers", "ethnic Albanians", "Activists"
            d.groups = [crowd]
            d.note.append(f"the crowd: {crowd}")

    def announcements_are_acts(self) -> None:
        """"The State Department announced the designations on Friday": where that sentence dates an act told
        before, its undated "announced" is the act itself, no statement of its own."""
        announced = {id(d.announced_in): d for d in self.drafts if getattr(d, "announced_in", None) is not None}
        if not announced:
            return
        for d in self.drafts:
            if d.trig.type == "statement" and d.trig.stance in ("other", "") and id(d.sent) in announced \
                    and re.match(r"(?i)announc|declar", d.trig.text) and d.basis == "publication":
                d.merged_into = announced[id(d.sent)]

    def brokers(self) -> None:
        """"The deal, brokered by Qatar, Egypt and the United States, was announced": who brokered an agreement
        named with no sides is a side of it."""
        for d in self.drafts:
            implied = any(n.startswith("no side named") for n in d.note)
            if d.trig.plover != "AGREE" or (d.groups and not implied) or not d.trig.nominal:
                continue
            by = _BROKERED_BY_AFTER.match(self.text, d.trig.end)
            brokers = _uniq(m.group for m in self.mentions_in(by.start("list"), by.end("list"), ())
                            if m.group and m.kind != "person") if by else []
            if brokers:
                d.groups = brokers
                d.note = [n for n in d.note if not n.startswith("no side named")] + ["brokered by " + ", ".join(brokers)]

    def main_armed_group(self) -> str:
        """The armed group a story is about: the non-state armed group it names most, at least three times and
        more than one and a half times as often as any other ("Islamic State Mozambique" in a timeline of the
        Cabo Delgado insurgency).  A network's own name counts for its branch in the story's country ("the
        Islamic State group" in Mozambique), or for the one branch the story names at least as often
        ("al-Qaida" for JNIM); a force that fights for a state does not compete:
        a state-backed militia, or an auxiliary of a foreign state ("Wagner" in Mali)."""
        home = self.home_state()
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.group and m.kind != "person" and self.gaz.kind(m.group) == "armed group":
                counts[m.group] = counts.get(m.group, 0) + 1
        for g in list(counts):
            local = self._local_branch(g, home) if home else ""
            kids = [local] if local else [k for k in counts if k != g and self.gaz.lookup(k).part_of == g
                                          and counts[k] >= counts[g]]
            if len(kids) == 1:
                counts[kids[0]] = counts.get(kids[0], 0) + counts.pop(g)
        counts = {g: n for g, n in counts.items() if not self.fights_for_a_state(g, home)}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > 1.5 * ranked[1][1]):
            return ranked[0][0]
        return ""

    def fights_for_a_state(self, group: str, home: str) -> bool:
        """Whether an armed group is a state's force rather than a side against it: a state-backed militia
        ("Volunteers for the Defence of the Homeland"), or a group aligned with a foreign state fighting
        outside its own country ("Wagner Group" in Mali)."""
        g = self.gaz.lookup(group)
        aff = (g.affiliation if g else "").lower()
        if "state-backed" in aff:
            return True
        return bool(home and g and g.country and g.country != home and re.search(r"-(?:aligned|backed)$", aff))

    def main_group_acts(self) -> None:
        """"Insurgents behead 10 people", "the rebels took Minova": in a story about one armed group, an attack
        or killing by unnamed insurgents, militants or rebels is that group's (noted as implied)."""
        main = None
        for d in self.drafts:
            if d.trig.type not in ("attack", "killing") or [g for g in d.groups if g not in d.targets]:
                continue
            subj = self.untimed(max(d.clause.start, d.sent.start), d.trig.end)
            if re.match(r"They\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?$", self.text[d.sent.start:d.trig.start]) \
                    and not d.trig.nominal:
                # "... to fight al-Shabaab, and its soldiers serve with the AU force. They stormed Nairobi's Westgate
                # mall in 2013": the one armed group the sentence before names
                before = self.sentence_before(d.sent.start)
                named = _uniq([m.group for m in self.mentions_in(before.start, before.end, ()) if m.group
                               and m.kind != "person" and self.gaz.kind(m.group) == "armed group"]) if before else []
                if len(named) == 1 and named[0] not in d.targets:
                    d.groups = _uniq(named + d.groups)
                    d.note.append(f"'They': the armed group the sentence before names, {named[0]}")
                    hit = [g for g in self.struck_state(d, ()) if g not in d.groups]
                    d.targets, d.groups = _uniq(d.targets + hit), _uniq(d.groups + hit)
                continue
            its = d.trig.nominal and _ITS_ATTACK.fullmatch(self.text, d.sent.start, d.trig.start)
            if its:
                # "Its deadliest attack came on Dec. 16, 2014": the group the story is about
                if main is None:
                    main = self.main_armed_group()
                if main and main not in d.targets:
                    d.groups = _uniq([main] + d.groups)
                    d.note.append(f"'{its.group(1)}': the story's main armed group, {main}")
                continue
            adj = d.trig.nominal and _FIGHTERS_ADJ_BEFORE.search(self.text, max(0, d.trig.start - 20), d.trig.start)
            if not (_UNNAMED_FIGHTERS.search(subj) or adj) or self.mentions_in(d.clause.start, d.trig.start):
                continue
            if main is None:
                main = self.main_armed_group()
            if not main or main in d.targets:
                continue
            d.groups = _uniq([main] + d.groups)
            who = _UNNAMED_FIGHTERS.search(subj).group('who').lower() if not adj else adj.group(1).lower() + " " + d.trig.text
            d.note.append(f"unnamed {who}: implied to be the story's main armed group, {main}")

    def implied_sides(self) -> None:
        """The side an attack or killing falls on when the story makes it plain but the sentence does not name it
        (noted as implied): the story country's forces hit by an armed group or by no one named ("ISWAP fighters
        raided a base", "ambushed and killed Brigadier General X", "five soldiers were killed" in a story about
        Nigeria), and the story's main armed group struck by a state ("Israeli jets strike Hodeidah port" in a
        story about the Houthis; "troops killed 12 militants" in one about ISWAP) -- unless that group is the
        state's own ally ("Iran-aligned")."""
        main = None
        for d in self.drafts:
            if d.trig.type not in ("attack", "killing") or d.merged_into is not None or getattr(d, "time_only", False):
                continue
            actors = [g for g in d.groups if g not in d.targets]
            states = [g for g in actors if self.gaz.kind(g) == "state" or (
                self.gaz.kind(g) == "government" and any(self.gaz.kind(c) == "state" for c in self.gaz.chain(g)))]
            if states:
                quotes = _quote_spans(self.text, d.sent.start, d.sent.end)
                if d.targets or not self.state_strikes(d, states, quotes) or self.struck_state(d, quotes):
                    continue
                if main is None:
                    main = self.main_armed_group()
                if not main or self._allied(main, states) or self.civilians_hit(d) or d.victims or \
                        (d.trig.type == "killing" and re.match(r"\s+(?:(?:al|el|abu|ibn)-)?[A-Z][\w'’-]+",
                                                                self.text[d.trig.end:d.trig.end + 40])) or \
                        [g for g in d.groups if self.gaz.kind(g) == "armed group"]:
                    continue  # (not "a U.S. drone strike killed al-Qaida leader Zawahiri" in a Taliban story, nor
                    # "French forces killed al-Sahrawi": whose a named victim was, the sentence does not say)
                d.targets.append(main)
                d.note.append(f"against {main}: implied, the story's main armed group")
                continue
            home = self.home_state()
            if not home or home in d.groups or [g for g in d.targets if self.gaz.kind(g) in ("state", "government")]:
                continue
            if self.placed_abroad(d.sent, home):
                continue  # "a massacre in neighbouring Burkina Faso, where JNIM fighters killed ... soldiers"
            if self.state_forces_hit(d):
                d.targets.append(home)
                d.note.append(f"against {home}: implied, the forces of the country the story is about")
            elif actors and all(self.insurgent_at_home(g, home) for g in actors) and not d.targets \
                    and not any("implied to be the story's main armed group" in n for n in d.note) \
                    and not _OTHER_FIGHTERS.search(self.text, d.trig.end, d.clause.end) \
                    and not [m for m in self.mentions_in(d.trig.end, d.clause.end, ()) if m.group and m.group != home
                             and self.gaz.kind(m.group) in ("state", "armed group")] \
                    and not _MUTUAL_FIGHTING.fullmatch(d.trig.text) \
                    and not re.search(r"(?i)\b(?:him|her|them)sel(?:f|ves)\b", self.text[d.trig.start:d.trig.end + 20]):
                # (not "Shekau killed himself", "blew himself up")
                # "BLA fighters launched coordinated attacks across the province, killing more than 50 people",
                # "an ELN car bomb at the police academy in Bogota": an insurgency's violence at home is against
                # the state it fights
                d.targets.append(home)
                d.note.append(f"against {home}: implied, the state {actors[0]} fights at home")

    def local_branches(self) -> None:
        """"the Islamic State group" in a story about Mozambique is its local province: a network named with a
        branch of its own name in the story's country ("Islamic State Mozambique Province", "Al-Qaeda in the
        Arabian Peninsula" for Yemen) gets that branch too, after it (noted)."""
        home = self.home_state()
        if not home:
            return
        branch: dict[str, str] = {}
        for d in self.drafts:
            if self.placed_abroad(d.sent, home):
                continue  # "a U.S. drone strike in Kabul killed al-Qaida leader ..." in a story filed in Pakistan
            for lst in (d.groups, d.targets):
                for g in list(lst):
                    if g not in branch:
                        branch[g] = self._local_branch(g, home)
                    b = branch[g]
                    if b and b not in d.groups and b not in d.targets:
                        lst.insert(lst.index(g) + 1, b)
                        d.note.append(f"{g} in {home}: its local branch, {b}")

    def placed_abroad(self, sent: Sentence, home: str) -> bool:
        """Whether a sentence places what it tells in a state other than the story's ("in Kabul", "in
        neighbouring Burkina Faso")."""
        for m in self.mentions_in(sent.start, sent.end, ()):
            if m.group and m.group != home and self.gaz.kind(m.group) == "state" and self.after_place_prep(m, sent.start):
                return True
        for c in re.finditer(r"\b(?:in|near|at|outside|inside)\s+(?P<cap>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", sent.text):
            state = self.gaz.capital_state(c.group("cap")) or self.gaz.capital_state(c.group("cap").split()[0])
            if state and state != home:
                return True
        return False

    def _local_branch(self, network: str, home: str) -> str:
        """The one branch of `network` in `home` whose name starts with one of the network's names, else ''."""
        net = self.gaz.lookup(network)
        if net is None or net.kind != "armed group":
            return ""
        names = [n.lower() for n in [net.name] + net.aliases if len(n) > 3]
        found = [g.name for g in self.gaz.groups.values() if g.part_of == net.name and g.country == home
                 and g.kind == "armed group" and any(g.name.lower().startswith(n + " ") for n in names)]
        return found[0] if len(found) == 1 else ""

    def state_strikes(self, d: _Draft, states: list[str], quotes) -> bool:
        """Whether a state is the one who struck: named before the act in its clause, as its subject ("Israeli
        jets strike Hodeidah port", "Troops killed 12 militants") or its modifier ("a U.S. air strike") -- not
        who reported it ("Malawi said three of its troops had died"), nor its victims ("five Mozambican soldiers
        were killed in the attack", "Lebanese soldier killed"), nor one side of a fight ("fighting")."""
        trig, cl = d.trig, d.clause
        if _MUTUAL_FIGHT.fullmatch(trig.text) or self.passive(trig, cl):
            return False
        if not trig.nominal and (trig.type == "killing" and not _TRANSITIVE_KILL.fullmatch(trig.text)
                                 or re.match(r"\s*(?:[,.;:]|$|in\b|on\b|by\b|during\b|when\b)", self.text[trig.end:cl.end])):
            return False  # "three of its troops had died", "soldier killed, army blames": no object struck
        for m in self.mentions_in(cl.start, trig.start, quotes):
            between = self.text[m.end:trig.start]
            if m.group in states and not _SAY_BEFORE.search(between) and not re.search(r"(?i)\b(?:was|were|been|is|are)\b",
                                                                                    between):
                return True
        return False

    def insurgent_at_home(self, group: str, home: str) -> bool:
        """Whether `group` is an insurgency against the state `home`: an armed group of that country, not a gang or
        a cartel, nor backed by a state ("Iran-aligned", "state-backed militia", "pro-government militias")."""
        g = self.gaz.lookup(group)
        if g is None or g.kind != "armed group" or self.gaz.canonical(g.country) != home:
            return False
        return not re.search(r"(?i)gang|cartel|aligned|backed|state|government|loyal|militia|sponsored|Sadrist",
                             g.affiliation or "")

    def _allied(self, group: str, states: list[str]) -> bool:
        """Whether an armed group is backed by one of these states (its affiliation names it: "Iran-aligned")."""
        g = self.gaz.lookup(group)
        if g is None or not g.affiliation:
            return False
        for st in states:
            names = list(self.gaz.chain(st))
            sg = self.gaz.lookup(st)
            if sg is not None:
                names += sg.demonyms
            if any(re.search(rf"\b{re.escape(n)}\b", g.affiliation) for n in names if n):
                return True
        return False

    def hit_span(self, d: _Draft) -> tuple[int, int]:
        """Where what an act hit is named: after its verb, or before it in the passive ("five soldiers were
        killed")."""
        clauses = _clauses(self.text, d.sent, self.timexes_in(d.sent.start, d.sent.end))
        ci = _clause_of(clauses, d.trig.start)
        if self.passive(d.trig, clauses[ci]):
            return clauses[ci].start, d.trig.start
        return d.trig.end, self.hit_end(clauses, ci)

    def civilians_hit(self, d: _Draft) -> bool:
        """Whether an act hit civilians ("accused the army of killing civilians", "soldiers killed 21
        villagers"): no armed side is implied as its target."""
        return bool(_CIVILIANS.search(self.text, *self.hit_span(d)))

    def state_forces_hit(self, d: _Draft) -> bool:
        """Whether what an attack or killing hit is a state's forces with no side of their own named: "raided a
        base", "killing five soldiers", "an assault on the police station", "Brigadier General X" (passive:
        "five soldiers were killed")."""
        sent = d.sent
        start, end = self.hit_span(d)
        home = self.home_state()
        if [m for m in self.mentions_in(start, end, ()) if m.group and m.kind != "person" and m.group != home
                and m.group not in d.groups and not self.gaz.is_community(m.group)]:
            return False  # "the base, which hosts troops of the US-led coalition": someone else's may be hit
        for f in _STATE_FORCES.finditer(self.text, start, end):
            before = self.text[max(sent.start, f.start() - 30):f.start()]
            if _NOT_STATE_FORCES.search(before) or _SAY_AFTER.match(self.text, f.end(), sent.end) \
                    or re.search(r"(?i)\b(?:by|alongside|with)\s+(?:the\s+)?(?:[\w-]+\s+)?$", before) or re.search(r"[a-z,]\s+[A-Z][\w'’-]+\s+$", before):
                continue  # "rebel positions", "its fighters"; "..., police said"; "a rampage by Hutu security forces"
            if [m for m in self.mentions_in(max(sent.start, f.start() - 30), f.start(), ()) if m.group and re.fullmatch(
                    r"(?:['’]s)?[\s-]+(?:[\w-]+\s+){0,2}", self.text[m.end:f.start()])]:
                continue  # "Turkish soldiers", "an SDF checkpoint", "Nigeria's army base": a side named
            return True
        return False

    def time_only(self, sent: Sentence) -> None:
        """A sentence with a dated time expression and a group but no event word: an event of type other."""
        quotes = _quote_spans(self.text, sent.start, sent.end)
        tx = [t for t in self.timexes_in(sent.start, sent.end) if t.date is not None and t.value != "PRESENT_REF"
              and t.granularity not in ("vague", "duration", "set") and not _inside(t.start, quotes)]
        # a dateline ("BAGHDAD, Jan 5 (Reuters) -") dates the report, not an event
        tx = [t for t in tx if not re.search(r"\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|IANS|ANI)\)", self.text[t.end:t.end + 15])]
        ms = [m for m in self.mentions_in(sent.start, sent.end, quotes) if m.group]
        if not tx or not ms:
            return
        t = tx[0]
        clauses = _clauses(self.text, sent, self.timexes_in(sent.start, sent.end))
        cl = clauses[_clause_of(clauses, t.start)]
        trig = _Trigger(t.start, t.end, t.text, "other", "", False, plover="")
        d = _Draft(trig=trig, sent=sent, clause=cl, timex=t, basis="stated")
        d.groups = _uniq(m.group for m in ms if not self.after_place_prep(m, sent.start))
        d.groups = d.groups or _uniq(m.group for m in ms)
        d.actors = _uniq(m.person for m in ms if m.kind == "person" and m.person)
        d.note.append("no event word: dated sentence")
        d.time_only = True  # type: ignore[attr-defined]
        self.location_for(d, cl, quotes)
        self.drafts.append(d)

    def sentence(self, si: int, sent: Sentence) -> int:
        """Adds the sentence's events; returns how many event words it holds (0: none at all)."""
        quotes = _quote_spans(self.text, sent.start, sent.end)
        clauses = _clauses(self.text, sent, self.timexes_in(sent.start, sent.end))
        trigs = self.triggers(sent, quotes)
        drafts: list[_Draft] = []
        stmt_objects: list[tuple[_Draft, int]] = []  # statements and where their object starts
        for trig in trigs:
            ci = _clause_of(clauses, trig.start)
            cl = clauses[ci]
            if trig.end > cl.end:  # "designated X, led by Y, as a terrorist group in March 2019": one clause
                cj = _clause_of(clauses, trig.end - 1)
                cl = _Clause(cl.start, clauses[cj].end, self.text[cl.start:clauses[cj].end], cl.kind)
                clauses = clauses[:ci] + [cl] + clauses[cj + 1:]
            if self.irrealis(trig, sent):
                continue
            if trig.type == "killing" and re.search(r"\banniversar(?:y|ies)\s+of\s+(?:[\w'’-]+\s+){0,2}$",
                                                    self.text[max(sent.start, trig.start - 40):trig.start], re.I):
                continue  # "the anniversary of his death": the death is the anniversary's object
            if trig.type in ("political", "protest", "formation", "other") and trig.nominal and self.demanded(trig, sent):
                continue  # "demanding the resignation of the government", "called for elections": not (yet) an event
            if trig.type == "attack" and not trig.nominal and re.search(
                    r"(?i)\b(?:protesters|demonstrators|rioters|mobs?|crowds?)\s+(?:\w+ly\s+|also\s+|then\s+)?$",
                    self.text[cl.start:trig.start]):
                # "hundreds of protesters attacked the embassies": a riot, the crowd's protest
                trig = replace(trig, type="protest")
            if trig.type == "formation" and not self._formation_ok(trig, sent, cl, quotes):
                if not re.match(r"(?i)agreed\s", trig.text):
                    continue
                # "commanders said they had agreed to form a joint council": no organization named, an agreement
                trig = replace(trig, type="political", plover="AGREE")
            if trig.type == "attack" and trig.text.lower() in ("rocket", "rockets", "missile", "missiles", "mortar",
                                                               "mortars", "target", "targets", "drone", "drones") and not re.search(
                    r"\b(?:fired|firing|fire|fires|hit|hits|landed|lands|struck|strikes|launched|launching|fell|slammed|slams|"
                    r"crashed|crashes|targeted|attack|barrage|"
                    r"impacted|salvo|volley|downed|intercepted|shot\s+down)\b",
                    self.text[max(sent.start, trig.start - 30):min(sent.end, trig.end + 30)], re.I) and not re.search(
                    r"(?i)\b(?:responded|responds|retaliated|retaliates|hit\s+back|struck\s+back)\b[^.;]{0,60}\bwith\b[^.;]{0,40}$",
                    self.text[max(sent.start, trig.start - 110):trig.start]):
                continue  # (but "Iran responded on April 13 with more than 300 drones and missiles": weapons used)
            if trig.type == "protest" and trig.stance == "labour" and not self.timexes_in(cl.start, cl.end):
                continue  # "output fell because of a miners' strike": background, unless dated on its own
            if trig.type == "other" and trig.nominal and not self.timexes_in(cl.start, cl.end) and not (
                    trig.plover == "AGREE" and re.fullmatch(r"(?i)\W*(?:the|a|an)?\s*", self.text[sent.start:trig.start])
                    and _ANNOUNCED_LATER.search(self.text, trig.end, sent.end)) and self.paragraph_heading(sent) is None:
                # ("The deal, brokered by Qatar, was announced in Doha on Wednesday": the subject's verb comes later;
                # "- Nov. 2, 2022: The federal government and the TPLF sign a peace agreement": the entry's day)
                continue  # "US sanctions on Iran" as background: no event without a time of its own
            d = _Draft(trig=trig, sent=sent, clause=cl)
            groups, persons = self.subject_groups(clauses, ci, trig, quotes)
            if trig.type == "other" and not groups and " between " in trig.text:
                # "a ceasefire between Israel and Hezbollah took effect": the parties named in it
                groups = _uniq(m.group for m in self.mentions_in(trig.start, trig.end, quotes) if m.group)
            if trig.plover == "AGREE" and (brok := _BROKERED_BY.search(self.text, max(cl.start, trig.start - 60),
                                                                       trig.start)):
                # "the US- and French-brokered ceasefire": who brokered it is a side of it
                found = [self.gaz.lookup(w) for w in re.findall(r"[A-Z][\w.'’]*", brok.group("who"))]
                groups = _uniq(groups + [g.name for g in found if g is not None and g.kind != "person"])
            if trig.type == "statement":
                d.groups, d.actors = groups, persons
                d.about = _uniq(m.group for m in self.mentions_in(trig.end, cl.end, quotes))
                if d.trig.stance == "other":
                    # "described the attack as 'a heinous crime'": the words after "as" are the verdict
                    verdict = self.text[trig.end:sent.end] if re.match(r"(?i)describ|characteri", trig.text) else ""
                    d.trig.stance = self.quote_stance(sent, quotes, groups, verdict)
                if d.trig.stance == "warning" and quotes and self.quote_stance(sent, quotes, groups) == "threat":
                    d.trig.stance = "threat"  # 'warned that those responsible would be "hunted down"'
                if d.trig.stance == "other" and re.match(r"(?i)vow|pledg|promis", trig.text) and re.search(
                        r"(?i)\b(?:revenge|retaliat\w*|aveng\w*|vengeance|respond\w*|response|punish\w*|unpunished|"
                        r"keep up|continue|step up|intensify|crush|defeat|destroy|eliminate|eradicate|annihilate|"
                        r"wipe\s+out|hunt\s+down|(?:strike|hit|fight)\s+back|(?:stern|tough|strong|harsh|decisive|firm|severe)\s+action)\b",
                        self.text[trig.end:sent.end]):
                    d.trig.stance = "threat"  # 'vowed "harsh revenge"', "vowed to keep up their attacks"
                for verbs, reported, stance in _REPORTED_STANCES:
                    if d.trig.stance == "other" and verbs.fullmatch(trig.text) \
                            and reported.match(self.text, trig.end, sent.end):
                        d.trig.stance = stance
                stmt_objects.append((d, trig.end))
                if cl.start <= trig.start and (groups or persons):
                    named = _person_name(self.untimed(max(cl.start, self.dateline_end), trig.start).strip(" ,")) or (
                        [p for p in persons if " " in p][:1])
                    if named and " " in named[0] and named[0].split()[-1] not in self._speakers:
                        self._speakers[named[0].split()[-1]] = (list(groups), named[0])
            elif trig.type in ("killing", "arrest") and re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$",
                                                                     self.text[max(cl.start, trig.start - 25):trig.start]):
                # passive: the subject is the victim / the arrested -- after the speaker, if the clause is
                # reported ("spokesman X said five fighters were killed": X is no victim)
                said = None
                for said in _SAY_BEFORE.finditer(self.text, cl.start, trig.start):
                    pass
                inclause = self.mentions_in(said.end() if said else cl.start, cl.end, quotes)
                if not [m for m in inclause if m.start < trig.start] and ci > 0 and not said:
                    # "The group's leader, Abu Bakr al-Baghdadi, was killed in a U.S. raid": the subject stands in
                    # the clauses before
                    subj = [m for c in clauses[:ci] if c.kind == "main" for m in self.mentions_in(c.start, c.end, quotes)]
                    people = [m for m in subj if m.kind == "person"]
                    inclause = (people[-1:] or subj[-1:]) + inclause
                d.victims = _uniq(m.person or m.text for m in inclause if m.kind == "person")
                d.groups = _uniq(m.group for m in inclause if m.group and not (  # not "in northwestern Syria"
                    m.kind != "person" and self.after_place_prep(m, cl.start)))
                if said and not d.groups:  # "five fighters were killed", says the side that lost them
                    d.groups = _uniq(m.group for m in self.mentions_in(cl.start, said.start(), quotes) if m.group)
                d.actors = _uniq(m.person for m in inclause if m.kind == "person" and m.person)
                by = re.search(r"\bby\s+", self.text[trig.end:cl.end])
                if by:
                    agents = self.mentions_in(trig.end + by.end(), cl.end, quotes)
                    d.groups = _uniq(d.groups + [m.group for m in agents])
                # the appositions right after ("..., the leader of Iraq's PMF,") describe the victims
                if ci + 1 < len(clauses) and clauses[ci + 1].kind == "main":
                    nxt = clauses[ci + 1]
                    if re.match(r"\s*(?:the|a|an)\s+(?:leader|head|commander|chief|founder|deputy|member)", nxt.text, re.I):
                        d.groups = _uniq(d.groups + [m.group for m in self.mentions_in(nxt.start, nxt.end, quotes)
                                                     ][:2])
            elif trig.type == "formation":
                d.groups = self._formed_entity(trig, sent, cl, quotes)
                d.about = _uniq(m.group for m in self.mentions_in(trig.end, cl.end, quotes))
            elif trig.type == "anniversary":
                ms = self.mentions_in(cl.start, cl.end, quotes)
                d.groups = _uniq(m.group for m in ms if m.group)
                d.actors = _uniq(m.person for m in ms if m.kind == "person" and m.person)
                of = re.match(r"\s+of\s+(?:the\s+)?(?P<who>[\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*(?:['’]s\s+)?"
                              r"(?P<what>death|killing|assassination|murder)?",
                              self.text[trig.end:cl.end])
                if of:
                    who = of.group("who")
                    if who.lower() in ("his", "her", "their"):
                        p = self.last_person_before(trig.start)
                        if p:
                            d.anniversary_victims = [p.person]
                            d.groups = _uniq(d.groups + [p.group])
                    else:
                        ms2 = [m for m in self.mentions_in(trig.end, cl.end, quotes) if m.kind == "person"]
                        if ms2:
                            d.anniversary_victims = [ms2[0].person]
                            d.groups = _uniq(d.groups + [ms2[0].group])
            else:
                d.groups, d.actors = groups, persons
                if trig.type == "killing" and not trig.nominal:
                    # "X killed Y": Y's people are victims
                    after = [m for m in self.mentions_in(trig.end, cl.end, quotes) if m.kind == "person"]
                    d.victims = _uniq(m.person for m in after)
                    named = _NAMED_VICTIM.match(self.text, trig.end, cl.end)
                    if not d.victims and named and named.group("name").split()[0] not in _FUNCTION_CAPS:
                        d.victims = [named.group("name")]  # "shot dead activist Ihab al-Wazni": a person named
                    if not d.victims and (lead := self.leader_killed(trig, cl, quotes)) is not None:
                        d.fallen_leader = self.text[trig.end:lead.end].strip()
                        d.targets = _uniq(d.targets + [lead.group])
                    elif not d.victims and (own := re.match(r"\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:founder|leader|commander|"
                                                            r"chief|head|deputy\s+leader|spokes(?:man|woman))\b",
                                                            self.text[trig.end:cl.end])):
                        d.fallen_leader = own.group(0).strip()  # "a U.S. drone strike ... killed its founder"
                    d.groups = _uniq(d.groups + [m.group for m in after])
                if trig.type == "attack" and trig.nominal:
                    # perpetrators named in the noun phrase: "an attack by X", "X's attack"
                    by = re.match(r"\s+(?:by|(?P<alleged>(?:\w+ly\s+)?(?:attributed|blamed)\s+(?:to|on)))\s+", self.text[trig.end:cl.end])
                    if by:
                        d.groups = _uniq(m.group for m in self.mentions_in(trig.end, cl.end, quotes)[:1])
                        if by.group("alleged") and d.groups:
                            # "an air strike widely attributed to Israel": whom it is put on
                            d.alleged = list(d.groups)
                            d.note.append(f"{by.group('alleged')} {d.groups[0]}")
                    elif not re.search(r"\b(?:\w+ed|\w+s)\s*$", self.text[cl.start:trig.start]) or groups == []:
                        d.groups = groups
                    # "killed in a U.S. raid", "after an Israeli strike": the side named before the noun
                    pre = [m for m in self.mentions_in(max(d.sent.start, trig.start - 40), trig.start, quotes)
                           if m.group and m.kind != "person" and ((m.start >= cl.start and re.fullmatch(
                               r"[\s-]+(?:[a-z][\w-]*\s+)?", self.text[m.end:trig.start])
                           and re.search(r"(?i)\b(?:a|an|the|in|by|after|from)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}$",
                                         self.text[max(cl.start, m.start - 30):m.start]))  # ("a massive Israeli air strike")
                               # "Iran's Oct. 1 barrage of ballistic missiles", "Hamas's Oct. 7, 2023, attack"
                               or re.fullmatch(r"['’]s[\s,]+(?:[a-z][\w-]*\s+)?", self.untimed(m.end, trig.start))
                               # "in support of Hamas, whose Oct. 7 attack on southern Israel"
                               or re.fullmatch(r",\s+whose[\s,]+(?:[a-z][\w-]*\s+)?", self.untimed(m.end, trig.start)))]
                    if pre and pre[-1].group not in d.groups:
                        d.groups = _uniq([pre[-1].group] + d.groups)
            if trig.type == "attack" and re.fullmatch(r"(?i)(?:fell|falls) to", trig.text):
                # "Kabul fell to the Taliban": who took it, then whose it was
                taker = [m.group for m in self.mentions_in(trig.end, cl.end, quotes)[:1] if m.group]
                if taker:
                    held = [g for g in d.groups if g not in taker]
                    d.groups, d.targets = _uniq(taker + held), _uniq(d.targets + held)
            between = re.match(r"\s+between\s+", self.text[trig.end:cl.end]) if trig.type == "attack" else None
            if between:  # "fighting between the army and the RSF (, known as ...,) erupted": both (whoever the
                # sentence opens with: "Ethiopia faces turmoil in Amhara, where fighting between the army and Fano ...")
                verb = _BETWEEN_END.search(self.text, trig.end + between.end(), sent.end)
                sides = _uniq(m.group for m in self.mentions_in(trig.end, verb.start() if verb else sent.end, quotes)
                              if m.group)
                if sides and (not d.groups or len(sides) >= 2):
                    d.groups = sides
            if trig.type == "protest" and not trig.nominal and re.fullmatch(r"(?i)protest(?:s|ed)?", trig.text) \
                    and d.groups and all(self.gaz.kind(g) == "state" for g in d.groups) \
                    and re.match(r"\s+(?:\w+ly\s+)?(?:the|against|to|over|at|its|their)\b", self.text[trig.end:cl.end]):
                # "Baghdad has repeatedly protested the incursions": a government objecting, not a street protest
                trig.type, trig.stance = "statement", "condemnation"
            if trig.type in ("attack", "killing") and trig.nominal and drafts and drafts[-1].trig.type == "attack" \
                    and drafts[-1].groups and re.search(r"(?i)\b(?:including|among\s+them|such\s+as)\s+(?:an?\s+|the\s+|one\s+)?"
                                                        r"(?:[\w-]+\s+){0,2}$", self.text[max(sent.start, trig.start - 40):trig.start]):
                # "militias have targeted the base several times, including a rocket attack in April": one of theirs
                d.groups = _uniq(drafts[-1].groups + [g for g in d.groups if g not in drafts[-1].targets])
            if trig.type == "political" or (trig.type == "other" and trig.plover in _POLITICAL_PLOVER):
                if not d.groups and self.home_state() and re.fullmatch(
                        r"(?i)[\s,-]*(?:the\s+)?(?:parliament|cabinet|government|lawmakers|authorities|senate|congress|"
                        r"legislature|federal\s+government|national\s+assembly)\s+(?:\w+ly\s+|also\s+|then\s+)?",
                        self.untimed(cl.start, trig.start)):
                    # "Parliament removes the TPLF from the list of terrorist organizations": the story state's act
                    d.groups = [self.home_state()]
                d.groups = _uniq(d.groups + [g for g in self.counterparts(trig, cl, quotes) if g not in d.groups])
            if trig.type in ("attack", "killing", "arrest"):
                d.targets = [g for g in self.targets_of(trig, cl, quotes) if g not in d.groups]
                d.targets = _uniq(d.targets + self.sides_hit(d, clauses, ci, quotes))
            if trig.type == "arrest":
                d.targets = _uniq(d.targets + [g for g in self.suspects_of(trig, cl) if g not in d.groups])
            self.time_for(d, clauses, ci, sent, si)
            if (trig.start, trig.end) not in self._series and trig.type == "attack" \
                    and (((not trig.nominal or trig.text.split()[0].lower().endswith("ed"))
                          and _PERFECT_BEFORE.search(self.text, max(cl.start, trig.start - 30), trig.start))
                         # "Iran-aligned groups have carried out more than 160 attacks ... since mid-October"
                         or (trig.nominal and _COUNTED_SINCE.search(self.text, max(cl.start, trig.start - 90), trig.start))):
                since = self._series_start(sent, trig.start)  # "have exchanged fire almost daily since Oct. 8"
                if since is not None and since.start > trig.end and re.match(
                        r"(?i)(?:besieg|blockad|encircl|surround|occup)\w*$", trig.text.split()[0]):
                    # "The RSF has besieged El Fasher since May": one siege, which began then
                    self.set_time(d, since, "stated")
                    d.note.append(f"going on since {since.text!r}: dated by its start")
                elif since is not None and since.start > trig.end:
                    self._series[(trig.start, trig.end)] = since
            if (trig.start, trig.end) in self._series:
                d.series_since = self._series[(trig.start, trig.end)]
                self.set_time(d, d.series_since, "stated")
                d.note.append(f"a series since {d.series_since.text!r}, up to the time of writing")
            self.retold_with_its_day(d, cl)
            if trig.type == "anniversary":
                self.anniversary_of_a_dated_act(d)
            if trig.type == "formation" and d.basis == "publication" and trig.start == sent.start:
                continue  # "Formed in reaction to the threat of the Soviet Union, NATO calls ...": no date told
            if trig.type == "formation" and d.basis == "publication" and " " not in trig.text.strip() \
                    and re.search(r"(?i)\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", self.text[max(sent.start, trig.start - 40):trig.start]):
                continue  # "a militia founded by al-Muhandis": a description, no dated founding
            if trig.type == "political" and trig.text.lower().endswith(" power") and (
                    d.timex is None or (cl.kind != "main" and not cl.start <= d.timex.start < cl.end)):
                # "Cuban Americans who left when Castro came to power": a takeover told as background, no day of its own
                continue
            if trig.plover == "AGREE" and not d.groups and re.fullmatch(r"(?i)collapsed|broke\s+down|lapsed|expired",
                                                                          trig.text):
                # "a truce between Israel and Hamas began on Nov. 24 and broke down on Friday": the truce's sides
                truce = [p for p in drafts if p.trig.plover == "AGREE" and p.groups]
                if truce:
                    d.groups = list(truce[-1].groups)
            self.location_for(d, cl, quotes)
            drafts.append(d)

        drafts = self.fold_sentence(drafts, stmt_objects, sent, quotes)
        for d in drafts:  # (a place is where, not whom, when the attack names its target)
            hit = [g for g in self.struck_state(d, quotes) if g not in d.groups]
            if hit and not any(self.gaz.kind(g) == "state" for g in d.groups):
                d.note.append(f"against {hit[0]}: implied, the state where it struck")
            d.targets = _uniq(d.targets + hit)
            if not d.groups and self.acts_for_home(d):
                d.groups = [self.home_state()]
                d.note.append(f"no side named: the country the story is about, {self.home_state()}")
        drafts += [g for d in drafts for g in self.gapped_repeats(d, quotes)]
        drafts += self.followed_suit(sent, drafts, quotes)
        for d in drafts:
            self.answer_of_its_time(d, sent)
            self.claimant_of_act_just_told(d, sent)
            self.same_speaker_time(d, sent)
        self.drafts.extend(sorted(drafts, key=lambda d: (d.trig.start, d.timex.start if d.timex else -1)))
        return len(trigs)

    def answer_of_its_time(self, d: _Draft, sent: Sentence) -> None:
        """"In August, a drone attack killed scores of Rohingya. The Arakan Army denied responsibility": a denial
        or claim of the attack just told, with no time of its own, belongs to the attack's time, not to a
        publication months later."""
        if d.trig.type != "statement" or d.timex is not None or self.pub is None:
            return
        blamed: list[str] = []
        if d.trig.stance == "accusation" and re.fullmatch(r"(?i)blamed|accused", d.trig.text):
            # "In late July, a rocket struck a soccer field ... Israel blamed Hezbollah, which denied
            # responsibility": the blame of the attack just told, naming who did it
            obj = _BLAMED_ONLY.match(self.text, d.trig.end, d.clause.end)
            if not obj:
                return
            # ("The government blamed separatists": of the attack's time, whoever they are)
            blamed = [m.group for m in self.mentions_in(d.trig.end, obj.end(), ()) if m.group]
        elif d.trig.stance not in ("denial", "claim", "condemnation") or not (
                _ANSWERED_ACT.match(self.text, d.trig.end, d.sent.end)
                # "The BLA claimed responsibility within hours" (not "... for a bombing in Kabul")
                or (re.search(r"(?i)(?:responsibility|credit)$", d.trig.text)
                    and not re.match(r"(?i)\s+for\s+(?!(?:the|that|this|it|both|these|those)\b)", self.text[d.trig.end:d.sent.end]))):
            return
        before = self.sentence_before(sent.start)
        if before is None:
            return
        last = self.drafts_of(before)
        if any(p.trig.type == "statement" for p in last):
            return  # "Washington has accused X of firing rockets in September. The group denied it.": the accusation's
        told = [p for p in reversed(last) if p.trig.type in ("attack", "killing")
                and p.timex is not None and p.timex.date is not None and p.basis in ("stated", "implied")]
        # ("The BLA claimed responsibility within hours": of the attack's day, however recent)
        soon = bool(_SOON_AFTER.search(self.text, d.trig.end, d.sent.end))
        if told and ((self.pub - told[-1].timex.date).days > _LONG_BEFORE_DAYS or soon) \
                and before.paragraph >= sent.paragraph - 1:
            d.timex, d.basis = told[-1].timex, "implied"
            d.note.append(f"an answer to the {told[-1].trig.text!r} told just before: of its time")
            act = told[-1]
            sides = [g for g in act.groups if g not in act.targets]
            # (no side of its own, or only the accuser's: "pagers used by Hezbollah members exploded ... Hezbollah
            # blamed Israel")
            if blamed and not act.alleged and set(sides) <= set(d.groups) and not set(blamed) & set(act.groups):
                act.alleged = _uniq(blamed)
                act.groups = _uniq(blamed + act.groups)
                act.note.append(f"blamed on {', '.join(blamed)} by {', '.join(d.groups) or 'a source'}")
            if d.trig.stance == "claim" and d.groups and not sides:
                # "Fighters attacked the Jaffar Express ... The BLA claimed responsibility": the claimant's attack
                act.groups = _uniq(d.groups + act.groups)
                act.note.append(f"claimed by {', '.join(d.groups)}")

    def claimant_of_act_just_told(self, d: _Draft, sent: Sentence) -> None:
        """"A suicide bomber blew himself up outside the Russian embassy on Monday ... ISIS-K claimed
        responsibility late Monday": a claim with its own time, right after an attack whose side is not told,
        makes the claimant that attack's side."""
        if d.trig.type != "statement" or d.trig.stance != "claim" or d.timex is None or not d.groups \
                or not re.search(r"(?i)(?:responsibility|credit)$", d.trig.text) \
                or re.match(r"(?i)\s+(?:\w+\s+){0,3}?for\s+(?!(?:the|that|this|it|both|these|those)\b)", self.text[d.trig.end:d.sent.end]):
            return
        acts: list[_Draft] = []
        before = sent
        for _ in range(2):  # the sentence before, or the one before it ("... One of the wounded was flown to Germany.")
            before = self.sentence_before(before.start)
            if before is None or before.paragraph < sent.paragraph - 1:
                break
            acts = [p for p in self.drafts_of(before) if p.trig.type in ("attack", "killing")
                    and not [g for g in p.groups if g not in p.targets and self.gaz.kind(g) != "state"]
                    and p.timex is not None and p.timex.date is not None]
            if acts or any(p.trig.type != "statement" for p in self.drafts_of(before)):
                break
        if not acts and d.timex.date is not None:
            # "The first blast hit the ministry on Saturday. The second, a truck bomb, went off as ... [a quote, the
            # toll, the aid flown in] ... Al-Shabaab claimed responsibility late Sunday": the attacks told a few
            # paragraphs up that no one was named for, up to one that was
            before = sent
            for _ in range(6):
                before = self.sentence_before(before.start)
                if before is None or before.paragraph < sent.paragraph - 4:
                    break
                told = [p for p in self.drafts_of(before) if p.trig.type in ("attack", "killing")]
                if [p for p in told if [g for g in p.groups if g not in p.targets]]:
                    break
                for p in told:
                    if p.timex is not None and p.timex.date is not None and 0 <= (d.timex.date - p.timex.date).days <= 2:
                        p.groups = _uniq(d.groups + p.groups)
                        p.note.append(f"claimed by {', '.join(d.groups)}")
            return
        if acts and d.timex.date is not None and 0 <= (d.timex.date - acts[-1].timex.date).days <= 2:
            act = acts[-1]
            act.groups = _uniq(d.groups + act.groups)
            act.note.append(f"claimed by {', '.join(d.groups)}")

    def same_speaker_time(self, d: _Draft, sent: Sentence) -> None:
        """"Zulum, speaking after a meeting on Wednesday, said ... He warned that ...": what the same speaker
        goes on to say in the next sentence, with no time of its own, is of the same day."""
        if d.trig.type != "statement" or d.timex is not None or self.pub is None or not (d.groups or d.actors) \
                or _PERFECT_BEFORE.search(self.text, max(d.clause.start, d.trig.start - 30), d.trig.start):
            return
        before = self.sentence_before(sent.start)
        if before is None or before.paragraph < sent.paragraph - 1:
            return  # (wire copy runs a sentence to a paragraph: the paragraph before still tells the same scene)
        for p in self.drafts_of(before):
            # (a day: a statement dated by a month told in it, "the late-November trip", dates nothing after it)
            # ("In a televised address on Wednesday evening, Aliyev said its forces had seized 90 positions. He
            # said ...": the act he reported carries the day of his words)
            reported = p.trig.type != "statement" and bool(d.actors and set(d.actors) & set(p.actors)) \
                and p.basis == "implied"
            if (p.trig.type == "statement" or reported) and (reported or set(p.groups) == set(d.groups)) \
                    and (set(d.actors) & set(p.actors) if d.actors and p.actors else not d.actors and _PRONOUN_SUBJECT.search(
                        self.text, max(d.clause.start, d.trig.start - 30), d.trig.start)) \
                    and p.timex is not None and p.basis in ("stated", "implied") and p.timex.date is not None \
                    and p.timex.date < self.pub and p.timex.granularity in ("day", "time"):
                d.timex, d.basis = p.timex, "implied"
                d.note.append(f"the same speaker's words told just before: of {p.timex.text!r}")
                return
        # "the juntas said they were leaving the bloc on Sunday. They accused ECOWAS of ...": the reported act of
        # the sentence before was told by the side "They" continues with, that day
        if d.groups and not d.actors and re.fullmatch(r"\s*[\"“]?They\s+(?:\w+ly\s+|also\s+|then\s+)?",
                                                      self.text[sent.start:d.trig.start]):
            for p in self.drafts_of(before):
                if p.groups == d.groups and p.basis == "stated" and p.timex is not None and p.timex.date is not None \
                        and p.timex.date < self.pub and p.timex.granularity in ("day", "time") \
                        and _SAY_BEFORE.search(self.text, p.sent.start, p.trig.start):
                    d.timex, d.basis = p.timex, "implied"
                    d.note.append(f"the same side's words told just before: of {p.timex.text!r}")
                    return

    def followed_suit(self, sent: Sentence, drafts: list[_Draft], quotes) -> list[_Draft]:
        """"The United States designated the PKK a terrorist organisation in 1997, and the European Union followed
        suit in 2002": the same act by a new side, at its own time."""
        out = []
        for fm in _FOLLOWED_SUIT.finditer(self.text, sent.start, sent.end):
            if _inside(fm.start(), quotes):
                continue
            acts = [d for d in drafts if d.trig.type != "statement" and d.trig.end <= fm.start()] or [
                d for d in self.drafts[-3:] if d.trig.type != "statement" and d.sent is not sent][-1:]
            if not acts:
                continue
            d = acts[-1]
            start = max(sent.start, self.clause_end_before(fm.start(), sent), d.trig.end)
            who = [m for m in self.mentions_in(start, fm.start(), quotes) if m.group and m.kind != "person"]
            if not who:
                continue
            before = {m.group for m in self.mentions_in(d.clause.start, d.trig.start, quotes) if m.group}
            times = [t for t in self.timexes_in(fm.end(), sent.end) if t.date is not None
                     and t.type not in ("DURATION", "SET") and not re.search(r"[,;]", self.text[fm.end():t.start])]
            g = _copy_draft(d, groups=_uniq([m.group for m in who] + [x for x in d.groups if x not in before]),
                            actors=[], alleged=[], targets=[x for x in d.targets if x not in before],
                            anniversary_victims=[], note=[f"followed suit: {d.trig.text!r} again"],
                            timex=times[0] if times else d.timex, basis="stated" if times else d.basis, sent=sent,
                            clause=d.clause if d.sent is sent else self._clause_at(sent, fm.start()))
            out.append(g)
        return out

    def _clause_at(self, sent: Sentence, pos: int) -> _Clause:
        clauses = _clauses(self.text, sent, self.timexes_in(sent.start, sent.end))
        return clauses[_clause_of(clauses, pos)]

    def gapped_repeats(self, d: _Draft, quotes) -> list[_Draft]:
        """The same act told again with its verb left out and a time of its own: "IS seized Fallujah in January
        2014, and Ramadi in May 2015", "attacked the base in January and again in March" -- one event each."""
        if d.trig.type not in ("attack", "killing", "arrest", "political", "formation", "protest") \
                or d.basis != "stated" or d.timex is None or d.timex.start < d.trig.end \
                or not d.sent.start <= d.timex.start < d.sent.end or self.range_partner(d.timex) is not None:
            return []
        out, prev = [], d.timex
        for t in self.timexes_in(prev.end, d.sent.end):
            gap = _GAPPED_CONJUNCT.fullmatch(self.text, prev.end, t.start)
            if gap is None or t.date is None or t.type in ("DURATION", "SET") or _inside(t.start, quotes) \
                    or not _CONJUNCT_END.match(self.text, t.end):
                break
            g = _copy_draft(d, timex=t, basis="stated", note=d.note + [f"told again with {d.trig.text!r} left out"])
            if gap["what"]:  # "... in Kabul on Monday and Herat on Tuesday": what stands for the first act's object
                first = _uniq(m.group for m in self.mentions_in(d.trig.end, d.timex.start, quotes) if m.group)
                other = _uniq(m.group for m in self.mentions_in(gap.start("what"), gap.end("what"), quotes) if m.group)
                if other:
                    g.groups = [x for x in g.groups if x not in first]
                    g.targets = [x for x in g.targets if x not in first] + [x for x in other if x not in g.groups]
                elif d.location and d.location.split(",")[0] in self.text[d.trig.end:d.timex.start]:
                    g.location = gap["what"]
            out.append(g)
            prev = t
        return out

    # -- statements' objects, blame frames, one event per type and clause
    def fold_sentence(self, drafts: list[_Draft], stmt_objects, sent: Sentence, quotes) -> list[_Draft]:
        out: list[_Draft] = []
        stmts = [d for d in drafts if d.trig.type == "statement"]
        others = [d for d in drafts if d.trig.type != "statement"]
        # one statement per clause chain: keep the one with a stance over "other"; "said ... denied" -> denial
        kept_stmts: list[_Draft] = []
        for d in stmts:
            # (not a statement whose only side is the one it is about: "protesters ..., accusing Paris of ...,
            # an accusation France denied": two speakers)
            same = [k for k in kept_stmts if set(k.groups) == set(d.groups)
                    and not (k.groups and set(k.groups) <= set(k.about) and d.trig.stance != k.trig.stance
                             and d.trig.stance not in ("other", ""))]
            if same:
                k = same[0]
                if d.clause.kind == "relative" and k.clause.kind != "relative" and not (
                        d.trig.stance in ("accusation", "denial", "claim", "condemnation")
                        and re.match(r"\s*,?\s*which\s+(?:he|she|they|it|\w+)\s", d.clause.text)):
                    # "said an official, who refused to ...": the stance is the reporting frame's; but in "a
                    # 'terrorist attack' ..., which he blamed on Ukraine" the speaker takes a stance
                    continue
                if k.trig.stance in ("other", "") and d.trig.stance not in ("other", "") and re.match(
                        r"(?i)announc|unveil", k.trig.text) and d.clause is not k.clause:
                    # "announced the designations on Friday, ... accusing them of ...": the announcement tells an
                    # act (of its speaker), the participle a stance of its own
                    kept_stmts.append(d)
                    continue
                if k.trig.stance in ("other", "") and d.trig.stance not in ("other", ""):
                    kept_stmts[kept_stmts.index(k)] = d
                    d.actors = _uniq(d.actors + k.actors)
                    if k.basis == "stated" and d.basis != "stated" and k.trig.start < d.trig.start:
                        d.timex, d.basis = k.timex, k.basis  # "told Esper on Sunday that he rejected": Sunday's
                    continue
                # "condemned the strikes and called on Washington to withdraw": two stances, two statements
                if d.trig.stance not in ("other", "") and all(x.trig.stance != d.trig.stance for x in same) \
                        and not d.trig.nominal and re.search(r"\b(?:and|but|while)\s+(?:\w+ly\s+|also\s+)?$",
                                                             self.text[k.trig.end:d.trig.start], re.I):
                    kept_stmts.append(d)
                continue
            kept_stmts.append(d)
        told: list[_Draft] = []  # attacks already told (or told elsewhere), mentioned again
        for d in others:
            # "identified the three soldiers killed as ...", "funerals for those killed": the dead of an attack or
            # killing told before, named again
            if d.trig.type == "killing" and d.trig.text.lower() in ("killed", "slain", "murdered", "assassinated") \
                    and _DEAD_NAMED_AGAIN.search(
                    self.text, max(d.sent.start, d.trig.start - 40), d.trig.start) and _AFTER_PARTICIPLE.match(
                    self.text, d.trig.end) and any(
                    p.trig.type in ("attack", "killing") for p in self.drafts):
                told.append(d)
                continue
            # the object of a statement: "denied involvement in the attack", "blamed X for a Sunday attack"
            governing = [s for s in stmts if s.trig.end <= d.trig.start and s.clause.start <= d.trig.start
                         and (s.clause.end >= d.trig.start or s.clause is d.clause
                              or re.fullmatch(r"\s+that\s+(?:[\w-]+\s+){0,2}", self.text[s.trig.end:d.trig.start])
                              # "said in a statement on Wednesday that its forces had attacked": what was said
                              or (d.clause.kind == "complement" and not d.trig.nominal
                                  and not self.text[s.clause.end:d.clause.start].strip())
                              # "blamed Kataib Hezbollah, a militia founded by X, for a Dec. 27 rocket attack"
                              or (s.trig.stance == "accusation" and _BLAME_FOR_AFTER_APPOSITION.fullmatch(
                                  self.text, s.trig.end, d.trig.start)))]
            if governing:
                st = governing[-1]
                if st.groups and st.trig.stance in ("other", "", "claim") and (_SPEAKER_AS_SUBJECT.fullmatch(
                        self.text, st.trig.end, d.trig.start) or re.search(
                        # "Aliyev said his country had 'restored its sovereignty' and that its forces had seized ..."
                        r"(?i)\bthat\s+(?:its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|army|military|"
                        r"units|soldiers|men)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$",
                        self.untimed(st.trig.end, d.trig.start))):
                    # "Kataib Hezbollah said it fired rockets", "the air force said it had shot down 29 drones":
                    # the speaker tells what it did
                    d.groups = _uniq(st.groups + [g for g in d.groups if g not in st.groups])
                    d.note.append(f"by the speaker's side ({', '.join(st.groups)})")
                    if st.trig.stance in ("other", "") and d.trig.type in ("attack", "killing"):
                        for g in governing:  # "the RSF said in a statement that its forces had attacked ..."
                            if g.trig.stance in ("other", "") and set(g.groups) == set(st.groups) and (
                                    _SAY_BEFORE.fullmatch(g.trig.text) or "statement" in g.trig.text):
                                g.trig.stance = "claim"
                elif d.trig.nominal:
                    # the speaker is not the perpetrator ("Iran denied involvement in the attack"); the side named
                    # right before the noun is ("the SDF said a Turkish drone struck ...")
                    d.groups = _uniq(m.group for m in self.mentions_in(max(st.trig.end, d.trig.start - 40), d.trig.start,
                                                                       quotes)
                                     if m.group and m.kind != "person" and m.group not in st.groups
                                     and (re.fullmatch(r"[\s-]+(?:[a-z][\w-]*\s+)?", self.text[m.end:d.trig.start])
                                          # ("Israel said was a response to Iran's Oct. 1 barrage")
                                          or re.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+)?", self.untimed(m.end, d.trig.start))))
                    d.actors = []
                    if d.groups and d.trig.type == "attack" and st.groups and _ITS_OWN_HIT.search(
                            self.text, d.trig.end, d.clause.end if d.clause.end > d.trig.end else d.sent.end):
                        # "... struck one of its positions": the speaker's side was hit
                        d.targets = _uniq(d.targets + [g for g in st.groups if g not in d.groups])
                    if _DETERMINER.search(self.text[max(d.sent.start, d.trig.start - 30):d.trig.start]) \
                            and d.basis != "stated" and not self.anaphoric(d):
                        told.append(d)
                        continue  # "denied involvement in the attack" with no attack told: nothing new to date
                if st.trig.stance == "claim" and st.groups and not d.trig.nominal is False:
                    d.groups = _uniq(st.groups + d.groups)
                    d.note.append(f"claimed by {', '.join(st.groups)}")
                    if d.basis == "publication" and st.timex is not None and st.basis == "stated" \
                            and d.trig.start > st.trig.end and not self.is_future(st.timex):
                        # "Last month the group claimed a suicide bombing that killed ...": of the claim's time
                        d.timex, d.basis = st.timex, "implied"
                        d.note.append("no time of its own: that of its claim")
                if st.trig.stance == "accusation":
                    # "blamed Kataib Hezbollah, a militia founded by X, for ...": not the people of the apposition
                    upto = d.trig.start
                    if st.clause.end < d.trig.start and "," in self.text[st.trig.end:d.trig.start]:
                        upto = self.text.index(",", st.trig.end)
                    accused = [m.group for m in self.mentions_in(st.trig.end, upto, quotes)
                               if not self.after_place_prep(m, st.trig.end)]
                    if self.passive(st.trig, st.clause):  # "militias were blamed for the attack"
                        accused = [m.group for m in self.mentions_in(st.clause.start, st.trig.start, quotes)]
                        if not accused:  # "Gran Grif, based in the Artibonite valley, is blamed for ...": the subject
                            accused = [m.group for m in self.mentions_in(st.sent.start, st.clause.start, quotes)
                                       if re.fullmatch(r"\W*(?:the\s+)?", self.text[st.sent.start:m.start], re.I)]
                    if accused:
                        d.alleged = _uniq(accused)
                        d.groups = _uniq(accused)
                        d.note.append(f"blamed on {', '.join(accused)} by {', '.join(st.groups) or 'a source'}")
                if d.trig.nominal and self.anaphoric(d, governed=True):
                    self.note_attribution(d, st)
                    told.append(d)
                    continue
                if d.trig.nominal and d.basis != "stated" and d.trig.type in ("attack", "killing") and (
                        st.trig.stance in ("condemnation", "denial") or self.response_to(d)):
                    told.append(d)  # "Clinton condemned terrorist bomb attacks": the topic, not a new, dated attack
                    continue
            elif d.trig.nominal and self.anaphoric(d) and self.paragraph_heading(d.sent) is None:
                # (an entry of a chronology is dated by its heading, not a mention of an act told before)
                told.append(d)
                continue
            elif d.trig.nominal and d.basis == "publication" and d.trig.type in ("attack", "killing") \
                    and re.search(r"(?i)(?:\b(?:the|these|those|this|that|both|its|their|his|her)|['’]s)\s+(?:[\w-]+\s+)?$",
                                  self.text[max(d.sent.start, d.trig.start - 30):d.trig.start]) \
                    and not _NP_THEN_ATTACK_VERB.match(self.text, d.trig.end, d.clause.end):
                # ("The attack on the market killed ten": the subject of its own verb is the news itself)
                # "a witness in the shooting", "the toll for both bombings": a definite mention of an attack this
                # article never dates is one told elsewhere, not a new event of the publication day
                told.append(d)
                continue
            elif d.trig.nominal and d.basis != "stated" and self.topic_verb_before(d.trig, d.clause) and (
                    _DETERMINER.search(self.text[max(d.sent.start, d.trig.start - 30):d.trig.start])
                    or self.response_to(d)):
                told.append(d)  # "investigators are probing the bombings": an attack told elsewhere
                continue
            # one event per type and clause ("rocket attack", "barrage of rockets")
            dup = [o for o in out if o.trig.type == d.trig.type and (
                o.clause is d.clause or (d.trig.nominal and o.sent is d.sent and d.basis != "stated"
                                         and not _INDEF.search(self.text[max(d.sent.start, d.trig.start - 30):d.trig.start])))
                   # (not two acts each with its own time: "was sworn in on April 25 and named Conille prime
                   # minister in late May")
                   and not (o.basis == d.basis == "stated" and o.timex is not None and d.timex is not None
                            and o.timex.value != d.timex.value
                            and (d.trig.type not in ("attack", "killing") or not (o.trig.nominal or d.trig.nominal)))]
            if dup:
                dup[0].groups = _uniq(dup[0].groups + d.groups)
                continue
            out.append(d)
        # "a 'terrorist attack' on the bridge, which he blamed on Ukraine's special services": the attack before
        # the relative clause is the one blamed
        for st in stmts:
            on = re.match(r"\s+on\s+", self.text[st.trig.end:st.clause.end])
            if st.trig.stance == "accusation" and on and re.match(r"\s*,?\s*which\b", st.clause.text):
                accused = [m.group for m in self.mentions_in(st.trig.end + on.end(), st.clause.end, quotes) if m.group]
                for o in [o for o in out if o.trig.type in ("attack", "killing") and o.trig.end <= st.clause.start][-1:]:
                    if accused:
                        o.alleged = _uniq(o.alleged + accused)
                        o.groups = _uniq(o.groups + accused)
                        o.note.append(f"blamed on {', '.join(accused)} by {', '.join(st.groups) or 'a source'}")
        # "the bombing was claimed by X": the claimant is the perpetrator the claim names
        for st in stmts:
            if st.trig.stance == "claim" and st.groups and self.passive(st.trig, st.clause):
                target = [o for o in out if o.trig.start < st.trig.start and o.trig.type in ("attack", "killing")]
                if not target:
                    target = [p for p in reversed(self.drafts) if p.trig.type in ("attack", "killing")][:1]
                for o in target[-1:]:
                    o.groups = _uniq(o.groups + st.groups)
                    o.note.append(f"claimed by {', '.join(st.groups)}")
        self._told.extend(told)
        # "The embassy bombings killed 247 people", "the blasts which killed scores": the casualties of an
        # attack told before are no new killing
        for k in [o for o in out if o.trig.type == "killing" and not o.trig.nominal and not o.victims
                  and not o.fallen_leader]:
            by = [a for a in told if a.trig.type == "attack" and a.trig.end <= k.trig.start
                  and len(self.text[a.trig.end:k.trig.start].split()) <= 12]
            if by:
                out.remove(k)
                first = getattr(by[0], "same_as", None) or next(
                    (p for p in reversed(self.drafts) if p.trig.type == "attack" and not getattr(p, "undated", False)
                     and self.anaphoric(by[0])), None)
                if first is not None:  # "the strikes killed at least 22 fighters from Iraq's PMF": that attack's toll
                    first.note.append(f"casualties: {self.text[k.trig.start:min(k.clause.end, k.trig.end + 60)].strip(' ,.')}")
                    first.targets = first.targets + [g for g in k.targets if g not in first.groups + first.targets]
        attacks = [o for o in out if o.trig.type == "attack"]
        kills = [o for o in out if o.trig.type == "killing"]
        if attacks and kills:
            for k in kills:
                if (k.victims and any(self.gaz.lookup(v) is not None or " " in v for v in k.victims)) or k.fallen_leader or (
                        not k.trig.nominal and all(re.fullmatch(r"(?i)gunmen|attackers|assailants", a.trig.text)
                                                   and a.trig.end <= k.trig.start and re.fullmatch(
                                                       r"\s*(?:(?:\w+ly|have|had|also)\s+)*",
                                                       self.untimed(a.trig.end, k.trig.start)) for a in attacks)) or (
                        not k.trig.nominal and all(a.trig.nominal and a.trig.start > k.trig.end and _KILLED_IN_ACT.fullmatch(
                            self.text, k.trig.end, a.trig.start) and (_FIGHT_NOUN.fullmatch(a.trig.text) or re.fullmatch(
                                r"(?i)shot\s+dead|gunned\s+down|assassinated|murdered|executed", k.trig.text))
                            for a in attacks)):
                    # ("Gunmen killed 81 villagers": the men are who killed, the killing is the event; "soldiers
                    # killed three rebels in a clash", "was shot dead in an ambush": the act is how they died)
                    for a in attacks:  # "a drone strike killed Soleimani" (or "a senior commander of X"): the killing
                        k.groups = _uniq(k.groups + a.groups)
                        k.note.append(f"by {a.trig.text}")
                        if k.timex is None and a.timex is not None:
                            k.timex, k.basis = a.timex, a.basis
                        out.remove(a)
                    break
                if k.basis == "implied" and any("told before" in n for n in k.note):
                    # "five fighters were killed in 73 strikes" after the strikes were told: the deaths are the
                    # news; the strikes named again are no second attack
                    for a in [a for a in attacks if a.trig.nominal and a.basis == "publication"]:
                        out.remove(a)
                    continue
                a = attacks[0]  # "rockets struck the base, killing a contractor": casualties of the attack
                if a.basis == k.basis == "stated" and a.timex is not None and k.timex is not None \
                        and a.timex is not k.timex and a.timex.value[:4] != k.timex.value[:4]:
                    # "The attack struck near the spot where a truck bomb killed 500 people on 14 October 2017":
                    # a killing of another year is another act
                    continue
                if a.basis != "stated" and k.basis == "stated" and k.timex is not None:
                    a.timex, a.basis = k.timex, k.basis  # "killed 17 soldiers in an ambush near X on Tuesday"
                a.note.append(f"casualties: {self.text[k.trig.start:min(k.clause.end, k.trig.end + 40)].strip(' ,.')}")
                a.groups = _uniq(a.groups + [g for g in k.groups if g not in a.groups][:0])
                out.remove(k)
        # neutral reporting of an event ("Al-Kadhimi said on Monday that Iraq has arrested ..."):
        # the event is the news, the statement is its source
        final_stmts = []
        for st in kept_stmts:
            crowd = _CROWD_SPEAKER.search(self.text, max(st.clause.start - 2, st.trig.start - 40), st.trig.start)
            if not st.groups and not st.actors and crowd and st.trig.stance in ("accusation", "condemnation", "denial",
                                                                               "warning", "threat", "rejection", "appeal"):
                # "Protesters accused Iran-backed militias of the killing", "State officials blamed Boko Haram":
                # speakers of no known side, kept as who spoke
                st.actors = [re.sub(r"\s+", " ", crowd.group(1).lower())]
            if st.groups and st.trig.stance in ("other", "") and all(self.gaz.lookup(g) is None for g in st.groups):
                st.actors, st.groups = _uniq(st.actors + st.groups), []  # "RMS said it had a loss": no side
            if not st.groups and (st.trig.stance in ("other", "") or not st.actors or _PASSIVE_BEFORE.search(
                    self.text, max(0, st.trig.start - 40), st.trig.start)):
                if st.actors:  # (who "He" is in the next sentence: "Colonel X told BenarNews ... He warned that ...")
                    self._unknown_speaker = (sent, st.actors)
                # "some reports said": no side to put it on; a named speaker is kept as a source.  A stance
                # taken by someone the gazetteer does not know ("Gold Apollo denied any link", "Two militia
                # officials denied") is a statement of its own; a passive with no one behind it is not.
                for o in out:
                    o.actors = _uniq(o.actors + st.actors)
                continue
            # (not an act told of the speaker in a relative clause: "Modi, who visited Kyiv on Friday, said ...")
            reported = [o for o in out if not (o.clause.kind == "relative" and o.trig.start < st.trig.start)
                        # ("X said on Monday that a ceasefire was still possible, as Israeli warplanes pounded
                        # Beirut": the scene of the words, not what was said)
                        and not (o.clause.kind == "subordinate" and o.trig.start > st.trig.end and re.match(
                            r"(?i)[\s,]*(?:as|while|amid|even\s+as|just\s+as)\b", o.clause.text))]
            # the event told before as the subject of what is reported ("The strikes hit radar sites, officials
            # said"), not as a topic of it ("Moscow had been warned of the strikes")
            known = [o for o in told if self.anaphoric(o) and re.fullmatch(
                r"(?i)[\s\"“‘']*(?:that\s+)?(?:the|these|those|its|their|this|[\w'’.-]+['’]s)\s+(?:[\w.-]+\s+){0,2}",
                self.text[max(o.clause.start, o.sent.start):o.trig.start])]
            if st.trig.stance == "other" and not reported and known and _SAY_BEFORE.fullmatch(st.trig.text):
                for o in known:  # "The strikes hit radar sites, U.S. officials said": the strikes told before
                    o.actors = _uniq(o.actors + st.actors)
                continue
            if st.trig.stance == "other" and reported and _SAY_BEFORE.fullmatch(st.trig.text) and st.groups \
                    and all(self.gaz.kind(g) == "armed group" for g in st.groups) and any(
                    o.trig.type in ("attack", "killing") and not o.trig.nominal and o.trig.start > st.trig.end
                    and (_OWN_SIDE_SUBJECT.fullmatch(self.text, st.trig.end, o.trig.start) or re.search(
                        r"\bthat" + _OWN_SIDE_SUBJECT.pattern[4:] + r"$", self.untimed(st.trig.end, o.trig.start), re.I))
                    for o in reported):
                # ("said in a statement carried by its Amaq news agency on Sunday that its fighters had killed")
                # "Saree said the group had targeted the ship": an armed group saying it did it claims the act
                st.trig = replace(st.trig, stance="claim")
                for o in reported:
                    if o.trig.type in ("attack", "killing"):
                        o.groups = _uniq(st.groups + o.groups)
                        o.note.append(f"claimed by {', '.join(st.groups)}")
                final_stmts.append(st)
                continue
            if st.trig.stance == "other" and reported and not st.trig.text.lower().startswith("express"):
                for o in reported:
                    if o.trig.type in ("political", "other") and not o.groups and st.groups and o.trig.start > st.trig.end \
                            and re.fullmatch(r"(?i)announc\w*|declar\w*|unveil\w*", st.trig.text.split()[0]):
                        o.groups = list(st.groups)  # "The State Department announced the designations": its own act
                    if o.trig.type == "arrest" and not o.groups and st.groups == [self.home_state()] \
                            and o.trig.start > st.trig.end:
                        # "He said about 20 suspects had been arrested on Wednesday": arrests a state official tells of
                        # are his state's
                        o.groups = list(st.groups)
                    o.actors = _uniq(o.actors + st.actors)
                    o.note.append(f"reported by {', '.join(st.actors or st.groups)}")
                continue
            final_stmts.append(st)
        # a quote-and-attribution sentence continuing the previous statement of the same side
        if final_stmts and not out and len(final_stmts) == 1:
            st = final_stmts[0]
            prev = self.previous_statement(sent)
            # A quote and "said" goes on with the statement (and gives it the quote's stance), unless the quote
            # threatens or accuses after other words; a stance told by a verb of its own is a new statement
            # ("Israel rejected the accusations. Katz called the announcement 'a violation'"; "X said it stood with
            # Bamako. It called on AES members to pool their forces").
            new = prev is not None and st.trig.stance not in ("other", "", prev.trig.stance) and (
                not _SAY_BEFORE.fullmatch(st.trig.text) or st.trig.stance == "threat" or (
                    st.trig.stance == "accusation" and re.search(r"(?i)\b(?:responsible|carried\s+out\s+by|behind\s+"
                                                                 r"(?:the|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|"
                                                                 r"bombings?|strikes?|killings?|plot|assault|blasts?))\b",
                                                                 sent.text)))
            if prev is not None and set(st.groups) & set(prev.groups) and not self.own_timex(st) and not new:
                prev.actors = _uniq(prev.actors + st.actors)
                if prev.trig.stance in ("other", "") and st.trig.stance not in ("other", ""):
                    prev.trig.stance = st.trig.stance
                prev.note.append(f"continued: {sent.text[:80]}")
                return []
        return sorted(final_stmts + out, key=lambda d: d.trig.start)

    def speaker_before(self, cl: _Clause) -> _Draft | None:
        """The last statement with a side in the sentence before, in the same paragraph (who "He" is when the
        speaker's name is one the gazetteer does not know)."""
        prev = self.sentence_before(cl.start)
        if prev is None or prev.paragraph != self.doc.sentences[bisect.bisect_right(self._s_starts, cl.start) - 1].paragraph:
            return None
        return next((d for d in self.drafts_of(prev) if d.trig.type == "statement" and d.groups), None)

    def sentence_before(self, pos: int) -> Sentence | None:
        """The sentence before the one holding `pos`, if any."""
        si = bisect.bisect_right(self._s_starts, pos) - 1
        return self.doc.sentences[si - 1] if si >= 1 else None

    def drafts_of(self, sent: Sentence) -> list[_Draft]:
        """The drafts of a sentence told lately, the last drafted first (read from the end: a long text is not
        read again)."""
        out = []
        for d in reversed(self.drafts):
            if d.sent.start < sent.start:
                break
            if d.sent.start == sent.start:
                out.append(d)
        return out

    def previous_statement(self, sent: Sentence) -> _Draft | None:
        for d in reversed(self.drafts):
            if d.sent.paragraph != sent.paragraph:
                return None
            if d.trig.type == "statement":
                return d
            return None
        return None

    def own_timex(self, d: _Draft) -> bool:
        return d.basis == "stated"

    def anaphoric(self, d: _Draft, governed: bool = False) -> bool:
        """A definite mention of an event already extracted ("the attack", "Sunday's attack").  The object
        of a statement does not own the time after it ("claimed the attack on Saturday")."""
        before = self.text[max(d.sent.start, d.trig.start - 30):d.trig.start]
        definite = bool(_DETERMINER.search(before)) and not _INDEF.search(before) or bool(_WHAT_CALLED.search(
            self.text, max(d.sent.start, d.trig.start - 50), d.trig.start))
        if not definite:
            return False
        for prev in reversed(self.drafts + self._told):
            if prev.trig.type != d.trig.type or prev.sent.start >= d.sent.start:
                continue
            if d.basis == "stated" and d.timex is not None and not (governed and d.timex.start > d.trig.end):
                if prev.timex is None or (prev.timex.value or "") != (d.timex.value or ""):
                    continue  # "the February 15th attack" is not the attack told of before on another day
            return True
        return False

    def note_attribution(self, d: _Draft, st: _Draft) -> None:
        for prev in reversed(self.drafts):
            if prev.trig.type == d.trig.type:
                who = ", ".join(st.groups) or "a source"
                if st.trig.stance == "denial":
                    prev.note.append(f"involvement denied by {who}")
                elif st.trig.stance == "condemnation":
                    prev.note.append(f"condemned by {who}")
                elif st.trig.stance == "claim":
                    prev.note.append(f"claimed by {who}")
                    prev.groups = _uniq(prev.groups + st.groups)
                elif st.trig.stance == "accusation" and d.alleged:
                    prev.alleged = _uniq(prev.alleged + d.alleged)
                    prev.groups = _uniq(prev.groups + d.alleged)
                return

    def quote_stance(self, sent: Sentence, quotes, speaker_groups, verdict: str = "") -> str:
        q = " ".join([self.text[a:b] for a, b in quotes] + [verdict]).lower().strip()
        if not q:
            return "other"
        # "terrorist"/"crime" condemn only as a verdict ("a terrorist act", "this crime"), not as a topic
        # ("ready to face a terrorist threat")
        if re.search(r"\b(?:not acceptable|unacceptable|condemn\w*|cowardly|outrage\w*|heinous|barbaric|shameful|"
                     r"atrocious|atrocit\w+|despicable|abhorrent|evil|murderous|senseless)\b"
                     r"|\b(?:a|an|this|these|that|those|the)\s+(?:\w+\s+)?(?:terrorist|criminal)\s+(?:act|acts|attack|attacks|"
                     r"crime|crimes|operation|bombing|bombings)\b|\b(?:this|these|a|that)\s+(?:\w+\s+)?crimes?\b"
                     r"|\bterrorism\b", q):
            return "condemnation"
        if re.search(r"\b(?:will not|won't|would not|refuse\w*|reject\w*|never)\s+(?:\w+\s+){0,2}?"
                     r"(?:listen|accept|comply|obey|surrender|stop|leave|allow|bow|submit|abide)\b", q):
            return "rejection"
        if re.search(r"\b(?:not involved|no role|nothing to do|no involvement|had no part|baseless|fabricat\w+)\b", q):
            return "denial"
        if re.search(r"\b(?:will pay|will regret|revenge|retaliat\w+|avenge|harsh response|crushing response|unpunished|"
                     r"go unanswered|(?:will|shall|would) respond|just punishment|heavy price|hunted\s+down|"
                     r"(?:will|shall|would)\s+be\s+(?:punished|held\s+accountable|brought\s+to\s+justice)|"
                     r"pay\s+(?:the|a)\s+(?:heavy\s+)?price|wipe\w*\s+out|crush\w*|(?:not|never)\s+stand\s+idly\s+by|"
                     r"all\s+options\s+(?:are|remain)\s+open)\b", q):
            return "threat"
        if re.search(r"\b(?:warn\w*|consequences|dangerous|escalat\w+)\b", q):
            return "warning"
        if re.search(r"\b(?:urge|call on|must stop|should stop|we ask|appeal|restraint)\b", q):
            return "appeal"
        # an accusation names who did it: "responsible for", "behind the", or an attack word with a side named
        # in the quotation ("a well-planned attack" alone accuses nobody)
        if re.search(r"\b(?:responsible for|carried out by)\b|\bhold\w*\s+(?:[\w'’-]+\s+){1,8}?responsible\b|\bbehind\s+"
                     r"(?:the|this|these|those|it|them)\b(?!\s+(?:building|wall|walls|lines|scenes|door|doors|house|"
                     r"wheel|curtain|bars|times|schedule))", q) or (
                re.search(r"\b(?:attack\w*|fired|struck|bombed|killed|kidnapp\w+)\b", q)
                and any(self.mentions_in(a, b) for a, b in quotes)):
            return "accusation"
        return "other"

    # -- formation
    def clause_end_before(self, pos: int, sent: Sentence) -> int:
        """Where the clause holding `pos` begins (the last comma or sentence start before it)."""
        k = self.text.rfind(",", sent.start, pos)
        return k + 1 if k >= 0 else sent.start

    def _formation_ok(self, trig: _Trigger, sent: Sentence, cl: _Clause, quotes) -> bool:
        return bool(self._formed_entity(trig, sent, cl, quotes))

    def _formed_entity(self, trig: _Trigger, sent: Sentence, cl: _Clause, quotes) -> list[str]:
        orgs = [m for m in self.mentions_in(cl.start, trig.start, quotes)
                if m.kind in ("gazetteer", "pattern", "coreference") and self.gaz.kind(m.group) != "state"]
        if orgs:
            return [orgs[-1].group]
        head = self.text[cl.start:trig.start]
        obj = re.match(r"\s*(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:new\s+|joint\s+)?", self.text[trig.end:cl.end])
        if re.fullmatch(r"(?i)formed|forms|form|founded|founds|found|established|establishes|establish|created|"
                        r"creates|create", trig.text) and re.search(r"\w", self.text[sent.start:trig.start]) \
                and not re.search(r"(?i)\b(?:was|were|is|are|been|being|which|that|who)\s*$", head):
            # "Burkina, Mali and Niger formed the Alliance of Sahel States": the object is formed, the subject
            # its founders
            made = [m for m in self.mentions_in(trig.end + obj.end(), cl.end, quotes)
                    if m.kind in ("gazetteer", "pattern") and self.gaz.kind(m.group) != "state"][:1]
            if made and made[0].start == trig.end + obj.end():
                founders = [m.group for m in self.mentions_in(cl.start if head.strip(" ,") else sent.start,
                                                              trig.start, quotes) if m.group]
                return _uniq([made[0].group] + founders)
        if not head.strip() and cl.start == sent.start or re.fullmatch(r"\s*", self.text[sent.start:cl.start]) \
                and re.fullmatch(r"\s*(?:[Hh]aving\s+been|[Bb]eing)?\s*", head) and cl.start == sent.start:
            # "Formed in 2007 as an umbrella for militant factions, the TTP has carried out ...": the subject after
            later = [m for m in self.mentions_in(cl.end, sent.end, quotes)
                     if m.kind in ("gazetteer", "pattern", "coreference") and self.gaz.kind(m.group) != "state"]
            if later and re.fullmatch(r"[\s,]*(?:the\s+)?", self.text[self.clause_end_before(later[0].start, sent):later[0].start], re.I):
                return [later[0].group]
        if not head.strip(" ,") and cl.start > sent.start:
            # "The ELN, founded in 1964 by radical students, ...": the name the participle hangs on; "JNIM,
            # al-Qaeda's branch in the Sahel, was formed in March 2017": the name before its apposition
            prev = [m for m in self.mentions_in(sent.start, cl.start, quotes)
                    if m.kind in ("gazetteer", "pattern", "coreference") and self.gaz.kind(m.group) != "state"
                    and re.fullmatch(r"[\s,]*(?:\([^()]{1,20}\))?(?:\s*,\s*[^,;()]{1,60}?)?[\s,]*", self.text[m.end:trig.start])]
            if prev:
                return [prev[-1].group]
        own = _name_as_side(_person_name(re.sub(r"(?i)\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s*$", "", head)))[0]
        if own:  # "the New IRA emerged from a merger": an organization the gazetteer does not know
            return own
        if cl.kind in ("relative", "complement") and re.match(r"[\s,]*(?:which|that|who)\b", head, re.I):
            # "the U.S.-led coalition, which was formed in 2014": the name the relative clause hangs on
            prev = [m for m in self.mentions_in(sent.start, cl.start, quotes)
                    if m.kind in ("gazetteer", "pattern", "coreference") and self.gaz.kind(m.group) != "state"]
            # the name an apposition describes as a group goes first: "the IRI, an umbrella for several
            # Iran-aligned factions that surfaced in October" is the IRI's founding, not the factions'
            appos = [m for m in prev if (a := _APPOSITION.fullmatch(self.text, m.end, cl.start))
                     and _GENERIC_FORMED.match(self.text, a.start("np"))]
            near = [m for m in prev if cl.start - m.end <= 30]
            return [(appos or near)[-1].group] if appos or near else []
        if _GENERIC_FORMED.search(head) or trig.text.lower().startswith(("formation", "founding", "creation")):
            # an apposition describing the last organization named ("the PMF, a group of militias formed in 2014")
            prev = [m for m in self.mentions_in(sent.start, cl.start)
                    if m.kind in ("gazetteer", "pattern", "coreference") and self.gaz.kind(m.group) != "state"]
            if trig.text.lower().startswith(("formation", "founding", "creation")):
                nxt = [m for m in self.mentions_in(trig.end, cl.end, quotes) if self.gaz.kind(m.group) != "state"]
                if nxt:
                    return [nxt[0].group]
            if prev:
                return [prev[-1].group]
            if re.fullmatch(r"(?i)\s*the\s+(?:group|militia|force|movement|organi[sz]ation|alliance|faction)\s+"
                            r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?)?", head) and cl.start == sent.start:
                # "The RSF grew out of the Janjaweed ... The force was formally established in 2013": the one
                # organization the sentence before names last
                before = self.sentence_before(sent.start)
                named = [m for m in self.mentions_in(before.start, before.end, ())
                         if m.group and m.kind in ("gazetteer", "pattern", "coreference")
                         and self.gaz.kind(m.group) in _ORG_KINDS] if before is not None and before.paragraph >= sent.paragraph - 1 else []
                if named:
                    return [named[0].group]
        return []

    # -- dates
    def time_for(self, d: _Draft, clauses: list[_Clause], ci: int, sent: Sentence, si: int) -> None:
        cl = clauses[ci]
        trig = d.trig
        own = self.timexes_in(cl.start, cl.end)
        if trig.type == "statement":  # a time inside the quotation is not the time of saying it
            q = _quote_spans(self.text, sent.start, sent.end)
            own = [t for t in own if not _inside(t.start, q)]
        dated_by_relative = False
        # "early elections, which are scheduled for October 10": the relative clause dates the noun before it
        # ("elections, the first since 2013, which are scheduled for Monday": past an apposition)
        rj = ci + 1
        while rj < min(len(clauses) - 1, ci + 3) and re.match(r"\s*(?:the|a|an)\s", clauses[ci + 1].text, re.I) \
                and len(self.text[clauses[ci + 1].start:clauses[rj].end].split()) <= 8 \
                and not re.match(r"\s*(?:which|that)\b", clauses[rj].text, re.I) and not self.triggers_cache(clauses[rj]):
            rj += 1
        if trig.nominal and rj < len(clauses) and len(self.text[trig.end:cl.end].split()) <= 1 and re.match(
                r"\s*(?:which|that)\s+(?:is|are|was|were|will be|falls on|fell on)\b", clauses[rj].text, re.I):
            rel = self.timexes_in(clauses[rj].start, clauses[rj].end)
            if rel:
                own = rel
                dated_by_relative = True
        # "ministers are expected to discuss a naval mission when they meet on Jan. 22": the meeting's day
        if trig.plover == "CONSULT" and not own and ci + 1 < len(clauses) and re.match(
                r"\s*,?\s*when\b", clauses[ci + 1].text, re.I):
            own = self.timexes_in(clauses[ci + 1].start, clauses[ci + 1].end)
        # "The death toll from a suicide bombing ... rose to 100 on Tuesday": the toll's day, not the bombing's;
        # the bombing is told (and dated) elsewhere
        if trig.nominal and trig.type == "attack" and _TOLL_FROM.search(self.text, max(cl.start, trig.start - 40), trig.start):
            own = [t for t in own if t.end <= trig.start and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}",
                                                                         self.text[t.end:trig.start])]
            if not own:
                d.basis = "publication"
                d.toll_update = True  # type: ignore[attr-defined]  # dated by the next telling of the attack
                return
        # a relative clause naming the date: "the anniversary of his death, which is January 3rd"
        if not own and ci + 1 < len(clauses) and re.match(r"\s*(?:which|that)\s+(?:is|are|was|were|will be|falls on|fell on)\b(?:\s+(?:scheduled|set|due|planned|expected)"
                                                          r"(?:\s+(?:for|on|in))?)?",
                                                          clauses[ci + 1].text, re.I):
            own = self.timexes_in(clauses[ci + 1].start, clauses[ci + 1].end)
        # "accused Nujaba of firing rockets ... in September": the time is the accused event's; but in
        # "condemned the bombing of the embassies in Kenya on Thursday" the time governs the verb, not a
        # noun far inside its object
        if own and trig.type == "statement":
            evs = [m for m in self.triggers_cache(cl) if m.start() > trig.end
                   and not m.group(0).lower().endswith("statement")]  # "said in a statement on Wednesday"
            own = [t for t in own if not any(trig.end < m.start() < t.start and self._owns_later_time(m.start(), m.end(), t)
                                             and not self.told_on_another_day(m, t) and not self.counted_from(m, t)
                                             for m in evs)
                   and not (t.start > trig.end and re.search(r"\bto\s+[a-z]+\b|\bthat\b", self.text[trig.end:t.start]))
                   # "said all hostages must be returned by Saturday", "said the 1974 agreement had collapsed":
                   # the time of what was said
                   and not (t.start > trig.end and _SAY_BEFORE.fullmatch(trig.text) and (
                       _REPORTED_VERB.search(self.text, trig.end, t.start)
                       # "said the People's Union correctly listed X as having donated 274,500 marks in 1995"
                       or _VERB_OF_WHAT_WAS_SAID.search(self.text, trig.end, t.start) or re.search(
                           r"(?i)\b(?:the|a|an|its|their|his|her)\s+$", self.text[max(trig.end, t.start - 6):t.start])))]
        # "Iraq said on Monday it invaded Kuwait": the time right after a reporting verb is the report's, not the
        # reported event's (which has no date of its own in this sentence)
        report_time = None
        if own and trig.type != "statement":
            kept = [t for t in own if not (t.end <= trig.start and re.search(
                r"(?i)\b(?:said|says|told \w+|stated|announced|reported|claimed|confirmed|acknowledged|admitted|insisted|"
                r"added|declared|disclosed|revealed)\s+(?:on\s+|late\s+|early\s+)?$", self.text[max(cl.start, t.start - 25):t.start]))]
            if not kept:
                report_time = own[-1]
                d.note.append("the time of the report is not the reported event's")
            own = kept
        # time expressions right before another noun trigger in the clause belong to it
        if own and not trig.nominal:
            own = [t for t in own if not self._premodifies_noun(t, cl)]
        # "suspends the 1960 Indus Waters Treaty", "to observe a 2003 ceasefire": a year naming a thing in the
        # act's object is that thing's, not the act's
        own = [t for t in own if not (t.start > trig.start and t.granularity == "year" and re.search(
            r"(?i)\b(?:the|a|an|its|their|his|her)\s+$", self.text[max(cl.start, t.start - 6):t.start])
            and re.match(r"\s+[A-Za-z]", self.text[t.end:t.end + 3]))]
        # "an IED hit a convoy ... on Thursday": the noun is the subject of the verb that tells the event
        subject_of_verb = trig.nominal and bool(_ATTACK_VERB_AFTER.match(self.text, trig.end))
        if own and trig.nominal and not subject_of_verb and trig.type != "anniversary" and not dated_by_relative:  # (marched on Sunday
            # to mark the first anniversary: the day it is marked)
            pre = [t for t in own if t.end <= trig.start and re.fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}",
                                                                          self.text[t.end:trig.start])]
            # "Estrada on Tuesday condemned the bombings": a verb between the time and the noun takes the time
            pre = [t for t in pre if not any(t.end <= m.start() and m.end() <= trig.start for m in self.triggers_cache(cl))]
            # "deplored Friday the bomb blasts": a time before a determiner is not inside the noun phrase
            pre = [t for t in pre if not re.match(r"(?i)\s+(?:the|a|an|this|these|those|its|their|his|her)\b",
                                                  self.text[t.end:trig.start])]
            # "a return to the 2015 nuclear deal": a time inside another noun phrase after the noun is that noun's
            own = [t for t in own if t.end <= trig.start or not (
                re.search(r"(?i)\b(?:the|a|an|its|their|his|her)\s+$", self.text[max(cl.start, t.start - 6):t.start])
                and re.match(r"(?:['’]s)?\s+[a-z][\w-]*", self.text[t.end:cl.end]))]
            post = [t for t in own if t.start >= trig.end]
            # "X on Tuesday condemned the bombings of ... on Thursday": a noun in the object of an earlier
            # verb of its clause owns a later time only when the time follows it closely
            gov = [m for m in self.triggers_cache(cl) if cl.start <= m.start() and m.end() <= trig.start]
            if gov or self.topic_verb_before(d.trig, cl):
                present = any(_PRESENT_GOVERNOR.search(self.text, max(cl.start, m.start() - 16), m.end()) for m in gov)
                # "Gran Grif is blamed for the killing of at least 115 people in Pont-Sonde on Oct. 3, 2024": a verb
                # in the present is not dated by a past time; the noun far inside its object is
                post = [t for t in post if self._owns_later_time(trig.start, trig.end, t)
                        or (present and not self.is_future(t) and t.granularity in ("day", "month", "year"))]
                own = pre or post  # the clause's other times are the verb's
            else:
                own = pre or post or [t for t in own if not self._premodifies_noun(t, cl)]
        if not own and not (trig.type == "statement" and any(m.start() > trig.end for m in self.triggers_cache(cl))):
            # (not the time of an act the statement reports: "The RSF said it seized Bara, ..., over the weekend")
            own = self._trailing_time(clauses, ci, trig)
        if not own and trig.nominal and trig.plover == "AGREE" and cl.start == clauses[0].start:
            # "The deal, brokered by Qatar, Egypt and the United States, was announced in Doha on Wednesday"
            for c in clauses[ci + 1:]:
                if _ANNOUNCED_LATER.match(c.text.lstrip()):
                    own = self.timexes_in(c.start, c.end)[:1]
                    break
        if not own and cl.kind == "main" and ci + 1 < len(clauses) and cl.text.rstrip().endswith(",") \
                and clauses[ci + 1].kind == "main" and not self.triggers_cache(clauses[ci + 1]):
            # "attacked police stations, prisons and the airport in late February 2024, freeing ...": the
            # object's list goes on past the comma, and so does the clause
            nxt = clauses[ci + 1]
            found = self.timexes_in(nxt.start, nxt.end)
            if found and re.fullmatch(r"[\s,]*(?:(?:and|or)\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,5}?"
                                      r"(?:and\s+(?:the\s+)?(?:[a-z][\w'’-]*\s+){0,4})?(?:in|on|at|during)\s+",
                                      self.text[nxt.start:found[0].start]):
                own = found[:1]
        if not own and trig.nominal and ci + 1 < len(clauses) and clauses[ci + 1].kind in ("relative", "complement") \
                and len(self.text[trig.end:cl.end].split()) <= 1 and not self.triggers_cache(clauses[ci + 1]) \
                and re.match(r"\s*(?:that|which)\s+(?:\w+ly\s+)?[a-z]+ed\b", clauses[ci + 1].text):
            # "the protest movement that erupted in October 2019": the relative clause dates the noun it tells of
            own = [t for t in self.timexes_in(clauses[ci + 1].start, clauses[ci + 1].end) if not self.is_future(t)]
        if not own and trig.type == "anniversary" and ci > 0 and re.match(r"[\s,]*(?:the|a|its|their)\s", cl.text):
            # "on Monday, the second anniversary of Soleimani's killing": an apposition to the time before it
            prev = [t for t in self.timexes_in(clauses[ci - 1].start, clauses[ci - 1].end)
                    if not self.text[t.end:clauses[ci - 1].end].strip(" ,")]
            if prev:
                own = prev
        if not own and trig.type != "statement" and ci + 1 < len(clauses) and not self.text[trig.end:cl.end].strip(" ,") \
                and (_TIME_ONLY.fullmatch(clauses[ci + 1].text) or (
                    trig.nominal and re.match(r"(?i)\s*since\s", clauses[ci + 1].text)
                    and re.search(r"(?i)\b(?:has|have|had)\s+been\s+(?:under|in)\b", self.text[cl.start:trig.start])
                    and self.only_time(clauses[ci + 1]))):
            # ("has been under a jihadist blockade since February": the state of things began then)
            # "Hezbollah has claimed only one attack, on Dec. 2, when it fired ...": the time set off after the noun
            own = self.timexes_in(clauses[ci + 1].start, clauses[ci + 1].end)
        if not own and trig.type == "statement":
            # "Pompeo, speaking to reporters in Florida on Sunday after ..., said": the occasion of the words
            for c in reversed(clauses[:ci]):
                if ((c.kind in ("participle", "subordinate") or c is clauses[0]) and _SPEAKING.match(c.text)) \
                        or _OCCASION.match(c.text):
                    # ("Visiting the blast site on Sunday, President X condemned ...": the sentence's opening;
                    # "Tshisekedi, in a televised address on Wednesday night, vowed ...": the occasion set off)
                    own = self.timexes_in(c.start, clauses[ci - 1].end)[:1]
                    break
        if own:
            # "TRF emerged in 2019 and India banned it in January 2023": a time across a coordination that has
            # an event word of its own on this side is that word's, when the act has a time of its own
            mine = [t for t in own if not self._time_of_coordinated_act(t, trig, cl)]
            t = min(mine or own, key=lambda t: abs(t.start - trig.start))
            self.set_time(d, t, "stated")
            return
        # "before President Trump leaves office": a reference point, not narrated; no inherited time
        if cl.kind == "subordinate" and re.match(r"\s*(?:before|until|unless|if)\b", cl.text, re.I):
            d.basis = "publication"
            d.note.append("in a before/until clause: no time of its own")
            d.undated = True  # type: ignore[attr-defined]
            return
        # reported events take the time of the report: "X said on Monday that Iraq has arrested ..."
        # ... but not a past perfect ("said on Monday that rebels had attacked"): that happened before the report,
        # on a day the report does not give
        pluperfect = bool(re.search(r"(?i)\bhad\s+(?:(?:\w+ly|not|never|already|also)\s+)?(?:been\s+)?$",
                                    self.text[max(cl.start, trig.start - 30):trig.start]))
        # "... said on Thursday she was horrified that 35 children were killed in the attack": the attack told
        told = self.told_before(d, cl) if trig.type == "killing" or (trig.type == "attack" and pluperfect) else None
        if told is not None:
            self.set_time(d, told.timex, "implied")
            d.note.append(f"the {told.trig.text!r} told before")
            if trig.type == "attack":
                self._same_attack(d, told)
            return
        if report_time is not None and not self.is_future(report_time):
            # "Iraq said on Monday it invaded": around the report, at most; "said on Monday that rebels had
            # attacked": on the report's day at the latest (the day itself is not told)
            self.set_time(d, report_time, "implied")
            if pluperfect:
                d.note.append("past perfect in a reported clause: on or before the report's day")
            return
        if trig.type != "statement" and cl.kind == "main":
            # "Soldiers killed 19 gunmen in a gunbattle, officials said on Tuesday": the day of the report that
            # closes the sentence, at the latest
            for c in clauses[ci + 1:]:
                t = next((t for t in self.timexes_in(c.start, c.end) if _TRAILING_REPORT.fullmatch(
                    self.text, c.start, t.start)), None)
                if t is not None and not self.is_future(t) and t.granularity in ("day", "time"):
                    self.set_time(d, t, "implied")
                    d.note.append("the day of the report that tells it, at the latest")
                    return
        if cl.kind == "complement" and ci > 0:
            for j in range(ci - 1, -1, -1):
                prev = self.timexes_in(clauses[j].start, clauses[j].end)
                if prev and trig.type != "statement" and not self.is_future(prev[-1]):
                    self.set_time(d, prev[-1], "implied")
                    d.note.append("on or before the report's day" if pluperfect else "date of the report")
                    return
        # a sentence-initial time expression governs the whole sentence ("In November, after ...")
        init: list[Timex] = []
        head = max((k + 1 for k in range(ci) if clauses[k].text.rstrip().endswith((":", ";"))), default=0)
        for c in clauses[head:ci]:  # ("...has shifted its attention: on Feb. 1, Trump ordered airstrikes")
            if c.kind not in ("main", "subordinate") or [m for m in self.triggers_cache(c) if not re.fullmatch(
                    r"(?i)(?:in|issued)\s+a\s+statement", m.group(0))]:  # ("In a statement on Monday, X said")
                break
            found = self.timexes_in(c.start, c.end)
            if not found and any(c.start <= k < c.end for k in self._stamps):
                continue  # "08:00 — What happened yesterday\nOn Tuesday, X said": past the blog's stamp
            if not found and re.fullmatch(r"(?i)\s*(?:[\w-]+\s+){0,3}(?:later|earlier|afterwards?)[\s,]*", c.text):
                continue  # "Days later, on January 3, 2020, ...": an offset told by the date that follows
            if not found:
                break
            init.extend(found)  # "Days later, on January 3, 2020, a US drone strike ...": the last, most precise
        if init:
            self.set_time(d, init[-1], "stated")
            return
        # "Iraq recalled its ambassador ... after Iran's Revolutionary Guards fired missiles at Erbil on Jan. 15":
        # an act of state with no time of its own came soon after the act the "after" clause dates: its month
        if trig.type in ("political", "other") and cl.kind == "main" and self.pub is not None:
            for j, c in enumerate(clauses[ci + 1:], ci + 1):
                if c.kind == "subordinate" and re.match(r"\s*(?:after|following)\b", c.text, re.I):
                    end = c.end  # (the "after" clause goes on past its commas: "at Erbil, capital of ..., on Jan. 15")
                    for c2 in clauses[j + 1:]:
                        if c2.kind != "main" or self.triggers_cache(c2):
                            break
                        end = c2.end
                    past = [t for t in self.timexes_in(c.start, end) if t.date is not None and not self.is_future(t)
                            and t.granularity in ("day", "time") and (self.pub - t.date).days > _LONG_BEFORE_DAYS]
                    if past:
                        t = past[0]
                        gran, first, last = describe(f"{t.date:%Y-%m}")
                        d.timex = Timex(t.start, t.end, t.text, "DATE", f"{t.date:%Y-%m}", gran, first, last,
                                        anchor=t.anchor, explanation=f"the month of {t.text!r}: soon after it")
                        d.basis = "implied"
                        return
                    break
        # ", warning the Houthis that ...": a participle clause happens when its main verb does
        if cl.kind == "participle" and ci > 0 and re.match(r"[\s,]*(?:warning|saying|accusing|vowing|threatening|"
                                                           r"adding|calling|urging|blaming|denying|claiming)\b", cl.text):
            for c in reversed(clauses[:ci]):
                if c.kind == "main":
                    prev = [t for t in self.timexes_in(c.start, c.end) if not self.is_future(t)]
                    if prev:
                        self.set_time(d, prev[-1], "implied")
                        d.note.append("the time of the main clause")
                        return
                    break
        # "JeM claimed the February 2019 suicide bombing in Pulwama": a claim with no time of its own of an act
        # dated well before publication is the claim made at the time
        if trig.type == "statement" and trig.stance == "claim" and self.pub is not None \
                and not _PERFECT_BEFORE.search(self.text, max(cl.start, trig.start - 30), trig.start):
            q = _quote_spans(self.text, sent.start, sent.end)
            acts = [t for t in self.timexes_in(trig.end, cl.end) if t.date is not None and not self.is_future(t)
                    and (self.pub - t.date).days > _LONG_BEFORE_DAYS and not _inside(t.start, q)]
            if acts:
                self.set_time(d, acts[0], "implied")
                d.note.append("the time of the act claimed")
                return
        # present-tense statements are dated at publication
        if trig.type == "statement" and re.search(r"\b(?:is|are)\s+(?:\w+ly\s+)?$", self.text[max(cl.start, trig.start - 20):trig.start]) \
                or (trig.type == "statement" and re.fullmatch(r"(?:says|warns|denies|urges|rejects|blames|accuses|calls)",
                                                                trig.text.split()[0].lower())):
            d.basis = "publication"
            return
        if trig.type in ("killing", "attack") and self.derived_pending(d):
            return
        told = self.told_before(d, cl) if trig.type != "killing" else None  # (a killing was looked up above)
        if told is not None:  # "the strikes targeted ...", "fighters were killed in the strikes": that attack's day
            self.set_time(d, told.timex, "implied")
            d.note.append(f"the {told.trig.text!r} told before")
            if trig.type == "attack":
                self._same_attack(d, told)
            return
        # an event in an "after/when" clause without a time: the time of the sentence's main clause
        if cl.kind == "subordinate" and re.match(r"\s*(?:after|when|as|while|since)\b", cl.text, re.I):
            others = [t for c in clauses if c is not cl for t in self.timexes_in(c.start, c.end)
                      if not self.is_future(t) and t.value != "PRESENT_REF"]
            if not others and ci > 0 and _IT_CAME.match(clauses[0].text):
                # "The attack came two days after protests turned deadly": the time of the event told last
                prev = [p for p in reversed(self.drafts) if p.trig.type in ("attack", "killing") and p.timex is not None
                        and p.basis in ("stated", "implied") and p.timex.granularity == "day"]
                others = [prev[0].timex] if prev else []
            if others:
                main = min(others, key=lambda t: abs(t.start - trig.start))
                # "voted on Sunday ..., two days after a drone strike killed ...": Sunday minus two days
                gap = re.search(r"(?i)\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                                r"(day|week|month|year)s?\s*$", self.text[max(sent.start, cl.start - 30):cl.start])
                shifted = None
                if gap and main.date and main.granularity in ("day", "month", "year") and cl.text.lstrip()[:5].lower() == "after":
                    shifted = _shift_back(main, gap.group(1), gap.group(2).lower())
                if shifted is not None:
                    self.set_time(d, shifted, "derived")
                    d.note.append(f"{gap.group(0).strip()} before {main.text!r} ({main.value})")
                    return
                self.set_time(d, main, "implied")
                d.note.append(f"around the time of the main clause ({clauses[0].text.strip()[:40]}...)")
                return
        # "Since then, 427 fugitives have been taken into custody": a span up to the time of writing
        if re.search(r"(?i)\b(?:since\s+then|ever\s+since|so\s+far|to\s+date)\b", self.text[sent.start:cl.end]):
            d.basis = "publication"
            d.note.append("a count up to the time of writing")
            return
        # the narrative time of the paragraph: the time of the last event told before in the same
        # paragraph (for a statement, the last statement: "X accused Y of an attack in September. Y denied.")
        if trig.type not in ("anniversary",):
            # (a retelling that dated the event told first counts: "The blast ... occurred at 10:35 a.m. Friday")
            retold = [p for p in self._told[-20:] if p.merged_into is not None and p.sent.paragraph == sent.paragraph]
            recent = sorted(self.drafts[-40:] + retold, key=lambda p: p.trig.start, reverse=True) if retold \
                else reversed(self.drafts)
            for prev in recent:
                if prev.sent.paragraph != sent.paragraph or prev.sent.start >= sent.start:
                    break
                if trig.type == "statement" and prev.trig.type != "statement":
                    continue
                if _HAD_BEFORE.search(self.text, max(prev.clause.start, prev.trig.start - 30), prev.trig.start):
                    continue  # "a treaty he had rejected in 1988": background, not the time the story is at
                t = prev.timex
                if prev.basis in ("stated", "implied") and t is not None and not self.is_future(t) \
                        and t.value != "PRESENT_REF" and (t.date is not None or t.value.startswith("PAST")):
                    self.set_time(d, t, "implied")
                    return
                break
        d.basis = "publication"

    def targets_of(self, trig: _Trigger, cl: _Clause, quotes) -> list[str]:
        """The groups an attack, killing or arrest falls on, named in its object: "killed a commander of
        Kataib Hezbollah", "arrested three Asaib Ahl al-Haq members", "an attack on the US embassy"."""
        if trig.type == "killing" and not _TRANSITIVE_KILL.fullmatch(trig.text):
            return []  # "his mother died trying to reach the United States": no one is killed from a side
        start = trig.end
        t = next((t for t in self.timexes_in(start, cl.end)
                  if re.fullmatch(r"\s+(?:(?:late|early)\s+)?(?:on|in|at|last|this)?\s*", self.text[start:t.start])), None)
        if t is not None and _TARGET_PREP.match(self.text, t.end, cl.end):
            start = t.end  # "a drone attack late on Friday on a U.S. base": the time first, then the target
        if trig.nominal and not re.search(r"\s(?:hit|pounded|bombed|shelled|raided)$", trig.text):
            # "an attack on the US embassy", "a drone strike killed a commander of ..." (not "warplanes hit X");
            # "a drone and artillery attack killed ...": the rest of a coordinated noun first
            coord = re.match(r"\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|fire|shelling|bombardments?|"
                             r"raids?)\b", self.text[start:cl.end])
            if coord:
                start += coord.end()
            on = _TARGET_PREP.match(self.text, start, cl.end) or _ATTACK_VERB_AFTER.match(self.text, start, cl.end)
            if on is None:
                return self.killed_by_it(trig, cl, quotes)
            start = on.end()
        else:
            against = _TARGET_PREP.match(self.text, start, cl.end)  # "carried out strikes from the air against"
            if against and "against" in against.group(0):
                start = against.end()
        out = []
        for m in self.mentions_in(start, min(cl.end, start + 80), quotes):
            # "facilities used by Kataib Hezbollah": whose the target is, not who acts
            gap = re.sub(r"(?i)\b(?:used|operated|run|controlled|held|manned|occupied|belonging)\s+(?:by|to)\b"
                         r"|\b(?:fighters|members|militants|soldiers|troops|officers|commanders?|leaders?|personnel)\s+"
                         r"(?:from|of)\b", "", self.text[start:m.start])  # "22 fighters from Iraq's PMF"
            if not m.group or _NOT_TARGET_GAP.search(gap) or "," in gap or len(gap.split()) > 6:
                break
            if self.gaz.kind(m.group) == "state" and re.match(r"['’]s\s+(?:[A-Z]|[a-z]+\s+[A-Z])", self.text[m.end:m.end + 30]):
                continue  # "Iraq's Popular Mobilization Forces": the organization, not the state
            out.append(m.group)
        return _uniq(out + self.killed_by_it(trig, cl, quotes))[:2]

    @staticmethod
    def hit_end(clauses: list[_Clause], ci: int) -> int:
        """Where what an act hit ends: its clause, and the participle or relative clauses that go on telling it
        (", killing two Turkish soldiers", "that wounded a Turkish soldier", ", a Turkish outpost")."""
        end = clauses[ci].end
        for nxt in clauses[ci + 1:]:
            if nxt.kind not in ("participle", "relative") and not _HIT_CLAUSE.match(nxt.text):
                break
            end = nxt.end
        return end

    def sides_hit(self, d: _Draft, clauses: list[_Clause], ci: int, quotes) -> list[str]:
        """Sides an attack or killing falls on, named by what of theirs was hit: a state's ("struck a U.S. base",
        "shot down an Indian fighter jet", ", wounding a Turkish soldier"), an armed group's ("an SDF
        checkpoint", "Hezbollah positions")."""
        trig, cl = d.trig, clauses[ci]
        end = self.hit_end(clauses, ci)
        out = []
        for m in self.mentions_in(trig.end, end, quotes):
            if not m.group or self.gaz.kind(m.group) != "state" or not (
                    m.kind == "demonym" or (m.kind == "gazetteer" and re.fullmatch(r"(?:[A-Z]\.?){2,3}", m.text))):
                continue  # "a U.S. base", "Indian soldiers" (but "the Kenya embassy bombing" is where)
            if _SIDE_HIT.match(self.text, m.end, end) and not _BY_BEFORE.search(self.text, max(cl.start, m.start - 20),
                                                                                 m.start):
                out.append(m.group)
        for m in self.mentions_in(trig.end, end, quotes):
            # "Israel's Ben Gurion airport", "Ukraine's power grid": what a state owns
            # (not where the target stands: "the American Embassy in Tanzania's commercial capital")
            if m.group and m.kind != "person" and self.gaz.kind(m.group) == "state" \
                    and _OWNED_HIT.match(self.text, m.end, end) and not re.search(
                        r"(?i)\b(?:in|at|inside|outside)\s+$", self.text[max(0, m.start - 10):m.start]):
                out.append(m.group)
        for m in self.mentions_in(trig.end, end, quotes):
            # "an SDF checkpoint", "Hezbollah positions", "three PKK fighters": an armed group's own, hit
            if m.group and m.kind not in ("person", "demonym") and self.gaz.kind(m.group) in ("armed group", "government") \
                    and _GROUP_HIT.match(self.text, m.end, end) \
                    and not _BY_BEFORE.search(self.text, max(cl.start, m.start - 20), m.start) \
                    and not _SUBJECT_AFTER.search(self.text, max(cl.start, m.start - 20), m.start):
                out.append(m.group)
        for h in _HELD_BY.finditer(self.text, trig.end, end):
            # "the Houthi-held port of Hodeidah", "SDF-controlled territory": what a side holds
            g = self.gaz.lookup(h["name"])
            if g is not None and g.kind != "person" and not _inside(h.start(), quotes):
                out.append(g.name)
        return [g for g in _uniq(out) if g not in d.groups]

    def struck_state(self, d: _Draft, quotes) -> list[str]:
        """The other state an attack by a state on no named side struck in ("Israel bombs Evin prison in
        Tehran", "Iran fired missiles at a base in Qatar"): asked once the sentence's sides are settled."""
        trig, cl = d.trig, d.clause
        if d.targets or trig.type != "attack":
            return []
        own = [g for g in d.groups if self.gaz.kind(g) == "state"]
        if not own:
            # "Hezbollah fired rockets at the northern Israeli city of Haifa": an armed group's attack on a
            # place its state's adjective describes falls on that state
            if not d.groups or any(self.gaz.kind(g) != "armed group" for g in d.groups):
                return []
            m = _AT_STATES_PLACE.search(self.text, trig.end, cl.end)
            g = self.gaz.lookup(m.group("adj")) if m else None
            if g is not None and g.kind == "state" and g.name not in d.groups:
                return [g.name]
            if not _MUTUAL_FIGHTING.fullmatch(trig.text) and not re.fullmatch(r"(?i)gunfire|exchang\w*", trig.text.split()[0]):
                # "stormed into southern Israel", "lands near the main terminal of Israel's Ben Gurion Airport"
                for c in self.mentions_in(trig.end, cl.end, quotes):
                    if c.group and c.kind == "gazetteer" and self.gaz.kind(c.group) == "state" and c.group not in d.groups \
                            and (re.match(r"['’]s\s", self.text[c.end:c.end + 3])
                                 or re.search(r"(?i)\b(?:in|into|inside|across|on|at|near)\s+(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?$",
                                              self.text[max(cl.start, c.start - 30):c.start])):
                        return [c.group]
            # "They stormed Nairobi's Westgate mall": a place of a state's capital
            c = _CAPITALS_PLACE.match(self.text, trig.end, cl.end)
            st = self.gaz.state_of_capital(c.group("cap")) if c else ""
            return [st] if st and st not in d.groups else []
        for m in self.mentions_in(trig.end, cl.end, quotes):
            if m.group and m.kind in ("gazetteer", "capital") and self.gaz.kind(m.group) == "state" \
                    and m.group not in own and _PLACE_BEFORE.search(self.text, max(cl.start, m.start - 40), m.start):
                return [m.group]  # the state struck in ("in Tehran", "in northeastern Jordan")
        return []

    def suspects_of(self, trig: _Trigger, cl: _Clause) -> list[str]:
        """"arrested three suspected facilitators of the attack": the side that carried out the attack the
        definite noun names again (the story's attack), none when that attack has no side."""
        if not _OF_THE_ATTACK.search(self.text, trig.end, min(cl.end, trig.end + 100)):
            return []
        for p in reversed(self.drafts):
            if p.trig.type == "attack" and p.basis == "stated" and p.groups:
                return [g for g in p.groups if self.gaz.kind(g) != "state"][:2]
        return []

    def home_state(self) -> str:
        """The state the story is about (its dateline's, else the one it names most by far), found once."""
        if self._home is None:
            self._home = self.gaz.story_state(self.text, self.doc.mentions)
        return self._home

    def acts_for_home(self, d: _Draft) -> bool:
        """Whether an act told with no side is the story country's: a political act ("Parliament passed the
        law in March", "a transitional council was sworn in") or an arrest by its forces ("Police said they had
        arrested three men") -- not a company's resignations, nor an arrest with no force named ("Pol Pot was
        arrested")."""
        if not self.home_state() or _BUSINESS.search(d.sent.text):
            return False
        if d.trig.type == "arrest":
            return bool(_ARRESTING_FORCE.search(d.sent.text))
        if d.trig.type != "political" and d.trig.plover not in _POLITICAL_PLOVER:
            return False
        if re.search(r"(?i)disband|dissol", d.trig.text):
            return False  # "it announced that it had decided to disband": a group's own end, not the state's act
        return not re.match(r"(?i)resign|step|appoint", d.trig.text) or bool(_STATE_OFFICE.search(d.sent.text))

    def counterparts(self, trig: _Trigger, cl: _Clause, quotes) -> list[str]:
        """The other side of a political act, named in it or in its object: "summoned the U.S. charge
        d'affaires", "severed ties with Kigali", "opened talks with the ELN", "recalled its ambassador to Kenya",
        "designated Viv Ansanm a terrorist organization" (not a place: "signed in Doha")."""
        out = []
        # a vote, an election, an office taken or left: only a partner "with" it ("formed a coalition with X");
        # what the vote was about ("a resolution calling for the expulsion of U.S. troops") is no side
        inward = bool(re.match(r"(?i)vot|(?:re-?)?elect|resign|step|appoint|sworn|inaugur|leav|left|tak|took|pass|"
                               r"adopt|approv|coup|no-conf|form", trig.text))
        for m in self.mentions_in(trig.start, min(cl.end, trig.end + 60), quotes):
            if not m.group or (m.kind == "person" and not (trig.plover == "CONSULT" and m.start >= trig.end)):
                continue  # (but whom a leader met: "Pashinyan and Aliyev meet Trump")
            if inward and not re.search(r"(?i)\bwith\s+(?:the\s+)?$", self.text[max(trig.end, m.start - 10):m.start]):
                continue
            if m.start >= trig.end and (_NOT_COUNTERPART.search(self.text, max(trig.end, m.start - 25), m.start)
                                        or _inside(m.start, quotes)):
                continue
            if m.start > trig.start and self.gaz.kind(m.group) == "state" and re.match(r"['’]s\s+(?:[a-z]+\s+)?[A-Z]",
                                                                                    self.text[m.end:m.end + 30]):
                continue  # "Haiti's Viv Ansanm gang coalition": the group, not the state
            out.append(m.group)
        # "severed ties with Kigali", "its ambassador to Moscow": a capital for its government
        for c in _WITH_CAPITAL.finditer(self.text, trig.end, min(cl.end, trig.end + 60)):
            state = self.gaz.capital_state(c.group("cap"))
            if state:
                out.append(state)
        return _uniq(out)[:2]

    def killed_by_it(self, trig: _Trigger, cl: _Clause, quotes) -> list[str]:
        """"a joint raid in western Iraq that killed 15 ISIS operatives": the side of those it killed."""
        if trig.type != "attack":
            return []
        rel = _KILLED_BY_IT.match(self.text, trig.end, min(len(self.text), trig.end + 200))
        if not rel:
            return []
        return [m.group for m in self.mentions_in(rel.end(), min(len(self.text), rel.end() + 40), quotes)
                if m.group and m.kind != "person" and self.gaz.kind(m.group) != "state"][:1]

    def _trailing_time(self, clauses: list[_Clause], ci: int, trig: _Trigger | None = None) -> list[Timex]:
        """"Rockets struck the base, which hosts US troops, on Monday": a time standing alone after a
        relative or participle clause closes the main clause it interrupted."""
        # "..., where fighting between the army and the Fano militia, which fought ..., broke out in early
        # August": a relative clause of place has a subject of its own, whose verb comes after the aside
        where = clauses[ci].kind == "relative" and re.match(r"\s*where\b", clauses[ci].text, re.I) is not None
        if clauses[ci].kind != "main" and not where:
            return []
        # (the verb after the aside is the act's; not an anniversary's or a statement's told in the main clause)
        subject_noun = trig is not None and trig.type in ("attack", "killing", "protest", "political", "other")
        skipped = False
        for c in clauses[ci + 1:]:
            if c.kind in ("relative", "participle"):
                skipped = True
                continue
            found = self.timexes_in(c.start, c.end)
            if c.kind == "main" and not found and not self.triggers_cache(c) and (
                    _PLACE_APPOSITION.match(c.text) or _NOUN_APPOSITION.fullmatch(c.text) or _ROLE_APPOSITION.fullmatch(c.text)
                    or _PLACE_PHRASE.fullmatch(c.text)):
                # "seized the town of Bara, north of El Obeid, the capital of ..., over the weekend", "patched up
                # relations under a Turkish-brokered deal, the Ankara Declaration, in December"
                skipped = True
                continue
            if skipped and c.kind == "main" and len(found) >= 1 and not self.triggers_cache(c) and re.fullmatch(
                    r"\s*(?:(?:on|in|at|during|early|late|last|this|over)\s+){0,2}" + re.escape(found[0].text)
                    + r"(?:\s*[.,;!]?\s*|\s+(?:as|when|while|after|before|because)\s+[^.;]*)", c.text, re.I):
                return found[:1]  # ("detained X, commander of Y, on Monday as he tried to board a flight")
            # "launched a ground and air offensive, dubbed Operation Claw, against PKK bases in the Hakurk region in
            # May": the object's phrase goes on after the participle, with the time
            if skipped and c.kind == "main" and len(found) == 1 and not self.triggers_cache(c) and re.match(
                    r"\s*(?:against|on|at|into|near|across|along|toward|towards|targeting)\s", c.text):
                return found
            # "Fighting between X, known as ..., and Y, known as ..., erupted on Sept. 9, 2024": the subject's
            # list goes on, then its verb comes with the time
            if c.kind == "main" and not found and not self.triggers_cache(c) and re.match(r"\s*(?:and|or)\s", c.text):
                continue
            if skipped and subject_noun and c.kind == "main" and len(found) == 1 and not self.triggers_cache(c) and re.match(
                    r"\s*(?:erupted|began|broke\s+out|started|escalated|flared|intensified|resumed|took\s+place|"
                    r"happened|occurred|came)\s+(?:(?:on|in|at|during|early|late|last|this)\s+)?"
                    + re.escape(found[0].text) + r"\s*[.;!]?\s*$", c.text, re.I):
                return found
            return []
        return []

    def _time_of_coordinated_act(self, t: Timex, trig: _Trigger, cl: _Clause) -> bool:
        """Whether the time `t` belongs to another act coordinated with `trig` in its clause: "and"/"but"/"while"
        stands between them, and another event verb stands on the time's side ("X emerged in 2019 and India
        banned it in January 2023": 2019 is the emerging's)."""
        lo, hi = (t.end, trig.start) if t.end <= trig.start else (trig.end, t.start)
        if not _COORDINATION.search(self.text, lo, hi):
            return False
        for m in self.triggers_cache(cl):
            words = m.group(0).split()
            if m.start() == trig.start or m.group(0)[:1].isupper() \
                    or not any(re.fullmatch(r"(?i)\w+(?:ed|es|ew|ook|uck|ot|ung|ove|ame|orn|own|en|eld|ent|ought|aught)"
                                            r"|began|ran|won|broke", w) for w in {words[0], words[-1]}):
                continue  # ("a truce between X and Y began on Nov. 24 and broke down on Friday": its last word)
            a, b = (m.end(), t.start) if m.end() <= t.start else (t.end, m.start())
            if a <= b and not _COORDINATION.search(self.text, a, b) and min(m.start(), t.start) >= cl.start:
                return True
        return False

    def triggers_cache(self, clause: _Clause) -> list:
        """Event-word matches in a clause (memoized: dating asks about the same clauses repeatedly)."""
        key = (clause.start, clause.end)
        if key in self._clause_triggers:
            return self._clause_triggers[key]
        quotes = _quote_spans(self.text, clause.start, clause.end)
        out = self._clause_triggers[key] = []
        for rx_list in (_STATEMENT_RX, _EVENT_RX):
            for rx, _label in rx_list:
                for m in rx.finditer(self.text, clause.start, clause.end):
                    if _inside(m.start(), quotes) or self.timex_at(m.start()):
                        continue
                    w = m.group(0)
                    if w[:1].isupper() and _CAP_WORD_BEFORE.search(self.text, max(clause.start, m.start() - 30), m.start()):
                        continue  # "the United States", "Islamic State": part of a name
                    if w.lower() in ("states", "state") and not re.match(r"\s*(?:that\b|[:“\"‘`,.]|$)",
                                                                        self.text[m.end():m.end() + 10]):
                        continue  # the noun, not the verb
                    if w[:4].lower() == "call" and not w.lower().endswith("for") \
                            and _CALL_NOUN.search(self.text, max(clause.start, m.start() - 12), m.start()):
                        continue  # "during a phone call on Sunday": the noun
                    out.append(m)
        return out

    def retold_with_its_day(self, d: _Draft, cl: _Clause) -> None:
        """"... were killed in a drone attack on an outpost, officials said Monday. The attack on Sunday on the
        base ...": the attack told first, dated only by its report, gets the day its retelling states; the
        retelling makes no row of its own."""
        trig = d.trig
        sanction = trig.plover == "SANCTION"
        if (trig.type != "attack" and not sanction) or not trig.nominal or d.basis != "stated" or d.timex is None \
                or d.timex.date is None or d.timex.granularity not in ("day", "time") \
                or not _DEFINITE_BEFORE.search(self.text, max(cl.start, trig.start - 30), trig.start):
            return
        if _STANCE_ON_OBJECT.search(self.text, max(cl.start, trig.start - 60), trig.start):
            return  # "condemned the raids on Wednesday": the day of the condemnation, not of the raids
        prev = next((p for p in reversed(self.drafts) if p.trig.type == trig.type and p.trig.plover == trig.plover
                     and p.sent.start < d.sent.start and not getattr(p, "undated", False)), None)
        if prev is None or prev.basis not in ("implied", "publication") or prev.series_since is not None:
            return
        then = prev.timex.date if prev.timex is not None and prev.timex.date else self.pub
        if then is None or not 0 <= (then - d.timex.date).days <= 7:
            return
        prev.timex, prev.basis = d.timex, "stated"
        prev.note.append(f"dated by its retelling: {self.text[trig.start:d.timex.end][:60]!r}")
        d.merged_into = prev  # (keeps its own day for what is told next)
        if sanction:
            # "The State Department announced the designations on Friday": the sentence that dates the act is its
            # source; the announcement is the act itself, no statement of its own
            prev.relocated_sentence = d.sent
            prev.announced_in = d.sent  # type: ignore[attr-defined]

    def _same_attack(self, d: _Draft, told: _Draft) -> None:
        """`d` tells the attack `told` again: no second row; what it adds (targets) is that attack's."""
        d.undated = True  # type: ignore[attr-defined]
        d.same_as = told  # type: ignore[attr-defined]
        d.basis = "publication"
        # "The strikes destroyed facilities used by X": a target the first telling did not name
        new = [g for g in d.targets if g not in told.groups + told.targets]
        if new:
            told.targets = told.targets + new

    def told_before(self, d: _Draft, cl: _Clause) -> "_Draft | None":
        """The attack a definite description points back to ("the strikes", "killed in the attack"):
        the last attack told with its own time in this text, if any."""
        trig = d.trig
        if trig.type == "attack" and trig.nominal:
            if not _DEFINITE_BEFORE.search(self.text, max(cl.start, trig.start - 30), trig.start):
                return None
        elif trig.type == "attack":  # "the strikes targeted two sites": a verb whose subject is that attack
            if not _DEFINITE_ATTACK_SUBJECT.search(self.text, max(cl.start, trig.start - 40), trig.start):
                # "The IDF said Wednesday that its jets had struck ...": a side reporting, in the past perfect,
                # the attack of theirs told before
                if not (cl.kind == "complement" and _HAD_BEFORE.search(
                        self.untimed(max(cl.start, trig.start - 30), trig.start))):
                    return None
                prev = next((p for p in reversed(self.drafts) if p.trig.type == "attack" and p.basis == "stated"
                             and p.timex is not None and not self.is_future(p.timex)), None)
                # (told just before, by the same side if this telling names one)
                if prev is None or d.sent.start - prev.sent.end > 600 or (d.groups and d.groups[0] not in prev.groups):
                    return None
                return prev
        elif trig.type == "killing":
            if not _IN_THE_ATTACK.match(self.text, trig.end, cl.end):
                return None
        else:
            return None
        cands = [p for p in reversed(self.drafts) if p.trig.type == "attack" and p.basis == "stated"
                 and p.timex is not None and not self.is_future(p.timex)]
        # "strikes ... early on Saturday, in retaliation for the missiles Iran fired on Oct. 1. Two soldiers were
        # killed in the attack": the story's attack, not the one it answers
        main = [p for p in cands if not self.response_to(p) and not re.search(
            r"(?i)\b(?:after|following|since|revenge for)\s+(?:[\w.'’-]+\s+){0,4}$",
            self.text[max(p.sent.start, p.trig.start - 50):p.trig.start])]
        return (main or cands or [None])[0]

    def derived_pending(self, d: _Draft) -> bool:
        """A killing whose victim's death has an anniversary elsewhere in the text: dated later, by derivation."""
        if d.trig.type != "killing":
            return False
        victims = set(d.victims) | set(d.actors)
        if not victims:
            return False
        return bool(re.search(r"anniversar", self.text, re.I))

    def response_to(self, d: _Draft) -> bool:
        """"in response to U.S. missile attacks": an event told before, whatever its determiner."""
        return bool(re.search(r"(?i)\bin (?:response|retaliation|reaction|reply) (?:to|for)\s+(?:[\w.-]+\s+){0,3}$",
                              self.text[max(d.sent.start, d.trig.start - 60):d.trig.start]))

    def topic_verb_before(self, trig: _Trigger, cl: _Clause) -> bool:
        """Whether the noun is the object or topic of a verb that speaks of an event told elsewhere
        ("mourned the victims of the bombings", "are investigating the attack")."""
        return bool(_TOPIC_VERB.search(self.text[cl.start:trig.start]))

    def _owns_later_time(self, start: int, end: int, t: Timex) -> bool:
        """Whether the event word at start..end governs the time expression after it.

        A verb or gerund does ("accused X of firing rockets at the embassy in September"); a noun only
        when the time follows it closely ("the attacks on Aug. 7", "the bombing of the embassy last
        month"), not past a longer object ("the bombing of the embassies in Kenya and Tanzania on Thursday").
        """
        word = self.text[start:end].lower()
        before = self.text[max(0, start - 40):start]
        if re.match(r"(?i)(?:the\s+same|that)\s", t.text) and _DETERMINER.search(before):
            return False  # "claimed the attack the same day": a time told back, the verb's; the attack has its own
        gerund = word.endswith("ing") and re.search(r"(?i)\b(?:of|for|from|by|after|before)\s+$", before)
        nominal = not gerund and (bool(_NOUN_BEFORE.search(before)) or word.endswith(("ion", "ions"))
                                  or bool(_NOUN_AFTER_MODIFIER.search(before)))
        if not nominal:
            return True
        return len(self.text[end:t.start].split()) <= 5

    def counted_from(self, m, t: Timex) -> bool:
        """"claimed the attack hours later", "denied the claim the next day": a time counted from the event the
        definite noun names again dates the verb, not the noun it is counted from."""
        return bool(_COUNTED_AFTER.search(t.text)) and bool(
            re.search(r"(?i)\b(?:the|that|this|these|those)\s+(?:[\w-]+\s+){0,1}$", self.text[max(0, m.start() - 20):m.start()]))

    def told_on_another_day(self, m, t: Timex) -> bool:
        """"Hamas condemned the strikes on Monday" after strikes told on Sunday: the definite noun is that event,
        so the time is the verb's."""
        if not re.search(r"(?i)\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?$", self.text[max(0, m.start() - 25):m.start()]):
            return False
        word = m.group(0).lower()
        typ = next((label for rx, label in _EVENT_RX if rx.fullmatch(word)), "")
        if typ not in ("attack", "killing"):
            return False
        told = [p for p in self.drafts if p.trig.type in ("attack", "killing") and p.basis == "stated" and p.timex is not None]
        family = next((f for f in _ACT_FAMILIES if re.match(f, word)), None)
        if family is not None:
            # "UNICEF condemned the abduction on Tuesday" after a kidnapping on Monday and a raid on Tuesday: the
            # abduction is the kidnapping
            same = [p for p in told if re.search(family, p.sent.text[max(0, p.trig.start - p.sent.start - 80):], re.I)]
            told = same or told
        if told:
            return told[-1].timex.value != t.value
        return False

    def _premodifies_noun(self, t: Timex, cl: _Clause) -> bool:
        after = self.text[t.end:cl.end]
        m = re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?P<w>[\w-]+)", after)
        if not m:
            return False
        w = m.group("w")
        if re.match(r"\s+\w+ed\b", after) and w.lower().endswith("ed"):
            return False  # "strikes on Monday killed 558 people": a verb after the time, no noun it modifies
        if re.match(r"(?i)\s+(?:hit|struck|shot|blew|sank|tore|took|set|cut|overran|stormed|left)\s+(?:a|an|the|two|three|"
                    r"several|\d[\d,]*|its|their|his|her|more|at|up|down|into|off)\b", after):
            return False  # "A second U.S. strike on Saturday hit a radar site": the verb of the sentence
        for rx, _label in _EVENT_RX:
            if rx.fullmatch(w):
                return True
        return False

    def is_future(self, t: Timex) -> bool:
        return bool(self.pub and t.date and t.date > self.pub)

    def set_time(self, d: _Draft, t: Timex, basis: str) -> None:
        d.timex = t
        d.basis = basis

    # -- location
    def location_for(self, d: _Draft, cl: _Clause, quotes) -> None:
        sent = d.sent
        cands = self._places.get(sent.start)
        if cands is None:
            cands = self._places[sent.start] = self.places(sent, quotes)
        if not cands:
            if self.dateline_default(d):
                d.location = self.dateline_place  # the dateline: where the article's events happen by default
            return
        in_clause_after = [c for c in cands if c[0] >= d.trig.start and c[0] < cl.end]
        in_clause = [c for c in cands if cl.start <= c[0] < cl.end]
        if d.trig.type in ("attack", "killing", "arrest", "protest"):
            pick = in_clause_after or in_clause or [c for c in cands if c[0] >= d.trig.start]
        else:
            pick = in_clause_after or in_clause
        if pick:
            d.location = pick[0][1]
        elif self.dateline_default(d):
            d.location = self.dateline_place

    def dateline_default(self, d: _Draft) -> bool:
        """The dateline's city is the place of an event told without one, when the event is of the report's days
        (not "a bombing in 1995", nor an event "there" or "abroad")."""
        if d.trig.type not in ("attack", "killing", "arrest", "protest") or not self.dateline_place:
            return False
        if self.dateline_abroad():
            return False
        t = d.timex
        if t is not None and t.date is not None and self.pub is not None and abs((t.date - self.pub).days) > 10:
            return False
        return not re.search(r"(?i)\b(?:there|abroad|overseas|elsewhere)\b", d.sent.text)

    def dateline_abroad(self) -> bool:
        """"WASHINGTON - The United States carried out air strikes ... in Iraq and Syria": a report filed
        from one state's capital whose lead places its events in other states; the dateline is then
        where the news was told, not where it happened."""
        if self._abroad is None:
            home = self.gaz.lookup(self.dateline_place)
            self._abroad = False
            if home is not None and self.gaz.kind(home.name) == "state":
                lead = [s for s in self.doc.sentences[:4] if not self.only_dateline(s)]
                for sent in lead[:3]:
                    for _off, place in self.places(sent, _quote_spans(self.text, sent.start, sent.end)):
                        g = self.gaz.lookup(place.split(",")[0].strip())
                        if g is not None and self.gaz.kind(g.name) == "state" and g.name != home.name:
                            self._abroad = True
        return self._abroad

    def places(self, sent: Sentence, quotes) -> list[tuple[int, str]]:
        """Place names after a locative preposition in the sentence: (offset, "Baghdad, Green Zone")."""
        cands = []
        for m in _PLACE.finditer(self.text, sent.start, sent.end):
            if _inside(m.start(), quotes):
                continue
            place = m.group("place")
            first = place.split()[0].rstrip("’'s")
            if first in _NOT_PLACE or place.split()[0] in _NOT_PLACE:
                continue
            if self.timex_at(m.start("place")):
                continue
            if [x for x in self.mentions_in(m.start("place"), m.end("place") + 1) if x.kind == "person"]:
                continue  # "in the Slepian shooting": a person, no place
            if re.match(r"\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|shootings?|strikes?|raids?|explosions?|killings?|"
                        r"assassinations?|massacres?|ambush|siege|invasion|riots?|protests?|clashes|murders?|case|trial|"
                        r"investigation|probe)\b(?!\s+(?:the|a|an|his|her|their|its|on|at)\b)",
                        self.text[m.end("place"):m.end("place") + 40]) and not self.mentions_in(m.start("place"),
                                                                                                m.end("place") + 1):
                continue  # "in the Kenya embassy bombing", "in the Slepian shooting": a modifier of an event noun
            men = [x for x in self.mentions_in(m.start("place"), m.end("place") + 1) if x.start == m.start("place")]
            if men and self.gaz.kind(men[0].group) not in ("state",) and men[0].kind != "demonym":
                continue  # "in Kataib Hezbollah's statement" is no place
            place = re.sub(r"['’]s?$", "", place)
            cands.append((m.start(), re.sub(r"['’]s\s+", ", ", place)))
        return cands

    # -- cross-sentence reasoning
    def date_toll_updates(self) -> None:
        """"The death toll from a suicide bombing ... rose to 100 on Tuesday. The bomber struck on Monday": the
        bombing of the toll's update is the attack told next (within two sentences), on its day."""
        for d in [d for d in self.drafts if getattr(d, "toll_update", False)]:
            nxt = [p for p in self.drafts if p.trig.type == "attack" and p.sent.start > d.sent.start
                   and p.basis == "stated" and p.timex is not None and p.timex.date is not None
                   and p.sent.start - d.sent.end < 600]
            if nxt:
                self.set_time(d, nxt[0].timex, "implied")
                d.note.append(f"the toll's update; the attack is told next: {nxt[0].trig.text!r}")
                d.location = d.location or nxt[0].location
                if not nxt[0].location:
                    nxt[0].location = d.location
            else:
                d.undated = True  # type: ignore[attr-defined]

    def anniversary_of_a_dated_act(self, d: _Draft) -> None:
        """"marked the first anniversary of their Alliance of Sahel States, a defense pact signed on Sept. 16,
        2023": the time told after the anniversary is the act's; the anniversary falls N years later."""
        t = d.timex
        if t is None or d.basis != "stated" or t.date is None or t.start < d.trig.end or self.pub is None \
                or t.granularity not in ("day", "month", "year"):
            return
        ordinal = re.search(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                            r"$", self.text[max(d.sent.start, d.trig.start - 20):d.trig.start], re.I)
        if not ordinal:
            return
        words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
        o = ordinal.group(1).lower()
        n = words.get(o) or int(re.sub(r"\D", "", o))
        day = _year_shift(t.date, n)
        if not (t.date.year + n - 1 <= self.pub.year <= t.date.year + n + 1):
            return  # (a time that is not n years before the story is not the act's)
        value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[t.granularity]
        end = day if t.granularity == "day" else (_year_shift(t.date_end, n) if t.date_end else day)
        d.timex = Timex(t.start, t.end, t.text, "DATE", value, t.granularity, day, end, anchor="derived")
        d.basis = "derived"
        d.note.append(f"{t.text!r} is the date of what is marked; its {_ordinal(n)} anniversary is {value}")

    def link_anniversaries(self) -> None:
        for a in [d for d in self.drafts if d.trig.type == "anniversary" and d.anniversary_victims]:
            n = (a.timex.anniversary if a.timex is not None and a.timex.anniversary else None)
            ordinal = re.search(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                                r"$", self.text[max(a.sent.start, a.trig.start - 20):a.trig.start], re.I)
            words = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                     "eighth": 8, "ninth": 9, "tenth": 10}
            if ordinal:
                o = ordinal.group(1).lower()
                n = words.get(o) or int(re.sub(r"\D", "", o))
            assumed = n is None
            n = n or 1
            target = None
            for k in self.drafts:
                if k.trig.type == "killing" and set(a.anniversary_victims) & (set(k.victims) | set(k.actors)):
                    target = k
                    break
            if target is None:
                # "the first anniversary of the killing of X, on January 3": the killing itself, derived
                if a.timex is None or a.timex.granularity != "day" or a.basis != "stated" or not a.timex.date:
                    continue
                what = re.search(r"\b(death|killing|assassination|murder)\b", self.text[a.trig.end:a.clause.end])
                if not what:
                    continue
                ws, we = a.trig.end + what.start(1), a.trig.end + what.end(1)
                target = _Draft(trig=_Trigger(ws, we, what.group(1), "killing", "", True), sent=a.sent,
                                clause=a.clause)
                target.victims = list(a.anniversary_victims)
                target.groups = [g for g in a.groups if any(self.gaz.lookup(v) is not None and
                                                            self.gaz.lookup(v).side == g for v in target.victims)]
                target.groups = target.groups or list(a.groups)
                target.basis = "publication"
                target.note.append("told only through its anniversary")
                self.drafts.insert(self.drafts.index(a) + 1, target)
            a.note.append(f"anniversary of the killing of {', '.join(a.anniversary_victims)}")
            a.link = target  # type: ignore[attr-defined]
            if target.basis in ("publication", "implied") and a.timex is not None and a.timex.date \
                    and a.timex.granularity == "day":
                day = _year_shift(a.timex.date, -n)
                target.timex = Timex(a.timex.start, a.timex.end, a.timex.text, "DATE", day.isoformat(), "day",
                                     day, day, anchor="derived")
                target.basis = "derived"
                target.note.append(
                    f"{a.timex.text!r} ({a.timex.date.isoformat()}) is the {_ordinal(n)} anniversary"
                    f" of the death{' (ordinal not given: first assumed)' if assumed else ''}, so it happened on"
                    f" {day.isoformat()}")

    def place_known_dates(self) -> None:
        """Dates the calendar knows: a US president leaves office on 20 January after an election year."""
        if not self.pub:
            return
        for d in list(self.drafts):
            if d.trig.type != "political" or not re.search(r"(?:leave|leaves|left|leaving) office|sworn in|inaugurat|take[sn]? office|took office",
                                                             d.trig.text, re.I):
                continue
            if d.basis == "stated":
                continue
            if "United States" not in d.groups:
                continue
            year = self.pub.year + (1 if self.pub.month >= 2 or (self.pub.month == 1 and self.pub.day > 20) else 0)
            if self.pub.month == 1 and self.pub.day <= 20:
                year = self.pub.year
            if (year - 1) % 4 != 0:
                continue
            day = dt.date(year, 1, 20)
            named = [t for t in self.timexes if t.date == day and t.granularity == "day"]
            if named:
                t = named[0]
                sent = next((s for s in self.doc.sentences if s.start <= t.start < s.end), None)
                d.timex = t
                d.basis = "stated"
                d.relocated_sentence = sent
                d.note.append(f"'{d.trig.text}' ({d.sent.text[:70]}...): a US presidential term ends on"
                              f" 20 January after an election year; the text names that day as {t.text!r}")
            else:
                d.timex = Timex(d.trig.start, d.trig.end, d.trig.text, "DATE", day.isoformat(), "day", day, day,
                                anchor="derived")
                d.basis = "derived"
                d.note.append("a US presidential term ends on 20 January after an election year")

    # -- records
    def finish(self) -> list[Event]:
        events: list[Event] = []
        ids: dict[int, str] = {}
        art = self.doc.article
        drafts = [d for d in self.drafts if not (getattr(d, "undated", False) and d.basis == "publication")
                  and d.merged_into is None]
        for n, d in enumerate(drafts, 1):
            ids[id(d)] = f"{art.id}:{n}"
        for d in drafts:
            t = d.timex
            sent = d.relocated_sentence or d.sent
            typ = d.trig.type
            if typ == "other" and d.trig.plover in _POLITICAL_PLOVER and not (
                    d.trig.plover in ("MOBILIZE", "RETREAT", "YIELD") and _BUSINESS.search(sent.text)):
                typ = "political"  # agreements, talks, sanctions, deployments, withdrawals: acts of politics (PLOVER kept)
            stance = d.trig.stance if typ == "statement" else ""
            heading = False
            if t is None and (t := self.paragraph_heading(sent)) is not None:
                d.basis = "implied"  # "MONDAY, JUNE 16 - ... Israel says ...": the day a chronology's entry heads
                d.note.append(f"in the entry headed {t.text!r}")
                heading = True
            if t is not None:
                date, date_end, value, gran = t.date, t.date_end, t.value, t.granularity
                if heading and gran == "time" and date is not None:  # a blog's stamp: the entry's day
                    value, gran = date.isoformat(), "day"
                time_text = t.text
            else:
                date = date_end = self.pub
                value = self.pub.isoformat() if self.pub else ""
                gran = "day" if self.pub else ""
                time_text = ""
            if d.series_since is not None and self.pub and date and date <= self.pub:
                date_end, value, gran = self.pub, "PAST_REF", "vague"  # a series from then to the time of writing
            elif t is not None and (pair := self.range_of(t)) is not None:
                # "between November 2023 and January": the whole range (its value the first time's)
                a, b = pair
                date, date_end, value = a.date, b.date_end or b.date, a.value
                time_text = self.text[a.start:b.end]
            future = bool(self.pub and date and date > self.pub)
            groups = self.expand(_uniq(d.groups + d.targets))
            expl = [f"{typ}{'/' + stance if stance else ''} from {d.trig.text!r}"]
            if d.targets:
                expl.append("against " + ", ".join(d.targets))
            if t is not None:
                expl.append(f"dated by {t.text!r} ({d.basis})" + (f": {t.explanation}" if t.explanation else ""))
            else:
                expl.append("no time expression governs it: publication date" if self.pub else "undated")
            if d.about:
                expl.append("about " + ", ".join(d.about))
            if d.victims:
                expl.append("victims: " + ", ".join(d.victims))
            if d.fallen_leader:
                expl.append("killed: " + d.fallen_leader)
            expl.extend(d.note)
            link = getattr(d, "link", None)
            events.append(Event(
                event_id=ids[id(d)], type=typ, sentence=sent.text, date=date, date_end=date_end or date,
                value=value, granularity=gran, stance=stance, plover=d.trig.plover or plover_code(typ, stance),
                groups=groups, actors=_uniq(d.actors + d.victims), alleged_by=self.expand(d.alleged),
                location=d.location, time_text=time_text, date_basis=d.basis, future=future,
                anniversary_of=ids.get(id(link), "") if link is not None else "",
                explanation="; ".join(expl), article_id=art.id, source=art.source, title=art.title,
                url=art.url, published=self.pub, sentence_start=sent.start, sentence_end=sent.end,
                time_start=t.start if t is not None and d.basis != "derived" else None,
                time_end=t.end if t is not None and d.basis != "derived" else None,
            ))
        return events


def extract_events(doc: Document, gazetteer=None) -> list[Event]:
    """Typed, dated, attributed events of a document whose sentences, timexes and mentions are set."""
    if gazetteer is None:
        from .gazetteer import Gazetteer

        gazetteer = Gazetteer([])
    if not doc.sentences:
        from .sentences import split_sentences

        doc.sentences = split_sentences(doc.text)
    if not doc.mentions and len(gazetteer):
        doc.mentions = gazetteer.find_mentions(doc.text, doc.sentences)
    return _Extractor(doc, gazetteer).run()
