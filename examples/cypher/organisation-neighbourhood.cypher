// Everything one hop from the federation in the most facts, in and out
// (as organisation-neighbourhood.rq; ids stand for IRIs). Passing on the id (not the node)
// keeps LadybugDB 0.22 from applying LIMIT after the next MATCH.
MATCH (c:Entity {type: 'Federation'})<-[:subject|object]-(st:Statement)
WITH c, count(st) AS n
ORDER BY n DESC, c.name, c.id
LIMIT 1
WITH c.id AS centre
MATCH (c:Entity {id: centre})-[r]->(nb:Entity)
WHERE NOT r.relation IN ['mentions', 'subject', 'object']
RETURN c.id AS center, 'out' AS direction, r.relation AS relation, nb.id AS neighbour, nb.name AS neighbourName
UNION ALL
MATCH (c:Entity {type: 'Federation'})<-[:subject|object]-(st:Statement)
WITH c, count(st) AS n
ORDER BY n DESC, c.name, c.id
LIMIT 1
WITH c.id AS centre
MATCH (c:Entity {id: centre})<-[r]-(nb:Entity)
WHERE NOT r.relation IN ['mentions', 'subject', 'object']
RETURN c.id AS center, 'in' AS direction, r.relation AS relation, nb.id AS neighbour, nb.name AS neighbourName;
