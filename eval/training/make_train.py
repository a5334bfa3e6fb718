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
PER_TYPE = 100
NON_EVENTS = 360

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
    "Burkina Faso": {
        "places": ["Djibo", "Dori", "Kaya", "Ouahigouya", "Arbinda", "Fada N'Gourma", "Gorom-Gorom",
                "Sebba", "Titao", "Kongoussi", "Diapaga", "Tougan"],
        "region": ["Sahel", "Centre-Nord", "Est", "Nord", "Boucle du Mouhoun"],
        "state": ["Burkinabe soldiers", "the Burkinabe army", "gendarmes", "army troops"],
        "state_c": ["Military Forces of Burkina Faso", "Police Forces of Burkina Faso"],
        "rebel": ["JNIM militants", "Ansarul Islam fighters", "jihadists", "IS Sahel militants"],
        "rebel_c": ["JNIM", "Ansaroul Islam", "IS Sahel"],
        "militia": ["Koglweogo vigilantes", "VDP volunteers", "Dozo hunters"],
        "air": ["Burkinabe air force helicopters", "military drones", "army aircraft"],
        "city": "Ouagadougou", "demonym": "Burkinabe"},
    "DR Congo": {
        "places": ["Beni", "Butembo", "Goma", "Bunia", "Rutshuru", "Kiwanja", "Djugu", "Oicha",
                "Masisi", "Kalehe", "Walikale", "Mambasa"],
        "region": ["North Kivu", "Ituri", "South Kivu", "Tanganyika"],
        "state": ["Congolese soldiers", "FARDC troops", "the Congolese army", "police officers"],
        "state_c": ["Military Forces of the Democratic Republic of Congo",
                 "Police Forces of the Democratic Republic of Congo"],
        "rebel": ["ADF rebels", "M23 fighters", "CODECO militiamen", "Mai-Mai fighters"],
        "rebel_c": ["ADF", "M23", "CODECO", "Mai-Mai Militia"],
        "militia": ["Wazalendo fighters", "Nyatura militiamen", "Twa militiamen"],
        "air": ["Congolese air force jets", "army helicopters", "Sukhoi jets"],
        "city": "Kinshasa", "demonym": "Congolese"},
    "Pakistan": {
        "places": ["Miranshah", "Mir Ali", "Bannu", "Dera Ismail Khan", "Quetta", "Turbat", "Khar",
                "Parachinar", "Wana", "Lakki Marwat", "Tank", "Gwadar"],
        "region": ["Khyber Pakhtunkhwa", "Balochistan", "North Waziristan", "South Waziristan",
                "Bajaur"],
        "state": ["Pakistani soldiers", "security forces", "Frontier Corps troops", "police"],
        "state_c": ["Military Forces of Pakistan", "Police Forces of Pakistan"],
        "rebel": ["Pakistani Taliban militants", "TTP fighters", "Baloch separatists", "militants"],
        "rebel_c": ["TTP", "BLA", "IS-K"],
        "militia": ["peace committee members", "tribal lashkar fighters",
                 "Lashkar-e-Islam militants"],
        "air": ["Pakistani jets", "helicopter gunships", "drones"],
        "city": "Islamabad", "demonym": "Pakistani"},
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "overnight", "late on Sunday", "early on Friday", "yesterday", "at dawn"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
SOURCES = ["officials said", "a security source said", "residents said", "local media reported",
           "police said", "witnesses said", "a military statement said", "a medic said"]
LONG_SOURCES = [
    "a police officer said on condition of anonymity",
    "a local official who asked not to be named told reporters",
    "according to a statement from the provincial governor's office",
    "a medical source at the main hospital said",
    "a spokesman for the security forces told reporters by telephone",
    "according to residents reached by phone",
    "a monitoring group said, citing sources on the ground",
    "tribal leaders in the area said",
    ("a military official said, speaking on condition of anonymity because he was not "
     "authorised to brief the media")]
VICTIMS = ["villagers", "farmers", "worshippers", "passengers", "shepherds", "traders",
           "fishermen", "displaced people", "truck drivers", "day labourers"]
ROLES = ["a local official", "a tribal elder", "a village chief", "a district council member",
         "an imam", "a school headmaster", "a health worker", "a journalist", "a judge",
         "an election official"]

# ----------------------------------------------------------------------------------------
# Templates by sub-event type. Slots: {S} state forces, {R} non-state armed group, {M} other
# militia, {A} air force, {P} {P2} places, {G} region, {C} capital, {N}/{W} small number
# (digits/words), {K} larger number, {D} time phrase, {DATE} coded date, {SC} {RC} coded
# actor names, {F} coded fatality sentence, {SRC} source, {Y} demonym, {CN} country.
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

# ----------------------------------------------------------------------------------------
# Second batch (session 3): the shapes real copy takes that the first batch lacked —
# victims-first and passive sentences, long wire sentences with attribution ({L}),
# headline telegraphese, ACLED notes with size tags, and the hard distinctions (clash vs
# attack on civilians, arrests vs abduction, shelling vs air strike, parked vs driven car
# bomb, looting vs mob violence, the three protest types, the three territory types).
# Extra slots: {V} civilian group, {O} a named-role victim ("a tribal elder"), {L} a long
# attribution clause.

T["Armed clash"] += [
    "w:{W} soldiers were killed and {N} wounded when {R} attacked their checkpoint near {P} {D}, sparking a gun battle that lasted several hours, {L}.",
    "w:At least {K} people, most of them fighters, died in clashes between {M} and {R} around {P}, {L}.",
    "w:Two civilians caught in the crossfire were among the dead after {S} and {R} fought street by street in {P} {D}, {SRC}.",
    "w:{R} attacked a military convoy on the road between {P} and {P2}, and soldiers returned fire, killing {N} of the assailants, the army said in a statement.",
    "w:Fighting between rival {M} over control of a checkpoint in {P} left {W} dead, {L}.",
    "w:{S} repelled an attack by {R} on {P} {D}, killing {K} militants, according to a military spokesman.",
    "w:A police officer and {N} gunmen were killed in a shootout in {P} when officers tried to stop a car carrying {R}, {L}.",
    "w:Soldiers ambushed a group of {R} as they crossed the river near {P}, killing {N} in the ensuing firefight, {SRC}.",
    "w:The clashes erupted after {R} tried to storm a police station in {P}, {L}.",
    "h:{W} soldiers killed as {R} attack base in {G}",
    "h:Troops, militants clash in {P}; {K} dead",
    "h:{R} say they killed {K} soldiers in {P} battle",
    "h:Fighting rages for control of {P}",
    "c:{DATE}, {RC} attacked a {SC} checkpoint in {P} ({G}). Both sides exchanged fire. {F}",
    "c:{DATE}, clashes between {RC} and {SC} in the vicinity of {P} ({G}). {F}",
    "c:{DATE}, {SC} and {RC} fought in {P} ({G}); civilians were among the dead. {F}",
    "c:{DATE}, unidentified armed men attacked a {SC} position in {P} ({G}), leading to an exchange of fire. {F}",
]
T["Government regains territory"] += [
    "w:{S} have recaptured {P}, {L}, ending more than two years of rule by {R} over the town.",
    "w:The town of {P} is back under government control after {S} drove out {R} {D}, {SRC}.",
    "w:Backed by air strikes, {S} retook {W} villages east of {P} from {R}, the defence ministry said.",
    "w:{Y} forces declared {P} fully liberated {D}, after weeks of fighting with {R}.",
    "w:The army regained control of the {P} road junction, which {R} had held since spring, {L}.",
    "w:{S} and allied {M} pushed {R} out of the old city of {P}, a military spokesman said.",
    "w:Soldiers entered the centre of {P} and hoisted the flag over the town hall after {R} fled, {SRC}.",
    "h:Troops retake {P}",
    "h:Army says {P} liberated from {R}",
    "h:{Y} army regains control of strategic hill near {P}",
    "h:Government forces recapture {G} district from {R}",
    "h:{P} back in government hands",
    "c:{DATE}, {SC} regained control over {P} ({G}) after {RC} withdrew under military pressure. {F}",
    "c:{DATE}, {SC}, supported by air cover, recaptured {W} villages near {P} ({G}) from {RC}. {F}",
    "c:{DATE}, {SC} retook the district centre of {P} ({G}) from {RC}. {F}",
]
T["Non-state actor overtakes territory"] += [
    "h:{R} say they seized {P}",
    "w:{R} captured {P} {D} after a day of fighting with {S}, who retreated to {P2}, {L}.",
    "w:{P} fell to {R} after troops abandoned their posts, {SRC}.",
    "w:{R} have taken control of most of {P}, including the police headquarters and the hospital, {L}.",
    "w:{R} overran an army base near {P} and seized armoured vehicles, {SRC}.",
    "w:{M} wrested control of {P} from {R} after heavy clashes {D}.",
    "w:The {Y} army lost {P} to {R}, a setback that puts the provincial capital within range, {L}.",
    "w:Residents said {R} were patrolling the streets of {P} and had raised their flag after government troops withdrew under attack.",
    "h:Militants overrun {P}",
    "h:{R} seize district headquarters in {G}",
    "h:{P} in {R} hands after army pulls back under fire",
    "h:Insurgents capture key town of {P}",
    "c:{DATE}, {RC} seized control of {P} ({G}) following clashes with {SC}. {F}",
    "c:{DATE}, {RC} took over the district of {P} ({G}) after overrunning {SC} positions. {F}",
    "c:{DATE}, {RC} captured {W} villages near {P} ({G}) from {SC}. {F}",
]
T["Non-violent transfer of territory"] += [
    "w:{S} withdrew from {P} without a fight and {R} took over the town {D}, {SRC}.",
    "w:Under a deal brokered by elders, {R} handed {P} back to the government without a shot being fired.",
    "w:{R} took control of {P} unopposed after the local garrison left, {L}.",
    "w:Foreign troops handed over their base at {P} to {S} in a ceremony {D}.",
    "w:{M} peacefully took over checkpoints in {P} after {R} withdrew under an agreement.",
    "w:The district of {P} was handed to {R} by local leaders who negotiated the surrender of the police post, {SRC}.",
    "w:{S} took over positions in {P} vacated by {R}, who left under a ceasefire deal, without any clashes.",
    "h:Troops hand over {P} base to {Y} army",
    "h:{R} take {P} without a fight",
    "h:Militants quit {P} under evacuation deal; army moves in",
    "c:{DATE}, {SC} handed over control of {P} ({G}) to {RC} without fighting. {F}",
    "c:{DATE}, {RC} took over {P} ({G}) peacefully after local authorities surrendered it. {F}",
    "c:{DATE}, {SC} withdrew from {P} ({G}); {M} deployed in the town without resistance. {F}",
]
T["Chemical weapon"] += [
    "w:{K} people, including children, were treated for suffocation after a gas attack on {P} {D}, {L}.",
    "w:Medics in {P} said {W} people died after inhaling a toxic gas released by shells, {SRC}.",
    "w:Helicopters dropped barrel bombs containing chlorine on {P}, {L}.",
    "w:A monitoring group said {R} used mustard gas against {M} near {P}.",
    "w:Victims of the attack on {P} showed pinpoint pupils and foaming at the mouth, doctors said.",
    "w:{W} soldiers were hospitalised with symptoms of chlorine poisoning after {R} fired gas-filled mortars at their positions near {P}, {SRC}.",
    "w:Rescue workers in {P} said families died in their basements, where they had sheltered from the bombing, after a gas canister burst in the street.",
    "h:Dozens suffocate in suspected chemical attack on {P}",
    "h:Chlorine bombs hit {P}, medics report breathing problems",
    "h:Poison gas attack kills {K} in {G}",
    "h:Nerve agent used in {P} strike, inspectors say",
    "c:{DATE}, {SC} helicopters dropped barrels containing chlorine on {P} ({G}), causing cases of suffocation. {F}",
    "c:{DATE}, {RC} launched rockets loaded with toxic gas at {SC} positions in {P} ({G}). {F}",
    "c:{DATE}, a chemical weapons attack was reported against civilians in {P} ({G}). {F}",
]
T["Air/drone strike"] += [
    "w:RAF Typhoon jets struck a building used by {R} near {P} {D}, the Ministry of Defence said.",
    "w:A Reaper drone destroyed a container used to store weapons by {R} near {P}, the coalition said in its daily strike report.",
    "w:{K} civilians were killed when jets bombed a crowded market in {P}, {L}.",
    "w:{A} carried out {W} air strikes on {R} hideouts around {P}, destroying weapons stores, the military said.",
    "w:A US drone strike hit a vehicle carrying suspected {R} in {G}, killing {N}, {SRC}.",
    "w:Helicopter gunships fired rockets at {R} positions near {P} {D}, {SRC}.",
    "w:Barrel bombs dropped by helicopters destroyed several houses in {P}, {L}.",
    "w:An air raid on a hospital in {P} killed {W} medical staff, {SRC}.",
    "w:{W} children were among the dead after warplanes struck a residential area of {P}, {L}.",
    "w:Fighter jets dropped bombs on a suspected {R} training camp outside {P}, {SRC}.",
    "h:RAF jets hit {R} truck bomb factory near {P}",
    "h:Coalition air strike kills {K} civilians in {P}",
    "h:Drone kills {W} militants in {G}",
    "h:Warplanes bomb {P} market",
    "c:{DATE}, {A} struck a {RC} weapons depot in {P} ({G}). {F}",
    "c:{DATE}, coalition aircraft conducted an airstrike on a building in {P} ({G}), targeting {RC}. {F}",
    "c:{DATE}, an unidentified drone targeted a car in {P} ({G}), killing its occupants. {F}",
]
T["Suicide bomb"] += [
    "w:{K} people were killed when a suicide bomber detonated his explosives vest inside a crowded cafe in {P} {D}, {L}.",
    "w:A suicide attacker drove an explosives-laden car into the gate of a police station in {P}, killing {W} officers.",
    "w:A bomber wearing a suicide belt blew himself up among mourners at a funeral in {P}, {SRC}.",
    "w:{R} claimed responsibility for a suicide attack on an army checkpoint near {P} that killed {N} soldiers.",
    "w:A teenage girl strapped with explosives blew herself up at a market in {P}, killing {K}, {L}.",
    "w:A suicide truck bomb exploded outside a military base near {P}, {SRC}.",
    "w:Police said the attacker, who was wearing an explosive belt, was stopped at the gate and blew himself up, killing {W} guards in {P}.",
    "h:Suicide bomber hits {P} mosque, {K} dead",
    "h:{K} killed in {P} suicide blast",
    "h:Suicide car bomber targets army post in {G}",
    "h:Female bombers strike {P} market",
    "c:{DATE}, a {RC} suicide bomber blew himself up at a {SC} checkpoint in {P} ({G}). {F}",
    "c:{DATE}, a suicide bomber in an explosives-laden car (SVBIED) struck a {SC} convoy in {P} ({G}). {F}",
    "c:{DATE}, two suicide bombers detonated their vests at a market in {P} ({G}). {F}",
]
T["Shelling/artillery/missile attack"] += [
    "w:{N} civilians were killed when mortar shells hit a residential area of {P} {D}, {L}.",
    "w:{R} fired rockets at {P}, hitting a school and wounding {N} children, {SRC}.",
    "w:Government artillery shelled rebel-held villages south of {P} throughout the night, {SRC}.",
    "w:A rocket of unknown origin slammed into a house in {P}, killing a woman and her {W} children.",
    "w:{S} fired artillery rounds at {R} positions on the hills above {P}, the military said.",
    "w:A missile fired from across the border struck an oil facility near {P}, causing a large fire, {L}.",
    "w:Tank shells hit the market of {P} {D}, {SRC}.",
    "w:Ballistic missiles launched by {R} hit a military camp near {P}, killing {K} soldiers, {SRC}.",
    "w:Residents of {P} said the shelling, which came from positions held by {R} across the river, lasted until dawn.",
    "h:Mortars hit {P} market, {K} dead",
    "h:Rockets fired at {P} airbase",
    "h:Artillery shelling kills {W} civilians in {G}",
    "h:{R} shell {P} neighbourhoods",
    "c:{DATE}, {RC} fired {W} mortar rounds on {SC} positions in {P} ({G}). {F}",
    "c:{DATE}, {SC} artillery shelled villages held by {RC} near {P} ({G}). {F}",
    "c:{DATE}, an unidentified armed group fired rockets at {P} ({G}); they landed near a residential area. {F}",
]
T["Remote explosive/landmine/IED"] += [
    "w:{W} soldiers were killed when their vehicle hit a roadside bomb near {P} {D}, {L}.",
    "w:A car bomb parked outside a restaurant in {P} exploded at lunchtime, killing {K}, {SRC}.",
    "w:A bomb placed under a parked car killed a senior police officer in {P}, {L}.",
    "w:A landmine exploded under a tractor near {P}, killing {N} farmers, {SRC}.",
    "w:An explosive device detonated as a patrol of {S} passed through {P}, wounding {N} soldiers.",
    "w:Twin car bombs ripped through a busy shopping street in {P} {D}, killing {K}, police said; no one claimed responsibility.",
    "w:A bomb hidden in a bag exploded at a bus station in {P}, {SRC}.",
    "w:A motorcycle rigged with explosives blew up near a crowded tea shop in {P}, {L}.",
    "h:Car bomb kills {K} in {P}",
    "h:Roadside blast hits police patrol in {G}",
    "h:Bomb explodes near {P} checkpoint, {W} dead",
    "h:Landmine blast kills {W} children in {P}",
    "c:{DATE}, an IED exploded near a {SC} vehicle in {P} ({G}). {F}",
    "c:{DATE}, a parked car bomb (VBIED) detonated near a market in {P} ({G}). {F}",
    "c:{DATE}, a civilian was killed by a landmine left behind by {RC} in {P} ({G}). {F}",
    "c:{DATE}, a sticky bomb attached to a vehicle exploded in {P} ({G}), killing the driver. {F}",
]
T["Grenade"] += [
    "w:{N} people were wounded when an unknown attacker threw a grenade at a crowd in {P} {D}, {L}.",
    "w:A grenade thrown into a police vehicle in {P} killed {W} officers, {SRC}.",
    "w:Assailants on a motorbike lobbed a hand grenade at the house of {O} in {P}.",
    "w:A grenade attack on a checkpoint manned by {S} in {P} wounded {N} soldiers, {SRC}.",
    "w:Gunmen hurled grenades into a bar in {P}, injuring several customers.",
    "w:A man was killed when a grenade tossed over the wall of his compound in {P} exploded, {L}.",
    "h:{N} hurt in grenade attack on {P} market",
    "h:Grenade lobbed at army post in {G}",
    "h:Grenade blast at {P} bus stop kills {W}",
    "c:{DATE}, an unknown assailant threw a hand grenade at the house of a {SC} officer in {P} ({G}). {F}",
    "c:{DATE}, {RC} hurled a grenade at a {SC} patrol in {P} ({G}). {F}",
    "c:{DATE}, a grenade was thrown at a shop in {P} ({G}), damaging it. {F}",
    "c:{DATE}, a grenade exploded at a wedding in {P} ({G}), injuring guests. {F}",
]
T["Sexual violence"] += [
    "w:A woman was raped by {W} soldiers at a checkpoint near {P} {D}, {L}.",
    "w:Survivors said fighters from {R} raped women in front of their families during the raid on {P}.",
    "w:Medics in {P} treated {W} women who said they had been raped by armed men on the road from {P2}, {SRC}.",
    "w:A 14-year-old girl was raped by a militiaman in {P}, her relatives said.",
    "w:{S} were accused of raping women and girls during an operation in villages around {P}, {L}.",
    "w:Women collecting firewood outside {P} were attacked and raped by gunmen, {SRC}.",
    "w:Members of {M} gang-raped a woman in {P} after accusing her family of supporting {R}, {L}.",
    "h:Girl raped by gunmen in {P}",
    "h:{W} women raped in attack on {P} camp",
    "h:Soldiers sexually assault displaced women in {G}",
    "c:{DATE}, {RC} raped {W} women in {P} ({G}) during a raid on the village. {F}",
    "c:{DATE}, a {SC} soldier raped a girl in {P} ({G}). {F}",
    "c:{DATE}, armed men sexually assaulted a woman collecting firewood near {P} ({G}). {F}",
]
T["Attack"] += [
    "w:{K} villagers were killed when {R} stormed {P} {D} and opened fire on residents, {L}.",
    "w:Gunmen on motorcycles shot dead {O} outside his home in {P}, {SRC}.",
    "w:{R} killed {W} {V} near {P}, accusing them of collaborating with the government, {L}.",
    "w:The bodies of {N} {V}, their hands tied and shot in the head, were found near {P} a day after they were seized by {R}.",
    "w:Unknown gunmen killed {W} {V} in an attack on a village near {P}, a police officer said on condition of anonymity.",
    "w:{S} opened fire on a car at a checkpoint in {P}, killing a family of {N}, {SRC}.",
    "w:Armed men attacked a camp for displaced people near {P}, killing {K} people, mostly women and children.",
    "w:{R} beheaded {W} {V} in {P} and posted pictures online, {SRC}.",
    "w:{O} was killed when gunmen sprayed his car with bullets on the road to {P}, {L}.",
    "h:Gunmen kill {W} {V} in {G}",
    "h:{K} civilians massacred in {P} village raid",
    "h:Village chief shot dead in {P}",
    "h:{R} kill {K} {V} near {P}",
    "c:{DATE}, {RC} attacked civilians in {P} ({G}), killing {W}. {F}",
    "c:{DATE}, unidentified gunmen shot dead {O} in {P} ({G}). {F}",
    "c:{DATE}, {SC} shot and killed a civilian at a checkpoint in {P} ({G}). {F}",
    "c:{DATE}, {RC} executed a man accused of spying in {P} ({G}). {F}",
]
T["Abduction/forced disappearance"] += [
    "w:{W} aid workers were kidnapped at gunpoint on the road between {P} and {P2} {D}, {L}.",
    "w:{R} abducted {K} {V} from {P} and took them to an unknown location, {SRC}.",
    "w:Masked gunmen snatched {O} from a mosque in {P}; his fate remains unknown, {L}.",
    "w:{R} are holding {W} truck drivers they seized at a fake checkpoint near {P}, {SRC}.",
    "w:Relatives say {N} men taken by unidentified armed men in {P} {D} have not been heard from since.",
    "w:Rights groups said {K} people had been forcibly disappeared after men in military uniform took them from their homes in {P} and the authorities denied holding them.",
    "w:Gunmen abducted {N} {V} from a bus near {P} and demanded a ransom for their release, {SRC}.",
    "w:A {Y} journalist went missing in {P} after armed men forced him into a car, {L}.",
    "h:{W} engineers kidnapped near {P}",
    "h:{R} abduct {K} {V} in {G}",
    "h:Gunmen seize {O} in {P}",
    "h:Schoolgirls abducted in {P} raid",
    "c:{DATE}, {RC} kidnapped {W} civilians at a checkpoint in {P} ({G}). {F}",
    "c:{DATE}, unknown gunmen abducted {O} in {P} ({G}); his whereabouts remain unknown. {F}",
    "c:{DATE}, {RC} abducted {K} {V} from {P} ({G}) and demanded ransom. {F}",
    "c:{DATE}, {RC} militants abducted {W} members of {SC} in {P} ({G}). {F}",
]
T["Peaceful protest"] += [
    "w:Hundreds of residents took to the streets of {P} {D} to protest against power cuts, {L}; the rally ended peacefully.",
    "w:Several thousand supporters of the opposition marched in {C} to demand early elections.",
    "w:Families of missing people held a silent vigil outside the governor's office in {P}.",
    "w:Workers at the state oil company went on strike and rallied outside the ministry in {C} over unpaid wages.",
    "w:Traders closed their shops in {P} in protest at new taxes, {SRC}.",
    "w:Women in {P} demonstrated against the kidnapping of a local doctor, calling on the authorities to secure his release, {SRC}.",
    "w:Protesters in {P} condemned the recent bombing and called for better security; the demonstration passed off peacefully.",
    "h:Hundreds protest in {P} over power cuts",
    "h:Students march in {C}, demand reforms",
    "h:Families of detainees hold sit-in in {P}",
    "h:Thousands rally in {C} against killing of protesters",
    "c:{DATE}, residents of {P} ({G}) protested against the lack of services. [size=no report]",
    "c:{DATE}, around {K}0 people demonstrated in {C} to demand the release of detainees. [size=around {K}0]",
    "c:{DATE}, teachers held a sit-in in front of the education directorate in {P} ({G}) over salaries. [size=no report]",
    "c:{DATE}, displaced people in {P} ({G}) protested against poor conditions in the camp. [size=dozens]",
]
T["Protest with intervention"] += [
    "w:Police fired tear gas and rubber bullets to break up a protest by unemployed graduates in {P} {D}, {L}.",
    "w:Security forces arrested {K} demonstrators at a rally in {C} demanding the release of political prisoners.",
    "w:Riot police beat protesters with batons as they tried to march on the governor's office in {P}, {SRC}.",
    "w:Soldiers fired into the air to disperse hundreds of people protesting against power cuts in {P}.",
    "w:A sit-in outside parliament in {C} was forcibly cleared by police overnight, {L}.",
    "w:{N} protesters were slightly injured when police used water cannon to disperse a march in {C}, {SRC}.",
    "w:Police detained several students who had gathered peacefully outside the university in {P}, {L}.",
    "h:Police fire tear gas at {P} protesters",
    "h:Dozens arrested as police break up {C} protest",
    "h:Troops disperse demonstration in {P}",
    "c:{DATE}, demonstrators protested in {P} ({G}) over fuel shortages; security forces dispersed them by firing in the air. [size=no report]",
    "c:{DATE}, police arrested {W} activists during a protest in {C}. [size=around 100]",
    "c:{DATE}, {SC} used tear gas to disperse protesters blocking the road in {P} ({G}). [size=dozens]",
]
T["Excessive force against protesters"] += [
    "w:{W} protesters were killed when security forces opened fire on a demonstration in {P} {D}, {L}.",
    "w:Soldiers fired live ammunition into a crowd of peaceful demonstrators in {C}, killing {N}, a hospital source said.",
    "w:A protester was shot dead and {K} others wounded as police tried to clear a sit-in in {P}, {SRC}.",
    "w:Security forces used live rounds and tear gas against demonstrators in {P}, killing {W} and wounding dozens.",
    "w:Police beat a protester to death during a demonstration over water shortages in {P}, {SRC}.",
    "w:A teenage demonstrator died in hospital after being shot by police at a protest in {P}, {L}.",
    "h:{W} protesters shot dead in {P}",
    "h:Police kill demonstrator at {C} rally",
    "h:Troops open fire on {P} march, {K} dead",
    "c:{DATE}, {SC} fired live ammunition at protesters in {P} ({G}), killing {W}. {F}",
    "c:{DATE}, security forces killed a demonstrator and injured several others during a protest in {C}. {F}",
    "c:{DATE}, police beat protesters in {P} ({G}), seriously injuring {N}. {F}",
]
T["Violent demonstration"] += [
    "w:Protesters angry over power cuts set fire to the electricity directorate in {P} {D}, {L}.",
    "w:Demonstrators hurled stones at security forces and torched a police vehicle in {C}, {SRC}.",
    "w:Hundreds of rioters attacked the offices of the ruling party in {P} and burned them.",
    "w:Protesters stormed the provincial council building in {P} and set it ablaze, {L}.",
    "w:Angry residents blocked the highway with burning tyres and attacked passing government vehicles near {P}.",
    "w:Protesting students threw petrol bombs at police in {C}; {N} officers were injured.",
    "w:A protest over a fatal police shooting turned violent in {P} when demonstrators burned cars and smashed shop windows, {SRC}.",
    "h:Protesters torch party offices in {P}",
    "h:Rioters set fire to police station in {P}",
    "h:Demonstrators storm council in {P}, clash with police",
    "c:{DATE}, rioters burned the house of the mayor in {P} ({G}). [size=no report]",
    "c:{DATE}, protesters threw stones at {SC} in {P} ({G}) and set tyres on fire. [size=hundreds]",
    "c:{DATE}, demonstrators stormed and vandalised a government building in {C}. {F}",
]
T["Mob violence"] += [
    "w:A man accused of stealing a motorbike was beaten to death by a mob in {P} {D}, {L}.",
    "w:Villagers armed with machetes attacked a herders' camp near {P}, killing {W}, {SRC}.",
    "w:An angry crowd lynched {W} men suspected of kidnapping children in {P}.",
    "w:Youths from rival communities fought with clubs and stones in {P}, leaving {N} dead, {L}.",
    "w:A mob stormed a police station in {P}, seized a suspected thief and burned him to death, {SRC}.",
    "w:Residents beat and set fire to a woman they accused of witchcraft in {P}.",
    "w:Angry residents attacked {N} men they suspected of being informers, killing one, {L}.",
    "w:A crowd attacked a bus carrying members of a religious minority in {P}, beating passengers, {SRC}.",
    "h:Mob kills suspected thief in {P}",
    "h:{W} lynched over kidnapping rumours in {G}",
    "h:Crowd sets suspected robber ablaze in {P}",
    "h:Communal fighting kills {N} in {P}",
    "c:{DATE}, a mob lynched a man accused of theft in {P} ({G}). {F}",
    "c:{DATE}, rioters from two communities clashed with sticks and stones in {P} ({G}). {F}",
    "c:{DATE}, residents beat to death a suspected cattle thief in {P} ({G}). {F}",
    "c:{DATE}, a crowd of villagers attacked and burned the house of a suspected informer in {P} ({G}). {F}",
]
T["Agreement"] += [
    "w:{S} and {R} agreed a 72-hour truce in {P} {D} to allow aid to reach trapped civilians, {L}.",
    "w:The two sides signed a ceasefire deal in {C}, a UN spokesman said.",
    "w:Tribal elders brokered a reconciliation deal between two feuding clans in {P}, ending months of fighting.",
    "w:{R} and the government exchanged {K} prisoners at a crossing near {P} under a deal mediated by the Red Cross.",
    "w:Local leaders in {P} reached a deal with {R} allowing farmers to return to their fields, {SRC}.",
    "w:Negotiators for {S} and {R} agreed to open a humanitarian corridor out of {P}.",
    "w:The government and {R} agreed a deal under which the fighters would leave {P} for {P2}, {L}.",
    "h:Warring sides agree truce in {P}",
    "h:Government and {R} swap prisoners near {P}",
    "h:Peace accord signed in {C}",
    "h:Clans sign reconciliation pact in {G}",
    "c:{DATE}, {SC} and {RC} agreed on a ceasefire in {P} ({G}). {F}",
    "c:{DATE}, {RC} and {SC} exchanged bodies of killed fighters near {P} ({G}). {F}",
    "c:{DATE}, a peace agreement was signed between {M} and {RC} in {P} ({G}). {F}",
]
T["Arrests"] += [
    "w:Police arrested {W} suspected members of {R} in a dawn raid on a house in {P} {D}, {L}.",
    "w:{S} detained {K} people during a search operation in {P}, the interior ministry said.",
    "w:An opposition politician was arrested at his home in {C} on charges of inciting unrest, {SRC}.",
    "w:Security forces detained a local journalist in {P} over his reporting, {L}.",
    "w:{Y} authorities arrested {N} men accused of smuggling weapons to {R} near {P}.",
    "w:The suspected mastermind of last month's bombing in {P} was captured by police {D}, {SRC}.",
    "w:Troops arrested {N} suspected collaborators of {R} at a checkpoint outside {P}, a security source said on condition of anonymity.",
    "h:Police arrest {W} suspects over {P} bombing",
    "h:{K} detained in {P} security sweep",
    "h:Opposition leader arrested in {C}",
    "h:Army captures {R} commander in {G}",
    "c:{DATE}, {SC} arrested {W} people suspected of links to {RC} in {P} ({G}). {F}",
    "c:{DATE}, police detained a journalist in {C}. {F}",
    "c:{DATE}, {SC} raided houses in {P} ({G}) and arrested {K} suspects. {F}",
]
T["Change to group/activity"] += [
    "w:{R} announced a new leader after their former commander was killed in an air strike, {SRC}.",
    "w:Several commanders of {R} and their men defected to a rival faction in {G}, {L}.",
    "w:{M} said they were merging into a new alliance to fight {R}.",
    "w:{R} declared a unilateral ceasefire for the religious holiday, {SRC}.",
    "w:{R} said they had moved their command from {P} to the mountains of {G}, {SRC}.",
    "w:{M} announced it was dissolving and handing its members over to the army.",
    "w:{R} began collecting taxes from traders in {P} and set up their own courts, {L}.",
    "h:{R} name new chief after leader's death",
    "h:Factions in {G} form joint military council",
    "h:{R} commander defects with {K} fighters",
    "c:{DATE}, {RC} announced the merger of several factions into a single group in {G}. {F}",
    "c:{DATE}, a group of {K} {RC} fighters surrendered to {SC} in {P} ({G}) with their weapons. {F}",
    "c:{DATE}, {RC} announced they were suspending attacks in {G}. {F}",
]
T["Disrupted weapons use"] += [
    "w:{S} seized a large quantity of weapons, ammunition and explosives during a raid on a hideout of {R} near {P} {D}, {L}.",
    "w:Bomb disposal experts defused an improvised explosive device found near a school in {P}, {SRC}.",
    "w:Troops found a cache of rockets and mortar shells buried in a farm outside {P}, the army said.",
    "w:Air defences shot down {W} drones over {P} {D}, {L}; there were no casualties.",
    "w:Police stopped a truck packed with explosives at a checkpoint in {P} and arrested its driver, {SRC}.",
    "w:A suicide bomber was shot dead by guards before he could blow himself up near a mosque in {P}, {L}.",
    "w:Security forces dismantled an explosives workshop used by {R} in {P}, seizing {K} ready-made bombs.",
    "w:{S} intercepted a ballistic missile fired towards {P}, the military said.",
    "w:Engineers found and removed {K} landmines planted by {R} along the road to {P}, {SRC}.",
    "h:Police defuse bomb near {P} school",
    "h:Troops seize arms cache in {G}",
    "h:Car bomb plot foiled in {P}",
    "h:Drone downed near {P}",
    "c:{DATE}, {SC} found and defused {W} IEDs planted on the road near {P} ({G}). {F}",
    "c:{DATE}, {SC} raided a {RC} hideout in {P} ({G}) and seized weapons and ammunition. {F}",
    "c:{DATE}, {SC} shot down a drone launched by {RC} over {P} ({G}). {F}",
    "c:{DATE}, {SC} blew up a car bomb in a controlled explosion before it reached its target in {P} ({G}). {F}",
]
T["Headquarters or base established"] += [
    "w:{R} have set up a base in an abandoned school in {P}, {L}.",
    "w:{S} established a new military base outside {P} to protect the border, {SRC}.",
    "w:{R} turned a former government building in {P} into their headquarters.",
    "w:{M} opened a new headquarters in {P} after moving into the area {D}.",
    "w:Foreign troops set up a forward operating base near {P}, a military spokesman said.",
    "w:{R} established a training camp in the forests near {P}, {SRC}.",
    "w:Residents said {R} had occupied a hilltop near {P} and built a permanent base there, {L}.",
    "h:{R} set up headquarters in {P}",
    "h:Army opens new base in {G}",
    "h:Militants build camp outside {P}",
    "c:{DATE}, {RC} established a new headquarters in {P} ({G}). {F}",
    "c:{DATE}, {SC} established a military base in {P} ({G}). {F}",
    "c:{DATE}, {RC} set up a camp near {P} ({G}). {F}",
    "c:{DATE}, {M} established a command centre in {P} ({G}). {F}",
]
T["Looting/property destruction"] += [
    "w:{R} looted a food aid warehouse in {P} {D}, carrying off tonnes of flour, {L}.",
    "w:Armed men burned down {K} houses in a village near {P} after its residents fled, {SRC}.",
    "w:{S} bulldozed homes in {P} belonging to relatives of suspected militants, {L}.",
    "w:Gunmen stopped a convoy of aid trucks on the road to {P} and looted the food it carried, {SRC}.",
    "w:{R} blew up a telecommunications tower near {P}; there were no casualties.",
    "w:Fighters set fire to a school in {P} and destroyed its records, {L}.",
    "w:Armed men raided a livestock market near {P} and made off with hundreds of cattle, {SRC}.",
    "h:Aid convoy looted near {P}",
    "h:{R} burn {K} houses in {G} village",
    "h:Gunmen raze village near {P}",
    "h:Shops plundered in {P} as troops withdraw",
    "c:{DATE}, {RC} looted a pharmacy and burned shops in {P} ({G}). {F}",
    "c:{DATE}, unidentified armed men set fire to a school in {P} ({G}). {F}",
    "c:{DATE}, {SC} demolished houses of civilians in {P} ({G}). {F}",
    "c:{DATE}, {RC} stole cattle from herders near {P} ({G}). {F}",
]
T["Other"] += [
    "w:Authorities imposed a 24-hour curfew in {P} {D} after a series of bombings, {L}.",
    "w:The army deployed {K}00 extra troops to {G} ahead of the elections, {SRC}.",
    "w:{S} banned motorcycles from the streets of {P} to stop drive-by shootings, {L}.",
    "w:Movement in and out of {P} was restricted after the authorities closed all checkpoints, {SRC}.",
    "w:{K} prisoners broke out of the jail in {P} after inmates overpowered the guards, {SRC}.",
    "w:A mass grave holding the bodies of {K} people was uncovered near {P}, {L}.",
    "w:Tanks and armoured vehicles were sent to {P} to reinforce troops facing {R}, the ministry said.",
    "w:The governor of {G} announced a night-time curfew in {P} and banned public gatherings.",
    "w:Authorities shut down mobile internet across {G} as security forces prepared an operation, {L}.",
    "h:Night curfew declared in {P}",
    "h:Troops deployed to {P} after unrest",
    "h:Jailbreak frees {K} inmates in {P}",
    "h:Mass grave uncovered near {P}",
    "c:{DATE}, {SC} imposed a curfew on {P} ({G}) and restricted the movement of vehicles. {F}",
    "c:{DATE}, {SC} deployed additional troops and armoured vehicles to {P} ({G}). {F}",
    "c:{DATE}, a mass grave containing {K} bodies was found in {P} ({G}). {F}",
    "c:{DATE}, {RC} released {W} hostages in {P} ({G}). {F}",
]

NON_EVENT += [
    # threats and plans
    "w:{R} threatened to attack {P} unless the government releases their detained members, {L}.",
    "w:The army said it was preparing an offensive to retake {P} from {R} in the coming weeks.",
    "w:Officials warned that {R} were planning suicide attacks on markets in {C} during the holidays.",
    "w:The military said it would launch air strikes on hideouts of {R} if the group did not free the hostages.",
    "h:{R} vow to storm {P}",
    "h:Army plans push on {P}",
    # anniversaries, memorials, history
    "w:Hundreds of families gathered in {P} {D} to mark the tenth anniversary of the massacre of {K} villagers.",
    "h:{P} remembers victims of 2014 bombing",
    "w:A memorial was unveiled in {C} for the soldiers killed in the battle for {P}.",
    "w:{P}, which {R} seized in 2014, was the scene of some of the heaviest fighting of the war.",
    "w:The last suicide bombing in {C} was in 2017, when {K} people died at a checkpoint.",
    "h:Five years after the siege of {P}, residents still wait for rebuilding",
    "w:A film about the battle for {P} premiered in {C} {D}.",
    # trials
    "w:A court in {C} sentenced {W} men to death for their role in a suicide bombing in {P} in 2016, {SRC}.",
    "w:The trial of a former militia commander accused of abducting {K} people opened in {C} {D}.",
    "h:Court jails {R} member over {P} car bomb",
    "w:Prosecutors charged {N} men with murder over the killing of {O} in {P} last year.",
    # disasters and accidents
    "w:A fuel tanker exploded on the highway near {P} {D}, killing {K} people who were trying to collect fuel, {L}.",
    "w:A boat carrying {K} passengers capsized on the river near {P}; {W} bodies were recovered.",
    "w:Flash floods destroyed bridges and roads in {G}, cutting off {P}, {SRC}.",
    "w:A fire broke out in a camp for displaced people near {P}, burning {K}0 tents; no one was hurt, {SRC}.",
    "w:{W} people died when a building collapsed in {P} after an old gas pipe exploded.",
    "h:Tanker blast kills {K} on {P} road",
    "h:Boat capsizes near {P}, {W} missing",
    "w:A military helicopter crashed near {P} during a training flight, killing its {W} crew; officials blamed a technical fault.",
    # ordinary crime
    "w:Police said a man shot his wife and two children in {P} before turning the gun on himself, in what they described as a domestic dispute.",
    "w:Armed robbers held up a jewellery shop in {P} and escaped with gold, police said.",
    "w:Police seized {K} kilograms of heroin in a raid on a warehouse in {P}, {SRC}.",
    "h:Police arrest {W} over car thefts in {P}",
    "h:Man stabbed in {C} robbery",
    # sport
    "w:The {Y} striker scored twice as his team's relentless attack crushed the visitors 4-0 in {C} {D}.",
    "h:{Y} side's attack too strong for rivals in cup clash",
    "w:The coach praised his defence after the team survived a late attack to win the derby in {C}.",
    "h:Derby clash ends in draw in {C}",
    # statements and condemnations
    "w:The UN secretary-general condemned the bombing in {P} and called on all parties to protect civilians.",
    "w:The {Y} government denounced the killing of {O} in {P} as a cowardly act and vowed to find those responsible.",
    "h:UN condemns attack on {P} hospital",
    "h:EU urges restraint after {P} clashes",
    "w:Embassies in {C} issued a joint statement condemning the wave of kidnappings in {G}.",
    # cumulative tolls and reports
    "w:At least {K}0 civilians were killed in air strikes across {G} in the first half of the year, a rights group said in a report.",
    "w:Since the offensive began in March, {K}00 fighters have been killed, the monitor said.",
    "h:{K}00 killed in {G} violence this year: UN",
    "w:Roadside bombs have killed more than {K}0 soldiers in {G} since January, according to an army tally.",
    "w:The army published a list of {K} soldiers it said had been killed in action since 2019.",
    # politics, economy, aid, exercises
    "w:The defence ministers of the two countries signed an agreement on military training in {C}.",
    "w:The president appointed a new army chief of staff {D}, {SRC}.",
    "w:Aid agencies warned that a cut in funding could leave {K},000 displaced people in {G} without food.",
    "w:The World Bank approved a loan to rebuild schools and hospitals destroyed in {P}.",
    "w:Officials said the exercise, in which troops fired live artillery rounds at targets in the desert near {P}, was routine.",
    "h:Army holds live-fire drills near {P}",
    "w:Reports on social media that {R} had captured {P} were false, the army said, adding that the town was calm.",
    "h:Government denies {P} has fallen",
    "w:Unexploded ordnance still litters the fields around {P}, demining groups said, urging farmers to be careful.",
    "w:The police chief of {G} said crime had fallen by a third since last year.",
    "h:Minister: {R} will be defeated by year end",
    "w:Hospital staff in {P} held a drill simulating a mass-casualty bomb attack, officials said.",
    "c:{DATE}, the {Y} president visited {P} ({G}) and met local officials. No fatalities reported.",
]

# Third batch: more wording for the classes the first two confused most out of fold
# (territory, disrupted weapons use, Other) and for claims made by the armed group itself.
T["Other"] += [
    "w:The government sent {W} army brigades to {P} to secure the town ahead of the vote, {SRC}.",
    "w:Hundreds of soldiers backed by tanks were dispatched to {G} {D} after a surge in attacks, {L}.",
    "w:{S} moved reinforcements into {P} and set up new checkpoints on all roads leading to the town.",
    "w:The authorities banned all vehicles from entering {P} until further notice, {SRC}.",
    "w:A travel ban was imposed on the road between {P} and {P2} after {R} were seen in the area, {L}.",
    "w:{R} stormed the prison in {P} and freed hundreds of inmates, including many of their own members, {SRC}.",
    "h:Army sends reinforcements to {G}",
    "h:{P} sealed off as security forces deploy",
    "h:Curfew extended in {P} for third day",
    "c:{DATE}, {SC} closed the roads into {P} ({G}) and imposed a ban on motorcycles. {F}",
    "c:{DATE}, {SC} sent military reinforcements to {P} ({G}) to prepare for an offensive against {RC}. {F}",
    "c:{DATE}, inmates escaped from the central prison of {P} ({G}) after a riot. {F}",
]
T["Non-state actor overtakes territory"] += [
    "h:{R} claim control of {P}",
    "w:{R} said in a statement that their fighters had taken {P} and were clearing the town of soldiers.",
    "w:A news agency linked to {R} said the group had captured {P} after the army fled, {SRC}.",
    "w:{R} stormed {P} {D} and now hold the town centre and the main roads, {L}.",
    "h:{R} overrun army positions, take {P}",
    "c:{DATE}, {RC} overran {SC} positions and took control of {W} villages around {P} ({G}). {F}",
    "w:Soldiers retreated from {P} after a night-long assault, leaving the town in the hands of {R}, {SRC}.",
]
T["Government regains territory"] += [
    "w:{Y} troops and allied fighters entered {P} {D} after {R} retreated under heavy bombardment, {L}.",
    "w:{S} said they had recaptured {W} villages from {R} on the road to {P}.",
    "w:The defence ministry said {P} had been freed from {R} and that troops were clearing booby traps.",
    "h:{Y} forces enter {P} as {R} flee",
    "h:Army reclaims {P} outskirts",
    "c:{DATE}, {SC} advanced into {P} ({G}) and regained control of the town after {RC} retreated. {F}",
    "w:{R} were driven out of {P}, which troops now fully control, {SRC}.",
]
T["Disrupted weapons use"] += [
    "w:An explosives-laden car was found parked near a checkpoint in {P} and made safe by army engineers {D}, {L}.",
    "w:{S} discovered a tunnel used by {R} to store rockets and explosives under a house in {P}, {SRC}.",
    "w:Guards opened fire on a car bomb as it sped towards the base in {P}, detonating it before it reached the gate, {L}.",
    "w:The army said it had seized {K} rocket launchers and tonnes of ammunition from {R} in {G} this week.",
    "h:Security forces thwart bomb attack in {P}",
    "h:Explosives-laden truck intercepted near {P}",
    "c:{DATE}, {SC} seized weapons, ammunition and IED-making material in {P} ({G}). {F}",
    "c:{DATE}, an IED was discovered and dismantled by {SC} near {P} ({G}). {F}",
]
T["Mob violence"] += [
    "w:A crowd in {P} attacked {N} men accused of stealing cattle, killing them and burning their motorcycles, {L}.",
    "w:Residents of {P} lynched a suspected member of {R} who had been captured by villagers, {SRC}.",
    "h:Suspected kidnapper lynched in {P}",
    "c:{DATE}, a crowd stoned to death a man accused of blasphemy in {P} ({G}). {F}",
    "w:Members of two rival families attacked each other with knives and sticks in {P}, leaving {N} injured, {SRC}.",
]
T["Abduction/forced disappearance"] += [
    "w:{R} are believed to be holding {O} who was seized {D} near {P}, {L}.",
    "h:{R} kidnap {K} construction workers in {G}",
    "w:A convoy of {W} trucks was hijacked by {R} near {P} and the drivers were taken away, {SRC}.",
    "c:{DATE}, {RC} abducted {W} passengers from a minibus near {P} ({G}); they were later released for ransom. {F}",
    "w:Family members said {O} was taken from his car at a checkpoint run by {M} in {P} and has been missing since.",
]
T["Abduction/forced disappearance"] += [
    # Kidnappers as the agent and victims named by their work: common in real copy.
    "w:Kidnappers snatched {W} {V} from their homes in {P} {D} and later called their families to demand money, {SRC}.",
    "h:Kidnappers take {W} road workers near {P}",
    "w:{W} contractors building a school near {P} were abducted by armed men who stormed their camp at night, {L}.",
    "c:{DATE}, kidnappers abducted {W} employees of a telecom company near {P} ({G}). {F}",
    "w:A foreign engineer employed on a dam project near {P} was seized by {R} and taken across the river, {SRC}.",
]
T["Chemical weapon"] += [
    "w:Residents of {P} said shells released a choking smell of chlorine and at least {K} people were taken to clinics with breathing difficulties, {L}.",
    "h:Gas attack on {P} kills {W} children",
]
T["Peaceful protest"] += [
    "w:Residents of {P} blocked the main road with their cars for several hours {D} to protest against the arrest of a tribal elder; the protest ended without incident.",
    "h:Protesters gather in {P} to demand jobs",
]
NON_EVENT += [
    "w:{R} said in a statement they would take {P} within days, {L}.",
    "w:Officials said {K} families had returned to {P} in the past month as security improved.",
    "w:The army said it had no plans to withdraw from {P}, denying reports of a pullout.",
    "h:{R} claim they will seize {P} soon",
    "w:A year after {S} retook {P}, much of the old city still lies in ruins, {SRC}.",
    "w:Police are investigating the death of a man found in a canal in {P}; they said there was no sign of foul play.",
    "w:A car caught fire at a petrol station in {P}, injuring the driver, the civil defence said.",
    "w:Talks between the government and {R} on a ceasefire in {G} broke down without agreement {D}, {SRC}.",
    "w:The governor of {G} said the curfew imposed last week would end on Friday.",
    "h:Curfew lifted in {P}",
]

# Fourth batch: copy that names only the country ("Car bombs kill 20 across Iraq"), and
# headline verbs of the wires ("strikes", "pound", "press assault", "foil").
T["Armed clash"] += [
    "h:Clashes kill {K} militants in {CN}",
    "h:{Y} forces press assault on {R} near {P}",
    "w:Fighting between {S} and {R} killed {K} people across {CN} {D}, {SRC}.",
]
T["Armed clash"] += [
    # Offensives, sieges and repelled assaults: fighting with no change of hands yet.
    "h:{Y} troops launch offensive against {R} near {P}",
    "h:Army presses push on {R}-held {P}, meets stiff resistance",
    "w:{S} advanced on {P} from three sides {D} but were slowed by sniper fire and mines laid by {R}, {L}.",
    "w:{S} fought their way into the eastern outskirts of {P}, where {R} were putting up fierce resistance, {SRC}.",
    "h:Troops repel {R} assault on {P}",
    "w:{R} launched a dawn attack on army positions around {P} but were pushed back after hours of fighting, {SRC}.",
    "c:{DATE}, {SC} launched an offensive against {RC} positions around {P} ({G}); fighting continued into the night. {F}",
    "w:The siege of {P} entered its third week as {S} and {R} fought for control of the main road, {L}.",
]
T["Shelling/artillery/missile attack"] += [
    "h:{Y} forces fire artillery into {R}-held {P}",
    "w:Troops fired rockets and artillery into districts of {P} held by {R} {D}, {SRC}.",
]
T["Government regains territory"] += [
    "h:{Y} forces seize {W} villages from {R}",
    "h:{Y} troops push {R} out of {P} suburbs",
]
T["Non-state actor overtakes territory"] += [
    "h:{R} seize more ground in {CN}'s {G}",
    "h:Militants grab {W} villages as {Y} army falls back",
]
T["Air/drone strike"] += [
    "h:{Y} air force strikes {R} in {P}",
    "h:Coalition planes pound {R} across {CN}",
    "w:Air strikes across northern {CN} killed {K} militants {D}, the defence ministry said.",
]
T["Suicide bomb"] += [
    "h:{R} claim suicide blast that killed {K} in {CN}",
]
T["Shelling/artillery/missile attack"] += [
    "h:Rocket fire hits {CN}'s {P}, {W} hurt",
]
T["Remote explosive/landmine/IED"] += [
    "h:Bombings kill {K} across {CN}",
    "w:A series of car bombs and roadside explosions killed {K} people across {CN} {D}, {SRC}.",
]
T["Attack"] += [
    "h:Gunmen kill {K} at {CN} checkpoint",
]
T["Abduction/forced disappearance"] += [
    "h:{K} foreign workers kidnapped in {CN}",
]
T["Arrests"] += [
    "h:{CN} arrests {K} over bomb plots",
]
T["Disrupted weapons use"] += [
    "h:{Y} police foil attack on government building in {P}",
    "h:{CN} says it intercepted missile over {P}",
]
T["Other"] += [
    "h:{CN} sends troops to {G} as tension rises",
]
T["Peaceful protest"] += [
    "h:Thousands protest across {CN} over power cuts",
]
NON_EVENT += [
    "h:{CN} says {R} on the run, victory near",
    "h:{R} threat grows in {CN}, analysts say",
    "h:UN report details civilian suffering in {CN}",
    "w:A UN report on the protection of civilians in {CN} covering the past twelve months was released {D}.",
    "h:{CN} violence kills {K}00 in a month: UN",
    "w:Security forces were put on high alert in {C} ahead of the religious holiday, {SRC}.",
    "h:{Y} army on alert after threats by {R}",
]


# Sub-types whose coded notes carry no deaths: a random toll there would read as nonsense.
UNLETHAL = {"Peaceful protest", "Protest with intervention", "Agreement", "Arrests",
            "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
            "Non-violent transfer of territory", "Looting/property destruction", "Other",
            "Abduction/forced disappearance", "Sexual violence", ""}


# Wire headlines as they reach a feed: agency update tags, a trailing source, and the town
# given with its country ("in Iraq's Ramadi"). Applied to event and non-event headlines
# alike, so none of it can tell the classes apart.
HEAD_PREFIXES = ["UPDATE 1-", "UPDATE 2-", "WRAPUP 1-", "Breaking: "]
HEAD_SUFFIXES = [" - officials", " - sources", " - TV", " - statement", ": police",
                 ": monitor", " - report", ": residents"]


def _headline(text: str, country: str, place: str, rng: random.Random) -> str:
    if rng.random() < 0.3 and f" in {place}" in text:
        text = text.replace(f" in {place}", f" in {country}'s {place}", 1)
    r = rng.random()
    if r < 0.15:
        text = rng.choice(HEAD_PREFIXES) + text
    elif r < 0.35:
        text += rng.choice(HEAD_SUFFIXES)
    return text


def fill(tpl: str, c: dict, sub: str, rng: random.Random, style: str = "w",
         country: str = "") -> str:
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
        "RC": rng.choice(c["rebel_c"]), "F": fat, "SRC": rng.choice(SOURCES), "Y": c["demonym"],
        "L": rng.choice(LONG_SOURCES), "V": rng.choice(VICTIMS), "O": rng.choice(ROLES),
        "CN": country}
    text = tpl.format(**vals)
    text = text[0].upper() + text[1:]
    return _headline(text, country, p, rng) if style == "h" else text


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
            text = fill(tpl, COUNTRIES[country], sub, rng, style, country)
            if text in seen:
                continue
            seen.add(text)
            made += 1
            rows.append({"text": text, "sub_event_type": sub, "template": template, "style": {
                "w": "wire", "c": "coded", "h": "headline"}[style], "country": country})

    from sitrep import taxonomy

    sub_to_type = taxonomy.sub_event_types()
    for templates in [*T.values(), NON_EVENT]:
        assert len(set(templates)) == len(templates), "duplicate template"
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
