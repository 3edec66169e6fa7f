"""Where the titles of a transcript's contents list begin and end when its numbers were lost, read from the shape
of the whole run (issue 11, parse/run_shape.py, and the bullet in parse/title_tidy.py): a plan whose number was
lost goes on with its name, a run of committee tags starts titles at its tags only, a common noun after a dash
ends a title 'Name - Action' and the name opens it, a capitalised participle, a name's genitive or a budget whose
year was lost goes on with its title (and a plan with its code), a run whose titles open or end on the same
words starts or ends them there, and a lone 'O' is a bullet. Real tune pages where the corpus is present
(skipped otherwise), and small literal runs in the same shapes."""
from __future__ import annotations

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import cut_pieces, split_points, split_titles

from .corpus_pages import extra_page


def _page(name: str):
    page = extra_page(name)
    return parse_file(page)


def _titles(name: str) -> list[str | None]:
    return [it.title for it in _page(name).items]


# --- real tune transcripts ----------------------------------------------------------------------------------------

def test_tag_led_run_starts_titles_at_its_tags_only() -> None:
    titles = _titles("x0141.txt")
    assert "ØU - Det Fælleskommunale Huslejenævn for Roskilde og Lejre Kommuner for perioden 1. januar 2010 til " \
           "31. december" in titles
    assert "BU - Genoptaget. Frigivelse af midler til konsulentbistand dagtilbudskøkkener" in titles
    assert "Frigivelse af midler til konsulentbistand dagtilbudskøkkener" not in titles


def test_plan_whose_number_was_lost_goes_on_with_its_name() -> None:
    titles = _titles("x0170.txt")
    assert "Endelig godkendelse af Lokalplan Udvidelse af golfbane ved Langesø Gods" in titles
    assert "Endelig godkendelse af Lokalplan" not in titles


def test_common_noun_after_a_dash_ends_the_title() -> None:
    titles = _titles("x0171.txt")
    assert "Bogense Havn og Marina - Investeringsplan" in titles
    assert "Regler for anvisning af kommunale lokaler og anlæg" in titles
    titles = _titles("x0310.txt")
    assert "Boligselskabet L.A.B. Fyn, afd. Elmehaven, Otterup - Huslejefastsættelse" in titles
    assert "Boligselskabet L.A.B. Fyn, afdeling 05-19, Otterup - Huslejeforhøjelse" in titles


def test_budget_whose_year_was_lost_goes_on_with_its_title() -> None:
    titles = _titles("x0171.txt")
    assert "Budget Budgetbemærkninger for Erhvervs- og Fritidsudvalgets område" in titles
    assert "Budget Budgetønsker fra institutionerne" in titles
    assert "Budget" not in titles


def test_name_before_a_dash_opens_its_title() -> None:
    titles = _titles("x0305.txt")
    assert "Ansøgning om tilskud til renovering af undervisningsfaciliteter på Design Højskolen Højer" in titles
    assert "Tønder Sport- og Fritidscenter - Budgetforslag" in titles
    titles = _titles("x0290.txt")
    assert "Ansøgninger til Start- og Udviklingspuljen" in titles
    assert "Skiveegnens Landboungdom - Klage over afslag på godkendelse som en Folkeoplysende forening" in titles


def test_plan_code_goes_on_with_its_plan() -> None:
    assert "Aflysning af lokalplan E-2.1 (Panther Plast) erhvervsområde øst for Københavnsvej" in _titles("x0116.txt")


def test_titles_ending_on_the_same_words_end_there() -> None:
    titles = _titles("x0303.txt")
    assert "Lokalplan Tjærebyvang 2 - byggemodning Ansøgning om anlægsbevilling" in titles
    assert "Lokalplan 506, Tjærbyvang 2. etape, byggemodning - kloakanlæg. Ansøgning om anlægsbevilling" in titles


def test_capitalised_participle_goes_on_with_its_noun() -> None:
    titles = _titles("x0215.txt")
    assert "Anlæg af ny skole til den Forberedende Grunduddannelse for unge (FGU) (SAMU, BUU, PBU)" in titles


def test_genitive_of_a_name_goes_on_with_what_it_owns() -> None:
    assert "Randers kommunes Kunstfond - regnskab og b" in _titles("x0303.txt")


def test_lone_o_is_a_bullet() -> None:
    titles = _titles("x0289.txt")
    assert "Kunst i Varde Sommerland" in titles
    assert "Aftenskolernes forbrug i" in titles


def test_bilag_list_whose_titles_open_on_the_same_words() -> None:
    item = next(it for it in _page("x0190.txt").items if it.number == "2")
    assert [a.title for a in item.attachments] == [
        "De Enkelte Fagudvalgs Omplaceringer", "De Enkelte Fagudvalgs Tillægsbevillingsansøgninger",
        "Takstændringer Dagtilbud"]


# --- small literal runs in the same shapes ------------------------------------------------------------------------

def test_literal_tag_led_run() -> None:
    run = "KB - Valg af suppleant BU - Genoptaget. Frigivelse af midler til skolen TM - Vejplan for Nordby"
    assert split_titles(run) == ["KB - Valg af suppleant", "BU - Genoptaget. Frigivelse af midler til skolen",
                                 "TM - Vejplan for Nordby"]


def test_literal_plan_and_dashed_noun() -> None:
    assert split_titles("Endelig vedtagelse af Lokalplan Ombygning af skolen i Nordby") == [
        "Endelig vedtagelse af Lokalplan Ombygning af skolen i Nordby"]
    assert split_titles("Nordby Idrætsforening - Investeringsplan Regler for udlån af lokaler") == [
        "Nordby Idrætsforening - Investeringsplan", "Regler for udlån af lokaler"]


def test_literal_budget_opening() -> None:
    assert split_titles("Salg af grunde i Nordby Budget Budgetønsker fra skolerne Regnskab for havnen") == [
        "Salg af grunde i Nordby", "Budget Budgetønsker fra skolerne", "Regnskab for havnen"]


def test_literal_name_before_a_dash() -> None:
    assert split_titles("Salg af grund i Nordby Sydby Golfklub - Ansøgning om tilskud") == [
        "Salg af grund i Nordby", "Sydby Golfklub - Ansøgning om tilskud"]


def test_literal_repeated_ending() -> None:
    assert split_titles("Vejplan Nordby Godkendelse af budget Vejplan Sydby - anlæg. Godkendelse af budget") == [
        "Vejplan Nordby Godkendelse af budget", "Vejplan Sydby - anlæg. Godkendelse af budget"]


def test_literal_repeated_opening() -> None:
    assert split_titles("Skema A Nordby Boliger Skema A Sydby Boliger Budget for vejene") == [
        "Skema A Nordby Boliger", "Skema A Sydby Boliger", "Budget for vejene"]


def test_a_firms_name_stays_in_the_title_that_names_it() -> None:
    """A firm's name ('Greve Spildevand A/S') ends on its company form; it is what the title before it is about,
    never a title alone, so where the lost numbers ask for more titles the cut falls after it, not before it,
    whatever word stands before the name (here a noun in its indefinite form)."""
    span = ("Mosede Fort, forundersøgelse og fundraising Kommunal lånegaranti Greve Spildevand A/S "
            "Nye regler fra 1. januar")
    pieces = [piece.strip() for _, piece in cut_pieces(span, split_points(span, 3))]
    assert pieces == ["Mosede Fort, forundersøgelse og fundraising", "Kommunal lånegaranti Greve Spildevand A/S",
                      "Nye regler fra 1. januar"]
