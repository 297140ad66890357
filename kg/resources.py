"""Data that travels with the package: the ontology, the shapes, the saved queries.

In a source checkout (or an editable install) they are the top-level folders
``ontology/`` and ``queries/``; an installed wheel carries them as the
packages ``kg.ontology`` and ``kg.queries``.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder(name: str):
    """A Traversable for ``ontology`` or ``queries``."""
    local = ROOT / name
    if local.is_dir() and (ROOT / "kg").is_dir():
        return local
    return resources.files(f"kg.{name}")
