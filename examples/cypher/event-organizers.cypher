// The busiest organisers: type and number of events, the 100 with the most events, the more
// often mentioned first among equals (as event-organizers.rq).
MATCH (o:Entity)-[:organizes]->(e:Entity)
WITH o, count(DISTINCT e) AS events
WHERE o.mentionCount IS NOT NULL
RETURN o.name AS organizer, o.type AS organizerType, events
ORDER BY events DESC, o.mentionCount DESC, organizer
LIMIT 100;
