"""The corrections and updates of the 2026 review, checked through the public API."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from project_scripts import load_script

import regional_migration as rm
from regional_migration._dataset.processes import PendingEvent
from regional_migration._dataset.records import Source
from regional_migration.errors import UnknownProcessError

DATA = Path(rm.__file__).parent / "data" / "processes.json"


def process(key: str) -> rm.Process:
    """The process *key* names (`rm.get` may also find an instrument)."""
    found = rm.get(key)
    assert isinstance(found, rm.Process)
    return found


def test_venezuela_is_an_associate_of_the_fem_from_2004() -> None:
    fem = process("FEM")
    assert "VE" not in fem.countries_with("associate", on="2004-07-07")
    assert "VE" in fem.countries_with("associate", on="2010-01-01")
    assert "VE" in fem.members_on("2013-01-01")


def test_paraguay_suspended_from_mendoza_to_cartes() -> None:
    fem = process("FEM")
    assert fem.is_member("PY", on="2012-03-01")
    assert "PY" in fem.countries_with("suspended", on="2012-08-01")
    assert not fem.is_member("PY", on="2013-08-14")
    assert fem.is_member("PY", on="2013-08-15")
    assert fem.is_member("PY", on="2013-09-01")


def test_guatemala_observer_then_member_of_the_quito_process() -> None:
    quito = process("QUITO")
    assert "GT" in quito.countries_with("observer", on="2024-09-10")
    assert "GT" in quito.members_on("2024-11-21")
    assert "GT" in quito.members
    assert len(quito.members) == 14
    assert [p.country for p in quito.presidencies][-1] == "EC"


def test_mirps_sixth_meeting_in_january_2024() -> None:
    mirps = process("MIRPS")
    charter = next(d for d in mirps.documents if d.title == "Statutory Charter")
    assert str(charter.date) == "2024-01-24"
    assert [p.country for p in mirps.presidencies][-3:] == ["BZ", "CR", "SV"]


def test_los_angeles_declaration_presidency_and_secretariat() -> None:
    lad = process("LAD")
    assert [p.country for p in lad.presidencies] == ["CO"]
    assert lad.secretariat is not None
    assert "Pan American Development Foundation" in (lad.secretariat.host or "")
    assert len(lad.members) == 22


def test_riam_attendance_is_not_membership() -> None:
    riam = process("RIAM")
    assert not {"SV", "HN", "NI"} & riam.members_on("2019-01-01")
    low = {m.country for m in riam.memberships if m.confidence == "low"}
    assert low == {"BO", "CU", "HN", "MX", "NI", "SV", "VE"}


def test_mercosur_presidencies_and_a_pending_application() -> None:
    fem = process("FEM")
    assert [p.country for p in fem.presidencies][-3:] == ["AR", "BR", "PY"]
    assert [e.country for e in fem.pending_events] == ["TT", "UY"]
    assert "TT" not in fem.countries_with("associate")
    # Uruguay's turn is due, not seen: Paraguay's term has no end in the data.
    assert str(fem.presidencies[-1].start) == "2025-12-20"
    assert fem.presidencies[-1].end is None


def test_the_south_american_conference_in_2026() -> None:
    csm = process("CSM")
    latest = csm.presidencies[-1]
    assert (latest.country, latest.end, latest.confidence) == ("UY", None, "medium")
    assert str(latest.start) == "2025-11-18/2025-11-19"
    names = [group.name for group in csm.working_groups]
    assert "Network on consular protection and coordination" in names


def test_the_south_american_conferences_of_chile_and_their_days() -> None:
    csm = process("CSM")
    numbers = [meeting.number for meeting in csm.meetings]
    # the XXII (Colombia) only from the numbering; the Lima meeting of 1999 is unnumbered
    assert numbers == [None, *range(1, 24)]
    xii = next(m for m in csm.meetings if m.number == 12)
    assert (str(xii.date), xii.city, xii.host) == ("2012-11-04/2012-11-06", "Santiago", "CL")
    assert [t.country for t in csm.presidency_on("2012-11-05")] == ["CL"]
    assert "CL" in [t.country for t in csm.presidency_on("2015-10-01", rule="possible")]
    # Only the year without a conference, 2005, stays an explicit unknown.
    unknown = [str(t.start) for t in csm.presidencies if t.country is None]
    assert unknown == ["2004-11-25/2006-05-04"]
    assert [t.country for t in csm.presidency_on("2010-10-24")] == ["EC"]
    assert [t.country for t in csm.presidency_on("2010-10-25")] == ["BO"]
    v = next(m for m in csm.meetings if m.number == 5)
    assert (str(v.date), v.documents) == ("2004-11-25/2004-11-26", ("Declaración de La Paz",))


def test_colombias_south_american_presidency_and_the_lima_conference() -> None:
    csm = process("CSM")
    # SELA said on 2024-01-22 that Colombia held the presidency; the XXII is still missing.
    assert [t.country for t in csm.presidency_on("2024-01-22")] == ["CO"]
    assert [t.country for t in csm.presidency_on("2024-01-21")] == [None]
    colombia = next(
        t for t in csm.presidencies if t.country == "CO" and t.start.earliest.year == 2023
    )
    assert (str(colombia.start), str(colombia.end)) == (
        "2023-12-06/2024-01-22",
        "2024-01-23/2025-11-18",
    )
    assert "XXII conference was not found" in (colombia.note or "")
    # The XIV conference was not over before 14 October 2014.
    chile = next(t for t in csm.presidencies if t.country == "CL" and t.start.latest.year == 2015)
    assert (str(chile.start), str(chile.end)) == ("2014-10-14/2015-09-08", "2015-09-08/2016-11-03")
    xiv = next(m for m in csm.meetings if m.number == 14)
    assert str(xiv.date) == "2014"
    assert "14 October 2014" in (xiv.note or "")


def test_the_quito_rounds_of_lima_and_brasilia_span_two_days() -> None:
    quito = process("QUITO")
    days = {m.number: str(m.date) for m in quito.meetings}
    assert days[7] == "2021-05-27/2021-05-28"
    assert days[8] == "2022-06-30/2022-07-01"
    (missing,) = [n for n in quito.notes if n.startswith("Meetings not found")]
    assert "2025 or 2026" in missing
    assert "R4V" in missing


def test_the_ninth_meeting_of_the_quito_process() -> None:
    quito = process("QUITO")
    ix = next(m for m in quito.meetings if m.number == 9)
    assert str(ix.date) == "2023-11-22/2023-11-24"
    assert len(ix.attended) == 11
    assert {"GY", "MX"} <= set(ix.attended)
    assert not {"DO", "PA"} & set(ix.attended)
    assert [t.country for t in quito.presidency_on("2023-11-23")] == ["CL"]


def test_every_process_has_a_review_date() -> None:
    version = date.fromisoformat(rm.DATA_VERSION)
    for process in rm.processes():
        assert process.reviewed is not None, process.id
        assert process.reviewed <= version, process.id


def test_no_pending_event_older_than_a_year() -> None:
    # A pending event is re-checked: after a year without a decision it must be resolved.
    oldest = date.fromisoformat(rm.DATA_VERSION) - timedelta(days=365)
    for process in rm.processes():
        for event in process.pending_events:
            assert event.since.latest >= oldest, (process.id, event.summary)


def test_a_stale_pending_event_is_visible() -> None:
    event = PendingEvent.model_validate(
        {"since": "2020-01", "summary": "An old application", "sources": [rm.get("FEM").sources[0]]}
    )
    assert event.since.latest < date.fromisoformat(rm.DATA_VERSION) - timedelta(days=365)


def test_every_source_says_how_it_was_read() -> None:
    for process in rm.processes():
        for source in process.sources:
            assert source.snapshot in {"stored", "archived", None}
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    hosts = ("207.237.", "preview", "staging", "admin.", "deploy.", "mail.", "webarchive.")
    for source in raw["sources"]:
        assert not any(h in source["url"] for h in hosts), source["id"]
        if source.get("snapshot") == "archived":
            assert source["snapshot_url"].startswith("https://webarchive."), source["id"]


def test_instrument_sources_give_public_addresses() -> None:
    raw = json.loads((DATA.parent / "instruments.json").read_text(encoding="utf-8"))
    hosts = ("staging", "preview", "webarchive.", "web.archive.org")
    for source in raw["sources"]:
        url = source["url"]
        assert not any(h in url for h in hosts), source["id"]
        assert not any(amp in url for amp in ("/amp/", "amp=")), source["id"]
        assert not url.endswith("/amp"), source["id"]
        if source.get("snapshot") == "archived":
            assert source["snapshot_url"].startswith("https://webarchive."), source["id"]


def test_both_spellings_of_the_statelessness_ids_resolve() -> None:
    assert rm.get("STATELESSNESS-CONVENTION-1954").id == "STATELESS-CONVENTION-1954"
    assert rm.get("STATELESS-CONVENTION-1961").id == "STATELESSNESS-CONVENTION-1961"
    assert rm.get("STATELESS-CONVENTION-1954").id == "STATELESS-CONVENTION-1954"


def test_archived_copy_needs_its_snapshot() -> None:
    fields = {"id": "x", "url": "https://example.org/", "title": "T", "publisher": "P"}
    fields["seen"] = "2026-11"
    with pytest.raises(ValueError, match="snapshot_url"):
        Source.model_validate({**fields, "snapshot": "archived"})
    with pytest.raises(ValueError, match="snapshot_url"):
        Source.model_validate({**fields, "snapshot_url": "https://web.archive.org/x"})


def test_no_indexed_name_folds_to_a_generic_word() -> None:
    # Loading refuses a name that folds to a generic word (a DataError); every name
    # of the shipped data finds its process.
    for process in rm.processes():
        names = [process.id, *process.aliases]
        for text in (process.name, process.acronym):
            if text is not None:
                names += [text.get(lang) for lang in ("en", "es", "fr", "pt")]
        for name in names:
            assert rm.get(name) is process, name


@pytest.mark.parametrize(
    "word", ["Declaration", "the Declaration", "Déclaration", "la Déclaration", "Process"]
)
def test_generic_words_are_refused_with_suggestions(word: str) -> None:
    with pytest.raises(UnknownProcessError, match="generic word") as info:
        rm.get(word)
    assert info.value.suggestions


def test_the_conference_suggests_both_conferences() -> None:
    with pytest.raises(UnknownProcessError) as info:
        rm.get("the Conference")
    assert info.value.suggestions == ("CRM", "CSM")


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("LA Declaration", "LAD"),
        ("LA DECLARATION", "LAD"),
        ("Quito Declaration", "QUITO"),
        ("Declaración de Quito", "QUITO"),
        ("Foro Especializado Migratorio", "FEM"),
        ("Fórum Especializado Migratório", "FEM"),
        ("Conferencia Sudamericana de Migraciones", "CSM"),
        ("Declaración de San Pedro Sula", "MIRPS"),
        ("LA CONFERENCIA REGIONAL SOBRE MIGRACIÓN", "CRM"),
    ],
)
def test_short_forms_and_founding_texts_resolve(name: str, pid: str) -> None:
    assert rm.get(name).id == pid


def test_mercosur_names_the_forum() -> None:
    with pytest.raises(UnknownProcessError, match="trade bloc") as info:
        rm.get("MERCOSUR")
    assert info.value.suggestions == ("FEM",)


def test_data_diff_names_the_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = load_script("data_diff")
    new = json.loads(DATA.read_text(encoding="utf-8"))
    old = json.loads(DATA.read_text(encoding="utf-8"))
    quito = next(p for p in old["processes"] if p["id"] == "QUITO")
    quito["memberships"] = [m for m in quito["memberships"] if m["country"] != "GT"]
    old["data_version"] = "2025-01-01"
    old["sources"] = old["sources"][1:]
    old["processes"] = [p for p in old["processes"] if p["id"] != "RIAM"]
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    assert script.main([str(tmp_path / "old.json"), str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "data version: 2025-01-01 -> " in out
    assert "QUITO: joined: GT, observer from 2024-09-10" in out
    assert "RIAM: new process" in out
    assert f"source {new['sources'][0]['id']}: added" in out
    assert script.main([str(DATA), str(DATA)]) == 0
    assert capsys.readouterr().out == "no change\n"
    assert script.main([]) == 2


def test_data_diff_names_the_changes_to_instruments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script("data_diff")
    path = DATA.with_name("instruments.json")
    old = json.loads(path.read_text(encoding="utf-8"))
    compact = next(i for i in old["instruments"] if i["id"] == "GLOBAL-COMPACT-REFUGEES")
    compact["actions"], compact["non_parties"] = [], []
    compact["adopters_unknown"] = "Not on record."
    compact["notes"] = compact["notes"][1:]
    old["instruments"] = [i for i in old["instruments"] if i["id"] != "CA4-FREE-MOBILITY-2006"]
    old["votes"] = old["votes"][1:]
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    assert script.main([str(tmp_path / "old.json"), str(path)]) == 0
    out = capsys.readouterr().out
    assert "GLOBAL-COMPACT-REFUGEES: actions[AR endorsement 2018-12-17]: added" in out
    assert "GLOBAL-COMPACT-REFUGEES: non_parties[US]: added" in out
    assert "GLOBAL-COMPACT-REFUGEES: adopters_unknown: removed" in out
    assert "GLOBAL-COMPACT-REFUGEES: notes: added" in out
    assert "instrument CA4-FREE-MOBILITY-2006: added" in out
    assert "vote A/RES/73/151: added" in out
    assert script.main([str(path), str(tmp_path / "old.json")]) == 0
    assert "instrument CA4-FREE-MOBILITY-2006: removed" in capsys.readouterr().out


def test_the_crm_and_csm_records_of_december_2026_say_no_more_than_their_sources() -> None:
    crm, csm = process("CRM"), process("CSM")
    # Handovers known from their announcement only: the day is kept, the term is medium.
    by_start = {(t.country, str(t.start)): t for t in crm.presidencies}
    for key in (("SV", "2016-11-17/2017-11"), ("PA", "2017-11-30"), ("PA", "2011-11")):
        assert by_start[key].confidence == "medium", key
    assert "announced" in (by_start[("PA", "2017-11-30")].note or "")
    south = {(t.country, str(t.start)): t for t in csm.presidencies}
    for key in (("EC", "2009-09-21/2009-09-22"), ("BO", "2010-10-25")):
        assert south[key].confidence == "medium", key
    meetings = {m.id: m for m in csm.meetings}
    assert meetings["csm_x"].confidence == "medium"
    # The XX conference announced Peru's presidency; no handover there was found.
    assert (meetings["csm_xx"].opened, meetings["csm_xx"].closed) == (None, None)
    assert "signed" not in (meetings["csm_vi"].note or "")
    extra = next(m for m in crm.meetings if m.id == "crm_extra_2022")
    assert "do not name the presidency" in (extra.note or "")
    assert not any("II 2021" in note for note in crm.notes)
    # A declaration copied online is dated by its conference's days, not by one of them.
    published = {s.id: str(s.published) for s in rm.sources()}
    assert published["csm_v_decl"] == "2004-11-25/2004-11-26"
    assert published["csm_vi_decl"] == "2006-05-04/2006-05-05"
    assert published["csm_xi_decl"] == "2011-10-19/2011-10-21"
    assert published["crm_pa2023_iom"] == "2022-11-29/2022-12"


def test_the_crm_and_csm_leads_of_december_2026_date_what_their_sources_date() -> None:
    crm, csm = process("CRM"), process("CSM")
    crm_meetings = {m.id: m for m in crm.meetings}
    plenary = crm_meetings["crm_csm_plen_ii"]
    assert (str(plenary.date), plenary.country, plenary.city) == ("2021-09-09", None, None)
    assert "crmcsm_plen2_segob" in {s.id for s in plenary.sources}
    # The vice-ministers met on 6-7 December; the announced week included the consultation group.
    panama = next(t for t in crm.presidencies if t.country == "PA" and t.start.latest.year == 2023)
    belize = next(t for t in crm.presidencies if t.country == "BZ")
    assert str(panama.end) == str(belize.start) == "2023-12-06/2024-07-16"
    south = {m.id: m for m in csm.meetings}
    xv = south["csm_xv"]
    assert (str(xv.date), xv.city) == ("2015-09-08/2015-09-10", "Santiago")
    # MAP puts the XIV in September 2014; the data follows the civil society declaration.
    xiv = south["csm_xiv"]
    assert str(xiv.date) == "2014"
    assert "September 2014" in (xiv.note or "")
    assert "follows" in (xiv.note or "")
    uruguay = next(t for t in csm.presidencies if t.country == "UY" and t.start.latest.year == 2008)
    assert str(uruguay.end) == "2009-09-21/2009-09-22"
    assert (south["csm_ix"].opened, south["csm_ix"].closed) == ("EC", "UY")


def test_the_crm_xvi_conference_met_in_june_2011_and_the_handover_in_november() -> None:
    crm = process("CRM")
    meetings = {m.id: m for m in crm.meetings}
    xvi, close = meetings["crm_xvi"], meetings["crm_close_2011"]
    assert (str(xvi.date), xvi.city, xvi.country, xvi.kind) == (
        "2011-06",
        None,
        "DO",
        "vice-ministerial",
    )
    assert (xvi.opened, xvi.closed) == (None, None)
    assert "crm_xvi_iom_speech" in [s.id for s in xvi.sources]
    assert (str(close.date), close.city, close.kind) == (
        "2011-11-16/2011-11-17",
        "Santo Domingo",
        "technical",
    )
    assert (close.opened, close.closed) == ("PA", "DO")
    by_country = {(t.country, str(t.end)): t for t in crm.presidencies}
    assert str(by_country[("DO", "2011-11")].start) == "2010/2011-03"
