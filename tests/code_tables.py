"""The codes of the Americas that other schemes give differently from ISO, written out
once for the crosswalk's tests and the scheme look-up's tests."""

from __future__ import annotations

FIPS_COLLISIONS = {
    "BM": ("BD", "BD"),  # Bermuda / Bangladesh
    "BO": ("BL", "BL"),  # Bolivia / Saint Barthélemy
    "BS": ("BF", "BF"),  # Bahamas / Burkina Faso
    "BZ": ("BH", "BH"),  # Belize / Bahrain
    "CL": ("CI", "CI"),  # Chile / Côte d'Ivoire
    "DM": ("DO", "DO"),  # Dominica / Dominican Republic
    "GS": ("SX", "SX"),  # South Georgia / Sint Maarten
    "KN": ("SC", "SC"),  # Saint Kitts and Nevis / Seychelles
    "LC": ("ST", "ST"),  # Saint Lucia / Sao Tome and Principe
    "MS": ("MH", "MH"),  # Montserrat / Marshall Islands
    "NI": ("NU", "NU"),  # Nicaragua / Niue
    "PA": ("PM", "PM"),  # Panama / Saint Pierre and Miquelon
    "PM": ("SB", "SB"),  # Saint Pierre and Miquelon / Solomon Islands
    "PY": ("PA", "PA"),  # Paraguay / Panama
    "SV": ("ES", "ES"),  # El Salvador / Spain
    "TC": ("TK", "TK"),  # Turks and Caicos Islands / Tokelau
    "TT": ("TD", "TD"),  # Trinidad and Tobago / Chad
    "VG": ("VI", "VI"),  # British Virgin Islands / US Virgin Islands
}

# Every UNHCR code of an entity of the Americas that is not its ISO alpha-3 code.
UNHCR_CODES = {
    "AG": "ANT",
    "BB": "BAR",
    "BM": "BER",
    "BZ": "BZE",
    "CR": "COS",
    "GD": "GRN",
    "GF": "FGU",
    "GT": "GUA",
    "HN": "HON",
    "HT": "HAI",
    "KN": "STK",
    "KY": "CAY",
    "MQ": "MAR",  # ISO's MAR is Morocco, whose UNHCR code is MOR
    "PR": "PUE",
    "PY": "PAR",
    "SV": "SAL",
    "TC": "TCI",
    "TT": "TRT",
    "UY": "URU",
    "VG": "BVI",
}

# The entities of the Americas (UN M49 region 019), by ISO alpha-2 code.
