// Reporters (记者) and correspondents (通讯员) with their articles (as reporters-and-articles.rq).
MATCH (a:Article)-[r]->(p:Entity)
WHERE r.relation IN ['reportedBy', 'correspondent']
RETURN p.name AS name,
       CASE WHEN r.relation = 'reportedBy' THEN 'reporter' ELSE 'correspondent' END AS role,
       a.headline AS headline, a.sourceFile AS source
ORDER BY name, headline;
