"""Link: cases across documents, committees and time (their sagsgang).

Pure functions over parsed Documents, so linking is testable without a database and gives the
same result whatever order documents arrive in.
"""
from .cases import Case, Treatment, build_cases
from .status import case_status

__all__ = ["Case", "Treatment", "build_cases", "case_status"]
