"""Word lists for demo documents: real municipality names, committees, people, case titles and
outcome phrases. Kept as plain tuples so generation is fast and deterministic for a seed."""
from __future__ import annotations

# (name, council body). Real municipalities; committee names as they commonly print.
MUNICIPALITIES: tuple[tuple[str, str], ...] = (
    ("Aarhus", "Byrådet"), ("København", "Borgerrepræsentationen"),
    ("Norddjurs", "Kommunalbestyrelsen"), ("Fredensborg", "Byrådet"),
    ("Odense", "Byrådet"), ("Aalborg", "Byrådet"), ("Vejle", "Byrådet"),
    ("Kalundborg", "Kommunalbestyrelsen"), ("Syddjurs", "Kommunalbestyrelsen"),
    ("Holbæk", "Kommunalbestyrelsen"), ("Silkeborg", "Byrådet"), ("Randers", "Byrådet"),
    ("Horsens", "Byrådet"), ("Gribskov", "Byrådet"), ("Lejre", "Kommunalbestyrelsen"),
    ("Skanderborg", "Byrådet"), ("Viborg", "Byrådet"), ("Herning", "Byrådet"), ("Næstved", "Byrådet"),
    ("Køge", "Byrådet"), ("Roskilde", "Byrådet"), ("Svendborg", "Byrådet"), ("Faxe", "Byrådet"),
    ("Esbjerg", "Byrådet"), ("Kolding", "Byrådet"), ("Hjørring", "Byrådet"),
    ("Thisted", "Kommunalbestyrelsen"),
    # the other 71, so a national corpus has every municipality (appended: the first 27 keep their output)
    ("Albertslund", "Kommunalbestyrelsen"), ("Allerød", "Kommunalbestyrelsen"), ("Assens", "Byrådet"),
    ("Ballerup", "Kommunalbestyrelsen"), ("Billund", "Byrådet"), ("Bornholm", "Kommunalbestyrelsen"),
    ("Brøndby", "Kommunalbestyrelsen"), ("Brønderslev", "Byrådet"), ("Dragør", "Kommunalbestyrelsen"),
    ("Egedal", "Kommunalbestyrelsen"), ("Fanø", "Kommunalbestyrelsen"), ("Favrskov", "Byrådet"),
    ("Fredericia", "Byrådet"), ("Frederiksberg", "Kommunalbestyrelsen"), ("Frederikshavn", "Byrådet"),
    ("Frederikssund", "Byrådet"), ("Furesø", "Kommunalbestyrelsen"),
    ("Faaborg-Midtfyn", "Kommunalbestyrelsen"), ("Gentofte", "Kommunalbestyrelsen"),
    ("Gladsaxe", "Kommunalbestyrelsen"), ("Glostrup", "Kommunalbestyrelsen"), ("Greve", "Kommunalbestyrelsen"),
    ("Guldborgsund", "Byrådet"), ("Haderslev", "Byrådet"), ("Halsnæs", "Byrådet"), ("Hedensted", "Byrådet"),
    ("Helsingør", "Byrådet"), ("Herlev", "Kommunalbestyrelsen"), ("Hillerød", "Byrådet"),
    ("Holstebro", "Byrådet"), ("Hvidovre", "Kommunalbestyrelsen"), ("Høje-Taastrup", "Kommunalbestyrelsen"),
    ("Hørsholm", "Kommunalbestyrelsen"), ("Ikast-Brande", "Byrådet"), ("Ishøj", "Kommunalbestyrelsen"),
    ("Jammerbugt", "Byrådet"), ("Kerteminde", "Byrådet"), ("Langeland", "Kommunalbestyrelsen"),
    ("Lemvig", "Byrådet"), ("Lolland", "Kommunalbestyrelsen"), ("Lyngby-Taarbæk", "Kommunalbestyrelsen"),
    ("Læsø", "Kommunalbestyrelsen"), ("Mariagerfjord", "Byrådet"), ("Middelfart", "Byrådet"),
    ("Morsø", "Kommunalbestyrelsen"), ("Nordfyn", "Byrådet"), ("Nyborg", "Byrådet"), ("Odder", "Byrådet"),
    ("Odsherred", "Kommunalbestyrelsen"), ("Rebild", "Byrådet"), ("Ringkøbing-Skjern", "Byrådet"),
    ("Ringsted", "Byrådet"), ("Rudersdal", "Kommunalbestyrelsen"), ("Rødovre", "Kommunalbestyrelsen"),
    ("Samsø", "Kommunalbestyrelsen"), ("Skive", "Byrådet"), ("Slagelse", "Byrådet"),
    ("Solrød", "Kommunalbestyrelsen"), ("Sorø", "Byrådet"), ("Stevns", "Kommunalbestyrelsen"),
    ("Struer", "Byrådet"), ("Sønderborg", "Byrådet"), ("Tønder", "Byrådet"), ("Tårnby", "Kommunalbestyrelsen"),
    ("Vallensbæk", "Kommunalbestyrelsen"), ("Varde", "Byrådet"), ("Vejen", "Byrådet"),
    ("Vesthimmerland", "Byrådet"), ("Vordingborg", "Kommunalbestyrelsen"), ("Ærø", "Kommunalbestyrelsen"),
    ("Aabenraa", "Byrådet"),
)

# Fagudvalg (full name, abbreviation used in "Sagsgang" lines).
COMMITTEES: tuple[tuple[str, str], ...] = (
    ("Arbejdsmarkedsudvalget", "AU"),
    ("Børne- og Ungdomsudvalget", "BUU"),
    ("Teknik- og Miljøudvalget", "TMU"),
    ("Social- og Sundhedsudvalget", "SSU"),
    ("Kultur- og Fritidsudvalget", "KFU"),
    ("Klima- og Planudvalget", "KPU"),
)
FINANCE = ("Økonomiudvalget", "ØK")
COUNCIL_ABBREV = "KB"

FIRST_NAMES = (
    "Anne", "Mette", "Jens", "Lars", "Hanne", "Søren", "Birgitte", "Morten", "Kirsten", "Jørgen", "Rasmus",
    "Pia", "Ole", "Lene", "Niels", "Camilla", "Anders", "Helle", "Thomas", "Mads", "Susanne", "Bjørn",
    "Karen", "Peter", "Louise", "Mikkel", "Tove", "Frederik", "Ida", "Kasper",
)
MIDDLE_NAMES = ("", "", "", "Møller", "Bæk", "Holm", "Skov", "Dahl", "Lund", "Kjær")
LAST_NAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
    "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Knudsen",
    "Mortensen", "Møller", "Østergaard", "Bøgh", "Kjærgaard", "Frølund",
)
PARTIES = ("A", "V", "C", "F", "Ø", "O", "I", "B", "D", "M", "Æ", "Å")

TOPICS = (
    "skolestruktur i {by}", "renovering af {by} Svømmehal", "lokalplan for boliger ved {sted}",
    "budgetopfølgning pr. 31. {maaned}", "kvalitetsrapport for dagtilbud", "udbud af vintertjeneste",
    "trafiksikkerhedsplan", "tilskud til foreningslivet", "ældrepolitik og værdighedspolitik",
    "klimahandleplan", "anlægsbevilling til cykelsti ved {sted}", "takster for hjemmepleje",
    "velfærdsaftale på beskæftigelsesområdet", "helhedsplan for {sted}", "salg af byggegrund på {sted}",
    "ny vandforsyningsplan", "ungdomsskolens virksomhedsplan", "sundhedspolitik",
    "kommuneplantillæg for {sted}", "forlængelse af driftsaftale om {by} Bibliotek",
)
TITLE_PREFIXES = (
    "Godkendelse af", "Orientering om", "Drøftelse af", "Beslutning om", "Høring om", "Status på",
    "Frigivelse af midler til", "Evaluering af",
)
LONG_SUFFIXES = (
    "endelig vedtagelse efter offentlig høring og behandling af de indkomne bemærkninger",
    "anlægsbevilling og frigivelse af rådighedsbeløb til projektering og udførelse",
    "opfølgning på budgetforliget og de tværgående effektiviseringer i forvaltningerne",
)
PLACES = (
    "Skovvej", "Møllebakken", "Havnen", "Nørregade", "Østre Ringvej", "Bakkegården", "Ådalen", "Søndermarken",
    "Kirkebakken", "Stationsområdet", "Fjordparken", "Lindholm",
)
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")

OUTCOMES_COMMITTEE = ("Anbefales.", "Indstillingen anbefales.", "Anbefales med de faldne bemærkninger.",
                      "Oversendes til {next}.", "Udsat.")
OUTCOMES_FINAL = ("Godkendt.", "Taget til efterretning.", "Indstillingen godkendt.", "Drøftet.", "Udsat.")

SENTENCES = (
    "Sagen har været drøftet i forvaltningens ledergruppe, og der er enighed om det videre forløb.",
    "Forvaltningen vurderer, at forslaget kan gennemføres inden for den eksisterende økonomiske ramme.",
    "Der har været afholdt borgermøde, hvor der kom en række gode input til det videre arbejde.",
    "Tidsplanen forudsætter, at projektet igangsættes i løbet af {maaned} måned.",
    "Høringssvarene er samlet i vedlagte bilag sammen med forvaltningens bemærkninger.",
    "Sagen forelægges udvalget med henblik på en drøftelse af de fremtidige rammer for området.",
    "Udgifterne afholdes af den afsatte pulje på {beloeb} mio. kr. i budget {aar}.",
    "Der er ikke personalemæssige konsekvenser af forslaget.",
    "Området har gennem de seneste år oplevet en stigning i antallet af borgere, der har brug for hjælp.",
    "Forvaltningen har indhentet tilbud fra tre leverandører, og det økonomisk mest fordelagtige er valgt.",
)
SECTION_SETS = (
    ("Sagsfremstilling", "Økonomiske konsekvenser", "Indstilling"),
    ("Sagsfremstilling", "Sammenhæng til andre politikker/strategier og fagområder",
     "Økonomiske konsekvenser", "Indstilling"),
    ("Resume", "Sagsfremstilling", "Høring", "Økonomiske konsekvenser", "Indstilling"),
)
ATTACHMENTS = (
    "Notat om {emne}", "Høringssvar vedr. {emne}", "Tidsplan", "Økonomisk oversigt", "Kortbilag",
    "Udkast til aftale", "Referat fra dialogmøde", "Bilag til {emne}", "Præsentation fra temamøde",
)
CLOSED_TITLES = (
    "Personalesag", "Salg af ejendom", "Status sygefravær", "Ansættelse af direktør", "Erstatningssag",
    "Udbud af rammeaftale", "Køb af areal", "Klage over afgørelse",
)
LOCATIONS = ("Mødelokale 1, Rådhuset", "Byrådssalen", "Udvalgsværelset", "Kommunalbestyrelsessalen",
             "Mødelokale 2", "Borgerservicecentret")
