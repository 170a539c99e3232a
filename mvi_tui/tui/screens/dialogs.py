"""Small modal dialogs: a choice, a message, help, a file path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static

from mvi_tui.tui.messages import t
from mvi_tui.tui.web import OutsideRoot, complete_in_root


class ChoiceDialog(ModalScreen[str | None]):
    """A question with a few buttons; returns the id of the button pressed (None on Esc)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("left", "app.focus_previous", "Previous", show=False),
        Binding("right", "app.focus_next", "Next", show=False),
    ]

    def __init__(self, title: str, body: str, choices: list[tuple[str, str, str]]) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.body = body
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.body, classes="dialog-body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                for ident, label, variant in self.choices:
                    yield Button(label, id=f"choice-{ident}", variant=variant, compact=True)  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_cancel(self) -> None:
        self.dismiss(None)


class MessageDialog(ModalScreen[None]):
    """A message (for example every problem of a plan that cannot be opened)."""

    BINDINGS = [Binding("escape", "close", "Close", id="close")]

    def __init__(self, title: str, text: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-scroll"):
                yield Static(self.text, markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("ok", self.app.lang), id="ok", variant="primary", compact=True)  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class HelpDialog(ModalScreen[None]):
    """F1: what the focused field means, and the keys of the step."""

    BINDINGS = [Binding("escape", "close", "Close", id="close")]

    def __init__(self, title: str, body: str, keys: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.body = body
        self.keys = keys

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        with Vertical(classes="dialog dialog-wide"):
            yield Label(f"? {self.title_text}", classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-scroll"):
                yield Static(self.body, markup=False, classes="help-body")
                if self.keys:
                    yield Label(t("help.keys", lang), classes="help-keys-title")
                    yield Static(self.keys, markup=False, classes="help-keys")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("close", lang), id="close", compact=True)

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class PathSuggester(Suggester):
    """Completes file and folder names as the user types a path (Right arrow accepts).

    With a `root` (the plan folder in a browser) only names inside it are suggested:
    walking the disk would show the names of the server's other folders.
    """

    def __init__(self, root: Path | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.root = root

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        if self.root is not None:
            return complete_in_root(value, self.root)
        path = Path(value).expanduser()
        folder, stem = (path, "") if value.endswith(("/", "\\")) else (path.parent, path.name)
        try:
            names = sorted(
                p.name + ("/" if p.is_dir() else "")
                for p in folder.iterdir()
                if p.name.startswith(stem)
                and not p.name.startswith(".")
                and (p.is_dir() or p.suffix == ".toml")
            )
        except OSError:
            return None
        if not names:
            return None
        head = value[: len(value) - len(stem)] if stem else value
        return head + names[0]


class PathDialog(ModalScreen[Path | None]):
    """Ask for a file path (open, save as); returns the checked path, or None on Esc.

    `check` (from the app) turns the text into the path to use or raises `OutsideRoot`;
    the dialog then shows why and stays open, so the user can correct what they typed.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(
        self,
        title: str,
        label: str,
        default: str,
        *,
        check: Callable[[str], Path] | None = None,
        root: Path | None = None,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.label = label
        self.default = default
        self.check = check or (lambda text: Path(text).expanduser())
        self.root = root

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        with Vertical(classes="dialog dialog-wide"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield Label(self.label)
            yield Input(self.default, id="path", suggester=PathSuggester(self.root))
            error = Static("", id="path-error", classes="error", markup=False)
            error.display = False  # until a path is refused
            yield error
            yield Static(f"{t('key.cancel', lang)}: Esc", classes="dim")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("ok", lang), id="ok", variant="primary", compact=True)
                yield Button(t("cancel", lang), id="cancel", compact=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        # The refusal was about the text as it was; an edited path has not been checked.
        event.stop()
        self.query_one("#path-error", Static).display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "ok":
            self.submit(self.query_one(Input).value)
        else:
            self.dismiss(None)

    def submit(self, value: str) -> None:
        """Close with the checked path, or show why it is refused and stay open."""
        text = value.strip()
        if not text:
            self.dismiss(None)
            return
        try:
            path = self.check(text)
        except OutsideRoot as exc:
            error = self.query_one("#path-error", Static)
            error.update(exc.message(self.app.lang))  # type: ignore[attr-defined]
            error.display = True
            self.query_one(Input).focus()
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
