"""CLI subcommands, one module each (HELP, DESCRIPTION, add_arguments, run)."""
