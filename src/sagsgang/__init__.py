"""sagsgang: turn published Danish council documents into linked, searchable data."""

__version__ = "0.1.0"
