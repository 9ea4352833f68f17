-- The rules API: attach, detach, the rules view, set_rule_mode, validate,
-- purge; privileges; identifiers that are quoted, Vietnamese or look like
-- SQL; lifecycle (rename, drop column, drop table).
-- errors show no CONTEXT: PL/pgSQL line numbers are no part of the API
\set SHOW_CONTEXT never
SET client_min_messages = notice;
CREATE SCHEMA "Sổ hộ; DROP TABLE x --";
CREATE TABLE "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""
	("Mã" serial PRIMARY KEY, "Số định danh" text, "Họ và tên" text,
	 "hộ" integer, "quan hệ với chủ hộ" text);
INSERT INTO "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" ("Số định danh", "Họ và tên", "hộ", "quan hệ với chủ hộ")
VALUES ('001090000001', 'Nguyễn Văn An', 1, 'Chủ hộ'),
       ('001090000001', 'Trần Thị Bình', 1, 'Vợ'),		-- a duplicate already there
       ('12345', 'Lê Văn Cường', 2, 'con');				-- malformed, household without head
-- Attaching to dirty rows does not fail (like NOT VALID); it says what it found.
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""',
	'Số định danh', rule_name => 'số định danh duy nhất') AS r1 \gset
SELECT population_rules.attach_household_head_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""',
	'hộ', 'quan hệ với chủ hộ', mode => 'warn', rule_name => 'một chủ hộ') AS r2 \gset
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""',
	'{"Họ và tên"}', mode => 'log') AS r3 \gset
SELECT table_name, rule_name, kind, columns, mode, options, by_whom, since <= now() AS since_ok
  FROM population_rules.rules ORDER BY rule_id;
-- validate reports every violation of the rows already there, changing none.
SELECT rule_name, v.* FROM population_rules.rules r,
	LATERAL population_rules.validate_rule(r.rule_id) v ORDER BY r.rule_id, 2, 3;
SELECT count(*) AS logged FROM population_rules.violations;
SELECT * FROM population_rules.validate_rule(
	population_rules._rule_by_name('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'một chủ hộ'), log => true);
SELECT rule_name, table_name, row_key, code, detail, role FROM population_rules.violations ORDER BY violation_id;
SELECT * FROM "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" ORDER BY 1;
-- set_rule_mode, by number and by name
SELECT population_rules.set_rule_mode('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'một chủ hộ', 'enforce');
SELECT rule_name, mode FROM population_rules.rules ORDER BY rule_id;
-- Bad calls
SELECT population_rules.set_rule_mode(:r1, 'loud');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'so dinh danh');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'hộ');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'Số định danh',
	rule_name => 'số định danh duy nhất');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'Số định danh',
	strictness => 'very');
SELECT population_rules.detach_rule(-1);
SELECT population_rules.detach_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'nope');
-- Bad arguments: each error says what was given (DETAIL) and what to pass (HINT).
SELECT population_rules.attach_unique_id_rule(0::oid::regclass, 'x');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', NULL);
SELECT population_rules.attach_household_head_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'hộ', NULL);
SELECT population_rules.attach_household_head_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'hộ',
	'quan hệ với chủ hộ', head_value => NULL);
SELECT population_rules.attach_household_head_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'hộ',
	'quan hệ với chủ hộ', head_value => '  ');
SELECT population_rules.attach_household_head_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'quan hệ với chủ hộ',
	'quan hệ với chủ hộ');
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'Số định danh',
	legacy_id_column => 'Số định danh');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{}');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{"Họ và tên", NULL}');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{a,b,c,d,e,f,g,h,i}');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{"Họ và tên"}',
	original_columns => '{a,b}');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{"Họ và tên"}',
	style => 'modern');
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{"Họ và tên"}',
	rule_name => repeat('x', 51));
-- A trigger of the name a rule's trigger would take blocks the rule name.
CREATE FUNCTION pg_temp.noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE TRIGGER "tên họ commit" AFTER INSERT ON "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""
	FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.noop();
SELECT population_rules.attach_names_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', '{"Họ và tên"}',
	rule_name => 'tên họ');
DROP TRIGGER "tên họ commit" ON "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""";
CREATE VIEW v_nk AS SELECT 1 AS x;
SELECT population_rules.attach_unique_id_rule('v_nk', 'x');
DROP VIEW v_nk;

-- Privileges: only the owner (or a member of the owning role) may attach,
-- detach or change; nobody else writes the catalogs.
CREATE ROLE rules_stranger;
CREATE ROLE rules_owner;
GRANT USAGE ON SCHEMA "Sổ hộ; DROP TABLE x --" TO rules_stranger, rules_owner;
GRANT ALL ON "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" TO rules_stranger;
GRANT ALL ON SEQUENCE "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""_Mã_seq" TO rules_stranger;
SET ROLE rules_stranger;
SELECT population_rules.attach_unique_id_rule('"Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024"""', 'Số định danh');
SELECT population_rules.detach_rule(:r1);
SELECT population_rules.set_rule_mode(:r1, 'log');
SELECT population_rules.validate_rule(:r1);
SELECT population_rules.purge_violations();
INSERT INTO population_rules.rule (rule_name, tbl, kind, attnums, colnames, mode)
	VALUES ('x', 'pg_class', 'names', '{1}', '{relname}', 'log');
DELETE FROM population_rules.id_keys;
UPDATE population_rules.rule SET mode = 'log';
INSERT INTO population_rules.violations (rule_id, rule_name, tbl, table_name, detail, role)
	VALUES (1, 'x', 0, 'x', 'x', 'x');
-- ... but writing the guarded table is just writing it: the rules apply.
INSERT INTO "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" ("Số định danh", "Họ và tên", "hộ", "quan hệ với chủ hộ")
VALUES ('001090000001', 'x', 1, 'con');
INSERT INTO "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" ("Số định danh", "Họ và tên", "hộ", "quan hệ với chủ hộ")
VALUES ('001090000009', 'phạm  thị dung', 1, 'con');
-- (the violations of tables it does not own are hidden from it)
SELECT row_key, detail, role FROM population_rules.violations WHERE role = 'rules_stranger';
SELECT count(*) AS stranger_sees FROM population_rules.cluster_violations();
RESET ROLE;
SELECT row_key, detail, role FROM population_rules.violations WHERE role = 'rules_stranger';
-- without Citus, cluster_violations() is this server's log (no node)
SELECT (SELECT array_agg(violation_id ORDER BY violation_id) FROM population_rules.cluster_violations() WHERE nodeid IS NULL)
     = (SELECT array_agg(violation_id ORDER BY violation_id) FROM population_rules.violations) AS cluster_is_local;
-- A member of the owning role may.
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" OWNER TO rules_owner;
GRANT rules_owner TO rules_stranger;
SET ROLE rules_stranger;
SELECT population_rules.set_rule_mode(:r1, 'enforce');
RESET ROLE;
REVOKE rules_owner FROM rules_stranger;
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" OWNER TO CURRENT_USER;

-- Lifecycle: renaming the table or a column keeps the rules working.
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Nhân khẩu ""2024""" RENAME TO "Persons";
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Persons" RENAME COLUMN "Số định danh" TO "CCCD";
SELECT table_name, rule_name, columns FROM population_rules.rules ORDER BY rule_id;
SELECT colnames FROM population_rules.rule ORDER BY rule_id;
INSERT INTO "Sổ hộ; DROP TABLE x --"."Persons" ("CCCD", "Họ và tên", "hộ", "quan hệ với chủ hộ")
VALUES ('001090000010', 'x', 3, 'chủ hộ');
SELECT * FROM "Sổ hộ; DROP TABLE x --"."Persons" ORDER BY 1;
-- Dropping a column a rule uses is refused; other columns are free.
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Persons" DROP COLUMN "CCCD";
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Persons" ADD COLUMN extra int;
ALTER TABLE "Sổ hộ; DROP TABLE x --"."Persons" DROP COLUMN extra;
-- detach drops the triggers and the registration; logged violations stay.
SELECT population_rules.detach_rule('"Sổ hộ; DROP TABLE x --"."Persons"', 'names_Họ và tên');
SELECT tgname FROM pg_trigger WHERE tgrelid = '"Sổ hộ; DROP TABLE x --"."Persons"'::regclass ORDER BY 1;
-- purge
SELECT population_rules.purge_violations('1 hour') AS purged_old;
SELECT population_rules.purge_violations() > 0 AS purged_all;
-- DROP TABLE removes the registrations and the derived rows.
DROP TABLE "Sổ hộ; DROP TABLE x --"."Persons";
SELECT count(*) FROM population_rules.rule;
SELECT count(*) FROM population_rules.id_keys;
SELECT count(*) FROM population_rules.household_heads;
DROP SCHEMA "Sổ hộ; DROP TABLE x --";
DROP ROLE rules_stranger;
DROP ROLE rules_owner;
