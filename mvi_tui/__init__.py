"""mvi-tui: draft Dutch public tenders with socially responsible procurement (MVI) criteria."""

__version__ = "0.1.0"
