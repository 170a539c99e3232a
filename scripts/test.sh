#!/usr/bin/env bash
# Set up (first run only), lint, and run the whole test suite on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# In CI (as root) also install LibreOffice, so the test that converts the Word export to
# PDF runs; elsewhere that test is skipped when LibreOffice is missing.
if [ "${CI:-}" = "true" ] && [ "$(id -u)" = "0" ] && ! command -v soffice >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui >/dev/null) \
    || echo "LibreOffice could not be installed; the PDF conversion test will be skipped"
fi
.venv/bin/python -m ruff check mvi_tui tests benchmarks
exec .venv/bin/python -m pytest -n 2 -q -p no:cacheprovider "$@"
