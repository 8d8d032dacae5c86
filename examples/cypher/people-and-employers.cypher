// The people who work for the organisation with the most people, with the sentence that says so
// (as people-and-employers.rq).
MATCH (p:Entity)-[:worksFor]->(o:Entity)
WITH o, count(DISTINCT p) AS n
ORDER BY n DESC, o.name, o.id
LIMIT 1
WITH o.id AS chosen
MATCH (p:Entity)-[:worksFor]->(o:Entity {id: chosen})
OPTIONAL MATCH (st:Statement {relation: 'worksFor'})-[:subject]->(p), (st)-[:object]->(o),
               (st)-[:hasEvidence]->(ev:Evidence)
RETURN o.name AS employer, p.name AS person, ev.sentence AS sentence
ORDER BY person, sentence;
