// Reporters and correspondents with how many articles each wrote, the most prolific first
// (as reporters-and-articles.rq).
MATCH (a:Article)-[r]->(p:Entity)
WHERE r.relation IN ['reportedBy', 'correspondent']
WITH p, CASE WHEN r.relation = 'reportedBy' THEN 'reporter' ELSE 'correspondent' END AS role,
     count(DISTINCT a) AS articles
RETURN p.name AS name, role, articles
ORDER BY articles DESC, name, role
LIMIT 100;
