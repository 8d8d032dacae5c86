import json, re, sys, os, unicodedata
OUT = "/work/wt/union-test2"
Q = "「」“”‘’\"'"
def nq(s): return unicodedata.normalize("NFKC", "".join(c for c in s if c not in Q))
TYPES = {"Federation","TradeUnion","Company","ServiceTeam","Organization","Person","Place","Event"}
RELS = {"worksFor","memberOf","unionOf","subOrganizationOf","organizes","participatesIn","heldAt","locatedIn","manages","founded"}
def build(n, md, articles, ents, rels, inferred=()):
    doc = f"page-{n:02d}.md"
    md = md.strip("\n") + "\n"
    body = md.split("\n", 1)[1]
    err = []
    L = len(md.replace("\n", ""))
    if not (250 <= L <= 700): err.append(f"length {L}")
    T = nq(md)
    names = {}
    E = []
    for e in ents:
        name, typ = e[0], e[1]
        al = list(e[2]) if len(e) > 2 else []
        attrs = e[3] if len(e) > 3 else None
        if typ not in TYPES: err.append("type " + typ)
        if name in names: err.append("dup " + name)
        names[name] = typ
        for s in [name] + al:
            if nq(s) not in T: err.append("not in text: " + s)
        d = {"name": name, "type": typ, "aliases": al}
        if attrs: d["attributes"] = attrs
        E.append(d)
    def R(rs):
        out = []
        for h, r, t, ev in rs:
            if r not in RELS: err.append("rel " + r)
            for x in (h, t):
                if x not in names: err.append("no entity " + x)
            if ev not in md: err.append("evidence not exact: " + ev)
            out.append({"head": h, "relation": r, "tail": t, "evidence": ev})
        return out
    A = []
    for a in articles:
        t, rep, cor = a
        if t not in md: err.append("title " + t)
        for p in rep + cor:
            if names.get(p) != "Person": err.append("byline not Person " + p)
        A.append({"title": t, "reporters": rep, "correspondents": cor})
    g = {"doc": doc, "schema": "uniongraph-gold/1", "articles": A, "entities": E,
         "relations": R(rels)}
    if inferred: g["inferred_relations"] = R(inferred)
    if err:
        print(doc, "ERRORS:", *err, sep="\n  "); sys.exit(1)
    open(os.path.join(OUT, doc), "w").write(md)
    json.dump(g, open(os.path.join(OUT, doc.replace(".md", ".json")), "w"), ensure_ascii=False, indent=1)
    print(doc, "ok", L, "chars", len(E), "ents", len(g["relations"]), "rels", len(inferred), "inferred")
