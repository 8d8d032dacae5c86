"""The namespaces of every graph uniongraph writes, as plain text (no rdflib).

:mod:`.vocabulary` makes rdflib's ``Namespace`` objects of them; the Turtle writer of a build
(:mod:`uniongraph.readwrite.turtle_plain`) and the shape checks (:func:`uniongraph.validate.check`)
use the text alone, so that a build that writes its three files never imports rdflib.

>>> PREFIX_IRIS["ug"] == ONTOLOGY_NS and XSD_NS + "integer" == XSD_INTEGER
True
"""

from __future__ import annotations

from ..ids import DATA_NS, ONTOLOGY_NS

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SCHEMA_NS = "https://schema.org/"
ORG_NS = "http://www.w3.org/ns/org#"
FOAF_NS = "http://xmlns.com/foaf/0.1/"

#: prefix -> namespace, bound in every graph written and pre-bound in every query
#: (:data:`.vocabulary.PREFIXES` is made from it, as rdflib namespaces: the two cannot drift apart)
PREFIX_IRIS: dict[str, str] = {
    "ug": ONTOLOGY_NS,
    "ugd": DATA_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "skos": SKOS_NS,
    "prov": PROV_NS,
    "xsd": XSD_NS,
    "schema": SCHEMA_NS,
    "org": ORG_NS,
    "foaf": FOAF_NS,
}

RDF_TYPE = RDF_NS + "type"
RDFS_LABEL = RDFS_NS + "label"
XSD_INTEGER = XSD_NS + "integer"
XSD_BOOLEAN = XSD_NS + "boolean"
XSD_DATE = XSD_NS + "date"

__all__ = ["DATA_NS", "ONTOLOGY_NS", "PREFIX_IRIS", "RDF_NS", "RDFS_NS", "RDF_TYPE", "RDFS_LABEL", "XSD_NS",
           "XSD_BOOLEAN", "XSD_DATE", "XSD_INTEGER"]
