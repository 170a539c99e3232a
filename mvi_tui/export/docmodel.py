"""The neutral tender document: chapters, sections and blocks of plain text.

The builder (`document.py`) decides *what* the document says; the renderers decide only
how it looks. Every string in these objects is plain text, never markup: each renderer
escapes it for its own format, so a plan text such as `<script>` or `{{ 7*7 }}` stays
text everywhere. Something the buyer must still fill in is written `[[...]]`
(`mvi_tui.core.resolve.PLACEHOLDER_MARK`); renderers may highlight it, never remove it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import ClassVar

PLACEHOLDER_RE = re.compile(r"\[\[([^\[\]\n]{1,300})\]\]")
"""A placeholder in a text: `[[what to fill in]]`."""


@dataclass(slots=True)
class Paragraph:
    """A paragraph of running text; `note` paragraphs are guidance printed in italics."""

    text: str
    note: bool = False
    kind: ClassVar[str] = "paragraph"


@dataclass(slots=True)
class Bullets:
    """An unordered list of short items."""

    items: list[str]
    kind: ClassVar[str] = "bullets"


@dataclass(slots=True)
class Table:
    """A table with a header row; `numeric` marks right-aligned columns, `total` a last row."""

    header: list[str]
    rows: list[list[str]]
    numeric: list[bool] = field(default_factory=list)
    total: list[str] | None = None
    caption: str = ""
    _pairs_cache: dict[str, list] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    kind: ClassVar[str] = "table"

    def aligned(self, col: int) -> bool:
        """Whether column `col` holds numbers (right-aligned)."""
        return col < len(self.numeric) and self.numeric[col]

    def _pairs(self) -> dict[str, list]:
        # Made once per table: the Markdown and the HTML renderer both read them.
        if self._pairs_cache is None:
            flags = [self.aligned(i) for i in range(len(self.header))]

            def pair(values: list[str]) -> list[tuple[str, bool]]:
                return list(zip(values, flags + [False] * (len(values) - len(flags)), strict=False))

            self._pairs_cache = {
                "head": pair(self.header),
                "body": [pair(row) for row in self.rows],
                "foot": pair(self.total) if self.total else [],
            }
        return self._pairs_cache

    @property
    def head(self) -> list[tuple[str, bool]]:
        """The header as (text, numeric) pairs, so templates need no index arithmetic."""
        return self._pairs()["head"]

    @property
    def body(self) -> list[list[tuple[str, bool]]]:
        """The rows as lists of (text, numeric) pairs."""
        return self._pairs()["body"]

    @property
    def foot(self) -> list[tuple[str, bool]]:
        """The total row as (text, numeric) pairs; empty when there is none."""
        return self._pairs()["foot"]


@dataclass(slots=True)
class Field:
    """A labelled line under a requirement, e.g. `Bewijsmiddel: FSC-certificaat`."""

    label: str
    text: str


@dataclass(slots=True)
class Requirement:
    """A numbered requirement, award criterion or clause with its criterion id."""

    number: str
    title: str
    paragraphs: list[str]
    fields: list[Field] = field(default_factory=list)
    ref: str = ""
    kind: ClassVar[str] = "requirement"

    @property
    def heading(self) -> str:
        """`E3 Hout uit duurzaam beheerde bossen`."""
        return f"{self.number} {self.title}"


Block = Paragraph | Bullets | Table | Requirement


@dataclass(slots=True)
class Section:
    """A numbered section (`6.2`) of a chapter."""

    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    kind: ClassVar[str] = "section"

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}" if self.number else self.title


@dataclass(slots=True)
class Chapter:
    """A chapter; `number` is empty for the closing list of things to fill in."""

    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    anchor: str = ""

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title

    @property
    def flow(self) -> list[Block | Section]:
        """The chapter's blocks, then each section followed by its blocks: one loop to render."""
        out: list[Block | Section] = list(self.blocks)
        for section in self.sections:
            out.append(section)
            out.extend(section.blocks)
        return out


@dataclass(slots=True)
class Placeholder:
    """One thing the buyer must still fill in, and the chapter where it first appears."""

    text: str
    where: str


@dataclass(slots=True)
class TenderDocument:
    """A whole draft specification for one tender, in one language."""

    lang: str
    title: str
    subtitle: str
    organisation: str
    created: date
    kind: str
    status: str
    chapters: list[Chapter]
    placeholders: list[Placeholder] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    procurement_id: str = ""

    def blocks(self):  # noqa: ANN201 - a generator of (chapter, section | None, block)
        """Every block in reading order, for renderers and tests."""
        for chapter in self.chapters:
            for block in chapter.blocks:
                yield chapter, None, block
            for section in chapter.sections:
                for block in section.blocks:
                    yield chapter, section, block


def block_texts(block: Block, out: list[str] | None = None) -> list[str]:
    """Every string a block shows (used to collect placeholders), appended to `out`."""
    if out is None:
        out = []
    if isinstance(block, Paragraph):
        out.append(block.text)
    elif isinstance(block, Bullets):
        out.extend(block.items)
    elif isinstance(block, Table):
        out.extend(block.header)
        out.append(block.caption)
        for row in block.rows:
            out.extend(row)
        if block.total:
            out.extend(block.total)
    else:
        out += (block.number, block.title)
        out.extend(block.paragraphs)
        for f in block.fields:
            out += (f.label, f.text)
    return out
