"""Foundations: they know no type of the package above them.

Layers, bottom first (a module imports only modules of a lower line, or of a lower folder):

    public locking
    text html
    dates export messages files
    resources
"""
