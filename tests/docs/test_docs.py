"""The documentation: examples that run, a data page that matches the data, a whole nav.

Sybil (see the root ``conftest.py``) runs ```` ```pycon ```` fences (examples with
``>>>`` prompts, as doctests) and ```` ```python ```` fences (code); a fence labelled
``py`` or ``doctest``, or an example hidden in a ``text`` block, would be skipped
without a word. The fence guard below makes such a fence fail instead. Prompts go in
pycon fences only: the site highlights those as a console session, and its copy button
then leaves out the prompts and the output (tests/test_site_build.py checks it).
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import json
import pkgutil
import re
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from project_scripts import load_script

import regional_migration

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
MARKDOWN = [ROOT / "README.md", *PAGES]

ALLOWED = frozenset({"pycon", "python", "console", "text", "json", "bash", "toml"})
"""Fence languages allowed: pycon and python run; the others are shown, without ``>>>``."""

RUN = frozenset({"pycon", "python"})

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")


def fences(text: str) -> list[tuple[int, str, str]]:
    """Every fenced block of *text* as ``(line number, language, body)``.

    Raises:
        ValueError: a fence is opened and never closed.
    """
    found: list[tuple[int, str, str]] = []
    lines = text.splitlines()
    at = 0
    while at < len(lines):
        opening = _FENCE.match(lines[at])
        if opening is None:
            at += 1
            continue
        mark = opening.group("mark")
        info = opening.group("info").strip()
        language = info.split()[0].lstrip("{.").rstrip("}") if info else ""
        body: list[str] = []
        end = at + 1
        while end < len(lines):
            closing = _FENCE.match(lines[end])
            if closing and closing.group("mark").startswith(mark) and not closing.group("info"):
                break
            body.append(lines[end])
            end += 1
        else:
            raise ValueError(f"line {at + 1}: the fence opened here is never closed")
        found.append((at + 1, language, "\n".join(body)))
        at = end + 1
    return found


def fence_problem(language: str, body: str) -> str | None:
    """Why a fence would be skipped or misread, or ``None`` if it is fine."""
    if not language:
        return "has no language; write ```python for examples, ```text for output"
    if language not in ALLOWED:
        hint = (
            " (examples go in ```pycon fences)" if language in {"py", "python3", "doctest"} else ""
        )
        return f"uses ```{language}, which the test runner skips{hint}"
    if language == "pycon" and not body.lstrip().startswith(">>>"):
        return "is a ```pycon fence that does not start with '>>>'; code goes in ```python"
    if language == "python" and ">>>" in body:
        return "holds '>>>' in a ```python fence; examples with prompts go in ```pycon"
    if language not in RUN and ">>>" in body:
        return f"holds '>>>' in a ```{language} fence, which never runs; use ```pycon"
    return None


@pytest.mark.parametrize(
    ("language", "body", "problem"),
    [
        ("pycon", ">>> 1 + 1\n2", None),
        ("python", "x = 1", None),
        ("python", ">>> 1 + 1\n2", "```pycon"),
        ("pycon", "x = 1", "does not start with '>>>'"),
        ("console", "$ regional-migration list", None),
        ("py", "x = 1", "skips"),
        ("python3", ">>> 1", "skips"),
        ("doctest", ">>> 1", "skips"),
        ("text", ">>> 1", "never runs"),
        ("", "anything", "no language"),
    ],
)
def test_fence_rules(language: str, body: str, problem: str | None) -> None:
    found = fence_problem(language, body)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert problem in found


def test_fences_are_found_with_their_language() -> None:
    text = "a\n```pycon\n>>> 1\n1\n```\n\n````text\n```\n````\n"
    assert fences(text) == [(2, "pycon", ">>> 1\n1"), (7, "text", "```")]
    with pytest.raises(ValueError, match="line 1: the fence opened here is never closed"):
        fences("```python\n>>> 1\n")


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_every_fence_runs_or_is_plainly_not_code(path: Path) -> None:
    problems = [
        f"{path.name}:{line}: {problem}"
        for line, language, body in fences(path.read_text(encoding="utf-8"))
        if (problem := fence_problem(language, body)) is not None
    ]
    assert not problems, "\n".join(problems)


def _modules() -> list[ModuleType]:
    return [regional_migration] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(regional_migration.__path__, "regional_migration.")
        if info.name != "regional_migration.__main__"
    ]


def _docstring_examples() -> int:
    finder = doctest.DocTestFinder()
    return sum(len(test.examples) for module in _modules() for test in finder.find(module))


def test_at_least_sixty_examples_run() -> None:
    in_markdown = sum(
        body.count("\n>>> ") + body.startswith(">>> ")
        for path in MARKDOWN
        for _, language, body in fences(path.read_text(encoding="utf-8"))
        if language in RUN
    )
    in_docstrings = _docstring_examples()
    assert in_markdown >= 40, in_markdown
    assert in_docstrings >= 20, in_docstrings
    assert in_markdown + in_docstrings >= 60


def _nav() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    block = re.split(r"\n(?=\S)", nav, maxsplit=1)[0]
    return re.findall(r":\s*([\w./-]+\.md)\s*$", block, re.MULTILINE)


def test_every_page_is_in_the_nav_and_every_entry_exists() -> None:
    nav = _nav()
    assert "index.md" in nav
    assert len(nav) == len(set(nav)), "a page is listed twice"
    missing = sorted(p.name for p in PAGES if p.name not in nav)
    assert not missing, f"pages missing from the nav in mkdocs.yml: {missing}"
    absent = sorted(entry for entry in nav if not (DOCS / entry).is_file())
    assert not absent, f"nav entries with no page: {absent}"


def test_home_page_links_every_guide() -> None:
    home = (DOCS / "index.md").read_text(encoding="utf-8")
    unlinked = sorted(e for e in _nav() if e != "index.md" and f"]({e}" not in home)
    assert not unlinked, f"index.md does not link to {unlinked}"


def _generator() -> ModuleType:
    return load_script("generate_data_page")


def test_data_page_matches_the_data() -> None:
    generator = _generator()
    page = generator.PAGE.read_text(encoding="utf-8")
    assert generator.render(page) == page, f"docs/data.md is stale; run: {generator.COMMAND}"


def test_data_page_counts_the_sources_every_part_of_a_process_cites() -> None:
    # Every source the processes' file lists is cited somewhere, meetings and pending
    # events included, and the page counts them all.
    generator = _generator()
    everything = [*regional_migration.processes(), *regional_migration.refugee_commissions()]
    counted = set().union(*map(generator.cited, everything))
    data = files("regional_migration").joinpath("data/processes.json").read_text("utf-8")
    listed = {source["id"] for source in json.loads(data)["sources"]}
    assert counted == listed
    page = (DOCS / "data.md").read_text(encoding="utf-8")
    assert f"and {len(counted)} distinct sources cited;" in page


def test_data_page_lists_every_discrepancy_and_process() -> None:
    page = (DOCS / "data.md").read_text(encoding="utf-8")
    for process in regional_migration.processes():
        assert f"| {process.id} | {process.name.en} |" in page
        for discrepancy in process.discrepancies:
            assert f"**{discrepancy.topic}.**" in page


def test_data_page_generator_refuses_a_page_without_its_regions() -> None:
    generator = _generator()
    with pytest.raises(ValueError, match="has no region for"):
        generator.render("# nothing here\n")
    with pytest.raises(ValueError, match="unknown region 'nope'"):
        generator.render("<!-- begin: nope -->\n<!-- end: nope -->")


def test_data_page_check_mode(capsys: pytest.CaptureFixture[str]) -> None:
    assert _generator().main(["--check"]) == 0
    assert capsys.readouterr().out == ""


def test_api_reference_covers_every_public_name() -> None:
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    errors = set(regional_migration.errors.__all__)
    described = {"DATA_VERSION", "__version__"}
    # An earlier name kept as an alias is named beside the entry of its class.
    aliases = {
        name: value.__name__
        for name in regional_migration.__all__
        if isinstance(value := getattr(regional_migration, name), type)
        and value.__name__ != name
        and name not in errors
    }
    for alias, name in aliases.items():
        assert f"`{alias}`" in api, alias
        assert f"::: regional_migration.{name}\n" in api, name
    missing = sorted(
        name
        for name in regional_migration.__all__
        if name not in errors
        and name not in described
        and name not in aliases
        and f"::: regional_migration.{name}\n" not in api
    )
    assert not missing, f"docs/api.md has no entry for {missing}"
    assert "::: regional_migration.errors\n" in api


_ITEM = r"(?:'[^']*'|\"[^\"]*\"|\d+)"
_SET_REPR = re.compile(rf"frozenset\(\{{[^}}]*,|(?<![\w\]])\{{{_ITEM}(?:, {_ITEM})+\}}")
"""A printed set or frozenset of two or more items: its order would follow string hashes."""


def _expected_outputs() -> list[tuple[str, str]]:
    """``(where, expected output)`` of every example in the Markdown and the docstrings."""
    parser = doctest.DocTestParser()
    found = [
        (f"{path.name}:{line}", example.want)
        for path in MARKDOWN
        for line, language, body in fences(path.read_text(encoding="utf-8"))
        if language in RUN
        for example in parser.get_examples(body)
    ]
    found += [
        (test.name, example.want)
        for module in _modules()
        for test in doctest.DocTestFinder().find(module)
        for example in test.examples
    ]
    return found


@pytest.mark.parametrize(
    ("output", "unordered"),
    [
        ("frozenset({'MX', 'GT'})", True),
        ("{'MX', 'GT'}", True),
        ("frozenset()", False),
        ("frozenset({'MX'})", False),
        ("['GT', 'MX']", False),
        ("{'MX': 1, 'GT': 2}", False),
    ],
)
def test_set_repr_pattern(output: str, unordered: bool) -> None:
    assert bool(_SET_REPR.search(output)) is unordered


def test_no_example_prints_a_set_in_hash_order() -> None:
    outputs = _expected_outputs()
    assert len(outputs) >= 60
    unordered = [where for where, want in outputs if _SET_REPR.search(want)]
    assert not unordered, f"sort these sets before printing them: {unordered}"
