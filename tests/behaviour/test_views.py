"""What a notebook shows: one-line reprs, HTML views, and plots drawn without magic."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

import pytest

import regional_migration as rm


def test_every_process_repr_is_one_short_line() -> None:
    for process in rm.processes():
        text = repr(process)
        assert "\n" not in text
        assert len(text) < 200
        assert text.startswith(f"<Process {process.id}: {process.name.en}, founded ")
        assert str(process) == text
    assert "member 11, observer 5; 16 membership periods" in repr(rm.get("CRM"))


def test_models_print_a_line_each() -> None:
    crm = rm.get("CRM")
    assert isinstance(crm, rm.Process)
    membership = next(m for m in crm.memberships if m.country == "DO")
    assert repr(membership) == "Membership('DO', 'member', '1999-01-30/2000-03-23', until=None)"
    ended = next(m for m in rm.get("FEM").memberships if m.until is not None)
    assert "until='" in repr(ended)
    commission = rm.refugee_commission("AR")
    assert commission is not None
    assert repr(commission) == "<RefugeeCommission AR: CONARE, established 2006-11>"
    source = crm.sources[0]
    assert repr(source).startswith(f"<Source {source.id}: ")
    document = crm.documents[0]
    assert "signatories=<10>" in repr(document)
    assert "sources=<2>" in str(document)
    assert "…" in repr(crm.observer_organizations[0])  # long names are cut
    for model in (membership, commission, source, document, crm.name):
        assert len(repr(model)) < 300


def test_a_commission_without_acronym_or_name_still_shows() -> None:
    found = rm.refugee_commission("AR")
    assert found is not None
    commission = found.model_copy(update={"acronym": None, "name": None})
    assert "name unverified" in repr(commission)


def test_collections_are_tuples_with_short_views() -> None:
    processes = rm.processes()
    assert isinstance(processes, tuple)
    assert processes == tuple(processes)
    assert processes[0].id == "CMC"
    assert len(processes) == 12
    assert repr(processes) == (
        "<12 processes: CMC, CRM, CSM, EU-CELAC-MD, FAM, FEM, FIBEMYD, LAD, MIRPS, OCAM, "
        "QUITO, RIAM>"
    )
    html = processes._repr_html_()
    assert "12 processes" in html
    assert "Regional Conference on Migration" in html
    assert len(html) < 5000
    commissions = rm.refugee_commissions()
    assert isinstance(commissions, tuple)
    assert repr(commissions).startswith("<37 refugee commissions: AD, AG, AR")
    assert "CONARE" in commissions._repr_html_()


def test_membership_partial_date_and_commission_have_html() -> None:
    membership = rm.get("FEM").memberships[0]
    html = membership._repr_html_()
    assert "<table>" in html
    assert "confidence" in html
    dated = next(m for m in rm.get("FEM").memberships if m.until is not None)
    assert "between" in dated._repr_html_() or "on " in dated._repr_html_()
    noted = next(m for m in rm.get("CRM").memberships if m.note)
    assert "note" in noted._repr_html_()
    assert rm.PartialDate("2000-05")._repr_html_() == (
        "<p>2000-05: month, in 2000-05 (between 2000-05-01 and 2000-05-31)</p>"
    )
    assert "between 1999-01-30 and 2000-03-23" in rm.PartialDate("1999-01-30/2000-03-23").describe()
    commission = rm.refugee_commission("BR")
    assert commission is not None
    assert "legal basis" in commission._repr_html_()


def test_results_print_a_line_each() -> None:
    comparison = rm.compare("CRM", "MIRPS")
    assert repr(comparison) == "<Comparison CRM with MIRPS: 7 shared, 4 only CRM, 0 only MIRPS>"
    assert str(rm.compare("CRM", "MIRPS", on="2018-01-01")).startswith(
        "<Comparison CRM with MIRPS on 2018-01-01:"
    )
    matrix = rm.overlap_matrix(["CRM", "MIRPS"])
    assert str(matrix) == "<OverlapMatrix count, current: CRM, MIRPS>"
    assert "on 2010-01-01" in repr(rm.overlap_matrix(["CRM"], on="2010-01-01"))
    table = rm.membership_table(statuses="suspended")
    assert str(table).startswith("<MembershipTable: 1 row, current, data of ")
    assert "rows, every period" in repr(rm.history())
    events = rm.timeline("MIRPS")
    assert repr(events) == "<Timeline of MIRPS: 8 events>"
    assert repr(rm.Timeline()) == "<Timeline of nothing: 0 events>"
    assert str(events[-1]) == "<TimelineEvent MIRPS 2019-07-01/2019-07-26: joined SV -> member>"
    assert repr(events[0]) == "<TimelineEvent MIRPS 2017-10-26: founded>"


class _Formatter:
    def __init__(self, known: bool) -> None:
        self.printers: dict[type, Any] = {}
        self.known = known

    def lookup_by_type(self, kind: type) -> Any:
        if not self.known:
            raise KeyError(kind)
        return "theirs"

    def for_type(self, kind: type, printer: Any) -> None:
        self.printers[kind] = printer


def _fake_ipython(monkeypatch: pytest.MonkeyPatch, formatter: _Formatter | None) -> None:
    shell = (
        None
        if formatter is None
        else SimpleNamespace(display_formatter=SimpleNamespace(formatters={"image/png": formatter}))
    )
    monkeypatch.setitem(
        sys.modules, "IPython", SimpleNamespace(get_ipython=lambda: shell, version_info=(9, 0))
    )


def test_plots_tell_ipython_how_to_draw_them(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    formatter = _Formatter(known=False)
    _fake_ipython(monkeypatch, formatter)
    figure = rm.plot_membership_grid(["MIRPS"])
    (kind, printer), *_ = formatter.printers.items()
    assert isinstance(figure, kind)
    assert printer(figure).startswith(b"\x89PNG")


def test_plots_keep_a_printer_ipython_already_has(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    formatter = _Formatter(known=True)
    _fake_ipython(monkeypatch, formatter)
    rm.plot_overlap_heatmap(["CRM", "MIRPS"])
    assert formatter.printers == {}


def test_plots_outside_ipython_touch_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    _fake_ipython(monkeypatch, None)
    rm.plot_membership_grid(["MIRPS"])
    monkeypatch.setitem(sys.modules, "IPython", None)
    rm.plot_membership_grid(["MIRPS"])


def test_plots_name_processes_that_did_not_exist_yet() -> None:
    pytest.importorskip("matplotlib")
    grid = rm.plot_membership_grid(["CRM", "LAD"], on="2015-01-01")
    assert "LAD was founded on 2022-06-10" in grid.axes[0].get_title(loc="left")
    heatmap = rm.plot_overlap_heatmap(["CRM", "LAD"], on="2015-01-01")
    axes = heatmap.axes[0]
    assert "LAD was founded on 2022-06-10" in axes.get_title(loc="left")
    assert sorted(t.get_text() for t in axes.texts) == ["-", "-", "-", "11"]
    early = rm.plot_membership_grid(["FEM"], on="2003-06-01", rule="possible")
    assert "founded" not in early.axes[0].get_title(loc="left")
    assert "FEM was founded" in rm.plot_membership_grid(["FEM"], on="2003-06-01").axes[0].get_title(
        loc="left"
    )
    possible = rm.plot_overlap_heatmap(["CRM"], on="2015-01-01", rule="possible")
    assert [t.get_text() for t in possible.axes[0].texts] == ["11"]


def test_plots_say_in_their_language_what_did_not_exist_yet() -> None:
    pytest.importorskip("matplotlib")
    heatmap = rm.plot_overlap_heatmap(["CRM", "LAD"], on="2020-01-01", lang="es")
    title = heatmap.axes[0].get_title(loc="left")
    assert "LAD aún no existía el 2020-01-01 (fundación: 2022-06-10)" in title
    grid = rm.plot_membership_grid(["CRM", "LAD"], on="2020-01-01", lang="pt")
    assert "LAD ainda não existia em 2020-01-01" in grid.axes[0].get_title(loc="left")
