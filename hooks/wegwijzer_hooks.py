"""MkDocs hooks of Wegwijzer: only calls the package's adapter (all logic lives in wegwijzer/)."""

from wegwijzer.mkdocs_adapter import on_config, on_files, on_page_context  # noqa: F401
