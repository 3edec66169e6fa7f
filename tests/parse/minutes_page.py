"""An invented minutes page with one decision block to fill in ('{block}' under item 1's Indstilling), item 2 a
plain 'Beslutning' / 'Intet.': the page the decision-head tests read, as printed and flattened."""

MINUTES = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024
Mødetidspunkt: 16:00
Mødested: Rådhuset, mødelokale 1
Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)

1. Trafiksikkerhedsplan 2024
Sagsnr.: 24/1234
Sagsfremstilling
Forvaltningen har udarbejdet et udkast til en trafiksikkerhedsplan.
Indstilling
Forvaltningen indstiller, at planen godkendes.
{block}

2. Eventuelt
Beslutning
Intet.
"""
