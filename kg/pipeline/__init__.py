"""The pipeline's stages, in the order data meets them.

``read`` (files -> Page) -> ``normalise`` (Text and its offset map) -> ``split``
(articles, bylines, datelines) -> ``extract`` (typed records per page, pure) ->
``resolve`` (one node per entity, whole build) -> ``rdf`` (named graphs in the
public vocabulary) -> ``validate`` (SHACL).

Each stage is a module with a small typed interface; none mutates its input.
May import: ``kg.records``, ``kg.resources``, ``kg.files`` and each other
(a later stage may use an earlier one). Never ``kg.graph``, ``kg.build``,
``kg.outputs`` or the CLI.
"""
