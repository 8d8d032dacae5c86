// The facts read in the article with the most of them, each with its evidence (as evidence.rq;
// ids stand for IRIs). Passing on the id keeps LadybugDB from applying LIMIT after the next MATCH.
MATCH (ev:Evidence)-[:fromArticle]->(a:Article)
WITH a, count(ev) AS n
ORDER BY n DESC, a.headline, a.id
LIMIT 1
WITH a.id AS chosen
MATCH (st:Statement)-[:hasEvidence]->(ev:Evidence)-[:fromArticle]->(a:Article {id: chosen}),
      (st)-[:subject]->(h:Entity), (st)-[:object]->(t:Entity)
RETURN a.headline AS headline, h.name AS head, st.relation AS relation, t.name AS tail,
       st.inferred AS inferred, ev.rule AS rule, ev.sentence AS sentence,
       ev.sentenceStart AS sentenceStart, ev.sentenceEnd AS sentenceEnd
ORDER BY inferred, relation, head, tail, sentenceStart;
