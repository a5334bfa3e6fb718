"""Attack against Armed clash read over all the sentences of an event."""


def test_defenders_fighting_back_make_an_attack_a_clash(run):
    _, ms = run("Islamic State militants crossed the river on Monday and attacked the town of "
                "Baghdadi, officials said. Tribal fighters and soldiers fought the attackers for "
                "several hours until the militants retreated.", country="Iraq")
    assert ms[0].sub_event_type == "Armed clash"
    assert ms[0].event_type == "Battles"


def test_an_attack_on_named_civilians_stays_an_attack_whatever_follows(run):
    _, ms = run("Gunmen attacked a wedding party near Tuz Khurmatu on Monday, killing nine "
                "guests. Police later clashed with the gunmen on the main road.", country="Iraq")
    assert ms[0].sub_event_type == "Attack"


def test_women_and_children_among_tribe_members_killed_is_an_attack(run):
    _, ms = run("Militants killed 41 members of the Albu Fahd tribe, some of them women and "
                "young children, near Ramadi on Tuesday.", country="Iraq")
    assert ms[0].event_type == "Violence against civilians"
    assert ms[0].sub_event_type == "Attack"


def test_captured_fighters_killed_later_is_an_attack(run):
    _, ms = run("Islamic State fighters killed 18 Albu Nimr tribesmen near Haditha on Sunday, "
                "a tribal sheikh said. He said the tribesmen had been seized at a checkpoint "
                "and were shot one by one.", country="Iraq")
    assert ms[0].sub_event_type == "Attack"


def test_militants_killing_soldiers_is_still_a_clash(run):
    _, ms = run("Islamic State militants killed six soldiers near Baiji on Sunday.",
                country="Iraq")
    assert ms[0].sub_event_type == "Armed clash"


def test_clashes_told_after_an_attack_on_a_town_make_it_a_clash(run):
    _, ms = run("On 22 October 2016, IS attacked Kirkuk city. Clashes lasted all day. 46 "
                "militants, 18 ISF members and 6 civilians were killed.", country="Iraq")
    assert ms[0].sub_event_type == "Armed clash"
    assert ms[0].actor1 == "Islamic State" and ms[0].inter2 != 7
