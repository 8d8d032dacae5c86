// Who works for which organisation, with the sentence that says so (as people-and-employers.rq).
MATCH (p:Entity)-[:worksFor]->(o:Entity)
OPTIONAL MATCH (st:Statement {relation: 'worksFor'})-[:subject]->(p), (st)-[:object]->(o),
               (st)-[:hasEvidence]->(ev:Evidence)
RETURN p.name AS person, o.name AS employer, ev.sentence AS sentence
ORDER BY person, employer, sentence;
