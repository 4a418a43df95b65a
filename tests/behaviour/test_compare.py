from __future__ import annotations

from datetime import date
from typing import Any

import builders
import pytest
from builders import NAME, membership
from pydantic import ValidationError

import regional_migration as rm
from regional_migration import Comparison, OverlapMatrix, Process, compare, overlap, overlap_matrix


def period(country: str, since: str = "2000", **changes: Any) -> dict[str, Any]:
    return membership(country, since, **changes)


def build(process_id: str, *periods: dict[str, Any], founded: str = "1999") -> Process:
    ordered = sorted(periods, key=lambda p: (p["country"], p["since"]))
    return builders.process(*ordered, id=process_id, founded=founded)


ONE = build("ONE", period("AR"), period("BR"), period("CL", until="2010-01-01"))
TWO = build("TWO", period("BR"), period("CL"), period("UY", status="observer"))
EMPTY = build("EMPTY")


# Real data


def test_mirps_lies_entirely_inside_the_crm() -> None:
    c = compare("MIRPS", "CRM")
    assert c.is_subset
    assert sorted(c.shared) == ["BZ", "CR", "GT", "HN", "MX", "PA", "SV"]
    assert sorted(c.only_b) == ["CA", "DO", "NI", "US"]
    assert c.only_a == frozenset()
    assert overlap("CRM", "MIRPS") == rm.get("MIRPS").members


def test_crm_and_csm_share_no_member() -> None:
    assert overlap("CRM", "CSM") == frozenset()
    assert compare("Puebla Process", "CSM").is_disjoint
    assert compare("CRM", "CSM").jaccard == 0.0


def test_quito_grew_from_eleven_to_fourteen() -> None:
    then = compare("QUITO", "QUITO", on="2018-09-04")
    assert len(then.shared) == 11
    assert then.on == date(2018, 9, 4)
    assert len(compare("QUITO", "QUITO", on="2024-03-21").shared) == 13
    assert len(compare("QUITO", "QUITO").shared) == 14


def test_overlap_and_processes_of_agree() -> None:
    for process in rm.processes():
        for code in process.members:
            assert process in rm.processes_of(code)
            ids = [p.id for p in rm.processes_of(code)]
            assert overlap(process, *ids) >= {code} if len(ids) > 1 else True


def test_processes_of_agrees_with_overlap_on_a_past_day() -> None:
    day = date(2018, 9, 4)
    for process in rm.processes():
        for code in process.members_on(day):
            assert process in rm.processes_of(code, on=day)
        assert overlap(process, process, on=day) == process.members_on(day)


def test_matrix_of_the_real_data() -> None:
    m = overlap_matrix()
    assert m.processes == tuple(p.id for p in rm.processes())
    assert m["CRM", "MIRPS"] == 7
    assert m["CRM", "CSM"] == 0
    assert m["QUITO", "QUITO"] == 14
    for i, row in enumerate(m.values):
        for j, value in enumerate(row):
            assert value == m.values[j][i]
    jaccard = overlap_matrix(["CRM", "MIRPS"], metric="jaccard")
    assert jaccard.values == ((1.0, 7 / 11), (7 / 11, 1.0))
    assert overlap_matrix(["QUITO"], on=date(2018, 9, 4)).values == ((11,),)


def test_timeline_of_fem_shows_status_changes() -> None:
    events = rm.timeline("FEM")
    assert events[0].kind == "founded"
    bolivia = [(e.kind, e.status, e.previous) for e in events if e.country == "BO"]
    assert bolivia[-1] == ("status_changed", "member", "associate")
    assert [str(e.date) for e in events if e.country == "BO"][-1] == "2024-08-07"
    assert "suspended" in [e.status for e in events if e.country == "VE"]
    days = [(e.date.earliest, e.date.latest) for e in events]
    assert days == sorted(days)
    assert all(day >= days[0] for day in days)


# Synthetic processes


def test_overlap_of_three_and_on_a_day() -> None:
    assert overlap(ONE, TWO) == frozenset({"BR"})
    assert overlap(ONE, TWO, on="2005-01-01") == frozenset({"BR", "CL"})
    assert overlap(ONE, TWO, EMPTY) == frozenset()
    assert overlap(ONE, ONE, ONE) == ONE.members


def test_compare_splits_three_ways() -> None:
    c = compare(ONE, TWO)
    assert (c.a, c.b) == ("ONE", "TWO")
    assert c.shared == {"BR"}
    assert c.only_a == {"AR"}
    assert c.only_b == {"CL"}
    assert c.union == {"AR", "BR", "CL"}
    assert c.jaccard == pytest.approx(1 / 3)
    assert not c.is_disjoint
    assert not c.is_subset
    assert not c.is_superset
    assert compare(ONE, ONE).is_superset


def test_jaccard_of_two_empty_processes_is_zero() -> None:
    c = compare(EMPTY, EMPTY)
    assert c.jaccard == 0.0
    assert c.is_disjoint
    assert c.is_subset


def test_comparison_serialises_sorted_lists() -> None:
    c = compare(ONE, TWO, on="2005-01-01")
    dumped = c.model_dump(mode="json")
    assert dumped == {
        "a": "ONE",
        "b": "TWO",
        "more": [],
        "on": "2005-01-01",
        "rule": "certain",
        "lang": "en",
        "notes": [],
        "members": [],
        "shared": ["BR", "CL"],
        "only_a": ["AR"],
        "only_b": [],
        "uncertain": [],
        "jaccard": 2 / 3,
        "is_disjoint": False,
        "is_subset": False,
        "is_superset": True,
    }


def test_comparison_refuses_overlapping_parts() -> None:
    with pytest.raises(ValidationError, match="disjoint"):
        Comparison(
            a="A", b="B", shared=frozenset({"MX"}), only_a=frozenset({"MX"}), only_b=frozenset()
        )


def test_comparison_is_frozen() -> None:
    c = compare(ONE, TWO)
    with pytest.raises(ValidationError, match="frozen"):
        c.a = "X"  # type: ignore[misc]
    assert hash(c) == hash(compare(ONE, TWO))


def test_matrix_of_synthetic_processes() -> None:
    m = overlap_matrix([ONE, TWO, EMPTY, ONE])
    assert m.processes == ("ONE", "TWO", "EMPTY")
    assert m.values == ((2, 1, 0), (1, 2, 0), (0, 0, 0))
    j = overlap_matrix([ONE, TWO, EMPTY], metric="jaccard")
    assert j.values[2][2] == 0.0
    assert j.values[0][1] == pytest.approx(1 / 3)
    with pytest.raises(KeyError, match="CRM is not in this matrix"):
        m["CRM", ONE]
    assert m[ONE, TWO] == 1


def test_matrix_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="invalid metric 'size'"):
        overlap_matrix(metric="size")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="2 by 2 matrix"):
        OverlapMatrix(processes=("A", "B"), values=((1, 2),))
    with pytest.raises(ValidationError, match="once"):
        OverlapMatrix(processes=("A", "A"), values=((1, 2), (2, 1)))
    with pytest.raises(TypeError, match="iterable of processes"):
        overlap_matrix("CRM")
    with pytest.raises(rm.UnknownProcessError):
        overlap_matrix(["CRM", "NOPE"])
    with pytest.raises(
        ValueError, match="invalid processes 'ONE'; two different processes have this id"
    ):
        overlap_matrix([ONE, build("ONE")])


def test_bad_input_raises_package_errors() -> None:
    with pytest.raises(rm.UnknownProcessError, match="'CMR'"):
        overlap("CRM", "CMR")
    with pytest.raises(rm.InvalidDateError, match="YYYY-MM-DD"):
        compare("CRM", "MIRPS", on="2018-1")  # a year alone is read as its end
    with pytest.raises(rm.InvalidDateError):
        overlap_matrix(on="yesterday")


def test_helpers() -> None:
    assert ONE.members_on(date(2005, 1, 1)) == {"AR", "BR", "CL"}
    every = tuple(p.id for p in rm.processes())
    assert overlap_matrix().processes == every
    assert overlap_matrix(["MIRPS", "CRM", "crm"]).processes == ("MIRPS", "CRM")


def test_timeline_events() -> None:
    p = build(
        "TL",
        period("AR", since="2001", until="2005-03-01"),
        period("AR", since="2005-03-01", until="2008", status="suspended"),
        period("AR", since="2008", until="2010"),
        period("AR", since="2012", status="associate"),
        period("BR", since="2001", until="2003"),
        period("CL", since="2000-06", status="observer"),
        founded="2000",
    )
    events = [(str(e.date), e.kind, e.country, e.status, e.previous) for e in rm.timeline(p)]
    assert events == [
        ("2000", "founded", None, None, None),
        ("2000-06", "joined", "CL", "observer", None),
        ("2001", "joined", "AR", "member", None),
        ("2001", "joined", "BR", "member", None),
        ("2003", "left", "BR", None, "member"),
        ("2005-03-01", "suspended", "AR", "suspended", "member"),
        ("2008", "status_changed", "AR", "member", "suspended"),
        ("2010", "left", "AR", None, "member"),
        ("2012", "joined", "AR", "associate", None),
    ]


def test_timeline_starts_at_the_founding() -> None:
    p = build(
        "OLD",
        period("AR", since="1991", until="1995"),
        period("AR", since="1995", status="associate"),
        period("BR", since="1991", until="2000"),
        period("CL", since="1991", until="2004"),
        founded="2003",
    )
    events = [(str(e.date), e.kind, e.country, e.status) for e in rm.timeline(p)]
    assert events == [
        ("2003", "founded", None, None),
        ("2003", "joined", "AR", "associate"),
        ("2003", "joined", "CL", "member"),
        ("2004", "left", "CL", None),
    ]


def test_html_of_a_comparison_and_a_process_is_escaped() -> None:
    html = compare(ONE, TWO, on="2005-01-01")._repr_html_()
    assert "<caption>ONE compared with TWO (data version: " in html
    assert "; on: 2005-01-01; rule: certain)</caption>" in html
    assert "Brazil (BR)" in html
    assert "Jaccard index: 0.67" in html
    assert "<em>none</em>" in html
    odd = Process.model_validate({**ONE.model_dump(), "name": {**NAME, "en": "<b>&"}, "id": "ODD"})
    shown = odd._repr_html_()
    assert "&lt;b&gt;&amp;" in shown
    assert "<td>member</td><td>2</td>" in shown
    assert "observer" not in shown
    assert "<td>observer</td>" in TWO._repr_html_()


def test_html_of_a_matrix() -> None:
    assert "<th>ONE</th>" in overlap_matrix([ONE, TWO])._repr_html_()
    assert "<td>0.33</td>" in overlap_matrix([ONE, TWO], metric="jaccard")._repr_html_()


# More than two


def test_compare_three_in_python() -> None:
    three = compare("CRM", "MIRPS", "QUITO")
    assert three.processes == ("CRM", "MIRPS", "QUITO")
    assert sorted(three.shared) == ["CR", "GT", "MX", "PA"]
    assert three.only["MIRPS"] == frozenset()
    assert sorted(three.only["CRM"]) == sorted(three.only_a) == ["CA", "NI", "US"]
    assert sorted(three.some) == ["BZ", "DO", "HN", "SV"]
    assert three.jaccard == len(three.shared) / len(three.union)
    assert three.is_superset  # every member of MIRPS is in the CRM
    rows = {r["country"]: r for r in three.records()}
    assert rows["DO"] == {
        "country": "DO",
        "name": "Dominican Republic",
        "part": "some",
        "processes": "CRM QUITO",
    }
    assert rows["AR"]["part"] == "only"
    assert rows["MX"]["processes"] == "CRM MIRPS QUITO"
    html = three._repr_html_()
    assert "CRM, MIRPS, QUITO compared" in html
    assert "<td>some, not all</td><td>4</td>" in html
    assert compare(ONE, TWO).some == frozenset()
    assert dict(compare(ONE, TWO).only) == {"ONE": frozenset({"AR"}), "TWO": frozenset({"CL"})}


def test_compare_three_refuses_a_repeated_process() -> None:
    with pytest.raises(rm.InvalidArgumentError, match="compare different processes"):
        compare("CRM", "MIRPS", "Puebla Process")
    assert compare("CRM", "CRM").jaccard == 1.0  # two alike stay allowed, as for sets


def test_comparison_of_three_checks_its_parts() -> None:
    good = compare(ONE, TWO, EMPTY)
    fields = good.model_dump(exclude={"jaccard", "is_disjoint", "is_subset", "is_superset"})
    assert Comparison.model_validate(fields) == good
    with pytest.raises(ValidationError, match="each process compared"):
        Comparison.model_validate({**fields, "members": fields["members"][:2]})
    with pytest.raises(ValidationError, match="may appear once"):
        Comparison.model_validate({**fields, "more": ("ONE",)})
    with pytest.raises(ValidationError, match="agree with members"):
        Comparison.model_validate({**fields, "only_b": frozenset({"UY"})})
