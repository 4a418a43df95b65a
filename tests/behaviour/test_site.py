"""The explorer: its pages read structurally, then driven in a real browser.

The structural checks always run (stdlib ``html.parser``). The browser tests drive
Debian's ``chromium`` through Playwright; they are marked ``browser`` and skipped,
saying why, when no Chromium is found (``apt-get install chromium``).
"""

from __future__ import annotations

import json
import shutil
import urllib.parse
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import pytest

import regional_migration as rm
from regional_migration.cli import main

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LANGUAGES = ("en", "es", "fr", "pt")


class Page(HTMLParser):
    """The elements of a page, each with its attributes and the text of its title child."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.titles: dict[str, str] = {}
        self.data = ""
        self._open: list[str] = []
        self._in_title_of: str | None = None
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.elements.append((tag, found))
        if tag == "path":
            self._open.append(str(found.get("id")))
        if tag == "title" and self._open:
            self._in_title_of = self._open[-1]
        self._in_data = tag == "script" and found.get("id") == "data"

    def handle_endtag(self, tag: str) -> None:
        if tag == "path" and self._open:
            self._open.pop()
        if tag == "title":
            self._in_title_of = None
        if tag == "script":
            self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_title_of is not None:
            self.titles[self._in_title_of] = self.titles.get(self._in_title_of, "") + data
        if self._in_data:
            self.data += data


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return rm.write_site(tmp_path_factory.mktemp("site") / "explorer")


def read(site: Path, lang: str) -> Page:
    page = Page()
    page.feed((site / f"{lang}.html").read_text(encoding="utf-8"))
    return page


def status_on(body: dict[str, Any], day: str) -> dict[str, str]:
    """What the page's script computes: the steps of *body* folded up to *day*."""
    found: dict[str, str] = {}
    if day < body["opened"]:
        return found
    for when, change in body["steps"]:
        if when > day:
            break
        for code, status in change.items():
            if status is None:
                found.pop(code, None)
            else:
                found[code] = status
    return found


def test_one_page_per_language_each_small(site: Path) -> None:
    assert sorted(p.name for p in site.iterdir()) == [f"{lang}.html" for lang in LANGUAGES]
    for lang in LANGUAGES:
        assert (site / f"{lang}.html").stat().st_size < 500_000
        assert read(site, lang).elements[0] == ("html", {"lang": lang})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_territory_has_an_id_a_title_and_a_class(site: Path, lang: str) -> None:
    page = read(site, lang)
    paths = [attrs for tag, attrs in page.elements if tag == "path"]
    codes = {f["id"] for f in rm.geometry()["features"]} - {"NL"}
    assert {p["data-code"] for p in paths} == codes
    for attrs in paths:
        code = str(attrs["data-code"])
        assert attrs["id"] == f"c-{code}"
        assert attrs["class"] == "t"
        assert page.titles[f"c-{code}"] == rm.country_name(code, lang=lang)
    ids = [attrs["id"] for _, attrs in page.elements if attrs.get("id")]
    assert len(ids) == len(set(ids))
    uses = [attrs["href"] for tag, attrs in page.elements if tag == "use"]
    assert uses
    assert all(str(href).removeprefix("#") in ids for href in uses)


def test_the_embedded_data_is_what_the_library_answers(site: Path) -> None:
    data = json.loads(read(site, "en").data)
    assert data["version"] == rm.DATA_VERSION
    bodies = {b["id"]: b for b in data["bodies"]}
    assert set(bodies) == {p.id for p in rm.processes()} | {i.id for i in rm.instruments()}
    days = [date(year, 12, 31).isoformat() for year in range(1951, 2026)]
    days += ["2018-09-03", "2018-09-04", "2017-10-26", "2022-06-10", "2025-06-01"]
    panel = rm.panel(days=days, processes=sorted(bodies))
    expected: dict[tuple[str, str], dict[str, str]] = {}
    for row in panel:
        if row.status is not None:
            expected.setdefault((row.process, row.day.isoformat()), {})[row.country] = row.status
    for body_id, body in bodies.items():
        for day in days:
            assert status_on(body, day) == expected.get((body_id, day), {}), (body_id, day)
    quito = bodies["QUITO"]
    for day in ("2017-12-31", "2018-09-04", "2025-06-01"):
        members = {c for c, s in status_on(quito, day).items() if s == "member"}
        assert members == rm.get("QUITO").members_on(day)
    assert bodies["STATELESSNESS-CONVENTION-1961"]["unknown"] == []
    assert bodies["GLOBAL-COMPACT-MIGRATION"]["unknown"] == ["AG", "BZ", "TT"]


def test_nothing_points_outside_the_file_but_the_sources(site: Path) -> None:
    siblings = {f"{lang}.html" for lang in LANGUAGES}
    for lang in LANGUAGES:
        text = (site / f"{lang}.html").read_text(encoding="utf-8")
        page = read(site, lang)
        for tag, attrs in page.elements:
            assert "src" not in attrs, tag
            href = attrs.get("href")
            if href is not None:
                assert href.startswith("#") or href in siblings, href
        data = json.loads(page.data)
        for _, _, url in data["sources"]:
            assert url.startswith(("https://", "http://"))
        without_data = text.replace(page.data, "")
        for word in ("http:", "https:", "fetch(", "XMLHttpRequest", "import(", "@import"):
            assert word not in without_data, word
        assert "url(#hatch)" in without_data


def test_the_folder_is_written_whole_and_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert rm.write_site(target) == target
    (target / "stale.html").write_text("old", encoding="utf-8")
    rm.write_site(target)
    assert sorted(p.name for p in target.iterdir()) == [f"{lang}.html" for lang in LANGUAGES]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging folder left


def test_bad_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(rm.InvalidArgumentError, match="give the folder"):
        rm.write_site("")
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(rm.InvalidArgumentError, match="symbolic link"):
        rm.write_site(link)
    file = tmp_path / "file"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(rm.InvalidArgumentError, match="is a file"):
        rm.write_site(file)
    assert list(real.iterdir()) == []


def test_a_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr("pathlib.Path.write_text", broken)
    with pytest.raises(OSError, match="disk full"):
        rm.write_site(tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_the_site_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["site", str(tmp_path / "x"), "--lang", "es"]) == 0
    assert capsys.readouterr().out == f"escrito: {tmp_path / 'x'}\n"
    assert (tmp_path / "x" / "pt.html").is_file()


# The browser tests.


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("no Chromium found: apt-get install chromium to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, site: Path) -> Iterator[Any]:
    """A page that refuses every request but for the file itself, and records them."""
    context = browser.new_context(viewport={"width": 1300, "height": 1100})
    attempted: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    context.route("**/*", guard)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.base = site.as_uri()
    yield opened
    assert attempted == []  # nothing left the file
    assert errors == []
    context.close()


def go(page: Any, lang: str, view: str) -> None:
    page.goto(f"{page.base}/{lang}.html#{view}")
    page.wait_for_function("document.getElementById('title').textContent.length > 0")


def set_day(page: Any, day: str) -> None:
    page.fill("#day", day)
    page.dispatch_event("#day", "change")


def rows(page: Any) -> dict[str, str]:
    return {
        str(tr.get_attribute("data-code")): str(tr.get_attribute("data-shown"))
        for tr in page.query_selector_all("#rows tr")
    }


def shown(page: Any, code: str) -> str:
    return str(page.get_attribute(f"#c-{code}", "data-shown"))


@pytest.mark.browser
def test_the_quito_process_day_by_day(page: Any) -> None:
    quito = rm.get("QUITO")
    go(page, "en", "p=QUITO&d=2017-12-31")
    assert page.text_content("#count") == "0"
    assert (
        page.text_content("#note") == "QUITO did not exist yet on 2017-12-31 (founded 2018-09-04)"
    )
    set_day(page, "2018-12-31")
    assert page.text_content("#count") == "11"
    assert set(rows(page)) == quito.members_on("2018-12-31")
    set_day(page, "2025-06-01")
    assert rows(page)["GT"] == "member"
    assert quito.is_member("GT", on="2025-06-01")
    assert "k-member" in str(page.get_attribute("#c-GT", "class"))
    assert page.evaluate("location.hash") == "#p=QUITO&d=2025-06-01"


@pytest.mark.browser
def test_the_slider_moves_the_day(page: Any) -> None:
    go(page, "en", "p=MIRPS&d=2024-12-31")
    first = date.fromisoformat(json.loads(page.text_content("#data"))["first"])
    target = date(2017, 1, 1)
    page.eval_on_selector(
        "#slider",
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }",
        str((target - first).days),
    )
    assert page.input_value("#day") == "2017-01-01"
    assert page.text_content("#count") == "0"  # MIRPS began in October 2017
    assert page.evaluate("location.hash") == "#p=MIRPS&d=2017-01-01"


@pytest.mark.browser
def test_picking_processes_and_the_overlap(page: Any) -> None:
    go(page, "en", "p=CRM&d=2024-12-31")
    page.select_option("#mode", "overlap")
    page.check("#bodies input[value=MIRPS]")
    assert page.evaluate("location.hash") == "#p=CRM,MIRPS&d=2024-12-31&m=overlap"
    table = rm.map_table(["CRM", "MIRPS"], on="2024-12-31", mode="overlap")
    for code in ("GT", "CA", "GF", "GP", "BB", "ES", "US"):
        assert shown(page, code) == table[code].shown, code
    counts = {
        str(d.get_attribute("data-shown")): int(str(d.get_attribute("data-count")))
        for d in page.query_selector_all("#legend div")
    }
    assert counts["2"] == sum(1 for row in table if row.shown == "2")


@pytest.mark.browser
def test_an_instrument_in_spanish_with_unknown_hatched(page: Any) -> None:
    go(page, "es", "p=CRM&d=2024-12-31")
    page.select_option("#one", "GLOBAL-COMPACT-MIGRATION")
    title = "Pacto Mundial para la Migración: condición al 2024-12-31"
    assert page.text_content("#title") == title
    table = rm.map_table("GCM", on="2024-12-31", lang="es")
    for code in ("BZ", "HT", "GF", "GP", "BB", "ES", "BR", "US", "DO"):
        assert shown(page, code) == table[code].shown, code
    assert page.eval_on_selector("#c-BZ", "el => el.style.fill") == 'url("#hatch")'
    assert page.eval_on_selector("#c-HT", "el => el.style.fill") != 'url("#hatch")'


@pytest.mark.browser
def test_the_country_panel_and_the_download(page: Any) -> None:
    go(page, "fr", "p=CSM&d=2024-12-31")
    page.click("#c-CO", position={"x": 5, "y": 5}, force=True)
    page.dispatch_event("#c-CO", "click")
    assert page.text_content("#panel h2") == "Colombie (CO)"
    links = page.eval_on_selector_all("#panel a", "els => els.map(a => a.href)")
    assert links
    assert all(link.startswith(("https://", "http://")) for link in links)
    href = str(page.get_attribute("#download", "href"))
    assert href.startswith("data:text/csv;charset=utf-8,")
    csv = urllib.parse.unquote(href.split(",", 1)[1])
    assert csv.startswith("\ufeffcountry,name,shown,label,detail\r\n")
    assert '"CO","Colombie","member"' in csv


@pytest.mark.browser
def test_screenshots_are_not_blank(page: Any, tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    for lang, view in (
        ("en", "p=QUITO&d=2025-06-01"),
        ("pt", "p=CRM,MIRPS,CSM&d=2024-12-31&m=overlap"),
    ):
        go(page, lang, view)
        path = tmp_path / f"{lang}.png"
        page.screenshot(path=str(path))
        with image.open(path) as shot:
            colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None
        assert len(colours) > 50, path
