#!/usr/bin/env bash
# security_install.sh: CREATE EXTENSION is safe against objects planted
# before it runs (the class of CVE-2020-14350 and CVE-2023-39417): a schema
# population_rules made beforehand by another role, or holding objects, is
# refused; the install script names its schema literally (no @extschema@
# substituted into quotes) and replaces nothing it does not own.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
db=security_install_$$
cleanup() {
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS ins_mallory" >/dev/null 2>&1 || true
}
trap cleanup EXIT

createdb "$db"
q -d "$db" -c "CREATE ROLE ins_mallory" -c "GRANT CREATE ON DATABASE $db TO ins_mallory"

# 1. A schema of that name made beforehand by an ordinary role, with a
# function waiting in it: refused, nothing installed.
q -d "$db" -c "SET ROLE ins_mallory" -c "CREATE SCHEMA population_rules" \
	-c "CREATE FUNCTION population_rules.format_type(oid, integer) RETURNS text LANGUAGE sql AS 'SELECT ''planted''::text'"
check "schema planted by another role refused" 42501 "$(sqlstate "$db" 'CREATE EXTENSION population_rules')"
check "nothing installed" 0 "$(q -d "$db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'population_rules'")"
q -d "$db" -c "SET client_min_messages = warning" -c "DROP SCHEMA population_rules CASCADE"

# 2. A schema the superuser made, but not empty: refused.
q -d "$db" -c "CREATE SCHEMA population_rules" \
	-c "CREATE FUNCTION population_rules.format_type(oid, integer) RETURNS text LANGUAGE sql AS 'SELECT ''planted''::text'"
check "schema with objects in it refused" 55000 "$(sqlstate "$db" 'CREATE EXTENSION population_rules')"
q -d "$db" -c "SET client_min_messages = warning" -c "DROP SCHEMA population_rules CASCADE"

# 3. An empty schema the superuser made beforehand: accepted.
q -d "$db" -c "CREATE SCHEMA population_rules"
check "empty schema of the installer accepted" none "$(sqlstate "$db" 'CREATE EXTENSION population_rules')"
check "installed" 1 "$(q -d "$db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'population_rules'")"

# 4. The install script as installed: no @extschema@ left to substitute,
# no CREATE OR REPLACE; the schema is fixed by the control file.
sharedir=$(pg_config --sharedir)
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" population_rules.control)
script="$sharedir/extension/population_rules--$version.sql"
check "install script names its schema literally" 0 "$(grep -c '@extschema@' "$script" || true)"
check "install script replaces nothing" 0 "$(grep -ci 'create or replace' "$script" || true)"
check "schema fixed, not relocatable" "population_rules|false" \
	"$(sed -n "s/^schema = \(.*\)/\1/p; s/^relocatable = \(.*\)/\1/p" population_rules.control | paste -sd'|')"
exit $fail
