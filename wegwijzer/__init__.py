"""Wegwijzer: records (YAML + Markdown) in, the public site of a youth-care network out."""

__version__ = "0.1.0"
