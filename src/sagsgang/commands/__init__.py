"""CLI subcommands, one module each (HELP, DESCRIPTION, add_arguments, run)."""

# every command that takes --db says the same: SQLite is the default, PostgreSQL is a URL away
DB_HELP = "database: a SQLite file or a postgresql:// URL (default: $SAGSGANG_DB or ./sagsgang.db)"
