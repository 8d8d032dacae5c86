// Each trade union and the company it belongs to, with its federation if known (as unions-and-companies.rq).
MATCH (u:Entity {type: 'TradeUnion'})-[:unionOf]->(c:Entity)
OPTIONAL MATCH (u)-[:subOrganizationOf]->(f:Entity {type: 'Federation'})
RETURN u.name AS unionName, c.name AS company, f.name AS federation
ORDER BY unionName, company;
