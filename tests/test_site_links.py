"""linkchecker over the real built site: 0 broken links (internal links and anchors)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def test_linkchecker_finds_no_broken_links(site_dir):
    # linkchecker drops to user 'nobody' when run as root: the copy must be world-readable,
    # and pytest's own temp folder is private to its user.
    public = Path(tempfile.mkdtemp(prefix="wegwijzer-links-"))
    try:
        os.chmod(public, 0o755)
        shutil.copytree(site_dir, public / "site")
        for folder, dirs, files in os.walk(public):
            for name in dirs:
                os.chmod(Path(folder) / name, 0o755)
            for name in files:
                os.chmod(Path(folder) / name, 0o644)
        linkchecker = Path(sys.executable).parent / "linkchecker"
        result = subprocess.run(
            [
                str(linkchecker),
                "--no-status",
                "--no-warnings",
                (public / "site" / "index.html").as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
        assert "0 errors found" in result.stdout or "0 fouten" in result.stdout, result.stdout
    finally:
        shutil.rmtree(public, ignore_errors=True)
