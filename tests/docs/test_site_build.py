"""The documentation site, built as CI builds it and opened from disk in Chromium.

``mkdocs build --strict`` writes the site to a temporary folder; scripts/check_site.py
then follows every navigation link from ``index.html`` (``file://``) and checks each
lands on a page with the title mkdocs.yml gives it, that the tour links its notebook,
and that the copy button leaves out ``>>>`` prompts and output. Skipped, saying why,
without the ``docs`` extra (mkdocs) or without Chromium; ``.ci/run`` runs it with both.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from project_scripts import load_script

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed: install the docs extra, pip install -e '.[docs]'")
    site = tmp_path_factory.mktemp("docs") / "site"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(  # noqa: S603 - this interpreter's mkdocs, on this repository
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        check=True,
        env=environment,
    )
    return site


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("no Chromium found: apt-get install chromium to check the built site")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable)
        yield launched
        launched.close()


def test_the_pages_of_the_nav_are_read_from_mkdocs_yml() -> None:
    pages = load_script("check_site").expected_pages()
    assert pages["index.html"] == "regional_migration"
    assert pages["recipes.html"] == "Join recipes - regional_migration"
    assert "tour.html" in pages
    assert len(pages) >= 15


@pytest.mark.browser
def test_the_built_site_navigates_from_disk(built: Path, chromium: Any) -> None:
    problems = load_script("check_site").check(built, chromium)
    assert not problems, "\n".join(problems)
