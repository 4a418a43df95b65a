"""Check the built documentation site as a reader opens it from disk, in Chromium.

Opens ``index.html`` through ``file://``, follows every link of the site's navigation
and checks that each lands on a page (not a folder listing) whose title is the one
mkdocs.yml gives it; on every page, the navigation leads back home. Then checks what a
reader takes away: the tour page links its notebook, and the copy button of a console
example copies the code without its ``>>>`` prompts, its output and its tracebacks.

Run after ``mkdocs build``: ``python scripts/check_site.py SITE_DIR``. Needs Playwright
and a Chromium (Debian's ``chromium``); tests/docs/test_site_build.py runs it on a fresh build.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml  # type: ignore[import-untyped, unused-ignore]

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mkdocs.yml"

_NAV_LINKS = ".md-nav--primary a.md-nav__link[href]"

# What mkdocs-material's copy button copies from a code block (its bundle: the
# ``data-md-copying`` attribute is set while ``innerText`` is read, so that what the
# style sheet hides then is left out).
_COPIED = """() => [...document.querySelectorAll("pre > code")]
  .map((code) => {
    code.setAttribute("data-md-copying", "");
    const text = code.innerText;
    code.removeAttribute("data-md-copying");
    return text;
  })"""


def expected_pages(config: Path = CONFIG) -> dict[str, str]:
    """Each page of the nav, as its built file name, with the title its tab shows."""
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    site = settings["site_name"]
    found: dict[str, str] = {}

    def walk(items: list[dict[str, object]]) -> None:
        for item in items:
            ((title, target),) = item.items()
            if isinstance(target, list):
                walk(target)
                continue
            page = str(Path(str(target)).with_suffix(".html"))
            found[page] = site if page == "index.html" else f"{title} - {site}"

    walk(settings["nav"])
    return found


def _landed(page: Page, site: Path) -> str:
    """The file name of the page Chromium shows, or a problem."""
    url = page.url.split("#", 1)[0]
    if not url.startswith(site.as_uri() + "/") or not url.endswith(".html"):
        return f"not a page of the site: {url}"
    if page.locator(".md-content").count() == 0:
        return f"not a page of the site (a folder listing?): {url}"
    return url.removeprefix(site.as_uri() + "/")


def _only_files(route: Route) -> None:
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def check(site: Path, browser: Browser) -> list[str]:  # noqa: C901 - one walk, read in order
    """Every problem a reader would meet in the built *site*, in a Playwright *browser*."""
    problems: list[str] = []
    expected = expected_pages()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    # Nothing but the files of the site: the page must work offline, from disk.
    context.route("**/*", _only_files)
    page = context.new_page()
    home = (site / "index.html").as_uri()
    page.goto(home)
    count = page.locator(_NAV_LINKS).count()
    reached: dict[str, str] = {}
    for index in range(count):
        page.goto(home)
        link = page.locator(_NAV_LINKS).nth(index)
        href = link.get_attribute("href") or ""
        if href.startswith("#"):
            continue  # the home page's own table of contents
        link.click()
        page.wait_for_load_state()
        landed = _landed(page, site)
        if landed not in expected:
            problems.append(f"the nav link {href!r} leads to {landed}")
            continue
        reached[landed] = page.title()
    for name, title in sorted(expected.items()):
        if name not in reached:
            problems.append(f"no nav link leads to {name}")
        elif reached[name] != title:
            problems.append(f"{name} is titled {reached[name]!r}, not {title!r}")
    for name in sorted(reached):
        page.goto((site / name).as_uri())
        page.locator(_NAV_LINKS).filter(has_text="Home").first.click()
        page.wait_for_load_state()
        if _landed(page, site) != "index.html":
            problems.append(f"the nav of {name} does not lead home")
    page.goto((site / "tour.html").as_uri())
    notebook = page.locator("a[href$='tour.ipynb']")
    if notebook.count() == 0 or not (site / "tour.ipynb").is_file():
        problems.append("the tour page does not link its notebook for download")
    for name in sorted(reached):
        page.goto((site / name).as_uri())
        for text in page.evaluate(_COPIED):
            lines = text.splitlines()
            shown = (">>>", "...", "Traceback")
            if any(
                line.startswith(shown) or "<Panel:" in line or "Error:" in line for line in lines
            ):
                problems.append(f"{name}: the copy button copies prompts or output: {text!r}")
    context.close()
    return problems


def main(argv: list[str]) -> int:
    """Check the site in ``argv[0]``; print each problem; 1 if there is any."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - the test extra

    (folder,) = argv
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        print("no Chromium found: apt-get install chromium", file=sys.stderr)
        return 1
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        problems = check(Path(folder).resolve(), browser)
        browser.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(expected_pages())} pages checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
