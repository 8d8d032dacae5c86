"""The graph: RDF (rdflib) and NetworkX views of a :class:`~uniongraph.model.KnowledgeGraph`."""
