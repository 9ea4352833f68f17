-- Messages in the language of lc_messages: the same errors, from the C
-- code (a rule's trigger, a type's input function) and from the PL/pgSQL
-- API, first in English, then in Vietnamese; and a violation logged in
-- each, whose machine code stays the same.  Errors are caught and shown as
-- rows, so the output does not depend on the server's own translation of
-- "ERROR:".
CREATE SCHEMA msg;
CREATE FUNCTION msg.error_of(statement text,
	OUT state text, OUT message text, OUT detail text, OUT hint text)
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE statement;
	message := 'no error';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
		detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
END
$$;

CREATE TABLE msg.persons (id int PRIMARY KEY, pid text, household text, relation text);
SELECT population_rules.attach_unique_id_rule('msg.persons', 'pid') > 0 AS attached;
CREATE TABLE msg.logged (id int PRIMARY KEY, pid text);
SELECT population_rules.attach_unique_id_rule('msg.logged', 'pid', mode => 'log') > 0 AS attached;
INSERT INTO msg.persons VALUES (1, '001090000001');

CREATE TABLE msg.cases (n int, statement text);
INSERT INTO msg.cases VALUES
	(1, $$INSERT INTO msg.persons VALUES (2, '001090000001')$$),
	(2, $$INSERT INTO msg.persons VALUES (3, '00109000000')$$),
	(3, $$SELECT '0010900x0001'::population_rules.personal_id$$),
	(4, $$SELECT population_rules.attach_unique_id_rule('msg.persons', 'nope')$$),
	(5, $$SELECT population_rules.set_rule_mode('msg.persons', 'unique_id_pid', 'loud')$$),
	(6, $$SELECT population_rules.attach_household_head_rule('msg.persons', NULL, 'relation')$$);

SET lc_messages = 'C';
\pset format unaligned
SELECT c.n, e.* FROM msg.cases c, msg.error_of(c.statement) e ORDER BY c.n;
INSERT INTO msg.logged VALUES (1, '001090000001'), (2, '001090000001');

SET lc_messages = 'vi_VN.UTF-8';
SELECT c.n, e.* FROM msg.cases c, msg.error_of(c.statement) e ORDER BY c.n;
INSERT INTO msg.logged VALUES (3, '001090000001');

-- The log keeps the code of each kind of violation, and the text in the
-- language of the session that wrote it.
SELECT code, row_key, detail FROM population_rules.violations
 WHERE table_name = 'msg.logged' ORDER BY violation_id;

-- A message the catalog lacks comes back as it is.
SELECT population_rules.gettext('no such message %s') AS untranslated;

RESET lc_messages;
DROP SCHEMA msg CASCADE;
DELETE FROM population_rules.violations WHERE table_name = 'msg.logged';
