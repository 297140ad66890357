"""The graph once built: the embedded store, the saved-query machinery, and the
summaries derived from the graph (tenures of posts, the county index).

May import: ``kg.pipeline`` and the base modules (``kg.records``,
``kg.resources``, ``kg.files``). Never ``kg.build``, ``kg.outputs`` or the CLI.
"""
