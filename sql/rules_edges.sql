-- A table with all three rules: values at the edges of their types put in
-- each guarded column of a row that is otherwise valid.  Each write is
-- accepted or refused with the rule's own error (class 23) or a size
-- error (54000); none fails inside the extension's own tables (their
-- names never appear) or with an internal error.
SET client_min_messages = warning;
CREATE SCHEMA redge;
CREATE TABLE redge.person (id bigint PRIMARY KEY, pid text, born date, sex text, prov text, legacy text,
                           household text, relation text, died date, name text, name_orig text);
SELECT population_rules.attach_unique_id_rule('redge.person', 'pid', birth_date_column => 'born', sex_column => 'sex',
       birth_province_column => 'prov', legacy_id_column => 'legacy') IS NOT NULL AS unique_id;
SELECT population_rules.attach_household_head_rule('redge.person', 'household', 'relation', death_date_column => 'died') IS NOT NULL AS household;
SELECT population_rules.attach_names_rule('redge.person', '{name}', original_columns => '{name_orig}', repair_legacy => true) IS NOT NULL AS names;
CREATE TEMP TABLE edge (typ text, v text);
INSERT INTO edge VALUES
('date', 'infinity'), ('date', '-infinity'), ('date', '5874897-12-31'), ('date', '4713-11-24 BC'), ('date', '300000-06-15'),
('date', '0001-01-01 BC'), ('date', NULL),
('text', ''), ('text', ' '), ('text', repeat('Nguyễn ', 20000)), ('text', E'\u0001\u0002'), ('text', '😀😀'),
('text', '000000000000'), ('text', '99999999999999999999'), ('text', E'Nguye\u0302\u0303n  Va\u0306n'), ('text', '-1'),
('text', NULL), ('text', '001090000001'), ('text', E'\uFFFD'), ('text', 'chủ hộ'), ('text', repeat('a', 2000)),
('text', repeat('a', 300000));
CREATE TEMP TABLE writes (col text, v text, sqlstate text, message text);
-- (the unique-id rule's warnings for ids that do not match their row: not shown)
SET client_min_messages = error;
DO $$
DECLARE
    c record;
    e record;
    k bigint := 1000;
BEGIN
    FOR c IN SELECT a.attname::text AS col, format_type(a.atttypid, NULL) AS typ
               FROM pg_attribute a
              WHERE a.attrelid = 'redge.person'::regclass AND a.attnum > 1 AND NOT a.attisdropped
              ORDER BY a.attnum LOOP
        FOR e IN SELECT * FROM edge WHERE typ = c.typ LOOP
            k := k + 1;
            BEGIN
                -- a valid one-person household, then the edge value in one column
                INSERT INTO redge.person (id, pid, born, sex, prov, household, relation, name)
                VALUES (k, '001090' || lpad(k::text, 6, '0'), '1990-01-01', 'Nam', '001', 'H' || k, 'chủ hộ', 'An');
                EXECUTE format('UPDATE redge.person SET %I = $1::%s WHERE id = $2', c.col, c.typ) USING e.v, k;
                SET CONSTRAINTS ALL IMMEDIATE;
                SET CONSTRAINTS ALL DEFERRED;
                INSERT INTO writes VALUES (c.col, left(e.v, 12), NULL, NULL);
            EXCEPTION WHEN OTHERS THEN
                INSERT INTO writes VALUES (c.col, left(e.v, 12), SQLSTATE, SQLERRM);
            END;
        END LOOP;
    END LOOP;
END
$$;
SET client_min_messages = warning;
-- Per outcome: how many writes, and which columns.
SELECT coalesce(sqlstate, 'ok') AS outcome,
       regexp_replace(coalesce(message, ''), '[0-9]+', 'N', 'g') AS message,
       count(*) AS writes, string_agg(DISTINCT col, ', ') AS columns
  FROM writes GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) AS unexpected FROM writes
 WHERE sqlstate IS NOT NULL
   AND (sqlstate !~ '^(23|54)' OR message ~ 'household_heads|id_keys|node_rule|population_rules\.');
RESET client_min_messages;
DROP SCHEMA redge CASCADE;
