// Every relation with its evidence: sentence, offsets, rule, article, inferred (as evidence.rq).
MATCH (st:Statement)-[:subject]->(h:Entity), (st)-[:object]->(t:Entity)
OPTIONAL MATCH (st)-[:hasEvidence]->(ev:Evidence)-[:fromArticle]->(a:Article)
RETURN h.name AS head, st.relation AS relation, t.name AS tail, st.inferred AS inferred,
       ev.rule AS rule, ev.sentence AS sentence, ev.sentenceStart AS sentenceStart,
       ev.sentenceEnd AS sentenceEnd, a.headline AS headline
ORDER BY inferred, relation, head, tail, sentenceStart;
