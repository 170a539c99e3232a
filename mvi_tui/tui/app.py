"""The Textual wizard: one mode (and screen) per step, the plan held by the app.

The app owns the state every step shares: the plan, its file, whether it is saved, the
procurement being drafted, the interface language and the problems per step. Screens
read that state when they are shown and report each change with `changed()`, which
marks the plan unsaved, writes the recovery copy and recomputes the problems.

Heavy modules (the plan models, the catalogue, the engine) are imported when a step
first needs them, or in a background thread once the first screen is up, so the wizard
starts about as fast as an empty Textual app.

In a browser (`mvi serve`) the app is also where the rules of `mvi_tui.tui.web` are
applied: every path a user types goes through `checked_path`, every plan that is opened
or saved through `open_plan` and `save_to`, and every export through `deliver_outputs`,
so no screen has to know whether it runs in a terminal or in a browser.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from mvi_tui.tui.messages import STEPS, t
from mvi_tui.tui.web import (
    OutsideRoot,
    check_inside_root,
    deliver_files,
    in_browser,
    web_root,
)

if TYPE_CHECKING:
    from mvi_tui.core.catalogue import Catalogue
    from mvi_tui.core.plan import Plan, Procurement
    from mvi_tui.core.recovery import RecoveryInfo, RecoverySession

AUTOSAVE_DELAY = 0.25
"""Seconds of quiet before the recovery copy is written: one write per burst of typing."""

PROBLEMS_DELAY = 0.2


def _screen_factory(step: str) -> Callable[[], Screen[Any]]:
    """A factory that imports a step's screen module only when the step is first opened."""

    def make() -> Screen[Any]:
        from mvi_tui.tui.screens import screen_for

        return screen_for(step)

    return make


def checkout_examples() -> Path | None:
    """The `examples/` folder when running from a source checkout, else None."""
    folder = Path(__file__).resolve().parents[2] / "examples"
    return folder if folder.is_dir() else None


def _palette_provider() -> type:
    """The wizard's command palette provider, imported when the palette first opens."""
    from mvi_tui.tui.commands import WizardCommands

    return WizardCommands


class MviApp(App[int]):
    """The mvi wizard."""

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))
    TITLE = "mvi"
    DEFAULT_MODE = "start"
    MODES = {step: _screen_factory(step) for step in STEPS}
    COMMANDS = App.COMMANDS | {_palette_provider}
    BINDINGS = [
        Binding("f1", "explain", "Help", id="help"),
        Binding("f2", "notes", "Notes", id="notes"),
        Binding("f3", "back", "Back", id="back"),
        Binding("f4", "next", "Next", id="next"),
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("ctrl+l", "language", "Nederlands", id="language", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    lang: reactive[str] = reactive("nl")
    dirty: reactive[bool] = reactive(False)
    path: reactive[Path | None] = reactive(None)
    proc_id: reactive[str] = reactive("")
    problems: reactive[dict[str, list[str]]] = reactive(dict, always_update=True)
    plan_version: reactive[int] = reactive(0)
    notes_visible: reactive[bool | None] = reactive(None)
    """None: each step shows its notes when it has some; F2 sets True or False for all."""

    def __init__(
        self,
        plan_path: str | os.PathLike[str] | None = None,
        lang: str = "nl",
        *,
        today: date | None = None,
        catalogue: Catalogue | None = None,
        recovery_dir: Path | None = None,
        examples_dir: Path | None = None,
        examples: bool = True,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.set_reactive(MviApp.lang, lang if lang in ("nl", "en") else "nl")
        self.today = today
        self.initial_path = Path(plan_path) if plan_path else None
        self.examples_dir = (examples_dir or checkout_examples()) if examples else None
        self.remember = remember
        self.in_browser = False
        self.plan_root: Path | None = None
        """In a browser: the only folder plans are opened from and saved to; else None."""
        self._detect_browser()
        self._catalogue = catalogue
        self._plan: Plan | None = None
        self._recovery_dir = recovery_dir
        self._session: RecoverySession | None = None
        self._autosave_timer: Any = None
        self._problems_timer: Any = None
        self.bids: dict[str, list[Any]] = {}
        # Procurements whose bids are the user's own (changed, or read from their file):
        # saving the plan saves them too, next to the plan.
        self.own_bids: set[str] = set()
        self.has_plan = False
        self.is_ready = False
        self._theme_ready = False

    # --------------------------------------------------------------- browser

    def _detect_browser(self) -> None:
        """Switch to the browser's rules when running under `mvi serve` / textual-serve.

        Recent plans, the theme and the language come from the server user's settings
        and recovery copies from any of their sessions (other tabs included), so none
        of them is read or offered; the checkout's examples give way to the plans of
        the folder. Checked at construction (environment) and again at mount (driver).
        """
        if self.in_browser or not in_browser(self):
            return
        self.in_browser = True
        self.remember = False
        self.examples_dir = None
        # Without `MVI_WEB_ROOT` (another textual-serve setup) the working directory is
        # the folder: a browser must never get the free run of the disk.
        self.plan_root = web_root() or Path.cwd().resolve()

    def checked_path(self, text: str, suffix: str = "") -> Path:
        """The file a user typed, with `suffix` added when it has another one.

        In a browser the path is taken relative to the plan folder and must stay inside
        it (raises `OutsideRoot`, whose `message(lang)` says why); in the terminal any
        path is fine, since the user owns the machine.
        """
        root = self.plan_root
        path = Path(text).expanduser() if root is None else check_inside_root(text, root)
        if suffix and path.suffix != suffix:
            try:
                path = path.with_suffix(suffix)
            except ValueError as exc:  # "..", "/": no file name to give a suffix
                raise OutsideRoot(text, root or Path.cwd(), "invalid") from exc
            if root is not None:  # `plan.toml` may be a link that leads out
                path = check_inside_root(path, root)
        return path

    def shown_path(self, path: Path) -> str:
        """A plan's path as the user should type it: relative to the plan folder in a browser."""
        root = self.plan_root
        if root is not None and path.resolve().is_relative_to(root):
            return str(path.resolve().relative_to(root))
        return path.name

    def deliver_outputs(
        self, write: Callable[[Path], list[Path]], folder: Path, zip_name: str
    ) -> list[str]:
        """Produce an export's files for the user; returns what to list as done.

        In the terminal `write` fills `folder` and the paths are returned. In a browser
        nothing may land on the server: `write` fills a temporary folder whose files are
        downloaded (several as one zip named `zip_name`) and only their names are
        returned. Runs in a worker thread; the delivery itself is handed to the UI thread,
        which reads the bytes at once, so the temporary folder can go right after.
        """
        if not self.in_browser:
            return [str(p) for p in write(folder)]
        with tempfile.TemporaryDirectory(prefix="mvi-export-") as tmp:
            written = write(Path(tmp))
            self.call_from_thread(deliver_files, self, written, zip_name)
            return [p.name for p in written]

    # ----------------------------------------------------------------- state

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue (the built-in one, loaded once per process, unless injected)."""
        if self._catalogue is None:
            from mvi_tui.core.catalogue import default_catalogue

            self._catalogue = default_catalogue()
        return self._catalogue

    @property
    def plan(self) -> Plan:
        """The plan being edited; a new empty one until the user starts or opens one."""
        if self._plan is None:
            from mvi_tui.core.editing import new_plan

            self._plan = new_plan(self.catalogue, lang=self.lang)
        return self._plan

    @property
    def session(self) -> RecoverySession:
        """This run's recovery file (created lazily; written only after a change)."""
        if self._session is None:
            from mvi_tui.core.recovery import RecoverySession

            self._session = RecoverySession(self._recovery_dir)
        return self._session

    def current_proc(self) -> Procurement | None:
        """The procurement the criteria and award steps work on."""
        plan = self.plan
        proc = plan.procurement(self.proc_id) if self.proc_id else None
        if proc is None and plan.procurements:
            proc = next((p for p in plan.procurements if p.tender), plan.procurements[0])
        return proc

    def current_title(self) -> str:
        """Title of the current procurement, for the info line."""
        if self._plan is None:
            return ""
        proc = self.current_proc()
        return proc.title if proc else ""

    def set_plan(self, plan: Plan, path: Path | None, *, dirty: bool = False) -> None:
        """Replace the plan (new, opened or recovered) and refresh every step."""
        self._plan = plan
        self.has_plan = True
        self.path = path
        self.dirty = dirty
        self.bids = {}
        self.own_bids = set()
        first = self.current_proc_for(plan)
        self.proc_id = first
        self.plan_version += 1
        if dirty:
            self._schedule_autosave()
        self._schedule_problems(now=True)

    @staticmethod
    def current_proc_for(plan: Plan) -> str:
        """The procurement to show first: the first with a tender draft, else the first."""
        with_tender = [p.id for p in plan.procurements if p.tender]
        if with_tender:
            return with_tender[0]
        return plan.procurements[0].id if plan.procurements else ""

    def changed(self) -> None:
        """A screen changed the plan: mark it unsaved, autosave, recompute problems."""
        self.has_plan = True
        self.dirty = True
        self.plan_version += 1
        self._schedule_autosave()
        self._schedule_problems()

    # -------------------------------------------------------------- autosave

    def _schedule_autosave(self) -> None:
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(AUTOSAVE_DELAY, self.autosave_now)

    def autosave_now(self) -> None:
        """Write the recovery copy now (also used by tests to flush the pending write)."""
        self._autosave_timer = None
        if self._plan is None or not self.dirty:
            return
        try:
            self.session.write(
                self._plan,
                plan_path=self.path,
                step=self.current_mode,
                procurement=self.proc_id,
            )
        except OSError as exc:
            self.notify(
                t("autosave_failed", self.lang, error=exc), severity="warning", markup=False
            )

    # -------------------------------------------------------------- problems

    def _schedule_problems(self, now: bool = False) -> None:
        if self._problems_timer is not None:
            self._problems_timer.stop()
        if now:
            self._problems_timer = None
            self.update_problems()
        else:
            self._problems_timer = self.set_timer(PROBLEMS_DELAY, self.update_problems)

    def update_problems(self) -> None:
        """Recompute which steps need attention (shown in the step bar and info line)."""
        from mvi_tui.core.editing import wizard_problems

        self._problems_timer = None
        self.problems = wizard_problems(
            self.plan, self.current_proc(), self.catalogue, self.lang, on=self.today
        )

    # ----------------------------------------------------------- navigation

    def action_goto(self, step: str) -> None:
        """Show a step (every step is reachable at any time)."""
        if step in STEPS and step != self.current_mode:
            self.switch_mode(step)

    def _step_index(self) -> int:
        return STEPS.index(self.current_mode) if self.current_mode in STEPS else 0

    def action_next(self) -> None:
        """Next step, unless the current one refuses (e.g. weights that do not add to 100)."""
        check = getattr(self.screen, "leave_check", None)
        reason = check() if callable(check) else None
        if reason:
            self.notify(reason, severity="warning", markup=False)
            return
        i = self._step_index()
        if i + 1 < len(STEPS):
            self.action_goto(STEPS[i + 1])

    def action_back(self) -> None:
        """Previous step."""
        i = self._step_index()
        if i > 0:
            self.action_goto(STEPS[i - 1])

    def start_at(self, plan: Plan) -> str:
        """The step to open a plan at: the plan overview once it has procurements."""
        return "plan" if plan.procurements else "organisation"

    # ------------------------------------------------------------ lifecycle

    def on_mount(self) -> None:
        self._detect_browser()  # the driver is known now (`is_web`)
        self.apply_saved_theme()

    def apply_saved_theme(self) -> None:
        """Use the theme the user chose last time (Textual's own themes, ansi ones included).

        Read with tomllib, like the interface language (`i18n.saved_language`): the pydantic
        settings model would cost as much start-up time as Textual itself.
        """
        import tomllib

        from mvi_tui.core.paths import settings_path

        theme = None
        if self.remember:
            try:
                with open(settings_path(), "rb") as handle:
                    theme = tomllib.load(handle).get("theme")
            except (OSError, ValueError, RecursionError):
                theme = None
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        self._theme_ready = True

    def on_ready(self) -> None:
        # The first screen is painted: now the work that may wait a moment.
        self.is_ready = True
        after_ready = getattr(self.screen, "after_ready", None)
        if callable(after_ready):
            after_ready()
        if self.initial_path is not None:
            self.open_plan(self.initial_path)
        self.call_after_refresh(self.offer_recovery)
        self.prefetch()

    @work(thread=True, exit_on_error=False, group="prefetch")
    def prefetch(self) -> None:
        """Load the plan models and the catalogue in the background after the first screen."""
        _ = self.catalogue
        import mvi_tui.core.editing  # noqa: F401

    def watch_theme(self, theme: str) -> None:
        if self._theme_ready and self.remember:
            from mvi_tui.core.settings import load_settings, save_settings

            settings = load_settings()
            settings.theme = theme
            save_settings(settings)

    # -------------------------------------------------------------- recovery

    def offer_recovery(self) -> None:
        """After a crash or kill: offer the newest copy a dead session left behind.

        Never in a browser: the copies belong to the server user's sessions, terminal
        and other tabs alike, and may name plans outside the plan folder.
        """
        if self.in_browser:
            return
        from mvi_tui.core.recovery import find_orphans

        orphans = find_orphans(self._recovery_dir)
        if orphans:
            self.ask_recover(orphans[0])

    def ask_recover(self, info: RecoveryInfo) -> None:
        """Ask whether to restore one recovery file."""
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        what = info.title or t("recover.unnamed", self.lang)
        if info.plan_path:
            what += f" ({Path(info.plan_path).name})"
        body = t("recover.body", self.lang, when=info.display_time, what=what)
        choices = [
            ("recover", t("recover.yes", self.lang), "primary"),
            ("discard", t("recover.discard", self.lang), "error"),
            ("later", t("recover.later", self.lang), "default"),
        ]

        def done(choice: str | None) -> None:
            from mvi_tui.core import recovery

            if choice == "recover":
                self.recover(info)
            elif choice == "discard":
                recovery.discard(info)
                self.offer_recovery()

        self.push_screen(ChoiceDialog(t("recover.title", self.lang), body, choices), done)

    def recover(self, info: RecoveryInfo) -> None:
        """Restore a recovered plan, its file name and the step the user was on."""
        from mvi_tui.core import recovery

        try:
            plan = recovery.load_recovered(info)
        except Exception as exc:  # noqa: BLE001 - a damaged copy must not stop the wizard
            self.notify(t("recover.failed", self.lang, error=exc), severity="error", markup=False)
            return
        self.set_plan(plan, Path(info.plan_path) if info.plan_path else None, dirty=True)
        if info.procurement and plan.procurement(info.procurement):
            self.proc_id = info.procurement
        recovery.discard(info)
        self.autosave_now()
        self.notify(t("recover.done", self.lang), markup=False)
        self.action_goto(info.step if info.step in STEPS else self.start_at(plan))

    # --------------------------------------------------------- open and save

    def open_plan(self, path: Path) -> None:
        """Open a plan file in a worker; the screen stays responsive while it loads.

        Every way to open (command line, start screen, Open dialog) passes here, so in
        a browser this is where a plan outside the plan folder is refused.
        """
        if self.plan_root is not None:
            try:
                path = check_inside_root(path, self.plan_root)
            except OutsideRoot as exc:
                self.notify(exc.message(self.lang), severity="error", markup=False)
                return
        self.notify(t("loading", self.lang), timeout=1, markup=False)
        self._load_worker(path)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load_worker(self, path: Path) -> None:
        from mvi_tui.core.planfile import load_plan
        from mvi_tui.core.problems import InputError

        try:
            plan, warnings = load_plan(path, self.lang, self.catalogue)
        except InputError as exc:
            self.call_from_thread(self._load_failed, exc.problems)
            return
        self.call_from_thread(self._loaded, path, plan, warnings)

    def _loaded(self, path: Path, plan: Plan, warnings: list[Any]) -> None:
        self.set_plan(plan, path.resolve())
        if self.remember:
            from mvi_tui.core.settings import remember_recent

            remember_recent(path)
        if warnings:
            self.notify(
                t("open.warnings", self.lang, n=len(warnings))
                + "\n"
                + "\n".join(w.format(self.lang) for w in warnings[:5]),
                severity="warning",
                timeout=8,
                markup=False,
            )
        else:
            self.notify(t("open.done", self.lang, name=path.name), markup=False)
        self.action_goto(self.start_at(plan))

    def _load_failed(self, problems: list[Any]) -> None:
        from mvi_tui.tui.screens.dialogs import MessageDialog

        text = "\n".join(p.format(self.lang) for p in problems[:30])
        self.push_screen(MessageDialog(t("open.failed", self.lang), text))

    def action_open(self) -> None:
        """Ask for a plan file and open it."""
        from mvi_tui.tui.screens.dialogs import PathDialog

        def done(path: Path | None) -> None:
            if path is not None:
                self.confirm_replace(lambda: self.open_plan(path))

        self.push_screen(
            PathDialog(
                t("open.title", self.lang),
                t("open.path", self.lang),
                "",
                check=self.checked_path,
                root=self.plan_root,
            ),
            done,
        )

    def confirm_replace(self, then: Callable[[], None]) -> None:
        """Run `then` at once, or after the user agrees to drop unsaved changes."""
        if not self.dirty:
            then()
            return
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        choices = [
            ("yes", t("start.replace_yes", self.lang), "error"),
            ("no", t("cancel", self.lang), "default"),
        ]

        def done(choice: str | None) -> None:
            if choice == "yes":
                then()

        self.push_screen(
            ChoiceDialog(t("quit.title", self.lang), t("start.replace", self.lang), choices), done
        )

    def save_to(self, path: Path) -> bool:
        """Write the plan atomically to `path`; the recovery copy is no longer needed.

        In a browser only inside the plan folder: every save (Ctrl+S, Save as, Save and
        quit) passes here.
        """
        from mvi_tui.core.planfile import save_plan

        if self.plan_root is not None:
            try:
                path = check_inside_root(path, self.plan_root)
            except OutsideRoot as exc:
                self.notify(exc.message(self.lang), severity="error", markup=False)
                return False
        try:
            save_plan(self.plan, path, catalogue_version=self.catalogue.version)
        except OSError as exc:
            self.notify(t("save_failed", self.lang, error=exc), severity="error", markup=False)
            return False
        self.path = path.resolve()
        self.dirty = False
        self.session.discard()
        self.save_own_bids()
        if self.remember:
            from mvi_tui.core.settings import remember_recent

            remember_recent(path)
        self.notify(t("saved", self.lang, path=path.name), markup=False)
        return True

    def save_own_bids(self) -> None:
        """Write the user's own bids next to the plan (after a save, also under a new name)."""
        from mvi_tui.core.award import bids_file_for, save_bids_file

        if self.path is None:
            return
        ids = {p.id for p in self.plan.procurements}
        for pid in sorted(self.own_bids & ids & set(self.bids)):
            file = bids_file_for(self.path, pid)
            try:
                save_bids_file(file, self.bids[pid], pid)
            except OSError as exc:
                error = f"{file}: {exc.strerror or exc}"
                self.notify(
                    t("award.bids_not_saved", self.lang, error=error),
                    severity="error",
                    markup=False,
                )

    def action_save(self) -> None:
        """Ctrl+S: save to the plan's file, or ask for a name the first time."""
        if self.path is None or not self.may_write(self.path):
            self.action_save_as()
        else:
            self.save_to(self.path)

    def may_write(self, path: Path) -> bool:
        """Whether Ctrl+S may write `path`: always in the terminal, inside the folder in a browser."""
        if self.plan_root is None:
            return True
        try:
            check_inside_root(path, self.plan_root)
        except OutsideRoot as exc:
            self.notify(exc.message(self.lang), severity="warning", markup=False)
            return False
        return True

    def action_save_as(self, then: Callable[[], None] | None = None) -> None:
        """Ask for a file name and save there."""
        from mvi_tui.tui.screens.dialogs import PathDialog

        default = self.shown_path(self.path) if self.path else self.suggest_file_name()

        def save(target: Path) -> None:
            if self.save_to(target) and then is not None:
                then()

        def done(target: Path | None) -> None:
            if target is None:
                return
            current = self.path.resolve() if self.path else None
            if target.exists() and target.resolve() != current:
                self.confirm_overwrite(target, lambda: save(target))
            else:
                save(target)

        self.push_screen(
            PathDialog(
                t("saveas.title", self.lang),
                t("saveas.path", self.lang),
                default,
                check=lambda text: self.checked_path(text, ".toml"),
                root=self.plan_root,
            ),
            done,
        )

    def confirm_overwrite(self, target: Path, then: Callable[[], None]) -> None:
        """Ask before a save replaces another file (it is kept as .bak all the same)."""
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        choices = [
            ("yes", t("saveas.overwrite", self.lang), "error"),
            ("no", t("cancel", self.lang), "default"),
        ]
        body = t("saveas.exists", self.lang, path=str(target))
        self.push_screen(
            ChoiceDialog(t("saveas.title", self.lang), body, choices),
            lambda choice: then() if choice == "yes" else None,
        )

    def suggest_file_name(self) -> str:
        """`gemeente-utrecht.toml` from the organisation's name."""
        import re

        name = self.plan.organisation.name.strip().lower() or "plan"
        slug = re.sub(r"[^a-z0-9]+", "-", name).strip("-") or "plan"
        return f"{slug}.toml"

    # ---------------------------------------------------------------- quit

    async def action_quit(self) -> None:
        """Ctrl+Q: quit, asking first when there are unsaved changes."""
        if not self.dirty:
            self.exit_cleanly()
            return
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        choices = [
            ("save", t("quit.save", self.lang), "primary"),
            ("discard", t("quit.discard", self.lang), "error"),
            ("cancel", t("cancel", self.lang), "default"),
        ]

        def done(choice: str | None) -> None:
            if choice == "save":
                if self.path is None:
                    self.action_save_as(then=self.exit_cleanly)
                elif self.save_to(self.path):
                    self.exit_cleanly()
            elif choice == "discard":
                self.exit_cleanly()

        self.push_screen(
            ChoiceDialog(t("quit.title", self.lang), t("quit.body", self.lang), choices), done
        )

    def exit_cleanly(self) -> None:
        """Leave without a recovery copy: the user saved or chose to drop the changes."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        if self._session is not None:
            self._session.discard()
        self.exit(0)

    # ------------------------------------------------------- help, notes, language

    def action_explain(self) -> None:
        """F1: explain the focused field."""
        from mvi_tui.tui.screens.dialogs import HelpDialog

        screen = self.screen
        if isinstance(screen, HelpDialog):
            screen.dismiss()
            return
        explain = getattr(screen, "explain", None)
        found = explain(screen.focused) if callable(explain) else None
        title, body = found or (t("help.title", self.lang), t("help.none", self.lang))
        self.push_screen(HelpDialog(title, body, self.key_summary(screen)))

    def key_summary(self, screen: Screen[Any]) -> str:
        """The keys active on a screen with their descriptions, for the help dialog."""
        from mvi_tui.tui.widgets.footer import translate_key

        lines = []
        seen = set()
        for _key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.show or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            lines.append(
                f"{self.get_key_display(binding):>8}  {translate_key(binding.description, self.lang)}"
            )
        return "\n".join(lines)

    def action_notes(self) -> None:
        """F2: show or hide the consultant notes of the step."""
        from mvi_tui.tui.widgets.notes import NotesPanel

        panels = self.screen.query(NotesPanel)
        shown = bool(panels) and panels.first().shown
        self.notes_visible = not shown
        refresh = getattr(self.screen, "refresh_notes", None)
        if callable(refresh):
            refresh(focus=self.notes_visible)

    async def action_language(self) -> None:
        """Switch the interface between Dutch and English; remembered in the settings."""
        self.lang = "en" if self.lang == "nl" else "nl"
        if self.remember:
            from mvi_tui.core.settings import load_settings, save_settings

            settings = load_settings()
            settings.language = self.lang
            save_settings(settings)
        relang = getattr(self.screen, "relang", None)
        if callable(relang):
            await relang()
        self._schedule_problems(now=True)
        self.notify(t("language_now", self.lang), timeout=2, markup=False)

    def action_export(self) -> None:
        """Go to the export tab of the review step."""
        self.action_goto("review")
        self.call_after_refresh(lambda: getattr(self.screen, "show_export", lambda: None)())

    def action_coaching(self) -> None:
        """Make the coaching report from the export tab (its folder and language)."""
        self.action_goto("review")
        self.call_after_refresh(lambda: getattr(self.screen, "start_coaching", lambda: None)())

    def action_theme(self) -> None:
        """Pick a Textual theme (the choice is remembered)."""
        self.search_themes()
