"""Shapes two publishing systems print in their PDFs, read through a PDF transcript (each page one line): the
decision's 'Følgende deltog ikke i behandlingen af punktet:' with its names run on (or none), the item's own
number as a reference before a decision that is a numbered or dashed list, and a signature page whose members'
names run on after the last item's absentees. Invented words, names and places."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

_RUNNING = "Lyngvigudvalget Referat Åbent referat Dato: 14.02.2025 Side {n}"
_COVER = (_RUNNING.format(n=1) + " Referat Lyngvigudvalget fredag den 14. februar 2025, kl. 15:30 i Mosesalen "
          "Åbent referat Tilstede Ravn Tofteby - formand Ilse Skovmark - næstformand Oluf Bækgaard Afbud/Fraværende")
_TOC = (_RUNNING.format(n=2) + " INDHOLDSFORTEGNELSE Åbent referat 1. Godkendelse af dagsorden 3 "
        "2. Ny bro over Lyngå 3 3. Plan for klitstier 4")
_HEADING = "Lyngvigudvalgets beslutning den 14.02.2025"


def _doc(tmp_path, first: str, second: str, third: str):
    pages = [_COVER, _TOC,
             _RUNNING.format(n=3) + " 1. Godkendelse af dagsorden Sagsnr.: 25-000311 Dok.nr.: 2025-004411 Resume "
             "Dagsordenen forelægges. " + f"{_HEADING} Punkt 1 {first} "
             "2. Ny bro over Lyngå Sagsnr.: 25-000322 Dok.nr.: 2025-004422 Sagsbeskrivelse Broen ved vadestedet "
             f"er rådnet og skal skiftes. {_HEADING} Punkt 2 {second}",
             _RUNNING.format(n=4) + " 3. Plan for klitstier Sagsnr.: 25-000333 Dok.nr.: 2025-004433 "
             f"Sagsbeskrivelse Stierne i klitten skal mærkes op. {_HEADING} Punkt 3 {third}"]
    return parse_text(tmp_path, viewer_text(_COVER, *pages))


def test_the_names_run_on_after_the_label_are_the_decisions_absentees(tmp_path):
    doc = _doc(tmp_path,
               "Godkendt. Følgende deltog ikke i behandlingen af punktet: Oluf Bækgaard Ilse Skovmark",
               "Broen skiftes Følgende deltog ikke i behandlingen af punktet: Oluf Bækgaard",
               "Taget til efterretning. Følgende deltog ikke i behandlingen af punktet:")
    by = {it.number: it for it in doc.items}
    first, second, third = (by[n].decisions[0] for n in "123")
    assert (first.text, sorted(first.absent)) == ("Godkendt.", ["Ilse Skovmark", "Oluf Bækgaard"])
    assert (second.text, second.absent) == ("Broen skiftes", ["Oluf Bækgaard"])
    # printed though no one was away: the label alone ends the decision and is no text of it
    assert (third.text, third.absent) == ("Taget til efterretning.", [])


def test_the_items_own_number_before_a_listed_decision_is_no_text(tmp_path):
    doc = _doc(tmp_path, "Godkendt.", "1. Broen skiftes. 2. Vadestedet lukkes.", "- Godkendt - Taget til efterretning")
    by = {it.number: it for it in doc.items}
    assert by["2"].decisions[0].text == "1. Broen skiftes. 2. Vadestedet lukkes."
    assert by["3"].decisions[0].text == "- Godkendt - Taget til efterretning"


def test_a_signature_page_run_on_after_the_last_absentees_is_no_absentee(tmp_path):
    running = "Referat For Klitrådet 3. marts 2025 - kl. 09:00 Side {n}"
    pages = ["Referat Klitrådet Mandag den 3. marts 2025 Kl. 09:00 Mosesalen Medlemmer Ravn Tofteby Ilse Skovmark "
             "Oluf Bækgaard Fraværende",
             running.format(n=2) + " Indholdsfortegnelse Punkt nr. Side 40. Godkendelse af dagsorden.......... 3 "
             "41. Klitstier.......... 4",
             running.format(n=3) + " 40. Godkendelse af dagsorden Sagsnr.: 25-000440 Sagen afgøres i: Klitrådet "
             "Resume Dagsordenen forelægges. Beslutning i Klitrådet den 03-03-2025 Godkendt.",
             running.format(n=4) + " 41. Klitstier Sagsnr.: 25-000441 Sagen afgøres i: Klitrådet Resume Stierne "
             "mærkes op. Beslutning i Klitrådet den 03-03-2025 Godkendt. Fraværende: Oluf Bækgaard",
             running.format(n=5) + " Underskriftsside Ravn Tofteby Ilse Skovmark Oluf Bækgaard"]
    doc = parse_text(tmp_path, viewer_text(pages[0], *pages))
    decision = next(it for it in doc.items if it.number == "41").decisions[0]
    assert (decision.text, decision.absent) == ("Godkendt.", ["Oluf Bækgaard"])


_LINED = """Referat
Klitrådet
Mandag den 3. marts 2025
Kl. 09:00
Mosesalen

Indholdsfortegnelse
40. Godkendelse af dagsorden
41. Klitstier

40. Godkendelse af dagsorden

Sagsnr.: 25-000440
Sagen afgøres i: Klit- og Stiudvalget

Resume
Dagsordenen forelægges til godkendelse.

Beslutning i Klitrådet den 03-03-2025
Godkendt.

41. Klitstier

Sagsnr.: 25-000441

Sagen afgøres i: Klit- og Stiudvalget

Resume
Stierne i klitten skal mærkes op med pæle.

Beslutning i Klitrådet den 03-03-2025
Godkendt.
"""


def test_the_deciding_body_on_its_labels_line_is_no_section(tmp_path):
    doc = parse_text(tmp_path, _LINED)
    by = {it.number: it for it in doc.items}
    assert [s.heading for s in by["41"].sections] == ["Resume", "Beslutning"]


def _run_labels_of(*runs: str) -> frozenset[str]:
    from sagsgang.parse.flat_run_labels import run_labels
    from sagsgang.parse.lines import Line
    return run_labels([Line(r, 0) for r in runs])


_FILL = ("Stierne i klitten er slidte efter vinteren, og sandet fyger ind over de lave hegn langs vejen mod fyret. "
         "Foreningen af lodsejere har bedt om et møde om sagen i løbet af foråret. ")


def test_a_clause_opener_before_a_body_is_no_page_heading(tmp_path):
    runs = [_FILL + "Hvis Klitrådet godkender planen, mærkes stierne op i april. " + _FILL
            + "Hvis Lodsejerne ønsker det, holdes et møde ved fyret. " + _FILL,
            _FILL + "Såfremt Klitrådet vil, sættes pæle op. " + _FILL + "Såfremt Foreningen betaler, males de. "]
    found = _run_labels_of(*runs)
    assert "Hvis" not in found and "Såfremt" not in found


def test_a_surname_after_an_initial_is_no_page_heading(tmp_path):
    runs = [_FILL + "Fraværende: Ravn K. Tofteby Ilse Skovmark " + _FILL
            + "Følgende deltog ikke: Ravn K. Tofteby Oluf Bækgaard " + _FILL,
            _FILL + "Ordet blev givet til Ravn K. Tofteby Ilse Skovmark og andre. " + _FILL]
    assert "Tofteby" not in _run_labels_of(*runs)


def test_absentees_run_on_past_the_page_break_stay_the_decisions(tmp_path):
    # the label ends one page and its names open the next, behind the running head; or the page breaks
    # between two names: the names after the head are the list's, not the page's lead
    pages = [_COVER, _TOC,
             _RUNNING.format(n=3) + " 1. Godkendelse af dagsorden Sagsnr.: 25-000311 Dok.nr.: 2025-004411 Resume "
             f"Dagsordenen forelægges. {_HEADING} Punkt 1 Godkendt. "
             "Følgende deltog ikke i behandlingen af punktet:",
             _RUNNING.format(n=4) + " Oluf Bækgaard Ilse Skovmark 2. Ny bro over Lyngå Sagsnr.: 25-000322 "
             "Dok.nr.: 2025-004422 Sagsbeskrivelse Broen ved vadestedet er rådnet og skal skiftes. "
             f"{_HEADING} Punkt 2 Broen skiftes. Følgende deltog ikke i behandlingen af punktet: Oluf Bækgaard",
             _RUNNING.format(n=5) + " Ilse Skovmark 3. Plan for klitstier Sagsnr.: 25-000333 Dok.nr.: 2025-004433 "
             f"Sagsbeskrivelse Stierne i klitten skal mærkes op. {_HEADING} Punkt 3 Taget til efterretning."]
    doc = parse_text(tmp_path, viewer_text(_COVER, *pages))
    by = {it.number: it for it in doc.items}
    first, second = (by[n].decisions[0] for n in "12")
    assert (first.text, sorted(first.absent)) == ("Godkendt.", ["Ilse Skovmark", "Oluf Bækgaard"])
    assert (second.text, sorted(second.absent)) == ("Broen skiftes.", ["Ilse Skovmark", "Oluf Bækgaard"])
    assert by["3"].title == "Plan for klitstier"


def _run_on_heads(tmp_path, body: str, genitive: str, befores: list[str]):
    """A transcript whose decision headings ('<body>s beslutning den 14.02.2025') run on after each of `befores`."""
    running = f"{body} Referat Åbent referat Dato: 14.02.2025 Side {{n}}"
    cover = (running.format(n=1) + f" Referat {body} fredag den 14. februar 2025, kl. 15:30 i Mosesalen Åbent "
             "referat Tilstede Ravn Tofteby - formand Ilse Skovmark Afbud/Fraværende")
    toc = running.format(n=2) + " INDHOLDSFORTEGNELSE Åbent referat " + " ".join(
        f"{k}. Klitsag nummer {k} 3" for k in range(1, len(befores) + 1))
    items = " ".join(f"{k}. Klitsag nummer {k} Sagsnr.: 25-00031{k} Dok.nr.: 2025-00441{k} Resume Stierne mærkes "
                     f"op. {before} {genitive} beslutning den 14.02.2025 Punkt {k} Godkendt."
                     for k, before in enumerate(befores, 1))
    return parse_text(tmp_path, viewer_text(cover, cover, toc, running.format(n=3) + " " + items))


def test_a_compound_bodys_heading_run_on_after_other_words_takes_none_of_them(tmp_path):
    """'… Ibrugtagning Klit-, Strand- og Stiudvalgets beslutning den …': a body named by one compound of 'udvalg'
    has before it only its compound's first parts; the capitalised word, the names an absence label ended with, a
    list's last outcome or a sentence before it are no part of the committee."""
    body = "Klit-, Strand- og Stiudvalget"
    doc = _run_on_heads(tmp_path, body, body + "s",
                        ["Sommer 2025 Ibrugtagning", "Afbud: Oluf Bækgaard", "Vejudvalget - Anbefales - Anbefales",
                         "forelægges Sti- og Vejudvalget."])
    assert [(it.number, [(d.committee, d.date, d.text) for d in it.decisions]) for it in doc.items] == [
        (str(k), [(body, "2025-02-14", "Godkendt.")]) for k in range(1, 5)]


def test_a_term_named_bodys_heading_after_a_full_stop_begins_after_it(tmp_path):
    """'… frem mod Byrådsmødet. Byråd 2024-2027s beslutning den …': the body named with its term of office begins
    after the sentence before it, and 'Punkt N' under it is no text of the decision."""
    doc = _run_on_heads(tmp_path, "Byråd 2024-2027", "Byråd 2024-2027s",
                        ["frem mod Byrådsmødet.", "Åbent byrådsmøde.", "Sagen drøftes igen i juni."])
    assert [(it.number, [(d.committee, d.text) for d in it.decisions]) for it in doc.items] == [
        (str(k), [("Byråd 2024-2027", "Godkendt.")]) for k in range(1, 4)]
