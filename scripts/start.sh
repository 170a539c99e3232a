#!/usr/bin/env bash
# Set up (first run only) and open the wizard on a bundled example plan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mvi "${@:-examples/gemeente-utrecht.toml}"
