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
        "column.sources": _entry("sources", "fuentes", "sources", "fontes"),
        "column.website": _entry("website", "sitio web", "site web", "site"),
        "column.adopted": _entry("adopted", "adopción", "adoption", "adoção"),
        "column.entry_into_force": _entry(
            "entry into force", "entrada en vigor", "entrée en vigueur", "entrada em vigor"
        ),
        "column.depositary": _entry("depositary", "depositario", "dépositaire", "depositário"),
        "column.began_by": _entry("act", "acto", "acte", "ato"),
        # Statuses, as a column shows them and as a plot's legend names them.
        "status.member": _entry("member", "miembro", "membre", "membro"),
        "status.associate": _entry("associate", "asociado", "associé", "associado"),
        "status.observer": _entry("observer", "observador", "observateur", "observador"),
        "status.suspended": _entry("suspended", "suspendido", "suspendu", "suspenso"),
        "status.signatory": _entry("signatory", "signatario", "signataire", "signatário"),
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
        "value.member": _entry("member", "member", "member", "member"),
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
        "command.sources": _entry(
            "List the sources of the data set.",
            "Listar las fuentes del conjunto de datos.",
            "Lister les sources du jeu de données.",
            "Listar as fontes do conjunto de dados.",
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
        # Plots.
        "plot.grid": _entry(
            "Status in each process{when}",
            "Condición en cada proceso{when}",
            "Statut dans chaque processus{when}",
            "Condição em cada processo{when}",
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
    """
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
