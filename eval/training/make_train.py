"""Write eval/training/subevents_train.jsonl: self-written training sentences for the
sub-event classifier (never the dev set). Deterministic (seeded).

    .venv/bin/python eval/training/make_train.py

Each template below was written for this file; slots are filled from small per-country
lists so one template yields several different sentences. Styles: w = wire, c = ACLED-style
coded note, h = headline.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("subevents_train.jsonl")
PER_TYPE = 48
NON_EVENTS = 190

COUNTRIES = {
    "Iraq": {
        "places": ["Baiji", "Tikrit", "Fallujah", "Hit", "Tal Afar", "Baquba", "Muqdadiya", "Sinjar",
                "Qaim", "Rutba", "Haditha", "Tuz Khurmatu", "Khanaqin", "Balad"],
        "region": ["Salah al-Din", "Anbar", "Nineveh", "Diyala", "Kirkuk"],
        "state": ["Iraqi army troops", "Iraqi security forces", "Counter-Terrorism Service units",
               "federal police"],
        "state_c": ["Military Forces of Iraq", "Police Forces of Iraq"],
        "rebel": ["Islamic State militants", "IS fighters", "ISIS gunmen"],
        "rebel_c": ["Islamic State (Iraq)", "IS"],
        "militia": ["Popular Mobilization Forces", "Kataib Hezbollah fighters", "tribal fighters"],
        "air": ["US-led coalition aircraft", "Iraqi F-16 jets", "coalition drones"],
        "city": "Baghdad", "demonym": "Iraqi"},
    "Syria": {
        "places": ["Deir ez-Zor", "Raqqa", "Manbij", "Saraqib", "Maarat al-Numan", "Douma", "Daraa",
                "Palmyra", "Hama", "Jisr al-Shughur", "Tal Abyad", "Azaz", "Al-Bab", "Khan Shaykhun"],
        "region": ["Idlib", "Aleppo", "Homs", "Deir ez-Zor", "Rural Damascus", "Daraa"],
        "state": ["Syrian government troops", "regime forces", "the Syrian army",
               "pro-government militiamen"],
        "state_c": ["Military Forces of Syria", "NDF"],
        "rebel": ["rebel fighters", "Hayat Tahrir al-Sham militants", "opposition factions",
               "IS militants"],
        "rebel_c": ["HTS", "Islamic State (Syria)", "NLF"],
        "militia": ["Kurdish-led SDF fighters", "YPG fighters", "Turkish-backed factions"],
        "air": ["Russian warplanes", "Syrian government helicopters", "coalition jets"],
        "city": "Damascus", "demonym": "Syrian"},
    "Yemen": {
        "places": ["Taiz", "Hodeidah", "Marib", "Saada", "Al Bayda", "Mokha", "Lahij", "Shabwa",
                "Dhale", "Hajjah", "Mukalla", "Zinjibar"],
        "region": ["Taiz", "Marib", "Hodeidah", "Abyan", "Saada"],
        "state": ["government forces", "troops loyal to the government", "Yemeni army units"],
        "state_c": ["Military Forces of Yemen", "Security Belt Forces"],
        "rebel": ["Houthi fighters", "Ansar Allah militants", "AQAP militants"],
        "rebel_c": ["Houthi Movement", "AQAP"],
        "militia": ["Southern Transitional Council forces", "tribal gunmen", "Giants Brigades"],
        "air": ["Saudi-led coalition jets", "US drones", "coalition warplanes"],
        "city": "Sanaa", "demonym": "Yemeni"},
    "Nigeria": {
        "places": ["Maiduguri", "Monguno", "Damboa", "Gwoza", "Bama", "Konduga", "Dikwa", "Baga",
                "Katsina-Ala", "Zurmi", "Gusau", "Jos"],
        "region": ["Borno", "Yobe", "Adamawa", "Zamfara", "Plateau", "Katsina"],
        "state": ["Nigerian soldiers", "troops of Operation Hadin Kai", "the Nigerian army",
               "police officers"],
        "state_c": ["Military Forces of Nigeria", "Police Forces of Nigeria"],
        "rebel": ["Boko Haram fighters", "ISWAP militants", "bandits", "jihadists"],
        "rebel_c": ["Boko Haram - JAS", "ISWAP", "Bandit Militia"],
        "militia": ["Civilian JTF members", "vigilantes", "Fulani herders"],
        "air": ["Nigerian Air Force jets", "military aircraft", "a Nigerian air force helicopter"],
        "city": "Abuja", "demonym": "Nigerian"},
    "Afghanistan": {
        "places": ["Kunduz", "Lashkar Gah", "Ghazni", "Gereshk", "Sangin", "Maidan Shahr",
                "Pul-e-Khumri", "Faizabad", "Chaharikar", "Jalalabad", "Tarinkot", "Qalat"],
        "region": ["Helmand", "Kunduz", "Ghazni", "Nangarhar", "Kandahar", "Badakhshan"],
        "state": ["Afghan security forces", "Afghan army commandos", "ANA soldiers", "police"],
        "state_c": ["Military Forces of Afghanistan", "Police Forces of Afghanistan"],
        "rebel": ["Taliban insurgents", "Taliban fighters", "IS-Khorasan militants"],
        "rebel_c": ["Taliban", "IS-K"],
        "militia": ["pro-government militiamen", "local uprising forces", "NRF fighters"],
        "air": ["Afghan Air Force planes", "US drones", "NATO aircraft"],
        "city": "Kabul", "demonym": "Afghan"},
    "Somalia": {
        "places": ["Afgoye", "Baidoa", "Kismayo", "Beledweyne", "Jowhar", "Marka", "Balad",
                "Bulo Burte", "Dhusamareb", "Galkayo", "Barawe", "Wanlaweyn"],
        "region": ["Lower Shabelle", "Middle Shabelle", "Hiraan", "Bay", "Gedo"],
        "state": ["Somali army troops", "SNA soldiers", "AMISOM troops", "Somali police"],
        "state_c": ["Military Forces of Somalia", "AMISOM"],
        "rebel": ["al-Shabaab militants", "al-Shabaab fighters", "Islamist insurgents"],
        "rebel_c": ["Al Shabaab", "IS-Somalia"],
        "militia": ["clan militiamen", "Macawisley fighters", "Jubaland forces"],
        "air": ["US drones", "Kenyan jets", "AFRICOM aircraft"],
        "city": "Mogadishu", "demonym": "Somali"},
    "Ukraine": {
        "places": ["Bakhmut", "Avdiivka", "Kherson", "Izium", "Kupiansk", "Vuhledar", "Lyman",
                "Kramatorsk", "Sloviansk", "Orikhiv", "Pokrovsk", "Chasiv Yar"],
        "region": ["Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson"],
        "state": ["Ukrainian troops", "Ukrainian forces", "the Ukrainian army"],
        "state_c": ["Military Forces of Ukraine"],
        "rebel": ["Russian troops", "Russian forces", "Wagner Group fighters"],
        "rebel_c": ["Military Forces of Russia", "Wagner Group"],
        "militia": ["separatist fighters", "DPR militiamen", "territorial defence units"],
        "air": ["Russian aircraft", "Russian drones", "Ukrainian drones"],
        "city": "Kyiv", "demonym": "Ukrainian"},
    "Mali": {
        "places": ["Gao", "Timbuktu", "Menaka", "Kidal", "Mopti", "Sevare", "Djenne", "Boni",
                "Tessalit", "Ansongo", "Niono", "Bandiagara"],
        "region": ["Mopti", "Gao", "Timbuktu", "Menaka", "Segou"],
        "state": ["Malian soldiers", "FAMa troops", "the Malian army"],
        "state_c": ["Military Forces of Mali"],
        "rebel": ["JNIM militants", "jihadists", "Islamic State Sahel fighters"],
        "rebel_c": ["JNIM", "IS Sahel"],
        "militia": ["Dan Na Ambassagou militiamen", "Dozo hunters", "CMA rebels"],
        "air": ["Malian air force helicopters", "French Barkhane jets", "drones"],
        "city": "Bamako", "demonym": "Malian"},
    "Lebanon": {
        "places": ["Tripoli", "Sidon", "Tyre", "Nabatieh", "Baalbek", "Hermel", "Arsal",
                "Bint Jbeil", "Marjayoun", "Khiam", "Naqoura"],
        "region": ["North", "South", "Baalbek-Hermel", "Nabatieh", "Beirut"],
        "state": ["Lebanese army soldiers", "Lebanese troops", "Internal Security Forces"],
        "state_c": ["Military Forces of Lebanon"],
        "rebel": ["Hezbollah fighters", "militants", "gunmen from rival clans"],
        "rebel_c": ["Hezbollah", "Unidentified Armed Group (Lebanon)"],
        "militia": ["Palestinian faction gunmen", "Fatah al-Islam militants", "clan fighters"],
        "air": ["Israeli warplanes", "Israeli drones", "an Israeli drone"],
        "city": "Beirut", "demonym": "Lebanese"},
    "Libya": {
        "places": ["Sirte", "Misrata", "Benghazi", "Derna", "Zawiya", "Gharyan", "Sabha",
                "Tarhuna", "Ajdabiya", "Ubari", "Zintan"],
        "region": ["Tripoli", "Sirte", "Misrata", "Al Jabal al Gharbi", "Sabha"],
        "state": ["GNA forces", "government-aligned troops", "Libyan National Army units"],
        "state_c": ["Military Forces of Libya (GNA)", "LNA"],
        "rebel": ["IS militants", "rival militias", "armed groups"],
        "rebel_c": ["Islamic State (Libya)", "Militia (Zintan)"],
        "militia": ["Misrata brigades", "Tebu fighters", "Zawiya militiamen"],
        "air": ["LNA warplanes", "Turkish-made drones", "unidentified aircraft"],
        "city": "Tripoli", "demonym": "Libyan"},
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "overnight", "late on Sunday", "early on Friday", "yesterday", "at dawn"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
SOURCES = ["officials said", "a security source said", "residents said", "local media reported",
           "police said", "witnesses said", "a military statement said", "a medic said"]

# ----------------------------------------------------------------------------------------
# Templates by sub-event type. Slots: {S} state forces, {R} non-state armed group, {M} other
# militia, {A} air force, {P} {P2} places, {G} region, {C} capital, {N}/{W} small number
# (digits/words), {K} larger number, {D} time phrase, {DATE} coded date, {SC} {RC} coded
# actor names, {F} coded fatality sentence, {SRC} source, {Y} demonym.
T: dict[str, list[str]] = {}

T["Armed clash"] = [
    "w:{R} and {S} exchanged fire for hours near {P} {D}, {SRC}, with {N} fighters killed.",
    "w:Heavy fighting broke out between {S} and {R} on the edge of {P}, leaving {K} combatants dead on both sides.",
    "w:{S} fought off an assault by {R} on their positions outside {P} {D}; {W} soldiers and several attackers died.",
    "w:Gun battles between {M} and {R} raged in villages south of {P} for a second day, {SRC}.",
    "w:An ambush by {R} on a patrol of {S} near {P} turned into a firefight that lasted into the night.",
    "w:{W} soldiers were killed when {R} attacked an army outpost in {P} and troops returned fire, {SRC}.",
    "c:{DATE}, {RC} clashed with {SC} in {P} ({G}). {F}",
    "c:{DATE}, {SC} and {RC} engaged in armed clashes near {P} ({G}) after the militants attacked a checkpoint. {F}",
    "c:{DATE}, an armed clash took place between {RC} and {SC} on the outskirts of {P} ({G}). {F}",
    "c:{DATE}, {RC} ambushed a {SC} convoy near {P} ({G}), sparking an exchange of fire. {F}",
    "h:{Y} troops and {R} battle near {P}, {K} killed",
    "h:Clashes with {R} leave {W} soldiers dead in {P}",
    "h:Fierce firefight erupts between {M} and {R} outside {P}",
    "h:{R} storm army post near {P}; troops hit back",
    "w:{S} and {R} traded fire across the front line near {P} for much of the night.",
    "c:{DATE}, {SC} clashed with {RC} during a security operation in {P} ({G}). {F}",
]
T["Government regains territory"] = [
    "w:{S} recaptured {P} from {R} {D} after a week-long offensive, {SRC}.",
    "w:The army said it had retaken full control of {P}, pushing {R} out of the town's last neighbourhoods.",
    "w:{S} liberated several villages around {P} that had been held by {R} since last year.",
    "w:Troops raised the national flag over the centre of {P} after driving out {R}, {SRC}.",
    "w:{S} regained the {P} district centre, which had fallen to {R} two weeks earlier.",
    "c:{DATE}, {SC} regained control of {P} ({G}) from {RC} following clashes. {F}",
    "c:{DATE}, {SC} recaptured the village of {P} ({G}) from {RC}. {F}",
    "c:{DATE}, {SC} retook positions in {P} ({G}) held by {RC}. {F}",
    "h:{Y} forces retake {P} from {R}",
    "h:Army recaptures {P}, says town cleared of militants",
    "h:Government troops win back {P} after weeks of fighting",
    "h:{S} seize back key town of {P}",
    "w:{S} said they had cleared {R} from the last pockets of resistance in {P} and now held the whole town.",
    "w:After a three-day assault, {S} drove {R} out of {P} and began clearing mines from its streets.",
    "c:{DATE}, {SC} took back {P} ({G}), which had been under {RC} control. {F}",
    "h:Army declares {P} free of {R} after offensive",
]
T["Non-state actor overtakes territory"] = [
    "w:{R} seized control of {P} {D} after government troops abandoned their positions, {SRC}.",
    "w:{R} overran the town of {P} and raised their flag over the police headquarters.",
    "w:{R} captured the district centre of {P} following heavy fighting with {S}, {SRC}.",
    "w:The town of {P} fell to {R} {D}, the latest in a string of losses for {S}.",
    "w:{M} took over several villages near {P} from {R} after a two-day battle.",
    "c:{DATE}, {RC} took control of {P} ({G}) after clashes with {SC}. {F}",
    "c:{DATE}, {RC} captured the town of {P} ({G}) from {SC}. {F}",
    "c:{DATE}, {RC} overran a military base and the surrounding area of {P} ({G}). {F}",
    "h:{R} seize {P} as army retreats",
    "h:{P} falls to {R}",
    "h:Militants capture town of {P} in {G}",
    "h:{R} take control of {P} district",
    "w:{R} now control {P} after soldiers fled their barracks {D}, {SRC}.",
    "w:In a lightning advance, {R} swept into {P} and seized the army's weapons depots.",
    "c:{DATE}, {RC} seized {P} ({G}) from {M} after fighting. {F}",
    "h:{R} claim capture of {P} after routing army",
]
T["Chemical weapon"] = [
    "w:Dozens of people were treated for breathing problems after a chlorine gas attack on {P}, {SRC}.",
    "w:Doctors in {P} said victims showed signs of exposure to a nerve agent after shells landed {D}.",
    "w:Residents of {P} reported a yellowish cloud and a smell of chlorine after barrel bombs fell on the town.",
    "w:{R} fired mortar rounds filled with mustard agent at positions held by {S} near {P}, {SRC}.",
    "w:A suspected sarin attack on {P} killed {K} people, many of them children, {SRC}.",
    "c:{DATE}, {SC} allegedly used chlorine gas against {RC} positions in {P} ({G}). {F}",
    "c:{DATE}, a chemical attack using toxic gas was reported in {P} ({G}). {F}",
    "c:{DATE}, {RC} fired shells containing a chemical agent at {P} ({G}), causing suffocation cases. {F}",
    "h:Suspected gas attack in {P} leaves dozens choking",
    "h:Chlorine attack reported on {P}",
    "h:Toxic gas strike kills {K} in {P}, medics say",
    "h:Chemical weapons used against {P}, monitors say",
]
T["Air/drone strike"] = [
    "w:{A} struck a convoy of {R} near {P} {D}, killing {N} militants, {SRC}.",
    "w:Airstrikes by {A} hit a market in {P}, killing {K} people, {SRC}.",
    "w:A drone strike on a car outside {P} killed {W} suspected members of {R}.",
    "w:{A} bombed positions of {R} around {P} throughout the day.",
    "w:Warplanes pounded rebel-held {P} {D}, destroying several buildings.",
    "w:A drone fired a missile at a house in {P} where {R} commanders were meeting, {SRC}.",
    "c:{DATE}, {A} carried out airstrikes on {RC} positions in {P} ({G}). {F}",
    "c:{DATE}, a drone strike targeted a vehicle in {P} ({G}). {F}",
    "c:{DATE}, {A} conducted air strikes near {P} ({G}), hitting residential buildings. {F}",
    "h:Air raids on {P} kill {K}",
    "h:Drone strike kills {R} commander near {P}",
    "h:Warplanes hit {P} again",
    "h:{A} strike {R} hideouts in {G}",
]
T["Suicide bomb"] = [
    "w:A suicide bomber blew himself up at a checkpoint in {P} {D}, killing {K} people, {SRC}.",
    "w:An attacker wearing an explosive vest detonated it among worshippers leaving a mosque in {P}.",
    "w:A suicide car bomber rammed his vehicle into an army base near {P}, {SRC}.",
    "w:Two female suicide bombers struck a crowded market in {P}, killing {K}.",
    "w:A bomber on foot set off his explosives at the entrance of a police station in {P}.",
    "c:{DATE}, a {RC} suicide bomber detonated an explosive belt at a market in {P} ({G}). {F}",
    "c:{DATE}, a suicide VBIED driven by {RC} exploded at a {SC} position in {P} ({G}). {F}",
    "c:{DATE}, a suicide bomber targeted a funeral gathering in {P} ({G}). {F}",
    "h:Suicide bomber kills {K} at {P} market",
    "h:Suicide attack on army base in {P}",
    "h:Suicide car bomb hits checkpoint in {P}, {K} dead",
    "h:Bomber blows himself up in {P} mosque",
]
T["Shelling/artillery/missile attack"] = [
    "w:Mortar rounds fired by {R} landed on residential areas of {P} {D}, killing {N} civilians.",
    "w:{S} shelled villages around {P} with artillery, {SRC}.",
    "w:Rockets of unknown origin struck a neighbourhood of {P}, wounding {N} people.",
    "w:A ballistic missile hit an industrial site in {P} {D}, {SRC}.",
    "w:{R} fired Katyusha rockets at a military airbase near {P}.",
    "w:Artillery fire pounded the outskirts of {P} for several hours, {SRC}.",
    "c:{DATE}, {SC} shelled {RC} positions in {P} ({G}). {F}",
    "c:{DATE}, {RC} fired mortars at {P} ({G}). {F}",
    "c:{DATE}, a missile strike hit {P} ({G}), damaging houses. {F}",
    "h:Shells rain on {P}, {K} dead",
    "h:Rocket attack hits {P}",
    "h:Mortar fire kills {W} in {P}",
    "h:Missiles strike {P} overnight",
    "w:{R} pounded {S} positions near {P} with heavy mortar fire {D}.",
    "w:Grad rockets slammed into a residential block in {P}, setting several flats ablaze, {SRC}.",
    "w:A salvo of artillery shells fell on the market area of {P}, killing {N} shoppers.",
    "h:{Y} artillery pounds {P} villages",
]
T["Remote explosive/landmine/IED"] = [
    "w:A roadside bomb struck a military vehicle near {P} {D}, killing {W} soldiers, {SRC}.",
    "w:A car bomb parked near a busy market exploded in {P}, killing {K} people.",
    "w:Two children were killed when a landmine left by {R} went off in a field outside {P}.",
    "w:A sticky bomb attached to a car exploded in {P}, wounding its driver, {SRC}.",
    "w:An improvised explosive device planted on the road to {P} hit a minibus carrying farmers.",
    "w:A bomb hidden in a motorcycle went off near a checkpoint in {P} {D}.",
    "c:{DATE}, an IED planted by {RC} exploded targeting a {SC} patrol in {P} ({G}). {F}",
    "c:{DATE}, a landmine explosion struck a civilian vehicle in {P} ({G}). {F}",
    "c:{DATE}, a VBIED exploded near a government building in {P} ({G}). {F}",
    "h:Roadside bomb kills {W} soldiers near {P}",
    "h:Car bomb blast rocks {P}",
    "h:Landmine kills shepherds in {G}",
    "h:IED hits army convoy in {P}",
    "w:An explosive device hidden in a rubbish bin went off near a bus stop in {P}, {SRC}.",
    "w:A bomb planted under a bridge detonated as an army truck crossed near {P}.",
    "w:A remotely detonated bomb ripped through a crowded street in {P} {D}, killing {K}.",
    "h:Magnetic bomb kills official in {P}",
]
T["Grenade"] = [
    "w:An attacker threw a hand grenade into a cafe in {P} {D}, wounding {N} people, {SRC}.",
    "w:A grenade was hurled at a police patrol in {P}, injuring {W} officers.",
    "w:Unknown assailants lobbed a grenade into the courtyard of a house in {P}.",
    "w:A man on a motorcycle tossed a grenade at a shop in {P} and fled, {SRC}.",
    "w:{N} people were hurt when a grenade exploded at a wedding party in {P}.",
    "c:{DATE}, unidentified men threw a grenade at a checkpoint in {P} ({G}). {F}",
    "c:{DATE}, a hand grenade was thrown into a market in {P} ({G}). {F}",
    "c:{DATE}, {RC} militants attacked a {SC} post in {P} ({G}) with grenades. {F}",
    "h:Grenade attack wounds {N} in {P}",
    "h:Grenade thrown at police in {P}",
    "h:Hand grenade blast hits {P} cafe",
    "h:Attacker hurls grenade into {P} shop",
]
T["Sexual violence"] = [
    "w:{R} raped several women during a raid on villages near {P}, {SRC}.",
    "w:A teenage girl was sexually assaulted by armed men at a checkpoint outside {P}.",
    "w:Displaced women in {P} said soldiers had raped them in the camp {D}.",
    "w:Gunmen abducted and raped {W} women returning from the market in {P}, {SRC}.",
    "w:A rights group said {R} forced captured women into sexual slavery in {P}.",
    "c:{DATE}, {RC} militants raped a woman in {P} ({G}). {F}",
    "c:{DATE}, {SC} soldiers sexually assaulted {W} women in {P} ({G}). {F}",
    "c:{DATE}, armed men gang-raped a girl in {P} ({G}). {F}",
    "h:Women raped in raid on {P} villages",
    "h:Soldiers accused of raping women near {P}",
    "h:Armed men sexually assault girls in {P}",
    "h:Rape used against women in {G}, survivors say",
]
T["Attack"] = [
    "w:Gunmen opened fire on a bus carrying farmers near {P} {D}, killing {K} civilians.",
    "w:{R} executed {W} villagers accused of spying in {P}, {SRC}.",
    "w:Armed men stormed a village outside {P} and shot dead {N} residents.",
    "w:A journalist was shot dead by unidentified gunmen in {P}, {SRC}.",
    "w:Militants killed {K} civilians in a night raid on homes in {P}.",
    "w:{S} shot dead an unarmed man at a checkpoint in {P}, {SRC}.",
    "w:Bodies of {W} men with gunshot wounds were dumped on a road near {P} after they were seized by {R}.",
    "c:{DATE}, {RC} militants killed {W} civilians in {P} ({G}). {F}",
    "c:{DATE}, unidentified gunmen shot and killed a local official in {P} ({G}). {F}",
    "c:{DATE}, {SC} killed {W} civilians during a raid in {P} ({G}). {F}",
    "h:Gunmen kill {K} villagers in {P}",
    "h:{R} execute {W} civilians in {P}",
    "h:Teacher shot dead in {P}",
    "h:Massacre in {P}: {K} civilians killed",
    "w:Assailants hacked {W} farmers to death in their fields outside {P}, {SRC}.",
    "w:{R} set upon a group of worshippers in {P}, shooting {K} of them.",
]
T["Abduction/forced disappearance"] = [
    "w:Gunmen kidnapped {K} passengers from a bus on the highway near {P} {D}, {SRC}.",
    "w:{R} abducted {W} aid workers in {P} and demanded a ransom.",
    "w:Armed men seized a local council member from his home in {P}, and his whereabouts are unknown.",
    "w:{R} took {K} schoolchildren hostage during a raid on {P}.",
    "w:Relatives said {W} men detained by masked gunmen in {P} last week have disappeared.",
    "c:{DATE}, {RC} militants abducted {W} civilians in {P} ({G}). {F}",
    "c:{DATE}, unidentified gunmen kidnapped a trader in {P} ({G}). {F}",
    "c:{DATE}, {RC} abducted a village chief from {P} ({G}). {F}",
    "h:Gunmen kidnap {K} in {P}",
    "h:{R} abduct aid workers near {P}",
    "h:Students seized in raid on {P} school",
    "h:Doctor kidnapped in {P}",
]
T["Peaceful protest"] = [
    "w:Hundreds of people rallied in {P} {D} to demand better electricity and water services.",
    "w:Teachers staged a sit-in outside the governor's office in {P} over unpaid salaries.",
    "w:Students marched peacefully through {C} calling for an end to corruption, {SRC}.",
    "w:Relatives of detainees gathered in front of the courthouse in {P} to demand their release.",
    "w:Demonstrators in {P} held banners denouncing rising bread prices; the protest passed without incident.",
    "c:{DATE}, residents demonstrated in {P} ({G}) against power cuts. {F}",
    "c:{DATE}, protesters gathered in {P} ({G}) demanding the release of detainees. {F}",
    "c:{DATE}, students held a peaceful protest in {C} calling for reforms. {F}",
    "h:Thousands march in {C} against corruption",
    "h:{P} residents protest water shortages",
    "h:Teachers rally in {P} over unpaid wages",
    "h:Farmers demonstrate in {P} against fuel prices",
]
T["Protest with intervention"] = [
    "w:Police fired tear gas to disperse protesters who had gathered in {P} {D}, {SRC}.",
    "w:Security forces broke up a sit-in in {C} and detained {K} demonstrators.",
    "w:Riot police used water cannon and batons against students marching in {P}.",
    "w:Police arrested several protesters who blocked a road in {P} to demand jobs.",
    "w:Troops dispersed a rally by relatives of missing people in {P}, {SRC}.",
    "c:{DATE}, protesters demonstrated in {P} ({G}); police dispersed them with tear gas. {F}",
    "c:{DATE}, {SC} arrested {W} protesters during a demonstration in {P} ({G}). {F}",
    "c:{DATE}, security forces broke up a protest in {C} with batons. {F}",
    "h:Police tear-gas protesters in {P}",
    "h:Sit-in broken up, {K} detained in {C}",
    "h:Water cannon used on marchers in {P}",
    "h:Police disperse {P} rally",
]
T["Excessive force against protesters"] = [
    "w:Security forces fired live rounds at demonstrators in {P} {D}, killing {W} and wounding dozens, {SRC}.",
    "w:Snipers shot dead {N} protesters during an anti-government march in {C}.",
    "w:Troops opened fire on unarmed protesters in {P}, killing a teenager.",
    "w:{K} demonstrators were killed when police used live ammunition to clear a square in {C}.",
    "w:A protester died after being hit in the head by a tear gas canister fired at close range in {P}.",
    "c:{DATE}, {SC} opened fire on protesters in {P} ({G}), killing {W}. {F}",
    "c:{DATE}, security forces used live ammunition against demonstrators in {C}. {F}",
    "c:{DATE}, police shot dead a protester during a demonstration in {P} ({G}). {F}",
    "h:Security forces kill {W} protesters in {P}",
    "h:Troops fire on demonstrators in {C}, {K} dead",
    "h:Protester shot dead by police in {P}",
    "h:Live fire against marchers kills {W} in {P}",
]
T["Violent demonstration"] = [
    "w:Angry protesters set fire to the provincial council building in {P} {D}, {SRC}.",
    "w:Demonstrators threw stones at police and burned tyres on the main road of {P}.",
    "w:Rioters torched cars and smashed shop windows in {C} after the election result.",
    "w:Protesters stormed the governor's office in {P} and ransacked it, {SRC}.",
    "w:Young men hurled petrol bombs at a police station during a protest in {P}.",
    "c:{DATE}, rioters burned tyres and blocked roads in {P} ({G}). {F}",
    "c:{DATE}, protesters stormed and set fire to a party office in {P} ({G}). {F}",
    "c:{DATE}, demonstrators clashed with police and threw stones in {C}. {F}",
    "h:Protesters torch council building in {P}",
    "h:Rioters burn offices in {P}",
    "h:Stone-throwing youths clash with police in {C}",
    "h:Demonstrators storm governor's office in {P}",
]
T["Mob violence"] = [
    "w:A mob lynched a man accused of theft in {P} {D}, {SRC}.",
    "w:Villagers beat to death {W} suspected bandits they had caught near {P}.",
    "w:An angry crowd attacked and burned the homes of a rival community in {P}.",
    "w:A crowd dragged a man accused of blasphemy from a police station in {P} and killed him.",
    "w:Residents armed with sticks and machetes attacked herders near {P}, killing {W}.",
    "c:{DATE}, a mob beat and killed a suspected thief in {P} ({G}). {F}",
    "c:{DATE}, villagers attacked members of a rival clan in {P} ({G}) with knives. {F}",
    "c:{DATE}, a crowd set fire to a suspected kidnapper in {P} ({G}). {F}",
    "h:Mob lynches suspected thief in {P}",
    "h:Crowd beats man to death in {P}",
    "h:Villagers kill {W} alleged bandits in mob attack",
    "h:Angry mob burns homes in {P}",
    "w:Residents set upon a suspected kidnapper in {P} and burned him alive, {SRC}.",
    "w:A crowd of youths attacked worshippers outside a church in {P}, beating several of them.",
    "c:{DATE}, a mob attacked and injured a woman accused of witchcraft in {P} ({G}). {F}",
    "h:Vigilante crowd kills {W} accused cattle rustlers",
]
T["Agreement"] = [
    "w:{S} and {R} agreed to a ceasefire in {P} {D}, {SRC}.",
    "w:The government and {R} signed a peace deal in {C} to end years of fighting.",
    "w:Rival factions exchanged {K} prisoners near {P} under a deal brokered by mediators.",
    "w:Local elders negotiated a truce between {M} and {R} around {P}.",
    "w:{R} agreed to hand over their heavy weapons under an accord reached in {P}.",
    "c:{DATE}, {SC} and {RC} reached a ceasefire agreement for {P} ({G}). {F}",
    "c:{DATE}, {RC} and {SC} carried out a prisoner exchange in {P} ({G}). {F}",
    "c:{DATE}, a reconciliation agreement was signed between tribes in {P} ({G}). {F}",
    "h:Truce agreed in {P}",
    "h:Government, {R} sign peace deal",
    "h:Prisoner swap completed near {P}",
    "h:Ceasefire deal reached for {G}",
]
T["Arrests"] = [
    "w:Police arrested {W} men suspected of planning bombings in {P} {D}, {SRC}.",
    "w:{S} detained a senior {R} commander during a raid in {P}.",
    "w:Security forces rounded up {K} suspects in a sweep through {P}.",
    "w:Authorities in {C} arrested an opposition journalist at his home, {SRC}.",
    "w:Intelligence agents detained {W} people accused of financing {R} in {P}.",
    "c:{DATE}, {SC} arrested {W} suspected {RC} members in {P} ({G}). {F}",
    "c:{DATE}, police detained a local activist in {P} ({G}). {F}",
    "c:{DATE}, {SC} conducted an arrest campaign in {P} ({G}), detaining {K} people. {F}",
    "h:Police arrest {W} terror suspects in {P}",
    "h:{R} leader detained in {P}",
    "h:Security sweep nets {K} suspects in {P}",
    "h:Journalist arrested in {C}",
]
T["Change to group/activity"] = [
    "w:{R} announced they had merged with two smaller factions under a new name, {SRC}.",
    "w:{R} named a new leader {D} after their commander was killed.",
    "w:A breakaway faction split from {R} and pledged allegiance to a rival group in {P}.",
    "w:{R} said they would suspend operations in {G} during the holy month.",
    "w:{M} began recruiting young men in {P} and running training courses, {SRC}.",
    "w:{R} relocated their fighters and families from {P} to rural areas further north.",
    "c:{DATE}, {RC} announced the formation of a new brigade in {P} ({G}). {F}",
    "c:{DATE}, {RC} appointed a new commander for its forces in {G}. {F}",
    "c:{DATE}, a faction of {RC} defected and joined {SC} in {P} ({G}). {F}",
    "h:{R} appoint new leader",
    "h:Rebel factions merge into new alliance",
    "h:{R} splinter group breaks away",
    "h:Militia announces disbanding in {G}",
    "w:{R} declared the dissolution of their armed wing and said they would enter politics.",
    "w:Two rebel factions in {G} announced they would operate under a single joint command.",
    "w:{R} said they had shifted their operations from {P} to the border areas, {SRC}.",
    "c:{DATE}, {RC} announced it would pledge allegiance to a new leadership. {F}",
    "h:{R} rename themselves, vow new strategy",
    "w:{R} announced a unilateral halt to attacks during the election period, {SRC}.",
    "w:Hundreds of {R} surrendered their weapons in {P} and joined a government amnesty programme.",
    "c:{DATE}, {RC} declared a new governing council for the areas it holds in {G}. {F}",
    "h:{R} end truce, say operations will resume",
]
T["Disrupted weapons use"] = [
    "w:{S} defused a roadside bomb planted on the main road to {P} {D}, {SRC}.",
    "w:Police found and dismantled a car packed with explosives near a market in {P}.",
    "w:Air defences intercepted {W} drones launched toward {P}, {SRC}.",
    "w:Troops seized a large cache of weapons and ammunition in a raid on a farm near {P}.",
    "w:A would-be suicide bomber was shot before he could detonate his vest at a checkpoint in {P}.",
    "w:Bomb disposal teams cleared {K} explosive devices left behind by {R} in {P}.",
    "c:{DATE}, {SC} defused an IED in {P} ({G}). {F}",
    "c:{DATE}, {SC} intercepted a missile fired by {RC} toward {P} ({G}). {F}",
    "c:{DATE}, {SC} seized a weapons depot belonging to {RC} in {P} ({G}). {F}",
    "h:Bomb defused near {P} market",
    "h:Army foils car bomb plot in {P}",
    "h:Drones shot down over {P}",
    "h:Arms cache seized in {G}",
    "w:A planned bombing in {P} was foiled when {S} arrested the driver of an explosives-laden truck at a checkpoint.",
    "w:Engineers safely detonated an unexploded rocket found in a schoolyard in {P}, {SRC}.",
    "w:{S} shot down a drone carrying explosives before it reached their base near {P}.",
    "c:{DATE}, {SC} dismantled a car bomb prepared by {RC} in {P} ({G}). {F}",
    "h:Air defences down {W} missiles over {P}",
]
T["Headquarters or base established"] = [
    "w:{R} set up a new base in the hills outside {P}, {SRC}.",
    "w:{S} established a military outpost in {P} to secure the highway.",
    "w:{R} opened a headquarters in a former school building in {P}.",
    "w:Foreign troops built a new camp on the edge of {P} {D}, {SRC}.",
    "w:{M} established checkpoints and a command centre in {P} after moving into the area.",
    "c:{DATE}, {RC} established a base in {P} ({G}). {F}",
    "c:{DATE}, {SC} set up a new military position in {P} ({G}). {F}",
    "c:{DATE}, {RC} opened a headquarters in {P} ({G}). {F}",
    "h:{R} set up base near {P}",
    "h:Army builds new outpost in {G}",
    "h:Militants establish headquarters in {P}",
    "h:New military base opens near {P}",
    "w:{R} turned a government compound in {P} into their command post, {SRC}.",
    "h:{S} open forward operating base outside {P}",
]
T["Looting/property destruction"] = [
    "w:{R} looted shops and burned houses in {P} {D}, {SRC}.",
    "w:Gunmen ransacked a health centre in {P} and carried off medicines.",
    "w:{S} demolished dozens of homes belonging to families of suspected militants in {P}.",
    "w:Armed men stole livestock and set fire to granaries in villages near {P}.",
    "w:{R} blew up a bridge and a mobile phone tower outside {P}, {SRC}. No one was hurt.",
    "c:{DATE}, {RC} looted property and burned houses in {P} ({G}). {F}",
    "c:{DATE}, {SC} destroyed civilian homes in {P} ({G}). {F}",
    "c:{DATE}, armed men looted a warehouse of an aid agency in {P} ({G}). {F}",
    "h:Gunmen loot and burn {P} market",
    "h:Homes demolished in {P}",
    "h:{R} destroy telecom towers in {G}",
    "h:Aid warehouse looted in {P}",
    "w:Fighters plundered the homes of displaced families in {P}, carrying off furniture and cars.",
    "h:Shops looted as {R} enter {P}",
]
T["Non-violent transfer of territory"] = [
    "w:{S} withdrew from {P} {D} and {R} moved in without a fight, {SRC}.",
    "w:{R} handed control of {P} to {M} under a local arrangement.",
    "w:The army pulled out of its bases around {P}, leaving the town to {R}.",
    "w:{M} took over positions in {P} vacated by departing foreign troops.",
    "w:{R} withdrew from {P} and handed it to the local council, {SRC}.",
    "c:{DATE}, {SC} withdrew from {P} ({G}) and {RC} took control without clashes. {F}",
    "c:{DATE}, {RC} handed over {P} ({G}) to {SC} peacefully. {F}",
    "c:{DATE}, {RC} entered {P} ({G}) unopposed after {SC} retreated. {F}",
    "h:{R} enter {P} unopposed as troops withdraw",
    "h:Army hands {P} over to {M}",
    "h:{R} pull out of {P}, hand control to local forces",
    "h:Troops withdraw from {G} outposts",
    "w:Under an evacuation deal, the last {R} left {P} on buses and {S} entered the town.",
    "w:{S} handed security of {P} over to the local police as the army redeployed.",
    "c:{DATE}, {RC} withdrew from positions around {P} ({G}) under a negotiated deal and {SC} deployed there. {F}",
    "h:Peaceful handover as {M} take over {P}",
]
T["Other"] = [
    "w:A mass grave containing the remains of {K} people was found outside {P} {D}, {SRC}.",
    "w:Authorities imposed a curfew on {P} after days of unrest, {SRC}.",
    "w:{S} sent reinforcements and armoured vehicles to {P} ahead of an expected offensive.",
    "w:Hundreds of inmates escaped from the central prison in {P} {D}.",
    "w:{R} released {K} prisoners they had held in {P} as a goodwill gesture.",
    "w:The government deployed troops to {P} after reports that {R} were massing nearby.",
    "c:{DATE}, a mass grave was discovered in {P} ({G}). {F}",
    "c:{DATE}, {SC} deployed reinforcements to {P} ({G}). {F}",
    "c:{DATE}, {RC} freed detainees in {P} ({G}). {F}",
    "h:Mass grave found near {P}",
    "h:Curfew imposed in {P}",
    "h:Reinforcements arrive in {P}",
    "h:Inmates escape {P} prison",
    "w:Dozens of bodies were exhumed from a pit near {P} where {R} had buried their victims, {SRC}.",
    "w:Authorities declared a state of emergency in {G} and closed all roads into {P}.",
    "c:{DATE}, {SC} imposed a curfew in {P} ({G}). {F}",
    "h:Emergency declared in {G}, troops deployed",
    "w:{S} closed the border crossing at {P} and suspended all traffic {D}, {SRC}.",
    "w:Election officials suspended voting in {P} after {R} warned residents to stay home.",
    "c:{DATE}, {SC} began evacuating civilians from {P} ({G}) ahead of military operations. {F}",
    "w:{K} detainees were freed from a prison in {P} under a presidential amnesty.",
    "h:Border crossing at {P} shut as tensions rise",
]

NON_EVENT = [
    "w:Floods swept through villages near {P} {D}, killing {K} people and destroying crops, {SRC}.",
    "w:An earthquake of magnitude 5.8 struck {G}, damaging homes in {P}.",
    "w:A fire at a fuel depot in {P} killed {W} workers, the civil defence said.",
    "w:A bus overturned on the highway near {P}, killing {K} passengers.",
    "w:The foreign minister met his counterpart in {C} {D} to discuss trade and border security.",
    "w:The UN envoy said he was hopeful that talks on {Y} reconciliation would resume next month.",
    "w:The prime minister condemned the recent violence in {P} and promised an inquiry.",
    "w:{Y} officials said at least {K} civilians were killed across the country in the previous month.",
    "w:More than 1,000 people have been killed in {G} since the start of the year, a monitoring group said.",
    "w:The central bank raised interest rates to curb inflation, which reached 30 percent.",
    "w:{Y} oil exports rose in the last quarter, the ministry said.",
    "w:The national football team beat its rivals 2-1 in {C} {D}.",
    "w:A man was arrested in {P} for stealing cars, police said, adding that the case was unrelated to the conflict.",
    "w:A shopkeeper was stabbed during a robbery in {P}; police said the motive was money.",
    "w:Police said a man killed his brother in a family dispute over land in {P}.",
    "w:Cholera cases rose sharply in {P}, health officials said.",
    "w:The army chief warned that {R} could attack {P} in the coming weeks.",
    "w:{R} threatened to target foreign companies operating in {G}.",
    "w:The town of {P} fell to {R} in 2014 and was retaken three years later.",
    "w:The parliament approved the annual budget {D} after months of debate.",
    "w:Aid agencies said {K},000 displaced people in camps near {P} face food shortages.",
    "w:Schools reopened in {P} {D} for the first time in months.",
    "w:Drought has killed livestock across {G}, farmers said.",
    "w:The president will visit {P} next week to open a new hospital.",
    "w:The ministry said the death toll from the conflict this year had risen to {K}00.",
    "w:A court in {C} sentenced a former minister to five years for corruption.",
    "w:Electricity was restored in {P} after repairs to a power station.",
    "w:Doctors went on strike over unpaid wages, closing clinics, officials said.",
    "c:{DATE}, heavy rains caused flooding in {P} ({G}). {K} people died.",
    "c:{DATE}, the governor of {G} met tribal leaders in {P} to discuss development projects.",
    "c:{DATE}, a traffic accident on the road near {P} ({G}) killed {W} people.",
    "h:Floods kill {K} in {G}",
    "h:{Y} minister meets UN envoy in {C}",
    "h:Prime minister condemns {P} violence",
    "h:UN: {K}00 civilians killed in conflict last month",
    "h:Inflation hits record high",
    "h:{Y} team wins regional cup",
    "h:Earthquake shakes {G}, homes damaged",
    "h:Talks on peace process to resume next month",
    "h:{R} threaten new attacks",
    "h:Fuel shortages hit {P}",
    "h:Police bust car theft ring in {C}",
    "h:Bus crash near {P} kills {K}",
    "w:The defence ministry said the army had killed {K}00 militants since January in operations across {G}.",
    "w:Officials marked the anniversary of the liberation of {P} with a ceremony {D}.",
    "w:A building collapsed in {C} after heavy rain, trapping {W} people, rescuers said.",
    "w:The interior minister said security in {P} had improved and that displaced families could return.",
    "w:Analysts expect fighting around {P} to intensify once the rainy season ends.",
    "w:A lightning strike killed {W} herders in {G}, local officials said.",
    "w:The UN said it had delivered food aid to {K},000 people in {P} this week.",
    "w:Gunmen robbed a bank in {C} and escaped with cash, police said; no one was hurt and no group was involved.",
    "h:Minister vows to defeat {R} within months",
    "h:Election date set for next spring",
    "h:Landslide buries homes in {G}",
    "h:Army says {K}00 militants killed this year",
    "w:Police said a man shot his neighbour during an argument over a parking space in {P}.",
    "w:The government announced funding for a new road linking {P} and {C}.",
    "h:{Y} delegation heads to talks abroad",
    "w:A gas cylinder exploded in a restaurant kitchen in {P}, injuring {W} staff, civil defence said.",
]


# Sub-types whose coded notes carry no deaths: a random toll there would read as nonsense.
UNLETHAL = {"Peaceful protest", "Protest with intervention", "Agreement", "Arrests",
            "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
            "Non-violent transfer of territory", "Looting/property destruction", "Other",
            "Abduction/forced disappearance", "Sexual violence", ""}


def fill(tpl: str, c: dict, sub: str, rng: random.Random) -> str:
    p, p2 = rng.sample(c["places"], 2)
    n = rng.randint(2, 9)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2014, 2023)
    kills = 0 if sub in UNLETHAL else rng.choice([0, 1, 2, 3, 5, 7, 12])
    fat = ("No fatalities reported." if kills == 0 else
           rng.choice([f"{kills} fatalities.", f"{kills} killed.",
                       f"Fatalities: {kills}."]) if kills > 1 else "1 fatality.")
    vals = {
        "S": rng.choice(c["state"]), "R": rng.choice(c["rebel"]), "M": rng.choice(c["militia"]),
        "A": rng.choice(c["air"]), "P": p, "P2": p2, "G": rng.choice(c["region"]), "C": c["city"],
        "N": str(n), "W": rng.choice(WORDS), "K": str(rng.randint(10, 60)), "D": rng.choice(DAYS),
        "DATE": f"On {day} {month} {year}", "SC": rng.choice(c["state_c"]),
        "RC": rng.choice(c["rebel_c"]), "F": fat, "SRC": rng.choice(SOURCES), "Y": c["demonym"]}
    text = tpl.format(**vals)
    return text[0].upper() + text[1:]


def main() -> None:
    rng = random.Random(20261123)
    names = list(COUNTRIES)
    rows, seen = [], set()

    def add(sub: str, templates: list[str], count: int) -> None:
        made, tries = 0, 0
        order = []
        while made < count and tries < count * 20:
            tries += 1
            if not order:
                order = templates[:]
                rng.shuffle(order)
            style_tpl = order.pop()
            style, tpl = style_tpl.split(":", 1)
            template = f"{sub or 'none'}#{templates.index(style_tpl)}"
            country = rng.choice(names)
            text = fill(tpl, COUNTRIES[country], sub, rng)
            if text in seen:
                continue
            seen.add(text)
            made += 1
            rows.append({"text": text, "sub_event_type": sub, "template": template, "style": {
                "w": "wire", "c": "coded", "h": "headline"}[style], "country": country})

    from sitrep import taxonomy

    sub_to_type = taxonomy.sub_event_types()
    for sub, templates in T.items():
        assert sub in sub_to_type, sub
        add(sub, templates, PER_TYPE)
    add("", NON_EVENT, NON_EVENTS)
    assert set(T) == set(sub_to_type), set(sub_to_type) - set(T)
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            rec = {"id": f"train-{i:04d}", "text": r["text"],
                       "event_type": sub_to_type.get(r["sub_event_type"], ""),
                       "sub_event_type": r["sub_event_type"], "style": r["style"],
                       "country": r["country"], "template": r["template"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
