-- The unique-id rule: format, structure (strict / warn / off), global
-- uniqueness (partitions included), modes, legacy ids, column types,
-- ON CONFLICT, updates and deletes, error fields.  On a plain table in
-- enforce mode the rule guards the id with a unique constraint of its own,
-- and keeps keys of its own (population_rules.id_keys) only where it
-- cannot: partitioned tables, other modes, a table already holding a
-- duplicate.
CREATE SCHEMA uid;
SET search_path = uid;
CREATE TABLE person (id int PRIMARY KEY, pid text, born date, sex text, prov text, cmnd text);
SELECT population_rules.attach_unique_id_rule('person', 'pid', strictness => 'strict',
	birth_date_column => 'born', sex_column => 'sex', birth_province_column => 'prov',
	legacy_id_column => 'cmnd', rule_name => 'pid unique') AS r1 \gset
-- 001 = Hà Nội, 0 = 1900s male, 90 = 1990
INSERT INTO person VALUES (1, '001090000001', '1990-05-01', 'Nam', '001', '012345678');
INSERT INTO person VALUES (2, '001190000002', '1990-01-01', 'Nữ', '001', NULL);
-- duplicate, with every error field set
DO $$
DECLARE st text; sch text; tb text; col text; con text; msg text; det text; hin text;
BEGIN
	INSERT INTO uid.person VALUES (3, '001090000001', '1990-05-01', 'Nam', '001', NULL);
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, sch = SCHEMA_NAME, tb = TABLE_NAME,
		col = COLUMN_NAME, con = CONSTRAINT_NAME, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL,
		hin = PG_EXCEPTION_HINT;
	RAISE NOTICE 'sqlstate=% schema=% table=% column=% constraint=%', st, sch, tb, col, con;
	RAISE NOTICE '% / % / %', msg, det, hin;
END $$;
-- malformed: 23514
INSERT INTO person VALUES (3, '00109000000', NULL, NULL, NULL, NULL);
INSERT INTO person VALUES (3, '0010900000012', NULL, NULL, NULL, NULL);
INSERT INTO person VALUES (3, '001 090 000003', NULL, NULL, NULL, NULL);
-- structure, strict: birth year, sex, province, unknown province
INSERT INTO person VALUES (3, '001090000003', '1991-05-01', 'Nam', '001', NULL);
INSERT INTO person VALUES (3, '001090000003', '1990-05-01', 'Nữ', '001', NULL);
INSERT INTO person VALUES (3, '001090000003', '1990-05-01', 'Nam', '079', NULL);
INSERT INTO person VALUES (3, '099090000003', NULL, NULL, NULL, NULL);
INSERT INTO person VALUES (3, '001990000003', NULL, NULL, NULL, NULL);
-- legacy id: malformed refused, reuse by another person flagged only
INSERT INTO person VALUES (3, '001090000003', NULL, NULL, NULL, '12345');
INSERT INTO person VALUES (3, '001090000003', NULL, NULL, NULL, '012345678');
SELECT slot, key, n, row_ref, owner_key FROM population_rules.id_keys ORDER BY slot, key;
-- UPDATE leaving the id alone is a no-op; changing it moves the key.
UPDATE person SET born = born WHERE id = 1;
UPDATE person SET pid = '001090000009' WHERE id = 3;
INSERT INTO person VALUES (4, '001090000003', NULL, NULL, NULL, NULL);
UPDATE person SET pid = '001090000001' WHERE id = 4;
-- DELETE frees the key
DELETE FROM person WHERE id = 1;
INSERT INTO person VALUES (5, '001090000001', NULL, NULL, NULL, NULL);
-- ON CONFLICT on the table's own key: the rule sees only rows really written
INSERT INTO person VALUES (5, '001090000001', NULL, NULL, NULL, NULL) ON CONFLICT (id) DO NOTHING;
INSERT INTO person VALUES (5, '001090000007', NULL, NULL, NULL, NULL)
	ON CONFLICT (id) DO UPDATE SET pid = excluded.pid;
INSERT INTO person VALUES (6, '001090000001', NULL, NULL, NULL, NULL);
SELECT * FROM person ORDER BY id;
SELECT slot, key, n, row_ref FROM population_rules.id_keys ORDER BY slot, key;
-- one UPDATE swapping two rows' ids is no duplicate: keys are given back first
UPDATE person SET pid = CASE id WHEN 5 THEN '001090000001' ELSE '001090000007' END WHERE id IN (5, 6);
-- ... but two rows of one statement taking one id are
INSERT INTO person VALUES (20, '001090000020', NULL, NULL, NULL, NULL), (21, '001090000020', NULL, NULL, NULL, NULL);
SELECT id, pid FROM person WHERE id IN (5, 6, 20, 21) ORDER BY id;

-- legacy ids taken in one statement: one by two persons (the second
-- flagged), 1,500 new ones at once (written straight into id_keys), and
-- 1,500 with one held already among them (the batch takes the upsert)
INSERT INTO person VALUES (30, '001090000030', NULL, NULL, NULL, '087654321'),
	(31, '001090000031', NULL, NULL, NULL, '087654321');
INSERT INTO person SELECT 1000 + i, lpad((1090100000 + i)::text, 12, '0'), NULL, NULL, NULL,
	lpad((100100000 + i)::text, 9, '0') FROM generate_series(1, 1500) i;
INSERT INTO person SELECT 3000 + i, lpad((1090200000 + i)::text, 12, '0'), NULL, NULL, NULL,
	CASE WHEN i = 700 THEN '087654321' ELSE lpad((100200000 + i)::text, 9, '0') END
	FROM generate_series(1, 1500) i;
SELECT count(*) AS legacy_keys, count(owner_key) AS with_owner, sum(n) AS holders
  FROM population_rules.id_keys WHERE slot = 1 AND key BETWEEN 100100000 AND 100299999;
SELECT n, row_ref, owner_key FROM population_rules.id_keys WHERE slot = 1 AND key = 87654321;
-- given back as a statement's batch too: none of them left
DELETE FROM person WHERE id >= 30;
SELECT count(*) AS legacy_keys_left FROM population_rules.id_keys
 WHERE slot = 1 AND (key BETWEEN 100100000 AND 100299999 OR key = 87654321);

-- strictness warn (the default): structure findings are warnings
SELECT population_rules.detach_rule(:r1);
SELECT population_rules.attach_unique_id_rule('person', 'pid',
	birth_date_column => 'born', sex_column => 'sex') AS r2 \gset
INSERT INTO person VALUES (7, '001090000008', '1985-01-01', 'Nữ', NULL, NULL);
-- strictness off
SELECT population_rules.detach_rule(:r2);
SELECT population_rules.attach_unique_id_rule('person', 'pid', strictness => 'off',
	birth_date_column => 'born') AS r3 \gset
INSERT INTO person VALUES (8, '001090000010', '1985-01-01', NULL, NULL, NULL);
-- warn mode: duplicates pass with a WARNING and are counted
SELECT population_rules.set_rule_mode(:r3, 'warn');
INSERT INTO person VALUES (9, '001090000010', NULL, NULL, NULL, NULL);
INSERT INTO person VALUES (10, 'abc', NULL, NULL, NULL, NULL);
-- log mode: recorded in the violations table
SELECT population_rules.set_rule_mode(:r3, 'log');
INSERT INTO person VALUES (11, '001090000010', NULL, NULL, NULL, NULL);
SELECT rule_name, table_name, row_key, code, detail FROM population_rules.violations ORDER BY violation_id;
SELECT key, n, row_ref FROM population_rules.id_keys WHERE key = 1090000010;
-- back to enforce: the third holder is refused, deleting holders frees it
SELECT population_rules.set_rule_mode(:r3, 'enforce');
INSERT INTO person VALUES (12, '001090000010', NULL, NULL, NULL, NULL);
DELETE FROM person WHERE id IN (8, 9, 11);
INSERT INTO person VALUES (12, '001090000010', NULL, NULL, NULL, NULL);
-- TRUNCATE empties the rule's keys
TRUNCATE person;
SELECT count(*) FROM population_rules.id_keys;
INSERT INTO person VALUES (1, '001090000010', NULL, NULL, NULL, NULL);

-- bigint and varchar id columns
CREATE TABLE p_big (id bigint);
SELECT population_rules.attach_unique_id_rule('p_big', 'id', strictness => 'off') IS NOT NULL AS attached;
INSERT INTO p_big VALUES (1090000001), (79200000002);
INSERT INTO p_big VALUES (1090000001);
INSERT INTO p_big VALUES (-1);
INSERT INTO p_big VALUES (1000000000000);
CREATE TABLE p_vc (id varchar(20), n int);
SELECT population_rules.attach_unique_id_rule('p_vc', 'id', strictness => 'off') IS NOT NULL AS attached;
INSERT INTO p_vc VALUES ('001090000001', 1);
INSERT INTO p_vc VALUES ('001090000001', 2);
INSERT INTO p_vc VALUES (NULL, 3), (NULL, 4);

-- Partitions: uniqueness is global, for present and future partitions,
-- whether rows are routed or inserted into a partition directly.
CREATE TABLE pp (pid text, province int) PARTITION BY LIST (province);
CREATE TABLE pp_hn PARTITION OF pp FOR VALUES IN (1);
SELECT population_rules.attach_unique_id_rule('pp', 'pid', strictness => 'off') IS NOT NULL AS attached;
CREATE TABLE pp_hcm PARTITION OF pp FOR VALUES IN (79);
CREATE TABLE pp_other (province int, dropped int, pid text);
ALTER TABLE pp_other DROP COLUMN dropped;
ALTER TABLE pp ATTACH PARTITION pp_other DEFAULT;
INSERT INTO pp VALUES ('001090000001', 1);
INSERT INTO pp VALUES ('001090000001', 79);
INSERT INTO pp_hcm VALUES ('001090000001', 79);
INSERT INTO pp VALUES ('001090000001', 5);
INSERT INTO pp_other (province, pid) VALUES (6, '001090000001');
INSERT INTO pp_other (province, pid) VALUES (6, '001090000002');
UPDATE pp SET province = 79 WHERE pid = '001090000002';
INSERT INTO pp VALUES ('001090000002', 1);
SELECT tableoid::regclass, * FROM pp ORDER BY 2;
SELECT count(*) FROM pg_trigger WHERE tgrelid = 'pp_hcm'::regclass;
-- A partition attached with rows brings its keys in (a duplicate among
-- them is counted, as when attaching the rule to dirty rows).
CREATE TABLE pp_dn (pid text, province int);
INSERT INTO pp_dn VALUES ('001090000002', 48), ('001090000048', 48);
ALTER TABLE pp ATTACH PARTITION pp_dn FOR VALUES IN (48);
INSERT INTO pp VALUES ('001090000048', 1);
SELECT key, n FROM population_rules.id_keys
 WHERE rule_id = (SELECT rule_id FROM population_rules.rule WHERE tbl = 'pp'::regclass) ORDER BY key;
-- a partition attached below a partition is counted by the rule above
CREATE TABLE pp_qn PARTITION OF pp FOR VALUES IN (51, 52) PARTITION BY LIST (province);
CREATE TABLE pp_qn_51 PARTITION OF pp_qn FOR VALUES IN (51);
CREATE TABLE pp_qn_52 (pid text, province int);
INSERT INTO pp_qn_52 VALUES ('001090000052', 52);
ALTER TABLE pp_qn ATTACH PARTITION pp_qn_52 FOR VALUES IN (52);
INSERT INTO pp VALUES ('001090000052', 51);
-- without a primary key, validate names a row by its ctid and partition
SELECT * FROM population_rules.validate_rule((SELECT rule_id FROM population_rules.rule WHERE tbl = 'pp'::regclass));
-- ALTER COLUMN ... TYPE of the id column: text to bigint keeps the keys,
-- a type the rule cannot read is refused.
CREATE TABLE p_retyped (id int PRIMARY KEY, pid text);
INSERT INTO p_retyped VALUES (1, '001090000001');
SELECT population_rules.attach_unique_id_rule('p_retyped', 'pid') AS rr \gset
ALTER TABLE p_retyped ALTER COLUMN pid TYPE bigint USING pid::bigint;
INSERT INTO p_retyped VALUES (2, 1090000001);
\set SHOW_CONTEXT never
ALTER TABLE p_retyped ALTER COLUMN pid TYPE numeric;
\set SHOW_CONTEXT errors
ALTER TABLE p_retyped ALTER COLUMN pid TYPE text USING lpad(pid::text, 12, '0');
UPDATE p_retyped SET pid = '001090000002' WHERE id = 1;
INSERT INTO p_retyped VALUES (2, '001090000001');
SELECT key, n, row_ref FROM population_rules.id_keys WHERE rule_id = :rr;

-- A table whose own unique index guards the id: the rule relies on it and
-- keeps no keys of its own; the index refuses duplicates.
CREATE TABLE p_idx (id int PRIMARY KEY, pid text CONSTRAINT p_idx_pid_key UNIQUE);
INSERT INTO p_idx VALUES (1, '001090000001');
SELECT population_rules.attach_unique_id_rule('p_idx', 'pid', strictness => 'off') AS ri \gset
SELECT options FROM population_rules.rules WHERE rule_id = :ri;
SELECT count(*) FROM population_rules.id_keys WHERE rule_id = :ri;
INSERT INTO p_idx VALUES (2, '001090000001');
INSERT INTO p_idx VALUES (2, '00109000000x');
-- without the index the rule refuses to guess: rebuild makes it guard the id
-- with a unique constraint of its own
ALTER TABLE p_idx DROP CONSTRAINT p_idx_pid_key;
INSERT INTO p_idx VALUES (2, '001090000002');
SELECT population_rules.rebuild_rule(:ri);
SELECT options FROM population_rules.rules WHERE rule_id = :ri;
INSERT INTO p_idx VALUES (2, '001090000002');
INSERT INTO p_idx VALUES (3, '001090000001');
-- Renaming the index (or its constraint), or rebuilding it concurrently,
-- leaves the id guarded: writes go on, and duplicates are still refused.
CREATE TABLE p_idx2 (id int PRIMARY KEY, pid text CONSTRAINT p_idx2_pid_key UNIQUE);
SELECT population_rules.attach_unique_id_rule('p_idx2', 'pid') IS NOT NULL AS attached;
ALTER TABLE p_idx2 RENAME CONSTRAINT p_idx2_pid_key TO p_idx2_pid_unique;
\c
SET search_path = uid;
INSERT INTO p_idx2 VALUES (1, '001090000001');
INSERT INTO p_idx2 VALUES (2, '001090000001');
REINDEX INDEX CONCURRENTLY p_idx2_pid_unique;
INSERT INTO p_idx2 VALUES (2, '001090000002');

-- Columns of the extension's own types: personal_id and cmnd
CREATE TABLE p_typed (id int PRIMARY KEY, pid population_rules.personal_id,
	cmnd population_rules.cmnd, born date);
SELECT population_rules.attach_unique_id_rule('p_typed', 'pid', strictness => 'strict',
	birth_date_column => 'born', legacy_id_column => 'cmnd') IS NOT NULL AS attached;
INSERT INTO p_typed VALUES (1, '001 090 000001', '012345678', '1990-02-03');
INSERT INTO p_typed VALUES (2, '001090000001', NULL, NULL);
INSERT INTO p_typed VALUES (2, '001090000002', '012345678', '1991-02-03');
INSERT INTO p_typed VALUES (2, '001090000002', '012345678', NULL);
SELECT * FROM p_typed ORDER BY id;

-- Column types of the structure checks: a timestamptz birth date is read in
-- the session's time zone, a sex column may hold 0/1, a province column a
-- one-digit code or an integer.
CREATE TABLE p_cols (id int PRIMARY KEY, pid bigint, born timestamptz, sex int, prov int);
SELECT population_rules.attach_unique_id_rule('p_cols', 'pid', strictness => 'strict',
	birth_date_column => 'born', sex_column => 'sex', birth_province_column => 'prov') AS rc \gset
SET timezone = 'Asia/Ho_Chi_Minh';
INSERT INTO p_cols VALUES (1, 1090000001, '1990-01-01 00:30', 0, 1);
INSERT INTO p_cols VALUES (2, 1090000002, '1990-06-01', 1, 1);
INSERT INTO p_cols VALUES (2, 1190000002, '1990-06-01', 1, 1);
INSERT INTO p_cols VALUES (3, 1090000003, '1990-06-01', 0, 2);
SELECT * FROM population_rules.validate_rule(:rc);
RESET timezone;
SELECT population_rules.id_structure_problems(1090000003, NULL, '1', '2');

-- The rule's own unique constraint: checked at the end of each statement,
-- named after the rule, marked by its comment; a duplicate it refuses (by
-- INSERT or COPY) gets the rule's message, hint and column.  It goes when
-- the rule leaves enforce mode or is detached; back in enforce mode the
-- rule makes it again, or keeps keys of its own while a duplicate is there.
CREATE TABLE p_own (id int PRIMARY KEY, pid text);
SELECT population_rules.attach_unique_id_rule('p_own', 'pid', strictness => 'off',
	rule_name => 'own pid') AS ro \gset
SELECT c.conname, c.condeferrable, c.condeferred, obj_description(c.conindid, 'pg_class') AS comment
  FROM pg_constraint c WHERE c.conrelid = 'p_own'::regclass AND c.contype = 'u';
SELECT options FROM population_rules.rules WHERE rule_id = :ro;
INSERT INTO p_own VALUES (1, '001090000001'), (2, '001090000002');
INSERT INTO p_own VALUES (3, '001090000001');
COPY p_own FROM stdin;
3	001090000002
\.
SELECT population_rules.set_rule_mode(:ro, 'warn');
SELECT count(*) AS own_constraints FROM pg_constraint c
 WHERE c.conrelid = 'p_own'::regclass AND c.contype = 'u';
INSERT INTO p_own VALUES (3, '001090000001');
SELECT population_rules.set_rule_mode(:ro, 'enforce');
SELECT options FROM population_rules.rules WHERE rule_id = :ro;
INSERT INTO p_own VALUES (4, '001090000002');
DELETE FROM p_own WHERE id = 3;
SELECT population_rules.rebuild_rule(:ro);
SELECT options FROM population_rules.rules WHERE rule_id = :ro;
SELECT population_rules.detach_rule(:ro);
SELECT count(*) AS own_constraints FROM pg_constraint c
 WHERE c.conrelid = 'p_own'::regclass AND c.contype = 'u';
-- a DBA's own index is relied on, and stays when the rule goes
SELECT population_rules.detach_rule('p_idx2', 'unique_id_pid');
SELECT count(*) AS dba_indexes FROM pg_index WHERE indrelid = 'p_idx2'::regclass AND indisunique AND NOT indisprimary;

RESET search_path;
DROP SCHEMA uid CASCADE;
SELECT count(*) FROM population_rules.rule;
SELECT population_rules.purge_violations() >= 0 AS purged;
