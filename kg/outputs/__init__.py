"""What users touch beyond the build: loading a triple store over the Graph
Store Protocol and querying SPARQL endpoints, the local endpoint, tables for
pandas, the network of officials, the saved queries' documentation.

May import: ``kg.build``, ``kg.graph``, ``kg.pipeline`` and the base modules.
Never the CLI.
"""
