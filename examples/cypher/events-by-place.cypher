// Events by the place they were held at, with how many organisers each has (as events-by-place.rq).
MATCH (e:Entity {type: 'Event'})-[:heldAt]->(pl:Entity)
OPTIONAL MATCH (o:Entity)-[:organizes]->(e)
RETURN pl.name AS place, e.name AS event, count(DISTINCT o) AS organizers
ORDER BY place, event;
