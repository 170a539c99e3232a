"""Safe output file names: `<plan-stem>--<procurement-id>.<ext>`, always inside DIR.

Plan file names and procurement ids come from users; a name such as `../../x`, `/etc/x`,
`CON` or 300 characters long must neither write outside the output folder nor fail on
Windows. Each part is reduced to ASCII letters, digits, `.`, `_` and `-`, without `..`,
without leading or trailing dots, bounded in length and never a reserved Windows device
name; the final path is then checked to resolve inside the output folder.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

EXTENSIONS = {"md": ".md", "html": ".html", "docx": ".docx", "ocds": ".ocds.json", "toml": ".toml"}
MAX_PART = 80
SEPARATOR = "--"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")
_DASHES = re.compile(r"-{2,}")
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in "0123456789¹²³"}
)


class UnsafePath(ValueError):
    """A computed output path would leave the output folder (should never happen)."""


def safe_part(text: str, limit: int = MAX_PART, *, stem: bool = False) -> str:
    """One part of a file name, reduced to safe characters.

    With `stem`, runs of dashes are shortened to one so the `--` separator stays
    unambiguous between the plan stem and the procurement id.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = _UNSAFE.sub("_", ascii_text)
    out = _DOTS.sub(".", out)
    if stem:
        out = _DASHES.sub("-", out)
    out = out.strip("._- ")[:limit].rstrip("._- ")
    if not out:
        out = "_"
    if out.split(".", 1)[0].upper() in RESERVED:
        out = "_" + out
    return out


def output_name(stem: str, procurement_id: str | None, fmt: str) -> str:
    """`stem--id.ext` for a tender, `stem.toml` for the plan itself."""
    ext = EXTENSIONS[fmt]
    if procurement_id is None:
        return f"{safe_part(stem, stem=True)}{ext}"
    return f"{safe_part(stem, stem=True)}{SEPARATOR}{safe_part(procurement_id)}{ext}"


@lru_cache(maxsize=64)
def _resolved(folder: str) -> Path:
    """The real path of an output folder, resolved once (resolving costs a syscall per part)."""
    return Path(folder).resolve()


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, verified to be a direct child of the real `folder`.

    A name without separators that is not `.` or `..` can only name an entry of the
    folder itself; an existing symlink there is replaced by the atomic rename, never
    written through.
    """
    bad = not name or name in (".", "..") or "\x00" in name
    bad = bad or any(sep in name for sep in ("/", "\\", os.sep, os.altsep or "/"))
    if bad:
        raise UnsafePath(name)
    root = _resolved(os.path.abspath(folder))
    target = root / name
    if target.parent != root:  # pragma: no cover - guaranteed by the checks above
        raise UnsafePath(name)
    return target


def unique_stems(paths: list[Path]) -> list[str]:
    """A safe stem per plan file; equal ones (a/plan.toml, b/plan.toml) get -2, -3, ..."""
    used: set[str] = set()
    out = []
    for path in paths:
        base = safe_part(path.stem, stem=True)
        name, n = base, 1
        while name.lower() in used:  # case-insensitive: Windows and macOS folders
            n += 1
            name = f"{base}-{n}"
        used.add(name.lower())
        out.append(name)
    return out
