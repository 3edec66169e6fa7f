"""The `sagsgang` command line. Each subcommand lives in its own module under `commands/`;
this file only wires them up, so a new command never touches another's code."""
from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import SagsgangError

# name -> module under sagsgang.commands; each module defines HELP, DESCRIPTION, add_arguments(), run()
COMMANDS = {
    "parse": "parse",
    "ingest": "ingest",
    "enqueue": "enqueue",
    "worker": "worker",
    "harvest": "harvest",
    "search": "search",
    "case": "case",
    "theme": "theme",
    "serve": "serve",
    "copy": "copy",
    "demo": "demo",
    "demo-data": "demo_data",
}

EPILOG = """examples:
  sagsgang parse referat.pdf              summary of meeting, items, decisions
  sagsgang parse referat.pdf --json       the structured result (shared/spec/parse-output.md)

Run 'sagsgang COMMAND --help' for the options of each command."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sagsgang",
        description="Follow Danish local politics: read council agendas and minutes (text, HTML, PDF) "
                    "and turn them into structured, linked, searchable data.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"sagsgang {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"sagsgang.commands.{module_name}")
        p = sub.add_parser(name, help=module.HELP, description=module.DESCRIPTION,
                           epilog=getattr(module, "EPILOG", None),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (2): a status, also when called in-process
        return int(exc.code or 0)
    if not getattr(args, "_run", None):  # no command is a usage error: the help, exit status 2
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except SagsgangError as exc:  # a database or input the user can fix: one line, no traceback
        print(f"sagsgang {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sagsgang: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
