"""The whole data set as files, and pictures.

Layers, bottom first (a module imports only modules of a lower line, or of a lower folder):

    frictionless
    datapackage plot map
    site release
"""
