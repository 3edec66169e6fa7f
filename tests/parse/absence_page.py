"""The small committee page the absence tests fill in (issue 11): a members line or absence sentence in its header
(`head`), one item's decision text (`decision`) and a second item after it, so a test sees which of the two an
absence belongs to. Invented words and names; one page for both absence test modules, not a copy in each."""
PAGE = """Referat
Havneudvalget
Mødedato: 3. april 2025 kl. 15:00
{head}

1. Ny belysning ved lystbådehavnen
Sagsfremstilling
Forvaltningen foreslår nye lamper langs molen.
Beslutning
{decision}

2. Eventuelt
Beslutning
Intet.
"""
