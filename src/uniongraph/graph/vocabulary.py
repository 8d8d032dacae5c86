"""Names of the ``ug:`` vocabulary shared by every output: namespaces, prefixes and labels.

The Chinese and English labels here are the ones ``ontology/uniongraph.ttl`` declares (a test
keeps the two in step); the HTML view uses them for legends and edge labels.

>>> RELATION_LABELS["worksFor"]
('任职于', 'works for')
>>> str(UG.Federation)
'https://w3id.org/uniongraph/ontology#Federation'
"""

from __future__ import annotations

from rdflib import Namespace

from .namespaces import ORG_NS, PREFIX_IRIS, SCHEMA_NS
from ..ids import DATA_NS, ONTOLOGY_NS

UG = Namespace(ONTOLOGY_NS)
UGD = Namespace(DATA_NS)
SCHEMA = Namespace(SCHEMA_NS)
ORG = Namespace(ORG_NS)

#: Prefixes bound in every graph we write and pre-bound in every query (the namespaces of
#: :data:`.namespaces.PREFIX_IRIS`, as rdflib's).
PREFIXES: dict[str, Namespace] = {prefix: Namespace(ns) for prefix, ns in PREFIX_IRIS.items()}

#: Class and relation local names -> (Chinese label, English label), from :mod:`uniongraph.schema`.
from ..schema import RELATION_LABELS, TYPE_LABELS  # noqa: E402,F401
