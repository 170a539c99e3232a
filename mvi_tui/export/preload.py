"""Imported once by the forkserver of `mvi export -j N`, so that workers start warm.

Importing this module loads everything a worker needs (the engine, the renderers, the
built-in catalogue, the compiled built-in templates and the prepared Word template) in
the forkserver process; every worker is forked from it with all of that in memory, so
`-j 2` does not pay the start-up twice. Nothing else imports this module.
"""

from __future__ import annotations

from mvi_tui.export.batch import _warm_up
from mvi_tui.export.document import build_document  # noqa: F401 - imported to be inherited
from mvi_tui.export.ocds import build_release_package  # noqa: F401

_warm_up(None)
