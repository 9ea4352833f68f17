-- Materialized views (generate_views with materialized => true): the same
-- rows as the live views, shared work, refreshed by refresh_views in order,
-- stale until then; switching back to live views; errors and rights.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SET population_rules.as_of = '2025-07-01';
CREATE EXTENSION IF NOT EXISTS population_rules_sample;

SELECT count(*) > 0 AS generated FROM population_rules_sample.generate_population('vmat', 3000, 11, 0.03);
SELECT count(*) AS live_views FROM population_rules.generate_views('vmat_live', 'vmat') WHERE status = 'created';
SELECT view_name, status FROM population_rules.generate_views('vmat_m', 'vmat', materialized => true);

-- The case views, the shared candidate pairs and the commune scorecard are
-- materialized views; the sources, person_checks and the province
-- scorecard stay views over them; every one has a comment.
SELECT c.relname, c.relkind, c.reloptions, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented
  FROM pg_class c WHERE c.relnamespace = 'vmat_m'::regnamespace AND c.relkind IN ('v', 'm')
 ORDER BY c.relkind, c.relname;

-- Every view has the rows of its live twin, duplicates counted.
CREATE FUNCTION pg_temp.differences(a name, b name) RETURNS TABLE (view_name name, rows bigint, only_a bigint, only_b bigint)
LANGUAGE plpgsql AS $$
DECLARE
    v name;
BEGIN
    FOR v IN SELECT c.relname FROM pg_class c
              WHERE c.relnamespace = b::regnamespace AND c.relkind IN ('v', 'm')
                AND c.relname NOT LIKE '%\_source' AND c.relname <> 'duplicate_pair_levels'
              ORDER BY c.relname LOOP
        view_name := v;
        EXECUTE format('SELECT count(*) FROM %I.%I', b, v) INTO rows;
        EXECUTE format('SELECT count(*) FROM (SELECT * FROM %1$I.%3$I EXCEPT ALL SELECT * FROM %2$I.%3$I) x', a, b, v)
           INTO only_a;
        EXECUTE format('SELECT count(*) FROM (SELECT * FROM %2$I.%3$I EXCEPT ALL SELECT * FROM %1$I.%3$I) x', a, b, v)
           INTO only_b;
        RETURN NEXT;
    END LOOP;
END
$$;
SELECT view_name, rows > 0 AS has_rows, only_a, only_b FROM pg_temp.differences('vmat_live', 'vmat_m');

-- Refreshed in the order the views read each other, each with its rows.
SELECT view_name, rows >= 0 AND seconds >= 0 AS measured FROM population_rules.refresh_views('vmat_m');

-- Stale until refreshed: a second person takes an id, and the reporting
-- date moves on.  The live views see both at once; the materialized ones
-- keep what they saw, then agree again after refresh_views.
UPDATE vmat.persons SET personal_id = (SELECT min(personal_id) FROM vmat.persons WHERE personal_id ~ '^[0-9]{12}$')
 WHERE person_key = (SELECT max(person_key) FROM vmat.persons WHERE personal_id IS NOT NULL);
SET population_rules.as_of = '2031-07-01';
SELECT (SELECT count(*) FROM vmat_live.same_id) - (SELECT count(*) FROM vmat_m.same_id) AS same_id_not_yet,
       (SELECT count(*) FROM vmat_live.card_renewal_overdue) > (SELECT count(*) FROM vmat_m.card_renewal_overdue)
           AS renewals_not_yet;
SELECT count(*) AS refreshed FROM population_rules.refresh_views('vmat_m');
SELECT view_name, only_a, only_b FROM pg_temp.differences('vmat_live', 'vmat_m') WHERE only_a + only_b > 0;
SELECT (SELECT sum(same_id) FROM vmat_m.scorecard_province) = (SELECT count(DISTINCT person_key) FROM vmat_live.same_id)
       AS scorecard_refreshed;
SET population_rules.as_of = '2025-07-01';

-- Refreshing takes the owner's rights: another role may read what it was
-- granted, without rights on the sources (the rows the owner saw), and may
-- not refresh.
CREATE ROLE vmat_reader;
GRANT USAGE ON SCHEMA vmat_m TO vmat_reader;
GRANT SELECT ON vmat_m.same_id TO vmat_reader;
SET ROLE vmat_reader;
SELECT count(*) > 0 AS reads_without_source_rights FROM vmat_m.same_id;
-- (PostgreSQL 17 and later word the refusal differently: its SQLSTATE)
DO $$
BEGIN
    PERFORM population_rules.refresh_views('vmat_m');
EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'refresh refused: %', SQLSTATE;
END
$$;
RESET ROLE;
\set VERBOSITY default

-- Errors: NULL arguments; a schema without materialized views.
SELECT * FROM population_rules.generate_views('vmat_m', 'vmat', NULL);
SELECT * FROM population_rules.refresh_views(NULL);
SELECT * FROM population_rules.refresh_views('vmat_live');
\set VERBOSITY terse

-- Generated again as live views over the materialized ones: the
-- materialized views and the shared candidate pairs are dropped; an
-- analyst's table of a generated view's name is refused, as before.
SELECT count(*) AS created FROM population_rules.generate_views('vmat_m', 'vmat') WHERE status = 'created';
SELECT c.relkind, count(*) FROM pg_class c
 WHERE c.relnamespace = 'vmat_m'::regnamespace AND c.relkind IN ('v', 'm') GROUP BY 1;
SELECT to_regclass('vmat_m.duplicate_pair_levels') AS shared_pairs_left;
SELECT count(*) AS materialized_again FROM population_rules.generate_views('vmat_m', 'vmat', true) WHERE status = 'created';
DROP MATERIALIZED VIEW vmat_m.unreadable_values;
CREATE TABLE vmat_m.unreadable_values (x int);
SELECT count(*) FROM population_rules.generate_views('vmat_m', 'vmat', true);
SELECT count(*) FROM population_rules.generate_views('vmat_m', 'vmat');

DROP SCHEMA vmat_live, vmat_m CASCADE;
DROP ROLE vmat_reader;
