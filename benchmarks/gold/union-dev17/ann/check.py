#!/usr/bin/env python3
"""Extra checks over the built page-NN.json of this set (union-dev17; a copy of union-dev16's, itself union-dev15's, itself union-dev14's, union-dev13's and union-dev12's, which added one
check: a stated locatedIn has an organisation, not a Place, as head) (beyond ../../page_ann.py's):
no stated relation twice, no inferred relation twice or also stated, every inferred head/tail an
entity, no name or alias twice in a page, head/tail types fit the relation, every evidence string
on its page. ``python3 ann/check.py``"""
import json, pathlib, collections
d = pathlib.Path(__file__).resolve().parent.parent
HEAD = {"worksFor": {"Person"}, "memberOf": {"Person", "Organization", "Federation", "TradeUnion", "Company", "ServiceTeam"},
        "heldAt": {"Event"}, "organizes": {"Federation", "TradeUnion", "Company", "Organization", "ServiceTeam"},
        "unionOf": {"TradeUnion", "Federation"}}
TAIL = {"organizes": {"Event"}, "participatesIn": {"Event"}, "locatedIn": {"Place"}, "worksFor": {"Federation", "TradeUnion", "Company", "Organization", "ServiceTeam"}}
tot = collections.Counter(); bad = 0
for f in sorted(d.glob("page-*.json")):
    g = json.loads(f.read_text()); md = (d / g["doc"]).read_text()
    typ = {e["name"]: e["type"] for e in g["entities"]}
    forms = collections.Counter(x for e in g["entities"] for x in [e["name"]] + e["aliases"])
    errs = [f"form twice: {k}" for k, v in forms.items() if v > 1]
    st = [(r["head"], r["relation"], r["tail"]) for r in g["relations"]]
    inf = [(r["head"], r["relation"], r["tail"]) for r in g.get("inferred_relations", [])]
    errs += [f"stated twice: {k}" for k, v in collections.Counter(st).items() if v > 1]
    errs += [f"inferred twice: {k}" for k, v in collections.Counter(inf).items() if v > 1]
    errs += [f"inferred also stated: {k}" for k in set(inf) & set(st)]
    for h, r, t in st + inf:
        for x in (h, t):
            if x not in typ: errs.append(f"not an entity: {x} in {h} {r} {t}")
        if h in typ and r in HEAD and typ[h] not in HEAD[r]: errs.append(f"head type {typ[h]}: {h} {r} {t}")
        if t in typ and r in TAIL and typ[t] not in TAIL[r]: errs.append(f"tail type {typ[t]}: {h} {r} {t}")
    for r in g["relations"]:
        if r["evidence"] not in md: errs.append("evidence: " + r["evidence"])
        if r["relation"] == "locatedIn" and typ.get(r["head"]) in {"Place", "Person", "Event"}:
            errs.append(f"stated locatedIn with a {typ[r['head']]} head: {r['head']}")
    for e in errs: print(f.name, "!", e); bad += 1
print("problems:", bad)
