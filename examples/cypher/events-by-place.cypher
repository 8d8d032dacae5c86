// Each place with how many events were held there and how many organisations organised them
// (as events-by-place.rq).
MATCH (e:Entity {type: 'Event'})-[:heldAt]->(pl:Entity)
OPTIONAL MATCH (o:Entity)-[:organizes]->(e)
RETURN pl.name AS place, count(DISTINCT e) AS events, count(DISTINCT o) AS organizers
ORDER BY events DESC, place;
