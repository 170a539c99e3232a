"""The export as one call, for the front ends (wizard, prompt mode, web).

`mvi export` and the front ends must produce the same files under the same safe names,
so they share `batch.export_loaded`; this module only adapts a plan that is already in
memory to it and turns problems into an `InputError` the front end can show.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.plan import Plan
from mvi_tui.core.problems import InputError
from mvi_tui.export.batch import Job, Result, export_loaded
from mvi_tui.export.naming import safe_part


def export_plan_files(
    plan: Plan,
    stem: str,
    folder: str | Path,
    formats: list[str],
    lang: str | None = None,
    catalogue: Catalogue | None = None,
    *,
    today: date | None = None,
    template_dir: str | None = None,
    messages_lang: str = "en",
) -> list[Path]:
    """Write every tender of `plan` in `formats` to `folder`; return the files written.

    `lang` is the document language (default: the plan's); names are
    `<stem>--<procurement-id>.<ext>`. Raises `InputError` listing every problem, after
    writing whatever could be written.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    job = Job(
        path=stem,
        stem=safe_part(stem, stem=True),
        out_dir=str(out),
        formats=tuple(dict.fromkeys(formats)),
        doc_lang=str(lang) if lang else None,
        template_dir=template_dir,
        lang=messages_lang,
        today=today or date.today(),
    )
    result = Result(stem)
    export_loaded(plan, job, catalogue or default_catalogue(), result)
    if result.problems:
        raise InputError(result.problems)
    return [Path(p) for p in result.written]
