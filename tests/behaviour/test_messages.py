"""The words of the command line and the plots: all four languages, and nothing left in English."""

from __future__ import annotations

import re
import string

import pytest

import regional_migration as rm
from regional_migration._core.messages import MESSAGES, say
from regional_migration.cli import main

LANGUAGES = ("en", "es", "fr", "pt")
OTHERS = ("es", "fr", "pt")
WORD = re.compile(r"[^\W\d_]+")
URL = re.compile(r"https?://\S+")

# Names written the same in every language: formats, commands, options, metavariables.
IDENTIFIERS = {
    "by",  # CC BY, the licence
    "cc",
    "c",  # of iso2c, iso3c
    "n",  # of iso3n
    "cow",
    "csv",
    "dir",
    "parquet",
    "sqlite",
    "stata",
    "zip",
    "fips",
    "m",  # of M49
    "datapackage",
    "export",
    "file",
    "format",
    "frictionless",
    "html",
    "iso",
    "jaccard",
    "json",
    "certain",
    "lang",
    "possible",
    "provenance",
    "migration",  # regional_migration, the package's name
    "regional",
    "res",
    "rule",
    "table",
}
# Words spelled the same in English and in another language, each a real word of that
# language. Any other shared word is an untranslated one.
SHARED = {
    "es": {
        "a",
        "general",
        "interregional",
        "no",
        "panel",
        "regional",
        "subregional",
        "tribunal",
        "un",
        "use",
    }
    | IDENTIFIERS,
    "fr": {
        "a",
        "alpha",
        "antilles",
        "arguments",
        "instrument",
        "page",
        "s",  # the elided "si" of "s'il"
        "adoption",
        "code",
        "codes",
        "commission",
        "commissions",
        "date",
        "dates",
        "forum",
        "instruments",
        "options",
        "panel",
        "protection",
        "ratification",
        "signature",
        "source",
        "sources",
        "standard",
        "succession",
        "tribunal",
        "un",
        "versions",
        "vote",
    }
    | IDENTIFIERS,
    "pt": {"a", "as", "data", "regional", "tribunal", "use"} | IDENTIFIERS,
}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(URL.sub(" ", text))}


def vocabulary(lang: str) -> set[str]:
    """Every word the messages of *lang* hold, without their fields and option values."""
    return {
        w
        for message, texts in MESSAGES.items()
        if not message.startswith("value.")
        for w in words(re.sub(r"\{\w+\}", " ", texts[lang]))  # type: ignore[index]
    }


@pytest.mark.parametrize("message", sorted(MESSAGES))
def test_every_message_has_four_languages_with_the_same_fields(message: str) -> None:
    texts = MESSAGES[message]
    assert tuple(texts) == LANGUAGES
    assert all(texts[lang].strip() for lang in LANGUAGES)  # type: ignore[index]
    assert {lang: fields(texts[lang]) for lang in OTHERS} == {  # type: ignore[index]
        lang: fields(texts["en"]) for lang in OTHERS
    }


@pytest.mark.parametrize("lang", OTHERS)
def test_no_translation_is_left_in_english(lang: str) -> None:
    assert vocabulary(lang) & vocabulary("en") == SHARED[lang]


def test_every_status_kind_and_event_has_a_message() -> None:
    codes = [f"status.{s}" for s in rm.Status.__args__]  # type: ignore[attr-defined]
    codes += [f"kind.{k}" for k in rm.Kind.__args__]  # type: ignore[attr-defined]
    codes += [f"event.{e}" for e in rm.EventKind.__args__]  # type: ignore[attr-defined]
    codes += [f"confidence.{c}" for c in rm.Confidence.__args__]  # type: ignore[attr-defined]
    codes += [f"kind.{k}" for k in rm.InstrumentKind.__args__]  # type: ignore[attr-defined]
    codes += [f"action.{a}" for a in rm.ActionKind.__args__]  # type: ignore[attr-defined]
    assert [c for c in codes if c not in MESSAGES] == []


def test_say_fills_the_fields() -> None:
    assert say("compare.only", "fr", process="CRM") == "Seulement dans CRM"


def names(lang: str) -> set[str]:
    """The words of the proper names the data holds: countries, processes, instruments,
    commissions."""
    found = {rm.country_name(row.country, lang) for row in rm.membership_table().rows}
    found |= {p.name.get(lang) for p in rm.processes()}
    found |= {i.short_name.get(lang) for i in rm.instruments()}
    found |= {c.name for c in rm.refugee_commissions() if c.name}
    return {word for name in found for word in words(name)}


COMMANDS = [
    ("show", "CRM"),
    ("show", "FEM", "--on", "2024-01-01"),
    ("list",),
    ("members", "FEM", "--status", "associate", "--status", "suspended"),
    ("country", "VE"),
    ("country", "GY", "--on", "1990-01-01"),
    ("compare", "CRM", "MIRPS"),
    ("compare", "CRM", "CSM", "--on", "2019-01-01"),
    ("compare", "CRM", "MIRPS", "QUITO"),
    ("timeline", "FEM"),
    ("export", "--format", "table", "--status", "suspended"),
    ("commissions",),
    ("commissions", "GY"),
    ("sources", "crm_about"),
]


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_terminal_shows_no_english_word(
    lang: str, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    """Every word shown is a proper name, a code, or a word of *lang*'s messages.

    The texts recorded as the sources give them (titles, publishers, legal bases) are
    data, not words of the program, and are left out where a command shows them.
    """
    assert main(["--lang", lang, *command]) == 0
    out = capsys.readouterr().out
    if command[0] in {"sources", "commissions"}:
        out = "\n".join(line.partition(":")[0] for line in out.splitlines())
    shown = {w for w in WORD.findall(URL.sub(" ", out)) if not w.isupper()}  # codes: CRM, BZ
    left = {w.lower() for w in shown} - names(lang) - vocabulary(lang)
    assert left == set(), out
    english = {w.lower() for w in shown} & (vocabulary("en") - SHARED[lang] - names(lang))
    assert english == set(), out


def test_spanish_show_is_all_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "es", "show", "CRM"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:4] == [
        "CRM  Conferencia Regional sobre Migración",
        "tipo: proceso consultivo regional",
        "fundación: 1996-03-13",
        "sitio web: https://crmsv.org",
    ]
    assert "observador (5): Argentina (AR), Colombia (CO)" in out


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("command", [(), ("export",), ("matrix",), ("sources",)], ids=str)
def test_help_is_in_the_language(
    lang: str, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--help", f"--lang={lang}"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # unwrapped
    assert out.startswith(say("help.usage", lang).strip() + " regional-migration")  # type: ignore[arg-type]
    assert "(default:" not in out
    for message, texts in MESSAGES.items():
        english = texts["en"]
        if message.startswith(("help.", "command.")) and english != texts[lang] and " " in english:  # type: ignore[index]
            assert english.format(text="", default="") not in out, message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_count_of_one_reads_in_the_singular(lang: str) -> None:
    # Every message with a ".one" form keeps the plural's other fields and says "1".
    singular = [m for m in MESSAGES if m.endswith(".one")]
    assert singular
    for message in singular:
        plural = message.removesuffix(".one")
        assert fields(MESSAGES[message][lang]) | {"count"} == fields(MESSAGES[plural][lang])  # type: ignore[index]
        one = say(plural, lang, count=1, process="CRM", day="2020-01-01")  # type: ignore[arg-type]
        assert "1" in one
        assert one != say(plural, lang, count=2, process="CRM", day="2020-01-01").replace("2", "1")  # type: ignore[arg-type]
    assert "1 more state may" in say("line.lower_bound", "en", count=1)
