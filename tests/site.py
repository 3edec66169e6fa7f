"""Documents built in a test, ingested through the CLI and served: no shared corpus needed.

`minutes` prints FirstAgenda-style minutes (the format of the corpus's text exports) with any
text in any field; `cli` runs a sagsgang command in-process and captures its output; `client`
serves a database as `sagsgang serve` would."""
from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass, field

from starlette.testclient import TestClient

from sagsgang.cli import main
from sagsgang.commands.serve import make_loader
from sagsgang.web.app import create_app


@dataclass
class Item:
    title: str
    case: str
    decision: str = "Godkendt."
    body: str = "Sagen handler om hjælpemidler til borgere."
    bilag: list[str] = field(default_factory=list)
    public: bool = True


def minutes(committee: str, day: str, items: list[Item], location: str = "Rådhuset, mødelokale 1",
            heading: str = "REFERAT") -> str:
    """Minutes of `committee` on `day` (dd-mm-yyyy) as the FirstAgenda text export prints them."""
    out = ["", "", f"{heading} {committee} d. {day}", "", f"Mødedato {day} kl. 16:00", "",
           f"Mødested {location}", "", "Mødedeltagere Anne Hansen, Bo Jensen", "", "Indholdsfortegnelse", ""]
    for n, it in enumerate(items, start=1):
        out.append(f"{'' if it.public else 'Lukket: '}{it.title}.....\t{n + 2}")
    out.append("")
    for n, it in enumerate(items, start=1):
        out += [f"Punkt {n}: {'' if it.public else 'Lukket: '}{it.title}", "", it.case, ""]
        if not it.public:
            continue
        out += ["Beslutning", "", it.decision, "", "Sagsfremstilling", "", it.body, "", "Behandling", "",
                f"{committee}.", ""]
        if it.bilag:
            out += ["Bilag", "", "\n\n".join(it.bilag), ""]
    return "\n".join(out) + "\n"


def cli(*argv: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `sagsgang ARGV...` run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def client(db: str) -> TestClient:
    """The web app over the database at `db`, as `sagsgang serve --db` builds it."""
    return TestClient(create_app(make_loader(db)))


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(db, ready: str = "/kommuner", tries: int = 200):
    """`sagsgang serve --db DB` in a process of its own on a free port, yielded as its base URL once
    `ready` answers (browser and API-fuzzing tests need a real HTTP server); stopped afterwards."""
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sagsgang", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(tries):
            try:
                urllib.request.urlopen(base + ready, timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
