#!/usr/bin/env python3
"""Build page-NN.json (uniongraph-gold/1) of a set of invented pages from its compact annotation
ann/page-NN.ann and check it against page-NN.md (shared by the page sets: union-test, union-dev):
  python3 benchmarks/gold/page_ann.py benchmarks/gold/union-dev 1 2 3
Format of .ann lines:
  A title | reporters (comma) | correspondents (comma)
  E Type name | alias, alias
  R head > relation > tail | evidence (exact substring of the page)
  I head > relation > tail | note           (inferred, kept apart)
"""
import json, sys, re, unicodedata, pathlib
TYPES = {"Federation","TradeUnion","Company","ServiceTeam","Organization","Person","Place","Event"}
RELS = {"worksFor","memberOf","unionOf","subOrganizationOf","organizes","participatesIn","heldAt","locatedIn","manages","founded"}
Q = "「」“”‘’\"'"
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in s if c not in Q)
    return re.sub(r"\s+", " ", s).strip()
def build(d, n):
    md = (d / f"page-{n:02d}.md").read_text()
    mdn = norm(md)
    mdn_ns = mdn.replace(" ", "")
    arts, ents, rels, inf = [], [], [], []
    errs = []
    for ln in (d / "ann" / f"page-{n:02d}.ann").read_text().splitlines():
        ln = ln.strip()
        if not ln or ln.startswith("#"): continue
        k, rest = ln.split(" ", 1)
        if k == "A":
            t, r, c = [x.strip() for x in rest.split("|")]
            sp = lambda x: [y.strip() for y in x.split(",") if y.strip()]
            arts.append({"title": t, "reporters": sp(r), "correspondents": sp(c)})
            if "# " + t not in md: errs.append("title not a headline: " + t)
        elif k == "E":
            typ, rest2 = rest.split(" ", 1)
            name, _, al = rest2.partition("|")
            name = name.strip(); al = [a.strip() for a in al.split(",") if a.strip()]
            assert typ in TYPES, typ
            ents.append({"name": name, "type": typ, "aliases": al})
            for s in [name] + al:
                if norm(s).replace(" ", "") not in mdn_ns: errs.append("name not in text: " + s)
        elif k in "RI":
            trip, _, ev = rest.partition("|")
            h, r, t = [x.strip() for x in trip.split(">")]
            assert r in RELS, r
            o = {"head": h, "relation": r, "tail": t}
            if k == "R":
                o["evidence"] = ev.strip()
                if ev.strip() not in md: errs.append("evidence not in text: " + ev.strip())
                rels.append(o)
            else:
                o["note"] = ev.strip(); inf.append(o)
    names = {e["name"] for e in ents}
    if len(names) != len(ents): errs.append("duplicate entity")
    for o in rels:
        for x in (o["head"], o["tail"]):
            if x not in names: errs.append("unknown entity in relation: " + x)
    for o in inf:
        if o["head"] not in names: errs.append("unknown head in inferred: " + o["head"])
    for a in arts:
        for p in a["reporters"] + a["correspondents"]:
            if p not in names: errs.append("byline person not an entity: " + p)
    # length check per article
    parts = re.split(r"(?m)^# ", md)[1:]
    for p in parts:
        body = p.split("\n", 1)[1] if "\n" in p else ""
        L = len(re.sub(r"\s", "", body))
        if not (250 <= L <= 700): errs.append(f"article length {L}: {p[:20]}")
    out = {"doc": f"page-{n:02d}.md", "schema": "uniongraph-gold/1", "articles": arts,
           "entities": ents, "relations": rels}
    if inf: out["inferred_relations"] = inf
    (d / f"page-{n:02d}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(f"page-{n:02d}: {len(arts)} art, {len(ents)} ent, {len(rels)} rel, {len(inf)} inf", "OK" if not errs else "")
    for e in errs: print("   !", e)
if __name__ == "__main__":
    folder = pathlib.Path(sys.argv[1])
    for a in sys.argv[2:]:
        build(folder, int(a))
