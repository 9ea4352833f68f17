-- The household-head rule: at most one living head at each statement's
-- end, exactly one for every household with living members at commit;
-- relation compared by accent-free key or a boolean column; moves, deletes,
-- deaths; modes; partitions.
CREATE SCHEMA hh;
SET search_path = hh;
CREATE TABLE member (id int PRIMARY KEY, household text, relation text, died date);
SELECT population_rules.attach_household_head_rule('member', 'household', 'relation',
	death_date_column => 'died') AS r \gset
-- CHỦ HỘ, Chủ hộ and chu ho are all the head
SELECT v, population_rules.is_household_head(v)
  FROM unnest(ARRAY['CHỦ HỘ', 'Chủ hộ', 'chu ho', ' chủ  hộ ', 'Chủ Hộ', 'vợ', 'con', 'chủ']) AS v;
-- a relation value too long to compare says so
SELECT population_rules.is_household_head(repeat('x', 1100000));
-- a household value too long to count says so (1024 bytes are counted,
-- 1025 are not), alone or among other rows, and nothing is counted
INSERT INTO member VALUES (90, repeat('h', 1024), 'chủ hộ', NULL);
INSERT INTO member VALUES (91, repeat('h', 1025), 'chủ hộ', NULL);
INSERT INTO member SELECT 92, 'H9', 'chủ hộ', NULL::date UNION ALL SELECT 93, repeat('h', 3000), 'con', NULL;
SELECT length(household) AS household_bytes, members, heads FROM population_rules.household_heads
 WHERE rule_id = :r AND household LIKE 'hh%';
DELETE FROM member WHERE id = 90;
-- a one-person household: that person is the head
INSERT INTO member VALUES (1, 'H1', 'CHỦ HỘ', NULL);
-- a member without a head fails at commit, not at once
BEGIN;
INSERT INTO member VALUES (2, 'H2', 'con', NULL);
INSERT INTO member VALUES (3, 'H2', 'Chủ hộ', NULL);
COMMIT;
INSERT INTO member VALUES (4, 'H3', 'vợ', NULL);
-- a second head fails at the end of the statement
INSERT INTO member VALUES (4, 'H1', 'chu ho', NULL);
-- ... but one statement may move the head role inside a household
INSERT INTO member VALUES (5, 'H1', 'vợ', NULL);
UPDATE member SET relation = CASE id WHEN 1 THEN 'chồng' ELSE 'chủ hộ' END WHERE household = 'H1';
SELECT * FROM member ORDER BY id;
-- moving the only head to another household leaves H1 headless
UPDATE member SET household = 'H2' WHERE id = 5;
-- moving a member is fine
UPDATE member SET household = 'H2' WHERE id = 1;
-- deleting the head of a household with members fails; with the members too is fine
DELETE FROM member WHERE id = 3;
DELETE FROM member WHERE household = 'H2';
-- a head whose date of death is set is no longer a living head
INSERT INTO member VALUES (6, 'H4', 'chủ hộ', NULL), (7, 'H4', 'con', NULL);
UPDATE member SET died = '2024-03-01' WHERE id = 6;
BEGIN;
UPDATE member SET died = '2024-03-01' WHERE id = 6;
UPDATE member SET relation = 'Chủ hộ' WHERE id = 7;	-- change of household head
COMMIT;
SELECT * FROM member ORDER BY id;
SELECT household, members, heads FROM population_rules.household_heads ORDER BY 1;
-- SET CONSTRAINTS ... IMMEDIATE checks at once, and later changes again at commit
BEGIN;
INSERT INTO member VALUES (8, 'H5', 'con', NULL);
SET CONSTRAINTS ALL IMMEDIATE;
ROLLBACK;
BEGIN;
INSERT INTO member VALUES (8, 'H5', 'chủ hộ', NULL);
SET CONSTRAINTS ALL IMMEDIATE;
INSERT INTO member VALUES (9, 'H6', 'con', NULL);
COMMIT;
-- a subtransaction that queued the check and rolled back does not lose it
BEGIN;
SAVEPOINT a;
INSERT INTO member VALUES (9, 'H7', 'chủ hộ', NULL);
ROLLBACK TO a;
INSERT INTO member VALUES (9, 'H7', 'con', NULL);
COMMIT;
-- warn and log modes
SELECT population_rules.set_rule_mode(:r, 'warn');
INSERT INTO member VALUES (10, 'H4', 'chủ hộ', NULL);
INSERT INTO member VALUES (11, 'H8', 'con', NULL);
SELECT population_rules.set_rule_mode(:r, 'log');
INSERT INTO member VALUES (12, 'H9', 'con', NULL);
SELECT rule_name, row_key, code, detail FROM population_rules.violations ORDER BY violation_id;
SELECT * FROM population_rules.validate_rule(:r);
SELECT population_rules.purge_violations() AS purged;

-- A boolean head column; a partitioned table, partitions present and future.
CREATE TABLE citizen (id int, household int, is_head boolean, region int) PARTITION BY LIST (region);
CREATE TABLE citizen_n PARTITION OF citizen FOR VALUES IN (1);
SELECT population_rules.attach_household_head_rule('citizen', 'household', 'is_head') IS NOT NULL AS attached;
CREATE TABLE citizen_s PARTITION OF citizen FOR VALUES IN (2);
INSERT INTO citizen VALUES (1, 100, true, 1), (2, 100, false, 2);
INSERT INTO citizen_s VALUES (3, 100, true, 2);
INSERT INTO citizen_s VALUES (3, 101, false, 2);
UPDATE citizen SET is_head = (id = 2) WHERE household = 100;
SELECT * FROM citizen ORDER BY id;

-- A plain table has statement triggers with transition tables; MERGE is
-- covered; attached later as a partition, it gets row triggers, so rows
-- routed through the parent are still checked.
CREATE TABLE book (id int, household int, relation text);
SELECT population_rules.attach_household_head_rule('book', 'household', 'relation') IS NOT NULL AS attached;
SELECT tgname FROM pg_trigger WHERE tgrelid = 'book'::regclass ORDER BY 1;
INSERT INTO book VALUES (1, 1, 'chủ hộ');
MERGE INTO book b USING (VALUES (2, 1, 'Chủ hộ')) v(id, household, relation) ON b.id = v.id
	WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.household, v.relation);
MERGE INTO book b USING (VALUES (1, 'con'), (2, 'vợ')) v(id, relation) ON b.id = v.id
	WHEN NOT MATCHED THEN INSERT VALUES (v.id, 1, v.relation)
	WHEN MATCHED THEN UPDATE SET relation = v.relation;
MERGE INTO book b USING (VALUES (1, 'con'), (3, 'chủ hộ')) v(id, relation) ON b.id = v.id
	WHEN NOT MATCHED THEN INSERT VALUES (v.id, 1, v.relation)
	WHEN MATCHED THEN UPDATE SET relation = v.relation;
SELECT * FROM book ORDER BY id;
CREATE TABLE books (id int, household int, relation text) PARTITION BY RANGE (id);
ALTER TABLE books ATTACH PARTITION book FOR VALUES FROM (0) TO (100);
SELECT tgname FROM pg_trigger WHERE tgrelid = 'book'::regclass ORDER BY 1;
INSERT INTO books VALUES (4, 1, 'chủ hộ');
INSERT INTO books VALUES (4, 2, 'con');
INSERT INTO books VALUES (4, 2, 'chủ hộ'), (5, 2, 'con');
SELECT household, members, heads FROM population_rules.household_heads
 WHERE rule_id = (SELECT rule_id FROM population_rules.rule WHERE tbl = 'book'::regclass) ORDER BY 1;
-- a type change made on the parent reaches the partition's own rule
ALTER TABLE books ALTER COLUMN household TYPE numeric(10, 1);
SELECT household, members, heads FROM population_rules.household_heads
 WHERE rule_id = (SELECT rule_id FROM population_rules.rule WHERE tbl = 'book'::regclass) ORDER BY 1;
INSERT INTO books VALUES (5, 1, 'chủ hộ');

-- Large statements: 1,500 new households in one INSERT (written without
-- an upsert), then members added to 1,500 existing households (the plain
-- INSERT meets existing counter rows and the statement takes the upsert),
-- then a large statement giving one of them a second head.
CREATE TABLE big (id int, household int, relation text);
SELECT population_rules.attach_household_head_rule('big', 'household', 'relation') IS NOT NULL AS attached;
INSERT INTO big SELECT i, i, 'chủ hộ' FROM generate_series(1, 1500) i;
INSERT INTO big SELECT 10000 + i, i, 'con' FROM generate_series(1, 1500) i
	UNION ALL SELECT 20000 + i, 5000 + i, 'Chủ hộ' FROM generate_series(1, 1000) i;
SELECT count(*) AS households, sum(members) AS members, sum(heads) AS heads,
       count(*) FILTER (WHERE members <> CASE WHEN household::int > 5000 THEN 1 ELSE 2 END OR heads <> 1) AS wrong
  FROM population_rules.household_heads
 WHERE rule_id = (SELECT rule_id FROM population_rules.rule WHERE tbl = 'big'::regclass);
INSERT INTO big SELECT 30000 + i, 7000 + i, 'chủ hộ' FROM generate_series(1, 1200) i
	UNION ALL SELECT 40000, 7500, 'Chủ hộ';
INSERT INTO big SELECT 30000 + i, 7000 + i, 'chủ hộ' FROM generate_series(1, 1200) i
	UNION ALL SELECT 40000, 700, 'Chủ hộ';
SELECT count(*) AS rows FROM big;
-- New households are written straight into household_heads only while it
-- is the plain table the extension made: with a trigger added on it, a
-- large statement takes the upsert, which fires it for every household.
CREATE TABLE public.hh_seen (household text);
CREATE FUNCTION public.hh_seen_row() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN INSERT INTO public.hh_seen VALUES (NEW.household); RETURN NEW; END$$;
CREATE TRIGGER seen AFTER INSERT ON population_rules.household_heads
	FOR EACH ROW EXECUTE FUNCTION public.hh_seen_row();
CREATE TABLE big2 (id int, household int, relation text);
SELECT population_rules.attach_household_head_rule('big2', 'household', 'relation') IS NOT NULL AS attached;
INSERT INTO big2 SELECT i, i, 'chủ hộ' FROM generate_series(1, 1100) i;
SELECT count(*) AS seen FROM public.hh_seen;
DROP TRIGGER seen ON population_rules.household_heads;
DROP FUNCTION public.hh_seen_row();
DROP TABLE public.hh_seen, big2;

-- Table changes that write rows without triggers: ALTER COLUMN ... TYPE
-- of the household column ('007' becomes 7) rebuilds the counts; a type
-- the rule cannot read is refused; a head column turned boolean is read as
-- one; a partition attached with rows brings its households in.
CREATE TABLE retyped (id int PRIMARY KEY, household text, relation text);
INSERT INTO retyped VALUES (1, '007', 'chủ hộ'), (2, '007', 'con');
SELECT population_rules.attach_household_head_rule('retyped', 'household', 'relation') AS rt \gset
ALTER TABLE retyped ALTER COLUMN household TYPE int USING household::int;
SELECT household, members, heads FROM population_rules.household_heads WHERE rule_id = :rt;
INSERT INTO retyped VALUES (3, 7, 'chủ hộ');
\set SHOW_CONTEXT never
ALTER TABLE retyped ALTER COLUMN relation TYPE int USING 0;
\set SHOW_CONTEXT errors
ALTER TABLE retyped ALTER COLUMN relation TYPE boolean USING relation = 'chủ hộ';
SELECT options->'head_is_bool' AS head_is_bool FROM population_rules.rules WHERE rule_id = :rt;
INSERT INTO retyped VALUES (3, 7, true);
INSERT INTO retyped VALUES (3, 7, false);
SELECT household, members, heads FROM population_rules.household_heads WHERE rule_id = :rt;
CREATE TABLE late (id int, household int, is_head boolean, region int);
INSERT INTO late VALUES (4, 100, true, 3), (5, 102, false, 3);
ALTER TABLE citizen ATTACH PARTITION late FOR VALUES IN (3);
SELECT household, members, heads FROM population_rules.household_heads
 WHERE rule_id = (SELECT rule_id FROM population_rules.rule WHERE tbl = 'citizen'::regclass) ORDER BY 1;
INSERT INTO citizen VALUES (6, 100, false, 1);
-- attaching a partition does not clear what the commit check will look at
BEGIN;
INSERT INTO citizen VALUES (7, 103, false, 1);
CREATE TABLE later (id int, household int, is_head boolean, region int);
ALTER TABLE citizen ATTACH PARTITION later FOR VALUES IN (4);
COMMIT;

RESET search_path;
DROP SCHEMA hh CASCADE;
SELECT count(*) FROM population_rules.household_heads;
