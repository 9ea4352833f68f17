-- population_rules install script, piece 00: the extension's own schema.
-- The pieces in sql/ext/ are concatenated in order by the Makefile.

\echo Use "CREATE EXTENSION population_rules" to load this file. \quit

-- The messages of the extension's PL/pgSQL functions go through its
-- message catalog, so they reach the user in the language of lc_messages.
CREATE FUNCTION @extschema@.gettext(msgid pg_catalog.text) RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'population_rules_gettext'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gettext(pg_catalog.text) IS
'The translation of an English message of the extension into the language of lc_messages (po/ of the source), or the message itself when there is none; a template keeps its format() placeholders.';

-- The control file fixes the schema.  CREATE EXTENSION makes it when it
-- does not exist; one that already exists must be empty but for the
-- extension's own objects (the function above) and belong to the
-- installing role (or a superuser), or objects planted in it beforehand
-- (a function or operator of the name a statement below uses) would be
-- found by this script and by every caller of the extension.
DO $$
DECLARE
	nsp oid := (SELECT n.oid FROM pg_catalog.pg_namespace n
	             WHERE n.nspname OPERATOR(pg_catalog.=) 'population_rules');
	owner name;
	planted text;
BEGIN
	SELECT r.rolname INTO owner
	  FROM pg_catalog.pg_namespace n JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) n.nspowner
	 WHERE n.oid OPERATOR(pg_catalog.=) nsp
	   AND NOT r.rolsuper AND r.rolname OPERATOR(pg_catalog.<>) CURRENT_USER;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = pg_catalog.format(@extschema@.gettext('schema "population_rules" belongs to role "%s"'), owner),
			ERRCODE = 'insufficient_privilege',
			DETAIL = @extschema@.gettext('The extension installs into an existing schema of that name, which a role other than the installing one owns and could have filled beforehand.'),
			HINT = @extschema@.gettext('Drop or rename that schema, then run CREATE EXTENSION population_rules again.');
	END IF;
	SELECT o.what INTO planted FROM (
		SELECT pg_catalog.format('relation %s', c.relname) AS what FROM pg_catalog.pg_class c
		 WHERE c.relnamespace OPERATOR(pg_catalog.=) nsp
		UNION ALL
		SELECT pg_catalog.format('function %s', p.proname) FROM pg_catalog.pg_proc p
		 WHERE p.pronamespace OPERATOR(pg_catalog.=) nsp
		   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
		                    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
		                      AND d.objid OPERATOR(pg_catalog.=) p.oid
		                      AND d.deptype OPERATOR(pg_catalog.=) 'e')
		UNION ALL
		SELECT pg_catalog.format('type %s', t.typname) FROM pg_catalog.pg_type t
		 WHERE t.typnamespace OPERATOR(pg_catalog.=) nsp
		UNION ALL
		SELECT pg_catalog.format('operator %s', o.oprname) FROM pg_catalog.pg_operator o
		 WHERE o.oprnamespace OPERATOR(pg_catalog.=) nsp) o
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION USING
			MESSAGE = @extschema@.gettext('schema "population_rules" is not empty'),
			ERRCODE = 'object_not_in_prerequisite_state',
			DETAIL = pg_catalog.format(@extschema@.gettext('It already holds %s, which the extension did not create.'), planted),
			HINT = @extschema@.gettext('Move those objects out of the schema or drop it, then run CREATE EXTENSION population_rules again.');
	END IF;
END
$$;

-- Revoke CREATE so only the extension owner adds objects to the schema.
REVOKE CREATE ON SCHEMA @extschema@ FROM PUBLIC;
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
