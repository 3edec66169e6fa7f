#!/usr/bin/env bash
# Mutation testing (mutmut) of the modules users suffer most from; see run.py and TESTING.md.
#   benchmarks/mutation/run.sh [MODULE ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/python -c "import mutmut" 2>/dev/null || .venv/bin/pip install -q 'mutmut>=3.8,<4'
exec .venv/bin/python benchmarks/mutation/run.py "$@"
