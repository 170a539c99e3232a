"""What the wizard needs to behave safely in a browser (`mvi serve`), without screens.

`mvi serve` (mvi_tui/web/serve.py) starts one wizard process per browser tab through
textual-serve and tells it the plan folder in `MVI_WEB_ROOT`. There is no login, so a
wizard in a browser must never read or write outside that folder, and whatever it
exports must travel to the user's machine instead of landing on the server. This module
holds those rules; the screens only call it. It imports Textual only for type checking,
so it is cheap to import and can be tested without an app.

How the wizard must use it (to be wired into mvi_tui/tui by its owner):

* Detect the browser once: `in_browser(app)` (true under textual-serve: `MVI_WEB_ROOT`
  is set, or the app runs on Textual's web driver). `web_root()` is the plan folder.
* Start screen: in a browser list `list_plans(web_root())` instead of the checkout's
  examples (`MviApp(examples_dir=web_root())`), and hide the recent plans and the
  crash-recovery offer (`MviApp(remember=False)`): both come from the server user's
  settings and can name files outside the folder, or another tab's session.
* Open and Save as: pass what the user typed through `check_inside_root(text)` and use
  the path it *returns* (relative paths are taken relative to the plan folder, not to
  the server's working directory). On `OutsideRoot`, show `exc.message(lang)` and keep
  the dialog open. The same goes for any other path a user can type (a bids file on the
  award step). In the path field's completion use `complete_in_root(value)` so folder
  names outside the plan folder are never suggested.
* Save (Ctrl+S) writes the plan on the server, as in the terminal; check the target
  with `check_inside_root` too (a plan opened from the folder passes).
* Export: in a browser there is no folder to choose. Export into a temporary folder
  (`tempfile.TemporaryDirectory`), then `deliver_files(app, written, zip_name)`: one
  file downloads as it is, several go as one zip (browsers block a burst of downloads).
  The bytes are read at once, so the temporary folder may be removed right after. The
  coaching report (`mvi_tui.export.coaching`) is delivered the same way.
* Hide actions that cannot work in a browser: anything that suspends the app to run an
  external editor or shell (`App.suspend`) is shown only when `can_suspend(app)`.
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from mvi_tui.core.i18n import tr

if TYPE_CHECKING:
    from textual.app import App

ROOT_ENV = "MVI_WEB_ROOT"
WEB_DRIVER = "textual.drivers.web_driver:WebDriver"
MAX_PLANS = 500
MAX_DEPTH = 4
PEEK_BYTES = 64 * 1024
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})
TEXT_MIME = ("text/", "application/json", "application/toml", "application/xml")

# A plan file has one of these; pyproject.toml and the catalogue's files have none.
_PLAN_TABLE = re.compile(
    rb"^[ \t]*(\[[ \t]*(organisation|ambitions)[ \t]*[.\]]|\[\[[ \t]*procurements[ \t]*\]\]"
    rb"|procurements[ \t]*=)",
    re.MULTILINE,
)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

MESSAGES = {
    "outside": {
        "nl": "{path}: valt buiten de map met plannen ({root}); in de browser kunt u alleen daarbinnen openen en opslaan",
        "en": "{path}: is outside the plan folder ({root}); in the browser you can only open and save inside it",
    },
    "invalid": {
        "nl": "{path}: geen geldig pad",
        "en": "{path}: not a valid path",
    },
}


class OutsideRoot(PermissionError):
    """A path the user gave resolves outside the plan folder (or is not a path at all)."""

    def __init__(self, path: str, root: Path, key: str = "outside") -> None:
        shown = "".join(c if c.isprintable() else "?" for c in path)
        self.path, self.root, self.key = shown, root, key
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The refusal in the interface language (nl or en)."""
        return tr(MESSAGES, self.key, lang, path=self.path, root=self.root)


def web_root() -> Path | None:
    """The plan folder `mvi serve` was given, or None when not serving."""
    value = os.environ.get(ROOT_ENV, "").strip()
    return Path(value).resolve() if value else None


def in_browser(app: App[object] | None = None) -> bool:
    """Whether this wizard runs in a browser tab under `mvi serve` / textual-serve.

    `MVI_WEB_ROOT` is the reliable sign (set by `mvi serve`); the web driver (set by
    textual-serve in `TEXTUAL_DRIVER`, or the app's driver) covers a wizard that some
    other textual-serve setup started, which must be as careful.
    """
    if web_root() is not None or os.environ.get("TEXTUAL_DRIVER") == WEB_DRIVER:
        return True
    return bool(app is not None and getattr(app, "is_web", False))


def can_suspend(app: App[object] | None = None) -> bool:
    """Whether the app may suspend itself to run an editor: never in a browser."""
    if in_browser(app):
        return False
    driver = getattr(app, "_driver", None) if app is not None else None
    return bool(driver is None or getattr(driver, "can_suspend", False))


def check_inside_root(
    path: str | os.PathLike[str], root: Path | None = None, lang: str = "en"
) -> Path:
    """The absolute path of `path`, refused when it resolves outside the plan folder.

    Relative paths are taken relative to the folder; `..`, absolute paths elsewhere and
    symlinks (also of parent folders, also dangling) that lead out are refused, because
    everything is resolved before the check. Without a root (the terminal) any path is
    allowed: the user owns the machine. Raises `OutsideRoot`.
    """
    base = root.resolve() if root is not None else web_root()
    text = os.fspath(path)
    if base is None:
        return Path(text).expanduser().resolve()
    try:
        if "\x00" in text or not text.strip():
            raise ValueError(text)
        candidate = Path(text).expanduser()
        target = (candidate if candidate.is_absolute() else base / candidate).resolve()
    except (ValueError, OSError, RuntimeError) as exc:  # NUL, symlink loop, bad name
        raise OutsideRoot(text, base, "invalid") from exc
    if target != base and not target.is_relative_to(base):
        raise OutsideRoot(text, base)
    return target


def _looks_like_plan(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return bool(_PLAN_TABLE.search(handle.read(PEEK_BYTES)))
    except OSError:
        return False


def list_plans(root: Path | None = None, limit: int = MAX_PLANS) -> list[Path]:
    """Plan files in the folder (and a few levels below), top level first, then by path.

    Hidden folders, virtual environments and bids files (`*.bids.toml`) are skipped, and
    only TOML files with a plan table count, so serving a project folder does not list
    pyproject.toml. Files whose real location is outside the folder are left out.
    """
    base = root.resolve() if root is not None else web_root()
    if base is None or not base.is_dir():
        return []
    found: list[Path] = []
    for folder, dirs, files in os.walk(base, followlinks=False):
        here = Path(folder)
        depth = len(here.relative_to(base).parts)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d not in SKIP_DIRS and depth + 1 < MAX_DEPTH
        )
        for name in sorted(files):
            if not name.endswith(".toml") or name.endswith(".bids.toml") or name[0] == ".":
                continue
            path = here / name
            try:
                real = check_inside_root(path, base)
            except OutsideRoot:
                continue
            if real.is_file() and _looks_like_plan(real):
                found.append(here / name)
        if len(found) >= limit:
            break
    found.sort(key=lambda p: (len(p.relative_to(base).parts), str(p.relative_to(base))))
    return found[:limit]


def complete_in_root(value: str, root: Path | None = None) -> str | None:
    """Completion for a path field: the first folder or .toml name inside the root.

    Replaces a completer that walks the whole disk, which in a browser would show the
    names of folders outside the plan folder.
    """
    base = root.resolve() if root is not None else web_root()
    if base is None or not value:
        return None
    folder_text, slash, stem = value.replace("\\", "/").rpartition("/")
    # "/p" is the disk's root folder, not the plan folder (whose names would then be
    # suggested for a path they do not continue).
    folder_text = folder_text or slash
    try:
        folder = check_inside_root(folder_text or ".", base)
        names = sorted(
            p.name + ("/" if p.is_dir() else "")
            for p in folder.iterdir()
            if p.name.startswith(stem)
            and not p.name.startswith(".")
            and (p.is_dir() or p.suffix == ".toml")
            and _inside(p, base)
        )
    except (OutsideRoot, OSError):
        return None
    if not names:
        return None
    return value[: len(value) - len(stem)] + names[0]  # continues what was typed


def _inside(path: Path, base: Path) -> bool:
    try:
        check_inside_root(path, base)
    except OutsideRoot:
        return False
    return True


def download_name(filename: str) -> str:
    """A file name that survives textual-serve's unquoted Content-Disposition header.

    textual-serve writes `attachment; filename=NAME` without quotes, so spaces, `;` or
    non-ASCII characters would cut the name short or break the header.
    """
    ascii_name = unicodedata.normalize("NFKD", Path(filename).name)
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii")
    name = _UNSAFE_NAME.sub("_", ascii_name).strip("._") or "download"
    return name[:120]


def deliver_file(
    app: App[object],
    path_or_bytes: str | os.PathLike[str] | bytes,
    filename: str,
    mime: str | None = None,
) -> str | None:
    """Send one file to the user: a download in the browser; returns the delivery key.

    The content is read into memory at once, so the caller may delete a temporary export
    folder straight away (Textual would otherwise read the file later, chunk by chunk).
    Text types go through `deliver_text` so the browser gets a `charset=utf-8`. Outside
    a browser Textual saves the file in the user's downloads folder instead.
    """
    if isinstance(path_or_bytes, bytes):
        data = path_or_bytes
    else:
        data = Path(path_or_bytes).read_bytes()
    name = download_name(filename)
    if mime is None:
        import mimetypes

        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if mime.startswith(TEXT_MIME):
        return app.deliver_text(
            io.BytesIO(data),  # type: ignore[arg-type]  # bytes are sent as they are
            save_filename=name,
            encoding="utf-8",
            mime_type=mime,
        )
    return app.deliver_binary(io.BytesIO(data), save_filename=name, mime_type=mime)


def zip_files(paths: list[Path]) -> bytes:
    """The files as one zip archive in memory, flat, under their own names."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        used: set[str] = set()
        for path in paths:
            name, n = path.name, 1
            while name in used:
                n += 1
                name = f"{path.stem}-{n}{path.suffix}"
            used.add(name)
            archive.write(path, name)
    return buffer.getvalue()


def deliver_files(app: App[object], paths: list[Path], zip_name: str) -> str | None:
    """Deliver an export: one file as it is, several as one zip named `zip_name`."""
    if not paths:
        return None
    if len(paths) == 1:
        return deliver_file(app, paths[0], paths[0].name)
    name = zip_name if zip_name.endswith(".zip") else zip_name + ".zip"
    return deliver_file(app, zip_files(paths), name, "application/zip")
