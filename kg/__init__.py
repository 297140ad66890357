"""localgov-kg: a checkable RDF knowledge graph from Chinese local news.

The package is laid out in wings that follow the layers of the tool; an import
may run down the list, never up it (``tests/test_layout.py`` checks this):

- ``kg.cli``, ``kg.evaluate``: the command line and the scoring against gold.
- ``kg.outputs``: what users touch beyond the build (Graph Store loading and
  remote queries, the local endpoint, tables, the network, the queries' docs).
- ``kg.build``: the assembled build (per-page work, executors, the build
  folder's memory of each page, the dump and the exports).
- ``kg.graph``: the store, the saved-query machinery, and the summaries
  derived from the graph (tenures, the county index).
- ``kg.pipeline``: the stages data flows through once, in order: read,
  normalise, split, extract, resolve, rdf, validate.
- ``kg.records``, ``kg.resources``, ``kg.files``, ``kg.limits``: the records the
  stages pass on, the data files that travel with the package, atomic file
  writes, what one page's work may take.
"""
