-- population_rules install script, piece 00: the extension's own schema.
-- The pieces in sql/ext/ are concatenated in order by the Makefile.

\echo Use "CREATE EXTENSION population_rules" to load this file. \quit

-- The control file fixes the schema; revoke CREATE so only the extension
-- owner adds objects to it.
REVOKE CREATE ON SCHEMA @extschema@ FROM PUBLIC;
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
