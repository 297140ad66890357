"""`kg browse`: a local web app over a build's store, where every fact opens on its source sentence.

``data`` reads the store (SPARQL with the entity bound as an RDF term), ``pages``
turns the answers into what a page shows, ``app`` is the Starlette application
and its routes, ``templates/`` the Jinja2 templates (autoescaped) and ``static/``
the style sheet.  No JavaScript, nothing fetched from the network.
"""
