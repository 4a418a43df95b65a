"""Questions over the data set; each answer renders itself.

Layers, bottom first (a module imports only modules of a lower line, or of a lower folder):

    compare tables timeline profile meetings
    country_year
"""
