"""`python -m mvi_tui` does what the `mvi` command does."""

import sys

from mvi_tui.cli import main

sys.exit(main())
