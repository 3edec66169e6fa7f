"""harvest's progress line (`stderr_progress`): the only sign of life a long harvest gives. On a
terminal a 30-character bar redrawn in place, ended by a newline at the last meeting; in a log a
line every 25 meetings and at the last. Expected output written by hand."""
from __future__ import annotations

import io
import sys

from sagsgang.harvest.firstagenda import stderr_progress


class Terminal(io.StringIO):
    """A terminal: says so, and counts flushes (a bar not flushed is not seen until the next line)."""
    flushes = 0

    def isatty(self) -> bool:
        return True

    def flush(self) -> None:
        self.flushes += 1


def test_a_log_gets_a_line_every_25_meetings_and_at_the_last(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    show = stderr_progress("https://a.dk")
    for done in range(1, 61):
        show(done, 60, f"https://a.dk/api/agenda/dagsorden/{done}")
    assert err.getvalue() == ("https://a.dk: 25/60 meetings\n"
                              "https://a.dk: 50/60 meetings\n"
                              "https://a.dk: 60/60 meetings\n")


def test_a_terminal_gets_a_bar_redrawn_in_place_ended_by_a_newline(monkeypatch):
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    show = stderr_progress("https://a.dk")
    show(1, 3, "u1")
    assert err.getvalue() == "\rhttps://a.dk [##########....................] 1/3" and err.flushes == 1
    show(2, 3, "u2")
    assert err.getvalue().endswith("\rhttps://a.dk [####################..........] 2/3")
    show(3, 3, "u3")
    assert err.getvalue().endswith("\rhttps://a.dk [##############################] 3/3\n")
    assert err.getvalue().count("\n") == 1  # one line in the end, however many redraws


def test_a_bar_rounds_down_and_is_full_for_a_site_without_meetings(monkeypatch):
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    show = stderr_progress("s")
    show(2, 7, "u")  # 30 * 2 / 7 = 8.57: 8 filled
    assert err.getvalue() == "\rs [########" + "." * 22 + "] 2/7"
    err.seek(0)
    err.truncate()
    show(0, 0, "u")  # nothing listed: a full bar, not a division by zero
    assert err.getvalue() == "\rs [" + "#" * 30 + "] 0/0\n"


def test_the_terminal_check_is_made_once_when_the_line_is_made(monkeypatch):
    """Redirecting stderr later does not switch the style of a running harvest."""
    monkeypatch.setattr(sys, "stderr", Terminal())
    show = stderr_progress("s")
    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)
    show(1, 2, "u")
    assert log.getvalue() == "\rs [###############...............] 1/2"
