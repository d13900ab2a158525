"""SQL views for researchers: the common questions without joins.

Each works the same in `sqlite3`, pandas and Datasette; SCHEMA.md documents every
column and shows example queries. The query commands (`c4ir-kb people`, `commitments`,
`timeline`, ...) read through the same SQL (inlined as CTEs by `queries.py`), so the
command line and the views never disagree, even on a database whose stored views are
older than this code.
"""

VIEWS: dict[str, str] = {
    # One row per role statement: who held which title, at which organisation, when.
    "people_roles": """
SELECT p.id AS person_id, p.name AS person, r.title, o.id AS org_id, o.name AS organisation,
       r.published, a.source, a.id AS article_id, s.text AS sentence
FROM roles r
JOIN entities p ON p.id = r.person_id
LEFT JOIN entities o ON o.id = r.org_id
JOIN articles a ON a.id = r.article_id
LEFT JOIN sentences s ON s.id = r.sentence_id
ORDER BY p.name, r.published, a.source, r.start""",
    # One row per person: their distinct roles and organisations, how often and when seen.
    "people_overview": """
SELECT p.id AS person_id, p.name AS person,
       (SELECT group_concat(t, '; ') FROM (
           SELECT DISTINCT r.title || CASE WHEN o.name IS NULL THEN '' ELSE ', ' || o.name END AS t
           FROM roles r LEFT JOIN entities o ON o.id = r.org_id
           WHERE r.person_id = p.id ORDER BY t)) AS roles,
       (SELECT group_concat(n, '; ') FROM (
           SELECT DISTINCT o.name AS n FROM roles r JOIN entities o ON o.id = r.org_id
           WHERE r.person_id = p.id ORDER BY n)) AS organisations,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = p.id) AS articles,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = p.id) AS mentions,
       (SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = p.id) AS first_seen,
       (SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = p.id) AS last_seen
FROM entities p
WHERE p.type = 'PER'
ORDER BY p.name, p.id""",
    # One row per (organisation, alias): every surface form an organisation was written as.
    "organisation_aliases": """
SELECT e.id AS org_id, e.name AS organisation, al.surface AS alias
FROM entities e JOIN aliases al ON al.entity_id = e.id
WHERE e.type = 'ORG'
ORDER BY e.name, al.surface""",
    # One row per organisation: aliases, people with roles there, how often and when seen.
    "organisations_overview": """
SELECT o.id AS org_id, o.name AS organisation,
       (SELECT group_concat(s, '; ') FROM (
           SELECT al.surface AS s FROM aliases al WHERE al.entity_id = o.id ORDER BY al.surface)) AS aliases,
       (SELECT group_concat(n, '; ') FROM (
           SELECT DISTINCT p.name AS n FROM roles r JOIN entities p ON p.id = r.person_id
           WHERE r.org_id = o.id ORDER BY n)) AS people,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = o.id) AS articles,
       (SELECT count(*) FROM mentions m WHERE m.entity_id = o.id) AS mentions,
       (SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = o.id) AS first_seen,
       (SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = o.id) AS last_seen
FROM entities o
WHERE o.type = 'ORG'
ORDER BY o.name, o.id""",
    # One row per commitment, with names instead of ids and the article's date.
    "commitments_view": """
SELECT c.id, act.name AS actor, per.name AS person, c.kind, c.text, c.amount, c.quantity,
       loc.name AS location, c.target_date, c.period, a.published, a.source, c.track_id, c.article_id,
       c.actor_id, act.type AS actor_type, c.object, par.name AS partner, c.trigger,
       s.text AS sentence, c.rule, c.confidence
FROM commitments c
LEFT JOIN entities act ON act.id = c.actor_id
LEFT JOIN entities per ON per.id = c.person_id
LEFT JOIN entities loc ON loc.id = c.location_id
LEFT JOIN entities par ON par.id = c.partner_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sentences s ON s.id = c.sentence_id
ORDER BY a.source, c.start""",
    # One row per mention: which entity, as written, in which sentence of which article.
    "entity_mentions": """
SELECT e.id AS entity_id, e.type, e.name, m.surface, m.rule, m.confidence,
       a.published, a.source, a.id AS article_id, m.sentence_id, s.text AS sentence
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a ON a.id = m.article_id
LEFT JOIN sentences s ON s.id = m.sentence_id
ORDER BY e.type, e.name, a.published, a.source, m.start""",
    # One row per pair of entities named in the same sentence (both directions), with counts.
    "co_mentions": """
SELECT e1.id AS entity_id, e1.type, e1.name, e2.id AS other_id, e2.type AS other_type,
       e2.name AS other_name, count(DISTINCT m1.sentence_id) AS sentences,
       count(DISTINCT m1.article_id) AS articles
FROM mentions m1
JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.entity_id != m1.entity_id
JOIN entities e1 ON e1.id = m1.entity_id
JOIN entities e2 ON e2.id = m2.entity_id
GROUP BY e1.id, e2.id
ORDER BY e1.name, sentences DESC, e2.name""",
    # Dated facts in order: every date expression, with the sentence and article it came from.
    "timeline": """
SELECT d.value AS date, d.precision, d.text AS expression, s.text AS sentence, a.source, a.id AS article_id,
       d.sentence_id, a.published, d.year_source
FROM dates d
JOIN articles a ON a.id = d.article_id
LEFT JOIN sentences s ON s.id = d.sentence_id
ORDER BY d.value, a.source, d.start""",
    # One row per (person, title, organisation): first and last date seen; `current` unless a
    # later title of the person at the same organisation (or, without one, a later title without
    # one: Thiếu tướng -> Trung tướng) superseded it.
    "role_history": """
SELECT h.person_id, p.name AS person, h.title, h.org_id, o.name AS organisation, h.first_seen, h.last_seen,
       CASE WHEN EXISTS (
           SELECT 1 FROM roles r2 JOIN articles a2 ON a2.id = r2.article_id
           WHERE r2.person_id = h.person_id AND r2.org_id IS h.org_id AND r2.title != h.title
             AND a2.published > h.last_seen) THEN 0 ELSE 1 END AS current,
       h.articles, h.first_source, h.last_source
FROM (SELECT r.person_id, r.title, r.org_id, min(a.published) AS first_seen, max(a.published) AS last_seen,
             count(DISTINCT r.article_id) AS articles, min(a.source) AS first_source, max(a.source) AS last_source
      FROM roles r JOIN articles a ON a.id = r.article_id
      GROUP BY r.person_id, r.title, r.org_id) h
JOIN entities p ON p.id = h.person_id
LEFT JOIN entities o ON o.id = h.org_id
ORDER BY p.name, h.person_id, h.first_seen IS NULL, h.first_seen, h.last_seen, h.title, o.name""",
    # One row per commitment thread: its latest status, when it was announced and last reported, and how long ago.
    "threads_by_status_and_age": """
SELECT t.id AS thread_id, e.name AS actor, t.subject, t.status, t.first_date, t.last_date, t.events,
       CAST(julianday('now') - julianday(t.first_day) AS INTEGER) AS age_days,
       CAST(julianday('now') - julianday(t.last_day) AS INTEGER) AS quiet_days,
       t.first_source, t.last_source, t.actor_id
FROM commitment_threads t
LEFT JOIN entities e ON e.id = t.actor_id
ORDER BY CASE t.status WHEN 'announced' THEN 0 WHEN 'delayed' THEN 1 WHEN 'started' THEN 2
                       WHEN 'completed' THEN 3 ELSE 4 END, t.first_day, t.id""",
    # One row per event of a thread, in the thread's order, with the link that joined it.
    "thread_events": """
SELECT ce.thread_id, act.name AS actor, t.subject, t.status AS thread_status, ce.seq, pe.date, pe.status, pe.text,
       a.source, a.published, ce.reason, ce.linked_to, pe.id AS event_id, pe.trigger, pe.rule, pe.date_source,
       pe.article_id, s.text AS sentence, t.actor_id
FROM commitment_events ce
JOIN commitment_threads t ON t.id = ce.thread_id
JOIN progress_events pe ON pe.id = ce.event_id
JOIN articles a ON a.id = pe.article_id
LEFT JOIN entities act ON act.id = t.actor_id
LEFT JOIN sentences s ON s.id = pe.sentence_id
ORDER BY ce.thread_id, ce.seq""",
}
