"""The words the command line and the plots show, in English, Spanish, French and Portuguese.

One table keyed by message id, each entry with its four languages side by side, so a
new message cannot be added in one language only (a test checks every entry). The
texts are `str.format` templates; their fields are the same in the four languages.
Names of countries and processes are not here: the data holds them in four languages.
Column names and coded values in CSV and JSON (``status``, ``member``) stay English
identifiers; only what a person reads is translated.
"""

from __future__ import annotations

import unicodedata
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping

    from regional_migration._core.text import Language

__all__ = ["MESSAGES", "alphabetical", "format_value", "say"]


def _entry(en: str, es: str, fr: str, pt: str) -> Mapping[Language, str]:
    return MappingProxyType({"en": en, "es": es, "fr": fr, "pt": pt})


MESSAGES: Final[Mapping[str, Mapping[Language, str]]] = MappingProxyType(
    {
        # Column headers of table output.
        "column.id": _entry("id", "código", "code", "código"),
        "column.acronym": _entry("acronym", "sigla", "sigle", "sigla"),
        "column.name": _entry("name", "nombre", "nom", "nome"),
        "column.members": _entry("members", "miembros", "membres", "membros"),
        "column.kind": _entry("kind", "tipo", "type", "tipo"),
        "column.founded": _entry("founded", "fundación", "fondation", "fundação"),
        "column.country": _entry("country", "país", "pays", "país"),
        "column.alpha3": _entry("alpha3", "alfa3", "alpha3", "alfa3"),
        "column.numeric": _entry("numeric", "numérico", "numérique", "numérico"),
        "column.process": _entry("process", "proceso", "processus", "processo"),
        "column.status": _entry("status", "condición", "statut", "condição"),
        "column.since": _entry("since", "desde", "depuis", "desde"),
        "column.until": _entry("until", "hasta", "jusqu'à", "até"),
        "column.date": _entry("date", "fecha", "date", "data"),
        "column.event": _entry("event", "evento", "événement", "evento"),
        "column.previous": _entry("previous", "anterior", "précédent", "anterior"),
        "column.processes": _entry("processes", "procesos", "processus", "processos"),
        "column.established": _entry("established", "creación", "création", "criação"),
        "column.publisher": _entry("publisher", "editor", "éditeur", "editor"),
        "column.title": _entry("title", "título", "titre", "título"),
        "column.seen": _entry("read on", "consultado", "consulté", "consultado"),
        "column.url": _entry("address", "dirección", "adresse", "endereço"),
        "column.published": _entry("published", "publicado", "publié", "publicado"),
        "column.note": _entry("note", "nota", "remarque", "nota"),
        "column.legal_basis": _entry(
            "legal basis", "base jurídica", "base juridique", "base jurídica"
        ),
        "column.placement": _entry("placement", "ubicación", "rattachement", "vinculação"),
        "column.confidence": _entry("confidence", "confianza", "confiance", "confiança"),
        "column.value": _entry("value", "valor", "valeur", "valor"),
        "column.code": _entry("code", "código", "code", "código"),
        "column.sources": _entry("sources", "fuentes", "sources", "fontes"),
        "column.website": _entry("website", "sitio web", "site web", "site"),
        "column.adopted": _entry("adopted", "adopción", "adoption", "adoção"),
        "column.entry_into_force": _entry(
            "entry into force", "entrada en vigor", "entrée en vigueur", "entrada em vigor"
        ),
        "column.depositary": _entry("depositary", "depositario", "dépositaire", "depositário"),
        "column.began_by": _entry("act", "acto", "acte", "ato"),
        "column.city": _entry("city", "ciudad", "ville", "cidade"),
        "column.host": _entry("host", "anfitrión", "hôte", "anfitrião"),
        "column.documents": _entry("documents", "documentos", "textes", "documentos"),
        "column.presidency": _entry(
            "presidency",
            "presidencia pro tempore",
            "présidence pro tempore",
            "presidência pro tempore",
        ),
        "column.source_kind": _entry("kind", "tipo", "type", "tipo"),
        "source_kind.official": _entry("official", "oficial", "officielle", "oficial"),
        "source_kind.intergovernmental": _entry(
            "intergovernmental", "intergubernamental", "intergouvernementale", "intergovernamental"
        ),
        "source_kind.news": _entry("news", "prensa", "presse", "imprensa"),
        "source_kind.academic": _entry("academic", "académica", "universitaire", "acadêmica"),
        "source_kind.secondary": _entry("secondary", "secundaria", "secondaire", "secundária"),
        "help.source_kind": _entry(
            "only sources of this kind; repeat it for several",
            "solo fuentes de este tipo; repítase para varios",
            "seulement les sources de ce type ; à répéter pour plusieurs",
            "só fontes deste tipo; repita para vários",
        ),
        "help.every_kind": _entry(
            "every kind", "todos los tipos", "tous les types", "todos os tipos"
        ),
        "column.unknown": _entry("unknown", "sin dato", "inconnus", "sem dado"),
        "column.scope": _entry("in scope", "en el ámbito", "dans le champ", "abrangidos"),
        # Statuses, as a column shows them and as a plot's legend names them.
        "status.member": _entry("member", "miembro", "membre", "membro"),
        "status.associate": _entry("associate", "asociado", "associé", "associado"),
        "status.observer": _entry("observer", "observador", "observateur", "observador"),
        "status.suspended": _entry("suspended", "suspendido", "suspendu", "suspenso"),
        "status.signatory": _entry("signatory", "signatario", "signataire", "signatário"),
        "status.unknown": _entry("not known", "no se sabe", "inconnu", "não se sabe"),
        # Kinds of process.
        "kind.regional_consultative_process": _entry(
            "regional consultative process",
            "proceso consultivo regional",
            "processus consultatif régional",
            "processo consultivo regional",
        ),
        "kind.interregional_network": _entry(
            "interregional network",
            "red interregional",
            "réseau interrégional",
            "rede inter-regional",
        ),
        "kind.interregional_forum": _entry(
            "interregional forum",
            "foro interregional",
            "forum interrégional",
            "fórum inter-regional",
        ),
        "kind.intergovernmental_technical_process": _entry(
            "intergovernmental technical process",
            "proceso técnico intergubernamental",
            "processus technique intergouvernemental",
            "processo técnico intergovernamental",
        ),
        "kind.regional_protection_framework": _entry(
            "regional protection framework",
            "marco regional de protección",
            "cadre régional de protection",
            "marco regional de proteção",
        ),
        "kind.subregional_integration_forum": _entry(
            "subregional integration forum",
            "foro de integración subregional",
            "forum d'intégration sous-régionale",
            "foro de integração sub-regional",
        ),
        "kind.declaration": _entry("declaration", "declaración", "déclaration", "declaração"),
        # Kinds of instrument (a declaration is named above).
        "kind.commission": _entry("commission", "comisión", "commission", "comissão"),
        "kind.office": _entry("office", "oficina", "bureau", "órgão"),
        "kind.tribunal": _entry("tribunal", "tribunal", "tribunal", "tribunal"),
        "kind.unhcr": _entry(
            "none: UNHCR decides",
            "ninguna: decide el ACNUR",
            "aucun : le HCR statue",
            "nenhuma: decide o ACNUR",
        ),
        "kind.none": _entry(
            "none: no procedure",
            "ninguna: sin procedimiento",
            "aucun : pas de procédure",
            "nenhuma: sem procedimento",
        ),
        "kind.treaty": _entry("treaty", "tratado", "traité", "tratado"),
        "kind.protocol": _entry("protocol", "protocolo", "protocole", "protocolo"),
        "kind.agreement": _entry("agreement", "acuerdo", "accord", "acordo"),
        "kind.decision": _entry("decision", "decisión", "décision", "decisão"),
        "kind.compact": _entry("compact", "pacto", "pacte", "pacto"),
        # A state's acts on an instrument.
        "action.signature": _entry("signature", "firma", "signature", "assinatura"),
        "action.ratification": _entry(
            "ratification", "ratificación", "ratification", "ratificação"
        ),
        "action.accession": _entry("accession", "adhesión", "adhésion", "adesão"),
        "action.succession": _entry("succession", "sucesión", "succession", "sucessão"),
        "action.acceptance": _entry("acceptance", "aceptación", "acceptation", "aceitação"),
        "action.approval": _entry("approval", "aprobación", "approbation", "aprovação"),
        "action.denunciation": _entry("denunciation", "denuncia", "dénonciation", "denúncia"),
        "action.adoption": _entry("adoption", "adopción", "adoption", "adoção"),
        "action.endorsement": _entry("endorsement", "respaldo", "entérinement", "endosso"),
        "action.withdrawal": _entry("withdrawal", "retiro", "retrait", "retirada"),
        "action.return": _entry("return", "regreso", "retour", "retorno"),
        # Events of a timeline.
        "event.founded": _entry("founded", "fundación", "fondation", "fundação"),
        "event.adopted": _entry("adopted", "adopción", "adoption", "adoção"),
        "event.joined": _entry("joined", "ingreso", "adhésion", "adesão"),
        "event.status_changed": _entry(
            "status changed", "cambio de condición", "changement de statut", "mudança de condição"
        ),
        "event.suspended": _entry("suspended", "suspensión", "suspension", "suspensão"),
        "event.left": _entry("left", "salida", "départ", "saída"),
        # Confidence of a record.
        "confidence.high": _entry("high", "alta", "élevée", "alta"),
        "confidence.medium": _entry("medium", "media", "moyenne", "média"),
        "confidence.low": _entry("low", "baja", "faible", "baixa"),
        # Lines of text.
        "line.fact": _entry(
            "{label}: {value}", "{label}: {value}", "{label} : {value}", "{label}: {value}"
        ),
        "line.on": _entry("on {day}:", "al {day}:", "au {day} :", "em {day}:"),
        "line.when": _entry(" on {day}", " al {day}", " au {day}", " em {day}"),
        "line.not_founded": _entry(
            "{id} did not exist yet on {asked} (founded {day})",
            "{id} aún no existía el {asked} (fundación: {day})",
            "{id} n'existait pas encore le {asked} (fondation : {day})",
            "{id} ainda não existia em {asked} (fundação: {day})",
        ),
        "line.not_adopted": _entry(
            "{id} did not exist yet on {asked} (adopted {day})",
            "{id} aún no existía el {asked} (adopción: {day})",
            "{id} n'existait pas encore le {asked} (adoption : {day})",
            "{id} ainda não existia em {asked} (adoção: {day})",
        ),
        "line.count": _entry(
            "{label} ({count})", "{label} ({count})", "{label} ({count})", "{label} ({count})"
        ),
        "line.no_status": _entry(
            "no status in any process",
            "sin condición en ningún proceso",
            "aucun statut dans aucun processus",
            "sem condição em nenhum processo",
        ),
        "line.none": _entry("(none)", "(ninguno)", "(aucun)", "(nenhum)"),
        "line.term": _entry(
            "{holder}, from {start} to {end}",
            "{holder}, del {start} al {end}",
            "{holder}, du {start} au {end}",
            "{holder}, de {start} a {end}",
        ),
        "line.term_open": _entry(
            "{holder}, since {start}",
            "{holder}, desde {start}",
            "{holder}, depuis {start}",
            "{holder}, desde {start}",
        ),
        "line.holder_unknown": _entry("not known", "no se sabe", "inconnue", "não se sabe"),
        "line.term_window": _entry(
            "{holder} (a handover in {start})",
            "{holder} (un traspaso en {start})",
            "{holder} (une passation en {start})",
            "{holder} (uma transmissão em {start})",
        ),
        "line.count_scope": _entry(
            "{label} ({count} of {scope} states in scope)",
            "{label} ({count} de {scope} Estados del ámbito)",
            "{label} ({count} sur {scope} États du champ)",
            "{label} ({count} de {scope} Estados do âmbito)",
        ),
        "line.scope": _entry(
            "counts are of the {scope} states in scope, not world totals",
            "los recuentos son de los {scope} Estados del ámbito, no totales mundiales",
            "les décomptes portent sur les {scope} États du champ, pas sur le monde entier",
            "as contagens são dos {scope} Estados abrangidos, não totais mundiais",
        ),
        "line.not_on_record": _entry(
            "not on record", "sin registro", "non enregistré", "sem registro"
        ),
        "line.matrix_bound": _entry(
            "a number in brackets, such as (+2), counts the further states that may be full "
            "members of both (position not known, or dates known only to an interval); the "
            "counts are lower bounds, by up to {count}; see --rule possible",
            "un número entre paréntesis, como (+2), cuenta los Estados más que pueden ser "
            "miembros plenos de ambos (posición no establecida, o fechas conocidas solo entre "
            "dos límites); los recuentos son mínimos, hasta por {count}; véase --rule possible",
            "un nombre entre parenthèses, comme (+2), compte les États de plus qui peuvent "
            "être membres de plein droit des deux (statut inconnu, ou date connue seulement "
            "entre deux bornes) ; les décomptes sont des minimums, jusqu'à {count} près ; voir "
            "--rule possible",
            "um número entre parênteses, como (+2), conta os Estados a mais que podem ser "
            "membros plenos de ambos (posição não estabelecida, ou datas conhecidas só entre "
            "dois limites); as contagens são mínimos, por até {count}; veja --rule possible",
        ),
        "line.year": _entry(
            "a year alone is read as its last day, {day}: the members at the end of the year",
            "un año solo se lee como su último día, {day}: los miembros al cierre del año",
            "une année seule se lit comme son dernier jour, {day} : les membres à la fin "
            "de l'année",
            "um ano só é lido como seu último dia, {day}: os membros ao fim do ano",
        ),
        "line.after_data": _entry(
            "the data stops at its version, {version}: {day} is answered with the "
            "memberships on record then",
            "los datos llegan hasta su versión, {version}: el {day} se responde con las "
            "membresías registradas entonces",
            "les données vont jusqu'à leur date, {version} : le {day} reçoit la réponse des "
            "adhésions enregistrées alors",
            "os dados vão até sua versão, {version}: {day} é respondido com as adesões "
            "registradas então",
        ),
        "line.left_out": _entry(
            "{count} further {process} memberships may have been in force on {day}; their "
            "dates are known only to an interval; use --rule possible",
            "{count} membresías más de {process} pueden haber estado vigentes el {day}; sus "
            "fechas se conocen solo entre dos límites; use --rule possible",
            "{count} adhésions de plus à {process} ont pu être en vigueur le {day} ; leurs "
            "bornes seules sont connues ; utilisez --rule possible",
            "mais {count} adesões a {process} podem ter estado vigentes em {day}; suas "
            "datas são conhecidas só entre dois limites; use --rule possible",
        ),
        "line.left_out.one": _entry(
            "1 further {process} membership may have been in force on {day}; its "
            "dates are known only to an interval; use --rule possible",
            "1 membresía más de {process} puede haber estado vigente el {day}; sus "
            "fechas se conocen solo entre dos límites; use --rule possible",
            "1 adhésion de plus à {process} a pu être en vigueur le {day} ; ses "
            "bornes seules sont connues ; utilisez --rule possible",
            "mais 1 adesão a {process} pode ter estado vigente em {day}; suas "
            "datas são conhecidas só entre dois limites; use --rule possible",
        ),
        "line.possible_in": _entry(
            "may also have held a status, on dates known only to an interval, in: {ids} "
            "(see --rule possible)",
            "puede haber tenido también una condición, en fechas conocidas solo entre dos "
            "límites, en: {ids} (véase --rule possible)",
            "a pu avoir aussi un statut, à une date connue seulement entre deux bornes, "
            "dans : {ids} (voir --rule possible)",
            "pode ter tido também uma condição, em datas conhecidas só entre dois limites, "
            "em: {ids} (veja --rule possible)",
        ),
        "column.certainty": _entry("certainty", "certeza", "certitude", "certeza"),
        "certainty.certain": _entry("certain", "seguro", "sûr", "certo"),
        "certainty.possible": _entry("possible", "posible", "possible", "possível"),
        "certainty.unknown": _entry("not known", "no se sabe", "inconnu", "não se sabe"),
        "line.lower_bound": _entry(
            "a lower bound: {count} more states may be in both (position not known, or "
            "dates known only to an interval); see --rule possible",
            "un mínimo: {count} Estados más pueden estar en ambos (posición no establecida, "
            "o fechas conocidas solo entre dos límites); véase --rule possible",
            "un minimum : {count} États de plus peuvent être dans les deux (statut inconnu, "
            "ou date connue seulement entre deux bornes) ; voir --rule possible",
            "um mínimo: mais {count} Estados podem estar em ambos (posição não estabelecida, "
            "ou datas conhecidas só entre dois limites); veja --rule possible",
        ),
        "line.lower_bound.one": _entry(
            "a lower bound: 1 more state may be in both (position not known, or "
            "dates known only to an interval); see --rule possible",
            "un mínimo: 1 Estado más puede estar en ambos (posición no establecida, "
            "o fechas conocidas solo entre dos límites); véase --rule possible",
            "un minimum : 1 État de plus peut être dans les deux (statut inconnu, "
            "ou date connue seulement entre deux bornes) ; voir --rule possible",
            "um mínimo: mais 1 Estado pode estar em ambos (posição não estabelecida, "
            "ou datas conhecidas só entre dois limites); veja --rule possible",
        ),
        "line.instruments": _entry("instruments", "instrumentos", "instruments", "instrumentos"),
        "line.unknown_instruments": _entry(
            "position not known from the sources: {ids}",
            "posición no establecida por las fuentes: {ids}",
            "statut inconnu d'après les données : {ids}",
            "posição não estabelecida pelas fontes: {ids}",
        ),
        "line.commission": _entry(
            "refugee commission: {name}",
            "comisión de refugiados: {name}",
            "commission des réfugiés : {name}",
            "comissão de refugiados: {name}",
        ),
        "line.commission_unhcr": _entry(
            "refugee commission: none; UNHCR decides on refugee status",
            "comisión de refugiados: ninguna; el ACNUR decide sobre la condición de refugiado",
            "commission des réfugiés : aucune ; le HCR statue sur le statut de réfugié",
            "comissão de refugiados: nenhuma; o ACNUR decide sobre a condição de refugiado",
        ),
        "line.commission_none": _entry(
            "refugee commission: none; no asylum procedure",
            "comisión de refugiados: ninguna; no hay procedimiento de asilo",
            "commission des réfugiés : aucune ; pas de procédure d'asile",
            "comissão de refugiados: nenhuma; não há procedimento de asilo",
        ),
        "line.no_commission": _entry(
            "no refugee commission recorded for {country}",
            "ninguna comisión de refugiados registrada para {country}",
            "aucune commission des réfugiés enregistrée pour {country}",
            "nenhuma comissão de refugiados registrada para {country}",
        ),
        "line.commission_not_covered": _entry(
            "refugee commission: not covered by the data, which covers {countries}",
            "comisión de refugiados: fuera de la cobertura de los datos, que cubren {countries}",
            "commission des réfugiés : hors du champ des données, qui couvrent {countries}",
            "comissão de refugiados: fora da cobertura dos dados, que cobrem {countries}",
        ),
        "line.not_covered": _entry(
            "{country} is outside what the commission data covers: {countries}",
            "{country} está fuera de la cobertura de los datos de comisiones: {countries}",
            "{country} est hors du champ des données sur les commissions : {countries}",
            "{country} está fora da cobertura dos dados de comissões: {countries}",
        ),
        "line.name_not_verified": _entry(
            "(name not verified)",
            "(nombre no verificado)",
            "(nom non vérifié)",
            "(nome não verificado)",
        ),
        "line.wrote": _entry(
            "wrote {path}", "escrito: {path}", "écrit : {path}", "escrito: {path}"
        ),
        # The comparison of processes.
        "compare.title": _entry(
            "Full members of {processes}{when}",
            "Miembros plenos de {processes}{when}",
            "Membres de plein droit de {processes}{when}",
            "Membros plenos de {processes}{when}",
        ),
        "compare.and": _entry(" and ", " y ", " et ", " e "),
        "compare.all": _entry("In all", "En todos", "Dans tous", "Em todos"),
        "compare.both": _entry("In both", "En ambos", "Dans les deux", "Em ambos"),
        "compare.only": _entry(
            "Only in {process}",
            "Solo en {process}",
            "Seulement dans {process}",
            "Apenas em {process}",
        ),
        "compare.some": _entry(
            "In some, not all",
            "En algunos, no en todos",
            "Dans certains, pas tous",
            "Em alguns, não em todos",
        ),
        "compare.jaccard": _entry(
            "Jaccard index: {value} ({shared} shared of {either} in either)",
            "Índice de Jaccard: {value} ({shared} en común de {either} en alguno)",
            "Indice de Jaccard : {value} ({shared} en commun sur {either} dans l'un ou l'autre)",
            "Índice de Jaccard: {value} ({shared} em comum de {either} em algum)",
        ),
        "compare.jaccard_all": _entry(
            "Jaccard index of all: {value} ({shared} in all of {any} in any)",
            "Índice de Jaccard de todos: {value} ({shared} en todos de {any} en alguno)",
            "Indice de Jaccard de tous : {value} ({shared} dans tous sur {any} dans l'un d'eux)",
            "Índice de Jaccard de todos: {value} ({shared} em todos de {any} em algum)",
        ),
        "compare.disjoint": _entry(
            "{a} and {b} share no full member.",
            "{a} y {b} no tienen ningún miembro pleno en común.",
            "{a} et {b} n'ont aucun membre de plein droit en commun.",
            "{a} e {b} não têm nenhum membro pleno em comum.",
        ),
        "compare.same": _entry(
            "{a} and {b} have the same full members.",
            "{a} y {b} tienen los mismos miembros plenos.",
            "{a} et {b} ont les mêmes membres de plein droit.",
            "{a} e {b} têm os mesmos membros plenos.",
        ),
        "compare.subset": _entry(
            "Every full member of {a} is a full member of {b}.",
            "Todo miembro pleno de {a} es miembro pleno de {b}.",
            "Tout membre de plein droit de {a} est membre de plein droit de {b}.",
            "Todo membro pleno de {a} é membro pleno de {b}.",
        ),
        # The help of the command line.
        "help.usage": _entry("usage: ", "uso: ", "utilisation : ", "uso: "),
        "help.positionals": _entry("arguments", "argumentos", "arguments", "argumentos"),
        "help.options": _entry("options", "opciones", "options", "opções"),
        "help.help": _entry(
            "show this help and exit",
            "mostrar esta ayuda y salir",
            "afficher cette aide et quitter",
            "mostrar esta ajuda e sair",
        ),
        "help.version": _entry(
            "show the versions of the program and of the data, and exit",
            "mostrar las versiones del programa y de los datos, y salir",
            "afficher les versions du programme et des données, et quitter",
            "mostrar as versões do programa e dos dados, e sair",
        ),
        "help.description": _entry(
            "Look up, compare and export the migration processes of the Americas.",
            "Consultar, comparar y exportar los procesos migratorios de las Américas.",
            "Consulter, comparer et exporter les processus migratoires des Amériques.",
            "Consultar, comparar e exportar os processos migratórios das Américas.",
        ),
        "help.epilog": _entry(
            "--format, --lang and --provenance may be given before or after the command.",
            "--format, --lang y --provenance pueden ir antes o después del comando.",
            "--format, --lang et --provenance se placent avant ou après la commande.",
            "--format, --lang e --provenance podem vir antes ou depois do comando.",
        ),
        "help.default": _entry(
            "{text} (default: {default})",
            "{text} (por defecto: {default})",
            "{text} (par défaut : {default})",
            "{text} (padrão: {default})",
        ),
        "help.format": _entry(
            "output format", "formato de salida", "format de sortie", "formato de saída"
        ),
        "help.format_default": _entry(
            "table; csv for export",
            "table; csv para export",
            "table ; csv pour export",
            "table; csv para export",
        ),
        "help.lang": _entry(
            "language of everything a person reads",
            "idioma de todo lo que se lee",
            "langue de tout ce qui se lit",
            "idioma de tudo o que se lê",
        ),
        "help.on": _entry("a past day", "un día pasado", "un jour passé", "um dia passado"),
        "help.rule": _entry(
            "how a day is compared with dates known only to an interval: 'certain' counts a "
            "membership only if it certainly covered the day, 'possible' if it may have",
            "cómo se compara un día con fechas conocidas solo entre dos límites: 'certain' "
            "cuenta una membresía solo si cubría el día con certeza, 'possible' si pudo "
            "cubrirlo",
            "comment un jour est comparé aux dates connues seulement entre deux bornes : "
            "'certain' compte une adhésion seulement si elle couvrait sûrement le jour, "
            "'possible' si elle a pu le couvrir",
            "como um dia é comparado com datas conhecidas só entre dois limites: 'certain' "
            "conta uma adesão só se ela cobria o dia com certeza, 'possible' se pode tê-lo "
            "coberto",
        ),
        "help.on_default": _entry(
            "the current memberships",
            "las membresías vigentes",
            "les adhésions en cours",
            "as adesões vigentes",
        ),
        "help.provenance": _entry(
            "say where the answer comes from: # lines before CSV, after a table",
            "decir de dónde viene la respuesta: líneas # antes del CSV, tras una tabla",
            "dire d'où vient la réponse : lignes # avant le CSV, après un tableau",
            "dizer de onde vem a resposta: linhas # antes do CSV, após uma tabela",
        ),
        "help.no_provenance": _entry(
            "the data only", "solo los datos", "les données seules", "só os dados"
        ),
        "help.processes": _entry(
            "two processes or more, by id, acronym or name",
            "dos procesos o más, por código, sigla o nombre",
            "deux processus ou plus, par code, sigle ou nom",
            "dois processos ou mais, por código, sigla ou nome",
        ),
        "help.status": _entry(
            "a status to include; repeat for more",
            "una condición a incluir; repetir para más",
            "un statut à inclure ; à répéter pour plusieurs",
            "uma condição a incluir; repetir para mais",
        ),
        # Option values, shown as the defaults they are.
        "value.en": _entry("en", "en", "en", "en"),
        "value.table": _entry("table", "table", "table", "table"),
        "value.csv": _entry("csv", "csv", "csv", "csv"),
        "value.count": _entry("count", "count", "count", "count"),
        "value.alpha2": _entry("alpha2", "alpha2", "alpha2", "alpha2"),
        "value.member": _entry("member", "member", "member", "member"),
        "value.certain": _entry("certain", "certain", "certain", "certain"),
        "help.every_status": _entry("every status", "todas", "tous", "todas"),
        "help.process": _entry(
            "a process id, acronym or name",
            "código, sigla o nombre de un proceso",
            "code, sigle ou nom d'un processus",
            "código, sigla ou nome de um processo",
        ),
        "help.every_process": _entry("every process", "todos", "tous", "todos"),
        "help.country": _entry(
            "the country, as an ISO code or a name",
            "el país, por código ISO o nombre",
            "le pays, par code ISO ou nom",
            "o país, por código ISO ou nome",
        ),
        "help.one_country": _entry(
            "one country, as an ISO code or a name",
            "un país, por código ISO o nombre",
            "un pays, par code ISO ou nom",
            "um país, por código ISO ou nome",
        ),
        "help.every_country": _entry("every country", "todos", "tous", "todos"),
        "help.any_time": _entry("any time", "cualquier fecha", "toute date", "qualquer data"),
        "help.source": _entry(
            "one source, by id",
            "una fuente, por código",
            "une source, par code",
            "uma fonte, por código",
        ),
        "help.every_source": _entry("every source", "todas", "toutes", "todas"),
        "help.metric": _entry(
            "shared full members, or the Jaccard index",
            "miembros plenos en común, o el índice de Jaccard",
            "membres de plein droit en commun, ou l'indice de Jaccard",
            "membros plenos em comum, ou o índice de Jaccard",
        ),
        "help.output": _entry(
            "write to FILE", "escribir en FILE", "écrire dans FILE", "escrever em FILE"
        ),
        "help.stdout": _entry(
            "standard output", "salida estándar", "sortie standard", "saída padrão"
        ),
        "help.force": _entry(
            "replace FILE if it exists (a link, not its target)",
            "reemplazar FILE si existe (un enlace, no su destino)",
            "remplacer FILE s'il existe (un lien, pas sa cible)",
            "substituir FILE se existir (uma ligação, não o seu destino)",
        ),
        "help.no_force": _entry(
            "refuse to replace",
            "negarse a reemplazar",
            "refuser de remplacer",
            "recusar substituir",
        ),
        "help.directory": _entry(
            "the folder to write to (made if needed)",
            "la carpeta donde escribir (se crea si hace falta)",
            "le dossier où écrire (créé au besoin)",
            "a pasta onde escrever (criada se preciso)",
        ),
        "command.instruments": _entry(
            "List every instrument: treaties, compacts and declarations.",
            "Listar todos los instrumentos: tratados, pactos y declaraciones.",
            "Lister tous les instruments : traités, pactes et déclarations.",
            "Listar todos os instrumentos: tratados, pactos e declarações.",
        ),
        "command.vote": _entry(
            "Show a recorded vote of the UN General Assembly, state by state.",
            "Mostrar una votación nominal de la Asamblea General de la ONU, Estado por Estado.",
            "Afficher un vote enregistré de l'Assemblée générale de l'ONU, État par État.",
            "Mostrar uma votação nominal da Assembleia Geral da ONU, Estado por Estado.",
        ),
        "help.resolution": _entry(
            "the resolution, such as A/RES/73/195",
            "la resolución, por ejemplo A/RES/73/195",
            "la résolution, par exemple A/RES/73/195",
            "a resolução, por exemplo A/RES/73/195",
        ),
        "column.vote": _entry("vote", "voto", "scrutin", "voto"),
        "vote.yes": _entry("yes", "sí", "oui", "sim"),
        "vote.no": _entry("no", "no", "non", "não"),
        "vote.abstain": _entry("abstain", "abstención", "abstention", "abstenção"),
        "vote.non_voting": _entry("did not vote", "no votó", "n'a pas voté", "não votou"),
        "line.vote_totals": _entry(
            "{date}: {yes} yes, {no} no, {abstain} abstaining, {non_voting} not voting",
            "{date}: {yes} a favor, {no} en contra, {abstain} abstenciones, {non_voting} sin votar",
            "{date} : {yes} pour, {no} contre, {abstain} abstentions, {non_voting} sans voter",
            "{date}: {yes} a favor, {no} contra, {abstain} abstenções, {non_voting} sem votar",
        ),
        "line.vote_partial": _entry(
            "partial roll: the sources name the votes of {named} of the {scope} states in "
            "scope; the others are not on record",
            "lista parcial: las fuentes dan el voto de {named} de los {scope} Estados del "
            "ámbito; los demás no constan",
            "liste partielle : les sources donnent le vote de {named} des {scope} États du "
            "champ ; les autres ne sont pas enregistrés",
            "lista parcial: as fontes dão o voto de {named} dos {scope} Estados abrangidos; "
            "os demais não constam",
        ),
        "command.list": _entry(
            "List every process.",
            "Listar todos los procesos.",
            "Lister tous les processus.",
            "Listar todos os processos.",
        ),
        "command.show": _entry(
            "Describe one process and its countries.",
            "Describir un proceso y sus países.",
            "Décrire un processus et ses pays.",
            "Descrever um processo e seus países.",
        ),
        "command.members": _entry(
            "List the members of a process.",
            "Listar los miembros de un proceso.",
            "Lister les membres d'un processus.",
            "Listar os membros de um processo.",
        ),
        "command.country": _entry(
            "Show the processes of one country.",
            "Mostrar los procesos de un país.",
            "Montrer les processus d'un pays.",
            "Mostrar os processos de um país.",
        ),
        "command.compare": _entry(
            "Compare the full members of two or more processes.",
            "Comparar los miembros plenos de dos o más procesos.",
            "Comparer les membres de plein droit de deux processus ou plus.",
            "Comparar os membros plenos de dois ou mais processos.",
        ),
        "command.matrix": _entry(
            "Count shared full members, pair by pair.",
            "Contar los miembros plenos en común, par por par.",
            "Compter les membres de plein droit en commun, paire par paire.",
            "Contar os membros plenos em comum, par a par.",
        ),
        "command.timeline": _entry(
            "List the dated events of one process.",
            "Listar los eventos fechados de un proceso.",
            "Lister les événements datés d'un processus.",
            "Listar os eventos datados de um processo.",
        ),
        "command.export": _entry(
            "Write the country-by-process table.",
            "Escribir la tabla de países por proceso.",
            "Écrire le tableau des pays par processus.",
            "Escrever a tabela de países por processo.",
        ),
        "command.commissions": _entry(
            "List the national refugee commissions.",
            "Listar las comisiones nacionales de refugiados.",
            "Lister les commissions nationales des réfugiés.",
            "Listar as comissões nacionais de refugiados.",
        ),
        "command.meetings": _entry(
            "List the meetings of the processes.",
            "Listar las reuniones de los procesos.",
            "Lister les réunions des processus.",
            "Listar as reuniões dos processos.",
        ),
        "help.between": _entry(
            "only meetings between these two days",
            "solo las reuniones entre estos dos días",
            "seulement les réunions entre ces deux jours",
            "só as reuniões entre estes dois dias",
        ),
        "command.sources": _entry(
            "List the sources of the data set.",
            "Listar las fuentes del conjunto de datos.",
            "Lister les sources du jeu de données.",
            "Listar as fontes do conjunto de dados.",
        ),
        "command.panel": _entry(
            "A country-year panel to merge: the status of each state in each process on "
            "31 December, with none, unknown and not founded said out loud.",
            "Un panel país-año para combinar: la condición de cada Estado en cada proceso "
            "al 31 de diciembre, con ninguna, desconocida y sin fundar dichas en claro.",
            "Un panel pays-année à fusionner : le statut de chaque État dans chaque "
            "processus au 31 décembre, aucun, inconnu et pas encore fondé dits en clair.",
            "Um painel país-ano para combinar: a condição de cada Estado em cada processo "
            "em 31 de dezembro, com nenhuma, desconhecida e não fundado ditas em claro.",
        ),
        "help.years": _entry(
            "one year, or the first and the last year",
            "un año, o el primero y el último",
            "une année, ou la première et la dernière",
            "um ano, ou o primeiro e o último",
        ),
        "help.form": _entry(
            "one row per state, year and process; per state and year; or per period",
            "una fila por Estado, año y proceso; por Estado y año; o por período",
            "une ligne par État, année et processus ; par État et année ; ou par période",
            "uma linha por Estado, ano e processo; por Estado e ano; ou por período",
        ),
        "help.codes": _entry(
            "the code columns that key the rows",
            "las columnas de códigos que identifican las filas",
            "les colonnes de codes qui identifient les lignes",
            "as colunas de códigos que identificam as linhas",
        ),
        "help.default_codes": _entry(
            "iso2c iso3c iso3n", "iso2c iso3c iso3n", "iso2c iso3c iso3n", "iso2c iso3c iso3n"
        ),
        "value.long": _entry("long", "long", "long", "long"),
        "command.release": _entry(
            "Write the whole data set in every format (data package, SQLite, Stata, "
            "spreadsheets, Parquet) into one versioned zip in DIR.",
            "Escribir todo el conjunto de datos en todos los formatos (paquete de datos, "
            "SQLite, Stata, hojas de cálculo, Parquet) en un solo zip fechado en DIR.",
            "Écrire tout le jeu de données dans chaque format (paquet de données, SQLite, "
            "Stata, tableurs, Parquet) dans une seule archive zip datée dans DIR.",
            "Escrever todo o conjunto de dados em todos os formatos (pacote de dados, "
            "SQLite, Stata, planilhas, Parquet) num único zip datado em DIR.",
        ),
        "command.codes": _entry(
            "Convert country codes or names between schemes (ISO, FIPS, UNHCR, COW, M49...).",
            "Convertir códigos o nombres de países entre esquemas (ISO, FIPS, ACNUR, COW, M49...).",
            "Convertir des codes ou noms de pays d'un système à l'autre "
            "(ISO, FIPS, HCR, COW, M49...).",
            "Converter códigos ou nomes de países entre esquemas (ISO, FIPS, ACNUR, COW, M49...).",
        ),
        "help.values": _entry(
            "the codes or names to convert",
            "los códigos o nombres que convertir",
            "les codes ou noms à convertir",
            "os códigos ou nomes a converter",
        ),
        "help.from": _entry(
            "the scheme the values are in",
            "el esquema de los valores",
            "le système des valeurs",
            "o esquema dos valores",
        ),
        "help.from_default": _entry(
            "ISO codes and names",
            "códigos y nombres ISO",
            "codes et noms ISO",
            "códigos e nomes ISO",
        ),
        "help.to": _entry(
            "the code to give",
            "el código que dar",
            "le code à donner",
            "o código a dar",
        ),
        "command.datapackage": _entry(
            "Write the whole data set as a Frictionless data package (CSV and datapackage.json).",
            "Escribir todo el conjunto de datos como paquete de datos Frictionless "
            "(CSV y datapackage.json).",
            "Écrire tout le jeu de données comme paquet de données Frictionless "
            "(CSV et datapackage.json).",
            "Escrever todo o conjunto de dados como pacote de dados Frictionless "
            "(CSV e datapackage.json).",
        ),
        # The decimal mark: a comma in French and Portuguese. Spanish usage is split
        # between the two marks; the point is the one the Ortografía of 2010 recommends.
        "number.decimal": _entry(".", ".", ",", ","),
        "command.site": _entry(
            "Write the map explorer: one HTML page per language, that works offline.",
            "Escribir el explorador del mapa: una página HTML por idioma, "
            "que funciona sin conexión.",
            "Écrire l'explorateur de la carte : une page HTML par langue, "
            "qui fonctionne hors ligne.",
            "Escrever o explorador do mapa: uma página HTML por idioma, que funciona sem conexão.",
        ),
        # Plots.
        "plot.grid": _entry(
            "Status in each process{when}",
            "Condición en cada proceso{when}",
            "Statut dans chaque processus{when}",
            "Condição em cada processo{when}",
        ),
        "plot.grid_instruments": _entry(
            "Status under each instrument{when}",
            "Condición en cada instrumento{when}",
            "Statut à l'égard de chaque traité ou texte{when}",
            "Condição em cada instrumento{when}",
        ),
        "plot.party": _entry("party", "parte", "partie", "parte"),
        "plot.no_status": _entry("no status", "sin condición", "aucun statut", "sem condição"),
        "plot.not_yet": _entry(
            "did not exist yet", "aún no existía", "n'existait pas encore", "ainda não existia"
        ),
        "plot.possible": _entry(
            "possible, not certain (hatched)",
            "posible, no segura (rayado)",
            "possible, pas sûr (hachuré)",
            "possível, não certa (hachurado)",
        ),
        "plot.lower_bound": _entry(
            "a number after +: that many more states may be shared (position not known, or "
            "dates known only to an interval)",
            "un número tras +: tantos Estados más pueden ser comunes (posición no "
            "establecida, o fechas conocidas solo entre dos límites)",
            "un nombre après + : autant d'États de plus peuvent être communs (statut "
            "inconnu, ou date connue seulement entre deux bornes)",
            "um número após +: tantos Estados a mais podem ser comuns (posição não "
            "estabelecida, ou datas conhecidas só entre dois limites)",
        ),
        "plot.source": _entry(
            "Source: {name} data {version}, {licence}",
            "Fuente: datos de {name} {version}, {licence}",
            "Source : données {name} {version}, {licence}",
            "Fonte: dados de {name} {version}, {licence}",
        ),
        "plot.count": _entry(
            "Shared full members{when}",
            "Miembros plenos en común{when}",
            "Membres de plein droit en commun{when}",
            "Membros plenos em comum{when}",
        ),
        "plot.jaccard": _entry(
            "Jaccard index of full members{when}",
            "Índice de Jaccard de los miembros plenos{when}",
            "Indice de Jaccard des membres de plein droit{when}",
            "Índice de Jaccard dos membros plenos{when}",
        ),
        # Maps: the classes a state is drawn in, titles, insets, the source line.
        "map.party": _entry("party", "Estado parte", "État partie", "Estado parte"),
        "map.not_party": _entry("not a party", "no es parte", "pas partie", "não é parte"),
        "map.adopted": _entry("adopted", "adoptó", "a adopté", "adotou"),
        "map.not_adopted": _entry("did not adopt", "no adoptó", "n'a pas adopté", "não adotou"),
        "map.none": _entry("no status", "sin condición", "aucun statut", "sem condição"),
        "map.unknown": _entry(
            "not known from the sources",
            "no establecido por las fuentes",
            "inconnu d'après les sources",
            "não estabelecido pelas fontes",
        ),
        "map.outside": _entry(
            "outside what the data covers",
            "fuera del alcance de los datos",
            "hors du champ des données",
            "fora do alcance dos dados",
        ),
        "map.in_count": _entry(
            "in {count} of {total}",
            "en {count} de {total}",
            "dans {count} sur {total}",
            "em {count} de {total}",
        ),
        "map.joined": _entry("joined", "ingresó", "entré", "ingressou"),
        "map.left": _entry("left", "salió", "sorti", "saiu"),
        "map.changed": _entry(
            "status changed", "cambió de condición", "statut changé", "mudou de condição"
        ),
        "map.kept": _entry("same status", "misma condición", "même statut", "mesma condição"),
        "map.status": _entry(
            "{body}: status{when}",
            "{body}: condición{when}",
            "{body} : statut{when}",
            "{body}: condição{when}",
        ),
        "map.overlap": _entry(
            "In how many of {bodies} each state is a full member{when}",
            "En cuántos de {bodies} es miembro pleno cada Estado{when}",
            "Dans combien de {bodies} chaque État est membre de plein droit{when}",
            "Em quantos de {bodies} cada Estado é membro pleno{when}",
        ),
        "map.change": _entry(
            "{body}: changes from {since} to {day}",
            "{body}: cambios del {since} al {day}",
            "{body} : changements du {since} au {day}",
            "{body}: mudanças de {since} a {day}",
        ),
        "map.now": _entry("today", "hoy", "aujourd'hui", "hoje"),
        "map.source": _entry(
            "Source: regional_migration data {version}, CC BY 4.0",
            "Fuente: datos de regional_migration {version}, CC BY 4.0",
            "Source : données regional_migration {version}, CC BY 4.0",
            "Fonte: dados de regional_migration {version}, CC BY 4.0",
        ),
        "map.not_shown": _entry(
            "Not on the map: {countries}",
            "Fuera del mapa: {countries}",
            "Hors de la carte : {countries}",
            "Fora do mapa: {countries}",
        ),
        "map.antilles": _entry(
            "Lesser Antilles", "Antillas Menores", "Petites Antilles", "Pequenas Antilhas"
        ),
        "map.iberia": _entry(
            "Iberian Peninsula", "Península ibérica", "Péninsule Ibérique", "Península Ibérica"
        ),
        # The explorer's page.
        "site.title": _entry(
            "Migration cooperation in the Americas: who stands where, day by day",
            "Cooperación migratoria en las Américas: quién está dónde, día a día",
            "Coopération migratoire dans les Amériques : qui est où, jour après jour",
            "Cooperação migratória nas Américas: quem está onde, dia a dia",
        ),
        "site.pick": _entry(
            "Process or instrument",
            "Proceso o instrumento",
            "Processus ou instrument",
            "Processo ou instrumento",
        ),
        "site.day": _entry("Day", "Día", "Jour", "Dia"),
        "site.mode": _entry("Show", "Mostrar", "Afficher", "Mostrar"),
        "site.mode_status": _entry(
            "each state's status",
            "la condición de cada Estado",
            "le statut de chaque État",
            "a condição de cada Estado",
        ),
        "site.mode_overlap": _entry(
            "overlap of several",
            "superposición de varios",
            "chevauchement de plusieurs",
            "sobreposição de vários",
        ),
        "site.download": _entry(
            "Download this table (CSV)",
            "Descargar esta tabla (CSV)",
            "Télécharger ce tableau (CSV)",
            "Baixar esta tabela (CSV)",
        ),
        "site.shown": _entry(
            "What the map shows",
            "Lo que muestra el mapa",
            "Ce que montre la carte",
            "O que o mapa mostra",
        ),
        "site.click": _entry(
            "Click a state to see its processes, instruments and sources.",
            "Haga clic en un Estado para ver sus procesos, instrumentos y fuentes.",
            "Cliquez sur un État pour voir ses processus, instruments et sources.",
            "Clique em um Estado para ver seus processos, instrumentos e fontes.",
        ),
        "site.rule": _entry(
            "A state counts on a day only when its records certainly cover that day.",
            "Un Estado cuenta en un día solo si sus registros cubren ese día con certeza.",
            "Un État compte un jour donné seulement si ses données couvrent ce jour "
            "avec certitude.",
            "Um Estado conta em um dia só se seus registros cobrem esse dia com certeza.",
        ),
    }
)
"""Every message, by id, in the four languages."""


def say(message: str, lang: Language, /, **fields: object) -> str:
    """The text of *message* in *lang*, with *fields* filled in.

    Examples:
        >>> say("status.observer", "fr")
        'observateur'
        >>> say("line.on", "es", day="2018-09-04")
        'al 2018-09-04:'
        >>> say("line.lower_bound", "en", count=1).split(" (")[0]
        'a lower bound: 1 more state may be in both'
    """
    # A count of one reads in the singular where the message has a ".one" form.
    if fields.get("count") == 1 and f"{message}.one" in MESSAGES:
        message = f"{message}.one"
    return MESSAGES[message][lang].format(**fields)


def alphabetical(name: str) -> tuple[str, str]:
    """A sort key that puts names in alphabetical order in any of the four languages.

    Accents and case do not move a name: "Équateur" sorts among the E's, not after Z.

    Examples:
        >>> sorted(["Uruguay", "Équateur", "Brésil"], key=alphabetical)
        ['Brésil', 'Équateur', 'Uruguay']
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return (plain.casefold(), name)


def format_value(value: float, metric: str, lang: Language = "en") -> str:
    """A value of an overlap as people read it: a count as it is, an index to two decimals.

    Any *metric* other than ``"count"`` is an index between 0 and 1, shown with the
    decimal mark of *lang*.

    Examples:
        >>> format_value(7, "count"), format_value(0.636, "jaccard")
        ('7', '0.64')
        >>> format_value(0.636, "jaccard", "fr")
        '0,64'
    """
    if metric == "count":
        return str(value)
    return f"{value:.2f}".replace(".", say("number.decimal", lang))
