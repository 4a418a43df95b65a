"""Meetings as records: dated, placed, linked to what they adopted and to presidencies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from builders import SOURCE, membership, process
from pydantic import ValidationError

import regional_migration as rm
from regional_migration import Meeting
from regional_migration.errors import InvalidArgumentError


def meeting(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "m1",
        "name": "First meeting",
        "kind": "technical",
        "date": "2001-05",
        "city": "Quito",
        "confidence": "high",
        "sources": [SOURCE],
    }
    record.update(changes)
    return record


def test_every_document_is_adopted_by_a_meeting_or_says_why_not() -> None:
    for p in rm.processes():
        adopted = {title for m in p.meetings for title in m.documents}
        for document in p.documents:
            assert (document.title in adopted) != (document.no_meeting is not None), (
                p.id,
                document.title,
            )


def test_every_process_has_meetings_since_2018_with_date_place_and_sources() -> None:
    for p in rm.processes():
        recent = [m for m in p.meetings if m.date.latest.year >= 2018]
        # A body whose sources show no meeting since 2018 says so in its notes.
        assert recent or any("No meeting" in n and "since 2018" in n for n in p.notes), p.id
        for m in p.meetings:
            assert m.sources
            assert m.online or m.country is not None or m.note, (p.id, m.id)


def test_the_belize_city_declaration_and_the_crm_forum_of_2025() -> None:
    mirps = rm.get("MIRPS")
    assert isinstance(mirps, rm.Process)
    declaration = next(d for d in mirps.documents if d.title == "Belize City Declaration")
    assert str(declaration.date) == "2024-12-05"
    assert len(declaration.signatories) == 7
    # The 2025 forum, and the XXIX conference, whose span reaches into 2025.
    found = rm.meetings("CRM", between=("2025-01-01", "2025-12-31"))
    assert [m.id for _, m in found] == ["crm_xxix", "crm_forum_2025"]
    forum = found[1][1]
    assert forum.host == "SV"
    assert str(forum.date) == "2025-10"


def test_the_crm_vi_xvii_and_xx_conferences() -> None:
    by_number = {m.number: m for _, m in rm.meetings("CRM") if m.number}
    assert sorted(by_number) == [
        1,
        2,
        4,
        5,
        6,
        7,
        8,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
    ]
    vi, xvii = by_number[6], by_number[17]
    assert (vi.city, vi.host, str(vi.date)) == ("San José", "CR", "2001-03-22/2001-03-23")
    assert len(vi.attended) == 11
    assert (xvii.city, xvii.host, str(xvii.date)) == ("Panama City", "PA", "2012-06")
    assert "18 June 2012" in (xvii.note or "")
    assert {"crm_xvii_paiva", "crm_xvii_swing"} <= {s.id for s in xvii.sources}
    xx = by_number[20]
    assert (xx.city, xx.host, str(xx.date)) == ("Mexico City", "MX", "2015-11-08/2015-11-11")
    assert len(xx.attended) == 11


def test_the_crm_xii_is_known_from_the_consultation_group_of_october_2007() -> None:
    crm = rm.get("CRM")
    assert isinstance(crm, rm.Process)
    xii = next(m for m in crm.meetings if m.number == 12)
    assert str(xii.date) == "2007-01/2007-10-28"
    assert (xii.city, xii.country, xii.host) == (None, None, None)
    assert [s.id for s in xii.sources] == ["crm_grcm_2007"]
    managua = next(m for m in crm.meetings if m.id == "crm_grcm_2007")
    assert (managua.kind, managua.city, str(managua.date)) == (
        "technical",
        "Managua",
        "2007-10-29/2007-10-31",
    )
    assert len(managua.attended) == 11
    # The III (1998) and the IX to XI (2004-2006) were not found and are not guessed.
    assert not {3, 9, 10, 11} & {m.number for m in crm.meetings if m.number}


def test_ocam_and_cmc_meetings() -> None:
    ocam = [m for _, m in rm.meetings("OCAM")]
    by_number = {m.number: m for m in ocam if m.number}
    assert sorted(by_number) == [45, 47, 48, 54, 57]
    assert (by_number[54].city, str(by_number[54].date)) == ("Panama City", "2022-06-13/2022-06-14")
    assert "SV" not in by_number[48].attended
    assert "MX" in by_number[48].attended
    assert (by_number[57].closed, by_number[57].opened) == ("SV", "HN")
    assert str(by_number[57].date) == "2023-01-01/2025-02-11"
    virtual = [m for m in ocam if m.online]
    assert [str(m.date) for m in virtual] == ["2021-02-22", "2021-06-30"]
    cmc = [m for _, m in rm.meetings("CMC")]
    assert str(cmc[0].date) == "2016-01"
    assert len(cmc[0].attended) == 8
    assert str(cmc[-1].date) == "2019-12-05/2019-12-06"  # none found since


def test_the_crm_meetings_since_2018_and_its_joint_plenaries() -> None:
    crm = rm.get("CRM")
    assert isinstance(crm, rm.Process)
    recent = {m.id: m for m in crm.meetings if m.date.latest.year >= 2018}
    assert len(recent) == 17  # from the Montevideo plenary of May 2018 to the 2025 forum
    # The consultation group's meetings found: one before a conference, two at mid-year and
    # one announced with the XXVIII conference, whose own days no source gives.
    group = {m.id: m for m in recent.values() if m.kind == "technical" and "grcm" in m.id}
    assert {k: (str(m.date), m.country) for k, m in group.items()} == {
        "crm_grcm_2019": ("2019-11-12", "GT"),
        "crm_grcm_2021": ("2021-07-29/2021-07-30", "MX"),
        "crm_grcm_2023": ("2023-12-04/2023-12-07", "PA"),
    }
    assert group["crm_grcm_2023"].confidence == "medium"
    assert group["crm_grcm_2023"].attended == ()
    assert recent["crm_rcgm_2024"].host == "BZ"
    (unfound,) = [n for n in crm.notes if n.startswith("Meetings of the Regional Consultation")]
    assert "2018 (Panama)" in unfound
    assert "2025 and 2026" in unfound
    plenaries = [m for m in crm.meetings if m.kind == "plenary"]
    assert [str(m.date) for m in plenaries] == [
        "2018-05-08/2018-05-09",
        "2021-09-09",
        "2023-08-23",
        "2024-10-10/2024-10-11",
    ]
    assert [m.country for m in plenaries] == ["UY", None, "PA", "CO"]
    # A joint plenary is recorded once, as the CRM's, and nowhere else.
    for plenary in plenaries:
        same = [m for _, m in rm.meetings() if m.kind == "plenary" and m.date == plenary.date]
        assert same == [plenary], plenary.id
    xxviii = recent["crm_xxviii"]
    assert str(xxviii.date) == "2023-12-06/2023-12-07"
    assert "consultation group" in (xxviii.note or "")
    assert len(xxviii.attended) == 11
    extraordinary = recent["crm_extra_2022"]
    assert "NI" not in extraordinary.attended
    assert len(extraordinary.attended) == 10
    (declaration,) = extraordinary.documents
    assert declaration == "Extraordinary Declaration of the Regional Conference on Migration"
    (missing,) = [n for n in crm.notes if n.startswith("Meetings from 2018 not seen")]
    assert "XXIII (2018, Panama), XXVII (2022, El Salvador) and XXIX (2024, Belize)" in missing
    assert "XXVIII" not in missing
    # The conferences no source shows are recorded from their numbering, loosely dated.
    for key, span in (
        ("crm_xxiii", "2017-12-01/2019-11-11"),
        ("crm_xxvii", "2021-12-04/2023-08-22"),
        ("crm_xxix", "2024-07-18/2025-12-31"),
    ):
        inferred = recent[key]
        assert (str(inferred.date), inferred.confidence) == (span, "low")
        assert inferred.note is not None
        assert "numbered in order" in inferred.note
        assert inferred.city is None


def test_the_numbered_series_since_2018_have_no_gaps() -> None:
    def numbers(process: str, kind: str) -> list[int]:
        found = rm.get(process)
        assert isinstance(found, rm.Process)
        return sorted(m.number for m in found.meetings if m.kind == kind and m.number)

    # CRM: every vice-ministerial conference from the XIII (2008) to the XXIX (2024).
    crm = numbers("CRM", "vice-ministerial")
    assert crm[crm.index(13) :] == list(range(13, 30))
    # CSM: all 23 conferences since 2000; MIRPS: its eight annual meetings.
    assert numbers("CSM", "ministerial") == list(range(1, 24))
    assert numbers("MIRPS", "ministerial") == list(range(1, 9))
    xxii = next(m for m in rm.get("CSM").meetings if m.number == 22)  # type: ignore[union-attr]
    assert (xxii.host, xxii.closed, xxii.opened, xxii.country) == ("CO", "CO", "BR", None)


def test_meetings_filter_by_process_country_and_days() -> None:
    every = rm.meetings()
    assert len(every) == sum(len(p.meetings) for p in rm.processes())
    assert "meetings of" in repr(every)
    assert rm.meetings("Quito", country="Bolivia")[0][1].id == "quito_i"
    assert rm.meetings("LAD", between=("2030-01-01", "2030-12-31")) == ()
    assert "0 meetings of no process" in repr(
        rm.meetings("LAD", between=("2030-01-01", "2030-12-31"))
    )
    with pytest.raises(InvalidArgumentError, match="first day, then the last"):
        rm.meetings(between=("2025-01-01", "2024-01-01"))
    with pytest.raises(InvalidArgumentError, match="no meetings"):
        rm.meetings("GCM")


def test_meeting_exports() -> None:
    found = rm.meetings("MIRPS")
    rows = json.loads(found.to_json())["rows"]
    assert rows[-1]["opened"] == "SV"
    assert "Belize City Declaration" in found.to_csv()
    assert "<table" in found._repr_html_()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (meeting(attended=["MX"]), "attendance_sources"),
        (meeting(online=True), "held online has no city"),
    ],
)
def test_a_meeting_is_checked(record: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Meeting.model_validate(record)


def test_a_process_checks_its_meetings() -> None:
    doc = {"title": "Act", "sources": [SOURCE]}
    with pytest.raises(ValidationError, match="sorted by date"):
        process(membership(), meetings=[meeting(id="b", date="2002"), meeting(id="a", date="2001")])
    with pytest.raises(ValidationError, match="unknown documents"):
        process(membership(), meetings=[meeting(documents=["Nothing"])])
    with pytest.raises(ValidationError, match="or says why not"):
        process(membership(), documents=[doc])
    ok = process(membership(), documents=[doc], meetings=[meeting(documents=["Act"])])
    assert repr(ok.meetings[0]) == "Meeting('m1', 'First meeting', '2001-05', 'Quito')"


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from regional_migration.cli import main  # noqa: PLC0415 - the command line, as tests call it

    status = main(list(args))
    return status, capsys.readouterr().out


def test_the_meetings_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, out = call(capsys, "meetings", "MIRPS")
    assert status == 0
    assert "Belize City" in out  # the table wraps long cells on word boundaries
    _, out = call(capsys, "meetings", "MIRPS", "--format", "csv")
    assert "Belize City Declaration" in out
    _, out = call(capsys, "meetings", "--country", "SV", "--between", "2025-01-01", "2025-12-31")
    assert "Heredia" in out
    _, out = call(capsys, "meetings", "LAD", "--format", "csv")
    assert "lad_iv" in out
    _, out = call(capsys, "meetings", "FEM", "--format", "json")
    rows = json.loads(out)["rows"]
    assert (rows[0]["city"], rows[0]["online"]) == ("Santiago", False)
    assert next(row for row in rows if row["id"] == "mcs_lix")["online"] is True


def test_show_names_the_presidency(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = call(capsys, "show", "MIRPS", "--on", "2024-06-01")
    assert "presidency: Belize (BZ), from 2024-01-24 to 2024-12-05" in out
    _, out = call(capsys, "show", "CRM", "--on", "2016-06-01")
    assert "presidency: not known (a handover in 2015-11-08/2016-11-17)" in out
    _, out = call(capsys, "show", "RIAM", "--on", "2021-12-31", "--format", "json")
    assert json.loads(out)["presidency"]["shared_with"] == ["PE"]
    _, out = call(capsys, "show", "GCM")
    assert "presidency" not in out
    _, out = call(capsys, "show", "MIRPS", "--on", "2000-01-01")
    assert "presidency" not in out


def test_the_mirps_annual_meetings_from_the_first_on() -> None:
    mirps = rm.get("MIRPS")
    assert isinstance(mirps, rm.Process)
    numbered = {m.number: m for m in mirps.meetings if m.number is not None}
    assert sorted(numbered) == [1, 2, 3, 4, 5, 6, 7, 8]
    first = numbered[1]
    assert (str(first.date), first.city, first.country) == ("2018-11-08", "Washington", "US")
    assert (first.host, first.attended, first.confidence) == (None, (), "medium")
    assert (str(numbered[3].date), numbered[3].country) == ("2020-12-08", "SV")
    assert (str(numbered[4].date), numbered[4].city) == ("2021-11-30", "Antigua Guatemala")
    fifth = numbered[5]
    assert (str(fifth.date), fifth.city, fifth.closed) == ("2022-12-13", "Tegucigalpa", "HN")
    assert fifth.documents == ("Declaration of Tegucigalpa",)
    assert len(fifth.attended) == 7
    assert not any("Annual meetings not found" in n for n in mirps.notes)
    assert any("I annual meeting (Washington" in n and "searched" in n for n in mirps.notes)


def test_riam_declaration_of_lima_and_the_xii_meeting() -> None:
    riam = rm.get("RIAM")
    assert isinstance(riam, rm.Process)
    viii = next(m for m in riam.meetings if m.number == 8)
    assert viii.documents == ("Declaration of Lima",)
    xii = next(m for m in riam.meetings if m.number == 12)
    assert (xii.city, xii.confidence) == ("Chiclayo", "low")
    assert "inferred" in (xii.note or "")
    xv = next(m for m in riam.meetings if m.number == 15)
    assert (str(xv.date), xv.host, xv.city) == ("2025-11-27/2025-11-28", "CL", None)
    assert xv.attended == ("BR",)
    assert sorted(m.number for m in riam.meetings if m.number) == [2, 7, 8, 12, 15]


def test_the_riam_was_set_up_at_the_medellin_congress_of_november_2012() -> None:
    riam = rm.get("RIAM")
    assert isinstance(riam, rm.Process)
    ii = riam.meetings[0]
    assert (ii.number, str(ii.date), ii.city, ii.host) == (
        2,
        "2012-11-13/2012-11-16",
        "Medellín",
        "CO",
    )
    assert ii.confidence == "high"
    assert {"riam_ii_ens", "riam_ii_cnu"} <= {s.id for s in ii.sources}
    assert len(ii.attended) == 19
    assert {"ES", "HK", "US"} <= set(ii.attended)
    assert "Wednesday" in (ii.note or "")  # the Foreign Ministry's day, kept as a disagreement
    assert str(riam.presidencies[0].start) == "2012-11-13/2017-09"
    (missing,) = [n for n in riam.notes if n.startswith("Meetings not found")]
    assert "the I congress" in missing
    assert "the III to VI" in missing


def test_the_csm_forerunner_of_lima_1999_is_unnumbered() -> None:
    csm = rm.get("CSM")
    assert isinstance(csm, rm.Process)
    lima, first = csm.meetings[:2]
    assert (lima.id, lima.number, str(lima.date), lima.city) == (
        "csm_lima_1999",
        None,
        "1999",
        "Lima",
    )
    assert len(lima.attended) == 10
    assert "GY" not in lima.attended
    assert (first.number, str(first.date)) == (1, "2000-05")
    assert sorted(m.number for m in csm.meetings if m.number) == list(range(1, 24))


def test_the_fem_meetings_before_2021() -> None:
    fem = rm.get("FEM")
    assert isinstance(fem, rm.Process)
    santiago, asuncion = fem.meetings[:2]
    # The ministers' meeting that signed the Santiago Declaration, a Monday of May 2004.
    assert (str(santiago.date), santiago.city, santiago.kind) == (
        "2004-05",
        "Santiago",
        "ministerial",
    )
    assert santiago.documents == ("Declaración de Santiago sobre Principios Migratorios",)
    assert santiago.attended == ("AR", "BO", "BR", "CL", "PE", "PY", "UY")
    declaration = next(d for d in fem.documents if d.title in santiago.documents)
    assert (str(declaration.date), declaration.no_meeting) == ("2004-05", None)
    # The forum's table at the first preparatory round of the XXXVII ministers' meeting.
    assert (str(asuncion.date), asuncion.host, asuncion.confidence) == (
        "2015-09-08/2015-09-10",
        "PY",
        "low",
    )
    assert asuncion.attended == ()
    assert fem.presidency_on("2015-09-09") == ()
