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
from rdflib.namespace import FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..ids import DATA_NS, ONTOLOGY_NS

UG = Namespace(ONTOLOGY_NS)
UGD = Namespace(DATA_NS)
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

#: Prefixes bound in every graph we write and pre-bound in every query.
PREFIXES: dict[str, Namespace] = {
    "ug": UG,
    "ugd": UGD,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "xsd": Namespace(str(XSD)),
    "schema": SCHEMA,
    "org": ORG,
    "foaf": Namespace(str(FOAF)),
}

#: Class and relation local names -> (Chinese label, English label), from :mod:`uniongraph.schema`.
from ..schema import RELATION_LABELS, TYPE_LABELS  # noqa: E402,F401
