// Which organisations organise which events, with the organiser's type (as event-organizers.rq).
MATCH (o:Entity)-[:organizes]->(e:Entity)
RETURN e.name AS event, o.name AS organizer, o.type AS organizerType
ORDER BY event, organizer;
