"""What a user types for a country, turned into ISO codes and names.

Layers, bottom first (a module imports only modules of a lower line, or of a lower folder):

    iso3166
    names
    index
    schemes
    lookup
    batch
"""
