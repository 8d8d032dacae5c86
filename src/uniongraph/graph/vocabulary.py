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

#: Class local name -> (Chinese label, English label).
TYPE_LABELS: dict[str, tuple[str, str]] = {
    "Federation": ("总工会", "federation of trade unions"),
    "TradeUnion": ("工会", "trade union"),
    "Company": ("企业", "company"),
    "ServiceTeam": ("服务队", "service team"),
    "Organization": ("组织机构", "organization"),
    "Person": ("人物", "person"),
    "Place": ("地点", "place"),
    "Event": ("活动", "event"),
    "Article": ("报道", "news article"),
}

#: Relation local name -> (Chinese label, English label): the ten extracted relations, then
#: the article links written from bylines and mentions.
RELATION_LABELS: dict[str, tuple[str, str]] = {
    "worksFor": ("任职于", "works for"),
    "memberOf": ("成员", "member of"),
    "unionOf": ("所属单位", "union of"),
    "subOrganizationOf": ("下属于", "sub-organization of"),
    "organizes": ("主办", "organizes"),
    "participatesIn": ("参加", "participates in"),
    "heldAt": ("举办地", "held at"),
    "locatedIn": ("位于", "located in"),
    "manages": ("托管", "manages"),
    "founded": ("创建", "founded"),
    "reportedBy": ("记者", "reported by"),
    "correspondent": ("通讯员", "correspondent"),
    "mentions": ("提及", "mentions"),
}
