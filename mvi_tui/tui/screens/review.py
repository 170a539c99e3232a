"""Step 7: the draft specification previewed, the remaining warnings, export and save.

Export and the coaching report go through `MviApp.deliver_outputs`: files in the
chosen folder in a terminal, downloads in a browser (where the folder is not shown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import work
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import (
    Button,
    Input,
    Label,
    Markdown,
    ProgressBar,
    Select,
    TabbedContent,
    TabPane,
)

from mvi_tui.tui.engine import engine
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen, set_value
from mvi_tui.tui.widgets.quiet import Quiet
from mvi_tui.tui.widgets.tick import Tick

FORMATS = ("md", "html", "docx", "ocds", "toml")


class ReviewScreen(StepScreen):
    """Preview, warnings, export."""

    STEP = "review"
    NOTES = "export"
    AUTO_FOCUS = "#rv-tabs Tabs"
    HELP = {
        "rv-print-notes": ("Notes.print_in_export", "review.print_notes"),
        "rv-lang": ("Organisation.language", "review.doc_lang"),
    }

    def __init__(self) -> None:
        super().__init__()
        self._preview_key: tuple[Any, ...] | None = None

    def compose_body(self) -> Iterable[Widget]:
        lang = self.lang
        with TabbedContent(id="rv-tabs"):
            with TabPane(t("review.tab_preview", lang), id="tab-preview"):
                yield Select(
                    [],
                    id="rv-proc",
                    compact=True,
                    allow_blank=True,
                    prompt=t("crit.procurement", lang),
                )
                with VerticalScroll(id="rv-preview-box"):
                    yield Markdown("", id="rv-preview")
            with TabPane(t("review.tab_warnings", lang), id="tab-warnings"):
                with VerticalScroll():
                    yield Quiet("", id="rv-warnings")
            with TabPane(t("review.tab_export", lang), id="tab-export"):
                with VerticalScroll():
                    with Horizontal(classes="form-line"):
                        yield Label(t("review.formats", lang), classes="form-label")
                        for fmt in FORMATS:
                            yield Tick(fmt, fmt in ("md", "docx"), id=f"rv-f-{fmt}", compact=True)
                    with Horizontal(classes="form-line"):
                        yield Label(t("review.doc_lang", lang), classes="form-label")
                        yield Select(
                            [(t("lang.nl", lang), "nl"), (t("lang.en", lang), "en")],
                            id="rv-lang",
                            allow_blank=True,
                            compact=True,
                        )
                    browser = bool(self.app.in_browser)  # type: ignore[attr-defined]
                    folder_line = Horizontal(classes="form-line", id="rv-folder-line")
                    folder_line.display = not browser  # no folder to choose: downloads
                    with folder_line:
                        yield Label(t("review.folder", lang), classes="form-label")
                        yield Input(id="rv-folder", compact=True)
                    if browser:
                        yield Quiet(t("review.download", lang), id="rv-download", classes="dim")
                    yield Tick(t("review.print_notes", lang), id="rv-print-notes", compact=True)
                    with Horizontal(classes="dialog-buttons"):
                        yield Button(
                            t("review.export", lang),
                            id="rv-export",
                            variant="primary",
                            compact=True,
                        )
                        yield Button(t("review.coaching", lang), id="rv-coaching", compact=True)
                        yield Button(t("review.save_first", lang), id="rv-save", compact=True)
                    yield ProgressBar(id="rv-progress", show_eta=False)
                    yield Quiet("", id="rv-log")

    # -------------------------------------------------------------- view

    def refresh_view(self) -> None:
        app: Any = self.app
        plan = app.plan
        procs = self.query_one("#rv-proc", Select)
        procs.set_options([(Content(p.title), p.id) for p in plan.procurements])
        current = app.current_proc()
        set_value(procs, current.id if current else None)
        set_value(self.query_one("#rv-lang", Select), str(plan.organisation.language))
        folder = self.query_one("#rv-folder", Input)
        if not folder.value:
            base = app.path.parent if app.path else Path.cwd()
            set_value(folder, str(base / "export"))
        box = self.query_one("#rv-print-notes", Tick)
        with box.prevent(Tick.Changed):
            box.value = plan.notes.print_in_export
        self.query_one("#rv-progress", ProgressBar).display = False
        self.show_warnings()
        self.update_preview()

    def show_export(self) -> None:
        """Open the export tab (command palette: Export)."""
        self.query_one("#rv-tabs", TabbedContent).active = "tab-export"
        self.query_one("#rv-f-md", Tick).focus()

    def show_warnings(self) -> None:
        """Every remaining finding of the engine, per procurement, errors first."""
        app: Any = self.app
        lang = self.lang
        rules = engine("rules")
        box = self.query_one("#rv-warnings", Quiet)
        if rules is None:
            box.update(t("engine_missing", lang))
            return
        warnings = rules.check_plan(app.plan, app.catalogue, on=app.today)
        if not warnings:
            box.update(t("review.all_ok", lang))
            return
        titles = {p.id: p.title for p in app.plan.procurements}
        lines = []
        for w in warnings:
            line = f"{t('sev.' + w.severity, lang)} [{titles.get(w.procurement_id, w.procurement_id)}] {w.message.get(lang)}"
            if w.action and w.action.get(lang):
                line += f"\n    → {w.action.get(lang)}"
            lines.append(line)
        box.update("\n".join(lines))

    def update_preview(self) -> None:
        """Render the draft specification of the chosen procurement (in a worker)."""
        app: Any = self.app
        value = self.query_one("#rv-proc", Select).value
        proc = app.plan.procurement(str(value)) if value is not Select.NULL else None
        doc_lang = str(self.query_one("#rv-lang", Select).value)
        key = (proc.id if proc else None, app.plan_version, doc_lang)
        if key == self._preview_key:
            return
        self._preview_key = key
        if proc is None:
            self.query_one("#rv-preview", Markdown).update(t("review.no_preview", self.lang))
            return
        self.render_preview(proc.id, doc_lang)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def render_preview(self, proc_id: str, doc_lang: str) -> None:
        app: Any = self.app
        document = engine_export("document")
        templating = engine_export("templating")
        if document is None or templating is None:
            text = t("review.no_renderer", self.lang)
        else:
            plan = app.plan.model_copy(deep=True)
            proc = plan.procurement(proc_id)
            doc = document.build_document(plan, proc, app.catalogue, doc_lang, today=app.today)
            text = templating.render_markdown(doc, lang=doc_lang)
        app.call_from_thread(self.query_one("#rv-preview", Markdown).update, text)

    # -------------------------------------------------------------- events

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id in ("rv-proc", "rv-lang"):
            if event.select.id == "rv-proc" and event.value is not Select.NULL:
                self.app.proc_id = str(event.value)  # type: ignore[attr-defined]
            self.update_preview()

    def on_checkbox_changed(self, event: Tick.Changed) -> None:
        if event.checkbox.id == "rv-print-notes":
            notes = self.app.plan.notes  # type: ignore[attr-defined]
            if notes.print_in_export != event.value:
                notes.print_in_export = event.value
                self.changed()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "rv-save":
            self.app.action_save()  # type: ignore[attr-defined]
        elif event.button.id == "rv-export":
            self.start_export()
        elif event.button.id == "rv-coaching":
            self.start_coaching()

    def export_settings(self) -> tuple[Path, str]:
        """The export folder (used in a terminal only) and the document language chosen."""
        folder = Path(self.query_one("#rv-folder", Input).value.strip() or "export").expanduser()
        return folder, str(self.query_one("#rv-lang", Select).value)

    def export_started(self) -> None:
        bar = self.query_one("#rv-progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self.query_one("#rv-log", Quiet).update(t("review.exporting", self.lang))

    def file_stem(self) -> str:
        """The plan file's name without .toml: the exported files are named after it."""
        app: Any = self.app
        return app.path.stem if app.path else app.suggest_file_name().removesuffix(".toml")

    def start_export(self) -> None:
        """Export the plan's tenders in the chosen formats and language (in a worker)."""
        formats = [f for f in FORMATS if self.query_one(f"#rv-f-{f}", Tick).value]
        if not formats:
            self.notify(t("review.no_formats", self.lang), severity="warning", markup=False)
            return
        app: Any = self.app
        folder, doc_lang = self.export_settings()
        plan = app.plan.model_copy(deep=True)
        stem = self.file_stem()

        def write(out: Path) -> list[Path]:
            from mvi_tui.export.api import export_plan_files

            return export_plan_files(
                plan,
                stem,
                out,
                formats,
                doc_lang,
                app.catalogue,
                today=app.today,
                messages_lang=self.lang,
            )

        self.export_started()
        self.run_outputs(write, folder, f"{stem}.zip", "review.exported")

    def start_coaching(self) -> None:
        """The coaching report (Markdown and Word) in the document language chosen."""
        app: Any = self.app
        folder, doc_lang = self.export_settings()
        plan = app.plan.model_copy(deep=True)
        stem = self.file_stem()
        source = app.path.name if app.path else ""

        def write(out: Path) -> list[Path]:
            from mvi_tui.export.coaching import write_coaching_report

            return write_coaching_report(
                plan, out, stem, doc_lang, catalogue=app.catalogue, today=app.today, source=source
            )

        self.export_started()
        self.run_outputs(write, folder, f"{stem}.coaching.zip", "review.coaching_done")

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_outputs(
        self, write: Callable[[Path], list[Path]], folder: Path, zip_name: str, done_key: str
    ) -> None:
        """The same files as `mvi export`, from a copy of the plan, off the UI thread."""
        from mvi_tui.core.problems import InputError

        app: Any = self.app
        try:
            files = app.deliver_outputs(write, folder, zip_name)
        except InputError as exc:
            text = "\n".join(p.format(self.lang) for p in exc.problems[:10])
            app.call_from_thread(self.export_done, [], text, done_key)
            return
        except (OSError, ValueError) as exc:
            app.call_from_thread(self.export_done, [], str(exc), done_key)
            return
        app.call_from_thread(self.export_done, files, "", done_key)

    def export_done(self, files: list[str], error: str, done_key: str = "review.exported") -> None:
        log = self.query_one("#rv-log", Quiet)
        self.query_one("#rv-progress", ProgressBar).display = False
        if error:
            log.update(t("review.export_failed", self.lang, error=error))
            log.add_class("error")
            self.notify(
                t("review.export_failed", self.lang, error=error), severity="error", markup=False
            )
            return
        log.remove_class("error")
        if self.app.in_browser:  # type: ignore[attr-defined]
            done_key = "review.delivered"
        names = "\n".join(f"✓ {f}" for f in files)
        log.update(t(done_key, self.lang, files="") + "\n" + names)
        self.notify(t(done_key, self.lang, files=len(files)), markup=False)


def engine_export(name: str) -> Any:
    """An export module if this version has it."""
    from mvi_tui.tui.engine import exporter

    return exporter(name)
