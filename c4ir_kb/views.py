"""SQL views for researchers: the common questions without joins.

Each works the same in `sqlite3`, pandas and Datasette; SCHEMA.md shows example queries.
"""

VIEWS: dict[str, str] = {
    "people_roles": """
SELECT p.id AS person_id, p.name AS person, r.title, o.id AS org_id, o.name AS organisation,
       r.published, a.source, a.id AS article_id, s.text AS sentence
FROM roles r
JOIN entities p ON p.id = r.person_id
LEFT JOIN entities o ON o.id = r.org_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN sentences s ON s.id = r.sentence_id
ORDER BY p.name, r.published, a.source, r.start""",
    "organisation_aliases": """
SELECT e.id AS org_id, e.name AS organisation, al.surface AS alias
FROM entities e JOIN aliases al ON al.entity_id = e.id
WHERE e.type = 'ORG'
ORDER BY e.name, al.surface""",
    "commitments_view": """
SELECT c.id, act.name AS actor, per.name AS person, c.kind, c.text, c.amount, c.quantity,
       loc.name AS location, c.target_date, a.published, a.source, c.track_id, c.article_id
FROM commitments c
LEFT JOIN entities act ON act.id = c.actor_id
LEFT JOIN entities per ON per.id = c.person_id
LEFT JOIN entities loc ON loc.id = c.location_id
JOIN articles a ON a.id = c.article_id
ORDER BY a.source, c.start""",
    "timeline": """
SELECT d.value AS date, d.precision, d.text AS expression, s.text AS sentence, a.source, a.id AS article_id
FROM dates d
JOIN articles a ON a.id = d.article_id
LEFT JOIN sentences s ON s.id = d.sentence_id
ORDER BY d.value, a.source, d.start""",
}
