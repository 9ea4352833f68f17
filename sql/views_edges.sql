-- Values at the edges of their types (far and infinite dates, blank, long,
-- control and astral-plane text, extreme numbers) in every column of the
-- sources, many rows at once: every generated view is read in full and
-- none may fail.  A value a view cannot judge is left out of it or
-- reported (unreadable_values), never an error for the whole view.
SET client_min_messages = warning;
\set SHOW_CONTEXT never
SET population_rules.as_of = '2025-07-01';
CREATE EXTENSION IF NOT EXISTS population_rules_sample;
SELECT count(*) > 0 AS generated FROM population_rules_sample.generate_population('ve_pop', 800, 11, 0.05);
SELECT count(*) AS views FROM population_rules.generate_views('ve_views', 've_pop') WHERE status = 'created';

CREATE TEMP TABLE edge_values (data_type text, value text);
INSERT INTO edge_values VALUES
('date', 'infinity'), ('date', '-infinity'), ('date', '5874897-12-31'), ('date', '4713-11-24 BC'),
('date', '300000-06-15'), ('date', '0001-01-01 BC'), ('date', '2025-07-01'),
('text', ''), ('text', ' '), ('text', repeat('Nguyễn ', 2000)), ('text', E'\u0001\u0002'),
('text', '😀😀'), ('text', 'NULL'), ('text', '000000000000'), ('text', '99999999999999999999'),
('text', E'Nguye\u0302\u0303n  Va\u0306n'), ('text', '-1'), ('text', 'Nguy' || chr(1108) || 'n'),
('bigint', '-9223372036854775808'), ('bigint', '9223372036854775807'), ('bigint', '0'),
('boolean', 'false'), ('boolean', 'true');
-- Each (column, value) pair is put in a row of its own (round 1), then
-- three pairs of different columns in each of fewer rows (round 2); after
-- each round every view is read in full, and the round undone.
CREATE TEMP TABLE edge_pairs AS
SELECT row_number() OVER (PARTITION BY c.table_name ORDER BY c.column_name, e.value) AS k,
       c.table_name::text AS tbl, c.column_name::text AS col, c.data_type::text AS data_type, e.value
  FROM information_schema.columns c
  JOIN edge_values e ON e.data_type = c.data_type
 WHERE c.table_schema = 've_pop'
   AND c.table_name IN ('persons', 'id_documents', 'sim_subscriptions', 'insurance_records', 'civil_events')
   AND c.column_name NOT IN ('person_key', 'document_id', 'event_id');
CREATE TEMP TABLE edge_reads (round integer, view_name text, sqlstate text, message text);
CREATE FUNCTION pg_temp.edge_round(round integer, rows_per_table integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    p record;
    vw text;
    n bigint;
    reads text[] := '{}';
BEGIN
    BEGIN
        FOR p IN SELECT * FROM edge_pairs ORDER BY tbl, k LOOP
            BEGIN
                EXECUTE format('UPDATE ve_pop.%I SET %I = $1::%s WHERE ctid = (SELECT ctid FROM ve_pop.%I ORDER BY ctid OFFSET $2 LIMIT 1)',
                               p.tbl, p.col, p.data_type, p.tbl) USING p.value, (p.k - 1) % rows_per_table;
            EXCEPTION
                -- a value the table refuses (a unique or check constraint): left out
                WHEN integrity_constraint_violation OR data_exception THEN NULL;
            END;
        END LOOP;
        FOR vw IN SELECT table_name FROM information_schema.views WHERE table_schema = 've_views' ORDER BY 1 LOOP
            BEGIN
                EXECUTE format('SELECT count(*) FROM ve_views.%I x WHERE length(x::text) > 0', vw) INTO n;
                reads := reads || ARRAY[vw, NULL, NULL];
            EXCEPTION WHEN OTHERS THEN
                reads := reads || ARRAY[vw, SQLSTATE, SQLERRM];
            END;
        END LOOP;
        RAISE EXCEPTION 'undo' USING ERRCODE = 'P0001';
    EXCEPTION WHEN SQLSTATE 'P0001' THEN NULL;
    END;
    FOR i IN 1 .. cardinality(reads) / 3 LOOP
        INSERT INTO edge_reads VALUES (round, reads[3 * i - 2], reads[3 * i - 1], reads[3 * i]);
    END LOOP;
END
$$;
SELECT count(*) > 150 AS pairs, count(DISTINCT tbl) AS tables FROM edge_pairs;
SELECT pg_temp.edge_round(1, 1000000);
SELECT pg_temp.edge_round(2, 20);
-- Every view read in both rounds, and none failed.
SELECT round, count(*) AS views_read, count(*) FILTER (WHERE sqlstate IS NOT NULL) AS failed_reads
  FROM edge_reads GROUP BY round ORDER BY round;
SELECT round, view_name, sqlstate, message FROM edge_reads WHERE sqlstate IS NOT NULL ORDER BY 1, 2;
-- The rounds were undone.
SELECT count(*) AS edge_dates_left FROM ve_pop.persons WHERE NOT isfinite(birth_date) OR birth_date > '294276-12-31';
