"""Load and check the knowledge base (`ambitions/`).

Layout of a catalogue folder:
    catalogue.toml          [catalogue] version, date, title
    themes.toml             [[theme]]     the six MVOI themes
    levels.toml             [[level]]     the three ambition levels
    presets.toml            [[preset]]    ready sets of organisation ambitions
    clusters.toml           [[cluster]]
    isv.toml                [[category]]  the ten ISV risk categories
    groups/<cluster>/<group>.toml   [group] and [[criterion]]
    reference/*.toml        dated tables for the engine (thresholds, procedures, ...)

The loader reads everything, checks every cross reference and reports *all* problems,
each with its file, so a catalogue author can fix a whole batch at once.
"""

from __future__ import annotations

import difflib
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mvi_tui.core.catalogue_models import (
    CatalogueInfo,
    Cluster,
    Criterion,
    IsvCategory,
    LevelInfo,
    Preset,
    ProductGroup,
    ThemeInfo,
)
from mvi_tui.core.enums import CriterionType, Lang, Level, Theme
from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import InputError, Problem, loc_to_path
from mvi_tui.core.tomlio import read_toml

MESSAGES = {
    "dup_id": {"nl": "id {id} komt al voor in {other}", "en": "id {id} is used already in {other}"},
    "unknown_cluster": {
        "nl": "onbekend cluster {id}; bekend: {known}",
        "en": "unknown cluster {id}; known: {known}",
    },
    "wrong_folder": {
        "nl": "productgroep van cluster {cluster} staat in map {folder}",
        "en": "product group of cluster {cluster} is in folder {folder}",
    },
    "unknown_isv": {
        "nl": "onbekende ISV-risicocategorie {id}; bekend: {known}",
        "en": "unknown ISV risk category {id}; known: {known}",
    },
    "id_prefix": {
        "nl": "criterium-id {id} begint niet met de productgroep {group}-",
        "en": "criterion id {id} does not start with the product group {group}-",
    },
    "missing_file": {"nl": "ontbreekt", "en": "is missing"},
    "missing_theme": {"nl": "thema {id} ontbreekt", "en": "theme {id} is missing"},
    "missing_level": {"nl": "niveau {id} ontbreekt", "en": "level {id} is missing"},
    "no_groups": {"nl": "geen productgroepen gevonden", "en": "no product groups found"},
    "no_table": {"nl": "tabel [{table}] ontbreekt", "en": "table [{table}] is missing"},
    "user_clash_group": {
        "nl": "productgroep {id} bestaat al in de ingebouwde catalogus; kies een ander id",
        "en": "product group {id} exists in the built-in catalogue; choose another id",
    },
    "user_clash_criterion": {
        "nl": "criterium {id} bestaat al in de ingebouwde catalogus; kies een ander id",
        "en": "criterion {id} exists in the built-in catalogue; choose another id",
    },
    "user_not_list": {
        "nl": "[[criterion]] moet een lijst van tabellen zijn",
        "en": "[[criterion]] must be an array of tables",
    },
    "user_misplaced": {
        "nl": "hoort in groups/<cluster>/<productgroep>.toml; overgeslagen",
        "en": "belongs in groups/<cluster>/<group>.toml; skipped",
    },
    "user_more": {
        "nl": "(en nog {n} probleem/problemen in dit bestand)",
        "en": "(and {n} more problem(s) in this file)",
    },
    "user_skipped": {
        "nl": "bestand overgeslagen; de ingebouwde catalogus werkt zonder",
        "en": "file skipped; the built-in catalogue works without it",
    },
}


@dataclass
class Catalogue:
    """The whole knowledge base, indexed for the engine and the front ends."""

    root: Path
    info: CatalogueInfo
    themes: dict[Theme, ThemeInfo]
    levels: dict[Level, LevelInfo]
    presets: dict[str, Preset]
    clusters: dict[str, Cluster]
    isv_categories: dict[str, IsvCategory]
    groups: dict[str, ProductGroup]
    criteria: dict[str, Criterion]
    by_group: dict[str, list[Criterion]] = field(default_factory=dict)
    # Product groups from the user's own catalogue folder (group id -> file), and the
    # problems found there: kept here so that any front end can show them.
    user_groups: dict[str, str] = field(default_factory=dict)
    user_problems: list[Problem] = field(default_factory=list)
    _reference: dict[str, dict[str, Any]] = field(default_factory=dict)
    _search: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Built once so that filtering as the user types costs a substring test per criterion.
        self._search = {cid: search_text(c) for cid, c in self.criteria.items()}

    @property
    def version(self) -> str:
        """The catalogue version, recorded in every plan's [meta]."""
        return self.info.version

    def criteria_for(self, group_id: str) -> list[Criterion]:
        """The criteria of one product group, in catalogue order."""
        return self.by_group.get(group_id, [])

    def suggest(self, criterion_id: str, n: int = 3) -> list[str]:
        """The closest known criterion ids, for a message about an unknown id."""
        return difflib.get_close_matches(criterion_id, list(self.criteria), n=n, cutoff=0.5)

    def suggest_group(self, group_id: str, n: int = 3) -> list[str]:
        """The closest known product group ids."""
        return difflib.get_close_matches(group_id, list(self.groups), n=n, cutoff=0.5)

    def filter(
        self,
        *,
        group: str | None = None,
        theme: Theme | None = None,
        level: Level | None = None,
        type: CriterionType | None = None,
        query: str = "",
        lang: Lang | str = Lang.NL,
    ) -> list[Criterion]:
        """Criteria matching every given filter; `query` matches words in id, title and text."""
        pool: Iterable[Criterion] = self.criteria_for(group) if group else self.criteria.values()
        needle = query.lower()
        words = needle.split()
        # Search as you type: the results of the last queries with the same filters are
        # kept. Erasing a letter finds the shorter query's result ready, and a query that
        # extends a kept one can only narrow it, so that is filtered instead of the whole
        # catalogue (with thousands of criteria the scan took most of a keystroke).
        key = (group, theme, level, type)
        recent = getattr(self, "_recent_filters", None)
        if recent is None or recent[0] != key:
            recent = (key, {})
            self._recent_filters = recent
        kept: dict[str, list[Criterion]] = recent[1]
        if needle in kept:
            return list(kept[needle])
        base = max((n for n in kept if n and needle.startswith(n)), key=len, default=None)
        if base is not None:
            pool = kept[base]
        out = []
        for c in pool:
            if theme is not None and theme not in c.themes:
                continue
            if level is not None and c.level != level:
                continue
            if type is not None and c.type != type:
                continue
            if words:
                hay = self._search.get(c.id) or search_text(c)
                if not all(w in hay for w in words):
                    continue
            out.append(c)
        if len(kept) >= 64:
            kept.clear()
        kept[needle] = out
        return list(out)

    def reference(self, name: str) -> dict[str, Any]:
        """A dated reference table from `reference/NAME.toml` (read once, then cached)."""
        if name not in self._reference:
            self._reference[name] = read_toml(self.root / "reference" / f"{name}.toml")
        return self._reference[name]

    def stats(self) -> dict[str, dict[str, int]]:
        """Counts by cluster, product group, theme, level and type (for `catalog stats`)."""
        by_cluster: Counter[str] = Counter()
        by_theme: Counter[str] = Counter()
        for c in self.criteria.values():
            by_cluster[self.groups[c.group].cluster] += 1
            by_theme.update(str(t) for t in c.themes)
        return {
            "total": {
                "criteria": len(self.criteria),
                "product_groups": len(self.groups),
                "clusters": len(self.clusters),
            },
            "by_cluster": {k: by_cluster.get(k, 0) for k in self.clusters},
            "by_product_group": {k: len(v) for k, v in self.by_group.items()},
            "by_theme": {str(t): by_theme.get(str(t), 0) for t in Theme},
            "by_level": {
                str(int(lv)): sum(1 for c in self.criteria.values() if c.level == lv)
                for lv in Level
            },
            "by_type": {
                str(t): sum(1 for c in self.criteria.values() if c.type == t) for t in CriterionType
            },
        }


def search_text(c: Criterion) -> str:
    """Lower-case text a search matches against: id and every text in both languages.

    Means of proof are included on purpose: buyers search for labels such as FSC or TCO.
    """
    parts = [
        c.id,
        c.title.nl,
        c.title.en,
        c.text.nl,
        c.text.en,
        c.verification.nl,
        c.verification.en,
    ]
    return " ".join(parts).lower()


def builtin_root() -> Path:
    """The folder of the catalogue shipped with the package."""
    try:
        root = Path(str(resources.files("mvi_tui.ambitions")))
        if (root / "catalogue.toml").is_file():
            return root
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "ambitions"


def _validate(model: type[BaseModel], data: Any, file: str, base: str, problems: list[Problem]):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            path = loc_to_path((base, *err["loc"])) if base else loc_to_path(err["loc"])
            problems.append(Problem(file, err["msg"], path=path))
        return None


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def load_catalogue(
    root: str | os.PathLike[str] | None = None, lang: Lang | str = Lang.EN
) -> Catalogue:
    """Read a catalogue folder; raise `InputError` listing every problem found."""
    base = Path(root) if root is not None else builtin_root()
    problems: list[Problem] = []

    def table(name: str, key: str) -> tuple[str, list[Any]]:
        path = base / name
        rel = _rel(base, path)
        if not path.is_file():
            problems.append(Problem(rel, tr(MESSAGES, "missing_file", lang)))
            return rel, []
        try:
            data = read_toml(path, lang)
        except InputError as exc:
            problems.extend(exc.problems)
            return rel, []
        value = data.get(key)
        if value is None:
            problems.append(Problem(rel, tr(MESSAGES, "no_table", lang, table=key)))
            return rel, []
        return rel, value if isinstance(value, list) else [value]

    def many(name: str, key: str, model: type[BaseModel], ident: str) -> dict[Any, Any]:
        rel, rows = table(name, key)
        out: dict[Any, Any] = {}
        for i, row in enumerate(rows):
            item = _validate(model, row, rel, f"{key}[{i}]", problems)
            if item is not None:
                out[getattr(item, ident)] = item
        return out

    rel, info_rows = table("catalogue.toml", "catalogue")
    info = _validate(CatalogueInfo, info_rows[0], rel, "catalogue", problems) if info_rows else None
    themes = many("themes.toml", "theme", ThemeInfo, "id")
    levels = many("levels.toml", "level", LevelInfo, "level")
    presets = many("presets.toml", "preset", Preset, "id")
    clusters = many("clusters.toml", "cluster", Cluster, "id")
    isv = many("isv.toml", "category", IsvCategory, "id")
    for t in Theme:
        if themes and t not in themes:
            problems.append(
                Problem(_rel(base, base / "themes.toml"), tr(MESSAGES, "missing_theme", lang, id=t))
            )
    for lv in Level:
        if levels and lv not in levels:
            problems.append(
                Problem(
                    _rel(base, base / "levels.toml"),
                    tr(MESSAGES, "missing_level", lang, id=int(lv)),
                )
            )

    groups: dict[str, ProductGroup] = {}
    group_file: dict[str, str] = {}
    criteria: dict[str, Criterion] = {}
    criterion_file: dict[str, str] = {}
    by_group: dict[str, list[Criterion]] = defaultdict(list)
    files = sorted((base / "groups").glob("*/*.toml"))
    if not files:
        problems.append(Problem(_rel(base, base / "groups"), tr(MESSAGES, "no_groups", lang)))
    for path in files:
        rel = _rel(base, path)
        try:
            data = read_toml(path, lang)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        group = _validate(ProductGroup, data.get("group"), rel, "group", problems)
        if group is None:
            continue
        if group.id in groups:
            problems.append(
                Problem(
                    rel,
                    tr(MESSAGES, "dup_id", lang, id=group.id, other=group_file[group.id]),
                    path="group.id",
                )
            )
            continue
        if clusters and group.cluster not in clusters:
            problems.append(
                Problem(
                    rel,
                    tr(
                        MESSAGES,
                        "unknown_cluster",
                        lang,
                        id=group.cluster,
                        known=", ".join(clusters),
                    ),
                    path="group.cluster",
                )
            )
        elif path.parent.name != group.cluster:
            problems.append(
                Problem(
                    rel,
                    tr(
                        MESSAGES,
                        "wrong_folder",
                        lang,
                        cluster=group.cluster,
                        folder=path.parent.name,
                    ),
                    path="group.cluster",
                )
            )
        if group.isv_risk is not None and isv and group.isv_risk not in isv:
            problems.append(
                Problem(
                    rel,
                    tr(MESSAGES, "unknown_isv", lang, id=group.isv_risk, known=", ".join(isv)),
                    path="group.isv_risk",
                )
            )
        groups[group.id] = group
        group_file[group.id] = rel
        for i, row in enumerate(data.get("criterion", [])):
            if isinstance(row, dict):
                row = {**row, "group": group.id}
            crit = _validate(Criterion, row, rel, f"criterion[{i}]", problems)
            if crit is None:
                continue
            if not crit.id.startswith(group.id + "-"):
                problems.append(
                    Problem(
                        rel,
                        tr(MESSAGES, "id_prefix", lang, id=crit.id, group=group.id),
                        path=f"criterion[{i}].id",
                    )
                )
            if crit.id in criteria:
                problems.append(
                    Problem(
                        rel,
                        tr(MESSAGES, "dup_id", lang, id=crit.id, other=criterion_file[crit.id]),
                        path=f"criterion[{i}].id",
                    )
                )
                continue
            criteria[crit.id] = crit
            criterion_file[crit.id] = rel
            by_group[group.id].append(crit)

    if problems or info is None:
        raise InputError(problems)
    return Catalogue(
        root=base,
        info=info,
        themes=themes,
        levels=levels,
        presets=presets,
        clusters=clusters,
        isv_categories=isv,
        groups=groups,
        criteria=criteria,
        by_group=dict(by_group),
    )


def user_root() -> Path:
    """The user's own catalogue folder: `config_dir()/catalogue` (need not exist)."""
    from mvi_tui.core.paths import config_dir

    return config_dir() / "catalogue"


def load_with_user(
    lang: Lang | str = Lang.EN, root: str | os.PathLike[str] | None = None
) -> tuple[Catalogue, list[Problem]]:
    """The built-in catalogue plus the product groups in the user's catalogue folder.

    An organisation adds its own product groups as `groups/<cluster>/<group>.toml`
    (the format of `ambitions/groups`) under `user_root()`. Each file is all or
    nothing: a file with any problem is skipped with one message naming the file and
    the place, so a typo in a colleague's file never takes the tool down; an id that
    clashes with the built-in catalogue is refused, so a user file can never silently
    change a national criterion. The problems are returned and kept in
    `Catalogue.user_problems` (as warnings: the catalogue works).
    """
    builtin = load_catalogue(lang=lang)
    return add_user_groups(builtin, Path(root) if root is not None else user_root(), lang)


def add_user_groups(
    base: Catalogue, root: Path, lang: Lang | str = Lang.EN
) -> tuple[Catalogue, list[Problem]]:
    """`base` plus the valid group files under `root/groups` (see `load_with_user`)."""
    groups_dir = root / "groups"
    if not groups_dir.is_dir():
        return base, []
    problems: list[Problem] = []
    groups: dict[str, ProductGroup] = {}
    criteria: dict[str, Criterion] = {}
    by_group: dict[str, list[Criterion]] = {}
    files: dict[str, str] = {}
    criterion_files: dict[str, str] = {}
    try:
        entries = sorted(groups_dir.rglob("*.toml"))
    except OSError as exc:
        return base, [Problem(str(groups_dir), str(exc.strerror or exc), severity="warning")]
    for path in entries:
        if path.name.startswith("."):  # editor and temp files
            continue
        name = str(path)
        if path.parent.parent != groups_dir:
            problems.append(Problem(name, tr(MESSAGES, "user_misplaced", lang), severity="warning"))
            continue
        found: list[Problem] = []
        loaded = _user_group_file(path, base, lang, files, criterion_files, found)
        if found or loaded is None:
            problems.append(_one_per_file(found, name, lang))
            continue
        group, rows = loaded
        groups[group.id] = group
        files[group.id] = name
        by_group[group.id] = rows
        for crit in rows:
            criteria[crit.id] = crit
            criterion_files[crit.id] = name
    if not groups:
        return _with_problems(base, problems), problems
    merged = replace(
        base,
        groups={**base.groups, **groups},
        criteria={**base.criteria, **criteria},
        by_group={**base.by_group, **by_group},
        user_groups=files,
        user_problems=problems,
    )
    return merged, problems


def _with_problems(base: Catalogue, problems: list[Problem]) -> Catalogue:
    if not problems:
        return base
    return replace(base, user_problems=problems)


def _one_per_file(found: list[Problem], name: str, lang: Lang | str) -> Problem:
    """The first problem of a skipped file, saying how many more there are."""
    first = found[0] if found else Problem(name, "")
    parts = [first.message] if first.message else []
    if len(found) > 1:
        parts.append(tr(MESSAGES, "user_more", lang, n=len(found) - 1))
    parts.append(tr(MESSAGES, "user_skipped", lang))
    message = "; ".join([" ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    return Problem(
        first.file,
        message,
        path=first.path,
        line=first.line,
        column=first.column,
        severity="warning",
    )


def _user_group_file(
    path: Path,
    base: Catalogue,
    lang: Lang | str,
    user_files: dict[str, str],
    user_criteria: dict[str, str],
    problems: list[Problem],
) -> tuple[ProductGroup, list[Criterion]] | None:
    """Check one user group file against the built-in catalogue and the files before it."""
    name = str(path)
    try:
        data = read_toml(path, lang)
    except InputError as exc:
        problems.extend(exc.problems)
        return None
    if "group" not in data:
        problems.append(Problem(name, tr(MESSAGES, "no_table", lang, table="group")))
        return None
    group = _validate(ProductGroup, data["group"], name, "group", problems)
    if group is None:
        return None
    if group.id in base.groups:
        problems.append(
            Problem(name, tr(MESSAGES, "user_clash_group", lang, id=group.id), path="group.id")
        )
    elif group.id in user_files:
        problems.append(
            Problem(
                name,
                tr(MESSAGES, "dup_id", lang, id=group.id, other=user_files[group.id]),
                path="group.id",
            )
        )
    if group.cluster not in base.clusters:
        known = ", ".join(base.clusters)
        problems.append(
            Problem(
                name,
                tr(MESSAGES, "unknown_cluster", lang, id=group.cluster, known=known),
                path="group.cluster",
            )
        )
    elif path.parent.name != group.cluster:
        problems.append(
            Problem(
                name,
                tr(MESSAGES, "wrong_folder", lang, cluster=group.cluster, folder=path.parent.name),
                path="group.cluster",
            )
        )
    if group.isv_risk is not None and group.isv_risk not in base.isv_categories:
        known = ", ".join(base.isv_categories)
        problems.append(
            Problem(
                name,
                tr(MESSAGES, "unknown_isv", lang, id=group.isv_risk, known=known),
                path="group.isv_risk",
            )
        )
    rows = data.get("criterion", [])
    if not isinstance(rows, list):
        problems.append(Problem(name, tr(MESSAGES, "user_not_list", lang), path="criterion"))
        return None
    criteria: list[Criterion] = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if isinstance(row, dict):
            row = {**row, "group": group.id}
        crit = _validate(Criterion, row, name, f"criterion[{i}]", problems)
        if crit is None:
            continue
        where = f"criterion[{i}].id"
        if not crit.id.startswith(group.id + "-"):
            problems.append(
                Problem(
                    name, tr(MESSAGES, "id_prefix", lang, id=crit.id, group=group.id), path=where
                )
            )
        if crit.id in base.criteria:
            problems.append(
                Problem(name, tr(MESSAGES, "user_clash_criterion", lang, id=crit.id), path=where)
            )
        elif crit.id in user_criteria or crit.id in seen:
            other = user_criteria.get(crit.id, name)
            problems.append(
                Problem(name, tr(MESSAGES, "dup_id", lang, id=crit.id, other=other), path=where)
            )
        seen.add(crit.id)
        criteria.append(crit)
    return group, criteria


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The built-in catalogue plus the user's own groups, loaded once per process.

    Problems in the user's files do not stop anything: they are in `user_problems`.
    Comes from the cache in the user's cache folder when no catalogue file changed.
    """
    from mvi_tui.core.i18n import interface_lang

    catalogue, _ = cached_load_with_user(interface_lang())
    return catalogue


# -- the catalogue cache ---------------------------------------------------------------
#
# Parsing the ~50 TOML files of the catalogue and validating them is most of the cost of
# a cold `mvi validate` or `mvi export` (about 300 ms of CPU against 70 ms for starting
# Python with pydantic; benchmarks/cold_start.py). The loaded catalogue is therefore kept
# as a pickle in `cache_dir()`, keyed by everything it was made from: the format of the
# cache, the versions of mvi-tui, Python and pydantic, the message language (user
# problems are messages), the catalogue folders, and the path, size and mtime of every
# file the loader reads (built-in and user files alike, so adding, removing or editing
# any of them invalidates the cache). A missing, stale, corrupt or unreadable cache is
# simply rebuilt; a cache folder that cannot be written is no error. MVI_NO_CACHE=1
# switches it off. The cache holds only what the loader read from the user's own files
# and the package; whoever can write the user's cache folder can already run code as
# that user, so unpickling it adds no exposure.

CACHE_FORMAT = 1


def _catalogue_files(builtin: Path, user: Path) -> list[Path]:
    """Every file `load_with_user` reads (reference tables are read later, on demand)."""
    names = ("catalogue.toml", "themes.toml", "levels.toml", "presets.toml")
    files = [builtin / n for n in (*names, "clusters.toml", "isv.toml")]
    files += sorted((builtin / "groups").glob("*/*.toml"))
    user_groups = user / "groups"
    if user_groups.is_dir():
        files += sorted(user_groups.rglob("*.toml"))
    return files


def catalogue_cache_key(lang: Lang | str, user: Path | None = None) -> tuple[Any, ...]:
    """What a cached catalogue must have been made from to be used (see above)."""
    import sys

    import pydantic

    from mvi_tui import __version__

    builtin = builtin_root()
    user = user_root() if user is None else user
    stamps = []
    for path in _catalogue_files(builtin, user):
        try:
            st = path.stat()
            stamps.append((str(path), st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append((str(path), None, None))
    return (
        CACHE_FORMAT,
        __version__,
        sys.version,
        pydantic.VERSION,
        str(lang),
        str(builtin),
        str(user),
        tuple(stamps),
    )


def catalogue_cache_path(lang: Lang | str) -> Path:
    from mvi_tui.core.paths import cache_dir

    return cache_dir() / f"catalogue-{lang}.pickle"


def cached_load_with_user(lang: Lang | str = Lang.EN) -> tuple[Catalogue, list[Problem]]:
    """`load_with_user(lang)`, from the cache when nothing changed since it was made."""
    import pickle

    if os.environ.get("MVI_NO_CACHE", "") not in ("", "0"):
        return load_with_user(lang)
    key = catalogue_cache_key(lang)
    path = catalogue_cache_path(lang)
    try:
        with open(path, "rb") as handle:
            stored = pickle.load(handle)
        if (
            isinstance(stored, dict)
            and stored.get("key") == key
            and isinstance(stored.get("catalogue"), Catalogue)
        ):
            return stored["catalogue"], list(stored["problems"])
    except Exception:  # noqa: BLE001 - missing, corrupt or from another version: rebuild
        pass
    catalogue, problems = load_with_user(lang)
    try:
        from mvi_tui.core.atomic import atomic_write_bytes

        data = pickle.dumps(
            {"key": key, "catalogue": catalogue, "problems": problems},
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except Exception:  # noqa: BLE001 - a read-only or full disk only costs speed
        pass
    return catalogue, problems
