"""Labels (nl, en) and Dutch help texts of the plan fields; see fieldhelp.py."""

LABELS: dict[str, dict[str, str]] = {}

HELP_NL: dict[str, str] = {}
