-- The names rule: name columns stored in canonical form, the typed input
-- kept where the DBA asks, changes reported in warn / log mode.
-- errors show no CONTEXT: PL/pgSQL line numbers are no part of the API
\set SHOW_CONTEXT never
CREATE SCHEMA nm;
SET search_path = nm;
CREATE TABLE person (id int PRIMARY KEY, "Họ tên" text, "tên gốc" text, alias varchar(100), note text);
SELECT population_rules.attach_names_rule('person', '{"Họ tên", alias}',
	original_columns => '{"tên gốc", NULL}') AS r \gset
INSERT INTO person VALUES
	(1, 'nguyễn văn  an', NULL, 'TRẦN THỊ BÍCH', 'x'),
	(2, 'Nguyễn Văn An', NULL, NULL, 'already canonical'),
	(3, 'Ðặng Thị Hoà', NULL, '  lê   văn tám ', 'eth, new style'),
	(4, E'Nguye\u0302\u0303n Thu\u0309y', NULL, NULL, 'NFD input'),
	(5, NULL, NULL, NULL, 'no name');
SELECT id, "Họ tên", "tên gốc", alias, note FROM person ORDER BY id;
-- the new tone style on request
SELECT population_rules.attach_names_rule('person', '{note}', style => 'new') IS NOT NULL AS attached;
UPDATE person SET note = 'hòa thủy' WHERE id = 5;
SELECT note FROM person WHERE id = 5;
-- an UPDATE leaving the name alone does not touch it (nor the original)
UPDATE person SET "Họ tên" = "Họ tên", alias = alias WHERE id = 1;
UPDATE person SET "tên gốc" = 'kept' WHERE id = 2;
UPDATE person SET "Họ tên" = 'nguyễn thị  hoa' WHERE id = 2;
SELECT id, "Họ tên", "tên gốc" FROM person WHERE id IN (1, 2) ORDER BY id;
-- warn: a WARNING per changed name; log: a row per changed name
SELECT population_rules.set_rule_mode(:r, 'warn');
INSERT INTO person VALUES (6, 'phạm  văn đồng', NULL, NULL, NULL);
SELECT population_rules.set_rule_mode(:r, 'log');
INSERT INTO person VALUES (7, 'HỒ CHÍ MINH', NULL, 'bác hồ', NULL);
SELECT rule_name, row_key, code, detail FROM population_rules.violations ORDER BY violation_id;
-- validate lists the rows already stored in another form, changing none
ALTER TABLE person DISABLE TRIGGER USER;
INSERT INTO person VALUES (8, 'lê  lợi', NULL, NULL, NULL);
ALTER TABLE person ENABLE TRIGGER USER;
SELECT * FROM population_rules.validate_rule(:r);
SELECT "Họ tên" FROM person WHERE id = 8;
-- a name of 10 MB is refused cleanly
INSERT INTO person VALUES (9, repeat('a', 10 * 1024 * 1024), NULL, NULL, NULL);
-- PostgreSQL does not apply a varchar(n) length to a BEFORE trigger's row:
-- the rule refuses what would not fit (22001) and stores what fits
CREATE TABLE narrow (id int PRIMARY KEY, name varchar(12), orig varchar(5));
SELECT population_rules.attach_names_rule('narrow', '{name}', original_columns => '{orig}')
       IS NOT NULL AS attached;
INSERT INTO narrow VALUES (1, 'nguyễn  văn', NULL);
INSERT INTO narrow VALUES (2, 'lê', NULL);
INSERT INTO narrow VALUES (3, 'LÊ  AN', NULL);
SELECT id, name, orig FROM narrow ORDER BY id;
SELECT count(*) AS too_long FROM narrow WHERE length(orig) > 5 OR length(name) > 12;
-- columns the rule cannot write: a generated column (computed after BEFORE
-- triggers, so the rule's value would be replaced) and a column given twice
CREATE TABLE gen (id int PRIMARY KEY, first text, last text, orig text,
                  full_name text GENERATED ALWAYS AS (last || ' ' || first) STORED);
SELECT population_rules.attach_names_rule('gen', '{full_name}');
SELECT population_rules.attach_names_rule('gen', '{first}', original_columns => '{full_name}');
SELECT population_rules.attach_names_rule('gen', '{first, last}', original_columns => '{orig, first}');
SELECT population_rules.attach_names_rule('gen', '{first, first}');
SELECT count(*) AS rules_on_gen FROM population_rules.rule WHERE tbl = 'gen'::regclass;
-- a name or original column's type cannot be changed to one the rule
-- cannot write (a name column's: the trigger depends on it; an original
-- column's: the extension's DDL trigger refuses it) ...
CREATE TABLE retyped (id int PRIMARY KEY, name text, orig text);
SELECT population_rules.attach_names_rule('retyped', '{name}', original_columns => '{orig}')
       IS NOT NULL AS attached;
ALTER TABLE retyped ALTER COLUMN name TYPE integer USING 0;
ALTER TABLE retyped ALTER COLUMN orig TYPE integer USING 0;
-- ... and when it was changed anyway (as replica, event triggers do not
-- fire), the rule refuses to write text into it
SET session_replication_role = replica;
ALTER TABLE retyped ALTER COLUMN orig TYPE integer USING 0;
RESET session_replication_role;
INSERT INTO retyped VALUES (1, 'nguyễn  văn an', NULL);
ALTER TABLE retyped ALTER COLUMN orig TYPE varchar(40);
INSERT INTO retyped VALUES (2, 'nguyễn  văn an', NULL);
SELECT * FROM retyped;
-- validate on a table without a primary key names rows by ctid, and a
-- column called like the query's own names does not disturb it
CREATE TABLE no_key (c text, n text, name text);
SELECT population_rules.attach_names_rule('no_key', '{name}', rule_name => 'no_key_names') IS NOT NULL AS attached;
ALTER TABLE no_key DISABLE TRIGGER no_key_names;
INSERT INTO no_key VALUES ('c', 'n', 'trần  thị bình');
SELECT * FROM population_rules.validate_rule(
	(SELECT rule_id FROM population_rules.rules WHERE table_name = 'no_key'::regclass));
RESET search_path;
DROP SCHEMA nm CASCADE;
SELECT population_rules.purge_violations() > 0 AS purged;
