"""The wizard's export: hands the plan to the export package, one file per format.

No rendering happens here; this only adapts the wizard's choices (folder, formats,
language) to the functions of `mvi_tui.export`, the same ones `mvi export` uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any


def export_plan(
    plan: Any,
    plan_path: Path | None,
    catalogue: Any,
    folder: Path,
    formats: list[str],
    lang: str,
    *,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Path]:
    """Write every tender of the plan in `formats` to `folder`; returns the files written."""
    from mvi_tui.core.atomic import atomic_write_bytes, atomic_write_text
    from mvi_tui.core.planfile import dump_plan
    from mvi_tui.export import document, templating

    folder.mkdir(parents=True, exist_ok=True)
    stem = plan_path.stem if plan_path else "plan"
    tenders = plan.tenders() or plan.procurements
    steps = len(tenders) * len([f for f in formats if f != "toml"]) + ("toml" in formats)
    done = 0
    written: list[Path] = []

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps)

    if "toml" in formats:
        target = folder / f"{stem}.toml"
        atomic_write_text(target, dump_plan(plan, catalogue.version))
        written.append(target)
        tick()
    for proc in tenders:
        doc = document.build_document(plan, proc, catalogue, lang, today=today)
        base = folder / f"{stem}-{proc.id}-{lang}"
        for fmt in formats:
            if fmt == "toml":
                continue
            if fmt == "md":
                target = base.with_suffix(".md")
                atomic_write_text(target, templating.render_markdown(doc, lang=lang))
            elif fmt == "html":
                target = base.with_suffix(".html")
                atomic_write_text(target, templating.render_html(doc, lang=lang))
            elif fmt == "docx":
                from mvi_tui.export.render_docx import render_docx

                target = base.with_suffix(".docx")
                atomic_write_bytes(target, render_docx(doc, proc.title))
            elif fmt == "ocds":
                from mvi_tui.export import ocds  # type: ignore[attr-defined]

                target = base.with_suffix(".ocds.json")
                atomic_write_text(target, ocds.render_ocds(plan, proc, catalogue, lang))
            else:
                continue
            written.append(target)
            tick()
    return written
