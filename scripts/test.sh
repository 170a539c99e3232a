#!/usr/bin/env bash
# Set up (first run only), lint, and run the whole test suite on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m ruff check mvi_tui tests benchmarks
exec .venv/bin/python -m pytest -n 2 -q -p no:cacheprovider "$@"
