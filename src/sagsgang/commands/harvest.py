"""`sagsgang harvest URL... [--since DATE] [--db FILE] [--delay S] [--config sites.toml]`."""
from __future__ import annotations

import argparse
import os
import sys
import tomllib
from datetime import date

from ..errors import SagsgangError
from ..params import cli_count
from ..priority import lower_priority
from . import DB_HELP, add_nice_argument

HELP = "fetch new or changed meetings from publishing sites (FirstAgenda Publication) and ingest them"
DESCRIPTION = """Fetch council meetings from the sites that publish them and ingest them as they arrive,
politely: robots.txt is honoured, one request at a time per site with a pause between requests
(--delay), a User-Agent with your contact address (--contact, $SAGSGANG_CONTACT or the config),
timeouts, and retries with growing pauses on 429/5xx (Retry-After honoured).

A site is recognised from its answers: a FirstAgenda Publication site serves its committees and
meetings at /api/agenda/udvalgsliste and each meeting as JSON at /api/agenda/dagsorden/{id}.
Only new or changed meetings are fetched: the database keeps each URL's ETag, Last-Modified,
content hash and fetch time, and asks the site "changed since?" (conditional GET). Each meeting
is stored in one transaction with its fetch state, so an interrupted harvest (Ctrl-C, crash)
resumes where it stopped without fetching again what it has. The bilag of each public item are
fetched too and kept as the bytes the site served, linked to their item.

With --config, a TOML file lists the sites (one municipality each), e.g. for cron:

  contact = "redaktion@example.dk"
  delay = 2.0
  [[site]]
  url = "https://dagsordener.greve.dk"
  municipality = "Greve"
  since = "2024-01-01"
"""
EPILOG = """examples:
  sagsgang harvest https://dagsordener.greve.dk --contact redaktion@example.dk --since 2024-01-01
  sagsgang harvest https://dagsordener.greve.dk --municipality Greve --db greve.db --delay 2
  sagsgang harvest --config sites.toml          # every site listed there (cron)

a summary line per site (new / changed / unchanged / failed meetings, bilag) goes to stdout,
progress to stderr.
exit status: 0 when every site was harvested, 2 when a site or one of its meetings failed
(named on stderr; everything else is stored)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("urls", nargs="*", metavar="URL", help="site address(es), e.g. https://dagsordener.greve.dk")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--since", type=_iso_date, help="only meetings on or after this date (YYYY-MM-DD)")
    p.add_argument("--municipality", help="municipality for documents that do not name one")
    p.add_argument("--delay", type=_seconds("--delay", 0.0), default=None,
                   help="seconds between requests to one site (default 1)")
    p.add_argument("--contact", help="contact address for the User-Agent (default $SAGSGANG_CONTACT)")
    p.add_argument("--config", help="TOML file listing sites ([[site]] url, municipality, since)")
    add_nice_argument(p)
    p.add_argument("--no-bilag", action="store_true", help="do not fetch the items' bilag")
    p.add_argument("--timeout", type=_seconds("--timeout", 0.1), default=30.0,
                   help="seconds before a request is given up (default 30)")
    p.add_argument("--retries", type=cli_count("--retries", 0, 20), default=4,
                   help="retries on 429/5xx and network errors (default 4)")


def _seconds(option: str, low: float):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not value >= low or value > 3600:
            raise argparse.ArgumentTypeError(f"{option} skal være sekunder mellem {low:g} og 3600 (ikke {text!r})")
        return value
    return parse


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _sites(args: argparse.Namespace) -> tuple[list[dict], dict]:
    config: dict = {}
    if args.config:
        try:
            with open(args.config, "rb") as fh:
                config = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SagsgangError(f"cannot read config {args.config}: {exc}") from None
    sites = [dict(s) for s in config.get("site", [])]
    sites += [{"url": u, "municipality": args.municipality, "since": args.since} for u in args.urls]
    for s in sites:
        if not s.get("url"):
            raise SagsgangError("a [[site]] in the config has no url")
        s.setdefault("since", args.since)
        s.setdefault("municipality", args.municipality)
    return sites, config


def run(args: argparse.Namespace) -> int:
    from ..harvest import PoliteClient, harvest_site
    from ..harvest.firstagenda import stderr_progress
    from ..ingest import ingest_harvested_bilag
    from ..search import open_index

    lower_priority(args.nice)
    sites, config = _sites(args)
    if not sites:
        raise SagsgangError("no site given: name a URL or a --config file (see sagsgang harvest --help)")
    contact = args.contact or os.environ.get("SAGSGANG_CONTACT") or config.get("contact")
    if not contact:
        raise SagsgangError("no contact address for the User-Agent: give --contact, set SAGSGANG_CONTACT "
                            "or 'contact' in the config (sites must be able to reach whoever harvests them)")
    delay = args.delay if args.delay is not None else float(config.get("delay", 1.0))
    client = PoliteClient(contact=contact, delay=delay, timeout=args.timeout, retries=args.retries)
    store = open_index(args.db)
    failed = False
    try:
        for site in sites:
            report = harvest_site(client, store, site["url"], municipality=site.get("municipality"),
                                  since=site.get("since"), bilag=not args.no_bilag,
                                  progress=stderr_progress(site["url"]))
            for url, reason in report.failed:
                print(f"sagsgang harvest: FAILED {url}: {reason}", file=sys.stderr)
            for url in report.forbidden:
                print(f"sagsgang harvest: not fetched (robots.txt) {url}", file=sys.stderr)
            print(report.line())
            failed = failed or not report.ok
        if not args.no_bilag:  # the fetched bilag read as bilag records, linked to the items listing them
            read = ingest_harvested_bilag(store)
            for url, reason in read.failed:
                print(f"sagsgang harvest: bilag kept unread {url}: {reason}", file=sys.stderr)
            if read.bilag or read.failed:
                linked = sum(1 for _, where in read.bilag if not where.startswith("ikke knyttet"))
                print(f"bilag read: {len(read.bilag)} ({linked} linked to their item), "
                      f"{len(read.failed)} unreadable (kept as fetched)")
    finally:
        store.close()
        client.close()
    r = client.requests
    print(f"requests: {r['get']} plain, {r['conditional']} conditional, {r['robots']} robots.txt, "
          f"{r['retry']} retried", file=sys.stderr)
    return 2 if failed else 0
