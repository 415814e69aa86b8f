"""The library's version: recorded in every evaluation, read by the packaging (hatch)."""

__version__ = "0.1.0.dev0"
