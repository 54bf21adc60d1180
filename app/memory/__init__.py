"""Relationship memory: contacts and their history, kept over time (issue 12).

``models`` is the public contract, ``service`` the use cases every edge shares (REST, web,
CLI), ``importers`` turns other tools' files into records. Storage lives in app/storage.
"""
