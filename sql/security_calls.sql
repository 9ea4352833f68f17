-- Every function of the extension, called directly by an unprivileged role
-- with hostile arguments (another owner's table and rule, an injection
-- string, NULLs): each call is refused or harmless.  The extension's
-- catalogs, the other owner's table and its triggers must end as they
-- began, and the other owner's rules must still hold.
SET client_min_messages = warning;
CREATE ROLE cal_victim LOGIN;
CREATE ROLE cal_mallory LOGIN;
CREATE SCHEMA cal_home AUTHORIZATION cal_victim;
CREATE SCHEMA cal_own AUTHORIZATION cal_mallory;
RESET client_min_messages;

-- The other owner's guarded table, a source of its dataset, a logged
-- violation.
SET ROLE cal_victim;
CREATE TABLE cal_home.persons (id int PRIMARY KEY, so text, ho int, rel text, ho_ten text);
SELECT population_rules.attach_unique_id_rule('cal_home.persons', 'so', strictness => 'off') IS NOT NULL AS attached;
SELECT population_rules.attach_household_head_rule('cal_home.persons', 'ho', 'rel') IS NOT NULL AS attached;
SELECT population_rules.attach_names_rule('cal_home.persons', '{ho_ten}', mode => 'log') IS NOT NULL AS attached;
INSERT INTO cal_home.persons VALUES (1, '001090000001', 1, 'chủ hộ', 'nguyễn  văn an'),
	(2, '001190000002', 1, 'vợ', 'Trần Thị Bình');
SELECT (population_rules.register_source('person', 'cal_home.persons',
	'{"person_key": "id", "personal_id": "so", "full_name": "ho_ten", "household_id": "ho",
	  "relation_to_head": "rel"}', dataset => 'cal')).kind;
RESET ROLE;

-- What must not change: the extension's catalogs, the table, its
-- triggers, the roles.
CREATE FUNCTION public.cal_state() RETURNS text LANGUAGE sql AS $$
	SELECT md5(concat_ws('|',
		(SELECT string_agg(concat_ws(',', rule_id, rule_name, tbl, kind, attnums, mode, options), ';' ORDER BY rule_id)
		   FROM population_rules.rule),
		(SELECT string_agg(concat_ws(',', rule_id, slot, key, n, row_ref), ';' ORDER BY rule_id, slot, key)
		   FROM population_rules.id_keys),
		(SELECT string_agg(concat_ws(',', rule_id, household, members, heads, checked), ';' ORDER BY rule_id, household)
		   FROM population_rules.household_heads),
		(SELECT string_agg(concat_ws(',', violation_id, rule_id, row_key, detail), ';' ORDER BY violation_id)
		   FROM population_rules.violations),
		(SELECT string_agg(concat_ws(',', dataset, kind, relation, mapping), ';' ORDER BY dataset, kind)
		   FROM population_rules.source),
		(SELECT string_agg(p::text, ';' ORDER BY p.id) FROM cal_home.persons p),
		(SELECT string_agg(pg_get_triggerdef(t.oid), ';' ORDER BY t.tgname)
		   FROM pg_trigger t WHERE t.tgrelid = 'cal_home.persons'::regclass),
		(SELECT string_agg(concat_ws(',', evtname, evtenabled), ';' ORDER BY evtname) FROM pg_event_trigger),
		(SELECT string_agg(p.oid::regprocedure || coalesce(p.proacl::text, ''), ';' ORDER BY 1)
		   FROM pg_proc p WHERE p.pronamespace = 'population_rules'::regnamespace),
		(SELECT string_agg(concat_ws(',', rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls), ';' ORDER BY rolname)
		   FROM pg_roles WHERE rolname LIKE 'cal\_%')))
$$;
CREATE TABLE public.cal_before AS SELECT public.cal_state() AS state;

-- The hostile arguments, by type: the other owner's rule, table and rule
-- name, an injection attempt for text.
CREATE TABLE public.cal_args (typ regtype PRIMARY KEY, arg text NOT NULL);
INSERT INTO public.cal_args VALUES
	('integer', (SELECT min(rule_id)::text FROM population_rules.rule WHERE tbl = 'cal_home.persons'::regclass)),
	('regclass', format('%s::regclass', 'cal_home.persons'::regclass::oid)),
	('oid', format('%s::oid', 'cal_home.persons'::regclass::oid)),
	('population_rules.rule', format('(SELECT r FROM population_rules.rule r WHERE r.rule_id = %s)',
		(SELECT min(rule_id) FROM population_rules.rule WHERE tbl = 'cal_home.persons'::regclass))),
	('text', $a$'x''); DROP TABLE cal_home.persons; --'$a$),
	('name', '''unique_id_so''::name'), ('name[]', '''{so}''::name[]'), ('text[]', '''{so}''::text[]'),
	('jsonb', '''{"person_key": "id"}''::jsonb'), ('boolean', 'true'), ('bigint', '1::bigint'),
	('smallint', '1::smallint'), ('smallint[]', '''{1}''::smallint[]'), ('numeric', '1::numeric'),
	('double precision', '1::double precision'),
	('date', '''2000-01-01''::date'), ('interval', '''0''::interval'),
	('population_rules.personal_id', '''001090000001''::population_rules.personal_id'),
	('population_rules.cmnd', '''012345678''::population_rules.cmnd');
GRANT SELECT ON public.cal_args TO PUBLIC;
CREATE TABLE public.cal_outcome (fn text PRIMARY KEY, hostile text, nulls text);
GRANT SELECT, INSERT ON public.cal_outcome TO PUBLIC;

-- Every function, called twice by the hostile role: with the hostile
-- arguments, then with NULLs.  Functions taking types SQL cannot pass
-- (internal, cstring, pg_ddl_command, polymorphic) are listed as such.
-- ("ran" with NULLs for a STRICT function means PostgreSQL answered NULL
-- without calling it, and so without checking the right to.)
SELECT min(rule_id) AS victim_rule FROM population_rules.rule WHERE tbl = 'cal_home.persons'::regclass \gset
SET ROLE cal_mallory;
DO $$
DECLARE
	f record;
	hostile text;
	nulls text;
	outcome text[];
	i integer;
BEGIN
	FOR f IN SELECT p.oid, p.oid::regprocedure::text AS sig, p.proargtypes::oid[] AS args, p.prorettype
	           FROM pg_proc p
	          WHERE p.pronamespace = 'population_rules'::regnamespace AND p.prokind = 'f'
	          ORDER BY 2 LOOP
		IF EXISTS (SELECT FROM unnest(f.args) a(t) JOIN pg_type y ON y.oid = a.t
		            WHERE y.typtype = 'p' OR a.t = 'pg_ddl_command'::regtype) THEN
			INSERT INTO public.cal_outcome VALUES (f.sig, 'not callable from SQL', 'not callable from SQL');
			CONTINUE;
		END IF;
		SELECT string_agg(coalesce(c.arg, 'NULL'), ', ' ORDER BY a.i),
		       string_agg(format('NULL::%s', a.t::regtype), ', ' ORDER BY a.i)
		  INTO hostile, nulls
		  FROM unnest(f.args) WITH ORDINALITY a(t, i)
		  LEFT JOIN public.cal_args c ON c.typ = a.t;
		outcome := ARRAY[NULL, NULL];
		FOR i IN 1..2 LOOP
			BEGIN
				EXECUTE format('SELECT %s(%s)', f.oid::regproc::text,
				               coalesce(CASE i WHEN 1 THEN hostile ELSE nulls END, ''));
				outcome[i] := 'ran';
			EXCEPTION WHEN OTHERS THEN
				outcome[i] := SQLSTATE;
			END;
		END LOOP;
		INSERT INTO public.cal_outcome VALUES (f.sig, outcome[1], outcome[2]);
	END LOOP;
END
$$;

-- Row trigger functions stay executable (PostgreSQL copies row triggers to
-- new partitions with the rights of whoever makes them): hung on a table
-- of one's own with the other owner's rule, each refuses to work.
CREATE TABLE cal_own.mine (id int PRIMARY KEY, so text, ho int, rel text, ho_ten text);
CREATE TRIGGER t1 AFTER INSERT ON cal_own.mine FOR EACH ROW
	EXECUTE FUNCTION population_rules.unique_id_trigger(:'victim_rule');
CREATE TRIGGER t2 AFTER INSERT ON cal_own.mine FOR EACH ROW
	EXECUTE FUNCTION population_rules.household_head_trigger(:'victim_rule');
CREATE TRIGGER t3 BEFORE INSERT ON cal_own.mine FOR EACH ROW
	EXECUTE FUNCTION population_rules.names_trigger(:'victim_rule');
CREATE CONSTRAINT TRIGGER t4 AFTER INSERT ON cal_own.mine DEFERRABLE INITIALLY IMMEDIATE
	FOR EACH ROW EXECUTE FUNCTION population_rules.household_head_commit_check(:'victim_rule');
\set VERBOSITY terse
INSERT INTO cal_own.mine VALUES (1, '001090000001', 1, 'chủ hộ', 'x');
ALTER TABLE cal_own.mine DISABLE TRIGGER t3;
INSERT INTO cal_own.mine VALUES (1, '001090000001', 1, 'chủ hộ', 'x');
ALTER TABLE cal_own.mine DISABLE TRIGGER t1;
INSERT INTO cal_own.mine VALUES (1, '001090000001', 1, 'chủ hộ', 'x');
ALTER TABLE cal_own.mine DISABLE TRIGGER t2;
INSERT INTO cal_own.mine VALUES (1, '001090000001', 1, 'chủ hộ', 'x');
\set VERBOSITY default
-- The statement-level and internal ones cannot even be used.
\set VERBOSITY sqlstate
CREATE TRIGGER t5 AFTER INSERT ON cal_own.mine REFERENCING NEW TABLE AS n FOR EACH STATEMENT
	EXECUTE FUNCTION population_rules.unique_id_changes(:'victim_rule');
CREATE TRIGGER t6 AFTER TRUNCATE ON cal_own.mine FOR EACH STATEMENT
	EXECUTE FUNCTION population_rules._truncate_trigger(:'victim_rule');
\set VERBOSITY default
RESET ROLE;

-- What each call did.
SELECT fn, hostile, nulls FROM public.cal_outcome ORDER BY fn COLLATE "C";

-- Nothing changed: catalogs, the other owner's table and triggers, roles.
SELECT public.cal_state() = (SELECT state FROM public.cal_before) AS unchanged;
-- The other owner's rules still hold.
SET ROLE cal_victim;
\set VERBOSITY sqlstate
INSERT INTO cal_home.persons VALUES (3, '001090000001', 2, 'chủ hộ', 'x');
INSERT INTO cal_home.persons VALUES (3, '001090000003', 1, 'chủ hộ', 'x');
\set VERBOSITY default
RESET ROLE;

-- Clean up.
SET client_min_messages = warning;
SELECT population_rules.unregister_source('person', 'cal');
DROP SCHEMA cal_home, cal_own CASCADE;
DROP TABLE public.cal_args, public.cal_outcome, public.cal_before;
DROP FUNCTION public.cal_state();
DROP ROLE cal_victim;
DROP ROLE cal_mallory;
