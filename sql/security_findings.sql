-- Four ways a role once gained privileges or slipped past a rule through
-- the extension, each replayed as the hostile role would: none may work.
-- A trap function records every call with the role it ran as; the roles
-- must end as unprivileged as they began and the rules must still hold.
SET client_min_messages = warning;
CREATE ROLE sec_mallory LOGIN;
CREATE ROLE sec_victim LOGIN;
CREATE SCHEMA sec_evil AUTHORIZATION sec_mallory;
CREATE SCHEMA sec_home AUTHORIZATION sec_victim;
GRANT USAGE ON SCHEMA sec_home TO sec_mallory;
CREATE TABLE public.sec_trap_log (ran_as name, was_super boolean, what text);
GRANT SELECT, INSERT ON public.sec_trap_log TO PUBLIC;
RESET client_min_messages;

SET ROLE sec_mallory;
-- The trap: logs who it runs as and, run as a superuser, makes its author
-- one (the attack itself).
CREATE FUNCTION sec_evil.trap(what text) RETURNS void
	LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
	su boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
BEGIN
	INSERT INTO public.sec_trap_log VALUES (current_user, su, what);
	IF su THEN
		ALTER ROLE sec_mallory SUPERUSER;
	END IF;
END
$$;

-- 1. An operator ->> for (jsonb, text) ahead of pg_catalog's on the
-- search_path, then one row written into a guarded table of one's own.
CREATE FUNCTION sec_evil.arrow(j jsonb, k text) RETURNS text
	LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	PERFORM sec_evil.trap('->>');
	RETURN j ->> k;
END
$$;
CREATE OPERATOR sec_evil.->> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = sec_evil.arrow);
CREATE TABLE sec_evil.own_names (id int PRIMARY KEY, ho_ten text);
SELECT population_rules.attach_names_rule('sec_evil.own_names', ARRAY['ho_ten']::name[]) > 0 AS attached;
SET search_path = sec_evil, pg_catalog;
INSERT INTO sec_evil.own_names VALUES (1, 'nguyễn văn an');
RESET search_path;

-- 2. A primary key of one's own composite type with one's own cast to
-- text, then the attach, validate and rebuild calls.
CREATE TYPE sec_evil.pk AS (n integer);
CREATE FUNCTION sec_evil.pk_text(sec_evil.pk) RETURNS text
	LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
	PERFORM sec_evil.trap('cast');
	RETURN $1.n::text;
END
$$;
CREATE CAST (sec_evil.pk AS text) WITH FUNCTION sec_evil.pk_text(sec_evil.pk);
CREATE TABLE sec_evil.own_ids (k sec_evil.pk PRIMARY KEY, so text);
INSERT INTO sec_evil.own_ids VALUES (ROW(1), '001090000001'), (ROW(2), '001090000001');
SELECT population_rules.attach_unique_id_rule('sec_evil.own_ids', 'so', mode => 'log') > 0 AS attached;
SELECT count(*) AS violations
  FROM population_rules.validate_rule((SELECT rule_id FROM population_rules.rules
                                        WHERE table_name = 'sec_evil.own_ids'::regclass));
SELECT population_rules.rebuild_rule((SELECT rule_id FROM population_rules.rules
                                       WHERE table_name = 'sec_evil.own_ids'::regclass));
RESET ROLE;

-- Nothing planted ran with raised rights, and nobody became superuser.
SELECT count(*) AS trap_calls_as_superuser FROM public.sec_trap_log WHERE was_super;
SELECT rolname, rolsuper FROM pg_roles WHERE rolname LIKE 'sec\_%' ORDER BY 1;

-- 3. Another owner's rule number given to a TRUNCATE trigger on one's own
-- table: the victim's derived keys must stay, so a duplicate stays refused.
SET ROLE sec_victim;
CREATE TABLE sec_home.victim_ids (id int PRIMARY KEY, so text);
SELECT population_rules.attach_unique_id_rule('sec_home.victim_ids', 'so', strictness => 'off') > 0 AS attached;
INSERT INTO sec_home.victim_ids VALUES (1, '001090000001');
RESET ROLE;
SELECT rule_id AS victim_rule FROM population_rules.rules
 WHERE table_name = 'sec_home.victim_ids'::regclass \gset
SET ROLE sec_mallory;
CREATE TABLE sec_evil.own_truncate (x int);
\set VERBOSITY sqlstate
CREATE TRIGGER wipe AFTER TRUNCATE ON sec_evil.own_truncate
	FOR EACH STATEMENT EXECUTE FUNCTION population_rules._truncate_trigger(:'victim_rule');
TRUNCATE sec_evil.own_truncate;
\set VERBOSITY default
RESET ROLE;
-- Even a role allowed to create the trigger (here a superuser) cannot make
-- it work for another table's rule: the function checks its rule's table.
CREATE TABLE sec_home.other (x int);
CREATE TRIGGER wipe AFTER TRUNCATE ON sec_home.other
	FOR EACH STATEMENT EXECUTE FUNCTION population_rules._truncate_trigger(:'victim_rule');
\set VERBOSITY sqlstate
TRUNCATE sec_home.other;
\set VERBOSITY default
SET ROLE sec_victim;
INSERT INTO sec_home.victim_ids VALUES (2, '001090000001');
RESET ROLE;

-- 4. A writer of another owner's guarded table calls the commit check's
-- WHEN function itself, deletes a household's only head and commits.
SET ROLE sec_victim;
CREATE TABLE sec_home.victim_households (id int PRIMARY KEY, ho int, quan_he text);
SELECT population_rules.attach_household_head_rule('sec_home.victim_households', 'ho', 'quan_he') > 0 AS attached;
INSERT INTO sec_home.victim_households VALUES (1, 7, 'chủ hộ'), (2, 7, 'con');
GRANT SELECT, DELETE ON sec_home.victim_households TO sec_mallory;
RESET ROLE;
SELECT rule_id AS household_rule FROM population_rules.rules
 WHERE table_name = 'sec_home.victim_households'::regclass \gset
SET ROLE sec_mallory;
BEGIN;
SELECT population_rules.household_head_pending(:household_rule);
DELETE FROM sec_home.victim_households WHERE id = 1;
\set VERBOSITY sqlstate
COMMIT;
\set VERBOSITY default
RESET ROLE;
-- the head is still there
SELECT id, ho, quan_he FROM sec_home.victim_households ORDER BY id;

-- Also: the attach, rebuild and ATTACH PARTITION code reads the table's
-- rows as the extension's owner, so a foreign table among its partitions
-- (rows fetched with the owner's user mapping) is refused, whether it is
-- there before the rule or attached after it.
CREATE FOREIGN DATA WRAPPER sec_nowhere;
CREATE SERVER sec_far FOREIGN DATA WRAPPER sec_nowhere;
CREATE TABLE sec_home.parted (id int, so text) PARTITION BY RANGE (id);
CREATE TABLE sec_home.parted_1 PARTITION OF sec_home.parted FOR VALUES FROM (1) TO (100);
SELECT population_rules.attach_unique_id_rule('sec_home.parted', 'so') > 0 AS attached;
CREATE FOREIGN TABLE sec_home.parted_far (id int, so text) SERVER sec_far;
\set VERBOSITY terse
ALTER TABLE sec_home.parted ATTACH PARTITION sec_home.parted_far FOR VALUES FROM (100) TO (200);
CREATE TABLE sec_home.parted2 (id int, so text) PARTITION BY RANGE (id);
CREATE FOREIGN TABLE sec_home.parted2_far PARTITION OF sec_home.parted2
	FOR VALUES FROM (1) TO (100) SERVER sec_far;
SELECT population_rules.attach_unique_id_rule('sec_home.parted2', 'so');
\set VERBOSITY default

-- Clean up.
SET client_min_messages = warning;
DROP TABLE public.sec_trap_log;
DROP SCHEMA sec_evil, sec_home CASCADE;
DROP SERVER sec_far;
DROP FOREIGN DATA WRAPPER sec_nowhere;
DROP ROLE sec_mallory;
DROP ROLE sec_victim;
