"""MkDocs hooks of Wegwijzer: only calls the package's adapter (all logic lives in wegwijzer/)."""

from wegwijzer.mkdocs_adapter import (  # noqa: F401
    on_build_error,
    on_config,
    on_env,
    on_files,
    on_nav,
    on_page_content,
    on_page_context,
    on_page_markdown,
    on_post_build,
    on_post_page,
    on_startup,
)
