"""Leaving the meeting while a case is treated, in the verbs minutes print for it.

A member who leaves the room for a case (as an inhabil member must) is that decision's absentee. Minutes say so with
'forlod' ('X forlod mødet under behandlingen af punktet') or with 'fratrådte', the verb of stepping down from the
meeting for a while ('X fratrådte under sagens behandling', 'X erklærede sig inhabil og fratrådte mødet'); and they
may put the leaving first, as a clause before the verb of not taking part ('X forlod mødet kl. 18.00 og deltog ikke
i behandlingen af punktet'). One place for these verbs, so every reader of an absence sentence (people.py) knows
both. 'fratrådte' is read only with the case or the meeting beside it, or after 'inhabil og': alone it may say that
someone left a post ('Direktøren fratrådte sin stilling'), no absence.
"""
from __future__ import annotations

# the rooms a member leaves, and the hour that may stand between ('forlod mødet kl. 17.30 under …')
_ROOM = r"(?:mødet|lokalet|salen|mødelokalet|byrådssalen)"
_HOUR = r"(?:\s+kl\.?\s*\d{1,2}[.:]\d{2})?"
# stepping out, the verbs with 'ud' ('udtrådte', 'trådte ud', 'gik ud'), maybe of the room ('gik ud af salen'): as
# 'fratrådte', said of the meeting for a while, read only with the case beside it or after 'inhabil og'
_STEPPED_OUT = rf"(?:udtrådte|trådte\s+ud|gik\s+ud)(?:\s+af\s+{_ROOM})?"
# the verb of leaving with its room: 'forlod mødet', 'havde forladt salen', 'fratrådte (mødet)', 'trådte ud'
_LEFT = rf"(?:(?:havde\s+forladt|forlod)\s+{_ROOM}|fratrådte(?:\s+{_ROOM})?|{_STEPPED_OUT})"

# left while the case was treated, or before it: '… under/ved behandlingen', '… inden punktet', '… før sagens
# behandling'; or left for being inhabil, the reason after the verb ('forlod mødet pga. inhabilitet'): away for this
# case, as after 'inhabil og'
LEFT_DURING_CASE = (rf"{_LEFT}{_HOUR}\s+(?:(?:under|ved|inden|før)\s+"
                    r"(?:behandlingen|behandling|sagens|punktets|dette|punktet|sagen)"
                    r"|(?:p\.?\s?g\.?\s?a\.?|på\s+grund\s+af|grundet)\s+(?:sin\s+)?inhabilitet)")
# left, said after 'inhabil og' (the inhabil member is away for this case): 'forlod mødet', 'fratrådte', 'trådte ud'
LEFT_AS_INHABIL = rf"(?:forlod\s+(?:mødet|lokalet|salen)|fratrådte|{_STEPPED_OUT})\b"
# left the room, no more said ('forlod herefter lokalet', 'forlod salen'): one leaves the room, not the meeting, for
# a case only (who leaves for good leaves the meeting: 'forlod mødet' alone is not read so)
LEFT_ROOM = (r"(?:forlod|fratrådte)\s+(?:(?:herefter|derefter|da)\s+)?(?:lokalet|salen|mødelokalet|byrådssalen)"
             r"(?=\s*(?:[.;]|$))")
# the leaving as a clause before the verb of not taking part: 'forlod mødet kl. 18.00 og (deltog ikke …)'
LEFT_THEN = rf"(?:forlod|fratrådte)\s+mødet{_HOUR},?\s+og\s+"
