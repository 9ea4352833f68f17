-- rules_protocol: the rules' trigger functions refuse to run from triggers
-- other than the ones the attach functions create, with an error that says
-- which trigger and how to mend it (never a crash, never a silent pass).
SET client_min_messages = warning;
CREATE TABLE proto_people (id bigint PRIMARY KEY, name text, pid text, hh bigint, rel text);
SELECT population_rules.attach_names_rule('proto_people', '{name}') IS NOT NULL AS attached;
CREATE TABLE proto_other (id bigint PRIMARY KEY, name text, pid text, hh bigint, rel text);
RESET client_min_messages;

-- a names trigger fired AFTER instead of BEFORE
DO $$ BEGIN EXECUTE format('CREATE TRIGGER wrong_time AFTER INSERT ON proto_other FOR EACH ROW
               EXECUTE FUNCTION population_rules.names_trigger(%s)',
  (SELECT rule_id FROM population_rules.rule WHERE tbl = 'proto_people'::regclass AND kind = 'names')); END $$;
INSERT INTO proto_other VALUES (1, 'an', NULL, NULL, NULL);
DROP TRIGGER wrong_time ON proto_other;

-- a statement-level function fired for each row
DO $$ BEGIN EXECUTE format('CREATE TRIGGER wrong_level AFTER INSERT ON proto_other FOR EACH ROW
               EXECUTE FUNCTION population_rules.unique_id_changes(%s)',
  (SELECT rule_id FROM population_rules.rule WHERE tbl = 'proto_people'::regclass AND kind = 'names')); END $$;
INSERT INTO proto_other VALUES (2, 'an', NULL, NULL, NULL);
DROP TRIGGER wrong_level ON proto_other;

-- a row-level function fired for the statement
CREATE TRIGGER wrong_level2 AFTER INSERT ON proto_other FOR EACH STATEMENT
	EXECUTE FUNCTION population_rules.household_head_trigger('1');
INSERT INTO proto_other VALUES (3, 'an', NULL, NULL, NULL);
DROP TRIGGER wrong_level2 ON proto_other;

-- the right shape, but no rule number, or not a number
CREATE TRIGGER no_arg BEFORE INSERT ON proto_other FOR EACH ROW
	EXECUTE FUNCTION population_rules.names_trigger();
INSERT INTO proto_other VALUES (4, 'an', NULL, NULL, NULL);
DROP TRIGGER no_arg ON proto_other;
CREATE TRIGGER bad_arg BEFORE INSERT ON proto_other FOR EACH ROW
	EXECUTE FUNCTION population_rules.names_trigger('1; DROP TABLE proto_people');
INSERT INTO proto_other VALUES (5, 'an', NULL, NULL, NULL);
DROP TRIGGER bad_arg ON proto_other;

-- the names rule's number on another table: refused, the rule stays its own
DO $$ BEGIN EXECUTE format('CREATE TRIGGER copied BEFORE INSERT ON proto_other FOR EACH ROW
               EXECUTE FUNCTION population_rules.names_trigger(%s)',
  (SELECT rule_id FROM population_rules.rule WHERE tbl = 'proto_people'::regclass AND kind = 'names')); END $$;
INSERT INTO proto_other VALUES (6, 'an', NULL, NULL, NULL);
DROP TRIGGER copied ON proto_other;

-- the names rule's number given to the unique id function: another kind
DO $$ BEGIN EXECUTE format('CREATE TRIGGER other_kind AFTER INSERT ON proto_people FOR EACH ROW
               EXECUTE FUNCTION population_rules.unique_id_trigger(%s)',
  (SELECT rule_id FROM population_rules.rule WHERE tbl = 'proto_people'::regclass AND kind = 'names')); END $$;
INSERT INTO proto_people VALUES (7, 'nguyễn văn an', NULL, NULL, NULL);
DROP TRIGGER other_kind ON proto_people;

-- a household rule on a partitioned table (row triggers, bigint household,
-- boolean head), loaded by its own trigger in the statement, then given to
-- the unique id function by a later trigger: refused by kind, its columns
-- never read as an id
SET client_min_messages = warning;
CREATE TABLE proto_hh (id bigint, hh bigint, is_head boolean) PARTITION BY RANGE (id);
CREATE TABLE proto_hh1 PARTITION OF proto_hh FOR VALUES FROM (0) TO (1000);
SELECT population_rules.attach_household_head_rule('proto_hh', 'hh', 'is_head') IS NOT NULL AS attached;
RESET client_min_messages;
DO $$ BEGIN EXECUTE format('CREATE TRIGGER zz_other_kind AFTER INSERT ON proto_hh FOR EACH ROW
               EXECUTE FUNCTION population_rules.unique_id_trigger(%s)',
  (SELECT rule_id FROM population_rules.rule WHERE tbl = 'proto_hh'::regclass AND kind = 'household_head')); END $$;
INSERT INTO proto_hh VALUES (1, 10, true);
DROP TRIGGER zz_other_kind ON proto_hh;
INSERT INTO proto_hh VALUES (1, 10, true);
SELECT * FROM proto_hh;

-- nothing above wrote a row; the rule still works
SELECT count(*) AS other_rows FROM proto_other;
INSERT INTO proto_people VALUES (8, 'nguyễn  văn AN', NULL, NULL, NULL);
SELECT id, name FROM proto_people;

SET client_min_messages = warning;
SELECT population_rules.detach_rule('proto_people', 'names_name');
DROP TABLE proto_people, proto_other, proto_hh;
