"""The catalogue cache: used when nothing changed, rebuilt whenever anything did.

A stale cache would show a buyer yesterday's criteria, so every way the inputs can
change is tried: a user file edited, added or removed, another language, another
version of mvi-tui, a corrupt cache file, a cache folder that cannot be written.
(Speed is measured in benchmarks/cold_start.py, never asserted here.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import mvi_tui
from mvi_tui.core import catalogue as cat_mod
from mvi_tui.core.catalogue import builtin_root, cached_load_with_user, catalogue_cache_path

SOURCE = builtin_root() / "groups" / "kantoor" / "kantoormeubilair.toml"


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fresh config and cache folders; returns the user's catalogue groups folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MVI_NO_CACHE", raising=False)
    groups = tmp_path / "config" / "mvi-tui" / "catalogue" / "groups" / "kantoor"
    groups.mkdir(parents=True)
    return groups


class Loads:
    """Counts real loads (cache misses) by wrapping `load_with_user`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = cat_mod.load_with_user

        def counting(*args: object, **kwargs: object):  # noqa: ANN202
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(cat_mod, "load_with_user", counting)


def own_group(new_id: str) -> str:
    return SOURCE.read_text(encoding="utf-8").replace("kantoormeubilair", new_id)


def test_second_load_comes_from_the_cache_and_equals_a_fresh_one(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (user_dirs / "eigen.toml").write_text(own_group("eigen"), encoding="utf-8")
    (user_dirs / "kapot.toml").write_text("[group\n", encoding="utf-8")
    loads = Loads(monkeypatch)
    fresh, fresh_problems = cached_load_with_user("en")
    assert loads.count == 1 and catalogue_cache_path("en").is_file()
    cached, cached_problems = cached_load_with_user("en")
    assert loads.count == 1, "the second load should come from the cache"
    assert cached is not fresh  # really read back, not the same object
    assert cached.version == fresh.version and cached.root == fresh.root
    assert cached.groups == fresh.groups and cached.criteria == fresh.criteria
    assert {k: [c.id for c in v] for k, v in cached.by_group.items()} == {
        k: [c.id for c in v] for k, v in fresh.by_group.items()
    }
    assert cached.user_groups == fresh.user_groups and "eigen" in cached.groups
    assert cached_problems == fresh_problems and len(cached_problems) == 1
    # Search, reference tables and model methods work on the cached copy.
    assert [c.id for c in cached.filter(query="FSC")] == [c.id for c in fresh.filter(query="FSC")]
    assert cached.reference("thresholds") == fresh.reference("thresholds")
    crit = cached.criteria["kantoormeubilair-01"]
    assert crit.model_dump() == fresh.criteria["kantoormeubilair-01"].model_dump()


@pytest.mark.parametrize("change", ["edit", "add", "remove", "fix"])
def test_any_change_to_a_user_file_is_seen(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    first = user_dirs / "eigen.toml"
    first.write_text(own_group("eigen"), encoding="utf-8")
    broken = user_dirs / "kapot.toml"
    broken.write_text("[group\n", encoding="utf-8")
    loads = Loads(monkeypatch)
    before, _ = cached_load_with_user("en")
    if change == "edit":  # same size, same second: only mtime_ns and content differ
        text = first.read_text(encoding="utf-8").replace("Kantoormeubilair", "Kantoormeubilaar", 1)
        first.write_text(text, encoding="utf-8")
        stat = first.stat()
        os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1000))
    elif change == "add":
        (user_dirs / "tweede.toml").write_text(own_group("tweede"), encoding="utf-8")
    elif change == "remove":
        first.unlink()
    else:
        broken.write_text(own_group("hersteld"), encoding="utf-8")
    after, problems = cached_load_with_user("en")
    assert loads.count == 2, "a changed catalogue must be loaded again"
    expected = {
        "edit": ("Kantoormeubilaar", lambda c: c.groups["eigen"].name.nl),
        "add": (True, lambda c: "tweede" in c.groups),
        "remove": (False, lambda c: "eigen" in c.groups),
        "fix": (True, lambda c: "hersteld" in c.groups),
    }[change]
    assert expected[1](after) == expected[0]
    assert expected[1](before) != expected[0]
    assert (problems == []) is (change == "fix")


def test_language_and_version_are_part_of_the_key(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (user_dirs / "kapot.toml").write_text("[group\n", encoding="utf-8")
    loads = Loads(monkeypatch)
    _, en = cached_load_with_user("en")
    _, nl = cached_load_with_user("nl")
    assert loads.count == 2 and en[0].message != nl[0].message  # messages per language
    cached_load_with_user("nl")
    assert loads.count == 2
    monkeypatch.setattr(mvi_tui, "__version__", "999.0")
    cached_load_with_user("nl")
    assert loads.count == 3, "a new version of mvi-tui must not trust an old cache"


def test_corrupt_or_foreign_cache_is_rebuilt(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads = Loads(monkeypatch)
    cached_load_with_user("en")
    path = catalogue_cache_path("en")
    for junk in (b"", b"not a pickle", path.read_bytes()[:100], b"\x80\x04N."):
        path.write_bytes(junk)
        catalogue, _ = cached_load_with_user("en")
        assert "kantoormeubilair" in catalogue.groups
    assert loads.count == 5
    cached_load_with_user("en")
    assert loads.count == 5  # and the rebuilt cache is used again


def test_unwritable_cache_folder_is_no_error(
    user_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # mkdir below a file fails
    catalogue, problems = cached_load_with_user("en")
    assert "kantoormeubilair" in catalogue.groups and problems == []


def test_no_cache_switch(user_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MVI_NO_CACHE", "1")
    cached_load_with_user("en")
    assert not catalogue_cache_path("en").exists()


def test_help_and_language_lookup_do_not_import_pydantic(tmp_path: Path) -> None:
    """`mvi --help` stays a fast start: the language is read without the pydantic models."""
    settings = tmp_path / "config" / "mvi-tui" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "en"\ntheme = "x"\n', encoding="utf-8")
    code = (
        "import sys; from mvi_tui.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "from mvi_tui.core.i18n import interface_lang\n"
        "print(interface_lang(), 'pydantic' in sys.modules, file=sys.stderr)\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("MVI_LANG", None)
    env.update({"LANG": "nl_NL.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stderr.strip().splitlines()[-1] == "en False", result.stderr
    assert "exit codes" in result.stdout  # the help came out in the saved language
