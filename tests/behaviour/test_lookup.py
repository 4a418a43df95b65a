from __future__ import annotations

from datetime import date

import pytest

import regional_migration as rm
from regional_migration import UnknownCountryError, UnknownProcessError


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("CRM", "CRM"),
        ("rcm", "CRM"),
        ("Puebla Process", "CRM"),
        ("  conferencia   REGIONAL sobre migracion ", "CRM"),
        ("Conférence régionale sur les migrations", "CRM"),
        ("Conferência Regional sobre Migração", "CRM"),
        ("SACM", "CSM"),
        ("South American Conference on Migration", "CSM"),
        ("Proceso de Quito", "QUITO"),
        ("Processus de Quito", "QUITO"),
        ("quito process", "QUITO"),
        ("mirps", "MIRPS"),
        ("RIAM", "RIAM"),
        ("Red Iberoamericana de Autoridades Migratorias", "RIAM"),
        ("FEM", "FEM"),
        ("Los Angeles Declaration on Migration and Protection", "LAD"),
    ],
)
def test_get_by_any_name(key: str, expected: str) -> None:
    assert rm.get(key).id == expected


def test_get_returns_the_same_object() -> None:
    assert rm.get("CRM") is rm.get("Puebla Process")
    assert rm.get(rm.get("CRM")) is rm.get("CRM")


def test_every_name_in_every_language_resolves() -> None:
    for process in rm.processes():
        texts = [process.id, *process.aliases]
        for localized in (process.name, process.acronym):
            if localized is not None:
                texts += [localized.get(lang) for lang in ("en", "es", "fr", "pt")]
        for text in texts:
            assert rm.get(text) is process, text
            assert rm.get(text.upper()) is process, text


def test_unknown_process_suggests() -> None:
    with pytest.raises(
        UnknownProcessError, match=r"^no process or instrument named 'CMR'; did you mean 'CRM'"
    ) as info:
        rm.get("CMR")
    assert info.value.text == "CMR"
    assert info.value.suggestions[0] == "CRM"
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize(
    ("key", "suggested"),
    [
        ("Puebla", ("CRM",)),
        ("mirsp", ("MIRPS",)),
        ("rima", ("RIAM",)),
        ("LA Declartion", ("LAD",)),
        ("quito proces", ("QUITO",)),
        ("south american conference", ("CSM",)),
    ],
)
def test_typed_slips_suggest_the_process(key: str, suggested: tuple[str, ...]) -> None:
    with pytest.raises(UnknownProcessError) as info:
        rm.get(key)
    assert info.value.suggestions == suggested


def test_unknown_process_without_suggestion() -> None:
    with pytest.raises(
        UnknownProcessError,
        match=r"^no process or instrument named 'zzzz'; every process is listed by "
        r"regional_migration\.processes\(\), every instrument by regional_migration\.instruments",
    ):
        rm.get("zzzz")


@pytest.mark.parametrize(
    "key", ["CONARE", "conare", "CONAREs", "Comisión Nacional para los Refugiados"]
)
def test_conare_is_explained(key: str) -> None:
    with pytest.raises(UnknownProcessError, match="national bodies, not a regional process"):
        rm.get(key)


def test_huge_key_is_refused_quickly() -> None:
    with pytest.raises(UnknownProcessError, match=r"\(200001 characters\)"):
        rm.get("C" * 200_001)


def test_get_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="got int"):
        rm.get(3)  # type: ignore[arg-type]


def test_processes_are_sorted_and_stable() -> None:
    ids = [p.id for p in rm.processes()]
    assert ids == sorted(ids)
    assert rm.processes() is rm.processes()


def test_processes_of() -> None:
    assert [p.id for p in rm.processes_of("MX")] == [
        *("CRM", "EU-CELAC-MD", "FIBEMYD", "LAD", "MIRPS", "QUITO", "RIAM")
    ]
    assert [p.id for p in rm.processes_of("mx", status="observer")] == ["CSM", "OCAM"]
    assert [p.id for p in rm.processes_of("VE", status="suspended")] == ["FEM"]
    assert [p.id for p in rm.processes_of("CL", status="associate")] == ["FAM", "FEM"]
    assert [p.id for p in rm.processes_of("FR")] == ["EU-CELAC-MD"]
    assert rm.processes_of("CA", status="associate") == ()


def test_processes_of_on_a_day() -> None:
    # Bolivia's RIAM membership rests on an undated page, so no past day is certain.
    assert [p.id for p in rm.processes_of("BO", on=date(2024, 8, 7))] == [
        *("CSM", "EU-CELAC-MD", "FAM", "FEM", "FIBEMYD")
    ]
    assert [p.id for p in rm.processes_of("BO", on="2024-08-06")] == [
        *("CSM", "EU-CELAC-MD", "FAM", "FIBEMYD")
    ]
    # Attending a RIAM meeting (Lima, 2018) is not membership.
    assert [p.id for p in rm.processes_of("SV", on=date(2019, 7, 1))] == [
        *("CRM", "EU-CELAC-MD", "FIBEMYD", "OCAM")
    ]


def test_processes_of_unknown_country() -> None:
    with pytest.raises(UnknownCountryError):
        rm.processes_of("XX")


def test_crm_history() -> None:
    crm = rm.get("CRM")
    founders = {"BZ", "CA", "CR", "SV", "GT", "HN", "MX", "NI", "PA", "US"}
    assert crm.members_on(date(1996, 6, 1)) == founders
    assert crm.members_on(date(1996, 3, 12)) == frozenset()
    assert crm.members == founders | {"DO"}
    assert crm.members_on(date(2000, 3, 23)) == crm.members
    assert crm.observers == {"AR", "CO", "EC", "JM", "PE"}


def test_quito_at_signature() -> None:
    quito = rm.get("Quito Process")
    assert sorted(quito.members_on(date(2018, 9, 4))) == [
        "AR",
        "BR",
        "CL",
        "CO",
        "CR",
        "EC",
        "MX",
        "PA",
        "PE",
        "PY",
        "UY",
    ]
    assert len(quito.members) == 14
    assert {"DO", "GY", "GT"} <= quito.members


def test_mirps_history() -> None:
    mirps = rm.get("MIRPS")
    assert "SV" not in mirps.members_on(date(2018, 1, 1))
    assert "SV" in mirps.members_on(date(2019, 7, 26))
    assert len(mirps.members) == 7


def test_mercosur_forum_statuses() -> None:
    fem = rm.get("FEM")
    assert fem.members == {"AR", "BO", "BR", "PY", "UY"}
    assert fem.countries_with("suspended") == {"VE"}
    assert fem.countries_with("associate") == {"CL", "CO", "EC", "GY", "PA", "PE", "SR"}
    assert "BO" in fem.countries_with("associate", on=date(2024, 1, 1))
    assert fem.members_on(date(2002, 1, 1)) == frozenset()  # before the forum existed
    assert "VE" in fem.members_on(date(2015, 1, 1))


def test_los_angeles_declaration() -> None:
    lad = rm.get("LAD")
    assert len(lad.members_on(date(2022, 6, 10))) == 20
    assert len(lad.members) == 22


def test_refugee_commissions() -> None:
    commissions = rm.refugee_commissions()
    assert [c.country for c in commissions] == sorted(c.country for c in commissions)
    assert rm.refugee_commission("br") is not None
    brazil = rm.refugee_commission("BR")
    assert brazil is not None
    assert (brazil.acronym, brazil.language) == ("CONARE", "pt")
    assert len(commissions) == 37  # every state in scope answers, once
    assert rm.refugee_commission("FR") is None  # outside what the data covers
    suriname = rm.refugee_commission("SR")
    assert suriname is not None
    assert (suriname.kind, suriname.name, suriname.label) == (
        "none",
        None,
        "no body and no procedure",
    )
    cuba = rm.refugee_commission("Cuba")
    assert cuba is not None
    assert cuba.kind == "unhcr"
    assert "UNHCR decides" in repr(cuba)
    canada = rm.refugee_commission("CA")
    assert canada is not None
    assert canada.kind == "tribunal"
    assert canada.names is not None
    assert canada.names.get("fr") == "Commission de l'immigration et du statut de réfugié du Canada"
    assert canada.names.get("pt") is None
    mexico = rm.refugee_commission("MX")
    assert mexico is not None
    assert (mexico.acronym, str(mexico.established)) == ("COMAR", "1980-07-22")


def test_a_record_without_a_body_names_none() -> None:
    cuba = rm.refugee_commission("CU")
    assert cuba is not None
    with pytest.raises(ValueError, match="names no body"):
        rm.RefugeeCommission.model_validate(
            {
                **cuba.model_dump(),
                "name": "Somebody",
                "sources": [s.model_dump() for s in cuba.sources],
            }
        )


def test_data_version() -> None:
    assert rm.DATA_VERSION == "2026-12-06"
    date.fromisoformat(rm.DATA_VERSION)


def test_version() -> None:
    assert rm.__version__.count(".") >= 1


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = rm.nope  # type: ignore[attr-defined]


def test_processes_filtered_by_kind() -> None:
    kinds = {p.kind for p in rm.processes()}
    assert sum(len(rm.processes(kind=kind)) for kind in kinds) == len(rm.processes())
    assert [p.id for p in rm.processes(kind="interregional_forum")] == ["EU-CELAC-MD", "FIBEMYD"]
    assert [p.id for p in rm.processes(kind="subregional_integration_forum")] == ["FAM", "FEM"]
    with pytest.raises(rm.InvalidArgumentError, match="invalid kind 'rcp'"):
        rm.processes(kind="rcp")  # type: ignore[arg-type]
