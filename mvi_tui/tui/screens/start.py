"""Step 1: begin a new plan (empty or from a preset), open a file, a recent plan or an example.

In a browser (`mvi serve`) the examples give way to the plans of the served folder, and
recent plans are not shown (the app does not read them there).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import work
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen
from mvi_tui.tui.web import list_plans
from mvi_tui.tui.widgets.quiet import Quiet


class StartScreen(StepScreen):
    """A list of ways to begin; the presets arrive from the catalogue in the background."""

    STEP = "start"
    AUTO_FOCUS = "#start-options"

    def __init__(self) -> None:
        super().__init__()
        self.presets: list[tuple[str, str, str]] = []  # id, name, description
        self.recent: list[str] = []
        self.served: list[Path] | None = None  # the plan folder's plans, in a browser
        self.help_texts: dict[str, str] = {}

    def compose_body(self) -> Iterable[Widget]:
        yield Quiet(t("start.intro", self.lang), id="start-intro", classes="intro")
        yield Quiet("", id="start-current", classes="dim")
        yield OptionList(id="start-options", markup=False)
        yield Quiet("", id="start-help", classes="start-help")

    def on_mount(self) -> None:
        # The catalogue must not delay the first screen: when the app starts here, it
        # calls `after_ready` once that screen is painted.
        if self.app.is_ready:  # type: ignore[attr-defined]
            self.load_presets()

    def after_ready(self) -> None:
        self.load_presets()

    @work(thread=True, exclusive=True, group="presets")
    def load_presets(self) -> None:
        """Read presets (catalogue) and recent plans (settings) off the UI thread.

        Both modules cost as much to import as Textual itself, so the first screen shows
        without them and they join the list a moment later. The served folder's plans
        are found here too: that means reading the start of every TOML file in it.
        """
        catalogue = self.app.catalogue  # type: ignore[attr-defined]
        lang = self.lang
        presets = [
            (p.id, p.name.get(lang), p.description.get(lang)) for p in catalogue.presets.values()
        ]
        recent: list[str] = []
        if self.app.remember:  # type: ignore[attr-defined]
            from mvi_tui.core.settings import load_settings

            recent = load_settings().recent
        root = self.app.plan_root  # type: ignore[attr-defined]
        served = list_plans(root) if root is not None else None
        self.app.call_from_thread(self._presets_loaded, presets, recent, served)

    def _presets_loaded(
        self,
        presets: list[tuple[str, str, str]],
        recent: list[str],
        served: list[Path] | None = None,
    ) -> None:
        self.presets = presets
        self.recent = recent
        self.served = served
        self.refresh_view()

    async def relang(self) -> None:
        await super().relang()
        self.load_presets()

    def options(self) -> list[Option | None]:
        """Every way to begin, under small headers."""
        lang = self.lang
        opts: list[Option | None] = []
        self.help_texts = {}

        def header(text: str) -> None:
            opts.append(Option(f"── {text} ──", disabled=True))

        header(t("start.presets", lang))
        opts.append(Option(f"+ {t('start.new', lang)}", id="new"))
        self.help_texts["new"] = t("start.new_help", lang)
        for pid, name, description in self.presets:
            opts.append(Option(f"+ {t('start.preset', lang, name=name)}", id=f"preset:{pid}"))
            self.help_texts[f"preset:{pid}"] = description
        opts.append(Option(f"> {t('start.open', lang)}", id="open"))
        root = self.app.plan_root  # type: ignore[attr-defined]
        self.help_texts["open"] = (
            t("start.open_help", lang)
            if root is None
            else t("start.open_help_served", lang, folder=root)
        )
        recent = self.recent
        if recent:
            header(t("start.recent", lang))
            for i, path in enumerate(recent):
                exists = Path(path).is_file()
                label = f"  {Path(path).name}  ({Path(path).parent})"
                opts.append(
                    Option(
                        label if exists else f"  {label} {t('start.missing', lang)}",
                        id=f"recent:{i}",
                        disabled=not exists,
                    )
                )
                self.help_texts[f"recent:{i}"] = path
        if root is not None and self.served is not None:
            header(t("start.served", lang, folder=root.name or str(root)))
            for path in self.served:
                rel = str(path.relative_to(root))
                opts.append(Option(f"  {rel}", id=f"example:{path}"))
                self.help_texts[f"example:{path}"] = rel
            if not self.served:
                opts.append(Option(f"  {t('start.served_none', lang)}", disabled=True))
        examples = self.app.examples_dir  # type: ignore[attr-defined]
        if examples is not None:
            files = sorted(
                (p for p in examples.rglob("*.toml") if not p.name.endswith(".bids.toml")),
                key=lambda p: (len(p.relative_to(examples).parts), str(p)),
            )
            if files:
                header(t("start.examples", lang))
                for path in files:
                    rel = path.relative_to(examples)
                    opts.append(Option(f"  {rel}", id=f"example:{path}"))
                    self.help_texts[f"example:{path}"] = str(path)
        return opts

    def refresh_view(self) -> None:
        options = self.query_one("#start-options", OptionList)
        keep = options.highlighted_option.id if options.highlighted_option else None
        options.clear_options()
        options.add_options(self.options())
        ids = [o.id for o in options.options]
        first = next(
            (i for i in range(options.option_count) if not options.get_option_at_index(i).disabled),
            0,
        )
        options.highlighted = ids.index(keep) if keep is not None and keep in ids else first
        current = self.query_one("#start-current", Quiet)
        app = self.app
        if app.has_plan:  # type: ignore[attr-defined]
            name = app.plan.organisation.name or (
                app.path.name if app.path else t("new_plan_name", self.lang)
            )  # type: ignore[attr-defined]
            current.update(t("start.current", self.lang, name=name))
            current.display = True
        else:
            current.display = False
        if self.focused is None:
            options.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#start-help", Quiet).update(self.help_texts.get(event.option.id or "", ""))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id or ""
        app = self.app
        if choice == "open":
            app.action_open()  # type: ignore[attr-defined]
        elif choice == "new" or choice.startswith("preset:"):
            preset = choice.partition(":")[2] or None
            app.confirm_replace(lambda: self.start_new(preset))  # type: ignore[attr-defined]
        elif choice.startswith("recent:"):
            path = Path(self.recent[int(choice.partition(":")[2])])
            app.confirm_replace(lambda: app.open_plan(path))  # type: ignore[attr-defined]
        elif choice.startswith("example:"):
            path = Path(choice.partition(":")[2])
            app.confirm_replace(lambda: app.open_plan(path))  # type: ignore[attr-defined]

    def start_new(self, preset: str | None) -> None:
        """A new plan (with a preset's ambitions) and on to the organisation step."""
        from mvi_tui.core.editing import new_plan

        app = self.app
        plan = new_plan(app.catalogue, preset, self.lang)  # type: ignore[attr-defined]
        app.set_plan(plan, None)  # type: ignore[attr-defined]
        app.action_goto("organisation")  # type: ignore[attr-defined]
