"""Backups: ``pressroom dump`` writes everything, ``pressroom restore`` puts it back exactly.

A backup is one JSON Lines file (``dump.jsonl``, see ``records``) and the media files,
together in a ``.tar`` (or ``.tar.gz``) or a folder (see ``archive``). docs/deployment.md
says what it holds and how to use it.
"""
