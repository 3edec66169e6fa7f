from sagsgang.parse.people import absent_in_sentences, split_names


def test_name_lists_keep_party_letters():
    assert split_names("Marianne Kiærulff (V) og Tuncay Yilmaz (A).") == ["Marianne Kiærulff (V)", "Tuncay Yilmaz (A)"]
    assert split_names("Jan Lysgaard Thomsen, Michael Gravesen, Michel van der Linden") == [
        "Jan Lysgaard Thomsen", "Michael Gravesen", "Michel van der Linden"]
    assert split_names("Ingen") == []


def test_absence_sentences():
    assert absent_in_sentences("Godkendt. Thure Hastrup deltog ikke i sagens behandling.") == ["Thure Hastrup"]
    assert absent_in_sentences("Rådmand Nicolaj Bang og Jesper Kjeldsen deltog ikke i sagens behandling.") == [
        "Nicolaj Bang", "Jesper Kjeldsen"]
    assert absent_in_sentences("Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.") == [
        "Liv Gro Jensen"]
    assert absent_in_sentences("Hanne Ringgaard Møller (B) var fraværende.") == ["Hanne Ringgaard Møller (B)"]
    assert absent_in_sentences("Solveig Munk kunne ikke tiltræde indstillingen.") == []


def test_capitalised_headings_are_not_people():
    assert split_names("ÅBNE SAGER") == []


def test_bulleted_and_table_piped_names():
    assert split_names("• Rita Byskov") == ["Rita Byskov"]
    assert split_names("Peder Hansen, Tonni Hansen |") == ["Peder Hansen", "Tonni Hansen"]


def test_more_ways_minutes_say_someone_was_away():
    from sagsgang.parse.people import ABSENT_LABEL, absent_in_sentences
    assert absent_in_sentences("Godkendt. Hans Jensen (V) deltog ikke.") == ["Hans Jensen (V)"]
    assert absent_in_sentences("Anbefales. Lise Holm havde forfald.") == ["Lise Holm"]
    assert absent_in_sentences("Mette Ekstrøm og Maja Torp Nielsen var ikke til stede.") == [
        "Mette Ekstrøm", "Maja Torp Nielsen"]
    assert absent_in_sentences("Ole Bak var forhindret.") == ["Ole Bak"]
    assert absent_in_sentences("Sagen deltog ikke nogen i.") == []
    assert ABSENT_LABEL.match("Ikke til stede: Ole Bak").group("rest") == "Ole Bak"


def test_absence_said_with_the_label_first_or_other_verbs():
    assert absent_in_sentences("Godkendt. Afbud fra Jens Hansen.") == ["Jens Hansen"]
    assert absent_in_sentences("Anbefales. Fraværende var Jens Hansen og Mette Frederiksen.") == [
        "Jens Hansen", "Mette Frederiksen"]
    assert absent_in_sentences("Godkendt. Ikke til stede: Ole Bach (V).") == ["Ole Bach (V)"]
    assert absent_in_sentences("Godkendt. Jens Hansen har meldt forfald.") == ["Jens Hansen"]
    assert absent_in_sentences("Godkendt, idet Jens Hansen ikke deltog.") == ["Jens Hansen"]
    assert absent_in_sentences("Ole Bach forlod mødet under behandlingen af punktet.") == ["Ole Bach"]
    # leaving after this item, or sending the case on, names nobody absent here
    assert absent_in_sentences("Ole Bach forlod mødet kl. 19.") == []
    assert absent_in_sentences("Godkendt. Sagen sendes til Byrådet.") == []


def test_a_members_table_read_row_by_row_and_parties_after_a_dash():
    assert split_names("Navn Parti Anne Hansen A Bo Jensen V Carl Nielsen C", run_on=True) == [
        "Anne Hansen A", "Bo Jensen V", "Carl Nielsen C"]  # the column heads are no name
    assert split_names("Anne Hansen - A, Bo Jensen - V og Carl Nielsen - C") == [
        "Anne Hansen - A", "Bo Jensen - V", "Carl Nielsen - C"]


def test_absence_sentences_keep_a_party_printed_after_a_comma():
    # 'Erling Larsen, (A)' is the annotation rules' own example of a name as printed
    assert absent_in_sentences("Godkendt. Erling Larsen, (A) og Bo Holm, (V) var fraværende.") == [
        "Erling Larsen, (A)", "Bo Holm, (V)"]
    assert absent_in_sentences("Godkendt. Anne Hansen, V deltog ikke i behandlingen.") == ["Anne Hansen, V"]
    assert absent_in_sentences("Godkendt. Afbud: Anne Hansen (A)") == ["Anne Hansen (A)"]


def test_a_name_in_capitals_with_its_party_is_a_person():
    """A header printed in capitals prints its members so too ('JENS HANSEN (A)'): the party in brackets tells a
    person from a heading in capitals ('ÅBNE SAGER'), which carries none."""
    from sagsgang.parse.people import clean_name

    assert clean_name("JENS HANSEN (A)") == "JENS HANSEN (A)"
    assert clean_name("ÅBNE SAGER") is None


def test_every_office_before_a_name_goes_in_either_form():
    """The council's offices before a name, also in their definite form and with an ordinal ('Formanden Anne Hansen',
    'Gruppeformand Bo Lund (V)', '1. viceborgmester …'), and a staff member's title: one list (members.ROLE_TITLE)
    for the name cleaners of people and members."""
    from sagsgang.parse.people import clean_name

    assert clean_name("Formanden Anne Hansen") == "Anne Hansen"
    assert clean_name("Gruppeformand Bo Lund (V)") == "Bo Lund (V)"
    assert clean_name("Borgerrepræsentant Anne Hansen (Ø)") == "Anne Hansen (Ø)"
    assert clean_name("1. viceborgmester Anne Hansen (A)") == "Anne Hansen (A)"
    assert clean_name("Kommunaldirektør Bo Lund") == "Bo Lund"
