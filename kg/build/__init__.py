"""The assembled build: pages through the pipeline in workers (this process, a
process pool or Dask), the build folder's memory of each page, the N-Quads dump,
the exports and the SHACL report, the store loaded in a process of its own.

``from kg.build import build`` is the entry point (``kg build`` on the command
line); ``extract_all`` and ``graphs`` give the records and graphs in memory.

May import: ``kg.graph``, ``kg.pipeline`` and the base modules. Never
``kg.outputs`` or the CLI.
"""
from .assemble import build, extract_all, graphs

__all__ = ["build", "extract_all", "graphs"]
