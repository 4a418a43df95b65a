"""The shipped records, their models, and finding them by key.

Layers, bottom first (a module imports only modules of a lower line, or of a lower folder):

    records geometry
    processes votes
    instruments
    registry schema
"""
