"""Casualty constructions of coded notes and wire copy: one test per construction, with
sentences written for these tests."""

import pytest

import sitrep
from sitrep.extract.casualties import parse_casualties


def killed(text):
    c = parse_casualties(text)
    return c.killed_min, c.killed_max, c.fatalities


def main_event(text, published="2019-03-12"):
    ms = sitrep.extract(text, published=published, country="Iraq")
    assert ms, text
    return ms[0]


@pytest.mark.parametrize("text,expected", [
    # "reported" between the subject and the verb
    ("Several militants were reported killed in the raid.", (3, 9, 3)),
    ("Dozens of fighters were reported killed.", (24, 99, 12)),
    # an adverb or an earlier verb of a pair between the subject and the verb
    ("A teenage girl was sexually assaulted and then killed near the camp.", (1, 1, 1)),
    ("Four shepherds were brutally executed outside the village.", (4, 4, 4)),
    # the victim between the verb and "to death"
    ("A crowd beat a man accused of stealing a phone to death.", (1, 1, 1)),
    ("Villagers stoned two suspected informants to death.", (2, 2, 2)),
    # a side's own dead are added to the enemy dead it reports
    ("The army said it killed 8 militants and lost 3 of its own soldiers.", (11, 11, 11)),
    ("Rebels killed 6 regime soldiers and lost 2 fighters.", (8, 8, 8)),
    # a range of estimates: the lower end is ACLED's figure
    ("Estimates of the number killed range from 40 to 70.", (40, 70, 40)),
    # one event's parts summed "in total" are its own toll
    ("Three bombs went off in the market; 19 people were killed in total.", (19, 19, 19)),
    # after a semicolon, another source's figure for the same dead: a range, the lower for ACLED
    ("The ministry said 9 soldiers were killed; local sources gave a toll of 7.", (7, 9, 7)),
    ("Doctors said nearly 60 people died; other medical sources reported more than 40 dead.",
     (41, 59, 40)),
    # an official title without a name is one person
    ("Gunmen shot dead a prominent security analyst in his car.", (1, 1, 1)),
    # an unnumbered group joined to a numbered one shares its number
    ("Seven soldiers and tribal fighters were killed in the assault.", (7, 7, 7)),
    # "while" the other side's dead: added
    ("Troops killed six militants, while two soldiers were martyred in the clash.", (8, 8, 8)),
    # headline present tense
    ("Militants execute 5 shepherds near Hawija", (5, 5, 5)),
    # killed by cutting their throats
    ("Two brothers were found with their throats cut near the camp.", (2, 2, 2)),
    # "since this morning" is the event's own day, not a period
    ("Shells hit the village since this morning, killing three civilians.", (3, 3, 3)),
    # a relative clause after the victims ends their phrase
    ("Jets pounded the district, killing five farmers whose houses were near the front.",
     (5, 5, 5)),
    # a place adverb between the subject and the verb
    ("A drone hit the pick-up truck and four fighters aboard were killed.", (4, 4, 4)),
    # present tense and a victim with no article before "to death" (headlines)
    ("Militiamen hack 14 villagers to death near Djugu", (14, 14, 14)),
    ("Crowd beats suspected car thief to death in Mosul", (1, 1, 1)),
    # the dead counted as martyrs
    ("The health directorate received nine martyrs from the shelled neighbourhood.", (9, 9, 9)),
    # named dead and a count of the others
    ("The strike killed commander Ahmad Karim, his deputy Ali al-Saadi and five others.",
     (7, 7, 7)),
    ("A drone killed senior official Omar Hadid and three other people in the car.", (4, 4, 4)),
    # a pronoun and the people named with it
    ("A bomb under his car went off in Baquba, killing him and his two bodyguards.", (3, 3, 3)),
    # occupations are people
    ("Unknown gunmen shot dead a pharmacist in Tafas.", (1, 1, 1)),
    # a headline's numbered subject before a verb with no auxiliary
    ("An officer and 3 soldiers killed.", (4, 4, 4)),
    # present tense "die", but not a death still feared
    ("Nine soldiers die as convoy hits mine near Tessalit", (9, 9, 9)),
    ("Two of the wounded may die, doctors said.", (None, None, 0)),
    # a participle ends the victims' phrase: the children are counted, not the sheep
    ("The landmine killed 3 children herding sheep.", (3, 3, 3)),
    # ages are no head count
    ("Two girls aged 8 and 11 were killed when a shell hit their home.", (2, 2, 2)),
    ("A boy aged 14 was shot dead at the checkpoint.", (1, 1, 1)),
    # a named person as the subject, and the dead along with them
    ("District mayor Khalid Hassan Omar was killed along with three of his guards.", (4, 4, 4)),
    ("Tribal elder Sattam al-Juburi shot dead outside his home in Hawija", (1, 1, 1)),
    ("Islamic State fighters killed 12 villagers.", (12, 12, 12)),
    # the attackers counted inside the toll are not added again
    ("Two suicide bombers struck the base, killing at least 9 people including the two attackers.",
     (9, 9, 9)),
    # explosive belts seized in a raid are no suicide bomber's death
    ("Police arrested four suspects in a raid, seizing two explosive belts.", (None, None, 0)),
    # a dateline's day is no figure and leaves the count after it whole
    ("MOSUL, June 5 - Two shepherds were killed by a roadside bomb.", (2, 2, 2)),
    ("HIT, Oct 3, 2014 (Reuters) - Twelve soldiers were killed in an ambush.", (12, 12, 12)),
    # a participle phrase between the dead and their verb
    ("A man collecting scrap metal was killed when the shell went off.", (1, 1, 1)),
    ("The teacher escorting them was shot dead at the gate.", (1, 1, 1)),
    ("A clerk employed by the municipality was killed in the blast.", (1, 1, 1)),
    # South Asian wire words for the dead and their ranks
    ("A constable was martyred and two others injured in the attack.", (1, 1, 1)),
    ("Four militants were killed while a jawan embraced martyrdom.", (5, 5, 5)),
    ("A deputy commissioner and three other people were killed by the bomb.", (4, 4, 4)),
    ("Four soldiers were killed, and 2 civilians caught in the crossfire also died.", (6, 6, 6)),
    ("The commander and his companion were killed.", (2, 2, 2)),
    # a quantity in scare quotes is still the quantity
    ("Officials claimed 'dozens' of militants were killed in the assault.", (24, 99, 12)),
    ("A spokesman said \u201cseveral\u201d gunmen died.", (3, 9, 3)),
    # a coder's "+" between the sides
    ("Clashes near Tal Rifaat: 3 SDF + 2 Turkish-backed fighters killed.", (5, 5, 5)),
    ("Two marines and a servicewoman were killed.", (3, 3, 3)),
    ("Four soldiers of the enemy were killed. Two of our comrades fell as martyrs.", (6, 6, 6)),
    ("A fighter fell as a martyr in the clashes.", (1, 1, 1)),
    # who the counted were, between commas before the verb
    ("Five civilians, a child among them, were killed in the shelling.", (5, 5, 5)),
    (("Four civilians, including businessman Peshraw Dizayee and his infant daughter, were "
     "killed when missiles struck his home."), (4, 4, 4)),
    # a coder's shorthand
    ("Tarmiyah: IED vs army patrol; 1 officer kld, 2 soldiers wnd.", (1, 1, 1)),
    # and a day/month before the toll is no count
    ("Tarmiyah: IED vs army patrol 2/3, 1 officer kld, 2 soldiers wnd.", (1, 1, 1)),
    ("Samarra: SVBIED hits PMF checkpoint 12/5, 7 PMF killed.", (7, 7, 7)),
    # "one death" beside another source's toll: the lower figure
    ("The health authority acknowledged one death, while rights groups put the toll at 18.",
     (1, 18, 1)),
    # a place with its direction words, or "from the ..." between the subject and the verb
    ("Eleven pilgrims from central and southern Iraq were killed on the road.", (11, 11, 11)),
    ("According to a monitor, 8 soldiers and 5 fighters from the armed factions were killed.",
     (13, 13, 13)),
    # who they were, set off by commas
    ("Four members of one family, women and children, were killed when a rocket hit the house.",
     (4, 4, 4)),
    ("Karim Hadi, a lawyer for the families of detainees, was gunned down in Basra.", (1, 1, 1)),
    # "N of whom were killed" after a group is the figure, not a subset of one
    ("The army clashed with smugglers, three of whom were killed.", (3, 3, 3)),
    # a number of the dead put by another source
    ("A drone hit a car on Monday, killing two, while a medic put the number of dead at three.",
     (2, 3, 2)),
    ("The officer put the number of insurgents killed at no fewer than 25.", (25, 25, 25)),
    # the defence ministries' word for enemy dead, even in scare quotes
    ("The ministry said four militants were 'neutralised' in the operation.", (4, 4, 4)),
    ("Six PKK members were neutralized, the ministry said.", (6, 6, 6)),
    # a named person, then those with them
    ("Gunmen killed journalist Ali Saleh, his driver and four other passengers.", (6, 6, 6)),
    # a date "a day before" another day is no rate per day
    ("A bomb exploded on Friday, a day before the elections, killing four people.", (4, 4, 4)),
    # a subset after the total, "among them"
    ("Rockets hit the market, killing a dozen people, 5 women among them.", (12, 12, 12)),
    # "N killings" is a toll; another source's higher number makes the range
    (("Investigators documented at least 300 killings, while the governor put the number at "
      "around 600."), (300, 600, 300)),
    # a figure another source acknowledges, or speaks of, after a semicolon: the lower counts
    ("Activists said 15 fighters were killed; a commander acknowledged one death.", (1, 15, 1)),
    # one side's statement of its dead and the other side's claim of the enemy's: summed
    (("The ministry said 3 PKK fighters were neutralised; the PKK claimed to have killed 5 "
      "Turkish soldiers."), (8, 8, 8)),
    # a claim that counts one side of a breakdown disputes only that side's dead
    (("Police said 14 bandits and 3 officers were killed; the bandits claimed to have killed 9 "
      "officers."), (17, 23, 17)),
    (("The army said 6 militiamen and 2 soldiers died; a human rights group said 4 militiamen "
      "were killed."), (6, 8, 6)),
    # the dead told as more add to the disputed figure, not to the lowest claim
    (("The ministry said 9 policemen were killed, while a monitor put their number at 11; at "
      "least 3 gunmen also died."), (12, 14, 12)),
    # a later admission by one source is that source's figure, not an update
    (("Witnesses said 40 people were killed; the army first denied any deaths and later "
      "acknowledged that 18 villagers had died."), (18, 40, 18)),
    # a number before "deaths" with the group between: "105 civilian deaths"
    (("The ministry later acknowledged 31 civilian deaths; residents said more than 50 people "
      "died."), (31, 51, 31)),
    # another source's bare number before "including ..."
    ("Medics reported 40 dead, while the monitor counted 37, including 9 children.", (37, 40, 37)),
    # a long source name between "while" and its verb is still another source
    (("Hospital sources said 9 protesters were killed, while the National Commission for Human "
      "Rights and Freedoms reported 12 deaths."), (9, 12, 9)),
    # a vague claim of the other side's dead adds to one side's own count
    (("3 police officers were killed; the police said dozens of the attackers died."),
     (27, 102, 15)),
    # one more person named by "a": "a soldier was killed, and a civilian died"
    (("A soldier was killed by a sniper, and a civilian hit in the same street died of his "
      "wounds."), (2, 2, 2)),
    # a headline's order: the victim after "to death"
    ("Mob stones to death young man accused of theft in Kano", (1, 1, 1)),
    # a later figure of another source disputes a sourced first figure; it updates an
    # unsourced one; another source after an update still disputes it
    (("Witnesses said 30 people were killed; the provincial council later put the toll at "
      "41."), (30, 41, 30)),
    ("A car bomb killed 30 people at the market. Police later put the toll at 41.", (41, 41, 41)),
    (("Officials first reported 18 dead and later raised the toll to 20 after two of the "
      "wounded died; a hospital said 19 people were killed."), (19, 20, 19)),
    # bombers counted by their own group's statement
    (("The group said three of its fighters detonated explosive vests at the gate, killing "
      "11 guards."), (11, 11, 14)),
    # a coder's day/month before a dash is no count and no range with the toll after it
    ("Hasakah: IED hits SDF patrol 14/11 – 2 SDF dead, civilian hurt.", (2, 2, 2)),
    ("Tuz: mortars on market 3/4 – 4 civs killed, 9 hurt per police.", (4, 4, 4)),
    # one more person with no number at the end of the list
    ("Kirkuk: SVBIED at PMF checkpoint 2/5 – 5 PMF + bomber killed.", (6, 6, 6)),
    ("Two soldiers and driver killed when the truck hit a mine.", (3, 3, 3)),
    # one dead with no article after a colon or comma
    ("Mosul, Zanjili: imam shot dead by unk. gunmen 4/2.", (1, 1, 1)),
    ("Guards fire on protest crowd, teen killed, 6 wounded.", (1, 1, 1)),
    # the dead referred back to: those seized before, or "both"
    ("Militants seized three shepherds near Rutba and executed them.", (3, 3, 3)),
    ("A mine went off under a farmer and his nephew, killing both.", (2, 2, 2)),
    # but two sources' counts that may be the same dead stay a range
    ("State media said 6 soldiers were killed, while a monitor said 9 combatants were killed.",
     (6, 9, 6)),
    # modifiers joined inside one side's phrase do not end the list of sides
    ("The fighting killed 17 regime and allied fighters and 32 IS militants.", (49, 49, 49)),
    ("Nine members of the ISF and PMF and 14 IS militants were killed near Tal Afar.",
     (23, 23, 23)),
    # but a new clause after "and" is no part of the phrase
    ("A bomb killed 3 soldiers and police said the driver survived.", (3, 3, 3)),
    ("Gunmen executed three shepherds and stole their sheep.", (3, 3, 3)),
    # the people of a count said again after a comma add no one
    ("A shell hit a house, killing two civilians, a mother and her son.", (2, 2, 2)),
    ("A car bomb killed three people, two women and a child, in the market.", (3, 3, 3)),
    # unless they are not of the count's kind
    ("Gunmen killed two civilians, a soldier and a policeman at the gate.", (4, 4, 4)),
    # a headline's list of bare nouns
    ("Bomb in market kills woman, child", (2, 2, 2)),
    ("Airstrike kills farmer and shepherd near Hawija", (2, 2, 2)),
    ("IED kills soldier, injures three", (1, 1, 1)),
    # people named by a word's ending, or by their age
    ("Rounds hit the school, killing a schoolteacher and two of her pupils.", (3, 3, 3)),
    ("A bomb under a bulldozer went off, killing the operator.", (1, 1, 1)),
    ("A 17-year-old was shot dead by police.", (1, 1, 1)),
    # who the dead were, between the subject and its verb
    ("Four men who tried to defend the village were killed.", (4, 4, 4)),
    ("A contractor working with the US-led coalition was killed.", (1, 1, 1)),
    ("Jets struck the ridge; 5 Peshmerga at a nearby post were killed by mistake.", (5, 5, 5)),
    ("Guards beat to death a detained young man.", (1, 1, 1)),
    # a participle ends before a count: the count is the reported one, not the monitor's words
    (("SDF battled IS near Baghouz, with a Britain-based monitor reporting 19 jihadists and five "
      "SDF fighters dead."), (24, 24, 24)),
    # but "that" after a verb of saying starts the reported clause, not a relative one
    ("The office reported that at least eight combatants were killed.", (8, 8, 8)),
    # an unknown number of dead beside a number adds nothing to ACLED's figure; alone, a plural
    ("Clashes killed at least 16 soldiers; an unknown number of militants died.", (18, None, 16)),
    ("A gunfight in which five police officers and an unknown number of insurgents were killed.",
     (7, None, 5)),
    ("Jets bombed IS gatherings, killing an unspecified number of militants.", (2, None, 3)),
    # a titled name runs on past three words before the list goes on
    ("Gunmen shot dead journalist Ahmed Abdul Samad and his cameraman.", (2, 2, 2)),
    # coders' shorthand and a side's own losses
    ("Al-Musayyib market: 30 dead incl. bomber.", (30, 30, 30)),
    ("HTS fighters raided army positions, leaving 7 soldiers dead; HTS lost one fighter.",
     (8, 8, 8)),
    ("Jasim - IED hits car of ex-opposition commander; driver dead.", (1, 1, 1)),
    ("Gharanij: SDF raid, civilian shot dead inside his home.", (1, 1, 1)),
    # what others "spoke of" is another source's figure for the same dead: a range
    ("A local official said dozens were killed, while residents spoke of up to 200 bodies.",
     (24, 200, 12)),
    # a figure updated by its source
    ("Officials first announced 33 soldiers killed; the figure was later updated to 34.",
     (34, 34, 34)),
    # more verbs of dying
    ("Six members of one family suffocated after the attack.", (6, 6, 6)),
    ("Five gunmen were left dead after the shootout.", (5, 5, 5)),
    # days of mourning after an attack are no days of the attack
    ("Gunmen killed 44 worshippers, and the government declared three days of national mourning.",
     (44, 44, 44)),
    # a named person is one dead, and so is each name in a list of them
    ("Unidentified gunmen shot dead Rami Khalil Hussein outside his shop in Basra.", (1, 1, 1)),
    ("A drone strike killed militia commander Abu Fadak al-Mohammadawi and Jaafar Sadiq Ali.",
     (2, 2, 2)),
    ("Gunmen killed tribal sheikh Hamid Salman Obeid and his driver.", (2, 2, 2)),
    ("The body of lawyer Ali Jasim Mahdi was found in an orchard near Baqubah.", (1, 1, 1)),
    # ... but a capitalised group or a place is no name
    ("Another car bomb killed three on Haifa Street.", (3, 3, 3)),
    ("An air strike killed Islamic State militants near Hit.", (2, None, 3)),
    # one of the wounded dying later is one more dead
    (("A roadside bomb killed 4 soldiers and wounded 7. One of the wounded died in hospital on "
      "Friday."), (5, 5, 5)),
    (("Mortars killed a boy. A shepherd wounded in the shelling died of his injuries two days "
      "later."), (2, 2, 2)),
    ("Tribal leader Karim Dawood Salih, wounded in the ambush, died in Erbil on 3 May.", (1, 1, 1)),
    # the toll raised the next day as the wounded died: the update, not a cumulative toll
    (("Health officials counted 14 dead, raising the toll to 19 the next morning as injured "
      "people died."), (19, 19, 19)),
    # "No one killed" is a zero, not "one killed"
    ("Police detained two men at a checkpoint. No one killed.", (0, 0, 0)),
    # a range with an open top: the lower source's figure
    ("Between 30 and more than 45 fighters were killed, reports said.", (30, 46, 30)),
    # another source's figure after a semicolon, and "more than" is no "more dead"
    ("The ministry said 12 policemen were killed; the Observatory acknowledged 9.", (9, 12, 9)),
    ("A UN inquiry found 61 civilians were killed; local officials had cited more than 90 dead.",
     (61, 91, 61)),
    # another source's figure after ", while ... confirmed/cited" conflicts
    ("Activists said 5 people died in the city, while the health office confirmed 3 deaths.",
     (3, 5, 3)),
    ("Relatives said about 150 people were killed, while a police source cited about 90.",
     (90, 150, 90)),
    # "at one point" is no count, and the toll revised later replaces it
    ("The official toll, which at one point stood at 70, was later revised to 58.", (58, 58, 58)),
    # an updated toll replaces the same dead's figure, not the other side's
    (("Officials first said 9 civilians were killed and later raised the civilian toll to 11; the "
      "army said one of its soldiers died in the same shelling."), (12, 12, 12)),
    # an earlier attack's dead told in a relative clause are not this event's
    (("Villagers fled after an attack on a nearby hamlet three days earlier in which 9 people were "
      "killed."), (None, None, 0)),
    # the attackers' dead are never among their victims
    ("Gunmen stormed a wedding, killing 17 guests. The 4 attackers were shot dead by police.",
     (21, 21, 21)),
])
def test_killed(text, expected):
    assert killed(text) == expected


def test_dead_of_a_whole_campaign_are_an_aggregate():
    c = parse_casualties("Officials said hundreds of militants had been killed over the whole "
                         "six-week offensive.")
    assert c.is_aggregate and c.fatalities == 0


def test_remains_in_a_mass_grave_are_no_acled_fatalities():
    c = parse_casualties("Rescuers recovered 25 bodies from a mass grave near Raqqa.")
    assert (c.killed_min, c.killed_max, c.fatalities) == (25, 25, 0)


def test_a_period_since_an_earlier_day_is_still_a_period():
    assert parse_casualties("At least 30 people have been killed since the fighting began in "
                            "January.").is_aggregate


@pytest.mark.parametrize("text", [
    "In March, 1,100 people were killed in total, the UN mission said.",
    "Altogether 640 civilians were killed last month, a monitor said.",
    # a war's sum
    "Monitor says March was the least deadly month of the war, with 600 killed.",
    "Kurds say more than 11,000 SDF fighters died in the war against Islamic State.",
])
def test_a_period_total_is_still_an_aggregate(text):
    assert parse_casualties(text).is_aggregate


def test_a_second_source_in_the_next_clause_makes_a_range():
    m = main_event("On 2 March 2019, ISIS militants attacked an army post near Tuz Khurmatu. "
                   "The defence ministry said 6 soldiers were killed; security sources in "
                   "Kirkuk gave a toll of 4.")
    assert (m.killed_min, m.killed_max, m.fatalities) == (4, 6, 4)
    # the source's town is not the event's place
    assert m.location_text != "Kirkuk"


def test_a_number_replaces_an_unnumbered_plural_told_before():
    m = main_event("On 3 March 2019, IS gunmen shot dead villagers near Hawija. "
                   "Local officials said 14 were killed.")
    assert (m.killed_min, m.killed_max, m.fatalities) == (14, 14, 14)


def test_more_dead_told_later_are_no_conflicting_figure():
    m = main_event("On 4 March 2019, a roadside bomb killed 3 soldiers near Baiji. "
                   "Two more soldiers died later in hospital, police said.")
    assert m.killed_min >= 3 and m.fatalities >= 3


def test_a_claim_of_the_attack_is_no_toll_of_one():
    m = main_event("The number of people killed by Tuesday's car bombing in Hilla has risen to "
                   "31, officials said on Wednesday. Islamic State claimed the suicide car bomb "
                   "attack in a statement.")
    assert (m.killed_min, m.killed_max) == (31, 31)


def test_a_weekly_toll_in_a_later_sentence_is_not_a_second_source():
    m = main_event("Islamic State militants executed 12 men of the Albu Fahd tribe near Ramadi "
                   "on Monday, a tribal leader said. The killings bring to nearly 90 the number "
                   "of tribesmen reported killed by the militants this week.")
    assert (m.killed_min, m.killed_max, m.fatalities) == (12, 12, 12)


def test_the_bombers_included():
    m = main_event("On 5 March 2019, two suicide bombers blew themselves up at a checkpoint in "
                   "Samarra, resulting in 9 fatalities, the bombers included.")
    assert m.fatalities == 9


def test_a_bomber_who_died_too():
    m = main_event("On 5 March 2019, a suicide bomber blew himself up at a checkpoint in Samarra. "
                   "Two soldiers were killed, as was the bomber.")
    assert m.fatalities == 3


def test_a_charge_does_not_make_a_lynching_a_crime_story():
    m = main_event("On 6 March 2019, a crowd beat a man accused of theft to death in a market "
                   "in Kut.")
    assert (m.sub_event_type, m.fatalities) == ("Mob violence", 1)


def test_an_earlier_events_dead_are_not_this_ones():
    m = main_event("On 8 March 2019, tribal elders brokered a truce between two clans near Basra "
                   "after clashes that killed 3 people the previous week.")
    assert m.sub_event_type == "Agreement" and not m.fatalities
    # a report dating its own event "last week" keeps its toll
    m = main_event("Gunmen killed 3 soldiers near Tikrit last week, officials said on Monday.")
    assert m.fatalities == 3


def test_bodies_found_now_of_people_taken_earlier_are_this_events_dead():
    m = main_event("On 2 March 2019, the bodies of four men abducted by ISIS the previous week were "
                   "found near Qayyarah, shot in the head.")
    assert m.fatalities == 4


def test_a_body_of_fighters_is_no_corpse():
    c = parse_casualties("The factions merged into one body of some 30,000 fighters.")
    assert c.killed_min is None and c.fatalities == 0


def test_unnamed_soldiers_and_others_are_no_names():
    # "Iraqi soldiers" is a group, not one named person: an open plural plus two, not 1 + 2
    assert killed("The ambush killed Iraqi soldiers and two others.") == (2, None, 3)
    assert killed("The ambush killed Iraqi soldier Ali Hassan and two others.") == (3, 3, 3)


@pytest.mark.parametrize("text,fatalities", [
    # a bullet line whose heading is a place: the toll after the semicolon is its event's
    ("- Idlib: Regime helicopters dropped barrel bombs on Kafr Nabl; 4 civilians killed.", 4),
    # another event's dead, in a charge or a "days after" phrase, are not this event's
    ("Residents torched the home of a man accused of killing a child in Basra.", 0),
    (("The group suspended its operations in Baghdad two days after a drone attack killed "
     "three soldiers."), 0),
    # but a charge before "to death" leaves the death in the clause
    ("A crowd beat a man accused of theft to death in a market in Kut.", 1),
])
def test_whose_dead(text, fatalities):
    assert main_event(text).fatalities == fatalities


def test_a_later_toll_that_counts_the_bomber_replaces_the_bomber_only_default():
    m = main_event("A suicide bomber detonated his explosive belt among soldiers queuing for pay "
                   "at a camp in Ramadi on Sunday. 31 soldiers killed; the bomber also died.",
                   published="2016-12-19")
    assert (m.killed_min, m.fatalities) == (32, 32)


def test_a_movement_named_by_its_fighters_is_no_place():
    # "Houthi fighters" is who died, not another place: the toll stays with the event
    ms = sitrep.extract("Government forces recaptured the Harib district from the Houthis on "
                        "Wednesday, an official said. Nine soldiers and 12 Houthi fighters were "
                        "killed, he added.", published="2021-10-14", country="Yemen")
    assert ms[0].location_text != "Houthi"
    assert ms[0].fatalities == 21


def test_remains_unearthed_at_a_burial_site_are_no_acled_fatalities():
    c = parse_casualties("Excavations at a burial site uncovered the skeletal remains of at least "
                         "19 people.")
    assert (c.killed_min, c.fatalities) == (19, 0)


def test_another_sources_number_is_a_figure_and_the_lower_one_counts():
    m = main_event("On 27 March 2015, PMF fighters and ISIS clashed on the northern edge of Tikrit. "
                   "The PMF claimed to have killed 25 militants, while a local security source put "
                   "the number at 14.", published="2015-03-28")
    assert m.fatalities == 14


def test_a_place_that_only_names_the_source_does_not_split_the_toll_off():
    ms = sitrep.extract("ISIS militants shot dead members of the Albu Nimr tribe in Hit on Thursday. "
                        "Tribal sources said 46 were killed; an Anbar provincial council member put "
                        "the number at more than 200.", published="2014-11-01", country="Iraq")
    assert len(ms) == 1
    assert (ms[0].killed_min, ms[0].fatalities) == (46, 46)


def test_the_last_day_of_a_fight_is_no_period():
    c = parse_casualties("SOHR said at least 17 people were killed in the last day of fighting.")
    assert (c.killed_min, c.is_aggregate) == (17, False)
    assert parse_casualties("120 people were killed in the last two weeks.").is_aggregate


@pytest.mark.parametrize("text,fatalities", [
    # one bomber dies with each suicide blast
    ("Twin suicide blasts tore through a Baghdad market, killing 32 people.", 34),
    ("Two suicide car bombs exploded outside the building, killing 55 people and wounding 372.",
     57),
    ("A suicide bomber blew himself up at a checkpoint, killing two policemen.", 3),
    ("Two suicide bombings killed 30 people, including the bombers, in Baghdad.", 30),
    (("A suicide bomber blew himself up at our checkpoint, martyring two policemen, and the "
     "terrorist was killed."), 3),
])
def test_each_suicide_blast_has_its_bomber(text, fatalities):
    assert main_event(text).fatalities == fatalities


@pytest.mark.parametrize("text", [
    "The Pentagon said no US personnel were killed in the missile attack.",
    "No Turkish soldiers were killed, the ministry said.",
])
def test_none_of_a_named_group_killed_is_zero(text):
    assert killed(text)[:2] == (0, 0)


def test_the_bomber_among_the_dead_is_not_added_again():
    assert main_event("A suicide bomber struck mourners at a funeral tent in Tuz Khurmatu on "
                      "Friday. Nine people died, the bomber among them.").fatalities == 9


def test_a_belt_seized_is_a_disrupted_attack_with_no_bomber_dead():
    m = main_event("Suicide vest seized at Kirkuk checkpoint, wearer arrested")
    assert (m.sub_event_type, m.fatalities) == ("Disrupted weapons use", 0)


@pytest.mark.parametrize("text", [
    # a death before the event names who acted; the charge names another event
    "Relatives of a woman who died in childbirth at the hospital beat two nurses on Sunday.",
    "Police in Basra arrested two men over the 2019 killing of a protest leader.",
])
def test_an_earlier_death_behind_the_event_is_not_its_toll(text):
    assert main_event(text).fatalities == 0


def test_a_suicide_vehicle_has_its_driver_among_the_dead():
    assert main_event("A suicide vehicle rammed an army checkpoint near Baiji on Monday and "
                      "exploded; four soldiers were killed.").fatalities == 5


def test_a_suicide_driver_is_a_suicide_bombing_with_its_driver_dead():
    m = main_event("A suicide driver steered a fuel tanker into a crowd of shoppers in Hilla on "
                   "Sunday and blew it up. At least 40 people were killed.")
    assert (m.sub_event_type, m.fatalities) == ("Suicide bomb", 41)


@pytest.mark.parametrize("text,fatalities", [
    # one more of the wounded dying later is one more of the event's dead, whatever day it is
    (("Security forces fired on protesters in Basra, killing 1 protester. A second protester died "
      "of his wounds the following morning."), 2),
    (("Gunmen attacked a checkpoint in Kirkuk on Monday, killing a soldier. Another soldier died "
      "later in hospital."), 2),
    # ... and so is the same toll raised on a later day, or one named wounded dying later
    (("On 4 March 2021, police fired on marchers in Kut. At least 6 were killed on the day; the "
      "toll rose to 9 by the following evening as wounded marchers died."), 9),
    (("On 2 June 2019, a suicide bomber blew himself up at a council meeting in Tikrit, killing "
      "4 councillors. Deputy governor Salim Kadhim Aziz, wounded in the blast, died in Baghdad on "
      "10 June."), 6),
    (("On 8 May 2018, a car bomb exploded outside a mosque in Tuz Khurmatu. The health directorate "
      "toll rose to 31 by 11 May."), 31),
    # the dead of an earlier event told as background are not this one's
    (("Government air strikes pounded Hamouriyeh on Wednesday, killing 17 civilians. The strikes "
      "came a day after more than 120 people were killed across the enclave."), 17),
    (("A crowd beat to death a man suspected of planting a bomb in a Baquba market on Tuesday, "
      "minutes after the blast killed three shoppers, police said."), 1),
    # the charge ends where the sentence's own verb comes back
    ("A butcher accused of blasphemy was killed by a mob in Sokoto on Sunday, police said.", 1),
    # where people fled to is not where the fighting was
    (("The army and YBS fighters clashed in Sinuni. 1 soldier and 1 YBS fighter were killed, "
      "and several thousand residents fled towards Duhok."), 2),
    # a deal has no dead of its own: the war it ends is another event
    (("Turkey and Russia agreed in Sochi on Tuesday that Kurdish YPG fighters would withdraw 30 km "
      "from the border. The Turkish offensive has killed more than 120 civilians, a monitor said."), 0),
    # another source on the same dead, after ", while", is no clause of its own
    (("On 4 May 2015, IS militants executed dozens of tribesmen of the Albu Fahd near Ramadi. "
      "Tribal elders said 40 men were killed, while a police officer put the number at 28."), 28),
    # the speaker's place is not where it happened
    (("On 9 October 2021, Turkish jets struck a camp near Makhmour (Erbil). The Kurdistan "
      "Region health ministry said 6 people were killed."), 6),
    # a span of days: the first day takes the remainder of the toll split across them
    (("On 10 May 2017, army units fought IS militants in the Old City of Mosul. A statement "
      "later said 20 militants were killed between 10 and 12 May 2017; army losses were not given."), 8),
    # a clause that tells the other side's dead "in the same shelling" is the same event's
    (("On 3 March 2025, shells struck homes in Poonch. Officials first said 6 civilians were "
      "killed and later raised the civilian toll to 8; the army reported two of its soldiers "
      "killed in the same shelling."), 10),
    # another source's hedged figure keeps its sentence: the lowest is kept
    (("On 5 May 2024, gunmen attacked a village near Djibo. Relatives said around 150 people "
      "were killed, while a security source cited about 90."), 90),
    # a toll over "those five days" is split, the first day taking the remainder
    (("On 8 July 2022, gangs began fighting in Cite Soleil and went on until 12 July. The UN said "
      "at least 52 people were killed over those five days."), 12),
    # the same source's figure updated
    (("On 1 June 2016, a car bomb exploded at a checkpoint in Hilla. Officials first gave a toll "
      "of 18 dead, later updating it to 27."), 27),
])
def test_whose_dead_over_sentences(text, fatalities):
    assert main_event(text).fatalities == fatalities


@pytest.mark.parametrize("text,expected", [
    # a plural noun with names counts the names
    ("Gunmen killed the brothers Ahmed and Mahmoud Jassim near Hawija.", (2, 2, 2)),
    ("IS executed the shepherds Ali Salih, Omar Hamad and Jasim Khalaf in Hatra.", (3, 3, 3)),
    # but a plural with one name after it is still one name
    ("Militants killed the brothers' father Ahmed near Hawija.", (1, 1, 1)),
])
def test_plural_nouns_counted_by_their_names(text, expected):
    assert killed(text) == expected


def test_an_ordinal_dead_with_a_phrase_between_noun_and_verb():
    m = main_event("On 14 July 2016, IS militants attacked an army post near Baiji, killing an "
                   "officer and 2 soldiers; a fourth soldier wounded in the attack died on 16 July.",
                   published="2016-07-17")
    assert m.fatalities == 4


@pytest.mark.parametrize("text,aggregate", [
    ("More than 1,200 people were killed in Idlib in March, a monitor says.", True),
    ("At least 1,949 civilians were killed in violence in May.", True),
    # a day's date is no period, nor a month in a charge
    ("A car bomb killed 12 people in Baghdad in May 2016.", False),
    ("Villagers beat to death a man they suspected of taking part in a kidnapping in July.", False),
])
def test_a_months_toll_is_cumulative(text, aggregate):
    assert parse_casualties(text).is_aggregate is aggregate


@pytest.mark.parametrize("text,expected", [
    # a first toll raised later: the latest, not a cumulative toll
    ("Officials first reported 40 killed, later raising the toll to 52.", (52, 52, 52)),
    ("The ministry first reported 9 dead, then raised the toll to 11.", (11, 11, 11)),
    # the dead of another event, so noted by a coder
    (("Rebels took the town after a week of clashes. 30 killed in the fighting (coded with the "
      "earlier clashes)."), (None, None, 0)),
    # a subject pair, and one person dying later
    ("He and his driver were killed; two guards were injured.", (2, 2, 2)),
    ("A sniper shot a boy in Taiz; he died in hospital two days later.", (1, 1, 1)),
    ("He died of a heart attack in prison.", (None, None, 0)),
])
def test_tolls_told_over_time(text, expected):
    assert killed(text) == expected


@pytest.mark.parametrize("text,fatalities", [
    # the bomber already counted: "including the 2 attackers", "a figure that includes the bomber"
    (("Two attackers stormed the ministry in Tripoli before detonating explosive vests; 12 killed "
      "including the 2 attackers."), 12),
    (("A suicide bomber drove a car bomb into a police academy in Aden. Officials said 30 people "
      "were killed, a figure that includes the bomber."), 30),
])
def test_a_bomber_already_in_the_toll_is_not_added(text, fatalities):
    assert main_event(text).fatalities == fatalities


def test_a_surname_that_is_a_town_is_no_place():
    # "Ahmadi" is a town in Kuwait: read as the place, the toll's clause was another event's
    m = main_event("On 29 August 2021, a US drone strike hit a car in a compound in Kabul. 10 "
                   "civilians were killed (aid worker Zemari Ahmadi and 9 relatives).",
                   published="2021-08-30")
    assert (m.sub_event_type, m.fatalities) == ("Air/drone strike", 10)


@pytest.mark.parametrize("text", [
    # earlier dead told as background: the previous night, the preceding weeks, earlier this year
    ("Gunmen abducted a protester near Tahrir Square. 2 protesters had been shot dead near the "
     "square the previous night."),
    ("Gunmen abducted an activist in Baghdad. Dozens of protesters had been killed in the capital "
     "in the preceding weeks."),
    "IS sold 11 captives in al-Shadadi; two of them had been killed earlier this year.",
])
def test_earlier_dead_are_not_the_events(text):
    assert parse_casualties(text).fatalities == 0


def test_another_sources_figure_after_while_is_the_same_dead():
    m = main_event("On 4 August 2019, a drone strike hit a gathering at the town hall in Murzuq. The "
                   "municipal council reported at least 43 killed, while a local health official "
                   "gave 42.", published="2019-08-05")
    assert (m.sub_event_type, m.fatalities) == ("Air/drone strike", 42)


@pytest.mark.parametrize("text,want", [
    (("Gunmen opened fire in a school; 6 pupils died at the scene and a seventh in hospital "
     "later that day."), 7),
    ("Two soldiers died on Monday and a third on Tuesday after the ambush.", 3),
    ("Three people died and a fourth was wounded.", 3),  # the fourth is wounded, not dead
])
def test_one_more_dead_with_the_verb_said_once(text, want):
    assert killed(text)[2] == want


def test_an_expert_is_a_person_counted_among_the_dead():
    assert killed("A British journalist and a Brazilian Indigenous affairs expert were shot "
                  "dead on the river.")[2] == 2


@pytest.mark.parametrize("text,published,country,want", [
    # the third of four days: 53 // 4 = 13 (the first day, 23 February, would take 14)
    (("On 25 February 2020, Hindu and Muslim mobs clashed for a third day in Maujpur (North East "
     "Delhi, Delhi), burning houses and shops. Police later said 53 people were killed in the "
     "riots between 23 and 26 February."), "2020-02-28", "India", 13),
    (("On 23 February 2020, mobs clashed in Maujpur (North East Delhi, Delhi). Police later said "
     "53 people were killed in the riots between 23 and 26 February."), "2020-02-28", "India", 14),
    # an abbreviated month after May ("Jun") is June, not the month before it
    (("On 25 Jun 2020, mobs clashed for a third day in Maujpur (North East Delhi, Delhi). Police "
      "later said 53 people were killed in the riots between 23 and 26 Jun."), "2020-06-28",
     "India", 13),
    # a span over a month's end, the event on its last day
    (("On 2 December 2017, fighting between Houthi forces and forces loyal to Saleh continued for "
     "a fourth day in Sanaa (Amanat al Asimah). The ICRC said 125 people had been killed in the "
     "city over the four days from 29 November to 2 December."), "2017-12-05", "Yemen", 31),
])
def test_an_event_on_a_later_day_of_a_span_takes_the_plain_share(text, published, country, want):
    ms = sitrep.extract(text, published=published, country=country)
    assert ms[0].fatalities == want


@pytest.mark.parametrize("text,want", [
    # a number set off by commas after one person is an age
    ("Shelling kills man, 71, in a village near the front line", (1, 1, 1)),
    ("Gunmen kill shopkeeper, 45, and his son outside their home", (2, 2, 2)),
    # "beat to death and set alight a ...": the victim after both verbs
    ("A crowd beat to death and set alight a bus driver accused of insulting the prophet.", (1, 1, 1)),
    ("Crowd stones, burns teacher to death over rumour", (1, 1, 1)),
    # the loser's own dead, said by the other side of a battle, add to the first side's
    ("Officials said three soldiers were killed, while the rebels said they lost six fighters.",
     (9, 9, 9)),
    # ... but the same side's two counts of its own dead conflict
    ("The army said it killed 40 militants, while the militants said they lost only 9 fighters.",
     (9, 40, 9)),
    # "N were among the dead": the other side's dead add, the same people's are a subset
    ("Troops killed 15 insurgents, while villagers said two soldiers were among the dead.",
     (17, 17, 17)),
    ("A bomb killed 12 people at the market; four children were among the dead.", (12, 12, 12)),
    # a revised toll replaces the earlier one it names
    ("The strike killed 51 people, the ministry said, revising up its earlier toll of 20.",
     (51, 51, 51)),
    # "killing what officials described as 'several militants'"
    ("Jets struck a cave, killing what the army described as 'several terrorists'.", (3, 9, 3)),
    # a verb whose object is always a person: an unknown noun is still one dead
    ("Gunmen shot dead a well-known poet and blogger outside a cafe.", (1, 1, 1)),
    # a subject the longest reading cannot count: a shorter one inside it can
    ("Witnesses in the district reported several dead among the attackers.", (3, 9, 3)),
])
def test_session_20_constructions(text, want):
    assert killed(text) == want


def test_a_bare_figure_of_another_source_stays_with_its_sentence():
    # ", while SOHR counted 86, including 30 children": not a clause of its own
    m = main_event("On 4 April 2017, aircraft dropped a sarin munition on a town in Idlib. "
                   "Local doctors reported 91 dead, while a monitor counted 84, including 28 "
                   "children.", published="2017-04-06")
    assert (m.killed_min, m.killed_max, m.fatalities) == (84, 91, 84)


def test_in_a_place_alone_gives_part_of_the_event_told_before():
    ms = sitrep.extract("On 3 March 2018, warplanes pounded towns across Eastern Ghouta; in "
                        "Hamouriyah alone, at least 19 people died.",
                        published="2018-03-05", country="Syria")
    assert len(ms) == 1 and ms[0].sub_event_type == "Air/drone strike"
    assert ms[0].fatalities == 19


@pytest.mark.parametrize("text,want", [
    # ACLED actor names inside a count: the years and the colon are no break
    ("2 soldiers of the Military Forces of Iraq (2014-) were killed near Kirkuk.", (2, 2, 2)),
    ("A bomb killed 3 HTS: Hayat Tahrir al Sham members and a civilian.", (4, 4, 4)),
    # another source's claim told with its own verb
    ("Gunmen executed at least 12 men, a monitor said. State media claimed the gunmen had "
     "killed 90 people.", (12, 90, 12)),
    # "while X told reporters that ...": another source
    ("Police said one officer was killed, while a local official told reporters that two "
     "officers had died.", (1, 2, 1)),
    # "them" after the people counted before
    ("Gunmen stopped a minibus, pulled out 3 teachers and shot them dead.", (3, 3, 3)),
    # one more dead told by how he was hit
    ("Two fighters were killed, and a shepherd was hit by a stray bullet and died.", (3, 3, 3)),
    ("A woman was killed at the scene, and another marcher who was shot in the chest died "
     "in hospital.", (2, 2, 2)),
    ("A policeman fell to his death during the clashes.", (1, 1, 1)),
    # "both": two
    ("Five people were killed and both attackers were shot dead.", (7, 7, 7)),
    # a scare-quoted noun
    ("The army said dozens of 'terrorists' were killed.", (24, 99, 12)),
    # the same source's later figure updates its first
    ("The agency first reported 40 dead; the same agency later reported 55, including 9 "
     "children.", (55, 55, 55)),
    # two sides' own dead, each told by its own side
    ("One ministry said five of its soldiers were killed; the other said three of its "
     "servicemen died.", (8, 8, 8)),
    # a subset word after a count
    ("Villagers found the bodies of 11 men, some with their hands bound.", (11, 11, 11)),
    # raiders are combatants: a side of their own
    ("Four cattle raiders were killed and one soldier died in the exchange of fire.", (5, 5, 5)),
])
def test_session_20_second_constructions(text, want):
    assert killed(text) == want


def test_a_speaker_reporting_its_own_dead_is_a_side():
    # "a YBS statement reported 2 of its fighters dead": the YBS's dead, beside the army's
    assert killed("Troops clashed with the YBS near Sinuni. The army said one soldier was "
                  "killed; a YBS statement reported 2 of its fighters dead.") == (3, 3, 3)


@pytest.mark.parametrize("text,want", [
    # "put militant losses at 20": the other side's dead, added
    ("The army said 10 soldiers were killed and put militant losses at 20.", (30, 30, 30)),
    # the remains said to be of so many people
    ("Prosecutors said the remains belonged to at least 7 people.", (7, 7, 7)),
])
def test_session_20_third_constructions(text, want):
    assert killed(text) == want


def test_an_acknowledged_figure_after_a_semicolon_is_another_sources():
    m = main_event("On 29 August 2016, rebels captured Halfaya from regime forces. Opposition "
                   "sources said 18 soldiers were killed; state media acknowledged 6.",
                   published="2016-08-31")
    assert (m.killed_min, m.killed_max, m.fatalities) == (6, 18, 6)
